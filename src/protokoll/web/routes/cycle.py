"""The meeting cycle in the web app: "Nytt protokoll" (drafts of the next minutes: start one, fill in
the structured form, save versions, publish) and the reminder addresses of who must act. Every page
needs a logged-in editor (anyone else is asked to log in); every POST checks the CSRF token; a save
made from an older version than the latest is refused (409) with the editor's values kept on the form.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from protokoll.archive import DraftConflict
from protokoll.web import service
from protokoll.web.app import flash, render
from protokoll.web.routes import CSRF, DB, Editor

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api")

DraftId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The draft's number")]
VersionQ = Annotated[int | None, Query(ge=1, le=10**6, description="A version (default: the latest)")]
Key = Annotated[str, Form(pattern=r"^(person|municipality|network|role|text):[^/]{1,115}$", max_length=120)]
MAX_FIELDS = 5000  # form fields of one draft (a long agenda has a few hundred)


class StartIn(BaseModel):
    body: str = Field(min_length=1, max_length=200, description='The body, e.g. "Kommundirektörsmöte"')
    date: dt.date | None = Field(None, description="The meeting's date; default: the body's next decided date")


class SaveIn(BaseModel):
    base_version: int = Field(ge=1, le=10**6, description="The version the record was made from")
    record: dict = Field(description="The whole protokoll/1 record")
    note: str | None = Field(None, max_length=500)


class AddressesIn(BaseModel):
    key: str = Field(pattern=r"^(person|municipality|network|role|text):[^/]{1,115}$", max_length=120)
    emails: list[str] = Field(max_length=10)


def _folder(request: Request):
    return request.app.state.settings.upload_dir / "protokoll"


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"”{value[:20]}” är inget datum (ÅÅÅÅ-MM-DD)")


# --- drafts ------------------------------------------------------------------------------------------

@pages.get("/drafts")
def drafts_page(request: Request, db: DB):
    if request.state.user is None:
        return render(request, "drafts.html", {"drafts": None})
    return render(request, "drafts.html", service.drafts_page(db))


@pages.post("/drafts", dependencies=[CSRF])
def start_draft(request: Request, db: DB, user: Editor, body: str = Form(max_length=200),
                date: str = Form("", max_length=20)):
    started = service.start_draft(db, body, _date(date), user["name"])
    flash(request, f"Utkastet är skapat ur arkivet: {started['body']} {started['date']}, version 1.")
    return RedirectResponse(f"/drafts/{started['id']}", status_code=303)


@pages.get("/drafts/{draft_id}")
def draft_page(request: Request, db: DB, draft_id: DraftId, version: VersionQ = None):
    if request.state.user is None:
        return render(request, "draft.html", {"draft": None, "draft_id": draft_id})
    return render(request, "draft.html", {"draft": service.draft(db, draft_id, version), "draft_id": draft_id})


@pages.post("/drafts/{draft_id}", dependencies=[CSRF])
async def save_draft(request: Request, db: DB, user: Editor, draft_id: DraftId):
    form = await request.form(max_fields=MAX_FIELDS)
    fields = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    base = form.get("base_version")
    if not isinstance(base, str) or not base.isdigit():
        raise ValueError("versionen formuläret utgick från saknas; ladda om sidan")
    note = form.get("note") if isinstance(form.get("note"), str) else None
    try:
        saved = service.save_draft(db, draft_id, int(base), fields, user["name"], note)
    except DraftConflict as err:
        return render(request, "draft.html", {"draft": service.draft_form_again(db, draft_id, fields, str(err)),
                                              "draft_id": draft_id, "conflict": err.latest}, 409)
    flash(request, f"Utkastet är sparat som version {saved['latest']['version']}.")
    return RedirectResponse(f"/drafts/{draft_id}", status_code=303)


@pages.post("/drafts/{draft_id}/publish", dependencies=[CSRF])
def publish_draft(request: Request, db: DB, user: Editor, draft_id: DraftId):
    published = service.publish_draft(db, draft_id, _folder(request), user["name"])
    flash(request, f"Protokollet är publicerat och inläst som mötets källa ({published['files'][0]}).")
    return RedirectResponse(f"/meetings/{published['meeting']['id']}", status_code=303)


@pages.get("/drafts/{draft_id}/utkast.{fmt}")
def draft_download(db: DB, user: Editor, draft_id: DraftId, fmt: Literal["pdf", "docx"], version: VersionQ = None):
    name, data = service.draft_file(db, draft_id, fmt, version)
    media = {"pdf": "application/pdf",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[fmt]
    return Response(data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@api.get("/drafts", tags=["nytt protokoll"], summary="Utkasten till nya protokoll (kräver inloggning)")
def drafts_api(db: DB, user: Editor) -> list[dict]:
    return service.drafts_page(db)["drafts"]


@api.post("/drafts", dependencies=[CSRF], status_code=201, tags=["nytt protokoll"],
          summary="Skapa ett utkast ur arkivet för ett organ och datum")
def start_draft_api(db: DB, user: Editor, body: StartIn) -> dict:
    return service.start_draft(db, body.body, body.date, user["name"])


@api.get("/drafts/{draft_id}", tags=["nytt protokoll"], summary="Ett utkast: en version och alla versioner")
def draft_api(db: DB, user: Editor, draft_id: DraftId, version: VersionQ = None) -> dict:
    return service.draft(db, draft_id, version)


@api.post("/drafts/{draft_id}", dependencies=[CSRF], tags=["nytt protokoll"],
          summary="Spara en ny version (409 om någon annan har sparat sedan base_version)")
def save_draft_api(db: DB, user: Editor, draft_id: DraftId, body: SaveIn) -> dict:
    return service.save_draft_record(db, draft_id, body.base_version, body.record, user["name"], body.note)


@api.post("/drafts/{draft_id}/publish", dependencies=[CSRF], tags=["nytt protokoll"],
          summary="Publicera: PDF och DOCX, PDF:en läses in som mötets källa")
def publish_draft_api(request: Request, db: DB, user: Editor, draft_id: DraftId) -> dict:
    return service.publish_draft(db, draft_id, _folder(request), user["name"])


# --- reminder addresses ------------------------------------------------------------------------------

@pages.get("/assignees")
def assignees_page(request: Request, db: DB):
    if request.state.user is None:
        return render(request, "assignees.html", {"assignees": None})
    return render(request, "assignees.html", service.assignees_page(db))


@pages.post("/assignees/addresses", dependencies=[CSRF])
def set_addresses(request: Request, db: DB, user: Editor, key: Key, emails: str = Form("", max_length=2000)):
    saved = service.set_addresses(db, key, emails, user["name"])
    flash(request, f"Adresserna är sparade: {', '.join(saved['emails'])}." if saved["emails"]
          else "Adresserna är borttagna.")
    return RedirectResponse(f"/assignees#a-{key}", status_code=303)


@api.get("/assignees", tags=["påminnelser"], summary="Alla som ska göra något, med sina e-postadresser")
def assignees_api(db: DB, user: Editor) -> list[dict]:
    return service.assignees_page(db)["assignees"]


@api.post("/assignees/addresses", dependencies=[CSRF], tags=["påminnelser"],
          summary="Spara e-postadresserna för en mottagare (tom lista: ta bort)")
def set_addresses_api(db: DB, user: Editor, body: AddressesIn) -> dict:
    return service.set_addresses(db, body.key, body.emails, user["name"])
