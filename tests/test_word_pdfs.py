"""Minutes written in a word processor and exported to PDF (python-docx -> LibreOffice in the dev set
/work/devW): what such PDFs print that a typeset or plain-text source does not.
"""
from protokoll.pipeline import parse_file

ONE_PAGE = """Ljungmarkens Brukshundklubb

Ljungmarkens Brukshundklubb
Protokoll fört vid årsmöte
Datum: 2026-02-22
Tid: kl. 15.00–16.40
Plats: Klubbstugan vid Ljungvallen
Närvarande: 31 röstberättigade medlemmar enligt bifogad närvarolista.
§ 1 Årsmötets öppnande. Ordförande Tilde Rosén hälsade medlemmarna välkomna och
förklarade årsmötet öppnat.
§ 2 Fastställande av röstlängd. Närvarolistan fastställdes som röstlängd för årsmötet.
§ 3 Val av mötesfunktionärer. Till ordförande för årsmötet valdes enhälligt av mötet
Birger Lindqvist. Till sekreterare för årsmötet valdes Signe Falkman.
§ 4 Val av justerare. Till justerare tillika rösträknare för årsmötet valdes på förslag Ola
Brink och Maj Ström. Båda godtogs av årsmötet.
§ 5 Fråga om mötet har utlysts på rätt sätt. Årsmötet ansågs stadgeenligt utlyst och
kallat av styrelsen.
§ 6 Styrelsens verksamhetsberättelse. Verksamhetsberättelsen för 2025 föredrogs av
ordföranden och lades till handlingarna.
§ 7 Fråga om ansvarsfrihet för styrelsen. Årsmötet beviljade styrelsen ansvarsfrihet för
verksamhetsåret 2025.
§ 8 Val av styrelseledamöter. Till ordinarie ledamöter för två år valdes Ebba Norling
(omval) och Kasper Vidén (nyval). Till suppleant för ett år valdes Oskar Berg.
§ 9 Årsmötets avslutande. Mötesordförande Birger Lindqvist tackade för visat intresse
och förklarade årsmötet avslutat.

Birger Lindqvist                                  Signe Falkman
mötesordförande                                   sekreterare

Ola Brink                                         Maj Ström
justerare                                         justerare

Justerandes signatur ..............  Utdragsbestyrkande
"""


def test_page_footer_with_dotted_signature_boxes_does_not_end_the_signature_block(tmp_path):
    """A Word footer "Justerandes signatur ....  Utdragsbestyrkande ...." under the last signatures of a
    one-page document (no running footer to compare it with) is furniture, not a line of the block."""
    path = tmp_path / "arsmote.txt"
    path.write_text(ONE_PAGE, encoding="utf-8")
    record = parse_file(path).to_json()
    assert record["chair"] == "Birger Lindqvist"
    assert record["adjusters"] == ["Ola Brink", "Maj Ström"]
