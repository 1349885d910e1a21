"""Genre fixture texts as a word processor's documents: .docx with real Word tables (cells of several
paragraphs, column widths from the text's columns, a row spanning the table for a group heading), tab stops
for label/value blocks, paragraphs that wrap naturally (the text's hard wraps joined), a page header and a
footer with signature boxes. Convert them as users export them: soffice --headless --convert-to pdf.

    python tests/word_pdfs.py OUT_DIR tests/fixtures/genre/texts/92_*.txt ...
    cd OUT_DIR && soffice --headless --convert-to pdf --outdir PDF_DIR *.docx

The *.word.pdf fixtures of tests/fixtures/renderings/genre (manifest-word.txt) were made so.
"""
import re, sys
from pathlib import Path
from docx import Document
from docx.shared import Pt, Inches, Cm
from docx.enum.text import WD_TAB_ALIGNMENT

CH = 0.075  # inches per monospace column -> tab position
CHUNK = re.compile(r"\S+(?: \S+)*")

def chunks(line):
    return [(m.start(), m.group()) for m in CHUNK.finditer(line)]

def build(src: Path, out: Path):
    lines = src.read_text(encoding="utf-8").splitlines()
    lines = [l for l in lines if "\f" not in l]
    head = [l.strip() for l in lines[:4] if l.strip()]
    seen_head = set()
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = head[0] if head and len(head[0]) < 45 else ""
    sec.footer.paragraphs[0].text = "Justerandes signatur ..............    Utdragsbestyrkande"
    i = 0
    n = len(lines)
    # drop repeated page-header lines
    keep = []
    for k, l in enumerate(lines):
        s = l.strip()
        if k > 6 and s and s in head[:3] and len(chunks(l)) <= 3:
            continue
        if k > 6 and re.search(r"\b\d+ ?\(\d+\)\s*$", s):
            continue
        keep.append(l)
    lines = keep; n = len(lines)
    last_par = None
    while i < n:
        line = lines[i]
        if not line.strip():
            if last_par is not None:
                last_par.paragraph_format.space_after = Pt(10)
            i += 1; continue
        cs = chunks(line)
        if len(cs) >= 3:
            # table block
            cols = [c[0] for c in cs]
            rows = []
            j = i
            while j < n:
                l = lines[j]
                if not l.strip():
                    # continue across one blank if next row aligns
                    if j + 1 < n and lines[j+1].strip() and (len(chunks(lines[j+1])) >= 2 or chunks(lines[j+1])[0][0] >= cols[1] - 2) and chunks(lines[j+1])[0][0] >= cols[0] - 2:
                        j += 1; continue
                    break
                cc = chunks(l)
                if cc[0][0] < cols[0] - 2:
                    break
                cells = [""] * len(cols)
                for pos, t in cc:
                    k = max([q for q, c in enumerate(cols) if c <= pos + 3] or [0])
                    cells[k] = (cells[k] + " " + t).strip()
                if len(cc) == 1 and cells[0] and rows and len(cc[0][1]) < 40 and j != i:
                    rows.append(("span", cells[0]))
                elif not cells[0] and rows and rows[-1][0] == "row":
                    prev = rows[-1][1]
                    for k, t in enumerate(cells):
                        if t:
                            last = prev[k].split("\n")[-1]
                            # a hard-wrapped line goes on; after a short one (a title) a new paragraph
                            prev[k] = (prev[k] + (" " if len(last) >= 28 or not last else "\n") + t).strip()
                elif len(cc) == 1 and cells[0] and len(cc[0][1]) >= 40:
                    break
                else:
                    rows.append(("row", cells))
                j += 1
            if len(rows) >= 2:
                t = doc.add_table(rows=0, cols=len(cols))
                t.style = "Table Grid" if "Punkt" in line or "§" in line or "Ärende" in line else None
                t.autofit = False
                total = 6.3
                span = [ (cols[k+1] if k+1 < len(cols) else max(cols[-1]+14, cols[-1]+max(len(v[-1]) for kd, v in rows if kd=="row"))) - cols[k] for k in range(len(cols))]
                widths = [Inches(total * w / sum(span)) for w in span]
                for k, col in enumerate(t.columns):
                    col.width = widths[k]
                for kind, val in rows:
                    r = t.add_row().cells
                    for k, c in enumerate(r):
                        c.width = widths[k]
                    if kind == "span":
                        m = r[0].merge(r[-1]); m.text = val
                    else:
                        for k, v in enumerate(val):
                            paras = v.split("\n")
                            r[k].text = paras[0]
                            for extra in paras[1:]:
                                r[k].add_paragraph(extra)
                last_par = doc.add_paragraph(); i = j; continue
        if len(cs) >= 2:
            p = doc.add_paragraph()
            tabs = p.paragraph_format.tab_stops
            text = cs[0][1]
            for pos, t in cs[1:]:
                tabs.add_tab_stop(Inches(pos * CH))
                text += "\t" + t
            # continuation lines at the value column
            j = i + 1
            if len(cs) == 2:
                while j < n and lines[j].strip() and len(chunks(lines[j])) == 1 and abs(chunks(lines[j])[0][0] - cs[1][0]) <= 2:
                    text += " " + lines[j].strip(); j += 1
                p.paragraph_format.left_indent = Inches(cs[1][0] * CH)
                p.paragraph_format.first_line_indent = -Inches(cs[1][0] * CH)
            p.add_run(text)
            last_par = p; i = j; continue
        # plain paragraph: join hard wraps
        text = line.strip()
        j = i + 1
        while j < n and lines[j].strip() and len(chunks(lines[j])) == 1 and len(lines[j-1].strip()) >= 55 \
                and not re.match(r"\s*(§|\d+\.|[–-]|•|[A-ZÅÄÖ][\w ]{0,25}:)", lines[j]):
            text += " " + lines[j].strip(); j += 1
        p = doc.add_paragraph(text)
        if re.match(r"§\s*\d+$", text) or (len(text) < 40 and j < n and not lines[j].strip() is False and text[:1].isupper() and not text.endswith(".")):
            pass
        last_par = p; i = j
    doc.save(out)

for f in sys.argv[2:]:
    src = Path(f)
    build(src, Path(sys.argv[1]) / (src.stem + ".docx"))
