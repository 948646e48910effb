"""More generated logs (see ``log_layouts``): an export of one row per offence whose columns
are titled with database field names, a listing grouped by street whose house number is
printed before the record number, and blocks of numbered labels two to a line."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import STREETS, TYPES, incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas


def offence_rows_export(path: Path, n: int) -> Path:
    """A landscape export, one row per offence: every third incident has two or three
    offences, printed on adjacent rows that repeat its number and every other cell with a
    line number 1, 2, 3. Titles are glued field names (``CaseNbr``, ``CrimeDesc``,
    ``StreetAddr``, ``OccDate``); a code column and a count of rows exported at the end."""
    rows = incidents(n)
    titles = ("CaseNbr", "LineNo", "ReportDate", "ReportTime", "OccDate", "UCR", "CrimeDesc", "StreetAddr", "Sector",
              "Status")
    cols = (0, 58, 92, 150, 200, 250, 282, 400, 500, 540)
    printed = []
    for i, r in enumerate(rows):
        crimes = [r["type"]] + ([TYPES[(i + 3) % len(TYPES)]] if i % 3 == 1 else []) + \
            ([TYPES[(i + 5) % len(TYPES)]] if i % 6 == 1 else [])
        for seq, crime in enumerate(crimes, start=1):
            printed.append((r["no"], str(seq), r["date"], r["time"], f"03/{20 + i % 9}/2024",
                            f"{100 + TYPES.index(crime) * 7}", crime,
                            r["address"].upper(), f"S{1 + i % 4}", r["dispo"].upper()))
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    per_page = 34
    for start in range(0, len(printed), per_page):
        c.setFont("Helvetica", 7)
        c.drawString(30, 580, "offense_line_export | Quarry Hill Marshal | 04/01/2024-04/10/2024")
        for x, title in zip(cols, titles):
            c.drawString(30 + x, 560, title)
        for k, values in enumerate(printed[start:start + per_page]):
            for x, value in zip(cols, values):
                c.drawString(30 + x, 546 - 14 * k, value)
        if start + per_page >= len(printed):
            c.drawString(30, 546 - 14 * (len(printed) - start) - 10, f"Lines exported: {len(printed)}")
        c.showPage()
    c.save()
    return path


def street_index(path: Path, n: int) -> Path:
    """Records grouped by street (a heading per street, a count under its rows), in time
    order within each street so the record numbers are out of order in the document. The
    first column is the house number or block (``1032``, ``2100 BLK``, ``@ PINE RD``), some
    of which read like times, then the record number, date, time, offence, result."""
    rows = incidents(n)
    by_street: dict[str, list[tuple[int, dict]]] = {}
    for i, r in enumerate(rows):
        by_street.setdefault(STREETS[(i * 5) % len(STREETS)], []).append((i, r))
    printed: list[tuple[str, ...]] = []
    for street in sorted(by_street):
        printed.append(("street", street.upper()))
        for i, r in by_street[street]:
            house = (f"{1000 + 37 * i}", f"{(i % 9 + 1) * 100} BLK", f"@ {STREETS[(i + 1) % 6].upper()}")[i // 6 % 3]
            printed.append(("row", house, r["no"], r["date"][:6] + r["date"][8:], r["time"].replace(":", ""),
                            r["type"].upper(), r["dispo"].upper()))
        printed.append(("count", f"{street.upper()}: {len(by_street[street])}"))
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (0, 80, 160, 210, 250, 380)
    per_page = 44
    for start in range(0, len(printed), per_page):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 760, "Quarry Hill Police - offenses by street")
        c.setFont("Helvetica", 7)
        for x, title in zip(cols, ("House/Blk", "Report No", "Date", "Time", "Offense", "Result")):
            c.drawString(48 + x, 740, title)
        for k, line in enumerate(printed[start:start + per_page]):
            y = 724 - 15 * k
            if line[0] == "street":
                c.setFont("Helvetica-Bold", 7)
                c.drawString(40, y, line[1])
                c.setFont("Helvetica", 7)
            elif line[0] == "count":
                c.drawRightString(560, y, line[1])
            else:
                for x, value in zip(cols, line[1:]):
                    c.drawString(48 + x, y, value)
        c.showPage()
    c.save()
    return path


STOCK = ("Area checked, nothing further found and the caller was told.",
         "The owner was advised how to file an insurance claim with the office.",
         "Staff were notified and a work order was opened for the repair.")


def numbered_label_blocks(path: Path, n: int) -> Path:
    """A harbour master's log: blocks of labels numbered as on a form, two pairs a line
    (``1) Entry``, ``2) Received``; ``3) Time window`` a span ``from - HH:MM`` on every other
    record; ``4) Subject``, most shared by two records; ``5) Where``; ``6) Result``; ``7)
    Account`` a sentence, stock ones recurring). Only the place and result labels are words logs use for them."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740
    for i, r in enumerate(rows):
        if y < 120:
            c.showPage()
            y = 740
        if y == 740:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(40, 760, "Bramble Cove Harbour Master - occurrence log")
        hour, minute = map(int, r["time"].split(":"))
        period = f"{r['date']} {max(0, hour - 1):02d}:{minute:02d}" + (f" - {r['time']}" if i % 2 else "")
        # natures: pairs of records share one (some "attempted"), the rest each their own
        nature = f"{TYPES[(i // 2) % 8]}{' - attempted' if i >= 16 else ''}" if i < 28 else \
            f"{TYPES[i % 8]} at the {('fuel dock', 'boat ramp', 'slipway')[i % 3]} {i}"
        pairs = ((("1) Entry", f"BC-{r['no']}"), ("2) Received", f"{r['date']} {r['time']}")),
                 (("3) Time window", period), ("4) Subject", nature)),
                 (("5) Where", r["address"].split(" ", 1)[1] + " pier"), ("6) Result", r["dispo"])),
                 (("7) Account", STOCK[i % 3] if i % 2 else f"Call {i}: {r['summary']}"),))
        for line in pairs:
            for x, (label, value) in zip((40, 310), line):
                c.setFont("Helvetica", 7)
                c.drawString(x, y, label)
                c.setFont("Helvetica-Bold", 8)
                c.drawString(x + 62, y, value)
            y -= 12
        y -= 10
    c.save()
    return path



def rows_over_a_small_table(path: Path, n: int) -> Path:
    """A port police listing: titles "Event  Logged  Nature  Where  Result", each event's row
    followed by a small table indented under it, its own titles "Party  Role  Ref" printed
    again under every event over one to three rows ("Owner  Complainant  MV-7731"), or by
    "(no parties listed)" at that indent."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (40, 120, 210, 330, 460)
    sub = (80, 180, 300)
    y = 0.0

    def titles() -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 760, "Saltash Port Police - Event Listing")
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(cols, ("Event", "Logged", "Nature", "Where", "Result")):
            c.drawString(x, 735, t)
        return 718

    y = titles()
    for i, r in enumerate(rows):
        parties = [("Owner", "Complainant", f"MV-{7000 + 31 * i}"), ("Vessel", "Involved", f"HN{40000 + 7 * i}"),
                   ("Witness", "Reporting", "-")][: i % 4]
        if y - 11 * (2 + len(parties)) < 50:
            c.showPage()
            y = titles()
        c.setFont("Helvetica", 8)
        for x, v in zip(cols, (f"PP{r['no']}", f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"])):
            c.drawString(x, y, v)
        y -= 11
        c.setFont("Helvetica-Oblique", 7)
        if not parties:
            c.drawString(sub[0], y, "(no parties listed)")
            y -= 11
        else:
            for x, t in zip(sub, ("Party", "Role", "Ref")):
                c.drawString(x, y, t)
            y -= 10
            for p in parties:
                for x, v in zip(sub, p):
                    c.drawString(x, y, v)
                y -= 10
        y -= 5
    c.save()
    return path


INDEX = {f.__name__: f for f in (offence_rows_export, street_index, numbered_label_blocks, rows_over_a_small_table)}
