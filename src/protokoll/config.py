"""Names every layer shares, in a module that imports nothing: the commands define their options with
them without importing the archive (SQLAlchemy, the store), so ``protokoll parse`` and ``--help`` never
load it. ``protokoll.store.db`` and ``protokoll.archive`` re-export them."""

ENV_VAR = "PROTOKOLL_DB"  # the archive's URL when --db is not given
DEFAULT_URL = "sqlite:///protokoll.db"  # ... and when neither is
STATUSES = ("open", "done", "cancelled")  # an action's statuses; every action starts open
