"""Parse functions the upload tests hand to the web app's parse processes (``Jobs.parse``): module-level,
so the child process can import them. They find their controls in the upload folder, two levels above
the file (``<upload_dir>/<hash>/<name>``): the child has the folder, not the test's variables.

- ``gated``: notes itself in ``.running/<pid>`` and the number of parse processes it sees there (and
  the OCR workers it was given) in ``.log``; waits until ``.gate`` exists; then parses for real.
- ``allocate_past_limit``: asks for more memory than the process may have.
- ``die``: the process is killed (as the kernel's OOM killer would).
"""
from __future__ import annotations

import os
import resource
import signal
import time
from pathlib import Path

from protokoll import pipeline

GATE_SECONDS = 120  # a test that never opens the gate still ends


def controls(upload_dir: Path) -> tuple[Path, Path, Path]:
    running = upload_dir / ".running"
    running.mkdir(parents=True, exist_ok=True)
    return running, upload_dir / ".gate", upload_dir / ".log"


def gated(path: Path, options):
    running, gate, log = controls(path.parent.parent)
    mine = running / str(os.getpid())
    mine.touch()
    try:
        with log.open("a") as f:
            f.write(f"{len(list(running.iterdir()))} {options.workers}\n")
        deadline = time.monotonic() + GATE_SECONDS
        while not gate.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        mine.unlink()
    return pipeline.parse_file_pages(path, options)


def allocate_past_limit(path: Path, options):
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    block = bytearray(soft + 1)  # never fits: the address space is capped at ``soft``
    return block


def die(path: Path, options):
    os.kill(os.getpid(), signal.SIGKILL)
