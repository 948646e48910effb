"""Generated logs of phone-width app cards (see ``log_layouts``): each card prints its own
number on its first line, and every third card ends with a list of earlier calls of the
same series and shape, not in the document."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

PAGE = (260, 600)           # a phone's width
PER_PAGE = 4
CHAINED_EVERY = 3           # every third card lists earlier calls of the same series


def ferry_app_cards_with_chained_calls(path: Path, n: int) -> Path:
    """A ferry terminal's security app, shared as PDF: Helvetica 8, four cards a page, each
    field an icon tag with its label on one line and the value on the next (`:pager:
    KF4-20310`, `:time: Logged` / `04/01/2024 10:09`, `:bolt: Kind`, `:map: Where`, `:flag:
    Result`). Every third card adds `:chain: Chained calls` over one or two earlier calls
    `KF4-19xxx` of the same shape (before the export, so in no card of it); a closing line
    counts the cards."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=PAGE, invariant=1)
    for start in range(0, n, PER_PAGE):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, 575, "Brackwater Ferry Terminal Security")
        c.setFont("Helvetica", 8)
        c.drawString(50, 563, "Shift cards - April 2024 - Shared from app")
        y = 535
        for i in range(start, min(start + PER_PAGE, n)):
            r = rows[i]
            lines = [f":pager: KF4-{20310 + 2 * i}", ":time: Logged", f"{r['date']} {r['time']}", ":bolt: Kind",
                     r["type"], ":map: Where", f"{r['address']}, Brackwater", ":flag: Result", r["dispo"]]
            if i % CHAINED_EVERY == 1:
                earlier = [f"KF4-{19400 + 37 * i}"] + ([f"KF4-{19210 + 11 * i}"] if i % 2 else [])
                lines += [":chain: Chained calls", ", ".join(earlier)]
            for line in lines:
                c.drawString(12, y, line)
                y -= 11
            y -= 14
        if start + PER_PAGE >= n:
            c.drawString(12, y, f":sum: {n} cards in this share")
        c.drawString(12, 20, f"Brackwater FTS app  {start // PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


OWN_LINE = {f.__name__: f for f in (ferry_app_cards_with_chained_calls,)}
