"""Sign minutes (PAdES, one signer per call) and verify the signatures of a PDF, with pyHanko.

``sign`` adds, before the first signature, a signature page ("Underskriftssida") with room for the
signers; each signature is then an incremental update with a visible field on that page stamped with
the signer's name (from the certificate), role and time, so that earlier signatures stay intact.
``signatures`` reads every signature of a PDF -- signer, role, time, intact, valid, trusted against the
given roots, changed afterwards -- and is what ``protokoll verify`` and (later) ingest call.

pyHanko and pyhanko-certvalidator are the ``sign`` extra; a missing one is a clear error, not an
ImportError. The stamps are set in the PDF standard font Courier (WinAnsi: å, ä, ö and é are in it).
"""
from __future__ import annotations

import io
from dataclasses import asdict, dataclass
from pathlib import Path

from protokoll.cycle.render import register_fonts
from protokoll.errors import ProtokollError, SignatureInvalid, UnreadableInput

ROLES = ("ordförande", "justerare", "sekreterare")
FIELD_PREFIX = "Underskrift"  # our signature fields: Underskrift1, Underskrift2, ...
PAGE_TITLE = "Underskriftssida"
PAGE_TEXT = (
    "Protokollet har skrivits under elektroniskt av de personer som listas nedan, i den ordning de skrev under.",
    "Varje underskrift är en avancerad elektronisk underskrift (PAdES) och kan valideras med en PDF-läsare "
    "med stöd för signaturvalidering eller med kommandot protokoll verify.",
    "Om dokumentet skrivs ut, eller skrivs ut till en ny PDF, följer underskrifterna inte med. Endast det "
    "underskrivna originaldokumentet går att validera.",
)
# The signer boxes on the signature page, in points from the lower left corner of an A4 page:
# two columns of SLOT_ROWS rows below the text.
SLOT_TOP, SLOT_HEIGHT, SLOT_GAP, SLOT_ROWS = 600.0, 70.0, 12.0, 7
SLOT_LEFT, SLOT_WIDTH = (71.0, 303.0), 221.0
STAMP_FONT_POINTS = 9


@dataclass
class SignatureInfo:
    """One signature of a PDF, as read and checked."""

    field: str
    signer: str | None
    role: str | None
    signed_at: str | None  # ISO time the signer reported
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the signature over them is cryptographically sound
    trusted: bool | None  # the certificate chains to a given root; None when no root was given
    modified: bool  # the document was changed after this signature beyond adding signatures
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted is not False and not self.modified

    def to_json(self) -> dict:
        return {**asdict(self), "ok": self.ok}


def _pyhanko():
    try:
        import pyhanko  # noqa: F401
        import pyhanko_certvalidator  # noqa: F401
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise ProtokollError("pyhanko", f"underskrifter kräver tillägget 'sign' (pip install 'protokoll[sign]'): {err}")


# --- reading and verifying -----------------------------------------------------------------------------

def _load_roots(trust: list[Path] | None) -> list:
    from asn1crypto import pem, x509

    roots = []
    for path in trust or []:
        try:
            data = Path(path).read_bytes()
            for _, _, der in (pem.unarmor(data, multiple=True) if pem.detect(data) else [(None, None, data)]):
                roots.append(x509.Certificate.load(der))
        except (OSError, ValueError) as err:
            raise UnreadableInput(str(path), f"inget certifikat (PEM eller DER): {err}")
    return roots


def _common_name(cert) -> str | None:
    subject = cert.subject.native
    return subject.get("common_name") or cert.subject.human_friendly


def signatures(path: Path | str, trust: list[Path] | None = None) -> list[SignatureInfo]:
    """Every signature in the PDF ``path``, oldest first. ``trust``: root certificates (PEM/DER files);
    without them ``trusted`` is None. Raises UnreadableInput when the file is no readable PDF."""
    _pyhanko()
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    path = Path(path)
    roots = _load_roots(trust)
    try:
        data = path.read_bytes()
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (OSError, PdfReadError, ValueError, KeyError) as err:
        raise UnreadableInput(str(path), f"ingen läsbar PDF: {err}")
    out = []
    for sig in embedded:
        role = sig.sig_object.get("/Reason")
        info = SignatureInfo(field=sig.field_name, signer=None, role=str(role) if role else None, signed_at=None,
                             intact=False, valid=False, trusted=None, modified=False)
        try:
            info.signer = _common_name(sig.signer_cert)
            context = ValidationContext(trust_roots=roots, allow_fetching=False)
            status = validate_pdf_signature(sig, context)
        except Exception as err:  # a damaged signature or document: reported, not raised
            info.problem = " ".join(str(err).split()) or type(err).__name__
            out.append(info)
            continue
        info.intact, info.valid = bool(status.intact), bool(status.valid)
        info.trusted = bool(status.trusted) if roots else None
        info.signed_at = status.signer_reported_dt.isoformat() if status.signer_reported_dt else None
        info.modified = status.docmdp_ok is False or (status.modification_level is not None
                                                      and status.modification_level.name not in
                                                      ("NONE", "LTA_UPDATES", "FORM_FILLING"))
        if not info.intact:
            info.problem = "the signed bytes were changed"
        elif info.modified:
            info.problem = f"the document was changed after this signature ({status.modification_level.name})"
        out.append(info)
    return out


def check(path: Path | str, found: list[SignatureInfo]) -> None:
    """Raise SignatureInvalid (exit 8) when ``found`` (the signatures of ``path``) is empty or one is not ok."""
    if not found:
        raise SignatureInvalid(str(path), "PDF:en har inga underskrifter")
    bad = [s for s in found if not s.ok]
    if bad:
        raise SignatureInvalid(str(path), "; ".join(f"{s.field}: {_why(s)}" for s in bad))


def verify(path: Path | str, trust: list[Path] | None = None) -> list[SignatureInfo]:
    """``signatures``, raising SignatureInvalid when there is none or one is not ok."""
    found = signatures(path, trust)
    check(path, found)
    return found


def _why(s: SignatureInfo) -> str:
    if s.problem:
        return s.problem
    if not s.valid:
        return "the signature is not valid"
    return "the certificate is not trusted by the given root" if s.trusted is False else "not ok"


# --- signing -------------------------------------------------------------------------------------------

def load_signer(key: Path | str, passphrase: str | None = None):
    """The signer in a PKCS#12 file; a missing file or wrong passphrase is UnreadableInput (exit 3)."""
    _pyhanko()
    from pyhanko.sign import signers

    key = Path(key)
    if not key.is_file():
        raise UnreadableInput(str(key), "nyckelfilen finns inte")
    try:
        signer = signers.SimpleSigner.load_pkcs12(str(key), passphrase=passphrase.encode() if passphrase else None)
    except Exception as err:  # pyHanko wraps the cryptography errors in several types
        raise UnreadableInput(str(key), f"PKCS#12-nyckeln kan inte läsas (fel lösenfras?): {err}")
    if signer is None:
        raise UnreadableInput(str(key), "PKCS#12-nyckeln kan inte läsas (fel lösenfras?)")
    return signer


def signature_page() -> bytes:
    """One A4 page: the title, what the signatures are, and empty boxes where the signers' stamps go."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Frame, Paragraph
    from reportlab.pdfgen.canvas import Canvas

    font = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    canvas.setFont(f"{font}-Bold", 15)
    canvas.drawString(SLOT_LEFT[0], height - 90, PAGE_TITLE)
    style = ParagraphStyle("sig", fontName=font, fontSize=10, leading=13.5, spaceAfter=6)
    frame = Frame(SLOT_LEFT[0], SLOT_TOP + 10, width - 2 * SLOT_LEFT[0], height - 110 - SLOT_TOP - 10,
                  leftPadding=0, rightPadding=0, showBoundary=0)
    frame.addFromList([Paragraph(text, style) for text in PAGE_TEXT], canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _with_signature_page(data: bytes) -> bytes:
    """``data`` with the signature page appended (a new file: there is no signature yet to keep)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    page = pdfium.PdfDocument(signature_page())
    document.import_pages(page)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _slot(n: int) -> tuple[float, float, float, float]:
    """The box of the ``n``-th signer (0-based) on the signature page."""
    column, row = divmod(n, SLOT_ROWS)
    if column >= len(SLOT_LEFT):
        raise ProtokollError("sign", f"underskriftssidan har plats för {SLOT_ROWS * len(SLOT_LEFT)} undertecknare")
    x = SLOT_LEFT[column]
    top = SLOT_TOP - row * (SLOT_HEIGHT + SLOT_GAP)
    return x, top - SLOT_HEIGHT, x + SLOT_WIDTH, top


def sign(path: Path | str, key: Path | str, passphrase: str | None = None, role: str | None = None,
         out: Path | str | None = None) -> SignatureInfo:
    """Sign the PDF ``path`` (in place, or to ``out``) with the PKCS#12 ``key`` as ``role``.

    The first signature adds the signature page; every signature is an incremental update, so the
    ones before stay intact. Returns the new signature as ``signatures`` reads it.
    """
    _pyhanko()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    if role is not None and role not in ROLES:
        raise ProtokollError(str(role), f"unknown signer role (one of {', '.join(ROLES)})")
    path = Path(path)
    signer = load_signer(key, passphrase)
    try:
        data = path.read_bytes()
        existing = list(PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures)
    except (OSError, PdfReadError, ValueError, KeyError) as err:
        raise UnreadableInput(str(path), f"ingen läsbar PDF: {err}")
    ours = [s for s in existing if s.field_name.startswith(FIELD_PREFIX)]
    if not existing:
        data = _with_signature_page(data)
    name = _common_name(signer.signing_cert)
    field_name = f"{FIELD_PREFIX}{len(ours) + 1}"
    spec = None
    if len(ours) == len(existing):  # our page is there: a visible stamp in the next box
        spec = fields.SigFieldSpec(field_name, on_page=-1, box=_slot(len(ours)))
    stamp = TextStampStyle(
        stamp_text="%(signer)s\n%(role)s\nUnderskrivet %(ts)s",
        timestamp_format="%Y-%m-%d %H:%M %Z",
        text_box_style=TextBoxStyle(font_size=STAMP_FONT_POINTS),
        border_width=1, background=None)
    meta = signers.PdfSignatureMetadata(field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES,
                                        reason=role, name=name)
    pdf_signer = signers.PdfSigner(meta, signer, stamp_style=stamp, new_field_spec=spec)
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    result = pdf_signer.sign_pdf(writer, appearance_text_params={"signer": name or "", "role": role or ""})
    target = Path(out) if out else path
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(result.getvalue())
    tmp.replace(target)  # the file is never half-written
    return signatures(target)[-1]
