"""Generated logs of cards (see ``log_layouts``): a web page printed from a browser, one
card per incident whose number sits inside a meta line after a word and a number sign."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def cards_with_number_in_meta_line(path: Path, n: int) -> Path:
    """Each card: the call type as a bold heading, a grey line "Report #24-01000 · Logged
    04/01/2024 10:09 · 100 Main St", a sentence, "Outcome: Arrest", a gap. A browser's
    time stamp and title at the top of every page and its address and page count at the
    foot; cards run on over page breaks."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    pages = [1]

    def furniture():
        c.setFont("Helvetica", 7)
        c.drawString(20, 775, "4/9/24, 8:02 AM")
        c.drawString(300, 775, "Activity Blotter - Quarry Hill Police")
        c.drawString(20, 15, "https://quarryhill.example.gov/police/blotter?week=14")
        c.drawRightString(590, 15, f"{pages[0]}/?")

    furniture()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, 740, "Activity Blotter: April 1 - 7, 2024")
    y = 712
    lines_of = []
    for r in rows:
        meta = f"Report #{r['no']} \u00b7 Logged {r['date']} {r['time']} \u00b7 {r['address']}"
        lines_of.append([("Helvetica-Bold", 11, r["type"]), ("Helvetica", 8, meta),
                         ("Helvetica", 9, r["summary"]), ("Helvetica", 9, f"Outcome: {r['dispo']}")])
    for card in lines_of:
        for font, size, text in card:
            if y < 50:
                c.showPage()
                pages[0] += 1
                furniture()
                y = 750
            c.setFont(font, size)
            c.setFillGray(0.45 if size == 8 else 0)
            c.drawString(60, y, text)
            y -= size + 5
        c.setFillGray(0)
        y -= 12
    c.save()
    return path


def boxes_with_labels_in_either_order(path: Path, n: int) -> Path:
    """A parish constable's register: one ruled box per call, a gap between boxes, run-in
    labels "Entry No. 24-01000" (no colon), "Logged: 04/01/2024 10:09", "Nature:",
    "Address:", "Remarks:", "Result:"; in every third box the "Logged:" line stands above
    the number's line. Ends "N calls in this register." """
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def title() -> None:
        c.setFont("Times-Bold", 12)
        c.drawString(50, 750, "Millbrook Parish Constable - Call Register")

    title()
    y = 715
    for k, r in enumerate(rows):
        fields = [("Entry No.", r["no"]), ("Logged:", f"{r['date']} {r['time']}"), ("Nature:", r["type"]),
                  ("Address:", r["address"]), ("Remarks:", r["summary"]), ("Result:", r["dispo"])]
        if k % 3 == 1:
            fields[0], fields[1] = fields[1], fields[0]
        if y - 13 * len(fields) < 50:
            c.showPage()
            title()
            y = 715
        c.rect(45, y - 13 * len(fields) + 4, 480, 13 * len(fields) + 6)
        for label, value in fields:
            c.setFont("Times-Bold", 10)
            c.drawString(55, y - 6, label)
            c.setFont("Times-Roman", 10)
            c.drawString(55 + c.stringWidth(label + " ", "Times-Bold", 10), y - 6, value)
            y -= 13
        y -= 28
    c.setFont("Times-Roman", 10)
    c.drawString(50, max(y, 40), f"{n} calls in this register.")
    c.save()
    return path


CARDS = {f.__name__: f for f in (cards_with_number_in_meta_line, boxes_with_labels_in_either_order)}
