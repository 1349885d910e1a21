"""The web app: server-rendered pages in Swedish over the archive, each with a JSON twin under /api.

``create_app(db_url, settings)`` (``app.py``) builds the FastAPI app; ``routes/`` holds thin handlers
that call ``service`` (reading the archive through ``protokoll.archive``), ``corrections``,
``review``, ``provenance`` and ``uploads``; ``auth`` has users, sessions and CSRF.
"""
