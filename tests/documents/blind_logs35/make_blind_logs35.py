"""Generate the thirty-fifth held-out set of incident-log PDFs and their ground truth.

Five logs published in everyday forms: a social-media thread printed from a browser (one post
per incident, relative timestamps, likes and shares); a phone app's incident list printed as
screenshots, one screen per page, each screen repeating the last item of the one before; a
large-print accessible edition with one field per line; a plain-language community summary
with a case number per item; a slide deck printed two slides per page with one table per slide.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs35/make_blind_logs35.py [OUT_DIR]
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
SEED = 20253535
STREETS = [
    "Alderney",
    "Brookvale",
    "Carraway",
    "Dunstan",
    "Elderberry",
    "Fernleigh",
    "Gorsemoor",
    "Hazelton",
    "Inchmore",
    "Jessamine",
    "Kittredge",
    "Larchfield",
    "Moorcroft",
    "Netherby",
    "Osprey",
    "Penhallow",
    "Quenell",
    "Rushmere",
    "Sedgwick",
    "Thistle",
    "Upwood",
    "Wrenbury",
]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]
# (log type, plain-language topic, plain summary sentences)
TYPES = [
    (
        "THEFT FROM VEHICLE",
        "Car break-in",
        [
            "A window was broken and a bag was taken from a parked car.",
            "Tools were taken from an unlocked pickup overnight.",
        ],
    ),
    (
        "BURGLARY - RESIDENTIAL",
        "Home burglary",
        ["Someone forced a back door while the owners were away.", "A garage was entered and two bicycles were taken."],
    ),
    (
        "SHOPLIFTING",
        "Shoplifting",
        [
            "A store reported a person leaving with unpaid groceries.",
            "Staff stopped a shopper with unpaid cosmetics at the exit.",
        ],
    ),
    (
        "VANDALISM",
        "Vandalism",
        ["Paint was sprayed on a fence along the street.", "A mailbox was knocked down and left in the road."],
    ),
    (
        "ASSAULT - SIMPLE",
        "Fight",
        [
            "Two people argued and one pushed the other; no one needed a hospital.",
            "A man was punched outside a bar and declined treatment.",
        ],
    ),
    (
        "SUSPICIOUS PERSON",
        "Suspicious person",
        ["A caller saw someone trying car door handles.", "A person was seen looking into windows after dark."],
    ),
    (
        "TRAFFIC COLLISION",
        "Car crash",
        [
            "Two cars collided at low speed; one driver was hurt slightly.",
            "A car hit a parked van and the driver stayed at the scene.",
        ],
    ),
    (
        "DUI",
        "Drunk driving",
        ["Officers stopped a car weaving across lanes.", "A driver was found asleep at the wheel at a green light."],
    ),
    (
        "FRAUD",
        "Scam",
        [
            "A resident paid a caller pretending to be from the power company.",
            "Someone used a stolen card number to buy gift cards.",
        ],
    ),
    (
        "NOISE COMPLAINT",
        "Loud party",
        ["Neighbors reported loud music late at night.", "A party was asked to turn the music down."],
    ),
    (
        "WELFARE CHECK",
        "Check on a neighbor",
        [
            "Family asked officers to check on a relative who did not answer.",
            "A neighbor had not been seen for days; officers found them well.",
        ],
    ),
    (
        "TRESPASS",
        "Trespassing",
        [
            "A person was sleeping in a closed business and was asked to leave.",
            "People were found inside a fenced construction site.",
        ],
    ),
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


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def block(r):
    return f"{r.randint(1, 49) * 100} block of {r.choice(STREETS)} {r.choice(SUFFIX)}"


def base_records(r, days, n, start, idfmt, related):
    """Records as dicts; related(r) gives (disposition word, kind, number) or None."""
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    recs, k = [], start
    for mn in mins:
        k += r.choice((1, 1, 1, 2, 3))
        t = r.choice(TYPES)
        rel = related(r)
        recs.append(
            {
                "id": idfmt(k),
                "date": days[mn // 1440],
                "h": (mn % 1440) // 60,
                "m": mn % 60,
                "type": t[0],
                "topic": t[1],
                "summary": r.choice(t[2]),
                "location": block(r),
                "rel": rel,
            }
        )
    return recs


def tc(t):
    return t.title().replace("Dui", "DUI")


def h12(h, m, style="PM"):
    ap = "AM" if h < 12 else "PM"
    if style == "p.m.":
        ap = ap[0].lower() + "." + "m."
    return f"{(h % 12) or 12}:{m:02d} {ap}"


# ---------------------------------------------------------------- A: Gullwing Cove social thread


def gc_related(r):
    x = r.random()
    if x < 0.12:
        n = f"GCC-{r.randint(100000, 999999)}"
        return (f"Cited, citation {n}", "citation", n)
    if x < 0.22:
        n = f"BK25-{r.randint(1000, 9999)}"
        return (f"One adult arrested, booking {n}", "booking_number", n)
    if x < 0.30:
        n = f"CCSO 25-{r.randint(1000, 9999)}"
        return (f"Handed to Cumbrook County Sheriff, their case {n}", "other_agency_case", n)
    return (
        r.choice(["Report taken", "Under investigation", "Closed", "Warning given", "Referred to detectives"]),
        None,
        None,
    )


def gc_text(rec, i, total):
    d = rec["date"]
    when = f"{d.strftime('%b')} {d.day}, {d.year} {h12(rec['h'], rec['m'])}"
    return (
        f"{rec['type']} at the {rec['location']}, reported {when}. Case #{rec['id']}. {rec['summary']} "
        f"Outcome: {rec['rel'][0]}. ({i}/{total})"
    )


def age(printed, rec, r):
    dt = datetime.datetime(rec["date"].year, rec["date"].month, rec["date"].day, rec["h"], rec["m"])
    mins = int((printed - dt).total_seconds() // 60) - r.randint(20, 200)
    return f"{mins}m" if mins < 60 else f"{mins // 60}h" if mins < 1440 else f"{mins // 1440}d"


def draw_gc(path, recs, label, pages, r):
    w, h = letter
    c = new_canvas(path, letter)
    printed = datetime.datetime.combine(recs[-1]["date"] + datetime.timedelta(days=1), datetime.time(9, 30))
    total = len(recs) + 1
    page, y = [0], [0]
    url = f"https://social.example/GullwingCovePD/status/18{r.randint(10**9, 10**10 - 1)}"

    def head():
        page[0] += 1
        c.setFont("Helvetica", 8)
        c.drawString(30, h - 20, f"{printed.strftime('%m/%d/%y')}, {printed.strftime('%-I:%M %p')}")
        c.drawCentredString(w / 2, h - 20, "Gullwing Cove Police (@GullwingCovePD) / Thread")
        c.drawString(30, 18, url)
        c.drawRightString(w - 30, 18, f"{page[0]}/{pages}")
        y[0] = h - 50

    def post(name, handle, when, body, stats, reply_to=None):
        lines = wrap(body, "Helvetica", 10, 440)
        need = 40 + 13 * len(lines) + (12 if reply_to else 0)
        if y[0] - need < 40:
            c.showPage()
            head()
        c.setFillGray(0.8)
        c.circle(72, y[0] - 8, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(95, y[0] - 6, name)
        c.setFont("Helvetica", 9)
        c.setFillGray(0.4)
        c.drawString(100 + c.stringWidth(name, "Helvetica-Bold", 10), y[0] - 6, f"{handle} \u00b7 {when}")
        y[0] -= 20
        if reply_to:
            c.drawString(95, y[0] - 2, f"Replying to {reply_to}")
            y[0] -= 12
        c.setFillGray(0)
        c.setFont("Helvetica", 10)
        for ln in lines:
            c.drawString(95, y[0] - 2, ln)
            y[0] -= 13
        c.setFont("Helvetica", 8)
        c.setFillGray(0.4)
        c.drawString(95, y[0] - 4, stats)
        c.setFillGray(0)
        c.setStrokeGray(0.85)
        c.line(40, y[0] - 12, w - 40, y[0] - 12)
        y[0] -= 22

    head()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, y[0], "Thread")
    y[0] -= 22
    post(
        "Gullwing Cove Police",
        "@GullwingCovePD",
        "Pinned",
        f"Our weekly log as a thread: one post for every report our officers took {label}. "
        "Non-emergency line 555-0147. Emergencies: call 911.",
        "Pinned post   88 Likes   41 Shares   6 Replies",
    )
    replies = set(r.sample(range(3, len(recs) - 2), 3))
    for i, rec in enumerate(recs, 1):
        post(
            "Gullwing Cove Police",
            "@GullwingCovePD",
            age(printed, rec, r),
            gc_text(rec, i, total),
            f"{r.randint(0, 60)} Likes   {r.randint(0, 25)} Shares   {r.randint(0, 9)} Replies",
        )
        if i in replies:
            post(
                "Cove Neighbors Watch",
                "@covewatch",
                f"{r.randint(2, 20)}h",
                f"Was #{i} the one near the school? Three of these this month ({r.randint(2, 9)} since August).",
                f"{r.randint(0, 9)} Likes   0 Shares   1 Reply",
                reply_to="@GullwingCovePD",
            )
    post(
        "Gullwing Cove Police",
        "@GullwingCovePD",
        "1h",
        f"That's all {len(recs)} reports {label}. Thanks for reading. ({total}/{total})",
        f"{r.randint(10, 60)} Likes   {r.randint(0, 20)} Shares   2 Replies",
    )
    c.save()
    return page[0]


def gc_sample(rec):
    d = rec["date"]
    s = {
        "case_number": rec["id"],
        "type": rec["type"],
        "location": rec["location"],
        "reported_at": f"{d.strftime('%b')} {d.day}, {d.year} {h12(rec['h'], rec['m'])}",
        "summary": rec["summary"],
        "disposition": rec["rel"][0],
    }
    return s


# ---------------------------------------------------------------- B: Tern Hollow phone app screenshots


def th_related(r):
    x = r.random()
    if x < 0.12:
        n = f"BK 25-{r.randint(1000, 9999)}"
        return (f"Arrest ({n})", "booking_number", n)
    if x < 0.24:
        n = f"T-{r.randint(1000000, 9999999)}"
        return (f"Cited ({n})", "citation", n)
    if x < 0.30:
        n = f"LCSO 25-{r.randint(10000, 99999)}"
        return (f"Referred ({n})", "other_agency_case", n)
    return (r.choice(["Closed", "Open", "Report taken", "Unfounded", "Advised"]), None, None)


def th_line3(rec):
    return f"{rec['id']} \u00b7 {h12(rec['h'], rec['m'])} \u00b7 {rec['rel'][0]}"


def draw_th(path, recs, label, pages, per_screen=7):
    w, h = letter
    c = new_canvas(path, letter)
    screens, i = [], 0
    while i < len(recs):
        lo = i - 1 if i else 0
        screens.append(recs[lo : lo + per_screen])
        i = lo + per_screen
    x0, x1, top = 156, 456, h - 90
    for s, items in enumerate(screens, 1):
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 40, f"Screenshot {s} of {len(screens)} \u2014 captured {label}")
        c.setStrokeGray(0.2)
        c.roundRect(x0 - 12, 60, x1 - x0 + 24, top - 40, 24)
        y = top - 20
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0 + 10, y, f"{7 + s // 3}:{(s * 7) % 60:02d}")
        c.drawRightString(x1 - 10, y, f"5G  {90 - s * 3}%")
        y -= 26
        c.setFont("Helvetica-Bold", 15)
        c.drawString(x0 + 10, y, "Incidents")
        c.setFont("Helvetica", 9)
        c.drawRightString(x1 - 10, y, "Filter")
        y -= 20
        c.setFillGray(0.92)
        c.roundRect(x0 + 8, y - 6, x1 - x0 - 16, 18, 8, stroke=0, fill=1)
        c.setFillGray(0.45)
        c.drawString(x0 + 18, y, "Search incidents")
        y -= 22
        c.setFillGray(0)
        c.drawString(x0 + 10, y, "All    Last 7 days    Open    Near me")
        y -= 20
        last_day = None
        for rec in items:
            if rec["date"] != last_day:
                last_day = rec["date"]
                c.setFillGray(0.93)
                c.rect(x0, y - 5, x1 - x0, 15, stroke=0, fill=1)
                c.setFillGray(0.3)
                c.setFont("Helvetica-Bold", 8)
                c.drawString(x0 + 10, y, rec["date"].strftime("%A, %b %-d").upper())
                c.setFillGray(0)
                y -= 22
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x0 + 10, y, tc(rec["type"]))
            c.setFont("Helvetica", 8)
            c.drawRightString(x1 - 22, y, rec["date"].strftime("%b %-d"))
            c.drawString(x1 - 14, y - 12, ">")
            c.setFillGray(0.35)
            c.drawString(x0 + 10, y - 12, rec["location"])
            c.setFont("Helvetica", 7.5)
            c.drawString(x0 + 10, y - 24, th_line3(rec))
            c.setFillGray(0)
            c.setStrokeGray(0.85)
            c.line(x0 + 10, y - 31, x1 - 10, y - 31)
            y -= 44
        if s == len(screens):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(w / 2, y, f"End of list \u2014 {len(recs)} incidents in the last 7 days")
            c.setFillGray(0)
        c.setFont("Helvetica", 8)
        c.drawString(x0 + 10, 78, "Home      Map      Incidents      Alerts (3)      More")
        c.setFont("Helvetica", 7)
        c.drawCentredString(w / 2, 40, "Tern Hollow PD app \u00b7 Help: 555-0139")
        c.showPage()
    c.save()
    return len(screens)


def th_sample(rec):
    return {
        "case_number": rec["id"],
        "type": tc(rec["type"]),
        "location": rec["location"],
        "reported_at": f"{rec['date'].strftime('%b %-d')} {h12(rec['h'], rec['m'])}",
        "disposition": rec["rel"][0],
    }


# ---------------------------------------------------------------- C: Bracken Mesa large print


def bm_related(r):
    x = r.random()
    if x < 0.10:
        n = f"NMSP 25-{r.randint(10000, 99999)}"
        return (f"Sent to the State Police, their case {n}.", "other_agency_case", n)
    if x < 0.22:
        n = f"BMC-{r.randint(100000, 999999)}"
        return (f"A citation was written, number {n}.", "citation", n)
    if x < 0.30:
        n = f"J25-{r.randint(1000, 9999)}"
        return (f"One person was arrested, jail booking {n}.", "booking_number", n)
    return (r.choice(["A report was taken.", "The case is open.", "No crime was found.", "Closed."]), None, None)


def bm_fields(rec, i, n):
    d = rec["date"]
    return [
        ("Item", f"{i} of {n}"),
        ("Case number", rec["id"]),
        ("Type", rec["type"].capitalize()),
        ("Date reported", f"{d.strftime('%A, %B')} {d.day}, {d.year}"),
        ("Time reported", h12(rec["h"], rec["m"], "p.m.")),
        ("Place", rec["location"]),
        ("What happened", rec["summary"]),
        ("Outcome", rec["rel"][0]),
    ]


def draw_bm(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page, y = [0], [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica", 14)
        c.drawString(54, 36, f"Large print \u2014 page {page[0]} of {pages}")
        c.drawRightString(w - 54, 36, "Other formats: 555-0163")
        y[0] = h - 60

    def line(text, font="Helvetica", size=18, gap=26):
        if y[0] < 80:
            c.showPage()
            head()
        c.setFont(font, size)
        c.drawString(54, y[0], text)
        y[0] -= gap

    head()
    line("Bracken Mesa Police Department", "Helvetica-Bold", 24, 32)
    line("Police Log \u2014 Large Print Edition", "Helvetica-Bold", 20, 30)
    line(label, "Helvetica", 18, 40)
    for i, rec in enumerate(recs, 1):
        for k, (lab, val) in enumerate(bm_fields(rec, i, len(recs))):
            txt = f"{lab}: {val}" if k else f"{lab} {val}"
            for ln in wrap(txt, "Helvetica-Bold" if k < 2 else "Helvetica", 18, w - 108):
                line(ln, "Helvetica-Bold" if k < 2 else "Helvetica")
        y[0] -= 22
    line(f"End of log. {len(recs)} items.", "Helvetica-Bold", 18)
    c.save()
    return page[0]


def bm_sample(rec):
    d = rec["date"]
    return {
        "case_number": rec["id"],
        "type": rec["type"].capitalize(),
        "location": rec["location"],
        "reported_at": f"{d.strftime('%A, %B')} {d.day}, {d.year} {h12(rec['h'], rec['m'], 'p.m.')}",
        "summary": rec["summary"],
        "disposition": rec["rel"][0],
    }


# ---------------------------------------------------------------- D: Pewter Falls plain-language summary

AREAS = ["Around the Village Green", "North End", "Riverside", "Out on the county roads"]


def pf_related(r):
    x = r.random()
    if x < 0.10:
        n = f"SO-25-{r.randint(1000, 1999)}"
        return (f"The county sheriff's office has its own case on this ({n}).", "other_agency_case", n)
    if x < 0.22:
        n = f"PFT-{r.randint(300000, 399999)}"
        return (f"A ticket was written (no. {n}).", "citation", n)
    if x < 0.30:
        n = f"25-{r.randint(3000, 3999)}"
        return (f"One person was arrested and taken to the county jail (booking {n}).", "booking_number", n)
    return (
        r.choice(
            [
                "An officer took a report.",
                "We are still looking into it.",
                "No one was hurt.",
                "The people involved were given advice and the matter was closed.",
            ]
        ),
        None,
        None,
    )


def part_of_day(h):
    return "morning" if 5 <= h < 12 else "afternoon" if h < 17 else "evening" if h < 21 else "night"


def pf_when(rec):
    d = rec["date"]
    return f"{d.strftime('%A')} {part_of_day(rec['h'])} ({d.strftime('%b')}. {d.day})"


def pf_item(rec):
    return (
        f"{pf_when(rec)} \u00b7 case {rec['id']} \u00b7 {rec['topic']}. {rec['summary']} It happened on the "
        f"{rec['location']}. {rec['rel'][0]}"
    )


def draw_pf(path, recs, label, pages, r):
    w, h = letter
    c = new_canvas(path, letter)
    page, y = [0], [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica", 8)
        c.drawString(60, 30, "Pewter Falls Police \u00b7 Community Update")
        c.drawRightString(w - 60, 30, f"{page[0]} / {pages}")
        y[0] = h - 60

    def para(text, font="Helvetica", size=10.5, lead=14, indent=72, after=8):
        lines = wrap(text, font, size, w - indent - 60)
        if y[0] - lead * len(lines) < 50:
            c.showPage()
            head()
        c.setFont(font, size)
        for ln in lines:
            c.drawString(indent, y[0], ln)
            y[0] -= lead
        y[0] -= after

    head()
    para("What happened in Pewter Falls this week", "Helvetica-Bold", 18, 22, 60)
    para(f"A plain-language summary of police reports, {label}", "Helvetica", 11, 14, 60, 10)
    para(
        f"We wrote {len(recs)} reports this week. Each one is below with its case number, so you can ask us about "
        "it. Questions? Call 555-0121 or stop by the front desk.",
        indent=60,
        after=14,
    )
    by_area = {a: [] for a in AREAS}
    for rec in recs:
        by_area[rec["area"]].append(rec)
    for area in AREAS:
        para(area, "Helvetica-Bold", 13, 18, 60, 4)
        for rec in by_area[area]:
            c.setFont("Helvetica", 10.5)
            if y[0] < 80:
                c.showPage()
                head()
            c.drawString(62, y[0], "\u2022")
            para(pf_item(rec))
    arrests = sum(1 for x in recs if x["rel"][1] == "booking_number")
    tickets = sum(1 for x in recs if x["rel"][1] == "citation")
    crashes = sum(1 for x in recs if x["type"] == "TRAFFIC COLLISION")
    para("This week in numbers", "Helvetica-Bold", 13, 18, 60, 4)
    for k, v in [("Reports", len(recs)), ("Arrests", arrests), ("Tickets", tickets), ("Car crashes", crashes)]:
        para(f"{k}   {v}", "Helvetica-Bold", 12, 16, 80, 0)
    c.save()
    return page[0]


def pf_sample(rec):
    return {
        "case_number": rec["id"],
        "occurred_at": pf_when(rec),
        "type": rec["topic"],
        "location": rec["location"],
        "summary": rec["summary"],
        "disposition": rec["rel"][0],
    }


# ---------------------------------------------------------------- E: Otter's Edge slide deck, 2 per page


def oe_related(r):
    x = r.random()
    if x < 0.12:
        n = f"OEC-{r.randint(100000, 999999)}"
        return (f"Cited {n}", "citation", n)
    if x < 0.22:
        n = f"25-BK-{r.randint(1000, 9999)}"
        return (f"Booked {n}", "booking_number", n)
    if x < 0.30:
        n = f"WSP 25-{r.randint(100000, 999999)}"
        return (f"To WSP, case {n}", "other_agency_case", n)
    return (r.choice(["Report", "Closed", "Open", "Unfounded", "Warning"]), None, None)


def oe_reported(rec):
    d = rec["date"]
    return f"{d.month}/{d.day}/{d.strftime('%y')} {rec['h']:02d}:{rec['m']:02d}"


def draw_oe(path, recs, label, pages, per_slide=7):
    w, h = letter
    c = new_canvas(path, letter)
    chunks = [recs[i : i + per_slide] for i in range(0, len(recs), per_slide)]
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    slides = (
        [("title", None), ("glance", None)] + [("table", (k, ch)) for k, ch in enumerate(chunks, 1)] + [("end", None)]
    )
    sw, sh = 480, 270
    npages = (len(slides) + 1) // 2
    for p in range(npages):
        c.setFont("Helvetica", 8)
        c.drawString(40, h - 30, f"Community Briefing {label}.pptx")
        c.drawRightString(w - 40, 24, f"Page {p + 1}")
        for k, (kind, data) in enumerate(slides[2 * p : 2 * p + 2]):
            num = 2 * p + k + 1
            x0, y0 = (w - sw) / 2, h - 60 - sh - k * (sh + 40)
            c.setStrokeGray(0.3)
            c.rect(x0, y0, sw, sh)
            c.setFont("Helvetica", 6.5)
            c.drawString(x0 + 12, y0 + 8, f"Otter's Edge Police \u00b7 Community Briefing \u00b7 {label}")
            c.drawRightString(x0 + sw - 12, y0 + 8, str(num))
            top = y0 + sh - 34
            if kind == "title":
                c.setFont("Helvetica-Bold", 22)
                c.drawCentredString(w / 2, y0 + sh / 2 + 10, "Weekly Crime Briefing")
                c.setFont("Helvetica", 13)
                c.drawCentredString(w / 2, y0 + sh / 2 - 14, f"Otter's Edge Police Department \u00b7 {label}")
            elif kind == "glance":
                c.setFont("Helvetica-Bold", 16)
                c.drawString(x0 + 20, top, "This week at a glance")
                c.setFont("Helvetica", 9)
                c.drawString(x0 + 20, top - 20, f"{len(recs)} incidents reported")
                yy = top - 40
                for t, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
                    c.drawString(x0 + 20, yy, tc(t))
                    c.setFillGray(0.6)
                    c.rect(x0 + 160, yy - 1, v * 18, 8, stroke=0, fill=1)
                    c.setFillGray(0)
                    c.drawString(x0 + 166 + v * 18, yy, str(v))
                    yy -= 20
            elif kind == "table":
                k2, ch = data
                c.setFont("Helvetica-Bold", 14)
                c.drawString(x0 + 20, top, f"Reported incidents ({k2} of {len(chunks)})")
                cols = [
                    (x0 + 20, "Case #"),
                    (x0 + 92, "Reported"),
                    (x0 + 160, "Type"),
                    (x0 + 282, "Location"),
                    (x0 + 392, "Result"),
                ]
                c.setFont("Helvetica-Bold", 7.5)
                yy = top - 22
                for cx, t in cols:
                    c.drawString(cx, yy, t)
                c.line(x0 + 18, yy - 4, x0 + sw - 18, yy - 4)
                yy -= 16
                c.setFont("Helvetica", 7.5)
                for rec in ch:
                    vals = [rec["id"], oe_reported(rec), tc(rec["type"]), rec["location"], rec["rel"][0]]
                    widths = [70, 66, 118, 106, 72]
                    cells = [wrap(v, "Helvetica", 7.5, wd) for v, wd in zip(vals, widths)]
                    for (cx, _), cl in zip(cols, cells):
                        for j, ln in enumerate(cl):
                            c.drawString(cx, yy - j * 9, ln)
                    yy -= 9 * max(len(cl) for cl in cells) + 6
            else:
                c.setFont("Helvetica-Bold", 22)
                c.drawCentredString(w / 2, y0 + sh / 2 + 10, "Questions?")
                c.setFont("Helvetica", 12)
                c.drawCentredString(w / 2, y0 + sh / 2 - 14, "Community desk 555-0158 \u00b7 tips 555-0159")
        c.showPage()
    c.save()
    return npages


def oe_sample(rec):
    return {
        "case_number": rec["id"],
        "reported_at": oe_reported(rec),
        "type": tc(rec["type"]),
        "location": rec["location"],
        "disposition": rec["rel"][0],
    }


# ---------------------------------------------------------------- ground truth and main


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, sample):
    mid = len(recs) // 2
    samples = []
    for rec in (recs[0], recs[mid], recs[-1]):
        s = sample(rec)
        if rec["rel"][1]:
            s["related_numbers"] = [rec["rel"][2]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": "make_blind_logs35.py (seed 20253535 + agency number)",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [x["id"] for x in recs],
        "related_numbers": [
            {"record": x["id"], "kind": x["rel"][1], "number": x["rel"][2]} for x in recs if x["rel"][1]
        ],
        "fields_present": fields,
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs35.py) from the records it drew; "
        "checked by check_blind_logs35.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def days(month, first, last):
    return [datetime.date(2025, month, d) for d in range(first, last + 1)]


def one_agency(folder, num, runs, spec):
    d = OUT / folder
    d.mkdir(parents=True, exist_ok=True)
    r = random.Random(SEED + num)
    gt = []
    for fname, dys, n, start, label in runs:
        recs = base_records(r, dys, n, start, spec["idfmt"], spec["related"])
        if "prep" in spec:
            spec["prep"](r, recs)
        path = d / fname
        state = r.getstate()
        pages = spec["draw"](path, recs, label, 1)
        r.setstate(state)
        spec["draw"](path, recs, label, pages)
        gt.append(
            entry(
                path,
                spec["agency"],
                spec["doc_type"],
                spec["layout"],
                recs,
                spec["fields"],
                spec["notes"],
                spec["count_check"],
                spec["sample"],
            )
        )
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def pf_prep(r, recs):
    for rec in recs:
        rec["area"] = r.choice(AREAS)
    recs.sort(key=lambda x: AREAS.index(x["area"]))  # document order: by area, in time order within it


SPECS = {
    "gullwing-cove-me-pd": (
        1,
        {
            "idfmt": lambda k: f"GC-25-{k:05d}",
            "related": gc_related,
            "sample": gc_sample,
            "draw": lambda p, recs, label, pages: draw_gc(p, recs, label, pages, random.Random(SEED + 11)),
            "agency": "Gullwing Cove Police Department, ME [invented]",
            "doc_type": "weekly log published as a social-media thread, printed from a browser",
            "layout": "free text",
            "fields": ["case_number", "type", "reported_at", "location", "summary", "disposition"],
            "count_check": "posts counted from the generator; the closing post's 'That's all N reports' equals record_count",
            "notes": "A social-media thread printed from a browser: browser date and 'Gullwing Cove Police (@GullwingCovePD) "
            "/ Thread' at the top of every page, a status URL and 'n/N' at the foot. One post per incident, oldest "
            "first: avatar, 'Gullwing Cove Police @GullwingCovePD \u00b7 3h' (a RELATIVE post age, not the report "
            "time), then one wrapped paragraph '<TYPE> at the <block>, reported Oct 14, 2025 9:12 PM. Case "
            "#GC-25-NNNNN. <summary> Outcome: <disposition>. (i/N+1)' and a stats line 'k Likes   k Shares   k "
            "Replies'. The thread counter (i/N+1) is not an id and counts the closing post too. Not incidents: a "
            "pinned post first (phone), three reply posts by a neighbourhood account ('Replying to', 'Was #12 "
            "...'), and a closing post 'That's all N reports'. Related: citations GCC-NNNNNN, bookings BK25-NNNN, "
            "county sheriff cases 'CCSO 25-NNNN'. Posts never break across pages.",
        },
    ),
    "tern-hollow-oh-pd": (
        2,
        {
            "idfmt": lambda k: f"TH-25-{k:05d}",
            "related": th_related,
            "sample": th_sample,
            "draw": draw_th,
            "agency": "Tern Hollow Police Department, OH [invented]",
            "doc_type": "phone app incident list printed as screenshots",
            "layout": "free text",
            "fields": ["case_number", "type", "reported_at", "location", "disposition"],
            "count_check": "items counted from the generator; 'End of list \u2014 N incidents' equals record_count",
            "notes": "Screenshots of the department's phone app, one screen per page inside a phone outline, captioned "
            "'Screenshot s of S \u2014 captured 10/21/2025 7:02 AM' (the only year printed). Each screen: status bar "
            "(clock, '5G 87%'), 'Incidents' title, search box, filter chips, then list items under sticky day "
            "bands ('TUESDAY, OCT 14'): line 1 the type in title case with 'Oct 14' right-aligned and a '>' "
            "chevron, line 2 the location, line 3 small 'TH-25-NNNNN \u00b7 9:12 PM \u00b7 <status>'. Every screen "
            "after the first REPEATS the last item of the screen before (scroll overlap): that item is one "
            "record, its id printed twice. Tab bar 'Home Map Incidents Alerts (3) More' at each screen foot. "
            "Related: bookings 'Arrest (BK 25-NNNN)', citations 'Cited (T-NNNNNNN)', county cases 'Referred "
            "(LCSO 25-NNNNN)'. reported_at is date and time as printed, without a year.",
        },
    ),
    "bracken-mesa-nm-pd": (
        3,
        {
            "idfmt": lambda k: f"BM25-{k:05d}",
            "related": bm_related,
            "sample": bm_sample,
            "draw": draw_bm,
            "agency": "Bracken Mesa Police Department, NM [invented]",
            "doc_type": "weekly police log, large-print accessible edition",
            "layout": "labelled blocks",
            "fields": ["case_number", "type", "reported_at", "location", "summary", "disposition"],
            "count_check": "blocks counted from the generator; 'End of log. N items.' equals record_count",
            "notes": "Large print (18 pt), one field per line: 'Item i of N' (a counter, not the id), 'Case number: "
            "BM25-NNNNN', 'Type:', 'Date reported: Tuesday, October 14, 2025', 'Time reported: 9:12 p.m.' (date "
            "and time on separate lines; reported_at joins them), 'Place:', 'What happened:' and 'Outcome:' "
            "(both wrap onto further lines without a label). Blocks break across pages. Footer 'Large print "
            "\u2014 page n of N' and a phone. Related: State Police cases 'NMSP 25-NNNNN', citations BMC-NNNNNN, "
            "jail bookings J25-NNNN, all inside the Outcome sentence.",
        },
    ),
    "pewter-falls-vt-pd": (
        4,
        {
            "idfmt": lambda k: f"25-{k:04d}",
            "related": pf_related,
            "sample": pf_sample,
            "draw": lambda p, recs, label, pages: draw_pf(p, recs, label, pages, None),
            "prep": pf_prep,
            "agency": "Pewter Falls Police Department, VT [invented]",
            "doc_type": "plain-language weekly community summary of police reports",
            "layout": "free text",
            "fields": ["case_number", "type", "occurred_at", "location", "summary", "disposition"],
            "count_check": "items counted from the generator; 'We wrote N reports this week' and 'Reports N' equal "
            "record_count",
            "notes": "A community newsletter-style summary in plain words. Intro 'We wrote N reports this week' with a "
            "phone; sections by neighbourhood ('Around the Village Green', 'North End', 'Riverside', 'Out on the "
            "county roads'; ids in order only within a section); one bullet paragraph per report: 'Tuesday "
            "evening (Oct. 14) \u00b7 case 25-NNNN \u00b7 <plain topic>. <summary> It happened on the <block>. "
            "<outcome sentence>' (no year in any item; the title carries it; the time is a part of day). Related "
            "numbers inside the outcome sentence: sheriff cases 'SO-25-NNNN', tickets '(no. PFT-NNNNNN)', and jail "
            "bookings 'booking 25-NNNN' shaped exactly like the ids. Ends with a 'This week in numbers' list "
            "(Reports, Arrests, Tickets, Car crashes) that is not records.",
        },
    ),
    "otters-edge-wa-pd": (
        5,
        {
            "idfmt": lambda k: f"OE25-{k:05d}",
            "related": oe_related,
            "sample": oe_sample,
            "draw": draw_oe,
            "agency": "Otter's Edge Police Department, WA [invented]",
            "doc_type": "community briefing slide deck printed two slides per page",
            "layout": "table with header",
            "fields": ["case_number", "reported_at", "type", "location", "disposition"],
            "count_check": "rows counted from the generator; 'N incidents reported' on the glance slide equals "
            "record_count",
            "notes": "A slide deck printed as a handout, two slides per page, each slide a framed box with its own footer "
            "('Otter's Edge Police \u00b7 Community Briefing \u00b7 <dates>' and the slide number). Slide 1 title, "
            "slide 2 'This week at a glance' (N incidents reported, a bar chart of types with counts: not "
            "records), then 'Reported incidents (k of K)' slides, each a small table with its own column titles "
            "Case # | Reported | Type | Location | Result (7 rows a slide; Location and Result wrap), then a "
            "'Questions?' slide with phones. Reported '10/21/25 14:05' (two-digit year). Related in Result: "
            "'Cited OEC-NNNNNN', 'Booked 25-BK-NNNN', 'To WSP, case WSP 25-NNNNNN'.",
        },
    ),
}

RUNS = {
    "gullwing-cove-me-pd": [
        ("gcpd-thread-2025-10-13-19.pdf", days(10, 13, 19), 52, 1200, "Oct 13-19, 2025"),
        ("gcpd-thread-2025-10-20-26.pdf", days(10, 20, 26), 61, 1290, "Oct 20-26, 2025"),
    ],
    "tern-hollow-oh-pd": [("thpd-app-screenshots-2025-10-21.pdf", days(10, 14, 20), 47, 4100, "10/21/2025 7:02 AM")],
    "bracken-mesa-nm-pd": [
        ("bmpd-large-print-log-2025-10-13-19.pdf", days(10, 13, 19), 44, 700, "October 13 to 19, 2025"),
        ("bmpd-large-print-log-2025-10-20-26.pdf", days(10, 20, 26), 49, 790, "October 20 to 26, 2025"),
    ],
    "pewter-falls-vt-pd": [
        ("pfpd-community-update-2025-10-06-12.pdf", days(10, 6, 12), 56, 400, "October 6 to 12, 2025"),
        ("pfpd-community-update-2025-10-13-19.pdf", days(10, 13, 19), 63, 520, "October 13 to 19, 2025"),
    ],
    "otters-edge-wa-pd": [("oepd-briefing-slides-2025-10-20-26.pdf", days(10, 20, 26), 74, 2300, "Oct 20-26, 2025")],
}


def main():
    for folder, (num, spec) in SPECS.items():
        one_agency(folder, num, RUNS[folder], spec)
        print("wrote", folder)


if __name__ == "__main__":
    main()
