"""Generated logs (see ``log_layouts``) of agencies that print in Spanish: a register whose
column titles are in Spanish only, its dates day-first with Spanish month abbreviations."""
from __future__ import annotations

import textwrap
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
    """A police register titled in Spanish only ("Núm. de reporte", "Fecha", "Tipo de incidente",
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
        for x, t in zip(xs, ("Núm. de reporte", "Fecha", "Tipo de incidente", "Ubicación", "Estado")):
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


def _day_first(i: int, r: dict, sep: str) -> tuple[str, str]:
    """(printed day first, ISO): the rows' days spread over a month, so that some pass 12."""
    mm, dd, yyyy = r["date"].split("/")
    day = 1 + (i * 3) % 28
    return f"{day:02d}{sep}{mm}{sep}{yyyy} {r['time']}", f"{yyyy}-{mm}-{day:02d}T{r['time']}:00"


_BILINGUAL = ("Número de folio / Report number:", "Fecha de recepción / Received:", "Tipo / Type:",
              "Dirección / Address:", "Resultado / Outcome:")


def bilingual_padded_label_blocks(path: Path, n: int) -> Path:
    """Blocks of five label lines, each label in two languages ("Fecha de recepción /
    Received:"), all set in an indented column, the values at one position far to their right; blocks apart only
    by a blank line; dates day first (``07/04/2024 10:09``, ``22/04/2024``)."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 760, "Servicios de Seguridad / Security Services - Registro / Register")
    c.setFont("Helvetica", 9)
    for i, r in enumerate(rows):
        if y < 110:
            c.showPage()
            c.setFont("Helvetica", 9)
            y = 750
        when, _ = _day_first(i, r, "/")
        for label, value in zip(_BILINGUAL, (f"SS-{r['no']}", when, r["type"], r["address"], r["dispo"])):
            c.drawString(80, y, label)
            c.drawString(360, y, value)
            y -= 12
        y -= 12
    c.save()
    return path


def day_first_dashed_table(path: Path, n: int) -> Path:
    """A table titled in English whose dates are day first with dashes (``22-04-2024 10:09``):
    some dates' first number passes 12, none's second."""
    rows = incidents(n)
    xs = (40, 120, 230, 350, 480)
    c = canvas.Canvas(str(path), pagesize=letter)
    per_page = 40
    for p in range((n + per_page - 1) // per_page):
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(xs, ("Report", "Received", "Nature", "Address", "Outcome")):
            c.drawString(x, 740, t)
        c.setFont("Helvetica", 9)
        y = 724
        for i, r in enumerate(rows[p * per_page:(p + 1) * per_page], start=p * per_page):
            when, _ = _day_first(i, r, "-")
            for x, v in zip(xs, (f"D{r['no']}", when, r["type"], r["address"], r["dispo"])):
                c.drawString(x, y, v)
            y -= 14
        c.showPage()
    c.save()
    return path


SPANISH.update({f.__name__: f for f in (bilingual_padded_label_blocks, day_first_dashed_table)})


_TYPES_FR = {"Burglary": "Cambriolage", "Noise Complaint": "Plainte pour bruit", "Traffic Collision": "Collision",
             "Welfare Check": "Visite de bien-être", "Vandalism": "Vandalisme", "Shoplifting": "Vol à l'étalage"}


def entries_printed_in_two_languages(path: Path, n: int) -> Path:
    """A bulletin printing each entry twice: in English (``BX-24-01000 | 04/01/2024 10:09 |
    Burglary near 100 Main St. Officers checked the area. Report Taken.``), then under it,
    indented, in French with the same number; entries apart by a blank line, long ones wrapped."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 760, "Harbour Police Bulletin / Bulletin de la police portuaire")
    for i, r in enumerate(rows):
        if y < 90:
            c.showPage()
            y = 750
        mm, dd, yyyy = r["date"].split("/")
        told = "Officers checked the area and spoke with the caller at length." if i % 4 == 1 else "Nobody was hurt."
        english = f"BX-{r['no']} | {r['date']} {r['time']} | {r['type']} near {r['address']}. {told} {r['dispo']}."
        french = (f"BX-{r['no']} | {dd}/{mm}/{yyyy} {r['time']} | {_TYPES_FR.get(r['type'], r['type'])} près de "
                  f"{r['address']}. Personne n'a été blessé. Suite donnée.")
        c.setFont("Helvetica", 9)
        for line in textwrap.wrap(english, 110):
            c.drawString(40, y, line)
            y -= 11
        c.setFont("Helvetica-Oblique", 9)
        for line in textwrap.wrap(french, 104):
            c.drawString(60, y, line)
            y -= 11
        y -= 10
    c.save()
    return path


SPANISH[entries_printed_in_two_languages.__name__] = entries_printed_in_two_languages


def cell_entries_id_last(path: Path, n: int) -> Path:
    """A harbour gate log with no titles: each entry three short lines of cells under a
    rule, ``<date-time>   quay <n>, west side   Axles: <n>`` over the type alone over
    ``Result: <outcome>`` (a long one wrapped, a bracket left open) with ``No. <number>``
    right-aligned on the entry's last line."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740
    for i, r in enumerate(rows):
        if y < 100:
            c.showPage()
            y = 750
        c.setFont("Helvetica", 9)
        result = r["dispo"] + (" (handed to the coast guard, file" if i % 4 == 2 else "")
        c.drawString(40, y, f"{r['date']} {r['time']}")
        c.drawString(150, y, f"quay {i % 9 + 1}, west side")
        c.drawString(420, y, f"Axles: {2 + i % 4}")
        c.drawString(150, y - 12, r["type"])
        c.drawString(150, y - 24, f"Result: {result}")
        if i % 4 == 2:
            c.drawString(150, y - 36, f"CG-24-{8800 + i})")
        c.drawRightString(560, y - (36 if i % 4 == 2 else 24), f"No. HG{r['no']}")
        y -= 48 if i % 4 == 2 else 36
        c.line(40, y + 6, 560, y + 6)
        y -= 8
    c.save()
    return path


SPANISH[cell_entries_id_last.__name__] = cell_entries_id_last
