"""Turn an interview-prep article into a question-bank draft (headless: no click, no textual).

Layouts read (the ones prep articles on the web really use):

- numbered questions followed by answer bullets, with labelled lines such as
  ``Why this question is asked:``, ``Detailed answer:`` and ``Pro tip:`` (plain text, where
  section headings are short Title Case lines or ``Category 3: ...`` lines);
- questions in bold (``**...?**``) or as Markdown headings (``## ...?``, also underlined ones)
  followed by paragraphs; headings that are not questions name the section (the topic of the
  questions under them);
- difficulty or source markers around a question (``**What is X? 👶**``, ``What is X? ⭐️``,
  ``[easy]``, ``[[src](...)]``): cut off; a line carrying one of the article's markers is a
  question even without a '?', and so is a marked question alone on its line;
- lists (nested ones too) and tables (with or without outer pipes) in answers: each bullet or
  table row is a point; fenced code blocks stay in the model answer, never turned into points;
- HTML inside Markdown, read as a Markdown viewer shows it: ``<br>`` breaks a line (inside a
  table cell it joins the parts), ``<details>``/``<summary>`` (a question in the summary becomes
  the question, "Show answer" goes), HTML tables and lists become Markdown ones, comments,
  images and navigation links ("back to top") go;
- HTML fragments (``<h2>``/``<h3>``/``<strong>`` questions, ``<p>``/``<li>`` answers), read with
  the standard library's :mod:`html.parser` and turned into the Markdown layout above;
- questions that have no answer yet (or a placeholder such as "Answer here"): reported with their
  line numbers and left out; markup that is never closed (a code fence, a comment, an HTML
  block) is reported with its line too. No input makes the import fail.

:func:`import_article` returns the questions as plain dicts, ready for ``yaml.safe_dump``, and
the problems found. Every question it returns validates against :mod:`interviewer.bank.schema`.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from interviewer.bank.schema import ID_PATTERN, TOPIC_PATTERN, Question, Stage

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
_HTML_HINT = re.compile(r"<(?:h[1-6]|p|li|ul|ol|strong|b|div|table|tr|td|pre|br)\b[^<>]*>", re.IGNORECASE)
# Emphasis and links, each span bounded: a line full of stray '*' or '[' takes linear time.
_INLINE_MARKUP = tuple(
    re.compile(pattern)
    for pattern in (
        r"\*\*(.{1,500}?)\*\*",
        r"(?<!\w)__(?=\S)(.{1,500}?)(?<=\S)__(?!\w)",
        r"(?<![\w*])\*(?=[^\s*])(.{1,500}?)(?<=[^\s*])\*(?![\w*])",
        r"(?<![\w_])_(?=[^\s_])(.{1,500}?)(?<=[^\s_])_(?![\w_])",
        r"!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)",
    )
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z0-9“\"'(\[`])")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PLACEHOLDER = re.compile(
    r"(?:(?:your |the |an? )?answer(?: goes)?(?: here)?|todo|tbd|tba|wip|n ?a|coming soon|to ?do"
    r"|(?:answer |answers )?(?:to be|will be) (?:added|written|done|provided)(?: soon| later)?"
    r"|(?:please )?add (?:an |the |your )?answer(?: here)?|no answer(?: yet)?|pending|placeholder)",
    re.IGNORECASE,
)
_MARKER_JOINERS = frozenset("\u200b\u200c\u200d\u2060\ufe0e\ufe0f\u20e3")
_DIFFICULTY_WORDS = r"easy|medium|hard|beginner|intermediate|advanced|expert|basic|junior|senior"
_DIFFICULTY_WORD = re.compile(rf"(?:{_DIFFICULTY_WORDS})(?:\s*level)?", re.IGNORECASE)
_TRAILING_TAG = re.compile(
    r"\s*(?:\[?\[[^\[\]\n]{1,40}\]\([^()\s]{0,500}\)\]?"  # [src](url) or [[src](url)]
    r"|[\[(](?P<word>[^\[\]()\n]{1,30})[\])])\s*$"  # (easy), [Medium], [asked at X]
)
_LEADING_DIFFICULTY = re.compile(rf"\s*[\[(](?:{_DIFFICULTY_WORDS})[\])]\s*", re.IGNORECASE)
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
        if not self.prompt:  # about the article's layout, not one question
            return f"line {self.line}: {self.reason}"
        return f"line {self.line}: {self.prompt!r}: {self.reason}"

    @property
    def is_question(self) -> bool:
        """Whether a question was left out (rather than a note about the layout)."""
        return bool(self.prompt)


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
    for pattern in _INLINE_MARKUP:
        text = pattern.sub(r"\1", text)
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


def _is_marker_char(char: str) -> bool:
    """Emoji, stars, arrows and the joiners and variation selectors that glue emoji together."""
    if char in _MARKER_JOINERS:
        return True
    return ord(char) >= 0x2190 and unicodedata.category(char) in {"So", "Sk"}


def split_marker(text: str) -> tuple[str, str]:
    """``(question, marker)``: a difficulty or source marker after (or before) a question cut off.

    ``"What is regularization? 👶"`` -> ``("What is regularization?", "👶")``; also ``[easy]``,
    ``(Medium)``, ``[[src](https://...)]`` after the question mark, and emoji in front of it.
    """
    core = text.strip()
    while True:
        before = core
        core = core.rstrip()
        while core and (_is_marker_char(core[-1]) or core[-1].isspace()):
            core = core[:-1]
        tag = _TRAILING_TAG.search(core) if core.endswith((")", "]")) else None
        if tag and (
            _DIFFICULTY_WORD.fullmatch(tag.group("word") or "")
            or core[: tag.start()].rstrip().endswith(("?", "."))
        ):
            core = core[: tag.start()]
        core = core.rstrip()
        if core == before:
            break
    start = 0
    while start < len(core) and (_is_marker_char(core[start]) or core[start].isspace()):
        start += 1
    lead = _LEADING_DIFFICULTY.match(core, start)
    if lead:
        start = lead.end()
    marker = (core[:start] + " " + text.strip()[len(core) :]).strip()
    return core[start:].strip(), marker


def _marker_key(marker: str) -> str:
    return "".join(char for char in marker.lower() if char not in _MARKER_JOINERS and not char.isspace())


def _question_marker(raw: str) -> str:
    """The difficulty marker of a bold or heading question (``**What is X? 👶**`` -> "👶"), or ""."""
    bold, heading = _BOLD_LINE.match(raw), _MD_HEADING.match(raw)
    if bold:
        text = f"{bold.group(2)} {bold.group(3)}"
    elif heading:
        text = heading.group(2)
    else:
        return ""
    question, marker = split_marker(clean_inline(text))
    key = _marker_key(marker)
    if not question.endswith("?") or (re.search(r"[a-z]", key) and not _DIFFICULTY_WORD.search(key)):
        return ""  # not a question, or a source link rather than a difficulty marker
    return marker


def strip_marker(text: str) -> str:
    """The question without its difficulty marker (see :func:`split_marker`)."""
    return split_marker(text)[0]


def is_question(text: str) -> bool:
    """Whether a line reads like an interview question: ends with '?' or starts with an imperative."""
    text = strip_marker(clean_inline(_strip_numbering(strip_marker(text))))
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

    _BLOCKS = frozenset(
        "p div section article header footer main nav aside center blockquote dl dt dd hr figure "
        "figcaption details caption".split()
    )
    _SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "textarea"})

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
        self._summary = False

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
            if self._cell is not None:
                self._cell.append(_cell_break("".join(self._cell)))
            else:
                self._start_block(self._buffer[: len(self._buffer) - len(self._buffer.lstrip())])
        elif tag == "summary":
            self._start_block()
            self._summary = True
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
        elif tag in _HTML_INLINE_OPEN:
            self._add(_HTML_INLINE_OPEN[tag])

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
        if tag == "summary" and self._summary:
            self._summary = False
            self._buffer = _summary_line(self._buffer)
            self._flush()
            self._emit("")
        elif re.fullmatch(r"h[1-6]", tag) or tag in self._BLOCKS:
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
        elif tag in _HTML_INLINE_CLOSE:
            self._add(_HTML_INLINE_CLOSE[tag])

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
        if self._cell is not None:  # a table cut short: keep what it has
            self.handle_endtag("td")
        if self._row:
            self.handle_endtag("tr")
        self._flush()


def looks_like_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text)) >= 2


def html_to_lines(text: str) -> list[Line]:
    parser = _HtmlToLines()
    parser.feed(text)
    parser.close()
    return parser.lines


# --------------------------------------------------------------------------- Markdown with HTML in it

# Tags read in Markdown text; any other '<word>' (``List<int>``, ``<user_id>``) stays as written.
_HTML_DROP = frozenset("script style head title noscript template svg textarea iframe".split())
_HTML_DELEGATE = frozenset("table ul ol dl pre h1 h2 h3 h4 h5 h6".split())
_HTML_BREAK = frozenset(
    "p div details section article header footer main nav aside center blockquote hr br figure "
    "figcaption dt dd caption html body form fieldset legend address hgroup".split()
)
_HTML_INLINE_OPEN = {"b": "**", "strong": "**", "code": "`", "tt": "`", "kbd": "`", "samp": "`"}
_HTML_INLINE_OPEN |= {"sub": "_", "sup": "^"}
_HTML_INLINE_CLOSE = {"b": "**", "strong": "**", "code": "`", "tt": "`", "kbd": "`", "samp": "`"}
_HTML_IGNORE = frozenset(
    "i em a span font u ins del s strike mark small big abbr cite q var label time nobr dfn bdi bdo "
    "data ruby rt rp img input wbr source track video audio picture embed object param meta link "
    "base area map col colgroup button select option math tbody thead tfoot tr td th".split()
)
_HTML_KNOWN = _HTML_DROP | _HTML_DELEGATE | _HTML_BREAK | _HTML_IGNORE | {"summary", "li"}
_HTML_KNOWN |= set(_HTML_INLINE_OPEN)
_HTML_ATTRS = r"(?:\s(?:[^<>\"']|\"[^\"<]{0,2000}\"|'[^'<]{0,2000}')*)?"
_HTML_TOKEN = re.compile(
    r"(?P<code>`+)(?!`)[^\n]{0,2000}?(?<!`)(?P=code)(?!`)"  # an inline code span, kept as written
    rf"|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]{{0,15}}){_HTML_ATTRS}/?>"
)
_RAW_HTML_START = re.compile(r"<(pre|script|style)\b|<!--")
_CODE_SPAN = re.compile(r"(`+)(?!`)[^\n]{0,2000}?(?<!`)\1(?!`)")
_ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>")
_REVEAL = re.compile(
    r"^(?:click\b.*|(?:show|see|reveal|view|expand|toggle|hide|open)\b.*"
    r"|(?:the |an? |my |sample |model |suggested )?"
    r"(?:answer|solution|explanation|hint|details|more|code|example|spoiler)s?[\s:.!…]*)$",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(
    r"^\W*(?:(?:go |jump |return |scroll )?(?:back )?(?:to )?(?:the )?"
    r"(?:top|table of contents|contents|index)|back|up)\W*$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


def _cell_break(before: str) -> str:
    """What a ``<br>`` inside a table cell becomes: the cell stays on one row."""
    text = before.rstrip()
    return " " if not text or text[-1] in ".;:,!?|" else "; "


def _summary_line(inner: str) -> str:
    """A ``<summary>``: a question becomes a bold question line, "Show answer" and the like go."""
    text = clean_inline(html.unescape(_ANY_TAG.sub(" ", inner)).replace("\xa0", " "))
    text = text.replace("**", "").strip()
    if not re.search(r"\w", text) or _REVEAL.match(text):
        return ""
    return f"**{text}**" if is_question(text) else text


def _has_markdown_structure(text: str) -> bool:
    """Whether an article with HTML in it is Markdown (headings, fences, bold lines) at heart."""
    lowered, kept, pos = text.lower(), [], 0
    while True:  # leave out code, scripts and comments, in linear time
        found = _RAW_HTML_START.search(lowered, pos)
        kept.append(text[pos : found.start() if found else len(text)])
        if found is None:
            break
        close = "-->" if found.group(0) == "<!--" else f"</{found.group(1)}"
        end = lowered.find(close, found.end())
        if end < 0:
            break
        pos = end + len(close)
    for raw in "".join(kept).split("\n"):
        heading = _MD_HEADING.match(raw)
        if (heading and re.search(r"\w", heading.group(2))) or _FENCE.match(raw):
            return True
        if re.match(r"^\s{0,3}(\*\*|__)\S.*?\1", raw):
            return True
    return False


def _drop_comments(lines: list[Line], problems: list[ImportProblem]) -> list[Line]:
    """The lines with HTML comments removed (one output line per input line, fences untouched).

    A comment that is never closed hides only the rest of its own line, and is reported.
    """
    last_close = max((index for index, (_, raw) in enumerate(lines) if "-->" in raw), default=-1)
    out: list[Line] = []
    in_fence = in_comment = False
    for index, (number, raw) in enumerate(lines):
        pos = 0
        if in_comment:
            end = raw.find("-->")
            if end < 0:
                out.append((number, ""))
                continue
            pos, in_comment = end + 3, False
        elif _FENCE.match(raw) or in_fence or "<!--" not in raw:
            in_fence = in_fence != bool(_FENCE.match(raw))
            out.append((number, raw))
            continue
        code = [m.span() for m in _CODE_SPAN.finditer(raw)]  # '<!--' in `code` is no comment
        span = 0
        kept: list[str] = []
        while True:
            start = raw.find("<!--", pos)
            while span < len(code) and code[span][1] <= start:
                span += 1
            if start >= 0 and span < len(code) and code[span][0] <= start:
                kept.append(raw[pos : code[span][1]])
                pos = code[span][1]
                continue
            kept.append(raw[pos : start if start >= 0 else len(raw)])
            if start < 0:
                break
            end = raw.find("-->", start + 4)
            if end >= 0:
                pos = end + 3
                continue
            if index < last_close:
                in_comment = True
            else:
                problems.append(
                    ImportProblem(
                        number,
                        "",
                        "an HTML comment '<!--' starts here and is never closed ('-->'): "
                        "only the rest of this line was skipped",
                    )
                )
            break
        out.append((number, "".join(kept)))
    return out


class _MarkdownHtml:
    """Markdown lines with HTML mixed in -> Markdown lines, each with the source line it came from.

    Block HTML (tables, lists, ``<pre>``, headings) goes through :class:`_HtmlToLines`; ``<br>``,
    ``<p>``, ``<div>`` and ``<details>`` break lines; ``<summary>`` questions become bold question
    lines; ``<b>``/``<strong>``/``<code>`` become Markdown; images, links and other inline tags are
    dropped (their text kept). Fenced code and inline code spans are kept as written.
    """

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        self.out: list[Line] = []
        self.buffer = ""
        self.buffer_line = 0
        self.line = 0
        self._pairs: dict[str, dict[int, tuple[int, int]]] = {}

    def convert(self, lines: list[Line]) -> list[Line]:
        in_fence: int | None = None
        segment: list[Line] = []
        for number, raw in lines:
            fence = _FENCE.match(raw) is not None
            if in_fence is None and not fence:
                segment.append((number, raw))
                continue
            if in_fence is None:
                self._segment(segment)
                segment = []
            if fence:
                in_fence = number if in_fence is None else None
            self.out.append((number, raw))
        self._segment(segment)
        if in_fence is not None:
            self.problems.append(
                ImportProblem(
                    in_fence,
                    "",
                    "a code block ('```') starts here and is never closed: "
                    "everything after it was read as code",
                )
            )
        return _normalize_markdown(self.out)

    # -- output

    def _emit(self, line: int, text: str) -> None:
        if not text.strip() and self.out and not self.out[-1][1].strip() and self.out[-1][0] == line:
            return  # one blank line per source line is enough
        self.out.append((line, text))

    def _add(self, text: str) -> None:
        if not self.buffer.strip() and text.strip():
            self.buffer_line = self.line
        self.buffer += text

    def _end_line(self) -> None:
        self._emit(self.buffer_line if self.buffer.strip() else self.line, self.buffer.rstrip())
        self.buffer = ""

    def _break(self) -> None:
        if self.buffer.strip():
            self._emit(self.buffer_line, self.buffer.rstrip())
        self.buffer = ""
        if self.out and self.out[-1][1].strip():
            self._emit(self.line, "")

    # -- input

    def _segment(self, lines: list[Line]) -> None:
        if not lines:
            return
        text = "\n".join(raw for _, raw in lines)
        if "<" not in text and "&" not in text:
            self.out.extend(lines)
            return
        first = lines[0][0]
        newlines = [i for i, char in enumerate(text) if char == "\n"]

        def line_of(offset: int) -> int:
            return first + bisect.bisect_left(newlines, offset)

        self.buffer, self.line = "", first
        self._pairs = {}
        pos = 0
        while pos <= len(text):
            token = _HTML_TOKEN.search(text, pos)
            end = token.start() if token else len(text)
            self._text(text[pos:end], pos, line_of)
            if token is None:
                break
            self.line = line_of(token.start())
            try:
                pos = self._tag(token, text, line_of)
            except Exception as exc:  # noqa: BLE001 - a broken fragment is reported, never fatal
                self.problems.append(
                    ImportProblem(self.line, "", f"could not read the HTML here ({exc}); it was skipped")
                )
                pos = token.end()
        self._end_line()

    def _text(self, chunk: str, offset: int, line_of: Callable[[int], int]) -> None:
        for index, part in enumerate(chunk.split("\n")):
            if index:
                self._end_line()
            self.line = line_of(offset)
            if part:
                self._add(html.unescape(part).replace("\xa0", " ") if "&" in part else part)
            offset += len(part) + 1

    def _close_of(self, name: str, text: str, start: int) -> tuple[int, int] | None:
        """Where the tag closing the ``<name>`` that ends at ``start`` is (nesting counted).

        Every ``<name>`` of the segment is paired with its closing tag in one pass, so a page
        full of unclosed tags takes linear time.
        """
        if name not in self._pairs:
            pattern = re.compile(rf"<(/?){name}(?![A-Za-z0-9]){_HTML_ATTRS}/?>", re.IGNORECASE)
            opened: list[int] = []
            pairs: dict[int, tuple[int, int]] = {}
            for found in pattern.finditer(text):
                if found.group(1):
                    if opened:
                        pairs[opened.pop()] = found.span()
                elif not found.group(0).endswith("/>"):
                    opened.append(found.end())
            self._pairs[name] = pairs
        return self._pairs[name].get(start)

    def _unclosed(self, name: str, what: str) -> None:
        self.problems.append(
            ImportProblem(
                self.line, "", f"an HTML <{name}> starts here and is never closed (</{name}>): {what}"
            )
        )

    def _tag(self, token: re.Match[str], text: str, line_of: Callable[[int], int]) -> int:
        """Handle one tag (or code span); return where reading goes on."""
        if token.group("code"):
            self._add(token.group(0))
            return token.end()
        name, closing = token.group("name").lower(), bool(token.group("close"))
        if name not in _HTML_KNOWN:
            self._add(token.group(0))
            return token.end()
        if closing:
            if name in _HTML_BREAK or name in _HTML_DELEGATE or name in {"li", "summary"}:
                self._break()
            elif name in _HTML_INLINE_CLOSE:
                self._add(_HTML_INLINE_CLOSE[name])
            return token.end()
        if name in _HTML_DROP or name in _HTML_DELEGATE or name == "summary":
            if token.group(0).endswith("/>"):
                return token.end()
            close = self._close_of(name, text, token.end())
            if close is None and name in _HTML_DELEGATE:
                # As a Markdown viewer does: the HTML block ends at the next blank line.
                blank = re.compile(r"\n[ \t]*\n").search(text, token.end())
                end = blank.start() if blank else len(text)
                close = (end, end)
                self._unclosed(name, "read up to the next blank line")
            elif close is None:
                self._unclosed(name, "only its tag was skipped")
                self._break()
                return token.end()
            if name == "summary":
                self._break()
                summary = _summary_line(text[token.end() : close[0]])
                if summary:
                    self._emit(self.line, summary)
                    self._emit(self.line, "")
            elif name in _HTML_DELEGATE:
                self._break()
                offset = self.line - 1
                self.out.extend((offset + n, raw) for n, raw in html_to_lines(text[token.start() : close[1]]))
                self._emit(line_of(close[0]), "")
            self.line = line_of(close[1])
            return close[1]
        bullet = _BULLET.match(self.buffer)
        if name == "br" and self._in_table_row(text, token.start()):
            self._add(_cell_break(self.buffer))
        elif name == "br" and bullet and bullet.group(2).strip():
            self._end_line()  # the list item goes on, on its own line
            self.buffer = " " * bullet.start(2)
        elif name in _HTML_BREAK:
            self._break()
        elif name == "li":
            self._break()
            self._add("- ")
        elif name in {"td", "th"} and self.buffer.strip():
            self._add(" ")
        elif name in _HTML_INLINE_OPEN:
            self._add(_HTML_INLINE_OPEN[name])
        return token.end()

    @staticmethod
    def _in_table_row(text: str, offset: int) -> bool:
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        row = text[start : end if end >= 0 else len(text)]
        return row.lstrip().startswith("|") or row.count("|") >= 2


def _normalize_markdown(lines: list[Line]) -> list[Line]:
    """Setext headings as '#' headings, rules as blank lines, every table row as ``| ... |``."""
    out: list[Line] = []
    in_fence = False
    in_table = False
    for index, (number, raw) in enumerate(lines):
        if _FENCE.match(raw):
            in_fence = not in_fence
            in_table = False
        if in_fence or _FENCE.match(raw):
            out.append((number, raw))
            continue
        if not raw.strip() or "|" not in raw:
            in_table = False
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        if not in_table and "|" in raw and "|" in following and _TABLE_SEPARATOR.match(following):
            in_table = not _TABLE_SEPARATOR.match(raw)
        if in_table:
            row = raw.strip()
            row = row if row.startswith("|") else "| " + row
            row = row if row.endswith("|") and not row.endswith("\\|") else row + " |"
            out.append((number, row))
            continue
        setext = _SETEXT.match(raw)
        previous = out[-1][1] if out else ""
        before = out[-2][1] if len(out) > 1 else ""
        if (
            setext
            and previous.strip()
            and not before.strip()
            and not previous[:1].isspace()
            and not (_BULLET.match(previous) or _MD_HEADING.match(previous) or _TABLE_ROW.match(previous))
            and not _FENCE.match(previous)
        ):
            level = "#" if setext.group(1).startswith("=") else "##"
            out[-1] = (out[-1][0], f"{level} {previous.strip()}")
            out.append((number, ""))
            continue
        out.append((number, "" if _RULE.match(raw) else raw))
    return out


def markdown_lines(text: str, problems: list[ImportProblem]) -> list[Line]:
    """A Markdown (or plain-text) article, HTML in it read too, as numbered Markdown lines."""
    lines = _drop_comments(list(enumerate(text.split("\n"), 1)), problems)
    return _MarkdownHtml(problems).convert(lines)


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
    def __init__(
        self, lines: list[Line], markdown: bool, topic: str | None, plain_questions: bool = False
    ) -> None:
        self.lines = lines
        self.markdown = markdown  # explicit headings: no guessing of plain-text headings
        # A question alone on its line (no number, bold or heading) starts a question only when it
        # carries a difficulty marker, or when nothing else in the article does (plain_questions).
        self.plain_questions = plain_questions
        self.problems: list[ImportProblem] = []
        # The difficulty markers this article puts after its questions ("👶", "⭐️"): a bold line or
        # heading carrying one is a question even without a question mark.
        self.markers = {_marker_key(m) for m in map(_question_marker, (raw for _, raw in lines)) if m}
        self.fixed_topic = topic
        self.topic = topic or DEFAULT_TOPIC
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.mode = "answer"

    # -- structure

    def _start(self, line: int, prompt: str) -> None:
        self._finish()
        prompt = strip_marker(_strip_numbering(strip_marker(clean_inline(prompt))))
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
        if draft is None or _NAVIGATION.match(clean_inline(raw)):
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

    def _marked(self, text: str) -> bool:
        """Whether ``text`` ends with one of the article's question markers (``Bias vs variance 👶``)."""
        question, marker = split_marker(clean_inline(text))
        return bool(marker) and _marker_key(marker) in self.markers and bool(re.search(r"[A-Za-z]", question))

    def _plain_question(self, index: int, raw: str) -> bool:
        """A question alone on its line, after a blank line (``What is a ROC curve? ⭐️``)."""
        text = raw.strip()
        if (
            "?" not in text
            or raw[:1].isspace()
            or len(text) > 300
            or _BULLET.match(raw)
            or _TABLE_ROW.match(raw)
        ):
            return False
        if index > 0 and self.lines[index - 1][1].strip():
            return False
        question, marker = split_marker(clean_inline(text))
        if not (marker or self.plain_questions) or not question.endswith("?"):
            return False
        return is_question(question) and len(re.findall(r"\w+", question)) >= 3

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
            try:
                self._line(index, number, raw)
            except Exception as exc:  # noqa: BLE001 - one odd line is reported, never fatal
                self.problems.append(ImportProblem(number, "", f"could not read this line ({exc!r})"))
        self._finish()
        return self.drafts

    def _line(self, index: int, number: int, raw: str) -> None:
        text = raw.strip()
        if not text:
            self._content(number, raw)
            return
        heading = _MD_HEADING.match(raw)
        if heading:
            title = heading.group(2)
            label = _QUESTION_LABEL.match(clean_inline(title))
            if is_question(title) or label or self._marked(title):
                self._start(number, label.group(1) if label else title)
            elif self.current is not None and _REVEAL.match(strip_marker(clean_inline(title))):
                self.mode = "answer"  # '### Answer' under a question heads its answer
            elif clean_inline(title):
                self._heading(title)
            return
        bold = _BOLD_LINE.match(raw)
        if bold and not raw[:1].isspace():
            inner, rest = bold.group(2).strip(), strip_marker(bold.group(3))
            label = _QUESTION_LABEL.match(inner)
            inner_q = label.group(1) if label else inner
            if (rest and strip_marker(inner_q).endswith("?")) or (
                not rest and (is_question(inner_q) or self._marked(inner_q))
            ):
                self._start(number, inner_q)
                if rest:
                    self._content(number, rest)
                return
        unclosed = re.match(r"(\*\*|__)(?!.*\1)(.+)$", raw)
        if unclosed and strip_marker(unclosed.group(2)).endswith("?") and is_question(unclosed.group(2)):
            self.problems.append(
                ImportProblem(
                    number, "", f"the bold '{unclosed.group(1)}' here is never closed: read as a question"
                )
            )
            self._start(number, unclosed.group(2))
            return
        label = _QUESTION_LABEL.match(clean_inline(text))
        if label and not raw[:1].isspace() and is_question(label.group(1)):
            self._start(number, label.group(1))
            return
        numbered = _NUMBERED.match(raw)
        if numbered:
            body = numbered.group(2)
            if is_question(body) or self._why_label_follows(index):
                self._start(number, body)
                return
            if not self.markdown and self._plain_heading(index, body) and not body.endswith(":"):
                self._heading(body)
                return
        elif self._plain_question(index, raw):
            self._start(number, text)
            return
        elif self._plain_heading(index, raw):
            self._heading(text)
            return
        self._content(number, raw)


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
    text = _CONTROL_CHARS.sub("", text)
    result = ImportResult(source_name)
    notes: list[ImportProblem] = []
    if looks_like_html(text) and not _has_markdown_structure(text):
        lines = html_to_lines(text)
    else:
        lines = markdown_lines(text, notes)
    markdown = any(_MD_HEADING.match(raw) or _is_bold_question(raw) for _, raw in lines)
    reader = _Reader(lines, markdown, fixed_topic)
    drafts = reader.read()
    if not drafts:  # no numbered, bold or heading questions: try questions alone on their line
        reader = _Reader(lines, markdown, fixed_topic, plain_questions=True)
        drafts = reader.read()
    notes.extend(reader.problems)
    for draft in drafts:
        if not draft.prompt:
            continue
        try:
            question = _question(draft, name_stem, stage, source_name)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            reason = " ".join(str(exc).split())
            question = ImportProblem(draft.line, draft.prompt, f"does not fit the bank format: {reason}")
        if isinstance(question, ImportProblem):
            result.problems.append(question)
        else:
            result.questions.append(question)
    result.problems.extend(notes)
    result.problems.sort(key=lambda problem: problem.line)
    return result


def _question(draft: _Draft, stem: str, stage: Stage, source_name: str) -> dict[str, Any] | ImportProblem:
    """One draft as a bank-question dict, or why it cannot be one."""
    answer = _trim_blanks(_dedent(draft.answer))
    if not answer or _is_placeholder(answer):
        return ImportProblem(draft.line, draft.prompt, "no answer yet: left out")
    points = _points(answer)
    if not points:
        return ImportProblem(
            draft.line, draft.prompt, "the answer has no sentences to grade against (code only?)"
        )
    why = " ".join(draft.why).strip()
    tip = " ".join(draft.tip).strip()
    area = draft.topic.rsplit("/", 1)[-1].replace("-", " ")
    question = {
        "id": _question_id(stem, draft.number, draft.prompt),
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
    Question.model_validate(question)
    return question


def _is_placeholder(answer: list[Line]) -> bool:
    """An answer such as "Answer here", "TODO" or "Coming soon": the question has no answer yet."""
    text = " ".join(clean_inline(raw) for _, raw in answer if not _FENCE.match(raw)).strip()
    return bool(_PLACEHOLDER.fullmatch(re.sub(r"[\s.…:!()\[\]*_-]+", " ", text).strip()))
