"""Generated logs pasted together from sections typed in different templates (see
``log_layouts``): each section under a heading of the document's own, labelled its own way."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

SECTIONS = 4


def hospital_fortnights_pasted_from_three_templates(path: Path, n: int) -> Path:
    """A hospital security team's occurrence digest, Helvetica 9, assembled from fortnightly
    files: each fortnight under ``Fortnight starting 1 April 2024`` with, at the right, its
    own issue number ``Issue 24-MS-0031`` (the records' number shape). The first and fourth
    fortnights: ``Entry Ref:``, ``Logged:`` (``04/01/2024 10:09``), ``Nature:``, ``Site:``,
    ``Result:``, a ``Remark: Estates ticket ET-551NN`` on every sixth, values at a tab stop
    (moved between the two). The second: ``OCCURRENCE``, ``WHEN`` (``04-01-24 1009``),
    ``KIND OF CALL``, ``PLACE``, ``RESULT``, ``COMMENT``, values in capitals. The third:
    run-in labels two pairs a line, ``Entry No. 24-MS-1100`` / ``Logged 1 Apr 2024, 10:09``,
    ``Nature ...`` / ``Site ...``, ``Result ...`` / ``Remark ...``. A running header and a
    sheet number on every page."""
    rows = incidents(n)
    size = -(-n // SECTIONS)
    lines: list = [""]
    for s in range(SECTIONS):
        chunk = rows[s * size:(s + 1) * size]
        if not chunk:
            break
        first = datetime.strptime(chunk[0]["date"], "%m/%d/%Y")
        lines += [[(40, f"Fortnight starting {first.day} {first:%B %Y}"), (420, f"Issue 24-MS-{31 + s:04d}")], ""]
        for k, r in enumerate(chunk):
            i = s * size + k
            no = f"24-MS-{1100 + i}"
            when = datetime.strptime(f"{r['date']} {r['time']}", "%m/%d/%Y %H:%M")
            remark = f"Estates ticket ET-551{i % 90 + 10}" if i % 6 == 1 else None
            if s % 3 == 0:          # the first template, its tab stop moved in the fourth fortnight
                tab = 120 if s == 0 else 140
                pairs = [("Entry Ref:", no), ("Logged:", f"{r['date']} {r['time']}"), ("Nature:", r["type"]),
                         ("Site:", r["address"]), ("Result:", r["dispo"])] + ([("Remark:", remark)] if remark else [])
                lines += [[(40, label), (tab, value)] for label, value in pairs]
            elif s == 1:            # capitals, the long labels pushing their values along
                pairs = [("OCCURRENCE", no), ("WHEN", f"{when:%m-%d-%y %H%M}"), ("KIND OF CALL", r["type"].upper()),
                         ("PLACE", r["address"].upper()), ("RESULT", r["dispo"].upper())] + \
                    ([("COMMENT", remark)] if remark else [])
                lines += [[(40, label), (40 + max(72, 6 * len(label) + 4), value)] for label, value in pairs]
            else:                   # run-in, two pairs a line
                stamp = f"{when.day} {when:%b %Y}, {when:%H:%M}"
                lines += [[(40, f"Entry No. {no}"), (300, f"Logged {stamp}")],
                          [(40, f"Nature {r['type']}"), (300, f"Site {r['address']}")],
                          [(40, f"Result {r['dispo']}")] + ([(300, f"Remark {remark}")] if remark else [])]
            lines.append("")

    def header(c, page: int) -> float:
        c.drawString(40, 760, "ST. ODRAN'S HOSPITAL SECURITY TEAM")
        c.drawString(420, 760, "Digest 24-MS-0030")
        c.drawString(40, 749, "Occurrence digest, spring 2024")
        c.drawString(280, 30, f"Sheet {page}")
        return 720

    def draw(c, y: float, line) -> None:
        for x, text in ([(40, line)] if isinstance(line, str) else line):
            c.drawString(x, y, text)
    return flowed_lines(path, lines, header, font=("Helvetica", 9), draw=draw)


HEADED_SECTIONS = {f.__name__: f for f in (hospital_fortnights_pasted_from_three_templates,)}
