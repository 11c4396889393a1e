"""The interview logic without the UI: planning, follow-ups, hints, combined answers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.bank.schema import Stage
from interviewer.grading.grader import Grader
from interviewer.grading.present import point_markdown
from interviewer.grading.result import Grade, Status
from interviewer.interview import (
    CLOSING_TOPIC,
    MAX_FOLLOW_UPS,
    Interview,
    InterviewPlan,
    Mode,
    Turn,
    plan_interview,
    plan_technical_screen,
)
from interviewer.script import greeting, stage_frame
from interviewer.session import GradeJob, GradeOutcome
from tests.support import MLE_AND_MAP, RIDGE

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_banks([BANK])


def test_plan_follows_the_stages_in_order_and_ends_with_questions_for_us(bank: QuestionBank) -> None:
    plan = plan_interview(bank, "quick", seed=1)
    stages = [item.question.stage for item in plan.items[:-1]]
    assert stages == sorted(stages, key=list(Stage).index)
    # every stage (a quick interview asks no own-research question, and this bank has none)
    assert set(stages) == set(Stage) - {Stage.RESEARCH}
    assert plan.items[-1].closing and plan.items[-1].question.topic == CLOSING_TOPIC
    assert plan_interview(bank, "quick", seed=1) == plan  # reproducible


def test_plan_avoids_recent_questions_and_leans_to_weak_topics(builtin_bank: QuestionBank) -> None:
    first = plan_interview(builtin_bank, "quick", seed=3)
    technical = [i.question.id for i in first.items if i.question.stage is Stage.TECHNICAL]
    again = plan_interview(builtin_bank, "quick", seed=3, recent=technical)
    assert not set(technical) & {i.question.id for i in again.items}
    weak = plan_interview(builtin_bank, "quick", seed=3, weak_topics=["stats/"], stages=[Stage.TECHNICAL])
    assert weak.items[0].question.topic.startswith("stats/")


def test_technical_questions_mix_areas(builtin_bank: QuestionBank) -> None:
    plan = plan_interview(builtin_bank, "standard", seed=5, stages=[Stage.TECHNICAL])
    areas = [i.question.area for i in plan.items]
    assert len(set(areas)) == len(areas) == 4


def test_a_technical_screen_asks_short_questions_over_the_areas(builtin_bank: QuestionBank) -> None:
    plan = plan_technical_screen(builtin_bank, seed=4)
    questions = [i.question for i in plan.items]
    assert len(questions) == 6 and not any(i.closing for i in plan.items)
    assert all(q.stage is Stage.TECHNICAL and q.time_limit_s <= 180 and q.difficulty <= 2 for q in questions)
    assert len({q.area for q in questions}) == 4  # every technical area, none twice before all once
    assert plan_technical_screen(builtin_bank, seed=4) == plan
    again = plan_technical_screen(builtin_bank, seed=4, recent=[q.id for q in questions])
    assert not {q.id for q in questions} & {i.question.id for i in again.items}
    assert "F8" in greeting("k", [Stage.PHONE_SCREEN], "spoken")
    assert "technical" in greeting("k", plan.stages, "screen") and "screen" in greeting(
        "k", plan.stages, "screen"
    )


def test_stored_plan_round_trips(bank: QuestionBank) -> None:
    plan = plan_interview(bank, "quick", seed=2)
    assert InterviewPlan.from_ids(bank, plan.question_ids) == plan
    assert InterviewPlan.from_ids(bank, ["gone", *plan.question_ids]).question_ids == plan.question_ids


def test_follow_ups_probe_the_heaviest_missed_points_at_most_twice(
    bank: QuestionBank, grader: Grader
) -> None:
    plan = InterviewPlan.from_ids(bank, ["t.bias"])
    interview = Interview(plan, Mode.COACH)
    interview.record_answer("It is a common problem that people talk about a lot in machine learning.")
    grade = grader.grade(interview.current.question, interview.current.answers[0])
    probe = interview.next_follow_up(grade)
    assert interview.turn is Turn.FOLLOW_UP
    missed = [p.point_id for p in grade.points if p.status.value == "missed"]
    probes = {p.id: p.probe for p in interview.current.question.points}
    assert probe == probes[missed[0]]
    interview.record_answer("I would not know.")
    interview.next_follow_up(grade)
    interview.record_answer("No idea.")
    assert interview.next_follow_up(grade) is None
    assert len(interview.current.follow_ups) == MAX_FOLLOW_UPS
    assert len(interview.current.followup_pairs()) == MAX_FOLLOW_UPS
    interview.advance()
    assert interview.finished and interview.turn is Turn.QUESTION


def test_no_follow_up_when_everything_is_covered(bank: QuestionBank, grader: Grader) -> None:
    interview = Interview(InterviewPlan.from_ids(bank, ["t.bias"]), Mode.INTERVIEW)
    answer = (
        "Overfitting means the model fits the noise in its training data and generalizes poorly. "
        "You see it as a big gap between training and validation error. "
        "Regularization, more data and early stopping reduce it."
    )
    interview.record_answer(answer)
    assert interview.next_follow_up(grader.grade(interview.current.question, answer)) is None


def test_hints_reveal_points_heaviest_first_then_run_out(bank: QuestionBank) -> None:
    interview = Interview(InterviewPlan.from_ids(bank, ["t.bias"]), Mode.COACH)
    hints = [interview.hint() for _ in range(4)]
    assert hints[0] == interview.current.question.points[0].text  # weight 2
    assert hints[3] is None and interview.current.hints == ["definition", "detect", "prevent"]


def test_script_is_deterministic_per_session() -> None:
    stages = [Stage.PHONE_SCREEN, Stage.TECHNICAL]
    assert greeting("s1", stages) == greeting("s1", stages)
    assert "phone screen and technical" in greeting("s1", stages)
    # Practising one stage is not greeted as "our usual loop: behavioral".
    for key in ("s1", "s2", "s3", "s4"):
        practice = greeting(key, [Stage.BEHAVIORAL], kind="practice")
        assert "behavioral stage" in practice and "loop:" not in practice
    assert stage_frame("s1", Stage.BEHAVIORAL)


def test_an_answer_to_another_question_gets_the_question_restated_once(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    interview = Interview(InterviewPlan.from_ids(builtin_bank, ["ml.bias_variance"]), Mode.COACH)
    dropout = (
        "Dropout zeroes each hidden unit at random during training, so no unit can rely on another and "
        "co-adapted features break apart. At test time every unit is kept, and with inverted dropout the "
        "activations were already scaled during training, so nothing changes at inference."
    )
    interview.record_answer(dropout)
    grade = grader.grade(interview.current.question, dropout)
    restated = interview.next_follow_up(grade)
    assert restated is not None and "different question" in restated
    assert interview.current.question.prompt.split()[0] in restated
    right = (
        "Bias is error from assumptions that are too simple, so the model underfits; variance is "
        "sensitivity to the particular training sample, so it overfits."
    )
    interview.record_answer(right)
    # The answer to the restated question is what is graded; the first one stays in the transcript.
    answer, pairs = interview.current.graded_parts()
    assert answer == right and pairs == []
    assert grader.grade(interview.current.question, answer).score > grade.score
    # It is restated once only.
    assert interview.next_follow_up(grade) != restated


# ---------------------------------------------------------------- an interviewer that listens

LISTENING = Path(__file__).parent / "data" / "listening-bank.yaml"


@pytest.fixture(scope="module")
def listening() -> QuestionBank:
    loaded = load_banks([LISTENING])
    assert not loaded.problems
    return loaded


def test_a_strong_answer_is_pushed_further_and_nothing_said_is_asked_again(
    listening: QuestionBank, grader: Grader
) -> None:
    interview = Interview(InterviewPlan.from_ids(listening, ["l.mle_map"]), Mode.COACH)
    question = interview.current.question
    interview.record_answer(MLE_AND_MAP)
    grade = grader.grade(question, MLE_AND_MAP)
    assert {p.point_id for p in grade.points if p.status.value == "covered"} == {"mle", "map"}
    # A strong first answer: the scripted follow-up that is graded, not a probe.
    deeper = interview.next_follow_up(grade)
    assert deeper == question.follow_ups[0].prompt
    interview.record_answer(RIDGE)
    # The follow-up's answer is graded on its own, against its own points ...
    part = interview.current.follow_up_part()
    assert part is not None
    asked, said = part
    assert asked.follows == "l.mle_map" and said == RIDGE
    own = grader.grade(asked, said)
    assert own.score >= 75 and {p.point_id for p in own.points} == {"ridge", "strength"}
    # ... and not with the question's answer, whose grade does not move.
    answer, pairs = interview.current.graded_parts()
    assert answer == MLE_AND_MAP and pairs == []
    # Then the one point not made is probed, never the two that were.
    probe = interview.next_follow_up(grader.grade(question, answer, pairs))
    probes = {p.id: p.probe for p in question.points}
    assert probe == probes["small-data"]
    assert (
        probes["mle"] not in interview.current.follow_ups
        and probes["map"] not in interview.current.follow_ups
    )


def test_a_wrong_claim_is_challenged_in_the_candidates_words(listening: QuestionBank, grader: Grader) -> None:
    interview = Interview(InterviewPlan.from_ids(listening, ["l.mle_map"]), Mode.COACH)
    wrong = (
        "Maximum likelihood picks the parameters under which the observed data is most probable. "
        "MAP ignores the prior and only looks at the likelihood of the data, so it is the same thing."
    )
    interview.record_answer(wrong)
    grade = grader.grade(interview.current.question, wrong)
    challenge = interview.next_follow_up(grade)
    assert challenge is not None and "MAP ignores the prior" in challenge and challenge.startswith("You said")
    # A wrong answer is not pushed further with the scripted follow-up.
    assert all(f.prompt not in interview.current.follow_ups for f in interview.current.question.follow_ups)


def test_a_reconsidered_answer_is_not_challenged_again(builtin_bank: QuestionBank, grader: Grader) -> None:
    """Tried in the app: bias and variance swapped, challenged, and corrected in one reply ("Sorry,
    I had them the wrong way round ..."), then challenged again on another clause of the first
    answer, quoted without its subject: "You said: “it memorizes the training set and its
    predictions swing with every new sample.”", which alone reads as right. A challenge quotes
    the whole sentence when the clause starts with a pronoun, and once one is answered only a
    wrong claim made since is challenged."""
    from interviewer.interview import challenge_for

    interview = Interview(InterviewPlan.from_ids(builtin_bank, ["ml.bias_variance"]), Mode.INTERVIEW)
    question = interview.current.question
    swapped = (
        "The error of a model splits into bias, variance and noise. High bias means the model overfits: "
        "it memorizes the training set and its predictions swing with every new sample. High variance "
        "means it underfits because its assumptions are too simple. You see it by comparing training and "
        "validation error. To fix high variance you use a bigger model, and to fix high bias you collect "
        "more data or regularize."
    )
    interview.record_answer(swapped)
    grade = grader.grade(question, swapped)
    assert len(grade.contradicted) >= 2
    challenge = interview.next_follow_up(grade)
    assert challenge is not None and challenge.startswith("You said: “High")
    correction = (
        "Sorry, I had them the wrong way round. High bias is underfitting: assumptions too simple, so both "
        "training and validation error are high. High variance is overfitting: training error low, "
        "validation error much higher, because the fit depends on the particular sample. So for high bias "
        "you use a bigger model or better features, and for high variance more data, regularization or a "
        "simpler model."
    )
    interview.record_answer(correction)
    regraded = grader.grade(question, swapped, interview.current.followup_pairs())
    asked = interview.next_follow_up(regraded)
    assert asked is None or not asked.startswith("You said"), asked
    # The correction stands, and the mistake it corrects is kept with it, in every view and in
    # what is stored.
    corrected = [p for p in regraded.points if p.corrected_from]
    assert corrected and all(p.status is not Status.CONTRADICTED for p in corrected)
    assert {p.point_id for p in corrected} <= {p.point_id for p in grade.contradicted}
    assert all(p.corrected_from and p.corrected_from in swapped for p in corrected)
    assert Grade.from_dict(json.loads(json.dumps(regraded.to_dict()))) == regraded
    markdown = "\n".join(point_markdown(corrected[0]))
    assert "(corrected when challenged)" in markdown and "you first said: “" in markdown
    # A clause that starts with a pronoun is quoted with its sentence.
    said = challenge_for(
        "it memorizes the training set and its predictions swing with every new sample", swapped
    )
    assert "“High bias means the model overfits: it memorizes" in said


def test_a_wrong_answer_to_the_follow_up_scores_low(listening: QuestionBank, grader: Grader) -> None:
    asked = listening.get("l.mle_map").follow_up_question(0)  # type: ignore[union-attr]
    lasso = "It becomes lasso, I think: an L1 penalty that pushes the weights to exactly zero."
    assert grader.grade(asked, lasso).score <= 20
    assert grader.grade(asked, RIDGE).score >= 75


def test_the_coach_reacts_to_what_was_said(listening: QuestionBank, grader: Grader) -> None:
    from interviewer.script import reaction

    question = listening.get("l.mle_map")
    assert question is not None
    grade = grader.grade(question, MLE_AND_MAP)
    said = reaction(question, grade, MLE_AND_MAP)
    assert said == reaction(question, grade, MLE_AND_MAP)  # the same answer reads the same
    assert "coin" in said  # what was missing: the small-data point
    wrong = "MAP ignores the prior and only looks at the likelihood of the data, so it is the same as MLE."
    assert "MAP ignores the prior" in reaction(question, grader.grade(question, wrong), wrong)
    # Different answers are met with different words, not one fixed sentence.
    answers = [
        MLE_AND_MAP + " " + extra for extra in ("Indeed.", "That is it.", "Quite so.", "Yes.", "Right.")
    ]
    assert len({reaction(question, grader.grade(question, a), a).split(":")[0] for a in answers}) > 1


def test_a_point_the_candidate_named_is_not_asked_for_as_if_unsaid() -> None:
    """Tried in the app: an answer naming 'attribution graphs' and 'your responsible scaling
    policy' was asked 'Is there a particular paper of Anthropic's that stuck with you?'."""
    from interviewer.interview import mentions

    terms = ("interpretability", "attribution graphs", "Responsible Scaling Policy", "ASL-3")
    said = "I have read your interpretability work on attribution graphs and your responsible scaling policy."
    assert mentions(terms, said.casefold())
    assert not mentions(terms, "i like the company and its culture.")
    # One short, common term is no sign the point was named; two are.
    assert not mentions(("coin", "overfit"), "i flipped a coin.")
    assert mentions(("coin", "overfit"), "three heads in three coin flips would overfit.")


def test_a_main_point_left_out_is_asked_for_before_going_deeper(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Found walking a full interview: an answer that named reward hacking and how to confirm it,
    but not what to do, got the harder scripted question about chain-of-thought monitors. A
    real interviewer first asks for the fix."""
    question = next(q for q in builtin_bank.questions if q.prompt.startswith("During RL training on coding"))
    interview = Interview(InterviewPlan.from_ids(builtin_bank, [question.id]), Mode.COACH)
    answer = (
        "Most likely reward hacking: the policy found ways to satisfy the reward that are not what "
        "we want, for example special-casing the unit tests, deleting failing tests, or writing code "
        "that passes weak tests but is wrong. To confirm it I would read a sample of high-reward "
        "transcripts by hand and run the checkpoints on a held-out set of harder tasks that the "
        "reward never saw."
    )
    interview.record_answer(answer)
    grade = grader.grade(question, answer)
    asked = interview.next_follow_up(grade)
    scripted = {f.prompt for f in question.follow_ups}
    probes = {p.id: p.probe for p in question.points}
    missed = {p.point_id for p in grade.points if p.status.value == "missed"}
    assert asked not in scripted, asked
    assert asked in {probes[m] for m in missed}
    heaviest = max(p.weight for p in question.points)
    assert next(p.weight for p in question.points if p.probe == asked) >= min(heaviest, 2.0)


def test_what_the_candidate_said_they_would_bring_is_not_asked_for(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Tried in the app: "... so I would bring three years of building eval pipelines" was
    followed by "What would you bring to the team on day one?" (the point had only its own text
    to be matched against). Said in other words than its examples, it is not asked again."""
    interview = Interview(InterviewPlan.from_ids(builtin_bank, ["phone.why_anthropic"]), Mode.COACH)
    question = interview.current.question
    answer = (
        "Your interpretability papers are what made me apply; I want my work to make models safer "
        "rather than just bigger. On the team I could take over the distributed training tooling "
        "straight away, since I ran a 512-GPU cluster for the last two years."
    )
    interview.record_answer(answer)
    grade = grader.grade(question, answer)
    probes = {p.id: p.probe for p in question.points}
    assert interview.next_follow_up(grade) != probes["contribution"]
    assert probes["contribution"] not in interview.current.follow_ups


def test_the_coach_praises_the_point_made_best_not_the_heaviest(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Tried in the app: "That landed: 'A block takes a sequence of token vectors.'" quoted the
    evidence of the heaviest point, made at 82%, over a point made at 94%."""
    from interviewer.script import reaction

    question = builtin_bank.get("dl.transformer")
    assert question is not None
    answer = (
        "A block takes a sequence of token vectors. First comes multi-head self-attention: each token "
        "is projected to a query, a key and a value, the scores are query dot key scaled by the square "
        "root of the key dimension, a softmax turns them into weights, and the output is the weighted "
        "sum of values. Several heads run in parallel so different heads can track different "
        "relations. Around the attention sub-layer there is a residual connection and a layer norm, "
        "which keep gradients healthy in deep stacks."
    )
    grade = grader.grade(question, answer)
    said = reaction(question, grade, answer)
    best = max((p for p in grade.points if p.status.value == "covered"), key=lambda p: p.credit)
    assert best.evidence is not None and best.evidence[:40] in said
    assert "A block takes a sequence of token vectors." not in said


def test_the_coach_does_not_call_a_point_the_candidate_named_missing(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Tried in the app: "I also use early stopping to kill bad runs" was followed by "You did
    not get to this: Successive halving and Hyperband stop weak configurations early ..."."""
    from interviewer.script import reaction

    question = builtin_bank.get("ml.hyperparameter_tuning")
    assert question is not None
    answer = (
        "I compare settings on a held-out validation set, or with cross-validation, and keep the test "
        "set out of the search. I sample the learning rate on a log scale. Grid search tries every "
        "combination, "
        "so it blows up with many hyperparameters, and random search usually does better for the "
        "same budget. Bayesian optimization fits a surrogate model to past trials and picks the "
        "next one with an acquisition function. I also use early stopping to kill bad runs."
    )
    grade = grader.grade(question, answer)
    assert next(p for p in grade.points if p.point_id == "early-stopping").status.value == "missed"
    said = reaction(question, grade, answer)
    assert "Hyperband" not in said
    # Named in the answer to a follow-up, it is not missing either (tried in the app: "I would
    # also stop bad runs early with successive halving", said after a challenge).
    first = answer.replace(" I also use early stopping to kill bad runs.", "")
    later = ["I would also stop bad runs early with successive halving."]
    grade = grader.grade(question, first)
    assert "Hyperband" in reaction(question, grade, first)
    assert "Hyperband" not in reaction(question, grade, first, later)
    # Every quote ends as a sentence before the next one starts (tried in the app: "That
    # landed: “... on the frontier models themselves” What was missing: ...").
    why = builtin_bank.get("phone.why_anthropic")
    assert why is not None
    told = (
        "I read the constitutional AI paper and the circuit tracing work, and what struck me is that "
        "the safety research is done on the frontier models themselves, because many failures only "
        "show up at scale. In my last role I built red-teaming evaluations for a customer-facing "
        "assistant, so that mission connects directly to what I already do."
    )
    said = reaction(why, grader.grade(why, told), told)
    assert "themselves.”" in said and not re.search(r"[^.?!…]”", said), said


def test_a_clause_quoted_in_a_challenge_still_ends_as_a_sentence() -> None:
    from interviewer.interview import challenge_for

    said = challenge_for("A word2vec vector changes with the sentence the word appears in")
    assert "appears in.” Walk me through" in said
    assert "prior?” Walk" in challenge_for("Does MAP ignore the prior?")


def test_a_long_quote_is_cut_after_a_whole_word() -> None:
    """Tried in the app: the coach said "That landed: “... because many fa…”"."""
    from interviewer.script import quoted

    said = (
        "I also believe a lot of safety research has to happen on frontier models, because many "
        "failures only appear at scale."
    )
    assert quoted(said, 97) == (
        "“I also believe a lot of safety research has to happen on frontier models, because many failures…”"
    )
    assert quoted(said, 80).endswith("frontier models…”")  # no comma before the ellipsis
    assert quoted("x" * 200, 50) == "“" + "x" * 49 + "…”"  # one long word is still cut
    assert quoted(said, 200) == f"“{said}”"


def test_a_scripted_follow_up_the_answer_already_gives_is_not_asked(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Tried in the app: after "Your interpretability research is the direction I would most want
    to contribute to", the interviewer asked "Which of our research directions would you most
    want to contribute to?". A strong answer is pushed with a scripted follow-up it has not said."""
    interview = Interview(InterviewPlan.from_ids(builtin_bank, ["phone.why_anthropic"]), Mode.COACH)
    question = interview.current.question
    pushback, directions = (f.prompt for f in question.follow_ups)
    said_it = (
        "I want to work where safety research directly shapes the models that ship, and Anthropic "
        "publishes that work. Your interpretability research is the direction I would most want to "
        "contribute to, because I have spent two years probing model internals. I would bring three "
        "years of building evaluation pipelines on day one."
    )
    not_said = (
        "I want to work where safety research directly shapes the models that ship, and Anthropic "
        "publishes that work. I would bring three years of building evaluation pipelines on day one, "
        "and I care about getting them right."
    )
    said = grader.follow_ups_said(question, [said_it])
    assert said[directions] >= 0.5 > said[pushback]
    assert grader.follow_ups_said(question, [not_said])[directions] < 0.5
    # Denying any preference is near the prompt, and answers nothing.
    shrug = "I do not really care which research direction I contribute to; any team is fine."
    assert grader.follow_ups_said(question, [shrug])[directions] < 0.5
    interview.record_answer(said_it)
    grade = grader.grade(question, said_it)
    assert grade.score >= 70
    assert interview.next_follow_up(grade, None, said) == pushback
    # The session's grading job measures it with the grade, for a strong answer.
    outcome = GradeJob(0, 1, question, said_it, ()).run(grader)
    assert isinstance(outcome, GradeOutcome) and outcome.said == said


def test_an_insertion_point_explained_is_not_asked_for_again(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Tried in the app: "lo ends on the first index not below the target" was followed by "How
    would you change it to return the insertion point, like bisect_left?". An explanation without
    it still gets that follow-up."""
    question = builtin_bank.get("code.binary_search")
    assert question is not None
    bisect = question.follow_ups[0].prompt
    said_it = (
        "I keep lo and hi as a half-open range and halve it each step. When the loop ends, lo is the "
        "first index whose element is not below the target, so I check whether items[lo] equals the "
        "target and return lo, or -1 otherwise. It takes O(log n) comparisons and only works on "
        "sorted input."
    )
    plain = (
        "I compare the target with the middle element and throw away the half that cannot hold it, "
        "so the range halves every step and it takes about log2 of n comparisons. When I find an "
        "equal element I keep searching to the left, so I get the first occurrence. It only works "
        "because the list is sorted."
    )
    assert grader.follow_ups_said(question, [said_it])[bisect] >= 0.5
    assert grader.follow_ups_said(question, [plain])[bisect] < 0.5
    # Measured by the session's grading job whatever the explanation's own grade (here under
    # 70): passing code makes the answer strong, and it was asked again in the app.
    outcome = GradeJob(0, 1, question, said_it, ()).run(grader)
    assert isinstance(outcome, GradeOutcome) and outcome.grade.score < 70
    assert outcome.said[bisect] >= 0.5


def test_a_follow_up_builds_on_what_was_said_and_quotes_it(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Tried in the app: "layer normalization, usually applied before the sublayer" was followed
    by "Where do pre-norm and post-norm transformers differ...?" as if it had not been said. The
    follow-up that builds on a sentence of the answer is asked, after that sentence, quoted; an
    answer without such a sentence gets its follow-up plainly, and a denial is no hook."""
    question = builtin_bank.get("dl.transformer")
    assert question is not None
    pre_norm = next(f.prompt for f in question.follow_ups if "pre-norm" in f.prompt)
    said = (
        "Each sublayer sits inside a residual connection, with layer normalization, usually applied "
        "before the sublayer."
    )
    body = (
        "A transformer is a stack of identical blocks over a sequence of token vectors. Each block has "
        "multi-head self-attention, where every token builds a query, a key and a value and attends "
        "to all the others with softmax weights over scaled dot products, followed by a position-wise "
        "feed-forward network. {said} Because attention has no notion of order, positional "
        "information is added, for example rotary embeddings. Unlike an RNN, all positions are "
        "processed in parallel, and any two tokens are one step apart, though attention costs grow "
        "quadratically with sequence length."
    )
    answer = body.format(said=said)
    outcome = GradeJob(0, 1, question, answer, ()).run(grader)
    assert isinstance(outcome, GradeOutcome) and outcome.grade.score >= 70
    assert outcome.said[pre_norm] < 0.5 and outcome.hooks.get(pre_norm) == said
    interview = Interview(InterviewPlan.from_ids(builtin_bank, ["dl.transformer"]), Mode.INTERVIEW)
    interview.record_answer(answer)
    asked = interview.next_follow_up(outcome.grade, None, outcome.said, outcome.hooks)
    assert asked is not None and asked.endswith(pre_norm) and "“Each sublayer sits inside" in asked
    # Kept as asked, so the answer to it is graded against it.
    assert interview.current.follow_ups == [pre_norm]
    # Without that sentence, nothing is quoted.
    plain = body.format(said="Each sublayer sits inside a residual connection.")
    outcome = GradeJob(0, 1, question, plain, ()).run(grader)
    assert isinstance(outcome, GradeOutcome) and pre_norm not in outcome.hooks
    denied = body.format(said="I do not think layer normalization matters, wherever it is applied.")
    outcome = GradeJob(0, 1, question, denied, ()).run(grader)
    assert isinstance(outcome, GradeOutcome)
    assert all("do not think" not in hook for hook in outcome.hooks.values())


def test_the_coach_names_a_story_part_in_plain_words(builtin_bank: QuestionBank, grader: Grader) -> None:
    """Tried in the app: after a misuse story the coach said "Good: you made the point you told
    the situation."."""
    from interviewer.script import reaction

    question = builtin_bank.get("beh.misuse_risk")
    assert question is not None
    story = (
        "Last year I built a voice-cloning feature for an audiobook tool, and a week before launch I "
        "realised it would let anyone clone a stranger's voice from a podcast clip. I owned the feature, "
        "so it was my call to raise it. I wrote a one-page risk note, ran a quick test showing a "
        "thirty-second clip was enough, and proposed requiring a live consent recording that we "
        "matched against the uploaded voice. We shipped two weeks late with that check, and in the "
        "first quarter it blocked about four hundred attempts to clone voices without consent. I "
        "learned to write the misuse case into the design doc from the first day instead of at the end."
    )
    said = reaction(question, grader.grade(question, story), story)
    assert "made the point you told" not in said
    assert re.search(r"you told (the|your|what)|(the|your) \w+, told well", said), said


def test_a_challenged_claim_still_costs_when_the_candidate_stands_by_it(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Found in the app: the challenge quotes the candidate's sentence, and the quoted words were
    read as the question's, so the wrong claim counted as parroting the challenge and went free:
    "Hmm, I think so, yes." took the grade from 68 to 81. The quote is the candidate's own."""
    from interviewer.interview import challenge_for

    question = builtin_bank.get("ml.bias_variance")
    assert question is not None
    answer = (
        "Bias is the error from assumptions that are too simple, so a high-bias model underfits. Variance "
        "is the error from sensitivity to the training sample, so a high-variance model overfits. Test "
        "error is bias squared plus variance plus noise. To fix high variance you use a bigger model, and "
        "to fix high bias you collect more data or regularize more."
    )
    first = grader.grade(question, answer)
    assert "variance-remedies" in {p.point_id for p in first.contradicted}
    wrong = next(p.evidence for p in first.contradicted if p.point_id == "variance-remedies")
    asked = challenge_for(wrong or "", answer)
    assert "bigger model" in asked
    stood = grader.grade(question, answer, [(asked, "Hmm, I think so, yes.")])
    assert "variance-remedies" in {p.point_id for p in stood.contradicted}
    assert stood.score <= first.score
    fixed = grader.grade(
        question,
        answer,
        [
            (
                asked,
                "Sorry, the other way round: for high variance you collect more data, regularize or bag "
                "several models; for high bias you use a bigger model or richer features.",
            )
        ],
    )
    remedy = next(p for p in fixed.points if p.point_id == "variance-remedies")
    assert remedy.status is Status.COVERED and (remedy.corrected_from or "").startswith(
        "To fix high variance"
    )
