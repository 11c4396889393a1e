"""Feedback text for a grade, as Markdown: shared by the app, reports and exports."""

from __future__ import annotations

from interviewer.bank.schema import Question
from interviewer.grading.result import Grade, Status

_LABELS = {
    Status.COVERED: "✓ covered",
    Status.PARTIAL: "~ partial",
    Status.MISSED: "✗ missed",
}


def grade_markdown(question: Question, grade: Grade, *, show_model_answer: bool = False) -> str:
    lines = [f"### Score {grade.score}/100", ""]
    for point in grade.points:
        lines.append(f"- **{_LABELS[point.status]}** ({point.similarity:.2f}) — {point.text}")
        if point.evidence:
            lines.append(f"  - you said: *“{_one_line(point.evidence)}”*")
    if grade.flags:
        lines += ["", "**Flags**", ""]
        lines += [f"- `{flag.code.value}` {flag.message}" for flag in grade.flags]
    lines += ["", f"**Tip:** {question.tip}"]
    if show_model_answer:
        lines += ["", "**Model answer**", "", question.model_answer]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())
