"""Generate the held-out set blind_logs99: tables with unusual cell structure, five invented agencies.

Records are made as plain dicts first (fixed seeds), then drawn with a reportlab canvas in invariant
mode (byte-identical output on every run), then groundtruth.json is written per agency folder from the
same dicts. Run: python tests/documents/blind_logs99/make_blind_logs99.py [--out DIR]
"""

import datetime
import hashlib
import json
import random
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SEED = 20261199
GEN = "make_blind_logs99.py (seed 20261199 + agency number)"

TYPES = ["THEFT", "BURGLARY - RESIDENCE", "DISTURBANCE", "SUSPICIOUS PERSON", "WELFARE CHECK",
         "TRAFFIC COLLISION", "VANDALISM", "ALARM - COMMERCIAL", "NOISE COMPLAINT", "DUI",
         "ASSAULT", "TRESPASS", "FRAUD", "ANIMAL COMPLAINT", "FOUND PROPERTY", "WARRANT SERVICE",
         "SHOPLIFTING", "HARASSMENT", "MISSING PERSON", "SUSPICIOUS VEHICLE"]
STREETS = ["Alder Way", "Birchmont Rd", "Cobble Ln", "Dunmore Ave", "Elmcrest Dr", "Fenwold St",
           "Garnet Ct", "Hollis Pkwy", "Inverly Rd", "Juniper Run", "Kestrel Blvd", "Larchfield Ave",
           "Millpond Rd", "Northgate Dr", "Orchard Hill Rd", "Pelton St"]


def street(r):
    return f"{r.randint(100, 9899)} {r.choice(STREETS)}"


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("[invented]")
    return c


def times(r, n, day0, days):
    """n sorted (date, HHMM) over days days starting day0."""
    out = []
    for _ in range(n):
        d = day0 + datetime.timedelta(days=r.randrange(days))
        m = r.randrange(1440)
        out.append((d, m))
    out.sort()
    return out


# ---------------------------------------------------------------- 1. Ostervale: stacked-letter titles
def make_ostervale(out, v=0):
    r = random.Random(SEED + 1 + 10 * v)
    recs = []
    seq = (31408, 31560)[v]
    day0 = datetime.date(2025, 10, 13) + datetime.timedelta(days=7 * v)
    for d, m in times(r, (74, 88)[v], day0, 7):
        seq += r.choice([1, 1, 1, 2])
        t = r.choice(TYPES)
        disp = r.choice(["RPT", "RPT", "ADV", "GOA", "UTL", "ARR", "CIT"])
        ref = ""
        rel = []
        if disp == "ARR":
            ref = f"BK25-{r.randint(1000, 9999)}"
            rel.append(("booking_number", ref))
        elif disp == "CIT":
            ref = f"C0{r.randint(100000, 999999)}"
            rel.append(("citation", ref))
        recs.append(dict(id=f"OV25-{seq:05d}", date=d.strftime("%m/%d/%Y"), time=f"{m // 60:02d}{m % 60:02d}",
                         pri=str(r.choice([1, 2, 2, 3, 3])), unit=f"{r.randint(1, 4)}{r.choice('ABC')}{r.randint(10, 29)}",
                         type=t, loc=street(r).upper(), disp=disp, ref=ref, rel=rel))
    path = out / "ostervale-st-pd" / ("ovpd-dispatched-reports-2025-10-13-19.pdf", "ovpd-dispatched-reports-2025-10-20-26.pdf")[v]
    path.parent.mkdir(parents=True, exist_ok=True)
    c = new_canvas(path, letter)
    W, H = letter
    cols = [("Case No.", 36), ("Date", 96), ("Time", 146), ("PRI", 176), ("UNIT", 192), ("Nature", 226),
            ("Location", 348), ("DISP", 466), ("Ref.", 486)]
    per = 54
    npages = (len(recs) + per - 1) // per
    for p in range(npages):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 40, "OSTERVALE POLICE DEPARTMENT [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 52, f"Dispatched Reports - {day0:%m/%d/%Y} through "
                             f"{day0 + datetime.timedelta(days=6):%m/%d/%Y}")
        c.drawRightString(W - 36, H - 52, f"Page {p + 1} of {npages}")
        top = H - 66
        c.setFillGray(0.85)
        c.rect(34, top - 40, W - 68, 40, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7)
        for title, x in cols:
            if title.isupper():  # narrow column: title stacked one letter a line, bottom-aligned
                for k, ch in enumerate(reversed(title)):
                    c.drawString(x + 2, top - 36 + 8 * k, ch)
            else:
                c.drawString(x, top - 36, title)
        y = top - 40 - 10
        c.setFont("Helvetica", 7)
        for rec in recs[p * per:(p + 1) * per]:
            vals = [rec["id"], rec["date"], rec["time"], rec["pri"], rec["unit"], rec["type"], rec["loc"],
                    rec["disp"], rec["ref"]]
            for (_, x), v in zip(cols, vals):
                c.drawString(x + (2 if x in (176, 466) else 0), y, v)
            c.setLineWidth(0.3)
            c.line(34, y - 3, W - 34, y - 3)
            y -= 11
        if p == npages - 1:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y - 8, f"Reports listed: {len(recs)}")
            c.setFont("Helvetica", 6.5)
            c.drawString(36, y - 20, "PRI = priority 1-3   UNIT = assigned unit   DISP = RPT report, ADV advised, "
                         "GOA gone on arrival, UTL unable to locate, ARR arrest, CIT citation")
        c.showPage()
    c.save()
    samples = []
    for rec in (recs[0], recs[len(recs) // 2], recs[-1]):
        samples.append(dict(case_number=rec["id"], reported_at=f"{rec['date']} {rec['time']}", type=rec["type"],
                            location=rec["loc"], disposition=rec["disp"]))
    notes = ("Portrait 'Dispatched Reports' in Helvetica 7, a grey header band repeated per page, a hairline under "
             "each row. Columns Case No. (OV25-NNNNN, the id), Date, Time (HHMM; reported_at joins them), PRI, UNIT, "
             "Nature, Location, DISP (a code), Ref. TWIST: the titles of the three narrow columns are STACKED one "
             "letter a line, bottom-aligned in the band (P/R/I, U/N/I/T, D/I/S/P), so the text has lines of lone "
             "letters above the title line and the bottom line reads 'Case No. Date Time I T Nature Location P Ref.'. "
             "Traps: PRI is a bare digit 1-3 and UNIT a code like 2B17 beside the time; Ref. holds booking numbers "
             "(BK25-NNNN) and citations (C0NNNNNN), related; a code legend after 'Reports listed: N'.")
    return path, recs, samples, dict(
        agency="Ostervale Police Department, ST [invented]", document_type="weekly dispatched-reports list",
        fields=["case_number", "reported_at", "type", "location", "disposition", "unit"], notes=notes,
        count_check="'Reports listed:' equals record_count")


# ---------------------------------------------------------------- 2. Marlowe County: stacked day cell
def make_marlowe(out):
    r = random.Random(SEED + 2)
    recs = []
    seq = 4410
    day = datetime.date(2025, 10, 20)
    for _k in range(8):
        n = r.randint(5, 10)
        mins = sorted(r.sample(range(1440), n))
        for m in mins:
            seq += r.choice([1, 1, 2])
            disp = r.choice(["Report taken", "Advised", "Gone on arrival", "Assisted", "Arrest", "Referred"])
            rel = []
            if disp == "Arrest":
                b = f"MCJ-{r.randint(25000, 25999)}"
                disp = f"Arrest, booked {b}"
                rel.append(("booking_number", b))
            elif disp == "Referred":
                b = f"SP 25-{r.randint(10000, 99999)}"
                disp = f"Referred State Patrol {b}"
                rel.append(("other_agency_case", b))
            recs.append(dict(id=f"MC2510{seq:04d}", day=day, time=f"{m // 60:02d}{m % 60:02d}",
                             type=r.choice(TYPES).title().replace("Dui", "DUI"), loc=street(r), dep=f"#{r.randint(201, 468)}",
                             disp=disp, rel=rel))
        day += datetime.timedelta(days=1)
    path = out / "marlowe-county-st-so" / "mcso-calls-for-service-2025-10-20-27.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    c = new_canvas(path, letter)
    W, H = letter
    cols = [("Day", 36), ("Time", 78), ("Call No.", 108), ("Nature", 166), ("Location", 270), ("Dep.", 372),
            ("Disposition", 400)]
    per = 42
    rowh = 12
    pages = []  # break pages so that no piece of a day has fewer rows than its stacked cell has lines
    rest = list(recs)
    while rest:
        cut = min(per, len(rest))
        if cut < len(rest) and rest[cut]["day"] == rest[cut - 1]["day"]:
            d = rest[cut]["day"]
            before = sum(1 for q in rest[:cut] if q["day"] == d)
            after = sum(1 for q in rest[cut:] if q["day"] == d)
            if before < 3 or after < 4:
                cut -= before
        pages.append(rest[:cut])
        rest = rest[cut:]
    npages = len(pages)
    for p in range(npages):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 40, "MARLOWE COUNTY SHERIFF'S OFFICE [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 52, "Calls for Service, October 20-27, 2025")
        c.drawRightString(W - 36, H - 52, f"Page {p + 1} of {npages}")
        top = H - 64
        c.setFillGray(0.2)
        c.rect(34, top - 14, W - 68, 14, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 7.5)
        for title, x in cols:
            c.drawString(x, top - 10, title)
        c.setFillGray(0)
        y0 = top - 14
        chunk = pages[p]
        i = 0
        while i < len(chunk):
            j = i
            while j < len(chunk) and chunk[j]["day"] == chunk[i]["day"]:
                j += 1
            d = chunk[i]["day"]
            lines = [d.strftime("%a").upper(), d.strftime("%b").upper(), str(d.day)]
            if i == 0 and p > 0 and pages[p - 1][-1]["day"] == d:
                lines.append("(cont.)")
            ytop = y0 - i * rowh
            c.setLineWidth(0.8)
            c.rect(34, ytop - (j - i) * rowh, 40, (j - i) * rowh, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            for k, s in enumerate(lines):  # stacked at the top of the merged cell, one word per row line
                c.drawString(38, ytop - 9 - k * rowh, s)
            i = j
        c.setFont("Helvetica", 7)
        for i, rec in enumerate(chunk):
            y = y0 - i * rowh - 9
            vals = [rec["time"], rec["id"], rec["type"], rec["loc"], rec["dep"], rec["disp"]]
            for (_, x), v in zip(cols[1:], vals):
                c.setFont("Helvetica-Bold" if x == 108 else "Helvetica", 7)
                c.drawString(x, y, v)
            c.setLineWidth(0.3)
            c.line(74, y - 3, W - 34, y - 3)
        if p == npages - 1:
            yb = y0 - len(chunk) * rowh - 16
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, yb, f"Calls for service: {len(recs)}     Days: 8")
        c.showPage()
    c.save()
    samples = []
    for rec in (recs[0], recs[len(recs) // 2], recs[-1]):
        samples.append(dict(case_number=rec["id"],
                            reported_at=f"{rec['day'].strftime('%b').upper()} {rec['day'].day} {rec['time']}",
                            type=rec["type"], location=rec["loc"], disposition=rec["disp"]))
    notes = ("Portrait calls-for-service list, dark header band per page (Day, Time, Call No., Nature, Location, Dep., "
             "Disposition). TWIST: the Day column is ONE MERGED CELL over all of a day's rows, boxed, with the day "
             "printed STACKED at its top one word a row: weekday on the day's first row line, month on the second, "
             "day of month on the third (TUE / OCT / 21); the year is only in the title. A day cut by a page break "
             "gets its cell again with a fourth line '(cont.)'. reported_at as given = month, day and the row's time "
             "('OCT 21 0812'). Call No. MC2510NNNN (the id, bold). Traps: the day-of-month digits sit at the start of "
             "the third row's line; deputy badge numbers '#NNN'; dispositions cite jail bookings MCJ-NNNNN and State "
             "Patrol cases 'SP 25-NNNNN' (related). Ends 'Calls for service: N     Days: 8'.")
    return path, recs, samples, dict(
        agency="Marlowe County Sheriff's Office, ST [invented]", document_type="calls for service list",
        fields=["case_number", "reported_at", "type", "location", "disposition", "unit"], notes=notes,
        count_check="'Calls for service:' equals record_count")


# ---------------------------------------------------------------- 3. Quenford: nested sub-columns
def make_quenford(out, v=0):
    r = random.Random(SEED + 3 + 10 * v)
    recs = []
    seq = (60211, 60420)[v]
    day0 = datetime.date(2025, 10, 6) + datetime.timedelta(days=7 * v)
    for d, m in times(r, (66, 79)[v], day0, 6):
        seq += r.choice([1, 1, 2, 3])
        rc = m
        dp = rc + r.randint(0, 6)
        ar = dp + r.randint(2, 14)
        cl = ar + r.randint(8, 70)
        cancelled = r.random() < 0.12

        def hm(x):
            return f"{(x // 60) % 24:02d}{x % 60:02d}"
        rel = []
        rpt = ""
        if not cancelled and r.random() < 0.45:
            rpt = f"R25-{r.randint(1000, 9999)}"
            rel.append(("report_number", rpt))
        recs.append(dict(id=f"Q25-{seq:05d}", date=d.strftime("%m/%d/%Y"), rcvd=hm(rc), disp_t=hm(dp),
                         arr="" if cancelled else hm(ar), clr="" if cancelled else hm(cl), cancelled=cancelled,
                         code=r.choice(["459", "488", "415", "10851", "242", "594", "602", "5150", "23152", "647F"]),
                         type=r.choice(TYPES).title().replace("Dui", "DUI"), block=f"{r.randint(1, 98)}00 {r.choice(STREETS)}",
                         beat=f"{r.randint(1, 6)}{r.choice('NS')}", result=r.choice(
                             ["CAN", "CAN"] if cancelled else ["RTF", "ADV", "GOA", "ARR", "CIT", "UNF"]), rpt=rpt,
                         rel=rel))
    for rec in recs:
        if rec["cancelled"]:
            rec["result"] = "CAN"
    path = out / "quenford-st-pd" / ("qpd-call-response-log-2025-10-06-11.pdf", "qpd-call-response-log-2025-10-13-18.pdf")[v]
    path.parent.mkdir(parents=True, exist_ok=True)
    size = landscape(letter)
    c = new_canvas(path, size)
    W, H = size
    x = dict(no=36, date=96, rc=146, dp=176, ar=206, cl=236, code=272, type=306, block=420, beat=540, res=570,
             rpt=606, end=W - 36)
    per = 36
    npages = (len(recs) + per - 1) // per
    for p in range(npages):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 36, "QUENFORD POLICE DEPARTMENT [invented] - CALL RESPONSE LOG")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 48, f"Week of October {day0.day}, 2025")
        c.drawRightString(W - 36, H - 48, f"Sheet {p + 1}/{npages}")
        top = H - 58
        c.setLineWidth(0.6)
        c.setFont("Helvetica-Bold", 7.5)
        # three header rows: spanning titles, nested spanning title, leaf titles
        c.drawCentredString((x["no"] + x["rc"]) / 2 - 25, top - 9, "CALL")
        c.drawCentredString((x["rc"] + x["code"]) / 2, top - 9, "TIMES")
        c.drawCentredString((x["code"] + x["block"]) / 2, top - 9, "OFFENSE")
        c.drawCentredString((x["block"] + x["res"]) / 2, top - 9, "PLACE")
        c.drawCentredString((x["res"] + x["end"]) / 2, top - 9, "RESULT")
        c.line(x["rc"], top - 12, x["code"] - 4, top - 12)
        c.drawCentredString((x["rc"] + x["code"]) / 2, top - 21, "Received to Clear")
        for a, b in (("no", "rc"), ("code", "block"), ("block", "res"), ("res", "end")):
            c.line(x[a], top - 12, x[b] - 4, top - 12)
        c.line(x["rc"], top - 24, x["code"] - 4, top - 24)
        c.setFont("Helvetica-Bold", 7)
        for k, t in (("no", "No."), ("date", "Date"), ("rc", "Rcvd"), ("dp", "Disp"), ("ar", "Arr"),
                     ("cl", "Clr"), ("code", "Code"), ("type", "Description"), ("block", "Block"),
                     ("beat", "Beat"), ("res", "Code"), ("rpt", "Report No.")):
            c.drawString(x[k], top - 33, t)
        c.setLineWidth(1)
        c.line(34, top - 37, W - 34, top - 37)
        y = top - 48
        c.setFont("Helvetica", 7)
        for rec in recs[p * per:(p + 1) * per]:
            c.drawString(x["no"], y, rec["id"])
            c.drawString(x["date"], y, rec["date"])
            c.drawString(x["rc"], y, rec["rcvd"])
            c.drawString(x["dp"], y, rec["disp_t"])
            if rec["cancelled"]:  # Arr and Clr merged into one cell
                c.setFillGray(0.9)
                c.rect(x["ar"] - 2, y - 3, x["code"] - x["ar"] - 2, 10, stroke=0, fill=1)
                c.setFillGray(0)
                c.drawCentredString((x["ar"] + x["code"]) / 2 - 3, y, "cancelled")
            else:
                c.drawString(x["ar"], y, rec["arr"])
                c.drawString(x["cl"], y, rec["clr"])
            c.drawString(x["code"], y, rec["code"])
            c.drawString(x["type"], y, rec["type"])
            c.drawString(x["block"], y, rec["block"])
            c.drawString(x["beat"], y, rec["beat"])
            c.drawString(x["res"], y, rec["result"])
            c.drawString(x["rpt"], y, rec["rpt"])
            c.setLineWidth(0.3)
            c.line(34, y - 4, W - 34, y - 4)
            y -= 12.5
        if p == npages - 1:
            ok = [rc for rc in recs if not rc["cancelled"]]
            avg = sum((int(q["arr"][:2]) * 60 + int(q["arr"][2:]) - int(q["rcvd"][:2]) * 60 - int(q["rcvd"][2:])) % 1440
                      for q in ok) / len(ok)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y - 6, f"Calls: {len(recs)}   Cancelled: {len(recs) - len(ok)}   "
                         f"Average Rcvd-Arr: {avg:.1f} min")
        c.showPage()
    c.save()
    samples = []
    for rec in (recs[0], recs[len(recs) // 2], recs[-1]):
        samples.append(dict(case_number=rec["id"], reported_at=f"{rec['date']} {rec['rcvd']}", type=rec["type"],
                            location=rec["block"], disposition=rec["result"]))
    notes = ("Landscape call response log, Helvetica 7. TWIST: a three-row header of NESTED spanning titles: CALL "
             "over No. / Date, TIMES over a second spanning title 'Received to Clear' over four time sub-columns "
             "Rcvd / Disp / Arr / Clr, OFFENSE over Code / Description, PLACE over Block / Beat, RESULT over Code / "
             "Report No. (two sub-columns titled 'Code'). Id = No. (Q25-NNNNN); reported_at = Date + Rcvd. Traps: "
             "four HHMM times and a numeric offense code (459, 10851, 23152) on every row; when a call was cancelled "
             "the Arr and Clr cells are MERGED into one grey cell 'cancelled'; Report No. R25-NNNN on some rows is "
             "related, not an id; the closing 'Calls: N   Cancelled: K   Average Rcvd-Arr: x min' line.")
    return path, recs, samples, dict(
        agency="Quenford Police Department, ST [invented]", document_type="weekly call response log",
        fields=["case_number", "reported_at", "type", "location", "disposition", "beat"], notes=notes,
        count_check="'Calls:' equals record_count")


# ---------------------------------------------------------------- 4. Bellwright: two-tier rows, spanning cells
def make_bellwright(out, v=0):
    r = random.Random(SEED + 4 + 10 * v)
    recs = []
    seq = (1187, 1270)[v]
    day0 = datetime.date(2025, 9, 29) + datetime.timedelta(days=14 * v)
    classes = ["Theft - Bicycle", "Theft - Other", "Burglary", "Liquor Law Violation", "Drug Law Violation",
               "Simple Assault", "Vandalism", "Trespass", "Stalking", "Harassment", "Fire Alarm", "Motor Vehicle Theft"]
    places = ["Whitlow Hall", "Greer Library", "Ames Dining Commons", "Lot 12 (Tallis Ave)", "Harmon Recreation Center",
              "Quade Hall Room 314", "Science Quad", "Parking Structure B Level 3", "Oakes Stadium Gate 4",
              "Fenner Apartments Bldg 6", "Student Union", "Marsh Hall"]
    for d, m in times(r, (58, 47)[v], day0, 14):
        seq += r.choice([1, 1, 2])
        rep = datetime.datetime(d.year, d.month, d.day, m // 60, m % 60)
        kind = r.random()
        if kind < 0.3:
            occ = rep.strftime("%m/%d/%Y %H:%M")
        else:
            a = rep - datetime.timedelta(minutes=r.randint(60, 2880))
            b = a + datetime.timedelta(minutes=r.randint(30, 600))
            b = min(b, rep)
            occ = f"{a.strftime('%m/%d/%Y %H:%M')} to {b.strftime('%m/%d/%Y %H:%M')}"
        cls = r.choice(classes)
        if r.random() < 0.15:
            cls = cls + "; " + r.choice([q for q in classes if q != cls])
        disp = r.choice(["Open", "Closed", "Inactive", "Cleared by arrest", "Referred", "Conduct"])
        rel = []
        if disp == "Referred":
            n = f"BCPD 25-{r.randint(10000, 99999)}"
            disp = f"Referred to City PD {n}"
            rel.append(("other_agency_case", n))
        elif disp == "Conduct":
            n = f"SC-25-{r.randint(100, 999)}"
            disp = f"Conduct referral {n}"
            rel.append(("conduct_referral", n))
        recs.append(dict(id=f"BW2025-{seq:04d}", rep=rep.strftime("%m/%d/%Y %H:%M"), occ=occ, type=cls,
                         loc=r.choice(places), disp=disp, rel=rel))
    path = out / "bellwright-university-dps" / ("bwu-daily-crime-log-2025-09-29-10-12.pdf",
                                                "bwu-daily-crime-log-2025-10-13-10-26.pdf")[v]
    path.parent.mkdir(parents=True, exist_ok=True)
    c = new_canvas(path, letter)
    W, H = letter
    xc, xr, xt, xl = 36, 106, 190, 388
    per = 27
    rowh = 11
    npages = (len(recs) + per - 1) // per
    for p in range(npages):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 40, "BELLWRIGHT UNIVERSITY DEPARTMENT OF PUBLIC SAFETY [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 52, ("Daily Crime Log, September 29 - October 12, 2025",
                                  "Daily Crime Log, October 13 - October 26, 2025")[v])
        c.drawRightString(W - 36, H - 52, f"Page {p + 1} of {npages}")
        top = H - 62
        c.setFillGray(0.8)
        c.rect(34, top - 2 * rowh - 2, W - 68, 2 * rowh + 2, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(xc, top - 14, "Case Number")
        c.drawString(xr, top - 9, "Date/Time Reported")
        c.drawString(xt, top - 9, "Classification")
        c.drawString(xl, top - 9, "General Location")
        c.drawString(xr, top - 9 - rowh, "Date/Time Occurred")
        c.drawString(xl, top - 9 - rowh, "Disposition")
        c.setLineWidth(0.4)
        c.line(xr - 4, top - rowh - 1, W - 34, top - rowh - 1)
        y = top - 2 * rowh - 2
        for i, rec in enumerate(recs[p * per:(p + 1) * per]):
            if i % 2:
                c.setFillGray(0.93)
                c.rect(34, y - 2 * rowh, W - 68, 2 * rowh, stroke=0, fill=1)
                c.setFillGray(0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(xc, y - 8, rec["id"])  # cell merged over both tiers, top-aligned
            c.setFont("Helvetica", 7)
            c.drawString(xr, y - 8, rec["rep"])
            c.drawString(xt, y - 8, rec["type"])
            c.drawString(xl, y - 8, rec["loc"])
            c.drawString(xr, y - 8 - rowh, rec["occ"])  # spans Reported and Classification
            c.drawString(xl, y - 8 - rowh, rec["disp"])
            c.setLineWidth(0.2)
            c.line(xr - 4, y - rowh - 1, W - 34, y - rowh - 1)
            c.setLineWidth(0.7)
            c.line(34, y - 2 * rowh, W - 34, y - 2 * rowh)
            c.line(xr - 4, y, xr - 4, y - 2 * rowh)
            y -= 2 * rowh
        if p == npages - 1:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y - 14, f"Total cases: {len(recs)}")
        c.showPage()
    c.save()
    samples = []
    for rec in (recs[0], recs[len(recs) // 2], recs[-1]):
        samples.append(dict(case_number=rec["id"], reported_at=rec["rep"], type=rec["type"], location=rec["loc"],
                            disposition=rec["disp"]))
    notes = ("Portrait daily crime log. TWIST: every record is TWO TIERS of differently divided cells, under a "
             "two-tier header built the same way: the Case Number cell (BW2025-NNNN, the id, bold) is merged over "
             "both tiers; tier 1 holds Date/Time Reported, Classification, General Location; tier 2 holds Date/Time "
             "Occurred in ONE cell spanning the Reported and Classification columns, and Disposition under General "
             "Location. So the second text line of every record starts with a date-time under the reported one and "
             "the disposition sits under the location. Traps: occurred ranges 'MM/DD/YYYY HH:MM to MM/DD/YYYY HH:MM' "
             "run under the Classification column; two offences joined by '; '; room and lot numbers in locations; "
             "'Referred to City PD BCPD 25-NNNNN' and 'Conduct referral SC-25-NNN' are related numbers. Ends "
             "'Total cases: N'.")
    return path, recs, samples, dict(
        agency="Bellwright University Department of Public Safety, ST [invented]",
        document_type="Clery daily crime log",
        fields=["case_number", "reported_at", "occurred_from", "occurred_to", "type", "location", "disposition"],
        notes=notes, count_check="'Total cases:' equals record_count")


# ---------------------------------------------------------------- 5. Harkness County: slanted titles, merged location
def make_harkness(out):
    r = random.Random(SEED + 5)
    addrs = sorted({(s, r.randint(100, 9899)) for s in r.sample(STREETS, 12) for _ in range(2)})
    groups = []
    seq = 22340
    all_times = times(r, 64, datetime.date(2025, 10, 1), 14)
    r.shuffle(all_times)
    k = 0
    for s, num in addrs:
        n = r.choice([1, 1, 2, 2, 3, 3, 4, 5])
        n = min(n, len(all_times) - k)
        if n <= 0:
            break
        ts = sorted(all_times[k:k + n])
        k += n
        groups.append((f"{num} {s}", ts))
    if k < len(all_times):
        loc, ts = groups[-1]
        groups[-1] = (loc, sorted(ts + all_times[k:]))
    recs = []
    seq_by_time = {t: None for g in groups for t in g[1]}
    for t in sorted(seq_by_time):  # case numbers issued in time order, printed in address order
        seq += r.choice([1, 2, 3])
        seq_by_time[t] = seq
    for loc, ts in groups:
        for d, m in ts:
            disp = r.choice(["Report", "Advised", "Unfounded", "Warning", "Citation", "Jail"])
            rel = []
            if disp == "Citation":
                n = f"Cit. HC{r.randint(100000, 999999)}"
                disp, rel = n, [("citation", n[5:])]
            elif disp == "Jail":
                n = f"HCJ25-{r.randint(1000, 9999)}"
                disp, rel = f"Jail {n}", [("booking_number", n)]
            recs.append(dict(id=f"HK25-{seq_by_time[(d, m)]:05d}", rep=f"{d.strftime('%m/%d/%Y')} "
                             f"{m // 60:02d}:{m % 60:02d}", type=r.choice(TYPES).title().replace("Dui", "DUI"), loc=loc,
                             dep=f"{r.randint(11, 58)}", disp=disp, rel=rel))
    path = out / "harkness-county-st-so" / "hcso-calls-by-address-2025-10-01-14.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    c = new_canvas(path, letter)
    W, H = letter
    cols = [("Location", 36), ("Case Number", 170), ("Received", 236), ("Call Type", 318), ("Deputy", 432),
            ("Disposition", 462)]
    per = 44
    rowh = 12.5
    npages = (len(recs) + per - 1) // per
    for p in range(npages):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 40, "HARKNESS COUNTY SHERIFF'S OFFICE [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 52, "Calls by Address, October 1-14, 2025 (sorted by street, then house number)")
        c.drawRightString(W - 36, H - 52, f"Page {p + 1} of {npages}")
        top = H - 62
        c.setFont("Helvetica-Bold", 7.5)
        for title, x in cols:  # titles slanted 45 degrees, as a spreadsheet's angled header
            c.saveState()
            c.translate(x + 4, top - 44)
            c.rotate(45)
            c.drawString(0, 0, title)
            c.restoreState()
        c.setLineWidth(1)
        c.line(34, top - 48, W - 34, top - 48)
        y0 = top - 48
        chunk = recs[p * per:(p + 1) * per]
        i = 0
        c.setFont("Helvetica", 7)
        while i < len(chunk):
            j = i
            while j < len(chunk) and chunk[j]["loc"] == chunk[i]["loc"]:
                j += 1
            n = j - i
            ytop = y0 - i * rowh
            mid = ytop - n * rowh / 2
            c.setLineWidth(0.7)
            c.rect(34, ytop - n * rowh, 130, n * rowh, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            if n == 1:
                c.drawString(38, mid - 2.5, chunk[i]["loc"])
            else:  # centred in the merged cell, with the count under it
                c.drawString(38, mid + 1.5, chunk[i]["loc"])
                c.setFont("Helvetica", 6.5)
                c.drawString(38, mid - 7, f"{n} calls")
            i = j
        for i, rec in enumerate(chunk):
            y = y0 - i * rowh - 9
            c.setFont("Helvetica", 7)
            for (_, x), v in zip(cols[1:], [rec["id"], rec["rep"], rec["type"], rec["dep"], rec["disp"]]):
                c.drawString(x, y, v)
            c.setLineWidth(0.3)
            c.line(164, y - 3.5, W - 34, y - 3.5)
        if p == npages - 1:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y0 - len(chunk) * rowh - 16,
                         f"Addresses: {len({q['loc'] for q in recs})}   Calls: {len(recs)}")
        c.showPage()
    c.save()
    samples = []
    for rec in (recs[0], recs[len(recs) // 2], recs[-1]):
        samples.append(dict(case_number=rec["id"], reported_at=rec["rep"], type=rec["type"], location=rec["loc"],
                            disposition=rec["disp"]))
    notes = ("Portrait 'Calls by Address', sorted by street then house number (not by time; case numbers HK25-NNNNN "
             "were issued in time order, so they jump about). TWIST: the column titles are printed SLANTED 45 "
             "degrees above the table, and the Location column is ONE MERGED CELL per address spanning all of its "
             "calls, the address vertically CENTRED in it with 'n calls' under it; in the text, with an even number "
             "of calls the address is on the upper middle row's line and 'n calls' on the next row's, with an odd "
             "number both are on lines of their own just above and below the middle row; rows above carry no "
             "location. A group cut by a page break gets its cell on both pages. Deputy is a bare 2-digit "
             "number. Traps: the house number and the 'n calls' count are printed at line starts where a record "
             "row could be; dispositions 'Cit. HCNNNNNN' and 'Jail HCJ25-NNNN' are related. Ends 'Addresses: A   "
             "Calls: N' (N counts records).")
    return path, recs, samples, dict(
        agency="Harkness County Sheriff's Office, ST [invented]", document_type="calls by address",
        fields=["case_number", "reported_at", "type", "location", "disposition", "unit"], notes=notes,
        count_check="'Calls:' equals record_count")


MAKERS = [(make_ostervale, 0), (make_ostervale, 1), (make_marlowe, 0), (make_quenford, 0), (make_quenford, 1),
          (make_bellwright, 0), (make_bellwright, 1), (make_harkness, 0)]


def main():
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else HERE
    entries = {}
    for fn, v in MAKERS:
        path, recs, samples, meta = fn(out, v) if v else fn(out)
        data = path.read_bytes()
        entry = dict(
            file=path.name, source_repo="generated", commit="generated", path="generated", git_blob="generated",
            generator=GEN, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data),
            pages=data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page/"),
            agency=meta["agency"], document_type=meta["document_type"], layout="table with header",
            scanned=False, encrypted=False, text_layer="good", record_count=len(recs),
            case_numbers=[q["id"] for q in recs],
            related_numbers=[dict(record=q["id"], kind=k, number=n) for q in recs for k, n in q["rel"]],
            fields_present=meta["fields"], sample_records=samples,
            case_numbers_source="written by the generator (make_blind_logs99.py) from the records it drew; "
                                "checked by check_blind_logs99.py against `pdftotext -layout` text",
            record_count_check=meta["count_check"], notes=meta["notes"])
        entries.setdefault(path.parent, []).append(entry)
        (path.parent / "groundtruth.json").write_text(json.dumps(entries[path.parent], indent=2, ensure_ascii=False)
                                                      + "\n")
        print(path.relative_to(out), len(recs), "records", entry["pages"], "pages", len(data), "bytes")


if __name__ == "__main__":
    main()
