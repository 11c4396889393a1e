"""Grade an answer against a question's weighted reference points.

For each point, the most similar span of the answer (a sentence, or a clause of a long sentence)
is found by cosine similarity of sentence embeddings; the similarity, nudged by typo-tolerant key
term matches near that span, decides covered / partial / missed and the share of the point's
weight earned. Terms alone never make a point covered: the span must already be semantically
close. Spans that restate the question or state a known pitfall never count as evidence. Flags
explain what else is wrong (too short, off-topic, parroting, keyword salad, padding, pitfalls)
and the gaming flags scale the score down.

The grader is pure given its embedder: the same answer always gets the same grade.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from interviewer.bank.schema import ADHOC_PROMPT, Question, Stage, StoryPart
from interviewer.grading.calibration import Calibration, load_calibration
from interviewer.grading.contradiction import (
    PREVENTS,
    RoleProfile,
    WrongVersion,
    claimed_in,
    denies_exclusive,
    denies_point,
    exchange_sides,
    is_contrastive,
    is_negated,
    judged_bad,
    negation_cues,
    opposite_condition,
    other_numbers,
    own_contrast_terms,
    pitfall_version,
    preference_denied,
    preference_sides,
    ranked_first,
    resolve_pronoun,
    role_profiles,
    said_of_term_in,
    same_way_round,
    strip_negation,
    swap_terms,
    turns_round,
    without_denials,
    wrong_versions,
)
from interviewer.grading.embedder import Embedder, SentenceInput
from interviewer.grading.nli import ContradictionModel
from interviewer.grading.result import Flag, FlagCode, Grade, PointResult, Status
from interviewer.grading.scoring import COVERED_SHARE, earned_credit, raw_score, status_by_share
from interviewer.grading.segment import Sentence, clean_text, split_sentences, stem, words
from interviewer.grading.story import (
    PART_ADVICE,
    RED_FLAGS,
    named_things,
    owned,
    red_flag,
    specialist_words,
    specific_details,
    states_number,
    story_acts,
    story_parts,
    tells_events,
    view_share,
)
from interviewer.text import clip

GRADER_VERSION = "2"
T = TypeVar("T")
MAX_CHARS_PER_WORD = 40
MAX_GRADED_CHARS = 16_000  # about 2,500 English words

FUNCTION_WORDS = frozenset(
    """a an the and or but if then so because as of to in on at by for with from into onto over
    under about between through during before after than that this these those it its they them
    their there here which who whom whose what when where why how is are was were be been being
    am do does did doing have has had having can could will would shall should may might must
    not no nor only also too very more most less least such each every all any some both either
    neither one i we you he she my our your his her me us while whereas although though since
    until unless up down out off again further just own same other another what's it's that's
    there's don't doesn't isn't aren't can't won't we're i'm you're""".split()
)


# Words that add nothing to a restated question ("Yes, so the question is ...").
FILLER_WORDS = frozenset(
    """yes yeah ok okay so well um uh er question questions asked ask asking great good nice
    basically really actually think mean know answer right sure like let me talk""".split()
)


class EmbeddingCache(Protocol):
    """Persistent store of reference embeddings, keyed by model id and text."""

    def get_many(self, model_id: str, texts: Sequence[str]) -> dict[str, np.ndarray]: ...

    def put_many(self, model_id: str, vectors: dict[str, np.ndarray]) -> None: ...


@dataclass
class _Span:
    start: int
    end: int
    text: str
    sentence: int  # index of the sentence it belongs to
    whole: bool  # the whole sentence (not a clause)


class Grader:
    def __init__(
        self,
        embedder: Embedder,
        calibration: Calibration | None = None,
        cache: EmbeddingCache | None = None,
        neighbours: Sequence[Question] = (),
        contradiction: ContradictionModel | None = None,
    ) -> None:
        self.embedder = embedder
        self.calibration = calibration or load_calibration()
        # A trained contradiction model over the embedder's layers (grading/nli.py), when given:
        # none ships (data/contradiction/README.md says why).
        self.contradiction_model = contradiction
        self.cache = cache
        # The other questions of the bank: an answer much closer to one of them than to the
        # question asked answers that one.
        self.neighbours = tuple(neighbours)
        self._neighbour_vectors: np.ndarray | None = None  # (question, model answer | prompt, dim)
        # For each question about one's own work: (id, [(weight, exemplar vectors)] of the
        # points that are no story part, those saying what the question is about).
        self._story_profiles: list[tuple[str, Stage, list[tuple[float, np.ndarray]]]] | None = None
        self._overviews: set[str] = set()
        self._vectors: dict[str, np.ndarray] = {}
        # The last answers' own texts embedded: an answer graded again as its neighbour's (and
        # the same answer graded twice) is not embedded again.
        self._said: dict[tuple[SentenceInput, ...], list[np.ndarray]] = {}
        self._wrong: dict[str, tuple[Question, list[WrongVersion]]] = {}
        self._pitfalls: dict[str, tuple[Question, list[WrongVersion]]] = {}
        self._roles: dict[str, tuple[Question, list[RoleProfile]]] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ reference vectors

    def reference_vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of reference texts: memory, then the persistent cache, then the model."""
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
            if missing and self.cache is not None:
                self._vectors.update(self.cache.get_many(self.embedder.model_id, missing))
                missing = [t for t in missing if t not in self._vectors]
            if missing:
                fresh = self.embedder.encode(missing)
                new = {t: fresh[i] for i, t in enumerate(missing)}
                self._vectors.update(new)
                if self.cache is not None:
                    self.cache.put_many(self.embedder.model_id, new)
            if not texts:
                return np.zeros((0, 1), dtype=np.float32)
            return np.stack([self._vectors[t] for t in texts])

    def warm(self, questions: Iterable[Question]) -> None:
        """Embed every reference text of these questions, so later grades encode only answers."""
        self._embed_neighbours()
        texts: list[str] = []
        for question in questions:
            texts.extend(_reference_texts(question))
            # Its key terms' patterns too, compiled once here rather than on its first grade.
            for point in question.points:
                for term in point.terms:
                    _needle_regex(term.lower())
                # The two sides of a point that prefers one thing to another.
                texts.extend(point.text[a:b] for a, b in preference_sides(point.text) or ())
            for wrong in self.wrong_versions(question):
                texts.extend((wrong.text, *wrong.righted))
                wrong.compile()
            # What a grade reads of the question itself, worked out now rather than on its
            # first grade (3-4 ms of it): its pitfalls as wrong versions, its terms' roles.
            for wrong in self.pitfall_versions(question):
                wrong.compile()
            self.role_profiles(question)
        if texts:
            self.reference_vectors(texts)

    def wrong_versions(self, question: Question) -> list[WrongVersion]:
        """The question's wrong versions of its points (computed once per question)."""
        return _once(self._wrong, question, wrong_versions)

    def _embed_neighbours(self) -> None:
        """The model answer and prompt of every question of the bank, embedded once, before any
        question's own references: a text's vector depends slightly on the batch it was embedded
        in, and a grade must not depend on which questions were graded before it. Only these two
        texts per question, so a fresh install's first grade stays quick."""
        if self._neighbour_vectors is not None or not self.neighbours:
            return
        texts = [text for other in self.neighbours for text in (other.model_answer, other.prompt)]
        vectors = self.reference_vectors(texts)
        self._neighbour_vectors = vectors.reshape(len(self.neighbours), 2, -1)

    def _embed_story_profiles(self) -> list[tuple[str, Stage, list[tuple[float, np.ndarray]]]]:
        """What each own-work question of the bank asks about, embedded once in one batch (the
        same batch whichever question comes first)."""
        if self._story_profiles is None:
            asked = [
                (q.id, q.stage, [p for p in q.points if p.part is None])
                for q in self.neighbours
                if _about_own_work(q) and q.prompt != ADHOC_PROMPT
            ]
            self._overviews = {q.id for q in self.neighbours if _is_overview(q)}
            self.reference_vectors([t for _, _, points in asked for p in points for t in p.exemplars])
            self._story_profiles = [
                (qid, stage, [(p.weight, self.reference_vectors(list(p.exemplars))) for p in points])
                for qid, stage, points in asked
                if points
            ]
        return self._story_profiles

    def _story_fit(self, question: Question, vectors: np.ndarray) -> float:
        """How much better the sentences (vectors) show what another own-work question of the same
        stage asks about than what this one does (weighted mean, over the points that are no story
        part, of the nearest sentence's similarity); 0.0 when no other question fits better or
        none is known. The same stage only: a behavioral story with numbers in it is no answer to
        "the project you are proudest of", however near its one point on numbers it sits."""
        profiles = self._embed_story_profiles()
        if not len(vectors):
            return 0.0
        fit = {
            qid: sum(w * float((vectors @ e.T).max()) for w, e in points) / sum(w for w, _ in points)
            for qid, stage, points in profiles
            if stage is question.stage
        }
        own = fit.get(question.id)
        # The opener that asks for the whole project ("Walk me through a project you're proud
        # of") is met by any part of it told well: fitting it says nothing about which part of the
        # project an answer to "What are its limitations?" tells.
        others = [v for qid, v in fit.items() if qid != question.id and qid not in self._overviews]
        if own is None or not others:
            return 0.0
        return max(0.0, max(others) - own)

    def _model_contradictions(
        self,
        question: Question,
        spans: Sequence[_Span],
        sims: np.ndarray,
        usable: np.ndarray,
        claims: np.ndarray,
        contradicted: dict[int, tuple[int, float, str | None, str, str | None]],
        contradict: Callable[[int, int, float, str | None, str], None],
    ) -> None:
        """Ask the trained model about each point not yet contradicted and its best sentence.

        Only for a question with no wrong versions written out (no ``wrong`` statements,
        pitfalls or ``contrasts``: a reference answer graded ad hoc), where nothing else judges
        truth. Where they are written, the rules judge alone: on the built-in banks' correct
        answers a model trained here read 14 sentences as wrong even when sure (P >= 0.9) and
        shown a negation or an opposite word, and it caught no misconception the rules missed
        (data/contradiction/README.md).
        """
        assert self.contradiction_model is not None
        if question.pitfalls or question.contrasts or any(p.wrong for p in question.points):
            return
        cal = self.calibration
        candidates = [
            j
            for j, span in enumerate(spans)
            if span.whole and usable[j] and claims[j] and len(words(span.text)) >= MODEL_MIN_WORDS
        ]
        asked: list[tuple[int, int]] = []
        for k in range(len(question.points)):
            if k in contradicted or not candidates:
                continue
            j = max(candidates, key=lambda j: float(sims[j, k]))
            if sims[j, k] >= cal.unrelated:
                asked.append((k, j))
        if not asked:
            return
        chances = self.contradiction_model.contradiction(
            [(question.points[k].text, spans[j].text) for k, j in asked]
        )
        for (k, j), chance in zip(asked, chances.tolist(), strict=True):
            if chance >= cal.model_contradiction:
                contradict(k, j, float(sims[j, k]), None, "model")

    def pitfall_versions(self, question: Question) -> list[WrongVersion]:
        """The question's pitfalls read as wrong versions (computed once per question)."""
        return _once(
            self._pitfalls, question, lambda q: [pitfall_version(q, f) for f in range(len(q.pitfalls))]
        )

    def role_profiles(self, question: Question) -> list[RoleProfile]:
        """What the question's references say of each term of its contrasts (computed once)."""
        return _once(self._roles, question, role_profiles)

    def follow_ups_said(self, question: Question, answers: Sequence[str]) -> dict[str, float]:
        """How much of each scripted follow-up of ``question`` the answers already say, 0 to 1,
        by prompt (see :meth:`read_follow_ups`)."""
        return {prompt: reading.said for prompt, reading in self.read_follow_ups(question, answers).items()}

    def read_follow_ups(self, question: Question, answers: Sequence[str]) -> dict[str, FollowUpReading]:
        """What the answers already say of each scripted follow-up of ``question``, by prompt:
        so a strong candidate is not asked for what they have just said ("lo ends on the first
        index not below the target", then "how would you return the insertion point?"), and a
        follow-up that builds on a sentence of theirs can say so.

        ``said``, 0 to 1: for a follow-up with points, the share of its weight whose point some
        sentence makes (at least ``SAID_MIN_SIMILARITY``) while sitting nearer to it than to
        every point of the question itself; nearness to the question's points is topic, not an
        answer to the follow-up. One without points: 1 when a sentence sits near its prompt on
        the same terms (``SAID_PROMPT_MIN_SIMILARITY``: "Your interpretability work is what I
        most want to contribute to", then "Which of our research directions would you most want
        to contribute to?"), else 0.

        ``hook``: the sentence nearest the follow-up (its prompt or a point), when it is at
        least ``HOOK_MIN_SIMILARITY`` near and asserts something ("layer normalization, applied
        before each sublayer" for "why did pre-norm become common?"), with ``hook_similarity``.
        """
        follow_ups = question.follow_ups
        sentences = [s.text for text in answers for s in split_sentences(text) if words(s.text)]
        if not follow_ups or not sentences or not question.points:
            return {}
        said = self._encode_said(sentences)
        denied = np.array([is_negated(text) for text in sentences])
        own = (said @ self.reference_vectors([p.text for p in question.points]).T).max(axis=1)
        out: dict[str, FollowUpReading] = {}
        for follow_up in follow_ups:
            if follow_up.graded:
                texts = [p.text for p in follow_up.points]
                weights = np.array([p.weight for p in follow_up.points], dtype=np.float64)
            else:
                texts, weights = [follow_up.prompt], np.ones(1)
            least = SAID_MIN_SIMILARITY if follow_up.graded else SAID_PROMPT_MIN_SIMILARITY
            sims = said @ self.reference_vectors(texts).T
            near = (sims >= least) & (sims > own[:, None])
            if not follow_up.graded:
                # "I do not really care which research direction" is near the prompt and
                # answers nothing.
                near &= ~denied[:, None]
            made = near.any(axis=0)
            topic = said @ self.reference_vectors([follow_up.prompt, *texts]).T
            closeness = np.where(denied, -1.0, topic.max(axis=1))
            best = int(closeness.argmax())
            hooked = closeness[best] >= HOOK_MIN_SIMILARITY
            out[follow_up.prompt] = FollowUpReading(
                said=round(float(weights[made].sum() / weights.sum()), 3),
                hook=sentences[best] if hooked else None,
                hook_similarity=round(float(closeness[best]), 3) if hooked else 0.0,
            )
        return out

    # ------------------------------------------------------------------ grading

    def grade(
        self,
        question: Question,
        answer: str,
        followups: Sequence[tuple[str, str]] = (),
        *,
        weigh_neighbour: bool = True,
    ) -> Grade:
        """Grade ``answer`` together with the ``followups``, (follow-up question, answer) pairs,
        which are appended to it. Restating a follow-up question earns nothing, as restating the
        question does; an answer to a point's probe is read as the answer to that probe.
        ``weigh_neighbour=False`` skips grading the answer against its nearest other question
        (that grade is itself made so)."""
        cal = self.calibration
        self._embed_neighbours()
        if _about_own_work(question) and self.neighbours:
            self._embed_story_profiles()
        asked = [q for q, _ in followups]
        answer = answer or ""
        total_words = len(words(answer)) + sum(len(words(a)) for _, a in followups)
        followup_ranges: list[tuple[int, int, str, int]] = []  # start, end, probe, point index
        followups_start: int | None = None  # where the follow-up answers begin in the text
        if followups:
            # Where each follow-up answer lies in the graded text (each part cut to the budget
            # and cleaned on its own, so the offsets hold), and the point whose probe it answers.
            budget = cal.max_words * MAX_CHARS_PER_WORD
            parts = [clean_text(part[:budget]) for part in [answer, *(a for _, a in followups)]]
            answer = "\n\n".join(parts)
            probed_point = {p.probe: k for k, p in enumerate(question.points) if p.probe}
            offset = followups_start = len(parts[0])
            for (asked_question, _), part in zip(followups, parts[1:], strict=True):
                offset += 2
                point_index = probed_point.get(asked_question)
                if point_index is not None:
                    followup_ranges.append((offset, offset + len(part), asked_question, point_index))
                offset += len(part)
        # Only the first max_words words are graded: cut a huge paste before the per-character
        # clean-up (no word is longer than this budget allows), keeping grading time bounded.
        text = clean_text(answer[: cal.max_words * MAX_CHARS_PER_WORD])
        all_words = words(text)
        flags: list[Flag] = []
        if total_words > cal.max_words or len(text) > MAX_GRADED_CHARS:
            # Words, and characters too: scripts the model splits into many tokens per word
            # (Cyrillic, CJK) would otherwise take seconds to embed.
            cut = min(_offset_after_words(text, cal.max_words), MAX_GRADED_CHARS)
            text = text[:cut]
            all_words = words(text)
            graded = (
                f"the first {len(all_words):,} of {total_words:,} words"
                if total_words > len(all_words)
                else f"the first {cut:,} characters"
            )
            flags.append(Flag(FlagCode.TRUNCATED, f"Only {graded} were graded; the whole answer is saved."))
        word_count = len(all_words)

        if word_count < cal.min_words:
            flags.append(
                Flag(
                    FlagCode.TOO_SHORT,
                    "Empty answer."
                    if word_count == 0
                    else f"Only {word_count} word{'s' if word_count != 1 else ''}: explain in a few "
                    "full sentences, as you would out loud.",
                )
            )
        sentences = split_sentences(text)
        if not sentences:
            return self._empty_grade(question, tuple(flags), word_count)

        spans: list[_Span] = []
        inputs: list[SentenceInput] = []
        for index, sentence in enumerate(sentences):
            inputs.append(SentenceInput(sentence.text, sentence.clauses))
            spans.append(_Span(sentence.start, sentence.end, sentence.text, index, True))
            for a, b in sentence.clauses:
                clause = sentence.text[a:b].strip()
                spans.append(_Span(sentence.start + a, sentence.start + b, clause, index, False))
        # Only a sentence that asserts something can be wrong: not "Take a test that is 99
        # percent accurate." (an example set up) nor "saying there's a 95 percent chance ..."
        claims = np.array([claimed_in(sentences[s.sentence].text, s.text) for s in spans])
        # Parroting: spans that restate the question, or a follow-up question ("What would I
        # bring to the team on day one?"), earn nothing.
        prompt_words = _content_words(question.prompt) if question.prompt != ADHOC_PROMPT else set()
        # A challenge quotes the candidate ("You said: “...” Are you sure?"): the quoted words
        # are the candidate's own, and saying them again is no parroting; read as the question's,
        # the wrong claim they quote went free once challenged, however the candidate replied.
        asked_words = prompt_words.union(*(_content_words(_QUOTED.sub(" ", q)) for q in asked))
        parroted = np.array([_is_parrot(s.text, asked_words, cal) for s in spans])
        # Each span that claims something, read without its negation ("does not store the
        # keys" -> "stores the keys"), embedded in the same pass: the negation checks below
        # compare it with the points (only for claims: the others cost tokens for nothing).
        unnegated = [
            None if is_contrastive(span.text) or not claims[j] or parroted[j] else strip_negation(span.text)
            for j, span in enumerate(spans)
        ]
        # A span that starts with "Both" or "They" for what the sentence before named (the terms
        # of a contrasts pair, their names) is read with those names: "Both give each word a
        # vector that changes with the sentence" says it of word2vec and GloVe.
        said_texts = [span.text for span in spans]
        names = [t for pair in question.contrasts for t in pair] + [
            n for profile in self.role_profiles(question) for n in (*profile.names_a, *profile.names_b)
        ]
        if names:
            for j, span in enumerate(spans):
                if span.sentence and span.start == sentences[span.sentence].start:
                    with_names = resolve_pronoun(span.text, sentences[span.sentence - 1].text, names)
                    said_texts[j] = with_names or span.text
        resolved_texts = [t for t, span in zip(said_texts, spans, strict=True) if t != span.text]
        # The two sides of "X rather than Y" in each span, for a question with a point that
        # prefers one thing to another (see the preference check below): a second forward pass
        # for two short texts cost 10 ms.
        sides: list[tuple[tuple[int, int], tuple[int, int]] | None] = [None] * len(spans)
        if any(preference_sides(point.text) for point in question.points):
            sides = [preference_sides(span.text) for span in spans]
        side_texts = [
            span.text[a:b] for span, pair in zip(spans, sides, strict=True) if pair for a, b in pair
        ]
        also = list(dict.fromkeys([*(t for t in unnegated if t), *resolved_texts, *side_texts]))
        encoded = self._encode_answer([*inputs, *(SentenceInput(t) for t in also)])
        span_vectors = np.concatenate(encoded[: len(inputs)], axis=0)
        # Texts made from the answer (a span without its negation, with the names its pronoun
        # stands for, the sides of a preference), by text.
        also_vector = {t: rows[0] for t, rows in zip(also, encoded[len(inputs) :], strict=True)}
        for j, span in enumerate(spans):
            if said_texts[j] != span.text:
                span_vectors[j] = also_vector[said_texts[j]]

        refs = self.reference_vectors(_reference_texts(question))
        n_points = len(question.points)
        n_pitfalls = len(question.pitfalls)
        point_vecs = refs[:n_points]
        prompt_vec = refs[n_points]
        model_vec = refs[n_points + 1]
        pitfall_vecs = refs[n_points + 2 : n_points + 2 + n_pitfalls]
        # Every exemplar of every point (its text, then its examples), and whose it is.
        exemplar_vecs = np.concatenate([point_vecs, refs[n_points + 2 + n_pitfalls :]])
        owner = np.array([*range(n_points), *(k for k, p in enumerate(question.points) for _ in p.examples)])

        has_prompt = question.prompt != ADHOC_PROMPT
        prompt_sims = np.round(span_vectors @ prompt_vec, 4) if has_prompt else np.zeros(len(spans))
        # A graded follow-up asks one narrow thing ("How would you tune the learning rate of a
        # model that takes a week to train?"), so every right answer shares its words: demoting
        # them took a correct answer to 30/100. Restating it still earns nothing (parroting).
        demotion = cal.question_demotion if has_prompt and question.follows is None else 0.0

        def point_similarity(vectors: np.ndarray) -> np.ndarray:
            """(vectors, points): similarity to the nearest exemplar of each point."""
            each = _demoted_similarity(vectors, exemplar_vecs, prompt_vec, demotion)
            if len(exemplar_vecs) == n_points:
                return each
            return np.stack([each[:, owner == k].max(axis=1) for k in range(n_points)], axis=1)

        sims = point_similarity(span_vectors)
        usable = np.ones(len(spans), dtype=bool)

        usable &= ~parroted
        parrot_words = sum(len(words(s.text)) for j, s in enumerate(spans) if s.whole and parroted[j])
        if word_count and parrot_words / word_count >= cal.parrot_fraction:
            flags.append(
                Flag(
                    FlagCode.PARROTING,
                    "Most of the answer restates the question; restated words earn no credit.",
                )
            )

        # Contradictions found, per point index: (span index, strength, wrong text, kind, the
        # span's words that make it that wrong version when it has marked ones).
        contradicted: dict[int, tuple[int, float, str | None, str, str | None]] = {}

        def contradict(
            k: int, j: int, strength: float, text: str | None, kind: str, words: str | None = None
        ) -> None:
            if k not in contradicted or strength > contradicted[k][1]:
                contradicted[k] = (j, strength, text, kind, words)

        # Pitfalls: a span closer to a known mistake than to any point states the mistake; it
        # is flagged, is not evidence for any point, and contradicts the point the pitfall
        # names (or, when it names none, the point nearest to it).
        pitfall_factor = 1.0
        if len(pitfall_vecs):
            pit_sims = _demoted_similarity(span_vectors, pitfall_vecs, prompt_vec, demotion)
            best_point = sims.max(axis=1)
            states = (pit_sims >= cal.pitfall) & (pit_sims >= best_point[:, None] + cal.pitfall_margin)
            states &= usable[:, None]
            pitfall_versions = self.pitfall_versions(question)
            for f, pitfall in enumerate(question.pitfalls):
                for j in np.flatnonzero(states[:, f]).tolist():
                    # Embeddings barely see negation: "X is not Y" sits next to "X is Y". A span
                    # must say it the same way round, and use one of the pitfall's own terms.
                    sentence_text = sentences[spans[j].sentence].text
                    same_polarity = same_way_round(spans[j].text, pitfall.text)
                    has_terms = not pitfall.terms or _matched_terms(pitfall.terms, sentence_text)
                    states[j, f] = (
                        same_polarity
                        and bool(has_terms)
                        and pitfall_versions[f].worded_by(spans[j].text, sentence_text)
                        and claims[j]
                        and not denies_exclusive(spans[j].text, pitfall.text)
                        and not other_numbers(spans[j].text, pitfall.text)
                    )
            point_ids = {p.id: k for k, p in enumerate(question.points)}
            for f, pitfall in enumerate(question.pitfalls):
                if states[:, f].any():
                    j = int(np.argmax(np.where(states[:, f], pit_sims[:, f], -1.0)))
                    flags.append(Flag(FlagCode.PITFALL, pitfall.feedback, detail=pitfall.id))
                    nearest = pitfall_vecs[f] @ point_vecs.T
                    k = point_ids[pitfall.point] if pitfall.point else int(np.argmax(nearest))
                    if pitfall.point or nearest[k] >= PITFALL_POINT_MIN:
                        contradict(k, j, float(pit_sims[j, f]), pitfall.text, "pitfall")
                    else:  # a mistake about none of the points: it costs as a flag
                        pitfall_factor *= cal.pitfall_penalty
                    usable[j] = False
            usable &= ~states.any(axis=1)
            pitfall_factor = max(pitfall_factor, 0.5)

        # An answer to a point's probe is elliptical ("Strong evaluation skills: I built eval
        # harnesses" to "What would you bring on day one?"): read it after its question. What
        # the question adds on its own is subtracted, so a non-answer ("I don't know") gains
        # nothing; a restated probe is already unusable above.
        # What each span says on its own: a wrong version or a flipped negation is measured
        # against this, not against a similarity the probe's words lifted (a wrong answer to
        # "Which prior gives L2?" must still sit closer to its wrong version than to the point).
        plain_sims = sims.copy()
        for start, end, probe, k in followup_ranges:
            inside = [j for j, span in enumerate(spans) if start <= span.start < end and usable[j]]
            if not inside:
                continue
            contextual = self._encode_said([f"{probe} {spans[j].text}" for j in inside])
            alone = float(self.reference_vectors([probe])[0] @ point_vecs[k])
            # What the answer adds, as a share of the room the probe left: a probe that is
            # itself near its point ("What would you bring on day one?") leaves little, and a
            # fitting answer ("Three years of building eval pipelines") fills part of it.
            added = (contextual @ point_vecs[k] - alone) / max(1.0 - alone, 0.25)
            lifts = np.clip(added, 0.0, FOLLOW_UP_LIFT_MAX)
            for j, lift in zip(inside, lifts.tolist(), strict=True):
                sims[j, k] = round(min(1.0, sims[j, k] + lift), 4)
        # Wrong versions of the points, and negated spans: see grading/contradiction.py.
        whole_of = {span.sentence: j for j, span in enumerate(spans) if span.whole}
        # Sentences that set cases side by side ("When the characters match I take the diagonal
        # plus one, and when they don't I take the larger neighbour"): each case is a claim of
        # its own, judged in its own clause.
        openers = Counter(span.sentence for span in spans if not span.whole and _CASE_OPENER.match(span.text))
        cases = {sentence for sentence, n in openers.items() if n >= 2}

        def affirmed_in_a_clause(
            j: int,
            k: int,
            negated_only: bool = False,
            but: np.ndarray | None = None,
            saying: Iterable[int] = (),
        ) -> bool:
            """Whether another clause of span ``j``'s sentence, one without a negation, makes
            point ``k`` (covered, and nearer it than ``but`` says, or than any negated clause
            is): the sentence sets what it denies or gets wrong of something else against the
            point ("The optimizer does not update the float16 weights: a float32 master copy
            takes the updates"; "SGD needs no extra memory, while Adam keeps two states per
            parameter"; "The standard deviation of the data stays the same, but the standard
            error shrinks like sigma over root n"). A clause in ``saying`` says the mistake itself
            and makes nothing; against a mistake, the clause must be as near the point as ``j``
            ("Float16 gradients can overflow, so loss scaling divides the loss" makes nothing)."""
            # Cases side by side: one said right does not excuse another said wrong.
            if spans[j].sentence in cases:
                return False
            clauses = [
                c
                for c, span in enumerate(spans)
                if span.sentence == spans[j].sentence and not span.whole and c != j and c not in saying
            ]
            negated = [c for c in clauses if is_negated(spans[c].text)]
            if negated_only and not negated:
                return False
            denied = max((float(sims[c, k]) for c in negated), default=0.0)
            return any(
                float(sims[c, k])
                >= max(
                    cal.covered,
                    denied,
                    float(but[c]) if but is not None else 0.0,
                    float(sims[j, k]) if but is not None else 0.0,
                )
                and usable[c]
                and claims[c]
                # A phrase ("The compute per token") is near a point's topic and claims nothing.
                and len(words(spans[c].text)) >= DECIDED_MIN_WORDS
                for c in clauses
                if c not in negated
            )

        wrongs = self.wrong_versions(question)
        own_terms = own_contrast_terms(question) if wrongs else []

        def other_case(j: int, k: int, wrong: WrongVersion) -> bool:
            """Whether span ``j``, which uses a marked word of ``wrong``, speaks of the case
            opposite to point ``k``'s (see ``opposite_condition``). A whole sentence does when
            each of its clauses with the marked words does: "I'd regularize an overfitting model,
            and give an underfitting one more capacity"."""
            span = spans[j]
            sentence = sentences[span.sentence].text
            exemplars = question.points[k].exemplars
            if opposite_condition(
                span.text if span.sentence in cases else sentence, exemplars, span.text, own_terms[k]
            ):
                return True
            if not span.whole:
                return False
            point = question.points[k].text
            clauses = [c.text for c in spans if c.sentence == span.sentence and not c.whole]
            # Pieces between commas where the segmenter saw no clause ("..., and give an
            # underfitting one more capacity" has no subject of its own).
            parts = [
                c for c in clauses or re.split(r"[,;:]", sentence) if wrong.decided_by(c, sentence, point)
            ]
            return bool(parts) and all(
                opposite_condition(sentence, exemplars, part, own_terms[k]) for part in parts
            )

        if wrongs:
            wrong_vecs = self.reference_vectors([w.text for w in wrongs])
            wrong_sims = _demoted_similarity(span_vectors, wrong_vecs, prompt_vec, demotion)
            # A sentence must be closer to the wrong version than to any point: "L1 zeroes
            # weights out" is the L1 point made, not "ridge zeroes weights" said.
            nearest_point = plain_sims.max(axis=1)
            # A few words ("which is great for Chinese or Japanese.") claim too little to be wrong.
            long_enough = np.array([len(words(span.text)) >= CONTRADICTION_MIN_WORDS for span in spans])
            # A wrong version the model can hardly tell from its point is no test of anything.
            own_point = np.einsum("ij,ij->i", wrong_vecs, point_vecs[[w.point for w in wrongs]])
            for v, wrong in enumerate(wrongs):
                k = wrong.point
                # A misconception worded almost as its point: the embedding cannot lean either
                # way, so the sentence need only be as close to it as to any point, and the words
                # decide (those that make it wrong, none of the point's own).
                too_close = wrong.kind == "wrong" and own_point[v] >= TOO_CLOSE_TO_POINT
                gains = wrong_sims[:, v] - nearest_point
                # A one-word edit of the point differs from it by little, so a sentence must lean
                # further towards it; authored misconceptions are worded freely.
                authored = wrong.kind == "wrong"
                margin = 0.0 if too_close else cal.wrong_margin if authored else cal.edit_margin
                least = cal.wrong_min if authored else cal.wrong_min + EDIT_EXTRA_SIMILARITY
                hits = usable & long_enough & (wrong_sims[:, v] >= least) & (gains >= margin)
                candidates = [
                    j
                    for j in np.flatnonzero(hits).tolist()
                    # A clause says the mistake only if its sentence does not make the point
                    # instead ("with rare positives, ROC AUC flatters because ... so I'd switch
                    # to the precision-recall curve").
                    if (
                        spans[j].whole
                        or wrong_sims[whole_of[spans[j].sentence], v]
                        >= plain_sims[whole_of[spans[j].sentence], k]
                    )
                    # Said the same way round, in the words that make it wrong.
                    and same_way_round(spans[j].text, wrong.text)
                    and wrong.worded_by(
                        spans[j].text,
                        sentences[spans[j].sentence].text,
                        leaning=authored
                        and not too_close
                        and wrong_sims[j, v] >= LEANING_SIMILARITY
                        and gains[j] >= LEANING_GAIN,
                    )
                    and (not too_close or wrong.clearly_worded_by(spans[j].text))
                    and claims[j]
                    and not denies_exclusive(spans[j].text, wrong.text)
                    and not other_numbers(spans[j].text, wrong.text)
                    # A clause beside another that says the point in its own words is said of
                    # something else ("I plot precision against recall for the PR curve, and
                    # true positive rate against false positive rate for the ROC curve").
                    and (
                        spans[j].whole
                        or not wrong.set_against(spans[j].text, sentences[spans[j].sentence].text)
                    )
                ]
                if wrong.decisive:
                    # Marked words decide where the embedding cannot ("grows quadratically"
                    # sits as near "grows linearly" as the point does): a claim about the point
                    # that uses one says this mistake.
                    candidates += [
                        j
                        for j, span in enumerate(spans)
                        if j not in candidates
                        and usable[j]
                        and claims[j]
                        and sims[j, k] >= cal.partial
                        and len(words(span.text)) >= DECIDED_MIN_WORDS
                        and not (span.whole and span.sentence in cases)
                        and wrong.decided_by(
                            span.text, sentences[span.sentence].text, question.points[k].text
                        )
                        and not other_case(j, k, wrong)
                    ]
                candidates = [
                    j
                    for j in candidates
                    if not affirmed_in_a_clause(j, k, but=wrong_sims[:, v], saying=set(candidates))
                ]
                if candidates and wrong.kind == "wrong":
                    # Which term the words that make it wrong are said of: a correction sets
                    # the two against each other and says them of the other one.
                    candidates = [
                        j
                        for j in candidates
                        if not any(
                            profile.said_of_the_other(wrong, sentences[spans[j].sentence].text)
                            for profile in self.role_profiles(question)
                        )
                    ]
                if candidates and wrong.pair is not None:
                    profile = next(
                        (r for r in self.role_profiles(question) if (r.a, r.b) == wrong.pair), None
                    )
                    if profile is not None:
                        # The words decide which term each property is said of: an embedding
                        # cannot ("it works on WordPiece subwords" is near "BERT assigns one
                        # fixed vector" with the names exchanged, and says nothing wrong).
                        candidates = [
                            j for j in candidates if profile.swapped(sentences[spans[j].sentence].text)
                        ]
                if candidates and wrong.righted:
                    # An exchange rights the version for a sentence that names the term it
                    # brings in ("Outcome rewards are cheap, because the labels come from the
                    # answer key"); for one that names neither term, only if the exchange
                    # brings it nearer its point: "A label recorded after the outcome is fine
                    # to use" is no righter than "A feature ...", and no reading of "A field
                    # recorded after the outcome is a perfectly good feature".
                    righted_vecs = self.reference_vectors(wrong.righted)
                    nearer = (righted_vecs @ point_vecs[k]) > own_point[v]
                    righted = _demoted_similarity(
                        span_vectors[candidates], righted_vecs, prompt_vec, demotion
                    )
                    kept = []
                    for row, j in enumerate(candidates):
                        whole_text = sentences[spans[j].sentence].text
                        profiles = self.role_profiles(question)
                        # A sentence naming both terms: the words decide which one the mistake
                        # is said of, where they can; else the nearer reading.
                        bound = [
                            said_of_term_in(wrong, i, whole_text, profiles) for i in range(len(wrong.righted))
                        ]
                        rescued = any(
                            bound[i]
                            or (
                                bound[i] is None
                                and righted[row, i] >= wrong_sims[j, v]
                                and (
                                    (named := wrong.names(i, whole_text)) is True
                                    or (named is None and nearer[i])
                                )
                            )
                            for i in range(len(wrong.righted))
                        )
                        if not rescued:
                            kept.append(j)
                    candidates = kept
                for j in candidates:
                    said = (
                        wrong.decisive_words(
                            spans[j].text, sentences[spans[j].sentence].text, question.points[k].text
                        )
                        if wrong.decisive
                        else None
                    )
                    contradict(k, j, float(wrong_sims[j, v]), wrong.text, wrong.kind, said)
        # A direction turned round in words ("higher perplexity is better"), which the
        # embedding barely sees: the sentence contradicts the point it is about.
        for k, point in enumerate(question.points):
            for j, span in enumerate(spans):
                if (
                    usable[j]
                    and claims[j]
                    and sims[j, k] >= cal.partial
                    and sims[j, k] >= sims[j].max()
                    and len(words(span.text)) >= DECIDED_MIN_WORDS
                    and not is_negated(span.text)
                    and turns_round(span.text, point.text)
                ):
                    contradict(k, j, float(sims[j, k]), None, "direction")
        # A preference turned round: "X rather than Y" said of a point that prefers Y to X
        # ("describes this interval rather than the procedure"). The two sides are compared
        # with the point's, each with each: exchanged, they must match clearly better.
        for k, point in enumerate(question.points):
            point_sides = preference_sides(point.text)
            if point_sides is None:
                continue
            for j, span in enumerate(spans):
                if not (
                    usable[j] and claims[j] and sims[j, k] >= cal.partial and sims[j, k] >= sims[j].max()
                ):
                    continue
                span_sides = sides[j]
                if span_sides is None or preference_denied(span.text) != preference_denied(point.text):
                    continue
                # The preference turned round as the fault of what is judged bad ("A deep probe
                # would be worse, since it can learn the task itself rather than read out ...").
                if judged_bad(sentences[span.sentence].text) and not judged_bad(point.text):
                    continue
                # A story's wrong turn owned in the next two sentences ("At first it became about
                # who was right rather than what worked. Looking back, that was my mistake.") is
                # told, not claimed.
                if _about_own_work(question) and any(map(owned, _told_after(sentences, span.sentence))):
                    continue
                mine = self.reference_vectors([point.text[a:b] for a, b in point_sides])
                theirs = np.stack([also_vector[span.text[a:b]] for a, b in span_sides])
                cross = theirs @ mine.T
                if float(cross[0, 1] + cross[1, 0] - cross[0, 0] - cross[1, 1]) >= PREFERENCE_SWAP_MARGIN:
                    contradict(k, j, float(sims[j, k]), exchange_sides(point.text), "swap")
        # Swapped roles: a sentence that says of one term of a contrasts pair what the
        # references say of the other ("L1 penalizes the squared weights") contradicts the
        # point about them nearest to it.
        for profile in self.role_profiles(question):
            about = [k for k, point in enumerate(question.points) if profile.named_in(point.text)] or list(
                range(n_points)
            )
            for j, span in enumerate(spans):
                if not (span.whole and usable[j] and claims[j]):
                    continue
                # A denial ("L1 does not ...") says no swap; the sentence's other clauses may
                # ("reward confident answers and penalize doubt, so it learns not to abstain").
                # Two denials are still denials ("is not fine, even though it never sees the
                # labels" says nothing of the labels).
                said_text = without_denials(said_texts[j]) if negation_cues(span.text) else said_texts[j]
                if not said_text or not profile.swapped(said_text):
                    continue
                k = max(about, key=lambda k: float(sims[j, k]))
                if sims[j, k] >= cal.partial:
                    said = swap_terms(question.points[k].text, profile.a, profile.b)
                    contradict(k, j, float(sims[j, k]), said, "swap")
        # A point that ranks one term of a contrasts pair above the other ("random search
        # usually beats grid search") is contradicted by a sentence ranking them the other way
        # round ("grid search is always more efficient than random search"), whatever else it
        # says.
        for term_a, term_b in question.contrasts:
            for k, point in enumerate(question.points):
                first = ranked_first(point.text, term_a, term_b)
                if first is None:
                    continue
                for j, span in enumerate(spans):
                    if not (span.whole and usable[j] and claims[j]):
                        continue
                    said_first = ranked_first(span.text, term_a, term_b)
                    if said_first is not None and said_first != first:
                        contradict(k, j, float(sims[j, k]), swap_terms(point.text, term_a, term_b), "swap")
        relevant = usable & claims & (sims.max(axis=1) >= NEGATION_RELEVANCE)
        flipped = [(j, plain) for j in np.flatnonzero(relevant).tolist() if (plain := unnegated[j])]

        if flipped:
            flip_vecs = np.stack([also_vector[plain] for _, plain in flipped])
            flip_sims = point_similarity(flip_vecs)
            # What the span denies may be a known mistake about the point rather than the point
            # ("A p-value is not the probability that the null hypothesis is true; it is ..."):
            # its un-negated version at least as near an authored wrong version as to the point.
            denied_mistake = np.zeros((len(flipped), n_points), dtype=bool)
            mistakes = [v for v, w in enumerate(wrongs) if w.kind == "wrong"]
            if mistakes:
                flip_wrong = _demoted_similarity(flip_vecs, wrong_vecs[mistakes], prompt_vec, demotion)
                flipped_spans = np.array([j for j, _ in flipped])
                for column, v in enumerate(mistakes):
                    k = wrongs[v].point
                    # ... and brought nearer it by taking the "not" out: "Adam does not divide
                    # each step by ..., so every parameter gets the same rate" is near "Adam
                    # uses one shared step size" for its second clause, negated or not.
                    denied_mistake[:, k] |= (flip_wrong[:, column] >= flip_sims[:, k]) & (
                        flip_wrong[:, column] > wrong_sims[flipped_spans, v]
                    )
            for row, (j, _) in enumerate(flipped):
                for k, point in enumerate(question.points):
                    if is_negated(point.text) or PREVENTS.search(point.text) or denied_mistake[row, k]:
                        # A negated point is read against its un-negated version above; a
                        # point about what something prevents ("stops the softmax from
                        # saturating") is made by a sentence with a "not" in it; a known
                        # mistake denied is the point made.
                        continue
                    if spans[j].whole and affirmed_in_a_clause(j, k, negated_only=True):
                        continue
                    gain = flip_sims[row, k] - plain_sims[j, k]
                    if (flip_sims[row, k] >= cal.negation_min and gain >= cal.negation_margin) or (
                        # Scoped: the "not" governs a word the point affirms ("does not store
                        # the keys" against "stores the keys"), in a sentence close to the
                        # point, which reads no further from it without the "not".
                        sims[j, k] >= DENIAL_MIN_SIMILARITY
                        and gain >= DENIAL_MIN_GAIN
                        and denies_point(spans[j].text, point.text)
                    ):
                        contradict(k, j, float(flip_sims[row, k]), None, "negation")
        if _about_own_work(question):
            # A story's warning signs (blaming others, hiding a problem, winning by authority):
            # the sentence contradicts the point nearest to it and to what the sign is
            # ("blaming others ..." is about the point on ownership), one not yet contradicted,
            # about the candidate's conduct (not the situation or the result).
            conduct = [
                k
                for k, p in enumerate(question.points)
                if p.part not in (StoryPart.SITUATION, StoryPart.RESULT)
            ]
            for j, span in enumerate(spans):
                if not (span.whole and usable[j]):
                    continue
                # Owned in the next sentences, a wrong confessed is no warning sign.
                kind = red_flag(span.text, _told_after(sentences, span.sentence))
                if kind is None:
                    continue
                # The words decide which point, when a point's own marked version says it: "I
                # still think I'm usually right; this one was just bad luck" is the mistake about
                # holding views loosely, though it sits nearer the point on testing a belief.
                whole_text = sentences[span.sentence].text
                marked = next(
                    (
                        (wrong, found)
                        for wrong in wrongs
                        if wrong.decisive
                        and wrong.point in conduct
                        and (
                            found := wrong.decisive_words(
                                span.text, whole_text, question.points[wrong.point].text
                            )
                        )
                        is not None
                    ),
                    None,
                )
                if marked is not None:
                    version, words_found = marked
                    contradict(
                        version.point,
                        j,
                        float(sims[j, version.point]),
                        version.text,
                        version.kind,
                        words_found,
                    )
                    continue
                # The sign's own words name the conduct it breaks, so they weigh twice what the
                # sentence's topic does: "I deferred to him since he had more experience" breaks
                # the point on evidence over authority, though it reads nearer to the task.
                sign = self.reference_vectors([RED_FLAGS[kind][1]])[0] @ point_vecs.T
                order = [k for k in np.argsort(-(sims[j] + SIGN_WEIGHT * sign)).tolist() if k in conduct]
                k = next((k for k in order if k not in contradicted), order[0])
                contradict(k, j, float(sims[j, k]), RED_FLAGS[kind][1], "red_flag")
        if self.contradiction_model is not None and not _about_own_work(question):
            self._model_contradictions(question, spans, sims, usable, claims, contradicted, contradict)
        for j, *_ in contradicted.values():
            # Nor is any part of a wrong claim evidence ("Variance is the error from too simple
            # assumptions" inside "..., so the model underfits").
            for other, span in enumerate(spans):
                if span.start < spans[j].end and spans[j].start < span.end:
                    usable[other] = False
        masked = np.where(usable[:, None], sims, -1.0)

        # Lexical evidence: the share of each point's own content words (and key terms) that the
        # answer uses, outside restated or mistaken sentences, ignoring the question's words.
        answer_stems = sorted(
            {
                stem
                for k, span in enumerate(spans)
                if span.whole and usable[k]
                for stem in content_stems(span.text)
            }
        )
        results: list[PointResult] = []
        own_work = _about_own_work(question)
        details = 0.0
        told: list[str] = []
        story_fit = 1.0
        # What each span's similarity is lifted by (stories only, see the lifts).
        lifts = np.zeros(len(spans))
        if own_work:
            # A story's own sentences: how specific it is decides what it is owed.
            told_at = [j for j, s in enumerate(spans) if s.whole and usable[j]]
            told = [spans[j].text for j in told_at]
            details = specific_details(told)
            # As far as the story is about this question, not another one's.
            story_fit = _relative_fit(self._story_fit(question, span_vectors[told_at]))
            told_words = sum(len(words(t)) for t in told)
            lift = STORY_SIMILARITY_LIFT
            if details >= STORY_MIN_DETAILS and details >= STORY_MIN_DENSITY * told_words / 100:
                lift += (STORY_SPECIFIC_LIFT - STORY_SIMILARITY_LIFT) * story_fit
            # Only a sentence that tells what happened is owed the lift: "I think failure is
            # part of growth" is a general view, however many numbers stand around it. Read once
            # per sentence, not per clause.
            owed = [tells_events(s.text) for s in sentences]
            for j, span in enumerate(spans):
                if owed[span.sentence]:
                    lifts[j] = lift
        lifted = np.where(masked > 0, np.minimum(1.0, masked + lifts[:, None]), masked)
        for p, point in enumerate(question.points):
            corrected_from = None
            rows = lifted[:, p]
            if p in contradicted and followups_start is not None:
                # Corrected when challenged: a follow-up answer that makes the point cleanly,
                # after the wrong claim, stands (as the evidence, however near the first answer
                # came), and the wrong claim is kept with it.
                wrong_start = spans[contradicted[p][0]].start
                after = np.array([s.start >= followups_start and s.start > wrong_start for s in spans])
                if (np.where(after, masked[:, p], -1.0) >= cal.covered).any():
                    corrected_from = spans[contradicted.pop(p)[0]].text
                    rows = np.where(after, rows, -1.0)
            if p in contradicted:
                j, _, wrong_text, kind, wrong_words = contradicted[p]
                span = spans[j]
                results.append(
                    PointResult(
                        point_id=point.id,
                        text=point.text,
                        weight=point.weight,
                        status=Status.CONTRADICTED,
                        similarity=max(float(sims[j, p]), 0.0),
                        credit=0.0,
                        evidence=span.text,
                        evidence_start=span.start,
                        evidence_end=span.end,
                        probe=point.probe,
                        contradiction=wrong_text,
                        contradiction_kind=kind,
                        contradiction_words=wrong_words,
                    )
                )
                continue
            j = int(np.argmax(rows))
            similarity = max(float(rows[j]), 0.0)
            span = spans[j]
            sentence_text = sentences[span.sentence].text
            matched = _matched_terms(point.terms, sentence_text) if similarity > 0 else ()
            support = _term_support(point.terms, matched, prompt_words)
            effective = round(min(1.0, similarity + cal.term_bonus * support), 4)
            status = _status(similarity, effective, cal)
            lexical = round(
                max(
                    lexical_recall(_point_stems(text, point.terms, prompt_words), answer_stems)
                    for text in point.exemplars
                ),
                4,
            )
            has_evidence = status is not Status.MISSED
            results.append(
                PointResult(
                    point_id=point.id,
                    text=point.text,
                    weight=point.weight,
                    status=status,
                    similarity=similarity,
                    credit=round(earned_credit(status, similarity, lexical, cal), 4),
                    evidence=span.text if has_evidence else None,
                    evidence_start=span.start if has_evidence else None,
                    evidence_end=span.end if has_evidence else None,
                    terms_matched=matched,
                    probe=point.probe,
                    lexical=lexical,
                    corrected_from=corrected_from,
                )
            )
        story_part: list[str | None] = [p.part.value if p.part else None for p in question.points]
        results = [replace(r, part=part) if part else r for part, r in zip(story_part, results, strict=True)]
        own_options = 0
        if question.best_of is not None:
            results, own_options = _own_options(question, results, spans, sentences, masked)
        # Another question answered: what it shares with this one by accident earns little, and
        # the points it does not make earn nothing.
        whole = span_vectors[[k for k, s in enumerate(spans) if s.whole]]
        centroid = whole.mean(axis=0)
        centroid /= max(float(np.linalg.norm(centroid)), 1e-9)
        elsewhere = self._other_question(question, centroid, model_vec, prompt_vec) if has_prompt else None
        made_any = any(r.status is not Status.MISSED for r in results)
        # Stories resemble each other whatever they are about: a behavioral answer must be
        # further from its question before it is called another question's.
        extra = STORY_EXTRA_GAP if _about_own_work(question) else 0.0
        another = (
            elsewhere is not None
            and not own_options
            and word_count >= cal.min_words
            and (
                elsewhere[0] >= cal.wrong_question_gap + extra
                or (not made_any and elsewhere[0] >= cal.wrong_question_unmet + extra)
            )
        )
        neighbour_raw: float | None = None  # the answer's raw score as its neighbour's, once graded
        if another and elsewhere is not None and weigh_neighbour:
            # Far from the question's words but making its points well is still its answer: two
            # good questions for the interviewer ("which evaluations block a release?") sit
            # nearer a story about convincing people than the closing prompt, and made 82 of its
            # points. Such an answer is another question's only if that question grades it better.
            own = raw_score(results, cal, question.best_of)
            if own >= WRONG_QUESTION_OWN_MIN:
                neighbour_raw = self.grade(elsewhere[1], text, weigh_neighbour=False).raw_score
                another = neighbour_raw >= own
        if another and elsewhere is not None:
            results = _answering_another(results, flags, elsewhere[1])
        vague = False
        storied = any(p.part for p in question.points)
        if not another and own_work and word_count >= cal.min_words:
            # A story: a point that is a part of it is met by a sentence doing that part, in
            # whatever story the candidate tells, as long as the story is about this question
            # and is a story at all, with details (numbers, things the candidate did); a point
            # that is an act, by a sentence doing that act ("My hypothesis is that ...").
            # A behavioral answer made mostly of views ("I think failure is part of growth")
            # is no story, whatever numbers are sprinkled in; own research is told in views
            # and practices more ("I always pin the seeds"), so only its details count. An
            # answer about plans or practices (what next, how I keep work reproducible) is no
            # story told in the past: it is vague only with nothing specific at all.
            # A plan with one number or thing done is also specific in its field's own words
            # ("synthetic labels for rare queries, tested on held-out clicks").
            specific = details if storied else details + named_things(told)
            vague = (
                specific < STORY_MIN_DETAILS
                if storied
                else specific < STORY_MIN_PLAN_DETAILS
                and not (details >= 1 and specialist_words(told) >= PLAN_MIN_SPECIALIST_WORDS)
            ) or (question.stage is Stage.BEHAVIORAL and view_share(told) >= STORY_MAX_VIEWS)
            if vague:
                flags.append(
                    Flag(
                        FlagCode.VAGUE,
                        "Your answer stays general: tell one real story, with what you yourself did "
                        "and what happened, in numbers if you can.",
                    )
                )
            elif (
                float(max(centroid @ model_vec, centroid @ prompt_vec)) >= cal.offtopic
                # Own research: every question is about the candidate's one project, so a
                # project far from the model answer's is on topic when it makes the points
                # that are neither parts nor acts by what its sentences say.
                or (
                    question.stage is not Stage.BEHAVIORAL
                    and _plain_share(question, results) >= STORY_ON_TOPIC_SHARE
                )
            ):
                results = _story_results(question, results, sentences, spans, usable, story_fit)
        results = [status_by_share(r) for r in results]
        raw = raw_score(results, cal, question.best_of)
        if (
            weigh_neighbour
            and not another
            and elsewhere is not None
            and word_count >= cal.min_words
            and elsewhere[0] >= cal.wrong_question_weigh
        ):
            # Near enough to another question to be its answer: graded as an answer to that one,
            # it makes that question's points far better than this one's (a few of this one's
            # points are met by the neighbour's topic: attention's query and key in an answer
            # on positional encoding; a story with the wrong competency).
            neighbour = elsewhere[1]
            if neighbour_raw is None:
                neighbour_raw = self.grade(neighbour, text, weigh_neighbour=False).raw_score
            lead = neighbour_raw - raw
            if lead >= cal.wrong_question_lead or (
                lead >= cal.wrong_question_lead_near and elsewhere[0] >= cal.wrong_question_near + extra
            ):
                another = True
                results = _answering_another(results, flags, neighbour)
                raw = raw_score(results, cal, question.best_of)
        star = _star_flag(question, results)
        if star is not None:
            flags.append(star)

        factor = pitfall_factor
        if another:  # says more than off-topic
            factor *= cal.wrong_question_factor
        if vague:
            factor *= STORY_VAGUE_FACTOR
        # Keyword salad: terms without the words that make them sentences. Terse technical
        # prose is low in function words too ("Random forests average deep trees trained on
        # bootstrap samples"), so a low ratio counts only in list-like fragments, or when there
        # are almost no function words at all.
        function_ratio = sum(w.lower() in FUNCTION_WORDS for w in all_words) / max(word_count, 1)
        fragment_words = _mean_fragment_words(text)
        # Function words are English ones: other languages are not judged for salad.
        english = sum(w.isascii() for w in all_words) >= 0.5 * word_count
        salad = function_ratio < cal.salad_bare_ratio or (
            function_ratio < cal.salad_function_ratio and fragment_words <= cal.salad_fragment_words
        )
        # Per sentence too: a term list with two short sentences around it is still a list.
        listed = sum(len(words(s.text)) for s in sentences if _is_term_list(s.text, cal))
        salad = salad or listed >= 0.5 * word_count
        if word_count >= cal.min_words and english and salad:
            flags.append(
                Flag(
                    FlagCode.KEYWORD_SALAD,
                    "Lists terms without explaining them: say how the ideas connect, in full sentences.",
                    detail=f"function-word ratio {function_ratio:.2f}, "
                    f"{fragment_words:.1f} words per fragment",
                )
            )
            factor *= cal.salad_factor

        # Padding: much of the answer relates to no point and not to the question.
        relevance = np.maximum((span_vectors @ exemplar_vecs.T).max(axis=1), prompt_sims)
        sentence_words = [len(words(s.text)) for s in sentences]
        # A sentence that is the evidence of a point covered answers something, however far
        # its words are from the exemplars (a story's sentence that does an act or tells a
        # part). Covered only: a part half met in another question's story is no answer.
        evidence = [
            (r.evidence_start, r.evidence_end)
            for r in results
            if r.status is Status.COVERED and r.evidence_start is not None and r.evidence_end is not None
        ]
        whole_at = [k for k, span in enumerate(spans) if span.whole]
        related = [
            bool(relevance[j] >= cal.unrelated)
            or any(a < told_sentence.end and told_sentence.start < b for a, b in evidence)
            for told_sentence, j in zip(sentences, whole_at, strict=True)
        ]
        if own_work and not vague and not another:
            # A true story is told in its own particulars ("The external set had been assembled
            # by that hospital's graders"), as far from the points' exemplars as a holiday is:
            # a sentence that shares the story's words and meaning with the sentences that
            # answer is that story, not filler.
            told_words_of = [_story_words(told_sentence.text) for told_sentence in sentences]
            story_words = set().union(*(w for w, r in zip(told_words_of, related, strict=True) if r))
            answering = [j for j, r in zip(whole_at, related, strict=True) if r]
            core = span_vectors[answering].mean(axis=0) if answering else np.zeros(span_vectors.shape[1])
            core /= max(float(np.linalg.norm(core)), 1e-9)
            for i, j in enumerate(whole_at):
                shared = len(told_words_of[i] & story_words)
                if not related[i] and (
                    shared >= STORY_SHARED_WORDS_FAR
                    or (shared >= STORY_SHARED_WORDS and float(span_vectors[j] @ core) >= STORY_COHERENCE)
                ):
                    related[i] = True
        unrelated_words = sum(n for n, r in zip(sentence_words, related, strict=True) if not r)
        unrelated = unrelated_words / max(sum(sentence_words), 1)
        if word_count >= cal.padding_min_words and unrelated >= cal.padding_fraction:
            flags.append(
                Flag(
                    FlagCode.PADDING,
                    f"About {unrelated:.0%} of the answer is unrelated to the question; "
                    "length earns no credit, so cut what does not answer it.",
                    detail=f"unrelated share {unrelated:.2f}",
                )
            )
        if word_count >= cal.padding_min_words:
            # Say it once: every extra sentence is another chance to match a point, so what
            # answers nothing costs in proportion, from the first fifth of the answer, flagged
            # or not (a focused answer must not lose to the same content in filler).
            factor *= max(0.1, 1.0 - max(0.0, unrelated - cal.filler_free) / (1 - cal.filler_free))

        # Off-topic: the answer as a whole is far from the question and meets no point.
        topic_similarity = round(float(max(centroid @ model_vec, centroid @ prompt_vec * has_prompt)), 4)
        met = any(r.status in (Status.COVERED, Status.PARTIAL) for r in results)
        # Topicality is about shared subject matter, so plain (not question-demoted) similarity.
        raw_sims = np.where(usable[:, None], span_vectors @ exemplar_vecs.T, -1.0)
        best = round(float(raw_sims.max()), 4)
        far = topic_similarity < cal.offtopic or best < cal.offtopic_point
        if far and not met and not another and word_count >= cal.min_words:
            flags.append(
                Flag(
                    FlagCode.OFF_TOPIC,
                    "This does not answer the question that was asked.",
                    detail=f"topic similarity {topic_similarity:.2f}, best point {best:.2f}",
                )
            )
            # No extra penalty: with no point met the score is low already, and on human-graded
            # one-liners the flag misfires too often (see data/calibration.md) to cost more.

        score = int(round(max(0.0, min(100.0, raw * factor))))
        return Grade(
            penalty=round(factor, 4),
            question_id=question.id,
            score=score,
            points=tuple(results),
            flags=tuple(flags),
            word_count=word_count,
            model=self.embedder.model_id,
            grader_version=GRADER_VERSION,
            raw_score=round(raw, 2),
            best_of=question.best_of,
        )

    def _encode_said(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts made from the answer (a span without its negation, the sides of a
        preference) in one packed forward pass: texts of the answer need no vector that is the
        same in any company (as references do), only the same for the same answer."""
        return np.stack([rows[0] for rows in self._encode_answer([SentenceInput(t) for t in texts])])

    def _encode_answer(self, inputs: Sequence[SentenceInput]) -> list[np.ndarray]:
        key = tuple(inputs)
        vectors = self._said.get(key)
        if vectors is None:
            vectors = self.embedder.encode_sentences(inputs)
            if len(self._said) >= SAID_KEPT:
                self._said.clear()
            self._said[key] = vectors
        return vectors

    def _other_question(
        self, question: Question, centroid: np.ndarray, model_vec: np.ndarray, prompt_vec: np.ndarray
    ) -> tuple[float, Question] | None:
        """(how much closer the answer is to the nearest other question than to this one, that
        question), or None without neighbours."""
        if not self.neighbours:
            return None
        if self._neighbour_vectors is None:
            return None
        # A follow-up's answer is about the question it follows: that one is no other question.
        skip = {question.id, question.follows}
        keep = [i for i, q in enumerate(self.neighbours) if q.id not in skip and q.prompt != ADHOC_PROMPT]
        if not keep:
            return None
        near = (self._neighbour_vectors[keep] @ centroid).max(axis=1)
        best = int(np.argmax(near))
        own = max(float(centroid @ model_vec), float(centroid @ prompt_vec))
        return round(float(near[best]) - own, 4), self.neighbours[keep[best]]

    def _empty_grade(self, question: Question, flags: tuple[Flag, ...], word_count: int) -> Grade:
        points = tuple(
            PointResult(p.id, p.text, p.weight, Status.MISSED, 0.0, 0.0, probe=p.probe)
            for p in question.points
        )
        return Grade(
            question.id,
            0,
            points,
            flags,
            word_count,
            self.embedder.model_id,
            GRADER_VERSION,
            best_of=question.best_of,
        )


# ---------------------------------------------------------------------- helpers


STAR_PARTS = PART_ADVICE


# The credit of a story part shown by how the sentence is built, by strength (see story.py):
# a clear sign earns nearly a full point, a weak one half.
STORY_PART_CREDIT = {1.0: 0.9, 0.5: 0.5}
# The credit of an act ("My hypothesis is that ...") shown by how a sentence says it: covered, but
# short of a point explained in full, since the cue shows what the sentence does, not how well.
STORY_ACT_CREDIT = 0.75
STORY_ACT_MIN_WORDS = 12  # shorter, half: "I assumed it would work."
# ... and an act done in full with a number in it ("long-tail items got 20 percent fewer
# impressions") shows how it was done, as a result with its number is a clear sign of a result.
STORY_ACT_MEASURED_CREDIT = 0.85
STORY_PARTIAL_CREDIT = 0.4
# A story with fewer details than this (sentences with a number, the candidate's own actions,
# half for the team's) stays general: strong stories written for the tests have 3 or more,
# vague answers 2.5 at most. It earns nothing for its parts and the score is scaled by the factor.
STORY_MIN_DETAILS = 3.0
# ... and an own-work answer that is no story (plans, practices, a critique: no story part among
# its points) with fewer details and named things (a method, a dataset, "GPT-4") than this is
# vague: the answers written for the tests have 2 or more, the vague ones 1.5 at most, a plan in
# platitudes ("I'd run some experiments and see") none.
STORY_MIN_PLAN_DETAILS = 2.0
# A warning sign in a story costs the conduct point nearest the sentence plus this many times
# nearest the sign's own description ("giving in to seniority instead of ... evidence").
SIGN_WEIGHT = 2.0
# ... unless it speaks in its field's own words (see story.specialist_words): the plans written
# for the tests use 15 or more, the vague ones 10 at most. Tried as a hostile candidate: a
# strong answer on reproducibility with one number in it ("three to five seeds") was called
# vague, 97 -> 58, and one right sentence without a number took a plan 89 -> 53. Jargon alone
# is no plan ("leverage state-of-the-art architectures, MLOps observability, containerized
# microservices" uses 14): the plan needs one number or thing done besides.
PLAN_MIN_SPECIALIST_WORDS = 12
# A sentence of one's own story is about its own setting ("I wrote a two-page note for the reward
# model owner"), so it sits further from a point than a generic sentence making the same point
# ("I escalated with evidence"): on the stories written for the tests, competency points met
# scored 0.44 at the median, against 0.39 for vague answers. Stories get this much back.
STORY_SIMILARITY_LIFT = 0.05
# A specific story (details as above) sits further still from points written as general
# claims: its sentences name its own people, systems and numbers. On the stories written for the
# tests, competency points met by a specific story scored 0.45 at the lower quartile, against
# 0.40 for vague answers and 0.38 for another question's story; this lift takes the first over
# the partial threshold and leaves the others under it.
STORY_SPECIFIC_LIFT = 0.09
# ... if its details are dense enough: the stories written for the tests with three or more have
# at least 1.4 per hundred words; a story buried in filler has a fraction of that.
STORY_MIN_DENSITY = 1.0
# A behavioral answer with this share of its words in general views is vague: the stories
# written for the tests have at most 0.2 (one research story 0.66: practices), the vague answers
# from 0 to 1 (half of them above 0.5), a story of platitudes with numbers sprinkled in 0.6.
STORY_MAX_VIEWS = 0.5
STORY_VAGUE_FACTOR = 0.6


def _story_results(
    question: Question,
    results: list[PointResult],
    sentences: Sequence[Sentence],
    spans: Sequence[_Span],
    usable: np.ndarray,
    fit: float = 1.0,
) -> list[PointResult]:
    """The point results with each act and each story part met by the sentence that does it,
    where that earns more than the sentence's similarity did. Acts first: they are what the
    question asks about. Then parts, in proportion to how much of that the story shows and to
    ``fit``, how far it is about this question rather than another's (a story that shows nothing
    the question asks about earns nothing for being well told). Restated, mistaken or
    contradicting sentences do not count."""
    whole = {s.sentence: j for j, s in enumerate(spans) if s.whole}
    kept = [i for i in range(len(sentences)) if usable[whole[i]]]
    found = story_parts([sentences[i].text for i in kept])
    acts = story_acts([sentences[i].text for i in kept], STORY_ACT_MIN_WORDS)

    def met(result: PointResult, credit: float, index: int) -> PointResult:
        # The status follows the credit: a part told in a story about something else is no
        # "covered" point at a third of its weight.
        if result.status is Status.CONTRADICTED or credit <= result.credit or credit < STORY_PARTIAL_CREDIT:
            return result
        sentence = sentences[kept[index]]
        return replace(
            result,
            status=Status.COVERED if credit >= COVERED_SHARE else Status.PARTIAL,
            credit=max(result.credit, credit),
            evidence=sentence.text,
            evidence_start=sentence.start,
            evidence_end=sentence.end,
        )

    # An act is itself what the question asks about. A behavioral story to another question is
    # scaled by ``fit``; the research questions all ask about one project, so their stories
    # overlap and their fit to one another is noise (see data/calibration.md). A bare cue ("I
    # considered other options") shows the act, not how it was done: half.
    act_fit = fit if question.stage is Stage.BEHAVIORAL else 1.0
    with_acts: list[PointResult] = []
    for point, result in zip(question.points, results, strict=True):
        if point.act is not None and point.act in acts:
            index = acts[point.act]
            told = sentences[kept[index]].text
            full = len(words(told)) >= STORY_ACT_MIN_WORDS
            credit = STORY_ACT_CREDIT if full else STORY_PART_CREDIT[0.5]
            if full and states_number(told):
                credit = STORY_ACT_MEASURED_CREDIT
            credit = round(credit * act_fit, 4)
            result = met(result, credit, index)
        with_acts.append(result)
    competency = _competency(question, with_acts) * fit
    out: list[PointResult] = []
    for point, result in zip(question.points, with_acts, strict=True):
        if point.part is not None and point.part in found:
            strength, index = found[point.part]
            result = met(result, round(STORY_PART_CREDIT.get(strength, 0.0) * competency, 4), index)
        out.append(result)
    return out


# A good story to another question meets few of this one's competency points (those that are no
# part of a story): on the stories written for the tests, a median share of 0.75 of their weight
# for the question's own stories, 0.33 for another story question's. Part credit is scaled from
# nothing at the lower share to all of it at the upper.
STORY_COMPETENCY_RANGE = (0.1, 0.5)


def _competency(question: Question, results: Sequence[PointResult]) -> float:
    """How far the answer shows what a story question asks about, 0-1: the share of the weight
    of its competency points made, scaled over ``STORY_COMPETENCY_RANGE``. 1.0 when every
    point is a story part."""
    weighed = [(p.weight, r) for p, r in zip(question.points, results, strict=True) if p.part is None]
    total = sum(w for w, _ in weighed)
    if not total:
        return 1.0
    made = sum(w * r.credit for w, r in weighed if r.status in (Status.COVERED, Status.PARTIAL)) / total
    low, high = STORY_COMPETENCY_RANGE
    return min(1.0, max(0.0, (made - low) / (high - low)))


# A story shows what another own-work question asks about better than the one asked, by this
# much of mean similarity: for the question's own stories written for the tests, a median of
# 0.02; for another question's, 0.12. Part credit is kept whole up to the lower gap and lost by
# the upper.
STORY_OTHER_FIT_RANGE = (0.05, 0.2)


# An own-research answer far from the model answer is still about the question when it makes
# this share of the weight of its plain points (neither parts nor acts) by similarity: a
# retinopathy study told for "a result that surprised you" (0.30 from a model answer about a
# retrieval model) makes 0.73 of them, another question's research story under 0.5 mostly.
STORY_ON_TOPIC_SHARE = 0.5


def _plain_share(question: Question, results: Sequence[PointResult]) -> float:
    """The share of the weight of the points that are neither a part nor an act, made by what
    the sentences say (their similarity)."""
    weighed = [
        (p.weight, r)
        for p, r in zip(question.points, results, strict=True)
        if p.part is None and p.act is None
    ]
    total = sum(w for w, _ in weighed)
    made = sum(w * r.credit for w, r in weighed if r.status in (Status.COVERED, Status.PARTIAL))
    return made / total if total else 0.0


def _relative_fit(gap: float) -> float:
    low, high = STORY_OTHER_FIT_RANGE
    return min(1.0, max(0.0, (high - gap) / (high - low)))


def _star_flag(question: Question, results: Sequence[PointResult]) -> Flag | None:
    """For a story (points that are its situation, task, action and result): name the parts
    it really lacks, those no sentence did."""
    by_part: dict[str, list[PointResult]] = {}
    for point, result in zip(question.points, results, strict=True):
        part = point.part.value if point.part else point.id
        by_part.setdefault(part, []).append(result)
    if not set(STAR_PARTS) - {"reflection"} <= set(by_part):
        return None
    missing = [
        part
        for part in STAR_PARTS
        if part in by_part and all(r.status is Status.MISSED for r in by_part[part])
    ]
    if not missing:
        return None
    described = "; ".join(STAR_PARTS[part] for part in missing)
    return Flag(
        FlagCode.STAR,
        f"Your story is missing {described}.",
        detail=",".join(missing),
    )


def _is_overview(question: Question) -> bool:
    """The question that opens a stage by asking for the whole story (topic ``<area>/overview``)."""
    return question.topic.rsplit("/", 1)[-1] == "overview"


def _about_own_work(question: Question) -> bool:
    """A behavioral story, or a question about the candidate's own research (topic research/...)."""
    return question.stage is Stage.BEHAVIORAL or question.area == "research"


def _reference_texts(question: Question) -> list[str]:
    return [
        *(p.text for p in question.points),
        question.prompt,
        question.model_answer,
        *(p.text for p in question.pitfalls),
        *(example for p in question.points for example in p.examples),
    ]


# A quotation in a follow-up question: what the interviewer quotes back from the answer.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _demoted_similarity(
    spans: np.ndarray, refs: np.ndarray, question: np.ndarray, demotion: float
) -> np.ndarray:
    """Cosine blended with the cosine of the residuals after removing the question direction."""
    raw = spans @ refs.T
    if demotion <= 0:
        return np.round(raw, 4)
    span_q = spans @ question
    ref_q = refs @ question
    norms = np.sqrt(np.maximum(np.outer(1 - span_q**2, 1 - ref_q**2), 1e-6))
    residual = (raw - np.outer(span_q, ref_q)) / norms
    return np.round((1 - demotion) * raw + demotion * residual, 4)


def _status(similarity: float, effective: float, cal: Calibration) -> Status:
    if similarity >= cal.partial and effective >= cal.covered:
        return Status.COVERED
    if similarity >= cal.partial:
        return Status.PARTIAL
    return Status.MISSED


def _offset_after_words(text: str, count: int) -> int:
    for index, match in enumerate(re.finditer(r"\w+(?:['’]\w+)?", text)):
        if index == count - 1:
            return match.end()
    return len(text)


def content_stems(text: str) -> list[str]:
    """Crudely stemmed content words (function words dropped)."""
    return [stem(w) for w in words(text) if w.lower() not in FUNCTION_WORDS]


def _point_stems(text: str, terms: Sequence[str], prompt_words: set[str]) -> list[str]:
    return _point_stems_of(text, tuple(terms), frozenset(prompt_words))


# The same few hundred exemplars are read against every answer: their stems are kept.
@functools.lru_cache(maxsize=16384)
def _point_stems_of(text: str, terms: tuple[str, ...], prompt_words: frozenset[str]) -> list[str]:
    stems = list(dict.fromkeys(content_stems(" ".join([text, *terms]))))
    question = {stem(w) for w in prompt_words}
    return [s for s in stems if s not in question] or stems


def lexical_recall(wanted: Sequence[str], answer_stems: Sequence[str]) -> float:
    """Share of ``wanted`` stems found in the answer (typo-tolerant for longer words)."""
    if not wanted or not answer_stems:
        return 0.0
    pool = set(answer_stems)
    found = 0
    for wanted_stem in wanted:
        if wanted_stem in pool or (
            len(wanted_stem) >= 5
            and process.extractOne(wanted_stem, answer_stems, scorer=fuzz.ratio, score_cutoff=85) is not None
        ):
            found += 1
    return found / len(wanted)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in words(text) if w.lower() not in FUNCTION_WORDS}


# A story's sentence that shares this many content words with its answering sentences, and is
# this near their mean, is part of the story (padding sentences about a holiday share two, by
# accident, at a cosine below 0.14); one that shares four, at any cosine.
STORY_SHARED_WORDS = 2
STORY_COHERENCE = 0.2
STORY_SHARED_WORDS_FAR = 4


def _story_words(sentence: str) -> set[str]:
    """The stems of a sentence's content words of four letters or more."""
    return {stem(w) for w in _content_words(sentence) if len(w) >= 4}


def _answering_another(
    results: list[PointResult], flags: list[Flag], neighbour: Question
) -> list[PointResult]:
    """An answer to ``neighbour``: the points it does not make earn nothing, and it is flagged."""
    flags.append(
        Flag(
            FlagCode.WRONG_QUESTION,
            f'This answers another question ("{clip(neighbour.prompt)}"), not the one asked.',
            detail=neighbour.id,
        )
    )
    return [replace(r, credit=0.0) if r.status is Status.MISSED else r for r in results]


# An options question ("any questions for us?"): a question the candidate asks that none of the
# listed options is, of at least this many words, about the work (this near some option), and
# naming nothing a pitfall names (pay, perks), is an option of its own, earning this share.
OWN_OPTION_MIN_WORDS = 8
OWN_OPTION_MIN_SIMILARITY = 0.3
OWN_OPTION_CREDIT = 0.65


def _own_options(
    question: Question,
    results: list[PointResult],
    spans: Sequence[_Span],
    sentences: Sequence[Sentence],
    masked: np.ndarray,
) -> tuple[list[PointResult], int]:
    """The results with each real question of the candidate's own that no option names put in
    the place of an option not made (the nearest), and how many were. Tried as a new user: two
    sound questions, one on the list, scored 51; "What tooling do engineers wish they had?" is
    a good question too, whatever the list says."""
    said = {r.evidence for r in results if r.status is not Status.MISSED}
    pitfall_terms = [t for pitfall in question.pitfalls for t in pitfall.terms]
    asks = [
        j
        for j, span in enumerate(spans)
        if span.whole
        and span.text.rstrip().endswith("?")
        and len(words(span.text)) >= OWN_OPTION_MIN_WORDS
        and span.text not in said
        and float(masked[j].max()) >= OWN_OPTION_MIN_SIMILARITY
        and not _matched_terms(pitfall_terms, sentences[span.sentence].text)
    ]
    out = list(results)
    made = 0
    for j in asks:
        free = [k for k, r in enumerate(out) if r.status is Status.MISSED]
        if not free:
            break
        k = max(free, key=lambda k: float(masked[j, k]))
        span = spans[j]
        out[k] = replace(
            out[k],
            status=Status.PARTIAL,
            credit=OWN_OPTION_CREDIT,
            evidence=span.text,
            evidence_start=span.start,
            evidence_end=span.end,
        )
        made += 1
    return out, made


# How many answers' embedded texts are kept (see Grader._said).
SAID_KEPT = 16
# A sentence at least this near a follow-up's point (or its prompt), and nearer to it than to
# any point of the question, says it (see Grader.follow_ups_said).
SAID_MIN_SIMILARITY = 0.55
# A question sits further from the statement that answers it than a point does.
SAID_PROMPT_MIN_SIMILARITY = 0.48
# A sentence this near a follow-up (its prompt or a point) is what the follow-up builds on.
HOOK_MIN_SIMILARITY = 0.6


@dataclass(frozen=True)
class FollowUpReading:
    """What the answers say of one scripted follow-up (see Grader.read_follow_ups)."""

    said: float
    hook: str | None = None
    hook_similarity: float = 0.0


# The most an answer's context (the probe it answers) adds to its similarity to that point.
# Answers to probes gained 0.09-0.16; non-answers and off-topic replies 0.04 or less.
FOLLOW_UP_LIFT_MAX = 0.2
# A pitfall that names no point contradicts the point nearest to it, if one is this near.
PITFALL_POINT_MIN = 0.4
CONTRADICTION_MIN_WORDS = 8
# The trained model reads short answers too ("It will go off."), where it is the only judge.
MODEL_MIN_WORDS = 3
# An authored wrong version this close to its own point (plain cosine) cannot be told from it.
TOO_CLOSE_TO_POINT = 0.8
# A sentence this near an authored misconception and this much nearer it than to any point
# says it in other words ("Activations are tiny next to the weights and optimizer state, so I
# would ignore them"): one of the version's own words is enough.
LEANING_SIMILARITY = 0.82
LEANING_GAIN = 0.2
# How much further a behavioral or research answer (a story of one's own work) must be from its
# question than from another before it
# answers that other one (see Calibration.wrong_question_gap).
STORY_EXTRA_GAP = 0.1
# An answer far from its question that still makes this much of its points (raw) is called
# another question's only if graded as that question's it does better.
WRONG_QUESTION_OWN_MIN = 60.0
# A one-word edit of a point must be matched this much more closely than a misconception.
EDIT_EXTRA_SIMILARITY = 0.08
# Negated spans at least this similar to some point are read without their negation.
NEGATION_RELEVANCE = 0.4
# A span whose negation governs a word its point affirms denies the point when it is this close
# to it and its un-negated version no further (measured on negated copies against strong answers).
DENIAL_MIN_SIMILARITY = 0.7
DENIAL_MIN_GAIN = 0.005
# A clause this long can say a marked mistake ("the cache grows quadratically").
DECIDED_MIN_WORDS = 5
# A clause that opens one case of several ("when ...", "and if ...", "otherwise ...").
_CASE_OPENER = re.compile(r"\W*(?:(?:and|but|or)\s+)?(?:when|whenever|if|otherwise|else)\b", re.IGNORECASE)
# "X rather than Y" turns a point's preference round when its sides, exchanged, match the
# point's this much better in sum than as they stand (cosines of the short phrases).
PREFERENCE_SWAP_MARGIN = 0.3


# A wrong turn in a story owned within this many sentences after it is told, not claimed.
OWNED_WITHIN = 2


def _told_after(sentences: Sequence[Sentence], index: int) -> list[str]:
    """The sentences a story tells right after sentence ``index``, where it may own a wrong."""
    return [s.text for s in sentences[index + 1 : index + 1 + OWNED_WITHIN]]


def _is_parrot(span: str, prompt_words: set[str], cal: Calibration) -> bool:
    content = [w.lower() for w in words(span) if w.lower() not in FUNCTION_WORDS]
    if not content:
        return False
    if all(w in FILLER_WORDS for w in content):
        return True
    content = [w for w in content if w not in FILLER_WORDS]
    novel = [
        w
        for w in content
        if w not in prompt_words
        and process.extractOne(w, prompt_words, scorer=fuzz.ratio, score_cutoff=cal.parrot_fuzzy) is None
    ]
    # Nothing new, or one new word in a long restatement. A span that adds even one word to
    # the question's ("Push operation." to "Which stack operation matches enqueue?", or "The
    # compiler tells overloaded functions apart by their signature.") is an answer.
    return not novel or (len(content) >= 6 and len(novel) <= 1)


# Where a list breaks: commas, semicolons, colons, stops, line breaks and spaced dashes.
FRAGMENT_BREAK = re.compile(r"[,;:.!?\n]+|\s[-\u2013\u2014]\s")


def _is_term_list(sentence: str, cal: Calibration) -> bool:
    """A sentence that is a list of terms: four or more short fragments, almost no function words."""
    found = words(sentence)
    fragments = [part for part in FRAGMENT_BREAK.split(sentence) if words(part)]
    ratio = sum(w.lower() in FUNCTION_WORDS for w in found) / max(len(found), 1)
    return (
        len(fragments) >= 4
        and _mean_fragment_words(sentence) <= cal.salad_fragment_words
        and ratio < cal.salad_function_ratio
    )


def _mean_fragment_words(text: str) -> float:
    """Mean number of words between list breaks: a term list has one to three, prose more."""
    counts = [n for n in (len(words(part)) for part in FRAGMENT_BREAK.split(text)) if n]
    return sum(counts) / len(counts) if counts else 0.0


@functools.lru_cache(maxsize=16384)
def _needle_regex(needle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(needle)}")


def _matched_terms(terms: Sequence[str], sentence: str) -> tuple[str, ...]:
    """Key terms present in the sentence, tolerating typos and inflections."""
    lowered = sentence.lower()
    found: list[str] = []
    for term in terms:
        needle = term.lower()
        if _needle_regex(needle).search(lowered):
            found.append(term)
        elif len(needle) >= 5 and fuzz.partial_ratio(needle, lowered, score_cutoff=85):
            found.append(term)
    return tuple(found)


def _term_support(terms: Sequence[str], matched: Sequence[str], prompt_words: set[str]) -> float:
    """Share of key terms matched; terms the question itself contains count half."""
    if not terms:
        return 0.0

    def weight(term: str) -> float:
        return 0.5 if _content_words(term) <= prompt_words else 1.0

    total = sum(weight(t) for t in terms)
    return sum(weight(t) for t in matched) / total if total else 0.0


def _once(store: dict[str, tuple[Question, T]], question: Question, build: Callable[[Question], T]) -> T:
    """``build(question)``, kept per question id; a reloaded question (another object) is rebuilt."""
    cached = store.get(question.id)
    if cached is None or cached[0] is not question:
        cached = (question, build(question))
        store[question.id] = cached
    return cached[1]
