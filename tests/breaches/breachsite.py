"""Builders for a local copy of the Attorney General's breach list (list page, CSV export,
detail pages, the lines of a sample notice)."""
from __future__ import annotations

import io

ROWS = [
    # organisation, breach dates cell, reported date, detail path
    ("City of Oxnard", "06/01/2026, 06/15/2026", "07/02/2026", "/privacy/databreach/reports/sb24-1001"),
    ("Oxnard Union High School District", "05/20/2026", "06/30/2026", "/privacy/databreach/reports/sb24-1002"),
    ("Mission Viejo Police Department", "04/03/2026", "05/01/2026", "/privacy/databreach/reports/sb24-1003"),
    ("  Acme Widgets, Inc. ", " n/a ", "06/10/2026", "/privacy/databreach/reports/sb24-1004"),
]
MALFORMED = ("Broken Org", "sometime in the spring", "not a date", "/privacy/databreach/reports/sb24-1005")

NOTICE_LINES = [
    "City of Oxnard",
    "300 West Third Street, Oxnard, CA 93030",
    "July 1, 2026",
    "NOTICE OF DATA BREACH",
    "What Happened?",
    "On June 15, 2026, the City learned that an unauthorized party had accessed the City's",
    "utility billing server between June 1, 2026 and June 15, 2026 in a ransomware attack.",
    "What Information Was Involved?",
    "The information involved may include your name, address, Social Security number and",
    "bank account number used for automatic payments.",
    "What We Are Doing.",
    "We restored the server from backups and engaged forensic investigators.",
    "What You Can Do.",
    "Review your account statements and consider placing a fraud alert.",
    "For More Information.",
    "Call (805) 385-7803.",
]


def list_html(rows, *, with_malformed=True) -> str:
    # Columns in another order than documented, plus an extra column: the parser finds them by header.
    body = "".join(
        f"<tr><td>{rep}</td><td class='views-field-title'><a href='{path}'>{org}</a></td>"
        f"<td>{dates}</td><td>extra {i}</td></tr>"
        for i, (org, dates, rep, path) in enumerate(rows + ([MALFORMED] if with_malformed else [])))
    return ("<!DOCTYPE html><html><head><title>Search Data Security Breaches</title></head><body>"
            "<h1>Search Data Security Breaches</h1><table class='views-table'><thead><tr>"
            "<th>Reported Date</th><th>Organization Name</th><th>Date(s) of Breach</th><th>Sector</th>"
            f"</tr></thead><tbody>{body}</tbody></table></body></html>")


def list_csv(rows, *, with_malformed=True) -> str:
    import csv

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Organization Name", "Date(s) of Breach", "Reported Date", "Notes"])
    for org, dates, rep, _path in rows + ([MALFORMED] if with_malformed else []):
        w.writerow([org, dates, rep, ""])
    return "\ufeff" + buf.getvalue()


def detail_html(org: str, pdf_path: str | None) -> str:
    link = f"<a href='{pdf_path}'>Sample Notification</a>" if pdf_path else "<p>No sample provided.</p>"
    return (f"<html><body><h1>{org}</h1><p>Date(s) of Breach: 06/01/2026</p>"
            f"<a href='/privacy/databreach/list'>Back to list</a> <a href='/files/privacy-policy.pdf'>Privacy</a> "
            f"{link}</body></html>")
