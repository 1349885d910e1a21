"""Repair of OCR-damaged Swedish: words, compounds, names of municipalities, and what must not change."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protokoll import municipalities
from protokoll.clean import swedish


@pytest.mark.parametrize("damaged, repaired", [
    ("Motet", "Mötet"), ("Narvarande", "Närvarande"), ("forhinder", "förhinder"), ("6ppnande", "öppnande"),
    ("Féredragande", "Föredragande"), ("méjlighet", "möjlighet"), ("s&", "så"), ("for", "för"), ("pa", "på"),
    ("Krisberedskapsradet", "Krisberedskapsrådet"),  # compound: krisberedskaps + rådet
    ("styrelsemdéte", "styrelsemöte"), ("utdkad", "utökad"), ("Aterrapportering", "Återrapportering"),
    ("kommundirektérsgruppen", "kommundirektörsgruppen"), ("Asa", "Åsa"),
])
def test_repair_word(damaged, repaired):
    assert swedish.repair_word(damaged) == repaired


@pytest.mark.parametrize("word", ["har", "andra", "Thorén", "SKR", "ADDA", "Dahlmann", "Appelqvist", "2026"])
def test_words_that_must_stay(word):
    assert swedish.repair_word(word) == word


def test_repair_text_keeps_email_and_numbers():
    text = "Kontakt: anna.berg@familjenhelsingborg.se, kl 08.30 pa Radhuset 2026"
    out = swedish.repair_text(text)
    assert "anna.berg@familjenhelsingborg.se" in out and "08.30" in out and "på" in out


def test_damage_detection():
    good = "Mötet beslutar att uppdra till sekretariatschefen att återkomma med ett förslag på åtgärder. " * 5
    assert not swedish.looks_damaged(good)
    assert swedish.looks_damaged(swedish.looks_damaged.__doc__ and good.translate(str.maketrans("åäö", "aao")))


def test_suspects_only_touch_damaged_words():
    assert swedish.repair_suspects("Christian DahImann, sekretariatschef") == "Christian Dahlmann, sekretariatschef"
    assert swedish.repair_suspects("Aktualitetsproévningen av planen") == "Aktualitetsprövningen av planen"


@pytest.mark.parametrize("written, canonical", [
    ("Helsingborgs stad", "Helsingborg"), ("Helsingborg stad", "Helsingborg"), ("Bastad", "Båstad"),
    ("Svalév", "Svalöv"), ("Angelholm", "Ängelholm"), ("Perstorps kommun", "Perstorp"), ("Hoganas", "Höganäs"),
    ("sekretariatet", None), ("Region Skåne", None),
])
def test_municipalities(written, canonical):
    assert municipalities.canonical(written) == canonical


swedish_words = st.sampled_from("mötet beslutar att uppdra till sekretariatet nätverket för "
                                "samverkan kring områden och frågor på höst".split())


@settings(max_examples=60, deadline=None)
@given(st.lists(swedish_words, min_size=1, max_size=30))
def test_well_spelled_text_survives_suspect_repair(words):
    text = " ".join(words)
    assert swedish.repair_suspects(text) == text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_repair_never_fails_and_is_stable_on_its_output(text):
    once = swedish.repair_text(text)
    assert isinstance(once, str)
    assert swedish.repair_text(once) == once


def test_ar_is_a_year_after_a_time_word():
    assert swedish.repair_text("Budgeten for nasta ar ar klar") == "Budgeten för nästa år är klar"


@pytest.mark.parametrize("damaged,repaired", [("6ia", "öla"), ("f6ija", "följa")])
def test_repair_is_idempotent_where_a_first_repair_opens_a_rarer_one(damaged, repaired):
    # "6ia" → "öia" → "öla" and "f6ija" → "föija" → "följa" took two rounds before repair ran to a fixed point
    once = swedish.repair_text(damaged)
    assert once == repaired
    assert swedish.repair_text(once) == once


@pytest.mark.parametrize("word, intact", [
    ("Norrsjö", True), ("Åsle", True), ("NORRSJÖ", True),
    ("Norrsjo", False), ("Norrsj6", False), ("Norrsjé", False), ("Sval6v", False), ("Hörbyn", True), ("Hörbvn", True),
])
def test_looks_intact(word, intact):
    assert swedish.looks_intact(word) is intact


# Text that lost every å/ä/ö (dev fixtures with å/ä/ö taken out scored titles_exact 0.80): "Val av justerare"
# came out "Väl av" (the adverb is six times as common in general Swedish), definite forms with a genitive -s
# the word list lacks stayed unrepaired, and given names became verbs ("Saga" → "Säga").
@pytest.mark.parametrize("damaged, repaired", [
    ("Val", "Val"), ("val", "val"),  # the genre's vocabulary weighs "val" (election) up
    ("Sammantradets", "Sammanträdets"), ("Arsmotets", "Årsmötets"),  # sammanträdet|s, årsmötet|s
    ("hallas", "hållas"),  # a short common word's -s form (hallå|s) must not win
    ("Saga", "Saga"),  # a given name as written
    ("Goran", "Göran"),  # ... unless a form with å/ä/ö is a given name too
])
def test_repair_of_genre_words_genitives_and_given_names(damaged, repaired):
    assert swedish.repair_word(damaged) == repaired


def test_repair_text_keeps_election_titles():
    assert swedish.repair_text("Val av justerare. Sammantradets oppnande.") == "Val av justerare. Sammanträdets öppnande."


# A heading in capitals is a word like any other ("SAMMANTRADESPROTOKOLL" heads the front page, "FOREDRAGNINGSLISTA"
# the contents list the items must not be read from); short capitals stay acronyms. A name not itself a given name
# whose one form with å/ä/ö is one ("Orjan", "Ake") is that name, and so is a rarer given name ("Marta", of the
# long tail of SCB's statistics) whose one form with å/ä/ö is a common one ("Märta").
@pytest.mark.parametrize("damaged, repaired", [
    ("SAMMANTRADESPROTOKOLL", "SAMMANTRÄDESPROTOKOLL"), ("FOREDRAGNINGSLISTA", "FÖREDRAGNINGSLISTA"),
    ("SKR", "SKR"), ("ADDA", "ADDA"),
    ("Osten", "Östen"), ("Orjan", "Örjan"), ("Marta", "Märta"),
])
def test_repair_of_capitals_and_names_only_with_swedish_letters(damaged, repaired):
    assert swedish.repair_word(damaged) == repaired


# Compounds of the genre that lost their å/ä/ö: a short common tail ("trädgårds|dag", "sammanträdes|dag"), a head in
# its linking form ("ägar|ombud" of "ägare", "överförmyndar|handläggare", "stämmo|protokoll" of "stämma"), the head
# "års" ("års|räkningar"). Other short tails make no compound ("Vindsta" is no "Vind|stå", "Fjällsta" no "Fjäll|stå"),
# nor does a short head's -o make a verb of a noun ("Sagorummet" stays: no "säga"); OCR's é for ö is still read.
@pytest.mark.parametrize("damaged, repaired", [
    ("Tradgardsdag", "Trädgårdsdag"), ("Sammantradesdag", "Sammanträdesdag"), ("foreningsdag", "föreningsdag"),
    ("agarombud", "ägarombud"), ("overformyndarhandlaggare", "överförmyndarhandläggare"),
    ("overformyndarverksamheten", "överförmyndarverksamheten"), ("arsrakningar", "årsräkningar"),
    ("Villaagarforeningen", "Villaägarföreningen"), ("elevradet", "elevrådet"), ("Budgetplan", "Budgetplan"),
    ("Kortlan", "Kortlan"),  # no "Kort|lån": a tail of three letters with å/ä/ö makes no compound
    ("Vindsta", "Vindsta"), ("Fjallsta", "Fjallsta"), ("Sagorummet", "Sagorummet"), ("Feredragande", "Föredragande"),
    ("avstyrker", "avstyrker"),
])
def test_repair_of_compounds_with_short_tails_and_linking_heads(damaged, repaired):
    assert swedish.repair_word(damaged) == repaired


def test_well_spelled_compounds_are_left_alone():
    """Good text is not repaired: a well-spelled page with these compounds and plain words comes out of the
    cleaning as it went in (the repair runs only on text that lost its å/ä/ö, or on visibly damaged words)."""
    from protokoll.clean.lines import clean

    text = ("Protokoll från årsstämman i Vindsta samfällighetsförening\n"
            "Sammanträdesdag: 2026-03-14\n"
            "§ 4 Trädgårdsdag i Sagorummet: föreningen avstyrker motionen om ägarombud.\n"
            "§ 5 Årsräkningar och stämmoprotokoll granskades av Kvarnforsens revisorer.\n")
    assert "\n".join(line.text for line in clean(text).lines) == text.strip()


# A name ending in the place-name word "åsen" that lost its å is read so although the plain "asen" is as common a
# word ("Granasens" → "Granåsens"), while "backen" as written still beats "bäcken" ("Solbacken" stays).
@pytest.mark.parametrize("damaged, repaired", [
    ("Granasens", "Granåsens"), ("Lindasens", "Lindåsens"), ("Tjarnasens", "Tjärnåsens"), ("Bjorkasens", "Björkåsens"),
    ("Solbacken", "Solbacken"), ("Norrbacken", "Norrbacken"), ("Hasen", "Hasen"),
])
def test_place_name_tails_beat_rarer_plain_words(damaged, repaired):
    assert swedish.repair_word(damaged) == repaired


# A long compound of the genre has more a/o spellings than the 512 once tried ("Pensionarsorganisationerna", 648); a
# head with an -e added to a common word ("löne|revisionen", of "lön"), taken where likelier than the head's plainer
# reading; the formula's passive "anmäles" from the genre's vocabulary.
@pytest.mark.parametrize("damaged, repaired", [
    ("Pensionarsorganisationerna", "Pensionärsorganisationerna"), ("lonerevisionen", "lönerevisionen"),
    ("Anmales", "Anmäles"), ("Feredragande", "Föredragande"),
])
def test_repair_of_long_compounds_linking_e_and_formula_passive(damaged, repaired):
    assert swedish.repair_word(damaged) == repaired


def test_reports_taken_note_of_are_a_decision_when_the_text_lost_its_letters():
    from protokoll.pipeline import parse_text

    text = ("Miljönämnden i Tallvik\nProtokoll från sammanträde 2026-02-10\n\n"
            "§ 3 Val av justerare\nNämnden väljer Åsa Berg att jämte ordföranden justera dagens protokoll.\n\n"
            "§ 4 Delegationsbeslut januari 2026\n"
            "Anmäles och antecknas de delegationsbeslut som fattats under januari 2026.\n")
    plain = text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))
    record = parse_text(plain).to_json()
    item = next(item for item in record["items"] if item["number"] == 4)
    assert [(d["text"][:21], d["kind"]) for d in item["decisions"]] == [("Anmäles och antecknas", "noted")]


# A heading in capitals is words, the short ones too ("NÄSTA MÖTE", "STYRELSEN FÖR ..."); capitals in running text and
# an abbreviation's full stop stay as written (acronyms: "SKR", "ANG.").
@pytest.mark.parametrize("damaged, repaired", [
    ("NASTA MOTE", "NÄSTA MÖTE"), ("STYRELSEN FOR KUSTRADET\nText for alla", "STYRELSEN FÖR KUSTRÅDET\nText för alla"),
    ("Motet leds av SKR och ADDA", "Mötet leds av SKR och ADDA"), ("PROTOKOLL ANG. BUDGET", "PROTOKOLL ANG. BUDGET"),
    ("KS OCH AU", "KS OCH AU"), ("MOTE", "MOTE"),
])
def test_short_words_of_a_heading_in_capitals(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# Short Swedish surnames with å/ä/ö whose plain spelling is no Swedish name ("Ås", "Näs", "Hård", "Spång") are read
# with their letters after a given name; those whose plain spelling is a name too stay as written ("Ahlin", "Jonsson").
@pytest.mark.parametrize("damaged, repaired", [
    ("Kent As (S)", "Kent Ås (S)"), ("Ulrika Nas, ordförande", "Ulrika Näs, ordförande"), ("Elin Hard", "Elin Hård"),
    ("Agneta Spang", "Agneta Spång"), ("Kerstin Mard", "Kerstin Mård"),
    ("Sofie Ahlin", "Sofie Ahlin"), ("Jonas Jonsson", "Jonas Jonsson"),
])
def test_short_surnames_with_swedish_letters(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# A compound whose tail is a known word with a genitive -s ("klubb|rummet|s") is that word, not another split into a
# head that is itself a compound and a short verb ("klubbrum|möts").
@pytest.mark.parametrize("word", ["klubbrummets", "grupprummets", "festrummets", "samlingsrummets"])
def test_compound_tail_with_a_genitive_s_stays(word):
    assert swedish.repair_word(word) == word


def test_a_verbs_passive_s_is_no_genitive():
    """Only a definite form takes the genitive -s of a compound's tail: "aktualitets|prövas" is no "prova|s"."""
    assert swedish.repair_word("aktualitetsprovas") == "aktualitetsprövas"


# Words whose reading the words around them decide: a plural -män after a number, in a heading in capitals too; "gås
# igenom"; a lower-case "sänkt" before no name; "läget" after the words that report on it. The other readings stay:
# the sports team ("Laget ligger tvåa"), a saint's name, gas, one "justeringsman".
@pytest.mark.parametrize("damaged, repaired", [
    ("VAL AV 2 JUSTERINGSMAN TILLIKA ROSTRAKNARE", "VAL AV 2 JUSTERINGSMÄN TILLIKA RÖSTRÄKNARE"),
    ("Val av 2 justeringsman", "Val av 2 justeringsmän"), ("Val av 1 justeringsman", "Val av 1 justeringsman"),
    ("Protokollet gas igenom.", "Protokollet gås igenom."), ("Priset pa gas och el", "Priset på gas och el"),
    ("om sankt taxa for syskon", "om sänkt taxa för syskon"), ("Sankt Olofs kyrka", "Sankt Olofs kyrka"),
    ("EKONOMISKA LAGET", "EKONOMISKA LÄGET"), ("Petra informerar om laget i gruppen", "Petra informerar om läget i gruppen"),
    ("Kassoren redogjorde for laget i kassan.", "Kassören redogjorde för läget i kassan."),
    ("Laget ligger tvaa i serien", "Laget ligger tvåa i serien"),
])
def test_words_read_from_the_words_around_them(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# Council minutes' headings and formula words: "Besvarande" (answering) beats the commoner "besvärande" as written,
# "Avsägelser", "beslutförhet", "åtar sig", "hålles" from the genre's vocabulary; "gode män" (guardians) after "gode";
# "stöd" after "regionalt".
@pytest.mark.parametrize("damaged, repaired", [
    ("Besvarande av enkel fraga", "Besvarande av enkel fråga"), ("Avsagelser fran uppdrag", "Avsägelser från uppdrag"),
    ("Upprop och beslutforhet", "Upprop och beslutförhet"), ("Arbetsgivaren atar sig att", "Arbetsgivaren åtar sig att"),
    ("Motet halles den 5 maj", "Mötet hålles den 5 maj"), ("Arvode till gode man", "Arvode till gode män"),
    ("Byte av god man", "Byte av god man"), ("Ansokan om regionalt stod", "Ansökan om regionalt stöd"),
])
def test_council_headings_and_formula_words(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# "bor" (lives) goes with where, or ends its clause; before anything else it is the modal "bör".
@pytest.mark.parametrize("damaged, repaired", [
    ("att fragan bor tas upp", "att frågan bör tas upp"), ("att marken bor\nanvandas", "att marken bör\nanvändas"),
    ("de som bor i kommunen", "de som bor i kommunen"), ("hon bor kvar", "hon bor kvar"), ("dar de bor.", "där de bor."),
    ("familjen bor pa garden", "familjen bor på gården"),
])
def test_bor_is_the_modal_before_a_verb(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# "ar" is "år" after a range of numbers ("barn 7–9 år", across a line break too) or a number word ("tolv år"), and
# before a range of school years ("elevrådet år 4-6"); "är" before a count ("Det är 3 personer", "är 4-6 år").
@pytest.mark.parametrize("damaged, repaired", [
    ("barn i aldern 1–5 ar i byn", "barn i åldern 1–5 år i byn"), ("unga i aldern\n13–16 ar under", "unga i åldern\n13–16 år under"),
    ("efter tolv ar.", "efter tolv år."), ("ordforande elevradet ar 4-6", "ordförande elevrådet år 4-6"),
    ("Aldern ar 4-6 ar", "Åldern är 4-6 år"), ("Det ar 3 personer", "Det är 3 personer"),
])
def test_ar_is_a_year_after_ranges_and_number_words(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# The genre's compound head "samhälls-" from the vocabulary; "rader" after "det"/"där" is "råder" (prevails), rows
# elsewhere.
@pytest.mark.parametrize("damaged, repaired", [
    ("samhallsstorningar", "samhällsstörningar"), ("chef samhallsavdelningen", "chef samhällsavdelningen"),
    ("det rader oklarheter var", "det råder oklarheter var"), ("tre rader i tabellen", "tre rader i tabellen"),
])
def test_samhalls_head_and_prevails(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# "fortsatta" right after an article, a preposition or a genitive is the adjective, else the verb "fortsätta".
@pytest.mark.parametrize("damaged, repaired", [
    ("Helsingborgs fortsatta utveckling", "Helsingborgs fortsatta utveckling"),
    ("om fortsatta diskussioner", "om fortsatta diskussioner"), ("det fortsatta arbetet", "det fortsatta arbetet"),
    ("att fortsatta med", "att fortsätta med"), ("att under 2026 fortsatta insatsen", "att under 2026 fortsätta insatsen"),
])
def test_fortsatta_the_adjective_after_an_article_or_genitive(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# A municipality's name before "kommun" is read as that municipality although it also spells a common word
# ("Ange" → "Ånge", "Are" → "Åre"), and so is a name of two hyphened parts ("Malung-Salen"); "Ange" alone is the verb,
# and "Habo" a municipality of its own.
@pytest.mark.parametrize("damaged, repaired", [
    ("Ange kommun", "Ånge kommun"), ("ARE KOMMUN", "ÅRE KOMMUN"), ("i Malung-Salen", "i Malung-Sälen"),
    ("MALUNG-SALEN KOMMUN", "MALUNG-SÄLEN KOMMUN"),
    ("Ange datum", "Ange datum"), ("Habo kommun", "Habo kommun"),
])
def test_municipalities_before_kommun_and_with_hyphens(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# A compound's head that is a loan word in -é ("entré|avgiften", "kommitté|ordförande") gets its accent back; a short
# head ("ide|") and plain words do not.
@pytest.mark.parametrize("damaged, repaired", [
    ("entreavgiften", "entréavgiften"), ("kommitteordforande", "kommittéordförande"), ("Kommittens", "Kommitténs"),
    ("idedokument", "idedokument"), ("protokollet", "protokollet"), ("vederlaget", "vederlaget"),
])
def test_loan_word_heads_with_e_acute(damaged, repaired):
    assert swedish.repair_word(damaged) == repaired


# A heading's words in capitals followed by running text on the same line are words too ("7 NÄSTA MÖTE Nästa ...");
# a point's number with a letter ("4B") is no word; "har" next to "är" is "här" ("Du är här", "här är protokollet").
@pytest.mark.parametrize("damaged, repaired", [
    ("7 NASTA MOTE Nasta medlemsmote halls torsdagen", "7 NÄSTA MÖTE Nästa medlemsmöte hålls torsdagen"),
    ("4B KASSOREN Eva redovisade", "4B KASSÖREN Eva redovisade"), ("6A RESOR Per berattade", "6A RESOR Per berättade"),
    ("Du ar har: Start", "Du är här: Start"), ("Hej alla, har ar protokollet.", "Hej alla, här är protokollet."),
    ("Vi har beslutat", "Vi har beslutat"), ("Styrelsen har ar 2025 beslutat", "Styrelsen har är 2025 beslutat"),
])
def test_heading_runs_in_capitals_and_har_beside_ar(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


# A capitalised name headed by the place word "Fors" or "Vall" before a word keeps it ("Forsbadet", "Vallskolan"):
# the verb forms "förs", "väll" head no compound; words of the list that begin with "förs" are still read so.
@pytest.mark.parametrize("damaged, repaired", [
    ("Forsbadet", "Forsbadet"), ("Forsparken", "Forsparken"), ("Vallskolan", "Vallskolan"),
    ("Forslaget", "Förslaget"), ("Forslagslistan", "Förslagslistan"), ("Forsvaret", "Försvaret"), ("Forsok", "Försök"),
    ("Forskolan", "Förskolan"),
])
def test_place_word_heads_of_names(damaged, repaired):
    assert swedish.repair_word(damaged) == repaired
