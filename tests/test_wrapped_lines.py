"""Sentences a PDF's narrower column wrapped onto two lines, read as they are read on one.

Found by wrapping the dev fixtures' long lines at 60 characters (as a narrower text column prints them):
each test here failed before its fix."""
from protokoll.pipeline import parse_text

ROLL = """Protokoll fört vid Stora Kärrbyns förbundsmöte 2025

1. Mötets öppnande
Ordföranden förklarar mötet öppnat.

2. Upprop och fastställande av röstlängd
Upprop sker. Röstlängden omfattar 5 ombud med 6 röster
enligt följande:
Norrmo 2 Elsa Grip, Anton Lind
Sörby 1 Maja Rask 2 röster
Västra Kil 2 Omar Haddad, Lisa Ström
Förbundsmötet beslutar
att fastställa röstlängden till 5 ombud med 6 röster.
"""


def test_sentence_over_a_roll_by_group_wrapped_before_its_colon():
    record = parse_text(ROLL, "roll.txt").to_json()
    assert [(a["name"], a["affiliation"]) for a in record["attendees"]] == [
        ("Elsa Grip", "Norrmo"), ("Anton Lind", "Norrmo"), ("Maja Rask", "Sörby"),
        ("Omar Haddad", "Västra Kil"), ("Lisa Ström", "Västra Kil")]


HEADING = """Protokoll fört vid styrelsemöte i Näsvikens båtklubb 2025-05-12

1. Mötet öppnades

2. Aktuella ärenden
2:1 Bryggan
Bryggan behöver nya pållare. Arbetet görs i juni.
2:2 Mastkranen på
Under april prövade styrelsen att låta medlemmarna resa
masterna själva. Det har gått bra.
att låta regeln gälla även nästa säsong.

3. Mötets avslutande
"""


def test_heading_ending_in_a_particle_over_running_text_wrapped_before_its_full_stop():
    record = parse_text(HEADING, "heading.txt").to_json()
    subitems = record["items"][1]["subitems"]
    assert [s["title"] for s in subitems] == ["Bryggan", "Mastkranen på"]
    assert [d["text"] for d in subitems[1]["decisions"]] == ["att låta regeln gälla även nästa säsong."]



def test_name_with_a_word_hyphenated_at_the_line_end_is_no_internal_error():
    # An attendee line hyphenated where it wrapped gave a name word ending in "-"; its initials took the first
    # letter of the empty part after the hyphen: IndexError, "internt fel".
    from protokoll.parse.minutes import initials_of
    from protokoll.model import Attendee, Protocol
    protocol = Protocol.made(attendees=[Attendee.made(name="Eva Granlund Fastighets-")])
    assert "EGF" in initials_of(protocol)


HYPHENATED = """Protokoll fört vid ordinarie föreningsstämma i Bostadsrätts-
föreningen Tallkotten 2

Närvarande: Eva Granlund, Stig Hallin

1. Stämmans öppnande
Stämman öppnades.

2. Val av ordförande
Kultur-
och fritidsnämndens ordförande Stig Hallin valdes att leda stäm-
man.
"""


def test_word_hyphenated_where_its_line_wrapped_is_one_word_again():
    record = parse_text(HYPHENATED, "hyphen.txt").to_json()
    assert record["organisation"] == "Bostadsrättsföreningen Tallkotten 2"
    assert [d["text"] for d in record["items"][1]["decisions"]] == [
        "Kultur- och fritidsnämndens ordförande Stig Hallin valdes att leda stämman."]

def _municipal(body: str) -> str:
    """The head of a municipal body's minutes (a fictional municipality), over the items a test writes."""
    return f"""NORRVIKS KOMMUN
{body}
SAMMANTRÄDESPROTOKOLL
2025-04-22

Plats och tid
Kommunhuset, kl 13:00-16:10

Beslutande
Anna Ek (S), ordförande
Per Alm (M)
"""


def _decisions_and_tally(text: str) -> tuple[list[str], tuple[int, int]]:
    """The first item's decisions and the yes and no of its first decision's vote."""
    decisions = parse_text(text, "wrapped.txt").to_json()["items"][0]["decisions"]
    return [d["text"] for d in decisions], (decisions[0]["votes"][0]["yes"], decisions[0]["votes"][0]["no"])


VOTE_COUNT = """Styrelsemöte för Björkängens scoutkår
Datum: 4 mars 2025
Närvarande: Elin Ros, Tor Hed, Mia Lund och Ola Berg

1. Mötets öppnande
Elin Ros öppnade mötet.

2. Sommarlägret
Tor redogjorde för planeringen av sommarlägret. Ja-röster:
4, Nej-röster: 1, Avstår: 0
Beslut: Styrelsen godkänner budgeten för lägret.
"""


def test_vote_count_wrapped_off_its_sides_word():
    record = parse_text(VOTE_COUNT, "vote.txt").to_json()
    vote = record["items"][1]["decisions"][0]["votes"][0]
    assert (vote["yes"], vote["no"], vote["abstain"]) == (4, 1, 0)


LABEL_WORD = _municipal("Kommunfullmäktige") + """
§ 12
Motion om fler parkbänkar
Yrkanden
Anna Ek (S) yrkar avslag på motionen.
Omröstning
Omröstning begärs. Kommunfullmäktige godkänner följande
propositionsordning: Ja-röst för avslag, Nej-röst för
bifall.
Omröstningen utfaller med 21 ja-röster, 8 nej-röster och 2
som avstår.
Kommunfullmäktige avslår motionen.
"""


def test_label_word_wrapped_to_a_lines_start_in_lower_case_is_no_label():
    assert _decisions_and_tally(LABEL_WORD) == (["Kommunfullmäktige avslår motionen."], (21, 8))


FORMULA_OVER = """Protokoll fört vid Ekdalens Skidförbunds distriktsmöte 2026

§ 1 Motion om gemensam vallabuss
Nils Ahlén yrkar bifall till motionen.
Efter votering med handuppräckning (14 röster för bifall, 7
röster för avslag) beslutar distriktsmötet
att bifalla motionen.
"""


def test_formula_wrapped_over_two_lines_opens_its_decisions():
    assert _decisions_and_tally(FORMULA_OVER) == (["att bifalla motionen."], (14, 7))


FORMULA_TAIL = _municipal("Kultur- och fritidsnämnden") + """
§ 21 Namn på den nya simhallen
Yrkanden
Eva Holm (S) yrkar att hallen ska heta Forsbadet.
Omröstningsresultat
Med 6 ja-röster mot 1 nej-röst, 0 avstår, beslutar nämnden
enligt Eva Holms förslag.

Kultur- och fritidsnämndens beslut
Den nya simhallen får namnet Forsbadet.
"""


def test_formula_whose_decision_wraps_onto_the_next_line():
    assert _decisions_and_tally(FORMULA_TAIL) == (["Den nya simhallen får namnet Forsbadet."], (6, 1))


NAMED_SIDES = _municipal("Barn- och utbildningsnämnden") + """
§ 15 Nedläggning av Ekbo skola
Omröstning
Omröstning begärs och verkställs. Ja-röst för bifall, nej-röst för avslag.
Ja-röster: Tomas Ek (M), Per Alm (M), Birgitta Sund
(KD), Olof Berg (SD)
Nej-röster: Karin Ås (S), Elsa Ny (S), Jonas
Hed (S), Malin Kvist (V)
Barn- och utbildningsnämndens beslut
Nämnden avslår förslaget om nedläggning.
"""


def test_named_sides_wrapped_inside_a_name():
    record = parse_text(NAMED_SIDES, "named.txt").to_json()
    vote = record["items"][0]["decisions"][0]["votes"][0]
    assert (vote["yes"], vote["no"]) == (4, 4)


DASHED_ROLES = """Protokoll fört vid styrelsemöte i Bergviks IBK 2025-10-14

Närvarande: Ylva – ordförande, Bosse – kassör, Tuva –
sekreterare, Jimmy – materialansvarig

1. Mötets öppnande
Ylva öppnade mötet.
"""


def test_role_wrapped_off_its_entry_is_no_office_label():
    record = parse_text(DASHED_ROLES, "dashed.txt").to_json()
    assert [(a["name"], a["role"]) for a in record["attendees"]] == [
        ("Ylva", "ordförande"), ("Bosse", "kassör"), ("Tuva", "sekreterare"), ("Jimmy", "materialansvarig")]


ROLE_HEADING_WORD = """NORRVIKS REGION
Regionnämnden
SAMMANTRÄDESPROTOKOLL
2025-03-11

Beslutande: Maria Frost (KD) ordförande, Helena Sten (C),
Thomas Bly (M) (ers Marita
Jonsson (M)), Eva Lund (M), Per Svan (S) (ers
Lina Holm (S)), Anne Karl (SD)
Övriga: Mats Borg, direktör, Lena Lind,
sekreterare

§ 1 Val av justerare
Nämnden utser Eva Lund att justera protokollet.
"""


def test_list_wrapped_inside_a_parenthesis_and_before_a_role():
    record = parse_text(ROLE_HEADING_WORD, "paren.txt").to_json()
    people = {a["name"]: a for a in record["attendees"]}
    assert set(people) == {"Maria Frost", "Helena Sten", "Thomas Bly", "Eva Lund", "Per Svan", "Anne Karl", "Mats Borg",
                           "Lena Lind"}
    assert people["Eva Lund"]["party"] == "M" and people["Lena Lind"]["role"] == "sekreterare"


NAME_TAILS = """NORRVIKS KOMMUN
Socialnämnden
SAMMANTRÄDESPROTOKOLL
2025-05-20

Beslutande Lena Roos (S), ordförande

Övriga deltagande
Anna Hed, nämndsekreterare, Karin Sund, enhetschef, ekonom Lina
Holm § 31, Tord Vass, förvaltare Lövmarks
Fastighetsservice AB

§ 31 Val av justerare
Nämnden utser Bo Alm att justera protokollet.
"""


def test_name_wrapped_before_its_paragraphs_or_its_companys_form():
    record = parse_text(NAME_TAILS, "tails.txt").to_json()
    people = {a["name"]: a for a in record["attendees"]}
    assert people["Lina Holm"]["role"] == "ekonom"
    assert people["Tord Vass"]["affiliation"] == "Lövmarks Fastighetsservice AB"


ONE_LINE_ENTRIES = """NORRVIKS KOMMUN
Socialnämndens arbetsutskott
SAMMANTRÄDESPROTOKOLL
2025-09-09

Beslutande Lena Roos (S), ordförande

Övriga deltagande Anna Hed, nämndsekreterare
Karin Sund, enhetschef, §§ 21-22 Omar Nasser,
socialsekreterare, § 22

§ 21 Val av justerare
Utskottet utser Bo Alm att justera protokollet.
"""


def test_entries_of_one_line_wrapped_are_read_as_the_line():
    record = parse_text(ONE_LINE_ENTRIES, "entries.txt").to_json()
    people = {a["name"]: a for a in record["attendees"]}
    assert people["Omar Nasser"]["role"] == "socialsekreterare" and people["Karin Sund"]["note"] == "§§ 21-22"


LABEL_FORMULA = """Protokoll fört vid Ekbackens samfällighetsförenings stämma 2025-04-27

1. Styrelsens förslag om ny vägtrumma
Styrelsen föreslog att vägtrumman byts ut under sommaren.
Stämmans beslut: Stämman beslutade enligt styrelsens
förslag.

2. Motion om farthinder
Stämmans beslut: Stämman beslutade i enlighet med styrelsens
förslag att avslå motionen.
"""


def test_formula_after_a_decisions_label_wrapped_is_no_part_of_the_decision():
    record = parse_text(LABEL_FORMULA, "labelformula.txt").to_json()
    assert [d["text"] for item in record["items"] for d in item["decisions"]] == [
        "enligt styrelsens förslag.", "att avslå motionen."]


TOPIC_SENTENCE = """Elevrådsmöte Björkskolan 2025-10-02

1. Ordförande öppnade mötet.
2. Skolgården: Flera klasser vill ha ett nytt mål vid
fotbollsplanen. Nora och Adam frågar rektorn.
3. Ordförande avslutade mötet.
"""


def test_topic_whose_sentence_wraps_after_an_open_word():
    record = parse_text(TOPIC_SENTENCE, "topic.txt").to_json()
    item = record["items"][1]
    assert item["title"] == "Skolgården"
    assert [d["text"] for d in item["decisions"]] == ["Nora och Adam frågar rektorn."]


DECIDING_HEADING = """PROTOKOLL fört vid styrelsemöte i Ekåns FVO 2025-03-02

1. Förklarade ordföranden mötet öppnat.
1. Genomgicks föregående mötes protokoll, justerades och
lades till handlingarna.
1. Förklarade ordföranden mötet avslutat.
"""


def test_numbered_deciding_sentence_wrapped_before_its_verb():
    record = parse_text(DECIDING_HEADING, "deciding.txt").to_json()
    item = record["items"][1]
    assert [d["text"] for d in item["decisions"]] == [
        "Genomgicks föregående mötes protokoll, justerades och lades till handlingarna."]


PROPOSAL_FORMULA = _municipal("Kultur- och fritidsnämnden") + """
§ 57 Avgifter för badhuset 2026
Beslut
Kultur- och fritidsnämnden föreslår kommunfullmäktige
besluta att höja entréavgiften för vuxna
till 80 kronor från och med den 1 januari 2026.
"""


def test_proposal_formula_wrapped_before_its_verb_gives_the_proposed_decision():
    record = parse_text(PROPOSAL_FORMULA, "proposal.txt").to_json()
    assert [d["text"] for d in record["items"][0]["decisions"]] == [
        "att höja entréavgiften för vuxna till 80 kronor från och med den 1 januari 2026."]


TITLE_YEAR = _municipal("Socialnämnden") + """
SN § 32 Dnr SN 2025/0020
Rapportering av ej verkställda gynnande beslut kvartal 1
2025

Ärendebeskrivning
Under första kvartalet fanns sju beslut som inte verkställts.

Beslut
Socialnämnden beslutar att godkänna rapporten.
"""


def test_title_wrapped_before_its_year():
    record = parse_text(TITLE_YEAR, "year.txt").to_json()
    assert [i["title"] for i in record["items"]] == ["Rapportering av ej verkställda gynnande beslut kvartal 1 2025"]


def test_title_wrapped_inside_the_organisations_name_before_its_date():
    # "... med Rönnbackens" / "Samfällighetsförening söndagen den 12 oktober ...": the name's rest is on the next
    # line with the date after it (dev fixtures 152, 205, 328 wrapped at 60)
    head = "\nNärvarande: Ida Rönn, Ove Sand\n\n1. Mötets öppnande\nMötet öppnades.\n"
    for title, org in [
            ("Protokoll fört vid styrelsemöte med Tallbackens\nSamfällighetsförening söndagen den 12 oktober 2025 kl 10.00",
             "Tallbackens Samfällighetsförening"),
            ("Protokoll fört vid styrelsemöte i Norrdalens\nkommunförbund 2025-11-13", "Norrdalens kommunförbund")]:
        record = parse_text(title + "\n" + head, "title.txt").to_json()
        assert record["organisation"] == org


def test_place_and_day_under_the_title_are_no_part_of_the_name():
    head = "\nNärvarande: Ida Rönn, Ove Sand\n\n1. Mötets öppnande\nMötet öppnades.\n"
    for under in ("Lund 2023-11-17 info@example.se", "Lördagen den 14 juni 2025"):
        record = parse_text("Styrelsemöte i Skånska Vägföreningen\n" + under + "\n" + head, "title.txt").to_json()
        assert record["organisation"] == "Skånska Vägföreningen"
