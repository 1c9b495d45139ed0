"""CLI command groups kept in their own modules. Each module defines ``command`` (a click command or group),
which ``newsgraph.cli`` registers; like the rest of the CLI, they only call the library."""
