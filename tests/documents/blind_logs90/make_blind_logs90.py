"""Generate blind_logs90: incident logs printed newest first, five invented agencies.

Records are made as plain dicts first, then drawn, then groundtruth.json is written from the
same dicts. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    .venv/bin/python tests/documents/blind_logs90/make_blind_logs90.py [OUT_DIR]
"""

import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

SEED = 20261190
HERE = Path(__file__).resolve().parent

STREETS = ["Alder St", "Birch Ave", "Cedar Ln", "Dover Rd", "Elm Ct", "Fairway Dr", "Granite Way",
           "Harbor Blvd", "Iris Pl", "Juniper St", "Kestrel Rd", "Linden Ave", "Mill Pond Rd",
           "North Shore Dr", "Orchard St", "Pine Hollow Rd", "Quarry Rd", "Ridge Ave"]
TYPES = ["Theft", "Burglary - Residential", "Vandalism", "Suspicious Person", "Welfare Check",
         "Traffic Collision", "Noise Complaint", "Assault - Simple", "Trespass", "Found Property",
         "Disturbance", "Fraud", "Alarm - Commercial", "Missing Person", "DUI Arrest",
         "Animal Complaint", "Harassment", "Shoplifting"]
DISPS = ["Report Taken", "Closed", "Arrest", "Unfounded", "Referred", "Pending", "Cleared"]


def new_canvas(path, size):
    return canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    with pdfplumber.open(str(path)) as pdf:
        return len(pdf.pages)


def mdy(d):
    return d.strftime("%m/%d/%Y")


def times_desc(r, days, n):
    """n (date, minute) pairs spread over days, newest first."""
    out = []
    for _ in range(n):
        d = r.choice(days)
        out.append((d, r.randrange(0, 1440)))
    out = sorted(set(out), key=lambda t: (t[0], t[1]), reverse=True)
    while len(out) < n:
        out.append((days[0], r.randrange(0, 1440)))
        out = sorted(set(out), key=lambda t: (t[0], t[1]), reverse=True)
    return out


def hm(m, colon=True):
    return f"{m // 60:02d}:{m % 60:02d}" if colon else f"{m // 60:02d}{m % 60:02d}"


def addr(r):
    return f"{r.randrange(100, 9900, 2)} {r.choice(STREETS)}"


def days(y, m, d0, d1):
    return [dt.date(y, m, d) for d in range(d0, d1 + 1)]


# ---------------------------------------------------------------- 1 Fenwick Harbor: daily groups
def fh_records(r, dys, n, top):
    """Table newest first, grouped by day (newest day first), with a day count line."""
    recs = []
    num = top
    for d, m in times_desc(r, dys, n):
        rec = {"case_number": f"FH-25-{num:05d}", "date": mdy(d), "time": hm(m),
               "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS),
               "related": []}
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        if rec["disposition"] == "Arrest":
            rec["related"].append(("booking_number", f"BK{r.randrange(100000, 999999)}"))
        recs.append(rec)
        num -= r.choice([1, 1, 1, 2])
    return recs


def draw_fh(path, recs, label, pages):
    c = new_canvas(path, letter)
    W, H = letter
    pg = [0]

    def head():
        pg[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 40, "FENWICK HARBOR POLICE DEPARTMENT [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(40, H - 54, f"Daily Incident Log   Period: {label}   (most recent first)")
        c.drawRightString(W - 40, H - 54, f"Page {pg[0]} of {pages}")
        c.setFont("Helvetica-Bold", 8)
        y = H - 78
        for x, t in [(40, "Case No."), (120, "Time"), (160, "Incident Type"), (300, "Location"),
                     (420, "Disposition"), (500, "Booking")]:
            c.drawString(x, y, t)
        c.line(40, y - 3, W - 40, y - 3)
        return y - 16

    y = head()
    groups = []
    for rec in recs:
        if not groups or groups[-1][0] != rec["date"]:
            groups.append((rec["date"], []))
        groups[-1][1].append(rec)
    for date, rows in groups:
        if y < 90:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 9)
        wd = dt.datetime.strptime(date, "%m/%d/%Y").strftime("%A")
        c.drawString(40, y, f"{wd} {date}")
        y -= 13
        c.setFont("Helvetica", 8)
        for rec in rows:
            if y < 60:
                c.showPage()
                y = head()
                c.setFont("Helvetica", 8)
            c.drawString(40, y, rec["case_number"])
            c.drawString(120, y, rec["time"])
            c.drawString(160, y, rec["type"])
            c.drawString(300, y, rec["location"])
            c.drawString(420, y, rec["disposition"])
            if rec["related"]:
                c.drawString(500, y, rec["related"][0][1])
            y -= 11
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(300, y, f"Incidents for {date}: {len(rows)}")
        y -= 18
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y - 6, f"Total incidents this period: {len(recs)}")
    c.save()
    return pg[0]


# ---------------------------------------------------------------- 2 Quarry Bend: labelled blocks
def qb_records(r, dys, n, top):
    """Blocks newest first; a few LATE entries (higher numbers, older dates) placed where keyed."""
    recs = []
    num = top
    for d, m in times_desc(r, dys, n):
        rec = {"case_number": f"QB{num:06d}", "reported_at": f"{mdy(d)} {hm(m, False)}",
               "type": r.choice(TYPES).upper(), "location": addr(r).upper(),
               "disposition": r.choice(DISPS).upper(), "related": [], "late": False}
        if r.random() < 0.15:
            rec["related"].append(("other_agency_case", f"KHP {r.randrange(10, 99)}-{r.randrange(1000, 9999)}"))
        recs.append(rec)
        num -= 1
    # late entries: numbers issued after the newest record, but reported earlier; printed in order of
    # the day they belong to with a LATE note
    late_num = top + 1
    for i in sorted(r.sample(range(8, n - 3), 4)):
        rec = recs[i]
        rec2 = dict(rec)
        rec2["case_number"] = f"QB{late_num:06d}"
        rec2["late"] = True
        rec2["related"] = []
        rec2["entered"] = f"{mdy(dys[-1] + dt.timedelta(days=2))}"
        rec2["type"] = r.choice(TYPES).upper()
        rec2["location"] = addr(r).upper()
        rec2["disposition"] = "REPORT TAKEN"
        recs.insert(i + 1, rec2)
        late_num += 1
    return recs


def draw_qb(path, recs, label, pages):
    c = new_canvas(path, letter)
    W, H = letter
    pg = [0]

    def head():
        pg[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(40, H - 40, "QUARRY BEND COUNTY SHERIFF'S OFFICE [invented]")
        c.setFont("Courier", 9)
        c.drawString(40, H - 53, f"CALLS FOR SERVICE - BLOCK REPORT  {label}  SORT: DATE DESC")
        c.drawString(40, H - 65, f"PAGE {pg[0]}/{pages}")
        return H - 90

    y = head()
    for rec in recs:
        lines = [f"REPORT NO: {rec['case_number']}" + ("   ** LATE ENTRY - KEYED " + rec["entered"] + " **" if rec["late"] else ""),
                 f"  RECEIVED: {rec['reported_at']}",
                 f"  NATURE:   {rec['type']}",
                 f"  ADDRESS:  {rec['location']}",
                 f"  STATUS:   {rec['disposition']}"]
        for _kind, num in rec["related"]:
            lines.append(f"  OUTSIDE AGENCY REF: {num}")
        if y - 10 * len(lines) < 50:
            c.showPage()
            y = head()
        c.setFont("Courier", 8.5)
        for ln in lines:
            c.drawString(40, y, ln)
            y -= 10
        c.line(40, y + 4, 330, y + 4)
        y -= 8
    c.save()
    return pg[0]


# ---------------------------------------------------------------- 3 Tamsin Lake: CAD call list
def tl_records(r, dys, n, top, case_top):
    recs = []
    num = top
    case = case_top
    for d, m in times_desc(r, dys, n):
        rec = {"case_number": f"{d.strftime('%y')}-{num:06d}", "date": mdy(d), "time": hm(m),
               "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(["GOA", "ADV", "RPT", "ARR", "CNL", "UTL"]),
               "unit": f"{r.randrange(1, 4)}{r.choice('ABCDK')}{r.randrange(10, 40)}", "related": []}
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        if rec["disposition"] in ("RPT", "ARR"):
            rec["related"].append(("case_report", f"TLPD{case:05d}"))
            case -= 1
        recs.append(rec)
        num -= r.choice([3, 4, 5, 6, 7, 9, 12])
    return recs


def draw_tl(path, recs, label, pages):
    c = new_canvas(path, landscape(letter))
    W, H = landscape(letter)
    pg = [0]
    counts = []

    def head():
        pg[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 36, "Tamsin Lake Police Department [invented] - Dispatch Call Log")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 49, f"Date range: {label}   Order: Newest to Oldest   Tel. 555-0142")
        c.drawRightString(W - 36, H - 36, f"Page {pg[0]} of {pages}")
        c.setFont("Helvetica-Bold", 8)
        y = H - 70
        for x, t in [(36, "Call #"), (110, "Received"), (210, "Call Type"), (350, "Address"),
                     (480, "Unit"), (530, "Disp"), (580, "Case Report #")]:
            c.drawString(x, y, t)
        c.line(36, y - 3, W - 36, y - 3)
        return y - 14

    y = head()
    k = 0
    for rec in recs:
        if y < 50:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(36, 30, f"Calls on this page: {k}")
            counts.append(k)
            c.showPage()
            y = head()
            k = 0
        c.setFont("Helvetica", 8)
        c.drawString(36, y, rec["case_number"])
        c.drawString(110, y, rec["reported_at"])
        c.drawString(210, y, rec["type"])
        c.drawString(350, y, rec["location"])
        c.drawString(480, y, rec["unit"])
        c.drawString(530, y, rec["disposition"])
        if rec["related"]:
            c.drawString(580, y, rec["related"][0][1])
        y -= 11
        k += 1
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(36, 30, f"Calls on this page: {k}")
    c.save()
    return pg[0]


# ---------------------------------------------------------------- 4 Orrin Creek: shift narrative
def oc_records(r, dys, n, top):
    recs = []
    num = top
    for d, m in times_desc(r, dys, n):
        rec = {"case_number": f"OC25-{num:04d}", "date": mdy(d), "time": hm(m, False),
               "type": r.choice(TYPES), "location": f"{r.choice(['Hadley', 'Morrow', 'Pruitt', 'Sable', 'Wendt'])} Hall"
               if r.random() < 0.5 else f"Lot {r.choice('ABCDEFG')}{r.randrange(1, 9)}",
               "disposition": r.choice(DISPS), "officer": f"Ofc. #{r.randrange(200, 480)}",
               "related": [], "see": None}
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        recs.append(rec)
        num -= r.choice([1, 1, 2])
    # cross-references: a newer entry mentions an older one (printed later in the document)
    for i in r.sample(range(0, n - 10), 6):
        recs[i]["see"] = recs[i + r.randrange(3, 9)]["case_number"]
    return recs


def draw_oc(path, recs, label, pages):
    c = new_canvas(path, letter)
    W, H = letter
    pg = [0]

    def head():
        pg[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(50, H - 44, "Orrin Creek University Department of Public Safety [invented]")
        c.setFont("Times-Roman", 9.5)
        c.drawString(50, H - 58, f"Shift Activity Narrative, {label} (latest shift first)")
        c.drawRightString(W - 50, H - 58, f"{pg[0]} / {pages}")
        return H - 84

    y = head()
    cur = None
    for rec in recs:
        body = (f"{rec['time']} hrs - {rec['case_number']} - {rec['type']} at {rec['location']}. "
                f"{rec['officer']} responded.")
        if rec["see"]:
            body += f" Related to earlier report {rec['see']}."
        body += f" Disposition: {rec['disposition']}."
        words, lines, ln = body.split(), [], ""
        for w in words:
            if c.stringWidth(ln + " " + w, "Times-Roman", 9.5) > 480:
                lines.append(ln)
                ln = w
            else:
                ln = (ln + " " + w).strip()
        lines.append(ln)
        need = 12 * len(lines) + (20 if rec["date"] != cur else 0) + 6
        if y - need < 50:
            c.showPage()
            y = head()
        if rec["date"] != cur:
            cur = rec["date"]
            c.setFont("Times-Bold", 10)
            wd = dt.datetime.strptime(cur, "%m/%d/%Y").strftime("%A")
            c.drawString(50, y, f"{wd}, {cur}")
            y -= 16
        c.setFont("Times-Roman", 9.5)
        for i, ln in enumerate(lines):
            c.drawString(62 if i == 0 else 86, y, ln)
            y -= 12
        y -= 5
    c.save()
    return pg[0]


# ---------------------------------------------------------------- 5 Vesper County: year rollover
def vc_records(r, n_new, n_old, top_new, top_old):
    """Newest first across a year end: 26-xxxx numbers count down to 26-00001, then 25- numbers."""
    dys = days(2025, 12, 26, 31) + days(2026, 1, 1, 4)
    tt = times_desc(r, dys, n_new + n_old)
    recs = []
    num_new, num_old = sum(1 for d, _ in tt if d.year == 2026), top_old
    for d, m in tt:
        if d.year == 2026:
            cid = f"26-{num_new:05d}"
            num_new -= 1
        else:
            cid = f"25-{num_old:05d}"
            num_old -= r.choice([1, 1, 2])
        rec = {"case_number": cid, "reported_at": f"{d.month}/{d.day}/{d.year} {hm(m)}",
               "type": r.choice(TYPES), "location": addr(r) + ", " + r.choice(["Dunmore", "Vesper", "Ashby", "Colt Ridge"]),
               "disposition": r.choice(DISPS), "related": []}
        if r.random() < 0.12:
            rec["related"].append(("citation", f"C{r.randrange(1000000, 9999999)}"))
        recs.append(rec)
    return recs


def draw_vc(path, recs, label, pages):
    c = new_canvas(path, letter)
    W, H = letter
    pg = [0]

    def head():
        pg[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, H - 40, "VESPER COUNTY SHERIFF'S OFFICE [invented]")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, H - 52, f"Incident Report Listing  {label}")
        c.drawCentredString(W / 2, H - 63, "Sorted by Report Date (descending)")
        c.setFont("Helvetica-Bold", 8)
        y = H - 84
        for x, t in [(36, "Incident #"), (100, "Reported"), (180, "Offense"), (300, "Location"),
                     (460, "Status"), (520, "Citation")]:
            c.drawString(x, y, t)
        c.line(36, y - 3, W - 36, y - 3)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 24, f"Page {pg[0]} of {pages}")
        return y - 14

    y = head()
    for rec in recs:
        if y < 44:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7.5)
        c.drawString(36, y, rec["case_number"])
        c.drawString(100, y, rec["reported_at"])
        c.drawString(180, y, rec["type"])
        c.drawString(300, y, rec["location"])
        c.drawString(460, y, rec["disposition"])
        if rec["related"]:
            c.drawString(520, y, rec["related"][0][1])
        y -= 10.5
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"Record count: {len(recs)}")
    c.save()
    return pg[0]


# ---------------------------------------------------------------- ground truth
FIELDS = ["case_number", "reported_at", "type", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, notes):
    ids = [x["case_number"] for x in recs]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in FIELDS}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": "make_blind_logs90.py (seed 20261190 + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path),
        "agency": agency, "document_type": doc_type, "layout": layout, "scanned": False,
        "encrypted": False, "text_layer": "good", "record_count": n, "case_numbers": ids,
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": num}
                            for x in recs for k, num in x["related"]],
        "sample_records": samples, "notes": notes,
    }


def render(path, draw, recs, label):
    pages = draw(path, recs, label, 1)
    pages2 = draw(path, recs, label, pages)
    assert pages2 == pages == pdf_pages(path)


AGENCIES = [
    ("fenwick-harbor-me-pd", "Fenwick Harbor Police Department, ME [invented]",
     "daily incident log, most recent first, grouped by day", "table with header", draw_fh,
     "Table printed newest first: day headings run from the last day of the period back to the "
     "first, times inside a day count down, case numbers descend (with gaps). Each day ends with "
     "an italic line 'Incidents for MM/DD/YYYY: N' and the log ends with 'Total incidents this "
     "period: N' (counts, not records). The date of a row is only in its day heading; "
     "reported_at joins the heading's date and the row's time. Booking numbers (BKnnnnnn) in the "
     "last column are related numbers."),
    ("quarry-bend-ks-so", "Quarry Bend County Sheriff's Office, KS [invented]",
     "calls-for-service block report, date descending, late entries where keyed",
     "labelled blocks", draw_qb,
     "Labelled blocks (REPORT NO / RECEIVED / NATURE / ADDRESS / STATUS) sorted date descending, "
     "so report numbers count down. Four LATE ENTRY blocks were keyed after the period closed: "
     "their numbers are higher than the newest record's, but they sit among older records by their "
     "received time, so the id sequence jumps up four times. The 'KEYED mm/dd/yyyy' date in the "
     "late flag is not the reported date. 'OUTSIDE AGENCY REF: KHP nn-nnnn' lines are related "
     "numbers."),
    ("tamsin-lake-mn-pd", "Tamsin Lake Police Department, MN [invented]",
     "dispatch call log, newest to oldest", "table with header", draw_tl,
     "Landscape CAD call list, newest to oldest: call numbers descend in uneven steps (calls of "
     "other agencies on the shared CAD are not printed). The record id is the call number "
     "(YY-nnnnnn); a second series, the case report number TLPDnnnnn, is printed only for calls "
     "with a report (RPT/ARR) and also descends: it is a related number, not a second record. "
     "Every page ends with 'Calls on this page: N'; there is no grand total. Dispositions are "
     "dispatch codes (GOA, ADV, RPT, ARR, CNL, UTL)."),
    ("orrin-creek-university-dps", "Orrin Creek University Department of Public Safety, OR [invented]",
     "shift activity narrative, latest shift first", "free text", draw_oc,
     "Free-text narrative under day headings (newest day first); each entry begins '<HHMM> hrs - "
     "OC25-nnnn - <type> at <location>.' and wraps with a hanging indent. Six entries say "
     "'Related to earlier report OC25-nnnn.' naming a record printed further down (older): the "
     "same id is printed twice, once as a reference; it is one record. The entry's date is only in "
     "the day heading; reported_at joins heading date and entry time (HHMM)."),
    ("vesper-county-ga-so", "Vesper County Sheriff's Office, GA [invented]",
     "incident report listing across the year end, date descending", "table with header", draw_vc,
     "Plain table sorted by report date descending across a year end: 26-nnnnn numbers count "
     "down to 26-00001, then 25-nnnnn numbers continue counting down from a much higher value, so "
     "the id sequence jumps up once where the year changes. Dates are M/D/YYYY without leading "
     "zeros. The page footer 'Page N of M' and a closing 'Record count: N' line. Citation "
     "numbers (Cnnnnnnn) are related numbers."),
]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for k, (slug, agency, doc_type, layout, draw, notes) in enumerate(AGENCIES, 1):
        r = random.Random(SEED + k)
        d = out / slug
        d.mkdir(parents=True, exist_ok=True)
        docs = []
        if k == 1:
            docs.append(("fhpd-log-2025-10-19-to-10-13.pdf", fh_records(r, days(2025, 10, 13, 19), 64, 7488), "10/19/2025 - 10/13/2025"))
            docs.append(("fhpd-log-2025-10-26-to-10-20.pdf", fh_records(r, days(2025, 10, 20, 26), 71, 7583), "10/26/2025 - 10/20/2025"))
        elif k == 2:
            docs.append(("qbso-cfs-2025-11-09-to-11-01.pdf", qb_records(r, days(2025, 11, 1, 9), 58, 41377), "11/09/2025 - 11/01/2025"))
        elif k == 3:
            docs.append(("tlpd-calls-2025-09-14-to-09-08.pdf", tl_records(r, days(2025, 9, 8, 14), 118, 183640, 2214), "09/14/2025 - 09/08/2025"))
            docs.append(("tlpd-calls-2025-09-21-to-09-15.pdf", tl_records(r, days(2025, 9, 15, 21), 104, 184560, 2262), "09/21/2025 - 09/15/2025"))
        elif k == 4:
            docs.append(("ocu-dps-narrative-oct-2025.pdf", oc_records(r, days(2025, 10, 1, 14), 62, 1388), "October 14 - October 1, 2025"))
        else:
            docs.append(("vcso-listing-2026-01-04-to-2025-12-26.pdf", vc_records(r, 41, 53, None, 11873), "01/04/2026 thru 12/26/2025"))
        gt = []
        for name, recs, label in docs:
            p = d / name
            render(p, draw, recs, label)
            gt.append(entry(p, agency, doc_type, layout, recs, notes))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
