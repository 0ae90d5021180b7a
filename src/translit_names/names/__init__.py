"""Names: words as tokens (:mod:`.tokens`), the matching key and skeleton (:mod:`.keys`), and the query variants
the matcher tries (:mod:`.variants`: titles and possessives dropped, case endings undone)."""

from __future__ import annotations

from .keys import name_key, skeleton, token_key
from .tokens import Token, make_token, tokenize, tokenize_with_keys
from .variants import clean_query, common_words, query_variants

__all__ = [
    "Token",
    "clean_query",
    "common_words",
    "make_token",
    "name_key",
    "query_variants",
    "skeleton",
    "token_key",
    "tokenize",
    "tokenize_with_keys",
]
