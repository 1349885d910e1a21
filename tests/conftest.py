import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests with a fixed derivation of examples, so a red run is reproducible;
# locally they stay random and keep hunting.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# The OCR repair's lexicon is built once per test run into a folder of the run's own, not the user's cache.
if "PROTOKOLL_CACHE" not in os.environ:
    import tempfile

    os.environ["PROTOKOLL_CACHE"] = tempfile.mkdtemp(prefix="protokoll-cache-")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not present in this checkout")
    return path


@pytest.fixture(scope="session")
def score_script() -> Path:
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval/score.py is not present in this checkout")
    return path


# --- the archive: a fresh database per test, SQLite and PostgreSQL ---------------------------------

PG_HOST = "127.0.0.1:5432"
PG_USERS = ("postgres", "root")


@pytest.fixture(scope="session")
def pg_server():
    """(base URL, admin engine) of the local PostgreSQL server (trust auth, database ``test``)."""
    from sqlalchemy import create_engine

    errors = []
    for user in PG_USERS:
        url = f"postgresql+psycopg://{user}@{PG_HOST}/test"
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        try:
            with engine.connect():
                pass
        except Exception as err:  # noqa: BLE001 - any failure means: no server for these tests
            errors.append(f"{user}: {str(err).splitlines()[0]}")
            engine.dispose()
            continue
        yield url, engine
        engine.dispose()
        return
    pytest.skip(f"PostgreSQL tests skipped: no server at {PG_HOST} (database test) answered: {'; '.join(errors)}")


@pytest.fixture
def pg_url(pg_server):
    """A URL whose search_path is a schema made for this test alone (dropped afterwards)."""
    import uuid

    base, engine = pg_server
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with engine.begin() as c:
        c.exec_driver_sql(f"CREATE SCHEMA {schema}")
    yield f"{base}?options=-csearch_path%3D{schema}"
    with engine.begin() as c:
        c.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'archive.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty archive database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'archive.db'}"
    return request.getfixturevalue("pg_url")
