"""A network's "Medskick" (heldout30's shapes, dev fixtures 799–801): "Medskick till X:" over a dash list or with
its text after the colon is one decision, its label kept, with X its one actor (the seeds' "X ges följande
medskick:" as a label); "Medskick: ..." names no actor; under a report item ("Information och diskussion: ...")
it is the item's decision, not a topic of a sub-item. All names made up."""
from shape_support import parsed

HEAD = "Minnesanteckningar socialchefsnätverket\nDatum: 2025-02-06, kl. 13.00–15.00\n\nNärvarande: Anna Ek, Bo Lund\n\n"


def _decisions(body: str):
    p = parsed(HEAD + body)[0]
    return {i.title: [(d.text, d.kind, [a.assignee for a in d.actions]) for d in i.decisions] for i in p.items}


def test_medskick_to_a_group_over_a_dash_list_is_one_decision_for_that_group():
    got = _decisions("1. Barnahus\nCia informerade om utredningen.\nMedskick till kommundirektörsnätverket:\n"
                     "- ta ställning till finansieringsmodellen,\n- utse en kontaktperson per kommun.\n\n"
                     "2. Nästa möte\nDen 13 mars.\n")
    assert got["Barnahus"] == [("Medskick till kommundirektörsnätverket: - ta ställning till finansieringsmodellen, "
                                "- utse en kontaktperson per kommun.", "assignment", ["kommundirektörsnätverket"])]


def test_medskick_without_addressee_names_no_actor():
    got = _decisions("1. Räddningstjänsten\nFrida berättade om förslaget.\n"
                     "Medskick: Kommunerna behöver få ta del av riskanalysen innan förslaget beslutas.\n\n"
                     "2. Övrigt\nInget.\n")
    assert got["Räddningstjänsten"] == [
        ("Medskick: Kommunerna behöver få ta del av riskanalysen innan förslaget beslutas.", "other", [])]


def test_medskick_under_a_report_item_is_its_decision_not_a_topic():
    p = parsed(HEAD + "1. Information och diskussion: Bredband\nOlle informerade om läget.\n"
                      "Medskick till förbundsdirektionen: Utbyggnaden på landsbygden ska prioriteras.\n\n"
                      "2. Övrigt\nInget.\n")[0]
    first = p.items[0]
    assert [s.title for s in first.subitems] == []
    assert [(d.kind, [a.assignee for a in d.actions]) for d in first.decisions] == [("assignment", ["förbundsdirektionen"])]
