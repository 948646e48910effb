"""Deadlines of stored requests: read events and the city's office rules, compute with
:mod:`prr.deadlines.deadlines`, and cache the dates on the request row (due_on, extended_due_on,
estimated_on) so Datasette and listings can show them without recomputing."""
from __future__ import annotations

import datetime as dt
import sqlite3

from prr.db.cities import office_json
from prr.db.events import events_for
from prr.db.requests import get_request, list_requests, update_request
from prr.deadlines.deadlines import Deadlines, deadlines_from_events

# A determination (release, denial, no records...) ends the determination clock;
# clarification/fee stay: the clock resumes once the requester answers.
AWAITING_DETERMINATION = ("filed", "acknowledged", "extension", "clarification", "fee")


def refresh_deadlines(conn: sqlite3.Connection, request_id: int) -> Deadlines | None:
    """Compute and cache due_on, extended_due_on and estimated_on on the request row."""
    req = get_request(conn, request_id)
    if req is None:
        raise KeyError(f"no request {request_id}")
    from prr.requests.lifecycle import CLOCK_STARTED

    # The clock starts only when the city has the letter: nothing is due for a draft,
    # an outbox letter not yet sent, or a send whose outcome is unknown.
    result = None
    if req["status"] in CLOCK_STARTED:
        result = deadlines_from_events(req, events_for(conn, request_id), office_json(conn, req["city_slug"]))
    fields = {"due_on": None, "extended_due_on": None, "estimated_on": None}
    if result is not None:
        fields = {"due_on": _iso(result.due), "extended_due_on": _iso(result.extended_due),
                  "estimated_on": _iso(result.estimated)}
    if any(req.get(k) != v for k, v in fields.items()):
        update_request(conn, request_id, **fields)
    return result


def overdue_requests(conn: sqlite3.Connection, today: dt.date) -> list[tuple[dict, Deadlines]]:
    """Requests still awaiting a determination whose effective deadline has passed
    (``today`` is after the due day), oldest deadline first."""
    out = []
    for req in list_requests(conn):
        if req["status"] not in AWAITING_DETERMINATION:
            continue
        result = refresh_deadlines(conn, req["id"])
        if result is not None and result.is_overdue(today):
            out.append((get_request(conn, req["id"]), result))
    out.sort(key=lambda pair: (pair[1].effective_due, pair[0]["id"]))
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
