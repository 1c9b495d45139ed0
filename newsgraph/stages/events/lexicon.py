"""What the events stage knows before it reads an article: the word sets, the trigger record, and the
sets derived once from the event lexicon (``data/events.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import lexicon
from ..actors import GENERIC_HEADS, PERSON_HEADS

LOCATIVE = {"in", "at", "near", "outside", "inside", "on"}
REPORTED_PRONOUNS = {"it", "they", "we", "he", "she", "i"}
BODY_HEADS = GENERIC_HEADS - PERSON_HEADS  # "the committee", "the council": a body, though unnamed
LOCATED = {"COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}  # material acts whose target may be a place
CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
QUANTITY_HEADS = {"kg", "kilograms", "tons", "tonnes", "worth", "shipment", "consignment", "batch", "million", "billion"}
#: heads of a collection whose "of" object is the thing ("a series of text messages", "a trove of documents")
COLLECTION_HEADS = frozenset({"series", "set", "batch", "trove", "cache", "stack", "pile", "collection", "bundle",
                              "handful", "number", "string", "raft", "slew"})
STATIVE_PASSIVES = {"oppose", "engage", "involve"}  # "is opposed to", "were engaged in": the subject's own, not done to it
ARRIVALS = {"arrive", "deploy", "serve", "participate", "land", "travel", "fly", "depart", "leave"}
#: verbs of travel and the prepositions of their destination: a political figure's trip abroad is a visit
TRAVEL = {"arrive": {"in", "at"}, "land": {"in", "at"}, "travel": {"to"}, "fly": {"to"}, "depart": {"for"}, "leave": {"for"}}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


@dataclass
class _Trigger:
    type: str
    mode: str | None
    token: object  # the verb (or noun) the event hangs on
    head: object  # the clause verb that carries subject, tense and modifiers
    noun: object | None = None  # event noun under a light verb
    demand: bool = False  # a clause with "must" and no event of its own: only a demand of its reporter
    phrasal: bool = False  # a verb with its preposition ("call for"): the phrase needs no actor as object
    figurative: bool = False  # "went after", "took shots at": criticism only from politicians at someone


@lru_cache(maxsize=4)
def _derived(_key: int) -> tuple[frozenset[str], ...]:
    """Sets built once from the lexicon: attack nouns, every verb lemma the event lexicon knows, the
    verbs of threat, the verbs of saying."""
    lex = lexicon().events
    known = set(lex.get("verbs", {})) | set(lex.get("frames", {})) | set(lex.get("light_verbs", [])) \
        | {k.split()[0] for k in lex.get("phrases", {})} | {k.split("+")[0] for k in lex.get("objects", {})}
    threats = frozenset(k for k, v in lex.get("verbs", {}).items() if v.startswith("THREATEN"))
    speech = frozenset(lexicon().speech | {"announce", "declare", "confirm", "state"})
    # the verb lemma that begins any key ("call for", "hand over+medicine", "launch+attack"): no verb
    # outside this set can be a trigger, so the others are not looked at
    heads = set(lex.get("verbs", {})) | set(lex.get("frames", {})) | set(lex.get("light_verbs", [])) \
        | set(lex.get("gathering", [])) \
        | {re.split(r"[ +]", k, maxsplit=1)[0] for table in ("phrases", "objects") for k in lex.get(table, {})}
    return frozenset(lex.get("attack_nouns", [])), frozenset(known), threats, speech, frozenset(heads)


#: the lexicon's lists the coder reads as sets, by attribute name: (key in events.yaml, attribute)
_SETS = (("light_verbs", "light"), ("reciprocal", "reciprocal"), ("recipient_preps", "rec_preps"),
         ("needs_recipient", "needs_recipient"), ("fallback_preps", "fallback_preps"),
         ("needs_two_parties", "needs_two"), ("needs_object", "needs_object"), ("verbal_attack", "verbal_attack"),
         ("object_or_infinitive", "object_or_infinitive"),
         ("verbal_force", "verbal_force"), ("force_words", "force_words"),
         ("verbal_instruments", "verbal_instruments"), ("criticism", "criticism"), ("merit", "merit"), ("transitive_only", "transitive_only"),
         ("intransitive_only", "intransitive_only"),
         ("gathering", "gathering"), ("protest_heads", "protest_heads"),
         ("sport_words", "sport_words"), ("figurative_criticism", "figurative"),
         ("armed_sectors", "armed_sectors"), ("party_groups", "party_groups"))
#: the lexicon's tables the coder reads as they are: (key, attribute)
_TABLES = (("verbs", "verbs"), ("objects", "objects"), ("nouns", "nouns"), ("scores", "scores"),
           ("mode_scores", "mode_scores"), ("phrases", "phrases"), ("frames", "frames"))


@lru_cache(maxsize=4)
def _word_sets(_key: int) -> dict[str, object]:
    """Everything the coder reads of the event lexicon, by attribute name, built once per lexicon (not per
    article): its tables, its lists as sets, the sense tables as sets per verb, and :func:`_derived`."""
    lex = lexicon().events
    out: dict[str, object] = {attr: lex.get(key, {}) for key, attr in _TABLES}
    out.update({attr: frozenset(lex.get(key, [])) for key, attr in _SETS})
    out.update({attr: {k: frozenset(v) for k, v in lex.get(key, {}).items()}
                for key, attr in (("object_senses", "object_senses"), ("object_not", "object_not"))})
    names = ("attack_nouns", "known", "threat_lemmas", "speech", "trigger_lemmas")
    out.update(zip(names, _derived(_key), strict=True))
    return out


def _split(code: str) -> tuple[str, str | None]:
    t, _, m = code.partition("/")
    return t, (m or None)

