"""Writing: uploads, action statuses, corrections, review decisions. Every POST checks the CSRF token
and needs a logged-in editor."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field

from protokoll.web import service, uploads
from protokoll.web.app import _local, flash, path_sv, render
from protokoll.web.routes import CSRF, DB, ActionId, Editor, MeetingId, ValuePath

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api")

CorrectionId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class StatusIn(BaseModel):
    status: Literal["open", "done", "cancelled"]
    note: str | None = Field(None, max_length=2000)


class CorrectionIn(BaseModel):
    path: str = Field(pattern=ValuePath, max_length=300, description='e.g. "items[2].decisions[0].actions[0].due"')
    value: str | int | None = Field(description="The corrected value; empty or null clears an optional value")
    note: str | None = Field(None, max_length=2000)


class ConfirmIn(BaseModel):
    meeting_id: int = Field(ge=1, le=2**31 - 1)
    path: str = Field(pattern=ValuePath, max_length=300)


def _value(v):
    return v if not isinstance(v, str) else v[:20_000]


# --- upload ------------------------------------------------------------------------------------------

def _start_upload(request: Request, file: UploadFile, user: dict) -> dict:
    return request.app.state.jobs.start(file.file, file.filename, user["name"])


@pages.get("/upload")
def upload_page(request: Request):
    return render(request, "upload.html", {"max_mb": request.app.state.settings.max_upload_bytes // (1024 * 1024)})


@pages.post("/upload", dependencies=[CSRF])
def upload(request: Request, user: Editor, file: UploadFile = File(...)):
    job = _start_upload(request, file, user)
    return RedirectResponse(f"/uploads/{job['id']}", status_code=303)


@pages.get("/uploads/{job_id}")
def upload_job_page(request: Request, job_id: str, wait: Annotated[float, Query(ge=0, le=10)] = 0):
    job = request.app.state.jobs.wait(job_id, wait)
    if job is None:
        return render(request, "error.html", {"status": 404, "message": "Uppladdningen finns inte",
                                              "detail": "servern kan ha startats om"}, 404)
    return render(request, "upload_job.html", {"job": uploads.public(job, editor=request.state.user is not None)})


@api.post("/upload", dependencies=[CSRF], status_code=202, tags=["uppladdning"],
          summary="Ladda upp ett protokoll (PDF, text, DOCX); läses in i bakgrunden")
def upload_api(request: Request, user: Editor, file: UploadFile = File(...)) -> dict:
    return _start_upload(request, file, user)


@api.get("/uploads/{job_id}", tags=["uppladdning"], summary="Hur det går med en uppladdning")
def upload_job_api(request: Request, job_id: str, wait: Annotated[float, Query(ge=0, le=10)] = 0) -> dict:
    job = request.app.state.jobs.wait(job_id, wait)
    if job is None:
        return JSONResponse({"detail": "Uppladdningen finns inte."}, status_code=404)
    return uploads.public(job, editor=request.state.user is not None)


# --- action status -----------------------------------------------------------------------------------

@pages.post("/actions/{action_id}/status", dependencies=[CSRF])
def action_status(request: Request, db: DB, user: Editor, action_id: ActionId,
                  status: Literal["open", "done", "cancelled"] = Form(), note: str = Form("", max_length=2000),
                  next: str = Form("/actions")):
    before = service.set_action_status(db, action_id, status, note, user["name"])["history"]
    previous = before[-2]["status"] if len(before) > 1 else None
    undo = ({"action": f"/actions/{action_id}/status", "label": "Ångra",
             "fields": {"status": previous, "note": "ångrat", "next": _local(next)}}
            if previous and previous != status else None)
    flash(request, f"Åtgärd {action_id} är nu {STATUS_WORDS[status]}.", undo)
    return RedirectResponse(_local(next), status_code=303)


STATUS_WORDS = {"open": "öppen", "done": "klar", "cancelled": "struken"}


@api.post("/actions/{action_id}/status", dependencies=[CSRF], tags=["åtgärder"],
          summary="Markera en åtgärd klar, struken eller öppen igen")
def action_status_api(db: DB, user: Editor, action_id: ActionId, body: StatusIn) -> dict:
    return service.set_action_status(db, action_id, body.status, body.note, user["name"])


# --- corrections -------------------------------------------------------------------------------------

@pages.get("/meetings/{meeting_id}/correct")
def correction_page(request: Request, db: DB, meeting_id: MeetingId,
                    path: Annotated[str, Query(pattern=ValuePath)]):
    return render(request, "correct.html", service.correction_form(db, meeting_id, path))


@pages.post("/meetings/{meeting_id}/corrections", dependencies=[CSRF])
def correct(request: Request, db: DB, user: Editor, meeting_id: MeetingId, path: str = Form(pattern=ValuePath),
            value: str = Form("", max_length=20_000), note: str = Form("", max_length=2000)):
    saved = service.correct(db, meeting_id, path, value, note, user["name"])
    flash(request, f"Rättelsen är sparad: {path_sv(path)}.",
          {"action": f"/meetings/{meeting_id}/corrections/{saved['id']}/revert", "label": "Ångra rättelsen",
           "fields": {}})
    return RedirectResponse(f"/meetings/{meeting_id}#v-{path}", status_code=303)


@api.get("/meetings/{meeting_id}/corrections", tags=["rättelser"], summary="Ett mötes rättelser, med historik")
def corrections_api(db: DB, meeting_id: MeetingId) -> list[dict]:
    return service.meeting(db, meeting_id)["correction_history"]


@api.post("/meetings/{meeting_id}/corrections", dependencies=[CSRF], tags=["rättelser"],
          summary="Rätta ett värde i ett möte")
def correct_api(db: DB, user: Editor, meeting_id: MeetingId, body: CorrectionIn) -> dict:
    return service.correct(db, meeting_id, body.path, _value(body.value), body.note, user["name"])


@pages.post("/meetings/{meeting_id}/corrections/{correction_id}/revert", dependencies=[CSRF])
def revert(request: Request, db: DB, user: Editor, meeting_id: MeetingId,
           correction_id: CorrectionId):
    service.revert_correction(db, meeting_id, correction_id)
    flash(request, "Rättelsen är ångrad: det tolkade värdet gäller igen.")
    return RedirectResponse(f"/meetings/{meeting_id}", status_code=303)


@api.post("/meetings/{meeting_id}/corrections/{correction_id}/revert", dependencies=[CSRF], tags=["rättelser"],
          summary="Ta bort en rättelse (det tolkade värdet gäller igen)")
def revert_api(db: DB, user: Editor, meeting_id: MeetingId, correction_id: CorrectionId) -> dict:
    service.revert_correction(db, meeting_id, correction_id)
    return {"reverted": correction_id}


# --- review ------------------------------------------------------------------------------------------

@pages.post("/review/confirm", dependencies=[CSRF])
def confirm(request: Request, db: DB, user: Editor, meeting_id: int = Form(ge=1, le=2**31 - 1),
            path: str = Form(pattern=ValuePath), next: str = Form("/review")):
    service.confirm(db, meeting_id, path, user["name"])
    flash(request, f"Värdet är bekräftat: {path_sv(path)}.")
    return RedirectResponse(_local(next), status_code=303)


@api.post("/review/confirm", dependencies=[CSRF], tags=["granskning"], summary="Bekräfta ett flaggat värde som det är")
def confirm_api(db: DB, user: Editor, body: ConfirmIn) -> dict:
    return service.confirm(db, body.meeting_id, body.path, user["name"])
