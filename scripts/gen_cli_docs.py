"""Regenerate docs/cli.md from the CLI's own --help text (tests check that the file is current).

    python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    python scripts/gen_cli_docs.py --check  # exit 1 if docs/cli.md is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from translit_names.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

INTRO = """# CLI reference

`translit-names` is installed with the package. Exit codes follow grep: **0** found (or "same" for
`compare`), **1** not found, **2** usage or data error (one line on stderr, never a traceback).
Without a NAME, `lookup` reads one name per line from standard input and writes one JSON object per line
(`{"query": ..., "match": {...} | null}`, or `{"query": ..., "error": ...}` for a name it cannot take).

This page is generated from `--help` by `scripts/gen_cli_docs.py`; the test suite fails when it is stale.
"""


def _walk(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for name in sorted(group.commands):
        cmd = group.commands[name]
        out.append((*prefix, name))
        if isinstance(cmd, click.Group):
            out.extend(_walk(cmd, (*prefix, name)))
    return out


def render() -> str:
    runner = CliRunner()
    parts = [INTRO]
    for path in [(), *_walk(main)]:
        title = " ".join(("translit-names", *path))
        result = runner.invoke(main, [*path, "--help"], prog_name="translit-names", terminal_width=100)
        parts.append(f"## {title}\n\n```\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if DOC.read_text(encoding="utf-8") == text else 1)
    DOC.write_text(text, encoding="utf-8")
