"""Generated logs (see ``log_layouts``) of agencies that print in Spanish: a register whose
column titles are in Spanish only, its dates day-first with Spanish month abbreviations."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# (month abbreviation, month number, year): a register kept from December into the summer
_MONTHS = (("dic", 12, 2023), ("ene", 1, 2024), ("abr", 4, 2024), ("ago", 8, 2024))


def spanish_month_date(i: int, n: int, r: dict) -> tuple[str, str]:
    """(printed "5-ENE-2024 10:09", ISO) of row ``i``: the day of ``r``, its month by place."""
    mon, mm, yyyy = _MONTHS[i * len(_MONTHS) // n]
    dd = int(r["date"].split("/")[1])
    return f"{dd}-{mon.upper()}-{yyyy} {r['time']}", f"{yyyy}-{mm:02d}-{dd:02d}T{r['time']}:00"


def spanish_titled_register(path: Path, n: int) -> Path:
    """A police register titled in Spanish only ("Folio", "Fecha", "Tipo de incidente",
    "Ubicación", "Estado"), repeated on each page, no rules between rows; the date-time is
    day-first with the month's Spanish abbreviation in capitals (``5-ENE-2024 10:09``,
    ``12-AGO-2024``); the folio is ``F-24-NNNNN``."""
    rows = incidents(n)
    xs = (40, 110, 210, 330, 480)
    c = canvas.Canvas(str(path), pagesize=letter)
    per_page = 40
    pages = (n + per_page - 1) // per_page
    for p in range(pages):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, "DEPARTAMENTO DE SEGURIDAD PUBLICA - BITACORA")
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(xs, ("Folio", "Fecha", "Tipo de incidente", "Ubicación", "Estado")):
            c.drawString(x, 736, t)
        c.setFont("Helvetica", 9)
        y = 720
        for i, r in enumerate(rows[p * per_page:(p + 1) * per_page], start=p * per_page):
            when, _ = spanish_month_date(i, n, r)
            for x, v in zip(xs, (f"F-{r['no']}", when, r["type"].upper(), r["address"].upper(), r["dispo"].upper())):
                c.drawString(x, y, v)
            y -= 14
        c.showPage()
    c.save()
    return path


SPANISH = {f.__name__: f for f in (spanish_titled_register,)}
