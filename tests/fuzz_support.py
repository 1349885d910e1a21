"""Generated hostile inputs for `protokoll parse`, and a runner that classifies how each one ended.

Used by tests/test_fuzz.py (a few hundred cases, fixed seed) and bench/fuzz.py (longer campaigns).
Every case is (name, file name, bytes); the runner invokes the CLI in-process with Tesseract replaced
by a fake that answers at once, so the PDF rendering path runs without the cost of OCR.
"""
from __future__ import annotations

import io
import random
import signal
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PDFS = sorted((FIXTURES / "renderings").glob("*.pdf")) + sorted((FIXTURES / "tables").glob("*.pdf"))
TEXTS = sorted((ROOT / "examples").glob("*.txt"))
OK_EXITS = {0, 3, 4, 5}  # success, unreadable, not minutes, over a limit

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')


def document_xml(lines: list[str], prolog: str = "") -> bytes:
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in lines)
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}'
            f"</w:body></w:document>").encode("utf-8")


def make_docx(xml: bytes, name: str = "word/document.xml", method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr(name, xml)
    return buf.getvalue()


def _flip(rng: random.Random, data: bytes, n: int) -> bytes:
    out = bytearray(data)
    for _ in range(n):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def _smash(rng: random.Random, data: bytes) -> bytes:
    """One of: bit flips, a random block overwritten, truncation, a block deleted or duplicated."""
    how = rng.randrange(5)
    if how == 0:
        return _flip(rng, data, rng.choice([1, 2, 8, 64]))
    i = rng.randrange(len(data))
    if how == 1:
        n = rng.randrange(1, 512)
        return data[:i] + rng.randbytes(n) + data[i + n:]
    if how == 2:
        return data[:i]
    if how == 3:
        return data[:i] + data[i + rng.randrange(1, 4096):]
    return data[:i] + data[i:i + rng.randrange(1, 4096)] * 2 + data[i:]


def _mutate_text(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    for _ in range(rng.randrange(1, 6)):
        how = rng.randrange(7)
        i = rng.randrange(len(lines))
        if how == 0:
            del lines[i]
        elif how == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif how == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif how == 3:
            lines[i] = "".join(chr(rng.choice([rng.randrange(32, 0x250), rng.randrange(0x2000, 0x2100),
                                               rng.randrange(0xE000, 0xF900), 0xFFFD, 0x0, 0x1b, 0xc]))
                               for _ in range(rng.randrange(1, 80)))
        elif how == 4:
            lines[i] = lines[i] * rng.randrange(2, 50)
        elif how == 5:
            lines[i] = lines[i].upper()
        else:
            lines.insert(i, rng.choice(["§", "§ 1", "att", "Närvarande:", "Beslut:", "Protokoll", ":", "-",
                                        "%PDF-1.7", "@", "Ordförande", "Justeras", "1.", "a.b@c.se"]))
    return "\n".join(lines)


LONG_LINES = {
    "a": "a", "dashes": "-", "names": "Anna Ek, ", "paragraphs": "§ 1 ", "digits": "1", "dots": ".",
    "email-like": "a.b", "att": "att ", "commas": ",",
}


def long_line(shape: str, size: int = 1_000_000) -> str:
    unit = LONG_LINES[shape]
    return (unit * (size // len(unit) + 1))[:size]


def cases(seed: int = 10, scale: int = 1, long_lines: tuple[str, ...] = ("a", "names", "email-like")):
    """The generated inputs, in a fixed order for a seed; ``scale`` multiplies every family's count."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    pdfs = [p.read_bytes() for p in PDFS]
    out = []
    # Random bytes under every name a reader chooses by.
    for k in range(80 * scale):
        n = rng.choice([1, 2, 3, 7, 64, 1024, 4096])
        head = rng.choice([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf",
                           b"\x89PNG\r\n\x1a\n", b"II*\x00", b"GIF89a", b"BM"])
        suffix = rng.choice([".txt", ".pdf", ".docx", ".png", ".tif", ""])
        out.append((f"random-{k}", f"random{suffix}", head + rng.randbytes(n)))
    # Damaged PDFs.
    for k in range(130 * scale):
        data = _smash(rng, rng.choice(pdfs))
        out.append((f"pdf-{k}", rng.choice(["damaged.pdf", "damaged.txt"]), data))
    # Damaged and hostile DOCX.
    base = document_xml(rng.choice(texts).splitlines())
    for k in range(40 * scale):
        out.append((f"docx-smashed-{k}", "damaged.docx", _smash(rng, make_docx(base))))
    for k in range(15 * scale):
        xml = _smash(rng, base)
        out.append((f"docx-bad-xml-{k}", "badxml.docx", make_docx(xml)))
    laughs = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>"
    hostile = {
        "entity-bomb": document_xml(["Protokoll", "&j;"], laughs).replace(b"&amp;j;", b"&j;"),
        "external-entity": document_xml(["Protokoll", "&x;"], '<!DOCTYPE w:document [<!ENTITY x SYSTEM '
                                         '"file:///etc/passwd">]>').replace(b"&amp;x;", b"&x;"),
        "dtd": document_xml(["Protokoll"], "<!DOCTYPE w:document>"),
        "deep-nesting": (f'<w:document xmlns:w="{W_NS}"><w:body>' + "<w:p>" * 50_000).encode(),
        "ratio-bomb": document_xml(["Protokoll", " " * 20_000_000]),
        "empty-xml": b"",
        "no-body": f'<w:document xmlns:w="{W_NS}"/>'.encode(),
    }
    for name, xml in hostile.items():
        out.append((f"docx-{name}", f"{name}.docx", make_docx(xml)))
    out.append(("docx-missing-document", "missing.docx", make_docx(base, name="word/other.xml")))
    out.append(("docx-stored", "stored.docx", make_docx(base, method=zipfile.ZIP_STORED)))
    # Mutated minutes, in several encodings.
    for k in range(100 * scale):
        text = _mutate_text(rng, rng.choice(texts))
        enc = rng.choice(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
        data = text.encode(enc, errors="replace")
        if rng.random() < 0.3:
            data = _flip(rng, data, rng.randrange(1, 6))
        out.append((f"text-{k}-{enc}", "minutes.txt", data))
    # UTF-16 of odd length or with stray bytes (lone surrogates).
    for k in range(40 * scale):
        data = rng.choice(texts).encode(rng.choice(["utf-16", "utf-16-be"]))
        if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            data = b"\xfe\xff" + data
        how = k % 3
        if how == 0:
            data += rng.randbytes(1)
        elif how == 1:
            i = rng.randrange(2, len(data) // 2) * 2
            data = data[:i] + rng.choice([b"\x00\xd8", b"\xd8\x00", b"\x00\xdc", b"\xdc\x00"]) + data[i:]
        else:
            data = data[: rng.randrange(3, len(data))]
        out.append((f"utf16-{k}", "minutes.txt", data))
    # One-megabyte lines, alone and inside real minutes.
    for shape in long_lines:
        text = rng.choice(texts).split("\n")
        text.insert(rng.randrange(len(text)), long_line(shape))
        out.append((f"long-line-{shape}", "long.txt", "\n".join(text).encode("utf-8")))
    return out


class Timeout(Exception):
    pass


def fake_tesseract(args, env, timeout):
    """Tesseract's answer to a blank page, at once."""
    if "--list-langs" in args:
        return subprocess.CompletedProcess(args, 0, b"List of available languages (2):\neng\nswe\n", b"")
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    return subprocess.CompletedProcess(args, 0, header.encode(), b"")


def run_case(path: Path, seconds: float = 20.0, args: tuple[str, ...] = ("--dpi", "72")) -> tuple[str, str]:
    """(outcome, output) of `protokoll parse` on one file: "exit N", "traceback" or "hang"."""
    from typer.testing import CliRunner

    from protokoll.cli import app

    def alarm(signum, frame):
        raise Timeout()

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        result = CliRunner().invoke(app, ["parse", *args, str(path)])
    except Timeout:
        return "hang", ""
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    output = result.output
    if isinstance(result.exception, Timeout):
        return "hang", output
    if result.exception is not None and not isinstance(result.exception, SystemExit) or "Traceback" in output:
        return "traceback", f"{type(result.exception).__name__}: {result.exception}\n{output}"
    return f"exit {result.exit_code}", output


def campaign(folder: Path, items, seconds: float = 20.0, report=None) -> Counter:
    """Run every case, writing each to ``folder``; counts by outcome (and ``report(name, outcome, out)``)."""
    counts: Counter = Counter()
    for name, filename, data in items:
        path = folder / name / filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        outcome, output = run_case(path, seconds)
        counts[outcome] += 1
        if report:
            report(name, outcome, output)
        path.unlink()
    return counts
