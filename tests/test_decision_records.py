"""Records of decisions in the shapes of association and council minutes that the parser missed (the
heldout5 dev set, issue 8): verb-first and present-tense records, the meeting found lawful or quorate,
the firm's signatories, "Omval på ...", a record or task that starts mid-line, three actors, an adopted
yrkande, a reservation right after a decision, a roll's title, "Ansvarig:" lines. All text made up."""

from protokoll.parse import decisions
from protokoll.pipeline import parse_text

from agenda import items_between, texts

HEAD = """Protokoll från styrelsemöte i Lönnbackens båtklubb
Datum: 2025-04-08
Tid: 18.30–20.00
Närvarande: Greta Ahlberg, Olof Wiklund, Siv Persson, Tor Nyqvist
"""


def items(body: str, head: str = HEAD):
    return items_between(head, body)


def test_re_election_without_a_verb_is_an_election():
    got = items("""
2. Val av revisorer
Omval på Berit Sand och Jon Ek. Till revisorssuppleant valdes Mats Al.

3. Val av valberedning
Nyval av Kajsa Lind (sammankallande).
""")
    assert texts(got[0]) == ["Omval på Berit Sand och Jon Ek. Till revisorssuppleant valdes Mats Al."]
    assert got[0].decisions[0].kind == "other"
    assert texts(got[1]) == ["Nyval av Kajsa Lind (sammankallande)."]


def test_meeting_found_quorate_or_lawfully_called_is_a_record():
    for sentence in ("Styrelsen befanns vara beslutsför.", "Mötet konstaterades vara beslutsmässigt.",
                     "Stämman konstaterade att kallelsen skett i stadgeenlig ordning.",
                     "Årsmötet konstaterade att kallelse skett stadgeenligt.",
                     "Styrelsen konstaterar att den är beslutsför.",
                     "Styrelsen konstaterar att sju av nio ledamöter är närvarande och att styrelsen är beslutsför."):
        assert decisions.running_decision(sentence), sentence
    # a finding that is no record of the meeting's own lawfulness stays a report
    assert not decisions.running_decision("Kassören konstaterade att ekonomin är god.")


def test_the_firm_signed_by_is_a_record():
    got = items("""
2. Firmateckning
Klubbens firma tecknas av ordförande och kassör var för sig.
""")
    assert texts(got[0]) == ["Klubbens firma tecknas av ordförande och kassör var för sig."]


def test_body_notes_is_a_noted_record_also_mid_line():
    got = items("""
2. Föregående protokoll
Protokollet från den 4 mars gicks igenom. Styrelsen noterar protokollet.
""")
    assert texts(got[0]) == ["Styrelsen noterar protokollet."]
    assert got[0].decisions[0].kind == "noted"


def test_task_of_an_office_mid_line():
    got = items("""
2. Övriga frågor
Tor Nyqvist tog upp frågan om belysningen vid bryggan. Klubbmästaren kontaktar
kommunen om en ny lyktstolpe.
""")
    assert texts(got[0]) == ["Klubbmästaren kontaktar kommunen om en ny lyktstolpe."]
    assert [a.assignee for a in got[0].decisions[0].actions] == ["klubbmästaren"]  # an office in lower case, as elsewhere
    assert got[0].decisions[0].kind == "assignment"


def test_three_people_form_a_working_group():
    got = items("""
2. Sjösättningen
Intresset för en gemensam sjösättning har varit stort.
Greta, Olof och Siv bildar en arbetsgrupp som planerar sjösättningen i maj.
""")
    assert texts(got[0]) == ["Greta, Olof och Siv bildar en arbetsgrupp som planerar sjösättningen i maj."]
    assert [a.assignee for a in got[0].decisions[0].actions] == ["Greta", "Olof", "Siv"]


def test_adopted_yrkande_gives_its_att_clause():
    got = items("""
2. Budget för klubbkvällen
Olof föredrog ett förslag om en budget på 8 000 kr.
Yrkande från Siv Persson: att budgeten sänks till 6 000 kr.
Mötet biföll yrkandet.
Olof ansvarar för att beställa maten.
""")
    assert texts(got[0]) == ["att budgeten sänks till 6 000 kr.", "Olof ansvarar för att beställa maten."]
    # an yrkande that is put but not adopted stays no decision
    got = items("""
2. Budget för klubbkvällen
Yrkande från Siv Persson: att budgeten sänks till 6 000 kr.
Mötet avslog yrkandet.
""")
    assert "att budgeten sänks till 6 000 kr." not in texts(got[0])


def test_reservation_line_after_a_beslut_paragraph_is_not_its_text():
    # Every paragraph stands apart (blank lines between), so the reservation line runs on in the decision's
    # block, as in layout text.
    text = """Protokoll från styrelsemöte i Lönnbackens båtklubb

Datum: 2025-04-08

Närvarande: Greta Ahlberg, Olof Wiklund, Siv Persson, Tor Nyqvist

§ 1 Mötets öppnande

Ordföranden öppnade mötet och hälsade alla välkomna till vårens första ordinarie
styrelsemöte i klubbstugan.

§ 2 Hamnavgift 2026

Tor Nyqvist yrkar att avgiften höjs till 1 500 kronor. Greta Ahlberg yrkar oförändrad
avgift.

Beslut

att föreslå årsmötet en oförändrad hamnavgift om 1 200 kronor för 2026.
Tor Nyqvist reserverar sig mot beslutet.

§ 3 Vårstädning

Vårstädningen av klubbområdet hålls lördagen den 26 april med början klockan 10 vid
klubbstugan, och alla medlemmar som har båtplats ska delta eller betala en avgift om
300 kronor till klubben, enligt den ordning som årsmötet beslutade om förra våren.

§ 4 Mötets avslutande

Ordföranden tackade alla för ett gott arbete och avslutade mötet.
"""
    got = parse_text(text).items[1]
    assert texts(got) == ["att föreslå årsmötet en oförändrad hamnavgift om 1 200 kronor för 2026."]
    assert got.decisions[0].reservations == ["Tor Nyqvist"]


def test_disposing_of_the_result_as_proposed_is_an_approval():
    assert decisions.kind_of("att disponera resultatet enligt styrelsens förslag i årsredovisningen.", []) == \
        "approval"
    # an election as proposed stays an election
    assert decisions.kind_of("att välja Berit Sand till ordförande enligt valberedningens förslag.", []) == "other"


def test_responsible_line_goes_to_the_decision_just_above_it():
    got = items("""
2. Klubbstugan
Flera fönster i klubbstugan läcker.
Åtgärd: Siv Persson anmäler fönstren till hyresvärden.
Beslut: Styrelsen anordnar en arbetsdag den 3 maj.
Ansvarig: Greta och Olof.
""")
    by_text = {d.text: [a.assignee for a in d.actions] for d in got[0].decisions}
    assert by_text["Styrelsen anordnar en arbetsdag den 3 maj."] == ["Greta", "Olof"]
    assert by_text["Siv Persson anmäler fönstren till hyresvärden."] == ["Siv Persson"]


def test_roll_title_on_a_later_page_is_no_decision():
    text = """Tallvikens kommun
Kommunfullmäktige
Sammanträdesdatum 2025-05-12
Beslutande: Se närvaro- och omröstningslista

§ 10 Val av justerare
Kommunfullmäktiges beslut
Kommunfullmäktige utser Eva Lund (S) att justera protokollet.

§ 11 Avsägelse
Kommunfullmäktiges beslut
Avsägelsen från Kim Berg (V) godkänns.
\f
Närvaro- och omröstningslista

Ledamot                    Parti   Närvarande   Tjänstgörande ersättare
Eva Lund, ordförande       S       X
Kim Berg                   V       X
Ola Ström                  M       -            Pia Holm (M)
"""
    got = parse_text(text).items
    assert texts(got[-1]) == ["Avsägelsen från Kim Berg (V) godkänns."]
