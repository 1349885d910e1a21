"""One file read → clean → parse in a child process of its own, under limits, so that one bad file can
neither stall the process that asked (the web server) nor exhaust the machine.

The child gets an address-space limit (``resource.setrlimit(RLIMIT_AS)``: an allocation past it fails
with ``MemoryError``) and its own process group (its Tesseract processes end with it); the caller waits
at most ``seconds`` for its answer. Every way it can end maps to ours: the record and page texts; the
``ProtokollError`` the file met; ``TooLarge`` (exit 5) past the memory or time limit; ``ProtokollError``
(exit 1) when the child died. Nothing is written by the child: the caller stores what comes back.

Children are started by a fork server (``multiprocessing``'s "forkserver": forked from a small process
that has imported the pipeline once, never from the threaded server itself)."""
from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from protokoll.errors import ProtokollError, TooLarge
from protokoll.read import Options

MB = 1024 * 1024
POLL_SECONDS = 0.25  # how often a waiting caller looks whether it was asked to stop


@dataclass(frozen=True)
class ChildLimits:
    memory_bytes: int = 1536 * MB  # the child's address space (RLIMIT_AS); the pipeline needs ~300 MB
    seconds: float = 900.0  # wall time from start to answer (OCR of a long scan takes minutes)


class Cancelled(BaseException):
    """The caller asked the wait to stop (the server is shutting down); the child was ended. A
    ``BaseException``: it is not the file's failure."""


def _context():
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["protokoll.pipeline"])
    return context


def _parse(path: Path, options: Options | None):
    from protokoll import pipeline

    return pipeline.parse_file_pages(path, options)


def _child(conn, parse: Callable, path: str, options: Options | None, memory_bytes: int) -> None:
    os.setpgid(0, 0)  # a group of its own: ending it ends the Tesseract processes it started
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        answer = ("ok", parse(Path(path), options))
    except MemoryError:
        answer = ("memory", None)
    except ProtokollError as err:
        answer = ("error", err)
    except BaseException as err:  # noqa: BLE001 - whatever it was, the caller gets one line
        answer = ("crash", f"{type(err).__name__}: {err}")
    try:
        conn.send(answer)
    except MemoryError:
        conn.send(("memory", None))
    finally:
        conn.close()


def _end(process) -> None:
    if process.is_alive():
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            process.kill()
    process.join()
    process.close()


def parse_in_child(path: Path | str, options: Options | None = None, limits: ChildLimits | None = None,
                   parse: Callable | None = None, cancel: threading.Event | None = None):
    """``parse(path, options)`` (default ``pipeline.parse_file_pages``: the record and its page texts) in
    a child process under ``limits``; its result, or the ``ProtokollError`` it ended in. ``parse`` is a
    seam for tests: a module-level function, importable by the child. ``cancel`` set: ``Cancelled``."""
    limits = limits or ChildLimits()
    path = str(path)
    context = _context()
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, parse or _parse, path, options, limits.memory_bytes),
                              daemon=True, name="protokoll-parse")
    process.start()
    send.close()
    try:
        deadline = time.monotonic() + limits.seconds
        while not receive.poll(max(0.0, min(POLL_SECONDS, deadline - time.monotonic()))):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if time.monotonic() >= deadline:
                raise TooLarge(path, f"tolkningen tog mer än gränsen på {limits.seconds:.0f} s")
        try:
            kind, value = receive.recv()
        except (EOFError, OSError):
            process.join(5)
            code = process.exitcode
            how = (f"signal {-code} ({signal.Signals(-code).name})" if code is not None and code < 0
                   else f"kod {code}")
            raise ProtokollError(path, f"tolkningen avbröts: processen avslutades oväntat med {how}") from None
    finally:
        receive.close()
        _end(process)
    if kind == "ok":
        return value
    if kind == "memory":
        raise TooLarge(path, f"tolkningen behövde mer minne än gränsen på {limits.memory_bytes // MB} MB")
    if kind == "error":
        raise value
    raise ProtokollError(path, f"tolkningen avbröts av ett internt fel: {value}")
