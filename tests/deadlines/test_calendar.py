"""The Gov. Code 6700 calendar versus holidays.US(subdiv="CA"), and office closures."""
from __future__ import annotations

import datetime as dt

import holidays
import pytest

from prr.deadlines.calendar import calendar_for_office, state_holidays

D = dt.date

EXPECTED_2026 = {
    D(2026, 1, 1), D(2026, 1, 19), D(2026, 2, 12), D(2026, 2, 16), D(2026, 2, 17), D(2026, 3, 31),
    D(2026, 4, 3), D(2026, 4, 24), D(2026, 5, 25), D(2026, 6, 19), D(2026, 7, 4), D(2026, 9, 7),
    D(2026, 9, 9), D(2026, 9, 25), D(2026, 10, 12), D(2026, 11, 8), D(2026, 11, 9), D(2026, 11, 11),
    D(2026, 11, 26), D(2026, 12, 25),
}


def test_2026_calendar_is_exactly_6700():
    assert set(state_holidays(2026)) == EXPECTED_2026


@pytest.mark.parametrize("day", [D(2026, 2, 12), D(2026, 9, 9), D(2026, 9, 25), D(2026, 10, 12),
                                 D(2026, 2, 17), D(2026, 4, 24)])
def test_days_6700_has_that_the_state_employee_calendar_lacks(day):
    assert day not in holidays.US(subdiv="CA", years=2026)
    assert day in state_holidays(2026)


@pytest.mark.parametrize("day", [D(2026, 11, 27), D(2026, 2, 15), D(2026, 7, 3), D(2027, 12, 24),
                                 D(2027, 12, 31)])
def test_days_the_state_employee_calendar_has_that_6700_lacks(day):
    assert day in holidays.US(subdiv="CA", years=day.year)
    assert day not in state_holidays(day.year)


def test_sunday_holiday_observed_monday_and_saturday_not_moved():
    assert D(2027, 7, 5) in state_holidays(2027)          # Jul 4 2027 is a Sunday
    assert D(2026, 7, 3) not in state_holidays(2026)      # Jul 4 2026 is a Saturday
    assert D(2028, 11, 10) in state_holidays(2028)        # Veterans Day on Saturday: Friday (6700)


def test_office_closures_and_reasons():
    cal = calendar_for_office({"closures": [
        {"kind": "alternate_weekday", "weekday": "fri", "anchor": "2026-03-06"},
        {"kind": "date", "date": "2026-03-11", "reason": "Furlough day"},
        {"kind": "range", "start": "2026-03-23", "end": "2026-03-24"}]})
    assert not cal.is_open(D(2026, 3, 6)) and cal.is_open(D(2026, 3, 13)) and not cal.is_open(D(2026, 3, 20))
    assert "Furlough day" in cal.closed_reason(D(2026, 3, 11))
    assert cal.closed_reason(D(2026, 3, 7)) == "a Saturday"
    assert cal.next_open_day(D(2026, 3, 21)) == D(2026, 3, 25)
    assert cal.next_open_day(D(2026, 3, 25)) == D(2026, 3, 25)
    assert "Lincoln Day" in cal.closed_reason(D(2026, 2, 12))


def test_default_office_is_monday_to_friday():
    cal = calendar_for_office(None)
    assert [cal.is_open(D(2026, 3, d)) for d in range(2, 9)] == [True] * 5 + [False, False]


def test_oxnard_without_anchor_closes_every_friday(registry_dir):
    from prr.registry.registry import load_city

    office = load_city(registry_dir / "ca" / "oxnard.yaml").office.model_dump(mode="json")
    cal = calendar_for_office(office)
    fridays = [D(2026, 3, 6) + dt.timedelta(weeks=w) for w in range(8)]
    assert not any(cal.is_open(f) for f in fridays)
    assert cal.is_open(D(2026, 3, 5))
