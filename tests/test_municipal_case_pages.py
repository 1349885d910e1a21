"""Municipal and regional minutes from case systems (survey 10 "munic" in tests/fixtures/genre/SURVEY.md; all text
made up): the header row of an extract laid out, a regional body named by its field, adjusters chosen "att
tillsammans med ordföranden justera"."""
from protokoll.pipeline import parse_text

ITEMS = "\n§ 18 Val av justerare\nDagordningen fastställs.\n\n§ 19 Fastställande av dagordning\nDagordningen fastställs.\n"


def test_extract_kind_in_the_header_row_is_no_part_of_the_organisation():
    """pdftotext -layout of an extract's header row: "Hagmarks kommun   UTDRAG UR PROTOKOLL   Sida 1(1)"."""
    for kind in ("UTDRAG UR PROTOKOLL", "PROTOKOLLSUTDRAG"):
        text = (f"Hagmarks kommun                 {kind}                 Sida 1(1)\n"
                "Kommunfullmäktige               Sammanträdesdatum\n                                2025-04-28\n\n"
                "KF § 57                                                  Dnr KS 2025/61\n\n"
                "Årsredovisning 2024 för Hagmarks kommun\n\nKommunfullmäktiges beslut\n"
                "- Årsredovisning 2024 för Hagmarks kommun godkänns.\n")
        p = parse_text(text)
        assert (p.organisation, p.body, str(p.date)) == ("Hagmarks kommun", "Kommunfullmäktige", "2025-04-28"), kind


def test_regional_body_named_by_its_field():
    """ "Nämnden för folkhälsa och sjukvård" under the region's name is the body; "Styrelsen för Brf X" still names
    the organisation after "för"."""
    head = "Region Norrvalla\nPROTOKOLL\n{b}\nPlats: Sjöudden\nTid: 2025-03-21 kl 09.00–15.00\n" \
           "Närvarande:\nBeslutande: Maria Frost (KD) ordförande, Eva Lund (M), Ali Reza (S)\n"
    p = parse_text(head.format(b="Nämnden för folkhälsa och sjukvård") + ITEMS)
    assert (p.organisation, p.body) == ("Region Norrvalla", "Nämnden för folkhälsa och sjukvård")
    p = parse_text(head.format(b="Styrelsen för Brf Lönnen") + ITEMS)
    assert p.body == "Styrelsen"


def test_adjusters_chosen_to_check_together_with_the_chair():
    text = ("Region Norrvalla\nPROTOKOLL\nNämnden för folkhälsa och sjukvård\nTid: 2025-03-21 kl 09.00–15.00\n"
            "Närvarande:\nBeslutande: Maria Frost (KD) ordförande, Eva Lund (M), Ali Reza (S)\n\n"
            "§ 18 Val av protokolljusterare\nNämnden utser Eva Lund och Ali Reza att tillsammans med ordföranden "
            "justera\nprotokollet.\n\n§ 19 Fastställande av dagordning\nDagordningen fastställs.\n")
    assert parse_text(text).adjusters == ["Eva Lund", "Ali Reza"]


REGION_HEAD = ("Region Norrvalla\nPROTOKOLL\nNämnden för folkhälsa och sjukvård\nTid: 2025-03-21 kl 09.00–15.00\n"
               "Närvarande:\nBeslutande: Maria Frost (KD) ordförande, Lena Lind, Eva Lund (M), Ali Reza (S)\n\n"
               "§ 19 Fastställande av dagordning\nDagordningen fastställs.\n\n")
RULES = "____________________________\n\n____________________________\n\n"


def test_signature_labels_in_a_run_then_their_names_pair_in_order():
    """pdftotext's plain text of two signature columns: both labels, then both lines, then both names, before
    the next signature's label ("Justeras")."""
    text = (REGION_HEAD + "Vid protokollet\n\nOrdförande\n\n" + RULES + "Lena Lind\n\nMaria Frost\n\n"
            "Justeras\n" + RULES + "Eva Lund\n\nAli Reza\n")
    p = parse_text(text)
    assert (p.chair, p.secretary, p.adjusters) == ("Maria Frost", "Lena Lind", ["Eva Lund", "Ali Reza"])


def test_signature_label_row_run_together_opens_the_block():
    """pdftotext -raw: "Vid protokollet Ordförande" on one line is the signature block, not a decision."""
    text = (REGION_HEAD.replace("Dagordningen fastställs.\n", "Nämnden godkänner dagordningen.\n")
            + "Vid protokollet Ordförande\n____________________________ ____________________________\n"
            "Lena Lind Maria Frost\nJusteras\n____________________________ ____________________________\n"
            "Eva Lund Ali Reza\n")
    p = parse_text(text)
    assert [d.text for it in p.items for d in it.decisions] == ["Nämnden godkänner dagordningen."]
    assert (p.chair, p.secretary) == ("Maria Frost", "Lena Lind")


def test_group_title_beside_the_label_gives_its_role():
    """pdftotext -layout of a front page: "Övriga närvarande    Ersättare" on one row, the names under the group
    title in the value column; "Beslutande    Ledamöter" gives no role of its own."""
    text = ("Hagmarks kommun\nByggnadsnämnden\nSammanträdesdatum 2025-06-12\n\n"
            "  Beslutande           Ledamöter\n"
            "                       Gunnar Ekström (S), ordförande\n"
            "                       Nils Falk (SD)\n"
            "  Övriga närvarande    Ersättare\n"
            "                       Mona Ek (M)\n"
            "                       Tjänstepersoner\n"
            "                       Linda Ros, bygglovschef\n"
            "  Utses att justera    Nils Falk\n\n§ 87 Dagordning\nDagordningen godkänns.\n")
    roles = {a.name: a.role for a in parse_text(text).attendees}
    assert roles == {"Gunnar Ekström": "ordförande", "Nils Falk": None, "Mona Ek": "ersättare",
                     "Linda Ros": "bygglovschef"}


def _roll(text):
    return [(a.name, a.party, a.role) for a in parse_text(text).attendees]


def test_party_code_in_a_column_before_the_name():
    """A roll typeset party code first ("M    Sofia Sjöstrand     ordförande"), in a layout's value column and
    with single spaces ("L Siv Kron, ordförande")."""
    head = "Sjövalla kommun\nKultur- och fritidsnämnden\nSammanträdesdatum 2025-09-16\n\n"
    items = "\n§ 40 Dagordning\nKultur- och fritidsnämnden beslutar att godkänna dagordningen.\n"
    laid = (head + "Plats och tid            Fritidsgården Ugglan, kl 18.00–20.15\n\n"
            "Beslutande               M    Sofia Sjöstrand     ordförande\n"
            "                         S    Per Ek              vice ordförande\n"
            "                         SD   Britt Åman\n\n"
            "Ej tjänstgörande         S    Amir Haddad\n"
            "ersättare                MP   Tova Ström\n\n"
            "Övriga närvarande        Karin Sund, förvaltningschef\n\n"
            "Justerare                Per Ek\n" + items)
    assert _roll(laid) == [("Sofia Sjöstrand", "M", "ordförande"), ("Per Ek", "S", "vice ordförande"),
                           ("Britt Åman", "SD", None), ("Amir Haddad", "S", "ersättare"),
                           ("Tova Ström", "MP", "ersättare"), ("Karin Sund", None, "förvaltningschef")]
    plain = head + "Beslutande\nL Siv Kron, ordförande\nS Per Ek\nC Nora Lind\n" + items
    assert _roll(plain) == [("Siv Kron", "L", "ordförande"), ("Per Ek", "S", None), ("Nora Lind", "C", None)]


def test_participant_list_notes_column_tells_who_did_not_attend():
    """A "Deltagarlista" page with a "Notering" column: "deltog ej" there is absence, "Ersättare för X (S)" a note,
    a job title there the person's role."""
    text = ("Lillviks kommun\nSocialnämnden\nSammanträdesdatum 2025-10-08\n\n"
            "Plats och tid            Kommunhuset, kl 13.00–15.40\n\n"
            "Beslutande               Se deltagarlista på nästa sida\n\n"
            "Övriga närvarande        Se deltagarlista på nästa sida\n\n"
            "Utses att justera        Björn Rapp\n\n"
            "Deltagarlista\n\n"
            "Ledamöter                        Parti     Notering\n"
            "Karin Åberg, ordförande          S\n"
            "Ingrid Sahl                      S         deltog ej\n"
            "Björn Rapp                       C\n\n"
            "Ersättare                        Parti     Notering\n"
            "Omar Farah                       S         Ersättare för Ingrid Sahl (S)\n\n"
            "Tjänstepersoner                            Notering\n"
            "Annika Frö                                 socialchef\n\n"
            "§ 71\nVal av justerare\nSocialnämnden beslutar att utse Björn Rapp (C) att justera protokollet.\n\n"
            "§ 72\nDagordning\nSocialnämnden beslutar att godkänna dagordningen.\n")
    got = {a.name: (a.status, a.party, a.role) for a in parse_text(text).attendees}
    assert got == {"Karin Åberg": ("present", "S", "ordförande"), "Ingrid Sahl": ("absent", "S", None),
                   "Björn Rapp": ("present", "C", None), "Omar Farah": ("present", "S", "ersättare"),
                   "Annika Frö": ("present", None, "socialchef")}


def test_three_signature_labels_then_their_three_names():
    """Plain text of three signature columns: "Sekreterare" / "Ordförande" / "Justerare", the lines, then the
    three names in the same order."""
    text = (REGION_HEAD + "Sekreterare\n\nOrdförande\n\nJusterare\n\n" + RULES + "____________________________\n\n"
            "Lena Lind\n\nMaria Frost\n\nEva Lund\n")
    p = parse_text(text)
    assert (p.chair, p.secretary, p.adjusters) == ("Maria Frost", "Lena Lind", ["Eva Lund"])
