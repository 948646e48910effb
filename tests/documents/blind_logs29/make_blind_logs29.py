"""Generate the twenty-ninth held-out set of incident-log PDFs and their ground truth.

Small departments' home-made logs from word processors and spreadsheets, five layouts: a
word-processor table whose ids carry footnote markers (footnotes at the page foot cite other
numbers); a landscape spreadsheet with coloured day bands and hand-entered date/time formats
that differ; boxed labelled blocks whose id sits in a merged left cell, vertically centred, with
"(continued)" where a box crosses a page; a weekly newsletter column of paragraphs with
[REDACTED] words and redaction bars; a spreadsheet whose id, date and place cells are merged and
centred over one sub-row per offence. Every agency, place and number is invented; no person is
named. Deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs29/make_blind_logs29.py [OUT_DIR]
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
SEED = 20262929
STREETS = ["Alder", "Bramley", "Cobble", "Dunmore", "Edgecliff", "Foxglove", "Granger", "Hazelwick",
           "Inkpen", "Jessamine", "Kettle", "Larkspur", "Millrace", "Nettlebed", "Orchard", "Pinfold",
           "Quince", "Rushmere", "Sallow", "Thistle", "Upton", "Wickham"]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Ct"]
TYPES = ["Theft", "Vandalism", "Suspicious Vehicle", "Welfare Check", "Noise Complaint", "Animal Complaint",
         "Disturbance", "Burglary", "Fraud", "Trespass", "Lost Property", "Traffic Complaint", "Harassment",
         "Assist Other Agency", "Domestic Dispute", "Found Property"]
DISP = ["Report taken", "Advised", "Unfounded", "Referred", "Gone on arrival", "Closed", "Under investigation"]
NARR = ["Caller reported the matter after returning home.", "Officer spoke with both parties and checked the area.",
        "Property was logged and held for the owner.", "No damage found; the caller was satisfied.",
        "A neighbour heard shouting late in the evening.", "The vehicle left before the officer arrived.",
        "Items were taken from an unlocked shed behind the house.", "Owner asked for extra patrols overnight.",
        "Dog was returned to its yard and the owner advised.", "A window screen was found cut and bent.",
        "The complainant will call back with a list of missing tools."]


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
    return f"{r.randint(1, 39) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def stamps(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2))
        out.append(k)
    return out


def base(r, days, n, start, fmt):
    recs = []
    for (d, h, m), k in zip(stamps(r, days, n), serials(r, n, start)):
        recs.append({"case_number": fmt.format(k), "d": d, "h": h, "m": m, "type": r.choice(TYPES),
                     "location": addr(r), "disposition": r.choice(DISP), "summary": r.choice(NARR),
                     "related": []})
    return recs


# ---------------------------------------------------------------- 1: Pell Crossing, footnoted ids

MARKS = ["*", "\u2020", "\u2021", "\u00a7"]


def pc_records(r, days, n, start):
    recs = base(r, days, n, start, "PC-25-{:04d}")
    for rec in recs:
        d = rec["d"]
        rec["reported_at"] = f"{d.month:02d}/{d.day:02d}/{d.year} {rec['h']:02d}{rec['m']:02d}"
        if r.random() < 0.22:
            kind = r.choice(("other_agency_case", "citation", "booking_number"))
            nums = [f"WC25-0{r.randint(1000, 9999)}", f"VT{r.randint(100000, 999999)}",
                    f"CJ-{r.randint(1000, 9999)}-{r.randint(10, 99)}"]
            num = {"other_agency_case": nums[0], "citation": nums[1], "booking_number": nums[2]}[kind]
            rec["related"].append((kind, num))
            rec["footnote"] = {"other_agency_case": f"Also Windham County Sheriff case {num}.",
                               "citation": f"Civil ticket {num} issued.",
                               "booking_number": f"Lodged at county jail, booking {num}."}[kind]
    return recs


def draw_pc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(40, "Case No.", 70), (116, "Date/Time", 66), (186, "Incident", 86), (276, "Location", 96),
            (376, "Disposition", 70), (450, "Notes", 122)]
    st = {"page": 0, "y": 0, "notes": []}

    def foot():
        y = 72
        if st["notes"]:
            c.line(40, y + 12 + 9 * len(st["notes"]), 160, y + 12 + 9 * len(st["notes"]))
            c.setFont("Helvetica", 7)
            for i, (mk, txt) in enumerate(st["notes"]):
                c.drawString(44, y + 4 + 9 * (len(st["notes"]) - 1 - i), f"{mk} {txt}")
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(40, 40, "Pell Crossing PD incident log.docx")
        c.drawRightString(w - 40, 40, f"Page {st['page']} of {pages or 0}")

    def head():
        st["page"] += 1
        st["notes"] = []
        c.setFont("Times-Bold", 14)
        c.drawCentredString(w / 2, h - 48, "Town of Pell Crossing Police Department")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(w / 2, h - 62, f"Incident Log \u2014 {label}")
        c.setFillGray(0.85)
        c.rect(38, h - 90, w - 76, 16, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Times-Bold", 8.5)
        for x, t, _ in cols:
            c.drawString(x, h - 85, t)
        st["y"] = h - 102

    head()
    for rec in recs:
        cells = [[rec["case_number"]], [rec["reported_at"]], wrap(rec["type"], "Times-Roman", 8, 86),
                 wrap(rec["location"], "Times-Roman", 8, 96), wrap(rec["disposition"], "Times-Roman", 8, 70),
                 wrap(rec["summary"], "Times-Roman", 8, 122)]
        n = max(map(len, cells))
        need = 10 * n + 4 + (9 if rec.get("footnote") else 0)
        if st["y"] - need < 100 + 9 * len(st["notes"]):
            foot()
            c.showPage()
            head()
        c.setFont("Times-Roman", 8)
        for (x, _, _), cell in zip(cols, cells):
            for i, line in enumerate(cell):
                c.drawString(x, st["y"] - 10 * i, line)
        if rec.get("footnote"):
            mk = MARKS[len(st["notes"]) % 4] * (1 + len(st["notes"]) // 4)
            st["notes"].append((mk, rec["footnote"]))
            c.setFont("Times-Roman", 6)
            c.drawString(40 + c.stringWidth(rec["case_number"], "Times-Roman", 8) + 0.5, st["y"] + 3, mk)
        st["y"] -= 10 * n + 4
        c.setLineWidth(0.3)
        c.line(38, st["y"] + 7, w - 38, st["y"] + 7)
    c.setFont("Times-Bold", 9)
    c.drawString(40, st["y"] - 8, f"Total incidents this log: {len(recs)}")
    foot()
    c.save()


# ---------------------------------------------------------------- 2: Quillan Falls, day bands, odd dates

BAND = [(0.80, 0.90, 1.0), (1.0, 0.92, 0.75), (0.82, 0.95, 0.82), (0.95, 0.85, 0.95)]


def qf_records(r, days, n, start):
    recs = base(r, days, n, start, "Q25-{:05d}")
    odd = set(r.sample(range(n), 6))
    for i, rec in enumerate(recs):
        d, hh, mm = rec["d"], rec["h"], rec["m"]
        if i in odd:
            ap = "AM" if hh < 12 else "PM"
            style = i % 3
            rec["reported_at"] = [f"{d.month}-{d.day}-{d.year % 100} {(hh % 12) or 12}:{mm:02d} {ap}",
                                  f"{d.strftime('%b')} {d.day} {hh:02d}{mm:02d}",
                                  f"{d.month}/{d.day}/{d.year % 100} @ {hh:02d}:{mm:02d}"][style]
        else:
            rec["reported_at"] = f"{d.month:02d}/{d.day:02d}/{d.year} {hh:02d}:{mm:02d}"
        roll = r.random()
        if roll < 0.08:
            num = f"QFJ-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Arrest, booked {num}"
            rec["related"].append(("booking_number", num))
        elif roll < 0.16:
            num = f"MN{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Citation {num}"
            rec["related"].append(("citation", num))
    return recs


def draw_qf(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    cols = [(40, "Date/Time Rptd", 100), (150, "Call #", 70), (222, "Nature of Call", 120),
            (346, "Address", 130), (480, "Officer Action", 270)]
    st = {"page": 0, "y": 0}

    def head():
        st["page"] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, h - 40, "QUILLAN FALLS POLICE DEPT")
        c.setFont("Helvetica", 9)
        c.drawString(40, h - 53, f"Calls for Service  {label}")
        c.drawRightString(w - 40, h - 40, f"Sheet1   {st['page']}/{pages or 0}")
        c.setFillColorRGB(0.2, 0.3, 0.5)
        c.rect(38, h - 78, w - 76, 15, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 8)
        for x, t, _ in cols:
            c.drawString(x, h - 74, t)
        c.setFillColorRGB(0, 0, 0)
        st["y"] = h - 92

    head()
    day = None
    for rec in recs:
        cells = [[rec["reported_at"]], [rec["case_number"]], wrap(rec["type"], "Helvetica", 7.5, 120),
                 wrap(rec["location"], "Helvetica", 7.5, 130), wrap(rec["disposition"], "Helvetica", 7.5, 270)]
        n = max(map(len, cells))
        if st["y"] - 10 * n - 26 < 50:
            c.showPage()
            head()
        if rec["d"] != day:
            day = rec["d"]
            c.setFillColorRGB(*BAND[day.toordinal() % 4])
            c.rect(38, st["y"] - 4, w - 76, 14, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica-Bold", 8)
            cnt = sum(1 for x in recs if x["d"] == day)
            c.drawString(42, st["y"], f"{day.strftime('%A').upper()}  {day.month}/{day.day}   ({cnt} calls)")
            st["y"] -= 16
        c.setFont("Helvetica", 7.5)
        for (x, _, _), cell in zip(cols, cells):
            for i, line in enumerate(cell):
                c.drawString(x, st["y"] - 10 * i, line)
        st["y"] -= 10 * n + 3
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, st["y"] - 6, "TOTAL")
    c.drawString(150, st["y"] - 6, str(len(recs)))
    c.drawString(222, st["y"] - 6, "calls")
    c.save()


# ---------------------------------------------------------------- 3: Marrow Ridge, boxes, merged id cell

def mr_records(r, days, n, start):
    recs = base(r, days, n, start, "MR25-{:04d}")
    for rec in recs:
        d = rec["d"]
        rec["reported_at"] = f"{d.month:02d}/{d.day:02d}/{d.year} at {rec['h']:02d}:{rec['m']:02d}"
        parts = [r.choice(NARR) for _ in range(r.randint(2, 5))]
        if r.random() < 0.3:
            parts.insert(1, "Witness [REDACTED] gave a statement.")
        if r.random() < 0.2:
            num = f"OSP{r.randint(100000, 999999)}"
            parts.append(f"State Police case {num} covers the same event.")
            rec["related"].append(("other_agency_case", num))
        rec["summary"] = " ".join(parts)
    return recs


def draw_mr(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    st = {"page": 0, "y": 0}
    lx, vx, right = 40, 140, w - 40

    def head():
        st["page"] += 1
        c.setFont("Helvetica-Bold", 13)
        c.drawString(lx, h - 44, "Marrow Ridge Police \u2013 Activity Report")
        c.setFont("Helvetica", 8.5)
        c.drawString(lx, h - 57, f"{label}    Records desk 541-555-0163")
        c.setFont("Helvetica-Oblique", 7)
        c.drawRightString(right, 30, f"pg {st['page']} / {pages or 0}")
        st["y"] = h - 74

    def box(rec, rows, cont):
        top = st["y"]
        bottom = top - 11 * len(rows) - 6
        c.setLineWidth(0.6)
        c.setFillColorRGB(0.93, 0.96, 0.90)
        c.rect(lx, bottom, vx - lx - 6, top - bottom, fill=1, stroke=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(vx - 6, bottom, right - vx + 6, top - bottom, fill=0, stroke=1)
        mid = (top + bottom) / 2
        c.setFont("Helvetica-Bold", 9)
        c.drawString(lx + 6, mid - 3, rec["case_number"] + (" (continued)" if cont else ""))
        for i, (lab, val) in enumerate(rows):
            y = top - 11 - 11 * i
            if lab:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(vx, y, lab)
            c.setFont("Helvetica", 8)
            c.drawString(vx + 64, y, val)
        st["y"] = bottom - 8

    head()
    for rec in recs:
        rows = [("Reported:", rec["reported_at"]), ("Offense:", rec["type"]), ("Location:", rec["location"]),
                ("Disposition:", rec["disposition"])]
        narr = wrap(rec["summary"], "Helvetica", 8, right - vx - 70)
        rows += [("Narrative:", narr[0])] + [("", x) for x in narr[1:]]
        room = int((st["y"] - 60) // 11)
        cont = False
        while rows:
            if room < 3:
                c.showPage()
                head()
                room = int((st["y"] - 60) // 11)
            part, rows = rows[:room], rows[room:]
            box(rec, part, cont)
            cont = True
            room = int((st["y"] - 60) // 11)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(lx, st["y"] - 4, f"Reports listed: {len(recs)}")
    c.save()


# ---------------------------------------------------------------- 4: Brackwater Junction, newsletter

def bj_records(r, days, n, start):
    recs = base(r, days, n, start, "25-{:04d}")
    for i, rec in enumerate(recs):
        d, hh, mm = rec["d"], rec["h"], rec["m"]
        t = f"{hh:02d}:{mm:02d}" if i % 9 == 4 else f"{(hh % 12) or 12}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"
        rec["reported_at"] = f"{d.strftime('%a')}., {d.strftime('%b')}. {d.day}, {t}"
        rec["redact"] = r.random() < 0.3
        txt = f"{rec['type']} in the {rec['location'].split(' ', 1)[0][:-2]}00 block of " \
              f"{rec['location'].split(' ', 1)[1]}. {rec['summary']}"
        rec["location"] = txt.split(". ")[0].split(" in the ", 1)[1]
        if r.random() < 0.15:
            num = f"BJ-T-{r.randint(10000, 99999)}"
            txt += f" A citation, no. {num}, was written."
            rec["related"].append(("citation", num))
        elif r.random() < 0.25:
            num = f"NSP-25-{r.randint(10000, 99999)}"
            txt += f" Handed to State Patrol, their case {num}."
            rec["related"].append(("other_agency_case", num))
        if rec["redact"]:
            txt += " The person named in the call, [REDACTED], was spoken to."
        rec["bar"] = rec["redact"] and i % 2 == 1
        rec["text"] = txt
        # a black bar is drawn where the bracketed word would be: the printed text has nothing there
        rec["summary"] = txt.replace("[REDACTED]", "") if rec["bar"] else txt
    return recs


def draw_bj(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    st = {"page": 0, "y": 0}
    x0, width = 72, w - 144

    def head():
        st["page"] += 1
        c.setFont("Times-Italic", 9)
        c.drawString(x0, h - 40, "The Brackwater Junction Town Crier")
        c.drawRightString(x0 + width, h - 40, f"{st['page']}")
        if st["page"] == 1:
            c.setFont("Times-Bold", 18)
            c.drawString(x0, h - 72, "Police Notes")
            c.setFont("Times-Italic", 10)
            c.drawString(x0, h - 86, f"From the Chief's desk, {label}. Names are withheld.")
            st["y"] = h - 108
        else:
            st["y"] = h - 64

    head()
    for rec in recs:
        lead = f"{rec['reported_at']} \u2014 Report {rec['case_number']}. "
        lines = wrap(lead + rec["text"], "Times-Roman", 10, width)
        if st["y"] - 12.5 * len(lines) < 60:
            c.showPage()
            head()
        for j, line in enumerate(lines):
            y = st["y"] - 12.5 * j
            x = x0
            if j == 0:
                c.setFont("Times-Bold", 10)
                c.drawString(x0, y, lead.rstrip())
                x, line = x0 + c.stringWidth(lead, "Times-Bold", 10), line[len(lead):]
            c.setFont("Times-Roman", 10)
            if rec["bar"] and "[REDACTED]" in line:
                before, after = line.split("[REDACTED]", 1)
                c.drawString(x, y, before)
                x += c.stringWidth(before, "Times-Roman", 10)
                bw = c.stringWidth("[REDACTED]", "Times-Roman", 10)
                c.rect(x, y - 2, bw, 10, fill=1, stroke=0)
                c.drawString(x + bw, y, after)
            else:
                c.drawString(x, y, line)
        st["y"] -= 12.5 * len(lines) + 6
    if st["y"] < 150:
        c.showPage()
        head()
    y = st["y"] - 10
    c.rect(x0, y - 62, 220, 66, fill=0, stroke=1)
    c.setFont("Times-Bold", 10)
    c.drawString(x0 + 8, y - 8, "This week by the numbers")
    c.setFont("Times-Roman", 10)
    calls = len(recs) * 4 + 17
    for k, (a, b) in enumerate([("Calls for service", calls), ("Reports taken", len(recs)),
                                ("Traffic stops", len(recs) // 2 + 3), ("Arrests", 4)]):
        c.drawString(x0 + 8, y - 21 - 11 * k, a)
        c.drawRightString(x0 + 210, y - 21 - 11 * k, str(b))
    c.save()


# ---------------------------------------------------------------- 5: Wrenfield, merged cells over sub-rows

OFFENSES = ["Criminal damage", "Theft under $1,500", "Battery", "Possession of paraphernalia", "Trespass",
            "Disorderly conduct", "Driving while suspended", "Criminal threat", "Forgery", "Burglary (vehicle)"]


def wf_records(r, days, n, start):
    recs = base(r, days, n, start, "WF25-{:05d}")
    for rec in recs:
        d = rec["d"]
        rec["reported_at"] = f"{d.month}/{d.day}/{d.year} {rec['h']:02d}{rec['m']:02d}"
        k = r.choice((1, 1, 2, 2, 3))
        rec["offense"] = r.sample(OFFENSES, k)
        rec["involved"] = [r.choice(("Victim", "Suspect", "Arrestee", "Reporting party")) for _ in range(k)]
        rec["status"] = r.choice(("Open", "Closed", "Cleared by arrest", "Inactive"))
        rec["disposition"] = rec["status"]
        if "Arrestee" in rec["involved"]:
            num = f"SCJ{r.randint(100000, 999999)}"
            rec["involved"][rec["involved"].index("Arrestee")] = f"Arrestee, bkg {num}"
            rec["related"].append(("booking_number", num))
    return recs


def draw_wf(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    cols = [(40, "Case #"), (120, "Reported"), (200, "Offense"), (360, "Involved"), (500, "Location"),
            (640, "Status")]
    st = {"page": 0, "y": 0}

    def head():
        st["page"] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 40, f"Wrenfield Police Department   Case Activity   {label}")
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 40, h - 40, f"Page {st['page']} of {pages or 0}")
        c.setFillColorRGB(0.55, 0.15, 0.15)
        c.rect(38, h - 66, w - 76, 14, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, h - 62, t)
        c.setFillColorRGB(0, 0, 0)
        st["y"] = h - 66

    head()
    for i, rec in enumerate(recs):
        k = len(rec["offense"])
        rh = 12
        if st["y"] - rh * k < 50:
            c.showPage()
            head()
        top, bottom = st["y"], st["y"] - rh * k
        if i % 2:
            c.setFillColorRGB(0.96, 0.92, 0.85)
            c.rect(38, bottom, w - 76, top - bottom, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
        c.setLineWidth(0.4)
        c.rect(38, bottom, w - 76, top - bottom, fill=0, stroke=1)
        for x in (116, 196, 356, 496, 636):
            c.line(x, bottom, x, top)
        c.setLineWidth(0.2)
        for j in range(1, k):
            c.line(196, top - rh * j, 496, top - rh * j)
        mid = (top + bottom) / 2 - 3
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(42, mid, rec["case_number"])
        c.setFont("Helvetica", 7.5)
        c.drawString(120, mid, rec["reported_at"])
        c.drawString(500, mid, rec["location"])
        c.drawString(640, mid, rec["status"])
        for j in range(k):
            c.drawString(200, top - rh * j - 9, rec["offense"][j])
            c.drawString(360, top - rh * j - 9, rec["involved"][j])
        st["y"] = bottom
    c.setFont("Helvetica-Bold", 8)
    c.drawString(42, st["y"] - 14, f"Cases: {len(recs)}    Offense lines: {sum(len(x['offense']) for x in recs)}")
    c.save()


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in ["case_number"] + fields if k in recs[i]}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs29.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs29.py) from the records it drew; "
                               "checked by check_blind_logs29.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def week(y, m, d0, n=7):
    return [datetime.date(y, m, d0) + datetime.timedelta(days=i) for i in range(n)]


AGENCIES = [
    ("pell-crossing-vt-pd", 1, pc_records, draw_pc, "Pell Crossing Police Department, VT [invented]",
     "incident log (word-processor table, footnoted ids)", "table with header (footnote markers glued to ids)",
     ["reported_at", "type", "location", "disposition", "summary"],
     "Word-processor table: Case No. (PC-25-NNNN), Date/Time (MM/DD/YYYY HHMM), Incident, Location, "
     "Disposition, Notes. Some ids carry a superscript footnote marker (*, \u2020, \u2021, \u00a7, doubled "
     "past four) whose footnote at the page foot prints a related number (county sheriff case, civil ticket, "
     "jail booking). Grey header band, file name and 'Page N of M' in the footer. Ends 'Total incidents "
     "this log: N'.", "'Total incidents this log: N' printed at the end",
     [("pcpd-incident-log-2025-10-05-11.pdf", week(2025, 10, 5), "October 5-11, 2025", 58, 1180),
      ("pcpd-incident-log-2025-10-12-18.pdf", week(2025, 10, 12), "October 12-18, 2025", 64, 1262)]),
    ("quillan-falls-mn-pd", 2, qf_records, draw_qf, "Quillan Falls Police Department, MN [invented]",
     "calls for service (spreadsheet, coloured day bands)",
     "table with header (landscape spreadsheet, coloured day bands, hand-typed date formats vary)",
     ["reported_at", "type", "location", "disposition"],
     "Landscape spreadsheet: Date/Time Rptd first (mostly MM/DD/YYYY HH:MM, six per PDF hand-typed "
     "otherwise: '10-8-25 2:05 PM', 'Oct 8 1405', '10/8/25 @ 14:05'), Call # second (Q25-NNNNN), Nature, "
     "Address, Officer Action (bookings QFJ-25-NNNN, citations MNNNNNNNN). A coloured band row opens each "
     "day ('WEDNESDAY  10/8   (N calls)'). Ends with a TOTAL row laid out like a data row.",
     "TOTAL row at the end",
     [("qfpd-calls-2025-10-06-12.pdf", week(2025, 10, 6), "10/06/2025 - 10/12/2025", 92, 870),
      ("qfpd-calls-2025-10-13-19.pdf", week(2025, 10, 13), "10/13/2025 - 10/19/2025", 77, 975)]),
    ("marrow-ridge-or-pd", 3, mr_records, draw_mr, "Marrow Ridge Police Department, OR [invented]",
     "activity report (boxed blocks, merged id cell)",
     "labelled blocks (id in a merged left cell, vertically centred; '(continued)' across pages)",
     ["reported_at", "type", "location", "disposition", "summary"],
     "Each record is a box: a shaded left cell merged over all rows holds the id (MR25-NNNN) vertically "
     "centred, so in reading order it comes after the first labels; labels Reported (MM/DD/YYYY at HH:MM), "
     "Offense, Location, Disposition, Narrative (wrapped; some '[REDACTED]'; State Police cases OSPNNNNNN). "
     "A box cut by a page break goes on in a new box whose left cell reads 'MR25-NNNN (continued)'. "
     "Ends 'Reports listed: N'.", "'Reports listed: N' printed at the end",
     [("mrpd-activity-2025-10.pdf", week(2025, 10, 1, 31), "October 2025", 61, 1400)]),
    ("brackwater-junction-ne-pd", 4, bj_records, draw_bj, "Brackwater Junction Police Department, NE [invented]",
     "weekly newsletter column (free text)",
     "free text (newsletter paragraphs, bold date lead and id, redactions, numbers box)",
     ["reported_at", "type", "location", "summary"],
     "Town newsletter 'Police Notes': one paragraph per report, opening in bold 'Tue., Oct. 7, 3:15 p.m. "
     "\u2014 Report 25-NNNN.' (no year; a few times typed as 24-hour '15:15'), then type, block address and "
     "narrative, with citations BJ-T-NNNNN, State Patrol cases NSP-25-NNNNN, '[REDACTED]' names and black "
     "redaction bars (a bar stands where a name was, with no text under it: the sample summary leaves it out). Ends with a box 'This week by the numbers' whose 'Reports taken' equals N; its other "
     "counts are not records.", "'Reports taken N' in the closing box",
     [("bjpd-police-notes-2025-10-13-19.pdf", week(2025, 10, 13), "October 13-19, 2025", 47, 3300)]),
    ("wrenfield-ks-pd", 5, wf_records, draw_wf, "Wrenfield Police Department, KS [invented]",
     "case activity (spreadsheet, merged cells over offence sub-rows)",
     "table with header (merged id/date/place cells centred over one sub-row per offence)",
     ["reported_at", "offense", "location", "disposition"],
     "Landscape spreadsheet: each case has one sub-row per offence (Offense, Involved); Case # (WF25-NNNNN), "
     "Reported (M/D/YYYY HHMM), Location and Status are merged cells vertically centred over the sub-rows, "
     "so with two sub-rows the id prints on a line of its own between them and with three on the middle "
     "offence line. Alternate cases shaded. Involved cells cite jail bookings (SCJNNNNNN). Ends "
     "'Cases: N    Offense lines: M' (only N counts records).", "'Cases: N' printed at the end",
     [("wfpd-case-activity-2025-10-01-15.pdf", week(2025, 10, 1, 15), "10/1/2025 - 10/15/2025", 118, 40200)]),
]


def main():
    for name, num, make, draw, agency, doc_type, layout, fields, notes, cc, runs in AGENCIES:
        r = random.Random(SEED + num)
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = []
        for fname, days, label, n, start in runs:
            recs = make(r, days, n, start)
            path = d / fname
            draw(path, recs, label, None)
            draw(path, recs, label, pdf_pages(path))
            gt.append(entry(path, agency, doc_type, layout, recs, fields, notes, cc))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
