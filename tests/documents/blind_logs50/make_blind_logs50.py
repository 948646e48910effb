"""Generate the fiftieth held-out set of incident-log PDFs and their ground truth.

Five big-city and regional layouts: a precinct's landscape weekly complaint report of many short
code columns, with a box of voided complaint numbers after the rows; a regional dispatch center's
log with one column per town and one number series across the towns, each event printed only in
its town's column; a transit agency's incident digest of blocks that each open with a strip of
small column titles over one line of values; a metropolitan sheriff's press summaries (kicker,
headline, dateline paragraph, the id in a trailer line after it, UPDATE items between that are
not records); a metro police listing of calls resulting in reports whose first column is a CAD
event number and whose report number is the tenth column. Every agency, place and number is
invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant mode.
Run:
    python tests/documents/blind_logs50/make_blind_logs50.py [OUT_DIR]
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
SEED = 20251150
STREETS = ["Abernathy", "Bellweather", "Carrick", "Dunstan", "Eldridge", "Fallon", "Garrison", "Hawthorne",
           "Inglewood", "Jessamine", "Kenmore", "Linwood", "Merrivale", "Norcross", "Orchard", "Prescott",
           "Quimby", "Rosedale", "Stanhope", "Thackeray", "Upland", "Verbena", "Waverly"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Pl", "Ter", "Way"]


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


def street(r):
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def addr(r):
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {street(r)}".upper()


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start, steps=(1, 1, 1, 2, 3)):
    out, k = [], start
    for _ in range(n):
        k += r.choice(steps)
        out.append(k)
    return out


def mdy(d, year=True):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}" if year else f"{d[1]:02d}/{d[2]:02d}"


def footer(c, w, page, pages, text):
    c.setFont("Helvetica", 6.5)
    c.drawString(30, 20, text)
    c.drawRightString(w - 30, 20, f"Page {page} of {pages or 0}")


# ---------------------------------------------------------------- A: 72nd precinct weekly complaints

PR_OFF = [("109", "GRAND LARCENY", "FEL"), ("341", "PETIT LARCENY", "MISD"), ("344", "ASSAULT 3", "MISD"),
          ("106", "FELONIOUS ASSAULT", "FEL"), ("107", "BURGLARY", "FEL"), ("105", "ROBBERY", "FEL"),
          ("351", "CRIM MISCHIEF 4", "MISD"), ("578", "HARASSMENT 2", "VIOL"), ("121", "CRIM MISCHIEF 2", "FEL"),
          ("361", "OFF AGNST PUB ORD", "MISD"), ("235", "DANGEROUS DRUGS", "MISD"), ("110", "GRAND LARC MV", "FEL"),
          ("352", "CRIMINAL TRESPASS", "MISD"), ("113", "FORGERY", "FEL")]
PR_PREM = ["STREET", "RES-APT HOUSE", "RES-HOUSE", "COMM-GROCERY", "COMM-DEPT STORE", "TRANSIT-SUBWAY",
           "PARK/PLAYGROUND", "COMM-RESTAURANT", "PARKING LOT", "HOSPITAL", "COMM-BANK"]
PR_STAT = ["OPEN", "OPEN", "OPEN", "CLOSED-UNF", "CLOSED-EXC", "ARREST", "REFERRED DA"]


def pr_records(r, days, n, start):
    ids = ids_in_series(r, n + 4, start, (1, 1, 1, 1, 2))
    voided = sorted(r.sample(ids[1:-1], 4))
    ids = [k for k in ids if k not in voided]
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids):
        code, desc, law = r.choice(PR_OFF)
        occ = datetime.date(*d) - datetime.timedelta(days=r.choice((0, 0, 0, 1, 2, 5)))
        rec = {"case_number": f"2025-072-{k:06d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
               "occurred_at": occ.strftime("%m/%d/%Y"), "pd_code": code, "law": law, "type": desc,
               "district": r.choice("ABCDEFGH"), "location": r.choice(PR_PREM),
               "disposition": r.choice(PR_STAT), "related": []}
        if rec["disposition"] == "ARREST":
            num = f"K25{r.randint(600000, 699999)}"
            rec["disposition"] = f"ARREST {num}"
            rec["related"].append(("arrest_number", num))
        elif rec["disposition"] == "REFERRED DA":
            num = f"DA-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"REFERRED DA {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    void = [(f"2025-072-{k:06d}", r.choice(("VOIDED - DUPLICATE ENTRY", "RECLASSIFIED TO AIDED CARD",
                                            "VOIDED - ENTERED IN ERROR", "TRANSFERRED TO 071 PCT")))
            for k in voided]
    return recs, void


def draw_pr(path, data, label, pages):
    recs, void = data
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    cols = [(30, "Complaint No."), (104, "Rpt Date"), (146, "Rpt Tm"), (174, "Occ Date"), (216, "PD"),
            (234, "Law"), (258, "Offense Description"), (352, "Sct"), (370, "Premises"), (450, "Status")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, h - 34, "72ND PRECINCT  -  WEEKLY COMPLAINT REPORT")
        c.setFont("Helvetica", 7.5)
        c.drawString(30, h - 45, f"Week of {label}    Crime Analysis Unit, Harbor City Police Department    "
                                 f"718 555-0131")
        c.drawRightString(w - 30, h - 45, "FOR OFFICIAL USE - PUBLIC RELEASE COPY")
        c.setFont("Helvetica-Bold", 6.5)
        for x, t in cols:
            c.drawString(x, h - 60, t)
        c.line(28, h - 63, w - 28, h - 63)
        footer(c, w, page[0], pages, "Printed by CompStat module 4.2 - counts are preliminary")
        return h - 72

    y = head()
    for rec in recs:
        date, tm = rec["reported_at"].split()
        if y < 40:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 6.5)
        for x, v in ((30, rec["case_number"]), (104, date), (146, tm), (174, rec["occurred_at"]),
                     (216, rec["pd_code"]), (234, rec["law"]), (258, rec["type"]), (352, rec["district"]),
                     (370, rec["location"]), (450, rec["disposition"])):
            c.drawString(x, y, v)
        y -= 8.4
    if y < 120:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(30, y - 6, f"Complaints this week: {len(recs)}")
    fel = sum(1 for rec in recs if rec["law"] == "FEL")
    c.drawString(200, y - 6, f"Felonies: {fel}   Misdemeanors/violations: {len(recs) - fel}")
    y -= 26
    c.rect(28, y - 12 * len(void) - 8, 420, 12 * len(void) + 16, stroke=1, fill=0)
    c.drawString(34, y - 2, "VOIDED / RECLASSIFIED THIS WEEK - NOT COUNTED ABOVE")
    c.setFont("Helvetica", 6.5)
    for i, (num, why) in enumerate(void):
        c.drawString(34, y - 14 - 12 * i, f"{num}   {why}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: regional dispatch, a column per town

RD_TOWNS = ["ASHFORD", "BRISCOE", "CALLANDER", "DENHOLM"]
RD_NAT = ["ALARM-BURG", "MVA-PDO", "MVA-INJ", "SUSP VEH", "DOMESTIC", "WELFARE CHK", "NOISE", "THEFT",
          "ANIMAL CMPL", "911 HANGUP", "TRESPASS", "FRAUD", "PARKING CMPL", "ASSIST OTH AGY"]
RD_DISP = ["CLR-ADV", "CLR-NRT", "CLR-RPT", "GOA", "UTL", "CLR-CIT", "CLR-ARR", "CANC"]
RD_AGY = {"ASHFORD": "APD", "BRISCOE": "BPD", "CALLANDER": "CPD", "DENHOLM": "DPD"}


def rd_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        town = r.choice(RD_TOWNS)
        rec = {"case_number": f"RD25-{k:06d}", "day": d, "time": f"{h:02d}:{m:02d}",
               "reported_at": f"{mdy(d)} {h:02d}:{m:02d}", "district": town, "type": r.choice(RD_NAT),
               "location": addr(r), "unit": f"{town[0]}{r.randint(11, 39)}", "disposition": r.choice(RD_DISP),
               "related": []}
        if rec["disposition"] == "CLR-RPT":
            num = f"{RD_AGY[town]} 25-{r.randint(1000, 4999)}"
            rec["disposition"] = f"CLR-RPT {num}"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "CLR-CIT":
            num = f"CIT {r.randint(300000, 399999)}"
            rec["disposition"] = f"CLR-CIT {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def draw_rd(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    page = [0]
    xs = [90 + 172 * i for i in range(4)]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, h - 34, "TRI-RIVER REGIONAL EMERGENCY COMMUNICATIONS CENTER")
        c.setFont("Helvetica", 7.5)
        c.drawString(30, h - 45, f"Law enforcement events by member town, {label}    Records 607 555-0144")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(30, h - 62, "TIME")
        for x, t in zip(xs, RD_TOWNS):
            c.drawString(x, h - 62, t)
        c.setLineWidth(0.4)
        for x in xs:
            c.line(x - 6, h - 54, x - 6, 34)
        c.line(28, h - 66, w - 28, h - 66)
        footer(c, w, page[0], pages, "Event numbers are assigned by the center in one series for all towns")
        return h - 78

    y = head()
    cur = None
    tally = {}
    for i, rec in enumerate(recs):
        x = xs[RD_TOWNS.index(rec["district"])]
        lines = [f"{rec['case_number']}  {rec['type']}"]
        lines += wrap(rec["location"], "Helvetica", 6.8, 158)
        lines += wrap(f"{rec['unit']}  {rec['disposition']}", "Helvetica", 6.8, 158)
        need = 8.5 * len(lines) + 4 + (16 if rec["day"] != cur else 0)
        if y - need < 40:
            c.showPage()
            y = head()
            if rec["day"] == cur:
                c.setFont("Helvetica-Bold", 7.5)
                c.drawString(30, y, f"{datetime.date(*cur).strftime('%A').upper()} {mdy(cur)} (cont.)")
                y -= 14
        if rec["day"] != cur:
            cur = rec["day"]
            c.setFillGray(0.85)
            c.rect(28, y - 3, w - 56, 11, fill=1, stroke=0)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(30, y, f"{datetime.date(*cur).strftime('%A').upper()} {mdy(cur)}")
            y -= 16
        c.setFont("Helvetica", 6.8)
        c.drawString(30, y, rec["time"])
        for j, t in enumerate(lines):
            c.setFont("Helvetica-Bold" if j == 0 else "Helvetica", 6.8)
            c.drawString(x, y - 8.5 * j, t)
        y -= 8.5 * len(lines) + 4
        tally.setdefault(cur, {t: 0 for t in RD_TOWNS})[rec["district"]] += 1
        if i + 1 == len(recs) or recs[i + 1]["day"] != cur:
            if y < 50:
                c.showPage()
                y = head()
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(30, y, "Day")
            for xx, t in zip(xs, RD_TOWNS):
                c.drawString(xx, y, f"{tally[cur][t]} events")
            y -= 14
    if y < 60:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, y - 6, f"Events logged, all member towns: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: transit incident digest

NT_MODE = {"BUS": ["14", "22", "31", "47", "60X"], "RAIL": ["GRN", "ORG", "BLU"], "STRCAR": ["S1", "S2"]}
NT_CAT = [("A2", "Assault on operator"), ("D1", "Disorderly passenger"), ("F3", "Fare dispute"),
          ("T1", "Theft of personal property"), ("V4", "Vandalism to vehicle"), ("M1", "Medical aid"),
          ("S2", "Suspicious item"), ("R5", "Trespass on right-of-way"), ("H1", "Harassment of rider"),
          ("C7", "Collision with vehicle")]
NT_LOC = ["CANAL ST & 5TH AVE", "MERIDIAN STATION", "UNION YARD", "FERRY TERMINAL LOOP", "OLD MILL STATION",
          "9TH ST PLATFORM 2", "HARBOR CENTER", "WESTGATE TRANSIT CTR", "ELM & 31ST", "NORTHPOINT P&R"]
NT_NARR = ["Operator requested police via radio.", "Rider flagged station agent.", "Supervisor 12 responded.",
           "Vehicle held in service for 9 minutes.", "Vehicle taken out of service.", "CCTV requested.",
           "Passengers transferred to following trip.", "No injuries reported."]
NT_ACT = ["Report taken", "Warning issued", "Fare citation", "Referred to city police", "Gone on arrival",
          "EMS transport", "Arrest"]


def nt_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        mode = r.choice(sorted(NT_MODE))
        code, cat = r.choice(NT_CAT)
        rec = {"case_number": f"NT-25-{k:06d}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {h:02d}:{m:02d}",
               "mode": mode, "route": r.choice(NT_MODE[mode]), "vehicle": str(r.randint(1000, 4999)),
               "location": r.choice(NT_LOC), "code": code, "type": cat,
               "summary": " ".join(r.sample(NT_NARR, 2)), "disposition": r.choice(NT_ACT), "related": []}
        if rec["disposition"] == "Referred to city police":
            num = f"HCPD {r.randint(25100000, 25199999)}"
            rec["disposition"] = f"Referred to city police, {num}"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "Fare citation":
            num = f"FC{r.randint(10000, 99999)}"
            rec["disposition"] = f"Fare citation {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Arrest":
            num = f"B25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arrest, booking {num}"
            rec["related"].append(("booking_number", num))
        recs.append(rec)
    return recs


def draw_nt(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    cols = [(40, "INCIDENT", "case_number"), (112, "DATE / TIME", "reported_at"), (182, "MODE", "mode"),
            (218, "RTE", "route"), (244, "VEH", "vehicle"), (272, "LOCATION", "location"), (400, "CD", "code"),
            (418, "CATEGORY", "type")]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, h - 40, "Northshore Transit Authority - Transit Security Incident Digest")
        c.setFont("Helvetica", 8)
        c.drawString(40, h - 52, f"{label}    Transit Security Desk 503 555-0158    Internal codes per TSD-7")
        footer(c, w, page[0], pages, "Northshore Transit Authority - not a crime statistic report")
        return h - 74

    y = head()
    for rec in recs:
        body = wrap(f"{rec['summary']} Action: {rec['disposition']}.", "Helvetica", 7.5, w - 40 - 62)
        need = 8 + 10 + 9 * len(body) + 8
        if y - need < 40:
            c.showPage()
            y = head()
        c.setFillGray(0.88)
        c.rect(38, y - 2, w - 76, 8, fill=1, stroke=0)
        c.setFillGray(0.25)
        c.setFont("Helvetica", 5.5)
        for x, t, _ in cols:
            c.drawString(x, y, t)
        c.setFillGray(0)
        y -= 10
        for x, _, key in cols:
            c.setFont("Helvetica-Bold" if key == "case_number" else "Helvetica", 7.5)
            c.drawString(x, y, rec[key])
        y -= 10
        c.setFont("Helvetica", 7.5)
        for t in body:
            c.drawString(62, y, t)
            y -= 9
        y -= 7
    counts = {mode: sum(1 for rec in recs if rec["mode"] == mode) for mode in sorted(NT_MODE)}
    if y < 110:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y - 6, "DIGEST TOTALS BY MODE")
    c.setFont("Helvetica", 8)
    for i, (mode, k) in enumerate(counts.items()):
        c.drawString(52, y - 20 - 11 * i, mode)
        c.drawRightString(160, y - 20 - 11 * i, str(k))
    c.setFont("Helvetica-Bold", 8)
    c.drawString(52, y - 20 - 11 * len(counts), "ALL MODES")
    c.drawRightString(160, y - 20 - 11 * len(counts), str(len(recs)))
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: metropolitan sheriff press summaries

MS_KIND = [("BURGLARY", "Burglary reported at {p}"), ("VEHICLE THEFT", "Vehicle taken from {p}"),
           ("ASSAULT", "Assault investigated near {p}"), ("PURSUIT", "Brief pursuit ends near {p}"),
           ("NARCOTICS", "Narcotics seized during stop near {p}"), ("ROBBERY", "Robbery at business on {p}"),
           ("FRAUD", "Residents warned after fraud report on {p}"), ("WEAPONS", "Weapon recovered near {p}"),
           ("VANDALISM", "Vandalism reported on {p}"), ("MISSING PERSON", "Missing adult located near {p}")]
MS_TOWNS = ["UNINCORPORATED EAST", "PORT LINDEN", "GLASS CREEK", "MARLOWE", "SOUTH FORK"]
MS_SENT = ["Deputies responded and searched the area.", "The caller was not injured.",
           "Investigators are reviewing camera footage from nearby businesses.",
           "Anyone with information is asked to call the tip line at 555-0177.",
           "A deputy took a report at the scene.", "The property was later recovered.",
           "A neighbour reported the activity.", "No one was hurt."]
MS_OUT = ["Under investigation", "Closed", "Arrest made", "Referred to city police", "Cited and released"]


def twelve(h, m):
    return f"{(h % 12) or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def ms_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start, (1, 2, 3, 4))):
        kind, head = r.choice(MS_KIND)
        block = f"{r.randint(1, 89) * 100} block of {street(r)}"
        town = r.choice(MS_TOWNS)
        when = datetime.date(*d).strftime("%b. %-d").replace("May.", "May")
        rec = {"case_number": f"MS25-{k:06d}", "type": kind, "headline": head.format(p=street(r)),
               "district": town, "location": block, "reported_at": f"{when}, {twelve(h, m)}",
               "summary": " ".join(r.sample(MS_SENT, 2)), "disposition": r.choice(MS_OUT), "related": []}
        if rec["disposition"] == "Arrest made":
            num = f"J25-{r.randint(100000, 199999)}"
            rec["disposition"] = f"Arrest made, booking {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Referred to city police":
            num = f"PLPD 25-{r.randint(10000, 29999)}"
            rec["disposition"] = f"Referred to city police ({num})"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    updates = []
    for i in sorted(r.sample(range(8, n - 2), 6)):
        old = f"MS25-{start - r.randint(40, 900):06d}"
        updates.append((i, old, r.choice(("was arraigned and remains in custody",
                                           "the stolen vehicle was recovered", "charges were filed by the "
                                           "district attorney", "the missing adult returned home"))))
    return recs, updates


def draw_ms(path, data, label, pages):
    recs, updates = data
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    upd = {i: (old, what) for i, old, what in updates}

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawCentredString(w / 2, h - 42, "OFFICE OF THE METROPOLITAN SHERIFF")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 54, f"Press summaries - {label} - Public Information Office 555-0177")
        c.line(50, h - 60, w - 50, h - 60)
        footer(c, w, page[0], pages, "For immediate release. Summaries are preliminary and may change.")
        return h - 80

    def item(lines_spec, y):
        need = sum(s[2] for s in lines_spec) + 10
        if y - need < 45:
            c.showPage()
            y = head()
        for font, text, step, x, right in lines_spec:
            c.setFont(*font)
            if right:
                c.drawRightString(w - 60, y, text)
            else:
                c.drawString(x, y, text)
            y -= step
        return y - 10

    y = head()
    for i, rec in enumerate(recs):
        if i in upd:
            old, what = upd[i]
            text = f"UPDATE on case {old}: {what}. No further release is planned."
            spec = [(("Times-Italic", 9), t, 11, 60, False) for t in wrap(text, "Times-Italic", 9, w - 120)]
            y = item(spec, y)
        para = (f"{rec['district']}, {rec['reported_at']} \u2014 Deputies were called to the {rec['location']}. "
                f"{rec['summary']} Status: {rec['disposition']}.")
        spec = [(("Helvetica-Bold", 7), f"{rec['type']}  |  {rec['district']}", 10, 60, False),
                (("Times-Bold", 11), rec["headline"], 13, 60, False)]
        spec += [(("Times-Roman", 9.5), t, 11.5, 60, False) for t in wrap(para, "Times-Roman", 9.5, w - 120)]
        spec.append((("Times-Italic", 8), f"Sheriff's case {rec['case_number']}", 10, 0, True))
        y = item(spec, y)
    c.setFont("Times-Bold", 10)
    if y < 60:
        c.showPage()
        y = head()
    c.drawString(60, y - 4, f"Summaries in this release: {len(recs)}  (updates not counted: {len(updates)})")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: metro PD calls resulting in reports

HC_CALL = [("459R", "BURG RES", "0520"), ("459C", "BURG COMM", "0510"), ("488", "PETTY THEFT", "0620"),
           ("487", "GRAND THEFT", "0610"), ("10851", "STOLEN VEH", "0710"), ("242", "BATTERY", "0440"),
           ("245", "ADW", "0410"), ("594", "VANDALISM", "1400"), ("211", "ROBBERY", "0300"),
           ("273.5", "DV BATTERY", "0442"), ("530.5", "ID THEFT", "1120"), ("602", "TRESPASS", "2600")]
HC_DSP = ["RTF", "RTF", "RTF", "ARR", "CIT", "RTF-SUP", "REF"]
HC_SRC = ["911", "911", "RAD", "WLK", "ALM", "TEL"]


def hc_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        code, desc, ucr = r.choice(HC_CALL)
        pct = r.choice(("04", "07", "11"))
        cad = f"E{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}{r.randint(1000, 9999)}"
        rec = {"case_number": f"25-{k:07d}", "cad": cad, "time": f"{h:02d}{m:02d}",
               "reported_at": f"{mdy(d)} {h:02d}{m:02d}", "pct": pct, "sec": r.choice("ABCD"),
               "beat": f"{pct}{r.randint(1, 9)}", "pri": str(r.randint(1, 4)), "src": r.choice(HC_SRC),
               "code": code, "ucr": ucr, "type": desc,
               "location": f"{r.randint(1, 89)}XX {street(r).upper()}", "disposition": r.choice(HC_DSP),
               "unit": f"{int(pct)}A{r.randint(10, 59)}", "related": []}
        rec["related"].append(("cad_event", cad))
        if rec["disposition"] == "ARR":
            num = f"BK{r.randint(2500000, 2599999)}"
            rec["arrest_line"] = f"Booking {num}  (adult, in custody)"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CIT":
            num = f"HC{r.randint(700000, 799999)}"
            rec["arrest_line"] = f"Citation {num}  (released on scene)"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def draw_hc(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    page = [0]
    cols = [(30, "CAD Event", "cad"), (92, "Date", "date"), (136, "Rcvd", "time"), (160, "Pct", "pct"),
            (178, "Sec", "sec"), (194, "Beat", "beat"), (216, "Pri", "pri"), (232, "Src", "src"),
            (254, "Call", "code"), (282, "Report No.", "case_number"), (334, "UCR", "ucr"),
            (358, "Description", "type"), (430, "Block Address", "location"), (560, "Dsp", "disposition"),
            (592, "Unit", "unit")]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, h - 34, "HARBOR CITY POLICE DEPARTMENT - CALLS FOR SERVICE RESULTING IN A REPORT")
        c.setFont("Helvetica", 7.5)
        c.drawString(30, h - 45, f"Patrol Bureau South (Pct 04, 07, 11)    {label}    Open Data Desk 718 555-0136")
        c.setFont("Helvetica-Bold", 6.5)
        for x, t, _ in cols:
            c.drawString(x, h - 60, t)
        c.line(28, h - 63, w - 28, h - 63)
        footer(c, w, page[0], pages, "Dsp: RTF report to follow, ARR arrest, CIT cited, SUP supplemental, "
                                     "REF referred. Addresses shown to the block.")
        return h - 72

    y = head()
    on_page = 0
    for rec in recs:
        need = 8.2 + (8 if "arrest_line" in rec else 0)
        if y - need < 46:
            c.setFont("Helvetica-Oblique", 6.5)
            c.drawString(30, y - 2, f"Reports this page: {on_page}")
            c.showPage()
            y = head()
            on_page = 0
        c.setFont("Helvetica", 6.3)
        vals = dict(rec, date=mdy(tuple(int(x) for x in ("20" + rec["cad"][1:3], rec["cad"][3:5],
                                                             rec["cad"][5:7]))))
        for x, _, key in cols:
            c.drawString(x, y, vals[key])
        y -= 8.2
        if "arrest_line" in rec:
            c.setFont("Helvetica-Oblique", 6.3)
            c.drawString(358, y, rec["arrest_line"])
            y -= 8
        on_page += 1
    c.setFont("Helvetica-Oblique", 6.5)
    c.drawString(30, y - 2, f"Reports this page: {on_page}")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, y - 16, f"Total reports, all precincts: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_EXTRA = ("district", "pd_code", "law", "vehicle", "route", "mode", "code", "cad", "unit", "headline")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, loose=()):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    related += [{"record": None, "kind": kind, "number": num} for kind, num in loose]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        keys = list(fields) + [k for k in SAMPLE_EXTRA if k not in fields]
        s = {k: recs[i][k] for k in keys if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs50.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs50.py) from the records it drew; "
                               "checked by check_blind_logs50.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        data = make(r, days, n, start)
        recs, loose = data, []
        if isinstance(data, tuple):
            recs = data[0]
            if name.startswith("seventy"):
                loose = [("voided_complaint", num) for num, _ in data[1]]
            else:
                loose = [("update_of_earlier_case", old) for _, old, _ in data[1]]
        pages = draw(d / fname, data, label, None)
        draw(d / fname, data, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check, loose))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "pr": ("Landscape precinct WEEKLY COMPLAINT REPORT in 6.5-point type, one line per complaint, column titles "
           "repeated per page: Complaint No. (2025-072-NNNNNN, year-precinct-serial, the id), Rpt Date "
           "(MM/DD/YYYY) and Rpt Tm (4 digits, no colon) in separate columns (reported_at joins them), Occ Date "
           "(occurred_at, date only), PD (3-digit offence code), Law (FEL/MISD/VIOL), Offense Description "
           "(type), Sct (one-letter sector, district), Premises (premises class, location), Status "
           "(disposition; 'ARREST K25NNNNNN' cites an arrest number and 'REFERRED DA DA-25-NNNN' a district "
           "attorney case: related). After the rows: 'Complaints this week: N', a felony count, and a boxed "
           "'VOIDED / RECLASSIFIED THIS WEEK - NOT COUNTED ABOVE' list of four complaint numbers of the SAME "
           "series (gaps in the rows' series) that are NOT records (related_numbers with record null, kind "
           "voided_complaint). Footer 'Page n of N' and a module banner.",
           "rows counted from the generator; 'Complaints this week' equals record_count"),
    "rd": ("Landscape regional dispatch log for four member towns: a TIME column, then ONE COLUMN PER TOWN "
           "(ASHFORD, BRISCOE, CALLANDER, DENHOLM) under vertical rules. Each event is printed only in its "
           "town's column (the town is the column heading, district), level with its HH:MM time: first line "
           "bold 'RDNN-NNNNNN NATURE' (id then type), then the address (location), then 'unit disposition' "
           "(e.g. 'B23 CLR-RPT BPD 25-NNNN': the town police report number and 'CIT NNNNNN' citations are "
           "related). One number series across the towns, in time order, so neighbouring rows jump between "
           "columns. Grey day bands 'TUESDAY 10/14/2025' (repeated '(cont.)' after a page break); the date "
           "is only in the band (reported_at joins it with the time). Each day ends with a 'Day  N events  N "
           "events ...' line per town (not records). Ends 'Events logged, all member towns: N'.",
           "events counted from the generator; the closing count equals record_count"),
    "nt": ("Transit security INCIDENT DIGEST in blocks: each block opens with a grey strip of small column "
           "titles (INCIDENT, DATE / TIME, MODE, RTE, VEH, LOCATION, CD, CATEGORY) over ONE line of values, "
           "then an indented narrative ending 'Action: ...' (disposition; 'Referred to city police, HCPD "
           "NNNNNNNN', 'Fare citation FCNNNNN', 'Arrest, booking B25-NNNNN' are related). The id is NT-25-NNNNNN; "
           "the date has a TWO-DIGIT year '10/14/25 07:42' (reported_at as printed); VEH is a 4-digit vehicle "
           "number and RTE a route or line code (not ids); CD is an internal category code and CATEGORY its "
           "words (type). Ends with 'DIGEST TOTALS BY MODE' (BUS, RAIL, STRCAR counts and ALL MODES), not "
           "records.",
           "blocks counted from the generator; the ALL MODES total equals record_count"),
    "ms": ("Metropolitan sheriff's PRESS SUMMARIES: each item is a small bold kicker 'TYPE  |  AREA', a Times "
           "headline (invented, not the type), a paragraph opening with a dateline 'PORT LINDEN, Oct. 14, 2:15 "
           "a.m. \u2014' (reported_at is the dateline's date and time as printed, no year; the year is only in "
           "the release title), the block address (location), two sentences (summary) and 'Status: ...' "
           "(disposition; 'booking J25-NNNNNN' and 'Referred to city police (PLPD 25-NNNNN)' are related). "
           "The id is NOT in the paragraph: it is in a right-aligned italic trailer line AFTER it, 'Sheriff's "
           "case MS25-NNNNNN'. Six italic 'UPDATE on case MS25-NNNNNN: ...' items stand between items: they "
           "are NOT records and cite cases of earlier releases (related_numbers with record null). Ends "
           "'Summaries in this release: N (updates not counted: 6)'.",
           "items counted from the generator; the closing count equals record_count"),
    "hc": ("Landscape metro police listing of calls for service resulting in a report, 6.3-point type, 15 short "
           "columns: CAD Event (EYYMMDDNNNN, the dispatch event number, printed FIRST on every row: related, "
           "kind cad_event, not the id), Date (MM/DD/YYYY), Rcvd (4 digits), Pct, Sec, Beat, Pri, Src, Call "
           "(penal code of the call), Report No. (25-NNNNNNN, the id, TENTH column), UCR (4-digit code), "
           "Description (type), Block Address (location, '12XX NAME ST'), Dsp (disposition code), Unit. "
           "Rows with Dsp ARR or CIT get an italic line under them in the Description column, 'Booking "
           "BKNNNNNNN (adult, in custody)' or 'Citation HCNNNNNN (released on scene)' (related). Each page "
           "ends with 'Reports this page: K' (not a record); the document ends 'Total reports, all "
           "precincts: N'; the code legend is in the page footer.",
           "rows counted from the generator; the closing total equals record_count"),
}


def main():
    one_agency(
        "seventy-second-precinct-harbor-city-ny-pd", 1,
        [("pct072-weekly-complaints-2025-10-13-19.pdf", days(10, 13, 19), "10/13/2025 - 10/19/2025", 138,
          4100)],
        pr_records, draw_pr, "Harbor City Police Department, 72nd Precinct, NY [invented]",
        "precinct weekly complaint report (code columns, voided box)", "table with header",
        ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"], *NOTES["pr"])
    one_agency(
        "tri-river-regional-ecc-pa", 2,
        [("trecc-events-by-town-2025-10-13-15.pdf", days(10, 13, 15), "October 13 - 15, 2025", 112, 51200),
         ("trecc-events-by-town-2025-10-16-17.pdf", days(10, 16, 17), "October 16 - 17, 2025", 86, 51450)],
        rd_records, draw_rd, "Tri-River Regional Emergency Communications Center, PA [invented]",
        "regional dispatch log, one column per member town", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["rd"])
    one_agency(
        "northshore-transit-authority-or-security", 3,
        [("nta-incident-digest-2025-10-06-12.pdf", days(10, 6, 12), "Week of October 6, 2025", 104, 18800),
         ("nta-incident-digest-2025-10-13-19.pdf", days(10, 13, 19), "Week of October 13, 2025", 121, 19020)],
        nt_records, draw_nt, "Northshore Transit Authority, Transit Security, OR [invented]",
        "transit incident digest (title strip over one line of values per block)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["nt"])
    one_agency(
        "metropolitan-sheriff-lindenmoor-county-wa", 4,
        [("mso-press-summaries-2025-10-week42.pdf", days(10, 13, 19), "week of October 13, 2025", 108, 30400)],
        ms_records, draw_ms, "Lindenmoor County Metropolitan Sheriff's Office, WA [invented]",
        "press summaries (kicker, headline, dateline paragraph, id in a trailer)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["ms"])
    one_agency(
        "harbor-city-ny-pd-patrol-south", 5,
        [("hcpd-south-reports-2025-10-14-15.pdf", days(10, 14, 15), "10/14/2025 - 10/15/2025", 146, 1380000),
         ("hcpd-south-reports-2025-10-16.pdf", days(10, 16, 16), "10/16/2025", 97, 1380400)],
        hc_records, draw_hc, "Harbor City Police Department, Patrol Bureau South, NY [invented]",
        "calls for service resulting in a report (CAD number first, id tenth)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["hc"])


if __name__ == "__main__":
    main()
