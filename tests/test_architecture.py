"""The architecture's rules, checked on the source (docs/architecture.md): small modules, no reaching into another
module's private names, SQL only in the index package, dependencies flowing one way, runtime without build."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "translit_names"
MAX_LINES = 400
# Every Python file of the project that the rules cover.
SOURCES = sorted(
    p
    for top in (PACKAGE, ROOT / "scripts", ROOT / "benchmarks", ROOT / "tests")
    for p in top.rglob("*.py")
    if "__pycache__" not in p.parts
) + [ROOT / "hatch_build.py"]
# Words that make a string literal SQL (kept apart so that this file does not match itself).
SQL = re.compile(r"\b(?:" + "|".join(["SEL" + "ECT", "INS" + "ERT INTO", "CRE" + "ATE (?:TABLE|INDEX)", "UPD" + "ATE \\w+ SET", "DEL" + "ETE FROM", "PRA" + "GMA"]) + r")\b")
# Stages, lowest first: a module may import (at module level) from its own stage and the ones below it.
LAYERS = ["errors", "text", "translit", "lang", "names", "score", "model", "index", "search", "gazetteer", "annotate", "batch", "engines", "cli", "build", "__init__"]
_LAYER_OF = {"model": 6, "index": 6}


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


#: Public API that starts with an underscore (NamedTuple's methods).
_PUBLIC = frozenset({"_make", "_replace", "_fields", "_asdict"})


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__")) and name not in _PUBLIC


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=_rel)
def test_no_module_over_400_lines(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{_rel(path)} has {lines} lines; split it (docs/architecture.md)"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=_rel)
def test_every_module_declares_all(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)}
    names |= {node.target.id for node in tree.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)}
    assert "__all__" in names, f"{_rel(path)} has no __all__"


def _private_uses(path: Path) -> list[str]:
    """``from x import _y``, ``import x._y`` and ``module._y`` where ``module`` is a name this file imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                imported.add(alias.asname or alias.name)
                if _private(alias.name):
                    found.append(f"line {node.lineno}: from {'.' * node.level}{node.module or ''} import {alias.name}")
            if node.module and any(_private(part) for part in node.module.split(".")):
                found.append(f"line {node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                imported.add((alias.asname or alias.name).split(".")[0])
                if any(_private(part) for part in alias.name.split(".")):
                    found.append(f"line {node.lineno}: import {alias.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in imported:
                found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=_rel)
def test_no_import_of_another_modules_private_names(path: Path) -> None:
    if path == Path(__file__).resolve() or path.name == "gen_script_table.py":  # (reads the regex package's tables)
        return
    assert _private_uses(path) == [], f"{_rel(path)} uses private names of other modules"


def test_the_private_name_check_catches_what_it_should(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from translit_names.search.rank import _top\nimport translit_names.search.rank as r\nr._top({})\n")
    assert len(_private_uses(bad)) == 2
    good = tmp_path / "good.py"
    good.write_text("class A:\n    def f(self):\n        return self._x\n")
    assert _private_uses(good) == []


# The DuckDB adapter and its test speak DuckDB's SQL (the user's database, where our functions are registered),
# not the index's: the only files exempt from the rule, and they may not import sqlite3 either.
_DUCKDB = frozenset({PACKAGE / "engines" / "duckdb.py", ROOT / "tests" / "batch" / "test_engines.py"})


def test_duckdb_files_do_not_touch_the_index() -> None:
    for path in _DUCKDB:
        text = path.read_text(encoding="utf-8")
        assert "sqlite3" not in text and "index.sqlite" not in text, path


@pytest.mark.parametrize("path", SOURCES, ids=_rel)
def test_sql_only_in_the_index_package(path: Path) -> None:
    if path.is_relative_to(PACKAGE / "index") or path == Path(__file__).resolve() or path in _DUCKDB:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            assert "sqlite3" not in modules, f"{_rel(path)} line {node.lineno} imports sqlite3: use translit_names.index"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            pytest.fail(f"{_rel(path)} line {node.lineno} holds SQL: move it to translit_names.index.reader/writer")


def _layer(module: str) -> int:
    top = module.split(".")[1] if module.count(".") else "__init__"
    return _LAYER_OF.get(top, LAYERS.index(top) if top in LAYERS else -1)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=_rel)
def test_dependencies_flow_one_way(path: Path) -> None:
    """Module-level imports go to the same stage or a lower one (imports inside functions, such as
    Gazetteer.load compiling user files with build/, are deliberate and documented where they are)."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    me = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    mine = _layer(me if me.count(".") else me + ".__init__")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = parts[: len(parts) - node.level]
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            targets = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
            for t in targets:
                if t.count(".") and _layer(t) > mine:
                    pytest.fail(f"{me} (stage {LAYERS[mine]}) imports {t}, a later stage")


def test_runtime_never_imports_build() -> None:
    code = (
        "import sys, translit_names as t\n"
        "t.lookup('Tichanowskaya'); t.search('Lukashenko'); t.compare('Worthen', 'Уорфен')\n"
        "t.annotate('Alexander Lukashenko met Putin in Minsk.'); t.romanize('Путин', lang='ru')\n"
        "print(sorted(m for m in sys.modules if m.startswith('translit_names.build')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
