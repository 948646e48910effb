"""Generate a held-out set of incident-log PDFs printed from crime-map and GIS tools.

Five layouts: a weekly crime-map report whose map pins are labelled with the full case numbers
(then the listing); a GIS attribute-table export (one feature per offence, parcel numbers and
state-plane coordinates beside the incident number); a campus pin report (numbered pins, then
pin blocks holding one or more incidents); a neighbourhood map digest whose map labels are the
last four digits of the report number, then paragraphs by beat; a map book of tile pages, each a
map tile with keyed pins over that tile's table, edge incidents referenced again on the next tile.
Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs103/make_blind_logs103.py [OUT_DIR]
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
SEED = 20261103
STREETS = ["Alder", "Birchmont", "Calloway", "Dunstan", "Emberly", "Foxglove", "Garrick", "Hollins", "Ivers",
           "Juniper", "Kestwick", "Lorimer", "Mossley", "Norland", "Orpington", "Pennard", "Quill", "Ravel",
           "Stellan", "Tamsworth", "Upshaw", "Verity", "Wendle"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Blvd", "Pl"]
TYPES = ["Theft", "Theft from Vehicle", "Burglary - Residential", "Burglary - Commercial", "Vandalism",
         "Vehicle Theft", "Assault", "Fraud", "Robbery", "Trespass", "Drug Violation", "DUI", "Shoplifting",
         "Disorderly Conduct", "Weapons Violation"]
DISPS = ["Report Taken", "Closed", "Open", "Arrest", "Citation", "Unfounded", "Referred"]
COLS = "ABCDEF"


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


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


def base(r, dd, n, fmt, start, step=(1, 1, 2)):
    mins = sorted(r.sample(range(0, 1440 * len(dd)), n))
    recs, k = [], start
    for m in mins:
        k += r.choice(step)
        d = dd[m // 1440]
        recs.append({"case_number": fmt.format(k), "day": d, "hm": ((m % 1440) // 60, m % 60),
                     "type": r.choice(TYPES), "block": r.randint(1, 48) * 100, "street":
                     f"{r.choice(STREETS)} {r.choice(SUFFIX)}", "disp": r.choice(DISPS),
                     "cell": f"{r.choice(COLS)}{r.randint(1, 5)}", "beat": r.randint(1, 6), "related": []})
    return recs, k


def add_related(r, rec, booking, citation):
    if rec["disp"] == "Arrest":
        num = booking.format(r.randint(1000, 9999))
        rec["related"].append(("booking_number", num))
        return f"Arrest, booking {num}"
    if rec["disp"] == "Citation":
        num = citation.format(r.randint(100000, 999999))
        rec["related"].append(("citation", num))
        return f"Citation {num}"
    return rec["disp"]


def map_frame(c, x0, y0, w, h, cols, rows, r, credit):
    """Grid map: frame, cell lines, column letters, row numbers, street lines named outside the frame."""
    c.setStrokeGray(0.8)
    c.setLineWidth(0.4)
    cw, ch = w / len(cols), h / rows
    for i in range(1, len(cols)):
        c.line(x0 + i * cw, y0, x0 + i * cw, y0 + h)
    for j in range(1, rows):
        c.line(x0, y0 + j * ch, x0 + w, y0 + j * ch)
    c.setStrokeGray(0.6)
    c.setLineWidth(2.2)
    names = r.sample(STREETS, 4)
    c.setFillGray(0.35)
    c.setFont("Helvetica-Oblique", 6)
    for i, nm in enumerate(names[:2]):
        x = x0 + (i * 2 + 1.5) * cw
        c.line(x, y0, x, y0 + h)
        c.drawCentredString(x, y0 - 18, nm.upper() + " AVE")
    for j, nm in enumerate(names[2:]):
        y = y0 + (j * 2 + 1.5) * ch
        c.line(x0, y, x0 + w, y)
        c.drawString(x0 + w + 4, y - 2, nm.upper() + " ST")
    c.setStrokeGray(0)
    c.setLineWidth(0.8)
    c.rect(x0, y0, w, h)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 8)
    for i, col in enumerate(cols):
        c.drawCentredString(x0 + (i + 0.5) * cw, y0 + h + 5, col)
    for j in range(rows):
        c.drawRightString(x0 - 5, y0 + h - (j + 0.5) * ch - 3, str(j + 1))
    c.setFont("Helvetica", 5.5)
    c.drawRightString(x0 + w, y0 - 28, credit)
    return cw, ch


def pin(c, x, y, label, size=5.5, fill=0.2):
    c.setFillGray(fill)
    c.circle(x, y, 2.2, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica", size)
    c.drawString(x + 4, y - 2, label)


# ---------------------------------------------------------------- A: Thornfield weekly crime map

def tf_records(r, dd, n, start):
    recs, _ = base(r, dd, n, "TF25-{:05d}", start)
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}:{m:02d}"
        rec["location"] = f"{rec['block']} BLK {rec['street'].upper()}"
        rec["disposition"] = add_related(r, rec, "BK25-{}", "TC-{}")
        rec["mapped"] = r.random() > 0.08
        rec["beat"] = str(rec["beat"])
    return recs


CATS = {"Property": ["Theft", "Theft from Vehicle", "Burglary - Residential", "Burglary - Commercial",
                     "Vehicle Theft", "Shoplifting", "Vandalism", "Fraud"],
        "Person": ["Assault", "Robbery"], "Society": ["Trespass", "Drug Violation", "DUI", "Disorderly Conduct",
                                                        "Weapons Violation"]}


def cat(t):
    return next(k for k, v in CATS.items() if t in v)


def draw_tf(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    r = random.Random(len(recs))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(36, h - 40, "THORNFIELD POLICE DEPARTMENT - WEEKLY CRIME MAP")
    c.setFont("Helvetica", 8)
    c.drawString(36, h - 53, f"Incidents reported {label}   Crime Analysis Unit 555-0148")
    c.drawRightString(w - 36, h - 53, f"Page 1 of {pages or 0}")
    x0, y0, mw, mh = 60, 200, 470, 520
    cw, ch = map_frame(c, x0, y0, mw, mh, COLS, 5, r, "Basemap (c) Thornfield GIS Division - pins at block centroid")
    used = {}
    for rec in recs:
        if not rec["mapped"]:
            continue
        ci, rj = COLS.index(rec["cell"][0]), int(rec["cell"][1]) - 1
        k = used.get(rec["cell"], 0)
        while k >= 12:  # cell full: move the pin to the next cell
            rec["cell"] = f"{COLS[(ci + 1) % 6]}{rec['cell'][1]}"
            ci = COLS.index(rec["cell"][0])
            k = used.get(rec["cell"], 0)
        used[rec["cell"]] = k + 1
        px = x0 + ci * cw + 6 + (k % 2) * 40
        py = y0 + mh - rj * ch - 12 - (k // 2) * 15
        pin(c, px, py, rec["case_number"], 5, {"Property": 0.2, "Person": 0.0, "Society": 0.5}[cat(rec["type"])])
    mapped = [x for x in recs if x["mapped"]]
    c.setFont("Helvetica-Bold", 8)
    c.drawString(60, 150, "LEGEND")
    c.setFont("Helvetica", 8)
    for i, k in enumerate(CATS):
        c.setFillGray({"Property": 0.2, "Person": 0.0, "Society": 0.5}[k])
        c.circle(66, 137 - 12 * i, 2.5, stroke=0, fill=1)
        c.setFillGray(0)
        c.drawString(74, 134 - 12 * i, f"{k} crimes")
        c.drawRightString(190, 134 - 12 * i, str(sum(1 for x in mapped if cat(x["type"]) == k)))
    c.drawString(260, 134, f"Incidents mapped: {len(mapped)}")
    c.drawString(260, 122, f"Not mapped (address not geocoded): {len(recs) - len(mapped)}")
    c.drawString(260, 110, "Pins are labelled with the case number; see the listing that follows.")
    c.showPage()
    page = [1]
    cols = [(36, "Case No."), (96, "Reported"), (166, "Offense"), (282, "Block Address"), (400, "Grid"),
            (428, "Beat"), (458, "Disposition")]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "Incident listing (keyed to map)")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 36, h - 40, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 60, t)
        c.line(36, h - 63, w - 36, h - 63)
        return h - 74

    y = head()
    for rec in recs:
        if y < 50:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7.5)
        vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                rec["cell"] if rec["mapped"] else "--", str(rec["beat"]), rec["disposition"]]
        for (x, _), v in zip(cols, vals):
            c.drawString(x, y, v)
        y -= 11
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 10, f"Total incidents listed: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Calloway County GIS attribute table

def cc_records(r, dd, n, start):
    recs, _ = base(r, dd, n, "2025-{:06d}", start, step=(1, 2, 3))
    for rec in recs:
        h, m = rec["hm"]
        ap = "AM" if h < 12 else "PM"
        rec["reported_at"] = f"{mdy(rec['day'])} {(h % 12) or 12}:{m:02d}:00 {ap}"
        rec["location"] = f"{rec['block'] + r.randint(0, 99)} {rec['street'].upper()}"
        rec["parcel"] = f"{r.randint(10, 36):02d}-{r.randint(10, 99)}-{r.randint(100, 499)}-{r.randint(1, 60):03d}"
        rec["x"], rec["y"] = r.randint(1834000, 1899999), r.randint(402000, 468999)
        rec["disposition"] = r.choice(["CLOSED", "ACTIVE", "ARREST", "INACTIVE", "CLOSED"])
        k = r.choice((1, 1, 1, 1, 1, 2, 2, 3))
        rec["offences"] = r.sample(["THEFT", "BURGLARY", "CRIM MISCHIEF", "ASSAULT SIMPLE", "POSS CS", "DUI",
                                    "TRESPASS", "FRAUD", "STOLEN VEH", "WEAPON LAW"], k)
        rec["type"] = rec["offences"] if k > 1 else rec["offences"][0]
        rec["beat"] = f"B{rec['beat']}"
    return recs


def draw_cc(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    rows = [(rec, off) for rec in recs for off in rec["offences"]]
    cols = [(30, "FID"), (62, "INCIDENT_NO"), (132, "RPT_DATE"), (232, "OFFENSE"), (316, "ADDRESS"),
            (426, "PARCEL_ID"), (500, "BEAT"), (530, "GRID"), (562, "POINT_X"), (612, "POINT_Y"), (660, "DISPO")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 9)
        c.drawString(30, h - 32, f"Table: CCSO_Incidents_Points  ({label})")
        c.setFont("Courier", 7)
        if page[0] == 1:
            c.drawString(30, h - 44, f"Source: Calloway County Sheriff's Office [invented] RMS nightly geocode   "
                         f"Features selected: {len(rows)} of {len(rows)}")
            c.drawString(30, h - 53, "Spatial reference: NAD 1983 StatePlane (US Feet)   Extent: 1834000 402000 "
                         "1899999 468999   One feature per offense")
        c.drawRightString(w - 30, h - 32, f"{page[0]} / {pages or 0}")
        c.setFont("Courier-Bold", 7)
        for x, t in cols:
            c.drawString(x, h - 68, t)
        c.line(30, h - 71, w - 30, h - 71)
        return h - 81

    y = head()
    c.setFont("Courier", 7)
    for fid, (rec, off) in enumerate(rows):
        if y < 40:
            c.showPage()
            y = head()
            c.setFont("Courier", 7)
        vals = [str(fid), rec["case_number"], rec["reported_at"], off, rec["location"], rec["parcel"],
                rec["beat"], rec["cell"], str(rec["x"]), str(rec["y"]), rec["disposition"]]
        for (x, _), v in zip(cols, vals):
            c.drawString(x, y, v)
        y -= 9.5
    c.setFont("Courier-Bold", 7)
    c.drawString(30, y - 8, f"Summary statistics: Count of features {len(rows)};  "
                 f"Count of unique INCIDENT_NO {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Millbrook University pin report

BUILDINGS = ["Harlan Hall", "Okafor Library", "Veld Science Center", "Pruitt Commons", "Lot 7", "Lot 12",
             "Tessman Gym", "Arden Residence Hall", "Quince Hall", "Student Union", "Marrow Arts Building",
             "Lot 3 Garage", "Fielding Hall", "Corrigan Stadium", "Health Center", "Ashby Apartments"]
SPOTS = ["bike rack", "lobby", "2nd floor lounge", "east entrance", "parking row C", "loading dock", "room 114",
         "stairwell B", "courtyard", "laundry room"]
MU_TYPES = ["Theft - Bicycle", "Theft - Other", "Vandalism", "Liquor Law Violation", "Drug Law Violation",
            "Burglary", "Harassment", "Motor Vehicle Theft", "Trespass", "Simple Assault"]


def mu_records(r, dd, n, start):
    recs, _ = base(r, dd, n, "MU25-{:04d}", start)
    pins = r.sample(range(len(BUILDINGS)), len(BUILDINGS))
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}:{m:02d}"
        rec["bldg"] = r.choice(pins)
        rec["location"] = f"{BUILDINGS[rec['bldg']]}, {r.choice(SPOTS)}"
        rec["type"] = r.choice(MU_TYPES)
        d = r.choice(["Open", "Closed", "Closed", "Arrest", "Referred to Millbrook PD", "Conduct referral"])
        if d == "Referred to Millbrook PD":
            num = f"MPD25-{r.randint(10000, 99999)}"
            rec["related"].append(("other_agency_case", num))
            d = f"Referred to Millbrook PD, case {num}"
        rec["disposition"] = d
    # one pin per building position on the map, spot-level stacking: records grouped by pin order
    order = sorted(set(rec["bldg"] for rec in recs))
    groups = []
    for b in order:
        members = [x for x in recs if x["bldg"] == b]
        # a pin holds one to three incidents at one spot; a busy building gets several pins
        while members:
            take = members[:r.randint(1, 3)]
            members = members[len(take):]
            groups.append((b, take))
    return groups


MU_POS = [(c_, r_) for r_ in range(4) for c_ in range(4)]


def draw_mu(path, groups, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    r = random.Random(len(groups))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(36, h - 40, "MILLBROOK UNIVERSITY DEPARTMENT OF PUBLIC SAFETY")
    c.setFont("Helvetica", 8.5)
    c.drawString(36, h - 53, f"Campus Crime Map - Pin Report - {label}   Dispatch 555-0171")
    c.drawRightString(w - 36, h - 53, f"Page 1 of {pages or 0}")
    x0, y0, mw, mh = 60, 170, 470, 540
    cw, ch = map_frame(c, x0, y0, mw, mh, "ABCD", 4, r, "Campus basemap (c) Millbrook University Facilities GIS")
    c.setFont("Helvetica", 6.5)
    slot = {}
    for i, nm in enumerate(BUILDINGS):
        ci, rj = MU_POS[i]
        bx, by = x0 + ci * cw + 10, y0 + mh - (rj + 1) * ch + 20
        c.setFillGray(0.9)
        c.rect(bx, by, cw - 30, ch - 60, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", 6.5)
        c.drawString(bx + 3, by + 4, nm)
    for p, (b, _members) in enumerate(groups, 1):
        ci, rj = MU_POS[b]
        k = slot.get(b, 0)
        slot[b] = k + 1
        px, py = x0 + ci * cw + 20 + (k % 4) * 22, y0 + mh - rj * ch - 14 - (k // 4) * 12
        c.setFillGray(0)
        c.circle(px, py, 5, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 5.5)
        c.drawCentredString(px, py - 2, str(p))
        c.setFillGray(0)
    n = sum(len(m) for _, m in groups)
    c.setFont("Helvetica", 8)
    c.drawString(60, 130, f"Pins on map: {len(groups)}    Incidents: {n}")
    c.drawString(60, 118, "A pin may hold more than one incident at the same spot; pins are numbered west to "
                 "east, north to south.")
    c.showPage()
    page = [1]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "Pin table")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 36, h - 40, f"Page {page[0]} of {pages or 0}")
        return h - 62

    y = head()
    for p, (b, members) in enumerate(groups, 1):
        need = 16 + 36 * len(members)
        if y - need < 40:
            c.showPage()
            y = head()
        ci, rj = MU_POS[b]
        c.setFillGray(0.85)
        c.rect(36, y - 4, w - 72, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        more = f"({len(members)} incidents)" if len(members) > 1 else "(1 incident)"
        c.drawString(40, y, f"PIN {p}     Grid {'ABCD'[ci]}{rj + 1}     {BUILDINGS[b]}     {more}")
        y -= 16
        for rec in members:
            c.setFont("Helvetica", 8)
            c.drawString(52, y, f"Incident #: {rec['case_number']}")
            c.drawString(250, y, f"Reported: {rec['reported_at']}")
            c.drawString(52, y - 10, f"Type: {rec['type']}")
            c.drawString(250, y - 10, f"Disposition: {rec['disposition']}")
            c.drawString(52, y - 20, f"Location: {rec['location']}")
            y -= 34
        y -= 4
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Dorrance neighbourhood map digest

def dp_records(r, dd, n, start):
    recs, _ = base(r, dd, n, "25-{:06d}", start, step=(3, 7, 11, 17))
    for rec in recs:
        h, m = rec["hm"]
        dt = datetime.datetime(*rec["day"], h, m)
        rec["reported_at"] = dt.strftime("%a %b %-d, %Y at %-I:%M %p")
        rec["type"] = rec["type"].lower()
        rec["location"] = f"{rec['block']} block of {rec['street']}"
        rec["parcel"] = f"{r.randint(100, 999):04d}-{r.randint(100, 399)}-{r.randint(1, 40):02d}"
        rec["key"] = rec["case_number"][-4:]
        d = r.choice(["no arrest", "no arrest", "under investigation", "arrest", "cited", "closed"])
        if d == "arrest":
            num = f"B25-{r.randint(1000, 9999)}"
            rec["related"].append(("booking_number", num))
            d = f"arrest, booking {num}"
        elif d == "cited":
            num = f"DC{r.randint(100000, 999999)}"
            rec["related"].append(("citation", num))
            d = f"cited, citation {num}"
        rec["disposition"] = d
    seen = []
    for rec in recs:
        if seen and r.random() < 0.08:
            rec["related"].append(("earlier_case_cited", r.choice(seen)["case_number"]))
        seen.append(rec)
    keys = set()
    for rec in recs:  # keys must be unique on the map
        assert rec["key"] not in keys
        keys.add(rec["key"])
    return sorted(recs, key=lambda x: (x["beat"], x["day"], x["hm"]))


SENT = ["A resident reported it after returning home.", "Nothing further was found in the area.",
        "A witness gave a partial description.", "Video from a neighbor's camera was requested.",
        "The owner declined further action.", "Officers canvassed the block."]


def dp_text(rec, r):
    s = (f"[{rec['key']}] On {rec['reported_at']}, officers took a report of {rec['type']} in the "
         f"{rec['location']} (parcel {rec['parcel']}, grid {rec['cell']}). {r.choice(SENT)} ")
    for kind, num in rec["related"]:
        if kind == "earlier_case_cited":
            s += f"Linked to earlier report {num}. "
    return s + f"Report {rec['case_number']}; {rec['disposition']}."


def draw_dp(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    r = random.Random(len(recs))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(36, h - 40, "DORRANCE POLICE DEPARTMENT - NEIGHBORHOOD CRIME MAP")
    c.setFont("Helvetica", 8.5)
    c.drawString(36, h - 53, f"{label}   Community Policing Office 555-0126")
    c.drawRightString(w - 36, h - 53, f"Page 1 of {pages or 0}")
    x0, y0, mw, mh = 60, 170, 470, 540
    cw, ch = map_frame(c, x0, y0, mw, mh, COLS, 5, r, "Map: Dorrance GIS / county parcel layer")
    used = {}
    for rec in recs:
        ci, rj = COLS.index(rec["cell"][0]), int(rec["cell"][1]) - 1
        k = used.get(rec["cell"], 0)
        used[rec["cell"]] = k + 1
        px = x0 + ci * cw + 8 + (k % 3) * 26
        py = y0 + mh - rj * ch - 12 - (k // 3) * 13
        pin(c, px, py, rec["key"], 5.5)
    c.setFont("Helvetica", 8)
    c.drawString(60, 130, "Labels are the last four digits of the report number. Beats: 1-6.")
    c.showPage()
    page = [1]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, h - 40, "What happened near you, by beat")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 36, h - 40, f"Page {page[0]} of {pages or 0}")
        return h - 62

    y = head()
    for beat in range(1, 7):
        members = [x for x in recs if x["beat"] == beat]
        if y < 80:
            c.showPage()
            y = head()
        cells = sorted(set(x["cell"] for x in members))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, y, f"BEAT {beat} ({len(members)} incidents) - grid cells {', '.join(cells)}")
        y -= 14
        for rec in members:
            lines = simpleSplit(dp_text(rec, r), "Helvetica", 8, w - 84)
            if y - 10 * len(lines) < 40:
                c.showPage()
                y = head()
            c.setFont("Helvetica", 8)
            for j, ln in enumerate(lines):
                c.drawString(36 if j == 0 else 48, y, ln)
                y -= 10
            y -= 4
        y -= 6
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(36, y - 6, f"Incidents on this map: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Kelso Harbor map book

def kh_records(r, dd, n, start):
    recs, _ = base(r, dd, n, "KH25-{:05d}", start)
    for rec in recs:
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}{m:02d}"
        rec["tile"] = r.choice(["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2"])  # C3 is open water
        rec["location"] = f"{rec['block'] + r.randint(1, 99)} {rec['street']}"
        rec["parcel"] = f"{r.randint(1000, 9999)}.{r.randint(10, 99)}"
        rec["disposition"] = add_related(r, rec, "KHB-{}", "H{}")
        rec["edge"] = r.random() < 0.12
    tiles = [f"{a}{b}" for a in "ABC" for b in (1, 2, 3)]
    pages = []
    for t in tiles:
        members = sorted([x for x in recs if x["tile"] == t], key=lambda x: (x["day"], x["hm"]))
        for i, rec in enumerate(members, 1):
            rec["key"] = f"{t}-{i}"
        pages.append((t, members))
    for t, members in pages:  # edge incidents are shown again on the next tile east (or south)
        for rec in members:
            if rec["edge"]:
                nxt = f"{chr(ord(t[0]) + 1)}{t[1]}" if t[0] != "C" else f"C{int(t[1]) + 1}"
                rec["edge_tile"] = nxt
    return pages


def draw_kh(path, pages_, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    r = random.Random(7)
    n = sum(len(m) for _, m in pages_)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(36, h - 44, "KELSO HARBOR POLICE DEPARTMENT")
    c.setFont("Helvetica", 9)
    c.drawString(36, h - 58, f"Incident Map Book - {label}   Records 555-0139")
    c.drawRightString(w - 36, h - 58, f"Page 1 of {pages or 0}")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, h - 90, "TILE INDEX (incidents per tile)")
    x0, y0 = 60, h - 420
    cw, ch = map_frame(c, x0, y0, 420, 300, "ABC", 3, r, "Index map (c) Kelso Harbor GIS")
    cnt = {t: len(m) for t, m in pages_}
    c.setFont("Helvetica-Bold", 16)
    for t, k in cnt.items():
        ci, rj = "ABC".index(t[0]), int(t[1]) - 1
        c.drawCentredString(x0 + (ci + 0.5) * cw, y0 + 300 - (rj + 0.5) * ch, str(k))
    c.setFont("Helvetica", 9)
    c.drawString(60, y0 - 50, f"Incidents in this map book: {n}")
    c.drawString(60, y0 - 62, "Each tile page shows its pins, keyed tile-number, and the tile's incidents. "
                 "Incidents near a tile edge")
    c.drawString(60, y0 - 74, "are also drawn on the neighbouring tile and referenced there.")
    c.showPage()
    page = [1]
    refs = {}
    for _t, members in pages_:
        for rec in members:
            if rec.get("edge_tile"):
                refs.setdefault(rec["edge_tile"], []).append(rec)
    for t, members in pages_:
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, f"MAP TILE {t}")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 36, h - 40, f"Page {page[0]} of {pages or 0}")
        mx0, my0 = 60, h - 330
        c.rect(mx0, my0, 460, 270)
        names = r.sample(STREETS, 3)
        c.setStrokeGray(0.6)
        c.setLineWidth(2)
        for i, nm in enumerate(names):
            yy = my0 + 60 + i * 80
            c.line(mx0, yy, mx0 + 460, yy)
            c.setFont("Helvetica-Oblique", 6)
            c.drawString(mx0 + 465, yy - 2, nm.upper())
        c.setStrokeGray(0)
        c.setLineWidth(0.8)
        shown = members + refs.get(t, [])
        for i, rec in enumerate(shown):
            px, py = mx0 + 14 + (i % 6) * 74, my0 + 250 - (i // 6) * 24
            pin(c, px, py, rec["key"], 6, 0.2 if rec in members else 0.6)
        y = my0 - 24
        c.setFont("Helvetica-Bold", 7.5)
        cols = [(36, "Key"), (72, "Case No."), (130, "Reported"), (196, "Offense"), (312, "Address"),
                (410, "Parcel"), (450, "Disposition")]
        for x, tt in cols:
            c.drawString(x, y, tt)
        c.line(36, y - 3, w - 36, y - 3)
        y -= 14
        if not members:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(36, y, "No incidents in this tile.")
            y -= 12
        for rec in members:
            c.setFont("Helvetica", 7.5)
            vals = [rec["key"], rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                    rec["parcel"], rec["disposition"]]
            for (x, _), v in zip(cols, vals):
                c.drawString(x, y, v)
            y -= 10.5
        for rec in refs.get(t, []):
            c.setFillGray(0.45)
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(36, y, f"(edge)  {rec['case_number']}  listed on tile {rec['tile']} as {rec['key']}")
            c.setFillGray(0)
            y -= 10.5
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y - 4, f"Tile {t}: {len(members)} incidents")
        c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, seed):
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
        "git_blob": "generated", "generator": f"make_blind_logs103.py (seed {SEED} + {seed})",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs103.py) from the records it drew; "
                               "checked by check_blind_logs103.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def flatten(rows):
    if rows and isinstance(rows[0], tuple):
        return [rec for _, members in rows for rec in members]
    return rows


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in runs:
        rows = make(r, dd, n, start)
        pages = draw(d / fname, rows, label, None)
        draw(d / fname, rows, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, flatten(rows), fields, notes, count_check, seed))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "tf": ("Weekly crime map report. PAGE 1 is a map: a grid A-F by 1-5 with street lines (names outside the "
           "frame), one pin per geocoded incident LABELLED WITH THE FULL CASE NUMBER (TF25-NNNNN), a legend of "
           "three crime categories with counts, 'Incidents mapped: M' and 'Not mapped (address not geocoded): "
           "K'. Pages 2+ are the listing: column titles repeated per page, Case No. (the id), Reported "
           "(MM/DD/YYYY HH:MM), Offense, Block Address ('1200 BLK NORLAND AVE'), Grid (cell, '--' when not "
           "mapped), Beat, Disposition ('Arrest, booking BK25-NNNN', 'Citation TC-NNNNNN' are related). "
           "TRAP: every mapped id is printed twice (pin label and listing row) for one record; legend counts "
           "and grid/beat numbers are not records. Ends 'Total incidents listed: N'.",
           "rows counted from the generator; 'Total incidents listed' equals record_count"),
    "cc": ("GIS attribute-table export in Courier, landscape: a layer header (Features selected, spatial "
           "reference, extent coordinates) then columns FID (running feature number from 0), INCIDENT_NO "
           "(2025-NNNNNN, the id), RPT_DATE ('10/14/2025 6:12:00 AM'), OFFENSE, ADDRESS, PARCEL_ID "
           "('NN-NN-NNN-NNN', not an id), BEAT, GRID, POINT_X, POINT_Y (state-plane feet), DISPO. TWIST: one "
           "feature per OFFENSE: an incident with 2-3 offences is 2-3 consecutive rows repeating the "
           "INCIDENT_NO, date, address, parcel and coordinates; it is ONE record whose type is the list of "
           "offences. Ends 'Summary statistics: Count of features F; Count of unique INCIDENT_NO N' (N is the "
           "record count).",
           "distinct INCIDENT_NO counted from the generator; equals the summary's unique count"),
    "mu": ("Campus crime map pin report. PAGE 1 is a campus map (grid A-D by 1-4, building outlines with "
           "names) with black pins carrying SHORT KEYS 1..P (pin numbers, not ids), 'Pins on map: P    "
           "Incidents: N'. Then a 'Pin table' of labelled blocks ordered by PIN number: a grey bar 'PIN p   "
           "Grid C2   <building>   (k incidents)' and under it k incident blocks with labels 'Incident #:' "
           "(MU25-NNNN, the id), 'Reported:', 'Type:', 'Disposition:', 'Location:'. TRAP: a pin holds 1-3 "
           "incidents (stacked at one spot), so pins are not records; pins are numbered by map position, so "
           "the blocks are NOT in time order. 'Referred to Millbrook PD, case MPD25-NNNNN' is related.",
           "incident blocks counted from the generator; 'Incidents:' on the map page equals record_count"),
    "dp": ("Neighborhood crime map digest. PAGE 1 is a map (grid A-F by 1-5) whose pins are labelled with "
           "the LAST FOUR DIGITS of the report number (short keys, not ids). Then free text by beat: "
           "'BEAT b (k incidents) - grid cells ...' headings and one paragraph per incident: '[KKKK] On Tue Oct "
           "14, 2025 at 2:05 PM, officers took a report of <type> in the <block> block of <street> (parcel "
           "NNNN-NNN-NN, grid D3). <sentence> [Linked to earlier report 25-NNNNNN.] Report 25-NNNNNN; "
           "<disposition>.' The id is the number after 'Report', near the end; the bracketed key repeats its "
           "last four digits. TRAPS: parcels are digit-dash numbers; 'Linked to earlier report' cites an "
           "earlier record's id (related, kind earlier_case_cited); grouped by beat, so not in time order; "
           "bookings (B25-NNNN) and citations (DCNNNNNN) are related. Ends 'Incidents on this map: N'.",
           "paragraphs counted from the generator; 'Incidents on this map' equals record_count"),
    "kh": ("Incident map book. PAGE 1: a tile index map (tiles A1-C3) with the incident COUNT printed large "
           "in each tile, and 'Incidents in this map book: N'. Then ONE PAGE PER TILE in order A1, A2, ... C3: "
           "'MAP TILE B2', a map with pins keyed '<tile>-<n>' (B2-1, B2-2, ...), then the tile's table (Key, "
           "Case No. KH25-NNNNN the id, Reported 'MM/DD/YYYY HHMM', Offense, Address, Parcel 'NNNN.NN', "
           "Disposition: 'Arrest, booking KHB-NNNN', 'Citation HNNNNNN' are related), and 'Tile B2: k "
           "incidents'. Tile C3 is open water: 'No incidents in this tile.', 'Tile C3: 0 incidents', yet it "
           "may carry edge references. TRAPS: not in time order (tile "
           "order); an incident near a tile edge is drawn again on the next tile and REFERENCED there in a "
           "grey italic line '(edge)  KH25-NNNNN  listed on tile B2 as B2-3': a repeat, not a record; pin "
           "keys and tile counts are not records.",
           "table rows counted from the generator; the index total and the tile counts equal record_count"),
}


def main():
    one_agency(
        "thornfield-st-pd", 1,
        [("tfpd-crime-map-2025-10-06-12.pdf", days(10, 6, 12), "October 6 - 12, 2025", 58, 4410),
         ("tfpd-crime-map-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 66, 4520)],
        tf_records, draw_tf, "Thornfield Police Department [invented]",
        "weekly crime map report (map with case-number pins, then listing)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition", "beat"], *NOTES["tf"])
    one_agency(
        "calloway-county-st-so", 2,
        [("ccso-incident-points-2025-10-01-15.pdf", days(10, 1, 15), "10/01/2025 - 10/15/2025", 84, 18800)],
        cc_records, draw_cc, "Calloway County Sheriff's Office [invented]",
        "GIS attribute table export of incident points (one feature per offense)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition", "beat"], *NOTES["cc"])
    one_agency(
        "millbrook-university-dps", 3,
        [("mu-dps-pin-report-2025-09.pdf", days(9, 1, 30), "September 2025", 47, 310),
         ("mu-dps-pin-report-2025-10.pdf", days(10, 1, 31), "October 2025", 54, 390)],
        mu_records, draw_mu, "Millbrook University Department of Public Safety [invented]",
        "campus crime map pin report (numbered pins, pin table)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["mu"])
    one_agency(
        "dorrance-st-pd", 4,
        [("dorrance-neighborhood-map-2025-10-13-26.pdf", days(10, 13, 26), "October 13 - 26, 2025", 62,
          12040)],
        dp_records, draw_dp, "Dorrance Police Department [invented]",
        "neighborhood crime map digest (last-four-digit map labels, paragraphs by beat)", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["dp"])
    one_agency(
        "kelso-harbor-st-pd", 5,
        [("khpd-map-book-2025-10-01-15.pdf", days(10, 1, 15), "October 1 - 15, 2025", 57, 2210),
         ("khpd-map-book-2025-10-16-31.pdf", days(10, 16, 31), "October 16 - 31, 2025", 63, 2290)],
        kh_records, draw_kh, "Kelso Harbor Police Department [invented]",
        "incident map book (tile index, one page per map tile)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["kh"])


if __name__ == "__main__":
    main()
