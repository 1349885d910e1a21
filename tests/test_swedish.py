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


# Text that lost its å/ä/ö, word by word:
LOST_LETTERS_WORDS = [
    # compounds of a common tail of three letters without å/ä/ö ("trädgårds|dag"), of a head in its linking form
    # ("ägar|ombud" of "ägare", "överförmyndar|handläggare", "löne|revisionen" of "lön"), of the head "års"
    ("Tradgardsdag", "Trädgårdsdag"), ("Sammantradesdag", "Sammanträdesdag"), ("foreningsdag", "föreningsdag"),
    ("agarombud", "ägarombud"), ("overformyndarhandlaggare", "överförmyndarhandläggare"),
    ("overformyndarverksamheten", "överförmyndarverksamheten"), ("arsrakningar", "årsräkningar"),
    ("Villaagarforeningen", "Villaägarföreningen"), ("elevradet", "elevrådet"), ("lonerevisionen", "lönerevisionen"),
    # ... but no short tail with å/ä/ö ("Kort|lån") nor other short tails ("Vind|stå"), no short head's -o as a verb's
    # ("Sago|rummet" is no "säga"), no added -e to a rare word ("fere|dragande": OCR's é for ö is still read)
    ("Budgetplan", "Budgetplan"), ("Kortlan", "Kortlan"), ("Vindsta", "Vindsta"), ("Fjallsta", "Fjallsta"),
    ("Sagorummet", "Sagorummet"), ("Feredragande", "Föredragande"), ("avstyrker", "avstyrker"),
    # a tail's genitive -s on a definite form ("klubb|rummet|s", not "klubbrum|möts"), not on a verb's passive
    ("klubbrummets", "klubbrummets"), ("grupprummets", "grupprummets"), ("samlingsrummets", "samlingsrummets"),
    ("aktualitetsprovas", "aktualitetsprövas"),
    # a long compound's many spellings (648); the formula's passive "anmäles" from the genre's vocabulary
    ("Pensionarsorganisationerna", "Pensionärsorganisationerna"), ("Anmales", "Anmäles"),
    # a name ending in the place word "åsen" beats the plain "asen"; "backen" as written still beats "bäcken"
    ("Granasens", "Granåsens"), ("Lindasens", "Lindåsens"), ("Tjarnasens", "Tjärnåsens"), ("Bjorkasens", "Björkåsens"),
    ("Solbacken", "Solbacken"), ("Norrbacken", "Norrbacken"), ("Hasen", "Hasen"),
    # a loan word's -é as a compound's head ("entré|avgiften"); not a short head ("ide|")
    ("entreavgiften", "entréavgiften"), ("kommitteordforande", "kommittéordförande"), ("Kommittens", "Kommitténs"),
    ("idedokument", "idedokument"), ("protokollet", "protokollet"), ("vederlaget", "vederlaget"),
    # a name headed by the place word "Fors"/"Vall" before a word keeps it; words beginning "förs" are still read so
    ("Forsbadet", "Forsbadet"), ("Forsparken", "Forsparken"), ("Vallskolan", "Vallskolan"), ("Forslaget", "Förslaget"),
    ("Forslagslistan", "Förslagslistan"), ("Forsvaret", "Försvaret"), ("Forsok", "Försök"), ("Forskolan", "Förskolan"),
]


@pytest.mark.parametrize("damaged, repaired", LOST_LETTERS_WORDS)
def test_repair_word_of_lost_letters(damaged, repaired):
    assert swedish.repair_word(damaged) == repaired


# ... and in running text, where the words around decide:
LOST_LETTERS_TEXTS = [
    # a heading in capitals is words, short ones too, also before a line's running text; acronyms in running text,
    # an abbreviation's full stop and a point's number ("6A") stay
    ("NASTA MOTE", "NÄSTA MÖTE"), ("STYRELSEN FOR KUSTRADET\nText for alla", "STYRELSEN FÖR KUSTRÅDET\nText för alla"),
    ("7 NASTA MOTE Nasta medlemsmote halls torsdagen", "7 NÄSTA MÖTE Nästa medlemsmöte hålls torsdagen"),
    ("Motet leds av SKR och ADDA", "Mötet leds av SKR och ADDA"), ("PROTOKOLL ANG. BUDGET", "PROTOKOLL ANG. BUDGET"),
    ("KS OCH AU", "KS OCH AU"), ("MOTE", "MOTE"), ("4B KASSOREN Eva redovisade", "4B KASSÖREN Eva redovisade"),
    ("6A RESOR Per berattade", "6A RESOR Per berättade"),
    # short surnames whose plain spelling is no Swedish name; those whose plain form is a name stay
    ("Kent As (S)", "Kent Ås (S)"), ("Ulrika Nas, ordförande", "Ulrika Näs, ordförande"), ("Elin Hard", "Elin Hård"),
    ("Agneta Spang", "Agneta Spång"), ("Kerstin Mard", "Kerstin Mård"), ("Sofie Ahlin", "Sofie Ahlin"),
    ("Jonas Jonsson", "Jonas Jonsson"),
    # a plural -män after a number, in capitals too; "gås igenom"; "sänkt" before no name; "läget" after the words
    # that report on it; the other readings stay (the sports team, a saint, gas, one "justeringsman")
    ("VAL AV 2 JUSTERINGSMAN TILLIKA ROSTRAKNARE", "VAL AV 2 JUSTERINGSMÄN TILLIKA RÖSTRÄKNARE"),
    ("Val av 2 justeringsman", "Val av 2 justeringsmän"), ("Val av 1 justeringsman", "Val av 1 justeringsman"),
    ("Protokollet gas igenom.", "Protokollet gås igenom."), ("Priset pa gas och el", "Priset på gas och el"),
    ("om sankt taxa for syskon", "om sänkt taxa för syskon"), ("Sankt Olofs kyrka", "Sankt Olofs kyrka"),
    ("EKONOMISKA LAGET", "EKONOMISKA LÄGET"), ("Petra informerar om laget i gruppen", "Petra informerar om läget i gruppen"),
    ("Kassoren redogjorde for laget i kassan.", "Kassören redogjorde för läget i kassan."),
    ("Laget ligger tvaa i serien", "Laget ligger tvåa i serien"),
    # council headings and formula words; "gode män"; "stöd" after "regionalt"
    ("Besvarande av enkel fraga", "Besvarande av enkel fråga"), ("Avsagelser fran uppdrag", "Avsägelser från uppdrag"),
    ("Upprop och beslutforhet", "Upprop och beslutförhet"), ("Arbetsgivaren atar sig att", "Arbetsgivaren åtar sig att"),
    ("Motet halles den 5 maj", "Mötet hålles den 5 maj"), ("Arvode till gode man", "Arvode till gode män"),
    ("Byte av god man", "Byte av god man"), ("Ansokan om regionalt stod", "Ansökan om regionalt stöd"),
    # "bor" before anything but where, a clause's end or "som"/"och" is the modal "bör"
    ("att fragan bor tas upp", "att frågan bör tas upp"), ("att marken bor\nanvandas", "att marken bör\nanvändas"),
    ("de som bor i kommunen", "de som bor i kommunen"), ("hon bor kvar", "hon bor kvar"), ("dar de bor.", "där de bor."),
    ("familjen bor pa garden", "familjen bor på gården"),
    # "år" after a range of numbers or a number word, before a range of school years; "är" before a count
    ("barn i aldern 1–5 ar i byn", "barn i åldern 1–5 år i byn"), ("unga i aldern\n13–16 ar under", "unga i åldern\n13–16 år under"),
    ("efter tolv ar.", "efter tolv år."), ("ordforande elevradet ar 4-6", "ordförande elevrådet år 4-6"),
    ("Aldern ar 4-6 ar", "Åldern är 4-6 år"), ("Det ar 3 personer", "Det är 3 personer"),
    # the head "samhälls-"; "råder" after "det"/"där"; "fortsatta" the adjective after an article or a genitive;
    # "här" next to "är"
    ("samhallsstorningar", "samhällsstörningar"), ("chef samhallsavdelningen", "chef samhällsavdelningen"),
    ("det rader oklarheter var", "det råder oklarheter var"), ("tre rader i tabellen", "tre rader i tabellen"),
    ("Helsingborgs fortsatta utveckling", "Helsingborgs fortsatta utveckling"),
    ("om fortsatta diskussioner", "om fortsatta diskussioner"), ("det fortsatta arbetet", "det fortsatta arbetet"),
    ("att fortsatta med", "att fortsätta med"), ("att under 2026 fortsatta insatsen", "att under 2026 fortsätta insatsen"),
    ("Du ar har: Start", "Du är här: Start"), ("Hej alla, har ar protokollet.", "Hej alla, här är protokollet."),
    ("Vi har beslutat", "Vi har beslutat"), ("Styrelsen har ar 2025 beslutat", "Styrelsen har är 2025 beslutat"),
    # a municipality before "kommun" although it spells a word; a two-part name; "Habo" is a municipality of its own
    ("Ange kommun", "Ånge kommun"), ("ARE KOMMUN", "ÅRE KOMMUN"), ("i Malung-Salen", "i Malung-Sälen"),
    ("MALUNG-SALEN KOMMUN", "MALUNG-SÄLEN KOMMUN"), ("Ange datum", "Ange datum"), ("Habo kommun", "Habo kommun"),
]


@pytest.mark.parametrize("damaged, repaired", LOST_LETTERS_TEXTS)
def test_repair_text_of_lost_letters(damaged, repaired):
    assert swedish.repair_text(damaged) == repaired


def test_well_spelled_compounds_are_left_alone():
    """Good text is not repaired: a well-spelled page with these compounds and plain words comes out of the
    cleaning as it went in (the repair runs only on text that lost its å/ä/ö, or on visibly damaged words)."""
    from protokoll.clean.lines import clean

    text = ("Protokoll från årsstämman i Vindsta samfällighetsförening\n"
            "Sammanträdesdag: 2026-03-14\n"
            "§ 4 Trädgårdsdag i Sagorummet: föreningen avstyrker motionen om ägarombud.\n"
            "§ 5 Årsräkningar och stämmoprotokoll granskades av Kvarnforsens revisorer. Du är här.\n"
            "§ 6 NÄSTA MÖTE Forsbadet, Ånge kommun; det fortsatta arbetet bör ses över av 2 justeringsmän.\n")
    assert "\n".join(line.text for line in clean(text).lines) == text.strip()


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
