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

import os
import sys

import click

from .. import __version__
from . import baseline, check, ingest, rules, serve
from .common import Failure, first_line


class _Main(click.Group):
    """The ``factcheck`` group, with a last safety net: an exception no command expected is
    still one line and exit code 2, never a traceback (``FACTCHECK_DEBUG=1`` shows it)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:   # the reader went away (factcheck ... | head)
            sys.stderr.close()
            raise click.exceptions.Exit(1) from None
        except MemoryError:
            if os.environ.get("FACTCHECK_DEBUG"):
                raise
            raise Failure("out of memory: the run needs more memory than this process may "
                          "use; check fewer or smaller documents at a time") from None
        except Exception as exc:
            from ..extract.vocab import VocabError
            if isinstance(exc, VocabError):   # a broken vocabulary file: the user's to fix
                raise Failure(str(exc)) from None
            if os.environ.get("FACTCHECK_DEBUG"):
                raise
            raise Failure(f"internal error: {type(exc).__name__}: {first_line(exc)} "
                          "(a bug; FACTCHECK_DEBUG=1 shows where)") from None


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Extract the figures a news article asserts and check them with declarative rules.

    \b
    factcheck check draft.md              check one draft (rules + reference data)
    factcheck check corpus/ --jobs 4      check a folder in parallel
    factcheck extract draft.md --format json
    """
    try:   # every command resolves paths against it; a deleted one would surface as a bug
        os.getcwd()
    except FileNotFoundError:
        raise Failure("the current directory no longer exists (deleted or moved); "
                      "cd to an existing directory and run again") from None


# the submodules stay reachable by their names (factcheck.cli.check is the module, not the command)
for _command in (check.extract, check.check, rules.rules, rules.explain, ingest.ingest,
                 baseline.baseline, serve.serve):
    main.add_command(_command)

