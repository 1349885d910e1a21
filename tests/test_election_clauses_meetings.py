"""The later clauses of an election sentence ("..., till sekreterare Y och till justerare Z och W"), and a meeting
of any kind that a decision sets for a date ("att ett extra medlemsmöte hålls den 14 maj kl. 18.00")."""
import datetime as dt

import pytest

from protokoll.parse import decisions as dec
from protokoll.pipeline import parse_text

HEAD = ("Protokoll fört vid årsmöte i Granbackens Byalag\nDatum: 2025-03-15, kl. 14.00\nPlats: Bygdegården\n"
        "Närvarande: Lena Sjö, Anna Berg, Per Ek, Kim Ahl, Eva Gran\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
        "2. Val av mötesfunktionärer\n{}\n\n3. Mötets avslutande\nMötet avslutades.\n")


@pytest.mark.parametrize("sentence, chair, secretary, adjusters", [
    ("Till ordförande valdes Kim Ahl, till sekreterare Anna Berg och till justerare Per Ek och Eva Gran.",
     "Kim Ahl", "Anna Berg", ["Per Ek", "Eva Gran"]),
    ("Kim Ahl valdes till ordförande, Anna Berg till sekreterare och Per Ek till justerare.",
     "Kim Ahl", "Anna Berg", ["Per Ek"]),
    ("Till ordförande för mötet valdes Kim Ahl, till sekreterare Anna Berg och till justerare tillika "
     "rösträknare Per Ek och Eva Gran.", "Kim Ahl", "Anna Berg", ["Per Ek", "Eva Gran"]),
    ("Kim valdes till ordförande, Anna till sekreterare och Per till justerare.", "Kim Ahl", "Anna Berg", ["Per Ek"]),
])
def test_every_clause_of_an_election_fills_its_office(sentence, chair, secretary, adjusters):
    protocol = parse_text(HEAD.format(sentence))
    assert (protocol.chair, protocol.secretary, protocol.adjusters) == (chair, secretary, adjusters)


def test_a_meeting_a_decision_sets():
    day = dt.date(2025, 3, 23)
    one = dec.decided_meeting("att ett extra medlemsmöte om bryggan hålls den 14 maj kl. 18.00 i stugan.", day)
    assert (one.date, one.start_time) == (dt.date(2025, 5, 14), "18:00")
    assert dec.decided_meeting("att kalla till extra föreningsstämma den 3 juni kl. 19.00.", day).date == \
        dt.date(2025, 6, 3)
    # a deadline, a meeting held before, a meeting without a date in its clause: none
    assert dec.decided_meeting("att kallelsen till mötet skickas senast den 3 juni.", day) is None
    assert dec.decided_meeting("att medlemsmötet som hölls den 2 mars protokollförs.", day) is None
    assert dec.decided_meeting("att årsmötet hålls i april och att avgiften betalas senast 1 maj.", day) is None


def test_the_meeting_is_scheduled_from_the_items_decision():
    text = HEAD.format("Mötet beslutar att ett extra medlemsmöte hålls den 14 maj\nkl. 18.00 i föreningsstugan.")
    protocol = parse_text(text)
    assert [(m.date, m.start_time) for m in protocol.scheduled_meetings] == [(dt.date(2025, 5, 14), "18:00")]
    assert protocol.items[1].decisions[0].text.startswith("att ett extra medlemsmöte")
