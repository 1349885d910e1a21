"""State agencies' and the Church of Sweden's minutes (heldout33's shapes, dev fixtures 862–869): titles written
before the names ("Landshövding Karin Dahlberg", "Biskop Mats Ekwall", "Domprost Erik Wallén"), a church council's
roll under each nomineringsgrupp's name, an agency named with its county or typed in capitals over the body that
met, and a post with the organisation the person sits for in parentheses. All names made up."""
from shape_support import NUMBERED_ITEMS as ITEMS
from shape_support import parsed

HEAD = "Protokoll\nDatum: 2025-05-21, kl. 09.00–11.30\n\n"


def _people(text: str, head: str = HEAD):
    return [(n, aff, st, role) for n, aff, st, role, _ in parsed(head + text + ITEMS)[1]]


def test_a_state_or_church_title_before_the_name_is_the_role():
    # (the meeting's office after the name is the role where there is one: it names the chair)
    rows = ("Närvarande\n"
            "Landshövding Karin Dahlberg, ordförande\n"
            "Biskop Mats Ekwall, Svenska kyrkan\n"
            "Överste Ann-Sofi Kron, Försvarsmakten\n"
            "Rådman Per Holmer, domarledamot\n"
            "Domprost Nils Fager\n")
    assert [(n, role) for n, _, _, role in _people(rows)] == [
        ("Karin Dahlberg", "ordförande"), ("Mats Ekwall", "biskop"), ("Ann-Sofi Kron", "överste"),
        ("Per Holmer", "rådman"), ("Nils Fager", "domprost")]
    assert [aff for _, aff, _, _ in _people(rows)][1:3] == ["Svenska kyrkan", "Försvarsmakten"]


def test_names_under_their_nomineringsgrupp_take_its_code():
    rows = ("Närvarande ledamöter\n\n"
            "Partipolitiskt obundna i Svenska kyrkan (POSK)\nInger Sandell, ordförande\nTomas Bergh\n\n"
            "Socialdemokraterna (S)\nGunvor Ahl\nRune Ekholm, tjänstgörande ersättare\n")
    assert _people(rows) == [
        ("Inger Sandell", "POSK", "present", "ordförande"), ("Tomas Bergh", "POSK", "present", None),
        ("Gunvor Ahl", "S", "present", None), ("Rune Ekholm", "S", "present", "tjänstgörande ersättare")]


def test_one_party_line_over_names_is_no_roll_by_group():
    rows = "Närvarande\nSocialdemokraterna (S)\nGunvor Ahl\nRune Ekholm\n"
    assert all(aff != "S" for n, aff, _, _ in _people(rows) if n != "Socialdemokraterna")


def test_a_post_with_the_organisation_sat_for_in_parentheses():
    rows = "Övriga närvarande\nKjell Rapp, personalföreträdare (Saco-S)\nEva Myhr, överdirektör\n"
    assert _people(rows)[0] == ("Kjell Rapp", "Saco-S", "present", "personalföreträdare")


def _org_body(head: str):
    p, _ = parsed(head + "\nNärvarande\nEva Ek\nPer Berg\n" + ITEMS)
    return p.organisation, p.body


def test_a_county_agency_over_its_council_is_the_organisation():
    assert _org_body("Länsstyrelsen i Västermarks län\nInsynsrådet\n\nDatum: 2025-05-21\n") == (
        "Länsstyrelsen i Västermarks län", "Insynsrådet")
    assert _org_body("LÄNSSTYRELSEN I VÄSTERMARKS LÄN             PROTOKOLL\n"
                     "Viltförvaltningsdelegationen                2025-05-21\n") == (
        "LÄNSSTYRELSEN I VÄSTERMARKS LÄN", "Viltförvaltningsdelegationen")


def test_a_body_and_its_stift_in_capitals():
    assert _org_body("DOMKAPITLET I NORRBACKA STIFT\nPROTOKOLL 4/2025\nSammanträdesdag: 2025-04-10\n") == (
        "NORRBACKA STIFT", "DOMKAPITLET")


def test_a_state_agency_in_capitals_over_its_board():
    assert _org_body("STATENS VERK FÖR FJÄLLFÖRVALTNING            PROTOKOLL\n"
                     "Styrelsen                                    Nr 2/2025\n"
                     "                                             2025-04-24\n") == (
        "STATENS VERK FÖR FJÄLLFÖRVALTNING", "Styrelsen")


def _decisions(body: str, title: str = "Kyrkofullmäktige"):
    p, _ = parsed(title + "\nDatum: 2025-12-02\n\nNärvarande\nEva Ek\nPer Berg\n\n" + body)
    return p, [(d.text, d.kind, [(a.assignee, a.due.isoformat() if a.due else None) for a in d.actions])
               for i in p.items for d in i.decisions]


def test_a_meeting_found_duly_announced_is_recorded():
    _, decided = _decisions("1. Kungörelse\nKyrkofullmäktige fann att sammanträdet blivit behörigen kungjort.\n"
                            "2. Avslutning\nSammanträdet avslutades.\n")
    assert [t for t, _, _ in decided] == ["Kyrkofullmäktige fann att sammanträdet blivit behörigen kungjort."]


def test_the_years_meeting_dates_in_running_text_are_decided_and_scheduled():
    p, decided = _decisions("1. Sammanträdesdagar 2026\n"
                            "Kyrkofullmäktige sammanträder 2026 den 19 maj och den 1 december kl. 19.00.\n"
                            "2. Övrigt\nStyrelsen sammanträder vanligen en gång i månaden.\n")
    assert [t for t, _, _ in decided] == [
        "Kyrkofullmäktige sammanträder 2026 den 19 maj och den 1 december kl. 19.00."]
    assert [(m.date.isoformat(), m.start_time) for m in p.scheduled_meetings] == [
        ("2026-05-19", "19:00"), ("2026-12-01", "19:00")]


def test_a_secretariat_working_a_draft_over_is_given_the_task():
    _, decided = _decisions("1. Utkast\nSekretariatet bearbetar kapitlet och skickar en ny version till "
                            "utredningen senast den 1 oktober 2025.\n2. Avslutning\nSammanträdet avslutades.\n")
    assert decided[0][2] == [("Sekretariatet", "2025-10-01")]


def test_a_thing_that_is_to_be_handed_in_is_no_actor():
    _, decided = _decisions("1. Remiss\nUtredaren beslutade att delbetänkandet remitteras. Synpunkter ska lämnas "
                            "till sekretariatet senast den 15 november 2025.\n2. Avslutning\nSammanträdet avslutades.\n")
    assert all(actions == [] for _, _, actions in decided)


def test_the_chair_under_the_office_label_without_the_title():
    p, _ = parsed("Delegationen\nDatum: 2025-05-15\n\nOrdförande\nLandshövding Karin Dahlberg\n\n"
                  "Ordinarie ledamöter\nEva Ek\nPer Berg\n" + ITEMS)
    assert p.chair == "Karin Dahlberg"


def test_a_council_passing_advice_on_is_recorded_with_its_list():
    _, decided = _decisions("1. Plan\nLänsrådet redogjorde för planen.\n\n"
                            "Insynsrådet gav följande medskick till landshövdingen:\n"
                            "- prioriteringen bör synas i budgeten,\n- dialogen bör fördjupas.\n"
                            "2. Avslutning\nSammanträdet avslutades.\n", title="Insynsrådet")
    assert [t for t, _, _ in decided] == ["Insynsrådet gav följande medskick till landshövdingen: - prioriteringen bör "
                                          "synas i budgeten, - dialogen bör fördjupas."]


RIKSDAG_WEB_VIEW = """NÄRINGSUTSKOTTET

PROTOKOLL

UTSKOTTSSAMMANTRÄDE 2025/26:4

DATUM

Tisdagen den 7 oktober 2025

NÄRVARANDE

Se bilaga 1

§ 1

Justering av protokoll

Utskottet justerade protokoll 2025/26:3.

Vid protokollet

Klara Holm

Justeras den 9 oktober 2025

Lennart Dahl


NÄRINGSUTSKOTTET                                             Bilaga 1
NÄRVAROFÖRTECKNING                                           till protokoll 2025/26:4

                                  § 1        § 2
LEDAMÖTER
Lennart Dahl (S), ordf.           X          X
Anna Vall (C)
SUPPLEANTER
Moa Lind (V)                                 X
"""


def test_a_committees_appendix_roll_with_paragraph_spans_and_its_running_head():
    p, rows = parsed(RIKSDAG_WEB_VIEW)
    assert [(n, aff, st, role) for n, aff, st, role, _ in rows] == [
        ("Lennart Dahl", "S", "present", "ordförande"), ("Moa Lind", "V", "present", "suppleant"),
        ("Anna Vall", "C", "absent", None)]
    assert p.adjusters == ["Lennart Dahl"]  # "Justeras den 9 oktober 2025": the day written out after the label
