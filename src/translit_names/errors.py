"""Exceptions raised by translit_names.

Every error the library raises on purpose derives from :class:`TranslitNamesError`, itself a
:class:`ValueError`, so ``except ValueError`` keeps working for callers who do not care which.
"""

from __future__ import annotations

__all__ = [
    "GazetteerError",
    "TranslitNamesError",
    "UnknownLanguageError",
    "UnknownSchemeError",
]


class TranslitNamesError(ValueError):
    """Base class of every error raised by translit_names."""


class UnknownLanguageError(TranslitNamesError):
    """A language code that the transliteration engine does not know."""

    def __init__(self, lang: str, known: list[str]) -> None:
        self.lang = lang
        self.known = known
        super().__init__(f"unknown language {lang!r}; known languages: {', '.join(known)}")


class UnknownSchemeError(TranslitNamesError):
    """A scheme name that does not exist for the given language."""

    def __init__(self, scheme: str, lang: str, known: list[str]) -> None:
        self.scheme = scheme
        self.lang = lang
        self.known = known
        super().__init__(
            f"unknown scheme {scheme!r} for language {lang!r}; known schemes: {', '.join(known)}"
        )


class GazetteerError(TranslitNamesError):
    """A gazetteer source or index that cannot be used, naming the file and entity at fault."""

    def __init__(self, message: str, *, path: str | None = None, entity: str | None = None) -> None:
        self.path = path
        self.entity = entity
        where = ": ".join(p for p in (path, entity) if p)
        super().__init__(f"{where}: {message}" if where else message)
