"""Within-document coreference of event mentions: which earlier mention an anaphor names.

An anaphoric mention ("the strike", "this attack", "the strikes", "the siege", "the minister's
visit") refers back to the most recent compatible event mention of its document: same type,
or, for a generic violent noun ("the attack", "the assault"), also a strike (an air attack
is an attack) -- preferring an antecedent that shares the anaphor's modifiers ("the drone
strike" -> the earlier drone strike, not the last strike), and for a generic noun one the
story named with the same word ("the attack" -> the last "attack", not a "blast" heard). A mention with a date of its own that
cannot be the antecedent's date names another event. The guideline gives every mention of
an event the event's date and toll, so both travel along these links.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from extractors.events.triggers import Candidate
from extractors.events.words import (
    ADVERBS,
    DETERMINERS,
    GENERIC_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    RANKERS,
    REPORTING,
    Token,
    words,
)

# Heads that name violence of any agent: "the attack" may refer back to a strike.
GENERIC_HEADS = words("attack attacks assault assaults siege sieges incident")
# "the bombing" after an airstrike is that airstrike (its bombs), after a car bomb the attack.
BOMBING_HEADS = words("bombing bombings")
# Words that make a told attack "the bombing" as much as a verb "bombed" would: "a suicide
# bomber blew himself up ... the bombing" names that attack, not the jets that bombed before.
_BOMBS = words("bomb bombs bomber bombers")
# Fights told by their gunfire, which no "bombing" names.
_GUNFIGHTS = words(
    "clash clashes clashed fighting firefight firefights gunfight gunbattle shootout shooting "
    "battle battles skirmish skirmishes ambush ambushed"
)
_BLASTS = words("blast blasts explosion explosions")


def _gunfight(p: Prior) -> bool:
    return p.head in _GUNFIGHTS or "exchange" in p.signature


# Premodifiers that make a bombing a non-state attack: "the terrorist bombings".
_PLANTED = words("terrorist terror suicide car truck roadside militant insurgent rebel ied")
# Premodifiers that say nothing about which event is meant.
_EMPTY_MODIFIERS = words(
    "initial first latest last recent deadly brazen alleged reported apparent suspected "
    "tragic major new same whole entire two-day two-hour"
)


@dataclass(frozen=True, slots=True)
class Prior:
    """A counted mention already emitted, as a possible antecedent."""

    index: int  # position in the document's mention list
    event_type: str
    head: str
    signature: frozenset[str]  # its modifiers, trigger words and participant words
    start: int  # trigger offset
    text: str  # trigger text
    date_start: date | None
    date_end: date | None
    plural: bool = False
    anaphor: bool = False  # it refers back itself: the event is the story's current topic
    sentence: int = 0  # index of its sentence in the document
    comparison: bool = False  # told only as a yardstick: "the deadliest since 2016, when ..."
    verb: bool = False  # told by a verb ("warplanes struck depots"): one act or several


PARTICLES = words("with by of on to in at for up down off out")


def head_of(cand: Candidate) -> str:
    """The head word of the trigger: "meeting with" -> meeting, "spoke by phone" -> phone."""
    parts = cand.text.lower().split()
    while len(parts) > 1 and parts[-1] in PARTICLES:
        parts.pop()
    return parts[-1]


def modifiers(tokens: Sequence[Token], cand: Candidate) -> frozenset[str]:
    """Content words of the trigger phrase and of its noun-phrase premodifiers."""
    out = {w for w in cand.text.lower().split()[:-1]}
    j = cand.first - 1
    while j >= 0 and cand.first - j <= 4:
        t = tokens[j]
        w = t.lower
        if (
            w in DETERMINERS
            or w in GENERIC_DETERMINERS
            or w in PREPOSITIONS
            or not t.text[:1].isalnum()
        ):
            break
        out.add(_bare(w))
        j -= 1
    return frozenset(w for w in out if w not in _EMPTY_MODIFIERS and w not in ADVERBS)


# Premodifiers that say the noun names an event other than the ones told so far.
_OTHER_EVENT = words("another second third separate new fresh other earlier previous further")


def names_next(tokens: Sequence[Token], cand: Candidate) -> bool:
    """ "the next session", "the next round of talks" (not "the next day's attack")."""
    before = [t.lower for t in tokens[max(0, cand.first - 3) : cand.first]]
    return "next" in before and not any(w in ("day", "day's", "week", "week's") for w in before)


def names_another_event(tokens: Sequence[Token], cand: Candidate) -> bool:
    """ "another strike", "a separate attack", "an earlier raid", "the next session": not
    the story's event."""
    if names_next(tokens, cand):
        return True
    j = cand.first - 1
    while j >= 0 and cand.first - j <= 4:
        w = tokens[j].lower
        if w in _OTHER_EVENT:
            return True
        if w in PREPOSITIONS or not tokens[j].text[:1].isalnum():
            return False
        j -= 1
    return False


def comparison(tokens: Sequence[Token], cand: Candidate) -> bool:
    """ "the deadliest since 2016, when a double suicide bombing killed 45", "the deadliest
    attack since the 1998 bombing of the embassy": an earlier event named as a yardstick for
    the story's own, which the story does not go on to tell."""
    k = cand.first - 1
    while k >= 0 and tokens[k].lower not in ("when", "since") and cand.first - k <= 10:
        k -= 1
    if k >= 1 and tokens[k].lower == "since":
        # "the deadliest attack on Kenyan soil since the 1998 bombing of the US embassy"
        return not any(not t.text[:1].isalnum() for t in tokens[k : cand.first]) and any(
            t.lower in RANKERS for t in tokens[max(0, k - 8) : k]
        )
    if k < 2 or tokens[k].lower != "when" or tokens[k - 1].text != ",":
        return False
    return any(t.lower == "since" for t in tokens[max(0, k - 6) : k - 1])


# Words before "for"/"to" that make the noun after them the cause of what the sentence tells.
_CAUSE_OF = words("responsible retaliation revenge response reprisal reprisals answer")
# Words shortly before a noun that make it an event the sentence's subject came after.
_SEQUEL_OF = words("followed follows follow amid following")


def cause(tokens: Sequence[Token], cand: Candidate) -> bool:
    """ "in retaliation for the attack", "responsible for that assault", "the raid followed a
    bombing": an earlier event."""
    j = cand.first - 1
    while (
        j >= 1
        and cand.first - j <= 6
        and tokens[j].lower not in ("for", "to")
        and tokens[j].text not in (",", ";")
    ):
        j -= 1
    if j >= 1 and tokens[j].lower in ("for", "to") and tokens[j - 1].lower in _CAUSE_OF:
        return True
    # "The ambush followed a suicide bombing", "came amid a wave of attacks"
    j = cand.first - 1
    while j >= 0 and cand.first - j <= 4 and tokens[j].text[:1].isalnum():
        if tokens[j].lower in _SEQUEL_OF:
            return True
        j -= 1
    return False


_DEMONSTRATIVES = words("this that these those")


def demonstrative(tokens: Sequence[Token], cand: Candidate) -> bool:
    """ "That strike was itself a response", "this attack": the event just told. Not the
    "that" of reported speech ("Tehran said that attack was ...")."""
    j = cand.first - 1
    if j >= 1 and tokens[j].lower == "that" and tokens[j - 1].lower in REPORTING:
        return False
    return j >= 0 and tokens[j].lower in _DEMONSTRATIVES


def remote(tokens: Sequence[Token], cand: Candidate) -> bool:
    """ "the anniversary of the attacks": an event remembered, not the one being told."""
    j = cand.first - 1
    while j >= 0 and tokens[j].lower not in PREPOSITIONS and cand.first - j <= 4:
        j -= 1
    return j >= 1 and tokens[j].lower == "of" and tokens[j - 1].lower == "anniversary"


def signature(
    tokens: Sequence[Token],
    cand: Candidate,
    actors: Sequence[str],
    targets: Sequence[str],
    place: str | None,
) -> frozenset[str]:
    """What distinguishes a mention as an antecedent: modifiers, participant and place words."""
    out = set(modifiers(tokens, cand))
    for name in (*actors, *targets, place or ""):
        out.update(_bare(w) for w in name.split())
    return frozenset(out)


def place_after(tokens: Sequence[Token], cand: Candidate) -> frozenset[str]:
    """Names in the place phrase right after an anaphor: "the raid on the Damboa post", "the
    assault on Morales" name the event told there; so do the words of what an "of" phrase
    says was hit ("the bombing of the market" after missiles struck a market)."""
    j = cand.last + 1
    if j >= len(tokens) or tokens[j].lower not in ("on", "in", "at", "against", "near", "of"):
        return frozenset()
    hit = tokens[j].lower == "of"
    out = set()
    for t in tokens[j + 1 : j + 6]:
        if not t.text[:1].isalnum() or (hit and (t.lower in PREPOSITIONS or t.lower in PRONOUNS)):
            break
        if t.text[:1].isupper() or (hit and t.lower not in DETERMINERS):
            out.add(_bare(t.text))
    return frozenset(out)


def _bare(word: str) -> str:
    w = word.lower().replace("’", "'")
    return (w[:-2] if w.endswith("'s") else w).strip("'")


# Heads that tell a ground assault on a place, whoever made it: "stormed", "raided".
_RAID_LEMMAS = frozenset({"raid", "storm", "incursion"})


def _told_as_raid(prior: Prior) -> bool:
    """A raid, or a non-state raid the guideline types an attack ("gunmen stormed it")."""
    return prior.event_type == "raid" or (
        prior.event_type == "attack" and lemma(prior.head) in _RAID_LEMMAS
    )


def compatible(prior: Prior, event_type: str, head: str) -> bool:
    """Same type; or a generic noun ("the attack", "the siege") pointing back to a strike
    (an air attack is an attack), to a ground assault, or to an event the story named with
    the same word."""
    if prior.event_type == event_type:
        return True
    if event_type == "raid" and lemma(head) == "raid" and prior.event_type == "strike":
        return True  # "the raids" after airstrikes: air raids (a raid told before wins)
    if event_type == "raid" and _told_as_raid(prior):
        return True  # "gunmen stormed the market ... the raid": theirs, typed an attack
    if event_type == "raid" and lemma(head) == "attack" and prior.event_type == "strike":
        return True  # "an air strike ... the junta said it had carried out the attack"
    return (
        event_type == "attack"
        and (head in GENERIC_HEADS or head in BOMBING_HEADS)
        # (a siege or an assault is no air attack: "the siege", "the assault" never name the
        # strike before them; gold types 3 of 304 assaults a strike)
        and (
            (prior.event_type == "strike" and lemma(head) not in ("siege", "assault"))
            or lemma(prior.head) == lemma(head)
            # "mounted an assault on the town ... the attack was repelled": the assault
            or (prior.event_type == "raid" and lemma(prior.head) == "assault")
        )
    )


# How force was delivered (an air attack is not the artillery fire told before it) and how
# a meeting was held (the papal visit is not the phone call told before it).
_MODES: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "aerial",
        words(
            "air aerial airstrike airstrikes air-strike drone drones uav helicopter helicopters "
            "gunship gunships jet jets warplane warplanes aircraft bomber bombers airborne "
            "paraglider paragliders"
        ),
    ),
    (
        "ground",
        words(
            "artillery shelling shells mortar mortars howitzer howitzers tank tanks ground "
            "gunfire gunmen rifle rifles"
        ),
    ),
    ("remote", words("phone telephone call calls videoconference teleconference")),
    ("in person", words("visit visits visited visiting trip trips tour toured summit")),
)


def modality(words_: frozenset[str] | set[str]) -> str | None:
    """ "aerial", "ground", "remote", "in person" or None (none or several) from the words
    of a mention."""
    found = [name for name, vocabulary in _MODES if words_ & vocabulary]
    return found[0] if len(found) == 1 else None


_IRREGULAR = {"met": "meet", "spoke": "speak", "held": "hold", "struck": "strike", "shot": "shoot"}


def lemma(head: str) -> str:
    """The word family of a head: visited, visits, visiting -> visit; met, meeting -> meet."""
    w = _IRREGULAR.get(head, head)
    if w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w


def _overlaps(a0: date | None, a1: date | None, b0: date | None, b1: date | None) -> bool:
    if a0 is None or a1 is None or b0 is None or b1 is None:
        return True
    return a0 <= b1 and b0 <= a1


# How far before publication a dated mention lies for it to be a flashback (background).
FLASHBACK_DAYS = 45


def _flashback(prior: Prior, published: date | None) -> bool:
    return (
        published is not None
        and prior.date_end is not None
        and (published - prior.date_end).days > FLASHBACK_DAYS
    )


# Word families of mass killing: "the massacre" names the killing told before.
_KILLINGS = frozenset({"kill", "massacre", "slaughter", "murder", "dead"})


def antecedent(
    priors: Sequence[Prior],
    event_type: str,
    head: str,
    mods: frozenset[str],
    own_start: date | None = None,
    own_end: date | None = None,
    plural: bool = False,
    sentence: int = 0,
    published: date | None = None,
    pointing: bool = False,
) -> Prior | None:
    """The most recent compatible earlier mention, preferring one sharing a modifier.

    ``own_start``/``own_end`` is the date the anaphor has of its own, if any: an earlier
    mention dated elsewhere cannot be its antecedent ("the March 17 strike" after a strike
    on March 3), nor one delivered otherwise ("the air attack" is not the artillery fire
    before it). A plural anaphor ("the strikes", "his meetings") names plural events,
    or the singular event the story is currently about (the last one, itself referred to
    again).

    A ``pointing`` (demonstrative) anaphor names an event told in the same or the previous
    sentence if there is one ("On Feb. 25, U.S. aircraft bombed ... That strike was a
    response"), even when an event told earlier had the anaphor's own word.

    A flashback -- an earlier event dated well before ``published`` -- stays the referent
    only while the story dwells on it: in the next sentence, not once a sentence has passed,
    nor after a mere comparison ("the deadliest since 2016, when a bombing killed 45. The
    envoy condemned the bombing"), unless pointed at ("That blast ..."); then a bare "the
    bombing" names the story's current event if there is one.
    """
    mode = modality(mods | {head})
    planted = head in BOMBING_HEADS and bool(mods & _PLANTED)
    candidates = [
        p
        for p in reversed(priors)
        if compatible(p, event_type, head)
        and not (planted and p.event_type == "strike")
        and _overlaps(p.date_start, p.date_end, own_start, own_end)
        and (mode is None or modality(p.signature | {p.head}) in (None, mode))
    ]
    if mode == "remote":
        # "spoke by telephone on Sunday and agreed to talks on Thursday ... The call": a call
        # told as a call first
        same_mode = [p for p in candidates if modality(p.signature | {p.head}) == mode]
        candidates = same_mode or candidates
    if mods and event_type == "raid":
        # "the raid on the Damboa post" after militants stormed the post there: their raid
        # is the attack told before (the guideline types a non-state raid as an attack)
        named = [
            p
            for p in reversed(priors)
            if p.event_type in ("raid", "attack")
            and mods & p.signature
            and _overlaps(p.date_start, p.date_end, own_start, own_end)
        ]
        if named and not any(mods & p.signature for p in candidates):
            return named[0]
    if (
        plural
        and own_start is None
        and candidates
        and not candidates[0].plural
        and candidates[0].anaphor
    ):
        # "the strikes" after an attack the story keeps referring to: that attack (its
        # missiles), not plural strikes told before it.
        return candidates[0]
    # "Warplanes struck depots ... The airstrikes, carried out by F-15s": a verb just told
    # may be named by a plural noun of its own type (air "raids" included)
    found = [
        p
        for p in candidates
        if p.plural
        or not plural
        or (
            p.verb
            and (p.event_type == event_type or {p.event_type, event_type} == {"strike", "raid"})
            and sentence - p.sentence <= 1
        )
    ]
    if (event_type == "raid" or lemma(head) == "assault") and any(
        _told_as_raid(p) for p in candidates
    ):
        # a raid told before wins ("the two-hour assault" after troops raided a compound is
        # that raid, not the vest a fugitive detonated during it)
        found = [p for p in found if _told_as_raid(p)]
    if plural and found and found[0].event_type != event_type:
        # "jihadists attacked two army posts ... the army responded with air strikes ...
        # JNIM claimed Wednesday's attacks": the attacks told by their own word, not the
        # other kind of event told since
        same = [
            p for p in candidates if p.event_type == event_type and lemma(p.head) == lemma(head)
        ]
        if same:
            return same[0]
    if not found:
        if event_type == "attack" and lemma(head) == "assault":
            # "troops raided the village ... killed in the assault": with no attack told
            # before, the assault is the raid
            return antecedent(
                priors,
                "raid",
                head,
                mods,
                own_start,
                own_end,
                plural,
                sentence,
                published,
                pointing,
            )
        return None
    if mods:
        for p in found:
            if mods & p.signature:
                return p
    if head in BOMBING_HEADS and not any(lemma(p.head) == lemma(head) for p in found):
        # "a bomb exploded during Mass ... troops killed a leader in a clash ... the bombing":
        # the bomb told before; "jets struck ... soldiers died in a clash ... the bombing had
        # gone on through the night": the bombs, not the gunfight
        found = (
            [p for p in found if p.signature & _BOMBS]
            or [p for p in found if not _gunfight(p)]
            or found
        )
    elif head in _BLASTS or head in _BOMBS:
        # "a bombing on Sunday ... a brief exchange of fire in Thursday's raid ... the man seen
        # leaving the bus minutes before the blast", "a car blew up ... soldiers died in an
        # ambush ... The car bomb went off at 11:30 p.m.": no blast or bomb is a gunfight
        found = [p for p in found if not _gunfight(p)] or found
    recent = [p for p in found if sentence - p.sentence <= 1]
    if pointing and recent:
        # "two were killed in an encounter three days after that attack": the nearest event
        # of its type, whatever word told it ("the Krishna Ghati ambush" before)
        same = [p for p in recent if p.event_type == event_type]
        if same:
            return same[0]
        found = recent
    current = [
        p
        for p in found
        if not _flashback(p, published)
        or (sentence - p.sentence < 2 and (pointing or not p.comparison))
    ]
    if current:
        found = current
    # "the attack" names the event the story calls an attack, not the last "blast"; "the
    # visit" the last visit, not a meeting told since (nor plural "attacks" told before:
    # "the issue of the attacks ... Saturday's strike ... the attack was a violation").
    for i, p in enumerate(found):
        if lemma(p.head) == lemma(head) and (plural or not p.plural):
            if p.event_type == "strike" and head in BOMBING_HEADS:
                # "jets bombed ... a suicide bomber blew himself up ... the bombing": the
                # bomb attack told since, not the air raid
                planted_since = [q for q in found[:i] if q.signature & _BOMBS]
                return planted_since[0] if planted_since else p
            return p
    if lemma(head) in _KILLINGS:
        # "gunmen killed 230 people ... abducted 17 passengers ... the massacre": the killing
        return next((p for p in found if lemma(p.head) in _KILLINGS), found[0])
    return found[0]
