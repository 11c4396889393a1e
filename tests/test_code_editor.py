"""The coding editor indents like a Python editor (issue 16, bug 10: no auto-indent after ':')."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import TextArea

from interviewer.widgets.code_editor import CodeEditor, SafeTextArea, next_line_indent


class EditorApp(App[None]):
    def compose(self) -> ComposeResult:
        yield CodeEditor.code_editor(id="code", language="python")


async def test_enter_keeps_the_indent_and_deepens_it_after_a_colon() -> None:
    app = EditorApp()
    async with app.run_test() as pilot:
        editor = app.query_one(CodeEditor)
        editor.focus()
        await pilot.press(*"def f(x):", "enter", *"if x:", "enter", *"return 1", "enter", *"return 0")
        assert editor.text == "def f(x):\n    if x:\n        return 1\n    return 0"
        # Enter in the middle of a line splits it, the rest keeping the indent.
        editor.text = "def g():\n    a = 1"
        editor.cursor_location = (1, 9)
        await pilot.press("enter", *"b = 2")
        assert editor.text == "def g():\n    a = 1\n    b = 2"


def test_next_line_indent() -> None:
    assert next_line_indent("for i in range(3):  # loop") == "    "
    assert next_line_indent("        x = {") == "        "
    assert next_line_indent("    return best") == ""
    assert next_line_indent("plain") == ""


class SmallEditorApp(App[None]):
    """A text box in a short pane, as in the coding round at 80x24: the code editor, or the
    answer box (soft-wrapped)."""

    CSS = "TextArea { height: 6; }"

    def __init__(self, code: bool) -> None:
        super().__init__()
        self.code = code

    def compose(self) -> ComposeResult:
        if self.code:
            yield CodeEditor.code_editor("line0\nline1\n", id="code", language="python")
        else:
            yield SafeTextArea("line0\nline1\n", id="answer", soft_wrap=True)


@pytest.mark.parametrize("code", [True, False], ids=["code-editor", "answer-box"])
async def test_undoing_a_long_paste_does_not_close_the_app(code: bool) -> None:
    """Found walking a full interview: pasting a solution and undoing it closed the app with
    "ValueError: The document line index ... is out of bounds" (a Textual TextArea bug, undo
    restores the shorter text before the cursor). What was typed is kept and the app stays up."""
    app = SmallEditorApp(code)
    async with app.run_test(size=(60, 12)) as pilot:
        editor = app.query_one(TextArea)
        editor.focus()
        app.copy_to_clipboard("\n".join(f"x{i} = {i}" for i in range(2, 50)))
        await pilot.press("ctrl+v")
        await pilot.pause()
        assert editor.document.line_count > 40
        for _ in range(3):
            await pilot.press("ctrl+z")
            await pilot.pause()
        assert editor.text.startswith("line0\nline1")
        await pilot.press(*"y = 1")
        assert "y = 1" in editor.text
