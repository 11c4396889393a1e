"""Text boxes: every one survives undoing a long paste, and the coding round's editor is a
Python code editor that indents a new line as the one above it, one level deeper after a line
ending in ":" (as every Python editor does)."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea
from textual.widgets.text_area import Location

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


class SafeTextArea(TextArea):
    """A TextArea that survives undoing a long paste (every text box the user types in)."""

    def _recompute_cursor_offset(self) -> None:
        """Textual's TextArea (8.x, its issue 6686): undoing a long paste restores the shorter
        text before the cursor, and a scrollbar refresh in between asks where a row that no
        longer exists is drawn, which raised ValueError and closed the app. This visual cache
        alone is computed from the cursor clamped to the text; the undo then moves the cursor."""
        try:
            super()._recompute_cursor_offset()
        except ValueError:
            location: Location = self.clamp_visitable(self.cursor_location)
            self._cursor_offset = self.wrapped_document.location_to_offset(location)


class CodeEditor(SafeTextArea):
    """Enter is handled in the key handler itself, as Textual's TextArea guide shows for custom
    keys, so the new line and its indent land in order however fast keys arrive (a binding runs
    later, and fast typing then interleaved characters with the new lines)."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key != "enter" or self.read_only:
            await super()._on_key(event)
            return
        event.stop()
        event.prevent_default()
        start, end = self.selection
        row, column = min(start, end)
        before = self.document.get_line(row)[:column]
        self.replace("\n" + next_line_indent(before), start, end)
