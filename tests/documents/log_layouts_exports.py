"""Generated logs (see ``log_layouts``) whose record number is printed in a shape of its own:
a data export printed as raw CSV text wrapped at the printer's margin, a number column holding
two numbers under a title of two names, a series' letters one space before every number."""
from __future__ import annotations

import csv
import io
import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def semicolon_export_printed_wrapped(path: Path, n: int) -> Path:
    """A records-system export printed as text: "--" remarks, a header of quoted names
    ("case_id";"opened_at";...) and one quoted row per incident, ``;`` between fields,
    wrapped at 86 characters so that a row takes two or three lines and a line can start
    inside a field; a page number line at every page foot."""
    rows = incidents(n)
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(["case_id", "opened_at", "offense", "service_area", "disposition", "narrative"])
    for i, r in enumerate(rows):
        mm, dd, yyyy = r["date"].split("/")
        w.writerow([f"RS{r['no']}", f"{yyyy}-{mm}-{dd}T{r['time']}", r["type"], f"Zone {i % 4 + 1}", r["dispo"],
                    r["summary"] + (" Linked to RS24-01000." if i % 9 == 5 else "")])
    header, *records = out.getvalue().splitlines()
    lines = ["-- export of table incidents_public, run 2024-04-10", "-- one row per case", header]
    for line in records:
        lines += textwrap.wrap(line, 86, break_on_hyphens=False)
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 750, 1
    c.setFont("Courier", 8)
    for line in lines:
        if y < 60:
            c.drawString(40, 40, f"- {page} -")
            c.showPage()
            c.setFont("Courier", 8)
            y, page = 750, page + 1
        c.drawString(40, y, line)
        y -= 11
    c.drawString(40, 40, f"- {page} -")
    c.save()
    return path


def incident_and_case_number_in_one_cell(path: Path, n: int) -> Path:
    """A table whose first column, titled "Incident No. / Case No.", holds both numbers
    ("2404010123 / SF-24-1000"); one number series per name. The time received is printed
    as day, month's letters, year and a four-digit clock ("01-Apr-24 1009"). Each day's
    rows are closed by "Running total 12 calls" under the offences; the rows come in web pages
    of 16, each closed by "Rows 1-16 of 60" and a pager ("<< 1 2 3 4 >>") mid-page."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    pages = (n + 15) // 16
    y, sheet = 0, 0

    def title(y):
        c.drawString(30, y, "Incident No. / Case No.       Received          Offense                 "
                            "Address                 Result")
        return y - 15

    for i, r in enumerate(rows):
        if y < 80:
            if sheet:
                c.showPage()
            sheet += 1
            c.setFont("Courier", 8)
            c.drawString(30, 760, f"SEAFIELD HARBOR POLICE - CALLS LOG        sheet {sheet}")
            y = title(740)
        elif i % 16 == 0:
            y = title(y - 10)
        mm, dd, _ = r["date"].split("/")
        call = f"24{mm}{dd}{int(r['no'][-4:]) % 900 + 100:04d}"
        when = f"{dd}-{MONTHS[int(mm) - 1]}-24 {r['time'].replace(':', '')}"
        c.drawString(30, y, f"{call} / SF-{r['no']}      {when}    {r['type']:<22}  "
                            f"{r['address']:<22}  {r['dispo']}")
        y -= 12
        if i % 6 == 5 or i == n - 1:
            c.drawString(260, y, f"Running total {i + 1} calls")
            y -= 12
        if i % 16 == 15 or i == n - 1:
            c.drawString(30, y - 4, f"Rows {i // 16 * 16 + 1}-{i + 1} of {n}")
            c.drawString(400, y - 4, "<< " + " ".join(str(k + 1) for k in range(pages)) + " >>")
            y -= 30
    c.save()
    return path


def series_letters_before_every_number(path: Path, n: int) -> Path:
    """Labelled blocks closed by their number printed after the series' letters and one
    space ("Report:  MCPD 24-01000"), the labels at the margin, the values at one indent."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740
    for r in rows:
        if y < 120:
            c.showPage()
            y = 740
        c.setFont("Helvetica", 9)
        for k, (label, value) in enumerate((("Offense:", r["type"]), ("Reported:", f"{r['date']} {r['time']}"),
                                            ("Address:", r["address"]), ("Result:", r["dispo"]),
                                            ("Report:", f"MCPD {r['no']}"))):
            c.drawString(50, y - 12 * k, label)
            c.drawString(130, y - 12 * k, value)
        y -= 76
    c.save()
    return path


def digest_paragraphs_number_mid_sentence(path: Path, n: int) -> Path:
    """A community digest: a title, then one paragraph a call in Helvetica, blank space
    between, no headline; the number stands in the paragraph's third sentence
    ("Deputies filed it under 24-01000 for follow-up."), a related case in some closing
    sentences; a closing count line."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def title():
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, 760, "Pine Hollow Sheriff - Community Digest")
        c.setFont("Helvetica", 9)
        return 735

    y = title()
    for r in rows:
        text = (f"Deputies went to {r['address']} on {r['date']} at {r['time']} after a report of "
                f"{r['type'].lower()}. A neighbour had called it in from across the street. Deputies filed it "
                f"under {r['no']} for follow-up. {r['summary']}"
                + (f" See also case {r['case']}." if r["case"] else "") + f" Closed: {r['dispo']}.")
        lines = textwrap.wrap(text, 95)
        if y - 11 * len(lines) < 60:
            c.showPage()
            y = title()
        for line in lines:
            c.drawString(50, y, line)
            y -= 11
        y -= 11
    c.drawString(50, y - 11, f"{n} calls this week.")
    c.save()
    return path


def blocks_beside_a_side_column(path: Path, n: int) -> Path:
    """Labelled blocks (Incident No., Offense, Time, Place, Result) in a left column; right
    of a vertical rule, a side column of contacts and reminders ("Front desk 555-0100",
    "Lock your bike") that runs down every page on the blocks' lines and between them."""
    rows = incidents(n)
    side = ["CONTACTS", "Front desk 555-0100", "Night line 555-0111", "Lost and found 555-0122", "",
            "REMINDERS", "Lock your bike", "Walk in groups", "Report lights out", "Keep doors shut",
            "Use the escort van", "Label your laptop"]
    c = canvas.Canvas(str(path), pagesize=letter)

    def page_side(top: float, bottom: float):
        c.line(340, top + 10, 340, bottom)
        for k in range(int((top - bottom) // 12)):
            text = side[k % len(side)]
            if text:
                c.drawString(350, top - 12 * k, text)

    y, top = 740, 740
    for r in rows:
        if y < 100:
            page_side(top, 60)
            c.showPage()
            y = top = 740
        c.setFont("Helvetica", 9)
        for k, (label, value) in enumerate((("Incident No.", r["no"]), ("Offense", r["type"]),
                                            ("Time", f"{r['date']} {r['time']}"), ("Place", r["address"]),
                                            ("Result", r["dispo"]))):
            c.drawString(50, y - 12 * k, label)
            c.drawString(130, y - 12 * k, value)
        y -= 72
    page_side(top, 60)
    c.save()
    return path


EXPORTS = {f.__name__: f for f in (blocks_beside_a_side_column, semicolon_export_printed_wrapped,
                                   incident_and_case_number_in_one_cell, series_letters_before_every_number,
                                   digest_paragraphs_number_mid_sentence)}
