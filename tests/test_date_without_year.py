"""The meeting's date written without its year ("Datum: tisdag 11 mars", dev fixture 448) and ISO dates parted by
full stops or slashes ("2025.03.04")."""
import datetime as dt

import pytest

from protokoll.pipeline import parse_text
from protokoll.vocab import dates

BODY = "\nNärvarande: Anna Berg, Per Holm\n\n1. Öppnande\nAnna öppnade mötet.\n\n2. Föregående protokoll\n{}\n"


@pytest.mark.parametrize("head, later, day", [
    ("Styrelsemöte i Lindmo skytteförening\nDatum: tisdag 11 mars", "Protokollet från 2025-02-11 lades till handlingarna.",
     dt.date(2025, 3, 11)),
    ("Styrelsemöte i Lindmo skytteförening\nDatum: fredag 12 december", "Nästa möte 2026-01-16.", dt.date(2025, 12, 12)),
    ("Årsmöte 2024 i Lindmo skytteförening\nDatum: 4 mars", "Nästa möte 2025-04-01.", dt.date(2024, 3, 4)),
    ("Styrelsemöte i Lindmo skytteförening\nDatum: 2025.03.04", "Inget att rapportera.", dt.date(2025, 3, 4)),
])
def test_the_meeting_day_without_its_year_takes_the_year_of_its_context(head, later, day):
    assert parse_text(head + BODY.format(later)).date == day


def test_no_year_anywhere_gives_no_date():
    assert parse_text("Styrelsemöte i Lindmo skytteförening\nDatum: tisdag 11 mars" + BODY.format("Inget.")).date is None


@pytest.mark.parametrize("text, found", [
    ("2025.03.04", [dt.date(2025, 3, 4)]), ("2025/03/04", [dt.date(2025, 3, 4)]),
    ("Version 2025.3", []), ("kl 2025.13.04", []),
])
def test_iso_dates_with_full_stops_or_slashes(text, found):
    assert [d for d, _ in dates.find_dates(text, None)] == found


def test_the_nearest_year():
    assert dates.nearest_year(12, 12, dt.date(2026, 1, 16)) == dt.date(2025, 12, 12)
    assert dates.nearest_year(1, 10, dt.date(2025, 12, 1)) == dt.date(2026, 1, 10)
    assert dates.nearest_year(2, 29, dt.date(2025, 3, 1)) == dt.date(2024, 2, 29)
