"""A list that stops at its ends: Down on the last point stays there instead of wrapping to the
first (a candidate reading the points one by one loses their place otherwise)."""

from __future__ import annotations

from textual.widgets import OptionList


class PointList(OptionList):
    def action_cursor_down(self) -> None:
        if self.highlighted is not None and self.highlighted >= self.option_count - 1:
            return
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.highlighted is not None and self.highlighted <= 0:
            return
        super().action_cursor_up()
