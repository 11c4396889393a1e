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

Swapped roles inside one sentence ("L1 penalizes the squared weights") are read from words, not
embeddings: :class:`RoleProfile` says which words the references say of each ``contrasts`` term.

And for answer sentences that carry a negation, :func:`strip_negation` gives the sentence without
it: when that is much closer to the point than the sentence was, the sentence denies the point.

Everything here is plain text in, text out; the grader embeds the results (reference-side ones
once, cached with the points).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
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
    ("overconfident", "underconfident"),
    ("parallel", "sequential"),
    ("biased", "unbiased"),
    ("convex", "nonconvex"),
)

_ANTONYM_OF: dict[str, list[str]] = {}
for _a, _b in ANTONYMS:
    _ANTONYM_OF.setdefault(_a, []).append(_b)
    _ANTONYM_OF.setdefault(_b, []).append(_a)


_QUANTITY = re.compile(r"\b(more|less|fewer)\s+([a-z]{3,})", re.IGNORECASE)
_QUANTITY_OPPOSITE = {"more": ("less", "fewer"), "less": ("more",), "fewer": ("more",)}


def _qualified_opposite(version: str, sentence: str) -> bool:
    """Whether ``sentence`` says "less X" (or "fewer X") where ``version`` says "more X", or the
    other way round, and never the version's own way."""
    said = {(m.group(1).lower(), stem(m.group(2))) for m in _QUANTITY.finditer(sentence)}
    for match in _QUANTITY.finditer(version):
        word, what = match.group(1).lower(), stem(match.group(2))
        if (word, what) not in said and any((o, what) in said for o in _QUANTITY_OPPOSITE[word]):
            return True
    return False


def _stem_antonyms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for a, b in ANTONYMS:
        out.setdefault(stem(a), set()).add(stem(b))
        out.setdefault(stem(b), set()).add(stem(a))
    # Common words that have opposites but carry little alone stay out.
    for word in ("with", "without", "more", "less", "same", "different", "add"):
        out.pop(stem(word), None)
    # Opposites that make no one-word edit of a point ("leaves its cost unchanged" against
    # "can change its cost a lot"; "sharpen" and "flatten"), only a test of a wrong version's
    # words.
    for word in ("change", "changes", "changed", "changing"):
        out.setdefault(stem("unchanged"), set()).add(stem(word))
        out.setdefault(stem(word), set()).add(stem("unchanged"))
    for sharp in ("sharpen", "sharpens", "sharper", "sharpened"):
        for flat in ("flatten", "flattens", "flatter", "flattened"):
            out.setdefault(stem(sharp), set()).add(stem(flat))
            out.setdefault(stem(flat), set()).add(stem(sharp))
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

# Words that call a thing a mistake.
_MISTAKE_WORDS = (
    "myth|misconception|mistaken|mistake|wrong|fallacy|incorrect|untrue"
    # Names of a bad practice: "picking the one that moved most afterwards is cherry-picking".
    r"|cherry[- ]?picking|p[- ]hacking|data dredging"
)
# Cues that a sentence talks *about* a mistake rather than making it ("it's a myth that ...").
_META_NEGATION = re.compile(
    # "False positives", "false alarms" and "the false positive rate" are counts, not a mistake;
    # "wherever the mask is False" is a value.
    rf"\b(?:{_MISTAKE_WORDS}|(?-i:false)(?![\s-]+(?:positiv|negativ|alarm|discover))"
    r"|rather than|instead of)\b",
    re.IGNORECASE,
)


# Verbs that deny what follows without a "not" ("MLE drops the prior", "it ignores order"). They
# turn a sentence round for the polarity checks, but there is no "not" to take out of them.
_PRIVATIVE = re.compile(
    r"\b(?:ignor(?:e|es|ed|ing)|omit(?:s|ted|ting)?|lack(?:s|ed|ing)?|disregard(?:s|ed|ing)?|"
    r"drop(?:s|ped|ping)?\s+the|skip(?:s|ped|ping)?\b(?![\s-]+(?:connection|layer|list|gram))|"
    r"leav(?:e|es|ing)\s+out|left\s+out|throw(?:s|ing)?\s+away|free\s+of)\b",
    re.IGNORECASE,
)

# A sentence that sets up an example or reports a claim asserts nothing of its own ("Take a test
# that is 99 percent accurate.", "Saying there's a 95 percent chance it is in there is the
# Bayesian reading"): it is not evidence of a mistake.
_NOT_A_CLAIM = re.compile(
    r"^\W*(?:take|suppose|imagine|consider|assume|say|saying)\b|\b(?:saying\s+that|claiming|"
    # ("... risks saying something harmful" says something itself.)
    r"the\s+claim\s+that|the\s+idea\s+that|"
    # Not a comparison with what people expect ("if it goes the way people expect, I could retire
    # in five years" claims it).
    r"(?<!\bway\s)(?<!\bas\s)(?<!\bthan\s)(?<!\bwhat\s)"
    r"(?:people|many|some)\s+(?:often\s+|sometimes\s+|wrongly\s+)?(?:think|say|believe|assume|expect)|"
    # What others are said to do ("People often regularize an underfitting model more, which only
    # makes the bias worse") is a practice reported, not the candidate's own claim.
    r"(?:people|teams|beginners|practitioners)\s+(?:often|sometimes|usually|commonly|wrongly|mistakenly)\s+\w+|"
    # A mistake named as one ("People often misread a p-value as the probability that ..."):
    r"misread\w*|misinterpret\w*|mistak\w+\s+(?:it\s+|this\s+|that\s+)?for|confus\w+\s+(?:it\s+|this\s+)?with|"
    r"(?:common|classic|usual|typical)\s+(?:mistake|misconception|misreading|error|trap|confusion)|"
    r"(?:wrongly|mistakenly|incorrectly)\s+(?:read|taken|interpreted|described|thought|believed))\b",
    re.IGNORECASE,
)
# What doing something would lead to, set aside for what one does ("Picking the k with the
# lowest inertia would just pick the largest k, so I use the elbow"): the first part claims
# nothing, and what follows "so I" is what one does, a claim of its own ("..., so I'd keep the
# model fully live").
# The harm may be named by its verb too, and the way set aside by a noun ("A random split would
# leak future weeks into training, so I split by time"; "Randomizing each request would let a
# user see both versions, so I randomize by user").
_SET_ASIDE = re.compile(
    r"^\W*(?:[a-z]+ing|a|an|the|any|plain|naive)\b[^.;:]{0,80}?\bwould\s+(?:just|only|simply|merely|"
    r"end\s+up|leak|let\s+(?:\w+\s+){1,3}?(?:see|game|leak|cheat|slip)|break|miss|lose|inflate|hide|bias|skew|"
    r"overstate|understate|confound|contaminate|double[- ]count|mislead|corrupt|waste|ruin|"
    r"mix|blow\s+up|overfit|undercount|overcount)\b[^.;:]*?"
    r"(?:(,\s*so\s+(?:I|we)\b)|\binstead\b|\bwhich\s+is\s+why\s+(?:I|we)\b)",
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
    """Whether both state numbers and the span does not state the wrong one's: "a nine percent
    chance" does not say "a 99 percent chance", even beside "a 99 percent accurate test" (the
    wrong version says 99 twice, the span once and 9 instead)."""
    said, claimed = number_counts(span), number_counts(wrong)
    if not said or not claimed:
        return False
    # A worked example with other values says the same thing: "a p-value of 0.02 means a 2
    # percent chance the null is true" is "0.03 means a 3 percent chance", a probability read
    # as its percentage (or its complement's).
    if _as_percent(claimed) & _as_percent(said):
        return False
    return not (said & claimed) or bool(claimed - said and said - claimed)


def _as_percent(counts: Counter[str]) -> set[str]:
    """How the text's probabilities (0 < p < 1) are restated as percentages in it: ``same``
    (0.03 and 3) or ``complement`` (0.01 and 99)."""
    values = [float(n) for n in counts]
    out: set[str] = set()
    for p in values:
        if not 0 < p < 1:
            continue
        for q in values:
            if abs(q - 100 * p) < 1e-6:
                out.add("same")
            elif abs(q - 100 * (1 - p)) < 1e-6:
                out.add("complement")
    return out


def number_counts(text: str) -> Counter[str]:
    """The numbers a text states, with how often it states each."""
    return Counter(_NUMBER_WORDS.get(m.lower(), m) for m in _NUMBER.findall(text))


# A negation inside a relative clause of the subject describes the thing, and denies nothing:
# "a model that doesn't fit on one GPU gets tensor parallelism", "models that don't fit ...".
# Only at the start of a clause, where the noun phrase is the subject, with no verb before the
# "that": "dropout is a trick that doesn't reduce overfitting" says its claim in the clause.
_DESCRIBING_NEGATION = re.compile(
    r"(?:^|[,;:(]|\b(?:and|but|so|while|whereas|because|then)\b)\s*"
    r"(?:(?:a|an|the|any|every|each|one|some|all)\s+)?"
    r"(?:(?!(?:is|are|was|were|be|been|being|has|have|had|does|do|did)\b)[\w'’-]+\s+){0,2}?"
    r"(?!(?:is|are|was|were|be|been|being|has|have|had|does|do|did|it|this|there)\b)[\w-]+\s+"
    r"(?:that|which|who)\s+"
    r"(?:(?:\w+n['’]t|cannot|(?:does|do|did|is|are|was|were|can|could|will|would|has|have)\s+not|never))\b",
    re.IGNORECASE,
)


def negation_cues(text: str) -> int:
    """How many negation cues the text has ("not only" is not one, nor one that describes the
    subject: "a model that doesn't fit on one GPU")."""
    text = _NOT_ONLY.sub(" ", text)
    described = len(_DESCRIBING_NEGATION.findall(text))
    return max(0, len(_NEGATION_CUE.findall(text)) - described)


# Words by which a sentence says something does not happen without a "not".
PREVENTS = re.compile(
    r"\b(?:stops?|stopping|prevents?|preventing|avoids?|avoiding|keeps? (?:\w+ ){1,4}?(?:from|near)|"
    r"never|without|instead of|rather than)\b",
    re.IGNORECASE,
)


# What a negation cue governs: the first content word after it in its own clause ("does not
# store the keys" -> "store"), past auxiliaries, articles and adverbs. "Without" is left out:
# "without scaling, the penalty ..." sets a condition, it does not deny the scaling.
_SELDOM = re.compile(r"\b(?:rarely|seldom|hardly|barely|scarcely)\b", re.IGNORECASE)
_GOVERNING_CUE = re.compile(r"\b(?:not|no|never|cannot|none|neither|nor)\b|n['’]t\b", re.IGNORECASE)
_POINT_CUE = re.compile(
    r"\b(?:not|no|never|cannot|none|neither|nor|without|nothing|instead\s+of|rather\s+than)\b|n['’]t\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.,;:!?()]|\b(?:and|but|or|so|because|while|whereas|which|that)\b", re.IGNORECASE)
# "No optimization ships until it is evaluated" states a requirement, not a denial.
_CONDITIONAL = re.compile(r"\b(?:until|unless|except|without|if)\b", re.IGNORECASE)
_PASSED_OVER = frozenset(
    "be is are was were been being do does did need needs to a an the any always necessarily "
    "really actually just quite very much all either even also ever that this it its they their "
    "there one longer more same".split()
)
_QUANTIFIER_CUES = frozenset({"no", "none", "neither", "nor"})
# A gerund that opens a clause, just before a "no" ("Finding no n-gram matches doesn't rule
# contamination out", "Using no regularization overfits"): the "no" is inside the subject.
_GERUND_BEFORE = re.compile(
    r"(?:^|[,;:(]|\b(?:and|but|so|because|since|while)\b)\s*[a-z]+ing\s+$", re.IGNORECASE
)
_GOVERN_REACH = 3  # words after the cue
_TOKEN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")


def _governed(text: str, cue: re.Pattern[str]) -> set[str]:
    out: set[str] = set()
    for match in cue.finditer(text):
        if _NOT_ONLY.match(text, match.start()):
            continue
        if match.group(0).lower() == "no" and _GERUND_BEFORE.search(text, 0, match.start()):
            continue  # "Finding no matches doesn't ..." names a case, it denies nothing
        rest = text[match.end() :]
        end = _CLAUSE_END.search(rest)
        clause = rest[: end.start()] if end else rest
        condition = _CONDITIONAL.search(clause) if cue is _GOVERNING_CUE else None
        # "until", "unless" state a requirement whatever the cue; "if" does after "no" ("no
        # model ships if it fails"), while "I wasn't ready to commit if the data went against
        # me" still denies being ready.
        if condition and (condition.group(0).lower() != "if" or match.group(0).lower() in _QUANTIFIER_CUES):
            continue
        tokens = _TOKEN_WORD.findall(clause)[: _GOVERN_REACH + 2]
        for i, token in enumerate(tokens[: _GOVERN_REACH + 1]):
            word = token.lower()
            # "have" is an auxiliary before a participle ("has not been", "have not changed").
            if (
                word in ("have", "has", "had")
                and i + 1 < len(tokens)
                and re.search(r"(?:ed|en|been)$", tokens[i + 1].lower())
            ):
                continue
            if word in _PASSED_OVER:
                continue
            out.add(_root(word))
            break
    return out


def _root(word: str) -> str:
    """A stem that "store" and "stores" share (the crude stem gives "store" and "stor")."""
    return stem(word.lower()).rstrip("e")


def denied_words(text: str) -> set[str]:
    """Stems of the words the text's negation cues govern ("The cache does not store the keys"
    -> {"store"}); none for a cue that sets a condition ("no model ships until ...")."""
    return _governed(text, _GOVERNING_CUE)


def denies_point(span: str, point: str) -> bool:
    """Whether ``span`` denies a word that ``point`` affirms: a word of the point that a
    negation in the span governs and no negation in the point does ("does not store the keys"
    against "stores the keys"; not against "does not store the queries"), in a part of the span
    that speaks of the point (another of its words there: not "R squared is ..., so it doesn't
    compare across datasets" against "compared with predicting the mean"). A point whose subject
    is an action ("Reporting the best seed biases the result") is not denied by not doing it."""
    tokens = _TOKEN_WORD.findall(point)
    affirmed = {_root(w) for w in tokens} - _governed(point, _POINT_CUE)
    if tokens and tokens[0].lower().endswith("ing"):
        # "Reporting the best seed biases the result" is about what doing it causes: "I
        # wouldn't report the best seed" agrees with it.
        affirmed.discard(_root(tokens[0]))
    point_roots = {_root(w) for w in tokens if w.lower() not in _GENERIC and len(w) > 2}
    for part in _SPAN_PARTS.split(span):
        if _ANTECEDENT.match(part):
            continue  # "If the NaN does not reproduce, ..." sets a condition, denies nothing
        denied = denied_words(part) & affirmed
        if denied and len(({_root(w) for w in _TOKEN_WORD.findall(part)} & point_roots) - denied) >= 1:
            return True
    return False


_ANTECEDENT = re.compile(r"\s*(?:if|when|whenever|unless|whether|in case)\b", re.IGNORECASE)
# The parts of a sentence a negation stays inside.
_SPAN_PARTS = re.compile(r"[,;:()]|\b(?:because|so that|while|whereas|but)\b", re.IGNORECASE)


def is_negated(text: str) -> bool:
    """Whether the text denies what it says: an odd number of cues, counting talk of a
    mistake ("a common myth is that ...") and a privative verb ("drops the prior") as one."""
    return _odd_cues(text)


def same_way_round(span: str, wrong: str) -> bool:
    """Whether ``span`` says what ``wrong`` says the same way round, or denies it: the negation
    of the part of each that the two share most words in, each part counted on its own. In
    "ROC AUC ignores the class ratio, so I would not rely on it alone" the privative verb and
    the "not" deny two different things, not each other; and "ROC AUC is the metric of choice
    when positives are rare, so there is no need for a PR curve" is not denied by "I would not
    rely on ROC AUC alone" for having a "no" of its own in another part. Both readings, the
    whole and the parts, must find it the same way round: "Fixed thresholds don't work because
    sign-ups at 3 a.m. ..." denies "I'd set one fixed threshold per metric" though its part
    about sign-ups has no "not"."""
    # "A bigger model would make high variance worse" judges bad what "use a bigger model"
    # recommends; a version that says "worse" itself is read by its cues alone.
    if _JUDGED_BAD.search(span) and not _JUDGED_BAD.search(wrong):
        return False
    if _odd_cues(span) != _odd_cues(wrong):
        return False
    wrong_parts = [p for p in _SPAN_PARTS.split(wrong) if p and p.strip()] or [wrong]
    span_parts = [p for p in _SPAN_PARTS.split(span) if p and p.strip()] or [span]
    span_stems = word_stems(span)
    said = max(wrong_parts, key=lambda p: len(word_stems(p) & span_stems))
    said_stems = word_stems(said)
    saying = max(span_parts, key=lambda p: len(word_stems(p) & said_stems))
    return _odd_cues(saying) == _odd_cues(said)


def _odd_cues(text: str) -> bool:
    cues = negation_cues(text) + len(_META_NEGATION.findall(text)) + len(_PRIVATIVE.findall(text))
    return cues % 2 == 1


def makes_claim(text: str) -> bool:
    """Whether the text asserts something itself, rather than setting up an example or
    reporting what someone says."""
    return _NOT_A_CLAIM.search(text) is None and _SET_ASIDE.search(text) is None


def claimed_in(sentence: str, part: str) -> bool:
    """Whether ``part`` of ``sentence`` asserts something: both do; or the sentence sets what
    doing something would lead to aside for what one does, and the part is what one does
    ("Rolling back would just hide the problem, so I'd keep the model fully live")."""
    if _NOT_A_CLAIM.search(part) or _SET_ASIDE.search(part):
        return False
    if makes_claim(sentence):
        return True
    aside = _SET_ASIDE.search(sentence)
    return (
        aside is not None
        and aside.group(1) is not None
        and _NOT_A_CLAIM.search(sentence) is None
        and re.match(r"\W*so\s+(?:I|we)\b", part, re.IGNORECASE) is not None
        and sentence.find(part) >= aside.start(1)
    )


def is_contrastive(text: str) -> bool:
    """Whether the text's negation governs only a contrasted phrase ("the method, not this
    interval")."""
    return _CONTRASTIVE.search(text) is not None


def denies_exclusive(span: str, wrong: str) -> bool:
    """Whether the span says "not only / not just" where the wrong version says "only": the
    span denies the wrong version."""
    return _NOT_ONLY.search(span) is not None and _EXCLUSIVE.search(_NOT_ONLY.sub(" ", wrong)) is not None


_PREFERENCE = re.compile(r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\b", re.IGNORECASE)
_SIDE_BREAK = re.compile(r"[,;:.!?()]")
_DETERMINERS = frozenset(
    "the this that these those a an my our your its their his her each every what who how".split()
)
_SIDE_END = frozenset("that which who because so and but or when where while".split())
PREFERENCE_REACH = 4  # words each side of "rather than" that make the two things compared


def preference_sides(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the two things set against each other by "X rather than Y" are in ``text``, as
    character ranges of X (at most ``PREFERENCE_REACH`` words before the marker, in its clause)
    and Y (as many words after it, up to the clause's end). None without exactly one marker."""
    markers = list(_PREFERENCE.finditer(text))
    if len(markers) != 1:
        return None
    marker = markers[0]
    before = text[: marker.start()]
    cut = max((m.end() for m in _SIDE_BREAK.finditer(before)), default=0)
    left = list(_TOKEN_WORD.finditer(before, cut))[-PREFERENCE_REACH:]
    # The thing preferred starts at its determiner ("describes the method" -> "the method").
    starts = [i for i, m in enumerate(left) if m.group(0).lower() in _DETERMINERS]
    left = left[starts[-1] :] if starts else left
    after = text[marker.end() :]
    stop = next((m.start() for m in _SIDE_BREAK.finditer(after)), len(after))
    right = list(_TOKEN_WORD.finditer(after[:stop]))[:PREFERENCE_REACH]
    ends = [i for i, m in enumerate(right) if i and m.group(0).lower() in _SIDE_END]
    right = right[: ends[0]] if ends else right
    if not left or not right:
        return None
    offset = marker.end()
    return (left[0].start(), left[-1].end()), (offset + right[0].start(), offset + right[-1].end())


def preference_denied(text: str) -> bool:
    """Whether the clause of "X rather than Y" has a "not" of its own ("does not describe the
    method rather than ..."); "rather than" itself is no denial here."""
    marker = _PREFERENCE.search(text)
    if marker is None:
        return False
    cut = max((m.end() for m in _SIDE_BREAK.finditer(text[: marker.start()])), default=0)
    stop = next((m.start() for m in _SIDE_BREAK.finditer(text, marker.end())), len(text))
    return negation_cues(text[cut:stop]) % 2 == 1


def exchange_sides(text: str) -> str | None:
    """``text`` with the two things it sets against each other exchanged ("the method rather
    than this interval" -> "this interval rather than the method")."""
    sides = preference_sides(text)
    if sides is None:
        return None
    (a0, a1), (b0, b1) = sides
    return text[:a0] + text[b0:b1] + text[a1:b0] + text[a0:a1] + text[b1:]


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


@functools.lru_cache(maxsize=4096)
def _either_regex(a: str, b: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({re.escape(a)}|{re.escape(b)})(?!\w)", re.IGNORECASE)


def swap_terms(text: str, a: str, b: str) -> str | None:
    """``text`` with every whole-word ``a`` and ``b`` exchanged (case kept), or None if neither
    occurs."""
    # Hyphenated compounds swap too ("high-bias" -> "high-variance").
    pattern = _either_regex(a, b)
    if not pattern.search(text):
        return None

    def exchange(match: re.Match[str]) -> str:
        found = match.group(0)
        other = b if found.lower() == a.lower() else a
        return _case_like(other, found)

    return pattern.sub(exchange, text)


_WORD = re.compile(r"[A-Za-z]+")


_ANCHOR_STOP = frozenset(
    "the and its are was were for has had can not but that this with from than then into they "
    "their which when where while also".split()
)


def turns_round(span: str, point: str) -> bool:
    """Whether ``span`` says ``point`` with its direction turned round by words: for each
    direction word of the point ("lower values are better"), the span has the word or one of its
    opposites, and an odd number of them are opposites ("higher values are better"; "higher
    values are worse" is the point again). Each opposite must stand by a word that stands by
    its word in the point ("suspiciously low scores" for "suspiciously high scores"; "a Beta
    prior shrinks the coin" is not about "as data grows"). Not for a point that says both ways
    round itself ("a parallel prefill and a sequential decode"), nor for one about what doing
    something causes ("Fitting the scaler before splitting leaks ..."), nor for one with a
    negation ("not smaller than the target")."""
    tokens = _TOKEN_WORD.findall(point)
    if not tokens or tokens[0].lower().endswith("ing") or negation_cues(point):
        return False
    content = [t.lower() for t in tokens if t.lower() not in _ANCHOR_STOP and len(t) > 2]
    directions = [(i, w) for i, w in enumerate(content) if w in DECISIVE_DIRECTIONS and w in _ANTONYM_OF]
    if not directions or len(directions) > 3:
        return False
    point_words = set(content)
    if any(point_words & set(_ANTONYM_OF[w]) for _, w in directions):
        return False
    said = [t.lower() for t in _TOKEN_WORD.findall(span)]
    if _another_direction(said, point_words):
        return False
    turned = 0
    for i, word in directions:
        if word in said:
            continue
        opposites = [j for j, t in enumerate(said) if t in _ANTONYM_OF[word]]
        if not opposites:
            return False  # the span does not speak of this direction at all
        anchors = {_root(w) for w in content[max(0, i - 1) : i] + content[i + 1 : i + 2]}
        if not any({_root(t) for t in said[max(0, j - 3) : j + 4]} & anchors for j in opposites):
            return False
        turned += 1
    return turned % 2 == 1


def _another_direction(said: Sequence[str], point_words: set[str]) -> bool:
    """Whether the span may be saying one of the point's lesser direction words ("fewer",
    "more", "less": none decides alone) in a word of its own: it says neither that word nor
    its opposite, and it says a decisive direction word the point does not have, nor its
    opposite ("A smaller vocabulary makes sequences longer" for "a larger vocabulary encodes
    the text in fewer tokens": two turns, which words cannot count)."""
    words = set(said)
    lesser = [w for w in point_words if w in _ANTONYM_OF and w not in DECISIVE_DIRECTIONS]
    if all(w in words or set(_ANTONYM_OF[w]) & words for w in lesser):
        return False
    return any(
        t in DECISIVE_DIRECTIONS and t not in point_words and not set(_ANTONYM_OF.get(t, ())) & point_words
        for t in words
    )


_LEADING_CONDITION = re.compile(r"^\W*(?:if|when|whenever|once)\b[^,;:]*[,;:]", re.IGNORECASE)


def _base(word: str) -> str:
    """A stem that "overfits" and "overfitting" share ("overfit", "overfitt")."""
    return re.sub(r"(.)\1$", r"\1", stem(word.lower()))


def opposite_condition(
    sentence: str, exemplars: Sequence[str], span: str | None = None, own_terms: Sequence[str] = ()
) -> bool:
    """Whether ``sentence`` opens on the opposite of the case a point's exemplar opens on
    ("When a model overfits, regularize it ..."), and never names that case: "When a model
    underfits, I'd use a bigger model" and "Underfitting is not fixed by more data: add
    capacity" are about the other case, however near the two sit. With ``span``, a clause of
    the sentence naming the opposite case anywhere, and not the point's, is enough ("Rather than
    a bigger model, I would regularize an overfitting model or get more data"), when the
    sentence names none of the point's ``own_terms`` ("Collect more data to fix high bias, and
    it also stops overfitting" is about bias)."""
    named = {
        t.lower()
        for text in exemplars
        if (condition := _LEADING_CONDITION.match(text))
        for t in _TOKEN_WORD.findall(condition.group(0))
    } & DECISIVE_DIRECTIONS
    if not named:
        return False
    said = {_base(t) for t in _TOKEN_WORD.findall(sentence)}
    opening = {_base(t) for t in _TOKEN_WORD.findall(re.split(r"[,;:]", sentence, maxsplit=1)[0])}
    if span is not None and not any(_mentions(sentence, term) for term in own_terms):
        # A clause of its own: "I'd regularize an overfitting model, and give an underfitting
        # one more capacity" names both cases, each in its clause.
        clause = {_base(t) for t in _TOKEN_WORD.findall(span)}
        if any(
            _base(w) not in clause and {_base(o) for o in _ANTONYM_STEMS.get(stem(w), ())} & clause
            for w in named
        ):
            return True
    return any(
        _base(w) not in said and {_base(o) for o in _ANTONYM_STEMS.get(stem(w), ())} & opening for w in named
    )


def own_contrast_terms(question: Question) -> list[tuple[str, ...]]:
    """Per point, the terms of the question's ``contrasts`` pairs it names without the other
    ("bias" for "High bias is reduced by ..."): a sentence naming one is about that point's case."""
    return [
        tuple(
            term
            for a, b in question.contrasts
            for term, other in ((a, b), (b, a))
            if _mentions(point.text, term) and not _mentions(point.text, other)
        )
        for point in question.points
    ]


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


_HOW_SAID = frozenset({"because", "since"})


def word_stems(text: str) -> set[str]:
    """Stems of the text's words, all of them (direction words matter here)."""
    return {stem(w) for w in _WORD.findall(text)}


def _distinct(text: str, other: str) -> frozenset[str]:
    return frozenset(word_stems(text) - word_stems(other) - _GENERIC)


def _present(wanted: frozenset[str], stems: set[str], base_forms: bool = False) -> int:
    """How many of ``wanted`` the stems hold, tolerating inflection ("underfits", "underfitting");
    with ``base_forms`` also a base form whose final "e" the stem of another form lost ("ignore",
    "ignored")."""
    found = 0
    for item in wanted:
        if item in stems or any(_inflected(item, s, base_forms) for s in stems):
            found += 1
    return found


# Words of quantity, which say what a sentence is about only with the word they qualify.
_HOW_MUCH = frozenset({"more", "less", "most", "least", "much", "many", "few", "fewer", "all", "some", "any"})


def _inflected(a: str, b: str, base_forms: bool) -> bool:
    short, long_ = sorted((a, b), key=len)
    if not long_.startswith(short):
        return False
    return len(short) >= 6 or (base_forms and len(short) >= 4 and long_ == short + "e")


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
    pair: tuple[str, str] | None = None  # for a swap: the contrasts pair exchanged
    # For an authored version, the words marked in the bank as what makes it wrong ("grows
    # [quadratically]"): a sentence about the point that uses one says this version, however
    # near its embedding sits to the point (see :meth:`decided_by`).
    decisive: tuple[str, ...] = ()

    # An authored wrong version with a contrasts pair exchanged ("the L2 region is a diamond"
    # -> "the L1 region is a diamond"): a sentence at least as close to one of these says the
    # right thing.
    righted: tuple[str, ...] = ()
    # For each of those, (the term exchanged in, the term it replaced).
    righted_terms: tuple[tuple[str, str], ...] = ()

    def names(self, index: int, sentence: str) -> bool | None:
        """Which term of the ``index``-th righted version's exchange ``sentence`` names: True
        for the term exchanged in, False for the one it replaced, None for neither. "A field
        recorded after the outcome is a perfectly good feature" names the wrong version's
        "feature": "A label recorded after the outcome is fine to use" is no reading of it."""
        if index >= len(self.righted_terms):
            return None
        term_in, term_out = self.righted_terms[index]
        if _mentions(sentence, term_in):
            return True
        return False if _mentions(sentence, term_out) else None

    # Words of an authored wrong version that no point of the question uses: a sentence made
    # of the question's own vocabulary ("return the leftmost occurrence among duplicates")
    # says one of the points, not this mistake, unless it uses one of them.
    unshared_words: frozenset[str] = frozenset()

    def worded_by(self, span: str, sentence: str | None = None, leaning: bool = False) -> bool:
        """Whether ``span`` (a clause of ``sentence``, or the sentence) says this version in its
        words. ``leaning``: the embedding puts the span far nearer this version than any point
        (see ``LEANING_SIMILARITY`` in the grader), and one word that makes it wrong is enough."""
        if self.kind == "negation":
            return True
        stems = word_stems(span)
        # "ignore them" says "they can be ignored": the stems differ by the base form's "e".
        if self.unshared_words and not _present(self.unshared_words, stems, base_forms=True):
            return False
        # "gradients vanish" answers "gradients explode": the sentence uses the opposite of a
        # word that makes the version wrong, and not the word itself.
        whole = word_stems(sentence) if sentence else stems
        if any(w not in whole and _ANTONYM_STEMS.get(w, frozenset()) & whole for w in self.wrong_words):
            return False
        # "less freedom" answers "more freedom": "more" and "less" alone say too little, with the
        # word they qualify they say the opposite.
        if _qualified_opposite(self.text, sentence or span):
            return False
        # A sentence that says both ways round ("a lower temperature makes it sharper, a higher one
        # flattens it") is no reading of a version that turns one of them: only a marked phrase
        # can tell which way it puts them.
        if self.kind == "wrong" and any(
            w in whole and w in _DIRECTION_STEMS and _ANTONYM_STEMS.get(w, frozenset()) & whole
            for w in self.wrong_words
        ):
            return False
        wrong = _present(self.wrong_words, stems, base_forms=True)
        right = _present(self.right_words, stems, base_forms=True)
        if leaning:
            # One word, but one that says something: not "more" ("The more data you get, the
            # more the likelihood dominates" against "the more data, the stronger the prior's
            # pull"), nor a piece of "prior's".
            said = frozenset(
                w for w in self.unshared_words if len(w) >= 3 and w not in _DIRECTION_STEMS | _HOW_MUCH
            )
            if _present(said, stems, base_forms=True) and wrong > right:
                return True
        # A one-word edit needs its one word; a misconception worded freely, two of its own.
        needed = 2 if self.kind in ("wrong", "pitfall") and len(self.wrong_words) >= 2 else 1
        if self.kind == "pitfall" and not self.wrong_words:
            return True  # a pitfall about no point: its terms and its unshared words decide
        return wrong >= needed and wrong > right

    def compile(self) -> None:
        """Compile the patterns of its decisive phrases ahead of the first grade."""
        for phrase in self.decisive:
            _phrase_regex(phrase)
        if self.decisive:
            _any_phrase_regex(self.decisive)

    def decided_by(self, span: str, sentence: str = "", point: str = "") -> bool:
        """Whether ``span`` uses one of the decisive words, not denied ("not quadratically")
        nor set against the point's own word ("quadratic compute, but linear memory"). A
        growth rate compared in its sentence with the point's own ("attention is quadratic in
        length, and RNNs are linear in it") is said of something else."""
        return self.decisive_words(span, sentence, point) is not None

    def decisive_words(self, span: str, sentence: str = "", point: str = "") -> str | None:
        """The words of ``span`` that make it say this version, as :meth:`decided_by` finds them
        ("regularize" in "if it underfits, regularize it even more"), or None. Shown beside the
        version: a version is written with its first marked alternative ("collect more data"),
        which need not be the one the candidate used."""
        # Most spans use none of the phrases: one scan of them all says so.
        if not self.decisive or _any_phrase_regex(self.decisive).search(span) is None:
            return None
        for phrase in self.decisive:
            if _compares_growth(phrase, sentence or span, point):
                continue
            for match in _phrase_regex(phrase).finditer(span):
                before = span[max(0, match.start() - 24) : match.start()]
                # Denied, set against something, or called a mistake ("it is wrong to think it
                # doesn't change the probabilities").
                if (
                    _GOVERNING_CUE.search(before)
                    or _META_NEGATION.search(before)
                    # "rarely underconfident" denies it as a "not" would.
                    or _SELDOM.search(before)
                    or re.search(r"\b(?:than|unlike|instead(?: of)?)\W*$", before, re.I)
                    # A condition, not a claim: "If one patient's rows were spread across
                    # different folds, the score would be too optimistic".
                    or _CONDITION.search(re.split(r"[,;:]", span[: match.start()])[-1])
                ):
                    continue
                # Denied or judged bad after it, in its clause: "Collecting more data will not
                # fix high bias", "A bigger model would make high variance worse".
                after = span[match.end() :]
                end = _CLAUSE_END.search(after)
                rest = after[: end.start()] if end else after
                if (
                    _GOVERNING_CUE.search(rest)
                    or _SELDOM.search(rest)
                    or _CALLED_A_MISTAKE.search(rest)
                    or _JUDGED_BAD.search(rest)
                ):
                    continue
                # Set against the point's own words across a contrast ("quadratic compute, but
                # linear memory"); not when those words are in its own part ("The attention cost
                # grows only linearly ..., so transformers handle long contexts more cheaply than
                # RNNs") or denied ("... rather than the family-wise error rate").
                if _set_against_right_words(span, match.start(), self.right_words):
                    continue
                if sentence and self.set_against(span, sentence, match):
                    continue
                return match.group(0)
        return None

    def set_against(self, span: str, sentence: str, match: re.Match[str] | None = None) -> bool:
        """Whether the sentence sets the part with ``span`` against another that says the point's
        own words. With the marked phrase ``match``, set against in words, one of them is enough
        ("Label smoothing can leave a network slightly underconfident, while plain training makes
        it overconfident"). Without one, only claims side by side count, and the other part must
        say the point in two of its words and name what the version speaks of and the point does
        not ("ROC") where the part with the mistake does not: "I plot precision against recall
        for the PR curve, and true positive rate against false positive rate for the ROC curve".
        "Squared error is maximum likelihood under Laplace noise, while cross-entropy assumes
        Gaussian noise" is wrong in both halves, and "Temperature divides the logits, and a
        higher temperature sharpens them" is one claim going on."""
        at = sentence.find(span)
        if at < 0:
            return False
        where = at + (match.start() if match else 0)
        own = self.right_words - word_stems(match.group(0) if match else span) - _CONTRAST_WORDS
        bounds = [
            0,
            *(cut.start() for cut in (_SET_AGAINST_WORD if match else _SIDE_BY_SIDE).finditer(sentence)),
        ]
        if len(bounds) == 1:
            return False
        bounds.append(len(sentence))
        parts = [(a, sentence[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        at_mine = max(i for i, (a, _) in enumerate(parts) if a <= where)
        mine = word_stems(parts[at_mine][1])
        for i, (_, part) in enumerate(parts):
            if i == at_mine:
                continue
            stems = word_stems(part)
            if match and _present(own, stems):
                return True
            if not match and _present(own, stems) >= 2 and (stems & self.wrong_words) - _GENERIC - mine:
                return True
        return False

    def clearly_worded_by(self, span: str) -> bool:
        """Whether ``span`` uses most of the words that make this version wrong (three or more) and none
        of the point's own: for a misconception worded almost as its point ("the parameters
        most probable given the data" against "that make the data most probable"), whose
        embedding cannot tell them apart, the words must."""
        stems = word_stems(span)
        # Most of them, and three at least: "picks", "most" are also how a right answer talks.
        # Of four or fewer, all: "picks the parameters that make the data most probable" has
        # three of "picks ... most probable given the data", all but the one that is wrong.
        count = len(self.wrong_words)
        needed = count if count <= 4 else max(3, (count + 1) // 2)
        return _present(self.wrong_words, stems) >= needed and _present(self.right_words, stems) == 0


_CONDITION = re.compile(r"\b(?:if|unless|suppose|supposing|imagine|whether)\b", re.IGNORECASE)
# Talk of a mistake after a phrase ("... is a myth"); not "false", which after a phrase is as
# often a value ("wherever the mask is False").
_CALLED_A_MISTAKE = re.compile(rf"\b(?:{_MISTAKE_WORDS})\b", re.IGNORECASE)
# What is said of a thing that makes it a thing not to do.
_JUDGED_BAD = re.compile(
    r"\b(?:worse|hurts?|harms?|backfires?|useless|pointless|counterproductive|risky|dangerous)\b",
    re.IGNORECASE,
)


def judged_bad(text: str) -> bool:
    """Whether the text calls what it speaks of a thing not to do ("A deep probe would be
    worse here")."""
    return _JUDGED_BAD.search(text) is not None


# How a cost grows: a sentence naming two of these compares two things.
_GROWTH = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in (
        ("constant", r"\bconstant\b|\bO\(1\)|the same time"),
        ("logarithmic", r"\blogarithmic(?:ally)?\b|\blog\s*n\b"),
        ("linear", r"\blinear(?:ly)?\b|\bO\(n\)"),
        ("quadratic", r"\bquadratic(?:ally)?\b|\bsquare of\b|n squared|n\^2|n²"),
        ("cubic", r"\bcubic(?:ally)?\b"),
        ("exponential", r"\bexponential(?:ly)?\b"),
    )
}


def _compares_growth(phrase: str, sentence: str, point: str) -> bool:
    """Whether ``phrase`` is a growth rate and ``sentence`` also names the one ``point`` says."""
    said = {name for name, pattern in _GROWTH.items() if pattern.search(phrase)}
    if not said or not point:
        return False
    right = {name for name, pattern in _GROWTH.items() if pattern.search(point)} - said
    return any(_GROWTH[name].search(sentence) for name in right)


# Direction words specific enough that the opposite word alone turns a sentence about the point
# round (not "more", "with", "before": "fewer features, more data" says many things).
DECISIVE_DIRECTIONS = frozenset(
    """increase decrease increases decreases increased decreased increasing decreasing raises lowers
    rises falls grows shrinks higher lower high low larger smaller bigger faster slower maximize
    minimize maximizes minimizes overfitting underfitting overfits underfits overfit underfit
    wider narrower longer shorter easier harder better worse stronger weaker overconfident underconfident
    underestimate
    overestimate underestimates overestimates explode vanish explodes vanishes exploding vanishing
    parallel sequential biased unbiased""".split()
)
_DIRECTION_STEMS = frozenset(stem(w) for w in DECISIVE_DIRECTIONS) | {stem("sharper"), stem("flatter")}
MAX_DIRECTION_VARIANTS = 4  # per point: a long point with many direction words adds noise


def wrong_versions(question: Question) -> list[WrongVersion]:
    """Every wrong version of every point of the question (see the module docstring). Pitfalls
    are not among them: the grader reads those with their own, stricter test."""
    out: list[WrongVersion] = []
    points = question.points
    for k, point in enumerate(points):
        out.extend(
            WrongVersion(k, text, "wrong", decisive=decisive) for text, decisive in point.wrong_statements
        )
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
                out.append(WrongVersion(k, swapped, "swap", pair=(a, b)))
    all_point_stems = set().union(*(word_stems(p.text) for p in points)) if points else set()
    seen: set[tuple[int, str]] = set()
    unique: list[WrongVersion] = []
    for version in out:
        key = (version.point, version.text.lower())
        if key not in seen and version.text.lower() != points[version.point].text.lower():
            seen.add(key)
            point_text = points[version.point].text
            # A "because" is how a mistake is argued, not what it says.
            wrong_words = _distinct(version.text, point_text) - _HOW_SAID
            if version.kind != "negation" and not wrong_words and not version.decisive:
                continue  # the same words as the point: nothing to tell them apart by
            righted: tuple[str, ...] = ()
            righted_terms: tuple[tuple[str, str], ...] = ()
            if version.kind == "wrong":
                # Only an exchange that changes the words: "DPO fits a reward model, then
                # optimizes the policy" has the same words either way round, and its embedding
                # cannot say which is right.
                exchanges = [
                    (swap_terms(version.text, a, b), (b, a) if _mentions(version.text, a) else (a, b))
                    for a, b in question.contrasts
                    if _mentions(version.text, a) != _mentions(version.text, b)
                ]
                righted = tuple(t for t, _ in exchanges if t)
                righted_terms = tuple(terms for t, terms in exchanges if t)
            unique.append(
                replace(
                    version,
                    wrong_words=wrong_words,
                    right_words=_distinct(point_text, version.text),
                    righted=righted,
                    righted_terms=righted_terms,
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


# Patterns built from bank words are many more than the re module caches (512): compiled once.
@functools.lru_cache(maxsize=16384)
def _phrase_regex(phrase: str) -> re.Pattern[str]:
    """A marked phrase, each word with its common endings: "cache the queries" also matches
    "caches the queries" and "cached the query"."""
    parts = [_inflections(w) for w in phrase.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def _any_phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Whether any of the marked phrases is in a text, in one scan (see :func:`_phrase_regex`)."""
    return re.compile("|".join(f"(?:{_phrase_regex(p).pattern})" for p in phrases), re.IGNORECASE)


def _inflections(word: str) -> str:
    """A word of a marked phrase with its common endings, also where the ending changes the
    word: "make" / "making", "drop" / "dropped"."""
    forms = re.escape(word) + r"(?:s|es|ed|d|ing)?"
    if len(word) > 2 and word.endswith("e") and word[-2] not in "aeiou":
        forms = f"(?:{forms}|{re.escape(word[:-1])}ing)"
    elif re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgmnpt]", word):
        forms = f"(?:{forms}|{re.escape(word + word[-1])}(?:ed|ing))"
    return forms


def _mentions(text: str, term: str) -> bool:
    return _word_regex(term).search(text) is not None


@functools.lru_cache(maxsize=16384)
def _word_regex(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", re.IGNORECASE)


# ---------------------------------------------------------------------------- swapped roles
#
# "L1 penalizes the squared weights ... L2 drives weights to exactly zero" uses every word of
# the two points, and its embedding sits as close to them as the right answer does. What is
# wrong is which term each property is said of. So each content word is bound to the nearest
# ``contrasts`` term in its part of the sentence, and the question's references (points,
# examples, model answer) say which words belong to which term.

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# Parts of a sentence: a property said after a comma belongs to the term there, or to the term
# before it; after "while" or "whereas" it is set against that term, never said of it.
_PART_BREAK = re.compile(r"[;:,()]|\b(?:while|whereas|but|unlike|than)\b", re.IGNORECASE)
_CONTRAST_BREAK = re.compile(r"\b(?:while|whereas|but|unlike|than)\b", re.IGNORECASE)
_DENYING_LEAD = re.compile(r"(?:not|never|instead of|and not)\b", re.IGNORECASE)
# "rather than" denies what follows it: the part after it ("than" is a break), and in a
# clause, what it names up to the end of its part.
_RATHER_THAN = re.compile(r"\brather\s+than\b", re.IGNORECASE)
_RATHER_THAN_PART = re.compile(_RATHER_THAN.pattern + r"[^,;:()]*", re.IGNORECASE)
# The contrast words themselves, as stems: no word of a point's own for setting against.
_CONTRAST_WORDS = frozenset(stem(w) for w in ("while", "whereas", "but", "unlike", "than"))
# Where a sentence sets one thing against another ("fixed per word; BERT is the one that ..."),
# in words, and with a semicolon too.
_SET_AGAINST_WORD = re.compile(r"\b(?:while|whereas|but|unlike)\b", re.IGNORECASE)
_SET_AGAINST = re.compile(r";|" + _SET_AGAINST_WORD.pattern, re.IGNORECASE)
# Two claims side by side: a semicolon, or a comma and "and".
_SIDE_BY_SIDE = re.compile(r";|,\s*and\b", re.IGNORECASE)
BIND_REACH = 6  # words: a word in a part without a term binds to a term this near, or none
# Words that say nothing of either term ("from", "each", "into").
_UNBOUND = _GENERIC | frozenset(
    """from into onto over under per each every all some any both either neither other others
    its their them they not no nor only about across along through via while whereas instead
    rather because since though although between among within out up down off may might must
    shall need needs much such same like unlike two three first second then there usually
    often typically generally normally mostly basically actually simply during time times
    stage phase step steps""".split()
)


def _set_against_right_words(span: str, at: int, right_words: frozenset[str]) -> bool:
    """Whether a part of ``span`` other than the one at ``at``, across a contrast word
    ("but", "than", ...), says one of ``right_words``; what "rather than" denies does not count."""
    undenied = _RATHER_THAN_PART.sub(lambda m: " " * len(m.group(0)), span)
    cuts = [m.start() for m in _CONTRAST_BREAK.finditer(undenied)]
    if not cuts:
        return False
    bounds = [0, *cuts, len(span)]
    others = " ".join(undenied[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if not a <= at < b)
    return bool(_present(right_words, word_stems(others)))


_LINKING = frozenset("so and but because since as thus hence then".split())
_PRONOUNS = frozenset("it this that they these".split())


@functools.lru_cache(maxsize=16384)
def _term_regex(term: str) -> re.Pattern[str]:
    # Whole words, and simple inflections ("prefills", "decoding").
    return re.compile(rf"(?<![\w-]){re.escape(term)}(?:s|es|ing|ed|d)?(?![\w-])", re.IGNORECASE)


# A sentence that starts with a plural pronoun standing for what the sentence before it named
# ("... and GloVe factorizes co-occurrence counts. Both give each word a vector that changes with
# the sentence"). "It" is left alone: it is as often no one's ("It is worth noting ...").
_PLURAL_SUBJECT = re.compile(r"^\W*(?:both(?:\s+of\s+them)?|they|these|those)\b\s*", re.IGNORECASE)


def resolve_pronoun(text: str, previous: str, names: Sequence[str]) -> str | None:
    """``text`` with its leading plural pronoun replaced by the two or more of ``names`` that
    ``previous`` names (as written there, in its order), or None."""
    pronoun = _PLURAL_SUBJECT.match(text)
    if pronoun is None:
        return None
    hits = sorted(
        {
            (hit.start(), hit.end())
            for name in names
            if (hit := _term_regex(name).search(previous)) is not None
        }
    )
    # One mention each: "word2vec" inside "word2vec vectors" is the same thing named.
    named: list[str] = []
    end = -1
    for start, stop in hits:
        if start >= end:
            named.append(previous[start:stop])
            end = stop
    if len({n.casefold() for n in named}) < 2:
        return None
    subject = ", ".join(named[:-1]) + " and " + named[-1]
    return f"{subject} {text[pronoun.end() :]}"


def bound_words(
    text: str,
    a: str,
    b: str,
    names_a: Sequence[str] = (),
    names_b: Sequence[str] = (),
    pronouns: bool = False,
) -> tuple[set[str], set[str]]:
    """Stems of the content words of ``text`` said of ``a`` and of ``b``: each word goes to the
    nearest of the two terms in its part of the sentence; in a part with neither, to the last
    term before it (or, with none before, to one at most ``BIND_REACH`` words after it) on the
    same side of any "while" or "whereas". A word as near to both goes to neither. ``names_a``
    and ``names_b`` name the terms too ("word2vec" for "static"). With ``pronouns``, a part led
    by a pronoun ("..., so it shows the false alarms", "which ...") speaks of the sentence's
    subject: of a term only when the sentence starts with it (the references' own parts are
    read without this, as their profiles were measured)."""
    terms: list[tuple[int, int, str]] = []  # char start, char end, which
    for which, named in (("a", (a, *names_a)), ("b", (b, *names_b))):
        for term in named:
            terms.extend((m.start(), m.end(), which) for m in _term_regex(term).finditer(text))
    if not terms:
        return set(), set()
    term_words = word_stems(" ".join((a, b, *names_a, *names_b)))
    breaks = [m.start() for m in _PART_BREAK.finditer(text)]
    # "A rather than B does X" says X of A: the part after "rather than" denies B and ends
    # with it, and what follows is said on A's side, not set against it.
    rather = [m.end() for m in _RATHER_THAN.finditer(text)]
    contrasts = [m.start() for m in _CONTRAST_BREAK.finditer(text) if m.end() not in rather]
    for after in rather:
        denied = [end for start, end, _ in terms if start >= after]
        if denied and not any(after < x < min(denied) for x in breaks):
            breaks.append(min(denied))
    breaks.sort()

    def part(pos: int) -> int:
        return sum(1 for x in breaks if x < pos)

    def side(pos: int) -> int:
        return sum(1 for x in contrasts if x < pos)

    tokens = list(_TOKEN.finditer(text))
    anchors: list[tuple[int, int, str, int]] = []  # token index, part, which, side of a contrast
    for index, token in enumerate(tokens):
        for start, end, which in terms:
            if start <= token.start() < end:
                if not anchors or anchors[-1][0] != index:
                    anchors.append((index, part(token.start()), which, side(token.start())))
                break
    in_term = {i for i, token in enumerate(tokens) for s, e, _ in terms if s <= token.start() < e}
    pronoun_led: set[int] = set()
    if pronouns:
        first_of_part: dict[int, list[str]] = {}
        for token in tokens:
            first_of_part.setdefault(part(token.start()), []).append(token.group(0).lower())
        for where, part_words in first_of_part.items():
            lead = [w for w in part_words[:3] if w not in _LINKING]
            if where and (part_words[0] == "which" or (lead and lead[0] in _PRONOUNS)):
                pronoun_led.add(where)
    # A part led by a denial ("the value vectors, not the key vectors", "rather than the false
    # discovery rate") sets its term against what comes before: nothing before binds forward
    # to it, nor anything after back to it ("L1, not L2, drives weights to zero").
    first_token: dict[int, int] = {}  # part -> where its first word starts
    for token in tokens:
        first_token.setdefault(part(token.start()), token.start())
    denying = {where for where, at in first_token.items() if where and _DENYING_LEAD.match(text, at)}
    denying |= {part(after) for after in rather}
    out: dict[str, set[str]] = {"a": set(), "b": set()}
    for index, token in enumerate(tokens):
        word = token.group(0).lower()
        if index in in_term or word in _UNBOUND or len(word) < 3:
            continue
        word_stem = stem(word)
        if word_stem in term_words:
            continue
        where = part(token.start())
        near = [x for x in anchors if x[1] == where]
        if not near and where in pronoun_led:
            near = [anchors[0]] if anchors[0][0] <= 1 else []
            if not near:
                continue
        if not near:
            # A part without a term speaks of the term before it ("BERT, on the other hand,
            # is a deep stack ..."), or, at the start, of the one just after it; not across
            # a "while" or "whereas".
            same = [x for x in anchors if x[3] == side(token.start())]
            before = [x for x in same if x[0] < index and x[1] not in denying]
            near = (
                before[-1:]
                or [
                    x
                    for x in same
                    if x[0] - index <= BIND_REACH
                    and x[1] not in denying
                    # Nor across a semicolon: "weighted sum of the values; the keys decide the weights".
                    and ";" not in text[token.end() : tokens[x[0]].start()]
                ][:1]
            )
        if not near:
            continue
        best = min(abs(x[0] - index) for x in near)
        sides = {x[2] for x in near if abs(x[0] - index) == best}
        if len(sides) == 1:
            out[sides.pop()].add(word_stem)
    return out["a"], out["b"]


@dataclass(frozen=True)
class RoleProfile:
    """What the question's references say of each term of a ``contrasts`` pair, and only of it."""

    a: str
    b: str
    only_a: frozenset[str]
    only_b: frozenset[str]
    # Other names of each term, from the key terms of a point that sets the two against each
    # other ("word2vec", "GloVe" for "static"; "transformer encoder" for "contextual").
    names_a: tuple[str, ...] = ()
    names_b: tuple[str, ...] = ()

    def named_in(self, text: str) -> bool:
        """Whether ``text`` names either term."""
        return any(_term_regex(t).search(text) is not None for t in (self.a, self.b))

    def sides_named(self, text: str) -> set[str]:
        """Which terms ("a", "b") ``text`` names, by the term or another of its names."""
        return {
            which
            for which, named in (("a", (self.a, *self.names_a)), ("b", (self.b, *self.names_b)))
            if any(_term_regex(t).search(text) is not None for t in named)
        }

    def said_of(self, sentence: str) -> tuple[set[str], set[str]]:
        """The content words of ``sentence`` said of each term (see :func:`bound_words`)."""
        return bound_words(sentence, self.a, self.b, self.names_a, self.names_b, pronouns=True)

    def _name_given_the_other_term(self, sentence: str) -> bool:
        """Whether a part of ``sentence`` gives one term's name the other term, and neither its
        own term nor the other's names ("Word2vec and GloVe give each word one contextual
        vector")."""
        for part in _PART_BREAK.split(sentence):
            if not part:
                continue
            for names, term, own, others in (
                (self.names_a, self.b, self.a, self.names_b),
                (self.names_b, self.a, self.b, self.names_a),
            ):
                if (
                    any(_mentions(part, n) for n in names)
                    and _mentions(part, term)
                    and not _mentions(part, own)
                    and not any(_mentions(part, n) for n in others)
                ):
                    return True
        return False

    def said_of_the_other(self, version: WrongVersion, sentence: str) -> bool:
        """Whether ``sentence``, set against itself ("; ", "whereas", "but"), says the words that
        make ``version`` wrong only where it does not speak of the term the version is about:
        "a word2vec vector is fixed per word; contextual models like BERT are the ones that give
        bank different vectors" does not say "word2vec gives a word a different vector
        depending on the sentence"."""
        about = self.sides_named(version.text)
        if len(about) != 1:
            return False
        pieces = [p for p in _SET_AGAINST.split(sentence) if p.strip()]
        mine = [p for p in pieces if self.sides_named(p) == about]
        if len(pieces) < 2 or not mine or len(mine) == len(pieces):
            return False
        # The terms' own names are no words of the mistake ("batch norm" in "Batch norm
        # normalizes each example on its own").
        wrong_words = version.wrong_words - word_stems(
            " ".join((self.a, self.b, *self.names_a, *self.names_b))
        )
        needed = 2 if len(wrong_words) >= 2 else 1
        return _present(wrong_words, word_stems(" ".join(mine))) < needed

    def swapped(self, sentence: str) -> bool:
        """Whether ``sentence`` says of one term what the references say of the other: at least
        two such words, and at least twice as many (and two more) as it says the right way round."""
        if self._name_given_the_other_term(sentence):
            return True
        said_a, said_b = self.said_of(sentence)
        if not said_a and not said_b:
            return False
        right = _present(self.only_a, said_a) + _present(self.only_b, said_b)
        wrong = _present(self.only_b, said_a) + _present(self.only_a, said_b)
        # A sentence naming one term only ("you start with a prior and revise it") may speak of
        # the other without naming it: it must say three of the other's things, and few of its own.
        if not (said_a and said_b):
            return wrong >= 3 and wrong >= 2 * right + 3
        return wrong >= 2 and wrong >= 2 * right + 2


_CONSEQUENCE = re.compile(r",\s*(?=(?:so|because|which|since|and)\b)|;|\bso\s+that\b", re.IGNORECASE)


# A comparison that ranks one term above the other ("random search usually beats grid search",
# "grid search is more efficient than random search"), and one that ranks it below.
_BETTER = re.compile(
    r"\b(?:beats?|beating|outperforms?|outperforming|(?:is |are |was |does |do |works? |scales? )?"
    r"(?:much |far |usually |generally |often |always )?(?:better|faster|cheaper|stronger|superior|"
    r"preferable|more (?:efficient|effective|accurate|reliable|robust|stable|sample[- ]efficient))"
    r"(?: than| to)?|wins? over)\b",
    re.IGNORECASE,
)
_WORSE = re.compile(
    r"\b(?:worse|slower|costlier|inferior|less (?:efficient|effective|accurate|reliable|robust|stable)|"
    r"more (?:expensive|costly|wasteful)|loses? to|underperforms?)\b",
    re.IGNORECASE,
)
_RANK_TARGET = re.compile(r"\s*(?:than|to|over)?\s*(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)


# A comparison under a condition ("better only when you tune one or two") is scoped, not a ranking.
_CONDITIONED = re.compile(r"\b(?:only (?:when|if|for|with|in)|unless)\b", re.IGNORECASE)


def ranked_first(text: str, a: str, b: str) -> str | None:
    """Which of the two terms ``text`` ranks above the other, when it compares them, every
    comparison the same way ("B beats A", "B is more efficient than A", "A is worse than B": B),
    read as said: with a "not" in the comparison's clause, the other. None when it compares
    neither, ranks them both ways, or says under which condition ("only when ...")."""
    if _CONDITIONED.search(text):
        return None
    said = set(_rankings(text, a, b))
    return said.pop() if len(said) == 1 else None


def _rankings(text: str, a: str, b: str) -> list[str]:
    out: list[str] = []
    for pattern, better_first in ((_BETTER, True), (_WORSE, False)):
        for match in pattern.finditer(text):
            before = text[: match.start()]
            after = text[match.end() :]
            named_before = [(m.end(), term) for term in (a, b) for m in _term_regex(term).finditer(before)]
            target = _RANK_TARGET.match(after)
            rest = after[target.end() if target else 0 :]
            named_after = [term for term in (a, b) if _term_regex(term).match(rest)]
            if not named_before or not named_after:
                continue
            first = max(named_before)[1]  # the term named last before the comparison
            second = named_after[0]
            if first == second:
                continue
            clause_start = max((m.end() for m in _SIDE_BREAK.finditer(before)), default=0)
            flipped = negation_cues(text[clause_start : match.end()]) % 2 == 1
            out.append(first if better_first != flipped else second)
    return out


def without_denials(text: str) -> str:
    """The text without what it denies: each clause is cut where its first denial starts (a
    negation cue, a privative verb, talk of a mistake), since a denial governs what follows it
    ("L2 penalizes squared weights, shrinking them toward zero without making any exactly zero"
    keeps all but "without ...")."""
    kept: list[tuple[str, bool]] = []  # (words kept, cut at a denial)
    for part in _CONSEQUENCE.split(text):
        cues = [
            m.start()
            for pattern in (_NEGATION_CUE, _PRIVATIVE, _META_NEGATION)
            for m in pattern.finditer(_NOT_ONLY.sub(lambda m: " " * len(m.group(0)), part))
        ]
        if not cues:
            kept.append((part.strip(" ,;"), False))
            continue
        cut = part[: min(cues)]
        # What is left before a denial is kept only when it says something of its own, and
        # without a word the denial also speaks of ("toward zero without making any exactly
        # zero": what the clause says of zero is not plain).
        if len(_TOKEN_WORD.findall(cut)) >= 4:
            denied = word_stems(part[min(cues) :])
            # Set against what it denied, it says nothing of what follows ("a weighted sum of
            # the values, not the keys; the keys decide the weights"): a semicolon keeps it apart.
            kept.append((" ".join(w for w in _TOKEN_WORD.findall(cut) if stem(w) not in denied), True))
    pieces = [p for p in kept if p[0]]
    out = pieces[0][0] if pieces else ""
    for (_, was_cut), (words_kept, _) in zip(pieces, pieces[1:], strict=False):
        out += ("; " if was_cut else ", ") + words_kept
    return out


def said_of_term_in(
    wrong: WrongVersion, index: int, sentence: str, profiles: Sequence[RoleProfile]
) -> bool | None:
    """For a sentence naming both terms of the ``index``-th exchange that would right
    ``wrong``, which one the words that make it wrong are said of: True for the term exchanged
    in ("Layer norm normalizes each example over its own features, while batch norm ..."),
    False for the one it replaced ("At inference it keeps using the current batch's statistics,
    just as in training" says them of inference). None when it names one term only, no profile
    of the pair says which words go with which, or the two sides are less than two words apart."""
    term_in, term_out = wrong.righted_terms[index]
    if not (_mentions(sentence, term_in) and _mentions(sentence, term_out)):
        return None
    for profile in profiles:
        if {profile.a, profile.b} == {term_in, term_out}:
            of_a, of_b = profile.said_of(sentence)
            of_in, of_out = (of_a, of_b) if profile.a == term_in else (of_b, of_a)
            said_in = _present(wrong.wrong_words, of_in)
            said_out = _present(wrong.wrong_words, of_out)
            # Two words more on one side: the binding is crude ("there's variance, and then
            # there's this irreducible noise term" lists, it does not say noise of variance).
            if abs(said_in - said_out) < 2:
                return None
            return said_in > said_out
    return None


def role_profiles(question: Question) -> list[RoleProfile]:
    """One profile per ``contrasts`` pair, read from the points (each a claim written for this
    question) and from the model answer's sentences that set the two
    terms against each other (a model-answer sentence naming one term in passing says nothing
    of what sets it apart from the other). Negated sentences say what a term is not: left out."""
    from interviewer.grading.segment import split_sentences

    # The points' own texts, not their examples: an example is a looser paraphrase that may set
    # the two terms against each other ("Bergstra and Bengio showed random search beats grid
    # search"), and its words then bind to the wrong term (a correct answer read as a swap).
    claims = [p.text for p in question.points]
    model = [s.text for s in split_sentences(" ".join(question.model_answer.split()))]
    profiles: list[RoleProfile] = []
    for a, b in question.contrasts:
        of_a: set[str] = set()
        of_b: set[str] = set()
        for whole in claims + model:
            # "layer norm does not depend on the batch": denied, not said of it; only the
            # clause with the denial is left out ("switches to running averages ..., so
            # predictions do not depend on the batch" still says what inference uses).
            text = without_denials(whole)
            if not text:
                continue
            said_a, said_b = bound_words(text, a, b)
            if whole in claims or (said_a and said_b):
                of_a |= said_a
                of_b |= said_b
        # "example" and "exampl" (from "examples") are one word said of both.
        only_a = frozenset(w for w in of_a if not _present(frozenset({w}), of_b))
        only_b = frozenset(w for w in of_b if not _present(frozenset({w}), of_a))
        if only_a and only_b:
            # A point that sets the two terms against each other names each by the proper
            # names among its key terms that it uses in the same part as the term, and never
            # with the other ("Word2vec and GloVe give each word one static vector, whereas ...").
            parts = [
                part
                for p in question.points
                if _mentions(p.text, a) and _mentions(p.text, b)
                for part in _PART_BREAK.split(p.text)
                if part
            ]
            terms = {t for p in question.points for t in p.terms if _NAME.fullmatch(t)}
            names_a = tuple(sorted(t for t in terms if _named_with(t, a, b, parts) and _all_said(t, only_a)))
            names_b = tuple(sorted(t for t in terms if _named_with(t, b, a, parts) and _all_said(t, only_b)))
            profiles.append(RoleProfile(a, b, only_a, only_b, names_a, names_b))
    return profiles


# A proper name: one word with a digit or a capital after its first letter ("word2vec", "GloVe").
_NAME = re.compile(r"[A-Za-z]\w*(?:\d|[A-Z])\w*")


def _named_with(name: str, term: str, other: str, parts: Sequence[str]) -> bool:
    """Whether ``name`` is said with ``term`` in a part, and never with ``other``."""
    together = [p for p in parts if _mentions(p, name)]
    return (
        not _mentions(name, term)
        and any(_mentions(p, term) for p in together)
        and not any(_mentions(p, other) for p in together)
    )


def _all_said(term: str, said: frozenset[str]) -> bool:
    wanted = {stem(w.lower()) for w in _TOKEN.findall(term)} - _GENERIC
    return bool(wanted) and all(_present(frozenset({w}), set(said)) for w in wanted)
