"""``compare``: how likely two spellings name the same entity, without a gazetteer."""

from __future__ import annotations

from ..names.tokens import tokenize
from ..names.variants import clean_query
from .align import name_similarity
from .words import transcription_similarity

__all__ = ["compare"]


def compare(a: str, b: str) -> float:
    """How likely two spellings name the same entity, in [0, 1]; gazetteer-free and symmetric.

    ``compare(x, x) == 1`` for any name with a letter or digit; unrelated names score near 0. At or above
    :data:`DEFAULT_THRESHOLD` the two are taken to be the same name.
    """
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError("compare() takes two str")
    ta, tb = tokenize(clean_query(a)), tokenize(clean_query(b))
    # The learned Cyrillic / Latin word model can only matter when one name has a Latin word and the other a
    # word in another script; other pairs skip its overhead.
    ascii_a, ascii_b = {t.norm.isascii() for t in ta}, {t.norm.isascii() for t in tb}
    if (True in ascii_a and False in ascii_b) or (False in ascii_a and True in ascii_b):
        return name_similarity(ta, tb, word_similarity=transcription_similarity)
    return name_similarity(ta, tb)
