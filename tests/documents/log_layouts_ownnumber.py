"""Generated logs whose records carry two number series, the log's own count or event
number first and the case (report) number the records are cited by elsewhere (see
``log_layouts``); entries opened by a list item's own number before the case number; and
blocks headed by their own number, the dispatch call's number of the same shape inside."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _lines_pdf(path: Path, title: str, lines: list[str], font: str = "Courier", size: int = 8) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    page, y = 0, 0.0
    for text in [None, *lines]:
        if text is None or y < 60:
            if page:
                c.showPage()
            page += 1
            c.setFont(font, size)
            c.drawString(40, 750, f"{title}   Page {page}")
            y = 725
            if text is None:
                continue
        c.drawString(40, y, text)
        y -= 11
    c.save()
    return path


def sequence_column_before_report_numbers(path: Path, n: int) -> Path:
    """A harbor patrol's register, Courier 8: `Seq.  Logged  Report No.  Offense  Berth
    Status`, the first column the register's running count "SQ-0001" (restarting each
    month), the report number "24-01000" third."""
    head = f"{'Seq.':<10}{'Logged':<18}{'Report No.':<13}{'Offense':<22}{'Berth':<20}Status"
    rows = [f"SQ-{k + 1:04d}    {r['date'] + ' ' + r['time']:<18}{r['no']:<13}{r['type']:<22}"
            f"{r['address']:<20}{r['dispo']}" for k, r in enumerate(incidents(n))]
    lines: list[str] = []
    for k, row in enumerate(rows):
        if k % 40 == 0:
            lines += [head, ""]
        lines.append(row)
    return _lines_pdf(path, "SALTMARSH HARBOR PATROL - OFFENSE REGISTER", lines)


# call codes, some of letters only
_CODES = {"Burglary": "459", "Noise Complaint": "415N", "Traffic Collision": "TC", "Welfare Check": "WELF",
          "Vandalism": "594", "Shoplifting": "484S", "Suspicious Person": "SUSP", "Medical Aid": "MED"}


def call_printout_with_report_number_inside(path: Path, n: int) -> Path:
    """A college dispatch printout, Courier 8: each call opens `CFS 2440012 04/01/2024
    10:09 459   BURGLARY` (the call number, a call code, the type), then `ADDR: ...`, timed
    lines with unit, phone and booking numbers, one `RPT NO 24-01000 TAKEN` line among
    them, and `FINAL DISPO: ...`."""
    lines: list[str] = []
    for k, r in enumerate(incidents(n)):
        call = f"24{40012 + 7 * k:05d}"
        code = _CODES[r["type"]]
        lines += [f"CFS {call} {r['date']} {r['time']} {code:<6}{r['type'].upper()}",
                  f"    ADDR: {r['address'].upper()}",
                  f"    {r['time']} CALLER PHONE 555-{1000 + k:04d}",
                  f"    {r['time']} UNIT 3B{k % 9 + 1}1 ASSIGNED",
                  f"    {r['time']} RPT NO {r['no']} TAKEN"]
        if k % 4 == 1:
            lines.append(f"    {r['time']} SUBJ BOOKED, BKG {7712000 + 31 * k}")
        lines += [f"    FINAL DISPO: {r['dispo'].upper()}", ""]
    return _lines_pdf(path, "VALLECITO COLLEGE PUBLIC SAFETY - DISPATCH PRINTOUT", lines)


def bracketed_items_before_case_numbers(path: Path, n: int) -> Path:
    """A county summary, Helvetica 9: entries by category under headings `BURGLARY (8)`,
    each opening with its item number in brackets `[3]`, then the case number,
    the date and a sentence wrapped to an indented second line."""
    by_type: dict[str, list[dict]] = {}
    for r in incidents(n):
        by_type.setdefault(r["type"], []).append(r)
    lines: list[str] = []
    for kind, rows in by_type.items():
        lines += [f"{kind.upper()} ({len(rows)})"]
        for k, r in enumerate(rows, 1):
            lines += [f"      [{k}]      {r['no']}  logged {r['date']} {r['time']} at {r['address']}. Deputy "
                      "took the call and",
                      f"                   spoke with those present. {r['dispo']}."]
        lines.append("")
    lines.append("Calls answered without a case number: 212.")
    return _lines_pdf(path, "PINE FLAT COUNTY - CONTRACT AREA CASE SUMMARY", lines, "Helvetica", 9)


def day_headed_entries_led_by_number_and_clock(path: Path, n: int) -> Path:
    """A harbor police digest, Helvetica 9: day headings `Monday, April 1, 2024`, each entry
    one paragraph `Entry 24-01000 – 10:09 a.m. Burglary near 100 Main St. <narrative>.
    Result: Report Taken.` wrapped at 100 characters, the wrapped lines flush left."""
    import textwrap
    from datetime import date

    lines: list[str] = []
    day = None
    for r in incidents(n):
        month, dd, year = map(int, r["date"].split("/"))
        if r["date"] != day:
            day = r["date"]
            lines.append(date(year, month, dd).strftime("%A, %B %-d, %Y"))
        hour, minute = map(int, r["time"].split(":"))
        clock = f"{(hour % 12) or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
        text = (f"Entry {r['no']} – {clock} {r['type']} near {r['address']}. Officers met the caller and "
                f"checked the area. Result: {r['dispo']}.")
        lines += textwrap.wrap(text, 100)
    return _lines_pdf(path, "CORMORANT BAY HARBOR POLICE - DAILY DIGEST", lines, "Helvetica", 9)


def ranger_blocks_headed_by_own_number_call_number_inside(path: Path, n: int) -> Path:
    """A park rangers' activity log, Courier 8: each block headed by its own number
    "24-01000" on a line alone, then `Logged: 04/01/2024 10:09` beside `Call No.: 24-53117`
    (the dispatch's call, of the same shape, its series running far ahead), `Activity:`,
    `Where:` beside `Ranger: R-12`, and `Result:`; a rule line closes each day."""
    lines: list[str] = []
    day = None
    for k, r in enumerate(incidents(n)):
        if day is not None and r["date"] != day:
            lines += [f"---- end of day {day} ----", ""]
        day = r["date"]
        lines += [r["no"],
                  f"   Logged:   {r['date']} {r['time']:<22}Call No.:  24-{53117 + 9 * k + k % 5:05d}",
                  f"   Activity: {r['type']}",
                  f"   Where:    {r['address']:<28}Ranger:    R-{10 + k % 7}",
                  f"   Result:   {r['dispo']}"]
    return _lines_pdf(path, "KESTREL VALLEY REGIONAL PARK RANGERS - ACTIVITY LOG", lines)


OWN_NUMBER = {f.__name__: f for f in (sequence_column_before_report_numbers, call_printout_with_report_number_inside,
                                       bracketed_items_before_case_numbers,
                                       day_headed_entries_led_by_number_and_clock,
                                       ranger_blocks_headed_by_own_number_call_number_inside)}
