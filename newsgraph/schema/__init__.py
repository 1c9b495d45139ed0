"""The JSON Schema of the newsgraph/1 contract, shipped in the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("newsgraph-1.schema.json").read_text(encoding="utf-8"))


def validate(obj: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``obj`` is not a valid newsgraph/1 document."""
    import jsonschema

    jsonschema.validate(obj, schema(), cls=jsonschema.Draft202012Validator)
