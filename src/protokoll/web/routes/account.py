"""Logging in and out, and the session's CSRF token for API clients."""
from __future__ import annotations

import secrets

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from protokoll.web import auth
from protokoll.web.app import _local, render
from protokoll.web.routes import CSRF, DB

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["konto"])


class LoginIn(BaseModel):
    name: str = Field(max_length=100)
    password: str = Field(max_length=1000)


def _login(request: Request, db, name: str, password: str) -> dict | None:
    with db.write() as session:
        user = auth.authenticate(session, name, password)
        if user is None:
            return None
        found = {"id": user.id, "name": user.name, "role": user.role}
    # A new token at login: a token seen before logging in is worth nothing after.
    request.state.session = {"uid": found["id"], "csrf": secrets.token_urlsafe(32)}
    request.state.session_dirty = True
    return found


def _logout(request: Request) -> None:
    request.state.session = auth.Sessions.new()
    request.state.session_dirty = True


@pages.get("/login")
def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", {"next": _local(next), "error": None})


@pages.post("/login", dependencies=[CSRF])
def login(request: Request, db: DB, name: str = Form(max_length=100), password: str = Form(max_length=1000),
          next: str = Form("/")):
    if _login(request, db, name, password) is None:
        return render(request, "login.html", {"next": _local(next), "error": "Fel namn eller lösenord.",
                                              "name": name}, 401)
    return RedirectResponse(_local(next), status_code=303)


@pages.post("/logout", dependencies=[CSRF])
def logout(request: Request):
    _logout(request)
    return RedirectResponse("/", status_code=303)


@api.get("/session", summary="Inloggad användare och CSRF-token")
def session_api(request: Request) -> dict:
    """Who is logged in, and the token to send as ``X-CSRF-Token`` with every POST."""
    return {"user": request.state.user, "csrf_token": request.state.session["csrf"]}


@api.post("/login", dependencies=[CSRF], summary="Logga in")
def login_api(request: Request, db: DB, body: LoginIn) -> dict:
    user = _login(request, db, body.name, body.password)
    if user is None:
        from fastapi import HTTPException
        raise HTTPException(401, "Fel namn eller lösenord.")
    return {"user": user, "csrf_token": request.state.session["csrf"]}


@api.post("/logout", dependencies=[CSRF], summary="Logga ut")
def logout_api(request: Request) -> dict:
    _logout(request)
    return {"user": None, "csrf_token": request.state.session["csrf"]}
