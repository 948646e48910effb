"""SQLite store for prr: connection policy, migrations and the plain-function store API.

Everything that touches the database goes through this package. Flows and the CLI call
functions from the area modules (``prr.db.cities``, ``prr.db.events``, ...) and never build SQL.
"""
from prr.db.core import connect, database, now_utc, write
from prr.db.migrate import applied_migrations, available_migrations, migrate

__all__ = [
    "connect",
    "database",
    "write",
    "now_utc",
    "migrate",
    "applied_migrations",
    "available_migrations",
]
