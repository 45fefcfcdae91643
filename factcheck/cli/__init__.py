"""The ``factcheck`` command line: the top of the pipeline, built with click.

One module per command group, each a thin layer over the pipeline stages:

    check     factcheck check, factcheck extract (and run_check, shared with baseline)
    baseline  factcheck baseline
    rules     factcheck rules list|test, factcheck explain (and the rule-test runner)
    ingest    factcheck ingest
    serve     factcheck serve (the editor's page and the JSON API)
    common    what they share: Failure (one line, exit 2), --date, configuration, exit codes

This module only builds the ``main`` group (the ``factcheck`` entry point in pyproject.toml)
from them; command modules never import it.
"""

from __future__ import annotations

import click

from .. import __version__
from . import baseline, check, ingest, rules, serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Extract the figures a news article asserts and check them with declarative rules.

    \b
    factcheck check draft.md              check one draft (rules + reference data)
    factcheck check corpus/ --jobs 4      check a folder in parallel
    factcheck extract draft.md --format json
    """


# the submodules stay reachable by their names (factcheck.cli.check is the module, not the command)
for _command in (check.extract, check.check, rules.rules, rules.explain, ingest.ingest,
                 baseline.baseline, serve.serve):
    main.add_command(_command)

