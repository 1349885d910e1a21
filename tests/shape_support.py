"""What the one-test-per-shape files share: parse a snippet of minutes through the whole pipeline and
list its attendees as tuples, so that each test states only its text and the rows it expects."""
from pathlib import Path

from protokoll.clean.lines import clean
from protokoll.parse.attendance import parse_attendance
from protokoll.pipeline import parse_text

#: Items that close a snippet of front matter, so that the parser sees whole minutes.
NUMBERED_ITEMS = ("\n1. Mötets öppnande\nMötet öppnades.\n2. Dagordning\nDagordningen godkändes.\n"
                  "3. Avslutning\nMötet avslutades.\n")


def _rows(attendees, with_note: bool):
    return [(a.name, a.affiliation, a.status, a.role, a.party) + ((a.note,) if with_note else ())
            for a in attendees]


def parsed(text: str, *, with_note: bool = False):
    """(protocol, attendee rows): name, affiliation, status, role, party (and note when asked)."""
    p = parse_text(text, "shape.txt")
    return p, _rows(p.attendees, with_note)


def entries(text: str, *, with_note: bool = False):
    """Attendee rows of the attendance reader alone, on cleaned lines (no header or item parsing)."""
    return _rows(parse_attendance(clean(text, repair=False).lines), with_note)


def decisions_by_number(protocol):
    """Item number → the texts of its decisions, in order."""
    return {i.number: [d.text for d in i.decisions] for i in protocol.items}


GENRE_TEXTS = Path(__file__).parent / "fixtures" / "genre" / "texts"


def fixture_people(number: str) -> dict[str, dict]:
    """A dev genre fixture's attendees by name, as the record's JSON gives each ("772" names 772_*.txt)."""
    path = next(GENRE_TEXTS.glob(number + "_*.txt"))
    record = parse_text(path.read_text(encoding="utf-8"), path=str(path)).to_json()
    return {a["name"]: a for a in record["attendees"]}
