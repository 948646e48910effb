"""Generate the eighth held-out set of incident-log PDFs and their ground truth.

Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run from anywhere:
    python tests/documents/blind_logs8/make_blind_logs8.py [OUT_DIR]
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20251208


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def times(r, n):
    mins = sorted(r.sample(range(0, 1440), n))
    return [(m // 60, m % 60) for m in mins]


STREETS = ["Alder", "Bellwether", "Cobble", "Dunlin", "Eskerfield", "Foxglove", "Garnet", "Heron",
           "Inkberry", "Juneberry", "Kestrel", "Larkspur", "Millrace", "Northgate", "Oxbow", "Pellham",
           "Quillwort", "Redpoll", "Saltbox", "Tamarack", "Upland", "Verbena", "Willowbrook"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Blvd"]
TYPES = ["Theft", "Burglary - Residential", "Vandalism", "Assault - Simple", "Disturbance",
         "Suspicious Person", "Welfare Check", "Traffic Collision - Property Damage", "DUI",
         "Drug Violation", "Trespass", "Fraud", "Harassment", "Noise Complaint", "Stolen Vehicle",
         "Warrant Service", "Found Property", "Alarm - Commercial", "Domestic Dispute", "Shoplifting"]


def street(r):
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def address(r):
    return f"{r.randint(1, 79) * 100 + r.randint(0, 99)} {street(r)}"


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def ids(r, n, prefix, start, width):
    out, k = [], start
    for _ in range(n):
        k += r.choice([1, 1, 1, 2, 3])
        out.append(f"{prefix}{k:0{width}d}")
    return out


# ---------------------------------------------------------------- 1. university spreadsheet

UNI_LOC = ["Harlan Hall, 3rd floor lounge", "Oxbow Library, north entrance", "Parking Structure C, level 2",
           "Student Union food court", "Tamarack Residence Hall room corridor", "Science Annex loading dock",
           "Recreation Center locker room", "Lot 14 (commuter)", "Mill Creek Apartments (non-campus)",
           "Fine Arts Building studio 112", "Bellwether Stadium gate 4", "Campus Quad near fountain"]
UNI_TYPES = ["Theft from Building", "Bicycle Theft", "Vandalism", "Liquor Law Violation - Referral",
             "Drug Law Violation - Referral", "Fondling", "Simple Assault", "Burglary", "Stalking",
             "Trespass Warning Issued", "Motor Vehicle Theft", "Harassment"]
UNI_DISPO = ["Closed - cleared by arrest", "Open - pending investigation", "Referred to Student Conduct",
             "Closed - inactive", "Unfounded", "Closed - exceptionally cleared"]


def uni_records(r, month, days, n, start):
    recs = []
    case_ids = ids(r, n, "BSU25-", start, 4)
    day_list = sorted(r.choice(days) for _ in range(n))
    for i, cid in enumerate(case_ids):
        d = day_list[i]
        h, m = r.randint(0, 23), r.randint(0, 59)
        rep = f"{month:02d}/{d:02d}/2025 {h:02d}:{m:02d}"
        oh = max(0, h - r.randint(0, 6))
        if r.random() < 0.5:
            occ = f"{month:02d}/{d:02d}/2025 {oh:02d}:{m:02d}"
        else:
            occ = f"{month:02d}/{max(1, d - 1):02d}/2025 {r.randint(16, 23):02d}:00 - {month:02d}/{d:02d}/2025 {oh:02d}:{m:02d}"
        types = r.sample(UNI_TYPES, r.choice([1, 1, 1, 2]))
        rec = {"case_number": cid, "reported_at": rep, "occurred_at": occ,
               "type": types if len(types) > 1 else types[0], "location": r.choice(UNI_LOC),
               "disposition": r.choice(UNI_DISPO), "related": [], "notes": ""}
        x = r.random()
        if x < 0.18:
            num = f"OPD 25-{r.randint(10000, 99999)}"
            rec["notes"] = f"Also reported to Oxbow Police, {num}"
            rec["related"].append(("other_agency_case", num))
        elif x < 0.3:
            num = f"BSU25-{r.randint(100, start - 50):04d}"
            rec["notes"] = f"Supplement to {num}"
            rec["related"].append(("earlier_case_cited", num))
        elif x < 0.4:
            num = f"OR{r.randint(1000000, 9999999)}"
            rec["notes"] = f"Citation {num} issued"
            rec["related"].append(("citation", num))
        elif x < 0.5:
            rec["notes"] = "Timely warning issued"
        recs.append(rec)
    return recs


def draw_uni(path, recs, title):
    c = new_canvas(path, letter)
    cols = [("Case Number", 50, "case_number"), ("Date/Time Reported", 38, "reported_at"),
            ("Date/Time Occurred", 40, "occurred_at"), ("Nature of Incident", 62, "type"),
            ("General Location", 62, "location"), ("Disposition", 52, "disposition"),
            ("Notes", 58, "notes")]
    font, size, lead = "Helvetica", 7, 8.2
    x0, top, bottom = 54, 700, 60
    pno = [0]

    def page_head():
        pno[0] += 1
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, 752, "Brackenridge State University Police [invented] - Daily Crime Log")
        c.setFont("Helvetica", 7)
        c.drawString(x0, 741, title + "   (exported from CrimeLog.xlsx, sheet 'Log')")
        return header_row(top)

    def header_row(y):
        cells = [wrap(t, "Helvetica-Bold", size, w - 4) for t, w, _ in cols]
        h = max(len(x) for x in cells) * lead + 3
        x = x0
        for (_, w, _), lines in zip(cols, cells):
            c.setFillGray(0.85)
            c.rect(x, y - h, w, h, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", size)
            for k, line in enumerate(lines):
                c.drawString(x + 2, y - lead * (k + 1) + 1, line)
            x += w
        grid(y, h)
        return y - h

    def grid(y, h):
        c.setStrokeGray(0.6)
        c.setLineWidth(0.3)
        x = x0
        for _, w, _ in cols:
            c.rect(x, y - h, w, h, stroke=1, fill=0)
            x += w

    def footer():
        c.setFont("Helvetica", 6.5)
        c.drawString(x0, 40, "Log")
        c.drawRightString(x0 + sum(w for _, w, _ in cols), 40, f"Page {pno[0]}")

    y = page_head()
    for rec in recs:
        cells = []
        for _, w, key in cols:
            v = rec[key]
            lines = []
            for part in (v if isinstance(v, list) else [v]):
                lines += wrap(part, font, size, w - 4)
            cells.append(lines)
        h = max(len(x) for x in cells) * lead + 3
        if y - h < bottom:
            footer()
            c.showPage()
            y = page_head()
        x = x0
        for (_, w, _), lines in zip(cols, cells):
            c.setFont(font, size)
            for k, line in enumerate(lines):
                c.drawString(x + 2, y - lead * (k + 1) + 1, line)
            x += w
        grid(y, h)
        y -= h
    c.setFont("Helvetica", 7)
    c.drawString(x0, y - 14, f"Rows: {len(recs)}")
    footer()
    c.save()


# ---------------------------------------------------------------- 2. sheriff activity paragraphs

SO_TEXT = {
    "THEFT": "Caller reported a utility trailer taken from the side yard overnight. Serial number entered.",
    "BURGLARY": "Rear door of a detached shop found forced; owner is listing missing power tools.",
    "CIVIL STANDBY": "Deputy stood by while a resident collected belongings from a former residence.",
    "DISTURBANCE": "Two adults arguing in the roadway; both separated and advised.",
    "SUSPICIOUS VEHICLE": "Vehicle parked at a closed boat ramp with lights on; occupant was fishing.",
    "TRAFFIC CRASH": "Single vehicle left the roadway and struck a fence; no injuries reported.",
    "WELFARE CHECK": "Family asked for a check on an elderly relative who was found well.",
    "LIVESTOCK AT LARGE": "Three cows on the shoulder; owner located and animals returned.",
    "DOMESTIC": "Verbal dispute between household members; no injuries, one party left for the night.",
    "WARRANT SERVICE": "Deputies served an outstanding warrant at the residence.",
    "ALARM": "Audible alarm at a church; building checked and found secure.",
    "NARCOTICS": "During a traffic stop a small amount of a controlled substance was found.",
}
SO_DISPO = ["Report taken.", "No further action.", "Subject arrested and transported to the county jail.",
            "Information only.", "Referred to investigations.", "Citation issued."]


def so_records(r, days, n, start):
    recs = []
    case_ids = ids(r, n, "HC25-", start, 5)
    per_day = sorted(r.choice(range(len(days))) for _ in range(n))
    counts = [per_day.count(i) for i in range(len(days))]
    k = 0
    for di, (date, label) in enumerate(days):
        for h, m in times(r, counts[di]):
            t = r.choice(list(SO_TEXT))
            if r.random() < 0.5:
                loc = f"{r.randint(1, 60) * 100} block of {street(r)}"
            else:
                loc = f"{street(r)} at {street(r)}"
            dispo = r.choice(SO_DISPO)
            body = SO_TEXT[t]
            related = []
            x = r.random()
            if t == "WARRANT SERVICE" or x < 0.1:
                num = f"W-25-{r.randint(1000, 9999)}"
                body += f" Warrant #{num} confirmed through dispatch."
                related.append(("warrant", num))
            elif x < 0.22:
                num = f"MHP 25-{r.randint(100000, 999999)}"
                body += f" Highway Patrol also took a report, {num}."
                related.append(("other_agency_case", num))
            elif x < 0.34:
                num = f"HC25-{r.randint(1000, start - 100):05d}"
                body += f" Related to an earlier report (see {num})."
                related.append(("earlier_case_cited", num))
            if dispo == "Citation issued.":
                num = f"HCT{r.randint(100000, 999999)}"
                dispo = f"Citation {num} issued."
                related.append(("citation", num))
            summary = f"{body} {dispo}"
            rec = {"case_number": case_ids[k], "date": date, "day_label": label,
                   "reported_at": f"{h:02d}{m:02d}", "type": t, "location": loc,
                   "summary": summary, "related": related}
            recs.append(rec)
            k += 1
    return recs


def draw_so(path, recs, title):
    c = new_canvas(path, letter)
    x0, right, top, bottom = 66, 546, 700, 62
    size, lead = 10, 12.5
    pno = [0]

    def head():
        pno[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawCentredString(306, 748, "HOLLIS COUNTY SHERIFF'S OFFICE [invented]")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(306, 734, f"Activity Report - {title}")
        c.drawCentredString(306, 722, "Records Division (662) 555-0148")
        c.setLineWidth(0.5)
        c.line(x0, 714, right, 714)
        return top

    def foot():
        c.setFont("Times-Italic", 8)
        c.drawString(x0, 40, "Hollis County Sheriff's Office [invented] - for media release")
        c.drawRightString(right, 40, f"{pno[0]}")

    y = head()
    day = None
    for rec in recs:
        if rec["day_label"] != day:
            day = rec["day_label"]
            if y - 40 < bottom:
                foot()
                c.showPage()
                y = head()
            y -= 8
            c.setFont("Times-BoldItalic", 11)
            c.drawString(x0, y, day)
            y -= lead + 2
        tw = stringWidth(rec["reported_at"], "Times-Bold", size) + 6
        text = f"{rec['type']} - {rec['location']}. {rec['summary']} [{rec['case_number']}]"
        words = text.split()
        lines, cur, avail = [], "", right - x0 - tw
        for w in words:
            cand = (cur + " " + w).strip()
            if stringWidth(cand, "Times-Roman", size) > avail and cur:
                lines.append(cur)
                cur, avail = w, right - x0 - 18
            else:
                cur = cand
        lines.append(cur)
        for k, line in enumerate(lines):
            if y < bottom:
                foot()
                c.showPage()
                y = head()
            if k == 0:
                c.setFont("Times-Bold", size)
                c.drawString(x0, y, rec["reported_at"])
                c.setFont("Times-Roman", size)
                c.drawString(x0 + tw, y, line)
            else:
                c.setFont("Times-Roman", size)
                c.drawString(x0 + 18, y, line)
            y -= lead
        y -= 5
    y -= 6
    if y < bottom:
        foot()
        c.showPage()
        y = head()
    c.setFont("Times-Italic", 10)
    c.drawString(x0, y, f"{len(recs)} entries this period. Reviewed by Lt. #214.")
    foot()
    c.save()


# ---------------------------------------------------------------- 3. dispatch log sorted by beat

BEATS = [("1", "DOWNTOWN"), ("2", "RIVERSIDE"), ("3", "NORTH VALLEY"), ("4", "AIRPORT / INDUSTRIAL"),
         ("5", "FOOTHILLS"), ("6", "LAKE DISTRICT")]
CAD_TYPES = ["415 DISTURBANCE", "459 BURGLARY", "484 PETTY THEFT", "10851 STOLEN VEH", "ALARM AUD",
             "TC NON-INJ", "TC INJ", "SUSP PERS", "SUSP VEH", "WELF CHK", "TRAF HAZ", "911 HANGUP",
             "ANIMAL CALL", "PATROL CHECK", "DOM VIOL", "23152 DUI"]
CAD_DISPO = ["UTL", "GOA", "ADV", "RPT", "ARR", "CIT", "CNL", "ASST"]


def cad_records(r, date, n, start):
    raw = []
    seq_ids = ids(r, n, "TC25-", start, 6)
    for k, (h, m) in enumerate(times(r, n)):
        beat = r.choice(BEATS)
        dispo = r.choice(CAD_DISPO)
        related = []
        if dispo == "RPT":
            num = f"TCS25-{r.randint(1000, 9999)}"
            dispo = f"RPT {num}"
            related.append(("incident_report", num))
        elif dispo == "CIT":
            num = f"{r.randint(10000000, 99999999)}"
            dispo = f"CIT {num}"
            related.append(("citation", num))
        elif dispo == "ASST":
            num = f"CHP 25-{r.randint(1000, 9999)}"
            dispo = f"ASST {num}"
            related.append(("other_agency_case", num))
        units = [f"{beat[0]}{r.choice('ABC')}{r.randint(10, 39)}" for _ in range(r.choice([1, 1, 2]))]
        loc = address(r) if r.random() < 0.7 else f"{street(r).upper()} / {street(r).upper()}"
        raw.append({"case_number": seq_ids[k], "reported_at": f"{date} {h:02d}:{m:02d}",
                    "type": r.choice(CAD_TYPES), "location": loc.upper(), "beat": beat[0],
                    "unit": ", ".join(units), "disposition": dispo, "related": related})
    order = {b[0]: i for i, b in enumerate(BEATS)}
    return sorted(raw, key=lambda x: (order[x["beat"]], x["reported_at"]))


def draw_cad(path, recs, day):
    size = landscape(letter)
    c = new_canvas(path, size)
    cols = [("INCIDENT NO", 36), ("RECEIVED", 104), ("NATURE", 180), ("ADDRESS", 290),
            ("UNIT(S)", 470), ("DISPOSITION", 550)]
    keys = ["case_number", "reported_at", "type", "location", "unit", "disposition"]
    top, bottom = 540, 50
    pno = [0]

    def head():
        pno[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(36, 574, "TALLOW CREEK COUNTY EMERGENCY COMMUNICATIONS [invented]")
        c.setFont("Courier", 8)
        c.drawString(36, 562, f"DISPATCH LOG BY BEAT   {day} 00:00 - 23:59")
        c.drawRightString(756, 574, f"PAGE {pno[0]:3d}")
        c.drawRightString(756, 562, "RUN 10/10/2025 0615")
        return top

    def titles(y):
        c.setFont("Courier-Bold", 7.5)
        for t, x in cols:
            c.drawString(x, y, t)
        c.setLineWidth(0.4)
        c.line(36, y - 3, 756, y - 3)
        return y - 12

    def beat_head(y, b, cont=False):
        c.setFillGray(0.88)
        c.rect(36, y - 4, 720, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Courier-Bold", 9)
        name = dict(BEATS)[b]
        c.drawString(40, y, f"BEAT {b} - {name}" + (" (CONTINUED)" if cont else ""))
        return titles(y - 15)

    y = head()
    beat = None
    for i, rec in enumerate(recs):
        if rec["beat"] != beat:
            beat = rec["beat"]
            if y - 50 < bottom:
                c.showPage()
                y = head()
            y = beat_head(y - 4, beat)
        if y < bottom:
            c.showPage()
            y = beat_head(head(), beat, cont=True)
        c.setFont("Courier", 7.5)
        for (_, x), key in zip(cols, keys):
            c.drawString(x, y, rec[key])
        y -= 10
        if i == len(recs) - 1 or recs[i + 1]["beat"] != beat:
            n = sum(1 for q in recs if q["beat"] == beat)
            c.setFont("Courier-Oblique", 7.5)
            c.drawString(104, y - 1, f"BEAT {beat} TOTAL: {n} INCIDENTS")
            y -= 16
    if y < bottom + 10:
        c.showPage()
        y = head()
    c.setFont("Courier-Bold", 8)
    c.drawString(36, y - 6, f"GRAND TOTAL: {len(recs)} INCIDENTS IN {len(set(q['beat'] for q in recs))} BEATS")
    c.save()


# ---------------------------------------------------------------- 4. two-line header, footnotes

MB_CODES = {"CBA": "Cleared by arrest", "CEX": "Cleared, exceptional", "RTF": "Report to follow",
            "INA": "Inactive", "UNF": "Unfounded", "REF": "Referred to another agency",
            "ADV": "Advised / no report"}
MB_MARKS = {"*": "Juvenile involved; details withheld.", "\u2020": "Supplemental report pending.",
            "\u2021": "Domestic-related; address generalised."}


def mb_records(r, days, n, start):
    recs = []
    case_ids = ids(r, n, "MB25-", start, 4)
    day_list = sorted(r.choice(days) for _ in range(n))
    for i, cid in enumerate(case_ids):
        d = day_list[i]
        h, m = r.randint(0, 23), r.randint(0, 59)
        code = r.choice(list(MB_CODES))
        rec = {"case_number": cid, "date": f"10/{d:02d}/2025", "time": f"{h:02d}:{m:02d}",
               "reported_at": f"10/{d:02d}/2025 {h:02d}:{m:02d}", "type": r.choice(TYPES),
               "location": address(r), "zone": f"Z{r.randint(1, 6)}", "disposition": code,
               "ref": "", "related": [], "mark": ""}
        rec["occ_from"] = f"10/{d:02d} {max(0, h - r.randint(0, 5)):02d}:00"
        rec["occ_to"] = f"10/{d:02d} {h:02d}:{m:02d}" if r.random() < 0.5 else ""
        x = r.random()
        if code == "REF" or x < 0.1:
            num = f"RISP 25-{r.randint(10000, 99999)}"
            rec["ref"] = num
            rec["related"].append(("other_agency_case", num))
        elif x < 0.2:
            num = f"W-2510-{r.randint(100, 999)}"
            rec["ref"] = f"Warr. {num}"
            rec["related"].append(("warrant", num))
        elif x < 0.3:
            num = f"M{r.randint(1000000, 9999999)}"
            rec["ref"] = f"Cit. {num}"
            rec["related"].append(("citation", num))
        if r.random() < 0.2:
            rec["mark"] = r.choice(list(MB_MARKS))
        recs.append(rec)
    return recs


def draw_mb(path, recs, period):
    c = new_canvas(path, letter)
    groups = [("INCIDENT", 40, ["No.", "Type"], [40, 118]),
              ("REPORTED", 216, ["Date", "Time"], [216, 262]),
              ("OCCURRED", 292, ["From", "To"], [292, 340]),
              ("LOCATION", 392, ["Address", "Zone"], [392, 488]),
              ("OUTCOME", 512, ["Disp.", "Ref."], [512, 536])]
    gx_end = [210, 286, 386, 506, 590]
    top, bottom = 690, 56
    size = 7.2
    pno = [0]

    def head():
        pno[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 752, "Merrow Bay Police Department [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(40, 740, f"Incident Log - {period}")
        c.drawRightString(590, 752, f"Page {pno[0]}")
        y = top + 24
        for (g, gx, subs, sxs), ge in zip(groups, gx_end):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString((gx + ge) / 2, y, g)
            c.setLineWidth(0.5)
            c.line(gx, y - 3, ge - 4, y - 3)
            c.setFont("Helvetica-Bold", 7)
            for s, sx in zip(subs, sxs):
                c.drawString(sx, y - 12, s)
        c.setLineWidth(0.8)
        c.line(40, y - 16, 590, y - 16)
        return y - 26

    def foot():
        c.setFont("Helvetica-Oblique", 6.5)
        c.drawString(40, 36, "Markers * \u2020 \u2021 and disposition codes are explained at the end of this log.")

    y = head()
    for rec in recs:
        tl = wrap(rec["type"], "Helvetica", size, 90)
        ll = wrap(rec["location"], "Helvetica", size, 92)
        rl = wrap(rec["ref"], "Helvetica", size, 54) if rec["ref"] else [""]
        h = max(len(tl), len(ll), len(rl)) * 8.6
        if y - h < bottom:
            foot()
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", size)
        c.drawString(40, y, rec["case_number"])
        if rec["mark"]:
            w = stringWidth(rec["case_number"], "Helvetica-Bold", size)
            c.setFont("Helvetica", 5)
            c.drawString(40 + w + 0.5, y + 2.5, rec["mark"])
        c.setFont("Helvetica", size)
        for k, t in enumerate(tl):
            c.drawString(118, y - 8.6 * k, t)
        c.drawString(216, y, rec["date"])
        c.drawString(262, y, rec["time"])
        c.drawString(292, y, rec["occ_from"])
        if rec["occ_to"]:
            c.drawString(340, y, rec["occ_to"])
        for k, t in enumerate(ll):
            c.drawString(392, y - 8.6 * k, t)
        c.drawString(488, y, rec["zone"])
        c.drawString(512, y, rec["disposition"])
        for k, t in enumerate(rl):
            c.drawString(536, y - 8.6 * k, t)
        y -= h + 2
        c.setStrokeGray(0.8)
        c.setLineWidth(0.25)
        c.line(40, y + 6, 590, y + 6)
        c.setStrokeGray(0)
    need = 14 * (len(MB_CODES) + len(MB_MARKS) + 5)
    if y - need < bottom:
        foot()
        c.showPage()
        y = head()
    y -= 10
    c.setFont("Helvetica-Bold", 8)
    cba = sum(1 for q in recs if q["disposition"] == "CBA")
    c.drawString(40, y, f"Total incidents: {len(recs)}    Cleared by arrest: {cba}")
    y -= 18
    c.drawString(40, y, "Disposition codes")
    c.setFont("Helvetica", 7.5)
    for code, text in MB_CODES.items():
        y -= 10
        c.drawString(48, y, f"{code}  {text}")
    y -= 16
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y, "Notes")
    c.setFont("Helvetica", 7.5)
    for mark, text in MB_MARKS.items():
        y -= 10
        c.drawString(48, y, f"{mark}  {text}")
    foot()
    c.save()


# ---------------------------------------------------------------- 5. two pages per sheet

QS_DISPO = ["Report taken", "Closed", "Advised", "Arrest", "Unable to locate", "Referred"]


def qs_records(r, date, n, start):
    recs = []
    case_ids = ids(r, n, "QS-25-", start, 5)
    for k, (h, m) in enumerate(times(r, n)):
        dispo = r.choice(QS_DISPO)
        related = []
        x = r.random()
        if dispo == "Referred" or x < 0.1:
            num = f"EPSO 25-{r.randint(1000, 9999)}"
            dispo = f"Referred to sheriff, {num}"
            related.append(("other_agency_case", num))
        elif x < 0.22:
            num = f"QSC{r.randint(100000, 999999)}"
            dispo = f"Citation {num}"
            related.append(("citation", num))
        recs.append({"case_number": case_ids[k], "date": date, "time": f"{h:02d}{m:02d}",
                     "reported_at": f"{date} {h:02d}{m:02d}", "type": r.choice(TYPES),
                     "location": address(r), "unit": f"#{r.randint(301, 348)}",
                     "disposition": dispo, "related": related})
    return recs


def draw_qs(path, recs, title, per_page):
    pages = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
    total = len(pages)
    c = new_canvas(path, landscape(letter))
    scale = 0.6
    cols = [("Report #", 40, "case_number"), ("Date", 108, "date"), ("Time", 160, "time"),
            ("Nature", 192, "type"), ("Location", 318, "location"), ("Ofc", 420, "unit"),
            ("Disposition", 448, "disposition")]

    def small_page(pno, rows):
        c.setLineWidth(1)
        c.rect(0, 0, 612, 792, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 740, "Quillan Springs Police Department [invented]")
        c.setFont("Helvetica", 10)
        c.drawString(40, 724, f"Daily Media Log - {title}")
        c.drawRightString(572, 740, f"Page {pno} of {total}")
        c.setFont("Helvetica-Bold", 9)
        for t, x, _ in cols:
            c.drawString(x, 700, t)
        c.line(40, 696, 572, 696)
        y = 682
        for rec in rows:
            dl = wrap(rec["disposition"], "Helvetica", 9, 122)
            nl = wrap(rec["type"], "Helvetica", 9, 122)
            c.setFont("Helvetica", 9)
            for _, x, key in cols:
                if key not in ("disposition", "type"):
                    c.drawString(x, y, rec[key])
            for k, t in enumerate(nl):
                c.drawString(192, y - 11 * k, t)
            for k, t in enumerate(dl):
                c.drawString(448, y - 11 * k, t)
            y -= 11 * max(len(dl), len(nl)) + 6
        if pno == total:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y - 10, f"Total reports: {len(recs)}")
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(40, 40, "Released under the public records law. Call (970) 555-0172 with questions.")

    for s in range(0, total, 2):
        for j, off in enumerate((18, 18 + 612 * scale + 20)):
            if s + j < total:
                c.saveState()
                c.translate(off, 612 - 18 - 792 * scale)
                c.scale(scale, scale)
                small_page(s + j + 1, pages[s + j])
                c.restoreState()
        c.setFont("Helvetica", 6)
        c.drawString(18, 8, f"QSPD-PRINT  2 pages per sheet  sheet {s // 2 + 1}")
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
        "case_numbers_source": "written by the generator (make_blind_logs8.py) from the records it drew; "
                               "checked by check_blind_logs8.py against `pdftotext` text",
        "record_count_check": count_check, "notes": notes,
    }


def write(d, gt):
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def folder(name):
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    return d


def main():
    # 1. university spreadsheet export
    r = random.Random(SEED + 1)
    d = folder("brackenridge-state-university-or-pd")
    gt = []
    for fname, month, days, label, n, start in [
            ("bsu-daily-crime-log-2025-09.pdf", 9, range(1, 31), "September 2025", 46, 800),
            ("bsu-daily-crime-log-2025-10.pdf", 10, range(1, 32), "October 2025", 58, 900)]:
        recs = uni_records(r, month, list(days), n, start)
        draw_uni(d / fname, recs, label)
        fields = ["case_number", "reported_at", "occurred_at", "type", "location", "disposition", "notes"]
        gt.append(entry(d / fname, "Brackenridge State University Police, OR [invented]",
                        "Clery daily crime log exported from a spreadsheet", "table with header", recs, fields,
                        "A spreadsheet printed as is: seven very narrow columns with light grey cell borders "
                        "and a grey header row (header cells wrap to 2-3 lines), repeated on each page. Most "
                        "cells wrap to 2-4 lines: Date/Time Reported is date then time; Date/Time Occurred is "
                        "one date-time or a range 'A - B' over 3-4 lines; natures (several one after another "
                        "in the cell, a list in type), locations, dispositions and notes wrap. Rows are not "
                        "split over pages. Notes cite Oxbow Police cases (OPD 25-NNNNN), earlier university "
                        "cases of the same series ('Supplement to BSU25-NNNN') and citations (ORNNNNNNN). "
                        "Footer 'Log' (sheet name) and 'Page N'; 'Rows: N' at the end.",
                        "rows counted from the generator; 'Rows: N' equals record_count"))
    write(d, gt)
    # 2. sheriff activity report
    r = random.Random(SEED + 2)
    d = folder("hollis-county-ms-so")
    gt = []
    for fname, days, label, n, start in [
            ("hcso-activity-2025-10-13-15.pdf",
             [("10/13/2025", "Monday, October 13, 2025"), ("10/14/2025", "Tuesday, October 14, 2025"),
              ("10/15/2025", "Wednesday, October 15, 2025")], "October 13-15, 2025", 44, 6100),
            ("hcso-activity-2025-10-16-18.pdf",
             [("10/16/2025", "Thursday, October 16, 2025"), ("10/17/2025", "Friday, October 17, 2025"),
              ("10/18/2025", "Saturday, October 18, 2025")], "October 16-18, 2025", 51, 6200)]:
        recs = so_records(r, days, n, start)
        draw_so(d / fname, recs, label)
        fields = ["case_number", "reported_at", "type", "location", "summary"]
        gt.append(entry(d / fname, "Hollis County Sheriff's Office, MS [invented]",
                        "sheriff's activity report, three days", "free text", recs, fields,
                        "Day headings in bold italic ('Monday, October 13, 2025'); each record is one paragraph "
                        "with a hanging indent that starts with a bold time (HHMM, reported_at as printed; the "
                        "date is the heading's), then 'TYPE - location.' and the narrative (summary), and ends "
                        "with the case number in square brackets ([HC25-NNNNN]). Paragraphs may continue over "
                        "a page break. Narratives cite warrants (Warrant #W-25-NNNN), Highway Patrol cases "
                        "(MHP 25-NNNNNN), citations (HCTNNNNNN) and earlier cases of the same series "
                        "('(see HC25-NNNNN)'), never in square brackets. The page header prints a phone; the "
                        "report ends '<N> entries this period. Reviewed by Lt. #214.'",
                        "paragraphs counted from the generator; the closing count equals record_count"))
    write(d, gt)
    # 3. dispatch log by beat
    r = random.Random(SEED + 3)
    d = folder("tallow-creek-county-ca-ecc")
    gt = []
    for fname, date, n, start in [("tcecc-dispatch-by-beat-2025-10-09.pdf", "10/09/2025", 72, 93100),
                                  ("tcecc-dispatch-by-beat-2025-10-10.pdf", "10/10/2025", 64, 93260)]:
        recs = cad_records(r, date, n, start)
        draw_cad(d / fname, recs, date)
        fields = ["case_number", "reported_at", "type", "location", "beat", "unit", "disposition"]
        gt.append(entry(d / fname, "Tallow Creek County Emergency Communications Center, CA [invented]",
                        "dispatch log sorted by beat, one day", "table with header", recs, fields,
                        "Landscape, Courier. Records are sorted by beat, then by time, so incident numbers "
                        "(TC25-NNNNNN, assigned by time across the county) are not in order in the document. "
                        "Each beat opens with a shaded 'BEAT n - NAME' band followed by the column titles "
                        "(repeated after every beat heading and after a page break, where the band says "
                        "'(CONTINUED)'), and closes with 'BEAT n TOTAL: N INCIDENTS'; 'GRAND TOTAL' at the "
                        "end. beat comes from the band. Dispositions: codes, or 'RPT TCS25-NNNN' (sheriff's "
                        "report), 'CIT NNNNNNNN' (eight digits), 'ASST CHP 25-NNNN'. Page header with PAGE n "
                        "and a run date-time.",
                        "rows counted from the generator; beat totals add up to the grand total"))
    write(d, gt)
    # 4. two-line header with footnote markers and a code legend
    r = random.Random(SEED + 4)
    d = folder("merrow-bay-ri-pd")
    recs = mb_records(r, list(range(6, 13)), 128, 4100)
    fname = "mbpd-incident-log-2025-10-06-12.pdf"
    draw_mb(d / fname, recs, "October 6-12, 2025")
    fields = ["case_number", "reported_at", "type", "location", "zone", "disposition"]
    write(d, [entry(d / fname, "Merrow Bay Police Department, RI [invented]",
                    "weekly incident log", "table with header", recs, fields,
                    "Two-line column header repeated per page: group titles (INCIDENT, REPORTED, OCCURRED, "
                    "LOCATION, OUTCOME) each underlined over its two column titles (No./Type, Date/Time, "
                    "From/To, Address/Zone, Disp./Ref.). reported_at joins the Date and Time columns with "
                    "one space. Some case numbers carry a small raised footnote marker (*, \u2020, \u2021) "
                    "right after the number; the marker is not part of the id. Disp. holds a code (CBA, RTF, "
                    "...) printed as is in disposition; the legend of codes and of markers comes after the "
                    "last record with 'Total incidents: N  Cleared by arrest: k'. Ref. holds Rhode Island "
                    "State Police cases (RISP 25-NNNNN), warrants (Warr. W-2510-NNN) and citations (Cit. "
                    "MNNNNNNN). Occurred From/To are 'MM/DD HH:MM' without year (not in samples).",
                    "rows counted from the generator; the closing total equals record_count")])
    # 5. two pages per sheet
    r = random.Random(SEED + 5)
    d = folder("quillan-springs-co-pd")
    gt = []
    for fname, date, label, n, start in [("qspd-media-log-2025-11-03.pdf", "11/03/2025", "Monday, November 3, 2025",
                                          74, 21400),
                                         ("qspd-media-log-2025-11-04.pdf", "11/04/2025", "Tuesday, November 4, 2025",
                                          61, 21520)]:
        recs = qs_records(r, date, n, start)
        draw_qs(d / fname, recs, label, 22)
        fields = ["case_number", "reported_at", "type", "location", "unit", "disposition"]
        gt.append(entry(d / fname, "Quillan Springs Police Department, CO [invented]",
                        "daily media log printed two pages per sheet", "table with header", recs, fields,
                        "Printed 2-up: each landscape PDF page holds two reduced portrait pages side by side, "
                        "each with its own border, title, 'Page k of N' (logical pages, twice as many as PDF "
                        "pages) and column header. `pdftotext -layout` prints the two small pages side by side "
                        "on the same lines; cropping each half (`pdftotext -x/-W`) gives the records in order. "
                        "Columns Report #, Date, Time (HHMM), Nature, Location, Ofc, Disposition; reported_at "
                        "joins Date and Time with one space. Dispositions cite sheriff's cases (EPSO 25-NNNN) "
                        "and citations (QSCNNNNNN). A sheet footer 'sheet n', a phone in each small page's "
                        "footer, 'Total reports: N' on the last small page.",
                        "rows counted from the generator; the closing total equals record_count"))
    write(d, gt)


if __name__ == "__main__":
    main()
