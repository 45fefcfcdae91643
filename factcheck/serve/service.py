"""What the web app does per request, without HTTP: a draft in, a ``RunResult`` and reports out.

``CheckService`` is built once per server: the configuration, the rulebook's metadata, the
claims store (for the charts' series) and a ``WarmPool`` of engine workers (each with the rules
registered and the store open) live as long as the server, so a request pays only for its own
document. A draft is read exactly as ``factcheck check -`` reads standard input (front matter,
a date in the first lines), then ``date`` and ``title`` override; the flags get the project's
configured levels as ``check`` gives them, so ``/api/check`` answers what ``check --format
json`` prints for the same text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.document import InputError, parse_date, read_text_document
from factcheck.model import Document, RunResult
from factcheck.pipeline import Options, with_date_order

from factcheck.pool import WarmPool

DRAFT_PATH = "<stdin>"   # the name ``check -`` gives a document read from standard input
MAX_BODY = 2 * 1024 * 1024


class BadRequest(ValueError):
    """A request the service cannot use: one line for the editor or the API client."""

    draft: "Draft | None" = None   # what the form held, to show again with the error


@dataclass
class Draft:
    text: str
    date: date | None = None
    title: str | None = None


def parse_draft(text: Any, pub_date: Any = None, title: Any = None) -> Draft:
    """Validate the three fields of a check request (from JSON or from the form)."""
    if not isinstance(text, str):
        raise BadRequest("'text' must be a string (the article)")
    if not text.strip():
        raise BadRequest("'text' is empty: paste or upload a draft")
    when = None
    if pub_date not in (None, ""):
        if not isinstance(pub_date, str):
            raise BadRequest("'date' must be a string YYYY-MM-DD")
        try:
            when = parse_date(pub_date.strip(), path="date")
        except InputError:
            raise BadRequest(f"'date' {pub_date!r} is not a date (use YYYY-MM-DD)") from None
    if title is not None and not isinstance(title, str):
        raise BadRequest("'title' must be a string")
    return Draft(text=text, date=when, title=(title or "").strip() or None)


class CheckService:
    def __init__(self, *, store: str | None = None, no_store: bool = False, workers: int = 1,
                 config: Any = None, start_method: str = "spawn"):
        from factcheck.config import load_config
        from factcheck.rulebook import load_rulebook

        self.config = config if config is not None else load_config(Path.cwd())
        store = store or self.config.store
        self.store_url: str | None = None
        self.store = None
        if not no_store:
            from factcheck.store import Store, default_store

            self.store = Store.open(store) if store else default_store()
            self.store_url = self.store.url
        self.rules_meta = load_rulebook(overrides=dict(self.config.rules)).metadata()
        self.options = Options(store=self.store_url,
                               rules=tuple(sorted(self.config.rules.items())),
                               max_figures=self.config.max_figures)
        self.pool = WarmPool(self.options, size=workers, start_method=start_method)

    def start(self) -> "CheckService":
        self.pool.start()
        return self

    def close(self) -> None:
        self.pool.close()
        if self.store is not None:
            self.store.close()

    # -- one draft -------------------------------------------------------------------------
    def document(self, draft: Draft) -> Document:
        try:
            doc = read_text_document(draft.text, DRAFT_PATH, draft.date)
        except InputError as exc:
            raise BadRequest(str(exc.error)) from None
        if draft.title:
            doc = replace(doc, title=draft.title)
        return with_date_order([doc], self.config.date_order)[0]

    def check(self, draft: Draft) -> RunResult:
        doc = self.document(draft)
        result = self.pool.check(doc)
        result = replace(result, flags=self.config.apply(result.flags))
        return RunResult(documents=(result,))

    def series(self, result: RunResult) -> dict[tuple[str, str], list[tuple[date, float]]]:
        """(document id, claim id) -> the reference series around each claim the data checked,
        as the CLI gives the html report."""
        if self.store is None:
            return {}
        out = {}
        for d in result.documents:
            checked = {v.claim for v in d.verdicts if any(e.kind == "dataset" for e in v.evidence)}
            for c in d.claims:
                if c.id in checked:
                    points = self.store.series_for(c)
                    if points:
                        out[(d.document.id, c.id)] = points
        return out

    def render(self, fmt: str, result: RunResult, **options: Any) -> str:
        from factcheck.report import render

        extra: dict[str, Any] = {"series": self.series(result)} if fmt == "html" else {}
        return render(fmt, result, None, rules_meta=self.rules_meta, **extra, **options)

    def rules(self) -> list[dict[str, Any]]:
        return [{"id": rid, **meta} for rid, meta in sorted(self.rules_meta.items())]

    def health(self) -> dict[str, Any]:
        from factcheck import __version__

        return {"status": "ok" if self.pool.alive() else "degraded", "version": __version__,
                "workers": self.pool.alive(), "workers_replaced": self.pool.replaced,
                "store": bool(self.store_url), "pid": os.getpid()}
