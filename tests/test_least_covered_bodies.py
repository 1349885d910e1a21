"""Minutes of the bodies the genre survey covered least (dev fixtures 1008–1015, survey 63): a council's roll by
side ("För organisationerna" / "För Region X"), a meeting plan fixed in one sentence ("Rådet fastställde
mötesplanen för 2021: ..."), a company's årsstämma ("fört vid årsstämma med aktieägarna i X AB", "X kommun, 8 000
aktier, genom ombudet" / "Name", "utsågs ombudet Name", "Justeras" over names in columns with what they are under
them), a pensioners' organisation's numbered branch ("SKPF avd 12"), a council that takes note and passes its
views on, a question left to the ordinary stämma, and a protocol's number in the running header of a stiftelse's
minutes. All text made up."""
from protokoll.pipeline import parse_text


def _item(protocol, title):
    return next(i for i in protocol.items if i.title == title)


def _people(protocol):
    return {(a.name, a.affiliation, a.status) for a in protocol.attendees}


SIDES = """HÄLLEBERGA KOMMUN
Kommunala funktionshinderrådet
PROTOKOLL
Sammanträdesdatum
2021-02-23

Plats och tid
Kommunhuset, rum Kvarnen, kl. 13.30–15.30
Närvarande
För organisationerna
Leif Norrby, DHR Hälleberga, vice ordförande
Susanne Ek, Hörselskadades förening Hälleberga
För kommunen
Annika Rönn (S), ordförande, kommunstyrelsen
Tjänstepersoner
Helena Säf, tillgänglighetssamordnare, sekreterare
Justerare
Susanne Ek

Punkt 1
Mötets öppnande
Ordföranden öppnade mötet.
Punkt 2
Mötesplan
Rådet fastställde mötesplanen för resten av året: 18 maj och 14 september, alla dagar kl. 13.30–15.30.
"""


def test_a_councils_roll_by_side_keeps_each_sides_people():
    people = _people(parse_text(SIDES))
    assert ("Leif Norrby", "DHR Hälleberga", "present") in people
    assert ("Susanne Ek", "Hörselskadades förening Hälleberga", "present") in people
    assert any(name == "Annika Rönn" and status == "present" for name, _, status in people)


def test_a_side_title_is_no_heading_outside_a_roll():
    # "För kännedom" names no side: the line is no presence heading
    p = parse_text(SIDES.replace("För kommunen\n", "För kännedom\n", 1))
    assert not any(a.name == "För kännedom" for a in p.attendees)


def test_a_meeting_plan_in_its_definite_form_schedules_its_dates():
    p = parse_text(SIDES)
    assert [(m.date.isoformat(), m.start_time) for m in p.scheduled_meetings] == \
        [("2021-05-18", "13:30"), ("2021-09-14", "13:30")]


STAMMA = """                 PROTOKOLL FÖRT VID ÅRSSTÄMMA MED AKTIEÄGARNA I
                            KÄLLBY HYRESHUS AB

                    den 26 april 2021 i Källby stadshus


Närvarande aktieägare       Källby kommun, 8 000 aktier, genom ombudet
                            Rune Heden

Övriga närvarande           Anna Berglöf, styrelsens ordförande
                            Elin Rydh, ekonomichef


§ 1 Stämmans öppnande
Stämman öppnades av styrelsens ordförande Anna Berglöf.

§ 2 Val av justerare
Att jämte ordföranden justera protokollet utsågs ombudet Rune Heden.

§ 3 Beslut om ansvarsfrihet
Stämman beviljade styrelsens ledamöter ansvarsfrihet för räkenskapsåret 2020.


Vid protokollet                      Justeras


Elin Rydh                            Anna Berglöf                Rune Heden
                                     ordförande                  ombud
"""


def test_a_stamma_with_the_shareholders_names_the_company():
    assert parse_text(STAMMA).organisation == "KÄLLBY HYRESHUS AB"


def test_a_shareholder_with_its_shares_and_its_representative_on_the_next_line():
    a = next(a for a in parse_text(STAMMA).attendees if a.name == "Rune Heden")
    assert (a.affiliation, a.status) == ("Källby", "present")


def test_the_adjuster_named_with_what_he_is_at_the_stamma():
    # without the signature block, the sentence alone names the adjuster
    assert parse_text(STAMMA.split("\n\nVid protokollet")[0]).adjusters == ["Rune Heden"]


def test_justeras_over_names_in_columns_with_their_offices_under():
    # without the sentence, the signature block alone names the adjuster beside the chair
    text = STAMMA.replace("Att jämte ordföranden justera protokollet utsågs ombudet Rune Heden.", "Justerare utsågs.")
    p = parse_text(text)
    assert p.adjusters == ["Rune Heden"]
    assert p.chair == "Anna Berglöf"


def test_a_numbered_branch_of_an_organisation_is_no_part_time_note():
    text = SIDES.replace("Susanne Ek, Hörselskadades förening Hälleberga", "Susanne Ek, SKPF avd 12", 1)
    a = next(a for a in parse_text(text).attendees if a.name == "Susanne Ek")
    assert (a.affiliation, a.note) == ("SKPF avd 12", None)


NOTE_AND_PASS = """Protokoll pensionärsrådet Tallviks kommun
Datum: 2021-03-15

§ 6 Trygghetsboende i Tallvik
Rådet noterar informationen och lämnar synpunkterna till socialnämnden.

§ 7 Övriga frågor
Bodil Ros frågade om snöröjningen vid hållplatserna. Frågan tas upp vid ordi-
narie stämma.
"""


def test_a_council_that_takes_note_and_passes_its_views_on_gives_no_task():
    d = _item(parse_text(NOTE_AND_PASS), "Trygghetsboende i Tallvik").decisions
    assert [(x.kind, x.actions) for x in d] == [("noted", [])]


def test_a_question_left_to_the_ordinary_stamma_is_a_decision():
    d = _item(parse_text(NOTE_AND_PASS), "Övriga frågor").decisions
    assert [x.text for x in d] == ["Frågan tas upp vid ordinarie stämma."]


NUMBERED_HEAD = """STIFTELSEN ÅSBERGA FOLKHÖGSKOLEFOND                                  Protokoll 1/2021



Protokoll fört vid sammanträde med styrelsen för Stiftelsen Åsberga Folkhögskolefond
torsdagen den 11 februari 2021 kl. 16.00–17.30 i skolans bibliotek, Åsberga



1   Sammanträdets öppnande

    Ordföranden öppnade sammanträdet. Dagordningen fastställdes.


                                                                         Sida 1 av 2
\fSTIFTELSEN ÅSBERGA FOLKHÖGSKOLEFOND                                  Protokoll 1/2021



2   Nästa sammanträde

    Beslöts att nästa sammanträde hålls den 20 maj 2021 kl. 16.00.


                                                                         Sida 2 av 2
\f"""


def test_the_protocols_number_in_the_running_header_is_read():
    p = parse_text(NUMBERED_HEAD)
    assert p.number == 1
    assert p.organisation == "Stiftelsen Åsberga Folkhögskolefond"


EXTRA_STAMMA = """Protokoll fört vid extra bolagsstämma med aktieägarna i Tornby Parkering AB,
org.nr 556911-3304, tisdagen den 14 december 2021 i Tornby stadshus

Närvarande aktieägare
Tornby kommun, 1 000 aktier, genom ombudet Gunnar Wiik

Närvarande i övrigt
Mats Ljung, styrelsens ordförande
Ann Forsell, verkställande direktör

§ 1
Stämmans öppnande
Styrelsens ordförande Mats Ljung förklarade stämman öppnad.
"""


def test_a_stamma_with_the_shareholders_after_it_is_the_stamma():
    p = parse_text(EXTRA_STAMMA)
    assert (p.body, p.organisation) == ("extra bolagsstämma", "Tornby Parkering AB")


def test_present_besides_the_shareholders():
    people = _people(parse_text(EXTRA_STAMMA))
    assert ("Mats Ljung", "styrelsens ordförande", "present") in people
    assert ("Ann Forsell", "verkställande direktör", "present") in people


def test_a_decision_that_adopts_the_boards_proposal_approves_it():
    text = EXTRA_STAMMA + """§ 2
Ändring av bolagsordningen
Stämman beslutade i enlighet med styrelsens förslag att ändra bolagsordningen
enligt bilaga 1.
§ 3
Val av styrelse
Stämman beslutade i enlighet med valberedningens förslag att välja Eva Ljung till ordförande.
"""
    p = parse_text(text)
    assert [(d.text, d.kind) for d in _item(p, "Ändring av bolagsordningen").decisions] == \
        [("att ändra bolagsordningen enligt bilaga 1.", "approval")]
    assert [d.kind for d in _item(p, "Val av styrelse").decisions] == ["other"]  # an election stays other
