"""Generated logs whose blocks open with their own number after a label (see ``log_layouts``):
lists of another desk's tickets lined up lower in each block, and every later block naming
the first block's number again as its master, close to where the blocks print their own."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 5
NOTES = ("Crew sent, cones placed.", "Called back {t} with crew time.", "Patched, to be checked.",
         "Photo filed.")


def road_hazards_master_hazard_named_again(path: Path, n: int) -> Path:
    """A county road department's hazard log, Courier 9, five blocks a page: `Road hazard:
    RH-24-00300` (the block's own number, each block's first line) with `Crew: ...` right of
    it, `Received:`, `Nature:`, `Where:`, `Outcome:`, then `Tickets from the call centre:` listing one or
    two call-centre tickets (`CRM55120, CRM55131`) and, on every block after the first,
    `Part of master job: RH-24-00300 (spring washouts)`, the first block's number printed
    again a few characters right of where each block prints its own; then `Crew notes:` with
    one or two dated notes set in under it, some citing a ticket again."""
    rows = incidents(n)
    ticket = 55120
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, PER_PAGE):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 765, f"KESTREL COUNTY ROAD DEPARTMENT - HAZARD LOG     Sheet {start // PER_PAGE + 1}")
        c.setFont("Courier", 9)
        y = 740
        for i in range(start, min(n, start + PER_PAGE)):
            r = rows[i]
            tickets = []
            for _ in range(1 + i % 2):
                tickets.append(f"CRM{ticket}")
                ticket += 7 + i % 5
            lines = [(f"Road hazard:     RH-24-{300 + i:05d}", f"Crew: {'North' if i % 2 else 'South'} yard"),
                     (f"Received:        {r['date']} {r['time']}", ""),
                     (f"Nature:          {r['type']}", ""),
                     (f"Where:           {r['address']}", ""),
                     (f"Outcome:         {r['dispo']}", ""),
                     (f"Tickets from the call centre: {', '.join(tickets)}", "")]
            if i:
                lines.append(("Part of master job: RH-24-00300 (spring washouts)", ""))
            lines.append(("Crew notes:", ""))
            for k in range(1 + i % 2):
                note = NOTES[(i + k) % len(NOTES)].format(t=tickets[-1])
                lines.append((f"      04/{1 + i // 6:02d}/2024 1{k}:{10 + i % 40:02d} {note}", ""))
            for left, right in lines:
                c.drawString(40, y, left)
                if right:
                    c.drawString(330, y, right)
                y -= 11
            c.drawString(40, y, "-" * 80)
            y -= 14
        c.showPage()
    c.save()
    return path


OPENING_LABEL = {f.__name__: f for f in (road_hazards_master_hazard_named_again,)}
