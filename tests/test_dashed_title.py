"""A title in parts parted by dashes ("Brf Eken – Protokoll styrelsemöte 2025-03-04", "Styrelsemöte – Lindmo IF",
"Protokoll styrelsemöte – Lindmo IF – 2025-03-04") or with the date after "Protokoll" ("Protokoll 2025-03-04
Styrelsemöte Lindmo skytteförening"): the organisation and the meeting as the title sentence gives them
(dev fixture 450)."""
import pytest

from protokoll.pipeline import parse_text

BODY = "\nNärvarande: Anna Berg, Per Holm\n\n§ 1 Mötets öppnande\nAnna öppnade mötet.\n"


@pytest.mark.parametrize("title, organisation, body", [
    ("Brf Eken – Protokoll styrelsemöte 2025-03-04", "Brf Eken", "styrelsemöte"),
    ("Lindmo IF – protokoll från styrelsemöte 2025-03-04", "Lindmo IF", "styrelsemöte"),
    ("Styrelsemöte – Lindmo IF\nDatum: 2025-03-04", "Lindmo IF", "Styrelsemöte"),
    ("Protokoll styrelsemöte – Lindmo IF – 2025-03-04", "Lindmo IF", "styrelsemöte"),
    ("Protokoll styrelsemöte – Lindmo IF – tisdag den 4 mars 2025", "Lindmo IF", "styrelsemöte"),
    ("Protokoll 2025-03-04 Styrelsemöte Lindmo skytteförening", "Lindmo skytteförening", "Styrelsemöte"),
    ("Hjo-Tibro FK – Årsmöte 2025\nDatum: 2025-03-04", "Hjo-Tibro FK", "Årsmöte"),
    ("Lindmo IF - Styrelsemöte 2025-03-04", "Lindmo IF", "Styrelsemöte"),  # read so before too
])
def test_dashed_titles(title, organisation, body):
    protocol = parse_text(title + BODY)
    assert (protocol.organisation, protocol.body, str(protocol.date)) == (organisation, body, "2025-03-04")


def test_a_document_word_before_the_dash_leaves_the_body_to_the_other_part():
    protocol = parse_text("Minnesanteckningar – Nätverket för fritidsgårdar i Västersjö län\nDatum: 2025-03-04" + BODY)
    assert protocol.body == "Nätverket för fritidsgårdar"
