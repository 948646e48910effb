"""Generated logs set as a display board (see ``log_layouts``): every character drawn in a
tile of its own at a fixed pitch, light on a dark page, and dates of a day and a month only."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_COLUMNS = (("DAY", 7), ("HOUR", 7), ("VESSEL", 9), ("BERTH", 9), ("NATURE", 20), ("LOG NO", 12), ("RESULT", 16))


def _tiles(c, x: float, y: float, text: str, width: int, pitch: float) -> None:
    """``text`` in ``width`` tiles from ``x``: a dark tile per place, each character its own text object."""
    for k in range(width):
        c.setFillColorRGB(0.22, 0.22, 0.24)
        c.rect(x + k * pitch, y - 2, pitch - 1, 10, stroke=0, fill=1)
        if k < len(text) and text[k] != " ":
            c.setFillColorRGB(0.98, 0.75, 0.2)
            c.drawString(x + k * pitch + 1, y, text[k])


def _row(c, y: float, values: list[str], columns=_COLUMNS, pitch: float = 6.0) -> None:
    x = 30.0
    for value, (_, width) in zip(values, columns):
        _tiles(c, x, y, value, width, pitch)
        x += (width + 2) * pitch


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


_WIDE = (("STAMP", 16), ("BAY", 3), ("MATTER", 18), ("TICKET", 11), ("CLOSED AS", 14))


def board_tiles_wide_pitch_letter_spaced(path: Path, n: int) -> Path:
    """A bus depot's yard panel, portrait, dark page, Courier 6 in tiles 7 points apart (the
    glyphs half as wide as their pitch, so layout text prints them one space apart:
    ``B U R G L A R Y``): columns STAMP (``04/01/2024 10:09``), BAY, MATTER, TICKET (the
    number, ``YD-24-01000``), CLOSED AS; a title in plain text over the tiles."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0
    for i, r in enumerate(rows):
        if y < 60:
            if page:
                c.showPage()
            page += 1
            c.setFillColorRGB(0.08, 0.08, 0.1)
            c.rect(0, 0, 612, 792, stroke=0, fill=1)
            c.setFillColorRGB(0.9, 0.9, 0.9)
            c.setFont("Helvetica", 9)
            c.drawString(30, 760, f"Kestrel Row Bus Depot - yard panel capture, sheet {page}")
            c.setFont("Courier", 6)
            _row(c, 730, [title for title, _ in _WIDE], _WIDE, 7.0)
            y = 712
        _row(c, y, [f"{r['date']} {r['time']}", str(1 + i % 9), r["type"].upper()[:18], f"YD-{r['no']}",
                    r["dispo"].upper()[:14]], _WIDE, 7.0)
        y -= 14
    c.save()
    return path


TILES = {f.__name__: f for f in (board_tiles_day_month_dates, board_tiles_wide_pitch_letter_spaced)}
