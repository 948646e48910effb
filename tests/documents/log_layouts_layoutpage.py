"""Generated logs (see ``log_layouts``) printed as a fixed-width data file after a page that
documents its record layout: the records carry no column titles, only the layout page says
where each field starts and ends."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ROWS_PER_PAGE = 30
# (name, from, to, notes): columns counted from 1, one blank between fields
LAYOUT = (("CALL_ID", 1, 10, "call number"), ("CALL_DATE", 12, 21, "date received"),
          ("CALL_TIME", 23, 27, "time received"), ("CALL_TYPE", 29, 48, "type of call"),
          ("ADDRESS", 50, 67, "where"), ("RESULT", 69, 84, "how it was closed"),
          ("CASE_REF", 86, 93, "case opened for the call, if any"))


def fixed_width_file_after_from_to_layout(path: Path, n: int) -> Path:
    """Page 1, Helvetica and Courier: a title, a few lines of prose and a table `FIELD  FROM
    TO  NOTES` giving each field's first and last column (`CALL_ID  1  10  call number`,
    ...), then a sample line. The next pages, Courier 8: the file itself, one line per call
    (`CL24-01000 2024-04-01 10:09 Burglary ...`), no titles, no record-type code, values
    padded with blanks (a case reference `C24-500` at the end of every third line, the other
    lines ending early), a file name line at each page's head and `- k -` at its foot."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, 750, "Harbourside Police - calls extract CALLS.TXT")
    c.setFont("Helvetica", 9)
    c.drawString(50, 732, "The extract is a text file of fixed-length lines, one per call for service.")
    c.drawString(50, 720, "Field positions below are columns counted from the left edge of the line.")
    c.setFont("Courier", 8)
    y = 696
    c.drawString(50, y, "FIELD          FROM    TO   NOTES")
    for name, start, end, notes in LAYOUT:
        y -= 12
        c.drawString(50, y, f"{name:<14} {start:>4}  {end:>4}   {notes}")
    c.setFont("Helvetica", 9)
    c.drawString(50, y - 24, "Lines are sorted by call number. Questions: records desk, 555-0131.")
    c.showPage()
    lines = []
    for r in rows:
        yyyy_mm_dd = f"{r['date'][6:]}-{r['date'][:2]}-{r['date'][3:5]}"
        lines.append(f"CL{r['no']:<8} {yyyy_mm_dd} {r['time']:<5} {r['type']:<20} {r['address']:<18} "
                     f"{r['dispo']:<16} {r['case']}".rstrip())
    for page, start in enumerate(range(0, len(lines), ROWS_PER_PAGE), start=2):
        c.setFont("Courier", 8)
        c.drawString(50, 756, "CALLS.TXT")
        y = 732
        for line in lines[start:start + ROWS_PER_PAGE]:
            c.drawString(50, y, line)
            y -= 12
        c.drawString(280, 30, f"- {page} -")
        c.showPage()
    c.save()
    return path


LAYOUT_PAGE = {f.__name__: f for f in (fixed_width_file_after_from_to_layout,)}
