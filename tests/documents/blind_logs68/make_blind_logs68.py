"""Generate the held-out set blind_logs68: school-district and youth-services police logs.

Five layouts: a district police log sorted into class-period bands (no clock times, ids out of order); an ISD weekly log
with a student-ID column printed just before the id and weekly subtotal rows; a semester report
of labelled blocks, each block carrying its own small row of captions above its values, times as
school-year week, weekday and period; a youth-services narrative by day and campus, paragraphs
opening with the period and closing with the report number, truancy-sweep tallies between; and
truancy / attendance sweep sheets, one numbered contact a line under a sweep header, id last.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs68/make_blind_logs68.py [OUT_DIR]
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
SEED = 20251168
SCHOOL_YEAR_START = datetime.date(2025, 8, 11)  # Monday of school week 1
PERIODS = ["Before school", "P1", "P2", "P3", "P4", "Lunch", "P5", "P6", "P7", "After school"]
ORDINAL = {
    "P1": "1st period",
    "P2": "2nd period",
    "P3": "3rd period",
    "P4": "4th period",
    "P5": "5th period",
    "P6": "6th period",
    "P7": "7th period",
    "Lunch": "Lunch",
    "Before school": "Before school",
    "After school": "After school",
}
PERIOD_CLOCK = {
    "Before school": (7, 10),
    "P1": (7, 55),
    "P2": (8, 50),
    "P3": (9, 45),
    "P4": (10, 40),
    "Lunch": (11, 35),
    "P5": (12, 15),
    "P6": (13, 10),
    "P7": (14, 5),
    "After school": (15, 5),
}
TYPES = [
    "Fight - mutual combat",
    "Vape possession",
    "Theft - locker",
    "Trespass on campus",
    "Truancy - habitual",
    "Threat - verbal",
    "Vandalism - restroom",
    "Weapon - look-alike",
    "Bullying report",
    "False fire alarm",
    "Runaway juvenile",
    "Marijuana possession",
    "Welfare check - student",
    "Lost property",
    "Battery on staff",
    "Disturbance - parking lot",
    "Tobacco possession",
]
SPOTS = [
    "east stairwell",
    "gym lobby",
    "B-wing restroom",
    "student lot",
    "cafeteria",
    "library",
    "bus loop",
    "portable 6",
    "front office",
    "quad",
    "field house",
    "C-hall lockers",
]


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


def week_of(d):
    return (datetime.date(*d) - SCHOOL_YEAR_START).days // 7 + 1


def school_days(month, first, last):
    out = []
    for k in range(first, last + 1):
        if datetime.date(2025, month, k).weekday() < 5:
            out.append((2025, month, k))
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def disposition(r, related, styles):
    """A disposition; some cite another series' number (kept as related)."""
    x = r.random()
    if x < 0.12 and "citation" in styles:
        num = styles["citation"](r)
        related.append(("citation", num))
        return f"Juvenile citation {num}"
    if x < 0.2 and "booking" in styles:
        num = styles["booking"](r)
        related.append(("booking_number", num))
        return f"Juv. hall booking {num}"
    if x < 0.27 and "other" in styles:
        num = styles["other"](r)
        related.append(("other_agency_case", num))
        return f"Referred to city police ({num})"
    return r.choice(
        [
            "Referred to site admin",
            "Parent contacted",
            "SARB referral",
            "Report only",
            "Closed - unfounded",
            "Counselor referral",
            "Suspended per site admin",
            "Returned to class",
        ]
    )


class Writer:
    """Lines on pages with a header/footer; page count known after a first pass."""

    def __init__(self, path, size, head, total_pages):
        self.c = new_canvas(path, size)
        self.w, self.h = size
        self.head, self.total, self.page = head, total_pages, 0
        self.new_page(first=True)

    def new_page(self, first=False):
        if not first:
            self.c.showPage()
        self.page += 1
        self.y = self.head(self.c, self.page, self.total)

    def need(self, height):
        if self.y - height < 50:
            self.new_page()

    def text(self, x, s, font="Helvetica", size=9):
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, s)

    def finish(self):
        self.c.showPage()
        self.c.save()
        return self.page


def table_rows(wr, cols, rows, font, size, lead, header_cb):
    """cols: [(x, width)], rows: [[cell strings]]; wraps cells, header again on a new page."""
    for cells in rows:
        split = [simpleSplit(v, font, size, w - 4) or [""] for v, (_, w) in zip(cells, cols)]
        height = max(len(s) for s in split) * lead + 3
        before = wr.page
        wr.need(height)
        if wr.page != before:
            header_cb()
        for (x, _), lines in zip(cols, split):
            for i, line in enumerate(lines):
                wr.c.setFont(font, size)
                wr.c.drawString(x, wr.y - i * lead, line)
        wr.y -= height


# ---------------------------------------------------------------- A: Ardenwood USD PD (period bands)
AW_CAMPUS = [
    "Ardenwood HS",
    "Sycamore Flats HS",
    "Kellan MS",
    "Ridgeline MS",
    "Orchard Lane ES",
    "Bayard ES",
    "Ardenwood Adult Ed",
    "District Office",
]


def aw_records(r, days, n, start):
    """Ids run in time order; the log prints them grouped by class period, so ids jump back."""
    out = []
    keys = sorted((r.randrange(len(days)), r.randrange(len(PERIODS))) for _ in range(n))
    for (di, pi), k in zip(keys, ids_in_series(r, n, start)):
        rel = []
        disp = disposition(
            r,
            rel,
            {
                "citation": lambda q: f"JC-25-{q.randint(10000, 99999)}",
                "booking": lambda q: f"JH25-{q.randint(1000, 9999)}",
                "other": lambda q: f"APD25-{q.randint(10000, 99999)}",
            },
        )
        out.append(
            {
                "case_number": f"AUSD-25-{k:04d}",
                "reported_at": mdy(days[di]),
                "period": PERIODS[pi],
                "type": r.choice(TYPES),
                "location": f"{r.choice(AW_CAMPUS)}, {r.choice(SPOTS)}",
                "disposition": disp,
                "related": rel,
                "pi": pi,
            }
        )
    return sorted(out, key=lambda x: x["pi"])


def band(p):
    h, m = PERIOD_CLOCK[p]
    return f"{p.upper()}  ({h:02d}:{m:02d} bell)"


def draw_aw(path, recs, label, pages):
    cols = [(40, 84), (124, 66), (190, 150), (340, 116), (456, 116)]
    titles = ["Case No.", "Date", "Campus / Location", "Incident", "Disposition"]

    def head(c, page, total):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 750, "ARDENWOOD UNIFIED SCHOOL DISTRICT POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(40, 737, f"Incident Log by Class Period  |  {label}  |  Dispatch (555) 0142")
        c.drawRightString(572, 737, f"Page {page} of {total or '?'}")
        c.drawString(40, 30, "Sorted by bell-schedule period, then date. Periods per the district bell schedule.")
        return 716

    wr = Writer(path, letter, head, pages)
    cur = [None]

    def header():
        for (x, _), t in zip(cols, titles):
            wr.text(x, t, "Helvetica-Bold", 8)
        wr.c.line(40, wr.y - 3, 572, wr.y - 3)
        wr.y -= 14
        if cur[0] is not None:
            wr.text(40, band(cur[0]) + "  (continued)", "Helvetica-BoldOblique", 8)
            wr.y -= 12

    header()
    for x in recs:
        if x["period"] != cur[0]:
            before = wr.page
            wr.need(34)
            if wr.page != before:
                cur[0] = None
                header()
            cur[0] = x["period"]
            wr.c.setFillGray(0.88)
            wr.c.rect(40, wr.y - 3, 532, 12, stroke=0, fill=1)
            wr.c.setFillGray(0)
            wr.text(44, band(cur[0]), "Helvetica-Bold", 8)
            wr.y -= 14
        table_rows(
            wr,
            cols,
            [[x["case_number"], x["reported_at"], x["location"], x["type"], x["disposition"]]],
            "Helvetica",
            7.5,
            9,
            header,
        )
    cur[0] = None
    wr.need(40 + 12 * len(AW_CAMPUS))
    wr.y -= 8
    wr.text(40, f"Total incidents: {len(recs)}", "Helvetica-Bold", 9)
    wr.y -= 16
    wr.text(40, "INCIDENTS BY CAMPUS", "Helvetica-Bold", 8)
    wr.y -= 11
    for cmp in AW_CAMPUS:
        wr.text(60, cmp, "Helvetica", 8)
        wr.text(200, str(sum(x["location"].startswith(cmp + ",") for x in recs)), "Helvetica", 8)
        wr.y -= 10
    return wr.finish()


# ---------------------------------------------------------------- B: Calder Springs ISD PD (student ID column)
CS_CAMPUS = [
    "Calder Springs HS",
    "Mesquite Draw HS",
    "Pruett MS",
    "Haskell Ridge MS",
    "Linnet ES",
    "Calder Springs ECC",
]


def cs_records(r, days, n, start):
    out = []
    stamps = sorted(r.sample(range(len(days) * 540), n))
    used = set()
    for s, k in zip(stamps, ids_in_series(r, n, start)):
        d = days[s // 540]
        h, m = divmod(7 * 60 + s % 540, 60)
        rel = []
        sid = ""
        if r.random() < 0.75:
            while not sid or sid in used:
                sid = str(r.randint(4000000, 4999999))
            used.add(sid)
            rel.append(("student_id", sid))
        disp = disposition(
            r,
            rel,
            {
                "citation": lambda q: f"TXC{q.randint(100000, 999999)}",
                "other": lambda q: f"CSPD-25-{q.randint(1000, 9999)}",
            },
        )
        out.append(
            {
                "case_number": f"CS25-{k:05d}",
                "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
                "week": week_of(d),
                "student": sid,
                "type": r.choice(TYPES),
                "location": r.choice(CS_CAMPUS),
                "disposition": disp,
                "related": rel,
            }
        )
    return out


def draw_cs(path, recs, label, pages):
    size = landscape(letter)
    cols = [(36, 30), (66, 62), (128, 72), (200, 88), (288, 140), (428, 130), (558, 200)]
    titles = ["Wk", "Student ID", "Case #", "Reported", "Offense", "Campus", "Action"]

    def head(c, page, total):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, 575, "Calder Springs Independent School District Police Department")
        c.setFont("Helvetica", 8)
        c.drawString(36, 562, f"Campus Incident Listing, school weeks {label}   Non-emergency (555) 0167")
        c.drawRightString(756, 562, f"{page}/{total or '?'}")
        c.drawString(36, 28, "Student ID shown where a student was involved. FERPA: names withheld.")
        return 540

    wr = Writer(path, size, head, pages)

    def header():
        for (x, _), t in zip(cols, titles):
            wr.text(x, t, "Helvetica-Bold", 8)
        wr.c.line(36, wr.y - 3, 756, wr.y - 3)
        wr.y -= 14

    header()
    week = None
    for x in recs + [None]:
        if week is not None and (x is None or x["week"] != week):
            before = wr.page
            wr.need(16)
            if wr.page != before:
                header()
            wr.text(288, f"Week {week} subtotal", "Helvetica-Oblique", 8)
            wr.text(428, str(sum(y["week"] == week for y in recs)), "Helvetica-Oblique", 8)
            wr.y -= 16
        if x is None:
            break
        week = x["week"]
        table_rows(
            wr,
            cols,
            [
                [
                    str(x["week"]),
                    x["student"] or "n/a",
                    x["case_number"],
                    x["reported_at"],
                    x["type"],
                    x["location"],
                    x["disposition"],
                ]
            ],
            "Helvetica",
            8,
            10,
            header,
        )
    wr.need(20)
    wr.text(36, f"Records this report: {len(recs)}", "Helvetica-Bold", 9)
    return wr.finish()


# ---------------------------------------------------------------- C: Morrow Vale USD (semester blocks)
MV_CAMPUS = ["Morrow Vale HS", "Brookfall MS", "Tamsen Hill MS", "Alder Run ES", "Quintana Academy"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def mv_records(r, weeks, n, start):
    out = []
    keys = sorted((r.choice(weeks), r.randrange(5), r.randrange(len(PERIODS))) for _ in range(n))
    for (w, dd, pi), k in zip(keys, ids_in_series(r, n, start)):
        rel = []
        typ = r.choice(TYPES)
        summ = r.choice(
            [
                "Reported by teacher.",
                "Reported by campus supervisor.",
                "Found on patrol.",
                "Anonymous tip via the district safety app.",
            ]
        )
        if typ in ("Theft - locker", "Vape possession", "Weapon - look-alike") or r.random() < 0.15:
            lk = f"{r.choice('ABCDEF')}-{r.randint(100, 480)}"
            rel.append(("locker_number", lk))
            summ = f"Item located in locker {lk}. " + summ
        disp = disposition(
            r,
            rel,
            {
                "citation": lambda q: f"MVC-{q.randint(100000, 999999)}",
                "other": lambda q: f"MCSO-25-{q.randint(10000, 99999)}",
            },
        )
        out.append(
            {
                "case_number": f"MV-F25-{k:04d}",
                "reported_at": f"Wk {w:02d} {DAYS[dd]} {PERIODS[pi]}",
                "week": w,
                "day": DAYS[dd],
                "period": PERIODS[pi],
                "type": typ,
                "location": r.choice(MV_CAMPUS),
                "summary": summ,
                "disposition": disp,
                "related": rel,
            }
        )
    return out


def draw_mv(path, recs, label, pages):
    def head(c, page, total):
        c.setFont("Times-Bold", 13)
        c.drawCentredString(306, 752, "Morrow Vale Unified School District - School Police Services")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(306, 739, f"Fall Semester 2025 Incident Report, {label}")
        c.drawCentredString(306, 28, f"MVUSD School Police  (555) 0118  -  sheet {page} of {total or '?'}")
        return 712

    wr = Writer(path, letter, head, pages)
    for x in recs:
        summ = simpleSplit(f"Details: {x['summary']}", "Times-Roman", 9.5, 480)
        act = simpleSplit(f"Action taken: {x['disposition']}", "Times-Roman", 9.5, 480)
        wr.need(48 + 11 * (len(summ) + len(act)))
        wr.c.setFillGray(0.45)
        for xx, cap in zip((60, 170, 230, 280, 360), ("CASE NO.", "WEEK", "DAY", "PERIOD", "CAMPUS")):
            wr.text(xx, cap, "Helvetica", 6)
        wr.c.setFillGray(0)
        wr.y -= 11
        for xx, v in zip(
            (60, 170, 230, 280, 360), (x["case_number"], f"Wk {x['week']:02d}", x["day"], x["period"], x["location"])
        ):
            wr.text(xx, v, "Helvetica-Bold" if xx == 60 else "Helvetica", 9)
        wr.y -= 12
        wr.text(60, f"Nature: {x['type']}", "Times-Roman", 9.5)
        wr.y -= 11
        for line in summ + act:
            wr.text(60, line, "Times-Roman", 9.5)
            wr.y -= 11
        wr.c.setStrokeGray(0.7)
        wr.c.line(60, wr.y + 4, 552, wr.y + 4)
        wr.c.setStrokeGray(0)
        wr.y -= 8
    wr.need(30 + 11 * len(MV_CAMPUS))
    wr.text(60, f"Incidents in this report: {len(recs)}", "Times-Bold", 10)
    wr.y -= 15
    for cmp in MV_CAMPUS:
        wr.text(80, f"{cmp} " + "." * 40, "Times-Roman", 9)
        wr.text(330, str(sum(x["location"] == cmp for x in recs)), "Times-Roman", 9)
        wr.y -= 11
    return wr.finish()


# ---------------------------------------------------------------- D: Pinecastle County youth services (narrative)
PC_CAMPUS = ["Hollin Creek High", "Pinecastle Middle", "Wexley Grove Elementary", "Sand Hollow Alternative"]


def pc_records(r, days, n, start):
    out = []
    keys = sorted((r.randrange(len(days)), r.randrange(len(PC_CAMPUS)), r.randrange(len(PERIODS))) for _ in range(n))
    for (di, ci, pi), k in zip(keys, ids_in_series(r, n, start)):
        rel = []
        typ = r.choice(TYPES)
        story = r.choice(
            [
                "Deputy responded and spoke with the assistant principal.",
                "Staff separated the students before the deputy arrived.",
                "Handled with the school resource deputy and the counselor.",
                "Surveillance video reviewed with the dean.",
            ]
        )
        if r.random() < 0.3:
            sid = str(r.randint(3000000, 3999999))
            rel.append(("student_id", sid))
            story += f" Student ID {sid} noted for the file."
        disp = disposition(
            r,
            rel,
            {
                "booking": lambda q: f"JDC-{q.randint(100000, 999999)}",
                "other": lambda q: f"PCSO25-{q.randint(100000, 999999)}",
            },
        )
        out.append(
            {
                "case_number": f"PCY-25-{k:05d}",
                "date": datetime.date(*days[di]).strftime("%A, %B %-d, %Y"),
                "reported_at": ORDINAL[PERIODS[pi]],
                "day": days[di],
                "campus": PC_CAMPUS[ci],
                "type": typ,
                "location": f"{PC_CAMPUS[ci]}, {r.choice(SPOTS)}",
                "summary": story,
                "disposition": disp,
                "related": rel,
            }
        )
    return out


def draw_pc(path, recs, label, pages):
    def head(c, page, total):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, 750, "Pinecastle County Sheriff's Office - Youth Services Unit")
        c.setFont("Helvetica", 8)
        c.drawString(54, 738, f"School Resource Deputy daily log  {label}")
        c.drawRightString(558, 738, f"page {page} of {total or '?'}")
        c.drawString(54, 30, "Youth Services desk (555) 0173. Juvenile names are never released.")
        return 716

    wr = Writer(path, letter, head, pages)
    r = random.Random(len(recs))
    day = campus = None
    for x in recs:
        if x["day"] != day:
            if day is not None:
                wr.need(14)
                wr.text(
                    72,
                    f"Truancy sweep: {r.randint(3, 15)} students contacted, {r.randint(1, 3)} returned to class.",
                    "Helvetica-Oblique",
                    8.5,
                )
                wr.y -= 16
            wr.need(40)
            day, campus = x["day"], None
            wr.text(54, f"{x['date']} (school week {week_of(day)})", "Helvetica-Bold", 10)
            wr.y -= 15
        if x["campus"] != campus:
            wr.need(30)
            campus = x["campus"]
            wr.text(54, campus.upper(), "Helvetica-Bold", 8.5)
            wr.y -= 12
        para = (
            f"{x['reported_at']}. {x['location']}. {x['type']}. {x['summary']} "
            f"{x['disposition']}. Report {x['case_number']}."
        )
        lines = simpleSplit(para, "Times-Roman", 10, 470)
        wr.need(12 * len(lines) + 4)
        for i, line in enumerate(lines):
            wr.text(72 if i == 0 else 84, line, "Times-Roman", 10)
            wr.y -= 12
        wr.y -= 4
    wr.need(34)
    wr.text(
        72,
        f"Truancy sweep: {r.randint(3, 15)} students contacted, {r.randint(1, 3)} returned to class.",
        "Helvetica-Oblique",
        8.5,
    )
    wr.y -= 18
    wr.text(54, f"Entries this log: {len(recs)}", "Helvetica-Bold", 9)
    return wr.finish()


# ---------------------------------------------------------------- E: Larkmoor attendance sweeps
LK_ZONES = ["Zone 1 (Downtown)", "Zone 2 (Riverside)", "Zone 3 (Mill Flats)", "Zone 4 (Eastgate)"]
LK_PLACES = [
    "Larkmoor Transit Ctr",
    "Eastgate Mall food court",
    "Riverside skate park",
    "Mill Flats library",
    "Cedar St minimart",
    "Pioneer Park shelter",
    "Bowline Ave bus stop",
    "Quarry Rd arcade",
]
LK_TYPES = [
    "Truancy - returned to campus",
    "Truancy - released to parent",
    "Daytime curfew citation",
    "Runaway juvenile - located",
    "Vape possession",
    "Juvenile warrant - booked",
    "Trespass warning",
    "Truancy - SARB referral",
]


def lk_records(r, days, n, start):
    out, ids = [], iter(ids_in_series(r, n, start))
    sweep, left = 30, n
    while left:
        size = min(left, r.randint(4, 10))
        if left - size and left - size < 4:
            size = left
        left -= size
        sweep += r.randint(1, 2)
        d = days[min(len(days) - 1, (n - left - 1) * len(days) // n)]
        zone = r.choice(LK_ZONES)
        t0 = r.randint(8 * 60, 13 * 60)
        per = "P1-P3" if t0 < 9 * 60 else "P2-P4" if t0 < 10 * 60 + 30 else "P4-P6" if t0 < 12 * 60 else "P5-P7"
        for j, t in enumerate(sorted(r.sample(range(t0, t0 + 150), size))):
            rel = []
            sid = str(r.randint(5000000, 5999999))
            rel.append(("student_id", sid))
            typ = r.choice(LK_TYPES)
            if typ == "Daytime curfew citation":
                rel.append(("citation", f"DC-{r.randint(10000, 99999)}"))
                typ = f"Daytime curfew citation {rel[-1][1]}"
            out.append(
                {
                    "case_number": f"LK25-{next(ids):05d}",
                    "sweep": f"SW-25-{sweep:03d}",
                    "n": j + 1,
                    "date": mdy(d),
                    "reported_at": f"{t // 60:02d}:{t % 60:02d}",
                    "zone": zone,
                    "per": per,
                    "location": r.choice(LK_PLACES),
                    "student": sid,
                    "type": typ,
                    "related": rel,
                }
            )
    return out


def draw_lk(path, recs, label, pages):
    size = landscape(letter)

    def head(c, page, total):
        c.setFont("Courier-Bold", 11)
        c.drawString(40, 574, "LARKMOOR PUBLIC SCHOOLS POLICE / ATTENDANCE ENFORCEMENT")
        c.setFont("Courier", 8)
        c.drawString(40, 562, f"TRUANCY AND ATTENDANCE SWEEP SHEETS  {label}   ATTENDANCE LINE (555) 0129")
        c.drawRightString(752, 562, f"PAGE {page} OF {total or '?'}")
        return 540

    wr = Writer(path, size, head, pages)
    sweeps = []
    for x in recs:
        if not sweeps or sweeps[-1][0]["sweep"] != x["sweep"]:
            sweeps.append([])
        sweeps[-1].append(x)
    for sw in sweeps:
        s = sw[0]
        wr.need(40 + 11 * len(sw))
        wr.c.rect(40, wr.y - 4, 712, 14, stroke=1, fill=0)
        wr.text(
            46,
            f"SWEEP {s['sweep']}   {s['date']}   {s['zone']}   PERIODS {s['per']}   OFFICERS {len(sw) % 3 + 2}",
            "Courier-Bold",
            9,
        )
        wr.y -= 20
        for x in sw:
            wr.text(
                46,
                f"{x['n']:02d}  {x['reported_at']}  {x['location']:<26}  STU {x['student']}  {x['type']:<40}"
                f"  {x['case_number']}",
                "Courier",
                8.5,
            )
            wr.y -= 11
        wr.text(
            46,
            f"    contacts this sweep: {len(sw)}   returned to class: {sum('returned' in x['type'] for x in sw)}",
            "Courier-Oblique",
            8,
        )
        wr.y -= 18
    wr.need(20)
    wr.text(40, f"SWEEPS: {len(sweeps)}   CONTACTS WITH CASE REPORTS: {len(recs)}", "Courier-Bold", 9)
    return wr.finish()


# ---------------------------------------------------------------- ground truth
def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [
        {"record": rec["case_number"], "kind": kind, "number": num} for rec in recs for kind, num in rec["related"]
    ]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs68.py (seed {SEED} + agency number)",
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
        "fields_present": [f for f in fields if f not in ("date", "period")],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs68.py) from the records it drew; "
        "checked by check_blind_logs68.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
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


NOTES = {
    "aw": (
        "Portrait district police log SORTED BY CLASS PERIOD: a grey band per bell-schedule period ('P3  "
        "(09:45 bell)', 'LUNCH  (11:35 bell)', 'BEFORE SCHOOL', 'AFTER SCHOOL'), repeated '... (continued)' "
        "under the column titles when a page break cuts a period. Rows inside a band by date, so the ids "
        "(AUSD-25-NNNN) are NOT in ascending order over the document. Columns: Case No. (the id), Date "
        "(MM/DD/YYYY: reported_at as printed; there is no clock time; the period is only in the band: "
        "sample key 'period'), Campus / Location (wraps), Incident (type), Disposition (wraps; 'Juvenile "
        "citation JC-25-NNNNN', 'Juv. hall booking JH25-NNNN' and 'Referred to city police (APD25-NNNNN)' "
        "are related, not ids). Ends 'Total incidents: N' then an 'INCIDENTS BY CAMPUS' table of campus "
        "names and counts, which are NOT records.",
        "rows counted from the generator; 'Total incidents' equals record_count",
    ),
    "cs": (
        "Landscape ISD campus incident listing grouped by SCHOOL-YEAR WEEK. Columns: Wk (school week number), "
        "Student ID (7 digits, or 'n/a'; printed just BEFORE the id: related 'student_id', not an id), Case # "
        "(CS25-NNNNN, the id), Reported (MM/DD/YYYY HH:MM), Offense (type), Campus (location), Action "
        "(disposition; 'Juvenile citation TXCNNNNNN' and 'Referred to city police (CSPD-25-NNNN)' are "
        "related). After each week an italic 'Week N subtotal' row with a count in the Campus column (NOT a "
        "record). Ends 'Records this report: N'.",
        "rows counted from the generator; 'Records this report' equals record_count",
    ),
    "mv": (
        "Fall-semester report of labelled blocks, one per incident, NOT split over pages. Each block opens "
        "with a row of small grey captions (CASE NO., WEEK, DAY, PERIOD, CAMPUS) and under it the values "
        "('MV-F25-NNNN   Wk 07   Tue   P4   Brookfall MS'); there is NO calendar date anywhere, the time is "
        "school week, weekday and period (reported_at as printed, e.g. 'Wk 07 Tue P4'). Then run-in lines "
        "'Nature:' (type), 'Details:' (summary; 'locker B-214' numbers are related 'locker_number') and "
        "'Action taken:' (disposition; 'Juvenile citation MVC-NNNNNN', 'Referred to city police "
        "(MCSO-25-NNNNN)' related). Ends 'Incidents in this report: N' then a per-campus list with dot "
        "leaders and counts (NOT records).",
        "blocks counted from the generator; the closing count equals record_count",
    ),
    "pc": (
        "Sheriff's youth-services narrative log: a day heading 'Tuesday, October 14, 2025 (school week 10)', "
        "then campus headings in capitals, then one paragraph per entry opening with the period ('3rd "
        "period.', 'Lunch.', 'After school.'; reported_at as printed, the date is only in the day heading: "
        "sample key 'date'), location, type, narrative, disposition and last 'Report PCY-25-NNNNN.' (the "
        "id, at the END of the paragraph). 'Student ID NNNNNNN' in the narrative and 'Juv. hall booking "
        "JDC-NNNNNN' / 'Referred to city police (PCSO25-NNNNNN)' are related. An italic 'Truancy sweep: N "
        "students contacted, M returned to class.' line closes each day (NOT a record). Ends 'Entries this "
        "log: N'.",
        "paragraphs counted from the generator; 'Entries this log' equals record_count",
    ),
    "lk": (
        "Landscape Courier truancy / attendance SWEEP SHEETS. Each sweep has a boxed header 'SWEEP SW-25-NNN  "
        "MM/DD/YYYY  Zone n (name)  PERIODS P2-P4  OFFICERS n' (the sweep number is NOT a record id; the "
        "date is only here: sample key 'date'), then one line per contact: a line number restarting at 01 in "
        "each sweep (NOT an id), time HH:MM (reported_at), place (location), 'STU NNNNNNN' student id "
        "(related 'student_id'), type/outcome ('Daytime curfew citation DC-NNNNN' cites a citation, "
        "related) and LAST the case number LK25-NNNNN (the id). Each sweep ends 'contacts this sweep: N   "
        "returned to class: M' (NOT a record). No column titles. Ends 'SWEEPS: n   CONTACTS WITH CASE "
        "REPORTS: N'.",
        "contact lines counted from the generator; the closing count equals record_count",
    ),
}


def main():
    one_agency(
        "ardenwood-usd-ca-pd",
        1,
        [
            ("ausdpd-daily-log-2025-10-13-17.pdf", school_days(10, 13, 17), "10/13/2025 - 10/17/2025", 74, 3100),
            ("ausdpd-daily-log-2025-10-20-24.pdf", school_days(10, 20, 24), "10/20/2025 - 10/24/2025", 58, 3260),
        ],
        aw_records,
        draw_aw,
        "Ardenwood Unified School District Police Department, CA [invented]",
        "incident log sorted by class period (no clock times)",
        "table with header",
        ["case_number", "reported_at", "period", "type", "location", "disposition"],
        *NOTES["aw"],
    )
    one_agency(
        "calder-springs-isd-tx-pd",
        2,
        [("csisdpd-incident-listing-wk-09-11.pdf", school_days(10, 6, 24), "9-11 (Oct 6 - Oct 24, 2025)", 118, 1400)],
        cs_records,
        draw_cs,
        "Calder Springs Independent School District Police Department, TX [invented]",
        "campus incident listing by school week (student ID column)",
        "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        *NOTES["cs"],
    )
    one_agency(
        "morrow-vale-usd-or-school-police",
        3,
        [
            ("mvusd-fall-2025-report-weeks-01-05.pdf", list(range(1, 6)), "Weeks 1-5", 46, 100),
            ("mvusd-fall-2025-report-weeks-06-10.pdf", list(range(6, 11)), "Weeks 6-10", 53, 220),
        ],
        mv_records,
        draw_mv,
        "Morrow Vale Unified School District School Police Services, OR [invented]",
        "semester incident report (captioned blocks, school week and period)",
        "labelled blocks",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"],
        *NOTES["mv"],
    )
    one_agency(
        "pinecastle-county-fl-so-youth-services",
        4,
        [
            ("pcso-ysu-log-2025-10-13-17.pdf", school_days(10, 13, 17), "October 13-17, 2025", 44, 4100),
            ("pcso-ysu-log-2025-10-20-24.pdf", school_days(10, 20, 24), "October 20-24, 2025", 51, 4230),
        ],
        pc_records,
        draw_pc,
        "Pinecastle County Sheriff's Office, Youth Services Unit, FL [invented]",
        "school resource deputy daily narrative log",
        "free text",
        ["case_number", "date", "reported_at", "type", "location", "summary", "disposition"],
        *NOTES["pc"],
    )
    one_agency(
        "larkmoor-ne-schools-attendance-enforcement",
        5,
        [("lps-sweep-sheets-2025-10.pdf", school_days(10, 1, 31), "OCTOBER 2025", 66, 710)],
        lk_records,
        draw_lk,
        "Larkmoor Public Schools Police, Attendance Enforcement, NE [invented]",
        "truancy and attendance sweep sheets",
        "free text",
        ["case_number", "date", "reported_at", "type", "location"],
        *NOTES["lk"],
    )


if __name__ == "__main__":
    main()
