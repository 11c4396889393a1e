"""The call at the end of an interview: strong hire, hire, lean no hire or no hire, per stage and
overall, with the reasons that decided it and the candidate's own words as evidence.

How the call is made (``data/verdict.md`` explains the thresholds):

- A question's score counts as 0 when it was skipped. A stage's score is the mean of its
  questions' scores; the interview's is the mean over every question asked.
- The score sets the starting call: 80 and over strong hire, 65 hire, 45 lean no hire, below
  that no hire.
- Red flags move it down one step each: a fundamental point (weight 2 or more) stated wrongly,
  an answer to another question or off the topic, a story with a warning sign (blame, hiding a
  problem), and a skipped question. A missed detail costs only through the score.
- Overall, a stage called no hire caps the interview at lean no hire, and so does half or more of
  the stages at lean no hire or below: loops are decided by their weakest round, not averaged.
  The closing "any questions for us?" has its own call but caps nothing.
- An interview ended before its last question gets no overall call ("ended after 2 of 7
  questions"), only the stages it reached.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from interviewer.grading.result import FlagCode, Grade
from interviewer.text import clip


class Call(StrEnum):
    STRONG_HIRE = "strong hire"
    HIRE = "hire"
    LEAN_NO_HIRE = "lean no hire"
    NO_HIRE = "no hire"

    @property
    def rank(self) -> int:
        return list(Call).index(self)

    def lower(self, steps: int = 1) -> Call:
        calls = list(Call)
        return calls[min(len(calls) - 1, self.rank + steps)]


# Starting calls by score (the first threshold met, from the top).
THRESHOLDS = ((80, Call.STRONG_HIRE), (65, Call.HIRE), (45, Call.LEAN_NO_HIRE), (0, Call.NO_HIRE))
FUNDAMENTAL_WEIGHT = 2.0  # a point of this weight or more is fundamental to its question
DECIDING_REASONS = 3  # a call gives the reasons that decided it, no more: a reader acts on three


@dataclass(frozen=True)
class Answered:
    """One question of the interview as the verdict sees it."""

    question_id: str
    stage: str
    prompt: str
    score: int | None  # None: not graded (the model could not load); not counted
    skipped: bool = False
    grade: Grade | None = None
    # The closing "any questions for us?": its own row, but no round that can cap the call.
    closing: bool = False

    @property
    def counted(self) -> int | None:
        return counted_score(self.score, self.skipped, self.closing)


@dataclass(frozen=True)
class Reason:
    text: str  # what decided it
    evidence: str | None = None  # the candidate's own words, when a sentence decided it
    weight: float = 0.0  # how much it decided (for ordering)


@dataclass(frozen=True)
class StageCall:
    stage: str
    call: Call
    score: int
    reasons: tuple[Reason, ...]  # at most DECIDING_REASONS, the weightiest first

    @property
    def label(self) -> str:
        """ "Coding: no hire": a stage's call as Progress lists it and the overall reasons name it."""
        return f"{self.stage}: {self.call.value}"


@dataclass(frozen=True)
class Verdict:
    call: Call | None  # None when the interview ended early
    score: int | None
    stages: tuple[StageCall, ...]
    reasons: tuple[Reason, ...]  # the (at most DECIDING_REASONS) that decided the overall call
    answered: int
    planned: int
    skipped: int

    @property
    def ended_early(self) -> bool:
        return self.answered < self.planned

    @property
    def summary(self) -> str:
        if self.call is None:
            return (
                f"Ended after {self.answered} of {self.planned} questions: no overall call "
                "(each stage reached has its own below)."
            )
        return f"{self.call.value.capitalize()} ({self.score}/100)"


def counted_score(score: int | None, skipped: bool, closing: bool = False) -> int | None:
    """What one question adds to a mean score: 0 when skipped, so that skipping the weakest
    question never raises the score; nothing when it was not graded, or when the closing "any
    questions for us?" was skipped (having none is no failed question of the loop)."""
    if skipped:
        return None if closing else 0
    return score


def mean_score(scores: Iterable[int | None]) -> int | None:
    """The rounded mean of the questions' counted scores (``counted_score``); None if none counts.
    Every score of a sitting is this one: the report's, its stages', the history's."""
    counted = [s for s in scores if s is not None]
    return round(statistics.mean(counted)) if counted else None


def call_for(score: float) -> Call:
    return next(call for least, call in THRESHOLDS if score >= least)


@dataclass
class _Flags:
    reasons: list[Reason] = field(default_factory=list)
    steps: int = 0


def _red_flags(item: Answered) -> _Flags:
    """The red flags of one answer, each a step down, with the evidence."""
    out = _Flags()
    prompt = clip(item.prompt, 60)
    if item.skipped:
        out.steps += 1
        out.reasons.append(Reason(f"Skipped “{prompt}” (counted as 0).", None, 3.0))
        return out
    grade = item.grade
    if grade is None:
        return out
    weights = {p.point_id: p.weight for p in grade.points}
    for point in grade.contradicted:
        fundamental = weights.get(point.point_id, 0.0) >= FUNDAMENTAL_WEIGHT
        if point.contradiction_kind == "red_flag":
            out.steps += 1
            out.reasons.append(
                Reason(f"A warning sign in “{prompt}”: {point.contradiction}.", point.evidence, 2.5)
            )
        elif fundamental:
            out.steps += 1
            out.reasons.append(
                Reason(
                    f"A fundamental point stated wrongly in “{prompt}”: {clip(point.text, 90)}",
                    point.evidence,
                    2.0,
                )
            )
    for point in grade.points:
        if point.corrected_from and weights.get(point.point_id, 0.0) >= FUNDAMENTAL_WEIGHT:
            # Put right when challenged: no step down, but an interviewer notes the nudge.
            out.reasons.append(
                Reason(
                    f"A fundamental point stated wrongly, then corrected when challenged, in "
                    f"“{prompt}”: {clip(point.text, 90)}",
                    point.corrected_from,
                    1.2,
                )
            )
    if grade.has_flag(FlagCode.WRONG_QUESTION) or grade.has_flag(FlagCode.OFF_TOPIC):
        out.steps += 1
        out.reasons.append(Reason(f"The answer to “{prompt}” was about something else.", None, 2.0))
    return out


def _stage_call(stage: str, items: Sequence[Answered]) -> StageCall | None:
    counted = [i for i in items if i.counted is not None]
    score = mean_score(i.counted for i in counted)
    if score is None:
        return None
    call = call_for(score)
    reasons: list[Reason] = []
    steps = 0
    for item in counted:
        flags = _red_flags(item)
        steps += flags.steps
        reasons.extend(flags.reasons)
    # At most two steps down from red flags: the score still says most.
    call = call.lower(min(steps, 2))
    best = max(counted, key=lambda i: i.counted or 0)
    worst = min(counted, key=lambda i: i.counted or 0)
    if not best.skipped and (best.score or 0) >= 65:
        reasons.append(Reason(f"Strongest answer: “{clip(best.prompt, 60)}” ({best.score}).", None, 1.0))
    if worst is not best and not worst.skipped and (worst.score or 0) < 45:
        reasons.append(Reason(f"Weakest answer: “{clip(worst.prompt, 60)}” ({worst.score}).", None, 1.5))
    reasons.sort(key=lambda r: -r.weight)
    return StageCall(stage, call, score, tuple(reasons[:DECIDING_REASONS]))


def make_verdict(items: Sequence[Answered], planned: int) -> Verdict:
    """The verdict on the questions answered (in order) of an interview that planned ``planned``."""
    stages: dict[str, list[Answered]] = {}
    for item in items:
        stages.setdefault(item.stage, []).append(item)
    calls = [c for c in (_stage_call(stage, group) for stage, group in stages.items()) if c is not None]
    counted = [i for i in items if i.counted is not None]
    skipped = sum(i.skipped for i in items)
    answered = len(items)
    score = mean_score(i.counted for i in counted)
    if score is None or answered < planned:
        return Verdict(None, score, tuple(calls), (), answered, planned, skipped)
    call = call_for(score)
    reasons: list[Reason] = []
    steps = sum(_red_flags(i).steps for i in counted)
    if steps >= 2:
        call = call.lower(1)
        reasons.append(Reason(f"{steps} red flags across the interview (see the stages).", None, 2.0))
    closing = {item.stage for item in items if item.closing}
    rounds = [c for c in calls if c.stage not in closing]
    weak = [c for c in rounds if c.call.rank >= Call.LEAN_NO_HIRE.rank]
    if any(c.call is Call.NO_HIRE for c in rounds) or (rounds and len(weak) * 2 >= len(rounds)):
        if call.rank < Call.LEAN_NO_HIRE.rank:
            call = Call.LEAN_NO_HIRE
    for stage in sorted(calls, key=lambda c: c.score):
        if stage.call.rank >= Call.LEAN_NO_HIRE.rank:
            reasons.append(
                Reason(
                    f"{stage.label} ({stage.score})",
                    next((r.evidence for r in stage.reasons if r.evidence), None),
                    3.0 if stage.call is Call.NO_HIRE else 2.5,
                )
            )
    strong = [c for c in calls if c.call.rank <= Call.HIRE.rank]
    if strong:
        best = max(strong, key=lambda c: c.score)
        reasons.append(Reason(f"{best.label} ({best.score})", None, 1.0))
    if skipped:
        reasons.append(
            Reason(f"{skipped} question{'s' if skipped != 1 else ''} skipped, counted as 0.", None, 2.0)
        )
    reasons.sort(key=lambda r: -r.weight)
    return Verdict(call, score, tuple(calls), tuple(reasons[:DECIDING_REASONS]), answered, planned, skipped)
