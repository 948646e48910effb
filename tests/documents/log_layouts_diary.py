"""Generated logs (see ``log_layouts``): a warden's notebook typed under day headings,
each entry opened by its time and closed by a short year-and-serial number whose
surrounding words change as the month goes on."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_KINDS = ["Stray livestock", "Fly tipping", "Gate left open", "Loose dog", "Poaching report", "Bonfire"]
_PLACES = ["Ashby Lane", "Mill Causeway", "Top Road", "Kiln Row", "Brook End"]
_OUTCOMES = ["Owner informed", "Cleared away", "Words of advice", "Passed to council"]
_DAYS = ["Fri", "Sat", "Sun", "Mon", "Tues", "Wed", "Thurs"]


def _closing(k: int, n: int, number: str) -> str:
    """The number's words by the quarter of the month: four ways of writing it."""
    return (f"ref {number}", f"<{number}>", f"(entry {number})", f"#{number}")[min(3, 4 * k // n)]


def notebook_closed_by_short_number(path: Path, n: int) -> Path:
    """Day headings ("Tues. 5 March") over entries "06:40 Loose dog near 12 Kiln Row. Owner
    informed. ref 24-103": the number, a year and a serial of digits only, ends each entry
    in one of four forms; some entries wrap, and every seventh cites an earlier entry
    ("Follow-up to 24-051.") before its own number."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 750, "Fenwick Moor Parish - Warden's Notebook - March 2024")
    c.setFont("Helvetica", 10)
    y, day = 720, 0
    for k in range(n):
        if k % 3 == 0:
            day += 1
            if y < 120:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 750
            y -= 8
            c.drawString(60, y, f"{_DAYS[day % 7]}. {day} March")
            y -= 15
        number = f"24-{101 + k}"
        text = f"{(k * 5) % 24:02d}:{(k * 17) % 60:02d} {_KINDS[k % 6]} near {10 + 7 * k} {_PLACES[k % 5]}."
        if k % 4 == 1:
            text += " Checked the whole length of the verge and spoke to the neighbours."
        if k % 7 == 3:
            text += f" Follow-up to 24-{10 + k:03d}."
        text += f" {_OUTCOMES[k % 4]}. {_closing(k, n, number)}"
        first, rest = (text[:95].rsplit(" ", 1) + [""])[:2] if len(text) > 95 else (text, "")
        rest = (rest + text[95:]) if len(text) > 95 else ""
        c.drawString(72, y, first)
        y -= 13
        if rest:
            c.drawString(72, y, rest)
            y -= 13
    c.save()
    return path


DIARY = {f.__name__: f for f in (notebook_closed_by_short_number,)}
