"""Work on many names at once: :func:`lookup_many`, :func:`cluster` and :func:`group`, and column adapters."""

from __future__ import annotations

from .grouping import Grouping, cluster, group
from .frames import lookup_column
from .many import lookup_many

__all__ = ["Grouping", "cluster", "group", "lookup_column", "lookup_many"]
