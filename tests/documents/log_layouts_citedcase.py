"""Generated logs written as prose for a newspaper (see ``log_layouts``): one paragraph per
entry, its number cited in a sentence after the narrative (``Report 24-01000, ...``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

PER_PAGE = 6
SAYINGS = ("The owner was told.", "A passer-by called it in.", "Officers checked the area.")


def prose_entries_citing_their_report_after_a_comma(path: Path, n: int) -> Path:
    """Times 10 entries run together, six to a page, no blank line between them: "04/01 1009: Burglary reported at 100 Main St. It
    happened ..." wrapped by hand, the number cited as "Report 24-01000, report taken.".
    The first entry of pages 1 and 3 wraps alike, its second line ("between 04/01 at 0200
    and ... Report") the fourth filled line of both pages, as a running head would stand;
    one entry cites its number after a comma where the others have a full stop
    ("A neighbor called it in, Report 24-01009, ...")."""
    rows = incidents(n)
    pages = (n + PER_PAGE - 1) // PER_PAGE
    c = canvas.Canvas(str(path))
    y = 0
    for i, r in enumerate(rows):
        page, first = divmod(i, PER_PAGE)
        if first == 0:
            if i:
                c.showPage()
            c.setFont("Times-Bold", 12)
            c.drawString(60, 770, "TOWN OF KESTREL FALLS POLICE [invented]")
            c.setFont("Times-Roman", 10)
            c.drawString(60, 754, "Blotter for the Kestrel Falls Ledger, first week of April 2024")
            c.drawString(280, 40, f"Page {page + 1} of {pages}")
            y = 724
        day, clock = r["date"][:5], r["time"].replace(":", "")
        lines = [f"{day} {clock}: {r['type']} reported at {r['address']}. It happened"]
        if first == 0 and page in (0, 2):
            lines += [f"between {day} at 0{i % 7}10 and {day} at {clock}. The caller asked not to be named. Report",
                      f"{r['no']}, {r['dispo'].lower()}. Unit {10 + i % 7}."]
        elif i == 9:
            lines += [f"at about {day} at {clock}. A neighbor called it in, Report {r['no']}, {r['dispo'].lower()}.",
                      f"Unit {10 + i % 7}."]
        else:
            lines += [f"at about {day} at {clock}. {SAYINGS[i % 3]} Report {r['no']}, {r['dispo'].lower()}.",
                      f"Unit {10 + i % 7}."]
        for line in lines:
            c.drawString(60, y, line)
            y -= 13
    c.save()
    return path


CITED_CASE = {f.__name__: f for f in (prose_entries_citing_their_report_after_a_comma,)}
