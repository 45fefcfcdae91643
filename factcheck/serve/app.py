"""The ASGI app of ``factcheck serve`` (Starlette, Jinja2 templates).

Routes:

- ``GET /``: the editor's page (paste or upload a draft, set its date and title);
- ``POST /check`` (form): the page again with the draft checked and marked;
- ``POST /report/{format}`` (form): the report of the draft in any format ``check`` writes, as
  a download;
- ``POST /api/check[?format=json]`` with ``{"text", "date", "title"}``: what ``factcheck check
  --format json`` prints for that document (or another format's text);
- ``GET /chart/{page}/{n}.svg``: a chart of the checked page, drawn when the browser asks;
- ``GET /api/rules``, ``GET /healthz``; ``/static/*``: the page's script and style.

Every response carries a strict Content-Security-Policy (scripts and styles from this server
only, no inline script or style, nothing from elsewhere); request bodies over 2 MB get 413;
a bad request gets 400 with one line (``{"error": "..."}`` from the API).
"""

from __future__ import annotations

import contextlib
import json
import secrets
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from factcheck.document import InputError, decode
from factcheck.report import format_names
from factcheck.report.html import CSS as REPORT_CSS

from .page import NOT_CHECKABLE, EditorView
from .service import MAX_BODY, BadRequest, CheckService, Draft, parse_draft

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
REPORT_FORMATS = tuple(f for f in format_names() if f != "claims")
MEDIA = {"json": "application/json", "sarif": "application/sarif+json",
         "junit": "application/xml", "markdown": "text/markdown", "html": "text/html",
         "text": "text/plain"}
SUFFIX = {"json": "json", "sarif": "sarif", "junit": "xml", "markdown": "md", "html": "html",
          "text": "txt"}
STATUS_LABELS = {"supported": "supported", "contradicted": "contradicted",
                 "unverified": "unverified", NOT_CHECKABLE: "not checkable"}


class Guard:
    """ASGI middleware: security headers on every response; bodies over ``limit`` get 413
    (by Content-Length, or counted as a chunked body arrives)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.decode("latin-1").lower() for k, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                            if k not in present]   # a chart image sets its own CSP
                message = {**message, "headers": headers}
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _too_large(scope, receive, send_with_headers, self.limit)
            return
        # read the body up front (at most limit + 1 bytes), then replay it to the app
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.limit:
                await _too_large(scope, receive, send_with_headers, self.limit)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)


async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    message = f"request body larger than {limit // (1024 * 1024)} MB"
    if scope.get("path", "").startswith("/api/"):
        response: Response = JSONResponse({"error": message}, status_code=413)
    else:
        response = PlainTextResponse(message + "\n", status_code=413)
    await response(scope, receive, send)


class ChartCache:
    """The charts of the last ``size`` checked pages (what to draw, not the drawings), so the
    page's images can be drawn when the browser asks for them."""

    def __init__(self, size: int = 64):
        self.size = size
        self._items: OrderedDict[str, list[Any]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, key: str, specs: list[Any]) -> None:
        with self._lock:
            self._items[key] = specs
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def get(self, key: str) -> list[Any] | None:
        with self._lock:
            return self._items.get(key)


def _error(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message.splitlines()[0] if message else "bad request"},
                        status_code=status)


async def read_form_draft(request: Request) -> Draft:
    """The draft of the editor's form (its text or uploaded file, date and title); a
    ``BadRequest`` carries the draft as it was, so that the page shows it again."""
    try:
        form = await request.form(max_files=1, max_fields=10)
    except Exception as exc:  # noqa: BLE001 - python-multipart's parse errors vary
        raise BadRequest(f"unreadable form: {exc}".splitlines()[0]) from None
    try:
        # a browser sends a textarea's line breaks as CRLF (HTML's form encoding): the draft
        # the editor typed has LF, as a file saved from the editor would
        text = str(form.get("text") or "").replace("\r\n", "\n")
        title = form.get("title")
        try:
            upload = form.get("file")
            if isinstance(upload, UploadFile) and upload.filename:
                try:
                    text = decode(await upload.read(), upload.filename)
                except InputError as exc:
                    raise BadRequest(str(exc.error)) from None
            return parse_draft(text, form.get("date"), title)
        except BadRequest as exc:
            # the page shows the error above the draft as it was, not an empty form
            exc.draft = Draft(text=text, title=title if isinstance(title, str) else None)
            raise
    finally:
        await form.close()  # the upload's temporary file


def api_draft(raw: bytes) -> Draft:
    """The draft of an API request's JSON body ``{"text", "date", "title"}``; anything else is
    a ``BadRequest`` saying what is wrong, in one line."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRequest("request body is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise BadRequest(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
                         ) from None
    if not isinstance(body, dict):
        raise BadRequest('the body must be a JSON object {"text": ..., "date": ..., '
                         '"title": ...}')
    unknown = sorted(set(body) - {"text", "date", "title"})
    if unknown:
        raise BadRequest(f"unknown field {unknown[0]!r} (fields: text, date, title)")
    return parse_draft(body.get("text"), body.get("date"), body.get("title"))


class Handlers:
    """The app's request handlers around one ``CheckService``: the editor's page, the report
    downloads, the JSON API and the charts of the pages it checked."""

    def __init__(self, service: CheckService):
        self.service = service
        env = Environment(loader=PackageLoader("factcheck.serve", "templates"),
                          autoescape=select_autoescape(["html"]), trim_blocks=True,
                          lstrip_blocks=True)
        self.index = env.get_template("index.html")
        self.charts = ChartCache()

    def page(self, request: Request, draft: Draft | None = None, error: str | None = None,
             status: int = 200) -> HTMLResponse:
        """The editor's page: empty, with an error above the draft, or the draft checked
        and marked (its charts kept for the browser to ask for)."""
        context: dict[str, Any] = {
            "draft": draft, "error": error, "formats": REPORT_FORMATS,
            "labels": STATUS_LABELS, "result": None,
        }
        if draft is not None and error is None:
            result = self.service.check(draft)
            dr = result.documents[0]
            key = secrets.token_urlsafe(12)
            view = EditorView(rules_meta=self.service.rules_meta,
                              series=self.service.series(result),
                              title=dr.document.title or "draft", chart_base=f"/chart/{key}")
            context.update(
                result=dr, section=view.document_section(dr),
                flags=json.dumps(view.flag_index(dr)), counts=view.status_counts(dr),
                active=sum(1 for f in dr.flags if f.suppressed is None),
            )
            self.charts.put(key, view.charts)
        return HTMLResponse(self.index.render(**context), status_code=status)

    async def home(self, request: Request) -> Response:
        return await run_in_threadpool(self.page, request)

    async def check_form(self, request: Request) -> Response:
        try:
            draft = await read_form_draft(request)
        except BadRequest as exc:
            return await run_in_threadpool(self.page, request, getattr(exc, "draft", None),
                                           str(exc), 400)
        return await run_in_threadpool(self.page, request, draft)

    async def _report(self, fmt: str, draft: Draft) -> str:
        return await run_in_threadpool(
            lambda: self.service.render(fmt, self.service.check(draft)))

    async def report_form(self, request: Request) -> Response:
        fmt = request.path_params["fmt"]
        if fmt not in REPORT_FORMATS:
            return PlainTextResponse(f"unknown format {fmt!r}\n", status_code=404)
        try:
            draft = await read_form_draft(request)
        except BadRequest as exc:
            return PlainTextResponse(f"{exc}\n", status_code=400)
        return Response(await self._report(fmt, draft), media_type=MEDIA[fmt], headers={
            "content-disposition": f'attachment; filename="factcheck-report.{SUFFIX[fmt]}"'})

    async def api_check(self, request: Request) -> Response:
        fmt = request.query_params.get("format", "json")
        if fmt not in REPORT_FORMATS:
            return _error(f"unknown format {fmt!r} (choose from {', '.join(REPORT_FORMATS)})")
        try:
            draft = api_draft(await request.body())
        except BadRequest as exc:
            return _error(str(exc))
        return Response(await self._report(fmt, draft), media_type=MEDIA[fmt])

    async def chart(self, request: Request) -> Response:
        specs = self.charts.get(request.path_params["key"])
        n = request.path_params["n"]
        if specs is None or not 0 <= n < len(specs):
            return PlainTextResponse("no such chart (check the draft again)\n", status_code=404)
        svg = await run_in_threadpool(specs[n].svg)
        # an image: its own inline styles are allowed, it runs no script
        return Response(svg, media_type="image/svg+xml", headers={
            "cache-control": "private, max-age=3600",
            "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'"})

    async def api_rules(self, request: Request) -> Response:
        return JSONResponse({"rules": self.service.rules()})

    async def healthz(self, request: Request) -> Response:
        health = self.service.health()
        return JSONResponse(health, status_code=200 if health["status"] == "ok" else 503)

    async def report_css(self, request: Request) -> Response:
        return Response(REPORT_CSS, media_type="text/css")


def create_app(service: CheckService, *, manage: bool = True) -> ASGIApp:
    """The app around ``service``. With ``manage``, the app starts the service's worker pool
    on startup and closes the service on shutdown."""
    h = Handlers(service)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage:
            await run_in_threadpool(service.start)
        try:
            yield
        finally:
            if manage:
                await run_in_threadpool(service.close)

    static = str(resources.files("factcheck.serve") / "static")
    app = Starlette(routes=[
        Route("/static/report.css", h.report_css, methods=["GET"]),
        Route("/", h.home, methods=["GET"]),
        Route("/check", h.check_form, methods=["POST"]),
        Route("/report/{fmt}", h.report_form, methods=["POST"]),
        Route("/chart/{key}/{n:int}.svg", h.chart, methods=["GET"]),
        Route("/api/check", h.api_check, methods=["POST"]),
        Route("/api/rules", h.api_rules, methods=["GET"]),
        Route("/healthz", h.healthz, methods=["GET"]),
        Mount("/static", app=StaticFiles(directory=static), name="static"),
    ], lifespan=lifespan)
    return Guard(app)


def serve(host: str = "127.0.0.1", port: int = 8000, *, store: str | None = None,
          no_store: bool = False, workers: int = 1) -> None:
    """Run the app with uvicorn until interrupted (the ``factcheck serve`` command)."""
    import uvicorn

    service = CheckService(store=store, no_store=no_store, workers=workers)
    uvicorn.run(create_app(service), host=host, port=port, log_level="info",
                server_header=False)
