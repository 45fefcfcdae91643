"""A report written to a path that is no regular file (a pipe, a device: "-o /dev/null") is
written in place: the atomic temp-file-and-rename of report.base.write_atomically would put a
regular file where the pipe or device was (found when /dev/null became a regular file on the
machine CI runs on, and PostgreSQL's initdb then failed)."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from factcheck.report.base import write_atomically


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_stays_a_pipe_and_gets_the_text(tmp_path):
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")),
                              daemon=True)
    reader.start()
    write_atomically(fifo, "a report\n")
    reader.join(timeout=10)
    assert got == ["a report\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]   # no temp file left


def test_a_regular_file_is_still_replaced_whole(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("old", encoding="utf-8")
    write_atomically(out, lambda f: f.write("new"))
    assert out.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
