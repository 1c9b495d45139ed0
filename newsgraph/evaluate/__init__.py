"""Evaluation of newsgraph against annotated corpora (``newsgraph evaluate …``)."""
