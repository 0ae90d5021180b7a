"""Hatch build hook: compile gazetteer/ into src/translit_names/data/index.sqlite before the wheel is made, and
compile the matching code to C with mypyc.

The index is rebuilt only when its inputs changed: the fingerprint of every file under gazetteer/ and
src/translit_names/ (except the index itself) is stored in the index and compared on the next build.

The modules in NATIVE (the normaliser, tokens, keys and query variants, the word and name scores, the
Cyrillic/Latin model, the index reader, the search stages and the gazetteer facade) are compiled by mypyc into extension modules that ship beside their Python sources, which Python then
imports instead: the same code, about a third faster. Where that cannot be done (no C compiler, the
environment variable TRANSLIT_NAMES_PURE_PYTHON set, or an editable install) the wheel is pure Python and
works the same.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

INDEX = Path("src/translit_names/data/index.sqlite")
NATIVE = [
    f"src/translit_names/{name}.py"
    for name in (
        "text/normalize",
        "names/keys",
        "names/tokens",
        "names/variants",
        "score/params",
        "score/crossscript/cyrillic_latin",
        "score/crossscript/__init__",
        "score/words",
        "score/align",
        "score/syllables",
        "score/compare",
        "index/records",
        "index/reader",
        "search/weights",
        "search/estimate",
        "search/candidates",
        "search/explain",
        "search/rank",
        "gazetteer",
    )
]


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


def stored_fingerprint(index: Path, root: Path) -> str | None:
    sys.path.insert(0, str(root / "src"))
    try:
        from translit_names.index.reader import read_meta  # the index package is the one that speaks SQL
    finally:
        sys.path.pop(0)
    meta = read_meta(index)
    return meta.get("fingerprint") if meta else None


def build(root: Path, log: Any = print) -> Path:
    index = root / INDEX
    wanted = fingerprint(root)
    if stored_fingerprint(index, root) == wanted:
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


def compile_native(root: Path, out: Path, log: Any = print) -> dict[str, str]:
    """Compile NATIVE with mypyc into ``out``; return {extension module file: its path in the wheel}, or {} (and
    say why) when that is not possible."""
    if os.environ.get("TRANSLIT_NAMES_PURE_PYTHON"):
        log("translit-names: TRANSLIT_NAMES_PURE_PYTHON is set: pure Python wheel")
        return {}
    cwd = os.getcwd()
    try:
        from mypyc.build import mypycify
        from setuptools import Distribution
        from setuptools.command.build_ext import build_ext

        os.chdir(root)
        options = ["--cache-dir", str(out / "mypy-cache")]
        # No debug information: it would hold the paths of the temporary build environment.
        extensions = mypycify([*options, *NATIVE], opt_level="3", debug_level="0", target_dir=str(out / "c"))
        command = build_ext(Distribution({"ext_modules": extensions}))
        command.build_lib, command.build_temp = str(out / "lib"), str(out / "temp")
        command.ensure_finalized()
        command.run()
    except (Exception, SystemExit) as exc:  # mypyc exits on a type error; a missing compiler raises
        log(f"translit-names: not compiled with mypyc ({type(exc).__name__}: {exc}): pure Python wheel")
        return {}
    finally:
        os.chdir(cwd)
    built = sorted(p for p in (out / "lib").rglob("*") if p.suffix in (".so", ".pyd"))
    log(f"translit-names: compiled with mypyc: {', '.join(p.name for p in built)}")
    return {str(p): p.relative_to(out / "lib").as_posix() for p in built}


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        build(Path(self.root), log=self.app.display_info)
        if version == "editable":
            return  # an editable install imports the sources themselves
        # A fixed place (not a random temporary directory), so that two builds compile the same paths.
        self._native = Path(self.root) / "build" / "mypyc"
        shutil.rmtree(self._native, ignore_errors=True)
        built = compile_native(Path(self.root), self._native, log=self.app.display_info)
        if built:
            build_data["force_include"].update(built)
            build_data["pure_python"] = False
            build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        native = getattr(self, "_native", None)
        if native is not None:
            shutil.rmtree(native, ignore_errors=True)


if __name__ == "__main__":
    build(Path(__file__).resolve().parent)
