"""Names built on a father's name (the nasab of Arabic names, and names written the same way in other cultures):
``A B C`` is A, son (or daughter) of B C. A name that is another full name with a word put before it therefore
names a child of that person, not the person (عدي صدام حسين is Uday, son of Saddam Hussein; بشار حافظ الأسد is
Bashar, son of Hafez al-Assad), whereas a word put inside a name (Bashar Hafez al-Assad against Bashar al-Assad)
or a longer form of the same name does not change whom it names.

>>> son_of("Uday Saddam Hussein", "Saddam Hussein")
True
>>> son_of("Bashar Hafez al-Assad", "Bashar al-Assad")
False
"""

from __future__ import annotations

from functools import lru_cache

from ..names.variants import clean_query
from .compare import compare
from .params import DEFAULT_THRESHOLD

__all__ = ["son_of"]


# The article written apart (Al Assad, El Sisi) is part of the next word, not a name of its own.
_ARTICLES = frozenset({"al", "el", "al-", "el-", "as", "ash", "ad", "an", "ar", "at", "az", "ul", "ال"})


def _words(name: str) -> tuple[str, ...]:
    """The words of ``name`` as written apart (al-Assad is one word; an article written apart is left out)."""
    return tuple(w for w in clean_query(name).split() if w.lower() not in _ARTICLES)


@lru_cache(maxsize=4096)
def son_of(name: str, other: str) -> bool:
    """Whether ``name`` is ``other`` (two words or more) with one or more words put before it, the first of which
    is not ``other``'s first word: a child's name before the parent's full name. Words are compared with
    ``compare`` (any script, any romanisation). Remembers 4,096 pairs."""
    a, b = _words(name), _words(other)
    if len(b) < 2 or len(a) <= len(b):
        return False
    tail = " ".join(a[len(a) - len(b) :])
    if compare(tail, " ".join(b)) < DEFAULT_THRESHOLD:
        return False
    return compare(a[0], b[0]) < DEFAULT_THRESHOLD
