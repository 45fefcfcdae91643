"""`factcheck serve` on the command line: loopback by default, one line for what stops it."""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.cli.serve import serve

pytest.importorskip("uvicorn", reason="the [serve] extra is not installed")


def test_binds_loopback_unless_told_otherwise():
    options = {p.name: p.default for p in serve.params}
    assert options["host"] == "127.0.0.1" and options["port"] == 8000


def test_a_port_in_use_is_one_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and f"cannot listen on 127.0.0.1:{port}" in r.stderr


def test_an_unopenable_store_is_one_line(tmp_path):
    folder = tmp_path / "dir.sqlite"
    folder.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = CliRunner().invoke(main, ["serve", "--port", str(port), "--store", str(folder)])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert "cannot open the claims store" in r.stderr
