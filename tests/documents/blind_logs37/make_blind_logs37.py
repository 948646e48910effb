"""Generate the thirty-seventh held-out set of incident-log PDFs and their ground truth.

Five invented state and federal law-enforcement units, five layouts: a highway patrol area
office's activity log whose rows carry indented citation lines (mile-post locations); a
fish-and-wildlife enforcement district's contact reports in labelled blocks (coordinates as
location, several violations per contact, a running contact number that is not the id); a
federal land agency's ranger report of paragraphs under survey-grid (township/range/section)
location lines, with a table of violation notices after; a state park police district log whose
table mixes case rows with service-call rows that carry no case number (not records); a state
university system log whose three campus sections each have their own column order and id
format. Every agency, place and record is invented; no person is named. Output is deterministic:
fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs37/make_blind_logs37.py [OUT_DIR]
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
SEED = 20251637


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


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def unique_number(r, used, fmt, lo, hi):
    while True:
        num = fmt.format(r.randint(lo, hi))
        if num not in used:
            used.add(num)
            return num


def table_row(c, y, cols, cells, font, size, lead):
    """Draw one row of wrapped cells at y; return the number of lines used."""
    wrapped = [wrap(cell, font, size, width) for (_, width), cell in zip(cols, cells)]
    c.setFont(font, size)
    for (x, _), lines in zip(cols, wrapped):
        for j, t in enumerate(lines):
            c.drawString(x, y - lead * j, t)
    return max(len(w) for w in wrapped)


def row_height(cols, cells, font, size, lead):
    return lead * max(len(wrap(cell, font, size, width)) for (_, width), cell in zip(cols, cells))


# ---------------------------------------------------------------- A: highway patrol area office

HP_ROUTES = [("I-80", 180, 262), ("US-95", 40, 118), ("SR-227", 2, 61), ("SR-140", 10, 88), ("I-80 BL", 1, 9)]
HP_DIRS = ["EB", "WB", "NB", "SB"]
HP_TYPES = [
    "Speed",
    "Collision - Property Damage",
    "Collision - Injury",
    "Disabled Vehicle",
    "DUI Arrest",
    "Debris in Roadway",
    "Motorist Assist",
    "Commercial Vehicle Inspection",
    "Unsafe Lane Change",
    "Reckless Driving",
    "Equipment Violation",
    "Wrong-Way Driver",
]
HP_CODES = [
    ("AVC 484.061", "Speed over posted limit"),
    ("AVC 484.270", "No proof of insurance"),
    ("AVC 483.380", "Expired registration"),
    ("AVC 484.305", "Unsafe lane change"),
    ("AVC 484.641", "Seat belt not worn"),
    ("AVC 484.379", "Driving under the influence"),
    ("AVC 484.377", "Reckless driving"),
    ("AVC 484.445", "Following too closely"),
    ("AVC 706.171", "Commercial log book violation"),
]
HP_RESULT = {
    "Speed": "Cited",
    "Disabled Vehicle": "Assist - tow called",
    "DUI Arrest": "Arrest",
    "Debris in Roadway": "Cleared",
    "Motorist Assist": "Assist",
    "Wrong-Way Driver": "Gone on arrival",
}


def hp_records(r, days, n, start, used):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        route, lo, hi = r.choice(HP_ROUTES)
        typ = r.choice(HP_TYPES)
        rec = {
            "case_number": f"A14-25-{k:05d}",
            "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
            "location": f"{route} MP {r.randint(lo, hi - 1)}.{r.randint(0, 9)}",
            "direction": r.choice(HP_DIRS),
            "type": typ,
            "unit": f"14-{r.choice('ABCS')}{r.randint(1, 9)}",
            "related": [],
            "cites": [],
        }
        if typ in (
            "Speed",
            "Unsafe Lane Change",
            "Reckless Driving",
            "Equipment Violation",
            "Commercial Vehicle Inspection",
            "DUI Arrest",
        ) or (typ.startswith("Collision") and r.random() < 0.5):
            if typ == "Speed":
                codes = [HP_CODES[0]] + r.sample(HP_CODES[1:5], r.choice((0, 0, 1, 2)))
            elif typ == "Reckless Driving":
                codes = [HP_CODES[6]] + r.sample(HP_CODES[0:5], r.choice((0, 1)))
            elif typ == "DUI Arrest":
                codes = [HP_CODES[5]] + r.sample(HP_CODES[1:3], r.choice((0, 1)))
            else:
                codes = r.sample(HP_CODES[1:5] + HP_CODES[7:], r.choice((1, 1, 2)))
            for code, words in codes:
                num = unique_number(r, used, "AV{:07d}", 4100000, 4199999)
                rec["cites"].append((num, code, words))
                rec["related"].append(("citation", num))
        if typ == "DUI Arrest":
            num = unique_number(r, used, "BK25-{:05d}", 10000, 99999)
            rec["disposition"] = f"Arrest - booked {num}"
            rec["related"].append(("booking_number", num))
        elif rec["cites"]:
            rec["disposition"] = "Cited" if len(rec["cites"]) == 1 else f"Cited ({len(rec['cites'])})"
        elif typ.startswith("Collision"):
            rec["disposition"] = r.choice(("Report taken", "Exchange of info", "Report taken - tow"))
        else:
            rec["disposition"] = HP_RESULT.get(typ, r.choice(("Warning", "Verbal warning", "Unable to locate")))
        recs.append(rec)
    return recs


def draw_hp(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, 62), (100, 66), (168, 84), (254, 24), (280, 112), (394, 34), (430, 146)]
    titles = ["Incident No.", "Date / Time", "Route / Mile Post", "Dir", "Activity", "Unit", "Result"]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "AMBERVALE STATE HIGHWAY PATROL  -  AREA 14 (KESTREL PASS) OFFICE")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 52, f"Daily Activity Log   {label}   Area desk 775 555-0163")
        c.drawRightString(w - 36, h - 52, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for (x, _), t in zip(cols, titles):
            c.drawString(x, h - 70, t)
        c.line(36, h - 73, w - 36, h - 73)
        return h - 84

    y = head()
    for rec in recs:
        cells = [
            rec["case_number"],
            rec["reported_at"],
            rec["location"],
            rec["direction"],
            rec["type"],
            rec["unit"],
            rec["disposition"],
        ]
        need = row_height(cols, cells, "Helvetica", 7, 9) + 9 * len(rec["cites"]) + 3
        if y - need < 56:
            c.showPage()
            y = head()
        lines = table_row(c, y, cols, cells, "Helvetica", 7, 9)
        y -= 9 * lines
        c.setFont("Helvetica", 6.5)
        for num, code, words in rec["cites"]:
            c.drawString(112, y, f"Cit. {num}")
            c.drawString(180, y, code)
            c.drawString(240, y, words)
            y -= 9
        y -= 3
    cites = [cite for rec in recs for cite in rec["cites"]]
    counts = {}
    for _, code, words in cites:
        counts[(code, words)] = counts.get((code, words), 0) + 1
    if y - 11 * (len(counts) + 5) < 56:
        c.showPage()
        y = head() - 4
    c.line(36, y, w - 36, y)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 12, f"Incidents logged: {len(recs)}      Citations issued: {len(cites)}")
    c.drawString(36, y - 30, "CITATIONS BY CODE SECTION")
    y -= 42
    c.setFont("Helvetica", 7)
    for (code, words), k in sorted(counts.items()):
        c.drawString(48, y, code)
        c.drawString(112, y, words)
        c.drawRightString(330, y, str(k))
        y -= 10
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: fish and wildlife contact reports

FW_WATERS = [
    "Harlan Reservoir",
    "Tobin Creek",
    "Owlhead Lake",
    "Crane Flat Marsh",
    "Lower Sauk River",
    "Pelter Ridge",
    "Juniper Draw",
    "Sixmile Slough",
    "Cobalt Basin",
]
FW_ACTIVITY = [
    "Angling",
    "Waterfowl hunting",
    "Upland bird hunting",
    "Big game hunting",
    "Boating",
    "Shellfish harvest",
    "Trapping",
    "Commercial fish buyer",
]
FW_VIOL = {
    "Angling": [
        ("WC 497.2(b)", "Fishing without license"),
        ("WC 522.1", "Exceeding daily bag limit"),
        ("WC 497.9", "Using more than one rod"),
        ("WC 611.2", "Undersize fish retained"),
    ],
    "Waterfowl hunting": [
        ("WC 531.7", "Unplugged shotgun"),
        ("WC 530.4", "Hunting after legal hours"),
        ("WC 522.1", "Exceeding daily bag limit"),
        ("WC 533.2", "Lead shot for waterfowl"),
    ],
    "Upland bird hunting": [
        ("WC 531.7", "Unplugged shotgun"),
        ("WC 530.4", "Hunting after legal hours"),
        ("WC 522.1", "Exceeding daily bag limit"),
        ("WC 498.1", "Hunting without license"),
    ],
    "Big game hunting": [
        ("WC 540.3(a)", "Hunting without tag"),
        ("WC 530.4", "Hunting after legal hours"),
        ("WC 702.1", "Failure to report harvest"),
        ("WC 541.8", "Loaded firearm in vehicle"),
    ],
    "Boating": [
        ("BC 221.05", "No personal flotation device"),
        ("BC 214.10", "Expired boat registration"),
        ("BC 230.2", "No fire extinguisher aboard"),
    ],
    "Shellfish harvest": [
        ("WC 522.1", "Exceeding daily bag limit"),
        ("WC 611.2", "Undersize shellfish retained"),
        ("WC 497.2(b)", "Harvesting without license"),
    ],
    "Trapping": [
        ("WC 465.3", "Trap not checked within 24 hours"),
        ("WC 702.1", "Failure to report harvest"),
        ("WC 466.1", "Untagged trap"),
    ],
    "Commercial fish buyer": [("WC 8011", "No fish receiving records"), ("WC 8033", "Buying from unlicensed seller")],
}
FW_RESULT = {
    0: ["Compliant", "Compliant - educational contact"],
    1: ["Cited", "Warning issued"],
    2: ["Cited", "Cited and warned"],
}


def fw_records(r, days, n, start, used):
    recs = []
    for i, ((d, h, m), k) in enumerate(zip(day_times(r, days, n), ids_in_series(r, n, start)), 1):
        activity = r.choice(FW_ACTIVITY)
        nviol = r.choice((0, 1, 1, 1, 2, 2))
        viols = r.sample(FW_VIOL[activity], nviol)
        rec = {
            "case_number": f"FW6-25-{k:05d}",
            "contact": i,
            "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
            "coordinates": f"{r.uniform(43.5, 44.9):.4f} N  {r.uniform(120.1, 121.9):.4f} W",
            "location": f"{r.choice(FW_WATERS)}, GMU {r.choice((48, 49, 52, 53, 57))}",
            "type": activity,
            "officer": f"Officer 6-{r.randint(10, 19)}",
            "related": [],
        }
        printed = []
        result = r.choice(FW_RESULT[nviol])
        for j, (code, words) in enumerate(viols):
            if result.startswith("Cited") and (j == 0 or result == "Cited"):
                num = unique_number(r, used, "WN{:06d}", 400000, 499999)
                printed.append(f"{code} {words} - citation {num}")
                rec["related"].append(("citation", num))
            else:
                printed.append(f"{code} {words} - warning")
        if viols and r.random() < 0.3:
            num = unique_number(r, used, "ST6-{:04d}", 1000, 9999)
            result += f"; gear seized, tag {num}"
            rec["related"].append(("evidence_tag", num))
        rec["violations"] = printed or ["None found"]
        rec["disposition"] = result
        recs.append(rec)
    return recs


def draw_fw(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    labels = ["Enforcement file no.:", "Date/time:", "Position:", "Area:", "Activity:", "Violation(s):", "Result:"]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 40, "WENDLING DEPARTMENT OF FISH AND WILDLIFE")
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(w / 2, h - 53, f"Enforcement District 6 - Field Contact Reports - {label}")
        c.setFont("Times-Italic", 8)
        c.drawString(54, 30, "District 6 office 541 555-0117 - public copy")
        c.drawRightString(w - 54, 30, f"{page[0]} of {pages or 0}")
        return h - 78

    y = head()
    for rec in recs:
        values = [
            rec["case_number"],
            rec["reported_at"],
            rec["coordinates"],
            rec["location"],
            rec["type"],
            rec["violations"],
            rec["disposition"],
        ]
        lines = sum(len(v) if isinstance(v, list) else 1 for v in values)
        need = 14 + 11 * lines + 12
        if y - need < 50:
            c.showPage()
            y = head()
        c.setFont("Times-Bold", 9.5)
        c.drawString(60, y, f"CONTACT {rec['contact']}")
        c.setFont("Times-Italic", 9)
        c.drawRightString(w - 60, y, rec["officer"])
        y -= 14
        for lab, val in zip(labels, values):
            c.setFont("Times-Roman", 9)
            c.drawString(72, y, lab)
            c.setFont("Courier" if lab.startswith("Enf") else "Times-Roman", 9)
            for v in val if isinstance(val, list) else [val]:
                c.drawString(190, y, v)
                y -= 11
        c.setLineWidth(0.4)
        c.line(60, y + 4, w - 60, y + 4)
        y -= 10
    cited = sum(1 for rec in recs for kind, _ in rec["related"] if kind == "citation")
    warned = sum(1 for rec in recs for v in rec["violations"] if v.endswith("- warning"))
    if y < 90:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 9.5)
    c.drawString(60, y - 8, f"Contacts this period: {len(recs)}    Citations: {cited}    Warnings: {warned}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: federal land agency rangers

IB_AREAS = {
    "CHALK WASH SPECIAL RECREATION MANAGEMENT AREA": [
        "Chalk Wash OHV staging",
        "Chalk Wash trail 7",
        "Gypsum Hills camp",
    ],
    "RED MESA GRAZING ALLOTMENTS": ["Red Mesa stock tank 4", "Sulphur Flat corral", "Dry Fork fence line"],
    "PINYON WELLS CORRIDOR": ["Pinyon Wells rest area", "Old Mill Road", "Borax Spring"],
}
IB_TYPES = [
    ("Off-highway vehicle travel in closed area", "43 CFR 8341.1(c)"),
    ("Camping over the 14-day limit", "43 CFR 8365.1-6"),
    ("Wood cutting without permit", "43 CFR 5462.2(a)"),
    ("Unattended campfire", "43 CFR 9212.1(f)"),
    ("Dumping of household refuse", "43 CFR 8365.1-1(b)"),
    ("Cultural site disturbance", "43 CFR 7.4(a)"),
    ("Livestock trespass", "43 CFR 4140.1(b)"),
    ("Theft of fence materials", "18 USC 641"),
    ("Target shooting at signs", "43 CFR 8365.1-5(a)"),
]
IB_NARR = [
    "Tracks led from the closed route to a parked vehicle.",
    "The party was located after a short foot search.",
    "Photographs were taken and the site was flagged.",
    "The reporting party met rangers at the cattle guard.",
    "No one was present when rangers arrived.",
    "The permittee was contacted by telephone.",
    "Rangers patrolled the area for an hour afterwards.",
]
IB_OUT = [
    "Violation notice {vn} issued.",
    "Written warning given.",
    "Referred to the range staff.",
    "Under investigation.",
    "Referred to Pinyon County SO, case {so}.",
    "Closed, no suspect.",
    "Violation notice {vn} issued; referred to Pinyon County SO, case {so}.",
]


def ib_records(r, days, n, start, used):
    recs = []
    areas = list(IB_AREAS)
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        area = r.choice(areas)
        typ, cfr = r.choice(IB_TYPES)
        place = r.choice(IB_AREAS[area])
        loc = f"T{r.randint(12, 16)}S R{r.randint(20, 25)}E Sec. {r.randint(1, 36)}, {place}"
        rec = {
            "case_number": f"LE25-{k:04d}",
            "area": area,
            "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
            "location": loc,
            "type": typ,
            "cfr": cfr,
            "summary": r.choice(IB_NARR),
            "related": [],
        }
        out = r.choice(IB_OUT)
        vn = so = None
        if "{vn}" in out:
            vn = unique_number(r, used, "F44{:05d}", 10000, 99999)
            rec["related"].append(("citation", vn))
        if "{so}" in out:
            so = unique_number(r, used, "25-{:05d}", 10000, 99999)
            rec["related"].append(("other_agency_case", so))
        rec["disposition"] = out.format(vn=vn, so=so)
        rec["vn"] = vn
        recs.append(rec)
    return sorted(recs, key=lambda x: list(IB_AREAS).index(x["area"]))


def draw_ib(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(54, h - 40, "INTERIOR BASIN LANDS ADMINISTRATION  |  PINYON WELLS FIELD OFFICE")
        c.setFont("Helvetica", 8.5)
        c.drawString(54, h - 52, f"Law Enforcement Weekly Report to the District Manager, {label}")
        c.drawRightString(w - 54, 32, f"Page {page[0]} of {pages or 0}   Field office 775 555-0129")
        c.line(54, h - 57, w - 54, h - 57)
        return h - 76

    y = head()
    cur = None
    for rec in recs:
        text = (
            f"Incident record {rec['case_number']}, reported {rec['reported_at']} hrs: {rec['type']} "
            f"({rec['cfr']}). {rec['summary']} {rec['disposition']}"
        )
        lines = wrap(text, "Times-Roman", 10, w - 126)
        need = 14 + 12 * len(lines) + 8 + (26 if rec["area"] != cur else 0)
        if y - need < 50:
            c.showPage()
            y = head()
        if rec["area"] != cur:
            cur = rec["area"]
            c.setFont("Helvetica-Bold", 9)
            c.drawString(54, y, cur)
            y -= 20
        c.setFont("Helvetica-BoldOblique", 8.5)
        c.drawString(62, y, rec["location"])
        y -= 13
        c.setFont("Times-Roman", 10)
        for t in lines:
            c.drawString(72, y, t)
            y -= 12
        y -= 8
    vns = [(rec["vn"], rec["cfr"], rec["case_number"]) for rec in recs if rec["vn"]]
    if y - 12 * (len(vns) + 5) < 50:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, y - 4, f"Incident records this week: {len(recs)}")
    c.drawString(54, y - 22, "VIOLATION NOTICES ISSUED")
    y -= 36
    c.setFont("Helvetica-Bold", 8)
    for x, t in ((62, "Notice"), (140, "Regulation"), (260, "Incident")):
        c.drawString(x, y, t)
    y -= 11
    c.setFont("Helvetica", 8)
    for vn, cfr, num in sorted(vns):
        c.drawString(62, y, vn)
        c.drawString(140, y, cfr)
        c.drawString(260, y, num)
        y -= 10
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: state park police district

SP_PARKS = {
    "Harlan Lake SRA": ["Loop A Site {}", "Loop C Site {}", "Boat ramp 2", "Marina lot", "Day-use beach"],
    "Cobble Point SP": ["Lighthouse lot", "Cove trailhead", "Group camp {}", "Visitor center"],
    "Tamsen Falls SP": ["Falls overlook", "Upper trail mile {}", "Cabin {}", "Entrance station"],
}
SP_CASE_TYPES = [
    "Vehicle burglary",
    "Theft of camping gear",
    "Alcohol in closed area",
    "Dog off leash",
    "Vandalism - restroom",
    "Assault",
    "Illegal campfire",
    "Disorderly conduct",
    "Drug possession",
    "Boating under the influence",
    "Resource damage",
    "Trespass after hours",
]
SP_SERVICE = [
    "Lockout assist",
    "Lost child located",
    "Campsite check",
    "Welfare check",
    "Parking complaint",
    "Noise advisory",
    "Motorist assist",
]
SP_DISP = ["Report taken", "Cited", "Arrest", "Warned", "Referred to county", "Unfounded", "Open"]


def sp_records(r, days, n, start, used):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        park = r.choice(list(SP_PARKS))
        area = r.choice(SP_PARKS[park]).format(r.randint(1, 60))
        rec = {
            "case_number": f"SP3-25-{k:04d}",
            "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
            "park": park,
            "location": area,
            "type": r.choice(SP_CASE_TYPES),
            "disposition": r.choice(SP_DISP),
            "related": [],
        }
        if rec["disposition"] == "Cited":
            num = unique_number(r, used, "CN{:07d}", 3300000, 3399999)
            rec["disposition"] = f"Cited, PRC 4321.2 {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Arrest":
            num = unique_number(r, used, "BK-{:06d}", 200000, 299999)
            rec["disposition"] = f"Arrest, booked county jail {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Referred to county":
            num = unique_number(r, used, "HCSO 25-{:05d}", 10000, 99999)
            rec["disposition"] = f"Referred to county ({num})"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def sp_service_rows(r, days, k):
    rows = []
    for d, h, m in day_times(r, days, k):
        park = r.choice(list(SP_PARKS))
        rows.append(
            {
                "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
                "park": park,
                "location": r.choice(SP_PARKS[park]).format(r.randint(1, 60)),
                "type": r.choice(SP_SERVICE),
                "disposition": r.choice(("Assisted", "Advised", "GOA")),
            }
        )
    return rows


def draw_sp(path, recs, label, pages, service):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, 50), (88, 26), (118, 72), (194, 70), (268, 104), (376, 62), (442, 96)]
    titles = ["Date", "Time", "Park Unit", "Site / Area", "Nature", "Case No.", "Disposition"]
    rows = sorted(recs + service, key=lambda x: x["reported_at"])
    page = [0]

    def head():
        page[0] += 1
        c.setFillGray(0.85)
        c.rect(36, h - 62, w - 72, 26, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(42, h - 47, "OSTRANDER STATE PARK POLICE - SABLE COVE DISTRICT (DISTRICT 3)")
        c.setFont("Helvetica", 7.5)
        c.drawString(42, h - 58, f"Activity Log  {label}  - district office 360 555-0184")
        c.drawRightString(w - 42, h - 58, f"page {page[0]}/{pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for (x, _), t in zip(cols, titles):
            c.drawString(x, h - 76, t)
        c.setLineWidth(0.6)
        c.line(36, h - 79, w - 36, h - 79)
        return h - 90

    y = head()
    for row in rows:
        date, time = row["reported_at"].split()
        cells = [
            date,
            time,
            row["park"],
            row["location"],
            row["type"],
            row.get("case_number", "\u2014"),
            row["disposition"],
        ]
        need = row_height(cols, cells, "Helvetica", 7, 8.5) + 4
        if y - need < 54:
            c.showPage()
            y = head()
        if "case_number" not in row:
            c.setFillGray(0.35)
        lines = table_row(c, y, cols, cells, "Helvetica", 7, 8.5)
        c.setFillGray(0)
        y -= 8.5 * lines + 4
    if y < 90:
        c.showPage()
        y = head()
    c.line(36, y + 2, w - 36, y + 2)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(
        36,
        y - 10,
        f"Case reports: {len(recs)}    Service calls (no case number): {len(service)}    Total activity: {len(rows)}",
    )
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(36, y - 22, "Service calls are logged for staffing purposes only and carry no case number.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: state university system police

SU_CAMPUS = ["NORTHFIELD CAMPUS", "COASTAL CAMPUS", "HEALTH SCIENCES CAMPUS"]
SU_TYPES = [
    "Theft - bicycle",
    "Theft - electronics",
    "Burglary",
    "Liquor law violation",
    "Drug law violation",
    "Vandalism",
    "Harassment",
    "Fondling",
    "Motor vehicle theft",
    "Simple assault",
    "Trespass",
    "Stalking",
    "Arson",
]
SU_PLACES = {
    "NORTHFIELD CAMPUS": ["Beckett Hall", "Arbor Library", "Lot N4", "Kessel Student Center", "Ridge Apartments B"],
    "COASTAL CAMPUS": ["Marine Lab", "Dune Residence Hall", "Harbor Commons", "Lot C1", "Boathouse"],
    "HEALTH SCIENCES CAMPUS": ["Clinic Tower 3", "Parking Garage H", "Nursing Building", "Simulation Center"],
}
SU_DISP = ["Open", "Closed", "Cleared by arrest", "Referred to conduct office", "Inactive", "Referred to city PD"]


def su_records(r, days, n, start, used):
    recs = []
    shares = (0.5, 0.32)
    counts = [round(n * shares[0]), round(n * shares[1])]
    counts.append(n - sum(counts))
    for ci, (campus, k) in enumerate(zip(SU_CAMPUS, counts)):
        for (d, h, m), seq in zip(day_times(r, days, k), ids_in_series(r, k, start[ci])):
            case = [f"N25-{seq:05d}", f"C2025-{seq:04d}", f"MED-25-{seq:04d}"][ci]
            place = r.choice(SU_PLACES[campus])
            if r.random() < 0.3:
                place += f" Rm {r.randint(100, 460)}"
            rec = {
                "case_number": case,
                "campus": campus,
                "type": r.choice(SU_TYPES),
                "location": place,
                "disposition": r.choice(SU_DISP),
                "related": [],
            }
            stamp = datetime.datetime(*d, h, m)
            if ci == 0:
                rec["reported_at"] = stamp.strftime("%m/%d/%Y %H:%M")
            elif ci == 1:
                rec["reported_at"] = stamp.strftime("%m/%d/%Y %H%M")
            else:
                occ = stamp - datetime.timedelta(minutes=r.randint(20, 2000))
                rec["occurred_at"] = occ.strftime("%b %d, %Y %I:%M %p")
            if rec["disposition"] == "Referred to city PD":
                num = unique_number(r, used, "25-{:06d}", 10000, 99999)
                rec["disposition"] = f"Referred to city PD, case {num}"
                rec["related"].append(("other_agency_case", num))
            elif rec["disposition"] == "Cleared by arrest":
                num = unique_number(r, used, "BKG {:07d}", 5500000, 5599999)
                rec["disposition"] = f"Cleared by arrest, {num}"
                rec["related"].append(("booking_number", num))
            recs.append(rec)
    return recs


SU_LAYOUT = {
    "NORTHFIELD CAMPUS": (
        [(40, 62), (104, 74), (180, 116), (298, 138), (440, 132)],
        ["Case Number", "Reported", "Offense", "Location", "Disposition"],
        ["case_number", "reported_at", "type", "location", "disposition"],
    ),
    "COASTAL CAMPUS": (
        [(40, 96), (138, 130), (270, 120), (392, 118), (512, 60)],
        ["Date/Time Reported", "Incident Type", "Building", "Status", "Report #"],
        ["reported_at", "type", "location", "disposition", "case_number"],
    ),
    "HEALTH SCIENCES CAMPUS": (
        [(40, 110), (152, 130), (284, 104), (390, 62), (454, 84)],
        ["Offense", "Location", "Occurred", "Report No.", "Outcome"],
        ["type", "location", "occurred_at", "case_number", "disposition"],
    ),
}


def draw_su(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 38, "HALVERING STATE UNIVERSITY SYSTEM POLICE")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(
            w / 2, h - 50, f"System-wide Daily Crime Log, {label} (compiled from campus records systems)"
        )
        c.setFont("Times-Italic", 7.5)
        c.drawString(40, 28, "System police communications 509 555-0108")
        c.drawRightString(w - 40, 28, f"- {page[0]} of {pages or 0} -")
        return h - 72

    def titles(campus, y, cont=False):
        cols, names, _ = SU_LAYOUT[campus]
        c.setFont("Times-Bold", 10)
        c.drawString(40, y, campus + (" (continued)" if cont else ""))
        c.setFont("Helvetica-Bold", 7.5)
        for (x, _), t in zip(cols, names):
            c.drawString(x, y - 14, t)
        c.line(40, y - 17, w - 40, y - 17)
        return y - 28

    y = head()
    cur = None
    for rec in recs:
        cols, _, keys = SU_LAYOUT[rec["campus"]]
        cells = [rec[k] for k in keys]
        need = row_height(cols, cells, "Helvetica", 7, 8.5) + 4
        if rec["campus"] != cur:
            cur = rec["campus"]
            if y - need - 50 < 50:
                c.showPage()
                y = head()
            y = titles(cur, y - 6)
        elif y - need < 50:
            c.showPage()
            y = titles(cur, head(), cont=True)
        lines = table_row(c, y, cols, cells, "Helvetica", 7, 8.5)
        y -= 8.5 * lines + 4
    if y < 130:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 9.5)
    c.drawString(40, y - 10, "CAMPUS TOTALS")
    c.setFont("Times-Roman", 9)
    y -= 24
    for campus in SU_CAMPUS:
        c.drawString(52, y, campus.title())
        c.drawRightString(260, y, str(sum(1 for rec in recs if rec["campus"] == campus)))
        y -= 11
    c.setFont("Times-Bold", 9)
    c.drawString(52, y, "System total")
    c.drawRightString(260, y, str(len(recs)))
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_EXTRA = ("direction", "unit", "coordinates", "violations", "park", "campus")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [
        {"record": rec["case_number"], "kind": kind, "number": num} for rec in recs for kind, num in rec["related"]
    ]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in list(fields) + list(SAMPLE_EXTRA) if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs37.py (seed {SEED} + agency number)",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related,
        "fields_present": fields,
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs37.py) from the records it drew; "
        "checked by check_blind_logs37.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    used = set()
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start, used)
        if draw is draw_sp:
            service = sp_service_rows(r, days, max(8, n // 5))
            pages = draw(d / fname, recs, label, None, service)
            draw(d / fname, recs, label, pages, service)
        else:
            pages = draw(d / fname, recs, label, None)
            draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "hp": (
        "Portrait highway patrol 'Daily Activity Log', column titles repeated per page under a rule. "
        "Columns: Incident No. (A14-25-NNNNN, the id), Date / Time ('10/14/2025 06:12', reported_at), "
        "Route / Mile Post ('I-80 MP 214.6', location), Dir (EB/WB/NB/SB, kept as 'direction'), Activity "
        "(type), Unit (call sign '14-B3', not a number of any series), Result (disposition; 'Arrest - booked "
        "BK25-NNNNN' cites a booking, related). TRAP: under a row, one smaller indented line per citation "
        "issued, 'Cit. AVNNNNNNN  AVC 484.061  Speed over posted limit': these lines begin with a number "
        "and a code and look like rows, but they are part of the record above (citations, related). Ends "
        "'Incidents logged: N      Citations issued: M' and a 'CITATIONS BY CODE SECTION' table of code, "
        "words and count (not records).",
        "rows counted from the generator; 'Incidents logged' equals record_count",
    ),
    "fw": (
        "Fish-and-wildlife 'Field Contact Reports' in labelled blocks (Times), one block per contact, "
        "blocks never split over pages, a hairline under each. Each block opens 'CONTACT n' (a RUNNING "
        "contact number 1..N in this report, NOT the id) with the officer's call sign ('Officer 6-14') at "
        "the right; then labels in a left column: 'Enforcement file no.:' (FW6-25-NNNNN in Courier, the id), "
        "'Date/time:' ('10/04/2025 0715', reported_at), 'Position:' (decimal coordinates '44.0812 N  "
        "121.3390 W', kept as 'coordinates'), 'Area:' (water or place and game management unit, location), "
        "'Activity:' (type), 'Violation(s):' one line per violation ('WC 522.1 Exceeding daily bag limit - "
        "citation WNNNNNNN' or '... - warning', or 'None found'; kept as the list 'violations'; the WN "
        "numbers are citations, related), 'Result:' (disposition; 'gear seized, tag ST6-NNNN' cites an "
        "evidence tag, related). Ends 'Contacts this period: N    Citations: M    Warnings: K'.",
        "blocks counted from the generator; 'Contacts this period' equals record_count",
    ),
    "ib": (
        "Federal land agency ranger 'Law Enforcement Weekly Report to the District Manager': sections by "
        "management area (capitals headings), each entry a bold-italic LOCATION LINE in survey-grid terms "
        "('T14S R22E Sec. 9, Chalk Wash OHV staging', location) followed by an indented Times paragraph "
        "'Incident record LE25-NNNN, reported 10/15/2025 1420 hrs: <type> (<regulation>). <summary "
        "sentence> <outcome sentence>' (id, reported_at '10/15/2025 1420', type, summary, disposition). "
        "Outcomes cite violation notices (F44NNNNN, citations, related) and the county sheriff's case "
        "('Pinyon County SO, case 25-NNNNN', other_agency_case, related). Entries are grouped by area, so "
        "the report is not in time order. After the entries: 'Incident records this week: N' and a "
        "'VIOLATION NOTICES ISSUED' table (Notice, Regulation, Incident) whose lines repeat notice numbers "
        "and ids: not records.",
        "entries counted from the generator; 'Incident records this week' equals record_count",
    ),
    "sp": (
        "State park police district 'Activity Log', grey title band, column titles repeated per page. "
        "Columns: Date ('10/14/2025'), Time ('0612') in separate columns (reported_at joins them with a "
        "space), Park Unit (kept as 'park'), Site / Area (location, wraps), Nature (type), Case No. "
        "(SP3-25-NNNN, the id), Disposition (wraps; 'Cited, PRC 4321.2 CNNNNNNNN' citation, 'Arrest, booked "
        "county jail BK-NNNNNN' booking, 'Referred to county (HCSO 25-NNNNN)' other agency case: related). "
        "TRAP: service calls (lockouts, welfare checks...) are printed in grey in the same table, in time "
        "order among the cases, with an em dash in Case No.: they are NOT records. Ends 'Case reports: N    "
        "Service calls (no case number): M    Total activity: N+M'.",
        "case rows counted from the generator; 'Case reports' equals record_count",
    ),
    "su": (
        "University system 'System-wide Daily Crime Log' compiled from three campus systems; one section "
        "per campus ('NORTHFIELD CAMPUS', 'COASTAL CAMPUS', 'HEALTH SCIENCES CAMPUS'; kept as 'campus'), "
        "a section cut by a page break is headed '... (continued)'. TRAP: every section has its OWN column "
        "order, titles and id format: Northfield 'Case Number' first (N25-NNNNN), 'Reported' "
        "'10/03/2025 14:22'; Coastal 'Date/Time Reported' '10/03/2025 1422' first and 'Report #' LAST "
        "(C2025-NNNN); Health Sciences 'Offense' first, 'Occurred' 'Oct 03, 2025 02:22 PM' (occurred_at, "
        "no reported time), 'Report No.' fourth (MED-25-NNNN). Each section is in time order, the document "
        "is not. Dispositions cite the city police ('Referred to city PD, case 25-NNNNNN', other_agency_case) and bookings "
        "('BKG NNNNNNN'): related. Ends with a 'CAMPUS TOTALS' table (three campus counts and 'System "
        "total N'), not records.",
        "rows counted from the generator; 'System total' equals record_count",
    ),
}


def main():
    one_agency(
        "ambervale-state-highway-patrol-area-14",
        1,
        [
            ("ashp-a14-activity-log-2025-10-13-14.pdf", days(10, 13, 14), "10/13/2025 - 10/14/2025", 118, 3300),
            ("ashp-a14-activity-log-2025-10-15.pdf", days(10, 15, 15), "10/15/2025", 71, 3560),
        ],
        hp_records,
        draw_hp,
        "Ambervale State Highway Patrol, Area 14 (Kestrel Pass) Office [invented]",
        "daily activity log (citation lines under rows)",
        "table with header",
        ["case_number", "reported_at", "location", "type", "disposition"],
        *NOTES["hp"],
    )
    one_agency(
        "wendling-dfw-enforcement-district-6",
        2,
        [
            ("wdfw-d6-contact-reports-2025-10-01-15.pdf", days(10, 1, 15), "October 1-15, 2025", 52, 1840),
            ("wdfw-d6-contact-reports-2025-10-16-31.pdf", days(10, 16, 31), "October 16-31, 2025", 61, 1960),
        ],
        fw_records,
        draw_fw,
        "Wendling Department of Fish and Wildlife, Enforcement District 6 [invented]",
        "field contact reports (labelled blocks, running contact number)",
        "labelled blocks",
        ["case_number", "reported_at", "location", "type", "disposition"],
        *NOTES["fw"],
    )
    one_agency(
        "interior-basin-lands-pinyon-wells-rangers",
        3,
        [("ibla-pinyon-wells-le-weekly-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 58, 410)],
        ib_records,
        draw_ib,
        "Interior Basin Lands Administration, Pinyon Wells Field Office rangers [invented]",
        "law enforcement weekly report (paragraphs under survey-grid locations)",
        "free text",
        ["case_number", "reported_at", "location", "type", "summary", "disposition"],
        *NOTES["ib"],
    )
    one_agency(
        "ostrander-state-park-police-district-3",
        4,
        [
            ("ospp-d3-activity-log-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 84, 1200),
            ("ospp-d3-activity-log-2025-10-20-26.pdf", days(10, 20, 26), "October 20-26, 2025", 67, 1330),
        ],
        sp_records,
        draw_sp,
        "Ostrander State Park Police, Sable Cove District [invented]",
        "district activity log (service calls without case numbers mixed in)",
        "table with header",
        ["case_number", "reported_at", "location", "type", "disposition"],
        *NOTES["sp"],
    )
    one_agency(
        "halvering-state-university-system-police",
        5,
        [
            ("hsusp-system-crime-log-2025-09.pdf", days(9, 1, 30), "September 2025", 66, (610, 330, 90)),
            ("hsusp-system-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 79, (720, 400, 130)),
        ],
        su_records,
        draw_su,
        "Halvering State University System Police [invented]",
        "system-wide daily crime log (campus sections with their own columns)",
        "table with header",
        ["case_number", "reported_at", "occurred_at", "location", "type", "disposition"],
        *NOTES["su"],
    )


if __name__ == "__main__":
    main()
