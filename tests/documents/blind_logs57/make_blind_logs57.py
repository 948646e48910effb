"""Generate the fifty-seventh held-out set of incident-log PDFs and their ground truth.

Five invented California city police departments, as their city websites post logs: a weekly
media bulletin with a statute-code column beside the id; a council-agenda attachment (staff-report
cover with a crime-statistics table, agenda banner and "Packet Pg." stamp on every page); an
activity summary by beat in labelled blocks with beat subtotals; a city e-newsletter blotter set
in two text columns, entries flowing over the column and page breaks; and a log reposted after
the city's network incident, under a notice, grouped by reporting district, two lines an entry,
dates without year. Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs57/make_blind_logs57.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20251757
CALLES = ["Calle Luna", "Paseo Marina", "Avenida Solana", "Camino Real Alto", "Via Corona", "Calle Ortega",
          "Mesa Verde Dr", "Arroyo Seco Rd", "Los Olivos Ave", "Vista Grande Blvd", "Encina St", "Sycamore Ln",
          "Manzanita Way", "Calle Primavera", "Rancho Bonito Rd", "Pacific Crest Dr", "Alameda Pl"]
W, H = letter


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def block(r, upper=True):
    s = f"{r.randint(1, 39) * 100} BLK {r.choice(CALLES)}"
    return s.upper() if upper else s.replace("BLK", "blk")


def stamps(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [datetime.datetime(*days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


# ---------------------------------------------------------------- A: Alcanza Vista media bulletin

AV_CODES = [("459 PC", "BURGLARY - RESIDENTIAL"), ("459 PC", "BURGLARY - VEHICLE"), ("484 PC", "PETTY THEFT"),
            ("487(a) PC", "GRAND THEFT"), ("10851 VC", "VEHICLE THEFT"), ("594 PC", "VANDALISM"),
            ("242 PC", "BATTERY"), ("245(a)(1) PC", "ASSAULT W/ DEADLY WEAPON"), ("23152(a) VC", "DUI ALCOHOL"),
            ("11350(a) HS", "POSSESSION CONTROLLED SUBST"), ("647(f) PC", "DRUNK IN PUBLIC"),
            ("602 PC", "TRESPASSING"), ("530.5 PC", "IDENTITY THEFT"), ("20002 VC", "HIT AND RUN - PROPERTY")]
AV_DISP = ["REPORT TAKEN", "REPORT TAKEN", "ARREST", "CITED", "INFO ONLY", "SUSPENDED - NO LEADS",
           "REFERRED TO DETECTIVES", "OUTSIDE AGENCY"]


def av_records(r, days_, n, start):
    recs = []
    for t, k in zip(stamps(r, days_, n), series(r, n, start)):
        code, typ = r.choice(AV_CODES)
        rec = {"case_number": f"25-{k:06d}", "reported_at": t.strftime("%m/%d/%Y %H%M"), "code": code,
               "type": typ, "location": block(r), "disposition": r.choice(AV_DISP), "related": []}
        if rec["disposition"] == "ARREST":
            num = f"B25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"ARREST - BOOKED {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CITED":
            num = f"AV{r.randint(100000, 999999)}"
            rec["disposition"] = f"CITED AND RELEASED, CITE {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "OUTSIDE AGENCY":
            num = f"SDSO {r.randint(25, 25)}-{r.randint(100000, 999999)}"
            rec["disposition"] = f"HANDLED BY SHERIFF, {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_av(path, recs, label, pages):
    c = new_canvas(path)
    cols = [(36, "DR No."), (92, "Reported"), (160, "Code"), (222, "Description"), (352, "Location"),
            (466, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, H - 40, "CITY OF ALCANZA VISTA POLICE DEPARTMENT")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, H - 53, f"Weekly Media Bulletin  -  {label}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, H - 74, t)
        c.setLineWidth(0.4)
        c.line(36, H - 77, W - 36, H - 77)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(36, 30, "Posted on the city website. Media line (760) 555-0117. Arrests are not convictions.")
        c.drawRightString(W - 36, 30, f"page {page[0]} of {pages or 0}")
        return H - 88

    y = head()
    for rec in recs:
        cells = [(222, wrap(rec["type"], "Helvetica", 7, 124)), (352, wrap(rec["location"], "Helvetica", 7, 108)),
                 (466, wrap(rec["disposition"], "Helvetica", 7, 110))]
        lines = max(len(x[1]) for x in cells)
        if y - 9 * lines < 52:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 7)
        c.drawString(36, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        c.drawString(92, y, rec["reported_at"])
        c.drawString(160, y, rec["code"])
        for x, cell in cells:
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 4
    part1 = sum(1 for rec in recs if rec["code"].split()[0] in ("459", "484", "487(a)", "10851", "245(a)(1)"))
    if y < 90:
        c.showPage()
        y = head()
    c.line(36, y + 2, W - 36, y + 2)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 10, f"Part I offenses: {part1}    Part II and other: {len(recs) - part1}    "
                             f"Total reports this week: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: San Teodoro council attachment

ST_TYPES = ["Burglary", "Theft from Vehicle", "Shoplifting", "Stolen Vehicle", "Vandalism", "Assault",
            "Domestic Violence", "Robbery", "Fraud", "Found Property", "Mental Health Hold (5150 WI)",
            "Traffic Collision - Injury", "Narcotics", "Trespass"]
ST_DISP = ["Report", "Report", "Arrest", "Citation", "Unfounded", "Referred", "Closed"]


def st_records(r, days_, n, start):
    recs = []
    for t, k in zip(stamps(r, days_, n), series(r, n, start)):
        rec = {"case_number": f"2025-{k:06d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(ST_TYPES), "location": block(r, upper=False), "beat": str(r.randint(1, 6)),
               "disposition": r.choice(ST_DISP), "related": []}
        if rec["disposition"] == "Arrest":
            num = f"BK-{r.randint(2500000, 2599999)}"
            rec["disposition"] = f"Arrest, booking {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Citation":
            num = f"ST{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Citation {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred":
            num = f"CHP 25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Referred to CHP ({num})"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_st(path, recs, label, pages):
    c = new_canvas(path)
    page = [0]
    pg0 = 211

    def furniture():
        page[0] += 1
        c.setFillGray(0.85)
        c.rect(36, H - 34, W - 72, 16, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, H - 29, "Attachment 2  |  Agenda Item 6.B  |  Regular Meeting of November 4, 2025")
        c.saveState()
        c.translate(W - 18, H / 2)
        c.rotate(90)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(0, 0, f"Packet Pg. {pg0 + page[0]}")
        c.restoreState()
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 24, f"San Teodoro City Council Agenda Packet - page {page[0]} of {pages or 0}")

    # cover: staff report with a statistics table that is not a list of records
    furniture()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(54, H - 70, "CITY OF SAN TEODORO - AGENDA REPORT")
    c.setFont("Helvetica", 9)
    lines = ["TO: Honorable Mayor and City Council", "FROM: Chief of Police",
             f"SUBJECT: Monthly Police Activity Report, {label}",
             "RECOMMENDATION: Receive and file the attached incident listing.",
             "FISCAL IMPACT: None. Questions: Police Records Unit, (805) 555-0163."]
    y = H - 92
    for t in lines:
        c.drawString(54, y, t)
        y -= 13
    y -= 10
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, y, "Table 1. Reported incidents by category")
    y -= 16
    for x, t in ((54, "Category"), (260, label.split()[0]), (340, "Prior month"), (430, "Change")):
        c.drawString(x, y, t)
    c.setFont("Helvetica", 9)
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    rr = random.Random(len(recs))
    for typ, k in sorted(counts.items()):
        y -= 12
        prior = max(1, k + rr.randint(-3, 3))
        c.drawString(54, y, typ)
        c.drawRightString(290, y, str(k))
        c.drawRightString(380, y, str(prior))
        c.drawRightString(470, y, f"{round(100 * (k - prior) / prior):+d}%")
    y -= 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, y, "All categories")
    c.drawRightString(290, y, str(len(recs)))
    c.showPage()

    cols = [(40, "Case No."), (104, "Date"), (152, "Time"), (184, "Offense"), (306, "Location"), (418, "Beat"),
            (446, "Disposition")]

    def head():
        furniture()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, H - 56, f"San Teodoro Police Department - Incident Listing, {label}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, H - 74, t)
        c.rect(36, H - 78, W - 72, 13, stroke=1, fill=0)
        return H - 90

    y = head()
    for rec in recs:
        cells = [(184, wrap(rec["type"], "Helvetica", 7, 116)), (306, wrap(rec["location"], "Helvetica", 7, 106)),
                 (446, wrap(rec["disposition"], "Helvetica", 7, 116))]
        lines = max(len(x[1]) for x in cells)
        if y - 9 * lines < 50:
            c.showPage()
            y = head()
        d, t = rec["reported_at"].split()
        c.setFont("Helvetica", 7)
        for x, v in ((40, rec["case_number"]), (104, d), (152, t), (422, rec["beat"])):
            c.drawString(x, y, v)
        for x, cell in cells:
            for j, v in enumerate(cell):
                c.drawString(x, y - 9 * j, v)
        c.setLineWidth(0.2)
        c.line(36, y - 9 * lines + 6, W - 36, y - 9 * lines + 6)
        y -= 9 * lines + 4
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y - 8, f"Incidents listed: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Rincon del Mar beat summary

RM_BEATS = ["1 - HARBOR", "2 - MESA NORTE", "3 - OLD TOWN", "4 - LAS LOMAS"]
RM_NATURE = ["Burglary - Vehicle (459 PC)", "Petty Theft (484 PC)", "Vandalism (594 PC)",
             "Disturbance - Party", "Suspicious Vehicle", "Battery (242 PC)", "Welfare Check",
             "Stolen Bicycle (487 PC)", "Drunk in Public (647(f) PC)", "Illegal Camping (RMMC 9.20)",
             "Traffic Collision - Property", "Brandishing (417 PC)"]
RM_OUT = ["Report taken", "Report taken", "Gone on arrival", "Advised and released", "Arrest", "Cited",
          "Assist other agency", "Unable to locate"]


def rm_records(r, days_, n, start):
    recs = []
    for t, k in zip(stamps(r, days_, n), series(r, n, start)):
        beat = r.randrange(len(RM_BEATS))
        rec = {"case_number": f"R25-{k:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "beat": beat,
               "rd": f"{beat + 1}{r.randint(1, 9):02d}", "type": r.choice(RM_NATURE),
               "location": block(r, upper=False), "disposition": r.choice(RM_OUT), "related": []}
        if rec["disposition"] == "Arrest":
            num = f"BKG 25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"Arrest; booked at county jail, {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Cited":
            num = f"RM{r.randint(10000, 99999)}"
            rec["disposition"] = f"Cited, notice to appear {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Assist other agency":
            num = f"OSO 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Assist other agency; Sheriff case {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return sorted(recs, key=lambda x: (x["beat"], x["case_number"]))


def draw_rm(path, recs, label, pages):
    c = new_canvas(path)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 42, "Rincon del Mar Police Department")
        c.setFont("Helvetica", 9)
        c.drawString(40, H - 55, f"Activity Summary by Beat  -  {label}")
        c.drawRightString(W - 40, H - 42, f"{page[0]} / {pages or 0}")
        c.line(40, H - 60, W - 40, H - 60)
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 26, "Summary compiled from the records system for the city website; "
                             "Records (949) 555-0148.")
        return H - 78

    y = head()
    for b, name in enumerate(RM_BEATS):
        mine = [rec for rec in recs if rec["beat"] == b]
        if y < 150:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, f"BEAT {name}")
        y -= 18
        for rec in mine:
            out = wrap(rec["disposition"], "Helvetica", 8, 380)
            need = 12 * (3 + len(out)) + 8
            if y - need < 44:
                c.showPage()
                y = head()
                c.setFont("Helvetica-Bold", 10)
                c.drawString(40, y, f"BEAT {name} (cont.)")
                y -= 18
            rows = [("Incident No.", rec["case_number"], "RD", rec["rd"]),
                    ("Received", rec["reported_at"], "Nature", rec["type"]),
                    ("Address", rec["location"], None, None)]
            for l1, v1, l2, v2 in rows:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(52, y, l1)
                if l2:
                    c.drawString(262, y, l2)
                c.setFont("Helvetica", 8)
                c.drawString(122, y, v1)
                if v2:
                    c.drawString(302, y, v2)
                y -= 12
            c.setFont("Helvetica-Bold", 8)
            c.drawString(52, y, "Outcome")
            c.setFont("Helvetica", 8)
            for j, t in enumerate(out):
                c.drawString(122, y - 12 * j, t)
            y -= 12 * len(out) + 8
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(40, y, f"Beat {b + 1} incidents: {len(mine)}")
        y -= 22
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, f"Total, all beats: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Las Palmitas e-news, two columns

LP_TYPES = ["Vehicle burglary", "Residential burglary", "Catalytic converter theft", "Package theft",
            "Vandalism", "Loud party", "Shoplifting", "Stolen vehicle", "Battery", "Suspicious person",
            "Fraud", "Hit and run"]
LP_STORY = ["A window was broken and a bag taken from the back seat.",
            "The caller said the theft happened overnight.",
            "Officers checked the area and spoke with neighbors.",
            "A witness described a dark sedan leaving the scene.",
            "Damage was estimated at several hundred dollars.",
            "The reporting party asked for extra patrol on the street.",
            "Surveillance video was provided to the officer."]
LP_OUT = ["A report was taken.", "A report was taken.", "No report was needed.", "An adult was arrested.",
          "An adult was cited.", "The case was referred to the Sheriff."]


def lp_records(r, days_, n, start):
    recs = []
    for t, k in zip(stamps(r, days_, n), series(r, n, start)):
        hr = t.hour % 12 or 12
        when = f"{t.strftime('%b')}. {t.day}, {t.year}, {hr}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"
        rec = {"case_number": f"LP25-{k:04d}", "reported_at": when, "type": r.choice(LP_TYPES),
               "location": f"{r.randint(1, 29) * 100} block of {r.choice(CALLES)}",
               "summary": " ".join(r.sample(LP_STORY, r.randint(1, 2))), "disposition": r.choice(LP_OUT),
               "related": []}
        if rec["disposition"] == "An adult was arrested.":
            num = f"LPB-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"An adult was arrested and booked (booking {num})."
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "An adult was cited.":
            num = f"C{r.randint(100000, 999999)}"
            rec["disposition"] = f"An adult was cited (citation {num})."
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "The case was referred to the Sheriff.":
            num = f"SO25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"The case was referred to the Sheriff (case {num})."
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def lp_text(rec):
    return (f"{rec['reported_at']} - {rec['type']} (case {rec['case_number']}), {rec['location']}. "
            f"{rec['summary']} {rec['disposition']}")


def draw_lp(path, recs, label, pages):
    c = new_canvas(path)
    colw, gap, top, bottom = 252, 36, H - 96, 50
    xs = [36, 36 + colw + gap]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 20)
        c.drawString(36, H - 48, "Palmitas Today")
        c.setFont("Times-Italic", 10)
        c.drawString(36, H - 62, f"City of Las Palmitas e-news  |  Police Blotter  |  {label}")
        c.drawRightString(W - 36, H - 62, f"Page {page[0]} of {pages or 0}")
        c.line(36, H - 68, W - 36, H - 68)
        c.line(W / 2, top + 10, W / 2, bottom)
        c.setFont("Times-Roman", 7)
        c.drawCentredString(W / 2, 28, "Subscribe at the city website. Police non-emergency: (831) 555-0129.")
        return 0, top

    col, y = head()
    c.setFont("Times-Italic", 9)
    intro = wrap("The blotter lists calls that led to a case number. Times are when the call was received.",
                 "Times-Italic", 9, colw)
    for t in intro:
        c.drawString(xs[col], y, t)
        y -= 11
    y -= 6
    for rec in recs:
        lines = wrap(lp_text(rec), "Times-Roman", 9, colw)
        for j, t in enumerate(lines):
            if y < bottom:
                if col == 0:
                    col, y = 1, top
                else:
                    c.showPage()
                    col, y = head()
            c.setFont("Times-Bold" if j == 0 else "Times-Roman", 9)
            c.drawString(xs[col], y, t)
            y -= 11
        y -= 6
    if y < bottom + 20:
        if col == 0:
            col, y = 1, top
        else:
            c.showPage()
            col, y = head()
    c.setFont("Times-Bold", 9)
    c.drawString(xs[col], y, f"Cases in this blotter: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Vista Arroyo reposted log by RD

VA_RDS = [("412", "LOS PENASCOS"), ("415", "CANYON PARK"), ("421", "CIVIC CENTER"), ("428", "ARROYO FLATS"),
          ("433", "EAST MESA")]
VA_TYPES = ["BURGLARY - COMMERCIAL", "BURGLARY - VEHICLE", "THEFT - BICYCLE", "VANDALISM - GRAFFITI",
            "ASSAULT - SIMPLE", "ROBBERY - STRONGARM", "DISTURBANCE", "STOLEN VEHICLE", "RECOVERED VEHICLE",
            "DUI", "WARRANT ARREST", "MISSING PERSON - ADULT"]
VA_DISP = ["report taken", "report taken", "arrest", "cited", "no report", "CHP handling", "referred to DA"]


def va_records(r, days_, n, start):
    recs = []
    for t, k in zip(stamps(r, days_, n), series(r, n, start)):
        rd = r.randrange(len(VA_RDS))
        rec = {"case_number": f"{t.strftime('%y%m')}-{k:04d}", "reported_at": t.strftime("%a %m/%d %H:%M"),
               "rd": rd, "type": r.choice(VA_TYPES), "location": block(r, upper=False),
               "disposition": r.choice(VA_DISP), "related": [], "t": t}
        if rec["disposition"] == "arrest":
            num = f"Bkg {r.randint(25000000, 25999999)}"
            rec["disposition"] = f"arrest, {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "cited":
            num = f"Cit VA-{r.randint(10000, 99999)}"
            rec["disposition"] = f"cited, {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "CHP handling":
            num = f"CHP {t.strftime('%y%m%d')}-{r.randint(100, 999)}"
            rec["disposition"] = f"CHP handling, {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return sorted(recs, key=lambda x: (x["rd"], x["t"]))


def draw_va(path, recs, label, pages):
    c = new_canvas(path)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(40, H - 40, "VISTA ARROYO POLICE DEPARTMENT - ACTIVITY BY REPORTING DISTRICT")
        c.setFont("Courier", 8)
        c.drawString(40, H - 52, f"{label}  (reposted)")
        c.drawRightString(W - 40, H - 52, f"Pg {page[0]}/{pages or 0}")
        c.setFont("Courier", 7)
        c.drawString(40, 26, "Reposted after the city network incident. Questions: (626) 555-0134.")
        return H - 70

    y = head()
    notice = ("NOTICE 2025-118: On October 9 the city took its website offline after a network security "
              "incident. Police logs removed during the outage are reposted here from the records system. "
              "Addresses are shown to the hundred block. Entries are grouped by reporting district (RD) and "
              "listed by time within each district. Dates are month/day of the year shown above.")
    c.setFillGray(0.92)
    lines = wrap(notice, "Courier", 8, W - 100)
    c.rect(40, y - 11 * len(lines) - 4, W - 80, 11 * len(lines) + 12, stroke=1, fill=1)
    c.setFillGray(0)
    c.setFont("Courier", 8)
    for t in lines:
        c.drawString(48, y, t)
        y -= 11
    y -= 18
    for i, (rd, name) in enumerate(VA_RDS):
        mine = [rec for rec in recs if rec["rd"] == i]
        if y < 120:
            c.showPage()
            y = head()
        c.setFont("Courier-Bold", 9)
        c.drawString(40, y, f"RD {rd}  {name}")
        y -= 14
        for rec in mine:
            if y < 60:
                c.showPage()
                y = head()
                c.setFont("Courier-Bold", 9)
                c.drawString(40, y, f"RD {rd}  {name} (continued)")
                y -= 14
            c.setFont("Courier", 8)
            c.drawString(48, y, f"{rec['case_number']}   {rec['reported_at']}   {rec['type']}")
            c.drawString(72, y - 10, f"at {rec['location']}; {rec['disposition']}")
            y -= 24
        c.setFont("Courier-Oblique", 8)
        c.drawString(40, y, f"RD {rd}: {len(mine)} reports")
        y -= 20
    c.setFont("Courier-Bold", 9)
    c.drawString(40, y, f"Reports posted: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs57.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs57.py) from the records it drew; "
                               "checked by check_blind_logs57.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days_, label, n, start in runs:
        recs = make(r, days_, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "av": ("Portrait 'Weekly Media Bulletin' posted on the city website: column titles repeated per page "
           "under a rule, no rules between rows. Columns: DR No. (25-NNNNNN, bold, the id), Reported "
           "('10/14/2025 0214', MM/DD/YYYY and a 4-digit time without colon; reported_at as printed), Code "
           "(a California statute section such as '459 PC', '245(a)(1) PC', '10851 VC', '11350(a) HS': digits "
           "printed right beside the id, NOT ids), Description (type, wraps), Location (hundred block, wraps), "
           "Disposition (wraps; 'ARREST - BOOKED B25-NNNNN' booking, 'CITE AVNNNNNN' citation and 'HANDLED BY "
           "SHERIFF, SDSO 25-NNNNNN' other-agency case are related, not ids). Ends with one line 'Part I "
           "offenses: X    Part II and other: Y    Total reports this week: N' (only N counts records). "
           "Footer 'page n of N' and a phone.",
           "rows counted from the generator; 'Total reports this week' equals record_count"),
    "st": ("City council agenda-packet attachment. EVERY page has a grey banner 'Attachment 2 | Agenda Item "
           "6.B | Regular Meeting of November 4, 2025', a 'Packet Pg. NNN' stamp printed rotated in the right "
           "margin and a packet footer. Page 1 is the staff report (TO/FROM/SUBJECT, a phone) with 'Table 1. "
           "Reported incidents by category': category names with counts, prior month and % change, and an "
           "'All categories' total; these are NOT records. From page 2 a boxed header row and rows with a "
           "hairline under each: Case No. (2025-NNNNNN, the id), Date (MM/DD/YYYY) and Time (HH:MM) in "
           "SEPARATE columns (reported_at joins them with a space), Offense (type, wraps), Location (hundred "
           "block, wraps), Beat (one digit), Disposition ('Arrest, booking BK-NNNNNNN', 'Citation STNNNNNNN', "
           "'Referred to CHP (CHP 25-NNNN)': related, not ids). Ends 'Incidents listed: N'.",
           "rows counted from the generator; 'Incidents listed' and the cover's 'All categories' equal record_count"),
    "rm": ("'Activity Summary by Beat' in labelled blocks. Sections 'BEAT 1 - HARBOR' ... 'BEAT 4 - LAS "
           "LOMAS' (a section cut by a page break is headed again with '(cont.)'); inside a section blocks are "
           "in id order, so the document is NOT in time order. Each block: 'Incident No.' (R25-NNNNN, the id) "
           "with 'RD' (3-digit reporting district) to its right, 'Received' (MM/DD/YYYY HH:MM, reported_at) "
           "with 'Nature' (type; often with a statute in parentheses, '(459 PC)', '(647(f) PC)', '(RMMC 9.20)') "
           "to its right, 'Address' (hundred block), 'Outcome' (disposition, may wrap; 'booked at county "
           "jail, BKG 25-NNNNNN', 'notice to appear RMNNNNN', 'Sheriff case OSO 25-NNNNN' are related, not "
           "ids). After each section 'Beat k incidents: m' (not a record); ends 'Total, all beats: N'.",
           "blocks counted from the generator; 'Total, all beats' equals record_count"),
    "lp": ("City e-newsletter 'Palmitas Today' police blotter set in TWO TEXT COLUMNS per page with a rule "
           "between them: `pdftotext -layout` prints the two columns side by side on the same lines, and "
           "entries run on from the foot of the left column to the head of the right one and from page to "
           "page. Each entry is one paragraph (first line bold): 'Oct. 14, 2025, 2:14 a.m. - Vehicle "
           "burglary (case LP25-NNNN), 300 block of Calle Luna. <one or two sentences> <outcome sentence>' "
           "(reported_at as printed, type, the id in parentheses after 'case', location, summary, "
           "disposition; 'booking LPB-25-NNNN', 'citation CNNNNNN' and the Sheriff's 'case SO25-NNNNNN' are "
           "related, not ids). An intro sentence under the masthead; ends 'Cases in this blotter: N'.",
           "entries counted from the generator; 'Cases in this blotter' equals record_count"),
    "va": ("Courier log reposted after the city's network security incident: page 1 opens with a shaded "
           "'NOTICE 2025-118' paragraph (not a record). Entries grouped by reporting district ('RD 412  LOS "
           "PENASCOS', repeated with '(continued)' after a page break), by time inside a district, so the "
           "document is NOT in time order. Each entry is TWO lines: '2510-NNNN   Tue 10/14 02:14   TYPE' "
           "(id YYMM-NNNN; reported_at as printed, weekday and month/day WITHOUT year, the year only in the "
           "page header) then, indented, 'at <hundred block>; <disposition>' ('arrest, Bkg 25NNNNNN', 'cited, "
           "Cit VA-NNNNN', 'CHP handling, CHP YYMMDD-NNN' are related, not ids). After each district 'RD 412: "
           "m reports' (not a record); ends 'Reports posted: N'.",
           "entries counted from the generator; 'Reports posted' equals record_count"),
}


def main():
    one_agency(
        "alcanza-vista-ca-pd", 1,
        [("avpd-media-bulletin-2025-10-13-19.pdf", days(10, 13, 19), "Week of October 13 - 19, 2025", 96, 18400),
         ("avpd-media-bulletin-2025-10-20-26.pdf", days(10, 20, 26), "Week of October 20 - 26, 2025", 84, 18650)],
        av_records, draw_av, "Alcanza Vista Police Department, CA [invented]",
        "weekly media bulletin (statute-code column beside the id)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["av"])
    one_agency(
        "san-teodoro-ca-pd", 2,
        [("stpd-council-attachment-2025-10.pdf", days(10, 1, 31), "October 2025", 118, 11800)],
        st_records, draw_st, "San Teodoro Police Department, CA [invented]",
        "council agenda-packet attachment (staff-report cover with a statistics table)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["st"])
    one_agency(
        "rincon-del-mar-ca-pd", 3,
        [("rmpd-beat-summary-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 52, 4400),
         ("rmpd-beat-summary-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 61, 4530)],
        rm_records, draw_rm, "Rincon del Mar Police Department, CA [invented]",
        "activity summary by beat (labelled blocks, beat subtotals)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["rm"])
    one_agency(
        "las-palmitas-ca-pd", 4,
        [("lppd-enews-blotter-2025-10-a.pdf", days(10, 1, 15), "October 1 - 15, 2025", 66, 3300),
         ("lppd-enews-blotter-2025-10-b.pdf", days(10, 16, 31), "October 16 - 31, 2025", 58, 3420)],
        lp_records, draw_lp, "Las Palmitas Police Department, CA [invented]",
        "city e-newsletter police blotter (two text columns)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["lp"])
    one_agency(
        "vista-arroyo-ca-pd", 5,
        [("vapd-reposted-log-2025-10-01-08.pdf", days(10, 1, 8), "October 1 - 8, 2025", 74, 120)],
        va_records, draw_va, "Vista Arroyo Police Department, CA [invented]",
        "log reposted after a network incident (grouped by reporting district, two lines an entry)",
        "free text", ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["va"])


if __name__ == "__main__":
    main()
