"""Generate the forty-seventh held-out set of incident-log PDFs and their ground truth.

Five layouts whose order and grouping get in the way: a weekly table whose days are printed in
reverse (Sunday first) while rows inside a day run forward; a narrative table whose long rows are
cut at page breaks and go on under a `(continued)` marker, the id repeated on some and not on
others; sheriff's labelled blocks grouped by patrol district with district subtotals, a summary
table and a grand total; a harbour town's daily journal where one incident is opened on one day
and followed up on later days (and some follow-ups belong to cases opened before the log); a case
status report grouped by status, newest first inside each group, with supplement numbers that
extend the id. Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs47/make_blind_logs47.py [OUT_DIR]
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
SEED = 20251147
STREETS = ["Alderbank", "Brisco", "Cottam", "Dunholme", "Eskdale", "Farrow", "Gorsey", "Hatherly", "Inchmore",
           "Jessop", "Kelderby", "Linthwaite", "Marrick", "Nettlebed", "Ormside", "Pilling", "Quernmore",
           "Rydal", "Stainby", "Thwaite", "Ulpha", "Wensley", "Yarrow"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
TYPES = ["THEFT", "BURGLARY - RESIDENTIAL", "BURGLARY - VEHICLE", "ASSAULT - SIMPLE", "VANDALISM",
         "DISTURBANCE", "SUSPICIOUS PERSON", "TRESPASS", "FRAUD - IDENTITY", "DUI", "WELFARE CHECK",
         "DOMESTIC DISPUTE", "HIT AND RUN - PROPERTY DAMAGE", "NARCOTICS POSSESSION", "STOLEN VEHICLE",
         "WARRANT SERVICE", "HARASSMENT", "SHOPLIFTING", "NOISE COMPLAINT", "FOUND PROPERTY"]
DISPOS = ["REPORT TAKEN", "ADVISED", "UNFOUNDED", "GONE ON ARRIVAL", "REFERRED TO DETECTIVES",
          "CLEARED - NO ACTION", "CIVIL MATTER"]
SUMMARY = ["Caller reported the item missing after returning home.", "Officer spoke with both parties and "
           "separated them for the night.", "Window found broken; no entry gained.", "Subject left before "
           "officers arrived; area checked.", "Victim reported charges she did not make on a bank card.",
           "Neighbour heard shouting and called for a check.", "Property owner asked that the subject be "
           "warned off the lot.", "Bicycle taken from an unlocked rack near the entrance.",
           "Graffiti painted on the east wall overnight.", "Driver stopped for weaving across the lanes.",
           "Wallet turned in at the front desk and logged as found property."]


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


def addr(r):
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}".upper()


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def stamps(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def date_of(d):
    return datetime.date(*d)


def base_records(r, days, n, start, fmt):
    """Records in time order with ids rising by 1-3; related numbers drawn per agency later."""
    out, k = [], start
    for day, hh, mm in stamps(r, days, n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append({"case_number": fmt(k), "day": day, "hh": hh, "mm": mm,
                    "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPOS),
                    "summary": r.choice(SUMMARY), "related": []})
    return out


class Pager:
    """Draws pages with a header callback; the header gets (canvas, page number, total pages)."""

    def __init__(self, path, size, head, total, bottom=54):
        self.c = new_canvas(path, size)
        self.w, self.h = size
        self.head, self.total, self.bottom, self.page = head, total, bottom, 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = self.head(self.c, self.page, self.total or 0)

    def room(self, need):
        return self.y - need >= self.bottom

    def text(self, x, s, font="Helvetica", size=8.5):
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, s)

    def finish(self):
        self.c.showPage()
        self.c.save()
        return self.page


# ---- A: Tenby Marsh PD, weekly log printed with the days in reverse -----------------------------

def tm_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"TM25-{k:05d}")
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['hh']:02d}:{rec['mm']:02d}"
        x = r.random()
        if x < 0.12:
            num = f"SC{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"CITATION ISSUED (UTT {num})"
            rec["related"].append(("citation", num))
        elif x < 0.2:
            num = f"BK-25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"ARREST - BOOKED {num}"
            rec["related"].append(("booking_number", num))
        elif x < 0.26:
            num = f"CCSO 25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"TURNED OVER TO COUNTY SO, {num}"
            rec["related"].append(("other_agency_case", num))
    return recs


TM_COLS = [(36, "Case No."), (106, "Time"), (146, "Offense"), (306, "Location"), (436, "Disposition")]


def draw_tm(path, recs, label, total):
    def head(c, page, n):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(36, 752, "TENBY MARSH POLICE DEPARTMENT")
        c.setFont("Helvetica", 9)
        c.drawString(36, 738, f"Weekly Incident Log  -  {label}  -  most recent day first")
        c.drawRightString(576, 752, f"Page {page} of {n}")
        c.drawRightString(576, 738, "Records Unit (555) 010-0147")
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in TM_COLS:
            c.drawString(x, 716, t)
        c.line(36, 712, 576, 712)
        return 700

    p = Pager(path, letter, head, total)
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["day"], []).append(rec)
    for day in sorted(by_day, reverse=True):
        rows = by_day[day]
        if not p.room(40):
            p.new_page()
        p.c.setFillGray(0.85)
        p.c.rect(36, p.y - 3, 540, 12, stroke=0, fill=1)
        p.c.setFillGray(0)
        p.text(40, f"{date_of(day).strftime('%A').upper()} {mdy(day)}  -  {len(rows)} incidents",
               "Helvetica-Bold", 8.5)
        p.y -= 15
        for rec in rows:
            cells = [[rec["case_number"]], [f"{rec['hh']:02d}:{rec['mm']:02d}"],
                     wrap(rec["type"], "Helvetica", 8, 150), wrap(rec["location"], "Helvetica", 8, 122),
                     wrap(rec["disposition"], "Helvetica", 8, 138)]
            h = max(len(x) for x in cells) * 10
            if not p.room(h):
                p.new_page()
            for (x, _), lines in zip(TM_COLS, cells):
                for i, s in enumerate(lines):
                    p.c.setFont("Helvetica", 8)
                    p.c.drawString(x, p.y - 10 * i, s)
            p.y -= h + 3
    p.y -= 8
    if not p.room(20):
        p.new_page()
    p.text(36, f"Incidents this week: {len(recs)}", "Helvetica-Bold", 9)
    return p.finish()


# ---- B: Gallowmere PD, narrative table with rows continued over page breaks ----------------------

def gm_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"GM-25-{k:05d}")
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['hh']:02d}{rec['mm']:02d}"
        extra = " ".join(r.sample(SUMMARY, r.choice((1, 2, 3))))
        rec["summary"] = rec["summary"] + " " + extra
        if r.random() < 0.22:
            num = f"KSP {r.choice(('25', '24'))}-{r.randint(100000, 999999)}"
            rec["summary"] += f" State police case {num} covers the same event."
            rec["related"].append(("other_agency_case", num))
        elif r.random() < 0.1:
            num = f"W-{r.randint(2023, 2025)}-{r.randint(1000, 9999)}"
            rec["summary"] += f" Subject held on circuit court warrant {num}."
            rec["related"].append(("warrant_number", num))
    return recs


GM_COLS = [(36, "Report #"), (112, "Received"), (178, "Nature"), (284, "Address"), (390, "Narrative")]


def draw_gm(path, recs, label, total):
    state = {"cont": 0}

    def head(c, page, n):
        c.setFont("Times-Bold", 14)
        c.drawCentredString(306, 752, "City of Gallowmere Police Department")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(306, 738, f"Incident Reports with Narrative  |  {label}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in GM_COLS:
            c.drawString(x, 716, t)
        c.line(36, 712, 576, 712)
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 30, "Gallowmere PD Records  (555) 010-0163")
        c.drawRightString(576, 30, f"{page} / {n}")
        return 700

    p = Pager(path, letter, head, total, bottom=48)
    for rec in recs:
        cells = [[rec["case_number"]], rec["reported_at"].split(" "), wrap(rec["type"], "Helvetica", 7.8, 100),
                 wrap(rec["location"], "Helvetica", 7.8, 100), wrap(rec["summary"], "Helvetica", 7.8, 184)]
        nlines = max(len(x) for x in cells)
        if not p.room(9.5 * 2):
            p.new_page()
        i = 0
        while i < nlines:
            if not p.room(9.5):
                p.new_page()
                state["cont"] += 1
                marker = (f"{rec['case_number']} (continued)" if state["cont"] % 2 else "(continued)")
                p.c.setFont("Helvetica-Oblique", 7.8)
                p.c.drawString(36, p.y, marker)
                p.y -= 9.5
            for (x, _), lines in zip(GM_COLS, cells):
                if i < len(lines):
                    p.c.setFont("Helvetica-Bold" if x == 36 else "Helvetica", 7.8)
                    p.c.drawString(x, p.y, lines[i])
            p.y -= 9.5
            i += 1
        p.c.setLineWidth(0.3)
        p.c.line(36, p.y + 6, 576, p.y + 6)
        p.y -= 4
    p.y -= 6
    if not p.room(20):
        p.new_page()
    p.text(36, f"Records in this log: {len(recs)}", "Helvetica-Bold", 9)
    return p.finish()


# ---- C: Corvallen County SO, labelled blocks grouped by district with subtotals -------------------

CC_DISTRICTS = ["DISTRICT 1 - RIVER", "DISTRICT 2 - NORTH FORK", "DISTRICT 3 - PINEY FLATS", "DISTRICT 4 - AIRPORT"]


def cc_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"CC-25-{k:06d}")
    for rec in recs:
        rec["district"] = r.choice(CC_DISTRICTS)
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['hh']:02d}:{rec['mm']:02d}"
        rec["disposition"] = rec["disposition"].title()
        x = r.random()
        if x < 0.15:
            num = f"J25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arrest - booked into county jail (Booking No. {num})"
            rec["related"].append(("booking_number", num))
        elif x < 0.25:
            num = f"GA-{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Uniform citation {num} issued"
            rec["related"].append(("citation", num))
    return recs


CC_LABELS = [("Incident No.", "case_number"), ("Received", "reported_at"), ("Nature", "type"),
             ("Address", "location"), ("Deputy Action", "disposition")]


def draw_cc(path, recs, label, total):
    def head(c, page, n):
        c.setFont("Courier-Bold", 11)
        c.drawString(40, 752, "CORVALLEN COUNTY SHERIFF'S OFFICE")
        c.setFont("Courier", 8.5)
        c.drawString(40, 740, f"INCIDENT ACTIVITY BY PATROL DISTRICT   {label}")
        c.drawRightString(572, 752, f"PG {page:03d}/{n:03d}")
        c.line(40, 734, 572, 734)
        return 718

    p = Pager(path, letter, head, total)
    groups = {d: [x for x in recs if x["district"] == d] for d in CC_DISTRICTS}
    p.text(40, "INCIDENTS BY DISTRICT", "Courier-Bold", 9)
    p.y -= 12
    for d in CC_DISTRICTS:
        p.text(52, f"{d:<32}{len(groups[d]):>5}", "Courier", 8.5)
        p.y -= 11
    p.y -= 10
    for d in CC_DISTRICTS:
        if not p.room(90):
            p.new_page()
        p.text(40, f"=== {d} ===", "Courier-Bold", 9.5)
        p.y -= 16
        for rec in groups[d]:
            vals = [(lab, wrap(rec[key], "Courier", 8.5, 380)) for lab, key in CC_LABELS]
            h = sum(len(v) for _, v in vals) * 10.5 + 8
            if not p.room(h):
                p.new_page()
                p.text(40, f"=== {d} (cont.) ===", "Courier-Bold", 9.5)
                p.y -= 16
            for lab, lines in vals:
                for i, s in enumerate(lines):
                    if i == 0:
                        p.text(58, lab, "Courier-Bold" if lab == "Incident No." else "Courier", 8.5)
                    p.text(160, s, "Courier-Bold" if lab == "Incident No." else "Courier", 8.5)
                    p.y -= 10.5
            p.c.setDash(1, 2)
            p.c.line(58, p.y + 5, 540, p.y + 5)
            p.c.setDash()
            p.y -= 8
        p.text(40, f"{d.split(' - ')[0]} SUBTOTAL: {len(groups[d])} INCIDENTS", "Courier-Bold", 8.5)
        p.y -= 22
    if not p.room(20):
        p.new_page()
    p.text(40, f"GRAND TOTAL, ALL DISTRICTS: {len(recs)}", "Courier-Bold", 9.5)
    return p.finish()


# ---- D: Whitlock Ferry PD, journal where incidents are followed up on later days -------------------

def wf_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"WF25-{k:04d}")
    for rec in recs:
        rec["type"] = rec["type"].capitalize().replace(" - ", ", ")
        rec["location"] = rec["location"].title()
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['hh']:02d}{rec['mm']:02d}"
        rec["follow"] = []
        later = [d for d in days if d > rec["day"]]
        if later and r.random() < 0.35:
            for d in sorted(r.sample(later, min(len(later), r.choice((1, 1, 2))))):
                rec["follow"].append(d)
        if r.random() < 0.12:
            num = f"KCJ-{r.randint(10000, 99999)}"
            rec["booking"] = num
            rec["related"].append(("booking_number", num))
    return recs


FOLLOW = ["Officer returned to the address and spoke with the reporting party again.",
          "Video from a neighbouring business reviewed; nothing further.",
          "Item recovered and returned to the owner.", "Victim called to add a second item to the report.",
          "Detective assigned; case stays open."]


def wf_entries(r, recs, days, first):
    """(day, minute, text) journal entries: openings, follow-ups, and follow-ups to older cases."""
    out = []
    for rec in recs:
        text = f"Opened {rec['case_number']} - {rec['type']}, {rec['location']}. {rec['summary']}"
        if rec.get("booking") and not rec["follow"]:
            text += f" One arrested and booked, jail no. {rec['booking']}."
        out.append((rec["day"], rec["hh"] * 60 + rec["mm"], text, rec))
        for j, d in enumerate(rec["follow"]):
            when = date_of(rec["day"]).strftime("%a %b ") + str(rec["day"][2])
            text = f"Continued {rec['case_number']} (opened {when}): {r.choice(FOLLOW)}"
            if rec.get("booking") and j == len(rec["follow"]) - 1:
                text += f" Subject arrested and booked, jail no. {rec['booking']}."
            out.append((d, r.randint(0, 1439), text, None))
    older = []
    for k in r.sample(range(first - 60, first - 5), 5):
        num = f"WF25-{k:04d}"
        older.append(num)
        out.append((r.choice(days[:3]), r.randint(0, 1439),
                    f"Continued {num} (opened before this journal): {r.choice(FOLLOW)}", None))
    out.sort(key=lambda e: (e[0], e[1]))
    return out, older


def draw_wf(path, recs, label, total, entries):
    def head(c, page, n):
        c.setFont("Times-Bold", 13)
        c.drawString(54, 748, "Whitlock Ferry Police Department - Officer's Daily Journal")
        c.setFont("Times-Italic", 9.5)
        c.drawString(54, 734, f"{label}.  Follow-ups are logged on the day they happen.")
        c.drawRightString(558, 30, f"journal page {page} of {n}")
        c.drawString(54, 30, "Front desk (555) 010-0188")
        return 708

    p = Pager(path, letter, head, total)
    cur = None
    for day, minute, text, _rec in entries:
        lines = wrap(text, "Times-Roman", 9.5, 440)
        if day != cur:
            if not p.room(30 + 12 * len(lines)):
                p.new_page()
            cur = day
            p.y -= 4
            p.text(54, date_of(day).strftime("%A, %B ") + f"{day[2]}, {day[0]}", "Times-Bold", 10.5)
            p.y -= 15
        if not p.room(12 * len(lines)):
            p.new_page()
        p.text(54, f"{minute // 60:02d}{minute % 60:02d}", "Courier-Bold", 9)
        for s in lines:
            p.text(96, s, "Times-Roman", 9.5)
            p.y -= 12
        p.y -= 3
    p.y -= 8
    if not p.room(30):
        p.new_page()
    p.text(54, f"Journal entries: {len(entries)}", "Times-Bold", 10)
    p.y -= 13
    p.text(54, f"Incidents opened this week: {len(recs)}", "Times-Bold", 10)
    return p.finish()


# ---- E: Pemberton Reach PD, case status report grouped by status, newest first -----------------------

PR_STATUS = ["OPEN - UNDER INVESTIGATION", "CLEARED BY ARREST", "CLOSED - INACTIVE", "UNFOUNDED"]


def pr_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"PR25-{k:05d}")
    for rec in recs:
        rec["status"] = r.choices(PR_STATUS, (4, 2, 3, 1))[0]
        rec["disposition"] = rec["status"]
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['hh']:02d}:{rec['mm']:02d}"
        rec["supps"] = [f"{rec['case_number']}-S{i}" for i in range(1, r.choice((0, 0, 1, 2, 3)) + 1)]
        for s in rec["supps"]:
            rec["related"].append(("supplement_report", s))
        if rec["status"] == "CLEARED BY ARREST":
            num = f"25-{r.randint(8000, 8999)}{r.randint(0, 9)}"
            rec["bkg"] = num
            rec["related"].append(("booking_number", num))
    return recs


PR_COLS = [(36, "Case"), (116, "Reported"), (206, "Offense"), (376, "Location"), (520, "Officer"),
           (576, "Days open"), (636, "Last activity")]


def draw_pr(path, recs, label, total):
    size = landscape(letter)

    def head(c, page, n):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, 578, "PEMBERTON REACH POLICE DEPARTMENT  -  CASE STATUS REPORT")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, 565, f"Cases reported {label}, grouped by status, most recent first")
        c.drawRightString(756, 578, f"Page {page} of {n}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in PR_COLS:
            c.drawString(x, 546, t)
        c.line(36, 542, 756, 542)
        return 530

    p = Pager(path, size, head, total, bottom=40)
    end = max(date_of(x["day"]) for x in recs) + datetime.timedelta(days=4)
    r = random.Random(len(recs))
    for st in PR_STATUS:
        group = sorted((x for x in recs if x["status"] == st), key=lambda x: (x["day"], x["hh"], x["mm"]),
                       reverse=True)
        if not p.room(40):
            p.new_page()
        p.text(36, f"{st}  ({len(group)} cases)", "Helvetica-Bold", 9)
        p.y -= 14
        for rec in group:
            opened = (end - date_of(rec["day"])).days
            last = date_of(rec["day"]) + datetime.timedelta(days=r.randint(0, opened - 1))
            cells = [[rec["case_number"]], [rec["reported_at"]], wrap(rec["type"], "Helvetica", 8, 160),
                     wrap(rec["location"], "Helvetica", 8, 138), [f"#{r.randint(101, 189)}"],
                     [str(opened)], [f"{last.month:02d}/{last.day:02d}"]]
            sub = []
            if rec["supps"]:
                sub.append("Supplements: " + ", ".join(rec["supps"]))
            if rec.get("bkg"):
                sub.append(f"Booking {rec['bkg']}")
            h = max(len(x) for x in cells) * 10 + (10 if sub else 0)
            if not p.room(h):
                p.new_page()
            for (x, _), lines in zip(PR_COLS, cells):
                for i, s in enumerate(lines):
                    p.c.setFont("Helvetica", 8)
                    p.c.drawString(x, p.y - 10 * i, s)
            p.y -= max(len(x) for x in cells) * 10
            if sub:
                p.text(130, "   ".join(sub), "Helvetica-Oblique", 7.5)
                p.y -= 10
            p.y -= 2
        p.y -= 8
    if not p.room(20):
        p.new_page()
    p.text(36, f"Report total: {len(recs)} cases", "Helvetica-Bold", 9)
    return p.finish()


# ---- ground truth ---------------------------------------------------------------------------------

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, extra_related=()):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]] + list(extra_related)
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs47.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs47.py) from the records it drew; "
                               "checked by check_blind_logs47.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def doc_order(name, recs):
    """Records in the order the document prints them (ground truth lists them so)."""
    if name == "tm":
        return sorted(recs, key=lambda x: (tuple(-v for v in x["day"]), x["hh"], x["mm"]))
    if name == "cc":
        return [x for d in CC_DISTRICTS for x in recs if x["district"] == d]
    if name == "pr":
        return [x for st in PR_STATUS for x in sorted((x for x in recs if x["status"] == st),
                                                       key=lambda x: (x["day"], x["hh"], x["mm"]), reverse=True)]
    return recs


def one_agency(name, key, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        extra, older = (), []
        if key == "wf":
            entries, older = wf_entries(r, recs, days, start)
            pages = draw(d / fname, recs, label, None, entries)
            draw(d / fname, recs, label, pages, entries)
            extra = [{"record": None, "kind": "case_opened_before_this_log", "number": num} for num in older]
        else:
            pages = draw(d / fname, recs, label, None)
            draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, doc_order(key, recs), fields, notes, count_check,
                        extra))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "tm": ("Portrait weekly table, column titles repeated per page: Case No. (TM25-NNNNN, the id), Time (HH:MM), "
           "Offense (wraps), Location (wraps), Disposition (wraps). The DAYS ARE PRINTED IN REVERSE: a grey band "
           "'SUNDAY 10/19/2025 - N incidents' opens each day, Sunday first and Monday last, while the rows inside "
           "a day run forward in time, so the ids rise inside a day and fall between days. The date is printed "
           "only in the day band (reported_at joins the band's date and the row's time). Day-band counts are "
           "not records. Disposition 'CITATION ISSUED (UTT SCNNNNNNN)', 'ARREST - BOOKED BK-25-NNNNN' and "
           "'TURNED OVER TO COUNTY SO, CCSO 25-NNNNNN' cite other series (related). Ends 'Incidents this week: "
           "N'. Header 'Page n of N' and a phone.",
           "rows counted from the generator; 'Incidents this week' equals record_count and the day-band counts "
           "add up to it"),
    "gm": ("Portrait table with a wide Narrative column (3-8 wrapped lines per row): Report # (GM-25-NNNNN, bold, "
           "the id), Received (date over a 4-digit time on the next line; reported_at joins them), Nature, "
           "Address, Narrative (summary). Rows are CUT AT PAGE BREAKS: the rest of the row goes on at the top of "
           "the next page under an italic marker in the Report # column, which alternates between "
           "'GM-25-NNNNN (continued)' (the id repeated) and a bare '(continued)' (no id): either way one "
           "record. Narratives cite state police cases 'KSP 25-NNNNNN' and circuit warrants 'W-YYYY-NNNN' "
           "(related). No disposition column. Ends 'Records in this log: N'; footer 'n / N' and a phone.",
           "rows counted from the generator; 'Records in this log' equals record_count"),
    "cc": ("Courier sheriff's activity report GROUPED BY PATROL DISTRICT: page 1 opens with an 'INCIDENTS BY "
           "DISTRICT' summary (four district names with counts, not records); then '=== DISTRICT n - NAME ===' "
           "sections (repeated '(cont.)' on a new page), each a run of labelled blocks in time order: "
           "'Incident No.' (CC-25-NNNNNN, the id), 'Received' (MM/DD/YYYY HH:MM), 'Nature', 'Address', 'Deputy "
           "Action' (disposition; 'Booking No. J25-NNNNN' and 'Uniform citation GA-NNNNNNN' are related). Each "
           "section ends 'DISTRICT n SUBTOTAL: K INCIDENTS'; the document ends 'GRAND TOTAL, ALL DISTRICTS: N'. "
           "Because of the grouping the document is not in id or time order.",
           "blocks counted from the generator; the grand total equals record_count and the subtotals add up"),
    "wf": ("Free-text daily journal in Times under day headings ('Tuesday, October 14, 2025'): each entry is a "
           "4-digit time in a left gutter and a paragraph. An incident is OPENED once ('Opened WF25-NNNN - "
           "Type, Address. summary') - that entry is the record (reported_at = heading date + time). ONE "
           "INCIDENT SPREADS OVER SEVERAL DAYS: later days carry 'Continued WF25-NNNN (opened Tue Oct 14): ...' "
           "entries that repeat the id and are NOT new records; a few follow-ups are for cases 'opened before "
           "this journal', whose ids are not records of this log (related, kind case_opened_before_this_log, "
           "record null). The opening entry or, for a followed-up incident, its last follow-up may cite a jail "
           "booking 'KCJ-NNNNN' (related). Ends 'Journal "
           "entries: M' (all entries, NOT the record count) then 'Incidents opened this week: N'.",
           "openings counted from the generator; 'Incidents opened this week' equals record_count"),
    "pr": ("Landscape CASE STATUS REPORT grouped by status ('OPEN - UNDER INVESTIGATION (K cases)', 'CLEARED BY "
           "ARREST', 'CLOSED - INACTIVE', 'UNFOUNDED'; the status is the disposition), NEWEST FIRST inside each "
           "group, so the document runs backwards in time four times over. Columns: Case (PR25-NNNNN, the id), "
           "Reported (MM/DD/YYYY HH:MM), Offense, Location, Officer (badge '#NNN'), Days open, Last activity "
           "(MM/DD, no year). An italic line under some rows lists 'Supplements: PR25-NNNNN-S1, ...' (supplement "
           "reports whose numbers EXTEND the id: related, not records) and 'Booking 25-NNNNN' (related). Ends "
           "'Report total: N cases'. Header 'Page n of N'.",
           "rows counted from the generator; 'Report total' equals record_count and the group counts add up"),
}
BASE = ["case_number", "reported_at", "type", "location"]


def main():
    one_agency(
        "tenby-marsh-sc-pd", "tm", 1,
        [("tmpd-weekly-log-2025-10-13-19.pdf", days(10, 13, 19), "Oct 13 - Oct 19, 2025", 88, 20410),
         ("tmpd-weekly-log-2025-10-20-26.pdf", days(10, 20, 26), "Oct 20 - Oct 26, 2025", 104, 20640)],
        tm_records, draw_tm, "Tenby Marsh Police Department, SC [invented]",
        "weekly incident log (days printed in reverse)", "table with header", BASE + ["disposition"], *NOTES["tm"])
    one_agency(
        "gallowmere-ky-pd", "gm", 2,
        [("gallowmere-pd-narrative-log-2025-10-06-12.pdf", days(10, 6, 12), "October 6 through 12, 2025", 52, 7310),
         ("gallowmere-pd-narrative-log-2025-10-13-19.pdf", days(10, 13, 19), "October 13 through 19, 2025", 61,
          7420)],
        gm_records, draw_gm, "City of Gallowmere Police Department, KY [invented]",
        "incident reports with narrative (rows continued over page breaks)", "table with header",
        BASE + ["summary"], *NOTES["gm"])
    one_agency(
        "corvallen-county-ga-so", "cc", 3,
        [("ccso-district-activity-2025-10-01-15.pdf", days(10, 1, 15), "10/01/2025 - 10/15/2025", 74, 4100),
         ("ccso-district-activity-2025-10-16-31.pdf", days(10, 16, 31), "10/16/2025 - 10/31/2025", 81, 4260)],
        cc_records, draw_cc, "Corvallen County Sheriff's Office, GA [invented]",
        "incident activity by patrol district (labelled blocks, subtotals)", "labelled blocks",
        BASE + ["disposition"], *NOTES["cc"])
    one_agency(
        "whitlock-ferry-me-pd", "wf", 4,
        [("wfpd-daily-journal-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 58, 412)],
        wf_records, draw_wf, "Whitlock Ferry Police Department, ME [invented]",
        "officer's daily journal (incidents followed up on later days)", "free text",
        BASE + ["summary"], *NOTES["wf"])
    one_agency(
        "pemberton-reach-or-pd", "pr", 5,
        [("prpd-case-status-2025-10.pdf", days(10, 1, 31), "10/01/2025 - 10/31/2025", 118, 30100)],
        pr_records, draw_pr, "Pemberton Reach Police Department, OR [invented]",
        "case status report (grouped by status, newest first)", "table with header",
        BASE + ["disposition"], *NOTES["pr"])


if __name__ == "__main__":
    main()
