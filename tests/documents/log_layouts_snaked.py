"""Generated listings snaked into column groups (see ``log_layouts``): the column titles
printed over each group on one title line, the rows read down a group, then the next."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

CHAR = 7 * 0.6          # Courier 7: points a character


def _groups(lines: list[str], per_group: int, groups: int) -> list[list[list[str]]]:
    """The lines dealt into pages of ``groups`` groups, ``per_group`` lines each."""
    size = per_group * groups
    return [[lines[p + g * per_group:p + (g + 1) * per_group] for g in range(groups)]
            for p in range(0, len(lines), size)]


def _draw(path: Path, head: list[str], title: str, pages, widths: list[int]) -> Path:
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for k, page in enumerate(pages):
        c.setFont("Courier", 7)
        y = 580
        for line in head:
            c.drawString(30, y, line)
            y -= 10
        y -= 10
        xs = [30 + CHAR * sum(widths[:g]) for g in range(len(widths))]
        for x, _ in zip(xs, page):
            c.drawString(x, y, title)
        for x, group in zip(xs, page):
            for j, line in enumerate(group):
                c.drawString(x, y - 9 * (j + 1), line)
        c.drawString(300, 30, f"Sheet {k + 1} of {len(pages)}")
        c.showPage()
    c.save()
    return path


def ferry_desk_time_rows_in_three_groups(path: Path, n: int) -> Path:
    """A ferry terminal's desk sheet, three narrow groups a page (read down, then across),
    ``ENTRY NO   CLOCK NATURE   RESULT`` over each group on one title line: rows print the
    entry number, the time one space before the nature, and the result; the date only in
    ``== Thursday 04/04/2024 ==`` headings among the rows (a heading may open the next
    group), each day closed by ``entries logged: N``."""
    rows = incidents(n)
    lines: list[str] = []
    for day in sorted({r["date"] for r in rows}):
        todays = sorted((r for r in rows if r["date"] == day), key=lambda r: r["time"])
        lines.append(f"== Day {day} ==")
        for r in todays:
            lines.append(f"FT/{rows.index(r) + 4100:05d} {r['time']} {r['type']:<17}  {r['dispo']}")
        lines.append(f"   entries logged: {len(todays)}")
    head = ["HALDER SOUND FERRY TERMINAL - DESK SHEET", "April 2024   (three groups - read each down)"]
    return _draw(path, head, "ENTRY #   CLOCK NATURE            RESULT", _groups(lines, 22, 3), [52, 52, 52])


def river_watch_two_line_rows_in_two_groups(path: Path, n: int) -> Path:
    """A river watch's listing, two groups a page: ``FILE NO.   LOGGED            SUBJECT /
    SPOT, CLOSED`` over each; every row takes two lines (the number, date-time and subject,
    then the spot under the date and how it closed under the subject). The page's left group
    ends on a row's first line: its second line opens the right group, led by ``(contd)``
    where the number stands."""
    rows = incidents(n)
    lines: list[str] = []
    for i, r in enumerate(rows):
        lines.append(f"RW/24/{700 + i:04d}      {r['date']} {r['time']}   {r['type']}")
        lines.append(f"                {r['address']:<22}  {r['dispo']}")
    per_group = 21          # odd: each group's foot cuts a row in two
    pages = _groups(lines, per_group, 2)
    for page in pages:
        if len(page) > 1 and page[1]:
            page[1][0] = "(contd)" + page[1][0][7:]
    head = ["Marl River Watch Office", "Listing of calls, April 2024"]
    return _draw(path, head, "FILE NO.        LOGGED             SUBJECT / SPOT, CLOSED", pages, [70, 70])


SNAKED = {f.__name__: f for f in (ferry_desk_time_rows_in_three_groups, river_watch_two_line_rows_in_two_groups)}
