#!/usr/bin/env bash
# The project's test command (README, "Run the tests"; .ci/run runs exactly it): the whole suite twice,
#   1. against the editable, pure-Python install (.venv, `pip install -e '.[test]'`), and
#   2. against the wheel that `pip install .` gives users, with the matching code compiled by mypyc
#      (.venv-compiled); the run fails if that wheel is not compiled (no C compiler, mypyc error).
# Exit status: 0 when both suites pass; 1 when an install fails, the wheel is not compiled, or either suite
# fails; pytest's 5 ("no tests collected") counts as a failure (1), never passed through.
set -uo pipefail
cd "$(dirname "$0")/.."

run_suite() {
  local label=$1 python=$2
  echo "== test suite: $label ==" >&2
  "$python" -m pytest -q -p no:cacheprovider
  local status=$?
  if [ "$status" -eq 5 ]; then
    echo "no tests were collected ($label): failing" >&2
    status=1
  fi
  return "$status"
}

failed=0
python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' || { echo "the editable install failed" >&2; exit 1; }
run_suite "pure Python (editable install)" .venv/bin/python || failed=1

unset TRANSLIT_NAMES_PURE_PYTHON
python3 -m venv .venv-compiled && .venv-compiled/bin/pip install -q '.[test]' \
  || { echo "the wheel install failed" >&2; exit 1; }
# The suite must import the installed, compiled package (not src/): check where it comes from, and that it ships
# extension modules (the modules mypyc compiled, hatch_build.NATIVE).
.venv-compiled/bin/python - <<'PY' || { echo "the installed wheel is not the compiled build" >&2; exit 1; }
import importlib.machinery
import sys
from pathlib import Path

import translit_names

where = Path(translit_names.__file__).resolve().parent
suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
compiled = sorted(p.relative_to(where).as_posix() for p in where.rglob("*") if p.name.endswith(suffixes))
if "site-packages" not in where.parts or not compiled:
    sys.exit(f"translit_names from {where}; compiled modules: {compiled}")
print(f"compiled build in {where}: {len(compiled)} extension modules", file=sys.stderr)
PY
run_suite "compiled wheel (pip install .)" .venv-compiled/bin/python || failed=1
exit "$failed"
