"""Names written surname first without a comma ("Dahlgren Birgitta (S), ordförande"), as municipal systems print
every list of a protocol: turned to "First Last" where the document's list reads so, and only then."""
from protokoll.clean.lines import clean
from protokoll.parse.minutes import parse_clean
from protokoll.vocab.names import bare_surname_first, turned_bare, writes_surname_first


def test_a_surname_then_given_names():
    assert bare_surname_first("Lindqvist Per-Olof") == "Per-Olof Lindqvist"
    assert bare_surname_first("Dahlgren Birgitta") == "Birgitta Dahlgren"
    assert bare_surname_first("Anna Berg") is None  # the first word is a given name
    assert bare_surname_first("Sten Anna") is None  # both are: read as written
    assert bare_surname_first("Berg") is None


def test_the_document_decides():
    surname_first = ["Dahlgren Birgitta", "Lindqvist Per-Olof", "Öman Karin", "Özdemir Kemal"]
    assert writes_surname_first(surname_first)
    assert [turned_bare(n) for n in surname_first][-1] == "Kemal Özdemir"
    # One name that would read turned ("Yusuf Ali") among names written "First Last" turns nothing.
    assert not writes_surname_first(["Yusuf Ali", "Anna Berg", "Per Holm", "Lisa Ek"])
    assert not writes_surname_first(["Dahlgren Birgitta"])


MINUTES = "\n".join([
    "Västerby kommun", "Kulturnämnden", "SAMMANTRÄDESPROTOKOLL", "2025-03-04", "",
    "Beslutande          Dahlgren Birgitta (S), ordförande",
    "                    Lindqvist Per-Olof (M)",
    "                    Strand Mats (S)",
    "",
    "Utses att justera   Lindqvist Per-Olof", "",
    "§ 1", "Val av justerare", "", "Beslut", "Nämnden utser Per-Olof Lindqvist att justera protokollet.", "",
    "Vid protokollet", "", "Ekholm Tobias",
])


def test_minutes_with_surname_first_lists_give_first_last_names():
    protocol = parse_clean(clean(MINUTES))
    assert [a.name for a in protocol.attendees] == ["Birgitta Dahlgren", "Per-Olof Lindqvist", "Mats Strand"]
    assert protocol.attendees[0].party == "S" and protocol.attendees[0].role == "ordförande"
    assert protocol.adjusters == ["Per-Olof Lindqvist"]
    assert protocol.secretary == "Tobias Ekholm"


def test_without_nickname_drops_a_nickname_in_parentheses_and_keeps_a_party():
    from protokoll.vocab.names import without_nickname
    assert without_nickname("Ulrika (Uffe) Berg") == "Ulrika Berg"
    assert without_nickname("Anna (Centerpartiet) Ek") == "Anna (Centerpartiet) Ek"
    assert without_nickname('Tommy "Tompa" Lindqvist') == "Tommy Lindqvist"
