"""Generate a held-out set of incident logs released as California Public Records Act productions.

Each PDF is one CPRA release: a cover letter from the city first, sometimes an exemption index, then
the incident log itself, then sometimes a certificate, a declaration of the custodian of records or a
proof of service. The log must be found among the other pages; numbers in the letter, the index and
the closing pages are not records. Five layouts: a portrait table behind a letter that names an
out-of-period incident (certificate after); a table whose exemption index comes BEFORE the log and
names the redacted rows' ids; CAD incident-summary blocks behind a letter with a documents-produced
table, a proof of service after; a watch summary of paragraphs whose letter and declaration name
redacted entries by id; a table sorted by reporting district, the declaration after it naming
reports withheld in full (not in the log). Every agency, place and record is invented; no person is
named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs77/make_blind_logs77.py [OUT_DIR]
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
SEED = 20267777
STREETS = ["Camino Alto", "Calle Serena", "Vista Oro", "Paseo Verde", "Ocean View", "Mesa Linda", "Alameda",
           "Corral Viejo", "Rancho Seco", "Laurel Canyon", "Sycamore", "Madrone", "Toyon", "Cabrillo",
           "Portola", "Manzanita", "Buena Tierra", "Las Flores", "Del Monte", "Arroyo Chico"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Blvd"]


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


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def long_day(d):
    return datetime.date(*d).strftime("%A, %B %-d, %Y")


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def block_addr(r, upper=False):
    a = f"{r.randint(1, 49) * 100} block of {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def base_records(r, days, n, types, disps, fmt, start):
    recs, k = [], start
    for d, h, m in day_times(r, days, n):
        k += r.choice((1, 1, 1, 2))
        recs.append({"case_number": fmt.format(k), "day": d, "hm": (h, m), "type": r.choice(types),
                     "disposition": r.choice(disps), "related": []})
    return recs, k


def relate(r, rec, table):
    """table: disposition -> (kind, number format fn, printed disposition fn)."""
    if rec["disposition"] in table:
        kind, num_fn, text_fn = table[rec["disposition"]]
        num = num_fn(r)
        rec["disposition"] = text_fn(num)
        rec["related"].append((kind, num))


def para(c, x, y, text, font, size, width, lead):
    for t in wrap(text, font, size, width):
        c.drawString(x, y, t)
        y -= lead
    return y


def letter_page(c, w, h, city, dept, addr_line, phone, date_line, ref, paragraphs, signer):
    c.setFont("Times-Bold", 14)
    c.drawCentredString(w / 2, h - 54, city)
    c.setFont("Times-Roman", 10)
    c.drawCentredString(w / 2, h - 68, dept)
    c.drawCentredString(w / 2, h - 80, f"{addr_line}  -  {phone}")
    c.line(60, h - 88, w - 60, h - 88)
    y = h - 116
    c.drawString(72, y, date_line)
    y -= 26
    c.drawString(72, y, "Sent by e-mail to the requester")
    y -= 26
    c.setFont("Times-Bold", 10)
    c.drawString(72, y, ref)
    y -= 24
    c.setFont("Times-Roman", 10)
    c.drawString(72, y, "Dear Requester:")
    y -= 20
    for p in paragraphs:
        y = para(c, 72, y, p, "Times-Roman", 10, w - 144, 13) - 9
    y -= 6
    c.drawString(72, y, "Sincerely,")
    c.drawString(72, y - 36, signer)
    c.setFont("Times-Italic", 8)
    c.drawCentredString(w / 2, 34, "This letter is not part of the record produced.")


def table_rows(c, recs, cols, head, y, lead, font, size, bottom, cell):
    """cols: (x, width, key); cell(rec, key) -> text. Returns y."""
    for rec in recs:
        cells = [(x, wrap(cell(rec, key), font, size, wd)) for x, wd, key in cols]
        n = max(len(v) for _, v in cells)
        if y - lead * n < bottom:
            c.showPage()
            y = head()
        c.setFont(font, size)
        for x, lines in cells:
            for j, t in enumerate(lines):
                c.drawString(x, y - lead * j, t)
        y -= lead * n + 3
    return y


# ---------------------------------------------------------------- A: Paseo Encino (letter, table, certificate)

PE_TYPES = ["Burglary - Residential", "Burglary - Vehicle", "Petty Theft", "Grand Theft", "Vandalism",
            "Assault - Simple", "Identity Theft", "Stolen Vehicle", "Hit and Run - Property", "Trespass",
            "Domestic Disturbance", "Shoplifting", "Fraud - Elder", "Public Intoxication"]
PE_DISP = ["Report taken", "Closed", "Arrest", "Cited", "Referred", "Unfounded", "Pending investigation"]
PE_REL = {
    "Arrest": ("booking_number", lambda r: f"BK-25-{r.randint(10000, 99999)}", lambda n: f"Arrest, booked {n}"),
    "Cited": ("citation", lambda r: f"PE{r.randint(100000, 999999)}", lambda n: f"Cited, citation {n}"),
    "Referred": ("other_agency_case", lambda r: f"CS25-{r.randint(100000, 999999)}",
                 lambda n: f"Referred to County Sheriff, case {n}"),
}


def pe_records(r, days, n, start, extra):
    recs, _ = base_records(r, days, n, PE_TYPES, PE_DISP, "PE25-{:05d}", start)
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}:{m:02d}"
        rec["location"] = block_addr(r)
        relate(r, rec, PE_REL)
    return recs, {"letter_number": f"PE25-{start - r.randint(60, 140):05d}"}


def draw_pe(path, recs, meta, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [1]
    req = meta["request"]
    letter_page(c, w, h, "CITY OF PASEO ENCINO", "Police Department - Records Section",
                "400 Plaza Encino, Paseo Encino, CA 93990", "(805) 555-0142", meta["letter_date"],
                f"Re: California Public Records Act request No. {req}",
                [f"The City received your request on {meta['received']} for the police department's incident "
                 f"log for {label}. Under Government Code section 7922.535 the City has determined that the "
                 f"request seeks disclosable public records, and they are enclosed.",
                 f"The enclosed log lists {len(recs)} incidents. Information about each incident is released "
                 f"to the extent required by Government Code section 7923.605; names of victims and witnesses "
                 f"and investigative narratives are withheld under section 7923.600.",
                 f"Your request also names incident {meta['letter_number']}. That incident was reported on "
                 f"{meta['letter_date_of']}, before the period you asked for, and it is not part of the enclosed "
                 f"log; you may submit a separate request for it.",
                 "This letter closes your request. Questions may be directed to the Records Section at "
                 "(805) 555-0142."], "Records Supervisor, Badge 2208")
    c.showPage()
    cols = [(40, 64, "case_number"), (108, 70, "reported_at"), (182, 110, "type"), (296, 140, "location"),
            (440, 134, "disposition")]
    titles = ["Incident No.", "Reported", "Offense", "Location", "Disposition"]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 40, "PASEO ENCINO POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(40, h - 52, f"Incident Log - {label}")
        c.drawRightString(w - 40, h - 52, f"{req}   page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for (x, _, _), t in zip(cols, titles):
            c.drawString(x, h - 70, t)
        c.line(40, h - 73, w - 40, h - 73)
        return h - 84

    y = head()
    y = table_rows(c, recs, cols, head, y, 9, "Helvetica", 7.5, 60,
                   lambda rec, k: rec[k])
    c.line(40, y + 4, w - 40, y + 4)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y - 8, f"Total incidents: {len(recs)}")
    last_log = page[0]
    c.showPage()
    page[0] += 1
    c.setFont("Times-Bold", 13)
    c.drawCentredString(w / 2, h - 80, "CERTIFICATE OF CUSTODIAN OF RECORDS")
    c.setFont("Times-Roman", 10.5)
    para(c, 72, h - 120,
         f"I, the undersigned, am a duly authorized custodian of the records of the Paseo Encino Police "
         f"Department. I certify that the attached incident log, pages 2 through {last_log}, is a true copy of "
         f"the record kept by the Department in the regular course of business for {label}, released in "
         f"answer to request {req}, and that it consists of {len(recs)} entries. Redactions were made as "
         f"described in the cover letter.", "Times-Roman", 10.5, w - 144, 15)
    c.drawString(72, h - 260, f"Executed on {meta['letter_date']} at Paseo Encino, California.")
    c.drawString(72, h - 300, "Custodian of Records, Badge 2208")
    c.setFont("Times-Italic", 8)
    c.drawCentredString(w / 2, 34, f"{req}   page {page[0]} of {pages or 0}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Cerro Callado (exemption index before the log)

CC_TYPES = ["BURGLARY", "VEH BURGLARY", "THEFT", "VANDALISM", "BATTERY", "DUI", "WELFARE CHECK", "DISTURBANCE",
            "SUSP PERSON", "STOLEN VEH", "FRAUD", "TRESPASS", "MISSING PERSON", "ASSAULT W/ WEAPON"]
CC_DISP = ["RPT", "NO RPT", "ARR", "CIT", "GOA", "REF CHP", "UTL"]
CC_REL = {
    "ARR": ("booking_number", lambda r: f"BKG{r.randint(2500000, 2599999)}", lambda n: f"ARR {n}"),
    "CIT": ("citation", lambda r: f"CC{r.randint(1000000, 9999999)}", lambda n: f"CIT {n}"),
    "REF CHP": ("other_agency_case", lambda r: f"CHP 25-{r.randint(10000, 99999)}", lambda n: f"REF {n}"),
}
CC_WHY = [("Location", "Victim's residence address", "Gov. Code 7923.615(a)"),
          ("Location", "Address of a domestic violence victim", "Gov. Code 7923.615(b); Fam. Code 6228"),
          ("Location", "Juvenile's residence", "Welf. & Inst. Code 827"),
          ("Location", "Medical facility address", "Gov. Code 7927.700")]


def cc_records(r, days, n, start, extra):
    recs, _ = base_records(r, days, n, CC_TYPES, CC_DISP, "CC25-{:05d}", start)
    item = 0
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at_date"] = mdy(rec["day"])
        rec["time"] = f"{h:02d}{m:02d}"
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}{m:02d}"
        rec["location"] = block_addr(r, upper=True)
        relate(r, rec, CC_REL)
        if r.random() < 0.13 and rec["type"] in ("BURGLARY", "BATTERY", "DISTURBANCE", "MISSING PERSON",
                                                 "ASSAULT W/ WEAPON", "WELFARE CHECK", "THEFT"):
            item += 1
            rec["location"] = f"[EXEMPT - ITEM {item}]"
            rec["exempt"] = (item, r.choice(CC_WHY))
    return recs, {}


def draw_cc(path, recs, meta, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [1]
    req = meta["request"]
    ex = [x for x in recs if "exempt" in x]
    letter_page(c, w, h, "CITY OF CERRO CALLADO", "Police Department",
                "1 Civic Center Dr, Cerro Callado, CA 95990", "(530) 555-0117", meta["letter_date"],
                f"Subject: Public Records Act Request #{req} - Determination and Production",
                [f"This responds to your request under the California Public Records Act (Gov. Code 7920.000 "
                 f"et seq.) for calls for service for {label}. Responsive records are produced with this letter.",
                 f"Portions of {len(ex)} entries have been redacted. Each redaction is listed on the exemption "
                 f"index that follows this letter, with the legal authority for it; the redacted cell of the log "
                 f"refers to the index item. No entry has been withheld in full.",
                 "If you believe any redaction was made in error, please contact the Records Unit at "
                 "(530) 555-0117 within 30 days of this letter."], "Records Unit Supervisor, Badge 0941")
    c.showPage()
    page[0] += 1
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, h - 54, f"EXEMPTION INDEX - PRA #{req}")
    c.setFont("Helvetica", 8)
    c.drawString(50, h - 68, f"Cerro Callado Police Department calls for service, {label}")
    c.drawRightString(w - 50, h - 68, f"page {page[0]} of {pages or 0}")
    c.setFont("Helvetica-Bold", 8)
    xs = [50, 84, 150, 200, 350]
    for x, t in zip(xs, ["Item", "Case No.", "Field", "Information withheld", "Authority"]):
        c.drawString(x, h - 90, t)
    c.line(50, h - 93, w - 50, h - 93)
    y = h - 106
    c.setFont("Helvetica", 8)
    for rec in ex:
        k, (field, what, law) = rec["exempt"]
        for x, t in zip(xs, [f"{k}.", rec["case_number"], field, what, law]):
            c.drawString(x, y, t)
        y -= 13
    c.setFont("Helvetica-Bold", 8)
    c.drawString(50, y - 6, f"Items in this index: {len(ex)}")
    c.showPage()
    cols = [(36, 50, "reported_at_date"), (88, 26, "time"), (118, 58, "case_number"), (180, 92, "type"),
            (276, 150, "location"), (430, 146, "disposition")]
    titles = ["Date", "Time", "Case No.", "Call Type", "Location", "Disposition"]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(36, h - 40, "CERRO CALLADO POLICE DEPT - CALLS FOR SERVICE WITH CASE NUMBERS")
        c.setFont("Courier", 7.5)
        c.drawString(36, h - 52, f"PERIOD {label.upper()}")
        c.drawRightString(w - 36, h - 52, f"PRA #{req}  PAGE {page[0]} OF {pages or 0}")
        c.setFont("Courier-Bold", 7.5)
        for (x, _, _), t in zip(cols, titles):
            c.drawString(x, h - 68, t)
        c.line(36, h - 71, w - 36, h - 71)
        return h - 82

    y = head()
    y = table_rows(c, recs, cols, head, y, 9, "Courier", 7.5, 54, lambda rec, k: rec[k])
    c.setFont("Courier-Bold", 8)
    c.drawString(36, y - 8, f"RECORDS LISTED: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Puerta Dorada (CAD summary blocks, proof of service)

PD_TYPES = ["BURGLARY - RESIDENTIAL", "BURGLARY - COMMERCIAL", "PETTY THEFT", "VEHICLE THEFT", "VANDALISM",
            "ASSAULT", "DISTURBANCE - NOISE", "SUSPICIOUS VEHICLE", "TRAFFIC COLLISION - NON INJURY",
            "WELFARE CHECK", "ALARM - AUDIBLE", "FRAUD", "HARASSMENT"]
PD_DISP = ["REPORT TAKEN", "ADVISED", "GONE ON ARRIVAL", "ARREST", "CITATION", "UNFOUNDED", "HANDLED BY CHP"]
PD_REL = {
    "ARREST": ("booking_number", lambda r: f"BKG 25-{r.randint(100000, 999999)}", lambda n: f"ARREST - {n}"),
    "CITATION": ("citation", lambda r: f"PDC{r.randint(100000, 999999)}", lambda n: f"CITATION {n}"),
    "HANDLED BY CHP": ("other_agency_case", lambda r: f"CHP 25-{r.randint(1000, 9999)}-T",
                       lambda n: f"HANDLED BY CHP, {n}"),
}


def pd_records(r, days, n, start, extra):
    recs, _ = base_records(r, days, n, PD_TYPES, PD_DISP, "PD2510-{:05d}", start)
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}:{m:02d}:{r.randint(0, 59):02d}"
        rec["location"] = f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS).upper()} " \
                          f"{r.choice(SUFFIX).upper()}"
        rec["units"] = ", ".join(f"{r.randint(1, 4)}A{r.randint(10, 39)}" for _ in range(r.randint(1, 3)))
        relate(r, rec, PD_REL)
        if r.random() < 0.12:
            prev = extra(r, start)
            rec["earlier"] = prev
            rec["related"].append(("earlier_incident", prev))
    return recs, {}


def draw_pd(path, recs, meta, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [1]
    req = meta["request"]
    logp = (2, (pages or 3) - 1)
    letter_page(c, w, h, "CITY OF PUERTA DORADA", "Office of the City Clerk - Public Records",
                "220 Calle Mayor, Puerta Dorada, CA 92990", "(760) 555-0126", meta["letter_date"],
                f"RE: Public Records Request {req} (Police Department incident summaries)",
                [f"The City of Puerta Dorada has completed its response to your request for police incident "
                 f"information for {label}. The Police Department's CAD Incident Summary for that period is "
                 f"enclosed; it contains the information that Government Code section 7923.605 makes public.",
                 f"Documents produced: Document 1, this letter (1 page); Document 2, CAD Incident Summary "
                 f"({logp[1] - logp[0] + 1} pages, pages {logp[0]}-{logp[1]}); Document 3, Proof of Service "
                 f"(1 page, page {logp[1] + 1}). Unit numbers shown in the summary are patrol unit call signs.",
                 "No records were withheld. This letter closes request " + req + "."],
                "Deputy City Clerk")
    c.showPage()
    L, R = 54, w - 54

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(L, h - 40, "Puerta Dorada Police Department - CAD Incident Summary")
        c.setFont("Helvetica", 8)
        c.drawString(L, h - 52, f"{label}   (information released under Gov. Code 7923.605)")
        c.drawRightString(R, h - 52, f"{req} - page {page[0]} of {pages or 0}")
        c.line(L, h - 57, R, h - 57)
        return h - 74

    y = head()
    for rec in recs:
        lines = [("Call Type:", rec["type"]), ("Address:", rec["location"]), ("Units:", rec["units"]),
                 ("Disposition:", rec["disposition"])]
        if "earlier" in rec:
            lines.append(("Related:", rec["earlier"]))
        need = 11 * (len(lines) + 1) + 10
        if y - need < 50:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(L, y, "Incident")
        c.drawString(L + 44, y, rec["case_number"])
        c.setFont("Helvetica", 8.5)
        c.drawRightString(R, y, f"Received {rec['reported_at']}")
        y -= 11
        for lab, val in lines:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(L + 14, y, lab)
            c.setFont("Helvetica", 8.5)
            c.drawString(L + 84, y, val)
            y -= 11
        c.setStrokeGray(0.6)
        c.line(L, y + 6, R, y + 6)
        c.setStrokeGray(0)
        y -= 6
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(L, y - 6, f"Incidents in this summary: {len(recs)}")
    c.showPage()
    page[0] += 1
    c.setFont("Times-Bold", 13)
    c.drawCentredString(w / 2, h - 80, "PROOF OF SERVICE")
    c.setFont("Times-Roman", 10.5)
    y = para(c, 72, h - 116,
             "I am employed in the County of San Dorado, State of California. I am over the age of 18 years "
             "and not a party to this matter. My business address is 220 Calle Mayor, Puerta Dorada, "
             "California 92990.", "Times-Roman", 10.5, w - 144, 15) - 10
    y = para(c, 72, y,
             f"On {meta['letter_date']}, I served the foregoing documents, described as the response to public "
             f"records request {req} (Documents 1 through 3, {page[0]} pages), on the requester by electronic "
             f"mail to the address given in the request, and by first-class mail in a sealed envelope with "
             f"postage fully prepaid.", "Times-Roman", 10.5, w - 144, 15) - 10
    y = para(c, 72, y, "I declare under penalty of perjury under the laws of the State of California that the "
             "foregoing is true and correct.", "Times-Roman", 10.5, w - 144, 15) - 24
    c.drawString(72, y, f"Executed on {meta['letter_date']}, at Puerta Dorada, California.")
    c.drawString(72, y - 40, "Deputy City Clerk, Clerk's Office ID 114")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Santa Olalla (watch summary, redacted entries named)

SO_TYPES = ["Petty theft", "Vehicle burglary", "Residential burglary", "Vandalism", "Battery", "Trespass",
            "Runaway juvenile", "Disturbance", "Stolen bicycle", "Fraud", "Hit and run", "Loitering"]
SO_SENT = ["The reporting party returned home to find the side door forced.",
           "Officers checked the area without locating anyone.",
           "A neighbor's camera recorded the event and the footage was collected.",
           "The caller reported a group arguing in the parking lot.",
           "Two items were taken from an unlocked vehicle overnight.",
           "Staff asked that the person be removed from the property.",
           "The victim was not injured."]
SO_OUT = ["Report taken.", "No report.", "Arrest", "Cited", "Referred to the Sheriff", "Gone on arrival."]


def so_records(r, days, n, start, extra):
    recs, _ = base_records(r, days, n, SO_TYPES, SO_OUT, "DR 25-{:05d}", start)
    for rec in recs:
        h, m = rec["hm"]
        rec["time"] = f"{h:02d}{m:02d}"
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}{m:02d}"
        rec["location"] = block_addr(r)
        rec["summary"] = " ".join(r.sample(SO_SENT, 2))
        d = rec["disposition"]
        if d == "Arrest":
            num = f"SOB-{r.randint(10000, 99999)}"
            rec["disposition"] = f"One adult was arrested and booked, booking {num}."
            rec["related"].append(("booking_number", num))
        elif d == "Cited":
            num = f"SO{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"An adult was cited and released, citation {num}."
            rec["related"].append(("citation", num))
        elif d == "Referred to the Sheriff":
            num = f"OCS 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to the Sheriff's Office, case {num}."
            rec["related"].append(("other_agency_case", num))
    cand = [x for x in recs[3:-3] if x["type"] in ("Runaway juvenile", "Battery", "Vandalism", "Trespass")]
    red = sorted(r.sample(cand, 3), key=lambda x: recs.index(x))
    for x in red:
        x["redacted"] = True
        x["summary"] = "A juvenile [name redacted, W&I 827] was involved. " + x["summary"]
    return recs, {"redacted": [x["case_number"] for x in red]}


def draw_so(path, recs, meta, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [1]
    req = meta["request"]
    red = meta["redacted"]
    named = ", ".join(red[:-1]) + " and " + red[-1]
    letter_page(c, w, h, "CITY OF SANTA OLALLA", "Police Department - Office of the Chief",
                "77 Mission St, Santa Olalla, CA 95990", "(831) 555-0158", meta["letter_date"],
                f"Re: Your California Public Records Act request {req}",
                [f"Enclosed is the Patrol Watch Summary for {label}, which the Department keeps as its log of "
                 f"incidents under Government Code section 7923.605. It is followed by a declaration of the "
                 f"custodian of records.",
                 f"The entries for {named} involve juveniles. The juveniles' names were removed from those "
                 f"entries under Welfare and Institutions Code section 827; the rest of each entry is released.",
                 "Should you have questions, please call the Records Division at (831) 555-0158."],
                "Lieutenant, Support Services, Badge 318")
    c.showPage()
    L, R = 66, w - 66

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 42, "SANTA OLALLA POLICE DEPARTMENT")
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(w / 2, h - 55, f"Patrol Watch Summary - {label}")
        c.setFont("Times-Roman", 8)
        c.drawRightString(R, 30, f"{req}  -  {page[0]} / {pages or 0}")
        return h - 80

    y = head()
    day = None
    for rec in recs:
        text = (f"{rec['type']}, {rec['location']}. {rec['summary']} {rec['disposition']} "
                f"({rec['case_number']})")
        lines = wrap(text, "Times-Roman", 9.5, R - L - 44)
        need = 12 * len(lines) + 6 + (26 if rec["day"] != day else 0)
        if y - need < 50:
            c.showPage()
            y = head()
        if rec["day"] != day:
            day = rec["day"]
            c.setFont("Times-Bold", 10)
            c.drawString(L, y, long_day(day))
            y -= 16
        c.setFont("Times-Bold", 9.5)
        c.drawString(L, y, f"{rec['time']}")
        c.setFont("Times-Roman", 9.5)
        for t in lines:
            c.drawString(L + 44, y, t)
            y -= 12
        y -= 5
    c.setFont("Times-Bold", 9.5)
    c.drawString(L, y - 6, f"Entries in this summary: {len(recs)}")
    c.showPage()
    page[0] += 1
    c.setFont("Times-Bold", 13)
    c.drawCentredString(w / 2, h - 80, "DECLARATION OF CUSTODIAN OF RECORDS")
    c.setFont("Times-Roman", 10.5)
    y = para(c, 72, h - 116,
             "1. I am employed by the Santa Olalla Police Department as a custodian of its records and have "
             "personal knowledge of the facts stated here.", "Times-Roman", 10.5, w - 144, 15) - 8
    y = para(c, 72, y,
             f"2. The Patrol Watch Summary produced in answer to request {req} is a true copy of the record "
             f"prepared at or near the time of the events by officers of the Department, and it lists "
             f"{len(recs)} entries.", "Times-Roman", 10.5, w - 144, 15) - 8
    y = para(c, 72, y,
             f"3. The only information removed is the name of a juvenile in each of the entries {named}, as "
             f"stated in the letter of {meta['letter_date']}.", "Times-Roman", 10.5, w - 144, 15) - 8
    y = para(c, 72, y, "I declare under penalty of perjury under the laws of the State of California that the "
             "foregoing is true and correct.", "Times-Roman", 10.5, w - 144, 15) - 24
    c.drawString(72, y, f"Executed on {meta['letter_date']}, at Santa Olalla, California.   Badge 318")
    c.setFont("Times-Roman", 8)
    c.drawRightString(R, 30, f"{req}  -  {page[0]} / {pages or 0}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Rancho Tesoro (sorted by RD, withheld in declaration)

RT_TYPES = ["459 PC BURGLARY", "484 PC THEFT", "594 PC VANDALISM", "242 PC BATTERY", "10851 VC VEH THEFT",
            "23152 VC DUI", "602 PC TRESPASS", "530.5 PC ID THEFT", "20002 VC HIT AND RUN", "415 PC DISTURB",
            "273.5 PC DV BATTERY", "5150 WI EVAL"]
RT_DISP = ["RPT TAKEN", "CLOSED", "ARREST", "CITED", "SUSPENDED", "REFERRED"]
RT_RD = {"311": "North Mesa", "312": "North Mesa", "324": "Old Town", "325": "Old Town", "338": "Harbor",
         "341": "Tesoro Hills"}
RT_REL = {
    "ARREST": ("booking_number", lambda r: f"RTJ{r.randint(250000, 259999)}", lambda n: f"ARREST BKG {n}"),
    "CITED": ("citation", lambda r: f"RT-C{r.randint(10000, 99999)}", lambda n: f"CITED {n}"),
    "REFERRED": ("other_agency_case", lambda r: f"DA25-{r.randint(1000, 9999)}", lambda n: f"REF DA {n}"),
}


def rt_records(r, days, n, start, extra):
    recs, k = base_records(r, days, n + 3, RT_TYPES, RT_DISP, "RT-25-{:06d}", start)
    withheld = sorted(r.sample(range(4, n - 4), 3))
    held = [recs[i]["case_number"] for i in withheld]
    recs = [x for i, x in enumerate(recs) if i not in withheld]
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{rec['day'][1]}/{rec['day'][2]}/25 {h:02d}{m:02d}"
        rec["rd"] = r.choice(sorted(RT_RD))
        rec["location"] = f"{r.randint(1, 59) * 100} BLK {r.choice(STREETS).upper()}"
        relate(r, rec, RT_REL)
    recs.sort(key=lambda x: (x["rd"], x["day"], x["hm"]))
    return recs, {"withheld": held}


def draw_rt(path, recs, meta, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    page = [1]
    req = meta["request"]
    letter_page(c, w, h, "CITY OF RANCHO TESORO", "Police Department - Records Bureau",
                "9 Tesoro Pkwy, Rancho Tesoro, CA 91990", "(626) 555-0139", meta["letter_date"],
                f"Re: Records request {req}",
                [f"This letter responds to your Public Records Act request for the department's report log for "
                 f"{label}. The log is enclosed, printed from the records management system in reporting "
                 f"district order.",
                 "Three reports of the period are withheld in full under Government Code section 7923.605(a) "
                 "because disclosure would endanger the successful completion of an investigation; they are "
                 "identified in the declaration that follows the log and are not printed in it.",
                 "For questions call the Records Bureau at (626) 555-0139."], "Records Bureau Manager, Badge 5120")
    c.showPage()
    cols = [(36, 24, "rd"), (66, 70, "case_number"), (140, 60, "reported_at"), (204, 130, "type"),
            (338, 150, "location"), (492, 260, "disposition")]
    titles = ["RD", "Report No.", "Reported", "Offense", "Location", "Disposition"]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, h - 36, "RANCHO TESORO PD - RMS REPORT LOG BY REPORTING DISTRICT")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 47, f"Reports taken {label}  -  sort: RD, date/time")
        c.drawRightString(w - 36, h - 47, f"Request {req}   Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for (x, _, _), t in zip(cols, titles):
            c.drawString(x, h - 62, t)
        c.line(36, h - 65, w - 36, h - 65)
        return h - 76

    y = head()
    y = table_rows(c, recs, cols, head, y, 9, "Helvetica", 7.5, 46, lambda rec, k: rec[k])
    c.line(36, y + 4, w - 36, y + 4)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"Reports released: {len(recs)}")
    c.showPage()
    page[0] += 1
    c.setFont("Times-Bold", 13)
    c.drawCentredString(w / 2, h - 70, "DECLARATION OF CUSTODIAN OF RECORDS")
    c.setFont("Times-Roman", 10.5)
    held = meta["withheld"]
    y = para(c, 90, h - 104,
             f"I am the Records Bureau Manager of the Rancho Tesoro Police Department and a custodian of its "
             f"records. The enclosed report log for {label} was printed from the Department's records "
             f"management system on {meta['letter_date']} in answer to request {req}.",
             "Times-Roman", 10.5, w - 180, 15) - 8
    y = para(c, 90, y, "The following reports of the period are withheld in full under Government Code section "
             "7923.605(a) and do not appear in the log:", "Times-Roman", 10.5, w - 180, 15) - 4
    for num in held:
        c.drawString(120, y, f"Report No. {num}")
        y -= 15
    y -= 6
    y = para(c, 90, y, f"Reports released: {len(recs)}.   Reports withheld in full: {len(held)}.",
             "Times-Roman", 10.5, w - 180, 15) - 8
    y = para(c, 90, y, "I declare under penalty of perjury under the laws of the State of California that the "
             "foregoing is true and correct.", "Times-Roman", 10.5, w - 180, 15) - 20
    c.drawString(90, y, f"Executed on {meta['letter_date']} at Rancho Tesoro, California.   Badge 5120")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(w - 36, 30, f"Request {req}   Page {page[0]} of {pages or 0}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, meta):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    e = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs77.py (seed {SEED} + 10 x agency + document)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs77.py) from the records it drew; "
                               "checked by check_blind_logs77.py against `pdftotext -layout` text",
        "record_count_check": count_check,
    }
    nonrec = []
    if "letter_number" in meta:
        nonrec.append({"number": meta["letter_number"], "printed_in": "cover letter",
                       "why": "an incident named in the request, reported before the period; not in the log"})
    for num in meta.get("withheld", []):
        nonrec.append({"number": num, "printed_in": "declaration of custodian of records",
                       "why": "report withheld in full under Gov. Code 7923.605(a); not in the log"})
    e["numbers_not_records"] = nonrec
    if "redacted" in meta:
        e["redacted_entries"] = meta["redacted"]
    e["notes"] = notes
    return e


def one_agency(num, name, runs, make, draw, agency, doc_type, layout, fields, notes, count_check, extra=None):
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for j, (fname, days, label, n, start, meta) in enumerate(runs, 1):
        r = random.Random(SEED + 10 * num + j)
        recs, m2 = make(r, days, n, start, extra)
        meta = dict(meta, **m2)
        pages = draw(d / fname, recs, dict(meta), label, None)
        draw(d / fname, recs, dict(meta), label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check, meta))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "pe": ("CPRA release in one PDF. Page 1 is the City's cover letter (request number CPRA-2025-NNNN, a phone, "
           "Gov. Code sections, 'The enclosed log lists N incidents') with no record on it. TRAP: the letter "
           "names an incident number of the department's own series (PE25-NNNNN) that the requester asked "
           "about but that was reported before the period: it is printed only in the letter and is NOT a record "
           "(numbers_not_records). Then a portrait Helvetica table, column titles repeated per page: Incident "
           "No. (PE25-NNNNN, the id), Reported (MM/DD/YYYY HH:MM), Offense, Location (block address, wraps), "
           "Disposition (wraps; 'Arrest, booked BK-25-NNNNN', 'Cited, citation PENNNNNN', 'Referred to County "
           "Sheriff, case CS25-NNNNNN' are related). Ends 'Total incidents: N'. The last page is a CERTIFICATE "
           "OF CUSTODIAN OF RECORDS that repeats the count and the log's page range; no records.",
           "rows counted from the generator; 'Total incidents' equals record_count"),
    "cc": ("CPRA release in one PDF. Page 1 cover letter (request number, a phone, the number of redacted "
           "entries). Page 2 is an EXEMPTION INDEX printed BEFORE the log: one line per redaction, 'Item k.', the "
           "Case No. of the redacted entry (an id of a record printed on a later page), the field, what was "
           "withheld and the legal authority (Gov. Code / Welf. & Inst. Code sections, which look like "
           "numbers); 'Items in this index: K'. Index lines are NOT records and come before the records they "
           "name, so the first print of those ids is on the index page. Then a Courier log: Date (MM/DD/YYYY), "
           "Time (HHMM) (reported_at joins them), Case No. (CC25-NNNNN, the id, third column), Call Type, "
           "Location (a redacted one reads '[EXEMPT - ITEM k]'), Disposition (codes; 'ARR BKGNNNNNNN', 'CIT "
           "CCNNNNNNN', 'REF CHP 25-NNNNN' are related). Ends 'RECORDS LISTED: N'.",
           "rows counted from the generator; 'RECORDS LISTED' equals record_count"),
    "pd": ("CPRA release in one PDF. Page 1 the City Clerk's letter with a 'Documents produced' sentence "
           "(document numbers, page counts and page ranges: numbers, not records). Then the police "
           "department's CAD Incident Summary in labelled blocks: a bold first line 'Incident PD2510-NNNNN' "
           "(the id) with 'Received MM/DD/YYYY HH:MM:SS' right-aligned on the same line (reported_at), then "
           "indented italic labels Call Type:, Address:, Units: (patrol call signs like 2A14, not ids), "
           "Disposition: ('ARREST - BKG 25-NNNNNN', 'CITATION PDCNNNNNN', 'HANDLED BY CHP, CHP 25-NNNN-T' are "
           "related) and, on some blocks, Related: with an EARLIER incident number of the same series that is "
           "not in this summary (related kind earlier_incident, not a record). Blocks parted by grey rules, "
           "never split over pages. Ends 'Incidents in this summary: N'. The last page is a PROOF OF SERVICE "
           "(address with ZIP code, document and page counts); no records.",
           "blocks counted from the generator; 'Incidents in this summary' equals record_count"),
    "so": ("CPRA release in one PDF. Page 1 the Chief's office letter NAMES three entries by their ids ('The "
           "entries for DR 25-NNNNN, DR 25-NNNNN and DR 25-NNNNN involve juveniles') before the log; page last "
           "is a DECLARATION OF CUSTODIAN OF RECORDS in numbered paragraphs (1., 2., 3.) that names the same "
           "three ids again and repeats the count. So those ids are printed three times, only once as a "
           "record (redacted_entries lists them). The log is a Times 'Patrol Watch Summary': day headings "
           "('Tuesday, October 14, 2025', not repeated at a page top), then one paragraph per entry: the time "
           "(HHMM, bold) in a left gutter, then 'type, location. summary sentences. outcome sentence. (DR "
           "25-NNNNN)' with the id in parentheses at the END, often on a wrapped line. Outcomes cite 'booking "
           "SOB-NNNNN', 'citation SONNNNNNN', 'case OCS 25-NNNNN' (related). reported_at joins the heading's "
           "date and the time ('10/14/2025 0215'). Ends 'Entries in this summary: N'.",
           "paragraphs counted from the generator; 'Entries in this summary' equals record_count"),
    "rt": ("CPRA release in one PDF, landscape. Page 1 cover letter. Then an RMS 'Report Log by Reporting "
           "District': columns RD (3-digit reporting district, a number before the id), Report No. (RT-25-NNNNNN, "
           "the id), Reported ('10/3/25 0815': no leading zero on the day, two-digit year), Offense "
           "(statute code then words, e.g. '459 PC BURGLARY'), Location ('2300 BLK ...'), Disposition ('ARREST "
           "BKG RTJNNNNNN', 'CITED RT-CNNNNN', 'REF DA DA25-NNNN' are related). Sorted by RD then date/time, so "
           "neither ids nor times are in order over the document. Ends 'Reports released: N'. TRAP: the last "
           "page is a DECLARATION OF CUSTODIAN OF RECORDS listing three 'Report No. RT-25-NNNNNN' numbers of "
           "the same series WITHHELD IN FULL (they fill gaps in the series); they are not in the log and are "
           "NOT records (numbers_not_records). 'Reports released: N.   Reports withheld in full: 3.'",
           "rows counted from the generator; 'Reports released' (log and declaration) equals record_count"),
}


def pd_earlier(r, start):
    """An earlier incident of the same series, not in this summary: last month's, or earlier this month."""
    if start < 2000:
        return f"PD2509-{r.randint(5000, 9800):05d}"
    return f"PD2510-{r.randint(1400, start - 200):05d}"


def main():
    one_agency(
        1, "paseo-encino-ca-pd",
        [("pepd-cpra-2025-0547-incident-log-oct-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 58, 3140,
          {"request": "CPRA-2025-0547", "letter_date": "November 4, 2025", "received": "October 21, 2025",
           "letter_date_of": "September 28, 2025"}),
         ("pepd-cpra-2025-0581-incident-log-oct-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 64, 3250,
          {"request": "CPRA-2025-0581", "letter_date": "November 12, 2025", "received": "October 30, 2025",
           "letter_date_of": "October 2, 2025"})],
        pe_records, draw_pe, "Paseo Encino Police Department, CA [invented]",
        "CPRA release: cover letter, weekly incident log, certificate of custodian", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["pe"])
    one_agency(
        2, "cerro-callado-ca-pd",
        [("ccpd-pra-25-0233-calls-oct-6-10.pdf", days(10, 6, 10), "October 6 - 10, 2025", 76, 4400,
          {"request": "25-0233", "letter_date": "October 29, 2025"}),
         ("ccpd-pra-25-0251-calls-oct-13-17.pdf", days(10, 13, 17), "October 13 - 17, 2025", 64, 4620,
          {"request": "25-0251", "letter_date": "November 7, 2025"})],
        cc_records, draw_cc, "Cerro Callado Police Department, CA [invented]",
        "CPRA release: cover letter, exemption index, calls for service with case numbers", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["cc"])
    one_agency(
        3, "puerta-dorada-ca-pd",
        [("pdpd-prr-25-1187-cad-summary-oct-1-7.pdf", days(10, 1, 7), "October 1 - 7, 2025", 46, 1200,
          {"request": "PRR 25-1187", "letter_date": "October 24, 2025"}),
         ("pdpd-prr-25-1242-cad-summary-oct-8-14.pdf", days(10, 8, 14), "October 8 - 14, 2025", 52, 2900,
          {"request": "PRR 25-1242", "letter_date": "November 3, 2025"})],
        pd_records, draw_pd, "Puerta Dorada Police Department (City Clerk's production), CA [invented]",
        "CPRA release: clerk's letter, CAD incident summary, proof of service", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["pd"], extra=pd_earlier)
    one_agency(
        4, "santa-olalla-ca-pd",
        [("sopd-cpra-2025-212-watch-summary-oct-13-18.pdf", days(10, 13, 18), "October 13 - 18, 2025", 56, 6620,
          {"request": "CPRA 2025-212", "letter_date": "November 6, 2025"})],
        so_records, draw_so, "Santa Olalla Police Department, CA [invented]",
        "CPRA release: letter, patrol watch summary, declaration of custodian", "free text",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"], *NOTES["so"])
    one_agency(
        5, "rancho-tesoro-ca-pd",
        [("rtpd-rr-25-0904-report-log-oct-2025.pdf", days(10, 1, 31), "October 1 - 31, 2025", 92, 18300,
          {"request": "RR-25-0904", "letter_date": "November 14, 2025"})],
        rt_records, draw_rt, "Rancho Tesoro Police Department, CA [invented]",
        "CPRA release: letter, report log by reporting district, declaration naming reports withheld in full",
        "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["rt"])


if __name__ == "__main__":
    main()
