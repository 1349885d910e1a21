"""What calendars and feed readers subscribe to: the calendar (``/kalender.ics``, filtered as the
actions board is) and the Atom feeds of new meetings, new decisions and the actions (``/flode/*.atom``)."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from protokoll.archive import STATUSES
from protokoll.web import service
from protokoll.web.routes import DB
from protokoll.web.routes.browse import Text, _date_or_none, _id_or_none

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api")  # nothing here: the calendar and the feeds are files already

Part = Literal["meetings", "actions"]
Feed = Literal["moten", "beslut", "atgarder"]


def _base(request: Request) -> str:
    return str(request.base_url)


@pages.get("/kalender.ics")
def calendar(request: Request, db: DB, assignee: Text = None, status: Text = None, meeting: Text = None,
             due_before: Text = None, only: Annotated[Part | None, Query()] = None):
    """Held meetings, scheduled dates and deadlines; the deadlines filtered as on the actions board
    (a filter value that does not parse is taken as "any", as there)."""
    body = service.calendar_ics(db, _base(request), assignee=assignee or None,
                                status=status if status in STATUSES else None, meeting_id=_id_or_none(meeting),
                                due_before=_date_or_none(due_before), only=only)
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="kalender.ics"'})


@pages.get("/flode/{feed}.atom")
def feed(request: Request, db: DB, feed: Feed, assignee: Text = None, status: Text = None, meeting: Text = None):
    """New meetings, new decisions, or the actions (``atgarder``; ``assignee``, ``status`` and
    ``meeting`` as on the actions board)."""
    body = service.feed(db, _base(request), feed, assignee=assignee or None,
                        status=status if status in STATUSES else None, meeting_id=_id_or_none(meeting))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
