"""The report's plan and title, over a real SQLite file: "What to revisit next" names each topic
with the reason and the next review's date, in the Markdown and in the JSON export."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from interviewer.bank.schema import Question
from interviewer.grading.result import PointResult, Status
from interviewer.report import build_report, report_json, report_markdown, revisit_topics
from interviewer.store import Store, open_db
from tests.support import make_grade, make_question


def question(question_id: str, topic: str) -> Question:
    return make_question().model_copy(update={"id": question_id, "topic": topic})


def revisit_session(store: Store) -> int:
    """A revisit of three topics: one answered weakly, one stated wrongly, one skipped; and a
    fourth answered well, which is no topic to revisit."""
    session = store.start_session("revisit", "coach", {"plan": ["t.weak", "t.wrong", "t.skip", "t.good"]})
    weak = store.save_answer(session, question("t.weak", "ml/weak"), "We test.")
    store.save_grade(weak, replace(make_grade(), question_id="t.weak"))  # 57, point B missed
    wrong = store.save_answer(session, question("t.wrong", "ml/wrong"), "Tests slow us down.")
    said = PointResult("b", "Point B.", 2.0, Status.CONTRADICTED, 0.6, 0.0, evidence="Tests slow us down.")
    stated_wrongly = replace(make_grade(), question_id="t.wrong", score=80)
    store.save_grade(wrong, replace(stated_wrongly, points=(stated_wrongly.points[0], said)))
    store.save_answer(session, question("t.skip", "ml/skipped"), "", skipped=True)
    good = store.save_answer(session, question("t.good", "ml/good"), "We test.")
    store.save_grade(good, replace(make_grade(), question_id="t.good", score=90))
    store.end_session(session)
    return session


def day(when: date) -> str:
    return f"{when.day} {when:%b %Y}"


def test_what_to_revisit_names_topic_reason_and_next_review(tmp_path: Path) -> None:
    store = Store(open_db(tmp_path / "r.db"))
    report = build_report(store, revisit_session(store))
    assert report is not None
    cards = store.cards()
    due = {qid: card.due.astimezone().date() for qid, card in cards.items()}
    assert report.revisit == revisit_topics(report.items, cards)
    # Weakest first; the topic answered well is not there.
    assert [(t.topic, t.score, t.reason, t.due) for t in report.revisit] == [
        ("ml/skipped", 0, "skipped", due["t.skip"]),
        ("ml/weak", 57, "57/100, 1 point missed", due["t.weak"]),
        ("ml/wrong", 80, "1 point stated wrongly (you said “Tests slow us down.”)", due["t.wrong"]),
    ]

    text = report_markdown(report)
    plan = text.split("## What to revisit next")[1].split("## Questions")[0]
    assert f"- **ml/skipped** — skipped; next review {day(due['t.skip'])}" in plan
    assert f"- **ml/weak** — 57/100, 1 point missed; next review {day(due['t.weak'])}" in plan
    assert "- **ml/wrong** — 1 point stated wrongly (you said “Tests slow us down.”); next review " in plan
    assert "  - study: Point B." in plan and "ml/good" not in plan

    data = json.loads(report_json(report))["revisit"]
    assert [(t["topic"], t["reason"], t["due"]) for t in data] == [
        (t.topic, t.reason, t.due.isoformat() if t.due else None) for t in report.revisit
    ]
    assert data[1] == {
        "topic": "ml/weak",
        "score": 57,
        "reason": "57/100, 1 point missed",
        "study": ["Point B."],
        "due": due["t.weak"].isoformat(),
    }


def test_a_revisit_report_is_titled_as_one(tmp_path: Path) -> None:
    """Issue 16, bug 8: practice and revisit sessions were titled "Interview report"."""
    store = Store(open_db(tmp_path / "r.db"))
    report = build_report(store, revisit_session(store))
    assert report is not None
    text = report_markdown(report)
    assert text.startswith("# Revisit report — ") and "Interview report" not in text
