"""CLI commands about one name at a time: lookup, compare, romanize, variants."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import click

from .app import ERROR, FOUND, NOT_FOUND, TYPES, emit_json, fail, gazetteer_options, main, open_gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Match

from .tables import table_options

__all__ = ["compare", "lookup", "romanize", "variants"]


@main.command()
@click.argument("names", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per name) instead of a table.")
@click.option("--top", type=click.IntRange(1, 100), default=None, help="Show the N best candidates, not only the answer.")
@click.option("--type", "type_", type=click.Choice(TYPES), default=None, help="Only entities of this type.")
@click.option("--explain", is_flag=True, help="Say which gazetteer name matched, how, and the margin.")
@table_options
@gazetteer_options
def lookup(
    names: tuple[str, ...],
    as_json: bool,
    top: int | None,
    type_: str | None,
    explain: bool,
    input_path: str | None,
    column: str,
    output: str | None,
    in_format: str | None,
    out_format: str | None,
    workers: int,
    progress: bool | None,
    gazetteer_paths: tuple[str, ...],
    no_default: bool,
) -> None:
    """Find the entity each NAME refers to.

    With no NAME (or NAME "-") reads one name per line from standard input and writes JSON lines.
    With --input FILE resolves the --column of a CSV, TSV, JSON lines, Parquet or text file and writes its rows,
    in order, with the columns match_id, match_name, match_type, match_score and match_matched added (empty where
    nothing was found) to --output or standard output.
    The answer is given only when the best candidate scores at least the threshold and clearly beats the
    runner-up; --top N lists the candidates regardless.

    Exit status: 0 if a name was found, 1 if none was, 2 on a usage or data error.
    """
    from ..errors import TranslitNamesError

    if input_path is not None:
        if names or top:
            raise click.UsageError("--input reads names from a file: give no NAME and no --top")
        from ..batch.commands import lookup_table

        gaz = open_gazetteer(gazetteer_paths, no_default)
        try:
            found_rows = lookup_table(input_path, column, output, in_format, out_format, gaz, type_, None, workers, progress)
        except TranslitNamesError as exc:
            fail(exc)
        sys.exit(FOUND if found_rows else NOT_FOUND)
    batch = not names or names == ("-",)
    from ..text.inputs import input_lines

    queries: Iterable[tuple[str, str | None]] = input_lines(sys.stdin.buffer) if batch else ((n, None) for n in names)
    gaz = open_gazetteer(gazetteer_paths, no_default)
    any_found = False
    any_error = False
    for query, problem in queries:
        if problem is not None:
            any_error = True
            emit_json({"query": query, "error": problem})
            continue
        try:
            if top:
                results = gaz.search(query, limit=top, type=type_)
                answer = gaz.lookup(query, type=type_)
            else:
                answer = gaz.lookup(query, type=type_)
                results = [answer] if answer else []
        except TranslitNamesError as exc:
            if not batch:
                fail(exc)
            any_error = True
            emit_json({"query": query, "error": str(exc)})
            continue
        any_found = any_found or answer is not None
        if as_json or batch:
            obj: dict[str, Any] = {"query": query, "match": answer.as_dict() if answer else None}
            if top:
                obj["candidates"] = [m.as_dict() for m in results]
            emit_json(obj)
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
@click.option("--type", "type_", type=click.Choice(["person", "organisation", "place"]), help="Structure to read both with.")
@click.option("--explain", is_flag=True, help="Also print the structure used and the part that decided.")
@click.option("--entities", is_flag=True, help="Let the gazetteer decide when it resolves both names (implied by --gazetteer).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@gazetteer_options
def compare(
    a: str,
    b: str,
    type_: str | None,
    explain: bool,
    entities: bool,
    as_json: bool,
    gazetteer_paths: tuple[str, ...],
    no_default: bool,
) -> None:
    """Score how likely A and B name the same entity (0..1), without a gazetteer unless --entities.

    Without --type the structure (person, organisation, or words only) is guessed; see docs/matching.md.
    With --entities (or --gazetteer PATH) two names the gazetteer resolves to one entity are the same, and
    to two entities different, whatever their spelling.
    Exit status: 0 if the score reaches the threshold (same name), 1 if not, 2 on a usage or data error.
    """
    from ..errors import TranslitNamesError
    from ..gazetteer import compare_entities
    from ..score.params import DEFAULT_THRESHOLD
    from ..score.structure import compare_explain

    gaz = open_gazetteer(gazetteer_paths, no_default) if entities or gazetteer_paths or no_default else None
    try:
        result = compare_explain(a, b, type=type_) if gaz is None else compare_entities(a, b, type=type_, gazetteer=gaz)
    except TranslitNamesError as exc:
        fail(exc)
    if as_json:
        out = {"a": a, "b": b, "score": round(result.score, 4), "same": result.same, "threshold": DEFAULT_THRESHOLD}
        emit_json(out | (result.explanation() if explain else {}))
    else:
        click.echo(f"{result.score:.3f}\t{'same' if result.same else 'different'} (threshold {DEFAULT_THRESHOLD})")
        for line in result.lines() if explain else []:
            click.echo(f"     {line}")
    sys.exit(FOUND if result.same else NOT_FOUND)


@main.command()
@click.argument("text")
@click.option("--lang", required=True, help="Language of TEXT: ru, be, uk or a language pack (ar, fa, ur, he, el, ka, hy, hi, bn, ta, th ...).")
@click.option("--scheme", default=None, help="One scheme only (default: every scheme of the language).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object scheme -> spelling.")
def romanize(text: str, lang: str, scheme: str | None, as_json: bool) -> None:
    """Romanise TEXT with every scheme of its language, or with one --scheme."""
    from .. import translit
    from ..errors import TranslitNamesError

    try:
        if scheme:
            out = {scheme: translit.transliterate(text, lang=lang, scheme=scheme)}
        else:
            out = translit.romanize(text, lang=lang)
    except TranslitNamesError as exc:
        fail(exc)
    if as_json:
        emit_json(out)
    else:
        width = max(len(s) for s in out)
        for name, spelling in out.items():
            click.echo(f"{name.ljust(width)}  {spelling}")


@main.command()
@click.argument("id_or_name")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@gazetteer_options
def variants(id_or_name: str, as_json: bool, gazetteer_paths: tuple[str, ...], no_default: bool) -> None:
    """List every name of an entity (given by ID, or by a name that lookup resolves) with tier, language,
    scheme and source."""
    from ..errors import TranslitNamesError

    gaz = open_gazetteer(gazetteer_paths, no_default)
    try:
        found = gaz.variants(id_or_name)
    except TranslitNamesError as exc:
        fail(exc)
    if found is None:
        click.echo(f"{id_or_name}: no such entity", err=True)
        sys.exit(NOT_FOUND)
    entity, names = found
    if as_json:
        emit_json(entity.as_dict(with_names=True))
        return
    click.echo(f"{entity.id}\t{entity.name} ({entity.type})\t{entity.description}")
    for n in names:
        how = f"{n.scheme} of {n.origin}" if n.scheme else ""
        click.echo(f"  {n.tier:9} {n.lang:5} {n.text}\t{how}\t[{n.source}]")
