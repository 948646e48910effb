"""Generate the sixty-sixth held-out set of incident-log PDFs and their ground truth.

Rural Alaska and Pacific Northwest logs, five layouts: a borough police daily activity table whose
radio-relayed rows carry an indented relay sub-line (with a trooper case number) and whose days are
separated by weather-and-travel bands; a ferry-terminal day sheet with a tide-and-weather box on the
left printed on the same lines as the day's entries on the right; a seaplane-base occurrence log of
labelled blocks with METAR weather lines and movement counts between the blocks; a village public
safety officer's journal of time-led paragraphs where only entries that open a file are records and
late entries relayed by radio come out of order; an island sheriff's marine unit communications log
on a radio-log form (Time / From / To / Message) where only messages opening a case are records.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs66/make_blind_logs66.py [OUT_DIR]
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
SEED = 20251166
VILLAGES = ["Nunavik Point", "Qaluyaq", "Tuvaaq Bay", "Ikkatuq", "Sallik Creek", "Upper Amaruq", "Kanguq",
            "Imaqtuq Spit", "Aklaq Landing"]
WIND = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]


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
        k += r.choice((1, 1, 1, 2))
        out.append(k)
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def ast(r):
    return f"AK25{r.randint(100000, 999999)}"


def weather(r):
    return f"{r.randint(-18, 38)}F, wind {r.choice(WIND)} {r.randint(3, 40)} kt, vis {r.choice(['1/4', '1', '3', '10'])} mi"


# ---------------------------------------------------------------- A: Tanaqaq Borough PD daily activity

TB_TYPES = ["Welfare Check", "Domestic Disturbance", "Intoxicated Person", "Theft", "Criminal Mischief",
            "Snowmachine Crash", "Missing Person - Overdue Traveler", "Assault", "Animal Problem - Dogs",
            "Trespass", "Alcohol Importation", "Suspicious Activity", "Fire - Structure", "Agency Assist"]
TB_DISP = ["Report Taken", "Advised", "Unfounded", "Referred to AST", "Arrest", "Citation Issued",
           "Located Safe", "Gone on Arrival", "Transported to Clinic"]


def tb_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        village = r.choice(VILLAGES)
        rec = {"case_number": f"TBP25-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}", "day": d,
               "type": r.choice(TB_TYPES), "location": f"{r.choice(['House', 'Lot', 'Camp'])} "
               f"{r.randint(2, 88)}, {village}", "disposition": r.choice(TB_DISP), "related": []}
        if rec["disposition"] == "Arrest":
            num = f"BK25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Arrest, booking {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Citation Issued":
            num = f"TBC{r.randint(100000, 999999)}"
            rec["disposition"] = f"Citation {num}"
            rec["related"].append(("citation", num))
        if r.random() < 0.3:
            back = r.randint(90, 900)
            t0 = datetime.datetime(*d, h, m) - datetime.timedelta(minutes=back)
            num = ast(r)
            rec["relay"] = (f"RADIO RELAY via {r.choice(VILLAGES)} VPSO, call {t0.strftime('%m/%d %H%M')}, "
                            f"logged late; AST {num}")
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_tb(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Case No."), (104, "Received"), (176, "Nature"), (312, "Location / Community"),
            (448, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 40, "TANAQAQ BOROUGH POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 52, f"Daily Activity Log  {label}   Dispatch 907 555-0163")
        c.drawRightString(w - 36, h - 52, f"pg {page[0]}/{pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 70, t)
        c.line(36, h - 73, w - 36, h - 73)
        return h - 84

    y = head()
    cur = None
    r = random.Random(len(recs))
    for rec in recs:
        cells = [wrap(rec["type"], "Helvetica", 7, 130), wrap(rec["location"], "Helvetica", 7, 130),
                 wrap(rec["disposition"], "Helvetica", 7, 124)]
        lines = max(len(x) for x in cells) + (1 if "relay" in rec else 0)
        band = rec["day"] != cur
        if y - 9 * lines - (16 if band else 0) < 56:
            c.showPage()
            y = head()
        if band:
            cur = rec["day"]
            c.setFillGray(0.88)
            c.rect(36, y - 4, w - 72, 11, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(40, y - 1, f"{datetime.date(*cur).strftime('%a %m/%d')}  WX Tanaqaq {weather(r)}"
                         f"  |  Air: {r.choice(['am flight on time', 'pm flight cancelled, fog', 'mail plane delayed 3 hr'])}"
                         f"  |  Tide HW {r.randint(0, 23):02d}{r.randint(0, 59):02d} {r.randint(80, 190) / 10} ft")
            y -= 16
        c.setFont("Helvetica-Bold", 7)
        c.drawString(36, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        c.drawString(104, y, rec["reported_at"])
        for x, cell in zip((176, 312, 448), cells):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        if "relay" in rec:
            c.setFont("Helvetica-Oblique", 6.5)
            c.drawString(120, y - 9 * (lines - 1), "> " + rec["relay"])
        y -= 9 * lines + 3
    c.setFont("Helvetica-Bold", 8)
    relayed = sum(1 for rec in recs if "relay" in rec)
    c.drawString(36, y - 10, f"Calls logged: {len(recs)}    Relayed by radio: {relayed}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Kelvik Narrows ferry terminal

KN_TYPES = ["Lane dispute", "Intoxicated passenger", "Unattended bag", "Vehicle over height", "Fare evasion",
            "Dog off leash on ramp", "Medical assist", "Theft from vehicle", "Disorderly passenger",
            "Hazmat declaration missing", "Trespass on apron", "Lost child reunited"]
KN_PLACES = ["Lane 3 staging", "Lane 7 staging", "Passenger waiting room", "Upper car deck ramp",
             "Ticket window", "Parking lot B", "Transfer bridge", "Foot passenger gangway", "Dock office"]
KN_DISP = ["Resolved on scene", "Denied boarding", "Warned", "Referred to AST", "Report taken",
           "Passenger rebooked", "Cleared"]


def kn_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"KN-25-{k:04d}", "time": f"{h:02d}:{m:02d}", "day": d,
               "reported_at": f"{mdy(d)} {h:02d}:{m:02d}", "type": r.choice(KN_TYPES),
               "location": r.choice(KN_PLACES), "disposition": r.choice(KN_DISP), "related": []}
        if rec["disposition"] == "Passenger rebooked":
            num = f"R{r.randint(7000000, 7999999)}"
            rec["disposition"] = f"Passenger rebooked, reservation {num}"
            rec["related"].append(("reservation_number", num))
        elif rec["disposition"] == "Referred to AST":
            num = ast(r)
            rec["disposition"] = f"Referred to AST, {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_kn(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 38, "KELVIK NARROWS FERRY TERMINAL - SECURITY DAY SHEETS")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 50, f"{label}    Terminal office 907 555-0178")
        c.drawRightString(w - 36, h - 50, f"Sheet {page[0]} of {pages or 0}")
        return h - 72

    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["day"], []).append(rec)
    r = random.Random(len(recs) * 7)
    y = head()
    for d, day in by_day.items():
        box = ["TIDES & WEATHER"]
        t = r.randint(0, 300)
        for kind, lo, hi in (("HIGH", 100, 190), ("LOW", -20, 50), ("HIGH", 100, 190), ("LOW", -20, 50)):
            box.append(f"{kind}  {t // 60:02d}:{t % 60:02d}  {r.randint(lo, hi) / 10} ft")
            t += r.randint(350, 400)
        box += [f"WX 06:00 {weather(r)}", f"M/V Tulik dep {r.randint(6, 9):02d}:15 arr {r.randint(18, 21):02d}:40",
                f"M/V Sedna {r.choice(['on schedule', 'held for weather', 'cancelled'])}"]
        right = []
        for rec in day:
            text = f"{rec['time']}  {rec['case_number']}  {rec['type']} - {rec['location']}. {rec['disposition']}."
            for j, line in enumerate(wrap(text, "Helvetica", 8, w - 300 - 36)):
                right.append((j, line))
        rows = max(len(box), len(right))
        if y - 18 - 11 * rows < 44:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, y, datetime.date(*d).strftime("%A %m/%d/%Y").upper())
        c.line(36, y - 4, w - 36, y - 4)
        y -= 16
        c.rect(36, y - 11 * len(box) + 6, 230, 11 * len(box) + 2, stroke=1, fill=0)
        for i, line in enumerate(box):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 7.5)
            c.drawString(40, y - 11 * i - 2, line)
        for i, (j, line) in enumerate(right):
            c.setFont("Helvetica", 8)
            c.drawString(300 + (34 if j else 0), y - 11 * i - 2, line)
        y -= 11 * rows + 12
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 4, f"Terminal occurrences this report: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Ulaksik Harbor seaplane base

UH_TYPES = ["Fuel spill at dock", "Unsecured aircraft", "Prop strike", "Trespass on float", "Bear on dock",
            "Overdue aircraft", "Theft of gear", "Intoxicated pilot report", "Dock damage", "Slip dispute",
            "Medevac assist", "Drone over channel"]
UH_PLACES = ["Float A, slip 4", "Float B, slip 11", "Fuel dock", "Haul-out ramp", "Channel marker 3",
             "North float", "Tie-down row C", "Terminal shed"]
UH_DISP = ["Closed", "Referred to AST", "Owner notified", "Impounded", "Cleaned up, DEC notified", "Open"]
UH_VIA = ["In person", "Phone", "VHF 122.8, relayed by pilot, logged later", "Unicom relay from Tuvaaq Bay"]


def uh_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"SPB-25-{k:04d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d}", "day": d,
               "type": r.choice(UH_TYPES), "location": r.choice(UH_PLACES), "via": r.choice(UH_VIA),
               "disposition": r.choice(UH_DISP), "related": []}
        if rec["disposition"] == "Referred to AST":
            num = ast(r)
            rec["disposition"] = f"Referred to AST ({num})"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "Impounded":
            num = f"HI-25-{r.randint(100, 999)}"
            rec["disposition"] = f"Impounded, harbor impound {num}"
            rec["related"].append(("impound_number", num))
        rec["summary"] = r.choice(["Caller reports", "Dock attendant reports", "Pilot radioed", "Patrol found"]) + \
            " " + rec["type"].lower() + r.choice([", no injuries.", "; area checked.", ", photos taken.",
                                                  "; owner not on site."])
        recs.append(rec)
    return recs


def draw_uh(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, h - 40, "Ulaksik Harbor Seaplane Base - Occurrence Log")
        c.setFont("Helvetica", 8)
        c.drawString(48, h - 52, f"{label}   Base operations 907 555-0147")
        c.drawRightString(w - 48, 28, f"{page[0]} / {pages or 0}")
        return h - 76

    r = random.Random(len(recs) * 11)
    y = head()
    cur = None
    for rec in recs:
        strip = []
        if rec["day"] != cur:
            cur = rec["day"]
            z = r.randint(0, 23)
            strip = [f"METAR PUHX {cur[2]:02d}{z:02d}56Z {r.randint(0, 35):02d}0{r.randint(5, 30):02d}KT "
                     f"{r.choice(['10SM', '3SM BR', '1/2SM FG'])} OVC0{r.randint(10, 45)} "
                     f"M0{r.randint(1, 9)}/M0{r.randint(1, 9)} A29{r.randint(10, 99)}",
                     f"MOVEMENTS {cur[1]:02d}/{cur[2]:02d}: {r.randint(4, 30)} arr / {r.randint(4, 30)} dep; "
                     f"fuel dock {r.randint(300, 2900):,} gal"]
        summ = wrap(rec["summary"], "Helvetica", 8, w - 160 - 48)
        need = 12 * len(strip) + 14 + 11 * (4 + len(summ)) + 10
        if y - need < 48:
            c.showPage()
            y = head()
        c.setFont("Courier", 7.5)
        for s in strip:
            c.drawString(48, y, s)
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y - 4, f"OCCURRENCE {rec['case_number']}")
        c.drawRightString(w - 48, y - 4, f"Logged {rec['reported_at']}")
        c.line(48, y - 7, w - 48, y - 7)
        y -= 19
        rows = [("Category", [rec["type"]]), ("Where", [rec["location"]]), ("Received", [rec["via"]]),
                ("Remarks", summ), ("Action taken", [rec["disposition"]])]
        for lab, vals in rows:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(60, y, lab + ":")
            c.setFont("Helvetica", 8)
            for j, v in enumerate(vals):
                c.drawString(160, y - 11 * j, v)
            y -= 11 * len(vals)
        y -= 10
    c.setFont("Helvetica-Bold", 9)
    c.drawString(48, y - 6, f"Occurrences logged: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Aqsalik River VPSO journal

AQ_TYPES = ["Welfare check", "Family fight", "Intoxicated person", "Missing snowmachine", "Dog bite",
            "Break-in", "Threats", "Overdue hunters", "Bootlegging complaint", "Burn barrel fire",
            "Vandalism", "Boat adrift"]
AQ_PLACES = ["the upper fish camp", "the washeteria", "the school", "the airstrip", "the store", "the clinic",
             "the river landing", "the dump road", "the tank farm", "Lot 14 housing"]
AQ_DISP = ["Advised and returned to the office.", "Subject taken home to family.", "Report written.",
           "Referred to troopers.", "Located safe.", "Warned.", "Arrested and held for troopers."]
AQ_NOISE = ["Weather: {wx}.", "Tide: high water {hw} at the landing, {ft} ft.",
            "Travel: VPSO by snowmachine to {v} and back, trail good.", "Radio check with troopers, all well.",
            "Mail plane in, no passengers for the village.", "Generator at the office refuelled."]


def aq_records(r, days, n, start):
    recs = []
    ids = ids_in_series(r, n, start)
    for i, ((d, h, m), k) in enumerate(zip(day_times(r, days, n), ids)):
        rec = {"case_number": f"25-{k:04d}", "time": f"{h:02d}{m:02d}", "day": d,
               "reported_at": f"{mdy(d)} {h:02d}{m:02d}", "type": r.choice(AQ_TYPES),
               "location": r.choice(AQ_PLACES), "disposition": r.choice(AQ_DISP), "related": []}
        if rec["disposition"] == "Referred to troopers.":
            num = ast(r)
            rec["disposition"] = f"Referred to troopers, AST {num}."
            rec["related"].append(("other_agency_case", num))
        if r.random() < 0.1 and recs:
            prior = r.choice(recs)["case_number"]
            rec["see"] = prior
            rec["related"].append(("earlier_case_cited", prior))
        rec["late"] = i > 2 and r.random() < 0.12
        recs.append(rec)
    # late entries are logged hours later, so the journal prints them after later entries
    out = list(recs)
    late = [x for x in out if x["late"]]
    for x in late:
        i = out.index(x)
        out.insert(min(len(out), i + 3), out.pop(i))
    for x in late:
        # logged time = the time of the entry it now follows, the call time goes in the text
        i = out.index(x)
        prev = out[i - 1]
        x["call"] = f"{x['day'][1]}/{x['day'][2]} {x['time']}"
        t = min(1439, int(prev["time"][:2]) * 60 + int(prev["time"][2:]) + r.randint(1, 9))
        x["time"], x["day"] = f"{t // 60:02d}{t % 60:02d}", prev["day"]
        x["reported_at"] = f"{mdy(x['day'])} {x['time']}"
    return out


def draw_aq(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawString(60, h - 44, "Aqsalik River Village Public Safety Officer - Station Journal")
        c.setFont("Times-Roman", 9)
        c.drawString(60, h - 57, f"{label}.  Office VHF ch. 10 / phone 907 555-0121")
        c.drawCentredString(w / 2, 30, f"- {page[0]} of {pages or 0} -")
        return h - 82

    r = random.Random(len(recs) * 13)
    y = head()

    def para(lead, text, bold_lead=True):
        nonlocal y
        lines = wrap(text, "Times-Roman", 10, w - 60 - 110)
        if y - 12.5 * len(lines) < 50:
            c.showPage()
            y = head()
        c.setFont("Times-Bold" if bold_lead else "Times-Roman", 10)
        c.drawString(60, y, lead)
        c.setFont("Times-Roman", 10)
        for j, t in enumerate(lines):
            c.drawString(100, y - 12.5 * j, t)
        y -= 12.5 * len(lines) + 5

    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["day"], []).append(rec)
    for day, items in by_day.items():
        if y < 110:
            c.showPage()
            y = head()
        c.setFont("Times-Bold", 11)
        c.drawString(60, y - 4, datetime.date(*day).strftime("%A, %B %-d, %Y"))
        y -= 22
        notes = []
        for _ in range(r.randint(1, 2)):
            note = r.choice(AQ_NOISE).format(wx=weather(r), hw=f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
                                            ft=r.randint(60, 170) / 10, v=r.choice(VILLAGES))
            notes.append((f"{r.randint(6, 20):02d}{r.randint(0, 59):02d}", note))
        notes.sort()
        # a stable merge by time: each note goes before the first entry logged after it
        out, k = [], 0
        for rec in items:
            while k < len(notes) and notes[k][0] < rec["time"] and not rec.get("call"):
                out.append(notes[k])
                k += 1
            out.append(rec)
        out += notes[k:]
        for item in out:
            if isinstance(item, tuple):
                para(item[0], item[1], bold_lead=False)
                continue
            rec = item
            parts = []
            if rec.get("call"):
                parts.append(f"LATE ENTRY, relayed by radio, call came in {rec['call']}.")
            parts.append(f"{rec['type']} at {rec['location']}.")
            if rec.get("see"):
                parts.append(f"Same family as file {rec['see']}.")
            parts.append(rec["disposition"])
            parts.append(f"Opened file {rec['case_number']}.")
            para(rec["time"], " ".join(parts))
    c.setFont("Times-Bold", 10)
    c.drawString(60, y - 8, f"Files opened this period: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Ferrisund Island County SO marine comms log

FS_TYPES = ["Vessel aground", "Vessel adrift", "Fuel sheen", "Theft of outboard", "Kayaker overdue",
            "Wake complaint", "BUI check", "Dock fire", "Person in water", "Crab pot theft", "Mooring dispute"]
FS_PLACES = ["Cutter Spit", "Halloran Pass", "Mink Cove", "Ferrisund ferry slip", "Osprey Reef", "Gull Rock",
             "Tensley Harbor guest dock", "Ebb Narrows"]
FS_DISP = ["Assisted, no further action", "Towed to Tensley Harbor", "Referred to Fish and Wildlife",
           "Citation issued", "Located safe", "Report to follow", "Arrest"]
FS_CALLS = ["MARINE 2", "MARINE 4", "ISLAND DISPATCH", "FERRY SLIP", "M/V KALLO", "HARBORMASTER"]
FS_NOISE = ["Radio check, loud and clear.", "WX broadcast: small craft advisory until 1800, seas 4-6 ft.",
            "Ferry Kallo running 40 min late, fog.", "Tide: low {t} -1.2 ft at Ebb Narrows.",
            "Shift change, log handed over.", "Fuel at Tensley Harbor, 38 gal."]


def fs_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"FS25-{k:05d}", "reported_at": f"{d[1]:02d}/{d[2]:02d} {h:02d}{m:02d}", "day": d,
               "type": r.choice(FS_TYPES), "location": r.choice(FS_PLACES), "disposition": r.choice(FS_DISP),
               "from": r.choice(FS_CALLS), "related": []}
        if rec["disposition"] == "Citation issued":
            num = f"FIC{r.randint(10000, 99999)}"
            rec["disposition"] = f"Citation {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Arrest":
            num = f"BK-{r.randint(25000, 25999)}"
            rec["disposition"] = f"Arrest, booked {num}"
            rec["related"].append(("booking_number", num))
        rec["relayed"] = r.random() < 0.2
        recs.append(rec)
    return recs


def draw_fs(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    cols = [(40, 96, "4. Time"), (96, 176, "From"), (176, 246, "To"), (246, w - 40, "Message")]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 40, "COMMUNICATIONS LOG")
        c.setFont("Helvetica", 7.5)
        c.drawString(190, h - 40, "Ferrisund Island County Sheriff - Marine Unit   (radio log form)")
        c.rect(40, h - 82, w - 80, 34)
        c.drawString(44, h - 58, "1. Incident name: Marine patrol, Ferrisund Sound")
        c.drawString(300, h - 58, f"2. Operational period: {label}")
        c.drawString(44, h - 74, "3. Radio operator: Marine desk, 360 555-0196")
        c.drawString(300, h - 74, "Cases opened on this log carry an FS case number")
        c.setFont("Helvetica-Bold", 7.5)
        for x0, _, t in cols:
            c.drawString(x0 + 3, h - 94, t)
        c.line(40, h - 97, w - 40, h - 97)
        c.setFont("Helvetica", 7)
        c.drawString(40, 26, f"Radio log form  Page {page[0]} of {pages or 0}  Prepared by: marine desk")
        return h - 108

    r = random.Random(len(recs) * 17)
    rows = []
    prev = None
    for rec in recs:
        d = datetime.date(*rec["day"])
        cur = datetime.datetime(d.year, d.month, d.day, int(rec["reported_at"][6:8]), int(rec["reported_at"][8:10]))
        lo = prev or cur - datetime.timedelta(minutes=90)
        for _ in range(r.choice((0, 0, 1, 2))):
            lo = lo + (cur - lo) * r.randint(1, 9) / 10
            rows.append((lo.strftime("%m/%d %H%M"), r.choice(FS_CALLS), "MARINE DESK",
                         r.choice(FS_NOISE).format(t=f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"), None))
        msg = f"{rec['type']} at {rec['location']}. {rec['disposition']}. Case {rec['case_number']}."
        if rec["relayed"]:
            msg = f"Relayed by M/V KALLO, logged late. {msg}"
        rows.append((rec["reported_at"], rec["from"], "MARINE DESK", msg, rec))
        prev = cur
    y = head()
    for t, frm, to, msg, _rec in rows:
        lines = wrap(msg, "Helvetica", 7.5, w - 40 - 250)
        if y - 10 * len(lines) < 44:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7.5)
        c.drawString(43, y, t)
        c.drawString(99, y, frm)
        c.drawString(179, y, to)
        for j, line in enumerate(lines):
            c.drawString(249, y - 10 * j, line)
        c.setLineWidth(0.3)
        c.line(40, y - 10 * len(lines) + 6, w - 40, y - 10 * len(lines) + 6)
        y -= 10 * len(lines) + 2
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y - 8, f"Log summary: messages {len(rows)}, cases opened: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_KEYS = ("case_number", "reported_at", "type", "location", "disposition", "summary")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_KEYS if k in fields and recs[i].get(k)}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs66.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs66.py) from the records it drew; "
                               "checked by check_blind_logs66.py against `pdftotext -layout` text",
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
    "tb": ("Portrait borough 'Daily Activity Log', column titles repeated per page. Columns: Case No. "
           "(TBP25-NNNNN, bold, the id), Received (MM/DD/YYYY HH:MM, reported_at), Nature (type), Location / "
           "Community ('House 12, Qaluyaq'), Disposition (wraps; 'Arrest, booking BK25-NNNN' and 'Citation "
           "TBCNNNNNN' are related, not ids). About a third of the rows carry an indented italic sub-line "
           "'RADIO RELAY via <village> VPSO, call MM/DD HHMM, logged late; AST AK25NNNNNN' giving the earlier "
           "call time and a State Trooper case number (related, not an id, and not a record). Each day opens "
           "with a grey band 'Mon 11/03  WX ... | Air: ... | Tide HW HHMM N.N ft' that is no record. Ends "
           "'Calls logged: N    Relayed by radio: M' (only N counts records). Header 'pg n/N' and a phone.",
           "rows counted from the generator; 'Calls logged' equals record_count"),
    "kn": ("Landscape ferry-terminal day sheets. Each day: an upper-case heading 'SATURDAY 11/08/2025' under "
           "which a boxed 'TIDES & WEATHER' panel on the LEFT (four 'HIGH/LOW HH:MM N.N ft' lines, a 'WX 06:00' "
           "line, two vessel lines with departure/arrival times) is printed on the SAME LINES as the day's "
           "entries on the RIGHT, so `pdftotext -layout` glues tide times and entries into one line. Entries: "
           "'HH:MM  KN-25-NNNN  type - place. outcome.' wrapping under the text; reported_at joins the day "
           "heading's date and the entry time ('11/08/2025 14:05'). 'Passenger rebooked, reservation "
           "RNNNNNNN' and 'Referred to AST, AK25NNNNNN' are related numbers. A day is never split over sheets. "
           "Ends 'Terminal occurrences this report: N'.",
           "entries counted from the generator; the closing count equals record_count"),
    "uh": ("Seaplane-base occurrence log in labelled blocks. Each block opens with a bold line 'OCCURRENCE "
           "SPB-25-NNNN' (the id) with 'Logged MM/DD/YYYY HHMM' right-aligned on the same line (reported_at, "
           "no colon in the time), a rule, then label/value lines 'Category:' (type), 'Where:' (location), "
           "'Received:' (how it came in; 'VHF 122.8, relayed by pilot, logged later'), 'Remarks:' (summary, "
           "wraps) and 'Action taken:' (disposition; 'Referred to AST (AK25NNNNNN)' and 'harbor impound "
           "HI-25-NNN' are related). Before the first block of each day two Courier lines that are NOT records: "
           "a METAR weather report ('METAR PUHX 031756Z 27015KT ...') and 'MOVEMENTS MM/DD: N arr / M dep; fuel "
           "dock N gal'. Ends 'Occurrences logged: N'; footer 'n / N'.",
           "blocks counted from the generator; 'Occurrences logged' equals record_count"),
    "aq": ("Village public safety officer's station journal in Times: day headings ('Monday, November 3, "
           "2025'), then paragraphs led by a 4-digit time in a left gutter. Weather, tide, travel, radio-check "
           "and mail-plane paragraphs (plain time) are NOT records; an incident paragraph (bold time) ends "
           "'Opened file 25-NNNN.' (the id). 'Same family as file 25-NNNN' cites an EARLIER file (related, "
           "earlier_case_cited) and 'Referred to troopers, AST AK25NNNNNN.' a trooper case (related). LATE "
           "ENTRIES relayed by radio ('LATE ENTRY, relayed by radio, call came in M/D HHMM.') are printed where "
           "they were logged, so the file numbers are not in ascending order. reported_at is the logged time "
           "joined with the day heading's date ('11/03/2025 1415'). type and location come from the sentence "
           "'<type> at <place>.'; disposition is the outcome sentence. Ends 'Files opened this period: N'.",
           "paragraphs with 'Opened file' counted from the generator; the closing count equals record_count"),
    "fs": ("Island sheriff's marine unit communications log on a radio-log form: a boxed form header per page "
           "(1. Incident name, 2. Operational period, 3. Radio operator), columns '4. Time' ('MM/DD HHMM', no "
           "year; reported_at as printed), From, To (call signs) and Message, a hairline under each message. "
           "Only messages that end 'Case FS25-NNNNN.' are records; radio checks, weather broadcasts, ferry "
           "delays, tides, shift changes and fuel messages between them have no case number and are not "
           "records. A record message reads '[Relayed by M/V KALLO, logged late.] <type> at <place>. "
           "<outcome>. Case FS25-NNNNN.'; 'Citation FICNNNNN' and 'Arrest, booked BK-NNNNN' are related. "
           "Ends 'Log summary: messages M, cases opened: N' (M counts all messages, only N counts records); "
           "footer 'Radio log form  Page n of N'.",
           "case messages counted from the generator; 'cases opened' equals record_count"),
}


def main():
    one_agency(
        "tanaqaq-borough-ak-pd", 1,
        [("tbpd-daily-activity-2025-11-03-06.pdf", days(11, 3, 6), "11/03/2025 - 11/06/2025", 118, 2410),
         ("tbpd-daily-activity-2025-11-07-09.pdf", days(11, 7, 9), "11/07/2025 - 11/09/2025", 86, 2620)],
        tb_records, draw_tb, "Tanaqaq Borough Police Department, AK [invented]",
        "daily activity log (radio-relay sub-lines, weather bands)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["tb"])
    one_agency(
        "kelvik-narrows-ak-ferry-terminal-security", 2,
        [("kelvik-terminal-day-sheets-2025-11-03-09.pdf", days(11, 3, 9), "November 3 - 9, 2025", 63, 310),
         ("kelvik-terminal-day-sheets-2025-11-10-16.pdf", days(11, 10, 16), "November 10 - 16, 2025", 71, 420)],
        kn_records, draw_kn, "Kelvik Narrows Ferry Terminal Security, AK [invented]",
        "ferry terminal day sheets (tide and weather box beside the entries)", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["kn"])
    one_agency(
        "ulaksik-harbor-ak-seaplane-base", 3,
        [("ulaksik-spb-occurrences-2025-10.pdf", days(10, 1, 31), "October 2025", 48, 610),
         ("ulaksik-spb-occurrences-2025-11.pdf", days(11, 1, 15), "November 1 - 15, 2025", 41, 700)],
        uh_records, draw_uh, "Ulaksik Harbor Seaplane Base Operations, AK [invented]",
        "seaplane base occurrence log (METAR and movement lines between blocks)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["uh"])
    one_agency(
        "aqsalik-river-ak-vpso", 4,
        [("aqsalik-vpso-journal-2025-11.pdf", days(11, 1, 20), "November 1 - 20, 2025", 57, 280)],
        aq_records, draw_aq, "Aqsalik River Village Public Safety Officer, AK [invented]",
        "village public safety officer station journal (late radio entries)", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["aq"])
    one_agency(
        "ferrisund-island-county-wa-so-marine", 5,
        [("ferrisund-marine-comms-log-2025-11-03-09.pdf", days(11, 3, 9), "11/02/2025 2200 to 11/10/2025 0000",
          66, 1180)],
        fs_records, draw_fs, "Ferrisund Island County Sheriff's Office Marine Unit, WA [invented]",
        "marine unit communications log (radio-log form)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["fs"])


if __name__ == "__main__":
    main()
