"""The package's layers hold by test, not by habit: the core never imports the UI or the command
line, and no two parts import each other, deferred imports included."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "interviewer"
# The core: what a headless interview needs. It must not import textual or click.
CORE = [
    "interviewer.bank.loader",
    "interviewer.bank.schema",
    "interviewer.bank.importer",
    "interviewer.grading.grader",
    "interviewer.grading.story",
    "interviewer.grading.overrides",
    "interviewer.grading.asag",
    "interviewer.grading.audit",
    "interviewer.scheduling",
    "interviewer.store",
    "interviewer.interview",
    "interviewer.session",
    "interviewer.verdict",
    "interviewer.report",
    "interviewer.progress",
    "interviewer.script",
    "interviewer.services",
    "interviewer.synthetic",
    "interviewer.coding.runner",
    "interviewer.voice",
]


def test_the_core_never_imports_the_ui() -> None:
    """In a fresh interpreter, importing every core module loads no Textual."""
    check = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'textual' in sys.modules:\n"
        "        print(name)\n"
        "        break\n"
    )
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert out.stdout == "", f"a core module imports Textual: {out.stdout}"


def test_the_core_never_imports_the_ui_or_the_command_line_even_deferred() -> None:
    """No core file imports textual or click, at the top or inside a function (sqlite-utils
    brings click along with it; that is its business)."""
    for name in CORE:
        module = PACKAGE.parent / Path(*name.split("."))
        path = module / "__init__.py" if module.is_dir() else module.with_suffix(".py")
        files = list(module.rglob("*.py")) if module.is_dir() else [path]
        for file in files:
            tree = ast.parse(file.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else []
                )
                ui = [n for n in names if n.split(".")[0] in ("textual", "click")]
                assert not ui, f"{file.relative_to(PACKAGE.parent)} imports {ui}"


def _unit(module: str) -> str:
    """The part of the package a module belongs to: ``interviewer.grading`` for its modules."""
    return ".".join(module.split(".")[:2])


def _imports(path: Path) -> set[str]:
    """Every ``interviewer`` module a file imports, at the top or deferred inside a function,
    except under ``if TYPE_CHECKING:`` (never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("interviewer.")}


def _graph() -> dict[str, set[str]]:
    units = {f"interviewer.{p.stem}" for p in PACKAGE.glob("*.py")} | {
        f"interviewer.{p.name}" for p in PACKAGE.iterdir() if (p / "__init__.py").exists()
    }
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        source = _unit(".".join(parts))
        targets = {_unit(name) for name in _imports(path)} & units
        graph.setdefault(source, set()).update(targets - {source})
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, if it has any."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_part_of_the_package_imports_one_that_imports_it() -> None:
    graph = _graph()
    assert "interviewer.grading" in graph and "interviewer.bank" in graph["interviewer.grading"]
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])
    # The check sees deferred imports: a cycle through one is found.
    assert _cycle({**graph, "interviewer.bank": graph["interviewer.bank"] | {"interviewer.store"}})
