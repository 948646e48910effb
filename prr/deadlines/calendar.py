"""Which days a California city office counts as open, for CPRA deadline counting.

Two layers:

* the state calendar of Gov. Code 6700 (holidays for computing time, CCP 10, 12a),
  built on the ``holidays`` package's California calendar and corrected: that
  calendar is the state-employee one (Gov. Code 19853), which lacks Lincoln Day,
  Admission Day, Native American Day, Columbus Day, Lunar New Year and Genocide
  Remembrance Day, and has days 6700 does not (the day after Thanksgiving, Susan B.
  Anthony Day, Saturday holidays observed on the Friday before);
* each city's own closures from its registry ``office`` block (9/80 Fridays, a
  furlough week, a day it keeps open on a state holiday).

Where the law is unclear the calendar errs towards "closed": a closed day can only
make a deadline later, and a follow-up sent before the deadline hurts the requester.
See docs/deadlines.md for sources.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.easter import easter

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Fixed-date 6700 holidays that move to the following Monday when they fall on a
# Sunday (6700(b)). The statute's own list is shorter than this for the newer days;
# moving them too is the later-date reading.
_SUNDAY_TO_MONDAY = True
# 6700(b): "If November 11th falls upon a Saturday, the preceding Friday is a holiday."
# No other Saturday holiday moves under 6700; offices that close the Friday before
# anyway record that as a `date` closure in the registry.

# Names from holidays.US(subdiv="CA") that are not 6700 holidays.
_NOT_6700 = {"Day After Thanksgiving", "Susan B. Anthony Day"}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """n-th (1-based; -1 = last) given weekday (0=Mon) of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _base_calendar(year: int) -> dict[dt.date, str]:
    """holidays.US(subdiv="CA") minus the days 6700 does not have and minus every
    federal-style "(observed)" day (re-derived below by 6700's own rules)."""
    import holidays

    out = {}
    for day, names in holidays.US(subdiv="CA", years=year).items():
        for name in names.split("; "):
            if name in _NOT_6700 or "(observed)" in name or name == "Diwali":
                continue  # Diwali is re-added below with its 6700 name and Sunday rule
            out.setdefault(day, name)
    return out


@lru_cache(maxsize=64)
def state_holidays(year: int) -> dict[dt.date, str]:
    """The Gov. Code 6700 holidays of one year (Sundays aside), each named with its
    subsection, including days moved from a Sunday to the Monday (6700(b))."""
    from holidays.calendars.chinese import _ChineseLunisolar
    from holidays.calendars.hindu import _HinduLunisolar

    fixed: dict[dt.date, str] = {}
    moving: dict[dt.date, str] = {}

    def add(target: dict, day: dt.date | None, name: str) -> None:
        if day is not None and day.year == year:
            target.setdefault(day, name)

    add(fixed, dt.date(year, 1, 1), "New Year's Day")
    add(moving, _nth_weekday(year, 1, 0, 3), "Martin Luther King, Jr. Day")
    if year >= 2023:
        lny, _ = _ChineseLunisolar().lunar_new_year_date(year)
        add(fixed, lny, "Lunar New Year")
    add(fixed, dt.date(year, 2, 12), "Lincoln Day")
    add(moving, _nth_weekday(year, 2, 0, 3), "Washington's Birthday (third Monday in February)")
    add(fixed, dt.date(year, 3, 31), "Cesar Chavez Day")
    if year >= 2023:
        add(fixed, dt.date(year, 4, 24), "Genocide Remembrance Day")
    add(moving, _nth_weekday(year, 5, 0, -1), "Memorial Day (last Monday in May)")
    if year >= 2023:
        add(fixed, dt.date(year, 6, 19), "Juneteenth")
    add(fixed, dt.date(year, 7, 4), "Independence Day")
    add(moving, _nth_weekday(year, 9, 0, 1), "Labor Day (first Monday in September)")
    add(fixed, dt.date(year, 9, 9), "Admission Day")
    add(moving, _nth_weekday(year, 9, 4, 4), "Native American Day (fourth Friday in September)")
    add(moving, _nth_weekday(year, 10, 0, 2), "Columbus Day (second Monday in October)")
    if year >= 2026:  # AB 268 (2025)
        diwali, _ = _HinduLunisolar().diwali_date(year)
        add(fixed, diwali, "Diwali")
    add(fixed, dt.date(year, 11, 11), "Veterans Day")
    # Thanksgiving is a 6700 holiday as a day appointed by the President for thanksgiving.
    add(moving, _nth_weekday(year, 11, 3, 4), "Thanksgiving Day")
    add(fixed, dt.date(year, 12, 25), "Christmas Day")
    # Good Friday is a holiday from noon to 3 p.m. only; a deadline landing on it is
    # treated as moved (the later date).
    add(moving, easter(year) - dt.timedelta(days=2), "Good Friday (noon to 3 p.m.)")

    out: dict[dt.date, str] = {}
    for day, name in sorted(fixed.items()):
        out.setdefault(day, name)
        if _SUNDAY_TO_MONDAY and day.weekday() == 6:
            out.setdefault(day + dt.timedelta(days=1), f"{name} (Sunday, observed Monday)")
        if name == "Veterans Day" and day.weekday() == 5:
            out.setdefault(day - dt.timedelta(days=1), "Veterans Day (Saturday, observed Friday)")
    for day, name in moving.items():
        out.setdefault(day, name)
    # Days the library has that 6700 also has under another name are already present;
    # anything else it knows for California (new legislation the table above lacks)
    # is kept: an extra closed day can only make a deadline later.
    for day, name in _base_calendar(year).items():
        out.setdefault(day, name)
    return dict(sorted(out.items()))


def holiday_name(day: dt.date) -> str | None:
    return state_holidays(day.year).get(day)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


@dataclass(frozen=True)
class _Closure:
    kind: str
    weekday: int | None = None
    anchor: dt.date | None = None
    date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    reason: str | None = None

    def closes(self, day: dt.date) -> bool:
        if self.kind == "weekday":
            return day.weekday() == self.weekday
        if self.kind == "alternate_weekday":
            if day.weekday() != self.weekday:
                return False
            # Without an anchor we cannot tell the open weeks from the closed ones:
            # every such weekday counts as closed (only ever makes a deadline later).
            return self.anchor is None or (day - self.anchor).days % 14 == 0
        if self.kind == "date":
            return day == self.date
        if self.kind == "range":
            return self.start is not None and self.end is not None and self.start <= day <= self.end
        return False

    def describe(self) -> str:
        day = DAY_NAMES[self.weekday] if self.weekday is not None else ""
        if self.kind == "alternate_weekday" and self.anchor is None:
            # The registry's reason for these is long; the rule says all that matters.
            return f"closed alternate {day}s; which ones is not known, so every {day} counts as closed"
        if self.kind == "alternate_weekday":
            what = f"closed alternate {day}s (one of them {self.anchor})"
        elif self.kind == "weekday":
            what = f"closed every {day}"
        elif self.kind == "range":
            what = f"closed {self.start} to {self.end}"
        else:
            what = "closed that day"
        return f"{what}{': ' + self.reason if self.reason else ''}"


def _date(v) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def _weekday(v) -> int | None:
    return None if v is None else WEEKDAYS.index(str(v).lower()[:3])


def _parse_hours(hours: dict) -> dict[int, tuple[dt.time, dt.time]]:
    out = {}
    for key, span in (hours or {}).items():
        try:
            start, end = (dt.time.fromisoformat(p.strip()) for p in str(span).split("-", 1))
        except ValueError:
            continue  # a malformed span means "unknown hours": treated like no hours given
        out[_weekday(key)] = (start, end)
    return out


@dataclass
class OfficeCalendar:
    """Open and closed days of one office. Saturdays, Sundays and 6700 holidays are
    always closed for deadline purposes (CCP 12a), whatever the office's hours."""
    timezone: str = "America/Los_Angeles"
    hours: dict[int, tuple[dt.time, dt.time]] = field(default_factory=dict)
    closures: tuple[_Closure, ...] = ()
    open_on_holidays: tuple[str, ...] = ()
    name: str | None = None

    def holiday(self, day: dt.date) -> str | None:
        name = holiday_name(day)
        if name and self.open_on_holidays:
            base = _norm(name)
            if any(k and (k == base or base.startswith(k)) for k in self.open_on_holidays):
                return None
        return name

    def closed_reason(self, day: dt.date) -> str | None:
        """Why the office is closed that day, or None when it is open."""
        if day.weekday() == 5:
            return "a Saturday"
        if day.weekday() == 6:
            return "a Sunday"
        name = self.holiday(day)
        if name:
            return f"a state holiday, {name} (Gov. Code 6700)"
        for c in self.closures:
            if c.closes(day):
                return f"a day the office is closed ({c.describe()})"
        if self.hours and day.weekday() not in self.hours:
            return f"a day the office is closed (no office hours on {DAY_NAMES[day.weekday()]}s)"
        return None

    def is_open(self, day: dt.date) -> bool:
        return self.closed_reason(day) is None

    def next_open_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is open, else the first open day after it."""
        for _ in range(400):
            if self.is_open(day):
                return day
            day += dt.timedelta(days=1)
        raise ValueError("office calendar has no open day within 400 days: check its closures")

    def open_day_after(self, day: dt.date) -> dt.date:
        return self.next_open_day(day + dt.timedelta(days=1))

    def add_business_days(self, start: dt.date, n: int) -> dt.date:
        """The ``n``-th day the office is open after ``start`` (``start`` itself not counted)."""
        day = start
        for _ in range(n):
            day = self.open_day_after(day)
        return day

    def closing_time(self, day: dt.date) -> dt.time | None:
        span = self.hours.get(day.weekday())
        return span[1] if span else None

    def local(self, moment: dt.datetime) -> dt.datetime:
        """A timestamp in the office's time zone (naive ones are taken as already local)."""
        if moment.tzinfo is None:
            return moment
        return moment.astimezone(ZoneInfo(self.timezone))


def calendar_for_office(office: dict | str | None) -> OfficeCalendar:
    """The calendar of a registry ``office`` block (a dict, or cities.office_json text).
    None or {} means Monday-Friday with no extra closures."""
    key = office if isinstance(office, str) else json.dumps(office or {}, sort_keys=True, default=str)
    return _calendar_cached(key)


def add_business_days(start: dt.date, n: int, office: dict | str | None = None) -> dt.date:
    """``n`` business days after ``start`` by the CPRA calendar: weekends, Gov. Code 6700
    holidays and (given a registry ``office`` block) the office's own closures skipped.
    The one business-day count in prr: deadlines, replies ("within 10 business days") and
    the demo all use it."""
    return calendar_for_office(office).add_business_days(start, n)


@lru_cache(maxsize=1024)
def _calendar_cached(office_json: str) -> OfficeCalendar:
    office = json.loads(office_json or "{}") or {}
    closures = tuple(
        _Closure(kind=c.get("kind"), weekday=_weekday(c.get("weekday")), anchor=_date(c.get("anchor")),
                 date=_date(c.get("date")), start=_date(c.get("start")), end=_date(c.get("end")),
                 reason=c.get("reason"))
        for c in office.get("closures") or ())
    return OfficeCalendar(
        timezone=office.get("timezone") or "America/Los_Angeles",
        hours=_parse_hours(office.get("hours") or {}),
        closures=closures,
        open_on_holidays=tuple(_norm(n) for n in office.get("open_on_holidays") or ()),
    )
