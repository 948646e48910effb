"""Generated logs marked up after printing (see ``log_layouts``): entries left out of the
printed log typed in afterwards as FreeText annotations at the foot of their page, under a
label of their own, out of the entries' time order."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObject, PDFStream, PDFString
from reportlab.pdfgen import canvas

PER_PAGE = 16       # entries a page holds, those added later among them
WIDTH = 500         # points of a prose line


class _Annot(PDFObject):
    """An annotation dictionary written as given."""

    def __init__(self, d: dict):
        self.d = d

    def format(self, document):
        return PDFDictionary(dict(self.d)).format(document)


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _annot(c: canvas.Canvas, font, subtype: str, rect: list[float], ops: str, contents: str, **kw) -> None:
    """An annotation with its own appearance stream (what a viewer and pdftotext draw)."""
    w, h = rect[2] - rect[0], rect[3] - rect[1]
    form = PDFDictionary({"Type": PDFName("XObject"), "Subtype": PDFName("Form"), "BBox": PDFArray([0, 0, w, h]),
                          "Resources": PDFDictionary({"Font": PDFDictionary({"Hv": font})})})
    ap = c._doc.Reference(PDFStream(form, ops))
    d = {"Type": PDFName("Annot"), "Subtype": PDFName(subtype), "Rect": PDFArray(rect), "F": 4,
         "AP": PDFDictionary({"N": ap}), "Contents": PDFString(contents), **kw}
    c._addAnnotation(_Annot(d))


def _free_text(c: canvas.Canvas, font, x: float, y: float, lines: list[str]) -> float:
    """A bordered FreeText box of ``lines`` (Helvetica 8.5, dark green), its top at ``y``;
    the box's bottom."""
    h = 11 * len(lines) + 6
    body = " 0 -11 Td ".join(f"({_esc(ln)}) Tj" for ln in lines)
    ops = (f"0 0.35 0.1 RG 0.7 w 0.4 0.4 {WIDTH + 8 - 0.8} {h - 0.8} re S "
           f"BT /Hv 8.5 Tf 0 0.35 0.1 rg 4 {h - 12} Td {body} ET")
    _annot(c, font, "FreeText", [x, y - h, x + WIDTH + 8, y], ops, " ".join(lines),
           DA=PDFString("/Hv 8.5 Tf 0 0.35 0.1 rg"))
    return y - h


def prose_log_entries_added_as_freetext_at_the_page_foot(path: Path, n: int) -> Path:
    """Helvetica 9 prose, one entry after another with no blank line between them:
    "04/01/2024 10:09 - Burglary at 100 Main St. <summary> Outcome: Report Taken. File
    CS-24-01000.", sixteen entries a page. Every seventh entry is not printed: a
    FreeText box at the page's foot holds each ("Supplemental entry, keyed 05/02/24: " and
    the entry as the others print it), after the page's later entries; a sticky note names
    them in its contents only (not printed). The last page prints the count of the entries
    printed, a FreeText box beside it the corrected count."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setAuthor("generated")
    font = c._doc.Reference(PDFDictionary({"Type": PDFName("Font"), "Subtype": PDFName("Type1"),
                                           "BaseFont": PDFName("Helvetica"),
                                           "Encoding": PDFName("WinAnsiEncoding")}), "AddedHv")
    added = 0
    for start in range(0, n, PER_PAGE):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 750, f"Campus Safety Patrol Journal - sheet {start // PER_PAGE + 1}")
        c.setFont("Helvetica", 9)
        y, late = 726, []
        for k, r in enumerate(rows[start:start + PER_PAGE]):
            text = (f"{r['date']} {r['time']} - {r['type']} at {r['address']}. {r['summary']} "
                    f"Outcome: {r['dispo']}. File CS-{r['no']}.")
            if (start + k) % 7 == 5:
                late.append(text)
                continue
            for line in simpleSplit(text, "Helvetica", 9, WIDTH):
                c.drawString(50, y, line)
                y -= 11
        y -= 30
        for text in late:
            lines = simpleSplit(f"Supplemental entry, keyed 05/02/24: {text}", "Helvetica", 8.5, WIDTH - 4)
            y = _free_text(c, font, 46, y, lines) - 10
        if late:
            ids = ", ".join(t.rsplit("File ", 1)[1].rstrip(".") for t in late)
            icon = "1 0.85 0.2 rg 0 0 16 16 re f"
            _annot(c, font, "Text", [560, y + 10, 576, y + 26], icon, f"Keyed in on review: {ids}",
                   Name=PDFName("Comment"), Open=False)
            added += len(late)
        if start + PER_PAGE >= n:
            c.setFont("Helvetica", 9)
            c.drawString(50, y - 14, f"Entries printed: {n - added}.")
            _free_text(c, font, 200, y - 4, [f"with {added} supplemental = {n}"])
        c.setFont("Helvetica", 8)
        c.drawString(280, 30, f"Sheet {start // PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


ADDED_ENTRIES = {f.__name__: f for f in (prose_log_entries_added_as_freetext_at_the_page_foot,)}
