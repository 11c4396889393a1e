"""Delivery feedback: how an answer was said, from its words and their timestamps. No model.

For a spoken answer (``spoken_delivery``): words per minute, filler words, long pauses (two
seconds or more between words), talk time against the question's suggested time, and concision.
For a typed answer (``typed_delivery``): its words, how long it would take to say at a
conversational pace against the suggested time, fillers, and concision.

Concision is the share of the answer's words that are in sentences that served a point. Which
sentences did is the grader's business, so it is given: as the character spans of the evidence
in the answer's text (``serving_spans``; ``concision_from_spans`` turns them into the share), or
as a share the caller computed (``concision``).

Pure functions of their arguments: nothing here loads a model or touches a file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

LONG_PAUSE_S = 2.0
SPEAKING_PACE_WPM = 150.0  # a conversational pace: how long a typed answer would take to say
PACE_SLOW_WPM = 110.0  # below: slow; above PACE_FAST_WPM: fast (interview speech is ~120-160)
PACE_FAST_WPM = 170.0
TIME_SHORT = 0.5  # talk time under half the suggested time: short
TIME_LONG = 1.25  # over a quarter more: long

# Spellings Whisper uses for the hesitation sounds, and the one each counts as.
_SOUNDS = {
    "um": "um", "umm": "um", "ummm": "um", "uhm": "um", "hum": "um",
    "uh": "uh", "uhh": "uh", "uhhh": "uh",
    "erm": "erm", "er": "erm", "err": "erm",
}  # fmt: skip
FILLERS = ("um", "uh", "erm", "like", "you know", "sort of", "kind of", "basically", "I mean")

# "like" is a verb or a comparison after these ("I like", "would like", "looks like a ...").
_LIKE_TAKERS = {
    "i", "you", "we", "they", "he", "she", "people", "would", "'d", "i'd", "you'd", "we'd",
    "they'd", "do", "does", "did", "don't", "doesn't", "didn't", "look", "looks", "looked",
    "looking", "seem", "seems", "seemed", "feel", "feels", "felt", "sound", "sounds", "sounded",
    "something", "anything", "nothing", "things", "stuff", "more", "much", "exactly", "just",
    "not", "unlike", "is", "are", "was", "were", "be", "it's", "that's", "what's",
}  # fmt: skip
# "a kind of model", "this sort of thing": a noun phrase, not a hedge.
_DETERMINERS = {
    "a", "an", "the", "this", "that", "these", "those", "what", "which", "any", "some", "every",
    "each", "one", "no", "same", "other", "another", "different", "particular", "certain",
    "specific", "whatever", "whichever", "right", "wrong", "new", "that's", "what's", "all",
    "of", "my", "your", "our", "their", "its", "his", "her",
}  # fmt: skip
# "you know the answer", "you know that ...": a verb with an object, not a filler.
_KNOW_OBJECTS = {
    "that", "what", "how", "why", "when", "where", "whether", "if", "the", "a", "an", "it",
    "this", "them", "him", "her", "about", "which", "who", "your", "my", "its",
}  # fmt: skip
_MEAN_FOLLOWERS = {"that", "to", "by", "it", "is", "was", "the", "what", "when", "this"}
_NO_FILLER_BEFORE_KNOW = {"do", "did", "don't", "didn't", "if", "as", "would", "will", "you'll"}
_NO_FILLER_BEFORE_MEAN = {"what", "do", "did", "don't", "didn't", "i'd"}

_EDGE = re.compile(r"^[^\w']+|[^\w']+$")
_BREAK = re.compile(r"[,;:.!?…—–-]$|\.\.\.$")
_WORD = re.compile(r"\w")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|(?=\n)|$)")


class TimedWord(Protocol):
    """A word with its times in seconds (``interviewer.voice.transcribe.Word`` is one)."""

    @property
    def word(self) -> str: ...
    @property
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...


class TranscriptLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def words(self) -> Sequence[TimedWord]: ...
    @property
    def duration(self) -> float: ...


@dataclass(frozen=True)
class Filler:
    """One filler: which (one of ``FILLERS``), at which word (0-based), said when (None when typed)."""

    phrase: str
    index: int
    start: float | None = None


@dataclass(frozen=True)
class Pause:
    """Silence between two words, from the end of one to the start of the next (seconds)."""

    start: float
    end: float
    after_word: int  # index of the word before it

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Delivery:
    """How an answer was delivered. ``spoken`` tells the two kinds apart: a typed answer has no
    pace or pauses, and its ``talk_seconds`` is the time it would take to say at 150 wpm."""

    spoken: bool
    words: int
    talk_seconds: float
    words_per_minute: float | None = None
    fillers: tuple[Filler, ...] = ()
    long_pauses: tuple[Pause, ...] = ()
    longest_pause_s: float | None = None  # the longest gap between two words, long or not
    pause_threshold_s: float = LONG_PAUSE_S
    suggested_seconds: float | None = None
    concision: float | None = None
    recording_seconds: float | None = None
    filler_counts: dict[str, int] = field(default_factory=dict, compare=False)

    @property
    def filler_count(self) -> int:
        return len(self.fillers)

    @property
    def fillers_per_100_words(self) -> float:
        return 100.0 * len(self.fillers) / self.words if self.words else 0.0

    @property
    def long_pause_count(self) -> int:
        return len(self.long_pauses)

    @property
    def time_ratio(self) -> float | None:
        """Talk time over the suggested time (1.0: exactly on time)."""
        if not self.suggested_seconds:
            return None
        return self.talk_seconds / self.suggested_seconds

    @property
    def time_verdict(self) -> str | None:
        """``short`` (under half the suggested time), ``long`` (over 125%), else ``on time``."""
        ratio = self.time_ratio
        if ratio is None:
            return None
        return "short" if ratio < TIME_SHORT else "long" if ratio > TIME_LONG else "on time"

    @property
    def pace_verdict(self) -> str | None:
        """``slow`` (under 110 wpm), ``fast`` (over 170), else ``good``; None when typed."""
        wpm = self.words_per_minute
        if wpm is None:
            return None
        return "slow" if wpm < PACE_SLOW_WPM else "fast" if wpm > PACE_FAST_WPM else "good"

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready values (seconds and rates rounded)."""

        def r(value: float | None, digits: int = 2) -> float | None:
            return None if value is None else round(value, digits)

        return {
            "spoken": self.spoken,
            "words": self.words,
            "talk_seconds": r(self.talk_seconds),
            "recording_seconds": r(self.recording_seconds),
            "suggested_seconds": r(self.suggested_seconds),
            "time_ratio": r(self.time_ratio),
            "time_verdict": self.time_verdict,
            "words_per_minute": r(self.words_per_minute, 1),
            "pace_verdict": self.pace_verdict,
            "filler_count": self.filler_count,
            "fillers_per_100_words": r(self.fillers_per_100_words, 1),
            "fillers": dict(self.filler_counts),
            "filler_times": [r(f.start) for f in self.fillers] if self.spoken else None,
            "long_pause_count": self.long_pause_count,
            "long_pause_threshold_s": self.pause_threshold_s,
            "long_pauses": [[r(p.start), r(p.end)] for p in self.long_pauses],
            "longest_pause_s": r(self.longest_pause_s),
            "concision": r(self.concision, 3),
        }

    def lines(self) -> list[str]:
        """The figures in words, one per line, for a terminal or a feedback panel."""
        out: list[str] = []
        if self.spoken:
            assert self.words_per_minute is not None or self.words == 0
            pace = (
                f"{self.words_per_minute:.0f} words per minute ({self.pace_verdict})"
                if self.words
                else "no words"
            )
            out.append(f"Pace: {pace}")
        talked = _duration(self.talk_seconds)
        # Spoken: "Talk time: 1 min 10 s of 2 min suggested (58%, ...)". Typed: "Length: 56
        # words, about 22 s to say; 2 min suggested (19%, short)".
        line = f"Talk time: {talked}" if self.spoken else f"Length: {self.words} words, about {talked} to say"
        if self.suggested_seconds:
            joint = " of " if self.spoken else "; "
            line += (
                f"{joint}{_duration(self.suggested_seconds)} suggested "
                f"({self.time_ratio:.0%}, {self.time_verdict})"
            )
        out.append(line)
        if self.filler_counts:
            listed = ", ".join(
                f"{phrase} ×{n}" if n > 1 else phrase for phrase, n in self.filler_counts.items()
            )
            out.append(
                f"Fillers: {self.filler_count} ({listed}); {self.fillers_per_100_words:.1f} per 100 words"
            )
        else:
            out.append("Fillers: none")
        if self.spoken:
            if self.long_pauses:
                out.append(
                    f"Long pauses: {self.long_pause_count} of {self.pause_threshold_s:g} s or more; "
                    f"the longest {self.longest_pause_s:.1f} s"
                )
            else:
                longest = f" (longest {self.longest_pause_s:.1f} s)" if self.longest_pause_s else ""
                out.append(f"Long pauses: none{longest}")
        if self.concision is not None:
            out.append(f"Concision: {self.concision:.0%} of the words are in sentences that made a point")
        return out


def _duration(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


# ---------------------------------------------------------------------------- the figures


def _bare(token: str) -> str:
    """A token lower-cased without the punctuation around it (apostrophes inside stay)."""
    return _EDGE.sub("", token.lower().replace("’", "'"))


def _is_word(token: str) -> bool:
    return bool(_WORD.search(token))


def count_words(tokens: Iterable[str]) -> int:
    """Tokens with a letter or a digit in them."""
    return sum(1 for token in tokens if _is_word(token))


def find_fillers(tokens: Sequence[str]) -> list[tuple[str, int]]:
    """The fillers among tokens (words with their punctuation attached, as Whisper writes them
    or as typed text splits on spaces): each as (phrase, index of its first token).

    "um", "uh", "erm" always count; "basically" always; "like" when set off by commas (", like,"
    or "like," not after "I", "would", "looks", ...) or right after a hesitation; "you know"
    and "I mean" when set off ("you know," / "I mean, ...") and not with an object ("you know
    that ..."); "sort of" / "kind of" when no article or determiner comes before them ("it's
    sort of slow", not "a kind of model").
    """
    bare = [_bare(t) for t in tokens]
    found: list[tuple[str, int]] = []
    i = 0
    while i < len(tokens):
        word = bare[i]
        before = bare[i - 1] if i > 0 else ""
        opens = i == 0 or bool(_BREAK.search(tokens[i - 1]))  # nothing, or a comma, before it
        after = bare[i + 1] if i + 1 < len(tokens) else ""
        if word in _SOUNDS:
            found.append((_SOUNDS[word], i))
        elif word == "basically":
            found.append(("basically", i))
        elif word == "like":
            closes = bool(_BREAK.search(tokens[i])) or i + 1 == len(tokens)
            after_hesitation = before in _SOUNDS or before == "basically"
            if (opens and closes) or (closes and before not in _LIKE_TAKERS) or after_hesitation:
                found.append(("like", i))
        elif i + 1 < len(tokens) and (word, after) in {("you", "know"), ("i", "mean")}:
            phrase = "you know" if word == "you" else "I mean"
            closes = bool(_BREAK.search(tokens[i + 1])) or i + 2 == len(tokens)
            following = bare[i + 2] if i + 2 < len(tokens) else ""
            if phrase == "you know":
                filler = before not in _NO_FILLER_BEFORE_KNOW and (
                    closes or (opens and following not in _KNOW_OBJECTS)
                )
            else:
                filler = before not in _NO_FILLER_BEFORE_MEAN and (
                    closes or (opens and following not in _MEAN_FOLLOWERS)
                )
            if filler:
                found.append((phrase, i))
                i += 2
                continue
        elif i + 1 < len(tokens) and word in ("sort", "kind") and after == "of":
            # "of" must not end a sentence either ("what kind of?")
            if before not in _DETERMINERS and not bool(_BREAK.search(tokens[i])):
                found.append((f"{word} of", i))
                i += 2
                continue
        i += 1
    return found


def long_pauses(words: Sequence[TimedWord], threshold: float = LONG_PAUSE_S) -> list[Pause]:
    """Every gap of ``threshold`` seconds or more between the end of a word and the start of the
    next, in order."""
    return [p for p in _gaps(words) if p.seconds >= threshold]


def _gaps(words: Sequence[TimedWord]) -> list[Pause]:
    return [
        Pause(float(a.end), float(b.start), i)
        for i, (a, b) in enumerate(zip(words, words[1:], strict=False))
        if b.start > a.end
    ]


def talk_seconds(words: Sequence[TimedWord]) -> float:
    """From the start of the first word to the end of the last (0 without words)."""
    if not words:
        return 0.0
    return max(0.0, float(words[-1].end) - float(words[0].start))


def words_per_minute(words: Sequence[TimedWord]) -> float | None:
    """Words said per minute of talk time (pauses included); None with fewer than two words."""
    spoken = count_words(w.word for w in words)
    seconds = talk_seconds(words)
    if spoken < 2 or seconds <= 0:
        return None
    return 60.0 * spoken / seconds


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (split after . ! ? and at line breaks),
    without the spaces before them."""
    spans = []
    for match in _SENTENCE.finditer(text):
        if match.group().strip():
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            spans.append((start, match.end()))
    return spans


def concision_from_spans(text: str, serving_spans: Iterable[tuple[int, int]]) -> float | None:
    """The share of the words of ``text`` that are in a sentence overlapping one of the spans
    (character offsets into ``text``, e.g. the evidence of each covered or partial point).
    None for a text without words."""
    spans = [(int(a), int(b)) for a, b in serving_spans]
    total = serving = 0
    for start, end in sentence_spans(text):
        count = count_words(text[start:end].split())
        total += count
        if any(a < end and b > start for a, b in spans):
            serving += count
    return serving / total if total else None


def _concision(
    text: str, concision: float | None, serving_spans: Iterable[tuple[int, int]] | None
) -> float | None:
    if concision is not None and serving_spans is not None:
        raise ValueError("give concision or serving_spans, not both")
    if serving_spans is not None:
        return concision_from_spans(text, serving_spans)
    if concision is not None and not 0.0 <= concision <= 1.0:
        raise ValueError(f"concision is a share between 0 and 1, got {concision}")
    return concision


def _counts(fillers: Iterable[tuple[str, int]]) -> dict[str, int]:
    return dict(Counter(phrase for phrase, _ in fillers).most_common())


def spoken_delivery(
    transcript: TranscriptLike,
    *,
    suggested_seconds: float | None = None,
    concision: float | None = None,
    serving_spans: Iterable[tuple[int, int]] | None = None,
    pause_threshold: float = LONG_PAUSE_S,
) -> Delivery:
    """The delivery of a spoken answer, from its transcript's words and their timestamps.

    ``suggested_seconds``: the question's suggested time (talk time is compared with it).
    ``serving_spans`` (character spans in ``transcript.text``) or ``concision`` (a share the
    caller computed): which part of the answer served a point; neither leaves it unknown.
    """
    words = list(transcript.words)
    tokens = [w.word for w in words]
    fillers = find_fillers(tokens)
    gaps = _gaps(words)
    return Delivery(
        spoken=True,
        words=count_words(tokens),
        talk_seconds=talk_seconds(words),
        words_per_minute=words_per_minute(words),
        fillers=tuple(Filler(phrase, i, float(words[i].start)) for phrase, i in fillers),
        long_pauses=tuple(p for p in gaps if p.seconds >= pause_threshold),
        longest_pause_s=max((p.seconds for p in gaps), default=None),
        pause_threshold_s=pause_threshold,
        suggested_seconds=suggested_seconds,
        concision=_concision(transcript.text, concision, serving_spans),
        recording_seconds=float(transcript.duration),
        filler_counts=_counts(fillers),
    )


def typed_delivery(
    text: str,
    *,
    suggested_seconds: float | None = None,
    concision: float | None = None,
    serving_spans: Iterable[tuple[int, int]] | None = None,
    pace_wpm: float = SPEAKING_PACE_WPM,
) -> Delivery:
    """The delivery figures that make sense for a typed answer: its words, the time it would
    take to say at ``pace_wpm`` against ``suggested_seconds``, fillers, and concision."""
    tokens = text.split()
    fillers = find_fillers(tokens)
    count = count_words(tokens)
    return Delivery(
        spoken=False,
        words=count,
        talk_seconds=60.0 * count / pace_wpm,
        fillers=tuple(Filler(phrase, i) for phrase, i in fillers),
        suggested_seconds=suggested_seconds,
        concision=_concision(text, concision, serving_spans),
        filler_counts=_counts(fillers),
    )
