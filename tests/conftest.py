"""Shared fixtures: one loaded pipeline per session, and the project's external data where present."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
SEED = SHARED_DATA / "seed" / "000_0810057b99672621.txt"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"the seed article is not here ({SEED}); it comes with the project's shared data")
    return SEED


@pytest.fixture(scope="session")
def seed_doc(pipeline, seed_path):
    docs = list(pipeline.run([str(seed_path)], published="2025-08-14"))
    assert len(docs) == 1 and not isinstance(docs[0], Exception), docs
    return docs[0]


@pytest.fixture(scope="session")
def example_docs(pipeline):
    return [d for d in pipeline.run([str(EXAMPLES)]) if not isinstance(d, Exception)]
