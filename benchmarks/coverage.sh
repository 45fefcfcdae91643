#!/bin/sh
# Score factcheck on our own coverage suite, benchmarks/suites/coverage.jsonl, with the project's
# scorer ../shared/tools/score_quantities.py. Usage: benchmarks/coverage.sh [--show N]
#
# The suite is written by us, in the style of held-out suites we are judged on: suites named
# "recognizers/NumberWithUnit-*" are scored on recall of value + unit (pint equivalence),
# "recognizers/Number-*" on recall of the value alone, and "coverage/news" on precision and
# recall (every quantity in its sentences is annotated; sentences whose figures are not claims
# expect nothing). The scorer's pint has no currencies, so currency amounts sit in
# "recognizers/Number-Currency" and are scored on value.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
shared="$here/../shared"
py="$here/.venv/bin/python"
suite="${SUITE:-$here/benchmarks/suites/coverage.jsonl}"
scorer="$shared/tools/score_quantities.py"
if [ ! -f "$scorer" ]; then echo "scorer not found: $scorer" >&2; exit 2; fi
"$py" "$scorer" "$suite" --system factcheck --factcheck-cmd "$here/.venv/bin/factcheck" "$@"
