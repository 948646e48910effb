"""Generated logs printed from forms (see ``log_layouts``): event slips whose long stories
go on to a supplement slip under the same reference, carrying only the rest of the story
and the outcome."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_STORY = ("Patrol spoke with the neighbours on both sides and noted the times they gave. ",
          "A vehicle was seen leaving towards the harbour road before the unit arrived. ")


def slips_with_supplement_slips(path: Path, n: int) -> Path:
    """Framed event slips, three a page: ``Slip # HX/24/1000`` at the right of the slip's
    title, then ``Logged:``, ``Kind:``, ``Where:``, ``Story:`` (wrapping), ``Outcome:``.
    Each fifth slip's story is too long: the slip stops after six story lines and a
    ``SUPPLEMENT SLIP`` under the same ``Slip #`` carries the story's rest and the outcome
    (it may fall on the next page)."""
    rows = incidents(n)
    slips: list[tuple[str, str, list[tuple[str, str]]]] = []
    for i, r in enumerate(rows):
        ref = f"HX/24/{1000 + i}"
        story = r["summary"] + (" " + "".join(_STORY) * 3 if i % 5 == 2 else "")
        lines = textwrap.wrap(story, 80)
        head = [("Logged:", f"{r['date']} {r['time']}"), ("Kind:", r["type"]), ("Where:", r["address"])]
        if len(lines) > 6:
            slips.append(("EVENT SLIP", ref, head + [("Story:", ln) for ln in lines[:6]]))
            slips.append(("SUPPLEMENT SLIP", ref, [("Story:", ln) for ln in lines[6:]] + [("Outcome:", r["dispo"])]))
        else:
            slips.append(("EVENT SLIP", ref, head + [("Story:", ln) for ln in lines] + [("Outcome:", r["dispo"])]))
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(slips), 3):
        c.setFont("Helvetica", 8)
        c.drawString(40, 770, "Harrowgate Borough Watch - event slips, April 2024")
        for k, (title, ref, pairs) in enumerate(slips[start:start + 3]):
            top = 750 - 240 * k
            c.rect(36, top - 228, 540, 228)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(44, top - 16, title)
            c.drawString(450, top - 16, f"Slip # {ref}")
            c.setFont("Helvetica", 9)
            y, last = top - 36, None
            for label, value in pairs:
                if label != last:
                    c.drawString(44, y, label)
                c.drawString(120, y, value)
                last, y = label, y - 12
        c.showPage()
    c.save()
    return path


SHEETS = {f.__name__: f for f in (slips_with_supplement_slips,)}
