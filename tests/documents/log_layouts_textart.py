"""Generated logs typed as text art (see ``log_layouts``): ruled grids of ``+``, ``-`` and
``|`` whose long cells wrap onto further lines of the same row."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

WIDTHS = (10, 5, 14, 16, 12)        # date, clock, event number, nature, result


def _grid_line(cells: list[str], fill: str = " ") -> str:
    return "|" + "|".join(f"{fill}{c.ljust(w)}{fill}" for c, w in zip(cells, WIDTHS)) + "|"


def text_art_grid_wrapped_cells(path: Path, n: int) -> Path:
    """Courier 8 grid: "+====+" under the heading row, "+----+" between rows; the event
    number in the third column (no prefix), the nature and the result wrapped onto a
    second "|" line with the other cells blank; the last row sums the month ("Sum of
    entries | 30 ...") inside the grid."""
    rows = incidents(n)
    rule = "+" + "+".join("-" * (w + 2) for w in WIDTHS) + "+"
    double = rule.replace("-", "=")
    c = canvas.Canvas(str(path))

    def wrapped(r: dict) -> list[str]:
        cells = [r["date"], r["time"].replace(":", ""), r["no"].replace("-", ""),
                 f"{r['type']} - reported by phone", r["dispo"]]
        pieces = [textwrap.wrap(cell, w) or [""] for cell, w in zip(cells, WIDTHS)]
        depth = max(len(p) for p in pieces)
        return [_grid_line([p[i] if i < len(p) else "" for p in pieces]) for i in range(depth)] + [rule]

    lines = [rule, _grid_line(["Date", "Clock", "Event", "Nature", "Result"]), double]
    for r in rows:
        lines += wrapped(r)
    lines += [_grid_line(["Sum of", "", "entries", f"{n} this month", ""]), double]
    y, page = 760, 1
    c.setFont("Courier", 8)
    c.drawString(30, 780, "LOWER FERRY CONSTABLE - RUNNING SHEET")
    for line in lines:
        if y < 40:
            c.drawString(30, 25, f"sheet {page}")
            c.showPage()
            c.setFont("Courier", 8)
            page, y = page + 1, 760
        c.drawString(30, y, line)
        y -= 10
    c.save()
    return path


def service_calls_between_numbered_rows(path: Path, n: int) -> Path:
    """Helvetica 8 table opened by the clock, then the date: "Time  Date  Offense  Place
    Report #  Outcome"; every fourth row a service call whose report cell reads "n/a" or is
    blank, in time order among the numbered rows; a closing line counts both kinds."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    cols = (30, 70, 130, 240, 360, 440)

    def row(y: float, cells: list[str]) -> None:
        for x, cell in zip(cols, cells):
            c.drawString(x, y, cell)

    y, served, numbered = 760, 0, 0
    c.setFont("Helvetica", 8)
    row(780, ["Time", "Date", "Offense", "Place", "Report #", "Outcome"])
    for i, r in enumerate(rows):
        if i % 4 == 3:
            served += 1
            row(y, [r["time"], r["date"], "Assist motorist", r["address"], "n/a" if served % 2 else "", "Assisted"])
            y -= 12
        numbered += 1
        row(y, [r["time"], r["date"], r["type"], r["address"], f"R{r['no']}", r["dispo"]])
        y -= 12
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 8)
            row(780, ["Time", "Date", "Offense", "Place", "Report #", "Outcome"])
            y = 760
    c.drawString(30, y - 12, f"Reports: {numbered}    Assists without a report: {served}    All: {numbered + served}")
    c.save()
    return path


def counted_blocks_with_a_bare_word_beside_the_count(path: Path, n: int) -> Path:
    """Helvetica 9 blocks opened by a running count and a bare word with its value at the
    right ("VISIT 7 ...   Warden 4-2"), then marked labels, the record's id under the
    first ("Log ref.:"), their values at one position further right."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    y = 760
    c.setFont("Helvetica", 9)
    for i, r in enumerate(rows):
        if y < 120:
            c.showPage()
            c.setFont("Helvetica", 9)
            y = 760
        c.drawString(40, y, f"VISIT {i + 1}")
        c.drawString(460, y, f"Warden {4 + i % 3}-{2 + i % 5}")
        for k, (label, value) in enumerate((("Log ref.:", f"WL-{r['no']}"), ("When:", f"{r['date']} {r['time']}"),
                                            ("Spot:", r["address"]), ("Pursuit:", r["type"]),
                                            ("Outcome:", r["dispo"]))):
            c.drawString(56, y - 12 * (k + 1), label)
            c.drawString(200, y - 12 * (k + 1), value)
        y -= 84
    c.save()
    return path


def typists_own_label_sets(path: Path, n: int) -> Path:
    """Courier 9 entries between rules of "~" or "#", each typist with his own labels:
    "Ref 24-01000" then "Offense: ... | Address: ..." and "Status: ..."; or "Report
    24-01001  04/01/24 12:41" then "Incident type   ...", "Street   ...", "Disposition   ..."
    without colons; no one label set in every entry."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    y = 760
    c.setFont("Courier", 9)
    for i, r in enumerate(rows):
        if i % 2:
            lines = ["#" * 30, f"Report {r['no']}   {r['date']} {r['time']}", f"Incident type   {r['type']}",
                     f"Street          {r['address']}", f"Disposition     {r['dispo']}"]
        else:
            lines = ["~" * 30, f"Ref {r['no']}   logged {r['date']} {r['time']}",
                     f"Offense: {r['type']} | Address: {r['address']}", f"Status: {r['dispo']}"]
        if y - 11 * len(lines) < 40:
            c.showPage()
            c.setFont("Courier", 9)
            y = 760
        for line in lines:
            c.drawString(40, y, line)
            y -= 11
        y -= 11
    c.save()
    return path


DAY_WIDTHS = (9, 10, 5, 18, 20, 16)     # number, date, time, call type, location, disposition


def text_art_grid_day_groups(path: Path, n: int) -> Path:
    """Courier 7 landscape CAD print in capitals: a ruled header box on every page, then
    one "|" line per row with no rule between rows, only after each day's rows and the
    day's band ("| DAY TOTAL 04/01/24: 6 LISTED |" spanning the table); every fifth row's
    location cell blank; after the third day a band citing two numbers of the rows'
    shape that are no rows ("SERIES CHECK 24-00990 TO 24-00999 VOIDED")."""
    rows = incidents(n)
    width = sum(w + 3 for w in DAY_WIDTHS) - 1

    def line(cells: list[str]) -> str:
        return "|" + "|".join(f" {c.ljust(w)} " for c, w in zip(cells, DAY_WIDTHS)) + "|"

    def band(text: str) -> str:
        return "| " + text.ljust(width - 2) + "|"

    rule = "+" + "+".join("-" * (w + 2) for w in DAY_WIDTHS) + "+"
    head = [rule, line(["INCIDENT", "DATE", "TIME", "CALL TYPE", "LOCATION", "DISPOSITION"]), rule]
    lines: list[str] = []
    days = sorted({r["date"] for r in rows})
    for k, day in enumerate(days):
        of_day = [r for r in rows if r["date"] == day]
        for r in of_day:
            place = "" if int(r["no"][-2:]) % 5 == 4 else r["address"].upper()
            lines.append(line([r["no"], day[:6] + day[-2:], r["time"], r["type"].upper(), place,
                               r["dispo"].upper()]))
        lines += [band(f"DAY TOTAL {day[:6] + day[-2:]}: {len(of_day)} LISTED"), rule]
        if k == 2:
            lines += [band("*** SERIES CHECK 24-00990 TO 24-00999 VOIDED *** NOT LISTED ***"), rule]
    c = canvas.Canvas(str(path), pagesize=(792, 612))
    page, y = 1, 0
    for text in lines:
        if y < 50:
            if page > 1 or y:
                c.showPage()
            c.setFont("Courier", 7)
            c.drawString(24, 590, f"HARBOR CAD PUBLIC INCIDENT REPORT [invented]   PAGE {page}")
            y = 570
            for h in head:
                c.drawString(24, y, h)
                y -= 9
            page += 1
        c.drawString(24, y, text)
        y -= 9
    c.drawString(24, y - 9, f"RECORDS PRINTED: {n}")
    c.save()
    return path


TEXT_ART = {f.__name__: f for f in (typists_own_label_sets, text_art_grid_wrapped_cells, service_calls_between_numbered_rows,
                                    counted_blocks_with_a_bare_word_beside_the_count, text_art_grid_day_groups)}
