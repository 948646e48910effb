"""More generated logs (see ``log_layouts``): a register with one table per result, and a
table of revisions keyed by the same file number, after the records or before them; an
export of journal entries in blocks, revised cases exported again in full."""
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


REVISED_OUTCOMES = ("Referred to prosecutor", "Cleared by arrest", "Closed - victim declined", "Unfounded on review")


def export_with_revised_cases_again(path: Path, n: int) -> Path:
    """A records system's journal export, one block per entry in entry order: "Journal
    Seq. 71002" with "Version: INITIAL" far right, then "Case Number: OT-2024-01000",
    "Date Reported:", "Nature:", "Address:", "Officer:" and "Outcome:" lines. Every sixth
    case is exported again three entries later as a block of its own, "Version: REVISED",
    a new sequence number, the same case number, a "Replaces: Journal Seq. 71002" line
    and its outcome changed; a page number at each page's foot, and the export's closing
    line counts entries and cases."""
    rows = incidents(n)
    entries: list[tuple[dict, int | None]] = []      # (case, the entry it replaces)
    later: dict[int, list[dict]] = {}
    for i, r in enumerate(rows):
        entries.append((r, None))
        for revised in later.pop(i, ()):
            entries.append((revised, revised["replaces"]))
        if i % 6 == 2:
            outcome = REVISED_OUTCOMES[i // 6 % len(REVISED_OUTCOMES)]
            later.setdefault(i + 3, []).append({**r, "dispo": outcome, "replaces": i})
    seq: dict[int, int] = {}
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740

    def top():
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 760, "Oakhaven Township Police - RMS journal extract, entry order")

    top()
    page = 1
    for k, (r, replaces) in enumerate(entries):
        number = 71002 + 3 * k + k % 2
        lines = [f"Case Number: OT-2024-{r['no'][3:]}"]
        if replaces is None:
            seq[rows.index(r)] = number
        else:
            lines.append(f"Replaces: Journal Seq. {seq[replaces]}")
        lines += [f"Date Reported: {r['date']} {r['time']}", f"Nature: {r['type']}", f"Address: {r['address']}",
                  f"Officer: #{200 + k % 17}", f"Outcome: {r['dispo']}"]
        if y - 11 * (len(lines) + 2) < 60:
            c.setFont("Helvetica", 7)
            c.drawString(280, 30, f"Extract page {page}")
            c.showPage()
            top()
            page, y = page + 1, 740
        c.setFont("Helvetica", 8)
        c.drawString(40, y, f"Journal Seq. {number}")
        c.drawString(360, y, f"Version: {'INITIAL' if replaces is None else 'REVISED'}")
        for text in lines:
            y -= 11
            c.drawString(40, y, text)
        y -= 24
    c.drawString(40, y, f"{len(entries)} journal entries: {n} cases, {len(entries) - n} revisions.")
    c.save()
    return path


REVISIONS = {f.__name__: f for f in (register_with_revisions_after, register_with_revisions_before,
                                     export_with_revised_cases_again)}
