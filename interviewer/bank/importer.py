"""Turn an interview-prep article into a question-bank draft (headless: no click, no textual).

Layouts read (the ones prep articles on the web really use):

- numbered questions followed by answer bullets, with labelled lines such as
  ``Why this question is asked:``, ``Detailed answer:`` and ``Pro tip:`` (plain text, where
  section headings are short Title Case lines or ``Category 3: ...`` lines);
- questions in bold (``**...?**``) or as Markdown headings (``## ...?``) followed by paragraphs;
  headings that are not questions name the section (the topic of the questions under them);
- lists and tables in answers (each bullet or table row is a point) and fenced code blocks
  (kept in the model answer, never turned into points);
- HTML fragments (``<h2>``/``<h3>``/``<strong>`` questions, ``<p>``/``<li>`` answers), read with
  the standard library's :mod:`html.parser` and turned into the Markdown layout above;
- questions that have no answer yet: reported with their line numbers and left out.

:func:`import_article` returns the questions as plain dicts, ready for ``yaml.safe_dump``, and
the problems found. Every question it returns validates against :mod:`interviewer.bank.schema`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from interviewer.bank.schema import ID_PATTERN, TOPIC_PATTERN, Stage

MAX_POINTS = 6
MAX_POINT_CHARS = 300
DIFFICULTY = 2
TIME_LIMIT_S = 180
DEFAULT_TOPIC = "imported/general"
DEFAULT_TIP = "Cover each point of the model answer in your own words, with an example where it helps."

Line = tuple[int, str]  # (1-based line number in the source, text)

_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")
_BULLET = re.compile(r"^(\s*)(?:[-*+•●▪◦‣]|\d{1,3}[.)])\s+(.*)$")
_BOLD_LINE = re.compile(r"^\s*(?:\d{1,3}[.)]\s*)?(\*\*|__)(.+?)\1\s*(.*)$")
_QUESTION_LABEL = re.compile(r"^(?:q|question)\s*\d{0,3}\s*[:.)]\s*(\S.*)$", re.IGNORECASE)
_WHY_LABEL = re.compile(r"^why\b[^:]{0,40}\b(?:asked|ask|matters)\b[^:]{0,20}:\s*", re.IGNORECASE)
_ANSWER_LABEL = re.compile(
    r"^(?:(?:detailed|short|long|sample|model|example|suggested|expected|the)\s+)?"
    r"(?:answer|response|explanation)s?\s*:\s*|^a\s*[:.]\s+",
    re.IGNORECASE,
)
_TIP_LABEL = re.compile(
    r"(?:^|(?<=[.!?)\]”\"’]))\s*(?:pro[\s-]?tip|interview[\s-]tip|tip)s?\s*:\s*", re.IGNORECASE
)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SECTION_PREFIX = re.compile(
    r"^(?:category|section|part|chapter|module|unit)\s+\d+\s*[:.\-–—]\s*", re.IGNORECASE
)
_HTML_HINT = re.compile(r"<(?:h[1-6]|p|li|ul|ol|strong|b|div|table|tr|td|pre|br)\b[^>]*>", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z0-9“\"'(\[`])")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "cf.", "approx.", "fig.", "no.", "dr.", "mr.", "ms.")

_IMPERATIVES = frozenset(
    "explain describe write implement design compare contrast define derive discuss outline walk "
    "tell give name list prove show code build sketch estimate summarize summarise".split()
)
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to vs with without your our their its is are".split()
)


@dataclass(frozen=True)
class ImportProblem:
    """Something in the article that did not become a question."""

    line: int
    prompt: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.prompt!r}: {self.reason}"


@dataclass
class ImportResult:
    """The questions taken from an article (as bank dicts) and what could not be taken."""

    source_name: str
    questions: list[dict[str, Any]] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def topics(self) -> dict[str, int]:
        """Topic -> number of questions, in order of first appearance."""
        counts: dict[str, int] = {}
        for question in self.questions:
            counts[question["topic"]] = counts.get(question["topic"], 0) + 1
        return counts

    def bank(self) -> dict[str, Any]:
        """The whole bank file, ready for ``yaml.safe_dump(..., sort_keys=False)``."""
        return {
            "title": f"Imported from {self.source_name}",
            "description": (
                "Draft made by 'interviewer bank import': review the points (one idea each) and add "
                "key terms before relying on the grades."
            ),
            "questions": self.questions,
        }


# --------------------------------------------------------------------------- text helpers


def slugify(text: str, max_length: int = 60) -> str:
    """Lowercase ASCII words joined by '-' (``"Natural Language Processing (NLP)"`` ->
    ``natural-language-processing-nlp``), cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] if "-" in slug[:max_length] else slug[:max_length]
    return slug.strip("-")


def section_topic(heading: str) -> str:
    """The topic for questions under a section heading: ``imported/<slug>``."""
    text = _SECTION_PREFIX.sub("", _strip_numbering(clean_inline(heading)))
    slug = slugify(text)
    return f"imported/{slug}" if slug else DEFAULT_TOPIC


def normalize_topic(topic: str) -> str:
    """A user-given topic path, each part slugified; ValueError when nothing usable is left."""
    parts = [slugify(part) for part in topic.strip().strip("/").split("/")]
    if not all(parts):
        raise ValueError(f"topic {topic!r} is not usable: give words separated by '/', e.g. nlp/tokenization")
    result = "/".join(parts)
    if not re.match(TOPIC_PATTERN, result):  # pragma: no cover - slugify only yields valid parts
        raise ValueError(f"topic {topic!r} is not usable")
    return result


def clean_inline(text: str) -> str:
    """Drop Markdown emphasis and link syntax from one line of prose."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])", r"\1", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return " ".join(text.split())


def _strip_numbering(text: str) -> str:
    return re.sub(r"^\d{1,3}[.)]\s+", "", text.strip())


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations such as 'e.g.' inside their sentence."""
    pieces = [p for p in _SENTENCE_END.split(text.strip()) if p.strip()]
    merged: list[str] = []
    for piece in pieces:
        if merged and merged[-1].lower().endswith(_ABBREVIATIONS):
            merged[-1] = f"{merged[-1]} {piece.strip()}"
        else:
            merged.append(piece.strip())
    return merged


def first_sentence(text: str) -> str:
    found = sentences(text)
    sentence = found[0] if found else text.strip()
    if len(sentence) > MAX_POINT_CHARS:
        sentence = sentence[: MAX_POINT_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def is_question(text: str) -> bool:
    """Whether a line reads like an interview question: ends with '?' or starts with an imperative."""
    text = clean_inline(_strip_numbering(text)).strip()
    if not re.search(r"[A-Za-z]", text):
        return False
    if re.search(r"\?[\"”’)\]]*$", text):
        return True
    first = re.match(r"[A-Za-z]+", text)
    return first is not None and first.group(0).lower() in _IMPERATIVES


def _is_title_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’'\-]*", text)
    significant = [w for w in words if len(w) >= 4 and w.lower() not in _SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() for w in significant)


def _is_bold_question(raw: str) -> bool:
    bold = _BOLD_LINE.match(raw)
    return bold is not None and is_question(bold.group(2))


def _is_label(text: str) -> bool:
    return bool(_WHY_LABEL.match(text) or _ANSWER_LABEL.match(text) or _TIP_LABEL.match(text))


# --------------------------------------------------------------------------- HTML


class _HtmlToLines(HTMLParser):
    """HTML fragment -> Markdown-like lines, each with the source line it came from."""

    _BLOCKS = frozenset("p div section article header footer blockquote dl dt dd hr figure".split())
    _SKIP = frozenset({"script", "style", "head", "title", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self._buffer = ""
        self._line = 1
        self._list_depth = 0
        self._pre = False
        self._pre_text = ""
        self._skip = 0
        self._row: list[str] | None = None
        self._row_has_th = False
        self._rows_in_table = 0
        self._cell: list[str] | None = None

    def _emit(self, text: str, line: int | None = None) -> None:
        self.lines.append((line if line is not None else self.getpos()[0], text))

    def _flush(self) -> None:
        text = " ".join(self._buffer.split())
        if text and text not in {"-", "**", "****"} and re.search(r"\w", text):
            self._emit(text, self._line)
        self._buffer = ""

    def _start_block(self, prefix: str = "") -> None:
        self._flush()
        self._buffer = prefix
        self._line = self.getpos()[0]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
            return
        if self._pre:
            return
        if re.fullmatch(r"h[1-6]", tag):
            self._start_block("#" * int(tag[1]) + " ")
        elif tag in self._BLOCKS:
            self._start_block()
        elif tag in {"ul", "ol"}:
            self._flush()
            self._list_depth += 1
        elif tag == "li":
            self._start_block("  " * max(self._list_depth - 1, 0) + "- ")
        elif tag == "br":
            self._start_block(self._buffer[: len(self._buffer) - len(self._buffer.lstrip())])
        elif tag == "pre":
            self._flush()
            self._emit("```")
            self._pre, self._pre_text, self._line = True, "", self.getpos()[0]
        elif tag == "table":
            self._flush()
            self._rows_in_table = 0
        elif tag == "tr":
            self._flush()
            self._row, self._row_has_th, self._line = [], False, self.getpos()[0]
        elif tag in {"td", "th"} and self._row is not None:
            self._cell = []
            self._row_has_th = self._row_has_th or tag == "th"
        elif tag in {"strong", "b"}:
            self._add("**")
        elif tag == "code":
            self._add("`")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(self._skip - 1, 0)
            return
        if tag == "pre":
            text = self._pre_text.strip("\n")
            for offset, code_line in enumerate(text.splitlines()):
                self._emit(code_line, self._line + offset)
            self._emit("```")
            self._emit("")
            self._pre = False
            return
        if self._pre:
            return
        if re.fullmatch(r"h[1-6]", tag) or tag in self._BLOCKS:
            self._flush()
            self._emit("")
        elif tag in {"ul", "ol"}:
            self._flush()
            self._list_depth = max(self._list_depth - 1, 0)
            if not self._list_depth:
                self._emit("")
        elif tag == "li":
            self._flush()
        elif tag in {"td", "th"} and self._row is not None and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()).replace("|", "/"))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row:
                self._emit("| " + " | ".join(self._row) + " |", self._line)
                if self._rows_in_table == 0 and self._row_has_th:
                    self._emit("|" + "---|" * len(self._row), self._line)
                self._rows_in_table += 1
            self._row = None
        elif tag == "table":
            self._emit("")
        elif tag in {"strong", "b"}:
            self._add("**")
        elif tag == "code":
            self._add("`")

    def _add(self, text: str) -> None:
        if self._cell is not None:
            if text != "**":
                self._cell.append(text)
        else:
            if not self._buffer.strip():
                self._line = self.getpos()[0]
            self._buffer += text

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre:
            self._pre_text += data
            return
        if not data.strip() and not self._buffer.strip():
            return
        self._add(data)

    def close(self) -> None:
        super().close()
        self._flush()


def looks_like_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text)) >= 2


def html_to_lines(text: str) -> list[Line]:
    parser = _HtmlToLines()
    parser.feed(text)
    parser.close()
    return parser.lines


# --------------------------------------------------------------------------- parsing


@dataclass
class _Draft:
    """A question being read: its prompt and the lines of its answer, why and tip."""

    number: int
    line: int
    prompt: str
    topic: str
    answer: list[Line] = field(default_factory=list)
    why: list[str] = field(default_factory=list)
    tip: list[str] = field(default_factory=list)


class _Reader:
    def __init__(self, lines: list[Line], markdown: bool, topic: str | None) -> None:
        self.lines = lines
        self.markdown = markdown  # explicit headings: no guessing of plain-text headings
        self.fixed_topic = topic
        self.topic = topic or DEFAULT_TOPIC
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.mode = "answer"

    # -- structure

    def _start(self, line: int, prompt: str) -> None:
        self._finish()
        prompt = clean_inline(_strip_numbering(prompt))
        self.current = _Draft(len(self.drafts) + 1, line, prompt, self.topic)
        self.mode = "answer"

    def _finish(self) -> None:
        if self.current is not None:
            self.drafts.append(self.current)
        self.current = None

    def _heading(self, text: str) -> None:
        self._finish()
        if self.fixed_topic is None:
            self.topic = section_topic(text)

    def _why_label_follows(self, index: int) -> bool:
        seen = 0
        for _, raw in self.lines[index + 1 :]:
            text = raw.strip()
            if not text:
                continue
            if _WHY_LABEL.match(clean_inline(text.lstrip("-*•● "))):
                return True
            seen += 1
            if seen >= 3:
                return False
        return False

    def _plain_heading(self, index: int, raw: str) -> bool:
        text = raw.strip()
        if self.markdown or raw[:1].isspace() or len(text) > 100 or _BULLET.match(raw):
            return False
        if index > 0 and self.lines[index - 1][1].strip():
            return False  # a heading starts its own paragraph
        if re.search(r"[.!?:;,]$", text) or not re.search(r"[A-Za-z]", text) or _is_label(text):
            return False
        return bool(_SECTION_PREFIX.match(text)) or _is_title_case(text)

    # -- content

    def _content(self, number: int, raw: str) -> None:
        draft = self.current
        if draft is None:
            return
        if not raw.strip():
            if self.mode in {"why", "tip"}:
                self.mode = "answer"
            draft.answer.append((number, ""))
            return
        bullet = _BULLET.match(raw)
        body = bullet.group(2) if bullet else raw.strip()
        plain = clean_inline(body)
        why = _WHY_LABEL.match(plain)
        if why:
            self.mode = "why"
            if plain[why.end() :].strip():
                draft.why.append(plain[why.end() :].strip())
            return
        answer_label = _ANSWER_LABEL.match(plain)
        if answer_label:
            self.mode = "answer"
            rest = plain[answer_label.end() :]
            if rest.strip():
                draft.answer.append((number, rest))
            return
        tip = _TIP_LABEL.search(plain)
        if tip and (tip.start() == 0 or plain[: tip.start()].rstrip().endswith((".", "!", "?", ")"))):
            before, after = plain[: tip.start()].strip(), plain[tip.end() :].strip()
            if before:
                prefix = raw[: bullet.start(2)] if bullet else raw[: len(raw) - len(raw.lstrip())]
                self._content(number, prefix + before)
            self.mode = "tip"
            if after:
                draft.tip.append(after)
            return
        if self.mode == "why":
            draft.why.append(plain)
        elif self.mode == "tip":
            draft.tip.append(plain)
        else:
            draft.answer.append((number, raw.rstrip()))

    def read(self) -> list[_Draft]:
        in_fence = False
        for index, (number, raw) in enumerate(self.lines):
            if in_fence or _FENCE.match(raw):
                if _FENCE.match(raw):
                    in_fence = not in_fence
                if self.current is not None:
                    self.mode = "answer"
                    self.current.answer.append((number, raw.rstrip()))
                continue
            text = raw.strip()
            heading = _MD_HEADING.match(raw)
            if heading:
                title = heading.group(2)
                if is_question(title) or _QUESTION_LABEL.match(clean_inline(title)):
                    label = _QUESTION_LABEL.match(clean_inline(title))
                    self._start(number, label.group(1) if label else title)
                elif clean_inline(title):
                    self._heading(title)
                continue
            bold = _BOLD_LINE.match(raw)
            if bold and not raw[:1].isspace():
                inner, rest = bold.group(2).strip(), bold.group(3).strip()
                label = _QUESTION_LABEL.match(inner)
                inner_q = label.group(1) if label else inner
                if (rest and inner_q.rstrip().endswith("?")) or (not rest and is_question(inner_q)):
                    self._start(number, inner_q)
                    if rest:
                        self._content(number, rest)
                    continue
            label = _QUESTION_LABEL.match(clean_inline(text))
            if label and not raw[:1].isspace() and is_question(label.group(1)):
                self._start(number, label.group(1))
                continue
            numbered = _NUMBERED.match(raw)
            if numbered:
                body = numbered.group(2)
                if is_question(body) or self._why_label_follows(index):
                    self._start(number, body)
                    continue
                if not self.markdown and self._plain_heading(index, body) and not body.endswith(":"):
                    self._heading(body)
                    continue
            elif self._plain_heading(index, raw):
                self._heading(text)
                continue
            self._content(number, raw)
        self._finish()
        return self.drafts


# --------------------------------------------------------------------------- answers


def _dedent(lines: list[Line]) -> list[Line]:
    indents = [len(raw) - len(raw.lstrip()) for _, raw in lines if raw.strip()]
    cut = min(indents) if indents else 0
    return [(n, raw[cut:] if raw.strip() else "") for n, raw in lines]


def _trim_blanks(lines: list[Line]) -> list[Line]:
    start, end = 0, len(lines)
    while start < end and not lines[start][1].strip():
        start += 1
    while end > start and not lines[end - 1][1].strip():
        end -= 1
    return lines[start:end]


def _model_answer(lines: list[Line]) -> str:
    """The answer as tidy Markdown: bullets as '-', no emphasis markers, code kept as written."""
    out: list[str] = []
    in_fence = False
    for _, raw in lines:
        if _FENCE.match(raw):
            in_fence = not in_fence
            out.append(raw.rstrip())
            continue
        if in_fence:
            out.append(raw.rstrip())
            continue
        bullet = re.match(r"^(\s*)[*+•●▪◦‣]\s+(.*)$", raw)
        line = f"{bullet.group(1)}- {bullet.group(2)}" if bullet else raw
        indent = line[: len(line) - len(line.lstrip())]
        out.append(indent + clean_inline(line) if line.strip() else "")
    tidy: list[str] = []
    fence_open = False
    for index, line in enumerate(out):
        if _FENCE.match(line):
            fence_open = not fence_open
        if not line.strip() and not fence_open:
            if not tidy or not tidy[-1].strip():
                continue  # one blank line at most
            following = next((nxt for nxt in out[index + 1 :] if nxt.strip()), "")
            if _BULLET.match(tidy[-1]) and _BULLET.match(following):
                continue  # no blank lines inside a list
            if _TABLE_ROW.match(tidy[-1]) and _TABLE_ROW.match(following):
                continue
        tidy.append(line)
    return "\n".join(tidy).strip("\n")


def _units(lines: list[Line]) -> list[str]:
    """Candidate point texts in answer order: bullets, table rows, then sentences of paragraphs."""
    units: list[str] = []
    paragraph: list[str] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            units.extend(sentences(clean_inline(" ".join(paragraph))))
            paragraph.clear()

    for index, (_, raw) in enumerate(lines):
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not raw.strip():
            flush()
            continue
        if _TABLE_ROW.match(raw):
            flush()
            following = lines[index + 1][1] if index + 1 < len(lines) else ""
            if _TABLE_SEPARATOR.match(raw) or _TABLE_SEPARATOR.match(following):
                continue  # the separator and the header row above it
            cells = [clean_inline(c) for c in raw.strip().strip("|").split("|")]
            cells = [c for c in cells if c]
            if cells:
                units.append(cells[0] if len(cells) == 1 else f"{cells[0]}: {'; '.join(cells[1:])}")
            continue
        bullet = _BULLET.match(raw)
        if bullet:
            flush()
            units.append(clean_inline(bullet.group(2)))
            continue
        paragraph.append(raw.strip())
    flush()
    return units


def _points(lines: list[Line]) -> list[dict[str, Any]]:
    texts: list[str] = []
    for unit in _units(lines):
        text = first_sentence(unit).strip()
        if text.endswith(":") or len(re.findall(r"\w+", text)) < 2:
            continue  # an introduction to a list ("Key components:"), or a lone word
        if text.lower() not in {t.lower() for t in texts}:
            texts.append(text)
        if len(texts) == MAX_POINTS:
            break
    return [{"id": f"p{i}", "text": t, "weight": 1, "terms": []} for i, t in enumerate(texts, 1)]


def _question_id(stem: str, number: int, prompt: str) -> str:
    words = slugify(prompt, max_length=40) or "question"
    qid = f"imp.{stem}.{number}-{words}"
    if not re.match(ID_PATTERN, qid):  # pragma: no cover - every part is slugified
        raise ValueError(f"cannot build a valid id from {prompt!r}")
    return qid


def id_stem(name: str) -> str:
    """The file-stem part of imported ids: lowercase letters, digits, '_' and '-'."""
    stem = re.sub(r"[^a-z0-9_\-]+", "-", name.lower()).strip("-_")
    return stem or "article"


# --------------------------------------------------------------------------- entry point


def import_article(
    text: str,
    source_name: str,
    stage: Stage | str = Stage.TECHNICAL,
    topic: str | None = None,
    *,
    stem: str | None = None,
) -> ImportResult:
    """Read an article's questions and answers into bank-question dicts.

    ``source_name`` is the article's file name (its stem names the ids unless ``stem`` is given);
    ``topic`` replaces the topics taken from section headings. Raises ValueError for a stage
    that cannot be imported (coding questions need tests) or an unusable topic.
    """
    stage = Stage(stage)
    if stage is Stage.CODING:
        raise ValueError(
            "coding questions need a function, tests and a reference solution: import them as "
            "'technical' and add a 'coding' block by hand (see interviewer/bank/schema.py)"
        )
    fixed_topic = normalize_topic(topic) if topic is not None else None
    name_stem = id_stem(stem if stem is not None else re.sub(r"\.[A-Za-z0-9]+$", "", source_name))
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if looks_like_html(text):
        lines = html_to_lines(text)
    else:
        lines = list(enumerate(text.split("\n"), 1))
    markdown = any(_MD_HEADING.match(raw) or _is_bold_question(raw) for _, raw in lines)
    result = ImportResult(source_name)
    for draft in _Reader(lines, markdown, fixed_topic).read():
        answer = _trim_blanks(_dedent(draft.answer))
        if not draft.prompt:
            continue
        if not answer:
            result.problems.append(ImportProblem(draft.line, draft.prompt, "no answer yet: left out"))
            continue
        points = _points(answer)
        if not points:
            result.problems.append(
                ImportProblem(
                    draft.line, draft.prompt, "the answer has no sentences to grade against (code only?)"
                )
            )
            continue
        why = " ".join(draft.why).strip()
        tip = " ".join(draft.tip).strip()
        area = draft.topic.rsplit("/", 1)[-1].replace("-", " ")
        result.questions.append(
            {
                "id": _question_id(name_stem, draft.number, draft.prompt),
                "stage": stage.value,
                "topic": draft.topic,
                "difficulty": DIFFICULTY,
                "prompt": draft.prompt,
                "why_asked": why or f"A common interview question on {area}, imported from {source_name}.",
                "tip": tip or DEFAULT_TIP,
                "model_answer": _model_answer(answer),
                "time_limit_s": TIME_LIMIT_S,
                "points": points,
            }
        )
    return result
