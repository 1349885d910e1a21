"""The attendance picture: municipality × meeting as an SVG heatmap, built from ``archive.attendance``.

Each cell is one municipality at one meeting: green when someone attended for it (darker for more
people), amber when its people were excused, red when they were absent, grey when nobody was listed.
Column heads link to the meetings; every cell has a tooltip naming the people.
"""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

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


def svg(data: dict, link=lambda meeting: f"/meetings/{meeting['id']}") -> str:
    meetings, rows = data["meetings"], data["rows"]
    width = max(LEFT + CELL_W * max(len(meetings), 1) + 10, 720)
    height = TOP + CELL_H * len(rows) + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="system-ui, sans-serif" font-size="12">',
           "<title>Närvaro per kommun och möte</title>"]
    for j, meeting in enumerate(meetings):
        x = LEFT + j * CELL_W + CELL_W / 2
        label = meeting["date"] or "?"
        out.append(f'<a href={quoteattr(link(meeting))}><text x="{x:.0f}" y="{TOP - 8}" '
                   f'transform="rotate(-55 {x:.0f} {TOP - 8})" fill="#1a4c7a">{escape(label)}</text></a>')
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
                          f'fill="{"#fff" if kind == "present2" else "#1b1b1b"}">{present}</text>' if cell else "")
                       + "</g>")
    y = TOP + len(rows) * CELL_H + 22
    x = LEFT
    for kind, label in (("present1", "närvarande"), ("present2", "två eller fler"), ("excused", "förhinder"),
                        ("absent", "frånvarande"), ("none", "ingen listad")):
        out.append(f'<rect x="{x}" y="{y - 11}" width="14" height="14" rx="3" fill="{COLORS[kind]}"/>'
                   f'<text x="{x + 19}" y="{y}">{label}</text>')
        x += 19 + 8 * len(label) + 14
    out.append("</svg>")
    return "\n".join(out)
