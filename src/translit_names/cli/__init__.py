"""The ``translit-names`` command line: the group and its options in :mod:`.app`, the commands in one module
per subject (names, text, tables, gazetteer), registered on import.

Exit codes follow grep: 0 found, 1 not found, 2 usage or data error (a one-line message, never a traceback).
"""

from __future__ import annotations

from . import gazetteer, names, tables, text  # noqa: F401  (each registers its commands on the group)
from .app import main

__all__ = ["main"]
