"""Uploads: a file is saved under the upload folder (so the archive's link to it keeps working), queued as
a job in the archive (``archive.uploads``: it outlives a restart) and ingested by a bounded pool: at most
``upload_workers`` files (by default one per core) are parsed at once, each in a child process with a
memory and a time limit (``protokoll.isolate``) and one OCR process, so uploads never run more OCR
processes than there are cores, and one bad file cannot stall the server. The job's state is what the
upload page and ``/api/uploads/{id}`` show: queued → reading → done | failed. A user over the upload
quota (jobs waiting, bytes a day) is refused with 429 before anything is queued.
"""
from __future__ import annotations

import hashlib
import re
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Callable

from protokoll import archive
from protokoll.archive import Database
from protokoll.isolate import Cancelled, ChildLimits, parse_in_child
from protokoll.read import Options

ALLOWED = {".txt", ".text", ".pdf", ".docx"}
EXIT_SV = {3: "Filen kunde inte läsas (saknas, tom, binär eller okänd teckenkodning).",
           4: "Filen ser inte ut som ett mötesprotokoll.",
           5: "Filen är för stor."}


class UploadError(ValueError):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


MAX_STEM_CHARS = 80  # a readable name
MAX_STEM_BYTES = 200  # and room below the file system's 255 bytes for the suffix


def safe_name(filename: str | None) -> str:
    name = Path((filename or "").replace("\\", "/")).name
    stem, dot, suffix = name.rpartition(".")
    if not dot or f".{suffix.lower()}" not in ALLOWED:
        raise UploadError("Filtypen stöds inte: ladda upp en PDF-, text- eller DOCX-fil.", 415)
    stem = re.sub(r"[^\w\-]+", "_", stem).strip("_")[:MAX_STEM_CHARS] or "protokoll"
    # File systems count bytes, not letters (255 at most): 64 letters of four bytes each were too long.
    while len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    return f"{stem}.{suffix.lower()}"


def save(stream: BinaryIO, filename: str | None, folder: Path, max_bytes: int,
         admit: Callable[[int, Path], None] | None = None) -> Path:
    """Copy the upload to ``folder/<hash prefix>/<name>``; raises UploadError over ``max_bytes``.
    ``admit(size, target)`` is asked before the file is put in place: what it raises refuses the upload
    and leaves the folder as it was (a file of the same bytes already there may be an archived source)."""
    name = safe_name(filename)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".upload-{secrets.token_hex(8)}"
    digest, size = hashlib.sha256(), 0
    try:
        with tmp.open("wb") as out:
            while chunk := stream.read(1 << 20):
                size += len(chunk)
                if size > max_bytes:
                    raise UploadError(f"Filen är större än gränsen på {max_bytes // (1024 * 1024)} MB.", 413)
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise UploadError("Filen är tom.", 400)
        target_dir = folder / digest.hexdigest()[:16]
        target_dir.mkdir(exist_ok=True)
        target = target_dir / name
        if admit is not None:
            admit(size, target.resolve())
        tmp.replace(target)
        return target.resolve()
    finally:
        tmp.unlink(missing_ok=True)


QUEUED_SV = "Väntar på att läsas in."
READING_SV = "Läser och tolkar filen …"


def public(job: dict | None, editor: bool) -> dict | None:
    """The job as its page shows it; who uploaded it and the technical error only to a logged-in editor."""
    if job is None or editor:
        return job
    shown = {k: v for k, v in job.items() if k != "user"}
    shown["error"] = None
    return shown


def failure_message(exit_code: int, reason: str) -> str:
    if exit_code == 5:  # over a limit: the reason says which (it names no path)
        return f"Filen kunde inte läsas in: {reason}."
    return EXIT_SV.get(exit_code, "Filen kunde inte läsas in.")


class Jobs:
    """The upload queue of one server: jobs in the archive, a pool of ``settings.upload_workers`` threads,
    each waiting on one parse process at a time. ``parse`` is the function the child runs (a seam for
    tests; default ``pipeline.parse_file_pages``)."""

    def __init__(self, db: Database, settings, parse: Callable | None = None):
        self.db = db
        self.settings = settings
        self.parse = parse
        self.limits = ChildLimits(settings.upload_memory_bytes, settings.upload_parse_seconds)
        self.quota = archive.Quota(settings.upload_queue_per_user, settings.upload_bytes_per_day)
        self.options = replace(Options(), workers=1)  # one OCR process per parse process
        self._pool: ThreadPoolExecutor | None = None
        self._done: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    def _submit(self, job_id: str) -> None:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=max(1, self.settings.upload_workers),
                                                thread_name_prefix="upload")
            self._done.setdefault(job_id, threading.Event())
            self._pool.submit(self._run, job_id)

    def start(self, stream: BinaryIO, filename: str | None, user: str) -> dict:
        """Save the upload and queue it; UploadError (415, 413, 400, 429 over the quota) refuses it."""
        shown = safe_name(filename)
        job_id = secrets.token_urlsafe(9)
        created: dict = {}

        def admit(size: int, target: Path) -> None:
            try:
                created.update(archive.add_upload_job(job_id, shown, str(target), size, user, QUEUED_SV,
                                                      self.quota, self.db))
            except archive.QuotaExceeded as err:
                raise UploadError(str(err), 429) from None

        save(stream, filename, self.settings.upload_dir, self.settings.max_upload_bytes, admit)
        self._submit(job_id)
        return created

    def resume(self) -> int:
        """Queue again the jobs a previous run left queued or reading (and forget long-finished ones); how many."""
        archive.prune_upload_jobs(db=self.db)
        jobs = archive.unfinished_upload_jobs(self.db)
        for job in jobs:
            self._submit(job["id"])
        return len(jobs)

    def get(self, job_id: str) -> dict | None:
        return archive.upload_job(job_id, self.db)

    def wait(self, job_id: str, seconds: float) -> dict | None:
        event = self._done.get(job_id)
        if event is not None and seconds > 0:
            event.wait(seconds)
        return self.get(job_id)

    def close(self) -> None:
        """Stop: running parse processes are ended, their jobs and the queued ones stay for the next start."""
        self._stopping.set()
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _run(self, job_id: str) -> None:
        if self._stopping.is_set():
            return
        try:
            job = archive.upload_job(job_id, self.db)
            if job is None or job["state"] not in ("queued", "reading"):
                return
            archive.update_upload_job(job_id, self.db, state="reading", message=READING_SV, started_at=True)
            path = Path(archive.upload_job_path(job_id, self.db))
            report = archive.ingest_file(
                path, lambda: parse_in_child(path, self.options, self.limits, self.parse, self._stopping), self.db)
            if report.failed:
                failure = report.failed[0]
                fields = {"state": "failed", "outcome": "failed", "error": failure.error,
                          "message": failure_message(failure.exit_code, failure.error)}
            else:
                fields = {"state": "done", "outcome": "ingested" if report.ingested else "skipped",
                          "meeting": self._meeting_of(path),
                          "message": ("Protokollet är inläst." if report.ingested
                                      else "Filen fanns redan i arkivet; inget ändrades.")}
        except Cancelled:
            return  # the server stops: the job stays "reading" and is resumed at the next start
        except Exception as err:  # noqa: BLE001 - the job must end, whatever happened
            fields = {"state": "failed", "outcome": "failed", "error": f"{type(err).__name__}: {err}",
                      "message": "Ett oväntat fel inträffade när filen lästes in."}
        try:
            archive.update_upload_job(job_id, self.db, finished_at=True, **fields)
        finally:
            event = self._done.get(job_id)
            if event:
                event.set()

    def _meeting_of(self, path: Path) -> dict | None:
        return archive.meeting_of_source(hashlib.sha256(path.read_bytes()).hexdigest(), self.db)
