"""Requests get the date range they ask about as columns (``range_start``, ``range_end``,
ISO dates) with an index by city and kind, so a new draft's check for earlier requests
with overlapping dates is one indexed query instead of decoding every earlier request's
parameters. Existing rows are filled in from ``params_json`` as the check read them
before (start/end; for a breach request breach_start/breach_end): both dates present and
valid, else no range."""
from __future__ import annotations

import datetime as dt
import json


def _range(params_json: str | None) -> tuple[str | None, str | None]:
    try:
        params = json.loads(params_json or "{}")
        if params.get("breach_start"):     # a breach request: the breach's own dates
            start, end = params["breach_start"], params.get("breach_end") or params["breach_start"]
        else:
            start, end = params.get("start"), params.get("end")
        if not start or not end:
            return None, None
        return dt.date.fromisoformat(str(start)).isoformat(), dt.date.fromisoformat(str(end)).isoformat()
    except (ValueError, TypeError, AttributeError):
        return None, None


def migrate(conn) -> None:
    conn.execute("ALTER TABLE requests ADD COLUMN range_start TEXT")
    conn.execute("ALTER TABLE requests ADD COLUMN range_end TEXT")
    rows = conn.execute("SELECT id, params_json FROM requests").fetchall()
    conn.executemany("UPDATE requests SET range_start=?, range_end=? WHERE id=?",
                     [(*_range(r[1]), r[0]) for r in rows])
    # By end date first: new requests are mostly about recent dates, so "ended on or after
    # my start" picks out few index entries (range_start is then checked in the index).
    conn.execute("CREATE INDEX requests_similar ON requests(city_slug, kind, range_end, range_start)")
