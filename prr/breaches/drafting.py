"""The ``incident-logs`` request a breach entry turns into: the dates and the words."""
from __future__ import annotations

from datetime import date

from prr.breaches.notice_facts import NoticeFacts, _squash


def request_params(entry: dict, facts: NoticeFacts | None = None, today: date | None = None) -> dict:
    """``incident-logs`` parameters for an entry: records from the start of the breach to today.

    start = the earliest breach date (the notice's dates stand in when the list says
    "n/a"; with no breach date anywhere, the reported date). end = ``today``, the day the
    letter is drafted, never the last breach day: the notices to affected people, the
    submission to the Attorney General and the correspondence with vendors and
    investigators are all dated after the breach window, and a request limited to it would
    rightly be answered "no records". The breach window and the report date go to the
    letter as ``breach_start``, ``breach_end`` and ``reported_on`` so it can say why.
    """
    dates = [date.fromisoformat(d) for d in entry.get("breach_dates") or []]
    if not dates and facts and facts.breach_dates:
        dates = [date.fromisoformat(d) for d in facts.breach_dates]
    reported = date.fromisoformat(entry["reported_on"]) if entry.get("reported_on") else None
    today = today or date.today()
    start = min(dates) if dates else (reported or today)
    end = max([today, start, *dates] + ([reported] if reported else []))
    when = f" on {reported:%B} {reported.day}, {reported.year}" if reported else ""
    incident = f"the data breach {entry['organization']} reported to the California Attorney General{when}"
    if facts and facts.what_happened:
        incident += f" (the notice says: \u201c{_squash(facts.what_happened, 300)}\u201d)"
    params = {"incident": incident, "start": start.isoformat(), "end": end.isoformat()}
    if dates:
        params["breach_start"], params["breach_end"] = min(dates).isoformat(), max(dates).isoformat()
    if reported:
        params["reported_on"] = reported.isoformat()
    if facts and facts.systems:
        params["systems"] = ", ".join(facts.systems)
    return params
