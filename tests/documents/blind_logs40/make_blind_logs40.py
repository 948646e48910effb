"""Generate the fortieth held-out set of incident-log PDFs and their ground truth (bilingual agencies).

Five layouts: an island municipal police complaint register whose cells are printed twice,
Spanish over English; a border-town landscape log with "EN / ES" cells, day-month dates, a
column of the neighbouring city's case numbers and a summary by type; a county sheriff's
Spanish-language press releases (day headings in Spanish, paragraph per incident, id last);
a city log of labelled blocks printed side by side in English and Spanish (id printed twice,
month-day on the left, day-month on the right); a county shift log whose shift headings give
the date both ways, with a bilingual code legend and shift summary after the rows.
Every agency, place and record is invented; no person is named. Output is deterministic:
fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs40/make_blind_logs40.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20251140
CALLES = [
    "Calle Luna",
    "Calle Sol",
    "Calle Marina",
    "Calle Ceiba",
    "Calle Flamboyán",
    "Calle Coquí",
    "Avenida Las Palmas",
    "Calle Muñoz Peña",
    "Camino del Álamo",
    "Calle Niño Perdido",
    "Calle Acacia",
]
STREETS = [
    "Frontera St",
    "Rio Grande Ave",
    "Mesquite Dr",
    "Ocotillo Ln",
    "Calle Ocho",
    "Palo Verde Rd",
    "Zaragoza St",
    "Nopal Ct",
    "Paseo Señorial",
    "Loma Alta Blvd",
    "Cañada Rd",
    "Juárez Ave",
]
BARRIOS = ["Bo. Playita", "Bo. Pueblo", "Bo. Cañuelas", "Urb. Vista Mar", "Bo. Jagüey"]
TYPES = [
    ("Robo", "Theft"),
    ("Robo de vehículo", "Vehicle theft"),
    ("Escalamiento", "Burglary"),
    ("Agresión", "Assault"),
    ("Riña", "Fight"),
    ("Daños a la propiedad", "Vandalism"),
    ("Alteración a la paz", "Disturbance"),
    ("Violencia doméstica", "Domestic violence"),
    ("Persona sospechosa", "Suspicious person"),
    ("Accidente de tránsito", "Traffic crash"),
    ("Conducir embriagado", "DUI"),
    ("Ruido excesivo", "Noise complaint"),
    ("Persona desaparecida", "Missing person"),
    ("Fraude", "Fraud"),
    ("Allanamiento", "Trespass"),
]
DISPOS = [
    ("Informe", "Report taken"),
    ("Referido", "Referred"),
    ("Sin acción", "No action"),
    ("Resuelto", "Resolved"),
    ("Bajo investigación", "Under investigation"),
    ("Arresto", "Arrest"),
    ("Boleta", "Citation"),
]
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def days(m, a, b):
    return [datetime.date(2025, m, d) for d in range(a, b + 1)]


def base_records(r, dates, n, start, idfmt):
    mins = sorted(r.sample(range(0, 1440 * len(dates)), n))
    k, out = start, []
    for m in mins:
        k += r.choice((1, 1, 1, 2))
        d = dates[m // 1440]
        t, dp = r.choice(TYPES), r.choice(DISPOS)
        out.append(
            {
                "id": idfmt.format(k),
                "d": d,
                "hh": (m % 1440) // 60,
                "mm": m % 60,
                "es": t[0],
                "en": t[1],
                "des": dp[0],
                "den": dp[1],
                "rel": None,
            }
        )
    return out


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


class Pager:
    """Writes lines top-down, calls head(c, page) on each new page."""

    def __init__(self, path, size, head, foot, top, bottom=50):
        self.c, self.size, self.head, self.foot = new_canvas(path, size), size, head, foot
        self.top, self.bottom, self.page, self.y = top, bottom, 0, 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.foot(self.c, self.page)
            self.c.showPage()
        self.page += 1
        self.head(self.c, self.page)
        self.y = self.size[1] - self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def text(self, x, s, font="Helvetica", size=8):
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, s)

    def finish(self):
        self.foot(self.c, self.page)
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- A: Bahia Serena (two-line cells)
def bs_records(r, dates, n, start):
    recs = base_records(r, dates, n, start, "BSQ-2025-{:05d}")
    for x in recs:
        x["loc"] = f"{r.choice(CALLES)} {r.randint(1, 480)}, {r.choice(BARRIOS)}"
        if x["den"] == "Arrest":
            x["rel"] = ("booking_number", f"BF-25-{r.randint(1000, 9999)}")
            x["dshow"] = (f"Arresto, ficha {x['rel'][1]}", f"Arrest, booking {x['rel'][1]}")
        elif x["den"] == "Citation":
            x["rel"] = ("citation", f"T-{r.randint(100000, 999999)}")
            x["dshow"] = (f"Boleta {x['rel'][1]}", f"Citation {x['rel'][1]}")
        else:
            x["dshow"] = (x["des"], x["den"])
    return recs


def draw_bs(path, recs, period):
    cols = [40, 132, 212, 352, 472]

    def head(c, p):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 750, "POLICÍA MUNICIPAL DE BAHÍA SERENA  /  BAHIA SERENA MUNICIPAL POLICE")
        c.setFont("Helvetica", 8)
        c.drawString(40, 737, f"Registro de querellas / Complaint register   {period}   Tel. (787) 555-0142")
        for x, es, en in zip(
            cols,
            ["Querella", "Fecha y hora", "Incidente", "Lugar", "Disposición"],
            ["Complaint", "Date and time", "Incident", "Location", "Disposition"],
        ):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, 716, es)
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(x, 707, en)
        c.line(40, 703, 572, 703)

    def foot(c, p):
        c.setFont("Helvetica", 7)
        c.drawString(40, 30, f"Página {p} / Page {p}")

    pg = Pager(path, letter, head, foot, top=100)
    for x in recs:
        loc = wrap(x["loc"], "Helvetica", 8, 115)
        h = 11 * max(2, len(loc)) + 5
        pg.need(h)
        d = x["d"]
        pg.text(cols[0], x["id"], "Helvetica-Bold")
        pg.text(cols[1], f"{d.day:02d}/{d.month:02d}/{d.year} {x['hh']:02d}:{x['mm']:02d}")
        pg.text(cols[2], x["es"])
        pg.text(cols[4], x["dshow"][0])
        for i, ln in enumerate(loc):
            pg.c.setFont("Helvetica", 8)
            pg.c.drawString(cols[3], pg.y - 11 * i, ln)
        pg.y -= 10
        pg.text(cols[2], x["en"], "Helvetica-Oblique", 7)
        pg.text(cols[4], x["dshow"][1], "Helvetica-Oblique", 7)
        pg.y -= h - 10
    pg.need(30)
    pg.text(40, f"Total de querellas / Total complaints: {len(recs)}", "Helvetica-Bold", 9)
    pg.finish()


def bs_sample(x):
    d = x["d"]
    return {
        "case_number": x["id"],
        "reported_at": f"{d.day:02d}/{d.month:02d}/{d.year} {x['hh']:02d}:{x['mm']:02d}",
        "type": x["es"],
        "type_en": x["en"],
        "location": x["loc"],
        "disposition": x["dshow"][0],
    }


# ---------------------------------------------------------------- B: San Lazaro del Rio (EN / ES cells)
def sl_records(r, dates, n, start):
    recs = base_records(r, dates, n, start, "SLR25-{:05d}")
    for x in recs:
        x["loc"] = f"{r.randint(1, 99) * 100 + r.randint(0, 99)} {r.choice(STREETS)}"
        if r.random() < 0.22:
            x["rel"] = ("other_agency_case", f"SSP-NL/{r.randint(1000, 9999)}/2025")
        elif x["den"] == "Arrest":
            x["rel"] = ("booking_number", f"J25-{r.randint(10000, 99999)}")
    return recs


def draw_sl(path, recs, period):
    size = landscape(letter)
    cols = [36, 112, 186, 380, 520, 652]

    def head(c, p):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, 575, "SAN LÁZARO DEL RÍO POLICE DEPARTMENT  ·  DEPARTAMENTO DE POLICÍA")
        c.setFont("Helvetica", 8)
        c.drawString(36, 562, f"Daily Log / Bitácora diaria   {period}   (956) 555-0177")
        c.setFillGray(0.85)
        c.rect(32, 536, 728, 14, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        for x, s in zip(
            cols,
            [
                "Case / Caso",
                "Fecha (d-m-a)",
                "Incident / Incidente",
                "Location / Lugar",
                "Disposition / Disposición",
                "Other agency / Otra agencia",
            ],
        ):
            c.drawString(x, 540, s)

    def foot(c, p):
        c.setFont("Helvetica", 7)
        c.drawString(36, 24, f"Pág. {p}")

    pg = Pager(path, size, head, foot, top=90, bottom=45)
    for x in recs:
        inc = wrap(f"{x['en'].upper()} / {x['es'].upper()}", "Helvetica", 8, 185)
        dis = wrap(f"{x['den']} / {x['des']}", "Helvetica", 8, 125)
        h = 10 * max(len(inc), len(dis)) + 4
        pg.need(h)
        d = x["d"]
        pg.text(cols[0], x["id"])
        pg.text(cols[1], f"{d.day:02d}-{d.month:02d}-{d.year} {x['hh']:02d}:{x['mm']:02d}")
        pg.text(cols[3], x["loc"])
        for i, ln in enumerate(inc):
            pg.c.drawString(cols[2], pg.y - 10 * i, ln)
        for i, ln in enumerate(dis):
            pg.c.drawString(cols[4], pg.y - 10 * i, ln)
        if x["rel"]:
            pg.text(cols[5], x["rel"][1])
        pg.y -= h
    counts = {}
    for x in recs:
        counts[x["en"]] = counts.get(x["en"], 0) + 1
    pg.need(40 + 10 * len(counts))
    pg.y -= 8
    pg.text(36, "SUMMARY BY TYPE / RESUMEN POR TIPO", "Helvetica-Bold", 9)
    pg.y -= 12
    for k in sorted(counts):
        es = next(t[0] for t in TYPES if t[1] == k)
        pg.text(60, f"{k.upper()} / {es.upper()}")
        pg.text(300, str(counts[k]))
        pg.y -= 10
    pg.text(60, "TOTAL", "Helvetica-Bold")
    pg.text(300, str(len(recs)), "Helvetica-Bold")
    pg.finish()


def sl_sample(x):
    d = x["d"]
    s = {
        "case_number": x["id"],
        "reported_at": f"{d.day:02d}-{d.month:02d}-{d.year} {x['hh']:02d}:{x['mm']:02d}",
        "type": f"{x['en'].upper()} / {x['es'].upper()}",
        "location": x["loc"],
        "disposition": f"{x['den']} / {x['des']}",
    }
    return s


# ---------------------------------------------------------------- C: Mesilla Verde (Spanish releases)
def mv_records(r, dates, n, start):
    recs = base_records(r, dates, n, start, "MV25-{:04d}")
    for x in recs:
        x["loc"] = f"{r.randint(100, 9900)} {r.choice(CALLES[6:] + ['Camino Real', 'County Road 14'])}"
        if x["den"] == "Arrest":
            x["rel"] = ("booking_number", f"MVB-25-{r.randint(100, 999)}")
            x["out"] = f"Una persona adulta fue arrestada y registrada con la ficha de ingreso {x['rel'][1]}."
        elif x["den"] == "Citation":
            x["rel"] = ("citation", f"C-{r.randint(100000, 999999)}")
            x["out"] = f"Se expidió el citatorio {x['rel'][1]} (citation)."
        else:
            x["out"] = f"Disposición: {x['des'].lower()} ({x['den'].lower()})."
    return recs


def mv_para(x):
    return (
        f"{x['hh']:02d}:{x['mm']:02d} horas. {x['es']} ({x['en'].lower()}) en {x['loc']}. Agentes del Sheriff "
        f"acudieron al lugar y hablaron con las partes involucradas. {x['out']} (Caso núm. {x['id']})"
    )


def draw_mv(path, recs, period):
    def head(c, p):
        c.setFont("Times-Bold", 13)
        c.drawString(60, 745, "Oficina del Sheriff del Condado de Mesilla Verde")
        c.setFont("Times-Italic", 10)
        c.drawString(60, 731, f"Comunicado de prensa semanal · Weekly release in Spanish · {period}")
        c.drawString(60, 718, "Oficina de Información Pública: (575) 555-0163")

    def foot(c, p):
        c.setFont("Times-Roman", 8)
        c.drawString(60, 30, f"— {p} —")

    pg = Pager(path, letter, head, foot, top=95)
    last = None
    for x in recs:
        lines = wrap(mv_para(x), "Times-Roman", 10, 470)
        h = 12 * len(lines) + 6
        if x["d"] != last:
            pg.need(h + 24)
            d = x["d"]
            pg.text(
                60, f"{DIAS[d.weekday()].capitalize()}, {d.day} de {MESES[d.month - 1]} de {d.year}", "Times-Bold", 11
            )
            pg.y -= 18
            last = x["d"]
        pg.need(h)
        for ln in lines:
            pg.text(60 if ln is lines[0] else 72, ln, "Times-Roman", 10)
            pg.y -= 12
        pg.y -= 6
    pg.need(30)
    pg.text(60, f"Total de incidentes publicados: {len(recs)}", "Times-Bold", 10)
    pg.finish()


def mv_sample(x):
    d = x["d"]
    return {
        "case_number": x["id"],
        "reported_at": f"{d.day} de {MESES[d.month - 1]} de {d.year} {x['hh']:02d}:{x['mm']:02d}",
        "type": x["es"],
        "location": x["loc"],
        "summary": mv_para(x).split(". ", 1)[1].rsplit(" (Caso", 1)[0],
    }


# ---------------------------------------------------------------- D: Villa Paloma (mirrored blocks)
def vp_records(r, dates, n, start):
    recs = base_records(r, dates, n, start, "VP-25-{:05d}")
    for x in recs:
        x["loc"] = f"{r.randint(1, 99) * 100 + r.randint(0, 99)} {r.choice(STREETS)}"
        x["sen"] = r.choice(
            [
                "Caller reported the incident by phone.",
                "Officer flagged down by a resident.",
                "Reported at the front counter.",
                "Alarm company called it in.",
            ]
        )
        x["ses"] = {
            "Caller reported the incident by phone.": "Se reportó por teléfono.",
            "Officer flagged down by a resident.": "Un vecino detuvo al agente.",
            "Reported at the front counter.": "Se reportó en el mostrador.",
            "Alarm company called it in.": "La compañía de alarmas llamó.",
        }[x["sen"]]
        if r.random() < 0.2:
            x["rel"] = ("other_agency_case", f"CBP-{r.randint(100000, 999999)}")
            x["sen"] += f" Border Patrol ref. {x['rel'][1]}."
            x["ses"] += f" Ref. Patrulla Fronteriza {x['rel'][1]}."
    return recs


def draw_vp(path, recs, period):
    def head(c, p):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 750, "Villa Paloma Police Department  |  Departamento de Policía de Villa Paloma")
        c.setFont("Helvetica", 8)
        c.drawString(40, 738, f"Incident log / Registro de incidentes   {period}   (520) 555-0129")
        c.line(306, 60, 306, 728)

    def foot(c, p):
        c.setFont("Helvetica", 7)
        c.drawString(40, 34, f"Page {p}")
        c.drawString(320, 34, f"Página {p}")

    pg = Pager(path, letter, head, foot, top=80)
    for x in recs:
        d = x["d"]
        t = f"{x['hh']:02d}:{x['mm']:02d}"
        left = [
            ("Case No.:", x["id"]),
            ("Reported:", f"{d.month:02d}/{d.day:02d}/{d.year} {t}"),
            ("Type:", x["en"]),
            ("Location:", x["loc"]),
            ("Disposition:", x["den"]),
        ]
        right = [
            ("Núm. de caso:", x["id"]),
            ("Reportado:", f"{d.day:02d}/{d.month:02d}/{d.year} {t}"),
            ("Tipo:", x["es"]),
            ("Lugar:", x["loc"]),
            ("Disposición:", x["des"]),
        ]
        sl, sr = wrap(x["sen"], "Helvetica", 8, 190), wrap(x["ses"], "Helvetica", 8, 190)
        h = 10 * (5 + max(len(sl), len(sr))) + 12
        pg.need(h)
        for (a, b), (cc, dd) in zip(left, right):
            pg.text(40, a, "Helvetica-Bold")
            pg.text(100, b)
            pg.text(320, cc, "Helvetica-Bold")
            pg.text(392, dd)
            pg.y -= 10
        pg.text(40, "Summary:", "Helvetica-Bold")
        pg.text(320, "Resumen:", "Helvetica-Bold")
        for i in range(max(len(sl), len(sr))):
            if i < len(sl):
                pg.text(100, sl[i])
            if i < len(sr):
                pg.text(392, sr[i])
            pg.y -= 10
        pg.y -= 12
    pg.need(20)
    pg.text(40, f"Incidents this period: {len(recs)}", "Helvetica-Bold", 9)
    pg.text(320, f"Incidentes en el periodo: {len(recs)}", "Helvetica-Bold", 9)
    pg.finish()


def vp_sample(x):
    d = x["d"]
    return {
        "case_number": x["id"],
        "reported_at": f"{d.month:02d}/{d.day:02d}/{d.year} {x['hh']:02d}:{x['mm']:02d}",
        "type": x["en"],
        "location": x["loc"],
        "disposition": x["den"],
        "summary": x["sen"],
    }


# ---------------------------------------------------------------- E: Rio Blanco County (shift log)
SHIFTS = [(6, "A"), (14, "B"), (22, "C")]
CODES = {
    "Report taken": "I",
    "Referred": "R",
    "No action": "N",
    "Resolved": "S",
    "Under investigation": "B",
    "Arrest": "A",
    "Citation": "C",
}


def rb_records(r, dates, n, start):
    recs = base_records(r, dates, n, start, "RB25-{:05d}")
    for x in recs:
        x["loc"] = f"{r.randint(1, 99) * 100 + r.randint(0, 99)} {r.choice(STREETS)}"
        if x["den"] == "Arrest":
            x["rel"] = ("booking_number", f"RBJ-{r.randint(1000, 9999)}")
        elif x["den"] == "Citation":
            x["rel"] = ("citation", str(r.randint(5550000, 5559999)))
        elif r.random() < 0.1:
            x["rel"] = ("other_agency_case", f"25-{r.randint(10000, 99999)}")
    return recs


def shift_of(x):
    """(shift date, letter): shift C starting at 22:00 holds the next morning's calls."""
    d, h = x["d"], x["hh"]
    if h < 6:
        return d - datetime.timedelta(days=1), "C"
    return d, "A" if h < 14 else ("B" if h < 22 else "C")


def draw_rb(path, recs, period):
    cols = [40, 80, 150, 300, 440, 480]

    def head(c, p):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 752, "RIO BLANCO COUNTY SHERIFF'S OFFICE / OFICINA DEL SHERIFF DEL CONDADO DE RIO BLANCO")
        c.setFont("Courier", 8)
        c.drawString(40, 740, f"SHIFT LOG / BITACORA DE TURNO   {period}   TEL (432) 555-0188")
        c.setFont("Courier-Bold", 8)
        for x, s in zip(cols, ["HORA", "NUM.", "TIPO / TYPE", "LUGAR / LOCATION", "CLV", "REF."]):
            c.drawString(x, 724, s)
        c.line(40, 720, 572, 720)

    def foot(c, p):
        c.setFont("Courier", 7)
        c.drawString(40, 30, f"HOJA {p} / SHEET {p}")

    pg = Pager(path, letter, head, foot, top=86)
    cur, groups = None, []
    for x in recs:
        s = shift_of(x)
        if s != cur:
            pg.need(34)
            d = s[0]
            pg.y -= 4
            pg.text(
                40,
                f"TURNO {s[1]} / {s[1]} SHIFT -- {DIAS[d.weekday()].upper()} {d.day:02d}/{d.month:02d}/{d.year}"
                f" -- {d.strftime('%A').upper()} {d.month:02d}/{d.day:02d}/{d.year}",
                "Courier-Bold",
                8,
            )
            pg.y -= 12
            cur = s
            groups.append([s, 0])
        pg.need(11)
        groups[-1][1] += 1
        pg.text(cols[0], f"{x['hh']:02d}:{x['mm']:02d}", "Courier")
        pg.text(cols[1], x["id"], "Courier")
        pg.text(cols[2], f"{x['es'][:14].upper()}/{x['en'][:10].upper()}", "Courier", 7)
        pg.text(cols[3], x["loc"].upper()[:26], "Courier", 7)
        pg.text(cols[4], CODES[x["den"]], "Courier")
        if x["rel"]:
            pre = {"booking_number": "Bkg", "citation": "Cit.", "other_agency_case": "DPS"}[x["rel"][0]]
            pg.text(cols[5], f"{pre} {x['rel'][1]}", "Courier", 7)
        pg.y -= 11
    pg.need(120)
    pg.y -= 8
    pg.text(40, "CLAVES / CODES", "Courier-Bold", 8)
    pg.y -= 10
    for en, code in CODES.items():
        es = next(t[0] for t in DISPOS if t[1] == en)
        pg.text(60, f"{code}  {es.upper()} / {en.upper()}", "Courier", 8)
        pg.y -= 10
    pg.need(20 + 10 * len(groups))
    pg.y -= 6
    pg.text(40, "RESUMEN POR TURNO / SHIFT SUMMARY", "Courier-Bold", 8)
    pg.y -= 10
    for (d, s), k in groups:
        pg.text(60, f"{d.day:02d}/{d.month:02d}/{d.year} TURNO {s}   {k:3d}", "Courier", 8)
        pg.y -= 10
    pg.text(40, f"TOTAL LLAMADAS / TOTAL CALLS: {len(recs)}", "Courier-Bold", 8)
    pg.finish()


def rb_sample(x):
    d = x["d"]
    return {
        "case_number": x["id"],
        "reported_at": f"{d.day:02d}/{d.month:02d}/{d.year} {x['hh']:02d}:{x['mm']:02d}",
        "type": f"{x['es'][:14].upper()}/{x['en'][:10].upper()}",
        "location": x["loc"].upper()[:26],
        "disposition": CODES[x["den"]],
    }


NOTES = {
    "bs": (
        "Portrait complaint register of an island municipal police. Two-line column titles, Spanish bold over "
        "English italic, repeated per page. Each record takes two printed lines or more: line 1 has the id "
        "(BSQ-2025-NNNNN, bold), the date DAY-FIRST 'DD/MM/YYYY HH:MM', the Spanish type, the location "
        "(wraps) and the Spanish disposition; line 2 repeats type and disposition in English italic (same "
        "record, not a new one). 'Arresto, ficha BF-25-NNNN' (booking) and 'Boleta T-NNNNNN' (citation) are "
        "related numbers, printed twice (ES and EN lines). Ends 'Total de querellas / Total complaints: N'.",
        "rows counted from the generator; the closing total equals record_count",
    ),
    "sl": (
        "Landscape border-town daily log, grey header band per page. Case / Caso (SLR25-NNNNN, the id), Fecha "
        "(d-m-a) 'DD-MM-YYYY HH:MM' (day first), Incident / Incidente 'THEFT / ROBO' (both languages in one "
        "cell, wraps), Location, Disposition / Disposición 'Arrest / Arresto' (wraps), Other agency / Otra "
        "agencia: the neighbouring city's folio 'SSP-NL/NNNN/2025' or a jail booking 'J25-NNNNN' (related, "
        "not ids). After the rows a 'SUMMARY BY TYPE / RESUMEN POR TIPO' table of type names and counts "
        "with a TOTAL line: these are not records.",
        "rows counted from the generator; the summary TOTAL equals record_count",
    ),
    "mv": (
        "County sheriff's weekly press release written in Spanish. Day headings 'Martes, 14 de octubre de "
        "2025'; one paragraph per incident opening with 'HH:MM horas.', then the Spanish type with the English "
        "word in parentheses, 'en <place>', a fixed narrative sentence and an outcome sentence, ending "
        "'(Caso núm. MV25-NNNN)' (the id, last, often on a wrapped line). 'ficha de ingreso MVB-25-NNN' "
        "(booking) and 'citatorio C-NNNNNN' (citation) are related. reported_at joins the heading's date "
        "'14 de octubre de 2025' and the time. Ends 'Total de incidentes publicados: N'.",
        "paragraphs counted from the generator; the closing total equals record_count",
    ),
    "vp": (
        "City incident log of labelled blocks printed TWICE side by side: the left half in English (Case No., "
        "Reported MM/DD/YYYY HH:MM, Type, Location, Disposition, Summary), the right half the same record in "
        "Spanish (Núm. de caso, Reportado DD/MM/YYYY HH:MM, Tipo, Lugar, Disposición, Resumen) past a "
        "vertical rule. So every id is printed twice on one line and must count once; the two dates are the "
        "same moment in two orders. Some summaries cite a Border Patrol reference 'CBP-NNNNNN' (related, "
        "printed in both halves). Ends 'Incidents this period: N' / 'Incidentes en el periodo: N'.",
        "blocks counted from the generator; the closing count equals record_count",
    ),
    "rb": (
        "Courier shift log of a county sheriff. Rows grouped under shift headings 'TURNO B / B SHIFT -- LUNES "
        "13/10/2025 -- MONDAY 10/13/2025' (the date twice, day-first in Spanish, month-first in English); "
        "shift C starts at 22:00 and holds the next morning's calls under the previous day's heading. Rows "
        "give HORA (time only), NUM. (RB25-NNNNN, the id), TIPO / TYPE cut to 'ES/EN' abbreviations, location "
        "(cut), CLV a one-letter disposition code, REF. 'Bkg RBJ-NNNN' booking, 'Cit. 555NNNN' citation or "
        "'DPS 25-NNNNN' state police case (related; the number is listed without its 'Bkg', 'Cit.' or 'DPS' "
        "prefix). reported_at joins the calendar date of the call (day "
        "first) and the time. After the rows a bilingual code legend and a per-shift summary with counts: "
        "not records. Ends 'TOTAL LLAMADAS / TOTAL CALLS: N'.",
        "rows counted from the generator; the closing total equals record_count",
    ),
}


def one_agency(folder, k, pdfs, make, draw, sample, agency, doctype, layout, fields, notes, countcheck):
    r = random.Random(SEED + k)
    out_dir = OUT / folder
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for name, dates, period, n, start in pdfs:
        recs = make(r, dates, n, start)
        path = out_dir / name
        draw(path, recs, period)
        rel = [{"record": x["id"], "kind": x["rel"][0], "number": x["rel"][1]} for x in recs if x["rel"]]
        samples = []
        for x in (recs[0], recs[len(recs) // 2], recs[-1]):
            s = sample(x)
            if x["rel"] and (x["rel"][1] in json.dumps(s, ensure_ascii=False)):
                s["related_numbers"] = [x["rel"][1]]
            samples.append(s)
        entries.append(
            {
                "file": name,
                "source_repo": "generated",
                "commit": "generated",
                "path": "generated",
                "git_blob": "generated",
                "generator": f"make_blind_logs40.py (seed {SEED} + agency number)",
                "sha256": sha(path),
                "bytes": path.stat().st_size,
                "pages": pdf_pages(path),
                "agency": agency,
                "document_type": doctype,
                "layout": layout,
                "scanned": False,
                "encrypted": False,
                "text_layer": "good",
                "record_count": len(recs),
                "case_numbers": [x["id"] for x in recs],
                "related_numbers": rel,
                "fields_present": fields,
                "sample_records": samples,
                "case_numbers_source": "written by the generator (make_blind_logs40.py) from the records it drew; "
                "checked by check_blind_logs40.py against `pdftotext -layout` text",
                "record_count_check": countcheck,
                "notes": notes,
            }
        )
    (out_dir / "groundtruth.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")


def main():
    base = ["case_number", "reported_at", "type", "location"]
    one_agency(
        "bahia-serena-pr-municipal-police",
        1,
        [
            ("bspm-registro-querellas-2025-10-13-15.pdf", days(10, 13, 15), "13/10/2025 - 15/10/2025", 96, 4100),
            ("bspm-registro-querellas-2025-10-16-17.pdf", days(10, 16, 17), "16/10/2025 - 17/10/2025", 64, 4300),
        ],
        bs_records,
        draw_bs,
        bs_sample,
        "Policía Municipal de Bahía Serena, PR [invented]",
        "complaint register (cells Spanish over English)",
        "table with header",
        base + ["disposition"],
        *NOTES["bs"],
    )
    one_agency(
        "san-lazaro-del-rio-tx-pd",
        2,
        [
            ("slrpd-daily-log-2025-10-20-21.pdf", days(10, 20, 21), "20-10-2025 / 21-10-2025", 118, 31000),
            ("slrpd-daily-log-2025-10-22.pdf", days(10, 22, 22), "22-10-2025", 57, 31300),
        ],
        sl_records,
        draw_sl,
        sl_sample,
        "San Lázaro del Río Police Department, TX [invented]",
        "daily log (EN / ES cells, other agency column, summary by type)",
        "table with header",
        base + ["disposition"],
        *NOTES["sl"],
    )
    one_agency(
        "mesilla-verde-county-nm-so",
        3,
        [("mvso-comunicado-2025-10-13-19.pdf", days(10, 13, 19), "13 al 19 de octubre de 2025", 58, 610)],
        mv_records,
        draw_mv,
        mv_sample,
        "Oficina del Sheriff del Condado de Mesilla Verde, NM [invented]",
        "weekly press release in Spanish (paragraph per incident, id last)",
        "free text",
        base + ["summary", "disposition"],
        *NOTES["mv"],
    )
    one_agency(
        "villa-paloma-az-pd",
        4,
        [
            (
                "vppd-incident-log-2025-10-06-12.pdf",
                days(10, 6, 12),
                "10/06/2025 - 10/12/2025 · 06/10/2025 - 12/10/2025",
                47,
                2210,
            )
        ],
        vp_records,
        draw_vp,
        vp_sample,
        "Villa Paloma Police Department, AZ [invented]",
        "incident log (labelled blocks in English and Spanish side by side)",
        "labelled blocks",
        base + ["disposition", "summary"],
        *NOTES["vp"],
    )
    one_agency(
        "rio-blanco-county-tx-so",
        5,
        [("rbso-shift-log-2025-10-13-15.pdf", days(10, 13, 15), "13/10/2025 - 15/10/2025", 112, 7400)],
        rb_records,
        draw_rb,
        rb_sample,
        "Rio Blanco County Sheriff's Office, TX [invented]",
        "shift log (bilingual shift headings, code legend, shift summary)",
        "table with header",
        base + ["disposition"],
        *NOTES["rb"],
    )


if __name__ == "__main__":
    main()
