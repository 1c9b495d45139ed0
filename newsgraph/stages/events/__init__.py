"""PLOVER events: who did what to whom, when and where — coded only where the text supports it.

A trigger is a verb of the event lexicon (``data/events.yaml``): a multi-word verb ("step down", "go
on strike"), a verb with a typed object ("sell weapons", "impose a curfew"), a light verb with an
event noun ("pledging support for Ukraine"), a frame with an infinitive ("refused to release" →
REJECT, "is willing to withdraw" → AGREE) or a verb alone. An event is coded only when its actor
resolves to an actor of the article (a named actor, or a phrase that names a group by its sector:
"German prosecutors", "the Syrian government"); the other party comes from the object, a dative, a
prepositional phrase, or from inside the object phrase ("condemned Iran's decision"). Reciprocal
events (meetings, agreements) list all parties as actors. An event its own actor announces ("X
said it would release …") is X's stated intent: AGREE, REJECT when negated, THREATEN for conflict.
The condition of a threat ("if he refuses …") is the threat's content, not an event. Status, date
(resolved with the clause's tense), place, the statement it is attributed to, a confidence and
PLOVER's cooperation–conflict score are attached. Last, the mentions of one occurrence are linked
(``occurrences.py``): a noun that refers back ("the attack", "her talks with Salas") takes the date and
place another mention of the same occurrence states, and an undated past act of the lede's actor the
lede's day, with basis ``context`` and the offsets of the words they come from.
"""

from __future__ import annotations

from ...analysis import Analysis
from .coder import Coder


def run(an: Analysis) -> Analysis:
    an.events.extend(Coder(an).run())
    return an
