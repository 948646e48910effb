"""CPRA deadlines as pure functions: no I/O, every date with the steps that produced it.

* Determination due 10 calendar days after receipt; day 1 is the day after receipt
  (Gov. Code 7922.535(a); CCP 12). If day 10 is a Saturday, Sunday, holiday or a day
  the office is closed, the deadline moves to the next open day (CCP 12a, 12b).
* Received after office hours or on a closed day: counted as received on the next
  open day (the later reading of an unclear point).
* One extension of at most 14 days by written notice giving a reason from
  7922.535(c); counted as 14 days after the (moved) original due date, moved again to
  an open day. A second extension is not allowed and is ignored, with a note.
* While the agency waits on the requester (clarification, fee) the clock stops; days
  from the pause through the day of the answer do not count.
* The agency's estimated production date is kept apart (the 10 days are to decide,
  not to produce).

docs/deadlines.md gives the sources and the readings chosen where the law is unclear.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from prr.deadlines.calendar import OfficeCalendar, calendar_for_office

DETERMINATION_DAYS = 10
MAX_EXTENSION_DAYS = 14
AB370_EFFECTIVE = dt.date(2026, 1, 1)

# 7922.535(c) "unusual circumstances"; keywords that identify each in a notice's reason.
EXTENSION_REASONS = {
    "field_facilities": ("7922.535(c)(1): records in field facilities or other establishments",
                         ("field facilit", "other establishment", "separate from the office", "other location")),
    "voluminous": ("7922.535(c)(2): a voluminous amount of separate and distinct records",
                   ("volum", "large number", "large amount", "numerous records", "separate and distinct")),
    "consultation": ("7922.535(c)(3): consultation with another agency or among components",
                     ("consult", "another agency", "other agenc", "components of the agency", "other department")),
    "compile_data": ("7922.535(c)(4): compiling data or writing programming to extract it",
                     ("compil", "programming", "computer program", "computer report", "extract data")),
    "cyberattack": ("7922.535(c), as amended by AB 370 (2025): a cyberattack cutting access to the agency's servers",
                    ("cyber", "ransomware", "security incident", "network outage", "access to its server",
                     "access to servers", "access to our server")),
}


def fmt(day: dt.date) -> str:
    return f"{day:%a} {day.isoformat()}"


def extension_reason(text: str | None, notice_on: dt.date | None = None) -> tuple[str | None, str]:
    """(reason key, how it reads) for a notice's stated reason; key None when none of
    7922.535(c)'s reasons is recognised."""
    if not text:
        return None, "the notice gives no reason"
    low = text.lower()
    if low in EXTENSION_REASONS:
        key = low
    else:
        key = next((k for k, (_, words) in EXTENSION_REASONS.items() if any(w in low for w in words)), None)
    if key is None:
        return None, f"reason {text!r} is not one of 7922.535(c)"
    if key == "cyberattack" and notice_on is not None and notice_on < AB370_EFFECTIVE:
        return None, "a cyberattack is a reason only from 2026-01-01 (AB 370)"
    return key, EXTENSION_REASONS[key][0]


@dataclass(frozen=True)
class Pause:
    """The agency waits on the requester from ``start``; ``end`` is the day the requester
    answered (None: still waiting)."""
    start: dt.date
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class Deadlines:
    received_on: dt.date                  # the receipt date counted (after the after-hours rule)
    due: dt.date | None                   # None while the clock is paused
    extended_due: dt.date | None = None
    estimated: dt.date | None = None      # agency's estimated production date (not a deadline)
    paused_days: int = 0
    paused_since: dt.date | None = None   # set while the agency still waits on the requester
    explanation: list[str] = field(default_factory=list)
    extension_reason: str | None = None

    @property
    def effective_due(self) -> dt.date | None:
        return self.extended_due or self.due

    def is_overdue(self, today: dt.date) -> bool:
        """True once the whole due day has passed (the agency has all of that day)."""
        return self.effective_due is not None and today > self.effective_due

    def to_json(self) -> dict:
        out = {"received_on": self.received_on.isoformat(),
               "due": self.due.isoformat() if self.due else None}
        if self.extended_due:
            out["extended_due"] = self.extended_due.isoformat()
            out["extension_reason"] = self.extension_reason
        if self.estimated:
            out["estimated"] = self.estimated.isoformat()
        if self.paused_days:
            out["paused_days"] = self.paused_days
        if self.paused_since:
            out["paused_since"] = self.paused_since.isoformat()
        out["effective_due"] = self.effective_due.isoformat() if self.effective_due else None
        out["explanation"] = list(self.explanation)
        return out


def _as_date(v) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])


def effective_receipt(received: dt.date | dt.datetime, cal: OfficeCalendar) -> tuple[dt.date, list[str]]:
    """The receipt date that counts, with its explanation. A datetime is checked
    against the office's closing time (in the office's time zone)."""
    notes: list[str] = []
    if isinstance(received, dt.datetime):
        local = cal.local(received)
        day = local.date()
        closing = cal.closing_time(day)
        if cal.is_open(day) and closing is not None and local.time() >= closing:
            nxt = cal.open_day_after(day)
            notes.append(f"received {fmt(day)} at {local:%H:%M}, after the office closed at {closing:%H:%M}: "
                         f"counted as received {fmt(nxt)}, the next open day (the law is unclear; the later date is used)")
            return nxt, notes
        received = day
    reason = cal.closed_reason(received)
    if reason:
        nxt = cal.next_open_day(received)
        notes.append(f"received {fmt(received)}, {reason}: counted as received {fmt(nxt)}, "
                     "the next open day (the law is unclear; the later date is used)")
        return nxt, notes
    notes.append(f"received {fmt(received)}")
    return received, notes


def _count(start: dt.date, days: int, pauses: tuple[Pause, ...], notes: list[str],
           label: str = "day") -> tuple[dt.date | None, int, dt.date | None]:
    """The ``days``-th counted calendar day after ``start``, skipping paused days.
    Returns (last day or None if the clock is still paused, paused days, paused since)."""
    counted, day, paused = 0, start, 0
    first = None
    announced: set[Pause] = set()
    while counted < days:
        day += dt.timedelta(days=1)
        pause = next((p for p in pauses if p.covers(day)), None)
        if pause is not None:
            if pause.end is None:
                notes.append(f"clock paused from {fmt(pause.start)} after {counted} {label}s counted, "
                             "waiting on the requester: no deadline runs until the requester answers")
                return None, paused, pause.start
            if pause not in announced:
                announced.add(pause)
                span = (pause.end - max(pause.start, day)).days + 1
                notes.append(f"clock paused {fmt(max(pause.start, day))} to {fmt(pause.end)} waiting on the "
                             f"requester ({span} days not counted; {counted} {label}s counted before); "
                             f"it resumes {fmt(pause.end + dt.timedelta(days=1))}")
            paused += 1
            continue
        counted += 1
        if counted == 1 and first is None:
            first = day
            notes.append(f"{label} 1 is {fmt(day)}")
    notes.append(f"{label} {days} is {fmt(day)}")
    return day, paused, None


def _roll(day: dt.date, cal: OfficeCalendar, notes: list[str], what: str) -> dt.date:
    """CCP 12a/12b: a last day that is not open moves to the next open day."""
    while True:
        reason = cal.closed_reason(day)
        if reason is None:
            notes.append(f"{fmt(day)} is open: {what} {fmt(day)}")
            return day
        notes.append(f"{fmt(day)} is {reason}")
        day += dt.timedelta(days=1)


def due_dates(received: dt.date | dt.datetime | str, calendar: OfficeCalendar | dict | None = None, *,
              extension_notice_on: dt.date | str | None = None, extension_days: int = MAX_EXTENSION_DAYS,
              extension_reason_text: str | None = None, extended_to: dt.date | str | None = None,
              more_extension_notices: tuple = (),
              pauses: tuple = (), estimated_on: dt.date | str | None = None) -> Deadlines:
    """Determination deadline, extension and estimate for a request received on ``received``.

    ``pauses``: Pause objects or (start, end) pairs (end None while still waiting).
    ``more_extension_notices``: dates of any further extension notices (not allowed; noted).
    """
    cal = calendar if isinstance(calendar, OfficeCalendar) else calendar_for_office(calendar)
    if isinstance(received, str):
        received = dt.datetime.fromisoformat(received) if "T" in received else dt.date.fromisoformat(received)
    pause_list = tuple(sorted((p if isinstance(p, Pause) else Pause(_as_date(p[0]), _as_date(p[1])) for p in pauses),
                              key=lambda p: p.start))
    recv, notes = effective_receipt(received, cal)
    result = Deadlines(received_on=recv, due=None, explanation=notes)

    last, paused, since = _count(recv, DETERMINATION_DAYS, pause_list, notes)
    result.paused_days = paused
    if last is None:
        result.paused_since = since
    else:
        result.due = _roll(last, cal, notes, "due")

    notice = _as_date(extension_notice_on)
    if notice is not None and result.due is not None:
        key, reading = extension_reason(extension_reason_text, notice)
        days = extension_days
        if days > MAX_EXTENSION_DAYS:
            notes.append(f"the notice asks for {days} days; 7922.535(b) allows at most {MAX_EXTENSION_DAYS}")
            days = MAX_EXTENSION_DAYS
        timing = "" if notice <= result.due else (
            f" (the notice came after the determination was due {fmt(result.due)}, too late under "
            "7922.535(b); counted anyway, the later date)")
        if key is None:
            notes.append(f"extension notice {fmt(notice)}: {reading}; counted anyway, the later date, "
                         f"but the extension may not be valid{timing}")
        else:
            notes.append(f"extension notice {fmt(notice)} giving {reading}{timing}")
        result.extension_reason = key
        ext_notes: list[str] = []
        last_ext, ext_paused, ext_since = _count(result.due, days, pause_list, ext_notes, label="extension day")
        notes.extend(f"{n} after the original due date" if n.startswith("extension day 1 ") else n for n in ext_notes)
        result.paused_days += ext_paused
        if last_ext is None:
            result.paused_since = ext_since
        else:
            result.extended_due = _roll(last_ext, cal, notes, "extended due")
        stated = _as_date(extended_to)
        if stated is not None and result.extended_due is not None:
            if stated > result.extended_due:
                notes.append(f"the agency named {fmt(stated)}, beyond the {MAX_EXTENSION_DAYS} days 7922.535(b) "
                             f"allows: the deadline stays {fmt(result.extended_due)}")
            elif stated < result.extended_due:
                notes.append(f"the agency expects to decide by {fmt(stated)}; the legal limit "
                             f"{fmt(result.extended_due)} is used for follow-ups")
    elif notice is not None:
        notes.append(f"extension notice {fmt(notice)} received while the clock is paused")
    for other in sorted(_as_date(d) for d in more_extension_notices if d):
        notes.append(f"another extension notice {fmt(other)}: the CPRA allows one extension of at most "
                     f"{MAX_EXTENSION_DAYS} days (7922.535(b)); ignored")

    est = _as_date(estimated_on)
    if est is not None:
        result.estimated = est
        notes.append(f"agency's estimated production date {fmt(est)}: kept apart from the determination "
                     "deadline (the 10 days are to decide, not to produce)")
    return result


# -- from the events of a request (docs/events.md) -------------------------------------------------

def _parse_at(v) -> dt.datetime | None:
    if not v:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(v).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def deadlines_from_events(request: dict, events: list[dict], office: dict | str | None) -> Deadlines | None:
    """Deadlines of a stored request from its events; None when it was never filed."""
    cal = calendar_for_office(office)
    filed = [e for e in events if e.get("kind") == "filed"]
    detail = (filed[-1].get("detail") or {}) if filed else {}
    received_on = _as_date(detail.get("received_on") or request.get("received_on"))
    sent_at = _parse_at(detail.get("sent_at"))
    if sent_at is None and received_on is None:
        # No stated receipt date: the time it was recorded as filed is the best evidence.
        sent_at = _parse_at((filed[-1].get("at") if filed else None) or request.get("filed_at"))
    if received_on is None and sent_at is None:
        return None
    received: dt.date | dt.datetime
    if sent_at is not None:
        local = cal.local(sent_at)
        # The stored local date and the timestamp should agree; if not, the later wins.
        received = sent_at if received_on is None or local.date() >= received_on else received_on
    else:
        received = received_on

    pauses: list[Pause] = []
    open_start: dt.date | None = None
    notices: list[dict] = []
    estimated = None
    for e in events:
        d = e.get("detail") or {}
        kind = e.get("kind")
        when = _as_date(d.get("on") or d.get("notice_on") or e.get("at"))
        if kind == "paused" and open_start is None:
            open_start = when
        elif kind == "resumed" and open_start is not None:
            pauses.append(Pause(open_start, max(when, open_start)))
            open_start = None
        elif kind == "extension":
            notices.append(d | {"notice_on": _as_date(d.get("notice_on") or e.get("at"))})
        elif kind == "estimated_production" and d.get("on"):
            estimated = _as_date(d["on"])
    if open_start is not None:
        pauses.append(Pause(open_start, None))

    first = notices[0] if notices else {}
    return due_dates(
        received, cal,
        extension_notice_on=first.get("notice_on"),
        extension_reason_text=first.get("reason"),
        extended_to=first.get("extended_to"),
        more_extension_notices=tuple(n["notice_on"] for n in notices[1:]),
        pauses=tuple(pauses), estimated_on=estimated)
