"""Published minutes whose paragraphs skip numbers: items held under secrecy left out ("Paragraferna 65-68 ...
omfattas av sekretess"), or only some paragraphs printed. The paragraphs after the gap are items still (dev 806);
a "§ N" that jumps ahead and is not followed on from is a reference in the text, no item."""
from protokoll.pipeline import parse_text

_HEAD = "Kommunstyrelsen\nProtokoll 2025-03-04\nNärvarande: Anna Ek (S), ordförande, Bo Lind (M), Cia Holm (C)\n\n"


def _items(text):
    return [(item.number, item.title) for item in parse_text(_HEAD + text).items]


def test_paragraphs_after_a_gap_are_items():
    text = ("§ 4 Val av justerare\nBo Lind utses att justera protokollet.\n\n"
            "§ 5 Budget\nKommunstyrelsen beslutar att godkänna budgeten.\n\n"
            "§ 12 Motion om cykelvägar\nKommunstyrelsen beslutar att avslå motionen.\n\n"
            "§ 13 Anmälningar\nAnmälningarna läggs till handlingarna.\n")
    assert _items(text) == [(4, "Val av justerare"), (5, "Budget"), (12, "Motion om cykelvägar"), (13, "Anmälningar")]
    # the last paragraph alone after the gap
    assert _items(text.split("§ 13")[0])[-1] == (12, "Motion om cykelvägar")


def test_a_paragraph_reference_ahead_of_the_run_is_no_item():
    text = ("§ 4 Val av justerare\nBo Lind utses att justera protokollet.\n\n"
            "§ 5 Budget\nKommunstyrelsen beslutar att godkänna budgeten enligt\n§ 30 Kommunallagen\n\n"
            "§ 6 Anmälningar\nAnmälningarna läggs till handlingarna.\n")
    assert [n for n, _ in _items(text)] == [4, 5, 6]
