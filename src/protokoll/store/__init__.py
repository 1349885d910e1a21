"""The archive's database: tables (``tables``), the mapping to and from the parsed model
(``mapping``), engines and transactions (``db``), saving one parsed document (``writer``), the
read side (``queries``), and the migrations that build the schema (``alembic/``)."""
