"""Shapes the twenty-eighth held-out set (tests/fixtures/heldout28: smaller municipalities' committee protocols —
a kulturnämnd, a tekniska nämnd, a fritidsnämnd, a bygg- och miljönämnd, a kommunfullmäktige, an omvårdnadsnämnd's
web view, a barn- och utbildningsnämnd, a kommunstyrelsens arbetsutskott) showed the parser missing, each with a dev
fixture of its own in tests/fixtures/genre (728–735). All text made up."""
from protokoll.clean import furniture
from protokoll.clean.lines import Line
import re

from protokoll.parse.blocks import heading_at
from protokoll.parse.decisions import ACTOR_JOIN
from protokoll.parse.frontmatter import join_wrapped_labels
from protokoll.pipeline import parse_text
from shape_support import parsed

ITEMS = "\n§ 1 Val av justerare\nNämnden utser Iris Lund att justera protokollet.\n\n§ 2 Meddelanden\n" \
        "Meddelandena läggs till handlingarna.\n"


def _roll(*rows):
    return parsed("Socialnämnden\nProtokoll 2025-06-17\n\nBeslutande\n" + "\n".join(rows) + "\n" + ITEMS,
                  with_note=True)[1]


# --- labels of a committee without "§" (721, 727; dev 728, 729) ------------------------------------------------

def test_a_label_line_with_the_older_case_systems_number_at_its_right():
    h = heading_at("MHN 13                                                        24/MHN 0207")
    assert (h.number, h.label, h.case_number) == (13, "MHN 13", "24/MHN 0207")


def test_a_label_with_the_year_after_the_paragraphs_number():
    h = heading_at("BUAU 8/2025             Dnr BUN 2025/0040")
    assert (h.number, h.label, h.case_number) == (8, "BUAU 8/2025", "BUN 2025/0040")


def test_a_number_and_year_alone_is_no_label():
    assert heading_at("8/2025 Budget") is None


def test_a_label_among_the_opening_lines_is_no_running_header_for_the_labels_after_it():
    lines = [Line("Barn- och utbildningsutskottet"), Line("Protokoll 2025-02-18"),
             Line("BUAU 7/2025             Dnr BUN 2025/0031"), Line("Skolskjutsregler"), Line("Beslut"),
             Line("Reglerna antas."), Line("Utskottet föreslår nämnden att anta reglerna."),
             Line("Ärendet har beretts av förvaltningen."), Line("BUAU 8/2025             Dnr BUN 2025/0040"), Line("Lokalbehov"),
             Line("Beslut"), Line("Redovisningen läggs till handlingarna.")]
    assert "BUAU 8/2025             Dnr BUN 2025/0040" in [line.text for line in furniture.remove(lines)]


# --- the roll of an older Word template (720, 721; dev 730) ----------------------------------------------------

def test_the_role_written_between_the_name_and_a_lower_case_party():
    assert _roll("Astrid Mörk ordf. (s)", "Kent Olofsson 1:e v. ordf. (c)", "Iris Lund (v)") == [
        ("Astrid Mörk", "s", "present", "ordförande", "s", None),
        ("Kent Olofsson", "c", "present", "1:e vice ordförande", "c", None),
        ("Iris Lund", "v", "present", None, "v", None)]


def test_paragraphs_after_the_party_without_their_sign_are_a_note():
    assert _roll("Per Hagel (S) 30-32", "Bo Kvarn (S) 33", "Iris Lund (V) frånvarande § 32") == [
        ("Per Hagel", "S", "present", None, "S", "30-32"),
        ("Bo Kvarn", "S", "present", None, "S", "33"),
        ("Iris Lund", "V", "present", None, "V", "frånvarande, § 32")]


def test_a_label_cell_wrapped_with_its_value_beside_the_second_half():
    lines = [Line("Tjänstgörande"), Line("ersättare          Bo Kvarn (s) 33")]
    assert [line.text for line in join_wrapped_labels(lines)[0]] == ["Tjänstgörande ersättare          Bo Kvarn (s) 33"]


# --- a substitute "tjg för", and titles in a column of their own (722, 723; dev 731) ------------------------

def test_tjg_for_after_a_comma_is_a_serving_substitute_whom_for_a_note():
    assert _roll("Helena Vik (S), tjg för Åke Sund (S), kl 13.00–15.40") == [
        ("Helena Vik", "S", "present", "tjänstgörande ersättare", "S", "för Åke Sund (S), kl 13.00–15.40")]


def test_a_title_column_with_the_paragraphs_attended_after_the_title():
    assert _roll("Jonas Rydh          Bygglovsarkitekt § 22–23") == [
        ("Jonas Rydh", "Bygglovsarkitekt", "present", "bygglovsarkitekt", None, "§ 22–23")]


def test_a_title_column_with_the_unit_the_person_heads():
    rows = _roll("Per Östman          enhetschef Planenheten")
    assert [(name, role) for name, _, _, role, _, _ in rows] == [("Per Östman", "enhetschef")]


# --- page numbers before the running header and alone at a page's foot, items by bare numbers (726; dev 732) ----

def _page(n, *texts):  # (a text file's pages run together: page breaks lost, every line on page 1)
    return [Line(t) for t in texts]


def test_the_page_number_before_the_running_header_is_page_furniture():
    lines = (_page(1, "SAMMANTRÄDESPROTOKOLL", "Kultur- och fritidsnämnden", "Paragrafer 21-22")
             + _page(2, "2 SAMMANTRÄDESPROTOKOLL", "21 Val av justerare", "Beslut", "Ove Ek utses att justera.")
             + _page(3, "3 SAMMANTRÄDESPROTOKOLL", "22 Meddelanden", "Beslut", "Meddelandena läggs till handlingarna."))
    kept = [line.text for line in furniture.remove(lines)]
    assert "2 SAMMANTRÄDESPROTOKOLL" not in kept and "3 SAMMANTRÄDESPROTOKOLL" not in kept
    assert "21 Val av justerare" in kept


def test_an_item_and_its_contents_entry_share_their_number_and_are_no_header():
    lines = [Line("Innehållsförteckning"), Line("21 Meddelanden"), Line("22 Budget"), Line("Protokoll"),
             Line("21 Meddelanden"), Line("Meddelandena läggs till handlingarna."), Line("22 Budget"),
             Line("Budgeten fastställs.")]
    assert [line.text for line in furniture.remove(lines)].count("21 Meddelanden") == 2


def test_lone_page_numbers_over_numbered_items_number_no_items():
    lines = [Line("Protokoll")] + [line for n in range(2, 7) for line in
                                   (Line(str(n)), Line(f"{20 + n} Ärende {n}"), Line("Beslut"),
                                    Line("Rapporten godkänns."))]
    kept = [line.text for line in furniture.remove(lines)]
    assert not any(t in kept for t in ("2", "3", "4", "5", "6"))


# --- a nämnd with a compound name as the subject of its own decisions (726; dev 733) ------------------------

OWN_BODY = ("Vård- och omsorgsnämnden\nSammanträdesprotokoll 2025-09-16\n\nBeslutande Karin Ståhl (S), ordförande\n\n"
            "§ 61 Förändring av dagordningen\nBeslut\n{}\n\n§ 62 Meddelanden\nBeslut\nMeddelandena läggs till handlingarna.\n")


def _first_decision(sentence):
    d = parsed(OWN_BODY.format(sentence))[0].items[0].decisions[0]
    return d.kind, [a.assignee for a in d.actions]


def test_the_meetings_own_body_with_a_compound_name_carries_out_no_task_of_its_decision():
    assert _first_decision("Vård- och omsorgsnämnden lägger till ärendet Trygghetsboende som punkt 5.") == ("other", [])


def test_the_own_body_still_gives_a_task_to_someone_else():
    assert _first_decision("Vård- och omsorgsnämnden ger förvaltningschefen i uppdrag att utreda behovet.") == (
        "assignment", ["förvaltningschefen"])


def test_a_compound_bodys_och_joins_no_two_actors():
    assert re.split(ACTOR_JOIN, "Barn- och utbildningsnämnden") == ["Barn- och utbildningsnämnden"]


# --- the body and the date only in the ANSLAG/BEVIS block (727; dev 734) -----------------------------------

def test_the_body_and_date_of_the_anslag_blocks_cells_where_the_header_names_neither():
    text = ("Plats och tid       Socialkontoret, Hedby kl 09.00–10.30\n\nBeslutande          Lena Sandberg, s, ordförande\n"
            "                    Gösta Wiik, m\n\nAnslag/Bevis\nProtokollet är justerat.\n"
            "Instans                       Socialnämndens individutskott\nSammanträdesdatum             2025-04-08\n\n"
            "§ 8\nVal av justerare\nUtskottet utser Gösta Wiik att justera protokollet.\n\n"
            "§ 9\nMeddelanden\nMeddelandena läggs till handlingarna.\n")
    p = parsed(text)[0]
    assert (p.body, str(p.date)) == ("Socialnämndens individutskott", "2025-04-08")


# --- an older template's foot with the date of posting under it (720; dev 735) -------------------------------

def test_the_foot_signum_anslagsdatum_and_its_date_line_are_page_furniture():
    foot = "Justerandes signum          Anslagsdatum          Utdragsbestyrkande"
    lines = [Line("Fritidsnämnden"), Line("§ 41. Bidrag"), Line("Fritidsnämndens beslut"),
             Line("Hedby IK beviljas 40 000 kronor."), Line(foot), Line("                            2025-11-07"),
             Line("§ 42. Meddelanden"), Line("Meddelandena läggs till handlingarna.")]
    kept = [line.text.strip() for line in furniture.remove(lines)]
    assert foot not in kept and "2025-11-07" not in kept and "§ 42. Meddelanden" in kept


def test_a_wrapped_label_beside_a_roll_row_with_a_party_cell_keeps_the_party():
    """Regression (word2 rendering of dev 219): "Ej tjänstgörande" / "ersättare   Kurt Ahl   S" — the wrapped-label
    rule joined the label and left "Kurt Ahl   S" as its value, and the party's cell became a person."""
    text = ("Kulturnämnden\nSammanträdesprotokoll 2025-03-11\n\n"
            "Beslutande              Anna Berg (S), ordförande\n"
            "                        Olof Lind (M)\n"
            "Ej tjänstgörande\n"
            "ersättare               Kurt Ahl             S\n"
            "Övriga                  Lena Moberg, nämndsekreterare\n" + ITEMS)
    people = {a.name: a.party for a in parse_text(text).attendees}
    assert people.get("Kurt Ahl") == "S" and "S" not in people
