"""Reading large data files line by line: compressed or not, with one policy for bad records.

The importers of users' data (:mod:`.ftm`, :mod:`.wikidata`, :mod:`.geonames_dump`) read through
:func:`read_lines`, which opens plain, gzip, bzip2, xz and zip files (told apart by their first bytes, not their
names), decodes each line as UTF-8 on its own (so a bad byte is reported with its line number), and numbers the
lines from 1. A bad record goes to :meth:`BadRecords.report`: by default that raises a one-line
:class:`~translit_names.errors.GazetteerError` naming file and line; with ``skip_bad`` the record is skipped and
counted (the build prints the count and the first few reasons).
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ...errors import GazetteerError
from ...lang import find as find_pack
from ...text.scripts import scripts_of
from ..sources import validate_lang

__all__ = ["BadRecords", "ImportCounts", "clean_name", "compression", "is_native", "json_problem", "lang_or_und", "open_binary", "read_lines"]

#: How many reasons for skipped records :class:`BadRecords` keeps to show (the count is always exact).
MAX_EXAMPLES = 5

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"), (b"PK\x03\x04", "zip")
)


@dataclass
class ImportCounts:
    """What one input gave: entities, names, records skipped as not named entities, bad records skipped."""

    entities: int = 0
    names: int = 0
    ignored: int = 0
    bad: int = 0


@dataclass
class BadRecords:
    """The policy for malformed records: raise on the first (default) or, with ``skip_bad``, count and skip."""

    skip_bad: bool = False
    count: int = 0
    examples: list[str] = field(default_factory=list)

    def report(self, path: str | Path, line: int, message: str) -> None:
        """One bad record at ``path``:``line``: raise, or count it when skipping."""
        where = f"{path}:{line}" if line else str(path)
        text = f"{where}: {message}"
        if not self.skip_bad:
            raise GazetteerError(f"{text} (use --skip-bad to skip bad records)")
        self.count += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(text)


def compression(path: Path) -> str | None:
    """``gzip``, ``bzip2``, ``xz``, ``zip`` or None (plain), from the file's first bytes."""
    with path.open("rb") as fh:
        head = fh.read(6)
    return next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)


def open_binary(path: Path) -> IO[bytes]:
    """``path`` opened for reading bytes, decompressed on the fly when it is gzip, bzip2, xz or zip."""
    try:
        kind = compression(path)
    except OSError as exc:
        raise GazetteerError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    if kind == "gzip":
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]
    if kind == "bzip2":
        return bz2.open(path, "rb")
    if kind == "xz":
        return lzma.open(path, "rb")
    if kind == "zip":
        # GeoNames ships zip archives of one text file (allCountries.zip, cities15000.zip, alternateNamesV2.zip,
        # which also holds iso-languagecodes.txt): read the largest member.
        archive = zipfile.ZipFile(path)
        member = max(archive.infolist(), key=lambda info: info.file_size, default=None)
        if member is None:
            archive.close()
            raise GazetteerError("empty zip archive", path=str(path))
        return archive.open(member)
    return path.open("rb")


def read_lines(path: Path, bad: BadRecords) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of every line of ``path`` (without its line break); a line that is not UTF-8 is
    reported to ``bad`` and not yielded. A damaged compressed stream is an error at the line it stopped."""
    lineno = 0
    with open_binary(path) as fh:
        try:
            for lineno, raw in enumerate(fh, start=1):  # noqa: B007 - lineno is read after the loop
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    bad.report(path, lineno, f"not UTF-8 (byte {exc.start + 1} of the line)")
                    continue
                yield lineno, text.rstrip("\r\n")
        except (OSError, EOFError, lzma.LZMAError, zlib.error, zipfile.BadZipFile) as exc:
            raise GazetteerError(f"{path}:{lineno + 1}: cannot read the compressed file: {exc}") from None


def clean_name(value: object) -> str | None:
    """A name as the index takes it: NFC, runs of white space one space, ends trimmed; None for a value that
    is not a string, is empty, or holds control or format characters (other than the zero-width joiners)."""
    if not isinstance(value, str):
        return None
    text = value if value.isascii() else unicodedata.normalize("NFC", value)
    text = " ".join(text.split())
    if not text:
        return None
    # Printable text has no control or format character; only otherwise is each character looked at.
    if not text.isprintable() and any(unicodedata.category(c)[0] == "C" and c not in "\u200c\u200d" for c in text):
        return None
    return text


def lang_or_und(code: str) -> str:
    """``code`` when it is a language code the index knows (``en``, ``zh-hans``, ``be-tarask``), else ``und``."""
    try:
        return validate_lang(code.replace("_", "-"))
    except ValueError:
        return "und"


def is_native(text: str, lang: str) -> bool:
    """Whether the build romanises a name in ``lang``: its language pack has index schemes (Belarusian, Russian,
    Ukrainian...) and every letter of the name is in one of the pack's scripts."""
    pack = find_pack(lang)
    if pack is None or not pack.index_schemes:
        return False
    scripts = scripts_of(text)
    return bool(scripts) and scripts <= set(pack.scripts)


def json_problem(exc: ValueError) -> str:
    """What :func:`json.loads` objected to, with the column (``Expecting ',' delimiter at column 41``)."""
    msg = getattr(exc, "msg", None)
    col = getattr(exc, "colno", None)
    return f"{msg} at column {col}" if msg and col else str(exc)
