"""The interview itself, without any UI: which questions, in what order, and what comes next.

An :class:`InterviewPlan` picks questions stage by stage (mixing topics, avoiding recent ones,
leaning to weak topics). An :class:`Interview` walks through the plan: it asks, takes answers,
decides follow-ups from the grade (the most important missed points' probes, at most two), and
knows when the interview is over. The app drives it and does the grading and the storing.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import Question, Stage
from interviewer.grading.result import FlagCode, Grade, Status
from interviewer.grading.scoring import final_score
from interviewer.grading.segment import split_sentences
from interviewer.script import lead_in, mentions, quoted
from interviewer.text import clip

MAX_FOLLOW_UPS = 2
CLOSING_TOPIC = "phone/questions"
# A point not made but this close to it (the grader's "partial" threshold is 0.44) was nearly
# said: the interviewer does not ask for it again as if nothing had been said.
NEARLY_SAID = 0.42
# A first answer this good, with nothing contradicted, gets one of the question's scripted
# follow-ups (a graded one when it has any), as a real interviewer pushes a strong candidate.
STRONG_ENOUGH = 70
# A scripted follow-up the answers already say this much of is not asked.
ALREADY_SAID = 0.5
# A point this heavy (or the question's heaviest, if lighter) is a main point: when a strong
# answer leaves one out, the interviewer asks for it before pushing further.
MAIN_POINT_WEIGHT = 2.0

# Questions per stage for each length; technical questions are spread over the technical areas.
LENGTHS: dict[str, dict[Stage, int]] = {
    "quick": {
        Stage.PHONE_SCREEN: 1,
        Stage.TECHNICAL: 2,
        Stage.CODING: 1,
        Stage.RESEARCH: 0,
        Stage.SYSTEM_DESIGN: 1,
        Stage.BEHAVIORAL: 1,
    },
    "standard": {
        Stage.PHONE_SCREEN: 1,
        Stage.TECHNICAL: 4,
        Stage.CODING: 1,
        Stage.RESEARCH: 2,
        Stage.SYSTEM_DESIGN: 1,
        Stage.BEHAVIORAL: 2,
    },
    "full": {
        Stage.PHONE_SCREEN: 2,
        Stage.TECHNICAL: 5,
        Stage.CODING: 2,
        Stage.RESEARCH: 3,
        Stage.SYSTEM_DESIGN: 2,
        Stage.BEHAVIORAL: 3,
    },
}
LENGTH_MINUTES = {"quick": 15, "standard": 45, "full": 60}


CHALLENGE_LEAD = "You said: "
# A clause that starts with one of these says nothing quoted alone ("it memorizes the training
# set" was said of high bias): its whole sentence is quoted.
_PRONOUN_START = re.compile(r"^\W*(?:it|they|this|that|these|those|both|which|its|their)\b", re.IGNORECASE)


def challenge_for(said: str, context: str = "") -> str:
    """The interviewer's challenge of a claim that contradicts a point, quoting it (the whole
    sentence of ``context`` it is in, when the clause alone starts with a pronoun)."""
    if _PRONOUN_START.match(said):
        said = sentence_around(said, context)
    # A clause quoted still ends as a sentence before "Walk me through ...".
    return f"{CHALLENGE_LEAD}{quoted(said, 160)} Walk me through that again: are you sure that is right?"


def sentence_around(clause: str, text: str) -> str:
    """The sentence of ``text`` that holds ``clause`` (whitespace aside), or the clause."""
    wanted = " ".join(clause.split())
    for sentence in split_sentences(text):
        if wanted in " ".join(sentence.text.split()):
            return sentence.text
    return clause


# A coding answer may be revised after its tests fail: the first submission and this many more.
MAX_CODE_TRIES = 3
CODE_RETRY_LEAD = "Your code fails"


def code_retry_for(result: dict[str, Any]) -> str | None:
    """After a coding submission whose tests fail: the interviewer names a failing case (a
    visible one first, with its call and both values) and asks for a walk-through and a fix."""
    passed, total = int(result.get("passed") or 0), int(result.get("total") or 0)
    if total and passed >= total:
        return None
    cases = [c for c in result.get("cases") or [] if c.get("status") != "passed"]
    ask = " Walk me through what your code does there, then fix it in the editor and submit again (ctrl+s)."
    if not cases:
        message = " ".join(str(result.get("message") or "it did not run").split())
        return f"{CODE_RETRY_LEAD} before any test passes: {message}.{ask}"
    case = min(cases, key=lambda c: bool(c.get("hidden")))
    if case.get("hidden"):
        return f"{CODE_RETRY_LEAD} the hidden test “{case['name']}” ({case['status']}).{ask}"
    # Clipped with an ellipsis: a call cut mid-list ("[[1.0, 2. should give") reads as garbled.
    call = clip(str(case.get("call") or ""), 120)
    got = clip(str(case.get("got") if case.get("status") == "failed" else case.get("status")), 120)
    expected = clip(str(case.get("expected")), 120)
    return (
        f"{CODE_RETRY_LEAD} the test “{case['name']}”: `{call}` should give {expected}, but gave {got}.{ask}"
    )


def restatement_for(question: Question) -> str:
    """What the interviewer says when the answer was about another question: the question
    again, once."""
    prompt = " ".join(question.prompt.split())
    return f"I think that answers a different question. Let me restate mine: {prompt}"


def graded_parts(
    question: Question, first: str, pairs: Sequence[tuple[str, str]]
) -> tuple[str, list[tuple[str, str]]]:
    """(the answer, its follow-up pairs) to grade: after the question was restated because the
    first answer was about another question, the answer to the restatement is the answer (the
    transcript keeps both). The answer to a graded scripted follow-up is graded on its own (see
    :func:`follow_up_part`), not with the question's answer."""
    graded = {f.prompt for f in question.follow_ups if f.graded}
    pairs = [(asked, answer) for asked, answer in pairs if asked not in graded]
    restated = restatement_for(question)
    for i, (asked, answer) in enumerate(pairs):
        if asked == restated:
            return answer, list(pairs[i + 1 :])
    return first, list(pairs)


def follow_up_part(question: Question, pairs: Sequence[tuple[str, str]]) -> tuple[Question, str] | None:
    """(the follow-up as a question, the answer to it) for the graded scripted follow-up that
    was asked and answered, if any."""
    for asked, answer in pairs:
        for index, follow_up in enumerate(question.follow_ups):
            if follow_up.graded and follow_up.prompt == asked:
                return question.follow_up_question(index), answer
    return None


class Mode(StrEnum):
    COACH = "coach"  # feedback after every answer
    INTERVIEW = "interview"  # feedback only at the end, as in reality


@dataclass(frozen=True)
class PlannedQuestion:
    question: Question
    closing: bool = False  # the "any questions for me?" turn at the end


@dataclass(frozen=True)
class InterviewPlan:
    items: tuple[PlannedQuestion, ...]

    @property
    def question_ids(self) -> list[str]:
        return [item.question.id for item in self.items]

    @property
    def stages(self) -> list[Stage]:
        return list(dict.fromkeys(item.question.stage for item in self.items))

    @classmethod
    def from_ids(cls, bank: QuestionBank, ids: Sequence[str]) -> InterviewPlan:
        """Rebuild a stored plan; questions no longer in the banks are dropped."""
        items = []
        for index, question_id in enumerate(ids):
            question = bank.get(question_id)
            if question is not None:
                closing = index == len(ids) - 1 and question.topic == CLOSING_TOPIC
                items.append(PlannedQuestion(question, closing=closing))
        return cls(tuple(items))


def plan_interview(
    bank: QuestionBank,
    length: str = "standard",
    *,
    stages: Iterable[Stage] | None = None,
    recent: Iterable[str] = (),
    weak_topics: Iterable[str] = (),
    seed: int | str = 0,
) -> InterviewPlan:
    """Pick questions stage by stage.

    ``recent`` question ids are avoided while others remain; questions of ``weak_topics`` come
    first among the rest; within that, the choice is random but reproducible from ``seed``.
    Technical questions rotate over the technical areas (ml, dl, nlp, stats) so they mix.
    """
    counts = LENGTHS.get(length, LENGTHS["standard"])
    wanted = list(stages) if stages is not None else list(Stage)
    rng = random.Random(_seed(seed))
    recent_set = set(recent)
    weak = list(dict.fromkeys(weak_topics))
    items: list[PlannedQuestion] = []
    full_loop = stages is None
    for stage in Stage:
        if stage not in wanted:
            continue
        pool = [q for q in bank.questions if q.stage is stage and q.topic != CLOSING_TOPIC]
        count = counts[stage] if full_loop else max(counts[stage], 3)
        items.extend(PlannedQuestion(q) for q in _choose(pool, count, recent_set, weak, rng))
    if full_loop:
        closing = [q for q in bank.questions if q.topic == CLOSING_TOPIC]
        if closing:
            items.append(PlannedQuestion(rng.choice(sorted(closing, key=lambda q: q.id)), closing=True))
    return InterviewPlan(tuple(items))


# The technical phone screen: short conceptual questions (a suggested two or three minutes each,
# not the hardest), over the technical areas in turn, as a first-round screen asks them.
SCREEN_QUESTIONS = 6
SCREEN_MAX_SECONDS = 180
SCREEN_MINUTES = 15


def plan_technical_screen(
    bank: QuestionBank,
    *,
    recent: Iterable[str] = (),
    weak_topics: Iterable[str] = (),
    seed: int | str = 0,
    count: int = SCREEN_QUESTIONS,
) -> InterviewPlan:
    """A technical phone screen: ``count`` short technical questions, recent ones avoided and
    weak topics first, as :func:`plan_interview` chooses them."""
    pool = [
        q
        for q in bank.questions
        if q.stage is Stage.TECHNICAL and q.time_limit_s <= SCREEN_MAX_SECONDS and q.difficulty <= 2
    ]
    rng = random.Random(_seed(seed))
    chosen = _choose(pool, count, set(recent), list(dict.fromkeys(weak_topics)), rng)
    return InterviewPlan(tuple(PlannedQuestion(q) for q in chosen))


def _seed(seed: int | str) -> int:
    return int(hashlib.sha256(str(seed).encode()).hexdigest()[:12], 16)


def _choose(
    pool: list[Question], count: int, recent: set[str], weak: list[str], rng: random.Random
) -> list[Question]:
    pool = sorted(pool, key=lambda q: q.id)
    rng.shuffle(pool)

    def rank(q: Question) -> tuple[int, int]:
        weak_rank = next((i for i, t in enumerate(weak) if q.topic.startswith(t)), len(weak))
        return (q.id in recent, weak_rank)

    pool.sort(key=rank)  # stable: the shuffle decides among equals
    chosen: list[Question] = []
    areas_used: dict[str, int] = {}
    # Round-robin over areas so four technical questions are not all NLP.
    while pool and len(chosen) < count:
        least = min((areas_used.get(q.area, 0) for q in pool), default=0)
        pick = next(q for q in pool if areas_used.get(q.area, 0) == least)
        chosen.append(pick)
        areas_used[pick.area] = areas_used.get(pick.area, 0) + 1
        pool.remove(pick)
    return chosen


# ------------------------------------------------------------------------------ the walk


class Turn(StrEnum):
    QUESTION = "question"
    FOLLOW_UP = "follow_up"


@dataclass
class QuestionState:
    """What has happened on one question so far."""

    planned: PlannedQuestion
    answers: list[str] = field(default_factory=list)  # first answer, then follow-up answers
    follow_ups: list[str] = field(default_factory=list)  # follow-up questions asked
    hints: list[str] = field(default_factory=list)  # point ids revealed
    skipped: bool = False
    answer_id: int | None = None
    grade: Grade | None = None
    follow_up_grade: Grade | None = None  # the graded scripted follow-up's own grade
    code_tries: int = 0  # coding: how many times code was submitted (revisions after failing tests)
    seconds: float = 0.0

    @property
    def question(self) -> Question:
        return self.planned.question

    def awaiting_code(self) -> bool:
        """Whether the last follow-up asked for revised code."""
        return bool(self.follow_ups) and self.follow_ups[-1].startswith(CODE_RETRY_LEAD)

    def followup_pairs(self) -> list[tuple[str, str]]:
        """Each follow-up question asked, with the answer given to it."""
        return list(zip(self.follow_ups, self.answers[1:], strict=False))

    def graded_parts(self) -> tuple[str, list[tuple[str, str]]]:
        """(the answer, its follow-up pairs) to grade (see :func:`graded_parts`)."""
        return graded_parts(self.question, self.answers[0] if self.answers else "", self.followup_pairs())

    def follow_up_part(self) -> tuple[Question, str] | None:
        """The graded scripted follow-up asked and answered, as (question, answer), if any."""
        return follow_up_part(self.question, self.followup_pairs())


@dataclass
class Interview:
    plan: InterviewPlan
    mode: Mode = Mode.COACH
    index: int = 0
    states: list[QuestionState] = field(default_factory=list)
    turn: Turn = Turn.QUESTION

    def __post_init__(self) -> None:
        if not self.states:
            self.states = [QuestionState(item) for item in self.plan.items]

    @property
    def finished(self) -> bool:
        return self.index >= len(self.states)

    @property
    def current(self) -> QuestionState:
        return self.states[self.index]

    @property
    def total(self) -> int:
        return len(self.states)

    @property
    def position(self) -> str:
        return f"Question {min(self.index + 1, self.total)} of {self.total}"

    def is_new_stage(self) -> bool:
        if self.finished:
            return False
        if self.index == 0:
            return True
        return self.current.question.stage is not self.states[self.index - 1].question.stage

    def record_answer(self, text: str) -> None:
        self.current.answers.append(text)

    def next_follow_up(
        self,
        grade: Grade,
        code_result: dict[str, Any] | None = None,
        follow_ups_said: Mapping[str, float] | None = None,
        hooks: Mapping[str, str] | None = None,
    ) -> str | None:
        """After a grade, what the interviewer asks next about this question, if anything.

        In order: an answer to another question gets the question restated, once; code whose
        tests fail (``code_result``, the last run) gets a failing case named, with a request to
        walk through it and fix it, while tries remain; a claim that
        contradicts a point is challenged in the candidate's own words; a strong first answer
        gets one of the question's scripted follow-ups (a graded one first) that the answers do
        not already say (``follow_ups_said``: how much of each, by prompt, see
        :meth:`Grader.read_follow_ups`), one that builds on a sentence of theirs first, quoted
        before it (``hooks``: that sentence, by prompt, nearest first); otherwise the probe of
        the most important point not made. A point made, nearly made or named (its key terms)
        in the answer or an earlier follow-up answer is never asked for.
        """
        state = self.current
        state.grade = grade
        if state.planned.closing or len(state.follow_ups) >= MAX_FOLLOW_UPS or state.skipped:
            return None
        weights = {p.id: p.weight for p in state.question.points}
        # An answer to another question: the question is restated, once.
        restated = restatement_for(state.question)
        if grade.has_flag(FlagCode.WRONG_QUESTION) and restated not in state.follow_ups:
            return self._ask_follow_up(restated)
        # Failing tests: name a case, ask for a walk-through and a fix, as a pair programmer would.
        if code_result is not None and state.code_tries < MAX_CODE_TRIES:
            retry = code_retry_for(code_result)
            if retry is not None:
                return self._ask_follow_up(retry)
        # A wrong claim is challenged first, in the candidate's own words. Once a challenge is
        # answered, the first answer has been reconsidered as a whole ("Sorry, I had them the
        # wrong way round ..."): only a wrong claim made since is challenged.
        told_first = " ".join(state.answers[0].split()) if state.answers else ""
        reconsidered = any(f.startswith(CHALLENGE_LEAD) for f in state.follow_ups)
        for point in sorted(grade.contradicted, key=lambda p: -weights.get(p.point_id, 0.0)):
            if not point.evidence or (reconsidered and " ".join(point.evidence.split()) in told_first):
                continue
            challenge = challenge_for(point.evidence, " ".join(state.answers))
            if challenge not in state.follow_ups:
                return self._ask_follow_up(challenge)
        said = " ".join(state.answers).casefold()
        terms = {p.id: p.terms for p in state.question.points}
        missed = sorted(
            (
                p
                for p in grade.points
                if p.status is Status.MISSED
                and p.similarity < NEARLY_SAID
                and not mentions(terms.get(p.point_id, ()), said)
            ),
            key=lambda p: -weights.get(p.point_id, 0.0),
        )
        probes = {p.id: p.probe for p in state.question.points}
        unasked = [
            probe
            for point in missed
            if (probe := probes.get(point.point_id)) and probe not in state.follow_ups
        ]
        # A main point not made (as heavy as any of the question's) is asked for before going
        # deeper: "what do you do about it?" comes before the harder scripted question.
        main = max(weights.values(), default=0.0)
        first = next((p for p in missed if probes.get(p.point_id) in unasked), None)
        if first is not None and weights.get(first.point_id, 0.0) >= min(main, MAIN_POINT_WEIGHT):
            return self._ask_follow_up(probes[first.point_id])  # type: ignore[arg-type]
        deeper = self._deeper(grade, follow_ups_said or {}, hooks or {})
        if deeper is not None:
            hook = (hooks or {}).get(deeper)
            return self._ask_follow_up(deeper, lead_in(hook) if hook else "")
        if unasked:
            return self._ask_follow_up(unasked[0])
        return None

    def _ask_follow_up(self, text: str, lead: str = "") -> str:
        """Ask ``text`` (kept as asked, so its answer is matched to it), said after ``lead``."""
        self.current.follow_ups.append(text)
        self.turn = Turn.FOLLOW_UP
        return f"{lead} {text}" if lead else text

    def _deeper(self, grade: Grade, said: Mapping[str, float], hooks: Mapping[str, str]) -> str | None:
        """A scripted follow-up for a strong answer: one per question, a graded one when there
        is any, never one the answers already say (half of it or more); one that builds on a
        sentence of the answer first (``hooks``, nearest first), else chosen from the answer's
        text (the same answer gets the same follow-up)."""
        state = self.current
        scripted = [f for f in state.question.follow_ups if said.get(f.prompt, 0.0) < ALREADY_SAID]
        if not scripted or grade.contradicted or grade.score < STRONG_ENOUGH:
            return None
        if any(f.prompt in state.follow_ups for f in state.question.follow_ups):
            return None
        pool = [f for f in scripted if f.graded] or list(scripted)
        hooked = next((prompt for prompt in hooks if any(f.prompt == prompt for f in pool)), None)
        if hooked is not None:
            return hooked
        key = state.answers[0] if state.answers else state.question.id
        return pool[_seed(key) % len(pool)].prompt

    def hint(self) -> str | None:
        """Reveal the gist of the most important point not yet covered or hinted."""
        state = self.current
        covered = set()
        if state.grade is not None:
            covered = {p.point_id for p in state.grade.points if p.status in (Status.COVERED, Status.PARTIAL)}
        for point in sorted(state.question.points, key=lambda p: -p.weight):
            if point.id not in covered and point.id not in state.hints:
                state.hints.append(point.id)
                return point.text
        return None

    def skip(self) -> None:
        self.current.skipped = True

    def advance(self) -> None:
        self.index += 1
        self.turn = Turn.QUESTION


# ------------------------------------------------------------------------------ coding


def combine_code_grade(grade: Grade, passed: int, total: int) -> Grade:
    """A coding question's grade: the tests passed and the explanation's points together (the
    one rule, grading.scoring.final_score, which overrides and the store apply too)."""
    from dataclasses import replace

    tests = (passed, total)
    return replace(grade, tests=tests, score=final_score(grade.raw_score, grade.penalty, tests))


def code_results_markdown(result: dict[str, object], limit: int = 12) -> str:
    """A run's results as a Markdown table (hidden tests by name and pass/fail only)."""
    cases = result.get("cases") or []
    tries = result.get("tries")
    attempt = f" (try {tries})" if isinstance(tries, int) and tries > 1 else ""
    lines = [
        f"**Tests{attempt}: {result.get('passed')}/{result.get('total')} passed** — "
        f"{result.get('message') or ''}",
        "",
        "| test | call | expected | got | result |",
        "| --- | --- | --- | --- | --- |",
    ]
    for case in list(cases)[:limit]:  # type: ignore[call-overload]
        mark = "✓" if case["status"] == "passed" else "✗ " + str(case["status"])
        if case.get("hidden"):
            lines.append(f"| {case['name']} (hidden) | | | | {mark} |")
        else:
            cells = [str(case.get(k) or "").replace("|", "\\|")[:60] for k in ("call", "expected", "got")]
            lines.append(f"| {case['name']} | `{cells[0]}` | {cells[1]} | {cells[2]} | {mark} |")
    return "\n".join(lines)
