"""Tokens of a sentence and the closed-class English words the rules look at.

Rules read a few words around a trigger; tokens carry their offsets into the source text
so everything the rules decide can be pointed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+(?:[-'’./]\w+)*(?:['’]s?)?|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    return [
        Token(m.group(), m.start(), m.end(), m.group().lower().replace("’", "'"))
        for m in _TOKEN.finditer(text, start, end)
    ]


def words(*groups: str) -> frozenset[str]:
    return frozenset(w for g in groups for w in g.split())


DETERMINERS = words("a an the this that these those its their his her our my your whose")
GENERIC_DETERMINERS = words("any every each such all")
DEFINITE = words("the this that these those its their his her our my your")
NEGATIVE_DETERMINERS = words("no")
# Words that rank an event among others of a period ("the second attack on the base this
# year", "one of the deadliest assaults in recent years").
RANKERS = words(
    "first second third fourth fifth sixth latest deadliest worst biggest largest bloodiest",
    "heaviest fiercest most",
)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
}  # fmt: skip
PREPOSITIONS = words(
    "of in on for after before during since by with from against despite amid amidst following "
    "over about into at under behind like than as toward towards without near between through "
    "upon among"
)
MODALS = words("will would could should can may might must shall 'll 'd wo ca")
HYPOTHETICAL_MODALS = words("could should can may might must")
AUXILIARIES = words("do does did is are was were be been being has have had")
PRONOUNS = words("they he she it we i you who which that")
NEGATORS = words("not n't never no neither nor")
# Verbs that give a toll: "air strikes ... killed at least 25".
TOLL_VERBS = words("killed wounded injured hurt died")
# The auxiliary of a perfect: "talks have since been held".
PERFECT = words("has have had 've")
ADVERBS = words(
    "also reportedly allegedly then later earlier again already just still even only first "
    "recently previously jointly briefly finally personally directly subsequently actually "
    "quickly immediately repeatedly deliberately secretly apparently soon eventually likely "
    "probably shortly possibly"
)
# Verbs of condemnation: their object is an event the story has told.
CONDEMNING = words(
    "condemn condemns condemned condemning denounce denounces denounced denouncing deplore "
    "deplores deplored deploring"
)

REPORTING = words(
    "said says say told tells tell announced announces reported reports stated added "
    "adds according confirmed confirms claimed claims accused accuses blamed blames warned "
    "warns urged urges condemned condemns denied denies criticized criticised wrote writes "
    "tweeted posted insisted noted explained declared vowed pledged demanded called disputed "
    "regretted apologized apologised rejected welcomed hailed"
)
# Verbs that take an event noun as object ("wants talks", "hosted the summit"): a noun phrase
# does not reach back over them.
OBJECT_VERBS = words(
    "want wants wanted seek seeks sought propose proposes proposed offer offers offered "
    "urge urges urged demand demands demanded reject rejects rejected welcome welcomes "
    "welcomed support supports supported oppose opposes opposed favor favors favour favours "
    "need needs prefer prefers hold holds held host hosts hosted attend attends attended "
    "lead leads led join joins joined resume resumes resumed begin begins began start starts "
    "started open opens opened end ends ended conclude concludes concluded announce announces "
    "announced plan plans planned schedule schedules skip skips skipped boycott boycotts "
    "boycotted cancel cancels cancelled canceled postpone postpones postponed condemn "
    "condemns condemned launch launches launched carry carries carried conduct conducts "
    "conducted claim claims claimed deny denies denied threaten threatens threatened vow vows "
    "vowed pledge pledges pledged promise promises promised"
)
# Past tenses that do not end in "-ed" ("a bombing that tore through a market").
IRREGULAR_PAST = words(
    "began blew broke brought came caught drew drove fell fled fought froze gave hit held "
    "kept killed laid led left lost made met ran rang sank saw sent set shook shot slew "
    "spread stood stole struck swept took threw tore went woke wounded"
)
SUBORDINATORS = words(
    "which who whom whose where while whereas although though because if unless when whenever "
    "after before since until till once as but and so that"
)
QUOTES = frozenset("\"“”'‘’")
CLAUSE_PUNCT = frozenset(',;:—–()[]"“”')


def object_verb_at(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is a verb of ``OBJECT_VERBS`` used as a verb: not a participle after a
    determiner or an adverb ("the recently concluded meetings", "the planned talks")."""
    t = tokens[k].lower
    if t not in OBJECT_VERBS:
        return False
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if nxt in DETERMINERS or nxt.endswith("'s"):
        return True  # "the network that planned Sunday's attack": a determiner starts its object
    if k > 0 and (t.endswith("ed") or t in ("held", "led", "sought")):
        p = tokens[k - 1].lower
        return not (p in DETERMINERS or p in ADVERBS or p.endswith("ly") or p.endswith("'s"))
    return True


def is_capitalised(token: Token) -> bool:
    """A capital initial, or one after a lower-case particle of a name ("al-Sisi")."""
    t = token.text
    return t[:1].isupper() or (t[:3] in ("al-", "el-") and t[3:4].isupper())


def number_value(token: str) -> int | None:
    """Integer of a number token ('18', '1,200', 'forty', 'twenty-one'), else None."""
    t = token.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if "-" in t:
        a, _, b = t.partition("-")
        if a in NUMBER_WORDS and b in NUMBER_WORDS and NUMBER_WORDS[a] >= 20:
            return NUMBER_WORDS[a] + NUMBER_WORDS[b]
    return None
