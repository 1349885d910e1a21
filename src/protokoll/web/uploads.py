"""Uploads: a file is saved under the upload folder (so the archive's link to it keeps working) and
ingested in a background thread; the job's state is what the upload page and ``/api/uploads/{id}``
show while it runs: queued → reading → done | failed."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO

from protokoll import archive
from protokoll.archive import Database

ALLOWED = {".txt", ".text", ".pdf", ".docx"}
EXIT_SV = {3: "Filen kunde inte läsas (saknas, tom, binär eller okänd teckenkodning).",
           4: "Filen ser inte ut som ett mötesprotokoll.",
           5: "Filen är för stor."}


class UploadError(ValueError):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class Job:
    id: str
    filename: str
    user: str
    state: str = "queued"  # queued | reading | done | failed
    message: str = "Väntar på att läsas in."
    outcome: str | None = None  # ingested | skipped | failed
    meeting: dict | None = None
    error: str | None = None
    started_at: str = field(default_factory=lambda: archive.iso(dt.datetime.now(dt.timezone.utc)))
    finished_at: str | None = None

    def to_json(self, editor: bool = True) -> dict:
        """The job as its page shows it; who uploaded it and the technical error only to a logged-in editor."""
        data = asdict(self)
        if not editor:
            data.pop("user", None)
            data["error"] = None
        return data


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


def save(stream: BinaryIO, filename: str | None, folder: Path, max_bytes: int) -> Path:
    """Copy the upload to ``folder/<hash prefix>/<name>``; raises UploadError over ``max_bytes``."""
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
        tmp.replace(target)
        return target.resolve()
    finally:
        tmp.unlink(missing_ok=True)


class Jobs:
    def __init__(self, db: Database, keep: int = 200):
        self.db = db
        self.keep = keep
        self._jobs: dict[str, Job] = {}
        self._done: dict[str, threading.Event] = {}
        self._lock = threading.Lock()

    def start(self, path: Path, filename: str, user: str) -> Job:
        job = Job(id=secrets.token_urlsafe(9), filename=filename, user=user)
        with self._lock:
            self._jobs[job.id] = job
            self._done[job.id] = threading.Event()
            for old in list(self._jobs)[:-self.keep]:
                self._jobs.pop(old, None)
                self._done.pop(old, None)
        threading.Thread(target=self._run, args=(job, path), daemon=True, name=f"upload-{job.id}").start()
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def wait(self, job_id: str, seconds: float) -> Job | None:
        event = self._done.get(job_id)
        if event is not None and seconds > 0:
            event.wait(seconds)
        return self.get(job_id)

    def _run(self, job: Job, path: Path) -> None:
        job.state, job.message = "reading", "Läser och tolkar filen …"
        try:
            report = archive.ingest([], db=self.db, files=[path])
            if report.failed:
                failure = report.failed[0]
                job.outcome, job.state = "failed", "failed"
                job.error = failure.error
                job.message = EXIT_SV.get(failure.exit_code, "Filen kunde inte läsas in.")
            else:
                job.outcome = "ingested" if report.ingested else "skipped"
                job.state = "done"
                job.meeting = self._meeting_of(path)
                job.message = ("Protokollet är inläst." if report.ingested
                               else "Filen fanns redan i arkivet; inget ändrades.")
        except Exception as err:  # noqa: BLE001 - the job must end, whatever happened
            job.outcome, job.state = "failed", "failed"
            job.error = f"{type(err).__name__}: {err}"
            job.message = "Ett oväntat fel inträffade när filen lästes in."
        finally:
            job.finished_at = archive.iso(dt.datetime.now(dt.timezone.utc))
            event = self._done.get(job.id)
            if event:
                event.set()

    def _meeting_of(self, path: Path) -> dict | None:
        return archive.meeting_of_source(hashlib.sha256(path.read_bytes()).hexdigest(), self.db)
