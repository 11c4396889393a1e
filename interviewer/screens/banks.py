"""The question banks: how many questions per stage and topic, and any file problems."""

from __future__ import annotations

from collections import Counter

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown

from interviewer import paths
from interviewer.bank.schema import Stage
from interviewer.screens.base import InterviewerAppAccess


class BanksScreen(InterviewerAppAccess, Screen[None]):
    CSS_PATH = "banks.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="banks.back")]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="body"):
            yield Markdown(self._summary())
        yield Footer()

    def _summary(self) -> str:
        bank = self._app.bank
        lines = [f"## {len(bank)} questions in {len(bank.files)} files", ""]
        for stage in Stage:
            topics = Counter(q.topic for q in bank.questions if q.stage is stage)
            if topics:
                lines.append(
                    f"**{stage.title}** ({sum(topics.values())}): "
                    + ", ".join(f"`{t}` {n}" for t, n in sorted(topics.items()))
                )
                lines.append("")
        lines += [
            f"Add your own banks as YAML files in `{paths.user_banks_dir()}` "
            "(see the README); check them with `interviewer bank validate`.",
        ]
        if bank.problems:
            lines += ["", "### Problems (these files were skipped)", ""]
            lines += [f"- `{p}`" for p in bank.problems]
        return "\n".join(lines)
