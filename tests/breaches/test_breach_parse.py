"""Parsing the list page, the CSV export and detail pages."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from breachsite import MALFORMED, ROWS, detail_html, list_csv, list_html

from prr.scrapers.ag_breach import (
    DateParseError,
    merge_lists,
    parse_breach_csv,
    parse_breach_dates,
    parse_breach_detail,
    parse_breach_list,
    parse_breach_list_html,
)

DATE_CASES = yaml.safe_load((Path(__file__).parent / "cases" / "breach_dates.yaml").read_text())
BASE = "https://oag.ca.gov/privacy/databreach/list"


@pytest.mark.parametrize("case", DATE_CASES, ids=[c["id"] for c in DATE_CASES])
def test_breach_date_cells(case):
    if case.get("error"):
        with pytest.raises(DateParseError):
            parse_breach_dates(case["cell"])
        return
    dates, is_range = parse_breach_dates(case["cell"])
    assert dates == [d if isinstance(d, date) else date.fromisoformat(d) for d in case["dates"]]
    assert is_range == case.get("range", False)


def test_list_page_columns_found_by_header_and_malformed_row_reported():
    parsed = parse_breach_list_html(list_html(ROWS), BASE)
    assert [e.organization for e in parsed.entries] == [
        "City of Oxnard", "Oxnard Union High School District", "Mission Viejo Police Department",
        "Acme Widgets, Inc."]
    oxnard = parsed.entries[0]
    assert oxnard.breach_dates == [date(2026, 6, 1), date(2026, 6, 15)]
    assert oxnard.reported_on == date(2026, 7, 2)
    assert oxnard.detail_url == "https://oag.ca.gov/privacy/databreach/reports/sb24-1001"
    assert oxnard.extra == {"Sector": "extra 0"}
    assert parsed.entries[3].breach_dates == [] and parsed.entries[3].reported_on == date(2026, 6, 10)
    assert len(parsed.problems) == 1
    problem = parsed.problems[0]
    assert problem.row == 5 and "breach dates" in problem.reason and "Broken Org" in problem.raw


def test_csv_export_with_bom_extra_columns_and_malformed_row():
    parsed = parse_breach_csv(list_csv(ROWS).encode("utf-8"))
    assert len(parsed.entries) == 4
    assert parsed.entries[3].organization == "Acme Widgets, Inc."     # whitespace trimmed
    assert parsed.entries[0].detail_url is None
    assert [p.row for p in parsed.problems] == [5]


def test_csv_and_page_give_the_same_keys_and_merge_fills_links():
    page = parse_breach_list_html(list_html(ROWS), BASE)
    csv_list = parse_breach_csv(list_csv(ROWS))
    assert [e.key for e in page.entries] == [e.key for e in csv_list.entries]
    merged = merge_lists(csv_list, page)
    assert len(merged.entries) == 4
    assert merged.entries[0].source == "csv"
    assert merged.entries[0].detail_url.endswith("/sb24-1001")
    assert len(merged.problems) == 2     # the bad row, once from each source


def test_missing_columns_is_one_clear_problem():
    parsed = parse_breach_csv("Name of Thing,When\nx,y\n")
    assert parsed.entries == []
    assert "header lacks" in parsed.problems[0].reason
    page = parse_breach_list_html("<html><table><tr><th>Foo</th></tr><tr><td>1</td></tr></table></html>")
    assert page.entries == [] and "layout may have changed" in page.problems[0].reason


def test_short_row_and_empty_org_are_reported_not_fatal():
    text = "Organization Name,Date(s) of Breach,Reported Date\n,06/01/2026,07/01/2026\nOnly One Cell\nGood Co,n/a,07/01/2026\n"
    parsed = parse_breach_csv(text)
    assert [e.organization for e in parsed.entries] == ["Good Co"]
    reasons = [p.reason for p in parsed.problems]
    assert "no organization name" in reasons[0] and "cells" in reasons[1]


def test_parse_breach_list_tells_html_from_csv():
    assert parse_breach_list(list_html(ROWS)).entries[0].source == "html"
    assert parse_breach_list(list_csv(ROWS).encode()).entries[0].source == "csv"


def test_pager_next_link():
    html = list_html(ROWS[:1], with_malformed=False).replace(
        "</body>", "<ul class='pager'><li class='pager-next'><a href='?page=1'>next ›</a></li></ul></body>")
    assert parse_breach_list_html(html, BASE).next_url == BASE + "?page=1"


def test_detail_page_sample_notification_first():
    detail = parse_breach_detail(detail_html("City of Oxnard", "/system/files/sb24-1001/oxnard-sample.pdf"),
                                 "https://oag.ca.gov/privacy/databreach/reports/sb24-1001")
    assert detail.notice_urls[0] == "https://oag.ca.gov/system/files/sb24-1001/oxnard-sample.pdf"
    assert detail.title == "City of Oxnard"
    assert parse_breach_detail(detail_html("X", None)).notice_urls == ["/files/privacy-policy.pdf"]
    assert MALFORMED[0] == "Broken Org"


def test_dates_on_separate_lines_in_a_cell_stay_separate():
    html = list_html(ROWS[:1], with_malformed=False).replace("06/01/2026, 06/15/2026",
                                                             "06/01/2026<br>06/15/2026")
    entry = parse_breach_list_html(html, BASE).entries[0]
    assert entry.breach_dates == [date(2026, 6, 1), date(2026, 6, 15)]
