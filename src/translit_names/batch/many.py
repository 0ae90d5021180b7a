"""Resolving many names at once: :func:`lookup_many`.

A column of names from a news archive or a customer file repeats itself: each distinct spelling is resolved once
and its answer copied to every row that holds it. Rows that hold no name (``None``, ``NaN``, a non-string, an
empty or blank string) keep their place and get ``None``. With ``workers`` > 1 the distinct spellings are split
into chunks and resolved by that many processes, each opening the index once (a gazetteer travels to them by
path, see :meth:`translit_names.Gazetteer.__reduce__`); answers come back in input order.
"""

from __future__ import annotations

import math
import pickle
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from ..errors import TranslitNamesError

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer
    from ..model import Match

__all__ = ["CHUNK_SIZE", "ERRORS", "check_threshold", "check_workers", "distinct_names", "lookup_many"]

#: Distinct names a worker process resolves per task: large enough that the hand-over costs little, small
#: enough that a progress bar moves and the work is spread evenly.
CHUNK_SIZE = 2000
#: What ``errors=`` accepts: ``"ignore"`` gives ``None`` for a name that cannot be looked up (too long, ...),
#: ``"strict"`` raises the error.
ERRORS = ("ignore", "strict")

Progress = Callable[[int], None]


def check_threshold(threshold: float | None) -> float | None:
    """``threshold`` if it is ``None`` or a number in [0, 1]; otherwise a :class:`TranslitNamesError`."""
    if threshold is None:
        return None
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 <= float(threshold) <= 1.0:
        raise TranslitNamesError(f"threshold must be a number from 0 to 1, not {threshold!r}")
    return float(threshold)


def check_workers(workers: int) -> int:
    """``workers`` if it is a whole number >= 1; otherwise a :class:`TranslitNamesError`."""
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise TranslitNamesError(f"workers must be a whole number >= 1, not {workers!r}")
    return workers


def _usable(cell: object) -> str | None:
    """The cell as a name to look up, or ``None`` for a cell that holds no name."""
    if not isinstance(cell, str):
        return None
    return cell if cell.strip() else None


def distinct_names(cells: Iterable[object]) -> tuple[list[str], list[int]]:
    """The distinct usable names of ``cells`` in first-seen order, and for each cell the position of its name in
    that list (-1 for a cell with no name)."""
    position: dict[str, int] = {}
    order: list[str] = []
    rows: list[int] = []
    for cell in cells:
        name = _usable(cell)
        if name is None:
            rows.append(-1)
            continue
        at = position.get(name)
        if at is None:
            at = position[name] = len(order)
            order.append(name)
        rows.append(at)
    return order, rows


def _resolve(gaz: Gazetteer, names: Sequence[str], type_: str | None, threshold: float | None, strict: bool) -> list[Match | None]:
    out: list[Match | None] = []
    for name in names:
        try:
            if threshold is None:
                out.append(gaz.lookup(name, type=type_))
            else:
                out.append(gaz.lookup(name, type=type_, threshold=threshold))
        except TranslitNamesError:
            if strict:
                raise
            out.append(None)
    return out


# One gazetteer per worker process, opened by the pool's initializer.
_WORKER: dict[str, Gazetteer] = {}


def _init_worker(payload: bytes | None) -> None:
    from ..gazetteer import default_gazetteer

    _WORKER["gaz"] = default_gazetteer() if payload is None else pickle.loads(payload)


def _work(args: tuple[list[str], str | None, float | None, bool]) -> list[Match | None]:
    names, type_, threshold, strict = args
    return _resolve(_WORKER["gaz"], names, type_, threshold, strict)


def lookup_many(
    names: Iterable[object],
    *,
    type: str | None = None,
    threshold: float | None = None,
    workers: int = 1,
    gazetteer: Gazetteer | None = None,
    errors: str = "ignore",
    progress: Progress | None = None,
) -> list[Match | None]:
    """One :meth:`~translit_names.Gazetteer.lookup` answer per input, in input order.

    ``names`` may hold anything: cells that are not a non-blank string get ``None`` and keep their row.
    ``workers`` > 1 resolves the distinct names in that many processes. ``gazetteer`` defaults to the packaged
    one. ``errors="ignore"`` (the default) answers ``None`` for a name that cannot be looked up (for example one
    over the length limit); ``errors="strict"`` raises its :class:`~translit_names.TranslitNamesError`.
    ``progress``, if given, is called with the number of distinct names just resolved.
    """
    from ..gazetteer import default_gazetteer
    from ..model import ENTITY_TYPES

    threshold = check_threshold(threshold)
    workers = check_workers(workers)
    if errors not in ERRORS:
        raise TranslitNamesError(f"errors must be one of {', '.join(ERRORS)}, not {errors!r}")
    if type is not None and type not in ENTITY_TYPES:
        raise TranslitNamesError(f"unknown entity type {type!r}; known types: {', '.join(ENTITY_TYPES)}")
    strict = errors == "strict"
    distinct, rows = distinct_names(names)
    answers: list[Match | None]
    if workers == 1 or len(distinct) <= CHUNK_SIZE:
        gaz = gazetteer if gazetteer is not None else default_gazetteer()
        answers = []
        for start in range(0, len(distinct), CHUNK_SIZE):
            chunk = distinct[start : start + CHUNK_SIZE]
            answers.extend(_resolve(gaz, chunk, type, threshold, strict))
            if progress is not None:
                progress(len(chunk))
    else:
        payload = None if gazetteer is None else pickle.dumps(gazetteer)
        size = max(1, min(CHUNK_SIZE, math.ceil(len(distinct) / (workers * 4))))
        tasks = [(distinct[i : i + size], type, threshold, strict) for i in range(0, len(distinct), size)]
        answers = []
        with ProcessPoolExecutor(max_workers=min(workers, len(tasks)), initializer=_init_worker, initargs=(payload,)) as pool:
            for task, part in zip(tasks, pool.map(_work, tasks)):
                answers.extend(part)
                if progress is not None:
                    progress(len(task[0]))
    return [answers[at] if at >= 0 else None for at in rows]
