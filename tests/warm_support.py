"""A test process that runs ``check`` through the CLI many times, warmed once.

``check`` forks a worker per run (``pipeline.Supervisor``); the worker builds its own checker
(rulebook, engine) and reads the vocabularies, units and rule modules its parent has not
loaded. ``warm_parent()`` loads them in the test process once, as ``check`` of several
documents does before it shares them out (``pipeline.warm_check``), so that each forked worker
starts from them: measured in this session, a one-line ``check --jobs 1`` through ``CliRunner``
took 1.0 s of CPU cold and 0.36 s warm. What each run checks is unchanged: the worker still
builds its own checker from the options of the run.
"""

from __future__ import annotations


_WARM: list[bool] = []


def warm_parent() -> None:
    """Once per process: a second call finds everything loaded."""
    if _WARM:
        return
    from factcheck.model import Document
    from factcheck.pipeline import Options, _Checker, warm_check

    warm_check()
    _Checker(Options(store=None)).check(Document(
        id="warm-up", text="Russia lost 1,200 troops over the past 24 hours, the ministry said."))
    _WARM.append(True)
