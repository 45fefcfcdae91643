"""``factcheck serve``: the editor's page and the JSON API (``factcheck.serve``) under uvicorn.

Binds 127.0.0.1 unless ``--host`` says otherwise. The rulebook, the store and the warm engine
workers are set up before the server listens, so a bad rule file, an unreadable store, a port
in use or a missing ``[serve]`` extra is one line and exit code 2, never a traceback.
"""

from __future__ import annotations

import socket

import click

from .common import Failure, first_line, project_config


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the page to the network).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@click.option("--store", "store", metavar="PATH|URL",
              help="Claims store to check against (default: built from the bundled corpus).")
@click.option("--no-store", is_flag=True, help="Check internal consistency only.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Warm engine processes (requests checked at once).")
def serve(host: str, port: int, store: str | None, no_store: bool, workers: int) -> None:
    """Serve the editor's page and the JSON API on http://HOST:PORT/."""
    try:
        import uvicorn

        from ..serve import CheckService, create_app
    except ImportError as exc:
        raise Failure(f"factcheck serve needs {exc.name}: pip install 'factcheck[serve]'") \
            from None
    from sqlalchemy.exc import SQLAlchemyError

    from ..pipeline import WorkerInitError
    from ..rulebook import RuleFileError
    from ..store import StoreError

    _check_port(host, port)
    config = project_config()
    try:
        service = CheckService(store=store, no_store=no_store, workers=workers, config=config)
    except (OSError, SQLAlchemyError, StoreError) as exc:
        where = store or config.store or "the default store"
        raise Failure(f"{where}: cannot open the claims store: {first_line(exc)}") from None
    except RuleFileError as exc:
        raise Failure(str(exc)) from None
    try:
        service.start()
    except WorkerInitError as exc:
        service.close()
        raise Failure(str(exc)) from None
    click.echo(f"factcheck: serving http://{_url_host(host)}:{port}/ ({workers} warm engine "
               f"worker{'s' if workers != 1 else ''}); Ctrl-C stops", err=True)
    try:
        uvicorn.run(create_app(service, manage=False), host=host, port=port, log_level="warning",
                    server_header=False)
    finally:
        service.close()


def _check_port(host: str, port: int) -> None:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise Failure(f"--host {host}: {exc.strerror or exc}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as exc:
            raise Failure(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
