"""Remind whoever owes a task: one mail per recipient with the open tasks due within N days or overdue.

Addresses come from the archive (``archive.addresses``: kept per assignee key -- a person, a
municipality, a role or a network -- and edited by editors in the web app under "Adresser"), and from an
address book file (``--addresses``), which is asked first where both know an assignee:

TOML (``.toml``)::

    [[recipient]]
    name = "HR-chefsnätverket"          # an assignee as the minutes write it
    email = "hr-natverket@example.se"   # one address or a list
    aliases = ["HR-nätverket"]          # other spellings of the same assignee (optional)

CSV (any other suffix; header ``assignee,email``): one row per spelling and address.

In the file, assignees are matched ignoring case, accents and spacing; in the archive, by the key each
task's assignee resolves to (every spelling of a role or network is one key). The mail goes out over
SMTP with the settings in the environment (``SmtpSettings.from_env``); ``dry_run`` only prints what
would be sent. The archive is read only in the ``_archive_*`` functions.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import smtplib
import ssl
import tomllib
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from protokoll.errors import MailFailed, UnreadableInput
from protokoll.municipalities import fold

DEFAULT_DAYS = 14
SMTP_TIMEOUT_SECONDS = 30
ENV = "PROTOKOLL_SMTP_"  # HOST, PORT, USER, PASSWORD, FROM, STARTTLS
TRUE = {"1", "true", "yes", "ja", "on"}


def _key(name: str) -> str:
    return " ".join(fold(name).split())


# --- address book --------------------------------------------------------------------------------------

@dataclass
class Recipient:
    name: str
    emails: list[str]
    aliases: list[str] = field(default_factory=list)


class AddressBook:
    """Assignee → recipient, by folded name or alias."""

    def __init__(self, recipients: list[Recipient]):
        self.recipients = recipients
        self._by_key: dict[str, Recipient] = {}
        for r in recipients:
            for name in [r.name, *r.aliases]:
                self._by_key.setdefault(_key(name), r)

    def find(self, assignee: str) -> Recipient | None:
        return self._by_key.get(_key(assignee))

    @classmethod
    def load(cls, path: Path | str | None) -> "AddressBook":
        if path is None:
            return cls([])
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise UnreadableInput(str(path), f"adressboken kan inte läsas: {err}")
        try:
            return cls(_from_toml(text) if path.suffix.lower() == ".toml" else _from_csv(text))
        except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, csv.Error) as err:
            raise UnreadableInput(str(path), f"ingen adressbok ({type(err).__name__}: {err})")


def _emails(value) -> list[str]:
    emails = [value] if isinstance(value, str) else list(value)
    if not emails or not all(isinstance(e, str) and "@" in e for e in emails):
        raise ValueError(f"bad email {value!r}")
    return [e.strip() for e in emails]


def _from_toml(text: str) -> list[Recipient]:
    data = tomllib.loads(text)
    return [Recipient(name=str(r["name"]), emails=_emails(r["email"]), aliases=[str(a) for a in r.get("aliases", [])])
            for r in data.get("recipient", [])]


def _from_csv(text: str) -> list[Recipient]:
    by_name: dict[str, Recipient] = {}
    for row in csv.DictReader(text.splitlines()):
        name = (row["assignee"] or "").strip()
        if not name:
            continue
        recipient = by_name.setdefault(_key(name), Recipient(name=name, emails=[]))
        recipient.emails += [e for e in _emails(row["email"]) if e not in recipient.emails]
    return list(by_name.values())


# --- the digests ---------------------------------------------------------------------------------------

def _archive_open_actions(db) -> list[dict]:
    from protokoll import archive

    return archive.actions(open_only=True, db=db)


def _archive_addresses(db) -> dict[str, list[str]]:
    from protokoll import archive

    return archive.addresses(db=db)


@dataclass
class Digest:
    """The tasks of one recipient (or of one assignee without an address: ``emails`` empty)."""

    name: str
    emails: list[str]
    overdue: list[dict]
    upcoming: list[dict]

    @property
    def subject(self) -> str:
        parts = []
        if self.overdue:
            parts.append(f"{len(self.overdue)} försenade")
        if self.upcoming:
            parts.append(f"{len(self.upcoming)} med snart slutdatum")
        return f"Påminnelse om uppdrag: {' och '.join(parts)}"

    def body(self, today: dt.date, days: int) -> str:
        lines = [f"Hej {self.name},", "", "det här är en påminnelse om uppdrag från protokollen som ännu inte är "
                 "markerade som klara.", ""]
        for heading, tasks in ((f"Försenade (slutdatum före {today.isoformat()}):", self.overdue),
                               (f"Slutdatum inom {days} dagar:", self.upcoming)):
            if tasks:
                lines.append(heading)
                lines += [task_line(a) for a in tasks]
                lines.append("")
        lines += ["Markera ett uppdrag som klart med `protokoll actions done ID` eller i webbappen.",
                  "", "Det här meddelandet skickades av Protokoll."]
        return "\n".join(lines) + "\n"

    def message(self, sender: str, today: dt.date, days: int) -> EmailMessage:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = sender, ", ".join(self.emails), self.subject
        msg["Date"], msg["Message-ID"] = formatdate(localtime=True), make_msgid(domain="protokoll")
        msg.set_content(self.body(today, days))
        return msg


def task_line(a: dict) -> str:
    meeting, item = a.get("meeting") or {}, a.get("item") or {}
    origin = f"möte {meeting.get('date')}"
    if item.get("title"):
        origin += f", punkt {item['number']} {item['title']}" if item.get("number") else f", {item['title']}"
    task = " ".join((a.get("task") or (a.get("decision") or {}).get("text") or "").split())
    return f"- {a['due']} [{a['id']}] {a['assignee']}: {task} ({origin})"


def digests(actions: list[dict], book: AddressBook, today: dt.date, days: int = DEFAULT_DAYS,
            keyed: dict[str, list[str]] | None = None) -> list[Digest]:
    """The open tasks due by ``today + days`` (the overdue ones included), one digest per recipient in
    the address book, one per assignee key with addresses in ``keyed`` (the archive's), and one per
    assignee without an address; by name."""
    keyed = keyed or {}
    horizon = today + dt.timedelta(days=days)
    groups: dict[str, Digest] = {}
    for a in sorted(actions, key=lambda a: (a.get("due") or "", a["id"])):
        if a.get("status", "open") != "open" or not a.get("due"):
            continue
        due = dt.date.fromisoformat(a["due"])
        if due > horizon:
            continue
        recipient = book.find(a["assignee"])
        if recipient is None and keyed.get(a.get("assignee_key") or ""):
            recipient = Recipient(name=a["assignee"], emails=list(keyed[a["assignee_key"]]))
            key = f"k:{a['assignee_key']}"
        else:
            key = f"r:{recipient.name}" if recipient else f"a:{_key(a['assignee'])}"
        digest = groups.setdefault(key, Digest(recipient.name if recipient else a["assignee"],
                                               list(recipient.emails) if recipient else [], [], []))
        (digest.overdue if due < today else digest.upcoming).append(a)
    return sorted(groups.values(), key=lambda d: _key(d.name))


# --- sending -------------------------------------------------------------------------------------------

@dataclass
class SmtpSettings:
    host: str
    port: int
    sender: str
    user: str | None = None
    password: str | None = None
    starttls: bool = False

    @classmethod
    def from_env(cls, env=None) -> "SmtpSettings":
        """PROTOKOLL_SMTP_HOST (required), _PORT (587 with STARTTLS, else 25), _USER, _PASSWORD,
        _FROM (required), _STARTTLS (1/true/yes)."""
        env = os.environ if env is None else env
        host, sender = env.get(ENV + "HOST"), env.get(ENV + "FROM")
        missing = [ENV + n for n, v in (("HOST", host), ("FROM", sender)) if not v]
        if missing:
            raise MailFailed("smtp", f"sätt {' och '.join(missing)} för att skicka e-post (eller använd --dry-run)")
        starttls = (env.get(ENV + "STARTTLS") or "").strip().lower() in TRUE
        try:
            port = int(env.get(ENV + "PORT") or (587 if starttls else 25))
        except ValueError:
            raise MailFailed("smtp", f"{ENV}PORT är inget tal: {env.get(ENV + 'PORT')!r}")
        return cls(host=host, port=port, sender=sender, user=env.get(ENV + "USER") or None,
                   password=env.get(ENV + "PASSWORD") or None, starttls=starttls)


def send(messages: list[EmailMessage], settings: SmtpSettings) -> None:
    """Send over one SMTP connection; any failure is MailFailed naming the server."""
    where = f"smtp://{settings.host}:{settings.port}"
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT_SECONDS) as smtp:
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.user:
                smtp.login(settings.user, settings.password or "")
            for msg in messages:
                smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as err:
        raise MailFailed(where, f"{type(err).__name__}: {err}")


@dataclass
class Report:
    sent: list[Digest]  # empty on a dry run
    without_address: list[Digest]
    messages: list[EmailMessage]  # the mails sent, or on a dry run the mails that would be

    def to_json(self) -> dict:
        def one(d: Digest) -> dict:
            return {"name": d.name, "emails": d.emails, "overdue": [a["id"] for a in d.overdue],
                    "upcoming": [a["id"] for a in d.upcoming]}
        return {"sent": [one(d) for d in self.sent], "without_address": [one(d) for d in self.without_address],
                "messages": [{"to": m["To"], "subject": m["Subject"], "body": m.get_content()} for m in self.messages]}


def remind(days: int = DEFAULT_DAYS, today: dt.date | None = None, addresses: Path | str | None = None,
           db=None, dry_run: bool = False, settings: SmtpSettings | None = None) -> Report:
    """Build the digests from the archive's open tasks and send those with an address (unless
    ``dry_run``). Settings are read from the environment only when mail is to be sent."""
    today = today or dt.date.today()
    book = AddressBook.load(addresses)
    found = digests(_archive_open_actions(db), book, today, days, _archive_addresses(db))
    with_address = [d for d in found if d.emails]
    if dry_run or not with_address:
        sender = settings.sender if settings else os.environ.get(ENV + "FROM") or "protokoll@localhost"
        messages = [d.message(sender, today, days) for d in with_address]
        return Report(sent=[], without_address=[d for d in found if not d.emails],
                      messages=messages)
    settings = settings or SmtpSettings.from_env()
    messages = [d.message(settings.sender, today, days) for d in with_address]
    send(messages, settings)
    return Report(sent=with_address, without_address=[d for d in found if not d.emails], messages=messages)
