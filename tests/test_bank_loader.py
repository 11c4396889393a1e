"""Bank loading: valid files load; every malformed file is answered by the right file:line message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from interviewer.bank.loader import load_banks, parse_bank_file
from interviewer.bank.schema import Stage, adhoc_question, split_reference
from tests.support import VALID


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_valid_file_loads_with_every_field(bank_dir: Path) -> None:
    write(bank_dir, "ok.yaml", VALID)
    bank = load_banks([bank_dir])
    assert bank.problems == []
    question = bank.get("t.one")
    assert question is not None
    assert question.stage is Stage.TECHNICAL
    assert question.points[0].terms == ("isolation", "unit")
    assert question.points[1].weight == 1.0  # default
    assert question.pitfalls[0].feedback == "That is an integration test."
    assert [f.prompt for f in question.follow_ups] == ["How do you test code with side effects?"]
    assert bank.entries["t.one"].line == 3


# (name, how to break the valid file, expected line, expected field, words in the message)
MALFORMED = [
    (
        "syntax",
        lambda t: t.replace("    prompt: What is a unit test?", "    prompt: [unclosed"),
        8,
        "",
        "YAML syntax error",
    ),
    (
        "missing-field",
        lambda t: t.replace("    prompt: What is a unit test?\n", ""),
        3,
        "questions[0].prompt",
        "required field is missing",
    ),
    (
        "unknown-field",
        lambda t: t.replace("    tip: Be concrete.", "    tipp: Be concrete."),
        9,
        "questions[0].tipp",
        "unknown field",
    ),
    (
        "bad-stage",
        lambda t: t.replace("stage: technical", "stage: onsite"),
        4,
        "questions[0].stage",
        "must be one of",
    ),
    (
        "difficulty-range",
        lambda t: t.replace("difficulty: 2", "difficulty: 5"),
        6,
        "questions[0].difficulty",
        "less than or equal to 3",
    ),
    (
        "negative-weight",
        lambda t: t.replace("weight: 2", "weight: -1"),
        15,
        "questions[0].points[0].weight",
        "greater than 0",
    ),
    (
        "time-not-number",
        lambda t: t.replace("time_limit_s: 120", "time_limit_s: two minutes"),
        11,
        "questions[0].time_limit_s",
        "integer",
    ),
    (
        "no-points",
        lambda t: t.split("    points:")[0] + "    points: []\n",
        12,
        "questions[0].points",
        "at least 1",
    ),
    (
        "duplicate-point-id",
        lambda t: t.replace("      - id: fast", "      - id: isolation"),
        12,
        "questions[0].points",
        "duplicate point id 'isolation'",
    ),
    (
        "bad-id",
        lambda t: t.replace("id: t.one", "id: T One"),
        3,
        "questions[0].id",
        "not a valid name",
    ),
    (
        "bad-topic",
        lambda t: t.replace("topic: ml/testing", "topic: ML//testing"),
        5,
        "questions[0].topic",
        "not a valid name",
    ),
    (
        "duplicate-key",
        lambda t: t.replace("    tip: Be concrete.\n", "    tip: Be concrete.\n    tip: Twice.\n"),
        10,
        "questions[0].tip",
        "duplicate key (also on line 9)",
    ),
    (
        "empty-prompt",
        lambda t: t.replace("prompt: What is a unit test?", 'prompt: "   "'),
        7,
        "questions[0].prompt",
        "at least 1 character",
    ),
    (
        "top-level-list",
        lambda t: "- just\n- a list\n",
        1,
        "",
        "expected a mapping with 'questions'",
    ),
    (
        "python-tag",
        lambda t: t.replace("prompt: What is a unit test?", "prompt: !!python/object/apply:os.system [ls]"),
        7,
        "",
        "YAML syntax error",
    ),
    (
        "unbalanced-mark-in-a-wrong-version",
        lambda t: t.replace(
            "        text: Unit tests are fast, so they run on every change.\n",
            "        text: Unit tests are fast, so they run on every change.\n"
            '        wrong: ["Unit tests are [slow, so they run nightly."]\n',
        ),
        20,
        "questions[0].points[1].wrong",
        "unbalanced [ or ]",
    ),
    (
        "pitfall-without-feedback",
        lambda t: t.replace("        feedback: That is an integration test.\n", ""),
        21,
        "questions[0].pitfalls[0].feedback",
        "required field is missing",
    ),
]


@pytest.mark.parametrize(
    ("name", "breaker", "line", "field", "words"), MALFORMED, ids=[m[0] for m in MALFORMED]
)
def test_malformed_file_names_file_line_and_field(
    bank_dir: Path, name: str, breaker: object, line: int, field: str, words: str
) -> None:
    path = write(bank_dir, f"{name}.yaml", breaker(VALID))  # type: ignore[operator]
    questions, problems = parse_bank_file(path)
    assert questions == []
    messages = [str(p) for p in problems]
    expected_prefix = f"{path}:{line}: " + (f"{field}: " if field else "")
    assert any(m.startswith(expected_prefix) and words in m for m in messages), messages


def test_empty_and_non_utf8_files(bank_dir: Path) -> None:
    empty = write(bank_dir, "empty.yaml", "")
    binary = bank_dir / "binary.yaml"
    binary.write_bytes(b"questions:\n  - id: \xff\xfe\n")
    _, problems = parse_bank_file(empty)
    assert str(problems[0]) == f"{empty}:1: file is empty: expected a mapping with 'questions'"
    _, problems = parse_bank_file(binary)
    assert str(problems[0]).startswith(f"{binary}: not UTF-8 text")


def test_broken_file_is_skipped_and_the_others_load(bank_dir: Path) -> None:
    write(bank_dir, "a_ok.yaml", VALID)
    write(bank_dir, "b_broken.yaml", VALID.replace("t.one", "t.two").replace("stage: technical", "stage: x"))
    bank = load_banks([bank_dir])
    assert [q.id for q in bank.questions] == ["t.one"]
    assert len(bank.problems) == 1
    assert "b_broken.yaml:4: questions[0].stage" in str(bank.problems[0])


def test_duplicate_ids_across_files_name_both_places(bank_dir: Path) -> None:
    first = write(bank_dir, "a.yaml", VALID)
    second = write(bank_dir, "b.yaml", "# a comment line\n" + VALID)
    bank = load_banks([bank_dir])
    assert len(bank) == 1
    assert bank.entries["t.one"].path == first
    (problem,) = bank.problems
    assert str(problem) == (f"{second}:4: id: duplicate question id 't.one': already defined at {first}:3")


def test_several_problems_in_one_file_are_all_reported(bank_dir: Path) -> None:
    text = VALID.replace("difficulty: 2", "difficulty: 0").replace("weight: 2", "weight: zero")
    path = write(bank_dir, "two.yaml", text)
    _, problems = parse_bank_file(path)
    assert [p.line for p in problems] == [6, 15]


def test_builtin_banks_are_valid_and_cover_both_seeds(builtin_bank) -> None:  # type: ignore[no-untyped-def]
    assert len(builtin_bank) >= 10
    stages = {q.stage for q in builtin_bank.questions}
    assert {Stage.TECHNICAL, Stage.RESEARCH} <= stages
    for question in builtin_bank.questions:
        assert len(question.points) >= 3, question.id


def test_reference_text_splits_into_points() -> None:
    assert split_reference("Bias underfits. Variance overfits!\n- more data helps variance") == [
        "Bias underfits.",
        "Variance overfits!",
        "more data helps variance",
    ]
    question = adhoc_question("To simulate portions of the product. It finds risks early.")
    assert [p.text for p in question.points] == [
        "To simulate portions of the product.",
        "It finds risks early.",
    ]


def test_follows_is_not_for_bank_files(bank_dir: Path) -> None:
    """'follows' marks a follow-up the app grades as a question; in a bank file it would let a
    coding question through without its tests. The message names the question and the fix."""
    path = write(
        bank_dir,
        "f.yaml",
        VALID.replace("    time_limit_s: 120\n", "    time_limit_s: 120\n    follows: t.zero\n"),
    )
    questions, problems = parse_bank_file(path)
    assert questions == []
    assert any(
        "'t.one'" in str(p) and "follow_ups" in str(p) and str(p).startswith(str(path)) for p in problems
    )


def test_a_graded_follow_up_needs_points_and_a_model_answer(bank_dir: Path) -> None:
    broken = VALID.replace(
        "      - How do you test code with side effects?\n",
        "      - prompt: How do you test code with side effects?\n        model_answer: With fakes.\n",
    )
    _, problems = parse_bank_file(write(bank_dir, "g.yaml", broken))
    assert any("a model_answer needs points" in str(p) for p in problems), [str(p) for p in problems]


def test_every_builtin_point_states_one_idea(builtin_bank) -> None:  # type: ignore[no-untyped-def]
    """A point is one checkable idea, in one full sentence: not a topic name ("Methods."), not a
    paragraph bundling five ideas (the review found 24 that did; a list of examples after "such
    as" is one idea). Read as one sentence, 8 to 40 words, at most one semicolon."""
    from interviewer.grading.segment import split_sentences

    bundled = []
    for question in builtin_bank.questions:
        for point in question.points:
            n = len(point.text.split())
            if len(split_sentences(point.text)) != 1 or not 8 <= n <= 40 or point.text.count(";") > 1:
                bundled.append((question.id, point.id, n))
    assert not bundled, bundled


def test_an_act_that_is_not_known_is_refused_with_where_it_is(bank_dir: Path) -> None:
    path = bank_dir / "acts.yaml"
    path.write_text(VALID.replace("        weight: 2\n", "        weight: 2\n        act: guesswork\n", 1))
    questions, problems = parse_bank_file(path)
    assert questions == []
    assert any(str(p).startswith(f"{path}:") and "act" in str(p) for p in problems), [
        str(p) for p in problems
    ]
