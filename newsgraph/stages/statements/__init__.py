"""Statements: who said what, to whom, through whom.

Three passes over the parse, each a rule over dependency structure with its words in
``data/cues.yaml``:

1. direct quotes: quotation spans (curly, straight, single, guillemets; running over sentences and
   paragraphs) tied to a speech cue before or after them in the same sentence;
2. indirect speech and belief: a frame (a verb with a that-clause, an infinitive, an object or a
   parenthetical place — "warned Putin of severe consequences", "X, he said, Y" —, or a noun or
   adjective with a clause or object — "his claim that …", "critical of …") that a small logistic
   regression (``data/statement_cues.csv``, learned on PolNeAR train) takes for an attribution; its
   probability is the statement's ``confidence``. And "according to X" (a closing one takes its whole
   sentence), what a poll finds ("In a Gazette poll, Rourke led …"), and a line opening with a
   name and a colon ("Sanders: …", a transcript's "JAKE TAPPER: …"). The content stops before the
   reporter's glosses and a new attribution joined on by "and", runs on over what a second small
   regression (the boundary model) takes for more of it, to the close of a quote it opened, and a
   quote sentence with no cue right after a statement goes on with it;
   No statement comes of a verb of doing (the lexicon's ``actions``: "Congress passed the act"), of a
   cue in a condition ("If Yellen had warned that …") or in a question the writer asks, nor of a
   heading inside the text (a subhead, a related story's headline) or a page's "Our …:" line; nor of
   an act with its own preposition ("convicted of"), a phase verb with an infinitive ("continued to"),
   an agentless passive or a negated cue with no clause ("suspected of", "did not respond to"), or a
   related-story card pasted into the text (``filters``); verbs of wanting only when the classifier is
   very sure;
3. chains: a source passed on by another ("sources cited by CNN", "citing two officials") gets a
   statement of the relaying source, linked by ``via``.

Sources resolve to the actors of the actors stage (pronouns and descriptions included); a source
with no name ("a European official") becomes an anonymous actor keeping what it reveals.
"""

from . import classifier, weights
from .classifier import cue_model, cue_probability, frame_features, frame_signature
from .extract import run
from .frames import FRAME_PREPS, Frame, candidate_frames, content_bounds, frame_content, frame_of, right_units
from .quotes import Quote, find_quotes
from .weights import bounds_model

__all__ = ["FRAME_PREPS", "Frame", "Quote", "bounds_model", "candidate_frames", "classifier", "content_bounds",
           "cue_model", "cue_probability", "find_quotes", "frame_content", "frame_features", "frame_of",
           "frame_signature", "right_units", "run", "weights"]
