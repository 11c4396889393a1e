"""What a sentence of a story does: set the scene, say what was mine, tell what I did, give the
result, reflect on it.

Behavioral and own-work answers are true stories, each different. Embeddings compare what a
sentence is *about*, so "I asked him to walk me through his case" sits far from a reference point
about "understanding the other side" written for another story. What every good story has can
be seen in how its sentences are built instead: a time or place, "my job was", "I" with a verb in
the past tense, an outcome with a number, "what I learned". A point of a question marked with a
:class:`~interviewer.bank.schema.StoryPart` is met by any sentence that does that part.

Each reader returns a strength: 1.0 (clearly that part), 0.5 (a weak sign of it) or 0.0.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from interviewer.bank.schema import StoryAct, StoryPart

__all__ = [
    "PART_ADVICE",
    "RED_FLAGS",
    "named_things",
    "part_strengths",
    "red_flag",
    "specialist_words",
    "specific_details",
    "story_acts",
    "story_parts",
    "tells_events",
    "view_share",
]

# What a story lacks, said to the candidate, by part.
PART_ADVICE = {
    "situation": "the situation (where, when, what was at stake)",
    "task": "your task (what you were responsible for)",
    "action": "your actions (what you yourself did, step by step, and why)",
    "result": "the result (what happened, with a number if you can)",
    "reflection": "what you learned (what you would do differently, what you do now)",
}

_SETTING = re.compile(
    r"\b(?:(?:at|in|on|during) (?:my|our|a|the) (?:last|previous|former|current|old|first|second|"
    r"earlier|final)\b|"
    r"(?:last|this|that|one) (?:year|quarter|spring|summer|autumn|fall|winter|month|week|time)\b|"
    r"(?:a|one|two|three|four|five|few|couple of|several|some) (?:years?|months?|weeks?) ago\b|"
    r"(?:back )?when I was\b|while (?:I was )?(?:working|at|on|leading|doing)\b|"
    r"(?:at|on|in) (?:my|our) (?:\w+ ){0,2}(?:team|company|job|lab|startup|group|internship|role|"
    r"project|phd|masters|thesis)\b|"
    r"(?:early|late) in my\b|at one point\b|in my (?:last|previous|first|current) (?:job|role|team)\b|"
    r"we were (?:building|working|about|launching|preparing|trying|running|shipping|training|"
    r"migrating|designing|rolling|getting|two|three|a|an|the|under|on|in)\b|"
    r"I was (?:working|leading|building|running|one|the|a|an|on|part|in|about|brought|hired|"
    r"asked|responsible|interning|training)\b)",
    re.IGNORECASE,
)
_STAKES = re.compile(
    r"\b(?:deadline|launch|launching|release|client|customers?|users?|patients?|production|"
    r"outage|revenue|weeks?|days?|risk|at stake|depended|before|critical|blocking|millions?|"
    r"thousands?|paper|conference|submission|deadline)\b",
    re.IGNORECASE,
)
_TASK = re.compile(
    r"\b(?:my (?:job|goal|aim|role|task|responsibility|objective|priority|part|mandate|focus|"
    r"remit)\b|"
    r"I was (?:responsible|in charge|accountable|the (?:owner|one|person|lead)|tasked|asked to|"
    r"supposed to|expected to|on the hook)\b|"
    r"I owned\b|I own(?:ed)? the\b|fell to me\b|was on me\b|it was (?:my|up to me)\b|"
    r"I (?:needed|had|wanted|was trying|set out) to\b|what mattered(?: to me)? was\b|"
    r"I led\b|I was leading\b|I took (?:on|over|ownership)\b|I volunteered\b|"
    r"^(?:\w+ )?as (?:the|a|an|its) [\w -]{1,40}, I\b|I(?:'d| had)? been (?:asked|assigned|hired)\b|"
    r"assigned to me\b|on me to\b|I was the\b|I was one of\b|I ran the\b|I was running\b|"
    # The task handed over ("my lead asked me to", "it landed with me"), or a goal of one's own.
    r"(?:asked|told|tasked|assigned|gave|handed|needed) me (?:to|with|a|an|the)\b|"
    r"(?:landed|fell|ended up) (?:with|on) me\b|I (?:really |also )?wanted\b|"
    r"I (?:was|were) (?:co-)?(?:leading|first author|the first author|co-leading|owning)\b|"
    r"(?:I|we) (?:were |was )?co-(?:led|leading|owned|owning)\b|"
    r"(?:the|our|my) (?:goal|aim|brief|assignment|ask|target) was\b)",
    re.IGNORECASE,
)
# The role one held ("I joined as a senior engineer"): a weak sign of what one was there to do.
_ROLE = re.compile(
    r"\b(?:as|I was) (?:a|an|the|its|our|their) (?:[\w-]+ ){0,3}(?:engineer|scientist|analyst|"
    r"researcher|lead|manager|student|intern|developer|postdoc|author|SRE|owner|designer|"
    r"consultant|architect|founder|cofounder|co-founder|maintainer|reviewer|mentor)s?\b",
    re.IGNORECASE,
)
# "I" then (an adverb or two) a verb in the past tense: the candidate's own action.
_IRREGULAR = (
    "wrote built took made ran went told sat set brought found led spent gave chose drew put got "
    "saw met began kept sent spoke held left rewrote caught dug paid read said sought "
    "taught won split cut shut flew grew hid laid lent let lost rang "
    "rose shook stood stuck swore swept threw tore woke wore withdrew undertook overtook "
    "overrode rebuilt re-ran reran redid did pulled pushed"
).split()
_ACTION = re.compile(
    # "I've stopped projects at that checkpoint" is an act of one's own as "I stopped" is.
    r"\bI(?:'ve| have| had)?(?: (?:then|first|also|immediately|quickly|personally|eventually|finally|still|"
    r"again|next|just|actually|instead|carefully|myself|\w+ly))*"
    r" (?!(?:need|feed|seed|speed|bleed|breed|exceed|proceed|succeed|heed|shed|wed|bed)\b)"
    r"(?:\w{2,}ed|" + "|".join(map(re.escape, _IRREGULAR)) + r")\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\b(?:because|since|so that|so I|so we|to make sure|to check|to see|in order to|"
    r"which meant|which let|the reason|given that|as it|as the)\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(?:result(?:ed|s)?|outcome|in the end|ended up|eventually|as a result|afterwards|"
    r"after that|since then|by the end|shipped|launched|released|dropped|fell|rose|improved|"
    r"reduced|cut|increased|decreased|saved|doubled|halved|became|went (?:from|down|up)|"
    r"worked(?! (?:on|at|in|for|with|as|under|alongside|closely|together|through|there|here)\b)|"
    r"held up|stuck|adopted|delayed|slipped|caught|prevented|fixed|resolved|recovered|"
    r"beat|matched|outperformed|won|lost|passed|failed|accepted|merged|published|approved|"
    r"promoted|got (?:better|worse)|came (?:in|out|within)|landed|hit|met|missed|"
    r"went live|rolled out|turned out|ended|finished)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?:\d|%|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|half|"
    r"third|quarter|twice|double|triple|tenfold|percent|zero|dozens?)\b)",
    re.IGNORECASE,
)
_REFLECTION = re.compile(
    r"\b(?:(?:I )?learn(?:ed|t)|lessons?|take-?aways?|in hindsight|looking back|with hindsight|"
    r"(?:would|'d) (?:do|have done|handle|approach)\b[^.]*\b(?:differently|earlier|sooner)|"
    r"next time|ever since|(?:what )?I took (?:from|away)|I'd (?:now )?\w+ (?:earlier|sooner)|"
    r"ever since|since then I|taught me|I now\b|these days I|nowadays I|"
    r"changed how I|what I'd change|"
    r"what I (?:changed|do differently) (?:was|is|afterwards|after that)|"
    r"if I did it again|I realized|I realised|made me|"
    r"I've (?:used|kept|carried|applied|done)|stuck with me|"
    r"I (?:now )?always (?:\w+ )?(?:start|ask|check|write|agree|make|try|run|put)|"
    # A habit kept since ("Since then, on every project, I run..."; "I still use the test").
    r"since then,?(?: [^.;]{0,60},)? (?:I|we) (?!was\b|were\b|had\b)\w+|"
    r"I still (?:use|do|run|apply|keep|write|ask|check|follow|think about|try|start|draft|share)|"
    r"in retrospect|on reflection|I should have|I (?:was|had been) wrong|"
    r"the (?:key|real|biggest|main) (?:move|thing|lesson|insight|takeaway|mistake) (?:was|is)|"
    r"what (?:made the difference|I'd (?:keep|repeat)|I would (?:keep|repeat)) (?:was|is))\b",
    re.IGNORECASE,
)
_WE_ACTION = re.compile(
    r"\b[Ww]e(?: (?:then|first|also|finally|eventually|\w+ly))* (?:\w{2,}ed|"
    + "|".join(map(re.escape, _IRREGULAR))
    + r")\b"
)
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|whether|would|could|might|should|'d)\b[^.;:]*?(?=,|;|:|\.|$)", re.IGNORECASE
)
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|I'm|I've|I'd|we|our|us)\b")


def states_number(sentence: str) -> bool:
    """The sentence gives a number ("20 percent fewer", "three weeks", "0.78")."""
    return bool(_NUMBER.search(sentence))


def part_strengths(sentence: str) -> dict[StoryPart, float]:
    """How clearly the sentence does each part of a story (0.0, 0.5 or 1.0)."""
    out: dict[StoryPart, float] = {}
    personal = bool(_FIRST_PERSON.search(sentence))
    if _SETTING.search(sentence):
        out[StoryPart.SITUATION] = 1.0 if _STAKES.search(sentence) or personal else 0.5
    elif personal and _STAKES.search(sentence) and re.search(r"\b(?:was|were|had)\b", sentence):
        out[StoryPart.SITUATION] = 0.5
    if _TASK.search(sentence):
        out[StoryPart.TASK] = 1.0
    elif _ROLE.search(sentence):
        out[StoryPart.TASK] = 0.5
    if _ACTION.search(sentence):
        out[StoryPart.ACTION] = 1.0 if _REASON.search(sentence) else 0.5
    # What would have happened ("if his version won, I'd help") is no outcome.
    factual = _CONDITIONAL.sub(" ", sentence)
    if _OUTCOME.search(factual) and personal | bool(re.search(r"\b(?:it|the|this|that)\b", factual)):
        out[StoryPart.RESULT] = 1.0 if _NUMBER.search(factual) else 0.5
    if _REFLECTION.search(sentence) and personal:
        out[StoryPart.REFLECTION] = 1.0
    return out


# This many sentences of "I did" are a clear sign of the candidate's own actions, reason given or
# not ("I ran an overlap check ... I posted ... Then I deduplicated ... I added a check").
STORY_MANY_ACTIONS = 3


def story_parts(sentences: Sequence[str]) -> dict[StoryPart, tuple[float, int]]:
    """For each part, (strength, index of the sentence that does it best) over the sentences.

    Actions are counted over the whole story: one sentence of "I did" is a weak sign of a
    candidate's own actions, two or more with a reason among them a clear one.
    """
    best: dict[StoryPart, tuple[float, int]] = {}
    actions: list[tuple[float, int]] = []
    for index, sentence in enumerate(sentences):
        for part, strength in part_strengths(sentence).items():
            if part is StoryPart.ACTION:
                actions.append((strength, index))
            if strength > best.get(part, (0.0, -1))[0]:
                best[part] = (strength, index)
    if actions:
        top = max(actions)
        reasoned = any(strength >= 1.0 for strength, _ in actions)
        many = len({index for _, index in actions}) >= STORY_MANY_ACTIONS
        best[StoryPart.ACTION] = (1.0 if (len(actions) >= 2 and reasoned) or many else 0.5, top[1])
    return best


# A general view rather than something that happened: an opinion, a rule for always, a value
# ("I think failure is part of growth", "I always keep a positive attitude", "planning matters").
_VIEW = re.compile(
    r"\b(?:I (?:really |strongly |truly |genuinely )?(?:think|believe|feel|find that)|"
    r"always|everyone|everybody|every (?:time|day|engineer|team|project)|"
    r"(?:is|are|was) (?:part of|important|key|essential|crucial|vital|how (?:we|you|people))|"
    r"matters?(?! of)|learned a lot|learnt a lot|grow(?:th)? as)\b",
    re.IGNORECASE,
)


# A verb in the past tense, whoever the subject: something that happened.
_PAST = re.compile(
    r"\b(?:was|were|had|did|\w{2,}ed|" + "|".join(map(re.escape, _IRREGULAR)) + r")\b",
    re.IGNORECASE,
)


def tells_events(sentence: str) -> bool:
    """Whether the sentence tells something of the candidate's own (what happened, what they
    did or would do), rather than stating a general view ("I think failure is part of growth",
    "I always keep a positive attitude") with no number to pin it down."""
    if _NUMBER.search(sentence):
        return True
    if _VIEW.search(sentence):
        return False
    return bool(_PAST.search(sentence))


def view_share(sentences: Sequence[str]) -> float:
    """The share of the words in sentences that state general views (see :func:`tells_events`)."""
    total = sum(len(s.split()) for s in sentences)
    return sum(len(s.split()) for s in sentences if not tells_events(s)) / total if total else 0.0


_TOKEN = re.compile(r"[A-Za-z][\w\-]*")
_PRONOUNS = {"I", "I'm", "I'd", "I've", "I'll"}


def named_things(sentences: Sequence[str]) -> int:
    """How many distinct named things the sentences mention: a capitalized word inside a
    sentence ("Chinchilla", "Yoruba"), an acronym or a name with a digit ("DPO", "GPT-4"). A
    critique of "a really interesting paper about large language models" names none."""
    found: set[str] = set()
    for sentence in sentences:
        for i, token in enumerate(_TOKEN.findall(sentence)):
            if token in _PRONOUNS:
                continue
            if (
                (i and token[0].isupper())
                or any(c.isupper() for c in token[1:])
                or any(c.isdigit() for c in token)
            ):
                found.add(token)
    return len(found)


# Words outside this many of the most frequent in English are a field's own ("held-out",
# "retriever", "ablations"), not everyday words ("improve", "careful", "results").
COMMON_WORDS = 6000


@cache
def _word_ranks() -> dict[str, int]:
    """How frequent each English word is, by rank: the bundled model's word-piece vocabulary
    lists whole words from the most frequent down, after its 1,996 special and single-character
    entries."""
    from interviewer.grading.embedder import bundled_model_path

    try:
        lines = (bundled_model_path() / "vocab.txt").read_text(encoding="utf-8").splitlines()
    except (OSError, ImportError, RuntimeError):  # no bundled model: every word counts as common
        return {}
    start = lines.index("the") if "the" in lines else 0
    return {word: rank for rank, word in enumerate(lines[start:]) if word.isalpha()}


_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")


def specialist_words(sentences: Sequence[str]) -> int:
    """How many distinct words of a field the sentences use: words of three letters or more
    outside the :data:`COMMON_WORDS` most frequent in English. A plan in a field's own words
    ("synthetic labels for rare queries, compared on held-out clicks") has 15 or more in the
    answers written for the tests; one in platitudes ("keep improving, explore newer
    architectures, make it robust") 10 at most."""
    ranks = _word_ranks()
    if not ranks:
        return 0
    found = {
        word
        for sentence in sentences
        for word in (w.lower() for w in _WORD.findall(sentence))
        if len(word) >= 3 and ranks.get(word, COMMON_WORDS) >= COMMON_WORDS
    }
    return len(found)


def specific_details(sentences: Sequence[str]) -> float:
    """How specific a story is: sentences with a number, plus the candidate's own actions ("I
    built"), plus half of the team's ("we shipped"). A story that stays general ("we flagged
    it and the team fixed it, and I learned a lot") has almost none."""
    found = 0.0
    for sentence in sentences:
        found += bool(_NUMBER.search(sentence))
        if _ACTION.search(sentence):
            found += 1.0
        elif _WE_ACTION.search(sentence):
            found += 0.5
    return found


# What an interviewer hears as a warning sign in a story, whatever the story: the sentence
# contradicts the point nearest to it, however fluently it is told.
RED_FLAGS: dict[str, tuple[re.Pattern[str], str]] = {
    "blame": (
        re.compile(
            r"\b(?:(?:was|is)n't|was not|is not)(?: really| entirely| totally| actually)? "
            r"(?:my fault|in my control|within my control|under my control|down to me|on me)\b|"
            r"\bblame (?:sat|lay|lies|was|is) with\b|"
            r"\b(?:it was|that was) (?:really )?(?:their|his|her|the \w+(?: \w+)?'s) fault\b|"
            r"\b(?:the|their|his|her|our) [\w -]{1,30} should have caught (?:it|this|that|the)\b|"
            r"\bmade sure (?:everyone|people|they) kn(?:ew|ow) (?:it|the \w+) was (?:theirs|their fault)\b",
            re.IGNORECASE,
        ),
        "blaming others or circumstances instead of owning your part",
    ),
    "concealment": (
        re.compile(
            r"\b(?:I|we)(?: \w+)? (?:quietly|secretly|silently) (?:\w+ )?(?:fixed|patched|rolled|changed|"
            r"switched|reverted|deployed|pushed|redid|reran|re-ran|swapped|dropped)\b|"
            r"\bbefore (?:anyone|anybody|they|he|she) (?:noticed|found out|could notice|saw)\b|"
            r"\bso (?:that )?(?:nobody|no one) (?:would |could )?(?:notice|find out|knew|know)\b|"
            r"\bso (?:that )?(?:they|he|she|the \w+) (?:wouldn't|would not|didn't|did not|never) "
            r"(?:notice|find out|know|see)\b|"
            r"\bno (?:need|reason) to (?:worry|tell|alarm|inform|bother|write|mention)\b|"
            r"\b(?:didn't|did not|never) (?:tell|inform|mention|warn|let)\b[^.;]{0,60}\b(?:until|till)\b|"
            r"\bkept (?:it|this|that|the \w+) (?:to myself|quiet|under wraps|hidden)\b|"
            r"\bwithout (?:telling|informing|asking) (?:anyone|anybody|him|her|them|my|the|our)\b|"
            # News held back until it suited: "I waited until I had the fix before telling my lead".
            r"\b(?:I|we) (?:\w+ )?(?:waited|held off)\b[^.;]{0,20}\b(?:until|till)\b[^.;]{0,60}"
            r"\b(?:fix|fixed|patched|solved|resolved|sorted|after the (?:launch|deadline|review|release|"
            r"demo|meeting))\b[^.;]{0,40}\b(?:before|to) (?:tell|telling|inform|"
            r"informing|mention|mentioning|raise|raising|flag|flagging|report|reporting|escalate|"
            r"escalating|admit|admitting|loop|looping)\b(?![^.;]{0,40}\b(?:was|had been|is|were) "
            r"(?:resolved|fixed|over|done|back)\b)",
            re.IGNORECASE,
        ),
        "hiding a problem or acting behind people's backs instead of raising it openly",
    ),
    "overruling": (
        re.compile(
            r"\bgot (?:the decision|it|things|the call) (?:made|done|decided) my way\b|"
            r"\bwent over (?:his|her|their|everyone's|my \w+'s) heads?\b|"
            r"\boverruled (?:him|her|them|my)\b|"
            r"\b(?:forced|made) (?:them|him|her|the team|the other team) "
            r"(?:to )?(?:use|adopt|accept|switch|do)\b|"
            r"\bmy (?:idea|approach|version|way) (?:won|prevailed|got picked)\b"
            r"[^.]*\b(?:manager|boss|director)\b",
            re.IGNORECASE,
        ),
        "settling a disagreement by authority instead of by evidence",
    ),
    # The other side of the same coin: giving in to rank rather than to evidence.
    "deference": (
        re.compile(
            r"\b(?:I|we) (?:\w+ )?(?:deferred|gave in|backed down|caved|went along|dropped it|let it go|"
            r"let (?:him|her|them) (?:have|win|decide))\b[^.;]{0,60}\b(?:since|because|as|given) "
            r"(?:he|she|they|he'd|she'd|they'd|he's|she's|they're)\b[^.;]{0,40}\b(?:senior|seniority|"
            r"more experience|more experienced|the lead|the tech lead|in charge|my manager|the manager|"
            r"my boss|the boss|outranked|the expert|a principal|a staff|the director|a director)\b|"
            r"\bI deferred to (?:his|her|their|my \w+'s|the \w+'s) (?:seniority|rank|title|experience|"
            r"authority|years)\b|"
            r"\b(?:his|her|their) (?:seniority|rank|title) (?:settled|decided|won) (?:it|the)\b|"
            r"\b(?:wasn't|was not|isn't|is not) my place to (?:question|challenge|push back|argue|object|"
            r"disagree)\b",
            re.IGNORECASE,
        ),
        "giving in to seniority instead of settling a disagreement by evidence",
    ),
    "ultimatum": (
        re.compile(
            r"\b(?:I|we) (?:\w+ )?threatened to\b|"
            r"\b(?:I|we) (?:\w+ )?(?:gave|issued) (?:him|her|them|my \w+|the \w+|our \w+) an ultimatum\b|"
            r"\btold (?:him|her|them|my \w+|the \w+) (?:that )?(?:I|we)(?:'d| would) (?:quit|resign|walk out|"
            r"go (?:to the press|public))\b(?!\s+(?:if|unless) (?:they|he|she|you) (?:asked|wanted))",
            re.IGNORECASE,
        ),
        "forcing the outcome with threats instead of evidence and discussion",
    ),
    "taking credit": (
        re.compile(
            r"\bI (?:(?!never\b|not\b)\w+ )?took (?:the |all the |most of the )?"
            r"credit\b|"
            r"\bpresented (?:it|the \w+|(?:his|her|their|the team's) \w+(?: \w+)?) as (?:my own|mine)\b|"
            r"\blet (?:everyone|people|them|him|her|the team|my \w+|leadership) (?:think|believe|assume) "
            r"(?:it was (?:mine|my)|I had (?:done|built|written|found))\b",
            re.IGNORECASE,
        ),
        "taking credit for other people's work",
    ),
    "gloating": (
        re.compile(
            r"\bproved (?:that )?I(?:'d| had| was)? (?:been )?right\b|"
            r"\b(?:he|she|they|my \w+) had to admit\b|"
            r"\bI was right all along\b|"
            r"\bshowed (?:him|her|them) (?:who was right|that I was right)\b",
            re.IGNORECASE,
        ),
        "keeping score of who was right instead of what the team learned",
    ),
    "no lesson": (
        re.compile(
            r"\bnothing (?:much |really )?(?:to learn|I would change|I'd change|worth learning)\b|"
            r"\bwould(?:n't| not) (?:change|do) (?:anything|a (?:single )?thing)(?: differently)?\b|"
            r"(?<!\bnot )(?<!n't )\b(?:just|mostly|purely|simply) bad luck\b",
            re.IGNORECASE,
        ),
        "finding nothing to learn from it",
    ),
}
# A sentence that tells a warning sign as a thing overcome or regretted is no warning sign.
_DISOWNED = re.compile(
    r"\b(?:my first instinct|I (?:was )?tempted|I thought about|I considered|I could have|"
    r"it would have been easy|it would be easy|it's easy to say|it is easy to say|I told myself|"
    r"at first I|rather than|instead of|I should have|"
    r"I regret|mistake was|(?:which|that|this|it) was a mistake|in hindsight|looking back|I refused to|"
    r"I resisted|I chose not to|but I (?:didn't|did not)|I wasn't going to)\b",
    re.IGNORECASE,
)


_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether)\b[^.;:]*?(?=,|;|:|\.|$)", re.IGNORECASE)


# What owning a wrong just told sounds like: "That's on me", "it was my mistake", "I sat on bad
# news". A failure story confesses what went wrong; owned in the next breath, it is no warning.
_OWNED = re.compile(
    r"\b(?:that's|that is|that was|it was|it's|this was|this is) (?:all |entirely |squarely )?(?:on me|"
    r"my (?:fault|mistake|failure|responsibility|doing))\b|\bmy (?:mistake|fault)\b|"
    r"\bI (?:should have|shouldn't have|should not have|was wrong|sat on|own(?:ed)? (?:it|that|this|the))\b",
    re.IGNORECASE,
)


def owned(sentence: str) -> bool:
    """Whether the sentence owns a wrong of the speaker's ("That's on me: I sat on bad news")."""
    return bool(_OWNED.search(sentence))


def red_flag(sentence: str, after: Sequence[str] = ()) -> str | None:
    """The warning sign the sentence shows (a key of :data:`RED_FLAGS`), or None; none if one
    of the sentences right ``after`` it owns it."""
    if _DISOWNED.search(sentence) or any(owned(s) for s in after):
        return None
    factual = _HYPOTHETICAL.sub(" ", sentence)
    for kind, (pattern, _) in RED_FLAGS.items():
        if pattern.search(factual):
            return kind
    return None


# What a sentence of an own-work answer does, read from how it is said (see StoryAct): "My
# hypothesis is that ...", "If it barely moves, I'd drop it", "I ruled out rules because ...".
_WOULD = r"(?:I'd|I would|we'd|we would|I'll|I will|we'll|we will|I'm going to|the plan is to)"
_ACT_PATTERNS: dict[StoryAct, str] = {
    StoryAct.HYPOTHESIS: (
        r"\b(?:my|our|the|one) (?:main |working |first |best |leading |concrete )?"
        r"(?:hypothesis|guess|bet|theory|hunch|suspicion|conjecture|prediction)\b|"
        r"\b(?:I|we) (?:suspect(?:ed)?|hypothesi[sz]ed?|predicted|bet)\b|"
        r"\bI think (?:the|it|this|that|most)\b[^.;]{0,80}\b(?:because|caused?|causes|comes? from|"
        r"due to|driven by|is a data|rather than|not (?:a|the))\b"
    ),
    StoryAct.DECISION_RULE: (
        r"\b(?:if|unless|should|when)\b[^.;]{0,160}\b(?:drop|stop|abandon|kill|switch|move on|"
        r"pivot|change course|reject|shelve|give up|go back|look elsewhere|move to|conclude|"
        r"try (?:the|a|another) "
        r"(?:next|different|other)|isn't worth|is not worth|wasn't worth|not worth)\b|"
        r"\b(?:success|stopping|kill|go/no-go|go-no-go|decision|exit) (?:criterion|criteria|"
        r"threshold|bar|rule|point)\b|"
        r"\b(?:abandon|drop|shelve|kill) (?:that|the|this|my) "
        r"(?:idea|direction|theory|hypothesis|approach)\b|"
        r"\btheory is wrong\b|\b(?:fixed|decided|set|agreed) (?:in advance|beforehand|up front)\b"
    ),
    StoryAct.EXPERIMENT: (
        r"\b" + _WOULD + r"\b[^.;]{0,60}\b(?:test|run|compare|measure|evaluate|build|try|pilot|"
        r"ablate|label|collect)\b|"
        r"\b(?:the )?first (?:month|weeks?|step|experiment) (?:would|will|is|goes)\b|"
        r"\b(?:pilot|ablation|controlled (?:comparison|experiment)|A/B test|held-out (?:set|test))\b|"
        r"\b(?:ask(?:ed)?|asking) (?:the authors |them )?for|\brequest(?:ed)?\b|\bwant(?:ed)? to see\b|"
        r"\b(?:several|more|multiple|three|five) (?:seeds|runs)\b"
    ),
    StoryAct.PRIORITIZE: (
        r"\bprioriti[sz](?:e|ed|ing)\b|\bpriorit(?:y|ies)\b|\brank(?:ed|ing)? (?:the |my |our )?"
        r"(?:ideas|options|work|directions|them|by)\b|\bimpact (?:per|against|versus|vs\.?|times)\b|"
        r"\b(?:ahead of|come[s]? first|go(?:es)? first|before anything else|order (?:the|my) work)\b|"
        r"\btimes (?:the )?failure rate\b|\bpayoff\b"
    ),
    StoryAct.LONG_TERM: (
        r"\b(?:longer[- ]term|long[- ]run|in the long term|eventually|the bigger question|"
        r"open question|beyond (?:that|this project))\b|"
        r"\bwhether\b[^.;]{0,100}\b(?:generali[sz]es?|holds?|carr(?:y|ies) over|transfers?|scales?)\b"
    ),
    StoryAct.ALTERNATIVES: (
        r"\b(?:alternatives?|options?|candidates?|approaches)\b[^.;]{0,80}\b(?:considered|weighed|"
        r"looked at|ruled out|rejected|dropped)\b|"
        r"\b(?:I|we) (?:\w+ )?(?:considered|weighed|ruled (?:\w+ )?out|rejected)\b|"
        r"\b(?:one|the (?:first|second|third|other)|another) (?:alternative|option|candidate|approach)\b|"
        r"\bruled (?:it|them|that|this) out\b|\bdrawbacks?\b|\b(?:I|we) looked at\b|\bbut (?:brittle|"
        r"slow|costly|too)\b"
    ),
    StoryAct.COMPARISON: (
        r"\b(?:bake-?off|pilot|prototyped?|head-to-head|side by side)\b|"
        r"\b(?:I|we) (?:\w+ )?(?:ran|tried|tested|compared|benchmarked|evaluated|prototyped) "
        r"(?:both|all|each|the (?:two|three|four)|them|every)\b|"
        r"\bon the same (?:data|set|split|splits|folds|validation|test|held-out|benchmark|examples|"
        r"tasks|sample)\b|"
        r"\b(?:deciding|decisive|quick|cheap|small) (?:experiment|test|comparison|trial)\b|"
        r"\breplay(?:ed|ing)?\b[^.;]{0,40}\blogs?\b"
    ),
    StoryAct.ASSUMPTION: (
        r"\bassum(?:ed|es|e|ption|ptions|ing)\b|\btakes? for granted\b|\bpremise\b|\brel(?:y|ies|ied) on\b"
    ),
    StoryAct.CHECKS: (
        r"\b(?:re-?ran|rerun|re-run|reran|different seeds|(?:three|five|\d+) seeds|sanity[- ]check(?:ed)?|"
        r"checked (?:for )?(?:bugs|the pipeline|the code|the data|that|whether)|same (?:settings|config|"
        r"data|hyperparameters|prompts)|end to end|verified|double-checked|ruled out (?:a )?bugs?|"
        r"looked for (?:a )?bugs?|identical (?:settings|data|config)|made sure both)\b"
    ),
    StoryAct.SCOPE: (
        r"\bonly (?:tested|evaluated|ran|measured|looked|checked|studied)\b|"
        r"\b(?:may|might|would|could) not (?:generali[sz]e|hold|transfer|carry over|apply)\b|"
        r"\b(?:doesn't|does not|won't|didn't) (?:necessarily )?(?:generali[sz]e|hold|transfer|carry over)\b|"
        r"\b(?:limited to|on scope|caveat|I'd not claim|I wouldn't claim|I would not claim|not that)\b|"
        r"\bone (?:corridor|dataset|domain|language|model|hospital|site|city|benchmark|setting|team)\b|"
        r"\b(?:might|may|could) (?:behave|work|look) differently\b|\bwould need more\b|\bbefore I'd claim\b"
    ),
    StoryAct.SHARED: (
        r"\b(?:wrote (?:it |this |that |the \w+ )?up|write-?up|shared|published|posted|presented|"
        r"documented|blog(?:ged)?|wiki|report(?:ed)? (?:it|the|our)|shifted our (?:plan|focus|effort)|"
        r"(?:dropped|abandoned|shelved) (?:that|the|this) (?:direction|idea|line))\b"
    ),
    StoryAct.IMPACT: (
        r"\b(?:shipped|deployed|went live|in production|adopted|rolled out|now (?:use|uses|runs?)|"
        r"used (?:it|by|in)|changed (?:the|our|their|its|his|her) (?:recommendation|plan|decision|roadmap|"
        r"practice|protocol|process|policy|guidelines?|workflow)|"
        r"other teams|the city|customers|users|started using|went into)\b"
    ),
    StoryAct.PRIOR_WORK: (
        r"\b(?:published|prior|previous|earlier|related|reported) (?:work|results?|methods?|papers?|"
        r"numbers|baselines?|gains?)\b|\bliterature\b|\bstate of the art\b|\bSOTA\b|"
        r"\b(?:other|earlier) (?:groups|papers|labs|studies)\b"
    ),
    # Where the work fails: "it fails on sarcasm", "its accuracy drops sharply on long documents".
    StoryAct.WEAKNESS: (
        r"\b(?:fails?|failed|breaks?|broke|struggles?|struggled|degrades?|degraded|falls? apart|"
        r"(?:is|was|are|were) (?:weakest|worst|unreliable))\b[^.;]{0,60}\b(?:on|for|with|when|where|in)\b|"
        r"\b(?:weak (?:spot|point)s?|weakness(?:es)?|failure (?:mode|case|that|where)s?|"
        r"most concrete failure|only works|(?:main|biggest|key|real|one) (?:limitation|weakness)|"
        r"limitation is|too many (?:false \w+|errors|mistakes|failures)|"
        r"poor (?:accuracy|quality|recall|precision|performance))\b|"
        r"\b(?:accuracy|error(?: rate)?|recall|precision|score|performance|sensitivity|quality)\b"
        r"[^.;]{0,40}\b(?:drops?|dropped|falls?|fell|doubles?|doubled|collapses?|collapsed)\b"
    ),
    # What the work had to live with: "a two week deadline", "only 4,000 labelled cases and one
    # GPU", "it had to run in under ten milliseconds", "far too slow".
    StoryAct.CONSTRAINTS: (
        r"\b(?:deadline|budget|latency|constraints?|too (?:slow|expensive|costly|big)|"
        r"had to (?:run|fit|answer|respond|score|work)|ruled out)\b|"
        r"\b(?:only|just|about|a|one|a single|two|three|four|few|\d[\d,]*) (?:hundred |thousand )?"
        r"(?:labell?ed|annotated) (?:pairs|examples|images|cases|samples|items)\b|"
        r"\b(?:one|a single|two|\d+) (?:GPUs?|weeks?|months?)\b|"
        r"\bunder (?:a|one|\d+) (?:second|millisecond|ms)s?\b"
    ),
    # What the weakness means for whoever uses the work: "it shouldn't serve as a standalone
    # screen", "treat differences under three points as noise", "only with a human review".
    StoryAct.CAVEAT: (
        r"\b(?:shouldn't|should not|must not|wouldn't|would not|don't|do not|not be)\b"
        r"(?! hesitate)[^.;]{0,30}"
        r"\b(?:use[ds]?|deploy(?:ed)?|trust(?:ed)?|rel(?:y|ied) on|serve as|read|treated)\b|"
        r"\btreat\b[^.;]{0,60}\bas (?:noise|unreliable|a rough)\b|\bonly with (?:a|an)\b|"
        r"\bfall(?:s)? back\b|\bhuman review\b|\b(?:tell|told|warn|warned) (?:users|them)\b|"
        r"\b(?:users|people) should (?:be told|know)\b|\bunreliable (?:on|for|with)\b"
    ),
    # A result given with its size: "a macro-F1 of about 0.78", "recall rose from 70 to 80
    # percent", "cut the error rate by a third".
    StoryAct.MEASURED: (
        r"\b(?:accuracy|precision|recall|F1|AUC|AUROC|BLEU|ROUGE|error(?: rate)?|win rate|pass rate|"
        r"perplexity|latency|throughput|click-through(?: rate)?|CTR|mAP|sensitivity|specificity|"
        r"success rate|hit rate|NDCG|MRR|exact match)\b[^.;]{0,40}?(?:\d|\b(?:a |by )?(?:half|a third|"
        r"a quarter|two|three|four|five|ten|twenty)\b)|"
        r"\bfrom (?:about |around )?\d[\d.,]*\s*(?:%|percent)? to (?:about |around )?\d|"
        r"\b\d[\d.,]*\s*(?:%|percent(?:age)?|points?)\b[^.;]{0,30}\b(?:better|higher|lower|more|fewer|"
        r"gain|improvement|reduction)\b|"
        r"\b(?:scored|reached|got|achieved|hit) (?:about |around |roughly |only |just )?\d|"
        r"\b(?:halved|doubled|tripled|cut (?:\w+ ){0,4}by (?:about |around |roughly )?(?:half|a third|"
        r"a quarter|\d))\b"
    ),
    StoryAct.OWNERSHIP: (
        _OWNED.pattern
        + r"|\bI (?:took|take|accepted) (?:full |the |personal )?(?:responsibility|ownership|the blame)\b|"
        r"\b(?:was|it was) my (?:call|decision|plan|change|promise)\b|"
        r"\bnaming my (?:own )?(?:change|part|mistake|role)\b|"
        r"\bincluding my own (?:missteps|mistakes|part)\b|\bwas my part\b|\bmy own part\b"
    ),
    StoryAct.PROCESS_FIX: (
        r"\b(?:added|made|wrote|built|put in|introduced|created|set up)\b[^.;]{0,60}\b(?:checks?|checklists?|"
        r"rules?|tests?|steps?|gates?|guards?|alerts?|process|playbook|templates?|"
        r"reviews?)\b[^.;]{0,60}\b(?:every|"
        r"each|any|all|automatically|mandatory|required|before)\b|\b(?:runs|run) automatically\b|"
        r"\bchanged (?:the|our|my) (?:process|pipeline|planning|review|workflow|release|habit)\b|"
        r"\b(?:changing|fixed|fixing) (?:the|our|my) (?:process|underlying cause|root cause|habit)\b|"
        r"\b(?:added|put) (?:it|that|this|the \w+) (?:to|into) (?:our|the|my) (?:\w+ )?(?:checklist|playbook|"
        r"template|process|pipeline|runbook|review)\b|\b(?:added|wrote down|adopted) (?:a|"
        r"two|three|new) rules?\b|"
        r"\benforced\b|"
        r"\b(?:made|make) (?:it|that|the \w+) (?:mandatory|required|a rule|part of)\b"
    ),
    StoryAct.THEIR_INTERESTS: (
        r"\b(?:they|their|her|his|the team's|the agents') (?:cared|care|own|goals?|targets?|incentives?|"
        r"metrics?|priorities|worries|pain)\b|\b(?:were|was|are|is) (?:measured|judged|"
        r"rewarded|paid) (?:on|by)\b|"
        r"\bwhat (?:they|she|he|the \w+) (?:cared|wanted|would gain|gained|needed)\b|\bwhat's in it for\b|"
        r"\b(?:in|on) (?:their|her|his) terms\b|\bin terms of what\b|\bin it for (?:them|their|her|him)\b|"
        r"\b(?:cut|save|saved|reduce|reduced|spare) (?:them|their|her|his)\b"
    ),
    StoryAct.EARLY_WORD: (
        r"\b(?:told|emailed|sent|informed|warned|messaged|wrote to|went to|called|"
        r"flagged (?:it )?to)\b[^.;]{0,100}"
        r"\b(?:the same day|that (?:same )?day|that morning|that afternoon|early|right away|immediately|"
        r"at once|within (?:the|an|a|\w+) (?:hour|day)s?|ahead|so (?:they|nobody|"
        r"no one) (?:could|would|knew)|"
        r"while there was (?:still )?time|before (?:the|it|anyone)|well ahead)\b|"
        r"\blet (?:the |my |our )?\w+(?: \w+)? know\b[^.;]{0,60}\b(?:ahead|early|before)\b"
    ),
}
ACTS: dict[StoryAct, re.Pattern[str]] = {
    act: re.compile(p, re.IGNORECASE) for act, p in _ACT_PATTERNS.items()
}


# A denial just before an act, in its clause ("We never considered other options", "It was not
# my fault"): the act is not done. Acts whose cues carry their own "not" (a stopping rule: "isn't
# worth it"; a scope: "may not generalize"; a hypothesis: "a data problem, not the model") are
# read as they are; "shouldn't have" is regret, which ownership is.
_DENIAL = re.compile(
    r"\b(?:not|never|no|nobody|none|neither|nor|without|didn't|don't|doesn't|wasn't|weren't|isn't|"
    r"haven't|hadn't|won't|wouldn't|couldn't|can't|cannot)\b",
    re.IGNORECASE,
)
_SELF_DENYING = {StoryAct.DECISION_RULE, StoryAct.SCOPE, StoryAct.HYPOTHESIS, StoryAct.CAVEAT}
_DENIAL_WINDOW = 10  # words before the act, within its clause


def _act_denied(sentence: str, start: int, end: int) -> bool:
    clause = re.split(r"[,;:]", sentence[:start])[-1]
    before = " ".join(clause.split()[-_DENIAL_WINDOW:])
    return bool(_DENIAL.search(before) or _DENIAL.search(sentence[start:end]))


def story_acts(sentences: Sequence[str], full_words: int = 12) -> dict[StoryAct, int]:
    """For each act some sentence does, and does not deny, the index of the first sentence doing
    it in full with a number ("long-tail items got 20 percent fewer impressions"), else the first
    doing it in full (``full_words`` words or more: "It fails most on darker skin" is a cue, the
    sentence with the numbers after it the act), else the first doing it at all.

    A cue followed by a sentence in full ("The most concrete failure is weak tests. When I
    mutated the reference solutions, 12 percent of the mutants still passed.") is the act told in
    that next sentence.
    """

    def rank(sentence: str) -> int:
        return (2 if states_number(sentence) else 1) if len(sentence.split()) >= full_words else 0

    found: dict[StoryAct, tuple[int, int]] = {}  # act -> (rank, index)
    for index, sentence in enumerate(sentences):
        told_at = index
        if not rank(sentence) and index + 1 < len(sentences) and rank(sentences[index + 1]):
            told_at = index + 1
        told_rank = rank(sentences[told_at])
        for act, pattern in ACTS.items():
            if act in found and found[act][0] >= told_rank:
                continue
            for match in pattern.finditer(sentence):
                if act in _SELF_DENYING or not _act_denied(sentence, match.start(), match.end()):
                    found[act] = (told_rank, told_at)
                    break
    return {act: index for act, (_, index) in found.items()}
