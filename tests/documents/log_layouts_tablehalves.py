"""Generated logs whose wide table looks split into two text columns (see ``log_layouts``):
a landscape register whose cells wrap, its inner gutters crossed by the masthead and the
rule, one wide gutter left open between its left and right halves."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

LINES_PER_PAGE = 44
# column starts and widths (characters): number, date, time, nature, place | outcome, summary
_COLS = ((0, 13), (13, 12), (25, 6), (31, 24), (55, 34), (93, 40), (133, 40))
_NATURE = {"Burglary": "Cambriolage / Burglary", "Noise Complaint": "Tapage nocturne / Noise complaint",
           "Traffic Collision": "Accrochage / Traffic collision", "Welfare Check": "Visite de contrôle / Welfare check",
           "Vandalism": "Dégradation / Vandalism", "Shoplifting": "Vol à l'étalage / Shoplifting",
           "Suspicious Person": "Rôdeur / Suspicious person", "Medical Aid": "Secours / Medical aid"}
_OUTCOME = {"Report Taken": "Procès-verbal / Report taken", "Unfounded": "Sans suite / Unfounded",
            "Arrest": "Interpellation / Arrest, garde à vue / custody G-2024-{:04d}",
            "Gone on Arrival": "Parti à l'arrivée / Gone on arrival", "Advised": "Conseils donnés / Advised"}
_SUMMARIES = ("Le voisin signale des cris dans la cour; calme au passage de la patrouille. Neighbour "
              "reported shouting in the yard; quiet on arrival.",
              "Caller reports the side door forced overnight; nothing taken, owner to list losses.",
              "Deux véhicules au carrefour; constat amiable rempli sur place.")


def _row_lines(cells: list[str]) -> list[str]:
    """One row's printed lines: each cell wrapped to its column's width, the lines of all
    cells set side by side."""
    wrapped = [textwrap.wrap(text, width - 1) or [""] for text, (_, width) in zip(cells, _COLS)]
    out = []
    for k in range(max(len(w) for w in wrapped)):
        line = ""
        for w, (start, _) in zip(wrapped, _COLS):
            if k < len(w):
                line = line.ljust(start) + w[k]
        out.append(line)
    return out


def landscape_register_halves_like_text_columns(path: Path, n: int) -> Path:
    """A harbour town's bilingual call register, Courier 7 on landscape pages: a three-line
    masthead (the town, the register's title and period, a note on the dates), column titles
    in English over French ("File No. / Dossier", "Date", "Time / Heure", "Nature", "Address /
    Adresse", "Outcome / Suite", "Summary / Résumé") over a rule, and a footer; cells wrap to
    two or three lines (the summary in French, English or both), and the table runs on line
    by line, so a row cut at a page's foot goes on under the next page's titles with its
    number cell empty, the last one on a page of its own above the count. Outcomes cite
    custody numbers. The masthead, the rule and the footer cross every gutter of the row's
    cells but the wide one between the place and the outcome: the pages look set in two
    text columns."""
    lines: list[str] = []
    for i, r in enumerate(incidents(n)):
        outcome = _OUTCOME[r["dispo"]].format(100 + i)
        place = f"{r['address']}, quai {1 + i % 4} / pier {1 + i % 4}" if i % 3 == 1 else r["address"]
        lines += _row_lines([f"HT-{r['no']}", r["date"], r["time"], _NATURE[r["type"]], place, outcome,
                             _SUMMARIES[i % len(_SUMMARIES)]])
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    pages = [lines[k:k + LINES_PER_PAGE] for k in range(0, len(lines), LINES_PER_PAGE)]
    pages.append([])        # the count on a page of its own, under the last row's rest
    if len(pages[-2]) > 2:
        pages[-1], pages[-2] = pages[-2][-2:], pages[-2][:-2]
    for no, body in enumerate(pages, 1):
        c.setFont("Courier", 7)
        c.drawString(30, 585, "VILLE DE PORT-AUBRAC - POLICE MUNICIPALE / MUNICIPAL POLICE OF PORT-AUBRAC (HARBOUR TOWN)")
        c.drawString(30, 576, "Registre des appels / Call Register - du 1er au 7 avril 2024 / April 1-7, 2024 - "
                              "Service des archives / Records Office, poste 2210")
        c.drawString(30, 567, "Dates au format mois/jour/année - Dates are month/day/year")
        c.drawString(30, 549, _title_line(("File No.", "Date", "Time", "Nature", "Address", "Outcome", "Summary")))
        c.drawString(30, 540, _title_line(("Dossier", "Date", "Heure", "Nature", "Adresse", "Suite", "Résumé")))
        c.drawString(30, 533, "_" * 172)
        y = 522
        for line in body:
            c.drawString(30, y, line)
            y -= 10.5
        if no == len(pages):
            c.drawString(30, y - 10, f"Nombre d'appels / Calls listed: {n}")
        c.drawString(30, 30, f"PAM-GEST registre_appels v4 - copie publique / public copy          Feuille / Sheet {no} / "
                             f"{len(pages)}")
        c.showPage()
    c.save()
    return path


def _title_line(titles: tuple[str, ...]) -> str:
    line = ""
    for title, (start, _) in zip(titles, _COLS):
        line = line.ljust(start) + title
    return line


TABLE_HALVES = {f.__name__: f for f in (landscape_register_halves_like_text_columns,)}
