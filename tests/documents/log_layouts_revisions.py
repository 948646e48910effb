"""More generated logs (see ``log_layouts``): a register with one table per result, and a
table of revisions keyed by the same file number, after the records or before them."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

KINDS = ("Recoded", "Addendum")


def _revisions(rows: list[dict]) -> list[str]:
    """Revision lines: every fifth record recoded or given an addendum, and two files of
    the register before (lower numbers of the same series)."""
    out = [f"{'24-00' + str(940 + 7 * k):<14}{'03/2' + str(6 + k) + '/2024':<13}{'Recoded':<12}"
           f"{'Noise':<20}Trespass" for k in range(2)]
    for i, r in enumerate(rows[::5]):
        kind = KINDS[i % 2]
        was, now = (r["type"], "Vandalism") if kind == "Recoded" else ("", "Addendum filed")
        out.append(f"{r['no']:<14}{r['date']:<13}{kind:<12}{was:<20}{now}")
    return out


def _register(path: Path, n: int, revisions_first: bool) -> Path:
    rows = incidents(n)
    active = [r for i, r in enumerate(rows) if i % 3]
    cleared = [r for i, r in enumerate(rows) if not i % 3]
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740

    def line(text, font="Courier", size=7):
        nonlocal y
        if y < 60:
            c.showPage()
            y = 740
        c.setFont(font, size)
        c.drawString(40, y, text)
        y -= 10

    def table(title, head, lines):
        nonlocal y
        y -= 8
        line(title, "Helvetica-Bold", 8)
        line(head)
        for text in lines:
            line(text)

    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 760, "Marrow Creek Sheriff - File Register")
    record_head = f"{'File #':<14}{'Logged':<19}{'Nature':<22}{'Address':<24}Result"
    revision_head = f"{'File #':<14}{'Revised':<13}{'Kind':<12}{'Was':<20}Is"
    revisions = ("Revisions to files", revision_head, _revisions(rows))
    if revisions_first:
        table(*revisions)
    for title, group in (("Active files", active), ("Cleared files", cleared)):
        table(title, record_head, [f"{r['no']:<14}{r['date'] + ' ' + r['time'].replace(':', ''):<19}"
                                   f"{r['type']:<22}{r['address']:<24}{r['dispo']}" for r in group])
    if not revisions_first:
        table(*revisions)
    line(f"Files opened: {len(rows)}; revisions are not files.", "Helvetica", 7)
    c.save()
    return path


def register_with_revisions_after(path: Path, n: int) -> Path:
    """Tables "Active files" and "Cleared files" (File #, Logged ``MM/DD/YYYY HHMM``,
    Nature, Address, Result), then "Revisions to files": rows led by a file number and a
    date too (File #, Revised, Kind, Was, Is), naming records above or earlier files."""
    return _register(path, n, revisions_first=False)


def register_with_revisions_before(path: Path, n: int) -> Path:
    """The same register with its revisions table printed first, above the records."""
    return _register(path, n, revisions_first=True)


REVISIONS = {f.__name__: f for f in (register_with_revisions_after, register_with_revisions_before)}
