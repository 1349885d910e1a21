"""Electronic signatures of the sources: read from a PDF when it is ingested (``cycle.sign.signatures``,
pyHanko) and kept with the source (``source_signatures``, 0008), so that a meeting's page says who
signed its minutes and whether the signatures were intact when the file came in.

Reading never fails an ingest: a file that is no PDF or carries no signature dictionary (no
``/ByteRange``: a PDF signature cannot be without one) has none and pyHanko is not even imported; when
pyHanko is missing or cannot read the file, nothing is recorded. No trust roots are given at ingest:
``protokoll verify --trust`` is the check against a root.
"""
from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from protokoll.store import tables as t

SIGNATURES = t.SourceSignature.__table__
PDF_MAGIC = b"%PDF-"
SIGNATURE_MARK = b"/ByteRange"  # every signature dictionary has one, written out in the file
log = logging.getLogger(__name__)


def read(path: Path | str) -> list[dict] | None:
    """The signatures of the file ``path`` as rows to store (oldest first); [] when it has none; None
    when they could not be read (nothing is recorded then)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    if not data.startswith(PDF_MAGIC) or SIGNATURE_MARK not in data:
        return []
    try:
        from protokoll.cycle import sign

        for name in ("pyhanko", "pyhanko_certvalidator"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        found = sign.signatures(path)
    except Exception as err:  # noqa: BLE001 - pyHanko missing or the file unreadable: the ingest goes on
        log.info("signatures of %s not read: %s", path, err)
        return None
    return [{"position": n, "field": s.field[:200], "signer": s.signer, "role": s.role, "signed_at": s.signed_at,
             "intact": s.intact, "valid": s.valid, "modified": s.modified, "problem": s.problem}
            for n, s in enumerate(found)]


def store(session: Session, sha256: str, rows: list[dict] | None) -> None:
    if rows:
        session.execute(SIGNATURES.insert(), [{**row, "sha256": sha256} for row in rows])


def _entry(row) -> dict:
    ok = bool(row.intact and row.valid and not row.modified)
    return {"field": row.field, "signer": row.signer, "role": row.role, "signed_at": row.signed_at,
            "intact": row.intact, "valid": row.valid, "modified": row.modified, "problem": row.problem, "ok": ok}


def of_sources(session: Session, hashes: list[str]) -> dict[str, list[dict]]:
    """sha256 → its signatures, oldest first (sources without any are left out)."""
    if not hashes:
        return {}
    out: dict[str, list[dict]] = {}
    for row in session.execute(select(SIGNATURES).where(SIGNATURES.c.sha256.in_(hashes))
                               .order_by(SIGNATURES.c.sha256, SIGNATURES.c.position)):
        out.setdefault(row.sha256, []).append(_entry(row))
    return out


def summary(sources: list[dict]) -> dict | None:
    """What a meeting's page says of the signatures of its sources: the signers in order, the date of
    the last signature, whether every one is intact; None when no source is signed."""
    found = [s for source in sources for s in source.get("signatures") or []]
    if not found:
        return None
    signers = list(dict.fromkeys(s["signer"] or "okänd" for s in found))
    dates = sorted(s["signed_at"][:10] for s in found if s["signed_at"])
    return {"signers": signers, "date": dates[-1] if dates else None, "count": len(found),
            "intact": all(s["ok"] for s in found)}
