"""Generate the held-out set blind_logs38 of incident-log PDFs and their ground truth.

Five invented Great Lakes and Ohio Valley agencies: a Michigan township complaint register with
Julian (year-day) dates and day-total lines whose first cell looks like an id; an Ohio sheriff's
teletype docket of KEY=VALUE runs hard-wrapped at the margin; an Indiana city PD's labelled blocks
with the report number on the third line; an Illinois village press log of paragraphs with the
report number in parentheses inside the opening sentence; a Wisconsin university crime log where
one case may print several numbered offense lines. Every agency, place and
number is invented; no person is named. Deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs38/make_blind_logs38.py [OUT_DIR]
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
SEED = 20263838
STREETS = ["Alder Creek", "Bayliss", "Cottrell", "Dunmore", "Everly", "Fennimore", "Gorse", "Hadley",
           "Inchcape", "Jessop", "Kettering", "Larchmont", "Millbrook", "Norcross", "Osgood", "Pruett"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct"]
TYPES = ["Larceny", "Retail Fraud", "Domestic Disturbance", "Suspicious Vehicle", "Breaking and Entering",
         "Malicious Destruction", "Welfare Check", "Traffic Crash", "Noise Complaint", "Assist Motorist",
         "Trespassing", "Fraud", "Alarm", "Harassment", "Found Property", "OWI"]
DISP = ["Report Taken", "Closed", "Unfounded", "Advised", "Gone on Arrival", "Referred", "Arrest",
        "Citation"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def addr(r):
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 2))
        out.append(k)
    return out


def base(r, days, n, start, fmt):
    recs = []
    for (d, h, m), k in zip(times(r, days, n), ids(r, n, start)):
        disp = r.choice(DISP)
        rec = {"case_number": fmt(k), "d": d, "h": h, "m": m, "type": r.choice(TYPES), "location": addr(r),
               "disposition": disp, "related": []}
        recs.append(rec)
    return recs


class Pager:
    """Lines on pages with a header callback; 'Page n of N' once the count is known."""

    def __init__(self, path, size, header, pages):
        self.c = new_canvas(path, size)
        self.w, self.h = size
        self.header, self.pages, self.page = header, pages, 0
        self.y = 0
        self.new()

    def new(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = self.header(self.c, self.w, self.h, self.page, self.pages or 0)

    def need(self, dy):
        if self.y - dy < 54:
            self.new()

    def done(self):
        self.c.showPage()
        self.c.save()
        return self.page


# --------------------------------------------------- A: Brennock Township, MI: id in the last column

def a_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"25-{k:05d}")
    for rec in recs:
        d = rec["d"]
        jd = datetime.date(*d).timetuple().tm_yday
        rec["reported_at"] = f"{d[0]}-{jd:03d} {rec['h']:02d}{rec['m']:02d}"
        if rec["disposition"] == "Arrest":
            num = f"WCJ-{r.randint(100000, 999999)}"
            rec["disposition"] = f"Arrest, lodged {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Referred" and r.random() < .7:
            num = f"MSP {r.randint(10, 99)}-{r.randint(1000, 9999)}-25"
            rec["disposition"] = f"Referred to MSP, {num}"
            rec["related"].append(("other_agency_case", num))
    return recs


def draw_a(path, recs, label, pages):
    def head(c, w, h, p, n):
        c.setFont("Times-Bold", 13)
        c.drawCentredString(w / 2, h - 40, "BRENNOCK TOWNSHIP POLICE DEPARTMENT")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 53, f"Complaint Register  -  {label}  -  (269) 555-0137")
        c.drawRightString(w - 36, 30, f"Page {p} of {n}")
        c.setFont("Times-Bold", 8)
        for x, t in [(36, "Complaint #"), (110, "Rec'd (yr-day)"), (190, "Nature of Complaint"), (320, "Address"),
                     (440, "Clearance")]:
            c.drawString(x, h - 74, t)
        c.line(36, h - 77, w - 36, h - 77)
        return h - 89

    pg = Pager(path, letter, head, pages)
    c = pg.c
    day = None
    for i, rec in enumerate(recs):
        if day != rec["d"]:
            day = rec["d"]
        disp = simpleSplit(rec["disposition"], "Times-Roman", 8, 130)
        pg.need(10 * len(disp) + 12)
        c.setFont("Times-Roman", 8)
        c.drawString(110, pg.y, rec["reported_at"])
        c.drawString(190, pg.y, rec["type"])
        c.drawString(320, pg.y, rec["location"])
        for j, t in enumerate(disp):
            c.drawString(440, pg.y - 10 * j, t)
        c.setFont("Courier-Bold", 8)
        c.drawString(36, pg.y, rec["case_number"])
        pg.y -= 10 * len(disp) + 2
        if i + 1 == len(recs) or recs[i + 1]["d"] != day:
            k = sum(1 for x in recs if x["d"] == day)
            c.setFont("Times-Italic", 8)
            jd = datetime.date(*day).timetuple().tm_yday
            c.drawString(36, pg.y, f"25-{jd:03d}")
            c.drawString(110, pg.y, f"Day total {day[0]}-{jd:03d}")
            c.drawString(190, pg.y, f"{k} complaints")
            pg.y -= 16
    pg.need(20)
    c.setFont("Times-Bold", 9)
    c.drawString(36, pg.y - 6, f"Complaints in register: {len(recs)}")
    return pg.done()


# --------------------------------------------------- B: Ardley County, OH sheriff: two-line docket

def b_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"S25-{k:06d}")
    for rec in recs:
        d = rec["d"]
        rec["type"] = rec["type"].upper()
        rec["location"] = rec["location"].upper() + ", " + r.choice(["HALSEY TWP", "PRUITT TWP", "VILLAGE OF DORN"])
        rec["reported_at"] = f"{d[1]}/{d[2]}/{d[0]} {rec['h']:02d}:{rec['m']:02d}"
        rec["disposition"] = rec["disposition"].upper()
        if rec["disposition"] == "CITATION":
            num = f"OH{r.randint(10000000, 99999999)}"
            rec["disposition"] = f"CITATION {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "ARREST":
            num = f"ACJ25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"ARREST / BOOKED {num}"
            rec["related"].append(("booking_number", num))
    return recs


def draw_b(path, recs, label, pages):
    def head(c, w, h, p, n):
        c.setFont("Courier-Bold", 10)
        c.drawString(36, h - 36, "ARDLEY COUNTY SHERIFF'S OFFICE   DISPATCH DOCKET")
        c.setFont("Courier", 8)
        c.drawString(36, h - 48, f"RUN: {label}   (740) 555-0164   PG {p}/{n}")
        c.drawString(36, h - 60, "-" * 100)
        return h - 74

    pg = Pager(path, letter, head, pages)
    c = pg.c
    for rec in recs:
        line = (f"CASE={rec['case_number']} RCVD={rec['reported_at']} NATURE={rec['type']} "
                f"LOC={rec['location']} DISP={rec['disposition']}")
        parts = simpleSplit(line, "Courier", 8, 520)
        pg.need(10 * len(parts) + 6)
        c.setFont("Courier", 8)
        for j, t in enumerate(parts):
            c.drawString(36 if j == 0 else 60, pg.y - 10 * j, t)
        pg.y -= 10 * len(parts) + 5
    pg.need(20)
    c.setFont("Courier-Bold", 8)
    c.drawString(36, pg.y, f"*** END OF DOCKET - {len(recs)} ENTRIES ***")
    return pg.done()


# --------------------------------------------------- C: Marlow City, IN: labelled blocks, id mid-block

def c_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"MCPD-25-{k:05d}")
    for rec in recs:
        d = rec["d"]
        rec["reported_at"] = f"{d[1]:02d}-{d[2]:02d}-{d[0]} {rec['h']:02d}:{rec['m']:02d}"
        if rec["disposition"] == "Referred":
            num = f"IN-{r.randint(100, 999)}-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to county prosecutor, cause {num}"
            rec["related"].append(("court_case", num))
    return recs


def draw_c(path, recs, label, pages):
    def head(c, w, h, p, n):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, h - 40, "Marlow City Police Department - Public Incident Blotter")
        c.setFont("Helvetica", 8)
        c.drawString(50, h - 52, f"{label}   Records Section (812) 555-0119")
        c.drawRightString(w - 50, h - 52, f"{p} of {n}")
        return h - 72

    pg = Pager(path, letter, head, pages)
    c = pg.c
    for rec in recs:
        pg.need(62)
        rows = [("Call received", rec["reported_at"]), ("Incident type", rec["type"]),
                ("Incident Report #", rec["case_number"]), ("Address", rec["location"]),
                ("Outcome", rec["disposition"])]
        c.setLineWidth(.3)
        c.line(50, pg.y + 8, 560, pg.y + 8)
        for j, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(60, pg.y - 10 * j, k + ":")
            c.setFont("Helvetica", 8)
            c.drawString(160, pg.y - 10 * j, v)
        pg.y -= 60
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, pg.y, f"Blotter entries: {len(recs)}")
    return pg.done()


# --------------------------------------------------- D: Otter Prairie, IL village: narrative press log

def d_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"OP25-{k:04d}")
    for rec in recs:
        d = rec["d"]
        rec["reported_at"] = f"{d[1]}/{d[2]}/{d[0]} at {rec['h']:02d}{rec['m']:02d} hours"
        rec["type"] = rec["type"].upper()
        rec["disposition"] = {"Arrest": "An arrest was made", "Citation": "A local ordinance citation was issued",
                              }.get(rec["disposition"], rec["disposition"])
        if rec["disposition"].startswith("A local"):
            num = f"LOC-{r.randint(10000, 99999)}"
            rec["disposition"] += f", ticket {num}"
            rec["related"].append(("citation", num))
        if r.random() < .12:
            num = f"DCSO {r.randint(25000, 25999)}"
            rec["summary"] = f"The DuVal County Sheriff assisted under their report {num}."
            rec["related"].append(("other_agency_case", num))
    return recs


def d_text(rec):
    s = (f"{rec['type'].upper()} - On {rec['reported_at']} (report {rec['case_number']}), officers responded to "
         f"{rec['location']}. {rec.get('summary', '')} "
         f"{'' if rec['disposition'].startswith('A') else 'Disposition: '}{rec['disposition']}.")
    return " ".join(s.split())


def draw_d(path, recs, label, pages):
    def head(c, w, h, p, n):
        c.setFont("Times-Bold", 12)
        c.drawString(60, h - 44, "Village of Otter Prairie Police - Press Log")
        c.setFont("Times-Italic", 9)
        c.drawString(60, h - 57, f"{label}. Media line (630) 555-0152. Sheet {p} of {n}.")
        return h - 80

    pg = Pager(path, letter, head, pages)
    c = pg.c
    for rec in recs:
        lines = simpleSplit(d_text(rec), "Times-Roman", 9.5, 480)
        pg.need(12 * len(lines) + 6)
        c.setFont("Times-Roman", 9.5)
        for j, t in enumerate(lines):
            c.drawString(60, pg.y - 12 * j, t)
        pg.y -= 12 * len(lines) + 8
    c.setFont("Times-Bold", 9.5)
    c.drawString(60, pg.y, f"This log lists {len(recs)} reports.")
    return pg.done()


# --------------------------------------------------- E: Kessling University, WI: several offenses per case

def e_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"KUPD{k:06d}")
    for rec in recs:
        d = rec["d"]
        rec["reported_at"] = f"{d[1]:02d}/{d[2]:02d}/{d[0]} {rec['h']:02d}:{rec['m']:02d}"
        rec["location"] = r.choice(["Halvorsen Hall", "Birkeland Library", "Lot 14", "Stoughton Union",
                                    "Veblen Science Center", "Nygaard Arena"])
        rec["offenses"] = [rec["type"]] + ([r.choice([x for x in TYPES if x != rec["type"]])] if r.random() < .25 else [])
        rec["type"] = rec["offenses"]
        if rec["disposition"] == "Citation":
            num = f"MC{r.randint(100000, 999999)}"
            rec["disposition"] = f"Municipal citation {num}"
            rec["related"].append(("citation", num))
    return recs


def draw_e(path, recs, label, pages):
    def head(c, w, h, p, n):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 38, "Kessling University Police Department - Daily Crime and Fire Log")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, h - 50, f"{label}   (608) 555-0171   page {p} of {n}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in [(40, "Case"), (110, "Reported"), (190, "Offense(s)"), (380, "General Location"),
                     (510, "Disposition")]:
            c.drawString(x, h - 68, t)
        c.line(40, h - 71, w - 40, h - 71)
        return h - 82

    pg = Pager(path, landscape(letter), head, pages)
    c = pg.c
    for rec in recs:
        k = len(rec["offenses"])
        pg.need(10 * k + 4)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, pg.y, rec["case_number"])
        c.setFont("Helvetica", 7.5)
        c.drawString(110, pg.y, rec["reported_at"])
        for j, o in enumerate(rec["offenses"]):
            c.drawString(190, pg.y - 10 * j, f"{j + 1}. {o}")
        c.drawString(380, pg.y, rec["location"])
        c.drawString(510, pg.y, rec["disposition"])
        pg.y -= 10 * k + 3
    c.setFont("Helvetica-Bold", 8)
    offs = sum(len(x["offenses"]) for x in recs)
    c.drawString(40, pg.y - 6, f"Cases: {len(recs)}    Offenses listed: {offs}")
    return pg.done()


# --------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i]}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs38.py (seed {SEED} + agency number)",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["related"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs38.py) from the records it drew; "
                               "checked by check_blind_logs38.py against `pdftotext -layout` text",
        "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


F = ["case_number", "reported_at", "type", "location", "disposition"]


def main():
    one_agency("brennock-township-mi-pd", 1,
               [("btpd-complaint-register-2025-11-03-07.pdf", days(11, 3, 7), "Nov. 3 - 7, 2025", 96, 4100),
                ("btpd-complaint-register-2025-11-10-14.pdf", days(11, 10, 14), "Nov. 10 - 14, 2025", 88, 4300)],
               a_records, draw_a, "Brennock Township Police Department, MI [invented]",
               "complaint register (Julian dates, day-total lines)", "table with header", F,
               "Portrait Times table; columns Complaint # (25-NNNNN, Courier, the id), Rec'd (yr-day) as a "
               "Julian date and time ('2025-307 0151', reported_at as printed; day 307 is November 3), Nature of "
               "Complaint, Address, Clearance (wraps). After each day an italic line '25-307  Day total 2025-307  "
               "N complaints' whose first cell looks like an id in the id column: NOT a record. Clearance cites "
               "jail bookings 'lodged WCJ-NNNNNN' and state police cases 'MSP NN-NNNN-25' (related). Ends "
               "'Complaints in register: N'; footer 'Page n of N'.")
    one_agency("ardley-county-oh-so", 2,
               [("acso-dispatch-docket-2025-11-01-04.pdf", days(11, 1, 4), "11/01/2025-11/04/2025", 120, 88000),
                ("acso-dispatch-docket-2025-11-05-07.pdf", days(11, 5, 7), "11/05/2025-11/07/2025", 104, 88400)],
               b_records, draw_b, "Ardley County Sheriff's Office, OH [invented]",
               "teletype dispatch docket (KEY=VALUE runs, hard-wrapped)", "free text", F,
               "Courier teletype docket, no column titles: each entry is one run of KEY=VALUE fields 'CASE=S25-NNNNNN "
               "RCVD=11/1/2025 01:04 NATURE=... LOC=ADDRESS, TOWNSHIP DISP=...' (date without leading zeros) "
               "hard-wrapped at the right margin onto indented continuation lines, so a field (even a number) "
               "may continue on the next line. DISP cites 'CITATION OHNNNNNNNN' and 'ARREST / BOOKED ACJ25-NNNN' "
               "(related). Ends '*** END OF DOCKET - N ENTRIES ***'; header 'PG n/N'.")
    one_agency("marlow-city-in-pd", 3,
               [("mcpd-blotter-2025-11-02-08.pdf", days(11, 2, 8), "Week of November 2, 2025", 62, 1200)],
               c_records, draw_c, "Marlow City Police Department, IN [invented]",
               "incident blotter (labelled blocks)", "labelled blocks", F,
               "Labelled blocks over a hairline, five lines each: 'Call received:' (MM-DD-YYYY HH:MM), "
               "'Incident type:', then the id on the THIRD line 'Incident Report #: MCPD-25-NNNNN', 'Address:', "
               "'Outcome:' (cites county court causes 'IN-NNN-NNNNN', related). A record starts at 'Call "
               "received', above its id. Ends 'Blotter entries: N'.")
    one_agency("otter-prairie-il-pd", 4,
               [("oppd-press-log-2025-11.pdf", days(11, 1, 30), "November 2025", 74, 600)],
               d_records, draw_d, "Village of Otter Prairie Police Department, IL [invented]",
               "press log (narrative paragraphs)", "free text", F + ["summary"],
               "One Times paragraph per report with a run-in upper-case type: 'FRAUD - On 11/4/2025 at 0812 hours "
               "(report OP25-NNNN), officers responded to ADDRESS. [sentence] DISPOSITION.' - the id sits in "
               "parentheses INSIDE the opening sentence. Some paragraphs cite the sheriff's report 'DCSO 25NNN' "
               "(written 'their report DCSO ...') and ordinance tickets 'LOC-NNNNN' (related). Paragraphs wrap. "
               "Ends 'This log lists N reports.'")
    one_agency("kessling-university-wi-pd", 5,
               [("kupd-crime-fire-log-2025-11.pdf", days(11, 1, 30), "November 1 - 30, 2025", 140, 250400)],
               e_records, draw_e, "Kessling University Police Department, WI [invented]",
               "daily crime and fire log (several offenses per case)", "table with header", F,
               "Landscape table Case (KUPDNNNNNN), Reported (MM/DD/YYYY HH:MM), Offense(s) numbered '1. ...' - a "
               "case may print a SECOND offense line '2. ...' under the first, which is the same record "
               "(type is then a list), General Location (building), Disposition ('Municipal citation MCNNNNNN', "
               "related). Ends 'Cases: N    Offenses listed: M' (only N counts records).")


if __name__ == "__main__":
    main()
