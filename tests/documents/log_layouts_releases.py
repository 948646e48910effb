"""Generated logs of released records (see ``log_layouts``): a register whose one file
column mixes several offices' series, each number printed after its letters."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

REGISTER_COLS = (30, 140, 240, 370, 510, 690)


def _file_number(i: int) -> str:
    """Three series in date order: most rows a review ``AR 24-00NNN`` (a shape the id
    finder takes), every fifth a force file ``UF 2024-NN`` and every fifth a serious
    incident ``SR 24-NNN`` (shapes it leaves out: a year and a month, a short serial)."""
    if i % 5 == 1:
        return f"UF 2024-{1 + i // 5:02d}"
    if i % 5 == 3:
        return f"SR 24-{40 + 3 * (i // 5):03d}"
    return f"AR 24-{300 + 2 * i:05d}"


def release_register_lettered_series(path: Path, n: int) -> Path:
    """Landscape "Received / File / Category / Place / Result / Released" register, the date
    first and the file number second: three series mixed in the file column, each after
    its office's letters and one space; a force file's result cites the grand jury's
    number (``GJ-UF 24-118``, not a record); it closes with a count per series."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))

    def header() -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, 575, "THORNBURY HARBOUR CONSTABULARY - RELEASED FILES REGISTER")
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(REGISTER_COLS, ("Received", "File", "Category", "Place", "Result", "Released")):
            c.drawString(x, 552, t)
        c.setFont("Helvetica", 8)
        return 534

    y, counts = header(), {"AR": 0, "UF": 0, "SR": 0}
    for i, r in enumerate(rows):
        if y < 50:
            c.showPage()
            y = header()
        number = _file_number(i)
        counts[number[:2]] += 1
        result = f"GJ-UF 24-{118 + i} no bill" if number.startswith("UF") else r["dispo"]
        released = "Pending" if i % 7 == 4 else f"06/{1 + i % 28:02d}/2024"
        for x, v in zip(REGISTER_COLS, (f"{r['date']} {r['time']}", number, r["type"], r["address"], result,
                                        released)):
            c.drawString(x, y, v)
        y -= 16
    c.drawString(30, y - 14, f"Files listed: {n} (AR {counts['AR']}, UF {counts['UF']}, SR {counts['SR']})")
    c.save()
    return path


RELEASES = {f.__name__: f for f in (release_register_lettered_series,)}
