"""Generated logs whose paragraphs close with their own number, the numbers of several
series (see ``log_layouts``): a borough's weekly safety release under ward headings, one
paragraph per incident opened by its offence in capitals and ending "(File No.
KX24-1000)", each ward numbering in its own series, the number often cut over two lines;
follow-up paragraphs cite an earlier number mid-text (no records), and some incidents
cite an earlier year's number mid-sentence."""
from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def ward_release_closing_references(path: Path, n: int) -> Path:
    """"BURGLARY - On Monday, April 1, at around 10:09, officers attended 100 Main St.
    <summary> Report Taken. (File No. KX24-1000)" under "NORTH WARD" (KX, three in five
    incidents) and "RIVERSIDE WARD" (BRD), two follow-up paragraphs closing each ward, a
    closing line citing a phone number."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "page": 0}

    def new_page() -> None:
        if state["page"]:
            c.showPage()
        state["page"] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 750, f"Harrowmere Borough Constabulary - Weekly Safety Release   Sheet {state['page']}")
        state["y"] = 720

    def para(text: str, bold: bool = False) -> None:
        for piece in textwrap.wrap(text, 100):
            if state["y"] < 60:
                new_page()
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            c.drawString(50, state["y"], piece)
            state["y"] -= 12
        state["y"] -= 12

    new_page()
    split = (3 * n + 4) // 5
    for ward, prefix, part in (("NORTH WARD", "KX", rows[:split]), ("RIVERSIDE WARD", "BRD", rows[split:])):
        para(ward, bold=True)
        for k, r in enumerate(part):
            day = datetime.strptime(r["date"], "%m/%d/%Y")
            when = f"{day:%A}, {day:%B} {day.day}"
            earlier = f" Neighbours said a similar call was logged (File No. {prefix}23-{400 + k:04d})." \
                if k % 6 == 2 else ""
            serial = int(r["no"].split("-")[1]) + (0 if prefix == "KX" else 2000)
            para(f"{r['type'].upper()} - On {when}, at around {r['time']}, officers attended {r['address']}. "
                 f"{r['summary']}{earlier} {r['dispo']}. (File No. {prefix}24-{serial:04d})")
        for k in range(2):
            para(f"FOLLOW-UP - The theft logged earlier this month (File No. {prefix}24-{10 + k:04d}) was "
                 "cleared; property was returned to the owner.")
    para("Information can be left on the borough line 555-301-7788.")
    c.save()
    return path


CLOSED_SERIES = {
    "ward_release_closing_references": ward_release_closing_references,
}
