"""Generated logs of ``KEY=value`` lines (see ``log_layouts``): a dispatch export of one
line of pairs per call, wrapped onto marked continuation lines, with idle lines between;
and a teletype log of ``LABEL/value/`` fields run together, amendments among the calls."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def key_value_export_lines(path: Path, n: int) -> Path:
    """Courier, one call a line: "2024-04-01 10:09 LN=400123 CALL=24-01000 TYPE="Burglary"
    ADDR="100 Main St" RESULT="Report taken" [REF=C24-500]"; a bare six-digit line counter
    on every line (not the number); lines over 96 characters wrap at a space onto lines
    starting "   + ", so a quoted value can be cut; "LN=... STATE=IDLE" lines between calls
    are no calls."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Courier", 8)

    def header(page: int) -> float:
        c.drawString(36, 760, f"METRO DISPATCH EXPORT   keys: LN CALL TYPE ADDR RESULT [REF]   part {page}")
        return 740

    page, y, counter = 1, header(1), 400100
    lines: list[str] = []
    for i, r in enumerate(rows):
        mm, dd, yyyy = r["date"].split("/")
        counter += 3 + i % 5
        if i % 7 == 3:
            lines.append(f"{yyyy}-{mm}-{dd} {r['time']} LN={counter - 1} STATE=IDLE links=2")
        ref = f" REF={r['case']}" if r["case"] else ""
        line = (f'{yyyy}-{mm}-{dd} {r["time"]} LN={counter} CALL={r["no"]} TYPE="{r["type"]}" '
                f'ADDR="{r["address"]}" RESULT="{r["dispo"]}"{ref}')
        first, *rest = textwrap.wrap(line, 96, break_on_hyphens=False)
        lines += [first] + ["   + " + x for x in rest]
    for line in lines:
        if y < 50 and not line.startswith("   +"):
            c.showPage()
            c.setFont("Courier", 8)
            page += 1
            y = header(page)
        c.drawString(36, y, line)
        y -= 11
    c.save()
    return path


def slash_field_teletype(path: Path, n: int) -> Path:
    """Courier, one message per call after its sequence number: "00412  SVC/24-70003/
    EVT/24-01000/RCVD/04/01/2024 10:09/TYPE/BURGLARY/ADDR/100 MAIN ST/RESULT/REPORT
    TAKEN/" (a report number "RPT/C24-500/" before the result on every third), wrapped at
    a space onto lines set in under the message, the date's own slashes inside its field;
    a service number of the call's own shape printed first; after every fourth call an
    amendment "00415  AMENDED  EVT/24-01002/RESULT/ARREST/WAS/ADVISED/OPR/D7/" with a
    sequence number of its own, citing the call again: no call of its own."""
    rows = incidents(n)
    lines: list[str] = []
    seq = 400
    for i, r in enumerate(rows):
        seq += 1
        report = f"RPT/{r['case']}/" if r["case"] else ""
        message = (f"{seq:05d}  SVC/24-{70000 + 3 * i + i % 2:05d}/EVT/{r['no']}/RCVD/{r['date']} {r['time']}/"
                   f"TYPE/{r['type'].upper()}/ADDR/{r['address'].upper()}/{report}RESULT/{r['dispo'].upper()}/")
        first, *rest = textwrap.wrap(message, 70, break_on_hyphens=False, break_long_words=False)
        lines += [first] + ["       " + x for x in rest]
        if i % 4 == 2:
            seq += 1
            now = "ARREST" if r["dispo"] != "Arrest" else "ADVISED"
            lines.append(f"{seq:05d}  AMENDED  EVT/{r['no']}/RESULT/{now}/WAS/{r['dispo'].upper()}/OPR/D{i % 9}/")
    c = canvas.Canvas(str(path), pagesize=letter)
    for page, start in enumerate(range(0, len(lines), 54), start=1):
        c.setFont("Courier", 8)
        c.drawString(36, 760, "LAKEMONT TRANSIT POLICE - TELETYPE TRAFFIC, CALLS FOR SERVICE")
        c.drawString(36, 749, "SEQ    FIELDS (LABEL/VALUE/)")
        y = 730
        for line in lines[start:start + 54]:
            c.drawString(36, y, line)
            y -= 12
        c.drawString(36, 40, f"TT PRINT {page}")
        c.showPage()
    c.save()
    return path


PAIRS = {f.__name__: f for f in (key_value_export_lines, slash_field_teletype)}
