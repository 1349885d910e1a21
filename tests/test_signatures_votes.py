"""Officers from the signature block and tallies written in prose, in the shapes of issue 8 (fictional
names; see tests/fixtures/genre 170–172)."""
from protokoll.clean.lines import clean
from protokoll.parse import decisions as dec
from protokoll.parse.frontmatter import read_signatures, signature_start
from protokoll.pipeline import parse_text


def signatures(text):
    lines = clean(text, repair=False).lines
    start = signature_start(lines)
    assert start is not None
    return read_signatures(lines[start:])


HEAD = ("Styrelsemöte för Exempelbyns båtklubb\nDatum: 2025-04-02\nTid: 18.00–19.30\nPlats: Klubbhuset\n\n"
        "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Val av sekreterare\n")


def test_office_over_a_dotted_line_holds_the_name_under_the_line():
    got = signatures("Vid protokollet\n……………………………\nSixten Rapp\n\nOrdförande\n____________________\nGreta Lind\n\n"
                     "Justeras\n____________________\nTor Ulf\n")
    assert got == {"secretary": ["Sixten Rapp"], "chair": ["Greta Lind"], "adjusters": ["Tor Ulf"]}


def test_name_over_its_own_office_is_still_read_so():
    got = signatures("____________________\nGreta Lind\nOrdförande\n\n____________________\nTor Ulf\nJusterare\n")
    assert got == {"chair": ["Greta Lind"], "adjusters": ["Tor Ulf"]}


def test_office_row_over_name_row_without_column_gaps():
    # a PDF's text may lose the gaps between the columns of a signature row
    got = signatures("Sekreterare Ordförande Justerare\nStina Ek Anna Berg Per Holm\n")
    assert got == {"secretary": ["Stina Ek"], "chair": ["Anna Berg"], "adjusters": ["Per Holm"]}


def test_office_row_over_name_row_in_layout():
    got = signatures("Sekreterare          Ordförande          Justerare\n"
                     "Anna Ek              Per Berg            Lisa Holm\n")
    assert got == {"secretary": ["Anna Ek"], "chair": ["Per Berg"], "adjusters": ["Lisa Holm"]}


def test_first_name_elected_in_the_text_takes_the_surname_signed_at_the_foot():
    # no list of those present: only the signature names Stina in full
    p = parse_text(HEAD + "Stina valdes till sekreterare.\n\n3. Mötets avslutande\nOrdföranden avslutade mötet.\n\n"
                   "Sekreterare                  Ordförande\nStina Ohlson                 Anna Sved\n")
    assert p.secretary == "Stina Ohlson"
    assert p.chair == "Anna Sved"


def test_prose_tally_with_abstentions_after_a_comma():
    v = dec.counted_vote("Omröstning begärs och genomförs. 7 ja-röster och 4 nej-röster, 2 avstår.")
    assert (v.yes, v.no, v.abstain) == (7, 4, 2)
    v = dec.counted_vote("3 ja-röster och 1 nej-röster, 0 avstår.")
    assert (v.yes, v.no, v.abstain) == (3, 1, 0)


def test_other_prose_tallies():
    v = dec.counted_vote("Nämnden beslutar med 7 röster mot 4 att bifalla förslaget.")
    assert (v.yes, v.no) == (7, 4)
    v = dec.counted_vote("Ja-röster: 7, Nej-röster: 4, Avstår: 0")
    assert (v.yes, v.no, v.abstain) == (7, 4, 0)
    v = dec.parse_vote(["Ledamot Röst", "Anna Ek (S) Ja", "Per Berg (M) Nej", "Summa: 1 ja, 1 nej, 0 avstår"])
    assert (v.yes, v.no, v.abstain) == (1, 1, 0)


def test_two_word_label_row_over_names_run_together():
    # default-mode pdftotext of two signature columns: labels on one line, names on the next, single spaces
    got = signatures("Vid protokollet Justeras\n\nSiv Hallin Tage Lundmark\n")
    assert got == {"secretary": ["Siv Hallin"], "adjusters": ["Tage Lundmark"]}


def test_names_left_over_sign_under_the_last_label_when_it_is_justeras():
    got = signatures("Vid protokollet Justeras\n\nSiv Hallin Tage Lundmark Eva Marie Dahl\nsekreterare\n")
    assert got == {"secretary": ["Siv Hallin"], "adjusters": ["Tage Lundmark", "Eva Marie Dahl"]}


def test_names_left_over_under_another_label_are_not_guessed():
    # three names under "Ordförande Sekreterare": which two sign is not told, so no row is cut
    lines = clean("Ordförande Sekreterare\nSiv Hallin Tage Lundmark Eva Dahl\n", repair=False).lines
    assert signature_start(lines) is None


def test_justeras_with_two_names_run_on_where_a_surname_is_a_given_name_too():
    """ "Justeras Eva Lund Ali Reza": the cut at given names fails ("Reza" is one too), so the two adjusters are
    taken two words each; a label with one name, or a secretary's line, keeps its name whole."""
    text = "Vid protokollet Stina Ek\nJusteras Eva Lund Ali Reza\n"
    assert signatures(text) == {"secretary": ["Stina Ek"], "adjusters": ["Eva Lund", "Ali Reza"]}
    assert signatures("Vid protokollet Stina Ek\nJusteras Eva Lund\n")["adjusters"] == ["Eva Lund"]
