"""Generate the thirty-fourth held-out set of incident-log PDFs and their ground truth.

Five invented California agencies, each answering a Public Records Act request with what its
records or dispatch system prints: a county sheriff's station log keyed by four-part report
numbers (URNs) after a cover-note page; a city police department's disclosure sheets whose labels
are the items of the statute; a university police Clery log whose first column is the Clery log
number, with the case number third; a transit police CAD event chronology in which the case
number is assigned on a line in the middle of each event; a contract city's monthly report of the
sheriff's activity in its limits, as a decimal outline grouped by category.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs34/make_blind_logs34.py [OUT_DIR]
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
SEED = 20251634
STREETS = ["Camino Alto", "Avenida Solana", "Paseo Grande", "Calle Mirasol", "Vista Robles", "Rancho Verde Rd",
           "Sycamore Canyon Rd", "Olivo Ln", "Alameda del Sur", "Via Corona", "Los Feliz Ct", "Manzanita Dr",
           "Quail Run Rd", "Buena Tierra Ave", "Cerro Azul Dr", "Toyon Way", "Mesa Linda Blvd", "Arbolada St"]
LEGEND = "Government Code 7923.605"


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


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 2, 3, 5))
        out.append(k)
    return out


def block(r, upper=True):
    s = f"{r.randint(1, 48) * 100} BLK {r.choice(STREETS)}"
    return s.upper() if upper else s.replace("BLK", "block of")


# ---------------------------------------------------------------- A: Arroyo Seco sheriff's station

STATS = {"061": "BURGLARY - RESIDENTIAL", "062": "BURGLARY - COMMERCIAL", "071": "GRAND THEFT",
         "072": "PETTY THEFT", "073": "THEFT FROM VEHICLE", "081": "VEHICLE THEFT", "121": "VANDALISM",
         "142": "DISTURBING THE PEACE", "171": "DUI", "182": "NARCOTICS - POSSESSION", "231": "ASSAULT - SIMPLE",
         "251": "FAMILY DISTURBANCE", "331": "MISSING PERSON", "411": "TRAFFIC COLLISION - PROPERTY DAMAGE",
         "442": "FOUND PROPERTY"}
NONCRIME = ("331", "442")
AS_DISP = ["RPT TAKEN", "RPT TAKEN", "SUSPENSE - NO LEADS", "CLEARED - UNFOUNDED", "INACTIVE", "ARREST",
           "CITED", "REFERRED CHP"]


def as_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        stat = r.choice(sorted(STATS))
        rd = f"21{r.choice((11, 14, 17, 22, 25, 31, 36))}"
        disp = r.choice(AS_DISP[:5] if stat in NONCRIME else AS_DISP)
        rec = {"case_number": f"025-{k:05d}-{rd}-{stat}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {h:02d}{m:02d}",
               "rd": rd, "stat": stat, "type": STATS[stat], "location": block(r), "disposition": disp,
               "related": []}
        if rec["disposition"] == "ARREST":
            num = f"{r.randint(6100000, 6199999)}"
            rec["disposition"] = f"ARREST - BKG {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CITED":
            num = f"AS{r.randint(100000, 999999)}"
            rec["disposition"] = f"CITED - CIT {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "REFERRED CHP":
            num = f"CHP 25-{r.randint(30000, 39999)}"
            rec["disposition"] = f"REFERRED - {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_as(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [1]
    cols = [(36, "URN"), (110, "Reported"), (166, "RD"), (190, "Stat"), (212, "Description"), (324, "Location"),
            (450, "Disposition")]
    # cover note: a page of its own, no records
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, h - 80, "MESQUITE HOLLOW COUNTY SHERIFF'S DEPARTMENT")
    c.setFont("Helvetica", 10)
    c.drawString(72, h - 96, "Arroyo Seco Station  -  Records and Public Information")
    note = (f"Re: California Public Records Act request PRA-25-0612, received 10/27/2025. Enclosed is the "
            f"station incident log for {label}, limited to the information that Government Code 7923.605 "
            f"requires to be made public. Victim names and addresses and the identity of juveniles are "
            f"withheld; see the exemption legend at the end of the log. Each entry is identified by its "
            f"Uniform Report Number (URN): year, serial number, reporting district and statistical code. "
            f"Questions: Station Records, 661 555-0137.")
    y = h - 140
    for line in wrap(note, "Helvetica", 10, w - 144):
        c.drawString(72, y, line)
        y -= 14
    c.drawString(72, y - 20, "Station Records Clerk")
    c.drawRightString(w - 72, 40, f"Page 1 of {pages or 0}")
    c.showPage()

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, h - 36, "ARROYO SECO STATION  -  INCIDENT LOG (CPRA RELEASE)")
        c.setFont("Helvetica", 7)
        c.drawString(36, h - 47, f"Period {label}.  Information released pursuant to {LEGEND}.")
        c.drawRightString(w - 36, h - 47, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7)
        for x, t in cols:
            c.drawString(x, h - 64, t)
        c.line(36, h - 67, w - 36, h - 67)
        return h - 78

    y = head()
    for rec in recs:
        cells = [wrap(rec["type"], "Helvetica", 6.8, 106), wrap(rec["location"], "Helvetica", 6.8, 120),
                 wrap(rec["disposition"], "Helvetica", 6.8, 124)]
        lines = max(len(x) for x in cells)
        if y - 8.5 * lines < 50:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 6.8)
        for x, t in ((36, rec["case_number"]), (110, rec["reported_at"]), (166, rec["rd"]), (190, rec["stat"])):
            c.drawString(x, y, t)
        for x, cell in zip((212, 324, 450), cells):
            for j, t in enumerate(cell):
                c.drawString(x, y - 8.5 * j, t)
        y -= 8.5 * lines + 3
    counts = {}
    for rec in recs:
        counts[rec["stat"]] = counts.get(rec["stat"], 0) + 1
    if y - 10 * (len(counts) + 12) < 50:
        c.showPage()
        y = head()
    c.line(36, y + 2, w - 36, y + 2)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(36, y - 10, "STAT CODE RECAP")
    y -= 22
    c.setFont("Helvetica", 6.8)
    for stat in sorted(counts):
        c.drawString(36, y, stat)
        c.drawString(60, y, STATS[stat])
        c.drawRightString(260, y, str(counts[stat]))
        y -= 8.5
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(36, y - 6, f"TOTAL URNS THIS RELEASE: {len(recs)}")
    c.setFont("Helvetica", 6.8)
    for j, t in enumerate(["EXEMPTION LEGEND", "W1  Victim name and address withheld - Gov. Code 7923.615",
                           "W2  Juvenile identity withheld - Welf. & Inst. Code 827",
                           "W3  Investigative detail withheld - Gov. Code 7923.600(a)"]):
        c.drawString(36, y - 24 - 9 * j, t)
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Paloma Verde disclosure sheets

PV_TYPES = ["Vandalism (594 PC)", "Petty theft (484 PC)", "Burglary (459 PC)", "Battery (242 PC)",
            "Vehicle tampering (10852 VC)", "Trespass (602 PC)", "Public intoxication (647(f) PC)",
            "Hit and run, property (20002 VC)", "Identity theft (530.5 PC)", "Disturbing the peace (415 PC)",
            "Grand theft (487 PC)", "Shoplifting (459.5 PC)"]
PV_FACTS = ["Caller reported graffiti painted on a garage door overnight.",
            "A bicycle was taken from an unlocked rack outside a coffee shop.",
            "Rear door forced open; tools taken from a detached workshop.",
            "Two adults argued in a parking lot and one pushed the other.",
            "Resident saw a person trying car door handles along the street.",
            "Store staff asked that a person who refused to leave be removed.",
            "Officers found an adult unable to care for themselves near a bus bench.",
            "Parked car struck by an unknown vehicle that left without stopping.",
            "Resident reported accounts opened in their name without consent.",
            "Neighbors reported loud music and shouting after midnight.",
            "A catalytic converter was cut from a vehicle in a driveway.",
            "Merchandise concealed in a bag; suspect left before officers arrived."]
PV_RESP = ["officer dispatched; report taken", "officer dispatched; suspect cited", "officer dispatched; arrest made",
           "handled by telephone; report taken", "officer dispatched; referred to county sheriff",
           "officer dispatched; no crime found"]


def pv_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        i = r.randrange(len(PV_TYPES))
        rep = datetime.datetime(*d, h, m)
        occ = rep - datetime.timedelta(minutes=r.randint(5, 900))
        resp = rep + datetime.timedelta(minutes=r.randint(3, 40))
        disp = r.choice(PV_RESP)
        rec = {"case_number": f"25-{k:05d}", "occurred_at": occ.strftime("%m/%d/%Y %H%M"),
               "location": block(r, upper=False), "reported_at": rep.strftime("%m/%d/%Y %H%M"),
               "type": PV_TYPES[i], "summary": PV_FACTS[i],
               "disposition": f"{resp.strftime('%H%M')} hrs, {disp}", "related": []}
        if disp.endswith("cited"):
            num = f"PV{r.randint(100000, 999999)}"
            rec["disposition"] += f", Citation No. {num}"
            rec["related"].append(("citation", num))
        elif disp.endswith("arrest made"):
            num = f"{r.randint(6100000, 6199999)}"
            rec["disposition"] += f", County Jail Booking No. {num}"
            rec["related"].append(("booking_number", num))
        elif disp.endswith("county sheriff"):
            num = f"025-{r.randint(20000, 29999)}-21{r.choice((11, 14, 17))}-{r.choice(sorted(STATS))}"
            rec["disposition"] += f" (URN {num})"
            rec["related"].append(("other_agency_case", num))
        rec["victim"] = r.choice(["adult, name withheld [W-1]", "business", "juvenile [W-2]", "none",
                                  f"age {r.randint(19, 80)}, name withheld [W-1]"])
        recs.append(rec)
    return recs


PV_LABELS = ["(1) Time, date and location of occurrence", "(2) Time and date of report",
             "(3) Substance of the complaint or request for assistance", "(4) Factual circumstances surrounding "
             "the incident", "(5) Victim", "(6) Time and nature of the response"]


def draw_pv(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, h - 42, "CITY OF PALOMA VERDE POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(54, h - 54, f"Public disclosure of complaints and requests for assistance  -  {label}")
        c.drawRightString(w - 54, h - 42, f"Sheet {page[0]} of {pages or 0}")
        c.setFont("Helvetica", 6.5)
        c.drawString(54, 34, "[W-1] Victim name withheld at victim's request, Gov. Code 7923.615.   [W-2] Minor, "
                             "Gov. Code 7923.615 and Welf. & Inst. Code 827.")
        c.drawString(54, 26, f"Items (1)-(6) are those listed in {LEGEND} and 7923.610.  Records Bureau 805 555-0164")
        return h - 72

    y = head()
    cover = (f"In response to Public Records Act request PVPD-PRA-25-0298 the Department releases the following "
             f"information for each complaint or request for assistance recorded {label}. Investigative "
             f"reports themselves are exempt (Gov. Code 7923.600); the items below are disclosed as the law "
             f"requires. One sheet entry per DR number.")
    c.setFont("Helvetica-Oblique", 8)
    for line in wrap(cover, "Helvetica-Oblique", 8, w - 108):
        c.drawString(54, y, line)
        y -= 10
    y -= 8
    for rec in recs:
        vals = [f"{rec['occurred_at']} hrs at {rec['location']}", f"{rec['reported_at']} hrs", rec["type"],
                rec["summary"], rec["victim"], rec["disposition"]]
        rows = [(wrap(lab, "Helvetica", 7, 150), wrap(v, "Helvetica", 7.5, 330)) for lab, v in zip(PV_LABELS, vals)]
        height = 18 + sum(9 * max(len(a), len(b)) + 2 for a, b in rows) + 8
        if y - height < 50:
            c.showPage()
            y = head()
        c.setLineWidth(0.8)
        c.line(54, y + 9, w - 54, y + 9)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, y, f"DR No. {rec['case_number']}")
        y -= 14
        for a, b in rows:
            c.setFont("Helvetica", 7)
            for j, t in enumerate(a):
                c.drawString(60, y - 9 * j, t)
            c.setFont("Helvetica", 7.5)
            for j, t in enumerate(b):
                c.drawString(222, y - 9 * j, t)
            y -= 9 * max(len(a), len(b)) + 2
        y -= 10
    c.setFont("Helvetica-Bold", 8)
    c.drawString(54, y, f"DR numbers disclosed on this release: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Rincon Mesa State University Clery log

RM_TYPES = ["Theft - Bicycle", "Theft - Laptop", "Burglary", "Motor Vehicle Theft", "Vandalism",
            "Liquor Law Violation - Referral", "Drug Law Violation - Arrest", "Dating Violence", "Stalking",
            "Fondling", "Aggravated Assault", "Hate Incident - Vandalism", "Trespass", "Battery"]
RM_PLACES = ["Cabrillo Hall", "Library West", "Parking Structure 3", "Recreation Center", "Pico Residence Hall",
             "Sierra Science Complex", "Lot G-12", "University Village Apartments", "Student Union",
             "Agricultural Field Station", "Performing Arts Center"]
RM_DISP = ["Open", "Closed", "Inactive", "Cleared by arrest", "Referred to Student Conduct",
           "Referred to Paloma Verde PD", "Unfounded"]
RM_SEALED = ("Dating Violence", "Stalking", "Fondling")


def rm_records(r, days, n, start):
    recs = []
    for i, ((d, h, m), k) in enumerate(zip(day_times(r, days, n), serials(r, n, start)), 1):
        rep = datetime.datetime(*d, h, m)
        t0 = rep - datetime.timedelta(minutes=r.randint(20, 3000))
        t1 = min(t0 + datetime.timedelta(minutes=r.randint(10, 700)), rep - datetime.timedelta(minutes=5))
        typ = r.choice(RM_TYPES)
        place = "Withheld (E-2)" if typ in RM_SEALED else r.choice(RM_PLACES)
        rec = {"clery_no": f"CL-{days[0][1]:02d}-{i:03d}", "case_number": f"2025-{k:05d}",
               "reported_at": rep.strftime("%m/%d/%Y %H:%M"), "type": typ,
               "occurred_at": f"{t0.strftime('%m/%d/%Y %H:%M')} - {t1.strftime('%m/%d/%Y %H:%M')}",
               "location": place, "disposition": r.choice(RM_DISP), "related": []}
        rec["related"].append(("clery_log_number", rec["clery_no"]))
        if rec["disposition"] == "Cleared by arrest":
            num = f"{r.randint(6100000, 6199999)}"
            rec["disposition"] = f"Cleared by arrest, booked county jail #{num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Referred to Paloma Verde PD":
            num = f"DR 25-{r.randint(20000, 29999)}"
            rec["disposition"] = f"Referred to Paloma Verde PD, {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_rm(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    page = [0]
    cols = [(36, "Clery Log No."), (100, "Date/Time Reported"), (182, "Case No."), (240, "Nature / Classification"),
            (370, "Date/Time Occurred"), (480, "General Location"), (604, "Disposition")]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 36, "RINCON MESA STATE UNIVERSITY POLICE DEPARTMENT  -  DAILY CRIME LOG")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 48, f"{label}.  Open for public inspection (34 CFR 668.46(f)); copy released under the "
                                 f"California Public Records Act, {LEGEND}.")
        c.drawRightString(w - 36, h - 36, f"p. {page[0]}/{pages or 0}")
        c.setFillGray(0.85)
        c.rect(36, h - 70, w - 72, 13, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7)
        for x, t in cols:
            c.drawString(x + 2, h - 66, t)
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 26, "E-1 Identity of victim withheld, Gov. Code 7923.615.   E-2 Location withheld to protect "
                             "the victim, 34 CFR 668.46(f)(5) and Gov. Code 7923.605(b).   UPD Records 559 555-0171")
        return h - 82

    y = head()
    for rec in recs:
        cells = [wrap(rec["type"], "Helvetica", 7, 124), wrap(rec["occurred_at"], "Helvetica", 7, 96),
                 wrap(rec["location"], "Helvetica", 7, 116), wrap(rec["disposition"], "Helvetica", 7, 146)]
        lines = max(len(x) for x in cells)
        if y - 9 * lines < 44:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7)
        c.drawString(38, y, rec["clery_no"])
        c.drawString(102, y, rec["reported_at"])
        c.setFont("Helvetica-Bold", 7)
        c.drawString(184, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        for x, cell in zip((242, 372, 482, 606), cells):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 2
        c.setLineWidth(0.3)
        c.line(36, y + 6, w - 36, y + 6)
        y -= 4
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"Entries this month: {len(recs)}    Fires entered in the fire log: 0")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Bahia Azul transit CAD chronology

BA_TYPES = [("415P", "DISTURBANCE - PERSON"), ("484", "THEFT"), ("594", "VANDALISM"), ("602", "TRESPASS"),
            ("FARE", "FARE EVASION"), ("647F", "DRUNK IN PUBLIC"), ("242", "BATTERY"), ("SUSP", "SUSPICIOUS PERSON"),
            ("11550", "UNDER INFLUENCE"), ("MED", "MEDICAL AID - ASSIST")]
BA_PLACES = ["EMBARCADERO VISTA STA / PLATFORM 2", "CIVIC CENTER STA / CONCOURSE", "MISSION OLIVOS STA / PLATFORM 1",
             "BAYSHORE JCT STA / ELEVATOR B", "LINE 22 BUS / CAMINO ALTO AT VIA CORONA", "TRAIN 1407 / CAR 3",
             "SANTA LUZ STA / PARKING LOT", "HARBOR VIEW STA / FARE GATES", "TRAIN 1622 / CAR 1",
             "LINE 9 BUS / TRANSIT CENTER BAY 4"]
BA_DISP = ["RPT TAKEN", "RPT TAKEN", "CITED", "ARREST", "REF OTHER AGENCY", "GOA", "ADVISED"]


def ba_records(r, days, n, start):
    recs, evt = [], {}
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        evt[d] = evt.get(d, r.randint(2, 9)) + r.randint(3, 40)
        code, typ = r.choice(BA_TYPES)
        s = r.randint(0, 59)
        t0 = datetime.datetime(*d, h, m, s)
        steps, t = [], t0
        steps.append((t, r.choice(["CALL RCVD VIA STATION AGENT PHONE", "CALL RCVD VIA 911 TRANSFER",
                                   "OBSERVED BY UNIT", "CALL RCVD VIA TEXT LINE 555-0182"])))
        unit = f"{r.randint(2, 6)}A{r.randint(10, 39)}"
        t += datetime.timedelta(seconds=r.randint(30, 300))
        steps.append((t, f"UNIT {unit} DISP"))
        t += datetime.timedelta(seconds=r.randint(120, 900))
        steps.append((t, f"UNIT {unit} ONSCENE"))
        if r.random() < 0.5:
            t += datetime.timedelta(seconds=r.randint(60, 600))
            steps.append((t, r.choice(["TRAIN HELD AT STATION 2 MIN", "RP CONTACTED, SUBJ LEFT PRIOR",
                                       "SUBJ DETAINED AT PLATFORM, ID VERIFIED", "SECOND UNIT REQ, CANCELLED"])))
        t += datetime.timedelta(seconds=r.randint(60, 900))
        case = f"BT25-{k:05d}"
        steps.append((t, f"CASE NO {case} ASSIGNED"))
        disp = r.choice(BA_DISP)
        rec = {"case_number": case, "event": f"{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}-{evt[d]:04d}",
               "reported_at": t0.strftime("%m/%d/%y %H:%M:%S"), "code": code, "type": typ,
               "location": r.choice(BA_PLACES), "disposition": disp, "related": []}
        if disp == "CITED":
            num = f"BTC{r.randint(1000000, 9999999)}"
            t += datetime.timedelta(seconds=r.randint(60, 600))
            steps.append((t, f"CITATION {num} ISSUED, SUBJ RELEASED ON SCENE"))
            rec["related"].append(("citation", num))
        elif disp == "ARREST":
            num = f"{r.randint(6100000, 6199999)}"
            t += datetime.timedelta(seconds=r.randint(600, 2400))
            steps.append((t, f"SUBJ TRANSPORTED TO COUNTY JAIL, BKG NO {num}"))
            rec["related"].append(("booking_number", num))
        elif disp == "REF OTHER AGENCY":
            num = f"DR 25-{r.randint(20000, 29999)}"
            t += datetime.timedelta(seconds=r.randint(60, 600))
            steps.append((t, f"REFERRED TO PALOMA VERDE PD, THEIR {num}"))
            rec["related"].append(("other_agency_case", num))
        t += datetime.timedelta(seconds=r.randint(120, 1800))
        steps.append((t, f"CLOSED  DISPO: {disp}"))
        rec["steps"] = [(x.strftime("%H:%M:%S"), txt) for x, txt in steps]
        recs.append(rec)
    return recs


def draw_ba(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 8.5)
        c.drawString(36, h - 36, "BAHIA AZUL METROPOLITAN TRANSIT DISTRICT POLICE - CAD EVENT CHRONOLOGY")
        c.setFont("Courier", 7.5)
        c.drawString(36, h - 46, f"RANGE {label}   EVENTS WITH A CASE NUMBER ONLY   PRINTED FOR CPRA REQ BAT-PRA-25-077")
        c.drawString(36, h - 56, f"FIELDS LIMITED TO {LEGEND.upper()}; UNIT RADIO TRAFFIC OMITTED")
        c.drawRightString(w - 36, h - 36, f"PG {page[0]:03d} OF {pages or 0:03d}")
        c.line(36, h - 60, w - 36, h - 60)
        c.drawString(36, 28, "BAMTD POLICE RECORDS 510 555-0119   *** CONFIDENTIAL FIELDS REMOVED ***")
        return h - 74

    y = head()
    for rec in recs:
        height = 9 * (2 + len(rec["steps"])) + 8
        if y - height < 44:
            c.showPage()
            y = head()
        c.setFont("Courier-Bold", 7.5)
        c.drawString(36, y, f"EVT {rec['event']}  {rec['reported_at']}  {rec['code']:<6}{rec['type']}")
        c.setFont("Courier", 7.5)
        c.drawString(54, y - 9, f"LOC: {rec['location']}")
        y -= 18
        for tm, txt in rec["steps"]:
            c.drawString(54, y, f"{tm}  {txt}")
            y -= 9
        y -= 8
    c.setFont("Courier-Bold", 7.5)
    c.drawString(36, y, f"END OF REPORT - {len(recs)} EVENTS LISTED")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Los Olivares contract city outline

LO_PARTS = [("PART I CRIMES", ["061", "062", "071", "073", "081", "231"]),
            ("PART II CRIMES", ["121", "142", "182", "251"]),
            ("TRAFFIC", ["171", "411"]),
            ("OTHER REPORTS", ["331", "442"])]
LO_SUMMARY = {"061": "Entry through an unlocked side door; jewelry taken.", "062": "Rear door of a shop pried open.",
              "071": "Landscaping equipment taken from a truck bed.", "073": "Window smashed, backpack taken.",
              "081": "Pickup taken from a driveway overnight.", "231": "Dispute between neighbors; minor injury.",
              "121": "Graffiti on a park restroom wall.", "142": "Loud party reported by several callers.",
              "182": "Subject found with a controlled substance during a stop.",
              "251": "Verbal argument between household members.", "171": "Driver stopped for weaving.",
              "411": "Two vehicles collided at low speed in a lot.", "331": "Adult reported overdue from a hike.",
              "442": "Wallet turned in at the community center."}
LO_DISP = ["Report taken.", "Report taken.", "Suspense, no leads.", "Cleared by arrest.", "Cited and released.",
           "Referred to the CHP."]


def title(s):
    return " ".join(w if w == "-" else w.lower() if w in ("THE", "FROM") else w.capitalize() for w in s.split())


def lo_records(r, days, n, start):
    flat = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        part = r.choices(range(4), weights=(5, 4, 2, 1))[0]
        stat = r.choice(LO_PARTS[part][1])
        flat.append({"stat": stat, "part": part, "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0]} {h:02d}{m:02d}",
                     "location": block(r, upper=False).replace("block of", "blk"), "k": k})
    recs = []
    order = sorted(flat, key=lambda x: (x["part"], LO_PARTS[x["part"]][1].index(x["stat"]), x["k"]))
    for x in order:
        rd = f"21{r.choice((41, 42, 44))}"
        rec = {"case_number": f"025-{x['k']:05d}-{rd}-{x['stat']}", "type": title(STATS[x["stat"]]),
               "stat": x["stat"], "part": x["part"], "reported_at": x["reported_at"], "location": x["location"],
               "summary": LO_SUMMARY[x["stat"]], "related": [],
               "disposition": r.choice(LO_DISP[:3] if x["stat"] in NONCRIME else LO_DISP)}
        if rec["disposition"] == "Cleared by arrest.":
            num = f"{r.randint(6100000, 6199999)}"
            rec["disposition"] = f"Cleared by arrest, Booking No. {num}."
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Cited and released.":
            num = f"AS{r.randint(100000, 999999)}"
            rec["disposition"] = f"Cited and released, Citation {num}."
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to the CHP.":
            num = f"CHP 25-{r.randint(40000, 49999)}"
            rec["disposition"] = f"Referred to the CHP, {num}."
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_lo(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 42, "CITY OF LOS OLIVARES")
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(w / 2, h - 55, f"Sheriff's Contract Services  -  Monthly Activity Report, {label}")
        c.setFont("Times-Italic", 7.5)
        c.drawCentredString(w / 2, 30, f"Prepared by Mesquite Hollow County Sheriff's Department, Arroyo Seco Station, "
                                       f"for the City under its law enforcement services agreement.  Page {page[0]} "
                                       f"of {pages or 0}")
        return h - 78

    y = head()
    c.setFont("Times-Italic", 8.5)
    cover = ("Released by the City Clerk in response to Public Records Act request LO-2025-144. The City does not "
             "keep these records; the Sheriff's Department provides this report for the City's area each month. "
             f"Entries give only the information required by {LEGEND}. Victim information is withheld "
             "(Gov. Code 7923.615). City Clerk 707 555-0128.")
    for line in wrap(cover, "Times-Italic", 8.5, w - 144):
        c.drawString(72, y, line)
        y -= 10.5
    y -= 10
    groups = {}
    for rec in recs:
        groups.setdefault(rec["part"], {}).setdefault(rec["stat"], []).append(rec)
    for pi, part in enumerate(sorted(groups), 1):
        if y < 110:
            c.showPage()
            y = head()
        c.setFont("Times-Bold", 10)
        c.drawString(72, y, f"{pi}. {LO_PARTS[part][0]}")
        y -= 15
        for si, stat in enumerate(groups[part], 1):
            items = groups[part][stat]
            if y < 90:
                c.showPage()
                y = head()
            c.setFont("Times-Bold", 9)
            c.drawString(86, y, f"{pi}.{si}  {items[0]['type']} (stat {stat})")
            c.drawRightString(w - 72, y, f"{len(items)} reported")
            y -= 12.5
            for ii, rec in enumerate(items, 1):
                text = (f"{rec['case_number']}  Reported {rec['reported_at']} hrs, {rec['location']}. "
                        f"{rec['summary']} {rec['disposition']}")
                lines = wrap(text, "Times-Roman", 8.5, w - 72 - 140)
                if y - 10.5 * len(lines) < 50:
                    c.showPage()
                    y = head()
                c.setFont("Times-Roman", 8.5)
                c.drawString(100, y, f"{pi}.{si}.{ii}")
                for j, t in enumerate(lines):
                    c.drawString(140, y - 10.5 * j, t)
                y -= 10.5 * len(lines) + 3
            y -= 4
        y -= 6
    if y < 100:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 10)
    c.drawString(72, y, f"{len(groups) + 1}. CALLS FOR SERVICE WITHOUT A REPORT")
    c.setFont("Times-Roman", 8.5)
    c.drawString(100, y - 13, "Calls handled in the City without a report number (not listed): 318. "
                              "Average response to priority calls: 7.4 minutes.")
    c.setFont("Times-Bold", 9)
    c.drawString(72, y - 34, f"Report numbers listed for the City this month: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_SKIP = ("related", "rd", "stat", "clery_no", "event", "code", "steps", "part", "victim")


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
        "git_blob": "generated", "generator": f"make_blind_logs34.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs34.py) from the records it drew; "
                               "checked by check_blind_logs34.py against `pdftotext -layout` text",
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
    "as": ("County sheriff's station incident log released under the CPRA. PAGE 1 IS A COVER NOTE with no "
           "records (it cites the request number PRA-25-0612 and explains the URN). Then a portrait table, "
           "column titles repeated per page under a rule: URN, Reported ('10/14/25 0815', two-digit year, "
           "reported_at as printed), RD (reporting district), Stat (statistical code), Description (type, "
           "wraps), Location ('1300 BLK CAMINO ALTO'), Disposition (wraps; 'ARREST - BKG 6NNNNNN' booking, "
           "'CITED - CIT ASNNNNNN' citation and 'REFERRED - CHP 25-NNNNN' other-agency numbers are related, not "
           "ids). The id is a FOUR-PART Uniform Report Number '025-04812-2114-061' (year, serial, reporting "
           "district, stat code): its third part repeats the RD column and its fourth the Stat column. After "
           "the rows a 'STAT CODE RECAP' (code, description, count: NOT records), 'TOTAL URNS THIS RELEASE: N' "
           "and an exemption legend (W1-W3 with code sections). Header line cites Government Code 7923.605.",
           "rows counted from the generator; 'TOTAL URNS THIS RELEASE' equals record_count"),
    "pv": ("City police 'public disclosure of complaints and requests for assistance' in LABELLED BLOCKS whose "
           "labels are the items of the statute, numbered (1)-(6) and long enough to wrap over two lines in a "
           "narrow left column, beside values in a wide right column: '(1) Time, date and location of "
           "occurrence' (occurred_at '10/20/2025 0815' and location '1400 block of Avenida Solana' in one value "
           "joined by 'hrs at'), '(2) Time and date of report' (reported_at), '(3) Substance of the complaint "
           "or request for assistance' (type, with a code section in parentheses: '(594 PC)'), '(4) Factual "
           "circumstances surrounding the incident' (summary), '(5) Victim' (withheld markers [W-1]/[W-2], "
           "sometimes an age), '(6) Time and nature of the response' (disposition, starting with the response "
           "time; 'Citation No. PVNNNNNN', 'County Jail Booking No. 6NNNNNN' and a county sheriff URN "
           "'025-NNNNN-21NN-NNN' are related). Each block opens with a rule and 'DR No. 25-NNNNN' (the id). An "
           "italic cover paragraph on sheet 1 cites request PVPD-PRA-25-0298; every page foot has the "
           "withholding legend and the Government Code 7923.605 line. Ends 'DR numbers disclosed on this "
           "release: N'.",
           "blocks counted from the generator; the closing count equals record_count"),
    "rm": ("Landscape university Clery daily crime log, grey header band per page, hairline under each row. "
           "The FIRST column is the Clery Log No. ('CL-10-001', a running sequence of another series: related "
           "kind clery_log_number, NOT the id); the id is the bold Case No. '2025-NNNNN' in the THIRD column, "
           "after Date/Time Reported ('10/03/2025 14:05'). Nature / Classification (type, wraps), Date/Time "
           "Occurred as a range 'MM/DD/YYYY HH:MM - MM/DD/YYYY HH:MM' (occurred_at as printed, wraps), "
           "General Location ('Withheld (E-2)' for some offences), Disposition (wraps; 'booked county jail "
           "#6NNNNNN' and 'Paloma Verde PD, DR 25-NNNNN' are related). Page foot: exemption legend E-1/E-2 "
           "citing Gov. Code 7923.615 and 7923.605(b). Ends 'Entries this month: N    Fires entered in the "
           "fire log: 0'.",
           "rows counted from the generator; 'Entries this month' equals record_count"),
    "ba": ("Transit police CAD EVENT CHRONOLOGY in Courier, printed for a CPRA request: each event opens with "
           "a bold line 'EVT 251014-0033  10/14/25 08:15:33  415P  DISTURBANCE - PERSON' (the CAD event "
           "number is another series, NOT the id; reported_at is the creation stamp as printed; type is the "
           "words after the code), then 'LOC: station / platform' (location) and time-stamped chronology "
           "lines 'HH:MM:SS  text'. The id is assigned on a chronology line in the MIDDLE of the event: "
           "'CASE NO BT25-NNNNN ASSIGNED'. Later lines may cite 'CITATION BTCNNNNNNN ISSUED', 'BKG NO "
           "6NNNNNN' or 'REFERRED TO PALOMA VERDE PD, THEIR DR 25-NNNNN' (related), and unit numbers "
           "('UNIT 4A12'), train numbers and a text-line phone appear inside. The last line 'CLOSED  DISPO: "
           "X' gives the disposition. Only events with a case number are printed. Ends 'END OF REPORT - N "
           "EVENTS LISTED'.",
           "events counted from the generator; the closing count equals record_count"),
    "lo": ("Contract city's monthly report of the county sheriff's activity in the city, as a DECIMAL OUTLINE: "
           "'1. PART I CRIMES', '1.2  Burglary - Commercial (stat 062)' with 'N reported' at the right (a "
           "subtotal, not a record), then items numbered '1.2.1', '1.2.2'... whose outline numbers are NOT ids. "
           "Each item is a run-on paragraph (wraps): the sheriff's URN '025-NNNNN-21NN-SSS' (the id; its last "
           "part is the stat code of the heading), 'Reported 10/02/2025 0215 hrs, 1300 blk Paseo Grande.' "
           "(reported_at, location), a one-sentence summary and the disposition sentence ('Booking No. "
           "6NNNNNN', 'Citation ASNNNNNN', 'CHP 25-NNNNN' are related). The TYPE IS ONLY IN THE HEADING above "
           "the items ('Burglary - Commercial'). The records are grouped by category, so the document is not "
           "in time order. A last section 'CALLS FOR SERVICE WITHOUT A REPORT' gives a count (318) that is not "
           "a record. Cover paragraph cites request LO-2025-144 and Government Code 7923.605; page foot names "
           "the sheriff's station. Ends 'Report numbers listed for the City this month: N'.",
           "items counted from the generator; the closing count equals record_count"),
}


def main():
    one_agency(
        "mesquite-hollow-county-ca-so-arroyo-seco", 1,
        [("mhcsd-arroyo-seco-log-2025-10-13-15.pdf", days(10, 13, 15), "10/13/2025 - 10/15/2025", 118, 4810),
         ("mhcsd-arroyo-seco-log-2025-10-16-18.pdf", days(10, 16, 18), "10/16/2025 - 10/18/2025", 96, 5190)],
        as_records, draw_as, "Mesquite Hollow County Sheriff's Department, Arroyo Seco Station, CA [invented]",
        "station incident log released under the CPRA (cover note, URN ids, stat recap)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["as"])
    one_agency(
        "paloma-verde-ca-pd", 2,
        [("pvpd-cpra-disclosures-2025-10-20-22.pdf", days(10, 20, 22), "October 20-22, 2025", 52, 11860),
         ("pvpd-cpra-disclosures-2025-10-23-26.pdf", days(10, 23, 26), "October 23-26, 2025", 61, 12010)],
        pv_records, draw_pv, "City of Paloma Verde Police Department, CA [invented]",
        "disclosure sheets of complaints and requests for assistance (statutory item labels)", "labelled blocks",
        ["case_number", "occurred_at", "location", "reported_at", "type", "summary", "disposition"], *NOTES["pv"])
    one_agency(
        "rincon-mesa-state-university-ca-pd", 3,
        [("rmsu-daily-crime-log-2025-09.pdf", days(9, 1, 30), "September 2025", 48, 610),
         ("rmsu-daily-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 57, 760)],
        rm_records, draw_rm, "Rincon Mesa State University Police Department, CA [invented]",
        "Clery daily crime log (Clery log number first, case number third)", "table with header",
        ["case_number", "reported_at", "type", "occurred_at", "location", "disposition"], *NOTES["rm"])
    one_agency(
        "bahia-azul-mtd-ca-police", 4,
        [("bamtd-cad-chronology-2025-10-14-15.pdf", days(10, 14, 15), "10/14/25 0000 - 10/15/25 2359", 58, 2210),
         ("bamtd-cad-chronology-2025-10-16-17.pdf", days(10, 16, 17), "10/16/25 0000 - 10/17/25 2359", 49, 2390)],
        ba_records, draw_ba, "Bahia Azul Metropolitan Transit District Police, CA [invented]",
        "CAD event chronology (case number assigned mid-event)", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ba"])
    one_agency(
        "los-olivares-ca-sheriff-contract", 5,
        [("los-olivares-sheriff-activity-2025-10.pdf", days(10, 1, 31), "October 2025", 74, 3400)],
        lo_records, draw_lo, "City of Los Olivares (sheriff's contract services, Mesquite Hollow County Sheriff), "
                             "CA [invented]",
        "contract city monthly activity report (decimal outline by category)", "free text",
        ["case_number", "type", "reported_at", "location", "summary", "disposition"], *NOTES["lo"])


if __name__ == "__main__":
    main()
