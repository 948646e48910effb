"""Generate a held-out set of incident logs kept by contract, campus and hospital security services.

Five layouts: a contract guard firm's daily activity report for a city hall campus, incidents mixed
with guard-tour checkpoint scans and shift-change rows; a hospital security report table whose FIRST
column is the police case number and whose second is the security report number (the id); a
courthouse security log of labelled blocks split over page breaks with "(continued)" headers; a
university public-safety shift narrative with post orders and shift-change lines; a transit guard
tour report whose incidents are numbered notes under each tour's checkpoint grid. Every agency,
place and record is invented; no person is named. Deterministic: fixed seeds, reportlab invariant
mode. Run:
    python tests/documents/blind_logs105/make_blind_logs105.py [OUT_DIR]
"""

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
SEED = 20261205
STREETS = ["Ambrose", "Belcourt", "Carrow", "Delphine", "Ebbing", "Farrier", "Glenmore", "Hollins", "Iverly",
           "Juniper", "Kettering", "Lisle", "Morrow", "Nyland", "Oakhurst", "Pembry", "Rusk", "Selden"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


class Writer:
    """Line cursor over pages; header(c, page_no) draws the page head and returns the first y."""

    def __init__(self, path, size, header, bottom=50):
        self.c = new_canvas(path, size)
        self.size, self.header, self.bottom, self.page = size, header, bottom, 0
        self.y = 0
        self.new_page(first=True)

    def new_page(self, first=False):
        if not first:
            self.c.showPage()
        self.page += 1
        self.y = self.header(self.c, self.page)

    def room(self, lines, step):
        return self.y - lines * step >= self.bottom

    def cells(self, cells, step=10.5, font="Helvetica", size=8):
        for x, text, *f in cells:
            self.c.setFont(f[0] if f else font, size)
            self.c.drawString(x, self.y, text)
        self.y -= step

    def save(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- A: contract guard firm, city hall
A_TYPES = ["Trespass warning", "Unsecured door", "Disturbance in lobby", "Suspicious person", "Alarm activation",
           "Vandalism - graffiti", "Medical assist", "Theft of bicycle", "Lost property turned in",
           "Parking violation", "Water leak reported", "Verbal threat to staff"]
A_LOCS = ["City Hall lobby", "Council chambers", "Parking deck L2", "Parking deck L4", "Annex loading dock",
          "Permit counter", "East plaza", "Records vault corridor", "Transit shelter, Civic Way"]
A_DISP = ["Subject left on request", "Secured, no entry", "Referred to QPD", "Report to facilities",
          "Cleared", "EMS transported", "Owner notified"]
A_CP = [("01", "Main entry"), ("04", "North stair"), ("07", "Deck L2 east"), ("09", "Deck L4 ramp"),
        ("12", "Annex dock"), ("15", "Generator yard"), ("18", "Roof hatch")]


def make_a(r, v):
    days = v["days"]
    ts = times(r, days, v["n"])
    items, k = [], v["start"]
    tags = {cp: str(r.randint(30000, 49999)) for cp, _ in A_CP}
    for d, h, m in ts:
        rec = {"kind": "rec", "case_number": f"QMS-25-{k:04d}", "date": d, "time": f"{h:02d}:{m:02d}",
               "type": r.choice(A_TYPES), "location": r.choice(A_LOCS), "disposition": r.choice(A_DISP),
               "unit": f"Unit {r.randint(11, 48)}", "related": []}
        k += r.randint(1, 2)
        if rec["disposition"] == "Referred to QPD" or r.random() < 0.15:
            rec["disposition"] = "Referred to QPD"
            rec["related"].append(("police_case", f"QPD25-{r.randint(10000, 29999)}"))
        items.append(rec)
    # tour scans and shift changes, timed between incidents
    extra = []
    for d in days:
        for hh in (1, 5, 9, 13, 17, 21):
            for j, (cp, name) in enumerate(r.sample(A_CP, 2)):
                extra.append({"kind": "tour", "date": d, "time": f"{hh:02d}:{10 + j * 17:02d}",
                              "text": f"Checkpoint {cp} Tag {tags[cp]} {name} - scanned", "unit": f"Unit {r.randint(11, 48)}"})
        for hh in (6, 14, 22):
            extra.append({"kind": "shift", "date": d, "time": f"{hh:02d}:00",
                          "text": f"Post {r.randint(1, 4)}: Unit {r.randint(11, 48)} relieves Unit {r.randint(11, 48)}; "
                                  f"keys ring {r.randint(2, 9)} counted", "unit": "Supervisor"})
    allrows = sorted(items + extra, key=lambda x: (x["date"], x["time"], x["kind"] != "rec"))
    return allrows


def draw_a(path, rows, v):
    recs = [x for x in rows if x["kind"] == "rec"]

    def head(c, p):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 750, "ALDERGATE PROTECTIVE SERVICES [invented] - DAILY ACTIVITY REPORT")
        c.setFont("Helvetica", 8)
        c.drawString(40, 737, "Client: City of Quenby [invented], Municipal Campus   Contract QC-114   Site line 555-0142")
        c.drawString(500, 737, f"Page {p}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((40, "Date / Time"), (112, "Entry"), (175, "Activity"), (330, "Location"),
                     (450, "Police Case"), (515, "Officer")):
            c.drawString(x, 718, t)
        c.line(40, 714, 572, 714)
        return 702

    w = Writer(path, letter, head)
    for x in rows:
        if not w.room(1, 10.5):
            w.new_page()
        dt = f"{x['date'][1]:02d}/{x['date'][2]:02d}/25 {x['time']}"
        if x["kind"] == "rec":
            pc = x["related"][0][1] if x["related"] else ""
            w.cells([(40, dt), (112, x["case_number"], "Helvetica-Bold"), (175, x["type"]), (330, x["location"]),
                     (450, pc), (515, x["unit"])])
            w.cells([(175, "Disp: " + x["disposition"])])
        elif x["kind"] == "tour":
            w.cells([(40, dt), (112, "TOUR"), (175, x["text"]), (515, x["unit"])], font="Helvetica-Oblique")
        else:
            w.cells([(40, dt), (112, "SHIFT"), (175, x["text"]), (515, x["unit"])], font="Helvetica-Oblique")
    w.y -= 8
    if not w.room(3, 11):
        w.new_page()
    tours = sum(1 for x in rows if x["kind"] == "tour")
    w.cells([(40, f"Incidents this report: {len(recs)}", "Helvetica-Bold")], step=11)
    w.cells([(40, f"Checkpoint scans: {tours}   Shift changes: {sum(1 for x in rows if x['kind'] == 'shift')}")])
    w.save()


# ---------------------------------------------------------------- B: hospital security, police case first
B_TYPES = ["Code Grey - combative visitor", "Code Silver - weapon seen", "Patient elopement", "Theft from locker",
           "Assault on staff", "Vehicle break-in", "Disorderly visitor", "Found narcotics", "Trespass - prior ban",
           "Infant security tag alarm", "Property damage", "Suspicious package"]
B_LOCS = ["ED triage", "ED bay 14", "Tower B 5th floor", "Behavioral health unit", "Garage P3", "Main lobby",
          "Labor and delivery", "Pharmacy hallway", "Helipad access", "Cafeteria", "Surface lot C"]
B_DISP = ["Restraint assist, resolved", "Escorted off property", "Police report taken", "Located and returned",
          "Unfounded", "Property logged", "Referred to nursing supervisor", "Arrest by police"]


def make_b(r, v):
    days = v["days"]
    out, k = [], v["start"]
    for d, h, m in times(r, days, v["n"]):
        rec = {"kind": "rec", "case_number": f"TGH-S-{k}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/2025 {h:02d}{m:02d}",
               "type": r.choice(B_TYPES), "location": r.choice(B_LOCS), "disposition": r.choice(B_DISP),
               "badge": f"#{r.randint(200, 299)}", "related": []}
        k += r.randint(1, 3)
        if rec["disposition"] in ("Police report taken", "Arrest by police") or r.random() < 0.2:
            rec["related"].append(("police_case", f"TPD-25-{r.randint(10000, 99999)}"))
        out.append(rec)
    return out


def draw_b(path, recs, v):
    cols = [(30, "Police Case #"), (108, "Security Rpt #"), (180, "Reported"), (250, "Event"), (410, "Location"),
            (520, "Badge"), (560, "Outcome")]

    def head(c, p):
        c.setFont("Times-Bold", 12)
        c.drawString(30, 575, "Tessaly General Hospital [invented] - Department of Security")
        c.setFont("Times-Roman", 9)
        c.drawString(30, 562, f"Security Event Report, week of {v['label']}   (police case number shown where referred)")
        c.drawString(700, 562, f"page {p}")
        c.setFillGray(0.85)
        c.rect(28, 540, 736, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Times-Bold", 9)
        for x, t in cols:
            c.drawString(x, 544, t)
        return 526

    w = Writer(path, landscape(letter), head, bottom=40)
    for x in recs:
        ev = simpleSplit(x["type"], "Times-Roman", 9, 150)
        out = simpleSplit(x["disposition"], "Times-Roman", 9, 190)
        n = max(len(ev), len(out))
        if not w.room(n, 11):
            w.new_page()
        pc = x["related"][0][1] if x["related"] else "--"
        for i in range(n):
            cells = [(250, ev[i] if i < len(ev) else ""), (560, out[i] if i < len(out) else "")]
            if i == 0:
                cells += [(30, pc), (108, x["case_number"]), (180, x["reported_at"]), (410, x["location"]),
                          (520, x["badge"])]
            w.cells(cells, step=11, font="Times-Roman", size=9)
        w.y -= 3
    if not w.room(2, 11):
        w.new_page()
    w.cells([(30, f"Total security reports: {len(recs)}   referred to police: "
                  f"{sum(1 for x in recs if x['related'])}", "Times-Bold")], font="Times-Bold", size=9)
    w.save()


# ---------------------------------------------------------------- C: courthouse security labelled blocks
C_TYPES = ["Prohibited item at screening", "Disruptive party in courtroom", "Threat made to clerk",
           "Juror medical event", "Unattended bag", "Contempt remand escort", "Fight in hallway",
           "Protective order violation", "Fire alarm - evacuation"]
C_POSTS = ["Post 1 - North screening", "Post 2 - Jury assembly", "Post 3 - Courtroom 4B", "Post 4 - Clerk's counter",
           "Post 5 - Holding corridor", "Post 6 - Annex entrance"]
C_ACT = ["Item surrendered to vehicle", "Party removed by bailiff", "Sheriff's office notified",
         "EMS responded", "Area cleared, bag claimed", "Remand completed", "Subjects separated"]
C_NARR = ["Screening officer {b} observed the item on x-ray and the visitor was given the option to return it "
          "to the vehicle.", "Officer {b} responded on radio call, spoke with both parties and wrote a short "
          "statement for the court administrator.", "Deputy court security officer {b} stood by until the "
          "matter was resolved; the judge was briefed at recess.", "Officer {b} reviewed camera 22 and "
          "confirmed the account given; no further action at this time."]


def make_c(r, v):
    days = v["days"]
    out, k = [], v["start"]
    for d, h, m in times(r, days, v["n"]):
        h = 7 + h % 10
        b = f"CSO {r.randint(1100, 1199)}"
        rec = {"kind": "rec", "case_number": f"BCCS-2025-{k}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/2025 {h:02d}:{m:02d}",
               "type": r.choice(C_TYPES), "location": r.choice(C_POSTS), "disposition": r.choice(C_ACT),
               "narr": " ".join(r.sample(C_NARR, 2)).format(b=b), "related": []}
        k += 1
        if rec["disposition"] == "Sheriff's office notified" or r.random() < 0.2:
            rec["related"].append(("sheriff_case", f"BCSO 25-{r.randint(10000, 99999)}"))
        out.append(rec)
    out.sort(key=lambda x: x["reported_at"])
    for i, x in enumerate(out):
        x["case_number"] = f"BCCS-2025-{v['start'] + i}"
    return out


def draw_c(path, recs, v):
    def head(c, p):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 750, "BRISCO COUNTY [invented] COURTHOUSE SECURITY - INCIDENT LOG")
        c.setFont("Helvetica", 8)
        c.drawString(50, 738, f"Contract security for the Brisco County Courts, {v['label']}      Page {p}")
        c.line(50, 733, 562, 733)
        return 716

    w = Writer(path, letter, head, bottom=60)
    for x in recs:
        narr = simpleSplit(x["narr"], "Helvetica", 8, 420)
        lines = [("Incident No.:", x["case_number"] + ("" if not x["related"] else
                                                         f"      Referred: {x['related'][0][1]}")),
                 ("Date/Time:", x["reported_at"]), ("Post:", x["location"]), ("Type:", x["type"]),
                 ("Action:", x["disposition"])] + [("Narrative:" if i == 0 else "", t) for i, t in enumerate(narr)]
        if not w.room(3, 10.5):
            w.new_page()
        for i, (lab, val) in enumerate(lines):
            if not w.room(1, 10.5):
                w.new_page()
                w.cells([(50, "Incident No.:", "Helvetica-Bold"), (120, x["case_number"] + " (continued)")])
            w.cells([(50, lab, "Helvetica-Bold"), (120, val, "Helvetica-Bold" if i == 0 else "Helvetica")])
        w.y -= 9
    if not w.room(2, 11):
        w.new_page()
    w.cells([(50, f"Incident reports in this log: {len(recs)}", "Helvetica-Bold")])
    w.save()


# ---------------------------------------------------------------- D: university DPS shift narrative
D_TYPES = ["theft of laptop", "intoxicated student", "suspicious person", "fire alarm", "vandalism",
           "harassment complaint", "welfare check", "noise complaint", "bicycle theft", "trespass"]
D_LOCS = ["Farrow Library", "Halvorsen Hall", "Lot 12", "the Rec Center", "Ibsen Quad", "Meadow Residence Hall",
          "the Student Union", "Tiller Science Building", "Lot 7"]
D_DISP = ["report taken", "cleared", "referred to Kellerman PD", "student conduct referral", "unfounded",
          "transported by EMS", "arrest made"]


def make_d(r, v):
    days = v["days"]
    k = v["start"]
    items = []
    for d, h, m in times(r, days, v["n"]):
        rec = {"kind": "rec", "case_number": f"25-{k:04d}", "date": d, "time": f"{h:02d}{m:02d}",
               "type": r.choice(D_TYPES).capitalize(), "location": r.choice(D_LOCS), "disposition": r.choice(D_DISP),
               "unit": f"Unit {r.randint(20, 39)}", "related": []}
        k += 1
        if rec["disposition"] in ("referred to Kellerman PD", "arrest made"):
            rec["related"].append(("police_case", f"KPD 25-{r.randint(100000, 199999)}"))
        if r.random() < 0.12 or len(items) in (3, v["n"] - 5):
            rec["related"].append(("earlier_incident", f"25-{r.randint(800, 1000):04d}"))
        items.append(rec)
    for d in days:
        for sh in ("0700", "1500", "2300"):
            items.append({"kind": "shift", "date": d, "time": sh})
    items.sort(key=lambda x: (x["date"], x["time"], x["kind"] == "rec"))
    out = items
    return out


def draw_d(path, items, v):
    def head(c, p):
        c.setFont("Times-Bold", 12)
        c.drawString(60, 745, "Kellerman State University [invented] - Department of Public Safety")
        c.setFont("Times-Italic", 9)
        c.drawString(60, 732, f"Shift Supervisor Narrative Log, {v['label']}  -  page {p}")
        return 710

    w = Writer(path, letter, head, bottom=55)
    last = None
    r = random.Random(SEED + 44)
    for x in items:
        if x["date"] != last:
            last = x["date"]
            if not w.room(5, 11):
                w.new_page()
            w.y -= 4
            w.cells([(60, f"DATE: {x['date'][1]:02d}/{x['date'][2]:02d}/{x['date'][0]}", "Times-Bold")],
                    step=12, size=10)
            for t in simpleSplit(f"POST ORDERS: lock Halvorsen Hall at 2200; card readers at Tiller Science "
                                 f"offline 0100-0300; escort post 3 staffed 1800-0200, radio channel {r.randint(2, 6)}; "
                                 f"visitor lot gate code changes at 0600.", "Times-Italic", 9, 480):
                w.cells([(72, t, "Times-Italic")], step=11, size=9)
        if x["kind"] == "shift":
            if not w.room(1, 11):
                w.new_page()
            w.cells([(60, f"{x['time']} hrs. Shift change: Sgt. unit {r.randint(10, 19)} relieved by unit "
                          f"{r.randint(10, 19)}, {r.randint(3, 7)} officers on, radios and keys accounted for.",
                      "Times-Roman")], step=11, size=9)
            continue
        txt = f"{x['time']} hrs. {x['unit']} responded to {x['location']}. Type: {x['type']}. "
        for kind, num in x["related"]:
            if kind == "earlier_incident":
                txt += f"Same complainant as earlier report (follow-up to KSU {num}). "
        txt += f"Disposition: {x['disposition']}"
        for kind, num in x["related"]:
            if kind == "police_case":
                txt += f", Kellerman PD case {num}"
        txt += f". (KSU {x['case_number']})"
        lines = simpleSplit(txt, "Times-Roman", 9, 480)
        if not w.room(len(lines), 11):
            w.new_page()
        for i, t in enumerate(lines):
            w.cells([(60 if i == 0 else 84, t, "Times-Roman")], step=11, size=9)
    w.y -= 6
    if not w.room(2, 11):
        w.new_page()
    n = sum(1 for x in items if x["kind"] == "rec")
    w.cells([(60, f"Incidents logged: {n}.  Shift changes: {sum(1 for x in items if x['kind'] == 'shift')}.",
              "Times-Bold")], size=9)
    w.save()


# ---------------------------------------------------------------- E: transit guard tour with incident notes
E_TYPES = ["Fare evasion", "Sleeping in station", "Graffiti", "Fight on platform", "Elevator entrapment",
           "Lost child reunited", "Smoking on platform", "Panhandling", "Broken glass", "Trespass on track area"]
E_LOCS = ["Platform A", "Platform B", "Mezzanine", "Bus bay 3", "Bus bay 6", "Ticket hall", "Bike cage",
          "North elevator", "Stair 2"]
E_DISP = ["Warned and left", "Trespassed", "Reported to maintenance", "Police responded", "Cleared", "Released to parent"]
E_STATIONS = ["Pellam Central Station", "Ridgeview Transit Center", "Oxbow Park and Ride"]


def make_e(r, v):
    tours, k = [], v["start"]
    for day in v["days"]:
        for st in E_STATIONS:
            n = r.randint(2, 6)
            notes = []
            for t in sorted(r.sample(range(22 * 60, 30 * 60), n)):
                h, m = (t // 60) % 24, t % 60
                rec = {"kind": "rec", "case_number": f"PTA-25-{k:04d}", "time": f"{h:02d}{m:02d}",
                       "type": r.choice(E_TYPES), "location": r.choice(E_LOCS), "disposition": r.choice(E_DISP),
                       "related": []}
                k += 1
                if rec["disposition"] == "Police responded":
                    rec["related"].append(("police_case", f"PPB 25-{r.randint(300000, 399999)}"))
                notes.append(rec)
            tours.append({"date": day, "station": st, "notes": notes,
                          "tags": [f"{r.randint(1000, 9999)}" for _ in range(6)]})
    return tours


def draw_e(path, tours, v):
    def head(c, p):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 752, "PELLAM REGIONAL TRANSIT AUTHORITY [invented] - SECURITY GUARD TOUR REPORT")
        c.setFont("Courier", 8)
        c.drawString(40, 741, f"Night tours 2200-0600, {v['label']}          sheet {p}")
        return 720

    w = Writer(path, letter, head, bottom=45)
    r = random.Random(SEED + 55)
    for tour in tours:
        notes = tour["notes"]
        need = 3 + 6 + 2 + 2 * len(notes)
        if not w.room(need, 10):
            w.new_page()
        d = tour["date"]
        w.cells([(40, f"TOUR {d[1]:02d}/{d[2]:02d}/{d[0]}  Post: {tour['station']}  Officer badge {r.randint(600, 699)}",
                  "Courier-Bold")], step=11, font="Courier")
        w.cells([(40, "Rnd"), (80, "Checkpoint"), (200, "Tag"), (250, "Scan"), (300, "Note")], font="Courier-Bold")
        marks = list(range(1, len(notes) + 1))
        for rnd in range(1, 4):
            for j in range(2):
                cp = rnd * 2 + j - 2
                note = ""
                if rnd == 3 and j == 1 and marks:
                    note = "see " + " ".join(f"[{m}]" for m in marks)
                    marks = []
                elif marks and r.random() < 0.6:
                    note = f"see [{marks.pop(0)}]"
                w.cells([(40, f"{rnd}"), (80, f"CP-{cp + 1:02d}"), (200, tour["tags"][cp]),
                         (250, f"{(19 + rnd * 3 + j) % 24:02d}{r.randint(0, 59):02d}"), (300, note)], font="Courier")
        w.cells([(40, f"Incidents noted on this tour ({len(notes)}):", "Courier-Bold")], font="Courier")
        for i, x in enumerate(notes, 1):
            w.cells([(40, f"[{i}] {x['case_number']} {x['time']} {x['type']} - {x['location']}")], font="Courier")
            tail = f"Disp: {x['disposition']}" + (f"  Ref. {x['related'][0][1]}" if x["related"] else "")
            w.cells([(64, tail)], font="Courier")
        w.y -= 8
    if not w.room(2, 10):
        w.new_page()
    w.cells([(40, f"Total incidents: {sum(len(t['notes']) for t in tours)}", "Courier-Bold")], font="Courier")
    w.save()


def V(month, days, start, n, label):
    return {"days": [(2025, month, d) for d in days], "start": start, "n": n, "label": label}


def e_recs(tours):
    out = []
    for t in tours:
        for x in t["notes"]:
            x["reported_at"] = f"{t['date'][1]:02d}/{t['date'][2]:02d}/{t['date'][0]} {x['time']}"
            out.append(x)
    return out


def rec_a(rows):
    out = [x for x in rows if x["kind"] == "rec"]
    for x in out:
        x["reported_at"] = f"{x['date'][1]:02d}/{x['date'][2]:02d}/25 {x['time']}"
    return out


def rec_d(items):
    out = [x for x in items if x["kind"] == "rec"]
    for x in out:
        x["reported_at"] = f"{x['date'][1]:02d}/{x['date'][2]:02d}/{x['date'][0]} {x['time']}"
    return out


AGENCIES = [
    ("quenby-ks-municipal-campus-security", 1, [("quenby-dar-2025-10-06-08.pdf", V(10, (6, 7, 8), 611, 54, "")),
                                                 ("quenby-dar-2025-10-09-11.pdf", V(10, (9, 10, 11), 702, 47, ""))], make_a, draw_a, rec_a,
     "Aldergate Protective Services, contract security for the City of Quenby municipal campus, KS [invented]",
     "daily activity report (contract guard firm)", "table with header",
     ["case_number", "reported_at", "type", "location", "disposition", "unit"],
     "Daily activity report of a contract guard firm, one table for three days: Date / Time (MM/DD/YY HH:MM), "
     "Entry, Activity, Location, Police Case, Officer. Incident rows carry the firm's number QMS-25-NNNN in the "
     "Entry column (the id) and a second line 'Disp: ...'. Traps: guard-tour checkpoint scans ('TOUR', Checkpoint "
     "NN Tag NNNNN) and shift-change rows ('SHIFT', Post N: Unit A relieves Unit B) are interleaved in the same "
     "table with the same date/time column but are not records; 5-digit tag numbers are not ids; the Police Case "
     "column holds the city police number the incident was referred to (QPD25-NNNNN), a related number. Ends with "
     "'Incidents this report: N' and 'Checkpoint scans: M   Shift changes: K'.",
     "all incident rows counted against 'Incidents this report' on the last page"),
    ("tessaly-general-hospital-md-security", 2, [("tgh-security-events-2025-10-13.pdf", V(10, range(13, 18), 40218, 66, "October 13, 2025")),
      ("tgh-security-events-2025-10-20.pdf", V(10, range(20, 25), 40391, 58, "October 20, 2025"))], make_b, draw_b,
     lambda x: x, "Tessaly General Hospital, Department of Security, MD [invented]",
     "weekly security event report (hospital security)", "table with header",
     ["case_number", "reported_at", "type", "location", "disposition"],
     "Landscape table under a grey header band repeated per page: Police Case #, Security Rpt #, Reported "
     "(MM/DD/YYYY HHMM), Event, Location, Badge, Outcome; one line per row. Twist: the FIRST column is the "
     "city police case number (TPD-25-NNNNN, a related number) or '--'; the record's own id is the hospital "
     "security report number TGH-S-NNNNN in the second column. Code names (Code Grey, Code Silver), bay, floor "
     "and lot numbers are not numbers of records. Ends 'Total security reports: N   referred to police: M'.",
     "all rows counted against 'Total security reports'"),
    ("brisco-county-ut-courthouse-security", 3, [("brisco-courthouse-security-log-2025-10-20.pdf",
                                                 V(10, range(20, 25), 2291, 48, "October 20-24, 2025"))], make_c, draw_c,
     lambda x: x, "Brisco County Courthouse Security (contract court security officers), UT [invented]",
     "courthouse security incident log", "labelled blocks",
     ["case_number", "reported_at", "type", "location", "disposition", "summary"],
     "Labelled blocks: 'Incident No.:' (id BCCS-2025-NNNN, with 'Referred: BCSO 25-NNNNN' on the same line when "
     "the sheriff's office took a case — a related number), 'Date/Time:', 'Post:', 'Type:', 'Action:' (the "
     "disposition), 'Narrative:' (wraps). Trap: a block cut by a page break continues at the top of the next page "
     "under a repeated 'Incident No.: BCCS-2025-NNNN (continued)' line, which is not a new record; narratives cite "
     "officer numbers (CSO 11NN) and camera numbers. Ends 'Incident reports in this log: N'.",
     "blocks counted against 'Incident reports in this log'; continued headers excluded"),
    ("kellerman-state-university-dps", 4, [("ksu-dps-shift-narrative-2025-10-27.pdf",
                                           V(10, (27, 28, 29), 1043, 52, "October 27-29, 2025")),
                                          ("ksu-dps-shift-narrative-2025-10-30.pdf",
                                           V(10, (30, 31), 1095, 41, "October 30-31, 2025"))], make_d, draw_d, rec_d,
     "Kellerman State University Department of Public Safety [invented]",
     "shift supervisor narrative log (campus public safety)", "free text",
     ["case_number", "reported_at", "type", "location", "disposition", "unit"],
     "Free-text shift narrative grouped under 'DATE: MM/DD/YYYY' headings, each followed by a 'POST ORDERS:' "
     "paragraph (times, radio channel, gate code changes: not records). Entries start with 'HHMM hrs.' and end "
     "with the id in parentheses '(KSU 25-NNNN)'; the date comes from the heading above. Traps: 'HHMM hrs. Shift "
     "change: ...' lines start like entries but are not records; some entries cite an earlier incident "
     "'(follow-up to KSU 25-0NNN)' not in this log, and referrals 'Kellerman PD case KPD 25-NNNNNN' — both are "
     "related numbers. Ends 'Incidents logged: N.  Shift changes: K.'",
     "entries counted against 'Incidents logged'"),
    ("pellam-regional-transit-or-security", 5, [("pellam-guard-tour-2025-11-03-06.pdf",
                                                V(11, (3, 4, 5, 6), 517, 0, "November 3-6, 2025"))], make_e, draw_e, e_recs,
     "Pellam Regional Transit Authority, Security Services, OR [invented]",
     "guard tour report with incident notes (transit security)", "free text",
     ["case_number", "reported_at", "type", "location", "disposition"],
     "Guard tour report, one block per night tour and station: a 'TOUR MM/DD/YYYY Post: station' line, a "
     "checkpoint grid (Rnd, Checkpoint CP-NN, Tag NNNN, Scan HHMM, Note 'see [n]'), then 'Incidents noted on this "
     "tour (n):' and numbered notes '[n] PTA-25-NNNN HHMM Type - Location' with a 'Disp: ...' line (and 'Ref. PPB "
     "25-NNNNNN' when city police responded, a related number). Traps: the checkpoint grid is a table of scans, "
     "not records; 4-digit tag numbers look like id suffixes; 'see [n]' markers point at the notes; the note "
     "times after midnight belong to the next calendar day while the tour date is the start night's (reported_at "
     "in the ground truth keeps the tour date as printed). Ends 'Total incidents: N'.",
     "notes counted per tour against each 'Incidents noted on this tour (n)' and the total"),
]


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, seed):
    related = [{"record": x["case_number"], "kind": k, "number": n} for x in recs for k, n in x["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in ("case_number", "reported_at", "type", "location", "disposition")
             if k in fields and k in recs[i]}
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs105.py (seed {SEED} + {seed})",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [x["case_number"] for x in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs105.py) from the records it drew; "
                               "checked by check_blind_logs105.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def main():
    for name, seed, fname, make, draw, recs_of, agency, doc, layout, fields, notes, cc in AGENCIES:
        r = random.Random(SEED + seed)
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = []
        for fn, v in fname:
            rows = make(r, v)
            draw(d / fn, rows, v)
            gt.append(entry(d / fn, agency, doc, layout, recs_of(rows), fields, notes, cc, seed))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
