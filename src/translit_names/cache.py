"""A small thread-safe cache with a fixed maximum size, for the per-gazetteer caches.

``functools.lru_cache`` serves the module-level functions; a gazetteer's own caches (recent answers, index words
close to a query word, word document counts) use :class:`BoundedCache`: at most ``maxsize`` entries, the oldest
entry evicted first, every operation under one lock (so that threads sharing a gazetteer never see a half-evicted
cache, even with a very short thread switch interval).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import Generic, TypeVar

__all__ = ["BoundedCache"]

K = TypeVar("K")
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """A mapping of at most ``maxsize`` entries; adding one more evicts the oldest (first in, first out)."""

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value stored for ``key``, or ``None``."""
        with self._lock:
            return self._data.get(key)

    def put(self, key: K, value: V) -> None:
        """Store ``value`` for ``key``, evicting the oldest entries beyond :attr:`maxsize`."""
        with self._lock:
            self._data[key] = value
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def update(self, pairs: Iterable[tuple[K, V]]) -> None:
        """:meth:`put` of every pair."""
        with self._lock:
            for key, value in pairs:
                self._data[key] = value
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def get_many(self, keys: Iterable[K]) -> dict[K, V]:
        """The stored values of those of ``keys`` that are stored."""
        with self._lock:
            data = self._data
            return {k: data[k] for k in keys if k in data}

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)
