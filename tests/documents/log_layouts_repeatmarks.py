"""Generated logs of labelled blocks whose repeated values are printed as ditto marks (see
``log_layouts``): a transcribed occurrence book, later entries of a case numbered with the mark."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

BLOCKS_PER_PAGE = 7
FURTHER_EVERY = 5       # every fifth occurrence has a further entry under it


def _blocks(n: int) -> list[dict]:
    """The book's entries in order: each occurrence, some followed by a further entry."""
    rows = incidents(n)
    for i, r in enumerate(rows):
        r["ref"] = f"OB-24-{100 + i:04d}"
        r["place"] = rows[i - 1]["place"] if i % 3 == 1 else r["address"]
        r["ranger"] = f"Rgr {4400 + i // 4}"
    for day in {r["date"] for r in rows}:       # each day's entries in the order they were made
        same_day = [r for r in rows if r["date"] == day]
        for r, t in zip(same_day, sorted(r["time"] for r in same_day)):
            r["time"] = t
    blocks = []
    for i, r in enumerate(rows):
        blocks.append({"Book No.": r["ref"], "Date": r["date"], "Hour": r["time"].replace(":", ""),
                       "Ranger": r["ranger"], "Place": r["place"], "Incident": r["type"], "Result": r["dispo"]})
        if i % FURTHER_EVERY == 2:
            # written up the next morning, on the date the next occurrence carries
            later = rows[i + 1]["date"] if i + 1 < len(rows) else r["date"]
            blocks.append({"Book No.": "ditto (further entry)", "Date": later, "Hour": "0745",
                           "Ranger": r["ranger"], "Place": r["place"],
                           "Further": f"Complainant rang again, see also OB-23-{700 + i:04d}"})
    return blocks


def park_occurrence_book_ditto_marks(path: Path, n: int) -> Path:
    """A park rangers' occurrence book typed up from the handwritten one, Helvetica 9, one
    label a line (`Book No.: OB-24-0100`, `Date:`, `Hour:`, `Ranger:`, `Place:`,
    `Incident:`, `Result:`), blocks apart by a blank line, seven a page. A value the same as
    in the entry above is printed as a mark: `"` for the date and the ranger, `ditto` for
    the place (on the first entry of a page too). Every fifth occurrence has a further entry
    under it numbered `ditto (further entry)`, with its own date (the next occurrence's)
    and hour, and a `Further:` line citing an older occurrence `OB-23-NNNN`."""
    blocks = _blocks(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    above: dict = {}
    for start in range(0, len(blocks), BLOCKS_PER_PAGE):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, 750, "GREYSTONE COUNTRY PARK - RANGER OCCURRENCE BOOK (typed copy)")
        c.setFont("Helvetica", 9)
        y = 722
        for block in blocks[start:start + BLOCKS_PER_PAGE]:
            for label, value in block.items():
                if label != "Book No." and above.get(label) == value:
                    value = "ditto" if label == "Place" else '"'
                c.drawString(60, y, f"{label}:")
                c.drawString(150, y, value)
                y -= 12
            above = block
            y -= 12
        c.drawString(60, 40, '" and ditto: as in the entry above')
        c.drawString(480, 40, f"Page {start // BLOCKS_PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


REPEAT_MARKS = {f.__name__: f for f in (park_occurrence_book_ditto_marks,)}
