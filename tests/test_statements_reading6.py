"""Statements a careful reader rejected on whole real pages (sixth reading), rewritten as short fictional
articles; each keeps a real statement beside the false one, so a rule that drops everything fails."""

from __future__ import annotations

import pytest
from statement_helpers import cues as _cues  # tests/statement_helpers.py
from statement_helpers import show


@pytest.mark.usefixtures("pipeline")
def test_the_object_of_a_cue_with_no_subject_is_no_speaker():
    """ "The only two Arab states to have signed treaties with Israel - Egypt and Jordan - also sharply
    criticised the policy shift": with the parse's subject lost in the dashes, "the policy shift" is what is
    criticised, never the speaker, and the clause before is no content; the quotes after keep theirs."""
    cues = _cues(
        "Neighbours condemn settlement decree\n\n"
        "The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - also sharply "
        "criticised the policy shift, with a Jordanian minister, Rana Haddad, warning of \"dangerous "
        "consequences\".\n\n"
        "\"We will not accept this,\" said Haddad, who met her Egyptian counterpart last week.\n\n"
        "\"It is a mistake,\" said the minister.")
    assert all((s.source is None or "shift" not in s.source.text) and "treaties" not in s.content.text
               for v in cues.values() for s in v), show(cues)
    assert len(cues.get("said", [])) == 2, show(cues)
