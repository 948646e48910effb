"""Facts from a sample notice, and the incident-logs parameters built from an entry."""
from __future__ import annotations

from datetime import date

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


TODAY = date(2026, 9, 20)


@pytest.mark.parametrize("dates,facts_dates,start,breach", [
    (["2026-06-01", "2026-06-15"], [], "2026-06-01", ("2026-06-01", "2026-06-15")),    # several: earliest
    (["2026-06-15", "2026-06-01", "2026-06-09"], [], "2026-06-01", ("2026-06-01", "2026-06-15")),
    (["2026-04-03"], [], "2026-04-03", ("2026-04-03", "2026-04-03")),                  # one day
    ([], ["2026-05-02", "2026-05-09"], "2026-05-02", ("2026-05-02", "2026-05-09")),    # n/a: the notice's dates
    ([], [], "2026-07-02", None),                                                      # nothing: the report date
], ids=["two-dates", "three-dates", "one-date", "notice-dates", "no-dates"])
def test_request_runs_from_the_breach_to_today(dates, facts_dates, start, breach):
    """The notices and the AG submission are dated after the breach: the request runs to today."""
    params = request_params(dict(ENTRY, breach_dates=dates), NoticeFacts(breach_dates=facts_dates), today=TODAY)
    assert (params["start"], params["end"]) == (start, TODAY.isoformat())
    assert (params.get("breach_start"), params.get("breach_end")) == (breach or (None, None))
    assert params["reported_on"] == "2026-07-02"
    assert params["incident"].startswith("the data breach City of Oxnard reported to the California "
                                         "Attorney General on July 2, 2026")


def test_breach_letter_asks_up_to_today_and_says_why(prr_env):
    """A breach on Aug 1-15 reported Sep 10: the letter asks for records through the day it is
    drafted (not Aug 15), lists logs, notices, the AG submission and vendor mail, and says why."""
    from prr.requests.letters import get_template, render

    entry = {"organization": "City of Oxnard", "reported_on": "2026-09-10",
             "breach_dates": ["2026-08-01", "2026-08-15"]}
    params = request_params(entry, None, today=TODAY)
    letter = render(get_template("incident-logs", prr_env.templates_dirs), params,
                    city={"name": "Oxnard", "slug": "oxnard"}, profile=prr_env.profile, token="PRR-TEST")
    body = " ".join(letter.body.split())
    assert "from August 1, 2026 through September 20, 2026" in body
    assert "through August 15, 2026" not in body
    assert "The breach itself took place from August 1, 2026 to August 15, 2026" in body
    assert "reported to the Attorney General on September 10, 2026" in body
    assert "were written after it" in body
    for asked in ("Incident logs", "Notification letters", "submission to the California Attorney General",
                  "with vendors and contractors"):
        assert asked in body


def test_request_params_carry_the_notice_summary_and_systems():
    facts = extract_notice_facts("\n".join(NOTICE_LINES))
    params = request_params(dict(ENTRY, breach_dates=["2026-06-01", "2026-06-15"]), facts)
    assert "unauthorized party" in params["incident"]
    assert params["systems"].startswith("servers") and "utility billing" in params["systems"]
    assert "systems" not in request_params(dict(ENTRY, breach_dates=[]), None)
