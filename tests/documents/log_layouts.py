"""Incident logs in layouts the readers were not written from, made with reportlab.

Each maker takes the records (``docs_pdfs.incidents``) and writes one PDF; the case
table ``cases/generated_logs.yaml`` names the maker and what must come out."""
from __future__ import annotations

import importlib
import io
from pathlib import Path

from docs_pdfs import incidents
from layout_modules import LAYOUT_MODULES
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

TOP = 740


def _pages(path: Path, rows: list, per_page: int, draw_page, size=letter) -> Path:
    c = canvas.Canvas(str(path), pagesize=size)
    for start in range(0, max(len(rows), 1), per_page):
        draw_page(c, rows[start:start + per_page], start // per_page + 1)
        c.showPage()
    c.save()
    return path


def unseen_labels(path: Path, n: int) -> Path:
    """Labelled blocks with labels no log in the corpus uses; the number is on the
    block's second line."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 9)
        c.drawString(40, 760, f"MARINA DEL SOL HARBOR PATROL - WATCH REPORT          Sheet {no}")
        y = TOP
        for r in chunk:
            c.drawString(40, y, f"Logged On: {r['date']} {r['time']}")
            c.drawString(40, y - 11, f"Ref. Nbr: HP-{r['no']}")
            c.drawString(300, y - 11, f"Matter: {r['type']}")
            c.drawString(40, y - 22, f"Berth/Place: {r['address']}")
            c.drawString(300, y - 22, f"Closed As: {r['dispo']}")
            y -= 44
    return _pages(path, rows, 15, page)


def dispatch_media_log(path: Path, n: int) -> Path:
    """A dispatch media log: police and fire calls in one list, two number series."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, "COUNTY DISPATCH - MEDIA CALL LOG")
        c.drawString(30, 740, "Received          Call No.      Nature                  Address                 Unit   Clearance")
        y = 725
        for r in chunk:
            series = "FD" if int(r["no"][-1]) % 3 == 0 else "PD"
            c.drawString(30, y, f"{r['date']} {r['time']}  {series}{r['no'].replace('-', '')}    "
                                f"{r['type']:<22}  {r['address']:<22}  {'E12' if series == 'FD' else '4A21'}   "
                                f"{r['dispo']}")
            y -= 12
    return _pages(path, rows, 50, page)


def many_offences(path: Path, n: int) -> Path:
    """A table where an incident lists several offences on rows of their own under it."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, "Case No.      Offense                           Occurred           Location")
        y = 745
        for i, r in enumerate(chunk):
            c.drawString(30, y, f"{r['no']}      {r['type']:<32}  {r['date']} {r['time']}   {r['address']}")
            y -= 11
            for extra in range(i % 3):
                c.drawString(30, y, f"              {['Resisting Arrest', 'Trespass'][extra]:<32}  "
                                    f"{r['date']} {r['time']}")
                y -= 11
            y -= 4
    return _pages(path, rows, 25, page)


def wrapped_rows(path: Path, n: int) -> Path:
    """A table whose narrative and location cells wrap over two or three lines."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, "Incident       Reported           Type                Location        Narrative")
        y = 745
        for r in chunk:
            words = r["summary"].split()
            lines = [" ".join(words[k:k + 4]) for k in range(0, len(words), 4)]
            c.drawString(30, y, f"{r['no']}       {r['date']} {r['time']}   {r['type']:<18}  "
                                f"{r['address'].split()[0]:<14}  {lines[0]}")
            c.drawString(30, y - 10, f"{'':<55}{' '.join(r['address'].split()[1:]):<14}  {lines[1]}")
            for k, extra in enumerate(lines[2:]):
                c.drawString(30, y - 20 - 10 * k, f"{'':<71}{extra}")
            y -= 12 + 10 * max(1, len(lines) - 1)
    return _pages(path, rows, 14, page)


def grouped_by_day(path: Path, n: int) -> Path:
    """Rows grouped under day headings, with a subtotal line after each day."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Courier", 8)
    y = 760
    c.drawString(30, y, "DAILY CRIME LOG")
    y -= 20
    days: dict[str, list] = {}
    for r in rows:
        days.setdefault(r["date"], []).append(r)
    for date, day_rows in days.items():
        if y < 120:
            c.showPage()
            c.setFont("Courier", 8)
            y = 760
        c.drawString(200, y, f"Day of {date}")
        c.drawString(30, y - 14, "Report No     Time    Offense               Place                 Status")
        y -= 28
        for r in day_rows:
            c.drawString(30, y, f"{r['no']}      {r['time']}   {r['type']:<20}  {r['address']:<20}  {r['dispo']}")
            y -= 11
        c.drawString(30, y - 3, f"Total for day: {len(day_rows)}")
        y -= 26
    c.save()
    return path


def empty_log(path: Path, n: int = 0) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 11)
    c.drawString(60, 740, "Harbor City Police Department")
    c.drawString(60, 720, "Media Log  From 07/01/2024 00:00  To 07/07/2024 23:59")
    c.drawString(200, 600, "No incidents to report for this period.")
    c.save()
    return path


def garbled_layer(path: Path, n: int) -> Path:
    """What a page looks like is a log; its text layer is shifted-letter gibberish (a font
    without a usable character map). Made by rendering a clean log to an image and laying
    an invisible gibberish text layer over it."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    clean = unseen_labels(path.with_suffix(".clean.pdf"), n)
    pdf = pdfium.PdfDocument(str(clean))
    c = canvas.Canvas(str(path), pagesize=letter)
    for i in range(len(pdf)):
        page = pdf[i]
        image = page.render(scale=300 / 72, grayscale=True).to_pil()
        text = page.get_textpage().get_text_range()
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, *letter)
        t = c.beginText(40, 760)
        t.setTextRenderMode(3)          # invisible, as an OCR layer is
        t.setFont("Courier", 9)
        for line in text.splitlines():
            t.textLine("".join(chr(ord(ch) + 3) if ch.isalnum() else ch for ch in line))
        c.drawText(t)
        c.showPage()
    pdf.close()
    clean.unlink()
    c.save()
    return path


def time_led_journal(path: Path, n: int) -> Path:
    """A duty journal: entries led by a clock time, the text hanging at an indent and
    running over page breaks, the entry's number somewhere in its prose ("File #24-01000:",
    "Logged as ...", "(ref. ...)", an earlier case cited before it), a phone number here
    and there, and the day only in a long title line."""
    import textwrap
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def top():
        c.setFont("Courier", 9)
        c.drawString(36, 760, "Duty Sergeant's Journal, Lakeside Park Rangers - Monday, April 1, 2024")
        return 730
    y = top()
    for i, r in enumerate(rows):
        what = f"{r['type']} reported at {r['address']}. {r['summary']}"
        if i % 7 == 0:
            what += " Anyone who saw it can call (555) 555-01" + f"{i % 100:02d}."
        text = [f"File #{r['no']}: {what}", f"{what} Logged as {r['no']}.", f"{what} (ref. {r['no']})",
                f"{what} Prior call 24-00{400 + i}; this one filed as {r['no']}.",
                f"Incident {r['no']} - {what}"][(i + 1) % 5]
        for k, line in enumerate(textwrap.wrap(text, 60)):
            if y < 60 or (i == 12 and k == 1):     # entry 12 runs over a page break
                c.showPage()
                y = top()
            if k == 0:
                c.drawString(36, y, r["time"])
            c.drawString(36 + 5.4 * 10, y, line)
            y -= 11
    c.save()
    return path


def overflowing_columns(path: Path, n: int) -> Path:
    """A table without rules where a few long natures run past where the next column
    starts, their place printed one space after them, so no blank gap parts the two
    columns; the header's titles do."""
    rows = incidents(n)
    x_type = 30 + 19 * 4.8
    x_place = x_type + 24 * 4.8
    x_result = x_place + 20 * 4.8
    long = {0: "DRIVING WHILE IMPAIRED", 3: "POSSESSION OF PARAPHERNALIA"}

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        for x, title in ((30, "Ref No"), (30 + 11 * 4.8, "Logged"), (x_type, "Nature"), (x_place, "Where"),
                         (x_result, "Result")):
            c.drawString(x, 760, title)
        y = 745
        for k, r in enumerate(chunk):
            c.drawString(30, y, f"{r['no']:<11}{r['time']}")
            if k % 6 in long:
                c.drawString(x_type, y, f"{long[k % 6]} {r['address']}")
            else:
                c.drawString(x_type, y, r["type"])
                c.drawString(x_place, y, r["address"])
            c.drawString(x_result, y, r["dispo"])
            y -= 11
    return _pages(path, rows, 48, page)


def two_line_stamps(path: Path, n: int) -> Path:
    """A monospaced listing with a rule of '=' under its titles; the occurrence is one
    date-time, the report's date and time are on two lines."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, f"{'CASE NO':<12}{'OCCURRED':<16}{'REPORTED':<12}{'CHARGE':<20}{'ADDRESS':<20}RESULT")
        c.drawString(30, 750, f"{'=' * 9:<12}{'=' * 8:<16}{'=' * 8:<12}{'=' * 6:<20}{'=' * 7:<20}{'=' * 6}")
        y = 738
        for r in chunk:
            day = r["date"][:6] + r["date"][8:]
            c.drawString(30, y, f"{r['no']:<12}{day + ' 00:15':<16}{day:<12}{r['type']:<20}{r['address']:<20}"
                                f"{r['dispo']}")
            c.drawString(30, y - 10, f"{'':<28}{r['time']}")
            y -= 22
    return _pages(path, rows, 30, page)


def row_notes(path: Path, n: int) -> Path:
    """Table rows, each with a note in words under it across the columns ("Occurred from
    X to Y, Received Z") and sometimes a labelled remark ("Victim: ...")."""
    rows = incidents(n)

    def page(c, chunk, no):
        c.setFont("Courier", 8)
        c.drawString(30, 760, f"{'Incident No':<14}{'Offense':<22}{'Address':<20}{'Officer':<10}Status")
        y = 745
        for k, r in enumerate(chunk):
            c.drawString(30, y, f"{r['no']:<14}{r['type']:<22}{r['address']:<20}{'B' + str(300 + k):<10}{r['dispo']}")
            c.drawString(30, y - 10, f"{'':<14}Occurred from {r['date']} 00:05 to {r['date']} {r['time']}, "
                                     f"Received {r['date']} {r['time']}")
            y -= 21
            if k % 4 == 0:
                c.drawString(30, y, f"{'':<14}Victim: a business, no injuries")
                y -= 10
    return _pages(path, rows, 25, page)


MAKERS = {f.__name__: f for f in (unseen_labels, dispatch_media_log, many_offences, wrapped_rows, grouped_by_day,
                                  empty_log, garbled_layer, time_led_journal, overflowing_columns, two_line_stamps,
                                  row_notes)}

# Layouts kept in modules of their own (layout_modules.py), registered in its order.
for _module, _makers in LAYOUT_MODULES:
    MAKERS.update(getattr(importlib.import_module(_module), _makers))
