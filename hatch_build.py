"""Hatch build hook: compile gazetteer/ into src/translit_names/data/index.sqlite before the wheel is made.

The index is rebuilt only when its inputs changed: the fingerprint of every file under gazetteer/ and
src/translit_names/ (except the index itself) is stored in the index and compared on the next build.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

INDEX = Path("src/translit_names/data/index.sqlite")


def fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for top in ("gazetteer", "src/translit_names"):
        for path in sorted((root / top).rglob("*")):
            if not path.is_file() or path.suffix in (".pyc", ".sqlite", ".tmp") or "__pycache__" in path.parts:
                continue
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def stored_fingerprint(index: Path) -> str | None:
    if not index.is_file():
        return None
    try:
        con = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT v FROM meta WHERE k = 'fingerprint'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def build(root: Path, log: Any = print) -> Path:
    index = root / INDEX
    wanted = fingerprint(root)
    if stored_fingerprint(index) == wanted:
        log(f"translit-names: index is up to date ({index})")
        return index
    sys.path.insert(0, str(root / "src"))
    try:
        from translit_names.build.compile import IMPORTERS, collect, compile_sources
    finally:
        sys.path.pop(0)
    index.parent.mkdir(parents=True, exist_ok=True)
    found = collect([root / "gazetteer"], importers=IMPORTERS, gazetteer_dir=root / "gazetteer", root=root)
    report = compile_sources(found, index, meta={"fingerprint": wanted})
    log(f"translit-names: built {index}: {report.entities} entities, {report.names} names in {report.seconds:.1f}s")
    return index


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        build(Path(self.root), log=self.app.display_info)


if __name__ == "__main__":
    build(Path(__file__).resolve().parent)
