"""Tasks as dash lines under a "Beslut:" sentence (dev fixtures 445, 446): each a decision of its own with its
assignee and date, where they had run on into the sentence above them (a Word list) or into each other (a task
tool's checkboxes, whose markers the Markdown cleaner took off)."""
from protokoll.clean.exports import take_off
from protokoll.pipeline import parse_text

WORD = ("Protokoll fört vid styrelsemöte i Tallbo byalag\n\nDatum: 2025-03-12\n\n"
        "Närvarande: Maria Lund, Oskar Bäck, Henrik Ås\n\n"
        "§ 1 Valborgsfirandet\nBeslut: Valborgsfirandet hålls vid badplatsen.\n"
        "- Oskar Bäck söker tillstånd hos kommunen senast 2025-03-31\n"
        "- Henrik Ås ordnar ved till brasan\n\n"
        "§ 2 Medskick\nBeslut: Arbetsgruppen ges följande medskick:\n"
        "- Fortsätt med regelbundna möten.\n- Bevaka kommunens planarbete.\n")


def test_dash_tasks_after_a_decision_sentence_are_tasks_of_their_own():
    decisions = parse_text(WORD).items[0].decisions
    assert [d.text for d in decisions] == ["Valborgsfirandet hålls vid badplatsen.",
                                           "Oskar Bäck söker tillstånd hos kommunen senast 2025-03-31",
                                           "Henrik Ås ordnar ved till brasan"]
    assert [[(a.assignee, str(a.due)) for a in d.actions] for d in decisions[1:]] == [
        [("Oskar Bäck", "2025-03-31")], [("Henrik Ås", "None")]]


def test_dashes_under_a_line_that_opens_a_list_stay_its_items():
    decisions = parse_text(WORD).items[1].decisions
    assert len(decisions) == 1 and decisions[0].text.startswith("Arbetsgruppen ges följande medskick: - ")
    assert "Bevaka kommunens planarbete." in decisions[0].text


MARKDOWN = ("# Styrelsemöte Sjöviks kanotklubb\n\n**Datum:** 2025-06-04\n\n## Närvarande\n- Amir Karimi\n- Nora Lind\n\n"
            "## 1. Paddelskolan\n**Beslut:** Paddelskolan startar 16 juni.\n"
            "- [ ] @Amir Karimi bokar instruktörer senast 2025-06-10\n- [ ] @Nora Lind skickar ut länken\n")


def test_a_checkbox_keeps_a_list_dash():
    assert "\n- Amir Karimi bokar instruktörer senast 2025-06-10\n- Nora Lind skickar ut länken\n" in take_off(MARKDOWN)


def test_checkbox_tasks_without_full_stops_do_not_run_into_each_other():
    decisions = parse_text(MARKDOWN).items[0].decisions
    assert [d.text for d in decisions] == ["Paddelskolan startar 16 juni.",
                                           "Amir Karimi bokar instruktörer senast 2025-06-10",
                                           "Nora Lind skickar ut länken"]
    assert [a.assignee for d in decisions for a in d.actions] == ["Amir Karimi", "Nora Lind"]


def test_a_topic_dash_after_a_decision_sentence_is_no_decision_of_its_own():
    text = ("Protokoll fört vid styrelsemöte i Tallbo byalag\n\nDatum: 2025-03-12\n\n"
            "§ 1 Höstens verksamhet\nBeslut: Inbjudan skickas ut på nytt till alla medlemmar.\n"
            "- Julbord den 10 december\n")
    assert "Julbord den 10 december" not in [d.text for d in parse_text(text).items[0].decisions]
