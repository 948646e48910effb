"""Generated packets of long-form reports (see ``log_layouts``): one report per incident,
each starting on a page of its own and running onto later pages, which repeat its number."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_STEPS = ("Call logged", "Crew assigned", "Crew on scene", "Area searched", "Owner contacted", "Crew clear")
_ARTICLES = ("Outboard motor", "Radio set", "Life jackets (4)", "Tool chest", "Mooring line")
_LATER = ("re-checked the berth at dawn.", "took a statement from the harbour master.",
          "logged the recovered article.", "called the owner back.", "reviewed the quay camera.")


def _later_lines(i: int, count: int) -> list[str]:
    return [f"04/{2 + k // 8:02d} {10 + k % 8:02d}{(7 * k) % 60:02d} Crew member #{300 + (i * 7 + k) % 90} "
            f"{_LATER[(i + k) % len(_LATER)]}" for k in range(count)]


def marine_unit_reports_number_repeated_on_later_pages(path: Path, n: int) -> Path:
    """A marine unit's packet of long-form reports, Courier 9, one report per incident, each
    on a new page: `SERIOUS EVENT FILE   Event No. MU24-0455` over labelled lines (`Event
    Kind:`, `Logged:`, `Place:`, `Happened:`, `Outcome:`, `Radio Log:` citing a dispatch
    number of the same shape, `MU24-8...`, printed again in the first step line), STEPS,
    ARTICLES (`A-1`...) and ACCOUNT with dated later lines. Every other report's account
    runs onto one or two later pages, each opening `Event No. MU24-0455 (carried over) sheet
    2 of 3`: the report's rest, no record."""
    rows = incidents(n)
    pages: list[list[str]] = []
    for i, r in enumerate(rows):
        ref, dispatch = f"MU24-{455 + 3 * i:04d}", f"MU24-{8100 + 11 * i:04d}"
        first = [f"SERIOUS EVENT FILE                       Event No. {ref}",
                 f"Event Kind: {r['type']:<40} Logged: {r['date']} {r['time']}",
                 f"Place: {r['address'] + ', Ness Harbour':<45} Happened: {r['date']} {r['time']}",
                 f"Outcome: {r['dispo']:<43} Duty Officer: #{500 + i}",
                 f"Radio Log: {dispatch}", "", "STEPS",
                 f"   {r['date'][:5]} {r['time']}   Call logged (dispatch {dispatch})"]
        first += [f"   {r['date'][:5]} {r['time']}   {s}" for s in _STEPS[1:2 + i % 5]]
        first += ["", "ARTICLES"] + [f"  A-{k + 1}     {_ARTICLES[(i + k) % len(_ARTICLES)]:<30} Held"
                                     for k in range(1 + i % 3)]
        first += ["", "ACCOUNT", f"  {r['summary']}"]
        extra = (i % 2) * (1 + i % 3 // 2)          # later pages: none, one or two
        later = _later_lines(i, 4 + 40 * extra)
        first += ["  " + line for line in later[:4]]
        report = [first]
        for k in range(extra):
            report.append([f"Event No. {ref} (carried over) sheet {k + 2} of {extra + 1}", ""]
                          + ["  " + line for line in later[4 + 40 * k:4 + 40 * (k + 1)]])
        report[-1] += ["", f"Signed off: Sgt. #{700 + i}"]
        pages += report
    c = canvas.Canvas(str(path), pagesize=letter)
    for no, lines in enumerate(pages, 1):
        c.setFont("Courier", 9)
        c.drawString(40, 765, "NESS HARBOUR MARINE UNIT [invented] - serious event files")
        y = 735
        for line in lines:
            c.drawString(40, y, line)
            y -= 11
        c.drawString(40, 40, f"MU form 7 - released copy{' ' * 40}Sheet {no} of {len(pages)}")
        c.showPage()
    c.save()
    return path


def moorland_reports_header_row_per_page(path: Path, n: int) -> Path:
    """A rural police packet of long-form reports, Courier 8, one report per incident, each
    on a new page opening with a one-row header table (`Case #  Logged  Happened  Offence
    Result`, `MR-24-3100`, dates `MM/DD/YY HHMM`) printed at the same place on every
    report's page under a caption (`FULL REPORT`), then a STEP LOG table (step, day, clock),
    an EVIDENCE table whose tag numbers are built from the case number (`3100-A1`) followed
    by a day and a clock column like a report's row, and a narrative. Every third report runs onto a second page repeating a
    small `Case #  Sheet` table (`MR-24-3100  2 of 2 (carried over)`)."""
    rows = incidents(n)
    pages: list[list[str]] = []
    for i, r in enumerate(rows):
        case, tail = f"MR-24-{3100 + 2 * i}", f"{3100 + 2 * i}"
        day = f"{r['date'][:6]}{r['date'][-2:]}"
        clock = r["time"].replace(":", "")
        first = ["FULL REPORT",
                 f"{'Case #':<14}{'Logged':<17}{'Happened':<17}{'Offence':<26}Result",
                 f"{case:<14}{day + ' ' + clock:<17}{day + ' ' + clock:<17}{r['type']:<26}{r['dispo']}",
                 f"Place of event: {r['address']}, Moorland", "", "STEP LOG",
                 f"{'Step':<7}{'Day':<11}{'Clock':<8}Action"]
        first += [f"{k + 1:<7}{day:<11}{clock:<8}{s}" for k, s in enumerate(_STEPS[:2 + i % 5])]
        first += ["", "EVIDENCE", f"{'Tag':<10}{'Day':<11}{'Clock':<8}{'Kind':<11}{'Article':<22}Worth"]
        first += [f"{tail}-A{k + 1:<3}{day:<11}{clock:<8}{'Seized':<11}{_ARTICLES[(i + k) % 5]:<22}${40 * (k + 2)}"
                  for k in range(1 + i % 4)]
        first += ["", "NARRATIVE", r["summary"]]
        if i % 3 == 1:
            pages += [first, [f"{'Case #':<14}Sheet", f"{case:<14}2 of 2 (carried over)", ""]
                      + _later_lines(i, 3)]
        else:
            pages.append(first + _later_lines(i, 2))
    c = canvas.Canvas(str(path), pagesize=letter)
    for no, lines in enumerate(pages, 1):
        c.setFont("Courier", 8)
        c.drawString(40, 765, "MOORLAND RURAL POLICE [invented] - long form reports")
        y = 740
        for line in lines:
            c.drawString(40, y, line)
            y -= 10
        c.drawString(40, 40, f"LF-3 records copy{' ' * 50}Page {no} of {len(pages)}")
        c.showPage()
    c.save()
    return path


LONG_FORM = {f.__name__: f for f in (marine_unit_reports_number_repeated_on_later_pages,
                                     moorland_reports_header_row_per_page)}
