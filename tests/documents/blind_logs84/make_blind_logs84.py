"""Generate the held-out set blind_logs84 (Puerto Rico, Guam and US Virgin Islands logs) with ground truth.

Records are made first as plain dicts, then drawn with a reportlab canvas (invariant mode), then
groundtruth.json is written from the same dicts. Fixed seeds 20261184 + agency number.
Run: .venv/bin/python tests/documents/blind_logs84/make_blind_logs84.py [OUT_DIR]
"""

import datetime as dt
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

SEED = 20261184
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def draw(path, pages, size, title_font=("Helvetica-Bold", 10), font=("Helvetica", 8)):
    """pages: list of lists of (x, y, text, bold)."""
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle(path.stem)
    c.setAuthor("generated")
    for lines in pages:
        for x, y, text, bold in lines:
            c.setFont(*(title_font if bold else font))
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def paginate(blocks, head, per_page, top, step):
    """blocks: list of lists of [(x, text, bold)] lines; a block is never split across pages.
    head(page_no, n_pages) -> list of (x, y, text, bold). Returns pages."""
    groups, cur, used = [], [], 0
    for b in blocks:
        if used + len(b) > per_page and cur:
            groups.append(cur)
            cur, used = [], 0
        cur.append(b)
        used += len(b)
    groups.append(cur)
    pages = []
    for i, g in enumerate(groups):
        lines = head(i + 1, len(groups))
        y = top
        for b in g:
            for x_parts in b:
                for x, text, bold in x_parts:
                    lines.append((x, y, text, bold))
                y -= step
        pages.append(lines)
    return pages


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- 1. Villa Coralina, PR (table, Spanish a. m./p. m.)
VC_TYPES = ["Escalamiento", "Hurto de vehículo", "Agresión simple", "Daños a la propiedad",
            "Violencia doméstica (Ley 54)", "Accidente de tránsito", "Alteración a la paz",
            "Apropiación ilegal", "Persona desaparecida", "Posesión de sustancia controlada"]
VC_PLACES = ["Calle Luna #12, Bo. Pueblo", "Urb. Jardines del Mar, Calle 4 D-17", "Carr. 2 km 41.6, Bo. Ceiba Alta",
             "Res. Brisas de Coralina, Edif. 3", "Plaza Pública", "Bo. Palmarejo, Sector El Cruce",
             "Ave. Los Corales esq. Calle Sol", "Urb. Villa Serena, Calle B #9", "Terminal de Carros Públicos",
             "Bo. Tortuguero, Parcelas Nuevas"]
VC_DISP = ["Referido a CIC", "Caso cerrado", "Pendiente", "Arresto", "Referido a Fiscalía", "Orden de protección"]


def hr12(h, m):
    ap = "a. m." if h < 12 else "p. m."
    return f"{(h % 12) or 12}:{m:02d} {ap}"


def make_vc(rng, month, n, start):
    recs = []
    d0 = dt.date(2025, month, 1)
    seq = start
    for i in range(n):
        day = d0 + dt.timedelta(days=i * 27 // n)
        h, m = rng.randrange(24), rng.randrange(60)
        seq += rng.choice([1, 1, 1, 2])
        r = {"case_number": f"VC-{seq:05d}-25", "fecha": day.strftime("%d/%m/%Y"), "hora": hr12(h, m),
             "type": pick(rng, VC_TYPES), "location": pick(rng, VC_PLACES), "disposition": pick(rng, VC_DISP),
             "turno": 1 if h < 8 else 2 if h < 16 else 3, "related": []}
        if rng.random() < 0.15:
            r["related"].append({"kind": "ppr_querella", "number": f"2025-3-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999):04d}"})
        recs.append(r)
    recs.sort(key=lambda r: (r["fecha"][3:5], r["fecha"][:2]))
    return recs


def draw_vc(path, recs, month):
    xs = [30, 110, 170, 235, 395, 590]
    blocks = []
    for r in recs:
        disp = r["disposition"] + (f" (PPR {r['related'][0]['number']})" if r["related"] else "")
        blocks.append([[(xs[0], r["case_number"], False), (xs[1], r["fecha"], False), (xs[2], r["hora"], False),
                        (xs[3], r["type"], False), (xs[4], r["location"], False), (xs[5], disp, False)]])
    blocks.append([[(30, "", False)], [(30, f"Total de querellas registradas: {len(recs)}", True)]])

    def head(p, n):
        return [(30, 575, "GOBIERNO MUNICIPAL DE VILLA CORALINA - POLICÍA MUNICIPAL", True),
                (30, 562, f"Registro de Querellas - {MES[month - 1]} de 2025", True),
                (640, 575, f"Página {p} de {n}", False),
                (xs[0], 540, "Núm. Querella", True), (xs[1], 540, "Fecha", True), (xs[2], 540, "Hora", True),
                (xs[3], 540, "Incidente", True), (xs[4], 540, "Lugar", True), (xs[5], 540, "Disposición", True)]
    draw(path, paginate(blocks, head, 40, 524, 12), landscape(letter))


# ---------------------------------------------------------------- 2. Marbo Cove, GU (CAD number first, NO REPORT calls)
GU_TYPES = ["THEFT OF VEHICLE", "BURGLARY", "CRIMINAL MISCHIEF", "FAMILY VIOLENCE", "DUI", "ASSAULT",
            "THEFT", "HARASSMENT", "TRAFFIC COLLISION W/ INJURY", "RECKLESS CONDUCT"]
GU_CALLS = ["LOUD MUSIC", "ANIMAL COMPLAINT", "WELFARE CHECK", "ALARM", "TRAFFIC HAZARD"]
GU_PLACES = ["Rte 3 nr Marbo Cove Mart", "Lagu Heights, Rte 15", "Sumay Ridge Apts Bldg C", "Tasi Beach Park",
             "Rte 1 / Chalan Palasyo", "Chalan Mames, Lot 412", "Marbo Cove Elem. School", "Rte 9, Punta Tasi",
             "Chalan Lagu, Lot 7-B", "Ypaopao Village Store"]
GU_DISP = ["RPT TAKEN", "ARREST", "REF TO CID", "CLOSED", "CITATION ISSUED", "PENDING"]


def make_gu(rng, month, n, start):
    recs, rows = [], []
    d0 = dt.date(2025, month, 1)
    cad, seq = 251000 + start * 7, start
    for i in range(n):
        for _ in range(1 if rng.random() < 0.75 else 2):
            cad += rng.randrange(3, 40)
            day = d0 + dt.timedelta(days=i * 14 // n)
            if rng.random() < 0.3:
                rows.append({"cad": f"25-{cad:06d}", "date": day.strftime("%m/%d/%y"),
                             "time": f"{rng.randrange(24):02d}{rng.randrange(60):02d}", "type": pick(rng, GU_CALLS),
                             "location": pick(rng, GU_PLACES), "report": None})
        cad += rng.randrange(3, 40)
        seq += 1
        day = d0 + dt.timedelta(days=i * 14 // n)
        r = {"case_number": f"MC25-{seq:04d}", "cad": f"25-{cad:06d}", "date": day.strftime("%m/%d/%y"),
             "time": f"{rng.randrange(24):02d}{rng.randrange(60):02d}", "type": pick(rng, GU_TYPES),
             "location": pick(rng, GU_PLACES), "disposition": pick(rng, GU_DISP),
             "related": [{"kind": "cad_number", "number": f"25-{cad:06d}"}]}
        recs.append(r)
        rows.append({**r, "report": r["case_number"]})
    return recs, rows


def draw_gu(path, rows, recs, month):
    xs = [30, 100, 170, 215, 250, 400, 560]
    blocks = []
    for r in rows:
        blocks.append([[(xs[0], r["cad"], False), (xs[1], r["report"] or "NO REPORT", False), (xs[2], r["date"], False),
                        (xs[3], r["time"], False), (xs[4], r["type"], False), (xs[5], r["location"], False),
                        (xs[6], r.get("disposition", "ADVISED / GOA"), False)]])
    nocall = sum(1 for r in rows if not r["report"])
    blocks.append([[(30, "", False)], [(30, f"Calls for service: {len(rows)}    Reports written: {len(recs)}    "
                                           f"Calls without report: {nocall}", True)]])

    def head(p, n):
        return [(30, 575, "MARBO COVE PRECINCT - DAILY BLOTTER (PUBLIC COPY)", True),
                (30, 562, f"Period: {month:02d}/01/25 - {month:02d}/15/25     Tel. 671-555-0142", False),
                (650, 575, f"Pg {p}/{n}", False),
                (xs[0], 540, "CAD #", True), (xs[1], 540, "REPORT #", True), (xs[2], 540, "DATE", True),
                (xs[3], 540, "TIME", True), (xs[4], 540, "NATURE", True), (xs[5], 540, "LOCATION", True),
                (xs[6], 540, "DISPOSITION", True)]
    draw(path, paginate(blocks, head, 42, 524, 12), landscape(letter))


# ---------------------------------------------------------------- 3. Frederiksvale, VI (press bulletin by district, UPDATE paragraphs)
VI_TYPES = ["BURGLARY", "ROBBERY", "ASSAULT THIRD DEGREE", "GRAND LARCENY", "UNAUTHORIZED USE OF VEHICLE",
            "DOMESTIC VIOLENCE", "ILLEGAL POSSESSION OF FIREARM", "DESTRUCTION OF PROPERTY"]
VI_ESTATES = ["Estate Mount Verity", "Estate Plessen Ridge", "Estate Little Bethlehem", "Estate Solitude Bay",
              "Estate Hope Cottage", "Estate Blessing Hill", "Estate Nazareth Point", "Estate Anna's Retreat Gardens"]
VI_DISP = ["The matter is under investigation", "An arrest was made", "The case was referred to the CIB",
           "No arrest was made"]


def make_vi(rng, day0, n):
    recs = []
    seqs = {"SC": 300 + rng.randrange(50), "STT": 700 + rng.randrange(50)}
    for i in range(n):
        dist = "SC" if i < n * 11 // 20 else "STT"
        seqs[dist] += rng.choice([1, 1, 2])
        d = day0 + dt.timedelta(days=i % 3)
        h, m = rng.randrange(1, 13), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        r = {"case_number": f"{dist}25-{seqs[dist]:04d}", "district": dist,
             "reported_at": f"{d.strftime('%B')} {d.day} {h}:{m:02d} {pick(rng, ['a.m.', 'p.m.'])}",
             "type": pick(rng, VI_TYPES), "location": pick(rng, VI_ESTATES), "disposition": pick(rng, VI_DISP),
             "wd": d.strftime("%A"), "related": []}
        if rng.random() < 0.12:
            r["related"].append({"kind": "prior_case", "number": f"{dist}24-{rng.randrange(1000, 2999):04d}"})
        recs.append(r)
    return recs


def wrap(text, width):
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + [cur]


def draw_vi(path, recs, updates, day0):
    blocks = []
    for dist, name in (("SC", "ST. CROIX DISTRICT"), ("STT", "ST. THOMAS-ST. JOHN DISTRICT")):
        blocks.append([[(40, "", False)], [(40, name, True)], [(40, "", False)]])
        for r in [x for x in recs if x["district"] == dist]:
            mon, dd, tm, ap = r["reported_at"].split()
            prior = (f" The complainant told officers the same residence was entered last year"
                     f" (Case #{r['related'][0]['number']}).") if r["related"] else ""
            body = (f"{r['type']} - On {r['wd']}, {mon} {dd}, at about {tm} {ap}, officers responded to "
                    f"{r['location']} after a report of {'an' if r['type'][0] in 'AEIOU' else 'a'} {r['type'].lower()}.{prior} {r['disposition']}. "
                    f"(Case #{r['case_number']})")
            blocks.append([[(40, ln, False)] for ln in wrap(body, 105)] + [[(40, "", False)]])
        for u in [x for x in updates if x["district"] == dist]:
            body = (f"UPDATE - The {u['what']} reported last week (Case #{u['number']}) has been closed by arrest; "
                    f"the suspect was advised of the charges and held on bail.")
            blocks.append([[(40, ln, False)] for ln in wrap(body, 105)] + [[(40, "", False)]])
    blocks.append([[(40, f"Incidents reported in this bulletin: {len(recs)} ({len(updates)} updates on earlier cases, not counted)", True)],
                   [(40, "Anyone with information may call the tip line at 340-555-0117.", False)]])
    end = day0 + dt.timedelta(days=2)

    def head(p, n):
        return [(40, 750, "FREDERIKSVALE POLICE DEPARTMENT - PUBLIC INFORMATION OFFICE", True),
                (40, 736, f"Daily Crime Bulletin, {day0.strftime('%B')} {day0.day}-{end.day}, 2025", True),
                (480, 750, f"Page {p} of {n}", False)]
    draw(path, paginate(blocks, head, 56, 710, 11.5), letter)


# ---------------------------------------------------------------- 4. San Aurelio, PR (form grid, captions above values)
SA_TYPES = ["Escalamiento agravado", "Robo", "Agresión agravada", "Hurto", "Daños agravados", "Ley 54 - maltrato",
            "Accidente con heridos", "Portación de arma sin licencia", "Amenazas", "Vandalismo"]
SA_PLACES = ["Carr. PR-987 km 4.2, Bo. Quebrada Honda", "Carr. PR-152 km 11.8, Bo. Cerro Gordo",
             "Urb. Monte Aurelio, Calle Ceiba 22", "Bo. Playita, Sector La Marina", "Centro Comercial Plaza Aurelio",
             "Carr. PR-6614 int. km 0.9, Bo. Jagüeyes", "Calle Betances #41, Pueblo", "Parque de Pelota Municipal"]
SA_DISP = ["Referido a la PPR", "Arresto", "Caso cerrado", "Bajo investigación", "Sin méritos"]


def make_sa(rng, n):
    recs = []
    seq = 1100 + rng.randrange(100)
    for i in range(n):
        seq += rng.choice([1, 1, 3])
        d = dt.date(2025, 9, 1) + dt.timedelta(days=i * 29 // n)
        t = [pick(rng, SA_TYPES)]
        if rng.random() < 0.2:
            t.append(pick(rng, [x for x in SA_TYPES if x != t[0]]))
        recs.append({"case_number": f"SA-2025-{seq:04d}",
                     "reported_at": f"{d.day:02d}-{MES[d.month - 1][:3]}-2025 {rng.randrange(24):02d}:{rng.randrange(60):02d}",
                     "type": t if len(t) > 1 else t[0], "location": pick(rng, SA_PLACES),
                     "disposition": pick(rng, SA_DISP), "unit": f"Placa {rng.randrange(100, 999)}", "related": []})
    return recs


def draw_sa(path, recs):
    blocks = []
    for r in recs:
        typ = "; ".join(r["type"]) if isinstance(r["type"], list) else r["type"]
        blocks.append([
            [(40, "QUERELLA NÚM.", True), (180, "FECHA Y HORA", True), (320, "AGENTE", True), (420, "DISPOSICIÓN", True)],
            [(40, r["case_number"], False), (180, r["reported_at"], False), (320, r["unit"], False), (420, r["disposition"], False)],
            [(40, "DELITO(S)", True), (300, "LUGAR DE LOS HECHOS", True)],
            [(40, typ, False), (300, r["location"], False)],
            [(40, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", False)]])
    blocks.append([[(40, f"Querellas en este informe: {len(recs)}", True)]])

    def head(p, n):
        return [(40, 750, "MUNICIPIO AUTÓNOMO DE SAN AURELIO - POLICÍA MUNICIPAL", True),
                (40, 736, "Hojas de Incidente, septiembre 2025 (copia para el público)", True),
                (480, 750, f"Pág. {p}/{n}", False)]
    draw(path, paginate(blocks, head, 60, 710, 11), letter, title_font=("Helvetica-Bold", 7), font=("Helvetica", 8.5))


# ---------------------------------------------------------------- 5. Peñas Blancas, PR (libro de novedades)
PB_TYPES = ["escalamiento", "hurto de vehículo", "agresión", "violencia doméstica", "daños", "robo a mano armada",
            "accidente de tránsito", "escalamiento de negocio"]
PB_PLACES = ["Bo. Peñas Blancas Abajo", "Urb. Vista al Valle", "Calle Muñoz Rivera #8, Pueblo", "Carr. 174 km 7.3",
             "Res. Los Flamboyanes, Edif. 6", "Bo. Río Chico, Sector Los Pinos", "Plaza del Mercado"]
PB_DISP = ["Se refirió a la División de Investigaciones Criminales.", "Se arrestó al sospechoso.",
           "Queda pendiente de investigación.", "Se cerró la querella por desistimiento."]
PB_NOV = ["Se realizó ronda preventiva en el casco urbano sin novedad.", "Se escoltó el camión de valores al banco.",
          "Relevo de turno; se recibe patrulla P-{n} con {k} millas.", "Se atendió llamada de ruido; se orientó a los vecinos."]


def make_pb(rng, n):
    items, recs = [], []
    seq = 300 + rng.randrange(40)
    day = dt.date(2025, 10, 6)
    for i in range(n):
        if i and i % 9 == 0:
            day += dt.timedelta(days=1)
        if rng.random() < 0.35:
            items.append({"day": day, "time": f"{rng.randrange(24):02d}{rng.randrange(60):02d}",
                          "text": pick(rng, PB_NOV).format(n=rng.randrange(10, 60), k=rng.randrange(40000, 90000))})
        seq += 1
        r = {"case_number": f"{seq:04d}-25", "day": day, "time": f"{rng.randrange(24):02d}{rng.randrange(60):02d}",
             "type": pick(rng, PB_TYPES), "location": pick(rng, PB_PLACES), "disposition": pick(rng, PB_DISP),
             "badge": f"{rng.randrange(1000, 9999)}", "plate": f"{pick(rng, ['JKL', 'HTR', 'GBN', 'IPX'])}-{rng.randrange(100, 999)}",
             "related": []}
        if rng.random() < 0.2:
            r["related"].append({"kind": "ppr_querella", "number": f"2025-3-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999):04d}"})
        recs.append(r)
        items.append(r)
    for day in sorted({x["day"] for x in items}):
        group = sorted([x for x in items if x["day"] == day], key=lambda x: x["time"])
        for x in group:
            x["order"] = (day, x["time"])
    items.sort(key=lambda x: x["order"])
    recs[:] = [x for x in items if "case_number" in x]
    first = int(recs[0]["case_number"][:4])
    for i, r in enumerate(recs):  # the logbook numbers querellas in the order they are written down
        r["case_number"] = f"{first + i:04d}-25"
    return items, recs


def fecha_larga(d):
    return f"{DIAS[d.weekday()].capitalize()}, {d.day} de {MES[d.month - 1]} de {d.year}"


def draw_pb(path, items, recs):
    blocks, last = [], None
    for x in items:
        if x["day"] != last:
            blocks.append([[(40, "", False)], [(40, fecha_larga(x["day"]), True)]])
            last = x["day"]
        if "case_number" in x:
            ppr = f" Se notificó a la PPR, querella {x['related'][0]['number']}." if x["related"] else ""
            body = (f"{x['time']} hrs. Querella {x['case_number']}: el agente placa {x['badge']} informa un caso de "
                    f"{x['type']} en {x['location']}; vehículo tablilla {x['plate']}.{ppr} {x['disposition']}")
        else:
            body = f"{x['time']} hrs. Novedad: {x['text']}"
        lines = wrap(body, 100)
        blocks.append([[(40, lines[0], False)]] + [[(76, ln, False)] for ln in lines[1:]])
    nov = sum(1 for x in items if "case_number" not in x)
    blocks.append([[(40, "", False)], [(40, f"Resumen: {len(recs)} querellas y {nov} novedades anotadas.", True)]])

    def head(p, n):
        return [(40, 750, "POLICÍA MUNICIPAL DE PEÑAS BLANCAS - LIBRO DE NOVEDADES (transcripción)", True),
                (40, 736, "Cuartel General, Calle Comercio #2 - Tel. 787-555-0163", False),
                (500, 750, f"Folio {p} de {n}", False)]
    draw(path, paginate(blocks, head, 58, 712, 11.5), letter)


# ---------------------------------------------------------------- ground truth
def entry(folder, fname, gen, agency, doctype, layout, recs, samples, fields, notes, src, check):
    pdf = OUT / folder / fname
    data = pdf.read_bytes()
    rel = [{"record": r["case_number"], "kind": x["kind"], "number": x["number"]} for r in recs for x in r["related"]]
    return {"file": fname, "source_repo": "generated", "commit": "generated", "path": "generated",
            "git_blob": "generated", "generator": gen, "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data), "pages": int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout).group(1)), "agency": agency,
            "document_type": doctype, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
            "record_count": len(recs), "case_numbers": [r["case_number"] for r in recs], "related_numbers": rel,
            "fields_present": fields, "sample_records": [samples(recs[i]) for i in (0, len(recs) // 2, len(recs) - 1)],
            "case_numbers_source": src, "record_count_check": check, "notes": notes}


def main():
    gts = {}
    # 1
    f = "villa-coralina-pr-pm"
    (OUT / f).mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED + 1)
    gts[f] = []
    start = 1200
    for month, n in ((3, 96), (4, 88)):
        recs = make_vc(rng, month, n, start)
        start = int(recs[-1]["case_number"][3:8]) + 5
        name = f"vcpm-registro-querellas-2025-{month:02d}.pdf"
        draw_vc(OUT / f / name, recs, month)
        gts[f].append(entry(
            f, name, "make_blind_logs84.py (seed 20261184 + 1)",
            "Policía Municipal de Villa Coralina, PR [invented]", "monthly complaint register (Registro de Querellas)",
            "table with header", recs,
            lambda r: {"case_number": r["case_number"], "reported_at": f"{r['fecha']} {r['hora']}", "type": r["type"],
                       "location": r["location"], "disposition": r["disposition"]},
            ["case_number", "type", "reported_at", "location", "disposition"],
            "Landscape table, Spanish column titles repeated per page, one row per querella. Ids `VC-NNNNN-25` "
            "(sequence, then two-digit year). Dates day-first DD/MM/YYYY (13/03/2025); times in Spanish 12-hour "
            "form with spaced `a. m.` / `p. m.` (`10:05 p. m.`), so a reader taking the first token after the date "
            "as the whole time loses the half of the day. Some dispositions cite the state police (PPR) querella "
            "number `(PPR 2025-3-NNN-NNNN)`: a related number, not a record. Locations carry `Carr. 2 km 41.6` and "
            "house numbers. Total line at the end: `Total de querellas registradas: N`.",
            "the generator's record dicts; checked by a regex on `pdftotext -layout` rows starting with the id",
            "rows counted against the printed total line on the last page"))
    # 2
    f = "marbo-cove-gu-precinct"
    (OUT / f).mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED + 2)
    gts[f] = []
    start = 400
    for month, n in ((8, 72), (9, 64)):
        recs, rows = make_gu(rng, month, n, start)
        start = int(recs[-1]["case_number"][5:]) + 1
        name = f"marbo-cove-blotter-2025-{month:02d}-01-15.pdf"
        draw_gu(OUT / f / name, rows, recs, month)
        gts[f].append(entry(
            f, name, "make_blind_logs84.py (seed 20261184 + 2)", "Marbo Cove Precinct Police, Guam [invented]",
            "half-month daily blotter, public copy (calls for service with report numbers)", "table with header", recs,
            lambda r: {"case_number": r["case_number"], "reported_at": f"{r['date']} {r['time']}", "type": r["type"],
                       "location": r["location"], "disposition": r["disposition"]},
            ["case_number", "type", "reported_at", "location", "disposition"],
            "Landscape blotter of calls for service. The FIRST column is the CAD (dispatch) number `25-NNNNNN`, "
            "printed on every row; the report number `MC25-NNNN` is in the second column. Only rows with a report "
            "number are records (the CAD number of a record is kept as a related number, kind `cad_number`); calls "
            "with `NO REPORT` in that column (loud music, alarms, welfare checks, disposition `ADVISED / GOA`) are not "
            "records, so a reader keying on the first column counts every call. Dates MM/DD/YY, times HHMM. Footer "
            "`Calls for service: N    Reports written: N    Calls without report: N`; a 671-555-01xx phone number "
            "in the heading.",
            "the generator's record dicts; checked by a regex on rows with a report number",
            "rows with a report number counted against `Reports written` on the last page"))
    # 3
    f = "frederiksvale-vi-pd"
    (OUT / f).mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED + 3)
    gts[f] = []
    for day0, n in ((dt.date(2025, 10, 6), 58), (dt.date(2025, 10, 13), 47)):
        recs = make_vi(rng, day0, n)
        updates = [{"district": d, "what": pick(rng, ["robbery", "burglary", "shooting"]),
                    "number": f"{d}25-{rng.randrange(100, 290):04d}"} for d in ("SC", "STT", "SC")]
        name = f"fvpd-daily-crime-bulletin-2025-10-{day0.day:02d}.pdf"
        draw_vi(OUT / f / name, recs, updates, day0)
        gts[f].append(entry(
            f, name, "make_blind_logs84.py (seed 20261184 + 3)", "Frederiksvale Police Department, USVI [invented]",
            "three-day public information bulletin (press release), by island district", "free text", recs,
            lambda r: {"case_number": r["case_number"], "reported_at": r["reported_at"], "type": r["type"],
                       "location": r["location"], "disposition": r["disposition"]},
            ["case_number", "type", "reported_at", "location", "disposition"],
            "Portrait press bulletin: a district heading (`ST. CROIX DISTRICT`, `ST. THOMAS-ST. JOHN DISTRICT`), "
            "then one wrapped paragraph per incident beginning with the offence in capitals and ending with "
            "`(Case #SC25-NNNN)` / `(Case #STT25-NNNN)`: two number series, one per district. The date is in the "
            "sentence without a year (`On Tuesday, October 7, at about 3:40 p.m.`); sample `reported_at` is "
            "`Month D H:MM a.m.` as printed. Locations are estates (`Estate Plessen Ridge`). Traps: each district "
            "ends with `UPDATE - ...` paragraphs about earlier cases `(Case #SC25-0NNN)` that are not records and "
            "not counted (their numbers are listed nowhere); some paragraphs cite a prior-year case "
            "`(Case #SC24-NNNN)` in the middle, before their own number (related, kind `prior_case`). "
            "Count line `Incidents reported in this bulletin: N (3 updates on earlier cases, not counted)`.",
            "the generator's record dicts; checked by taking the last `(Case #...)` of each capitalised paragraph",
            "paragraphs counted against the bulletin's own count line"))
    # 4
    f = "san-aurelio-pr-pm"
    (OUT / f).mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED + 4)
    recs = make_sa(rng, 62)
    name = "sapm-hojas-de-incidente-2025-09.pdf"
    draw_sa(OUT / f / name, recs)
    gts[f] = [entry(
        f, name, "make_blind_logs84.py (seed 20261184 + 4)", "Policía Municipal de San Aurelio, PR [invented]",
        "monthly incident sheets (form grid per querella)", "labelled blocks", recs,
        lambda r: {"case_number": r["case_number"], "reported_at": r["reported_at"], "type": r["type"],
                   "location": r["location"], "disposition": r["disposition"]},
        ["case_number", "type", "reported_at", "location", "disposition", "unit"],
        "Each querella is a small form: a caption row in small bold capitals (`QUERELLA NÚM.`, `FECHA Y HORA`, "
        "`AGENTE`, `DISPOSICIÓN`) with the values on the line BELOW, then a second caption row (`DELITO(S)`, "
        "`LUGAR DE LOS HECHOS`) with its values below, then a dashed separator. Captions are Spanish only and sit "
        "above their values, not beside them. Dates `05-sep-2025 14:22`. Several offences of one querella are "
        "joined with `; ` on one line (a list in the sample). Traps: road locations `Carr. PR-987 km 4.2` and "
        "`Carr. PR-6614 int. km 0.9` (numbers that are not records), the agent column `Placa NNN` (a badge). "
        "Count line `Querellas en este informe: N`.",
        "the generator's record dicts; checked by the value line under each `QUERELLA NÚM.` caption",
        "forms counted against the count line on the last page")]
    # 5
    f = "penas-blancas-pr-pm"
    (OUT / f).mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED + 5)
    items, recs = make_pb(rng, 70)
    name = "pbpm-libro-de-novedades-2025-10-06.pdf"
    draw_pb(OUT / f / name, items, recs)
    gts[f] = [entry(
        f, name, "make_blind_logs84.py (seed 20261184 + 5)", "Policía Municipal de Peñas Blancas, PR [invented]",
        "station logbook transcription (Libro de Novedades), one week", "free text", recs,
        lambda r: {"case_number": r["case_number"], "reported_at": f"{fecha_larga(r['day'])} {r['time']} hrs.",
                   "type": r["type"], "location": r["location"], "disposition": r["disposition"]},
        ["case_number", "type", "reported_at", "location", "disposition", "unit"],
        "Typed transcription of the station logbook: Spanish day headings (`Lunes, 6 de octubre de 2025`), then "
        "entries in time order, each starting with a time anchor `HHMM hrs.` and wrapping with a hanging indent. "
        "Entries `HHMM hrs. Querella NNNN-25: ...` are records (id is sequence-dash-two-digit-year); entries "
        "`HHMM hrs. Novedad: ...` (patrols, shift changes, escorts) are not records and carry no number, though "
        "some print a patrol car `P-NN` and an odometer. Inside records: the agent's badge `placa NNNN`, a vehicle "
        "plate `tablilla JKL-NNN`, and sometimes the state police querella `2025-3-NNN-NNNN` (related, kind "
        "`ppr_querella`). Sample `reported_at` joins the day heading and the time anchor. Count line "
        "`Resumen: N querellas y M novedades anotadas.`",
        "the generator's record dicts; checked by a regex on the `Querella NNNN-25:` time-anchored entries",
        "entries counted against the Resumen line")]
    for folder, g in gts.items():
        (OUT / folder / "groundtruth.json").write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
