"""Minutes as plain ``pdftotext`` hands them over, in the terse and older conventions (dev fixtures 948–957):
a footnote at a page's foot, a region's presence table one cell a line with the role in the name's cell, the
older verb-first rulings ("Förklarades X vald"), signatures under "Ordf. Sekr." / "Just.", a dotted signature
line right after the last item, and an item's heading atop a page that repeats a table cell's words at the foot
of the page before. All text made up."""
import pytest

from protokoll.pipeline import parse_text


def _decisions(protocol, title):
    item = next(i for i in protocol.items if i.title == title)
    return [d.text for d in item.decisions]


FOOTNOTE = """Region Ekmark
Kulturutskottet
Protokoll 2020-02-18

§ 1
Val av justerare
Utskottet beslutar
att välja Per Holm att justera protokollet.

§ 2
Bidrag till studieförbunden
Utskottet beslutar
att fördela 14 miljoner kronor enligt bilaga.

1

Beloppen avser bidragsåret 2020.

Justerandes signatur

Utdragsbestyrkande
\f§ 3
Information
Utskottet beslutar
att lägga informationen till handlingarna.

Justerandes signatur

Utdragsbestyrkande
\f"""


def test_a_footnote_at_a_pages_foot_is_no_decision():
    p = parse_text(FOOTNOTE)
    assert _decisions(p, "Bidrag till studieförbunden") == ["att fördela 14 miljoner kronor enligt bilaga."]


def test_a_number_and_a_sentence_amid_the_page_are_no_footnote():
    # the page goes on after the sentence (item 3 on the same page): it is the page's own text
    text = FOOTNOTE.replace("\nJusterandes signatur\n\nUtdragsbestyrkande\n\f§ 3", "\n§ 3", 1)
    p = parse_text(text)
    assert "Beloppen avser bidragsåret 2020." in _decisions(p, "Bidrag till studieförbunden")


ROLL = """PROTOKOLL
Kulturutskottet
Region Ekmark
Datum 2020-02-18

Närvarande
Ledamöter

Närvaro

Ja

Nej

Karin Åström (S), ordförande

X

Jonas Byström (M), vice ordförande

X

Pia Hellström (C)

X

Ersättare

Aino Virtanen (V)

X

Olof Ramberg (KD)

X

Övriga
Malin Öst, sekreterare

§ 1
Val av justerare
Utskottet beslutar
att välja Jonas Byström (M) att justera protokollet.
"""


def test_a_cell_roll_with_the_role_in_the_name_cell_and_a_group_under_the_first_titles():
    people = {a.name: a for a in parse_text(ROLL).attendees}
    assert people["Karin Åström"].role == "ordförande" and people["Karin Åström"].party == "S"
    assert people["Jonas Byström"].role == "vice ordförande"
    assert people["Aino Virtanen"].status == "present" and people["Olof Ramberg"].status == "present"
    assert not {"Ja", "Nej", "X"} & set(people)


VERB_FIRST = """PROTOKOLL fört vid sammanträde med kommunfullmäktige i Rönnby kommun måndagen den 16 november 2020.

§ 71 Sammanträdets öppnande
Förklarades sammanträdet öppnat.

§ 74 Val av revisor
Förklarades Tobias Ringh (S) vald till revisor för tiden intill utgången av 2022.

§ 75 Interpellation om snöröjningen
Interpellationen besvarades av kommunstyrelsens ordförande.
Förklarades interpellationen besvarad.

§ 76 Övriga frågor
Förklarades att frågan tas upp med arbetsgivaren.
"""


@pytest.mark.parametrize("title, decision", [
    ("Val av revisor", "Förklarades Tobias Ringh (S) vald till revisor för tiden intill utgången av 2022."),
    ("Interpellation om snöröjningen", "Förklarades interpellationen besvarad."),
    ("Övriga frågor", "Förklarades att frågan tas upp med arbetsgivaren."),
])
def test_the_older_verb_first_rulings_are_decisions(title, decision):
    assert _decisions(parse_text(VERB_FIRST), title) == [decision]


def test_a_meeting_declared_open_is_no_decision():
    assert _decisions(parse_text(VERB_FIRST), "Sammanträdets öppnande") == []


SIGNED = """Tjärnåsens Samfällighetsförening
Protokoll fört vid styrelsemöte 2021-09-06
Närvarande: Sune Backlund, Ylva Ström, Roland Hägg, Eivor Lund
§ 1
Ordf förklarade mötet öppnat.
§ 2
Dagordningen fastställdes.
§ 3
Ordf förklarade mötet avslutat.
.................................... ....................................
Sune Backlund Ylva Ström
Ordf. Sekr.
....................................
Roland Hägg
Just.
"""


def test_signatures_under_short_labels_run_together():
    p = parse_text(SIGNED)
    assert (p.chair, p.secretary, p.adjusters) == ("Sune Backlund", "Ylva Ström", ["Roland Hägg"])


def test_a_dotted_signature_line_keeps_the_last_item():
    assert [i.number for i in parse_text(SIGNED).items] == [1, 2, 3]


TABLE_AT_FOOT = """Bostadsrättsföreningen Linden 7
Protokoll fört vid styrelsemöte 2022-10-12
1. Mötets öppnande
Ordf förklarade mötet öppnat.
2. Åtgärdslista
Åtgärd
Ansvarig
Klart
Byte av belysning i källaren
Jonas
30 oktober
Offert på fasadtvätt
Per
Nästa möte

Sida 1 av 2
\f3. Nästa möte
Nästa styrelsemöte 2022-11-16 kl. 19.00.
4. Mötets avslutande
Ordf förklarade mötet avslutat.

Sida 2 av 2
\f"""


def test_an_items_heading_atop_a_page_is_no_running_header():
    assert [i.title for i in parse_text(TABLE_AT_FOOT).items] == [
        "Mötets öppnande", "Åtgärdslista", "Nästa möte", "Mötets avslutande"]


PARTY_CELLS = """Lunda kommun
SAMMANTRÄDESPROTOKOLL
Kommunstyrelsens arbetsutskott
Sammanträdesdatum 2019-03-12

Beslutande

Nils Ågren
(S)
ordförande
Karin Moberg
(C)
1:e vice ordförande
Torbjörn Lantz
(M)

Ersättare

Elsa Vikström
(S)

§ 21
Val av justerare
Arbetsutskottet beslutar
att utse Karin Moberg att justera protokollet.
"""


def test_a_roll_of_name_party_and_role_cells_one_a_line():
    people = {a.name: (a.party, a.role, a.status) for a in parse_text(PARTY_CELLS).attendees}
    assert people == {"Nils Ågren": ("S", "ordförande", "present"),
                      "Karin Moberg": ("C", "1:e vice ordförande", "present"),
                      "Torbjörn Lantz": ("M", None, "present"), "Elsa Vikström": ("S", "ersättare", "present")}
