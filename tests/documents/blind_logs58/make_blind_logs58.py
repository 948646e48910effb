"""Generate the fifty-eighth held-out set of incident-log PDFs and their ground truth.

Five transit, rail and airport police layouts: a metro rail log on the service-day clock
(times after midnight printed 24:00-27:59 against the service date); a bus division log with
fare-inspection sweep rows of another number series among the incident rows; an airport
operations board printed as split-flap tiles, one character per tile, the case number fifth;
commuter rail incident tickets whose stub carries the pre-printed form serial; a light-rail
night timetable whose incidents are the footnotes under the grid. Every agency, place and
record is invented; no person is named. Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs58/make_blind_logs58.py [OUT_DIR]
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
SEED = 20251658
W, H = letter


def new_canvas(path, size=letter):
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


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def night_minutes(r, nights, n, lo=20 * 60, hi=30 * 60):
    """(night index, minute from the night's midnight-before) sorted; hi > 1440 crosses midnight."""
    span = hi - lo
    mins = sorted(r.sample(range(0, span * len(nights)), n))
    return [(m // span, lo + m % span) for m in mins]


def add_days(d, k):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=k)
    return (x.year, x.month, x.day)


def mdy(d, yy=False):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0] % 100:02d}" if yy else f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def related_disp(r, base, cite_fmt, book_fmt, other_fmt):
    """A disposition, maybe with a citation, booking or other agency case in it."""
    roll = r.random()
    if roll < 0.2:
        num = cite_fmt(r)
        return f"Fare citation {num}", [("citation", num)]
    if roll < 0.3:
        num = book_fmt(r)
        return f"Arrest, booking {num}", [("booking_number", num)]
    if roll < 0.38:
        num = other_fmt(r)
        return f"Referred to city police {num}", [("other_agency_case", num)]
    return r.choice(base), []


# ---------------------------------------------------------------- 1: Vantremont metro rail (service-day clock)

VM_STATIONS = ["Halvorsen Sq", "Ridgely Ave", "Corliss Yard", "Tamsworth", "Union Terminal", "Kinnear St",
               "Brevard Park", "Osmond Blvd", "Lucan Heights", "Fallow Creek"]
VM_TYPES = ["Fare evasion", "Disorderly conduct", "Assault - simple", "Trespass on trackway", "Theft - phone",
            "Vandalism - railcar", "Sick passenger", "Intoxicated person", "Suspicious package", "Indecent exposure",
            "Lost child", "Smoking on platform"]
VM_DISP = ["Report taken", "Warned and released", "Removed from system", "Unfounded", "Transported - EMS",
           "Gone on arrival", "Cleared - no action"]


def vm_records(r, nights, n, start):
    recs = []
    for (ni, m), k in zip(night_minutes(r, nights, n, 4 * 60, 28 * 60), serials(r, n, start)):
        st, st2 = r.sample(VM_STATIONS, 2)
        where = r.choice([f"{st}, Platform {r.randint(1, 4)}", f"{st} mezzanine", f"{st} fare gates",
                          f"between {st} and {st2}"])
        disp, rel = related_disp(r, VM_DISP, lambda r: f"FC-{r.randint(1000000, 9999999)}",
                                 lambda r: f"B25-{r.randint(10000, 99999)}",
                                 lambda r: f"VPD 25-{r.randint(100000, 999999)}")
        recs.append({"case_number": f"MR25-{k:05d}", "service_date": mdy(nights[ni]),
                     "time": f"{m // 60:02d}:{m % 60:02d}", "train": f"Train {r.randint(101, 989)}",
                     "type": r.choice(VM_TYPES), "location": where, "disposition": disp, "related": rel})
        recs[-1]["reported_at"] = f"{recs[-1]['service_date']} {recs[-1]['time']}"
    return recs


def draw_vm(path, recs, label, pages):
    c = new_canvas(path)
    cols = [(36, "Case No."), (96, "Svc Date"), (146, "Time"), (176, "Train"), (222, "Station / Location"),
            (372, "Offense"), (466, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, H - 40, "VANTREMONT METRO RAIL POLICE - SERVICE DAY INCIDENT LOG")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, H - 52, f"Service day(s) {label}. Service day runs 04:00 to 27:59; times after "
                                 "midnight are shown as 24:00-27:59 of the service date.")
        c.drawString(36, H - 62, "Transit Police Records 314 555-0163")
        c.drawRightString(W - 36, H - 62, f"Page {page[0]} of {pages or 0}")
        c.setFillGray(0.85)
        c.rect(34, H - 80, W - 68, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, H - 77, t)
        return H - 92

    y = head()
    cur = None
    for i, rec in enumerate(recs):
        if rec["service_date"] != cur:
            cur = rec["service_date"]
            if y < 90:
                c.showPage()
                y = head()
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y, f"SERVICE DAY {cur}")
            y -= 11
        loc = wrap(rec["location"], "Helvetica", 7, 145)
        dsp = wrap(rec["disposition"], "Helvetica", 7, 112)
        typ = wrap(rec["type"], "Helvetica", 7, 90)
        n = max(len(loc), len(dsp), len(typ))
        if y - 9 * n < 60:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 7)
        c.drawString(36, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        c.drawString(96, y, rec["service_date"])
        c.drawString(146, y, rec["time"])
        c.drawString(176, y, rec["train"])
        for x, cell in ((222, loc), (372, typ), (466, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * n + 3
        nxt = recs[i + 1]["service_date"] if i + 1 < len(recs) else None
        if nxt != cur:
            k = sum(1 for x in recs if x["service_date"] == cur)
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(222, y, f"Service day {cur} total: {k} incidents")
            y -= 14
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 6, f"Incidents this report: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 2: Oxley Plains bus division (sweep rows)

OX_STREETS = ["Mercer", "Dunstan", "Wrexham", "Calder", "Pryor", "Ansel", "Tobin", "Greer", "Hollis", "Vail"]
OX_TYPES = ["OPERATOR ASSAULT", "FARE DISPUTE", "DISTURBANCE ON BUS", "THEFT - PERSONAL PROPERTY",
            "VANDALISM - BUS", "WEAPON DISPLAYED", "INTOXICATED RIDER", "TRESPASS - TRANSIT CENTER",
            "MEDICAL - RIDER", "LOITERING AT STOP"]
OX_DISP = ["REPORT", "ADVISED", "NO REPORT", "REMOVED FROM BUS", "TRESPASS NOTICE", "UNFOUNDED"]


def ox_records(r, nights, n, start):
    recs = []
    for (ni, m), k in zip(night_minutes(r, nights, n, 14 * 60, 26 * 60), serials(r, n, start)):
        d = add_days(nights[ni], m // 1440)
        m %= 1440
        route = r.randint(2, 48)
        disp, rel = related_disp(r, OX_DISP, lambda r: f"FC {r.randint(1000000, 9999999)}",
                                 lambda r: f"BK25-{r.randint(1000, 9999)}",
                                 lambda r: f"OPPD {r.randint(25000000, 25999999)}")
        loc = r.choice([f"{r.randint(1, 68) * 100} {r.choice(OX_STREETS)} St stop", "Central Transit Center bay "
                        f"{r.randint(1, 12)}", "on bus, {} St at {} Ave".format(*r.sample(OX_STREETS, 2))])
        recs.append({"case_number": f"OX25-{k:06d}", "reported_at": f"{mdy(d, True)} {m // 60:02d}:{m % 60:02d}",
                     "route_run": f"Rt {route} / Run {route}-{r.randint(1, 60):02d}", "bus": f"Bus {r.randint(2100, 3999)}",
                     "type": r.choice(OX_TYPES), "location": loc, "disposition": disp.upper(), "related": rel})
    return recs


def ox_sweeps(r, recs):
    """Fare inspection sweep rows (OP-NNNN): another series, not incidents; placed between rows."""
    out, k = {}, r.randint(1100, 1300)
    for i in sorted(r.sample(range(2, len(recs) - 1), max(3, len(recs) // 12))):
        k += r.randint(1, 4)
        route = r.randint(2, 48)
        checked, cited = r.randint(60, 240), r.randint(0, 9)
        out[i] = {"id": f"OP-{k}", "reported_at": recs[i]["reported_at"], "route_run":
                  f"Rt {route} / Runs {route}-01 to {route}-{r.randint(6, 30):02d}",
                  "text": "FARE INSPECTION SWEEP", "result": f"{checked} CHECKED / {cited} CITED",
                  "checked": checked}
    return out


def draw_ox(path, recs, label, pages, sweeps):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    cols = [(36, "Incident"), (106, "Date / Time"), (170, "Route / Run"), (262, "Vehicle"), (310, "Location"),
            (480, "Type"), (612, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 36, "OXLEY PLAINS AREA TRANSIT POLICE  |  BUS DIVISION DAILY ACTIVITY")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 48, f"Swing and owl shifts, {label}   Dispatch 806 555-0148")
        c.drawRightString(w - 36, h - 48, f"{page[0]} / {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 64, t)
        c.setLineWidth(0.8)
        c.line(34, h - 67, w - 34, h - 67)
        return h - 78

    y = head()
    checked = 0
    for i, rec in enumerate(recs):
        if i in sweeps:
            s = sweeps[i]
            checked += s["checked"]
            if y < 60:
                c.showPage()
                y = head()
            c.setFont("Helvetica", 7)
            c.drawString(36, y, s["id"])
            c.drawString(106, y, s["reported_at"])
            c.drawString(170, y, s["route_run"])
            c.drawString(310, y, "system-wide, assigned routes")
            c.drawString(480, y, s["text"])
            c.drawString(612, y, s["result"])
            y -= 11
        loc = wrap(rec["location"], "Helvetica", 7, 160)
        dsp = wrap(rec["disposition"], "Helvetica", 7, 140)
        typ = wrap(rec["type"], "Helvetica", 7, 125)
        n = max(len(loc), len(dsp), len(typ))
        if y - 9 * n < 50:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7)
        c.drawString(36, y, rec["case_number"])
        c.drawString(106, y, rec["reported_at"])
        c.drawString(170, y, rec["route_run"])
        c.drawString(262, y, rec["bus"])
        for x, cell in ((310, loc), (480, typ), (612, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * n + 2
        c.setLineWidth(0.2)
        c.line(34, y + 6, w - 34, y + 6)
        y -= 2
    if y < 60:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 6, f"Incidents: {len(recs)}   Fare sweeps: {len(sweeps)}   Riders checked: {checked}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 3: Pelletier Field airport ops board (tiles)

PF_TYPES = ["UNATTENDED BAG", "DISORDERLY PAX", "CURB VIOLATION", "THEFT BAGGAGE", "FALSE ID AT CKPT",
            "MEDICAL ASSIST", "TRESPASS AOA", "INTOX PAX", "LOST PROPERTY", "PROHIBITED ITEM", "VEHICLE CRASH"]
PF_DISP = ["CLEARED", "REPORT", "ADVISED", "EMS TRANSPORT", "UNFOUNDED", "TSA NOTIFIED"]
PF_GATES = ["A3", "A11", "B7", "B14", "C2", "C19", "BAG 4", "CURB 2", "GAR L3", "CKPT B"]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
PF_COLS = [("DATE", 5), ("TIME", 5), ("FLIGHT", 7), ("GATE", 6), ("INCIDENT", 16), ("CASE", 10), ("STATUS", 17)]


def pf_records(r, nights, n, start):
    recs = []
    for (ni, m), k in zip(night_minutes(r, nights, n, 18 * 60, 31 * 60), serials(r, n, start)):
        d = add_days(nights[ni], m // 1440)
        m %= 1440
        roll = r.random()
        rel = []
        if roll < 0.15:
            num = f"PF{r.randint(100000, 999999)}"
            status, rel = f"CITED {num}", [("citation", num)]
        elif roll < 0.24:
            num = f"B25-{r.randint(10000, 99999)}"
            status, rel = f"ARREST {num}", [("booking_number", num)]
        else:
            status = r.choice(PF_DISP)
        flight = f"{r.choice(['NW', 'SK', 'PQ', 'LX'])} {r.randint(100, 2999)}" if r.random() < 0.6 else "----"
        date = f"{d[2]:02d}{MONTHS[d[1] - 1]}"
        recs.append({"case_number": f"PFA-{k:05d}", "date": date, "time": f"{m // 60:02d}:{m % 60:02d}",
                     "reported_at": f"{date} {m // 60:02d}:{m % 60:02d}", "flight": flight,
                     "location": r.choice(PF_GATES), "type": r.choice(PF_TYPES), "disposition": status,
                     "related": rel})
    return recs


def tiles(c, x, y, text, width, pitch=7.0):
    """One split-flap tile per character position, each character drawn in its own tile."""
    for i in range(width):
        c.setFillGray(0.18)
        c.rect(x + i * pitch, y - 3, pitch - 0.8, 11, stroke=0, fill=1)
    c.setFillColorRGB(1, 0.85, 0.2)
    for i, ch in enumerate(text[:width]):
        if ch != " ":
            c.drawCentredString(x + i * pitch + (pitch - 0.8) / 2, y, ch)
    c.setFillGray(0)


def draw_pf(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    page = [0]
    xs, x = [], 40
    for _, width in PF_COLS:
        xs.append(x)
        x += width * 7.0 + 10

    def head():
        page[0] += 1
        c.setFillGray(0.05)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, h - 40, "PELLETIER FIELD INTERNATIONAL AIRPORT - AIRPORT POLICE OPERATIONS BOARD")
        c.setFont("Helvetica", 8)
        c.drawString(40, h - 53, f"Board printout, overnight watches {label}.  AOC desk 231 555-0119")
        c.drawRightString(w - 40, h - 53, f"SCREEN {page[0]} OF {pages or 0}")
        c.setFont("Helvetica-Bold", 8)
        for (t, _), x in zip(PF_COLS, xs):
            c.drawString(x, h - 72, t)
        c.setFont("Courier-Bold", 9)
        return h - 90

    y = head()
    for rec in recs:
        if y < 50:
            c.showPage()
            y = head()
        vals = [rec["date"], rec["time"], rec["flight"], rec["location"], rec["type"], rec["case_number"],
                rec["disposition"]]
        for (_, width), x, v in zip(PF_COLS, xs, vals):
            tiles(c, x, y, v, width)
        y -= 14.5
    if y < 60:
        c.showPage()
        y = head()
    c.setFont("Courier-Bold", 9)
    tiles(c, xs[4], y - 6, "TOTAL EVENTS", 16)
    tiles(c, xs[5], y - 6, f"{len(recs):03d}", 10)
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 4: Saltreed commuter rail tickets (stub serial)

SR_STATIONS = ["Saltreed Central", "Marsh Lane", "Pennock Junction", "Oyster Point", "Greyhallow", "Eddystone Rd",
               "Cullen Park", "Wickmere"]
SR_TYPES = ["Fare evasion", "Conductor assaulted", "Passenger dispute", "Theft from passenger", "Trespass - right of way",
            "Vandalism - coach", "Ill passenger", "Drunk and disorderly", "Found property", "Grade crossing near miss"]
SR_DISP = ["Report filed", "Ejected at next station", "Warning given", "Passed to EMS", "No further action",
           "Property logged"]
SR_SUMM = {
    "Fare evasion": "Conductor called for assistance after the rider refused to show a ticket.",
    "Conductor assaulted": "Conductor was pushed while collecting tickets; the rider was met at the platform.",
    "Passenger dispute": "Two riders argued over a seat; both separated and calmed before the next stop.",
    "Theft from passenger": "Rider reported a bag taken from the overhead rack while asleep.",
    "Trespass - right of way": "Engineer reported a person walking on the right of way near the signal bridge.",
    "Vandalism - coach": "Window scratched with a key; the coach was taken out of service at the yard.",
    "Ill passenger": "Rider fainted in the vestibule; crew held the train at the platform.",
    "Drunk and disorderly": "Rider shouted at other passengers and would not leave the quiet car.",
    "Found property": "A wallet was handed in by the crew at the end of the run.",
    "Grade crossing near miss": "Engineer sounded the horn for a car stopped on the crossing gates; no contact.",
}


def sr_records(r, nights, n, start):
    recs = []
    serial = r.randint(40100, 40900)
    for (ni, m), k in zip(night_minutes(r, nights, n, 17 * 60, 26 * 60), serials(r, n, start)):
        d = add_days(nights[ni], m // 1440)
        m %= 1440
        serial += r.choice((1, 1, 2))
        disp, rel = related_disp(r, SR_DISP, lambda r: f"SRF {r.randint(100000, 999999)}",
                                 lambda r: f"B25-{r.randint(10000, 99999)}",
                                 lambda r: f"CCPD 25-{r.randint(10000, 99999)}")
        a, b = r.sample(SR_STATIONS, 2)
        recs.append({"case_number": f"SCR-25-{k:05d}", "reported_at": f"{mdy(d)} {m // 60:02d}{m % 60:02d}",
                     "train": f"Train {r.randint(1400, 1499)}, car {r.randint(8100, 8899)}",
                     "location": f"{a} to {b}", "type": (typ := r.choice(SR_TYPES)), "summary": SR_SUMM[typ],
                     "disposition": disp, "form_serial": f"{serial:07d}",
                     "related": [("form_serial", f"{serial:07d}")] + rel})
    return recs


def draw_sr(path, recs, label, pages):
    c = new_canvas(path)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(40, H - 40, "SALTREED COMMUTER RAIL AUTHORITY POLICE")
        c.setFont("Times-Roman", 9)
        c.drawString(40, H - 52, f"Incident tickets turned in, evening and night tours {label}")
        c.drawRightString(W - 40, H - 52, f"packet page {page[0]} of {pages or 0}")
        return H - 66

    y = head()
    th = 118
    for rec in recs:
        if y - th < 40:
            c.showPage()
            y = head()
        top = y
        c.setLineWidth(0.8)
        c.roundRect(40, top - th, W - 80, th, 6)
        c.setDash(2, 2)
        c.line(140, top - th, 140, top)
        c.setDash()
        # stub: pre-printed form serial (not the case number)
        c.setFont("Helvetica", 6)
        c.drawString(48, top - 14, "FORM SCR-7  STUB")
        c.setFont("Courier-Bold", 10)
        c.setFillColorRGB(0.7, 0, 0)
        c.drawString(48, top - 30, f"No. {rec['form_serial']}")
        c.setFillGray(0)
        c.setFont("Helvetica", 6)
        c.drawString(48, top - 44, "Retain with tour sheet")
        # body: labelled lines
        c.setFont("Helvetica-Bold", 7)
        lines = [("Incident No.", rec["case_number"]), ("Reported", rec["reported_at"]),
                 ("Train / Car", rec["train"]), ("Between", rec["location"]), ("Nature", rec["type"])]
        yy = top - 14
        for lab, val in lines:
            c.setFont("Helvetica-Bold", 7)
            c.drawString(150, yy, lab)
            c.setFont("Helvetica", 7.5)
            c.drawString(210, yy, val)
            yy -= 10
        c.setFont("Helvetica-Bold", 7)
        c.drawString(150, yy, "Narrative")
        c.setFont("Helvetica", 7.5)
        for j, t in enumerate(wrap(rec["summary"], "Helvetica", 7.5, 300)):
            c.drawString(210, yy - 9 * j, t)
        yy -= 9 * len(wrap(rec["summary"], "Helvetica", 7.5, 300)) + 1
        c.setFont("Helvetica-Bold", 7)
        c.drawString(150, yy, "Action")
        c.setFont("Helvetica", 7.5)
        c.drawString(210, yy, rec["disposition"])
        y = top - th - 8
    c.setFont("Times-Bold", 10)
    c.drawString(40, y - 10, f"Tickets in this packet: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 5: Marisol Bay light rail (timetable footnotes)

MB_STATIONS = ["Embarcadero Sur", "Ocotal St", "Plaza Verano", "Linda Vista", "Cerro Gordo", "Arroyo Blanco",
               "Tidewater", "Mission Flats"]
MB_TYPES = ["Fare evasion", "Fight on train", "Graffiti in progress", "Rider down", "Harassment", "Theft of bicycle",
            "Unruly rider", "Blocked doors", "Trespass on guideway", "Welfare check"]
MB_SUMM = ["Officers met the train and spoke with the rider.", "The operator held the doors until officers arrived.",
           "Witness pointed out the rider on the platform.", "Station camera reviewed by the control center.",
           "Security guard waited with the rider until officers came.", "Train delayed four minutes."]
MB_DISP = ["Report written", "Warning", "Left before contact", "EMS took over", "Resolved on scene", "Unfounded"]
LETTERS = "abcdefghijkl"


def mb_records(r, nights, n, start):
    recs = []
    for (ni, m), k in zip(night_minutes(r, nights, n, 21 * 60, 26 * 60), serials(r, n, start)):
        d = add_days(nights[ni], m // 1440)
        m %= 1440
        disp, rel = related_disp(r, MB_DISP, lambda r: f"FC{r.randint(1000000, 9999999)}",
                                 lambda r: f"B25-{r.randint(10000, 99999)}",
                                 lambda r: f"MBPD 25-{r.randint(10000, 99999)}")
        recs.append({"case_number": f"LR25-{k:04d}", "reported_at": f"{mdy(d)} {m // 60:02d}:{m % 60:02d}",
                     "night": ni, "tcol": r.randint(0, 5), "stop": r.randint(0, len(MB_STATIONS) - 1),
                     "location": "", "type": r.choice(MB_TYPES), "summary": r.choice(MB_SUMM),
                     "disposition": disp, "related": rel})
        recs[-1]["location"] = f"{MB_STATIONS[recs[-1]['stop']]} platform"
    return recs


def mb_pages(recs):
    out, cur = [], []
    for rec in recs:
        if cur and (len(cur) == 10 or rec["night"] != cur[-1]["night"]):
            out.append(cur)
            cur = []
        cur.append(rec)
    return out + [cur]


def draw_mb(path, recs, label, pages, nights):
    c = new_canvas(path)
    chunks = mb_pages(recs)
    for p, chunk in enumerate(chunks, 1):
        night = nights[chunk[0]["night"]]
        trains = [2201 + 2 * chunk[0]["night"] * 6 + 2 * i for i in range(6)]
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 40, "MARISOL BAY LIGHT RAIL POLICE - NIGHT SERVICE TIMETABLE WITH INCIDENT NOTES")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 52, f"Blue Line southbound, service night of {mdy(night)} into {mdy(add_days(night, 1))}."
                                 "  Letters in the timetable refer to the notes below it.")
        c.drawRightString(W - 40, H - 64, f"Sheet {p} of {len(chunks)}   Control 619 555-0137")
        # the grid: stations down, trains across, times in cells
        x0, y0, cw = 150, H - 86, 64
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y0, "Station")
        for j, t in enumerate(trains):
            c.drawString(x0 + j * cw, y0, f"Train {t}")
        marks = {}
        for k, rec in enumerate(chunk):
            marks.setdefault((rec["stop"], rec["tcol"]), []).append(LETTERS[k])
        c.setFont("Helvetica", 7.5)
        for i, st in enumerate(MB_STATIONS):
            yy = y0 - 13 * (i + 1)
            c.drawString(40, yy, st)
            for j in range(6):
                m = 21 * 60 + 50 * j + 4 * i
                c.drawString(x0 + j * cw, yy, f"{m // 60 % 24:02d}:{m % 60:02d}")
                if (i, j) in marks:
                    c.setFont("Helvetica-Oblique", 6)
                    c.drawString(x0 + j * cw + 21, yy + 3, ",".join(marks[(i, j)]))
                    c.setFont("Helvetica", 7.5)
        c.line(40, y0 - 13 * 8 - 6, W - 40, y0 - 13 * 8 - 6)
        y = y0 - 13 * 8 - 20
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "Notes")
        y -= 13
        for k, rec in enumerate(chunk):
            text = (f"{rec['case_number']}, {rec['reported_at']}, {rec['location']}: {rec['type']}. "
                    f"{rec['summary']} Outcome: {rec['disposition']}.")
            lines = wrap(text, "Times-Roman", 9, W - 100)
            c.setFont("Times-Italic", 9)
            c.drawString(44, y, f"{LETTERS[k]})")
            c.setFont("Times-Roman", 9)
            for j, t in enumerate(lines):
                c.drawString(60, y - 11 * j, t)
            y -= 11 * len(lines) + 4
        if p == len(chunks):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y - 8, f"Notes on this timetable: {len(recs)}")
        c.showPage()
    c.save()
    return len(chunks)


# ---------------------------------------------------------------- ground truth

SAMPLE_KEYS = ("case_number", "reported_at", "type", "location", "summary", "disposition", "train", "route_run",
               "flight")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_KEYS if recs[i].get(k) not in (None, "")}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs58.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs58.py) from the records it drew; "
                               "checked by check_blind_logs58.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def nights_of(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "vm": ("Portrait metro rail log on the SERVICE-DAY CLOCK: the service day runs 04:00 to 27:59, so an incident "
           "at 1:14 a.m. on 10/18 is printed 'Svc Date 10/17/2025  Time 25:14' (reported_at is printed date and "
           "time joined, '10/17/2025 25:14', not normalised). Grey column band per page; 'SERVICE DAY MM/DD/YYYY' "
           "headings and italic 'Service day ... total: N incidents' lines (not records). Columns Case No. "
           "(MR25-NNNNN, bold, the id), Svc Date, Time, Train ('Train 412': train numbers, not ids), Station / "
           "Location (wraps), Offense (type), Disposition ('Fare citation FC-NNNNNNN', 'Arrest, booking B25-NNNNN', "
           "'Referred to city police VPD 25-NNNNNN': related). Ends 'Incidents this report: N'.",
           "rows counted from the generator; 'Incidents this report' equals record_count"),
    "ox": ("Landscape bus division daily activity table, hairline under each row. Columns Incident (OX25-NNNNNN, "
           "the id), Date / Time with a two-digit year '10/17/25 23:48' (swing and owl shifts run past midnight, so "
           "dates change inside a night), Route / Run ('Rt 22 / Run 22-41'), Vehicle ('Bus 3107'), Location, Type, "
           "Disposition (upper case; 'FARE CITATION FC NNNNNNN', 'ARREST, BOOKING BK25-NNNN', 'REFERRED TO CITY "
           "POLICE OPPD NNNNNNNN': related). Among the rows, in the same font, are FARE INSPECTION SWEEP rows whose "
           "first column holds an operation number 'OP-NNNN' of another series, with a run range and "
           "'N CHECKED / M CITED': they are not incidents and not records. Ends 'Incidents: N   Fare sweeps: M   "
           "Riders checked: K' (only N counts records).",
           "rows counted from the generator; 'Incidents:' equals record_count; sweep rows excluded"),
    "pf": ("Landscape airport police operations board printed from the screen: dark page, every value drawn as "
           "split-flap tiles, ONE CHARACTER PER TILE (each character a separate text object at a fixed pitch). "
           "Columns DATE ('18OCT', day and month, no year; the year is only in the title), TIME (24 h; the "
           "overnight watch runs past midnight), FLIGHT ('SK 1182' or '----'), GATE ('B14', 'CURB 2', 'CKPT B'), "
           "INCIDENT (upper case, cut to 16 tiles), CASE (PFA-NNNNN, the id, SIXTH column, after the flight number and the gate), "
           "STATUS ('CITED PFNNNNNN', 'ARREST B25-NNNNN': related). reported_at joins DATE and TIME as printed. Ends "
           "with a tile row 'TOTAL EVENTS' and a three-digit count.",
           "rows counted from the generator; the TOTAL EVENTS tiles equal record_count"),
    "sr": ("Portrait packet of commuter rail INCIDENT TICKETS, five to a page, each a rounded box with a dashed "
           "perforation: the left STUB prints 'FORM SCR-7 STUB' and a red pre-printed form serial 'No. NNNNNNN' "
           "(seven digits: the ticket book's serial, NOT the case number; listed in related_numbers as "
           "form_serial; pdftotext puts it on the line after the id's). The body has labelled lines: 'Incident No.' (SCR-25-NNNNN, the id), 'Reported' "
           "(MM/DD/YYYY HHMM, evening and night tours past midnight), 'Train / Car' ('Train 1432, car 8517'), "
           "'Between' (two stations: location), 'Nature' (type), 'Narrative' (wraps: summary), 'Action' "
           "(disposition; 'Fare citation SRF NNNNNN', 'Arrest, booking B25-NNNNN', 'Referred to city police CCPD "
           "25-NNNNN': related). Ends 'Tickets in "
           "this packet: N'.",
           "tickets counted from the generator; the closing count equals record_count"),
    "mb": ("Light rail night timetable, one sheet per group of up to ten incidents: a grid of stations (rows) by "
           "trains ('Train 2201'..., columns) full of departure times (page furniture, not records), with small "
           "italic letters after some times; the RECORDS are the lettered NOTES under the grid, one wrapped "
           "Times paragraph each: 'a) LR25-NNNN, MM/DD/YYYY HH:MM, <station> platform: <type>. <summary> Outcome: "
           "<disposition>.' ('Fare citation FCNNNNNNN', 'Arrest, booking B25-NNNNN', 'Referred to city police "
           "MBPD 25-NNNNN': related). A service night runs 21:00 to 02:00, so dates change within a sheet. Ends "
           "'Notes on this timetable: N' on the last sheet.",
           "notes counted from the generator; the closing count equals record_count"),
}


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, key, extra=None):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, nights, label, n, start in runs:
        recs = make(r, nights, n, start)
        args = (extra(r, recs),) if extra is ox_sweeps else ((nights,) if extra == "nights" else ())
        pages = draw(d / fname, recs, label, None, *args)
        draw(d / fname, recs, label, pages, *args)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, *NOTES[key]))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def main():
    one_agency(
        "vantremont-mo-metro-rail-police", 1,
        [("vmrp-service-day-log-2025-10-17-18.pdf", nights_of(10, 17, 18), "10/17/2025 - 10/18/2025", 96, 20410),
         ("vmrp-service-day-log-2025-10-19.pdf", nights_of(10, 19, 19), "10/19/2025", 52, 20680)],
        vm_records, draw_vm, "Vantremont Metro Rail Police, MO [invented]",
        "service-day incident log (times past midnight as 24:00-27:59)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], "vm")
    one_agency(
        "oxley-plains-tx-area-transit-police", 2,
        [("optp-bus-division-activity-2025-10-20-22.pdf", nights_of(10, 20, 22), "10/20/2025 - 10/22/2025", 118, 41200)],
        ox_records, draw_ox, "Oxley Plains Area Transit Police, Bus Division, TX [invented]",
        "bus division daily activity (fare sweep rows between incidents)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], "ox", ox_sweeps)
    one_agency(
        "pelletier-field-mi-airport-police", 3,
        [("pfap-ops-board-2025-10-17-19.pdf", nights_of(10, 17, 19), "10/17/2025 - 10/20/2025", 84, 11020),
         ("pfap-ops-board-2025-10-20-21.pdf", nights_of(10, 20, 21), "10/20/2025 - 10/22/2025", 61, 11130)],
        pf_records, draw_pf, "Pelletier Field International Airport Police, MI [invented]",
        "operations board printout (split-flap tiles)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], "pf")
    one_agency(
        "saltreed-nj-commuter-rail-police", 4,
        [("scrap-incident-tickets-2025-10-13-16.pdf", nights_of(10, 13, 16), "Oct 13-16, 2025", 44, 3110),
         ("scrap-incident-tickets-2025-10-17-19.pdf", nights_of(10, 17, 19), "Oct 17-19, 2025", 48, 3240)],
        sr_records, draw_sr, "Saltreed Commuter Rail Authority Police, NJ [invented]",
        "incident tickets (stub with form serial)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], "sr")
    one_agency(
        "marisol-bay-ca-light-rail-police", 5,
        [("mblrp-night-timetable-notes-2025-10-16-19.pdf", nights_of(10, 16, 19), "Oct 16-19, 2025", 57, 7700),
         ("mblrp-night-timetable-notes-2025-10-20-23.pdf", nights_of(10, 20, 23), "Oct 20-23, 2025", 63, 7790)],
        mb_records, draw_mb, "Marisol Bay Light Rail Police, CA [invented]",
        "night service timetable with incident notes", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], "mb", "nights")


if __name__ == "__main__":
    main()
