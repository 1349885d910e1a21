"""Shapes of the twelfth held-out set left after its first round (tests/fixtures/heldout12), each with a dev fixture
of its own in tests/fixtures/genre (384–386). All text made up."""
from protokoll.parse import decisions
from protokoll.pipeline import parse_text


def _tasks(got):
    return [(a.assignee, d.text) for it in got.items for s in [it, *it.subitems] for d in s.decisions
            for a in d.actions]


# --- tasks by a hyphenated first name's initials (fixture 384) -------------------------------------------------
def test_hyphenated_initials_of_a_first_name_in_the_roll_are_an_actor():
    got = parse_text("Exempellaget\n\nMinnesanteckningar        Styrelsemöte 25-04-09\n\nDeltagare:\nPer-Olof\nAgneta\n"
                     "Tommy\n\n\nBryggan:\n\nBryggan diskuterades.\nP-OS ansvarar för att virke köps in. "
                     "Tommy ansvarar för att arbetsdagen annonseras.\n")
    assert sorted(a for a, _ in _tasks(got)) == ["P-OS", "Tommy"]


def test_hyphenated_initials_of_a_full_name_keep_their_hyphen():
    from protokoll.parse.minutes import hyphened_initials
    assert hyphened_initials(["Lars-Göran", "Alm"]) == {"L-GA"}
    assert "P-OB" in hyphened_initials(["Per-Olof"]) and hyphened_initials(["Anna", "Ek"]) == set()


# --- an organisation's abbreviation after a representative (fixture 385) -----------------------------------------
def test_an_organisations_abbreviation_is_no_actors_initials():
    got = parse_text("Kommunala pensionärsrådet\nSammanträdesprotokoll\n2025-10-21\n\nBeslutande: Gunnel Berg (S), "
                     "ordförande\n\nRepresentanter för pensionärsorganisationerna\nSolveig Rask (PRO)\nKarin Alm (SKPF)\n\n"
                     "§ 32 Rapporter från organisationerna\nPRO planerar en höstfest i november. SKPF ordnar en kurs.\n"
                     "Rapporterna antecknades till protokollet.\n")
    assert _tasks(got) == []


# --- "att be X komma med förslag", a heading ending in a particle (fixture 386) ----------------------------------
def test_asking_someone_by_name_to_act_gives_them_a_task():
    got = decisions.analyse("att be Jonas Fält komma med förslag till leverantör.", None)
    assert [(a.assignee, a.task) for a in got.actions] == [("Jonas Fält", "komma med förslag till leverantör")]
    assert decisions.analyse("att be om ursäkt till medlemmarna.", None).actions == []


def test_a_short_heading_ending_in_a_particle_is_not_continued_by_running_text():
    got = parse_text("Protokoll fört vid styrelsemöte 2025-06-10\n\nNärvarande: Åsa Lind, Mats Berg\n\n"
                     "1. Mötet öppnades\nOrdföranden öppnade mötet.\n\n2. Aktuella ärenden\n2:1 Sjösättning med kran på\nI maj prövade styrelsen att sjösätta med kran "
                     "på. Försöket har gått bra och ingen skada har skett.\natt låta regeln gälla även nästa säsong.\n")
    assert [s.title for s in got.items[1].subitems] == ["Sjösättning med kran på"]


# --- a constituent board's run-on roll and one-sentence paragraphs (fixture 387) ---------------------------------
_HEAD_387 = ("Protokoll fört vid styrelsens konstituerande sammanträde Östra Exempelbäckens Viltvårdsområde tisdagen den\n"
             "9/9 2025 kl. 18.00. Skolan\n\n")


def test_an_owners_genitive_before_a_qualified_body_leaves_the_organisation_after_it():
    got = parse_text(_HEAD_387 + "Närvarande: Göran Lid, Anna Sjö\n\n§ 1 Öppnande\nMötet öppnades.\n")
    assert (got.organisation, got.body) == ("Östra Exempelbäckens Viltvårdsområde", "styrelsens konstituerande sammanträde")


def test_a_run_on_roll_splits_two_names_without_a_comma_and_an_absentee_on_its_wrapped_line():
    got = parse_text(_HEAD_387 + "Närvarande: Göran Lidberg, Anneli Sjöström, Kassören Tomas Ekholm Britt Nyström. och\n"
                     "Olof Rask. Frånvarande Lennart Viklund\n\n§ 1 Öppnande\nMötet öppnades.\n")
    assert [(a.name, a.role, a.status) for a in got.attendees] == [
        ("Göran Lidberg", None, "present"), ("Anneli Sjöström", None, "present"), ("Tomas Ekholm", "kassör", "present"),
        ("Britt Nyström", None, "present"), ("Olof Rask", None, "present"), ("Lennart Viklund", None, "absent")]


def test_a_proposal_adopted_in_a_relative_clause_and_a_finding_recorded_are_decisions():
    assert decisions.running_decision("Göran Lidberg öppnade sammanträdet och föreslog dagordning, som godkändes.")
    assert decisions.running_decision("Konstaterades att årsmötet valt Göran Lidberg till ordförande.")
    assert not decisions.running_decision("Ordföranden föreslog att frågan skulle utredas.")


def test_the_next_gathering_told_in_a_numbered_paragraphs_only_sentence_is_scheduled():
    got = parse_text(_HEAD_387 + "Närvarande: Göran Lid, Anna Sjö\n\n§ 1 Öppnande\nMötet öppnades.\n\n"
                     "§ 2. Styrelsen avslutade sammanträdet och konstaterade att nästa styrelsesamling är onsdagen den 12\n"
                     "november kl. 18.30 i skolan\n\nDag som ovan\n")
    assert [(str(m.date), m.start_time) for m in got.scheduled_meetings] == [("2025-11-12", "18:30")]


# --- notes headed "Minnesanteckningar   Styrelsemöte 25-04-09" with the venue under the date (fixture 384) --------
def test_the_meeting_and_its_venue_in_the_right_column_of_a_notes_header():
    got = parse_text("Exempellaget\n\nMinnesanteckningar                                   Styrelsemöte 25-04-09\n"
                     "                                                     Föreningsstugan\n\n\nDeltagare:\nPer\nAgneta\n"
                     "Tommy\n\n\nBryggan:\n\nBryggan diskuterades.\n")
    assert (got.body, got.location, str(got.date)) == ("Styrelsemöte", "Föreningsstugan", "2025-04-09")


# --- decisions taken per capsulam (fixture 388) -------------------------------------------------------------------
def test_a_per_capsulam_meeting_with_its_paragraph_span_names_its_body():
    got = parse_text("Exempelvägens vägförening\n\nPROTOKOLL\nStyrelsemöte per capsulam § 17 - 19\n2025-11-03\n\n"
                     "Deltagare: Sten Ax, ordförande\nLena Brink\n\n§ 17 Mötet öppnas\nOrdföranden öppnade mötet.\n")
    assert (got.body, str(got.date)) == ("Styrelsemöte", "2025-11-03")
