"""The default store: building it from the bundled corpus on first use.

It lives at ``location.default_store_path()`` (re-exported here). ``default_store`` ingests every
dataset folder in ``corpus/datasets/`` and every article in ``corpus/articles/`` the first time,
and again whenever the corpus, the vocabularies or the extraction code change (a fingerprint of
them is kept in the store), so a fresh clone needs no set-up step. It must not ingest anything
outside the corpus it is given.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path, PurePath

from .. import __version__
from ..model import Document
from ..resources import corpus_dir, rules_dir
from . import schema
from .datasets import MAPPING_FILE, read_dataset
from .errors import DatasetError
from .keys import BUNDLED
from .location import default_store_path
from .store import Store

_FINGERPRINT = "bundled_corpus_fingerprint"
_PKG = Path(__file__).resolve().parents[1]


def dataset_folders(corpus: Path) -> list[Path]:
    root = corpus / "datasets"
    return sorted(p for p in root.iterdir() if (p / MAPPING_FILE).is_file()) \
        if root.is_dir() else []


def article_files(corpus: Path) -> list[Path]:
    from ..document import expand
    root = corpus / "articles"
    return [Path(p) for p in expand([str(root)])] if root.is_dir() else []


def fingerprint(corpus: Path) -> str:
    """A hash of everything the bundled store is built from."""
    h = hashlib.sha256(f"{__version__}\0{schema.LATEST}\0".encode())
    files = [f for d in dataset_folders(corpus) for f in sorted(d.iterdir()) if f.is_file()]
    files += article_files(corpus)
    vocab = rules_dir() / "vocab"
    if vocab.is_dir():
        files += sorted(vocab.glob("*.yaml"))
    for name in ("extract", "normalize", "document", "store"):
        mod = _PKG / name
        files += sorted(mod.rglob("*.py")) if mod.is_dir() else [mod.with_suffix(".py")]
    for f in files:
        if f.is_file():
            h.update(_path_key(f).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def _path_key(f: PurePath) -> str:
    """The path without its anchor, as ``str(f.relative_to(f.anchor))`` gives it: that call
    took most of the fingerprint's time (taken at each ``check`` with the default store)."""
    return str(f)[len(f.anchor):]


def load_articles(corpus: Path, files: list[Path]) -> list[tuple[Document, list]]:
    """(document, claims) for the bundled articles, ids relative to the corpus' parent folder."""
    from ..document import load_path
    from ..normalize import claims_for
    out = []
    base = corpus.resolve().parent
    for f in files:
        for item in load_path(f):
            if not isinstance(item, Document):
                raise DatasetError(item.path, item.message, line=item.line)
            if item.id == str(f):
                try:
                    item = replace(item, id=f.resolve().relative_to(base).as_posix())
                except ValueError:
                    pass
            out.append((item, list(claims_for(item))))
    return out


def build(store: Store, corpus: Path, sample_archive: bool = True) -> dict[str, int]:
    """Ingest the corpus' datasets and articles into ``store``; drop bundled articles now gone.

    ``sample_archive=False`` leaves the bundled articles (invented outlets) out, and removes
    them from a store that had them: only the reference datasets and what was ingested stay."""
    counts = {"datasets": 0, "data_points": 0, "documents": 0, "claims": 0}
    hashes = store.dataset_hashes()
    for folder in dataset_folders(corpus):
        counts["datasets"] += 1
        rows = read_dataset(folder)
        if hashes.get(rows.spec.id) != rows.content_hash:
            counts["data_points"] += store.store_dataset(rows)
    articles = load_articles(corpus, article_files(corpus)) if sample_archive else []
    counts["documents"] = len(articles)
    counts["claims"] = store.ingest_documents(articles, origin=BUNDLED)
    gone = store.document_ids(origin=BUNDLED) - {d.id for d, _ in articles}
    if gone:
        store.remove_documents(sorted(gone))
    return counts


def default_store(corpus: Path | None = None, path: str | os.PathLike | None = None,
                  sample_archive: bool = True) -> Store:
    """The store for ``check``: built from the bundled corpus on first use, kept up to date.

    ``sample_archive=False`` (``check --no-sample-archive``, config ``sample_archive =
    false``): the reference datasets without the bundled sample articles."""
    corpus = Path(corpus) if corpus is not None else corpus_dir()
    store = Store.open(path if path is not None else default_store_path(corpus))
    key = f"{_FINGERPRINT}:{corpus.resolve()}"
    fp = fingerprint(corpus) + ("" if sample_archive else ":no-sample-archive")
    if store.get_meta(key) != fp:
        build(store, corpus, sample_archive)
        store.set_meta(key, fp)
    return store
