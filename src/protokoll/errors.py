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

EXIT_CODES = {
    0: "success",
    INTERNAL_ERROR: "a document could not be stored (an internal error; the message says why)",
    2: "usage error (bad option or argument)",
    UnreadableInput.exit_code: "input unreadable: missing, empty, binary or undecodable",
    NotMinutes.exit_code: "input is text but not meeting minutes",
    TooLarge.exit_code: "input over a size limit: bytes, pages, DOCX expansion or OCR time",
    NotInArchive.exit_code: "not in the archive: no such meeting or action",
    ArchiveUnavailable.exit_code: "archive database cannot be opened, reached or migrated",
    SignatureInvalid.exit_code: "a signature does not verify: none, broken, untrusted, or the PDF changed after it",
    MailFailed.exit_code: "mail could not be sent: SMTP settings missing, server unreachable or refusing",
}
