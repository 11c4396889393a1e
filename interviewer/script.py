"""What the interviewer says between questions: greeting, stage framing, transitions, closing.

Phrases vary from session to session but are chosen deterministically from the session id, so
a resumed interview reads the same.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from interviewer.bank.schema import Question, Stage
from interviewer.grading.result import Grade, Status
from interviewer.grading.story import PART_ADVICE
from interviewer.text import clip

GREETINGS = (
    "Hi, thanks for making the time today. I'm going to be your interviewer. We'll go through a "
    "few parts of our loop: {stages}. Take your time, think out loud, and ask if anything is unclear.",
    "Hello, and welcome. This session follows our usual loop: {stages}. There are no trick "
    "questions; I care more about how you reason than about perfect recall.",
    "Good to meet you. Today we'll cover {stages}. Answer as you would in the real room: "
    "structure first, then detail.",
)

STAGE_FRAMES = {
    Stage.PHONE_SCREEN: (
        "Let's start with a bit about you and why you're here.",
        "First, a short recruiter-style chat about your background and motivation.",
    ),
    Stage.TECHNICAL: (
        "Now some technical questions on ML fundamentals. Be precise, and say where an idea breaks down.",
        "Let's move to the technical round: fundamentals, deep learning, NLP and statistics.",
    ),
    Stage.CODING: (
        "Time for some coding. Explain your approach, its complexity and the edge cases as you go.",
        "Next, a coding problem. Talk me through the algorithm before the details.",
    ),
    Stage.RESEARCH: (
        "Let's talk about your own research: the problem, your part, the method and what you found.",
        "Now a research discussion. Pick real work of yours; I'll dig into the choices you made.",
    ),
    Stage.SYSTEM_DESIGN: (
        "Now a system-design question. Start from requirements and metrics, then data, model, "
        "serving, evaluation and monitoring; I may change a constraint on you.",
        "Let's design a system together. Say what you would build and why, and name the trade-offs.",
    ),
    Stage.BEHAVIORAL: (
        "A few behavioral questions now. Use one real story each: situation, task, action, result.",
        "Let's finish with some questions about how you work. Concrete stories beat general claims.",
    ),
}

TRANSITIONS = (
    "Thanks. Next question.",
    "Okay, let's move on.",
    "Got it. Here's the next one.",
    "Thank you. Moving on.",
)

# Before the last turn, where the candidate asks the questions.
YOUR_QUESTIONS = (
    "We're nearly done. Before we wrap up, it's your turn.",
    "That's the end of my questions. Now the floor is yours.",
)

CLOSING = (
    "That's all from my side. Thank you, this was a good conversation. Let's look at how it went.",
    "We're at time. Thanks for walking me through all of that; here's the summary.",
)


def _pick(options: tuple[str, ...], key: str) -> str:
    digest = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
    return options[digest % len(options)]


REVISIT_GREETINGS = (
    "Welcome back. These are questions that gave you trouble, or come from your weakest topics: "
    "{stages}. Take what you learned from the feedback and answer them again.",
    "A revisit session today: {stages}. Each one either went badly last time or is due for review, "
    "so this is where the practice pays off.",
)


PRACTICE_GREETINGS = (
    "Hi. This is a practice round of the {stages} stage only: the questions you would meet there, "
    "one at a time. Answer as you would in the room.",
    "Welcome. Today we practise just one part of the loop, the {stages} stage. Take your time "
    "and think out loud.",
)


SCREEN_GREETINGS = (
    "Hi, thanks for joining. This is a short technical screen: a handful of conceptual questions, "
    "two or three minutes each. Keep your answers crisp: the clock shows the time I have in mind.",
    "Hello. Today is a quick technical phone screen: several short questions on the fundamentals, "
    "a couple of minutes each. Lead with the answer, then the reasoning.",
)


SPOKEN_GREETINGS = (
    "Hi, thanks for taking the call. This is the phone screen: a few questions about you and why "
    "this role. Press F8 when you want to answer, and F8 again when you're done.",
    "Hello, can you hear me all right? Good. We'll keep this short: a few questions about your "
    "background and motivation. Press F8 to answer, and F8 again to finish.",
)


def greeting(session_key: str, stages: list[Stage], kind: str = "interview") -> str:
    names = [s.title.lower() for s in stages]
    listed = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)
    choices: tuple[str, ...]
    if kind == "revisit":
        choices = REVISIT_GREETINGS
    elif kind == "screen":
        choices = SCREEN_GREETINGS
    elif kind == "spoken":
        choices = SPOKEN_GREETINGS
    elif kind == "practice" and len(stages) == 1:
        choices = PRACTICE_GREETINGS  # not "our usual loop: behavioral"
    else:
        choices = GREETINGS
    return _pick(choices, session_key).format(stages=listed)


def stage_frame(session_key: str, stage: Stage) -> str:
    return _pick(STAGE_FRAMES[stage], f"{session_key}:{stage.value}")


def transition(session_key: str, index: int) -> str:
    return _pick(TRANSITIONS, f"{session_key}:{index}")


def your_questions(session_key: str) -> str:
    return _pick(YOUR_QUESTIONS, session_key)


def closing(session_key: str) -> str:
    return _pick(CLOSING, session_key)


# Coach mode: one line on the answer before the next question, what was good and what was
# missing, worded a few ways (chosen from the answer, so the same answer reads the same).
GOOD = (
    "Good: you made the point {good}",
    "That landed: {good}",
    "The strongest part was this: {good}",
)
# ... and when the candidate's own sentence is the evidence: quote them, not the reference (a
# reference point in quotes after "That landed:" reads as if they had said it).
GOOD_SAID = (
    "Good: you said {said}",
    "That landed: {said}",
    "The strongest part was where you said {said}",
)
# ... and for a part of a story ("Good: you made the point you told the situation." read oddly).
GOOD_PART = (
    "Good: you told {part} clearly.",
    "That landed: {part}, told well.",
    "The strongest part was how you told {part}.",
)
MISSING = (
    "What was missing: {missing}",
    "You did not get to this: {missing}",
    "Next time, add: {missing}",
)
WRONG = (
    "One claim was wrong, though: {said}",
    "Careful with this claim: {said}",
)
NOTHING = (
    "That did not get at what I was asking; the feedback shows what I was listening for.",
    "We did not really get to the core of it; have a look at the points in the feedback.",
)


def quoted(text: str, limit: int) -> str:
    """``text`` clipped and in quotes, ending as a sentence ("... themselves.” What was missing"),
    and cut after a whole word ("... because many…", not "... because many fa…")."""
    plain = " ".join(text.split())
    quoted = clip(plain, limit)
    if quoted.endswith("…"):
        cut = quoted[:-1]
        if plain[len(cut) : len(cut) + 1] != " " and " " in cut:
            cut = cut[: cut.rindex(" ")]
        quoted = cut.rstrip(" ,;:") + "…"
    if quoted and quoted[-1] not in ".?!…":
        quoted += "."
    return f"“{quoted}”"


# Before a follow-up that builds on what the candidate said.
LEADS = (
    "You mentioned {said}",
    "You said {said}",
    "Picking up on something you said: {said}",
)


def lead_in(said: str) -> str:
    """The words before a follow-up that builds on a sentence of the candidate's, quoting it
    (the same sentence is always led in the same way)."""
    return _pick(LEADS, said).format(said=quoted(said, 110))


def mentions(terms: Sequence[str], said: str) -> bool:
    """Whether the candidate named what a point is about (``said`` casefolded): a specific key
    term (two words or more, or ten letters or more), or two of its terms. The grader may still
    not credit the point, but the interviewer does not ask for it as if nothing had been said."""
    found = [t for t in terms if re.search(rf"\b{re.escape(t.casefold())}\b", said)]
    return len(found) >= 2 or any(" " in t or len(t) >= 10 for t in found)


def reaction(question: Question, grade: Grade, answer: str, later: Sequence[str] = ()) -> str:
    """What a coach says about an answer before moving on: the most important point made, the
    most important one missed (a part of a story named as such), or the wrong claim. ``later``:
    what the candidate said to the follow-ups (a point named there is not missing either)."""
    weight = {p.id: p.weight for p in question.points}
    part = {p.id: p.part.value for p in question.points if p.part}
    ranked = sorted(grade.points, key=lambda p: -weight.get(p.point_id, 0.0))
    # The strongest part is the point made most fully (covered before partial, then by the
    # share of its weight earned, then the heavier): quoting the heaviest point's evidence
    # praised "A block takes a sequence of token vectors." over the sentence on multi-head
    # attention that earned 94%.
    made = sorted(
        (p for p in ranked if p.status in (Status.COVERED, Status.PARTIAL)),
        key=lambda p: (p.status is not Status.COVERED, -round(p.credit, 2), -weight.get(p.point_id, 0.0)),
    )
    wrong = grade.contradicted
    # A point the candidate named is no "you did not get to this", though the grader did not
    # credit it ("I also use early stopping to kill bad runs" against Hyperband).
    terms = {p.id: p.terms for p in question.points}
    said = " ".join((answer, *later)).casefold()
    missed = [
        p for p in ranked if p.status is Status.MISSED and not mentions(terms.get(p.point_id, ()), said)
    ]
    lines = []
    if made:
        shown = part.get(made[0].point_id)
        if shown:
            told = PART_ADVICE[shown].split(" (")[0]
            lines.append(_pick(GOOD_PART, f"{answer}:good").format(part=told))
        elif made[0].evidence:
            said = quoted(made[0].evidence, 90)
            lines.append(_pick(GOOD_SAID, f"{answer}:good").format(said=said))
        else:
            lines.append(_pick(GOOD, f"{answer}:good").format(good=quoted(made[0].text, 110)))
    if wrong and wrong[0].evidence:
        lines.append(_pick(WRONG, f"{answer}:wrong").format(said=quoted(wrong[0].evidence, 110)))
    elif missed:
        shown = part.get(missed[0].point_id)
        gap = f"tell {PART_ADVICE[shown]}." if shown else quoted(missed[0].text, 110)
        lines.append(_pick(MISSING, f"{answer}:missing").format(missing=gap))
    if not made and not wrong:
        return _pick(NOTHING, answer)
    return " ".join(lines)
