"""Who did it, to whom, and where: shallow noun-phrase reading around the trigger.

Agents are the subject of a verb trigger, the "by" phrase of a passive or nominal trigger,
or a proper premodifier/possessive ("NATO strike", "Israel's raid"); recipients are the
object, "on/against" phrase, or the other side of "between ... and" / "with". Location is the
most specific capitalised place after "in/near/at/outside" in the trigger's clause.
"""

from __future__ import annotations

from extractors.events.taxonomy import NOUN
from extractors.events.triggers import Candidate
from extractors.events.words import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    GENERIC_DETERMINERS,
    MODALS,
    NEGATORS,
    PREPOSITIONS,
    REPORTING,
    Token,
    is_capitalised,
    words,
)
from extractors.temporal.lexicon import MONTHS, WEEKDAYS

_NP_STOP = (
    PREPOSITIONS
    | AUXILIARIES
    | MODALS
    | REPORTING
    | frozenset(
        ["and", "or", "but", "that", "which", "who", "whom", "when", "where", "while", "if", "to"]
    )
)
_PLACE_PREPS = frozenset(["in", "near", "at", "outside", "inside", "across", "into", "between"])
_PLACE_TAIL = frozenset(
    [
        "province",
        "district",
        "region",
        "city",
        "village",
        "town",
        "area",
        "county",
        "state",
        "camp",
        "border",
        "valley",
    ]
)
_NOT_PLACE = frozenset(MONTHS) | frozenset(WEEKDAYS)  # capitalised, but not places
_SKIP = ADVERBS | NEGATORS | AUXILIARIES | MODALS


def _span_text(text: str, tokens: list[Token], a: int, b: int) -> str:
    return text[tokens[a].start : tokens[b].end]


def _abbreviation_dot(tokens: list[Token], j: int) -> bool:
    """The full stop of "U.S." inside a name ("U.S. President X"), not a sentence end."""
    return (
        tokens[j].text == "."
        and j > 0
        and "." in tokens[j - 1].text
        and tokens[j - 1].end == tokens[j].start
        and j + 1 < len(tokens)
        and is_capitalised(tokens[j + 1])
        and tokens[j + 1].lower not in DETERMINERS
        and tokens[j + 1].lower not in _SENTENCE_OPENERS
    )


_SENTENCE_OPENERS = frozenset(["he", "she", "it", "they", "we", "i", "but", "and", "in", "on"])


def _np_right(tokens: list[Token], i: int, hi: int, limit: int = 7) -> tuple[int, int] | None:
    """Noun phrase starting at token ``i`` (stops at prepositions, verbs-ish, punctuation)."""
    j = i
    while j <= hi and j - i < limit:
        t = tokens[j]
        if _abbreviation_dot(tokens, j):
            j += 1
            continue
        if (
            t.lower == "of"
            and j > i
            and tokens[j - 1].lower in _SETTLEMENTS
            and j + 1 <= hi
            and is_capitalised(tokens[j + 1])
        ):
            j += 1  # "seized the central Malian town of Diabaly": the name is the place's
            continue
        if not t.text[:1].isalnum() or (t.lower in _NP_STOP and j > i):
            break
        j += 1
    return (i, j - 1) if j > i else None


def _np_left(tokens: list[Token], i: int, lo: int, limit: int = 6) -> tuple[int, int] | None:
    """Noun phrase ending at token ``i`` going left."""
    j = i
    while j >= lo and i - j < limit:
        t = tokens[j]
        if not t.text[:1].isalnum() or t.lower in _NP_STOP:
            break
        j -= 1
    return (j + 1, i) if j < i else None


def _strip_det(text: str, tokens: list[Token], span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    a, b = span
    while a <= b and (tokens[a].lower in DETERMINERS or tokens[a].lower in GENERIC_DETERMINERS):
        a += 1
    return _span_text(text, tokens, a, b) if a <= b else None


def _after(tokens: list[Token], cand: Candidate, hi: int, words: set[str]) -> int | None:
    for j in range(cand.last + 1, min(hi + 1, cand.last + 4)):
        if tokens[j].lower in words:
            return j
        if not tokens[j].text[:1].isalnum():
            return None
    return None


def participants(
    text: str, tokens: list[Token], cand: Candidate, clause: tuple[int, int], is_meeting: bool
) -> tuple[list[str], list[str]]:
    """``(actors, targets)`` of the mention as text spans."""
    lo, hi = clause
    actors: list[str] = []
    targets: list[str] = []
    if cand.pos == NOUN:
        # Premodifiers and possessives: "the NATO strike", "Israel's raid".
        j = cand.first - 1
        mods = []
        while j >= lo and tokens[j].text[:1].isalnum() and tokens[j].lower not in DETERMINERS:
            if tokens[j].lower in PREPOSITIONS:
                break
            if is_capitalised(tokens[j]) or tokens[j].lower.endswith(("'s", "s'")):
                mods.append(j)
            j -= 1
        if mods:
            a, b = min(mods), max(mods)
            name = _span_text(text, tokens, a, b)
            actors.append(name[:-2] if name.endswith(("'s", "’s")) else name)
        k = _after(tokens, cand, hi, {"by"})
        if k is not None:
            actors.append(_strip_det(text, tokens, _np_right(tokens, k + 1, hi)) or "")
        k = _after(tokens, cand, hi, {"between"})
        if k is not None:
            span = _np_right(tokens, k + 1, hi, limit=12)
            if span:
                joined = _span_text(text, tokens, *span)
                actors.extend(p.strip() for p in joined.replace(" and ", "|").split("|"))
            end = tokens[span[1]].end if span else 0
            rest = [t for t in tokens if t.start > end and t.start <= tokens[hi].end]
            if rest and rest[0].lower == "and":
                nxt = tokens.index(rest[0]) + 1
                if nxt <= hi:
                    actors.append(_strip_det(text, tokens, _np_right(tokens, nxt, hi)) or "")
        k = _after(tokens, cand, hi, {"on", "against", "with", "targeting", "into"})
        if k is not None:
            targets.append(_strip_det(text, tokens, _np_right(tokens, k + 1, hi)) or "")
    else:
        j = cand.first - 1
        while j >= lo and tokens[j].lower in _SKIP:
            j -= 1
        passive = (
            j >= lo
            and tokens[j + 1 : cand.first]
            and any(
                t.lower in ("was", "were", "been", "being", "is", "are")
                for t in tokens[j + 1 : cand.first]
            )
        )
        left = _np_left(tokens, j, lo) if j >= lo else None
        subject = _strip_det(text, tokens, left)
        partner = _coordinated_name(text, tokens, left, lo)
        k = _past_time(tokens, cand.last + 1, hi)
        if k <= hi and tokens[k].lower in ("with", "on", "against", "by"):
            k += 1
        right = (
            _without_time(tokens, _np_right(tokens, k, hi))
            if k <= hi and tokens[k].lower not in PREPOSITIONS
            else None
        )
        obj = _appositive_name(text, tokens, right) or _strip_det(text, tokens, right)
        if passive:
            by = _after(tokens, cand, hi, {"by"})
            if by is not None:
                actors.append(_strip_det(text, tokens, _np_right(tokens, by + 1, hi)) or "")
            if subject:
                targets.append(subject)
        else:
            if partner:
                actors.append(partner)
            if subject:
                actors.append(subject)
            if obj:
                targets.append(obj)
    if is_meeting and cand.pos == NOUN and not any(a[:1].isupper() for a in actors):
        host = _light_verb_subject(text, tokens, cand, lo)
        if host:
            actors.insert(0, host)
    if is_meeting and not actors and targets:
        actors, targets = targets[:1], targets[1:]
    return [a for a in actors if a], [t for t in targets if t]


# A time phrase around a verb's object: "spoke by phone on Saturday with X", "raided the
# base last night" (a place or time phrase is no object: "met in Beni last week").
_TIME_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | words("last this next early late on in the week month year morning afternoon evening")
    | words("night weekend yesterday today tonight")
)
_TIME_HEADS = frozenset(WEEKDAYS) | words(
    "week month year weekend yesterday today tonight morning afternoon evening night"
)


def _without_time(tokens: list[Token], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span less a time phrase that ends it ("the base last night" -> the base)."""
    if span is None:
        return None
    a, b = span
    if tokens[b].lower not in _TIME_HEADS:
        return span
    while b >= a and tokens[b].lower in _TIME_WORDS:
        b -= 1
    return (a, b) if b >= a else None


def _past_time(tokens: list[Token], k: int, hi: int) -> int:
    """The index after a time phrase that opens the words after a verb ("spoke by phone on
    Saturday with X"), else ``k``."""
    j = k
    while j <= hi and (tokens[j].lower in _TIME_WORDS or tokens[j].text.isdigit()):
        j += 1
    return j if j > k and tokens[j - 1].lower in _TIME_HEADS else k


def _appositive_name(text: str, tokens: list[Token], span: tuple[int, int] | None) -> str | None:
    """The name set off after a title: "with South Africa's president, Cyril Ramaphosa,"
    (past the clause's end, which the comma makes)."""
    if span is None or tokens[span[1]].lower not in _PERSON_TITLES:
        return None
    a, last = span[1] + 2, len(tokens) - 1
    if a > last or tokens[a - 1].text != "," or not is_capitalised(tokens[a]):
        return None
    b = a
    while b + 1 <= last and is_capitalised(tokens[b + 1]) and b - a < 3:
        b += 1
    if b + 1 <= last and tokens[b + 1].text[:1].isalnum():
        return None  # "his counterpart, Turkey's foreign minister" goes on: no bare name
    return _span_text(text, tokens, a, b)


def _coordinated_name(
    text: str, tokens: list[Token], span: tuple[int, int] | None, lo: int
) -> str | None:
    """The first of two names joined as a subject: "President Paul Kagame and Nyusi had
    spoken"."""
    if span is None or not all(is_capitalised(t) for t in tokens[span[0] : span[1] + 1]):
        return None  # "Ugandan and Congolese commanders" join adjectives, not names
    k = span[0] - 1
    if k - 1 < lo or tokens[k].lower != "and" or not is_capitalised(tokens[k - 1]):
        return None
    return _strip_det(text, tokens, _np_left(tokens, k - 1, lo))


_COPULA = frozenset(["is", "are", "was", "were", "be", "been"])
_HELD = frozenset(["held", "hosted", "staged", "convened"])


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def _destination(text: str, tokens: list[Token], cand: Candidate, hi: int) -> str | None:
    """Where a visit went: "visited Taiwan", "a visit by X to Mauritius"."""
    j = cand.last + 1
    if cand.pos == NOUN:
        for k in range(cand.last + 1, min(hi, cand.last + 10) + 1):
            if tokens[k].lower == "to":
                j = k + 1
                break
            if tokens[k].lower in _OTHER_PREDICATE or not tokens[k].text[:1].isalnum():
                return None
        else:
            return None
    if j > hi or not is_capitalised(tokens[j]) or _bare(tokens[j].lower) in _NOT_PLACE:
        return None
    end = j
    while end + 1 <= hi and is_capitalised(tokens[end + 1]):
        end += 1
    if any(tokens[k].lower in _PERSON_TITLES for k in range(j, end + 1)):
        return None  # "the visiting Foreign Minister X": a visitor, not a place
    name = _span_text(text, tokens, j, end)
    return name[:-2] if name.endswith(("'s", "’s")) else name


_PERSON_TITLES = frozenset(
    "president prime minister secretary ambassador envoy chancellor king queen prince "
    "general chief premier leader officials delegation counterpart pope".split()
)


# Where a participant is, not where the event happened: "handlers based in X".
_RESIDENCE = frozenset(
    [
        "based",
        "headquartered",
        "living",
        "lives",
        "lived",
        "residing",
        "resides",
        "born",
        "stationed",
        "exiled",
        "hiding",
        "operating",
        "sheltering",
    ]
)
# Words that end the trigger's own predication to the right: another verb's auxiliary, a
# statement, a relative clause.
_OTHER_PREDICATE = AUXILIARIES | MODALS | REPORTING | frozenset(["which", "who", "whom"])


# Verbs whose subject takes part in the meeting their object names: "X led talks".
_LIGHT_VERBS = frozenset(
    [
        "led",
        "held",
        "hosted",
        "had",
        "chaired",
        "attended",
        "concluded",
        "wrapped",
        "began",
        "opened",
        "joined",
        "leads",
        "holds",
        "hosts",
        "attends",
    ]
)


def _light_verb_subject(text: str, tokens: list[Token], cand: Candidate, lo: int) -> str | None:
    """The subject of "X led more than eight hours of peace talks", "X held a meeting"."""
    for j in range(cand.first - 1, max(lo, cand.first - 8) - 1, -1):
        if not tokens[j].text[:1].isalnum():
            return None
        if tokens[j].lower in _LIGHT_VERBS:
            k = j - 1
            while k >= lo and tokens[k].lower in _SKIP:
                k -= 1
            if k < lo:
                return None
            name = _strip_det(text, tokens, _np_left(tokens, k, lo))
            return name if name and name[:1].isupper() else None
    return None


_SETTLEMENTS = words(
    "town city village district province region county port capital neighborhood "
    "neighbourhood area township municipality outskirts edge suburbs suburb vicinity"
)


def _settlement_name(tokens: list[Token], k: int, hi: int) -> int:
    """ "in the (northeastern Nigerian) town of Damboa": the index of the name, else ``k``."""
    for m in range(k, min(hi - 1, k + 3) + 1):
        if not tokens[m].text.isalpha():
            return k
        if tokens[m].lower in _SETTLEMENTS and tokens[m + 1].lower == "of":
            return m + 2 if m + 2 <= hi and is_capitalised(tokens[m + 2]) else k
    return k


def location(
    text: str, tokens: list[Token], cand: Candidate, clause: tuple[int, int]
) -> str | None:
    """The first capitalised place after a locative preposition attached to the trigger:
    in its clause, to the right up to another predicate ("the attack on a train in X";
    not "the handlers of the attack are based in X"), else before it; a place where a
    participant lives or is based is not the event's place."""
    lo, hi = clause
    right = []
    j = cand.last + 1
    while j <= hi:
        w = tokens[j].lower
        if w in _COPULA and j + 1 <= hi:
            # "the summit was in Hanoi", "the talks were held in Doha": the event's place
            k = j + 1 + (tokens[j + 1].lower in _HELD and j + 2 <= hi)
            if tokens[k].lower in _PLACE_PREPS:
                j = k
                continue
        if w in _OTHER_PREDICATE:
            break
        right.append(j)
        j += 1
    if cand.rule.plover_mode == "visit":
        place = _destination(text, tokens, cand, hi)
        if place:
            return place
    left = [
        j
        for j in range(lo, cand.first)
        if not any(tokens[k].lower in _OTHER_PREDICATE for k in range(j + 1, cand.first))
    ]
    for j in right + left:
        if tokens[j].lower not in _PLACE_PREPS or j + 1 > hi:
            continue
        if tokens[j].lower == "between" and (
            j == cand.last + 1 or cand.rule.plover_type == "CONSULT"
        ):
            continue  # "clashes between Armenia and Azerbaijan", "talks between": the parties
        if j > 0 and (tokens[j - 1].lower in _RESIDENCE or tokens[j - 1].lower.endswith("-based")):
            continue
        k = j + 1
        if tokens[k].lower == "the" and k + 1 <= hi:
            k += 1
            k = _settlement_name(tokens, k, hi)
        if not is_capitalised(tokens[k]) or _bare(tokens[k].lower) in _NOT_PLACE:
            continue
        end = k
        while end + 1 <= hi and (
            is_capitalised(tokens[end + 1])
            or tokens[end + 1].lower in _PLACE_TAIL
            or (tokens[end + 1].lower == "of" and end + 2 <= hi and is_capitalised(tokens[end + 2]))
        ):
            end += 1
        name = _span_text(text, tokens, k, end)
        return name[:-2] if name.endswith(("'s", "’s")) else name
    return _fronted_place(text, tokens, cand, lo)


def _fronted_place(text: str, tokens: list[Token], cand: Candidate, lo: int) -> str | None:
    """ "In Zaporizhzhia, a Russian glide bomb struck an industrial site": a place phrase
    that opens the sentence sets the place of the clause right after it (not of what is
    said there: "In Washington, officials said a drone struck a convoy")."""
    if len(tokens) < 4 or tokens[0].lower not in ("in", "near", "outside", "inside"):
        return None
    if any(t.lower in REPORTING for t in tokens[lo : cand.first]):
        return None
    comma = next((j for j in range(1, min(len(tokens), 8)) if tokens[j].text == ","), None)
    if comma is None or comma + 1 != lo or not all(is_capitalised(t) for t in tokens[1:comma]):
        return None
    if _bare(tokens[1].lower) in _NOT_PLACE:
        return None
    name = _span_text(text, tokens, 1, comma - 1)
    return name[:-2] if name.endswith(("'s", "’s")) else name
