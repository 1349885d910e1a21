"""Drafting the next minutes from an archive of the seed minutes (issue 13)."""
import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from protokoll import archive
from protokoll.cli import app
from protokoll.cycle import draft
from protokoll.errors import NotInArchive

BODY = "Kommundirektörsmöte"
# The members' representatives at the last seed meeting (2026-03-27), present or not, and its secretary;
# "Christer Paulsson" is the archive's name for the person the 2026 minutes spell "Pålsson".
CURRENT = {("Agneta Fristedt", "Bjuv"), ("Jonas Jönsson", "Båstad"), ("Carina Leffler", "Helsingborg"),
           ("Herman Crespin", "Höganäs"), ("Tomas Rikse", "Klippan"), ("Pernilla Anderberg", "Landskrona"),
           ("Marie Appelqvist", "Perstorp"), ("Åsa Simonsson", "Svalöv"), ("Christer Paulsson", "Åstorp"),
           ("Elin Ask", "Ängelholm"), ("Ardiana Demjaha", "Örkelljunga"), ("Mikael Johansson", "sekretariatet")}


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    url = f"sqlite:///{tmp_path_factory.mktemp('draft') / 'seeds.db'}"
    report = archive.ingest(sorted(seeds_dir.glob("*.txt")), db=url)
    assert report.ingested == 5 and not report.failed
    return url


def _titles(protocol):
    return [i.title for i in protocol.items]


def test_next_meeting_after_the_last_seed(seeds_db):
    p = draft.draft(BODY, db=seeds_db)
    # 2026-03-27 is the last meeting; the 2025-06-13 minutes decided 2026's dates, 08:30-13:00
    assert p.date == dt.date(2026, 4, 17)
    assert p.number == 4  # the fourth decided date of 2026
    assert (p.start_time, p.end_time) == ("08:30", "13:00")
    assert p.organisation == "Familjen Helsingborg" and p.body == BODY
    assert p.location == "Mindpark, Helsingborg"  # the last venue
    assert {(a.name, a.affiliation) for a in p.attendees} == CURRENT
    assert all(a.note == draft.UNFILLED for a in p.attendees)
    titles = _titles(p)
    assert titles[0] == "Mötets öppnande och incheckning" and titles[-1] == "Mötet avslutas"
    assert "Rapport från sekretariatet" in titles and "Övriga frågor" in titles
    # the HR network's task is due 2026-05-22, the next decided meeting after this one: it is on this agenda
    item = next(i for i in p.items if i.title == "Återrapportering från HR-chefsnätverket")
    assert "Senast 2026-05-22" in item.summary and "2026-03-27-3" in item.summary
    follow = next((i for i in p.items if i.title == draft.FOLLOW_UP_TITLE), None)
    assert follow is None or not any(s.title.startswith("HR-chefsnätverket:") for s in follow.subitems)
    # a task due later than the next meeting is followed up, not reported back
    assert all("Senast 2026-0" not in i.summary or i.summary.split("Senast ")[1][:10] <= "2026-05-22"
               for i in p.items if i.title.startswith("Återrapportering"))
    assert [i.number for i in p.items] == list(range(1, len(p.items) + 1))


def test_meeting_of_22_may_reports_back_the_hr_task(seeds_db):
    p = draft.draft(BODY, dt.date(2026, 5, 22), db=seeds_db)
    assert p.number == 5 and (p.start_time, p.end_time) == ("08:30", "13:00")
    item = next(i for i in p.items if i.title == "Återrapportering från HR-chefsnätverket")
    assert "27 mars 2026" in item.summary and "Tema Potentialutredningen" in item.summary
    assert "Senast 2026-05-22" in item.summary and "2026-03-27-3" in item.summary
    follow = next(i for i in p.items if i.title == draft.FOLLOW_UP_TITLE)
    assert not any(s.title.startswith("HR-chefsnätverket:") for s in follow.subitems)
    # every open task of the body is in the draft once: reported back or followed up
    open_ids = {a["id"] for a in archive.actions(open_only=True, db=seeds_db)}
    mentioned = [i.summary for i in p.items if i.title.startswith("Återrapportering")] + \
        [s.summary for s in follow.subitems]
    assert sorted(x.rsplit("Uppdrag ", 1)[1].rstrip(".") for x in mentioned) == sorted(open_ids)


def test_unknown_body_and_no_decided_date(seeds_db):
    with pytest.raises(NotInArchive):
        draft.draft("Kommunfullmäktige", db=seeds_db)
    assert draft.number_in_year(dt.date(2027, 2, 1), [{"date": "2027-01-10", "number": 1}], {}) == 2
    assert draft.number_in_year(dt.date(2027, 3, 1), [{"date": "2027-01-10", "number": 1},
                                                       {"date": "2027-02-01", "number": None}], {}) == 3


def test_cli_writes_json_and_renders(seeds_db, tmp_path):
    out, pdf = tmp_path / "utkast.json", tmp_path / "utkast.pdf"
    result = CliRunner().invoke(app, ["draft", "--body", BODY, "--date", "2026-05-22", "--db", seeds_db,
                                      "-o", str(out), "--pdf", str(pdf)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["schema"] == "protokoll/1" and record["date"] == "2026-05-22" and record["number"] == 5
    assert pdf.read_bytes().startswith(b"%PDF")
    result = CliRunner().invoke(app, ["draft", "--body", "Styrelsen", "--db", seeds_db])
    assert result.exit_code == NotInArchive.exit_code
