"""Generated logs printed as line-printer files with their carriage-control column kept (see
``log_layouts``): every line opens with its control character (``1`` new page, ``0`` double
space, ``-`` triple space, ``+`` overprint, blank single space) glued to the data, bold rows
printed twice by overprinting."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_WIDTHS = (("CALL ID", 12), ("RECEIVED", 18), ("CALL TYPE", 22), ("ADDRESS", 20), ("CAR", 7), ("RESULT", 16))
_TITLES = "".join(f"{title:<{width}}" for title, width in _WIDTHS).rstrip()
_RULE = " ".join("_" * (width - 1) for _, width in _WIDTHS)


def dispatch_print_file_with_carriage_control(path: Path, n: int) -> Path:
    """A county sheriff's dispatch activity print file, Courier 9, each line opening with its
    ASA control character: ``1`` on each page's title line, a blank before the run line,
    ``0`` before the column titles (CALL ID | RECEIVED | CALL TYPE | ADDRESS | CAR | RESULT)
    and a ``+`` line of underscores printed over them; per day a ``-`` heading ``SHIFT DATE
    mm/dd/yyyy``, its first row opening with ``0`` glued to the call id, the others with a
    blank, each arrest row printed again on a ``+`` line (the same row, to make it bold),
    ``0`` before a day's count line; ``0`` before the closing total."""
    rows = incidents(n)
    lines: list[str] = []
    day = None
    for i, r in enumerate(rows):
        if r["date"] != day:
            if day is not None:
                lines.append(f"0       CALLS ON {day}: {sum(x['date'] == day for x in rows)}")
            day = r["date"]
            lines.append(f"-SHIFT DATE {day}")
            control = "0"
        else:
            control = " "
        row = (f"SD{r['no']:<10}{r['date'] + ' ' + r['time']:<18}{r['type'].upper():<22}"
               f"{r['address'].upper():<20}{'K' + str(40 + i % 6):<7}{r['dispo'].upper()}")
        lines.append(control + row)
        if r["dispo"] == "Arrest":
            lines.append("+" + row)
    lines.append(f"0       CALLS ON {day}: {sum(x['date'] == day for x in rows)}")
    lines.append(f"0       TOTAL CALLS LISTED: {n}")

    c = canvas.Canvas(str(path), pagesize=letter)
    page, y = 0, 0.0

    def head() -> float:
        c.setFont("Courier", 9)
        c.drawString(30, 760, f"1WESTFALL COUNTY SHERIFF          DISPATCH ACTIVITY       SHEET {page:>3}")
        c.drawString(30, 750, "  PRINTED 04/16/2024 06:02   PROGRAM DSP220")
        c.drawString(30, 740, "0" + _TITLES)
        c.drawString(30, 730, "+" + _RULE)
        return 720

    for k, text in enumerate(lines):
        if (y < 60 and not text.startswith("+")) or (y < 90 and text.startswith("-")):
            if page:
                c.showPage()
            page += 1
            y = head()
        if page > 1 and k and text.startswith(" ") and lines[k - 1].startswith(("0", "-", " ", "+")) and y == 720:
            c.drawString(30, y, f"  SHIFT DATE {text[13:23]} (CONT)")
            y -= 10
        c.drawString(30, y, text)
        y -= 10
    c.save()
    return path


CARRIAGE = {f.__name__: f for f in (dispatch_print_file_with_carriage_control,)}
