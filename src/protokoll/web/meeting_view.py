"""How the meeting page arranges a record: attendance as the lists minutes print, vote tallies.

Minutes list the people who decided apart from the substitutes who served, the substitutes who only
attended, the officials present and those who sent apologies. The record keeps each attendee's
``role`` and ``status`` as written, so the lists are made here: status first (apologies and absence
are their own lists whatever the role), then the role's words. An attendee without a role belongs to
the main list, which is what the directors' minutes (one list of names by municipality) are.
"""
from __future__ import annotations

from collections import defaultdict

from protokoll.model import AGENDA, walk
from protokoll.municipalities import MUNICIPALITIES, SECRETARIAT, fold

LISTS = ("main", "serving", "substitutes", "others", "excused", "absent")
TITLES = {"serving": "Tjänstgörande ersättare", "substitutes": "Ersättare", "others": "Övriga närvarande",
          "excused": "Anmält förhinder", "absent": "Frånvarande"}
# Words of a role that make its holder one of those who decide (folded, as in fold()).
DECIDING = ("ordforande", "ledamot", "ledamoter", "beslutande", "justerare")
NOT_SERVING = ("ej tjanstgorande", "icke tjanstgorande", "inte tjanstgorande")
ORDER = [*MUNICIPALITIES, SECRETARIAT]
VOTE_KEYS = ("yes", "no", "abstain", "absent")


def list_of(attendee: dict) -> str:
    """The list an attendee (a JSON record's attendee) is printed in: one of ``LISTS``."""
    if attendee.get("status") in ("excused", "absent"):
        return attendee["status"]
    role = " ".join(fold(attendee.get("role") or "").split())
    if not role:
        return "main"
    if any(words in role for words in NOT_SERVING):
        return "substitutes"
    if "tjanstgorande" in role:
        return "serving"
    if "ersattare" in role:
        return "substitutes"
    if any(word in role for word in DECIDING):
        return "main"
    return "others"


def _by_municipality(attendees: list[dict]) -> list[dict]:
    grid: dict[str, list[dict]] = defaultdict(list)
    for a in attendees:
        grid[a.get("municipality") or a.get("affiliation") or "(utan tillhörighet)"].append(a)
    return [{"municipality": name, "attendees": grid[name]}
            for name in sorted(grid, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))]


def attendance_lists(attendees: list[dict]) -> dict:
    """The attendance lists of a meeting, in the order minutes print them, each attendee with its
    ``index`` in the record (for value paths). Where attendees represent municipalities, each list is
    grouped by municipality, as the directors' minutes are."""
    lists: dict[str, list[dict]] = defaultdict(list)
    for i, a in enumerate(attendees):
        lists[list_of(a)].append({**a, "index": i})
    with_roles = any(a.get("role") for a in attendees)
    # Most attendees represent a municipality in the directors' minutes; in a council's minutes only an
    # official or two might, and a column of blanks would say nothing.
    by_municipality = 2 * sum(bool(a.get("municipality")) for a in attendees) > len(attendees)
    out = []
    for key in LISTS:
        if not lists[key]:
            continue
        title = TITLES.get(key) or ("Beslutande" if with_roles else "Närvarande")
        out.append({"key": key, "title": title, "attendees": lists[key],
                    "by_municipality": _by_municipality(lists[key]) if by_municipality else None})
    return {"lists": out, "show_roles": with_roles, "by_municipality": by_municipality}


def tally(vote: dict) -> dict:
    """The vote's counts (None where unknown) as written, else counted from its ballots ("counted"
    says which); the absent are counted from the ballots either way, as tallies leave them out."""
    ballots = vote.get("ballots") or []
    counted = {key: sum(b["vote"] == key for b in ballots) or None for key in VOTE_KEYS}
    if any(vote.get(key) is not None for key in ("yes", "no", "abstain")):
        return {**{key: vote.get(key) for key in ("yes", "no", "abstain")}, "absent": counted["absent"],
                "counted": False}
    if ballots:
        return {**counted, "counted": True}
    return {**dict.fromkeys(VOTE_KEYS), "counted": False}


def add_tallies(items: list[dict]) -> None:
    """Give every vote of the items (and their sub-items) its ``tally``."""
    for path, vote in walk({"items": items}, lists=AGENDA | {"decisions", "votes"}):
        if path.rsplit(".", 1)[-1].startswith("votes["):
            vote["tally"] = tally(vote)
