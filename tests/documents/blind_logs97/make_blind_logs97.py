"""Generate blind_logs97: arrest, booking and citation logs in which one incident holds several persons.

Five invented agencies, five layouts. In every one a record is an INCIDENT (its own number), and the
incident's persons (never named: sex, age, town of residence) sit on several rows or lines, each with
its own charges and its own arrest, booking or citation number printed beside or under the incident
number. Those numbers are related numbers, not records.

  A  Wexmoor PD, MO: portrait arrest log, arrest / citation numbers stacked under the incident number in
     the same column, each level with its person.
  B  Tullin County SO, NE: landscape booking register, one line per person, the booking or citation number
     FIRST on every line, the incident number only on the incident's first line.
  C  Pennock University DPS, VT: labelled blocks, a strip of arrest / citation numbers beside the id,
     numbered persons and charges keyed to them.
  D  Colter County SO, WY: weekly arrests-and-citations release, lead line with the id, a sentence, then one
     dash line per person with the booking or citation number at its end.
  E  Marrowvale PD, OR: landscape multi-party sheet, the persons of an incident side by side in three
     Party columns (sex/age/town, number, charges stacked in each cell).

Every agency, place and number is made up; phone numbers are 555-01xx. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs97/make_blind_logs97.py [OUT_DIR]
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
SEED = 20269700
STREETS = ["Alder", "Birchall", "Copley", "Drayton", "Elmsworth", "Farrow", "Gantry", "Holbeck", "Ivers",
           "Juniper", "Kettle", "Lansing", "Marlowe", "Nettle", "Oakum", "Pryor", "Quill", "Rushmere",
           "Sallow", "Tenterden", "Umber", "Vantage", "Wickett"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]
TOWNS = ["Kelby", "Dorrel", "Essery", "Mott", "Lindle", "Quarne", "Sible", "Harl", "Cobb Ferry", "Pratt Hollow",
         "Ashcott", "Brinley", "Orrin", "Tamsett", "Fallon Mills", "Ouseby", "Wrayton", "Gell"]
CHARGES = ["Driving under the influence", "Open container in vehicle", "Possession of marijuana",
           "Possession of paraphernalia", "Disorderly conduct", "Resisting arrest", "Assault 4th degree",
           "Domestic assault", "Criminal trespass", "Shoplifting", "Theft under $500", "Minor in possession",
           "Driving while suspended", "No proof of insurance", "Failure to appear warrant", "Criminal mischief",
           "Obstructing an officer", "False information to police", "Public intoxication", "Reckless driving",
           "Fleeing on foot", "Harassment", "Protection order violation", "Possession of stolen property",
           "Possession of meth", "Littering from vehicle", "Noise ordinance violation", "Fictitious plates"]
CITABLE = ["Minor in possession", "Open container in vehicle", "Possession of marijuana", "Littering from vehicle",
           "Noise ordinance violation", "No proof of insurance", "Driving while suspended", "Shoplifting",
           "Possession of paraphernalia", "Fictitious plates", "Public intoxication"]


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


def addr(r):
    return f"{r.randint(1, 68) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def persons(r, cited_share=0.35, juvenile_share=0.0, young=False):
    """1-3 persons (weights 5:3:2), each with 1-3 charges and an outcome: arrested, cited or juvenile."""
    out = []
    for _ in range(r.choice((1, 1, 1, 1, 1, 2, 2, 2, 3, 3))):
        u = r.random()
        kind = "juvenile" if u < juvenile_share else "cited" if u < juvenile_share + cited_share else "arrested"
        pool = CITABLE if kind == "cited" else CHARGES
        ch = r.sample(pool, r.choice((1, 1, 2, 2, 3)))
        age = r.randint(14, 17) if kind == "juvenile" else r.randint(18, 23 if young else 66)
        if kind != "juvenile" and "Minor in possession" in ch:
            age = r.randint(18, 20)
        out.append({"sex": r.choice("MMMF"), "age": age, "town": r.choice(TOWNS), "kind": kind, "charges": ch})
    return out


def base(r, days, n, start, fmt, disp):
    recs, k = [], start
    for d, h, m in day_times(r, days, n):
        k += r.choice((1, 1, 1, 2, 3))
        recs.append({"case_number": fmt.format(k), "day": d, "hm": (h, m), "location": addr(r), "related": [],
                     "disp_pick": r.random(), "persons": None, "disp": disp})
    return recs


def footer(c, w, text, page):
    c.setFont("Helvetica", 6.5)
    c.drawString(36, 22, text)
    c.drawRightString(w - 36, 22, f"Page {page}")


# ------------------------------------------------------------------ A: Wexmoor PD, stacked arrest numbers

def a_records(r, days, n, start):
    recs = base(r, days, n, start, "25-{:06d}", None)
    arr = 400 + start % 97
    for rec in recs:
        ps = persons(r, 0.3, 0.08)
        rec["persons"] = ps
        for p in ps:
            if p["kind"] == "arrested":
                arr += 1
                p["num"] = f"WA25-{arr:04d}"
                rec["related"].append(("arrest_number", p["num"]))
            elif p["kind"] == "cited":
                p["num"] = f"WC{r.randint(300000, 399999)}"
                rec["related"].append(("citation", p["num"]))
            else:
                p["num"] = None
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}:{m:02d}"
        rec["type"] = [ch for p in ps for ch in p["charges"]]
        kinds = {p["kind"] for p in ps}
        if "arrested" in kinds:
            rec["disposition"] = "Booked - Wexmoor County Jail" if rec["disp_pick"] < .6 else "Arrest - bonded out"
        elif "cited" in kinds:
            rec["disposition"] = "Cited and released"
        else:
            rec["disposition"] = "Juvenile referral"
        if "juvenile" in kinds:
            jr = f"JR25-{r.randint(100, 999)}"
            rec["disposition"] += f", juvenile ref. {jr}"
            rec["related"].append(("juvenile_referral", jr))
    return recs


A_COLS = [("Incident No. /", "Arrest No.", 36, 66), ("Date /", "Time", 104, 52), ("Arrestee", "Sex Age Residence", 158, 82),
          ("Charge(s)", "", 242, 122), ("Location", "", 366, 92), ("Disposition", "", 460, 116)]


def a_lines(rec):
    """Lines of one incident: list of dicts col-index -> text."""
    loc = wrap(rec["location"], "Helvetica", 7, 90)
    disp = wrap(rec["disposition"], "Helvetica", 7, 114)
    lines = [{0: rec["case_number"], 1: mdy(rec["day"]), 2: f"Persons: {len(rec['persons'])}"}]
    for p in rec["persons"]:
        first = True
        for ch in p["charges"]:
            ln = {3: ch}
            if first:
                ln[0] = p["num"] or "(juvenile)"
                if p["kind"] == "cited":
                    ln[0] = "Cit " + p["num"]
                ln[2] = f"{p['sex']} {p['age']} {p['town']}"
                first = False
            lines.append(ln)
    lines[1][1] = "{:02d}:{:02d}".format(*rec["hm"])
    for i, t in enumerate(loc):
        lines[i][4] = t
    for i, t in enumerate(disp):
        while i >= len(lines):
            lines.append({})
        lines[i][5] = t
    return lines


def draw_a(path, recs, label):
    w, h = letter
    c = new_canvas(path, letter)
    lh = 8.6
    page = 1

    def head():
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "WEXMOOR POLICE DEPARTMENT [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 52, f"Arrest and Citation Log  -  {label}  -  one row per incident")
        c.drawRightString(w - 36, h - 40, "Records Unit 555-0143")
        y = h - 70
        c.setFont("Helvetica-Bold", 7)
        for t1, t2, x, _ in A_COLS:
            c.drawString(x, y, t1)
            c.drawString(x, y - 8, t2)
        c.line(36, y - 12, w - 36, y - 12)
        return y - 22

    y = head()
    c.setFont("Helvetica", 7)
    for rec in recs:
        lines = a_lines(rec)
        if y - lh * len(lines) < 50:
            footer(c, w, "Wexmoor PD [invented] - persons are not named (sex, age, town of residence)", page)
            c.showPage()
            page += 1
            y = head()
        for i, ln in enumerate(lines):
            for col, t in ln.items():
                c.setFont("Helvetica-Bold" if (i == 0 and col == 0) else "Helvetica", 7)
                c.drawString(A_COLS[col][2], y, t)
            y -= lh
        c.setLineWidth(0.3)
        c.line(36, y + lh - 3, w - 36, y + lh - 3)
        y -= 3
    np_ = sum(len(x["persons"]) for x in recs)
    nc = sum(len(x["type"]) for x in recs)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 10, f"Incidents: {len(recs)}     Persons: {np_}     Charges: {nc}")
    footer(c, w, "Wexmoor PD [invented] - persons are not named (sex, age, town of residence)", page)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ B: Tullin County SO booking register

def b_records(r, days, n, start):
    recs = base(r, days, n, start, "TCSO-25-{:04d}", None)
    bk = 10000 + start * 7
    for rec in recs:
        ps = persons(r, 0.35)
        rec["persons"] = ps
        for p in ps:
            if p["kind"] == "arrested":
                bk += r.choice((1, 1, 2))
                p["num"] = f"B25-{bk:05d}"
                rec["related"].append(("booking_number", p["num"]))
            else:
                p["num"] = f"CT25-{r.randint(40000, 69999)}"
                rec["related"].append(("citation", p["num"]))
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}{m:02d}"
        rec["type"] = [ch for p in ps for ch in p["charges"]]
        rec["disposition"] = ("CLOSED - ARREST" if any(p["kind"] == "arrested" for p in ps) else "CLOSED - CITATION")
        if rec["disp_pick"] < 0.12:
            rec["disposition"] = "OPEN - WARRANT REQ"
    return recs


B_COLS = [("Booking / Cite No.", 30), ("Incident No.", 100), ("Reported", 160), ("Sex", 222), ("Age", 240),
          ("Residence", 262), ("Charge(s)", 318), ("Location", 584), ("Incident Status", 676)]


def draw_b(path, recs, label):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    lh = 9
    page = 1

    def head():
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, h - 36, "TULLIN COUNTY SHERIFF'S OFFICE [invented]  -  DETENTION BOOKING REGISTER")
        c.setFont("Helvetica", 8)
        c.drawString(30, h - 48, f"{label}   (one line per person booked or cited; incident number on its first line)")
        c.drawRightString(w - 30, h - 36, "Jail desk 555-0178")
        c.setFillGray(0.85)
        c.rect(28, h - 70, w - 56, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7)
        for t, x in B_COLS:
            c.drawString(x, h - 67, t)
        return h - 82

    y = head()
    for rec in recs:
        if y - lh * len(rec["persons"]) < 44:
            footer(c, w, "Tullin County SO [invented] - register of bookings; persons not named", page)
            c.showPage()
            page += 1
            y = head()
        for i, p in enumerate(rec["persons"]):
            c.setFont("Helvetica", 7)
            c.drawString(30, y, p["num"])
            if i == 0:
                c.setFont("Helvetica-Bold", 7)
                c.drawString(100, y, rec["case_number"])
                c.setFont("Helvetica", 7)
                c.drawString(160, y, rec["reported_at"])
                c.drawString(584, y, rec["location"])
                c.drawString(676, y, rec["disposition"])
            c.drawString(222, y, p["sex"])
            c.drawString(240, y, str(p["age"]))
            c.drawString(262, y, p["town"])
            c.drawString(318, y, " / ".join(p["charges"]))
            y -= lh
        c.setLineWidth(0.25)
        c.line(28, y + lh - 2.5, w - 28, y + lh - 2.5)
        y -= 2
    nb = sum(1 for x in recs for p in x["persons"] if p["kind"] == "arrested")
    nc = sum(1 for x in recs for p in x["persons"] if p["kind"] != "arrested")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, y - 10, f"Incidents: {len(recs)}     Persons booked: {nb}     Persons cited: {nc}")
    footer(c, w, "Tullin County SO [invented] - register of bookings; persons not named", page)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ C: Pennock University DPS blocks

C_PLACES = ["Hartigan Hall", "Lot C", "Veery Commons", "Fieldhouse", "Ostrom Library", "Kell Hall", "Quad Path",
            "Birchall Apartments", "Stadium Gate 2", "Tarn Hall", "Campus Rd at Mill St", "Dining Hall B"]


def c_records(r, days, n, start):
    recs = base(r, days, n, start, "PU-25-{:04d}", None)
    arr = 100 + start % 50
    earlier = []
    for rec in recs:
        rec["location"] = r.choice(C_PLACES) + (f", Room {r.randint(101, 420)}" if r.random() < .4 else "")
        ps = persons(r, 0.55, young=True)
        rec["persons"] = ps
        for p in ps:
            if p["kind"] == "arrested":
                arr += 1
                p["num"] = f"PU-A-{arr:04d}"
                rec["related"].append(("arrest_number", p["num"]))
            else:
                p["num"] = f"VT-{r.randint(7000000, 7999999)}"
                rec["related"].append(("citation", p["num"]))
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}:{m:02d}"
        rec["type"] = [ch for p in ps for ch in p["charges"]]
        rec["disposition"] = ("Cleared by arrest" if any(p["kind"] == "arrested" for p in ps)
                              else "Cited; referred to Student Conduct")
        if r.random() < 0.12:
            num = f"PU-25-{int(rec['case_number'][-4:]) - r.randint(80, 200):04d}"
            if num not in earlier:
                earlier.append(num)
                rec["earlier"] = num
                rec["related"].append(("earlier_case_cited", num))
    return recs


def draw_c(path, recs, label):
    w, h = letter
    c = new_canvas(path, letter)
    page = 1

    def head():
        c.setFont("Times-Bold", 13)
        c.drawString(40, h - 44, "Pennock University Department of Public Safety [invented]")
        c.setFont("Times-Roman", 9)
        c.drawString(40, h - 57, f"Arrests and Citations  -  {label}")
        c.drawRightString(w - 40, h - 57, "Dispatch 555-0112")
        c.line(40, h - 62, w - 40, h - 62)
        return h - 80

    def block_lines(rec):
        out = [("Reported", rec["reported_at"]), ("Location", rec["location"])]
        for i, p in enumerate(rec["persons"], 1):
            word = {"M": "Male", "F": "Female"}[p["sex"]]
            out.append(("Persons" if i == 1 else "", f"{i}   {word}, {p['age']}, of {p['town']} - "
                        + ("arrested" if p["kind"] == "arrested" else "cited")))
        first = True
        for i, p in enumerate(rec["persons"], 1):
            for ch in p["charges"]:
                out.append(("Charges" if first else "", f"{i}   {ch}"))
                first = False
        if rec.get("earlier"):
            out.append(("Related", f"Earlier incident {rec['earlier']}"))
        out.append(("Disposition", rec["disposition"]))
        return out

    y = head()
    for rec in recs:
        bl = block_lines(rec)
        need = 14 + 10 * len(bl) + 8
        if y - need < 50:
            footer(c, w, "Pennock University DPS [invented] - persons are not named", page)
            c.showPage()
            page += 1
            y = head()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"INCIDENT {rec['case_number']}")
        c.setFont("Helvetica", 7)
        strip = "   ".join(("ARREST " if p["kind"] == "arrested" else "CITATION ") + p["num"] for p in rec["persons"])
        c.drawRightString(w - 40, y, strip)
        y -= 13
        for lab, val in bl:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(52, y, lab)
            c.setFont("Times-Roman", 9)
            c.drawString(120, y, val)
            y -= 10
        c.setDash(1, 2)
        c.line(40, y + 4, w - 40, y + 4)
        c.setDash()
        y -= 8
    na = sum(1 for x in recs for p in x["persons"] if p["kind"] == "arrested")
    np_ = sum(len(x["persons"]) for x in recs)
    c.setFont("Times-Bold", 10)
    c.drawString(40, y - 6, f"Incidents listed: {len(recs)}.  Persons: {np_}.  Arrests: {na}.  "
                            f"Citations: {np_ - na}.")
    footer(c, w, "Pennock University DPS [invented] - persons are not named", page)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ D: Colter County SO weekly release

D_NATURE = ["a disturbance", "a traffic stop", "a report of shoplifting", "a crash with injuries", "a fight in a bar",
            "a suspicious vehicle", "a welfare check", "a domestic call", "a noise complaint", "a party complaint"]
D_COMMUNITY = ["Brisk", "Dunlow", "Fenwater", "Holt Siding", "Crane Flat", "Ember"]
WEEKDAY = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]
NUMW = {1: "One person was", 2: "Two people were", 3: "Three people were"}


def ampm(h, m):
    return f"{(h % 12) or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def d_records(r, days, n, start):
    recs = base(r, days, n, start, "CC25-{:05d}", None)
    bk = 2200 + start % 300
    for rec in recs:
        ps = persons(r, 0.4)
        rec["persons"] = ps
        for p in ps:
            if p["kind"] == "arrested":
                bk += 1
                p["num"] = f"25-B-{bk}"
                rec["related"].append(("booking_number", p["num"]))
            else:
                p["num"] = f"WY{r.randint(400000, 499999)}"
                rec["related"].append(("citation", p["num"]))
        rec["location"] = f"{addr(r)}, {r.choice(D_COMMUNITY)}"
        d = rec["day"]
        wd = WEEKDAY[datetime.date(*d).weekday()]
        rec["reported_at"] = f"{wd} Oct. {d[2]}, {ampm(*rec['hm'])}"
        rec["type"] = [ch.lower() for p in ps for ch in p["charges"]]
        rec["nature"] = r.choice(D_NATURE)
        if r.random() < 0.15:
            w = f"HC-W-{r.randint(1000, 9999)}"
            rec["warrant"] = w
            rec["related"].append(("warrant", w))
        rec["disposition"] = "Closed by arrest." if any(p["kind"] == "arrested" for p in ps) else "Closed, citation."
    return recs


def draw_d(path, recs, label):
    w, h = letter
    c = new_canvas(path, letter)
    page = 1
    x0, width = 54, w - 108

    def head():
        c.setFont("Times-Bold", 14)
        c.drawCentredString(w / 2, h - 48, "Colter County Sheriff's Office [invented]")
        c.setFont("Times-Italic", 10)
        c.drawCentredString(w / 2, h - 62, f"Weekly arrests and citations, {label}")
        c.setFont("Times-Roman", 8)
        c.drawCentredString(w / 2, h - 74, "For release. Questions: Public Information Office, 555-0191.")
        return h - 96

    y = head()
    for rec in recs:
        sent = (f"Deputies responded to {rec['nature']}. {NUMW[len(rec['persons'])]} "
                + ("arrested or cited." if len(rec["persons"]) > 1 else
                   ("arrested." if rec["persons"][0]["kind"] == "arrested" else "cited."))
                + (f" One was also held on a Harl County warrant, {rec['warrant']}." if rec.get("warrant") else ""))
        body = wrap(sent, "Times-Roman", 9.5, width - 14)
        plines = []
        for p in rec["persons"]:
            who = ("Man" if p["sex"] == "M" else "Woman") + f", {p['age']}, of {p['town']}"
            out = (f"Booked, no. {p['num']}." if p["kind"] == "arrested" else f"Cited, no. {p['num']}, released.")
            plines += wrap(f"\u2013 {who}: {'; '.join(ch.lower() for ch in p['charges'])}. {out}",
                           "Times-Roman", 9.5, width - 28)
        need = 12 + 11 * (len(body) + len(plines) + 1) + 8
        if y - need < 50:
            footer(c, w, "Colter County SO [invented] - names are not released", page)
            c.showPage()
            page += 1
            y = head()
        c.setFont("Times-Bold", 10)
        lead = f"{rec['case_number']} \u2014 {rec['reported_at']}, {rec['location']}"
        c.drawString(x0, y, lead)
        y -= 12
        c.setFont("Times-Roman", 9.5)
        for ln in body:
            c.drawString(x0 + 14, y, ln)
            y -= 11
        for ln in plines:
            c.drawString(x0 + 28 if not ln.startswith("\u2013") else x0 + 22, y, ln)
            y -= 11
        c.setFont("Times-Italic", 9.5)
        c.drawString(x0 + 14, y, rec["disposition"])
        y -= 19
    na = sum(1 for x in recs for p in x["persons"] if p["kind"] == "arrested")
    np_ = sum(len(x["persons"]) for x in recs)
    c.setFont("Times-Bold", 10)
    c.drawString(x0, y, f"This week: {len(recs)} incidents, {np_} persons ({na} booked, {np_ - na} cited).")
    footer(c, w, "Colter County SO [invented] - names are not released", page)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ E: Marrowvale PD multi-party sheet

def e_records(r, days, n, start):
    recs = base(r, days, n, start, "MV25-{:05d}", None)
    for rec in recs:
        ps = persons(r, 0.35)
        rec["persons"] = ps
        for p in ps:
            if p["kind"] == "arrested":
                p["num"] = f"MVA-{r.randint(10000, 99999)}"
                p["bk"] = f"BK{r.randint(250000000, 259999999)}" if r.random() < .7 else None
                rec["related"].append(("arrest_number", p["num"]))
                if p["bk"]:
                    rec["related"].append(("booking_number", p["bk"]))
            else:
                p["num"] = f"OR{r.randint(5500000, 5599999)}"
                rec["related"].append(("citation", p["num"]))
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}{m:02d}"
        rec["type"] = [ch for p in ps for ch in p["charges"]]
        rec["disposition"] = ("Arrest" if any(p["kind"] == "arrested" for p in ps) else "Citation") + \
            (" - report to DA" if rec["disp_pick"] < .3 else "")
    return recs


E_X = [30, 112, 262, 432, 602]
E_W = 166


def e_cell(p):
    if p is None:
        return ["\u2014"]
    out = [f"{p['sex']} {p['age']} {p['town']}"]
    if p["kind"] == "arrested":
        out.append(f"ARR {p['num']}" + (f"  BKG {p['bk']}" if p.get("bk") else ""))
    else:
        out.append(f"CIT {p['num']}")
    return out + list(p["charges"])


def draw_e(path, recs, label):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    lh = 8.4
    page = 1

    def head():
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, h - 36, "MARROWVALE POLICE DEPARTMENT [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(30, h - 48, f"Multi-Party Arrest / Citation Sheet  -  {label}")
        c.drawRightString(w - 30, h - 36, "Records 555-0164")
        c.setFont("Helvetica-Bold", 7)
        titles = ["Incident / Date / Time", "Location / Disposition", "Party A", "Party B", "Party C"]
        for t, x in zip(titles, E_X):
            c.drawString(x, h - 66, t)
        c.setFont("Helvetica-Oblique", 6)
        for x in E_X[2:]:
            c.drawString(x, h - 74, "sex age residence / ARR or CIT no. / charges")
        c.line(28, h - 78, w - 28, h - 78)
        return h - 88

    y = head()
    for rec in recs:
        ps = rec["persons"] + [None] * (3 - len(rec["persons"]))
        cells = [[rec["case_number"], mdy(rec["day"]), "{:02d}{:02d}".format(*rec["hm"])],
                 wrap(rec["location"], "Helvetica", 7, 145) + wrap(rec["disposition"], "Helvetica-Oblique", 7, 145)]
        cells += [e_cell(p) for p in ps]
        n = max(len(x) for x in cells)
        if y - lh * n < 44:
            footer(c, w, "Marrowvale PD [invented] - parties are not named", page)
            c.showPage()
            page += 1
            y = head()
        for ci, cell in enumerate(cells):
            for li, t in enumerate(cell):
                font = "Helvetica-Bold" if (ci == 0 and li == 0) else "Helvetica"
                if ci == 1 and li >= len(cell) - len(wrap(rec["disposition"], "Helvetica-Oblique", 7, 145)):
                    font = "Helvetica-Oblique"
                c.setFont(font, 7)
                c.drawString(E_X[ci], y - lh * li, t)
        c.setLineWidth(0.3)
        for x in E_X[1:]:
            c.line(x - 4, y + 7, x - 4, y - lh * n + 5)
        y -= lh * n
        c.line(28, y + 5, w - 28, y + 5)
        y -= 4
    np_ = sum(len(x["persons"]) for x in recs)
    na = sum(1 for x in recs for p in x["persons"] if p["kind"] == "arrested")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, y - 8, f"Incidents: {len(recs)}    Parties: {np_}    Arrests: {na}    Citations: {np_ - na}")
    footer(c, w, "Marrowvale PD [invented] - parties are not named", page)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i]}
        s["persons"] = len(recs[i]["persons"])
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated",
        "path": f"tests/documents/blind_logs97/{path.parent.name}/{path.name}",
        "git_blob": "generated", "generator": f"make_blind_logs97.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path),
        "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "persons_count": sum(len(rec["persons"]) for rec in recs),
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs97.py) from the records it drew; "
                               "checked by check_blind_logs97.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        draw(d / fname, recs, label)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


FIELDS = ["case_number", "reported_at", "type", "location", "disposition"]
NOTES = {
    "a": ("Portrait 'Arrest and Citation Log', Helvetica 7, column titles on two lines repeated per page, a "
          "hairline under each incident. One row-group per INCIDENT: its first line holds the incident number "
          "(25-NNNNNN, bold, the id), the date, 'Persons: n', the location and the disposition (location and "
          "disposition wrap). Then one line per charge; each person's first charge line carries the person "
          "(sex, age, town of residence; never a name) and, in the FIRST column under the incident number, the "
          "person's arrest number (WA25-NNNN), 'Cit WCNNNNNN' for a person cited, or '(juvenile)'. The time "
          "(HH:MM) is on the second line of the Date column; reported_at joins date and time. TRAPS: the id "
          "column holds one more number per person (arrest / citation, related, not records); juvenile "
          "referral numbers (JR25-NNN) inside the disposition; 'Persons: n' and the closing 'Incidents: N  "
          "Persons: P  Charges: C' (only N counts records). type is the list of every charge of every person "
          "of the incident, in print order."),
    "b": ("Landscape 'Detention Booking Register', Helvetica 7, grey column-title band repeated per page. ONE "
          "LINE PER PERSON: the first column holds the person's booking number (B25-NNNNN) or citation number "
          "(CT25-NNNNN) on EVERY line; the incident number (TCSO-25-NNNN, bold, the id) is in the SECOND "
          "column and only on the incident's first person line, together with the reported date-time "
          "(MM/DD/YYYY HHMM), the location and the incident status (disposition). Later persons of the same "
          "incident have those cells blank. Each person's charges are joined by ' / ' on the line. A hairline "
          "closes each incident. TRAPS: the line-leading numbers are not records (related booking_number / "
          "citation) and outnumber the incidents; the register ends 'Incidents: N  Persons booked: B  Persons "
          "cited: K' (only N counts records). type is the list of all charges of the incident's persons, in "
          "print order."),
    "c": ("Campus 'Arrests and Citations' log in labelled blocks, one block per INCIDENT, parted by dotted "
          "rules, never split over pages. The first line is bold 'INCIDENT PU-25-NNNN' (the id) with, at the "
          "RIGHT end of the same line, a strip of the persons' numbers: 'ARREST PU-A-NNNN' and/or 'CITATION "
          "VT-NNNNNNN' (related, not ids). Labels in italics at the left: Reported (MM/DD/YYYY HH:MM), "
          "Location, Persons (one numbered line per person: '1   Male, 19, of Essery - cited'; the label only on "
          "the first), Charges (one line per charge keyed by the person's number: '2   Disorderly conduct'), "
          "optional Related ('Earlier incident PU-25-NNNN', same series, related kind earlier_case_cited), "
          "Disposition. TRAPS: the numbers beside the id; the person keys '1', '2', '3' before persons and "
          "charges; the earlier incident in the same form as the id; the closing 'Incidents listed: N.  "
          "Persons: P.  Arrests: A.  Citations: K.' type is the list of charge texts in print order, without "
          "the person key."),
    "d": ("Sheriff's weekly press release of arrests and citations, Times. One entry per INCIDENT: a bold lead "
          "line 'CC25-NNNNN \u2014 Tue. Oct. 14, 11:52 p.m., 410 Kettle Rd, Brisk' (id first; reported_at as "
          "printed 'Tue. Oct. 14, 11:52 p.m.', no year; location the address with its community); an indented "
          "sentence ('Deputies responded to a disturbance. Two people were arrested or cited.', sometimes "
          "with a Harl County warrant HC-W-NNNN); then ONE DASH LINE PER PERSON ('\u2013 Man, 27, of Dunlow: "
          "aggravated ...; ... . Booked, no. 25-B-NNNN.' or 'Cited, no. WYNNNNNN, released.'), wrapping; then "
          "an italic disposition line ('Closed by arrest.' / 'Closed, citation.'). TRAPS: booking and citation "
          "numbers at the end of every person line (related); the warrant numbers; the closing 'This week: N "
          "incidents, P persons (B booked, K cited).' type is the list of the persons' charges, lower case as "
          "printed, in print order."),
    "e": ("Landscape 'Multi-Party Arrest / Citation Sheet', Helvetica 7, column titles repeated per page with "
          "an italic key line, vertical rules between cells, a rule under each incident. One row per "
          "INCIDENT, cells stacked: Incident / Date / Time (MV25-NNNNN bold, the id; MM/DD/YYYY; HHMM; "
          "reported_at joins date and time), Location / Disposition (location, then the italic disposition), "
          "then THREE PARTY COLUMNS side by side (Party A, B, C): each holds one person - 'M 34 Orrin', then "
          "'ARR MVA-NNNNN  BKG BKNNNNNNNNN' or 'CIT ORNNNNNNN', then one line per charge; unused party "
          "columns print an em dash. TRAPS: the persons of one incident are printed SIDE BY SIDE, so each text "
          "line mixes two or three persons; the arrest, booking and citation numbers sit on the id's second "
          "line; the closing 'Incidents: N  Parties: P  Arrests: A  Citations: K' (only N counts records). "
          "type is the list of Party A's charges, then B's, then C's."),
}


def main():
    one_agency(
        "wexmoor-mo-pd", 1,
        [("wexmoor-arrest-citation-log-2025-10-01-15.pdf", days(10, 1, 15), "October 1 - 15, 2025", 52, 4100),
         ("wexmoor-arrest-citation-log-2025-10-16-31.pdf", days(10, 16, 31), "October 16 - 31, 2025", 61, 4300)],
        a_records, draw_a, "Wexmoor Police Department, MO [invented]",
        "arrest and citation log (arrest numbers stacked under the incident number)", "table with header",
        FIELDS, NOTES["a"], "incident row-groups counted from the generator; closing 'Incidents:' equals it")
    one_agency(
        "tullin-county-ne-so", 2,
        [("tcso-booking-register-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 96, 300)],
        b_records, draw_b, "Tullin County Sheriff's Office, NE [invented]",
        "detention booking register (one line per person)", "table with header",
        FIELDS, NOTES["b"], "incidents counted from the generator; closing 'Incidents:' equals it")
    one_agency(
        "pennock-university-dps", 3,
        [("pennock-arrests-citations-2025-09.pdf", days(9, 1, 30), "September 2025", 44, 500),
         ("pennock-arrests-citations-2025-10.pdf", days(10, 1, 31), "October 2025", 50, 640)],
        c_records, draw_c, "Pennock University Department of Public Safety, VT [invented]",
        "campus arrests and citations log (labelled blocks)", "labelled blocks",
        FIELDS, NOTES["c"], "blocks counted from the generator; closing 'Incidents listed:' equals it")
    one_agency(
        "colter-county-wy-so", 4,
        [("colter-weekly-arrests-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 58, 1700)],
        d_records, draw_d, "Colter County Sheriff's Office, WY [invented]",
        "weekly arrests and citations press release", "free text",
        FIELDS, NOTES["d"], "entries counted from the generator; closing 'This week: N incidents' equals it")
    one_agency(
        "marrowvale-or-pd", 5,
        [("marrowvale-multiparty-sheet-2025-10-06-12.pdf", days(10, 6, 12), "October 6 - 12, 2025", 64, 9000),
         ("marrowvale-multiparty-sheet-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 70, 9200)],
        e_records, draw_e, "Marrowvale Police Department, OR [invented]",
        "multi-party arrest / citation sheet (persons side by side)", "table with header",
        FIELDS, NOTES["e"], "incident rows counted from the generator; closing 'Incidents:' equals it")


if __name__ == "__main__":
    main()
