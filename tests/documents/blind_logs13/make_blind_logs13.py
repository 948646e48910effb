"""Generate the thirteenth held-out set of incident-log PDFs and their ground truth.

Five layouts: a port police grid whose date cell is merged over each day's rows, a sheriff's
bulletin of run-in labelled paragraphs, a campus weekly log of dot-leader index lines
(newest first), a transit police log with the id on each record's second row, and an arrest
log whose rows continue over page breaks under a repeated id. Every agency, place and
record is invented; no person is named. Output is deterministic: fixed seeds, reportlab
invariant mode. Run from anywhere:
    python tests/documents/blind_logs13/make_blind_logs13.py [OUT_DIR]
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
SEED = 20251313
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
STREETS = ["Ashcombe", "Brenner", "Calloway", "Dovetail", "Eastlake", "Fenmore", "Gilchrist", "Hawthorne",
           "Ivanhoe", "Jessamine", "Kirkwall", "Lindquist", "Marchbank", "Northgate", "Orrin", "Pellow",
           "Quennell", "Ridley", "Saltonstall", "Thistle", "Upham", "Vickery", "Wexley", "Yarrow"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pkwy"]


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


def street(r):
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def weekday(d):
    return datetime.date(*d).weekday()


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def attach(rec, kind, num):
    rec["related"].append((kind, num))


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def count_pages(draw, path, recs, label):
    """Draw once to learn the page count, then again with 'Page n of N' right."""
    n = draw(path, recs, label, None)
    draw(path, recs, label, n)


def grid_lines(c, x0, xs, top, bottom, skip_first=False):
    """Vertical rules of a ruled grid between top and bottom (x positions xs)."""
    c.setLineWidth(0.5)
    for i, x in enumerate(xs):
        if skip_first and i == 0:
            continue
        c.line(x, top, x, bottom)


# ---------------------------------------------------------------- 1. port police, merged date cells

PH_TYPES = ["TRESPASS - RESTRICTED AREA", "TWIC VIOLATION", "THEFT FROM CONTAINER", "VEHICLE ACCIDENT - TERMINAL",
            "SUSPICIOUS VESSEL", "SUSPICIOUS PERSON", "CARGO TAMPERING", "FUEL SPILL - ASSIST",
            "MEDICAL ASSIST", "GATE ALARM", "STOWAWAY REPORT", "CRIMINAL MISCHIEF", "DWI", "WARRANT ARREST",
            "FOUND PROPERTY", "DISTURBANCE - CRUISE TERMINAL", "UNATTENDED BAG", "TRAFFIC STOP"]
PH_PLACES = ["Berth {n}, Container Yard {y}", "Gate {g} (Truck Entry)", "Cruise Terminal {t} - Level {l} garage",
             "Harbor Rd / Wharf St", "Bulk Dock {n}", "{h} Channel View Dr", "Warehouse {w}, {h} Pier Rd",
             "Ro-Ro Ramp {g}", "Admin Bldg lobby, {h} Port Ave"]
PH_DISPS = ["Report taken", "Cleared, no report", "Arrest", "Citation issued", "Referred to CBP",
            "Referred to USCG", "Assist other agency", "Unfounded", "Warning issued"]


def ph_place(r):
    return r.choice(PH_PLACES).format(n=r.randint(1, 38), y=r.choice("ABCDEF"), g=r.randint(1, 9),
                                      t=r.randint(1, 3), l=r.randint(2, 5), h=r.randint(100, 2999),
                                      w=r.randint(10, 64))


def ph_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 1, 1, 2, 3])
        typ = r.choice(PH_TYPES)
        rec = {"case_number": f"HP25-{k:05d}", "date": mdy(d), "day": d, "time": f"{hh:02d}{mm:02d}",
               "reported_at": f"{mdy(d)} {hh:02d}{mm:02d}", "type": typ, "location": ph_place(r),
               "unit": f"P{r.randint(11, 59)}", "disposition": r.choice(PH_DISPS), "related": []}
        disp = rec["disposition"]
        if typ == "WARRANT ARREST":
            num = f"25-W-{r.randint(1000, 1999)}"
            rec["disposition"] = f"Arrest, Halcott Co. warrant {num}"
            attach(rec, "warrant", num)
        elif disp == "Citation issued":
            num = f"H{r.randint(400000, 499999):07d}"
            rec["disposition"] = f"Citation issued, Cit. {num}"
            attach(rec, "citation", num)
        elif disp == "Referred to CBP":
            num = f"IR-25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to CBP, incident report {num}"
            attach(rec, "other_agency_case", num)
        elif disp == "Assist other agency":
            num = f"TXDPS 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Assist other agency ({num})"
            attach(rec, "other_agency_case", num)
        recs.append(rec)
    return recs


PH_COLS = [("Date", 58), ("Time", 32), ("Incident No.", 62), ("Incident Type", 118), ("Location", 160),
           ("Unit", 34), ("Disposition / Reference", 256)]


def draw_ph(path, recs, label, pages):
    size = landscape(letter)
    c = new_canvas(path, size)
    fs, lead, x0 = 7.5, 9, 36
    xs = [x0]
    for _t, w in PH_COLS:
        xs.append(xs[-1] + w)
    page = [0]
    state = {}

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x0, 578, "Port of Halcott Police Department")
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, 566, f"Daily Incident Log  -  {label}")
        c.drawRightString(xs[-1], 578, "Port Police Dispatch (409) 555-0142")
        c.drawRightString(xs[-1], 566, "Harbor Security Division")
        y = 552
        c.setFillGray(0.85)
        c.rect(x0, y - 13, xs[-1] - x0, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", fs)
        for (t, _w), x in zip(PH_COLS, xs):
            c.drawString(x + 2, y - 9.5, t)
        c.setLineWidth(0.5)
        c.rect(x0, y - 13, xs[-1] - x0, 13, stroke=1, fill=0)
        grid_lines(c, x0, xs, y, y - 13)
        state["top"] = y - 13
        state["y"] = y - 13
        state["seg"] = None

    def close_seg():
        """Draw the merged date cell for the current day on this page, text at its vertical middle."""
        seg = state["seg"]
        if not seg:
            return
        d, top, bottom = seg
        c.setLineWidth(0.5)
        c.line(x0, bottom, xs[1], bottom)
        mid = (top + bottom) / 2
        c.setFont("Helvetica-Bold", fs)
        c.drawString(x0 + 2, mid + 1, mdy(d))
        c.setFont("Helvetica", fs)
        c.drawString(x0 + 2, mid - lead + 1, WEEKDAYS[weekday(d)])
        state["seg"] = None

    def foot():
        close_seg()
        grid_lines(c, x0, xs, state["top"], state["y"])
        c.setFont("Helvetica", 7)
        c.drawString(x0, 26, "Preliminary information; subject to change. Times are 24-hour.")
        c.drawRightString(xs[-1], 26, f"Page {page[0]} of {pages or 0}")
        c.showPage()

    head()
    for rec in recs:
        cells = [[], [rec["time"]], [rec["case_number"]], wrap(rec["type"], "Helvetica", fs, PH_COLS[3][1] - 5),
                 wrap(rec["location"], "Helvetica", fs, PH_COLS[4][1] - 5), [rec["unit"]],
                 wrap(rec["disposition"], "Helvetica", fs, PH_COLS[6][1] - 5)]
        h = max(len(x) for x in cells) * lead + 4
        if state["y"] - h < 48:
            foot()
            head()
        if state["seg"] and state["seg"][0] != rec["day"]:
            close_seg()
        if not state["seg"]:
            state["seg"] = [rec["day"], state["y"], state["y"]]
        y = state["y"]
        for i, col in enumerate(cells):
            c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", fs)
            for j, ln in enumerate(col):
                c.drawString(xs[i] + 2, y - (j + 1) * lead + 0.5, ln)
        y -= h
        c.setLineWidth(0.5)
        c.line(xs[1], y, xs[-1], y)
        state["y"] = y
        state["seg"][2] = y
    foot_y = state["y"]
    close_seg()
    grid_lines(c, x0, xs, state["top"], foot_y)
    c.setFont("Helvetica-Bold", 8)
    vessels = 31 + len(recs) // 3
    c.drawString(x0, foot_y - 16, f"Incidents logged: {len(recs)}      Vessel arrivals: {vessels}      "
                                  f"TWIC checks: {len(recs) * 7 + 12}")
    c.setFont("Helvetica", 7)
    c.drawString(x0, 26, "Preliminary information; subject to change. Times are 24-hour.")
    c.drawRightString(xs[-1], 26, f"Page {page[0]} of {pages or 0}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 2. sheriff bulletin, run-in labelled paragraphs

DC_NATURES = ["Burglary - Residential", "Larceny from Motor Vehicle", "Larceny - Shoplifting", "Vandalism",
              "Assault & Battery", "Domestic Disturbance", "Suspicious Vehicle", "Welfare Check",
              "Motor Vehicle Crash - Property Damage", "Motor Vehicle Crash - Injury", "Livestock at Large",
              "Fraud - Elder Exploitation", "Trespassing", "Noise Complaint", "Drug/Narcotic Violation",
              "Driving Under the Influence", "Warrant Service", "Missing Person - Located", "Alarm - Commercial"]
DC_STATUS = ["Report taken", "Closed, no report", "Arrest made", "Summons issued", "Referred to Investigations",
             "Unfounded", "Assisted VSP", "Gone on arrival"]
DC_TOWNS = ["Eddis", "Bramley Gap", "Corran", "Fallowfield", "Hextor Mill"]
DC_REMARKS = {
    "Burglary": "Caller reported the rear door forced overnight; a power tool and cash were taken.",
    "Larceny": "Items were taken while the owner was away; serial numbers were entered in the state system.",
    "Vandalism": "Two mailboxes were damaged along the road; the owner has a camera and will send footage.",
    "Assault": "Deputy spoke with both parties; one declined medical care.",
    "Domestic": "Deputy spoke with both parties; no injuries and no further action requested.",
    "Suspicious": "Vehicle was gone on arrival; area checked with negative results.",
    "Welfare": "Subject was located in good health and asked that the caller be told.",
    "Motor": "Vehicles were towed from the scene; the roadway was cleared within the hour.",
    "Livestock": "Three head of cattle were returned to the pasture and the fence was repaired by the owner.",
    "Fraud": "The complainant received calls asking for gift cards in exchange for a prize.",
    "Trespassing": "Subject was advised not to return to the property.",
    "Noise": "Music was turned down after the deputy arrived.",
    "Drug": "A small amount of a green leafy substance was seized and logged into evidence.",
    "Driving": "Driver was transported to the Eddis station for a breath test.",
    "Warrant": "Subject was located at the residence and transported to the regional jail.",
    "Missing": "The juvenile returned home on his own before the deputy arrived.",
    "Alarm": "Alarm was set off by a cleaning crew; the keyholder responded.",
}


def dc_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 1, 2, 2, 4])
        nat = r.choice(DC_NATURES)
        rec = {"case_number": f"25-{k:06d}", "reported_at": f"{mdy(d)} {hh:02d}:{mm:02d}", "type": nat,
               "location": f"{r.randint(100, 9899)} {street(r)}, {r.choice(DC_TOWNS)}",
               "unit": f"{r.randint(2101, 2299)}", "disposition": r.choice(DC_STATUS),
               "summary": DC_REMARKS[nat.split()[0].split("/")[0]], "extra": [], "related": []}
        if nat == "Warrant Service" or (rec["disposition"] == "Arrest made" and r.random() < 0.4):
            num = f"GDC-{r.randint(25100, 25999)}-F"
            rec["extra"].append(("WARRANT", num))
            attach(rec, "warrant", num)
        if rec["disposition"] == "Summons issued":
            num = f"DS{r.randint(100000, 999999)}"
            rec["extra"].append(("SUMMONS", num))
            attach(rec, "summons", num)
        if rec["disposition"] == "Assisted VSP" or (nat.startswith("Motor") and r.random() < 0.3):
            num = f"VSP 25-{r.randint(100000, 199999)}"
            rec["extra"].append(("ASSIST", num))
            attach(rec, "other_agency_case", num)
        if r.random() < 0.12:
            num = f"25-{r.randint(start - 3000, start - 40):06d}"
            rec["summary"] = f"Supplement to {num}. " + rec["summary"]
            attach(rec, "earlier_case_cited", num)
        if r.random() < 0.1:
            rec["summary"] += " Anyone with information may call (540) 555-0117."
        recs.append(rec)
    return recs


def runin_tokens(rec):
    toks = [("RECEIVED", rec["reported_at"]), ("INCIDENT", rec["case_number"]), ("NATURE", rec["type"]),
            ("LOCATION", rec["location"]), ("DEPUTY", rec["unit"]), ("STATUS", rec["disposition"])]
    toks += rec["extra"]
    toks.append(("REMARKS", rec["summary"]))
    words = []
    for lab, val in toks:
        words.append((lab, "Helvetica-Bold", 7))
        for w in val.split():
            words.append((w, "Times-Bold" if lab == "INCIDENT" else "Times-Roman", 9.5))
    return words


def draw_dc(path, recs, label, pages):
    c = new_canvas(path, letter)
    x0, x1, lead = 54, 558, 12
    page = [0]
    y = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 14)
        c.drawCentredString(306, 748, "Dunleith County Sheriff's Office")
        c.setFont("Times-Italic", 10)
        c.drawCentredString(306, 735, f"Daily Activity Bulletin  -  {label}")
        c.setFont("Helvetica", 7)
        c.drawString(x0, 722, "Prepared by the Records Section, (540) 555-0117")
        c.drawRightString(x1, 722, "For media release")
        c.setLineWidth(0.6)
        c.line(x0, 717, x1, 717)
        y[0] = 702

    def foot():
        c.setFont("Helvetica", 7)
        c.drawCentredString(306, 30, f"- {page[0]} of {pages or 0} -")
        c.showPage()

    head()
    c.setFont("Times-Italic", 9.5)
    calls = len(recs) * 3 + 17
    c.drawString(x0, y[0], f"Deputies answered {calls} calls for service in this period; "
                           "the items below were released by the shift supervisors.")
    y[0] -= 20
    for rec in recs:
        words = runin_tokens(rec)
        lines, cur, width = [], [], 0
        for w, f, s in words:
            ww = c.stringWidth(w, f, s)
            sp = c.stringWidth(" ", "Times-Roman", 9.5)
            if cur and width + sp + ww > x1 - x0 - (0 if not lines else 14):
                lines.append(cur)
                cur, width = [], 0
            cur.append((w, f, s, ww))
            width += (sp if len(cur) > 1 else 0) + ww
        lines.append(cur)
        for i, ln in enumerate(lines):
            if y[0] < 52:
                foot()
                head()
            x = x0 + (14 if i else 0)
            for w, f, s, ww in ln:
                c.setFont(f, s)
                c.drawString(x, y[0], w)
                x += ww + c.stringWidth(" ", "Times-Roman", 9.5)
            y[0] -= lead
        y[0] -= 6
    if y[0] < 70:
        foot()
        head()
    c.setFont("Times-Bold", 9.5)
    c.drawString(x0, y[0] - 6, f"Bulletin items: {len(recs)}.   Calls for service received: {calls}.")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 3. campus weekly log, dot leaders, newest first

CH_TYPES = ["Theft of bicycle", "Theft from building", "Burglary", "Vandalism", "Liquor law violation",
            "Drug law violation", "Simple assault", "Harassment", "Trespass warning issued", "Fire alarm",
            "Stalking", "Motor vehicle theft", "Fondling", "Suspicious activity", "Medical assist",
            "Lost property", "Hit and run, parked vehicle", "Weapons law violation"]
CH_PLACES = ["Harmon Hall bike rack", "Lot 14", "Greer Library, 3rd floor", "Stanton Dining Commons",
             "Wexley Hall Room 212", "Athletic Center locker room", "Calloway Apartments Bldg 4",
             "Fenmore Quad", "Parking Garage B, level 2", "Science Complex loading dock",
             "1200 block of Northgate Rd (off campus)", "Ivanhoe Ave at Campus Dr",
             "Student Union, ground floor"]
CH_DISPS = ["Pending", "Closed", "Cleared by arrest", "Referred to Student Conduct", "Unfounded",
            "Inactive", "Referred to Carrow Hill PD"]
DAYS3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ch_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 1, 1, 2])
        rec = {"case_number": f"25-{k:04d}", "reported_at": f"{DAYS3[weekday(d)]} {d[1]:02d}/{d[2]:02d} "
                                                              f"{hh:02d}:{mm:02d}",
               "type": r.choice(CH_TYPES), "location": r.choice(CH_PLACES), "disposition": r.choice(CH_DISPS),
               "related": []}
        disp = rec["disposition"]
        if disp == "Referred to Carrow Hill PD":
            num = f"CHPD 25-{r.randint(30000, 49999)}"
            rec["disposition"] = f"Referred to Carrow Hill PD, {num}"
            attach(rec, "other_agency_case", num)
        elif disp == "Referred to Student Conduct":
            num = f"SC-2025-{r.randint(100, 999):04d}"
            rec["disposition"] = f"Referred to Student Conduct ({num})"
            attach(rec, "conduct_referral", num)
        elif disp == "Cleared by arrest" and r.random() < 0.5:
            num = f"MD{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Cleared by arrest, criminal citation {num}"
            attach(rec, "citation", num)
        if r.random() < 0.1 and recs:
            num = f"25-{r.randint(start - 200, start - 5):04d}"
            rec["type"] = f"{rec['type']} (follow-up to {num})"
            attach(rec, "earlier_case_cited", num)
        recs.append(rec)
    recs.reverse()  # the log prints the most recent entry first
    return recs


def draw_ch(path, recs, label, pages):
    c = new_canvas(path, letter)
    x0, x1, idx, lead = 50, 562, 510, 11.5
    page = [0]
    y = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawString(x0, 748, "Carrow Hill University Police")
        c.setFont("Times-Roman", 9.5)
        c.drawString(x0, 735, f"Weekly Crime and Incident Log  -  {label}  (most recent first)")
        c.setFont("Times-Italic", 8)
        c.drawRightString(x1, 748, "Non-emergency (301) 555-0163")
        c.drawRightString(x1, 735, "Kept under 34 CFR 668.46(f)")
        c.setLineWidth(0.4)
        c.line(x0, 729, x1, 729)
        y[0] = 714

    def foot():
        c.setFont("Times-Italic", 7.5)
        c.drawString(x0, 30, "Entries are preliminary. Case numbers appear at the right of each entry.")
        c.drawRightString(x1, 30, f"{page[0]}/{pages or 0}")
        c.showPage()

    head()
    dot_w = c.stringWidth(" .", "Times-Roman", 9.5)
    for rec in recs:
        text = f"{rec['type']}, {rec['location']}. {rec['disposition']}."
        lines = simpleSplit(text, "Times-Roman", 9.5, idx - 14 - (x0 + 78))
        if y[0] - lead * len(lines) < 50:
            foot()
            head()
        c.setFont("Times-Bold", 9.5)
        c.drawString(x0, y[0], rec["reported_at"])
        for i, ln in enumerate(lines):
            c.setFont("Times-Roman", 9.5)
            c.drawString(x0 + 78, y[0], ln)
            if i == len(lines) - 1:
                start = x0 + 78 + c.stringWidth(ln, "Times-Roman", 9.5) + 4
                n = int((idx - 6 - start) / dot_w)
                c.drawString(start, y[0], " ." * max(n, 2))
                c.setFont("Times-Bold", 9.5)
                c.drawRightString(x1, y[0], rec["case_number"])
            y[0] -= lead
        y[0] -= 2.5
    if y[0] < 80:
        foot()
        head()
    c.setFont("Times-Roman", 9.5)
    c.drawString(x0, y[0] - 8, f"Entries listed: {len(recs)}")
    c.setFont("Times-Italic", 8.5)
    withheld = 2 + len(recs) % 3
    c.drawString(x0, y[0] - 20, f"{withheld} further reports are withheld from this log to protect victims "
                                "(34 CFR 668.46(f)(4)).")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 4. transit police, id on the second row

HT_TYPES = ["FARE EVASION", "DISORDERLY CONDUCT", "THEFT - PERSONAL PROPERTY", "ASSAULT ON OPERATOR",
            "TRESPASS - TRACKWAY", "SUSPICIOUS PACKAGE", "VANDALISM - GRAFFITI", "MEDICAL ASSIST",
            "SMOKING ON PLATFORM", "LOST CHILD - REUNITED", "PANHANDLING", "ELEVATOR ENTRAPMENT",
            "WARRANT ARREST", "INDECENT EXPOSURE", "FIGHT IN PROGRESS"]
HT_STATIONS = ["Kapena Station", "Ala Loa Station", "Makai Transit Center", "Waipahe Station", "Hale Kula Station",
               "Civic Center Station", "Airport Station"]
HT_ACTIONS = ["Warning issued", "Cited", "Arrested", "Report taken", "Removed from system", "Referred to HPD",
              "Transported by EMS", "Unfounded", "Resolved on scene"]


def ht_place(r):
    k = r.random()
    if k < 0.55:
        return f"{r.choice(HT_STATIONS)} - Platform {r.choice('ABC')}"
    if k < 0.8:
        return f"Route {r.randint(1, 88)} bus {r.randint(1001, 1899)} ({r.choice(['eastbound', 'westbound', 'mauka', 'makai'])})"
    return f"Train {r.randint(101, 148)}, car {r.randint(1, 4)} near {r.choice(HT_STATIONS)}"


def ht_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 1, 2, 3])
        typ = r.choice(HT_TYPES)
        rec = {"case_number": f"HRT-25-{k:06d}", "reported_at": f"{mdy(d)} {hh:02d}:{mm:02d}:{r.randint(0, 59):02d}",
               "type": typ, "location": ht_place(r), "unit": f"T{r.randint(10, 46)}",
               "disposition": r.choice(HT_ACTIONS), "ref": "-", "related": []}
        if typ == "WARRANT ARREST":
            rec["disposition"] = "Arrested"
            num = f"1DCW-25-{r.randint(1000, 9999)}"
            rec["ref"] = f"Warrant {num}"
            attach(rec, "warrant", num)
        elif rec["disposition"] == "Cited":
            num = f"HT{r.randint(100000, 999999)}"
            rec["ref"] = f"Cit. {num}"
            attach(rec, "citation", num)
        elif rec["disposition"] == "Referred to HPD":
            num = f"HPD 25-{r.randint(300000, 499999)}"
            rec["ref"] = num
            attach(rec, "other_agency_case", num)
        elif rec["disposition"] == "Report taken" and r.random() < 0.3:
            num = f"HRT-25-{r.randint(start - 2000, start - 100):06d}"
            rec["ref"] = f"Supp. to {num}"
            attach(rec, "earlier_case_cited", num)
        recs.append(rec)
    return recs


def draw_ht(path, recs, label, pages):
    c = new_canvas(path, letter)
    x0, x1, fs, lead = 40, 572, 7.5, 9.5
    cols1 = [("Received", 0), ("Incident Type", 92), ("Station / Vehicle", 252), ("Unit", 470)]
    cols2 = [("Event No.", 14), ("Action Taken", 92), ("Reference", 252)]
    page = [0]
    y = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x0, 750, "Halewai Regional Transit Police")
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, 738, f"Incident Log  -  {label}")
        c.drawRightString(x1, 750, "Transit Police Desk (808) 555-0129")
        c.drawRightString(x1, 738, "Rail, bus and transit centers")
        c.setFillGray(0.3)
        c.rect(x0, 709, x1 - x0, 22, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", fs)
        for t, dx in cols1:
            c.drawString(x0 + 2 + dx, 722, t)
        c.setFont("Helvetica-BoldOblique", fs)
        for t, dx in cols2:
            c.drawString(x0 + 2 + dx, 712.5, t)
        c.setFillGray(0)
        y[0] = 698

    def foot():
        c.setFont("Helvetica", 7)
        c.drawString(x0, 28, "Event numbers are printed on the second line of each entry.")
        c.drawRightString(x1, 28, f"Page {page[0]} of {pages or 0}")
        c.showPage()

    head()
    for i, rec in enumerate(recs):
        types = wrap(rec["type"], "Helvetica", fs, 110)
        locs = wrap(rec["location"], "Helvetica", fs, 128)
        n1 = max(len(types), len(locs))
        h = (n1 + 1) * lead + 3
        if y[0] - h < 46:
            foot()
            head()
        if i % 2 == 0:
            c.setFillGray(0.92)
            c.rect(x0, y[0] - h + lead - 3, x1 - x0, h, stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont("Helvetica", fs)
        c.drawString(x0 + 2, y[0], rec["reported_at"])
        for j, ln in enumerate(types):
            c.drawString(x0 + 94, y[0] - j * lead, ln)
        for j, ln in enumerate(locs):
            c.drawString(x0 + 254, y[0] - j * lead, ln)
        c.drawString(x0 + 472, y[0], rec["unit"])
        y2 = y[0] - n1 * lead
        c.setFont("Helvetica-Bold", fs)
        c.drawString(x0 + 16, y2, rec["case_number"])
        c.setFont("Helvetica-Oblique", fs)
        c.drawString(x0 + 94, y2, rec["disposition"])
        c.drawString(x0 + 254, y2, rec["ref"])
        y[0] = y2 - lead - 3
    if y[0] < 70:
        foot()
        head()
    c.setFont("Helvetica-Bold", 8)
    insp = 400 + len(recs) * 11
    c.drawString(x0, y[0] - 8, f"Events: {len(recs)}      Fare inspections: {insp}      "
                               f"Riders checked: {insp * 9 + 3}")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 5. arrest log, rows continued under a repeated id

PF_CHARGES = ["AS 11.46.140 Theft 3rd Degree", "AS 11.46.150 Theft 4th Degree", "AS 28.35.030 DUI",
              "AS 28.35.032 Refusal to Submit", "AS 11.41.230 Assault 4th Degree", "AS 11.61.110 Disorderly Conduct",
              "AS 11.46.330 Criminal Trespass 1st", "AS 11.56.757 Violate Conditions of Release",
              "AS 11.71.060 Misconduct Controlled Subst 5th", "AS 11.46.484 Criminal Mischief 4th",
              "AS 11.56.740 Violate Protective Order", "AS 28.15.291 Driving While License Revoked",
              "AS 11.56.700 Resisting Arrest", "AS 11.61.210 Misconduct Weapons 5th"]
PF_PLACES = ["{h} {s}", "{s} / {s2}", "Tundra Trail Motel, {h} {s}", "Ptarmigan Flats Jail lobby",
             "Mile {m} Old Glacier Hwy", "Northstar Grocery lot, {h} {s}"]
PF_RELEASE = ["Held - no bail", "Held - bail $500", "Held - bail $2,500", "Released on own recognizance",
              "Released to third-party custodian", "Transferred to State custody"]


def pf_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 1, 2])
        nch = r.choice([1, 1, 1, 2, 2, 3, 4, 5, 7])
        charges = r.sample(PF_CHARGES, nch)
        rec = {"case_number": f"PF25-{k:04d}", "reported_at": f"{mdy(d)} {hh:02d}:{mm:02d}",
               "age_sex": f"{r.randint(18, 71)} / {r.choice('MMMF')}", "type": charges,
               "location": r.choice(PF_PLACES).format(h=r.randint(100, 4999), s=street(r), s2=street(r),
                                                      m=r.randint(2, 39)),
               "refs": [], "disposition": r.choice(PF_RELEASE), "related": []}
        if r.random() < 0.3:
            num = f"3PF-25-{r.randint(100, 999):05d}CR"
            rec["type"] = charges + [f"Warrant {num}"]
            rec["refs"].append(f"Warr. {num}")
            attach(rec, "warrant", num)
        if r.random() < 0.25:
            num = f"PF{r.randint(200000, 299999)}"
            rec["refs"].append(f"Cit. {num}")
            attach(rec, "citation", num)
        if r.random() < 0.15:
            num = f"AST 25-{r.randint(10000, 99999)}"
            rec["refs"].append(f"Troopers {num}")
            attach(rec, "other_agency_case", num)
        recs.append(rec)
    return recs


PF_COLS = [("Arrest No.", 62), ("Booked", 46), ("Age / Sex", 38), ("Charge(s)", 160), ("Arrest Location", 104),
           ("Warrant / Cit. / Ref.", 84)]


def draw_pf(path, recs, label, pages):
    size = letter
    c = new_canvas(path, size)
    fs, lead, x0 = 7, 8.6, 30
    cols = PF_COLS + [("Release", 552 - sum(w for _t, w in PF_COLS))]
    xs = [x0]
    for _t, w in cols:
        xs.append(xs[-1] + w)
    page = [0]
    st = {}

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawString(x0, 752, "Ptarmigan Flats Police Department")
        c.setFont("Times-Roman", 9.5)
        c.drawString(x0, 739, f"Arrest Log  -  {label}")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(xs[-1], 752, "Records (907) 555-0151")
        c.drawRightString(xs[-1], 739, "No names are released on this log.")
        top = 728
        c.setFillGray(0.8)
        c.rect(x0, top - 12, xs[-1] - x0, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", fs)
        for (t, _w), x in zip(cols, xs):
            c.drawString(x + 2, top - 8.5, t)
        c.setLineWidth(0.5)
        c.line(x0, top, xs[-1], top)
        c.line(x0, top - 12, xs[-1], top - 12)
        st["top"], st["y"] = top, top - 12

    def foot():
        grid_lines(c, x0, xs, st["top"], st["y"])
        c.setFont("Helvetica", 7)
        c.drawString(x0, 26, "Charges are as booked and may change at arraignment.")
        c.drawRightString(xs[-1], 26, f"Page {page[0]} of {pages or 0}")
        c.showPage()

    def cell_lines(vals, w):
        out = []
        for v in vals:
            out += wrap(v, "Helvetica", fs, w - 5)
        return out

    def draw_rows(cells):
        """Draw the row's lines; when the page fills, go on under a repeated '(cont.)' id."""
        nmax = max(len(x) for x in cells)
        j = 0
        while j < nmax:
            room = int((st["y"] - 46) // lead)
            if room < 2:
                foot()
                head()
                room = int((st["y"] - 46) // lead)
                if j:
                    c.setFont("Helvetica-Oblique", fs)
                    c.drawString(xs[0] + 2, st["y"] - lead + 1, f"{cells[0][0]} (cont.)")
            take = min(room, nmax - j)
            for i, col in enumerate(cells):
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", fs)
                for m, ln in enumerate(col[j:j + take]):
                    if j and i == 0:
                        continue
                    c.drawString(xs[i] + 2, st["y"] - (m + 1) * lead + 1, ln)
            st["y"] -= take * lead + 3
            j += take
            if j < nmax:
                st["y"] = 46
        c.setLineWidth(0.5)
        c.line(x0, st["y"], xs[-1], st["y"])

    head()
    for rec in recs:
        date, time = rec["reported_at"].split()
        cells = [[rec["case_number"]], [date, time], [rec["age_sex"]], cell_lines(rec["type"], cols[3][1]),
                 cell_lines([rec["location"]], cols[4][1]), cell_lines(rec["refs"] or ["-"], cols[5][1]),
                 cell_lines([rec["disposition"]], cols[6][1])]
        draw_rows(cells)
    if st["y"] < 80:
        foot()
        head()
    nch = sum(len([x for x in rec["type"] if not x.startswith("Warrant")]) for rec in recs)
    nw = sum(1 for rec in recs for k, _ in rec["related"] if k == "warrant")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, st["y"] - 14, f"Persons arrested: {len(recs)}     Charges: {nch}     Warrants served: {nw}")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = []
    for rec in recs:
        for kind, num in rec["related"]:
            related.append({"record": rec["case_number"], "kind": kind, "number": num})
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] not in ("", [])}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs13.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs13.py) from the records it drew; "
                               "checked by check_blind_logs13.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        count_pages(draw, d / fname, recs, label)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "ph": ("Landscape ruled grid (vertical rules between all columns, a rule under every row), Helvetica 7.5, "
           "grey header band repeated on every page. Columns: Date, Time (HHMM), Incident No. (HP25-NNNNN, the "
           "id, bold), Incident Type (upper case, wraps), Location (berths, gates, terminals: 'Berth 12, "
           "Container Yard C', 'Gate 4 (Truck Entry)', 'Warehouse 29, 2048 Pier Rd'), Unit (P11-P59), "
           "Disposition / Reference. The Date cell is MERGED over all rows of one day on a page: the date and "
           "the weekday are printed once, at the vertical MIDDLE of the merged cell, so in the text they sit "
           "beside a row in the middle of the day (or under it), never on the day's first row; rows carry "
           "only the time. A day that runs over a page break gets its merged cell again on the next page. "
           "reported_at joins the day's date and the row's time with one space. References in the last column: "
           "Halcott County warrants ('25-W-NNNN'), citations ('Cit. H0NNNNNN'), CBP incident reports "
           "('IR-25-NNNNN') and Texas DPS cases ('TXDPS 25-NNNNN'): related, not ids. Ends 'Incidents logged: "
           "N   Vessel arrivals: M   TWIC checks: K' (only N counts records); footer 'Page n of N'.",
           "rows counted from the generator; 'Incidents logged' equals record_count"),
    "dc": ("Portrait bulletin in which each item is ONE paragraph of run-in labelled fields: small bold "
           "Helvetica capital labels followed by Times values, flowing and wrapping wherever the line ends "
           "(continuation lines indented): 'RECEIVED 10/20/2025 03:05 INCIDENT 25-041206 NATURE Motor Vehicle "
           "Crash - Property Damage LOCATION 9541 Eastlake Ave, Hextor Mill DEPUTY 2230 STATUS Assisted VSP "
           "ASSIST VSP 25-124318 REMARKS ...'. The id (INCIDENT, bold) is the SECOND field, after RECEIVED. "
           "A label's value can be split over two lines and a label can end a line with its value on the "
           "next. Optional labels WARRANT (GDC-NNNNN-F), SUMMONS (DSNNNNNN), ASSIST (Virginia State Police "
           "'VSP 25-NNNNNN') sit between STATUS and REMARKS. Remarks may open with 'Supplement to 25-0NNNNN.' "
           "(an earlier case of the SAME series) and may give a tip-line phone. Small vertical gaps between "
           "items, not always visible in text. unit is the deputy's number; summary is the REMARKS text. The "
           "opening sentence gives a calls-for-service count that is not the record count; ends 'Bulletin "
           "items: N.   Calls for service received: M.' Footer '- n of N -'.",
           "items counted from the generator; 'Bulletin items' equals record_count"),
    "ch": ("Portrait weekly Clery log set like an index: one entry per line (wrapping when long), MOST RECENT "
           "FIRST, so ids DESCEND through the document. Each entry: bold 'Sun 10/19 23:47' (weekday, month/day "
           "without year, 24-hour time; reported_at as printed), then 'Type, location. Disposition.' in "
           "Times, then dot leaders to the id, right-aligned at the margin on the entry's LAST line "
           "('. . . . 25-1247'). Long entries wrap to a second line indented under the text; the id is then on "
           "the second line, not beside the date. Types may carry '(follow-up to 25-NNNN)', an earlier case "
           "of the SAME series; dispositions cite Carrow Hill city police ('CHPD 25-NNNNN'), student conduct "
           "referrals ('(SC-2025-0NNN)') and criminal citations ('MDNNNNNNN'): related, not ids. Locations "
           "contain numbers ('Wexley Hall Room 212', 'Lot 14', 'Parking Garage B, level 2'). The title cites "
           "'34 CFR 668.46(f)'; ends 'Entries listed: N' and a line saying how many further reports are "
           "withheld (not records). No page header repeated beyond the title block; footer 'n/N'.",
           "entries counted from the generator; 'Entries listed' equals record_count"),
    "ht": ("Portrait transit police log, TWO printed lines per event, alternate events on a grey band. A "
           "two-line dark column header repeated on every page: 'Received  Incident Type  Station / Vehicle  "
           "Unit' over 'Event No.  Action Taken  Reference' (italic). Line 1 of an event: received date-time "
           "with seconds ('10/20/2025 00:18:48'), type (upper case, may wrap), station/platform, bus route "
           "or train car (may wrap), unit (T10-T46). The LAST line of an event, slightly indented: the Event "
           "No. ('HRT-25-006121', the id, bold), the action taken (disposition) and a reference. So the id "
           "comes AFTER the line holding the event's date, type and place; a reader that starts a record at "
           "the id line gives every event the previous event's first line. Reference: warrants "
           "('Warrant 1DCW-25-NNNN'), citations ('Cit. HTNNNNNN'), city police cases ('HPD 25-NNNNNN') and "
           "earlier events of the SAME series ('Supp. to HRT-25-00NNNN'): related, not ids, or '-'. "
           "Locations with numbers ('Route 85 bus 1061 (makai)', 'Train 118, car 4 near ...'). Ends 'Events: "
           "N   Fare inspections: M   Riders checked: K' (only N counts records); footer 'Page n of N'.",
           "events counted from the generator; 'Events:' equals record_count"),
    "pf": ("Portrait arrest log in a ruled grid, Helvetica 7, grey header band repeated on every page. "
           "Columns: Arrest No. (PF25-NNNN, the id, bold), Booked (date over time: '10/13/2025' / '07:01'; "
           "reported_at joins them with one space), Age / Sex (no names), Charge(s) (one per line, "
           "'AS 11.46.140 Theft 3rd Degree', plus a 'Warrant 3PF-25-00NNNCR' line when a warrant was served; "
           "type is the list of these lines), Arrest Location (wraps), Warrant / Cit. / Ref. ('Warr. ...', "
           "'Cit. PFNNNNNN', Alaska State Troopers 'Troopers AST 25-NNNNN'; related, not ids, or '-'), "
           "Release (wraps; disposition). Rows with many charges are NOT kept whole: when the page fills, "
           "the row is cut and goes on at the top of the next page under the header, with its id repeated "
           "in italics as 'PF25-NNNN (cont.)' and only the remaining lines of the other cells. Such a row is "
           "ONE record although its id is printed twice. Statute numbers look like numbers. Ends 'Persons "
           "arrested: N   Charges: M   Warrants served: K' (only N counts records); footer 'Page n of N'.",
           "rows counted from the generator; 'Persons arrested' equals record_count; ids printed with "
           "'(cont.)' are continuations of the record above the page break"),
}


def main():
    one_agency(
        "port-of-halcott-tx-pd", 1,
        [("phpd-daily-incident-log-2025-10-20-23.pdf", days(10, 20, 23), "October 20 - 23, 2025", 72, 4410),
         ("phpd-daily-incident-log-2025-10-24-27.pdf", days(10, 24, 27), "October 24 - 27, 2025", 84, 4560)],
        ph_records, draw_ph, "Port of Halcott Police Department, TX [invented]",
        "daily incident log (port police, ruled grid)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["ph"])
    one_agency(
        "dunleith-county-va-so", 2,
        [("dcso-daily-bulletin-2025-10-20-21.pdf", days(10, 20, 21), "October 20 - 21, 2025", 58, 41200),
         ("dcso-daily-bulletin-2025-10-22.pdf", days(10, 22, 22), "Wednesday, October 22, 2025", 47, 41420)],
        dc_records, draw_dc, "Dunleith County Sheriff's Office, VA [invented]",
        "daily activity bulletin (run-in labelled paragraphs)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "unit", "disposition", "summary"], *NOTES["dc"])
    one_agency(
        "carrow-hill-university-md-pd", 3,
        [("chu-weekly-crime-log-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 61, 1180),
         ("chu-weekly-crime-log-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 74, 1262)],
        ch_records, draw_ch, "Carrow Hill University Police, MD [invented]",
        "weekly crime and incident log (Clery), most recent first", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ch"])
    one_agency(
        "halewai-hi-transit-pd", 4,
        [("hrtp-incident-log-2025-10-20-21.pdf", days(10, 20, 21), "October 20 - 21, 2025", 66, 6120),
         ("hrtp-incident-log-2025-10-22-23.pdf", days(10, 22, 23), "October 22 - 23, 2025", 57, 6290)],
        ht_records, draw_ht, "Halewai Regional Transit Police, HI [invented]",
        "transit police incident log (two printed lines per event)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["ht"])
    one_agency(
        "ptarmigan-flats-ak-pd", 5,
        [("pfpd-arrest-log-2025-10-01-15.pdf", days(10, 1, 15), "October 1 - 15, 2025", 46, 611),
         ("pfpd-arrest-log-2025-10-16-31.pdf", days(10, 16, 31), "October 16 - 31, 2025", 53, 690)],
        pf_records, draw_pf, "Ptarmigan Flats Police Department, AK [invented]",
        "arrest log (ruled grid, rows continued over page breaks)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["pf"])


if __name__ == "__main__":
    main()
