"""Generate the twenty-first held-out set of incident-log PDFs and their ground truth.

Five layouts from agencies serving bilingual (Spanish/English) border communities: a county
sheriff's table with Spanish-only column titles and day-first dates with Spanish month
abbreviations; an international-bridge port-of-entry log with no column titles, records told
apart only by horizontal rules and the id on the record's LAST line; a community-college log of
labelled blocks with bilingual labels and day-first dd/mm/yyyy dates, blocks told apart only by
spacing; a city police bilingual bulletin where every entry is printed twice (English, then its
Spanish translation); a city police shift log without column titles, rows between hairlines,
the id in the last column, shift sections with subtotal lines.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs21/make_blind_logs21.py [OUT_DIR]
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
SEED = 20252121
STREETS = ["Calle Alamo", "Avenida Mesquite", "Calle Tordo", "Camino Real Viejo", "Calle Nogalito",
           "Avenida Las Palmas", "Calle Fresno", "Camino del Rio", "Calle Azucena", "Avenida Cuervo",
           "Calle Pinole", "Calle Jacal", "Avenida Sauce", "Camino Arenoso"]
MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
MES_LARGO = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
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


def addr(r):
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def base(r, days, n, start, fmt_id, fmt_date, types, disp):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        recs.append({"case_number": fmt_id(k), "reported_at": fmt_date(d, h, m), "type": r.choice(types),
                     "location": addr(r), "disposition": r.choice(disp), "related": [], "_d": (d, h, m)})
    return recs


class Pages:
    """Canvas with a page counter and a header callback; y goes down from the header."""

    def __init__(self, path, size, head, pages):
        self.c, self.w, self.h = new_canvas(path, size), size[0], size[1]
        self.head, self.pages, self.n = head, pages, 0
        self.y = self.new()

    def new(self):
        self.n += 1
        return self.head(self)

    def need(self, dy, bottom=60):
        if self.y - dy < bottom:
            self.c.showPage()
            self.y = self.new()

    def close(self):
        self.c.showPage()
        self.c.save()
        return self.n


# ---------------------------------------------------------------- A: Rio Seco County Sheriff

RS_TYPES = ["ROBO DE VEHICULO", "ALLANAMIENTO DE MORADA", "VIOLENCIA FAMILIAR", "DISTURBIO",
            "CONDUCIR EBRIO (DWI)", "DAÑO A PROPIEDAD", "PERSONA SOSPECHOSA", "ACCIDENTE VIAL",
            "ROBO MENOR", "ANIMAL SUELTO", "AMENAZAS", "INTRUSION (TRESPASS)"]
RS_DISP = ["REPORTE LEVANTADO", "SIN REPORTE", "INFUNDADO", "ARRESTO", "CITATORIO", "TURNADO A INVESTIGACION",
           "ASISTENCIA PRESTADA"]


def rs_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"RSC-25-{k:06d}",
                lambda d, h, m: f"{d[2]:02d}-{MES[d[1] - 1]}-{d[0]} {h:02d}:{m:02d}", RS_TYPES, RS_DISP)
    for rec in recs:
        rec["location"] = rec["location"].upper() + r.choice(["", "", ", COL. LAS LOMAS", ", RANCHO EL TULE"])
        if rec["disposition"] == "ARRESTO":
            num = f"BK-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"ARRESTO, REG. DE CARCEL {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CITATORIO":
            num = f"TC{r.randint(100000, 999999)}"
            rec["disposition"] = f"CITATORIO NO. {num}"
            rec["related"].append(("citation", num))
    return recs


def draw_rs(path, recs, label, pages):
    cols = [(36, "Núm. de caso"), (118, "Fecha y hora"), (206, "Delito / incidente"), (370, "Lugar"),
            (560, "Resultado")]

    def head(p):
        c = p.c
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, p.h - 38, "OFICINA DEL ALGUACIL DEL CONDADO DE RIO SECO")
        c.setFont("Helvetica", 8)
        c.drawString(36, p.h - 50, f"Registro de incidentes  |  Periodo: {label}  |  Tel. 432 555-0117")
        c.drawRightString(p.w - 36, p.h - 50, f"Hoja {p.n} de {pages or 0}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, p.h - 70, t)
        c.line(36, p.h - 73, p.w - 36, p.h - 73)
        return p.h - 85

    p = Pages(path, landscape(letter), head, pages)
    c = p.c
    for rec in recs:
        cells = [wrap(rec["type"], "Helvetica", 7.5, 155), wrap(rec["location"], "Helvetica", 7.5, 140),
                 wrap(rec["disposition"], "Helvetica", 7.5, 120)]
        lines = max(len(x) for x in cells)
        p.need(10 * lines + 4)
        c.setFont("Courier-Bold", 7.5)
        c.drawString(36, p.y, rec["case_number"])
        c.setFont("Helvetica", 7.5)
        c.drawString(118, p.y, rec["reported_at"])
        for x, cell in zip((206, 370, 560), cells):
            for j, t in enumerate(cell):
                c.drawString(x, p.y - 10 * j, t)
        p.y -= 10 * lines + 4
    arrests = sum(1 for rec in recs if rec["disposition"].startswith("ARRESTO"))
    p.need(40)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, p.y - 8, f"Total de casos: {len(recs)}        Arrestos: {arrests}        "
                 f"Citatorios: {sum(1 for x in recs if x['disposition'].startswith('CITATORIO'))}")
    return p.close()


# ---------------------------------------------------------------- B: Paso Piedras bridge police

PP_TYPES = ["Documento falso / False document", "Persona buscada / Wanted person",
            "Contrabando / Contraband", "Conductor ebrio / Impaired driver",
            "Disturbio en fila / Queue disturbance", "Menor no acompañado / Unaccompanied minor",
            "Vehículo abandonado / Abandoned vehicle", "Objeto perdido / Lost property",
            "Asistencia médica / Medical assist", "Choque menor / Minor collision"]
PP_PLACES = ["Carril {} norte / Lane {} northbound", "Carril {} sur / Lane {} southbound",
             "Caseta peatonal {} / Pedestrian booth {}", "Patio de inspección {} / Inspection yard {}"]
PP_DISP = ["Entregado a CBP / Turned over to CBP", "Advertencia / Warning", "Sin acción / No action",
           "Arresto / Arrest", "Remitido / Referred to SPPD", "Resuelto en sitio / Resolved on scene"]


def pp_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"PPB-2510-{k:04d}",
                lambda d, h, m: f"{d[2]:02d}/{d[1]:02d}/{d[0]} {h:02d}:{m:02d}", PP_TYPES, PP_DISP)
    for rec in recs:
        k = r.randint(1, 12)
        rec["location"] = r.choice(PP_PLACES).format(k, k)
        rec["plate"] = f"{r.choice('ABCDEFGHJKLMN')}{r.choice('PRSTUVWXYZ')}{r.choice('ABCDEF')}-{r.randint(1000, 9999)}"
        if rec["disposition"].startswith("Entregado"):
            num = f"CBP-PP25-{r.randint(10000, 99999)}"
            rec["disposition"] += f" (ref. {num})"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"].startswith("Remitido"):
            num = f"SP25-{r.randint(100000, 999999)}"
            rec["disposition"] += f" case {num}"
            rec["related"].append(("other_agency_case", num))
    return recs


def draw_pp(path, recs, label, pages):
    def head(p):
        c = p.c
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(p.w / 2, p.h - 38, "PUENTE INTERNACIONAL PASO PIEDRAS - POLICIA DEL PUENTE")
        c.drawCentredString(p.w / 2, p.h - 51, "Paso Piedras International Bridge Police - Port of Entry Log")
        c.setFont("Helvetica", 8)
        c.drawCentredString(p.w / 2, p.h - 63, f"Bitácora / Log: {label}   -   Garita Central 956 555-0163")
        c.drawRightString(p.w - 40, 30, f"{p.n}/{pages or 0}")
        c.setLineWidth(1.2)
        c.line(40, p.h - 70, p.w - 40, p.h - 70)
        c.setLineWidth(0.4)
        return p.h - 84

    p = Pages(path, letter, head, pages)
    c = p.c
    for rec in recs:
        dsp = wrap(f"Disposición / Disposition: {rec['disposition']}", "Helvetica", 8, 285)
        p.need(11 * (3 + len(dsp)) + 6)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, p.y, rec["reported_at"])
        c.setFont("Helvetica", 8.5)
        c.drawString(140, p.y, rec["location"])
        c.drawRightString(p.w - 48, p.y, f"Placas / Plate: {rec['plate']}")
        c.drawString(140, p.y - 11, rec["type"])
        for j, t in enumerate(dsp):
            c.drawString(140, p.y - 22 - 11 * j, t)
        c.setFont("Courier", 8)
        c.drawRightString(p.w - 48, p.y - 22 - 11 * (len(dsp) - 1), f"No. {rec['case_number']}")
        p.y -= 22 + 11 * len(dsp)
        c.line(48, p.y + 4, p.w - 48, p.y + 4)
        p.y -= 8
    p.need(30)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(48, p.y - 6, f"Registros en esta bitácora / Entries in this log: {len(recs)}")
    return p.close()


# ---------------------------------------------------------------- C: Valle Verde CC police blocks

VV_TYPES = ["Robo / Theft", "Robo de bicicleta / Bicycle theft", "Vandalismo / Vandalism",
            "Acoso / Harassment", "Alcohol (menor de edad) / Underage alcohol", "Allanamiento / Burglary",
            "Agresión simple / Simple assault", "Persona sospechosa / Suspicious person",
            "Alarma de incendio / Fire alarm"]
VV_PLACES = ["Edificio de Ciencias (Science Bldg.)", "Biblioteca Mesquite", "Estacionamiento B", "Gimnasio",
             "Centro Estudiantil", "Edificio de Artes", "Estacionamiento D", "Centro de Carreras Técnicas"]
VV_DISP = ["Abierto / Open", "Cerrado / Closed", "Arresto / Arrest", "Remitido a Conducta Estudiantil",
           "Remitido a la policía de Valle Verde"]


def dmy(t):
    return t.strftime("%d/%m/%Y %H:%M")


def vv_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"VVCC-25-{k:04d}",
                lambda d, h, m: dmy(datetime.datetime(*d, h, m)), VV_TYPES, VV_DISP)
    for rec in recs:
        d, h, m = rec.pop("_d")
        t0 = datetime.datetime(*d, h, m) - datetime.timedelta(minutes=r.randint(15, 2000))
        rec["occurred_at"] = dmy(t0)
        rec["location"] = r.choice(VV_PLACES)
        if rec["disposition"].startswith("Remitido a la"):
            num = f"VVPD 25-{r.randint(10000, 99999)}"
            rec["disposition"] += f" (caso {num})"
            rec["related"].append(("other_agency_case", num))
        rec["_d"] = (d, h, m)
    return recs


def draw_vv(path, recs, label, pages):
    labels = [("Número de caso / Case number:", "case_number"),
              ("Fecha del reporte / Date reported:", "reported_at"),
              ("Fecha del hecho / Date occurred:", "occurred_at"),
              ("Clasificación / Classification:", "type"), ("Lugar / Location:", "location"),
              ("Estado / Status:", "disposition")]

    def head(p):
        c = p.c
        c.setFont("Times-Bold", 13)
        c.drawString(54, p.h - 44, "Valle Verde Community College District Police")
        c.setFont("Times-Italic", 10)
        c.drawString(54, p.h - 58, f"Registro diario de delitos / Daily Crime Log  -  {label}")
        c.setFont("Times-Roman", 8)
        c.drawString(54, 34, "Fechas en formato día/mes/año - Dates are day/month/year.  Oficina 520 555-0129")
        c.drawRightString(p.w - 54, 34, f"Página {p.n} de {pages or 0}")
        return p.h - 84

    p = Pages(path, letter, head, pages)
    c = p.c
    for rec in recs:
        p.need(12 * len(labels) + 14, bottom=56)
        for j, (lab, key) in enumerate(labels):
            c.setFont("Times-Bold" if key == "case_number" else "Times-Roman", 9.5)
            c.drawString(72, p.y - 12 * j, lab)
            c.drawString(250, p.y - 12 * j, rec[key])
        p.y -= 12 * len(labels) + 14
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    p.need(14 * (len(counts) + 4), bottom=56)
    c.setFont("Times-Bold", 10)
    c.drawString(72, p.y - 4, "Resumen del mes / Monthly summary")
    p.y -= 18
    c.setFont("Times-Roman", 9.5)
    for t, k in sorted(counts.items()):
        c.drawString(90, p.y, t)
        c.drawRightString(420, p.y, str(k))
        p.y -= 12
    c.setFont("Times-Bold", 10)
    c.drawString(72, p.y - 6, f"Total de incidentes / Total incidents: {len(recs)}")
    return p.close()


# ---------------------------------------------------------------- D: Santa Ines bilingual bulletin

SI_TYPES = [("Theft from vehicle", "Robo de vehículo"), ("Shoplifting", "Robo en tienda"),
            ("Loud party", "Fiesta ruidosa"), ("Domestic dispute", "Disputa doméstica"),
            ("Found property", "Objeto encontrado"), ("Welfare check", "Revisión de bienestar"),
            ("Vandalism", "Vandalismo"), ("Reckless driving", "Manejo imprudente"),
            ("Burglary", "Allanamiento"), ("Trespassing", "Intrusión")]
SI_NARR = [("A caller reported the incident and an officer responded.",
            "Una persona reportó el hecho y un oficial respondió."),
           ("The officer spoke with the parties involved.", "El oficial habló con las partes."),
           ("Nobody was hurt.", "No hubo lesionados."),
           ("The area was checked.", "Se revisó el área.")]
SI_DISP = [("Report taken.", "Se levantó reporte."), ("Warning given.", "Se dio advertencia."),
           ("Gone on arrival.", "Se había retirado."), ("Arrest made.", "Se realizó un arresto."),
           ("Citation issued.", "Se emitió citatorio.")]


def si_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"SI25-{k:05d}",
                lambda d, h, m: f"{datetime.date(*d).strftime('%b')} {d[2]}, {d[0]} {h:02d}:{m:02d}",
                [""], [""])
    for rec in recs:
        d, h, m = rec["_d"]
        ti = r.randrange(len(SI_TYPES))
        di = r.randrange(len(SI_DISP))
        ni = r.randrange(len(SI_NARR))
        rec.update(type=SI_TYPES[ti][0], summary=SI_NARR[ni][0], disposition=SI_DISP[di][0].rstrip("."))
        rec["_es"] = (f"{d[2]} {MES[d[1] - 1]} {d[0]} {h:02d}:{m:02d}", SI_TYPES[ti][1], SI_NARR[ni][1],
                      SI_DISP[di][1])
        if di == 3:
            num = f"B25-{r.randint(1000, 9999)}"
            rec["disposition"] += f", booking {num}"
            rec["related"].append(("booking_number", num))
        elif di == 4:
            num = f"M{r.randint(1000000, 9999999)}"
            rec["disposition"] += f" {num}"
            rec["related"].append(("citation", num))
    return recs


def draw_si(path, recs, label, pages):
    def head(p):
        c = p.c
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, p.h - 40, "Santa Inés Police Department  -  Departamento de Policía de Santa Inés")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, p.h - 53, f"Community Bulletin / Boletín comunitario: {label}   Info 505 555-0184")
        c.drawRightString(p.w - 50, 30, f"p. {p.n} / {pages or 0}")
        return p.h - 76

    p = Pages(path, letter, head, pages)
    c = p.c
    last_day = None
    for rec in recs:
        d = rec["_d"][0]
        en = (f"{rec['case_number']} \u00b7 {rec['reported_at']} \u00b7 {rec['type']} at {rec['location']}. "
              f"{rec['summary']} {rec['disposition']}.")
        es_date, es_type, es_narr, es_disp = rec["_es"]
        tail = rec["related"][0][1] if rec["related"] else ""
        es = (f"{rec['case_number']} \u00b7 {es_date} \u00b7 {es_type} en {rec['location']}. {es_narr} "
              + (f"{es_disp[:-1]} ({tail})." if tail else es_disp))
        en_l = wrap(en, "Helvetica", 8.5, 500)
        es_l = wrap(es, "Helvetica-Oblique", 8, 490)
        p.need(11 * (len(en_l) + len(es_l)) + 12 + (26 if d != last_day else 0))
        if d != last_day:
            wd = datetime.date(*d)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(50, p.y, f"{wd.strftime('%A, %B')} {d[2]}, {d[0]} / {DIAS[wd.weekday()]}, {d[2]} de "
                                  f"{MES_LARGO[d[1] - 1]} de {d[0]}")
            p.y -= 18
            last_day = d
        c.setFont("Helvetica", 8.5)
        for t in en_l:
            c.drawString(56, p.y, t)
            p.y -= 11
        c.setFont("Helvetica-Oblique", 8)
        for t in es_l:
            c.drawString(66, p.y, t)
            p.y -= 11
        p.y -= 10
    p.need(30)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, p.y - 4, f"Entries / Entradas: {len(recs)}")
    return p.close()


# ---------------------------------------------------------------- E: Lomas del Sol shift log

LS_TYPES = ["Llamada 911 colgada", "Alarma comercial", "Riña / Fight", "Robo en tienda", "Accidente sin lesiones",
            "Persona sospechosa", "Ruido excesivo", "Vehículo sospechoso", "Violencia doméstica",
            "Daño a propiedad", "Asistencia a otra agencia"]
LS_DISP = ["Informe", "Sin informe", "Arresto", "Citación", "Se retiró", "Advertido"]
SHIFTS = [(6, "TURNO A / DAY SHIFT 06:00-14:00"), (14, "TURNO B / SWING SHIFT 14:00-22:00"),
          (22, "TURNO C / NIGHT SHIFT 22:00-06:00")]


def ls_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"25-LS-{k:05d}",
                lambda d, h, m: f"{d[2]:02d}/{d[1]:02d}/{d[0]} {h:02d}:{m:02d}", LS_TYPES, LS_DISP)
    for rec in recs:
        if rec["disposition"] == "Arresto":
            num = f"LSJ-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arresto - fichado {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Citación":
            num = f"CA{r.randint(100000, 999999)}"
            rec["disposition"] = f"Citación {num}"
            rec["related"].append(("citation", num))
    return recs


def shift_of(rec):
    d, h, _ = rec["_d"]
    if h < 6:
        prev = datetime.date(*d) - datetime.timedelta(days=1)
        return (prev.year, prev.month, prev.day), 2
    return d, 0 if h < 14 else 1 if h < 22 else 2


def draw_ls(path, recs, label, pages):
    def head(p):
        c = p.c
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, p.h - 38, "CITY OF LOMAS DEL SOL POLICE DEPARTMENT / DEPARTAMENTO DE POLICIA")
        c.setFont("Helvetica", 8)
        c.drawString(40, p.h - 50, f"Bitácora por turno / Shift log  {label}     Records Unit 619 555-0108")
        c.drawRightString(p.w - 40, p.h - 50, f"Pág. {p.n} de {pages or 0}")
        return p.h - 70

    p = Pages(path, letter, head, pages)
    c = p.c
    groups = []
    for rec in recs:
        key = shift_of(rec)
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(rec)
    for (d, s), rows in groups:
        p.need(44)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, p.y, f"{SHIFTS[s][1]}  -  {d[2]:02d}/{d[1]:02d}/{d[0]}")
        p.y -= 6
        c.setLineWidth(0.3)
        c.line(40, p.y, p.w - 40, p.y)
        p.y -= 10
        for rec in rows:
            loc = wrap(rec["location"], "Helvetica", 7.5, 150)
            dsp = wrap(rec["disposition"], "Helvetica", 7.5, 80)
            lines = max(len(loc), len(dsp))
            p.need(9 * lines + 8)
            c.setFont("Helvetica", 7.5)
            c.drawString(40, p.y, rec["reported_at"])
            c.drawString(118, p.y, rec["type"])
            for x, cell in ((260, loc), (420, dsp)):
                for j, t in enumerate(cell):
                    c.drawString(x, p.y - 9 * j, t)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawRightString(p.w - 40, p.y, rec["case_number"])
            p.y -= 9 * lines - 2
            c.line(40, p.y + 4, p.w - 40, p.y + 4)
            p.y -= 8
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawRightString(p.w - 40, p.y, f"Subtotal turno / shift: {len(rows)}")
        p.y -= 16
    p.need(24)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, p.y - 4, f"Total del periodo / Period total: {len(recs)}")
    return p.close()


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if recs[i].get(k)}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs21.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs21.py) from the records it drew; "
                               "checked by check_blind_logs21.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "rs": ("Landscape county sheriff incident register with column titles in SPANISH only ('Núm. de caso', "
           "'Fecha y hora', 'Delito / incidente', 'Lugar', 'Resultado'), repeated per page under a rule; no "
           "rules between rows. Dates day-first with Spanish month abbreviations '14-oct-2025 22:15' "
           "(reported_at as printed). Types in Spanish upper case (some with an English word in parentheses), "
           "cells wrap. Dispositions cite bookings ('ARRESTO, REG. DE CARCEL BK-25-NNNN') and citations "
           "('CITATORIO NO. TCNNNNNN'): related, not ids. Ends 'Total de casos: N  Arrestos: A  Citatorios: C' "
           "(only N counts records). Header 'Hoja n de N' and a phone.",
           "rows counted from the generator; 'Total de casos' equals record_count"),
    "pp": ("International-bridge port-of-entry log, portrait, bilingual title; NO column titles. Records are told "
           "apart only by a horizontal rule under each. Record lines: (1) bold day-first date-time "
           "'14/10/2025 22:15' (reported_at as printed), the lane/booth (location, bilingual) and at the right "
           "'Placas / Plate: XX-NNNN' (a licence plate, not an id); (2) the bilingual type; (3+) 'Disposición "
           "/ Disposition: ...' (wraps; 'ref. CBP-PP25-NNNNN' and 'case SP25-NNNNNN' cite other agencies, "
           "related) with the id 'No. PPB-2510-NNNN' right-aligned on the record's LAST line. Ends "
           "'Registros en esta bitácora / Entries in this log: N'. Footer 'n/N'.",
           "records counted from the generator; the closing count equals record_count"),
    "vv": ("Community college daily crime log in labelled blocks with BILINGUAL labels ('Número de caso / Case "
           "number:', 'Fecha del reporte / Date reported:', 'Fecha del hecho / Date occurred:', 'Clasificación "
           "/ Classification:', 'Lugar / Location:', 'Estado / Status:'), values in a second column; blocks "
           "told apart only by spacing (no rules, no boxes). Dates are DAY-FIRST dd/mm/yyyy HH:MM (a page "
           "footer says so): '03/10/2025' is 3 October. 'Remitido a la policía de Valle Verde (caso VVPD "
           "25-NNNNN)' cites the city police case (related). After the blocks a 'Resumen del mes / Monthly "
           "summary' list of classifications with counts (not records) and 'Total de incidentes / Total "
           "incidents: N'. Footer 'Página n de N'.",
           "blocks counted from the generator; the closing total equals record_count"),
    "si": ("City police community bulletin, free text, bilingual: day headings 'Tuesday, October 14, 2025 / "
           "martes, 14 de octubre de 2025', then per entry an English paragraph 'ID · Oct 14, 2025 06:12 · "
           "Type at Location. Narrative. Outcome.' followed by its SPANISH TRANSLATION in italics, which "
           "repeats the id ('ID · 14 oct 2025 06:12 · Tipo en Lugar. ...'): every id is printed twice but is ONE "
           "record. Entries are told apart only by spacing. reported_at, type, location, summary and "
           "disposition are taken from the English paragraph as printed; 'Arrest made, booking B25-NNNN' "
           "and 'Citation issued MNNNNNNN' cite related numbers (repeated in the Spanish text). Ends "
           "'Entries / Entradas: N'.",
           "entries counted from the generator; the closing count equals record_count"),
    "ls": ("City police shift log, portrait, with NO column titles: sections 'TURNO A / DAY SHIFT "
           "06:00-14:00 - 14/10/2025' (the night shift holds the small hours of the next day), one row per "
           "call between hairline rules: day-first date-time '14/10/2025 22:15' (reported_at), type (Spanish, "
           "some bilingual), location (wraps), disposition (wraps; 'Arresto - fichado LSJ-NNNNN' is a booking, "
           "'Citación CANNNNNN' a citation: related) and the id '25-LS-NNNNN' LAST, right-aligned. Each section "
           "ends 'Subtotal turno / shift: N' (not a record); the log ends 'Total del periodo / Period total: N'.",
           "rows counted from the generator; 'Period total' equals record_count"),
}


def main():
    one_agency(
        "rio-seco-county-tx-so", 1,
        [("rcso-registro-2025-10-13-16.pdf", days(10, 13, 16), "13-oct-2025 al 16-oct-2025", 118, 4400),
         ("rcso-registro-2025-10-17-19.pdf", days(10, 17, 19), "17-oct-2025 al 19-oct-2025", 86, 4580)],
        rs_records, draw_rs, "Rio Seco County Sheriff's Office, TX [invented]",
        "incident register (Spanish column titles, Spanish month dates)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["rs"])
    one_agency(
        "paso-piedras-bridge-tx-police", 2,
        [("ppb-bitacora-2025-10-20-21.pdf", days(10, 20, 21), "20/10/2025 - 21/10/2025", 64, 310),
         ("ppb-bitacora-2025-10-22-23.pdf", days(10, 22, 23), "22/10/2025 - 23/10/2025", 57, 420)],
        pp_records, draw_pp, "Paso Piedras International Bridge Police, TX [invented]",
        "port-of-entry log (records between rules, id on the last line)", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["pp"])
    one_agency(
        "valle-verde-community-college-az-pd", 3,
        [("vvccd-crime-log-2025-09.pdf", days(9, 1, 30), "septiembre / September 2025", 46, 180),
         ("vvccd-crime-log-2025-10.pdf", days(10, 1, 31), "octubre / October 2025", 53, 250)],
        vv_records, draw_vv, "Valle Verde Community College District Police, AZ [invented]",
        "daily crime log (bilingual labelled blocks, day-first dates)", "labelled blocks",
        ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"], *NOTES["vv"])
    one_agency(
        "santa-ines-nm-pd", 4,
        [("sipd-boletin-2025-10-13-19.pdf", days(10, 13, 19), "Oct 13-19, 2025 / 13-19 oct 2025", 52, 2210)],
        si_records, draw_si, "Santa Inés Police Department, NM [invented]",
        "community bulletin (each entry in English then Spanish)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["si"])
    one_agency(
        "lomas-del-sol-ca-pd", 5,
        [("lspd-shift-log-2025-10-20-22.pdf", days(10, 20, 22), "20/10/2025 - 22/10/2025", 97, 18400)],
        ls_records, draw_ls, "City of Lomas del Sol Police Department, CA [invented]",
        "shift log (no column titles, rows between rules, id last)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ls"])


if __name__ == "__main__":
    main()
