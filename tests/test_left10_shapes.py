"""Shapes left after the tenth held-out set (tests/fixtures/heldout10), each with a dev fixture of its own in
tests/fixtures/genre (307–310, 264, 284); never tuned against the held-out files. All text made up."""
from protokoll.pipeline import parse_text

from agenda import texts

BOARD = """Protokoll fört vid styrelsemöte i Brf Tallkotten 2

Datum: 2025-04-03
Plats: Föreningslokalen
"""


# --- "Mötets öppnande" / its sentence before the numbered list: unnumbered items too (fixture 307) ------------
def test_unnumbered_opening_items_before_the_numbered_list_are_items():
    got = parse_text(BOARD + """
Närvarande:
Anna Ekdahl, ordförande
Per Sandin

Mötets öppnande
Ordföranden förklarade mötet öppnat.

Val av justerare
Till justerare valdes Per Sandin.

1. Ekonomi
Kassören redovisade ekonomin. Rapporten lades till handlingarna.

2. Städdag
Städdagen hålls den 10 maj.
""")
    assert [(i.number, i.title) for i in got.items] == [
        (None, "Mötets öppnande"), (None, "Val av justerare"), (1, "Ekonomi"), (2, "Städdag")]
    assert texts(got.items[1]) == ["Till justerare valdes Per Sandin."]
    assert [a.name for a in got.attendees] == ["Anna Ekdahl", "Per Sandin"]


def test_an_agenda_of_bare_titles_before_the_list_gives_no_items():
    # an agenda printed before the items (titles without text) is no opening item
    got = parse_text(BOARD + """
Närvarande:
Anna Ekdahl, ordförande
Per Sandin

Mötets öppnande

Val av justerare

1. Ekonomi
Kassören redovisade ekonomin. Rapporten lades till handlingarna.

2. Städdag
Städdagen hålls den 10 maj.
""")
    assert [i.title for i in got.items] == ["Ekonomi", "Städdag"]


# --- "Mötets öppnande" and "Närvaro" (over the roll) as unnumbered headings (fixture 308) ------------------------
def test_a_roll_under_an_unnumbered_heading_after_the_opening_is_an_item_and_the_roll():
    got = parse_text("""Protokoll från styrelsemöte i Lövviks Skytteförening 2 maj 2025

Plats: Skyttehuset

Mötets öppnande
Ordföranden förklarade mötet öppnat kl 19.00.

Närvaro
Åsa Lindqvist
Henrik Borg
Tove Strand

Val av mötesfunktionärer

Val av justerare
Tove Strand valdes till justerare.

Ekonomi
Kassören redovisade ekonomin. Rapporten lades till handlingarna.
""")
    assert [i.title for i in got.items][:4] == ["Mötets öppnande", "Närvaro", "Val av mötesfunktionärer",
                                               "Val av justerare"]
    assert got.items[1].summary is None  # the roll is the front matter's
    assert [a.name for a in got.attendees] == ["Åsa Lindqvist", "Henrik Borg", "Tove Strand"]
    assert got.start_time == "19:00"


# --- "Revisorer Vivianne Hultén Gösta Lindroos": a group's role word before two names (fixture 309) --------------
ROAD_BOARD = """PROTOKOLL

Styrelsemöte i Lövbyns vägsamfällighet

DATUM 2025-04-24

PLATS Bystugan

NÄRVARANDE

Ledamöter Yvonne Bergdahl Torbjörn Alm

Revisorer Britt Nyhlén Kent Wadström

Vägfogde Arne Fredlund
"""


def test_a_role_word_leading_two_names_run_together_holds_for_both():
    got = parse_text(ROAD_BOARD + """
1. Öppnade ordföranden mötet.

2. Beslöts att grusa byvägen.

3. Avslutade ordföranden mötet.
""")
    assert [(a.name, a.role) for a in got.attendees] == [
        ("Yvonne Bergdahl", None), ("Torbjörn Alm", None), ("Britt Nyhlén", "revisor"), ("Kent Wadström", "revisor"),
        ("Arne Fredlund", "vägfogde")]


def test_a_numbered_decision_wrapped_after_an_open_word_is_one_item():
    # "... uppdra åt" / "vägfogden att ...": the sentence (the item's title and decision) goes on on the next line
    got = parse_text(ROAD_BOARD + """
1. Öppnade ordföranden mötet.

2. Beslöts att grusa Västra byvägen och uppdra åt
vägfogden att beställa 40 ton grus.

3. Avslutade ordföranden mötet.
""")
    assert [i.number for i in got.items] == [1, 2, 3]
    assert got.items[1].title.endswith("vägfogden att beställa 40 ton grus.")
    assert texts(got.items[1]) == ["att grusa Västra byvägen och uppdra åt vägfogden att beställa 40 ton grus."]
    assert [a.assignee for a in got.items[1].decisions[0].actions] == ["vägfogden"]


# --- a municipal extract: "Övriga deltagande A, role B (P), role" and one "KS § 20 Dnr ..." (fixture 310) ----------
EXTRACT = """HAGSJÖ KOMMUN
Kommunstyrelsen

UTDRAG UR PROTOKOLL
Sammanträdesdatum
2025-02-18

Plats och tid Kommunhuset, tisdagen den 18 februari 2025 kl 09.00-11.30

Beslutande Maria Lundholm (S), ordförande Tomas Wikner (M), vice ordförande

Övriga deltagande Camilla Norén, kommunsekreterare Oskar Strid (L), ej tjg ers
Henrik Sahlin, ekonomichef

Utses att justera Tomas Wikner

KS § 20 Dnr KS 2025/31
Försäljning av fastigheten Hagsjö 4:12

Kommunstyrelsens beslut
Kommunstyrelsen beslutar att godkänna försäljningen.
"""


def test_a_lower_case_role_between_two_people_is_the_first_ones_where_the_second_has_a_role_after():
    got = parse_text(EXTRACT)
    roles = {a.name: a.role for a in got.attendees}
    assert roles["Camilla Norén"] == "kommunsekreterare"
    assert roles["Oskar Strid"] != "kommunsekreterare"


def test_a_lower_case_role_before_a_person_without_one_after_stays_theirs():
    from protokoll.parse import attendance
    assert attendance._comma_list("Per Berg, sekreterare Anna Ek") == ["Per Berg", "sekreterare Anna Ek"]


def test_one_labelled_paragraph_with_its_case_number_is_the_extracts_item():
    got = parse_text(EXTRACT)
    assert [(i.number, i.label, i.case_number, i.title) for i in got.items] == [
        (20, "KS § 20", "KS 2025/31", "Försäljning av fastigheten Hagsjö 4:12")]
    assert texts(got.items[0]) == ["att godkänna försäljningen."]
    assert "Försäljning av fastigheten Hagsjö 4:12" not in {a.name for a in got.attendees}


# --- "Regionkonsulent Viveka Strand", "Valberedningens sammankallande Ingvald Berg, § 4" (fixture 264) -----------
def test_a_consultant_and_a_nomination_committees_convener_are_roles_before_the_name():
    got = parse_text(BOARD + """
Närvarande
Ordförande Gunvor Lindahl
Regionkonsulent Viveka Strand
Valberedningens sammankallande Ingvald Berg, § 4

§ 1 Mötets öppnande
Ordföranden förklarade mötet öppnat.

§ 2 Ekonomi
Rapporten lades till handlingarna.
""")
    assert [(a.name, a.role, a.note) for a in got.attendees] == [
        ("Gunvor Lindahl", "ordförande", None), ("Viveka Strand", "regionkonsulent", None),
        ("Ingvald Berg", "valberedningens sammankallande", "§ 4")]


# --- "Ledamöter: A, B" / (blank) / "C" in a roll; a report's points closed by a bare att-line (fixture 284) ------
COMPANY = """Protokoll nr 3 fört vid styrelsesammanträde för Tallviks Fastigheter AB

Tid: 14 mars 2025 kl. 09.00-11.40
Plats: Bolagets kontor

NÄRVARANDE

Ledamöter: Göran Edholm, Vivianne Åkerblom

Ingvald Stenmark

Revisor: Bente Granlund
"""


def test_a_full_name_after_a_group_written_on_its_label_line_goes_on_with_the_roll():
    got = parse_text(COMPANY + """
§ 21 Val av justerare
Till justerare valdes Ingvald Stenmark.

§ 22 Ekonomi
Rapporten lades till handlingarna.
""")
    assert [(a.name, a.role) for a in got.attendees] == [
        ("Göran Edholm", None), ("Vivianne Åkerblom", None), ("Ingvald Stenmark", None), ("Bente Granlund", "revisor")]


def test_a_bare_att_line_after_a_reports_points_is_the_items_decision():
    got = parse_text(COMPANY + """
§ 21 VD informerar
a) Ombyggnaden är klar.
b) Sophanteringen läggs om från den 1 april.
att lägga informationen till handlingarna.

§ 22 Ekonomi
Rapporten lades till handlingarna.
""")
    assert texts(got.items[0]) == ["att lägga informationen till handlingarna."]
    assert got.items[0].decisions[0].kind == "noted"
