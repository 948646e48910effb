"""Generate the ninth held-out set of incident-log PDFs and their ground truth.

Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run from anywhere:
    python tests/documents/blind_logs9/make_blind_logs9.py [OUT_DIR]
"""

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
SEED = 20251209

STREETS = ["Ambergate", "Birchmont", "Cinder", "Driftwood", "Elmshade", "Fallowfield", "Gannet", "Hazelrig",
           "Ironbark", "Jessamine", "Kittiwake", "Lodestone", "Marram", "Netherby", "Oriel", "Puffin",
           "Quayside", "Rushmere", "Sandpiper", "Thistledown", "Umber", "Vetch", "Wickham"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]
TYPES = ["Theft", "Burglary", "Vandalism", "Assault", "Disturbance", "Suspicious Person", "Welfare Check",
         "Traffic Collision", "DUI", "Drug Violation", "Trespass", "Fraud", "Harassment", "Noise Complaint",
         "Stolen Vehicle", "Found Property", "Alarm", "Domestic Dispute", "Shoplifting", "Missing Person"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def times(r, n, days):
    """n sorted (day, hh, mm) over the given days."""
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def address(r):
    return f"{r.randint(1, 79) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice([1, 1, 1, 2, 3])
        out.append(k)
    return out


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


# ---------------------------------------------------------------- 1. transit police, bilingual header

TRANSIT_STATIONS = ["Plaza Central Station", "Line 2 - Arroyo Seco Platform", "Mesa Norte Park & Ride",
                    "Line 1 - Bus 14 eastbound", "Rio Claro Transit Center", "Line 3 - Vista Loma Platform",
                    "Calle Ocho Bus Bay C", "Union Yard Maintenance Gate"]
TRANSIT_TYPES = ["Fare Evasion", "Assault on Operator", "Theft", "Vandalism / Graffiti", "Trespass on Tracks",
                 "Disorderly Conduct", "Medical Assist", "Lost Property", "Suspicious Package",
                 "Robbery", "Indecent Exposure", "Narcotics"]


def transit_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        rec = {"case_number": f"PAT25-{k:05d}", "reported_at": f"{day} {h:02d}:{m:02d}",
               "type": r.choice(TRANSIT_TYPES), "location": r.choice(TRANSIT_STATIONS),
               "disposition": r.choice(["Report Taken", "Arrest", "Cited", "Cleared", "Referred", "Unfounded"]),
               "related": []}
        if rec["disposition"] == "Cited":
            num = f"TC{r.randint(100000, 999999)}"
            rec["disposition"] = f"Cited / Citación {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred":
            num = f"APD 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_transit(path, recs, label):
    w, h = letter
    cols = [(36, "Case No.", "Núm. de caso"), (116, "Date / Time", "Fecha / Hora"),
            (200, "Incident", "Incidente"), (320, "Station or Line", "Estación o línea"),
            (460, "Disposition", "Resolución")]
    per_page = 44
    pages = (len(recs) + per_page - 1) // per_page
    c = new_canvas(path, letter)
    for p in range(pages):
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(w / 2, h - 40, "Puerto Alto Regional Transit Police [invented]")
        c.setFont("Helvetica-Oblique", 10)
        c.drawCentredString(w / 2, h - 54, "Policía Regional de Tránsito de Puerto Alto")
        c.setFont("Helvetica", 9)
        c.drawCentredString(w / 2, h - 68, f"Daily Incident Log / Registro diario de incidentes - {label}")
        y = h - 92
        for x, en, es in cols:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, y, en)
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(x, y - 9, es)
        c.line(36, y - 13, w - 36, y - 13)
        y -= 25
        c.setFont("Helvetica", 7.5)
        for rec in recs[p * per_page:(p + 1) * per_page]:
            vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["disposition"]]
            for (x, _, _), v in zip(cols, vals):
                c.drawString(x, y, v)
            y -= 13
        if p == pages - 1:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y - 8, f"Total incidents / Total de incidentes: {len(recs)}")
        c.setFont("Helvetica", 7)
        c.drawString(36, 30, "Transit Police Records / Archivos: 505-555-0142")
        c.drawRightString(w - 36, 30, f"Page {p + 1} of {pages} / Página {p + 1} de {pages}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 2. calls for service, unruled, no year

CFS_TYPES = ["ALARM BURG", "ANIMAL COMPL", "CIVIL STANDBY", "DISTURB", "FOLLOW UP", "HIT AND RUN",
             "JUV PROBLEM", "LARCENY", "MVA PDI", "NOISE", "PARKING", "SUSP VEH", "TRAFFIC STOP",
             "WELFARE CHK", "911 HANGUP", "AREA CHECK"]


def cfs_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        rec = {"case_number": f"CL{k:07d}", "reported_at": f"{day} {h:02d}:{m:02d}", "type": r.choice(CFS_TYPES),
               "location": address(r).upper(), "unit": f"{r.randint(1, 4)}{r.choice('ABC')}{r.randint(10, 39)}",
               "disposition": r.choice(["ADV", "GOA", "RPT", "CIT", "ARR", "CLR", "UTL"]), "related": []}
        if rec["disposition"] == "CIT":
            num = f"{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"CIT {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "RPT" and r.random() < 0.5:
            num = f"MSP 25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"RPT/{num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_cfs(path, recs, label):
    w, h = landscape(letter)
    xs = [40, 96, 124, 152, 470, 640, 672]  # very uneven: nature gets a wide gap, address little
    per_page = 40
    pages = (len(recs) + per_page - 1) // per_page
    c = new_canvas(path, landscape(letter))
    for p in range(pages):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 40, f"Corwin Lake Township Police Department [invented] - Calls for Service {label}")
        c.setFont("Helvetica", 8)
        c.drawString(40, h - 54, "Summary by call received. Year 2025 unless noted.")
        y = h - 80
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in zip(xs, ["Call", "Date", "Time", "Nature", "Address", "Unit", "Disp"]):
            c.drawString(x, y, t)
        y -= 14
        c.setFont("Helvetica", 7.5)
        for rec in recs[p * per_page:(p + 1) * per_page]:
            day, tm = rec["reported_at"].split()
            for x, v in zip(xs, [rec["case_number"], day, tm, rec["type"], rec["location"], rec["unit"],
                                 rec["disposition"]]):
                c.drawString(x, y, v)
            y -= 11.5
        if p == pages - 1:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y - 10, f"Calls listed: {len(recs)}    Units dispatched: {len(recs) + 17}")
        c.setFont("Helvetica", 7)
        c.drawString(40, 24, f"Pg {p + 1}   printed 11/03 06:15   Corwin Lake Twp 269-555-0117")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. harbor patrol, key: value boxes

HARBOR_TYPES = ["Vessel Aground", "Fuel Spill", "Mooring Violation", "No-Wake Violation", "Person in Water",
                "Theft from Vessel", "Boating Under Influence", "Disabled Vessel", "Dock Trespass",
                "Navigation Hazard"]
HARBOR_PLACES = ["Outer Mooring Field", "Pier 4 Float", "Fisherman's Wharf Slip 22", "Channel Marker G7",
                 "Town Landing Ramp", "North Breakwater", "Fuel Dock", "Inner Basin Slip 9"]


def harbor_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        rec = {"case_number": f"GH-25-{k:04d}", "reported_at": f"{day} {h:02d}{m:02d}",
               "type": r.choice(HARBOR_TYPES), "location": r.choice(HARBOR_PLACES),
               "vessel": f"ME {r.randint(1000, 9999)} {r.choice(['AB', 'CD', 'HR', 'TK'])}",
               "unit": f"Marine {r.randint(1, 4)}",
               "disposition": r.choice(["Assisted", "Warning", "Summons", "Report", "Towed", "Cleared"]),
               "ref": "", "related": []}
        roll = r.random()
        if roll < 0.25:
            num = f"USCG {r.randint(1000000, 9999999)}"
            rec["ref"] = num
            rec["related"].append(("other_agency_case", num))
        elif roll < 0.4:
            num = f"GH-25-{k - r.randint(20, 200):04d}"
            rec["ref"] = f"Follow-up to {num}"
            rec["related"].append(("earlier_case_cited", num))
        elif rec["disposition"] == "Summons":
            num = f"S{r.randint(100000, 999999)}"
            rec["ref"] = f"Summons {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def draw_harbor(path, recs, label):
    w, h = letter
    c = new_canvas(path, letter)
    box_h, page = 58, 1

    def head():
        c.setFont("Times-Bold", 13)
        c.drawString(40, h - 42, "Grayhaven Harbor Patrol [invented]")
        c.setFont("Times-Roman", 10)
        c.drawString(40, h - 56, f"Harbormaster's Patrol Log - {label}")
        c.drawRightString(w - 40, h - 42, "VHF Ch. 16 / 09")
        c.setFont("Times-Italic", 8)
        c.drawString(40, 28, "Grayhaven Harbormaster, 207-555-0163")
        c.drawRightString(w - 40, 28, f"Sheet {page}")
        return h - 76

    y = head()
    for rec in recs:
        if y - box_h < 48:
            c.showPage()
            page += 1
            y = head()
        c.setLineWidth(0.6)
        c.rect(40, y - box_h + 6, w - 80, box_h - 2)
        left = [("Incident No", rec["case_number"]), ("Date/Time", rec["reported_at"]), ("Type", rec["type"]),
                ("Vessel", rec["vessel"])]
        right = [("Location", rec["location"]), ("Unit", rec["unit"]), ("Disposition", rec["disposition"]),
                 ("Ref", rec["ref"] or "-")]
        for col, pairs in ((48, left), (310, right)):
            yy = y - 6
            for k, v in pairs:
                c.setFont("Times-Bold", 8.5)
                c.drawString(col, yy, f"{k}:")
                c.setFont("Times-Roman", 8.5)
                c.drawString(col + 62, yy, v)
                yy -= 12
        y -= box_h + 2
    c.setFont("Times-Bold", 9)
    c.drawString(40, y - 8, f"Entries this log: {len(recs)}. Tide at high water 10.4 ft.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. case number as year | serial

def split_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        rec = {"case_number": f"25-{k:06d}", "year": "25", "serial": f"{k:06d}",
               "reported_at": f"{day} {h:02d}{m:02d}", "type": r.choice(TYPES), "location": address(r),
               "officer": f"#{r.randint(101, 389)}", "remarks": "", "related": []}
        parts = [r.choice(["Report taken.", "Parties separated.", "Area checked, nothing found.",
                           "Owner notified.", "Scene cleared.", "Victim declined prosecution."])]
        roll = r.random()
        if roll < 0.2:
            num = f"25-{k - r.randint(30, 400):06d}"
            parts.append(f"Supplement to {num}.")
            rec["related"].append(("earlier_case_cited", num))
        elif roll < 0.35:
            num = f"{r.randint(1000000, 9999999)}"
            parts.append(f"Warrant {num} served, subject transported to county.")
            rec["related"].append(("warrant", num))
        elif roll < 0.5:
            num = f"PSP {r.choice(['G', 'H'])}{r.randint(10, 99)}-{r.randint(100000, 999999)}"
            parts.append(f"State Police assisted, their incident {num}.")
            rec["related"].append(("other_agency_case", num))
        rec["remarks"] = " ".join(parts)
        recs.append(rec)
    return recs


def draw_split(path, recs, label):
    w, h = letter
    xs = [36, 56, 98, 146, 176, 280, 400, 432]
    c = new_canvas(path, letter)
    page = 1

    def head():
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "Embry Falls Police Department [invented]")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 53, f"Police Blotter - {label}")
        y = h - 74
        c.setFont("Helvetica-Bold", 7)
        for x, t in zip(xs, ["Yr", "Case", "Date", "Time", "Offense", "Location", "Ofc", "Remarks"]):
            c.drawString(x, y, t)
        c.line(36, y - 3, w - 36, y - 3)
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 26, "Case numbers are cited YY-NNNNNN. Records Unit 610-555-0129.")
        c.drawRightString(w - 36, 26, f"Page {page}")
        return y - 13

    y = head()
    for rec in recs:
        lines = simpleSplit(rec["remarks"], "Helvetica", 7, w - 36 - xs[7])
        c.setFont("Helvetica", 7)
        for x, v in zip(xs, [rec["year"], rec["serial"], rec["reported_at"].split()[0],
                             rec["reported_at"].split()[1], rec["type"], rec["location"], rec["officer"]]):
            c.drawString(x, y, v)
        for line in lines:
            if y < 50:  # remarks run on over the page break
                c.showPage()
                page += 1
                y = head()
                c.setFont("Helvetica", 7)
            c.drawString(xs[7], y, line)
            y -= 9.5
        y -= 3
        if y < 40:
            c.showPage()
            page += 1
            y = head()
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(36, y - 6, f"Total cases: {len(recs)}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 5. mainframe listing, two lines per record

MF_TYPES = ["BURGLARY RES", "BURGLARY COMM", "THEFT UNDER 1000", "CRIM MISCHIEF", "ASSAULT 3RD",
            "DWI", "HARASSMENT", "LIVESTOCK AT LARGE", "TERRORISTIC THREAT", "FORGERY", "DOMESTIC",
            "STOLEN VEHICLE", "RECKLESS DRIVING", "TRESPASS"]


def mf_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        mm, dd = day.split("/")[:2]
        rec = {"case_number": f"HC2510-{k:05d}", "reported_at": f"{mm}/{dd}/25 {h:02d}{m:02d}",
               "type": r.choice(MF_TYPES), "location": address(r).upper(), "unit": f"{r.randint(1, 6)}S{r.randint(10, 40)}",
               "disposition": r.choice(["ARREST", "REPORT", "CLEARED", "REFERRED", "INACTIVE", "CITATION"]),
               "ref": "", "related": []}
        if rec["disposition"] == "CITATION":
            num = f"{r.randint(10000000, 99999999)}"
            rec["ref"] = f"CIT {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "REFERRED":
            num = f"ASP 25-{r.randint(100000, 999999)}"
            rec["ref"] = num
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "ARREST" and r.random() < 0.5:
            num = f"W25-{r.randint(1000, 9999)}"
            rec["ref"] = f"WARR {num}"
            rec["related"].append(("warrant", num))
        recs.append(rec)
    return recs


def draw_mf(path, recs, label):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    lh, top, bottom = 10.8, h - 92, 40
    page = 1

    def head():
        c.setFont("Courier-Bold", 8.5)
        c.drawString(36, h - 36, f"RPT CAD415   HARLOW COUNTY SHERIFF [INVENTED]   INCIDENT LISTING   {label}"
                                 f"   PAGE {page:04d}")
        c.setFont("Courier", 8.5)
        c.drawString(36, h - 48, "RUN 10/19/25 05:00:13   REGION 04   OPERATOR 0071")
        c.drawString(36, h - 66, "SEQ   INCIDENT      DATE     TIME NATURE               LOCATION")
        c.drawString(36, h - 77, "                    UNIT     DISPOSITION  REFERENCE")
        c.drawString(36, h - 84, "-" * 100)
        return top

    y = head()
    seq = 0
    for rec in recs:
        seq += 1
        d, t = rec["reported_at"].split()
        lines = [f"{seq:04d}  {rec['case_number']:<13} {d} {t} {rec['type']:<20} {rec['location']}",
                 f"{'':20}{rec['unit']:<8} {rec['disposition']:<12} {rec['ref']}"]
        if seq % 2 == 0:  # green-bar band behind every other record
            c.setFillGray(0.9)
            c.rect(34, y - lh - 2.5, w - 68, 2 * lh, stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont("Courier", 8.5)
        for line in lines:
            if y < bottom:  # the second line of a record may land on the next page
                c.showPage()
                page += 1
                y = head()
                c.setFont("Courier", 8.5)
            c.drawString(36, y, line.rstrip())
            y -= lh
        if y < bottom:
            c.showPage()
            page += 1
            y = head()
    c.setFont("Courier", 8.5)
    c.drawString(36, y - 4, f"*** END OF REPORT ***   RECORDS PRINTED: {len(recs):04d}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- ground truth


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = []
    for rec in recs:
        for kind, num in rec["related"]:
            related.append({"record": rec["case_number"], "kind": kind, "number": num})
    n = len(recs)
    samples = [{k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs9.py) from the records it drew; "
                               "checked by check_blind_logs9.py against `pdftotext` text",
        "record_count_check": count_check, "notes": notes,
    }


def write(d, gt):
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def folder(name):
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    return d


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = folder(name)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        draw(d / fname, recs, label)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    write(d, gt)


def main():
    one_agency(
        "puerto-alto-nm-transit-pd", 1,
        [("pat-incident-log-2025-10-20.pdf", ["10/20/2025"], "10/20/2025", 58, 3100),
         ("pat-incident-log-2025-10-21.pdf", ["10/21/2025"], "10/21/2025", 63, 3200)],
        transit_records, draw_transit, "Puerto Alto Regional Transit Police, NM [invented]",
        "daily transit police incident log, bilingual", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Title in English with a Spanish line under it; every column title is printed twice, English over "
        "Spanish in italics (Case No. / Núm. de caso, Date / Time / Fecha / Hora, Incident / Incidente, Station "
        "or Line / Estación o línea, Disposition / Resolución), repeated per page. reported_at is printed "
        "'MM/DD/YYYY HH:MM'. Dispositions cite the city police (Referred to APD 25-NNNNN) and citations "
        "(Cited / Citación TCNNNNNN). Footer with a phone and 'Page n of N / Página n de N'; 'Total incidents "
        "/ Total de incidentes: N' after the last record.",
        "rows counted from the generator; the closing total equals record_count")
    one_agency(
        "corwin-lake-township-mi-pd", 2,
        [("clt-calls-for-service-2025-10-13-19.pdf",
          [f"10/{d}" for d in range(13, 20)], "October 13-19, 2025", 74, 251400)],
        cfs_records, draw_cfs, "Corwin Lake Township Police Department, MI [invented]",
        "calls for service summary, one week", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"],
        "Landscape, no rules at all; one row per call with very uneven column widths (a wide gap after Nature, "
        "Address close to Unit and Disp). Date printed 'MM/DD' without year (the year is only in the title and "
        "the note under it); reported_at joins Date and Time as printed ('10/14 13:05'). Disp is a code, or "
        "'CIT NNNNNNN' (seven bare digits, a citation) or 'RPT/MSP 25-NNNN' (state police case). Footer "
        "'Pg n   printed 11/03 06:15' with a phone; 'Calls listed: N    Units dispatched: M' at the end.",
        "rows counted from the generator; 'Calls listed' equals record_count")
    one_agency(
        "grayhaven-me-harbor-patrol", 3,
        [("ghp-patrol-log-2025-09.pdf", [f"09/{d:02d}/2025" for d in range(1, 31)], "September 2025", 44, 380),
         ("ghp-patrol-log-2025-10.pdf", [f"10/{d:02d}/2025" for d in range(1, 32)], "October 2025", 47, 480)],
        harbor_records, draw_harbor, "Grayhaven Harbor Patrol, ME [invented]",
        "harbormaster's monthly patrol log", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "vessel", "unit", "disposition"],
        "Each record is a ruled box holding key: value pairs in two columns: left Incident No, Date/Time "
        "('MM/DD/YYYY HHMM'), Type, Vessel (a state registration like 'ME 4471 AB'); right Location, Unit, "
        "Disposition, Ref. `pdftotext -layout` puts the left and right pairs on the same text line. Ref holds "
        "Coast Guard cases (USCG NNNNNNN), earlier patrol cases of the same series ('Follow-up to GH-25-NNNN') "
        "and summonses (Summons SNNNNNN), or '-'. Header with a radio channel 'VHF Ch. 16 / 09', footer phone "
        "and 'Sheet n'; 'Entries this log: N. Tide at high water 10.4 ft.' at the end. Boxes are not split.",
        "boxes counted from the generator; the closing count equals record_count")
    one_agency(
        "embry-falls-pa-pd", 4,
        [("efpd-blotter-2025-10-06-12.pdf", [f"10/{d:02d}/2025" for d in range(6, 13)], "October 6-12, 2025",
          66, 4700),
         ("efpd-blotter-2025-10-13-19.pdf", [f"10/{d:02d}/2025" for d in range(13, 20)], "October 13-19, 2025",
          71, 4900)],
        split_records, draw_split, "Embry Falls Police Department, PA [invented]",
        "weekly police blotter", "table with header",
        ["case_number", "reported_at", "type", "location", "officer", "remarks"],
        "The case number is printed in two columns: Yr ('25') and Case (a six-digit serial, '004812'); the "
        "record id joins them as the footer says cases are cited ('25-004812'). reported_at joins Date and "
        "Time ('MM/DD/YYYY HHMM'). Remarks wrap over 1-3 lines and can run on over a page break (the rest "
        "under the next page's header). Remarks cite earlier cases in the joined form ('Supplement to "
        "25-NNNNNN'), warrants (seven bare digits) and State Police incidents (PSP GNN-NNNNNN). Footer phone "
        "and 'Page n'; 'Total cases: N' at the end.",
        "rows counted from the generator; the closing total equals record_count")
    one_agency(
        "harlow-county-ar-so", 5,
        [("hcso-cad415-2025-10-13-18.pdf", [f"10/{d:02d}/2025" for d in range(13, 19)], "10/13/25-10/18/25",
          132, 700)],
        mf_records, draw_mf, "Harlow County Sheriff's Office, AR [invented]",
        "mainframe incident listing, six days", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"],
        "Landscape Courier, fixed-width columns from a mainframe report (RPT CAD415). Each record takes two "
        "lines: SEQ (0001, 0002, ... a running line number, not an id), INCIDENT (HC2510-NNNNN), DATE "
        "(MM/DD/YY), TIME (HHMM), NATURE, LOCATION; then indented UNIT, DISPOSITION, REFERENCE. A grey "
        "green-bar band behind every other record. The second line of a record can fall on the next page. "
        "REFERENCE holds Arkansas State Police cases (ASP 25-NNNNNN), citations (CIT NNNNNNNN) and warrants "
        "(WARR W25-NNNN). Page header 'PAGE 000n', 'RUN 10/19/25 05:00:13', 'REGION 04', 'OPERATOR 0071'; "
        "'*** END OF REPORT ***   RECORDS PRINTED: 0NNN' at the end.",
        "records counted from the generator; RECORDS PRINTED equals record_count")


if __name__ == "__main__":
    main()
