"""Signing minutes (PAdES, pyHanko) and verifying them, with a CA and certificates made in the test."""
import json
import re

import pytest

pytest.importorskip("pyhanko")
pytest.importorskip("reportlab")

from typer.testing import CliRunner  # noqa: E402

from conftest import SHARED  # noqa: E402
from cycle_support import make_ca, make_signer, protocol_from_gold  # noqa: E402
from protokoll.cli import app  # noqa: E402
from protokoll.cycle import render, sign  # noqa: E402
from protokoll.errors import SignatureInvalid, UnreadableInput  # noqa: E402
from protokoll.pipeline import parse_file  # noqa: E402
from test_cycle_render import _small  # noqa: E402

PASS = "hemligt"


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pki")
    ca = make_ca(folder)
    return {"root": ca[2], "other_root": make_ca(folder, "Annan rot")[2],
            "chair": make_signer(folder, ca, "Åsa Öberg"), "adjuster": make_signer(folder, ca, "Per Ärlig")}


def _record():
    gold = SHARED / "gold" / "004_b0d32d5af88ddbf0.json"
    return protocol_from_gold(gold) if gold.exists() else _small()


@pytest.fixture
def signed(tmp_path, pki):
    pdf = render.to_pdf(_record(), tmp_path / "protokoll.pdf")
    sign.sign(pdf, pki["chair"], PASS, "ordförande")
    sign.sign(pdf, pki["adjuster"], PASS, "justerare")
    return pdf


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_two_signers_in_turn_verify(signed, pki):
    found = sign.verify(signed, [pki["root"]])
    assert [(s.signer, s.role) for s in found] == [("Åsa Öberg", "ordförande"), ("Per Ärlig", "justerare")]
    assert all(s.intact and s.valid and s.trusted and not s.modified for s in found)
    assert all(s.signed_at for s in found)
    result = run("verify", signed, "--trust", pki["root"], "--json")
    assert result.exit_code == 0, result.output
    assert [s["ok"] for s in json.loads(result.stdout)] == [True, True]


def test_signature_page_added_once_and_minutes_still_parse(signed, tmp_path):
    unsigned = render.to_pdf(_record(), tmp_path / "unsigned.pdf")
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(str(signed)))
    assert pages == len(pdfium.PdfDocument(str(unsigned))) + 1
    last = pdfium.PdfDocument(str(signed))[pages - 1].get_textpage().get_text_range()
    assert last.lstrip().startswith(sign.PAGE_TITLE)
    before, after = parse_file(unsigned), parse_file(signed)
    assert [i.title for i in after.items] == [i.title for i in before.items]
    assert len(after.attendees) == len(before.attendees)


def test_one_byte_changed_after_signing_fails(signed, pki, tmp_path):
    data = bytearray(signed.read_bytes())
    # a byte inside the first page's (compressed) content stream: the file still reads as a PDF
    start = data.index(b"stream", len(data) // 10) + len(b"stream") + 40
    data[start] ^= 0x01
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(data))
    found = sign.signatures(broken, [pki["root"]])
    assert found and not any(s.ok for s in found)
    assert not any(s.intact for s in found)
    with pytest.raises(SignatureInvalid):
        sign.check(broken, found)
    result = run("verify", broken, "--trust", pki["root"])
    assert result.exit_code == SignatureInvalid.exit_code == 8
    assert "ÄNDRAD" in result.stdout


def test_untrusted_root_fails_and_no_root_only_checks_integrity(signed, pki):
    result = run("verify", signed, "--trust", pki["other_root"])
    assert result.exit_code == 8 and "EJ BETRODD" in result.stdout
    result = run("verify", signed)
    assert result.exit_code == 0 and "betrodd" not in result.stdout


def test_unsigned_pdf_fails_verify(tmp_path):
    pdf = render.to_pdf(_small(), tmp_path / "m.pdf")
    assert sign.signatures(pdf) == []
    result = run("verify", pdf)
    assert result.exit_code == 8 and "inga underskrifter" in result.stderr


def test_bad_key_and_role_are_refused(tmp_path, pki):
    pdf = render.to_pdf(_small(), tmp_path / "m.pdf")
    original = pdf.read_bytes()
    result = run("sign", pdf, "--key", pki["chair"], "--passphrase", "fel")
    assert result.exit_code == UnreadableInput.exit_code and "PKCS#12" in result.stderr
    assert run("sign", pdf, "--key", pki["chair"], "--passphrase", PASS, "--signer-role", "kung").exit_code == 2
    assert pdf.read_bytes() == original  # nothing half-written
    result = run("sign", pdf, "--key", pki["chair"], "--passphrase", PASS, "--signer-role", "ordförande")
    assert result.exit_code == 0 and re.search(r"underskriven av Åsa Öberg \(ordförande\)", result.stdout)
