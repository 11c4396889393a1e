"""The stage bar: where the candidate is in the loop, and which question of how many."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Label

from interviewer.bank.schema import Stage

SHORT_NAMES = {
    Stage.PHONE_SCREEN: "Phone",
    Stage.TECHNICAL: "Technical",
    Stage.CODING: "Coding",
    Stage.RESEARCH: "Research",
    Stage.SYSTEM_DESIGN: "Design",
    Stage.BEHAVIORAL: "Behavioral",
}


class StageBar(Horizontal):
    current: reactive[Stage | None] = reactive(None)
    position: reactive[str] = reactive("")
    clock: reactive[str] = reactive("")
    overtime: reactive[bool] = reactive(False)
    grading: reactive[int] = reactive(0)  # answers being graded: "grading…" shows while any are

    def __init__(self, stages: list[Stage], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.stages = stages

    def compose(self) -> ComposeResult:
        for stage in self.stages:
            yield Label(SHORT_NAMES[stage], id=f"stage-{stage.value}", classes="stage")
        yield Label("", id="position")
        yield Label("", id="grading")
        yield Label("", id="clock")

    def watch_current(self, current: Stage | None) -> None:
        passed = True
        for stage in self.stages:
            label = self.query_one(f"#stage-{stage.value}", Label)
            label.set_class(stage is current, "-current")
            if stage is current:
                passed = False
            label.set_class(passed and current is not None, "-done")

    def watch_position(self, position: str) -> None:
        self.query_one("#position", Label).update(position)

    def watch_clock(self, clock: str) -> None:
        self.query_one("#clock", Label).update(clock)

    def watch_grading(self, grading: int) -> None:
        self.query_one("#grading", Label).update("grading…" if grading else "")

    def watch_overtime(self, overtime: bool) -> None:
        self.query_one("#clock", Label).set_class(overtime, "-overtime")
