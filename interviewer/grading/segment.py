"""Split an answer into sentences, and long sentences into clauses, keeping character offsets.

Offsets let the feedback highlight the evidence inside the user's own answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Words after which a period does not end a sentence.
_ABBREVIATIONS = {
    "e.g", "i.e", "etc", "vs", "cf", "al", "approx", "fig", "eq", "dr", "mr", "mrs", "ms",
    "prof", "no", "resp", "incl", "w.r.t", "a.k.a",
}  # fmt: skip

_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_CLAUSE_BREAK = re.compile(
    r"\s*[;:]\s+|\s+[—–]\s+|\s+-\s+|,\s+(?=(?:and|but|so|which|because|while|whereas|although|"
    r"though|since|whereas|yet|then|so that|or)\b)|\s+(?=(?:because|whereas|although|while)\b)",
    re.IGNORECASE,
)
_HARD_BREAK = re.compile(r"\w[;:]\s+\w")
_WORD = re.compile(r"\w+(?:['’]\w+)?", re.UNICODE)

CLAUSE_MIN_SENTENCE_WORDS = 14
CLAUSE_MIN_WORDS = 4
MAX_SENTENCE_WORDS = 60


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    clauses: tuple[tuple[int, int], ...]  # offsets within ``text``


def clean_text(text: str) -> str:
    """Normalise Unicode and drop control characters (tabs and newlines stay)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


_SUFFIX = re.compile(r"(?:ing|ed|es|s|ly)$")


def stem(word: str) -> str:
    """A crude stem: lower case, a common suffix dropped from words longer than four letters."""
    word = word.lower()
    return _SUFFIX.sub("", word) if len(word) > 4 else word


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        piece = text[start:end]
        if re.fullmatch(r"\s*\d+[.)]", piece):
            continue  # a numbered-list marker, not a sentence
        last = re.search(r"([\w.]+)[.]+[\"')\]]*$", piece.strip())
        if last and last.group(1).lower().rstrip(".") in _ABBREVIATIONS and "\n" not in match.group():
            continue
        if last and re.fullmatch(r"\d+", last.group(1)) and text[end : end + 2].strip()[:1].isdigit():
            continue  # a decimal number such as 0.05
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    bullet = _BULLET.match(text[start:end])
    if bullet:
        start += bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    count = len(words(sentence))
    # A colon or semicolon joins two statements even in a short sentence ("Calibration is not
    # about accuracy: it asks whether probabilities match frequencies" denies one, makes another).
    if count < CLAUSE_MIN_SENTENCE_WORDS and not (
        count >= 2 * CLAUSE_MIN_WORDS and _HARD_BREAK.search(sentence)
    ):
        return ()
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(sentence)))
    # Merge pieces too short to carry an idea into their neighbour.
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and len(words(sentence[merged[-1][0] : merged[-1][1]])) < CLAUSE_MIN_WORDS:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) > 1 and len(words(sentence[merged[-1][0] : merged[-1][1]])) < CLAUSE_MIN_WORDS:
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    if len(merged) < 2:
        return ()
    return tuple(merged)


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut run-on text (no punctuation) into pieces of at most MAX_SENTENCE_WORDS words."""
    matches = list(_WORD.finditer(text, start, end))
    if len(matches) <= MAX_SENTENCE_WORDS:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    for i in range(0, len(matches), MAX_SENTENCE_WORDS):
        chunk = matches[i : i + MAX_SENTENCE_WORDS]
        piece_end = matches[i + MAX_SENTENCE_WORDS].start() if i + MAX_SENTENCE_WORDS < len(matches) else end
        out.append((chunk[0].start() if i else start, piece_end))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` (already cleaned), each with offsets into ``text`` and clauses."""
    out: list[Sentence] = []
    for raw_start, raw_end in _sentence_spans(text):
        for a, b in _split_long(text, raw_start, raw_end):
            start, end = _trim(text, a, b)
            piece = text[start:end]
            if not _WORD.search(piece):
                continue
            out.append(Sentence(start, end, piece, _clauses(piece)))
    return out
