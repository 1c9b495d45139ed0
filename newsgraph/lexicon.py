"""Linguistic knowledge as data: cue verbs, role nouns, titles, event lexicon (``newsgraph/data/*.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _load(name: str) -> dict[str, Any]:
    return yaml.safe_load(resources.files("newsgraph").joinpath("data", name).read_text(encoding="utf-8")) or {}


@dataclass(frozen=True)
class Lexicon:
    role_nouns: frozenset[str]
    description_heads: frozenset[str]  # nouns describing a person beyond the titles ("nominee", "developer")
    titles: dict[str, str]
    regional_adjectives: frozenset[str]
    speech: frozenset[str]
    belief: frozenset[str]
    addressee_object: frozenset[str]
    anonymous_heads: frozenset[str]
    group_pronouns: frozenset[str]
    relay: frozenset[str]
    document_heads: frozenset[str] = frozenset()
    voice_heads: frozenset[str] = frozenset()
    quote_verbs: frozenset[str] = frozenset()
    actions: frozenset[str] = frozenset()
    action_frames: frozenset[str] = frozenset()
    speaking_of: frozenset[str] = frozenset()
    manner_frames: frozenset[str] = frozenset()
    poll_heads: frozenset[str] = frozenset()
    aspect: frozenset[str] = frozenset()
    intentions: frozenset[str] = frozenset()
    plans: frozenset[str] = frozenset()
    going: frozenset[str] = frozenset()
    factive: frozenset[str] = frozenset()
    stirring: frozenset[str] = frozenset()
    stirring_voiced: frozenset[str] = frozenset()
    data_heads: frozenset[str] = frozenset()
    count_heads: frozenset[str] = frozenset()
    proposition_nouns: frozenset[str] = frozenset()
    bars: dict[str, float] = field(default_factory=dict)  # cue probability from which a kind of frame is reported
    events: dict[str, Any] = field(default_factory=dict)

    def title_sector(self, phrase: str) -> tuple[str, str] | None:
        s = self.titles.get(phrase.lower().strip())
        return (s, "person") if s else None

    def is_cue(self, lemma: str) -> bool:
        return lemma in self.speech or lemma in self.belief


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    roles = _load("roles.yaml")
    cues = _load("cues.yaml")
    return Lexicon(
        role_nouns=frozenset(roles.get("role_nouns", [])),
        description_heads=frozenset(roles.get("description_heads", [])),
        titles={k.lower(): v for k, v in (roles.get("titles") or {}).items()},
        regional_adjectives=frozenset(roles.get("regional_adjectives", [])),
        speech=frozenset(cues.get("speech", [])),
        belief=frozenset(cues.get("belief", [])),
        addressee_object=frozenset(cues.get("addressee_object", [])),
        anonymous_heads=frozenset(cues.get("anonymous_heads", [])),
        group_pronouns=frozenset(cues.get("group_pronouns", [])),
        relay=frozenset(cues.get("relay", [])),
        document_heads=frozenset(cues.get("document_heads", [])),
        voice_heads=frozenset(cues.get("voice_heads", [])),
        quote_verbs=frozenset(cues.get("quote_verbs", [])),
        actions=frozenset(cues.get("actions", [])),
        action_frames=frozenset(cues.get("action_frames", [])),
        speaking_of=frozenset(cues.get("speaking_of", [])),
        manner_frames=frozenset(cues.get("manner_frames", [])),
        poll_heads=frozenset(cues.get("poll_heads", [])),
        aspect=frozenset(cues.get("aspect", [])),
        intentions=frozenset(cues.get("intentions", [])),
        plans=frozenset(cues.get("plans", [])),
        going=frozenset(cues.get("going", [])),
        factive=frozenset(cues.get("factive", [])),
        stirring=frozenset(cues.get("stirring", [])),
        stirring_voiced=frozenset(cues.get("stirring_voiced", [])),
        data_heads=frozenset(cues.get("data_heads", [])),
        count_heads=frozenset(cues.get("count_heads", [])),
        proposition_nouns=frozenset(cues.get("proposition_nouns", [])),
        bars={k: float(v) for k, v in (cues.get("bars") or {}).items()},
        events=_load("events.yaml"),
    )
