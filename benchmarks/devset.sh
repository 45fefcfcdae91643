#!/bin/sh
# Score factcheck (and quantulum3, for the side-by-side figure) on the dev set with the
# project's scorer, ../shared/tools/score_quantities.py. Usage: benchmarks/devset.sh [--show N]
# Then benchmarks/devset_breakdown.py explains the errors (unreachable units, conventions).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
shared="$here/../shared"
py="$here/.venv/bin/python"
suite="${DEVSET:-$shared/devsets/quantulum3-quantities.json}"
if [ ! -f "$suite" ]; then echo "dev set not found: $suite" >&2; exit 2; fi
echo "== factcheck"
"$py" "$shared/tools/score_quantities.py" "$suite" --system factcheck \
    --factcheck-cmd "$here/.venv/bin/factcheck" "$@"
echo "== quantulum3"
"$py" -W ignore "$shared/tools/score_quantities.py" "$suite" --system quantulum3 "$@"
