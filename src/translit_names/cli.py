"""The ``translit-names`` command line.

Exit codes follow grep: 0 found, 1 not found, 2 usage or data error (a one-line message, never a traceback).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:  # pragma: no cover
    from .gazetteer import Gazetteer
    from .model import Match

__all__ = ["main"]

FOUND, NOT_FOUND, ERROR = 0, 1, 2

#: Input formats of `gazetteer build SOURCES` (translit_names.build.inputs.FORMATS; not imported here, to keep the
#: command line quick to start).
BUILD_FORMATS = ("yaml", "csv", "jsonl", "ftm", "wikidata", "geonames")
TYPES = ["person", "organisation", "country", "territory", "city", "place", "vessel"]


class DataError(click.ClickException):
    """A problem with the input or the gazetteer: one line on stderr, exit code 2."""

    exit_code = ERROR


def _fail(exc: Exception) -> NoReturn:
    message = str(exc).strip() or type(exc).__name__
    raise DataError(message)


def _open_gazetteer(paths: tuple[str, ...], no_default: bool) -> Gazetteer:
    from .errors import TranslitNamesError
    from .gazetteer import Gazetteer, default_gazetteer

    try:
        base = None if no_default else default_gazetteer()
        if paths:
            return Gazetteer.load(*paths, base=base)
        if base is None:
            raise DataError("--no-default needs at least one --gazetteer PATH")
        return base
    except (TranslitNamesError, OSError) as exc:
        _fail(exc)


def _emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def _names_from_stdin() -> Iterator[str]:
    for line in sys.stdin:
        line = line.rstrip("\r\n")
        if line.strip():
            yield line


def _gazetteer_options(f: Any) -> Any:
    f = click.option(
        "--no-default",
        is_flag=True,
        help="Do not consult the packaged gazetteer (use only --gazetteer files).",
    )(f)
    f = click.option(
        "--gazetteer",
        "gazetteer_paths",
        multiple=True,
        type=click.Path(exists=True, dir_okay=True),
        metavar="PATH",
        help="Your own gazetteer file or folder (YAML, CSV or JSONL), layered over the packaged one. Repeatable.",
    )(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="translit-names", prog_name="translit-names")
def main() -> None:
    """Resolve spellings of names (any script, transliteration, typo, word order) to gazetteer IDs.

    \b
    Examples:
      translit-names lookup Tichanowskaya
      translit-names lookup "Lukashenko, Alexander" --json
      cat names.txt | translit-names lookup --json
      translit-names compare Tikhanovskaya Tsikhanouskaya
      translit-names romanize "Светлана Тихановская" --lang ru
    """


@main.command()
@click.argument("names", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per name) instead of a table.")
@click.option("--top", type=click.IntRange(1, 100), default=None, help="Show the N best candidates, not only the answer.")
@click.option("--type", "type_", type=click.Choice(TYPES), default=None, help="Only entities of this type.")
@click.option("--explain", is_flag=True, help="Say which gazetteer name matched, how, and the margin.")
@_gazetteer_options
def lookup(
    names: tuple[str, ...],
    as_json: bool,
    top: int | None,
    type_: str | None,
    explain: bool,
    gazetteer_paths: tuple[str, ...],
    no_default: bool,
) -> None:
    """Find the entity each NAME refers to.

    With no NAME (or NAME "-") reads one name per line from standard input and writes JSON lines.
    The answer is given only when the best candidate scores at least the threshold and clearly beats the
    runner-up; --top N lists the candidates regardless.

    Exit status: 0 if a name was found, 1 if none was, 2 on a usage or data error.
    """
    from .errors import TranslitNamesError

    batch = not names or names == ("-",)
    queries: Iterable[str] = _names_from_stdin() if batch else names
    gaz = _open_gazetteer(gazetteer_paths, no_default)
    any_found = False
    any_error = False
    for query in queries:
        try:
            if top:
                results = gaz.search(query, limit=top, type=type_)
                answer = gaz.lookup(query, type=type_)
            else:
                answer = gaz.lookup(query, type=type_)
                results = [answer] if answer else []
        except TranslitNamesError as exc:
            if not batch:
                _fail(exc)
            any_error = True
            _emit_json({"query": query, "error": str(exc)})
            continue
        any_found = any_found or answer is not None
        if as_json or batch:
            obj: dict[str, Any] = {"query": query, "match": answer.as_dict() if answer else None}
            if top:
                obj["candidates"] = [m.as_dict() for m in results]
            _emit_json(obj)
        else:
            _print_human(query, answer, results, explain)
    if any_error:
        sys.exit(ERROR)
    sys.exit(FOUND if any_found else NOT_FOUND)


def _print_human(query: str, answer: Match | None, results: list[Match], explain: bool) -> None:
    if not results:
        click.echo(f"{query}\tnot found")
        return
    for rank, m in enumerate(results, start=1):
        mark = "=>" if answer is not None and m.id == answer.id and rank == 1 else "  "
        where = f", {m.country.upper()}" if m.country else ""
        click.echo(f"{mark} {query}\t{m.id}\t{m.name} ({m.type}{where})\tscore {m.score:.3f}")
        if explain:
            click.echo(f"     {m.explain}")
    if answer is None:
        click.echo(f"   {query}\tno confident answer (below threshold or too close to the runner-up)")


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
def compare(a: str, b: str, as_json: bool) -> None:
    """Score how likely A and B name the same entity (0..1), without a gazetteer.

    Exit status: 0 if the score reaches the threshold (same name), 1 if not.
    """
    from .score.compare import compare as compare_names
    from .score.params import DEFAULT_THRESHOLD

    score = compare_names(a, b)
    same = score >= DEFAULT_THRESHOLD
    if as_json:
        _emit_json({"a": a, "b": b, "score": round(score, 4), "same": same, "threshold": DEFAULT_THRESHOLD})
    else:
        click.echo(f"{score:.3f}\t{'same' if same else 'different'} (threshold {DEFAULT_THRESHOLD})")
    sys.exit(FOUND if same else NOT_FOUND)


@main.command()
@click.argument("text")
@click.option("--lang", required=True, help="Language of TEXT: ru, be or uk.")
@click.option("--scheme", default=None, help="One scheme only (default: every scheme of the language).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object scheme -> spelling.")
def romanize(text: str, lang: str, scheme: str | None, as_json: bool) -> None:
    """Romanise TEXT (Cyrillic) with every scheme of its language, or with one --scheme."""
    from . import translit
    from .errors import TranslitNamesError

    try:
        if scheme:
            out = {scheme: translit.transliterate(text, lang=lang, scheme=scheme)}
        else:
            out = translit.romanize(text, lang=lang)
    except TranslitNamesError as exc:
        _fail(exc)
    if as_json:
        _emit_json(out)
    else:
        width = max(len(s) for s in out)
        for name, spelling in out.items():
            click.echo(f"{name.ljust(width)}  {spelling}")


@main.command()
@click.argument("id_or_name")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@_gazetteer_options
def variants(id_or_name: str, as_json: bool, gazetteer_paths: tuple[str, ...], no_default: bool) -> None:
    """List every name of an entity (given by ID, or by a name that lookup resolves) with tier, language,
    scheme and source."""
    from .errors import TranslitNamesError

    gaz = _open_gazetteer(gazetteer_paths, no_default)
    try:
        found = gaz.variants(id_or_name)
    except TranslitNamesError as exc:
        _fail(exc)
    if found is None:
        click.echo(f"{id_or_name}: no such entity", err=True)
        sys.exit(NOT_FOUND)
    entity, names = found
    if as_json:
        _emit_json(entity.as_dict(with_names=True))
        return
    click.echo(f"{entity.id}\t{entity.name} ({entity.type})\t{entity.description}")
    for n in names:
        how = f"{n.scheme} of {n.origin}" if n.scheme else ""
        click.echo(f"  {n.tier:9} {n.lang:5} {n.text}\t{how}\t[{n.source}]")


@main.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="JSON lines of mentions (the default).")
@click.option("--inline", is_flag=True, help="Print the text with each mention marked as [[text|id]].")
@click.option("--type", "types", type=click.Choice(TYPES), multiple=True, help="Only entities of this type (repeatable).")
@click.option("--threshold", "--min-score", "threshold", type=click.FloatRange(0, 1), default=None,
              help="Acceptance score (default: the threshold; --min-score is its old name).")  # fmt: skip
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: when stderr is a terminal and the input is large).",
)
@_gazetteer_options
def annotate(
    files: tuple[str, ...],
    as_json: bool,
    inline: bool,
    types: tuple[str, ...],
    threshold: float | None,
    progress: bool | None,
    gazetteer_paths: tuple[str, ...],
    no_default: bool,
) -> None:
    """Find and resolve every name in the text of FILE(s) (or standard input, or "-").

    Writes one JSON object per mention (start, end, text, id, name, type, score, kind, and file when several
    files are given), or with --inline the text with mentions marked [[text|id]].

    Exit status: 0 if a mention was found, 1 if none was, 2 on an error (unreadable file, bad option).
    """
    from .annotate.mentions import mark_inline
    from .errors import TranslitNamesError

    if as_json and inline:
        raise click.UsageError("choose one of --json and --inline")
    gaz = _open_gazetteer(gazetteer_paths, no_default)
    sources = list(files) or ["-"]
    texts: list[tuple[str, str]] = []
    for name in sources:
        try:
            if name == "-":
                texts.append((name, sys.stdin.read()))
            else:
                texts.append((name, Path(name).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            _fail(RuntimeError(f"{name}: cannot read: {exc}"))
    total = sum(len(t) for _, t in texts)
    show = progress if progress is not None else (sys.stderr.isatty() and total > 200_000)
    found = 0
    bar_file: Any = sys.stderr if show else io.StringIO()  # (a hidden bar writes to memory)
    with click.progressbar(length=total, label="annotating", file=bar_file) as bar:
        for name, text in texts:
            try:
                mentions = gaz.annotate(text, types=types or None, threshold=threshold)
            except TranslitNamesError as exc:
                _fail(exc)
            found += len(mentions)
            if inline:
                click.echo(mark_inline(text, mentions), nl=False)
            else:
                for m in mentions:
                    obj = m.as_dict()
                    if len(texts) > 1:
                        obj = {"file": name, **obj}
                    _emit_json(obj)
            bar.update(len(text))
    sys.exit(FOUND if found else NOT_FOUND)


@main.group()
def gazetteer() -> None:
    """Build, validate and describe gazetteers."""


@gazetteer.command()
@click.argument("sources", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the index (without SOURCES, default: the installed package's index).")
@click.option("--source", "source_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Without SOURCES: the packaged gazetteer's source folder (default: ./gazetteer).")
@click.option("--no-imports", is_flag=True, help="Without SOURCES: skip the imported data sets (countries, cities).")
@click.option("--format", "fmt", type=click.Choice(BUILD_FORMATS), default=None,
              help="The format of every SOURCE (default: told from each file's name or first line).")
@click.option("--alternate-names", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="GeoNames alternateNamesV2.txt (or .zip) for the GeoNames SOURCE.")
@click.option("--skip-bad", is_flag=True, help="Skip malformed records (counted, first ones shown) instead of stopping.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Processes expanding names (default: one per CPU).")
@click.option("--progress/--no-progress", default=None, help="Show progress on stderr (default: when it is a terminal).")
def build(sources: tuple[Path, ...], **options: Any) -> None:
    """Compile SOURCES into a standalone index (--output FILE), or the packaged gazetteer without SOURCES.

    SOURCES are any mix of YAML / CSV / JSONL gazetteer files or folders, FollowTheMoney JSON lines
    (OpenSanctions), Wikidata JSON dumps and GeoNames dumps, plain or compressed (gz, bz2, xz, zip). Open the
    result with `--gazetteer FILE` or `Gazetteer.load(FILE)`: it is not compiled again.
    """
    from .build.command import run_build
    from .errors import TranslitNamesError

    try:
        run_build(sources, **options)
    except (TranslitNamesError, OSError) as exc:
        _fail(exc)
    except ImportError as exc:
        _fail(RuntimeError(f"{exc}: install the build extras (pip install 'translit-names[build]')"))


@gazetteer.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--no-imports",
    is_flag=True,
    help="Do not run the importers (countries, cities): `extend` entries of imported IDs then fail.",
)
def validate(paths: tuple[Path, ...], no_imports: bool) -> None:
    """Check gazetteer files or folders (default: ./gazetteer) without building; list every problem.

    The imported data sets are loaded too (unless --no-imports), so that `extend` entries can be checked.
    """
    from .build.compile import IMPORTERS, collect
    from .errors import TranslitNamesError

    targets = list(paths) or [Path("gazetteer")]
    folder = next((p for p in targets if p.is_dir()), Path("gazetteer"))
    try:
        found = collect(targets, importers=() if no_imports else IMPORTERS, gazetteer_dir=folder)
    except (TranslitNamesError, OSError) as exc:
        _fail(exc)
    except ImportError as exc:
        _fail(RuntimeError(f"{exc}: install the build extras (pip install 'translit-names[build]') or use --no-imports"))
    click.echo(f"OK: {len(found.entities)} entities, {len(found.extensions)} extensions in {', '.join(map(str, targets))}")


@gazetteer.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@_gazetteer_options
def stats(as_json: bool, gazetteer_paths: tuple[str, ...], no_default: bool) -> None:
    """Counts of the gazetteer: entities by type, names by tier, source, language and scheme."""
    gaz = _open_gazetteer(gazetteer_paths, no_default)
    data = gaz.stats()
    if as_json:
        _emit_json(data)
        return
    click.echo(f"entities: {data['entities']}")
    click.echo(f"names:    {data['names']}")
    click.echo(f"forms:    {data['forms']} (distinct normalised spellings)")
    for section in ("by_type", "names_by_tier", "names_by_source", "names_by_scheme", "names_by_lang"):
        click.echo(f"{section.replace('_', ' ')}:")
        for k, v in data[section].items():
            click.echo(f"  {str(k):24} {v}")


if __name__ == "__main__":  # pragma: no cover
    main()
