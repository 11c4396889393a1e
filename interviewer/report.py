"""The end-of-interview report, as data, Markdown or JSON (shared by the app and the CLI)."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import STAGE_TITLES, Stage
from interviewer.grading.overrides import apply_overrides
from interviewer.grading.present import (
    counting,
    delivery_line,
    follow_up_markdown,
    point_markdown,
    score_sum,
)
from interviewer.grading.result import Grade
from interviewer.grading.story import PART_ADVICE
from interviewer.interview import CLOSING_TOPIC
from interviewer.store.store import AnswerRow, CardRow, SessionRow, Store
from interviewer.text import clip
from interviewer.verdict import Answered, Reason, Verdict, counted_score, make_verdict, mean_score


@dataclass(frozen=True)
class ReportItem:
    answer: AnswerRow
    grade: Grade | None  # with the user's overrides applied
    prompt: str
    tip: str | None
    time_limit_s: int | None = None  # the question's suggested time, when the bank has it
    first: tuple[str, int] | None = None  # (when, score) of the first answer to it, in an earlier sitting

    @property
    def score(self) -> int | None:
        return self.grade.score if self.grade else None

    @property
    def counted(self) -> int | None:
        """What it adds to the overall and its stage (0 when skipped): the verdict's rule."""
        return counted_score(self.score, self.answer.skipped, self.answer.topic == CLOSING_TOPIC)


@dataclass(frozen=True)
class Report:
    session: SessionRow
    items: list[ReportItem]
    overall: int | None
    by_stage: dict[str, int]
    strongest: list[tuple[str, int]]
    weakest: list[tuple[str, int]]
    time_used_s: float
    hints: int
    skipped: int
    revisit: list[RevisitTopic] = field(default_factory=list)  # topics to study again
    verdict: Verdict | None = None


STRONG_TOPIC_MIN = 60  # a topic's mean score must reach this to be listed among the strongest


def build_report(store: Store, session_id: int, bank: QuestionBank | None = None) -> Report | None:
    session = store.session(session_id)
    if session is None:
        return None
    items: list[ReportItem] = []
    for answer in store.answers(session_id):
        grade = apply_overrides(answer.grade, store.overrides(answer.id)) if answer.grade else None
        question = bank.get(answer.question_id) if bank else None
        items.append(
            ReportItem(
                answer=answer,
                grade=grade,
                prompt=answer.prompt or (question.prompt if question else answer.question_id),
                tip=question.tip if question else None,
                time_limit_s=question.time_limit_s if question else None,
                first=store.first_score(answer.question_id, answer.submitted_at),
            )
        )
    scored = [i for i in items if i.score is not None]
    plan = session.settings.get("plan")
    planned = len(plan) if isinstance(plan, list) else len(items)
    # Skipping "any questions for us?" is no skipped question of the loop.
    judged = [i for i in items if not (i.answer.skipped and i.answer.topic == CLOSING_TOPIC)]
    verdict = make_verdict(
        [
            Answered(
                i.answer.question_id,
                _stage_title(_row(i.answer)),
                i.prompt,
                i.score,
                skipped=i.answer.skipped,
                grade=i.grade,
                # Having no questions is a weak signal, not a failed round that caps the call.
                closing=i.answer.topic == CLOSING_TOPIC,
            )
            for i in judged
        ],
        max(planned, len(items)) - (len(items) - len(judged)),
    )
    overall = verdict.score
    # Honest arithmetic: a skipped question counts as 0, in the overall and in its stage.
    by_stage: dict[str, list[int | None]] = {}
    by_topic: dict[str, list[int]] = {}
    for item in items:
        by_stage.setdefault(_row(item.answer), []).append(item.counted)
    for item in scored:
        by_topic.setdefault(item.answer.topic or "?", []).append(item.score or 0)
    topic_means = sorted(((t, round(statistics.mean(v))) for t, v in by_topic.items()), key=lambda x: -x[1])
    # Strongest and weakest never share a topic (with three topics: one strong, two weak).
    n_weak = min(3, (len(topic_means) + 1) // 2) if len(topic_means) > 1 else 0
    # Only a topic answered well is "strong": a best score of 10 is not a strength.
    strongest = [t for t in topic_means[: min(3, len(topic_means) - n_weak)] if t[1] >= STRONG_TOPIC_MIN]
    weakest = list(reversed(topic_means[len(topic_means) - n_weak :]))
    revisit = revisit_topics(items, store.cards())
    return Report(
        session=session,
        items=items,
        overall=overall,
        by_stage={s: score for s, v in by_stage.items() if (score := mean_score(v)) is not None},
        strongest=strongest,
        weakest=weakest,
        time_used_s=sum(i.answer.duration_s or 0.0 for i in items),
        hints=sum(i.answer.hints_used for i in items),
        skipped=sum(i.answer.skipped for i in items),
        revisit=revisit[:REVISIT_TOPICS],
        verdict=verdict,
    )


# "What to revisit" names at most this many topics, weakest first.
REVISIT_TOPICS = 5
# An answer under this (or with a point contradicted, or skipped) sends its topic to revisit.
REVISIT_BELOW = 70


@dataclass(frozen=True)
class RevisitTopic:
    """A topic to study again: why (the answer's worst problem), when its next review is due, and
    what to study (a point's gist, or for a story the part to tell)."""

    topic: str
    score: int  # the topic's weakest answer in this session (0 when skipped)
    reason: str
    study: tuple[str, ...]
    due: date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "score": self.score,
            "reason": self.reason,
            "study": list(self.study),
            "due": self.due.isoformat() if self.due else None,
        }


def revisit_topics(items: Sequence[ReportItem], cards: dict[str, CardRow]) -> list[RevisitTopic]:
    """The topics this session says to revisit, weakest first, each with its reason and due date."""
    worst: dict[str, tuple[int, ReportItem]] = {}
    for item in items:
        answer = item.answer
        score = item.counted
        if answer.topic in (None, CLOSING_TOPIC) or score is None:
            continue
        stated_wrongly = item.grade is not None and bool(item.grade.contradicted)
        if score >= REVISIT_BELOW and not stated_wrongly:
            continue
        topic = answer.topic or "?"
        if topic not in worst or score < worst[topic][0]:
            worst[topic] = (score, item)
    out = []
    for topic, (score, item) in sorted(worst.items(), key=lambda kv: kv[1][0]):
        grade = item.grade
        study: list[str] = []
        if item.answer.skipped or grade is None:
            reason = "skipped"
        else:
            wrong = grade.contradicted
            missed = grade.missed
            # A story's missing part is named, never a sentence of the model answer's story.
            study = [
                f"tell {PART_ADVICE[p.part]}" if p.part in PART_ADVICE else p.text for p in [*wrong, *missed]
            ]
            if wrong:
                said = f" (you said “{clip(wrong[0].evidence, 80)}”)" if wrong[0].evidence else ""
                reason = f"{len(wrong)} point{'s' * (len(wrong) != 1)} stated wrongly{said}"
            else:
                reason = f"{score}/100, {len(missed)} point{'s' * (len(missed) != 1)} missed"
        card = cards.get(item.answer.question_id)
        due = card.due.astimezone().date() if card is not None else None
        out.append(RevisitTopic(topic, score, reason, tuple(dict.fromkeys(study))[:3], due))
    return out


# The closing "any questions for us?" is its own row, not part of the phone screen it follows.
QUESTIONS_ROW = "questions"


def _row(answer: Any) -> str:
    """The report row an answer belongs to: its stage, or the closing questions' own row."""
    return QUESTIONS_ROW if answer.topic == CLOSING_TOPIC else (answer.stage or "?")


def _stage_title(value: str) -> str:
    if value == QUESTIONS_ROW:
        return "Questions for us"
    try:
        return STAGE_TITLES[Stage(value)]
    except ValueError:
        return value


def _day(when: str) -> str:
    """'2026-12-03T...' as '3 Dec 2026'."""
    from datetime import datetime

    try:
        day = datetime.fromisoformat(when.replace("Z", "+00:00"))
    except ValueError:
        return when[:10]
    return f"{day.day} {day:%b %Y}"


def first_to_now(first_at: str, first: int, now: int) -> str:
    """Progress on a question answered again, where it started and where it is now: "first 24
    on 3 Dec 2026 → 98 now" (the report's words, and Progress's)."""
    return f"first {first} on {_day(first_at)} → {now} now"


def _minutes(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes}:{secs:02d}"


REPORT_TITLES = {
    "practice": "Practice report",
    "revisit": "Revisit report",
    "screen": "Technical screen report",
    "spoken": "Spoken phone screen report",
}


def plural(count: int, noun: str) -> str:
    """ "1 question", "2 questions"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def report_markdown(report: Report) -> str:
    session = report.session
    title = REPORT_TITLES.get(session.kind, "Interview report")
    lines = [
        f"# {title} — {session.started_at[:16].replace('T', ' ')} UTC",
        "",
        f"**Overall score:** {report.overall if report.overall is not None else '—'}/100 · "
        f"mode {session.mode or '—'} · {plural(len(report.items), 'question')} · "
        f"time {_minutes(report.time_used_s)}"
        f" · hints {report.hints} · skipped {report.skipped}",
        "",
    ]
    verdict = report.verdict
    calls = {c.stage: c for c in verdict.stages} if verdict else {}
    if verdict is not None:
        lines += [f"**Verdict:** {verdict.summary}", ""]
        lines += [f"- {reason_markdown(reason)}" for reason in verdict.reasons]
        if verdict.reasons:
            lines.append("")
    lines += [
        "## By stage",
        "",
        "| stage | score | call | why |",
        "| --- | --- | --- | --- |",
    ]
    for stage, value in report.by_stage.items():
        title = _stage_title(stage)
        call = calls.get(title)
        # Every reason that decided the stage's call (at most three), each with its evidence.
        why = " · ".join(reason_markdown(r, 80) for r in call.reasons).replace("|", "\\|") if call else ""
        lines.append(f"| {title} | {value} | {call.call.value if call else '—'} | {why} |")
    if report.strongest:
        lines += ["", "**Strongest topics:** " + ", ".join(f"{t} ({v})" for t, v in report.strongest)]
    if report.weakest:
        lines += ["", "**Weakest topics:** " + ", ".join(f"{t} ({v})" for t, v in report.weakest)]
    if report.revisit:
        lines += ["", "## What to revisit next", ""]
        for topic in report.revisit:
            due = f"; next review {_day(topic.due.isoformat())}" if topic.due else ""
            lines.append(f"- **{topic.topic}** — {topic.reason}{due}")
            lines += [f"  - study: {clip(gist, 160)}" for gist in topic.study]
        lines += [
            "",
            "*'interviewer revisit' asks what is due; 'interviewer plan' lays it out to your date.*",
        ]
    lines += ["", "## Questions", ""]
    for number, item in enumerate(report.items, start=1):
        answer = item.answer
        score = (
            "skipped" if answer.skipped else (f"{item.score}/100" if item.score is not None else "not graded")
        )
        lines += [f"### {number}. {item.prompt}", ""]
        suggested = f" of {_minutes(item.time_limit_s)} suggested" if item.time_limit_s else ""
        if item.first is not None and item.score is not None:
            score += f" ({first_to_now(*item.first, item.score)})"
        lines += [
            f"*{_stage_title(answer.stage or '')} · `{answer.topic}` · {score} · "
            f"time {_minutes(answer.duration_s or 0)}{suggested} · hints {answer.hints_used}*",
            "",
        ]
        if answer.delivery:
            lines += [f"*Delivery: {delivery_line(answer.delivery)}*", ""]
        if answer.code:
            lines += ["```python", answer.code.rstrip(), "```", ""]
        if answer.code_result:
            run = answer.code_result
            tries = run.get("tries")
            attempt = f" (after {tries} tries)" if isinstance(tries, int) and tries > 1 else ""
            lines += [
                f"**Tests:** {run.get('passed')}/{run.get('total')} passed{attempt} — {run.get('message')}",
                "",
            ]
        if answer.text.strip():
            lines += ["> " + line for line in answer.text.strip().splitlines()] + [""]
        for follow in answer.followups:
            own = _follow_up_grade(follow)
            answered = ["> " + line for line in (follow.get("answer") or "").strip().splitlines()] + [""]
            if own is None:
                lines += [f"**Follow-up:** {follow.get('question', '')}", "", *answered]
            else:
                head, blank, *points = follow_up_markdown(str(follow.get("question", "")), own)
                lines += [head, blank, *answered, *points, ""]
        if item.grade:
            for point, counts in counting(item.grade):
                lines += point_markdown(point, counts, item.grade.best_of is not None)
            for flag in item.grade.flags:
                lines.append(f"- ! `{flag.code.value}` {flag.message}")
            lines += ["", *(f"*{line}*  " for line in score_sum(item.grade)), ""]
        if item.tip:
            lines += [f"**Tip:** {item.tip}", ""]
    return "\n".join(lines).rstrip() + "\n"


def reason_markdown(reason: Reason, width: int = 140) -> str:
    """A reason that decided a call, and the candidate's own words that decided it, if any."""
    said = f" — you said “{clip(reason.evidence, width)}”" if reason.evidence else ""
    return f"{reason.text}{said}"


def _follow_up_grade(follow: dict[str, Any]) -> Grade | None:
    """The own grade of a graded scripted follow-up, when it has one (and it reads)."""
    data = follow.get("grade")
    if not isinstance(data, dict):
        return None
    try:
        return Grade.from_dict(data)
    except (KeyError, TypeError, ValueError):
        return None


def report_json(report: Report) -> str:
    def item_data(item: ReportItem) -> dict[str, Any]:
        answer = item.answer
        return {
            "answer_id": answer.id,
            "question_id": answer.question_id,
            "stage": answer.stage,
            "topic": answer.topic,
            "prompt": item.prompt,
            "answer": answer.text,
            "followups": answer.followups,
            "code": answer.code,
            "code_result": answer.code_result,
            "delivery": answer.delivery,
            "submitted_at": answer.submitted_at,
            "duration_s": answer.duration_s,
            "hints_used": answer.hints_used,
            "skipped": answer.skipped,
            "score": item.score,
            "time_limit_s": item.time_limit_s,
            "first": {"submitted_at": item.first[0], "score": item.first[1]} if item.first else None,
            "grade": item.grade.to_dict() if item.grade else None,
        }

    data = {
        "session": {
            "id": report.session.id,
            "kind": report.session.kind,
            "mode": report.session.mode,
            "started_at": report.session.started_at,
            "ended_at": report.session.ended_at,
            "status": report.session.status,
        },
        "overall": report.overall,
        "by_stage": report.by_stage,
        "strongest_topics": [{"topic": t, "score": v} for t, v in report.strongest],
        "weakest_topics": [{"topic": t, "score": v} for t, v in report.weakest],
        "time_used_s": report.time_used_s,
        "hints": report.hints,
        "skipped": report.skipped,
        "revisit": [t.to_dict() for t in report.revisit],
        "verdict": verdict_data(report.verdict) if report.verdict else None,
        "answers": [item_data(i) for i in report.items],
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def verdict_data(verdict: Verdict) -> dict[str, Any]:
    def reasons(items: Sequence[Reason]) -> list[dict[str, str | None]]:
        return [{"reason": r.text, "evidence": r.evidence} for r in items]

    return {
        "call": verdict.call.value if verdict.call else None,
        "score": verdict.score,
        "summary": verdict.summary,
        "answered": verdict.answered,
        "planned": verdict.planned,
        "ended_early": verdict.ended_early,
        "skipped": verdict.skipped,
        "reasons": reasons(verdict.reasons),
        "stages": [
            {"stage": c.stage, "call": c.call.value, "score": c.score, "reasons": reasons(c.reasons)}
            for c in verdict.stages
        ],
    }
