"""Generated logs grouped by sector, two lines an entry (see ``log_layouts``): a notice
paragraph first; under each sector's heading its entries in time order (so the log is not
in time order), each a line of number, weekday with month/day (no year: the title gives
it) and type, then a line of place and outcome; a count after each sector and at the end."""
from __future__ import annotations

import datetime
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

SECTORS = ((3, "NORTH SHORE"), (5, "OLD TOWN"), (8, "MILL FLATS"))


def _entries(n: int, number) -> list[tuple[int, str, list[dict]]]:
    rows = incidents(n)
    groups: dict[int, list[dict]] = {}
    for i, r in enumerate(rows):
        r["no"] = number(i)
        groups.setdefault((i * 5) % len(SECTORS), []).append(r)
    return [(SECTORS[k][0], SECTORS[k][1], groups[k]) for k in sorted(groups)]


def _when(r: dict) -> str:
    mm, dd, yyyy = r["date"].split("/")
    day = datetime.date(int(yyyy), int(mm), int(dd)).strftime("%a")
    return f"{day} {mm}/{dd} {r['time'].replace(':', '')}"


def _sector_pairs(path: Path, n: int, number) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)

    def head(page: int) -> float:
        c.setFont("Courier-Bold", 9)
        c.drawString(40, 760, f"HARBOR TOWN POLICE - CALLS BY SECTOR                       page {page}")
        c.setFont("Courier", 9)
        c.drawString(40, 748, "Week of April 1 to 12, 2024")
        c.drawString(40, 40, "Harbor Town Police Department - public copy")
        return 724

    y = head(1)
    c.drawString(44, y, "BULLETIN 24-07: this list replaces the one posted on 4/15, which left out 3 sectors.")
    c.drawString(44, y - 11, "Places are given to the house number. Each sector lists its calls by time; dates")
    c.drawString(44, y - 22, "are month/day in the year above.")
    y, page = y - 50, 1
    for sector, name, rows in _entries(n, number):
        c.drawString(40, y, f"SECTOR {sector}    {name}")
        y -= 12
        for r in rows:
            if y < 70:
                c.showPage()
                page += 1
                y = head(page)
                c.setFont("Courier", 9)
                c.drawString(40, y, f"SECTOR {sector}    {name} (cont.)")
                y -= 12
            for x, cell in zip((44, 124, 224), (r["no"], _when(r), r["type"])):
                c.drawString(x, y, cell)
            c.drawString(80, y - 11, f"@ {r['address']} -- {r['dispo']}")
            y -= 24
        c.drawString(40, y, f"Sector {sector}: {len(rows)} calls")
        y -= 24
    c.drawString(40, y, f"Calls listed: {n}")
    c.save()
    return path


def sector_pairs_year_month_numbers(path: Path, n: int) -> Path:
    """Numbers of the year and month, a dash and a serial ("2404-0311"): the shape of a
    range, read as numbers because the log prints a series of them."""
    return _sector_pairs(path, n, lambda i: f"2404-{311 + 3 * i:04d}")


def sector_pairs(path: Path, n: int) -> Path:
    """The same log with numbers of a common shape ("HT24-00311")."""
    return _sector_pairs(path, n, lambda i: f"HT24-{311 + 3 * i:05d}")


SECTOR_PAIRS = {f.__name__: f for f in (sector_pairs_year_month_numbers, sector_pairs)}
