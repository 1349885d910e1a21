"""A decision paragraph → its kind, the actions it gives (assignee, task, due date), meeting dates.

Swedish minutes give tasks in a handful of constructions, each with the actor in a known place:
  "att uppdra till X att ...", "X får/ges i uppdrag att ...", "X ges följande medskick: ...",
  "att X ska/fortsätter/initierar ...", "X ska ..." (as a sentence of its own).
"""
from __future__ import annotations

import datetime as dt
import re

from protokoll import regexes
from protokoll.record import Action, Decision, ScheduledMeeting
from protokoll.vocab import conventions, dates, labels, numbers
from protokoll.vocab import names

# What a body thanks for when it takes note: the information, a presentation, a report, and in a crisis body's or a
# council's minutes the situation report ("Krisledningsnämnden tackar för lägesbilden.").
THANKED_FOR = r"(?:informationen|dragningen|presentationen|redovisningen|rapporten|lägesbilden|lägesrapporten|föredragningen)"
NOTED = labels.Folded((
    labels.letter_led(r"\b(?:tack(?:a[rs]?|ade) för " + THANKED_FOR + r"|"
    r"notera[rs]? informationen|lägga[rs]? (?:informationen|rapporten|redovisningen) till handlingarna|"
    r"informationen (?:noteras|läggs till handlingarna)|godkänna informationen|"
    # "Nämnden tar del av informationen.", "har tagit del av redovisningen": taking note
    r"(?:ta|tar|tog|tagit|tas) del av)\b")))
APPROVAL = labels.Folded((
    r"^(?:att\s+)?(?:godkänna|godkänner|godkänns|ställa sig bakom|ställer sig bakom|anta|antar|"
    r"fastställa|fastställer|tillstyrka|tillstyrker|bifalla|bifaller|besluta att anta|"
    r"rekommendera|rekommenderar|bevilja|beviljar|"
    # "att lämna positivt förhandsbesked": a permission given (a negative one is other)
    r"lämna (?:ett )?positivt (?:förhandsbesked|besked|yttrande)|lämnar (?:ett )?positivt (?:förhandsbesked|besked|yttrande))\b"))

# An actor is a noun phrase naming someone who can be given a task.
# "s(?<!\ws)tad" is "\bstad" (and "v(?<!\wv)d\b" is "\bvd\b") written to start with a letter: when every
# alternative starts with a letter, re skips positions whose letter starts none (3x faster here).
ACTOR_WORD = labels.Folded(
    r"sekretariat|chef|nätverk|kommun|direktör|styrelse|grupp|område|råd\b|rådet|förvaltning|s(?<!\ws)tad|"
    # the sides of a negotiation or a co-operation group ("Arbetsgivaren kallar till ...")
    r"arbetsgivar|arbetstagarorganisation|"
    r"region|projekt|ledning|samordnare|ordförande|presidi|kansli|representant|deltagar|v(?<!\wv)d\b|"
    # the police and the organisations a council is made of ("Polisen återkommer ...", "Pensionärsorganisationerna
    # lämnar synpunkter ...")
    r"polis|organisation|"
    # a state agency or the county board reporting back to its council ("Myndigheten återkommer till rådet ...")
    r"myndighet|länsstyrelse|"
    # a company the meeting deals with ("Trafikbolaget återkommer med en kostnadsberäkning ...")
    r"bolag|"
    # a city's administration named as its office ("Exploateringskontoret får i uppdrag att ...", "Trafikkontoret")
    r"kontor")
_W = r"[\wåäöÅÄÖéü/-]+"
_ACTOR = rf"(?P<actor>{_W}(?:\s+{_W}){{0,7}}?)"
# An actor that stays inside its clause ("att notera att kommunen har åtagit sig att ...": "kommunen", not
# "notera att kommunen").
_ACTOR_WITHIN_CLAUSE = rf"(?P<actor>(?![Aa]tt\s){_W}(?:\s+(?![Aa]tt\s){_W}){{0,7}}?)"
_CLAUSE_START = r"(?:^|\b[Aa]tt\s+|[.;:]\s+)(?:och\s+)?"
# A view the meeting shares (or what it takes note of) is no task: "Styrelsen delar oron och ...", "Nämnden ser
# positivt på ..." (the verbs are tasks otherwise: "Per delar ut kallelsen", "Leif ser över försäkringen").
# Tested before a task verb.
_VIEW = (r"(?:delar\s+(?:inte\s+|ej\s+)?(?:\w+s\s+)?(?:uppfattning|oro|syn|åsikt|bedömning|farhåg|glädje|tanke|"
         r"mening|erfarenhet|värdering)|ser\s+(?:inte\s+|ej\s+)?(?:positivt|negativt|allvarligt|gärna|fram\s+emot|"
         r"med\s+oro)\b"
         # taking note is no task either: "Styrelsen tar del av informationen."
         r"|(?:tar|tog)\s+del\s+av\b"
         # raising a matter is telling it, not doing something about it: "Birgitta tar upp att det saknas bänkar"
         r"|(?:tar|tog)\s+upp\s+att\b"
         # nor is asking a question at the meeting: "Jörgen frågar hur ledsagarservicen fungerar" (not "frågar kommunen")
         r"|(?:frågar|frågade)\s+(?:hur|varför|när|vad|vem|vilken|vilket|vilka)\b"
         # nor is the answer given to it: "Exploateringsdirektören svarar att en lägesrapport lämnas i maj"
         r"|(?:svarar|svarade)\s+att\b)")
_HOLDS_VIEW = regexes.compile(rf"\s{_VIEW}", re.IGNORECASE)
_TASK_VERBS = (
    r"ska|skall|bör|måste|fortsätter|fortsätta|initierar|initiera|tar|ta|fattar|ansvarar|återkommer|"
    r"undersöker|utreder|verkar|genomför|bjuder|kallar|sammanställer|arrangerar|lämnar|redovisar|"
    r"återrapporterar|skriver|ser|tillsätter|påbörjar|planerar|bereder|samordnar|kontaktar|informerar|"
    r"utvärderar|återupptar|tillser|säkerställer|förbereder|presenterar|inkommer|skickar|uppdras|delar|"
    # an inquiry's secretariat working a draft over ("Sekretariatet bearbetar utkastet och skickar ...")
    r"bearbetar|färdigställer|"
    r"lyfter|hanterar|sammankallar|uppdaterar|följer|anordnar|utser|bevakar|stämmer|tydliggör|beställer")

# "uppdra/uppdrar/uppdrog/uppdras åt X att": the verbs that give a task to the actor after them.
# An order to an outside party gives it a task too: "att förelägga fastighetsägaren att senast den 31 maj ...".
# "Styrelsen ger i uppdrag åt plankommittén att ...": the task given with the actor after "åt"/"till".
_GIVES = r"\b(?:uppdra[rs]?|uppdrog|uppdrogs|uppdragit|uppmana[rs]?|uppmanade|uppmanades|förelägga|förelägger|förelade|" \
         r"(?:ge|ger|gav)\s+i\s+uppdrag(?=\s+(?:åt|till)\s))\b"
# _GIVES as a truth value, written to start with its literal "u" (the word start tested behind it, as in
# ACTOR_WORD): re then jumps from one "u" to the next instead of trying the pattern at every position.
_GIVES_WORD = labels.Folded(r"u(?<!\wu)pp(?:dra[rs]?|drog|drogs|dragit|mana[rs]?|manade|manades)\b|"
                            r"f(?<!\wf)öre(?:lägga|lägger|lade)\b|g(?<!\wg)(?:e|er|av)\s+i\s+uppdrag\s+(?:åt|till)\s")
_ASKED = r"\b(?:[Oo]mbads|[Oo]mbeds|[Aa]nmodades|[Aa]nmodas)\b"
_ASKED_WORD = labels.Folded(labels.word_led("ombads|ombeds|anmodades|anmodas|be|ber|bad"))
# "att be Lars Wedin komma med förslag ...", "Styrelsen bad Eva att återkomma ...": someone asked by name to act. The
# actor is a name (capitals), the task an infinitive ("be om ursäkt" names nobody).
_BIDS = r"\b(?:[Bb]e|[Bb]er|[Bb]ad)"
_BID_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü-]+){0,2}"
_BIDDEN = rf"(?P<actor>{_BID_NAME}(?:\s+och\s+{_BID_NAME})?)"
_BIDDEN_TASK = r"(?P<task>(?:[a-zåäö]+a|se|gå|nå|få)\b.+)"
# "åtar sig att", "åtog sig att", "har åtagit sig att": the actor before it takes the task on itself.
_UNDERTAKES = r"(?:(?:har|hade)\s+)?(?:åtar|åtog|åtagit)\s+sig"
_UNDERTAKES_WORD = labels.Folded(labels.word_led("åtar|åtog|åtagit"))
# (pattern, whether the actor must contain an actor word, a word the clause must hold for it to apply; the
# words as labels.word_led writes "\b(?:...)\b", which re searches several times faster)
PATTERNS = [
    # att uppdra till X att TASK
    (regexes.compile(rf"\b{_GIVES}\s+(?:till|åt)?\s*{_ACTOR}\s+att\s+(?P<task>.+)", re.IGNORECASE), False, _GIVES_WORD),
    # X får/ges/erhåller (i) uppdrag(et) att TASK ; X ges följande medskick: TASK
    (regexes.compile(rf"{_CLAUSE_START}{_ACTOR}\s+(?:får|ges|gavs|fick|erhåller|(?:har|hade)\s+fått)\s+"
                rf"(?:i\s+)?(?:uppdrag(?:et)?|uppgift(?:en)?(?=\s+att)|följande\s+(?:medskick|uppdrag))\s*(?:att\s*)?:?\s*"
                rf"(?P<task>.*)", re.IGNORECASE), False, labels.Folded(labels.word_led("får|ges|gavs|fick|erhåller|fått"))),
    # "Ombads Tobias Rask inkomma med förslag ...", "Anmodades kassören att ...": someone asked, in the passive
    # with its verb first (the fishery and road associations' minutes); the task starts at the infinitive
    (regexes.compile(rf"{_ASKED}\s+{_ACTOR}\s+(?:att\s+)?(?P<task>[a-zåäö].+)"), False, _ASKED_WORD),
    (regexes.compile(rf"{_BIDS}\s+{_BIDDEN}\s+(?:att\s+)?{_BIDDEN_TASK}"), False, _ASKED_WORD),
    # "Ärendet återremitteras till förvaltningen för att kompletteras med ... senast den 30 oktober": a case sent
    # back with what to do by when is a task for whom it goes to (without a deadline, "för komplettering", the
    # decision only sends it back)
    (regexes.compile(rf"\båterremitter(?:as|ades)\s+till\s+{_ACTOR}\s+(?P<task>för\s.*?\bsenast\s.+)", re.IGNORECASE),
     False, labels.Folded(labels.word_led("återremitteras|återremitterades"))),
    # "Föreningen åtar sig att ...", "Tekniska nämnden åtog sig att ...": whoever undertakes a task is given it (a
    # party to the minutes as much as an office; before "X ska TASK", whose "ta" would read "åtar sig att ta fram")
    (regexes.compile(rf"{_CLAUSE_START}{_ACTOR_WITHIN_CLAUSE}\s+{_UNDERTAKES}\s+att\s+(?P<task>.+)", re.IGNORECASE), False,
     _UNDERTAKES_WORD),
    # att X ska TASK ; X ska TASK
    (regexes.compile(rf"{_CLAUSE_START}{_ACTOR}\s+(?!{_VIEW})(?P<verb>{_TASK_VERBS})\s+(?P<task>.+)", re.IGNORECASE), True,
     labels.Folded(labels.word_led(_TASK_VERBS))),
]
_NOT_ACTORS = regexes.compile(r"^(?:möte|mötet|projektet|frågan|ärendet|beslutet|det|detta|man|information)\b",
                         re.IGNORECASE)
STARTS_ATT_CLAUSE = regexes.compile(r"^(?:och\s+)?att\s+", re.IGNORECASE)
# A sentence ends at a full stop (or "!", "?") before a capital: "(?<=[.!?])\s+(?=[A-ZÅÄÖ])", written to start
# with the space it consumes (re then skips straight to the spaces; a leading lookbehind is tried at every
# position). The stop of an abbreviation that never ends a sentence ("t.ex. Folkets hus", "bl.a. Region Norr")
# is none: see sentences().
SENTENCE_BREAK = regexes.compile(r"\s(?<=[.!?]\s)\s*(?=[A-ZÅÄÖ])")
# Within a sentence, clauses: "; " before a capital, a list point after a stop or a colon ("... år. – Pia beställer
# ...", "...: – Pia ..."), "och att", ", att" (the same matches as "(?<=;)\s+(?=[A-ZÅÄÖ])|,?\s+och\s+(?=att\s)|
# ,\s+(?=att\s)", led by the space or comma each consumes first).
_CLAUSE_BREAK_WITHIN = regexes.compile(r"[\s,](?:(?<=\s)(?:(?<=;\s)\s*(?=[A-ZÅÄÖ])|(?<=[.;:]\s)\s*(?=[-–—]\s+[A-ZÅÄÖ])|\s*och\s+(?=att\s))"
                                       r"|(?<=,)(?:\s+och\s+(?=att\s)|\s+(?=att\s)))")
_ABBREVIATION_CHARS = 8  # the longest of conventions.OPEN_ABBREVIATIONS ("fr.o.m."), with a parenthesis


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (one line or a paragraph), split where a full stop, "!" or "?" comes before a
    capital, but not after an abbreviation that never ends a sentence ("Maria bokar bl.a. Lövnäs spelmanslag
    senast den 1 maj." is one sentence; "... kl. 18. Sara bokar ..." two). The one sentence splitter of the
    parser: the decisions and tasks of a paragraph are judged a sentence at a time."""
    out: list[str] = []
    start = 0
    for m in SENTENCE_BREAK.finditer(text):
        before = text[max(start, m.start() - _ABBREVIATION_CHARS):m.start()].rsplit(None, 1)
        if before and before[-1].lstrip("(").lower() in conventions.OPEN_ABBREVIATIONS:
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return out


# A deadline: "senast den 1 juni", "till/vid/inför mötet den 17 maj", "presenteras vid ... den 17 maj".
DEADLINE = regexes.compile((
    r"(?:\bsenast(?:\s+(?:den|till|vid|på))?(?:\s+" + dates.WEEKDAY + r"(?:\s+den)?)?"
    r"|\b(?:till|vid|på|inför|före|innan|under)\s+(?:\w+\s+){0,2}?[\w-]*(?:möte|sammanträde|dialog|träff|stämma|"
    r"konferens|sammankomst|överläggning)\w*"
    r"(?:\s+\w+){0,2}?(?:\s+den)?"
    # "återrapportera till kommunstyrelsen den 5 juni", "redovisas för arbetsutskottet den 20 maj", "återkomma
    # till utskottet med en tidplan den 14 april": a report back to a body on a date
    r"|\b(?:till|för|vid|inför)\s+(?:[\wåäö-]+s\s+)?[\wåäö-]*(?:styrelse|nämnd|utskott|fullmäktige|direktion|"
    r"kyrkoråd|presidi|kommitté)[\wåäö]*(?:\s+[\wåäö]+){0,3}?\s+den"
    # "deadline 20 april", "Klart: 20/4"
    # "Deadline: 2025-07-01", "Förfallodatum: 2025-10-15" (a task tool's field after the task)
    r"|\b(?:(?:deadline|förfallodatum)\s*:?|klart\s*:)"
    r"|\b(?:före|innan|till)\s+den"
    # "före 1 april", "innan 15/5", "klart till 31 mars", "klar 10 maj": the date right after the word
    r"|\b(?:före|innan|klart?(?:\s+(?:till|före|senast))?))\s+$"), re.IGNORECASE)

# A decision that sets meeting dates: "sammanträder", "styrelsemöten" (a word ending in "möten"), "mötesplanen för
# 2021: ...". Used as a truth value only, so the words ending in a suffix are found by the suffix alone (a word
# ending in "möten" holds "möten" before a word end). Every alternative starts with its letter ("\bmöts" is written
# "m(?<!\wm)öts", as in ACTOR_WORD), which re skips to, and Folded runs it without IGNORECASE.
MEETING_DATES = labels.Folded(r"s(?<!\ws)ammanträder\b|s(?<!\ws)ammanträda\b|t(?<!\wt)räffas\b|m(?<!\wm)öts\b|"
                              r"m(?<!\wm)ötas\b|mötesdatum\b|mötestider\b|möten\b"
                              r"|mötesdagar\b|mötestillfällen\b|mötesplan(?:en)?\b|sammanträdesplan(?:en)?\b"
                              r"|sammanträden\b|sammanträdesdatum\b|sammanträdestider\b|sammanträdesdagar\b")
# Every alternative of MEETING_DATES holds one of these: a text without them is ruled out before it runs.
_MEETING_WORDS = ("möt", "sammanträd", "träffas")


# "(ansvar: Oskar Fält)", "(ansvarig: KL)" inside a decision names who carries it out.
_RESPONSIBLE_WORD = r"(?:ansvar|ansvarig|ansvariga|ansv\.?)\s*:\s*"
INLINE_RESPONSIBLE = regexes.compile(r"\(" + _RESPONSIBLE_WORD + r"(?P<who>[^()]+)\)", re.IGNORECASE)
# The label inside a task's closing parentheses: "(Ansvar: Annelie)".
RESPONSIBLE_LABEL = regexes.compile(_RESPONSIBLE_WORD, re.IGNORECASE)
# A sentence closed by who carries it out, after its full stop: "... senast den 20 mars. (Ansvar: Annelie)" ends there
# as a full stop ends it.
# A responsible tail that a wrap parted from its task: "(Ansvar: Per)" opening the next line, or "(Ansvar:" ending one.
RESPONSIBLE_OPENS = regexes.compile(r"\(" + _RESPONSIBLE_WORD, re.IGNORECASE)
RESPONSIBLE_OPEN_END = regexes.compile(r"\(" + _RESPONSIBLE_WORD + r"$", re.IGNORECASE)
RESPONSIBLE_TAIL = regexes.compile(r"[.!?]\s*\(" + _RESPONSIBLE_WORD + r"[^()]+\)\s*\.?$", re.IGNORECASE)


def ends_sentence_or_tail(text: str) -> bool:
    """Whether ``text`` ends a sentence: at its full stop, or at a responsible tail after it (RESPONSIBLE_TAIL)."""
    return text.endswith((".", "!", "?")) or text.endswith(")") and bool(RESPONSIBLE_TAIL.search(text))


DISTRIBUTES = regexes.compile(r"\bfördela(?:de|r|s|des)?\s+(?:följande\s+)?(?:ansvar|arbetsuppgifter|uppdrag)\w*\s*"
                         r"(?:enligt\s+följande)?\s*:", re.IGNORECASE)
DISTRIBUTED_TO = regexes.compile(r"\s[–—-]\s+(?P<who>[A-ZÅÄÖ][a-zåäöéü-]+(?:\s+[A-ZÅÄÖ][a-zåäöéü-]+)?)")


# Between the people a responsibility names: "Anna, Per och Lisa", "Anna/Per".
_WHO_SPLIT = regexes.compile(r"\s*,\s*|\s+och\s+|\s*/\s*")


def analyse(text: str, meeting_date: dt.date | None, initials: frozenset[str] = frozenset(),
            low: str | None = None) -> Decision:
    """``initials`` are the attendees' first names and initials ("Anna", "KL"), which minutes use as actors;
    ``low``, where given, is ``text.lower()`` (a caller that has it saves lower-casing a long text again)."""
    year = meeting_date.year if meeting_date else None
    low = text.lower() if low is None else low
    unfoldable = labels._unfoldable(low)
    # GIVE_TASK needs "uppdrag" and DISTRIBUTES "fördela": most decisions hold neither (see labels.may_hold).
    gives = may_give(low) and GIVE_TASK.search(text)
    if gives and len(parts := sentences(text)) > 1 and not GIVE_TASK.search(parts[0]):
        # "Tore tar fram en materiallista till styrelsens möte den 20 februari. Stämman ger styrelsen i uppdrag att
        # ...": the task given after a sentence of its own (a person's task): each sentence's actor with its date
        actions = _sentence_actions(text, year, initials)
    else:
        actions = person_actions(text, year, initials) if gives else _actions(text, year, initials)
    if actions and BODY_TAKES_NOTE.match(text):
        actions = []  # "Rådet noterar informationen och lämnar synpunkterna till socialnämnden."
    if not actions:
        actions = _sentence_actions(text, year, initials)
    remit = REMIT.search(text) if actions and "beredning" in low else None
    if remit:  # "Kommunfullmäktige lämnar medborgarförslaget till ... för beredning.": the body sends a matter on
        actions = [a for a in actions if a.assignee.lower() not in low[:remit.start()]]
    if ("fördela" in low or unfoldable) and DISTRIBUTES.search(text):
        # "Styrelsen fördelade följande ansvarsområden: Uthyrning – Björn Hedin Kanoter – Tilda Berg"
        for m in DISTRIBUTED_TO.finditer(text[DISTRIBUTES.search(text).end():]):
            if not any(a.assignee == m.group("who") for a in actions):
                actions.append(Action.made(assignee=m.group("who")))
    for m in INLINE_RESPONSIBLE.finditer(text):
        for who in _WHO_SPLIT.split(m.group("who").strip()):
            if who and not any(a.assignee.lower() == who.lower() for a in actions):
                actions.append(Action.made(assignee=who, due=_deadline(text, year)))
    if actions and " och " in text:
        # "Annika ansvarar för dansbanan och Kurt för midsommarstången.": a second attendee whose verb is left out
        for g in GAPPED_ACTOR.finditer(text):
            if g.group("who") in initials and not any(a.assignee == g.group("who") for a in actions):
                actions.append(actions[-1].copied(assignee=g.group("who")))
        # "Otto gör affischer och Elsa fixar kassan.": a second attendee with a task and a verb of their own
        for g in JOINED_TASK.finditer(text):
            if g.group("who") in initials and not any(a.assignee == g.group("who") for a in actions):
                actions.append(Action.made(assignee=g.group("who"), task=g.group("task"), due=_deadline(g.group(0), year)))
    if actions and ("just" in low or "prot" in low or "vara" in low):  # (the cheap gate: OFFICE_TASK's words)
        # "Beslutas att PÅ skall justera dagens protokoll.": an office of the meeting itself, filled at once
        actions = [a for a in actions if not (a.task and OFFICE_TASK.match(a.task))]
    for action in actions:
        action.due = _forward(action.due, text, meeting_date)
    return Decision.made(text=text, kind=kind_of(text, actions, low), actions=actions)


# A task that is an office of the meeting itself ("PÅ skall justera dagens protokoll", "X ska vara rösträknare"):
# an election, done at once, no task.
OFFICE_TASK = regexes.compile(r"^(?:(?:jämte\s+ordföranden\s+)?justera\s+(?:dagens\s+|mötets\s+|stämmans\s+)?"
                              r"protokoll(?:et)?|föra\s+(?:dagens\s+)?protokoll(?:et)?|vara\s+(?:mötes|stämmo)?"
                              r"(?:ordförande|sekreterare|justerare|rösträknare|protokollförare))\b", re.IGNORECASE)


def _forward(due: dt.date | None, text: str, meeting_date: dt.date | None) -> dt.date | None:
    """A deadline written without a year that would fall before the meeting is next year's ("senast den
    10 januari" in November minutes)."""
    if due and meeting_date and due.year == meeting_date.year and str(due.year) not in text:
        return dates.ahead_of(due, meeting_date)
    return due


def _actions(text: str, year: int | None, initials: frozenset[str] = frozenset()) -> list[Action]:
    out: list[Action] = []
    clauses = _clauses(text)
    groups: list[list[int]] = []  # the actions each clause that gave any gave ("X och Y": two)
    owner: list[int] = []  # clause index → index of the group it belongs to (-1 before the first)
    for k, clause in enumerate(clauses):
        action = _action(clause)
        # A task sentence later in the decision: "Arbetsdag hålls 14 april. Mia skickar ut kallelse ...",
        # "att ställa sig bakom ansökan och att Per Sand undertecknar ...".
        if action:
            actors = _actors(action.assignee)
            # one actor, as nearly always: the action itself (a copy would hold the same)
            found = [action] if actors == [action.assignee] else \
                [action.copied(assignee=a) for a in actors]
        else:
            found = person_actions(clause, None, initials, strict=True) if k or STARTS_ATT_CLAUSE.match(clause) else []
            if not k and not found and len(clauses) > 1:
                # The first clause is left to analyse's reading of the whole text, unless an attendee (a first
                # name or initials) acts in it: "P-OS ansvarar för ... Tommy ansvarar för ..." gives both, where
                # "Föreningen bjuder på korv. – Selma köper ..." leaves the body's sentence as the context. (Where
                # no roll names anyone, a given name acts as an attendee's would: "Sara bokar istider ... Kjell
                # informerar lagledarna." gives both, as task_sentence's strict reading does.)
                found = [a for a in person_actions(clause, None, initials, strict=True)
                         if a.assignee in initials or not initials and names.is_first_name(a.assignee)]
        new = []
        for action in found:
            if not any(a.assignee.lower() == action.assignee.lower() and a.task == action.task for a in out):
                new.append(len(out))
                out.append(action)
        if new:
            groups.append(new)
        owner.append(len(groups) - 1)
    # A deadline may stand in a later sentence ("Ett utkast ska presenteras vid mötet den 17 maj").
    for g, members in enumerate(groups):
        own = " ".join(c for c, o in zip(clauses, owner) if o == g)
        for k in members:
            out[k].due = _deadline(own, year)
    return out


def _sentence_actions(text: str, year: int | None, initials: frozenset[str]) -> list[Action]:
    """person_actions of each sentence of ``text`` on its own ("Lotta tar upp frågan på rektorsmötet. Camilla
    kontaktar kommunen före den 1 maj." gives both, each with its own task and deadline); a sentence that gives
    no one a task may still hold the deadline of the task before it ("Per tar fram ett utkast. Det presenteras
    vid mötet den 17 maj.")."""
    parts = sentences(text)
    if len(parts) == 1:
        return person_actions(text, year, initials)
    groups: list[tuple[list[Action], list[str]]] = []
    for sentence in parts:
        found = person_actions(sentence, year, initials)
        if found:
            groups.append((found, [sentence]))
        elif groups:
            groups[-1][1].append(sentence)
    for found, own in groups:
        for action in found:
            action.due = action.due or _deadline(" ".join(own), year)
    return [a for found, _ in groups for a in found]


# What a body appoints someone to at the meeting itself: the offices of the minutes.
FILLS_OFFICE = regexes.compile(r"\b(?:justera|föra\s+(?:dagens\s+)?protokoll|till\s+(?:mötes|stämmo)?(?:ordförande|"
                          r"sekreterare|justerare|justeringsperson|rösträknare|protokollförare))", re.IGNORECASE)


def _action(clause: str) -> Action | None:
    low = labels.lowered(clause)
    if not _GIVES_WORD.search(clause, low) and not ACTOR_WORD.search(clause, low) \
            and not GROUP_ACTOR_WORD.search(clause, low) and not _ASKED_WORD.search(clause, low) \
            and not _UNDERTAKES_WORD.search(clause, low):
        return None
    for pattern, needs_actor_word, hint in PATTERNS:
        if not hint.search(clause, low):
            continue
        m = pattern.search(clause)
        # "att bifalla motionen med tillägget att styrelsen tar fram ...": where the first clause start gives no
        # actor, a later "att" may (the task of the clause within)
        while m and needs_actor_word and (not _acts(_clean_actor(m.group("actor")) or "")
                                          or _ACTOR_SPANS_CLAUSE.search(m.group("actor"))):
            m = pattern.search(clause, m.start("actor") + 1)
        if not m:
            continue
        actor = _clean_actor(m.group("actor"))
        if actor and " och " in actor:
            actor = _joined_actor(actor)
        if not actor or (needs_actor_word and not _acts(actor)):
            continue
        if needs_actor_word and _HOLDS_VIEW.search(m.group("actor")):
            continue  # "Styrelsen delar oron och tar upp frågan ...": the view's subject, no actor given a task
        task = m.group("task").strip().rstrip(".")
        verb = m.groupdict().get("verb")
        if verb and verb.lower() in ("ska", "skall", "bör", "måste") and STATE_VERB.match(task):
            continue  # "att styrelsen ska bestå av fem ledamöter" sets a state, it gives no task
        if verb and verb.lower() in ("ska", "skall", "bör", "måste") and PASSIVE_TASK.match(task):
            continue  # "att kommunens informationsnummer ska hållas öppet ...": what is to be done to a thing
        if verb and verb.lower() == "utser" and FILLS_OFFICE.search(task):
            continue  # "Kyrkorådet utser X att jämte ordföranden justera protokollet": an election, done at once
        if verb and verb.lower() not in ("ska", "skall", "bör", "måste"):
            task = f"{verb} {task}"  # "fortsätter planering av ..." is the task itself
        return Action.made(assignee=actor, task=task or None)
    return None


# "Till suppleanter finns inga kandidater och styrelsen får i uppdrag att ...": a clause of report joined by "och"
# to the clause that gives the task, whose actor is the body or office after "och".
# (The actor named in its definite form, "styrelsen", "valberedningen"; a noun phrase before "och" that starts
# with one, "nätverket för infrastruktur och kollektivtrafik", is one actor.)
_JOINED_ACTOR = regexes.compile(r"^(?P<before>.+?)\s+och\s+(?P<actor>[a-zåäö][\wåäö-]*(?:en|et|na|n))$")
_DEFINITE = regexes.compile(r"^[\wåäöÅÄÖ-]+(?:en|et|na|n)$")
JOINED_CLAUSE_MIN_WORDS = 3  # a clause of report before "och" has a verb and more: longer than an actor's name


def _joined_actor(actor: str) -> str:
    """The actor after "och" where what stands before it is a clause of report, not a second actor."""
    m = _JOINED_ACTOR.match(actor)
    if m is None:
        return actor
    before = m.group("before").split()
    if len(before) < JOINED_CLAUSE_MIN_WORDS or all(w[:1].isupper() for w in before) or _acts(before[-1]) \
            or _DEFINITE.match(before[0]):
        return actor
    return m.group("actor")
# "att föreslå kommunfullmäktige att motionen ska anses besvarad": an actor phrase never spans an inner "att"
# (what stands before it is the clause's own verb and object, the actor comes after it if anywhere).
_ACTOR_SPANS_CLAUSE = regexes.compile(r"\satt\s", re.IGNORECASE)


def _acts(actor: str) -> bool:
    """Whether the head of a noun phrase names someone who acts: a body or office ("styrelsen", "kassören"); an
    office of a group ("kassören"), not the deciding body itself ("Föreningen anordnar ..." records what it does)."""
    head = _head(actor)
    return bool(ACTOR_WORD.search(head) or _NAMED_BOARD.search(head)
                or GROUP_ACTOR_WORD.search(head) and not conventions.deciding_body(head))


# "ska vara/bestå av/gälla ...": a state the decision sets, not a task.
STATE_VERB = regexes.compile(r"^(?:vara|bestå|gälla|utgöra|utgå|ha|få|kvarstå|ligga|uppgå|omfatta|avse)\b", re.IGNORECASE)


# "ska hållas öppet", "ska redovisas": a passive verb after "ska"; its subject is what the task is done to, no actor
# (a verb that meets or is heard from, "ska träffas", "ska höras", has its subject for actor)
# (nor an adverb that ends so: "ska inledningsvis utreda", "ska dels utreda ..., dels ...")
PASSIVE_TASK = regexes.compile(r"^(?!(?:träffas|ses|mötas|höras|samlas|dels)\b)(?![a-zåäö]*vis\b)[a-zåäö]{2,}[^s\W]s\b")


# Of those, the ones only a thing does (a person "ska vara" or "ska ha" something to do): "Taxan ska gälla ...",
# "Avgiften ska uppgå till ...". A capitalised word before them reads as a first name otherwise (task_sentence).
STATE_ONLY = regexes.compile(r"^(?:gälla|bestå|utgöra|uppgå|omfatta|avse|kvarstå|träda\s+i\s+kraft)\b", re.IGNORECASE)


_PERSON_NAME = regexes.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü-]+){0,2}")


def _actors(actor: str) -> list[str]:
    """ "ordföranden och kassören", "Per Berg och Lisa Holm": one actor each, where every part names one
    (an office, a group that acts, a person); "nätverket för infrastruktur och kollektivtrafik" and
    "kultur- och fritidschefen" stay one."""
    if " och " not in actor or _PREPOSITION.search(actor) or "- och " in actor:
        return [actor]
    parts = [p.strip() for p in _ACTOR_JOIN.split(actor) if p.strip()]
    if len(parts) < 2 or not all(ACTOR_WORD.search(p) or GROUP_ACTOR.search(p) or _PERSON_NAME.fullmatch(p)
                                 or _NAMED_ORGANISATION_WHOLE.fullmatch(p) for p in parts):
        return [actor]
    return parts


def _head(actor: str) -> str:
    """The noun phrase's head, before a preposition: "arvodet till styrelsen" → "arvodet"."""
    return _PREPOSITION.split(actor, 1)[0]


def _clauses(text: str) -> list[str]:
    """Sentences and "och att"-joined clauses, dash lists kept with the clause they complete."""
    parts = [c for sentence in sentences(text) for c in _CLAUSE_BREAK_WITHIN.split(sentence)]
    out: list[str] = []
    for part in parts:
        point = _LIST_POINT.match(part)
        if point and part[point.end():point.end() + 1].isupper():
            out.append(part[point.end():])  # "– Pia beställer ...": a sentence of its own in a list of tasks
        elif out and _DASH_START.match(part):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _clean_actor(actor: str) -> str | None:
    actor = _LEADING_CONJUNCTION.sub("", actor.strip())
    if _NOT_ACTORS.match(actor) or len(actor.split()) > 7:
        return None
    return actor


def deadline(text: str, meeting_date: dt.date | None) -> dt.date | None:
    """The deadline ``text`` sets ("senast 15/4"), a date without a year taking the meeting's."""
    return _forward(_deadline(text, meeting_date.year if meeting_date else None), text, meeting_date)


# "till 2025-04-30", "tar fram ett förslag till 15/2": a bare "till" sets a deadline only before a date in
# digits (ISO or day/month), and not where it ends a period ("från 2025-04-01 till 2025-04-30").
UNTIL_ISO = regexes.compile(r"\btill\s+$", re.IGNORECASE)
PERIOD_START = regexes.compile(r"\bfrån\b|\bfr\.?o\.?m\b", re.IGNORECASE)


# A deadline given as a week or as the year's end, after a word that makes it one: "senast v. 12", "klart
# vecka 48", "till årsskiftet", "före årsskiftet" ("från årsskiftet", "lappar vecka 16" say when, not by when).
_BY = r"\b(?:senast(?:\s+(?:i|till|vid|under))?|till|före|innan|klart?(?:\s+(?:till|senast|före))?)\s+"
WEEK_DEADLINE = regexes.compile(_BY + r"(?:(?:i\s+)?slutet\s+av\s+)?(?=v|V)" + dates.WEEK.pattern, re.IGNORECASE)
YEAR_END_DEADLINE = regexes.compile(_BY + r"(?:års(?:skiftet|slut(?:et)?)|nyår(?:et)?)\b", re.IGNORECASE)
# A month's end as the deadline: "före sista mars", "senast i slutet av april", "före utgången av maj", "senast i juni"
# ("under mars", "i mars" alone say when, not by when)
MONTH_END_DEADLINE = regexes.compile(
    r"\b(?:(?:senast|före|innan|till|klart?)\s+(?:den\s+)?(?:sista|(?:i\s+)?slutet\s+av|utgången\s+av)|senast\s+i)\s+"
    rf"(?P<month>{dates.MONTH_NAMES})\b\.?(?:\s+(?P<year>\d{{4}}))?", re.IGNORECASE)


def _deadline(task: str, year: int | None) -> dt.date | None:
    for date, m in dates.find_dates(task, year):
        before = task[: m.start()][-80:]
        if DEADLINE.search(before):
            return date
        if (m.group("iso") or m.group("nd")) and UNTIL_ISO.search(before) and not PERIOD_START.search(before[-40:]):
            return date
    if year is None:
        return None
    # (cheap tests first: most tasks name neither a week, which needs a digit, nor the year's end)
    w = WEEK_DEADLINE.search(task) if dates.DIGIT.search(task) else None
    if w:
        return dates.week_day(int(w.group("year") or year), int(w.group("week")))
    low = task.lower()
    if ("årss" in low or "nyår" in low) and YEAR_END_DEADLINE.search(task):
        return dt.date(year, 12, 31)
    m = MONTH_END_DEADLINE.search(task) if ("sista" in low or "slutet" in low or "utgången" in low or "senast i" in low) \
        else None
    return dates.month_end(int(m.group("year") or year), dates.MONTHS[m.group("month").lower()]) if m else None


def scheduled_meetings(text: str, meeting_date: dt.date | None, low: str | None = None) -> list[ScheduledMeeting]:
    """Meeting dates a decision sets ("sammanträder 8:30 – 13:00 på följande datum: - 23 januari ..."); ``low``,
    where given, is ``text.lower()``."""
    low = text.lower() if low is None else low
    if not any(word in low for word in _MEETING_WORDS) and "stämma" not in low and not labels._unfoldable(low):
        return []
    if not MEETING_DATES.search(text, low):
        one = decided_meeting(text, meeting_date)
        return [one] if one else []
    years = re.findall(r"\b(20\d\d)\b", text)
    year = int(years[0]) if years else (meeting_date.year if meeting_date else None)
    span = dates.time_span(text)
    found = [d for d, m in dates.find_dates(text, year) if not m.group("iso")]
    if len(found) < 2:
        return []
    start = span[0] if span else dates.clock(text)  # "samtliga kl. 18.30"
    if not years and meeting_date:
        # A schedule looks ahead: "13 januari, 10 februari" decided in October are next year's dates.
        found = [dates.ahead_of(d, meeting_date) for d in found]
    return [ScheduledMeeting.made(date=d, start_time=start, end_time=span[1] if span else None) for d in found]


# One meeting a decision sets, of any kind: "att ett extra medlemsmöte om bryggan hålls den 14 maj kl. 18.00",
# "att kalla till extra föreningsstämma den 3 juni", "att nästa möte hålls ...". Its date is the first one in the
# same clause after the meeting's word; a date before the meeting's own (a deadline, a past meeting) is none.
DECIDED_MEETING = regexes.compile(
    r"(?:möte|sammanträde|stämma)t?\b[^.;:]{0,60}?\s(?:hålls|hålles|(?:ska|skall)\s+hållas|äger\s+rum|"
    r"(?:ska|skall)\s+äga\s+rum)\b|\b(?:hålla|kalla\s+till|genomföra|anordna)\s+(?:ett\s+|en\s+)?(?:[\wåäö]+\s+)?"
    r"[\wåäö]*(?:möte|sammanträde|stämma)\b", re.IGNORECASE)
_CLAUSE_END = regexes.compile(r"[.;](?:\s+[A-ZÅÄÖ]|\s*$)|\soch\s+att\s|,\s+att\s")  # not "kl. 18.00"


def decided_meeting(text: str, meeting_date: dt.date | None) -> ScheduledMeeting | None:
    """The meeting ``text`` (a decision) sets for a date, with its time; None where it sets none."""
    m = DECIDED_MEETING.search(text)
    if m is None:
        return None
    clause = text[m.start():]
    end = _CLAUSE_END.search(clause, m.end() - m.start())
    meeting = next_meeting(clause[:end.start()] if end else clause, meeting_date, title_says=True)
    if meeting is None or meeting_date is not None and meeting.date <= meeting_date:
        return None
    return meeting


# --- decisions recorded in running text ------------------------------------------------------------
# A decision written as its participle alone ("Godkänt.", "Fastställd."), as a heading's text after its semicolon.
LONE_PARTICIPLES = ("godkänt", "godkänd", "godkända", "fastställt", "fastställd", "antaget", "antagen", "beviljat",
                    "beviljad", "bifallet", "bifallen")
# "Dagordningen godkändes.", "Mötet väljer Anna Ek till ordförande.", "Ärendet bordläggs.", "Styrelsen
# beviljas ansvarsfrihet.", "Föregående protokoll lades till handlingarna.", "attsats 1 bifalles".
RUNNING = labels.Folded(
    labels.letter_led(r"\b(?:godkändes|godkänns|godkänner|godkände|godkännes|fastställdes|fastställs|fastställer|fastställde|"
    r"antogs|antas|antar|antog|beviljades|beviljas|beviljar|beviljade|bifölls|bifalls|bifalles|bifaller|biföll|"
    r"avslogs|avslås|avslår|avslog|noterades|noteras|noterar|noterade|bordläggs|bordlades|bordlägges|återremitteras|"
    # "Rapporterna antecknades till protokollet.": taking note in the minutes' own words
    r"(?:antecknades|antecknas|antecknade|antecknar)\s+(?:\S+\s+){0,2}?till\s+protokollet|"
    # "Kommittén ställer sig bakom ansökan.": a position the body takes
    r"(?:ställer|ställde|ställs)\s+sig\s+bakom|"
    # "Anmäles och antecknas socialutskottets protokoll ...": a case system's formula for reports taken note of
    r"(?:anmäles|anmäls|anmäldes)\s+och\s+(?:antecknas|antecknades|läggs\s+till\s+handlingarna)|"
    # "Nästa möte bestämdes till 12 oktober.", "Jaktavgiften beslutades till 2 600 kronor.": what was fixed, in
    # the passive without "att"
    r"(?:bestämdes|beslutades|fastslogs)\s+till|"
    # "Röstlängden justerades till 62 ombud.": a congress or fullmäktige settles its roll with the verb of checking
    r"röstlängden\s+justerades|"
    # a deferral, as "Ärendet bordläggs": "Tas upp igen på nästa möte.", "Frågan tas upp på nytt i höst.", "Frågan
    # om en körresa tas upp på nästa möte.", "Frågan tas upp vid nästa styrelsemöte.", "Frågan tas upp vid ordinarie
    # stämma." (an extra stämma's question left to the next ordinary one)
    # (not one put off until something comes in: "Ärendet tas upp på nästa möte när offerten kommit.")
    r"tas\s+upp\s+(?:igen|på\s+nytt|(?:på|vid)\s+(?:nästa|kommande|ordinarie)\s+(?:möte|styrelsemöte|sammanträde|"
    r"stämma|föreningsstämma|årsstämma|årsmöte|medlemsmöte)(?!\s+(?:när|om|då|efter)\b))|"
    r"återremitterades|(?:lades|läggs|lägges)\s+(?:\S+\s+){0,3}?till\s+handlingarna|väljer|valde|"
    # "Nämnden tar del av informationen.", "Styrelsen har tagit del av rapporten." (taking note)
    r"tar\s+del\s+av|tog\s+del\s+av|(?:har|hade)\s+tagit\s+del\s+av|"
    r"(?:om|ny|åter)?valdes|(?:om|ny)?väljs|"
    r"utsågs|utses|utser|utsåg|adjungeras|adjungerades|uppdrog|uppdrogs|uppdras|uppdrar|konstituerade\s+sig|konstituerar\s+sig|"
    # "Styrelsen konstituerades enligt följande:": the board's offices given out, in the passive
    r"konstituerades|"
    # "Konstaterades att årsmötet valt ...": a finding recorded, the passive first as in "Beslutades att"
    r"konstaterades(?<=^konstaterades)\s+att|"
    # "Förklarades Ingrid Malm (M) vald till ersättare ...", "Förklarades interpellationen besvarad.", "Förklarades
    # att frågan bordläggs ...": the older verb-first ruling (not "Förklarades mötet öppnat", a chair's act)
    r"förklarades(?<=^förklarades)\s+(?:att\b|(?:\S+\s+){1,6}?(?:vald[ae]?|valt|besvara[dt]e?)\b)|"
    r"ombads|ombeds|anmodades|anmodas|"
    # "Protokollet blev godkänt av styrelsen.": the passive with "blev"/"blir" and the participle
    r"(?:blev|blir)\s+(?:godkän[dt]a?|fastställ[dt]a?|antag(?:en|et|na)|beviljad?e?t?|bifall(?:en|et|na))|"  # "Ombads iFiskeguiden inkomma med offert.": a task asked for
    # "Interpellationen anses besvarad.", "Motionen remitteras till kommunstyrelsen.", "Ärendet överlämnas ..."
    r"(?:anses|ansågs|förklaras|förklarades)\s+besvara[dt]e?|remitteras|remitterades|överlämnas|överlämnades|"
    r"avskrivs|avskrevs|entledigas|entledigades|"
    # "Styrelsen enades om att ...", "Mötet kom överens om att ...", "Styrelsen tillsatte en arbetsgrupp ..."
    r"enades\s+om|kom\s+överens\s+om|tillsatte|tillsattes|tillsätts|"
    # "Parterna är överens om att ...": a negotiation's or a co-operation group's outcome, as "kom överens om"
    r"(?:är|var|blev)\s+(?:överens|eniga|ense)\s+om|"
    r"(?:ger|gav)\s+(?:\S+\s+){0,6}?(?:i\s+uppdrag|mandat\s+att|fullmakt\s+att)|"
    # "Årsmötet gav styrelsen ansvarsfrihet …", "Styrelsen fick full ansvarsfrihet …": the discharge in other verbs
    r"(?:ger|gav|får|fick|erhåller|erhöll)\s+(?:\S+\s+){0,3}?ansvarsfrihet|"
    r"fördelade\s+(?:följande\s+)?(?:ansvar|arbetsuppgifter|uppdrag)\w*|"
    r"förklarades\s+(?:stadgeenligt|behörigen|behörigt|i\s+behörig\s+ordning|laga)|förklarades\s+(?:omedelbart\s+)?"
    r"justera[dt]|förklarar\s+sig|ansåg\s+att\s+(?:kallelse|mötet|stämman)|"
    # "Paragrafen justeras omedelbart.": the case system's wording of the same, present tense
    r"justeras\s+omedelbart|"
    # "Utskottet justerade protokoll 2025/26:8.", "Utskottet justerade betänkande 2025/26:KrU4.": a Riksdag
    # committee settles its minutes and its reports so
    r"(?:justerade|justerar)\s+(?:\S+\s+){0,2}?(?:protokoll|betänkande|yttrande)\b|"
    r"tack(?:ar|ade)\s+för\s+" + THANKED_FOR + r"|"
    # "Insynsrådet gav följande medskick till landshövdingen:": what a council passes on, as the seeds' "X ges
    # följande medskick:" after "Mötet beslutar" (the lines under its colon belong to it)
    r"(?:ger|gav|ges|gavs|lämnar|lämnade)\s+följande\s+medskick|"
    # "Kyrkofullmäktige sammanträder 2026 den 26 maj och den 24 november kl. 19.00.": the year's meeting dates
    # set in running text under the item that plans them
    r"sammanträder\s+(?:under\s+)?(?:år\s+)?\d{4}\s+(?:följande\s+dagar|den\s+\d{1,2})|"
    r"(?:anser|ansåg)\s+sig\s+(?:stadgeenligt|behörigen|i\s+behörig\s+ordning|stadgeenligt\s+och\s+behörigen)\s+"
    r"(?:utlyst|kallat|kallad|sammankallat|sammankallad)|"
    # "Stämman finner att stämman är i laga ordning utlyst.", "Årsmötet ansågs stadgeenligt utlyst."
    r"(?:finner|fann|ansågs|anses|ansåg|anser)\s+(?:att\s+)?(?:\S+\s+){0,4}?(?:stadgeenligt|behörigen|behörigt|"
    r"i\s+(?:laga|behörig|stadgeenlig)\s+ordning)\s+(?:utlyst|utlysts|kallat|kallad|sammankallat|sammankallad|kungjort|kungjord|kungjorts)|"
    # "Årsmötet ansågs vara utlyst i behörig ordning.": the manner after the participle
    r"(?:ansågs|anses|ansåg|anser|befanns|förklarades)\s+(?:sig\s+)?(?:vara\s+)?(?:utlyst|kallat|kallad|"
    r"sammankallat|sammankallad)\s+(?:stadgeenligt|behörigen|i\s+(?:laga|behörig|stadgeenlig|vederbörlig)\s+ordning)|"
    # "Stämman konstaterade att kallelsen skett i stadgeenlig ordning.": the calling in the other word order
    r"(?:finner|fann|konstaterar|konstaterade|konstaterades)\s+att\s+(?:\S+\s+){0,4}?(?:utlyst|utlysts|kungjorts|"
    r"skett|gjorts|gått\s+ut|kallats)\s+(?:stadgeenligt|behörigen|i\s+(?:laga|behörig|stadgeenlig|vederbörlig)\s+ordning|"
    # "... att kallelse skett enligt stadgarna.", "... skett i stadgeenlig tid." (a road or VA association's stämma)
    r"enligt\s+stadgarna|i\s+(?:stadgeenlig|rätt|laga)\s+tid)|"
    # "Styrelsen befanns vara beslutsför.", "Mötet konstaterades vara beslutsmässigt.": the quorum recorded
    # (Finland-Swedish "beslutfört" without the s)
    r"(?:befanns|befinns|konstaterades|konstateras|förklarades|förklaras|ansågs|anses)\s+(?:vara\s+)?"
    r"(?:beslutsför|beslutsmässig|beslutför)\w*|"
    # "Årsmötet konstaterades lagenligt sammankallat och beslutfört.": the calling found lawful, the participle after
    r"(?:konstaterades|konstateras|förklarades|förklaras|befanns)\s+(?:vara\s+)?(?:lagenligt|stadgeenligt|"
    r"behörigen|behörigt)\s+(?:utlyst|kallat|kallad|sammankallat|sammankallad)|"
    # "Styrelsen konstaterar att den är beslutsför.", "... att sju av nio ledamöter är närvarande och att
    # styrelsen är beslutsför.": the quorum found in a that-clause, a record like "Mötet anser sig stadgeenligt utlyst."
    r"(?:finner|fann|konstaterar|konstaterade|konstaterades)\s+att\s+(?:\S+\s+){0,14}?(?:är|var)\s+"
    r"(?:beslutsför|beslutsmässig)\w*|"
    # "Föreningens firma tecknas av ordförande och kassör var för sig.": who signs for the organisation
    r"firma(?:n)?\s+tecknas|"
    # "Ingen ersättning till styrelsen skall utgå.", "Arvode ska utgå med 300 kr per möte.": a remuneration fixed
    # (an annual meeting's "Fastställande av arvoden"), told without a decision verb
    r"(?:arvode|arvoden|arvodet|ersättning|ersättningen|reseersättning|mötesarvode)\s+(?:\S+\s+){0,4}?"
    r"(?:skall|ska)\s+utgå|"
    # "Omval på Berit Sand och Jon Ek.", "Nyval av Kajsa Lind.": an election written without its verb
    # (only as the sentence's first words: "ställer upp för omval på ett år" records nothing)
    r"omval(?<=^omval)\s+(?:på|av)|nyval(?<=^nyval)\s+(?:på|av)|"
    # "Kassör Rolf Wiik, omval 2 år.", "Suppleant: Tage Molin, nyval på 1 år.": the office, the name and the
    # mandate, an election written as a list line
    r"(?:omval|nyval)(?<=,\somval|,\snyval)\s+(?:på\s+)?(?:\d{1,2}|ett|två|tre)\s+år|"
    # "Stadgeenliga val av styrelse och revisorer förrättas enligt valberedningens förslag.": elections held
    r"(?:förrättas|förrättades)\s+enligt\s|"
    # "Styrelseledamöter: Omval på A och B.", "Fyllnadsval, efter Per Ek, av Rune Ek.": the same after the office
    # they are elected to, and an election to a vacant seat
    r"(?:styrelse|revisors)?(?:ledamöter|ledamot|suppleanter|suppleant|revisorer|revisor|ersättare):\s+(?:omval|nyval)"
    r"\s+(?:på|av)|"
    r"fyllnadsval(?<=^fyllnadsval)\s*,?\s+(?:efter|på|av)\b|"
    # "Valet av ordförande för årsmötet föll på Göran Fjäll.": the election told by whom it fell on
    r"valet(?<=^valet)\s+av\s+(?:\S+\s+){1,6}?föll\s+på|"
    # "Uppdrag åt styrelsen att utse ombud.": a task given in a noun phrase, without its verb
    r"uppdrag(?<=^uppdrag)\s+(?:ges\s+|gavs\s+)?åt\s|"
    # "Stämman befanns vara i stadgeenlig ordning utlyst.": the manner before the participle
    r"(?:ansågs|anses|befanns|förklarades|förklaras)\s+(?:vara\s+)?i\s+(?:laga|behörig|stadgeenlig|vederbörlig)\s+ordning\s+"
    r"(?:utlyst|kallat|kallad|sammankallat|sammankallad)|"
    # "Justeringspersoner Kristina Jonsson och Bente Sörlin.": the adjusters named without a verb, as the sentence
    r"(?:justeringspersoner(?<=^justeringspersoner)|justerare(?<=^justerare)|protokolljusterare(?<=^protokolljusterare))"
    r"\s+[\wåäöé-]+(?:\s+[\wåäöé-]+){0,2}\s+(?:och|samt)\s|"
    # "2. Kallelsen; Godkänt.": the participle alone after a heading's semicolon records the decision
    + "|".join(rf"{w}(?<=^{w})(?=\.?$)" for w in LONE_PARTICIPLES) + r")\b"))
# Sentences that report a proposal, a discussion or another body's decision are not decisions.
NOT_RUNNING = labels.Folded(
    labels.letter_led(r"\b(?:föreslår|föreslog|föreslås|yrkar|yrkade|tillstyrker|tillstyrkte|rekommenderar|diskuterade|"
    r"diskuterades|inget beslut|inte|ej|har|hade|ska|skall|kommer|kan|bör|skulle|om att|huruvida|framgår|framgick)\b"))
# A term of the organisation's changed, told in the present passive without a formula: "Hyresavtalet med X förlängs
# ett år.", "Priset för ett bastupass höjs till 40 kr från den 1 juni." A small board's minutes record their decision
# so where the item has no other (see minutes: _terms_changed); a report of what happens by itself or by another's
# decision is none ("Enligt avtalet förlängs ...", "... förlängs automatiskt", "Hyran höjs enligt hyresavtalet").
TERMS_CHANGED = regexes.compile(
    r"^(?!(?:Enligt|Som|Om|Då|När|Eftersom|Efter|Under|Från|Även|Det|Detta|Den|Man|Vi)\b)[A-ZÅÄÖ][\wåäö-]*"
    r"(?:\s+(?!(?:ska|skall|kommer|kan|bör|har|hade|måste|inte|ej|att)\b)[\wåäöÅÄÖ0-9-]+){0,5}?\s+"
    r"(?:höjs|sänks|förlängs|förnyas|sägs\s+upp|utökas|avvecklas|avskaffas|införs|tas\s+bort)\b"
    r"(?![^.]*\b(?:automatiskt|enligt\s+(?:avtal|hyresavtal|kontrakt|index|lag)\w*)\b)[^?]*\.?$")


# A task given in a sentence of its own: "Lisa ska ta fram ...", "Jonas kontaktar ...", "Styrelsen fick i
# uppdrag att ...".
TASK_PRESENT = (
    r"ska|skall|kontaktar|tar|skickar|sammanställer|meddelar|frågar|sätter|ansöker|beställer|bokar|ordnar|undersöker|"
    r"utreder|utvärderar|återkommer|ringer|mejlar|mailar|köper|kollar|hör|pratar|uppdaterar|förbereder|bjuder|kallar|"
    r"skriver|lämnar|bearbetar|färdigställer|tittar|fixar|ansvarar|bevakar|håller|planerar|organiserar|sköter|samordnar|tillfrågar|"
    r"påminner|levererar|publicerar|lägger|gör|ser|följer|arrangerar|kontrollerar|ombesörjer|tecknar|"
    r"undertecknar|informerar|begär|beställer|hämtar|köper|säljer|städar|skaffar|reviderar|sammankallar|betalar|"
    r"åtar\s+sig|tar\s+fram|tar\s+över|svarar|besvarar|granskar|ringer|bjuder\s+in|ordnar|utformar|"
    r"företräder|representerar|fick|får|ges|gavs|erhåller|har\s+fått|hade\s+fått|"
    r"annonserar|delar|"  # "Anna delar materialet i Teams", "Per delar ut kallelsen" (not a view shared: _VIEW)
    # everyday tasks of a board: "Sara samlar in nycklarna", "Ola lagar bommen", "Leif ser över försäkringen"
    r"samlar\s+in|handlar|lagar|reparerar|byter|målar|rensar|tar\s+hand\s+om|ser\s+över|sätter\s+upp|"
    # a bygdegård's or a club's evenings: "Maj och Eva dukar från kl. 15", "Eva står för fikat", "Kjell förhandlar
    # med orkestern om arvodet" (what a member brings, not what a body pays for: "Klubben står för lunchen")
    r"dukar|bakar|förhandlar|står\s+för\s+(?:fikat?|kaffet|kaffebrödet|maten)\b|"
    # ("anmäler intresse": one wishes to take part, and is given nothing to do; "anmäler jäv": one steps aside)
    r"köper\s+in|letar\s+upp|kartlägger|inventerar|fakturerar|anmäler(?!\s+(?:sitt\s+|sina\s+|sitt\s+stora\s+)?intresse|\s+jäv\b)|"
    r"registrerar|förnyar|säger\s+upp|"
    r"avbokar|återkopplar|stämmer\s+av|håller\s+i|tar\s+kontakt|hör\s+av\s+sig|"
    # a meeting with someone outside, a promise: "Petra och Hadi träffar hyresgästföreningen ...", "Johan lovade
    # att ta fram ..." (the task after "att")
    r"träffar|lovade\s+att|lovar\s+att|åtog\s+sig\s+att|"
    # sending word round: "Mattias går ut via sms och ber medlemmarna om hjälp"
    r"går\s+ut|"
    # continuing a task already given: "Anna och Per fortsätter med översynen", "Lisa följer upp ..."
    r"fortsätter|fortsätter\s+med|följer\s+upp|driver\s+vidare|arbetar\s+vidare|"
    # a group formed for a task: "Åsa, Carolina och Hans bildar en arbetsgrupp som planerar ..."
    r"bildar|"
    # seeking money or a permit, putting a fault right: "Pelle söker bidrag ...", "Lena rättar kalendern",
    # "Rolf felanmäler hissen till hyresvärden", "Vaktmästaren åtgärdar läckan"
    r"söker|rättar|felanmäler|åtgärdar|"
    # what someone is to report or complete, set to a deadline: "Arbetsgivaren redovisar utfallet senast den 31
    # mars.", "Ekonomichefen kompletterar prognosen skriftligt." ("Kassören redovisar ekonomin." with no deadline
    # reports, and is no task)
    r"redovisar(?=[^.]*\bsenast\b)|återrapporterar|kompletterar|"
    # a club's practical work: "Kent och Sten slutför avtalet med markägaren", "Mats och Annika märker ut den nya
    # sträckningen", "Tore monterar målet"
    r"slutför|märker\s+ut|monterar|"
    # "Revisorerna beslutar att Lars Ek och Jan Mörk genomför intervjuerna ...": whom the work is given to
    r"genomför")
# A person as minutes name one: a first name, with a surname or two, or with the surname's initial only ("Lars N",
# "Mattias I": a board that knows its members writes them so).
_PERSON = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖ][a-zåäöéü-]+){1,2}|\s+[A-ZÅÄÖ]\.?(?=\s)|)"
_GROUP = r"[A-ZÅÄÖ][a-zåäö-]+(?:-\s+(?:och|&)\s+[a-zåäö-]+)?(?:en|et|na|erna|arna|orna)"  # "Miljö- och byggchefen"
# The task tests below ask these of every task sentence: compiled once, not looked up in re's cache per call.
_GROUP_WHOLE = regexes.compile(_GROUP)  # (with fullmatch)
_GROUP_TO_END = regexes.compile(_GROUP + "$")  # (with match: "$" also before a final newline)
_PASSIVE_AFTER = regexes.compile(r"\s+\w+[^s\W]s\b")  # "ska" then a passive verb: "Listan ska lämnas"
_GIVEN_TASK = regexes.compile(r"\s*(?:i\s+)?(?:uppdrag|uppgift)")  # "har fått i uppgift att"
_TASK_WORD_LEAD = regexes.compile(r"^(?:i\s+)?(?:uppdrag(?:et)?|uppgift(?:en)?)\s+att\s+")
# What joins two actors of one task: "A, B och C", "Lars+Mattias", "A & B", "A i samarbete med B", "A tillsammans med B".
# (never after a hyphen: "Kultur- och fritidschefen" is one office, "Barn- och utbildningsnämnden" one actor)
ACTOR_JOIN = r"\s*,\s*|(?<!-)\s+och\s+|\s*\+\s*|(?<!-)\s+&\s+|\s+(?:i\s+samarbete|tillsammans)\s+med\s+"
_ACTOR_JOIN = regexes.compile(ACTOR_JOIN)
# How the actors carry a task out, said between them and the verb: "Mattias i samarbete med Lisa via sms hör ...".
_ACTOR_MEANS = r"(?:\s+(?:via|per)\s+(?:sms|mejl|mail|e-post|telefon|brev|hemsidan|facebook))?"
# "Kommunens handläggare", "Föreningens kassör": an office of a named body.
_GENITIVE_OFFICE = r"[A-ZÅÄÖ][a-zåäö-]+s\s+[a-zåäö-]+(?:are|ör|chef|ent|ant|man|en|et|na|erna|arna|orna)"
# A further actor after "och" or a comma: a person, or an office in lower case ("Anna Ek och kyrkoherden").
_OFFICE_LOWER = r"[a-zåäö][a-zåäö-]+(?:en|et|na|erna|arna|orna)"
# A counted group acts as one: "Alla tre frågar ...", "Båda två kontaktar ...", "Alla fyra ledamöterna i
# festkommittén ringer ..." (a bare "Alla" is no actor: _TASK_NOT_ACTOR).
# (a group that acts together is small: its count written as a word up to tio, or in digits)
GROUP_COUNTS = r"två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d{1,2}"
_COUNTED_GROUP = (rf"(?:Alla|Samtliga|Båda)\s+(?:{GROUP_COUNTS})(?=\s)"
                  r"(?:\s+[a-zåäö-]+(?:na|erna|arna|orna))?(?:\s+(?:i|från|ur|inom)\s+[a-zåäöé-]+(?:en|én|et|na))?")
# An office written as its capitals ("VD återkommer med en förstudie ...", "HR tar fram ..."): a company's or an
# administration's officer acts under the abbreviation (conventions.ROLE_ABBREVIATIONS).
_OFFICE_ABBREVIATION = "(?:" + "|".join(sorted(conventions.ROLE_ABBREVIATIONS, key=lambda w: (-len(w), w))) + r")(?=\s)"
# Each member of a group acts for itself: "Varje kommun anmäler ...", "Respektive förening skickar ..." (the spec's
# "varje kommundirektör").
_EACH_MEMBER = r"(?:Varje|Respektive|Var\s+och\s+en\s+av\s+de)\s+[a-zåäö][a-zåäö-]+"
_EACH_MEMBER_WHOLE = regexes.compile(_EACH_MEMBER)  # (with fullmatch)
# An organisation named by its initials and where it stands ("PRO Åby", "SPF Seniorerna Björkvik", "RPG Ekeby"): the
# local branches of the pensioners' and disability organisations that a council's minutes give tasks to.
_NAMED_ORGANISATION = r"[A-ZÅÄÖ]{2,5}(?:\s+[A-ZÅÄÖ][a-zåäöéü-]+){1,3}"
_NAMED_ORGANISATION_WHOLE = regexes.compile(_NAMED_ORGANISATION)  # (with fullmatch)
# A municipality or a region by its name ("Storå kommun", "Lindås stad", "Region Mellanmark"): the public bodies a
# joint group's notes give a task to together ("Region Mellanmark och Storå kommun tar fram ..."). First in the
# sentence only with another actor joined: "Ramsvik kommun ansöker om medel ..." alone tells what the case is.
_PUBLIC_BODY = r"(?:Region\s+[A-ZÅÄÖ][a-zåäö-]+|[A-ZÅÄÖ][a-zåäö-]+(?:s)?\s+(?:kommun|stad))(?=\s|,)"
# Alone, a public body is an actor where it undertakes the work or answers for it ("Luleå kommun leder arbetet med
# ...", "Bodens kommun ansvarar för utbildningsdagen"), or where the sentence sets it a deadline (PUBLIC_BODY_DUE):
# "Piteå kommun ansöker om medel ..." without one tells what the case is.
PUBLIC_BODY_UNDERTAKES = (r"leder|ansvarar|samordnar|åtar\s+sig|håller\s+i|sammankallar|tar\s+fram|tar\s+på\s+sig|"
                          r"bjuder\s+in|återkommer|ska|skall")
PUBLIC_BODY_ALONE = regexes.compile(rf"^(?P<actor>{_PUBLIC_BODY})\s+(?!{_VIEW})"
                                    rf"(?P<verb>{PUBLIC_BODY_UNDERTAKES}|{TASK_PRESENT})\b", re.UNICODE)
_UNDERTAKES_VERB = regexes.compile(rf"(?:{PUBLIC_BODY_UNDERTAKES})$")
TASK_SENTENCE = regexes.compile(
    rf"^(?P<actor>(?:{_COUNTED_GROUP}|{_EACH_MEMBER}|{_GENITIVE_OFFICE}|{_PUBLIC_BODY}(?={ACTOR_JOIN})|{_PERSON}|{_GROUP}"
    rf"|{_NAMED_ORGANISATION}"
    rf"|{_OFFICE_ABBREVIATION})"
    rf"(?:(?:{ACTOR_JOIN})(?:{_PUBLIC_BODY}|{_PERSON}|{_NAMED_ORGANISATION}|{_OFFICE_LOWER})){{0,3}})"
    rf"{_ACTOR_MEANS}\s+(?!{_VIEW})(?P<verb>{TASK_PRESENT})\b", re.UNICODE)
# Initials as actors ("KL och AR tecknar avtalet"), accepted where they are an attendee's.
_INITIALS = conventions.INITIALS
INITIALS_SENTENCE = regexes.compile(
    rf"^(?P<actor>{_INITIALS}(?:(?:\s*,\s*|\s+och\s+){_INITIALS})*)\s+(?!{_VIEW})(?P<verb>{TASK_PRESENT})\b", re.UNICODE)
_TASK_NOT_ACTOR = regexes.compile(r"^(?:Mötet|Ärendet|Frågan|Det|Den|Detta|Denna|Dessa|Man|Vi|Alla(?!\s+(?:"
                             rf"{GROUP_COUNTS})\b)|Inget|Ingen|Någon|"
                             r"Planen|Beslutet|Förslaget|Protokollet|Kallelsen|Arbetet|Budgeten|Rapporten|Temat|"
                             # a steering group's status report: "Projektet följer tidplanen.", "Projektet håller
                             # budget." (the project is where the work stands, not who does it)
                             r"Projektet|Tidplanen|Tidsplanen|Ekonomin|Läget)\b")
def office_actor(text: str) -> bool:
    """Whether a word group names an office or a body that acts ("kassören", "kyrkoherden", "styrelsen")."""
    return bool(ACTOR_WORD.search(text) or GROUP_ACTOR.search(text) or _NAMED_BOARD.search(text)
                or conventions.role_base(text))


# A board named by its field ("Socialnämnden", "Överförmyndarnämnden"), unlike "Nämnden" alone: another body the
# decision gives a task ("Socialnämnden ska redovisa utfallet senast ..."), as "Kommunstyrelsen" is.
_NAMED_BOARD = regexes.compile(r"[a-zåäö]{3}nämnd(?:en)?$", re.IGNORECASE)


GROUP_ACTOR = regexes.compile(r"(?:kassör|sekreterar|valberedning|revisor|förening|kommitté|ansvarig|ledare|"
                         r"administratör|samordnare|handläggare|förvaltare|vaktmästare|"
                         # the sides of a samråd, joint actors with the municipality or each other ("Kommunen och
                         # byalaget bjuder tillsammans in ...", "Hyresgästföreningen och hyresvärden ...")
                         r"byalag|hyresvärd)", re.IGNORECASE)
_GIVEN = regexes.compile(r"^(?:får|fick|ges|gavs|erhåller|(?:har|hade)\s+fått)$")
# GROUP_ACTOR run over the lower-cased text (see labels.Folded): it is tried on every clause of a decision.
GROUP_ACTOR_WORD = labels.Folded(GROUP_ACTOR.pattern)


# Page furniture that text extraction leaves among the decisions: rules, signature boxes.
# A running footer: "Exempelklubben – protokoll nr 3/2024", "Brf Exemplet, protokoll nr 9", "… · Sida 1 av 3".
FURNITURE = regexes.compile(r"^(?:[_.\-–—=\s]{3,}|(?:justerandes|justerarnas|ordförandens|sekreterarens)\s+"
                       r"(?:sign|signatur|signaturer|signum)\b.*|utdragsbestyrkande\b.*|"
                       r"(?:[^.!?]{0,80}\s)?sida\s+\d+(?:\s*\(\d+\)|\s+av\s+\d+)?|"
                       r"[^.!?]{0,60}\bprotokoll\s+(?:nr\.?\s*)?\d+(?:\s*/\s*\d{2,4}|\s*\(\d{4}(?:/\d{2,4})?\))?|"
                       # a Finland-Swedish protocol's last cell, where it is laid out for the public to see: "Till
                       # påseende   Tisdagen den 17.6.2025 på kommunkansliet", "Protokollet framlagt till påseende ..."
                       r"(?:protokollet\s+(?:har\s+varit\s+|är\s+)?(?:framlagt|framlagd)\s+)?till\s+påseende\b.*)$",
                       re.IGNORECASE)


# A note on the meeting's own procedure below its decisions: "Justeringen sker på kansliet.", "Justering sker den 5
# maj." (when and where the minutes are checked: nothing the body decides on a matter).
PROCEDURE_NOTE = regexes.compile(r"^justering(?:en)?\s+(?:sker|äger\s+rum|görs)\b", re.IGNORECASE)


def furniture(text: str) -> bool:
    """Whether a paragraph is page furniture ("________", "Justerandes sign  Utdragsbestyrkande")."""
    text = text.strip()
    # Every alternative of FURNITURE but the rule line needs one of these words: most paragraphs hold none.
    if text[:1] not in _RULE_START:
        low = labels.lowered(text)
        if "sign" not in low and "utdragsbestyrkande" not in low and "sida" not in low and "protokoll" not in low \
                and "påseende" not in low and not labels._unfoldable(low):
            return False
    return bool(FURNITURE.match(text))


_RULE_START = frozenset("_.-–—=")


# A present passive followed by when it will happen tells of a later decision: "Programmet fastställs vid
# styrelsemötet i augusti".
LATER = regexes.compile(r"^\s+(?:\S+\s+){0,3}?(?:vid|på|under|inför|efter)\s+(?:nästa|kommande|ett\s+senare|\w*möte[t]?\b|"
                   r"\w*sammanträde[t]?\b|hösten|våren|sommaren|vintern)|^\s+(?:senare|längre\s+fram)\b", re.IGNORECASE)


# A decision verb in the active voice, one word ("fastställde", "valde", "antog", "biföll", "godkänner").
ACTIVE_VERB = regexes.compile(r"[a-zåäö]+(?:de|te|og|öll|åg|er|ar)", re.IGNORECASE)


# A subject that names its question ("Frågan om att delta nästa år bordläggs", "Motionen från X om att köpa
# kanoter bifölls"): its "om att" reports nothing.
ABOUT_SUBJECT = regexes.compile(r"^(?:Frågan|Ärendet|Förslaget|Motionen|Punkten|Beslutet)(?:\s+(?:från|av)\s+"
                                r"[\wåäöÅÄÖ-]+(?:\s+[\wåäöÅÄÖ-]+){0,3}?)?\s+om\s+(?:att\s+)?")


# A side of a negotiation or a co-operation group (MBL, FSG, LSG) states its position on the employer's proposal:
# "Arbetstagarorganisationerna tillstyrker förslaget.", "Vision tillstyrker förslaget under förutsättning att ...",
# "Musikerfacket avstyrker.", "Saco är inte överens med arbetsgivaren.". The minutes record it as the parties' outcome, as "Parterna är överens om att ...";
# the same verb from anyone else ("Förvaltningen tillstyrker motionen") is a proposal (PROPOSES).
UNIONS = (r"Kommunal|Vision|Vårdförbundet|Sveriges\s+Lärare|Lärarförbundet|Lärarnas\s+Riksförbund|Akademikerförbundet\s+SSR|"
          r"Ledarna|Sveriges\s+Ingenjörer|Unionen|Saco(?:-S)?|OFR|Fysioterapeuterna|Läkarförbundet|Naturvetarna|Akavia|DIK|"
          r"Seko|IF\s+Metall|Byggnads|Handels|Brandmännens\s+Riksförbund|Sveriges\s+Arkitekter|Journalistförbundet|"
          r"Fastighetsanställdas\s+förbund|Transport|Livs|Elektrikerna|Målarna")
PARTY_POSITION = regexes.compile(
    rf"^(?:(?:De\s+)?(?:arbetstagar|arbetsgivar)(?:organisationerna|organisationen|parten|sidan|företrädarna|företrädaren)|"
    rf"(?:De\s+)?fackliga\s+(?:organisationerna|företrädarna|representanterna)|[\wåäöÅÄÖ-]*facket|"
    rf"(?:{UNIONS})(?:\s*(?:,|och|samt)\s*(?:{UNIONS}))*)\s+(?:tillstyrker|tillstyrkte|avstyrker|avstyrkte|"
    # where the sides part: "Vision är överens med arbetsgivaren om förslaget.", "Kommunal är inte överens ..."
    rf"(?:är|var|blev)\s+(?:inte\s+|ej\s+)?(?:överens|eniga|ense))\b", re.IGNORECASE)
# A council that advises by its position states it as its decision: "Programrådet tillstyrker förslaget.",
# "Programrådet tillstyrker inte förslaget i nuvarande form." (a programme council, a faculty's committee). Only a
# deciding body as the subject (conventions.deciding_body): "Förvaltningen tillstyrker motionen" is a proposal (PROPOSES).
BODY_POSITION = regexes.compile(r"^(?P<subj>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2}?)\s+"
                                r"(?:tillstyrker|tillstyrkte|avstyrker|avstyrkte)\b")
_CLAUSE_BREAK = regexes.compile(r"\s+och\s+|[,:;]\s+")


def running_decision(sentence: str) -> bool:
    """Whether a sentence of running text records a decision of the meeting."""
    if labels.formula_of(sentence) is not None or PARTY_POSITION.match(sentence) or labels.ADVICE.match(sentence):
        return True
    position = BODY_POSITION.match(sentence) if "styrk" in sentence else None
    if position and conventions.deciding_body(position.group("subj")):
        return True
    m = RUNNING.search(sentence)
    if not m or "proposition" in sentence.lower():
        return False  # "... godkänner följande propositionsordning/voteringsproposition: ...": how the vote is put
    # What blocks a decision verb is in its own clause: "Frågan diskuterades och ärendet bordlades" is one.
    clause = _CLAUSE_BREAK.split(sentence[: m.start()])[-1]
    clause = ABOUT_SUBJECT.sub("", clause, count=1)  # "Frågan om att ha dans bordläggs": "om att" names the question
    if m.group(0).endswith("s") and LATER.match(sentence[m.end():]):
        return False
    if ACTIVE_VERB.fullmatch(m.group(0)) and dates.DIGIT.search(clause) and dates.first_date(clause, 2000):
        return False  # "Tränarmötet den 20 februari fastställde schemat": another meeting's decision, reported
    if FINDING.match(m.group(0)) and CHAIR_SUBJECT.match(sentence) and QUORUM_WORD.search(sentence, m.start()):
        return False  # "Ordföranden ... konstaterar att nämnden är beslutsför": the chair's statement, not the body's record
    if MEMBER_NOTES.match(sentence):
        return False  # "Gudrun Sjöberg (S) antecknar till protokollet att ...": a member's note, not the body's record
    return not NOT_RUNNING.search(clause) and (not PROPOSES.search(sentence) or bool(PROPOSAL_ADOPTED.search(sentence)))


# A member who has a note entered ("Gudrun Sjöberg (S) antecknar till protokollet att ..."): a protokollsanteckning,
# written as a decision's "antecknar" with a person, not the body, as its subject.
MEMBER_NOTES = regexes.compile(r"^[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,3}\s*(?:\([^()]{1,12}\))?\s+(?:låter\s+)?"
                               r"anteckna(?:r|de|s)?\b")
# A finding of quorum ("konstaterar att ... är beslutsför") is the body's record when the body finds it
# ("Styrelsen konstaterar att den är beslutsför."), not when the chair says so.
FINDING = regexes.compile(r"(?:finner|fann|konstaterar|konstaterade)\s", re.IGNORECASE)
QUORUM_WORD = regexes.compile(r"\bbeslut(?:sför|sfört|sföra|smässig)", re.IGNORECASE)
CHAIR_SUBJECT = regexes.compile(r"^(?:mötes|stämmo|årsmötes)?ordförande(?:n)?\b", re.IGNORECASE)


# A proposal adopted in a relative clause after it: "... och föreslog dagordning, som godkändes.".
PROPOSAL_ADOPTED = regexes.compile(r",\s+som\s+(?:godkändes|antogs|bifölls|fastställdes|godtogs)\b", re.IGNORECASE)


# A sentence that proposes rather than decides ("Styrelsen föreslår att motionen avslås.", "Per yrkade bifall.").
PROPOSES = regexes.compile(r"\b(?:föreslår|föreslog|yrkar|yrkade|tillstyrker|inget beslut)\b", re.IGNORECASE)


def _task_match(sentence: str, initials: frozenset[str] = frozenset()) -> re.Match | None:
    m = INITIALS_SENTENCE.match(sentence) if initials else None
    if m and all(a in initials for a in _ACTOR_JOIN.split(m.group("actor"))):
        return m
    m = TASK_SENTENCE.match(sentence)
    if m is None and (alone := PUBLIC_BODY_ALONE.match(sentence)) and _public_body_task(alone, sentence):
        return alone
    return m


ANY_YEAR = 2000  # a leap year: whether a text sets a deadline at all, whatever its year ("senast den 29 februari")


def _public_body_task(m: re.Match, sentence: str) -> bool:
    """Whether a public body alone as ``m``'s actor is given a task: its verb undertakes the work, or the sentence sets
    a deadline ("Älvsbyns kommun skickar in underlaget senast den 15 april")."""
    return bool(_UNDERTAKES_VERB.match(m.group("verb").lower())) or _deadline(sentence, ANY_YEAR) is not None


# A report in the past or present, not a task: "Eva Strömberg informerar om läget", "Linda lämnar sin tjänst".
REPORTED = regexes.compile(r"\b(?:informerar|informerade|redogör|redogjorde|rapporterar|berättar|presenterar|föredrar)"
                      r"(?:\s+\S+)?\s+om\b|\b(?:informerar|redogör|rapporterar|berättar)\s*:|\blämnar\s+sin\b")


# "informerar om ..." / "informerar: ...": someone tells the meeting; "informerar medlemmarna om ..." is a task.
# "meddelar att ..." / "informerar att ...": an announcement to the meeting ("Ordföranden meddelar att
# sammanträdet flyttas"), no task; "meddelar kommunen att ..." names whom to tell, and is one.
INFORMS_MEETING = regexes.compile(r"\s+(?:om\b|kort\b|mötet\b|styrelsen\b|nämnden\b|att\b|:)", re.IGNORECASE)
# The verbs that report to the meeting when INFORMS_MEETING follows them.
# ("Marianne påminner om städdagen den 12 april." reminds the meeting; "påminner medlemmarna om ..." is a task)
ANNOUNCING_VERBS = frozenset({"informerar", "meddelar", "påminner"})
# "Ida frågar om sektionen kan köpa in en ny kaffebryggare.": a question raised at the meeting (whether something
# can or shall be done), no task; "Sigge frågar fritidspersonalen om nya hopprep" asks someone, and is one.
ASKING_VERBS = frozenset({"frågar", "undrar"})
# ... or about a thing named right after the verb ("Rut frågar om busshållplatsen vid kyrkan.", "Per undrar
# angående vägbelysningen."): a question raised under Övriga frågor, the task (if any) in the next sentence.
# Someone asked is named before "om" ("Per frågar kommunen om ..."): a task.
ASKS_MEETING = regexes.compile(r"\s+(?:(?:om|huruvida|varför|hur|när|vad|vem)\s+(?:\S+\s+){0,4}?"
                               r"(?:kan|ska|skall|får|bör|borde|går|kommer|finns)\b|(?:om|angående|kring)\s+(?:de|den|det|"
                               r"[\wåäö-]+(?:en|et|na|erna|arna|orna|ningen)\b))", re.IGNORECASE)
# What a member "lämnar" to the minutes themselves: a note, a reservation, a statement (not a task); or to the
# meeting there and then: a report ("David lämnar en lägesrapport.", "... lämnar information om ...").
RECORDS_STATEMENT = regexes.compile(r"\s+(?:följande\s+|en\s+|ett\s+|sin\s+|skriftlig\s+|muntlig\s+|kort\s+){0,2}"
                                    r"(?:protokollsanteckning|anteckning|reservation|särskilt\s+yttrande|"
                                    # (a report handed in later is a task: "... lämnar en rapport till styrelsen")
                                    r"(?:[\wåäö]*rapport|information|redogörelse|lägesbeskrivning)\b"
                                    r"(?![^.]*\b(?:till|senast|inför|före)\b))\b", re.IGNORECASE)


def report_task(sentence: str, initials: frozenset[str]) -> bool:
    """Whether a sentence of an item's report (beside its "Beslut") gives a task: only with a sure actor,
    and not a sentence that reports what someone told the meeting."""
    if not task_sentence(sentence, initials, strict=True) or REPORTED.search(sentence):
        return False
    # Another board named in a case's report acts there only where it is told to ("Socialnämnden ska redovisa
    # ..."); "Socialnämnden begär ett tilläggsanslag" reports what it asked for.
    m = _task_match(sentence, initials)
    return not (m and _NAMED_BOARD.search(m.group("actor")) and m.group("verb").split()[0].lower() not in _TOLD_VERBS)


_TOLD_VERBS = frozenset({"ska", "skall", "får", "bör", "måste"})


# A task line that names who carries it out in parentheses at its end: "Boka lokal till vårmötet (Anna)",
# "Beställa anläggningen (Viktor, Ida)". The word before is no name, so "Anna Ek (S)" is never one. OneNote's and
# Outlook's task lines give the due date after a dash: "Beställa takplåt (Per Hjort) – 2025-03-20".
_DASHED_DUE = r"(?:\s+[–—-]\s+(?P<due>\d{4}-\d{2}-\d{2}))?"
PAREN_ASSIGNEE = regexes.compile(r"(?<=[a-zåäö0-9.,])\s+\((?P<who>[A-ZÅÄÖ][^()]{0,60})\)" + _DASHED_DUE + r"\s*\.?\s*$")


# A line that tells how an earlier task stands, with who did it in parentheses ("Gemensam lokalbokning för hösten
# är klar (Sara).", "Inbjudan till utbildningen gick ut i september (Amira)."): a finite verb of state or of the
# past, where a task line is an infinitive or an imperative ("Boka lokal till vårmötet (Anna)").
DONE_REPORT = regexes.compile(r"\b(?:är|var|blev|har|hade|gick|kom|fick|finns|fanns)\b|\b\w{2,}(?:ades|ade|des|tes)\b",
                              re.IGNORECASE)


_DASHED_DUE_CHARS = len(") – 2025-03-20.")  # the parenthesis closes this near the line's end, or the line is none


def _dashed_due(line: str) -> dt.date | None:
    """The due date a task line gives after its assignee and a dash ("Beställa takplåt (Per Hjort) – 2025-03-20")."""
    m = PAREN_ASSIGNEE.search(line)
    if not (m and m.group("due")):
        return None
    try:
        return dt.date.fromisoformat(m.group("due"))
    except ValueError:  # "2025-13-40": no date
        return None


def paren_actors(sentence: str, initials: frozenset[str]) -> list[str]:
    """The attendees (first names or initials) a task line names in parentheses at its end, else []."""
    m = PAREN_ASSIGNEE.search(sentence) if ")" in sentence[-_DASHED_DUE_CHARS:] else None
    if not m or DONE_REPORT.search(sentence[:m.start()]):
        return []
    labelled = RESPONSIBLE_LABEL.match(m.group("who"))
    who = [w.strip() for w in _WHO_SPLIT.split(m.group("who")[labelled.end() if labelled else 0:]) if w.strip()]
    # "Påminnelse skickas senast den 20 mars. (Ansvar: Annelie)": the label says the names carry the task out
    return who if who and all(attendee_actor(w, initials) or labelled and w[:1].isupper() for w in who) else []


# A task line of a to-do list that names who carries it out first, before a colon, the task after it in lower
# case: "Anton: hämta tälten från bygdegården, senast 20/11", "Lena och Omar: kolla priser på cykelställ". Only
# attendees (first names or initials) before the colon: "Lucia: ..." or "Ordförande: Nora" is none.
_ACTORS_JOINED = r"\s*,\s*|\s+och\s+|\s*&\s*|\s*/\s*"  # between the actors of a to-do line: "Lena, Omar & Siri:"
_ACTORS_JOIN = regexes.compile(_ACTORS_JOINED)
# An actor is a first name or initials, or an attendee's full name as a task tool writes it ("Anders Brink: Boka
# bowlinghallen. Förfallodatum: 2025-10-15", Teams' and Loop's follow-up tasks).
_COLON_ACTOR = r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,2}"
# Such a tool writes the task capitalised, in the infinitive ("Boka", "Ta fram", "Presentera"): a capitalised word
# after the colon is taken for a task only where it ends as an infinitive does and its object follows in lower case,
# so "Karin: Kommunen har svarat." (a report under a round of news) and "Justerare: Anna Ek" are none.
_INFINITIVE_TASK = r"(?:[A-ZÅÄÖ][a-zåäö]*a|Ta|Gå|Se|Få|Dra|Nå)\s+[a-zåäö]"
COLON_ASSIGNEE = regexes.compile(r"^(?P<who>" + _COLON_ACTOR + r"(?:(?:" + _ACTORS_JOINED + r")" + _COLON_ACTOR + r"){0,3})"
                                 r"\s*:\s+(?P<task>(?:[a-zåäö]|" + _INFINITIVE_TASK + r").*)$")


def attendee_actor(who: str, initials: frozenset[str]) -> bool:
    """Whether ``who`` names an attendee: a first name or initials of the roll's (``initials``, see
    minutes.initials_of), or a full name whose first name is one ("Anders Brink")."""
    return who in initials or who.split()[0] in initials


def colon_actors(sentence: str, initials: frozenset[str]) -> tuple[str, list[str]] | None:
    """(task, actors) of a to-do line "Name: task" whose every actor is an attendee, else None."""
    m = COLON_ASSIGNEE.match(sentence.strip()) if ":" in sentence[:60] else None
    if m is None:
        return None
    who = [w.strip() for w in _ACTORS_JOIN.split(m.group("who")) if w.strip()]
    if not who or not all(attendee_actor(w, initials) for w in who):
        return None
    return m.group("task").strip().rstrip("."), who


# A task whose actor comes last, after the task: "Kallelsen skickas ut senast 3 februari, Johanna ansvarar.",
# "Nycklarna lämnas till vaktmästaren – kassören fixar." (the verbs that say who sees to it, as the last words).
TRAILING_VERBS = ("ansvarar", "fixar", "ordnar", "sköter")
TRAILING_ACTOR = regexes.compile(
    rf"^(?P<task>.+?)\s*[,;–—-]\s*(?P<actor>(?:{_PERSON}|{_OFFICE_LOWER})(?:(?:\s*,\s*|\s+och\s+)(?:{_PERSON}|"
    rf"{_OFFICE_LOWER})){{0,2}})\s+(?:{'|'.join(TRAILING_VERBS)})\s*\.?\s*$")


def trailing_actors(sentence: str, initials: frozenset[str]) -> tuple[str, list[str]] | None:
    """(task, actors) of a task sentence whose actor comes last ("..., Johanna ansvarar."), where every actor is
    surely one (an attendee's first name or initials, a full name, an office), else None."""
    if not sentence.rstrip(" .").endswith(TRAILING_VERBS):
        return None  # (the cheap test first: few sentences end so)
    m = TRAILING_ACTOR.match(sentence.strip())
    if m is None:
        return None
    actors = [a.strip() for a in _ACTOR_JOIN.split(m.group("actor")) if a.strip()]
    if not all(a in initials or len(a.split()) >= 2 or office_actor(a) for a in actors):
        return None
    return m.group("task").strip(), actors


# A task told in the passive with its actors after "av": "Godis till festen ska inhandlas av Alva och Liam senast
# den 24 oktober.", "Kallelsen skall skickas ut av sekreteraren."
PASSIVE_BY = regexes.compile(
    rf"^(?P<task>[A-ZÅÄÖ].*?\s(?:ska|skall)\s+(?:[a-zåäö]+\s+)?[a-zåäö]{{3,}}as(?:\s+(?:ut|in|upp|fram|över|bort))?)\s+av\s+"
    rf"(?P<actor>(?:{_PERSON}|{_OFFICE_LOWER})(?:(?:\s*,\s*|\s+och\s+)(?:{_PERSON}|{_OFFICE_LOWER})){{0,3}})"
    r"(?![\wåäö-])")


# ... and in the present passive without "ska": "Ett förslag tas fram av Anna Sjödin.", "Inköpslistan sammanställs
# av Marcus Ek senast 1 november." (not the past: "föredrogs av", "lades fram av", "lästes upp av", "skrevs av"; nor
# what is reported, led or decided at the meeting: "informeras av", "leds av", "beslutas av årsmötet")
_MEETING_PASSIVES = (r"(?:informeras|föredras|presenteras|redovisas|rapporteras|meddelas|leds|öppnas|avslutas|"
                     r"justeras|väljs|beslutas|fastställs|godkänns|antas|behandlas|bordläggs|diskuteras)")
PRESENT_PASSIVE_BY = regexes.compile(
    # (a supine after "har"/"hade" is no present: "Förhinder hade anmälts av A och B"; nor is what may be done
    # after "kan"/"kunde" a task: "lokalen kan bokas av föreningarna från den 1 februari")
    rf"^(?P<task>[A-ZÅÄÖ].*?\s(?<!har\s)(?<!hade\s)(?<!kan\s)(?<!kunde\s)(?!{_MEETING_PASSIVES}\b)[a-zåäö]{{2,}}(?<!de)(?<!te)(?<!og)(?<!ev)s"
    r"(?:\s+(?:ut|in|upp|fram|över|bort))?)\s+av\s+"
    rf"(?P<actor>(?:{_PERSON}|{_OFFICE_LOWER})(?:(?:\s*,\s*|\s+och\s+)(?:{_PERSON}|{_OFFICE_LOWER})){{0,3}})"
    r"(?![\wåäö-])")


def passive_actors(sentence: str, initials: frozenset[str]) -> tuple[str, list[str]] | None:
    """(task, actors) of a task told in the passive ("X ska inhandlas av Alva och Liam ...", "X tas fram av Anna
    Sjödin."), where every actor is surely one (an attendee's first name or initials, a full name, an office),
    else None."""
    if " av " not in sentence:
        return None  # (the cheap test first)
    m = PASSIVE_BY.match(sentence.strip()) if " sk" in sentence else None
    m = m or PRESENT_PASSIVE_BY.match(sentence.strip())
    if m is None:
        return None
    actors = [a.strip() for a in _ACTOR_JOIN.split(m.group("actor")) if a.strip()]
    if not actors or not all(a in initials or len(a.split()) >= 2 or office_actor(a) for a in actors):
        return None
    return m.group("task").strip(), actors


# A task after a comma, its actor an attendee: "Stolarna är slitna, Uffe kollar pris på nya stolar."; or after a
# topic's dash: "STIM – Agnes skickar in rapporten efter julkonserten."
_AFTER_COMMA = regexes.compile(r"(?:,|\s[–—-])\s+(?=[A-ZÅÄÖ])")


def comma_task(sentence: str, initials: frozenset[str]) -> str | None:
    """The clause after a comma (or a topic's dash) that gives attendees (first names or initials) a task, else
    None."""
    if not initials or (", " not in sentence and " – " not in sentence and " - " not in sentence
                        and " — " not in sentence):
        return None  # (the cheap test first: most sentences hold no comma or dash before a capital)
    for c in _AFTER_COMMA.finditer(sentence):
        tail = sentence[c.end():]
        m = _task_match(tail, initials)
        if m and all(a in initials for a in _ACTOR_JOIN.split(m.group("actor"))) \
                and task_sentence(tail, initials, strict=True):
            return tail
    return None


# A topic or marker run in before a sentence, with a colon: "Halloween: Amir och Lo ordnar pyssel ..." (the one
# point of an "Övrigt", which opens no sub-item of its own), "TODO: Jakob beställer ..." (a to-do marker as typed in
# shared notes). The sentence after it is read as if it stood alone.
RUN_IN_TOPIC_MAX_WORDS = 3
_RUN_IN_TOPIC = regexes.compile(r"^(?P<topic>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,%d})\s*:\s+(?=[A-ZÅÄÖ])"
                                % (RUN_IN_TOPIC_MAX_WORDS - 1))


def without_topic(sentence: str, initials: frozenset[str] = frozenset()) -> str:
    """``sentence`` without a run-in topic before its colon (not a name of the roll's: "Lena: ..." is hers)."""
    m = _RUN_IN_TOPIC.match(sentence) if ":" in sentence[:40] else None
    return sentence[m.end():] if m and not attendee_actor(m.group("topic"), initials) else sentence


# What recurs every year is told, not given to anyone to do at this meeting.
_YEARLY = regexes.compile(r"\s(?:varje\s+år|årligen)\b")


def task_sentence(sentence: str, initials: frozenset[str] = frozenset(), strict: bool = False) -> bool:
    """Whether a sentence gives someone a task ("Lisa ska ...", "Jonas kontaktar ...", "KL bokar ..."); ``strict``
    (a sentence inside a decision) wants an actor that is surely one: an attendee's name or initials, a full
    name, or a group that acts ("Kassören"), and a task in the active voice ("Listan ska lämnas" is none)."""
    m = _task_match(sentence, initials)
    if not m and (paren_actors(sentence, initials) or trailing_actors(sentence, initials) or colon_actors(sentence, initials)
                  or comma_task(sentence, initials) or passive_actors(sentence, initials)):
        return True
    if not m or _TASK_NOT_ACTOR.match(m.group("actor")):
        return False
    if m.group("verb").lower() in ("ska", "skall") and STATE_ONLY.match(sentence[m.end():].lstrip()):
        return False  # "Taxan ska gälla från och med den 1 januari.": what a thing is to be, no one's task
    if _YEARLY.search(sentence, m.end("verb")):
        return False  # "Rådet delar varje år ut ett pris ...": what the body does every year, told in a description
    if m.group("verb").lower() in ("ska", "skall") and _PASSIVE_AFTER.match(sentence[m.end():]):
        return False  # "Synpunkter ska lämnas till länsstyrelsen senast ...": what is to be done with a thing, no actor
    actor = m.group("actor")
    if strict:
        # (where no roll names anyone, a given name alone is as sure: "Rolf uppdaterar prislistan." in a
        # village association's minutes that count those present but list no one)
        sure = all(a in initials or len(a.split()) >= 2 or office_actor(a) or not initials and names.is_first_name(a)
                   for a in _ACTOR_JOIN.split(actor))
        if not sure:
            return False
    # A definite noun as actor must name someone who can act ("Kassören", "Styrelsen"), not a thing; an
    # attendee's first name that looks like one ("Anna", "Mehmet") is a person.
    if any(p[:1].islower() and not office_actor(p) for p in _ACTOR_JOIN.split(actor)):
        return False  # "Anna och mötet ..." names no second actor
    if _EACH_MEMBER_WHOLE.fullmatch(actor) and not office_actor(actor):
        return False  # "Varje år delar vi ut ...": "varje" before a time, not a member of a group
    # ("Kyrkoherden kontaktar kommunen": an office named by its role word acts as any group does; a given name
    # that ends as a definite noun does, "Sören bokar bussen", is a person where no roll names anyone)
    if _GROUP_WHOLE.fullmatch(actor) and actor not in initials and not office_actor(actor) \
            and not (not initials and names.is_first_name(actor)):
        return False
    verb = m.group("verb")
    if conventions.deciding_body(actor) and conventions.ONGOING_WORK.match(sentence, m.start("verb")):
        return False  # "Styrelsen fortsätter arbetet med ...": the board reports its own ongoing work
    if conventions.PROPOSAL_TO_MEETING.match(sentence, m.start("verb")):
        return False  # "Styrelsen lägger ett förslag till årsmötet om ...": a proposal, the annual meeting decides
    if verb.lower() == "lämnar" and RECORDS_STATEMENT.match(sentence, m.end()):
        return False  # "Kalle Ek lämnar följande protokollsanteckning: ...": a note for the minutes, no task
    if verb.lower() in ANNOUNCING_VERBS and INFORMS_MEETING.match(sentence, m.end()):
        return False  # "Förvaltningschefen informerar om biblioteksplanen": a report to the meeting
    if verb.lower() in ASKING_VERBS and ASKS_MEETING.match(sentence, m.end()):
        return False  # "Ida frågar om sektionen kan köpa in ...": a question to the meeting
    if strict and verb.split()[0].lower() in ("har", "hade"):
        return False  # "Förvaltningen har fått i uppdrag att ..." in a case's report: an earlier assignment told
    if _GIVEN.match(verb):
        return bool(_GIVEN_TASK.match(sentence[m.end():]))  # "har fått i uppgift att"
    return True


ELECTION = labels.Folded(labels.letter_led(r"\b(?:välja|väljer|valde|(?:om|ny|åter)?valdes|(?:om|ny)?väljs|utse|utser|utses|utsågs|utsåg|"
                         r"adjungera|adjungeras|adjungerades|bordläggs|bordlades|återremitteras|stadgeenligt|"
                         r"behörig(?:t|en)?\s+(?:utlyst|kallad|kallat|sammankallad|kungjort|kungjord)|förklarades\s+(?:omedelbart\s+)?"
                         r"justera[dt]|konstituerades|"
                         # "Valet av sekreterare föll på X.", "Fyllnadsval, efter X, av Y.", "Omval på X."
                         r"föll\s+på|fyllnadsval|omval|nyval)\b"))
APPROVAL_ANY = labels.Folded(labels.letter_led(r"\b(?:godkänn\w*|godkändes|godkände|godkän[dt]a?|fastställ\w*|ant(?:a|ar|as|og|ogs)|bevilja\w*|"
                             r"bifall\w*|bifalles|bifölls|biföll|tillstyrk\w*|ställ(?:a|er|s|de)\s+sig\s+bakom|"
                             # "att disponera resultatet enligt styrelsens förslag": a proposal adopted
                             r"enligt\s+(?:\S+\s+){0,2}?förslag(?:et)?|i\s+enlighet\s+med\s+(?:\S+\s+){0,2}?förslag(?:et)?)\b"))
NOTED_ANY = labels.Folded(labels.letter_led(r"\b(?:lägga|läggs|lades|lägges|lagts)\s+(?:\S+\s+){0,8}?till\s+handlingarna|\bnoteras\b|"
                          r"\bnoterades\b|\bnoterar\b|\bnoterade\b|\btill\s+handlingarna\b|\btill\s+protokollet\b|"
                          # "Antecknades för kännedom.", "Antecknas för kännedom": taken note of (Finland-Swedish minutes)
                          r"\banteckna(?:des|s)\s+för\s+kännedom\b|"
                          # "Anmäles och antecknas …": the case system's formula (see RUNNING)
                          r"\b(?:anmäles|anmäls|anmäldes)\s+och\s+anteckna(?:s|des)\b"))
# A matter sent on to another body to be prepared: "lämnar medborgarförslaget till tekniska nämnden för beredning",
# "Motionen överlämnas till kommunstyrelsen för beredning" (a remit, as "remitteras": the decision gives no task).
REMIT = regexes.compile(r"\b(?:lämnar|lämnas|lämnades|överlämnar|överlämnas|överlämnades|remitterar)\b"
                        r"(?:\s+\S+){0,8}?\s+till\s+(?:\S+\s+){1,6}?för\s+beredning\b", re.IGNORECASE)
# What a body gives someone to act on its behalf: "ger X i uppdrag att", "ger X mandat att", "gav X fullmakt att".
GIVEN_TO_ACT = ("uppdrag", "mandat", "fullmakt")
GIVE_TASK = regexes.compile(rf"\b(?:ge|ger|gav)\s+(?P<actor>{_W}(?:\s+{_W}){{0,6}}?)\s+(?:i\s+uppdrag|mandat|fullmakt)\s+att\s+"
                       rf"(?P<task>.+)", re.IGNORECASE)
# "Uppdrag åt styrelsen att utse två ombud.": the task given in a noun phrase, whom to before "att".
TASK_GIVEN_TO = regexes.compile(rf"^(?:Uppdrag|uppdrag)\s+(?:ges\s+|gavs\s+)?åt\s+(?P<actor>{_W}(?:\s+{_W}){{0,6}}?)\s+att\s+"
                                rf"(?P<task>.+)")


# GIVE_TASK's verb as a truth value, led by its literal "g" (see _GIVES_WORD): re skips from one "g" to the next,
# where GIVE_TASK itself, led by "\b" under IGNORECASE, is tried at every position of the text.
_GIVE_VERB = labels.Folded(r"g(?<!\wg)(?:er?|av)\s")


def may_give(low: str) -> bool:
    """Whether a lower-cased text may hold GIVE_TASK: it needs one of GIVEN_TO_ACT and its verb."""
    if labels._unfoldable(low):
        return True
    return ("uppdrag" in low or "mandat" in low or "fullmakt" in low) and _GIVE_VERB.lower.search(low) is not None


# "Rådet noterar informationen och lämnar synpunkterna till omsorgsnämnden.": a body that takes note, and what it
# does with the matter after "och" is no one's task.
BODY_TAKES_NOTE = regexes.compile(r"^[A-ZÅÄÖ][\wåäö-]+\s+(?:noterar|noterade|tackar\s+för|tackade\s+för)\s+"
                                  r"(?:informationen|redovisningen|rapporten|dragningen|presentationen)\b")
# "Noterar att kollekterna ligger över budget.", "att notera att ...": a decision that only takes note.
NOTES = labels.Folded(r"^(?:-\s*)?(?:att\s+)?noter(?:a|ar|as|ades)\b")


def kind_of(text: str, actions: list[Action], low: str | None = None) -> str:
    """noted ("lades till handlingarna"), approval, assignment (it gives tasks), else other; an
    election is other even where it approves something. ``low``, where given, is ``text.lower()``."""
    low = text.lower() if low is None else low
    if not actions and (NOTED.search(text, low) or NOTED_ANY.search(text, low) or NOTES.match(text)):
        return "noted"
    if actions:
        return "assignment"
    if APPROVAL.search(text, low) and not ELECTION.search(text, low):
        return "approval"
    if ELECTION.search(text, low):
        return "other"
    if APPROVAL.search(text, low) or APPROVAL_ANY.search(text, low):
        return "approval"
    return "other"


def person_actions(text: str, year: int | None, initials: frozenset[str] = frozenset(),
                   strict: bool = False) -> list[Action]:
    """Actions of a task sentence whose actor is a person or a group: "Ibrahim Celik och Kenneth Lööf
    ansvarar för ...", "Styrelsen fick i uppdrag att ..."."""
    body = without_topic(_LEADING_ATT.sub("", text.strip()), initials)
    if "handlingarna" in body and NOTED_ANY.search(body, labels.lowered(body)):
        return []  # "Styrelsen lägger rapporten till handlingarna.": a body takes note, no one is given a task
    m = GIVE_TASK.search(body) if may_give(labels.lowered(body)) else None
    m = m or (TASK_GIVEN_TO.match(body) if body[:8].lower() == "uppdrag " else None)
    if m:
        actor = _clean_actor(m.group("actor"))
        if not actor:
            return []
        # "ge Sören Malmgren och Per-Arne Wickström i uppdrag att ...": each person named gets the task
        # ("ge kultur- och fritidsförvaltningen i uppdrag" is one actor: its parts are no names)
        people = [p.strip() for p in _ACTOR_JOIN.split(actor)]
        actors = people if len(people) > 1 and all(p[:1].isupper() for p in people) else [actor]
        return [Action.made(assignee=a, task=m.group("task").strip().rstrip("."), due=_deadline(body, year))
                for a in actors]
    if not task_sentence(body, initials, strict):
        return []
    m = _task_match(body, initials)
    trailing = trailing_actors(body, initials) if m is None else None
    if trailing:  # "Kallelsen skickas ut senast 3 februari, Johanna ansvarar."
        return [Action.made(assignee=a, task=trailing[0] or None, due=_deadline(body, year)) for a in trailing[1]]
    listed = colon_actors(body, initials) if m is None and not trailing else None
    if listed:  # "Anton: hämta tälten från bygdegården, senast 20/11"
        return [Action.made(assignee=a, task=listed[0] or None, due=_deadline(body, year)) for a in listed[1]]
    passive = passive_actors(body, initials) if m is None and not trailing else None
    if passive:  # "Godis ska inhandlas av Alva och Liam senast den 24 oktober."
        return [Action.made(assignee=a, task=passive[0] or None, due=_deadline(body, year)) for a in passive[1]]
    tail = comma_task(body, initials) if m is None and not trailing else None
    if tail:  # "Stolarna är slitna, Uffe kollar pris på nya stolar."
        return person_actions(tail, year, initials)
    if m is None:  # "Boka lokal till vårmötet (Anna)"
        task = PAREN_ASSIGNEE.sub("", body).strip().rstrip(".")
        return [Action.made(assignee=a, task=task or None, due=_dashed_due(body) or _deadline(body, year))
                for a in paren_actors(body, initials)]
    task = body[m.end():].strip().rstrip(".")
    task = _TASK_WORD_LEAD.sub("", task)
    due = _deadline(body, year)
    actors = [a.strip() for a in _ACTOR_JOIN.split(m.group("actor"))]
    return [Action.made(assignee=a if not _GROUP_TO_END.match(a) or a in initials or not office_actor(a) else a.lower(),
                   task=task or None, due=due)
            for a in actors if a]


# The attendees a task line opens with, before its verb in lower case: "Lisa putsar ...", "Per och KL städar ...".
LEADING_ACTORS = regexes.compile(rf"^(?P<actor>[A-ZÅÄÖ][\wåäöé-]+(?:(?:{ACTOR_JOIN})[A-ZÅÄÖ][\wåäöé-]+)*)\s+(?=[a-zåäö])")


def leading_actors(text: str, meeting_date: dt.date | None, initials: frozenset[str]) -> list[Action]:
    """Actions of a line that a label marks as a task ("Åtgärd: Lisa putsar fönstren senast 1 maj."), one for
    each attendee (a first name or initials) it opens with; [] where it opens with anyone else."""
    m = LEADING_ACTORS.match(text.strip())
    actors = [a.strip() for a in _ACTOR_JOIN.split(m.group("actor"))] if m else []
    if not actors or not all(a in initials for a in actors):
        return []
    year = meeting_date.year if meeting_date else None
    due = _forward(_deadline(text, year), text, meeting_date)
    task = text.strip()[m.end():].rstrip(".") or None
    return [Action.made(assignee=a, task=task, due=due) for a in actors]


# A second actor with the first one's verb left out: "... och Kurt för midsommarstången", "... och Per med kaffet".
GAPPED_ACTOR = regexes.compile(r"\boch\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+)\s+(?:för|med|om)\s+\w")
# ... and one with a verb of their own in the present (or "ska" and a verb): "... och Elsa fixar kassan.", "... och
# Per ska boka bussen senast 3/4."
JOINED_TASK = regexes.compile(r"\boch\s+(?P<who>[A-ZÅÄÖ][\wåäö-]+)\s+(?P<task>(?:(?:ska|skall)\s+[a-zåäö]+|[a-zåäö]+r)\s[^.!?]*)")


# --- votes, reservations, recipients, the next meeting --------------------------------------------
_COUNT = rf"(?P<n>{numbers.COUNT})"
# A count spelled out before the words of a vote ("sju ja-röster", "tolv röster mot elva", "en som avstår",
# "sex digitala nej-röster") is read as digits, so that every tally pattern below reads one form. "en" and
# "ett" are counts only there: elsewhere they are articles.
_VOTE_WORD = r"(?:ja\b|nej\b|ja-|nej-|röst|" + labels.ABSTAINS + r")"
# (any word in that place, looked up in numbers.NUMBER_WORDS: an alternation of every number word, tried at
# every word of the sentence, costs three times as much)
_WORD = r"[A-Za-zÅÄÖåäö]{2,11}"
SPELLED_COUNT = regexes.compile(rf"(?<![\w-])(?:{_WORD}(?=\s+(?:[\wåäö]+\s+)?{_VOTE_WORD}|\s+(?:för|emot|mot)\b)"
                           rf"|(?<=\bmot\s){_WORD})(?![\w-])", re.IGNORECASE)


def _as_digits(m: re.Match) -> str:
    n = numbers.NUMBER_WORDS.get(m.group(0).lower())
    return m.group(0) if n is None else str(n)


def digits_for_words(text: str) -> str:
    """``text`` with the counts of a vote it spells out written as digits ("sju ja-röster" → "7 ja-röster")."""
    return SPELLED_COUNT.sub(_as_digits, text)


YES = regexes.compile(rf"\b{_COUNT}\s+ja(?:-?röster|-?röst)?\b|\bja(?:-?röster)?\s*:?\s*(?P<m>\d{{1,3}})\b", re.IGNORECASE)
NO = regexes.compile(rf"\b{_COUNT}\s+nej(?:-?röster|-?röst)?\b|\bnej(?:-?röster)?\s*:?\s*(?P<m>\d{{1,3}})\b", re.IGNORECASE)
ABSTAIN = regexes.compile(rf"\b{_COUNT}\s+(?:\w+\s+)?(?:som\s+)?(?:avstår|avstod|avstående|nedlagda?)\b|\b(?:avstår|avstod|avstående)\s*:?\s*(?P<m>\d{{1,3}})\b",
                     re.IGNORECASE)
NO_AFTER = regexes.compile(r"\bnej(?:-?röster)?\s*:?\s*(?P<m>\d{1,3})\b(?P<n>)", re.IGNORECASE)
ABSTAIN_AFTER = regexes.compile(r"\b(?:avstår|avstod|avstående|avstått|blanka|nedlagda?)\s*:?\s*(?P<m>\d{1,3})\b(?P<n>)",
                           re.IGNORECASE)
YES_MEANS = regexes.compile(r"\bja(?:-röst)?\s+för\s+(?P<what>[^.;]+?)(?=,?\s*(?:och\s+)?nej(?:-röst)?\s+för\b|[.;]|$)",
                       re.IGNORECASE)
NO_MEANS = regexes.compile(r"\bnej(?:-röst)?\s+för\s+(?P<what>[^.]+)", re.IGNORECASE)
# ("Hanna Krook (M), ordförande      X": a role after the party, as the roll writes it, is no part of the name;
# "Maria Strand, ordförande    S    X": a table's party column, the role after the name)
# (each part ends in a letter, so that a run of spaces is never shared out between the parts' own spaces)
BALLOT = regexes.compile(r"^(?P<name>[A-ZÅÄÖ](?:[^()\d:]*?[^()\d:\s])?)(?:\s*\((?P<party>[^()]+)\))?"
                    r"(?:,\s*(?P<role>[a-zåäö1-9](?:[\wåäö:. -]{0,30}?[\wåäö.])?))?"
                    r"(?:\s{2,}(?P<party_cell>(?-i:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ]{1,3})))?"
                    r"\s+(?P<vote>ja|nej|avstår|avstod|"
                    r"frånvarande|x)\s*$", re.IGNORECASE)
_VOTE_OF = {"ja": "yes", "nej": "no", "avstår": "abstain", "avstod": "abstain", "frånvarande": "absent"}
# (Finland-Swedish minutes record the same as dissent: "Granqvist och Öhman anmälde avvikande mening.")
RESERVES = regexes.compile(r"^(?P<who>(?:(?![.!?]\s).)+?)\s+(?:reserver(?:ar|ade)\s+sig|anmäl(?:er|de)\s+avvikande\s+mening)\b",
                           re.IGNORECASE)


def reserves(text: str, low: str | None = None) -> re.Match | None:
    """RESERVES.match(text), ruled out first by its word: the pattern's lazy scan runs to the sentence's end
    on every sentence that holds no reservation, and most sentences are tested. ``low``, where given, is
    ``text.lower()``."""
    low = text.lower() if low is None else low
    if "reserver" not in low and "avvikande" not in low and not labels._unfoldable(low):
        return None
    return RESERVES.match(text)
# A council's meeting is named by the council ("Nästa elevråd blir tisdag 4/11", "till nästa klassråd"); a
# "samråd" is a consultation, no meeting of the body.
# A network's meeting is its "träff" ("Nästa träff blir den 10 september", "Nästa nätverksträff").
COUNCIL_MEETING = r"(?:(?!sam)[\wåäö]+råd|[\wåäö]*träff(?:en)?)"
# A workplace meeting named by its kind: "Nästa APT: 2025-12-02 kl. 13.00".
WORKPLACE_MEETING = r"apt|arbetsplatsträff(?:en)?"
NEXT_MEETING = regexes.compile(r"^(?:nästa\s+(?:\w+)?möte(?:t)?|nästa\s+sammanträde|nästa\s+" + COUNCIL_MEETING
                               + r"|nästa\s+(?:" + WORKPLACE_MEETING + r"))\b\s*(?::|är|blir|hålls|äger|planeras|"
                          r"sker|preliminärt)?", re.IGNORECASE)

# The next meeting set in a sentence with its verb ("Nästa sammanträde hålls tisdagen den 21 oktober."), not a
# "Nästa möte: 12 juni" line: under a "Beslut" label, a decision.
NEXT_MEETING_DECIDED = regexes.compile(r"^(?:nästa\s+(?:\w+)?möte(?:t)?|nästa\s+sammanträde|nästa\s+"
                                  + COUNCIL_MEETING + r")\s+(?:hålls|äger\s+rum|blir|"
                                  r"ska\s+hållas|skall\s+hållas)\b", re.IGNORECASE)
# "Nästa möte bestämdes till 12 oktober.": the meeting fixed with a decision's own verb, a decision wherever it stands.
NEXT_MEETING_FIXED = regexes.compile(r"^(?:nästa\s+(?:\w+)?möte(?:t)?|nästa\s+sammanträde|nästa\s+"
                                + COUNCIL_MEETING + r")\s+(?:bestämdes|beslutades|fastställdes|fastslogs)\b",
                                re.IGNORECASE)


def _count(m: re.Match | None) -> int | None:
    if not m:
        return None
    return numbers.value(m.group("n") or m.group("m") or "")


# A side of a vote given as the names that voted for it: "Ja-röster: Anna Ek (S), Per Berg (M)", "Nej (2): ...",
# "Avstår: Lisa Holm (C)". Where no count is written, the names are the count.
NAMED_SIDE = regexes.compile(r"^(?P<side>ja|nej|avstår|avstod|avstående|avstående\s+från\s+att\s+rösta)(?:-?röster|-?röst)?"
                        r"\s*(?:\(\d{1,3}\))?\s*:\s*(?P<names>[A-ZÅÄÖ].*)$", re.IGNORECASE)
_NAMED_SPLIT = regexes.compile(r",(?![^()]*\))|\s+och\s+|\s+samt\s+")
_NAMED_ONE = regexes.compile(r"^(?P<name>[A-ZÅÄÖ][^()]*?)\s*(?:\((?P<party>[^()]+)\))?\.?$")


# The wrapped rest of a side's list of names: "(KD), Olof Sand (SD)" (a party cut off its name), "Sand (SD), ..." (a
# surname cut off its given name before its party), "och Lisa Holm (C)", after a side whose last name has no party
# yet; or any line after a side that ends in a comma.
_NAMES_GO_ON = regexes.compile(r"^(?:\(|(?:och|samt)\s|[A-ZÅÄÖ][\wåäö-]*\s*\()")


def _named_sides_unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with each side's list of names on one line where a narrower column wrapped it."""
    out: list[str] = []
    side = False  # whether the line before is (the start of) a side's list
    for line in lines:
        text = line.strip()
        if NAMED_SIDE.match(text):
            out.append(text)
            side = True
        elif side and out and text and (out[-1].endswith(",") or not out[-1].endswith(")") and _NAMES_GO_ON.match(text)):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
            side = False
    return out


def named_ballots(lines: list[str]):
    """Ballots from lines that list each side's names ("Ja-röster: A (S), B (M)")."""
    from protokoll.record import Ballot

    out = []
    for line in _named_sides_unwrapped(lines):
        m = NAMED_SIDE.match(line.strip())
        if not m:
            continue
        side = m.group("side").lower()
        vote = "yes" if side == "ja" else "no" if side == "nej" else "abstain"
        for part in _NAMED_SPLIT.split(m.group("names").strip()):
            one = _NAMED_ONE.match(part.strip())
            if one and 1 <= len(one.group("name").split()) <= 4:
                out.append(Ballot.made(name=one.group("name").strip(), party=one.group("party"), vote=vote))
    return out


# A ballot table in columns, as a PDF's layout text keeps it ("Ledamot      Ja    Nej   Avstår" over
# "Anna Ek (S)         X"): a mark's column tells its vote. The head's vote words stand apart as cells.
_COLUMN_HEAD = regexes.compile(r"(?<!\S)(?P<w>ja|nej|avstår|avstod|avst\.?)(?=\s{2,}|\s*$)", re.IGNORECASE)


def _mark_columns(line: str, at: int) -> list[tuple[int, int, str]]:
    """The vote columns of a table's head line (which starts at column ``at``): (first, last, vote) each,
    where the line names both a yes and a no column; else []."""
    heads = [(at + m.start(), at + m.end() - 1, _VOTE_OF.get(m.group("w").lower().rstrip("."), "abstain"))
             for m in _COLUMN_HEAD.finditer(line)]
    votes = {v for _, _, v in heads}
    # (a head of vote words alone, indented over the marks, stands right of the rows' names: "      Ja  Nej  Avstår")
    return heads if {"yes", "no"} <= votes and (heads[0][0] > at or at > 0) else []


def _column_vote(columns: list[tuple[int, int, str]], line: str, at: int) -> str:
    """The vote of the mark that ends ``line`` (at column ``at``): the head column nearest to it."""
    mark = at + len(line.rstrip()) - 1
    return min(columns, key=lambda c: 0 if c[0] <= mark <= c[1] else min(abs(mark - c[0]), abs(mark - c[1])))[2]


def vote_sides(vote, text: str) -> None:
    """What ja and nej meant, from the proposition told in the same text as a tally in running text
    ("Ja-röst för bifall, nej-röst för avslag. Med 5 ja-röster mot 8 nej-röster beslutar ...")."""
    if vote.yes_means or vote.no_means or "för" not in text:
        return
    m = None
    for m in YES_MEANS.finditer(text):  # the last proposition before the tally
        pass
    n = NO_MEANS.search(text, m.end()) if m else None
    if m and n:
        vote.yes_means, vote.no_means = m.group("what").strip(), n.group("what").strip()


def parse_vote(lines: list[str], indents: list[int] | None = None):
    """A vote from the lines of an "Omröstning" section: tally, what yes and no meant, named ballots.
    ``indents``, where given, holds each line's indent: a layout table's marks are read by their column."""
    from protokoll.record import Ballot, Vote

    text = digits_for_words(" ".join(lines))
    yes = YES.search(text)
    if yes and yes.group("m"):
        # "Ja 9 Nej 4": each count after its word, so "9 Nej" is no count of nej
        no, abstain = NO_AFTER.search(text), ABSTAIN_AFTER.search(text)
    else:
        no, abstain = NO.search(text), ABSTAIN.search(text)
    vote = Vote.made(yes=_count(yes), no=_count(no), abstain=_count(abstain))
    m = YES_MEANS.search(text)
    vote.yes_means = m.group("what").strip() if m else None
    m = NO_MEANS.search(text)
    vote.no_means = m.group("what").strip() if m else None
    vote.ballots.extend(named_ballots(lines))
    columns: list[tuple[int, int, str]] = []
    for k, line in enumerate(lines):
        at = indents[k] if indents else 0
        if NAMED_SIDE.match(line.strip()):
            continue
        b = BALLOT.match(line.strip())
        if not b or len(b.group("name").split()) > 4:
            continue
        if b.group("name").split()[-1].lower() in conventions.VOTE_VALUES:
            columns = _mark_columns(line, at) or columns  # a table's head "Ledamot Ja Nej Avstår": no ballot
            continue
        written = b.group("vote").lower()
        choice = _column_vote(columns, line, at) if written == "x" and columns else _VOTE_OF.get(written, "yes")
        ballot = Ballot.made(name=b.group("name").strip(), party=b.group("party") or b.group("party_cell"), vote=choice)
        ballot._role = b.group("role").strip() if b.group("role") else None
        vote.ballots.append(ballot)
    if vote.ballots:
        tally = {k: sum(1 for b in vote.ballots if b.vote == k) for k in ("yes", "no", "abstain")}
        vote.yes = tally["yes"] if vote.yes is None else vote.yes
        vote.no = tally["no"] if vote.no is None else vote.no
        # (a whole roll with an abstainers' column that no one marked counts 0 of them; one without the column, or
        # a roll of some members only under a tally of more, counts none)
        whole = (vote.yes is None or vote.yes == tally["yes"]) and (vote.no is None or vote.no == tally["no"])
        abstain_column = whole and any(v == "abstain" for _, _, v in columns)
        vote.abstain = tally["abstain"] if vote.abstain is None and (tally["abstain"] or abstain_column) \
            else vote.abstain
    if vote.yes is None and vote.no is None and not vote.ballots:
        vote = counted_vote(text)  # "Votering: 12 för avslag, 6 för bifall, 1 avstod"
        if vote is not None and vote.abstain is None:
            vote.abstain = _count(ABSTAIN.search(text))  # "... och 4 röstar nej. En ledamot avstår."
    return vote


# A vote counted in running text: "Stämman beslutade med 17 röster mot 12 att ...", "Med 31 röster mot 23,
# 4 nedlagda, beslutade mötet att ...", "5 fastigheter röstade ja till motionen och 9 röstade nej".
COUNTED_VOTE = regexes.compile(
    r"\bmed\s+(?P<yes>\d{1,3})\s+(?:ja-?)?röster\s+mot\s+(?P<no>\d{1,3})(?:\s+(?:nej-?)?röster)?"
    r"(?:\s*(?:,|och|\()\s*(?P<abstain>\d{1,3})\s+(?:nedlagda?|avstående|blanka|som\s+avstod|avstod|avstår))?",
    re.IGNORECASE)
TALLY = regexes.compile(
    r"\b(?P<yes>\d{1,3})\s+(?:[\wåäö-]+\s+)?röst(?:ade|ar)\s+(?:ja|för)\b[^.;]*?(?:,|\boch)\s+(?P<no>\d{1,3})\s+"
    r"(?:(?:[\wåäö-]+\s+)?röst(?:ade|ar)\s+)?(?:nej|emot|mot)\b"  # "33 röstade för förslaget, 6 emot och 2 avstod"
    r"(?:[^.;]*?(?:,|\boch)\s+(?P<abstain>\d{1,3})\s+(?:[\wåäö-]+\s+)?(?:avstod|avstår|lade\s+ned))?",
    re.IGNORECASE)

# The side first, the counts after it: "För förslaget röstade 19 fastigheter, emot 6 och 2 avstod".
FRONTED_TALLY = regexes.compile(
    r"\bför\s+[\wåäö-]+(?:\s+[\wåäö-]+){0,3}?\s+röstade\s+(?P<yes>\d{1,3})(?:\s+[\wåäö-]+)?\s*(?:,|\boch)\s+"
    r"(?:emot|mot)\s+(?P<no>\d{1,3})\b(?:\s+(?!och\b)[\wåäö-]+)?"
    r"(?:\s*(?:,|\boch)\s+(?P<abstain>\d{1,3})\s+(?:[\wåäö-]+\s+)?(?:avstod|avstår|lade\s+ned))?",
    re.IGNORECASE)


# "med röstsiffrorna 17–12" (or "17 mot 12"), "Voteringen utföll 17–12–2", "17 röster för och 12 emot" (or "17 röster för, 12
# emot och 2 blanka"), "17 ja-röster och 12 nej-röster".
FIGURES = regexes.compile(
    r"\b(?:röstsiffrorna|röstetalen|utföll(?:\s+med)?|utfaller(?:\s+med)?|röstetal(?:et)?)\s+(?P<yes>\d{1,3})"
    r"(?:\s*[–—-]{1,2}\s*|\s+mot\s+)(?P<no>\d{1,3})"  # "med röstsiffrorna 5 mot 2" in words too
    r"(?:\s*[–—-]{1,2}\s*(?P<abstain>\d{1,3}))?(?!\s*(?:kr|kronor|%|procent|\d))"  # (a scan's "6--1", "45—12")
    r"|\b(?P<yes2>\d{1,3})\s+(?:ja-?)?röster\s+(?:för|ja)(?:,|\s+(?:och|mot))\s+(?P<no2>\d{1,3})\s+(?:röst(?:er)?\s+)?(?:emot|mot|nej)\b"
    r"|\b(?P<yes3>\d{1,3})\s+(?:[a-zåäö]+a\s+)?ja-?röst(?:er)?\s*(?:,|och|mot)\s+(?P<no3>\d{1,3})\s+"
    r"(?:[a-zåäö]+a\s+)?nej-?röst(?:er)?\b"  # "62 digitala ja-röster och 6 digitala nej-röster"
    # ("... samt 2 ledamöter som avstår från att rösta": who abstained named between the count and the verb)
    r"(?:\s*(?:,|och|samt)\s*(?P<abstain3>\d{1,3})\s+(?:[a-zåäö]+\s+som\s+)?(?:avstod|avstår|avstående|nedlagda?|blanka|som\s+avstod))?"
    # "31 röster för styrelsens förslag, 13 emot och 3 som avstod": the yes side named, the others counted
    r"|\b(?P<yes4>\d{1,3})\s+(?:ja-?)?röster\s+för\s+[^.;:\d]{1,60}?(?:,|\boch)\s+(?P<no4>\d{1,3})\s+(?:röst(?:er)?\s+)?"
    r"(?:emot|mot|nej)\b(?:\s*(?:,|och|samt)\s*(?P<abstain4>\d{1,3})\s+(?:som\s+)?(?:avstod|avstår|avstående|"
    r"nedlagda?|blanka|lade\s+ned))?"
    # "Med 9 ja-röster för att avgöra ärendet i dag mot 1 nej-röst för återremiss": each side named after its count
    r"|\bmed\s+(?P<yes5>\d{1,3})\s+ja-?röst(?:er)?\b[^.;:\d]{0,80}?\bmot\s+(?P<no5>\d{1,3})\s+nej-?röst(?:er)?\b"
    # "Omröstningen utföll med 14 ja och 9 nej", "Rösterna fördelades 14 för och 9 emot"
    # (led by the verb that tells the result: a roll's "Summa § 27: 17 ja, 11 nej" counts another item's vote)
    # ("Rösträknarna redovisade 31 ja, 9 nej och 2 blanka röster": the tellers report the count)
    r"|\b(?:utföll|utfaller|blev|gav|fördelades|fördelade\s+sig|med|röstade\s*:?|redovisade|redovisar)\s+(?:med\s+)?"
    r"(?P<yes6>\d{1,3})\s+(?:ja|för)\s*(?:,|och|mot)\s+(?P<no6>\d{1,3})\s+(?:nej|emot|mot)\b"
    r"(?:\s*(?:,|och|samt)\s*(?P<abstain6>\d{1,3})\s+(?:som\s+)?(?:avstod|avstår|avstående|nedlagda?|blanka))?"
    # "Ja-röster 14, nej-röster 9": the counts after their words
    r"|\bja-?röster\s*:?\s*(?P<yes7>\d{1,3})\s*(?:,|och|;)?\s*nej-?röster\s*:?\s*(?P<no7>\d{1,3})\b"
    r"(?:\s*(?:,|och|;)?\s*(?:avstående|avstår|avstod|nedlagda?)\s*:?\s*(?P<abstain7>\d{1,3}))?"
    # "Vid votering röstade 24 för styrelsens förslag och 6 emot, 1 avstod": the verb first, the yes side named
    r"|\b(?:röstade|röstar)\s+(?P<yes8>\d{1,3})\s+(?:[\wåäö-]+\s+)?för\s+[^.;:\d]{1,60}?(?:,|\boch)\s+(?P<no8>\d{1,3})\s+"
    r"(?:[\wåäö-]+\s+)?(?:emot|mot|nej)\b(?:\s*(?:,|och|samt)\s*(?P<abstain8>\d{1,3})\s+(?:[\wåäö-]+\s+)?(?:som\s+)?"
    r"(?:avstod|avstår|avstående|nedlagda?|blanka|lade\s+ned))?",
    re.IGNORECASE)


# Two sides named by what they voted for: "12 röstade för avslag, 6 för bifall och 1 avstod". Which side
# is yes comes from the decision it goes on (see orient): the side whose word the decision holds.
_SIDE = r"för\s+(?P<{0}_means>[\wåäö–-]+(?:\s+[\wåäö–-]+){{0,3}}?)"  # "bara 7–8"
# (a closed ballot's blank votes count as abstaining: "och 1 blank röst", "2 blanka röster", "3 blankröster")
_SIDE_ABSTAIN = (r"(?:\s*(?:,|\boch)\s+(?P<abstain>\d{1,3})\s+(?:[\wåäö-]+\s+)?(?:avstod|avstår|avstående|nedlagda?|"
                 r"lade\s+ned|röstade\s+blankt|blanka?\s+röst(?:er)?|blankröst(?:er)?|blanka))?\s*(?=[.;,)]|$)")
# Who voted, counted: "24 medlemmar", "6 ledamöter" (one word, never the side's "för")
_VOTERS = r"(?:(?!för\b)[\wåäö-]+\s+)?"
# "röster avgavs för ...", "8 röster avges för ...": the votes' passive verb before the side
_CAST = r"(?:(?:avgavs|avgivits|avges|avgives|lades|läggs)\s+)?"
SIDES = (
    # "12 röstade för avslag, 6 för bifall och 1 avstod", "9 röster för bifall, 4 för avslag", "11 röster avgavs
    # för styrelsens förslag och 4 röster för ..." (the votes cast, in the passive)
    regexes.compile(r"\b(?P<yes>\d{1,3})\s+(?:(?:[\wåäö-]+\s+)?röst(?:ade|ar)\s+|(?:ja-?)?röst(?:er)?\s+" + _CAST + r")?" +
               _SIDE.format("yes") +
               r"\s*(?:,|\boch)\s+(?P<no>\d{1,3})\s+(?:(?:[\wåäö-]+\s+)?röst(?:ade|ar)\s+|röst(?:er)?\s+" + _CAST + r")?" +
               _SIDE.format("no") +
               _SIDE_ABSTAIN, re.IGNORECASE),
    # "Med 5 röster för förvaltningens förslag mot 2 röster för Lena Ahlströms förslag beslutar nämnden ...":
    # each side's count with what it voted for, "mot" between them
    # (a side may name the parties behind it short: "för Moderaternas m.fl. förslag")
    regexes.compile(r"\b(?P<yes>\d{1,3})\s+(?:ja-?)?röster\s+för\s+(?P<yes_means>(?:[^.;:\d]|m\.\s?fl\.){1,80}?)\s+mot\s+"
               r"(?P<no>\d{1,3})\s+(?:nej-?)?röst(?:er)?\s+för\s+(?P<no_means>(?:[^.;:\d]|m\.\s?fl\.){1,80}?)" + _SIDE_ABSTAIN.replace(
                   r"\s*(?=[.;,)]|$)", r"(?=\s*[.;,)]|\s*$|\s+(?:beslutar|beslutade|beslöt|har|och|att)\b)"),
               re.IGNORECASE),
    # "Vid omröstning röstade 12 för avslag och 6 för bifall", "röstade 19 medlemmar för att avslå motionen och 12 för ..."
    regexes.compile(r"\bröstade\s+(?P<yes>\d{1,3})\s+" + _VOTERS + _SIDE.format("yes") + r"\s*(?:,|\boch)\s+(?P<no>\d{1,3})\s+" +
               _VOTERS + _SIDE.format("no") + _SIDE_ABSTAIN, re.IGNORECASE),
    # "Kommunstyrelsens förslag fick 6 röster och Granqvists förslag 3 röster": each proposal with the votes it got
    # (Finland-Swedish minutes count a vote so)
    regexes.compile(r"(?P<yes_means>(?-i:[A-ZÅÄÖ])[\wåäö:-]*(?:\s+[\wåäö:-]+){0,3}?)\s+fick\s+(?P<yes>\d{1,3})\s+röst(?:er)?"
               r"\s*(?:,|\boch)\s+(?P<no_means>[\wåäöÅÄÖ:-]+(?:\s+[\wåäö:-]+){0,3}?)\s+(?:fick\s+)?(?P<no>\d{1,3})\s+"
               r"röst(?:er)?" + _SIDE_ABSTAIN, re.IGNORECASE),
)
# A tally written with its words as labels or after the counts, as a line of its own (a roll's "Summa § 27:
# 17 ja, 11 nej" counts another item's vote): "Ja: 5  Nej: 2  Avstår: 1", "Röstresultat: 5 ja, 2 nej, 1 avstod".
LABELLED_TALLY = regexes.compile(
    r"^\s*(?:(?:(?:om)?röst(?:ning|ningsresultat|resultat|siffror|utfall)(?:et|en)?|votering(?:sresultat)?(?:et)?|"
    r"resultat(?:et)?)(?:\s+(?:var|blev)(?:\s+följande)?)?)?\s*:?\s*(?:"
    r"ja\s*:?\s*(?P<yes>\d{1,3})\s*[,;]?\s*nej\s*:?\s*(?P<no>\d{1,3})"
    r"(?:\s*[,;]?\s*(?:avstår|avstod|avstående|blanka|nedlagda?)\s*:?\s*(?P<abstain>\d{1,3}))?"
    r"|\b(?P<yes2>\d{1,3})\s+(?:ja|för)\s*(?:,|och)\s*(?P<no2>\d{1,3})\s+(?:nej|emot|mot)\b"
    r"(?:\s*(?:,|och)\s*(?P<abstain2>\d{1,3})\s+(?:avstod|avstår|avstående|blanka|nedlagda?))?)", re.IGNORECASE)
# The words of a side that show which outcome it voted for: their first letters stand in the decision
# ("avslag" in "att avslå", "bifall" in "att bifalla").
SIDE_STEM = 4


def orient(vote, decision_text: str) -> None:
    """A vote whose sides are named ("för avslag" / "för bifall"): the side the decision went with is yes.
    Sides written as ja and nej ("Ja-röst för bifall, nej-röst för avslag") stay as written: yes counts the
    ja-röster whichever side won."""
    if not vote.yes_means or not vote.no_means or not vote._sides_named:
        return
    low = decision_text.lower()
    yes_word, no_word = vote.yes_means.split()[0].lower(), vote.no_means.split()[0].lower()
    if no_word[:SIDE_STEM] in low and yes_word[:SIDE_STEM] not in low:
        vote.yes, vote.no = vote.no, vote.yes
        vote.yes_means, vote.no_means = vote.no_means, vote.yes_means


# Every tally pattern above needs "röst" or "utföll"; a text without them is ruled out before the
# patterns run (their lazy "[^.;]*?" loops under IGNORECASE cost more than the rest of a sentence's tests).


def may_count(low: str) -> bool:
    """Whether a lower-cased text may hold a tally: every tally pattern needs one of these words."""
    # (labels._unfoldable written out at the end: this runs on every sentence)
    return "röst" in low or "utföll" in low or "votering" in low or ("ja" in low and "nej" in low) \
        or "\u0131" in low or "\u017f" in low or "\u0307" in low


# Those who abstained, told right after the two sides' counts: "... mot 5 nej-röster och 2 som avstår",
# ", 2 ledamöter avstår", "(1 avstod)".
ABSTAIN_TAIL = regexes.compile(rf"\s*(?:,|;|\(|\boch\b|\bsamt\b)\s*(?P<n>\d{{1,3}})\s+(?:[\wåäö]+\s+)?{labels.ABSTAINS}\b",
                          re.IGNORECASE)


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` that holds position ``at``."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(". ", at)
    return text[start:end if end >= 0 else len(text)]


def _tally(text: str, m: re.Match, k: str = ""):
    """The Vote of match ``m`` (its groups yes/no/abstain with suffix ``k``); abstainers written after the
    counts where the pattern itself holds none."""
    from protokoll.record import Vote

    if conventions.REPORTED_VOTE.search(_sentence_at(text, m.start())):
        return None  # another body's vote, reported
    abstain = m.groupdict().get("abstain" + k)
    if abstain is None:
        tail = ABSTAIN_TAIL.match(text, m.end())
        abstain = tail.group("n") if tail else None
    return Vote.made(yes=int(m.group("yes" + k)), no=int(m.group("no" + k)), abstain=int(abstain) if abstain else None)


def counted_vote(text: str):
    """The tally a sentence of running text gives, or None."""
    if not may_count(labels.lowered(text)):
        return None
    from protokoll.record import Vote  # after the word check: most sentences are ruled out before it

    text = digits_for_words(text)
    s = next((m for pattern in SIDES if (m := pattern.search(text))), None)
    if s and not conventions.REPORTED_VOTE.search(_sentence_at(text, s.start())):
        abstain = s.group("abstain")
        vote = Vote.made(yes=int(s.group("yes")), no=int(s.group("no")), abstain=int(abstain) if abstain else None,
                    yes_means=s.group("yes_means"), no_means=s.group("no_means"))
        vote._sides_named = True
        return vote
    t = LABELLED_TALLY.match(text)
    if t:
        return _tally(text, t, "" if t.group("yes") else "2")
    f = FIGURES.search(text)
    if f and not COUNTED_VOTE.search(text):
        k = next(k for k in ("", "2", "3", "4", "5", "6", "7", "8") if f.group("yes" + k))
        return _tally(text, f, k)
    m = COUNTED_VOTE.search(text) or TALLY.search(text) or FRONTED_TALLY.search(text)
    return _tally(text, m) if m else None


# Abstainers told in a sentence of their own after the tally: "... och 10 för höjningen. 2 avstod.", "3 röster
# var blanka."
ABSTAINED = regexes.compile(rf"^\s*{_COUNT}\s+(?:[\wåäö-]+\s+)?(?:avstod|avstår|lade\s+ned(?:\s+sina\s+röster)?|"
                       r"röstade\s+blankt|nedlagda?|(?:var|är|blev)\s+(?:blanka|nedlagda))\b", re.IGNORECASE)


def abstained(sentence: str) -> int | None:
    """The count of "2 avstod." (a sentence that only tells who abstained), else None."""
    return _count(ABSTAINED.match(sentence))


def reservations_in(text: str) -> list[str]:
    """ "A (M), B (M) och C (SD) reserverar sig ..." → ["A", "B", "C"]; a party or group as written."""
    m = reserves(text.strip())
    who = m.group("who") if m else text.strip().rstrip(".")
    # A tally line run into the reservation after it ("Ja: 4  Nej: 1  Avstår: 1 / Per Berg reserverade sig"):
    # the counts name no one.
    tally = LABELLED_TALLY.match(who)
    if tally:
        who = who[tally.end():]
    parts = [re.sub(r"\s*\([^()]*\)\s*", "", p).strip() for p in re.split(r",(?![^()]*\))|\s+och\s+", who)]
    return [p for p in parts if p and len(p.split()) <= 5]


# The next meeting told inside a sentence: "Meddelade ordföranden att nästa sammanträde hålls torsdagen den 12 mars".
NEXT_MEETING_IN_TEXT = regexes.compile(
    # ("nästa styrelsesamling är ...", "nästa sammankomst hålls ...": a gathering's other words)
    r"\bnästa\s+(?:(?:[\wåäö]+)?(?:möte|sammanträde)t?|(?:[\wåäö]+)?(?:samling|sammankomst)(?:en)?|" + COUNCIL_MEETING + r")\s+(?:hålls|äger\s+rum|blir|sker|planeras|"
    r"(?:ska|skall)\s+(?:hållas|äga\s+rum|vara)|är\s+(?:planerat|utsatt|bestämt|satt|(?=(?:[\wåäö]+dagen\s+)?den\b))|"
    r"har\s+(?:bestämts|satts))", re.IGNORECASE)


# What joins two meetings named in one line: "Konstituerande möte 21/4 samt styrelsemöte den 18/5 kl 15.00",
# "Styrelsemöte 16 mars kl 16.00 hos Åke samt konstituerande möte den 20/4" (a time's point is no sentence's end).
_NO_STOP = r"(?:[^.;:]|(?<=\d)[.:](?=\d))"
MEETINGS_JOINED = regexes.compile(rf"^{_NO_STOP}{{0,40}}?(?:,|\s(?:samt|och)\s){_NO_STOP}{{0,40}}$")


# What stands between two dates of a bare list of meeting dates: a comma, "och", "samt" or "&", a weekday or "den"
# ("15 april, 20 maj och 17 juni kl. 19.00"); no meeting's name ("12/5 samt styrelsemöte den 9/6 kl 18.30").
DATES_ONLY_JOINED = regexes.compile(r"^\s*,?\s*(?:(?:och|samt|&)\s+)?(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?"
                                    r"(?:den\s+)?$", re.IGNORECASE)


def next_meetings(text: str, meeting_date: dt.date | None, title_says: bool = False) -> list[ScheduledMeeting]:
    """The next meetings ``text`` gives: one (see next_meeting), or several dates joined by "samt", "och" or
    a comma, each with the time written after it ("Årsmöte 12/5 samt styrelsemöte den 9/6 kl 18.30": the
    time is the second meeting's only)."""
    first = next_meeting(text, meeting_date, title_says)
    if first is None:
        return []
    text = _meeting_text(text, title_says)
    year = meeting_date.year if meeting_date else None
    found = dates.find_dates(text, year)
    if len(found) < 2 or not all(MEETINGS_JOINED.match(text[a[1].end():b[1].start()])
                                 for a, b in zip(found, found[1:])):
        return [first]
    out = []
    for k, (date, m) in enumerate(found):
        if meeting_date and not m.group("year") and not m.group("iso"):
            date = dates.ahead_of(date, meeting_date)
        # its time stands between its date and the next date ("21/4 samt ... den 18/5 kl 15.00")
        after = text[m.end():found[k + 1][1].start()] if k + 1 < len(found) else text[m.end():]
        span = dates.time_span(after)
        out.append(ScheduledMeeting.made(date=date, start_time=span[0], end_time=span[1]) if span else
                   ScheduledMeeting.made(date=date, start_time=dates.clock(after) or dates.labelled_time(after)))
    if all(DATES_ONLY_JOINED.match(text[a[1].end():b[1].start()]) for a, b in zip(found, found[1:])) \
            and not any(x.start_time for x in out[:-1]):
        # "24 april, 22 maj och 12 juni kl. 19.00": bare dates, one time after the last, which is all of theirs
        for x in out[:-1]:
            x.start_time, x.end_time = out[-1].start_time, out[-1].end_time
    return out


def _meeting_text(text: str, title_says: bool) -> str | None:
    """Where in ``text`` the next meeting is told: all of it under a "Nästa möte" title or label, else from
    "nästa möte hålls ..." on; None where it tells none."""
    if not title_says and not NEXT_MEETING.match(text.strip()):
        # (the word tested first: this runs on every paragraph, and few hold it)
        inside = NEXT_MEETING_IN_TEXT.search(text) if "ästa" in text or "ÄSTA" in text else None
        if not inside:
            return None
        text = text[inside.start():]
    return text


def next_meeting(text: str, meeting_date: dt.date | None, title_says: bool = False) -> ScheduledMeeting | None:
    """ "Nästa möte: 12 juni kl 13.00", "Nästa styrelsemöte är planerat till den 8 april kl. 18.30", "... att
    nästa sammanträde hålls torsdagen den 12 mars kl. 18.00"."""
    text = _meeting_text(text, title_says)
    if text is None:
        return None
    year = meeting_date.year if meeting_date else None
    found = dates.find_dates(text, year)
    if not found:
        return None
    date = found[0][0]
    if meeting_date and not found[0][1].group("year") and not found[0][1].group("iso"):
        date = dates.ahead_of(date, meeting_date)
    span = dates.time_span(text)
    if span:
        return ScheduledMeeting.made(date=date, start_time=span[0], end_time=span[1])
    return ScheduledMeeting.made(date=date, start_time=dates.clock(text) or dates.labelled_time(text))


# "till nästa möte", "vid nästa sammanträde", "vid nämndens nästa sammanträde": a deadline only where the
# minutes give that meeting's date (see next_meeting_deadline). Another kind of meeting ("nästa årsmöte")
# is not the next meeting of this body; an association's "nästa medlemsmöte" is taken for it too (pensioners' and
# tenants' associations meet so every month, and their minutes are those meetings').
UNTIL_NEXT_MEETING = regexes.compile(
    r"\b(?:till|vid|inför|på|före|innan)\s+(?:[\wåäö]+s\s+)?nästa\s+(?:ordinarie\s+)?"
    r"(?:(?:styrelse|nämnd|råds|medlems)?(?:möte|sammanträde)t?|" + COUNCIL_MEETING + r")\b", re.IGNORECASE)


def next_meeting_deadline(text: str, meetings: list[ScheduledMeeting], meeting_date: dt.date | None):
    """The date of the next meeting where ``text`` sets "till nästa möte" as a deadline and the minutes give
    that meeting's date (the first scheduled meeting after this one), else None."""
    if "nästa" not in text.lower() or not UNTIL_NEXT_MEETING.search(text):
        return None
    later = sorted(m.date for m in meetings if meeting_date is None or m.date > meeting_date)
    return later[0] if later else None


# An adjournment recorded among the decisions ("Sammanträdet ajourneras 14.10–14.25.") is none of them.
ADJOURNMENT = labels.Folded(r"^(?:[\wåäö-]+\s+){0,2}?(?:ajourner(?:as|ades|ade|ar)|återupptogs|återupptas)\b|"
                            r"^ajournering\b")
# List bullets that are no dash: never part of a decision's text.
BULLET = regexes.compile(r"^\s*[•●▪◦∙‣■□►➢✓]\s*")
# A lettered point of an item's text ("a) Per kontaktar hyresvärden ...", "B) Styrelsen uppdras att ..."): the
# letter is no part of a sentence.
LETTERED_POINT = regexes.compile(r"^\s*[a-zåäöA-H]\)\s+(?=\S)")


# Patterns of the calls above, compiled once (re.split(...) and friends pay a cache lookup each call).
_PREPOSITION = regexes.compile(r"\s+(?:till|för|i|av|med|på|om|vid|från|inom|under)\s+")
_DASH_START = regexes.compile(r"^-\s")
_LIST_POINT = regexes.compile(r"^[-–—]\s+")  # a list point's dash; its sentence follows
_LEADING_CONJUNCTION = regexes.compile(r"^(?:att|och|Att)\s+")
_LEADING_ATT = regexes.compile(r"^[Aa]tt\s+")  # "Att IH ansvarar för ...": an att-line led in capitals
