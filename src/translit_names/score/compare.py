"""``compare``: how likely two spellings name the same entity, without a gazetteer."""

from __future__ import annotations

from ..errors import TranslitNamesError
from ..names.tokens import tokenize
from ..names.variants import clean_query
from .align import name_similarity
from .crossscript.learned import joined_similarity
from .params import KEY_MATCH, MAX_NAME_CHARS
from .packs import language_pack_similarity
from .syllables import resegmented_similarity
from .words import transcription_similarity

__all__ = ["check_name_length", "compare"]


def check_name_length(name: str) -> None:
    """Raise :class:`~translit_names.TranslitNamesError` for a name over :data:`MAX_NAME_CHARS` characters."""
    if len(name) > MAX_NAME_CHARS:
        raise TranslitNamesError(f"name is {len(name)} characters long; names are limited to {MAX_NAME_CHARS}")


def compare(a: str, b: str) -> float:
    """How likely two spellings name the same entity, in [0, 1]; gazetteer-free and symmetric.

    ``compare(x, x) == 1`` for any name with a letter or digit; unrelated names score near 0. At or above
    :data:`DEFAULT_THRESHOLD` the two are taken to be the same name.
    """
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError("compare() takes two str")
    check_name_length(a)
    check_name_length(b)
    ta, tb = tokenize(clean_query(a)), tokenize(clean_query(b))
    if not ta and not tb:
        # Letters the normaliser drops (the modifier prime ``ʹ`` of transliterated soft signs): a name made of
        # them alone is still itself.
        same = a.casefold().split() == b.casefold().split() and any(c.isalnum() for c in a)
        return 1.0 if same else 0.0
    # The learned Cyrillic / Latin word model can only matter when one name has a Latin word and the other a
    # word in another script; other pairs skip its overhead.
    ascii_a, ascii_b = {t.norm.isascii() for t in ta}, {t.norm.isascii() for t in tb}
    if (True in ascii_a and False in ascii_b) or (False in ascii_a and True in ascii_b):
        score = name_similarity(ta, tb, word_similarity=transcription_similarity)
        # A name in a script written without spaces (周恩来, 김정은) against a Latin name's words run together.
        native, latin = (tb, ta) if True in ascii_a else (ta, tb)
        joined = joined_similarity(tuple(t.norm for t in native), tuple(t.norm for t in latin))
        score = score if joined is None else max(score, joined)
    else:
        score = name_similarity(ta, tb)
        if score < 1.0 and len(ta) != len(tb):
            # Syllables spaced, joined or hyphenated differently (Zhou En Lai, Zhou Enlai, ZhouEnlai).
            score = max(score, resegmented_similarity(ta, tb))
    # Language packs: other scripts through their Latin readings; Arabic-script names' Latin families.
    # (Those are at most KEY_MATCH: a score at or above it is already the answer.)
    return score if score >= KEY_MATCH else max(score, language_pack_similarity(a, b))
