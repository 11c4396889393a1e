"""Load question banks from YAML, reporting every problem as ``file:line: field.path: message``.

A broken file is skipped (with its problems reported) and the other files still load. Duplicate
question ids across files are reported with both places; the first one found wins.

Only safe YAML is read (no Python object tags), and line numbers come from the composed node
tree, so a message points at the key or value the user has to fix.

Hostile or broken input is a bank problem like any other, located where possible, never an
exception, a crash or a hang. Refused: files over ``MAX_BANK_BYTES``; nesting deeper than
``MAX_DEPTH`` (libyaml's composer recurses in C: ~25,000 ``[`` overflow an 8 MB stack and kill
the process); more than ``MAX_NODES`` values (PyYAML builds each in Python: a few MB of ``1,``
would take a minute); aliases that would add more than ``MAX_ALIAS_NODES`` nodes ("billion
laughs", merge-key bombs) or that refer to a collection containing them; scalars PyYAML cannot
build (``!!int ""`` raises IndexError, ``!!bool x`` KeyError, ``2001-13-45`` ValueError).

The checks keep the single-pass CSafeLoader fast path: character counts bound the depth and the
number of nodes, and only a text that may exceed them is walked event by event first; while
building, the constructor's breadth-first rounds count the depth for free; aliases are measured
from the anchored nodes alone, and only when the text has anchors and aliases.
"""

from __future__ import annotations

import bisect
import os
import re
import reprlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from interviewer.bank.schema import BankFile, Question

MAX_BANK_BYTES = 5_000_000
MAX_DEPTH = 100  # nested collections; a bank needs about 8 (JSON test values at most 50 more)
MAX_ALIAS_NODES = 100_000  # nodes that aliases may add when expanded
MAX_NODES = 100_000  # scalars and collections as written; the largest builtin bank has 6,400
MAX_PROBLEMS = 50  # per file; the rest are counted in one last problem
MAX_MESSAGE = 300  # characters of one problem's message
# Above this bound on the nesting depth, the depth is checked on the event stream before
# libyaml's recursive C composer sees the text (it overflows an 8 MB stack at ~25,000 levels).
_SAFE_COMPOSE_DEPTH = 5_000
# libyaml's safe loader when present (ten times faster), else PyYAML's; both only build plain data.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Where an anchor or an alias may be (see _tokens); libyaml's names are letters, digits, - and _.
_ANCHOR = re.compile(r"&([\w-]+)")
_ALIAS = re.compile(r"\*([\w-]+)")
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 60
_REPR.maxlevel = 2


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


# --------------------------------------------------------------------------- guards


class _LimitError(yaml.MarkedYAMLError):
    """A document over one of the limits (or a scalar that cannot be built), located at a node."""

    def __init__(self, message: str, mark: Any, where: str = "") -> None:  # libyaml's or PyYAML's Mark
        super().__init__(problem=message, problem_mark=mark)
        self.where = where


def _bounds(raw: bytes) -> tuple[int, int]:
    """Upper bounds on (nesting depth, number of nodes) of a YAML text, from character counts.

    Each level of nesting opens with a character of its own: '[' or '{' for a flow collection,
    '-' for a block sequence, ':' or '?' for a block mapping. Every node but the top one follows
    one of those or ',' (a block mapping's key comes before its ':', its value after), and may
    bring one empty value along (a key without one).
    """
    structural = len(raw) - len(raw.translate(None, b"[{-:?"))
    return structural, 2 * (1 + structural + raw.count(b","))


def _may_exceed(raw: bytes) -> bool:
    """Whether the text may nest deeper than libyaml's recursive composer safely takes, or hold
    more than MAX_NODES nodes. Cheap: a short text cannot; else two passes over the bytes."""
    if 2 * (len(raw) + 1) <= min(_SAFE_COMPOSE_DEPTH, MAX_NODES):
        return False
    depth, nodes = _bounds(raw)
    return depth > _SAFE_COMPOSE_DEPTH or nodes > MAX_NODES


def _libyaml_too_deep(exc: yaml.MarkedYAMLError) -> bool:
    """libyaml 0.2.6 and later (PyYAML 6.0.3+ wheels) refuse nesting past 1,000 levels on their
    own, while scanning ahead, before the event that would let us name the level."""
    return "maximum nesting depth" in (exc.problem or "")


def _check_events(text: str, loader: type = _SAFE_LOADER) -> None:
    """Raise at the first collection nested deeper than MAX_DEPTH, or at the node past
    MAX_NODES, reading the event stream (libyaml parses without recursion; its composer recurses).

    Where libyaml stops the scan itself, PyYAML's own parser (no depth limit, but slower) reads
    the same stream again, so the message and the line do not depend on the libyaml installed."""
    try:
        _walk_events(loader(text))
    except yaml.MarkedYAMLError as exc:
        if loader is yaml.SafeLoader or not _libyaml_too_deep(exc):
            raise
        _walk_events(yaml.SafeLoader(text))
        raise


def _walk_events(parser: Any) -> None:
    try:
        # Per open collection: [is_mapping, next index (sequence) or expecting a key (mapping), key]
        frames: list[list[Any]] = []
        path: list[Any] = []
        nodes = 0
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.CollectionEndEvent):
                frames.pop()
                path.pop()
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            part: Any = None
            if frames:
                frame = frames[-1]
                if not frame[0]:
                    part = frame[1]
                    frame[1] += 1
                elif frame[1]:
                    frame[1] = False
                    frame[2] = event.value if isinstance(event, yaml.ScalarEvent) else "<key>"
                    part = "<key>"
                else:
                    frame[1] = True
                    part = frame[2]
            nodes += 1
            if nodes > MAX_NODES:
                message = f"more than {MAX_NODES:,} values: too large to be a question bank"
                raise _LimitError(message, event.start_mark, _dotted([*path[1:], part]))
            if isinstance(event, yaml.CollectionStartEvent):
                is_mapping = isinstance(event, yaml.MappingStartEvent)
                frames.append([is_mapping, True if is_mapping else 0, None])
                path.append(part)
                if len(frames) > MAX_DEPTH:
                    raise _LimitError(_too_deep_message(), event.start_mark, _dotted(path[1:]))
    finally:
        parser.dispose()


def _too_deep_message() -> str:
    return f"nested more than {MAX_DEPTH} levels deep"


def _children(node: yaml.Node) -> list[tuple[Any, yaml.Node]]:
    if isinstance(node, yaml.SequenceNode):
        return list(enumerate(node.value))
    if isinstance(node, yaml.MappingNode):
        out: list[tuple[Any, yaml.Node]] = []
        for key_node, value_node in node.value:
            out.append(("<key>", key_node))
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "<key>"
            out.append((key, value_node))
        return out
    return []


def _tokens(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    """(offset, name) of every place ``pattern`` may start an anchor or alias token: a token
    never follows a letter or digit, so "Q&A" and "a*b" are not ones."""
    found = []
    for match in pattern.finditer(text):
        start = match.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            found.append((start, match.group(1)))
    return found


class _Finder:
    """Finds a composed node by its offset in the text: O(depth × log width) per look-up."""

    def __init__(self, root: yaml.Node) -> None:
        self.root = root
        self._sorted: dict[int, tuple[list[int], list[tuple[Any, yaml.Node]]]] = {}

    def find(self, offset: int) -> tuple[yaml.Node, list[Any]]:
        """The node starting at ``offset``, else the innermost one around it; and its path."""
        node, path = self.root, []
        while node.start_mark.index != offset and isinstance(node, yaml.CollectionNode):
            entry = self._sorted.get(id(node))
            if entry is None:
                children = sorted(_children(node), key=lambda pc: pc[1].start_mark.index)
                entry = [c.start_mark.index for _, c in children], children
                self._sorted[id(node)] = entry
            starts, children = entry
            index = bisect.bisect_right(starts, offset) - 1
            if index < 0:
                break
            part, child = children[index]
            if offset >= max(child.end_mark.index, child.start_mark.index + 1):
                break
            node = child
            path.append(part)
        return node, path


def _expansion(node: yaml.Node, memo: dict[int, tuple[int, int]], finder: _Finder) -> tuple[int, int]:
    """(nodes, collection levels) of ``node`` with every alias inside it expanded; each shared
    node is measured once. Raises at a collection that contains itself."""
    if not isinstance(node, yaml.CollectionNode):
        return 1, 0
    open_: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:
        current, done = stack.pop()
        key = id(current)
        if done:
            open_.discard(key)
            size, levels = 1, 0
            for _, child in _children(current):
                child_size, child_levels = memo.get(id(child), (1, 0))  # scalars are not stored
                size += child_size
                levels = max(levels, child_levels)
            memo[key] = (size, levels + 1)
            continue
        if key in memo:
            continue
        open_.add(key)
        stack.append((current, True))
        for _, child in _children(current):
            if not isinstance(child, yaml.CollectionNode) or id(child) in memo:
                continue
            if id(child) in open_:
                where = _dotted(finder.find(child.start_mark.index)[1])
                raise _LimitError("an alias refers to a collection that contains it", child.start_mark, where)
            stack.append((child, False))
    return memo[id(node)]


def _check_aliases(root: yaml.Node, text: str, anchors: list[tuple[int, str]]) -> None:
    """Raise if an alias refers to a collection containing it, if an anchored node nests deeper
    than MAX_DEPTH once its own aliases are expanded, or if the aliases would add more than
    MAX_ALIAS_NODES nodes. Expanding an alias adds its anchor's expanded size, so the sum over
    the aliases in the text is the growth: measured from the anchored nodes alone, building
    nothing."""
    aliases = _tokens(_ALIAS, text)
    if not aliases:
        return
    finder = _Finder(root)
    memo: dict[int, tuple[int, int]] = {}
    named: dict[str, tuple[list[int], list[int]]] = {}  # name -> offsets, expanded sizes
    for offset, name in anchors:
        node, path = finder.find(offset)
        if node.start_mark.index != offset:
            continue  # an '&' inside a string
        size, levels = _expansion(node, memo, finder)
        if levels > MAX_DEPTH:
            message = f"with its aliases expanded, this nests more than {MAX_DEPTH} levels deep"
            raise _LimitError(message, node.start_mark, _dotted(path))
        offsets, sizes = named.setdefault(name, ([], []))
        offsets.append(offset)
        sizes.append(size)
    added = 0
    for offset, name in aliases:
        if name not in named:
            continue  # a '*' inside a string
        offsets, sizes = named[name]
        index = bisect.bisect_left(offsets, offset) - 1  # the last anchor of that name before it
        added += sizes[index] if index >= 0 else 0
        if added > MAX_ALIAS_NODES:
            message = (
                f"aliases up to here expand the document by more than {MAX_ALIAS_NODES:,} nodes "
                "(a 'billion laughs' document?)"
            )
            line = text.count("\n", 0, offset)
            mark = yaml.Mark("", offset, line, 0, None, 0)
            raise _LimitError(message, mark, _dotted(finder.find(offset)[1]))


_SCALAR_KINDS = {
    "tag:yaml.org,2002:int": "integer",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:timestamp": "date",
    "tag:yaml.org,2002:binary": "binary value",
    "tag:yaml.org,2002:null": "null",
}


def _bad_scalar(text: str) -> _LimitError | None:
    """The first scalar PyYAML cannot build, located (``!!int ""`` raises IndexError, ``!!bool x``
    KeyError, ``2001-13-45`` ValueError). Only called after building failed that way, so the
    fast path pays nothing for it."""
    builder = _SAFE_LOADER("")
    try:
        root = yaml.compose(text, Loader=_SAFE_LOADER)
        stack = [root] if root is not None else []
        seen: set[int] = set()
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, yaml.ScalarNode) and node.tag in _SCALAR_KINDS:
                try:
                    builder.yaml_constructors[node.tag](builder, node)
                except Exception as exc:  # whatever it is, it is this value's fault
                    reason = str(exc).split(":")[0] if isinstance(exc, ValueError) else type(exc).__name__
                    message = f"not a valid {_SCALAR_KINDS[node.tag]}: {_REPR.repr(node.value)} ({reason})"
                    return _LimitError(message, node.start_mark)
            else:
                stack.extend(reversed([child for _, child in _children(node)]))
    finally:
        builder.dispose()
    return None


# --------------------------------------------------------------------------- line mapping


class _DuplicateCheckingLoader(_SAFE_LOADER):  # type: ignore[misc, valid-type]
    """Safe loading that also records duplicate keys (PyYAML silently keeps the last one) and
    the line of each question, and enforces the nesting and alias limits, in the same pass."""

    def __init__(self, stream: str, anchors: list[tuple[int, str]] | None = None) -> None:
        super().__init__(stream)
        self.text = stream
        self.anchors = anchors or []
        self.duplicates: list[tuple[int, str, str]] = []
        self.question_lines: dict[int, int] = {}
        self.merges_checked = False

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value in seen:
                    message = f"duplicate key (also on line {seen[key_node.value]})"
                    self.duplicates.append((line, str(key_node.value), message))
                seen.setdefault(key_node.value, line)
        if "<<" in seen and not self.merges_checked:
            # PyYAML flattens merge keys before the rounds below could count their nesting.
            _check_events(self.text)
            self.merges_checked = True
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

    def construct_document(self, node: yaml.Node) -> Any:
        if self.anchors:  # before anything is built: merge keys copy while building
            _check_aliases(node, self.text, self.anchors)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if getattr(key_node, "value", None) == "questions" and isinstance(
                    value_node, yaml.SequenceNode
                ):
                    for index, item in enumerate(value_node.value):
                        self.question_lines[index] = item.start_mark.line + 1
        # PyYAML's construct_document, counting its rounds: each round fills the collections
        # the previous one created, so the number of rounds is the nesting depth.
        data = self.construct_object(node)
        rounds = 0
        generators: list[Any] = self.state_generators  # type: ignore[has-type]
        while generators:
            rounds += 1
            if rounds > MAX_DEPTH:  # rare: find the first collection that is too deep
                _check_events(self.text)
                raise _LimitError(_too_deep_message(), node.start_mark)
            self.state_generators: list[Any] = []
            for generator in generators:
                for _ in generator:
                    pass
            generators = self.state_generators
        self.constructed_objects: dict[Any, Any] = {}
        self.recursive_objects: dict[Any, Any] = {}
        self.deep_construct = False
        return data


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
    if isinstance(key, int) and not isinstance(key, bool):
        return f"{prefix}[{key}]"
    name = key if isinstance(key, str) and len(key) <= 60 else _REPR.repr(key)
    return f"{prefix}.{name}" if prefix else name


def _dotted(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        out = _join(out, part)
    return out if len(out) <= 120 else f"{out[:80]}…{out[-30:]}"  # a path down a very deep value


def _line_for(root: yaml.Node, loc: tuple[Any, ...]) -> int:
    """The line of the deepest node on ``loc`` that exists: a field's key, a list item's start
    (a missing field is reported at its parent)."""
    node = root
    line = root.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = None
            for key_node, value_node in node.value:  # the last of duplicate keys wins, as in PyYAML
                if isinstance(key_node, yaml.ScalarNode) and key_node.value in (part, str(part)):
                    match = key_node, value_node
            if match is None:
                break
            line = match[0].start_mark.line + 1
            node = match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _friendly(error: Mapping[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; see the schema in interviewer/bank/schema.py)"
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"must be one of {expected} (got {_REPR.repr(error.get('input'))})"
    if kind == "string_pattern_mismatch":
        return (
            f"{_REPR.repr(error.get('input'))} is not a valid name: use lowercase letters, digits, "
            "'-', '_' (and '.' in ids, '/' between topic parts)"
        )
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    # A schema message may quote the value, which can be megabytes long.
    return message if len(message) <= MAX_MESSAGE else f"{message[: MAX_MESSAGE - 1]}…"


def _capped(problems: list[BankProblem], path: Path) -> list[BankProblem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    more = BankProblem(path, problems[MAX_PROBLEMS].line, "", f"... and {rest:,} more problems in this file")
    return [*problems[:MAX_PROBLEMS], more]


# --------------------------------------------------------------------------- loading


def parse_bank_file(path: Path) -> tuple[list[LoadedQuestion], list[BankProblem]]:
    """Parse and validate one file. Returns its questions, or none and the problems found.

    Never raises: whatever is in the file becomes problems located at a line where possible
    (0 when the file as a whole is at fault).
    """
    try:
        return _parse_bank_file(path)
    except Exception as exc:  # a bug here must not stop the other banks from loading
        message = f"internal error while loading this file, please report it: {type(exc).__name__}: {exc}"
        return [], [BankProblem(path, 0, "", message[:300])]


def _parse_bank_file(path: Path) -> tuple[list[LoadedQuestion], list[BankProblem]]:
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            raw = b""
            if size <= MAX_BANK_BYTES:  # a larger file is not read at all
                raw = handle.read(size + 1)
                if len(raw) > size:  # it grew, or its size is unknown (a pipe): read to the limit
                    raw += handle.read(MAX_BANK_BYTES + 1 - len(raw))
                    size = len(raw)
    except OSError as exc:
        return [], [BankProblem(path, 0, "", f"cannot read file: {exc.strerror or exc}")]
    if size > MAX_BANK_BYTES:
        amount = f"over {MAX_BANK_BYTES:,}" if raw else f"{size:,}"  # read to the limit, or not at all
        message = f"file is too large ({amount} bytes; the limit is {MAX_BANK_BYTES:,})"
        return [], [BankProblem(path, 0, "", message)]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return [], [
            BankProblem(path, 0, "", f"not UTF-8 text ({exc.reason} at byte {exc.start}, line {line})")
        ]

    try:
        if _may_exceed(raw):  # before libyaml's recursive composer sees it
            _check_events(text)
        loader = _DuplicateCheckingLoader(text, _tokens(_ANCHOR, text))
        try:
            data = loader.get_single_data()
        except yaml.MarkedYAMLError as exc:
            if _libyaml_too_deep(exc):  # a short text nested 1,000 levels: say where, as above
                _check_events(text, yaml.SafeLoader)
            raise
        except RecursionError:  # PyYAML flattens nested merge keys ("<<") recursively
            _check_events(text)  # raises where the nesting is too deep
            raise
        except Exception:  # a scalar PyYAML cannot build: say which
            bad = _bad_scalar(text)
            if bad is None:
                raise
            raise bad from None
        finally:
            loader.dispose()
    except _LimitError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        return [], [BankProblem(path, line, exc.where, str(exc.problem))]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        reason = exc.problem or exc.context or "invalid YAML"
        return [], [BankProblem(path, line, "", f"YAML syntax error: {reason}")]
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (NUL, other controls)
        line = raw.count(b"\n", 0, exc.position) + 1
        code = ord(exc.character) if isinstance(exc.character, str) else exc.character
        return [], [BankProblem(path, line, "", f"YAML syntax error: {exc.reason} (U+{code:04X})")]
    except yaml.YAMLError as exc:
        return [], [BankProblem(path, 0, "", f"YAML error: {exc}")]

    if data is None:
        return [], [BankProblem(path, 1, "", "file is empty: expected a mapping with 'questions'")]
    if not isinstance(data, dict):
        kind = type(data).__name__
        return [], [BankProblem(path, 1, "", f"expected a mapping with 'questions', got {kind}")]

    problems: list[BankProblem] = []
    root: yaml.Node | None = None
    if loader.duplicates:  # rare: compose again to name each duplicate by its full path
        root = _compose(text)
        problems = _duplicate_keys(root, "", path)
    try:
        bank = BankFile.model_validate(data)
    except ValidationError as exc:
        # Only now is the file composed a second time, for the line of every field.
        root = root or _compose(text)
        errors = exc.errors(include_url=False)
        nested = {tuple(e["loc"][:-1]) for e in errors if len(e["loc"]) > 1}
        for error in errors:
            loc = tuple(error["loc"])
            if error.get("type") == "too_short" and any(n[: len(loc)] == loc for n in nested):
                continue  # "needs at least one item" only because its items were invalid
            problems.append(BankProblem(path, _line_for(root, loc), _dotted(loc), _friendly(error)))
        return [], _capped(sorted(problems, key=lambda p: p.line), path)
    if problems:
        return [], _capped(problems, path)

    loaded = [LoadedQuestion(q, path, loader.question_lines.get(i, 1)) for i, q in enumerate(bank.questions)]
    return loaded, []


def _compose(text: str) -> yaml.Node:
    """The node tree of a text that has loaded into a mapping already (so within the limits)."""
    root = yaml.compose(text, Loader=_SAFE_LOADER)
    assert root is not None
    return root


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
