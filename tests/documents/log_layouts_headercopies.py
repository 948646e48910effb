"""Generated logs of one small table per group of rows (see ``log_layouts``): the column
titles printed again over each group, each copy laid out to its own group's widths."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WATCHES = [("EARLY WATCH", "0600-1400"), ("LATE WATCH", "1400-2200"), ("NIGHT WATCH", "2200-0600")]
MATTER_WIDTHS = [18, 31, 24]        # each watch's table sets its "Matter" column to its own width
LINES_PER_PAGE = 58


def transit_watch_board_titles_per_watch(path: Path, n: int) -> Path:
    """A transit police watch board, Courier 8: a day heading `Tuesday 04/02/2024`, then per
    watch a heading (`LATE WATCH 1400-2200   Watch Lt. 7713   Radio ch 4`), `CREW` lines
    (crew, officer's number, zone, van number, hours), the titles `Incident  Hr  Crew  Matter
    Place  Outcome` and the rows `TP/24/2100  1009  T-3  Burglary  100 Main St  Report Taken`,
    then `Incidents this watch: k`. Each watch's titles and rows are set to that watch's own
    widths (the "Matter" column 18, 31 or 24 characters), so the titles stand at other
    positions over every group. A row still open when the watch ends is printed again first
    in the next watch's table, `TP/24/2103  ----  T-3  STILL OPEN from LATE WATCH - crew
    kept on scene` (the same incident), its text running across the columns. The board runs
    on over page breaks wherever the lines fill a page (a watch's rows split over two
    pages); every page's head repeats the board's period, `04/01/2024 - 04/07/2024 Board kept at the operations desk (continued)`."""
    rows = incidents(n)
    for i, r in enumerate(rows):
        r["ref"] = f"TP/24/{2100 + i:04d}"
        r["hr"] = r["time"].replace(":", "")
    by_day: dict[str, list[dict]] = {}
    for r in rows:
        by_day.setdefault(r["date"], []).append(r)
    lines: list[str] = []
    carried = None
    for day, day_rows in by_day.items():
        dom = int(day.split("/")[1])
        lines += [f"{WEEKDAYS[(dom - 1) % 7]} {day}"]
        day_rows.sort(key=lambda r: r["hr"])
        watches = [[r for r in day_rows if 600 <= int(r["hr"]) < 1400],
                   [r for r in day_rows if 1400 <= int(r["hr"]) < 2200],
                   [r for r in day_rows if int(r["hr"]) >= 2200 or int(r["hr"]) < 600]]
        for w, ((name, hours), group) in enumerate(zip(WATCHES, watches)):
            width = MATTER_WIDTHS[(dom + w) % 3]
            lines += [f"{name} {hours}        Watch Lt. {7710 + (dom + w) % 9}    Radio ch {1 + w}"]
            lines += [f"    CREW T-{k} Ofc {7720 + k * 3 + dom % 5} Zone {1 + (k + dom) % 4} Van {200 + k * 7 + w}"
                      f"       {hours}" for k in (1, 3, 5)]
            lines.append(f"    {'Incident':<12}{'Hr':<6}{'Crew':<6}{'Matter':<{width}}  {'Place':<18}  Outcome")
            if carried is not None:
                lines.append(f"    {carried['ref']:<12}{'----':<6}{'T-3':<6}STILL OPEN from {carried['watch']} - "
                             f"crew kept on scene")
                carried = None
            for k, r in enumerate(group):
                lines.append(f"    {r['ref']:<12}{r['hr']:<6}{'T-' + str(1 + 2 * (k % 3)):<6}"
                             f"{r['type']:<{width}}  {r['address']:<18}  {r['dispo']}")
            if group and int(group[-1]["ref"][-2:]) % 3 == 0:
                carried = {"ref": group[-1]["ref"], "watch": name}
            lines.append(f"    Incidents this watch: {len(group)}")
            lines.append("")
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(lines), LINES_PER_PAGE):
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 765, "METRO VALLEY TRANSIT POLICE - WATCH BOARD")
        c.setFont("Courier", 8)
        c.drawString(30, 754, "04/01/2024 - 04/07/2024 Board kept at the operations desk" + (" (continued)" if start else ""))
        y = 734
        for ln in lines[start:start + LINES_PER_PAGE]:
            c.drawString(30, y, ln)
            y -= 11.5
        c.drawString(30, 40, f"Sheet {start // LINES_PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


HEADER_COPIES = {f.__name__: f for f in (transit_watch_board_titles_per_watch,)}
