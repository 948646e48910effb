"""SQLite store for prr: connection policy, migrations and the plain-function store API.

The rule: **no SQL outside db/.** Everything that reads or writes the database calls a
named function of an area module here (``prr.db.cities``, ``prr.db.requests``,
``prr.db.events`` ...), which takes the connection from :func:`connect` and returns plain
dicts. Code in ``prr/``, ``flows/`` and ``scrapers/`` never builds SQL, never calls
``execute`` and never names a column in a query string; a query it needs becomes a
function here (tests/test_no_sql_outside_db.py checks this).

Inside db/: rows are read and written with sqlite-utils' Table API (``table(conn, name)``,
then ``insert``, ``update``, ``rows_where``, ``get``); hand-written SQL is kept for what
that API cannot say (correlated counts, joins, FTS queries), and every write runs inside
``write(conn)`` (``BEGIN IMMEDIATE``; sqlite-utils' own ``atomic`` joins it as a
savepoint). The schema changes only by a numbered file in ``db/migrations/``
(see :mod:`prr.db.migrate`).
"""
from prr.db.core import connect, database, get, now_utc, table, write
from prr.db.migrate import applied_migrations, available_migrations, migrate

__all__ = [
    "connect",
    "database",
    "table",
    "get",
    "write",
    "now_utc",
    "migrate",
    "applied_migrations",
    "available_migrations",
]
