"""newsgraph: who did what to whom, when and where, and who says so — from news reports."""

__version__ = "0.1.0"
