"""Generate a held-out set of bilingual English/Spanish incident logs (blind_logs108).

Five invented agencies of California border and Central Valley cities:
a border city's landscape daily log with bilingual column titles, day-first dates and rows that
wrap (some across a page break); a Central Valley town's register of labelled blocks with
Spanish-only labels, long Spanish dates, mixed-language narratives citing earlier cases and voided
case numbers; a county sheriff substation's daily summary of numbered paragraphs under Spanish day
headings, in which notices and updates are numbered too; a dispatch status log with Spanish column
titles in which each incident is several interleaved status lines; a weekly summary by category
in which a case with two offences is listed under both. Every agency, place and record is invented;
no person is named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs108/make_blind_logs108.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261208

DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
# (Spanish, English, statute)
TYPES = [("Robo de vehículo", "Vehicle theft", "10851 VC"), ("Robo a vivienda", "Residential burglary", "459 PC"),
         ("Riña", "Fight", "415 PC"), ("Violencia doméstica", "Domestic violence", "273.5 PC"),
         ("Vandalismo", "Vandalism", "594 PC"), ("Hurto en tienda", "Shoplifting", "459.5 PC"),
         ("Persona sospechosa", "Suspicious person", ""), ("Choque con lesiones", "Injury collision", "20001 VC"),
         ("Choque sin lesiones", "Non-injury collision", "20002 VC"),
         ("Conducir en estado de ebriedad", "DUI", "23152 VC"), ("Ruido excesivo", "Loud noise", "415 PC"),
         ("Amenazas", "Criminal threats", "422 PC"), ("Robo de catalizador", "Catalytic converter theft", "487 PC"),
         ("Allanamiento", "Trespassing", "602 PC"), ("Agresión con arma", "Assault with a deadly weapon", "245 PC"),
         ("Persona desaparecida", "Missing person", ""), ("Robo de cobre", "Copper wire theft", "487 PC"),
         ("Robo de equipo agrícola", "Farm equipment theft", "487 PC"), ("Fraude", "Fraud", "532 PC"),
         ("Daños a propiedad", "Property damage", "594 PC")]
NO_ENFORCEMENT = {"Persona desaparecida", "Fraude", "Persona sospechosa", "Choque sin lesiones"}
DISPS = [("Informe tomado", "Report taken"), ("Sin acción", "No action"),
         ("Resuelto en el lugar", "Handled on scene"), ("Se fue antes de llegar", "Gone on arrival"),
         ("Remitido a detectives", "Referred to detectives"), ("Aviso dado", "Advised")]


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


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def wrap(text, width, font, size):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    out.append(cur)
    return out


def long_date(d, cap=False):
    s = f"{DIAS[d.weekday()]} {d.day} de {MESES[d.month - 1]} de {d.year}"
    return s[0].upper() + s[1:] if cap else s


def draw_pages(path, size, pages, header, footer_left, font="Helvetica", fsize=8.0, lh=10.5, page_word="Página"):
    """pages: lists of lines; a line is a str (x=36) or a list of (x, text[, font, size])."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = h - 40
        for x, text, f, s in header:
            c.setFont(f, s)
            c.drawString(x, y, text)
            y -= s + 4
        y -= 4
        for line in lines:
            for item in ([(36, line)] if isinstance(line, str) else line):
                x, text = item[0], item[1]
                c.setFont(item[2] if len(item) > 2 else font, item[3] if len(item) > 3 else fsize)
                c.drawString(x, y, text)
            y -= lh
        c.setFont("Helvetica", 7)
        c.drawString(36, 26, footer_left)
        c.drawRightString(w - 36, 26, f"{page_word} {i} / {n}")
        c.showPage()
    c.save()


def paginate(groups, per_page, head_lines=()):
    pages, cur = [], list(head_lines)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head_lines):
            pages.append(cur)
            cur = list(head_lines)
        cur += g
    pages.append(cur)
    return pages


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, extra=None):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {"case_number": recs[i]["case_number"]}
        s.update({k: recs[i][k] for k in fields if k in recs[i]})
        samples.append(s)
    e = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs108.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs108.py) from the records it drew; "
                               "checked by check_blind_logs108.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }
    if extra:
        e.update(extra)
    return e


# 1 ---------------------------------------------------------- Puerta del Sol, CA: bilingual table
BORDER_STREETS = ["Av. Imperial", "Calle Segunda", "Calle Cesar Chavez", "Av. de la Garita", "Calle Mesquite",
                  "Blvd. Las Palmas", "Calle Ocotillo", "Av. Rockwood", "Calle Primera", "Av. Heber Sur"]


def puerta(d, r):
    agency = "Puerta del Sol Police Department / Departamento de Policía de Puerta del Sol, CA [invented]"
    gt = []
    num, book, cit = 3310, 700, 41200
    cols = [(36, 62), (100, 50), (152, 28), (182, 118), (304, 112), (420, 150), (576, 180)]
    font, fs = "Helvetica", 7.6
    for fname, first, n, label in [("puerta-del-sol-bitacora-2025-11-01-15.pdf", 1, 72, "del 1 al 15 de noviembre de 2025 / November 1-15, 2025"),
                                   ("puerta-del-sol-bitacora-2025-11-16-30.pdf", 16, 64, "del 16 al 30 de noviembre de 2025 / November 16-30, 2025")]:
        recs, lines = [], []
        for t in stamps(r, datetime.datetime(2025, 11, first), n, 15):
            num += r.randint(1, 4)
            es, en, _ = r.choice(TYPES)
            if r.random() < 0.18:
                side, lane = r.choice([("Este", "East"), ("Oeste", "West")]), r.randint(1, 12)
                loc = f"Garita {side[0]}, carril {lane} / {side[1]} port, lane {lane}"
            else:
                loc = f"{r.randint(1, 24)}00 blk {r.choice(BORDER_STREETS)}"
            rec = {"case_number": f"PS25-{num:05d}", "date": t.strftime("%d/%m/%Y"), "time": t.strftime("%H:%M"),
                   "type": f"{es} / {en}", "location": loc, "rel": []}
            roll = r.random() if es not in NO_ENFORCEMENT else 1.0
            if roll < 0.22:
                book += r.randint(1, 3)
                rec["rel"].append(("booking_number", f"B25-{book:05d}"))
                disp = f"Arresto / Arrest - reg. cárcel / booking B25-{book:05d}"
            elif roll < 0.36:
                cit += r.randint(1, 9)
                rec["rel"].append(("citation", f"PSC-{cit:06d}"))
                disp = f"Citación / Citation PSC-{cit:06d}"
            elif roll < 0.44:
                ev = f"{r.randint(2025110000000, 2025119999999)}"
                rec["rel"].append(("other_agency_case", ev))
                disp = f"Remitido a CBP / Referred to CBP, evento / event {ev}"
            else:
                disp = " / ".join(r.choice(DISPS))
            rec["disposition"] = disp
            rec["reported_at"] = f"{rec['date']} {rec['time']}"
            rec["summary"] = narrative(r, es)
            cells = [[rec["case_number"]], [rec["date"]], [rec["time"]]] + [
                wrap(v, w, font, fs) for v, (_, w) in zip([rec["type"], loc, disp, rec["summary"]], cols[3:])]
            for i in range(max(len(c) for c in cells)):
                lines.append([(x, c[i]) for (x, _), c in zip(cols, cells) if i < len(c)])
            recs.append(rec)
        lines += [[(36, "")], [(36, f"Total de casos / Total cases: {n}", "Helvetica-Bold", 8.5)]]
        head = [[(x, t, "Helvetica-Bold", 7.6) for (x, _), t in zip(cols, ["Caso", "Fecha", "Hora", "Incidente",
                                                                           "Ubicación", "Disposición", "Resumen"])],
                [(x, t, "Helvetica-Oblique", 7.6) for (x, _), t in zip(cols, ["Case No.", "Date (d/m/y)", "Time",
                                                                              "Incident", "Location", "Disposition",
                                                                              "Summary"])],
                [(36, "_" * 168, "Helvetica", 7.6)]]
        per = 45
        pages, cur = [], []
        for ln in lines:  # line by line: a wrapped row may run over the page break
            if len(cur) == per:
                pages.append(list(head) + cur)
                cur = []
            cur.append(ln)
        pages.append(list(head) + cur)
        header = [(36, "DEPARTAMENTO DE POLICÍA DE PUERTA DEL SOL / PUERTA DEL SOL POLICE DEPARTMENT [invented]",
                   "Helvetica-Bold", 11),
                  (36, f"Bitácora diaria de incidentes / Daily Incident Log - {label} - Records / Archivo 555-0142",
                   "Helvetica", 8.5),
                  (36, "Fechas en formato día/mes/año - Dates are day/month/year", "Helvetica-Oblique", 7.5)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "PDS-RMS bitacora_diaria v2 - uso público / public copy",
                   font=font, fsize=fs, lh=9.6, page_word="Página / Page")
        gt.append(entry(path, agency, "daily incident log (half month), bilingual", "table with header", recs,
                        ["reported_at", "type", "location", "disposition", "summary"],
                        "Landscape table, column titles in Spanish (bold) over English (italic), repeated on every "
                        "page: Caso / Case No. (`PS25-NNNNN`), Fecha / Date (d/m/y), Hora / Time, Incidente / Incident "
                        "(`Robo de vehículo / Vehicle theft`), Ubicación / Location, Disposición / Disposition, Resumen / Summary (Spanish, English or both). Dates "
                        "are DAY-first (`03/11/2025` is 3 November), as the title line says; reported_at joins Fecha "
                        "and Hora as printed. Incident, location, disposition and summary wrap onto further lines, and "
                        "the table is paginated line by line, so a row can continue at the top of the next page under "
                        "the repeated column titles with its Caso cell empty. Dispositions cite jail bookings "
                        "`B25-NNNNN`, citations `PSC-NNNNNN` and 13-digit CBP event numbers (related numbers). Ends "
                        "`Total de casos / Total cases: N`.",
                        "every row counted by the generator; first page counted on the page"))
    return agency, gt


# 2 ---------------------------------------------------------- Villa Arboleda, CA: Spanish labelled blocks
VALLEY_PLACES = ["Avenida 280 y Camino 132", "Camino de los Almendros 1450", "Calle Naranjo 318",
                 "Avenida 416, empacadora Tres Ríos", "Calle Sequoia 77", "Parque Central, Calle Pino",
                 "Camino 124 al norte de Avenida 264", "Calle Olivo 905", "Avenida Valencia 2210",
                 "Escuela Primaria Los Robles, Calle Roble 40", "Huerta de nogales, Camino 140",
                 "Mercado La Esperanza, Calle Principal 510"]
NARR = {  # English type -> (Spanish sentence, English sentence)
    "Vehicle theft": ("El propietario dejó el vehículo estacionado frente a su casa y ya no estaba en la mañana.",
                      "RP parked the vehicle overnight; it was gone at 0600. Entered in SVS."),
    "Residential burglary": ("Entraron por una ventana trasera y se llevaron {o}.",
                             "Rear window pried; {o_en} taken. No suspects."),
    "Fight": ("Dos hombres peleaban afuera del negocio; se retiraron al llegar los oficiales.",
              "Two subjects fighting in the lot; both refused prosecution."),
    "Domestic violence": ("La víctima indica que su pareja la empujó durante una discusión.",
                          "Victim reports being pushed during an argument; EPO requested."),
    "Vandalism": ("Grafiti en la pared del local; el dueño pidió informe para el seguro.",
                  "Graffiti on the block wall; owner wants a report for insurance."),
    "Shoplifting": ("El gerente detuvo a un adulto con mercancía sin pagar.",
                    "Loss prevention held one adult; the property was recovered."),
    "Suspicious person": ("Un sujeto revisaba las puertas de los carros en la calle.",
                          "Subject checking car door handles; area check negative."),
    "Injury collision": ("Choque de dos vehículos; un conductor trasladado al hospital con dolor de cuello.",
                         "Two-vehicle collision; one driver transported with neck pain."),
    "Non-injury collision": ("Choque leve en el crucero; los conductores intercambiaron datos.",
                             "Minor collision at the intersection; drivers exchanged information."),
    "DUI": ("El conductor no pasó las pruebas de sobriedad.", "Driver failed field sobriety tests."),
    "Loud noise": ("Vecinos reportan música a alto volumen; la fiesta terminó al llegar los oficiales.",
                   "Loud music and yelling; host agreed to turn it down."),
    "Criminal threats": ("La reportante dice que un vecino la amenazó por la cerca.",
                         "RP states the neighbor threatened him over the fence line."),
    "Catalytic converter theft": ("Le cortaron el catalizador a una camioneta estacionada.",
                                  "Catalytic converter cut from a parked pickup overnight."),
    "Trespassing": ("Personas acampando dentro de la bodega cerrada; se les pidió salir.",
                    "Subjects found inside the closed packing shed; admonished and left."),
    "Assault with a deadly weapon": ("La víctima fue golpeada con un tubo; lesiones menores.",
                                     "Victim struck with a metal pipe; minor injuries."),
    "Missing person": ("Menor no regresó de la escuela; fue localizado con un familiar.",
                       "Juvenile did not return from school; later located at a relative's home."),
    "Copper wire theft": ("Cortaron cable de cobre de una bomba de riego.",
                          "Copper wire stripped from an irrigation pump."),
    "Farm equipment theft": ("El mayordomo del rancho reporta el robo de {o} del taller.",
                             "Ranch foreman reports {o_en} missing from the shop."),
    "Fraud": ("La víctima pagó por teléfono una supuesta multa; era una estafa.",
              "Victim paid a caller posing as a utility company."),
    "Property damage": ("Dañaron la cerca y un portón del rancho.", "Fence and gate of the ranch damaged."),
}
OBJ = [("una bomba de agua", "a water pump"), ("herramientas", "tools"), ("un remolque", "a trailer"),
       ("un generador", "a generator"), ("una desbrozadora", "a brush cutter")]
EN_OF = {es: en for es, en, _ in TYPES}


def narrative(r, typ):
    """Summary for a type given in Spanish or English: Spanish, English, or one sentence of each."""
    en = EN_OF.get(typ, typ)
    es_s, en_s = NARR[en]
    o, o_en = r.choice(OBJ)
    roll = r.random()
    text = es_s if roll < 0.4 else en_s if roll < 0.75 else f"{es_s} {en_s}"
    return text.format(o=o, o_en=o_en)


def arboleda(d, r):
    agency = "Villa Arboleda Police Department / Policía de Villa Arboleda, CA [invented]"
    recs, groups, voided = [], [], []
    num, cit = 1520, 3300
    folio = 2511010000
    for t in stamps(r, datetime.datetime(2025, 11, 1), 62, 30):
        num += 1
        if r.random() < 0.05:
            voided.append(f"VA25-{num:05d}")
            groups.append([[(36, f"Número de caso: VA25-{num:05d}"), (200, "NÚMERO ANULADO", "Helvetica-Bold", 8.5)],
                           [(36, "Nota: número asignado por error; no hubo incidente. / Number issued in error; "
                                 "no incident.", "Helvetica-Oblique", 8.5)],
                           [(36, "_" * 110)]])
            num += 1
        es, en, _ = r.choice(TYPES)
        folio = int(t.strftime("%y%m%d")) * 10000 + r.randint(10, 400)
        rec = {"case_number": f"VA25-{num:05d}", "reported_at": f"{DIAS[t.weekday()]}, {t.day} de "
                                                                  f"{MESES[t.month - 1]} de 2025, {t:%H:%M} h",
               "type": es, "location": r.choice(VALLEY_PLACES), "rel": [("cad_number", str(folio))]}
        text = narrative(r, es)
        if r.random() < 0.22:
            old = f"VA25-{r.randint(900, 1500):05d}"
            rec["rel"].append(("related_case", old))
            text += r.choice([f" Relacionado con el caso {old}.", f" See also case {old}."])
        disp = r.choice(DISPS)[0]
        if es in NO_ENFORCEMENT:
            pass
        elif r.random() < 0.2:
            cit += r.randint(1, 9)
            rec["rel"].append(("citation", f"VAC-{cit:05d}"))
            disp = f"Citación núm. VAC-{cit:05d}"
        elif r.random() < 0.15:
            disp = "Arresto; trasladado a la cárcel del condado"
        rec["disposition"] = disp
        nl = wrap("Narrativa: " + text, 520, "Helvetica", 8.5)
        groups.append([[(36, f"Número de caso: {rec['case_number']}"), (330, f"Folio de despacho: {folio}")],
                       [(36, f"Fecha y hora: {rec['reported_at']}")],
                       [(36, f"Tipo de incidente: {rec['type']}")],
                       [(36, f"Domicilio: {rec['location']}")]]
                      + [[(36, x)] for x in nl]
                      + [[(36, f"Resolución: {disp}")], [(36, "_" * 110)]])
        recs.append(rec)
    groups.append([[(36, "")], [(36, f"Casos registrados: {len(recs)}    Números anulados: {len(voided)}",
                                 "Helvetica-Bold", 9)]])
    pages = paginate(groups, 56)
    header = [(36, "POLICÍA DE VILLA ARBOLEDA [invented]", "Helvetica-Bold", 11),
              (36, "Registro de incidentes - noviembre de 2025 - Oficina de Archivos 555-0176", "Helvetica", 9)]
    path = d / "villa-arboleda-registro-2025-11.pdf"
    draw_pages(path, letter, pages, header, "Copia para el público - datos personales omitidos",
               fsize=8.5, lh=11)
    gt = [entry(path, agency, "monthly incident register, Spanish labels", "labelled blocks", recs,
                ["reported_at", "type", "location", "disposition"],
                "Labelled blocks with Spanish-only labels, separated by a rule: `Número de caso:` (`VA25-NNNNN`) "
                "with `Folio de despacho:` (10-digit dispatch number, related) on the same line, `Fecha y hora:` "
                "as a long Spanish date (`martes, 4 de noviembre de 2025, 22:15 h`), `Tipo de incidente:`, "
                "`Domicilio:`, `Narrativa:` (Spanish, English or both in one sentence, wrapped), `Resolución:`. "
                "Traps: blocks marked `NÚMERO ANULADO` (a case number issued in error, `no hubo incidente`) "
                "have a case number of the same series and are not records; narratives cite earlier cases of "
                "the same series (`Relacionado con el caso VA25-NNNNN`, `See also case VA25-NNNNN`, related, "
                "not records of this log); citations `VAC-NNNNN`. Ends `Casos registrados: N    Números "
                "anulados: K`.",
                "blocks counted by the generator", {"voided_numbers": voided})]
    return agency, gt


# 3 ---------------------------------------------------------- Nogal County SO: numbered paragraphs
def nogal(d, r):
    agency = "Nogal County Sheriff's Office, North Valley Substation / Oficina del Sheriff del Condado de Nogal, CA [invented]"
    gt = []
    num, chp = 4480, 1100
    towns = ["Tierra Bella", "Los Sauces", "Campo Alto", "El Mirador", "Río Tule"]
    notices = ["AVISO A LA COMUNIDAD / COMMUNITY NOTICE: la oficina de la subestación cierra el {d} por el día "
               "festivo. Call 555-0190 for non-emergencies.",
               "AVISO / NOTICE: Sheriff's deputies will hold a catalytic converter etching event; evento "
               "gratuito en el Parque de Los Sauces.",
               "AVISO A LA COMUNIDAD: se recuerda a los residentes no dejar llaves dentro de los vehículos. "
               "Residents are reminded to lock their vehicles."]
    for fname, days, n in [("nogal-so-valle-norte-resumen-2025-11-03-09.pdf", range(3, 10), 47),
                           ("nogal-so-valle-norte-resumen-2025-11-10-16.pdf", range(10, 17), 42)]:
        recs, groups, par, nupd, nnot = [], [], 0, 0, 0
        per_day = [0] * len(days)
        for _ in range(n):
            per_day[r.randrange(len(days))] += 1
        for day, k in zip(days, per_day):
            date = datetime.date(2025, 11, day)
            heading = long_date(date, cap=True)
            groups.append([[(36, f"{heading} / {date:%A, %B} {day}, 2025", "Helvetica-Bold", 9)]])
            mins = sorted(r.sample(range(1440), k))
            todays = []
            for m in mins:
                if (r.random() < 0.06 or (day in (days[1], days[4]) and m == mins[0])) and recs:
                    par += 1
                    nnot += 1
                    txt = r.choice(notices).format(d=f"{day + 1} de noviembre")
                    groups.append([[(36, x)] for x in wrap(f"{par}. {txt}", 530, "Helvetica", 8.5)] + [""])
                if r.random() < 0.12 and len(recs) > 3:
                    old = r.choice(recs[-8:-1])
                    par += 1
                    nupd += 1
                    txt = (f"{par}. ACTUALIZACIÓN / UPDATE - caso {old['case_number']} (párrafo {old['par']}): "
                           + r.choice(["el sospechoso fue localizado y arrestado. The suspect was booked.",
                                       "the stolen property was recovered; la propiedad fue devuelta.",
                                       "sin novedades; the investigation continues."]))
                    groups.append([[(36, x)] for x in wrap(txt, 530, "Helvetica", 8.5)] + [""])
                num += r.randint(1, 6)
                par += 1
                es, en, _ = r.choice(TYPES)
                time = f"{m // 60:02d}:{m % 60:02d}"
                town = r.choice(towns)
                loc = f"Avenida {r.randint(10, 48) * 10} y Camino {r.randint(10, 48) * 4}, {town}"
                rec = {"case_number": f"NC25-{num:06d}", "par": par, "reported_at": f"{heading} {time}",
                       "location": loc, "rel": []}
                ln = r.random() < 0.55
                rec["type"] = es if ln else en
                disp = r.choice(DISPS)[0 if ln else 1]
                if es.startswith("Choque") or es.startswith("Conducir"):
                    chp += r.randint(1, 5)
                    rec["rel"].append(("other_agency_case", f"CHP 25-{chp:05d}"))
                    disp = ("Remitido a la CHP, informe CHP 25-{:05d}" if ln else "Referred to CHP, report CHP 25-{:05d}").format(chp)
                rec["disposition"] = disp
                narr = narrative(r, es)
                if ln:
                    txt = (f"{par}. {time} h - Caso {rec['case_number']}. {rec['type']} en {loc}. {narr} "
                           f"Resultado: {disp}.")
                else:
                    txt = (f"{par}. {time} hrs - Case {rec['case_number']}. {rec['type']} at {loc}. {narr} "
                           f"Outcome: {disp}.")
                groups.append([[(36, x)] for x in wrap(txt, 530, "Helvetica", 8.5)] + [""])
                recs.append(rec)
                todays.append(rec)
        groups.append([[(36, f"Incidentes con número de caso / Incidents with case numbers: {len(recs)}   "
                             f"Párrafos / Paragraphs: {par}", "Helvetica-Bold", 9)]])
        pages = paginate(groups, 58)
        header = [(36, "OFICINA DEL SHERIFF DEL CONDADO DE NOGAL / NOGAL COUNTY SHERIFF'S OFFICE [invented]",
                   "Helvetica-Bold", 10.5),
                  (36, "Subestación Valle Norte - Resumen diario de actividades / North Valley Substation - Daily "
                       "activity summary - Info 555-0190", "Helvetica", 8.5)]
        path = d / fname
        draw_pages(path, letter, pages, header, "Para los medios / For media release", fsize=8.5, lh=11)
        for rec in recs:
            rec.pop("par")
        gt.append(entry(path, agency, "substation daily activity summary (week), bilingual", "numbered paragraphs",
                        recs, ["reported_at", "type", "location", "disposition"],
                        "Day headings in Spanish then English (`Miércoles 5 de noviembre de 2025 / Wednesday, "
                        "November 5, 2025`), then numbered paragraphs, numbered through the week. An incident "
                        "paragraph is written in Spanish (`12. 14:05 h - Caso NC25-NNNNNN. Robo de catalizador en "
                        "... Resultado: ...`) or in English (`hrs - Case ... at ... Outcome: ...`), narratives mixing "
                        "both languages. Traps: paragraph numbers are not record numbers and run ahead of the record "
                        "count, because `AVISO A LA COMUNIDAD / COMMUNITY NOTICE` paragraphs (no case number) and "
                        "`ACTUALIZACIÓN / UPDATE - caso NC25-NNNNNN (párrafo P)` paragraphs (an earlier incident of "
                        "the same document again, not a new record) are numbered too. reported_at = the Spanish day "
                        "heading + the paragraph's time, as printed. CHP report numbers `CHP 25-NNNNN` are related. "
                        "Ends `Incidentes con número de caso / Incidents with case numbers: N   Párrafos / "
                        "Paragraphs: P`.",
                        "incident paragraphs counted by the generator",
                        {"paragraphs": par, "update_paragraphs": nupd, "notice_paragraphs": nnot}))
    return agency, gt


# 4 ---------------------------------------------------------- Campo Lindo, CA: dispatch status lines
def campo(d, r):
    agency = "Campo Lindo Police Department / Policía de Campo Lindo, CA [invented]"
    recs, events = [], []
    num, rep = 18300, 450
    streets = ["Calle Naranjo", "Av. Bakersfield Norte", "Calle Uva", "Av. Algodón", "Calle Mission", "Av. Lamont",
               "Calle Durazno", "Av. Ferrocarril"]
    for t in stamps(r, datetime.datetime(2025, 11, 3), 56, 4):
        num += r.randint(1, 9)
        es, en, _ = r.choice(TYPES)
        unit = f"{r.randint(1, 4)}A{r.randint(10, 29)}"
        rec = {"case_number": f"25-{num:06d}", "reported_at": None, "type": es if r.random() < 0.5 else en.upper(),
               "location": f"{r.randint(1, 39)}00 {r.choice(streets)}", "rel": [], "t": t}
        ds, de = r.choice(DISPS)
        if ds == "Informe tomado" or r.random() < 0.2:
            rep += r.randint(1, 3)
            rec["rel"].append(("report_number", f"CL25R-{rep:04d}"))
            disp = f"{r.choice([ds, de])} - informe CL25R-{rep:04d}"
        else:
            disp = r.choice([ds, de])
        rec["disposition"] = disp
        a = t + datetime.timedelta(minutes=r.randint(1, 9))
        s = a + datetime.timedelta(minutes=r.randint(3, 18))
        c = s + datetime.timedelta(minutes=r.randint(8, 95))
        events += [(t, 0, rec, "", "RECIBIDA", rec["type"], rec["location"], ""),
                   (a, 1, rec, unit, "ASIGNADA", "", "", ""),
                   (s, 2, rec, unit, "EN ESCENA", "", "", "")]
        if r.random() < 0.3:
            u2 = f"{r.randint(1, 4)}B{r.randint(30, 49)}"
            events.append((s + datetime.timedelta(minutes=2), 3, rec, u2, "EN ESCENA", "", "", "apoyo / cover"))
        events.append((c, 4, rec, unit, "CERRADA", "", "", disp))
        recs.append(rec)
    events.sort(key=lambda e: (e[0], e[1], e[2]["case_number"]))
    cols = [36, 80, 140, 184, 236, 346, 452]
    lines, day, first_seen = [], None, set()
    for t, _, rec, unit, st, typ, loc, note in events:
        if t.date() != day:
            day = t.date()
            lines.append([(36, "")])
            lines.append([(36, f"{DIAS[day.weekday()]} {day:%d/%m/%Y}", "Helvetica-Bold", 8.5)])
        if rec["case_number"] not in first_seen:
            first_seen.add(rec["case_number"])
            rec["reported_at"] = f"{t:%d/%m/%Y %H:%M}"
        lines.append([(x, v) for x, v in zip(cols, [f"{t:%H:%M}", rec["case_number"], unit, st, typ, loc, note]) if v])
    order = sorted(recs, key=lambda x: x["t"])
    nlines = len(events)
    lines += [[(36, "")], [(36, f"Incidentes: {len(recs)}    Líneas de estado: {nlines}", "Helvetica-Bold", 8.5)]]
    head = [[(x, v, "Helvetica-Bold", 8) for x, v in zip(cols, ["Hora", "Incidente", "Unidad", "Estado", "Tipo",
                                                                "Lugar", "Nota / Disposición"])],
            [(36, "_" * 150, "Helvetica", 8)]]
    pages, cur = [], []
    for ln in lines:
        if len(cur) == 56:
            pages.append(head + cur)
            cur = []
        cur.append(ln)
    pages.append(head + cur)
    header = [(36, "POLICÍA DE CAMPO LINDO [invented] - BITÁCORA DE DESPACHO", "Helvetica-Bold", 11),
              (36, "Del lunes 3 al jueves 6 de noviembre de 2025 - Centro de Comunicaciones 555-0155",
               "Helvetica", 9)]
    path = d / "campo-lindo-bitacora-despacho-2025-11-03-06.pdf"
    draw_pages(path, letter, pages, header, "CAD export - estados de incidentes", fsize=7.8, lh=10.2)
    for rec in order:
        rec.pop("t")
    gt = [entry(path, agency, "dispatch status log (four days), Spanish column titles", "table with header", order,
                ["reported_at", "type", "location", "disposition"],
                "CAD status log, Spanish-only column titles (`Hora`, `Incidente`, `Unidad`, `Estado`, `Tipo`, "
                "`Lugar`, `Nota / Disposición`) repeated per page, under day headings `lunes 03/11/2025` "
                "(day-first). Each incident `25-NNNNNN` is printed on 4-5 status lines, `RECIBIDA` (type, in "
                "Spanish or English capitals, and location), `ASIGNADA`, `EN ESCENA` (sometimes a second cover "
                "unit), `CERRADA` (disposition), and the lines of different incidents are interleaved in time "
                "order, sometimes across a day heading or a page break: one record per incident number. "
                "reported_at = the date of the day heading above the `RECIBIDA` line + its time. Unit ids "
                "`2A17` and report numbers `CL25R-NNNN` (related) are not records. Ends `Incidentes: N    "
                "Líneas de estado: L`.",
                "distinct incident numbers counted by the generator", {"status_lines": nlines})]
    return agency, gt


# 5 ---------------------------------------------------------- Mesa de Oro, CA: by category, repeated
CATS = [("ROBOS Y HURTOS / THEFTS", ["Robo de vehículo", "Robo de catalizador", "Robo de cobre", "Hurto en tienda",
                                     "Robo de equipo agrícola"]),
        ("ROBO CON ALLANAMIENTO / BURGLARY", ["Robo a vivienda", "Allanamiento"]),
        ("AGRESIONES Y AMENAZAS / ASSAULTS AND THREATS", ["Riña", "Violencia doméstica", "Agresión con arma",
                                                           "Amenazas"]),
        ("DAÑOS / VANDALISM", ["Vandalismo", "Daños a propiedad"]),
        ("TRÁNSITO / TRAFFIC", ["Choque con lesiones", "Choque sin lesiones", "Conducir en estado de ebriedad"]),
        ("OTROS / OTHER", ["Persona sospechosa", "Ruido excesivo", "Persona desaparecida", "Fraude"])]


PAIRS = [("Robo a vivienda", "Daños a propiedad"), ("Conducir en estado de ebriedad", "Choque con lesiones"),
         ("Choque sin lesiones", "Robo de vehículo"), ("Allanamiento", "Vandalismo"), ("Riña", "Vandalismo"),
         ("Agresión con arma", "Daños a propiedad"), ("Robo de catalizador", "Allanamiento"),
         ("Violencia doméstica", "Daños a propiedad"), ("Conducir en estado de ebriedad", "Choque sin lesiones")]


def mesa(d, r):
    agency = "Mesa de Oro Police Department / Departamento de Policía de Mesa de Oro, CA [invented]"
    recs = []
    num, book, cit = 60210, 2200, 880
    streets = ["Calle Frontera", "Av. Otay Vista", "Calle Jacarandá", "Av. Mesa Norte", "Calle del Puerto",
               "Camino Tecate Viejo", "Calle Bugambilia"]
    bytype = {es: (en, st) for es, en, st in TYPES}
    catof = {t: c for c, ts in CATS for t in ts}
    for t in stamps(r, datetime.datetime(2025, 11, 10), 68, 7):
        num += r.randint(1, 7)
        offs = [r.choice(list(catof))]
        if r.random() < 0.25:
            offs = list(r.choice(PAIRS))
        rec = {"case_number": f"MO-{num:06d}", "t": t, "offs": offs,
               "location": f"{r.randint(1, 58)}00 {r.choice(streets)}", "rel": []}
        roll = r.random() if offs[0] not in NO_ENFORCEMENT else 1.0
        if roll < 0.2:
            book += r.randint(1, 4)
            rec["rel"].append(("booking_number", f"SDB25-{book:05d}"))
            disp = f"Arrestado / Arrested, SDB25-{book:05d}"
        elif roll < 0.32:
            cit += r.randint(1, 4)
            rec["rel"].append(("citation", f"MOC{cit:05d}"))
            disp = f"Citado / Cited MOC{cit:05d}"
        else:
            disp = " / ".join(r.choice(DISPS))
        rec["disposition"] = disp
        recs.append(rec)
    rows = {c: [] for c, _ in CATS}
    for rec in recs:
        for i, o in enumerate(rec["offs"]):
            rows[catof[o]].append((rec, o, i))
    lines, order, nrows = [], [], 0
    cols = [36, 96, 122, 180, 210, 412, 536]
    widths = [196, 118, 220]
    for c, _ in CATS:
        rs = sorted(rows[c], key=lambda x: x[0]["t"])
        lines.append([(36, f"{c} - {len(rs)} renglones / rows", "Helvetica-Bold", 8.5)])
        for rec, o, i in rs:
            en, st = bytype[o]
            typ = f"{o} / {en}" + (f" ({st})" if st else "")
            t = rec["t"]
            note = ""
            if len(rec["offs"]) > 1:
                other = rec["offs"][1 - i]
                note = f"también en / also in: {catof[other].split(' / ')[0]}"
            cells = [rec["case_number"], DIAS[t.weekday()][:3] + ".", f"{t:%d/%m/%Y}", f"{t:%H:%M}",
                     typ, rec["location"], rec["disposition"]]
            wr = [[v] for v in cells[:4]] + [wrap(v, w, "Helvetica", 7.2) for v, w in zip(cells[4:], widths)]
            for k in range(max(len(c) for c in wr)):
                lines.append([(x, c[k]) for x, c in zip(cols, wr) if k < len(c)])
            if note:
                lines.append([(210, note, "Helvetica-Oblique", 7)])
            nrows += 1
            if rec not in order:
                order.append(rec)
                rec["type"] = typ
                rec["reported_at"] = f"{cells[2]} {cells[3]}"
        lines.append([(36, "")])
    lines.append([(36, f"Casos distintos / Distinct cases: {len(recs)}    Renglones / Rows: {nrows}",
                   "Helvetica-Bold", 8.5)])
    head = [[(x, v, "Helvetica-Bold", 7.5) for x, v in zip(cols, ["Caso / Case", "Día", "Fecha (d/m/a)", "Hora",
                                                                  "Delito / Offense", "Lugar / Location",
                                                                  "Resultado / Outcome"])],
            [(36, "_" * 190, "Helvetica", 7.5)]]
    pages, cur = [], []
    for ln in lines:
        if len(cur) == 46:
            pages.append(head + cur)
            cur = []
        cur.append(ln)
    pages.append(head + cur)
    header = [(36, "DEPARTAMENTO DE POLICÍA DE MESA DE ORO / MESA DE ORO POLICE DEPARTMENT [invented]",
               "Helvetica-Bold", 11),
              (36, "Resumen semanal por categoría / Weekly summary by category - semana del 10 al 16 de noviembre de "
                   "2025 - Relaciones Públicas 555-0138", "Helvetica", 8.5)]
    path = d / "mesa-de-oro-resumen-semanal-2025-11-10-16.pdf"
    draw_pages(path, landscape(letter), pages, header, "Publicado en español e inglés / Published in Spanish and English",
               fsize=7.2, lh=9.4, page_word="Pág.")
    for rec in order:
        rec.pop("t")
        rec.pop("offs")
    gt = [entry(path, agency, "weekly summary by offence category, bilingual", "table with header", order,
                ["reported_at", "type", "location", "disposition"],
                "Landscape table in category sections (`ROBOS Y HURTOS / THEFTS - 20 renglones / rows`), rows "
                "in time order within a section, so the document is not in time order: Caso / Case "
                "(`MO-NNNNNN`), Día (Spanish weekday abbreviation `lun.`), Fecha (d/m/a, day-first), Hora, "
                "Delito / Offense (`Robo a vivienda / Residential burglary (459 PC)`), Lugar / Location, "
                "Resultado / Outcome. Trap: a case with two offences is printed in both categories, each time "
                "with a `también en / also in: <CATEGORY>` line under it: one record. case_numbers follow first "
                "appearance in print order; the sample's type is the one on the first printed row. Section "
                "heading counts are rows, not cases. Bookings `SDB25-NNNNN` and citations `MOCNNNNN` are "
                "related. Ends `Casos distintos / Distinct cases: N    Renglones / Rows: R`.",
                "distinct case numbers counted by the generator", {"rows": nrows})]
    return agency, gt


AGENCIES = [("puerta-del-sol-ca-pd", 1, puerta), ("villa-arboleda-ca-pd", 2, arboleda),
            ("nogal-county-ca-so", 3, nogal), ("campo-lindo-ca-pd", 4, campo), ("mesa-de-oro-ca-pd", 5, mesa)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
