"""Facts from a sample notice, and the incident-logs parameters built from an entry."""
from __future__ import annotations

import pytest
from breachsite import NOTICE_LINES
from simplepdf import make_pdf

from prr.breaches.breaches import NoticeFacts, extract_notice_facts, request_params


def test_facts_from_the_notice_form_headings():
    facts = extract_notice_facts("\n".join(NOTICE_LINES))
    assert "unauthorized party had accessed" in facts.what_happened
    assert "What Information" not in facts.what_happened
    assert facts.breach_dates == ["2026-06-01", "2026-06-15"]      # the letter's own date is not one
    assert "Social Security number" in facts.information_involved
    assert facts.data_types == ["name", "Social Security number", "financial account number", "address"]
    assert "utility billing" in facts.systems and "servers" in facts.systems


def test_facts_without_headings_fall_back_to_incident_sentences():
    text = ("Dear resident. We value your privacy. On March 3, 2026 we discovered suspicious activity "
            "in an employee email account. Your name and date of birth may have been viewed. Sincerely.")
    facts = extract_notice_facts(text)
    assert facts.what_happened.startswith("On March 3, 2026 we discovered suspicious activity")
    assert facts.breach_dates == ["2026-03-03"]
    assert facts.data_types == ["name", "date of birth"]


def test_facts_from_the_real_pdf_text(tmp_path):
    from prr.scrapers.pdf import extract_pdf

    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf(NOTICE_LINES))
    doc = extract_pdf(path)
    facts = extract_notice_facts(doc.text)
    assert facts.breach_dates == ["2026-06-01", "2026-06-15"]
    assert "Social Security number" in facts.data_types


ENTRY = {"organization": "City of Oxnard", "reported_on": "2026-07-02"}


@pytest.mark.parametrize("dates,facts_dates,start,end", [
    (["2026-06-01", "2026-06-15"], [], "2026-06-01", "2026-06-15"),          # several: earliest to latest
    (["2026-06-15", "2026-06-01", "2026-06-09"], [], "2026-06-01", "2026-06-15"),
    (["2026-04-03"], [], "2026-04-03", "2026-07-02"),                        # one: up to the report
    ([], ["2026-05-02", "2026-05-09"], "2026-05-02", "2026-05-09"),          # n/a: the notice's dates
    ([], [], "2026-07-02", "2026-07-02"),                                    # nothing: the report date
], ids=["two-dates", "three-dates", "one-date", "notice-dates", "no-dates"])
def test_request_date_range(dates, facts_dates, start, end):
    params = request_params(dict(ENTRY, breach_dates=dates), NoticeFacts(breach_dates=facts_dates))
    assert (params["start"], params["end"]) == (start, end)
    assert params["incident"].startswith("the data breach City of Oxnard reported to the California "
                                         "Attorney General on July 2, 2026")


def test_request_params_carry_the_notice_summary_and_systems():
    facts = extract_notice_facts("\n".join(NOTICE_LINES))
    params = request_params(dict(ENTRY, breach_dates=["2026-06-01", "2026-06-15"]), facts)
    assert "unauthorized party" in params["incident"]
    assert params["systems"].startswith("servers") and "utility billing" in params["systems"]
    assert "systems" not in request_params(dict(ENTRY, breach_dates=[]), None)
