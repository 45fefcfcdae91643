"""The claims store: reference datasets and prior articles, and the look-ups rules need.

A stage between ``normalize`` and ``rulebook``: it stores normalized claims of published
articles and the data points of reference datasets (SQLite in WAL mode by default, any
SQLAlchemy URL otherwise), and gives each claim of a document being checked its ``Reference``
records (``factcheck.model.Reference``). It imports only model, resources, config, document,
extract and normalize; it must not judge claims (the rules do) nor import the rule engine.

    store = Store.open()                      # or Store.open("path.sqlite" | "postgresql://...")
    store.ingest_dataset(Path("corpus/datasets/ukraine-general-staff-losses"))
    store.ingest_document(doc, claims)        # atomic, idempotent per document id
    refs = store.references_for(doc, claims)  # period / latest / prior / previous
    store = default_store()                   # built from the bundled corpus on first use

See docs/store.md for the schema, the dataset mapping format and measured figures.
"""

from .datasets import read_dataset
from .default import default_store, default_store_path
from .errors import DatasetError, StoreError
from .store import Store

__all__ = ["DatasetError", "Store", "StoreError", "default_store", "default_store_path",
           "read_dataset"]
