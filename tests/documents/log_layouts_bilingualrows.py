"""Generated logs printed in two languages row by row (see ``log_layouts``): a table whose
columns are titled twice, the English title over its translation, and whose records take two
lines, the second repeating the date in the other convention (day first) and the type and the
outcome in the other language, with no number."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PT_TYPES = {"Burglary": "Arrombamento", "Noise Complaint": "Queixa de barulho", "Traffic Collision": "Colisão de trânsito",
            "Welfare Check": "Verificação de bem-estar", "Vandalism": "Vandalismo", "Shoplifting": "Furto em loja",
            "Suspicious Person": "Pessoa suspeita", "Medical Aid": "Ajuda médica"}
PT_DISPOS = {"Report Taken": "Auto levantado", "Unfounded": "Sem fundamento", "Arrest": "Detenção",
             "Gone on Arrival": "Ausente à chegada", "Advised": "Aconselhado"}
COLS = (36, 120, 210, 330, 460)
TITLES = (("Report No.", "Received", "Nature", "Place", "Outcome"),
          ("Número", "Recebido", "Natureza", "Local", "Resultado"))


def table_rows_with_translated_second_line(path: Path, n: int) -> Path:
    """Helvetica 8 table, the English titles over the Portuguese ones on every page
    (`Report No.` over `Número`, `Outcome` over `Resultado`); each record a line of the
    English values (`P24-01000  04/01/2024 10:09  Burglary  100 Main St  Report Taken`) and
    under it, blank under the number and the place, `em 01/04/2024` (the day first) under the
    date, the type and the outcome in Portuguese under theirs; early in the month both date
    orders are valid days. Closes with `Total / Total: n`."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    per_page = 12

    def line(y: float, cells: tuple[str, ...]) -> None:
        for x, cell in zip(COLS, cells):
            if cell:
                c.drawString(x, y, cell)

    for start in range(0, n, per_page):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, 760, "RIVERMOUTH HARBOUR POLICE [invented] \u00b7 POLÍCIA DO PORTO DE RIVERMOUTH")
        c.setFont("Helvetica", 8)
        c.drawString(36, 746, "Incident log \u00b7 Registo de ocorrências")
        line(724, TITLES[0])
        line(714, TITLES[1])
        y = 694
        for r in rows[start:start + per_page]:
            month, day, year = r["date"].split("/")
            line(y, (f"P{r['no']}", f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"]))
            line(y - 10, ("", f"em {day}/{month}/{year}", PT_TYPES[r["type"]], "", PT_DISPOS[r["dispo"]]))
            y -= 21
        if start + per_page >= n:
            c.drawString(36, y - 10, f"Total / Total: {n}")
        c.showPage()
    c.save()
    return path


BILINGUAL_ROWS = {
    "table_rows_with_translated_second_line": table_rows_with_translated_second_line,
}
