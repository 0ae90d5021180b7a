"""Persian romanisation families (see :mod:`translit_names.lang.ar.families`): ALA-LC, UNGEGN (2012), the
Iranian press spelling (ou, ei: Soleimani, Rouhani, Hossein), the same with gh for qaf (Ghasem), and the
French-style spelling of the Arab and French press (Kassem).

>>> press("قاسم سلیمانی")
'Qasem Soleimani'
>>> gh("قاسم سلیمانی")
'Ghasem Soleimani'
>>> french("قاسم سلیمانی")
'Kassem Soleimani'
>>> press("روح‌الله خمینی")
'Rouhollah Khomeini'
"""

from __future__ import annotations

from ..casing import MAX_INPUT
from ..ar.families import FAMILIES, write

__all__ = ["ala_lc", "french", "gh", "press", "ungegn"]


def _write(text: str, family: str) -> str:
    if not isinstance(text, str):
        return ""
    return write(text[:MAX_INPUT], "fa", FAMILIES[family])


def ala_lc(text: str) -> str:
    """ALA-LC Persian (Library of Congress, 2012): Arabic-style vowels (Qāsim, Ḥusayn), v, s̄ z̄ ẓ."""
    return _write(text, "fa_ala_lc")


def ungegn(text: str) -> str:
    """UNGEGN Persian (2012) without diacritics: e and o vowels, ey, q (Qasem Soleymani)."""
    return _write(text, "fa_un")


def press(text: str) -> str:
    """Iranian English press: ou for long u, ei for ey (Rouhani, Hossein, Soleimani), q for qaf."""
    return _write(text, "fa_press")


def gh(text: str) -> str:
    """The Iranian press spelling with gh for qaf (Ghasem, Ghalibaf)."""
    return _write(text, "fa_gh")


def french(text: str) -> str:
    """French-style spelling (k for qaf, ss between vowels, ch, dj, ou): Kassem Soleimani."""
    return _write(text, "fa_french")
