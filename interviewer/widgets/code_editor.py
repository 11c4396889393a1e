"""The coding round's editor: a Python code editor that indents a new line as the one above it,
one level deeper after a line ending in ":" (as every Python editor does)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import TextArea

INDENT = "    "


def next_line_indent(line: str) -> str:
    """The indentation for the line after ``line``: the same, one level deeper after a block
    opener (a line ending in ":", comments aside), one level shallower after a line that ends
    its block (return, pass, raise, break, continue)."""
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    code = line.split("#", 1)[0].rstrip()
    if code.endswith(":"):
        return indent + INDENT
    stripped = code.strip()
    if stripped.split(" ", 1)[0] in {"return", "pass", "raise", "break", "continue"} and indent:
        return indent[: max(0, len(indent) - len(INDENT))]
    return indent


class CodeEditor(TextArea):
    BINDINGS = [Binding("enter", "newline", "New line", show=False, priority=True)]

    def action_newline(self) -> None:
        if self.read_only:
            return
        start, end = self.selection
        row, column = min(start, end)
        before = self.document.get_line(row)[:column]
        self.replace("\n" + next_line_indent(before), start, end)
