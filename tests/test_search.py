"""Search: Swedish stemming and stop words, diacritics ignored, ranking, snippets, any query safe."""
import datetime as dt
import importlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from archive_support import EXAMPLE_FILES
from protokoll import archive
from protokoll.archive.ingest import save
from protokoll.archive.search import parse_query, snippet, words
from protokoll.model import Item, Protocol
from protokoll.store.db import open_database


def test_words_are_folded_and_stop_words_dropped():
    assert words("Mötet beslutar att tacka för informationen och Krisberedskapsrådet") == [
        "motet", "beslutar", "tacka", "informationen", "krisberedskapsradet"]
    assert words("pa och for ar") == []  # OCR's stop words without diacritics are stop words too
    assert words("Crespín Øresund") == ["crespin", "øresund"]


def test_queries_keep_only_searchable_words():
    assert parse_query("och att för").empty
    assert parse_query('"NEAR(krisberedskap*" OR -rådet:').words == ("near", "krisberedskap", "or", "radet")
    assert parse_query("Budget budget BUDGET").words == ("budget",)


def test_highlighting_matches_stems_prefixes_and_escapes_html():
    q = parse_query("krisberedskap")
    text, n = snippet(q, ["Titel", "Civilt försvar & <krisberedskap>, Krisberedskapsrådet."])
    assert text == "Civilt försvar &amp; &lt;<mark>krisberedskap</mark>&gt;, <mark>Krisberedskapsrådet</mark>."
    assert n == 2


@pytest.fixture
def examples_db(db_url):
    archive.ingest(EXAMPLE_FILES, db=db_url)
    database = open_database(db_url)
    yield database
    database.close()


def titles(hits):
    return [(h["meeting"]["date"], h["item"]["title"]) for h in hits]


def test_swedish_endings_and_compounds_are_found(examples_db):
    # "handlingsplan" finds "handlingsplanen" (an ending) and the compound's first part; "elevprognos" finds
    # "elevprognoser"
    hits = titles(archive.search("handlingsplan", db=examples_db))
    assert ("2026-11-20", "Uppföljning av den gemensamma handlingsplanen för ett tryggt och säkert samhälle "
                          "med fokus på barns och ungas utsatthet") in hits
    assert archive.search("elevprognos", db=examples_db)
    assert titles(archive.search("elevprognoser", db=examples_db)) == titles(
        archive.search("elevprognos", db=examples_db))


def test_diacritics_do_not_matter(examples_db):
    with_marks = titles(archive.search("Trygghetsnätverket säkert", db=examples_db))
    assert with_marks and titles(archive.search("trygghetsnatverket sakert", db=examples_db)) == with_marks
    assert titles(archive.search("GYMNASIEFÖRBUNDET", db=examples_db)) == titles(
        archive.search("gymnasieforbundet", db=examples_db))


def test_every_word_must_match_and_titles_rank_first(examples_db):
    hits = archive.search("budget", db=examples_db)
    assert hits and "budget" in hits[0]["item"]["title"].lower()
    assert all(h["score"] >= hits[-1]["score"] for h in hits)
    both = archive.search("budget verksamhetsplan", db=examples_db)
    assert both and all("<mark>" in h["snippet"] for h in both)
    assert archive.search("budget zzyzx", db=examples_db) == []


def test_presenters_are_searched(examples_db):
    hits = archive.search("Oskar Lindholm", db=examples_db)
    assert hits and all(h["meeting"]["date"] == "2026-11-20" for h in hits)


def test_stop_words_alone_find_nothing(examples_db):
    assert archive.search("och att för på", db=examples_db) == []


NASTY = ['"', "'", "*", "NEAR(", "a OR", "-", ":*", "\\", "(((", "^", "title:x", "AND", "NOT", "och", "\x00",
         "'; DROP TABLE items; --", "krisberedskap' & '", "a:*b", "%s", "%(q)s", ":q"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=60) | st.sampled_from(NASTY))
def test_any_query_string_is_safe(examples_db, query):
    hits = archive.search(query, db=examples_db)
    assert isinstance(hits, list)


def test_postgresql_searches_the_newest_items_first_and_falls_back_to_all(pg_url, monkeypatch):
    monkeypatch.setattr(importlib.import_module("protokoll.archive.search"), "RECENT", 5)  # archive.search: the function
    archive.ingest(EXAMPLE_FILES, db=pg_url)
    with open_database(pg_url) as database, database.read() as session:
        recent = session.execute(text("SELECT item_id FROM item_search_recent")).scalars().all()
        newest = session.execute(text("SELECT max(id) FROM items")).scalar()
    assert sorted(recent) == list(range(newest - 4, newest + 1))
    # "elevprognoser" is only in 2025-02-21, older than the five newest items: found all the same
    assert [h["meeting"]["date"] for h in archive.search("elevprognoser", db=pg_url)] == ["2025-02-21"]
    # a word in the newest items is found there
    assert archive.search("avtackning", db=pg_url)[0]["meeting"]["date"] == "2026-11-20"


def _case_minutes() -> Protocol:
    items = [Item(number=131, label="§ 131", case_number="KS 2025/0102", title="Detaljplan för Väsby 12:3"),
             Item(number=132, label="§ 132", case_number="KS 2025/0110", title="Budget 2026"),
             Item(number=133, title="Ärende 2025 om lokaler", summary="Dnr saknas; 0102 är ett rumsnummer.")]
    return Protocol(body="Kommunstyrelsen", date=dt.date(2025, 3, 11), items=items)


def test_items_are_found_by_their_case_number(db_url):
    with open_database(db_url) as database:
        with database.write() as session:
            save(session, _case_minutes())
        for query in ("KS 2025/0102", "2025/0102", "KS 2025/102", "ks 2025/0102"):
            hits = archive.search(query, db=database)
            assert [h["item"]["case_number"] for h in hits][:1] == ["KS 2025/0102"], query
            assert hits[0]["item"]["label"] == "§ 131"
        assert "<mark>0102</mark>" in archive.search("2025/0102", db=database)[0]["snippet"]
        assert "<mark>0102</mark>" in archive.search("KS 2025/102", db=database)[0]["snippet"]
        assert [h["item"]["title"] for h in archive.search("KS 2025/0110", db=database)] == ["Budget 2026"]
        assert archive.search("KS 2025/0999", db=database) == []
