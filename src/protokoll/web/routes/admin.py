"""The administrator's pages: the users with their session generation and last login, and ending every
session of a user (each copy of their cookies stops working; ``archive.end_sessions``)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import RedirectResponse

from protokoll import archive
from protokoll.web.app import flash, render
from protokoll.web.routes import CSRF, DB, Admin

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/admin", tags=["administration"])

UserId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The user's id")]


def _name_of(db, user_id: int) -> str:
    from protokoll.errors import NotInArchive

    found = archive.user(user_id, db)
    if found is None:
        raise NotInArchive(f"användare {user_id}", "ingen sådan användare")
    return found["name"]


@pages.get("/admin/sessions")
def sessions_page(request: Request, db: DB, user: Admin):
    return render(request, "admin_sessions.html", {"users": archive.user_list(db)})


@pages.post("/admin/sessions/{user_id}/end", dependencies=[CSRF])
def end_sessions(request: Request, db: DB, user: Admin, user_id: UserId):
    name = _name_of(db, user_id)
    archive.end_sessions(user_id, db)
    flash(request, f"Alla sessioner för {name} är avslutade; {name} behöver logga in igen.")
    return RedirectResponse("/admin/sessions", status_code=303)


@api.get("/sessions", summary="Användarna med sessionsgeneration och senaste inloggning (administratör)")
def sessions_api(db: DB, user: Admin) -> list[dict]:
    return archive.user_list(db)


@api.post("/sessions/{user_id}/end", dependencies=[CSRF],
          summary="Avsluta alla sessioner för en användare (administratör)")
def end_sessions_api(db: DB, user: Admin, user_id: UserId) -> dict:
    _name_of(db, user_id)
    archive.end_sessions(user_id, db)
    return next(u for u in archive.user_list(db) if u["id"] == user_id)
