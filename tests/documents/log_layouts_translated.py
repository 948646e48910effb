"""Generated logs printed in two or three languages at once (see ``log_layouts``): a column
translating the entries beside them, flowing on its own, and items whose labels and values
are printed in three languages joined by slashes."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FR_TYPES = {"Burglary": "Cambriolage", "Noise Complaint": "Plainte pour bruit", "Traffic Collision": "Collision routière",
            "Welfare Check": "Vérification de bien-être", "Vandalism": "Vandalisme", "Shoplifting": "Vol à l'étalage",
            "Suspicious Person": "Personne suspecte", "Medical Aid": "Aide médicale"}
FR_DISPOS = {"Report Taken": "Rapport rédigé", "Unfounded": "Non fondé", "Arrest": "Arrestation",
             "Gone on Arrival": "Parti à l'arrivée", "Advised": "Conseils donnés"}
PT_TYPES = {"Burglary": "Arrombamento", "Noise Complaint": "Queixa de barulho", "Traffic Collision": "Colisão de trânsito",
            "Welfare Check": "Verificação de bem-estar", "Vandalism": "Vandalismo", "Shoplifting": "Furto em loja",
            "Suspicious Person": "Pessoa suspeita", "Medical Aid": "Ajuda médica"}
PT_DISPOS = {"Report Taken": "Relatório feito", "Unfounded": "Infundado", "Arrest": "Prisão",
             "Gone on Arrival": "Ausente na chegada", "Advised": "Orientado"}
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def _earlier(time: str, minutes: int) -> str:
    h, m = map(int, time.split(":"))
    t = max(0, h * 60 + m - minutes)
    return f"{t // 60:02d}:{t % 60:02d}"


def translation_column_flowing_apart(path: Path, n: int) -> Path:
    """Helvetica 9, two columns a page: the English entries on the left (`24-01000 Reported
    04/01/2024 10:09` / the type alone on the next line / `Location:` / `Occurred:` on
    every other entry / `Disposition: ... · Unit 3xx`), their French translation on the
    right, each entry opened by the same number on a line of its own and three lines longer
    (a date in words, `Survenu : inconnu` where English prints nothing, a unit line, a
    courtesy line). Both columns hold the same entries on a page and start together, so
    the right one falls behind down the page: read across, one entry's English lines sit
    beside an earlier entry's French ones (and some lines carry two different numbers)."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    per_page, step = 7, 11

    def left(r: dict, k: int) -> list[str]:
        out = [f"{r['no']} Reported {r['date']} {r['time']}", r["type"], f"Location: {r['address']}"]
        if k % 2 == 0:
            out.append(f"Occurred: {r['date']} {_earlier(r['time'], 25)}")
        return out + [f"Disposition: {r['dispo']} \u00b7 Unit {310 + k % 40}", ""]

    def right(r: dict, k: int) -> list[str]:
        month, day, year = r["date"].split("/")
        when = f"le {int(day)} {FR_MONTHS[int(month) - 1]} {year}, {r['time'].replace(':', ' h ')}"
        occurred = f"{r['date']} {_earlier(r['time'], 25)}" if k % 2 == 0 else "inconnu"
        return [r["no"], f"Signalé : {when}", f"Nature : {FR_TYPES[r['type']]}", f"Lieu : {r['address']}",
                f"Survenu : {occurred}", f"Suite : {FR_DISPOS[r['dispo']]}.", f"Unité {310 + k % 40}.",
                "Traduction fournie à titre indicatif.", ""]

    for start in range(0, n, per_page):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 760, "HARBOURVIEW POLICE SERVICE [invented] \u00b7 SERVICE DE POLICE DE HARBOURVIEW")
        c.setFont("Helvetica", 9)
        c.drawString(40, 744, "ENGLISH")
        c.drawString(310, 744, "FRANÇAIS")
        for x, make in ((40, left), (310, right)):
            y = 726
            for k in range(start, min(n, start + per_page)):
                for line in make(rows[k], k):
                    if line:
                        c.drawString(x, y, line)
                    y -= step
        if start + per_page >= n:
            c.drawString(40, 40, f"Total incidents: {n} \u00b7 Total des incidents : {n}")
        c.showPage()
    c.save()
    return path


def three_language_slash_labels(path: Path, n: int) -> Path:
    """Helvetica 8 items numbered again from 1 under each day's heading (in French,
    Portuguese and English): `3. Dossier/Processo/Case 24-01002 — Signalé/Relatado/Reported
    04/01/2024 10:09. Cambriolage / Arrombamento / Burglary. Lieu/Local/Location: 120 Ocean
    Ave. Survenu/Ocorrido/Occurred 04/01/2024 08:10 - 04/01/2024 09:40. Suite/Resultado/
    Disposition: Rapport rédigé / Relatório feito / Report Taken. Unité/Unidade/Unit 312.`
    wrapped with a hanging indent; every third item's occurrence ends on a date-time that
    opens a wrapped line (as a day heading's date would), and the items after it print
    their own report date and time."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740

    def put(x: float, text: str, mark: str = "") -> None:
        nonlocal y
        if y < 50:
            c.showPage()
            c.setFont("Helvetica", 8)
            y = 750
        if mark:        # the item's number hangs beside its first line
            c.drawString(40, y, mark)
        c.drawString(x, y, text)
        y -= 11

    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 760, "CAPE LOREN POLICE [invented] \u00b7 Registre des incidents / Registo de ocorrências / Incident log")
    c.setFont("Helvetica", 8)
    day, k = None, 0
    for i, r in enumerate(rows):
        if r["date"] != day:
            day, k = r["date"], 0
            count = sum(1 for x in rows if x["date"] == day)
            y -= 4
            put(40, f"Jour / Dia / Day {day} ({count} incidents / ocorrências / incidents)")
        k += 1
        head = (f"Dossier/Processo/Case {r['no']} \u2014 Signalé/Relatado/Reported {r['date']} {r['time']}. "
                f"{FR_TYPES[r['type']]} / {PT_TYPES[r['type']]} / {r['type']}. Lieu/Local/Location: {r['address']}.")
        tail = (f"Suite/Resultado/Disposition: {FR_DISPOS[r['dispo']]} / {PT_DISPOS[r['dispo']]} / {r['dispo']}. "
                f"Unité/Unidade/Unit {310 + i % 40}.")
        if i % 3 == 1:      # the occurrence's end opens the next line
            lines = textwrap.wrap(f"{head} Survenu/Ocorrido/Occurred {r['date']} {_earlier(r['time'], 90)} -", 105)
            lines += textwrap.wrap(f"{r['date']} {_earlier(r['time'], 5)}. {tail}", 105)
        else:
            lines = textwrap.wrap(f"{head} {tail}", 105)
        for j, line in enumerate(lines):
            put(56, line, f"{k}." if j == 0 else "")
    put(40, f"Total / Total / Total incidents: {n}")
    c.save()
    return path


TRANSLATED = {f.__name__: f for f in (translation_column_flowing_apart, three_language_slash_labels)}
