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
        pitfalls:                     # optional: what a weak answer does
          - id: more-data-bias
            text: ...                 # the mistaken claim, as a candidate would say it
            feedback: ...             # what to tell the candidate
        follow_ups: [...]             # optional scripted follow-up questions
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9_.\-]*$"
TOPIC_PATTERN = r"^[a-z0-9][a-z0-9_\-]*(/[a-z0-9][a-z0-9_\-]*)*$"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Identifier = Annotated[str, StringConstraints(strip_whitespace=True, pattern=ID_PATTERN)]


class Stage(StrEnum):
    """The stages of the loop, in interview order."""

    PHONE_SCREEN = "phone_screen"
    TECHNICAL = "technical"
    CODING = "coding"
    RESEARCH = "research"
    BEHAVIORAL = "behavioral"

    @property
    def title(self) -> str:
        return STAGE_TITLES[self]


STAGE_TITLES = {
    Stage.PHONE_SCREEN: "Phone screen",
    Stage.TECHNICAL: "Technical",
    Stage.CODING: "Coding",
    Stage.RESEARCH: "Research discussion",
    Stage.BEHAVIORAL: "Behavioral",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Point(_Strict):
    """One thing a good answer says, with how much it counts."""

    id: Identifier
    text: Text
    weight: float = Field(default=1.0, gt=0, le=10)
    terms: tuple[Text, ...] = ()
    probe: Text | None = None


class Pitfall(_Strict):
    """A mistake weak answers make, and what to tell the candidate who makes it."""

    id: Identifier
    text: Text
    feedback: Text
    terms: tuple[Text, ...] = ()


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
    follow_ups: tuple[Text, ...] = ()

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
