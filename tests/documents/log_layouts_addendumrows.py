"""Generated entry logs whose addenda are rows of their own (see ``log_layouts``): a table in
order of entry, an incident's row where it was logged and, later, an addendum row under the
same case number, marked in a column of entry kinds and leaving the address blank."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

# addenda logged after incident k: (incident they add to, or a case before the log's; note)
ADDENDA = {
    1: (("QF24-0991", "victim statement"),),
    5: ((2, "receipt copies"),),
    11: (("QF24-0987", "lab report"), (8, "photos attached")),
    19: ((8, "second statement"),),
    26: ((17, "video reviewed"),),
    33: ((31, "restitution figure"),),
    37: ((24, "property released"),),
}
COLUMNS = ((28, "Case"), (88, "Rec"), (120, "Logged"), (180, "Occurred"), (262, "Offense / note"),
           (402, "Address"), (522, "Officer"), (572, "Result"))
ROWS_PER_PAGE = 28


def entry_log_with_addendum_rows(path: Path, n: int) -> Path:
    """A town's case entry log, landscape Helvetica 8: title lines and the column titles
    (`Case`, `Rec`, `Logged`, `Occurred`, `Offense / note`, `Address`, `Officer`, `Result`)
    on every page, one row per entry in order of entry, `Page K` at the foot. An incident's
    row is marked `BASE`; an addendum logged days later is a row marked `ADDL` under the
    same case number (`Addendum: <note>`, no address, result `Filed`), seven of them on
    incidents of the log, two on cases logged before it (printed once). The log ends
    `Rows: N`. The records are the BASE rows, each once."""
    rows = incidents(n)
    entries: list[tuple[str, str, str, str, str, str, str, str]] = []
    for k, r in enumerate(rows):
        mm, dd, _ = r["date"].split("/")
        no = f"QF24-{1000 + k}"
        entries.append((no, "BASE", f"{mm}/{dd} {r['time']}", f"{r['date'][:6]}{r['date'][8:]} {r['time']}",
                        r["type"], r["address"], str(410 + 7 * k % 90), r["dispo"]))
        for target, note in ADDENDA.get(k, ()):
            day = int(dd) + 1
            if isinstance(target, int):
                was = rows[target]
                no_, occurred = f"QF24-{1000 + target}", f"{was['date'][:6]}{was['date'][8:]} {was['time']}"
            else:
                no_, occurred = target, "03/28/24 16:05"
            entries.append((no_, "ADDL", f"{mm}/{day:02d} 09:{10 + k:02d}", occurred, f"Addendum: {note}", "",
                            str(455 + k), "Filed"))
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    pages = (len(entries) + ROWS_PER_PAGE - 1) // ROWS_PER_PAGE
    for page in range(pages):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(28, 580, "QUENBY FALLS POLICE - CASE ENTRY LOG")
        c.setFont("Helvetica", 8)
        c.drawString(28, 566, "Entries logged April 1-7, 2024. Addenda are logged under the case they add to.")
        for x, title in COLUMNS:
            c.drawString(x, 544, title)
        y = 528
        for entry in entries[page * ROWS_PER_PAGE:(page + 1) * ROWS_PER_PAGE]:
            for (x, _), value in zip(COLUMNS, entry):
                c.drawString(x, y, value)
            y -= 13
        if page == pages - 1:
            c.drawString(28, y - 8, f"Rows: {len(entries)}")
        c.drawString(28, 30, f"Page {page + 1}")
        c.showPage()
    c.save()
    return path


ADDENDUM_ROWS = {f.__name__: f for f in (entry_log_with_addendum_rows,)}
