"""Generated logs whose text layer holds other characters than the page shows (see
``log_layouts``): a table whose numbers' dashes are hyphen, non-breaking hyphen, minus and
figure-dash characters, some numbers with a zero-width space or full-width digits, some with
a raised note mark glued to the last digit, ligatures in the words."""
from __future__ import annotations

from pathlib import Path

import reportlab
from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PER_PAGE = 24
FONT = "OddCharsVera"
NBSP, ZWSP = "\u00a0", "\u200b"
# the dash of each row in turn, as the text layer holds it (the page shows a hyphen)
DASHES = ("-", "\u2011", "\u2212", "\u2010", "\u2012", "-")
MARKS = "\u00b9\u00b2\u00b3\u2074\u2075\u2076"
LIGATURES = (("ffi", "\ufb03"), ("fi", "\ufb01"), ("fl", "\ufb02"))


def _font() -> str:
    """reportlab's Vera with the odd characters drawn by the plain ones' glyphs: full-width
    digits by the digits, the dash characters by the hyphen, a zero-width space by nothing,
    a ligature by its first letter at the width of its letters (Vera has no ligature glyphs;
    the text layer, which is what this layout is about, holds the ligature)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    f = TTFont(FONT, str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
    glyph, width = f.face.charToGlyph, f.face.charWidths
    for i in range(10):
        glyph[0xFF10 + i], width[0xFF10 + i] = glyph[0x30 + i], width[0x30 + i]
    for dash in DASHES[1:]:
        glyph[ord(dash)], width[ord(dash)] = glyph[ord("-")], width[ord("-")]
    for k, mark in enumerate(MARKS[3:], start=4):       # Vera has only the first three
        glyph[ord(mark)], width[ord(mark)] = glyph[0x30 + k], width[0x30 + k]
    glyph[ord(ZWSP)], width[ord(ZWSP)] = glyph[ord(" ")], 0
    for letters, lig in LIGATURES:
        glyph[ord(lig)], width[ord(lig)] = glyph[ord("f")], sum(width[ord(ch)] for ch in letters)
    pdfmetrics.registerFont(f)
    return FONT


def _odd_number(i: int) -> str:
    """Row ``i``'s reference ``TR2024-NNNN`` as the text layer holds it."""
    number = f"{517 + 2 * i:04d}"
    if i % 7 == 3:
        return f"TR2024{ZWSP}-{number}"
    if i % 7 == 5:
        return "TR" + "".join(chr(0xFF10 + int(d)) for d in f"2024-{number}".replace("-", "")[:4]) + "-" + \
            "".join(chr(0xFF10 + int(d)) for d in number)
    return f"TR2024{DASHES[i % len(DASHES)]}{number}"


def _ligatures(text: str) -> str:
    for letters, lig in LIGATURES:
        text = text.replace(letters, lig)
    return text


def transit_sheet_odd_characters(path: Path, n: int) -> Path:
    """A transit police shift sheet, Vera 8, a table (Ref No., Logged, Category, Where,
    Result) of ``TR2024-NNNN`` references. In the text layer the references' dashes are, row
    by row, hyphen-minus, NON-BREAKING HYPHEN, MINUS SIGN, HYPHEN or FIGURE DASH; every
    seventh reference has a zero-width space before its dash, another every seventh is in
    full-width digits; date and time are joined by a no-break space; ``Traffic`` is spelled
    with the ffi ligature. Every fifth reference carries a raised note mark (¹ ² ³ ⁴ ⁵, afresh on
    every page) glued to its last digit, the notes at the page foot citing property tags
    ``PT-NNNN``."""
    rows = incidents(n)
    font = _font()
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, PER_PAGE):
        c.setFont(font, 10)
        c.drawString(36, 760, "ELDRIDGE HARBOUR TRANSIT POLICE")
        c.setFont(font, 8)
        c.drawString(36, 748, f"Shift Incident Sheet \u2014 April 2024 \u2014 sheet {start // PER_PAGE + 1}")
        y = 726
        for x, head in ((36, "Ref No."), (130, "Logged"), (220, "Category"), (330, "Where"), (450, "Result")):
            c.drawString(x, y, head)
        y -= 14
        notes: list[str] = []
        for i in range(start, min(n, start + PER_PAGE)):
            r = rows[i]
            ref = _odd_number(i)
            c.drawString(36, y, ref)
            if i % 5 == 2:
                mark = MARKS[len(notes)]
                notes.append(f"{mark} Property tag PT-{3300 + i} held at the depot.")
                c.setFont(font, 5)
                c.drawString(36 + pdfmetrics.stringWidth(ref, font, 8), y + 3, mark)
                c.setFont(font, 8)
            c.drawString(130, y, f"{r['date']}{NBSP}{r['time']}")
            c.drawString(220, y, _ligatures(r["type"]))
            c.drawString(330, y, r["address"])
            c.drawString(450, y, r["dispo"])
            y -= 12
        y -= 10
        for note in notes:
            c.setFont(font, 7)
            c.drawString(36, y, note)
            y -= 10
        c.showPage()
    c.save()
    return path


def ferry_digest_paragraphs_with_raised_marks(path: Path, n: int) -> Path:
    """A ferry service's weekly digest, Vera 9, 12 numbered paragraphs a page: ``K.  File
    24-31005, 04/01/2024 10:09, Burglary, 100 Main St.`` over ``Deck officer attended and the
    master was told. Outcome: Report Taken.``.
    Every fourth file number has a raised note mark (¹ ² ³, afresh on every page) glued to
    its last digit; the notes stand at the page foot under a rule, citing property tags
    ``PT-NNNN`` and, once a page, a file of the year before, of the same shape (``² Same berth
    as file 23-29815 (2023).``): the notes are no paragraph of the digest. Closed by ``Files in
    this digest: N``."""
    rows = incidents(n)
    font = _font()
    per_page = 12
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, per_page):
        c.setFont(font, 10)
        c.drawString(50, 760, "LANTERN SOUND FERRY SERVICE - SECURITY DIGEST")
        c.setFont(font, 9)
        y = 730
        notes: list[str] = []
        for i in range(start, min(n, start + per_page)):
            r = rows[i]
            number = f"24-{31005 + 3 * i}"
            head = f"{i + 1}."
            c.drawString(50, y, head)
            c.drawString(80, y, f"File {number}")
            x = 80 + pdfmetrics.stringWidth(f"File {number}", font, 9)
            if i % 4 == 1:
                mark = MARKS[len(notes)]
                notes.append(f"{mark} Same berth as file 23-{29870 - 11 * i} (2023)." if i % 12 == 5 else
                             f"{mark} Property tag PT-{3300 + i} held ashore.")
                c.setFont(font, 5)
                c.drawString(x, y + 3, mark)
                x += pdfmetrics.stringWidth(mark, font, 5)
                c.setFont(font, 9)
            c.drawString(x, y, f", {r['date']} {r['time']}, {r['type']}, {r['address']}.")
            c.drawString(80, y - 11, f"Deck officer attended and the master was told. Outcome: {r['dispo']}.")
            y -= 34
        if start + per_page >= n:
            c.drawString(50, y, f"Files in this digest: {n}")
        c.setFont(font, 7)
        y = 60 + 10 * len(notes)
        c.drawString(50, y + 10, "_" * 30)
        for note in notes:
            c.drawString(50, y, note)
            y -= 10
        c.showPage()
    c.save()
    return path


ODD_CHARS = {f.__name__: f for f in (transit_sheet_odd_characters, ferry_digest_paragraphs_with_raised_marks)}
