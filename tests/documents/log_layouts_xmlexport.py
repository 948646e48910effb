"""Generated logs exported as an XML file and printed as indented text (see ``log_layouts``):
the tags set aside, one element per call, a follow-up's copy of the call's number no call."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

LINES_PER_PAGE = 56


def dispatch_calls_xml_with_followups(path: Path, n: int) -> Path:
    """A dispatch centre's XML export printed from a code editor, Courier 8: a root
    `<cad_export>` holding a `<calls total="n">` list, one `<call id="k">` per call with
    lower-case snake_case children (`<call_number>CF24-01000</call_number>`, `<received>`,
    `<call_type>`, a one-line `<place>` of `<address>` and `<beat>`, `<disposition>`); every
    third call's `<narrative>` runs over lines of its own; every fourth call holds a
    `<followup>` block repeating `<call_number>` beside its `<followup_no>FU-24-0NNN`.
    Lines run on over the pages, under the file name, over `Page k`."""
    rows = incidents(n)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<cad_export system="Dispatch 5">',
             f'  <calls total="{n}">']
    for i, r in enumerate(rows):
        number = f"CF24-{1000 + i:05d}"
        lines += [f'    <call id="{i + 1}">', f"      <call_number>{number}</call_number>",
                  f"      <received>{r['date']} {r['time']}</received>",
                  f"      <call_type>{r['type']}</call_type>",
                  f"      <place><address>{r['address']}</address><beat>{1 + i % 4}</beat></place>",
                  f"      <disposition>{r['dispo']}</disposition>"]
        if i % 3 == 1:
            lines += ["      <narrative>Caller reports the matter ongoing; unit checked the area",
                      "        and spoke with the reporting party &amp; a neighbour.</narrative>"]
        if i % 4 == 2:
            lines += ["      <followup>", f"        <call_number>{number}</call_number>",
                      f"        <followup_no>FU-24-{100 + i:04d}</followup_no>",
                      "      </followup>"]
        lines.append("    </call>")
    lines += ["  </calls>", "</cad_export>"]
    c = canvas.Canvas(str(path), pagesize=letter)
    for page, start in enumerate(range(0, len(lines), LINES_PER_PAGE), start=1):
        c.setFont("Helvetica", 8)
        c.drawString(40, 770, "calls_2024-04.xml")
        c.drawString(280, 30, f"Page {page}")
        c.setFont("Courier", 8)
        y = 750
        for line in lines[start:start + LINES_PER_PAGE]:
            c.drawString(40, y, line)
            y -= 12.5
        c.showPage()
    c.save()
    return path


XML_EXPORT = {f.__name__: f for f in (dispatch_calls_xml_with_followups,)}
