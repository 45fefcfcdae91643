"""factcheck: extract the figures a news article asserts and check them with declarative rules.

The package reads like its data flow: document -> extract -> normalize -> (store) -> rulebook ->
engine -> verdicts -> report, with the pipeline and the CLI on top. See docs/architecture.md.
"""

__version__ = "0.1.0"
