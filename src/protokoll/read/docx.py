"""Word documents (.docx) → one page of text: paragraphs as lines, table rows with cells apart.

Table cells are separated by wide spacing, the way `pdftotext -layout` shows columns, so a two-column
attendance table reads as two entries per line.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from protokoll.errors import UnreadableInput
from protokoll.read import Page

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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


def read_docx(path: Path) -> list[Page]:
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError) as e:
        raise UnreadableInput(str(path), f"corrupt or unsupported DOCX ({e})") from None
    body = ElementTree.fromstring(xml).find(W + "body")
    lines = []
    for block in body if body is not None else []:
        if block.tag == W + "p":
            lines.append(_paragraph(block))
        elif block.tag == W + "tbl":
            for row in block.iter(W + "tr"):
                cells = [" ".join(_paragraph(p) for p in cell.iter(W + "p")).strip() for cell in row.iter(W + "tc")]
                lines.append("      ".join(c for c in cells if c))
    return [Page(number=1, text="\n".join(lines), method="docx")]
