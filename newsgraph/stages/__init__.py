"""Analysis stages, in pipeline order. Each module has one entry point: ``run(analysis) -> analysis``."""

from . import actors, events, places, statements, time

ORDER = (actors, time, places, statements, events)

__all__ = ["ORDER", "actors", "time", "places", "statements", "events"]
