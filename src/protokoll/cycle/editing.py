"""Writing the next minutes in the web app ("Nytt protokoll"): start a draft from the archive
(``cycle.draft``), fill it in on a structured form, save it as versions (``archive.drafts``: a save made
from an older version than the latest is refused), and publish it: render PDF and DOCX (``cycle.render``)
and ingest the PDF as the meeting's source (``archive.ingest``).

The form's fields are named by their place in the record, ``attendees-3-status``,
``items-2-decisions-0-actions-1-due``: ``record_from_form`` lays them over the record of the version
the form was made from, so what the form does not show (presenters, documents, votes, the decided
schedule) is kept. A row left empty (an attendee without a name, an item without a title, a decision
without text or tasks, a task without an assignee) is removed. Every list on the form has blank rows
to add to (``form``).

A task is printed only through its decision's text (the minutes say "X ges i uppdrag att ..."), so a
task whose assignee the text does not name is written into it (``TASK_CLAUSE``): the published minutes
then give the task back when they are read.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from protokoll.cycle.draft import UNFILLED
from protokoll.errors import NotInArchive
from protokoll.model import Protocol
from protokoll.municipalities import fold

BLANK_ATTENDEES = 2  # empty attendance rows to add people on the form
BLANK_ITEMS = 1
BLANK_DECISIONS = 1  # per item
BLANK_TASKS = 1  # per decision
STATUSES = {"unfilled": "Ej ifylld", "present": "Närvarande", "excused": "Anmält förhinder", "absent": "Frånvarande"}
HEADER_FIELDS = ("organisation", "body", "number", "date", "start_time", "end_time", "location", "room", "contact",
                 "chair", "secretary", "adjusters")
LISTS = {"attendees", "items", "subitems", "decisions", "actions"}
TASK_CLAUSE = "{assignee} ges i uppdrag att {task}"
DUE_CLAUSE = " senast den {date}"
FIELD = re.compile(r"^(?:(?:attendees|items|subitems|decisions|actions)-\d{1,4}-){0,4}[a-z_]{1,20}$")
TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")
MAX_FIELD = 20_000


class FormError(ValueError):
    """A value on the form that cannot be saved; ``str(err)`` says which, in Swedish."""


# --- the archive ---------------------------------------------------------------------------------------

def _archive():
    from protokoll import archive

    return archive


def suggestions(db=None) -> dict:
    """What the form offers to complete: people's names, assignees as the minutes wrote them, bodies."""
    archive = _archive()
    people = sorted({p["name"] for p in archive.people(db=db)})
    assignees = sorted({a["assignee"] for a in archive.actions(db=db) if a.get("assignee")}, key=str.lower)
    bodies = sorted({m["body"] for m in archive.meetings(db=db) if m["body"]})
    return {"people": people, "assignees": assignees, "bodies": bodies}


def start(body: str, date: dt.date | None, user: str, db=None) -> dict:
    """A new draft of ``body``'s next minutes (on ``date``; default: its next decided date), made by
    ``cycle.draft`` from the archive and saved as version 1."""
    from protokoll.cycle.draft import draft as make_draft

    body = " ".join((body or "").split())
    if not body:
        raise FormError("Ange vilket organ protokollet gäller.")
    protocol = make_draft(body, date, db=db)
    return _archive().start_draft(protocol.body or body, protocol.date, protocol.to_json(), user, db=db)


def save(draft_id: int, base_version: int, fields, user: str, note: str | None = None, db=None) -> dict:
    """Save the form ``fields`` ((name, value) pairs) as the draft's next version, made from
    ``base_version``; ``archive.DraftConflict`` when someone saved a newer one since."""
    base = _archive().draft(draft_id, base_version, db=db)
    protocol = record_from_form(base["record"], fields)
    return _archive().save_draft(draft_id, base_version, protocol.to_json(), user, note, db=db)


def save_record(draft_id: int, base_version: int, record: dict, user: str, note: str | None = None,
                db=None) -> dict:
    """Save a whole protokoll/1 record (the JSON API) as the draft's next version."""
    try:
        protocol = Protocol.model_validate(record)
    except ValueError as err:
        raise FormError(f"Inget giltigt protokoll: {' '.join(str(err).split())[:300]}")
    return _archive().save_draft(draft_id, base_version, protocol.to_json(), user, note, db=db)


def missing_for_publishing(protocol: Protocol) -> list[str]:
    """What must be filled in before the minutes are published, in Swedish (empty: ready)."""
    out = []
    if protocol.date is None:
        out.append("mötets datum")
    if not protocol.body:
        out.append("organ")
    if not protocol.items:
        out.append("minst en punkt")
    unfilled = [a.name for a in protocol.attendees if (a.note or "").startswith(UNFILLED)]
    if unfilled:
        out.append(f"närvaro för {len(unfilled)} person{'er' if len(unfilled) != 1 else ''} "
                   f"({', '.join(unfilled[:5])}{' …' if len(unfilled) > 5 else ''})")
    return out


def file_stem(draft: dict) -> str:
    """ "protokoll_2026-04-17_kommundirektorsmote_v3": the published files' name."""
    body = re.sub(r"[^a-z0-9]+", "-", fold(draft["record"].get("body") or draft["body"])).strip("-")[:60]
    return f"protokoll_{draft['record'].get('date') or draft['date']}_{body or 'mote'}_v{draft['version']}"


def publish(draft_id: int, folder: Path | str, user: str, db=None) -> dict:
    """Render the draft's latest version to PDF and DOCX in ``folder``, ingest the PDF as the meeting's
    source and mark the draft published: {"meeting": {...}, "pdf": path, "docx": path, "draft": {...}}."""
    from protokoll import pipeline
    from protokoll.cycle import render

    archive = _archive()
    current = archive.draft(draft_id, db=db)
    if current["published"]:
        raise archive.DraftError("Utkastet är redan publicerat.")
    protocol = Protocol.model_validate(current["record"])
    missing = missing_for_publishing(protocol)
    if missing:
        raise FormError("Fyll i innan protokollet publiceras: " + "; ".join(missing) + ".")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = file_stem(current)
    try:
        pdf = render.render(protocol, folder / f"{stem}.pdf")
        docx = render.render(protocol, folder / f"{stem}.docx")
    except Exception as err:  # noqa: BLE001 - a layout library's failure is the editor's clear error
        raise FormError(f"Protokollet kunde inte sättas som PDF och DOCX: {type(err).__name__}: {err}")
    report = archive.ingest([pdf], db=db)
    if report.failed:
        raise FormError(f"Protokollet kunde inte läsas in i arkivet: {report.failed[0].error}")
    sha = pipeline.sha256_of(pdf)
    meeting = archive.meeting_of_source(sha, db=db)
    if meeting is None:  # pragma: no cover - ingest stored it or said why not
        raise NotInArchive(str(pdf), "det publicerade protokollet finns inte i arkivet")
    marked = archive.mark_published(draft_id, current["version"], meeting["id"], sha, user, db=db)
    return {"meeting": meeting, "pdf": str(pdf), "docx": str(docx), "draft": marked}


# --- the form ------------------------------------------------------------------------------------------

def _blank_decision() -> dict:
    return {"text": "", "actions": [{"assignee": "", "task": "", "due": ""} for _ in range(BLANK_TASKS)]}


def _decision_view(d: dict) -> dict:
    tasks = [{"assignee": a.get("assignee") or "", "task": a.get("task") or "", "due": a.get("due") or ""}
             for a in d.get("actions") or []]
    tasks += [{"assignee": "", "task": "", "due": ""} for _ in range(BLANK_TASKS)]
    return {"text": d.get("text") or "", "actions": tasks}


def _item_view(item: dict, blanks: bool = True) -> dict:
    decisions = [_decision_view(d) for d in item.get("decisions") or []]
    decisions += [_blank_decision() for _ in range(BLANK_DECISIONS)]
    return {"title": item.get("title") or "", "summary": item.get("summary") or "", "decisions": decisions,
            "subitems": [_item_view(s) for s in item.get("subitems") or []],
            "presenters": [p.get("name") for p in item.get("presenters") or []]}


def _status_of(attendee: dict) -> tuple[str, str]:
    """(form status, the note without the draft's "not filled in" mark)."""
    note = attendee.get("note") or ""
    if note.startswith(UNFILLED):
        return "unfilled", note[len(UNFILLED):].lstrip("; ")
    return attendee.get("status") or "present", note


def form(record: dict) -> dict:
    """The form's values for a record, with blank rows to add to."""
    header = {k: record.get(k) for k in HEADER_FIELDS}
    header["adjusters"] = ", ".join(record.get("adjusters") or [])
    header = {k: "" if v is None else str(v) for k, v in header.items()}
    attendees = []
    for a in record.get("attendees") or []:
        status, note = _status_of(a)
        attendees.append({"name": a.get("name") or "", "affiliation": a.get("affiliation") or "",
                          "role": a.get("role") or "", "status": status, "note": note})
    attendees += [{"name": "", "affiliation": "", "role": "", "status": "present", "note": ""}
                  for _ in range(BLANK_ATTENDEES)]
    items = [_item_view(i) for i in record.get("items") or []]
    items += [_item_view({}) for _ in range(BLANK_ITEMS)]
    unfilled = sum(1 for a in attendees if a["status"] == "unfilled")
    return {"header": header, "attendees": attendees, "agenda": items, "statuses": STATUSES, "unfilled": unfilled}


def _tree(fields) -> dict:
    """The posted fields as nested dicts: lists are dicts by index (``attendees-0-name`` → tree["attendees"][0]["name"])."""
    tree: dict = {}
    for name, value in fields:
        if not isinstance(value, str) or not FIELD.match(name):
            continue
        parts = name.split("-")
        node = tree
        for list_name, index in zip(parts[:-1:2], parts[1:-1:2]):
            node = node.setdefault(list_name, {}).setdefault(int(index), {})
        node[parts[-1]] = value.strip()[:MAX_FIELD]
    return tree


def _over(base: dict, posted: dict) -> dict:
    """``posted`` laid over ``base``: scalar fields replaced, lists row by row (row n over base row n;
    base rows not posted are kept as they are)."""
    out = dict(base)
    for key, value in posted.items():
        if key in LISTS and isinstance(value, dict):
            rows = base.get(key) or []
            out[key] = [_over(rows[i] if i < len(rows) and isinstance(rows[i], dict) else {}, value.get(i, {}))
                        for i in sorted(set(range(len(rows))) | set(value))]
        elif not isinstance(value, dict):
            out[key] = value
    return out


def _none(value: str | None):
    value = (value or "").strip() if isinstance(value, str) else value
    return value or None


def _date(value, what: str) -> str | None:
    value = _none(value)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise FormError(f"{what}: ”{str(value)[:40]}” är inget datum (ÅÅÅÅ-MM-DD).")


def _time(value, what: str) -> str | None:
    value = _none(value)
    if value is None:
        return None
    if not TIME.match(str(value)):
        raise FormError(f"{what}: ”{str(value)[:40]}” är ingen tid (TT:MM).")
    hours, minutes = re.split(r"[:.]", str(value))
    if int(hours) > 23 or int(minutes) > 59:
        raise FormError(f"{what}: ”{value}” är ingen tid (TT:MM).")
    return f"{int(hours):02d}:{minutes}"


def task_clause(assignee: str, task: str | None, due: str | None) -> str:
    """ "HR-chefsnätverket ges i uppdrag att ta fram en plan senast den 22 maj 2026." """
    from protokoll.cycle.render import swedish_date

    text = TASK_CLAUSE.format(assignee=assignee, task=(task or "återrapportera").rstrip(". "))
    if due:
        text += DUE_CLAUSE.format(date=swedish_date(dt.date.fromisoformat(due)))
    return text + "."


def _clean_decision(d: dict, where: str) -> dict | None:
    actions = []
    for n, a in enumerate(d.get("actions") or [], 1):
        assignee = _none(a.get("assignee"))
        if assignee is None:
            continue
        actions.append({**a, "assignee": assignee, "task": _none(a.get("task")),
                        "due": _date(a.get("due"), f"{where}, uppdrag {n}, slutdatum")})
    text = (d.get("text") or "").strip()
    for a in actions:  # the minutes give a task only in the decision's words
        if fold(a["assignee"]) not in fold(text):
            clause = task_clause(a["assignee"], a["task"], a["due"])
            text = f"{text.rstrip()}{'' if not text or text.endswith('.') else '.'} {clause}".strip()
    if not text:
        return None
    return {**d, "text": text, "actions": actions}


def _clean_item(item: dict, where: str) -> dict | None:
    title = (item.get("title") or "").strip()
    if not title:
        return None
    decisions = [c for n, d in enumerate(item.get("decisions") or [], 1)
                 if (c := _clean_decision(d, f"{where}, beslut {n}")) is not None]
    subitems = [c for n, s in enumerate(item.get("subitems") or [], 1)
                if (c := _clean_item(s, f"{where}.{n}")) is not None]
    return {**item, "title": title, "summary": _none(item.get("summary")), "decisions": decisions,
            "subitems": subitems}


def _clean_attendee(a: dict) -> dict | None:
    name = " ".join((a.get("name") or "").split())
    if not name:
        return None
    status = a.get("status") or "present"
    note = a.get("note") or ""
    if note.startswith(UNFILLED):  # the form shows the note without the mark; the status says it
        note = note[len(UNFILLED):].lstrip("; ")
    note = _none(note)
    out = {**a, "name": name, "affiliation": _none(a.get("affiliation")), "role": _none(a.get("role"))}
    if status == "unfilled":
        out.update(status="present", note=f"{UNFILLED}; {note}" if note else UNFILLED)
    elif status in ("present", "excused", "absent"):
        out.update(status=status, note=note)
    else:
        raise FormError(f"{name}: okänd närvarostatus ”{status[:20]}”.")
    return out


def record_from_form(base: dict, fields) -> Protocol:
    """The record the form ``fields`` make of the record ``base`` (the version the form was made
    from); FormError names a value that cannot be right."""
    data = _over(base, _tree(fields))
    number = _none(data.get("number"))
    if number is not None:
        if not str(number).isdigit() or int(number) > 10_000:
            raise FormError(f"Mötets nummer: ”{str(number)[:20]}” är inget nummer.")
        number = int(number)
    data.update(number=number, date=_date(data.get("date"), "Mötets datum"),
                start_time=_time(data.get("start_time"), "Starttid"), end_time=_time(data.get("end_time"), "Sluttid"))
    for key in ("organisation", "body", "location", "room", "contact", "chair", "secretary"):
        data[key] = _none(data.get(key))
    adjusters = data.get("adjusters")
    if isinstance(adjusters, str):
        data["adjusters"] = [a.strip() for a in adjusters.split(",") if a.strip()]
    data["attendees"] = [a for a in map(_clean_attendee, data.get("attendees") or []) if a is not None]
    items = [c for n, i in enumerate(data.get("items") or [], 1) if (c := _clean_item(i, f"Punkt {n}")) is not None]
    for n, item in enumerate(items, 1):
        item["number"] = n
    data["items"] = items
    try:
        return Protocol.model_validate(data)
    except ValueError as err:
        raise FormError(f"Utkastet kan inte sparas: {' '.join(str(err).split())[:300]}")
