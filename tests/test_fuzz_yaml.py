"""Bad input to the bank loader: whatever a bank file holds, loading never raises, every problem
names the file and (unless the file as a whole is at fault) a line, and the good bank beside the
bad one still loads."""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from interviewer.bank import loader
from interviewer.bank.loader import BankProblem, QuestionBank, load_banks, parse_bank_file

DATA = Path(__file__).parent / "data"
VALID = (DATA / "bank.yaml").read_text(encoding="utf-8")
VALID_LINES = VALID.splitlines(keepends=True)
GOOD = (DATA / "interview-bank.yaml").read_text(encoding="utf-8")
GOOD_IDS = {"t.phone", "t.bias", "t.code", "t.research", "t.behavior", "t.closing"}
# Only these problems are about the file as a whole, so they have no line.
FILE_LEVEL = ("file is too large", "not UTF-8 text")

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load_beside_good(content: bytes | str) -> tuple[QuestionBank, Path, bytes]:
    """Load a folder holding a good bank and ``content`` as a second bank file."""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    with tempfile.TemporaryDirectory() as folder:
        good = Path(folder) / "a_good.yaml"
        good.write_text(GOOD, encoding="utf-8")
        bad = Path(folder) / "b_fuzzed.yaml"
        bad.write_bytes(raw)
        bank = load_banks([Path(folder)])
    return bank, bad, raw


def check_loaded(bank: QuestionBank, bad: Path, raw: bytes) -> list[BankProblem]:
    """The invariants of every load; returns the fuzzed file's problems."""
    # The good bank loaded, from its own file, whatever the other file holds.
    assert GOOD_IDS <= set(bank.entries)
    assert all(bank.entries[i].path.name == "a_good.yaml" for i in GOOD_IDS)
    # Every problem is the fuzzed file's, located, short, and none is the loader's own failure.
    text = raw.decode("utf-8", errors="replace")
    last_line = len(text.splitlines()) + 1
    for problem in bank.problems:
        assert problem.path == bad, problem
        assert str(problem).startswith(f"{bad}:"), problem
        assert "internal error" not in problem.message, problem
        assert 0 <= problem.line <= last_line, (problem, last_line)
        assert problem.line >= 1 or problem.message.startswith(FILE_LEVEL), problem
        assert len(str(problem)) < len(str(bad)) + 600, problem
    assert len(bank.problems) <= loader.MAX_PROBLEMS + 1
    fuzzed = [e for e in bank.entries.values() if e.path == bad]
    if fuzzed:  # a file loads whole or not at all
        assert not any("duplicate question id" not in p.message for p in bank.problems)
    else:  # and what does not load says why
        assert bank.problems
    return bank.problems


def load_and_check(content: bytes | str) -> list[BankProblem]:
    return check_loaded(*load_beside_good(content))


# --------------------------------------------------------------------------- arbitrary input


@FUZZ
@given(st.text(max_size=2000))
@example("")
@example("\ufeff")
@example("questions:\n  - \x00")
@example("- \u202e\u0645\u0631\u062d\u0628\u0627 \U0001f600\n")
def test_arbitrary_text(text: str) -> None:
    load_and_check(text)


@FUZZ
@given(st.binary(max_size=2000))
@example(b"\xff\xfe\x00q\x00u\x00")  # UTF-16 with its byte-order mark
@example(b"\xef\xbb\xbfquestions: []\n")  # UTF-8 byte-order mark
@example(b"questions:\n  - id: \xc3\x28\n")  # invalid two-byte sequence
def test_arbitrary_bytes(raw: bytes) -> None:
    load_and_check(raw)


# Text made of YAML's own punctuation finds the parser's corners far more often than random text.
YAMLISH = st.text(alphabet="[]{},:-?&*!|>'\"#%@` \n\tab1.<=~\x00\ufeff\x85\u2028é", max_size=300)


@FUZZ
@given(YAMLISH)
@example("a: &x [*x]")
@example("<<: {<<: {<<: {a: 1}}}")
@example("? [a]\n: b")
@example("- !!int ''\n- !!bool x\n- !!timestamp 2001-13-45\n- !!float .\n- !!binary '@'")
def test_yaml_punctuation(text: str) -> None:
    load_and_check(text)


@settings(max_examples=500, deadline=None)
@given(YAMLISH)
def test_cheap_bounds_are_upper_bounds(text: str) -> None:
    """The loader decides from character counts whether libyaml's recursive composer may see a
    text; for that the counts must bound the real nesting depth and number of nodes."""
    depth = nodes = deepest = 0
    parser = yaml.CSafeLoader(text)
    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                deepest = max(deepest, depth)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass  # the events up to the error are what the composer would have seen
    finally:
        parser.dispose()
    depth_bound, node_bound = loader._bounds(text.encode("utf-8"))
    assert deepest <= depth_bound and nodes <= node_bound


# --------------------------------------------------------------------------- mutations


def delete(lines: list[str], i: int, _: int, __: str) -> list[str]:
    return lines[:i] + lines[i + 1 :]


def duplicate(lines: list[str], i: int, _: int, __: str) -> list[str]:
    return lines[: i + 1] + lines[i:]


def swap(lines: list[str], i: int, j: int, __: str) -> list[str]:
    lines = list(lines)
    lines[i], lines[j] = lines[j], lines[i]
    return lines


def insert(lines: list[str], i: int, j: int, chars: str) -> list[str]:
    line = lines[i]
    at = j % (len(line) + 1)
    return [*lines[:i], line[:at] + chars + line[at:], *lines[i + 1 :]]


def indent(lines: list[str], i: int, j: int, __: str) -> list[str]:
    shift = j % 7 - 3  # -3 .. +3 spaces
    line = lines[i]
    changed = " " * shift + line if shift >= 0 else line[min(-shift, len(line) - len(line.lstrip(" "))) :]
    return [*lines[:i], changed, *lines[i + 1 :]]


def truncate(lines: list[str], i: int, j: int, __: str) -> list[str]:
    text = "".join(lines[: i + 1])
    return [text[: len(text) - j % (len(lines[i]) + 1)]]


MUTATIONS: list[Callable[[list[str], int, int, str], list[str]]] = [
    delete,
    duplicate,
    swap,
    insert,
    indent,
    truncate,
]


# Any character a text file can hold (no lone surrogates: they cannot be written as UTF-8; bad
# bytes are test_arbitrary_bytes's job), with YAML's punctuation drawn more often.
MUTATION_CHARS = st.characters(codec="utf-8") | st.sampled_from(":-?[]{},&*!|>'\"#%@\t\n")


@st.composite
def mutated_bank(draw: st.DrawFn) -> str:
    lines = list(VALID_LINES)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        mutation = draw(st.sampled_from(MUTATIONS))
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, max(len(lines) - 1, 200)))
        chars = draw(st.text(MUTATION_CHARS, min_size=1, max_size=5))
        lines = mutation(lines, i, j if mutation is not swap else j % len(lines), chars)
        lines = "".join(lines).splitlines(keepends=True)
    return "".join(lines)


@FUZZ
@given(mutated_bank())
def test_mutated_valid_bank(text: str) -> None:
    load_and_check(text)


def test_the_unmutated_bank_loads() -> None:
    bank, bad, raw = load_beside_good(VALID)
    assert check_loaded(bank, bad, raw) == []
    assert {"t.one", "t.two"} <= set(bank.entries)


# --------------------------------------------------------------------------- wrong types


def field_paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key and list item of the valid bank, outermost first."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from field_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*prefix, index)
            yield from field_paths(item, (*prefix, index))


def replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, *rest = path
    copy: Any = dict(data) if isinstance(data, dict) else list(data)
    copy[head] = replaced(data[head], tuple(rest), value)
    return copy


BANK_DATA = yaml.safe_load(VALID)
PATHS = list(field_paths(BANK_DATA))
WRONG = [
    None,
    True,
    0,
    -1,
    2**70,
    1.5e308,
    float("nan"),
    "",
    "   ",
    "x" * 10_000,
    [],
    {},
    [1, [2, [3]]],
    {"id": {"nested": [None]}},
    b"\x00\xff",  # !!binary
    __import__("datetime").date(2001, 1, 1),  # !!timestamp
]


def dotted(path: tuple[Any, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def test_wrong_type_in_every_field() -> None:
    """Each field (and list item) of a valid bank replaced by each of many wrong values: the file is
    rejected with a problem at that field (or inside or around it), or the value was fine there."""
    failures: list[tuple[str, Any, Any]] = []
    for path in PATHS:
        for value in WRONG:
            text = yaml.safe_dump(replaced(BANK_DATA, path, value), sort_keys=False, allow_unicode=True)
            bank, bad, raw = load_beside_good(text)
            problems = check_loaded(bank, bad, raw)
            where = dotted(path)
            if not problems:
                # Acceptable there: no value for an optional field, an empty optional list, long
                # text, and true as 1 for a number (pydantic's lax mode).
                if not (value is None or value == [] or value is True or value == "x" * 10_000):
                    failures.append((where, value, "accepted"))
                continue
            related = [
                p for p in problems if p.field.startswith(where) or where.startswith(p.field) or not p.field
            ]
            if not related:
                failures.append((where, value, [str(p) for p in problems]))
    assert not failures, failures[:5]


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | st.dates(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(st.sampled_from(PATHS), JSONISH)
def test_any_value_in_any_field(path: tuple[Any, ...], value: Any) -> None:
    load_and_check(yaml.safe_dump(replaced(BANK_DATA, path, value), sort_keys=False, allow_unicode=True))


# --------------------------------------------------------------------------- hostile documents


def billion_laughs(levels: int = 9) -> str:
    lines = ["lol0: &lol0 lol"]
    for i in range(1, levels + 1):
        lines.append(f"lol{i}: &lol{i} [{', '.join([f'*lol{i - 1}'] * 10)}]")
    return "\n".join(lines) + "\n"


def only_problem(content: bytes | str) -> BankProblem:
    problems = load_and_check(content)
    assert len(problems) == 1, problems
    return problems[0]


def timed(content: bytes | str) -> tuple[BankProblem, float]:
    start = time.perf_counter()
    problem = only_problem(content)
    return problem, time.perf_counter() - start


def test_billion_laughs_is_refused_quickly() -> None:
    problem, seconds = timed(billion_laughs())
    assert problem.line == 6 and problem.field == "lol5", problem  # where it passes 100,000 nodes
    assert "aliases" in problem.message and "100,000" in problem.message
    assert seconds < 1


def test_billion_laughs_inside_a_question_is_refused() -> None:
    text = billion_laughs() + VALID.replace(
        "follow_ups:\n      - How do you test code with side effects?", "follow_ups: *lol9", 1
    )
    problem, seconds = timed(text)
    assert "aliases" in problem.message and seconds < 1


def test_merge_key_bomb_is_refused() -> None:
    lines = ["m0: &m0 {a: 1, b: 2}"]
    lines += [f"m{i}: &m{i} {{<<: [{', '.join([f'*m{i - 1}'] * 10)}]}}" for i in range(1, 9)]
    problem, seconds = timed("\n".join(lines))
    assert "aliases" in problem.message and seconds < 1


@pytest.mark.parametrize(
    ("text", "field"),
    [("questions: &a [*a]\n", "questions"), ("a: &a {b: [*a]}\n", "a")],
    ids=["list", "mapping"],
)
def test_an_alias_inside_its_own_anchor_is_refused(text: str, field: str) -> None:
    problem = only_problem(text)
    assert (problem.line, problem.field) == (1, field)
    assert "refers to a collection that contains it" in problem.message


def test_a_long_alias_chain_is_refused() -> None:
    text = "a0: &a0 [1]\n" + "".join(f"a{i}: &a{i} [*a{i - 1}]\n" for i in range(1, 300))
    problem = only_problem(text)
    assert problem.line == 101 and problem.field == "a100" and "100 levels" in problem.message


def test_anchors_and_aliases_of_a_normal_size_still_load() -> None:
    shared = VALID.replace(
        "    points:\n      - id: isolation", "    points: &points\n      - id: isolation", 1
    )
    head, tail = shared.split("  - id: t.two", 1)
    tail = re.sub(
        r"    points:\n(      .*\n)+?    pitfalls:", "    points: *points\n    pitfalls:", tail, count=1
    )
    bank, bad, raw = load_beside_good(head + "  - id: t.two" + tail)
    assert check_loaded(bank, bad, raw) == []
    one, two = bank.get("t.one"), bank.get("t.two")
    assert one is not None and two is not None and one.points == two.points


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("questions: " + "[" * 10_000 + "]" * 10_000 + "\n", 1),  # crashed libyaml's composer at ~25,000
        ("[" * 1_000_000, 1),  # never closed
        ("questions: " + "[" * 1200 + "]" * 1200 + "\n", 1),  # short: libyaml >= 0.2.6 refuses it itself
        ("".join(" " * i + "-\n" for i in range(300)), 101),  # block lists, one more space each
        ("- " * 30_000 + "x\n", 1),  # block lists on one line
        ("".join(" " * i + "a:\n" for i in range(300)), 101),  # block mappings
        ("{a: " * 50_000 + "}" * 50_000, 1),
        ("a: " + "{<<: " * 3000 + "{x: 1}" + "}" * 3000, 1),  # merge keys nest recursively in PyYAML
        ("".join(" " * (2 * i) + "<<:\n" for i in range(300)) + " " * 600 + "x: 1\n", 101),
    ],
    ids=[
        "10k-flow-lists",
        "1m-open-brackets",
        "1200-flow-lists",
        "block-lists",
        "compact-block-lists",
        "block-mappings",
        "flow-mappings",
        "flow-merge-keys",
        "block-merge-keys",
    ],
)
def test_deep_nesting_is_refused_at_the_level_too_deep(text: str, line: int) -> None:
    problem, seconds = timed(text)
    assert f"nested more than {loader.MAX_DEPTH} levels deep" in problem.message
    assert problem.line == line
    assert seconds < 2


def test_nesting_up_to_the_limit_is_not_refused_for_depth() -> None:
    text = "questions: " + "[" * (loader.MAX_DEPTH - 1) + "]" * (loader.MAX_DEPTH - 1) + "\n"
    assert all("nested" not in p.message for p in load_and_check(text))


@pytest.mark.parametrize(
    "text",
    ["questions: [" + "1," * 1_000_000 + "1]\n", "questions:\n" + "  - x\n" * 400_000],
    ids=["flow", "block"],
)
def test_too_many_values_are_refused_quickly(text: str) -> None:
    problem, seconds = timed(text)
    assert f"more than {loader.MAX_NODES:,} values" in problem.message and problem.line >= 1
    assert seconds < 3


def test_many_errors_are_capped() -> None:
    problems = load_and_check("questions: [" + "1, " * 5_000 + "1]\n")
    assert len(problems) == loader.MAX_PROBLEMS + 1
    assert problems[-1].message == f"... and {5_001 - loader.MAX_PROBLEMS:,} more problems in this file"


@pytest.mark.parametrize("size", [20_000_000, loader.MAX_BANK_BYTES + 1])
def test_a_file_over_the_size_limit_is_refused_unread(size: int) -> None:
    problem, seconds = timed(b"a: " + b"x" * (size - 3))
    assert problem.line == 0 and problem.message.startswith("file is too large")
    assert f"{size:,} bytes" in problem.message and seconds < 1


def test_a_file_at_the_size_limit_is_read() -> None:
    head = "questions: []\ntitle: "
    text = head + "x" * (loader.MAX_BANK_BYTES - len(head) - 1) + "\n"
    assert len(text.encode("utf-8")) == loader.MAX_BANK_BYTES
    problem = only_problem(text)
    assert (problem.line, problem.field) == (1, "questions") and "at least 1 item" in problem.message


def test_a_huge_value_is_quoted_short() -> None:
    problem = only_problem(VALID.replace("stage: technical", "stage: " + "x" * 1_000_000, 1))
    assert problem.field == "questions[0].stage" and len(problem.message) < 300


# --------------------------------------------------------------------------- encodings and characters


def test_invalid_utf8_names_the_byte_and_line() -> None:
    raw = VALID.encode("utf-8").replace(b"Be concrete.", b"Be \xff concrete.", 1)
    problem = only_problem(raw)
    assert problem.message.startswith("not UTF-8 text") and "line 9" in problem.message


@pytest.mark.parametrize(
    "raw",
    [
        "\ufeff".encode() + VALID.encode(),  # a byte-order mark at the start is allowed
        VALID.replace("\n", "\r\n").encode(),
        VALID.replace("Be concrete.", "Be \u200f\u05e9\u05dc\u05d5\u05dd \U0001f600 e\u0301.").encode(),
    ],
    ids=["bom", "crlf", "rtl-emoji-combining"],
)
def test_valid_banks_in_other_dress_still_load(raw: bytes) -> None:
    bank, bad, _ = load_beside_good(raw)
    assert check_loaded(bank, bad, raw) == []
    assert {"t.one", "t.two"} <= set(bank.entries)


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        (VALID.encode().replace(b"Be concrete.", b"Be\x00 concrete.", 1), 9),
        (VALID.encode().replace(b"Be concrete.", b"Be\x1b[31m concrete.", 1), 9),
        (VALID.encode().replace(b"Checks basics.", b"Checks\x7f basics."), 8),
        (b"questions: []\n" + b"\x00" * 1000, 2),
        (VALID.encode("utf-16"), 0),
    ],
    ids=["nul", "escape", "delete", "nul-run", "utf-16"],
)
def test_forbidden_characters_name_their_line(raw: bytes, line: int) -> None:
    problem = only_problem(raw)
    assert problem.line == line, problem


def test_a_bom_in_the_middle_of_the_structure_is_a_syntax_error_with_a_line() -> None:
    problem = only_problem(VALID.replace("  - id: t.two", "\ufeff  - id: t.two", 1))
    assert problem.line >= 26 and "YAML syntax error" in problem.message


# --------------------------------------------------------------------------- safe loading only


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.mkdir [{marker}]",
        "!!python/object/new:os.mkdir [{marker}]",
        "!!python/name:os.mkdir",
        "!!python/module:os",
        "!<tag:yaml.org,2002:python/object/apply:os.mkdir> [{marker}]",
    ],
)
def test_python_tags_are_refused_and_never_run(tmp_path: Path, tag: str) -> None:
    marker = tmp_path / "created-by-yaml"
    problem = only_problem(
        VALID.replace("prompt: What is a unit test?", "prompt: " + tag.format(marker=marker), 1)
    )
    assert problem.line == 7 and "could not determine a constructor" in problem.message
    assert not marker.exists()


def test_the_package_loads_yaml_only_safely() -> None:
    """Every YAML read in the package goes through a safe loader (banks, samples, benchmarks)."""
    package = Path(loader.__file__).parents[1]
    unsafe = re.compile(
        r"yaml\.(unsafe_load|full_load|load_all)\b|Loader\s*=\s*yaml\.(Loader|FullLoader|UnsafeLoader|CLoader|"
        r"CFullLoader|CUnsafeLoader)\b|yaml\.load\((?![^)]*Loader\s*=\s*(yaml\.)?(C?SafeLoader|_SAFE_LOADER))"
    )
    found = [
        f"{path.relative_to(package)}:{n}: {line.strip()}"
        for path in sorted(package.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if unsafe.search(line)
    ]
    assert not found, found
    assert issubclass(loader._DuplicateCheckingLoader, yaml.CSafeLoader)
    assert loader._SAFE_LOADER is yaml.CSafeLoader  # libyaml is installed: the fast path is taken


def test_a_missing_or_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    _, problems = parse_bank_file(tmp_path / "missing.yaml")
    assert problems[0].line == 0 and "cannot read file" in problems[0].message
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    _, problems = parse_bank_file(folder)
    assert "cannot read file" in problems[0].message
