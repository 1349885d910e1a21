"""Attendance shapes of the dev set heldout7: one test per shape, fictional names (fixtures 192–196)."""
from protokoll.clean.columns import pair
from protokoll.clean.lines import Line, clean

from shape_support import entries, parsed


ITEMS = "\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Mötets avslutande\nMötet avslutades.\n"


def test_one_a_line_roll_with_a_quoted_nickname_and_abbreviated_roles():
    p, got = parsed("Seglarklubben Vik\nStyrelsemöte 2026-03-02\nNärvarande:\nLotta \"Lollo\" Hed, ordf\n"
                    "Ivar Rönn, v ordf\nSiri Ahl, sekr\nBo Ask, kass\nEja Tall, ledam\nFörhinder:\nUno Berg" + ITEMS)
    assert got == [('Lotta "Lollo" Hed', "ordf", "present", "ordförande", None),
                   ("Ivar Rönn", "v ordf", "present", "vice ordförande", None),
                   ("Siri Ahl", "sekr", "present", "sekreterare", None),
                   ("Bo Ask", "kass", "present", "kassör", None),
                   ("Eja Tall", "ledam", "present", "ledamot", None),
                   ("Uno Berg", None, "excused", None, None)]
    # the office is held under the name, not the nickname
    assert (p.chair, p.secretary) == ("Lotta Hed", "Siri Ahl")


def test_a_header_word_a_narrow_cell_broke_is_joined_back():
    from protokoll.parse.frontmatter import join_broken_titles

    lines = [Line(" Ledamöter          Närva        Ersättare        Tjänstgö", indent=0),
             Line("ro                                 r", indent=20),
             Line(" Eva Ask (S)        Ja")]
    out, origin = join_broken_titles(lines)
    assert [line.text for line in out] == [" Ledamöter          Närvaro      Ersättare        Tjänstgör",
                                           " Eva Ask (S)        Ja"]
    assert origin == [0, 2]
    # a line of text under a header is left alone: its words make no title
    prose = [Line(" Ledamöter          Närva"), Line("vid mötet", indent=20)]
    assert join_broken_titles(prose)[0] == prose


def test_members_and_substitutes_side_by_side_in_a_presence_table():
    got = entries("Närvarolista\n Ledamöter        Närvarande   Ersättare        Tjänstgör\n"
                  " Eva Ask (S)      Nej          Per Lo (S)       Ja, för Eva Ask\n"
                  " Kim Ur (M)       Ja           Ada Ek (M)       Nej\n")
    assert got == [("Eva Ask", "S", "absent", "ledamot", "S"),
                   ("Per Lo", "S", "present", "tjänstgörande ersättare", "S"),
                   ("Kim Ur", "M", "present", "ledamot", "M"),
                   ("Ada Ek", "M", "present", "ersättare", "M")]


def test_officials_apart_by_semicolons():
    got = entries("Tjänstepersoner: Ulf Ek, bygglovschef; Nora Lind, nämndsekreterare; Per Ahl, planarkitekt")
    assert got == [("Ulf Ek", "bygglovschef", "present", "bygglovschef", None),
                   ("Nora Lind", "nämndsekreterare", "present", "nämndsekreterare", None),
                   ("Per Ahl", "planarkitekt", "present", "planarkitekt", None)]


def test_an_unnumbered_heading_after_a_one_name_list_is_no_person():
    p, got = parsed("Anteckningar från styrelsemöte 2026-02-03 kl 18.00–19.30\nNärvarande: Eva Ask (ordf), Per Lo "
                    "och Kim Ur\nFrånvarande: Ada Ek\n\nVårmarknaden\nFöreningen hyr ett tält.\n\nEkonomi\n"
                    "Kassan är god.\n")
    assert got[-1] == ("Ada Ek", None, "absent", None, None)
    assert [i.title for i in p.items] == ["Vårmarknaden", "Ekonomi"]


def test_a_role_before_the_name_in_a_sentence_and_in_a_list():
    got = entries("Närvarande var ledamöterna Eva Ask och Per Lo.\nEkonom Kim Ur deltog som adjungerad.\n")
    assert got[-1] == ("Kim Ur", "adjungerad", "present", "ekonom", None)
    got = entries("Tjänstepersoner: kultur- och fritidschef Ada Ek, förvaltningschef Bo Sten, controller Li Ny")
    assert got == [("Ada Ek", "kultur- och fritidschef", "present", "kultur- och fritidschef", None),
                   ("Bo Sten", "förvaltningschef", "present", "förvaltningschef", None),
                   ("Li Ny", "controller", "present", "controller", None)]


def test_two_columns_of_a_table_read_one_cell_a_paragraph():
    page = ("Protokoll\nDatum\n\n2026-03-03\n\nNärvarande\nLedamöter\n\nErsättare\n\nEva Ask (S), ordförande\n\n"
            "Per Lo (S)\n\nKim Ur (M)\n\nAda Ek (M)\n\nBo Sten (C)\nLi Ny (V)\n")
    assert pair(page) == page  # a list's heading over its groups' titles is no column of labels
    p, got = parsed("Region Norrmark\nRegionstyrelsen\nProtokoll 2026-03-03\n\nNärvarande\nLedamöter\n\nErsättare\n\n"
                    "Eva Ask (S), ordförande\n\nPer Lo (S)\n\nKim Ur (M)\n\nAda Ek (M)\n\nBo Sten (C)\nLi Ny (V)\n"
                    + ITEMS)
    assert sorted((n, role) for n, _, _, role, _ in got) == [
        ("Ada Ek", "ersättare"), ("Bo Sten", None), ("Eva Ask", "ordförande"), ("Kim Ur", None), ("Li Ny", None),
        ("Per Lo", "ersättare")]


def test_two_roles_in_one_parenthesis():
    got = entries("Närvarande: Eva Ask (ordf), Per Lo och Ulla Sten (rektor, adjungerad)")
    assert got[-1] == ("Ulla Sten", "rektor", "present", "rektor", None)
    # a party and a role in one parenthesis stay as they were read
    assert entries("Närvarande: Eva Ask (S, ordförande)")[0][0] == "Eva Ask"
