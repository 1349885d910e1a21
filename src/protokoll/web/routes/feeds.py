"""What calendars and feed readers subscribe to: the calendar (``/kalender.ics``, filtered as the
actions board is) and the Atom feeds of new meetings, new decisions and the actions (``/flode/*.atom``).

A calendar app or feed reader cannot log in: where the archive is not public (``public_read`` off), each
user makes a personal address on ``/prenumeration``, ``/prenumeration/TOKEN/kalender.ics`` and
``/prenumeration/TOKEN/flode/*.atom``, that works without a login. The token is secret, stored hashed,
shown once; a new one replaces it and "återkalla" ends it."""
from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Path, Query, Request
from fastapi.responses import RedirectResponse, Response

from protokoll.archive import STATUSES
from protokoll.web import service
from protokoll.web.app import flash, render
from protokoll.web.routes import CSRF, DB, Editor
from protokoll.web.routes.browse import Text, _date_or_none, _id_or_none

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api")  # nothing here: the calendar and the feeds are files already

Part = Literal["meetings", "actions"]
Feed = Literal["moten", "beslut", "atgarder"]
Token = Annotated[str, Path(pattern=r"^[A-Za-z0-9_\-]{20,100}$")]
FILTERS = ("only", "assignee", "status", "meeting", "due_before")  # what a subscription address may carry


def _base(request: Request) -> str:
    return str(request.base_url)


def _calendar(request: Request, db, assignee, status, meeting, due_before, only) -> Response:
    body = service.calendar_ics(db, _base(request), assignee=assignee or None,
                                status=status if status in STATUSES else None, meeting_id=_id_or_none(meeting),
                                due_before=_date_or_none(due_before), only=only)
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="kalender.ics"'})


def _feed(request: Request, db, feed, assignee, status, meeting) -> Response:
    body = service.feed(db, _base(request), feed, assignee=assignee or None,
                        status=status if status in STATUSES else None, meeting_id=_id_or_none(meeting))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def _subscriber(db, token: str) -> dict:
    user = service.subscriber(db, token)
    if user is None:  # a wrong or revoked address: nothing to tell apart from a page that is not there
        raise HTTPException(404, "Prenumerationsadressen finns inte (den kan ha ersatts av en ny).")
    return user


@pages.get("/kalender.ics")
def calendar(request: Request, db: DB, assignee: Text = None, status: Text = None, meeting: Text = None,
             due_before: Text = None, only: Annotated[Part | None, Query()] = None):
    """Held meetings, scheduled dates and deadlines; the deadlines filtered as on the actions board
    (a filter value that does not parse is taken as "any", as there)."""
    return _calendar(request, db, assignee, status, meeting, due_before, only)


@pages.get("/flode/{feed}.atom")
def feed(request: Request, db: DB, feed: Feed, assignee: Text = None, status: Text = None, meeting: Text = None):
    """New meetings, new decisions, or the actions (``atgarder``; ``assignee``, ``status`` and
    ``meeting`` as on the actions board)."""
    return _feed(request, db, feed, assignee, status, meeting)


@pages.get("/prenumeration/{token}/kalender.ics")
def personal_calendar(request: Request, db: DB, token: Token, assignee: Text = None, status: Text = None,
                      meeting: Text = None, due_before: Text = None, only: Annotated[Part | None, Query()] = None):
    """The calendar at a user's personal address (no login: the token is the key)."""
    _subscriber(db, token)
    return _calendar(request, db, assignee, status, meeting, due_before, only)


@pages.get("/prenumeration/{token}/flode/{feed}.atom")
def personal_feed(request: Request, db: DB, token: Token, feed: Feed, assignee: Text = None, status: Text = None,
                  meeting: Text = None):
    """A feed at a user's personal address (no login: the token is the key)."""
    _subscriber(db, token)
    return _feed(request, db, feed, assignee, status, meeting)


def _carried(values: dict) -> str:
    """The filters a subscription address carries (the actions board's, as filtered), as a query."""
    return urlencode({k: v for k, v in values.items() if k in FILTERS and v})


@pages.get("/prenumeration")
def subscription_page(request: Request, db: DB, user: Editor):
    """The user's personal subscription address: make a new one, or end it."""
    return render(request, "subscription.html", {"subscription": service.subscription(db, user), "token": None,
                                                 "query": _carried(dict(request.query_params))})


@pages.post("/prenumeration/ny", dependencies=[CSRF])
def subscription_new(request: Request, db: DB, user: Editor, query: str = Form("", max_length=1000)):
    """A new address, shown on this one response only (the archive keeps its hash, not the token)."""
    from urllib.parse import parse_qsl

    token = service.new_subscription(db, user)
    response = render(request, "subscription.html", {"subscription": service.subscription(db, user),
                                                     "token": token, "query": _carried(dict(parse_qsl(query)))})
    response.headers["Cache-Control"] = "no-store"
    return response


@pages.post("/prenumeration/aterkalla", dependencies=[CSRF])
def subscription_end(request: Request, db: DB, user: Editor):
    service.end_subscription(db, user)
    flash(request, "Din prenumerationsadress är återkallad: kalendrar och flöden som använder den uppdateras inte längre.")
    return RedirectResponse("/prenumeration", status_code=303)
