"""Generated logs of a table too wide for the page, printed in slices (see ``log_layouts``):
the pages of its first fields (the number leading every row), and pages of its other fields,
rows matched by order only, one of which now and then holds an earlier occurrence's number
of the records' own shape. Those numbers are no records."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 30
LINKED_EVERY = 4        # every fourth row cites an earlier occurrence in the second slice


def _rows(n: int) -> list[dict]:
    rows = incidents(n)
    for i, r in enumerate(rows):
        r["ref"] = f"KT24-{3000 + 2 * i:04d}"
        r["linked"] = f"KT24-{1100 + 37 * i:04d}" if i % LINKED_EVERY == 2 else ""
    return rows


def _title(c, part: str, page: int, pages: int) -> None:
    c.setFont("Courier-Bold", 9)
    c.drawString(36, 760, "KESTON VALLEY RANGER DISTRICT - OCCURRENCE REGISTER")
    c.setFont("Courier", 8)
    c.drawString(36, 749, part)
    c.drawString(36, 30, f"Register printed in two slices, rows in the same order   Sheet {page} of {pages}")


def _first_slice(c, chunk: list[dict], subtotals: bool) -> None:
    c.drawString(36, 733, f"{'Occ. Ref':<12}{'Logged':<18}{'Kind':<30}{'Ranger':<8}")
    c.drawString(36, 725, "-" * 70)
    y, day = 715, chunk[0]["date"]
    for r in chunk:
        if subtotals and r["date"] != day:       # an indented tally line: no row of the other slice
            c.drawString(36, y, f"     Occurrences {day}: {sum(1 for x in chunk if x['date'] == day)}")
            y, day = y - 10, r["date"]
        c.drawString(36, y, f"{r['ref']:<12}{r['date'] + ' ' + r['time']:<18}{r['type']:<30}R{len(r['type']):<7}")
        y -= 10


def _second_slice(c, chunk: list[dict]) -> None:
    c.drawString(36, 733, f"{'Site':<34}{'Linked Occ.':<13}{'Result':<22}{'Shut':<6}")
    c.drawString(36, 725, "-" * 78)
    y = 715
    for r in chunk:
        c.drawString(36, y, f"{r['address'] + ', Ridge Tract':<34}{r['linked']:<13}{r['dispo']:<22}{r['time']:<6}")
        y -= 10


def sliced_register_second_slice_after(path: Path, n: int) -> Path:
    """A ranger district's register, Courier 8, 30 rows a sheet: every sheet of the first
    slice (``Occ. Ref  Logged  Kind  Ranger``) first, then every sheet of the second slice
    (``Site  Linked Occ.  Result  Shut``), its rows in the same order; every fourth row's
    ``Linked Occ.`` holds an earlier ``KT24-1137``."""
    rows = _rows(n)
    chunks = [rows[s:s + PER_PAGE] for s in range(0, n, PER_PAGE)]
    pages = 2 * len(chunks)
    c = canvas.Canvas(str(path), pagesize=letter)
    for k, chunk in enumerate(chunks):
        _title(c, "Slice 1 of 2: fields 1-4 of 8", k + 1, pages)
        _first_slice(c, chunk, subtotals=False)
        c.showPage()
    for k, chunk in enumerate(chunks):
        _title(c, "Slice 2 of 2: fields 5-8 of 8", len(chunks) + k + 1, pages)
        _second_slice(c, chunk)
        c.showPage()
    c.save()
    return path


def sliced_register_slices_alternate(path: Path, n: int) -> Path:
    """The same register, its slices alternating sheet by sheet (a first-slice sheet, then
    the second slice of the same rows), the first slice with an indented
    ``Occurrences 04/01/2024: 6`` tally line after each day's rows."""
    rows = _rows(n)
    chunks = [rows[s:s + PER_PAGE] for s in range(0, n, PER_PAGE)]
    pages = 2 * len(chunks)
    c = canvas.Canvas(str(path), pagesize=letter)
    for k, chunk in enumerate(chunks):
        _title(c, "Slice A: fields 1-4 of 8", 2 * k + 1, pages)
        _first_slice(c, chunk, subtotals=True)
        c.showPage()
        _title(c, "Slice B: fields 5-8 of 8", 2 * k + 2, pages)
        _second_slice(c, chunk)
        c.showPage()
    c.save()
    return path


SLICED_TABLE = {f.__name__: f for f in (sliced_register_second_slice_after, sliced_register_slices_alternate)}
