"""Generated logs released with redactions (see ``log_layouts``): withheld text removed and
only a black box left (its exemption code beside or on it), rows withheld but for their
number, an exemption index after the log, record numbers whose end a box covers."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

_WITHHELD_ROWS = (4, 17, 29)            # rows withheld in full, their number shown
_BOXED_PLACES = (2, 6, 9, 13, 16, 21, 24, 26, 31, 33, 37)  # rows whose address is boxed
_CUT_ITEMS = (5, 13, 22, 31, 44)        # items whose number's last digit is boxed


def ledger_rows_withheld_then_exemption_index(path: Path, n: int) -> Path:
    """Courier 8 fixed-width ledger "INCIDENT  DATE      TIME   TYPE  ADDRESS  RESULT", one
    line a row; three rows withheld but for their number (a black bar and "ROW EXEMPT -
    GC 6254(f)" on it in white), eleven addresses boxed with their code in white (and the
    result of those of odd rows); a closing
    count "ROWS PRINTED: n  EXEMPT ROWS: 3", then a page "EXEMPTION INDEX - REQUEST
    XR-2024-0118  TEL 555-0142" listing the number of every redacted row again, one line a
    redaction ("24-01002   ADDRESS   GC 6254(f)"), a row with two redactions twice."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    index: list[tuple[str, str]] = []
    y = 0

    def head() -> float:
        c.setFont("Courier", 8)
        c.drawString(30, 790, "GREYWATER FLATS RANGER SERVICE - INCIDENT LEDGER - REDACTED RELEASE")
        c.drawString(30, 766, "INCIDENT  DATE       TIME   TYPE                ADDRESS             RESULT")
        return 752

    def white(x: float, y: float, width: float, label: str) -> None:
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, y - 2, width, 9, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.drawString(x + 4, y, label)
        c.setFillColorRGB(0, 0, 0)

    for i, r in enumerate(rows):
        if y < 60:
            if y:
                c.showPage()
            y = head()
        c.drawString(30, y, r["no"])
        if i in _WITHHELD_ROWS:
            white(30 + 4.8 * 10, y, 4.8 * 60, "ROW EXEMPT - GC 6254(f)")
            index.append((r["no"], "ENTIRE ROW"))
        else:
            c.drawString(30 + 4.8 * 10, y, f"{r['date']} {r['time']}  {r['type']:<20}")
            if i in _BOXED_PLACES:
                white(30 + 4.8 * 46, y, 4.8 * 18, "GC 6254(f)")
                index.append((r["no"], "ADDRESS"))
                if i % 2:
                    index.append((r["no"], "RESULT"))
            else:
                c.drawString(30 + 4.8 * 46, y, r["address"])
            if i in _BOXED_PLACES and i % 2:
                white(30 + 4.8 * 66, y, 4.8 * 14, "GC 6254(k)")
            else:
                c.drawString(30 + 4.8 * 66, y, r["dispo"])
        y -= 11
    c.drawString(30, y - 6, f"ROWS PRINTED: {n}    EXEMPT ROWS: {len(_WITHHELD_ROWS)}")
    c.showPage()
    c.setFont("Courier", 8)
    c.drawString(30, 790, "GREYWATER FLATS RANGER SERVICE - INCIDENT LEDGER - EXEMPTION INDEX")
    c.drawString(30, 766, "EXEMPTION INDEX - REQUEST XR-2024-0118   TEL 555-0142")
    c.drawString(30, 752, "INCIDENT   FIELD        BASIS")
    y = 738
    for number, field in index:
        c.drawString(30, y, f"{number}   {field:<12} GC 6254(f)")
        y -= 11
    c.drawString(30, y - 6, f"REDACTIONS: {len(index)}")
    c.save()
    return path


def numbered_items_number_end_boxed(path: Path, n: int) -> Path:
    """Helvetica 9 numbered items "7)  24-01006 - Reported 04/02/2024 10:09. Burglary at
    100 Main St. Result: Report Taken.", the text hanging under the number; in five items
    the number's last digit is under a black box (nothing under it in the text layer) with
    "[GC 6254]" beside it, so the item's number prints as "24-0100"; a closing line "Items:
    n (5 case numbers shortened by redaction)"."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    y = 0

    def head() -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 780, "Tallow Reach Harbour Constabulary - Numbered Occurrence List (redacted)")
        c.setFont("Helvetica", 9)
        return 750

    for i, r in enumerate(rows):
        if y < 70:
            if y:
                c.showPage()
            y = head()
        number = r["no"]
        c.drawString(40, y, f"{i + 1})")
        full = c.stringWidth(number, "Helvetica", 9)
        if i in _CUT_ITEMS:
            shown = number[:-1]
            c.drawString(70, y, shown)
            left = 70 + c.stringWidth(shown, "Helvetica", 9) + 1
            c.rect(left, y - 2, 70 + full + 6 - left, 10, fill=1, stroke=0)
            rest_x, lead = 70 + full + 10, "[GC 6254] - "
        else:
            c.drawString(70, y, number)
            rest_x, lead = 70 + full + 4, "- "
        c.drawString(rest_x, y, f"{lead}Reported {r['date']} {r['time']}. {r['type']} at {r['address']}.")
        c.drawString(70, y - 11, f"Result: {r['dispo']}.")
        y -= 26
    c.drawString(40, y - 4, f"Items: {n} ({len(_CUT_ITEMS)} case numbers shortened by redaction)")
    c.save()
    return path


REDACTED = {f.__name__: f for f in (ledger_rows_withheld_then_exemption_index, numbered_items_number_end_boxed)}
