"""Issue 16, bug 11: the Question banks screen only counted. Now a user browses by stage and topic,
reads a question, sees its model answer on request, and practises it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Markdown, OptionList, Tree

from interviewer.app import InterviewerApp
from interviewer.bank.loader import load_banks
from interviewer.config import Settings
from interviewer.grading.grader import Grader
from interviewer.screens.banks import BanksScreen
from interviewer.screens.interview import InterviewScreen
from interviewer.store import Store, open_db

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"


async def test_browse_a_stage_read_a_question_and_practise_it(tmp_path: Path, grader: Grader) -> None:
    bank = load_banks([BANK])
    app = InterviewerApp(Settings(), Store(open_db(tmp_path / "b.db")), bank, grader_factory=lambda: grader)
    async with app.run_test(size=(80, 24)) as pilot:
        menu = app.screen.query_one("#menu", OptionList)
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
        menu.highlighted = ids.index("banks")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BanksScreen)
        tree = screen.query_one(Tree)
        stages = [str(node.label) for node in tree.root.children]
        assert stages[:2] == ["Phone screen (2)", "Technical (1)"]
        await pilot.press("down", "enter")  # open Technical
        await pilot.press("down", "enter")  # open its topic
        await pilot.press("down")  # its question
        await pilot.pause()
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        assert tree.cursor_node.data.id == "t.bias"
        detail = screen.query_one("#detail", Markdown)
        assert detail.source.startswith("### What is overfitting?")
        assert "Model answer" not in detail.source
        await pilot.press("a")
        await pilot.pause()
        assert "**Model answer:**" in detail.source and "memorises noise" in detail.source
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        session = app.screen.session
        assert session is not None and session.kind == "practice"
        assert session.interview.plan.question_ids == ["t.bias"]
