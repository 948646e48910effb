"""Generate a held-out set of incident-log PDFs whose record numbers do not count up.

Five layouts: a town media log whose ids are random base-32 codes, with a Related column holding
codes of the same shape; a landscape sheriff's log whose ids are the deputy's badge number and his own
serial, so ids restart per deputy and interleave; a college log of labelled blocks keyed by GUIDs, with
a CAD-event GUID and linked-incident GUIDs in each block; a township shift narrative whose report
numbers carry a mod-11 check character (sometimes X), among routine entries without a number; a
dispatch log grouped by day whose 9-digit Luhn event numbers are last and whose line numbers restart
every day. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs82/make_blind_logs82.py [OUT_DIR]
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
SEED = 20261182
STREETS = ["Ashby", "Birchmont", "Calloway", "Dunstan", "Elmridge", "Foxhall", "Garnet", "Hollins", "Ivers",
           "Juniper", "Kittering", "Lomax", "Millbrook", "Norcross", "Oakhurst", "Pembury", "Quarry",
           "Redfern", "Stanwick", "Tolland", "Underhill", "Vantage", "Whitcombe"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


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


def addr(r, upper=False):
    a = f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def long_day(d):
    return datetime.date(*d).strftime("%A, %B %-d, %Y")


def base_records(r, days, n, types, disps):
    recs = []
    for d, h, m in day_times(r, days, n):
        recs.append({"day": d, "hm": (h, m), "type": r.choice(types), "location": addr(r),
                     "disposition": r.choice(disps), "related": [],
                     "reported_at": f"{mdy(d)} {h:02d}:{m:02d}"})
    return recs


def b32code(r, used):
    while True:
        s = "".join(r.choice(B32) for _ in range(8))
        s = s[:4] + "-" + s[4:]
        if s not in used:
            used.add(s)
            return s


def mod11(digits):
    s = sum(int(d) * w for d, w in zip(digits, range(len(digits) + 1, 1, -1)))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def luhn(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return str((10 - total % 10) % 10)


# ---------------------------------------------------------------- A: Pellworth random base-32 codes

PW_TYPES = ["Theft", "Theft from vehicle", "Burglary - residence", "Criminal damage to property", "Assault - 5th degree",
            "Domestic", "Fraud - checks/cards", "Harassment", "Suspicious activity", "Trespass",
            "DWI", "Property - found", "Animal at large", "Welfare check"]
PW_DISP = ["Report taken", "Closed", "Arrest", "Citation", "Unfounded", "Assisted", "Pending investigation"]


def pw_records(r, days, n, used):
    recs = base_records(r, days, n, PW_TYPES, PW_DISP)
    for rec in recs:
        rec["case_number"] = b32code(r, used)
        if rec["disposition"] == "Arrest":
            num = f"BK{r.randint(100000, 999999)}"
            rec["disposition"] = f"Arrest - jail booking {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Citation":
            num = f"MN{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Citation {num}"
            rec["related"].append(("citation", num))
    # about one row in six names an earlier report (from before this log) of the same code shape
    for rec in recs:
        if r.random() < 0.18:
            rec["see"] = b32code(r, used)
            rec["related"].append(("earlier_report", rec["see"]))
    return recs


def draw_pw(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Report ID"), (92, "Reported"), (164, "Offense"), (282, "Location"), (394, "Disposition"),
            (512, "Related")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 40, "PELLWORTH POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 53, f"Daily Media Log  -  {label}")
        c.drawRightString(w - 36, h - 53, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 72, t)
        c.line(36, h - 75, w - 36, h - 75)
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 28, "Report IDs are assigned by the records system and are not sequential. "
                             "Media line 218 555-0147.")
        return h - 86

    y = head()
    for rec in recs:
        typ = wrap(rec["type"], "Helvetica", 7.5, 112)
        loc = wrap(rec["location"], "Helvetica", 7.5, 106)
        dsp = wrap(rec["disposition"], "Helvetica", 7.5, 112)
        n = max(len(typ), len(loc), len(dsp))
        if y - 9 * n < 50:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7.5)
        c.drawString(36, y, rec["case_number"])
        c.drawString(92, y, rec["reported_at"])
        for x, lines in ((164, typ), (282, loc), (394, dsp)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 9 * j, t)
        if "see" in rec:
            c.drawString(512, y, f"see {rec['see']}")
        c.setStrokeGray(0.75)
        c.line(36, y - 9 * n + 5, w - 36, y - 9 * n + 5)
        c.setStrokeGray(0)
        y -= 9 * n + 3
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(36, y - 10, f"Total reports listed: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Wendover Falls per-deputy serials

WF_TYPES = ["Theft", "Burglary", "Vehicle prowl", "Livestock at large", "Trespass", "Harassment",
            "Domestic disturbance", "Criminal mischief", "Suspicious person", "Found property", "Traffic hazard",
            "Fraud", "Noise complaint", "Welfare check"]
WF_DISP = ["Report", "Closed", "Cited", "Arrest", "Referred", "Inactive", "Unfounded"]


def wf_records(r, days, n, serials):
    recs = base_records(r, days, n, WF_TYPES, WF_DISP)
    badges = sorted(serials)
    for rec in recs:
        b = r.choice(badges)
        serials[b] += r.choice((1, 1, 1, 2))
        rec["case_number"] = f"{b}-{serials[b]:04d}"
        rec["deputy"] = b
        rec["assist"] = sorted(r.sample([x for x in badges if x != b], r.choice((0, 0, 0, 1, 2))))
        if rec["disposition"] == "Cited":
            num = f"ID{r.randint(10000000, 99999999)}"
            rec["disposition"] = f"Cited {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Arrest":
            num = f"WCJ-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arrest, jail {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Referred":
            num = f"ISP {r.randint(250000, 259999)}"
            rec["disposition"] = f"Referred to {num}"
            rec["related"].append(("other_agency_case", num))
    return recs


def draw_wf(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    cols = [(36, "Report No."), (96, "Date"), (150, "Time"), (182, "Deputy"), (222, "Assisting"),
            (290, "Call Type"), (420, "Location"), (560, "Clearance")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawString(36, h - 40, "Wendover County Sheriff's Office - Wendover Falls Contract Patrol")
        c.setFont("Times-Roman", 9)
        c.drawString(36, h - 53, f"Reports Written, {label}  (report no. = deputy badge - deputy's own serial)")
        c.drawRightString(w - 36, h - 53, f"Page {page[0]} of {pages or 0}")
        c.setFont("Times-Bold", 8.5)
        for x, t in cols:
            c.drawString(x, h - 72, t)
        c.line(36, h - 75, w - 36, h - 75)
        c.setFont("Times-Italic", 7)
        c.drawString(36, 26, "Civil desk 208 555-0129. Badge numbers identify deputies; no names are released.")
        return h - 87

    y = head()
    for rec in recs:
        typ = wrap(rec["type"], "Times-Roman", 8.5, 124)
        loc = wrap(rec["location"], "Times-Roman", 8.5, 134)
        dsp = wrap(rec["disposition"], "Times-Roman", 8.5, w - 36 - 560)
        n = max(len(typ), len(loc), len(dsp))
        if y - 10 * n < 48:
            c.showPage()
            y = head()
        hh, mm = rec["hm"]
        c.setFont("Times-Roman", 8.5)
        c.drawString(36, y, rec["case_number"])
        c.drawString(96, y, mdy(rec["day"]))
        c.drawString(150, y, f"{hh:02d}:{mm:02d}")
        c.drawString(182, y, f"#{rec['deputy']}")
        c.drawString(222, y, ", ".join(f"#{b}" for b in rec["assist"]))
        for x, lines in ((290, typ), (420, loc), (560, dsp)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 10 * j, t)
        y -= 10 * n + 4
    c.line(36, y + 6, w - 36, y + 6)
    c.setFont("Times-Bold", 9)
    deps = len({x["deputy"] for x in recs})
    c.drawString(36, y - 8, f"Reports written this period: {len(recs)} by {deps} deputies")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Kinloch College GUID blocks

KC_TYPES = ["THEFT - BICYCLE", "THEFT - PERSONAL PROPERTY", "LIQUOR LAW VIOLATION", "DRUG LAW VIOLATION",
            "VANDALISM", "HARASSMENT", "BURGLARY", "FIRE ALARM", "MEDICAL ASSIST", "SUSPICIOUS PERSON",
            "STALKING", "TRESPASS"]
KC_PLACES = ["Ravensworth Hall", "Mallory Library", "Lot 7", "Fenwick Student Union", "Alder Court Apartments",
             "Sayre Science Center", "Gymnasium", "Dunmore Hall", "Tennis Courts", "Heating Plant"]
KC_DISP = ["Open", "Closed", "Referred to Student Conduct", "Cleared by arrest", "Referred to town police",
           "Inactive"]
KC_NARR = ["Caller reported the item missing after leaving it unattended.",
           "Officer met the reporting party and took a statement.",
           "Area checked; nothing further found.",
           "Facilities notified for a repair request.",
           "Resident director was present and assisted.",
           "Camera footage requested from the system administrator."]


def guid(r):
    return (f"{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-4{r.getrandbits(12):03x}-"
            f"{r.choice('89ab')}{r.getrandbits(12):03x}-{r.getrandbits(48):012x}")


def kc_records(r, days, n, used):
    recs = base_records(r, days, n, KC_TYPES, KC_DISP)
    for rec in recs:
        rec["case_number"] = guid(r)
        rec["cad"] = guid(r)
        rec["related"].append(("cad_event", rec["cad"]))
        rec["location"] = r.choice(KC_PLACES) + (f", room {r.randint(101, 399)}" if r.random() < 0.3 else "")
        rec["summary"] = " ".join(r.sample(KC_NARR, 2))
        if rec["disposition"] == "Referred to town police":
            num = f"KTPD 25-{r.randint(1000, 9999)}"
            rec["summary"] += f" Town police case {num}."
            rec["related"].append(("other_agency_case", num))
        if r.random() < 0.2:
            rec["linked"] = guid(r)
            rec["related"].append(("linked_incident", rec["linked"]))
    return recs


def draw_kc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    L, V = 54, 132

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(L, h - 42, "Kinloch College Public Safety - Incident Summary Export")
        c.setFont("Helvetica", 8)
        c.drawString(L, h - 54, f"Daily crime log, {label}. Sorted by opened time.")
        c.drawRightString(w - 54, h - 54, f"Page {page[0]} of {pages or 0}")
        c.line(L, h - 59, w - 54, h - 59)
        c.setFont("Helvetica", 6.5)
        c.drawString(L, 28, "Incident IDs are system identifiers. Dispatch 802 555-0186.")
        return h - 76

    y = head()
    for rec in recs:
        hh, mm = rec["hm"]
        lines = [("CAD event:", [rec["cad"]]), ("Incident ID:", [rec["case_number"]]),
                 ("Opened:", [rec["reported_at"]]), ("Where:", [rec["location"]]),
                 ("Status:", [rec["disposition"]])]
        if "linked" in rec:
            lines.append(("Linked to:", [rec["linked"]]))
        lines.append(("Summary:", wrap(rec["summary"], "Helvetica", 8, w - 54 - V)))
        need = 12 + 10 * sum(len(v) for _, v in lines) + 8
        if y - need < 46:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(L, y, rec["type"])
        y -= 12
        for lab, vals in lines:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(L + 8, y, lab)
            c.setFont("Courier" if lab in ("CAD event:", "Incident ID:", "Linked to:") else "Helvetica", 8)
            for j, t in enumerate(vals):
                c.drawString(V, y - 10 * j, t)
            y -= 10 * len(vals)
        c.setStrokeGray(0.6)
        c.line(L, y + 4, w - 54, y + 4)
        c.setStrokeGray(0)
        y -= 8
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(L, y - 6, f"{len(recs)} incidents shown")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Everly Township mod-11 report numbers

EV_TYPES = ["THEFT FROM VEHICLE", "RETAIL THEFT", "BURGLARY", "CRIMINAL MISCHIEF", "HARASSMENT", "DOMESTIC",
            "DISORDERLY CONDUCT", "DUI", "FRAUD", "CRASH WITH INJURY", "TRESPASS", "ANIMAL BITE"]
EV_DISP = ["Report taken.", "Arrest made.", "Citation issued.", "Unfounded.", "Referred to county detectives.",
           "Cleared."]
EV_SENT = ["Officer spoke with the complainant at the scene.",
           "Neighbor heard the noise and called it in.",
           "A vehicle of interest was last seen heading north.",
           "The owner will provide a list of missing items.",
           "No one was injured.",
           "Area canvassed with no witnesses found."]
EV_ROUTINE = ["Court detail at the district justice office.", "School zone patrol at the elementary school.",
              "Vehicle 12 taken for service.", "Building check of the township garage; all secure.",
              "Funeral escort.", "Bank escort requested and completed.", "Radar detail on Foxhall Rd."]
SHIFTS = [("Day shift", 7, 15), ("Evening shift", 15, 23), ("Night shift", 23, 31)]


def ev_records(r, days, n, used):
    recs = base_records(r, days, n, EV_TYPES, EV_DISP)
    for rec in recs:
        while True:
            base = "".join(r.choice("0123456789") for _ in range(7))
            num = f"{base}-{mod11(base)}"
            if base[0] != "0" and num not in used:
                used.add(num)
                break
        rec["case_number"] = num
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(shift_of(rec['day'], h)[1])} {h:02d}{m:02d}"
        rec["text"] = r.choice(EV_SENT)
        if rec["disposition"] == "Citation issued.":
            cit = f"T{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Citation {cit} issued."
            rec["related"].append(("citation", cit))
        elif rec["disposition"] == "Arrest made.":
            otn = f"U {r.randint(100000, 999999)}-{r.randint(1, 9)}"
            rec["disposition"] = f"Arrest made, OTN {otn}."
            rec["related"].append(("offense_tracking_number", otn))
        if rec["type"] == "CRASH WITH INJURY":
            tow = f"{r.randint(40000, 49999)}"
            rec["text"] += f" Tow slip {tow}."
            rec["related"].append(("tow_slip", tow))
    # routine entries without a report number sit between the reports
    rows = []
    for rec in recs:
        if r.random() < 0.22:
            rh, rm = rec["hm"]
            rows.append(("routine", {"day": rec["day"], "hm": (rh, max(0, rm - 1)), "text": r.choice(EV_ROUTINE)}))
        rows.append(("rec", rec))
    return rows


def shift_of(d, hh):
    """(shift name, the shift's day): night shift after midnight belongs to the previous day."""
    if hh < 7:
        prev = datetime.date(*d) - datetime.timedelta(days=1)
        return "Night shift", (prev.year, prev.month, prev.day)
    return ("Day shift" if hh < 15 else "Evening shift" if hh < 23 else "Night shift"), d


def draw_ev(path, rows, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    L, T = 54, 86

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 42, "EVERLY TOWNSHIP POLICE DEPARTMENT")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 54, f"Shift Activity Summary - {label}")
        c.drawRightString(w - 54, h - 66, f"page {page[0]} of {pages or 0}")
        c.setFont("Times-Italic", 7)
        c.drawCentredString(w / 2, 28, "Report numbers end in a check character (0-9 or X). Front desk 610 555-0112.")
        return h - 84

    y = head()
    cur_day = cur_shift = None
    nrec = nrout = 0
    for kind, x in rows:
        hh, mm = x["hm"]
        sname, sday = shift_of(x["day"], hh)
        if kind == "rec":
            body = f"{x['type']} at {x['location']}. {x['text']} {x['disposition']} Report {x['case_number']}."
            nrec += 1
        else:
            body = x["text"]
            nrout += 1
        lines = wrap(body, "Times-Roman", 9, w - 54 - T)
        need = 11 * len(lines) + 4 + (30 if sday != cur_day else 0) + (14 if sname != cur_shift else 0)
        if y - need < 48:
            c.showPage()
            y = head()
        if sday != cur_day:
            cur_day, cur_shift = sday, None
            c.setFont("Times-Bold", 10.5)
            c.drawString(L, y, long_day(sday))
            y -= 15
        if sname != cur_shift:
            cur_shift = sname
            c.setFont("Times-BoldItalic", 9)
            st = dict((s, a) for s, a, _ in SHIFTS)[sname]
            c.drawString(L, y, f"{sname} ({st:02d}00-{(st + 8) % 24:02d}00)")
            y -= 13
        c.setFont("Times-Bold", 9)
        c.drawString(L, y, f"{hh:02d}{mm:02d}")
        c.setFont("Times-Roman", 9)
        for j, t in enumerate(lines):
            c.drawString(T, y - 11 * j, t)
        y -= 11 * len(lines) + 4
    c.setFont("Times-Bold", 9)
    c.drawString(L, y - 8, f"Reports taken: {nrec}. Other activity entries: {nrout}.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Greyhaven daily line numbers, Luhn event ids

GH_TYPES = ["ALARM BURGLARY", "ACCIDENT PROPERTY DAMAGE", "SUSPICIOUS VEHICLE", "DISTURBANCE", "THEFT",
            "WELFARE CHECK", "TRAFFIC STOP", "911 HANG UP", "ANIMAL COMPLAINT", "RECKLESS DRIVER",
            "CIVIL MATTER", "ASSIST OTHER AGENCY", "NOISE COMPLAINT"]
GH_DISP = ["ADVISED", "GONE ON ARRIVAL", "REPORT", "NO ACTION", "CITATION", "ARREST", "CANCELLED", "TOWED"]


def gh_records(r, days, n, used):
    recs = base_records(r, days, n, GH_TYPES, GH_DISP)
    for rec in recs:
        rec["location"] = rec["location"].upper()
        while True:
            base = "".join(r.choice("0123456789") for _ in range(8))
            num = base + luhn(base)
            if base[0] != "0" and num not in used:
                used.add(num)
                break
        rec["case_number"] = num
        if rec["disposition"] == "REPORT":
            rpt = f"GPD25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"REPORT {rpt}"
            rec["related"].append(("case_report", rpt))
        elif rec["disposition"] == "TOWED":
            tow = f"{r.randint(300000, 399999)}"
            rec["disposition"] = f"TOWED, TOW LOG {tow}"
            rec["related"].append(("tow_log", tow))
    return recs


def draw_gh(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(40, "Ln"), (62, "Time"), (96, "Nature"), (222, "Address"), (364, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 40, "GREYHAVEN EMERGENCY COMMUNICATIONS - POLICE CALLS FOR SERVICE")
        c.setFont("Helvetica", 8)
        c.drawString(40, h - 52, label)
        c.drawRightString(w - 40, h - 52, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 70, t)
        c.drawRightString(w - 40, h - 70, "Event No.")
        c.line(40, h - 73, w - 40, h - 73)
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 28, "Ln restarts at 1 each day. Event numbers carry a check digit. Non-emergency 270 555-0158.")
        return h - 84

    y = head()
    byday = {}
    for rec in recs:
        byday.setdefault(rec["day"], []).append(rec)
    for d in sorted(byday):
        if y < 100:
            c.showPage()
            y = head()
        c.setFillGray(0.9)
        c.rect(40, y - 3, w - 80, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, f"{datetime.date(*d).strftime('%A').upper()} {mdy(d)}")
        c.drawRightString(w - 44, y, f"{len(byday[d])} calls")
        y -= 14
        for i, rec in enumerate(byday[d], 1):
            typ = wrap(rec["type"], "Helvetica", 7.5, 122)
            loc = wrap(rec["location"], "Helvetica", 7.5, 138)
            dsp = wrap(rec["disposition"], "Helvetica", 7.5, 120)
            n = max(len(typ), len(loc), len(dsp))
            if y - 9 * n < 50:
                c.showPage()
                y = head()
            hh, mm = rec["hm"]
            c.setFont("Helvetica", 7.5)
            c.drawRightString(52, y, str(i))
            c.drawString(62, y, f"{hh:02d}:{mm:02d}")
            for x, lines in ((96, typ), (222, loc), (364, dsp)):
                for j, t in enumerate(lines):
                    c.drawString(x, y - 9 * j, t)
            c.drawRightString(w - 40, y, rec["case_number"])
            y -= 9 * n + 2
        y -= 6
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, y - 6, f"Total calls: {len(recs)}")
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
        "git_blob": "generated", "generator": f"make_blind_logs82.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs82.py) from the records it drew; "
                               "checked by check_blind_logs82.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check, state):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n in runs:
        rows = make(r, days, n, state)
        pages = draw(d / fname, rows, label, None)
        draw(d / fname, rows, label, pages)
        recs = [x[1] if isinstance(x, tuple) else x for x in rows
                if not isinstance(x, tuple) or x[0] == "rec"]
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "pw": ("Portrait 'Daily Media Log' in Helvetica, column titles repeated per page, hairline under each row. "
           "Columns Report ID (the id: a RANDOM 8-character base-32 code printed 'XXXX-XXXX', e.g. 'Q7MD-2K9X'; "
           "the footer says ids are not sequential, so no sequence marks a record start), Reported "
           "('MM/DD/YYYY HH:MM'), Offense, Location, Disposition (wrap; 'Arrest - jail booking BKNNNNNN' and "
           "'Citation MNNNNNNNN' are related), Related. TWIST: the Related column holds 'see XXXX-XXXX', an "
           "earlier report (not in this log) whose code has exactly the id's shape; it is related (kind "
           "earlier_report), not a record. Ends 'Total reports listed: N'.",
           "rows counted from the generator; 'Total reports listed' equals record_count"),
    "wf": ("Landscape sheriff's contract-patrol 'Reports Written' list in Times, column titles per page. The id "
           "(Report No.) is the writing deputy's BADGE NUMBER and that deputy's own running serial, 'BBB-SSSS': "
           "serials restart per deputy, so in time order the ids jump between deputies' series and never form "
           "one sequence. Columns Report No., Date (MM/DD/YYYY), Time (HH:MM) (reported_at joins them), Deputy "
           "('#BBB', the same badge as the id's prefix; not an id), Assisting (other badges, '#BBB, #BBB'), "
           "Call Type, Location, Clearance (wraps; 'Cited IDNNNNNNNN', 'Arrest, jail WCJ-NNNNN', 'Referred to "
           "ISP NNNNNN' are related). Ends 'Reports written this period: N by K deputies'.",
           "rows counted from the generator; 'Reports written this period' equals record_count"),
    "kc": ("College 'Incident Summary Export' in labelled blocks: a bold category line (the type, upper case), "
           "then labels 'CAD event:', 'Incident ID:', 'Opened:', 'Where:', 'Status:', optional 'Linked to:', "
           "'Summary:' (wraps). The id is the GUID after 'Incident ID:' (36 characters, lower-case hex). TRAP: "
           "every block prints a SECOND GUID first, the 'CAD event:' one, and some a third after 'Linked to:' "
           "(an incident outside this log); both are related (kinds cad_event, linked_incident), never records. "
           "'Town police case KTPD 25-NNNN' in a summary is related. Blocks never split over pages. "
           "reported_at is the 'Opened:' value. Ends 'N incidents shown'.",
           "blocks counted from the generator; 'N incidents shown' equals record_count"),
    "ev": ("Township 'Shift Activity Summary' in Times: day headings ('Tuesday, October 14, 2025') and shift "
           "headings ('Day shift (0700-1500)'; a night shift runs past midnight under its first day's heading), "
           "then one entry per line group: the time in bold in a left gutter ('1412'), then a paragraph 'TYPE at "
           "LOCATION. sentence. disposition. Report NNNNNNN-C.' The id is the 7-digit report number with a "
           "MOD-11 CHECK CHARACTER (weights 8..2; a check of 10 prints 'X'), random, so ids follow no order. "
           "TRAP: routine entries (court detail, escorts, building checks) have the same time gutter but no "
           "report number: they are not records. Related: 'Citation TNNNNNNN', 'OTN U NNNNNN-N', 'Tow slip "
           "NNNNN'. reported_at joins the heading's date and the time ('10/14/2025 1412'; after midnight the "
           "heading is the previous day's, so the date is the shift's day). Ends 'Reports taken: N. Other "
           "activity entries: M.'",
           "entries counted from the generator; 'Reports taken' equals record_count"),
    "gh": ("Dispatch 'Police Calls for Service' list in Helvetica, grey day bands ('MONDAY 10/20/2025' "
           "with 'N calls' at the right), columns Ln, Time (HH:MM), Nature, Address, Disposition and the id "
           "LAST, right-aligned: 'Event No.', 9 digits whose last is a LUHN check digit, random. TWIST: the "
           "first column Ln is a line number that RESTARTS AT 1 every day (the only sequence on the page; not "
           "an id). Related: 'REPORT GPD25-NNNN' (the case report opened from the call), 'TOWED, TOW LOG "
           "NNNNNN'. reported_at joins the band's date and the time. Ends 'Total calls: N'.",
           "rows counted from the generator; 'Total calls' and the day-band counts add up to record_count"),
}


def main():
    one_agency(
        "pellworth-mn-pd", 1,
        [("pellworth-media-log-2025-10-06-08.pdf", days(10, 6, 8), "October 6-8, 2025", 64),
         ("pellworth-media-log-2025-10-09-12.pdf", days(10, 9, 12), "October 9-12, 2025", 83)],
        pw_records, draw_pw, "Pellworth Police Department, MN [invented]",
        "daily media log (random base-32 report ids)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["pw"], set())
    one_agency(
        "wendover-county-id-so", 2,
        [("wendover-falls-reports-2025-10.pdf", days(10, 1, 31), "October 2025", 118)],
        wf_records, draw_wf, "Wendover County Sheriff's Office (Wendover Falls contract), ID [invented]",
        "reports written list (ids per deputy: badge + own serial)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["wf"],
        {b: s for b, s in zip((117, 204, 233, 318, 406, 452, 508, 611), (41, 188, 9, 302, 77, 150, 23, 264))})
    one_agency(
        "kinloch-college-vt-dps", 3,
        [("kinloch-crime-log-2025-09.pdf", days(9, 1, 30), "September 2025", 44),
         ("kinloch-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 51)],
        kc_records, draw_kc, "Kinloch College Department of Public Safety, VT [invented]",
        "daily crime log export (GUID incident ids)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"], *NOTES["kc"], set())
    one_agency(
        "everly-township-pa-pd", 4,
        [("everly-shift-summary-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 57),
         ("everly-shift-summary-2025-10-20-26.pdf", days(10, 20, 26), "October 20-26, 2025", 62)],
        ev_records, draw_ev, "Everly Township Police Department, PA [invented]",
        "shift activity summary (report numbers with a mod-11 check character)", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ev"], set())
    one_agency(
        "greyhaven-ky-ecc", 5,
        [("greyhaven-police-cfs-2025-10-20-26.pdf", days(10, 20, 26), "Police calls, October 20-26, 2025", 136)],
        gh_records, draw_gh, "Greyhaven Emergency Communications Center (police calls), KY [invented]",
        "police calls for service (Luhn event numbers, daily line numbers)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["gh"], set())


if __name__ == "__main__":
    main()
