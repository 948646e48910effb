"""Generated logs citing two numbers in each paragraph (see ``log_layouts``): a harbour
office's monthly return of numbered paragraphs, each citing the office's own file number
(issued in order) and the port police's reference (in no order), notes between them
following up an earlier file, and a closing tally."""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

NOTE_EVERY = 5          # every fifth paragraph is a note on an earlier file
WIDTH = 96              # characters a line


def harbour_return_two_numbers_per_paragraph(path: Path, n: int) -> Path:
    """Helvetica 9, numbered paragraphs with a blank line between them and a hanging
    indent: `7. Logged 04/02/2024 at 14:05: the Harbour Office took a report of Burglary at
    120 Ocean Ave. Harbour file 1998-4107; port police ref PP58-31977. Outcome: Report
    Taken.`, wrapped at 96 characters. The file numbers rise (with gaps), the port police references are drawn at
    random; every fifth paragraph is a one-line note (`Note on harbour file 1998-4103: owner
    traced. Nothing new opened.`), and the last page closes with a tally of the month."""
    rows = incidents(n)
    rnd = random.Random(11)
    paras: list[list[str]] = []
    files: list[str] = []
    serial = 4100
    for r in rows:
        if len(paras) % NOTE_EVERY == NOTE_EVERY - 1 and files:
            paras.append([f"{len(paras) + 1}. Note on harbour file {rnd.choice(files)}: owner traced. "
                          "Nothing new opened."])
        serial += 1 + rnd.randrange(3)
        r["file"] = f"1998-{serial:04d}"
        files.append(r["file"])
        text = (f"{len(paras) + 1}. Logged {r['date']} at {r['time']}: the Harbour Office took a report of "
                f"{r['type']} at {r['address']}. Harbour file {r['file']}; port police ref "
                f"PP{rnd.randrange(10, 99)}-{rnd.randrange(10000, 99999)}. Outcome: {r['dispo']}.")
        paras.append(textwrap.wrap(text, WIDTH))
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0, 0
    for para in paras + [[f"Files opened this month: {n}. Paragraphs: {len(paras)}."]]:
        if y < 80 + 12 * len(para):
            if page:
                c.showPage()
            page += 1
            c.setFont("Helvetica-Bold", 10)
            c.drawString(40, 760, "PORT OF GALLOWAY HARBOUR OFFICE - MONTHLY RETURN [generated]")
            c.setFont("Helvetica", 9)
            c.drawString(40, 40, f"Harbour Office return, page {page}")
            y = 735
        for k, line in enumerate(para):
            c.drawString(40 if k == 0 else 52, y, line)
            y -= 12
        y -= 12
    c.save()
    return path


RISING_SERIES = {f.__name__: f for f in (harbour_return_two_numbers_per_paragraph,)}
