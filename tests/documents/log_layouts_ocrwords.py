"""Generated logs whose text layer is an OCR engine's (see ``log_layouts``): words carry
digits for letters (0 for O, 1 for l or I), numbers are read right; and labels closed by a
colon after a dotted leader."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _misread(word: str, k: int) -> str:
    """Every third word holding an O, l or I read with one of them as a digit."""
    if k % 3:
        return word
    for i, ch in enumerate(word):
        if ch in "Oo":
            return word[:i] + "0" + word[i + 1:]
        if ch in "lI":
            return word[:i] + "1" + word[i + 1:]
    return word


def _ocr(text: str, k: int) -> str:
    return " ".join(_misread(w, k + j) if not any(ch.isdigit() for ch in w) else w for j, w in enumerate(text.split(" ")))


def _blocks(path: Path, n: int, labels: tuple[str, ...], title: str, ocr: bool) -> Path:
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0.0
    for i, r in enumerate(rows):
        if y < 110:
            if i:
                c.showPage()
            c.setFont("Courier", 9)
            c.drawString(40, 750, title)
            y = 720
        values = (f"EL-{r['no']}", r["type"].upper(), f"{r['date']} {r['time']}", r["address"].upper(),
                  r["dispo"].upper())
        for j, (label, value) in enumerate(zip(labels, values)):
            line = f"{label} {value}" if j else f"{label} {value}"
            c.drawString(40, y, _ocr(line, i * 7 + j) if ocr else line)
            y -= 11
        c.drawString(40, y, "-" * 60)
        y -= 14
    c.drawString(40, max(y, 40), _ocr(f"ENTRIES ON FILE: {n}", 1) if ocr else f"ENTRIES ON FILE: {n}")
    c.save()
    return path


def ocr_misread_labels(path: Path, n: int) -> Path:
    """An elections office's security desk log, scanned: blocks of five labelled lines
    (``F0LI0 NO.``, ``OFFENCE:``, ``LOGGED:``, ``PLACE:``, ``RESOLUTION:``) whose text layer
    reads about one word in three with an O as 0 or an l/I as 1, labels included."""
    labels = ("FOLIO NO.", "OFFENCE:", "LOGGED:", "PLACE:", "RESOLUTION:")
    return _blocks(path, n, labels, "ELECTIONS OFFICE SECURITY DESK - FOLIO LOG (SCANNED)", ocr=True)


def dotted_colon_labels(path: Path, n: int) -> Path:
    """A port authority's cards: labels padded by dotted leaders that end in the colon
    (``Ticket.....:``, ``Offence....:``), the padding as long as each label needs."""
    labels = ("Ticket.....:", "Offence....:", "Logged.....:", "Place......:", "Resolution.:")
    return _blocks(path, n, labels, "PORT AUTHORITY SECURITY - TICKET CARDS", ocr=False)


OCR_WORDS = {f.__name__: f for f in (ocr_misread_labels, dotted_colon_labels)}
