"""Behavioral and own-work answers are graded as stories: any good true story scores well, a
vague one does not, and what the feedback asks for is a part of a story, never a sentence of the
model answer's own story.

The stories in ``data/samples/stories_*.yaml`` were written from the questions' prompts alone,
without the reference points, three per question with different settings, plus one vague answer.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import Question, Stage, StoryAct, StoryPart
from interviewer.grading.grader import Grader
from interviewer.grading.result import FlagCode, Grade, Status
from interviewer.grading.segment import split_sentences
from interviewer.grading.story import (
    ACTS,
    RED_FLAGS,
    named_things,
    part_strengths,
    red_flag,
    specialist_words,
    specific_details,
    story_acts,
    story_parts,
    tells_events,
    view_share,
)
from tests.conftest import load_samples


def _stories() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for sample in load_samples():
        if sample["band"] in ("story", "vague"):
            out[sample["question"]][sample["band"]].append(sample["answer"])
    return out


STORIES = _stories()


def _story_questions(bank: QuestionBank) -> list[Question]:
    """Behavioral questions, and those about the candidate's own research."""
    return [q for q in bank.questions if q.stage is Stage.BEHAVIORAL or q.area == "research"]


# Fluent, detailed stories with one warning sign each, written for these tests.
HOSTILE_STORIES: dict[tuple[str, str], str] = {
    ("beh.failure", "blame"): (
        "Last year I led the migration of our churn model to a new feature store, with a launch "
        "promised to the sales team for the end of March. In week eight it was clear we would slip "
        "by a month. The real problem was the platform team, who changed the feature schema twice "
        "without warning, so honestly the delay was not in my control. I rebuilt the feature joins "
        "twice and reran the backfill over 40 million rows because the schema kept moving. We "
        "shipped four weeks late, and churn precision went up by 6 points. The lesson I took is to "
        "get written commitments from other teams before I promise a date."
    ),
    ("beh.failure", "no lesson"): (
        "Two years ago I was responsible for a conference demo of our speech model, and it failed "
        "on stage in front of about 300 people because the venue microphones clipped the audio. I "
        "had tested it twice in our office the week before, so I had done what I could. I restarted"
        " the demo once and then switched to a recorded video to finish the talk. We lost a couple "
        "of leads, but the talk itself was rated well. Honestly it was mostly bad luck, and there "
        "was nothing much to learn from it."
    ),
    ("beh.production_mistake", "concealment"): (
        "Two years ago I pushed a change to our tokenizer config that broke decoding for about 3 "
        "percent of Japanese requests. I noticed the error rate jump on a dashboard the next "
        "morning. I quietly reverted the config myself and redeployed within an hour, so nobody on "
        "the team ever found out it had been my change. I then added a unit test with 50 Japanese "
        "strings because the old tests were all English. Errors went back to zero the same day, and"
        " the test has caught two similar breaks since. I learned to test every config change "
        "against non-English inputs."
    ),
    ("beh.production_mistake", "blame"): (
        "Last spring I changed the rounding in our billing service, and for two days about 800 "
        "customers were charged a few cents too much. When support flagged it, I fixed the "
        "rounding, refunded every affected customer and added a property test over a million random"
        " amounts. Honestly it was not my fault; the reviewer should have caught it, since she "
        "signed off on the change. The refunds went out within 48 hours and the test has blocked "
        "one similar change since."
    ),
    ("beh.technical_disagreement", "overruling"): (
        "On my last team, a senior engineer wanted to move our ranking model to a large "
        "transformer, while I was sure gradient-boosted trees with better features would do as well"
        " at a tenth of the serving cost. We argued about it in three design reviews over two "
        "weeks. Since I owned the roadmap, I went over his head to our director and got the "
        "decision made my way. I then built the feature pipeline myself and ran an A/B test on 10 "
        "percent of traffic. The trees matched the transformer within 0.3 points of NDCG, so it "
        "proved I had been right, and he had to admit it in the next review. Looking back, I "
        "learned that data ends arguments."
    ),
    ("beh.technical_disagreement", "deference"): (
        "On our search team a staff engineer wanted to replace our BM25 retrieval stage with a dense "
        "retriever, while I thought a hybrid of the two would be safer for rare product names. I asked "
        "him to walk me through his reasoning, and his worry was the latency of running two indexes. "
        "In the end I dropped it since he was far more senior and had built the original system. We "
        "shipped the dense retriever over six weeks, and recall on rare queries fell by about 9 percent, "
        "which we patched later with a keyword fallback. I learned to write down my concerns early."
    ),
    ("beh.values_conflict", "ultimatum"): (
        "At a consumer lending startup I was asked to add features to our credit model that used "
        "shopping-app data, to lift approval precision before a funding round. I measured the effect "
        "and found the new features cut approvals for applicants over sixty by 14 percent at the same "
        "default rate. I told my manager I'd go to the press unless the features were dropped. "
        "Leadership removed them the next week, and we added a fairness report by age band to every "
        "model review. I learned that concerns land best with numbers behind them."
    ),
    ("beh.mentoring", "taking credit"): (
        "Last year a new graduate joined our forecasting team and was struggling with our feature "
        "pipeline and with how to debug training runs. I set up two one-hour sessions a week, and "
        "instead of fixing her bugs I asked her what she expected each plot to show. Within three months "
        "she found a leakage bug that had inflated our backtest accuracy by 6 points. I presented her "
        "analysis as my own in the quarterly review, since I was the one leading the project. She now "
        "owns the pipeline and mentors the next hire. I learned that asking questions teaches faster "
        "than giving answers."
    ),
    ("beh.deadline_prioritization", "concealment"): (
        "Three weeks before a model launch for a retail client I had the new ranking model, the "
        "evaluation suite, a latency fix and a dashboard on my plate, and no way to finish all four. I "
        "listed them and ranked them by impact and by the risk of leaving each out, and I kept the "
        "evaluation suite and the rollback switch no matter what. The dashboard clearly had to slip. I "
        "waited until after the launch to tell the client that the dashboard would be late. We "
        "launched on time with the model and the checks, and the dashboard followed two weeks later. "
        "I learned to rank the work on day one rather than in the last week."
    ),
}
# The concealment story told honestly: the temptation named and refused.
HONEST_STORY = (
    "Two years ago I pushed a change to our tokenizer config that broke decoding for about 3 "
    "percent of Japanese requests. I noticed the error rate jump on a dashboard the next "
    "morning. My first instinct was to quietly revert it myself, but I told my lead and the on-"
    "call channel within ten minutes, because people deserved to know what had happened. We "
    "reverted the config and redeployed within an hour. I then added a unit test with 50 "
    "Japanese strings because the old tests were all English, and I wrote a short post-mortem "
    "naming my change. Errors went back to zero the same day, and the test has caught two "
    "similar breaks since. I learned to test every config change against non-English inputs."
)


def test_every_story_question_has_three_stories_and_a_vague_answer(builtin_bank: QuestionBank) -> None:
    for question in _story_questions(builtin_bank):
        bands = STORIES.get(question.id, {})
        assert len(bands.get("story", [])) >= 3, question.id
        assert len(bands.get("vague", [])) >= 1, question.id


@pytest.fixture(scope="module")
def story_grades(grader: Grader, builtin_bank: QuestionBank) -> dict[str, dict[str, list[Grade]]]:
    out: dict[str, dict[str, list[Grade]]] = {}
    for question_id, bands in STORIES.items():
        question = builtin_bank.get(question_id)
        assert question is not None, question_id
        out[question_id] = {band: [grader.grade(question, t) for t in texts] for band, texts in bands.items()}
    return out


@pytest.mark.parametrize("question_id", sorted(STORIES))
def test_any_good_story_scores_well_and_a_vague_one_does_not(
    story_grades: dict[str, dict[str, list[Grade]]], question_id: str
) -> None:
    stories = story_grades[question_id]["story"]
    vague = story_grades[question_id]["vague"]
    assert all(g.score >= 75 for g in stories), [(g.score, [f.code.value for f in g.flags]) for g in stories]
    assert all(g.score <= 50 for g in vague), [g.score for g in vague]


def test_stories_are_graded_as_stories_across_the_bank(
    story_grades: dict[str, dict[str, list[Grade]]],
) -> None:
    """Where the whole set stands (before story grading: 0 of 81 stories reached 75)."""
    stories = [g for bands in story_grades.values() for g in bands["story"]]
    vague = [g for bands in story_grades.values() for g in bands["vague"]]
    # All 81 since session 18 (75 when a story's own particulars stopped counting as filler).
    assert all(g.score >= 75 for g in stories), sorted(g.score for g in stories)
    assert all(g.score <= 50 for g in vague), sorted(g.score for g in vague)
    assert min(g.score for g in stories) >= 25
    # No true story is taken for another question's answer, nor called vague.
    assert not [g.question_id for g in stories if g.has_flag(FlagCode.WRONG_QUESTION)]
    assert not [g.question_id for g in stories if g.has_flag(FlagCode.VAGUE)]
    assert sum(not g.has_flag(FlagCode.STAR) for g in stories) >= 50


def test_no_behavioral_point_tells_an_invented_story(builtin_bank: QuestionBank) -> None:
    """Points are what any good story has: no number, no named project or product."""
    for question in builtin_bank.questions:
        if question.stage is not Stage.BEHAVIORAL:
            continue
        for point in question.points:
            for text in point.exemplars:
                assert not re.search(r"\d", text), (question.id, point.id, text)
                # A capital inside a sentence names something ("Rust", "ImageNet"), "I" aside.
                named = [
                    w for w in re.findall(r"(?<=[a-z,;] )[A-Z]\w+", text) if w not in {"I", "I'm", "I'd"}
                ]
                assert not named, (question.id, point.id, text, named)
        parts = {p.part for p in question.points if p.part}
        assert parts == set(StoryPart), (question.id, parts)


# What any story has, whoever tells it: "the failure", "the people", "the idea".
_ANY_STORY = {"failure", "people", "most", "idea", "models", "work", "project", "problem", "team", "result"}


def test_no_story_follow_up_asks_about_the_model_answers_story(builtin_bank: QuestionBank) -> None:
    """Found in a full interview: after a true story about one team, the interviewer asked "What
    did you do about the fifth team?", a team only the model answer had. A follow-up to a story
    question refers to nothing ("the director", "the annotators") that only the model story has."""
    for question in builtin_bank.questions:
        if question.stage not in (Stage.BEHAVIORAL, Stage.RESEARCH):
            continue
        told = question.model_answer.lower()
        asked = question.prompt.lower()
        for follow_up in question.follow_ups:
            for word in re.findall(r"\bthe (\w+)", follow_up.prompt.lower()):
                assert word in _ANY_STORY or word not in told or word in asked, (
                    question.id,
                    follow_up.prompt,
                    word,
                )


def test_the_parts_of_a_story_are_read_from_how_its_sentences_are_built() -> None:
    said = {
        "Last spring, on the payments team, we were two weeks from a launch.": StoryPart.SITUATION,
        "My job was to sign off on the evaluation before release.": StoryPart.TASK,
        "I rebuilt the test set because the old one leaked users across splits.": StoryPart.ACTION,
        "In the end, false positives dropped by 40 percent.": StoryPart.RESULT,
        "Looking back, I would have involved the client much earlier.": StoryPart.REFLECTION,
    }
    for sentence, part in said.items():
        assert part_strengths(sentence).get(part) == 1.0, (sentence, part_strengths(sentence))
    # Opinions and platitudes do none of it.
    assert part_strengths("I think communication is really important in any team.") == {}
    assert part_strengths("Safety matters a lot to me.") == {}
    # One "I did" is a weak sign of one's own actions; several, with a reason, a clear one.
    one = story_parts(["I wrote a memo."])
    assert one[StoryPart.ACTION][0] == 0.5
    two = story_parts(["I wrote a memo.", "I measured the gap because nobody had numbers."])
    assert two[StoryPart.ACTION] == (1.0, 1)
    # Three sentences of one's own actions are clear, reason given or not; two without are not.
    acts = ["I ran an overlap check.", "I posted the correction.", "Then I deduplicated the data."]
    assert story_parts(acts[:2])[StoryPart.ACTION][0] == 0.5
    assert story_parts(acts)[StoryPart.ACTION][0] == 1.0
    # The change made after a failure is its reflection.
    assert part_strengths("What I changed was the pipeline, not just my habits.").get(StoryPart.REFLECTION)


def test_a_story_without_details_is_vague() -> None:
    vague = [
        "I always try to raise concerns when I see them.",
        "We flagged the issue and the team fixed it.",
        "It worked out fine in the end and we learned a lot.",
    ]
    told = [
        "Two weeks before launch I found the model refused 8 percent of medical questions.",
        "I pulled 300 of the refusals and sorted them by cause.",
        "I proposed a fix to the launch review because the harm was severe.",
    ]
    assert specific_details(vague) < 3 <= specific_details(told)


def test_an_act_told_in_the_perfect_is_an_act(grader: Grader, builtin_bank: QuestionBank) -> None:
    """ "I've stopped projects at that checkpoint" is something the candidate did. Not counting
    it left a true account of how one picks problems one detail short: swapping "we had
    thousands of hours of logged failures" for "our logs of robot failures were something few
    groups had" called it vague, 92 -> 55, with every point still covered."""
    assert specific_details(["I've also stopped projects at that checkpoint."]) == 1.0
    assert specific_details(["I have stopped two projects."]) == 2.0  # a number and an act
    from tests.test_one_wrong_sentence import STRONG, _with

    question = builtin_bank.get("research.choosing_problems")
    assert question is not None
    strong = grader.grade(question, " ".join(STRONG[question.id]))
    told = "We had no special compute, but our logs of robot failures were something few groups had."
    grade = grader.grade(question, _with(question.id, 2, told))
    assert not grade.has_flag(FlagCode.VAGUE)
    assert grade.score >= strong.score - 5, (grade.score, strong.score)


def test_a_plan_in_its_fields_own_words_is_not_vague(grader: Grader, builtin_bank: QuestionBank) -> None:
    """Found as a hostile candidate: a plan counted as specific only by its numbers and things
    done, so one right sentence without a number ("a cheap test on held-out rare queries comes
    first") took a strong plan across the line, 89 -> 53, and the strong reproducibility sample
    (one number: "three to five seeds") scored 58 for a raw 97. A plan in its field's own words
    is specific; one in platitudes is not, whatever its length."""
    platitudes = [
        "With another six months we would keep improving the model and scale it up further.",
        "We'd probably explore some newer architectures, add more data, and make the pipeline more robust.",
        "Basically we would keep iterating and optimizing to get even better performance and drive impact.",
    ]
    field = [
        "The first thing I'd go after is long-tail queries, where our search ranker's click-through is "
        "lowest, since that's where shoppers give up and leave.",
        "My hypothesis is that rare queries have almost no click data to learn from.",
        "I'd generate synthetic relevance labels, retrain, and compare on held-out rare queries.",
    ]
    assert specialist_words(platitudes) < 12 <= specialist_words(field)
    # Jargon is no plan: without a number or a thing done it stays vague, however many terms.
    jargon = (
        "Next I would leverage state-of-the-art transformer architectures and run hyperparameter "
        "optimization at scale. My hypothesis is that distributed training with better data augmentation "
        "and regularization will generalize. I'd run ablations and benchmark against baselines, and if it "
        "doesn't work I'd pivot to reinforcement learning or retrieval-augmented generation. I'd "
        "prioritize by impact and feasibility. Longer term I'd productionize it with MLOps observability "
        "and containerized microservices."
    )
    assert specialist_words([jargon]) >= 12
    question = builtin_bank.get("research.next_steps")
    assert question is not None
    plan = (
        "The first thing I'd go after is long-tail queries, where our search ranker's click-through is "
        "half its average, since that's where shoppers give up and leave. My hypothesis is that the "
        "ranker fails there because rare queries have almost no click data to learn from, not because "
        "the model is too small. I wouldn't go straight to a full rebuild: a cheap test on held-out rare "
        "queries comes first, with the bar set before I see results. If it moves less than that, data "
        "scarcity isn't the explanation, and I'd switch to a query-rewriting approach instead. For the "
        "rest I'd rank ideas by how much they would change a product decision against how many weeks "
        "they take, which puts a bigger model near the bottom. Longer term I'd check whether the "
        "approach holds in our other markets and languages, which would tell us whether it's a general fix."
    )
    grade = grader.grade(question, plan)
    assert not grade.has_flag(FlagCode.VAGUE) and grade.score >= 80, (grade.score, grade.flags)
    buzz = grader.grade(question, jargon)
    assert buzz.has_flag(FlagCode.VAGUE) and buzz.score <= 50, (buzz.score, buzz.flags)
    reproducible = builtin_bank.get("research.reproducibility")
    assert reproducible is not None
    strong = next(
        s["answer"]
        for s in load_samples()
        if s["question"] == "research.reproducibility" and s["band"] == "strong"
    )
    grade = grader.grade(reproducible, strong)
    assert not grade.has_flag(FlagCode.VAGUE) and grade.score >= 85, (grade.score, grade.flags)


# Platitudes with numbers sprinkled in: enough "details" to pass for a story, no story told.
PLATITUDE_STORIES = {
    "beh.failure": [
        "In 2021 I worked on 3 projects with 5 teams. I think failure is part of growth. I delivered 2 "
        "of them late, which was a failure. I always keep a positive attitude. I learned that "
        "communication matters and I now try to communicate more. Failure is how we grow as "
        "engineers, and I own my mistakes.",
        "In 2021 I worked on 3 projects with 5 teams. I think failure is part of growth. I delivered 2 "
        "of them late because the scope changed 4 times. I always keep a positive attitude. I learned "
        "a lot and now I always plan ahead and own my work.",
    ],
    "beh.technical_disagreement": [
        "In 2022 I had 2 disagreements with 3 colleagues about the model. I believe disagreement is "
        "healthy and every team needs it. I always listen to the other side and I stay respectful. I "
        "think data should decide, not opinions. In the end we agreed and the project shipped 1 month "
        "later. Communication is key in engineering.",
    ],
    "beh.production_mistake": [
        "I made 1 mistake in production in 2020 that affected 5 percent of users. I believe mistakes "
        "are how we grow as engineers. I always own my mistakes and I stay calm under pressure. It "
        "was fixed in 2 hours. I learned a lot and now I am always careful.",
    ],
}


@pytest.mark.parametrize(
    ("question_id", "answer"), [(q, a) for q, answers in PLATITUDE_STORIES.items() for a in answers]
)
def test_platitudes_with_numbers_sprinkled_in_are_no_story(
    grader: Grader, builtin_bank: QuestionBank, question_id: str, answer: str
) -> None:
    """Numbers and "I delivered" count as details, so such an answer once passed for a specific
    story and scored 67 to beh.failure; views ("I think failure is part of growth") are read as
    views: no similarity lift, and an answer mostly made of them is vague."""
    question = builtin_bank.get(question_id)
    assert question is not None
    grade = grader.grade(question, answer)
    assert grade.score <= 50, (grade.score, [(p.point_id, p.status.value, p.credit) for p in grade.points])
    assert grade.has_flag(FlagCode.VAGUE)


def test_a_critique_that_names_nothing_is_vague() -> None:
    """A plan, a practice or a critique is no story told in the past: what makes it specific is
    what it names and counts."""
    vague = [
        "I recently read a really interesting paper about large language models.",
        "As for weaknesses, maybe it could have had more experiments.",
    ]
    named = [
        "I read the DPO paper, which skips PPO and the reward model.",
        "It was judged by GPT-4 on Anthropic's HH data.",
    ]
    assert named_things(vague) == 0
    assert named_things(named) >= 4
    assert specific_details(["They trained hundreds of models."]) == 1


def test_a_view_is_told_apart_from_what_happened() -> None:
    views = [
        "I think failure is part of growth.",
        "I always keep a positive attitude.",
        "The lesson was that planning matters.",
        "Failure is how we grow as engineers, and I own my mistakes.",
    ]
    events = [
        "I delivered two of them late because the scope changed.",
        "My hypothesis was that the tokenizer split the numbers.",
        "We had two options and little time.",
        "I always rerun the seeds now, after 3 of 5 runs diverged.",  # a number pins it down
    ]
    assert not any(tells_events(s) for s in views)
    assert all(tells_events(s) for s in events)
    assert view_share(views + events[:1]) > 0.5 > view_share(events + views[:1])


def test_an_act_is_read_from_how_it_is_said() -> None:
    """What a sentence of an own-work answer does, in any project's words."""
    said = {
        StoryAct.HYPOTHESIS: "My hypothesis is that decomposing the query would raise recall on that slice.",
        StoryAct.DECISION_RULE: "If more candidates close the gap, it isn't worth it and I'd drop it.",
        StoryAct.PRIORITIZE: "I'd prioritize by traffic times failure rate.",
        StoryAct.LONG_TERM: "The longer-term question is whether the fix carries over to other languages.",
        StoryAct.ALTERNATIVES: "One alternative was CodeBLEU, which I ruled out quickly.",
        StoryAct.COMPARISON: "I ran all three on the same validation folds before choosing.",
        StoryAct.CHECKS: "I reran it with three seeds and checked the pipeline end to end.",
        StoryAct.SCOPE: "It is one corridor, in simulation, so the claim may not generalize.",
        StoryAct.WEAKNESS: "It fails most on darker skin, where sensitivity dropped from 0.88 to 0.70.",
        StoryAct.CAVEAT: "So it shouldn't serve as a standalone screen until it is validated there.",
        StoryAct.CONSTRAINTS: "We had about 20,000 labelled pairs and a two week deadline.",
        StoryAct.MEASURED: "The pretrained model reached a macro-F1 of about 0.78 on the new sites.",
    }
    for act, sentence in said.items():
        assert act in story_acts([sentence]), (act, sentence)
    general = [
        "I like research a lot.",
        "The model was good and the team was happy.",
        "We used a transformer.",
        "I improved the accuracy a lot.",
    ]
    assert story_acts(general) == {}


def test_every_act_point_is_said_the_way_its_act_reads(builtin_bank: QuestionBank) -> None:
    """A point marked with an act is made, in most of its own words, by a sentence doing it: the
    mark says what the point is, not a topic."""
    marked = [(q.id, p) for q in builtin_bank.questions for p in q.points if p.act is not None]
    assert len(marked) >= 12
    for question_id, point in marked:
        assert point.act is not None
        read = sum(bool(ACTS[point.act].search(text)) for text in point.exemplars)
        assert read >= 0.8 * len(point.exemplars), (question_id, point.id, point.act)


@pytest.mark.parametrize(
    ("question_id", "answer", "most"),
    [
        (
            "research.next_steps",
            "I would keep improving the model. My hypothesis is that more data always helps. I'd run some "
            "experiments and see what happens. If it doesn't work, I'd try something else. I'd prioritize "
            "the most important things. Longer term, I'd check whether it generalizes.",
            50,
        ),
        (
            "research.method_choice",
            "I picked the method because it is the best one. I considered other options but they were worse. "
            "I assumed it would work. I tested it and it was good.",
            55,
        ),
    ],
)
def test_cues_without_substance_earn_little(
    grader: Grader, builtin_bank: QuestionBank, question_id: str, answer: str, most: int
) -> None:
    """Every act named, nothing specific: a plan with no number and nothing done is vague, and a
    bare cue ("I assumed it would work") earns half an act."""
    question = builtin_bank.get(question_id)
    assert question is not None
    grade = grader.grade(question, answer)
    assert grade.score <= most, (grade.score, [(p.point_id, p.status.value, p.credit) for p in grade.points])


def test_a_true_story_unlike_the_model_answer_is_read_by_its_parts(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """A story the model answer does not tell meets the parts it has, and what it lacks is named
    as a part of a story (the report says "tell the result"), not as the model story's sentence."""
    question = builtin_bank.get("beh.technical_disagreement")
    assert question is not None
    answer = (
        "At my previous job on a small search team, a colleague and I disagreed about whether to "
        "rebuild our indexing pipeline on a new streaming framework or keep the nightly batch job. "
        "My goal was to get the right decision without it becoming personal, since we would keep "
        "working together for years. I asked him to walk me through his reasoning first, and his "
        "real concern was stale results for breaking news, which I had underrated. I suggested we "
        "agree on a measure, freshness of the top ten results for news queries, and each prototype "
        "our option for a week, because a demo would settle it faster than another meeting."
    )
    grade = grader.grade(question, answer)
    by_part = {p.part: p for p in grade.points if p.part}
    assert set(by_part) == {part.value for part in StoryPart}
    for part in ("situation", "task", "action"):
        assert by_part[part].status in (Status.COVERED, Status.PARTIAL), by_part[part]
    star = [f for f in grade.flags if f.code is FlagCode.STAR]
    assert not star or not {"situation", "task", "action"} & set(star[0].detail.split(","))


def test_a_project_unlike_the_model_answers_is_read_as_a_story(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Own research is about the candidate's own project, however far it is from the model
    answer's: a limitations answer about court transcription (no word of the model answer's
    topic) is read by what its sentences do; a story about bread with the same cues is not."""
    question = builtin_bank.get("research.limitations")
    assert question is not None
    court = (
        "My project was a speech-to-text model for court hearings in Kenya, trained on 300 hours of "
        "recordings we transcribed with two legal firms. Its clearest failure is overlapping speech: "
        "when two people talk at once, the word error rate goes from 14 percent to over 40 percent. "
        "Error analysis showed why: under five percent of the training audio had any overlap, and the "
        "annotators skipped those stretches. Our evaluation had a gap too, since the test hearings "
        "came from the same three courtrooms as training, so the numbers are likely optimistic for "
        "other rooms and microphones. I found the overlap problem by listening to the 50 worst "
        "transcripts and tagging each error by type. For the firms this means the transcripts should "
        "not be used as a record without a human check on any passage with crosstalk."
    )
    bread = (
        "My sourdough fails on humid days, where the rise drops by half. I assumed the starter was "
        "fine and the flour was the same as always. I found it by baking the same loaf twelve times "
        "over the summer. So I shouldn't bake it for guests when it rains, and I told my family to "
        "expect flat loaves."
    )
    told = grader.grade(question, court)
    assert told.score >= 75, [(p.point_id, p.status.value, p.credit) for p in told.points]
    baked = grader.grade(question, bread)
    assert baked.score <= 30 and not any(p.status is Status.COVERED for p in baked.points), baked


@pytest.mark.parametrize(("question_id", "sign"), sorted(HOSTILE_STORIES))
def test_a_warning_sign_in_a_fluent_story_costs(
    grader: Grader, builtin_bank: QuestionBank, question_id: str, sign: str
) -> None:
    """Blaming others, hiding a mistake, winning by going over someone's head, finding nothing to
    learn: a real interviewer hears it however well the rest is told. The sentence contradicts a
    point, with that sentence as evidence, and the story scores below 60."""
    question = builtin_bank.get(question_id)
    assert question is not None
    grade = grader.grade(question, HOSTILE_STORIES[(question_id, sign)])
    contradicted = [p for p in grade.points if p.status is Status.CONTRADICTED]
    assert contradicted, [(p.point_id, p.status.value) for p in grade.points]
    assert all(p.credit == 0 and p.evidence for p in contradicted)
    assert grade.score < 60, (grade.score, [(p.point_id, p.status.value) for p in grade.points])


# The same stories with the warning sign's sentence told as a good candidate would: (the
# sentence with the sign, what is said instead).
TOLD_WELL: dict[tuple[str, str], tuple[str, str]] = {
    ("beh.technical_disagreement", "deference"): (
        "In the end I dropped it since he was far more senior and had built the original system.",
        "We agreed to test both on a week of logged queries, and the dense retriever won on latency, "
        "so I committed to it fully.",
    ),
    ("beh.values_conflict", "ultimatum"): (
        "I told my manager I'd go to the press unless the features were dropped.",
        "I took the numbers to my manager and the risk lead with two alternatives that kept most of "
        "the precision gain.",
    ),
    ("beh.mentoring", "taking credit"): (
        "I presented her analysis as my own in the quarterly review, since I was the one leading the "
        "project.",
        "I made sure she presented the analysis herself in the quarterly review.",
    ),
    ("beh.deadline_prioritization", "concealment"): (
        "waited until after the launch to tell the client that the dashboard would be late.",
        "told the client that same week that the dashboard would be two weeks late, and why.",
    ),
}


@pytest.mark.parametrize(("question_id", "sign"), sorted(TOLD_WELL))
def test_a_sign_read_across_questions_costs_what_the_good_version_earns(
    grader: Grader, builtin_bank: QuestionBank, question_id: str, sign: str
) -> None:
    """Giving in to rank, threatening, taking a mentee's credit, holding news until it no longer
    matters: the conduct a real interviewer hears in any story, not a mistake about one question.
    Told well, the same story stands and scores at least 25 more."""
    question = builtin_bank.get(question_id)
    assert question is not None
    bad, good = TOLD_WELL[(question_id, sign)]
    told = HOSTILE_STORIES[(question_id, sign)]
    assert bad in told
    hostile = grader.grade(question, told)
    honest = grader.grade(question, told.replace(bad, good))
    assert [p.contradiction for p in hostile.contradicted] == [RED_FLAGS[sign][1]], hostile.contradicted
    assert not honest.contradicted, [(p.point_id, p.evidence) for p in honest.contradicted]
    assert honest.score >= hostile.score + 25, (honest.score, hostile.score)


def test_the_same_story_told_honestly_scores_well(grader: Grader, builtin_bank: QuestionBank) -> None:
    question = builtin_bank.get("beh.production_mistake")
    assert question is not None
    honest = grader.grade(question, HONEST_STORY)
    hidden = grader.grade(question, HOSTILE_STORIES[("beh.production_mistake", "concealment")])
    assert not [p for p in honest.points if p.status is Status.CONTRADICTED]
    assert honest.score >= 70 and honest.score >= hidden.score + 25, (honest.score, hidden.score)


def test_warning_signs_are_read_from_the_sentence_not_its_topic() -> None:
    signs = {
        "Honestly it wasn't really my fault; the code review should have caught it.": "blame",
        "The blame sat with the data team, who shipped the logs late.": "blame",
        "I quietly patched it and pushed the model before anyone noticed.": "concealment",
        "I didn't tell product until the launch date had passed.": "concealment",
        "I went over his head to the director and got the decision made my way.": "overruling",
        "The benchmark proved I had been right, and she had to admit it.": "gloating",
        "It was mostly bad luck, so there was nothing to learn.": "no lesson",
        "I waited until I had the fix ready before telling my manager.": "concealment",
        "I waited until after the launch to tell them about the bug.": "concealment",
        "In the end I dropped it since he was far more senior.": "deference",
        "We went along with it because she was the tech lead.": "deference",
        "It wasn't my place to question the director.": "deference",
        "I threatened to escalate to the VP if they didn't fix it.": "ultimatum",
        "I told my manager I'd quit unless we paused the launch.": "ultimatum",
        "I took the credit for it in the all-hands.": "taking credit",
        "I presented her analysis as my own in the review.": "taking credit",
    }
    for sentence, sign in signs.items():
        assert red_flag(sentence) == sign, sentence
    clean = [
        # The temptation named and refused, or the sign as a regret, is no sign.
        "My first instinct was to quietly fix it before anyone noticed, but I told my lead.",
        "Looking back, I should have told product before the date passed.",
        "It wasn't my job, but nobody else was going to fix it.",
        "A filter bug silently dropped most non-English conversations.",
        "I explained the shortcuts to the CEO so he knew exactly what we were cutting.",
        "If it had been their fault, I would have said so.",
        # Found while broadening the wrong versions: a denied excuse, a temptation named.
        "It was not just bad luck; I had skipped the check myself.",
        "It would be easy to say it was the data team's fault, but I had skipped the check.",
        # Someone else's conduct, a denial, waiting for results rather than hiding news, an
        # escalation announced openly, deferring to evidence.
        "He threatened to quit.",
        "She deferred to me since I was the lead.",
        "I never took credit for it.",
        "I waited for the second run to finish before telling anyone about the gain.",
        "We waited until the fix was verified before telling customers it was resolved.",
        "I told him I would escalate it in the weekly review, and I did.",
        "I deferred to her judgment because her data was better.",
        "It wasn't my place to say whether to launch, so I gave the owner the numbers.",
        "I waited until I had a fix before telling my manager, which was a mistake.",
        "My first instinct was to defer to him since he was senior, but I asked for a test.",
    ]
    assert [s for s in clean if red_flag(s)] == []


def test_a_wrong_confessed_and_owned_in_the_next_breath_is_no_warning_sign() -> None:
    """A failure story confesses what went wrong: "I didn't tell anyone until two weeks before
    the deadline. We didn't make it. That's on me: I sat on bad news." The same sentence with no
    ownership after it, or with blame after it, is still a sign."""
    confessed = "I didn't tell anyone how far behind we were until two weeks before the deadline."
    assert red_flag(confessed, ["We didn't, and they walked.", "That's on me: I sat on bad news."]) is None
    assert (
        red_flag(confessed, ["We didn't, and they walked.", "The founders should have asked."])
        == "concealment"
    )


def test_an_act_denied_is_not_done() -> None:
    """A cue with a denial before it in its clause does nothing: "We never considered other
    options" weighs no alternatives. A cue that carries its own "not" (a stopping rule, a scope)
    is read as it is, and a denial in another clause does not reach it."""
    denied = [
        "We never considered other options.",
        "I did not run them on the same validation set.",
        "I didn't check for bugs or rerun it with different seeds.",
        "It was not my fault, not my call.",
        "I didn't add any check that runs automatically on every release.",
        "I never told anyone early.",
        "It never fails on long documents or breaks on accented speech.",
    ]
    assert {s: story_acts([s]) for s in denied} == {s: {} for s in denied}
    assert StoryAct.CHECKS in story_acts(["I didn't trust it, so I reran it with three seeds."])
    assert StoryAct.DECISION_RULE in story_acts(["If it barely moves, it isn't worth it and I'd drop it."])
    assert StoryAct.SCOPE in story_acts(["It was one corridor, so the claim may not generalize."])
    assert StoryAct.OWNERSHIP in story_acts(["That's on me: I shouldn't have skipped the test."])
    assert StoryAct.CAVEAT not in story_acts(["I would not hesitate to deploy it on any input."])


def test_an_act_is_read_from_the_sentence_that_does_it_in_full() -> None:
    """A short cue and then the sentence that does the act with its numbers: the second is the
    evidence, and earns the act in full."""
    told = [
        "It fails most on darker skin.",
        "On a small external set, melanoma sensitivity dropped from about 0.88 overall to 0.70 on "
        "those types.",
    ]
    assert story_acts(told)[StoryAct.WEAKNESS] == 1
    assert story_acts(told[:1])[StoryAct.WEAKNESS] == 0


def test_an_act_signposted_is_told_by_the_sentence_after_it() -> None:
    """A short cue ("The most concrete failure is weak tests.") is told by the full sentence
    after it, in whatever words; a cue followed by another cue stays a cue."""
    told = [
        "The most concrete failure is weak tests.",
        "When I mutated correct reference solutions, about 12 percent of the mutants still passed, "
        "so some pass rates are inflated.",
    ]
    assert story_acts(told)[StoryAct.WEAKNESS] == 1
    bare = ["I considered other options but they were worse.", "I assumed it would work."]
    assert story_acts(bare) == {StoryAct.ALTERNATIVES: 0, StoryAct.ASSUMPTION: 1}


def test_an_act_told_with_its_number_is_preferred() -> None:
    told = [
        "The biggest limitation is that it was trained and evaluated on logs it helped create itself.",
        "It fails on niche content, where long-tail items got 20 percent fewer impressions in the test.",
    ]
    assert story_acts(told)[StoryAct.WEAKNESS] == 1


def test_acts_said_in_a_plan_or_a_method_story() -> None:
    """Cues found missing in this session's stories: a decision to move on, a cheap deciding
    experiment, the weakness that made the plan."""
    said = {
        StoryAct.DECISION_RULE: "If false accepts fall by less than half, I'd conclude it isn't the "
        "data and move to a second-stage verifier.",
        StoryAct.COMPARISON: "The deciding experiment was cheap: replay one week of logs and measure "
        "recall on fresh articles.",
        StoryAct.WEAKNESS: "The detector still had too many false accepts in living rooms with a TV on.",
    }
    # ... and a limitation named as one ("The main limitation is that this is a retrospective
    # study"), the proud-project reflection a chest X-ray story made and was not credited for.
    assert StoryAct.WEAKNESS in story_acts(["The main limitation is that this is a retrospective study."])
    for act, sentence in said.items():
        assert act in story_acts([sentence]), (act, sentence)
    assert StoryAct.WEAKNESS not in story_acts(["The detector never had too many false accepts."])


def test_the_same_method_story_denied_scores_far_below_it_told(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    question = builtin_bank.get("research.method_choice")
    assert question is not None
    told = (
        "For our 2023 fraud model we had only 4,000 labelled cases and one GPU. I considered three "
        "options, rules, gradient-boosted trees and a fine-tuned transformer, and ruled out the "
        "transformer because we had too little data. I ran all three on the same validation folds "
        "before choosing, and the trees won by 6 points of recall. The trees assumed the features "
        "looked the same in live traffic, so I checked that on a fresh month of data. In hindsight I "
        "would have tried the trees first."
    )
    denied = (
        "For our 2023 fraud model we had only 4,000 labelled cases and one GPU. We never considered "
        "other options, rules or a fine-tuned transformer, because the trees were what the team "
        "knew. I did not run them on the same validation folds or compare anything before choosing. "
        "I never checked whether the features looked the same in live traffic. In hindsight I "
        "would do it the same way."
    )
    told_score = grader.grade(question, told).score
    denied_score = grader.grade(question, denied).score
    assert told_score >= 75 and denied_score <= 40, (told_score, denied_score)


def test_behavioral_competencies_read_from_how_they_are_said() -> None:
    said = {
        StoryAct.OWNERSHIP: "I presented that to the wider team, including my own missteps.",
        StoryAct.PROCESS_FIX: "I added a contamination check that runs automatically on any new dataset.",
        StoryAct.THEIR_INTERESTS: "Agents were measured on cases closed per hour, so I made the form faster.",
        StoryAct.EARLY_WORD: "I sent the ranking to my advisor that same day.",
    }
    for act, sentence in said.items():
        assert act in story_acts([sentence]), (act, sentence)
    # Blame is no ownership, a one-off patch no process fix, news at the deadline no early word.
    assert StoryAct.OWNERSHIP not in story_acts(["It was their call, and the fault was the data team's."])
    assert StoryAct.PROCESS_FIX not in story_acts(["I patched that one bug and moved on."])
    assert StoryAct.EARLY_WORD not in story_acts(["I told them on the day of the deadline."])


def test_no_good_story_in_the_samples_shows_a_warning_sign(builtin_bank: QuestionBank) -> None:
    told = [s["answer"] for s in load_samples() if s["band"] in ("strong", "partial", "story")]
    told += [q.model_answer for q in builtin_bank.questions]
    flagged = [(s.text, red_flag(s.text)) for t in told for s in split_sentences(t) if red_flag(s.text)]
    assert flagged == []


def test_a_good_story_to_another_question_earns_less(
    grader: Grader, builtin_bank: QuestionBank, story_grades: dict[str, dict[str, list[Grade]]]
) -> None:
    """A well-told story about something else is not an answer: its parts earn in proportion to
    what the question asks about (where the issue found 50 for another question's story to
    beh.technical_disagreement). Each story is graded against the next story question."""
    ids = sorted(STORIES)
    own, other = [], []
    for n, question_id in enumerate(ids):
        elsewhere = builtin_bank.get(ids[(n + 1) % len(ids)])
        assert elsewhere is not None
        for story, grade in zip(
            STORIES[question_id]["story"], story_grades[question_id]["story"], strict=True
        ):
            own.append(grade.score)
            other.append(grader.grade(elsewhere, story).score)
    mean = sum(other) / len(other)
    # 44.4 when stories were first read by acts; 45.1 since a limitation told inside an
    # evaluation story ("slicing showed the weak spot: recall was only 41 percent") counts as one.
    assert mean <= 46, (mean, sorted(other))
    assert sum(o > e for o, e in zip(own, other, strict=True)) >= 0.85 * len(own), list(
        zip(own, other, strict=True)
    )


def test_constraints_told_in_a_story_are_not_asked_for_again(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Found in a full interview: after an answer that named its data, deadline and latency, the
    interviewer asked "What constraints did the method have to satisfy?"."""
    question = builtin_bank.get("research.method_choice")
    assert question is not None
    answer = (
        "My project was detecting duplicate support tickets at a software company, with about "
        "20,000 labelled pairs and a two week deadline. I considered three options: TF-IDF with "
        "cosine similarity, a fine-tuned cross-encoder, and a bi-encoder with a nearest-neighbour "
        "index. I ruled out the cross-encoder because scoring every new ticket against 300,000 old "
        "ones was far too slow. I ran TF-IDF and the bi-encoder on the same held-out month, and the "
        "bi-encoder found 18 points more duplicates at the same precision. It assumed that tickets "
        "were written in English, so I checked the share of other languages first, about 4 percent. "
        "In hindsight I would have started with the bi-encoder and skipped a week of feature "
        "engineering."
    )
    grade = grader.grade(question, answer)
    constraints = next(p for p in grade.points if p.point_id == "constraints")
    assert constraints.status is Status.COVERED, constraints
    assert grade.score >= 75, grade.score
