"""What a grade is: per-point results with evidence, flags, and the overall score."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    COVERED = "covered"
    PARTIAL = "partial"
    MISSED = "missed"
    CONTRADICTED = "contradicted"  # the answer states the opposite: earns nothing, costs extra

    @property
    def symbol(self) -> str:
        return {"covered": "✓", "partial": "~", "missed": "✗", "contradicted": "≠"}[self.value]


class FlagCode(StrEnum):
    TOO_SHORT = "too_short"
    OFF_TOPIC = "off_topic"
    PARROTING = "parroting"
    KEYWORD_SALAD = "keyword_salad"
    PADDING = "padding"
    PITFALL = "pitfall"
    TRUNCATED = "truncated"
    STAR = "star"  # a behavioral story missing situation, task, action or result
    WRONG_QUESTION = "wrong_question"  # answers another bank question (its id in the detail)
    VAGUE = "vague"  # a story with no specifics: no numbers, hardly anything the candidate did


@dataclass(frozen=True)
class Flag:
    code: FlagCode
    message: str  # one line, addressed to the candidate
    detail: str = ""  # e.g. the pitfall id or the sentence that triggered it


@dataclass(frozen=True)
class PointResult:
    point_id: str
    text: str
    weight: float
    status: Status
    similarity: float  # semantic similarity of the point and its best span (question demoted)
    credit: float  # 0..1, the share of the point's weight earned
    evidence: str | None = None  # the span of the answer that supports it (covered/partial)
    evidence_start: int | None = None  # character offsets into the graded answer
    evidence_end: int | None = None
    terms_matched: tuple[str, ...] = ()
    probe: str | None = None
    overridden: bool = False  # the user has overruled the grader's status
    lexical: float = 0.0  # share of the point's own words the answer uses
    # For a contradicted point: the wrong statement the evidence matched (a ``wrong`` version,
    # a pitfall, the point negated or with two terms swapped), and how it was seen.
    contradiction: str | None = None
    contradiction_kind: str | None = None  # wrong | pitfall | negation | swap | direction | red_flag | model
    # The evidence's words that make it that wrong version, when the version marks them ("grows
    # [quadratically|with the square of]"): the version is written with its first alternative,
    # and the candidate may have used another.
    contradiction_words: str | None = None
    part: str | None = None  # for a story: the part of it this point is (situation, task, ...)
    hinted: bool = False  # revealed by a hint before it was answered: its credit is capped
    # Said wrong first, then made cleanly in a follow-up after the interviewer challenged it:
    # the wrong sentence said first (the point is graded on the correction).
    corrected_from: str | None = None


@dataclass(frozen=True)
class Grade:
    question_id: str
    score: int  # 0-100
    points: tuple[PointResult, ...]
    flags: tuple[Flag, ...] = ()
    word_count: int = 0
    model: str = ""
    grader_version: str = ""
    raw_score: float = field(default=0.0)  # before penalties, 0-100
    penalty: float = 1.0  # product of the gaming flags' factors (score = raw_score * penalty)
    # A coding answer: (tests passed, tests run); the score is then combined with them (see
    # grading.scoring.final_score), wherever it is recomputed.
    tests: tuple[int, int] | None = None
    # The question's points are options, the best this many of which make the score (see
    # grading.scoring.counted); None: every point counts.
    best_of: int | None = None

    @property
    def missed(self) -> list[PointResult]:
        return [p for p in self.points if p.status is Status.MISSED]

    @property
    def covered(self) -> list[PointResult]:
        return [p for p in self.points if p.status is Status.COVERED]

    @property
    def contradicted(self) -> list[PointResult]:
        return [p for p in self.points if p.status is Status.CONTRADICTED]

    def has_flag(self, code: FlagCode) -> bool:
        return any(f.code is code for f in self.flags)

    def to_dict(self) -> dict[str, Any]:
        # Built field by field: dataclasses.asdict deep-copies every value and is ~10x slower.
        return {
            "question_id": self.question_id,
            "score": self.score,
            "points": [
                {
                    "id": p.point_id,
                    "text": p.text,
                    "weight": p.weight,
                    "status": p.status.value,
                    "similarity": p.similarity,
                    "credit": p.credit,
                    "evidence": p.evidence,
                    "evidence_start": p.evidence_start,
                    "evidence_end": p.evidence_end,
                    "terms_matched": list(p.terms_matched),
                    "probe": p.probe,
                    "overridden": p.overridden,
                    "lexical": p.lexical,
                    "contradiction": p.contradiction,
                    "contradiction_kind": p.contradiction_kind,
                    **({"contradiction_words": p.contradiction_words} if p.contradiction_words else {}),
                    **({"part": p.part} if p.part else {}),
                    **({"hinted": True} if p.hinted else {}),
                    **({"corrected_from": p.corrected_from} if p.corrected_from else {}),
                }
                for p in self.points
            ],
            "flags": [{"code": f.code.value, "message": f.message, "detail": f.detail} for f in self.flags],
            "word_count": self.word_count,
            "model": self.model,
            "grader_version": self.grader_version,
            "raw_score": self.raw_score,
            "penalty": self.penalty,
            "tests": list(self.tests) if self.tests is not None else None,
            "best_of": self.best_of,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Grade:
        points = tuple(
            PointResult(
                point_id=p["id"],
                text=p["text"],
                weight=float(p["weight"]),
                status=Status(p["status"]),
                similarity=float(p["similarity"]),
                credit=float(p["credit"]),
                evidence=p.get("evidence"),
                evidence_start=p.get("evidence_start"),
                evidence_end=p.get("evidence_end"),
                terms_matched=tuple(p.get("terms_matched", ())),
                probe=p.get("probe"),
                overridden=bool(p.get("overridden", False)),
                lexical=float(p.get("lexical", 0.0)),
                contradiction=p.get("contradiction"),
                contradiction_kind=p.get("contradiction_kind"),
                contradiction_words=p.get("contradiction_words"),
                part=p.get("part"),
                hinted=bool(p.get("hinted", False)),
                corrected_from=p.get("corrected_from"),
            )
            for p in data["points"]
        )
        flags = tuple(
            Flag(FlagCode(f["code"]), f["message"], f.get("detail", "")) for f in data.get("flags", ())
        )
        return cls(
            question_id=data["question_id"],
            score=int(data["score"]),
            points=points,
            flags=flags,
            word_count=int(data.get("word_count", 0)),
            model=data.get("model", ""),
            grader_version=data.get("grader_version", ""),
            raw_score=float(data.get("raw_score", 0.0)),
            penalty=float(data.get("penalty", 1.0)),
            tests=_tests(data.get("tests")),
            best_of=_best_of(data.get("best_of")),
        )


def _best_of(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else None


def _tests(value: Any) -> tuple[int, int] | None:
    if isinstance(value, list | tuple) and len(value) == 2:
        return int(value[0]), int(value[1])
    return None
