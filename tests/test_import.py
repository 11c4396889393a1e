"""`interviewer bank import`: prep articles in each layout become valid bank drafts."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from interviewer import paths
from interviewer.bank.importer import ImportResult, import_article, section_topic
from interviewer.bank.loader import load_banks
from interviewer.bank.schema import ID_PATTERN, BankFile
from interviewer.cli import main
from interviewer.services import load_question_bank

DATA = Path(__file__).parent / "data" / "import"
SEED = Path("/work/shared/seeds/000_bc3683face0d93ad.txt")


def import_fixture(name: str, **kwargs: str) -> ImportResult:
    return import_article((DATA / name).read_text(encoding="utf-8"), name, **kwargs)  # type: ignore[arg-type]


def prompts(result: ImportResult) -> list[str]:
    return [q["prompt"] for q in result.questions]


def point_texts(result: ImportResult, index: int) -> list[str]:
    return [p["text"] for p in result.questions[index]["points"]]


def assert_valid(result: ImportResult) -> None:
    BankFile.model_validate(result.bank())
    ids = [q["id"] for q in result.questions]
    assert len(set(ids)) == len(ids)
    assert all(re.match(ID_PATTERN, i) for i in ids)
    for question in result.questions:
        assert 1 <= len(question["points"]) <= 6
        assert all(p["weight"] == 1 and p["terms"] == [] for p in question["points"])
        assert question["difficulty"] == 2 and question["time_limit_s"] == 180


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


# --------------------------------------------------------------------------- layouts


def test_numbered_questions_with_labelled_bullets() -> None:
    result = import_fixture("numbered.txt")
    assert prompts(result) == [
        "What does precision measure, and when does it matter most?",
        "Explain early stopping.",
        "How does momentum speed up gradient descent?",
    ]
    first = result.questions[0]
    assert first["topic"] == "imported/model-evaluation"
    assert first["why_asked"].startswith("Interviewers want to know whether you can pick a metric")
    assert first["tip"] == "Contrast it with recall using one concrete product example."
    assert (
        point_texts(result, 0)[0] == "Precision is the share of predicted positives that really are positive."
    )
    assert "Pro Tip" not in first["model_answer"] and "Contrast it" not in first["model_answer"]
    # A list introduction ("Ways to apply it:") is not a point; its nested bullets are.
    assert point_texts(result, 1) == [
        "Training halts once the validation loss has not improved for a set number of epochs.",
        "Keep the checkpoint with the best validation score.",
        "Choose the patience from the noise level of the validation curve.",
    ]
    assert result.questions[2]["topic"] == "imported/optimisation"
    assert result.questions[2]["tip"]  # a neutral default when the article has none
    # The Title Case numbered heading after the last question closes it: its bullets are no answer.
    assert [(p.line, p.prompt) for p in result.problems] == [
        (47, "Write a function that clips gradients by their global norm.")
    ]
    assert "no answer" in result.problems[0].reason
    assert_valid(result)


def test_bold_and_heading_questions_with_paragraphs_tables_and_code() -> None:
    result = import_fixture("markdown.md")
    assert prompts(result) == [
        "What problem does dropout solve?",
        "Why does weight decay help generalisation?",
        "How do residual connections make deep networks trainable?",
        "Compare the common activation functions.",
        "How would you implement layer normalisation?",
    ]
    topics = [q["topic"] for q in result.questions]
    assert topics == ["imported/regularisation"] * 2 + ["imported/architectures"] * 3
    # Paragraphs give one point per sentence; a labelled tip becomes the tip.
    assert point_texts(result, 0)[0] == "Dropout fights co-adaptation between hidden units."
    assert len(point_texts(result, 0)) == 3
    assert result.questions[0]["tip"] == "tie it back to ensembles of thinned networks."
    # The answer on the bold question's own line is read too.
    assert point_texts(result, 1)[0] == "Weight decay adds a penalty on the size of the weights to the loss."
    # Table rows become points; the header row does not.
    assert point_texts(result, 3) == [
        "ReLU: Passes positive inputs unchanged and zeroes the rest, which keeps gradients alive for "
        "active units.",
        "Sigmoid: Squashes inputs into the range zero to one and saturates at both ends.",
        "GELU: Weights each input by the probability that a standard normal falls below it.",
    ]
    # Code stays in the model answer and never becomes a point (its '#' comment is no heading).
    layer_norm = result.questions[4]
    assert "def layer_norm(x, gamma, beta, eps=1e-5):" in layer_norm["model_answer"]
    assert "```python" in layer_norm["model_answer"]
    assert not any("mean" in t and "x." in t for t in point_texts(result, 4))
    assert "Statistics come from one example, so batch size does not matter." in point_texts(result, 4)
    assert layer_norm["topic"] == "imported/architectures"
    assert [(p.line, p.prompt) for p in result.problems] == [
        (44, "What is label smoothing?"),
        (48, "When should you prefer a smaller model?"),
    ]
    assert_valid(result)


def test_html_fragment() -> None:
    result = import_fixture("fragment.html")
    assert prompts(result) == [
        "What is a type I error?",
        "Why can a tiny p-value still be useless?",
        "Compare maximum likelihood and maximum a posteriori estimates.",
        "How would you sample from a categorical distribution by hand?",
    ]
    assert [q["topic"] for q in result.questions] == [
        "imported/hypothesis-testing",
        "imported/hypothesis-testing",
        "imported/estimation",
        "imported/estimation",
    ]
    assert point_texts(result, 0) == [
        "A type I error means rejecting a null hypothesis that is actually true.",
        "Its rate is the significance level chosen before the test, often five percent.",
    ]
    # <li> items are points, entities are decoded.
    assert point_texts(result, 1)[1] == (
        "Always report the effect size & a confidence interval next to the p-value."
    )
    assert (
        point_texts(result, 2)[0] == "MLE: Chooses the parameters that make the observed data most probable."
    )
    sampler = result.questions[3]
    assert "if u < total:" in sampler["model_answer"]
    assert point_texts(result, 3) == [
        "Walk the cumulative sum until it passes a uniform draw, which takes linear time per sample."
    ]
    assert [(p.line, p.prompt) for p in result.problems] == [(36, "What is the bootstrap?")]
    assert_valid(result)


def test_topic_and_stage_options_apply_to_every_question() -> None:
    result = import_fixture("numbered.txt", stage="research", topic="Model Eval/Metrics")
    assert {q["topic"] for q in result.questions} == {"model-eval/metrics"}
    assert {q["stage"] for q in result.questions} == {"research"}
    with pytest.raises(ValueError, match="coding"):
        import_fixture("numbered.txt", stage="coding")
    with pytest.raises(ValueError, match="topic"):
        import_fixture("numbered.txt", topic="///")


def test_section_topic_slugs() -> None:
    assert section_topic("Category 3: Natural Language Processing (NLP)") == (
        "imported/natural-language-processing-nlp"
    )
    assert section_topic("**Probability & Statistics**") == "imported/probability-statistics"
    assert section_topic("2. Understanding the Process") == "imported/understanding-the-process"
    assert section_topic("!!!") == "imported/general"


def test_text_without_questions_imports_nothing() -> None:
    result = import_article("Just a paragraph about training models.\n\nAnother one.", "notes.txt")
    assert result.questions == [] and result.problems == []


# --------------------------------------------------------------------------- the real seed article


def test_first_seed_document() -> None:
    if not SEED.is_file():
        pytest.skip(f"seed document {SEED} is not present on this machine")
    result = import_article(SEED.read_text(encoding="utf-8"), SEED.name)
    assert len(result.questions) >= 18
    assert result.questions[0]["prompt"] == "Explain the bias-variance tradeoff."
    assert result.questions[0]["why_asked"].startswith("This is a core ML concept")
    assert result.questions[0]["tip"].startswith("Use examples like linear regression")
    assert set(result.topics) == {
        "imported/foundational-ml-concepts",
        "imported/deep-learning-and-neural-networks",
        "imported/natural-language-processing-nlp",
        "imported/probability-and-statistics",
        "imported/coding-and-algorithmic-challenges",
    }
    missing = {p.prompt: p.line for p in result.problems}
    for prompt in (
        "Write a Python function to implement gradient descent.",
        "How would you implement a binary search algorithm?",
        "Write a function to find the longest common subsequence between two strings.",
        "Write code to perform k-means clustering from scratch.",
    ):
        assert prompt in missing
    assert missing["Write a Python function to implement gradient descent."] == 349
    imported = set(prompts(result))
    assert not imported & set(missing)
    # Sections after the questions ("How to Stand Out ...") add nothing to the last question.
    last = result.questions[-1]
    assert last["prompt"] == "How would you optimize a slow-running ML model?"
    assert "Insightful" not in last["model_answer"]
    assert_valid(result)


# --------------------------------------------------------------------------- the command


def test_command_writes_a_private_draft_that_loads_with_the_other_banks(
    runner: CliRunner, interviewer_home: Path
) -> None:
    result = runner.invoke(main, ["bank", "import", str(DATA / "markdown.md")])
    assert result.exit_code == 0, result.output
    target = paths.user_banks_dir() / "markdown.yaml"
    assert "Imported 5 questions" in result.output
    assert str(target) in result.output
    assert "line 44" in result.output and "What is label smoothing?" in result.output
    assert target.is_file()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    bank = load_banks([target])
    assert not bank.problems, "\n".join(map(str, bank.problems))
    assert len(bank) == 5
    everything = load_question_bank()
    assert not [p for p in everything.problems if p.path == target]
    assert "imp.markdown.1-what-problem-does-dropout-solve" in everything
    validate = runner.invoke(main, ["bank", "validate", str(target)])
    assert validate.exit_code == 0, validate.output
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["questions"][0]["points"][0] == {
        "id": "p1",
        "text": "Dropout fights co-adaptation between hidden units.",
        "weight": 1,
        "terms": [],
    }


def test_command_never_overwrites_without_force(runner: CliRunner) -> None:
    first = runner.invoke(main, ["bank", "import", str(DATA / "numbered.txt")])
    assert first.exit_code == 0, first.output
    target = paths.user_banks_dir() / "numbered.yaml"
    target.write_text("# my edits\n" + target.read_text(encoding="utf-8"), encoding="utf-8")

    again = runner.invoke(main, ["bank", "import", str(DATA / "numbered.txt")])
    assert again.exit_code == 1
    assert "already exists" in again.output and "--force" in again.output
    assert target.read_text(encoding="utf-8").startswith("# my edits")

    forced = runner.invoke(main, ["bank", "import", str(DATA / "numbered.txt"), "--force"])
    assert forced.exit_code == 0, forced.output
    assert not target.read_text(encoding="utf-8").startswith("# my edits")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_command_name_stage_and_topic(runner: CliRunner) -> None:
    result = runner.invoke(
        main,
        ["bank", "import", str(DATA / "fragment.html"), "--name", "stats-warmup", "--stage", "research"],
    )
    assert result.exit_code == 0, result.output
    target = paths.user_banks_dir() / "stats-warmup.yaml"
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert {q["stage"] for q in data["questions"]} == {"research"}
    assert data["questions"][0]["id"].startswith("imp.stats-warmup.1-")
    # The same article under another name does not clash with the first draft's ids.
    other = runner.invoke(main, ["bank", "import", str(DATA / "fragment.html"), "--topic", "stats/basics"])
    assert other.exit_code == 0, other.output
    user_problems = [p for p in load_question_bank().problems if p.path.parent == paths.user_banks_dir()]
    assert not user_problems, "\n".join(map(str, user_problems))


@pytest.mark.parametrize("name", ["../escape", "sub/dir", "..", "a\\b", ".hidden", "/etc/passwd"])
def test_command_rejects_names_outside_the_banks_folder(runner: CliRunner, tmp_path: Path, name: str) -> None:
    result = runner.invoke(main, ["bank", "import", str(DATA / "numbered.txt"), "--name", name])
    assert result.exit_code == 1
    assert "invalid --name" in result.output
    assert not (tmp_path / "home" / "escape.yaml").exists()
    assert not list(tmp_path.rglob("escape.yaml"))


def test_command_reports_unreadable_and_non_utf8_files(runner: CliRunner, tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("1. Qu'est-ce qu'un r\u00e9seau ?\n\n  - Un mod\u00e8le.\n".encode("latin-1"))
    result = runner.invoke(main, ["bank", "import", str(latin)])
    assert result.exit_code == 1
    assert "not UTF-8" in result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    missing = runner.invoke(main, ["bank", "import", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "no such file" in missing.output
    folder = runner.invoke(main, ["bank", "import", str(tmp_path)])
    assert folder.exit_code == 1 and "folder" in folder.output
    assert not paths.user_banks_dir().exists() or not list(paths.user_banks_dir().iterdir())


def test_command_exits_1_when_nothing_is_imported(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "todo.md"
    article.write_text(
        "## Deep learning\n\n### What is a GAN?\n\n### Explain beam search.\n", encoding="utf-8"
    )
    result = runner.invoke(main, ["bank", "import", str(article)])
    assert result.exit_code == 1
    assert "no questions imported" in result.output
    assert "line 3" in result.output and "What is a GAN?" in result.output
    assert not (paths.user_banks_dir() / "todo.yaml").exists()


def test_command_rejects_coding_stage(runner: CliRunner) -> None:
    result = runner.invoke(main, ["bank", "import", str(DATA / "numbered.txt"), "--stage", "coding"])
    assert result.exit_code == 1
    assert "coding" in result.output and "Traceback" not in result.output
