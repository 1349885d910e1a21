"""A decision paragraph → its kind, the actions it gives (assignee, task, due date), meeting dates.

Swedish minutes give tasks in a handful of constructions, each with the actor in a known place:
  "att uppdra till X att ...", "X får/ges i uppdrag att ...", "X ges följande medskick: ...",
  "att X ska/fortsätter/initierar ...", "X ska ..." (as a sentence of its own).
"""
from __future__ import annotations

import datetime as dt
import re

from protokoll.model import Action, Decision, ScheduledMeeting
from protokoll.parse import dates

NOTED = re.compile((
    r"\b(?:tacka[rs]? för (?:informationen|dragningen|presentationen|redovisningen)|"
    r"notera[rs]? informationen|lägga[rs]? (?:informationen|rapporten|redovisningen) till handlingarna|"
    r"informationen (?:noteras|läggs till handlingarna)|godkänna informationen)"), re.IGNORECASE)
APPROVAL = re.compile((
    r"^(?:att\s+)?(?:godkänna|godkänner|godkänns|ställa sig bakom|ställer sig bakom|anta|antar|"
    r"fastställa|fastställer|tillstyrka|tillstyrker|bifalla|bifaller|besluta att anta|"
    r"rekommendera|rekommenderar|välja|utse|utser)\b"), re.IGNORECASE)

# An actor is a noun phrase naming someone who can be given a task.
ACTOR_WORD = re.compile(
    r"sekretariat|chef|nätverk|kommun|direktör|styrelse|grupp|område|råd\b|rådet|förvaltning|\bstad|"
    r"region|projekt|ledning|samordnare|ordförande|presidi|kansli|representant|deltagar|\bvd\b", re.IGNORECASE)
_W = r"[\wåäöÅÄÖéü/-]+"
_ACTOR = rf"(?P<actor>{_W}(?:\s+{_W}){{0,7}}?)"
_CLAUSE_START = r"(?:^|\b[Aa]tt\s+|[.;:]\s+)(?:och\s+)?"
_TASK_VERBS = (
    r"ska|skall|bör|måste|fortsätter|fortsätta|initierar|initiera|tar|ta|fattar|ansvarar|återkommer|"
    r"undersöker|utreder|verkar|genomför|bjuder|kallar|sammanställer|arrangerar|lämnar|redovisar|"
    r"återrapporterar|skriver|ser|tillsätter|påbörjar|planerar|bereder|samordnar|kontaktar|informerar|"
    r"utvärderar|återupptar|tillser|säkerställer|förbereder|presenterar|inkommer|skickar|uppdras|delar|"
    r"lyfter|hanterar|sammankallar|uppdaterar|följer|anordnar|utser|bevakar|stämmer|tydliggör|beställer")

# (pattern, whether the actor must contain an actor word, a word the clause must hold for it to apply)
PATTERNS = [
    # att uppdra till X att TASK
    (re.compile(rf"\buppdra[rs]?\s+(?:till|åt)?\s*{_ACTOR}\s+att\s+(?P<task>.+)", re.IGNORECASE), False, re.compile("uppdra", re.IGNORECASE)),
    # X får/ges/erhåller (i) uppdrag(et) att TASK ; X ges följande medskick: TASK
    (re.compile(rf"{_CLAUSE_START}{_ACTOR}\s+(?:får|ges|gavs|fick|erhåller)\s+"
                rf"(?:i\s+)?(?:uppdrag(?:et)?|följande\s+(?:medskick|uppdrag))\s*(?:att\s*)?:?\s*(?P<task>.*)",
                re.IGNORECASE), False, re.compile(r"\b(?:får|ges|gavs|fick|erhåller)\b", re.IGNORECASE)),
    # att X ska TASK ; X ska TASK
    (re.compile(rf"{_CLAUSE_START}{_ACTOR}\s+(?P<verb>{_TASK_VERBS})\s+(?P<task>.+)", re.IGNORECASE), True,
     re.compile(rf"\b(?:{_TASK_VERBS})\b", re.IGNORECASE)),
]
_NOT_ACTORS = re.compile(r"^(?:möte|mötet|projektet|frågan|ärendet|beslutet|det|detta|man|information)\b",
                         re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.;])\s+(?=[A-ZÅÄÖ])|,?\s+och\s+(?=att\s)|,\s+(?=att\s)")

# A deadline: "senast den 1 juni", "till/vid/inför mötet den 17 maj", "presenteras vid ... den 17 maj".
DEADLINE = re.compile((
    r"(?:\bsenast(?:\s+(?:den|till|vid|på))?"
    r"|\b(?:till|vid|på|inför|före|innan|under)\s+(?:\w+\s+){0,2}?[\w-]*(?:möte|sammanträde)\w*"
    r"(?:\s+\w+){0,2}?\s+den"
    r"|\b(?:före|innan|till)\s+den)\s+$"), re.IGNORECASE)

MEETING_DATES = re.compile((r"\b(?:sammanträder|träffas|möts|mötesdatum|mötestider|möten)\b"),
                           re.IGNORECASE)


def analyse(text: str, meeting_date: dt.date | None) -> Decision:
    year = meeting_date.year if meeting_date else None
    actions = _actions(text, year)
    if NOTED.search(text) and not actions:
        kind = "noted"
    elif APPROVAL.search(text):
        kind = "approval"
    elif actions:
        kind = "assignment"
    else:
        kind = "other"
    return Decision(text=text, kind=kind, actions=actions)


def _actions(text: str, year: int | None) -> list[Action]:
    out: list[Action] = []
    clauses = _clauses(text)
    owner: list[int] = []  # clause index → index of the action it belongs to (-1 before the first)
    for clause in clauses:
        action = _action(clause)
        if action and not any(a.assignee.lower() == action.assignee.lower() and a.task == action.task
                              for a in out):
            out.append(action)
        owner.append(len(out) - 1)
    # A deadline may stand in a later sentence ("Ett utkast ska presenteras vid mötet den 17 maj").
    for k, action in enumerate(out):
        own = " ".join(c for c, o in zip(clauses, owner) if o == k)
        action.due = _deadline(own, year)
    return out


def _action(clause: str) -> Action | None:
    if "uppdra" not in clause and not ACTOR_WORD.search(clause):
        return None
    for pattern, needs_actor_word, hint in PATTERNS:
        if not hint.search(clause):
            continue
        m = pattern.search(clause)
        if not m:
            continue
        actor = _clean_actor(m.group("actor"))
        if not actor or (needs_actor_word and not ACTOR_WORD.search(actor)):
            continue
        task = m.group("task").strip().rstrip(".")
        verb = m.groupdict().get("verb")
        if verb and verb.lower() not in ("ska", "skall", "bör", "måste"):
            task = f"{verb} {task}"  # "fortsätter planering av ..." is the task itself
        return Action(assignee=actor, task=task or None)
    return None


def _clauses(text: str) -> list[str]:
    """Sentences and "och att"-joined clauses, dash lists kept with the clause they complete."""
    parts = _SENTENCES.split(text)
    out: list[str] = []
    for part in parts:
        if out and re.match(r"^-\s", part):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _clean_actor(actor: str) -> str | None:
    actor = re.sub(r"^(?:att|och|Att)\s+", "", actor.strip())
    if _NOT_ACTORS.match(actor) or len(actor.split()) > 7:
        return None
    return actor


def _deadline(task: str, year: int | None) -> dt.date | None:
    for date, m in dates.find_dates(task, year):
        if DEADLINE.search(task[: m.start()][-80:]):
            return date
    return None


def scheduled_meetings(text: str, meeting_date: dt.date | None) -> list[ScheduledMeeting]:
    """Meeting dates a decision sets ("sammanträder 8:30 – 13:00 på följande datum: - 23 januari ...")."""
    if not MEETING_DATES.search(text):
        return []
    years = re.findall(r"\b(20\d\d)\b", text)
    year = int(years[0]) if years else (meeting_date.year if meeting_date else None)
    span = dates.time_span(text)
    found = [d for d, m in dates.find_dates(text, year) if not m.group("iso")]
    if len(found) < 2:
        return []
    return [ScheduledMeeting(date=d, start_time=span[0] if span else None, end_time=span[1] if span else None)
            for d in found]
