"""A one-line progress display for long builds."""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """A one-line progress display on a terminal (nothing when ``stream`` is None): a bar filled by the share of
    the input read, when it is known (uncompressed data sets), else a moving marker."""

    def __init__(self, stream: TextIO | None, total_bytes: int | None) -> None:
        self._stream = stream
        self._total = total_bytes
        self.read_bytes = 0
        self._started = self._last = time.monotonic()

    def update(self, phase: str, done: int, extra: str = "", force: bool = False) -> None:
        if self._stream is None:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.5:
            return
        self._last = now
        spent = now - self._started
        rate = done / spent if spent > 0 else 0.0
        width = 24
        if self._total:
            share = min(1.0, self.read_bytes / self._total) if phase == "reading" else 1.0
            filled = int(share * width)
            bar = "#" * filled + "-" * (width - filled)
            head = f"{share:>4.0%}"
        else:
            pos = int(now * 4) % width
            bar = "".join("#" if i == pos else "-" for i in range(width))
            head = "    "
        self._stream.write(f"\r{phase:<9} [{bar}] {head} {done:>11,} entities {rate:>8,.0f}/s {extra} {spent:>5.0f}s ")
        self._stream.flush()

    def done(self, message: str) -> None:
        if self._stream is not None:
            self._stream.write("\r" + " " * 110 + "\r" + message + "\n")
            self._stream.flush()
