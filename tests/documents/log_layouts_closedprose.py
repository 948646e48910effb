"""Generated logs of prose paragraphs closed by their own number (see ``log_layouts``):
each opens with its date and time, some cite other entries' numbers at their opening or
before their own."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _clock(hhmm: str) -> str:
    hour, minute = map(int, hhmm.split(":"))
    return f"{(hour + 11) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"


def dated_paragraphs_closed_by_number_some_opening_with_a_cited_one(path: Path, n: int) -> Path:
    """Times-Roman 10 harbour bulletin under day headings ("Tuesday, April 2"), one paragraph
    per call set one under the other: "April 2, 2:07 p.m. — Vandalism, 150 Ocean Ave. Seen
    about April 2, 1:50 p.m. No one was hurt. Advised. (24-3104)". Every fifth entry opens
    by citing an earlier one ("Further to 24-3102: ..."), every seventh is superseded by the next
    ("Superseded by 24-3108."), and two in three say when it was seen and "No one was
    hurt." or "No report was needed."."""
    rows = incidents(n)
    for k, r in enumerate(rows):
        r["own"] = f"24-{3100 + 2 * k}"
    c = canvas.Canvas(str(path))
    y, day = 0.0, None

    def head() -> float:
        c.setFont("Times-Bold", 12)
        c.drawString(50, 790, "QUAYSIDE HARBOUR PATROL - WEEKLY BULLETIN, APRIL 2024")
        c.setFont("Times-Roman", 10)
        return 760

    y = head()
    for k, r in enumerate(rows):
        month, date, _ = r["date"].split("/")
        when = f"{_MONTHS[int(month) - 1]} {int(date)}"
        lead = f"Further to {rows[k - 3]['own']}: " if k % 5 == 4 else ""
        text = f"{when}, {_clock(r['time'])} — {lead}{r['type']}, {r['address']}. "
        if k % 3 != 2:      # about a quarter of an hour before the call
            hour, minute = divmod(max(int(r["time"][:2]) * 60 + int(r["time"][3:]) - 17, 0), 60)
            text += f"Seen about {when}, {_clock(f'{hour}:{minute}')} "
        if k % 3 != 2:
            text += "No one was hurt. " if k % 2 else "No report was needed. "
        text += f"{r['dispo']}."
        if k % 7 == 6 and k + 1 < n:
            text += f" Superseded by {rows[k + 1]['own']}."
        text += f" ({r['own']})"
        words, lines, line = text.split(), [], ""
        for w in words:
            if line and c.stringWidth(f"{line} {w}", "Times-Roman", 10) > 480:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        need = 13 * (len(lines) + (2 if when != day else 0))
        if y - need < 60:
            c.showPage()
            y = head()
        if when != day:
            day = when
            c.setFont("Times-Bold", 10)
            c.drawString(50, y - 6, f"{_WEEKDAYS[(int(date) - 1) % 7]}, {when}")
            c.setFont("Times-Roman", 10)
            y -= 26
        for ln in lines:
            c.drawString(50, y, ln)
            y -= 13
    c.showPage()
    c.save()
    return path


CLOSED_PROSE = {f.__name__: f for f in (dated_paragraphs_closed_by_number_some_opening_with_a_cited_one,)}
