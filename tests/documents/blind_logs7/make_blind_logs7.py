"""Generate the seventh held-out set of incident-log PDFs and their ground truth.

Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run from anywhere:
    python tests/documents/blind_logs7/make_blind_logs7.py
"""

import hashlib
import json
import random
import subprocess
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SEED = 20251207


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width)


def times(r, n):
    """n distinct sorted times of day as (hour, minute, second)."""
    secs = sorted(r.sample(range(0, 86400), n))
    return [(s // 3600, s // 60 % 60, s % 60) for s in secs]


STREETS = ["Aspen", "Bramble", "Cottonwood", "Drover", "Ember", "Fallow", "Gristmill", "Hawthorn",
           "Ironweed", "Jasper", "Kilnhouse", "Linnet", "Meadowlark", "Nettle", "Orrin", "Plover",
           "Quarry", "Rushmere", "Starling", "Thistle", "Underhill", "Vetch", "Wicklow"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]


def street(r):
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def address(r):
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {street(r)}"


def block(r):
    return f"{r.randint(1, 40) * 100} block of {street(r)}"


def footer_invented(c, x, y, text, size=7):
    c.setFont("Helvetica-Oblique", size)
    c.drawString(x, y, text)


# ---------------------------------------------------------------- 1. daily bulletin

BULLETIN_CATS = ["THEFT / LARCENY", "BURGLARY", "VANDALISM / CRIMINAL MISCHIEF", "ASSAULT",
                 "TRAFFIC / DUI", "DRUGS", "DISTURBANCES", "WELFARE CHECKS", "WARRANTS SERVED"]
BULLETIN_DISPO = ["Report taken", "Closed", "Under investigation", "Unfounded",
                  "Referred to detectives", "Arrest made"]
BULLETIN_TEXT = {
    "THEFT / LARCENY": ["Caller reported a package taken from the front porch sometime overnight.",
                        "A bicycle left unlocked outside the library was gone when the owner returned."],
    "BURGLARY": ["Rear door found forced; owner is compiling a list of missing tools.",
                 "A detached garage was entered through a window and a generator taken."],
    "VANDALISM / CRIMINAL MISCHIEF": ["Spray paint found on the north wall of a storage building.",
                                      "Two mailboxes along the road were knocked down overnight."],
    "ASSAULT": ["Two adults argued outside a residence; one reported being struck.",
                "A patron was pushed to the ground outside a bar at closing time."],
    "TRAFFIC / DUI": ["Vehicle stopped for weaving across the center line; field sobriety tests given.",
                      "Driver stopped for speeding in the school zone on the way to the ferry landing."],
    "DRUGS": ["Officer located a small bag of suspected narcotics during a consent search.",
              "Used syringes reported in the park restroom were collected for disposal."],
    "DISTURBANCES": ["Neighbors reported loud music and shouting late in the evening.",
                     "Two customers argued over a parking space; both left when asked."],
    "WELFARE CHECKS": ["Family asked officers to check on a relative who had not answered the phone.",
                       "An older man was found walking along the river road and given a ride home."],
    "WARRANTS SERVED": ["Male, 34, located at the address and taken into custody without incident.",
                        "Female, 27, turned herself in at the station lobby."],
}


def bulletin_records(r, date, n, start):
    recs = []
    num = start
    for (h, m, _s) in times(r, n):
        num += r.randint(1, 2)
        cat = r.choice(BULLETIN_CATS)
        rec = {"case_number": f"25-{num:05d}", "type": cat, "reported_at": f"{date} {h:02d}:{m:02d}",
               "location": block(r), "unit": f"#{r.randint(101, 289)}",
               "disposition": r.choice(BULLETIN_DISPO), "related": []}
        summary = r.choice(BULLETIN_TEXT[cat])
        roll = r.random()
        if cat == "WARRANTS SERVED":
            w = f"LF-W25-{r.randint(100, 999)}"
            summary += f" Warrant {w} confirmed through dispatch."
            rec["related"].append(("warrant", w))
            rec["disposition"] = "Arrest made"
        elif roll < 0.15:
            cit = f"VC{r.randint(4400000, 4499999)}"
            rec["disposition"] = f"Cited, ticket {cit}"
            rec["related"].append(("citation", cit))
        elif roll < 0.28:
            other = f"25A{r.randint(1000000, 9999999)}"
            summary += f" Vermont State Police assisted under their case {other}."
            rec["related"].append(("other_agency_case", other))
        elif roll < 0.40:
            old = f"25-{start - r.randint(30, 900):05d}"
            summary += f" Follow-up to case {old}."
            rec["related"].append(("earlier_case_cited", old))
        rec["summary"] = summary
        recs.append(rec)
    order = {c: i for i, c in enumerate(BULLETIN_CATS)}
    return sorted(recs, key=lambda x: (order[x["type"]], x["case_number"]))


def paginate_and_draw(path, size, items, top, bottom, page_header, page_footer, cont_header=None):
    """items: list of (height, draw(c, y), section or None). Flow them line by line over
    pages; return the number of pages. A section still running at a page break is
    re-announced with cont_header(c, y, section) -> height."""
    pages = []
    page, y, section = [], top, None
    for h, fn, sec in items:
        if y - h < bottom:
            pages.append(page)
            page, y = [], top
            if cont_header and sec is not None and sec == section:
                page.append(("cont", sec, y))
                y -= cont_header(None, y, sec)
        page.append((fn, y))
        y -= h
        section = sec
    pages.append(page)
    c = new_canvas(path, size)
    for i, page in enumerate(pages, 1):
        page_header(c, i, len(pages))
        for item in page:
            if item[0] == "cont":
                cont_header(c, item[2], item[1])
            else:
                item[0](c, item[1])
        page_footer(c, i, len(pages))
        c.showPage()
    c.save()
    return len(pages)


def draw_bulletin(path, recs, day_label, date):
    W, H = letter
    items = []

    def text_item(font, size, x, txt, h, sec=None):
        return (h, lambda c, y: (c.setFont(font, size), c.drawString(x, y, txt)), sec)

    # summary table first
    items.append(text_item("Helvetica-Bold", 15, 54, "LINDEN FERRY POLICE DEPARTMENT [invented]", 20))
    items.append(text_item("Helvetica", 11, 54, f"Daily Bulletin  -  {day_label}", 16))
    items.append(text_item("Helvetica", 9, 54, "Covering 0000 to 2359 hours. Released by the Records Unit.", 22))
    items.append(text_item("Helvetica-Bold", 10, 54, "SUMMARY", 16))
    ids = sorted(rec["case_number"] for rec in recs)

    def row(cells, bold=False, shade=False):
        def fn(c, y):
            if shade:
                c.setFillGray(0.88)
                c.rect(54, y - 3, 360, 13, stroke=0, fill=1)
                c.setFillGray(0)
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            c.drawString(60, y, cells[0])
            for x, v in zip((290, 340, 395), cells[1:]):
                c.drawRightString(x, y, v)
        return (13, fn, None)

    items.append(row(["Category", "Incidents", "Arrests", "Citations"], bold=True, shade=True))
    tot = [0, 0, 0]
    for cat in BULLETIN_CATS:
        these = [x for x in recs if x["type"] == cat]
        counts = [len(these), sum(x["disposition"] == "Arrest made" for x in these),
                  sum(x["disposition"].startswith("Cited") for x in these)]
        tot = [a + b for a, b in zip(tot, counts)]
        items.append(row([cat.title()] + [str(v) for v in counts]))
    items.append(row(["Total"] + [str(v) for v in tot], bold=True, shade=True))
    items.append((8, lambda c, y: None, None))
    items.append(text_item("Helvetica", 9, 54, f"Case numbers issued this day: {ids[0]} through {ids[-1]} "
                           f"({len(recs)} incidents).", 26))
    for cat in BULLETIN_CATS:
        these = [x for x in recs if x["type"] == cat]
        if not these:
            continue

        count = len(these)

        def head(c, y, cat=cat, n=count):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(54, y, f"{cat} ({n})")
            c.setLineWidth(0.8)
            c.line(54, y - 4, W - 54, y - 4)
        items.append((8, lambda c, y: None, None))
        items.append((20, head, cat))
        for rec in these:
            def first(c, y, rec=rec):
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(54, y, rec["case_number"])
                c.setFont("Helvetica", 9)
                c.drawString(140, y, f"Reported {rec['reported_at']}")
                c.drawString(330, y, f"Officer {rec['unit']}")
            items.append((12, first, cat))
            items.append(text_item("Helvetica", 9, 140, f"Location: {rec['location']}", 12, cat))
            for line in wrap(f"Disposition: {rec['disposition']}", "Helvetica", 9, W - 194):
                items.append(text_item("Helvetica", 9, 140, line, 12, cat))
            for line in wrap(rec["summary"], "Times-Roman", 9.5, W - 194):
                items.append(text_item("Times-Roman", 9.5, 140, line, 12, cat))
            items[-1] = (items[-1][0] + 7, items[-1][1], cat)

    def cont(c, y, sec):
        if c is not None:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(54, y, f"{sec} (continued)")
            c.line(54, y - 4, W - 54, y - 4)
        return 20

    def header(c, i, n):
        if i > 1:
            c.setFont("Helvetica", 8)
            c.drawString(54, H - 40, f"Linden Ferry PD Daily Bulletin {date}")

    def footer(c, i, n):
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 30, f"Page {i} of {n}")
        footer_invented(c, 54, 30, "Linden Ferry, VT [invented]")

    paginate_and_draw(path, letter, items, H - 60, 50, header, footer, cont)


# ---------------------------------------------------------------- 2. ruled grid, wrapping cells

GRID_TYPES = ["Burglary - Commercial", "Burglary - Residential", "Theft from Motor Vehicle",
              "Stolen Vehicle", "Battery - Domestic", "Trespassing", "Fraud / Identity Theft",
              "Possession of Controlled Substance", "Hit and Run - Property Damage",
              "Found Property", "Suspicious Person", "Destruction of Property"]
GRID_DISPO = ["Report filed", "Closed - no further action", "Suspect arrested",
              "Pending - follow-up by detectives", "Unfounded", "Victim declined prosecution"]


def grid_records(r, days, n, start):
    recs = []
    num = start
    per = [n // len(days) + (1 if i < n % len(days) else 0) for i in range(len(days))]
    for day, k in zip(days, per):
        for (h, m, _s) in times(r, k):
            num += r.randint(1, 4)
            loc = address(r)
            if r.random() < 0.35:
                loc += r.choice([", Ravensworth Plaza parking lot", " (rear alley behind the laundromat)",
                                 ", Apt 12 - second floor", ", Desert Pines Mobile Home Park space 41"])
            rec = {"case_number": f"RPD25-{num:05d}", "reported_at": f"{day} {h:02d}:{m:02d}",
                   "type": r.choice(GRID_TYPES), "location": loc, "unit": f"{r.randint(2, 9)}{r.choice('ABCD')}{r.randint(10, 39)}",
                   "related": []}
            dispo = r.choice(GRID_DISPO)
            roll = r.random()
            if roll < 0.14:
                w = f"W25-{r.randint(10000, 99999)}"
                dispo = f"Suspect arrested; also booked on Washoe-Lyon County warrant {w}"
                rec["related"].append(("warrant", w))
            elif roll < 0.26:
                cit = f"R{r.randint(900000, 999999)}"
                dispo = f"Citation #{cit} issued at scene, released"
                rec["related"].append(("citation", cit))
            elif roll < 0.36:
                other = f"NHP 25-{r.randint(100000, 999999)}"
                dispo = f"Referred to Nevada Highway Patrol, case {other}"
                rec["related"].append(("other_agency_case", other))
            elif roll < 0.46:
                old = f"RPD25-{start - r.randint(40, 2000):05d}"
                dispo = f"{dispo}; supplement to {old}"
                rec["related"].append(("earlier_case_cited", old))
            rec["disposition"] = dispo
            recs.append(rec)
    return recs


def draw_grid(path, recs, period):
    W, H = letter
    cols = [("Case No.", 64), ("Reported", 52), ("Offense", 104), ("Location", 118), ("Officer", 42),
            ("Disposition / Remarks", W - 72 - 64 - 52 - 104 - 118 - 42)]
    keys = ["case_number", "reported_at", "type", "location", "unit", "disposition"]
    x0, fs, lh = 36, 7.5, 9
    top, bottom = H - 104, 54
    rows = []
    for rec in recs:
        cells = []
        for (_name, w), k in zip(cols, keys):
            if k == "reported_at":
                cells.append(rec[k].split(" "))
            else:
                cells.append(wrap(rec[k], "Helvetica", fs, w - 6))
        rows.append(cells)
    # paginate: a row that does not fit is cut, its remaining lines continue on the next page
    pages, page, y = [], [], top
    split_rows = 0
    for cells in rows:
        n = max(len(x) for x in cells)
        start_line = 0
        while start_line < n:
            room = int((y - bottom) // lh) - 1
            left = n - start_line
            if room >= left:
                page.append((cells, start_line, n, y))
                y -= (left * lh + 4)
                start_line = n
            elif room >= 1:
                page.append((cells, start_line, start_line + room, y))
                start_line += room
                split_rows += 1
                pages.append(page)
                page, y = [], top
            else:
                pages.append(page)
                page, y = [], top
    pages.append(page)
    assert split_rows >= 1, "want at least one row cut by a page break"
    c = new_canvas(path, letter)
    for pno, page in enumerate(pages, 1):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x0, H - 46, "RAVENSWORTH POLICE DEPARTMENT  [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(x0, H - 60, f"Incident Report Log  -  {period}")
        c.drawRightString(W - 36, H - 46, f"Page {pno} of {len(pages)}")
        c.drawRightString(W - 36, H - 60, "Ravensworth, NV [invented]")
        # header row
        hy = top + 16
        c.setLineWidth(0.6)
        c.rect(x0, hy - 4, W - 72, 14, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", fs)
        x = x0
        for name, w in cols:
            c.drawString(x + 3, hy, name)
            x += w
        ylast = hy - 4
        for cells, a, b, ry in page:
            h = (b - a) * lh + 4
            c.setFont("Helvetica", fs)
            x = x0
            for (_name, w), lines in zip(cols, cells):
                for j, line in enumerate(lines[a:b]):
                    c.drawString(x + 3, ry - j * lh, line)
                x += w
            c.line(x0, ry - h + lh - 1, W - 36, ry - h + lh - 1)
            ylast = ry - h + lh - 1
        # vertical rules over the whole body
        x = x0
        for _name, w in cols + [("", 0)]:
            c.line(x, hy + 10, x, ylast)
            x += w
        if pno == len(pages):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x0, ylast - 16, f"Total incidents listed: {len(recs)}")
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, "Information subject to change as investigations continue.")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. two-column blotter

BLOTTER = [  # (type, narrative)
    ("THEFT", "A resident said someone had gone through an unlocked vehicle overnight and taken loose change."),
    ("SUSPICIOUS VEHICLE", "An officer spoke with the driver, who was waiting for a friend; no further action was needed."),
    ("ANIMAL COMPLAINT", "A loose dog was returned to its owner after a neighbor recognized it from a flyer."),
    ("CRIMINAL MISCHIEF", "A wooden fence was found kicked in along the alley; the owner asked for extra patrol."),
    ("DUI ARREST", "A pickup was stopped after drifting onto the shoulder; the driver was arrested after a breath test."),
    ("FRAUD", "The caller reported a phone message claiming to be from a utility company and asking for a gift card."),
    ("MISSING PERSON - LOCATED", "A teenager reported missing by family was found at a friend's home and returned safely."),
    ("TRESPASS", "A man who had been told not to return to the store was found in the aisle and escorted out."),
    ("NOISE COMPLAINT", "Music from a garage party could be heard two blocks away; the hosts turned it down."),
    ("TRAFFIC CRASH", "A two-vehicle collision at low speed caused minor damage; nobody was hurt."),
    ("HARASSMENT", "A woman reported repeated unwanted messages from a former coworker."),
    ("OPEN DOOR", "Officers found an employee had not locked up after closing; the manager secured the building."),
]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def ampm(h, m):
    suf = "a.m." if h < 12 else "p.m."
    return f"{(h - 1) % 12 + 1}:{m:02d} {suf}"


def blotter_records(r, month, days, n, start):
    recs = []
    num = start
    per = [n // len(days) + (1 if i < n % len(days) else 0) for i in range(len(days))]
    for day, k in zip(days, per):
        for (h, m, _s) in times(r, k):
            num += r.randint(1, 5)
            kind, summary = r.choice(BLOTTER)
            rec = {"case_number": f"25-{num:05d}", "type": kind,
                   "reported_at": f"{MONTHS[month - 1]} {day}, 2025, {ampm(h, m)}",
                   "location": r.choice([block(r), address(r), f"{street(r)} and {street(r)}"]),
                   "related": []}
            roll = r.random()
            if roll < 0.15:
                other = f"PC25-{r.randint(1000, 9999)}"
                summary += f" Park County sheriff's deputies took the report, case {other}."
                rec["related"].append(("other_agency_case", other))
            elif roll < 0.28:
                cit = f"AC-{r.randint(50000, 59999)}"
                summary += f" The driver was cited (No. {cit}) and released."
                rec["related"].append(("citation", cit))
            elif roll < 0.40:
                old = f"25-{start - r.randint(20, 600):05d}"
                summary += f" Officers believe it is connected to an earlier report (see {old})."
                rec["related"].append(("earlier_case_cited", old))
            rec["summary"] = summary
            recs.append(rec)
    return recs


def draw_blotter(path, recs, week_label):
    W, H = letter
    colw, gutter, x_left = 252, 36, 36
    xs = [x_left, x_left + colw + gutter]
    lines = []  # (font, size, text, height, extra_gap_after)
    for rec in recs:
        lines.append(("Helvetica-Bold", 9, f"{rec['case_number']} {rec['type']}", 11))
        for ln in wrap(f"{rec['reported_at']} - {rec['location']}", "Times-Italic", 9, colw):
            lines.append(("Times-Italic", 9, ln, 11))
        para = wrap(rec["summary"], "Times-Roman", 9.5, colw)
        for j, ln in enumerate(para):
            lines.append(("Times-Roman", 9.5, ln, 11 + (8 if j == len(para) - 1 else 0)))
    c = new_canvas(path, letter)
    pno, col = 1, 0

    def page_start(c, pno):
        if pno == 1:
            c.setFont("Times-Bold", 22)
            c.drawCentredString(W / 2, H - 58, "The Ashby Crossing Police Blotter")
            c.setFont("Times-Italic", 10)
            c.drawCentredString(W / 2, H - 74, f"Ashby Crossing Police Department, WY [invented]  -  {week_label}")
            c.setLineWidth(1.2)
            c.line(36, H - 82, W - 36, H - 82)
            return H - 100
        c.setFont("Times-Italic", 8)
        c.drawString(36, H - 36, f"Police Blotter, {week_label}")
        c.line(36, H - 40, W - 36, H - 40)
        return H - 56

    def page_end(c, pno, ytop):
        c.setLineWidth(0.4)
        c.line(W / 2, ytop + 8, W / 2, 56)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 36, f"- {pno} -")
        footer_invented(c, 36, 36, "Ashby Crossing, WY [invented]")

    ytop = page_start(c, pno)
    y = ytop
    for font, size, txt, h in lines:
        if y - 11 < 56:
            if col == 0:
                col, y = 1, ytop
            else:
                page_end(c, pno, ytop)
                c.showPage()
                pno += 1
                col = 0
                ytop = page_start(c, pno)
                y = ytop
        c.setFont(font, size)
        c.drawString(xs[col], y, txt)
        y -= h
    c.setFont("Times-Bold", 9)
    c.drawString(xs[col], y - 6, f"Calls listed this week: {len(recs)}")
    page_end(c, pno, ytop)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. shaded calls-for-service log

CFS_TYPES = ["ALARM - BURGLARY", "WELFARE CHECK", "TRAFFIC STOP", "DISTURBANCE", "SUSPICIOUS ACTIVITY",
             "911 HANG UP", "ACCIDENT - NO INJURY", "ANIMAL AT LARGE", "THEFT REPORT", "CIVIL STANDBY",
             "PARKING COMPLAINT", "ASSIST MOTORIST", "JUVENILE PROBLEM", "ASSIST OTHER AGENCY"]
CFS_DISPO = ["ADVISED", "GOA", "NO REPORT", "UNFOUNDED", "CLEARED", "WARNING"]


def cfs_records(r, days, n):
    recs = []
    per = [n // len(days) + (1 if i < n % len(days) else 0) for i in range(len(days))]
    for (mm, dd), k in zip(days, per):
        for (h, m, s) in times(r, k):
            d_s = h * 3600 + m * 60 + s + r.randint(40, 900)
            d_s = min(d_s, 86399)
            loc = address(r).upper()
            if r.random() < 0.2:
                loc += r.choice([" - SORREL BEND COMMUNITY COLLEGE", " - PRAIRIE WIND APARTMENTS BLDG C",
                                 " - HWY 54 AT MILE MARKER 212"])
            rec = {"case_number": f"2025{mm:02d}{dd:02d}{h:02d}{m:02d}{s:02d}",
                   "reported_at": f"{mm:02d}/{dd:02d}/2025 {h:02d}:{m:02d}:{s:02d}",
                   "dispatched": f"{d_s // 3600:02d}:{d_s // 60 % 60:02d}:{d_s % 60:02d}",
                   "type": r.choice(CFS_TYPES), "location": loc, "beat": f"B{r.randint(1, 6)}",
                   "priority": str(r.randint(1, 4)), "unit": f"{r.choice(['A', 'B', 'K'])}{r.randint(11, 38)}",
                   "related": []}
            dispo = r.choice(CFS_DISPO)
            roll = r.random()
            if roll < 0.16:
                rpt = f"2025-{r.randint(3000, 4999)}"
                dispo = f"REPORT {rpt}"
                rec["related"].append(("incident_report", rpt))
            elif roll < 0.28:
                cit = f"SB{r.randint(110000, 129999)}"
                dispo = f"CITATION {cit}"
                rec["related"].append(("citation", cit))
            elif roll < 0.36:
                other = f"KHP 25-{r.randint(1000, 9999)}"
                dispo = f"XFER {other}"
                rec["related"].append(("other_agency_case", other))
            rec["disposition"] = dispo
            recs.append(rec)
    return recs


def draw_cfs(path, recs, period):
    size = landscape(letter)
    W, H = size
    cols = [("Event No.", 78, "case_number"), ("Received", 92, "reported_at"), ("Disp.", 44, "dispatched"),
            ("Nature", 118, "type"), ("Address", 196, "location"), ("Beat", 30, "beat"),
            ("Pri", 22, "priority"), ("Unit", 34, "unit"), ("Disposition", 106, "disposition")]
    x0, fs, lh = 36, 7.5, 10
    rows = []
    for rec in recs:
        rows.append([wrap(rec[k], "Helvetica", fs, w - 5) for _, w, k in cols])
    pages, page, used = [], [], 0
    cap = 40
    for cells in rows:
        n = max(len(x) for x in cells)
        if used + n > cap:
            pages.append(page)
            page, used = [], 0
        page.append(cells)
        used += n
    pages.append(page)
    c = new_canvas(path, size)
    k = 0
    for pno, page in enumerate(pages, 1):
        c.setFillColorRGB(0.12, 0.23, 0.42)
        c.rect(0, H - 62, W, 40, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0, H - 40, "SORREL BEND POLICE DEPARTMENT [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(x0, H - 54, f"Calls for Service Log  |  {period}")
        c.drawRightString(W - 36, H - 40, f"Page {pno} of {len(pages)}")
        c.drawRightString(W - 36, H - 54, "Sorrel Bend, KS [invented]")
        y = H - 84
        c.setFillColorRGB(0.78, 0.85, 0.94)
        c.rect(x0 - 2, y - 4, W - 68, 14, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", fs)
        x = x0
        for name, w, _ in cols:
            c.drawString(x, y, name)
            x += w
        y -= 16
        for cells in page:
            n = max(len(x) for x in cells)
            if k % 2:
                c.setFillColorRGB(0.93, 0.93, 0.93)
                c.rect(x0 - 2, y - (n - 1) * lh - 3, W - 68, n * lh, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", fs)
            x = x0
            for (_, w, _), lines in zip(cols, cells):
                for j, line in enumerate(lines):
                    c.drawString(x, y - j * lh, line)
                x += w
            y -= n * lh
            k += 1
        if pno == len(pages):
            y -= 14
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x0, y, f"Total calls: {len(recs)}")
            counts = {}
            for rec in recs:
                counts[rec["priority"]] = counts.get(rec["priority"], 0) + 1
            c.setFont("Helvetica", 8.5)
            c.drawString(x0 + 110, y, "   ".join(f"Priority {p}: {counts[p]}" for p in sorted(counts)))
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 5. county sheriff, district sections

DISTRICTS = [("1", "Courthouse Square"), ("2", "Harlan Creek"), ("3", "Pell Ridge"), ("4", "Lower Tensaw")]
SO_TYPES = ["DOMESTIC DISTURBANCE", "LIVESTOCK IN ROADWAY", "BURGLARY - OUTBUILDING", "THEFT OF PROPERTY",
            "RECKLESS DRIVER", "SHOTS FIRED", "TRESPASS", "CIVIL PAPER SERVICE", "WELFARE CHECK",
            "SUSPICIOUS PERSON", "MOTOR VEHICLE CRASH", "ALARM"]
SO_DISPO = ["Report taken", "Advised", "Unable to locate", "Papers served", "Cleared",
            "Arrest - taken to county jail"]


def so_records(r, date, n, start):
    recs = []
    num = start
    for (h, m, _s) in times(r, n):
        num += r.randint(1, 3)
        dist = r.choice(DISTRICTS)
        loc = r.choice([f"{r.randint(100, 9800)} County Rd {r.randint(2, 61)}",
                        f"{r.randint(100, 9800)} {r.choice(['Hwy 43', 'Hwy 225', 'Old Stage Rd'])}",
                        address(r)]) + f", {r.choice(['Farley', 'Mount Pell', 'Tensaw Bend', 'Wexcombe'])}"
        rec = {"case_number": f"WC25-{num:06d}", "reported_at": f"{date} {h:02d}:{m:02d}",
               "type": r.choice(SO_TYPES), "location": loc, "unit": f"Dep. {dist[0]}-{r.randint(10, 29)}",
               "district": f"District {dist[0]}", "related": []}
        dispo = r.choice(SO_DISPO)
        roll = r.random()
        if roll < 0.14:
            w = f"WC-W-25-{r.randint(1000, 1999)}"
            dispo = f"Arrest - warrant {w} served"
            rec["related"].append(("warrant", w))
        elif roll < 0.26:
            other = f"ALEA 25-{r.randint(100000, 999999)}"
            dispo = f"Turned over to state troopers, {other}"
            rec["related"].append(("other_agency_case", other))
        elif roll < 0.36:
            cit = f"UTC {r.randint(4400000, 4499999)}"
            dispo = f"Uniform traffic citation {cit}"
            rec["related"].append(("citation", cit))
        elif roll < 0.46:
            old = f"WC25-{start - r.randint(50, 3000):06d}"
            dispo = f"{dispo} (ref {old})"
            rec["related"].append(("earlier_case_cited", old))
        rec["disposition"] = dispo
        recs.append(rec)
    order = {f"District {d}": i for i, (d, _) in enumerate(DISTRICTS)}
    return sorted(recs, key=lambda x: (order[x["district"]], x["reported_at"]))


def draw_so(path, recs, day_label):
    W, H = letter
    x0, fs = 40, 8.5
    idw = stringWidth("WC25-000000", "Courier-Bold", fs)
    width = W - 80
    items = []
    names = dict(DISTRICTS)
    for d, name in DISTRICTS:
        these = [x for x in recs if x["district"] == f"District {d}"]

        def head(c, y, d=d, name=name):
            c.setFont("Times-BoldItalic", 12)
            c.drawString(x0, y, f"District {d} - {name}")
            c.setLineWidth(0.5)
            c.line(x0, y - 3, W - 40, y - 3)
        items.append((10, lambda c, y: None, None))
        items.append((18, head, d))
        for rec in these:
            rest = " | ".join([rec["reported_at"], rec["type"], rec["location"], rec["unit"], rec["disposition"]])
            first_w = width - idw - stringWidth(" | ", "Helvetica", fs)
            lines = simpleSplit(rest, "Helvetica", fs, first_w)
            if len(lines) > 1:  # re-wrap what follows the first line at the hanging indent's width
                tail = rest[len(lines[0]):].strip()
                lines = [lines[0]] + simpleSplit(tail, "Helvetica", fs, width - 24)

            def first(c, y, rec=rec, line=lines[0]):
                c.setFont("Courier-Bold", fs)
                c.drawString(x0, y, rec["case_number"])
                c.setFont("Helvetica", fs)
                c.drawString(x0 + idw, y, " | " + line)
            items.append((11, first, d))
            for ln in lines[1:]:
                items.append((11, lambda c, y, ln=ln: (c.setFont("Helvetica", fs), c.drawString(x0 + 24, y, ln)), d))
            items[-1] = (items[-1][0] + 3, items[-1][1], d)

        count = len(these)

        def sub(c, y, d=d, n=count):
            c.setFont("Times-Italic", 9.5)
            c.drawRightString(W - 40, y, f"District {d} total: {n} calls")
        items.append((14, sub, d))
    items.append((6, lambda c, y: None, None))
    items.append((14, lambda c, y: (c.setFont("Times-Bold", 10),
                                    c.drawRightString(W - 40, y, f"All districts: {len(recs)} calls")), None))

    def cont(c, y, d):
        if c is not None:
            c.setFont("Times-BoldItalic", 12)
            c.drawString(x0, y, f"District {d} - {names[d]} (cont.)")
            c.line(x0, y - 3, W - 40, y - 3)
        return 18

    def header(c, i, n):
        c.setFont("Times-Bold", 14)
        c.drawString(x0, H - 44, "Wexcombe County Sheriff's Office [invented]")
        c.setFont("Times-Roman", 10)
        c.drawString(x0, H - 58, f"Daily Activity Log  -  {day_label}")
        c.drawRightString(W - 40, H - 44, f"Page {i} of {n}")
        c.setFont("Courier", 8)
        c.drawRightString(W - 40, H - 58, "Case No. | Time | Call | Location | Deputy | Disposition")
        c.setLineWidth(1)
        c.line(x0, H - 64, W - 40, H - 64)

    def footer(c, i, n):
        c.setFont("Times-Italic", 8)
        c.drawString(x0, 30, "Wexcombe County, AL [invented] - released under the Open Records Act")

    paginate_and_draw(path, letter, items, H - 84, 48, header, footer, cont)


# ---------------------------------------------------------------- ground truth


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def entry(path, agency, doc_type, layout, recs, fields, sample_idx, notes, count_check):
    related = []
    for rec in recs:
        for kind, num in rec["related"]:
            related.append({"record": rec["case_number"], "kind": kind, "number": num})
    samples = [{k: recs[i][k] for k in fields if k in recs[i]} for i in sample_idx]
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
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
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related,
        "fields_present": fields,
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs7.py) from the records it drew; "
                               "checked by check_blind_logs7.py against `pdftotext` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def write(d, gt):
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1) + "\n")


def folder(name):
    d = HERE / name
    d.mkdir(exist_ok=True)
    return d


def main():
    # 1. daily bulletin
    r = random.Random(SEED + 1)
    d = folder("linden-ferry-vt-pd-daily-bulletin")
    gt = []
    for fname, date, label, n, start in [
            ("lfpd-daily-bulletin-2025-10-20.pdf", "10/20/2025", "Monday, October 20, 2025", 44, 4480),
            ("lfpd-daily-bulletin-2025-10-21.pdf", "10/21/2025", "Tuesday, October 21, 2025", 51, 4560)]:
        recs = bulletin_records(r, date, n, start)
        draw_bulletin(d / fname, recs, label, date)
        fields = ["case_number", "type", "reported_at", "unit", "location", "disposition", "summary"]
        gt.append(entry(d / fname, "Linden Ferry Police Department, VT [invented]",
                        "daily bulletin: summary table, then incidents grouped by category",
                        "labelled blocks", recs, fields, [0, n // 2, n - 1],
                        "Page 1 opens with a SUMMARY table (Category / Incidents / Arrests / Citations, a Total "
                        "row) and a line 'Case numbers issued this day: A through B (N incidents)', which prints "
                        "the first and last ids outside any record. Then one section per category, headed "
                        "'CATEGORY (n)' (re-announced as 'CATEGORY (continued)' after a page break); within a "
                        "section records are in case-number order, so the document is not in time order. Each "
                        "record: a bold case number (25-NNNNN) with 'Reported MM/DD/YYYY HH:MM' and 'Officer "
                        "#NNN' on the same line, then 'Location:', 'Disposition:' and a narrative paragraph "
                        "(summary). type is the section's category. Records flow line by line and may split "
                        "over a page break. Related numbers: citations in the disposition (VCNNNNNNN), Vermont "
                        "State Police cases (25ANNNNNNN), warrants (LF-W25-NNN) and earlier cases of the same "
                        "series ('Follow-up to case 25-NNNNN').",
                        "records counted from the generator; the summary Total row and the "
                        "'(N incidents)' line equal record_count"))
    write(d, gt)
    # 2. ruled grid
    r = random.Random(SEED + 2)
    d = folder("ravensworth-nv-pd")
    recs = grid_records(r, ["10/06/2025", "10/07/2025", "10/08/2025"], 78, 8800)
    fname = "rpd-incident-report-log-2025-10-06-08.pdf"
    draw_grid(d / fname, recs, "10/06/2025 through 10/08/2025")
    fields = ["case_number", "reported_at", "type", "location", "unit", "disposition"]
    write(d, [entry(d / fname, "Ravensworth Police Department, NV [invented]",
                    "incident report log, three days", "table with header", recs, fields, [0, 40, len(recs) - 1],
                    "Ruled grid: every column separated by vertical lines, rows by horizontal rules. Cells "
                    "wrap in several columns at once (offense, location and remarks of one row each over 2-4 "
                    "lines); the Reported cell is always two lines (date above time, joined with a space in "
                    "reported_at). A row that does not fit at the bottom of a page is cut: its remaining lines "
                    "continue at the top of the next page under the repeated header with an empty Case No. "
                    "cell. Remarks carry other numbers: county warrants (W25-NNNNN), citations (#RNNNNNN), "
                    "Nevada Highway Patrol cases (NHP 25-NNNNNN) and earlier cases of the same series "
                    "('supplement to RPD25-NNNNN'). 'Page N of M' in the page header; 'Total incidents "
                    "listed: N' at the end.",
                    "records counted from the generator; the final total equals record_count")])
    # 3. two-column blotter
    r = random.Random(SEED + 3)
    d = folder("ashby-crossing-wy-pd-blotter")
    gt = []
    for fname, days, label, n, start in [
            ("ashby-crossing-blotter-2025-10-13-19.pdf", range(13, 20), "Week of Oct. 13-19, 2025", 47, 11800),
            ("ashby-crossing-blotter-2025-10-20-26.pdf", range(20, 27), "Week of Oct. 20-26, 2025", 53, 12020)]:
        recs = blotter_records(r, 10, list(days), n, start)
        draw_blotter(d / fname, recs, label)
        fields = ["case_number", "type", "reported_at", "location", "summary"]
        gt.append(entry(d / fname, "Ashby Crossing Police Department, WY [invented]",
                        "weekly police blotter set in two newspaper columns", "free text", recs, fields,
                        [0, n // 2, n - 1],
                        "Two text columns per page like a newspaper, separated by a thin vertical rule; "
                        "entries run down the left column, then the right, then the next page, and an entry "
                        "may be cut between columns or pages. `pdftotext -layout` prints the two columns side "
                        "by side on the same lines, and plain `pdftotext` (reading order) also interleaves "
                        "blocks of the two columns, so lines of two different entries alternate; cropping "
                        "each column (`pdftotext -x/-W`) gives the entries in order. Each entry: a bold line "
                        "'25-NNNNN TYPE', an italic line 'Mon. D, 2025, H:MM a.m. - location' (may wrap), then a "
                        "paragraph (summary). Paragraphs cite Park County sheriff's cases (PC25-NNNN), "
                        "citations (No. AC-NNNNN) and earlier cases of the same series ('see 25-NNNNN'). "
                        "Masthead on page 1, running head on later pages, '- N -' page numbers, a closing "
                        "'Calls listed this week: N'.",
                        "entries counted from the generator; the closing count equals record_count"))
    write(d, gt)
    # 4. shaded calls for service
    r = random.Random(SEED + 4)
    d = folder("sorrel-bend-ks-pd-cfs")
    recs = cfs_records(r, [(11, 3), (11, 4)], 118)
    fname = "sbpd-calls-for-service-2025-11-03-04.pdf"
    draw_cfs(d / fname, recs, "11/03/2025 00:00:00 - 11/04/2025 23:59:59")
    fields = ["case_number", "reported_at", "type", "location", "beat", "unit", "disposition"]
    write(d, [entry(d / fname, "Sorrel Bend Police Department, KS [invented]",
                    "calls for service log (CAD), two days", "table with header", recs, fields,
                    [0, 59, len(recs) - 1],
                    "Landscape table under a dark coloured band (agency, period, 'Page N of M' in white) and "
                    "a light blue column-header band; rows shaded alternately grey and white, no rules. The "
                    "Event No. is a 14-digit timestamp (YYYYMMDDHHMMSS of the call's creation) equal to the "
                    "Received date-time printed beside it; Disp. is the dispatch time. Long addresses wrap in "
                    "the Address column only. Dispositions: codes, or 'REPORT 2025-NNNN' (incident report), "
                    "'CITATION SBNNNNNN', 'XFER KHP 25-NNNN' (Highway Patrol): related_numbers. The log ends "
                    "with 'Total calls: N' and counts per priority.",
                    "rows counted from the generator; 'Total calls' equals record_count")])
    # 5. county sheriff, district sections, fields joined by ' | '
    r = random.Random(SEED + 5)
    d = folder("wexcombe-county-al-so")
    gt = []
    for fname, date, label, n, start in [
            ("wcso-daily-activity-2025-10-09.pdf", "10/09/2025", "Thursday, October 9, 2025", 57, 4400),
            ("wcso-daily-activity-2025-10-10.pdf", "10/10/2025", "Friday, October 10, 2025", 49, 4580)]:
        recs = so_records(r, date, n, start)
        draw_so(d / fname, recs, label)
        fields = ["case_number", "reported_at", "type", "location", "unit", "disposition", "district"]
        idx = [0, n // 2, n - 1]
        gt.append(entry(d / fname, "Wexcombe County Sheriff's Office, AL [invented]",
                        "daily activity log grouped by district", "free text", recs, fields, idx,
                        "Sections per district ('District N - Name' in Times bold italic, re-announced with "
                        "'(cont.)' after a page break) with a 'District N total: n calls' subtotal and a final "
                        "'All districts: N calls'. Each record is one line of fields joined by ' | ' in mixed "
                        "fonts: the case number in Courier bold (WC25-NNNNNN), then in Helvetica date-time | "
                        "call type | location | deputy | disposition; long records wrap onto indented "
                        "continuation lines. The page header prints the field order in Courier. district "
                        "comes from the section heading. Dispositions cite warrants (WC-W-25-NNNN), state "
                        "trooper cases (ALEA 25-NNNNNN), traffic citations (UTC NNNNNNN) and earlier cases of "
                        "the same series ('ref WC25-NNNNNN').",
                        "records counted from the generator; district subtotals add up to the final count"))
    write(d, gt)


if __name__ == "__main__":
    main()
