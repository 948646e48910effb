"""Generated logs set as a display board (see ``log_layouts``): every character drawn in a
tile of its own at a fixed pitch, light on a dark page, and dates of a day and a month only."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_PITCH = 6.0            # one tile per character
_COLUMNS = (("DAY", 7), ("HOUR", 7), ("VESSEL", 9), ("BERTH", 9), ("NATURE", 20), ("LOG NO", 12), ("RESULT", 16))


def _tiles(c, x: float, y: float, text: str, width: int) -> None:
    """``text`` in ``width`` tiles from ``x``: a dark tile per place, each character its own text object."""
    for k in range(width):
        c.setFillColorRGB(0.22, 0.22, 0.24)
        c.rect(x + k * _PITCH, y - 2, _PITCH - 1, 10, stroke=0, fill=1)
        if k < len(text) and text[k] != " ":
            c.setFillColorRGB(0.98, 0.75, 0.2)
            c.drawString(x + k * _PITCH + 1, y, text[k])


def _row(c, y: float, values: list[str]) -> None:
    x = 30.0
    for value, (_, width) in zip(values, _COLUMNS):
        _tiles(c, x, y, value, width)
        x += (width + 2) * _PITCH


def board_tiles_day_month_dates(path: Path, n: int) -> Path:
    """A harbour patrol's berth board, landscape, near-black page: columns DAY (``03APR``,
    no year: the year is only in the title's date range), HOUR, VESSEL (``MV 212`` or
    ``--``), BERTH, NATURE, LOG NO (the number, sixth), RESULT; every value a row of
    tiles with one character each; a tile row with the number of entries at the end."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    first, last = rows[0]["date"], rows[-1]["date"]
    y, page = 0.0, 0
    for i, r in enumerate(rows + [None]):
        if y < 60:
            if page:
                c.showPage()
            page += 1
            c.setFillColorRGB(0.05, 0.05, 0.06)
            c.rect(0, 0, 792, 612, stroke=0, fill=1)
            c.setFont("Courier-Bold", 8)
            c.setFillColorRGB(0.9, 0.9, 0.9)
            c.drawString(30, 580, f"OSPREY SOUND HARBOUR PATROL - BERTH BOARD   {first} - {last}   PANEL {page}")
            _row(c, 550, [title for title, _ in _COLUMNS])
            y = 528
        if r is None:
            _row(c, y - 8, ["", "", "", "", "ENTRIES SHOWN", f"{n:03d}"])
            break
        month, day = int(r["date"][:2]), int(r["date"][3:5])
        vessel = f"MV {200 + i % 37}" if i % 3 else "--"
        _row(c, y, [f"{day:02d}{_MONTHS[month - 1]}", r["time"], vessel, f"PIER {1 + i % 6}", r["type"].upper()[:20],
                    f"HP{r['no']}", r["dispo"].upper()[:16]])
        y -= 14
    c.save()
    return path


TILES = {f.__name__: f for f in (board_tiles_day_month_dates,)}
