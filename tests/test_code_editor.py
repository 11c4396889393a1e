"""The coding editor indents like a Python editor (issue 16, bug 10: no auto-indent after ':')."""

from __future__ import annotations

from textual.app import App, ComposeResult

from interviewer.widgets.code_editor import CodeEditor, next_line_indent


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
