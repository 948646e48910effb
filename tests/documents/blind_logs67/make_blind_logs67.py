"""Generate a held-out set of incident-log PDFs about logs that carry their own corrections.

Five layouts: a town daily register whose voided rows are struck through and reissued later under a
new number; a landscape records-unit log with late entries inserted where they were keyed, out of
time order and flagged LATE; a college safety log of labelled blocks whose captions sit at the RIGHT
of their values, with supplement blocks appended to earlier cases later in the log; a sheriff's
activity narrative where a mistyped case number is struck through beside the corrected one; a
harbour-city weekly-grouped log with the id in the last column and an errata page that corrects
rows and restores omitted entries. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs67/make_blind_logs67.py [OUT_DIR]
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
SEED = 20261167
STREETS = ["Alder", "Bramwell", "Coventry", "Dunmore", "Eastlake", "Fenner", "Gresham", "Harwood", "Inglis",
           "Jessop", "Kestrel", "Larchmont", "Marden", "Nettleton", "Orchard", "Pellham", "Quayside",
           "Rowan", "Sedgefield", "Thistle", "Upland", "Vickery", "Wexford"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]


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


def strike(c, x, y, text, font, size):
    c.drawString(x, y, text)
    c.line(x - 1, y + size * 0.32, x + c.stringWidth(text, font, size) + 1, y + size * 0.32)


def base_records(r, days, n, types, disps, fmt, start, upper=False):
    recs, k = [], start
    for d, h, m in day_times(r, days, n):
        k += r.choice((1, 1, 1, 2))
        recs.append({"case_number": fmt.format(k), "day": d, "hm": (h, m), "type": r.choice(types),
                     "location": addr(r, upper), "disposition": r.choice(disps), "related": []})
    return recs, k


# ---------------------------------------------------------------- A: Ashgrove Junction voided rows

AJ_TYPES = ["THEFT", "BURGLARY - VEHICLE", "SUSPICIOUS VEHICLE", "DOMESTIC DISTURBANCE", "ALARM - COMMERCIAL",
            "WELFARE CHECK", "CRIMINAL DAMAGE", "ANIMAL COMPLAINT", "HIT AND RUN - PROPERTY", "FRAUD",
            "PARKING COMPLAINT", "LOST PROPERTY", "RECKLESS DRIVER"]
AJ_DISP = ["REPORT", "NO REPORT", "UNFOUNDED", "ADVISED", "ARREST", "CITATION", "REFERRED - COUNTY"]


def aj_records(r, days, n, start):
    recs, k = base_records(r, days, n, AJ_TYPES, AJ_DISP, "AJ25-{:05d}", start, upper=True)
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}:{m:02d}"
        if rec["disposition"] == "ARREST":
            num = f"B25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"ARREST, BOOKING {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CITATION":
            num = f"MO{r.randint(100000, 999999)}"
            rec["disposition"] = f"CITATION {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "REFERRED - COUNTY":
            num = f"ACSO 25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"REFERRED TO SHERIFF {num}"
            rec["related"].append(("other_agency_case", num))
    # about 1 in 12 rows was first keyed under a number that was then voided and reissued: the voided
    # row stays in place struck through; the record is reissued a few rows later under a new number.
    rows, pending = [], []
    for i, rec in enumerate(recs):
        for p in [p for p in pending if p[0] <= i]:
            rows.append(("rec", p[1]))
            pending.remove(p)
        if r.random() < 0.09 and i < len(recs) - 4:
            void = rec["case_number"]
            rows.append(("void", rec))
            rec["related"].append(("voided_number", void))
            rec["reissue_of"] = void
            pending.append((i + r.randint(1, 3), rec))
        else:
            rows.append(("rec", rec))
    for p in pending:
        rows.append(("rec", p[1]))
    # reissued numbers are drawn after the voided ones, so they are new numbers of the series
    for kind, rec in rows:
        if kind == "rec" and "reissue_of" in rec:
            k += 1
            rec["case_number"] = f"AJ25-{k:05d}"
    return rows


def draw_aj(path, rows, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Case No."), (100, "Date"), (148, "Time"), (176, "Nature"), (304, "Location"), (428, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawCentredString(w / 2, h - 38, "ASHGROVE JUNCTION POLICE DEPARTMENT")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 51, f"Daily Incident Register - {label}")
        c.drawString(36, h - 64, "Records counter 417 555-0163")
        c.drawRightString(w - 36, h - 64, f"Sheet {page[0]} / {pages or 0}")
        c.setFont("Times-Bold", 8)
        for x, t in cols:
            c.drawString(x, h - 82, t)
        c.line(36, h - 85, w - 36, h - 85)
        c.line(36, h - 87, w - 36, h - 87)
        return h - 98

    y = head()
    nrec = sum(1 for k, _ in rows if k == "rec")
    nvoid = len(rows) - nrec
    for kind, rec in rows:
        typ = wrap(rec["type"], "Times-Roman", 8, 124)
        loc = wrap(rec["location"], "Times-Roman", 8, 120)
        dsp = rec["disposition"] if kind == "rec" else f"VOID - reissued as {rec['case_number']}"
        if kind == "rec" and "reissue_of" in rec:
            dsp += f" (reissue of {rec['reissue_of']})"
        dsp = wrap(dsp, "Times-Roman", 8, 140)
        n = max(len(typ), len(loc), len(dsp))
        if y - 10 * n < 56:
            c.showPage()
            y = head()
        hh, mm = rec["hm"]
        cells = [(36, [rec["reissue_of"] if kind == "void" else rec["case_number"]]), (100, [mdy(rec["day"])]),
                 (148, [f"{hh:02d}:{mm:02d}"]), (176, typ), (304, loc)]
        c.setFont("Times-Roman", 8)
        for x, lines in cells:
            for j, t in enumerate(lines):
                (strike if kind == "void" else lambda c_, x_, y_, t_, *a: c_.drawString(x_, y_, t_))(
                    c, x, y - 10 * j, t, "Times-Roman", 8)
        if kind == "void":
            c.setFont("Times-Italic", 8)
        for j, t in enumerate(dsp):
            c.drawString(428, y - 10 * j, t)
        y -= 10 * n + 4
    if y < 90:
        c.showPage()
        y = head()
    c.line(36, y + 2, w - 36, y + 2)
    c.setFont("Times-Bold", 9)
    c.drawString(36, y - 12, f"Entries: {nrec}    Voided numbers: {nvoid}")
    c.setFont("Times-Italic", 8)
    c.drawString(36, y - 26, "Voided numbers are struck through and are not counted; each was reissued as shown.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Brennock Falls late entries

BF_TYPES = ["Larceny from building", "Larceny from motor vehicle", "Burglary (residential)", "Vandalism",
            "Simple assault", "Harassment", "Criminal trespass", "Identity fraud", "Motor vehicle theft",
            "Drug possession", "Disorderly conduct", "Operating after suspension"]
BF_DISP = ["Open", "Closed", "Arrest", "Summons", "Inactive", "Unfounded", "Referred"]


def bf_records(r, days, n, start):
    recs, k = base_records(r, days, n, BF_TYPES, BF_DISP, "BFP-25-{:04d}", start)
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}:{m:02d}"
        back = datetime.datetime(*rec["day"], h, m) - datetime.timedelta(minutes=r.randint(15, 3000))
        rec["occurred_at"] = back.strftime("%m/%d/%Y %H:%M")
        if rec["disposition"] == "Arrest":
            num = f"BK25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Arrest - booking {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Summons":
            num = f"NH-{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Summons {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred":
            num = f"NHSP 25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"Referred to State Police {num}"
            rec["related"].append(("other_agency_case", num))
    # a late entry is keyed days after it was reported: it is printed where it was keyed, numbered then,
    # flagged LATE with the date it was entered.
    late = sorted(r.sample(range(3, n - 15), 9))
    order = [x for x in range(n) if x not in late]
    for i in late:
        off = i + r.randint(6, 14)
        after = [x for x in order if x >= off and x not in late]
        order.insert(order.index(after[0]) + 1 if after else len(order), i)
    out = [recs[i] for i in order]
    nums = sorted(int(x["case_number"][-4:]) for x in out)
    for rec, num in zip(out, nums):
        rec["case_number"] = f"BFP-25-{num:04d}"
    for i in late:
        idx = out.index(recs[i])
        prev = out[idx - 1]["day"]
        recs[i]["late"] = mdy(max(prev, recs[i]["day"]))
    return out


def draw_bf(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    cols = [(30, "Flag"), (58, "Report #"), (120, "Reported"), (192, "Occurred"), (264, "Offense"),
            (400, "Location"), (520, "Officer"), (566, "Status")]
    page = [0]

    def head():
        page[0] += 1
        c.setFillGray(0.85)
        c.rect(30, h - 52, w - 60, 26, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 44, "Brennock Falls Police Department - Records Unit Incident Log")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 36, h - 44, f"{label}   p. {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 68, t)
        c.line(30, h - 71, w - 30, h - 71)
        c.setFont("Helvetica", 6.5)
        c.drawString(30, 26, "Printed by Records Unit, 603 555-0118. LATE = entry keyed after the day it was reported.")
        return h - 82

    y = head()
    for rec in recs:
        off = wrap(rec["type"], "Helvetica", 7.5, 130)
        loc = wrap(rec["location"], "Helvetica", 7.5, 112)
        st = wrap(rec["disposition"], "Helvetica", 7.5, w - 36 - 566)
        n = max(len(off), len(loc), len(st)) + (1 if "late" in rec else 0)
        if y - 9.5 * n < 46:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 7.5)
        if "late" in rec:
            c.drawString(30, y, "LATE")
        c.drawString(58, y, rec["case_number"])
        c.setFont("Helvetica", 7.5)
        c.drawString(120, y, rec["reported_at"])
        c.drawString(192, y, rec["occurred_at"])
        c.drawString(520, y, f"#{r_badge(rec['case_number'])}")
        for x, lines in ((264, off), (400, loc), (566, st)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 9.5 * j, t)
        if "late" in rec:
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(120, y - 9.5 * (n - 1), f"Late entry - keyed {rec['late']} by Records")
        c.setStrokeGray(0.7)
        c.line(30, y - 9.5 * n + 6, w - 30, y - 9.5 * n + 6)
        c.setStrokeGray(0)
        y -= 9.5 * n + 3
    nlate = sum(1 for x in recs if "late" in x)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(58, y - 12, f"Reports this period: {len(recs)}   of which late entries: {nlate}")
    c.showPage()
    c.save()
    return page[0]


def r_badge(case):
    return 200 + int(case[-4:]) * 7 % 90


# ---------------------------------------------------------------- C: Corrin Valley blocks with supplements

CV_TYPES = ["Theft of bicycle", "Theft of laptop", "Liquor law violation", "Drug law violation",
            "Vandalism to vehicle", "Harassment", "Unlawful entry", "Fire alarm - intentional", "Fondling",
            "Stalking", "Medical assist", "Suspicious circumstance"]
CV_PLACES = ["Tolliver Hall", "Brandt Library", "North Parking Ramp", "Kessel Student Center", "Wynn Hall",
             "Agronomy Annex", "Pruitt Field House", "Birchwood Apartments", "Lot G", "Hollis Dining Hall"]
CV_DISP = ["Open", "Closed", "Cleared by arrest", "Referred to Student Conduct", "Inactive", "Referred to CVPD"]
CV_NARR = ["Reporting party stated the item was left unattended for about an hour.",
           "Officers checked the area and spoke with staff on duty.",
           "Building camera footage requested from facilities.",
           "No injuries reported; the area was secured by the responding officer.",
           "Resident assistant called after noticing damage on the door frame.",
           "Subject left before officers arrived; description broadcast to patrol."]


def cv_records(r, days, n, start):
    recs, k = base_records(r, days, n, CV_TYPES, CV_DISP, "CV-2025-{:04d}", start)
    rows, sr = [], r.randint(310, 360)
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}{m:02d} hrs"
        rec["location"] = r.choice(CV_PLACES) + (f", room {r.randint(100, 420)}" if r.random() < 0.35 else "")
        rec["summary"] = " ".join(r.sample(CV_NARR, 2))
        if rec["disposition"] == "Referred to CVPD":
            num = f"CVPD 25-{r.randint(10000, 99999)}"
            rec["summary"] += f" City police case {num}."
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "Cleared by arrest":
            num = f"JC-25-{r.randint(1000, 9999)}"
            rec["summary"] += f" Transported to county jail, booking {num}."
            rec["related"].append(("booking_number", num))
        # supplements filed to earlier cases are appended as their own blocks on the day they were filed
        earlier = [x for x in recs[:recs.index(rec)] if x["day"] < rec["day"]]
        if earlier and r.random() < 0.16:
            tgt = r.choice(earlier)
            sr += r.randint(1, 4)
            rows.append(("supp", {"to": tgt["case_number"], "number": f"SR-{sr:04d}", "day": rec["day"],
                                  "hm": (max(0, h - 1), m), "text": r.choice(
                                      ["Property recovered and returned to owner.",
                                       "Victim provided a list of serial numbers.",
                                       "Second witness statement added to the file.",
                                       "Case status changed after review by investigations."])}))
            tgt["related"].append(("supplement_report", f"SR-{sr:04d}"))
        rows.append(("rec", rec))
    return rows


def draw_cv(path, rows, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    L, R = 60, w - 50

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(L, h - 42, "Corrin Valley State College - Department of Public Safety")
        c.setFont("Helvetica", 8.5)
        c.drawString(L, h - 55, f"Daily Crime and Safety Log, {label}")
        c.drawRightString(R, h - 55, f"{page[0]}/{pages or 0}")
        c.line(L, h - 60, R, h - 60)
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(w / 2, 28, "DPS dispatch 319 555-0177 - public log kept under the Clery Act")
        return h - 78

    def block(lines, y):
        """lines: (value lines, caption, bold); captions are right-aligned at the right edge."""
        for vals, cap, bold in lines:
            for j, t in enumerate(vals):
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
                c.drawString(L, y, t)
                if j == 0:
                    c.setFont("Helvetica-Oblique", 7)
                    c.drawRightString(R, y, cap)
                y -= 11
        return y

    y = head()
    nrec = nsup = 0
    for kind, x in rows:
        if kind == "rec":
            nrec += 1
            lines = [([x["case_number"]], "case number", True), ([x["reported_at"]], "reported", False),
                     ([x["type"]], "classification", False), ([x["location"]], "location", False),
                     ([x["disposition"]], "disposition", False),
                     (wrap(x["summary"], "Helvetica", 8.5, 360), "narrative", False)]
        else:
            nsup += 1
            hh, mm = x["hm"]
            lines = [([f"Supplement {x['number']} to {x['to']}"], "supplement", True),
                     ([f"{mdy(x['day'])} {hh:02d}{mm:02d} hrs"], "filed", False),
                     (wrap(x["text"], "Helvetica", 8.5, 360), "note", False)]
        need = 11 * sum(len(v) for v, _, _ in lines) + 10
        if y - need < 46:
            c.showPage()
            y = head()
        y = block(lines, y)
        c.setDash(1, 2)
        c.line(L, y + 5, R, y + 5)
        c.setDash()
        y -= 8
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(L, y - 6, f"{nrec} cases and {nsup} supplements listed.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Halloran County corrected numbers

HC_TYPES = ["Burglary", "Theft", "Criminal mischief", "Livestock at large", "Suspicious vehicle",
            "Trespass", "Harassment", "Welfare check", "Traffic hazard", "Unlawful entry into vehicle",
            "Theft of fuel", "Dog at large"]
HC_DISP = ["Report taken.", "No further action.", "Unable to locate.", "Arrest made.", "Citation issued.",
           "Referred to State Police.", "Warning given."]
HC_MIDS = ["The deputy spoke with the caller and checked the property.", "Area checked; nothing else found.",
           "Neighbour confirmed the account.", "Photographs taken for the file.",
           "Owner was contacted by phone.", "Deputy stood by until the road was clear."]


def hc_records(r, days, n, start):
    recs, k = base_records(r, days, n, HC_TYPES, HC_DISP, "HC25-{:05d}", start)
    taken = {x["case_number"] for x in recs}
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}{m:02d}"
        rec["location"] = f"{rec['location']}, {r.choice(['Lorne', 'Gilchrist', 'Dunmoor', 'Pike Flat'])}"
        tail = rec["disposition"]
        if tail == "Arrest made.":
            num = f"HCJ-{r.randint(10000, 99999)}"
            tail = f"Arrest made, booked as {num}."
            rec["related"].append(("booking_number", num))
        elif tail == "Citation issued.":
            num = f"OR{r.randint(1000000, 9999999)}"
            tail = f"Citation {num} issued."
            rec["related"].append(("citation", num))
        elif tail == "Referred to State Police.":
            num = f"OSP SP25-{r.randint(100000, 999999)}"
            tail = f"Referred to State Police, {num}."
            rec["related"].append(("other_agency_case", num))
        rec["disposition"] = tail
        rec["summary"] = r.choice(HC_MIDS)
        if r.random() < 0.14:  # the number first typed transposed two digits; struck and corrected
            s = rec["case_number"]
            for i in (8, 7, 6):
                old = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if old != s and old not in taken:
                    rec["old"] = old
                    taken.add(old)
                    rec["related"].append(("superseded_case_number", old))
                    break
    return recs


def draw_hc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    L, R = 54, w - 54

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(L, h - 44, "HALLORAN COUNTY SHERIFF'S OFFICE")
        c.setFont("Times-Italic", 9.5)
        c.drawString(L, h - 57, f"Patrol activity narrative, {label}")
        c.setFont("Times-Roman", 8)
        c.drawRightString(R, h - 44, "Civil & records 541 555-0109")
        c.drawRightString(R, h - 57, f"page {page[0]} of {pages or 0}")
        c.line(L, h - 62, R, h - 62)
        return h - 80

    y = head()
    day = None
    ncorr = 0
    for rec in recs:
        hh, mm = rec["hm"]
        lead = f"{hh:02d}{mm:02d} hrs. {rec['type']}, {rec['location']}. {rec['summary']} {rec['disposition']} Case"
        lines = wrap(lead, "Times-Roman", 9.5, R - L - 20)
        need = 12 * (len(lines) + 1) + (26 if rec["day"] != day else 0)
        if y - need < 50:
            c.showPage()
            y = head()
        if rec["day"] != day:
            day = rec["day"]
            c.setFont("Times-Bold", 10.5)
            c.drawString(L, y, long_day(day))
            y -= 16
        c.setFont("Times-Roman", 9.5)
        for j, t in enumerate(lines):
            c.drawString(L + (0 if j == 0 else 14), y, t)
            y -= 12
        y += 12
        x = L + (0 if len(lines) == 1 else 14) + c.stringWidth(lines[-1], "Times-Roman", 9.5) + 3
        if x > R - 170:
            y -= 12
            x = L + 14
        if "old" in rec:
            ncorr += 1
            strike(c, x, y, rec["old"], "Times-Roman", 9.5)
            x += c.stringWidth(rec["old"], "Times-Roman", 9.5) + 4
        c.setFont("Times-Bold", 9.5)
        c.drawString(x, y, rec["case_number"] + ".")
        x += c.stringWidth(rec["case_number"] + ".", "Times-Bold", 9.5) + 3
        if "old" in rec:
            c.setFont("Times-Italic", 8)
            c.drawString(x, y, "(no. corrected)")
        y -= 17
    c.setFont("Times-Bold", 9.5)
    c.drawString(L, y - 4, f"Cases opened this period: {len(recs)}. Case numbers corrected: {ncorr}.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Marlow Sound errata page

MS_TYPES = ["Theft", "Boat theft", "Vehicle prowl", "Trespass", "Assault 4", "Malicious mischief",
            "Noise", "DUI", "Found property", "Suspicious person", "Harbor violation", "Shoplift"]
MS_DISP = ["Report", "Closed", "Arrest", "Cited", "Info only", "Referred"]


def ms_records(r, days, n, start):
    recs, _ = base_records(r, days, n, MS_TYPES, MS_DISP, "MS25-{:05d}", start)
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}{m:02d}"
        if rec["disposition"] == "Arrest":
            num = f"BKG 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arrest ({num})"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Cited":
            num = f"WA{r.randint(10000000, 99999999)}"
            rec["disposition"] = f"Cited {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred":
            num = f"USCG {r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Referred, {num}"
            rec["related"].append(("other_agency_case", num))
    # omitted entries: left out of the weekly pages, restored on the errata page at the end
    for i in sorted(r.sample(range(2, n - 2), 3)):
        recs[i]["omitted"] = True
    fixes = r.sample([x for x in recs if "omitted" not in x and not x["related"]][3:-3], 4)
    for j, x in enumerate(fixes):
        x["fix"] = ("Location", addr(r)) if j % 2 == 0 else ("Disposition", r.choice(["Closed", "Report"]))
    return [x for x in recs if "omitted" not in x] + [x for x in recs if "omitted" in x]


def draw_ms(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(40, "Date"), (92, "Time"), (122, "Incident Type"), (222, "Location"), (362, "Disposition"),
            (572, "Incident No.")]
    page = [0]

    def head(errata=False):
        page[0] += 1
        c.setFont("Courier-Bold", 11)
        c.drawString(40, h - 42, "CITY OF MARLOW SOUND POLICE - INCIDENT LOG")
        c.setFont("Courier", 8)
        c.drawString(40, h - 54, f"{label}" + ("   ERRATA" if errata else ""))
        c.drawRightString(w - 40, h - 54, f"Page {page[0]} of {pages or 0}")
        c.drawString(40, 30, "Questions: records desk 360 555-0131")
        if errata:
            return h - 74
        c.setFont("Courier-Bold", 7.5)
        for x, t in cols:
            (c.drawRightString if x > 500 else c.drawString)(x, h - 72, t)
        c.line(40, h - 75, w - 40, h - 75)
        return h - 86

    def row(rec, y):
        c.setFont("Courier", 7.5)
        hh, mm = rec["hm"]
        typ = wrap(rec["type"], "Courier", 7.5, 96)
        loc = wrap(rec["location"], "Courier", 7.5, 136)
        dsp = wrap(rec["disposition"], "Courier", 7.5, 140)
        c.drawString(40, y, mdy(rec["day"]))
        c.drawString(92, y, f"{hh:02d}{mm:02d}")
        for x, lines in ((122, typ), (222, loc), (362, dsp)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 9 * j, t)
        c.drawRightString(572, y, rec["case_number"])
        return y - 9 * max(len(typ), len(loc), len(dsp)) - 3

    y = head()
    listed = [x for x in recs if "omitted" not in x]
    week = None
    wk_count = 0
    for i, rec in enumerate(listed):
        monday = datetime.date(*rec["day"]) - datetime.timedelta(days=datetime.date(*rec["day"]).weekday())
        if monday != week:
            week = monday
            if y < 90:
                c.showPage()
                y = head()
            c.setFont("Courier-Bold", 8)
            c.drawString(40, y, f"WEEK OF {monday.strftime('%B %-d, %Y').upper()}")
            y -= 12
        if y < 60:
            c.showPage()
            y = head()
        y = row(rec, y)
        wk_count += 1
        nxt = listed[i + 1] if i + 1 < len(listed) else None
        if nxt is None or datetime.date(*nxt["day"]) - datetime.timedelta(
                days=datetime.date(*nxt["day"]).weekday()) != week:
            c.setFont("Courier-Bold", 7.5)
            c.drawString(122, y, f"Week total {wk_count}")
            c.drawRightString(572, y, f"{wk_count:>5}")
            y -= 16
            wk_count = 0
    c.setFont("Courier-Bold", 8)
    c.drawString(40, y - 4, f"Incidents on pages above: {len(listed)}")
    c.showPage()
    y = head(errata=True)
    c.setFont("Courier-Bold", 10)
    c.drawString(40, y, "ERRATA")
    c.setFont("Courier", 8)
    y -= 16
    n = 0
    for rec in listed:
        if "fix" in rec:
            n += 1
            field, val = rec["fix"]
            text = f"{n}. Incident No. {rec['case_number']} ({mdy(rec['day'])}): {field} should read \"{val}\"."
            for t in wrap(text, "Courier", 8, w - 100):
                c.drawString(40, y, t)
                y -= 10
            y -= 4
    omitted = [x for x in recs if "omitted" in x]
    n += 1
    c.drawString(40, y, f"{n}. The following {len(omitted)} incidents were omitted from the weekly pages:")
    y -= 14
    c.setFont("Courier-Bold", 7.5)
    for x, t in cols:
        (c.drawRightString if x > 500 else c.drawString)(x, y, t)
    y -= 11
    for rec in omitted:
        y = row(rec, y)
    c.setFont("Courier-Bold", 8)
    c.drawString(40, y - 10, f"Incidents in this log, errata included: {len(recs)}")
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
        # numbers printed inside the record's own text (a supplement's number is printed in its own block)
        inside = [num for kind, num in recs[i]["related"] if kind != "supplement_report"]
        if inside:
            s["related_numbers"] = inside
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs67.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs67.py) from the records it drew; "
                               "checked by check_blind_logs67.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        rows = make(r, days, n, start)
        pages = draw(d / fname, rows, label, None)
        draw(d / fname, rows, label, pages)
        recs = [x[1] if isinstance(x, tuple) else x for x in rows
                if not isinstance(x, tuple) or x[0] == "rec"]
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "aj": ("Portrait 'Daily Incident Register' in Times, double rule under column titles repeated per page. "
           "Columns Case No. (AJ25-NNNNN, the id), Date (MM/DD/YYYY), Time (HH:MM) (reported_at joins them), "
           "Nature (upper case, wraps), Location (wraps), Disposition (wraps; 'ARREST, BOOKING B25-NNNNN', "
           "'CITATION MONNNNNN', 'REFERRED TO SHERIFF ACSO 25-NNNN' are related, not ids). TWIST: a row whose "
           "number was VOIDED stays in place with every cell STRUCK THROUGH and the disposition 'VOID - "
           "reissued as AJ25-NNNNN'; it is not a record. The same incident is printed again one to three rows "
           "later under the new number with '(reissue of AJ25-NNNNN)' after its disposition: that row is the "
           "record (voided number listed as related kind voided_number). Ends 'Entries: N    Voided numbers: "
           "K' (N counts records).",
           "rows counted from the generator; 'Entries:' equals record_count, struck rows excluded"),
    "bf": ("Landscape 'Records Unit Incident Log', grey title band, column titles repeated per page, hairline "
           "under each row. Columns Flag, Report # (BFP-25-NNNN, the id), Reported and Occurred (MM/DD/YYYY "
           "HH:MM each), Offense (wraps), Location, Officer (#badge, not an id), Status (wraps; 'Arrest - "
           "booking BK25-NNNN', 'Summons NH-NNNNNNN', 'Referred to State Police NHSP 25-NNNNNN' are related). "
           "TWIST: LATE entries (flag 'LATE', extra italic line 'Late entry - keyed MM/DD/YYYY by Records') are "
           "printed where they were keyed, so the log is NOT in reported-time order there; ids still rise "
           "down the page. Ends 'Reports this period: N   of which late entries: K'.",
           "rows counted from the generator; 'Reports this period' equals record_count"),
    "cv": ("College 'Daily Crime and Safety Log' in labelled blocks whose CAPTIONS are printed small and "
           "italic at the RIGHT margin, level with the first line of their value (value left, caption right): "
           "'case number' (CV-2025-NNNN, the id, bold), 'reported' ('10/06/2025 1412 hrs'), 'classification', "
           "'location', 'disposition', 'narrative' (wraps; 'City police case CVPD 25-NNNNN' and 'booking "
           "JC-25-NNNN' are related). Blocks are parted by dotted rules and never split over pages. TRAP: "
           "SUPPLEMENT blocks ('Supplement SR-NNNN to CV-2025-NNNN', captions 'supplement', 'filed', 'note') "
           "are appended on the day they were filed, after the earlier case they add to: they repeat an "
           "earlier id and are NOT records (their SR numbers are related to the earlier case, kind "
           "supplement_report). Ends 'N cases and K supplements listed.'",
           "blocks counted from the generator; the closing 'N cases' equals record_count"),
    "hc": ("Sheriff's 'Patrol activity narrative' in Times: day headings ('Monday, October 13, 2025') then "
           "one paragraph per case: 'HHMM hrs.', the type, a comma, the place with its community, a full stop, "
           "one sentence, the outcome sentence (disposition; 'booked as HCJ-NNNNN', 'Citation ORNNNNNNN', "
           "'OSP SP25-NNNNNN' are related), then 'Case' and the id in bold (HC25-NNNNN). Continuation lines "
           "are indented. TRAP: where the number was first typed wrong, the WRONG number (two digits "
           "transposed, same series) is printed STRUCK THROUGH just before the right one, which is followed by "
           "'(no. corrected)'; the struck number is related (kind superseded_case_number), not a record. "
           "reported_at joins the heading's date and the time ('10/13/2025 0612'). Ends 'Cases opened this "
           "period: N. Case numbers corrected: K.'",
           "paragraphs counted from the generator; 'Cases opened this period' equals record_count"),
    "ms": ("Courier 'INCIDENT LOG' grouped under 'WEEK OF OCTOBER 6, 2025' headings; each week ends with a "
           "'Week total N' line whose count sits in the id column (not a record). Columns Date (MM/DD/YYYY), "
           "Time (HHMM) (reported_at joins them), Incident Type, Location and Disposition (wrap; 'Arrest "
           "(BKG 25-NNNNN)', 'Cited WANNNNNNNN', 'Referred, USCG NNNNNNN' are related), and the id LAST, "
           "right-aligned (MS25-NNNNN). 'Incidents on pages above: M'. The LAST PAGE is an ERRATA page: "
           "numbered corrections that repeat an id ('Incident No. MS25-NNNNN (date): Location should read "
           "...'; not records, the row's printed value is the ground truth) and a final item restoring "
           "entries OMITTED from the weekly pages, printed as rows under the column titles: those ARE "
           "records, at the end of case_numbers (document order), out of time order. Ends 'Incidents in this "
           "log, errata included: N'.",
           "rows counted from the generator; the errata-page total equals record_count"),
}


def main():
    one_agency(
        "ashgrove-junction-mo-pd", 1,
        [("ajpd-register-2025-10-06-08.pdf", days(10, 6, 8), "October 6 - 8, 2025", 72, 3140),
         ("ajpd-register-2025-10-09-10.pdf", days(10, 9, 10), "October 9 - 10, 2025", 54, 3330)],
        aj_records, draw_aj, "Ashgrove Junction Police Department, MO [invented]",
        "daily incident register (voided rows struck through, reissued)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["aj"])
    one_agency(
        "brennock-falls-nh-pd", 2,
        [("bfpd-incident-log-2025-10.pdf", days(10, 1, 31), "October 2025", 124, 1480)],
        bf_records, draw_bf, "Brennock Falls Police Department, NH [invented]",
        "records unit incident log (late entries out of order)", "table with header",
        ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"], *NOTES["bf"])
    one_agency(
        "corrin-valley-state-college-ia-dps", 3,
        [("cvsc-safety-log-2025-09.pdf", days(9, 1, 30), "September 2025", 46, 820),
         ("cvsc-safety-log-2025-10.pdf", days(10, 1, 31), "October 2025", 52, 905)],
        cv_records, draw_cv, "Corrin Valley State College Department of Public Safety, IA [invented]",
        "daily crime and safety log (right-hand captions, supplement blocks)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"], *NOTES["cv"])
    one_agency(
        "halloran-county-or-so", 4,
        [("hcso-narrative-2025-10-13-17.pdf", days(10, 13, 17), "October 13 - 17, 2025", 58, 10400),
         ("hcso-narrative-2025-10-18-24.pdf", days(10, 18, 24), "October 18 - 24, 2025", 77, 10530)],
        hc_records, draw_hc, "Halloran County Sheriff's Office, OR [invented]",
        "patrol activity narrative (struck-through case numbers corrected)", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["hc"])
    one_agency(
        "marlow-sound-wa-pd", 5,
        [("mspd-incident-log-2025-10.pdf", days(10, 6, 26), "October 6 - 26, 2025", 108, 7720)],
        ms_records, draw_ms, "Marlow Sound Police Department, WA [invented]",
        "weekly-grouped incident log with an errata page", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ms"])


if __name__ == "__main__":
    main()
