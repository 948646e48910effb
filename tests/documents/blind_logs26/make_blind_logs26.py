"""Generate the twenty-sixth held-out set of incident-log PDFs and their ground truth.

Five layouts from the Mountain West and Plains: a county sheriff's table whose first column is
the location (highway mile markers) with another agency's case number in its own column; a city
police daily log printed newest first; a national park's ranger report in free text, the id in
the middle of each entry after "Logged as"; a reservation police log in labelled blocks whose
CAD event number is printed above the report number; a state university's Clery log whose crime
table is followed by a fire-log table with its own number series. Every agency, place and record
is invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant mode.
Run:
    python tests/documents/blind_logs26/make_blind_logs26.py [OUT_DIR]
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
SEED = 20251626
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


def stamps(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2))
        out.append(k)
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def weekday(d):
    return DAYNAMES[datetime.date(*d).weekday()]


# ---------------------------------------------------------------- generic ruled-free table
def draw_table(path, size, title_lines, cols, rows, closing, furniture, pages, font=7.2, gap=2.5):
    """cols: (title, x, width, key, fontname); rows: dicts. Header repeated per page."""
    c = new_canvas(path, size)
    w, h = size
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 40, title_lines[0])
        c.setFont("Helvetica", 8.5)
        for i, line in enumerate(title_lines[1:]):
            c.drawString(40, h - 53 - 11 * i, line)
        c.drawRightString(w - 40, h - 40, f"Page {page[0]} of {pages or 0}")
        y = h - 60 - 11 * len(title_lines[1:])
        c.setFont("Helvetica-Bold", font)
        for t, x, _, _, _ in cols:
            c.drawString(x, y, t)
        c.setLineWidth(0.8)
        c.line(40, y - 3, w - 40, y - 3)
        c.setFont("Helvetica", 7)
        c.drawString(40, 28, furniture)
        return y - 13

    y = head()
    for row in rows:
        if row.get("_section"):
            if y < 110:
                c.showPage()
                y = head()
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y - 4, row["_section"])
            y -= 16
            if row.get("_cols"):
                cols = row["_cols"]
                c.setFont("Helvetica-Bold", font)
                for t, x, _, _, _ in cols:
                    c.drawString(x, y, t)
                c.line(40, y - 3, w - 40, y - 3)
                y -= 13
            continue
        cells = [wrap(str(row.get(k, "")), fn, font, wd) for _, _, wd, k, fn in cols]
        nl = max(len(x) for x in cells)
        if y - nl * (font + 1.6) < 50:
            c.showPage()
            y = head()
        for (_, x, _, _, fn), lines in zip(cols, cells):
            c.setFont(fn, font)
            for i, line in enumerate(lines):
                c.drawString(x, y - i * (font + 1.6), line)
        y -= nl * (font + 1.6) + gap
    c.setFont("Helvetica-Bold", 8.5)
    for line in closing:
        if y < 60:
            c.showPage()
            y = head()
        y -= 6
        c.drawString(40, y, line)
        y -= 10
    c.save()
    return page[0]


# ---------------------------------------------------------------- 1 Wyoming county sheriff
ROUTES = ["US 287", "WYO 28", "WYO 789", "US 26", "I-80", "County Rd 114", "Lander Cutoff Rd"]
PLACES_SC = ["Bitterroot Flats", "Sweetgrass Junction", "Oxbow Ranch", "Tensleep Wash", "Crowheart Rd Gate"]
SC_TYPES = ["LIVESTOCK AT LARGE", "MOTORIST ASSIST", "TRAFFIC CRASH NON-INJURY", "WELFARE CHECK",
            "SUSPICIOUS VEHICLE", "CIVIL STANDBY", "TRESPASS", "DUI DRIVER", "BRAND INSPECTION ASSIST",
            "THEFT OF FUEL", "DOMESTIC DISTURBANCE", "ROAD HAZARD"]
SC_DISP = ["Report taken", "Unfounded", "Owner notified", "Assisted", "Gone on arrival", "Referred"]


def sc_records(r, days, n, start):
    out = []
    for (d, hh, mm), k in zip(stamps(r, days, n), serials(r, n, start)):
        if r.random() < 0.6:
            loc = f"{r.choice(ROUTES)} MM {r.randint(12, 260)}.{r.randint(0, 9)}"
        else:
            loc = f"{r.randint(10, 99) * 10} {r.choice(PLACES_SC)}"
        rec = {"case_number": f"SCSO25-{k:05d}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0] % 100:02d} {hh:02d}{mm:02d}",
               "type": r.choice(SC_TYPES), "location": loc, "disposition": r.choice(SC_DISP), "related": [],
               "other": ""}
        x = r.random()
        if x < 0.22:
            num = f"WHP 25-{r.randint(1000, 9999)}"
            rec["other"] = num
            rec["related"].append(("other_agency_case", num))
        elif x < 0.32:
            num = f"BLM-LE-25-{r.randint(100, 999)}"
            rec["other"] = num
            rec["related"].append(("other_agency_case", num))
        if rec["type"] == "DUI DRIVER" and r.random() < 0.8:
            b = f"SC-B25-{r.randint(1000, 4999)}"
            rec["disposition"] = f"Arrest, booked {b}"
            rec["related"].append(("booking_number", b))
        out.append(rec)
    return out


def draw_sc(path, recs, label, pages):
    cols = [("Location", 40, 120, "location", "Helvetica"),
            ("Rcvd", 168, 60, "reported_at", "Helvetica"),
            ("Call Type", 232, 100, "type", "Helvetica"),
            ("Case No.", 338, 72, "case_number", "Helvetica-Bold"),
            ("Other Agency #", 416, 70, "other", "Helvetica"),
            ("Disposition", 492, 82, "disposition", "Helvetica")]
    n = len(recs)
    closing = [f"Calls logged: {n}", "Other agency numbers are listed for reference only.",
               "Dispatch records are subject to revision."]
    return draw_table(path, letter, [f"SAGEBRUSH COUNTY SHERIFF'S OFFICE - DISPATCH CALL LOG ({label})",
                                     "Courthouse Annex, Dry Fork, WY  307-555-0142",
                                     "Sorted by time received. Mile markers per WYDOT."],
                      cols, recs, closing, "SCSO Records Unit  |  Public release copy", pages)


# ---------------------------------------------------------------- 2 Kansas city PD (newest first)
KS_STREETS = ["Cottonwood", "Wheatland", "Santa Fe Trail", "Buffalo", "Sunflower", "Prairie View",
              "Osage", "Chisholm", "Kaw River", "Elm Creek"]
KS_OFF = ["THEFT UNDER $1500", "CRIMINAL DAMAGE TO PROPERTY", "BATTERY", "DUI", "DISORDERLY CONDUCT",
          "BURGLARY - VEHICLE", "HARASSMENT BY TELECOM", "IDENTITY THEFT", "WARRANT SERVICE",
          "DRIVING WHILE SUSPENDED", "RUNAWAY JUVENILE", "FOUND PROPERTY"]
KS_DISP = ["Closed", "Inactive", "Open - investigation", "Cleared by arrest", "Referred to DA",
           "Unfounded"]


def ks_records(r, days, n, start):
    out = []
    for (d, hh, mm), k in zip(stamps(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"25-{k:06d}", "reported_at": f"{mdy(d)} {hh:02d}:{mm:02d}",
               "type": r.choice(KS_OFF),
               "location": f"{r.randint(1, 39) * 100 + r.randint(0, 99)} {r.choice(KS_STREETS)} "
                           f"{r.choice(['St', 'Ave', 'Rd', 'Dr'])}",
               "officer": f"#{r.randint(100, 499):04d}", "disposition": r.choice(KS_DISP), "related": []}
        if rec["disposition"] == "Cleared by arrest":
            b = f"RCJ-{r.randint(250000, 259999)}"
            rec["disposition"] = f"Cleared by arrest - booked Reno Co. Jail {b}"
            rec["related"].append(("booking_number", b))
        elif r.random() < 0.15:
            cnum = f"MC25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Municipal citation {cnum}"
            rec["related"].append(("citation", cnum))
        out.append(rec)
    out.reverse()
    return out


def draw_ks(path, recs, label, pages):
    cols = [("Date / Time Rptd", 40, 70, "reported_at", "Helvetica"),
            ("Case Number", 114, 54, "case_number", "Helvetica-Bold"),
            ("Offense", 172, 104, "type", "Helvetica"),
            ("Address", 282, 110, "location", "Helvetica"),
            ("Ofc", 396, 28, "officer", "Helvetica"),
            ("Status", 430, 142, "disposition", "Helvetica")]
    closing = [f"Reports on this log: {len(recs)}", "Most recent reports appear first."]
    return draw_table(path, letter, ["CITY OF PRAIRIE BEND POLICE DEPARTMENT - DAILY CASE LOG",
                                     f"Period: {label}    (newest first)",
                                     "400 N Main St, Prairie Bend, KS  620-555-0177"],
                      cols, recs, closing, "PBPD Records  -  Officer numbers are badge numbers, not case numbers",
                      pages)


# ---------------------------------------------------------------- 3 National park rangers (free text)
GB_DIST = ["NORTH DISTRICT", "CANYON DISTRICT", "LAKE DISTRICT"]
GB_PLACES = ["Tern Lake trailhead", "Obsidian Rim overlook", "Elk Meadow campground loop C",
             "Sulphur Springs boardwalk", "Hayden Pass road", "Lower Falls parking", "Cinder Cone trail"]
GB_TYPES = ["Visitor assist", "Wildlife jam", "Resource violation", "Off-trail travel in thermal area",
            "Motor vehicle accident", "Lost hiker", "Camping violation", "Food storage violation",
            "Medical assist", "Speeding"]
GB_NARR = ["Ranger contacted the party and explained the closure.",
           "Traffic held for twelve minutes while bison crossed.",
           "Party located near the junction and escorted out.",
           "Vehicle towed to the service area; no injuries.",
           "Subject cooperative; area signed again.",
           "Medical unit responded from the station."]
GB_OUT = ["Verbal warning given.", "Resolved on scene.", "Report to follow.", "Referred to district ranger."]


def gb_records(r, days, n, start):
    out = []
    for (d, hh, mm), k in zip(stamps(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"GB25-{k:04d}", "day": d, "time": f"{hh:02d}{mm:02d}",
               "reported_at": f"{mdy(d)} {hh:02d}{mm:02d}", "district": r.choice(GB_DIST),
               "type": r.choice(GB_TYPES), "location": r.choice(GB_PLACES),
               "summary": r.choice(GB_NARR), "disposition": r.choice(GB_OUT), "related": []}
        if r.random() < 0.2:
            v = f"E{r.randint(4500000, 4599999)}"
            rec["disposition"] = f"Violation notice {v} issued."
            rec["related"].append(("citation", v))
        if out and r.random() < 0.12:
            prev = r.choice(out[-6:])["case_number"]
            rec["summary"] += f" Follow-up to {prev}."
            rec["related"].append(("earlier_case_cited", prev))
        out.append(rec)
    return out


def draw_gb(path, recs, label, pages):
    c = new_canvas(path, letter)
    w, h = letter
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 42, "GRANITE BASIN NATIONAL PARK")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(w / 2, h - 56, f"Law Enforcement Rangers - Morning Report to the Chief Ranger, {label}")
        c.setFont("Times-Italic", 8)
        c.drawString(50, 30, "Chief Ranger's Office, Basin Village, WY 82999  307-555-0163")
        c.drawRightString(w - 50, 30, f"{page[0]} of {pages or 0}")
        return h - 84

    y = head()
    cur = None
    counts = {}
    for rec in recs:
        counts[rec["day"]] = counts.get(rec["day"], 0) + 1
    for rec in recs:
        if rec["day"] != cur:
            if cur is not None:
                c.setFont("Times-Italic", 9)
                c.drawString(60, y, f"Entries for {cur[2]} {MONTHS[cur[1] - 1]}: {counts[cur]}")
                y -= 16
            cur = rec["day"]
            if y < 120:
                c.showPage()
                y = head()
            c.setFont("Times-Bold", 10.5)
            c.drawString(50, y, f"{weekday(cur)} {cur[2]} {MONTHS[cur[1] - 1]} {cur[0]}")
            y -= 15
        text = (f"{rec['district']}. {rec['type']}, {rec['location']}. Logged as {rec['case_number']}. "
                f"{rec['summary']} {rec['disposition']}")
        lines = wrap(text, "Times-Roman", 9.5, w - 150)
        if y - 12 * len(lines) < 50:
            c.showPage()
            y = head()
        c.setFont("Times-Bold", 9.5)
        c.drawString(60, y, f"[{rec['time']}]")
        c.setFont("Times-Roman", 9.5)
        for i, line in enumerate(lines):
            c.drawString(100, y - 12 * i, line)
        y -= 12 * len(lines) + 5
    c.setFont("Times-Italic", 9)
    c.drawString(60, y, f"Entries for {cur[2]} {MONTHS[cur[1] - 1]}: {counts[cur]}")
    y -= 20
    c.setFont("Times-Bold", 10)
    c.drawString(50, y, f"Case incident records this report: {len(recs)}")
    c.save()
    return page[0]


# ---------------------------------------------------------------- 4 Reservation PD (labelled blocks)
AC_NATURE = ["Intoxicated person", "Domestic", "Criminal trespass", "Assault", "Welfare check",
             "Juvenile problem", "Animal complaint", "Property damage", "Vehicle theft", "Disturbance"]
AC_PLACES = ["Agency Village housing area, unit", "Community center, door", "BIA Route 7 at mile",
             "Little Medicine district, house", "Powwow grounds, gate"]
AC_OUT = ["Subject released to family", "Taken to detox", "Report made", "Advised and left",
          "No contact", "Tribal court referral"]


def ac_records(r, days, n, start):
    out = []
    for (d, hh, mm), k in zip(stamps(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"ACPD-25-{k:04d}", "cad": f"E25-{r.randint(100000, 199999)}",
               "reported_at": f"{MONTHS[d[1] - 1][:3]} {d[2]} {d[0]} @ {hh:02d}{mm:02d}",
               "type": r.choice(AC_NATURE), "location": f"{r.choice(AC_PLACES)} {r.randint(2, 48)}",
               "disposition": r.choice(AC_OUT), "related": [], "outside": ""}
        rec["related"].append(("cad_event", rec["cad"]))
        if r.random() < 0.18:
            num = f"BIA-OJS 25-{r.randint(1000, 9999)}"
            rec["outside"] = f"Bureau of Indian Affairs OJS case {num}"
            rec["related"].append(("other_agency_case", num))
        if r.random() < 0.15:
            t = f"TC-25-{r.randint(300, 999)}"
            rec["disposition"] = f"Tribal court citation {t}"
            rec["related"].append(("citation", t))
        out.append(rec)
    return out


def draw_ac(path, recs, label, pages):
    c = new_canvas(path, letter)
    w, h = letter
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, h - 40, "ANTELOPE CREEK RESERVATION POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, h - 53, f"Incident report register  -  {label}  -  Agency Village, ND  701-555-0129")
        c.drawRightString(w - 50, h - 40, f"pg {page[0]}/{pages or 0}")
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(50, 28, "Names of victims, juveniles and witnesses withheld under tribal code.")
        return h - 78

    y = head()
    for rec in recs:
        pairs = [("CAD EVENT", rec["cad"]), ("REPORT NO.", rec["case_number"]), ("NATURE", rec["type"]),
                 ("RECEIVED", rec["reported_at"]), ("LOCATION", rec["location"]),
                 ("OUTCOME", rec["disposition"])]
        if rec["outside"]:
            pairs.append(("OUTSIDE AGENCY", rec["outside"]))
        need = 11 * len(pairs) + 12
        if y - need < 50:
            c.showPage()
            y = head()
        c.setLineWidth(2.5)
        c.line(50, y + 8, 50, y - 11 * len(pairs) + 6)
        for i, (lab, val) in enumerate(pairs):
            c.setFont("Helvetica-Bold" if lab == "REPORT NO." else "Helvetica", 6.5)
            c.drawString(58, y - 11 * i, lab)
            c.setFont("Helvetica-Bold" if lab == "REPORT NO." else "Helvetica", 8.5)
            c.drawString(140, y - 11 * i, val)
        y -= 11 * len(pairs)
        c.setLineWidth(0.4)
        c.line(50, y + 2, w - 50, y + 2)
        c.line(50, y, w - 50, y)
        y -= 12
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y - 4, f"Reports in register: {len(recs)}")
    c.save()
    return page[0]


# ---------------------------------------------------------------- 5 Colorado state university (crime + fire log)
FR_BLDG = ["Aspen Hall", "Longs Peak Residence Hall rm", "Engineering Annex", "Rec Center",
           "Lot 14 (Prospect Rd)", "Morgan Library", "Horsetooth Apartments bldg"]
FR_NAT = ["Theft - bicycle", "Liquor law violation", "Drug law violation", "Burglary", "Vandalism",
          "Fondling", "Stalking", "Theft - other", "Trespass", "Motor vehicle theft"]
FR_DISP = ["Closed", "Open", "Referred to Student Conduct", "Cleared - arrest", "Inactive"]
FIRE_NAT = ["Trash can fire", "Cooking fire, contained", "Dryer lint fire", "Vehicle fire in lot"]
FIRE_CAUSE = ["Unintentional", "Under investigation", "Intentional"]


def fr_records(r, days, n, start):
    nf = 12
    crimes, fires = [], []
    for (d, hh, mm), k in zip(stamps(r, days, n - nf), serials(r, n - nf, start)):
        od = (d[0], d[1], max(1, d[2] - r.choice((0, 0, 1))))
        oh = max(0, hh - r.randint(1, 5))
        b = r.choice(FR_BLDG)
        if b.endswith(("rm", "bldg")):
            b = f"{b} {r.randint(100, 420)}"
        rec = {"case_number": f"FRSU25-{k:05d}", "reported_at": f"{mdy(d)} {hh:02d}:{mm:02d}",
               "occurred": f"{mdy(od)} {oh:02d}:00 - {mdy(d)} {hh:02d}:{mm:02d}",
               "type": r.choice(FR_NAT), "location": b, "disposition": r.choice(FR_DISP), "related": []}
        if rec["disposition"] == "Cleared - arrest":
            s = f"LC-M-25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Cleared - arrest, summons {s}"
            rec["related"].append(("citation", s))
        elif r.random() < 0.12:
            o = f"FCPS 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to city police ({o})"
            rec["related"].append(("other_agency_case", o))
        crimes.append(rec)
    for (d, hh, mm), k in zip(stamps(r, days, nf), serials(r, nf, 40)):
        b = r.choice(FR_BLDG)
        if b.endswith(("rm", "bldg")):
            b = f"{b} {r.randint(100, 420)}"
        fires.append({"case_number": f"F25-{k:03d}", "reported_at": f"{mdy(d)} {hh:02d}:{mm:02d}",
                      "occurred": f"{mdy(d)} {hh:02d}:{mm:02d}", "type": r.choice(FIRE_NAT),
                      "location": b, "cause": r.choice(FIRE_CAUSE),
                      "disposition": f"${r.choice((0, 50, 200, 1500))} damage", "related": []})
    return crimes + fires


def draw_fr(path, recs, label, pages):
    crimes = [x for x in recs if x["case_number"].startswith("FRSU")]
    fires = [x for x in recs if x["case_number"].startswith("F25")]
    cols = [("Case #", 40, 58, "case_number", "Helvetica-Bold"),
            ("Reported", 102, 62, "reported_at", "Helvetica"),
            ("Occurred (from - to)", 168, 70, "occurred", "Helvetica"),
            ("Nature", 242, 90, "type", "Helvetica"),
            ("General Location", 336, 100, "location", "Helvetica"),
            ("Disposition", 440, 132, "disposition", "Helvetica")]
    fcols = [("Fire #", 40, 58, "case_number", "Helvetica-Bold"),
             ("Reported", 102, 62, "reported_at", "Helvetica"),
             ("Occurred", 168, 70, "occurred", "Helvetica"),
             ("Nature of Fire", 242, 90, "type", "Helvetica"),
             ("Location", 336, 100, "location", "Helvetica"),
             ("Cause", 440, 66, "cause", "Helvetica"),
             ("Damage", 510, 62, "disposition", "Helvetica")]
    rows = crimes + [{"_section": "FIRE LOG (residential facilities and campus grounds)", "_cols": fcols}] + fires
    closing = [f"Crime log entries: {len(crimes)}   Fire log entries: {len(fires)}   Total: {len(recs)}"]
    return draw_table(path, letter, ["FRONT RANGE STATE UNIVERSITY POLICE DEPARTMENT",
                                     f"Daily Crime and Fire Log - {label}",
                                     "Public log kept under the Clery Act. Loveland Pass Rd campus, CO 80999  970-555-0118"],
                      cols, rows, closing, "FRSUPD  |  entries may be updated within two business days", pages)


# ---------------------------------------------------------------- ground truth
SAMPLE_KEYS = ("case_number", "reported_at", "occurred", "type", "location", "summary", "disposition", "cause")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_KEYS if k in fields and recs[i].get(k, "") != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs26.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": list(fields), "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs26.py) from the records it drew; "
                               "checked by check_blind_logs26.py against `pdftotext -layout` text",
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
    "sc": ("County sheriff dispatch call log, portrait, column titles repeated per page under a rule. The "
           "FIRST column is the Location (highway and mile marker 'US 287 MM 141.3' or a ranch road address), "
           "then Rcvd 'MM/DD/YY HHMM' (two-digit year, reported_at as printed), Call Type, Case No. "
           "(SCSO25-NNNNN, the id, bold, in the FOURTH column), 'Other Agency #' (Highway Patrol 'WHP 25-NNNN' "
           "or 'BLM-LE-25-NNN': related other_agency_case, not ids), Disposition ('Arrest, booked "
           "SC-B25-NNNN': booking number, related). Ends 'Calls logged: N' and two notes lines.",
           "rows counted from the generator; 'Calls logged' equals record_count"),
    "ks": ("City police daily case log printed NEWEST FIRST (reverse time order; case numbers descend). "
           "Columns: Date / Time Rptd 'MM/DD/YYYY HH:MM', Case Number '25-NNNNNN' (bold), Offense (upper "
           "case, wraps), Address (wraps), Ofc (badge number '#0NNN', digits, not an id), Status (wraps; "
           "'booked Reno Co. Jail RCJ-NNNNNN' booking and 'Municipal citation MC25-NNNNN': related). Ends "
           "'Reports on this log: N'. Page footer says badge numbers are not case numbers.",
           "rows counted from the generator; 'Reports on this log' equals record_count"),
    "gb": ("National park rangers' morning report in Times, free text. Day headings 'Tuesday 14 October 2025'; "
           "each entry a paragraph with a bold bracketed time '[1422]' in a left gutter, then 'DISTRICT. Type, "
           "place. Logged as GB25-NNNN.' (the id in the MIDDLE of the entry), a narrative sentence (summary; "
           "'Follow-up to GB25-NNNN' cites an EARLIER record, related earlier_case_cited) and an outcome "
           "sentence (disposition; 'Violation notice ENNNNNNN issued.': citation, related). After each day "
           "'Entries for 14 October: N' (a count, not a record); ends 'Case incident records this report: N'. "
           "reported_at joins the heading date as MM/DD/YYYY and the time.",
           "entries counted from the generator; the closing count equals record_count"),
    "ac": ("Reservation police incident report register in labelled blocks: a thick left bar, small "
           "upper-case labels in a left column, values to the right. Each block opens with 'CAD EVENT' "
           "(E25-NNNNNN, a dispatch number of another series: related cad_event, NOT the id), then 'REPORT NO.' "
           "(ACPD-25-NNNN, the id), NATURE (type), RECEIVED 'Oct 14 2025 @ 2213' (reported_at as printed), "
           "LOCATION, OUTCOME (disposition; 'Tribal court citation TC-25-NNN': related), sometimes "
           "'OUTSIDE AGENCY' with a BIA OJS case number (related). Double rule between blocks, blocks not "
           "split over pages. Ends 'Reports in register: N'.",
           "blocks counted from the generator; the closing count equals record_count"),
    "fr": ("University Clery 'Daily Crime and Fire Log': a crime table (Case # FRSU25-NNNNN, Reported, "
           "Occurred as a from-to range that wraps over two lines, Nature, General Location, Disposition "
           "with 'summons LC-M-25-NNNNN' citations and 'Referred to city police (FCPS 25-NNNNN)' cases: "
           "related), then a heading 'FIRE LOG' and a SECOND table with other column titles whose rows are "
           "fire-log entries with their own series (F25-NNN, Fire #; Cause; Damage '$200 damage' kept as "
           "disposition). Fire entries are records too and come after the crimes in case_numbers. Ends "
           "'Crime log entries: N   Fire log entries: M   Total: T' (T counts records).",
           "rows counted from the generator; 'Total:' equals record_count"),
}


def main():
    one_agency("sagebrush-county-wy-so", 1,
               [("scso-call-log-2025-10-13-16.pdf", days(10, 13, 16), "10/13/25 - 10/16/25", 92, 8800)],
               sc_records, draw_sc, "Sagebrush County Sheriff's Office, WY [invented]",
               "dispatch call log (location first, other agency numbers column)", "table with header",
               ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["sc"])
    one_agency("prairie-bend-ks-pd", 2,
               [("pbpd-daily-case-log-2025-10-20-21.pdf", days(10, 20, 21), "10/20/2025 - 10/21/2025", 74, 14200),
                ("pbpd-daily-case-log-2025-10-22.pdf", days(10, 22, 22), "10/22/2025", 47, 14320)],
               ks_records, draw_ks, "City of Prairie Bend Police Department, KS [invented]",
               "daily case log (newest first)", "table with header",
               ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ks"])
    one_agency("granite-basin-np-wy-rangers", 3,
               [("gbnp-morning-report-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 52, 610)],
               gb_records, draw_gb, "Granite Basin National Park Law Enforcement Rangers, WY [invented]",
               "rangers' morning report (id mid-entry after 'Logged as')", "free text",
               ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["gb"])
    one_agency("antelope-creek-reservation-nd-pd", 4,
               [("acpd-report-register-2025-10-01-15.pdf", days(10, 1, 15), "October 1-15, 2025", 48, 1130)],
               ac_records, draw_ac, "Antelope Creek Reservation Police Department, ND [invented]",
               "incident report register (labelled blocks, CAD event number first)", "labelled blocks",
               ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ac"])
    one_agency("front-range-state-university-co-pd", 5,
               [("frsupd-crime-fire-log-2025-10.pdf", days(10, 1, 31), "October 2025", 70, 1400)],
               fr_records, draw_fr, "Front Range State University Police Department, CO [invented]",
               "daily crime and fire log (two tables, two number series)", "table with header",
               ["case_number", "reported_at", "occurred", "type", "location", "disposition", "cause"],
               *NOTES["fr"])


if __name__ == "__main__":
    main()
