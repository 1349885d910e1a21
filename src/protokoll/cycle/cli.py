"""The meeting cycle's commands (render, sign, verify, draft, remind), added to the ``protokoll`` app by
``register``. Each parses its options, calls one function of ``protokoll.cycle`` and prints the result
(Swedish text, or JSON with --json)."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import typer

from protokoll.archive_cli import DB_OPT, JSON_OPT, _date, _print_json, _run
from protokoll.errors import UnreadableInput
from protokoll.model import Protocol


def _quiet_pyhanko() -> None:
    """pyHanko logs a traceback for every certificate it cannot chain; the report says it in one word."""
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def read_record(path: Path) -> Protocol:
    """A protokoll/1 JSON record from ``path`` (what ``parse --json`` and ``draft`` print)."""
    try:
        return Protocol.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise UnreadableInput(str(path), f"ingen protokoll/1-post i JSON: {' '.join(str(err).split())[:300]}")


def render(
    record: Path = typer.Argument(..., metavar="POST", help="En protokoll/1-post i JSON (från `parse --json` eller `draft`)."),
    out: Path = typer.Option(..., "--out", "-o", help="Utfil: .pdf eller .docx."),
) -> None:
    """Skriv en post som protokoll i husets layout (PDF eller DOCX)."""
    from protokoll.cycle import render as rendering

    if out.suffix.lower() not in (".pdf", ".docx"):
        raise typer.BadParameter(f"{out}: utfilen ska sluta på .pdf eller .docx", param_hint="--out")
    protocol = _run(lambda: read_record(record))
    rendering.render(protocol, out)
    typer.echo(f"Skrev {out}")


def sign(
    pdf: Path = typer.Argument(..., metavar="PDF", help="PDF:en som ska skrivas under (skrivs under på plats om inte --out anges)."),
    key: Path = typer.Option(..., "--key", help="Undertecknarens PKCS#12-fil (.p12/.pfx)."),
    passphrase: Optional[str] = typer.Option(None, "--passphrase", envvar="PROTOKOLL_KEY_PASSPHRASE",
                                             show_envvar=True, help="Lösenfrasen till PKCS#12-filen."),
    role: Optional[str] = typer.Option(None, "--signer-role", help="ordförande, justerare eller sekreterare."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Skriv den underskrivna PDF:en hit i stället."),
    as_json: bool = JSON_OPT,
) -> None:
    """Lägg till en PAdES-underskrift (den första lägger också till underskriftssidan)."""
    from protokoll.cycle import sign as signing

    _quiet_pyhanko()
    if role is not None and role not in signing.ROLES:
        raise typer.BadParameter(f"{role!r}: en av {', '.join(signing.ROLES)}", param_hint="--signer-role")
    info = _run(lambda: signing.sign(pdf, key, passphrase, role, out))
    if as_json:
        _print_json(info.to_json())
    else:
        typer.echo(f"{out or pdf}: underskriven av {info.signer}" + (f" ({info.role})" if info.role else "")
                   + f", {info.signed_at}")


def _describe(n: int, s) -> str:
    words = ["oförändrad" if s.intact else "ÄNDRAD", "giltig" if s.valid else "OGILTIG"]
    if s.trusted is not None:
        words.append("betrodd" if s.trusted else "EJ BETRODD")
    if s.modified:
        words.append("DOKUMENTET ÄNDRAT EFTER UNDERSKRIFTEN")
    who = (s.signer or "okänd") + (f" ({s.role})" if s.role else "")
    return f"  {n}. {who}, {s.signed_at or 'okänd tid'}: {', '.join(words)}"


def verify(
    pdf: Path = typer.Argument(..., metavar="PDF", help="En underskriven PDF."),
    trust: Optional[list[Path]] = typer.Option(None, "--trust", help="Rotcertifikat (PEM eller DER); kan anges flera gånger."),
    as_json: bool = JSON_OPT,
) -> None:
    """Kontrollera varje underskrift: undertecknare, tid, oförändrad, giltig, betrodd enligt --trust. Slutkod 8 när någon inte håller."""
    from protokoll.cycle import sign as signing

    _quiet_pyhanko()
    found = _run(lambda: signing.signatures(pdf, trust))
    if as_json:
        _print_json([s.to_json() for s in found])
    else:
        typer.echo(f"{pdf}: {len(found)} underskrift{'er' if len(found) != 1 else ''}")
        for n, s in enumerate(found, 1):
            typer.echo(_describe(n, s))
    _run(lambda: signing.check(pdf, found))


def draft(
    body: str = typer.Option(..., "--body", help='Organet vars nästa protokoll ska förberedas ("Kommundirektörsmöte").'),
    date: Optional[str] = typer.Option(None, "--date", help="Mötets datum (ÅÅÅÅ-MM-DD); standard: organets nästa "
                                                            "beslutade mötesdatum."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Skriv JSON-posten hit i stället för till standard ut."),
    pdf: Optional[Path] = typer.Option(None, "--pdf", help="Skriv också utkastet som PDF."),
    docx: Optional[Path] = typer.Option(None, "--docx", help="Skriv också utkastet som DOCX."),
    db: Optional[str] = DB_OPT,
) -> None:
    """Förbered ett organs nästa protokoll ur arkivet (protokoll/1-JSON, även PDF/DOCX)."""
    from protokoll.cycle import draft as drafting
    from protokoll.cycle import render as rendering

    day = _date(date)
    protocol = _run(lambda: drafting.draft(body, day, db=db))
    text = json.dumps(protocol.to_json(), ensure_ascii=False, indent=2) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"Skrev {out}", err=True)
    else:
        sys.stdout.write(text)
    for path, fmt in ((pdf, "pdf"), (docx, "docx")):
        if path:
            rendering.render(protocol, path, fmt)
            typer.echo(f"Skrev {path}", err=True)


def remind(
    days: int = typer.Option(14, "--days", min=0, help="Uppdrag som förfaller inom så här många dagar (och alla försenade)."),
    addresses: Optional[Path] = typer.Option(None, "--addresses", help="Adressbok: TOML ([[recipient]] name, "
                                                                       "email, aliases) eller CSV (assignee,email); "
                                                                       "läses före adresserna i arkivet "
                                                                       "(webbappen: /assignees)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Skriv ut breven i stället för att skicka dem."),
    today: Optional[str] = typer.Option(None, "--today", help="Räkna från det här datumet (ÅÅÅÅ-MM-DD) i stället för i dag."),
    as_json: bool = JSON_OPT,
    db: Optional[str] = DB_OPT,
) -> None:
    """Mejla varje ansvarig som har en adress de öppna uppdrag som förfaller inom --days och de försenade.

    SMTP-inställningar ur miljön: PROTOKOLL_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM, _STARTTLS.
    """
    from protokoll.cycle import remind as reminding

    day = _date(today)
    report = _run(lambda: reminding.remind(days, day, addresses, db=db, dry_run=dry_run))
    if as_json:
        _print_json({"dry_run": dry_run, **report.to_json()})
        return
    for msg in report.messages:
        typer.echo(f"Till: {msg['To']}\nÄmne: {msg['Subject']}\n\n{msg.get_content()}" + "-" * 60)
    for digest in report.without_address:
        typer.echo(f"Ingen adress för {digest.name}, skickas inte:")
        for a in digest.overdue + digest.upcoming:
            typer.echo("  " + reminding.task_line(a))
    if not dry_run:
        typer.echo(f"Skickade {len(report.sent)} påminnelse{'r' if len(report.sent) != 1 else ''}.")
    elif not report.messages and not report.without_address:
        typer.echo(f"Inga öppna uppdrag med slutdatum inom {days} dagar.")


def register(app: typer.Typer) -> None:
    """Add the meeting cycle's commands to the ``protokoll`` app."""
    app.command("render")(render)
    app.command("sign")(sign)
    app.command("verify")(verify)
    app.command("draft")(draft)
    app.command("remind")(remind)
