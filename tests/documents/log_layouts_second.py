"""Generated logs with a second table of another number series after the first (see
``log_layouts``): its own heading and column titles, its numbers in the first column too,
running on over a page that carries none of the first table's numbers."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def offence_table_then_alarm_register_on_its_own_page(path: Path, n: int) -> Path:
    """A harbor authority's log, Courier 8: `Entry No.  Logged  Offence  Berth  Result`
    rows numbered "HA24-01000"; the last ten incidents are alarms, listed after them under
    "ALARM REGISTER" and titles `Alarm  Logged  Sounded  Berth  Reset by`, numbered
    "K-2401" on (another shape), the last six on a page of their own."""
    rows = incidents(n)
    offences, alarms = rows[:-10], rows[-10:]
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "page": 0}

    def new_page(titles: str) -> None:
        if state["page"]:
            c.showPage()
        state["page"] += 1
        c.setFont("Courier", 8)
        c.drawString(40, 750, f"PORT OF SALTMARSH HARBOR AUTHORITY - OCCURRENCE LOG   p. {state['page']}")
        c.drawString(40, 730, titles)
        state["y"] = 715

    def line(text: str) -> None:
        c.drawString(40, state["y"], text)
        state["y"] -= 11

    first = f"{'Entry No.':<14}{'Logged':<18}{'Offence':<22}{'Berth':<18}Result"
    new_page(first)
    for r in offences:
        if state["y"] < 50:
            new_page(first)
        line(f"HA{r['no']:<12}{r['date'] + ' ' + r['time']:<18}{r['type']:<22}{r['address']:<18}{r['dispo']}")
    line("")
    line("ALARM REGISTER (berths and sheds)")
    second = f"{'Alarm':<14}{'Logged':<18}{'Sounded':<22}{'Berth':<18}Reset by"
    line(second)
    for k, r in enumerate(alarms):
        if k == 4:
            new_page(second)
        line(f"K-24{k + 1:02d}{'':<8}{r['date'] + ' ' + r['time']:<18}{'smoke detector':<22}{r['address']:<18}"
             f"shift lead")
    c.save()
    return path


SECOND = {f.__name__: f for f in (offence_table_then_alarm_register_on_its_own_page,)}
