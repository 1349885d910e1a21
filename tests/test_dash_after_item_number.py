"""A dash between an item's number and its title ("§ 1 – Mötets öppnande", "Punkt 2 - Ekonomi", "3 – Skyttedagen";
dev fixture 449): the items are read as the same items without the dash, where before the whole text ran into
one item."""
import pytest

from protokoll.pipeline import parse_text

ITEMS = [("Mötets öppnande", "Anna öppnade mötet."), ("Ekonomi", "Rapporten godkändes."),
         ("Skyttedagen", "Styrelsen beslutade att hålla skyttedag 2025-05-10.")]


@pytest.mark.parametrize("shape", ["§ {} – {}", "§ {} - {}", "§{} – {}", "Punkt {} - {}", "{} – {}", "{}. – {}",
                                   "Ärende {} — {}"])
def test_a_dash_between_number_and_title(shape):
    text = "Protokoll styrelsemöte i Lindmo skytteförening\nDatum: 2025-03-04\nNärvarande: Anna Berg, Per Holm\n\n" + \
        "\n\n".join(shape.format(n, title) + "\n" + body for n, (title, body) in enumerate(ITEMS, 1)) + "\n"
    protocol = parse_text(text)
    assert [(i.number, i.title) for i in protocol.items] == [(1, "Mötets öppnande"), (2, "Ekonomi"), (3, "Skyttedagen")]
    assert [len(i.decisions) for i in protocol.items] == [0, 1, 1]


def test_a_range_of_sections_keeps_its_dash():
    protocol = parse_text("Protokoll styrelsemöte i Lindmo skytteförening\nDatum: 2025-03-04\n\n"
                          "§ 1 Öppnande\nAnna öppnade mötet.\n\n§ 2-3 Ekonomi och budget\nRapporten godkändes.\n")
    assert [i.number for i in protocol.items] == [1, 2]


def test_the_present_tense_of_bestämma_is_a_formula():
    protocol = parse_text("Protokoll styrelsemöte i Lindmo skytteförening\nDatum: 2025-03-04\n\n§ 1 – Avgiften\n"
                          "Kassan är god. Styrelsen bestämmer att medlemsavgiften blir oförändrad.\n\n"
                          "§ 2 – Lokalen\nDet bestäms att lokalen städas i maj.\n")
    assert [[d.text for d in i.decisions] for i in protocol.items] == [
        ["att medlemsavgiften blir oförändrad."], ["att lokalen städas i maj."]]
