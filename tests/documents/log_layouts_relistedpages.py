"""Generated logs followed by a page that lists their numbers again (see ``log_layouts``):
a released table with withheld values, its last page a schedule of what was withheld,
each item naming a row's number again in a column of its own."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 24
X = {"ref": 36, "logged": 112, "nature": 210, "place": 318, "result": 436, "basis": 530}
SCHEDULE_X = {"item": 36, "sheet": 96, "ref": 150, "material": 250, "basis": 420}


def _hidden(i: int) -> str:
    """'' for a row printed whole, 'place' for a row whose place is blacked out, 'row' for a
    row withheld but for its number."""
    return "row" if i % 8 == 5 else "place" if i % 4 == 2 else ""


def harbour_release_schedule_page_relists_numbers(path: Path, n: int) -> Path:
    """A harbour constabulary's occurrence register released under a disclosure request,
    Helvetica 7, 24 rows a page: Ref No. (`PC-24-01000`) | Logged | Nature | Place | Result |
    Basis (a narrow column at the right edge). Some places are blacked out (a filled box over
    blank space, `Sch. 2 s.4` in Basis); some rows are withheld but for their number (a black
    bar with white `NOT DISCLOSED`, `Sch. 1 s.9` in Basis). The register closes with a count
    line; the last page is a `SCHEDULE OF WITHHELD MATERIAL` whose items (`SCH-001` ...) give
    the sheet, the row's Ref No. again (in a column of its own, further right), the material
    and the basis: no rows of the register."""
    rows = incidents(n)
    for r in rows:
        r["ref"] = f"PC-{r['no']}"
    c = canvas.Canvas(str(path), pagesize=letter)
    sheets = max(1, -(-n // PER_PAGE))
    schedule: list[tuple[int, str, str, str]] = []

    def head(sheet: int) -> None:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, 760, "PORT CALLOWAY HARBOUR CONSTABULARY - OCCURRENCE REGISTER (DISCLOSED COPY)")
        c.setFont("Helvetica", 7)
        c.drawString(36, 748, "Request DR-77 - material withheld as shown in the Basis column")
        c.drawString(480, 40, f"Sheet {sheet} of {sheets + 1}")

    for sheet in range(1, sheets + 1):
        head(sheet)
        c.setFont("Helvetica-Bold", 7)
        for key, title in zip(X, ("Ref No.", "Logged", "Nature", "Place", "Result", "Basis")):
            c.drawString(X[key], 728, title)
        c.setFont("Helvetica", 7)
        y = 714
        for i in range((sheet - 1) * PER_PAGE, min(n, sheet * PER_PAGE)):
            r, hidden = rows[i], _hidden(i)
            c.drawString(X["ref"], y, r["ref"])
            if hidden == "row":
                c.setFillColorRGB(0, 0, 0)
                c.rect(X["logged"], y - 2, X["basis"] - X["logged"] - 8, 9, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
                c.drawString(X["logged"] + 4, y, "NOT DISCLOSED")
                c.setFillColorRGB(0, 0, 0)
                c.drawString(X["basis"], y, "Sch. 1 s.9")
                schedule.append((sheet, r["ref"], "Whole row", "Sch. 1 s.9 - open inquiry"))
            else:
                c.drawString(X["logged"], y, f"{r['date']} {r['time']}")
                c.drawString(X["nature"], y, r["type"])
                if hidden == "place":
                    c.rect(X["place"], y - 2, 90, 9, stroke=0, fill=1)
                    c.drawString(X["basis"], y, "Sch. 2 s.4")
                    schedule.append((sheet, r["ref"], "Place (private dwelling)", "Sch. 2 s.4 - personal data"))
                else:
                    c.drawString(X["place"], y, r["address"])
                c.drawString(X["result"], y, r["dispo"])
            y -= 12
        if sheet == sheets:
            whole = sum(1 for i in range(n) if _hidden(i) == "row")
            c.drawString(36, y - 14, f"Occurrences shown: {n}    Not disclosed: {whole}    "
                                     f"Part withheld: {len(schedule) - whole}")
        c.showPage()
    head(sheets + 1)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, 724, "SCHEDULE OF WITHHELD MATERIAL")
    for key, title in zip(SCHEDULE_X, ("Item", "Sheet", "Ref No.", "Material", "Basis")):
        c.drawString(SCHEDULE_X[key], 708, title)
    c.setFont("Helvetica", 7)
    y = 694
    for k, (sheet, ref, material, basis) in enumerate(schedule, 1):
        for key, value in zip(SCHEDULE_X, (f"SCH-{k:03d}", str(sheet), ref, material, basis)):
            c.drawString(SCHEDULE_X[key], y, value)
        y -= 12
    c.drawString(36, y - 14, f"Items scheduled: {len(schedule)}")
    c.showPage()
    c.save()
    return path


RELISTED_PAGES = {f.__name__: f for f in (harbour_release_schedule_page_relists_numbers,)}
