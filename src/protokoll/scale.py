"""Read → clean → parse of many files on a Dask cluster (``distributed``), for whole back catalogues.

Each file is sent to a worker as bytes (workers on other machines need no shared folder) and parsed
there by the same ``pipeline.parse_file`` as on one machine; its scanned pages are OCR'd as tasks of
their own, spread over every worker (one Tesseract per worker thread). Results come back to the caller
as they finish, to be written by one writer. A worker that dies has its tasks run again elsewhere
(the scheduler's own retry); a file that kills ``distributed``'s allowed number of workers is reported
as failed, never silently dropped.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from protokoll import pipeline
from protokoll.errors import ProtokollError, TooLarge, UnreadableInput
from protokoll.model import Protocol
from protokoll.read import Options

THREADS_PER_WORKER = 1  # one OCR process per worker thread: a local worker per core is one Tesseract per core
FILES_PER_WORKER = 2  # files in flight per worker: bounds the bytes held on the cluster
CONNECT_SECONDS = 30  # how long to wait for a scheduler given by address
PAGES_PER_THREAD = 2  # pages of one document rendered ahead per worker thread, waiting for OCR


@dataclass
class Parsed:
    path: str  # as the caller named it
    protocol: Protocol | None = None
    pages: list[str] | None = None  # the cleaned page texts the record's spans index
    error: ProtokollError | None = None


class WorkerLost(ProtokollError):
    """The workers parsing a file died more often than the scheduler allows (a crash or memory kill)."""

    exit_code = 1


def ocr_on_cluster(images: Iterable[tuple[int, object]], lang: str, workers: int | None = None) -> Iterator:
    """``read.ocr.ocr_pages`` with each page a task on the cluster this runs on (called on a worker)."""
    from distributed import worker_client

    from protokoll.read import ocr

    ocr.check_languages(lang)
    with worker_client() as client:  # secedes: this file's task holds no thread while its pages run
        window = PAGES_PER_THREAD * max(1, sum(client.nthreads().values()))
        pending = []
        for number, image in images:
            pending.append(client.submit(ocr.ocr_image, image, lang, number, pure=False))
            if len(pending) >= window:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()


def parse_bytes(name: str, data: bytes, options: Options, max_bytes: int) -> Parsed:
    """Parse one file's bytes (runs on a worker). A bad file is a result, not a failed task: its error
    names the file as the caller did."""
    with tempfile.TemporaryDirectory(prefix="protokoll-") as folder:
        path = Path(folder) / (Path(name).name or "minutes")
        path.write_bytes(data)
        try:
            protocol, pages = pipeline.parse_file_pages(path, replace(options, ocr_map=ocr_on_cluster), max_bytes)
        except ProtokollError as err:
            return Parsed(name, error=type(err)(name, err.reason))
    protocol.source_file.path = name
    return Parsed(name, protocol=protocol, pages=pages)


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise UnreadableInput(str(path), e.strerror or str(e)) from None
    if size > max_bytes:  # refused here: no point in sending it
        raise TooLarge(str(path), f"{size} byte är över gränsen på {max_bytes} byte")
    return path.read_bytes()


class Cluster:
    """A client of a running scheduler (``scheduler="tcp://host:8786"``) or of a local cluster of
    ``workers`` processes; a context manager that closes what it started."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None):
        from distributed import Client, LocalCluster

        self._local = None
        if scheduler:
            self.client = Client(scheduler, timeout=CONNECT_SECONDS)
        else:
            self._local = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                       threads_per_worker=THREADS_PER_WORKER, processes=True,
                                       dashboard_address=":0")
            self.client = Client(self._local)

    @property
    def dashboard(self) -> str | None:
        return self.client.dashboard_link

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self._local is not None:
            self._local.close()


def parse_files(paths: Iterable[Path], cluster: Cluster, options: Options | None = None,
                max_bytes: int = pipeline.DEFAULT_MAX_BYTES,
                on_done: Callable[[Parsed], None] | None = None) -> Iterator[Parsed]:
    """Every file parsed on ``cluster``, in the order they finish; at most ``FILES_PER_WORKER`` files a
    worker in flight. Each file gives one ``Parsed``: its record or its error."""
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    options = options or Options()
    todo = iter(paths)
    window = FILES_PER_WORKER * cluster.workers()
    names: dict = {}
    done = as_completed()

    def submit_next() -> bool:
        for path in todo:
            try:
                data = _read(Path(path), max_bytes)
            except ProtokollError as err:
                yield_now.append(Parsed(str(path), error=err))
                continue
            future = cluster.client.submit(parse_bytes, str(path), data, options, max_bytes, pure=False,
                                           key=f"parse-{len(names)}-{Path(path).name}")
            names[future.key] = str(path)
            done.add(future)
            return True
        return False

    yield_now: list[Parsed] = []
    for _ in range(window):
        if not submit_next():
            break
    while True:
        while yield_now:
            yield _report(yield_now.pop(0), on_done)
        if done.is_empty():
            break
        future = next(done)
        name = names.pop(future.key)
        try:
            result = future.result()
        except KilledWorker:
            result = Parsed(name, error=WorkerLost(name, "the workers parsing it died; it was not parsed"))
        future.release()
        submit_next()
        yield _report(result, on_done)


def _report(parsed: Parsed, on_done: Callable[[Parsed], None] | None) -> Parsed:
    if on_done:
        on_done(parsed)
    return parsed
