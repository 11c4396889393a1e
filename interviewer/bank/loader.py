"""Load question banks from YAML, reporting every problem as ``file:line: field.path: message``.

A broken file is skipped (with its problems reported) and the other files still load. Duplicate
question ids across files are reported with both places; the first one found wins.

Only safe YAML is read (no Python object tags), and line numbers come from the composed node
tree, so a message points at the key or value the user has to fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from interviewer.bank.schema import BankFile, Question

MAX_BANK_BYTES = 5_000_000
# libyaml's safe loader when present (ten times faster), else PyYAML's; both only build plain data.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class BankProblem:
    """One thing wrong with a bank file, located as precisely as we can."""

    path: Path
    line: int  # 1-based; 0 when the file as a whole is at fault
    field: str  # dotted path such as ``questions[2].points[0].weight``; empty for the file
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass(frozen=True)
class LoadedQuestion:
    question: Question
    path: Path
    line: int


@dataclass
class QuestionBank:
    """All questions from all bank files that loaded, plus the problems of those that did not."""

    entries: dict[str, LoadedQuestion] = field(default_factory=dict)
    problems: list[BankProblem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def questions(self) -> list[Question]:
        return [e.question for e in self.entries.values()]

    def get(self, question_id: str) -> Question | None:
        entry = self.entries.get(question_id)
        return entry.question if entry else None

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, question_id: object) -> bool:
        return question_id in self.entries


# --------------------------------------------------------------------------- line mapping


def _node_lines(node: yaml.Node, prefix: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    out.setdefault(prefix, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            # The key's own line is where a wrong or unknown key is reported.
            out[(*prefix, ("key", key))] = key_node.start_mark.line + 1
            # A field is located at its key: that is the line a block list or mapping starts on.
            out[(*prefix, key)] = key_node.start_mark.line + 1
            _node_lines(value_node, (*prefix, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _node_lines(item, (*prefix, index), out)


class _DuplicateCheckingLoader(_SAFE_LOADER):  # type: ignore[misc, valid-type]
    """Safe loading that also records duplicate keys (PyYAML silently keeps the last one) and
    the line of each question, in the same single pass."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[int, str, str]] = []
        self.question_lines: dict[int, int] = {}

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value in seen:
                    message = f"duplicate key (also on line {seen[key_node.value]})"
                    self.duplicates.append((line, str(key_node.value), message))
                seen.setdefault(key_node.value, line)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

    def construct_document(self, node: yaml.Node) -> Any:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if getattr(key_node, "value", None) == "questions" and isinstance(
                    value_node, yaml.SequenceNode
                ):
                    for index, item in enumerate(value_node.value):
                        self.question_lines[index] = item.start_mark.line + 1
        return super().construct_document(node)


def _duplicate_keys(node: yaml.Node, prefix: str, path: Path) -> list[BankProblem]:
    problems: list[BankProblem] = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                name = _join(prefix, key_node.value)
                if key_node.value in seen:
                    message = f"duplicate key (also on line {seen[key_node.value]})"
                    problems.append(BankProblem(path, line, name, message))
                seen.setdefault(key_node.value, line)
                problems.extend(_duplicate_keys(value_node, name, path))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems.extend(_duplicate_keys(item, f"{prefix}[{index}]", path))
    return problems


def _join(prefix: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    return f"{prefix}.{key}" if prefix else str(key)


def _dotted(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        out = _join(out, part)
    return out


def _line_for(loc: tuple[Any, ...], lines: dict[tuple[Any, ...], int], unknown_key: bool) -> int:
    if unknown_key and loc:
        key_line = lines.get((*loc[:-1], ("key", loc[-1])))
        if key_line:
            return key_line
    # Walk up until a located node is found (a missing field is reported at its parent).
    for cut in range(len(loc), -1, -1):
        line = lines.get(tuple(loc[:cut]))
        if line:
            return line
    return 1


def _friendly(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; see the schema in interviewer/bank/schema.py)"
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"must be one of {expected} (got {error.get('input')!r})"
    if kind == "string_pattern_mismatch":
        return (
            f"{error.get('input')!r} is not a valid name: use lowercase letters, digits, "
            "'-', '_' (and '.' in ids, '/' between topic parts)"
        )
    message = str(error.get("msg", "invalid value"))
    return message.removeprefix("Value error, ")


# --------------------------------------------------------------------------- loading


def parse_bank_file(path: Path) -> tuple[list[LoadedQuestion], list[BankProblem]]:
    """Parse and validate one file. Returns its questions, or none and the problems found."""
    try:
        size = path.stat().st_size
        if size > MAX_BANK_BYTES:
            return [], [BankProblem(path, 0, "", f"file is too large ({size:,} bytes)")]
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [], [BankProblem(path, 0, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
    except OSError as exc:
        return [], [BankProblem(path, 0, "", f"cannot read file: {exc.strerror or exc}")]

    try:
        loader = _DuplicateCheckingLoader(text)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        reason = exc.problem or exc.context or "invalid YAML"
        return [], [BankProblem(path, line, "", f"YAML syntax error: {reason}")]
    except yaml.YAMLError as exc:
        return [], [BankProblem(path, 0, "", f"YAML error: {exc}")]
    except (RecursionError, ValueError, TypeError) as exc:
        return [], [BankProblem(path, 0, "", f"YAML error: {type(exc).__name__}")]

    if data is None:
        return [], [BankProblem(path, 1, "", "file is empty: expected a mapping with 'questions'")]
    if not isinstance(data, dict):
        kind = type(data).__name__
        return [], [BankProblem(path, 1, "", f"expected a mapping with 'questions', got {kind}")]

    problems: list[BankProblem] = []
    if loader.duplicates:  # rare: compose again to name each duplicate by its full path
        problems = _duplicate_keys(yaml.compose(text, Loader=_SAFE_LOADER), "", path)
    try:
        bank = BankFile.model_validate(data)
    except ValidationError as exc:
        # Only now is the file composed a second time, for the line of every field.
        lines: dict[tuple[Any, ...], int] = {}
        _node_lines(yaml.compose(text, Loader=_SAFE_LOADER), (), lines)
        errors = exc.errors()
        nested = {tuple(e["loc"][:-1]) for e in errors if len(e["loc"]) > 1}
        for error in errors:
            loc = tuple(error["loc"])
            if error.get("type") == "too_short" and any(n[: len(loc)] == loc for n in nested):
                continue  # "needs at least one item" only because its items were invalid
            unknown = error.get("type") == "extra_forbidden"
            problems.append(BankProblem(path, _line_for(loc, lines, unknown), _dotted(loc), _friendly(error)))
        return [], sorted(problems, key=lambda p: p.line)
    if problems:
        return [], problems

    loaded = [LoadedQuestion(q, path, loader.question_lines.get(i, 1)) for i, q in enumerate(bank.questions)]
    return loaded, []


def bank_files(folders: Iterable[Path]) -> list[Path]:
    """The YAML files of the given folders (or files), in a stable order."""
    files: list[Path] = []
    for folder in folders:
        if folder.is_file():
            files.append(folder)
        elif folder.is_dir():
            files.extend(sorted(p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"}))
    return files


def load_banks(paths: Iterable[Path]) -> QuestionBank:
    """Load every bank file under ``paths``; problems are collected, never raised."""
    bank = QuestionBank()
    for path in bank_files(paths):
        bank.files.append(path)
        questions, problems = parse_bank_file(path)
        bank.problems.extend(problems)
        for entry in questions:
            existing = bank.entries.get(entry.question.id)
            if existing is not None:
                bank.problems.append(
                    BankProblem(
                        entry.path,
                        entry.line,
                        "id",
                        f"duplicate question id {entry.question.id!r}: "
                        f"already defined at {existing.path}:{existing.line}",
                    )
                )
                continue
            bank.entries[entry.question.id] = entry
    return bank
