"""Generated logs (see ``log_layouts``) whose records print their values in two tiers: a
listing of two lines a record under two title lines, the second line's first cell often
blank."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

_CROSS = ["Pine Rd", "Vista Way", "Harbor Blvd", "Main St"]


def _place(i: int, r: dict) -> str:
    """A house number, a crossing or a named place: not every place opens with digits."""
    if i % 3 == 1:
        return f"{r['address'].split(' ', 1)[1]} & {_CROSS[i % len(_CROSS)]}"
    if i % 3 == 2:
        return "Marina Office"
    return r["address"]


def _short(date: str) -> str:
    return date[:6] + date[-2:]


def two_tier_listing_second_line_often_blank_first(path: Path, n: int) -> Path:
    """Courier 8 listing: "EVENT NO  LOGGED  CALL TYPE  ADDRESS" over "FROM  RESULT  UNIT
    TICKET", each record a line under each title line; the second line's first cell, when
    the incident happened (a time or a span glued by a dash), blank in every third record,
    so that line starts under RESULT instead."""
    rows = incidents(n)
    fmt1 = "{:<13}{:<17}{:<22}{}"
    c = canvas.Canvas(str(path))
    head = [fmt1.format("EVENT NO", "LOGGED", "CALL TYPE", "ADDRESS"),
            " " * 13 + "FROM".ljust(31) + "RESULT".ljust(16) + "UNIT".ljust(8) + "TICKET"]
    page, y = 0, 0
    for i, r in enumerate(rows):
        if y < 60:
            if page:
                c.drawString(30, 30, f"LIST PAGE {page}")
                c.showPage()
            page += 1
            c.setFont("Courier", 8)
            c.drawString(30, 780, "WEST FORK MARSHAL - CALL LISTING [invented]")
            c.drawString(30, 760, head[0])
            c.drawString(30, 750, head[1])
            y = 730
        hh, mm = r["time"].split(":")
        early = f"{int(hh) // 2:02d}:{mm}"
        when = "" if i % 3 == 2 else \
            f"{_short(r['date'])} {early}-{_short(r['date'])} {r['time']}" if i % 3 == 1 else f"{_short(r['date'])} {early}"
        second = " " * 13 + when.ljust(31) + r["dispo"].upper().ljust(16) + f"{200 + i}".ljust(8) + f"7{i:06d}"
        c.drawString(30, y, fmt1.format(r["no"], f"{_short(r['date'])} {r['time']}", r["type"].upper(),
                                        _place(i, r).upper()))
        c.drawString(30, y - 10, second)
        y -= 26
    c.drawString(30, y - 10, f"LISTED: {n}")
    c.save()
    return path


TWO_TIER = {f.__name__: f for f in (two_tier_listing_second_line_often_blank_first,)}
