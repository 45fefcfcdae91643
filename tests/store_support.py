"""The bundled corpus's claims store for tests, built once per test process.

Building the default store (every dataset and article of the bundled corpus extracted and
ingested) takes about 0.6 s of CPU; some sixty test modules each want a store of their own.
``bundled_store_copy(folder)`` builds it once per process and gives each caller a copy of its
own (SQLite's backup API), so a module still reads and writes a private store that is the same,
row for row, as one built in its folder. ``default_store`` opens the copy without rebuilding it:
the copy carries the fingerprint of the corpus, vocabularies and extraction code it was built
from, and a change to any of them still rebuilds it as it would the original.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from factcheck.store.default import default_store

STORE_FILE = "store.sqlite"

_BUILT: dict[int, Path] = {}    # process id -> the store built in that process


def bundled_store() -> Path:
    """The default store of the bundled corpus, built once in this process (read it only)."""
    pid = os.getpid()       # a forked process builds its own: no file is shared across a fork
    if pid not in _BUILT:
        folder = Path(tempfile.mkdtemp(prefix="factcheck-test-store-"))
        atexit.register(shutil.rmtree, folder, True)
        default_store(path=folder / STORE_FILE).close()
        _BUILT[pid] = folder / STORE_FILE
    return _BUILT[pid]


def bundled_store_copy(folder: str | os.PathLike) -> Path:
    """``folder``/store.sqlite: a private copy of the bundled corpus's default store."""
    target = Path(folder) / STORE_FILE
    with closing(sqlite3.connect(bundled_store())) as source, \
            closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target
