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
from protokoll.parse.labels import tolerant

NOTED = re.compile(tolerant(
    r"\b(?:tacka[rs]? för (?:informationen|dragningen|presentationen|redovisningen)|"
    r"notera[rs]? informationen|lägga[rs]? (?:informationen|rapporten|redovisningen) till handlingarna|"
    r"informationen (?:noteras|läggs till handlingarna)|godkänna informationen)"), re.IGNORECASE)
APPROVAL = re.compile(tolerant(
    r"^(?:att\s+)?(?:godkänna|godkänner|godkänns|ställa sig bakom|ställer sig bakom|anta|antar|"
    r"fastställa|fastställer|tillstyrka|tillstyrker|bifalla|bifaller|besluta att anta|"
    r"rekommendera|rekommenderar|välja|utse|utser)\b"), re.IGNORECASE)

# An actor is a noun phrase naming someone who can be given a task.
_ACTOR_WORD = tolerant(
    r"sekretariat\w*|\w*chef\w*|\w*nätverk\w*|kommun\w*|\w*direktör\w*|styrelse\w*|\w*grupp\w*|"
    r"område\w*|\w*råd(?:et)?|förvaltning\w*|stad(?:en)?|region\w*|projekt\w*|ledning\w*|"
    r"samordnare\w*|ordförande\w*|presidi\w*|kansli\w*|arbetsgrupp\w*|representant\w*|deltagar\w*")
_ACTOR = rf"(?P<actor>(?:[\wåäöÅÄÖ-]+\s+){{0,5}}?(?:{_ACTOR_WORD})(?:\s+(?:för|i|inom)\s+[\wåäöÅÄÖ-]+(?:\s+(?:och|för|i)\s+[\wåäöÅÄÖ-]+){{0,3}})?)"
_TASK_VERBS = tolerant(
    r"ska|skall|bör|måste|fortsätter|fortsätta|initierar|initiera|tar|ta|fattar|ansvarar|återkommer|"
    r"undersöker|utreder|verkar|genomför|bjuder|kallar|sammanställer|arrangerar|lämnar|redovisar|"
    r"återrapporterar|skriver|ser|tillsätter|påbörjar|planerar|bereder|samordnar|kontaktar|informerar|"
    r"utvärderar|återupptar|tillser|säkerställer|förbereder|presenterar|inkommer|skickar")

PATTERNS = [
    # att uppdra till X att TASK
    re.compile(tolerant(rf"\buppdra[rs]?\s+(?:till|åt)?\s*{_ACTOR}\s+att\s+(?P<task>.+)"), re.IGNORECASE),
    # X får/ges/erhåller (i) uppdrag(et) att TASK ; X ges följande medskick: TASK
    re.compile(tolerant(rf"(?:^|\batt\s+|[.;:]\s+)(?:och\s+)?{_ACTOR}\s+(?:får|ges|gavs|fick|erhåller)\s+"
                        rf"(?:i\s+)?(?:uppdrag(?:et)?|följande\s+(?:medskick|uppdrag))\s*(?:att\s*)?:?\s*(?P<task>.*)"),
               re.IGNORECASE),
    # att X ska TASK ; X ska TASK
    re.compile(tolerant(rf"(?:^|\batt\s+|[.;:]\s+)(?:och\s+)?{_ACTOR}\s+(?P<verb>{_TASK_VERBS})\s+(?P<task>.+)"),
               re.IGNORECASE),
]
_NOT_ACTORS = re.compile(tolerant(r"^(?:möte|mötet|projektet|frågan|ärendet|beslutet|det|detta|man)\b"),
                         re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.;])\s+(?=[A-ZÅÄÖ])|,?\s+och\s+(?=att\s)|,\s+(?=att\s)")

# A deadline: "senast den 1 juni", "till/vid/inför mötet den 17 maj", "presenteras vid ... den 17 maj".
DEADLINE = re.compile(tolerant(
    r"(?:\bsenast(?:\s+(?:den|till|vid|på))?"
    r"|\b(?:till|vid|på|inför|före|innan|under)\s+(?:[\wåäö-]+\s+){0,2}?[\wåäö-]*(?:möte|sammanträde)\w*"
    r"(?:\s+[\wåäö-]+){0,2}?\s+den"
    r"|\b(?:före|innan|till)\s+den)\s+$"), re.IGNORECASE)

MEETING_DATES = re.compile(tolerant(r"\b(?:sammanträder|träffas|möts|mötesdatum|mötestider|möten)\b"),
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
    for clause in _clauses(text):
        for pattern in PATTERNS:
            m = pattern.search(clause)
            if not m:
                continue
            actor = _clean_actor(m.group("actor"))
            if not actor:
                continue
            task = m.group("task").strip().rstrip(".") or None
            if any(a.assignee.lower() == actor.lower() and a.task == task for a in out):
                break
            out.append(Action(assignee=actor, task=task, due=_deadline(task or "", year)))
            break
    return out


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
