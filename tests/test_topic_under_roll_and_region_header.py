"""A roll one name a line over the first unnumbered topic, and a region's name before its body on a header line."""
from protokoll.pipeline import parse_text


def _notes(roll: str, gap: str = "\n") -> str:
    return ("Anteckningar från styrelsemöte i Ekbackens odlingsförening\nDatum: 2026-02-10\n\nNärvarande:\n"
            f"{roll}\n{gap}Budget\nKassören gick igenom förslaget till budget för året.\n"
            "Styrelsen beslutade att anta budgeten.\n\nÖvrigt\nInga övriga frågor togs upp.\n")


def test_a_heading_over_running_text_under_a_roll_is_the_first_topic():
    """Minutes without item numbers whose roll stands one name a line: the first heading after the roll, over a
    paragraph of running text, was read as one more person ("Budget") and its paragraph as the first item."""
    for roll, gap in (("Maja Ek\nJörgen Lund\nSanna Berg", "\n"), ("Maja\nJörgen\nSanna", "\n"),
                      ("Maja\nJörgen\nSanna", "")):
        minutes = parse_text(_notes(roll, gap))
        assert [a.name for a in minutes.attendees] == roll.split("\n"), (roll, gap)
        assert [item.title for item in minutes.items] == ["Budget", "Övrigt"], (roll, gap)


def test_a_given_name_at_the_end_of_a_roll_stays_a_person():
    """A given name alone ("Maja") last in a roll of given names is a person, a blank line and a topic after it."""
    minutes = parse_text("Syföreningen Tråden\nMinnesanteckningar styrelsemöte\n2026-03-05\n\nNärvarande\nKarin\nOlle\n"
                         "Maja\n\nEkonomi\nKassan är god och medlemsavgifterna har kommit in.\n")
    assert [a.name for a in minutes.attendees] == ["Karin", "Olle", "Maja"]
    assert [item.title for item in minutes.items] == ["Ekonomi"]


def test_a_region_and_its_body_on_one_header_line_are_parted():
    """"Region Västersjö Regionstyrelsen": the organisation's word before its name, then the body, on one line, named
    the whole line the organisation and no body (the rule that parts "Lindmo kommun Socialnämnden" covers it)."""
    rest = "\nSammanträdesdatum 2026-03-17\n\n§ 21 Val av justerare\nRegionstyrelsen beslutar att utse Eva Ek.\n"
    for head, org, body in (("Region Västersjö Regionstyrelsen", "Region Västersjö", "Regionstyrelsen"),
                            ("Region Gävleby Hälso- och sjukvårdsnämnden", "Region Gävleby",
                             "Hälso- och sjukvårdsnämnden"),
                            ("Region Östra Sjöland Regionfullmäktige", "Region Östra Sjöland", "Regionfullmäktige")):
        minutes = parse_text(head + rest)
        assert (minutes.organisation, minutes.body) == (org, body), head


def test_a_roll_row_with_its_role_beside_the_name_stays_an_entry():
    """ "Camilla Vinter      nämndsekreterare" last under "Övriga deltagare:", the header table's label lines after it
    (a Word table's rows as the text layer lays them out, the word2 rendering of shared genre 02): a row of cells, no
    topic heading."""
    from protokoll.pipeline import parse_text

    pad = " " * 28
    text = ("Norrviks kommun                         PROTOKOLL\nSamhällsbyggnadsnämnden                 "
            "Sammanträdesdatum\n                                        2025-04-23\n"
            "Plats och tid:             Stadshuset i Norrvik, kl. 13.15–15.40\nBeslutande:\n"
            f"{pad}Lena Hedberg                   C        ordförande\n{pad}Göran Sjöholm                  S\n"
            f"Övriga deltagare:\n{pad}Mats Thunberg            samhällsbyggnadschef\n"
            f"{pad}Elin Rask                bygglovshandläggare, SBN § 46\n{pad}Camilla Vinter           nämndsekreterare\n"
            "Utses att justera:         Göran Sjöholm (S)\nJusteringens plats och     Stadshuset, 2025-04-28 kl. 10.00\n"
            "tid:\nParagrafer:                SBN § 45–46\n\n"
            "SBN § 45\nGodkännande av föredragningslista\n\nBeslut\nFöredragningslistan godkänns.\n\n"
            "SBN § 46\nDelegationsbeslut\n\nBeslut\nRedovisningen läggs till handlingarna.\n")
    assert [a.name for a in parse_text(text).attendees][-1] == "Camilla Vinter"


def test_a_meeting_then_an_association_named_in_lower_case():
    """ "Styrelsemöte Ekbackens odlingsförening": the meeting, then the association by its place and its kind in lower
    case (dev 807); before, the whole line was the organisation and there was no body."""
    from protokoll.pipeline import parse_text

    for title, org in [("Styrelsemöte Ekbackens odlingsförening", "Ekbackens odlingsförening"),
                       ("Årsmöte Norrbo idrottsklubb", "Norrbo idrottsklubb"),
                       ("Stämma Bergby vägsamfällighet", "Bergby vägsamfällighet")]:
        p = parse_text(title + "\n2025-04-02\n\nNärvarande: Anna Berg, Bo Ek, Cia Holm\n\n1. Mötets öppnande\n"
                       "Anna öppnade mötet.\n\n2. Vårstädning\nStyrelsen beslutade att städa.\n\n3. Avslutning\n"
                       "Anna avslutade mötet.\n")
        assert (p.organisation, p.body) == (org, title.split()[0])
