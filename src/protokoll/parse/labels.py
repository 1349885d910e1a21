"""The labels that structure Swedish minutes, as patterns that also match OCR-damaged spellings.

Labels are found before any repair is trusted: "Motet beslutar", "Féredragande", "Narvarande" and
"Anmalt forhinder" all match.
"""
from __future__ import annotations

import re

# OCR may also split one letter in two ("MOotet", "kommundirektérsmoétet"), hence {1,2}.
_CLASSES = {"å": "[åaä&á]{1,2}", "ä": "(?:[äaåá]|ii){1,2}", "ö": "[öoóé6]{1,2}",
            "Å": "[ÅAÄ]", "Ä": "[ÄAÅ]", "Ö": "[ÖO6É]"}


def tolerant(pattern: str) -> str:
    """A regex source where every å/ä/ö also matches what OCR makes of it."""
    return "".join(_CLASSES.get(c, c) for c in pattern)


def _label(alternatives: str, colon: str = r"\s*:?") -> re.Pattern:
    return re.compile(rf"^(?:{tolerant(alternatives)})(?![\wåäöÅÄÖ]){colon}\s*", re.IGNORECASE)


SUMMARY = _label(r"sammanfattning|bakgrund|ärendebeskrivning")
PRESENTERS = _label(r"föredragande|föredragare|presentatörer?|ansvarig för ärendet")
DOCUMENTS = _label(r"beslutsunderlag|underlag|bilagor", r"\s*:")
GUESTS = _label(r"gäster på mötet|gäster|inbjudna gäster|medverkande gäster")
DECIDES = _label(
    r"(?:mötet|gruppen|kommundirektörsgruppen|kommundirektörgruppen|styrelsen|nätverket|sammanträdet)"
    r"\s+(?:beslutar|beslutade|besluter)|beslut", r"\s*:?(?=\s|$)")

PRESENT = _label(r"närvarande(?: ledamöter)?|deltagare|övriga närvarande|adjungerade|ersättare")
EXCUSED = _label(r"anmält förhinder|anmäld frånvaro|förhinder|förhindrade")
ABSENT = _label(r"frånvarande|ej närvarande")
ATTENDANCE = ((PRESENT, "present"), (EXCUSED, "excused"), (ABSENT, "absent"))

SECTION_LABELS = ((SUMMARY, "summary"), (PRESENTERS, "presenters"), (DOCUMENTS, "documents"),
                  (GUESTS, "guests"), (DECIDES, "decisions"))

OPENING = re.compile(tolerant(r"^(?:mötets öppnande|mötet öppnas|öppnande|mötets inledning)"), re.IGNORECASE)
CLOSING = re.compile(tolerant(r"^(?:mötet avslutas|mötets avslutande|mötet förklaras avslutat|avslutning)\b"),
                     re.IGNORECASE)
OTHER_QUESTIONS = re.compile(tolerant(r"^övriga (?:frågor|ärenden)"), re.IGNORECASE)


def section_of(text: str) -> tuple[str, str] | None:
    """(section name, text after the label) when ``text`` starts with an item-section label."""
    for pattern, name in SECTION_LABELS:
        m = pattern.match(text)
        if m:
            rest = text[m.end():]
            if name == "decisions" and rest and not re.match(r"(?:att|Att)\b|:", rest) and \
                    not re.match(r"^\S+\s+\S+", text[: m.end()]):
                continue  # "Beslut om mötesdatum ..." is a sentence, not the label "Beslut:"
            return name, rest
    return None


def attendance_of(text: str) -> tuple[str, str] | None:
    for pattern, status in ATTENDANCE:
        m = pattern.match(text)
        if m:
            rest = text[m.end():]
            if rest and not text[: m.end()].rstrip().endswith(":") and not re.match(r"[A-ZÅÄÖ]", rest):
                continue
            return status, rest
    return None
