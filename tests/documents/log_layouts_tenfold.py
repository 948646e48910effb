"""Generated logs of narrative reports whose unpadded serial grows a digit partway (see
``log_layouts``): each report headed by its number on a title line, a lead sentence under
it, then labelled sentences; a vehicle's plate on each report lines up better than the
numbers of either width alone."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIRST = 962             # the serial before the series reaches four digits


def marshal_files_serial_grows_a_digit(path: Path, n: int) -> Path:
    """A fire marshal's inquiry files, Courier 9, one a page: `INQUIRY FILE 2024-962-KV` on
    a title line, then `Structure fire. Logged 04/01/2024 at 0140 hours.`, `Place: ...
    Result: ...`, `Steps taken: ...`, `People: ...`, `Cars: (C1) 2019 Ford Focus, red, reg.
    TRX4410;` and a paragraph. Serials rise unpadded from 962 to four digits; every tenth
    file cites an earlier year's `2023-NNN-KV`."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    serial = FIRST
    for i, r in enumerate(rows):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 765, "BRAMBLE VALE FIRE MARSHAL - INQUIRY FILES - April 2024")
        c.setFont("Courier", 9)
        hhmm = r["time"].replace(":", "")
        lines = [
            f"INQUIRY FILE 2024-{serial}-KV",
            f"{r['type']} inquiry. Logged {r['date']} at {hhmm} hours.",
            f"Place: {r['address']}, Bramble Vale. Result: {r['dispo']}.",
            f"Steps taken: {hhmm} call logged; engine on scene; area made safe; all clear.",
            f"People: (1) owner, age {30 + i % 40}, of {20 + i} Elm St; (2) neighbour, age 51.",
            f"Cars: (C1) 2019 Ford Focus, red, reg. {'TRXKLM'[i % 6]}{'QWZ'[i % 3]}R{4410 + 7 * i};",
            r["summary"],
        ]
        if i % 10 == 4:
            lines.append(f"The same place was the subject of an earlier file, 2023-{400 + i}-KV.")
        y = 735
        for line in lines:
            c.drawString(40, y, line)
            y -= 11
        c.drawString(400, 40, f"Page {i + 1} of {n}")
        c.showPage()
        serial += 1 + i % 3
    c.save()
    return path


TENFOLD = {f.__name__: f for f in (marshal_files_serial_grows_a_digit,)}
