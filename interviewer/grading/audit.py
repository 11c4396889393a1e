"""Check a bank against its own answers: a wrong version that a correct answer matches.

A wrong version or pitfall that the question's model answer (or a strong graded sample) is read
as saying will mark correct candidates wrong. ``interviewer bank validate --answers`` and a test
run this over the built-in banks; a question's author runs it after writing wrong versions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from interviewer.bank.schema import Question
from interviewer.grading.grader import Grader
from interviewer.grading.result import FlagCode
from interviewer.text import clip


@dataclass(frozen=True)
class FalseAlarm:
    question_id: str
    source: str  # "model answer", "follow-up model answer", "strong sample" or "partial sample"
    point_id: str | None  # the point marked contradicted, or None for a pitfall without one
    sentence: str
    wrong: str  # the wrong version or pitfall it matched
    other_question: str | None = None  # the question it is read as answering instead

    def __str__(self) -> str:
        if self.other_question:
            return (
                f"{self.question_id}: the {self.source} is read as an answer to {self.other_question}; "
                "make the two questions' model answers and points tell them apart"
            )
        where = f"point {self.point_id}" if self.point_id else "a pitfall"
        return (
            f"{self.question_id}: the {self.source} is read as contradicting {where}: "
            f'"{clip(self.sentence, 90)}" matches "{clip(self.wrong, 90)}"; '
            "reword the wrong version or pitfall"
        )


def false_alarms(grader: Grader, answers: Iterable[tuple[Question, str, str]]) -> list[FalseAlarm]:
    """Every contradiction or pitfall found in answers known to be correct:
    (question, source, answer) triples."""
    out: list[FalseAlarm] = []
    for question, source, answer in answers:
        if not answer.strip():
            continue
        grade = grader.grade(question, answer)
        for point in grade.contradicted:
            out.append(
                FalseAlarm(
                    question.id, source, point.point_id, point.evidence or "", point.contradiction or ""
                )
            )
        for flag in grade.flags:
            pitfall = flag.code is FlagCode.PITFALL and not any(
                p.contradiction_kind == "pitfall" for p in grade.contradicted
            )
            if pitfall:
                out.append(FalseAlarm(question.id, source, None, "", flag.message))
            # A correct answer called another question's answer is as wrong as a contradiction.
            elif flag.code is FlagCode.WRONG_QUESTION:
                out.append(FalseAlarm(question.id, source, None, "", flag.message, flag.detail))
    return out


def correct_answers(
    questions: Iterable[Question],
    samples: Iterable[tuple[str, str]] = (),
    partial: Iterable[tuple[str, str]] = (),
) -> list[tuple[Question, str, str]]:
    """The model answer of every question, the strong samples given as (question id, answer)
    and the partial ones (right as far as they go: a right sentence must not cost there
    either), as (question, source, answer)."""
    by_id = {}
    out: list[tuple[Question, str, str]] = []
    for question in questions:
        by_id[question.id] = question
        out.append((question, "model answer", question.model_answer))
        for index, follow_up in enumerate(question.follow_ups):
            if follow_up.graded:
                asked = question.follow_up_question(index)
                out.append((asked, "follow-up model answer", asked.model_answer))
    for source, given in (("strong sample", samples), ("partial sample", partial)):
        for question_id, answer in given:
            if question_id in by_id:
                out.append((by_id[question_id], source, answer))
    return out


# A graded follow-up's own model answer must earn at least this against its points: below it,
# the points ask for something the model answer does not say (or say it in other words).
FOLLOW_UP_MODEL_FLOOR = 70


@dataclass(frozen=True)
class WeakFollowUp:
    question_id: str
    prompt: str
    score: int

    def __str__(self) -> str:
        return (
            f'{self.question_id}: the model answer of the follow-up "{clip(self.prompt, 70)}" scores '
            f"{self.score} against its own points (at least {FOLLOW_UP_MODEL_FLOOR} expected); "
            "make the points say what the model answer says"
        )


def weak_follow_ups(grader: Grader, questions: Iterable[Question]) -> list[WeakFollowUp]:
    """Graded follow-ups whose model answer scores below ``FOLLOW_UP_MODEL_FLOOR``."""
    out: list[WeakFollowUp] = []
    for question in questions:
        for index, follow_up in enumerate(question.follow_ups):
            if not follow_up.graded:
                continue
            asked = question.follow_up_question(index)
            score = grader.grade(asked, asked.model_answer).score
            if score < FOLLOW_UP_MODEL_FLOOR:
                out.append(WeakFollowUp(question.id, follow_up.prompt, score))
    return out
