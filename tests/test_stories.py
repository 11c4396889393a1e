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
from interviewer.bank.schema import Question, Stage, StoryPart
from interviewer.grading.grader import Grader
from interviewer.grading.result import FlagCode, Grade, Status
from interviewer.grading.story import part_strengths, specific_details, story_parts
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


def test_every_story_question_has_three_stories_and_a_vague_answer(builtin_bank: QuestionBank) -> None:
    for question in _story_questions(builtin_bank):
        bands = STORIES.get(question.id, {})
        assert len(bands.get("story", [])) >= 3, question.id
        assert len(bands.get("vague", [])) >= 1, question.id


# Questions where some story still scores below 75, or the vague answer above 50 (issue 15's
# target, not met yet): strict, so meeting it fails here until the entry is removed.
NOT_YET = {
    "beh.ambiguity", "beh.beyond_role", "beh.changed_mind", "beh.deadline_prioritization",
    "beh.explain_complex", "beh.failure", "beh.influence", "beh.safety_concern",
    "beh.team_norms", "beh.technical_disagreement", "beh.values_conflict",
    "research.choosing_problems", "research.limitations", "research.method_choice",
    "research.next_steps", "research.paper_critique", "research.proud_project",
    "research.reproducibility", "research.results_significance", "research.surprise_negative",
}  # fmt: skip


@pytest.fixture(scope="module")
def story_grades(grader: Grader, builtin_bank: QuestionBank) -> dict[str, dict[str, list[Grade]]]:
    out: dict[str, dict[str, list[Grade]]] = {}
    for question_id, bands in STORIES.items():
        question = builtin_bank.get(question_id)
        assert question is not None, question_id
        out[question_id] = {band: [grader.grade(question, t) for t in texts] for band, texts in bands.items()}
    return out


@pytest.mark.parametrize(
    "question_id",
    [
        pytest.param(q, marks=pytest.mark.xfail(strict=True, reason="issue 15 target")) if q in NOT_YET else q
        for q in sorted(STORIES)
    ],
)
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
    assert sum(g.score >= 75 for g in stories) >= 48, sorted(g.score for g in stories)
    assert sum(g.score <= 50 for g in vague) >= 24, sorted(g.score for g in vague)
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
