"""The meeting's officers (chair, secretary, adjusters), attendees' roles and header meta in the shapes
real Swedish minutes use, one test per rule (fictional names, see tests/fixtures/genre 61–65)."""
from protokoll.clean.lines import clean
from protokoll.vocab import conventions as cv
from protokoll.parse.attendance import parse_attendance
from protokoll.vocab.lists import role_tail
from protokoll.parse.elections import led_by, opening_chair
from protokoll.pipeline import parse_text


def entries(text):
    return [(a.name, a.affiliation, a.status, a.role)
            for a in parse_attendance(clean(text, repair=False).lines)]


HEAD = "Protokoll från styrelsemöte i Exempelbyns byalag\nDatum: 2025-03-13\nTid: 18.00–19.45\nPlats: Byastugan\n\n"


def test_role_after_the_name_without_a_comma():
    assert role_tail("Torgny Lindell ordf.") == ("Torgny Lindell", "ordf")
    assert role_tail("Rut Sjölin suppl.") == ("Rut Sjölin", "suppl")
    assert role_tail("Mats Ekholm") is None
    got = entries("Närvarande: Anna Ek ordf., Per Berg sekr., Eva Holm kassör, Olle Sand")
    assert got == [("Anna Ek", "ordf", "present", "ordf"), ("Per Berg", "sekr", "present", "sekr"),
                   ("Eva Holm", "kassör", "present", "kassör"), ("Olle Sand", None, "present", None)]


def test_role_after_a_dash_is_what_the_list_says_of_the_person():
    got = entries("Deltagare: Anna Kvist (förälder 3B), Rektor Maria Holm, Lisa Berg – fritidspedagog")
    assert got == [("Anna Kvist", "förälder 3B", "present", None), ("Maria Holm", "rektor", "present", "rektor"),
                   ("Lisa Berg", "fritidspedagog", "present", "fritidspedagog")]


def test_organisation_named_by_its_acronym_is_no_person():
    got = entries("Ledamöter:\nBritt Sand, PRO Gransjö\nLars Vik, SPF Seniorerna Gransjö")
    assert got == [("Britt Sand", "PRO Gransjö", "present", None),
                   ("Lars Vik", "SPF Seniorerna Gransjö", "present", None)]


def test_abbreviated_roles_are_roles():
    for word in ("v. ordf", "suppl.", "V. ordf.", "adj"):
        assert cv.is_role(word), word


def test_list_written_role_first_in_two_columns():
    text = HEAD + ("Närvarande\nOrdf.          Elin Markusson\nV. ordf.       Tobias Wern\nSekr.          Hanna Lööf\n"
                   "Ledamot        Julia Sten\n\nFrånvarande\nLedamot        Oscar Lind\n\n"
                   "Mötesordförande: Elin Markusson\n\n1. Mötets öppnande\nMötet öppnades.\n")
    p = parse_text(text)
    assert [(a.name, a.role, a.status) for a in p.attendees] == [
        ("Elin Markusson", "ordförande", "present"), ("Tobias Wern", "vice ordförande", "present"),
        ("Hanna Lööf", "sekreterare", "present"), ("Julia Sten", "ledamot", "present"), ("Oscar Lind", "ledamot", "absent")]
    assert p.chair == "Elin Markusson"


def test_office_label_with_colon_after_a_list_is_an_office():
    text = HEAD + "Närvarande: Anna Ek, Per Berg, Eva Holm\nSekr: Per Berg\nProtokolljusterare: Eva Holm\n\n" \
        "1. Mötets öppnande\nMötet öppnades.\n"
    p = parse_text(text)
    assert (p.secretary, p.adjusters) == ("Per Berg", ["Eva Holm"])


def test_the_meeting_led_by_names_the_chair():
    assert led_by("Mötet leddes av Anna Kvist.") == "Anna Kvist"
    text = HEAD + "Närvarande: Anna Ek, Per Berg, Eva Holm\n\nMötet leddes av Eva Holm.\n\n1. Information\nInget.\n"
    assert parse_text(text).chair == "Eva Holm"


def test_titled_opener_is_the_chair_where_no_one_is_elected():
    assert opening_chair(["Ordförande Torgny Lindell öppnar mötet."]) == "Torgny Lindell"
    assert opening_chair(["Föreningens ordförande Stina Berg hälsade alla välkomna."]) == "Stina Berg"
    assert opening_chair(["Mötet öppnades av ordförande Lars Bäck."]) == "Lars Bäck"
    assert opening_chair(["Vice ordförande Per Berg öppnade mötet."]) is None
    assert opening_chair(["Hanna öppnade mötet."]) is None  # no title: no chair
    text = HEAD + "Närvarande: Anna Ek, Per Berg, Eva Holm\n\n§ 1 Föreningens ordförande Anna Ek öppnade mötet.\n" \
        "§ 2 Val av mötesordförande\nTill ordförande för mötet valdes Per Berg.\n"
    assert parse_text(text).chair == "Per Berg"  # the elected chair, not the board's
    text = HEAD + "Närvarande: Anna Ek, Per Berg, Eva Holm\n\n§ 1 Ordförande Anna Ek öppnade mötet.\n§ 2 Info\nInget.\n"
    assert parse_text(text).chair == "Anna Ek"


def test_abbreviated_chair_role_names_the_chair():
    text = HEAD + "Närvarande: Anna Ek ordf., Per Berg, Eva Holm\n\n1. Information\nInget.\n"
    assert parse_text(text).chair == "Anna Ek"


def test_adjusters_elected_after_the_clause_and_the_secretary_who_keeps_the_minutes():
    text = HEAD + ("Närvarande: 20 medlemmar\n\n§ 1 Val av mötesfunktionärer\n"
                   "Anna Ek utsågs att föra protokollet.\n"
                   "Att jämte ordföranden justera protokollet tillika vara rösträknare valdes Olle Nyman och Siv Ek.\n"
                   "§ 2 Info\nInget.\n")
    p = parse_text(text)
    assert p.secretary == "Anna Ek" and p.adjusters == ["Olle Nyman", "Siv Ek"]


def test_bare_office_line_and_justeringsman():
    text = HEAD + "Närvarande: Anna Ek, Per Berg, Eva Holm\n\n§ 1 Justeringsperson Eva Holm.\n§ 2 Info\nInget.\n"
    assert parse_text(text).adjusters == ["Eva Holm"]
    text = HEAD + "Närvarande: Anna Ek, Per Berg, Eva Holm\n\n§ 1 Val av justeringsmän\n" \
        "Till justeringsmän valdes Per Berg och Eva Holm.\n§ 2 Info\nInget.\n"
    assert parse_text(text).adjusters == ["Per Berg", "Eva Holm"]


def test_body_line_with_number_and_season():
    text = "Teknologkåren Exempel\nPROTOKOLL\nStyrelsemöte nr 7 2024/2025\n\nDatum: 2025-02-20\n\n" \
        "Närvarande: Anna Ek, Per Berg\n\n1. Information\nInget.\n"
    p = parse_text(text)
    assert (p.body, p.number) == ("Styrelsemöte", 7)


ANNUAL = "Protokoll från årsmöte i Exempelbyns byalag\nDatum: 2025-03-13\nTid: 18.00–19.45\nPlats: Byastugan\n\n" \
    "Närvarande: 12 medlemmar\n\n"


def test_office_and_names_after_a_colon_in_the_item_line():
    p = parse_text(ANNUAL + "§ 1 Mötets öppnande\nMötet öppnades.\n§ 2 Val av ordförande för mötet: Ann Berg.\n"
                   "§ 3 Val av sekreterare för mötet: Per Ek.\n§ 4 Val av justerare: Eva Holm, Siv Ek.\n§ 5 Info\nInget.\n")
    assert (p.chair, p.secretary, p.adjusters) == ("Ann Berg", "Per Ek", ["Eva Holm", "Siv Ek"])
    # the board's chair, elected without "för mötet", is not the meeting's
    assert parse_text(ANNUAL + "§ 1 Val av ordförande: Ann Berg.\n§ 2 Info\nInget.\n").chair is None


def test_two_offices_in_one_bare_line():
    p = parse_text(ANNUAL + "1. Mötet öppnat\nMötesordförande Martin Ivarsson och mötessekreterare Niclas Holm\n"
                   "2. Val av justeringsman\nMicael Eriksson valdes till justeringsman\n3. Info\nInget.\n")
    assert (p.chair, p.secretary) == ("Martin Ivarsson", "Niclas Holm")


SIGNED_BODY = (HEAD + "Närvarande: Anna Berg, Lars Ek, Maria Holm, Per Lund\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
               "§ 2 Dagordning\nDagordningen godkändes.\n\n§ 3 Ekonomi\nStyrelsen beslutade att lägga rapporten "
               "till handlingarna.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n\n")


def officers(signatures):
    p = parse_text(SIGNED_BODY + signatures, "signatures.txt")
    return p.chair, p.secretary, p.adjusters


def test_signature_columns_headed_by_offices_over_dotted_lines():
    # "Sekreterare   Ordförande" over dotted lines and the names under them, then "Justerare" below
    block = ("Sekreterare                      Ordförande\n\n\n.........................        "
             ".........................\nAnna Berg                        Lars Ek\n\nJusterare\n\n"
             ".........................\nMaria Holm\n")
    assert officers(block) == ("Lars Ek", "Anna Berg", ["Maria Holm"])


def test_signatures_written_as_name_and_office():
    assert officers("Anna Berg, sekreterare\nLars Ek, ordförande\nMaria Holm, justerare\n") == \
        ("Lars Ek", "Anna Berg", ["Maria Holm"])


def test_justeras_beside_an_office_word_still_names_the_adjuster():
    # "Protokollförare" is an office, "Justeras" only an introduction: the name under it is the adjuster
    assert officers("Protokollförare                  Justeras\n\n\nAnna Berg                        Maria Holm\n")[1:] == \
        ("Anna Berg", ["Maria Holm"])


def test_front_signature_block_with_a_line_to_sign_between_office_and_name():
    text = ("SOCIALNÄMNDEN  SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2025-05-20\n\nPlats och tid: Kommunhuset, "
            "kl. 13.00–15.30\nBeslutande: Eva Lind (S), ordförande\nKarl Berg (M)\nUtses att justera: Karl Berg\n"
            "Underskrifter\n\nSekreterare\n\n.................................\nAnna Berg\n\nOrdförande\n\n"
            ".................................\nEva Lind\n\n§ 41 Dnr SN 2025/31\nBudget\n\nSocialnämndens beslut\n"
            "Socialnämnden godkänner budgeten.\n\n§ 42 Information\n\nSocialnämndens beslut\nInformationen noteras.\n")
    p = parse_text(text, "sn.txt")
    assert (p.chair, p.secretary) == ("Eva Lind", "Anna Berg")


def test_who_kept_the_minutes_in_the_closing_lines():
    assert officers("Protokollet fördes av Anna Berg.\n")[1] == "Anna Berg"
    assert officers("Minnesanteckningarna skrevs av Anna Berg\n")[1] == "Anna Berg"


def test_name_and_role_entries_in_two_columns_keep_their_own_roles():
    text = (HEAD + "Närvarande:\nAnna Berg, ordförande                    Lars Ek, kassör\n"
            "Maria Holm, sekreterare                  Per Lund, ledamot\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
            "§ 2 Dagordning\nDagordningen godkändes.\n\n§ 3 Ekonomi\nStyrelsen beslutade att lägga rapporten "
            "till handlingarna.\n")
    p = parse_text(text, "kolumner.txt")
    assert [(a.name, a.role) for a in p.attendees] == [
        ("Anna Berg", "ordförande"), ("Lars Ek", "kassör"), ("Maria Holm", "sekreterare"), ("Per Lund", "ledamot")]
    # with no one else named for them, the board's chair leads and its secretary keeps the minutes
    assert (p.chair, p.secretary) == ("Anna Berg", "Maria Holm")


def test_signaturer_heads_a_hand_signed_block_but_a_signing_page_is_cut():
    block = "Signaturer\n\nAnna Berg\nSekreterare\n\nLars Ek\nOrdförande\n\nMaria Holm\nJusterare\n"
    assert officers(block) == ("Lars Ek", "Anna Berg", ["Maria Holm"])
    # the same word at the top of a page of its own is a signing service's page: nothing on it is read
    service = "\fSignaturer\n\nPer Lund\nJusterare\nSignerat 2025-03-06 10:12 med BankID\n"
    p = parse_text(SIGNED_BODY + service, "esign.txt")
    assert "Per Lund" not in p.adjusters
