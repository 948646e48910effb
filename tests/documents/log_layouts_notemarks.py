"""Generated logs whose footnote marks are raised digits drawn right after a value (see
``log_layouts``): the text layer prints them glued to the value they annotate."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PLACES = ("Quayside Walk", "Tanner's Yard", "Osprey Ln", "Beacon Hill Rd", "Saltmarsh Ct", "Ropewalk Sq")
NATURES = ("Mooring dispute", "Fuel spill", "Stolen outboard", "Intoxicated boater", "Dock trespass",
           "Lost swimmer", "Noise on vessel")
RESULTS = ("Resolved on scene", "Written warning", "Custody", "Passed to coast guard", "No action")
NOTES = ("Vessel towed to the public pier under impound slip HI-7{:04d}.",
         "Custody logged at the county jail, intake 24J{:05d}.",
         "Coast guard sector opened its own matter, reference CG-24-{:05d}.",
         "Owner asked that the name be withheld.")
ROWS_PER_PAGE = 30


def harbor_patrol_sheet_with_raised_note_marks(path: Path, n: int) -> Path:
    """Letter portrait, Helvetica 8: ``PORT ELLERY HARBOR POLICE - PATROL SHEET`` over a
    title row ``Logged  Report No.  Nature  Where  Result``; 30 rows a page, the report
    number (``PEH-24-31000`` on) second. Every third row carries a footnote reference, a
    digit in Helvetica 5 raised 3 pt and drawn with no gap after a value: on the report
    number for one row in two of those, else on the time, the place or the result, so the
    text layer prints ``PEH-24-310037`` for ``PEH-24-31003`` with note 7, ``14:0512``.
    Notes are numbered through the document and printed at each page's foot under a short
    rule (``7 Custody logged at the county jail, intake 24J00517.``)."""
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (30, 120, 200, 320, 460)
    note_no = 0
    rows = list(range(n))
    for start in range(0, n, ROWS_PER_PAGE):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 760, "PORT ELLERY HARBOR POLICE - PATROL SHEET")
        c.setFont("Helvetica-Bold", 8)
        for x, title in zip(cols, ("Logged", "Report No.", "Nature", "Where", "Result")):
            c.drawString(x, 738, title)
        y, notes = 724, []
        for i in rows[start:start + ROWS_PER_PAGE]:
            hour, minute = 2 + 3 * (i % 8), (17 * i) % 60
            values = (f"05/{10 + i // 8:02d}/2024 {hour:02d}:{minute:02d}", f"PEH-24-{31000 + i}",
                      NATURES[i % len(NATURES)], f"{(i * 37) % 90 + 10} {PLACES[i % len(PLACES)]}",
                      RESULTS[i % len(RESULTS)])
            marked = None
            if i % 3 == 2:
                note_no += 1
                marked = 1 if (i // 3) % 2 == 0 else (0, 3, 4)[(i // 6) % 3]
                notes.append(f"{note_no} {NOTES[i % len(NOTES)].format(500 + i)}")
            c.setFont("Helvetica", 8)
            for k, (x, value) in enumerate(zip(cols, values)):
                c.drawString(x, y, value)
                if k == marked:
                    width = c.stringWidth(value, "Helvetica", 8)
                    c.setFont("Helvetica", 5)
                    c.drawString(x + width, y + 3, str(note_no))
                    c.setFont("Helvetica", 8)
            y -= 11
        c.line(30, 110, 130, 110)
        c.setFont("Helvetica", 7)
        for k, note in enumerate(notes):
            c.drawString(30, 100 - 8 * k, note)
        c.drawString(500, 14, f"Sheet {start // ROWS_PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


NOTE_MARKS = {f.__name__: f for f in (harbor_patrol_sheet_with_raised_note_marks,)}
