"""Trigger words in a sentence: which taxonomy phrase, as noun or verb, in what context.

A trigger form alone is ambiguous ("strike" of workers, "attack" as criticism, "talks" as a
verb); the part of speech comes from the neighbouring words and the sense from the context
lexicons the taxonomy entry requires or excludes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.events.taxonomy import (
    BASE,
    GERUND,
    NOUN,
    PAST,
    PLURAL,
    S3,
    VERB,
    Context,
    FormEntry,
    Taxonomy,
    TriggerRule,
    normalise,
    slot_keys,
)
from extractors.events.words import (
    ADVERBS,
    AUXILIARIES,
    CLAUSE_PUNCT,
    CONDEMNING,
    DEFINITE,
    DETERMINERS,
    GENERIC_DETERMINERS,
    IRREGULAR_PAST,
    MODALS,
    NEGATIVE_DETERMINERS,
    NEGATORS,
    PREPOSITIONS,
    QUOTES,
    Token,
    is_capitalised,
    number_value,
    object_verb_at,
    words,
)

_TIME_DETERMINERS = words("this that next last every each")
_TIME_NOUNS = words(
    "week weekend month year morning afternoon evening night day spring summer autumn fall "
    "winter monday tuesday wednesday thursday friday saturday sunday"
)
_VERB_SUBJECTS = frozenset(["he", "she", "it", "who", "they", "we", "i", "you"])
_ADJECTIVE_ENDINGS = ("ous", "ive", "ful", "ent", "ant", "ial", "ary", "ic", "al")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger accepted in its sentence, before status and dating."""

    rule: TriggerRule
    form: str  # base | plural | s3 | past | gerund
    pos: str  # noun | verb
    text: str
    start: int
    end: int
    first: int  # index of its first token in the sentence tokens
    last: int  # index of its last token


# The types of violence a passive with no agent is told of ("the vehicle was hit").
STORY_TYPES = frozenset(["strike", "attack"])


def token_index(tokens: list[Token], offset: int) -> int:
    """Index of the first token that ends after ``offset``."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


# Quantity words an object may open with before its head: "meeting a variety of needs".
_QUANTITY_OF = words("variety range number host set series all most some each any both")


def _satisfy_gerund(taxonomy: Taxonomy, tokens: list[Token], first: int, last: int) -> bool:
    """A bare "meeting" whose object is a thing met is to satisfy it, not a meeting:
    "capable of meeting a variety of contingencies", "problems meeting capital
    requirements" (not "a meeting of ministers", "meeting Mr Varn", "meeting with X")."""
    if first != last or tokens[first].lower != "meeting" or "things_met" not in taxonomy.contexts:
        return False
    if first > 0 and (tokens[first - 1].lower in DETERMINERS or _is_possessive(tokens[first - 1])):
        return False
    pattern = taxonomy.contexts["things_met"].pattern
    for j in range(last + 1, min(len(tokens), last + 8)):
        t = tokens[j]
        if not t.text[:1].isalnum() or is_capitalised(t) or t.lower == "with":
            return False
        if t.lower in PREPOSITIONS and not (
            t.lower == "of" and tokens[j - 1].lower in _QUANTITY_OF
        ):
            return False
        if pattern.fullmatch(t.text):
            return True
    return False


def _is_possessive(token: Token) -> bool:
    return token.lower.endswith(("'s", "s'")) and len(token.lower) > 2


# Words naming the kind of a munition before its noun: "artillery shells", "mortar rounds".
_MUNITION_KINDS = frozenset("artillery mortar tank howitzer cannon".split())
# Craft whose plural is the subject of a present-tense verb in a timeline ("Warplanes bomb").
_CRAFT = frozenset("aircraft warplanes jets planes drones helicopters gunships bombers".split())
# Past verbs of a munition's impact: the word before them is a noun ("shells fell").
_IMPACT_VERBS = frozenset(
    "fell landed hit struck exploded slammed rained killed wounded damaged destroyed tore "
    "ripped smashed crashed".split()
)
# Words that open the object of a verb and rarely follow a noun: "attacks the city".
_OBJECT_DETERMINERS = frozenset("the a an its their his her".split())
# Objects no noun takes: "and strike what Rabat calls military targets".
_FREE_RELATIVES = frozenset("what whatever whoever anyone anything".split())


def _premodified(tokens: list[Token], first: int, last: int) -> bool:
    """Up to three modifiers lie between a determiner and a gerund with its preposition ("a
    bilateral meeting with", "a sector commander-level flag meeting with"): a noun. A plural
    or a verb between them is a subject and its verb ("the leaders began meeting with")."""
    if last == first or tokens[last].lower not in PREPOSITIONS:
        return False
    k = first - 1
    while k >= 0 and first - k <= 4:
        w = tokens[k]
        if w.lower in DETERMINERS or _is_possessive(w):
            return k < first - 1
        if (
            not w.text[:1].isalnum()
            or w.lower in AUXILIARIES
            or w.lower in MODALS
            or w.lower in PREPOSITIONS
            or w.lower in ("and", "or", "but")
            or object_verb_at(tokens, k)
            or (w.lower.endswith("s") and "-" not in w.lower)
        ):
            return False
        k -= 1
    return False


def _object_follows(tokens: list[Token], last: int) -> bool:
    """A name or a determiner right after the word: the object of a verb."""
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return nxt is not None and (is_capitalised(nxt) or nxt.lower in _OBJECT_DETERMINERS)


def _decide_pos(tokens: list[Token], first: int, last: int, entries: tuple[FormEntry, ...]) -> str:
    poses = {e.rule.pos for e in entries}
    forms = {e.form for e in entries}
    prev = tokens[first - 1] if first > 0 else None
    if (
        prev is not None
        and prev.text in "\"“‘'"
        and first > 1
        and tokens[first - 2].lower in MODALS
    ):
        prev = tokens[first - 2]  # 'warned that it would "strike the army"': the modal decides
    p = prev.lower if prev else ""
    if poses == {NOUN}:
        return VERB if p in _VERB_SUBJECTS else NOUN
    # "M23 shells fell on Sake": a verb follows, so this is its subject
    nxt_impact = last + 1 < len(tokens) and tokens[last + 1].lower in _IMPACT_VERBS
    if (
        poses == {VERB}
        and forms == {S3}
        and (
            prev is None
            # (not the verb after an aside: "The committee, known as the mechanism, meets";
            # "Admiral Carl Mercer, head of Southern Command, meets Trinidad's prime minister")
            or (
                not prev.text[:1].isalnum()
                and _before_aside(tokens, first) == first
                and not (p == "," and _object_follows(tokens, last))
            )
            or p in DETERMINERS
            or p in GENERIC_DETERMINERS
            or number_value(p) is not None
            or p in _MUNITION_KINDS
            or nxt_impact
        )
    ):
        # "Shells landed on a school", "— Shells slammed into", "four shells hit", "artillery
        # shells hit": a noun
        return NOUN
    if poses == {VERB} and forms != {GERUND}:
        if forms == {BASE} and (
            p in DETERMINERS
            or p in ("by", "of", "via", "per", "another")
            or (nxt_impact and p not in MODALS and p not in AUXILIARIES and p != "to")
        ):
            # "by phone", "the phone", "another shell", "a mortar shell struck", "a Serb shell
            # killed 71": a noun the verb entry does not cover
            return NOUN
        return VERB
    noun_forms = {e.form for e in entries if e.rule.pos == NOUN}
    if PAST in forms and not noun_forms & {BASE, PLURAL}:
        return VERB
    if prev is None:
        return NOUN
    k = first - 1
    while k > 0 and tokens[k].lower in ADVERBS:
        k -= 1  # "will soon also visit": the word before the adverbs decides
    if k < first - 1 and (
        tokens[k].lower in MODALS or tokens[k].lower in AUXILIARIES or tokens[k].lower == "to"
    ):
        return VERB
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if GERUND in forms:
        if p in DETERMINERS or _is_possessive(prev) or _premodified(tokens, first, last):
            return NOUN  # "Tuesday's meeting that ...", "a meeting with publishers"
        if p in ("been", "is", "are", "was", "were") and VERB in poses:
            return VERB  # "rebels have been shelling government positions"
        after = tokens[last + 2].lower if last + 2 < len(tokens) else ""
        if (
            nxt is not None
            and (
                nxt.lower in DETERMINERS or nxt.lower in GENERIC_DETERMINERS or is_capitalised(nxt)
            )
            and not (nxt.lower in _TIME_DETERMINERS and after in _TIME_NOUNS)
            # "the Olympic bombing that killed one": "that" opens a relative clause
            and not (
                nxt.lower in ("that", "which")
                and (
                    after.endswith("ed")
                    or after in IRREGULAR_PAST
                    or after in AUXILIARIES
                    or after in MODALS
                )
            )
        ):
            return VERB  # "meeting the minister", not "a council meeting this week"
        return NOUN if NOUN in poses else VERB
    if p == "to":
        return NOUN if PLURAL in forms and S3 not in forms and BASE not in forms else VERB
    if (
        p in DETERMINERS
        or p in GENERIC_DETERMINERS
        or p in NEGATIVE_DETERMINERS
        or p in PREPOSITIONS
        or _is_possessive(prev)
        or number_value(p) is not None
    ):
        return NOUN
    if p in MODALS or p in AUXILIARIES or p in _VERB_SUBJECTS or p in NEGATORS:
        return VERB
    if p in _CRAFT and BASE in forms and VERB in poses and _object_follows(tokens, last):
        return VERB  # "Government aircraft bomb the outskirts", "Warplanes bomb Nasir"
    if (
        (S3 in forms or (BASE in forms and p in ("and", "or")))
        and nxt is not None
        and (nxt.lower in _OBJECT_DETERMINERS or nxt.lower in _FREE_RELATIVES)
        and not (last + 2 < len(tokens) and tokens[last + 2].lower in _TIME_NOUNS)
    ):
        # "If the RSF attacks the city", "to seize the town and attack the base": a verb with
        # its object
        return VERB
    if (
        (is_capitalised(prev) and first > 1 and not _opens_entry(tokens, first - 1))
        or p.endswith(_ADJECTIVE_ENDINGS)
        or p.endswith("-")
    ):
        return NOUN
    if p.endswith("s") and not p.endswith("ss") and prev.text.isalpha():
        return VERB
    return NOUN


def _opens_entry(tokens: list[Token], k: int) -> bool:
    """Token ``k`` opens a timeline entry or a heading's text after a dash or a colon ("Jan 2 -
    Troops capture Kilinochchi"): capitalised as a first word, not as a name."""
    return tokens[k - 1].text in ("-", "–", "—", ":")


def _window_span(
    tokens: list[Token], first: int, last: int, window: int, side: str = "both"
) -> tuple[int, int]:
    if window <= 0:
        a, b = tokens[0].start, tokens[-1].end
    else:
        a = tokens[max(0, first - window)].start
        b = tokens[min(len(tokens) - 1, last + window)].end
    if side == "before":
        b = tokens[last].end
    elif side == "after":
        a = tokens[first].start
    return a, b


def _window_text(
    text: str, tokens: list[Token], first: int, last: int, window: int, side: str = "both"
) -> str:
    a, b = _window_span(tokens, first, last, window, side)
    return text[a:b]


LAUNCHED = words("fired launched lobbed")
# How far back a reduced relative may open: "a rocket fired from the Gaza Strip slammed".
_LAUNCH_REACH = 8


def before_launch(tokens: list[Token], first: int) -> int:
    """Where the subject's words end when a reduced relative of launch stands between them
    and the verb ("a rocket fired from Gaza hit", "shells fired by rebels from the hills
    landed"): the participle, else the trigger itself."""
    for k in range(first - 1, max(0, first - _LAUNCH_REACH) - 1, -1):
        if not tokens[k].text[:1].isalnum():
            break
        if tokens[k].lower in LAUNCHED and tokens[k + 1].lower in ("from", "by"):
            return k
    return first


# How far back a parenthetical between a subject and its verb may open.
_ASIDE_REACH = 16


def _before_aside(tokens: list[Token], first: int) -> int:
    """Where the subject's words end when a parenthetical set off by commas stands between
    them and the verb ("The bomb, hidden in a three-wheeler parked by the roadside, exploded
    as the car passed"): the opening comma, when a participle or relative pronoun follows it;
    else ``first``."""
    if first < 2 or tokens[first - 1].text != ",":
        return first
    for k in range(first - 2, max(0, first - _ASIDE_REACH) - 1, -1):
        if tokens[k].text in ".;:":
            break
        if tokens[k].text == ",":
            opener = tokens[k + 1].lower
            if opener in ("which", "who", "that") or opener.endswith(("ed", "en", "wn")):
                return k
            # a comma after a lower-case word may be a list inside the aside ("The
            # assailants, armed with machetes, spears and firearms, stormed the site")
            if not (k > 0 and tokens[k - 1].text[:1].isalnum() and tokens[k - 1].text.islower()):
                break
    return first


def _context_ok(
    taxonomy: Taxonomy,
    rule: TriggerRule,
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    anaphoric_ok: bool,
) -> bool:
    for name in rule.excludes:
        ctx = taxonomy.contexts[name]
        if _excluding(ctx, text, tokens, first, last) and not _unless(
            ctx, text, tokens, first, last
        ):
            return False
    if not rule.requires or anaphoric_ok:
        return True
    return all(
        _any_context(taxonomy, names, text, tokens, first, last)
        for names in (rule.requires, rule.requires_also)
        if names
    )


def _excluding(ctx: Context, text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A word of the context in its window, the trigger itself aside ("shells strike a
    hospital": the "strike" of a subject that is no device is not the verb's own)."""
    a, b = _window_span(tokens, first, last, ctx.window, ctx.side)
    own = (tokens[first].start, tokens[last].end)
    return any(m.span() != own for m in ctx.pattern.finditer(text, a, b))


def _any_context(
    taxonomy: Taxonomy,
    names: tuple[str, ...],
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
) -> bool:
    """One of the contexts ``names`` occurs in its window around the trigger."""
    # a subject's context reaches past a reduced relative of launch ("a rocket fired from ...")
    # and past a parenthetical ("The bomb, hidden in a car, exploded")
    subject_start = _before_aside(tokens, before_launch(tokens, first))
    for name in names:
        ctx = taxonomy.contexts[name]
        start = subject_start if ctx.side != "after" else first
        window = _window_text(text, tokens, start, last, ctx.window, ctx.side)
        # the trigger itself does not count as its own context
        trig = text[tokens[first].start : tokens[last].end]
        if ctx.pattern.search(window.replace(trig, " ", 1)) and not _unless(
            ctx, text, tokens, first, last
        ):
            return True
    return False


def _unless(ctx: Context, text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A word of the context's ``unless`` in the six words before the trigger cancels it."""
    return bool(
        ctx.unless and ctx.unless.search(_window_text(text, tokens, first, last, 6, "before"))
    )


_TITLES = words(
    "president minister prime foreign defense defence secretary general gen gen. chief "
    "commander ambassador envoy counterpart king queen prince senator chairman chancellor "
    "premier leader adm adm. admiral col colonel lt director mr mr. mrs mrs. ms ms. dr dr. "
    "mediator mediators envoys generals ministers ambassadors counterparts leaders speaker "
    "delegation delegations emir sheikh negotiator negotiators archbishop bishop imam cardinal "
    "patriarch mufti chairperson chairwoman coordinator representative representatives"
)
# Words between a host and a planned "receive": "the president is due to receive ...".
_PLAN_TO = words("to due expected set scheduled slated going")
_NOT_NAMES = words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
_PERSON_SUBJECTS = words("he she they who i we")
# Words before a title that keep it one ("interim president", "former prime minister").
_TITLE_MODIFIERS = words("interim acting former outgoing incoming new caretaker deputy vice")
_VICTIM_TITLES = words(
    "journalist activist cleric judge mayor governor lawmaker politician businessman "
    "official spokesman candidate"
)
# Words that open a count of victims: "the killing of scores of civilians".
_VICTIM_COUNTS = words("dozens scores hundreds thousands more over nearly almost at")
_AFTER_CALL = words("and to but twice again yesterday today tonight late early last this")


# Words between a host and its contact verb: "Erdogan himself had received".
_REFLEXIVES = words("himself herself themselves")
# A group whose members are received: "received members of the party's delegation".
_MEMBERS = words("members")
# What may follow a title that ends the object: "received the president at ...", "called both
# generals this week", "received the commander of the French force", "a delegation led by".
_AFTER_TITLE = words(
    "at in on for to and after before during this last yesterday today late early later "
    "earlier of led with"
)


def _titled_after(tokens: list[Token], j: int) -> bool:
    """A title heads the phrase at ``j`` ("opposition leader", "foreign minister"), then a
    name or the end of the phrase follows."""
    for k in range(j, min(len(tokens), j + 4)):  # ("the Chinese and Japanese foreign ministers")
        if tokens[k].lower in _TITLES or (
            # "the head of the UN mission"
            tokens[k].lower == "head" and k + 1 < len(tokens) and tokens[k + 1].lower == "of"
        ):
            while k + 1 < len(tokens) and tokens[k + 1].lower in _TITLES:
                k += 1  # "chief negotiator", "prime minister"
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            return (
                nxt is None
                or not nxt.text[:1].isalnum()
                or is_capitalised(nxt)
                or nxt.lower in _AFTER_TITLE
            )
        word = tokens[k].text.replace("’", "'").removesuffix("'s").rstrip("'")
        if not word.isalpha():  # (a possessive: "the rebels' envoy", "the party's delegation")
            return False
    return False


def _title_of(tokens: list[Token], p: int) -> bool:
    """The word at ``p`` ends a title's "of" phrase: "the director general of military
    operations", "the head of the army" (a person who calls, not a thing called)."""
    for k in range(p - 1, max(0, p - 5), -1):
        if tokens[k].lower == "of":
            return tokens[k - 1].lower in _TITLES or tokens[k - 1].lower == "head"
        if not tokens[k].text.isalpha():
            return False
    return False


def _object_ok(tokens: list[Token], first: int, last: int, kind: str | None) -> bool:
    """What the taxonomy entry says must follow the trigger.

    ``person``: a name or title as the object of a contact verb ("called Gen Smith", not
    "called for talks", "called on", "called it", "called the attack a mistake");
    ``place``: a capitalised place ("due in Islamabad", not "due in March");
    ``into``: "into" ends the object ("drove a truck into the gate", not "drove to the scene");
    ``at``: "at" or "towards" follows ("fired a missile at a ship", not "fired a missile into
    the sea"); ``talks``: "of" a series of talks follows ("the sixth round of the strategic
    dialogue"); ``caller``: a person the visitor calls on, not one urged to act ("called on the
    Prime Minister in New Delhi", not "called on the President to cancel the talks").
    """
    if kind is None:
        return True
    j = last + 1
    if kind == "caller":
        if not _object_ok(tokens, first, last, "person"):
            return False
        k = j
        while k < len(tokens) and (
            is_capitalised(tokens[k])
            or tokens[k].lower in _TITLES
            or tokens[k].lower in ("the", "and", ",")
        ):
            k += 1
        rest = [t.lower for t in tokens[k : k + 2]]
        return rest[:1] != ["to"] and rest != ["not", "to"]
    if kind == "person":
        p = first - 1
        while p > 0 and (
            tokens[p].lower in ADVERBS
            or tokens[p].lower in AUXILIARIES
            or tokens[p].lower in _PLAN_TO
            or tokens[p].lower in _REFLEXIVES
        ):
            # "Prince Faisal also called both generals", "Tiani had received", "is due to",
            # "Erdogan himself had received"
            p -= 1
        if p > 0 and tokens[p].text == "," and tokens[p - 1].lower not in _NOT_NAMES:
            p -= 1  # "Oman's foreign minister, Badr Albusaidi, received ..."
        prev = tokens[p] if p >= 0 else None
        if prev is None or not (
            is_capitalised(prev)
            or prev.lower in _PERSON_SUBJECTS
            or prev.lower in _TITLES
            or _title_of(tokens, p)
        ):
            return False
        if j < len(tokens) and tokens[j].text == "(":  # "called (army chief) Gen Smith"
            while j < len(tokens) and tokens[j].text != ")":
                j += 1
            j += 1
        if j >= len(tokens):
            return False
        nxt = tokens[j]
        if (
            nxt.lower in _MEMBERS
            and j + 2 < len(tokens)
            and tokens[j + 1].lower == "of"
            and tokens[j + 2].lower in ("the", "a", "an", "his", "her", "their")
        ):
            j += 2  # "received members of the party's delegation"
            nxt = tokens[j]
        if nxt.lower in _TITLE_MODIFIERS and j + 1 < len(tokens) and tokens[j + 1].lower in _TITLES:
            j += 1  # "received interim president Berhe Kahsay"
            nxt = tokens[j]
        if nxt.lower in ("the", "a", "an", "both", "his", "her", "their") and _titled_after(
            tokens, j + 1
        ):
            # "received the Ukrainian president at the palace", "called both generals",
            # "received a Russian delegation led by"
            return True
        if nxt.lower in _NOT_NAMES or not (is_capitalised(nxt) or nxt.lower in _TITLES):
            return False
        k = j
        while k < len(tokens) and (is_capitalised(tokens[k]) or tokens[k].lower in _TITLES):
            if tokens[k].lower.endswith(("'s", "s'")):
                # "received Dunmore's opposition leader, X" names a person by title; not
                # "called Pakistan's assertions baseless"
                return _titled_after(tokens, k + 1)
            k += 1
        if k >= len(tokens):
            return True
        after = tokens[k]
        if after.text == "." and k + 1 < len(tokens) and tokens[k + 1].text.islower():
            after = tokens[k + 1]  # "called U.S. soldiers ...": the period of an abbreviation
        if after.text in ("-", "--", "—", "–", "(", ","):
            # "called Munero -- who drove a taxi -- a ruffian": past the aside, a predicate
            close = {"(": ")"}.get(after.text, after.text)
            start = k
            while start + 1 < len(tokens) and tokens[start + 1].text == after.text:
                start += 1  # "--" tokenised as two dashes
            end = next(
                (i for i in range(start + 1, min(len(tokens), k + 30)) if tokens[i].text == close),
                None,
            )
            while end is not None and end + 1 < len(tokens) and tokens[end + 1].text == close:
                end += 1  # "--" tokenised as two dashes
            if end is not None and end + 1 < len(tokens) and tokens[end + 1].lower in ("a", "an"):
                return False
        # the name ends the object: "called Gen Smith and", "called Smith on Friday"
        return (
            after.lower in PREPOSITIONS
            or after.lower in _AFTER_CALL
            or after.lower in _NOT_NAMES
            or (not after.text[:1].isalnum() and after.text not in "\"“'‘")
        )
    if kind == "victim":
        return _names_a_victim(tokens, j)
    if kind == "between":
        return j < len(tokens) and tokens[j].lower == "between"
    if kind == "at":  # "fired a ballistic missile at a bulk carrier", "towards Tel Aviv"
        return j < len(tokens) and tokens[j].lower in ("at", "towards", "toward")
    if kind == "place":  # "entered the city before dawn", "the buffer zone"
        if j + 1 < len(tokens) and tokens[j].lower == "the" and _place_noun(tokens, j + 1, _PLACES):
            return True
        return _names_place(tokens, j)
    if kind == "named_place":  # "entered Goma", "the Abu Shouk camp", "the town of Debre Tabor"
        if j + 1 < len(tokens) and tokens[j].lower == "the":
            if (
                tokens[j + 1].lower in _AREAS
                and j + 3 < len(tokens)
                and tokens[j + 2].lower == "of"
            ):
                return _names_place(tokens, j + 3)
            return _names_place(tokens, j + 1)
        return _names_place(tokens, j)
    if kind == "area":  # "entered the Mangai area", "three villages", "villages in Hitadipa"
        k = j + 1 if j < len(tokens) and tokens[j].lower in _AREA_DETERMINERS else j
        return _place_noun(tokens, k, _AREAS) or _names_place(tokens, j)
    if kind == "talks":  # "the next round of the strategic dialogue", not "a round of voting"
        if j >= len(tokens) or tokens[j].lower != "of":
            return False
        for tok in tokens[j + 1 : j + 8]:
            if tok.lower in _SERIES_HEADS:
                return True
            if not tok.text[:1].isalnum() or tok.lower in _OBJECT_STOPS:
                return False
        return False
    if kind == "into":  # "drove a car packed with explosives into a line of recruits"
        for tok in tokens[j : j + 8]:
            if tok.lower == "into":
                return True
            if not tok.text[:1].isalnum():
                return False
        return False
    return True


# Common nouns of places a force enters.
_PLACES = words(
    "city town village camp district neighborhood neighbourhood compound house hospital market "
    "refugee outskirts enclave settlement zone territory"
)
# Common nouns of the places a state's forces enter, singular and plural.
_AREAS = _PLACES | words(
    "area valley suburb farm centre center cities towns villages camps districts "
    "neighborhoods neighbourhoods suburbs farms"
)
_AREA_DETERMINERS = words("the a an several two three four five six some many")


def _names_place(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and is_capitalised(tokens[j]) and tokens[j].lower not in _NOT_NAMES


def _place_noun(tokens: list[Token], k: int, nouns: frozenset[str]) -> bool:
    """One of the three words from ``k`` on is a place noun, before any preposition."""
    for t in tokens[k : k + 3]:
        if t.lower in nouns:
            return True
        if not t.text.isalpha() or t.lower in PREPOSITIONS:
            return False
    return False


# Heads of a series of talks a round or session belongs to that are not meeting triggers
# themselves ("a new round of exploratory talks" is told by its talks).
_SERIES_HEADS = words("dialogue discussions process mechanism")
_PARTICIPLES = words("set made given put laid imposed agreed")
_OBJECT_STOPS = words("to and or but who which that when while as if because")
# Words that open a date after a noun phrase ("the decision last week"), ending its head.
_DATE_OPENERS = words("last this next yesterday today earlier")


def object_words(tokens: list[Token], last: int) -> list[Token]:
    """The noun phrase right after the trigger, up to a preposition, punctuation or a clause
    word ("meet global warming limits under ..." -> global warming limits)."""
    out = []
    for t in tokens[last + 1 : last + 10]:
        if t.text in QUOTES:
            continue  # 'attacked the government\'s "total peace" policy'
        if not t.text[:1].isalnum() or t.lower in PREPOSITIONS or t.lower in _OBJECT_STOPS:
            break
        out.append(t)
        if len(out) == 6:
            break
    return out


_RULERS = words("government administration")
# (criticised, "the Serbian opposition" is a body; met, a party: "met the Syrian opposition")
_CRITICISED_BODIES = _RULERS | words("opposition")


# Words after "as" that start a clause of time ("attacked the convoy as it passed") or
# give the motive of force ("attacked the village as a reprisal").
_AS_CLAUSE = words(
    "it they he she we soon long well night dawn usual planned expected part "
    "reprisal retaliation revenge response warning punishment result"
)


def _judged_as(tokens: list[Token], k: int) -> bool:
    """A judgement follows the object ("attacked the conference as 'an insult'", "attacked
    the celebrations as premature", "attacked it as a betrayal"): words of criticism, not
    of force; not a clause of time ("attacked the convoy as it passed", "as a crowd
    gathered")."""
    if k + 1 >= len(tokens) or tokens[k].lower != "as":
        return False
    nxt = tokens[k + 1]
    if nxt.text in QUOTES:
        return True
    if nxt.lower in ("a", "an"):
        rest = tokens[k + 2 : k + 5]
        return not any(
            t.lower.endswith("ed") or t.lower in AUXILIARIES or t.lower in _AS_CLAUSE for t in rest
        )
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return (
        nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.lower not in _AS_CLAUSE
        and (after is None or not after.text[:1].isalnum())
    )


# What a critic does while attacking something: "attacked both sides, saying ...".
_SPEECH_GERUNDS = words("saying arguing calling describing")


def _said_after(tokens: list[Token], last: int) -> bool:
    """The verb's clause goes on with words said ("have attacked both sides, saying the
    people were being held hostage"): criticism (26 of 26 such clauses in dev text are
    not gold; gunmen who attack "accusing" villagers of helping the army still attack)."""
    for k in range(last + 1, min(len(tokens) - 1, last + 10)):
        if tokens[k].text == ",":
            return tokens[k + 1].lower in _SPEECH_GERUNDS
        if not tokens[k].text[:1].isalnum() and tokens[k].text not in "'’":
            return False
    return False


def _object_excluded(taxonomy: Taxonomy, rule: TriggerRule, tokens: list[Token], last: int) -> bool:
    """The object is a thing of ``rule.object_excludes`` before any name ("meet the deadline
    set by ...", "met with stiff resistance"; not "met Putin", "met the minister"); a noun's
    object follows "on" or "against" ("its attack on the government over ...", "on the Biren
    Singh government": a government's name is no name of a target)."""
    if not rule.object_excludes:
        return False
    if rule.pos == NOUN and last + 1 < len(tokens) and tokens[last + 1].lower in ("on", "against"):
        last += 1
    np = object_words(tokens, last)
    criticised = "things_criticised" in rule.object_excludes
    if (
        criticised
        and rule.pos == VERB
        and (_judged_as(tokens, last + 1 + len(np)) or _said_after(tokens, last))
    ):
        return True
    for i, t in enumerate(np):
        nxt = np[i + 1].lower if i + 1 < len(np) else None
        if nxt in _DATE_OPENERS:
            nxt = None  # "attacked the government's decision last week": the head ends
        if is_capitalised(t) and t.lower.endswith(("'s", "’s")) and nxt is not None:
            continue  # an owner ("attacked NATO's performance"), not the head
        if is_capitalised(t):
            rest = [u for u in np[i + 1 :] if not is_capitalised(u)]
            bodies = _CRITICISED_BODIES if criticised else _RULERS
            if len(rest) != 1 or rest[0] is not np[-1] or rest[0].lower not in bodies:
                return False  # a name ("met Putin", "attacked a Peshmerga position")
            continue
        if nxt is not None and not nxt.endswith("ed") and nxt not in _PARTICIPLES:
            continue  # a modifier ("opposition leaders"), not the head
        if any(taxonomy.contexts[n].pattern.fullmatch(t.text) for n in rule.object_excludes):
            return True
    return False


def _object_required(taxonomy: Taxonomy, rule: TriggerRule, tokens: list[Token], last: int) -> bool:
    """A word of the object is a thing of ``rule.object_requires`` ("struck an ammunition
    depot", "hit Houthi positions"; not "struck a chord", "hit back")."""
    if not rule.object_requires:
        return True
    for k, t in enumerate(tokens[last + 1 : last + 10], last + 1):
        if t.text in QUOTES:
            continue  # 'said it had struck "a Hamas command centre"'
        if _in_acronym_brackets(tokens, k):
            continue  # "overran a major Oromo Liberation Army (OLA) base"
        if t.text == "." and "." in tokens[k - 1].text:
            continue  # the period of an abbreviation: "summoned the U.S. ambassador"
        if t.lower not in ("and", "or") and (
            not t.text[:1].isalnum() or t.lower in PREPOSITIONS or t.lower in _OBJECT_STOPS
        ):
            return False  # the object ends ("and" joins heads: "AMISOM and army positions")
        if any(taxonomy.contexts[n].pattern.fullmatch(t.text) for n in rule.object_requires):
            return True
    return False


def _in_acronym_brackets(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is part of a bracketed acronym: "(", "OLA" or ")"."""
    for a in (k, k - 1, k - 2):
        if (
            a >= 0
            and a + 2 < len(tokens)
            and tokens[a].text == "("
            and tokens[a + 1].text.isupper()
            and tokens[a + 2].text == ")"
        ):
            return True
    return False


def _names_a_victim(tokens: list[Token], j: int) -> bool:
    """The noun phrase at ``j`` names a person: a title ("envoy", "President") or a full
    name ("Burhanuddin Rabbani"), not a class ("Afghan civilians"). A count names the victims
    of one deed only after "the" ("the killing of more than 100 civilians"; not "condemned
    killing of 44 civilians" in a list of abuses).
    """
    if j < len(tokens) and _counts_victims(tokens[j]):
        return j >= 3 and tokens[j - 3].lower == "the"
    prev_cap = False
    for t in tokens[j : j + 8]:
        if not t.text[:1].isalnum() or t.lower in ("who", "which", "that", "in", "on", "at"):
            break
        if number_value(t.lower) is not None:
            return False
        if t.lower in _TITLES or t.lower in _VICTIM_TITLES:
            return True
        cap = is_capitalised(t) and t.lower not in _NOT_NAMES
        if cap and prev_cap:
            return True
        prev_cap = cap
    return False


def _counts_victims(token: Token) -> bool:
    """The word opens a count of several: "12", "more than 100", "scores of" (not "one of
    its commanders", "not just the killing of one man")."""
    return (number_value(token.lower) or 0) > 1 or token.lower in _VICTIM_COUNTS


_ONE_MORE = frozenset("another separate second third further".split())


def _one_more(tokens: list[Token], first: int) -> bool:
    """The noun right after "another", "a separate", "a second", "a further"."""
    prev = [t.lower for t in tokens[max(0, first - 2) : first]]
    return (
        bool(prev) and prev[-1] in _ONE_MORE and (prev[-1] == "another" or prev[0] in ("a", "an"))
    )


def is_definite(tokens: list[Token], first: int, plural: bool = False) -> bool:
    """True when the noun phrase ending at the trigger starts with a definite determiner.
    Before a ``plural`` trigger "that" is a conjunction ("figures show that militant attacks
    rose"), not a demonstrative."""
    for j in range(first - 1, max(-1, first - 5), -1):
        t = tokens[j]
        if t.lower == "that" and plural:
            return False
        if t.lower in DEFINITE or _is_possessive(t):
            return True
        if (
            t.lower in DETERMINERS
            or t.lower in PREPOSITIONS
            or t.lower in MODALS  # "the military could unleash air strikes": a clause
            or object_verb_at(tokens, j)
            or not t.text[:1].isalnum()
        ):
            return False
    return False


def _in_a_name(tokens: list[Token], first: int, last: int, form: str) -> bool:
    """A capitalised word inside a sentence that opens a name: "Operation Desert Shield"
    names a campaign, not one operation ("the Geneva Summit Friday" stays a summit); a
    capitalised phrase after "<Name> of" ends an office's name ("the Directors General of
    Military Operations")."""
    if (
        first >= 2
        and tokens[first - 1].lower == "of"
        and is_capitalised(tokens[first - 2])
        and all(is_capitalised(t) for t in tokens[first : last + 1])
    ):
        return True
    if first == 0 or first != last or not form[:1].isupper() or not form[1:].islower():
        return False
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return nxt is not None and is_capitalised(nxt) and nxt.lower not in _NOT_NAMES


def _participle_modifier(tokens: list[Token], first: int, last: int) -> bool:
    """A past participle between a determiner or a number and the noun it describes ("two
    hijacked fuel tankers", "the bombed cathedral") is an adjective: what was done to the
    thing is told elsewhere, if at all (not "militants that attacked police posts")."""
    if first == 0 or first != last or last + 1 >= len(tokens):
        return False
    prev, word, nxt = tokens[first - 1].lower, tokens[first].lower, tokens[last + 1]
    return (
        word.endswith("ed")
        and (prev in DETERMINERS - {"that", "whose"} or number_value(prev) is not None)
        and nxt.text[:1].isalpha()
        and nxt.lower not in DETERMINERS | PREPOSITIONS | ADVERBS
    )


def _names_other(tokens: list[Token], last: int) -> bool:
    """An anaphor-only noun followed by what it is of or for ("the call for a cease-fire",
    "the killings of informers"): it names its own object, not the event told before."""
    return last + 1 < len(tokens) and tokens[last + 1].lower in ("for", "of", "to", "by", "from")


# The seen-types key of a story that has told a stoppage ("a 48-hour strike by teachers",
# an "armed strike" called by a rebel group): "the strike" after it, with no aircraft or
# munition named in its sentence, is that stoppage unless the story has told a military
# strike ("relatives began a hunger strike ... killed in Tuesday's strike") before the
# stoppage: "the strike" then names the strike word told last (``STOPPAGE_LAST`` stays in
# the seen types until a military strike is told).
STOPPAGE_TOLD = "strike:stoppage"
STOPPAGE_LAST = "strike:stoppage-last"


def _stoppage(taxonomy: Taxonomy, text: str, tokens: list[Token], first: int, last: int) -> bool:
    """The word "strike" here names a stoppage: its labour context is what excluded it."""
    if tokens[first].lower not in ("strike", "strikes"):
        return False
    ctx = taxonomy.contexts["labour"]
    return bool(ctx.pattern.search(_window_text(text, tokens, first, last, ctx.window, ctx.side)))


def condemned(tokens: list[Token], first: int, last: int) -> bool:
    """The singular noun is what a reaction condemns ("denounced a 'heinous and barbaric'
    attack", "condemned what he called a vile attack"): an event the story has told, though
    indefinite (not "condemning attacks on civilians", a kind)."""
    if tokens[last].lower.endswith("s"):
        return False
    for t in reversed(tokens[max(0, first - 7) : first]):
        if t.lower in CONDEMNING:
            return True
        if t.text in (",", ";", ".", ":"):
            return False
    return False


def find_candidates(
    taxonomy: Taxonomy,
    text: str,
    tokens: list[Token],
    start: int,
    end: int,
    seen_types: set[str],
) -> list[Candidate]:
    """Triggers in ``text[start:end]`` (one sentence) that pass their context rules.

    ``seen_types`` holds the types already found earlier in the document: a definite noun
    ("the attack") there needs no context of its own, it refers back. A stoppage told in the
    sentence is added to it (``STOPPAGE_TOLD``).
    """
    out: list[Candidate] = []
    if not tokens:
        return out
    for m in taxonomy.pattern.finditer(text, start, end):
        key = normalise(m.group())
        entries = taxonomy.forms.get(key) or next(
            (taxonomy.forms[k] for k in slot_keys(key) if k in taxonomy.forms), None
        )
        if not entries:
            continue
        first = token_index(tokens, m.start())
        last = max(first, token_index(tokens, m.end() - 1))
        if _in_a_name(tokens, first, last, m.group()):
            continue
        if _satisfy_gerund(taxonomy, tokens, first, last):
            continue
        pos = _decide_pos(tokens, first, last, entries)
        chosen = [e for e in entries if e.rule.pos == pos]
        if pos == VERB and _participle_modifier(tokens, first, last):
            # (a meeting verb's participle names how the contact was made: "a telephoned
            # apology from the general")
            chosen = [e for e in chosen if e.rule.event_type == "meeting"]
        if (
            not chosen
            and first > 0
            and (
                tokens[first - 1].lower in DETERMINERS
                or _is_possessive(tokens[first - 1])
                or _premodified(tokens, first, last)
            )
        ):
            # "a meeting with": the gerund of "meet with" after a determiner is a noun
            chosen = [e for e in entries if e.form == GERUND]
        if not chosen:
            chosen = [e for e in entries if e.rule.fixed]  # "it came under fire"
            pos = NOUN
        if not chosen:
            continue
        definite = pos == NOUN and is_definite(tokens, first)
        # "another strike", "a separate strike": one more of a violent type the story has
        # told (not "another round", which needs its talks)
        one_more = pos == NOUN and _one_more(tokens, first)
        named_owner = first > 0 and (
            (_is_possessive(tokens[first - 1]) and is_capitalised(tokens[first - 1]))
            or tokens[first - 1].lower in ("his", "her")
        )
        best: FormEntry | None = None
        for entry in chosen:
            # (a container word such as "trip" refers back only as someone's trip, "Varga's
            # trip", "his trip", not as "the late-November trip" of anyone)
            anaphoric = (
                (
                    definite
                    or (one_more and entry.rule.event_type != "meeting")
                    or (pos == NOUN and condemned(tokens, first, last))
                )
                and (entry.rule.refers_back or (entry.rule.container and named_owner))
                and (
                    entry.rule.event_type in seen_types
                    # "the attack" may refer back to a strike (an air attack is an attack)
                    or (entry.rule.event_type == "attack" and "strike" in seen_types)
                )
            )
            if entry.rule.antecedent is not None and not (
                definite
                and f"{entry.rule.event_type}:{entry.rule.antecedent}" in seen_types
                and not _names_other(tokens, last)
            ):
                continue  # "the call" only after a phone call, not "the call for talks"
            if (
                entry.rule.needs_seen
                and f"{entry.rule.event_type}:{entry.rule.needs_seen}" not in seen_types
            ):
                continue
            if entry.rule.from_story and not STORY_TYPES & seen_types:
                continue
            if (
                _context_ok(taxonomy, entry.rule, text, tokens, first, last, anaphoric)
                and _object_ok(tokens, first, last, entry.rule.object)
                and not _object_excluded(taxonomy, entry.rule, tokens, last)
                and _object_required(taxonomy, entry.rule, tokens, last)
                and (best is None or entry.rule.confidence > best.rule.confidence)
            ):
                best = entry
        if best is None:
            if pos == NOUN and _stoppage(taxonomy, text, tokens, first, last):
                seen_types.update((STOPPAGE_TOLD, STOPPAGE_LAST))
            continue
        if (
            best.rule.event_type == "strike"
            and definite
            and m.group().lower() == "strike"
            and STOPPAGE_TOLD in seen_types
            and (
                "strike" not in seen_types
                or (
                    STOPPAGE_LAST in seen_types
                    and first > 0
                    and tokens[first - 1].lower == "the"
                    # ("parties condemned the strike": the violence, not the shutdown)
                    and not condemned(tokens, first, last)
                )
            )
            and not taxonomy.contexts["airborne"].pattern.search(
                text, start, _clause_end(text, m.end(), end)
            )
        ):
            # "Truckers said the strike had stranded lorries", "the council called the strike
            # after two people were killed in a drone attack": the stoppage told
            continue
        if best.form == BASE and pos == VERB:
            # "A mortar round hit a market": a form that is also the past ("hit", "set")
            # is the past unless "to", a modal or do-support precedes it
            past = next((e for e in chosen if e.rule is best.rule and e.form == PAST), None)
            prev = tokens[first - 1].lower if first > 0 else ""
            if past is not None and prev not in MODALS and prev not in ("to", "do", "does", "did"):
                best = past
        out.append(Candidate(best.rule, best.form, pos, m.group(), m.start(), m.end(), first, last))
    return [c for c in out if not _victims_of_other(tokens, c, out)]


_SUBORDINATOR = re.compile(r"\b(?:after|when|because|since|following)\b", re.I)


def _clause_end(text: str, at: int, end: int) -> int:
    """Where the clause of a word at ``at`` ends: at the next subordinator, else at ``end``."""
    m = _SUBORDINATOR.search(text, at, end)
    return m.start() if m else end


def _victims_of_other(tokens: list[Token], cand: Candidate, found: list[Candidate]) -> bool:
    """ "the killing of 44 civilians in the March 17 drone attack", "of two people by a mortar
    shell": a count of victims whose own phrase names the event they died in is that event's
    toll, not a second event."""
    j = cand.last + 1
    if cand.rule.object != "victim" or j >= len(tokens) or not _counts_victims(tokens[j]):
        return False
    end = next(
        (
            k
            for k in range(j, len(tokens))
            if tokens[k].text in CLAUSE_PUNCT or tokens[k].text in ".?!"
        ),
        len(tokens),
    )
    return any(
        cand.last < other.first < end
        and any(t.lower in ("in", "during", "by") for t in tokens[cand.last + 1 : other.first])
        for other in found
    )
