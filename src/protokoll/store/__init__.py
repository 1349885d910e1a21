"""The archive's database, and nothing above it: tables (``tables``, the web app's users, corrections
and review decisions in the same metadata), the mapping to and from the parsed model (``mapping``),
engines and transactions (``db``), the SQL text of the reads behind ``protokoll search`` and
``protokoll meetings`` (``reads``) and the ``sqlite3`` connection that runs it without SQLAlchemy
(``sqlite``), backups (``backup``) and the migrations that build the schema (``alembic/``; its newest
revision read without alembic: ``schema``). What is stored, and how it is read, is decided in ``protokoll.archive``; this package
imports nothing of it, of ``resolve`` or of ``web`` (``tests/test_layers.py``)."""
