"""Generated logs spanning a change of records system (see ``log_layouts``): the old
system's pages, then the new system's, each numbered in its own series; the incidents open
at the cut-over printed in both parts, the new part citing the old number; a register of
old to new numbers after the log (tables), or entries voided as typed twice among the old
part's blocks (labelled blocks)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

OLD = 24            # blocks: incidents of the old part; the rest are the new part's
CARRIED = 4         # the old part's last incidents, open at the cut-over: printed again
LISTED = 40         # rows of the old table; the rest are the new table's
OLDER = 3           # older open cases in the conversion register only
PER_PAGE = 30


def _old_no(i: int) -> str:
    return f"24M-{311 + i:05d}"


def _new_no(k: int) -> str:
    return f"HFM-2024-{101 + k:04d}"


def marshal_tables_with_carried_rows_and_register(path: Path, n: int) -> Path:
    """Harwick Falls Marshal's Office, landscape: a Courier listing in capitals (`24M-00311
    04/01/2024 10:09  BURGLARY ...`, 40 rows on two pages under `REF NO. / LOGGED / NATURE /
    PLACE / OUTCOME` and a rule of `=`) ending `END OF LEGACY LISTING - 40 ENTRIES`; then a
    Helvetica table `Ticket No. / Logged / Nature / Place / State / Prior Ref` whose first 4
    rows are the listing's last 4 incidents again under new numbers (`HFM-2024-0104`...), same
    date and time, a later state and the old number under `Prior Ref`, then the new
    incidents; then a conversion register `PRIOR REF / TICKET NO. / OPENED / STATE AT
    CUT-OVER`: 3 older open cases (`HFM-2024-0101`...) and the 4 carried ones."""
    rows = incidents(n)
    old, new = rows[:LISTED], rows[LISTED:]
    carried = old[LISTED - CARRIED:]
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for start in range(0, LISTED, PER_PAGE):
        c.setFont("Courier", 9)
        c.drawString(30, 580, "HARWICK FALLS MARSHAL'S OFFICE - LEGACY CASE LISTING")
        c.drawString(30, 560, f"{'REF NO.':<12}{'LOGGED':<19}{'NATURE':<21}{'PLACE':<22}OUTCOME")
        c.drawString(30, 550, "=" * 100)
        y = 538
        for i in range(start, min(start + PER_PAGE, LISTED)):
            r = old[i]
            c.drawString(30, y, f"{_old_no(i):<12}{r['date'] + ' ' + r['time']:<19}{r['type'].upper():<21}"
                                f"{r['address'].upper():<22}{r['dispo'].upper()}")
            y -= 12
        if start + PER_PAGE >= LISTED:
            c.drawString(30, y - 12, f"END OF LEGACY LISTING - {LISTED} ENTRIES")
        c.drawString(30, 30, f"Legacy listing - read only after the cut-over{' ' * 40}PAGE {start // PER_PAGE + 1}")
        c.showPage()
    c.setFont("Helvetica", 9)
    c.drawString(30, 580, "Harwick Falls Marshal's Office - Ticket Log (new system)")
    xs = (30, 130, 230, 360, 480, 620)
    for x, title in zip(xs, ("Ticket No.", "Logged", "Nature", "Place", "State", "Prior Ref")):
        c.drawString(x, 560, title)
    c.drawString(30, 550, "_" * 150)
    y = 538
    printed = [(r, LISTED - CARRIED + k) for k, r in enumerate(carried)] + [(r, None) for r in new]
    for k, (r, was) in enumerate(printed):
        state, prior = ("Closed - inactive", _old_no(was)) if was is not None else (r["dispo"], "")
        for x, value in zip(xs, (_new_no(OLDER + k), f"{r['date']} {r['time']}", r["type"], r["address"],
                                 state, prior)):
            c.drawString(x, y, value)
        y -= 12
    c.drawString(30, 30, "Ticket log - carried cases list their prior reference.")
    c.showPage()
    c.setFont("Helvetica", 9)
    c.drawString(30, 580, "Number conversion register, legacy cases open at the cut-over")
    xs = (30, 140, 250, 360)
    for x, title in zip(xs, ("PRIOR REF", "TICKET NO.", "OPENED", "STATE AT CUT-OVER")):
        c.drawString(x, 560, title)
    c.drawString(30, 550, "-" * 100)
    y = 538
    pairs = [(f"24M-{150 + 7 * k:05d}", _new_no(k), f"03/{10 + k:02d}/24") for k in range(OLDER)]
    pairs += [(_old_no(LISTED - CARRIED + k), _new_no(OLDER + k), r["date"][:6] + r["date"][-2:])
              for k, r in enumerate(carried)]
    for k, (prior, ticket, opened) in enumerate(pairs):
        for x, value in zip(xs, (prior, ticket, opened, "Open - follow-up" if k % 2 else "Open - lab")):
            c.drawString(x, y, value)
        y -= 12
    c.drawString(30, 30, "Ticket log - carried cases list their prior reference.")
    c.showPage()
    c.save()
    return path


def ranger_blocks_with_cancelled_entries_and_carried_blocks(path: Path, n: int) -> Path:
    """Saltmarsh Ranger Service: capital blocks `ENTRY REF: OB-24-0311   LOGGED: 04/01/2024
    10:09` / `MATTER:` / `SPOT:` / `WARDEN: W40   BEAT: N` / `RESULT:` under a rule of `=`
    (24 incidents), after the sixth of every eight a block
    `ENTRY REF: <next number>   >>> CANCELLED <<<` / `NOTE: KEYED TWICE, SEE <the block
    before> - CANCELLED BY CLERK`; then blocks `Ticket: SRN24-00105` / `Opened: 2024-04-04
    10:09` / `Category:` / `Where:` / `Closed as:`, the first 4 the old part's last 4
    incidents again with a `Former ref: OB-24-0331 (carried over)` line."""
    rows = incidents(n)
    old, new = rows[:OLD], rows[OLD:]
    c = canvas.Canvas(str(path), pagesize=letter)
    y = [0]

    def line(text: str, head: str, font: str) -> None:
        if y[0] < 60:
            if y[0]:
                c.showPage()
            c.setFont(font, 9)
            c.drawString(40, 760, head)
            y[0] = 735
        c.drawString(40, y[0], text)
        y[0] -= 11

    head = "SALTMARSH RANGER SERVICE - OCCURRENCE BOOK (OLD SYSTEM)"
    serial = 311
    numbers = []
    for i, r in enumerate(old):
        numbers.append(f"OB-24-{serial:04d}")
        line(f"ENTRY REF: {numbers[-1]}        LOGGED: {r['date']} {r['time']}", head, "Courier")
        line(f"MATTER: {r['type'].upper()}", head, "Courier")
        line(f"SPOT: {r['address'].upper()}", head, "Courier")
        line(f"WARDEN: W{40 + i % 9}   BEAT: {'NESW'[i % 4]}", head, "Courier")
        line(f"RESULT: {r['dispo'].upper()}", head, "Courier")
        line("=" * 60, head, "Courier")
        serial += 1
        if i % 8 == 5:
            line(f"ENTRY REF: OB-24-{serial:04d}        >>> CANCELLED <<<", head, "Courier")
            line(f"NOTE: KEYED TWICE, SEE {numbers[-1]} - CANCELLED BY CLERK", head, "Courier")
            line("=" * 60, head, "Courier")
            serial += 1
    c.showPage()
    y[0] = 0
    head = "Saltmarsh Ranger Service - Ticket Summary (new system)"
    printed = [(r, numbers[OLD - CARRIED + k]) for k, r in enumerate(old[OLD - CARRIED:])] + [(r, None) for r in new]
    for k, (r, former) in enumerate(printed):
        month, day, year = r["date"].split("/")
        line(f"Ticket: SRN24-{105 + k:05d}", head, "Helvetica")
        line(f"Opened: {year}-{month}-{day} {r['time']}        Zone: {1 + k % 4}", head, "Helvetica")
        line(f"Category: {r['type']}", head, "Helvetica")
        line(f"Where: {r['address']}", head, "Helvetica")
        line(f"Closed as: {'Closed' if former else r['dispo']}", head, "Helvetica")
        if former:
            line(f"Former ref: {former} (carried over)", head, "Helvetica")
        y[0] -= 8
    c.showPage()
    c.save()
    return path


CUTOVER = {f.__name__: f for f in (marshal_tables_with_carried_rows_and_register,
                                   ranger_blocks_with_cancelled_entries_and_carried_blocks)}
