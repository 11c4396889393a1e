"""Home: pick a question to practise."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from interviewer.bank.schema import Stage

if TYPE_CHECKING:
    from interviewer.app import InterviewerApp


class HomeScreen(Screen[None]):
    CSS_PATH = "home.tcss"
    BINDINGS = [
        Binding("enter", "practise", "Practise", show=False, id="home.practise"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "Pick a question to practise. Answers are saved as you submit them; "
            "grading starts once the model is ready.",
            id="intro",
        )
        yield OptionList(*self._options(), id="questions")
        yield Footer()

    def _options(self) -> list[Option | None]:
        app = cast("InterviewerApp", self.app)
        options: list[Option | None] = []
        for stage in Stage:
            questions = [q for q in app.bank.questions if q.stage is stage]
            if not questions:
                continue
            if options:
                options.append(None)
            options.append(Option(f"[b]{stage.title}[/b]", disabled=True))
            options.extend(Option(f"  {q.prompt}", id=q.id) for q in questions)
        return options

    @on(OptionList.OptionSelected, "#questions")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        from interviewer.screens.practice import PracticeScreen

        app = cast("InterviewerApp", self.app)
        question = app.bank.get(event.option.id or "")
        if question is not None:
            self.app.push_screen(PracticeScreen(question))
