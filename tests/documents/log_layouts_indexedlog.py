"""Generated logs closed by an index that lists every record's number again (see
``log_layouts``): a two-line line-printer table whose index reprints each record's first
line in the same column; a table whose rows open with a dispatch event number before the
report number, its index listing the report numbers several to a line; a fixed-width print
whose cut cells are printed again in full after its count, under some records' numbers."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

ROWS_PER_PAGE = 18
INDEX_PER_PAGE = 44
ZONES = ("PZ0405", "PZ0611", "PZ0612")


def _sections(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """Two districts, each listing its own rows (every third row is the ferry terminal's):
    the one series of numbers jumps inside a section and restarts lower at the next."""
    terminal = [r for i, r in enumerate(rows) if i % 3 == 2]
    town = [r for i, r in enumerate(rows) if i % 3 != 2]
    return [("DISTRICT A  TOWN QUAYS", town), ("DISTRICT B  FERRY TERMINAL", terminal)]


def quay_printer_two_line_rows_with_zone_index(path: Path, n: int) -> Path:
    """A harbour constabulary's line-printer report, Courier 8, all capitals: each row two
    lines (`Q24/01000 04/01/24 1009 N4  BURGLARY`, then `WHERE: ... RESULT: ...` set in
    under it, the town's own number after some outcomes: `TOWN REF TQ-3107`), two districts
    with a count line each and a grand count; the ferry terminal is one zone, the town two. After the log, an
    index by zone reprints every row's first line (`Q24/01000 04/01/24 1009 BURGLARY  N4`)
    at the very position the rows print theirs, on pages of its own."""
    rnd, rows = random.Random(5), incidents(n)
    for i, r in enumerate(rows):
        r["ref"], r["zone"] = f"Q24/{1000 + i:05d}", ZONES[0 if i % 3 == 2 else 1 + rnd.randrange(2)]
        r["short"] = f"{r['date'][:6]}{r['date'][8:]} {r['time'].replace(':', '')}"
    groups: list[list[str]] = []      # (a row's two lines are never parted by a page break)
    for title, chunk in _sections(rows):
        groups.append([title])
        for i, r in ((rows.index(r), r) for r in chunk):
            groups.append([f"{r['ref']} {r['short']} {r['zone']}  {r['type'].upper()}",
                           f"            WHERE: {r['address'].upper():<28} RESULT: {r['dispo'].upper()}"
                           + (f" TOWN REF TQ-{3100 + 7 * i}" if i % 4 == 1 else "")])
        groups.append([f"                    ++ {title.split('  ')[0]} COUNT     {len(chunk):04d}", ""])
    groups.append([f"                    +++ ALL DISTRICTS COUNT  {n:04d}"])
    c = canvas.Canvas(str(path), pagesize=letter)
    page = 0
    for start in range(0, len(groups), ROWS_PER_PAGE):
        page += 1
        _printer_head(c, page)
        c.drawString(30, 712, "REF NO      LOGGED       ZN  MATTER")
        c.drawString(30, 703, "            PLACE                                OUTCOME")
        c.drawString(30, 694, "=" * 90)
        y = 682
        for ln in [ln for group in groups[start:start + ROWS_PER_PAGE] for ln in group]:
            c.drawString(30, y, ln)
            y -= 10
        c.showPage()
    index: list[str] = ["ZONE INDEX", ""]
    for zone in ZONES:
        mine = [r for r in rows if r["zone"] == zone]
        index.append(f"{zone} {len(mine):04d} ROWS")
        index += [f"{r['ref']} {r['short']} {r['type'].upper():<22} {zone}" for r in mine]
        index.append("")
    for start in range(0, len(index), INDEX_PER_PAGE):
        page += 1
        _printer_head(c, page)
        y = 700
        for ln in index[start:start + INDEX_PER_PAGE]:
            c.drawString(30, y, ln)
            y -= 10
        c.showPage()
    c.save()
    return path


def _printer_head(c, page: int) -> None:
    c.setFont("Courier", 8)
    c.drawString(30, 760, f"KESTRAL HARBOUR CONSTABULARY   QRY-77   QUAY ACTIVITY   04/01/24 - 04/30/24   PG {page}")
    c.drawString(30, 750, "PRINTED 05/02/24 0300   DESK 555-0177")


def dispatch_event_then_report_number_with_index(path: Path, n: int) -> Path:
    """A landscape table, Courier 8, whose rows open with the dispatch event number
    (`V0401-5521`, its date and a draw) and then the report number (`HB-24-1000`), one space
    apart, then the date and time, type, place, outcome; two districts, each with a count.
    After the log, a page titled as an index lists the report numbers by zone, six to a
    line under a heading per zone."""
    rnd = random.Random(11)
    rows = incidents(n)
    for i, r in enumerate(rows):
        r["ref"], r["zone"] = f"HB-24-{1000 + i}", ZONES[i % len(ZONES)]
        r["event"] = f"V{r['date'][:2]}{r['date'][3:5]}-{rnd.randrange(1000, 9999)}"
    size = landscape(letter)
    c = canvas.Canvas(str(path), pagesize=size)
    body: list[str] = []
    for title, chunk in _sections(rows):
        body.append(f"SERVICE AREA: {title}")
        body += [f"{r['event']} {r['ref']}   {r['date']} {r['time']}  {r['zone']}   {r['type']:<20} "
                 f"{r['address']:<20} {r['dispo']}" for r in chunk]
        body += [f"                      Area count: {len(chunk)}", ""]
    for start in range(0, len(body), 36):
        c.setFont("Courier", 8)
        c.drawString(30, 570, "WESTERLY BAY MARINE PATROL - MONTHLY REPORT LIST")
        c.drawString(30, 552, "Event       Report No.   Logged            Zone  Matter               Place"
                              "                Outcome")
        c.drawString(30, 544, "-" * 110)
        y = 532
        for ln in body[start:start + 36]:
            c.drawString(30, y, ln)
            y -= 11
        c.showPage()
    c.setFont("Courier", 8)
    c.drawString(30, 570, "WESTERLY BAY MARINE PATROL - MONTHLY REPORT LIST")
    c.drawString(30, 545, "REPORTS BY ZONE")
    y = 530
    for zone in ZONES:
        mine = [r["ref"] for r in rows if r["zone"] == zone]
        c.drawString(30, y, f"Zone {zone} - {len(mine)} reports:")
        y -= 11
        for k in range(0, len(mine), 6):
            c.drawString(30, y, "     " + "  ".join(mine[k:k + 6]))
            y -= 11
    c.showPage()
    c.save()
    return path


def _cut(value: str, width: int) -> str:
    """A value cut to its field, a plus sign in its last place saying it goes on."""
    return value if len(value) <= width else value[:width - 1] + "+"


def ticket_then_occurrence_with_overflow_after_count(path: Path, n: int) -> Path:
    """A borough police print, Courier 7, all capitals, fixed-width fields one space apart
    under bare titles that name no series (`OCC#`, `TKT`): the occurrence number
    (`24-01000`), date, time, offence, place and outcome, each cut to its field and ended `+`
    when longer, and last the dispatch ticket (`TK2451003`, rising with gaps). After
    `OCCURRENCES ON THIS PRINT: 40` an overflow section prints each cut value in full,
    one line per value under the occurrence's number (`24-01001 OFFENCE NOISE COMPLAINT`):
    most occurrences stand there once to three times, some not at all."""
    rnd, rows = random.Random(23), incidents(n, seed=31)
    ticket = 51000
    for r in rows:
        ticket += rnd.randrange(2, 9)
        r["ticket"] = f"TK24{ticket}"
    widths = (("OFFENCE", "type", 12), ("PLACE", "address", 14), ("OUTCOME", "dispo", 9))
    body, overflow = [], []
    for r in rows:
        cells = [_cut(r[key].upper(), w).ljust(w) for _, key, w in widths]
        body.append(f"{r['no']} {r['date'][:6]}{r['date'][8:]} {r['time'].replace(':', '')} "
                    + " ".join(cells) + f" {r['ticket']}")
        overflow += [f"{r['no']} {name} {r[key].upper()}" for name, key, w in widths if len(r[key]) > w]
    lines = body + [f"OCCURRENCES ON THIS PRINT: {n}", "",
                    "OVERFLOW - FIELDS ENDING + PRINTED IN FULL"] + overflow + [f"OVERFLOW LINES {len(overflow)}"]
    c = canvas.Canvas(str(path), pagesize=letter)
    for page, start in enumerate(range(0, len(lines), 30), 1):
        c.setFont("Courier", 7)
        c.drawString(36, 760, f"HOLLENBY CROSS BOROUGH POLICE    OCCURRENCE PRINT    04/01/24 TO 04/07/24    PG {page}")
        c.drawString(36, 742, "OCC#     DATE     TIME OFFENCE      PLACE          OUTCOME   TKT")
        y = 730
        for ln in lines[start:start + 30]:
            c.drawString(36, y, ln)
            y -= 9
        c.showPage()
    c.save()
    return path


INDEXED_LOG = {f.__name__: f for f in (quay_printer_two_line_rows_with_zone_index,
                                        dispatch_event_then_report_number_with_index,
                                        ticket_then_occurrence_with_overflow_after_count)}
