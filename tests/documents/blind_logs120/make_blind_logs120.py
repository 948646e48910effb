"""Generate a held-out set of police blotters printed in local newspapers (blind_logs120).

Five newspaper pages layouts: a weekly's three-column "Police Log" that starts on the front page and
jumps to page 4 beside a court-news column citing case numbers; an online edition's print view with
labelled blocks, a right rail of headlines and ads and a CORRECTION box that repeats a last-week case
label; a broadsheet agate blotter table spanning three of five columns, jumped from A1 to A3 and
followed by a FIRE RUNS table with numbers of the same shape; a free shopper's numbered Sheriff's Report
beside numbered classified ads; an island weekly's four-column run-in log whose id is printed at the
END of every item in parentheses. Every paper, agency, place and number is invented; no person is
named. Deterministic: fixed seeds, reportlab invariant mode. Run:
    /work/main/.venv/bin/python tests/documents/blind_logs120/make_blind_logs120.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261220
TYPES = ["Larceny", "Suspicious vehicle", "Noise complaint", "Motor vehicle crash", "Vandalism",
         "Burglar alarm", "Welfare check", "Lost property", "Disturbance", "Fraud", "Animal complaint",
         "Trespassing", "Erratic operator", "Found property", "Parking complaint", "Harassment",
         "Shoplifting", "Brush fire assist", "Suspicious person", "Domestic disturbance"]
DISPS = ["Report taken", "Officer advised", "Gone on arrival", "Unfounded", "Arrest made",
         "Citation issued", "Referred to animal control", "Checked, all in order", "Summons issued",
         "Parties separated", "Vehicle towed"]
STREETS = ["Elm St.", "Birch Lane", "Quarry Road", "Mill Pond Drive", "Church St.", "Harbor View Road",
           "Cedar Hollow Road", "Main St.", "Orchard Terrace", "Kettle Brook Road", "School St.",
           "Wharf St.", "Lantern Hill Road", "Pine Hollow Road", "Fernald Ave.", "Depot Square"]
NARR = ["A resident reported a package taken from a porch.", "The caller heard loud music after midnight.",
        "A bicycle was missing from a rack.", "Two vehicles collided at low speed; no injuries.",
        "A mailbox was knocked down overnight.", "An unfamiliar car idled for an hour.",
        "A neighbor had not been seen for two days.", "A wallet was turned in at the front desk.",
        "Two people argued in a parking lot.", "A caller reported a gift-card scam by phone.",
        "A loose dog was chasing cars.", "A driver was seen crossing the center line."]


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


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.datetime.min.resolution * 0 + datetime.timedelta(minutes=m) for m in mins]


def ampm(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"


def mon(t):
    m = t.strftime("%b")
    return (m if m in ("May",) else m + ".") + f" {t.day}"


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Doc:
    """Pages of drawing operations; `slots` are the text columns (reading order) the check crops."""

    def __init__(self, size):
        self.size, self.pages = size, []

    def page(self):
        self.pages.append({"ops": [], "slots": []})
        return len(self.pages) - 1

    def text(self, p, x, y, s, font="Times-Roman", size=8.0, right=False, centre=False):
        self.pages[p]["ops"].append(("t", font, size, x, y, s, right, centre))

    def rect(self, p, x, y, w, h, fill=False):
        self.pages[p]["ops"].append(("r", x, y, w, h, fill))

    def slot(self, p, x, top, bottom, width):
        """A text column from y=top down to y=bottom (PDF coords); returned as a placement cursor."""
        self.pages[p]["slots"].append([x, top, bottom, width])
        return {"p": p, "x": x, "y": top, "bottom": bottom, "w": width}

    def flow(self, lines, slots, reserve_last=None):
        """Place lines (font, size, lead, text, dx) through slots; return the unplaced rest."""
        i = 0
        for k, s in enumerate(slots):
            last = k == len(slots) - 1
            while i < len(lines):
                font, size, lead, txt, dx = lines[i]
                floor = s["bottom"] + (12 if (last and reserve_last) else 0)
                if s["y"] - lead < floor:
                    break
                s["y"] -= lead
                self.text(s["p"], s["x"] + dx, s["y"], txt, font, size)
                i += 1
            if last and reserve_last and i < len(lines):
                self.text(s["p"], s["x"], s["bottom"] + 2, reserve_last, "Times-Italic", 7.5)
        return lines[i:]

    def save(self, path):
        c = new_canvas(path, self.size)
        for pg in self.pages:
            for op in pg["ops"]:
                if op[0] == "t":
                    _, font, size, x, y, s, right, centre = op
                    c.setFont(font, size)
                    if right:
                        c.drawRightString(x, y, s)
                    elif centre:
                        c.drawCentredString(x, y, s)
                    else:
                        c.drawString(x, y, s)
                else:
                    _, x, y, w, h, fill = op
                    c.setFillGray(0.85 if fill else 1)
                    c.rect(x, y, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def slots_topleft(self):
        h = self.size[1]
        return [[i + 1, round(x - 2), round(h - top - 2), round(w + 4), round(top - bottom + 4)]
                for i, pg in enumerate(self.pages) for x, top, bottom, w in pg["slots"]]


def para(text, font, size, lead, width, indent=0):
    ls = wrap(text, font, size, width - indent)
    return [(font, size, lead, l, indent if j else 0) for j, l in enumerate(ls)]


SENTENCES = ["The board heard from residents about the plan on Tuesday night.",
             "Several speakers asked the town engineer for a revised estimate before spring.",
             "Voters will take up the article at the annual town meeting in May.",
             "The planning commission sent two zoning changes forward last month.",
             "Supporters said the work would make the route safer for children walking to school.",
             "Opponents questioned the cost and asked whether grants could cover part of it.",
             "The chairman said a public hearing will be scheduled after the new estimate arrives.",
             "Copies of the proposal are available at the town clerk's office and the library.",
             "Comments may be sent to the board in writing until the end of the month.",
             "Work would not begin before next summer if the article passes."]


def filler(r, words=120):
    out, n = [], 0
    while n < words:
        s = r.choice(SENTENCES)
        out.append(s)
        n += len(s.split())
    return " ".join(out)


def dot(s):
    return s if s.endswith(".") else s + "."


def record(r, t, cid, when):
    return {"case_number": cid, "reported_at": when, "type": r.choice(TYPES),
            "location": f"{r.randint(2, 240)} {r.choice(STREETS)}", "disposition": r.choice(DISPS),
            "narr": r.choice(NARR), "rel": []}


def entry(path, doc, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs120.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
        "text_layer": "good", "record_count": n, "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": v} for x in recs for k, v in x["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs120.py) from the records it drew; "
                               "checked by check_blind_logs120.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
        "reading_columns": doc.slots_topleft(),
    }


def masthead(doc, p, name, line, w):
    doc.text(p, w / 2, doc.size[1] - 56, name, "Times-Bold", 28, centre=True)
    doc.text(p, w / 2, doc.size[1] - 72, line, "Times-Roman", 9, centre=True)


def runhead(doc, p, s, w):
    doc.text(p, 36, doc.size[1] - 30, s, "Times-Roman", 8)
    doc.text(p, w - 36, doc.size[1] - 30, f"Page {p + 1}", "Times-Roman", 8, right=True)


# 1 ------------------------------------------------------ Harlow Falls Courier: log jumps A1 -> page 4
def harlow(d, r):
    agency = "Harlow Falls Police Department, CT (printed in The Harlow Falls Courier) [invented]"
    W, H = letter
    cols = [36, 222, 408]
    cw = 168
    recs, lines = [], []
    cid = 4400
    for t in stamps(r, datetime.datetime(2025, 10, 6), 72, 7):
        cid += r.randint(1, 4)
        rec = record(r, t, f"25-{cid}", f"{mon(t)}, {ampm(t)}")
        if rec["disposition"] in ("Citation issued", "Summons issued") and r.random() < 0.8:
            rec["rel"].append(("citation", f"T{r.randint(100000, 999999)}"))
            rec["disposition"] += f" ({rec['rel'][0][1]})"
        txt = (f"#{rec['case_number']} — {rec['reported_at']} — {rec['type']}, {dot(rec['location'])} "
               f"{rec['narr']} {rec['disposition']}.")
        lines += para(txt, "Times-Roman", 7.8, 9.2, cw, 6) + [("Times-Roman", 7.8, 4, "", 0)]
        recs.append(rec)
    n = len(recs)
    doc = Doc(letter)
    p = doc.page()
    masthead(doc, p, "The Harlow Falls Courier", "Vol. 88, No. 41  ·  Thursday, October 16, 2025  ·  $1.00  ·  "
             "News tips 555-0112", W)
    doc.text(p, 36, H - 104, "Select board weighs sidewalk plan for Quarry Road", "Times-Bold", 15)
    doc.text(p, 36, H - 116, "By Staff Writer", "Times-Italic", 8)
    s1 = doc.slot(p, cols[0], H - 124, 200, cw)
    s2 = doc.slot(p, cols[1], H - 124, 200, cw)
    doc.flow(para(filler(r, 400), "Times-Roman", 8.5, 10, cw), [s1, s2])
    doc.rect(p, 36, 60, 354, 130)
    doc.text(p, 42, 70, "Crossing guards line up at the Main St. school on Monday morning. (Courier photo)",
             "Times-Italic", 7.5)
    doc.text(p, cols[2], H - 104, "POLICE LOG", "Times-Bold", 15)
    intro = ("Harlow Falls police answered 412 calls for service from Oct. 6 through Oct. 12. The department "
             "released the following items; case numbers are the department's.")
    s3 = doc.slot(p, cols[2], H - 110, 58, cw)
    rest = doc.flow(para(intro, "Times-Italic", 7.8, 9.2, cw) + [("Times-Roman", 7.8, 6, "", 0)] + lines, [s3],
                    reserve_last="See POLICE LOG, Page 4")
    p = doc.page()
    runhead(doc, p, "The Harlow Falls Courier  ·  October 16, 2025", W)
    doc.text(p, 36, H - 60, "COURT NEWS: Superior Court dispositions", "Times-Bold", 14)
    court = []
    for k in range(5):
        old = f"25-{r.randint(4100, 4380)}"
        court.append(f"Case #{old}: a Harlow Falls man, 3{k}, arrested in September on a {r.choice(TYPES).lower()} "
                     f"charge, was given accelerated rehabilitation; the case returns to court Dec. {k + 3}.")
    s1 = doc.slot(p, cols[0], H - 70, 40, cw)
    s2 = doc.slot(p, cols[1], H - 70, 40, cw)
    cl = []
    for c in court:
        cl += para(c, "Times-Roman", 8.5, 10, cw) + [("Times-Roman", 8, 6, "", 0)]
    doc.flow(cl + para(filler(r, 300), "Times-Roman", 8.5, 10, cw), [s1, s2])
    doc.rect(p, cols[2], 300, cw, H - 370)
    doc.text(p, cols[2] + cw / 2, 500, "KETTLE BROOK HARDWARE", "Helvetica-Bold", 11, centre=True)
    doc.text(p, cols[2] + cw / 2, 486, "Fall sale · 20% off · 555-0129", "Helvetica", 8, centre=True)
    p = doc.page()
    runhead(doc, p, "The Harlow Falls Courier  ·  October 16, 2025", W)
    doc.text(p, 36, H - 60, "Community calendar", "Times-Bold", 14)
    s = [doc.slot(p, x, H - 70, 40, cw) for x in cols]
    doc.flow(para(filler(r, 600), "Times-Roman", 8.5, 10, cw), s)
    while rest:
        p = doc.page()
        runhead(doc, p, "The Harlow Falls Courier  ·  October 16, 2025", W)
        if p == 3:
            doc.text(p, 36, H - 60, "POLICE LOG, from Page 1", "Times-Bold", 13)
        s = [doc.slot(p, x, H - 70, 40, cw) for x in cols]
        rest = doc.flow(rest, s)
    path = d / "harlow-falls-courier-2025-10-16.pdf"
    doc.save(path)
    gt = [entry(path, doc, agency, "weekly newspaper police log (Oct. 6-12, 2025)", "free text", recs,
                ["reported_at", "type", "location", "disposition"],
                "A weekly newspaper: three columns per page. The POLICE LOG starts in the third column of the front "
                "page beside a front-page story and a photo caption, stops at `See POLICE LOG, Page 4` (an item is "
                "cut mid-sentence at the jump) and continues on page 4 under `POLICE LOG, from Page 1`, after a "
                "court-news page and a calendar page. Each item is a run-in paragraph `#25-NNNN — Oct. 6, 9:14 "
                "a.m. — Type, Location. Narrative. Disposition.` The intro gives 412 calls for service (not the "
                f"number of items, which is {n}). The court-news column on page 2 cites `Case #25-NNNN` numbers "
                "of the same series (earlier cases, not records, not related). Citation numbers T###### in "
                "dispositions are related numbers.",
                "items counted by the generator")]
    return gt


# 2 ------------------------------------------------ Osprey Point Gazette: online edition print view
def osprey(d, r):
    agency = "Osprey Point Police Department, ME (printed in the Osprey Point Gazette online edition) [invented]"
    W, H = letter
    recs, lines = [], []
    cid = 1820
    L = ("Helvetica", 8.5, 11)
    for k, t in enumerate(stamps(r, datetime.datetime(2025, 10, 6), 64, 7)):
        cid += r.randint(1, 6)
        rec = record(r, t, f"OP25-0{cid}", t.strftime("%m/%d/%Y %H:%M"))
        if r.random() < 0.15:
            rec["rel"].append(("other_agency_case", f"MSP-25-{r.randint(10000, 99999)}"))
        blk = [f"Case: {rec['case_number']}", f"When: {rec['reported_at']}", f"What: {rec['type']}",
               f"Where: {rec['location']}", f"Outcome: {rec['disposition']}"]
        if rec["rel"]:
            blk.append(f"Note: State police case {rec['rel'][0][1]} was also opened.")
        lines += [(L[0], L[1], L[2], b, 0) for b in blk] + [(L[0], L[1], 7, "", 0)]
        recs.append(rec)
        if k == 29:
            old = f"OP25-0{r.randint(1700, 1810)}"
            lines += [("Helvetica-Bold", 8.5, 11, "CORRECTION", 0),
                      (L[0], L[1], L[2], f"Case: {old}", 0),
                      (L[0], L[1], L[2], "In last week's blotter this item, dated 10/02/2025, gave the wrong street.", 0),
                      (L[0], L[1], L[2], "It happened on Cedar Hollow Road. The Gazette regrets the error.", 0),
                      (L[0], L[1], 7, "", 0)]
        if k == 47:
            lines += [("Helvetica-Bold", 8.5, 11, "RELATED: Police blotter, Sept. 29-Oct. 5 (24 comments)", 0),
                      (L[0], L[1], 7, "", 0)]
    n = len(recs)
    doc = Doc(letter)
    for pg in range(12):
        p = doc.page()
        doc.text(p, 30, H - 20, "10/14/25, 8:03 AM", "Helvetica", 7)
        doc.text(p, W / 2, H - 20, "Police blotter, Oct. 6-12 | Osprey Point Gazette", "Helvetica", 7, centre=True)
        doc.text(p, 30, 18, "https://ospreypointgazette.example/news/2025/10/14/police-blotter-oct-6-12/", "Helvetica", 7)
        top = H - 40
        if pg == 0:
            doc.text(p, 40, H - 60, "Police blotter, Oct. 6-12: loose dog, gift-card scam", "Helvetica-Bold", 15)
            doc.text(p, 40, H - 76, "By Gazette Staff  |  Oct. 14, 2025  |  6 min read  |  112 comments", "Helvetica", 8)
            intro = (f"The Osprey Point Police Department responded to 297 calls from Oct. 6-12. Here are {n} of them, "
                     "as listed in the department's log.")
            doc.flow(para(intro, "Helvetica", 9, 11, 360), [doc.slot(p, 40, H - 84, H - 120, 360)])
            top = H - 126
        if pg < 2:
            doc.text(p, 430, H - 60, "MOST READ", "Helvetica-Bold", 9)
            rl = []
            for _j, h in enumerate(["1. Ferry schedule changes for winter", "2. School board OKs new bus route",
                                   "3. Harbor seals return to Gull Ledge", "4. Case OP25-01422 goes to trial",
                                   "5. Pumpkin festival draws record crowd"]):
                rl += para(h, "Helvetica", 8, 10, 140)
            rs = doc.slot(p, 430, H - 64, 300, 140)
            doc.flow(rl, [rs])
            doc.rect(p, 430, 120, 140, 160)
            doc.text(p, 500, 230, "ADVERTISEMENT", "Helvetica", 6, centre=True)
            doc.text(p, 500, 200, "Harborside Dental", "Helvetica-Bold", 10, centre=True)
            doc.text(p, 500, 186, "New patients 555-0147", "Helvetica", 8, centre=True)
        s = doc.slot(p, 40, top, 40, 360)
        lines = doc.flow(lines, [s])
        if not lines:
            break
    for i, _pg in enumerate(doc.pages):
        doc.text(i, W - 30, 18, f"{i + 1}/{len(doc.pages)}", "Helvetica", 7, right=True)
    path = d / "osprey-point-gazette-blotter-2025-10-14-print.pdf"
    doc.save(path)
    return [entry(path, doc, agency, "online newspaper police blotter, browser print view (Oct. 6-12, 2025)",
                  "labelled blocks", recs, ["reported_at", "type", "location", "disposition"],
                  "Browser print of a newspaper web article: print-time stamp and page title at the top, the URL "
                  "and `n/N` at the bottom of each page. One column of labelled blocks (`Case:`, `When:` "
                  "MM/DD/YYYY HH:MM, `What:`, `Where:`, `Outcome:`, sometimes `Note:` citing a state police case "
                  "MSP-25-NNNNN, a related number). Pages 1-2 have a right rail (MOST READ headlines, one naming "
                  "`Case OP25-01422`; an ADVERTISEMENT box). Trap: a CORRECTION box in the middle of the list has "
                  "its own `Case: OP25-0NNNN` line for last week's item: not a record. A RELATED teaser line. The "
                  f"intro says 297 calls and `Here are {n} of them` (the record count).",
                  "blocks counted by the generator")]


# 3 --------------------------------------------------- Tenby Crossing Sentinel: broadsheet agate table
def tenby(d, r):
    agency = "Tenby Crossing Police Department, PA (printed in the Tenby Crossing Sentinel) [invented]"
    W, H = 792, 1224
    colx = [36 + i * 146 for i in range(5)]
    cw = 136
    tx, tw = colx[2], 136 * 3 + 20
    offs = [0, 50, 92, 122, 232, 360]
    heads = ["Case No.", "Date", "Time", "Incident", "Location", "Action"]
    recs = []
    cid = 30410
    rows = []
    for t in stamps(r, datetime.datetime(2025, 10, 13), 118, 7):
        cid += r.randint(1, 5)
        rec = record(r, t, f"25-{cid:05d}", "")
        rec["date"], rec["time"] = t.strftime("%m/%d"), t.strftime("%H%M")
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        disp = {"Citation issued": "Cited", "Summons issued": "Summons", "Report taken": "Report",
                "Referred to animal control": "Animal ctl.", "Checked, all in order": "Checked",
                "Officer advised": "Advised", "Parties separated": "Separated"}.get(rec["disposition"], rec["disposition"])
        if disp in ("Cited", "Summons"):
            rec["rel"].append(("citation", f"C{r.randint(1000000, 9999999)}"))
            disp += f" {rec['rel'][0][1]}"
        rec["disposition"] = disp
        rows.append([rec["case_number"], rec["date"], rec["time"], rec["type"], rec["location"], disp])
        recs.append(rec)
    fire = []
    fno = cid - 30000
    for t in stamps(r, datetime.datetime(2025, 10, 13), 14, 7):
        fno += r.randint(1, 9)
        fire.append([f"25-{fno + 40000:05d}", t.strftime("%m/%d"), t.strftime("%H%M"),
                     r.choice(["Alarm activation", "Smoke investigation", "EMS assist", "Vehicle fire",
                               "Lift assist", "Wires down"]), f"{r.randint(2, 240)} {r.choice(STREETS)}",
                     r.choice(["Cleared", "Extinguished", "Transported", "Utility notified"])])
    n = len(recs)
    doc = Doc((W, H))

    def row_lines(rs, bold=False):
        return [("ROW", r_) for r_ in rs]

    def place_rows(items, s):
        while items:
            if s["y"] - 9 < s["bottom"]:
                return items
            kind, val = items[0]
            s["y"] -= 9 if kind != "H" else 14
            if kind == "H":
                doc.text(s["p"], s["x"], s["y"], val, "Helvetica-Bold", 10)
            else:
                font = "Helvetica-Bold" if kind == "HEAD" else "Helvetica"
                for o, v in zip(offs, val):
                    doc.text(s["p"], s["x"] + o, s["y"], v, font, 6.8)
            items = items[1:]
        return items

    p = doc.page()
    masthead(doc, p, "Tenby Crossing Sentinel", "Sunday, October 19, 2025  ·  Serving Tenby Crossing and Lower "
             "Alder Township since 1902  ·  $2.00", W)
    doc.text(p, 36, H - 110, "Bridge work to close Alder St.", "Times-Bold", 16)
    doc.text(p, 36, H - 124, "By Sentinel Staff", "Times-Italic", 8)
    sl = [doc.slot(p, colx[0], H - 132, 40, cw), doc.slot(p, colx[1], H - 132, 40, cw)]
    doc.flow(para(filler(r, 1200), "Times-Roman", 8.5, 10, cw), sl)
    doc.text(p, tx, H - 110, "POLICE BLOTTER", "Times-Bold", 18)
    doc.text(p, tx, H - 124, "Incidents reported to Tenby Crossing police, Oct. 13-19. Compiled from department logs.",
             "Times-Italic", 8)
    items = [("HEAD", heads)] + [("ROW", x) for x in rows]
    s = doc.slot(p, tx, H - 132, 60, tw)
    items = place_rows(items, s)
    doc.text(p, tx, 48, "See BLOTTER, Page A3", "Times-Italic", 8)
    p = doc.page()
    runhead(doc, p, "Tenby Crossing Sentinel  ·  Sunday, October 19, 2025  ·  A2", W)
    doc.text(p, 36, H - 60, "OPINION: Keep the library open Sundays", "Times-Bold", 16)
    sl = [doc.slot(p, x, H - 72, 40, cw) for x in colx]
    doc.flow(para(filler(r, 1800), "Times-Roman", 8.5, 10, cw), sl)
    p = doc.page()
    runhead(doc, p, "Tenby Crossing Sentinel  ·  Sunday, October 19, 2025  ·  A3", W)
    doc.text(p, 36, H - 60, "School board names new principal", "Times-Bold", 16)
    sl = [doc.slot(p, colx[0], H - 72, 40, cw), doc.slot(p, colx[1], H - 72, 40, cw)]
    doc.flow(para(filler(r, 1200), "Times-Roman", 8.5, 10, cw), sl)
    doc.text(p, tx, H - 60, "BLOTTER, from Page A1", "Times-Bold", 14)
    s = doc.slot(p, tx, H - 66, 40, tw)
    items = [("HEAD", heads)] + items + [("H", "FIRE RUNS"), ("HEAD", heads)] + [("ROW", x) for x in fire]
    items = place_rows(items, s)
    assert not items
    s["y"] -= 14
    doc.text(p, tx, s["y"], f"Police incidents listed: {n}.  Fire runs listed: {len(fire)}.", "Helvetica-Oblique", 7)
    path = d / "tenby-crossing-sentinel-2025-10-19-a1-a3.pdf"
    doc.save(path)
    return [entry(path, doc, agency, "daily newspaper police blotter (agate table, Oct. 13-19, 2025)",
                  "table with header", recs, ["reported_at", "type", "location", "disposition"],
                  "Broadsheet (11 x 17 in) pages of five columns. The POLICE BLOTTER is an agate table (Case No., "
                  "Date MM/DD, Time HHMM, Incident, Location, Action) spanning columns 3-5 of A1 beside a front-page "
                  "story in columns 1-2 on the same baselines; it jumps (`See BLOTTER, Page A3`) over an opinion page "
                  "and continues on A3 under `BLOTTER, from Page A1` with the column titles repeated. After it, a "
                  "FIRE RUNS table with the same column titles and fire run numbers 25-NNNNN of the same shape as "
                  "the police case numbers: not records. `Cited C#######` / `Summons C#######` citation numbers are "
                  "related numbers. `reported_at` is given as `MM/DD HHMM` (the two cells). Ends `Police incidents "
                  "listed: N.  Fire runs listed: M.`",
                  "table rows counted by the generator")]


# 4 ----------------------------------------- Ridgeway Valley Shopper: numbered report beside classifieds
def ridgeway(d, r):
    agency = "Ridgeway County Sheriff's Office, VA (printed in the Ridgeway Valley Shopper) [invented]"
    W, H = letter
    cx, cw = [36, 318], 258
    recs, lines = [], []
    cid = 1130
    for k, t in enumerate(stamps(r, datetime.datetime(2025, 10, 20), 58, 7), 1):
        cid += r.randint(1, 5)
        rec = record(r, t, f"RV25-{cid}", f"{mon(t)}, {ampm(t)}")
        if rec["disposition"] == "Arrest made":
            rec["rel"].append(("booking_number", f"B25-{r.randint(3000, 3999)}"))
            rec["disposition"] = f"Arrest made, booking {rec['rel'][0][1]}"
        txt = (f"{k}. Case {rec['case_number']} — {rec['reported_at']} — {rec['type']}, {dot(rec['location'])} "
               f"{rec['narr']} {rec['disposition']}.")
        lines += para(txt, "Times-Roman", 8.5, 10, cw, 10) + [("Times-Roman", 8, 4, "", 0)]
        recs.append(rec)
    n = len(recs)
    doc = Doc(letter)
    p = doc.page()
    masthead(doc, p, "Ridgeway Valley Shopper", "FREE  ·  Week of Oct. 27, 2025  ·  Ads 555-0161  ·  Mailed to "
             "every box in 24471 and 24473", W)
    doc.text(p, cx[0], H - 104, f"SHERIFF'S REPORT — {n} items", "Times-Bold", 14)
    doc.text(p, cx[0], H - 116, "From the Ridgeway County Sheriff's Office log, Oct. 20-26", "Times-Italic", 8)
    s = doc.slot(p, cx[0], H - 122, 40, cw)
    lines = doc.flow(lines, [s])
    doc.text(p, cx[1], H - 104, "Fall festival returns to the fairgrounds", "Times-Bold", 13)
    doc.flow(para(filler(r, 500), "Times-Roman", 8.5, 10, cw), [doc.slot(p, cx[1], H - 112, 300, cw)])
    doc.rect(p, cx[1], 60, cw, 220)
    doc.text(p, cx[1] + cw / 2, 170, "VALLEY FEED & SEED", "Helvetica-Bold", 14, centre=True)
    doc.text(p, cx[1] + cw / 2, 150, "Bird seed 2 for $20  ·  555-0163", "Helvetica", 9, centre=True)
    ads = ["FOR SALE: Oak dining table, six chairs, $250. Call 555-0171.",
           "GARAGE SALE Nov. 1, 8 a.m., 14 Pine Hollow Road. Tools, toys, books.",
           "WANTED: Firewood, two cords, seasoned. 555-0172.",
           "LOST DOG Oct. 24, 6:30 p.m., near Quarry Road. Brown beagle, answers to Rusty. 555-0174.",
           "FOR RENT: Two-bedroom apartment, Main St., $900 a month. 555-0175.",
           "YARD SALE Oct. 31, 9 a.m., 88 Church St. Rain date Nov. 7.",
           "HELP WANTED: Part-time cook, Depot Square Diner. Apply in person.",
           "FOUND: Set of keys Oct. 22, 4:10 p.m., at the Elm St. post office. 555-0176.",
           "FOR SALE: 2014 pickup, 98,000 miles, $11,500. 555-0177.",
           "SERVICES: Gutter cleaning, leaf removal. Free estimates. 555-0178.",
           "FREE: Kittens to good homes, 8 weeks. 555-0179."]
    while lines:
        p = doc.page()
        runhead(doc, p, "Ridgeway Valley Shopper  ·  Week of Oct. 27, 2025", W)
        s = [doc.slot(p, cx[0], H - 44, 40, cw), doc.slot(p, cx[1], H - 44, 40, cw)]
        lines = doc.flow(lines, s)
    last = s[1] if s[1]["y"] < H - 44 else s[0]
    cl = [("Times-Bold", 12, 18, "CLASSIFIEDS", 0)]
    for j, a in enumerate(ads, 1):
        cl += para(f"{j}. {a}", "Times-Roman", 8.5, 10, cw, 10) + [("Times-Roman", 8, 4, "", 0)]
    if last is s[0]:
        cl = doc.flow(cl, [s[0]])
        if cl:
            cl = doc.flow(cl, [s[1]])
    else:
        cl = doc.flow(cl, [s[1]])
    if cl:
        p = doc.page()
        runhead(doc, p, "Ridgeway Valley Shopper  ·  Week of Oct. 27, 2025", W)
        doc.flow(cl, [doc.slot(p, cx[0], H - 44, 40, cw)])
    path = d / "ridgeway-valley-shopper-2025-10-27.pdf"
    doc.save(path)
    return [entry(path, doc, agency, "free weekly shopper, sheriff's report (Oct. 20-26, 2025)",
                  "numbered paragraphs", recs, ["reported_at", "type", "location", "disposition"],
                  "A free weekly shopper in two columns. `SHERIFF'S REPORT — N items` on page 1 (left column; a "
                  "festival story and a feed-store ad on the right), then both columns of the following pages. "
                  "Numbered paragraphs `k. Case RV25-NNNN — Oct. 20, 3:10 p.m. — Type, Location. Narrative. "
                  "Disposition.` with hanging indents, running from one column and page to the next. Trap: right "
                  "after the last item the CLASSIFIEDS section is numbered the same way (`2. GARAGE SALE Nov. 1, 8 "
                  "a.m., 14 Pine Hollow Road`, `4. LOST DOG Oct. 24, 6:30 p.m., near Quarry Road`): dates, times and "
                  "addresses, but not records. Booking numbers B25-NNNN after arrests are related numbers.",
                  "paragraphs counted by the generator")]


# 5 ---------------------------------------------- Pell Harbor Islander: four-column run-in, id at the end
def pell(d, r):
    agency = "Pell Harbor Police Department, MA (printed in The Pell Harbor Islander) [invented]"
    W, H = letter
    cx = [36 + i * 138 for i in range(4)]
    cw = 128
    recs, lines = [], []
    cid = 1060
    for t in stamps(r, datetime.datetime(2025, 10, 6), 96, 7):
        cid += r.randint(1, 3)
        rec = record(r, t, f"P25-{cid}", f"{t.strftime('%a').upper()} {ampm(t)}")
        if r.random() < 0.1:
            rec["rel"].append(("other_agency_case", f"HM-25-{r.randint(100, 399)}"))
            rec["narr"] = f"The harbormaster opened report {rec['rel'][0][1]}."
        txt = f"{rec['reported_at']} {rec['type']}, {dot(rec['location'])} {rec['narr']} {rec['disposition']}. ({rec['case_number']})"
        lines += para(txt, "Times-Roman", 7.5, 8.6, cw, 5) + [("Times-Roman", 7, 3, "", 0)]
        recs.append(rec)
    n = len(recs)
    doc = Doc(letter)
    p = doc.page()
    masthead(doc, p, "The Pell Harbor Islander", "Published every Thursday  ·  October 16, 2025  ·  Vol. 31, No. 42", W)
    doc.text(p, 36, H - 104, "Ferry fare increase set for January", "Times-Bold", 16)
    doc.flow(para(filler(r, 900), "Times-Roman", 8.5, 10, cw), [doc.slot(p, x, H - 112, 40, cw) for x in cx])
    p = doc.page()
    runhead(doc, p, "The Pell Harbor Islander  ·  October 16, 2025", W)
    doc.text(p, 36, H - 56, "ISLAND POLICE LOG", "Times-Bold", 16)
    doc.text(p, 36, H - 68, f"Oct. 6-12. The department logged {n} entries; each ends with its log number.",
             "Times-Italic", 8)
    doc.rect(p, cx[3], H - 250, cw, 170)
    pick = recs[r.randint(5, 20)]["case_number"]
    cap = doc.slot(p, cx[3], H - 254, H - 300, cw)
    doc.flow(para(f"Officers check the ferry landing Tuesday after a report of a loose skiff (case {pick}). "
                  "(Islander photo)", "Times-Italic", 7.5, 8.6, cw), [cap])
    sl = [doc.slot(p, x, H - 76, 40, cw) for x in cx[:3]] + [doc.slot(p, cx[3], H - 304, 40, cw)]
    lines = doc.flow(lines, sl)
    while lines:
        p = doc.page()
        runhead(doc, p, "The Pell Harbor Islander  ·  October 16, 2025", W)
        top = H - 44
        if p == 2:
            doc.text(p, 36, H - 56, "POLICE LOG, continued", "Times-Bold", 11)
            top = H - 64
        sl = [doc.slot(p, x, top, 40, cw) for x in cx]
        lines = doc.flow(lines, sl)
    path = d / "pell-harbor-islander-2025-10-16.pdf"
    doc.save(path)
    gt = [entry(path, doc, agency, "island weekly newspaper police log (Oct. 6-12, 2025)", "free text", recs,
                ["reported_at", "type", "location", "disposition"],
                "A weekly in four narrow columns; the front page is all other news. The ISLAND POLICE LOG fills "
                "page 2 (a photo box and its caption sit at the top of the fourth column) and runs on. Each item is "
                "run-in text `MON 10:04 a.m. Type, Location. Narrative. Disposition. (P25-NNNN)`: the record number "
                "is printed at the END of the item, in parentheses, so an item's number is often on the line or "
                "column after its start. The photo caption cites `(case P25-NNNN)` of a listed item (printed twice, "
                "one record). Harbormaster reports HM-25-NNN are related numbers. The intro gives the number of "
                "entries.",
                "items counted by the generator")]
    gt[0]["caption_case"] = pick
    return gt


AGENCIES = [("harlow-falls-ct-pd", 1, harlow), ("osprey-point-me-pd", 2, osprey),
            ("tenby-crossing-pa-pd", 3, tenby), ("ridgeway-county-va-so", 4, ridgeway),
            ("pell-harbor-ma-pd", 5, pell)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
