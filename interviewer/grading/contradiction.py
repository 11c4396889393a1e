"""Wrong versions of reference points, and negation taken out of answer sentences.

Sentence embeddings barely see truth: "MAP uses a prior" and "MAP does not use a prior" sit at
cosine ~0.9, and "high bias means underfitting" is as close to the bias point as "high bias means
overfitting". So the grader never asks "is this sentence close to the point?" alone; it asks
"is it closer to the point, or to a wrong version of the point?" The wrong versions of a point:

- ``wrong``: the misconceptions written in the bank for the point (how candidates get it wrong);
- ``swap``: the point, and the question's other points, with a ``contrasts`` pair exchanged
  ("variance" for "bias"): a swapped definition matches these better than the point;
- ``direction``: the point with one direction word turned round (increases/decreases,
  higher/lower, before/after...);
- ``negation``: a negated point with its negation taken out.

And for answer sentences that carry a negation, :func:`strip_negation` gives the sentence without
it: when that is much closer to the point than the sentence was, the sentence denies the point.

Everything here is plain text in, text out; the grader embeds the results (reference-side ones
once, cached with the points).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from interviewer.bank.schema import Question
from interviewer.grading.segment import stem

# Words whose meaning turns round with the other word of their pair. Both directions are
# listed once; inflections that matter are listed as their own pairs.
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("increase", "decrease"),
    ("increases", "decreases"),
    ("increased", "decreased"),
    ("increasing", "decreasing"),
    ("raise", "lower"),
    ("raises", "lowers"),
    ("rises", "falls"),
    ("grows", "shrinks"),
    ("higher", "lower"),
    ("high", "low"),
    ("more", "less"),
    ("most", "least"),
    ("larger", "smaller"),
    ("bigger", "smaller"),
    ("large", "small"),
    ("before", "after"),
    ("above", "below"),
    ("faster", "slower"),
    ("fast", "slow"),
    ("maximize", "minimize"),
    ("maximizes", "minimizes"),
    ("maximum", "minimum"),
    ("overfitting", "underfitting"),
    ("overfits", "underfits"),
    ("overfit", "underfit"),
    ("positive", "negative"),
    ("always", "never"),
    ("many", "few"),
    ("wider", "narrower"),
    ("wide", "narrow"),
    ("longer", "shorter"),
    ("easier", "harder"),
    ("better", "worse"),
    ("stronger", "weaker"),
    ("dependent", "independent"),
    ("inside", "outside"),
    ("add", "remove"),
    ("adds", "removes"),
    ("include", "exclude"),
    ("includes", "excludes"),
    ("with", "without"),
    ("same", "different"),
    ("reduce", "increase"),
    ("reduces", "increases"),
    ("helps", "hurts"),
    ("fewer", "more"),
    ("explode", "vanish"),
    ("explodes", "vanishes"),
    ("exploding", "vanishing"),
    ("underestimate", "overestimate"),
    ("underestimates", "overestimates"),
    ("parallel", "sequential"),
    ("biased", "unbiased"),
    ("convex", "nonconvex"),
)

_ANTONYM_OF: dict[str, list[str]] = {}
for _a, _b in ANTONYMS:
    _ANTONYM_OF.setdefault(_a, []).append(_b)
    _ANTONYM_OF.setdefault(_b, []).append(_a)


def _stem_antonyms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for a, b in ANTONYMS:
        out.setdefault(stem(a), set()).add(stem(b))
        out.setdefault(stem(b), set()).add(stem(a))
    # Common words that have opposites but carry little alone stay out.
    for word in ("with", "without", "more", "less", "same", "different", "many", "few", "add"):
        out.pop(stem(word), None)
    return {k: frozenset(v) for k, v in out.items()}


_ANTONYM_STEMS = _stem_antonyms()

# Negation cues whose removal leaves the affirmative sentence. Contractions first.
_NEGATION_EDITS: tuple[tuple[str, str], ...] = (
    (r"\bcan(?:not|['’]t)\b", "can"),
    (r"\bwon['’]t\b", "will"),
    (r"\bshan['’]t\b", "shall"),
    (r"\b(do|does|did|is|are|was|were|has|have|had|should|would|could|must|need)n['’]t\b", r"\1"),
    (r"\bnot\s+only\b", "only"),  # "not only ... but also" is not a negation; kept as is below
    (r"\bno\s+longer\b", "still"),
    (r"\bnever\b", "always"),
    (r"\bnone\s+of\b", "all of"),
    (r"\bnothing\b", "something"),
    (r"\bneither\b", "either"),
    (r"\bnor\b", "or"),
    (r"\bwithout\b", "with"),
    (r"\bnot\s+", ""),
    (r"\bno\s+", "a "),
)
_NEGATION_CUE = re.compile(
    r"\b(?:not|no|never|none|nothing|neither|nor|cannot|without|no longer)\b|n['’]t\b", re.IGNORECASE
)
_NOT_ONLY = re.compile(r"\bnot\s+only\b|\bnot\s+just\b", re.IGNORECASE)

# Cues that a sentence talks *about* a mistake rather than making it ("it's a myth that ...").
_META_NEGATION = re.compile(
    r"\b(?:myth|misconception|mistaken|mistake|wrong|false|fallacy|incorrect|untrue|rather than|"
    r"instead of)\b",
    re.IGNORECASE,
)


# Verbs that deny what follows without a "not" ("MLE drops the prior", "it ignores order"). They
# turn a sentence round for the polarity checks, but there is no "not" to take out of them.
_PRIVATIVE = re.compile(
    r"\b(?:ignor(?:e|es|ed|ing)|omit(?:s|ted|ting)?|lack(?:s|ed|ing)?|disregard(?:s|ed|ing)?|"
    r"drop(?:s|ped|ping)?\s+the|leav(?:e|es|ing)\s+out|left\s+out|throw(?:s|ing)?\s+away|free\s+of)\b",
    re.IGNORECASE,
)

# A sentence that sets up an example or reports a claim asserts nothing of its own ("Take a test
# that is 99 percent accurate.", "Saying there's a 95 percent chance it is in there is the
# Bayesian reading"): it is not evidence of a mistake.
_NOT_A_CLAIM = re.compile(
    r"^\W*(?:take|suppose|imagine|consider|assume|say)\b|\b(?:saying|claiming|the\s+claim\s+that|"
    r"the\s+idea\s+that|people\s+(?:think|say|believe))\b",
    re.IGNORECASE,
)

# "X, not Y" and "not Y but X" affirm X: the "not" governs only Y, so taking it out does not
# give what the sentence claims.
_CONTRASTIVE = re.compile(
    r",\s*(?:and\s+|but\s+)?not\s+(?!only\b|just\b)\w|\bnot\s+(?:\w+\s+){1,5}?but\b|\brather\s+than\b",
    re.IGNORECASE,
)

# "Not just the weights" denies "only the weights".
_EXCLUSIVE = re.compile(r"\b(?:only|just|solely|alone)\b", re.IGNORECASE)


_NUMBER_WORDS = {  # "one" is left out: "one of", "one-hot"
    w: str(i)
    for i, w in enumerate("zero _ two three four five six seven eight nine ten eleven twelve".split())
    if w != "_"
} | {"twenty": "20", "thirty": "30", "fifty": "50", "hundred": "100", "thousand": "1000"}
_NUMBER = re.compile(r"\d+(?:\.\d+)?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)


def numbers(text: str) -> set[str]:
    """The numbers a text states, digits or words ("nine percent" -> {"9"})."""
    return {_NUMBER_WORDS.get(m.lower(), m) for m in _NUMBER.findall(text)}


def other_numbers(span: str, wrong: str) -> bool:
    """Whether both state numbers and share none: "a nine percent chance" does not say "a 99
    percent chance"."""
    said, claimed = numbers(span), numbers(wrong)
    return bool(said and claimed and not said & claimed)


def negation_cues(text: str) -> int:
    """How many negation cues the text has ("not only" is not one)."""
    return len(_NEGATION_CUE.findall(_NOT_ONLY.sub(" ", text)))


def is_negated(text: str) -> bool:
    """Whether the text denies what it says: an odd number of cues, counting talk of a
    mistake ("a common myth is that ...") and a privative verb ("drops the prior") as one."""
    cues = negation_cues(text) + len(_META_NEGATION.findall(text)) + len(_PRIVATIVE.findall(text))
    return cues % 2 == 1


def makes_claim(text: str) -> bool:
    """Whether the text asserts something itself, rather than setting up an example or
    reporting what someone says."""
    return _NOT_A_CLAIM.search(text) is None


def is_contrastive(text: str) -> bool:
    """Whether the text's negation governs only a contrasted phrase ("the method, not this
    interval")."""
    return _CONTRASTIVE.search(text) is not None


def denies_exclusive(span: str, wrong: str) -> bool:
    """Whether the span says "not only / not just" where the wrong version says "only": the
    span denies the wrong version."""
    return _NOT_ONLY.search(span) is not None and _EXCLUSIVE.search(_NOT_ONLY.sub(" ", wrong)) is not None


def strip_negation(text: str) -> str | None:
    """The text with its negation cues taken out ("does not use a prior" -> "does use a prior"),
    or None when it has none."""
    if not negation_cues(text):
        return None
    out = text
    for pattern, replacement in _NEGATION_EDITS:
        if pattern.startswith(r"\bnot\s+only"):
            continue
        out = re.sub(pattern, replacement, out, flags=re.IGNORECASE)
    out = re.sub(r"\s{2,}", " ", out).strip()
    return out if out != text else None


def _case_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def swap_terms(text: str, a: str, b: str) -> str | None:
    """``text`` with every whole-word ``a`` and ``b`` exchanged (case kept), or None if neither
    occurs."""
    # Hyphenated compounds swap too ("high-bias" -> "high-variance").
    pattern = re.compile(rf"(?<!\w)({re.escape(a)}|{re.escape(b)})(?!\w)", re.IGNORECASE)
    if not pattern.search(text):
        return None

    def exchange(match: re.Match[str]) -> str:
        found = match.group(0)
        other = b if found.lower() == a.lower() else a
        return _case_like(other, found)

    return pattern.sub(exchange, text)


_WORD = re.compile(r"[A-Za-z]+")


def direction_variants(text: str) -> list[tuple[str, str]]:
    """(the text with one direction word turned round, the word put in), for each such word."""
    out: dict[str, str] = {}
    for match in _WORD.finditer(text):
        word = match.group(0)
        for other in _ANTONYM_OF.get(word.lower(), ()):
            out.setdefault(text[: match.start()] + _case_like(other, word) + text[match.end() :], other)
    return list(out.items())


# Words too common to tell a wrong version from its point ("the model", "you").
_GENERIC = frozenset(
    """a an the is are was were be been being it its this that these those you your we our i
    of to in on at by for with and or so as if then than which who when where what how just
    really very also model models data use uses using used make makes get gets one way can
    will would could should do does did have has had there here thing things""".split()
)


def word_stems(text: str) -> set[str]:
    """Stems of the text's words, all of them (direction words matter here)."""
    return {stem(w) for w in _WORD.findall(text)}


def _distinct(text: str, other: str) -> frozenset[str]:
    return frozenset(word_stems(text) - word_stems(other) - _GENERIC)


def _present(wanted: frozenset[str], stems: set[str]) -> int:
    """How many of ``wanted`` the stems hold, tolerating inflection ("underfits", "underfitting")."""
    found = 0
    for item in wanted:
        if item in stems or (
            len(item) >= 6 and any(len(s) >= 6 and (s.startswith(item) or item.startswith(s)) for s in stems)
        ):
            found += 1
    return found


@dataclass(frozen=True)
class WrongVersion:
    point: int  # index of the point it contradicts
    text: str
    kind: str  # wrong | swap | direction | negation
    # Words the wrong version has and the point lacks, and the other way round: a sentence is
    # read as saying the wrong version only when it uses more of the first than the second
    # ("a big gap means variance" does not say "a big gap means underfitting", however close
    # the embeddings). A negated point differs from its point only by the negation, which the
    # grader checks instead.
    wrong_words: frozenset[str] = frozenset()
    right_words: frozenset[str] = frozenset()

    # An authored wrong version with a contrasts pair exchanged ("the L2 region is a diamond"
    # -> "the L1 region is a diamond"): a sentence at least as close to one of these says the
    # right thing.
    righted: tuple[str, ...] = ()
    # Words of an authored wrong version that no point of the question uses: a sentence made
    # of the question's own vocabulary ("return the leftmost occurrence among duplicates")
    # says one of the points, not this mistake, unless it uses one of them.
    unshared_words: frozenset[str] = frozenset()

    def worded_by(self, span: str, sentence: str | None = None) -> bool:
        """Whether ``span`` (a clause of ``sentence``, or the sentence) says this version in its
        words."""
        if self.kind == "negation":
            return True
        stems = word_stems(span)
        if self.unshared_words and not _present(self.unshared_words, stems):
            return False
        # "gradients vanish" answers "gradients explode": the sentence uses the opposite of a
        # word that makes the version wrong, and not the word itself.
        whole = word_stems(sentence) if sentence else stems
        if any(w not in whole and _ANTONYM_STEMS.get(w, frozenset()) & whole for w in self.wrong_words):
            return False
        wrong = _present(self.wrong_words, stems)
        # A one-word edit needs its one word; a misconception worded freely, two of its own.
        needed = 2 if self.kind in ("wrong", "pitfall") and len(self.wrong_words) >= 2 else 1
        if self.kind == "pitfall" and not self.wrong_words:
            return True  # a pitfall about no point: its terms and its unshared words decide
        return wrong >= needed and wrong > _present(self.right_words, stems)

    def clearly_worded_by(self, span: str) -> bool:
        """Whether ``span`` uses most of the words that make this version wrong (three or more) and none
        of the point's own: for a misconception worded almost as its point ("the parameters
        most probable given the data" against "that make the data most probable"), whose
        embedding cannot tell them apart, the words must."""
        stems = word_stems(span)
        # Most of them, and three at least: "picks", "most" are also how a right answer talks.
        needed = max(3, (len(self.wrong_words) + 1) // 2)
        return _present(self.wrong_words, stems) >= needed and _present(self.right_words, stems) == 0


MAX_DIRECTION_VARIANTS = 4  # per point: a long point with many direction words adds noise


def wrong_versions(question: Question) -> list[WrongVersion]:
    """Every wrong version of every point of the question (see the module docstring). Pitfalls
    are not among them: the grader reads those with their own, stricter test."""
    out: list[WrongVersion] = []
    points = question.points
    for k, point in enumerate(points):
        out.extend(WrongVersion(k, text, "wrong") for text in point.wrong)
        negated = strip_negation(point.text) if is_negated(point.text) else None
        if negated:
            out.append(WrongVersion(k, negated, "negation"))
        out.extend(
            WrongVersion(k, text, "direction")
            for text, _ in direction_variants(point.text)[:MAX_DIRECTION_VARIANTS]
        )
    for a, b in question.contrasts:
        for k, point in enumerate(points):
            swapped = swap_terms(point.text, a, b)
            if swapped is None:
                continue
            # The swapped point is wrong about this point: "high bias means overfitting" sits
            # closer to the variance point with "bias" put in than to the variance point. A
            # point with both terms ("lowers bias but raises variance") swaps into the same
            # words, which no sentence can be told apart by; its direction words turned round
            # say the same wrong thing.
            if not (_mentions(point.text, a) and _mentions(point.text, b)):
                out.append(WrongVersion(k, swapped, "swap"))
    all_point_stems = set().union(*(word_stems(p.text) for p in points)) if points else set()
    seen: set[tuple[int, str]] = set()
    unique: list[WrongVersion] = []
    for version in out:
        key = (version.point, version.text.lower())
        if key not in seen and version.text.lower() != points[version.point].text.lower():
            seen.add(key)
            point_text = points[version.point].text
            wrong_words = _distinct(version.text, point_text)
            if version.kind != "negation" and not wrong_words:
                continue  # the same words as the point: nothing to tell them apart by
            righted: tuple[str, ...] = ()
            if version.kind == "wrong":
                swaps = (swap_terms(version.text, a, b) for a, b in question.contrasts)
                righted = tuple(t for t in swaps if t)
            unique.append(
                replace(
                    version,
                    wrong_words=wrong_words,
                    right_words=_distinct(point_text, version.text),
                    righted=righted,
                    unshared_words=(
                        frozenset(word_stems(version.text) - all_point_stems - _GENERIC)
                        if version.kind == "wrong"
                        else frozenset()
                    ),
                )
            )
    return unique


def pitfall_version(question: Question, index: int) -> WrongVersion:
    """The question's pitfall ``index`` read as a wrong version: of the point it names, or of
    no point in particular. A sentence states it only in its words (see
    :meth:`WrongVersion.worded_by`): "the system prompt and the safety filters ship as one
    release" is close to "only the weights need versioning, prompts and filters are just
    configuration", and says the opposite."""
    pitfall = question.pitfalls[index]
    ids = [p.id for p in question.points]
    k = ids.index(pitfall.point) if pitfall.point in ids else -1
    all_point_stems = (
        set().union(*(word_stems(p.text) for p in question.points)) if question.points else set()
    )
    point_text = question.points[k].text if k >= 0 else ""
    return WrongVersion(
        k,
        pitfall.text,
        "pitfall",
        wrong_words=_distinct(pitfall.text, point_text) if point_text else frozenset(),
        right_words=_distinct(point_text, pitfall.text) if point_text else frozenset(),
        unshared_words=frozenset(word_stems(pitfall.text) - all_point_stems - _GENERIC),
    )


def _mentions(text: str, term: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.IGNORECASE) is not None
