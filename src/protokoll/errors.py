"""Failures a user can meet, each with its documented exit code (see README, "Exit codes")."""
from __future__ import annotations


class ProtokollError(Exception):
    """Base class: ``str(err)`` is one line naming the file and the reason."""

    exit_code = 1

    def __init__(self, path: str, reason: str):
        reason = " ".join(str(reason).split())  # one line, whatever a library put in its message
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):
        # Rebuilt from (path, reason), not from the message: errors cross process boundaries (Dask workers).
        return type(self), (self.path, self.reason)


class UnreadableInput(ProtokollError):
    """The file is missing, empty, binary, or in an encoding that cannot be decoded."""

    exit_code = 3


class NotMinutes(ProtokollError):
    """The file reads as text but does not look like meeting minutes."""

    exit_code = 4


class TooLarge(ProtokollError):
    """The file exceeds the configured size limit."""

    exit_code = 5


class NotInArchive(ProtokollError):
    """The archive has no such meeting or action (``path`` names what was asked for)."""

    exit_code = 6


class ArchiveUnavailable(ProtokollError):
    """The archive database cannot be opened, reached or migrated (``path`` is its URL, no password)."""

    exit_code = 7


class SignatureInvalid(ProtokollError):
    """A signed PDF does not verify: no signature, a signature broken or not trusted by the given root,
    or the document changed after signing."""

    exit_code = 8


class MailFailed(ProtokollError):
    """Reminders could not be sent: SMTP settings missing or the server refused (``path`` names it)."""

    exit_code = 9


INTERNAL_ERROR = 1  # a document could not be stored for a reason that is not the input's fault

EXIT_CODES = {  # as `protokoll exit-codes` prints them (human output is Swedish)
    0: "klart, utan fel",
    INTERNAL_ERROR: "ett dokument kunde inte sparas (ett internt fel; meddelandet säger varför)",
    2: "fel i kommandot (ogiltigt val eller argument)",
    UnreadableInput.exit_code: "filen kan inte läsas: saknas, är tom, binär eller i okänd teckenkodning",
    NotMinutes.exit_code: "filen är text men inget mötesprotokoll",
    TooLarge.exit_code: "filen är över en gräns: storlek, sidor, DOCX-uppackning eller OCR-tid",
    NotInArchive.exit_code: "finns inte i arkivet: inget sådant möte eller ingen sådan åtgärd",
    ArchiveUnavailable.exit_code: "arkivets databas kan inte öppnas, nås eller uppdateras",
    SignatureInvalid.exit_code: "en signatur håller inte: saknas, är bruten, inte betrodd, eller PDF:en ändrad efteråt",
    MailFailed.exit_code: "e-post kunde inte skickas: SMTP-inställningar saknas, servern nås inte eller vägrar",
}
