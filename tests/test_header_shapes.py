"""Header and officer shapes of other bodies' minutes (fictional text)."""
from protokoll.pipeline import clean, parse_text

ITEMS = ("§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2 Val av mötesfunktionärer\n{officers}\n"
         "§ 3 Val av justerare\n{adjusters}\n§ 4 Val av styrelse\nTill ordförande för ett år valdes Eva Holm.\n"
         "§ 5 Avslutning\nOrdföranden förklarade mötet avslutad kl. 20.55.\n")


def officers(officers: str, adjusters: str):
    text = "Protokoll fört vid årsmöte i Ekby Hembygdsförening 2024-03-12\nNärvarande: Anna Ek, Per Berg, Lisa Holm\n\n"
    p = parse_text(text + ITEMS.format(officers=officers, adjusters=adjusters), "officers.txt")
    return p.chair, p.secretary, p.adjusters


def test_officers_elected_in_the_opening_items():
    assert officers("Till ordförande för mötet valdes Anna Ek och till sekreterare Per Berg.",
                    "Lisa Holm och Bo Rask valdes att justera protokollet.") == (
        "Anna Ek", "Per Berg", ["Lisa Holm", "Bo Rask"])
    assert officers("Mötet beslutade att välja Anna Ek till mötesordförande och Per Berg till sekreterare.",
                    "Mötet beslutade att välja Lisa Holm att jämte ordföranden justera protokollet.") == (
        "Anna Ek", "Per Berg", ["Lisa Holm"])


def test_a_bare_election_takes_its_office_from_the_item_title():
    assert officers("Anna Ek valdes till ordförande. Per Berg valdes till sekreterare.",
                    "Lisa Holm och Bo Rask valdes.")[2] == ["Lisa Holm", "Bo Rask"]


def test_a_board_election_for_a_term_is_not_the_meeting_chair():
    assert officers("Per Berg valdes till sekreterare.", "Lisa Holm valdes att justera protokollet.")[0] != "Eva Holm"


def test_end_time_from_a_closing_sentence_with_avslutad():
    p = parse_text("Protokoll fört vid årsmöte i Ekby Hembygdsförening 2024-03-12\nNärvarande: Anna Ek, Per Berg\n\n"
                   + ITEMS.format(officers="", adjusters=""), "end.txt")
    assert p.end_time == "20:55"


def test_header_paragraph_with_labelled_fields_and_a_list():
    text = ("SPF Seniorerna Ekby\n\nProtokoll fört vid styrelsesammanträde för SPF Seniorerna Ekby. Tid: 2024-11-19\n"
            "10.00-12.15. Plats: Träffpunkten, Kyrkvägen 2, Ekby. Deltagande: Rune Ahl\n"
            "(ordf.), Berit Sjö, Sören Malm och Ulla Fri (sekr.).\nAnmält frånvaro: Maud Lind.\n\n"
            "§1. Mötets öppnande\nOrdföranden förklarade mötet öppnat.\n\n§2. Val av justerare\n"
            "Sören Malm valdes att justera protokollet.\n")
    p = parse_text(text, "paragraph.txt")
    assert (p.organisation, p.body, p.date.isoformat()) == ("SPF Seniorerna Ekby", "styrelsesammanträde", "2024-11-19")
    assert p.location == "Träffpunkten, Kyrkvägen 2, Ekby"
    assert [(a.name, a.status) for a in p.attendees] == [
        ("Rune Ahl", "present"), ("Berit Sjö", "present"), ("Sören Malm", "present"), ("Ulla Fri", "present"),
        ("Maud Lind", "excused")]


def items_of(body: str):
    text = "Protokoll fört vid styrelsemöte i Ekby Byalag 2024-03-12\nNärvarande: Anna Ek, Per Berg\n\n" + body
    return [(i.number, i.label, i.title, [s.title for s in i.subitems]) for i in parse_text(text, "items.txt").items]


def test_bare_running_numbers_that_start_anywhere():
    body = "".join(f"{n} {t}\nText om punkten.\n\n" for n, t in
                   [(10, "Val av justerare"), (11, "Dagordning"), (12, "Vallokaler"), (13, "Information")])
    assert [(n, t) for n, _, t, _ in items_of(body)] == [
        (10, "Val av justerare"), (11, "Dagordning"), (12, "Vallokaler"), (13, "Information")]


def test_two_numbers_in_running_text_are_not_an_agenda():
    body = "1. Mötets öppnande\nMötet öppnades.\n2. Budget\n14 Ledamöter röstade för.\n15 Ledamöter röstade mot.\n" \
           "3. Avslutning\nMötet avslutades.\n"
    assert [t for _, _, t, _ in items_of(body)] == ["Mötets öppnande", "Budget", "Avslutning"]


def test_title_and_text_on_one_line_and_lettered_sub_items():
    body = ("§1. Mötets öppnande. Ordföranden förklarade mötet öppnat.\n\n§2. Godkännande av dagordning. "
            "Dagordningen godkändes.\n\n§3. Inkomna skrivelser\nA. Distriktet: Inbjudan till konferens.\n"
            "Styrelsen utsåg Anna Ek att delta.\nB. Kommunen: Remiss om äldreplan. Per skriver ett yttrande.\n")
    assert items_of(body) == [
        (1, "§1", "Mötets öppnande", []), (2, "§2", "Godkännande av dagordning", []),
        (3, "§3", "Inkomna skrivelser", ["Distriktet: Inbjudan till konferens", "Kommunen: Remiss om äldreplan"])]


def test_running_footer_on_page_one_and_repeated_decision_heading_on_page_tops():
    page_end = "\n\nEkby Båtklubb – protokoll nr 3/2024\nSida {n} av 2\n"
    text = ("Ekby Båtklubb\nProtokoll nr 3/2024\nDatum: 2024-03-12\nNärvarande: Anna Ek, Per Berg\n\n"
            "1) Mötets öppnande\nMötet öppnades.\n2) Bryggan\nNya linor behövs.\n\nStyrelsens beslut\n"
            "Nya linor köps in." + page_end.format(n=1) + "\fStyrelsens beslut\nStyrelsen beslutar att måla bryggan.\n"
            "3) Avslutning\nMötet avslutades." + page_end.format(n=2))
    lines = [line.text for line in clean(text).lines]
    assert "Ekby Båtklubb – protokoll nr 3/2024" not in lines
    assert lines.count("Styrelsens beslut") == 2


def test_a_meeting_date_read_twice_is_one_scheduled_meeting():
    text = ("Protokoll från styrelsemöte i Ekby Scoutkår\nDatum: 2024-01-20\nNärvarande: Anna Ek, Per Berg\n\n"
            "§ 1 Mötesdatum\nStyrelsen beslutade att hålla möten följande datum under våren 2024:\n"
            "- tisdag 12 mars\n- tisdag 16 april\n\n§ 2 Nästa möte\nNästa styrelsemöte är planerat till den 12 mars kl. 18.30.\n")
    meetings = [(m.date.isoformat(), m.start_time) for m in parse_text(text, "dates.txt").scheduled_meetings]
    assert sorted(meetings) == [("2024-03-12", "18:30"), ("2024-04-16", None)]


def _title(first_line: str):
    p = parse_text(first_line + "\n2024-09-24\nNärvarande: Anna Ek, Per Berg\n\n1. Öppnande\n2. Ekonomi\n3. Avslutning\n")
    return p.organisation, p.body, p.number


def test_titles_of_companies_and_clubs():
    assert _title("Protokoll nr 5/2024 fört vid styrelsesammanträde för Karpsjö Bostäder AB") == (
        "Karpsjö Bostäder AB", "styrelsesammanträde", 5)
    assert _title("Protokoll Tjärnbacka IF styrelsemöte")[:2] == ("Tjärnbacka IF", "styrelsemöte")
    assert _title("Protokoll Gransjö Tennisklubbs årsmöte")[:2] == ("Gransjö Tennisklubb", "årsmöte")
    assert _title("PROTOKOLL FRÅN ORDINARIE FÖRENINGSSTÄMMA")[0] != "ORDINARIE"


ONE_ITEM = "\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Avslutning\nMötet avslutades.\n"


def header(text: str):
    p = parse_text(text + ONE_ITEM, "header.txt")
    return p.organisation, p.body, p.number, p.date and p.date.isoformat(), p.start_time, p.location


def test_board_of_an_association_named_after_styrelsen_for():
    got = header("Protokoll fört vid sammanträde med styrelsen för Ekträsk fiskevårdsområdesförening\n"
                 "Datum: 2025-03-12\n\nNärvarande: Anna Ek, Per Berg\n")
    assert got[:2] == ("Ekträsk fiskevårdsområdesförening", "styrelsen")


def test_council_header_in_lines_with_the_union_after_a_comma_and_a_meeting_number():
    got = header("Protokoll\nKårfullmäktige, Ekby studentkår\nMöte 3 2025/2026\nDatum: 2025-10-14\n\n"
                 "Närvarande: Anna Ek, Per Berg\n")
    assert got[:4] == ("Ekby studentkår", "Kårfullmäktige", 3, "2025-10-14")


def test_notes_titled_body_then_organisation():
    got = header("Minnesanteckningar styrgruppsmöte Energinätverket Ekby\n2025-03-12\n\nNärvarande: Anna Ek, Per Berg\n")
    assert got[:2] == ("Energinätverket Ekby", "styrgruppsmöte")


def test_place_in_the_title_sentence_without_pa():
    got = header("Protokoll fört vid styrelsemöte i Ekby Båtklubb 2025-03-12 kl. 18.30, Klubbstugan, Sjövägen 4\n\n"
                 "Närvarande: Anna Ek, Per Berg\n")
    assert got[4:] == ("18:30", "Klubbstugan, Sjövägen 4")


def test_place_in_the_title_sentence_wrapped_in_lower_case():
    got = header("PROTOKOLL nr 9\nfört vid styrelsesammanträde 2024-10-08 med början kl 18.30 i föreningslokalen,\n"
                 "Granvägen 4, Ekby\n\nNärvarande: Anna Ek, Per Berg\n")
    assert got[2:] == (9, "2024-10-08", "18:30", "föreningslokalen, Granvägen 4, Ekby")


def test_place_on_the_line_after_the_date_without_a_label():
    got = header("Minnesanteckningar från styrgruppsmöte i Energinätverket Ekby\nTisdag den 3 juni 2025, kl. 13.00–15.30\n"
                 "Länsstyrelsen, rum Dalen, Ekby\n\nNärvarande: Anna Ek, Per Berg\n")
    assert got[3:] == ("2025-06-03", "13:00", "Länsstyrelsen, rum Dalen, Ekby")


def test_place_after_a_layout_label_without_colon():
    got = header("Protokoll styrelsemöte i Ekby Båtklubb\n      Sammanträdestid           kl. 09.00–12.10\n"
                 "      Sammanträdesplats         Klubbhuset, Ekby\n\nNärvarande: Anna Ek, Per Berg\n")
    assert got[4:] == ("09:00", "Klubbhuset, Ekby")


def test_start_time_on_a_tid_line_anywhere_in_the_header():
    got = header("Protokoll styrelsemöte i Ekby Båtklubb\nDatum: 2025-03-12\nPlats: Klubbstugan\n\n"
                 "Närvarande: Anna Ek, Per Berg\nTid: 18:30\n")
    assert got[3:] == ("2025-03-12", "18:30", "Klubbstugan")


def test_secretary_from_an_antecknat_av_label_and_adjusters_side_by_side():
    text = ("Protokoll styrelsemöte i Ekby Båtklubb\nDatum: 2025-03-12\n\nNärvarande: Anna Ek, Per Berg, Lisa Holm, Bo Rask\n"
            + ONE_ITEM + "\nAntecknat av: Per Berg\n\nJusteras\n"
            "Lisa Holm                    Bo Rask\n")
    p = parse_text(text, "signatures.txt")
    assert (p.secretary, p.adjusters) == ("Per Berg", ["Lisa Holm", "Bo Rask"])


def test_secretary_beside_underskrifter_in_a_layout_front_matter():
    text = ("SAMMANTRÄDESPROTOKOLL\nEKBY KOMMUN\nKulturnämnden\n\n"
            "   Tid och plats       Onsdagen den 14 maj 2025 kl. 09.30–11.40\n"
            "                       Kommunhuset, rum Forsen\n\n"
            "   Närvarande          Ordförande           Agneta Ryd (S)\n"
            "                       Ledamöter            Siv Hammar (C)\n"
            "   Tjänstemän                               Sara Ek              nämndsekreterare\n\n"
            "   Justerare                                Siv Hammar\n"
            "   Paragrafer                               §§ 1–2\n\n"
            "   Underskrifter       Sekreterare          .......................................\n"
            "                                            Sara Ek\n"
            "                       Ordförande           .......................................\n"
            "                                            Agneta Ryd\n" + ONE_ITEM)
    p = parse_text(text, "layout.txt")
    assert (p.chair, p.secretary, p.adjusters) == ("Agneta Ryd", "Sara Ek", ["Siv Hammar"])


def test_signatures_with_the_offices_over_the_names():
    text = ("Protokoll styrelsemöte i Ekby Båtklubb\nDatum: 2025-03-12\n\nNärvarande: Anna Ek, Per Berg, Lisa Holm\n"
            + ONE_ITEM + "\nSekreterare                    Ordförande                  Justerare\n\n"
            "Per Berg                       Anna Ek                     Lisa Holm\n")
    p = parse_text(text, "over.txt")
    assert (p.chair, p.secretary, p.adjusters) == ("Anna Ek", "Per Berg", ["Lisa Holm"])
    assert "Sekreterare" not in (p.items[-1].summary or "")


def test_organisation_in_the_right_column_of_a_layout_title():
    got = header("PROTOKOLL                                   Ekby Båtklubb\nDatum        2025-03-12\n"
                 "Plats        Klubbstugan\nTid          18:30\n\nNärvarande: Anna Ek, Per Berg\n")
    assert got[0] == "Ekby Båtklubb" and got[3:] == ("2025-03-12", "18:30", "Klubbstugan")


def test_venue_at_a_members_home_in_the_title_sentence():
    text = ("Protokoll fört vid styrelsemöte i Ekåsens hembygdsförening måndagen den 10 mars 2025 kl. 19.00 hos\n"
            "Karin Ek, Granvägen 3, Ekåsen.\n\nNärvarande: Karin Ek, Per Berg, Lisa Holm\n\n1. Mötets öppnande\n"
            "Ordföranden öppnade mötet.\n")
    assert parse_text(text, "hos.txt").location == "Karin Ek, Granvägen 3, Ekåsen"


def test_a_place_and_time_value_wrapped_in_a_narrow_cell():
    for value in ("Plats och tid:\n\nFörsamlingshemmet, Kyrkvägen 2, Björkhamn, onsdagen den 18\nseptember 2024\n"
                  "kl. 18.00–20.40",
                  "Plats och tid:      Församlingshemmet, Kyrkvägen 2, Björkhamn, onsdagen den 18\n"
                  "                    september 2024\n                    kl. 18.00–20.40"):
        text = f"Björkhamns församling\nPROTOKOLL\nKyrkorådet\n\n{value}\n\nNärvarande: Anna Ek, Per Berg\n\n" \
               "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2 Dagordning\nDagordningen godkändes.\n"
        p = parse_text(text, "wrapped.txt")
        assert (p.location, str(p.date), p.start_time, p.end_time) == (
            "Församlingshemmet, Kyrkvägen 2, Björkhamn", "2024-09-18", "18:00", "20:40")


def test_secretary_over_a_signing_line_that_names_the_paragraphs():
    text = ("SAMMANTRÄDESPROTOKOLL\nEKBY KOMMUN\nSocialnämnden\nSammanträdesdatum 2024-05-15\n\nBeslutande\n"
            "Ingrid Brandt (S), ordförande\nKjell Ström (V)\n\nUtses att justera\nKjell Ström (V)\n\nUnderskrifter\n"
            "Sekreterare\n\n..................................... Paragrafer 30–38\nJenny Nyström\n\nOrdförande\n\n"
            "....................................\nIngrid Brandt\n" + ONE_ITEM)
    p = parse_text(text, "paragrafer.txt")
    assert (p.chair, p.secretary, p.adjusters) == ("Ingrid Brandt", "Jenny Nyström", ["Kjell Ström"])


def test_signatures_side_by_side_read_one_cell_a_line():
    text = ("Protokoll Kammarkören Vårljus styrelsemöte\n2025-10-07\nNärvarande: Helena Borg, Ove Strand, Sofie Lund\n"
            "1\nMötets öppnande:\nHelena öppnade mötet.\n2\nDagordningen:\nDagordningen godkändes.\n3\n"
            "Mötets avslutande:\nMötet avslutades.\n\nVid protokollet\n\nJusteras\n\nSofie Lund\n\nOve Strand\n\n"
            "Sekreterare\n\nJusterare\n")
    p = parse_text(text, "cells.txt")
    assert (p.secretary, p.adjusters) == ("Sofie Lund", ["Ove Strand"])


def test_offices_after_lists_read_with_single_spaces():
    text = ("SAMMANTRÄDESPROTOKOLL\nEKBY KOMMUN\nKulturnämnden\nSammanträdesdatum 2025-04-23\n"
            "Beslutande Ingrid Sahlin (S), ordförande\nMagnus Ek (M), vice ordförande\nLeila Nassar (S)\n"
            "Justerare Magnus Ek\nUnderskrifter Sekreterare Paragrafer §§ 1–2\nLinnea Ström\nOrdförande\nIngrid Sahlin\n"
            "Justerare\nMagnus Ek\n" + ONE_ITEM)
    p = parse_text(text, "single.txt")
    assert (p.chair, p.secretary, p.adjusters) == ("Ingrid Sahlin", "Linnea Ström", ["Magnus Ek"])
    assert [(a.name, a.role) for a in p.attendees] == [("Ingrid Sahlin", "ordförande"),
                                                       ("Magnus Ek", "vice ordförande"), ("Leila Nassar", None)]


def test_whole_hours_after_kl_and_a_number_after_a_colon():
    p = parse_text("Styrelsemöte för Brf Linden\nProtokoll nummer: 9\nDatum: 18 november 2025\nTid: kl 19-21\n\n"
                   "Närvarande: Eva Lund, Kim Berg\n" + ONE_ITEM, "hours.txt")
    assert (p.number, p.start_time, p.end_time) == (9, "19:00", "21:00")
