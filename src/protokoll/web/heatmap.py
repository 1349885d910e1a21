"""The attendance picture: municipality × meeting as an SVG heatmap, built from ``archive.attendance``.

Each cell is one municipality at one meeting: green with the number present when someone attended for
it (darker for more people), amber with an F when its people were excused, red with an A when they were
absent, grey when nobody was listed: told apart by the letter as well as the colour. Every cell has a
tooltip naming the people. The picture is an image (no links inside it); the attendance page shows the
same data as a table, with the names and links to the meetings, as its text alternative.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

CELL_W, CELL_H = 34, 24
LEFT, TOP = 130, 92
STATUS_SV = {"present": "närvarande", "excused": "anmält förhinder", "absent": "frånvarande"}
COLORS = {"present1": "#7cc68a", "present2": "#2f8f46", "excused": "#f2c14e", "absent": "#e07a6f",
          "none": "#eceff1"}


def cell_kind(cell: list[dict]) -> str:
    present = sum(p["status"] == "present" for p in cell)
    if present >= 2:
        return "present2"
    if present == 1:
        return "present1"
    if any(p["status"] == "excused" for p in cell):
        return "excused"
    if cell:
        return "absent"
    return "none"


LETTERS = {"excused": "F", "absent": "A"}
LEGEND = (("present1", "1 närvarande"), ("present2", "2 eller fler"), ("excused", "F förhinder"),
          ("absent", "A frånvarande"), ("none", "ingen listad"))


def _legend_width(label: str) -> int:
    """Room for one legend entry: its swatch and its label at about 8 px a letter."""
    return 19 + 8 * len(label) + 14


def svg(data: dict) -> str:
    meetings, rows = data["meetings"], data["rows"]
    width = max(LEFT + CELL_W * max(len(meetings), 1) + 10, LEFT + sum(_legend_width(label) for _, label in LEGEND))
    height = TOP + CELL_H * len(rows) + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="system-ui, sans-serif" font-size="12" '
           f'aria-labelledby="heatmap-title heatmap-desc">',
           '<title id="heatmap-title">Närvaro per kommun och möte</title>',
           f'<desc id="heatmap-desc">{len(rows)} kommuner vid {len(meetings)} möten: siffran är antalet närvarande, '
           'F anmält förhinder, A frånvarande.</desc>']
    for j, meeting in enumerate(meetings):
        x = LEFT + j * CELL_W + CELL_W / 2
        label = meeting["date"] or "?"
        out.append(f'<text x="{x:.0f}" y="{TOP - 8}" transform="rotate(-55 {x:.0f} {TOP - 8})" '
                   f'fill="#1b1b1b">{escape(label)}</text>')
    for i, row in enumerate(rows):
        y = TOP + i * CELL_H
        out.append(f'<text x="{LEFT - 8}" y="{y + CELL_H / 2 + 4:.0f}" text-anchor="end">'
                   f'{escape(row["municipality"])}</text>')
        for j, cell in enumerate(row["cells"]):
            kind = cell_kind(cell)
            names = "; ".join(f'{p["name"]} ({STATUS_SV.get(p["status"], p["status"])})' for p in cell) or "ingen"
            tip = f'{row["municipality"]}, {meetings[j]["date"]}: {names}'
            x = LEFT + j * CELL_W
            present = sum(p["status"] == "present" for p in cell)
            out.append(f'<g class="cell {kind}"><title>{escape(tip)}</title>'
                       f'<rect x="{x + 1}" y="{y + 1}" width="{CELL_W - 2}" height="{CELL_H - 2}" rx="3" '
                       f'fill="{COLORS[kind]}"/>'
                       + (f'<text x="{x + CELL_W / 2:.0f}" y="{y + CELL_H / 2 + 4:.0f}" text-anchor="middle" '
                          f'font-weight="{"400" if present else "700"}" '
                          f'fill="{"#fff" if kind == "present2" else "#1b1b1b"}">{present or LETTERS[kind]}</text>'
                          if cell else "")
                       + "</g>")
    y = TOP + len(rows) * CELL_H + 22
    x = LEFT
    for kind, label in LEGEND:
        out.append(f'<rect x="{x}" y="{y - 11}" width="14" height="14" rx="3" fill="{COLORS[kind]}"/>'
                   f'<text x="{x + 19}" y="{y}">{label}</text>')
        x += _legend_width(label)
    out.append("</svg>")
    return "\n".join(out)
