"""Reading the archive: start page, meetings, sources, actions board, people, municipalities, search,
attendance, review queue — each page with its JSON twin under /api."""
from __future__ import annotations

import datetime as dt
import io
import json
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from protokoll.archive import STATUSES
from protokoll.archive.export import ACTION_COLUMNS, MEETING_COLUMNS, action_rows, meeting_rows, write_table
from protokoll.web import service
from protokoll.web.app import render
from protokoll.web.routes import DB, ActionId, MeetingId, PersonId, ValuePath

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api")

Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="The source file's sha256")]
Municipality = Annotated[str, Path(max_length=64, description='A municipality, e.g. "Perstorp", or "sekretariatet"')]
Status = Literal["open", "done", "cancelled"]
Year = Annotated[int | None, Query(ge=1900, le=2999)]
Text = Annotated[str | None, Query(max_length=200)]
PathQ = Annotated[str, Query(pattern=ValuePath, description='A value path, e.g. "items[2].decisions[0].text"')]
MeetingQ = Annotated[int | None, Query(ge=1, le=2**31 - 1)]
Format = Literal["csv", "json"]
MeetingRef = Annotated[str, Path(pattern=r"^(\d{1,9}|\d{4}-\d{2}-\d{2})$",
                                 description='The meeting\'s id ("12") or date ("2024-04-19")')]
AssigneeKey = Annotated[str, Path(pattern=r"^(person|municipality|network|role|text):[^/]{1,115}$",
                                  description='Who must act, e.g. "role:sekretariatschef"')]
SortQ = Annotated[str | None, Query(max_length=20, description='The order, e.g. "date" or "-date"')]
PageQ = Annotated[int | None, Query(ge=1, le=10**6)]
LimitQ = Annotated[int | None, Query(ge=1, le=500, description="At most this many (default 50)")]
CursorQ = Annotated[str | None, Query(max_length=500, description="From the previous page's next_cursor")]


def _blank(value):
    return value or None


# --- start and meetings ------------------------------------------------------------------------------

@pages.get("/")
def start_page(request: Request, db: DB):
    return render(request, "start.html", service.start(db))


@api.get("/start", tags=["sidor"], summary="Startsidan: senaste möten, åtgärder som snart ska vara klara")
def start_api(db: DB) -> dict:
    return service.start(db)


@pages.get("/meetings")
def meetings_page(request: Request, db: DB, sort: SortQ = None, page: PageQ = None):
    return render(request, "meetings.html", service.meetings(db, sort, page=page or 1, default_sort="-date"))


@pages.get("/meetings.{fmt}")
def meetings_download(db: DB, fmt: Format):
    return _download(fmt, "moten", service.all_meetings(db), MEETING_COLUMNS, meeting_rows)


@api.get("/meetings", tags=["möten"], summary="Möten med sina källor, en sida i taget (limit, cursor, sort)")
def meetings_api(response: Response, db: DB, sort: SortQ = None, limit: LimitQ = None,
                 cursor: CursorQ = None) -> list[dict]:
    return _paged(response, service.meetings(db, sort, limit, cursor), "meetings")


def _paged(response: Response, found: dict, key: str) -> list[dict]:
    """A list as the API gives it: the page in the body, the next page's cursor in the headers."""
    if found["next_cursor"]:
        response.headers["X-Next-Cursor"] = found["next_cursor"]
        response.headers["Link"] = (f'<?cursor={found["next_cursor"]}&limit={found["limit"]}'
                                    f'&sort={found["sort"]}>; rel="next"')
    response.headers["X-Total-Count"] = str(found["total"])
    return found[key]


@pages.get("/meetings/{meeting_id}")
def meeting_page(request: Request, db: DB, meeting_id: MeetingRef, body: Text = None):
    found = service.meeting_by_ref(db, meeting_id, _blank(body))
    return render(request, "meeting_choice.html" if "choices" in found else "meeting.html", found)


@api.get("/meetings/{meeting_id}", tags=["möten"],
         summary="Ett möte (id eller datum, ?body= om flera organ möttes den dagen): protokollet med rättelser")
def meeting_api(db: DB, meeting_id: MeetingRef, body: Text = None) -> dict:
    return service.meeting_by_ref(db, meeting_id, _blank(body))


@pages.get("/meetings/{meeting_id}/source")
def value_source_page(request: Request, db: DB, meeting_id: MeetingId, path: PathQ = ""):
    return render(request, "value_source.html", service.value_source(db, meeting_id, path))


@api.get("/meetings/{meeting_id}/source", tags=["möten"], summary="Ett värdes ursprung i varje källa")
def value_source_api(db: DB, meeting_id: MeetingId, path: PathQ = "") -> dict:
    return service.value_source(db, meeting_id, path)


@pages.get("/sources/{sha256}")
def source_page(request: Request, db: DB, sha256: Sha):
    return render(request, "source.html", {"source": service.source(db, sha256)})


@api.get("/sources/{sha256}", tags=["möten"], summary="En källfil: uppgifter och sidornas text")
def source_api(db: DB, sha256: Sha) -> dict:
    return service.source(db, sha256)


@pages.get("/sources/{sha256}/file")
def source_file(db: DB, sha256: Sha):
    path = service.source_file(db, sha256)
    media = {".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8"}.get(path.suffix.lower(),
                                                                                 "application/octet-stream")
    # Served as a download, never rendered as a page of this site.
    return FileResponse(path, media_type=media, filename=path.name, content_disposition_type="attachment")


# --- actions -----------------------------------------------------------------------------------------

def _actions(db, assignee, status, due_before, meeting, **paging):
    return service.actions(db, assignee=_blank(assignee), status=_blank(status), due_before=due_before,
                           meeting_id=meeting, **paging)


@pages.get("/actions")
def actions_page(request: Request, db: DB, assignee: Text = None, status: Text = "open",
                 due_before: Text = None, meeting: Text = None, sort: SortQ = None, page: PageQ = None):
    # Forms send empty strings for "any"; values that do not parse are taken as "any" too.
    return render(request, "actions.html", _actions(db, assignee, status if status in STATUSES else None,
                                                    _date_or_none(due_before), _id_or_none(meeting),
                                                    sort=_blank(sort), page=page or 1))


@pages.get("/actions/{action_id}")
def action_page(request: Request, db: DB, action_id: ActionId):
    return render(request, "action.html", service.action(db, action_id))


@api.get("/actions/{action_id}", tags=["åtgärder"], summary="En åtgärd: beslut, ärende, möte, vem, historik")
def action_api(db: DB, action_id: ActionId) -> dict:
    return service.action(db, action_id)


@pages.get("/assignees/{key}")
def assignee_page(request: Request, db: DB, key: AssigneeKey):
    return render(request, "assignee.html", service.assignee(db, key))


@api.get("/assignees/{key}", tags=["åtgärder"], summary="Vem som ska agera (roll, nätverk …) och deras uppgifter")
def assignee_api(db: DB, key: AssigneeKey) -> dict:
    return service.assignee(db, key)


@pages.get("/actions.{fmt}")
def actions_download(db: DB, fmt: Format, assignee: Text = None, status: Text = "open", due_before: Text = None,
                     meeting: Text = None):
    """The board as filtered, as a file: the same filters as the page."""
    found = service.all_actions(db, _blank(assignee), _blank(status if status in STATUSES else None),
                                _date_or_none(due_before), _id_or_none(meeting))
    return _download(fmt, "atgarder", found, ACTION_COLUMNS, action_rows)


def _download(fmt: str, name: str, data: list[dict], columns, rows) -> Response:
    """``data`` as a file to save: JSON as the API gives it, or CSV (UTF-8 with a BOM, which Excel needs
    to read å, ä and ö) of ``rows(data)``."""
    if fmt == "json":
        body, media = json.dumps(data, ensure_ascii=False, indent=2), "application/json"
    else:
        out = io.StringIO()
        out.write("\ufeff")
        write_table(out, columns, rows(data))
        body, media = out.getvalue(), "text/csv; charset=utf-8"
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


def _date_or_none(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _id_or_none(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and 0 < int(value) < 2**31 else None


@api.get("/actions", tags=["åtgärder"], summary="Åtgärdstavlan, filtrerad")
def actions_api(db: DB, assignee: Text = None, status: Status | None = None, due_before: dt.date | None = None,
                meeting: MeetingQ = None, sort: SortQ = None, limit: LimitQ = None, cursor: CursorQ = None) -> dict:
    return _actions(db, assignee, status, due_before, meeting, sort=sort, limit=limit, cursor=cursor)


# --- people and municipalities -----------------------------------------------------------------------

@pages.get("/people")
def people_page(request: Request, db: DB, sort: SortQ = None, page: PageQ = None):
    return render(request, "people.html", service.people(db, sort, page=page or 1))


@api.get("/people", tags=["personer"], summary="Personer med stavningar och uppdrag, en sida i taget (limit, cursor)")
def people_api(response: Response, db: DB, sort: SortQ = None, limit: LimitQ = None,
               cursor: CursorQ = None) -> list[dict]:
    return _paged(response, service.people(db, sort, limit, cursor), "people")


@pages.get("/people/{person_id}")
def person_page(request: Request, db: DB, person_id: PersonId):
    return render(request, "person.html", {"person": service.person(db, person_id)})


@api.get("/people/{person_id}", tags=["personer"], summary="En person: uppdrag, närvaro, föredragna ärenden")
def person_api(db: DB, person_id: PersonId) -> dict:
    return service.person(db, person_id)


@pages.get("/municipalities")
def municipalities_page(request: Request, db: DB):
    return render(request, "municipalities.html", {"municipalities": service.municipalities(db)})


@api.get("/municipalities", tags=["kommuner"], summary="Kommunerna och sekretariatet")
def municipalities_api(db: DB) -> list[dict]:
    return service.municipalities(db)


@pages.get("/municipalities/{name}")
def municipality_page(request: Request, db: DB, name: Municipality):
    return render(request, "municipality.html", {"m": service.municipality(db, name)})


@api.get("/municipalities/{name}", tags=["kommuner"], summary="En kommun: företrädare över tid, närvaro, ärenden")
def municipality_api(db: DB, name: Municipality) -> dict:
    return service.municipality(db, name)


# --- search, attendance, review ----------------------------------------------------------------------

def _int_or_none(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and 1900 <= int(value) <= 2999 else None


@pages.get("/search")
def search_page(request: Request, db: DB, q: Annotated[str, Query(max_length=500)] = "",
                year: Annotated[str | None, Query(max_length=4)] = None, kind: Text = None, assignee: Text = None,
                page: PageQ = None):
    return render(request, "search.html", service.search(db, q, _int_or_none(year), _blank(kind), _blank(assignee),
                                                         page=page or 1))


@api.get("/search", tags=["sök"], summary="Sök i ärenden: träffar med utdrag och fasetter")
def search_api(db: DB, q: Annotated[str, Query(max_length=500)] = "", year: Year = None, kind: Text = None,
               assignee: Text = None, limit: LimitQ = None, cursor: CursorQ = None) -> dict:
    return service.search(db, q, year, kind, assignee, limit, cursor)


@pages.get("/attendance")
def attendance_page(request: Request, db: DB, year: Annotated[str | None, Query(max_length=4)] = None):
    chosen = _int_or_none(year)
    return render(request, "attendance.html", {"data": service.attendance(db, chosen),
                                               "svg": service.attendance_svg(db, chosen)})


@api.get("/attendance", tags=["närvaro"], summary="Närvaro: kommun × möte")
def attendance_api(db: DB, year: Year = None) -> dict:
    return service.attendance(db, year)


@pages.get("/attendance.svg")
def attendance_svg(db: DB, year: Annotated[str | None, Query(max_length=4)] = None):
    return Response(service.attendance_svg(db, _int_or_none(year)), media_type="image/svg+xml")


@pages.get("/review")
def review_page(request: Request, db: DB, cursor: CursorQ = None):
    return render(request, "review.html", service.review_queue(db, cursor=cursor))


@api.get("/review", tags=["granskning"], summary="Osäkra värden att bekräfta eller rätta, en sida i taget")
def review_api(db: DB, limit: LimitQ = None, cursor: CursorQ = None) -> dict:
    return service.review_queue(db, limit, cursor)


@pages.get("/api/docs")
def api_docs(request: Request):
    return HTMLResponse(request.app.state.templates.get_template("api_docs.html").render())
