"""Generate a held-out set of California police logs (blind_logs148).

Five invented California agencies, five layouts: a landscape daily press log whose code sections are
printed number first (`459 PC`, `10851(a) VC`) with further charges on continuation rows; a bilingual
Spanish/English calls-for-service log in labelled blocks that break across pages and repeat the case
number on the next page; a watch commander's log in prose with the report number at the END of each
paragraph and count lines per watch; a bilingual numbered press bulletin closing with corrections that
reprint earlier items; a listing grouped by code section in which an incident with two sections is
printed under both. Everything is invented. Output is deterministic: fixed seed, reportlab invariant
mode.
Run:
    python tests/documents/blind_logs148/make_blind_logs148.py [OUT_DIR]
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
SEED = 20261148
OFF = [  # (code, section, English, Spanish)
    ("PC", "459", "Burglary", "Robo con allanamiento"),
    ("PC", "484(a)", "Petty theft", "Hurto menor"),
    ("PC", "487(a)", "Grand theft", "Hurto mayor"),
    ("PC", "211", "Robbery", "Robo con violencia"),
    ("PC", "273.5", "Domestic battery", "Violencia doméstica"),
    ("PC", "245(a)(1)", "Assault with a deadly weapon", "Asalto con arma mortal"),
    ("PC", "242", "Battery", "Agresión física"),
    ("PC", "594(a)", "Vandalism", "Vandalismo"),
    ("PC", "602", "Trespassing", "Entrada ilegal"),
    ("PC", "647(f)", "Public intoxication", "Intoxicación pública"),
    ("PC", "496(a)", "Receiving stolen property", "Recepción de bienes robados"),
    ("PC", "166(a)(4)", "Violation of court order", "Violación de orden judicial"),
    ("PC", "415", "Disturbing the peace", "Alteración del orden público"),
    ("VC", "10851(a)", "Vehicle theft", "Robo de vehículo"),
    ("VC", "23152(a)", "Driving under the influence", "Conducir bajo la influencia"),
    ("VC", "20002(a)", "Hit and run, property damage", "Choque y fuga, daños materiales"),
    ("VC", "14601.1(a)", "Driving on a suspended license", "Licencia suspendida"),
    ("VC", "12500(a)", "Unlicensed driver", "Conductor sin licencia"),
    ("HS", "11377(a)", "Poss. of controlled substance", "Posesión de sustancia controlada"),
    ("HS", "11364", "Poss. of drug paraphernalia", "Posesión de parafernalia"),
    ("WI", "5150", "Mental health evaluation", "Evaluación de salud mental"),
]
DISP = ["Report taken", "Arrest", "Cited and released", "Gone on arrival", "Unfounded", "Referred to detectives",
        "Advised", "Report taken"]
DISP_ES = {"Report taken": "Informe levantado", "Arrest": "Arresto", "Cited and released": "Citado y liberado",
           "Gone on arrival": "Se retiró antes de la llegada", "Unfounded": "Sin fundamento",
           "Referred to detectives": "Remitido a detectives", "Advised": "Orientación",
           "Transported for evaluation": "Trasladado para evaluación"}
ARREST = ("Arrest", "Cited and released")
STREETS = ["Calle Olivo", "Vía Alondra", "Paseo Miramar", "Camino Tres Robles", "Ocotillo Street", "Manzanita Drive",
           "Calle Brisa", "Mesa Linda Avenue", "Pacheco Lane", "Avenida Cañada", "Sauce Court", "Loma Baja Road"]
PLACES = ["Parque Los Álamos", "Plaza del Sol shopping center", "Alamar transit center", "Mercado Río Chico",
          "Biblioteca Mariposa", "Pier parking lot"]
NARR = ["Reporting party stated the suspect left before officers arrived.",
        "El informante no tenía información sobre el sospechoso.",
        "Officers canvassed the area; no witnesses located.",
        "Se recolectaron pruebas fotográficas en el lugar.",
        "Victim declined medical aid at the scene.",
        "Surveillance video requested from the business.",
        "La víctima fue atendida por paramédicos y dada de alta.",
        "Property was photographed and returned to the owner."]


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


def disp(r, off):
    if off[1] == "5150":
        return "Transported for evaluation"
    return r.choice(DISP)


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def location(r):
    k = r.random()
    if k < 0.6:
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a} and {b}"
    return r.choice(PLACES)


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, size[0] - x, y)
                continue
            if not text:
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check, samples_at=None):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (samples_at or (0, n // 2, n - 1))]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs148.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs148.py) from the records it drew; "
                               "checked by check_blind_logs148.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def paginate(header, footer, size, top, bottom):
    """A tiny page builder: add(lines) puts (x, text, font, size, lead) lines on the current page,
    breaking to a new page first when they do not fit and keep=True, else wherever they run out."""
    pages = []
    state = {"y": 0}

    def new_page():
        items = list(header(len(pages) + 1))
        pages.append(items)
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        for x, text, font, fs, lead in lines:
            if state["y"] - lead < bottom - lead:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish, state, new_page, pages


def sec_nf(off):  # number first, as the Vistamar log prints it
    return f"{off[1]} {off[0]}"


def sec_cf(off):  # code first
    return f"{off[0]} {off[1]}"


# 1 ------------------------------------------------------------------ Vistamar: number-first sections, continuation rows
def vm_loc(r):
    k = r.random()
    if k < 0.65:
        return f"{r.randint(1, 48) * 100} BLK {r.choice(STREETS).upper()}"
    a, b = r.sample([s for s in STREETS if len(s) <= 13], 2)
    return f"{a.upper()} / {b.upper()}"


def vistamar(d, r):
    agency = "Vistamar Police Department, CA [invented]"
    gt = []
    num = r.randint(11020, 11060)
    F, S = "Helvetica", 8.5
    for fname, first, n, label in [("vistamar-daily-press-log-2026-10-12-14.pdf", 12, 48, "October 12-14, 2026"),
                                   ("vistamar-daily-press-log-2026-10-15-17.pdf", 15, 52, "October 15-17, 2026")]:
        recs = []
        for t in stamps(r, datetime.datetime(2026, 10, first), n, 3):
            num += r.randint(1, 5)
            k = r.random()
            offs = r.sample(OFF, 1 if k < 0.7 else 2 if k < 0.92 else 3)
            rec = {"case_number": f"26-{num:05d}", "reported_at": t.strftime("%m/%d/%y %H%M"),
                   "type": offs[0][2] if len(offs) == 1 else [o[2] for o in offs],
                   "location": vm_loc(r), "rel": [], "offs": offs, "badge": f"#{r.randint(3100, 3899)}"}
            rec["disposition"] = disp(r, offs[0])
            recs.append(rec)
        charges = sum(len(rec["offs"]) for rec in recs)
        size = landscape(letter)
        cols = [36, 100, 168, 240, 425, 590, 708]
        head = ["Case No.", "Reported", "Section", "Description", "Location", "Disposition", "Badge"]

        def header(k, label=label):
            items = [(612 - 38, 36, "VISTAMAR POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                     (612 - 53, 36, f"DAILY PRESS LOG \u2014 {label} \u2014 Public Information Office 555-0131",
                      "Helvetica-Bold", 9.5),
                     (612 - 66, 36, "Sections: PC Penal Code, VC Vehicle Code, HS Health and Safety Code, WI Welfare "
                                    "and Institutions Code. Additional charges of an incident are printed on the lines "
                                    "below it.", F, 8)]
            items += [(612 - 86, x, h, "Helvetica-Bold", 8.5) for x, h in zip(cols, head)]  # noqa: B023 (called within the same pass)
            items.append((612 - 91, 36, None, F, 9))
            return items

        add, finish, *_ = paginate(header, lambda k, m: [(28, 36, f"Vistamar PD press log \u2014 page {k} of {m}",
                                                           F, 8)], size, 612 - 104, 48)
        for rec in recs:
            lines = []
            for j, off in enumerate(rec["offs"]):
                vals = [rec["case_number"], rec["reported_at"], sec_nf(off), off[2], rec["location"],
                        rec["disposition"], rec["badge"]]
                if j:
                    vals = ["", "", sec_nf(off), off[2], "", "", ""]
                lines += [(x, v, F, S, 0) for x, v in zip(cols, vals) if v]
                lines.append((0, "", F, S, 10.5))
            add(lines, gap=2.5)
        add([(36, "", F, S, 6), (36, f"Total incidents: {n} ({charges} charges listed)", "Helvetica-Bold", 9, 12)])
        pages = finish()
        path = d / fname
        draw(path, size, pages)
        for rec in recs:
            rec.pop("offs")
            rec.pop("badge")
        gt.append(entry(path, agency, "daily press log (three days)", "table with header", recs,
                        "Landscape table: Case No., Reported, Section, Description, Location, Disposition, Badge. The "
                        "record id is `26-NNNNN`. Trap: the Section column prints California code sections NUMBER "
                        "FIRST (`459 PC`, `10851(a) VC`, `11377(a) HS`, `273.5 PC`, `14601.1(a) VC`, `5150 WI`), so a "
                        "cell starts with a bare number that is not an id; an incident with several charges prints "
                        "each further charge on its own row below it with only Section and Description filled (a "
                        "continuation row, not a record; `type` is then a list of the descriptions in order). Ends "
                        "`Total incidents: N (M charges listed)`: M counts rows, N counts records.",
                        "rows with a case number counted by the generator; the closing line gives the total"))
    return agency, gt


# 2 ------------------------------------------------------------------ San Teodoro: bilingual blocks split over pages
def san_teodoro(d, r):
    agency = "San Teodoro Police Department, CA [invented]"
    n = 48
    recs, num = [], r.randint(4300, 4400)
    for t in stamps(r, datetime.datetime(2026, 10, 5), n, 7):
        num += r.randint(1, 6)
        off = r.choice(OFF)
        rec = {"case_number": f"ST26-{num:06d}", "reported_at": t.strftime("%d/%m/%Y %H:%M"),
               "type": f"{off[3]} / {off[2]}", "location": location(r), "rel": [], "off": off,
               "badge": r.randint(4100, 4799), "narr": r.sample(NARR, r.randint(0, 2))}
        dd = disp(r, off)
        rec["disposition"] = f"{DISP_ES[dd]} / {dd}"
        recs.append(rec)
    F, S, L = "Helvetica", 9.5, 11.5
    B = "Helvetica-Bold"

    def header(k):
        return [(792 - 42, 40, "POLICÍA DE SAN TEODORO / SAN TEODORO POLICE DEPARTMENT [invented]", B, 12),
                (792 - 57, 40, "Registro de llamadas de servicio / Calls for Service Log \u2014 semana del 5 al 11 de "
                               "octubre de 2026 / week of October 5-11, 2026", F, 9),
                (792 - 69, 40, "Fechas en día/mes/año / Dates are day/month/year. Información: 555-0148.", F, 8.5)]

    add, finish, state, new_page, pages = paginate(
        header, lambda k, m: [(30, 40, f"Página {k} de {m} / Page {k} of {m}", F, 8)], letter, 792 - 92, 52)
    splits = 0
    for rec in recs:
        lines = [(40, f"Número de caso / Case No.: {rec['case_number']}", B, 10, L + 1),
                 (40, f"Fecha y hora / Date and time: {rec['reported_at']}", F, S, L),
                 (40, f"Tipo de llamada / Call type: {rec['type']}", F, S, L),
                 (40, f"Sección / Code section: {sec_cf(rec['off'])}", F, S, L),
                 (40, f"Ubicación / Location: {rec['location']}", F, S, L),
                 (40, f"Oficial / Officer: Placa / Badge {rec['badge']}", F, S, L),
                 (40, f"Resolución / Disposition: {rec['disposition']}", F, S, L)]
        if rec["narr"]:
            for j, ln in enumerate(wrap("Narrativa / Narrative: " + " ".join(rec["narr"]), F, S, 520)):
                lines.append((40 if j == 0 else 52, ln, F, S, L))
        need = sum(x[4] for x in lines)
        if not pages:
            new_page()
        room = int((state["y"] - 52) // L)
        if state["y"] - need < 52:
            if room >= 4:  # break the block: as many lines as fit, a marker, the rest on the next page
                cut = room - 1
                add(lines[:cut], keep=False)
                add([(52, "\u2014 continúa en la página siguiente / continued on next page \u2014", "Helvetica-Oblique",
                      8.5, L)], keep=False)
                new_page()
                add([(40, f"Número de caso / Case No.: {rec['case_number']} (continuación / continued)", B, 10,
                      L + 1)] + lines[cut:], keep=False)
                splits += 1
            else:
                new_page()
                add(lines, keep=False)
        else:
            add(lines, keep=False)
        state["y"] -= 3
        add([(40, None, F, S, 9)], keep=False)
    add([(40, f"Total de llamadas / Total calls: {n}", B, 10, 14)])
    assert splits >= 2, splits
    pages = finish()
    pages = [[(y + 6, x, t, f, s) if t is None else (y, x, t, f, s) for y, x, t, f, s in p] for p in pages]
    path = d / "san-teodoro-calls-for-service-2026-10-05-11.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("off", "badge", "narr"):
            rec.pop(k)
    gt = [entry(path, agency, "weekly calls-for-service log (bilingual)", "labelled blocks", recs,
                "Bilingual Spanish/English labelled blocks under rules: `Número de caso / Case No.:` (id "
                "`ST26-NNNNNN`), `Fecha y hora / Date and time:` (DAY/month/year, `06/10/2026` is 6 October), "
                "`Tipo de llamada / Call type:` (Spanish / English), `Sección / Code section:` (`PC 459`, `VC "
                "10851(a)`), `Ubicación / Location:`, `Oficial / Officer: Placa / Badge NNNN`, `Resolución / "
                "Disposition:` (Spanish / English), sometimes `Narrativa / Narrative:`. Trap: blocks that do not fit "
                "break across the page; the page ends `\u2014 continúa en la página siguiente / continued on next "
                "page \u2014` and the next page opens with the block's id again, `Número de caso / Case No.: "
                f"ST26-NNNNNN (continuación / continued)`: one record printed under two headers ({splits} such "
                "blocks). Type and disposition are given as printed, both languages. Ends `Total de llamadas / "
                "Total calls: N`.",
                "blocks counted by the generator; the closing line gives the total")]
    return agency, gt


# 3 ------------------------------------------------------------------ Puerto Delgado: watch commander's log, id last
WATCHES = [("Morning Watch", "0000-0800", 0), ("Day Watch", "0800-1600", 8), ("PM Watch", "1600-2400", 16)]


def puerto_delgado(d, r):
    agency = "Puerto Delgado Police Department, CA [invented]"
    n = 52
    ts = stamps(r, datetime.datetime(2026, 10, 19), n, 5)
    recs, num, bkg = [], r.randint(7700, 7800), r.randint(2610400, 2610500)
    for t in ts:
        num += r.randint(1, 9)
        off = r.choice(OFF)
        rec = {"case_number": f"26-{num:05d}", "reported_at": f"{t.strftime('%H%M')} hrs",
               "type": off[2], "location": location(r), "rel": [], "off": off, "t": t,
               "badges": sorted(r.sample(range(3300, 3399), r.randint(1, 2))), "narr": r.choice(NARR[::2])}
        rec["disposition"] = disp(r, off)
        if rec["disposition"] == "Arrest":
            bkg += r.randint(3, 40)
            rec["rel"].append(("booking", str(bkg)))
        recs.append(rec)
    F, S, L, W = "Times-Roman", 10.5, 13, 515

    def header(k):
        return [(792 - 44, 40, "Puerto Delgado Police Department [invented]", "Times-Bold", 14),
                (792 - 60, 40, "Bitácora del Comandante de Guardia / Watch Commander's Log \u2014 October 19-23, 2026",
                 "Times-Italic", 10.5)]

    add, finish, *_ = paginate(header, lambda k, m: [(32, 40, f"WC log \u2014 {k} of {m} \u2014 desk 555-0162",
                                                      F, 9)], letter, 792 - 90, 52)
    nwatch = 0
    for day in range(19, 24):
        for name, span, h0 in WATCHES:
            v = [rec for rec in recs if rec["t"].day == day and h0 <= rec["t"].hour < h0 + 8]
            nwatch += 1
            dt = datetime.date(2026, 10, day)
            arrests = sum(1 for rec in v if rec["disposition"] == "Arrest")
            cfs = len(v) * r.randint(6, 14) + r.randint(5, 30)
            add([(40, f"{dt.strftime('%A, %B')} {day}, 2026 \u2014 {name} ({span}) \u2014 Watch commander: Badge "
                      f"{r.choice([2207, 2214, 2231])}", "Times-Bold", 11, 15),
                 (40, f"Calls for service: {cfs}. Reports taken: {len(v)}. Arrests: {arrests}. Units fielded: "
                      f"{r.randint(6, 12)}.", "Times-Italic", 10, 16)], gap=1)
            if not v:
                add([(52, "No reports taken this watch.", F, S, L)], gap=6)
            for rec in v:
                off = rec["off"]
                who = ", ".join(f"Badge {b}" for b in rec["badges"])
                txt = (f"{rec['reported_at']} \u2014 {sec_nf(off)}, {off[2]}, {rec['location']}. Officers ({who}) "
                       f"responded. {rec['narr']} Disposition: {rec['disposition']}.")
                if rec["rel"]:
                    txt += f" Booking No. {rec['rel'][0][1]}."
                txt += f" DR {rec['case_number']}."
                lines = [(40 if j == 0 else 56, ln, F, S, L) for j, ln in enumerate(wrap(txt, F, S, W))]
                add(lines, keep=False, gap=4)
            add([(40, "", F, S, 6)])
    add([(40, f"End of log \u2014 5 days, {nwatch} watches, {n} reports.", "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "puerto-delgado-watch-commander-log-2026-10-19-23.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("off", "t", "badges", "narr"):
            rec.pop(k)
    gt = [entry(path, agency, "watch commander's log (five days, three watches a day)", "free text", recs,
                "Prose paragraphs under day-and-watch headings (`Monday, October 19, 2026 \u2014 Day Watch "
                "(0800-1600) \u2014 Watch commander: Badge 2207`). Each paragraph OPENS with a time `0214 hrs` and a "
                "number-first code section (`245(a)(1) PC, Assault with a deadly weapon`) and ENDS with the record "
                "id `DR 26-NNNNN.`; the id is the last thing in the paragraph, after the disposition and, for "
                "arrests, `Booking No. 26NNNNN` (a seven-digit booking number, not a record). reported_at is the "
                "time as printed; the date is the heading's. Trap: under each heading a count line `Calls for "
                "service: 143. Reports taken: 4. Arrests: 2. Units fielded: 9.` - only `Reports taken` equals the "
                "paragraphs (records) of that watch; calls for service and units are not records; some watches "
                "have `No reports taken this watch.` Paragraphs break across pages, and a line can break between "
                "`DR` and its number. Ends `End of log \u2014 5 days, "
                "15 watches, N reports.`",
                "paragraphs counted by the generator; every watch's `Reports taken` equals its paragraphs")]
    return agency, gt


# 4 ------------------------------------------------------------------ Alamar: numbered bulletin with corrections
def alamar(d, r):
    agency = "Alamar Police Department, CA [invented]"
    n = 60
    recs, num = [], r.randint(410, 480)
    for t in stamps(r, datetime.datetime(2026, 10, 21), n, 7):
        num += r.randint(1, 7)
        off = r.choice(OFF)
        dd = disp(r, off)
        rec = {"case_number": f"2026-{num:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": f"{off[2]} / {off[3]}", "location": location(r), "rel": [], "off": off,
               "badge": r.randint(5200, 5699), "disposition": f"{dd} / {DISP_ES[dd]}"}
        recs.append(rec)
    F, S, L, W = "Helvetica", 9.5, 12, 490
    corr = sorted(r.sample([i for i in range(2, n - 2) if i != n // 2 + 1], 3))

    def text(i, rec, dispo):
        off = rec["off"]
        return (f"Caso / Case {rec['case_number']} \u2014 {rec['reported_at']} \u2014 {sec_cf(off)} {rec['type']} "
                f"\u2014 {rec['location']}. Placa / Badge {rec['badge']}. Resultado / Outcome: {dispo}.")

    def header(k):
        return [(792 - 44, 40, "DEPARTAMENTO DE POLICÍA DE ALAMAR / ALAMAR POLICE DEPARTMENT [invented]",
                 "Helvetica-Bold", 12),
                (792 - 59, 40, "Boletín diario de prensa / Daily Press Bulletin \u2014 21-27 de octubre de 2026 / "
                               "October 21-27, 2026", F, 9.5)]

    add, finish, *_ = paginate(header, lambda k, m: [(30, 40, f"Alamar PD \u2014 {k}/{m} \u2014 prensa / press "
                                                      f"555-0177", F, 8)], letter, 792 - 88, 50)
    add([(40, f"Este boletín incluye {n} incidentes. / This bulletin lists {n} incidents.", "Helvetica-Bold", 10, 18)])
    for i, rec in enumerate(recs, 1):
        lines = wrap(text(i, rec, rec["disposition"]), F, S, W)
        add([(40, f"{i}.", F, S, 0)] + [(66, ln, F, S, L) for ln in lines], gap=4)
    add([(40, "", F, S, 8), (40, "Correcciones / Corrections", "Helvetica-Bold", 11, 16),
         (40, "Los siguientes puntos se publican de nuevo con el resultado corregido. / The following items are "
              "reprinted with a corrected outcome.", F, 9, 16)])
    for i in corr:
        rec = recs[i - 1]
        new = "Arrest" if not rec["disposition"].startswith("Arrest") else "Report taken"
        lines = wrap(f"Corrección al punto {i} / Correction to item {i}: " + text(i, rec, f"{new} / {DISP_ES[new]}")
                     + " (corregido / corrected)", F, S, W + 26)
        add([(40, ln, F, S, L) for ln in lines], gap=5)
    pages = finish()
    path = d / "alamar-press-bulletin-2026-10-21-27.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("off", "badge"):
            rec.pop(k)
    gt = [entry(path, agency, "weekly bilingual press bulletin", "numbered paragraphs", recs,
                "Numbered items `N. Caso / Case 2026-NNNNN \u2014 10/21/2026 21:32 \u2014 PC 273.5 Domestic battery / "
                "Violencia doméstica \u2014 <location>. Placa / Badge NNNN. Resultado / Outcome: Arrest / Arresto.`, "
                "wrapped over two or three lines; items numbered 1..N; code sections printed code first with "
                "decimals and subsections (`PC 273.5`, `VC 14601.1(a)`, `HS 11377(a)`). Trap: after the list, a "
                "`Correcciones / Corrections` section REPRINTS items "
                + ", ".join(str(i) for i in corr) + " in full (`Corrección al punto 14 / Correction to item 14: "
                "Caso / Case ...`) with a corrected outcome: the same incidents printed twice, not new records; the "
                "sample records are items without a correction, and a record's disposition in this ground truth is "
                "the one printed in the numbered list. Type and disposition are as printed (English / Spanish). "
                "Opens `Este boletín incluye N incidentes. / This bulletin lists N incidents.`",
                "items counted by the generator; the opening line gives the total")]
    return agency, gt


# 5 ------------------------------------------------------------------ Bahía Seca: grouped by code section, doubles
def bahia_seca(d, r):
    agency = "Bahía Seca Police Department, CA [invented]"
    n = 70
    recs, num = [], r.randint(10300, 10400)
    for t in stamps(r, datetime.datetime(2026, 10, 1), n, 31):
        num += r.randint(1, 4)
        offs = sorted(r.sample(range(len(OFF)), 2 if r.random() < 0.13 else 1))
        loc = location(r)
        while len(loc) > 34:
            loc = location(r)
        rec = {"case_number": f"BS-26-{num:05d}", "reported_at": t.strftime("%m/%d/%y %H:%M"),
               "offs": offs, "location": loc, "rel": [], "disposition": disp(r, OFF[offs[0]])}
        heads = [f"{OFF[i][2]} / {OFF[i][3]}" for i in offs]
        rec["type"] = heads[0] if len(heads) == 1 else heads
        recs.append(rec)
    doubles = sum(len(rec["offs"]) == 2 for rec in recs)
    assert doubles >= 5, doubles
    F, S, L = "Courier", 8.5, 11

    def header(k):
        return [(792 - 42, 40, "BAHÍA SECA POLICE DEPARTMENT [invented]", "Courier-Bold", 12),
                (792 - 56, 40, "Llamadas por sección del código / Calls for service by code section", F, 9),
                (792 - 67, 40, "Octubre de 2026 / October 2026. Un incidente con dos secciones aparece en ambas / "
                               "an incident", F, 8),
                (792 - 77, 40, "with two sections appears under both. Records 555-0193.", F, 8)]

    add, finish, *_ = paginate(header, lambda k, m: [(30, 40, f"pág. {k} / page {k} of {m}", F, 8)],
                               letter, 792 - 100, 50)
    order, entries = [], 0
    for i, off in enumerate(OFF):
        v = [rec for rec in recs if i in rec["offs"]]
        if not v:
            continue
        lines = [(40, f"{sec_cf(off)} \u2014 {off[2]} / {off[3]} ({len(v)})", "Courier-Bold", 9, 13)]
        for rec in v:
            lines.append((40, f"{rec['case_number']:<14}{rec['reported_at']:<17}{rec['location']:<36}"
                              f"{rec['disposition']}", F, S, L))
            entries += 1
            if rec not in order:
                order.append(rec)
        add(lines[:3], gap=0)
        add(lines[3:], keep=False, gap=8)
    add([(40, f"Entries listed: {entries}. Distinct incidents: {n}.", "Courier-Bold", 9, 13)])
    pages = finish()
    path = d / "bahia-seca-calls-by-code-section-2026-10.pdf"
    draw(path, letter, pages)
    for rec in order:
        rec.pop("offs")
    gt = [entry(path, agency, "monthly calls for service grouped by code section", "other: one-line entries under "
                "code-section headings, no column header", order,
                "One-line entries (id `BS-26-NNNNN`, date and time, location, disposition; Courier) under code-"
                "section headings `PC 459 \u2014 Burglary / Robo con allanamiento (5)`, in the order of the codes "
                "(PC, VC, HS, WI), by time within a section; the record's type is its heading (English / Spanish). "
                f"Traps: the headings carry code numbers and counts; an incident with two sections is printed "
                f"under BOTH headings ({doubles} incidents, each printed twice: one record, `type` a list of its two "
                "headings); case_numbers lists each incident once, in order of first appearance. Ends `Entries "
                f"listed: {entries}. Distinct incidents: {n}.` - the entries count is not the record count.",
                "distinct ids counted by the generator; the closing line gives entries and distinct incidents")]
    return agency, gt


AGENCIES = [("vistamar-ca-pd", 1, vistamar), ("san-teodoro-ca-pd", 2, san_teodoro),
            ("puerto-delgado-ca-pd", 3, puerto_delgado), ("alamar-ca-pd", 4, alamar),
            ("bahia-seca-ca-pd", 5, bahia_seca)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
