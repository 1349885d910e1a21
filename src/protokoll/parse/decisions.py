"""A decision paragraph → its kind, the actions it gives (assignee, task, due date), meeting dates.

Swedish minutes give tasks in a handful of constructions, each with the actor in a known place:
  "att uppdra till X att ...", "X får/ges i uppdrag att ...", "X ges följande medskick: ...",
  "att X ska/fortsätter/initierar ...", "X ska ..." (as a sentence of its own).
"""
from __future__ import annotations

import datetime as dt
import re

from protokoll.model import Action, Decision, ScheduledMeeting
from protokoll.parse import dates, labels

NOTED = labels.Folded((
    r"\b(?:tacka[rs]? för (?:informationen|dragningen|presentationen|redovisningen)|"
    r"notera[rs]? informationen|lägga[rs]? (?:informationen|rapporten|redovisningen) till handlingarna|"
    r"informationen (?:noteras|läggs till handlingarna)|godkänna informationen)"))
APPROVAL = labels.Folded((
    r"^(?:att\s+)?(?:godkänna|godkänner|godkänns|ställa sig bakom|ställer sig bakom|anta|antar|"
    r"fastställa|fastställer|tillstyrka|tillstyrker|bifalla|bifaller|besluta att anta|"
    r"rekommendera|rekommenderar|bevilja|beviljar)\b"))

# An actor is a noun phrase naming someone who can be given a task.
ACTOR_WORD = labels.Folded(
    r"sekretariat|chef|nätverk|kommun|direktör|styrelse|grupp|område|råd\b|rådet|förvaltning|\bstad|"
    r"region|projekt|ledning|samordnare|ordförande|presidi|kansli|representant|deltagar|\bvd\b")
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
    (re.compile(rf"\buppdra[rs]?\s+(?:till|åt)?\s*{_ACTOR}\s+att\s+(?P<task>.+)", re.IGNORECASE), False, labels.Folded("uppdra")),
    # X får/ges/erhåller (i) uppdrag(et) att TASK ; X ges följande medskick: TASK
    (re.compile(rf"{_CLAUSE_START}{_ACTOR}\s+(?:får|ges|gavs|fick|erhåller)\s+"
                rf"(?:i\s+)?(?:uppdrag(?:et)?|följande\s+(?:medskick|uppdrag))\s*(?:att\s*)?:?\s*(?P<task>.*)",
                re.IGNORECASE), False, labels.Folded(r"\b(?:får|ges|gavs|fick|erhåller)\b")),
    # att X ska TASK ; X ska TASK
    (re.compile(rf"{_CLAUSE_START}{_ACTOR}\s+(?P<verb>{_TASK_VERBS})\s+(?P<task>.+)", re.IGNORECASE), True,
     labels.Folded(rf"\b(?:{_TASK_VERBS})\b")),
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
    gives_task = labels.may_hold(text, "uppdrag") and GIVE_TASK.search(text)
    actions = person_actions(text, year) if gives_task else _actions(text, year)
    if not actions:
        actions = person_actions(text, year)
    return Decision(text=text, kind=kind_of(text, actions), actions=actions)


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
    low = clause.lower()
    if "uppdra" not in clause and not ACTOR_WORD.search(clause, low):
        return None
    for pattern, needs_actor_word, hint in PATTERNS:
        if not hint.search(clause, low):
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


# --- decisions recorded in running text ------------------------------------------------------------
# "Dagordningen godkändes.", "Mötet väljer Anna Ek till ordförande.", "Ärendet bordläggs.", "Styrelsen
# beviljas ansvarsfrihet.", "Föregående protokoll lades till handlingarna.", "attsats 1 bifalles".
RUNNING = labels.Folded(
    r"\b(?:godkändes|godkänns|godkänner|godkände|godkännes|fastställdes|fastställs|fastställer|fastställde|"
    r"antogs|antas|antar|antog|beviljades|beviljas|beviljar|beviljade|bifölls|bifalls|bifalles|bifaller|biföll|"
    r"avslogs|avslås|avslår|avslog|noterades|noteras|bordläggs|bordlades|bordlägges|återremitteras|"
    r"återremitterades|(?:lades|läggs|lägges)\s+(?:\S+\s+){0,3}?till\s+handlingarna|väljer|valde|valdes|väljs|"
    r"utsågs|utses|utser|utsåg|adjungeras|adjungerades|uppdrog|uppdrar|konstituerade\s+sig|konstituerar\s+sig|"
    r"förklarades\s+(?:stadgeenligt|behörigen)|förklarar\s+sig|ansåg\s+att\s+(?:kallelse|mötet|stämman)|"
    r"anser\s+sig\s+(?:stadgeenligt|behörigen|i\s+behörig\s+ordning|stadgeenligt\s+och\s+behörigen)\s+"
    r"(?:utlyst|kallat|kallad|sammankallat|sammankallad))\b")
# Sentences that report a proposal, a discussion or another body's decision are not decisions.
NOT_RUNNING = labels.Folded(
    r"\b(?:föreslår|föreslog|föreslås|yrkar|yrkade|tillstyrker|tillstyrkte|rekommenderar|diskuterade|"
    r"diskuterades|inget beslut|inte|ej|har|hade|ska|skall|kommer|kan|bör|skulle|om att|huruvida)\b")
# A task given in a sentence of its own: "Lisa ska ta fram ...", "Jonas kontaktar ...", "Styrelsen fick i
# uppdrag att ...".
TASK_PRESENT = (
    r"ska|skall|kontaktar|tar|skickar|sammanställer|meddelar|sätter|ansöker|beställer|bokar|ordnar|undersöker|"
    r"utreder|återkommer|ringer|mejlar|mailar|köper|kollar|hör|pratar|uppdaterar|förbereder|bjuder|kallar|"
    r"skriver|lämnar|tittar|fixar|ansvarar|bevakar|håller|planerar|organiserar|sköter|samordnar|tillfrågar|"
    r"påminner|levererar|publicerar|lägger|gör|ser|följer|arrangerar|kontrollerar|ombesörjer|"
    r"fick|får|ges|gavs|erhåller")
_PERSON = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖ][a-zåäöéü-]+){0,2}"
_GROUP = r"[A-ZÅÄÖ][a-zåäö-]+(?:en|et|na|erna|arna|orna)"
TASK_SENTENCE = re.compile(
    rf"^(?P<actor>(?:{_PERSON}|{_GROUP})(?:\s+och\s+{_PERSON})?)\s+(?P<verb>{TASK_PRESENT})\b", re.UNICODE)
_TASK_NOT_ACTOR = re.compile(r"^(?:Mötet|Ärendet|Frågan|Det|Den|Detta|Denna|Dessa|Man|Vi|Alla|Inget|Ingen|Någon|"
                             r"Planen|Beslutet|Förslaget|Protokollet|Kallelsen|Arbetet|Budgeten|Rapporten|Temat)\b")
GROUP_ACTOR = re.compile(r"(?:kassör|sekreterar|valberedning|revisor|förening|kommitté|ansvarig|ledare|"
                         r"administratör|samordnare|handläggare|förvaltare|vaktmästare)", re.IGNORECASE)
_GIVEN = re.compile(r"^(?:får|fick|ges|gavs|erhåller)$")


def running_decision(sentence: str) -> bool:
    """Whether a sentence of running text records a decision of the meeting."""
    if labels.formula_of(sentence) is not None:
        return True
    m = RUNNING.search(sentence)
    return bool(m) and not NOT_RUNNING.search(sentence[: m.start()]) and not re.search(
        r"\b(?:föreslår|föreslog|yrkar|yrkade|tillstyrker|inget beslut)\b", sentence, re.IGNORECASE)


def task_sentence(sentence: str) -> bool:
    """Whether a sentence gives someone a task ("Lisa ska ...", "Jonas kontaktar ...")."""
    m = TASK_SENTENCE.match(sentence)
    if not m or _TASK_NOT_ACTOR.match(m.group("actor")):
        return False
    actor = m.group("actor")
    # A definite noun as actor must name someone who can act ("Kassören", "Styrelsen"), not a thing.
    if re.fullmatch(_GROUP, actor) and not (ACTOR_WORD.search(actor) or GROUP_ACTOR.search(actor)):
        return False
    verb = m.group("verb")
    if _GIVEN.match(verb):
        return bool(re.match(r"\s*(?:i\s+)?uppdrag", sentence[m.end():]))
    return True


ELECTION = labels.Folded(r"\b(?:välja|väljer|valde|valdes|väljs|utse|utser|utses|utsågs|utsåg|adjungera|adjungeras|"
                         r"adjungerades|bordläggs|bordlades|återremitteras|stadgeenligt)\b")
APPROVAL_ANY = labels.Folded(r"\b(?:godkänn\w*|godkändes|godkände|fastställ\w*|ant(?:a|ar|as|og|ogs)|bevilja\w*|"
                             r"bifall\w*|bifalles|bifölls|biföll|tillstyrk\w*|ställa[rs]?\s+sig\s+bakom)\b")
NOTED_ANY = labels.Folded(r"\b(?:lägga|läggs|lades|lägges|lagts)\s+(?:\S+\s+){0,8}?till\s+handlingarna|\bnoteras\b|"
                          r"\bnoterades\b|\btill\s+handlingarna\b")
GIVE_TASK = re.compile(rf"\bge\s+(?P<actor>{_W}(?:\s+{_W}){{0,6}}?)\s+i\s+uppdrag\s+att\s+(?P<task>.+)", re.IGNORECASE)


def kind_of(text: str, actions: list[Action]) -> str:
    """noted ("lades till handlingarna"), approval, assignment (it gives tasks), else other; an
    election is other even where it approves something."""
    low = text.lower()
    if not actions and (NOTED.search(text, low) or NOTED_ANY.search(text, low)):
        return "noted"
    if APPROVAL.search(text, low) and not ELECTION.search(text, low):
        return "approval"
    if actions:
        return "assignment"
    if ELECTION.search(text, low):
        return "other"
    if APPROVAL.search(text, low) or APPROVAL_ANY.search(text, low):
        return "approval"
    return "other"


def person_actions(text: str, year: int | None) -> list[Action]:
    """Actions of a task sentence whose actor is a person or a group: "Ibrahim Celik och Kenneth Lööf
    ansvarar för ...", "Styrelsen fick i uppdrag att ..."."""
    body = re.sub(r"^att\s+", "", text.strip())
    m = GIVE_TASK.search(body)
    if m:
        actor = _clean_actor(m.group("actor"))
        return [Action(assignee=actor, task=m.group("task").strip().rstrip("."),
                       due=_deadline(body, year))] if actor else []
    if not task_sentence(body):
        return []
    m = TASK_SENTENCE.match(body)
    task = body[m.end():].strip().rstrip(".")
    task = re.sub(r"^(?:i\s+)?uppdrag(?:et)?\s+att\s+", "", task)
    due = _deadline(body, year)
    actors = [a.strip() for a in re.split(r"\s+och\s+", m.group("actor"))]
    return [Action(assignee=a if not re.match(_GROUP + "$", a) else a.lower(), task=task or None, due=due)
            for a in actors]


# --- votes, reservations, recipients, the next meeting --------------------------------------------
_NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                 "nio": 9, "tio": 10, "elva": 11, "tolv": 12}
_COUNT = r"(?P<n>\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)"
YES = re.compile(rf"\b{_COUNT}\s+ja(?:-?röster|-?röst)?\b|\bja(?:-?röster)?\s*:\s*(?P<m>\d{{1,3}})", re.IGNORECASE)
NO = re.compile(rf"\b{_COUNT}\s+nej(?:-?röster|-?röst)?\b|\bnej(?:-?röster)?\s*:\s*(?P<m>\d{{1,3}})", re.IGNORECASE)
ABSTAIN = re.compile(rf"\b{_COUNT}\s+(?:\w+\s+)?(?:avstår|avstod|avstående|nedlagda)\b|\bavstår\s*:\s*(?P<m>\d{{1,3}})",
                     re.IGNORECASE)
YES_MEANS = re.compile(r"\bja(?:-röst)?\s+för\s+(?P<what>[^.]+)", re.IGNORECASE)
NO_MEANS = re.compile(r"\bnej(?:-röst)?\s+för\s+(?P<what>[^.]+)", re.IGNORECASE)
BALLOT = re.compile(r"^(?P<name>[A-ZÅÄÖ][^()]+?)\s*(?:\((?P<party>[^()]+)\))?\s+(?P<vote>ja|nej|avstår|avstod|"
                    r"frånvarande|x)\s*$", re.IGNORECASE)
_VOTE_OF = {"ja": "yes", "nej": "no", "avstår": "abstain", "avstod": "abstain", "frånvarande": "absent"}
RESERVES = re.compile(r"^(?P<who>.+?)\s+reserver(?:ar|ade)\s+sig\b", re.IGNORECASE)
NEXT_MEETING = re.compile(r"^(?:nästa\s+(?:\w+)?möte(?:t)?|nästa\s+sammanträde)\b\s*(?::|är|blir|hålls|äger|planeras|"
                          r"sker|preliminärt)?", re.IGNORECASE)


def _count(m: re.Match | None) -> int | None:
    if not m:
        return None
    raw = (m.group("n") or m.group("m") or "").lower()
    return int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)


def parse_vote(lines: list[str]):
    """A vote from the lines of an "Omröstning" section: tally, what yes and no meant, named ballots."""
    from protokoll.model import Ballot, Vote

    text = " ".join(lines)
    vote = Vote(yes=_count(YES.search(text)), no=_count(NO.search(text)), abstain=_count(ABSTAIN.search(text)))
    m = YES_MEANS.search(text)
    vote.yes_means = m.group("what").strip() if m else None
    m = NO_MEANS.search(text)
    vote.no_means = m.group("what").strip() if m else None
    for line in lines:
        b = BALLOT.match(line.strip())
        if b and len(b.group("name").split()) <= 4:
            choice = _VOTE_OF.get(b.group("vote").lower(), "yes")
            vote.ballots.append(Ballot(name=b.group("name").strip(), party=b.group("party"), vote=choice))
    if vote.ballots:
        tally = {k: sum(1 for b in vote.ballots if b.vote == k) for k in ("yes", "no", "abstain")}
        vote.yes = tally["yes"] if vote.yes is None else vote.yes
        vote.no = tally["no"] if vote.no is None else vote.no
        vote.abstain = tally["abstain"] if vote.abstain is None and tally["abstain"] else vote.abstain
    if vote.yes is None and vote.no is None and not vote.ballots:
        return None
    return vote


def reservations_in(text: str) -> list[str]:
    """ "A (M), B (M) och C (SD) reserverar sig ..." → ["A", "B", "C"]; a party or group as written."""
    m = RESERVES.match(text.strip())
    who = m.group("who") if m else text.strip().rstrip(".")
    parts = [re.sub(r"\s*\([^()]*\)\s*", "", p).strip() for p in re.split(r",(?![^()]*\))|\s+och\s+", who)]
    return [p for p in parts if p and len(p.split()) <= 5]


def next_meeting(text: str, meeting_date: dt.date | None, title_says: bool = False) -> ScheduledMeeting | None:
    """ "Nästa möte: 12 juni kl 13.00", "Nästa styrelsemöte är planerat till den 8 april kl. 18.30"."""
    if not title_says and not NEXT_MEETING.match(text.strip()):
        return None
    year = meeting_date.year if meeting_date else None
    found = dates.find_dates(text, year)
    if not found:
        return None
    date = found[0][0]
    if meeting_date and not found[0][1].group("year") and not found[0][1].group("iso") and date < meeting_date:
        date = date.replace(year=date.year + 1)  # "Nästa möte 15 januari" in December minutes
    span = dates.time_span(text)
    if span:
        return ScheduledMeeting(date=date, start_time=span[0], end_time=span[1])
    return ScheduledMeeting(date=date, start_time=dates.clock(text))
