"""Generated logs with a trap around the listing (see ``log_layouts``): numbered items whose
prose line wraps a car's code alone onto the next line, under the item's number column; a
monthly listing followed by the previous month's listing reprinted as an appendix."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas


def numbered_items_car_code_wrapped_alone(path: Path, n: int) -> Path:
    """Helvetica 8 numbered items, two lines each: "12.  24-01011  Logged 04/02/2024 14:07
    Vandalism" and, set in under the number, "Where: 210 Ocean Ave. Outcome: Arrest.
    Car 7K22."; on every fourth item the line breaks after "Car" and the code ("7K23.")
    stands alone on the next line at the item's number column. No closing count."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    y, page = 0, 0

    def head() -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 790, "FENWICK LOCK WARDENS - OCCURRENCES, APRIL 2024")
        c.setFont("Helvetica", 8)
        return 765

    for i, r in enumerate(rows):
        if y < 70:
            if page:
                c.drawString(40, 40, f"Sheet {page}")
                c.showPage()
            page += 1
            y = head()
        code = f"{7 - i % 3}K{20 + i % 17}"
        c.drawString(40, y, f"{i + 1}.")
        c.drawString(62, y, r["no"])
        c.drawString(120, y, f"Logged {r['date']} {r['time']}")
        c.drawString(230, y, r["type"])
        prose = f"Where: {r['address']}. Outcome: {r['dispo']}. Car"
        if i % 4 == 3:
            c.drawString(62, y - 11, prose)
            c.drawString(62, y - 22, f"{code}.")
            y -= 36
        else:
            c.drawString(62, y - 11, f"{prose} {code}.")
            y -= 25
    c.drawString(40, 40, f"Sheet {page}")
    c.save()
    return path


def monthly_listing_then_earlier_month_appendix(path: Path, n: int) -> Path:
    """Helvetica 8 report: "Section 4. Calls listed, April 2024" over a table "Call No.
    Logged  Nature  Address  Result", closed by "Calls listed for April 2024: <n>"; then
    "Appendix C. March 2024 calls, reprinted for reference" and twelve March rows in the
    same table, numbered below April's first number and rising, closed by their own count."""
    rows = incidents(n)
    earlier = [dict(r, no=f"24-{900 + 7 * k:05d}", date=f"03/{2 + 2 * k:02d}/2024")
               for k, r in enumerate(incidents(12, seed=11))]
    c = canvas.Canvas(str(path))
    cols = (40, 100, 170, 270, 390)
    y = 0

    def new_page() -> None:
        nonlocal y
        if y:
            c.showPage()
        c.setFont("Helvetica", 8)
        c.drawString(40, 800, "TOWN OF QUILLBY - REPORT TO THE WARDENS, APRIL 2024")
        y = 780

    def line(text: str, gap: float = 12) -> None:
        nonlocal y
        if y < 60:
            new_page()
        c.drawString(40, y, text)
        y -= gap

    def table(listed: list[dict]) -> None:
        nonlocal y
        for title, x in zip(("Call No.", "Logged", "Nature", "Address", "Result"), cols):
            c.drawString(x, y, title)
        y -= 14
        for r in listed:
            if y < 60:
                new_page()
            for cell, x in zip((r["no"], f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"]), cols):
                c.drawString(x, y, cell)
            y -= 11

    new_page()
    line("Section 4. Calls listed, April 2024", 16)
    table(rows)
    line("", 6)
    line(f"Calls listed for April 2024: {n}", 24)
    line("Appendix C. March 2024 calls, reprinted for reference", 16)
    table(earlier)
    line("", 6)
    line(f"Calls listed for March 2024: {len(earlier)}")
    c.save()
    return path


PACKET = {f.__name__: f for f in (numbered_items_car_code_wrapped_alone,
                                  monthly_listing_then_earlier_month_appendix)}
