"""The grader, with the real model: ordering of written answers, gaming, evidence, determinism."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import Question, Stage, adhoc_question
from interviewer.grading.grader import Grader
from interviewer.grading.overrides import apply_overrides
from interviewer.grading.present import OPTION_ASKED_WRONG, point_view, score_sum
from interviewer.grading.result import FlagCode, Grade, PointResult, Status
from interviewer.grading.scoring import COVERED_SHARE, counted
from interviewer.grading.segment import clean_text
from interviewer.grading.story import PART_ADVICE
from interviewer.store import Store, open_db

FILLER = [
    "Last weekend I went hiking with my cousins and the weather was lovely all day.",
    "My favourite recipe is a slow tomato sauce with garlic, basil and a little sugar.",
    "The old castle in my home town was built in the twelfth century by a local baron.",
    "I have always enjoyed playing chess in the park with my neighbours on Sundays.",
    "Our football team won the regional league after a very close final match.",
    "The train to the coast takes about three hours and passes many small villages.",
    "Gardening teaches patience, since tomatoes and peppers take months to ripen.",
    "My grandmother used to tell long stories about her travels across the mountains.",
]


def padded(answer: str, words: int = 5000) -> str:
    parts = [answer]
    count = len(answer.split())
    i = 0
    while count < words:
        sentence = FILLER[i % len(FILLER)]
        parts.append(sentence)
        count += len(sentence.split())
        i += 1
    return " ".join(parts)


def keyword_salad(question: Question) -> str:
    return ", ".join(term for point in question.points for term in point.terms)


def parroted(question: Question) -> str:
    prompt = question.prompt.rstrip("?.!")
    return f"{prompt}. So the question is: {prompt.lower()}? Yes, {prompt.lower()}."


def unrelated_question(question: Question, bank: QuestionBank, grader: Grader) -> Question:
    """The question of another stage whose model answer is furthest from this one's."""
    others = [q for q in bank.questions if q.stage is not question.stage] or [
        q for q in bank.questions if q.area != question.area
    ]
    vectors = grader.reference_vectors([question.model_answer, *(q.model_answer for q in others)])
    similarity = vectors[1:] @ vectors[0]
    return others[int(np.argmin(similarity))]


@pytest.fixture(scope="module")
def graded_samples(grader: Grader, builtin_bank: QuestionBank, samples):  # type: ignore[no-untyped-def]
    out = {}
    for question in builtin_bank.questions:
        bands = samples.get(question.id)
        assert bands and set(bands) >= {"strong", "partial", "weak"}, f"samples for {question.id}"
        out[question.id] = {band: grader.grade(question, text) for band, text in bands.items()}
    return out


def question_ids(bank_fixture_ids: list[str] | None = None) -> list[str]:
    from interviewer import paths
    from interviewer.bank.loader import load_banks

    return sorted(q.id for q in load_banks([paths.builtin_banks_dir()]).questions)


QUESTION_IDS = question_ids()


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_strong_beats_partial_beats_weak(graded_samples, question_id: str) -> None:  # type: ignore[no-untyped-def]
    grades = graded_samples[question_id]
    scores = {band: grade.score for band, grade in grades.items()}
    assert scores["strong"] > scores["partial"] > scores["weak"], scores


def test_a_points_mark_agrees_with_the_share_it_earned(graded_samples) -> None:  # type: ignore[no-untyped-def]
    """Issue 16: "✗ missed 79%" beside "✓ covered 85%", and "~ partial 86%" beside "✓ covered
    77%". Over every sample of every question, a covered point earned more of its weight than
    any partial one, and a missed one less than either."""
    covered, partial, missed = [], [], []
    for grades in graded_samples.values():
        for grade in grades.values():
            for p in grade.points:
                {Status.COVERED: covered, Status.PARTIAL: partial, Status.MISSED: missed}.get(
                    p.status, []
                ).append((p.credit, grade.question_id, p.point_id))
    assert covered and partial and missed
    assert min(covered)[0] >= COVERED_SHARE > max(partial)[0], (min(covered), max(partial))
    assert max(missed)[0] <= min(partial)[0], (max(missed), min(partial))


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_gaming_scores_below_the_partial_answer_and_is_flagged(  # type: ignore[no-untyped-def]
    grader: Grader, builtin_bank: QuestionBank, samples, graded_samples, question_id: str
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    partial = graded_samples[question_id]["partial"].score
    other = unrelated_question(question, builtin_bank, grader)
    attempts = {
        FlagCode.KEYWORD_SALAD: keyword_salad(question),
        FlagCode.PARROTING: parroted(question),
        # Another question's model answer is named as that question's answer.
        FlagCode.WRONG_QUESTION: other.model_answer,
        FlagCode.PADDING: padded(samples[question_id]["strong"]),
    }
    for flag, answer in attempts.items():
        grade = grader.grade(question, answer)
        assert grade.score < partial, (flag, grade.score, partial)
        assert grade.has_flag(flag), (flag, [f.code for f in grade.flags])
        if flag is FlagCode.WRONG_QUESTION:
            named = next(f.detail for f in grade.flags if f.code is flag)
            assert named == other.id, (named, other.id)


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_fluent_pitfall_answer_scores_below_partial(  # type: ignore[no-untyped-def]
    grader: Grader, builtin_bank: QuestionBank, graded_samples, question_id: str
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None and question.pitfalls, "every starter question has pitfalls"
    for pitfall in question.pitfalls:
        grade = grader.grade(question, pitfall.text)
        assert grade.score < graded_samples[question_id]["partial"].score, (pitfall.id, grade.score)
        assert grade.has_flag(FlagCode.PITFALL), (pitfall.id, grade.flags)


def test_evidence_is_the_users_own_words_at_its_offsets(graded_samples, samples) -> None:  # type: ignore[no-untyped-def]
    checked = 0
    for question_id, grades in graded_samples.items():
        for band, grade in grades.items():
            text = clean_text(samples[question_id][band])
            for point in grade.points:
                if point.status is Status.MISSED:
                    assert point.evidence is None
                    continue
                assert point.evidence and point.evidence_start is not None
                assert text[point.evidence_start : point.evidence_end].strip() == point.evidence
                checked += 1
    assert checked > 50


def test_same_answer_same_grade(grader: Grader, builtin_bank: QuestionBank, samples) -> None:  # type: ignore[no-untyped-def]
    question = builtin_bank.questions[0]
    answer = samples[question.id]["partial"]
    # Other questions graded first (which embeds their references, and with another question's
    # check, every question's) must not change this grade.
    for other in builtin_bank.questions[5:15]:
        grader.grade(other, samples[other.id]["partial"])
    first = grader.grade(question, answer)
    fresh = Grader(grader.embedder, grader.calibration, neighbours=grader.neighbours)
    assert [grader.grade(question, answer) for _ in range(3)] == [first] * 3
    assert fresh.grade(question, answer) == first


def test_a_reference_embeds_the_same_whatever_it_is_encoded_with(grader: Grader) -> None:
    # A reference text is embedded with whatever else is missing from the cache; under bfloat16
    # packing or padding beside other texts changed its vector by up to 2e-3.
    texts = [
        "Variance grows with capacity.",
        "High bias means the model is too simple to fit the training data.",
        "The KV cache stores keys and values so decoding does not recompute them.",
        "Dropout is off at test time.",
    ]
    together = grader.embedder.encode(texts)
    for text, vector in zip(texts, together, strict=True):
        assert np.array_equal(grader.embedder.encode([text])[0], vector), text
    assert np.array_equal(grader.embedder.encode(texts[::-1])[::-1], together)


def test_terms_alone_never_make_a_point_covered(grader: Grader, builtin_bank: QuestionBank) -> None:
    # Even if key terms were worth a whole similarity unit, a point is covered only when the
    # span is already semantically at least partial.
    generous = Grader(
        grader.embedder, dataclasses.replace(grader.calibration, term_bonus=1.0, salad_factor=1.0)
    )
    for question in builtin_bank.questions:
        salad = keyword_salad(question)
        plain = {p.point_id: p for p in grader.grade(question, salad).points}
        for point in generous.grade(question, salad).points:
            if point.status is Status.COVERED:
                assert plain[point.point_id].status is not Status.MISSED, (question.id, point)


@pytest.mark.parametrize(
    ("answer", "salad"),
    [
        # Terse, correct technical prose: few function words, but sentences, not a list.
        (
            "Random forests average many deep trees trained on bootstrap samples; boosting fits "
            "trees sequentially to residuals.",
            False,
        ),
        ("Boosting reduces bias. Bagging reduces variance. XGBoost wins on tabular data.", False),
        (
            "Gradient boosting fits shallow trees sequentially, each correcting earlier residual "
            "errors; random forests average deep decorrelated trees.",
            False,
        ),
        # Term lists, with commas or without, and one with a few function words in it.
        ("bagging, boosting, bias, variance, residuals, bootstrap, XGBoost, LightGBM", True),
        ("bagging boosting bias variance residuals bootstrap XGBoost LightGBM early stopping", True),
        ("random forest, the variance, gradient boosting, residual errors, learning rate, XGBoost", True),
    ],
)
def test_keyword_salad_is_a_list_not_terse_prose(
    grader: Grader, builtin_bank: QuestionBank, answer: str, salad: bool
) -> None:
    question = builtin_bank.get("ml.boosting_vs_random_forest")
    assert question is not None
    grade = grader.grade(question, answer)
    assert grade.has_flag(FlagCode.KEYWORD_SALAD) is salad, [f.detail for f in grade.flags]
    if not salad:
        assert grade.score >= 40, grade.score  # it names real points; no salad penalty


MISSION = "I care about building AI that is safe and steerable."


def contribution(grader: Grader, question: Question, reply: str, probe: str | None) -> PointResult:
    """The 'contribution' point of phone.why_anthropic after a mission answer and ``reply``,
    given as the answer to ``probe`` (or, with None, simply appended to the answer)."""
    if probe is None:
        grade = grader.grade(question, f"{MISSION}\n\n{reply}")
    else:
        grade = grader.grade(question, MISSION, [(probe, reply)])
    return next(p for p in grade.points if p.point_id == "contribution")


def test_restating_a_follow_up_question_earns_nothing(grader: Grader, builtin_bank: QuestionBank) -> None:
    question = builtin_bank.get("phone.why_anthropic")
    assert question is not None
    probe = next(p.probe for p in question.points if p.id == "contribution")
    assert probe is not None
    echo = probe.replace("you", "I")  # "What would I bring to the team on day one?"
    assert contribution(grader, question, echo, None).status is not Status.MISSED  # the hole this closes
    parroted = contribution(grader, question, echo, probe)
    assert parroted.status is Status.MISSED and parroted.evidence is None


def test_an_answer_to_a_probe_is_read_after_its_question(grader: Grader, builtin_bank: QuestionBank) -> None:
    question = builtin_bank.get("phone.why_anthropic")
    assert question is not None
    probe = next(p.probe for p in question.points if p.id == "contribution")
    assert probe is not None
    # Elliptical, as spoken answers to a follow-up are: missed out of context, made in context.
    reply = "Strong evaluation skills: I built eval harnesses and ran ablations."
    plain = contribution(grader, question, reply, None)
    answered = contribution(grader, question, reply, probe)
    assert plain.status is Status.MISSED
    assert answered.status is not Status.MISSED and answered.evidence is not None
    assert answered.credit > plain.credit
    # Non-answers gain nothing from the question they follow.
    for non_answer in ["I don't know.", "I am not sure what I would bring.", "I like pizza and hiking."]:
        without = contribution(grader, question, non_answer, None)
        within = contribution(grader, question, non_answer, probe)
        assert within.status is Status.MISSED, non_answer
        assert within.credit <= without.credit + 0.05, (non_answer, without.credit, within.credit)


def test_ones_own_experience_is_made_by_a_sentence_about_it(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Tried in the app: "my experience connects to that mission" was covered by the
    frontier-models sentence (0.58) over the experience sentence (0.50), and an answer with no
    experience in it at all made it (0.50) with its mission sentence: the point was about the
    mission as much as about one's own work."""
    question = builtin_bank.get("phone.why_anthropic")
    assert question is not None
    mission = (
        "I'm drawn by the mission of safe, steerable AI. I read the Responsible Scaling Policy. Safety "
        "research needs frontier models because many failures only appear at scale. "
    )
    told = (
        "Before this I was an ML engineer on a search team, where I wrote the offline evaluation "
        "harness and the canaries that caught bad model pushes. "
    )

    def personal(answer: str) -> PointResult:
        return next(p for p in grader.grade(question, answer).points if p.point_id == "personal-link")

    made = personal(mission + told + "I'd bring evaluation tooling.")
    assert made.status is not Status.MISSED and made.evidence is not None
    assert made.evidence.startswith("Before this I was an ML engineer"), made.evidence
    for without in (
        mission + "I'd bring research engineering skills from day one.",
        "The mission of safe, interpretable AI is why I'm here, and safety as a research problem is what I "
        "want to work on. I read the constitutional AI paper. I would contribute infrastructure skills.",
    ):
        assert personal(without).status is Status.MISSED, (without, personal(without))


def test_empty_and_tiny_answers(grader: Grader, builtin_bank: QuestionBank) -> None:
    question = builtin_bank.questions[0]
    for answer in ["", "   \n\t ", "\x00\x07", "…!?"]:
        grade = grader.grade(question, answer)
        assert grade.score == 0 and grade.has_flag(FlagCode.TOO_SHORT)
        assert all(p.status is Status.MISSED for p in grade.points)
    short = grader.grade(question, "It depends.")
    assert short.has_flag(FlagCode.TOO_SHORT) and short.word_count == 2


def test_huge_answer_is_truncated_with_a_note(grader: Grader, builtin_bank: QuestionBank, samples) -> None:  # type: ignore[no-untyped-def]
    question = builtin_bank.questions[0]
    grade = grader.grade(question, padded(samples[question.id]["strong"], words=20_000))
    assert grade.has_flag(FlagCode.TRUNCATED)
    assert 2000 < grade.word_count <= grader.calibration.max_words


@pytest.mark.parametrize(
    "paste",
    [
        ("Bias is error from simple assumptions. " * 27000)[:1_000_000],
        ("Смещение — это ошибка 🚀 שלום, ‮ reversed ‬ text. " * 30000)[:1_000_000],
        "x" * 1_000_000,
        "\x00\x1b[31m" * 100_000,
    ],
    ids=["english", "mixed-scripts-rtl-emoji", "one-huge-word", "control-characters"],
)
def test_a_one_megabyte_paste_is_graded_with_a_note(
    grader: Grader, builtin_bank: QuestionBank, paste: str
) -> None:
    question = builtin_bank.questions[0]
    grade = grader.grade(question, paste)
    assert 0 <= grade.score <= 100
    assert grade.has_flag(FlagCode.TRUNCATED) or grade.has_flag(FlagCode.TOO_SHORT)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_any_text_gets_a_grade(grader: Grader, builtin_bank: QuestionBank, text: str) -> None:
    grade = grader.grade(builtin_bank.questions[0], text)
    assert 0 <= grade.score <= 100
    assert all(p.evidence is None or p.evidence in clean_text(text) for p in grade.points)


def test_adhoc_reference_grading(grader: Grader) -> None:
    question = adhoc_question(
        "Gradient descent updates parameters against the gradient of the loss. "
        "The learning rate sets the step size. A learning rate that is too large makes training diverge."
    )
    good = grader.grade(
        question,
        "You move the weights a small step opposite to the loss gradient each iteration. "
        "How big the step is depends on the learning rate, and if it is too big training diverges.",
    )
    bad = grader.grade(question, "Binary search halves a sorted array until it finds the target.")
    assert good.score > 60 > bad.score
    assert all(p.status is not Status.MISSED for p in good.points)


class CountingEmbedder:
    """The real embedder, counting what it is asked to encode (not a fake: it returns real vectors)."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.encoded: list[str] = []

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def encode(self, texts):  # type: ignore[no-untyped-def]
        self.encoded.extend(texts)
        return self.inner.encode(texts)

    def encode_sentences(self, sentences):  # type: ignore[no-untyped-def]
        return self.inner.encode_sentences(sentences)


def test_reference_embeddings_are_cached_in_sqlite(
    grader: Grader, builtin_bank: QuestionBank, tmp_path: Path, samples
) -> None:  # type: ignore[no-untyped-def]
    question = builtin_bank.questions[0]
    answer = samples[question.id]["strong"]
    first = CountingEmbedder(grader.embedder)
    store = Store(open_db(tmp_path / "cache.db"))
    expected = Grader(first, grader.calibration, cache=store).grade(question, answer)
    assert len(first.encoded) >= len(question.points)

    # A new process (new grader, same database): the warm grade encodes only the answer.
    second = CountingEmbedder(grader.embedder)
    again = Grader(second, grader.calibration, cache=Store(open_db(tmp_path / "cache.db")))
    assert again.grade(question, answer) == expected
    assert second.encoded == []


def test_packed_encoder_matches_plain_sentence_transformers(grader: Grader) -> None:
    embedder = grader.embedder
    assert getattr(embedder, "packed", False), "the bundled model should use the packed fast path"
    from interviewer.grading.embedder import SentenceInput

    texts = ["Bias is error from simplifying assumptions.", "Variance grows with capacity, sadly."]
    packed = embedder.encode_sentences([SentenceInput(t) for t in texts])
    plain = embedder.encode(texts)
    for i in range(len(texts)):
        assert float(np.dot(packed[i][0], plain[i])) > 0.999


def test_the_lean_encoder_pass_is_the_models_own_bit_for_bit(grader: Grader) -> None:
    """The grader runs the BERT layers itself (faster); it must compute exactly what the model does."""
    import torch

    from interviewer.grading.embedder import _bert_forward, _plain_bert

    model = grader.embedder.shared_encoder()[0]
    assert _plain_bert(model)
    tokens = grader.embedder.shared_encoder()[1](
        ["Bias is error from simplifying assumptions.", "Variance grows with capacity, for most models."],
        padding=True,
        return_tensors="pt",
    )
    ids = tokens["input_ids"]
    dtype = next(model.parameters()).dtype
    mask = torch.zeros((ids.shape[0], 1, ids.shape[1], ids.shape[1]), dtype=dtype)
    mask.masked_fill_(tokens["attention_mask"][:, None, None, :] == 0, torch.finfo(dtype).min)
    kwargs = {
        "input_ids": ids,
        "attention_mask": mask,
        "position_ids": torch.arange(ids.shape[1])[None].expand_as(ids),
        "token_type_ids": torch.zeros_like(ids),
    }
    with torch.inference_mode():
        theirs = model(**kwargs).last_hidden_state
        ours = _bert_forward(model, **kwargs)
    assert torch.equal(ours, theirs)


def test_star_feedback_names_the_missing_parts(graded_samples, builtin_bank: QuestionBank) -> None:  # type: ignore[no-untyped-def]
    behavioral = [q for q in builtin_bank.questions if q.stage is Stage.BEHAVIORAL]
    assert behavioral
    for question in behavioral:
        assert {"situation", "task", "action", "result"} <= {p.id for p in question.points}

        def missing(band: str, question_id: str = question.id) -> set[str]:
            grade = graded_samples[question_id][band]
            flags = [f for f in grade.flags if f.code is FlagCode.STAR]
            return set(flags[0].detail.split(",")) if flags else set()

        weak = missing("weak")
        assert weak, f"{question.id}: a weak story should miss a STAR part"
        for part in weak:
            assert PART_ADVICE[part] in next(
                f.message for f in graded_samples[question.id]["weak"].flags if f.code is FlagCode.STAR
            )
        assert len(missing("strong")) < len(weak)


def test_a_grader_without_the_bank_grades_without_the_other_question_check(
    grader: Grader, builtin_bank: QuestionBank, samples
) -> None:  # type: ignore[no-untyped-def]
    alone = Grader(grader.embedder, grader.calibration)
    question = builtin_bank.questions[0]
    result = alone.grade(question, samples[question.id]["strong"])
    assert result.score > 0 and not result.has_flag(FlagCode.WRONG_QUESTION)


def test_logistics_are_graded_as_the_candidates_facts_not_the_model_answers(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Tried in the app: a complete, true answer (London, right to work, one month's notice)
    scored 59, and the report told the candidate to study "I'm on a work visa that would need a
    transfer"."""
    question = builtin_bank.get("phone.logistics")
    assert question is not None
    answer = (
        "I am interviewing with two other companies and hope to decide within four weeks. I would like "
        "to be based in London, I have the right to work in the UK, and my notice period is one month."
    )
    result = grader.grade(question, answer)
    assert result.score >= 80, [(p.point_id, p.status, p.credit) for p in result.points]
    assert all(p.status is not Status.MISSED for p in result.points)
    # What is left to study says what to state, not one story's facts.
    assert not any(p.text.startswith("I'm on a work visa") for p in question.points)


def test_two_good_questions_for_us_are_a_full_answer(grader: Grader, builtin_bank: QuestionBank) -> None:
    """The closing question's points are options (``best_of: 2``): any two good questions make
    a full answer, and the options not asked weigh nothing, rather than being missed."""
    question = builtin_bank.get("phone.questions_for_us")
    assert question is not None and question.best_of == 2
    two = grader.grade(
        question,
        "Yes, two. What would success in this role look like after six months, and what would my "
        "first project be? And how does the team decide what to work on, and how do research and "
        "engineering work together day to day?",
    )
    assert two.score >= 85, two.score
    assert len(counted(two.points, two.best_of)) == 2
    # The bank's weights stay on the grade: the rule that counts the best two is the scoring
    # rule's, so the stored grade, the overrides and the sum shown all apply it.
    assert [p.weight for p in two.points] == [p.weight for p in question.points]
    assert Grade.from_dict(two.to_dict()).best_of == 2
    none = grader.grade(
        question, "No, I don't have any questions, I think you've covered everything. Thanks."
    )
    assert none.score <= 15, none.score
    # The user knows better: two options marked covered make a full answer, whichever two.
    for first, second in ((0, 1), (len(question.points) - 2, len(question.points) - 1)):
        marked = {question.points[first].id: Status.COVERED, question.points[second].id: Status.COVERED}
        judged = apply_overrides(none, marked)
        assert judged.raw_score == 100, (marked, judged.raw_score)  # the flags' penalty stays
        assert any("/ " in line and "= 100" in line for line in score_sum(judged)), score_sum(judged)


def test_a_good_question_of_ones_own_counts_whatever_the_list_says(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Tried in the app: two sound questions for the interviewer, one of them on no list, scored
    51 and read "lean no hire". A real question about the work counts as an option of its own
    (in part, shown with the question asked); a short vague one, pay or perks, or a fact from the
    website do not."""
    question = builtin_bank.get("phone.questions_for_us")
    assert question is not None
    own = (
        "Yes, two. What tooling do engineers here wish they had but haven't found time to build? "
        "And how do you tell that a research direction isn't working and should be stopped?"
    )
    grade = grader.grade(question, own)
    assert grade.score >= 60 and not grade.flags, (grade.score, grade.flags)
    evidence = {p.evidence for p in counted(grade.points, grade.best_of)}
    assert any(e and e.startswith("What tooling") for e in evidence), evidence
    listed = (
        "What would success look like for me after six months? And which kinds of production "
        "failures have taught the team the most about its training infrastructure?"
    )
    assert grader.grade(question, listed).score >= 75
    for weak in (
        "Not really, maybe what the team does? That's all.",
        "What is the salary range for this role, and is fully remote work possible?",
        "What does Anthropic do? When was the company founded?",
        # Found as a hostile candidate: questions of 8+ words near some option, yet no question
        # to ask an interviewer, scored 53 and 61.
        "Do you think I did well so far, and will I get the offer?",
        "Why did your team not publish anything last year, and is the team going to be shut down?",
    ):
        assert grader.grade(question, weak).score <= 30, weak
    # One of them beside a good question of one's own costs, rather than counting as the second.
    fishing = grader.grade(
        question,
        "Yes, two. What tooling do engineers here wish they had but haven't found time to build? "
        "And do you think I did well so far, and will I get the offer?",
    )
    assert fishing.score <= grade.score - 20, (fishing.score, grade.score)
    # Tried in the app: one question near two options counted as both (66, as much as two).
    one = grader.grade(
        question, "Yes. What tooling do engineers here wish they had but haven't found time to build?"
    )
    assert one.score <= 55 and one.score <= grade.score - 15, (one.score, grade.score)
    assert len({p.evidence for p in counted(one.points, one.best_of) if p.evidence}) == 1
    # The user knows better: the two options that question was near, marked covered, both count.
    shared = [p.point_id for p in one.points if p.evidence and p.evidence.startswith("What tooling")][:2]
    assert len(shared) == 2, one.points
    marked = apply_overrides(one, dict.fromkeys(shared, Status.COVERED))
    assert marked.raw_score == 100, (shared, marked.raw_score)
    assert any(p.status is Status.CONTRADICTED for p in fishing.points), fishing.points


def test_one_wrong_question_for_us_undoes_one_good_one_not_the_whole_answer(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Found as a hostile candidate: four good questions and one that assumes safety is a
    compliance team's job scored 0: the wrong option's weight (3) outweighed the two best
    options counted (3). An option is not owed, so one asked wrong costs what one good option
    earns, and the sum shown still adds up to the score."""
    question = builtin_bank.get("phone.questions_for_us")
    assert question is not None
    good = [
        "What would a great first six months look like in this role, and what would my first project be?",
        "How does the team choose what to work on, and how do researchers and engineers split the work?",
        "What's the hardest unsolved problem the team is wrestling with right now?",
        "And what are the next steps from here, and what should I prepare for the technical rounds?",
    ]
    strong = grader.grade(
        question,
        " ".join(
            [
                "How does safety show up in the team's daily research, and has it ever made you "
                "drop something you were building?",
                *good,
            ]
        ),
    )
    assert strong.score >= 85, strong.score
    for wrong in (
        "I assume safety is mostly handled by a separate compliance team, so it won't really affect "
        "what I build, right?",
        "How soon after joining could I get promoted, and how big is the annual bonus?",
    ):
        grade = grader.grade(question, " ".join([wrong, *good]))
        assert any(p.status is Status.CONTRADICTED for p in grade.points), (wrong, grade.points)
        assert 35 <= grade.score <= strong.score - 30, (wrong, grade.score)
        # Every number in the sum is shown: worked out by hand, it gives the score.
        line = score_sum(grade)[0]
        terms, total = line.split("(", 1)[1].split(") / ")
        total = total.split(" =")[0]
        value = sum(
            (-1 if sign == "−" else 1) * float(share) / 100 * float(weight)
            for sign, share, weight in re.findall(r"([+−]?) ?(\d+)%×([\d.]+)", terms)
        )
        assert abs(100 * value / float(total) - grade.raw_score) <= 2, (line, grade.raw_score)
        # The weight shown beside the wrong option is the bank's: the note says what it costs.
        wrong_option = next(p for p in grade.points if p.status is Status.CONTRADICTED)
        assert OPTION_ASKED_WRONG in point_view(wrong_option, True, option=True).notes
        assert OPTION_ASKED_WRONG not in point_view(wrong_option, True).notes


def test_best_of_cannot_ask_for_more_points_than_there_are(builtin_bank: QuestionBank) -> None:
    question = builtin_bank.get("phone.questions_for_us")
    assert question is not None
    data = question.model_dump()
    data["best_of"] = len(question.points) + 1
    with pytest.raises(ValueError, match="best_of"):
        Question.model_validate(data)
