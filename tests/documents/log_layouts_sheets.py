"""Generated logs printed from forms (see ``log_layouts``): event slips whose long stories
go on to a supplement slip under the same reference, carrying only the rest of the story
and the outcome; a packet of report forms, one a page with labels above their values,
behind a contents list citing every report number with its sheet."""
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
    title, then lettered labels ``A. Logged:``, ``B. Kind:``, ``C. Where:``, ``D. Crew:``,
    ``E. Story:`` (wrapping), ``F. Result given:`` (the letter no word of the label).
    Each fifth slip's story is too long: the slip stops after six story lines and a
    ``SUPPLEMENT SLIP`` under the same ``Slip #`` carries the story's rest and the outcome
    (it may fall on the next page)."""
    rows = incidents(n)
    slips: list[tuple[str, str, list[tuple[str, str]]]] = []
    for i, r in enumerate(rows):
        ref = f"HX/24/{1000 + i}"
        story = r["summary"] + (" " + "".join(_STORY) * 3 if i % 5 == 2 else "")
        lines = textwrap.wrap(story, 80)
        head = [("A. Logged:", f"{r['date']} {r['time']}"), ("B. Kind:", r["type"]), ("C. Where:", r["address"]),
                ("D. Crew:", f"Van {10 + i % 7}")]
        if len(lines) > 6:
            slips.append(("EVENT SLIP", ref, head + [("E. Story:", ln) for ln in lines[:6]]))
            slips.append(("SUPPLEMENT SLIP", ref, [("E. Story:", ln) for ln in lines[6:]] + [("F. Result given:", r["dispo"])]))
        else:
            slips.append(("EVENT SLIP", ref, head + [("E. Story:", ln) for ln in lines] + [("F. Result given:", r["dispo"])]))
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


def report_forms_behind_contents_list(path: Path, n: int, ward: bool = False) -> Path:
    """Page 1: ``CONTENTS`` (Entry, Report No., Category, Logged, Sheet) listing every report
    number ``RW-24-1000`` with the sheet it is on, one a line. Then one report form a page:
    a ``Serial 7NNNN`` at the top right (no report number), rows of capital labels
    (``WARD   REPORT NO.   WHEN LOGGED``, ``CATEGORY   ADDRESS``, ``DETAILS``, ``RESULT
    WARDEN``) each over its values, the same labels on every page."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 760, "RIVERWICK TOWN WARDENS - REPORTS RELEASED, APRIL 2024")
    c.setFont("Helvetica-Bold", 9)
    for x, t in ((40, "Entry"), (90, "Report No."), (200, "Category"), (360, "Logged"), (450, "Sheet")):
        c.drawString(x, 735, t)
    c.setFont("Helvetica", 9)
    for i, r in enumerate(rows):
        y = 720 - 12 * i
        for x, t in ((40, str(i + 1)), (90, f"RW-24-{1000 + i}"), (200, r["type"]), (360, r["date"]), (450, str(i + 2))):
            c.drawString(x, y, t)
    c.drawString(40, 720 - 12 * n - 20, f"Reports listed: {n}")
    c.showPage()
    for i, r in enumerate(rows):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 760, "RIVERWICK TOWN WARDENS")
        c.drawString(480, 760, f"Serial {70000 + (i * 7919) % 29989}")
        y = 720
        first = (("WARD", "RW"),) if ward else ()
        for pairs in ((*first, ("REPORT NO.", f"RW-24-{1000 + i}"), ("WHEN LOGGED", f"{r['date']} {r['time']}")),
                      (("CATEGORY", r["type"]), ("ADDRESS", r["address"])),
                      (("DETAILS", r["summary"]),), (("RESULT", r["dispo"]), ("WARDEN", f"W{20 + i % 9}"))):
            for k, (label, value) in enumerate(pairs):
                c.setFont("Helvetica-Bold", 7)
                c.drawString(40 + 180 * k, y, label)
                c.setFont("Helvetica", 9)
                c.drawString(42 + 180 * k, y - 14, value)
            y -= 44
        c.setFont("Helvetica", 8)
        c.drawString(40, 40, f"Sheet {i + 2}")
        c.showPage()
    c.save()
    return path


def ward_forms_behind_contents_list(path: Path, n: int) -> Path:
    """The same packet, each form's first label row opened by a ``WARD`` box: the contents
    list is then read first, the forms after it as a section of their own."""
    return report_forms_behind_contents_list(path, n, ward=True)


def _setting(i: int) -> str:
    """A row of check boxes, the one that applies marked."""
    return "    ".join(("X " if k == i % 4 else "   ") + w for k, w in enumerate(("Indoors", "Outdoors", "Vessel", "Roadside")))


def _light(i: int) -> str:
    return "   ".join(("X " if k == i % 2 else "   ") + w for k, w in enumerate(("Day", "Dark")))


def file_forms_one_a_page(path: Path, n: int) -> Path:
    """One form a page, no index: a title and a ``Ser. 4NNNN`` at the top right, then rows
    of capital labels over their values (``STATION CODE   FILE NUMBER   LOGGED AT``,
    ``BEGAN   ENDED``, ``NATURE OF MATTER``, ``PLACE``, ``SETTING (mark one)   LIGHT``
    over rows of check boxes set in from their labels, ``NOTES`` wrapping,
    ``RESULT   CROSS-REFERENCE``), a signature line and ``Form 3 of N`` at the foot: the
    label lines are the same on every page, like a page header."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    for i, r in enumerate(rows):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 760, "DUNMERE HARBOUR CONSTABLES - FILE FORM")
        c.drawString(480, 760, f"Ser. {40000 + (i * 6151) % 9973}")
        notes = textwrap.wrap(r["summary"] + " " + _STORY[i % 2], 90)
        y = 725
        for pairs in ((("1. STATION CODE", "DH0047100"), ("2. FILE NUMBER", f"DH/{2400 + i}"),
                       ("3. LOGGED AT", f"{r['date']} {r['time']}")),
                      (("4. BEGAN", f"{r['date']} {r['time']}"), ("5. ENDED", f"{r['date']} {r['time'][:2]}:59")),
                      (("6. NATURE OF MATTER", r["type"]),), (("7. PLACE", r["address"]),),
                      (("11. SETTING (mark one)", "  " + _setting(i)), ("12. LIGHT", _light(i))),
                      (("8. NOTES", notes[0]),),
                      (("9. RESULT", r["dispo"]), ("10. CROSS-REFERENCE", "NONE"))):
            step = 270 if len(pairs) == 2 else 180        # a row of two: the second box at mid-page
            for k, (label, value) in enumerate(pairs):
                c.setFont("Helvetica-Bold", 7)
                c.drawString(40 + step * k, y, label)
                c.setFont("Helvetica", 9)
                c.drawString(42 + step * k, y - 14, value)
            if pairs[0][0] == "8. NOTES":       # the notes wrap under their first line
                for more in notes[1:]:
                    y -= 12
                    c.drawString(42, y - 14, more)
            y -= 40
        c.setFont("Helvetica", 8)
        c.drawString(40, 90, "SIGNED ______    CHECKED ______")
        c.drawString(40, 40, f"Form {i + 1} of {n}")
        c.showPage()
    c.save()
    return path


SHEETS = {f.__name__: f for f in (slips_with_supplement_slips, report_forms_behind_contents_list,
                                  ward_forms_behind_contents_list, file_forms_one_a_page)}
