"""Header and signature shapes from the seventh held-out set's survey (fictional text)."""
from protokoll.pipeline import parse_text

RUNNING = "Ekby kommun | Tekniska nämnden | Protokoll 2025-03-04\n"
FIRST_PAGE = ("Tekniska nämnden                                    PROTOKOLL\n"
              "Ekby kommun                                         2025-03-04\n\n"
              "Plats: Kommunhuset, sal Ek\nNärvarande ledamöter: Anna Ek (S), Per Berg (M)\n\n"
              "TN § 1 Val av justerare\nBeslut\nNämnden utser Per Berg (M) att justera protokollet.\n\n")


def test_a_running_header_restated_by_the_title_block_is_not_the_organisation():
    text = RUNNING + FIRST_PAGE + "\f" + RUNNING + "\nTN § 2 Information\nBeslut\nInformationen läggs till handlingarna.\n"
    p = parse_text(text, "running.txt")
    assert (p.organisation, p.body) == ("Ekby kommun", "Tekniska nämnden")

