"""Word documents (.docx) → one page of text: paragraphs as lines, table rows with cells apart.

Table cells are separated by wide spacing, the way `pdftotext -layout` shows columns, so a two-column
attendance table reads as two entries per line.
"""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import ParseError

import defusedxml
from defusedxml import ElementTree

from protokoll.errors import TooLarge, UnreadableInput
from protokoll.read import Page

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# The document's XML is read up to this size; a larger one (a "zip bomb") is refused.
MAX_DOCX_XML_BYTES = 64 * 1024 * 1024
# ... and refused, once it is over MIN_RATIO_CHECK_BYTES, when it expands more than this many times:
# Word's XML compresses about 5-20 times; zlib's limit is about 1000.
MAX_DOCX_RATIO = 100
MIN_RATIO_CHECK_BYTES = 1024 * 1024


def _paragraph(p) -> str:
    out = []
    for node in p.iter():
        if node.tag == W + "t":
            out.append(node.text or "")
        elif node.tag == W + "tab":
            out.append("    ")
        elif node.tag in (W + "br", W + "cr"):
            out.append("\n")
    return "".join(out)


def _document_xml(path: Path) -> bytes:
    """The bytes of word/document.xml, read with the size and ratio limits."""
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
        if info.file_size > MAX_DOCX_XML_BYTES:
            raise TooLarge(str(path), f"DOCX-texten packas upp till {info.file_size} byte, över gränsen på "
                                             f"{MAX_DOCX_XML_BYTES} byte")
        with z.open(info) as f:  # the sizes in the archive may lie: count what is actually inflated
            xml = f.read(MAX_DOCX_XML_BYTES + 1)
    if len(xml) > MAX_DOCX_XML_BYTES:
        raise TooLarge(str(path), f"DOCX-texten packas upp till mer än gränsen på {MAX_DOCX_XML_BYTES} byte")
    if len(xml) > MIN_RATIO_CHECK_BYTES and len(xml) > MAX_DOCX_RATIO * max(1, info.compress_size):
        raise TooLarge(str(path), f"DOCX-texten packas upp {len(xml) // max(1, info.compress_size)} gånger, "
                                         f"över gränsen på {MAX_DOCX_RATIO} (en zip-bomb?)")
    return xml


def read_docx(path: Path) -> list[Page]:
    try:
        xml = _document_xml(path)
        root = ElementTree.fromstring(xml, forbid_dtd=True)
    except (UnreadableInput, TooLarge):
        raise
    except defusedxml.DefusedXmlException as e:
        raise UnreadableInput(str(path), f"DOCX-filen vägras: dess XML använder {type(e).__name__.replace('Forbidden', '')}-"
                                         f"deklarationer, som Word aldrig skriver") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError, ParseError) as e:
        raise UnreadableInput(str(path), f"skadad DOCX eller en som inte stöds ({type(e).__name__}: {e})") from None
    body = root.find(W + "body")
    lines = []
    for block in body if body is not None else []:
        if block.tag == W + "p":
            lines.append(_paragraph(block))
        elif block.tag == W + "tbl":
            for row in block.iter(W + "tr"):
                cells = [" ".join(_paragraph(p) for p in cell.iter(W + "p")).strip() for cell in row.iter(W + "tc")]
                lines.append("      ".join(c for c in cells if c))
    return [Page(number=1, text="\n".join(lines), method="docx")]
