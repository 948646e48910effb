"""Generate the held-out set blind_logs70: small-city logs as clerks send them to requesters.

Five layouts: a clerk's typed summary table behind a cover letter (Wapello Bend, IA); photocopied
register pages with handwritten-style additions (Sumner Crossing, TN); an index page, then log
pages bound out of order with their page numbers printed (Osage Ferry, MO); a request worksheet
of labelled blocks, one per requested item (Belle Chenier, LA); a letter answering the request in
numbered prose paragraphs (Pickens Mill, GA). Every agency, place and number is invented; no
person is named. Deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs70/make_blind_logs70.py [OUT_DIR]
"""

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
SEED = 20257070
STREETS = ["Aldercrest", "Bluestem", "Cottonwood", "Dogwood", "Elmira", "Foxrun", "Gainey", "Hackberry",
           "Ironwood", "Jessamine", "Kingfisher", "Locust", "Magnolia", "Nettle", "Overbrook", "Persimmon",
           "Quail Run", "Redbud", "Sassafras", "Tupelo", "Verbena", "Willowbend"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct"]
TYPES = ["THEFT", "BURGLARY - RESIDENCE", "CRIMINAL MISCHIEF", "DISTURBANCE", "WELFARE CHECK", "ASSAULT",
         "DUI", "FRAUD", "SUSPICIOUS PERSON", "TRESPASS", "DOMESTIC DISPUTE", "HIT AND RUN",
         "SHOPLIFTING", "ANIMAL COMPLAINT", "FOUND PROPERTY", "WARRANT SERVICE", "RUNAWAY JUVENILE"]
DISPS = ["REPORT TAKEN", "CLOSED", "UNFOUNDED", "REFERRED", "ARREST", "CITATION ISSUED", "ACTIVE",
         "CLEARED BY EXCEPTION"]
W, H = letter
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def make_records(r, n, days, fmt, start, rel):
    """Records in time order; rel(r, rec) returns (kind, number) or None."""
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    k, recs = start, []
    for m in mins:
        k += r.choice((1, 1, 1, 2, 3))
        d = days[m // 1440]
        rec = {"id": fmt.format(k), "d": d, "hh": (m % 1440) // 60, "mm": m % 60,
               "type": r.choice(TYPES), "block": r.randint(1, 49) * 100,
               "street": f"{r.choice(STREETS)} {r.choice(SUFFIX)}", "disp": r.choice(DISPS)}
        rec["rel"] = rel(r, rec)
        recs.append(rec)
    return recs


def rel_common(prefixes):
    def rel(r, rec):
        if r.random() > 0.22:
            return None
        kind = r.choice(list(prefixes))
        return kind, prefixes[kind](r)
    return rel


def mdy(rec, year=4):
    y = rec["d"][0] if year == 4 else rec["d"][0] % 100
    return f"{rec['d'][1]:02d}/{rec['d'][2]:02d}/{y:02d}" if year else f"{rec['d'][1]:02d}/{rec['d'][2]:02d}"


def hm(rec):
    return f"{rec['hh']:02d}{rec['mm']:02d}"


def ampm(rec):
    h = rec["hh"] % 12 or 12
    return f"{h}:{rec['mm']:02d} {'a.m.' if rec['hh'] < 12 else 'p.m.'}"


def long_date(rec):
    return f"{MONTHS[rec['d'][1] - 1]} {rec['d'][2]}, {rec['d'][0]}"


def loc(rec):
    return f"{rec['block']} BLK {rec['street'].upper()}"


def summary_for(rec):
    base = {"THEFT": "Property taken from an unlocked vehicle", "BURGLARY - RESIDENCE": "Rear door forced, items taken",
            "DISTURBANCE": "Loud argument in the street, parties separated", "DUI": "Driver stopped after a weaving complaint"}
    s = base.get(rec["type"], f"Officer responded to a call for {rec['type'].lower()}")
    if rec["rel"]:
        kind, num = rec["rel"]
        s += {"citation": f"; citation {num} issued", "booking_number": f"; booked under {num}",
              "other_agency_case": f"; see also county case {num}"}[kind]
    return s + "."


# ---------------------------------------------------------------- A: Wapello Bend, IA
def draw_wapello(path, recs, req, period):
    c = new_canvas(path)
    c.setFont("Times-Bold", 14)
    c.drawString(72, H - 72, "CITY OF WAPELLO BEND POLICE DEPARTMENT")
    c.setFont("Times-Roman", 11)
    y = H - 92
    for line in ["214 Front Street, Wapello Bend, Iowa 52790  -  Records Section  -  (319) 555-0147", "",
                 f"Re: Public records request {req}", "", "Dear Requester:", "",
                 "In response to your request received under Iowa Code chapter 22, enclosed is a summary of the",
                 f"incidents on file for {period}. The summary was typed by the records clerk from the case",
                 f"files; {len(recs)} incidents are listed. Narrative reports are confidential under section 22.7(5)",
                 "and are not included. There is no charge for this response.", "",
                 "Respectfully,", "", "Records Clerk", "Wapello Bend Police Department"]:
        c.drawString(72, y, line)
        y -= 15
    c.showPage()
    cols = [(40, "Item"), (72, "Report No."), (150, "Reported"), (240, "Offense"), (372, "Location"),
            (500, "Disposition")]
    per, pages = 34, (len(recs) + 33) // 34
    for p in range(pages):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, H - 50, f"SUMMARY OF REQUESTED INCIDENTS - {req} - {period.upper()}")
        c.setFont("Courier-Bold", 8)
        for x, t in cols:
            c.drawString(x, H - 74, t)
        c.line(40, H - 78, W - 30, H - 78)
        y = H - 92
        c.setFont("Courier", 8)
        for i, rec in enumerate(recs[p * per:(p + 1) * per], start=p * per + 1):
            disp = rec["disp"]
            if rec["rel"]:
                disp = {"citation": "CITED", "booking_number": "ARREST BK", "other_agency_case": "REF CO SO"}[
                    rec["rel"][0]] + " " + rec["rel"][1]
            rec["disp_printed"] = disp
            vals = [f"{i:>3}.", rec["id"], f"{mdy(rec)} {hm(rec)}", rec["type"][:24], loc(rec)[:24], disp]
            for (x, _), v in zip(cols, vals):
                c.drawString(x, y, v)
            y -= 18
        if p == pages - 1:
            c.setFont("Courier-Bold", 9)
            c.drawString(40, y - 10, f"Total incidents listed: {len(recs)}")
        c.setFont("Courier", 7)
        c.drawString(40, 30, f"Prepared by Records, WBPD  {req}  sheet {p + 1}")
        c.showPage()
    c.save()


def sample_wapello(rec):
    return {"case_number": rec["id"], "reported_at": f"{mdy(rec)} {hm(rec)}", "type": rec["type"][:24],
            "location": loc(rec)[:24], "disposition": rec["disp_printed"]}


# ---------------------------------------------------------------- B: Sumner Crossing, TN
def draw_sumner(path, recs, title):
    c = new_canvas(path)
    printed = []
    per = 24
    pages = (len(recs) + per - 1) // per
    cols = [(34, "Date"), (80, "Time"), (112, "Complaint No."), (182, "Nature of Call"), (318, "Location"),
            (452, "Badge"), (486, "Disp.")]
    for p in range(pages):
        c.setFillGray(0.88)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillGray(0.97)
        c.saveState()
        c.translate(W / 2, H / 2)
        c.rotate(0.8)
        c.rect(-W / 2 + 22, -H / 2 + 20, W - 44, H - 40, stroke=0, fill=1)
        c.restoreState()
        c.setFillGray(0.1)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(34, H - 46, "SUMNER CROSSING POLICE DEPARTMENT - DAILY COMPLAINT REGISTER")
        c.setFont("Helvetica", 8)
        c.drawString(34, H - 58, title)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, H - 80, t)
        c.setLineWidth(0.4)
        y = H - 84
        c.line(30, y, 560, y)
        chunk = recs[p * per:(p + 1) * per]
        late = [chunk[3], chunk[11]] if p < 2 and len(chunk) > 12 else []
        chunk = [rec for rec in chunk if rec not in late] + late
        for rec in chunk:
            y -= 24
            vals = [mdy(rec, 2), hm(rec), rec["id"], rec["type"].title()[:26], loc(rec).title()[:26],
                    str(rec["badge"]), rec["disp"].title()[:14]]
            if rec in late:  # written in by hand below the typed rows, out of time order
                c.saveState()
                c.setFillColorRGB(0.1, 0.15, 0.55)
                c.setFont("Times-Italic", 8.5)
                for (x, _), v in zip(cols, vals):
                    c.drawString(x, y + 8, v)
                c.drawString(cols[-1][0] + 56, y + 8, "late")
                c.restoreState()
            else:
                c.setFont("Helvetica", 7.5)
                for (x, _), v in zip(cols, vals):
                    c.drawString(x, y + 8, v)
            c.line(30, y, 560, y)
            printed.append(rec)
            if rec["rel"]:
                kind, num = rec["rel"]
                note = {"citation": "cit. #", "booking_number": "bk # ", "other_agency_case": "SO case "}[kind] + num
                c.saveState()
                c.setFillColorRGB(0.1, 0.15, 0.55)
                c.setFont("Times-Italic", 9)
                c.translate(372, y - 1)
                c.rotate(1)
                c.drawString(0, 0, note)
                c.restoreState()
        c.saveState()
        c.setFillColorRGB(0.1, 0.15, 0.55)
        c.setFont("Times-Italic", 11)
        c.translate(380, y - 30)
        c.rotate(-3)
        c.drawString(0, 0, f"{len(chunk)} this pg  - checked")
        c.restoreState()
        if p == pages - 1:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(34, y - 56, f"Register entries this period: {len(recs)}")
        c.setFont("Helvetica", 7)
        c.drawString(34, 30, f"COPY - released to requester   Register pg {p + 1} of {pages}   Dispatch (615) 555-0162")
        c.showPage()
    c.save()
    return printed


def sample_sumner(rec):
    s = {"case_number": rec["id"], "reported_at": f"{mdy(rec, 2)} {hm(rec)}", "type": rec["type"].title()[:26],
         "location": loc(rec).title()[:26], "disposition": rec["disp"].title()[:14]}
    return s


# ---------------------------------------------------------------- C: Osage Ferry, MO
def draw_osage(path, recs, order, period):
    per = 30
    pages = [recs[i:i + per] for i in range(0, len(recs), per)]
    first_page = {}
    for k, chunk in enumerate(pages):
        for rec in chunk:
            first_page[rec["id"]] = k + 2
    n_total = len(pages) + 1
    c = new_canvas(path)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, H - 50, "OSAGE FERRY POLICE DEPARTMENT")
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 64, f"Sunshine Law request - incident log {period} - index of incidents released")
    c.setFont("Helvetica", 7)
    x0, y0, col = 40, H - 90, 0
    y = y0
    for i, rec in enumerate(recs):
        if i and i % 46 == 0:
            col += 1
            y = y0
        c.drawString(x0 + col * 130, y, f"{rec['id']} .... p. {first_page[rec['id']]}")
        y -= 13
    c.setFont("Helvetica", 8)
    c.drawString(40, 40, f"Page 1 of {n_total}        Incidents released: {len(recs)}")
    c.showPage()
    cols = [(40, "Incident #"), (112, "Date / Time"), (196, "Call Type"), (320, "Address"), (456, "Disposition")]
    for k in order:
        chunk = pages[k]
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, H - 44, f"OSAGE FERRY PD - INCIDENT LOG - {period.upper()}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, H - 66, t)
        c.line(40, H - 70, W - 40, H - 70)
        y = H - 84
        for rec in chunk:
            c.setFont("Helvetica", 7.5)
            vals = [rec["id"], f"{mdy(rec)} {hm(rec)}", rec["type"], f"{rec['block']} {rec['street']}",
                    rec["disp"]]
            for (x, _), v in zip(cols, vals):
                c.drawString(x, y, v)
            if rec["rel"]:
                kind, num = rec["rel"]
                c.setFont("Helvetica-Oblique", 7)
                y -= 10
                c.drawString(112, y, {"citation": "Uniform citation ", "booking_number": "Booking ",
                                      "other_agency_case": "MSHP report "}[kind] + num)
            y -= 14
        c.setFont("Helvetica", 8)
        c.drawString(W - 120, 30, f"Page {k + 2} of {n_total}")
        c.drawString(40, 30, "OFPD Records - (573) 555-0139")
        c.showPage()
    c.save()
    return [rec for k in order for rec in pages[k]]


def sample_osage(rec):
    return {"case_number": rec["id"], "reported_at": f"{mdy(rec)} {hm(rec)}", "type": rec["type"],
            "location": f"{rec['block']} {rec['street']}", "disposition": rec["disp"]}


# ---------------------------------------------------------------- D: Belle Chenier, LA
def draw_belle(path, recs, req, period):
    c = new_canvas(path)
    y = H - 50

    def head():
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, H - 36, f"BELLE CHENIER POLICE DEPARTMENT - PUBLIC RECORDS WORKSHEET {req}")
        c.setFont("Helvetica", 8)
        c.drawString(50, H - 48, f"Requested: initial reports, {period}.  La. R.S. 44:3(A)(4) information only.")
        return H - 72

    y = head()
    for i, rec in enumerate(recs, start=1):
        summ = simpleSplit(summary_for(rec), "Helvetica", 8.5, 390)
        need = 16 + 12 * (5 + len(summ))
        if y - need < 60:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, "Belle Chenier PD Records Unit  (337) 555-0118")
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, f"REQUESTED ITEM {i} OF {len(recs)}")
        c.line(50, y - 3, W - 50, y - 3)
        y -= 15
        rows = [("Item No.:", rec["id"]), ("Date/Time Rec'd:", f"{mdy(rec)} @ {hm(rec)} hrs"),
                ("Complaint:", rec["type"].title()), ("Location:", f"{rec['block']} block of {rec['street']}"),
                ("Status:", rec["disp"].title())]
        for lab, val in rows:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(140, y, lab)
            c.setFont("Helvetica", 8.5)
            c.drawString(148, y, val)
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(140, y, "Clerk's note:")
        c.setFont("Helvetica", 8.5)
        for line in summ:
            c.drawString(148, y, line)
            y -= 12
        y -= 6
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y - 6, f"Items on this worksheet: {len(recs)}   Items withheld: 0")
    c.setFont("Helvetica", 7)
    c.drawString(50, 30, "Belle Chenier PD Records Unit  (337) 555-0118")
    c.showPage()
    c.save()


def sample_belle(rec):
    return {"case_number": rec["id"], "reported_at": f"{mdy(rec)} @ {hm(rec)} hrs", "type": rec["type"].title(),
            "location": f"{rec['block']} block of {rec['street']}", "disposition": rec["disp"].title(),
            "summary": summary_for(rec)}


# ---------------------------------------------------------------- E: Pickens Mill, GA
def para_pickens(i, rec):
    s = (f"({i}) Case {rec['id']} was opened on {long_date(rec)}, at {ampm(rec)} for "
         f"{rec['type'].lower()} in the {rec['block']} block of {rec['street']}. Disposition: "
         f"{rec['disp'].lower()}. {summary_for(rec)}")
    return s


def draw_pickens(path, recs, req, period):
    c = new_canvas(path)
    page = [1]

    def foot():
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 30, f"Pickens Mill Police Department - {req} - page {page[0]}")
        c.showPage()
        page[0] += 1

    c.setFont("Times-Bold", 13)
    c.drawString(72, H - 60, "PICKENS MILL POLICE DEPARTMENT")
    c.setFont("Times-Roman", 10)
    c.drawString(72, H - 74, "Office of the Chief - Open Records - 88 Depot Street, Pickens Mill, Georgia 30799")
    y = H - 104
    intro = (f"This letter answers open records request {req} for the incident reports taken in {period}. "
             "Rather than copy each report, the records clerk has typed the information that O.C.G.A. "
             "50-18-72(a)(4) makes public, one numbered paragraph per report, below.")
    for line in simpleSplit(intro, "Times-Roman", 10.5, W - 144):
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, y, line)
        y -= 14
    y -= 8
    for i, rec in enumerate(recs, start=1):
        lines = simpleSplit(para_pickens(i, rec), "Times-Roman", 10.5, W - 144)
        if y - 14 * len(lines) < 60:
            foot()
            y = H - 60
        c.setFont("Times-Roman", 10.5)
        for line in lines:
            c.drawString(72, y, line)
            y -= 14
        y -= 6
    counts = {}
    for rec in recs:
        counts[rec["type"].lower()] = counts.get(rec["type"].lower(), 0) + 1
    tail = (f"In all, {len(recs)} reports are responsive. By type: "
            + "; ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ". Please call (706) 555-0171 "
            "with any question about this response.")
    lines = simpleSplit(tail, "Times-Roman", 10.5, W - 144)
    if y - 14 * len(lines) < 60:
        foot()
        y = H - 60
    for line in lines:
        c.drawString(72, y, line)
        y -= 14
    foot()
    c.save()


def sample_pickens(rec):
    return {"case_number": rec["id"], "reported_at": f"{long_date(rec)}, at {ampm(rec)}",
            "type": rec["type"].lower(), "location": f"{rec['block']} block of {rec['street']}",
            "disposition": rec["disp"].lower(), "summary": summary_for(rec)}


# ---------------------------------------------------------------- driver
def days_of(y, m, d0, d1):
    return [(y, m, d) for d in range(d0, d1 + 1)]


AGENCIES = [
    ("wapello-bend-ia-pd", "City of Wapello Bend Police Department, IA [invented]", "table with header",
     "clerk's typed summary table behind a one-page cover letter (item numbers first, related numbers in the "
     "disposition cell, a total line)",
     [("wbpd-prr-25-118-summary.pdf", 58, days_of(2025, 10, 6, 12), "WB-25-{:05d}", 3100,
       ("PRR 25-118", "October 6-12, 2025")),
      ("wbpd-prr-25-131-summary.pdf", 71, days_of(2025, 10, 13, 19), "WB-25-{:05d}", 3220,
       ("PRR 25-131", "October 13-19, 2025"))],
     {"citation": lambda r: f"IA{r.randint(1000000, 9999999)}", "booking_number": lambda r: f"25-B{r.randint(100, 999)}",
      "other_agency_case": lambda r: f"WCSO-25-{r.randint(1000, 9999)}"}),
    ("sumner-crossing-tn-pd", "Sumner Crossing Police Department, TN [invented]", "table with header",
     "photocopied daily complaint register, handwritten-style ink additions (citation, booking and sheriff numbers; "
     "per-page tallies)",
     [("scpd-register-2025-10-20-23.pdf", 88, days_of(2025, 10, 20, 23), "SC25-{:04d}", 1400, "Oct. 20-23, 2025"),
      ("scpd-register-2025-10-24-27.pdf", 64, days_of(2025, 10, 24, 27), "SC25-{:04d}", 1530, "Oct. 24-27, 2025")],
     {"citation": lambda r: f"TN{r.randint(4000000, 4999999)}", "booking_number": lambda r: f"25-{r.randint(1000, 1999)}",
      "other_agency_case": lambda r: f"SCSO25-{r.randint(100, 999)}"}),
    ("osage-ferry-mo-pd", "Osage Ferry Police Department, MO [invented]", "table with header",
     "index page of released ids with page references, then log pages bound out of order with 'Page k of N' printed",
     [("ofpd-sunshine-log-2025-10.pdf", 134, days_of(2025, 10, 1, 31), "OF25-{:05d}", 7700, "October 2025")],
     {"citation": lambda r: f"M{r.randint(10000000, 99999999)}", "booking_number": lambda r: f"B25-{r.randint(1000, 9999)}",
      "other_agency_case": lambda r: f"25-{r.randint(100000, 999999)}-T"}),
    ("belle-chenier-la-pd", "Belle Chenier Police Department, LA [invented]", "labelled blocks",
     "public-records worksheet: 'REQUESTED ITEM i OF n' heading, right-aligned labels, id after 'Item No.:', "
     "wrapped clerk's note carrying related numbers",
     [("bcpd-worksheet-prr-2025-044.pdf", 46, days_of(2025, 10, 1, 15), "BC-2025-{:05d}", 2100,
       ("PRR-2025-044", "October 1-15, 2025")),
      ("bcpd-worksheet-prr-2025-051.pdf", 53, days_of(2025, 10, 16, 31), "BC-2025-{:05d}", 2230,
       ("PRR-2025-051", "October 16-31, 2025"))],
     {"citation": lambda r: f"LA-{r.randint(200000, 299999)}", "booking_number": lambda r: f"BCJ-{r.randint(10000, 99999)}",
      "other_agency_case": lambda r: f"CP25-{r.randint(1000, 9999)}"}),
    ("pickens-mill-ga-pd", "Pickens Mill Police Department, GA [invented]", "free text",
     "letter answering the request: numbered prose paragraphs '(i) Case id was opened on ...', closing count "
     "and counts by type",
     [("pmpd-open-records-2025-0317.pdf", 67, days_of(2025, 10, 13, 26), "25-{:06d}", 4410,
       ("ORR 2025-0317", "October 13-26, 2025"))],
     {"citation": lambda r: f"GA{r.randint(100000, 999999)}", "booking_number": lambda r: f"PMB-25-{r.randint(100, 999)}",
      "other_agency_case": lambda r: f"LCSO 25-{r.randint(1000, 9999)}"}),
]


NOTES = {
    "wapello-bend-ia-pd": "Page 1 is a cover letter from the records clerk (request number PRR 25-NNN, the count "
    "'N incidents are listed', an Iowa Code section number, a phone number) and holds no record. Then a Courier "
    "summary table typed by the clerk: Item (1., 2., ... not the id), Report No. WB-25-NNNNN, Reported MM/DD/YYYY "
    "HHMM, Offense, Location (block address, cut at 24 characters), Disposition. Related numbers sit in the "
    "disposition cell: 'CITED IANNNNNNN', 'ARREST BK 25-BNNN', 'REF CO SO WCSO-25-NNNN'. A 'Total incidents "
    "listed: N' line after the last row; the request number in every page header and footer.",
    "sumner-crossing-tn-pd": "Photocopied register pages (grey page, slightly turned sheet), ruled rows: Date MM/DD/YY, "
    "Time HHMM, Complaint No. SC25-NNNN, Nature of Call, Location, Badge (a 3-digit officer number, not an id), "
    "Disp. (cut at 14 characters). Handwritten-style ink additions in blue italics: a line under some rows with "
    "'cit. #TNNNNNNNN', 'bk # 25-NNNN' or 'SO case SCSO25-NNN' (related numbers), two late entries a page on the "
    "first two pages written in by hand below the typed rows, out of time order, ending 'late', and a tally "
    "'N this pg - checked' under every page. 'Register entries this period: N' at the end.",
    "osage-ferry-mo-pd": "Page 1 is an index of the released ids in three columns, 'OF25-NNNNN .... p. k', with "
    "'Page 1 of N  Incidents released: N'. The log pages follow bound out of order (the printed 'Page k of N' "
    "footers are not ascending); case_numbers follow the document, not the page numbers. Log table: Incident #, "
    "Date / Time MM/DD/YYYY HHMM, Call Type, Address, Disposition; an italic line under some rows cites 'Uniform "
    "citation MNNNNNNNN', 'Booking B25-NNNN' or 'MSHP report 25-NNNNNN-T'.",
    "belle-chenier-la-pd": "Public-records worksheet: one labelled block per requested item under a 'REQUESTED ITEM i "
    "OF n' heading; right-aligned labels Item No. (the id BC-2025-NNNNN), Date/Time Rec'd 'MM/DD/YYYY @ HHMM hrs', "
    "Complaint, Location ('N block of Street'), Status, Clerk's note (wrapped) citing 'citation LA-NNNNNN', "
    "'booked under BCJ-NNNNN' or 'see also county case CP25-NNNN'. The request number PRR-2025-NNN and a statute "
    "cite in every page header. 'Items on this worksheet: N   Items withheld: 0' at the end.",
    "pickens-mill-ga-pd": "A letter answering the open-records request: an intro paragraph (request number ORR "
    "2025-NNNN, a statute cite), then one numbered prose paragraph per report, '(i) Case 25-NNNNNN was opened on "
    "Month D, YYYY, at H:MM a.m. for type in the N block of Street. Disposition: x. summary.', wrapped over two or "
    "three lines; summaries cite 'citation GANNNNNN', 'booked under PMB-25-NNN' or 'see also county case LCSO "
    "25-NNNN'. It closes 'In all, N reports are responsive. By type: type n; ...' (counts that read like items) "
    "and a phone number; the footer repeats the request number.",
}


def build(idx, folder, agency, layout, doc_type, docs, rels):
    out = OUT / folder
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for j, (fname, n, days, fmt, start, extra) in enumerate(docs):
        r = random.Random(SEED + 10 * idx + j)
        recs = make_records(r, n, days, fmt, start, rel_common(rels))
        path = out / fname
        printed = recs
        if folder == "wapello-bend-ia-pd":
            draw_wapello(path, recs, *extra)
            sample = sample_wapello
        elif folder == "sumner-crossing-tn-pd":
            for rec in recs:
                rec["badge"] = r.choice([112, 118, 124, 131, 137, 142])
            printed = draw_sumner(path, recs, f"Period: {extra}   Desk copy, register book 14")
            sample = sample_sumner
        elif folder == "osage-ferry-mo-pd":
            pages = (len(recs) + 29) // 30
            order = list(range(pages))
            while order == sorted(order):
                r.shuffle(order)
            printed = draw_osage(path, recs, order, extra)
            sample = sample_osage
        elif folder == "belle-chenier-la-pd":
            draw_belle(path, recs, *extra)
            sample = sample_belle
        else:
            draw_pickens(path, recs, *extra)
            sample = sample_pickens
        ids = [rec["id"] for rec in printed]
        assert len(set(ids)) == len(ids) and 40 <= len(ids) <= 150
        related = [{"record": rec["id"], "kind": rec["rel"][0], "number": rec["rel"][1]}
                   for rec in printed if rec["rel"]]
        data = path.read_bytes()
        samples = [sample(printed[k]) for k in (0, len(printed) // 2, len(printed) - 1)]
        for s, k in zip(samples, (0, len(printed) // 2, len(printed) - 1)):
            if printed[k]["rel"]:
                s["related_numbers"] = [printed[k]["rel"][1]]
        entries.append({
            "file": fname, "source_repo": "generated", "commit": "generated", "path": "generated",
            "git_blob": "generated", "generator": f"make_blind_logs70.py (seed {SEED} + 10 x agency + document)",
            "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "pages": pdf_pages(path),
            "agency": agency, "document_type": doc_type, "layout": layout, "scanned": False,
            "encrypted": False, "text_layer": "good", "record_count": len(ids), "case_numbers": ids,
            "related_numbers": related, "fields_present": sorted({k for s in samples for k in s}),
            "sample_records": samples, "case_numbers_source": "generator (the ids it printed, in print order)",
            "record_count_check": "the document's own total line equals len(case_numbers)",
            "notes": NOTES[folder]})
    (out / "groundtruth.json").write_text(json.dumps(entries, indent=1) + "\n")
    return entries


def main():
    for idx, (folder, agency, layout, doc_type, docs, rels) in enumerate(AGENCIES):
        for e in build(idx, folder, agency, layout, doc_type, docs, rels):
            print(f"{folder}/{e['file']}: {e['record_count']} records, {e['pages']} pp, {e['bytes']} bytes")


if __name__ == "__main__":
    main()
