"""Votes in the shapes Swedish minutes write them in prose (fictional; see tests/fixtures/genre 180–184):
counts as digits or words, abstainers after the counts, labelled tallies, and what is no vote."""
import itertools

import pytest

from protokoll.parse import decisions as dec
from protokoll.vocab import numbers
from protokoll.pipeline import parse_text

WORDS = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 11: "elva", 12: "tolv",
         13: "tretton", 17: "sjutton", 20: "tjugo", 23: "tjugotre", 31: "trettioen"}


def test_number_words_read_in_one_place():
    assert [numbers.value(w) for w in ("sju", "Tolv", "tretton", "tjugotre", "trettioen", "ett", "noll", "45")] == \
        [7, 12, 13, 23, 31, 1, 0, 45]
    assert numbers.value("tjugosju") == 27 and numbers.value("sjuttio") == 70 and numbers.value("ja") is None


# Each shape with the counts where they stand; {a} is the abstainers' count where the shape holds it.
SHAPES = [
    "Med {y} ja-röster mot {n} nej-röster beslutar nämnden enligt ordförandens förslag.",
    "Omröstning begärs och verkställs. Med {y} ja-röster mot {n} nej-röster och {a} som avstår beslutar nämnden "
    "enligt ordförandens förslag.",
    "Med {y} röster mot {n} beslutar kommunstyrelsen att anta planen.",
    "Nämnden beslutar med {y} röster mot {n} att anta planen.",
    "Omröstningen utfaller med {y} ja-röster mot {n} nej-röster.",
    "Röstningen utföll med {y} ja-röster mot {n} nej-röster, {a} ledamöter avstår.",
    "Vid omröstningen avges {y} ja-röster och {n} nej-röster, {a} avstår.",
    "Votering begärs. Med {y} röster mot {n} och {a} som avstod beslutade mötet att höja avgiften.",
]


@pytest.mark.parametrize("shape,counts,spelled", list(itertools.product(
    SHAPES, [(7, 4, 2), (12, 11, 1), (20, 13, 3)], [False, True])))
def test_prose_tally_in_digits_and_words(shape, counts, spelled):
    y, n, a = counts
    say = (lambda k: WORDS[k]) if spelled else str
    v = dec.counted_vote(shape.format(y=say(y), n=say(n), a=say(a)))
    assert v is not None and (v.yes, v.no) == (y, n)
    assert v.abstain == (a if "{a}" in shape else None)


@pytest.mark.parametrize("text,expected", [
    ("beslutades med röstsiffrorna 45–12 att anta budgeten", (45, 12, None)),
    ("Röstsiffror: 30 ja, 20 nej, 1 avstår", (30, 20, 1)),
    ("Omröstningsresultat: 9 ja, 2 nej", (9, 2, None)),
    ("Mötet röstade: 23 för, 4 emot, 2 nedlagda.", (23, 4, 2)),
    ("Röstutfall:      Ja: 31        Nej: 11        Avstår: 2", (31, 11, 2)),
    ("Vid omröstningen avges sju ja-röster och sju nej-röster.", (7, 7, None)),
])
def test_labelled_and_association_tallies(text, expected):
    v = dec.counted_vote(text)
    assert (v.yes, v.no, v.abstain) == expected


@pytest.mark.parametrize("text", [
    "Mötet beslutade enhälligt att godkänna årsredovisningen.",
    "Röstlängden fastställdes till 42 röstberättigade.",
    "Vid uppropet är 49 ledamöter närvarande.",
    "Närvarande: 48 medlemmar, varav 44 röstberättigade enligt röstlängd",
    "Kjell berättade att kulturnämnden har beslutat om bidraget med två nej-röster.",
    "Av kommunfullmäktiges protokoll framgår att förslaget antogs med 31 röster mot 18.",
    "Kommunstyrelsen har behandlat ärendet och beslutade då med 5 röster mot 2 att återremittera det.",
    "Styrelsen ser fram emot en röstning om tre förslag.",
])
def test_no_vote(text):
    assert dec.counted_vote(text) is None


def test_spelled_articles_stay_words():
    # "en"/"ett" are counts only before a vote's words
    assert dec.digits_for_words("Med tolv röster mot elva och en som avstår") == "Med 12 röster mot 11 och 1 som avstår"
    assert dec.digits_for_words("ett förslag för en ny taxa") == "ett förslag för en ny taxa"


def test_table_head_is_no_ballot_and_the_written_counts_win():
    v = dec.parse_vote(["Ja-röst för Ingrid Sörlins förslag, nej-röst för Bo Rydells förslag.",
                        "Ledamot                  Ja      Nej     Avstår",
                        "Ingrid Sörlin (S)        Ja", "Bo Rydell (M)            Nej",
                        "Omröstningen utfaller med 8 ja-röster mot 7 nej-röster."])
    assert (v.yes, v.no, v.abstain) == (8, 7, None)
    assert [b.name for b in v.ballots] == ["Ingrid Sörlin", "Bo Rydell"]
    assert v.yes_means == "Ingrid Sörlins förslag" and v.no_means == "Bo Rydells förslag"


HEAD = ("PROTOKOLL\nExempelby kommun\nMiljönämnden\nSammanträdesdatum 2025-04-02\n\n"
        "Beslutande\nAnna Ek (S), ordförande\nPer Berg (M)\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Taxa\n")
TAIL = "\n\n§ 3 Mötets avslutande\nOrdföranden avslutade mötet.\n"


def votes_of(body):
    item = next(i for i in parse_text(HEAD + body + TAIL).items if i.number == 2)
    return [(d.text, [(v.yes, v.no, v.abstain) for v in d.votes]) for d in item.decisions]


def test_vote_counted_in_words_goes_on_the_decision_it_leads():
    assert votes_of("Votering begärs och verkställs. Med tolv ja-röster mot elva nej-röster och en som avstår "
                    "beslutar nämnden att anta taxan.") == [("att anta taxan.", [(12, 11, 1)])]


def test_decision_after_an_inline_vote_result_is_a_decision():
    assert votes_of("Omröstningsresultat: 9 ja, 33 nej\n\nStämman beslutade att avslå motionen.") == \
        [("att avslå motionen.", [(9, 33, None)])]


def test_another_bodys_vote_is_no_decision_and_no_vote():
    assert votes_of("Av kommunfullmäktiges protokoll framgår att förslaget antogs med 31 röster mot 18.\n\n"
                    "Nämnden beslutar att lägga informationen till handlingarna.") == \
        [("att lägga informationen till handlingarna.", [])]


def test_association_vote_before_its_decision():
    assert votes_of("Efter diskussion begärdes votering.\nMötet röstade: 23 för, 4 emot, 2 nedlagda.\n"
                    "Mötet beslutade att bifalla motionen.") == [("att bifalla motionen.", [(23, 4, 2)])]


def test_layout_table_marks_are_read_by_their_column():
    # pdftotext -layout keeps the columns: the X under "Nej" is a no, wherever the name ends
    lines = ["Ledamot                  Ja      Nej     Avstår", "Ingrid Sörlin (S)        X",
             "Bo Rydell (M)                    X", "Elis Fagerberg (C)                       X",
             "Omröstningen utfaller med 8 ja-röster mot 7 nej-röster."]
    v = dec.parse_vote(lines, [5] * len(lines))
    assert [(b.name, b.vote) for b in v.ballots] == [("Ingrid Sörlin", "yes"), ("Bo Rydell", "no"),
                                                      ("Elis Fagerberg", "abstain")]
    assert (v.yes, v.no) == (8, 7)  # the written counts win over a partial table


def test_ja_and_nej_stay_as_written_whichever_side_won():
    # yes counts the ja-röster; the proposition tells what ja meant, even where nej won
    assert votes_of("Omröstning\nJa-röst för bifall till motionen, nej-röst för avslag.\n"
                    "Med 5 ja-röster mot 8 nej-röster beslutar nämnden enligt nej-propositionen.\n\n"
                    "Beslut\nNämnden beslutar att avslå motionen.") == [("att avslå motionen.", [(5, 8, None)])]


def test_sides_named_by_what_they_voted_for_follow_the_decision():
    # no ja/nej written: the side the decision went with is yes
    assert votes_of("Votering begärdes. 12 röstade för avslag, 6 för bifall och 1 avstod.\n\n"
                    "Nämnden beslutar att bifalla motionen.") == [("att bifalla motionen.", [(6, 12, 1)])]


def test_proposition_in_running_text_gives_what_ja_and_nej_meant():
    item = next(i for i in parse_text(HEAD + "Ja-röst för bifall, nej-röst för avslag.\nOmröstningen utfaller med "
                                      "sju ja-röster mot sex nej-röster.\n\nBeslut\nNämnden beslutar att anta taxan."
                                      + TAIL).items if i.number == 2)
    v = item.decisions[0].votes[0]
    assert (v.yes, v.no, v.yes_means, v.no_means) == (7, 6, "bifall", "avslag")


@pytest.mark.parametrize("body,expected", [
    # a result told over lines of its own, each count after its word
    ("Röstutfallet var följande:\nJa: 62\nNej: 17\nAvstår: 3\n\nStämman beslutade att anta taxan.", (62, 17, 3)),
    ("Votering\nJa 9\nNej 4\n\nBeslut\nNämnden beslutar att anta taxan.", (9, 4, None)),
    # a word between the count and its side
    ("Votering begärdes. Stämman gav 62 digitala ja-röster och sex digitala nej-röster.\n"
     "Stämman beslutade att anta taxan.", (62, 6, None)),
    ("Vid omröstning med handuppräckning röstade 18 för och 7 emot. Mötet beslutade att anta taxan.", (18, 7, None)),
    # the abstainers in a sentence of their own inside the vote section
    ("Omröstning\nSju ledamöter röstar ja och fyra ledamöter röstar nej. En ledamot avstår.\n\n"
     "Beslut\nNämnden beslutar att anta taxan.", (7, 4, 1)),
])
def test_more_result_shapes_give_one_vote(body, expected):
    assert votes_of(body) == [("att anta taxan.", [expected])]


def test_a_vote_outcome_that_adopts_a_proposal_goes_to_the_decision_under_its_label():
    # A formula without "att" that adopts a proposal is a decision of its own (decide7), but where the
    # vote's outcome is told so before the "Beslut" section, the vote belongs to the decision under it.
    for outcome in ("Med sju ja-röster mot fyra nej-röster beslutar nämnden enligt ordförandens förslag.",
                    "Omröstning begärs och verkställs. Med 7 ja-röster mot 4 nej-röster\n"
                    "beslutar nämnden enligt ordförandens förslag."):
        text = ("Protokoll Socialnämnden i Ekeby kommun\nSammanträdesdatum 2025-05-06\n"
                "Beslutande: Vera Holt (S), ordförande, Rune Strid (M)\n\n§ 62\nRiktlinjer för försörjningsstöd\n"
                "Rune Strid (M) yrkar bifall till eget förslag.\n" + outcome +
                "\n\nBeslut\nSocialnämnden beslutar att anta riktlinjer för försörjningsstöd.\n\n§ 63\nAvslutning\n"
                "Ordföranden avslutar sammanträdet.\n")
        item = parse_text(text).items[0]
        assert [d.text for d in item.decisions] == ["att anta riktlinjer för försörjningsstöd."], outcome
        assert [(v.yes, v.no) for v in item.decisions[0].votes] == [(7, 4)], outcome


# Convention: an abstention is counted whatever the number of its word — "1 nedlagd" as "4 nedlagda",
# "1 nedlagd röst", "Nedlagd: 1" — and a singular side ("en röst emot") counts as its plural does.
@pytest.mark.parametrize("text,expected", [
    ("Med 12 ja-röster mot 7 nej-röster och 1 nedlagd beslutar nämnden att bifalla förslaget.", (12, 7, 1)),
    ("Med 12 röster mot 7, 1 nedlagd, beslutade mötet att bifalla förslaget.", (12, 7, 1)),
    ("Röstresultat: 5 ja, 2 nej, 1 nedlagd", (5, 2, 1)),
    ("Ja: 5  Nej: 1  Nedlagd: 1", (5, 1, 1)),
    ("Vid omröstning röstade 12 för avslag och 6 för bifall, 1 nedlagd.", (12, 6, 1)),
    ("Med 12 ja-röster mot 1 nej-röst och 1 nedlagd röst beslutar nämnden att bifalla.", (12, 1, 1)),
    ("11 röster för förslaget, en röst emot och en nedlagd röst.", (11, 1, 1)),
    ("Med 12 ja-röster mot 7 nej-röster och 1 avstår beslutar nämnden att bifalla.", (12, 7, 1)),
])
def test_singular_abstention_and_side_words_count_as_plural_ones(text, expected):
    vote = dec.parse_vote([text])
    assert (vote.yes, vote.no, vote.abstain) == expected


def test_a_closed_ballots_blank_votes_count_as_abstaining():
    for text, want in [("Vid sluten omröstning avgavs 4 röster för bifall, 2 röster för avslag och 1 blank röst.", (4, 2, 1)),
                       ("9 röster för bifall, 4 för avslag och 2 blanka röster.", (9, 4, 2)),
                       ("7 röster för bifall och 5 för avslag.", (7, 5, None))]:
        v = dec.counted_vote(text)
        assert (v.yes, v.no, v.abstain) == want, text
