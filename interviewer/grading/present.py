"""One presenter for a grade: the words every view of a grade uses (the command line, the feedback
panel, the report and its export), so they say the same thing and the sum checks by hand.

Plain text out; each view adds its own styling (click colours, Rich markup, Markdown).
"""

from __future__ import annotations

from dataclasses import dataclass

from interviewer.grading.calibration import shipped_calibration
from interviewer.grading.result import FlagCode, Grade, PointResult, Status
from interviewer.grading.scoring import CODE_WEIGHT, HINT_CREDIT, counted, earned, final_score, weighed

# The flags whose factor scales the score (the others explain it and cost nothing more).
PENALISED = frozenset(
    {FlagCode.PITFALL, FlagCode.KEYWORD_SALAD, FlagCode.PADDING, FlagCode.VAGUE, FlagCode.WRONG_QUESTION}
)


def one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class PointView:
    """What is said about one point: its mark, its share, the candidate's words, and for a
    contradicted point what it contradicts."""

    mark: str  # "✓ covered"
    share: str  # " 85%": the share of its weight it earned
    text: str
    said: str | None
    notes: tuple[str, ...]  # "(your call)", "(hinted: at most 50%)"
    # For a contradicted point what the reference and wrong version say; for a point corrected
    # when challenged, the wrong sentence said first.
    opposite: tuple[str, ...]

    @property
    def headline(self) -> str:
        notes = "".join(f" {n}" for n in self.notes)
        return f"{self.mark} {self.share}  {self.text}{notes}"


def counting(grade: Grade) -> list[tuple[PointResult, bool]]:
    """Each point of the grade, and whether it makes the score (all do, except the options
    beyond the best ones of a ``best_of`` question)."""
    kept = {p.point_id for p in counted(grade.points, grade.best_of)}
    return [(p, p.point_id in kept) for p in grade.points]


# A contradicted option of a ``best_of`` question (see scoring.weighed).
OPTION_ASKED_WRONG = "(an option asked wrong: it costs what one good option earns)"


def point_view(point: PointResult, counts: bool = True, option: bool = False) -> PointView:
    """What is shown of a point; ``option``: it is an option of a ``best_of`` question."""
    notes = []
    if not counts:
        notes.append("(an option not counted: the best ones make the score)")
    elif option and point.status is Status.CONTRADICTED:
        notes.append(OPTION_ASKED_WRONG)
    if point.overridden:
        notes.append("(your call)")
    if point.hinted:
        notes.append(f"(hinted: at most {HINT_CREDIT:.0%})")
    opposite: tuple[str, ...] = ()
    if point.corrected_from:
        notes.append("(corrected when challenged)")
        opposite = (f"you first said: “{one_line(point.corrected_from)}”, then corrected it",)
    if point.status is Status.CONTRADICTED:
        opposite = ("the reference says the opposite: the point above",)
        if point.contradiction and one_line(point.contradiction) != one_line(point.evidence or ""):
            opposite += (f"a known wrong version: {one_line(point.contradiction)}",)
        if point.contradiction_words:
            opposite += (f"the words that make it wrong: “{one_line(point.contradiction_words)}”",)
    return PointView(
        mark=f"{point.status.symbol} {point.status.value}",
        share=f"{point.credit:>4.0%}",
        text=point.text,
        said=one_line(point.evidence) if point.evidence else None,
        notes=tuple(notes),
        opposite=opposite,
    )


def point_markdown(point: PointResult, counts: bool = True, option: bool = False) -> list[str]:
    """A point as Markdown list items (the report and the export)."""
    view = point_view(point, counts, option)
    lines = [f"- {view.mark} ({view.share.strip()}): {view.text}{''.join(' ' + n for n in view.notes)}"]
    if view.said:
        lines.append(f"  - you said: “{view.said}”")
    lines += [f"  - {line}" for line in view.opposite]
    return lines


def score_sum(grade: Grade, contradiction_cost: float | None = None) -> list[str]:
    """How the score is made, line by line: the points' weighted shares (a contradicted point's
    cost: ``contradiction_cost``, by default the shipped calibration's), the flags' penalty, a
    coding answer's tests. The numbers add up to the score shown."""
    if contradiction_cost is None:
        contradiction_cost = shipped_calibration().contradiction_cost
    parts = []
    weights, total = weighed(grade.points, grade.best_of)
    for p, weight in weights:
        if p.status is Status.CONTRADICTED and contradiction_cost:
            parts.append(f"− {contradiction_cost:.0%}×{weight:.3g}")
        else:
            parts.append(f"+ {p.credit:.0%}×{weight:g}{' (hinted)' if p.hinted else ''}")
    terms = " ".join(parts).removeprefix("+ ")
    line = f"points earned ({terms}) / {total:.3g} = {grade.raw_score:.0f}"
    if earned(weights, contradiction_cost) < 0:
        line += " (never below 0)"
    explained = final_score(grade.raw_score, grade.penalty)
    if grade.penalty < 1.0:
        costly = dict.fromkeys(f.code.value.replace("_", " ") for f in grade.flags if f.code in PENALISED)
        reason = f" for {', '.join(costly)}" if costly else ""
        line += f", × {grade.penalty:.2g}{reason} = {explained}"
    lines = [line]
    if grade.tests is not None:
        passed, run = grade.tests
        share = round(100 * passed / run) if run else 0
        lines.append(
            f"tests {passed}/{run} = {share} × {CODE_WEIGHT:.0%} + explanation {explained} × "
            f"{1 - CODE_WEIGHT:.0%} = {grade.score}"
        )
    hinted = sum(1 for p in grade.points if p.hinted)
    if hinted:
        plural = "s" if hinted != 1 else ""
        lines.append(f"{hinted} hinted point{plural}: each earns at most {HINT_CREDIT:.0%}")
    return lines


def follow_up_markdown(prompt: str, grade: Grade) -> list[str]:
    """A graded follow-up as Markdown: its question, its own score, each point and evidence."""
    lines = [f"**Follow-up** ({grade.score}/100, graded on its own): {prompt}", ""]
    for point in grade.points:
        view = point_view(point)
        said = f" — you said “{view.said}”" if view.said else ""
        lines.append(f"- {view.mark}: {view.text}{said}")
    return lines


def flag_line(code: FlagCode, message: str) -> str:
    return f"! {code.value}: {message}"


def delivery_line(delivery: dict[str, object]) -> str:
    """How an answer was delivered, in one line, from its stored figures (voice.Delivery)."""

    def clock(seconds: object) -> str:
        minutes, rest = divmod(int(float(seconds)), 60) if isinstance(seconds, int | float) else (0, 0)
        return f"{minutes}:{rest:02d}"

    parts = []
    if delivery.get("spoken"):
        pace = delivery.get("words_per_minute") or 0
        parts.append(f"spoken, {pace:.0f} words per minute ({delivery.get('pace_verdict')})")
        parts.append(f"{delivery.get('filler_count', 0)} filler words")
        parts.append(f"{delivery.get('long_pause_count', 0)} long pauses")
        talk = f"talked {clock(delivery.get('talk_seconds'))}"
    else:
        talk = f"typed, {delivery.get('words', 0)} words, about {clock(delivery.get('talk_seconds'))} to say"
    suggested = delivery.get("suggested_seconds")
    if suggested:
        talk += f" of {clock(suggested)} suggested ({delivery.get('time_verdict')})"
    parts.append(talk)
    concision = delivery.get("concision")
    if isinstance(concision, int | float):
        parts.append(f"{concision:.0%} of it served a point")
    return "; ".join(parts)
