"""Where the default claims store lives (a path only: opening and building it is elsewhere).

In a source checkout the store is ``.factcheck/store.sqlite`` beside the corpus folder (git
ignores it); in an installed package, or where that folder cannot be written, it is
``store.sqlite`` in the user cache directory (platformdirs); ``FACTCHECK_STORE`` overrides both.
Both ``store`` (``Store.open()`` with no URL) and ``default`` (building the bundled store) use
it, so it must import neither.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from ..resources import corpus_dir

_PKG = Path(__file__).resolve().parents[1]


def default_store_path(corpus: Path | None = None) -> Path:
    """``.factcheck/store.sqlite`` beside a writable checkout corpus, else the user cache dir."""
    env = os.environ.get("FACTCHECK_STORE")
    if env:
        return Path(env)
    corpus = Path(corpus) if corpus is not None else corpus_dir()
    installed = _PKG / "_data" in corpus.resolve().parents
    if not installed:
        folder = corpus.resolve().parent / ".factcheck"
        try:
            folder.mkdir(exist_ok=True)
            if os.access(folder, os.W_OK):
                return folder / "store.sqlite"
        except OSError:
            pass
    return Path(platformdirs.user_cache_dir("factcheck")) / "store.sqlite"
