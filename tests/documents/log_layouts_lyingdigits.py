"""Generated logs whose text layer does not say what is printed (see ``log_layouts``): an
embedded font whose character map is right for the letters and wrong for every digit, so
each printed digit extracts as another one."""
from __future__ import annotations

import os
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# the printed digit -> the character the text layer gives for it
_LIE = str.maketrans("0123456789", "9786051432")


def _lying_font(name: str):
    """Vera with its digit glyphs moved to other digits' codes: drawing the lie prints the
    truth, and the embedded font's ToUnicode map gives the lie back."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name in pdfmetrics.getRegisteredFontNames():
        return name
    font = TTFont(name, os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf"))
    face = font.face
    face.name = name.encode()       # (a font of the same face name would stand in for this one)
    glyphs = {d: face.charToGlyph[ord(d)] for d in "0123456789"}
    for d in "0123456789":
        face.charToGlyph[ord(d.translate(_LIE))] = glyphs[d]
    pdfmetrics.registerFont(font)
    return name


def digit_map_lies_in_a_ranger_ledger(path: Path, n: int) -> Path:
    """Ruled ledger in an embedded TrueType font: "Entry  Logged  Nature  Where  Result"
    columns ("RS24-01000  04/01/2024 10:09  Burglary  100 Main St  Report Taken"), the
    letters extracting as printed and every digit as another one ("RS78-97999  97/97/7978
    97:91"): the dates and clock times of the layer mostly impossible."""
    font = _lying_font("LedgerSans")
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (40, 120, 215, 330, 470)

    def lie(s: str) -> str:
        return s.translate(_LIE)

    def head(page: int) -> float:
        c.setFont(font, 11)
        c.drawString(40, 760, "THORNBECK RANGER STATION - CALLOUT LEDGER")
        c.setFont(font, 8)
        c.drawString(40, 746, lie(f"Callouts logged 04/01/2024 to 04/{rows[-1]['date'][3:5]}/2024   sheet {page}"))
        for x, label in zip(cols, ("Entry", "Logged", "Nature", "Where", "Result")):
            c.drawString(x, 728, label)
        c.line(40, 724, 570, 724)
        return 710

    page = 1
    y = head(page)
    for r in rows:
        if y < 60:
            c.showPage()
            page += 1
            y = head(page)
        cells = (f"RS{r['no']}", f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"])
        for x, cell in zip(cols, cells):
            c.drawString(x, y, lie(cell))
        c.line(40, y - 4, 570, y - 4)
        y -= 16
    c.drawString(40, y - 10, lie(f"Callouts in this ledger: {n}"))
    c.save()
    return path


LYING_DIGITS = {f.__name__: f for f in (digit_map_lies_in_a_ranger_ledger,)}
