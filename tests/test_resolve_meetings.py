"""The same meeting from several sources (plain functions, no database)."""
import datetime as dt

from protokoll.model import Action, Attendee, Ballot, Decision, Item, Protocol, ScheduledMeeting, SourceFile, Vote
from protokoll.resolve import meetings


def record(sha: str, methods=("text",), **fields) -> Protocol:
    base = dict(body="Kommundirektörsmöte", organisation="Familjen Helsingborg", date=dt.date(2024, 4, 19))
    base.update(fields)
    return Protocol(source_file=SourceFile(path=f"{sha}.txt", sha256=sha, methods=list(methods)), **base)


def test_body_spellings_and_ocr_are_one_body_but_other_bodies_are_not():
    key = meetings.body_key
    assert meetings.same_body(key("Kommundirektörsmöte"), key("Kommundirektörmöte"))
    assert meetings.same_body(key("Kommundirektörsmöte"), key("Kommundirektorsmote"))
    assert not meetings.same_body(key("Kommundirektörsmöte"), key("Styrelsemöte"))
    assert meetings.same_meeting(record("a"), record("b", body="Kommundirektörmöte"))
    assert not meetings.same_meeting(record("a"), record("b", date=dt.date(2024, 4, 20)))
    assert not meetings.same_meeting(record("a", date=None), record("b", date=None))


def test_merge_takes_the_number_the_best_source_lacks_from_the_other():
    text = record("a", number=None, location="Marina Plaza", items=[Item(title="Potentialutredningen")])
    other = record("b", methods=("ocr",), number=4, location="Marina Plaza, damaged",
                   items=[Item(title="Potentialutredningen")])
    merged = meetings.merge([text, other])
    assert merged.number == 4
    assert merged.location == "Marina Plaza"


def test_with_the_same_reading_the_source_with_more_values_is_best():
    # ties are broken by the content hash ("z" first), so "b" is first only for having the number
    assert meetings.rank([record("z", number=None), record("b", number=4)])[0].number == 4
    assert meetings.rank([record("z", number=4), record("b", number=4)])[0].source_file.sha256 == "z"
    assert meetings.merge([record("z", number=None, room="x"), record("b", number=4, room=None,
                                                                      location="y")]).room == "x"


def test_text_beats_ocr_whatever_the_order():
    text = record("b", location="Marina Plaza")
    scan = record("a", methods=("ocr",), location="Marina Plaza (scan)", number=4, room="Galleriet")
    for sources in ([text, scan], [scan, text]):
        merged = meetings.merge(sources)
        assert merged.location == "Marina Plaza" and merged.number == 4 and merged.room == "Galleriet"


def test_merge_fills_item_values_and_due_dates_from_the_paired_item():
    best = record("b", number=1, items=[Item(title="Studieresa 22–23 augusti", decisions=[
        Decision(text="att uppdra till sekretariatschef", actions=[Action(assignee="sekretariatschef")])])])
    late = Action(assignee="sekretariatschef", due=dt.date(2024, 5, 17))
    other = record("a", methods=("ocr",), items=[Item(title="Studieresa 22-23 augusti", number=6, summary="S.",
                                                      decisions=[Decision(text="att uppdra", actions=[late])])])
    item = meetings.merge([best, other]).items[0]
    assert item.number == 6 and item.summary == "S."
    assert item.decisions[0].text == "att uppdra till sekretariatschef"
    assert item.decisions[0].actions[0].due == dt.date(2024, 5, 17)


def test_merge_adds_attendees_and_scheduled_dates_only_one_source_has():
    best = record("b", number=1, attendees=[Attendee(name="Elin Ask", affiliation="Perstorp")])
    other = record("a", attendees=[Attendee(name="Elin Åsk", affiliation="Perstorp"),
                                   Attendee(name="Per Borg", affiliation="Båstad")],
                   scheduled_meetings=[ScheduledMeeting(date=dt.date(2024, 5, 17))])
    merged = meetings.merge([best, other])
    assert [a.name for a in merged.attendees] == ["Elin Ask", "Per Borg"]
    assert [s.date for s in merged.scheduled_meetings] == [dt.date(2024, 5, 17)]


def test_pair_items_by_title_in_order():
    a = [Item(title="Mötets öppnande"), Item(title="Krisberedskapsrådet"), Item(title="Övriga frågor")]
    b = [Item(title="Motets oppnande"), Item(title="Ovriga fragor"), Item(title="Krisberedskapsradet")]
    assert meetings.pair_items(a, b) == {0: 0, 1: 2, 2: 1}


def test_merge_fills_roles_parties_votes_and_lists_from_the_other_source():
    best = record("b", number=1, chair="Anna Berg",
                  attendees=[Attendee(name="Anna Berg", role="ordförande"), Attendee(name="Per Holm")],
                  items=[Item(title="Detaljplan för Väsby", decisions=[
                      Decision(text="att anta planen", votes=[Vote(yes=7, no=5)])])])
    other = record("a", methods=("ocr",), chair="Anna Berq", secretary="Karin Ödman", adjusters=["Per Holm"],
                   attendees=[Attendee(name="Anna Berq", role="ledamot", party="S"),
                              Attendee(name="Per Holm", party="M", note="§§ 1–5")],
                   items=[Item(title="Detaljplan for Vasby", label="§ 131", case_number="KS 2025/0102", decisions=[
                       Decision(text="att anta", votes=[Vote(yes=1, abstain=1, yes_means="bifall",
                                                             ballots=[Ballot(name="Per Holm", vote="no")])],
                                reservations=["Per Holm (M)"], recipients=["Länsstyrelsen"])])])
    for sources in ([best, other], [other, best]):
        merged = meetings.merge(sources)
        assert (merged.chair, merged.secretary, merged.adjusters) == ("Anna Berg", "Karin Ödman", ["Per Holm"])
        assert [(a.name, a.role, a.party, a.note) for a in merged.attendees] == [
            ("Anna Berg", "ordförande", "S", None), ("Per Holm", None, "M", "§§ 1–5")]
        item = merged.items[0]
        assert (item.label, item.case_number) == ("§ 131", "KS 2025/0102")
        decision = item.decisions[0]
        vote = decision.votes[0]
        assert (vote.yes, vote.no, vote.abstain, vote.yes_means) == (7, 5, 1, "bifall")
        assert [b.name for b in vote.ballots] == ["Per Holm"]
        assert decision.reservations == ["Per Holm (M)"] and decision.recipients == ["Länsstyrelsen"]
