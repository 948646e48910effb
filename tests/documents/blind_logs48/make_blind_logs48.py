"""Generate the forty-eighth held-out set of incident-log PDFs and their ground truth.

Five Gulf Coast and Deep South agencies whose logs were printed from older systems and then faxed
or photocopied: every page carries a fax header line and a 'Page n of N' counter, pages look
degraded (speckle, a copier streak, a slight skew on some), RECEIVED stamps and handwritten-looking
notes are printed as text. A parish sheriff's complaint log split across two fax transmissions; a
city media log whose pages are skewed and carry margin notes; a city police incident-card log of
labelled blocks with daily tallies between the cards; a harbor police typewritten narrative with
the id at the end of each entry; a county sheriff's green-bar dispatch printout whose records open
with a CAD number and carry the case number on their second line.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs48/make_blind_logs48.py [OUT_DIR]
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
SEED = 20254848
W, H = letter
STREETS = ["Bayou Teche", "Cypress Bend", "Live Oak", "Magnolia", "Pecan Grove", "Palmetto", "Shell Bank",
           "Egret", "Heron Point", "Levee", "Cane Field", "Sugarmill", "Azalea", "Camellia", "Oyster Bay",
           "Marsh Hen", "Tupelo", "Sweetgum", "Okra", "Catfish Pond", "Delta", "Jessamine"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Hwy", "Loop"]
TYPES = ["THEFT", "BURGLARY - RESIDENCE", "BURGLARY - VEHICLE", "DISTURBANCE", "SIMPLE BATTERY",
         "CRIMINAL DAMAGE", "SUSPICIOUS PERSON", "DOMESTIC DISTURBANCE", "TRAFFIC ACCIDENT",
         "DWI", "NARCOTICS", "WELFARE CHECK", "TRESPASSING", "ALARM", "UNAUTHORIZED USE OF VEHICLE",
         "FRAUD", "SHOPLIFTING", "LOUD MUSIC", "ANIMAL COMPLAINT", "WARRANT SERVICE"]
DISPOS = ["REPORT TAKEN", "UNFOUNDED", "CLEARED", "REFERRED TO CID", "GONE ON ARRIVAL", "ADVISED",
          "ARREST", "CITATION ISSUED", "SUPPLEMENT PENDING"]
NOTES_HAND = ["supp. req'd", "to CID", "dup?", "call back", "ok", "copy to DA", "see narr.", "hold"]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def addr(r):
    if r.random() < 0.2:
        return f"{r.choice(STREETS)} {r.choice(SUFFIX)} at {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def stamps(r, days, n):
    """n sorted (date, hh, mm) over the given days."""
    out = [(datetime.date(*r.choice(days)), r.randint(0, 23), r.randint(0, 59)) for _ in range(n)]
    return sorted(out)


def ids(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.randint(1, 3)
        out.append(k)
    return out


def base_records(r, days, n, start, fmt_id, fmt_time):
    recs = []
    for (d, hh, mm), k in zip(stamps(r, days, n), ids(r, n, start)):
        rec = {"case_number": fmt_id(k), "reported_at": fmt_time(d, hh, mm), "type": r.choice(TYPES),
               "location": addr(r), "disposition": r.choice(DISPOS), "related": [], "_date": d}
        recs.append(rec)
    return recs


def add_related(r, rec, kinds):
    """kinds: list of (probability, kind, maker); the number goes into the disposition text."""
    for p, kind, make in kinds:
        if r.random() < p:
            text, num = make(r)
            rec["disposition"] = f"{rec['disposition']} {text}"
            rec["related"].append((kind, num))
            return


def degrade(c, r, skew=0.0):
    """Copier speckle and a streak; drawn as shapes, never as text."""
    c.saveState()
    c.setFillGray(0.55)
    for _ in range(70):
        c.circle(r.uniform(10, W - 10), r.uniform(10, H - 10), r.uniform(0.2, 0.8), stroke=0, fill=1)
    c.setFillGray(0.88)
    c.rect(r.uniform(60, W - 60), 0, r.uniform(1.5, 4), H, stroke=0, fill=1)
    c.restoreState()


def fax_header(c, when, sender, phone, page, total):
    c.setFont("Courier", 7.5)
    c.drawString(24, H - 16, f"{when}  FROM:{sender}  {phone}  TO:5550119  P.{page:03d}/{total:03d}")


def stamp(c, x, y, text, angle):
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeGray(0.35)
    c.setFillGray(0.35)
    c.setFont("Helvetica-Bold", 11)
    w = c.stringWidth(text[0], "Helvetica-Bold", 11)
    c.roundRect(-6, -20, w + 12, 34, 4, stroke=1, fill=0)
    c.drawString(0, 2, text[0])
    c.setFont("Helvetica-Bold", 7)
    c.drawString(0, -12, text[1])
    c.restoreState()


def hand(c, x, y, text, angle=4, size=9):
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setFont("Times-Italic", size)
    c.setFillGray(0.25)
    c.drawString(0, 0, text)
    c.restoreState()


# ---------------------------------------------------------------- A: Chacahoula Parish SO (two faxes)

def cp_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"CP25-{k:06d}",
                        lambda d, hh, mm: f"{d:%m/%d/%Y} {hh:02d}:{mm:02d}")
    for rec in recs:
        rec["type"] = rec["type"][:24]
        add_related(r, rec, [
            (0.14, "booking_number", lambda r: (lambda b: (f"BKG# {b}", b))(f"25-{r.randint(1000, 9999):05d}")),
            (0.12, "other_agency_case", lambda r: (lambda b: (f"(LSP TRP C {b})", b))(
                f"C25-{r.randint(10000, 99999)}")),
        ])
    return recs


CP_COLS = [(30, "CASE NO."), (104, "RECEIVED"), (188, "COMPLAINT"), (318, "LOCATION"), (452, "DISPOSITION")]


def draw_cp(paths, parts, pages):
    """parts: two record lists, one per fax transmission; pages: [p1, p2] or None.

    The fax header counts pages within a transmission; 'Page n of N' counts across both."""
    total = sum(pages) if pages else 99
    counts = []
    first = 1
    for ti, (path, recs) in enumerate(zip(paths, parts)):
        n = draw_cp_part(path, recs, ti, pages[ti] if pages else 99, first, total, parts)
        counts.append(n)
        first += n
    return counts


def draw_cp_part(path, recs, ti, tp, first, total, parts):
    r = random.Random(SEED + 100 + ti)
    c = new_canvas(path)
    when = ["NOV 04 2025 08:12AM", "NOV 04 2025 08:31AM"][ti]
    state = {"local": 0}

    def head():
        state["local"] += 1
        local = state["local"]
        degrade(c, r)
        fax_header(c, when, "CHACAHOULA PSO RECORDS", "985 555-0142", local, tp)
        c.setFont("Courier-Bold", 10)
        c.drawString(30, H - 40, "CHACAHOULA PARISH SHERIFF'S OFFICE - COMPLAINT LOG")
        c.setFont("Courier", 8)
        c.drawString(30, H - 52, "PERIOD 10/27/2025 - 11/02/2025   PRINTED 11/03/2025 16:40   CPSO-RMS v2.1")
        c.drawRightString(W - 30, H - 52, f"Page {first + local - 1} of {total}")
        c.setFont("Courier-Bold", 8)
        for x, t in CP_COLS:
            c.drawString(x, H - 70, t)
        c.line(30, H - 73, W - 30, H - 73)
        if local == 1:
            stamp(c, W - 170, H - 30, ("RECEIVED", "NOV 04 2025  RECORDS UNIT"), -3)
        return H - 86

    y = head()
    if ti == 1:
        c.setFont("Courier", 8)
        c.drawString(30, y, "*** CONTINUED FROM TRANSMISSION 1 OF 2 ***")
        y -= 14
    for rec in recs:
        loc = simpleSplit(rec["location"], "Courier", 8, 128)
        dis = simpleSplit(rec["disposition"], "Courier", 8, 128)
        need = max(len(loc), len(dis)) * 10 + 3
        if y - need < 50:
            c.showPage()
            y = head()
        c.setFont("Courier", 8)
        c.drawString(30, y, rec["case_number"])
        c.drawString(104, y, rec["reported_at"])
        c.drawString(188, y, rec["type"])
        for i, t in enumerate(loc):
            c.drawString(318, y - 10 * i, t)
        for i, t in enumerate(dis):
            c.drawString(452, y - 10 * i, t)
        y -= need
    c.setFont("Courier", 8)
    if ti == 0:
        c.drawString(30, y - 8, "*** END OF TRANSMISSION 1 OF 2 - LOG CONTINUES ***")
    else:
        n = sum(len(p) for p in parts)
        c.drawString(30, y - 8, f"TOTAL COMPLAINTS THIS LOG: {n}")
        c.drawString(30, y - 20, f"ARRESTS: {sum(1 for p in parts for x in p if 'ARREST' in x['disposition'])}")
        c.drawString(30, y - 32, "*** END OF TRANSMISSION 2 OF 2 ***")
    c.showPage()
    c.save()
    return state["local"]


# ---------------------------------------------------------------- B: Pelican Point PD (skewed, notes)

def pp_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"PP-2025-{k:05d}",
                        lambda d, hh, mm: f"{d:%m/%d/%Y} {hh:02d}{mm:02d}")
    for rec in recs:
        rec["type"] = rec["type"].title().replace("Dwi", "DWI")
        rec["disposition"] = rec["disposition"].capitalize().replace(" cid", " CID")
        add_related(r, rec, [
            (0.15, "citation", lambda r: (lambda b: (f"UTC {b}", b))(f"AL{r.randint(1000000, 9999999)}")),
            (0.10, "other_agency_case", lambda r: (lambda b: (f"(Baldwin Co. SO {b})", b))(
                f"25-{r.randint(10000, 99999)}-SO")),
        ])
    return recs


def draw_pp(path, recs, label, pages):
    r = random.Random(SEED + 200 + len(recs))
    c = new_canvas(path)
    total = pages or 99
    cols = [(36, "Date"), (92, "Time"), (124, "Report #"), (196, "Offense"), (318, "Address"), (438, "Status")]
    state = {"page": 0}

    def head():
        state["page"] += 1
        p = state["page"]
        degrade(c, r)
        fax_header(c, "NOV 10 2025 02:47PM", "PELICAN PT PD", "251 555-0167", p, total)
        c.saveState()
        c.translate(W / 2, H / 2)
        c.rotate([0.3, -0.25, 0.4, -0.35][p % 4])
        c.translate(-W / 2, -H / 2)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, H - 44, "Pelican Point Police Department")
        c.setFont("Helvetica", 9)
        c.drawString(36, H - 56, f"Daily Media Log  -  {label}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, H - 76, t)
        c.line(36, H - 79, W - 40, H - 79)
        return H - 92

    def foot():
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, f"Page {state['page']} of {total}")
        c.restoreState()
        if state["page"] == 1:
            stamp(c, W - 210, H - 62, ("RECEIVED", "NOV 10 2025  CITY CLERK"), 4)

    y = head()
    for rec in recs:
        off = simpleSplit(rec["type"], "Helvetica", 8, 116)
        adr = simpleSplit(rec["location"], "Helvetica", 8, 114)
        st = simpleSplit(rec["disposition"], "Helvetica", 8, 104)
        need = max(len(off), len(adr), len(st)) * 9.5 + 4
        if y - need < 50:
            foot()
            c.showPage()
            y = head()
        d, t = rec["reported_at"].split()
        c.setFont("Helvetica", 8)
        c.drawString(36, y, d)
        c.drawString(92, y, t)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(124, y, rec["case_number"])
        c.setFont("Helvetica", 8)
        for x, lines in ((196, off), (318, adr), (438, st)):
            for i, s in enumerate(lines):
                c.drawString(x, y - 9.5 * i, s)
        if r.random() < 0.18:
            hand(c, 548, y - 2, r.choice(NOTES_HAND), angle=r.uniform(-6, 6), size=8)
        y -= need
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"Total reports listed: {len(recs)}")
    hand(c, 200, y - 30, "all copies sent - rec'd by fax", angle=3, size=10)
    foot()
    c.showPage()
    c.save()
    return state["page"]


# ---------------------------------------------------------------- C: Magnolia Bend PD (incident cards)

def mb_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"MB25-{k:04d}",
                        lambda d, hh, mm: f"{d:%m/%d/%Y} {hh:02d}{mm:02d}")
    for rec in recs:
        got = datetime.datetime.strptime(rec["reported_at"], "%m/%d/%Y %H%M")
        rec["occurred_at"] = f"{got - datetime.timedelta(minutes=r.randint(5, 300)):%m/%d/%Y %H%M}"
        rec["summary"] = r.choice([
            "Complainant advised property was taken from the carport overnight.",
            "Units responded and spoke with both parties; no injuries reported on scene.",
            "Caller reported a subject walking between houses checking car doors.",
            "Officer located the vehicle unoccupied in the ditch; wrecker called.",
            "Neighbor reported loud music and a crowd in the yard after midnight.",
            "Store manager reported a subject left without paying for merchandise.",
        ])
        add_related(r, rec, [
            (0.12, "other_agency_case", lambda r: (lambda b: (f"- MHP case {b}", b))(f"MHP-25-{r.randint(1000, 9999)}")),
            (0.10, "arrest_number", lambda r: (lambda b: (f"- Arrest No. {b}", b))(f"A25-{r.randint(100, 999)}")),
        ])
    return recs


def draw_mb(path, recs, label, pages):
    r = random.Random(SEED + 300)
    c = new_canvas(path)
    total = pages or 99
    state = {"page": 0}

    def head():
        state["page"] += 1
        degrade(c, r)
        fax_header(c, "OCT 28 2025 09:05AM", "MAGNOLIA BEND PD", "662 555-0108", state["page"], total)
        c.setFont("Times-Bold", 12)
        c.drawString(40, H - 42, "MAGNOLIA BEND POLICE DEPARTMENT")
        c.setFont("Times-Roman", 9)
        c.drawString(40, H - 54, f"Incident Cards - {label}")
        c.drawRightString(W - 40, H - 54, f"Page {state['page']} of {total}")
        if state["page"] == 1:
            stamp(c, 380, H - 110, ("RECEIVED", "OCT 28 2025  RECORDS"), -5)
        return H - 76

    y = head()
    day = None
    per_day = {}
    for rec in recs:
        per_day[rec["_date"]] = per_day.get(rec["_date"], 0) + 1
    for rec in recs:
        if rec["_date"] != day:
            if day is not None:
                if y < 80:
                    c.showPage()
                    y = head()
                c.setFont("Times-Italic", 9)
                c.drawString(48, y, f"DAILY TALLY {day:%m/%d/%Y}:  CARDS {per_day[day]}   CALLS FOR SERVICE "
                                    f"{per_day[day] * 3 + 5}")
                y -= 16
            day = rec["_date"]
        summ = simpleSplit(rec["summary"], "Times-Roman", 9, 420)
        need = 14 * 4 + 11 * len(summ) + 20
        if y - need < 50:
            c.showPage()
            y = head()
        c.setStrokeGray(0.4)
        c.rect(40, y - need + 8, W - 80, need - 4, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y - 4, "CASE NUMBER")
        c.drawString(130, y - 4, rec["case_number"])
        c.setFont("Helvetica", 8)
        c.drawString(300, y - 4, "RECEIVED")
        c.drawString(360, y - 4, rec["reported_at"])
        rows = [("NATURE OF CALL", rec["type"]), ("OCCURRED", rec["occurred_at"]), ("LOCATION", rec["location"])]
        yy = y - 18
        for lab, val in rows:
            c.setFont("Helvetica", 7)
            c.drawString(48, yy, lab)
            c.setFont("Times-Roman", 9)
            c.drawString(130, yy, val)
            yy -= 14
        c.setFont("Helvetica", 7)
        c.drawString(48, yy, "OFFICER REMARKS")
        c.setFont("Times-Roman", 9)
        for s in summ:
            c.drawString(130, yy, s)
            yy -= 11
        c.setFont("Helvetica", 7)
        c.drawString(48, yy, "CLEARANCE")
        c.setFont("Times-Roman", 9)
        c.drawString(130, yy, rec["disposition"])
        if r.random() < 0.15:
            hand(c, 470, y - 30, r.choice(["reviewed", "needs supp", "fwd to Lt."]), angle=-8, size=10)
        y -= need + 4
    c.setFont("Times-Italic", 9)
    c.drawString(48, y, f"DAILY TALLY {day:%m/%d/%Y}:  CARDS {per_day[day]}   CALLS FOR SERVICE {per_day[day] * 3 + 5}")
    c.setFont("Times-Bold", 9)
    c.drawString(48, y - 16, f"INCIDENT CARDS THIS PERIOD: {len(recs)}")
    c.showPage()
    c.save()
    return state["page"]


# ---------------------------------------------------------------- D: Port Alcide Harbor PD (narrative)

def pa_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"H-25-{k:04d}",
                        lambda d, hh, mm: f"{d:%m-%d-%Y} {hh:02d}{mm:02d}")
    for rec in recs:
        rec["location"] = r.choice(["SLIP", "BERTH", "DOCK"]) + f" {r.randint(1, 40)}, " + r.choice(
            ["SHRIMP BASIN", "TURNING BASIN", "FERRY LANDING", "MENHADEN WHARF", "MARINA NORTH"])
        rec["summary"] = r.choice([
            "Vessel owner reported an outboard motor missing from the stern.",
            "Patrol boat checked a drifting skiff and secured it to the pier.",
            "Dock worker reported a fuel spill near the pumps; port safety notified.",
            "Caller reported a subject sleeping in a net shed; subject moved along.",
            "Deckhands arguing on the wharf; separated and advised.",
        ])
        rec["disposition"] = rec["disposition"].lower()
        add_related(r, rec, [
            (0.13, "other_agency_case", lambda r: (lambda b: (f"(USCG MISLE {b})", b))(f"{r.randint(1000000, 9999999)}")),
            (0.10, "citation", lambda r: (lambda b: (f"(TPWD cit. {b})", b))(f"G{r.randint(100000, 999999)}")),
        ])
    return recs


def draw_pa(path, recs, label, pages):
    r = random.Random(SEED + 400 + len(recs))
    c = new_canvas(path)
    total = pages or 99
    state = {"page": 0}

    def head():
        state["page"] += 1
        degrade(c, r)
        fax_header(c, "NOV 17 2025 11:20AM", "PT ALCIDE HARBOR PD", "409 555-0173", state["page"], total)
        c.setFont("Courier-Bold", 10)
        c.drawCentredString(W / 2, H - 44, "PORT ALCIDE HARBOR POLICE")
        c.setFont("Courier", 9)
        c.drawCentredString(W / 2, H - 56, f"WATCH NARRATIVE  {label}")
        c.setFont("Courier", 8)
        c.drawCentredString(W / 2, 28, f"- Page {state['page']} of {total} -")
        if state["page"] == 1:
            stamp(c, W - 140, H - 64, ("RECEIVED", "NOV 17 2025  RECORDS"), 2)
        return H - 80

    y = head()
    day = None
    for rec in recs:
        d, t = rec["reported_at"].split()
        if d != day:
            day = d
            if y < 90:
                c.showPage()
                y = head()
            c.setFont("Courier-Bold", 9)
            c.drawString(50, y, f"{rec['_date']:%A}".upper() + f" {d}")
            y -= 16
        text = (f"{t} HRS - {rec['type']} AT {rec['location'].upper()}. {rec['summary']} "
                f"Outcome: {rec['disposition']}. Harbor case {rec['case_number']}.")
        lines = simpleSplit(text, "Courier", 9, W - 110)
        if y - 11 * len(lines) < 50:
            c.showPage()
            y = head()
        c.setFont("Courier", 9)
        for i, s in enumerate(lines):
            c.drawString(50 if i == 0 else 86, y, s)
            y -= 11
        if r.random() < 0.12:
            hand(c, 420, y + 4, r.choice(["boat 2 resp.", "photos on file", "ok"]), angle=5)
        y -= 6
    c.setFont("Courier", 9)
    c.drawString(50, y - 6, f"ENTRIES THIS WATCH: {len(recs)}.  VESSELS BOARDED: {len(recs) // 3}.")
    c.showPage()
    c.save()
    return state["page"]


# ---------------------------------------------------------------- E: Bienville County SO (green bar)

def bc_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"BC25-{k:05d}",
                        lambda d, hh, mm: f"{d:%m/%d/%y} {hh:02d}:{mm:02d}")
    cad = r.randint(41000, 42000)
    for rec in recs:
        cad += r.randint(4, 30)
        rec["related"].append(("cad_event", f"25-{cad:06d}"))
        add_related(r, rec, [
            (0.15, "warrant", lambda r: (lambda b: (f"WRT {b}", b))(f"W25-{r.randint(1000, 9999)}")),
            (0.08, "booking_number", lambda r: (lambda b: (f"BK {b}", b))(f"J25-{r.randint(10000, 99999)}")),
        ])
    return recs


def draw_bc(path, recs, label, pages):
    r = random.Random(SEED + 500)
    c = new_canvas(path)
    total = pages or 99
    state = {"page": 0}

    def head():
        state["page"] += 1
        degrade(c, r)
        c.setFillGray(0.9)
        for k in range(0, 26, 2):
            c.rect(34, H - 96 - k * 26, W - 68, 26, stroke=0, fill=1)
        c.setFillGray(0)
        for yy in range(30, int(H), 36):
            c.circle(16, yy, 4, stroke=1, fill=0)
            c.circle(W - 16, yy, 4, stroke=1, fill=0)
        fax_header(c, "OCT 21 2025 07:58AM", "BIENVILLE CO SO DISP", "334 555-0124", state["page"], total)
        c.setFont("Courier", 8.5)
        c.drawString(40, H - 40, f"BIENVILLE COUNTY SHERIFF  DISPATCH ACTIVITY  {label}")
        c.drawRightString(W - 40, H - 40, f"Page {state['page']} of {total}")
        c.drawString(40, H - 52, "CFS#       RECEIVED        NATURE")
        c.drawString(40, H - 62, "           LOCATION / DISPOSITION / CASE")
        c.drawString(40, H - 70, "-" * 100)
        return H - 86

    y = head()
    for rec in recs:
        line2 = f"LOC: {rec['location']}   DISP: {rec['disposition']}   CASE NO. {rec['case_number']}"
        if y < 70:
            c.showPage()
            y = head()
        c.setFont("Courier", 8.5)
        c.drawString(40, y, f"CFS# {rec['related'][0][1]}  {rec['reported_at']}  {rec['type']}")
        c.drawString(76, y - 10, line2)
        y -= 26
    c.setFont("Courier", 8.5)
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    if y < 70 + 11 * len(counts):
        c.showPage()
        y = head()
    c.drawString(40, y, "SUMMARY BY NATURE")
    y -= 11
    for k in sorted(counts):
        c.drawString(52, y, f"{k:<32}{counts[k]:>4}")
        y -= 11
    c.drawString(40, y - 4, f"TOTAL CFS WITH CASE NO.: {len(recs)}")
    c.showPage()
    c.save()
    return state["page"]


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i]}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs48.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs48.py) from the records it drew; "
                               "checked by check_blind_logs48.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


BASIC = ["case_number", "reported_at", "type", "location", "disposition"]
NOTES = {
    "cp": ("Parish sheriff's Courier COMPLAINT LOG faxed in TWO TRANSMISSIONS (two PDFs): each page has a fax "
           "header line 'NOV 04 2025 08:12AM FROM:CHACAHOULA PSO RECORDS 985 555-0142 TO:5550119 P.00n/00N' "
           "numbered within its transmission, while the log's own 'Page n of N' runs across BOTH (the second "
           "PDF starts at 'Page 3 of 4'). Columns CASE NO. (CP25-NNNNNN, id), RECEIVED (MM/DD/YYYY HH:MM), "
           "COMPLAINT (cut at 24 characters by the old system, e.g. 'UNAUTHORIZED USE OF VEHI'; type as "
           "printed), LOCATION and DISPOSITION (both wrap). Dispositions cite booking numbers 'BKG# 25-NNNNN' "
           "and state police cases '(LSP TRP C C25-NNNNN)': related, not ids. The first transmission ends "
           "'*** END OF TRANSMISSION 1 OF 2 - LOG CONTINUES ***' with no total; the second opens '*** CONTINUED "
           "FROM TRANSMISSION 1 OF 2 ***' and ends 'TOTAL COMPLAINTS THIS LOG: N' where N counts BOTH PDFs, "
           "then an ARRESTS count. A rotated RECEIVED stamp on each first page; copier speckle and a streak.",
           "rows counted from the generator; 'TOTAL COMPLAINTS THIS LOG' in the second PDF equals the two "
           "record_counts added"),
    "pp": ("City 'Daily Media Log' table whose page content is printed SKEWED (rotated 0.4-0.9 degrees, a "
           "different angle each page) as a crooked photocopy, under a straight fax header line. Columns Date "
           "(MM/DD/YYYY), Time (HHMM; reported_at joins them), Report # (PP-2025-NNNNN, the id, in the THIRD "
           "column), Offense, Address, Status (wrap). Handwritten-looking notes in italic at the right margin "
           "beside some rows ('supp. req'd', 'to CID', 'dup?') and a RECEIVED / CITY CLERK stamp across the "
           "first page's rows are not record text. Status cites Uniform Traffic Citations 'UTC ALNNNNNNN' and "
           "county sheriff cases '(Baldwin Co. SO 25-NNNNN-SO)': related. Ends 'Total reports listed: N' and a "
           "handwritten line; footer 'Page n of N'.",
           "rows counted from the generator; 'Total reports listed' equals record_count"),
    "mb": ("City police INCIDENT CARDS: labelled blocks, each boxed, small sans-serif labels at the left "
           "(CASE NUMBER with the id MB25-NNNN and RECEIVED MM/DD/YYYY HHMM on the first line; NATURE OF CALL, "
           "OCCURRED, LOCATION, OFFICER REMARKS (wraps; summary), CLEARANCE (disposition; may cite 'MHP case "
           "MHP-25-NNNN' of the highway patrol or 'Arrest No. A25-NNN': related)). After each day's cards a "
           "'DAILY TALLY MM/DD/YYYY: CARDS n CALLS FOR SERVICE m' line looks like a row but is not a record. "
           "Handwritten notes ('reviewed', 'needs supp') over some cards; RECEIVED stamp on page 1; ends "
           "'INCIDENT CARDS THIS PERIOD: N'.",
           "cards counted from the generator; 'INCIDENT CARDS THIS PERIOD' equals record_count; the tallies' "
           "CARDS add up to it"),
    "pa": ("Harbor police typewritten WATCH NARRATIVE in Courier: day headings 'TUESDAY 10-21-2025', then one "
           "paragraph per entry opening 'HHMM HRS - TYPE AT PLACE.', a sentence of narrative, 'Outcome: "
           "<disposition>.' and, LAST, 'Harbor case H-25-NNNN.' (the id). Continuation lines are indented; the "
           "id often wraps onto the paragraph's last line. reported_at joins the heading's date and the time "
           "('10-21-2025 0215'). Outcomes cite Coast Guard MISLE activity numbers '(USCG MISLE NNNNNNN)' and "
           "game-warden citations '(TPWD cit. GNNNNNN)': related. Handwritten notes between entries. Ends "
           "'ENTRIES THIS WATCH: N.  VESSELS BOARDED: M.' (only N counts records); footer '- Page n of N -'.",
           "entries counted from the generator; 'ENTRIES THIS WATCH' equals record_count"),
    "bc": ("County sheriff's dispatch printout on GREEN-BAR paper (grey bands, sprocket holes drawn down both "
           "edges), Courier, two lines per record: line 1 'CFS# 25-NNNNNN  MM/DD/YY HH:MM  NATURE' opens with "
           "the CAD call number (cad_event, related, NOT the id); line 2, indented, 'LOC: ...   DISP: ...   "
           "CASE NO. BC25-NNNNN' carries the case number LAST. Dates have two-digit years. DISP may cite "
           "'WRT W25-NNNN' warrants or 'BK J25-NNNNN' jail bookings: related. After the rows a 'SUMMARY BY "
           "NATURE' block of type names with counts (not records) and 'TOTAL CFS WITH CASE NO.: N'.",
           "records counted from the generator; the closing total equals record_count; the summary counts add "
           "up to it"),
}


def write_gt(d, entries):
    (d / "groundtruth.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")


def agency_cp():
    r = random.Random(SEED + 1)
    d = OUT / "chacahoula-parish-la-so"
    d.mkdir(parents=True, exist_ok=True)
    recs = cp_records(r, days(10, 27, 31) + days(11, 1, 2), 142, 118400)
    parts = [recs[:78], recs[78:]]
    paths = [d / "cpso-complaint-log-2025-10-27-fax1of2.pdf", d / "cpso-complaint-log-2025-10-27-fax2of2.pdf"]
    pages = draw_cp(paths, parts, None)
    draw_cp(paths, parts, pages)
    agency = "Chacahoula Parish Sheriff's Office, LA [invented]"
    write_gt(d, [entry(p, agency, "complaint log, faxed in two transmissions", "table with header", part,
                       BASIC, *NOTES["cp"]) for p, part in zip(paths, parts)])


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, key):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in runs:
        recs = make(r, dd, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, *NOTES[key]))
    write_gt(d, gt)


def main():
    agency_cp()
    one_agency("pelican-point-al-pd", 2,
               [("pppd-media-log-2025-11-03-05.pdf", days(11, 3, 5), "11/03/2025 - 11/05/2025", 57, 4410),
                ("pppd-media-log-2025-11-06-08.pdf", days(11, 6, 8), "11/06/2025 - 11/08/2025", 66, 4560)],
               pp_records, draw_pp, "Pelican Point Police Department, AL [invented]",
               "daily media log (skewed photocopy, margin notes)", "table with header", BASIC, "pp")
    one_agency("magnolia-bend-ms-pd", 3,
               [("mbpd-incident-cards-2025-10-20-26.pdf", days(10, 20, 26), "Week of 10/20/2025", 61, 2210)],
               mb_records, draw_mb, "Magnolia Bend Police Department, MS [invented]",
               "incident cards (boxed labelled blocks, daily tallies)", "labelled blocks",
               BASIC + ["occurred_at", "summary"], "mb")
    one_agency("port-alcide-tx-harbor-pd", 4,
               [("pahpd-watch-narrative-2025-11-10-12.pdf", days(11, 10, 12), "NOV 10-12 2025", 46, 610),
                ("pahpd-watch-narrative-2025-11-13-16.pdf", days(11, 13, 16), "NOV 13-16 2025", 53, 720)],
               pa_records, draw_pa, "Port Alcide Harbor Police, TX [invented]",
               "typewritten watch narrative (id last in each entry)", "free text",
               BASIC + ["summary"], "pa")
    one_agency("bienville-county-al-so", 5,
               [("bcso-dispatch-activity-2025-10-13-19.pdf", days(10, 13, 19), "10/13/25-10/19/25", 88, 7700)],
               bc_records, draw_bc, "Bienville County Sheriff's Office, AL [invented]",
               "green-bar dispatch printout (CAD number first, case number on the second line)",
               "table with header", BASIC, "bc")


if __name__ == "__main__":
    main()
