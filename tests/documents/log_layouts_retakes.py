"""Generated logs photographed page by page and read back by OCR (see ``log_layouts``): a
page shot twice, a spoilt shot and its retake, both kept in the document."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

PER_PAGE = 12
# the spoilt shot's blur: letters misread in its words, the dash after each number read "_"
BLURRED = (("Called", "Caiied"), ("Result", "Resu1t"), ("Main", "Maln"), ("Report", "Rep0rt"))


def _items(rows: list[dict], start: int) -> list[str]:
    lines = []
    for k in range(start, min(len(rows), start + PER_PAGE)):
        r = rows[k]
        date = r["date"][:6] + r["date"][-2:]
        lines.append(f"{(str(k + 1) + '.').ljust(6)}{r['no']} \u2014 Called in {date} {r['time']}: "
                     f"{r['type']} at {r['address']}.")
        lines.append(f"      Result: {r['dispo']}.")
    return lines


def _spoilt(line: str) -> str:
    for word, read in BLURRED:
        line = line.replace(word, read)
    return line.replace(" \u2014 ", " _ ")


def _glared(lines: list[str]) -> list[str]:
    """The retake's glare: the middle of the last item's lines washed out, its record
    number with them (only the spoilt shot reads it)."""
    out = list(lines)
    for j in (len(out) - 2, len(out) - 1):
        out[j] = out[j][:7] + " " * 30 + out[j][37:]
    return out


def numbered_items_page_shot_twice(path: Path, n: int) -> Path:
    """Courier 8 numbered items "14.   24-01013 — Called in 04/03/24 11:37: Theft at 230
    Main St." over "Result: Report Taken.", twelve to a printed page under "RIVERBEND
    HOLLOW MARSHAL [invented] - CALLS OF THE WEEK" and over "Page k of m"; printed page 2
    is in the document twice: first a spoilt shot (letters misread, the dash after every
    number read as "_"), then its retake, clean but for a glare washing out the middle of
    its last item, record number and all. Every incident one record; the last item of
    page 2 read from the spoilt shot."""
    rows = incidents(n)
    sheets = [_items(rows, s) for s in range(0, n, PER_PAGE)]
    shots = [(1, sheets[0]), (2, [_spoilt(ln) for ln in sheets[1]]), (2, _glared(sheets[1])),
             *((k + 1, s) for k, s in enumerate(sheets) if k >= 2)]
    c = canvas.Canvas(str(path))
    for page, lines in shots:
        c.setFont("Courier", 8)
        c.drawString(30, 780, "RIVERBEND HOLLOW MARSHAL [invented] - CALLS OF THE WEEK")
        y = 756
        for line in lines:
            c.drawString(30, y, line)
            y -= 12
        c.drawString(30, 30, f"Page {page} of {len(sheets)}")
        c.showPage()
    c.save()
    return path


RETAKES = {f.__name__: f for f in (numbered_items_page_shot_twice,)}
