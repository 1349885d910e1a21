"""A readable plain-text rendering of one parsed record, for ``protokoll parse`` without --json."""
from __future__ import annotations

from protokoll.model import Item, Protocol

_STATUS = {"present": "närvarande", "excused": "anmält förhinder", "absent": "frånvarande"}
_KIND = {"noted": "noterat", "assignment": "uppdrag", "approval": "godkänt", "other": "övrigt"}


def render(p: Protocol, path: str = "") -> str:
    out = []
    title = " ".join(x for x in (p.body, "i" if p.body and p.organisation else None, p.organisation) if x)
    out.append(f"{path}" if path else "")
    number = f"nr {p.number} " if p.number else ""
    out.append(f"{title or 'Protokoll'} — protokoll {number}{p.date or '(datum saknas)'}")
    when = f"{p.start_time}–{p.end_time}" if p.start_time else ""
    where = ", ".join(x for x in (p.location, p.room) if x)
    if when or where:
        out.append(f"  {when} {where}".rstrip())
    if p.contact:
        out.append(f"  kontakt: {p.contact}")
    for status, label in _STATUS.items():
        people = [a for a in p.attendees if a.status == status]
        if people:
            out.append(f"  {label} ({len(people)}): " +
                       "; ".join(f"{a.name}, {a.affiliation}" if a.affiliation else a.name for a in people))
    out.append(f"  {len(p.items)} punkter:")
    for item in p.items:
        _item(out, item, "    ")
    if p.scheduled_meetings:
        out.append("  beslutade mötesdatum: " + ", ".join(
            f"{m.date}" + (f" {m.start_time}–{m.end_time}" if m.start_time else "") for m in p.scheduled_meetings))
    return "\n".join(line for line in out if line is not None)


def _item(out: list[str], item: Item, indent: str) -> None:
    number = f"{item.number}. " if item.number is not None else "- "
    out.append(f"{indent}{number}{item.title}")
    if item.presenters:
        out.append(f"{indent}    föredragande: " + ", ".join(p.name for p in item.presenters))
    for d in item.documents:
        out.append(f"{indent}    {d.label}: {d.title or ''}".rstrip())
    for d in item.decisions:
        out.append(f"{indent}    beslut [{_KIND.get(d.kind, d.kind)}]: {d.text[:100]}{'…' if len(d.text) > 100 else ''}")
        for a in d.actions:
            due = f" (senast {a.due})" if a.due else ""
            out.append(f"{indent}      → {a.assignee}{due}")
    for sub in item.subitems:
        _item(out, sub, indent + "    ")
