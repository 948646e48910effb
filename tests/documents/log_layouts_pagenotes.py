"""Generated logs with notes at each page's foot (see ``log_layouts``): labelled blocks
whose values carry lettered note marks, one block's number given only in its page's note."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 5
LATE_EVERY = 7          # every seventh block's number was issued after the sheet was printed


def harbour_sheets_number_in_page_note(path: Path, n: int) -> Path:
    """A harbour patrol's watch sheets, Courier 9, five blocks a page: `Ref. Nbr:  HP-24-01000`
    with `Logged On:  04/01/2024 06:00` on the same line, `Matter:`, `Berth/Place:`, `Closed
    As:`. Lettered marks `(a)`, `(b)` after some places and outcomes, lettered afresh on every
    page; the notes sit at the page foot (`(a) Tow slip T-55121 written at the scene.`) with,
    under them, a `TERMS ON THIS SHEET` list of the outcomes used. Every seventh block reads
    `Ref. Nbr:  to follow (c)`: its number, later than the others, is printed only in that
    page's note (`(c) Reference issued after this sheet was printed: HP-24-01040.`)."""
    rows = incidents(n)
    late, seq = n, 0
    for i, r in enumerate(rows):
        if i % LATE_EVERY == 3:
            r["ref"], r["late"] = f"HP-24-{1000 + late:05d}", True
            late += 1
        else:
            r["ref"], r["late"] = f"HP-24-{1000 + seq:05d}", False
            seq += 1
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, PER_PAGE):
        chunk = rows[start:start + PER_PAGE]
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 765, f"PORT OF TAMSWORTH HARBOUR PATROL - WATCH SHEETS     Sheet {start // PER_PAGE + 1}")
        c.setFont("Courier", 9)
        notes: list[str] = []
        mark = _marker(notes)
        y = 735
        for k, r in enumerate(chunk):
            i = start + k
            ref = f"to follow {mark('Reference issued after this sheet was printed: ' + r['ref'] + '.')}" \
                if r["late"] else r["ref"]
            place = r["address"] + (f" {mark(f'Tow slip T-55{i:03d} written at the scene.')}" if i % 4 == 1 else "")
            outcome = r["dispo"] + (f" {mark('Passed to the county marine unit.')}" if i % 5 == 2 else "")
            c.drawString(40, y, f"Ref. Nbr:    {ref}")
            c.drawString(330, y, f"Logged On:  {r['date']} {r['time']}")
            c.drawString(40, y - 11, f"Matter:      {r['type']}")
            c.drawString(40, y - 22, f"Berth/Place: {place}")
            c.drawString(40, y - 33, f"Closed As:   {outcome}")
            y -= 66
        y -= 10
        for note in notes:
            c.drawString(40, y, note)
            y -= 11
        c.drawString(40, y - 4, "TERMS ON THIS SHEET")
        used = sorted({r["dispo"] for r in chunk})
        c.drawString(40, y - 15, "Outcomes: " + "; ".join(f"{d} = closed as {d.lower()}" for d in used))
        c.showPage()
    c.save()
    return path


def _marker(notes: list[str]):
    """``mark(text)``: the page's next letter, its note ``text`` added to ``notes``."""
    def mark(text: str) -> str:
        letter_ = "abcdefghij"[len(notes)]
        notes.append(f"({letter_}) {text}")
        return f"({letter_})"
    return mark


PAGE_NOTES = {f.__name__: f for f in (harbour_sheets_number_in_page_note,)}
