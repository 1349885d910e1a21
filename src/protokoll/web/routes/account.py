"""Logging in and out, and the session's CSRF token for API clients."""
from __future__ import annotations

import functools
import os
import secrets

import anyio

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from protokoll import archive
from protokoll.web import auth
from protokoll.web.app import _local, render
from protokoll.web.routes import CSRF, DB

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["konto"])


class LoginIn(BaseModel):
    name: str = Field(max_length=100)
    password: str = Field(max_length=1000)


class TooManyLogins(Exception):
    pass


def _login(request: Request, db, name: str, password: str) -> dict | None:
    """The user logged in, or None for a wrong name or password; ``TooManyLogins`` past the limit."""
    limiter: auth.LoginLimiter = request.app.state.login_limiter
    address = request.client.host if request.client else "-"
    if limiter.blocked(name, address):
        raise TooManyLogins()
    user = archive.login(name, password, db)
    if user is None:
        limiter.failed(name, address)
        return None
    generation = user.pop("generation") or 0
    found = user
    # A new token at login: a token seen before logging in is worth nothing after.
    request.state.session = {"uid": found["id"], "gen": generation, "csrf": secrets.token_urlsafe(32)}
    request.state.session_dirty = True
    return found


def _logout(request: Request, db) -> None:
    uid = request.state.session.get("uid")
    if uid is not None:  # every copy of this session's cookie ends with it
        archive.end_sessions(uid, db)
    request.state.session = auth.Sessions.new()
    request.state.session_dirty = True


@pages.get("/login")
def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", {"next": _local(next), "error": None})


# Argon2 costs ~50 ms of CPU a try: logins run on threads of their own, at most one per core, so a burst
# of them queues here and never takes the threads that serve pages.
LOGIN_THREADS = anyio.CapacityLimiter(os.cpu_count() or 1)


async def _login_off_pool(request: Request, db, name: str, password: str) -> dict | None:
    return await anyio.to_thread.run_sync(functools.partial(_login, request, db, name, password),
                                          limiter=LOGIN_THREADS)


@pages.post("/login", dependencies=[CSRF])
async def login(request: Request, db: DB, name: str = Form(max_length=100), password: str = Form(max_length=1000),
                next: str = Form("/")):
    try:
        user = await _login_off_pool(request, db, name, password)
    except TooManyLogins:
        return render(request, "login.html", {"next": _local(next), "error": auth.TOO_MANY_LOGINS, "name": name}, 429)
    if user is None:
        return render(request, "login.html", {"next": _local(next), "error": "Fel namn eller lösenord.",
                                              "name": name}, 401)
    return RedirectResponse(_local(next), status_code=303)


@pages.post("/logout", dependencies=[CSRF])
def logout(request: Request, db: DB):
    _logout(request, db)
    return RedirectResponse("/", status_code=303)


@api.get("/session", summary="Inloggad användare och CSRF-token")
def session_api(request: Request) -> dict:
    """Who is logged in, and the token to send as ``X-CSRF-Token`` with every POST."""
    return {"user": request.state.user, "csrf_token": request.state.session["csrf"]}


@api.post("/login", dependencies=[CSRF], summary="Logga in")
async def login_api(request: Request, db: DB, body: LoginIn) -> dict:
    from fastapi import HTTPException

    try:
        user = await _login_off_pool(request, db, body.name, body.password)
    except TooManyLogins:
        raise HTTPException(429, auth.TOO_MANY_LOGINS) from None
    if user is None:
        raise HTTPException(401, "Fel namn eller lösenord.")
    return {"user": user, "csrf_token": request.state.session["csrf"]}


@api.post("/logout", dependencies=[CSRF], summary="Logga ut")
def logout_api(request: Request, db: DB) -> dict:
    _logout(request, db)
    return {"user": None, "csrf_token": request.state.session["csrf"]}
