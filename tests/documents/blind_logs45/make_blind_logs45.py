"""Generate the forty-fifth held-out set of incident-log PDFs and their ground truth.

Five invented non-police public bodies that answer incident-log requests from their own records: a
school district's safety office (a monthly table whose time column is led by the bell period), a public
hospital's security desk (labelled occurrence blocks whose id is printed only under a barcode, between
Code 39 asterisks), a housing authority (a monthly report to the board: prose paragraphs per housing
development, several incidents run together in each, maintenance work orders mentioned beside them), a
parks department (one page per day: a parks-by-hour board of letters, then the incident key, then a
list of park permits that are not incidents) and a water and power utility (a ticket-queue export in
which security incidents are mixed with work orders and service requests of other series).
Every body, place and record is invented; no person is named. Output is deterministic: fixed seeds,
reportlab invariant mode. Run:
    python tests/documents/blind_logs45/make_blind_logs45.py [OUT_DIR]
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
SEED = 20251645
STREETS = ["Amberly", "Brookhaven", "Corliss", "Dunstan", "Everly", "Foxmoor", "Gantry", "Hallam", "Inverley",
           "Jessop", "Kirtland", "Lowrie", "Mallory", "Netherby", "Orwell", "Prescott", "Rushmere"]


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


def day_times(r, days, n, lo=0, hi=1440):
    slots = [(i, m) for i in range(len(days)) for m in range(lo, hi)]
    picks = sorted(r.sample(range(len(slots)), n))
    return [(days[slots[p][0]], slots[p][1] // 60, slots[p][1] % 60) for p in picks]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def long_day(d):
    return datetime.date(*d).strftime("%A, %B %-d, %Y")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


# ---------------------------------------------------------------- A: Hearthmoor USD school safety log

HM_SCHOOLS = ["Alder Creek Elementary", "Bellwood Elementary", "Corran Middle School", "Danford Middle School",
              "Hearthmoor High School", "Kinloch High School", "Westvale Continuation HS"]
HM_SPOTS = ["Gym", "Cafeteria", "Main office", "Parking lot", "Bus loop", "Room 114", "Room 207", "Library",
            "Field", "Restroom (B wing)", "Front gate", "Locker room"]
HM_TYPES = ["Fight / mutual combat", "Vandalism - graffiti", "Theft - personal property", "Trespass on campus",
            "Threat (verbal)", "Vape / tobacco possession", "Bullying report", "Weapon look-alike found",
            "Medical aid - injury", "Unauthorized adult on campus", "Alarm activation", "Lockdown drill interrupted",
            "Suspicious package", "Truancy sweep contact"]
HM_DISP = ["Handled by site admin", "Parent notified", "Referred to counseling", "Restorative conference",
           "Suspension - 1 day", "Closed - unfounded", "Facilities work request", "SRO report"]
BELLS = [(420, 475, "Before"), (475, 530, "P1"), (530, 585, "P2"), (585, 640, "P3"), (640, 695, "P4"),
         (695, 735, "Lunch"), (735, 790, "P5"), (790, 845, "P6"), (845, 1140, "After")]


def bell(minute):
    return next((b for lo, hi, b in BELLS if lo <= minute < hi), "Eve")


def hm_records(r, dd, n, start):
    school_days = [d for d in dd if datetime.date(*d).weekday() < 5]
    recs = []
    for (d, h, m), k in zip(day_times(r, school_days, n, 420, 1260), ids_in_series(r, n, start)):
        rec = {"case_number": f"HUSD-S25-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "bell_period": bell(h * 60 + m), "type": r.choice(HM_TYPES),
               "location": f"{r.choice(HM_SCHOOLS)} - {r.choice(HM_SPOTS)}", "disposition": r.choice(HM_DISP),
               "related": []}
        if rec["disposition"] == "SRO report":
            num = f"HPD 25-{r.randint(10000, 39999)}"
            rec["disposition"] = f"SRO report, {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_hm(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Incident No."), (112, "Date"), (160, "Bell"), (188, "Time"), (216, "School / place"),
            (356, "Incident type"), (466, "Action taken")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "HEARTHMOOR UNIFIED SCHOOL DISTRICT")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 52, f"Office of School Safety  -  Safety Incident Log  -  {label}")
        c.drawRightString(w - 36, h - 40, "School Safety Desk 555-0163")
        c.drawRightString(w - 36, h - 52, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7)
        for x, t in cols:
            c.drawString(x, h - 72, t)
        c.setLineWidth(0.6)
        c.line(36, h - 75, w - 36, h - 75)
        return h - 86

    def foot():
        c.setFont("Helvetica-Oblique", 6.5)
        c.drawString(36, 30, "Bell: Before = before first bell; P1-P6 = class periods; After = after dismissal; "
                             "Eve = evening events. Student names withheld (FERPA).")

    y = head()
    for rec in recs:
        loc = wrap(rec["location"], "Helvetica", 7, 134)
        typ = wrap(rec["type"], "Helvetica", 7, 104)
        dsp = wrap(rec["disposition"], "Helvetica", 7, 108)
        lines = max(len(loc), len(typ), len(dsp))
        if y - 9 * lines < 60:
            foot()
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7)
        c.drawString(36, y, rec["case_number"])
        c.drawString(112, y, rec["reported_at"].split()[0])
        c.setFont("Helvetica-Bold", 7)
        c.drawString(160, y, rec["bell_period"])
        c.setFont("Helvetica", 7)
        c.drawString(188, y, rec["reported_at"].split()[1])
        for x, cell in ((216, loc), (356, typ), (466, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        c.setLineWidth(0.2)
        c.line(36, y - 9 * lines + 5, w - 36, y - 9 * lines + 5)
        y -= 9 * lines + 2
    counts = {}
    for rec in recs:
        school = rec["location"].split(" - ")[0]
        counts[school] = counts.get(school, 0) + 1
    if y - 30 - 10 * len(counts) < 60:
        foot()
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 12, f"Incidents this month: {len(recs)}")
    c.drawString(36, y - 28, "BY SCHOOL")
    c.setFont("Helvetica", 7.5)
    y -= 40
    for school in sorted(counts):
        c.drawString(52, y, school)
        c.drawRightString(260, y, str(counts[school]))
        y -= 10
    foot()
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Calderon County Medical Center security

CC_TYPES = ["Aggressive visitor", "Assault on staff", "Elopement - patient left unit", "Theft - staff locker",
            "Code Gray response", "Suspicious person", "Vehicle break-in (garage)", "Found property",
            "Trespass - ED lobby", "Weapon screening find", "Disruptive patient", "Infant security alarm"]
CC_UNITS = ["Emergency Dept", "ED lobby", "4 West (Med/Surg)", "3 East (Behavioral)", "Parking Garage B",
            "Main entrance", "Labor & Delivery", "Pharmacy corridor", "ICU waiting", "Loading dock"]
CC_CODES = ["None", "None", "Code Gray", "Code Gray", "Code Silver", "Code Pink", "Code Amber"]
CC_OUT = ["Resolved on scene", "Escorted off campus", "Trespass warning issued", "Patient returned to unit",
          "Report to risk management", "Property logged", "Deputies called"]
CC_NARR = ["Officers stood by while staff de-escalated; no injuries reported.",
           "Area checked and cameras reviewed; nothing further found.",
           "Person was calm on arrival and left when asked.",
           "Charge nurse requested a standby for the rest of the shift.",
           "Item was placed in the security safe with a property tag.",
           "Staff member declined medical evaluation at the time."]


def cc_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"SEC{k:06d}", "type": r.choice(CC_TYPES),
               "reported_at": f"{mdy(d)} {h:02d}{m:02d}", "location": r.choice(CC_UNITS),
               "code_called": r.choice(CC_CODES), "disposition": r.choice(CC_OUT),
               "summary": " ".join(r.sample(CC_NARR, r.choice((1, 2)))), "related": []}
        if rec["disposition"] == "Deputies called":
            num = f"CCSO 25-{r.randint(100000, 399999)}"
            rec["disposition"] = f"Deputies called, {num}"
            rec["related"].append(("other_agency_case", num))
        if r.random() < 0.25:
            num = f"PSE-25-{r.randint(1000, 9999)}"
            rec["summary"] += f" Patient safety event {num} entered by unit."
            rec["related"].append(("patient_safety_event", num))
        recs.append(rec)
    return recs


def barcode(c, x, y, text, height):
    """Decorative Code 39-like bars (graphics only) with the human-readable text under them."""
    bits = "".join(format(ord(ch) * 37 % 251, "08b") for ch in text)
    c.setFillGray(0)
    xx = x
    for b in bits:
        wdt = 1.4 if b == "1" else 0.6
        c.rect(xx, y, wdt, height, stroke=0, fill=1)
        xx += wdt + 0.7
    return xx


def draw_cc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(40, h - 42, "CALDERON COUNTY MEDICAL CENTER")
        c.setFont("Times-Roman", 9)
        c.drawString(40, h - 55, f"Department of Security Services  -  Security Occurrence Log  -  {label}")
        c.drawRightString(w - 40, h - 42, "Security Desk 555-0171")
        c.drawRightString(w - 40, h - 55, f"Form SEC-12 (rev. 03/2024)   page {page[0]}/{pages or 0}")
        c.setFont("Times-Italic", 7)
        c.drawString(40, 28, "CONFIDENTIAL - patient identifiers removed before release. Times are 24-hour.")
        return h - 72

    y = head()
    labels = [("Occurrence:", "type"), ("Date/Time In:", "reported_at"), ("Unit / Floor:", "location"),
              ("Code Called:", "code_called"), ("Outcome:", "disposition")]
    for rec in recs:
        narr = wrap(rec["summary"], "Times-Roman", 8.5, w - 80 - 110)
        height = 16 + 11 * (len(labels) + len(narr)) + 6
        if y - height < 45:
            c.showPage()
            y = head()
        top = y
        c.setLineWidth(0.5)
        c.rect(40, top - height, w - 80, height, stroke=1, fill=0)
        end = barcode(c, w - 200, top - 14, rec["case_number"], 10)
        c.setFillGray(0)
        yy = top - 26
        for i, (lab, key) in enumerate(labels):
            c.setFont("Times-Bold", 8.5)
            c.drawString(48, yy, lab)
            c.setFont("Times-Roman", 8.5)
            c.drawString(130, yy, rec[key])
            if i == 0:
                c.setFont("Courier", 8)
                c.drawCentredString((w - 200 + end) / 2, yy, f"*{rec['case_number']}*")
            yy -= 11
        c.setFont("Times-Bold", 8.5)
        c.drawString(48, yy, "Narrative:")
        c.setFont("Times-Roman", 8.5)
        for t in narr:
            c.drawString(130, yy, t)
            yy -= 11
        y = top - height - 8
    if y < 70:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 9)
    c.drawString(40, y - 12, f"Occurrences logged: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Marrowgate Housing Authority board report

MH_DEVS = [("Birchfield Court", 212), ("Cannery Row Homes", 96), ("Elm Terrace Senior Apartments", 140),
           ("Harbor View Gardens", 188), ("Larkmoor Townhomes", 64), ("Osgood Street Scattered Sites", 38)]
MH_TYPES = ["a noise complaint was made", "a resident reported a break-in to a storage unit",
            "a fire alarm was pulled with no fire", "a non-resident was found sleeping in a stairwell",
            "a resident reported a car window smashed", "graffiti was found on a fence",
            "a fight between two visitors was reported", "a resident reported a threatening note",
            "an unauthorized occupant was reported", "drug paraphernalia was found in a laundry room",
            "a resident reported a stolen package", "a dog bite was reported"]
MH_OUT = ["the manager spoke with the household", "a lease violation notice {lv} was issued",
          "police were called and took report {pd}", "the unit was inspected the next morning",
          "no further action was needed", "the resident was referred to the safety committee"]
MH_WO = ["the lobby door closer was replaced", "two parking lot lights were repaired",
         "the elevator was serviced after a stall", "a broken window in the laundry room was boarded",
         "the playground gate latch was fixed", "exterior cameras were re-aimed", "a roof leak was patched"]


def mh_records(r, dd, n, start):
    weights = [r.randint(4, 12) for _ in MH_DEVS]
    devs = r.choices(range(len(MH_DEVS)), weights=weights, k=n)
    for dev in range(len(MH_DEVS)):
        if dev not in devs:
            devs[devs.index(max(devs, key=devs.count))] = dev
    ids = ids_in_series(r, n, start)
    times = day_times(r, dd, n)
    per = {}
    for i, dev in enumerate(devs):
        per.setdefault(dev, []).append(i)
    recs = []
    for dev in sorted(per):
        for i in per[dev]:
            d, h, m = times[i]
            rec = {"case_number": f"MHA25-{ids[i]:04d}", "development": MH_DEVS[dev][0],
                   "reported_at": f"{datetime.date(*d).strftime('%b')} {d[2]} at {h:02d}:{m:02d}",
                   "type": r.choice(MH_TYPES), "location": f"Bldg {r.randint(1, 9)}, Apt {r.randint(1, 40)}",
                   "related": []}
            out = r.choice(MH_OUT)
            if "{lv}" in out:
                num = f"LV-{r.randint(1000, 4999)}"
                out = out.format(lv=num)
                rec["related"].append(("notice", num))
            elif "{pd}" in out:
                num = f"MPD 25-{r.randint(100000, 299999)}"
                out = out.format(pd=num)
                rec["related"].append(("other_agency_case", num))
            rec["disposition"] = out
            recs.append(rec)
    return recs


def mh_paragraph(r, dev, group, units):
    parts = [f"{dev} ({units} units). {len(group)} resident safety incidents were logged."]
    for i, rec in enumerate(group):
        lead = "On" if i == 0 else r.choice(("Then on", "On", "Later, on"))
        parts.append(f"{lead} {rec['reported_at']} ({rec['case_number']}), {rec['type']} at {rec['location']}; "
                     f"{rec['disposition']}.")
        if r.random() < 0.3:
            parts.append(f"Maintenance: work order WO 25-{r.randint(10000, 19999)}, {r.choice(MH_WO)}.")
    return " ".join(parts)


def draw_mh(path, recs, label, pages):
    r = random.Random(SEED + 300 + len(recs))
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 44, "MARROWGATE HOUSING AUTHORITY")
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(w / 2, h - 57, f"Property Management Report to the Board of Commissioners - {label}")
        c.setFont("Times-Roman", 8)
        c.drawCentredString(w / 2, 30, f"Agenda item 6(b)  -  page {page[0]} of {pages or 0}  -  "
                                       f"Resident Services 555-0158")
        return h - 84

    y = head()
    c.setFont("Times-Roman", 10)
    intro = ("This report covers resident safety incidents recorded by site managers and the after-hours "
             "line, grouped by development. Each incident is cited by its incident report number. "
             "Work orders mentioned are maintenance items, not incidents.")
    for t in wrap(intro, "Times-Italic", 10, w - 144):
        c.setFont("Times-Italic", 10)
        c.drawString(72, y, t)
        y -= 13
    y -= 8
    seen = []
    for dev, units in MH_DEVS:
        group = [x for x in recs if x["development"] == dev]
        seen.append((dev, units, len(group)))
        lines = wrap(mh_paragraph(r, dev, group, units), "Times-Roman", 10, w - 144)
        for j, t in enumerate(lines):
            if y < 60:
                c.showPage()
                y = head()
            c.setFont("Times-Roman", 10)
            if j == 0:
                c.setFont("Times-Bold", 10)
                c.drawString(72, y, dev)
                c.setFont("Times-Roman", 10)
                c.drawString(72 + c.stringWidth(dev, "Times-Bold", 10), y, t[len(dev):])
            else:
                c.drawString(72, y, t)
            y -= 13
        y -= 9
    if y < 200:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 10)
    c.drawString(72, y, f"Resident safety incidents this month: {len(recs)}")
    y -= 22
    c.drawString(72, y, "Occupancy")
    c.setFont("Times-Roman", 9)
    y -= 14
    for x, t in ((72, "Development"), (300, "Units"), (360, "Occupied"), (430, "Vacant")):
        c.drawString(x, y, t)
    for dev, units, _ in seen:
        y -= 12
        occ = units - r.randint(0, 6)
        c.drawString(72, y, dev)
        for x, v in ((320, units), (390, occ), (450, units - occ)):
            c.drawRightString(x, y, str(v))
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Ashdown Parks daily activity board

AP_PARKS = ["Larkin Park", "Fennimore Sports Complex", "Ashdown Aquatic Center", "Quarry Trail", "Riverside Commons",
            "Tolland Dog Park", "Mill Pond Preserve", "Civic Plaza"]
AP_SPOTS = ["restroom building", "north lot", "picnic shelter 2", "trailhead", "ball field 3", "skate area",
            "boat launch", "playground", "pool deck", "amphitheater"]
AP_TYPES = ["Vandalism - graffiti", "Illegal dumping", "Dog off leash", "Alcohol in park", "Camping after hours",
            "Lost child reunited", "Vehicle on trail", "Injury - fall", "Theft from vehicle", "Fireworks",
            "Harassment of staff", "Smoking in park", "Fishing without license"]
AP_DISP = ["Warning given", "Report taken", "Citation issued", "Referred to police", "Facilities notified",
           "Gone on arrival", "Resolved"]
AP_EVENTS = ["Birthday party, shelter 2", "Youth soccer league", "Farmers market", "Wedding photos",
             "5K charity run", "Company picnic", "Tai chi class", "Church gathering"]


def ap_records(r, dd, n, start):
    per_day = [1] * len(dd)
    for _ in range(n - len(dd)):
        per_day[r.randrange(len(dd))] += 1
    recs, ids = [], ids_in_series(r, n, start)
    k = 0
    for d, cnt in zip(dd, per_day):
        hours = sorted(r.sample(range(6, 23), cnt)) if cnt <= 17 else None
        for j, hr in enumerate(hours):
            m = r.randint(0, 59)
            rec = {"case_number": f"PR25-{ids[k]:04d}", "reported_at": f"{mdy(d)} {hr:02d}:{m:02d}",
                   "letter": "abcdefghijklmnopq"[j], "park": r.choice(AP_PARKS), "type": r.choice(AP_TYPES),
                   "disposition": r.choice(AP_DISP), "related": []}
            rec["location"] = f"{rec['park']}, {r.choice(AP_SPOTS)}"
            if rec["disposition"] == "Citation issued":
                num = f"APC{r.randint(100000, 999999)}"
                rec["disposition"] = f"Citation {num}"
                rec["related"].append(("citation", num))
            elif rec["disposition"] == "Referred to police":
                num = f"APD 25-{r.randint(10000, 49999)}"
                rec["disposition"] = f"Referred to police ({num})"
                rec["related"].append(("other_agency_case", num))
            recs.append(rec)
            k += 1
    return recs


def draw_ap(path, recs, label, pages):
    r = random.Random(SEED + 400 + len(recs))
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["reported_at"].split()[0], []).append(rec)
    page = 0
    for day, group in by_day.items():
        page += 1
        d = datetime.datetime.strptime(day, "%m/%d/%Y").date()
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 40, "CITY OF ASHDOWN - PARKS AND RECREATION - PARK RANGER UNIT")
        c.setFont("Helvetica", 9)
        c.drawString(36, h - 54, f"Daily Park Activity Board     {long_day((d.year, d.month, d.day))}")
        c.drawRightString(w - 36, h - 40, f"{label}   sheet {page} of {pages or 0}")
        c.drawRightString(w - 36, h - 54, "Ranger Office 555-0149")
        # the board: parks down, hours across
        x0, cw, top = 170, 32, h - 76
        c.setFont("Helvetica-Bold", 7)
        for i, hr in enumerate(range(6, 23)):
            c.drawCentredString(x0 + cw * i + cw / 2, top, f"{hr:02d}")
        permits = []
        for _ in range(r.randint(1, 4)):
            permits.append((r.choice(AP_PARKS), r.randint(8, 20), f"PMT-25-{r.randint(1000, 1999)}",
                            r.choice(AP_EVENTS)))
        permits.sort(key=lambda p: p[1])
        c.setLineWidth(0.3)
        for pi, park in enumerate(AP_PARKS):
            yy = top - 14 - 13 * pi
            c.setFont("Helvetica", 7.5)
            c.drawString(36, yy, park)
            c.line(36, yy - 3, x0 + cw * 17, yy - 3)
            marks = {}
            for rec in group:
                if rec["park"] == park:
                    hr = int(rec["reported_at"].split()[1][:2])
                    marks.setdefault(hr, []).append(rec["letter"])
            for pk, hr, _, _ in permits:
                if pk == park:
                    marks.setdefault(hr, []).append("x")
            c.setFont("Helvetica-Bold", 8)
            for hr, ls in marks.items():
                c.drawCentredString(x0 + cw * (hr - 6) + cw / 2, yy, " ".join(ls))
        for i in range(18):
            c.line(x0 + cw * i, top + 9, x0 + cw * i, top - 14 - 13 * 7 - 3)
        y = top - 14 - 13 * 8 - 16
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, y, "INCIDENTS (letters on the board)")
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        cols = [(36, "Key"), (60, "Incident No."), (118, "Time"), (150, "Incident"), (290, "Park / place"),
                (470, "Disposition")]
        for x, t in cols:
            c.drawString(x, y, t)
        y -= 11
        c.setFont("Helvetica", 7.5)
        for rec in group:
            c.drawString(36, y, rec["letter"])
            c.drawString(60, y, rec["case_number"])
            c.drawString(118, y, rec["reported_at"].split()[1])
            c.drawString(150, y, rec["type"])
            c.drawString(290, y, rec["location"])
            c.drawString(470, y, rec["disposition"])
            y -= 10
        y -= 8
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, y, "PERMITTED USE (x on the board) - not incidents")
        c.setFont("Helvetica", 7.5)
        for pk, hr, num, ev in permits:
            y -= 10
            c.drawString(36, y, "x")
            c.drawString(60, y, num)
            c.drawString(118, y, f"{hr:02d}:00")
            c.drawString(150, y, ev)
            c.drawString(290, y, pk)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(36, 30, f"Incidents today: {len(group)}    Permits today: {len(permits)}")
        if page == len(by_day):
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(w - 36, 30, f"Incidents this period: {len(recs)}")
        c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- E: Kestrel Valley Water and Power ticket queue

KV_SITES = ["Lindell Substation", "Pump Station 7", "Corwin Reservoir", "North Yard", "Headquarters lobby",
            "Treatment Plant 2", "Tower Rd Switchyard", "Customer Service Center", "Well Field 12"]
KV_SEC = ["Trespass - fenced area", "Copper wire theft", "Gate forced open", "Vandalism - meter bank",
          "Suspicious vehicle", "Threat to employee", "Burglary - tool crib", "Drone over facility",
          "Fence cut", "Unauthorized person in lobby", "Theft of fuel", "Graffiti on tank"]
KV_SVC = ["Replace gate actuator", "Camera offline", "Badge reader fault", "Light out - perimeter",
          "Fence repair request", "Lock rekey", "Alarm panel battery", "Customer meter access"]
KV_STATUS = ["Closed - report filed", "Closed - no loss", "Open - investigating", "Referred to KVSO",
             "Closed - patrol increased", "Closed - unfounded"]
KV_SVC_STATUS = ["Completed", "Scheduled", "In progress", "Closed"]


def kv_records(r, dd, n, start):
    total = n + r.randint(48, 60)
    stamps = day_times(r, dd, total)
    kinds = ["SEC"] * n + ["WO"] * ((total - n) * 2 // 3) + ["SR"] * (total - n - (total - n) * 2 // 3)
    r.shuffle(kinds)
    sec_ids = iter(ids_in_series(r, n, start))
    rows = []
    for (d, h, m), kind in zip(stamps, kinds):
        opened = f"{mdy(d)} {h:02d}:{m:02d}"
        if kind == "SEC":
            rec = {"kind": "SEC", "case_number": f"KVS25-{next(sec_ids):04d}", "reported_at": opened,
                   "type": r.choice(KV_SEC), "location": r.choice(KV_SITES), "disposition": r.choice(KV_STATUS),
                   "linked": "", "related": []}
            if rec["disposition"] == "Referred to KVSO":
                num = f"KVSO-25-{r.randint(10000, 39999)}"
                rec["linked"] = num
                rec["related"].append(("other_agency_case", num))
            elif r.random() < 0.3:
                num = f"WO-{r.randint(2500000, 2599999)}"
                rec["linked"] = num
                rec["related"].append(("work_order", num))
        else:
            num = f"WO-{r.randint(2500000, 2599999)}" if kind == "WO" else f"SR-{r.randint(880000, 889999)}"
            rec = {"kind": kind, "ticket": num, "reported_at": opened, "type": r.choice(KV_SVC),
                   "location": r.choice(KV_SITES), "disposition": r.choice(KV_SVC_STATUS), "linked": ""}
        rows.append(rec)
    return rows


def draw_kv(path, rows, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    cols = [(36, "Ticket"), (110, "Opened"), (192, "Queue"), (252, "Category"), (390, "Site"),
            (505, "Status"), (625, "Linked")]
    qname = {"SEC": "SECURITY", "WO": "FACILITIES", "SR": "CUST SVC"}
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(36, h - 36, "KESTREL VALLEY WATER AND POWER DISTRICT - CORPORATE SECURITY")
        c.setFont("Courier", 8)
        c.drawString(36, h - 48, f"Ticket queue export: SECURITY + FACILITIES + CUST SVC    Period {label}")
        c.drawRightString(w - 36, h - 36, f"pg {page[0]}/{pages or 0}")
        c.drawRightString(w - 36, h - 48, "Security Operations 555-0186")
        c.setFont("Courier-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 66, t)
        c.line(36, h - 69, w - 36, h - 69)
        return h - 80

    y = head()
    for rec in rows:
        if y < 50:
            c.showPage()
            y = head()
        c.setFont("Courier-Bold" if rec["kind"] == "SEC" else "Courier", 7.5)
        vals = [rec.get("case_number") or rec["ticket"], rec["reported_at"], qname[rec["kind"]], rec["type"],
                rec["location"], rec["disposition"], rec["linked"]]
        for (x, _), v in zip(cols, vals):
            c.drawString(x, y, v)
        y -= 10.5
    sec = sum(1 for x in rows if x["kind"] == "SEC")
    wo = sum(1 for x in rows if x["kind"] == "WO")
    if y < 80:
        c.showPage()
        y = head()
    c.setFont("Courier-Bold", 8)
    c.drawString(36, y - 14, f"Tickets in export: {len(rows)}  (security incidents {sec}, work orders {wo}, "
                             f"service requests {len(rows) - sec - wo})")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    recs = [x for x in recs if "case_number" in x]
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
        "git_blob": "generated", "generator": f"make_blind_logs45.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs45.py) from the records it drew; "
                               "checked by check_blind_logs45.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in runs:
        recs = make(r, dd, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "hm": ("School district safety office's monthly 'Safety Incident Log', portrait table, column titles "
           "repeated per page, hairline under each row. Columns: Incident No. (HUSD-S25-NNNNN, the id), Date "
           "(MM/DD/YYYY), Bell (the bell period 'P3', 'Lunch', 'Before', 'After', 'Eve': bold, a short word "
           "between the date and the time; kept as bell_period), Time (HH:MM; reported_at joins Date and Time "
           "with a space), School / place ('Corran Middle School - Gym', wraps), Incident type (wraps), Action "
           "taken (disposition, wraps; 'SRO report, HPD 25-NNNNN' cites the city police case: related, not an "
           "id). School days only. After the rows: 'Incidents this month: N' and a 'BY SCHOOL' list of school "
           "names with counts (not records). Page footer explains the Bell codes.",
           "rows counted from the generator; 'Incidents this month' equals record_count"),
    "cc": ("Public hospital security desk 'Security Occurrence Log' in ruled labelled blocks (Times). Each "
           "block: a decorative barcode at the top right (graphics only) and, under it, level with the first "
           "label, its human-readable text in Courier between Code 39 start/stop asterisks '*SEC001234*': the "
           "id is SEC001234 and is printed nowhere else. Labels: 'Occurrence:' (type), 'Date/Time In:' "
           "(MM/DD/YYYY HHMM, reported_at as printed), 'Unit / Floor:' (location), 'Code Called:' (kept as "
           "code_called; 'None' or a colour code), 'Outcome:' (disposition; 'Deputies called, CCSO "
           "25-NNNNNN' cites the sheriff's case), 'Narrative:' (summary, wraps; may cite a patient safety "
           "event 'PSE-25-NNNN' entered by the unit). Both are related numbers, not ids. Header carries the "
           "form number 'Form SEC-12 (rev. 03/2024)'. Blocks never split over pages. Ends 'Occurrences "
           "logged: N'.",
           "blocks counted from the generator; the closing count equals record_count"),
    "mh": ("Housing authority's monthly property management report to its board: prose, one paragraph per "
           "housing development ('Birchfield Court (212 units). N resident safety incidents were logged.'), "
           "the development's incidents run together as sentences 'On Oct 3 at 22:15 (MHA25-0412), a noise "
           "complaint was made at Bldg 4, Apt 12; a lease violation notice LV-2231 was issued.' (sentences "
           "may open 'Then on' or 'Later, on'). reported_at as printed ('Oct 3 at 22:15', no year: the year "
           "is only in the title), type is the clause after the id, location 'Bldg N, Apt N', disposition "
           "the clause after the semicolon. Related: lease violation notices 'LV-NNNN' and police reports "
           "'MPD 25-NNNNNN'. Between incidents, 'Maintenance: work order WO 25-NNNNN, ...' sentences that are "
           "NOT incidents and not part of one. Paragraphs wrap and cross pages. Ends 'Resident safety "
           "incidents this month: N' and an occupancy table (units, occupied, vacant).",
           "incident sentences counted from the generator; the closing count and the per-development counts "
           "add up to record_count"),
    "ap": ("Parks department 'Daily Park Activity Board', landscape, one page per day with the day heading "
           "('Tuesday, October 14, 2025'). Top: a board (parks down, hours 06-22 across) holding only key "
           "letters (a, b, c... for incidents; x for permitted use) in the hour cells. Under it 'INCIDENTS "
           "(letters on the board)': Key, Incident No. (PR25-NNNN, the id), Time (HH:MM), Incident (type), "
           "Park / place (location), Disposition ('Citation APCNNNNNN', 'Referred to police (APD 25-NNNNN)': "
           "related, not ids). Then 'PERMITTED USE (x on the board) - not incidents': permit rows "
           "'x PMT-25-NNNN 14:00 event park', which look like incident rows but are not records. reported_at "
           "joins the page's date and the time ('10/14/2025 14:20'). Footer 'Incidents today: n    Permits "
           "today: m'; the last page adds 'Incidents this period: N'.",
           "incident key rows counted from the generator; 'Incidents this period' equals record_count"),
    "kv": ("Water and power utility's ticket-queue export (landscape, Courier): one table mixing three "
           "queues. Only rows of Queue 'SECURITY' (ticket KVS25-NNNN, printed bold) are incidents; "
           "'FACILITIES' work orders (WO-NNNNNNN) and 'CUST SVC' service requests (SR-NNNNNN) are "
           "maintenance/service tickets interleaved by time, NOT records. Columns: Ticket, Opened "
           "(MM/DD/YYYY HH:MM, reported_at), Queue, Category (type), Site (location), Status (disposition), "
           "Linked (a work order WO-NNNNNNN or a sheriff's case KVSO-25-NNNNN linked to the incident: "
           "related, not ids). Ends 'Tickets in export: T  (security incidents N, work orders W, service "
           "requests S)': only N counts records.",
           "SECURITY rows counted from the generator; 'security incidents N' equals record_count"),
}


def main():
    one_agency(
        "hearthmoor-usd-ca-school-safety", 1,
        [("husd-safety-incident-log-2025-09.pdf", days(9, 1, 30), "September 2025", 46, 1180),
         ("husd-safety-incident-log-2025-10.pdf", days(10, 1, 31), "October 2025", 61, 1310)],
        hm_records, draw_hm, "Hearthmoor Unified School District, Office of School Safety, CA [invented]",
        "school district safety incident log (bell period column)", "table with header",
        ["case_number", "reported_at", "bell_period", "location", "type", "disposition"], *NOTES["hm"])
    one_agency(
        "calderon-county-medical-center-security", 2,
        [("ccmc-security-occurrences-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 44, 4410),
         ("ccmc-security-occurrences-2025-10-20-26.pdf", days(10, 20, 26), "October 20-26, 2025", 52, 4530)],
        cc_records, draw_cc, "Calderon County Medical Center, Department of Security Services, NM [invented]",
        "hospital security occurrence log (id only under a barcode)", "labelled blocks",
        ["case_number", "type", "reported_at", "location", "code_called", "disposition", "summary"], *NOTES["cc"])
    one_agency(
        "marrowgate-housing-authority-ri", 3,
        [("mha-board-report-2025-10.pdf", days(10, 1, 31), "October 2025", 63, 400)],
        mh_records, draw_mh, "Marrowgate Housing Authority, RI [invented]",
        "housing authority monthly report to the board (prose by development)", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["mh"])
    one_agency(
        "ashdown-parks-and-recreation-oh", 4,
        [("ashdown-park-board-2025-10-01-15.pdf", days(10, 1, 15), "Oct 1-15, 2025", 48, 700),
         ("ashdown-park-board-2025-10-16-31.pdf", days(10, 16, 31), "Oct 16-31, 2025", 55, 790)],
        ap_records, draw_ap, "City of Ashdown Parks and Recreation Department, Park Ranger Unit, OH [invented]",
        "daily park activity board (parks-by-hour letters, incident key, permit list)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ap"])
    one_agency(
        "kestrel-valley-water-power-security-id", 5,
        [("kvwp-ticket-queue-2025-10.pdf", days(10, 1, 31), "10/01/2025-10/31/2025", 84, 2200)],
        kv_records, draw_kv, "Kestrel Valley Water and Power District, Corporate Security, ID [invented]",
        "utility ticket-queue export (security incidents among work orders and service requests)",
        "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["kv"])


if __name__ == "__main__":
    main()
