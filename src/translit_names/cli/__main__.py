"""``python -m translit_names.cli``."""

from __future__ import annotations

from . import main

__all__: list[str] = []

if __name__ == "__main__":  # pragma: no cover
    main()
