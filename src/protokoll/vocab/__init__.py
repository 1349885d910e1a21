"""The genre's vocabulary, below both clean and parse: label words and decision formulas (``labels``),
conventions as named data (``conventions``: list headings, roles, parties, numbering), numbers and dates as
written in Swedish. Cleaning needs the same words as parsing (a section label, a wrapped column title, a
meeting-number label), so they live here and neither layer imports the one above it."""
