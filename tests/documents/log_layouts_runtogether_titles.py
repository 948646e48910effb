"""Generated tables whose column titles run together where their values do (see ``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas


def time_title_run_into_place_title(path: Path, n: int) -> Path:
    """A fixed-pitch event list whose time column is printed one space before the place, in
    the title line (``Time Place / Town``) as on every row (``0021 120 Harbor Blvd, Norde``),
    the date day first in a column of its own before it."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    per_page = 36
    head = f"{'Ref No.':<12}{'Date':<11}Time {'Place / Town':<30}{'Nature':<20}Outcome"
    for p in range(0, len(rows), per_page):
        c.setFont("Courier", 8)
        c.drawString(30, 580, "NORDE SHIRE POLICE - EVENT LIST (dates day first)")
        c.drawString(30, 560, head)
        c.drawString(30, 552, "=" * len(head))
        for j, r in enumerate(rows[p:p + per_page]):
            day = f"{r['date'][3:5]}/{r['date'][:2]}/{r['date'][6:]}"
            hhmm = r["time"].replace(":", "")
            c.drawString(30, 540 - 13 * j, f"{'NS' + str(7100 + p + j):<12}{day:<11}{hhmm} "
                                           f"{r['address'] + ', Norde':<30}{r['type']:<20}{r['dispo']}")
        c.showPage()
    c.save()
    return path


def call_and_case_numbers_one_space_apart(path: Path, n: int) -> Path:
    """A fixed-pitch landscape call sheet opening each row with the dispatch's call number
    and the incident's case number, both of one shape, one space apart, under their titles
    run together the same way (``Call Nbr Case Number`` over ``24-31007 24-01000``); most
    report cells are empty."""
    rows = incidents(n, seed=41)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    per_page = 30
    head = f"Call Nbr Case Number  {'Logged':<17}{'Nature':<22}{'Where':<24}{'Result':<16}Rpt Ref"
    for p in range(0, len(rows), per_page):
        c.setFont("Courier", 8)
        c.drawString(30, 580, "KESTREL VALE MARSHAL SERVICE - CALL SHEET, ALL CALLS WITH A CASE")
        c.drawString(30, 560, head)
        for j, r in enumerate(rows[p:p + per_page]):
            i = p + j
            call = f"24-{31000 + 7 * i + i % 3:05d}"      # every call numbered, few make a case
            rpt = f"RR-{4400 + i}" if r["case"] else ""
            c.drawString(30, 545 - 15 * j, f"{call} {r['no']:<13}{r['date'] + ' ' + r['time']:<17}"
                                           f"{r['type']:<22}{r['address']:<24}{r['dispo']:<16}{rpt}")
        c.showPage()
    c.save()
    return path


RUN_TOGETHER_TITLES = {f.__name__: f for f in (time_title_run_into_place_title,
                                               call_and_case_numbers_one_space_apart)}
