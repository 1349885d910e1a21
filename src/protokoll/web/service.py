"""What each page shows, as plain JSON-ready data: one function per page, called by the HTML route
and by its JSON twin alike. Every read and write is a call of ``protokoll.archive`` (corrections are
in what it returns); here the results are shaped for the pages: file names instead of where the server
keeps the files, Swedish labels, vote tallies, attendance lists."""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from protokoll import archive
from protokoll.archive import Database
from protokoll.errors import NotInArchive
from protokoll.municipalities import MUNICIPALITIES, SECRETARIAT
from protokoll.web import heatmap, meeting_view

DUE_SOON_DAYS = 30
START_MEETINGS = 8  # the latest meetings the start page shows
START_DUE = 50  # at most this many actions due soon on the start page
FILE_PAGE = 500  # rows read at a time for a list downloaded as a file
KIND_SV = {"noted": "Noterat", "assignment": "Uppdrag", "approval": "Godkänt", "other": "Övrigt"}
STATUS_SV = {"open": "Öppen", "done": "Klar", "cancelled": "Struken"}
BALLOT_SV = {"yes": "Ja", "no": "Nej", "abstain": "Avstår", "absent": "Frånvarande"}


# --- meetings ----------------------------------------------------------------------------------------

def _file_name(source: dict) -> dict:
    """A source as the web shows it: its file's name, never where the server keeps it."""
    source["path"] = Path(source["path"]).name
    return source


def meetings(db: Database, sort: str | None = None, limit: int | None = None, cursor: str | None = None,
             page: int | None = None, default_sort: str = "date") -> dict:
    """A page of the meetings (``archive.meeting_list``)."""
    found = archive.meeting_list(db, sort, limit, cursor, page, default_sort=default_sort)
    for m in found["meetings"]:
        m["sources"] = [_file_name(s) for s in m.get("sources", [])]
    return found


def all_meetings(db: Database) -> list[dict]:
    """Every meeting, for the list as a file: the API's pages, one after the other."""
    found, cursor = [], None
    while True:
        page = meetings(db, limit=FILE_PAGE, cursor=cursor)
        found += page["meetings"]
        cursor = page["next_cursor"]
        if not cursor:
            return found


def start(db: Database, today: dt.date | None = None) -> dict:
    today = today or dt.date.today()
    latest = meetings(db, sort="-date", limit=START_MEETINGS)
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    due = archive.actions(open_only=True, due_before=soon + dt.timedelta(days=1), limit=START_DUE, db=db)
    return {"today": today.isoformat(), "latest_meetings": latest["meetings"],
            "meeting_count": latest["total"], "due_soon": due, "due_soon_days": DUE_SOON_DAYS}


def meeting(db: Database, meeting_id: int) -> dict:
    page = archive.meeting_page(meeting_id, db)
    data, flags = page["meeting"], page["flags"]
    for source in data["sources"]:
        source["available"] = Path(source["path"]).is_file()
        _file_name(source)
    meeting_view.add_tallies(data["items"])
    return {**page, "flag_paths": {f["path"]: f["reason_text"] for f in flags},
            "attendance": meeting_view.attendance_lists(data["attendees"]),
            "municipality_names": [*MUNICIPALITIES, SECRETARIAT]}


def meeting_by_ref(db: Database, ref: str, body: str | None = None) -> dict:
    """A meeting by its id ("12") or its date ("2024-04-19", with ``body`` where several met that day):
    the meeting, or ``{"date": …, "choices": [meetings]}`` to choose from."""
    if ref.isdigit():
        return meeting(db, int(ref))
    found = archive.meetings_on(ref, body, db)
    if len(found) == 1:
        return meeting(db, found[0]["id"])
    return {"date": ref, "body": body, "choices": found}


def value_source(db: Database, meeting_id: int, path: str) -> dict:
    """The value at ``path`` and its evidence in each source of the meeting."""
    return archive.value_source(meeting_id, path, db)


def source(db: Database, sha256: str) -> dict:
    data = archive.source(sha256, db)
    data["available"] = Path(data["path"]).is_file()
    return _file_name(data)


def source_file(db: Database, sha256: str) -> Path:
    path = archive.source_path(sha256, db)
    if not path.is_file():
        raise NotInArchive(str(path), "källfilen finns inte längre kvar")
    return path


# --- actions -----------------------------------------------------------------------------------------

def actions(db: Database, assignee: str | None = None, status: str | None = None,
            due_before: dt.date | None = None, meeting_id: int | None = None, sort: str | None = None,
            limit: int | None = None, cursor: str | None = None, page: int | None = None) -> dict:
    return archive.action_board(assignee, status, due_before, meeting_id, db, sort, limit, cursor, page)


def all_actions(db: Database, assignee: str | None = None, status: str | None = None,
                due_before: dt.date | None = None, meeting_id: int | None = None) -> list[dict]:
    """Every action the filters give, for the board as a file."""
    found, cursor = [], None
    while True:
        page = archive.action_board(assignee, status, due_before, meeting_id, db, limit=FILE_PAGE, cursor=cursor)
        found += page["actions"]
        cursor = page["next_cursor"]
        if not cursor:
            return found


def action(db: Database, action_id: str) -> dict:
    return {"action": archive.action(action_id, db)}


def assignee(db: Database, key: str) -> dict:
    return archive.assignee(key, db)


def set_action_status(db: Database, action_id: str, status: str, note: str | None, user: str) -> dict:
    note = (note or "").strip()[:2000]
    return archive.set_action_status(action_id, status, f"{note} ({user})" if note else f"({user})", db=db)


# --- calendar and feeds (what calendars and feed readers subscribe to) ------------------------------

def calendar_ics(db: Database, base_url: str, assignee: str | None = None, status: str | None = None,
                 meeting_id: int | None = None, due_before: dt.date | None = None, only: str | None = None) -> str:
    return archive.calendar_ics(db, base_url, assignee=assignee, status=status, meeting_id=meeting_id,
                                due_before=due_before, only=only)


def feed(db: Database, base_url: str, name: str, assignee: str | None = None, status: str | None = None,
         meeting_id: int | None = None) -> str:
    """The Atom feed ``name`` ("moten": new meetings, "beslut": new decisions, "atgarder": actions,
    of one assignee with ``assignee``)."""
    if name == "atgarder":
        return archive.actions_feed(db, base_url, assignee=assignee, status=status, meeting_id=meeting_id)
    return {"moten": archive.meetings_feed, "beslut": archive.decisions_feed}[name](db, base_url)


def subscription(db: Database, user: dict) -> dict:
    """Whether the user has a personal subscription address, since when."""
    return archive.subscription_of(user["id"], db)


def new_subscription(db: Database, user: dict) -> str:
    """A new secret token for the user's subscription address (the old one stops working)."""
    return archive.new_subscription(user["id"], db)


def end_subscription(db: Database, user: dict) -> None:
    archive.end_subscription(user["id"], db)


def subscriber(db: Database, token: str) -> dict | None:
    """The user whose subscription address this is, or None."""
    return archive.subscriber(token, db)


# --- people and municipalities ----------------------------------------------------------------------

def people(db: Database, sort: str | None = None, limit: int | None = None, cursor: str | None = None,
           page: int | None = None) -> dict:
    return archive.people_list(db, sort, limit, cursor, page)


def person(db: Database, person_id: int) -> dict:
    return archive.person(person_id, db)


def municipalities(db: Database) -> list[dict]:
    return archive.municipalities(db)


def municipality(db: Database, name: str) -> dict:
    return archive.municipality(name, db)


# --- search ------------------------------------------------------------------------------------------

_MARK = re.compile(r"&lt;(/?)mark&gt;")


def _safe_snippet(snippet: str) -> str:
    """The snippet with everything escaped but its <mark> tags (whatever the search module did)."""
    return _MARK.sub(r"<\1mark>", html.escape(html.unescape(snippet)))


def search(db: Database, q: str, year: int | None = None, kind: str | None = None,
           assignee: str | None = None, limit: int | None = None, cursor: str | None = None,
           page: int | None = None) -> dict:
    data = archive.search_faceted(q, year, kind, assignee, limit, db, cursor, page)
    for hit in data["results"]:
        hit["snippet"] = _safe_snippet(hit["snippet"])
    data["facets"]["kind"] = [{"value": f["value"], "label": KIND_SV.get(f["value"], f["value"]), "count": f["count"]}
                              for f in data["facets"]["kind"]]
    return data


# --- attendance --------------------------------------------------------------------------------------

def attendance(db: Database, year: int | None = None) -> dict:
    data = archive.attendance(year, db)
    data["years"] = archive.meeting_years(db)
    return data


def attendance_svg(db: Database, year: int | None = None) -> str:
    return heatmap.svg(archive.attendance(year, db))


# --- corrections and review --------------------------------------------------------------------------

def correction_form(db: Database, meeting_id: int, path: str) -> dict:
    return archive.correction_form(meeting_id, path, db)


def correct(db: Database, meeting_id: int, path: str, value, note: str | None, user: str) -> dict:
    return archive.correct(meeting_id, path, value, note, user, db)


def revert_correction(db: Database, meeting_id: int, correction_id: int) -> None:
    archive.revert_correction(meeting_id, correction_id, db)


def review_queue(db: Database, limit: int | None = None, cursor: str | None = None) -> dict:
    return archive.review_queue(db, limit, cursor)


def confirm(db: Database, meeting_id: int, path: str, user: str) -> dict:
    return archive.confirm(meeting_id, path, user, db)


# --- the meeting cycle: drafts of minutes, reminder addresses ----------------------------------------

def drafts_page(db: Database) -> dict:
    """The "Nytt protokoll" page: the drafts, and what the form to start one offers."""
    from protokoll.cycle import editing

    hints = editing.suggestions(db)
    return {"drafts": archive.drafts(db), "bodies": hints["bodies"]}


def start_draft(db: Database, body: str, date: dt.date | None, user: str) -> dict:
    from protokoll.cycle import editing

    return editing.start(body, date, user, db)


def draft(db: Database, draft_id: int, version: int | None = None) -> dict:
    """A draft's page: the version shown on the structured form, every version, the suggestions."""
    from protokoll.cycle import editing
    from protokoll.model import Protocol

    found = archive.draft(draft_id, version, db)
    found["form"] = editing.form(found["record"])
    found["missing"] = editing.missing_for_publishing(Protocol.model_validate(found["record"]))
    found["suggestions"] = editing.suggestions(db)
    found["editable"] = found["published"] is None and found["version"] == found["latest"]["version"]
    return found


def draft_form_again(db: Database, draft_id: int, fields, error: str) -> dict:
    """A draft's page after a refused save: the latest version's list of versions, the form with what
    the editor posted (nothing is lost), and why it was refused."""
    from protokoll.cycle import editing

    found = draft(db, draft_id)
    try:
        found["form"] = editing.form(editing.record_from_form(found["record"], fields).to_json())
    except ValueError:
        pass  # the posted values themselves are wrong: the latest version is shown
    found["error"] = error
    return found


def save_draft(db: Database, draft_id: int, base_version: int, fields, user: str, note: str | None = None) -> dict:
    from protokoll.cycle import editing

    return editing.save(draft_id, base_version, fields, user, note, db)


def save_draft_record(db: Database, draft_id: int, base_version: int, record: dict, user: str,
                      note: str | None = None) -> dict:
    from protokoll.cycle import editing

    return editing.save_record(draft_id, base_version, record, user, note, db)


def publish_draft(db: Database, draft_id: int, folder: Path, user: str) -> dict:
    from protokoll.cycle import editing

    published = editing.publish(draft_id, folder, user, db)
    return {"meeting": published["meeting"], "draft": published["draft"],
            "files": [Path(published["pdf"]).name, Path(published["docx"]).name]}


def draft_file(db: Database, draft_id: int, fmt: str, version: int | None = None) -> tuple[str, bytes]:
    """(file name, bytes) of a draft's version (default: the latest) rendered as ``fmt`` (pdf or docx),
    to download: made in a temporary folder, nothing is kept."""
    import tempfile

    from protokoll.cycle import editing, render
    from protokoll.model import Protocol

    found = archive.draft(draft_id, version, db=db)
    name = f"{editing.file_stem(found)}.{fmt}"
    with tempfile.TemporaryDirectory(prefix="protokoll-draft-") as folder:
        path = render.render(Protocol.model_validate(found["record"]), Path(folder) / name)
        return name, path.read_bytes()


def assignees_page(db: Database) -> dict:
    return {"assignees": archive.assignee_list(db)}


def set_addresses(db: Database, key: str, emails: str | list[str], user: str) -> dict:
    return archive.set_addresses(key, emails, user, db)
