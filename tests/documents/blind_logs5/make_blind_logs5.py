"""Generate the fifth held-out set of incident-log PDFs and their ground truth.

Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run from anywhere:
    python tests/documents/blind_logs5/make_blind_logs5.py
"""

import hashlib
import json
import random
import subprocess
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SEED = 20251203


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width)


def hm(r):
    return f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"


STREETS = ["Alder", "Birchwood", "Canyon View", "Depot", "Elm Ridge", "Foxglove", "Granite",
           "Harbor", "Iris", "Juniper", "Kettle Creek", "Larkspur", "Millrace", "Northgate",
           "Oakmont", "Pioneer", "Quail Run", "Riverside", "Sawmill", "Tamarack"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]


def address(r):
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


# ---------------------------------------------------------------- 1. university cards


UNI_TYPES = ["Theft - From Building", "Theft - Bicycle", "Liquor Law Violation - Referral",
             "Drug Law Violation - Referral", "Vandalism", "Harassment", "Trespass Warning",
             "Burglary - Residence Hall", "Motor Vehicle Theft", "Simple Assault",
             "Fire Alarm - Malicious", "Stalking", "Fondling", "Disorderly Conduct"]
UNI_PLACES = ["Sagebrush Hall", "Kimball Library", "Redrock Student Union", "Lot 14 (Stadium)",
              "Canyon Commons", "Engineering Annex", "Talus Hall", "Recreation Center",
              "Hollister Science Bldg", "Parking Structure B", "Mesa Apartments Bldg 3"]
UNI_DISPO = ["Closed", "Open - Under Investigation", "Referred to Student Conduct",
             "Cleared by Arrest", "Inactive", "Unfounded"]


def uni_records(r, year, month, n, start):
    recs = []
    num = start
    for i in range(n):
        num += r.randint(1, 3)
        day = min(28, 1 + i * 28 // n)
        od = max(1, day - r.randint(1, 2))
        t1, t2 = sorted([hm(r), hm(r)])
        rep = f"{month:02d}/{day:02d}/{year % 100:02d} {hm(r)[:2]}:{hm(r)[2:]}"
        occ_from = f"{month:02d}/{od:02d}/{year % 100:02d} {t1[:2]}:{t1[2:]}"
        occ_to = f"{month:02d}/{od:02d}/{year % 100:02d} {t2[:2]}:{t2[2:]}"
        rec = {
            "case_number": f"JF{year % 100:02d}-{num:05d}",
            "type": r.choice(UNI_TYPES),
            "reported_at": rep,
            "occurred_from": occ_from,
            "occurred_to": occ_to,
            "location": r.choice(UNI_PLACES),
            "on_campus": r.choice(["On Campus", "On Campus", "On Campus", "Public Property",
                                   "Non-Campus"]),
            "disposition": r.choice(UNI_DISPO),
            "related": [],
        }
        if r.random() < 0.18:
            other = f"LPD {year % 100:02d}-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to Logan Springs PD ({other})"
            rec["related"].append(("other_agency_case", other))
        elif r.random() < 0.1:
            prev = f"JF{year % 100:02d}-{max(1, start - r.randint(5, 80)):05d}"
            rec["type"] = rec["type"] + f" (supplement to {prev})"
            rec["related"].append(("earlier_case_cited", prev))
        recs.append(rec)
    return recs


def draw_uni(path, recs, title_month):
    W, H = letter
    c = new_canvas(path, letter)
    per_page = 6
    pages = (len(recs) + per_page - 1) // per_page
    cw, ch = (W - 72 - 18) / 2, 200
    for p in range(pages):
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, H - 40, "Juniper Flats State University Police Department")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, H - 54, f"Daily Crime and Fire Log  -  {title_month}")
        c.drawCentredString(W / 2, H - 65, "Clery Act log: entries are added within two business days of a report.")
        for k, rec in enumerate(recs[p * per_page:(p + 1) * per_page]):
            col, row = k % 2, k // 2
            x = 36 + col * (cw + 18)
            y = H - 80 - row * (ch + 14)
            c.setLineWidth(0.8)
            c.rect(x, y - ch, cw, ch)
            c.setFillGray(0.88)
            c.rect(x, y - 20, cw, 20, fill=1, stroke=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 6, y - 14, rec["case_number"])
            c.setFont("Helvetica", 8)
            c.drawRightString(x + cw - 6, y - 14, rec["on_campus"])
            yy = y - 34
            rows = [("Classification", rec["type"]), ("Reported", rec["reported_at"]),
                    ("Occurred", f"{rec['occurred_from']} to {rec['occurred_to']}"),
                    ("Location", rec["location"]), ("Disposition", rec["disposition"])]
            for label, val in rows:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(x + 6, yy, label)
                c.setFont("Helvetica", 8)
                for line in wrap(val, "Helvetica", 8, cw - 84):
                    c.drawString(x + 76, yy, line)
                    yy -= 11
                yy -= 9
        c.setFont("Helvetica", 7)
        c.drawString(36, 24, "JFSU-PD  |  1200 University Blvd, Logan Springs, UT [invented]")
        c.drawRightString(W - 36, 24, f"Page {p + 1} of {pages}")
        c.showPage()
    c.save()
    return pages


# ---------------------------------------------------------------- 2. sheriff calls for service


CFS_NATURE = ["SUSPICIOUS VEHICLE", "WELFARE CHECK", "TRAFFIC HAZARD", "NOISE COMPLAINT",
              "ALARM - COMMERCIAL", "ALARM - RESIDENTIAL", "MVA NON-INJURY", "MVA INJURY",
              "THEFT", "CIVIL STANDBY", "DOMESTIC DISTURBANCE", "ANIMAL PROBLEM",
              "TRESPASS", "FIRE - BRUSH", "MEDICAL ASSIST", "DUI DRIVER", "FRAUD", "911 HANGUP"]
CFS_DISPO = ["CLR-ADV", "CLR-NR", "GOA", "RPT", "UTL", "ARR", "CIT", "REF"]
LONG_PLACES = ["HWY 97 MP 212 NB SHOULDER NEAR OKANOGAN FLATS GRAIN ELEVATOR ACCESS RD",
               "TENSLEEP COMMUNITY PARK / SKATE PARK PARKING LOT (BEHIND FIRE STATION 3)",
               "BRULE RIVER FISHING ACCESS SITE, LOWER LOT AT END OF SAWMILL RD"]
AREAS = ["N1", "N2", "C1", "C2", "S1", "S2", "E1"]


def cfs_records(r, days, per_day, start):
    recs = []
    num = start
    for d in days:
        times = sorted(hm(r) for _ in range(per_day + r.randint(-4, 4)))
        for t in times:
            num += r.randint(1, 4)
            rec = {
                "case_number": f"{num:08d}",
                "reported_at": f"{d} {t[:2]}:{t[2:]}",
                "type": r.choice(CFS_NATURE),
                "location": (r.choice(LONG_PLACES) if r.random() < 0.1 else
                             address(r).upper() + (", " + r.choice(["TENSLEEP", "BRULE", "OKANOGAN FLATS"])
                                                   if r.random() < 0.4 else "")),
                "district": r.choice(AREAS),
                "unit": f"{r.choice(['1S', '2S', '3S', '4K'])}{r.randint(10, 48)}",
                "disposition": r.choice(CFS_DISPO),
                "related": [],
            }
            if rec["disposition"] == "RPT":
                rpt = f"S25-{r.randint(1000, 9999)}"
                rec["disposition"] = f"RPT {rpt}"
                rec["related"].append(("report_number", rpt))
            elif rec["disposition"] == "REF":
                other = f"WSP 25-{r.randint(100000, 999999)}"
                rec["disposition"] = f"REF {other}"
                rec["related"].append(("other_agency_case", other))
            elif rec["disposition"] == "CIT":
                cit = f"8{r.randint(1000000, 9999999)}"
                rec["disposition"] = f"CIT {cit}"
                rec["related"].append(("citation", cit))
            recs.append(rec)
    return recs


def draw_cfs(path, recs, period):
    W, H = landscape(letter)
    c = new_canvas(path, (W, H))
    cols = [("Received", 36, 82), ("Nature", 122, 150), ("Location", 276, 250),
            ("Area", 530, 34), ("Unit", 566, 40), ("Disposition", 610, 100)]
    num_right = W - 36
    page = 1
    y = 0

    def header():
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, H - 36, "ORCHARD COUNTY SHERIFF'S OFFICE [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(36, H - 50, f"Calls for Service Report    Period: {period}")
        c.drawRightString(W - 36, H - 36, "Omak Valley, WA")
        c.drawRightString(W - 36, H - 50, f"Page {page}")
        c.setFont("Helvetica-Bold", 8)
        for name, x, _w in cols:
            c.drawString(x, H - 72, name)
        c.drawRightString(num_right, H - 72, "Call Number")
        c.line(36, H - 76, W - 36, H - 76)
        return H - 90

    y = header()
    for rec in recs:
        loc_lines = wrap(rec["location"], "Helvetica", 8, 246)
        h = 11 * len(loc_lines)
        if y - h < 40:
            c.showPage()
            page += 1
            y = header()
        c.setFont("Helvetica", 8)
        vals = [rec["reported_at"], rec["type"], None, rec["district"], rec["unit"], rec["disposition"]]
        for (_name, x, _w), v in zip(cols, vals):
            if v is not None:
                c.drawString(x, y, v)
        for i, line in enumerate(loc_lines):
            c.drawString(276, y - 11 * i, line)
        c.drawRightString(num_right, y, rec["case_number"])
        y -= h + 3
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 10, f"Total calls: {len(recs)}")
    c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- 3. state park ranger log


PARK_TYPES = ["Resource Damage", "Camping Outside Designated Site", "Dog Off Leash",
              "Lost Hiker", "Vehicle Burglary", "Boating Accident", "Fishing Without License",
              "Illegal Campfire", "Medical Aid", "Wildlife Feeding", "Disturbance - Campground",
              "Parking Violation", "Found Property", "Search and Rescue"]
PARK_AREAS = ["Cedar Hollow Campground Loop B", "Falls Overlook Trail", "Boat Ramp 2",
              "Visitor Center", "Hemlock Gorge Trailhead", "Group Camp", "Marina Lot",
              "Backcountry Site 7", "Lakeshore Picnic Area", "Ranger Station Rd"]
NARR = ["Ranger contacted the party and explained the park rules; the party complied.",
        "Visitor reported the matter at the contact station; area checked with negative results.",
        "Subject was advised and escorted from the area without further incident.",
        "Scene photographed and documented; maintenance notified for repair.",
        "Party located in good condition and returned to the trailhead by 4x4 unit.",
        "Owner was given a written warning and a copy of the park regulations."]


def park_records(r, days, n, start):
    recs = []
    num = start
    for i in range(n):
        num += r.randint(1, 2)
        d = days[i * len(days) // n]
        t = hm(r)
        rec = {
            "case_number": f"2025-SP-{num:05d}",
            "reported_at": f"{d} {t}",
            "type": r.choice(PARK_TYPES),
            "location": r.choice(PARK_AREAS),
            "unit": f"Ranger {r.randint(301, 329)}",
            "disposition": r.choice(["Warning", "Citation", "Assist", "Report Taken", "Closed"]),
            "related": [],
        }
        narr = " ".join(r.sample(NARR, 2))
        if rec["disposition"] == "Citation":
            cit = f"C-{r.randint(80000, 89999)}"
            narr += f" Citation {cit} issued."
            rec["related"].append(("citation", cit))
        if r.random() < 0.15:
            prev = f"2025-SP-{max(1, start - r.randint(3, 60)):05d}"
            narr += f" Related to earlier incident {prev}."
            rec["related"].append(("earlier_case_cited", prev))
        if r.random() < 0.1:
            so = f"WCSO 25-{r.randint(1000, 9999)}"
            narr += f" Sheriff's deputy responded and took report {so}."
            rec["related"].append(("other_agency_case", so))
        rec["summary"] = narr
        recs.append(rec)
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["reported_at"][:-5].strip(), []).append(rec)
    for group in by_day.values():
        stamps = sorted(rec["reported_at"] for rec in group)
        for rec, stamp in zip(group, stamps):
            rec["reported_at"] = stamp
    return recs


def draw_park(path, recs, period):
    W, H = letter
    c = new_canvas(path, letter)
    page = 1

    def header():
        c.setFont("Times-Bold", 13)
        c.drawString(54, H - 48, "Cedar Hollow Lake State Park [invented]  -  Ranger Activity Log")
        c.setFont("Times-Roman", 10)
        c.drawString(54, H - 62, f"Kentucky Department of Parks, District 4    {period}")
        c.drawRightString(W - 54, H - 62, f"Sheet {page}")
        c.line(54, H - 68, W - 54, H - 68)
        return H - 88

    y = header()
    for rec in recs:
        lines = wrap(rec["summary"], "Times-Roman", 10, W - 108 - 24)
        need = 14 + 12 + 12 * len(lines) + 10
        if y - need < 50:
            c.showPage()
            page += 1
            y = header()
        c.setFont("Times-Bold", 10)
        c.drawString(54, y, f"{rec['case_number']}   {rec['type']}")
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - 54, y, rec["reported_at"])
        y -= 13
        c.setFont("Times-Italic", 9)
        c.drawString(66, y, f"{rec['location']}  /  {rec['unit']}  /  Disposition: {rec['disposition']}")
        y -= 13
        c.setFont("Times-Roman", 10)
        for line in lines:
            c.drawString(78, y, line)
            y -= 12
        y -= 10
    c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- 4. municipal arrest log


CHARGES = ["Retail Fraud 3rd Degree", "Operating While Intoxicated 1st", "Driving While License Suspended",
           "Domestic Violence", "Disorderly Person", "Possession of Marijuana (Under 21)",
           "Malicious Destruction of Property < $200", "Resisting/Obstructing Officer",
           "Trespassing", "Open Intoxicants in Vehicle", "Larceny from Auto", "Assault and Battery"]


def arrest_records(r, days, n, start):
    recs = []
    num = start
    for i in range(n):
        num += r.randint(1, 3)
        d = days[i * len(days) // n]
        t = hm(r)
        charges = r.sample(CHARGES, r.choice([1, 1, 1, 2, 2, 3]))
        related = []
        if r.random() < 0.25:
            w = f"W25-{r.randint(100, 999)}-{r.choice(['FY', 'SM', 'OD'])}"
            charges.append(f"Bench Warrant {w}")
            related.append(("warrant", w))
        rec = {
            "case_number": f"BWB-25-{num:04d}",
            "reported_at": f"{d} {t[:2]}:{t[2:]}",
            "type": charges if len(charges) > 1 else charges[0],
            "subject": f"{r.choice(['M', 'F'])}/{r.randint(18, 67)}",
            "location": address(r),
            "unit": f"Ofc #{r.randint(110, 175)}",
            "disposition": r.choice(["Lodged", "Released - Citation", "Released - Bond",
                                     "Transferred to County Jail", "Released - PR Bond"]),
            "related": related,
        }
        if rec["disposition"] == "Released - Citation":
            cit = f"BW{r.randint(200000, 299999)}"
            rec["disposition"] = f"Released - Citation {cit}"
            related.append(("citation", cit))
        if r.random() < 0.3:
            inc = f"25-{r.randint(10000, 19999)}"
            rec["incident"] = inc
            related.append(("incident_report", inc))
        else:
            rec["incident"] = "-"
        recs.append(rec)
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["reported_at"][:-5].strip(), []).append(rec)
    for group in by_day.values():
        stamps = sorted(rec["reported_at"] for rec in group)
        for rec, stamp in zip(group, stamps):
            rec["reported_at"] = stamp
    return recs


def draw_arrests(path, recs, period):
    W, H = landscape(letter)
    c = new_canvas(path, (W, H))
    cols = [("Booking No.", 30), ("Booked", 100), ("Sex/Age", 176), ("Charge(s)", 216),
            ("Arrest Location", 446), ("Officer", 566), ("Incident", 616), ("Release / Status", 670)]
    page = 1

    def header():
        c.setFont("Courier-Bold", 11)
        c.drawString(30, H - 34, "CITY OF BRIGHTWATER [invented] - POLICE DEPT / 89th DISTRICT COURT")
        c.setFont("Courier", 9)
        c.drawString(30, H - 47, f"ARREST AND BOOKING LOG   {period}   Brightwater, MI")
        c.drawRightString(W - 30, H - 47, f"PG {page:03d}")
        c.setFont("Courier-Bold", 8)
        for name, x in cols:
            c.drawString(x, H - 66, name)
        c.drawString(30, H - 71, "-" * 150)
        return H - 84

    y = header()
    for rec in recs:
        charges = rec["type"] if isinstance(rec["type"], list) else [rec["type"]]
        disp = wrap(rec["disposition"], "Courier", 8, W - 30 - 670)
        h = 10 * max(len(charges), len(disp))
        if y - h < 36:
            c.showPage()
            page += 1
            y = header()
        c.setFont("Courier", 8)
        c.drawString(30, y, rec["case_number"])
        c.drawString(100, y, rec["reported_at"])
        c.drawString(176, y, rec["subject"])
        for i, ch in enumerate(charges):
            c.drawString(216, y - 10 * i, f"{i + 1}) {ch}"[:44])
        c.drawString(446, y, rec["location"][:22])
        c.drawString(566, y, rec["unit"])
        c.drawString(616, y, rec["incident"])
        for i, line in enumerate(disp):
            c.drawString(670, y - 10 * i, line)
        y -= h + 5
        c.setDash(1, 2)
        c.line(30, y + 8, W - 30, y + 8)
        c.setDash()
    c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- ground truth


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def entry(path, agency, doc_type, layout, recs, fields, sample_idx, notes, count_check):
    related = []
    for rec in recs:
        for kind, num in rec["related"]:
            related.append({"record": rec["case_number"], "kind": kind, "number": num})
    samples = []
    for i in sample_idx:
        rec = recs[i]
        samples.append({k: rec[k] for k in fields if k in rec})
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related,
        "fields_present": fields,
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs5.py) from the records it drew; "
                               "checked by check_blind_logs5.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def uni_fields(recs):
    for rec in recs:
        rec["off_campus"] = rec["on_campus"]
    return ["case_number", "type", "reported_at", "occurred_from", "occurred_to", "location",
            "off_campus", "disposition"]


def main():
    out = {}
    # 1. university
    r = random.Random(SEED + 1)
    d = HERE / "juniper-flats-state-university-ut-pd"
    d.mkdir(exist_ok=True)
    gt = []
    for fname, month, label, n, start in [("jfsu-daily-crime-fire-log-2025-09.pdf", 9, "September 2025", 34, 1180),
                                          ("jfsu-daily-crime-fire-log-2025-10.pdf", 10, "October 2025", 41, 1290)]:
        recs = uni_records(r, 2025, month, n, start)
        fields = uni_fields(recs)
        draw_uni(d / fname, recs, label)
        gt.append(entry(d / fname, "Juniper Flats State University Police Department, UT [invented]",
                        "monthly daily crime and fire log (Clery), one bordered card per incident",
                        "labelled blocks", recs, fields, [0, 7, n - 1],
                        "Each record is a bordered card; cards sit in a grid of two columns by three rows "
                        "per page, filled left to right then down, so `pdftotext -layout` prints two records "
                        "side by side on the same lines. The case number is the card's shaded title, with "
                        "the Clery geography (On Campus / Public Property / Non-Campus, recorded as "
                        "off_campus) right-aligned beside it. Occurred is a range 'A to B' in one field. "
                        "Some dispositions cite a city police case (LPD NN-NNNNN) and some classifications "
                        "cite an earlier JFSU case ('supplement to JF25-NNNNN'): both are related_numbers.",
                        "six cards per page, the last page holds the remainder"))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1) + "\n")
    out[d.name] = gt
    # 2. sheriff calls for service
    r = random.Random(SEED + 2)
    d = HERE / "orchard-county-wa-so"
    d.mkdir(exist_ok=True)
    days = [f"10/{x:02d}/2025" for x in (14, 15)]
    recs = cfs_records(r, days, 58, 25031400)
    fname = "ocso-calls-for-service-2025-10-14-15.pdf"
    draw_cfs(d / fname, recs, "10/14/2025 00:00 - 10/15/2025 23:59")
    fields = ["reported_at", "type", "location", "district", "unit", "disposition", "case_number"]
    gt = [entry(d / fname, "Orchard County Sheriff's Office, WA [invented]",
                "calls for service report (CAD), two days", "table with header", recs, fields, [0, 30, len(recs) - 1],
                "Landscape table; the call number is the LAST column, right-aligned at the page edge, "
                "eight digits with a leading zero kept. Header row repeated on every page; long "
                "locations wrap to a second line in the Location column only. Dispositions are codes, "
                "some followed by another number: 'RPT S25-NNNN' (the sheriff's report number), "
                "'CIT 8NNNNNNN' (a citation), 'REF WSP 25-NNNNNN' (State Patrol case): all "
                "related_numbers, not the record id. A 'Total calls: N' line ends the report.",
                "rows counted from the generator; the footer total equals record_count")]
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1) + "\n")
    # 3. state park
    r = random.Random(SEED + 3)
    d = HERE / "cedar-hollow-lake-state-park-ky-rangers"
    d.mkdir(exist_ok=True)
    days = [f"08/{x:02d}/2025" for x in range(1, 15)]
    recs = park_records(r, days, 47, 400)
    fname = "cedar-hollow-ranger-log-2025-08-01-14.pdf"
    draw_park(d / fname, recs, "August 1 - 14, 2025")
    fields = ["case_number", "type", "reported_at", "location", "unit", "disposition", "summary"]
    gt = [entry(d / fname, "Cedar Hollow Lake State Park rangers, KY [invented]",
                "ranger activity log, two weeks", "free text", recs, fields, [0, 12, len(recs) - 1],
                "Each entry: a bold line 'YYYY-SP-NNNNN   Type' with the date and time (HHMM, no colon) "
                "right-aligned on the same line; an italic line 'Location  /  Ranger NNN  /  Disposition: X'; "
                "then an indented narrative paragraph of several lines. Narratives cite citation numbers "
                "(C-NNNNN), earlier park incidents (2025-SP-NNNNN, same pattern as the ids) and sheriff "
                "report numbers (WCSO 25-NNNN): all related_numbers. Entries never split across pages.",
                "entries counted from the generator")]
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1) + "\n")
    # 4. municipal arrest log, two PDFs
    r = random.Random(SEED + 4)
    d = HERE / "brightwater-mi-pd-arrest-log"
    d.mkdir(exist_ok=True)
    gt = []
    for fname, days, period, n, start in [
            ("brightwater-arrest-log-2025-11-03-09.pdf", [f"11/{x:02d}/25" for x in range(3, 10)],
             "11/03/25 - 11/09/25", 62, 880),
            ("brightwater-arrest-log-2025-11-10-16.pdf", [f"11/{x:02d}/25" for x in range(10, 17)],
             "11/10/25 - 11/16/25", 71, 1070)]:
        recs = arrest_records(r, days, n, start)
        draw_arrests(d / fname, recs, period)
        fields = ["case_number", "reported_at", "type", "location", "unit", "disposition"]
        gt.append(entry(d / fname, "Brightwater Police Department / 89th District Court, MI [invented]",
                        "weekly arrest and booking log", "table with header", recs, fields, [0, 5, n - 1],
                        "Landscape Courier table; the record id is the BOOKING number in the first column "
                        "(BWB-25-NNNN); reported_at is the booking date-time. Several charges of one "
                        "arrest are numbered '1) 2) 3)' on continuation lines with no booking number and stay "
                        "one record (type is a list). Other numbers in a record: the Incident column "
                        "(police incident report 25-NNNNN, or '-'), bench warrants in the charges "
                        "(W25-NNN-XX) and citation numbers in the release column (BWNNNNNN): all "
                        "related_numbers. Arrestees appear only as sex/age; records are separated by dotted "
                        "rules.",
                        "records counted from the generator"))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1) + "\n")


if __name__ == "__main__":
    main()
