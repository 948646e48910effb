"""Incident-log records: the 24 real LBPD registers and four layouts the parser never saw."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from prr.scrapers.incident_log import column_for, parse_datetime, parse_records
from prr.scrapers.pdf import extract_pdf

CASES = Path(__file__).parent / "cases"
LAYOUTS = yaml.safe_load((CASES / "layouts.yaml").read_text())["layouts"]
# Loaded here, not imported from conftest: every test folder has a conftest module and
# whichever is imported first would answer "from conftest import ...".
LBPD_CASES = yaml.safe_load((CASES / "lbpd.yaml").read_text())["registers"]


@pytest.mark.corpus
@pytest.mark.parametrize("case", LBPD_CASES, ids=[c["id"] for c in LBPD_CASES])
def test_lbpd_register(lbpd, case):
    doc = extract_pdf(lbpd / case["file"])
    assert doc.status == "ok"
    assert len(doc.pages) == case["pages"]
    assert len(doc.records) == case["records"]
    assert sum(1 for r in doc.records if r["case_no"]) == case["with_case_no"]
    for which, rec in (("first", doc.records[0]), ("last", doc.records[-1])):
        for key, value in case[which].items():
            assert rec[key] == value, (which, key)
    numbers = [r["record_no"] for r in doc.records]
    assert len(set(numbers)) == len(numbers)
    assert all(r["reported_at"] for r in doc.records)


@pytest.mark.corpus
def test_lbpd_record_fields_read_from_text(lbpd):
    """Values checked by reading pdftotext output of 2019-03-01, page 1 and 34."""
    recs = {r["record_no"]: r for r in extract_pdf(lbpd / "laguna-beach-pd-2019_3_1.pdf").records}
    tc = recs["E19009656"]
    assert tc["type"] == "TC TRAFFIC COLLISION"
    assert tc["disposition"] == "NR"
    assert tc["location"] == "BEVERLY ST/N COAST HWY LAB"
    assert tc["fields"]["Subtype"] == "NON-INJURY"
    assert tc["fields"]["Descript."] == "NO PAPER TAKEN"
    assert tc["page"] == 1
    last = recs["E19009852"]
    assert last["case_no"] == "C1900668"
    assert last["disposition"] is None            # empty in the register
    assert last["page"] == 34


@pytest.mark.parametrize("case", LAYOUTS, ids=[c["id"] for c in LAYOUTS])
def test_unseen_layouts(made, case):
    doc = extract_pdf(made / case["file"])
    assert doc.status == "ok"
    assert len(doc.records) == case["records"]
    for which, rec in (("first", doc.records[0]), ("last", doc.records[-1])):
        for key, value in case[which].items():
            assert rec[key] == value, (which, key)


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["WARN-Report-for-7-1-2015-to-03-25-2016.pdf", "nics-background-checks-2015-11.pdf",
                                  "senate-expenditures.pdf", "la-precinct-bulletin-2014-p1.pdf",
                                  "cupertino_usd_4-6-16.pdf"])
def test_tables_and_reports_are_not_logs(corpus, name):
    assert extract_pdf(corpus / "pdfs" / name).records == []


def test_letter_is_not_a_log():
    letter = ("Dear Requester:\n\nRe: Public Records Request 2024-118\n\nThe City received your request on "
              "04/01/2024. Date: 04/02/2024\nSubject: records\nResponsive records are attached.\n")
    assert parse_records([letter, letter]) == []


@pytest.mark.parametrize("label,column", [
    ("Event #", "record_no"), ("Incident No:", "record_no"), ("Call Number", "record_no"), ("CASE NO:", "case_no"),
    ("Case #", "case_no"), ("Type", "type"), ("Nature:", "type"), ("Call Type", "type"), ("Offense", "type"),
    ("Subtype", None), ("Disposition", "disposition"), ("Location", "location"), ("Address:", "location"),
    ("Narrative:", "summary"), ("Date Occurred:", "occurred_at"), ("Reported:", "reported_at"),
    ("Incident Time", "occurred_at"), ("Incident Narrative", "summary"), ("Offense Date", "occurred_at"),
    ("Incident Type", "type"), ("Incident", "type"),
    ("DATE/TIME:", "reported_at"), ("Description:", "summary"), ("Company", None),
    ("Station or Line", "location"), ("Terminal", "location"), ("Stop Time", "reported_at"), ("Station No", None),
    ("Service Area", "location"), ("patrol_area", "location")])
def test_label_vocabulary(label, column):
    assert column_for(label) == column


@pytest.mark.parametrize("text,iso", [
    ("03/01/2019    07:40:04", "2019-03-01T07:40:04"), ("04/01/2024 10:09", "2024-04-01T10:09:00"),
    ("2024-04-01 1345", "2024-04-01T13:45:00"), ("Jan 5, 2024 at 3:15 PM", "2024-01-05T15:15:00"),
    ("03/01/19", "2019-03-01"), ("no date here", None),
    ("07-MAR-24 1415", "2024-03-07T14:15:00"), ("5-Apr-2024 13:05", "2024-04-05T13:05:00")])
def test_parse_datetime(text, iso):
    assert parse_datetime(text) == iso


def test_records_split_across_page_break():
    """A record cut by a page break (header and footer in between) stays one record."""
    page1 = ("Harbor PD Log                         Page 1\n\nIncident No: A-1   Nature: Theft\nAddress: 1 Elm St\n\n"
             "Incident No: A-2   Nature: Fraud\n")
    page2 = ("Harbor PD Log                         Page 2\n\nAddress: 2 Oak St\n\n"
             "Incident No: A-3   Nature: Assault\nAddress: 3 Ash St\n")
    recs = parse_records([page1, page2])
    assert [(r["record_no"], r["type"], r["location"]) for r in recs] == [
        ("A-1", "Theft", "1 Elm St"), ("A-2", "Fraud", "2 Oak St"), ("A-3", "Assault", "3 Ash St")]


TEXTS = yaml.safe_load((CASES / "log_texts.yaml").read_text())["texts"]


@pytest.mark.parametrize("case", TEXTS, ids=[c["id"] for c in TEXTS])
def test_log_text_layouts(case):
    pages = [p.strip("\n") for p in case["text"].split("\n---\n")]
    records = parse_records(pages)
    assert len(records) == case["records"]
    for index, values in case["expect"].items():
        for key, value in values.items():
            assert records[int(index)][key] == value, (index, key)


@pytest.mark.parametrize("lines", [
    pytest.param(["Event # E19009658   Type 961", "Case 25-04482: Officers responded"], id="no-glued-number"),
    pytest.param(["motor vehicle20-0471   03/01/2019", "E0000100 at 100 blk"], id="glued-number"),
    pytest.param(["Café theft   25-0411", "item№ 2025-113"], id="accented-no-glue"),
    pytest.param(["vehicle٢٠٢٥١٢٣ towed", "Event # E19009658"], id="glued-other-digits"),
])
def test_numbers_found_in_the_whole_text_as_line_by_line(lines):
    """One pass over the whole text (with its cheap look for a glued number first) finds
    the numbers each line's own search finds."""
    from prr.scrapers.incident_log.text import find_ids, find_ids_by_line

    assert find_ids_by_line(lines) == [find_ids(ln) for ln in lines]
