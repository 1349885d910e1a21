"""Route handlers: ``pages`` (HTML, left out of the OpenAPI document) and ``api`` (the JSON twins) of
each module. Handlers only parse the request, call one function of ``protokoll.web.service`` and
render or return its result; the dependencies here do the checks every handler shares."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from protokoll.archive import Database
from protokoll.web import auth
from protokoll.web.app import CsrfFailed, NeedLogin

MeetingId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The meeting's id in the archive")]
PersonId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The person's id in the archive")]
ActionId = Annotated[str, Path(pattern=r"^[\w\-]{1,40}$", description='An action id, e.g. "2024-04-19-3"')]
ValuePath = r"^[a-z_\[\]0-9.]{0,300}$"


def get_db(request: Request) -> Database:
    return request.app.state.db


async def check_csrf(request: Request) -> None:
    """Every POST: the session's token in the X-CSRF-Token header or the csrf_token form field."""
    token = request.headers.get(auth.CSRF_HEADER)
    if token is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(auth.CSRF_FIELD)
            token = value if isinstance(value, str) else None
    if not auth.csrf_ok(request.state.session, token):
        raise CsrfFailed()


def editor(request: Request) -> dict:
    """The logged-in user (editor or admin); anyone else is sent to log in."""
    user = request.state.user
    if user is None or user["role"] not in auth.ROLES:
        raise NeedLogin()
    return user


def administrator(request: Request) -> dict:
    """The logged-in administrator; anyone not logged in is sent to log in, an editor is refused (403)."""
    from fastapi import HTTPException

    user = editor(request)
    if user["role"] != "admin":
        raise HTTPException(403, "Bara en administratör får se och avsluta sessioner.")
    return user


DB = Annotated[Database, Depends(get_db)]
Editor = Annotated[dict, Depends(editor)]
Admin = Annotated[dict, Depends(administrator)]
CSRF = Depends(check_csrf)
