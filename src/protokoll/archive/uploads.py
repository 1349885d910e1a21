"""Upload jobs: the files the web app was given and their way into the archive (``upload_jobs``, 0006).
A job is ``queued`` until a worker takes it (``reading``) and ends ``done`` or ``failed``; queued and
reading jobs are what a restarted server resumes. Quotas are counted here, in the same write
transaction that adds the job, so two uploads at once cannot both slip under a limit."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update

from protokoll.archive.common import iso, reading, writing
from protokoll.store.db import Database
from protokoll.store.tables import UploadJob

DB = Database | str | None
UNFINISHED = ("queued", "reading")
KEEP_FINISHED_DAYS = 30  # finished jobs (their pages) are kept this long, then forgotten
FIELDS = ("state", "message", "outcome", "meeting", "error", "started_at", "finished_at")


@dataclass(frozen=True)
class Quota:
    """How much one user may have waiting, and upload in a day (a rolling 24 hours)."""

    queued_jobs: int
    bytes_per_day: int


class QuotaExceeded(ValueError):
    """The user's upload quota is used up; ``str(err)`` says which, in Swedish."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def job_json(job: UploadJob) -> dict:
    return {"id": job.id, "filename": job.filename, "user": job.user_name, "state": job.state,
            "message": job.message, "outcome": job.outcome, "meeting": job.meeting, "error": job.error,
            "size": job.size, "created_at": iso(job.created_at), "started_at": iso(job.started_at),
            "finished_at": iso(job.finished_at)}


def add_upload_job(job_id: str, filename: str, path: str, size: int, user_name: str, message: str,
                   quota: Quota | None = None, db: DB = None) -> dict:
    """Queue a job for a saved file; ``QuotaExceeded`` (nothing added) when the user is over ``quota``."""
    now = _now()
    with writing(db) as session:
        if quota is not None:
            waiting = session.scalar(select(func.count()).select_from(UploadJob).where(
                UploadJob.user_name == user_name, UploadJob.state.in_(UNFINISHED)))
            if waiting >= quota.queued_jobs:
                raise QuotaExceeded(f"Du har redan {waiting} uppladdningar som väntar på att läsas in "
                                    f"(gränsen är {quota.queued_jobs}); vänta tills någon är klar.")
            today = session.scalar(select(func.coalesce(func.sum(UploadJob.size), 0)).where(
                UploadJob.user_name == user_name, UploadJob.created_at >= now - dt.timedelta(days=1)))
            if today + size > quota.bytes_per_day:
                mb = quota.bytes_per_day / (1024 * 1024)
                raise QuotaExceeded(f"Du har laddat upp {today / (1024 * 1024):.1f} MB det senaste dygnet; "
                                    f"med den här filen blir det mer än gränsen på {mb:.0f} MB per dygn. "
                                    "Försök igen senare.")
        job = UploadJob(id=job_id, filename=filename, path=path, size=size, user_name=user_name, state="queued",
                        message=message, created_at=now)
        session.add(job)
        session.flush()
        return job_json(job)


def upload_job(job_id: str, db: DB = None) -> dict | None:
    with reading(db) as session:
        job = session.get(UploadJob, job_id)
        return job_json(job) if job else None


def upload_job_path(job_id: str, db: DB = None) -> str | None:
    """Where the job's file was saved (not in ``upload_job``: pages do not show server paths)."""
    with reading(db) as session:
        return session.scalar(select(UploadJob.path).where(UploadJob.id == job_id))


def update_upload_job(job_id: str, db: DB = None, **fields) -> None:
    """Set some of a job's ``FIELDS``; ``started_at``/``finished_at`` given as True mean now."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"okända fält: {', '.join(sorted(unknown))}")
    values = {k: (_now() if v is True and k.endswith("_at") else v) for k, v in fields.items()}
    with writing(db) as session:
        session.execute(update(UploadJob).where(UploadJob.id == job_id).values(**values))


def unfinished_upload_jobs(db: DB = None) -> list[dict]:
    """Queued and reading jobs, oldest first: what a (re)started server has to do."""
    with reading(db) as session:
        jobs = session.scalars(select(UploadJob).where(UploadJob.state.in_(UNFINISHED))
                               .order_by(UploadJob.created_at, UploadJob.id))
        return [job_json(j) for j in jobs]


def prune_upload_jobs(days: int = KEEP_FINISHED_DAYS, db: DB = None) -> int:
    """Forget finished jobs older than ``days`` (their files stay: the archive links to them); how many."""
    with writing(db) as session:
        return session.execute(delete(UploadJob).where(UploadJob.state.not_in(UNFINISHED),
                                                       UploadJob.finished_at < _now() - dt.timedelta(days=days))
                               ).rowcount
