"""Aid given with no one named to receive it.

AID needs an identified other party (``needs_recipient``): "provided documents" or "supplied the
figures" give no aid. But where the object itself names aid ("is providing urgent assistance",
"has been providing humanitarian aid for years", "provided food assistance every month to 300,000
people"), the act is aid whoever receives it, and the article guide writes it with empty recipients
when no party is named. Only nouns that mean aid and nothing else count: not "package", "loan" or
"sales", which name aid only with a recipient in view.
"""

from __future__ import annotations

AID_NOUNS = frozenset({"aid", "assistance", "relief", "donation", "funding"})


def aid_named(coder, trig) -> bool:
    """The trigger is AID given as an object that names aid itself ("providing assistance")."""
    noun = trig.noun
    if trig.type != "AID" or noun is None:
        return False  # the verb alone ("provide", "supply") gives aid only to someone
    # the object of the clause's verb, verb and object both ("provide+assistance") or through a light verb
    # ("delivering humanitarian aid")
    return noun.lemma_.lower() in AID_NOUNS and noun.dep_ == "dobj" and noun.head.i == trig.head.i
