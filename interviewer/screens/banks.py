"""The question banks: browse by stage and topic, read a question, practise it.

A tree of stages, topics and questions on the left; the selected question (or a summary of the
banks, and any file problems) on the right. Enter or p on a question practises it.
"""

from __future__ import annotations

from collections import Counter

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown, Tree

from interviewer import paths
from interviewer.bank.schema import Question, Stage
from interviewer.screens.base import InterviewerAppAccess

DIFFICULTY = {1: "easy", 2: "medium", 3: "hard"}


def question_markdown(question: Question, *, model_answer: bool = False) -> str:
    """A question as the browser shows it: what is asked, why, how long, what a good answer
    covers (by count, not by content: practising it is the point), and the tip."""
    minutes, seconds = divmod(question.time_limit_s, 60)
    lines = [
        f"### {question.prompt}",
        "",
        f"*{question.stage.title} · `{question.topic}` · {DIFFICULTY.get(question.difficulty, '?')} · "
        f"{minutes}:{seconds:02d} suggested · {len(question.points)} points graded · `{question.id}`*",
        "",
        f"**Why it is asked:** {question.why_asked}",
        "",
        f"**Tip:** {question.tip}",
    ]
    if question.coding is not None:
        lines += ["", "A coding question: you write the function, its tests run, and you explain it."]
    if question.follow_ups:
        lines += ["", f"The interviewer may follow up ({len(question.follow_ups)} scripted follow-ups)."]
    if model_answer:
        lines += ["", "---", "", "**Model answer:**", "", question.model_answer.strip()]
    else:
        lines += ["", "*Enter or p: practise it · a: the model answer*"]
    return "\n".join(lines)


class BanksScreen(InterviewerAppAccess, Screen[None]):
    CSS_PATH = "banks.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="banks.back"),
        Binding("p", "practise", "Practise", id="banks.practise", tooltip="Practise the selected question"),
        Binding("a", "model_answer", "Model answer", id="banks.model_answer"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="browser"):
            yield self._tree()
            with VerticalScroll(id="body"):
                yield Markdown(self._summary(), id="detail")
        yield Footer()

    def on_mount(self) -> None:
        tree = self.query_one(Tree)
        tree.cursor_line = 0  # Enter opens the first stage at once, as on Home
        tree.focus()

    def _tree(self) -> Tree[Question | None]:
        bank = self._app.bank
        tree: Tree[Question | None] = Tree(f"{len(bank)} questions", id="tree")
        tree.show_root = False
        for stage in Stage:
            questions = [q for q in bank.questions if q.stage is stage]
            if not questions:
                continue
            stage_node = tree.root.add(f"{stage.title} ({len(questions)})", expand=False)
            for topic in sorted({q.topic for q in questions}):
                in_topic = sorted((q for q in questions if q.topic == topic), key=lambda q: q.id)
                topic_node = stage_node.add(f"{topic} ({len(in_topic)})")
                for question in in_topic:
                    label = question.prompt if len(question.prompt) <= 60 else question.prompt[:59] + "…"
                    topic_node.add_leaf(label, data=question)
        return tree

    def _summary(self) -> str:
        bank = self._app.bank
        lines = [f"## {len(bank)} questions in {len(bank.files)} files", ""]
        for stage in Stage:
            topics = Counter(q.topic for q in bank.questions if q.stage is stage)
            if topics:
                lines.append(f"**{stage.title}** ({sum(topics.values())}): {len(topics)} topics")
                lines.append("")
        lines += [
            "Open a stage, then a topic, to read its questions; Enter practises one.",
            "",
            f"Add your own banks as YAML files in `{paths.user_banks_dir()}` "
            "(see the README); check them with `interviewer bank validate`.",
        ]
        if bank.problems:
            lines += ["", "### Problems (these files were skipped)", ""]
            lines += [f"- `{p}`" for p in bank.problems]
        return "\n".join(lines)

    def _selected(self) -> Question | None:
        node = self.query_one(Tree).cursor_node
        return node.data if node is not None else None

    @on(Tree.NodeHighlighted)
    def _show(self, event: Tree.NodeHighlighted[Question | None]) -> None:
        question = event.node.data
        self.query_one("#detail", Markdown).update(
            question_markdown(question) if question is not None else self._summary()
        )

    @on(Tree.NodeSelected)
    def _selected_node(self, event: Tree.NodeSelected[Question | None]) -> None:
        if event.node.data is not None:
            self.action_practise()

    def action_model_answer(self) -> None:
        question = self._selected()
        if question is not None:
            self.query_one("#detail", Markdown).update(question_markdown(question, model_answer=True))

    def action_practise(self) -> None:
        from interviewer.interview import InterviewPlan, Mode
        from interviewer.screens.interview import InterviewScreen

        question = self._selected()
        if question is None:
            self.notify("Choose a question first (open a stage, then a topic).")
            return
        app = self._app
        plan = InterviewPlan.from_ids(app.bank, [question.id])
        self.app.push_screen(InterviewScreen(plan, Mode(app.settings.mode), kind="practice", length="quick"))
