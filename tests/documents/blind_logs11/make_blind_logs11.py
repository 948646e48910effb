"""Generate the eleventh held-out set of incident-log PDFs and their ground truth.

Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run from anywhere:
    python tests/documents/blind_logs11/make_blind_logs11.py [OUT_DIR]
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20251211
W, H = letter

STREETS = ["Ashby", "Birchwood", "Calloway", "Dunstan", "Elmhurst", "Fallon", "Garnet", "Hawthorn", "Ivywood",
           "Jessamine", "Kingsley", "Larkspur", "Millbrook", "Northgate", "Orchard", "Prescott", "Quarry",
           "Redbud", "Sycamore", "Tolland", "Upland", "Vesper", "Wickham"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Way"]
TYPES = ["Larceny from Vehicle", "Burglary - Residential", "Vandalism", "Simple Assault", "Aggravated Assault",
         "Domestic Disturbance", "Suspicious Person", "Welfare Check", "Motor Vehicle Crash", "Hit and Run",
         "Shoplifting", "Fraud - Identity Theft", "Trespass", "Noise Complaint", "Alarm - Commercial",
         "Found Property", "Drug Violation", "DUI", "Warrant Service", "Animal Complaint", "Harassment",
         "Stolen Vehicle", "Disorderly Conduct", "Missing Person - Located"]
DISPS = ["Report Taken", "Closed", "Arrest", "Citation Issued", "Referred", "Unfounded", "Gone on Arrival",
         "Advised", "Open - Investigation", "Assist Other Agency"]


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


def address(r):
    return f"{r.randint(1, 48) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def base_records(r, days, n, start, idfmt):
    """Records in time order with serial ids (gaps allowed); related numbers filled by the layout."""
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    out, k = [], start
    for m in mins:
        k += r.choice([1, 1, 1, 2, 3])
        out.append({"case_number": idfmt.format(k), "day": days[m // 1440], "hh": (m % 1440) // 60,
                    "mm": m % 60, "type": r.choice(TYPES), "location": address(r), "disp": r.choice(DISPS),
                    "related": []})
    return out


def attach(rec, kind, num):
    rec["related"].append((kind, num))


# ---------------------------------------------------------------- 1. transposed matrix, one record per column

def hm_records(r, days, n, start):
    recs = base_records(r, days, n, start, "HM-25-{:05d}")
    for i, rec in enumerate(recs):
        rec["reported_at"] = f"{rec['day']} {rec['hh']:02d}{rec['mm']:02d}"
        rec["unit"] = f"Ptl. {r.randint(101, 189)}"
        if r.random() < 0.3:  # a business or landmark name before the address wraps in the narrow column
            place = r.choice(["Hollowmere Plaza", "Quick Fuel", "Riverside Apartments", "Town Hall", "Lot C"])
            rec["location"] = f"{place}, {rec['location']}"
        rec["disposition"] = rec["disp"]
        ref = ""
        if rec["disp"] == "Assist Other Agency":
            num = f"DSP 25-{r.randint(10000, 99999)}"
            ref = num
            attach(rec, "other_agency_case", num)
        elif rec["disp"] == "Citation Issued":
            num = f"HM{r.randint(100000, 999999)}"
            ref = f"Cit. {num}"
            attach(rec, "citation", num)
        elif rec["disp"] == "Arrest" or rec["type"] == "Warrant Service":
            num = f"W25-{r.randint(100, 999)}"
            ref = f"Warr. {num}"
            attach(rec, "warrant", num)
        elif i > 6 and r.random() < 0.12:
            num = recs[r.randint(0, i - 1)]["case_number"]
            ref = f"Supp. to {num}"
            attach(rec, "earlier_case_cited", num)
        rec["ref"] = ref or "-"
    return recs


HM_ROWS = [("Incident No.", "case_number"), ("Date", "day"), ("Time", "time"), ("Nature", "type"),
           ("Location", "location"), ("Officer", "unit"), ("Disposition", "disposition"), ("Reference", "ref")]


def draw_hm(path, recs, label):
    size = landscape(letter)
    pw, ph = size
    c = new_canvas(path, size)
    per, x0, lw = 8, 40, 62
    cw = (pw - 80 - lw) / per
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawString(40, ph - 40, "HOLLOWMERE POLICE DEPARTMENT  -  INCIDENT SUMMARY MATRIX")
        c.setFont("Times-Roman", 9)
        c.drawString(40, ph - 54, f"Period: {label}.  Read each column top to bottom; one incident per column.")
        c.setFont("Times-Roman", 8)
        c.drawString(40, 24, "Hollowmere PD Records (302) 555-0164  -  summary matrix, not a public report form")
        c.drawRightString(pw - 40, 24, f"Sheet {page[0]}")
        return ph - 74

    y = head()
    for b in range(0, len(recs), per):
        band = recs[b:b + per]
        cells = []
        for _label, key in HM_ROWS:
            row = []
            for rec in band:
                v = f"{rec['hh']:02d}{rec['mm']:02d}" if key == "time" else rec[key]
                row.append(simpleSplit(v, "Helvetica", 7.5, cw - 6))
            cells.append(row)
        need = sum(max(len(x) for x in row) * 9 + 3 for row in cells) + 8
        if y - need < 40:
            c.showPage()
            y = head()
        c.setLineWidth(0.8)
        c.line(x0, y + 9, pw - 40, y + 9)
        c.setLineWidth(0.3)
        for j in range(len(band) + 1):
            c.line(x0 + lw + j * cw - 3, y + 9, x0 + lw + j * cw - 3, y + 9 - need + 6)
        for (label_, key), row in zip(HM_ROWS, cells):
            c.setFont("Times-Bold", 8)
            c.drawString(x0, y, label_)
            for j, lines in enumerate(row):
                c.setFont("Helvetica-Bold" if key == "case_number" else "Helvetica", 7.5)
                for k, line in enumerate(lines):
                    c.drawString(x0 + lw + j * cw, y - 9 * k, line)
            y -= max(len(x) for x in row) * 9 + 3
        c.setLineWidth(0.8)
        c.line(x0, y + 6, pw - 40, y + 6)
        y -= 14
    officers = len({rec["unit"] for rec in recs})
    if y < 60:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 9)
    c.drawString(40, y, f"Incidents summarized: {len(recs)}     Officers reporting: {officers}     "
                        f"Columns per band: {per}")
    c.save()


# ---------------------------------------------------------------- 2. daily bulletin, three-column card grid

BC_DAYS = {"10/20/2025": "MONDAY, OCTOBER 20, 2025", "10/21/2025": "TUESDAY, OCTOBER 21, 2025",
           "10/22/2025": "WEDNESDAY, OCTOBER 22, 2025", "10/23/2025": "THURSDAY, OCTOBER 23, 2025"}


def bc_records(r, days, n, start):
    recs = base_records(r, days, n, start, "25BC{:05d}")
    for rec in recs:
        rec["reported_at"] = f"{BC_DAYS[rec['day']]} {rec['hh']:02d}:{rec['mm']:02d}"
        rec["type"] = rec["type"].upper()
        rec["disposition"] = rec["disp"]
        rec["note"] = ""
        x = r.random()
        if rec["disp"] == "Assist Other Agency":
            num = f"MSP 25-{r.randint(1000, 9999)}-{r.choice(['AB', 'CF', 'TR'])}"
            rec["note"] = f"State Police case {num}"
            attach(rec, "other_agency_case", num)
        elif rec["disp"] == "Citation Issued":
            num = f"T{r.randint(1000000, 9999999)}"
            rec["note"] = f"Citation {num}"
            attach(rec, "citation", num)
        elif rec["disp"] == "Arrest":
            num = f"BC-A25-{r.randint(100, 999)}"
            rec["note"] = f"Booking {num}"
            attach(rec, "arrest_number", num)
        elif x < 0.1:
            rec["note"] = "Tips: (508) 555-0119"
    return recs


def draw_bc(path, recs, label):
    c = new_canvas(path, letter)
    page = [0]
    cols, cw, x0 = 3, (W - 80) / 3, 40

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, H - 42, "BRINDLE COVE POLICE DEPARTMENT")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, H - 55, f"Daily Bulletin  -  {label}  -  items read across, then down")
        c.line(40, H - 62, W - 40, H - 62)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(40, 26, "Brindle Cove PD  |  1 Harbor Sq  |  (508) 555-0146  |  bulletin is not a "
                             "complete list of calls")
        c.drawRightString(W - 40, 26, f"- {page[0]} -")
        return H - 80

    def card_lines(rec):
        out = [("id", None)]
        out += [("Helvetica-Bold", s) for s in simpleSplit(rec["type"], "Helvetica-Bold", 7.5, cw - 12)]
        out += [("Helvetica", s) for s in simpleSplit(rec["location"], "Helvetica", 7.5, cw - 12)]
        out += [("Helvetica", s) for s in simpleSplit("Disp: " + rec["disposition"], "Helvetica", 7.5, cw - 12)]
        if rec["note"]:
            out += [("Helvetica-Oblique", s) for s in simpleSplit(rec["note"], "Helvetica-Oblique", 7.5, cw - 12)]
        return out

    y = head()
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["day"], []).append(rec)
    for day, drecs in by_day.items():
        if y < 130:
            c.showPage()
            y = head()
        c.setFillGray(0.85)
        c.rect(40, y - 3, W - 80, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y, BC_DAYS[day])
        c.drawRightString(W - 44, y, f"{len(drecs)} items")
        y -= 20
        for b in range(0, len(drecs), cols):
            row = drecs[b:b + cols]
            lines = [card_lines(rec) for rec in row]
            hgt = max(len(x) for x in lines) * 9.5 + 10
            if y - hgt < 40:
                c.showPage()
                y = head()
            for j, (rec, ls) in enumerate(zip(row, lines)):
                x = x0 + j * cw + 4
                for k, (font, text) in enumerate(ls):
                    yy = y - k * 9.5
                    if font == "id":
                        c.setFont("Helvetica-Bold", 8)
                        c.drawString(x, yy, rec["case_number"])
                        c.setFont("Helvetica", 8)
                        c.drawRightString(x + cw - 14, yy, f"{rec['hh']:02d}:{rec['mm']:02d}")
                    else:
                        c.setFont(font, 7.5)
                        c.drawString(x, yy, text)
            c.setLineWidth(0.25)
            c.setStrokeGray(0.6)
            c.line(40, y - hgt + 12, W - 40, y - hgt + 12)
            c.setStrokeGray(0)
            y -= hgt
        y -= 6
    arrests = sum(1 for rec in recs if rec["disp"] == "Arrest")
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, y - 4, f"Items in this bulletin: {len(recs)}     Arrests: {arrests}     "
                            "Calls for service logged: " + str(len(recs) * 3 + 17))
    c.save()


# ---------------------------------------------------------------- 3. margin-gutter numbers beside entries

TS_NARR = ["Complainant reported the incident by phone and a deputy responded to the scene.",
           "Deputy spoke with the reporting party and with two neighbors who heard the disturbance.",
           "Area was checked on foot and by vehicle; nothing further was located at the time.",
           "Photographs were taken and the property owner was given a case card.",
           "Subject was identified from a store camera still and will be contacted.",
           "Reporting party advised to call back if the vehicle returns to the area."]


def ts_records(r, days, n, start):
    recs = base_records(r, days, n, start, "TS25-{:05d}")
    for i, rec in enumerate(recs):
        rec["reported_at"] = f"{rec['day']} {rec['hh']:02d}:{rec['mm']:02d}"
        rec["type"] = rec["type"].upper()
        rec["unit"] = f"Dep. {r.randint(201, 264)}"
        rec["disposition"] = rec["disp"]
        parts = r.sample(TS_NARR, r.choice([1, 2, 2, 3]))
        if rec["disp"] == "Assist Other Agency":
            num = f"THP 25-{r.randint(100000, 999999)}"
            parts.append(f"Assisted Highway Patrol, their case {num}.")
            attach(rec, "other_agency_case", num)
        elif rec["disp"] == "Citation Issued":
            num = f"{r.randint(7000000, 7999999)}"
            parts.append(f"Citation {num} issued at the scene.")
            attach(rec, "citation", num)
        elif rec["disp"] == "Arrest":
            num = f"TW-25-{r.randint(100, 999)}"
            parts.append(f"Subject held on warrant {num} and transported to the county jail.")
            attach(rec, "warrant", num)
        elif i > 5 and r.random() < 0.15:
            num = recs[r.randint(0, i - 1)]["case_number"]
            parts.append(f"Supplement to {num}.")
            attach(rec, "earlier_case_cited", num)
        rec["summary"] = " ".join(parts)
    return recs


def draw_ts(path, recs, label):
    c = new_canvas(path, letter)
    page = [0]
    tx, tw = 122, W - 40 - 122

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(40, H - 40, "TESSALY COUNTY SHERIFF'S OFFICE")
        c.setFont("Times-Roman", 9)
        c.drawString(40, H - 53, f"Daily Activity Journal  -  {label}")
        c.drawRightString(W - 40, H - 40, f"Page {page[0]}")
        c.setFont("Times-Italic", 7.5)
        c.drawString(40, H - 66, "Journal number")
        c.drawString(tx, H - 66, "Entry")
        c.setLineWidth(0.6)
        c.line(40, H - 70, W - 40, H - 70)
        c.line(112, H - 70, 112, 44)
        c.setFont("Times-Roman", 7.5)
        c.drawString(40, 28, "Tessaly County Sheriff's Office, 400 Courthouse Sq  -  Records (931) 555-0137")
        return H - 84

    y = head()
    deputies = set()
    for rec in recs:
        deputies.add(rec["unit"])
        first = (f"Rec'd {rec['reported_at']}   {rec['type']}   {rec['location']}   {rec['unit']}")
        lines = [("Times-Bold", first)]
        lines += [("Times-Roman", s) for s in simpleSplit(rec["summary"], "Times-Roman", 9, tw)]
        lines += [("Times-Italic", "Disposition: " + rec["disposition"])]
        need = len(lines) * 11 + 6
        if y - need < 44:
            c.showPage()
            y = head()
        mid = (len(lines) - 1) // 2  # the gutter number sits beside the middle line of the entry
        c.setFont("Courier-Bold", 9)
        c.drawString(44, y - mid * 11, rec["case_number"])
        for k, (font, text) in enumerate(lines):
            c.setFont(font, 9)
            c.drawString(tx, y - k * 11, text)
        y -= need
    c.setFont("Times-Bold", 9)
    c.drawString(tx, y - 4, f"Journal entries: {len(recs)}     Deputies reporting: {len(deputies)}")
    c.save()


# ---------------------------------------------------------------- 4. scanned-looking log, text drawn column by column

def of_records(r, days, n, start):
    recs = base_records(r, days, n, start, "OF25-{:05d}")
    for rec in recs:
        rec["reported_at"] = f"{rec['day']} {rec['hh']:02d}:{rec['mm']:02d}"
        d = rec["disp"]
        if d == "Assist Other Agency":
            num = f"OHP 25-{r.randint(10000, 99999)}"
            d = f"Ref. to {num}"
            attach(rec, "other_agency_case", num)
        elif d == "Citation Issued":
            num = f"OF{r.randint(100000, 999999)}"
            d = f"Cit # {num}"
            attach(rec, "citation", num)
        elif d == "Arrest":
            num = f"{r.randint(25000, 25999)}-B"
            d = f"Arrest, bkg {num}"
            attach(rec, "arrest_number", num)
        rec["disposition"] = d
    return recs


def scan_background(r):
    """A tiny grey noise raster stretched over the page, like a photocopied sheet."""
    from PIL import Image

    img = Image.new("L", (68, 88))
    img.putdata([r.choice([238, 242, 246, 250, 252, 255, 255, 255]) for _ in range(68 * 88)])
    return ImageReader(img)


OF_COLS = [(46, "Case No.", "case_number"), (112, "Date / Time", "reported_at"), (200, "Offense", "type"),
           (330, "Location", "location"), (440, "Disposition", "disposition")]


def draw_of(path, recs, label):
    r = random.Random(7)
    c = new_canvas(path, letter)
    per = 26
    pages = [recs[i:i + per] for i in range(0, len(recs), per)]
    for p, prec in enumerate(pages, 1):
        c.drawImage(scan_background(r), 0, 0, W, H)
        c.saveState()
        c.translate(W / 2, H / 2)
        c.rotate(r.choice([-0.3, -0.2, 0.2, 0.3]))  # a sheet fed slightly askew
        c.translate(-W / 2, -H / 2)
        c.setFont("Courier-Bold", 11)
        c.drawString(46, H - 50, "OLNEY FORKS POLICE DEPT.  -  CASE LOG")
        c.setFont("Courier", 8.5)
        c.drawString(46, H - 63, f"{label}   (copy from bound log book)")
        c.setFont("Courier-Bold", 8.5)
        for x, t, _ in OF_COLS:
            c.drawString(x, H - 82, t)
        c.line(44, H - 86, W - 44, H - 86)
        # the text layer is written column by column, top to bottom, as the page was keyed
        for x, _, key in OF_COLS:
            c.setFont("Courier", 7.5)
            for i, rec in enumerate(prec):
                jitter = r.choice([-0.6, -0.3, 0, 0, 0.3, 0.6])
                text = rec[key]
                if key == "type" and len(text) > 24:
                    text = text[:24]
                c.drawString(x, H - 100 - i * 24 + jitter, text)
        c.setFont("Courier", 7.5)
        c.drawString(46, H - 100 - per * 24 + 4, f"Cases this page: {len(prec)}")
        c.drawString(46, 40, f"Olney Forks PD  405-555-0128   sheet {p} of {len(pages)}   "
                             f"log book {r.randint(31, 39)}")
        if p == len(pages):
            c.setFont("Courier-Bold", 8.5)
            c.drawString(300, H - 100 - per * 24 + 4, f"Log book total to date: {len(recs) + 1204}")
        c.restoreState()
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 5. Clery log with rotated column titles and flag columns

PU_GEO = ["On Campus", "On Campus - Res.", "Public Property", "Non-Campus"]
PU_COLS = [("Case Number", 52), ("Date Reported", 52), ("Time", 26), ("Classification", 120), ("Location", 120),
           ("Clery Geography", 70), ("Arrest", 18), ("Conduct Referral", 18), ("Alcohol", 18), ("Drugs", 18),
           ("Weapon", 18), ("Hate Bias", 18), ("Disposition", 70), ("Outside Agency / Ref. No.", 96)]


def pu_records(r, days, n, start):
    recs = base_records(r, days, n, start, "PU25-{:04d}")
    for rec in recs:
        rec["reported_at"] = f"{rec['day']} {rec['hh']:02d}{rec['mm']:02d}"
        rec["location"] = r.choice(["Whitcombe Hall Room 214", "Lot 7", "Science Center 2nd floor",
                                    "Athletic Complex", "Harlan Library", "Dorr Hall", "Campus Green",
                                    "Chapel Rd at Gate 3", address(r)])
        rec["off_campus"] = r.choice(PU_GEO)
        rec["flags"] = {f: r.random() < p for f, p in
                        (("Arrest", 0.1), ("Conduct Referral", 0.2), ("Alcohol", 0.2), ("Drugs", 0.1),
                         ("Weapon", 0.04), ("Hate Bias", 0.02))}
        rec["flags"]["Arrest"] = rec["disp"] == "Arrest"
        rec["disposition"] = rec["disp"]
        ref = ""
        if rec["off_campus"] in ("Public Property", "Non-Campus") and r.random() < 0.5:
            num = f"PTPD 25-{r.randint(10000, 99999)}"
            ref = num
            attach(rec, "other_agency_case", num)
        elif rec["disp"] == "Citation Issued":
            num = f"PU-T-{r.randint(10000, 99999)}"
            ref = f"Cit. {num}"
            attach(rec, "citation", num)
        elif rec["flags"]["Conduct Referral"]:
            num = f"SC25-{r.randint(100, 999)}"
            ref = f"Conduct {num}"
            attach(rec, "referral", num)
        rec["ref"] = ref
    return recs


def draw_pu(path, recs, label):
    size = landscape(letter)
    pw, ph = size
    c = new_canvas(path, size)
    page = [0]
    xs, x = [], 36
    for _, w in PU_COLS:
        xs.append(x)
        x += w + 4

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, ph - 36, "PELLHAM UNIVERSITY DEPARTMENT OF PUBLIC SAFETY")
        c.setFont("Helvetica", 8)
        c.drawString(36, ph - 48, f"Daily Crime Log  -  {label}  -  X marks a factor present")
        c.drawRightString(pw - 36, ph - 36, f"Page {page[0]}")
        top = ph - 58
        c.setFillGray(0.9)
        c.rect(34, top - 74, pw - 70, 74, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7)
        for (title, _w), xx in zip(PU_COLS, xs):
            c.saveState()
            c.translate(xx + 7, top - 70)
            c.rotate(90)
            for k, part in enumerate(simpleSplit(title, "Helvetica-Bold", 7, 70)):
                c.drawString(0, -k * 8, part)
            c.restoreState()
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 22, "Pellham University DPS, 12 Founders Way  -  (860) 555-0171  -  "
                             "log kept under the Clery Act; entries may be updated")
        return top - 86

    y = head()
    for rec in recs:
        cells = [rec["case_number"], rec["day"], f"{rec['hh']:02d}{rec['mm']:02d}", rec["type"], rec["location"],
                 rec["off_campus"]] + ["X" if rec["flags"][f] else "" for f, _ in PU_COLS[6:12]] + \
                [rec["disposition"], rec["ref"]]
        split = [simpleSplit(v, "Helvetica", 7, w) if v else [] for v, (_, w) in zip(cells, PU_COLS)]
        need = max(len(s) for s in split) * 8.5 + 4
        if y - need < 40:
            c.showPage()
            y = head()
        for s, xx in zip(split, xs):
            for k, line in enumerate(s):
                c.setFont("Helvetica", 7)
                c.drawString(xx, y - k * 8.5, line)
        c.setLineWidth(0.2)
        c.line(34, y - need + 3, pw - 36, y - need + 3)
        y -= need
    y -= 6
    c.setFont("Helvetica-Bold", 7.5)
    tot = {f: sum(1 for rec in recs if rec["flags"][f]) for f, _ in PU_COLS[6:12]}
    c.drawString(36, y, "Column totals:  " + "   ".join(f"{f} {v}" for f, v in tot.items()))
    c.drawString(36, y - 11, f"Cases on this log: {len(recs)}")
    c.save()


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = []
    for rec in recs:
        for kind, num in rec["related"]:
            related.append({"record": rec["case_number"], "kind": kind, "number": num})
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs11.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs11.py) from the records it drew; "
                               "checked by check_blind_logs11.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        draw(d / fname, recs, label)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [f"{month:02d}/{d:02d}/2025" for d in range(first, last + 1)]


def main():
    one_agency(
        "hollowmere-de-pd", 1,
        [("hmpd-incident-matrix-2025-10-13-16.pdf", days(10, 13, 16), "10/13/2025 - 10/16/2025", 84, 7200),
         ("hmpd-incident-matrix-2025-10-17-19.pdf", days(10, 17, 19), "10/17/2025 - 10/19/2025", 61, 7390)],
        hm_records, draw_hm, "Hollowmere Police Department, DE [invented]",
        "incident summary matrix (transposed log)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"],
        "TRANSPOSED: one incident per COLUMN. Landscape; bands of up to 8 incidents, each band a grid whose "
        "rows are labelled at the left (Incident No., Date, Time, Nature, Location, Officer, Disposition, "
        "Reference) and whose columns are incidents, so `pdftotext -layout` prints one field of 8 records per "
        "text line ('Incident No.  HM-25-07201  HM-25-07203 ...'). Values wrap inside their narrow column, so a "
        "field can take two or three text lines, each holding pieces of several records. Bands follow each "
        "other down the page, the last one partly filled. reported_at joins Date and Time (HHMM) with a "
        "space. Reference holds Delaware State Police cases (DSP 25-NNNNN), citations ('Cit. HMNNNNNN'), "
        "warrants ('Warr. W25-NNN') and earlier cases of the same series ('Supp. to HM-25-NNNNN'), or '-'. "
        "Footer phone and 'Sheet n'; 'Incidents summarized: N     Officers reporting: M     Columns per band: 8. "
        "at the end (M and 8 are not record counts).",
        "columns counted from the generator; 'Incidents summarized' equals record_count")
    one_agency(
        "brindle-cove-ma-pd", 2,
        [("bcpd-daily-bulletin-2025-10-20-21.pdf", days(10, 20, 21), "October 20-21, 2025", 96, 3100),
         ("bcpd-daily-bulletin-2025-10-22-23.pdf", days(10, 22, 23), "October 22-23, 2025", 72, 3290)],
        bc_records, draw_bc, "Brindle Cove Police Department, MA [invented]",
        "daily bulletin, two days", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Daily bulletin of unbordered cards in a THREE-column grid, read ACROSS then down (items 1-3 on the "
        "first band, 4-6 on the next), so `pdftotext -layout` prints three unrelated records side by side on "
        "every line. A card: bold item number (25BCNNNNN, no separator) with the time HH:MM right-aligned, the "
        "nature in capitals (wraps), the address (wraps), 'Disp: X', and an optional italic note. Shaded day "
        "banners ('MONDAY, OCTOBER 20, 2025' with 'n items' at the right) carry the date; reported_at joins "
        "the banner's date as printed and the card's time ('MONDAY, OCTOBER 20, 2025 00:12'). Notes hold State Police cases ('State Police "
        "case MSP 25-NNNN-XX'), citations ('Citation TNNNNNNN'), bookings ('Booking BC-A25-NNN') or a tip-line "
        "phone. Footer with address and phone; closing line 'Items in this bulletin: N     Arrests: A     "
        "Calls for service logged: M' (M is not the record count).",
        "cards counted from the generator; 'Items in this bulletin' equals record_count")
    one_agency(
        "tessaly-county-tn-so", 3,
        [("tcso-activity-journal-2025-10-20-22.pdf", days(10, 20, 22), "October 20-22, 2025", 74, 11800)],
        ts_records, draw_ts, "Tessaly County Sheriff's Office, TN [invented]",
        "daily activity journal, three days", "free text",
        ["case_number", "reported_at", "type", "location", "unit", "disposition", "summary"],
        "Journal with a ruled left GUTTER holding only the journal number (TS25-NNNNN, Courier bold); the "
        "entry sits to the right of the rule: a bold first line 'Rec'd MM/DD/YYYY HH:MM   TYPE   address   "
        "Dep. NNN', one to four lines of narrative (summary), an italic 'Disposition: X' line. The number is "
        "printed beside the MIDDLE line of its entry, not the first, so in `pdftotext -layout` it starts a "
        "narrative line (or the Rec'd line for short entries) and lines above it belong to the same record. "
        "Entries are not split over pages. Narratives cite Highway Patrol cases (THP 25-NNNNNN), citations "
        "(seven bare digits), warrants (TW-25-NNN) and earlier entries of the same series ('Supplement to "
        "TS25-NNNNN.'). Footer phone, 'Page n'; 'Journal entries: N     Deputies reporting: M' at the end.",
        "entries counted from the generator; 'Journal entries' equals record_count")
    one_agency(
        "olney-forks-ok-pd", 4,
        [("ofpd-case-log-2025-10.pdf", days(10, 1, 31), "October 2025", 121, 900)],
        of_records, draw_of, "Olney Forks Police Department, OK [invented]",
        "monthly case log, copy of a bound log book", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Looks like a photocopy: every page has a grey noise raster behind the text and the whole sheet is "
        "rotated by 0.2-0.3 degrees; rows have sub-point baseline jitter. Courier, columns Case No., Date / "
        "Time (MM/DD/YYYY HH:MM), Offense, Location, Disposition, header on every page, 26 rows per page "
        "spaced widely. The text layer is written COLUMN BY COLUMN (all case numbers of the page, then all "
        "dates, ...), so a reader using content-stream order gets columns, not rows; `pdftotext -layout` "
        "rebuilds the rows from positions. Traps: 'Cases this page: n' under each page's rows, a page footer "
        "with phone, 'sheet n of N' and a log book number, and 'Log book total to date: M' on the last page "
        "(M is not the record count); dispositions 'Ref. to OHP 25-NNNNN' (Highway Patrol), 'Cit # OFNNNNNN' "
        "and 'Arrest, bkg 25NNN-B' (booking).",
        "rows counted from the generator; the per-page counts add up to record_count")
    one_agency(
        "pellham-university-ct-dps", 5,
        [("pudps-daily-crime-log-2025-09.pdf", days(9, 1, 30), "September 2025", 58, 410),
         ("pudps-daily-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 66, 520)],
        pu_records, draw_pu, "Pellham University Department of Public Safety, CT [invented]",
        "monthly daily crime log (Clery)", "table with header",
        ["case_number", "reported_at", "type", "location", "off_campus", "disposition"],
        "Landscape Clery log whose column titles are printed ROTATED 90 degrees in a tall grey header band "
        "(repeated per page), so no horizontal header line exists in the text. 14 columns: Case Number "
        "(PU25-NNNN), Date Reported, Time (HHMM), Classification, Location, Clery Geography (off_campus), six "
        "narrow FLAG columns (Arrest, Conduct Referral, Alcohol, Drugs, Weapon, Hate Bias) holding 'X' or "
        "nothing, Disposition, Outside Agency / Ref. No. reported_at joins date and time. Ref. holds Pellham "
        "Town PD cases (PTPD 25-NNNNN), citations ('Cit. PU-T-NNNNN') and conduct referrals ('Conduct "
        "SC25-NNN'). Locations with numbers (Room 214, Lot 7, Gate 3, street addresses). At the end 'Column "
        "totals:' per flag and 'Cases on this log: N'.",
        "rows counted from the generator; 'Cases on this log' equals record_count")


if __name__ == "__main__":
    main()
