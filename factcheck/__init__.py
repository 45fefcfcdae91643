"""factcheck: extract the figures a news article asserts and check them with declarative rules.

The package reads like its data flow: document -> extract -> normalize -> (store) -> rulebook ->
engine -> verdicts -> report, with the pipeline and the CLI on top. See docs/architecture.md.
"""

__version__ = "0.1.0"

from . import compiled_patterns as _compiled_patterns

# the patterns re compiled in an earlier process are taken from the user cache folder
# (factcheck/compiled_patterns.py: the same programs, without parsing them again)
_compiled_patterns.install()
