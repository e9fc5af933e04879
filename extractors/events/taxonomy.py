"""The event taxonomy, read once from the declarative ``extractors/taxonomy.toml``.

Types, their PLOVER/ACLED codes and trigger words live in that file so that adding a type
is an edit of data, not of code. Here the file becomes compiled lookups: every inflected
trigger form, one regular expression that finds them all, and the context lexicons.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

NOUN, VERB = "noun", "verb"
# Forms: base (singular noun / bare verb), plural, s3 (3rd person verb), past, gerund.
BASE, PLURAL, S3, PAST, GERUND = "base", "plural", "s3", "past", "gerund"


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    description: str
    plover_type: str
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One trigger phrase of a type, with the constraints its taxonomy entry declares."""

    event_type: str
    phrase: str
    pos: str  # noun | verb
    plover_type: str
    plover_mode: str | None
    requires: tuple[str, ...]
    excludes: tuple[str, ...]
    confidence: float
    secondary: bool = False
    object: str | None = None  # "person" | "caller" | "place" | "victim" | "between" | "into" ...
    # contexts the head noun of the trigger's object may not be ("meet the deadline")
    object_excludes: tuple[str, ...] = ()
    # contexts one word of the trigger's object must be ("struck a weapons depot")
    object_requires: tuple[str, ...] = ()
    # contexts one of which must occur as well as one of ``requires`` ("the bulk carrier
    # seized by the group": a vessel before and an armed taker)
    requires_also: tuple[str, ...] = ()
    fixed: bool = False  # from ``forms``: matched as written, whatever the neighbours
    status: str | None = None  # a status the words themselves give ("due in" -> planned)
    # names an event that holds the others of its type its sentence names ("the trip will
    # include meeting the king"): counts only where no other trigger of its type does
    container: bool = False
    # false: a definite phrase needs the `requires` context too ("the bombs" is no anaphor)
    refers_back: bool = True
    # counts only as a definite anaphor of an earlier counted mention of its type with this
    # mode or status ("the call" after a phone call, "the killings" after an attack that
    # occurred)
    antecedent: str | None = None
    # counts only after a mention of its type with this head family was reported in the
    # document ("a second session" after talks told before): "talks" (talks, negotiations,
    # rounds, sessions, consultations)
    needs_seen: str | None = None
    # a passive with no agent ("the vehicle was hit on the road"): counts only after the
    # story told a strike or an attack, and is the one told on its target, else takes the
    # type of the last one told
    from_story: bool = False


@dataclass(frozen=True, slots=True)
class FormEntry:
    """A surface form of a trigger phrase: which rule it realises and as what form."""

    rule: TriggerRule
    form: str  # base | plural | s3 | past | gerund


@dataclass(frozen=True, slots=True)
class Context:
    name: str
    window: int  # words each side of the trigger; 0 = whole sentence
    pattern: re.Pattern[str]
    side: str = "both"  # both | before | after: which side of the trigger is searched
    # words in the six words before the trigger that cancel the context ("claimed
    # responsibility for Sunday's attack in a statement" is no figure of speech)
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class NamedDate:
    """An event named by its date without a year ("the Sept 11 attacks"): see taxonomy.toml."""

    name: str
    expressions: frozenset[str]  # normalised with ``date_key``
    types: frozenset[str]
    value: date


@dataclass(frozen=True, slots=True)
class Taxonomy:
    types: dict[str, EventType]
    forms: dict[str, tuple[FormEntry, ...]]  # normalised lower-case form -> entries
    pattern: re.Pattern[str]
    contexts: dict[str, Context]
    named_dates: tuple[NamedDate, ...] = ()


def date_key(expression: str) -> str:
    """Lower case, no full stops, single spaces: "Sept. 11" -> "sept 11"."""
    return " ".join(expression.lower().replace(".", " ").split())


def _plural(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ied"
    return word + "ed"


def _gerund(word: str) -> str:
    if word.endswith("e") and not word.endswith("ee"):
        return word[:-1] + "ing"
    return word + "ing"


def _form_kind(form: str) -> str:
    if form.endswith("ing"):
        return GERUND
    if form.endswith("s") and not form.endswith("ss"):
        return S3
    return PAST


def normalise(form: str) -> str:
    """Lower-case a matched form and collapse white space, for lookups."""
    return " ".join(form.lower().replace("’", "'").split())


def _noun_forms(phrase: str) -> list[tuple[str, str]]:
    words = phrase.split()
    last = words[-1]
    if last.endswith("s") and not last.endswith("ss"):
        return [(phrase, BASE)]  # pluralia tantum: talks, negotiations, consultations
    head = " ".join(words[:-1])
    plural = (head + " " if head else "") + _plural(last)
    return [(phrase, BASE), (plural, PLURAL)]


def _verb_forms(phrase: str, irregular: dict[str, list[str]]) -> list[tuple[str, str]]:
    words = phrase.split()
    first, rest = words[0], " ".join(words[1:])

    def join(w: str) -> str:
        return f"{w} {rest}" if rest else w

    forms = [
        (phrase, BASE),
        (join(_plural(first)), S3),
        (join(_gerund(first)), GERUND),
    ]
    extra = irregular.get(phrase) or [join(f) for f in irregular.get(first, [])]
    if extra:
        forms += [(f, _form_kind(f.split()[0])) for f in extra]
    if not any(kind == PAST for _, kind in forms):
        forms.append((join(_past(first)), PAST))
    return forms


# "{n}" in a trigger phrase: an optional count of munitions ("fire {n} missiles" matches
# "fired two missiles", "fired a barrage of rockets" and "fired missiles").
COUNT_SLOT = "{n}"
# A count, then up to two words naming the munition's kind ("59 Tomahawk cruise missiles"),
# or the kind alone ("fired ballistic missiles", "launched explosive-laden drones").
_QUANTITY = (
    r"(?:a\s+(?:barrage|salvo|volley|hail|series|wave|swarm)\s+of|waves\s+of|dozens\s+of|"
    r"scores\s+of|hundreds\s+of|a\s+few|at\s+least\s+\w+|more\s+than\s+\w+|"
    r"(?:about|around|nearly|almost|roughly|some|over|up\s+to)\s+\d[\d,]*|a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|\d+|several|some)"
)
_KIND_WORDS = 2
_NOT_KINDS = r"(?:the|his|her|its|their|these|those|hundreds|thousands|dozens|scores|more|of)\b"
_COUNT = rf"(?:{_QUANTITY}(?:\s+[\w-]+){{0,{_KIND_WORDS}}}|(?!{_NOT_KINDS})[\w-]+)"
_QUANTITY_AT = re.compile(rf"(?<=\s){_QUANTITY}(?=\s)", re.IGNORECASE)


def slot_keys(key: str) -> list[str]:
    """Lookup keys of a matched trigger whose phrase may hold a count of munitions: "fired
    59 tomahawk cruise missiles" -> "fired {n} tomahawk cruise missiles", "fired {n} cruise
    missiles", "fired {n} missiles" (the words after the count may name the kind)."""
    m = _QUANTITY_AT.search(key)
    if m is None:  # the kind alone: "fired ballistic missiles" -> "fired {n} missiles"
        verb, *rest = key.split()
        return [f"{verb} {COUNT_SLOT} {' '.join(rest[1:])}"] if len(rest) > 1 else []
    head, rest = key[: m.start()], key[m.end() :].split()
    return [
        f"{head}{COUNT_SLOT} {' '.join(rest[k:])}"
        for k in range(min(_KIND_WORDS, len(rest) - 1) + 1)
    ]


def _words_regex(
    words: list[str],
    not_after: Sequence[str] = (),
    cased: Sequence[str] = (),
    not_before: Sequence[str] = (),
    patterns: Sequence[str] = (),
) -> re.Pattern[str]:
    """Any of the words or phrases, as whole words, ignoring case except for the ``cased``
    ones ("US", never the pronoun "us"); none right after a word of ``not_after`` ("army",
    not the "Army" of the "Baloch Liberation Army") nor right before one of ``not_before``
    ("ground", not the "ground" of "ground troops"). ``patterns`` are regular expressions
    for what no word list holds (a calendar day: "April 22")."""
    alternation = "|".join(
        [rf"(?-i:{_phrase_regex(w)})" for w in sorted(cased, key=len, reverse=True)]
        + [_phrase_regex(w.lower()) for w in sorted(words, key=len, reverse=True)]
        + [f"(?:{p})" for p in patterns]
    )
    guards = "".join(rf"(?<!{re.escape(w.lower())} )" for w in not_after)
    ahead = "|".join(re.escape(w.lower()) for w in not_before)
    tail = rf"(?!\s+(?:{ahead})\b)" if ahead else ""
    return re.compile(rf"(?<![\w-]){guards}(?:{alternation})(?![\w-]){tail}", re.IGNORECASE)


def _phrase_regex(form: str) -> str:
    parts = [_COUNT + "?" if w == COUNT_SLOT else re.escape(w) for w in form.split()]
    out = r"\s+".join(parts).replace("'", "['’]")
    # an optional slot takes its separating space with it
    return out.replace(r"\s+" + _COUNT + "?" + r"\s+", r"\s+(?:" + _COUNT + r"\s+)?")


def build(data: dict) -> Taxonomy:
    """Compile taxonomy data (the parsed TOML) into lookups."""
    irregular = {k: list(v) for k, v in data.get("inflections", {}).items()}
    types: dict[str, EventType] = {}
    forms: dict[str, list[FormEntry]] = {}
    for name, spec in data["types"].items():
        etype = EventType(
            name,
            spec.get("description", ""),
            spec["plover_type"],
            spec.get("plover_mode"),
            spec.get("acled_event_type"),
            spec.get("acled_sub_event_type"),
        )
        types[name] = etype
        for entry in spec.get("triggers", []):
            for pos, key in ((NOUN, "nouns"), (NOUN, "forms"), (VERB, "verbs")):
                for phrase in entry.get(key, []):
                    rule = TriggerRule(
                        event_type=name,
                        phrase=phrase,
                        pos=pos,
                        plover_type=entry.get("plover_type", etype.plover_type),
                        plover_mode=entry.get("mode", etype.plover_mode),
                        requires=tuple(entry.get("requires", [])),
                        excludes=tuple(entry.get("excludes", [])),
                        confidence=float(entry.get("confidence", 0.6)),
                        secondary=bool(entry.get("secondary", False)),
                        object=entry.get("object"),
                        object_excludes=tuple(entry.get("object_excludes", [])),
                        object_requires=tuple(entry.get("object_requires", [])),
                        requires_also=tuple(entry.get("requires_also", [])),
                        status=entry.get("status"),
                        fixed=key == "forms",
                        container=bool(entry.get("container", False)),
                        refers_back=bool(entry.get("refers_back", True)),
                        antecedent=entry.get("antecedent"),
                        needs_seen=entry.get("needs_seen"),
                        from_story=bool(entry.get("from_story", False)),
                    )
                    if key == "forms":
                        generated = [(phrase, BASE)]
                    elif pos == NOUN:
                        generated = _noun_forms(phrase)
                    else:
                        generated = _verb_forms(phrase, irregular)
                    for form, kind in generated:
                        forms.setdefault(normalise(form), []).append(FormEntry(rule, kind))
                        if COUNT_SLOT in form:  # the phrase without a count
                            bare = normalise(form.replace(COUNT_SLOT, " "))
                            forms.setdefault(bare, []).append(FormEntry(rule, kind))
    alternation = "|".join(_phrase_regex(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
    specs = data.get("contexts", {})
    context_words = {
        # "words_from" takes the words of other contexts ("state_subject": the state names)
        name: [
            *spec.get("words", []),
            *(w for o in spec.get("words_from", []) for w in specs[o]["words"]),
        ]
        for name, spec in specs.items()
    }
    cased_words = {
        name: [
            *spec.get("cased", []),
            *(w for o in spec.get("words_from", []) for w in specs[o].get("cased", [])),
        ]
        for name, spec in specs.items()
    }
    contexts = {
        name: Context(
            name,
            int(spec.get("window", 0)),
            _words_regex(
                context_words[name],
                spec.get("not_after", ()),
                cased_words[name],
                spec.get("not_before", ()),
                spec.get("patterns", ()),
            ),
            spec.get("side", "both"),
            _words_regex(spec["unless"]) if spec.get("unless") else None,
        )
        for name, spec in specs.items()
    }
    for entries in forms.values():
        for entry in entries:
            rule = entry.rule
            for name in (
                *rule.requires,
                *rule.excludes,
                *rule.object_excludes,
                *rule.object_requires,
                *rule.requires_also,
            ):
                if name not in contexts:
                    raise ValueError(
                        f"taxonomy: the {rule.event_type} trigger {rule.phrase!r} names "
                        f"the context {name!r}, which no [contexts.{name}] table defines"
                    )
    named = tuple(
        NamedDate(
            spec["name"],
            frozenset(date_key(e) for e in spec["expressions"]),
            frozenset(spec.get("types", [])),
            date.fromisoformat(spec["date"]),
        )
        for spec in data.get("named_dates", [])
    )
    return Taxonomy(types, {k: tuple(v) for k, v in forms.items()}, pattern, contexts, named)


@cache
def load() -> Taxonomy:
    """The packaged taxonomy (``extractors/taxonomy.toml``), compiled once."""
    text = resources.files("extractors").joinpath("taxonomy.toml").read_text("utf-8")
    return build(tomllib.loads(text))
