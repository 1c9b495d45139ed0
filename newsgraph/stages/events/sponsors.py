"""A bill acts for those who put it forward: "Corker is introducing a bill to impose sanctions on Iran", "the
legislation seeks to step up sanctions", "the chairman's bill would prohibit …" — the sanction, the ban or the
aid a bill would bring is its sponsors' act (hypothetical while the bill is not law), and "backing the measure"
supports them.

A document's sponsor is, in this order: its possessor ("Corker's legislation"), its own "by" agent ("a bill by
Senator Lane"), the subject of the verb that puts it forward ("lawmakers passed measures to …", "Corker is
introducing a new bill to …"), else the sponsor of the document last put forward before it in the article
("The legislation seeks to …" after "Corker is introducing a new bill"). None found: nothing is written.
"""

from __future__ import annotations

#: nouns of a legislative or policy document that can act for its sponsors
DOCUMENTS = frozenset({"bill", "legislation", "measure", "proposal", "resolution", "amendment"})
#: documents that are proposals only: "Lane's proposal to ban traders" asks the ban of a government (no act of
#: Lane's); "the proposal" can still refer back to a bill put forward before it
PROPOSALS = frozenset({"proposal"})
#: verbs that put a document forward: their subject is its sponsor
SPONSORING = frozenset({"introduce", "sponsor", "propose", "draft", "write", "author", "unveil", "pass", "file",
                        "submit", "table", "offer", "present", "approve", "adopt", "push", "lead", "craft",
                        "pursue"})
#: participles of leading a group ("a small group led by Senator Corker")
LEADING = frozenset({"lead", "head", "spearhead", "chair"})
#: how far back a document's sponsor is looked for when the document names none itself (characters)
SPONSOR_WINDOW = 3000


class Sponsors:
    """The sponsors of a bill, as the parties of its acts (a part of :class:`~.coder.Coder`)."""

    def _document(self, tok) -> bool:
        return tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENTS

    def _own_sponsor(self, doc_tok) -> list[str]:
        """The sponsor the document's own phrase or its governing verb names."""
        poss = [c for c in doc_tok.children if c.dep_ == "poss"]
        if poss:
            return self.actors_of(poss)
        by = [g for c in doc_tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
              if g.dep_ == "pobj"]
        if by:
            return self.actors_of(by)
        t = doc_tok
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head  # "passed a set of measures", "a package of sanctions bills"
        head = t.head  # ("signed on to the legislation", "voted for the bill": no sponsoring)
        if t.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and self.lemma(head) in SPONSORING:
            if t.dep_ == "nsubjpass":
                return self.actors_of([g for c in head.children if c.dep_ == "agent" for g in c.children
                                       if g.dep_ == "pobj"])
            subj = [c for c in head.children if c.dep_ == "nsubj"]
            # "a small group led by Senator Corker is introducing a bill": the one who leads it
            leader = [g for c in subj for a in c.children if a.dep_ == "acl" and a.lemma_.lower() in LEADING
                      for b in a.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"]
            return self.actors_of(leader) or self.actors_of(subj)
        return []

    def sponsor_of(self, doc_tok) -> list[str]:
        """The document's sponsor: its own, else that of the document put forward last before it."""
        proposal = doc_tok.lemma_.lower() in PROPOSALS
        own = [] if proposal else self._own_sponsor(doc_tok)
        if own:
            return own
        if proposal and any(c.dep_ == "poss" for c in doc_tok.children):
            return []  # "Lane's proposal to ban …": what Lane asks for, not a bill's act
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in doc_tok.children):
            return []  # "a bill would …": no particular one
        start = max(0, doc_tok.i - 1)
        for tok in reversed(self.doc[:start]):
            if doc_tok.idx - tok.idx > SPONSOR_WINDOW:
                break
            if self._document(tok) and tok.lemma_.lower() not in PROPOSALS:
                found = self._own_sponsor(tok)
                if found:
                    return found
        return []

    def document_acts(self, verb, subj) -> list[str]:
        """The sponsors of the document that does the act: "the legislation seeks to step up sanctions", "a
        bill to impose sanctions", "measures to step up sanctions"."""
        t = verb
        for _ in range(3):  # "seeks to step up": the clause's own subject, through the verbs of intent
            if t.dep_ in ("xcomp",) and t.head.pos_ in ("VERB", "AUX"):
                t = t.head
            else:
                break
        doc_tok = subj if self._document(subj) else next(
            (c for c in t.children if c.dep_ == "nsubj" and self._document(c)), None)
        if doc_tok is None and t.dep_ in ("acl", "relcl") and self._document(t.head):
            doc_tok = t.head  # "a new bill to impose sanctions on Iran"
        if doc_tok is None and t.dep_ == "advcl" and self.lemma(t.head) in SPONSORING and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            # "passed measures on Tuesday to step up sanctions": the purpose of putting a document forward
            doc_tok = next((c for c in t.head.children if c.dep_ == "dobj"), None)
            if doc_tok is not None and not self._document(doc_tok) and not any(
                    self._document(g) for p in doc_tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children):
                doc_tok = None
        return self.sponsor_of(doc_tok) if doc_tok is not None else []

    def document_backed(self, verb) -> list[str]:
        """The sponsors of a document supported or rejected: "are backing the measure", "signed on to the
        legislation"."""
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with", "for") for g in c.children
            if g.dep_ == "pobj"]
        for o in objs:
            if self._document(o):
                return self.sponsor_of(o)
        return []
