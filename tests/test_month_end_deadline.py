"""A month's end as a task's deadline ("före sista mars", "senast i slutet av april", "före utgången av maj",
"senast i juni"; dev fixture 448); "under mars" and "i mars" tell when, not by when."""
import datetime as dt

import pytest

from protokoll.parse import decisions as dec
from protokoll.vocab import dates

MEETING = dt.date(2025, 2, 20)


@pytest.mark.parametrize("sentence, due", [
    ("Tove tar kontakt med kommunen före sista mars.", dt.date(2025, 3, 31)),
    ("Tove tar kontakt med kommunen senast sista februari.", dt.date(2025, 2, 28)),
    ("Tove tar kontakt med kommunen senast i slutet av mars.", dt.date(2025, 3, 31)),
    ("Tove beställer garnet före utgången av april.", dt.date(2025, 4, 30)),
    ("Tove tar kontakt med kommunen senast i januari.", dt.date(2026, 1, 31)),  # the next January
    ("Tove tar kontakt med kommunen senast i mars 2026.", dt.date(2026, 3, 31)),
    ("Tove tar kontakt med kommunen under mars.", None),
    ("Tove tar kontakt med kommunen i mars.", None),
])
def test_month_end_deadlines(sentence, due):
    assert [a.due for a in dec.analyse(sentence, MEETING).actions] == [due]


def test_month_end():
    assert [dates.month_end(2024, m) for m in (2, 12)] == [dt.date(2024, 2, 29), dt.date(2024, 12, 31)]
