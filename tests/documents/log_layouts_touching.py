"""Generated logs (see ``log_layouts``): a row's number printed touching its neighbour, no
space between them in the text: a harbour patrol's occurrence table whose three-letter
class code starts a fraction of a point after the number's cell (``HB-24-01000BUR``), and
a parks ranger's numbered list whose bracketed item numbers are right-aligned against the
text (``14)24-01013``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# a class code for each kind of call, printed in the code column and its legend
_CLASS = {"Burglary": "BUR", "Noise Complaint": "NOI", "Traffic Collision": "TRC", "Welfare Check": "WEL",
          "Vandalism": "VAN", "Shoplifting": "SHP", "Suspicious Person": "SUS", "Medical Aid": "MED"}


def harbour_table_code_touching_number(path: Path, n: int) -> Path:
    """"Occ Ref | Cls | Logged | Zn | Occurrence | Berth / place | Result" in 6.5-point
    Helvetica; the class code drawn 0.2 point after the number's last glyph:
    ``HB-24-01000BUR 04/01/2024 10:09 Z2 Burglary 100 Main St Report Taken``; a closing
    count and the class codes' legend under the last row."""
    rows = sorted(incidents(n, seed=23), key=lambda r: (r["date"], r["time"]))
    c = canvas.Canvas(str(path), pagesize=letter)
    size = 6.5

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, 760, f"BRACKWATER HARBOUR MARINE PATROL - OCCURRENCE REGISTER   sheet {page}")
        c.setFont("Helvetica-Bold", size)
        for x, title in ((36, "Occ Ref"), (84, "Cls"), (100, "Logged"), (152, "Zn"), (164, "Occurrence"),
                         (234, "Berth / place"), (300, "Result")):
            c.drawString(x, 744, title)
        c.setFont("Helvetica", size)
        return 734

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            page += 1
            y = header(page)
        number = f"HB-{r['no']}"
        c.drawString(36, y, number)
        # the code cell starts right where the number ends: the text layer reads them as one word
        c.drawString(36 + c.stringWidth(number, "Helvetica", size) + 0.2, y, _CLASS[r["type"]])
        c.drawString(100, y, f"{r['date']} {r['time']}")
        c.drawString(152, y, f"Z{1 + i % 4}")
        c.drawString(164, y, r["type"])
        c.drawString(234, y, r["address"])
        c.drawString(300, y, r["dispo"])
        y -= 9
    c.drawString(36, y - 6, f"Occurrences listed: {len(rows)}")
    c.drawString(36, y - 15, "Cls: " + "; ".join(f"{code} = {kind}" for kind, code in _CLASS.items()) + ".")
    c.save()
    return path


def ranger_list_item_touching_number(path: Path, n: int) -> Path:
    """A parks ranger's weekly list, item numbers ``14)`` right-aligned so that their bracket
    ends 0.2 point before the occurrence number: ``14)24-01013 04/03/2024 10:15 - Burglary at
    230 Ocean Ave. Result: Arrest.``, every fourth item on a second line citing an
    earlier occurrence (``Follows 24-00921.``) set off by a space."""
    rows = sorted(incidents(n, seed=29), key=lambda r: (r["date"], r["time"]))
    c = canvas.Canvas(str(path), pagesize=letter)
    font, size = "Times-Roman", 8

    def header(page: int) -> float:
        c.setFont("Times-Bold", 10)
        c.drawString(50, 760, f"Kittering Vale Parks Ranger Service - weekly occurrence list, part {page}")
        c.setFont(font, size)
        return 740

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 70:
            c.showPage()
            page += 1
            y = header(page)
        # the item number's bracket ends a fraction of a point before the occurrence number
        c.drawRightString(69.8, y, f"{i + 1})")
        c.drawString(70, y, f"{r['no']} {r['date']} {r['time']} - {r['type']} at {r['address']}. "
                            f"Result: {r['dispo']}.")
        y -= 10
        if i % 4 == 1:
            c.drawString(78, y, f"Follows 24-{900 + 2 * i:05d}. Ranger spoke with the reporting visitor.")
            y -= 10
    c.drawString(50, y - 8, f"Items this week: {len(rows)}")
    c.save()
    return path


TOUCHING = {f.__name__: f for f in (harbour_table_code_touching_number, ranger_list_item_touching_number)}
