"""Generate a held-out set of combined public-safety run logs (police, fire and EMS in one log).

Every department here runs police, fire and EMS under one director and prints one run log for all
three services, each service numbering its entries in its own series. Five layouts: a daily log
whose joint calls are printed once under the lead service with the other services' numbers on
indented child lines; a landscape log followed by a fire/EMS response-time table that repeats every
run number; a weekly press log in three sections, each service writing in its own style; CAD call
summaries in which one call block holds one to three service incidents; a Courier run book with a
police Case No. column and a fire/EMS Run No. column. Every agency, place and record is invented;
no person is named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs78/make_blind_logs78.py [OUT_DIR]
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
SEED = 20261178
STREETS = ["Ash", "Birch", "Canal", "Depot", "Elm", "Ferry", "Grange", "Hollis", "Iron", "Juniper", "Kiln",
           "Lantern", "Mill", "North", "Orchard", "Pine", "Quarry", "River", "School", "Tannery", "Union",
           "Vale", "Water", "Yardley"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]

P_TYPES = ["Suspicious vehicle", "Theft", "Traffic crash - property", "Domestic disturbance", "Alarm - burglar",
           "Welfare check", "Vandalism", "Noise complaint", "Retail fraud", "Trespass", "Animal complaint",
           "Harassment", "Found property", "Traffic stop"]
F_TYPES = ["Fire alarm activation", "Vehicle fire", "Smoke investigation", "Brush fire", "Gas odor",
           "Structure fire", "Wires down", "Carbon monoxide alarm", "Lift assist", "Dumpster fire"]
E_TYPES = ["Sick person", "Fall", "Breathing problem", "Chest pain", "Unconscious person", "Overdose",
           "Traffic crash - injury", "Seizure", "Diabetic problem", "Psychiatric"]
P_DISP = ["Report taken", "No report", "Unfounded", "Advised", "Arrest", "Citation", "Referred"]
E_DISP = ["Transported", "Patient refusal", "Treated, not transported", "No patient found", "Cancelled en route"]


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
    a = f"{r.randint(1, 89) * 10 + r.randint(0, 9)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


class Series:
    """One service's number series: fmt with one integer field; numbers issued in order."""

    def __init__(self, fmt, start):
        self.fmt, self.k = fmt, start

    def next(self, r, step=True):
        self.k += r.choice((1, 1, 1, 2)) if step else 1
        return self.fmt.format(self.k)


def base(r, dlist, n, weights=(0.55, 0.17, 0.28)):
    """n records in time order, each with a service drawn by weight."""
    mins = sorted(r.sample(range(0, 1440 * len(dlist)), n))
    out = []
    for m in mins:
        svc = r.choices(["police", "fire", "ems"], weights)[0]
        d = dlist[m // 1440]
        out.append({"service": svc, "day": d, "hm": ((m % 1440) // 60, m % 60), "related": [],
                    "type": r.choice({"police": P_TYPES, "fire": F_TYPES, "ems": E_TYPES}[svc])})
    return out


def police_disp(r, rec, bk, cit):
    d = r.choice(P_DISP)
    if d == "Arrest":
        num = bk.format(r.randint(1000, 9999))
        rec["related"].append(("booking_number", num))
        return f"Arrest, booked {num}"
    if d == "Citation":
        num = cit.format(r.randint(100000, 999999))
        rec["related"].append(("citation", num))
        return f"Citation {num}"
    if d == "Referred":
        num = f"State Police {r.randint(10, 99)}-{r.randint(1000, 9999)}"
        rec["related"].append(("other_agency_case", num.split(" ", 2)[2]))
        return f"Referred to {num}"
    return d


def fire_disp(r, typ):
    t = typ.lower()
    if "alarm" in t:
        return r.choice(["False alarm - system malfunction", "Alarm reset", "Cancelled en route"])
    if "fire" in t:
        return r.choice(["Extinguished", "Fire out on arrival", "Cancelled en route"])
    if "lift" in t:
        return r.choice(["Assisted EMS", "Resident assisted"])
    return r.choice(["No hazard found", "Hazard mitigated", "Investigated", "Cancelled en route"])


def ems_disp(r, rec):
    d = r.choice(E_DISP)
    if d == "Transported":
        return f"Transported to {r.choice(['Mercy Regional', 'County General', 'St. Anselm'])}"
    return d


# ---------------------------------------------------------------- 1: Kettering Falls (child lines)

def kf_records(r, dlist, n, starts):
    ser = {"police": Series("25-PD-{:05d}", starts[0]), "fire": Series("25-FD-{:04d}", starts[1]),
           "ems": Series("25-EM-{:04d}", starts[2])}
    recs = base(r, dlist, n)
    for rec in recs:
        rec["case_number"] = ser[rec["service"]].next(r)
        h, m = rec["hm"]
        rec["reported_at"] = f"{mdy(rec['day'])} {h:02d}:{m:02d}"
        rec["location"] = addr(r, True)
        rec["type"] = rec["type"].upper()
        if rec["service"] == "police":
            rec["disposition"] = police_disp(r, rec, "KFJ-{}", "MI-{}").upper()
        elif rec["service"] == "fire":
            rec["disposition"] = fire_disp(r, rec["type"]).upper()
        else:
            rec["disposition"] = ems_disp(r, rec).upper()
        # a joint call is printed once, under the lead service; the other services' numbers, drawn
        # from their series on the same call, are printed on indented child lines and not listed again
        rec["assoc"] = []
        if r.random() < 0.2:
            others = [s for s in ser if s != rec["service"]]
            for s in r.sample(others, r.choice((1, 1, 2))):
                num = ser[s].next(r, step=False)
                rec["assoc"].append((s, num))
                rec["related"].append(("other_service_number", num))
    return recs


SVC3 = {"police": "POL", "fire": "FIRE", "ems": "EMS"}


def draw_kf(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Incident #"), (104, "Svc"), (134, "Received"), (208, "Nature"), (330, "Location"),
            (440, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 40, "KETTERING FALLS DEPARTMENT OF PUBLIC SAFETY")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 53, f"Daily Log - Police / Fire / EMS - {label}")
        c.drawRightString(w - 36, h - 40, "Records 269 555-0144")
        c.drawRightString(w - 36, h - 53, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 72, t)
        c.line(36, h - 75, w - 36, h - 75)
        c.setFont("Helvetica-Oblique", 6.5)
        c.drawString(36, 28, "Joint calls are listed once, under the lead service; numbers the other services drew "
                             "on the same call are shown indented beneath (+).")
        return h - 86

    y = head()
    for rec in recs:
        nat = wrap(rec["type"], "Helvetica", 7.5, 118)
        loc = wrap(rec["location"], "Helvetica", 7.5, 106)
        dsp = wrap(rec["disposition"], "Helvetica", 7.5, w - 36 - 440)
        n = max(len(nat), len(loc), len(dsp)) + len(rec["assoc"])
        if y - 9.5 * n < 44:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, rec["case_number"])
        c.setFont("Helvetica", 7.5)
        c.drawString(104, y, SVC3[rec["service"]])
        c.drawString(134, y, rec["reported_at"])
        for x, lines in ((208, nat), (330, loc), (440, dsp)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 9.5 * j, t)
        yy = y - 9.5 * max(len(nat), len(loc), len(dsp))
        c.setFont("Helvetica-Oblique", 7)
        for s, num in rec["assoc"]:
            c.drawString(44, yy, f"+ {num}")
            c.drawString(104, yy, SVC3[s])
            c.drawString(134, yy, "drawn on the same call - see lead entry above")
            yy -= 9.5
        c.setStrokeGray(0.75)
        c.line(36, yy + 6.5, w - 36, yy + 6.5)
        c.setStrokeGray(0)
        y = yy - 3
    cnt = {s: sum(1 for x in recs if x["service"] == s) for s in SVC3}
    na = sum(len(x["assoc"]) for x in recs)
    if y < 70:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 10, f"Entries listed: {len(recs)}  (Police {cnt['police']}, Fire {cnt['fire']}, "
                             f"EMS {cnt['ems']})   Associated numbers shown: {na}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 2: Port Carvel (response-time table)

def pc_records(r, dlist, n, starts):
    ser = {"police": Series("PC25-{:04d}", starts[0]), "fire": Series("F-25-{:03d}", starts[1]),
           "ems": Series("A-25-{:04d}", starts[2])}
    recs = base(r, dlist, n - 6)
    # six joint calls: the second service gets its own entry with the same date, time and address
    for i in sorted(r.sample(range(1, len(recs) - 1), 6), reverse=True):
        twin = dict(recs[i])
        twin["service"] = r.choice([s for s in ser if s != recs[i]["service"]])
        twin["type"] = r.choice({"police": P_TYPES, "fire": F_TYPES, "ems": E_TYPES}[twin["service"]])
        twin["related"] = []
        twin["twin_of"] = recs[i]
        recs.insert(i + 1, twin)
    for rec in recs:
        rec["case_number"] = ser[rec["service"]].next(r)
        h, m = rec["hm"]
        rec["date"], rec["time"] = mdy(rec["day"]), f"{h:02d}:{m:02d}"
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        rec["location"] = rec.pop("twin_of")["location"] if "twin_of" in rec else addr(r)
        if rec["service"] == "police":
            rec["disposition"] = police_disp(r, rec, "BK-{}", "ME{}")
            if r.random() < 0.12:  # follow-up to a fire run of an earlier period (not in this log)
                num = f"F-25-{r.randint(starts[1] - 60, starts[1] - 5):03d}"
                rec["disposition"] += f"; fire investigation follow-up, run {num}"
                rec["related"].append(("other_service_number", num))
        elif rec["service"] == "fire":
            rec["disposition"] = fire_disp(r, rec["type"])
            rec["units"] = r.sample(["E1", "E2", "L1", "T3"], r.choice((1, 2)))
        else:
            rec["disposition"] = ems_disp(r, rec)
            rec["units"] = [r.choice(["M1", "M2", "M3"])]
            if r.random() < 0.12:  # police case opened earlier on the same patient's address
                num = f"PC25-{r.randint(starts[0] - 150, starts[0] - 10):04d}"
                rec["disposition"] += f"; PD case {num} on file"
                rec["related"].append(("other_service_number", num))
        if rec["service"] != "police":
            rt = r.randint(190, 620)
            rec["resp"] = rt
    return recs


def draw_pc(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    cols = [(32, "Date"), (80, "Time"), (112, "Number"), (168, "Type of Call"), (300, "Address"),
            (420, "Action Taken")]
    page = [0]

    def head(rt=False):
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawString(32, h - 40, "Town of Port Carvel - Public Safety Department")
        c.setFont("Times-Roman", 9)
        c.drawString(32, h - 53, ("Fire and EMS response-time report" if rt else "Police, Fire & Ambulance Log")
                     + f", {label}")
        c.drawRightString(w - 32, h - 40, "207 555-0152")
        c.drawRightString(w - 32, h - 53, f"page {page[0]} of {pages or 0}")
        c.line(32, h - 58, w - 32, h - 58)
        return h - 74

    def titles(y, cs):
        c.setFont("Times-Bold", 8.5)
        for x, t in cs:
            c.drawString(x, y, t)
        c.line(32, y - 3, w - 32, y - 3)
        return y - 13

    y = titles(head(), cols)
    for rec in recs:
        typ = wrap(rec["type"], "Times-Roman", 8.5, 126)
        loc = wrap(rec["location"], "Times-Roman", 8.5, 114)
        dsp = wrap(rec["disposition"], "Times-Roman", 8.5, w - 32 - 420)
        n = max(len(typ), len(loc), len(dsp))
        if y - 10.5 * n < 40:
            c.showPage()
            y = titles(head(), cols)
        c.setFont("Times-Roman", 8.5)
        c.drawString(32, y, rec["date"])
        c.drawString(80, y, rec["time"])
        c.drawString(112, y, rec["case_number"])
        for x, lines in ((168, typ), (300, loc), (420, dsp)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 10.5 * j, t)
        y -= 10.5 * n + 3
    cnt = {s: sum(1 for x in recs if x["service"] == s) for s in SVC3}
    c.setFont("Times-Bold", 9)
    c.drawString(32, y - 8, f"Log entries: {len(recs)}   Police {cnt['police']}   Fire {cnt['fire']}   "
                            f"Ambulance {cnt['ems']}")
    # the response-time report repeats every fire and ambulance run number: these lines are not entries
    c.showPage()
    rcols = [(32, "Run"), (100, "Unit(s)"), (170, "Date"), (230, "Dispatched"), (300, "On scene"),
             (370, "Response (m:ss)")]
    y = titles(head(True), rcols)
    runs = [x for x in recs if x["service"] != "police"]
    for rec in runs:
        if y < 50:
            c.showPage()
            y = titles(head(True), rcols)
        hh, mm = rec["hm"]
        on = datetime.datetime(*rec["day"], hh, mm) + datetime.timedelta(seconds=rec["resp"] + 40)
        c.setFont("Times-Roman", 8.5)
        c.drawString(32, y, rec["case_number"])
        c.drawString(100, y, " ".join(rec["units"]))
        c.drawString(170, y, rec["date"])
        c.drawString(230, y, f"{hh:02d}:{mm:02d}:40")
        c.drawString(300, y, on.strftime("%H:%M:%S"))
        c.drawString(370, y, f"{rec['resp'] // 60}:{rec['resp'] % 60:02d}")
        y -= 10.5
    s = sorted(x["resp"] for x in runs)
    p90 = s[int(0.9 * (len(s) - 1))]
    c.setFont("Times-Bold", 9)
    c.drawString(32, y - 8, f"Runs measured: {len(runs)}   90th percentile response: {p90 // 60}:{p90 % 60:02d}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 3: Lake Tamsett (press log by service)

def ampm(h, m):
    return f"{(h % 12) or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def lt_records(r, dlist, n, starts):
    ser = {"police": Series("25-P-{:04d}", starts[0]), "fire": Series("25-F-{:03d}", starts[1]),
           "ems": Series("25-R-{:04d}", starts[2])}
    recs = base(r, dlist, n)
    for rec in recs:
        rec["case_number"] = ser[rec["service"]].next(r)
    for rec in recs:
        h, m = rec["hm"]
        d = datetime.date(*rec["day"])
        rec["reported_at"] = f"{d.strftime('%b.')} {d.day}, 2025 {ampm(h, m)}"
        rec["location"] = f"{r.choice(STREETS)} {r.choice(['Street', 'Road', 'Avenue', 'Lane'])}"
        if rec["service"] == "police":
            d0 = r.choice(["Checked, all in order", "Report taken", "Parties advised", "Unable to locate",
                           "Arrest", "Citation issued"])
            if d0 == "Arrest":
                num = f"LTJ-{r.randint(1000, 9999)}"
                d0 = f"One adult arrested, booking {num}"
                rec["related"].append(("booking_number", num))
            elif d0 == "Citation issued":
                num = f"WI{r.randint(100000, 999999)}"
                d0 = f"Citation {num} issued"
                rec["related"].append(("citation", num))
            rec["disposition"] = d0
        elif rec["service"] == "fire":
            rec["disposition"] = fire_disp(r, rec["type"])
        else:
            rec["type"] = rec["type"].lower()
            rec["disposition"] = r.choice(["Patient taken to Tamsett Memorial", "Patient refused transport",
                                           "Treated at scene", "Patient taken to Northfield Hospital"])
        # a joint call is written up once, by the lead service; the number another service drew is cited
        if r.random() < 0.18:
            s = r.choice([x for x in ser if x != rec["service"]])
            rec["cite"] = (s, ser[s].next(r, step=False))
            rec["related"].append(("other_service_number", rec["cite"][1]))
    order = {"police": 0, "fire": 1, "ems": 2}
    return sorted(recs, key=lambda x: (order[x["service"]], x["day"], x["hm"]))


CITE = {"police": "Police case {} opened.", "fire": "Fire run {} logged for the engine company.",
        "ems": "Rescue call {} logged; crew released on scene."}


def lt_text(rec):
    h, m = rec["hm"]
    cite = f" {CITE[rec['cite'][0]].format(rec['cite'][1])}" if "cite" in rec else ""
    if rec["service"] == "police":
        return f"{ampm(h, m)} - {rec['type']}, {rec['location']}. {rec['disposition']}.{cite} ({rec['case_number']})"
    if rec["service"] == "fire":
        return (f"Run {rec['case_number']} - {ampm(h, m)} - {rec['type']} at {rec['location']}. "
                f"{rec['disposition']}.{cite}")
    return (f"{ampm(h, m)}, {rec['location']}: {rec['type']}. {rec['disposition']}.{cite} "
            f"Rescue call {rec['case_number']}.")


def draw_lt(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    L, R = 60, w - 60

    def head():
        page[0] += 1
        c.setFont("Times-Italic", 8.5)
        c.drawString(L, h - 36, "Lake Tamsett Public Safety - for release to the Tamsett Courier")
        c.drawRightString(R, h - 36, f"{page[0]}/{pages or 0}")
        c.line(L, h - 40, R, h - 40)
        return h - 58

    y = head()
    cnt = {s: sum(1 for x in recs if x["service"] == s) for s in SVC3}
    c.setFont("Times-Bold", 15)
    c.drawString(L, y, f"Public Safety Log, {label}")
    y -= 16
    c.setFont("Times-Roman", 10)
    c.drawString(L, y, f"This week the department handled {cnt['police']} police calls, {cnt['fire']} fire runs "
                       f"and {cnt['ems']} rescue calls.")
    y -= 12
    c.setFont("Times-Italic", 9)
    c.drawString(L, y, "Joint calls are written up once, by the lead service. Questions: 715 555-0127.")
    y -= 20
    heads = {"police": "POLICE", "fire": "FIRE", "ems": "RESCUE SQUAD"}
    sec = day = None
    for rec in recs:
        lines = wrap(lt_text(rec), "Times-Roman", 10, R - L - 14)
        need = 12.5 * len(lines) + (34 if rec["service"] != sec else 0) + (16 if rec["day"] != day else 0)
        if y - need < 50:
            c.showPage()
            y = head()
        if rec["service"] != sec:
            sec, day = rec["service"], None
            y -= 6
            c.setFont("Times-Bold", 12)
            c.drawString(L, y, heads[sec])
            y -= 16
        if rec["day"] != day:
            day = rec["day"]
            d = datetime.date(*day)
            c.setFont("Times-BoldItalic", 10)
            c.drawString(L, y, f"{d.strftime('%A')}, {d.strftime('%b.')} {d.day}, 2025")
            y -= 13
        c.setFont("Times-Roman", 10)
        for j, t in enumerate(lines):
            c.drawString(L + (0 if j == 0 else 14), y, t)
            y -= 12.5
        y -= 2
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 4: Brindleford (CAD call blocks)

def br_records(r, dlist, ncalls, starts):
    ser = {"police": Series("BPD25-{:05d}", starts[0]), "fire": Series("BFD25-{:04d}", starts[1]),
           "ems": Series("BEMS25-{:04d}", starts[2])}
    calls = base(r, dlist, ncalls, (0.55, 0.15, 0.30))
    cfs = starts[3]
    out = []
    for call in calls:
        cfs += r.randint(1, 9)
        h, m = call["hm"]
        call["cfs"] = f"25-{cfs:07d}"
        call["received"] = f"{mdy(call['day'])} {h:02d}:{m:02d}:{r.randint(0, 59):02d}"
        call["location"] = addr(r, True)
        svcs = [call["service"]]
        if call["service"] != "police" and r.random() < 0.3:
            svcs.append("police")
        if call["service"] == "fire" and r.random() < 0.5:
            svcs.append("ems")
        if call["service"] == "police" and r.random() < 0.15:
            svcs.append("ems")
        call["incs"] = []
        for s in ["police", "fire", "ems"]:
            if s not in svcs:
                continue
            rec = {"service": s, "case_number": ser[s].next(r), "reported_at": call["received"],
                   "location": call["location"], "related": [("call_number", call["cfs"])],
                   "type": call["type"] if s == call["service"] else
                   r.choice({"police": P_TYPES, "fire": F_TYPES, "ems": E_TYPES}[s])}
            rec["type"] = rec["type"].upper()
            if s == "police":
                rec["disposition"] = police_disp(r, rec, "BCJ-{}", "OH{}")
            elif s == "fire":
                rec["disposition"] = fire_disp(r, rec["type"])
            else:
                rec["disposition"] = ems_disp(r, rec)
            call["incs"].append(rec)
            out.append(rec)
        call["note"] = r.choice(["Caller on scene.", "Second caller reported the same.", "Units staged on Depot St.",
                                 "Caller requested no lights or sirens.", "Keyholder en route.", ""])
        if r.random() < 0.12:  # follow-up to an incident of an earlier period, another service's series
            s = r.choice([x for x in ser if x not in svcs])
            num = ser[s].fmt.format(starts[["police", "fire", "ems"].index(s)] - r.randint(3, 40))
            call["note"] = f"Caller referenced prior incident {num}."
            call["incs"][0]["related"].append(("other_service_number", num))
            call["cite"] = num
    return calls, out


def draw_br(path, rows, label, pages):
    calls = rows[0]
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    L, R = 40, w - 40

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(L, h - 40, "City of Brindleford - Division of Safety Forces")
        c.setFont("Helvetica", 8)
        c.drawString(L, h - 52, f"CAD Call Summary with agency incidents, {label}")
        c.drawRightString(R, h - 40, "Communications 330 555-0119")
        c.drawRightString(R, h - 52, f"Page {page[0]} of {pages or 0}")
        c.line(L, h - 57, R, h - 57)
        return h - 72

    y = head()
    svcname = {"police": "POLICE", "fire": "FIRE", "ems": "EMS"}
    for call in calls:
        need = 12 * (3 + len(call["incs"])) + 14
        if y - need < 44:
            c.showPage()
            y = head()
        c.setFillGray(0.88)
        c.rect(L, y - 3, R - L, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(L + 3, y, f"CFS {call['cfs']}")
        c.setFont("Helvetica", 8)
        c.drawString(L + 110, y, f"Received {call['received']}")
        c.drawString(L + 260, y, f"Location: {call['location']}")
        y -= 13
        c.setFont("Helvetica-Oblique", 7)
        for x, t in ((14, "Agency"), (52, "Incident No."), (132, "Incident Type"), (290, "Disposition")):
            c.drawString(L + x, y, t)
        y -= 10
        for rec in call["incs"]:
            c.setFont("Helvetica", 7.5)
            c.drawString(L + 14, y, svcname[rec["service"]])
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(L + 52, y, rec["case_number"])
            c.setFont("Helvetica", 7.5)
            c.drawString(L + 132, y, rec["type"])
            c.drawString(L + 290, y, rec["disposition"])
            y -= 10
        if call["note"]:
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(L + 14, y, f"Notes: {call['note']}")
            y -= 10
        y -= 6
    n = sum(len(x["incs"]) for x in calls)
    cnt = {s: sum(1 for x in calls for i in x["incs"] if i["service"] == s) for s in SVC3}
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(L, y - 4, f"Calls: {len(calls)}   Agency incidents: {n}  (Police {cnt['police']}, "
                           f"Fire {cnt['fire']}, EMS {cnt['ems']})")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 5: Oxbow Mills (run book)

def ox_records(r, dlist, n, starts):
    ser = {"police": Series("C25-{:04d}", starts[0]), "fire": Series("FR25-{:03d}", starts[1]),
           "ems": Series("AR25-{:04d}", starts[2])}
    recs = base(r, dlist, n, (0.5, 0.2, 0.3))
    for rec in recs:
        rec["case_number"] = ser[rec["service"]].next(r)
        h, m = rec["hm"]
        rec["date"] = f"{rec['day'][1]:02d}/{rec['day'][2]:02d}/25"
        rec["time"] = f"{h:02d}{m:02d}"
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        rec["location"] = addr(r, True)
        rec["type"] = rec["type"].upper()
        if rec["service"] == "police":
            rec["disposition"] = police_disp(r, rec, "OMB{}", "VT{}").upper()
        elif rec["service"] == "fire":
            rec["disposition"] = fire_disp(r, rec["type"]).upper()
        else:
            rec["disposition"] = ems_disp(r, rec).upper()
        if r.random() < 0.14:  # remarks name another service's number: a cancelled or earlier entry
            s = r.choice([x for x in ser if x != rec["service"]])
            num = ser[s].next(r, step=False)
            rec["disposition"] += f" - SEE ALSO {num} (CXL)"
            rec["related"].append(("other_service_number", num))
    return recs


def draw_ox(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    cols = [(30, "DATE"), (76, "TIME"), (106, "CASE NO."), (160, "RUN NO."), (214, "NATURE"), (350, "LOCATION"),
            (466, "DISPOSITION / REMARKS")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(30, h - 36, "OXBOW MILLS PUBLIC SAFETY - POLICE / FIRE / RESCUE RUN BOOK")
        c.setFont("Courier", 8)
        c.drawString(30, h - 47, f"{label}   CASE NO. = POLICE  RUN NO. = FIRE (FR) OR AMBULANCE (AR)")
        c.drawRightString(w - 30, h - 36, f"PAGE {page[0]} OF {pages or 0}")
        c.drawRightString(w - 30, h - 47, "DESK 802 555-0186")
        c.setFont("Courier-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 64, t)
        c.drawString(30, h - 70, "-" * 148)
        return h - 80

    y = head()
    for rec in recs:
        nat = wrap(rec["type"], "Courier", 7.5, 130)
        loc = wrap(rec["location"], "Courier", 7.5, 110)
        dsp = wrap(rec["disposition"], "Courier", 7.5, w - 30 - 466)
        n = max(len(nat), len(loc), len(dsp))
        if y - 9 * n < 40:
            c.showPage()
            y = head()
        c.setFont("Courier", 7.5)
        c.drawString(30, y, rec["date"])
        c.drawString(76, y, rec["time"])
        c.drawString(106 if rec["service"] == "police" else 160, y, rec["case_number"])
        for x, lines in ((214, nat), (350, loc), (466, dsp)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * n + 2
    cnt = {s: sum(1 for x in recs if x["service"] == s) for s in SVC3}
    c.setFont("Courier-Bold", 8)
    c.drawString(30, y - 8, f"CASES ENTERED: {cnt['police']}   RUNS ENTERED: {cnt['fire'] + cnt['ems']} "
                            f"(FIRE {cnt['fire']}, AMBULANCE {cnt['ems']})   TOTAL: {len(recs)}")
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
        inside = [num for kind, num in recs[i]["related"]]
        if inside:
            s["related_numbers"] = inside
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs78.py (seed {SEED} + {seed})",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs78.py) from the records it drew; "
                               "checked by check_blind_logs78.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check, flat=None):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dl, label, n, starts in runs:
        rows = make(r, dl, n, starts)
        pages = draw(d / fname, rows, label, None)
        draw(d / fname, rows, label, pages)
        recs = flat(rows) if flat else rows
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check, seed))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "kf": ("Portrait 'Daily Log - Police / Fire / EMS' of a combined department of public safety, Helvetica, "
           "column titles repeated per page, hairline under each entry, in time order with the three services "
           "interleaved. Columns Incident # (the id; three series: police 25-PD-NNNNN, fire 25-FD-NNNN, EMS "
           "25-EM-NNNN), Svc (POL / FIRE / EMS), Received (MM/DD/YYYY HH:MM), Nature, Location, Disposition "
           "(upper case; 'ARREST, BOOKED KFJ-NNNN', 'CITATION MI-NNNNNN', 'REFERRED TO STATE POLICE NN-NNNN' "
           "carry related numbers). TWIST: a joint call is listed ONCE, under the lead service; the numbers the "
           "other services drew on the same call are printed on indented italic CHILD LINES under the entry "
           "('+ 25-EM-0412  EMS  drawn on the same call - see lead entry above'), in the id column's place and "
           "with a Svc code like a row: they are NOT records (related, kind other_service_number) and they fill "
           "the gaps of the other series. Ends 'Entries listed: N  (Police a, Fire b, EMS c)   Associated "
           "numbers shown: k'.",
           "entries counted from the generator; 'Entries listed' and the per-service counts equal the ids"),
    "pc": ("Landscape 'Police, Fire & Ambulance Log' in Times, column titles repeated per page: Date, Time "
           "(reported_at joins them), Number (the id; police PC25-NNNN, fire F-25-NNN, ambulance A-25-NNNN, "
           "interleaved in time order), Type of Call, Address, Action Taken (wraps; bookings BK-NNNN, "
           "citations MENNNNNN, State Police NN-NNNN, and 'fire investigation follow-up, run F-25-NNN' / 'PD "
           "case PC25-NNNN on file' citing another service's number from an EARLIER period, not in this log: "
           "related). Joint calls are two separate entries of two services with the same date, time and "
           "address on adjacent rows (both records). Ends 'Log entries: N   Police a   Fire b   Ambulance c'. "
           "TWIST: after the log, a 'Fire and EMS response-time report' on its own page(s) REPEATS every fire "
           "and ambulance run number at the start of a line (Run, Unit(s), Date, Dispatched, On scene, "
           "Response): those lines are not entries. Ends 'Runs measured: M   90th percentile response: m:ss'.",
           "entries counted from the generator; 'Log entries' equals record_count, response-time lines excluded"),
    "lt": ("Weekly 'Public Safety Log' written for the local newspaper, Times, one column, no table. A lead "
           "sentence gives the week's counts ('... handled a police calls, b fire runs and c rescue calls'). "
           "Three SECTIONS, POLICE, FIRE, RESCUE SQUAD, each with its own day headings ('Monday, Oct. 13, "
           "2025'), so the log is in time order only inside a section. Each service writes its entries its own "
           "way: police '1:05 a.m. - Type, Place. Outcome. (25-P-NNNN)' with the id LAST in parentheses; fire "
           "'Run 25-F-NNN - 7:02 p.m. - Type at Place. Outcome.' with the id FIRST; rescue '9:41 p.m., Place: "
           "type. Outcome. Rescue call 25-R-NNNN.' Times are 12-hour ('a.m.'/'p.m.'); reported_at joins the "
           "heading's date ('Oct. 13, 2025') and the time. Wrapped lines are indented. TRAP: a joint call is "
           "written up once, by the lead service, which cites the number another service drew ('Police case "
           "25-P-NNNN opened.', 'Fire run 25-F-NNN logged for the engine company.', 'Rescue call 25-R-NNNN "
           "logged; crew released on scene.'): those are related (other_service_number), not records, although "
           "the rescue cite reads like the rescue entries' own closing sentence. Bookings LTJ-NNNN and "
           "citations WINNNNNN are related.",
           "entries counted from the generator; the lead sentence's three counts add up to record_count"),
    "br": ("'CAD Call Summary with agency incidents' of a city division of safety forces (police, fire, EMS). "
           "One block per CAD call: a grey band 'CFS 25-NNNNNNN   Received MM/DD/YYYY HH:MM:SS   Location: ...', "
           "an italic caption line 'Agency  Incident No.  Incident Type  Disposition', then ONE TO THREE agency "
           "incident lines (POLICE BPD25-NNNNN, FIRE BFD25-NNNN, EMS BEMS25-NNNN), and sometimes 'Notes: ...'. "
           "Each agency incident line is a record; the CFS call number is NOT an id (related, kind call_number, "
           "listed for every record of the call). reported_at is the band's Received and location the band's "
           "Location, shared by the call's records; type and disposition are the line's. A note may cite a "
           "prior incident of another service's series from an earlier period ('Caller referenced prior "
           "incident BFD25-NNNN.'), related to the call's first record. Bookings BCJ-NNNN, citations OHNNNNNN "
           "and State Police NN-NNNN are related. Ends 'Calls: C   Agency incidents: N  (Police a, Fire b, "
           "EMS c)' (C is not the record count).",
           "incident lines counted from the generator; 'Agency incidents' equals record_count"),
    "ox": ("Landscape Courier 'POLICE / FIRE / RESCUE RUN BOOK', column titles repeated per page over a dashed "
           "rule: DATE (MM/DD/YY), TIME (HHMM) (reported_at joins them), CASE NO., RUN NO., NATURE, LOCATION, "
           "DISPOSITION / REMARKS (upper case, wraps). TWIST: the id is in ONE OF TWO number columns: police "
           "entries fill CASE NO. (C25-NNNN) and leave RUN NO. blank; fire (FR25-NNN) and ambulance (AR25-NNNN) "
           "entries fill RUN NO. and leave CASE NO. blank, so the id's column changes from row to row. Remarks "
           "'SEE ALSO C25-NNNN (CXL)' / 'SEE ALSO AR25-NNNN (CXL)' name another service's number drawn on the "
           "call and cancelled, never entered as its own line: related (other_service_number), not records. "
           "Bookings OMBNNNN, citations VTNNNNNN, State Police NN-NNNN are related. Ends 'CASES ENTERED: a   "
           "RUNS ENTERED: b (FIRE f, AMBULANCE m)   TOTAL: N'.",
           "rows counted from the generator; 'TOTAL' equals record_count"),
}

F5 = ["case_number", "reported_at", "type", "location", "disposition"]


def main():
    one_agency(
        "kettering-falls-mi-dps", 1,
        [("kfdps-daily-log-2025-10-13-14.pdf", days(10, 13, 14), "October 13 - 14, 2025", 78, (4210, 612, 1388)),
         ("kfdps-daily-log-2025-10-15-16.pdf", days(10, 15, 16), "October 15 - 16, 2025", 66, (4330, 660, 1470))],
        kf_records, draw_kf, "Kettering Falls Department of Public Safety, MI [invented]",
        "daily log of a combined police / fire / EMS department (joint calls once, child lines)",
        "table with header", F5, *NOTES["kf"])
    one_agency(
        "port-carvel-me-public-safety", 2,
        [("port-carvel-log-2025-10-06-08.pdf", days(10, 6, 8), "October 6 - 8, 2025", 64, (2870, 214, 951)),
         ("port-carvel-log-2025-10-09-12.pdf", days(10, 9, 12), "October 9 - 12, 2025", 88, (2950, 240, 1003))],
        pc_records, draw_pc, "Town of Port Carvel Public Safety Department, ME [invented]",
        "police, fire & ambulance log with a response-time report", "table with header", F5, *NOTES["pc"])
    one_agency(
        "lake-tamsett-wi-public-safety", 3,
        [("lake-tamsett-public-safety-log-2025-10-13-19.pdf", days(10, 13, 19), "Oct. 13-19, 2025", 72,
          (1630, 118, 505))],
        lt_records, draw_lt, "Lake Tamsett Public Safety Department, WI [invented]",
        "weekly public safety log for the newspaper (sections per service)", "free text", F5, *NOTES["lt"])
    one_agency(
        "brindleford-oh-safety-forces", 4,
        [("brindleford-cad-call-summary-2025-10-20-21.pdf", days(10, 20, 21), "10/20/2025 - 10/21/2025", 44,
          (7310, 1212, 2604, 41230))],
        br_records, draw_br, "City of Brindleford Division of Safety Forces, OH [invented]",
        "CAD call summary with police, fire and EMS incidents per call", "labelled blocks", F5, *NOTES["br"],
        flat=lambda rows: rows[1])
    one_agency(
        "oxbow-mills-vt-public-safety", 5,
        [("oxbow-mills-run-book-2025-10-01-15.pdf", days(10, 1, 15), "10/01/25 - 10/15/25", 58, (512, 94, 377)),
         ("oxbow-mills-run-book-2025-10-16-31.pdf", days(10, 16, 31), "10/16/25 - 10/31/25", 63, (585, 118, 412))],
        ox_records, draw_ox, "Oxbow Mills Public Safety Department, VT [invented]",
        "police / fire / rescue run book (id in one of two number columns)", "table with header", F5,
        *NOTES["ox"])


if __name__ == "__main__":
    main()
