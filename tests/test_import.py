"""`interviewer bank import`: prep articles in each layout become valid bank drafts."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from interviewer import paths
from interviewer.bank.importer import ImportResult, import_article, section_topic, split_marker
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


# --------------------------------------------------------------------------- real-world layouts (issue 17)

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|&nbsp;|&amp;")
_MARKERS = ("👶", "⭐", "🚀", "\u200d", "\ufe0f", "[easy]", "(Hard)", "[src]")


def model_answer(result: ImportResult, index: int) -> str:
    return str(result.questions[index]["model_answer"])


def assert_clean(result: ImportResult) -> None:
    """No HTML and no difficulty marker left in what the draft shows; the draft validates."""
    for question in result.questions:
        texts = [question["prompt"], question["model_answer"], *(p["text"] for p in question["points"])]
        for text in texts:
            assert not _TAG.search(text), text
        assert not any(marker in question["prompt"] for marker in _MARKERS), question["prompt"]
        assert question["prompt"] == question["prompt"].strip()
    assert_valid(result)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("What is regularization? 👶", "What is regularization?"),
        ("What is a ROC curve? \u200d⭐️", "What is a ROC curve?"),
        ("What is bagging? 🚀🚀", "What is bagging?"),
        ("🚀 What is boosting?", "What is boosting?"),
        ("What is a confusion matrix? [easy]", "What is a confusion matrix?"),
        ("[Hard] Why do deep nets generalise?", "Why do deep nets generalise?"),
        ("Why is the base rate ignored? [[src](https://example.org/a)]", "Why is the base rate ignored?"),
        ("Explain dropout. (Medium)", "Explain dropout."),
        ("What is f(x) (in words)?", "What is f(x) (in words)?"),  # brackets inside are the question
        ("Rotate the image by 90°", "Rotate the image by 90°"),  # a degree sign is no marker
    ],
)
def test_markers_after_or_before_a_question_are_cut_off(text: str, question: str) -> None:
    assert split_marker(text)[0] == question
    assert bool(split_marker(text)[1]) == (text != question)


def test_bold_questions_with_difficulty_markers() -> None:
    """Emoji, a zero-width joiner before the star, text tags, a marker outside the bold."""
    result = import_fixture("markers.md")
    assert prompts(result) == [
        "What is regularization?",
        "Which penalty pushes weights to exactly zero?",
        "How do you choose the penalty strength?",
        # No question mark, but the article's marker says it is a question.
        "Shrinkage and sparsity",
        "What does a confusion matrix show?",
        "Why can accuracy mislead on rare classes?",
    ]
    assert [q["topic"] for q in result.questions] == ["imported/regularization"] * 4 + [
        "imported/evaluation"
    ] * 2
    assert point_texts(result, 1) == [
        "The L1 penalty does, because its gradient keeps the same size however small a weight gets.",
        "L2 only shrinks weights towards zero and rarely lands on it.",
    ]
    # The marker after the closing '**' is not part of the answer.
    assert model_answer(result, 2).startswith("Search over a log-spaced grid of strengths")
    assert "Ridge gives the first and lasso gives both." in model_answer(result, 3)
    # "Answer here" is a placeholder, not an answer; the legend bullets belong to no question.
    assert [(p.line, p.prompt, p.reason) for p in result.problems] == [
        (34, "What is the lift of a model?", "no answer yet: left out")
    ]
    assert not any("Legend" in model_answer(result, i) for i in range(len(result.questions)))
    assert_clean(result)


def test_html_between_sections() -> None:
    """Banner, warning table, comments, anchors, <br/>, <hr/>, <details>/<summary>, an <h2>."""
    result = import_fixture("html_sections.md")
    assert prompts(result) == [
        "How does a decision tree pick a split?",
        "Why do single deep trees overfit?",
        "What does bagging change compared with one tree?",  # the question is the <summary>
        "What is out-of-bag error?",
    ]
    assert [q["topic"] for q in result.questions] == ["imported/decision-trees"] * 2 + [
        "imported/ensembles"
    ] * 2
    assert point_texts(result, 1) == [
        "A deep tree can keep splitting until every leaf holds one training example, so it memorises noise.",
        "Limit the depth or the minimum leaf size, or prune the tree afterwards.",
    ]
    assert point_texts(result, 2) == [
        "Bagging trains many trees on bootstrap resamples and averages their votes.",
        "The average has a lower variance than any single tree.",
    ]
    everything = "\n".join(q["model_answer"] for q in result.questions)
    for gone in ("kernel trick", "Show answer", "back to top", "banner", "short on purpose", "figure"):
        assert gone not in everything  # commented out, a reveal label, navigation, before any question
    assert model_answer(result, 3).endswith("gives a free estimate of test error.")
    assert result.problems == []
    assert_clean(result)


def test_br_inside_answers() -> None:
    result = import_fixture("br_answers.md")
    assert prompts(result) == [
        "What do precision and recall measure?",
        "How is the F1 score computed?",
        "When would you use a weighted F-score?",
    ]
    # <br/> ends a line: each part becomes its own point.
    assert point_texts(result, 0) == [
        "Precision: the share of flagged items that are truly positive.",
        "Recall: the share of true positives that get flagged.",
        "Both ignore true negatives.",
    ]
    assert point_texts(result, 1) == [
        "F1 is the harmonic mean of precision and recall, F_1 = 2PR / (P + R).",
        "It stays low unless both values are high.",
    ]
    # Inside a list item, <br> continues the item on an indented line.
    assert model_answer(result, 2) == (
        "- F_β with β > 1 weighs recall more, for example when a missed fraud case costs more than a "
        "false alarm.\n  Pick β from the ratio of those costs.\n- With β < 1 precision matters more."
    )
    assert len(point_texts(result, 2)) == 3
    assert result.problems == []
    assert_clean(result)


def test_tables_inside_answers() -> None:
    """A pipe table, one without outer pipes (and a <br> in a cell), an HTML table with <th>."""
    result = import_fixture("table_answers.md")
    assert prompts(result) == [
        "Which loss would you use for each task?",
        "How do L1 and L2 losses react to outliers?",
        "How do the classic optimisers compare?",
    ]
    assert point_texts(result, 0) == [
        "Regression: Mean squared error; Punishes large errors hard",
        "Binary classification: Log loss; Needs calibrated probabilities",
        "Ranking: Pairwise hinge; Cares about order only",
        "Start from these defaults and change them only for a reason.",
    ]
    assert "| Regression | Mean squared error | Punishes large errors hard |" in model_answer(result, 0)
    assert model_answer(result, 1) == (
        "| Loss | Outliers | Optimum |\n| --- | --- | --- |\n| L1 (absolute) | Robust | Median |\n"
        "| L2 (squared) | Sensitive; grows fast | Mean |"
    )
    assert point_texts(result, 1) == [
        "L1 (absolute): Robust; Median",
        "L2 (squared): Sensitive; grows fast; Mean",
    ]
    assert model_answer(result, 2).splitlines()[:4] == [
        "| Optimiser | Memory per weight | Typical use |",
        "|---|---|---|",
        "| SGD with momentum | One extra value | Vision models with long schedules |",
        "| Adam | Two extra values | Transformers; and most new work |",
    ]
    assert point_texts(result, 2) == [
        "SGD with momentum: One extra value; Vision models with long schedules",
        "Adam: Two extra values; Transformers; and most new work",
        "Adam needs more memory but less tuning of the learning rate.",
    ]
    assert result.problems == []
    assert_clean(result)


def test_nested_bullet_answers() -> None:
    result = import_fixture("nested_bullets.md")
    assert prompts(result) == [
        "How do you encode a categorical feature?",
        "What do you do with missing values?",
    ]
    # The nesting stays in the model answer, every marker written as '-'.
    assert model_answer(result, 0).splitlines() == [
        "- One-hot encoding gives each category its own column.",
        "  - It suits features with a few categories.",
        "  - Linear models need it, trees can live without it.",
        "- Target encoding replaces a category by the mean target for it.",
        "  - Compute it out of fold, or the model sees the label.",
        "    - Smooth rare categories towards the global mean.",
        "- Hashing maps categories into a fixed number of buckets.",
    ]
    assert point_texts(result, 0)[:2] == [
        "One-hot encoding gives each category its own column.",
        "It suits features with a few categories.",
    ]
    assert len(point_texts(result, 0)) == 6
    # Numbered items under a numbered answer are points, not questions; list intros are not points.
    assert point_texts(result, 1) == [
        "Drop rows, when few are missing at random.",
        "the median for skewed numbers;",
        'a new "missing" category for categorical features.',
        "Let the model handle them, as gradient-boosted trees do.",
        "Always add an indicator column when the fact of being missing may carry signal.",
    ]
    assert "    - the median for skewed numbers;" in model_answer(result, 1)
    assert result.problems == []
    assert_clean(result)


def test_heading_questions() -> None:
    """'### ...?' headings with markers, a 'Q2:' label, '3)' numbering with a source link,
    underlined (setext) section headings, an '#### Answer' heading."""
    result = import_fixture("headings.md")
    assert prompts(result) == [
        "What is a conditional probability?",
        "What does Bayes' rule let you do?",
        "Why is the base rate easy to forget?",
        "Explain what an eigenvector is.",
        "What does a gradient point to?",
    ]
    assert [q["topic"] for q in result.questions] == (
        ["imported/probability"] * 3 + ["imported/linear-algebra", "imported/calculus"]
    )
    # A '#### Answer' heading under a question heads its answer; it closes nothing.
    assert point_texts(result, 4) == [
        "The direction of steepest increase of the function; its length is the rate of that increase."
    ]
    assert point_texts(result, 1) == [
        "It turns P(B | A) into P(A | B) by weighting with the prior P(A).",
        "That is how a test result updates the chance of having a disease.",
    ]
    assert "example.org" not in model_answer(result, 2)
    assert [(p.line, p.prompt) for p in result.problems] == [(23, "What is the rank of a matrix?")]
    assert_clean(result)


def test_numbered_questions_with_the_answer_below() -> None:
    result = import_fixture("numbered.md")
    assert prompts(result) == [
        "What is a duplicate row, and how do you find one?",
        "How would you deal with outliers in a revenue column?",
        "Which steps make up a cleaning pipeline?",
        "What is the difference between an inner and a left join?",
    ]
    assert [q["topic"] for q in result.questions] == ["imported/data-cleaning"] * 3 + ["imported/joins"]
    # An indented answer is read like any other.
    assert point_texts(result, 1) == [
        "First check whether they are errors or real large customers.",
        "Cap or remove the errors, and model the real ones separately or with a robust loss.",
    ]
    # The numbered steps of an answer are its points, not new questions.
    assert point_texts(result, 2) == [
        "Fix the types of each column.",
        "Remove or merge duplicates.",
        "Handle missing values.",
        "Keep each step as code so the pipeline can be rerun on new data.",
    ]
    assert "1. Fix the types of each column." in model_answer(result, 2)
    assert result.problems == []
    assert_clean(result)


def test_question_lines_with_markers_in_plain_text() -> None:
    result = import_fixture("plain.txt")
    assert prompts(result) == ["What is a ROC curve?", "Why would you calibrate a classifier?"]
    # A question inside an answer paragraph stays in the answer.
    assert "Why does this matter? Because decisions use the probability" in model_answer(result, 1)
    assert result.problems == []
    assert_clean(result)


def test_plain_question_lines_when_the_article_has_nothing_else() -> None:
    article = (
        "What is a learning curve?\n\nIt plots the training and validation scores against the size "
        "of the training set.\n\nWhat does a wide gap between the curves mean?\n\nThe model "
        "overfits: more data or a simpler model should close it.\n"
    )
    result = import_article(article, "notes.txt")
    assert prompts(result) == ["What is a learning curve?", "What does a wide gap between the curves mean?"]
    assert point_texts(result, 1) == ["The model overfits: more data or a simpler model should close it."]
    assert_clean(result)


def test_broken_markup_is_reported_with_its_line_and_never_crashes() -> None:
    result = import_fixture("broken.md")
    assert prompts(result) == ["What does a learning-rate warm-up do?", "Why clip gradients?"]
    # The unclosed table is read up to the blank line, as a Markdown viewer shows it.
    assert point_texts(result, 0)[1] == "Warm-up steps: A few hundred to a few thousand"
    notes = [(p.line, p.reason.split(":")[0]) for p in result.problems if not p.is_question]
    assert notes == [
        (5, "an HTML comment '<!--' starts here and is never closed ('-->')"),
        (7, "an HTML <table> starts here and is never closed (</table>)"),
        (14, "an HTML <summary> starts here and is never closed (</summary>)"),
        (16, "the bold '**' here is never closed"),
        (18, "a code block ('```') starts here and is never closed"),
    ]
    assert [(p.line, p.prompt) for p in result.problems if p.is_question] == [
        (16, "What goes wrong with a huge batch?")  # its answer is an unclosed code block
    ]
    assert_clean(result)


@pytest.mark.parametrize(
    "article",
    [
        "",
        "\x00\x01\x02 binary junk \xff",
        "<table><tr><td>never closed",
        "**What? 👶**\n<details><summary>",
        "## Q?\n<<<>>> <b <img src='x> </div></div>",
        "```\n**What is X? 👶**\n",
        "*a " * 2000,
        "<!--" * 500,
        "| a | b |\n|---|---|\n" + "| x |\n" * 300,
        "1. What is X?\n" + "<summary>" * 300,
        "**What is X? 👶**\n\n" + "<br/>" * 500 + "answer text goes here.",
    ],
    ids=lambda article: repr(article[:24]),
)
def test_odd_input_never_raises(article: str) -> None:
    result = import_article(article, "odd.md")
    assert all(problem.line >= 1 for problem in result.problems)
    if result.questions:
        assert_valid(result)


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


def test_command_imports_marked_questions_and_names_file_and_line(runner: CliRunner) -> None:
    result = runner.invoke(main, ["bank", "import", str(DATA / "markers.md")])
    assert result.exit_code == 0, result.output
    assert "Imported 6 questions" in result.output
    assert "markers.md, line 34: 'What is the lift of a model?': no answer yet" in result.output
    data = yaml.safe_load((paths.user_banks_dir() / "markers.yaml").read_text(encoding="utf-8"))
    assert data["questions"][0]["prompt"] == "What is regularization?"

    broken = runner.invoke(main, ["bank", "import", str(DATA / "broken.md")])
    assert broken.exit_code == 0, broken.output
    assert "Check these places in the article:" in broken.output
    assert "broken.md, line 7: an HTML <table> starts here and is never closed" in broken.output
    assert "Traceback" not in broken.output


def test_command_names_file_and_line_when_nothing_is_imported(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "draft.md"
    article.write_text("**What is a GAN? 👶**\n\nAnswer here\n\n## Later\n\n```\nopen\n", encoding="utf-8")
    result = runner.invoke(main, ["bank", "import", str(article)])
    assert result.exit_code == 1
    assert f"{article}, line 1: 'What is a GAN?': no answer yet" in result.output
    assert f"{article}, line 7: a code block" in result.output
    assert "no questions imported" in result.output and "Traceback" not in result.output


def test_command_rejects_coding_stage(runner: CliRunner) -> None:
    result = runner.invoke(main, ["bank", "import", str(DATA / "numbered.txt"), "--stage", "coding"])
    assert result.exit_code == 1
    assert "coding" in result.output and "Traceback" not in result.output
