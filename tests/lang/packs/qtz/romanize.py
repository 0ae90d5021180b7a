"""The toy pack's romaniser: a plain str -> str function, pure and total (never raises on any str)."""

from __future__ import annotations

__all__ = ["plain"]

_LETTERS = str.maketrans(
    {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ο": "o",
     "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "ύ": "y", "ί": "i", "ά": "a", "ό": "o", "έ": "e"}
)  # fmt: skip


def plain(text: str) -> str:
    """``text`` with the toy table's Greek letters in Latin; other characters kept."""
    out = text.lower().translate(_LETTERS)
    return out[:1].upper() + out[1:] if text[:1].isupper() else out
