"""Generated logs printed by a report writer (see ``log_layouts``): every page, cover and
end page too, opens with the run stamp (run date, run time, a job number of the records'
own shape), the rows under day group headers closed by day totals, the row's first values
(reported date and time, case number, occurred date and time) set one space apart."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

ROWS_PER_PAGE = 18
JOB = "24-000415"       # the run's job number: the shape of the case numbers
TITLES = ("Date", "Time", "Case No", "Occurred", "Call Type", "Location", "Unit", "Disposition")
TITLE_AT = (0, 16, 27, 43, 70, 95, 133, 140)      # titles spread wider than the packed values
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def report_writer_day_groups_under_run_stamp(path: Path, n: int) -> Path:
    """A landscape Courier 8 incident log: page 1 the run parameters (`Job number ........
    24-000415`), then rows `04/01/2024 10:09 24-003100 04/01/2024 09:40  Burglary  2400 block
    of Main St  2A14  Report Taken` under `Reported Date: Mon 04/01/2024` (again with
    `(continued)` after a break) closed by `Total for 04/01/2024: 6 incidents`, and an
    end-of-report page; every page opens `04/09/2024 06:12  24-000415  RPTLOG-2 v2.0  Page x of y`."""
    rows = incidents(n, seed=31)
    lines: list[str] = []
    for day in sorted({r["date"] for r in rows}, key=lambda d: d[3:5]):
        todays = [r for r in rows if r["date"] == day]
        lines.append(f"Reported Date: {WEEKDAYS[(int(day[3:5]) - 1) % 7]} {day}")
        for r in todays:
            lines.append(_row(rows.index(r), r))
        lines.append(f"Total for {day}: {len(todays)} incidents")
    pages = [lines[k:k + ROWS_PER_PAGE] for k in range(0, len(lines), ROWS_PER_PAGE)]
    total = len(pages) + 2
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    _stamp(c, 1, total)
    for k, text in enumerate(("RUN PARAMETERS", "", f"Job number ........ {JOB}",
                              "Run date/time ..... 04/09/2024 06:12:40", "Selection ......... reported 04/01/2024 "
                              "00:00 through 04/08/2024 23:59", f"Records selected .. {n}")):
        c.drawString(90, 520 - 12 * k, text)
    c.showPage()
    for p, page in enumerate(pages, start=2):
        _stamp(c, p, total)
        c.drawString(36, 548, _spread(TITLES, TITLE_AT))
        if page[0].startswith(("0", "Total")):        # a day cut by the break: its header again
            day = next(ln for ln in reversed([x for pg in pages[:p - 2] for x in pg]) if ln.startswith("Reported"))
            page = [f"{day} (continued)", *page]
        for k, text in enumerate(page):
            c.drawString(36, 530 - 11 * k, text)
        c.showPage()
    _stamp(c, total, total)
    c.drawString(90, 520, "*** END OF REPORT ***")
    c.drawString(90, 508, f"Records printed ... {n}")
    c.drawString(90, 496, f"Report RPTLOG-2 v2.0, job {JOB}, run 04/09/2024 06:12:40")
    c.showPage()
    c.save()
    return path


def _row(i: int, r: dict) -> str:
    """The first five values one space apart, the rest in their columns."""
    hour, minute = r["time"].split(":")
    occurred = f"{max(0, int(hour) - 1):02d}:{minute}"
    block = f"{(2 + i * 7 % 37) * 100} block of {r['address'].split(' ', 1)[1]}"
    lead = f"{r['date']} {r['time']} 24-{3100 + i:06d} {r['date']} {occurred}"
    return _spread((lead, r["type"], block, f"{1 + i % 4}{'ABK'[i % 3]}{10 + i % 19}", r["dispo"]),
                   (0, 70, 95, 133, 140))


def _spread(values, at) -> str:
    out = ""
    for value, x in zip(values, at):
        out = out.ljust(x) if len(out) < x else out + "  " if out else out
        out += value
    return out


def _stamp(c, page: int, total: int) -> None:
    c.setFont("Courier", 8)
    c.drawString(36, 576, _spread(("04/09/2024 06:12", JOB, "RPTLOG-2 v2.0", f"Page {page} of {total}"),
                                  (0, 27, 43, 140)))
    c.drawString(36, 564, "KESTREL MOOR POLICE DEPARTMENT [invented] - INCIDENT LOG BY REPORTED DATE")


RUN_STAMP = {f.__name__: f for f in (report_writer_day_groups_under_run_stamp,)}
