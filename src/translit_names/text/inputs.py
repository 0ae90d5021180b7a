"""Reading input as the user gave it: lines of a byte stream and whole texts, decoded as UTF-8 without newline
translation (a CRLF line break stays two characters, so offsets count characters of the original text)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..errors import TranslitNamesError

__all__ = ["decode_text", "input_lines"]

_BOM = b"\xef\xbb\xbf"


def input_lines(stream: Iterable[bytes]) -> Iterator[tuple[str, str | None]]:
    """Each line of ``stream`` without its line break (blank lines included, so that output rows can line up with
    input rows), with an error message for a line that is not UTF-8 (its text then shows U+FFFD for the bad bytes,
    never the raw bytes). A byte-order mark at the start is skipped."""
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        raw = raw.rstrip(b"\r\n")
        try:
            yield raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            yield raw.decode("utf-8", errors="replace"), f"line {number} is not valid UTF-8 (byte {exc.start + 1})"


def decode_text(data: bytes, shown: str) -> str:
    """``data`` decoded as UTF-8, line breaks kept as they are; a one-line error naming ``shown`` otherwise."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TranslitNamesError(f"{shown}: not UTF-8 text (invalid byte at offset {exc.start})") from None
