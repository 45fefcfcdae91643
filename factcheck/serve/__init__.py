"""``factcheck serve``: the editor's web page and a JSON API over the same checks as the CLI.

``service`` (a draft in, reports out; a warm engine pool and one store for the server's
life; its engine workers are ``factcheck.pool.WarmPool``), ``page`` (the editor's view of the html report) and ``app``
(Starlette routes, templates, the body limit and the security headers).
"""

from .app import create_app, serve
from .service import BadRequest, CheckService, parse_draft

__all__ = ["BadRequest", "CheckService", "create_app", "parse_draft", "serve"]
