"""Generated logs that list a case again (see ``log_layouts``): a report grouped by kind of
offence, each group a table of its own, where a case with offences of two groups is printed
in both, the second time with a note mark after its number."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_GROUPS = (
    ("GROUP I - PERSONS", ("Welfare Check", "Medical Aid", "Suspicious Person"), "Assault"),
    ("GROUP II - PROPERTY", ("Burglary", "Vandalism", "Shoplifting"), "Trespass"),
    ("GROUP III - TRAFFIC AND ORDER", ("Traffic Collision", "Noise Complaint"), "Disorderly Conduct"),
)


def quarterly_statute_groups_case_relisted_with_mark(path: Path, n: int) -> Path:
    """A sheriff's quarterly report by statute group, Courier 8: a heading per group, its
    own title line (Occurred | Report No. | Offense | Address | Status: the date-time first),
    rows in time order inside a group, a group's heading again with "(cont'd)" after a page
    break, a "Group total: n reports" line. Every fifth case outside the last group has an
    offence of the next group too and is printed there again, its number followed by `` *``, the same occurred time,
    address and status: one case, its offences both. Ends with the totals and the mark's
    footnote."""
    rows = incidents(n)
    listed: list[list[tuple[dict, str, bool]]] = [[] for _ in _GROUPS]
    for i, r in enumerate(rows):
        g = next(k for k, (_, kinds, _) in enumerate(_GROUPS) if r["type"] in kinds)
        listed[g].append((r, r["type"], False))
        if i % 5 == 2 and g + 1 < len(_GROUPS):
            listed[g + 1].append((r, _GROUPS[g + 1][2], True))
    lines: list[tuple[str, str]] = []       # (group heading the line belongs to, text)
    for (heading, _, _), entries in zip(_GROUPS, listed):
        entries.sort(key=lambda e: (e[0]["date"], e[0]["time"], e[2]))
        lines += [(heading, ""), (heading, f"#{heading}"),
                  (heading, f"{'Occurred':<18}{'Report No.':<14}{'Offense':<22}{'Address':<20}Status")]
        for r, offence, again in entries:
            number = f"SO{r['no']}" + (" *" if again else "")
            lines.append((heading, f"{r['date']} {r['time']:<7}{number:<14}{offence:<22}{r['address']:<20}"
                                   f"{r['dispo']}"))
        lines.append((heading, f"{'':<54}Group total: {len(entries)} reports"))
    relisted = sum(again for entries in listed for *_, again in entries)
    lines += [("", ""), ("", f"Reports listed: {n + relisted}   Cases: {n}"),
              ("", "* Report also listed under an earlier group; counted once in Cases.")]

    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0
    for heading, text in lines:
        if y < 60:
            if page:
                c.drawString(40, 36, f"Orrin County Sheriff - quarterly statute group report - sheet {page}")
                c.showPage()
            page += 1
            c.setFont("Courier", 8)
            c.drawString(40, 756, "ORRIN COUNTY SHERIFF'S OFFICE - REPORTS BY STATUTE GROUP, 2ND QUARTER")
            y = 730
            if page > 1 and heading and not text.startswith("#"):
                c.drawString(40, y, f"{heading} (cont'd)")
                y -= 11
        if text.startswith("#"):
            c.setFont("Courier-Bold", 8)
            c.drawString(40, y, text[1:])
            c.setFont("Courier", 8)
        elif text:
            c.drawString(40, y, text)
        y -= 11
    c.drawString(40, 36, f"Orrin County Sheriff - quarterly statute group report - sheet {page}")
    c.save()
    return path


RELISTED = {f.__name__: f for f in (quarterly_statute_groups_case_relisted_with_mark,)}
