"""Attachments printed after the minutes' closing signatures ("Bilaga 1", "Bilaga 2 till protokoll ... § 34": a plan,
a written reservation, a report) are no part of the last item: their numbered headings, tasks and "beslutar att"
sentences are the attachment's. An attachment's heading within the minutes, before the signatures, ends nothing.
Dev fixtures 804 and 805 hold the shape whole."""
from protokoll.pipeline import parse_text

_MINUTES = ("Ekudds scoutkår\nProtokoll fört vid styrelsemöte 2025-03-04\nNärvarande: Ada Berg, Bo Ek, Cia Holm\n\n"
            "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            "§ 2 Hajk\nStyrelsen beslutade att genomföra vårhajken den 17 maj.\n{inside}\n"
            "§ 3 Mötets avslutande\nOrdföranden avslutade mötet.\n\n"
            "Vid protokollet\n\nBo Ek\n\nJusteras\n\nAda Berg                Cia Holm\n")
_ATTACHMENT = ("Bilaga 1\n\nFörslag till verksamhetsplan\n\n1. Medlemmar\nKåren ska växa med tio medlemmar. Styrelsen "
               "ansvarar för värvningen senast den 30 juni.\n\n2. Ekonomi\nKåren beslutar att söka kommunens bidrag.\n")


def _read(text):
    p = parse_text(text)
    return [(item.title, [d.text for d in item.decisions], [s.title for s in item.subitems]) for item in p.items]


def test_an_attachment_after_the_signatures_is_left_out():
    minutes = _MINUTES.format(inside="")
    for joint in ("\f", "\n"):  # on a page of its own, or after a blank line where the page break was lost
        assert _read(minutes + joint + _ATTACHMENT) == _read(minutes)
    assert _read(minutes + "\fBilaga 2 till protokoll 2025-03-04 § 2\n\nReservation\nVi reserverar oss och "
                 "beslutar att yrka avslag.\n") == _read(minutes)


def test_an_attachment_heading_before_the_signatures_ends_nothing():
    """Within the minutes ("Bilaga 1" heading a passage of § 2, the signatures still to come) nothing is cut:
    § 3 and the signatures are read."""
    p = parse_text(_MINUTES.format(inside="\fBilaga 1\nProgram för hajken.\n"))
    assert [item.title for item in p.items][-1] == "Mötets avslutande"
    assert p.secretary == "Bo Ek"
