"""Generated logs made for courts and oversight bodies (see ``log_layouts``): review files
under a shaded band holding their own number, with another body's number labelled inside;
a declaration on numbered pleading lines, one paragraph per report, its first page set
further left by a caption."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def review_files_band_number_over_other_body_number(path: Path, n: int) -> Path:
    """A civilian review board's files: a grey band "File CRB-24-1000" with the kind of
    complaint at its right end, then two columns of labels (``Lodged``/``Incident``,
    ``Where``/``Police case`` holding the department's own number, lined up on every
    file), ``Outcome`` and a ``Notes`` text wrapping to a second line; some notes cite an
    earlier file."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, "HARBORVIEW CIVILIAN REVIEW BOARD - FILES LODGED")
        c.setFont("Helvetica", 8)
        c.drawString(40, 30, f"Board rules s. 4 [invented]          sheet {page}")
        return 730

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 120:
            c.showPage()
            page += 1
            y = header(page)
        c.setFillGray(0.85)
        c.rect(36, y - 3, 540, 13, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"File CRB-24-{1000 + i}")
        c.drawRightString(570, y, r["type"])
        c.setFont("Helvetica", 9)
        c.drawString(40, y - 14, "Lodged:")
        c.drawString(90, y - 14, r["date"])
        c.drawString(320, y - 14, "Happened:")
        c.drawString(385, y - 14, f"{r['date']} {r['time'].replace(':', '')}")
        c.drawString(40, y - 26, "Where:")
        c.drawString(90, y - 26, r["address"])
        c.drawString(320, y - 26, "Police case:")
        c.drawString(385, y - 26, f"HPD{24000 + 7 * i:06d}")
        c.drawString(40, y - 38, "Outcome:")
        c.drawString(90, y - 38, r["dispo"])
        c.drawString(40, y - 50, "Notes:")
        cite = f" See file CRB-24-{1000 + i - 2}." if i % 5 == 4 else ""
        c.drawString(90, y - 50, "The board asked for the incident recordings and the supervisor's account of")
        c.drawString(90, y - 62, f"the {r['type'].lower()} call.{cite}")
        y -= 84
    c.drawString(40, y - 10, f"Files listed: {n}")
    c.save()
    return path


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def pleading_declaration_caption_page_shifted(path: Path, n: int) -> Path:
    """A sworn statement on pleading paper: numbers 1-28 down the left margin of every
    page; a caption on the first page with a court stamp set further left than the body;
    three preamble paragraphs, then one paragraph per event ("4. Event 24-01000. On ...")
    wrapping over lines and pages, some citing an earlier event, and a closing
    paragraph."""
    rows = incidents(n)
    body = ["A. Ortega, County Counsel [invented]", "1 Civic Plaza, Harborview, CA 95999", "Tel. 555-0100",
            "Counsel for the County", "",
            "SUPERIOR COURT, COUNTY OF HARBORVIEW [INVENTED]", "HARBORVIEW GAZETTE v. COUNTY OF HARBORVIEW", "STATEMENT OF RECORDS KEEPER", ""]
    paras = ["I keep the event records of the Harborview Marshal and state this of my own knowledge.",
             f"The records were searched for events logged in April 2024. Paragraphs 4 through {n + 3} set "
             f"out {n} events.", "Names of persons involved are left out as the law allows."]
    for i, r in enumerate(rows):
        cite = f" Compare Event 24-{1000 + i - 3:05d}, set out above." if i % 6 == 5 else ""
        mm, dd, yyyy = r["date"].split("/")
        paras.append(f"Event 24-{1000 + i:05d}. On {_MONTHS[int(mm) - 1]} {int(dd)}, {yyyy} at "
                     f"{r['time'].replace(':', '')} hours, deputies went to "
                     f"{r['address']} about a {r['type'].lower()} call. Outcome: {r['dispo']}.{cite}")
    paras.append("I state under penalty of perjury that the foregoing is true and correct.")
    lines: list[tuple[float, str]] = [(96, t) for t in body]     # the caption: left of the body
    for k, text in enumerate(paras, 1):
        words, cur, first = text.split(), f"{k}.", True
        for w in words:
            if len(cur) + len(w) > 78:
                lines.append((148 if first else 112, cur))
                cur, first = w, False
            else:
                cur = f"{cur} {w}"
        lines.append((148 if first else 112, cur))
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(lines), 28):
        page = start // 28 + 1
        c.setFont("Times-Roman", 11)
        for k in range(28):
            c.drawRightString(80, 730 - 24 * k, str(k + 1))
        for k, (x, text) in enumerate(lines[start:start + 28]):
            c.drawString(x, 730 - 24 * k, text)
        c.drawCentredString(306, 40, f"- {page} -")
        c.showPage()
    c.save()
    return path


COURT = {f.__name__: f for f in (review_files_band_number_over_other_body_number,
                                 pleading_declaration_caption_page_shifted)}
