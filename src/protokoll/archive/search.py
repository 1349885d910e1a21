"""Full-text search over agenda items: titles, summaries, decisions, presenters, labels and case numbers.

Text is prepared in Python the same way for the index and for queries: words are folded (lower
case, no diacritics, so "krisberedskapsradet" finds "Krisberedskapsrådet"), Swedish stop words are
dropped (a query for "och" would otherwise walk nearly every row), and on SQLite each word is
stemmed with the Swedish Snowball stemmer before it goes into FTS5. PostgreSQL stems with its own
``swedish`` text search configuration, in the generated ``tsvector`` column and in ``to_tsquery``.
A query word of four letters or more also matches longer words that start with it, so "krisberedskap"
finds the compound "krisberedskapsrådet".

A case number ("KS 2025/0102", in an item's case number field or anywhere in its text) is indexed as
its words, ks 2025 0102, followed by the year and the number without its leading zeros (2025 102)
where they differ. In a query, year/number must match as a phrase, the two words next to each other,
written with or without the zeros: "KS 2025/0102", "2025/0102" and "KS 2025/102" find that item and
not one that merely mentions 2025 in its title and 0102 in a room number.

Queries are never passed through as query syntax: they are cut into words, and only those words,
quoted, reach FTS5 or ``to_tsquery``; any string is safe and at worst finds nothing.

Ranking is BM25 (FTS5) and ``ts_rank_cd`` (PostgreSQL), with titles weighted above the rest. To keep a
very common word from ranking hundreds of thousands of rows, only the newest ``CANDIDATES`` matches
(by item id, i.e. ingest order) are ranked; queries with fewer matches are ranked exactly. FTS5 walks
its matches newest first and stops there. A GIN index cannot (it hands out every match), so PostgreSQL
keeps the newest ``RECENT`` items in a second, small table (``item_search_recent``) and searches it
first; only a query with fewer than a page of matches there goes on to the whole archive.
"""
from __future__ import annotations

import html
import re
from collections import namedtuple
from functools import lru_cache

import Stemmer

from protokoll.folding import fold
from protokoll.store import reads

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (issue 12: protokoll search imports this)
if TYPE_CHECKING:  # the index's writers run in SQLAlchemy sessions; its readers (hits) need neither
    from sqlalchemy.orm import Session

    from protokoll.model import Item

# The Snowball Swedish stop list (also PostgreSQL's swedish.stop).
STOP_WORDS = frozenset("""
och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du
henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp
vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna
själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken
er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina
vars vårt våra ert era vilkas
""".split())
PREFIX_MIN = 4  # query words this long also match as prefixes
CANDIDATES = 1000
RECENT = 20_000  # items in PostgreSQL's item_search_recent
TITLE_WEIGHT = 4.0
PG_WEIGHTS = (0.1, 0.2, 0.4, 1.0)  # ts_rank_cd's weights of the classes D, C, B, A (A: titles)
_WORD = re.compile(r"\w+")
_CASE = re.compile(r"\b((?:19|20)[0-9]{2})\s*/\s*([0-9]{1,7})\b")  # the year/number of "KS 2025/0102"


def fold_word(word: str) -> str:
    """Lower case without diacritics (``folding.fold`` without its OCR repairs)."""
    return fold(word, ocr=False)


_FOLDED_STOP = frozenset(fold_word(w) for w in STOP_WORDS)


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("swedish")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=200_000)
def _word(raw: str) -> str | None:
    """One word of text as the index sees it: folded, or None for a stop word."""
    word = fold_word(raw.replace("_", ""))
    return word if word and word not in _FOLDED_STOP else None


def words(text_: str | None) -> list[str]:
    """Folded words of ``text_`` without stop words and without the underscore ``\\w`` lets through."""
    return [w for w in map(_word, _WORD.findall(text_ or "")) if w]


def _unpadded(number: str) -> str:
    return number.lstrip("0") or number


def case_refs(text_: str | None) -> list[tuple[str, str]]:
    """(year, number) of every case number in a text, as written."""
    return _CASE.findall(text_ or "")


def terms(text_: str | None, dialect: str) -> str:
    """What the index stores for a text: stems on SQLite, folded words on PostgreSQL (it stems); then
    each zero-padded case number again unpadded (see the module's docstring)."""
    raw = _WORD.findall(text_ or "")
    sqlite = dialect == "sqlite"
    ws = [w for w in map(_stemmed if sqlite else _word, raw) if w]
    if text_ and "/" in text_:  # a case number has its slash; most texts have none
        ws += [stem(w) if sqlite else w for year, number in case_refs(text_) if _unpadded(number) != number
               for w in (year, _unpadded(number))]
    return " ".join(ws)


@lru_cache(maxsize=200_000)
def _stemmed(raw: str) -> str | None:
    """``stem(_word(raw))``, or None for a stop word: one look-up a word of text, not two."""
    word = _word(raw)
    return stem(word) if word else None


def item_texts(item: Item) -> tuple[str, str]:
    """(title, everything else searchable) of one item."""
    rest = [item.label or "", item.case_number or "", item.summary or ""]
    rest += [d.text for d in item.decisions]
    rest += [" ".join(x for x in (p.name, p.role, p.organisation) if x) for p in item.presenters]
    return item.title, "\n".join(r for r in rest if r)


def index_rows(dialect: str, rows: list[tuple[int, Item]]) -> list[tuple[int, str, str]]:
    """(item id, title terms, body terms) of each (item id, parsed item)."""
    return [(item_id, terms(title, dialect), terms(body, dialect))
            for item_id, item in rows for title, body in [item_texts(item)]]


def add(session: Session, rows: list[tuple[int, Item]]) -> None:
    """Index items, given as (item id, parsed item): their rows go straight to the driver (``store.bulk``),
    a batch's few hundred of them in one ``executemany``."""
    if not rows:
        return
    from sqlalchemy import text

    from protokoll.store import bulk

    dialect = session.get_bind().dialect.name
    values = index_rows(dialect, rows)
    if dialect == "sqlite":
        bulk.insert_rows(session, "item_search", ("rowid", "title", "body"), values)
        return
    bulk.insert_rows(session, "item_search", ("item_id", "title", "body"), values)
    ids = [item_id for item_id, _, _ in values]
    session.execute(text("INSERT INTO item_search_recent (item_id, tsv)"
                         " SELECT item_id, tsv FROM item_search WHERE item_id = ANY(:ids)"), {"ids": ids})
    # Ids only grow, so what falls out now is just behind the window: deleting that slice (not
    # "everything older") keeps the delete from walking the dead rows of all earlier deletes.
    cut = max(ids) - RECENT
    session.execute(text("DELETE FROM item_search_recent WHERE item_id > :low AND item_id <= :cut"),
                    {"low": cut - len(ids) - 1000, "cut": cut})


TIDY_EVERY = 200  # documents stored between two tidy() calls during an ingest


def tidy(engine) -> None:
    """Reclaim the rows that slid out of PostgreSQL's item_search_recent. Without it (autovacuum may be
    off, or late) the table's GIN index keeps every dead entry and searching it slows down as the
    archive grows. VACUUM cannot run in a transaction, hence a connection of its own. On both: the
    planner's statistics, when the archive has grown (``store.db.refresh_statistics``)."""
    from protokoll.store.db import refresh_statistics

    refresh_statistics(engine)
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (ANALYZE) item_search_recent")


def remove(session: Session, item_ids: list[int]) -> None:
    """Drop items from the index (on PostgreSQL deleting the items would do; FTS5 has no cascade)."""
    if not item_ids:
        return
    from sqlalchemy import text

    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM item_search WHERE rowid = :id"), [{"id": i} for i in item_ids])
    else:
        session.execute(text("DELETE FROM item_search_recent WHERE item_id = ANY(:ids)"), {"ids": item_ids})
        session.execute(text("DELETE FROM item_search WHERE item_id = ANY(:ids)"), {"ids": item_ids})


class Query(namedtuple("Query", ("words", "cases"), defaults=((),))):
    """A user's query reduced to the words that are searched for: ``words`` folded, stop words dropped;
    ``cases`` the (year, number) of its case numbers, phrases, not loose words. A named tuple (immutable,
    hashable: ``_matches`` remembers by it), not a dataclass: ``protokoll search`` does not load
    ``dataclasses`` for it (issue 12)."""

    __slots__ = ()

    @property
    def empty(self) -> bool:
        return not self.words

    def _loose(self) -> list[str]:
        """The words not searched for as part of a case number's phrase."""
        taken = {w for case in self.cases for w in case}
        return [w for w in self.words if w not in taken]

    def _case_forms(self, case: tuple[str, str]) -> list[tuple[str, str]]:
        year, number = case
        return list(dict.fromkeys([(year, number), (year, _unpadded(number))]))

    def fts5(self) -> str:
        parts = []
        for w in self._loose():
            s = stem(w)
            parts.append(f'"{s}"*' if len(s) >= PREFIX_MIN else f'"{s}"')
        for case in self.cases:
            forms = (f'"{year} {number}"' for year, number in self._case_forms(case))
            parts.append("(" + " OR ".join(forms) + ")")
        return " AND ".join(parts)

    def tsquery(self) -> str:
        # Words are \w+ only, so they cannot break out of the quotes.
        parts = [f"'{w}':*" if len(w) >= PREFIX_MIN else f"'{w}'" for w in self._loose()]
        for case in self.cases:
            forms = (f"'{year}' <-> '{number}'" for year, number in self._case_forms(case))
            parts.append("(" + " | ".join(forms) + ")")
        return " & ".join(parts)

    def matches(self, word: str) -> bool:
        """Whether a word of the text is one the query finds (for highlighting)."""
        return _matches(self, word)


@lru_cache(maxsize=100_000)
def _matches(query: Query, word: str) -> bool:
    """``Query.matches``, remembered: the words of minutes repeat, and a snippet asks for each of them."""
    folded = fold_word(word)
    if folded in _FOLDED_STOP:
        return False
    s = stem(folded)
    for w in query.words:
        q = stem(w)
        if s == q or folded == w or (len(q) >= PREFIX_MIN and (s.startswith(q) or folded.startswith(q))):
            return True
        if folded.isdigit() and w.isdigit() and _unpadded(folded) == _unpadded(w):
            return True  # "0102" of a case number, which "2025/102" finds
    return False


def parse_query(q: str) -> Query:
    seen, out = set(), []
    for w in words(q[:1000]):
        if w not in seen:
            seen.add(w)
            out.append(w)
    kept = tuple(out[:16])
    cases = tuple(dict.fromkeys((year, number) for year, number in case_refs(q[:1000])
                                if year in kept and number in kept))
    return Query(kept, cases)


def hits(reader, query: Query, limit: int = 20) -> list[tuple[int, float]]:
    """(item id, score) of the best matches, best first; larger scores are better. ``reader``: a
    ``store.reads`` Reader (through SQLAlchemy, or ``sqlite3`` alone)."""
    if query.empty:
        return []
    window = {"candidates": CANDIDATES, "limit": limit}
    if reader.dialect == "sqlite":
        rows = reader.all(reads.fts5_ranked(TITLE_WEIGHT), {"q": query.fts5(), **window})
        return [(item_id, -score) for item_id, score in rows]
    # The index, never a scan of the table: the planner misjudges prefix queries and would sometimes
    # read every row.
    reader.execute(reads.INDEX_ONLY)
    rows = []
    for table in ("item_search_recent", "item_search"):
        rows = reader.all(reads.pg_ranked(table, query.tsquery(), PG_WEIGHTS), window)
        if len(rows) >= limit:
            break
    return [(item_id, float(score)) for item_id, score in rows]


def snippet(query: Query, texts: list[str], width: int = 24) -> tuple[str, int]:
    """A window of about ``width`` words around the densest matches, HTML-escaped, matches in
    <mark>…</mark>; and the number of matching words in all texts. ``texts[0]`` is the title, shown
    apart anyway: the window comes from the other texts when they match (the text with most matches),
    else from the title."""
    best, total, best_hits = None, 0, 0
    for n, source in enumerate(texts):
        tokens = list(re.finditer(r"\S+", source or ""))
        marked = [any(query.matches(w) for w in _WORD.findall(tok.group())) for tok in tokens]
        hits_here = sum(marked)
        total += hits_here
        if hits_here and (best is None or (best[3] == 0 and n > 0) or hits_here > best_hits):
            best, best_hits = (source, tokens, marked, n), hits_here
    if best is None:
        source = next((t for t in texts if t), "")
        tokens = list(re.finditer(r"\S+", source))[:width]
        return html.escape(" ".join(t.group() for t in tokens)) + (" …" if len(tokens) == width else ""), 0
    source, tokens, marked, _ = best
    starts = range(max(1, len(tokens) - width + 1))
    start = max(starts, key=lambda s: (sum(marked[s:s + width]), -s))
    end = min(len(tokens), start + width)
    out = []
    for tok, hit in zip(tokens[start:end], marked[start:end]):
        word = tok.group()
        if hit:
            out.append(_mark(query, word))
        else:
            out.append(html.escape(word))
    return ("… " if start else "") + " ".join(out) + (" …" if end < len(tokens) else ""), total


def _mark(query: Query, token: str) -> str:
    """Mark the matching words inside a token, keeping its punctuation outside the mark."""
    out, pos = [], 0
    for m in _WORD.finditer(token):
        out.append(html.escape(token[pos:m.start()]))
        w = m.group()
        out.append(f"<mark>{html.escape(w)}</mark>" if query.matches(w) else html.escape(w))
        pos = m.end()
    out.append(html.escape(token[pos:]))
    return "".join(out)
