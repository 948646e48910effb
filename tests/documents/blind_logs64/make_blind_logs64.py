"""Generate the sixty-fourth held-out set of incident-log PDFs and their ground truth.

Five police logs in the styles of other English-speaking countries: an English constabulary's
neighbourhood crime list (protective marking on every page, custody numbers sharing the force
prefix, an outcome summary); a Canadian police service's calls-for-service sheet where only
calls that generated a GO occurrence number are records; an Australian police district's event
summary in labelled blocks whose event number is printed in spaced digit groups; an Irish
harbour police occurrence book with routine unnumbered watch entries between the occurrences;
a New Zealand area's weekly file list by station with date-based file numbers and macronised
place names. Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs64/make_blind_logs64.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20256464
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


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


def times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 2, 3, 5))
        out.append(k)
    return out


def dmy(d):
    return f"{d[2]:02d}/{d[1]:02d}/{d[0]}"


def hrs(h, m, sep=""):
    return f"{h:02d}{sep}{m:02d}hrs"


def window(d, h, m, r, fmt):
    """(from, to) before the report at (d, h, m): from 1-30 hours before, to between them."""
    rep = datetime.datetime(*d, h, m)
    start = rep - datetime.timedelta(minutes=r.randint(60, 1800))
    end = start + (rep - start) * r.uniform(0.2, 0.9)
    return tuple(f"{fmt((t.year, t.month, t.day))} {hrs(t.hour, t.minute)}" for t in (start, end))


# ---------------------------------------------------------------- A: Thornbury Vale (England)

TV_OFF = [
    "Theft from motor vehicle",
    "Burglary - residential",
    "Criminal damage to a vehicle",
    "Assault occasioning actual bodily harm",
    "Common assault",
    "Shoplifting",
    "Theft of pedal cycle",
    "Public order - s.4A",
    "Possession of cannabis",
    "Harassment",
    "Fraud by false representation",
    "Vehicle interference",
    "Burglary - business and community",
    "Making off without payment",
]
TV_STREETS = [
    "Kingsmead Road",
    "Abbey Walk",
    "Tanners Lane",
    "Cloverhill Close",
    "Market Row",
    "Beckside",
    "St Aldhelm's Way",
    "Ropewalk",
    "Fulford Crescent",
    "Millpond Mews",
    "The Shambles",
    "Coldharbour Lane",
    "Whitstone Terrace",
    "Bridewell Street",
]
TV_WARDS = ["Abbey", "Castlefields", "Eastmere Central", "Holme", "Priory"]
TV_OUT = [
    "Investigation ongoing",
    "OC 14 - evidential difficulties, victim does not support",
    "OC 18 - investigation complete, no suspect identified",
    "Community resolution",
    "Cannabis warning",
    "Charged",
    "Penalty notice",
    "Linked",
]


def tv_records(r, days, n, start, state):
    recs = []
    for (d, h, m), k in zip(times(r, days, n), serials(r, n, start)):
        occ = window(d, h, m, r, dmy)
        rec = {
            "case_number": f"TV/{k}/25",
            "reported_at": f"{dmy(d)} {hrs(h, m)}",
            "occurred_from": occ[0],
            "occurred_to": occ[1],
            "type": r.choice(TV_OFF),
            "location": f"{r.choice(TV_STREETS)}, Eastmere ({r.choice(TV_WARDS)} ward)",
            "related": [],
        }
        out = r.choice(TV_OUT)
        if out == "Charged":
            num = f"TV/C/25/{r.randint(1000, 9999):05d}"
            out = f"Charged - custody record {num}"
            rec["related"].append(("custody_number", num))
        elif out == "Penalty notice":
            num = f"25-{r.randint(100000, 999999)}"
            out = f"Penalty notice for disorder PND {num}"
            rec["related"].append(("penalty_notice", num))
        elif out == "Linked":
            if recs:
                num = r.choice(recs[-8:])["case_number"]
                out = f"Investigation ongoing - linked to {num}"
                rec["related"].append(("earlier_case_cited", num))
            else:
                out = "Investigation ongoing"
        rec["disposition"] = out
        recs.append(rec)
    return recs


def draw_tv(path, recs, label, pages):
    w, h = A4
    c = new_canvas(path, A4)
    cols = [
        (30, 62, "Crime Ref"),
        (94, 58, "Reported"),
        (154, 70, "Committed between"),
        (228, 104, "Offence"),
        (336, 100, "Location"),
        (444, 121, "Outcome"),
    ]
    page = [0]

    def furniture():
        page[0] += 1
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(w / 2, h - 22, "OFFICIAL")
        c.drawCentredString(w / 2, 16, "OFFICIAL")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, h - 44, "THORNBURY VALE CONSTABULARY")
        c.setFont("Helvetica", 8)
        c.drawString(30, h - 56, f"Eastmere Neighbourhood Policing Team - crimes recorded {label}")
        c.drawRightString(w - 30, h - 56, f"Page {page[0]} of {pages or 0}")
        c.drawString(30, 28, "Non-emergency enquiries: 555-0131. Do not forward outside the NPT.")
        c.setFont("Helvetica-Bold", 7)
        for x, _, t in cols:
            c.drawString(x, h - 76, t)
        c.setLineWidth(0.6)
        c.line(30, h - 80, w - 30, h - 80)
        return h - 90

    y = furniture()
    for rec in recs:
        cells = [
            [rec["case_number"]],
            [rec["reported_at"].split()[0], rec["reported_at"].split()[1]],
            [rec["occurred_from"] + " -", rec["occurred_to"]],
            wrap(rec["type"], "Helvetica", 7, cols[3][1]),
            wrap(rec["location"], "Helvetica", 7, cols[4][1]),
            wrap(rec["disposition"], "Helvetica", 7, cols[5][1]),
        ]
        cells[2] = [s for part in cells[2] for s in wrap(part, "Helvetica", 7, cols[2][1])]
        n = max(len(x) for x in cells)
        if y - 8.5 * n < 50:
            c.showPage()
            y = furniture()
        for (x, _, _), lines in zip(cols, cells):
            c.setFont("Helvetica-Bold" if x == 30 else "Helvetica", 7)
            for i, s in enumerate(lines):
                c.drawString(x, y - 8.5 * i, s)
        y -= 8.5 * n
        c.setLineWidth(0.2)
        c.line(30, y + 5.5, w - 30, y + 5.5)
        y -= 4
    if y < 170:
        c.showPage()
        y = furniture()
    y -= 10
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, y, f"Crimes recorded this period: {len(recs)}")
    y -= 20
    c.drawString(30, y, "OUTCOMES SUMMARY")
    counts = {}
    for rec in recs:
        key = (
            rec["disposition"].split(" - ")[0]
            if rec["disposition"].startswith(("OC", "Charged"))
            else rec["disposition"].split(" for ")[0].split(" - ")[0]
        )
        counts[key] = counts.get(key, 0) + 1
    c.setFont("Helvetica", 8)
    for key in sorted(counts):
        y -= 11
        c.drawString(40, y, key)
        c.drawRightString(260, y, str(counts[key]))
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Kestrel Narrows (Ontario)

KN_TYPES = [
    "Theft Under $5000",
    "Mischief",
    "Break and Enter",
    "Impaired Operation",
    "Neighbour Dispute",
    "Suspicious Vehicle",
    "Bail Compliance Check",
    "Assault",
    "Fraud",
    "Motor Vehicle Collision",
    "Noise Complaint",
    "Trespass to Property Act",
    "Wellness Check",
    "Alarm - Commercial",
]
KN_PLACES = [
    "Lakeshore Rd",
    "Conc. Rd 4",
    "Hwy 7",
    "Beaverbrook Cres.",
    "Maple Ridge Dr",
    "Rue Principale",
    "Sideroad 15",
    "Harbourfront Centre",
    "Tamarack Trail",
    "Queen St N",
    "Portage Ave",
    "Loyalist Pkwy",
]
KN_ZONES = ["Z1", "Z2", "Z3", "Z4"]
KN_DISP = [
    "Report taken",
    "Charges laid",
    "Warning given",
    "Unfounded",
    "PON issued",
    "Transferred to OPP",
    "Referred to by-law",
    "Closed - resolved",
]
KN_NOGO = [
    "Cancelled by caller",
    "Unable to locate",
    "Advice given - no occurrence",
    "Duplicate call",
    "False alarm - no occurrence",
]


def kn_records(r, days, n, start, state):
    """All calls received; only those with a GO number are records (n of them)."""
    extra = r.randint(n // 5, n // 4)
    calls = []
    gos = iter(serials(r, n, start))
    nogo = set(r.sample(range(1, n + extra), extra))
    for i, ((d, h, m), call) in enumerate(zip(times(r, days, n + extra), serials(r, n + extra, state))):
        rec = {
            "call": f"K25-{call:06d}",
            "reported_at": f"{dmy(d)} {h:02d}:{m:02d}",
            "type": r.choice(KN_TYPES),
            "zone": r.choice(KN_ZONES),
            "location": f"{r.randint(1, 299) * 10 + r.randint(0, 9)} {r.choice(KN_PLACES)}",
            "related": [],
        }
        if i in nogo:
            rec["case_number"] = None
            rec["disposition"] = r.choice(KN_NOGO)
        else:
            rec["case_number"] = f"GO 2025-{next(gos):07d}"
            rec["related"].append(("cad_event", rec["call"]))
            disp = r.choice(KN_DISP)
            if disp == "PON issued":
                num = f"{r.randint(1000, 9999)} {r.randint(100000, 999999)}"
                disp = f"PON issued {num}"
                rec["related"].append(("citation", num))
            elif disp == "Transferred to OPP":
                num = f"E25{r.randint(1000000, 9999999)}"
                disp = f"Transferred to OPP {num}"
                rec["related"].append(("other_agency_case", num))
            rec["disposition"] = disp
        calls.append(rec)
    return calls


def draw_kn(path, calls, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    cols = [
        (36, 70, "Call #"),
        (110, 82, "Received"),
        (196, 130, "Call Type"),
        (330, 150, "Address"),
        (484, 30, "Zone"),
        (520, 96, "Occurrence (GO #)"),
        (620, 136, "Disposition"),
    ]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 38, "KESTREL NARROWS POLICE SERVICE")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 51, f"Calls for Service - {label}    Records and Information Unit, 555-0158")
        c.drawRightString(w - 36, h - 51, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, _, t in cols:
            c.drawString(x, h - 70, t)
        c.line(36, h - 73, w - 36, h - 73)
        return h - 84

    y = head()
    for rec in calls:
        cells = [
            [rec["call"]],
            [rec["reported_at"]],
            wrap(rec["type"], "Helvetica", 7.5, cols[2][1]),
            wrap(rec["location"], "Helvetica", 7.5, cols[3][1]),
            [rec["zone"]],
            [rec["case_number"] or "- no GO -"],
            wrap(rec["disposition"], "Helvetica", 7.5, cols[6][1]),
        ]
        n = max(len(x) for x in cells)
        if y - 9.5 * n < 48:
            c.showPage()
            y = head()
        for (x, _, _), lines in zip(cols, cells):
            c.setFont("Helvetica-Bold" if x == 520 and rec["case_number"] else "Helvetica", 7.5)
            for i, s in enumerate(lines):
                c.drawString(x, y - 9.5 * i, s)
        y -= 9.5 * n + 3
    if y < 80:
        c.showPage()
        y = head()
    gen = sum(1 for rec in calls if rec["case_number"])
    c.setFont("Helvetica-Bold", 8.5)
    c.line(36, y + 4, w - 36, y + 4)
    c.drawString(
        36,
        y - 10,
        f"Calls received: {len(calls)}    Occurrences generated: {gen}    "
        f"Calls closed without occurrence: {len(calls) - gen}",
    )
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Wollara (New South Wales)

WO_CAT = [
    "Break, enter and steal - dwelling",
    "Steal from motor vehicle",
    "Malicious damage",
    "Assault - DV related",
    "Assault - non DV",
    "Drink driving (mid range PCA)",
    "Stock theft",
    "Steal from retail store",
    "Trespass",
    "Possess prohibited drug",
    "Fraud",
    "Concern for welfare",
    "Noise complaint",
]
WO_PLACES = [
    ("Bindaree Rd", "KURRAJONG FLAT", 2799),
    ("Mulga St", "WOLLARA", 2796),
    ("Banksia Pde", "WOLLARA", 2796),
    ("Old Coach Rd", "TARRAWINGEE", 2797),
    ("Jacaranda Ave", "WOLLARA", 2796),
    ("Boundary Rd", "NARRABEEN CREEK", 2798),
    ("Dingo Gully Rd", "TARRAWINGEE", 2797),
    ("Federation Way", "KURRAJONG FLAT", 2799),
]
WO_STATUS = [
    "Under investigation",
    "Finalised - no offender identified",
    "Person charged",
    "Infringement issued",
    "Court Attendance Notice issued",
    "No offence detected",
    "Referred to NSW Ambulance",
    "Linked",
]
WO_SUMMARY = [
    "Offender(s) unknown. Neighbourhood canvass conducted.",
    "Victim reports items taken overnight.",
    "CCTV requested from nearby premises.",
    "Police attended, parties spoken to, matter resolved.",
    "Vehicle located and towed to holding yard.",
    "Scene examined by crime scene officer.",
    "Fingerprints lifted, forwarded for comparison.",
    "Witness provided a description of the vehicle.",
]


def spaced(k):
    s = f"{k:09d}"
    return f"E {s[:3]} {s[3:6]} {s[6:]}"


def wo_records(r, days, n, start, state):
    recs = []
    for (d, h, m), k in zip(times(r, days, n), serials(r, n, start)):
        occ = window(d, h, m, r, dmy)
        street, sub, pc = r.choice(WO_PLACES)
        wd = datetime.date(*d).strftime("%a")
        rec = {
            "case_number": spaced(k),
            "type": r.choice(WO_CAT),
            "reported_at": f"{wd} {dmy(d)} {hrs(h, m)}",
            "occurred_from": occ[0],
            "occurred_to": occ[1],
            "location": f"{r.randint(1, 240)} {street}, {sub} NSW {pc}",
            "summary": " ".join(r.sample(WO_SUMMARY, 2)),
            "related": [],
        }
        st = r.choice(WO_STATUS)
        if st == "Infringement issued":
            num = f"{r.randint(4000, 4999)} {r.randint(100000, 999999)}"
            st = f"Infringement issued, no. {num}"
            rec["related"].append(("citation", num))
        elif st == "Court Attendance Notice issued":
            num = f"H{r.randint(10000000, 99999999)}"
            st = f"Court Attendance Notice {num}"
            rec["related"].append(("court_attendance_notice", num))
        elif st == "Referred to NSW Ambulance":
            num = f"AMB-25-{r.randint(100000, 999999)}"
            st = f"Referred to NSW Ambulance, case {num}"
            rec["related"].append(("other_agency_case", num))
        elif st == "Linked":
            if recs:
                num = r.choice(recs[-6:])["case_number"]
                st = f"Under investigation, linked to event {num}"
                rec["related"].append(("earlier_case_cited", num))
            else:
                st = "Under investigation"
        rec["disposition"] = st
        recs.append(rec)
    return recs


def draw_wo(path, recs, label, pages):
    w, h = A4
    c = new_canvas(path, A4)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 40, "WOLLARA POLICE DISTRICT - EVENT SUMMARY REPORT")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 53, f"Reporting period {label}    District office 555-0176")
        c.drawRightString(w - 36, h - 53, f"Page {page[0]} of {pages or 0}")
        c.line(36, h - 58, w - 36, h - 58)
        return h - 74

    y = head()
    # a by-category table first: lines that look like rows but are counts
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y, "Events by category")
    c.setFont("Helvetica", 8.5)
    for cat in sorted(counts):
        y -= 11
        c.drawString(46, y, cat)
        c.drawRightString(330, y, str(counts[cat]))
    y -= 24

    def pair(x, yy, lab, val, width):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x, yy, lab)
        c.setFont("Helvetica", 8)
        lines = wrap(val, "Helvetica", 8, width)
        for i, s in enumerate(lines):
            c.drawString(x + 72, yy - 10 * i, s)
        return len(lines)

    for rec in recs:
        summ = wrap(rec["summary"], "Helvetica", 8, 440)
        need = 10 * (5 + len(summ)) + 12
        if y - need < 50:
            c.showPage()
            y = head()
        c.setLineWidth(0.8)
        c.line(36, y + 9, w - 36, y + 9)
        pair(36, y, "Event No.", rec["case_number"], 180)
        pair(300, y, "Category", rec["type"], 190)
        y -= 10 * max(1, len(wrap(rec["type"], "Helvetica", 8, 190)))
        pair(36, y, "Reported", rec["reported_at"], 180)
        y -= 10
        pair(36, y, "Occurred", f"between {rec['occurred_from']} and {rec['occurred_to']}", 440)
        y -= 10
        pair(36, y, "Location", rec["location"], 440)
        y -= 10
        y -= 10 * pair(36, y, "Status", rec["disposition"], 440)
        y -= 10 * pair(36, y, "Summary", rec["summary"], 440) + 8
    if y < 70:
        c.showPage()
        y = head()
    c.setLineWidth(0.8)
    c.line(36, y + 9, w - 36, y + 9)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y - 6, f"Total events: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Carrickmoyle (Ireland)

CM_TYPES = [
    ("Theft of outboard motor", "from a punt moored at"),
    ("Criminal damage", "to a fishing vessel at"),
    ("Public order", "on the quayside at"),
    ("Trespass", "in the fish-auction shed at"),
    ("Intoxicated person", "asleep on a bench at"),
    ("Theft of fuel", "from a trawler at"),
    ("Illegal parking", "blocking the slipway at"),
    ("Found property", "handed in at"),
    ("Assault", "outside the ferry terminal at"),
    ("Suspicious vessel", "anchored off"),
]
CM_PLACES = [
    "the East Pier",
    "Berth 4, Deepwater Quay",
    "the Fish Dock",
    "the Marina pontoons",
    "the Ferry Slip",
    "Rathmoyle Strand car park",
    "the Coal Quay",
    "Lifeboat Station slipway",
]
CM_END = [
    "No injuries. Owner notified.",
    "CCTV footage retained.",
    "Area searched, nothing further found.",
    "Harbour Master informed.",
    "Party moved on without further incident.",
    "Matter resolved on scene.",
]
CM_ROUTINE = [
    "Day watch on duty. Gates, CCTV and radio checked, all in order.",
    "Night watch on duty. Patrol vehicle fuelled, tyres and lights checked.",
    "Foot patrol of East Pier and Fish Dock. All correct.",
    "Ferry MV Inis Bhride berthed. Passengers disembarked without incident.",
    "Weather warning (Status Yellow wind) received and logged.",
    "Keys for Berth 4 gate signed out to contractor.",
]


def cm_records(r, days, n, start, state):
    recs = []
    for (d, h, m), k in zip(times(r, days, n), serials(r, n, start)):
        typ, how = r.choice(CM_TYPES)
        place = r.choice(CM_PLACES)
        rec = {
            "case_number": f"CM/25/{k:04d}",
            "day": d,
            "time": f"{h:02d}.{m:02d}hrs",
            "type": typ,
            "location": place,
            "related": [],
        }
        end = outcome = r.choice(CM_END)
        x = r.random()
        if x < 0.15:
            num = f"{r.randint(1000000000, 9999999999)}"
            end = f"Fixed Charge Notice {num} issued. " + end
            rec["related"].append(("citation", num))
        elif x < 0.28:
            num = f"25/{r.randint(10000, 99999)}"
            end = f"Gardaí notified, their ref. {num}. " + end
            rec["related"].append(("other_agency_case", num))
        elif x < 0.36 and recs:
            num = r.choice(recs[-6:])["case_number"]
            end = f"See also earlier occurrence {num}. " + end
            rec["related"].append(("earlier_case_cited", num))
        rec["summary"] = f"{typ} reported {how} {place}. {end}"
        rec["disposition"] = outcome
        rec["reported_at"] = f"{long_day(d)} {rec['time']}"
        recs.append(rec)
    return recs


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def long_day(d):
    dt = datetime.date(*d)
    return f"{dt.strftime('%A')} {ordinal(dt.day)} {dt.strftime('%B %Y')}"


def draw_cm(path, recs, label, pages, seed=0):
    w, h = A4
    c = new_canvas(path, A4)
    r = random.Random(SEED + 40 + seed)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(50, h - 42, "PORT OF CARRICKMOYLE HARBOUR POLICE - OCCURRENCE BOOK")
        c.setFont("Times-Roman", 9)
        c.drawString(50, h - 55, f"{label}    Harbour Police Office, East Pier. Tel. 555-0193")
        c.drawRightString(w - 50, h - 55, f"Folio {page[0]} of {pages or 0}")
        c.line(50, h - 60, w - 50, h - 60)
        return h - 78

    # routine entries (not records) interleaved by time
    entries = [(rec["day"], rec["time"], rec) for rec in recs]
    for d in sorted({rec["day"] for rec in recs}):
        for hh in (7, 19):
            entries.append((d, f"{hh:02d}.00hrs", None))
        for _ in range(2):
            entries.append((d, f"{r.randint(8, 22):02d}.{r.randint(0, 59):02d}hrs", r.choice(CM_ROUTINE)))
    entries.sort(key=lambda e: (e[0], e[1], e[2] is not None and not isinstance(e[2], str)))
    y = head()
    last = None
    for d, t, rec in entries:
        if rec is None:
            text = CM_ROUTINE[0] if t.startswith("07") else CM_ROUTINE[1]
        elif isinstance(rec, str):
            text = rec
        else:
            text = f"{rec['summary']} Occurrence No. {rec['case_number']}."
        lines = wrap(text, "Times-Roman", 9.5, w - 100 - 62)
        need = 12 * len(lines) + (26 if d != last else 0) + 4
        if y - need < 50:
            c.showPage()
            y = head()
        if d != last:
            y -= 6
            c.setFont("Times-Bold", 10.5)
            c.drawString(50, y, long_day(d))
            y -= 16
            last = d
        c.setFont("Times-Bold", 9.5)
        c.drawString(50, y, t)
        c.setFont("Times-Roman", 9.5)
        for i, s in enumerate(lines):
            c.drawString(112, y - 12 * i, s)
        y -= 12 * len(lines) + 4
    if y < 80:
        c.showPage()
        y = head()
    c.line(50, y, w - 50, y)
    c.setFont("Times-Bold", 9.5)
    c.drawString(50, y - 14, f"Occurrences recorded: {len(recs)}. Routine watch entries are not numbered.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Kotuku Harbour (New Zealand)

KO_STATIONS = [
    ("KŌTUKU HARBOUR STATION", ["Tūī Street", "Wharf Road", "Kōwhai Avenue", "Marine Parade"], "Kōtuku Harbour"),
    ("RĀKAU VALLEY STATION", ["Mānuka Road", "Tōtara Lane", "Station Road"], "Rākau Valley"),
    ("TĪTOKI BEACH STATION", ["Pōhutukawa Drive", "The Esplanade", "Kererū Crescent"], "Tītoki Beach"),
]
KO_TYPES = [
    "Burglary (dwelling)",
    "Theft ex car",
    "Wilful damage",
    "Family harm",
    "Disorder",
    "Excess breath alcohol",
    "Unlawful taking of motor vehicle",
    "Shoplifting",
    "Assault",
    "Trespass",
    "Drugs (cannabis)",
    "Found property",
]
KO_STATUS = [
    "Enquiries continuing",
    "Filed - no suspect",
    "Resolved - warning",
    "Resolved - arrest",
    "Infringement",
    "Referred to Youth Aid",
    "Linked",
]


def ko_records(r, days, n, start, state):
    recs = []
    per_day = {}
    for d, h, m in times(r, days, n):
        per_day.setdefault(d, 3000 + r.randint(0, 300))
        per_day[d] += r.randint(1, 40)
        st_i = r.randrange(3)
        name, streets, town = KO_STATIONS[st_i]
        wd = datetime.date(*d).strftime("%a %-d %b")
        rec = {
            "case_number": f"{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}/{per_day[d]}",
            "station": st_i,
            "reported_at": f"{wd} {hrs(h, m)}",
            "type": r.choice(KO_TYPES),
            "location": f"{r.randint(1, 180)} {r.choice(streets)}, {town}",
            "related": [],
        }
        s = r.choice(KO_STATUS)
        if s == "Resolved - arrest":
            num = f"{r.randint(25000000, 25999999)}"
            s = f"Resolved - arrest, charge CRN {num}"
            rec["related"].append(("charge_number", num))
        elif s == "Infringement":
            num = f"INF{r.randint(1000000, 9999999)}"
            s = f"Resolved - infringement {num}"
            rec["related"].append(("citation", num))
        elif s == "Linked":
            same = [x for x in recs if x["station"] == st_i]
            if same:
                num = same[-1]["case_number"]
                s = f"Enquiries continuing, see {num}"
                rec["related"].append(("earlier_case_cited", num))
            else:
                s = "Enquiries continuing"
        rec["disposition"] = s
        recs.append(rec)
    # printed by station, then file number order
    recs.sort(key=lambda x: (x["station"], x["case_number"]))
    return recs


def draw_ko(path, recs, label, pages):
    w, h = A4
    c = new_canvas(path, A4)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("DVB", 11)
        c.drawString(40, h - 40, "Kōtuku Harbour Area - weekly file list")
        c.setFont("DV", 8)
        c.drawString(40, h - 52, f"{label}    Area office 555-0114")
        c.drawRightString(w - 40, h - 52, f"{page[0]}/{pages or 0}")
        c.line(40, h - 57, w - 40, h - 57)
        return h - 74

    y = head()
    for st_i, (name, _, _) in enumerate(KO_STATIONS):
        mine = [rec for rec in recs if rec["station"] == st_i]
        if y < 100:
            c.showPage()
            y = head()
        y -= 6
        c.setFont("DVB", 9)
        c.drawString(40, y, f"{name} ({len(mine)} files)")
        y -= 14
        for rec in mine:
            tail = wrap(f"{rec['type']}, {rec['location']} - {rec['disposition']}", "DV", 8, w - 40 - 230)
            if y - 10 * len(tail) < 45:
                c.showPage()
                y = head()
            c.setFont("DVB", 8)
            c.drawString(40, y, rec["case_number"])
            c.setFont("DV", 8)
            c.drawString(112, y, rec["reported_at"])
            for i, s in enumerate(tail):
                c.drawString(230, y - 10 * i, s)
            y -= 10 * len(tail) + 3
    c.setFont("DVB", 9)
    if y < 70:
        c.showPage()
        y = head()
    c.drawString(40, y - 10, f"Files opened this week, all stations: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    recs = [rec for rec in recs if rec.get("case_number")]
    related = [
        {"record": rec["case_number"], "kind": kind, "number": num} for rec in recs for kind, num in rec["related"]
    ]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if recs[i].get(k) not in (None, "")}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs64.py (seed {SEED} + agency number)",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related,
        "fields_present": fields,
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs64.py) from the records it drew; "
        "checked by check_blind_logs64.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start, state in runs:
        recs = make(r, days, n, start, state)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "tv": (
        "English constabulary's neighbourhood 'crimes recorded' list, A4 portrait. Protective marking "
        "'OFFICIAL' centred at the top and bottom of every page (page furniture, not data). Columns: Crime "
        "Ref (TV/NNNNN/25, bold, the id), Reported (DD/MM/YYYY over HHMMhrs, two lines), Committed between "
        "(from 'DD/MM/YYYY HHMMhrs -' over to 'DD/MM/YYYY HHMMhrs': occurred_from / occurred_to), Offence "
        "(type, wraps), Location (street, town and '(X ward)', wraps), Outcome (disposition, wraps). "
        "Outcomes cite custody record numbers 'TV/C/25/NNNNN' (same force prefix and year as the ids, "
        "but not ids), penalty notices 'PND 25-NNNNNN' (the number is '25-NNNNNN'; 'PND' may wrap away from it), and 'linked to TV/NNNNN/25', an EARLIER crime "
        "of the same series (related; it is a record of its own). Hairlines between rows. Ends "
        "'Crimes recorded this period: N' and an 'OUTCOMES SUMMARY' of outcome words with counts, "
        "which are not records.",
        "rows counted from the generator; 'Crimes recorded this period' equals record_count",
    ),
    "kn": (
        "Canadian police service 'Calls for Service' sheet, landscape letter. Columns: Call # (K25-NNNNNN, "
        "a dispatch number on EVERY row: not the id, listed as related kind cad_event), Received "
        "(DD/MM/YYYY HH:MM), Call Type (Canadian terms: 'Theft Under $5000', 'Break and Enter', "
        "'Neighbour Dispute'), Address ('Conc. Rd 4', 'Beaverbrook Cres.'), Zone (Z1-Z4), Occurrence "
        "(GO #) and Disposition. Only calls that generated an occurrence carry 'GO 2025-NNNNNNN' (bold; "
        "the id); calls closed without one print '- no GO -' and are NOT records (cancelled, unable to "
        "locate, duplicates, false alarms). Dispositions cite Provincial Offence Notices 'PON issued "
        "NNNN NNNNNN' and provincial police files 'Transferred to OPP E25NNNNNNN' (related). Ends "
        "'Calls received: M    Occurrences generated: N    Calls closed without occurrence: K' (only N "
        "counts records).",
        "GO rows counted from the generator; 'Occurrences generated' equals record_count",
    ),
    "wo": (
        "Australian police district 'Event Summary Report', A4, labelled blocks. Page 1 opens with an "
        "'Events by category' table (category words and counts: not records). Each block starts under a "
        "rule with 'Event No.' whose value is printed in SPACED DIGIT GROUPS 'E 254 418 213' (the id, as "
        "printed, spaces included) and 'Category' (type) beside it; then 'Reported' ('Tue 14/10/2025 "
        "2215hrs'), 'Occurred' ('between DD/MM/YYYY HHMMhrs and DD/MM/YYYY HHMMhrs': occurred_from / "
        "occurred_to), 'Location' (number, street, SUBURB in capitals, 'NSW' and a postcode), 'Status' "
        "(disposition; cites infringement numbers 'NNNN NNNNNN', Court Attendance Notices 'HNNNNNNNN', "
        "ambulance cases 'AMB-25-NNNNNN' and 'linked to event E NNN NNN NNN', an earlier event of the same "
        "series) and 'Summary' (wraps). Blocks are not split over pages. Ends 'Total events: N'.",
        "blocks counted from the generator; 'Total events' equals record_count",
    ),
    "cm": (
        "Irish harbour police occurrence book, A4, Times. Day headings with ordinal dates ('Tuesday 14th "
        "October 2025', not repeated at page tops), then entries with the time in a left gutter "
        "('14.20hrs', full stop between hours and minutes) and a paragraph beside it. Occurrences "
        "(records) end 'Occurrence No. CM/25/NNNN.' (the id); routine watch entries between them "
        "(watch on duty, patrols, ferry berthed, weather warning) carry no number and are NOT records. "
        "reported_at joins the day heading and the time as printed. The paragraph is the summary; its "
        "last sentence before the id is the disposition. Some cite a Fixed Charge Notice (10 digits), "
        "the national police's ref. 'NN/NNNNN', or 'See also earlier occurrence CM/25/NNNN' (related). "
        "Ends 'Occurrences recorded: N.'; header 'Folio n of N'.",
        "occurrences counted from the generator; 'Occurrences recorded' equals record_count",
    ),
    "ko": (
        "New Zealand area 'weekly file list', A4, DejaVu font with macronised place names (Kōtuku, Rākau, "
        "Tītoki, Pōhutukawa). No column titles. Sections per station headed 'STATION NAME (N files)'; "
        "inside a section one entry per file in FILE NUMBER order, so the document is not in time order. "
        "File numbers are DATE-BASED 'YYMMDD/NNNN' (e.g. 251014/3312: the id) and sit first on the line, "
        "then the day and time without a year ('Tue 14 Oct 2215hrs', reported_at as printed), then "
        "'type, location - status' (wraps under itself). Statuses cite charge numbers 'CRN NNNNNNNN' (the number is the digits), "
        "infringements 'INFNNNNNNN' and 'see YYMMDD/NNNN', an earlier file of the same station (related). "
        "Ends 'Files opened this week, all stations: N'.",
        "entries counted from the generator; the closing count equals record_count",
    ),
}


def main():
    one_agency(
        "thornbury-vale-uk-constabulary",
        1,
        [
            ("tvc-eastmere-crimes-2025-10-13-19.pdf", days(10, 13, 19), "13/10/2025 to 19/10/2025", 74, 31100, 0),
            ("tvc-eastmere-crimes-2025-10-20-26.pdf", days(10, 20, 26), "20/10/2025 to 26/10/2025", 68, 31420, 0),
        ],
        tv_records,
        draw_tv,
        "Thornbury Vale Constabulary, Eastmere Neighbourhood Policing Team, England [invented]",
        "neighbourhood crimes-recorded list (protective marking, outcome summary)",
        "table with header",
        ["case_number", "reported_at", "occurred_from", "occurred_to", "type", "location", "disposition"],
        *NOTES["tv"],
    )
    one_agency(
        "kestrel-narrows-on-police-service",
        2,
        [
            ("knps-calls-for-service-2025-10-14.pdf", days(10, 14, 14), "Tuesday 14/10/2025", 58, 182300, 104200),
            (
                "knps-calls-for-service-2025-10-15-16.pdf",
                days(10, 15, 16),
                "15/10/2025 - 16/10/2025",
                112,
                182470,
                104700,
            ),
        ],
        kn_records,
        draw_kn,
        "Kestrel Narrows Police Service, Ontario [invented]",
        "calls for service (only calls with a GO occurrence number are records)",
        "table with header",
        ["case_number", "reported_at", "type", "location", "zone", "disposition"],
        *NOTES["kn"],
    )
    one_agency(
        "wollara-nsw-police-district",
        3,
        [
            ("wollara-event-summary-2025-10-13-19.pdf", days(10, 13, 19), "13/10/2025 - 19/10/2025", 46, 254417800, 0),
            ("wollara-event-summary-2025-10-20-26.pdf", days(10, 20, 26), "20/10/2025 - 26/10/2025", 52, 254419100, 0),
        ],
        wo_records,
        draw_wo,
        "Wollara Police District, New South Wales [invented]",
        "event summary report (labelled blocks, spaced event numbers)",
        "labelled blocks",
        ["case_number", "type", "reported_at", "occurred_from", "occurred_to", "location", "disposition", "summary"],
        *NOTES["wo"],
    )
    one_agency(
        "carrickmoyle-ie-harbour-police",
        4,
        [
            (
                "carrickmoyle-occurrence-book-2025-10-13-26.pdf",
                days(10, 13, 26),
                "Occurrences 13th - 26th October 2025",
                66,
                580,
                0,
            )
        ],
        cm_records,
        draw_cm,
        "Port of Carrickmoyle Harbour Police, Ireland [invented]",
        "harbour police occurrence book (routine watch entries between occurrences)",
        "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"],
        *NOTES["cm"],
    )
    one_agency(
        "kotuku-harbour-nz-area",
        5,
        [("kotuku-weekly-files-2025-10-20-26.pdf", days(10, 20, 26), "Week ending Sunday 26 October 2025", 92, 0, 0)],
        ko_records,
        draw_ko,
        "Kōtuku Harbour Area police, New Zealand [invented]",
        "weekly file list by station (date-based file numbers)",
        "free text",
        ["case_number", "reported_at", "type", "location", "disposition"],
        *NOTES["ko"],
    )


if __name__ == "__main__":
    main()
