"""The question-bank schema: what a question is, validated field by field.

A bank file is YAML::

    questions:
      - id: ml.bias_variance          # unique across all banks
        stage: technical              # phone_screen | technical | coding | research | behavioral
        topic: ml/bias-variance       # a path, most general first
        difficulty: 2                 # 1-3
        prompt: ...
        why_asked: ...
        tip: ...
        model_answer: ...
        time_limit_s: 180
        points:                       # what an expert interviewer listens for
          - id: bias
            text: ...                 # the point, as a full sentence
            weight: 2
            terms: [bias, underfitting]   # optional key terms (typo-tolerant)
            probe: ...                # optional follow-up when the point is missed
            wrong:                    # optional: how candidates state it wrongly, as they would
              - High bias means the model overfits the training data.
              - The cache grows [quadratically|quadratic] with the context length.
                                      # [...]: the words that make it wrong, alternatives by |
            examples:                 # optional: other ways good answers say it (other stories)
              - I asked him to walk me through his reasoning first.
            part: action              # optional, stories: situation | task | action | result | reflection
            act: hypothesis           # optional, own work: hypothesis | decision-rule | experiment |
                                      # prioritize | long-term | alternatives | comparison |
                                      # assumption | checks | scope | shared | impact | prior-work |
                                      # ownership | process-fix | their-interests | early-word
        contrasts:                    # optional: terms a candidate may swap between the points
          - [bias, variance]
        best_of: 2                    # optional: the points are options; the best 2 make the grade
        pitfalls:                     # optional: what a weak answer does
          - id: more-data-bias
            text: ...                 # the mistaken claim, as a candidate would say it
            feedback: ...             # what to tell the candidate
            point: bias               # optional: the point it contradicts
        follow_ups: [...]             # optional scripted follow-ups: a string, or a mapping with
                                      # prompt, model_answer and points (graded on their own)

An answer sentence that sits closer to one of a point's wrong versions (its ``wrong`` statements,
the pitfalls naming it, the point with a ``contrasts`` pair exchanged, or the point negated) than
to the point itself *contradicts* the point: the point earns nothing and costs extra.

A question with ``stage: coding`` also carries a ``coding`` spec (and only such a question may):
the candidate writes a function, which is run against tests in a sandbox
(:mod:`interviewer.coding.runner`), and explains it in a few sentences graded against the points::

        coding:
          signature: "def binary_search(items: list[int], target: int) -> int:"
          entry_point: binary_search    # the function the tests call
          stub: |                       # starter code shown in the editor
            def binary_search(items: list[int], target: int) -> int:
                ...
          arrays: false                 # true: every list argument arrives as a NumPy array
          time_limit_s: 2               # wall clock for one run of all the tests
          memory_mb: 256                # address-space limit of the process running them
          abs_tol: 1.0e-6               # default tolerance for floats (a test may set its own)
          examples:                     # visible tests: input, expected and got are shown
            - name: middle
              args: [[1, 3, 5, 7], 5]   # positional arguments, a YAML list of JSON values
              expected: 2
          hidden:                       # hidden tests: shown by name and pass/fail only
            - name: empty
              args: [[], 4]
              expected: -1
          reference_solution: |         # must pass every test (tests/test_coding.py checks)
            def binary_search(items, target): ...

Test design: a test calls ``entry_point(*args, **kwargs)`` with JSON-compatible values (null,
booleans, numbers, strings, lists, mappings with string keys; ``.inf``/``.nan`` allowed), so a
bank never contains executable test code. It states exactly one outcome: ``expected`` (the return
value; tuples compare as lists, NumPy arrays and scalars as their lists and numbers, floats within
``abs_tol``), ``one_of`` (a list of acceptable return values, for questions with several right
answers) or ``raises`` (the name of an exception class the call must raise, or a base class).
"""

from __future__ import annotations

import ast
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9_.\-]*$"
TOPIC_PATTERN = r"^[a-z0-9][a-z0-9_\-]*(/[a-z0-9][a-z0-9_\-]*)*$"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Identifier = Annotated[str, StringConstraints(strip_whitespace=True, pattern=ID_PATTERN)]
PythonName = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]


class Stage(StrEnum):
    """The stages of the loop, in interview order."""

    PHONE_SCREEN = "phone_screen"
    TECHNICAL = "technical"
    CODING = "coding"
    RESEARCH = "research"
    SYSTEM_DESIGN = "system_design"
    BEHAVIORAL = "behavioral"

    # Deliberately shadows str.title() with the stage's display name (used as ``stage.title``
    # across the screens and CLI); a property cannot match the method's signature.
    @property
    def title(self) -> str:  # type: ignore[override]
        return STAGE_TITLES[self]


STAGE_TITLES = {
    Stage.PHONE_SCREEN: "Phone screen",
    Stage.TECHNICAL: "Technical",
    Stage.CODING: "Coding",
    Stage.RESEARCH: "Research discussion",
    Stage.SYSTEM_DESIGN: "System design",
    Stage.BEHAVIORAL: "Behavioral",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class StoryPart(StrEnum):
    """What a sentence of a story does. A point that is one of these parts is also met by any
    sentence that does that part, whatever the story (see ``grading/story.py``)."""

    SITUATION = "situation"
    TASK = "task"
    ACTION = "action"
    RESULT = "result"
    REFLECTION = "reflection"


class StoryAct(StrEnum):
    """What a sentence of an own-work answer does beyond the parts of a story: state a
    hypothesis, a rule for when to stop, the alternatives weighed... A point that is one of these
    is also met by any sentence doing it, in whatever project (see ``grading/story.py``)."""

    HYPOTHESIS = "hypothesis"
    DECISION_RULE = "decision-rule"
    EXPERIMENT = "experiment"
    PRIORITIZE = "prioritize"
    LONG_TERM = "long-term"
    ALTERNATIVES = "alternatives"
    COMPARISON = "comparison"
    ASSUMPTION = "assumption"
    CHECKS = "checks"
    SCOPE = "scope"
    SHARED = "shared"
    IMPACT = "impact"
    PRIOR_WORK = "prior-work"
    WEAKNESS = "weakness"
    CONSTRAINTS = "constraints"
    CAVEAT = "caveat"
    MEASURED = "measured"
    # Behavioral competencies that show in how a sentence is said.
    OWNERSHIP = "ownership"
    PROCESS_FIX = "process-fix"
    THEIR_INTERESTS = "their-interests"
    EARLY_WORD = "early-word"


class Point(_Strict):
    """One thing a good answer says, with how much it counts."""

    id: Identifier
    text: Text
    weight: float = Field(default=1.0, gt=0, le=10)
    terms: tuple[Text, ...] = ()
    probe: Text | None = None
    # Statements that contradict the point, in the words a candidate would use (a misconception,
    # a swapped definition, a reversed direction); an answer saying one earns nothing for it.
    wrong: tuple[Text, ...] = ()
    # Other ways good answers make the point, in words from different stories or framings: a
    # sentence is compared with the nearest of the text and these.
    examples: tuple[Text, ...] = ()
    # For a behavioral or own-work story: the part of the story this point is.
    part: StoryPart | None = None
    # For an own-work answer: what a sentence making this point does (a hypothesis, a stopping
    # rule, ...), read from how it is said, whatever the project.
    act: StoryAct | None = None

    @field_validator("wrong")
    @classmethod
    def _decisive_marks_are_well_formed(cls, wrong: tuple[str, ...]) -> tuple[str, ...]:
        for text in wrong:
            marked(text)  # raises ValueError with what is wrong
        return wrong

    @property
    def exemplars(self) -> tuple[str, ...]:
        """The point's text, then its examples."""
        return (self.text, *self.examples)

    @property
    def wrong_statements(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each ``wrong`` statement as (its text without marks, its decisive words): "grows
        [quadratically|quadratic]" -> ("grows quadratically", ("quadratically", "quadratic"))."""
        return tuple(marked(text) for text in self.wrong)


_MARK = re.compile(r"\[([^\[\]]*)\]")


def marked(text: str) -> tuple[str, tuple[str, ...]]:
    """A wrong statement's text without its ``[...]`` marks, and the alternatives the marks
    hold: the words whose presence makes a sentence about the point say this mistake."""
    alternatives: list[str] = []
    for match in _MARK.finditer(text):
        options = [o.strip() for o in match.group(1).split("|")]
        if not all(options):
            raise ValueError(f"empty alternative in [{match.group(1)}] of {text!r}")
        alternatives.extend(options)
    clean = _MARK.sub(lambda m: m.group(1).split("|")[0].strip(), text)
    if "[" in clean or "]" in clean:
        raise ValueError(f"unbalanced [ or ] in {text!r}")
    return clean, tuple(alternatives)


class Pitfall(_Strict):
    """A mistake weak answers make, and what to tell the candidate who makes it."""

    id: Identifier
    text: Text
    feedback: Text
    terms: tuple[Text, ...] = ()
    point: Identifier | None = None  # the point it contradicts, when it contradicts one


Contrast = Annotated[tuple[Text, Text], Field(description="two terms whose roles a candidate may swap")]


class FollowUp(_Strict):
    """A scripted follow-up: what the interviewer asks next to push a candidate who answered
    well. One with points is graded on its own, against them; one without is only asked.

    In YAML a follow-up is either a string (the question alone) or a mapping::

        follow_ups:
          - How would you apply this to a 7B model?          # asked, not graded
          - prompt: How much memory does Adam need for a 7B model in mixed precision?
            model_answer: About 16 bytes per parameter: ...
            points:
              - id: bytes-per-param
                text: ...
    """

    prompt: Text
    points: tuple[Point, ...] = ()
    model_answer: Text | None = None

    @model_validator(mode="after")
    def _graded_needs_model_answer(self) -> FollowUp:
        _require_unique([p.id for p in self.points], "point")
        if self.points and self.model_answer is None:
            raise ValueError(f"follow-up {self.prompt!r}: a follow-up with points needs a model_answer")
        if self.model_answer is not None and not self.points:
            raise ValueError(f"follow-up {self.prompt!r}: a model_answer needs points to grade against")
        return self

    @property
    def graded(self) -> bool:
        return bool(self.points)


def _follow_up_from_text(value: Any) -> Any:
    return {"prompt": value} if isinstance(value, str) else value


# ---------------------------------------------------------------------------- coding questions


def _check_json_value(value: Any, where: str, depth: int = 0) -> None:
    """Raise ValueError unless ``value`` is made of JSON values only (YAML also has dates, sets...)."""
    if depth > 50:
        raise ValueError(f"{where}: nested too deeply")
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, float):
        return  # .inf and .nan included: both ends of the runner are Python
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_json_value(item, f"{where}[{index}]", depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(f"{where}: mapping keys must be strings (got {key!r})")
            _check_json_value(item, f"{where}.{key}", depth + 1)
        return
    raise ValueError(
        f"{where}: {type(value).__name__} is not a JSON value (quote it if it is meant as a string)"
    )


def _check_python(code: str, what: str) -> None:
    try:
        ast.parse(code, filename=what)
    except SyntaxError as exc:
        raise ValueError(f"{what} is not valid Python (line {exc.lineno}: {exc.msg})") from None


class CodeTest(_Strict):
    """One call of the candidate's function and the outcome it must have.

    ``args`` are the positional arguments and ``kwargs`` the keyword arguments, as JSON values.
    Exactly one of ``expected``, ``one_of`` or ``raises`` states the outcome.
    """

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = Field(default_factory=dict)
    expected: Any = None
    one_of: tuple[Any, ...] | None = Field(default=None, min_length=1)
    raises: PythonName | None = None
    abs_tol: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _one_outcome(self) -> CodeTest:
        given = [name for name in ("expected", "one_of", "raises") if name in self.model_fields_set]
        if "one_of" in given and self.one_of is None:
            given.remove("one_of")
        if "raises" in given and self.raises is None:
            given.remove("raises")
        if len(given) != 1:
            found = ", ".join(given) if given else "none"
            raise ValueError(
                f"test {self.name!r}: give exactly one of expected, one_of or raises (found {found})"
            )
        _check_json_value(list(self.args), f"test {self.name!r} args")
        _check_json_value(self.kwargs, f"test {self.name!r} kwargs")
        _check_json_value(self.expected, f"test {self.name!r} expected")
        _check_json_value(list(self.one_of or ()), f"test {self.name!r} one_of")
        return self

    @property
    def outcome(self) -> str:
        """``expected``, ``one_of`` or ``raises``."""
        if self.raises is not None:
            return "raises"
        return "one_of" if self.one_of is not None else "expected"

    def __hash__(self) -> int:  # args and kwargs hold lists and dicts: hash their JSON form
        return hash(self.model_dump_json())


class CodingSpec(_Strict):
    """What a coding question runs: the function to write, its tests, limits and a reference."""

    signature: Text
    entry_point: PythonName
    stub: Text
    examples: tuple[CodeTest, ...] = Field(min_length=1)
    hidden: tuple[CodeTest, ...] = ()
    arrays: bool = False
    time_limit_s: float = Field(default=2.0, gt=0, le=60)
    memory_mb: int = Field(default=256, ge=128, le=8192)
    abs_tol: float = Field(default=1e-6, ge=0)
    reference_solution: Text

    @model_validator(mode="after")
    def _consistent(self) -> CodingSpec:
        if not re.match(rf"^\s*def\s+{re.escape(self.entry_point)}\s*\(", self.signature):
            raise ValueError(
                f"signature must define the entry point: 'def {self.entry_point}(...)' "
                f"(got {self.signature!r})"
            )
        _require_unique([t.name for t in (*self.examples, *self.hidden)], "test")
        for what, code in (("stub", self.stub), ("reference_solution", self.reference_solution)):
            _check_python(code, what)
            if not re.search(rf"^def\s+{re.escape(self.entry_point)}\s*\(", code, re.MULTILINE):
                raise ValueError(f"{what} must define 'def {self.entry_point}(...)' at the top level")
        return self

    @property
    def tests(self) -> tuple[CodeTest, ...]:
        """Visible tests first, then hidden ones."""
        return (*self.examples, *self.hidden)

    def tolerance(self, test: CodeTest) -> float:
        return self.abs_tol if test.abs_tol is None else test.abs_tol


class Question(_Strict):
    id: Identifier
    stage: Stage
    topic: Annotated[str, StringConstraints(strip_whitespace=True, pattern=TOPIC_PATTERN)]
    difficulty: int = Field(ge=1, le=3)
    prompt: Text
    why_asked: Text
    tip: Text
    model_answer: Text
    time_limit_s: int = Field(ge=15, le=3600)
    points: tuple[Point, ...] = Field(min_length=1)
    pitfalls: tuple[Pitfall, ...] = ()
    contrasts: tuple[Contrast, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    # The points are options, any ``best_of`` of which make a full answer ("questions for us":
    # two good questions are enough); the answer is graded on its best ones.
    best_of: int | None = Field(default=None, ge=1)
    coding: CodingSpec | None = None
    # Set on the question made from a graded follow-up (see ``follow_up_question``), never in a
    # bank file: the id of the question it follows.
    follows: Identifier | None = None

    @model_validator(mode="after")
    def _coding_spec_matches_stage(self) -> Question:
        # A coding question's graded follow-up (``follows`` set) is asked and graded as words.
        if self.stage is Stage.CODING and self.coding is None and self.follows is None:
            raise ValueError(
                "a question with stage 'coding' needs a 'coding' spec (signature, entry_point, stub, "
                "examples, reference_solution; see interviewer/bank/schema.py)"
            )
        if self.stage is not Stage.CODING and self.coding is not None:
            raise ValueError(
                f"'coding' is only allowed on questions with stage 'coding' (this one is {self.stage.value})"
            )
        return self

    @model_validator(mode="after")
    def _references_resolve(self) -> Question:
        ids = {p.id for p in self.points}
        for pitfall in self.pitfalls:
            if pitfall.point is not None and pitfall.point not in ids:
                raise ValueError(
                    f"pitfall {pitfall.id!r}: point {pitfall.point!r} is not a point of this question "
                    f"(points: {', '.join(sorted(ids))})"
                )
        for a, b in self.contrasts:
            if a.lower() == b.lower():
                raise ValueError(f"contrast [{a}, {b}]: the two terms must differ")
        if self.best_of is not None and self.best_of > len(self.points):
            raise ValueError(f"best_of: {self.best_of} is more than the {len(self.points)} points")
        return self

    @field_validator("follow_ups", mode="before")
    @classmethod
    def _follow_ups_from_text(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return [_follow_up_from_text(item) for item in value]
        return value

    def follow_up_question(self, index: int) -> Question:
        """The graded follow-up ``index`` as a question of its own: its prompt, points and model
        answer, in this question's stage and topic, with ``follows`` set to this question."""
        follow_up = self.follow_ups[index]
        if not follow_up.graded or follow_up.model_answer is None:
            raise ValueError(f"{self.id}: follow-up {index} has no points to grade against")
        return Question(
            id=f"{self.id}.follow-up-{index + 1}",
            stage=self.stage,
            topic=self.topic,
            difficulty=min(3, self.difficulty + 1),
            prompt=follow_up.prompt,
            why_asked=f"A follow-up to: {self.prompt}",
            tip=self.tip,
            model_answer=follow_up.model_answer,
            time_limit_s=max(60, self.time_limit_s // 2),
            points=follow_up.points,
            follows=self.id,
        )

    def graded_follow_ups(self) -> dict[str, Question]:
        """Each graded follow-up as a question of its own (``follow_up_question``), by its id."""
        return {
            asked.id: asked
            for asked in (self.follow_up_question(i) for i, f in enumerate(self.follow_ups) if f.graded)
        }

    @field_validator("points")
    @classmethod
    def _point_ids_unique(cls, points: tuple[Point, ...]) -> tuple[Point, ...]:
        _require_unique([p.id for p in points], "point")
        return points

    @field_validator("pitfalls")
    @classmethod
    def _pitfall_ids_unique(cls, pitfalls: tuple[Pitfall, ...]) -> tuple[Pitfall, ...]:
        _require_unique([p.id for p in pitfalls], "pitfall")
        return pitfalls

    @property
    def total_weight(self) -> float:
        return sum(p.weight for p in self.points)

    @property
    def area(self) -> str:
        """The first component of the topic path (``nlp`` for ``nlp/tokenization``)."""
        return self.topic.split("/", 1)[0]


class BankFile(_Strict):
    """The top level of a bank file."""

    title: Text | None = None
    description: Text | None = None
    questions: tuple[Question, ...] = Field(min_length=1)

    @field_validator("questions")
    @classmethod
    def _no_follows(cls, questions: tuple[Question, ...]) -> tuple[Question, ...]:
        for question in questions:
            if question.follows is not None:
                raise ValueError(
                    f"question {question.id!r}: 'follows' is set by the app on a follow-up it grades; "
                    "write the follow-up under its question's follow_ups instead"
                )
        return questions


def _require_unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"duplicate {what} id {item!r}")
        seen.add(item)


def split_reference(text: str) -> list[str]:
    """Split a free reference answer into point texts (one per sentence or bullet)."""
    lines = [ln.strip(" \t-*•") for ln in text.strip().splitlines()]
    chunks: list[str] = []
    for line in lines:
        if not line:
            continue
        chunks.extend(s.strip() for s in re.split(r"(?<=[.!?;])\s+", line) if s.strip())
    return [c for c in chunks if re.search(r"\w", c)]


ADHOC_PROMPT = "(ad-hoc question)"


def adhoc_question(reference: str, prompt: str = "") -> Question:
    """A question built from a reference answer that is in no bank: each sentence a point."""
    texts = split_reference(reference) or [reference.strip() or "(empty reference)"]
    points = tuple(Point(id=f"p{i + 1}", text=t) for i, t in enumerate(texts))
    return Question(
        id="adhoc",
        stage=Stage.TECHNICAL,
        topic="adhoc",
        difficulty=2,
        prompt=prompt.strip() or ADHOC_PROMPT,
        why_asked="Ad-hoc grading against a given reference answer.",
        tip="Cover each sentence of the reference answer.",
        model_answer=reference.strip() or "(empty reference)",
        time_limit_s=300,
        points=points,
    )
