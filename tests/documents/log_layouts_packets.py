"""Generated records packets (see ``log_layouts``): several offices' logs bound into one PDF,
each section on pages of its own under its own title block, in its own layout and numbering."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas


def packet_blocks_then_one_page_of_notes_numbered_last(path: Path, n: int) -> Path:
    """A district office's packet: the river patrol's Helvetica 9 labelled blocks over
    several pages ("Patrol ref   RP24-5000" over "Logged", "Offense", "Address", "Result",
    each page numbered "River patrol - sheet k", a count at the end: n - 6 blocks), then on a
    page of its own under its own title the ferry warden's six notes, one paragraph each,
    the date in words without a year and the note's own number last in brackets
    ("April 3, 14:05 - Vandalism noted at 100 Main St. Outcome: advised. (Note FW240)")."""
    rows = incidents(n)
    blocks, notes = rows[:n - 6], rows[n - 6:]
    c = canvas.Canvas(str(path))
    sheet, y = 1, 730
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 790, "EASTMARCH RIVER PATROL [invented]")
    c.setFont("Helvetica", 9)
    c.drawString(40, 776, "Occurrence sheets, April 2024")
    for i, r in enumerate(blocks):
        if y < 110:
            c.drawString(260, 30, f"River patrol - sheet {sheet}")
            c.showPage()
            c.setFont("Helvetica", 9)
            sheet, y = sheet + 1, 770
        for k, (label, value) in enumerate((("Patrol ref", f"RP24-{5000 + 3 * i}"), ("Logged", f"{r['date']} {r['time']}"),
                                            ("Offense", r["type"]), ("Address", r["address"]), ("Result", r["dispo"]))):
            c.drawString(50, y - 12 * k, label)
            c.drawString(170, y - 12 * k, value)
        y -= 76
    c.drawString(50, y - 6, f"Sheets record {len(blocks)} occurrences")
    c.drawString(260, 30, f"River patrol - sheet {sheet}")
    c.showPage()
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 790, "EASTMARCH FERRY WARDEN [invented]")
    c.setFont("Helvetica", 9)
    c.drawString(40, 776, "Warden's notes, April 2024")
    y = 750
    for i, r in enumerate(notes):
        c.drawString(40, y, f"April {int(r['date'][3:5])}, {r['time']} - {r['type']} noted at {r['address']}. "
                            f"Outcome: {r['dispo'].lower()}. (Note FW{240 + 2 * i})")
        y -= 16
    c.drawString(40, y - 6, f"Notes: {len(notes)}")
    c.save()
    return path


PACKETS = {f.__name__: f for f in (packet_blocks_then_one_page_of_notes_numbered_last,)}
