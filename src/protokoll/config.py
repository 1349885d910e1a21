"""Names every layer shares, in a module that imports nothing: the commands define their options with
them without importing the archive (SQLAlchemy, the store) or the parser, so ``protokoll parse`` and
``--help`` never load the archive and the archive's commands never load the parser.
``protokoll.store.db``, ``protokoll.archive`` and ``protokoll.pipeline`` re-export them."""
import os

ENV_VAR = "PROTOKOLL_DB"  # the archive's URL when --db is not given
DEFAULT_URL = "sqlite:///protokoll.db"  # ... and when neither is
STATUSES = ("open", "done", "cancelled")  # an action's statuses; every action starts open
DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # a file larger than this is refused (--max-bytes)
CACHE_ENV = "PROTOKOLL_CACHE"  # the folder of what is built once per machine (the lexicon, compiled patterns)


def cache_dir():
    """$PROTOKOLL_CACHE, else $XDG_CACHE_HOME/protokoll, else ~/.cache/protokoll (a ``Path``; pathlib is
    imported here, not with the names: the commands that need no cache do not load it)."""
    from pathlib import Path

    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "protokoll"


def data_text(name: str) -> str:
    """The text of ``protokoll/data/NAME``, the package's word lists, read beside this file (the package is
    installed as files; importlib.resources, which also reads from zips, cost the parser 2–3 ms of
    start-up, issue 12)."""
    with open(os.path.join(os.path.dirname(__file__), "data", name), encoding="utf-8") as f:
        return f.read()
