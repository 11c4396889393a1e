"""The system-design bank: its shape, fluent wrong answers that must score low, and the issue-17
facts of the LLM questions that now sit in the system-design stage."""

from __future__ import annotations

import pytest

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import Stage
from interviewer.grading.grader import Grader
from interviewer.grading.result import FlagCode, Status


def design_questions(bank: QuestionBank) -> list:  # type: ignore[type-arg]
    return [q for q in bank.questions if q.id.startswith("design.")]


def test_at_least_twelve_general_design_questions_in_the_system_design_stage(
    builtin_bank: QuestionBank,
) -> None:
    questions = design_questions(builtin_bank)
    assert len(questions) >= 12
    for q in questions:
        assert q.stage is Stage.SYSTEM_DESIGN, q.id
        assert q.topic.startswith("design/"), q.id
        assert 600 <= q.time_limit_s <= 900, q.id
    # The LLM evaluation-and-control questions (seed 004) are system design too, except the two
    # that discuss training methods (RLHF, constitutional AI): research discussion.
    llm = {q.id: q.stage for q in builtin_bank.questions if q.id.startswith("llm.")}
    discussed = {"llm.rlhf", "llm.constitutional_ai"}
    assert all(stage is Stage.RESEARCH for qid, stage in llm.items() if qid in discussed)
    assert sum(stage is Stage.SYSTEM_DESIGN for stage in llm.values()) >= 12


def test_every_design_point_is_one_idea_with_terms_a_probe_and_varied_examples(
    builtin_bank: QuestionBank,
) -> None:
    for q in design_questions(builtin_bank):
        assert len(q.points) >= 8, q.id  # the answer structure, one point per idea
        assert q.pitfalls, q.id
        for point in q.points:
            where = f"{q.id}/{point.id}"
            assert point.terms and point.probe, where
            assert 3 <= len(point.examples) <= 6, where
            assert len(set(point.examples)) == len(point.examples), where


def test_every_design_question_has_a_graded_follow_up_that_changes_a_constraint(
    builtin_bank: QuestionBank,
) -> None:
    for q in design_questions(builtin_bank):
        graded = [f for f in q.follow_ups if f.graded]
        assert graded, q.id
        for follow_up in graded:
            assert follow_up.model_answer is not None
            assert 2 <= len(follow_up.points) <= 4, (q.id, follow_up.prompt)
            # A new constraint, stated as a change ("now", "new constraint", "no longer").
            prompt = follow_up.prompt.lower()
            assert any(w in prompt for w in ("now", "new ", "no longer", "switches")), follow_up.prompt
            asked = q.follow_up_question(q.follow_ups.index(follow_up))
            assert asked.follows == q.id and asked.stage is Stage.SYSTEM_DESIGN


# Fluent answers that say the classic wrong things, in a candidate's words: each must score well
# below the question's partial sample. The second of each pair, and the single answers of the other
# questions, were first written without looking at the bank's wrong versions (what they escaped was
# then added to the bank as wrong versions in other words).
HOSTILE = {
    "design.recommendation_feed": [
        "The objective is simple: maximize the click-through rate of every video, since more clicks mean "
        "a better feed. I'd train only on the videos users clicked, because the ones they scrolled past "
        "tell us nothing. A large deep model scores every video in the catalog for each request, so no "
        "good candidate is ever lost to a retrieval step. When the new model's offline AUC beats the old "
        "one, we roll it out to everyone; an A/B test would only slow us down. Exploration just wastes "
        "impressions, so we always show the top predicted videos. Once the model is trained it doesn't "
        "need monitoring, and bots are not really a concern for a recommender.",
        "What matters is clicks, so the ranker is trained to push up CTR and that is the number we "
        "report. Skipped videos are just noise, so our training set is the clicked ones. To be thorough, "
        "every request runs the full model across the whole library rather than risking a shortlist. If "
        "the offline metrics look better than production, the new version replaces it for all users the "
        "same day. There's no point showing users random videos to explore; give them what scores best. "
        "After launch the thing runs by itself, and fake accounts don't really move a recommender.",
    ],
    "design.fraud_detection": [
        "Since 99.9 percent of payments are legitimate, I'd aim for a model with 99.9 percent accuracy, "
        "which shows it works. I'd shuffle all the transactions and split them at random into train and "
        "test sets. Payments without a chargeback are labeled legitimate right away, so the training data "
        "stays fresh. Fraud patterns are stable, so we train the model once and let it run for years. "
        "Declined payments were almost certainly fraud, so we can use them as positive labels. A neural "
        "network on the raw transaction fields is enough, and it simply blocks anything above 0.5.",
        "The goal is a classifier that is right on nearly every payment, so accuracy above 99.9 percent "
        "is the target. I'd mix all the months together and take a random twenty percent as the test "
        "set. Anything that hasn't come back as a chargeback yet counts as a good payment. Fraudsters "
        "behave the same way year after year, so after the first training we leave the model alone. "
        "Whatever the model declined we treat as fraud in the next training set. Any payment scoring "
        "over one half gets blocked.",
    ],
    "design.llm_eval_platform": [
        "I'd run the popular public benchmarks on every checkpoint, average every eval into one "
        "leaderboard number and ship whichever checkpoint scores highest. A checkpoint that scores one "
        "point higher is better, so error bars aren't needed. Teams can tweak prompt templates whenever "
        "they like, since small wording changes don't move the scores. An LLM judge can grade everything, "
        "and there's no need to check it against human labels. Contamination isn't a worry because the "
        "training data is so large. Dangerous-capability evals just use plain default prompts, since "
        "extra elicitation effort would only overstate the risk.",
        "The simplest platform is a script that runs the standard public benchmarks and produces one "
        "overall average, and the checkpoint with the best average wins. Differences of a point or so are "
        "real improvements, so we don't bother with confidence intervals. People can adjust the prompts "
        "as they go, since wording hardly matters. A strong model as judge is reliable enough that nobody "
        "needs to compare it with human ratings. With trillions of training tokens, leakage of a few test "
        "questions can't change anything. For dangerous capabilities we ask the model directly with a "
        "plain prompt; pushing harder would exaggerate the risk.",
    ],
    "design.rag_assistant": [
        "I'd load every document into one vector index and let the model figure out what's relevant. "
        "Access control is handled in the prompt: the model is told which documents are confidential "
        "and trusted to keep them private. Vector search is all we need, since keyword search is "
        "outdated. The model can answer from its own knowledge when retrieval finds nothing, which "
        "keeps users happy. To evaluate, we check that the answers sound fluent and helpful. "
        "Documents from our own wiki are trusted, so there's no injection risk.",
    ],
    "design.anomaly_detection": [
        "I'd compute the mean and standard deviation of each metric over the last month and alert "
        "whenever a value goes three standard deviations away, on every series and every breakdown, "
        "so we never miss anything. Past incidents can stay in the training data since they are rare. "
        "We should train a supervised classifier on labeled anomalies. If data stops arriving, the "
        "metric just looks flat, which is fine. We don't need to test the detector on history; "
        "on-call will tell us if it's wrong.",
    ],
    "design.llm_serving": [
        "Each GPU handles one request at a time so that users never slow each other down. Generation "
        "is limited by raw compute, so the best GPUs are the ones with the most FLOPs. The KV cache "
        "isn't worth managing; we just reserve memory for the maximum context length for every "
        "request. Quantization always ruins quality, so we serve full precision. Autoscaling can "
        "react instantly to traffic spikes, so no headroom is needed. Sharing the prefix cache across "
        "customers saves money and carries no risk.",
    ],
    "design.search_ranking": [
        "Search quality is basically click-through rate on the first result, so that's what I'd "
        "optimize. Candidates come from matching the query against product titles with a database "
        "LIKE query. I'd train a classifier on clicks as they are, since a click means the product is "
        "relevant. The new ranker ships as soon as its offline accuracy beats the old one. Sellers' "
        "titles and review counts go straight into the ranking; they know their products best. "
        "Latency isn't a concern because users will wait a second or two for good results.",
    ],
    "design.spam_abuse": [
        "Spam is a content problem, so I'd train a text classifier on messages and block those it "
        "flags. Whenever the classifier flags an account, we ban it permanently straight away. We can "
        "report our progress as the number of spam messages blocked per week. User reports are "
        "reliable labels, since nobody would report an innocent user. Once accuracy on the test set "
        "is high, the model can stay as it is. Behavioural signals like sending rate are unnecessary "
        "if the text model is good.",
    ],
    "design.eta_prediction": [
        "ETA is just distance divided by average speed, so I'd fit a linear regression on distance "
        "with squared error and show the prediction as a single number. Early and late deliveries are "
        "equally bad, so a symmetric loss is right. I'd evaluate with RMSE on a random sample of past "
        "orders. The ETA we show doesn't change anything customers do. Courier timestamps are exact, "
        "so the labels need no cleaning. If the model's error grows we'll retrain it at the end of "
        "the quarter.",
    ],
    "design.code_completion": [
        "I'd send the whole repository to the biggest model we have for every suggestion, since more "
        "context and a bigger model always give better code. A second or two of latency is fine "
        "because developers can wait. We'd judge it by HumanEval and by the acceptance rate alone. "
        "All the code developers type can be logged and used to train the next model. The model "
        "writes correct code, so there's no need to scan suggestions for vulnerabilities or licensed "
        "code.",
    ],
}


@pytest.mark.parametrize(
    ("question_id", "variant"),
    [(q, i) for q, answers in HOSTILE.items() for i in range(len(answers))],
)
def test_a_fluent_but_wrong_design_answer_scores_well_below_the_partial_sample(  # type: ignore[no-untyped-def]
    grader: Grader, builtin_bank: QuestionBank, samples, question_id: str, variant: int
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    partial = grader.grade(question, samples[question_id]["partial"]).score
    hostile = grader.grade(question, HOSTILE[question_id][variant])
    assert hostile.score < partial - 10, (hostile.score, partial)
    assert hostile.contradicted, "a fluent wrong answer should be read as contradicting some point"


# Issue 17: facts of the LLM questions.


def point(grade, point_id: str):  # type: ignore[no-untyped-def]
    return next(p for p in grade.points if p.point_id == point_id)


def test_a_correct_account_of_constitutional_classifiers_is_no_runtime_rules_pitfall(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    question = builtin_bank.get("llm.constitutional_ai")
    assert question is not None
    answer = (
        "Anthropic has also taken the constitution into deployment. Constitutional classifiers are input "
        "and output classifiers trained on synthetic data generated from a constitution that says which "
        "content is allowed and which is not. At runtime they screen the prompt and the streamed output, "
        "and they blocked nearly all universal jailbreaks in red teaming with only a small rise in refusals."
    )
    grade = grader.grade(question, answer)
    assert not grade.has_flag(FlagCode.PITFALL), [f.detail for f in grade.flags]
    assert not grade.contradicted
    assert point(grade, "constitutional-classifiers").status is Status.COVERED
    wrong = grader.grade(
        question,
        "Constitutional AI is basically hard-coded if-then rules that the serving code applies "
        "to each output.",
    )
    assert wrong.has_flag(FlagCode.PITFALL)


def test_the_kl_point_of_rlhf_is_met_without_ppo(grader: Grader, builtin_bank: QuestionBank) -> None:
    question = builtin_bank.get("llm.rlhf")
    assert question is not None
    answer = (
        "For the policy update I'd use GRPO: sample a group of responses per prompt and use the group's "
        "mean reward as the baseline, so no value network is needed. A KL penalty keeps the policy close "
        "to the reference model, so it cannot drift far just to exploit the reward model."
    )
    grade = grader.grade(question, answer)
    assert point(grade, "rl-kl").status is Status.COVERED
    assert point(grade, "rl-algorithms").status is not Status.MISSED
    assert not grade.contradicted


def test_self_evaluated_confidence_is_calibrated_but_not_to_be_trusted_alone(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    question = builtin_bank.get("llm.fallback_escalation")
    assert question is not None
    right = grader.grade(
        question,
        "I'd also ask the model for P(True), the probability that its answer is correct; large models are "
        "reasonably well calibrated at this, but I'd validate it on our own labeled traffic and combine it "
        "with classifier scores rather than rely on it alone.",
    )
    assert point(right, "self-confidence").status is Status.COVERED
    assert not right.contradicted and not right.has_flag(FlagCode.PITFALL)
    dismissive = grader.grade(
        question,
        "Asking a language model how confident it is tells you nothing, since its stated confidence has "
        "no relation to whether it is right.",
    )
    assert point(dismissive, "self-confidence").status is Status.CONTRADICTED
