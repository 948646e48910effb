"""Generate the held-out set blind_logs85: incident logs whose columns are out of the usual order or repeated.

Five layouts: an RMS offense listing with a Seq column beside the case number (one row per offense, the
case number repeated); a log with Occurred before Reported and the report number in the middle; a dispatch
log with the id LAST and a running line-number column just before it; a half-letter log with each record's
columns wrapped onto a second line; a landscape ledger with the id printed at BOTH ends of every row.
Every agency, place and record is invented; no person is named. Deterministic (fixed seeds, invariant).
Run: python tests/documents/blind_logs85/make_blind_logs85.py [OUT_DIR]
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261185
STREETS = ["Ashby", "Birchfield", "Calloway", "Dorrance", "Elmcrest", "Foxhollow", "Granger", "Halvorsen",
           "Ivanhoe", "Juniper", "Kettering", "Lockridge", "Mayfair", "Northgate", "Osgood", "Prescott",
           "Quill", "Redfern", "Stanwick", "Tolliver"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]
TYPES = ["THEFT", "BURGLARY", "VANDALISM", "ASSAULT", "FRAUD", "TRESPASS", "DUI", "WELFARE CHECK",
         "NOISE COMPLAINT", "SUSPICIOUS PERSON", "HIT AND RUN", "DISTURBANCE", "LOST PROPERTY", "WARRANT SERVICE"]
DISPS = ["REPORT TAKEN", "ARREST", "CITED", "UNFOUNDED", "GONE ON ARRIVAL", "REFERRED", "CLOSED"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def make_records(r, month, first, last, n, fmt, start):
    mins = sorted(r.sample(range(0, 1440 * (last - first + 1)), n))
    recs, k = [], start
    for m in mins:
        k += r.choice((1, 1, 2))
        day = first + m // 1440
        h, mi = (m % 1440) // 60, m % 60
        back = r.choice((0, 0, 15, 40, 95, 300, 720))
        om = m - back
        od, oh, omi = first + om // 1440 if om >= 0 else first, ((om % 1440) // 60), om % 60
        if om < 0:
            oh, omi = 0, 5
        recs.append({"case_number": fmt.format(k), "d": (month, day), "hm": (h, mi),
                     "od": (month, od), "ohm": (oh, omi),
                     "type": r.choice(TYPES),
                     "location": f"{r.randint(1, 79) * 100 + r.randint(0, 99)} {r.choice(STREETS).upper()} "
                                 f"{r.choice(SUFFIX).upper()}",
                     "disposition": r.choice(DISPS), "related": []})
    return recs


def dt(d, hm, sep=" "):
    return f"{d[0]:02d}/{d[1]:02d}/2025{sep}{hm[0]:02d}:{hm[1]:02d}"


def table(path, size, title, sub, cols, rows, foot, font=7, lh=11, top_pad=0):
    """cols: [(x, title, align)]; rows: list of lists of cell-lines, each a list of (x, text, align)."""
    w, h = size
    c = new_canvas(path, size)
    pages = [0]

    def head():
        pages[0] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, h - 32, title)
        c.setFont("Helvetica", 7.5)
        c.drawString(30, h - 44, sub)
        c.setFont("Helvetica-Bold", font)
        for x, t, al in cols:
            (c.drawRightString if al == "r" else c.drawString)(x, h - 62, t)
        c.line(28, h - 65, w - 28, h - 65)
        c.setFont("Helvetica", font)
        return h - 76

    y = head()
    for row in rows:
        if y - lh * len(row) < 50:
            c.setFont("Helvetica", 7)
            c.drawString(30, 30, f"Page {pages[0]}")
            c.showPage()
            y = head()
        for line in row:
            for x, t, al in line:
                (c.drawRightString if al == "r" else c.drawString)(x, y, t)
            y -= lh
    c.setFont("Helvetica-Bold", 8)
    for i, f in enumerate(foot):
        c.drawString(30, y - 8 - 11 * i, f)
    c.setFont("Helvetica", 7)
    c.drawString(30, 30, f"Page {pages[0]}")
    c.showPage()
    c.save()


# A: Seq beside case number, one row per offense
def draw_a(path, recs, label, r):
    rows, lines = [], 0
    for rec in recs:
        offs = rec["offenses"]
        for i, off in enumerate(offs, 1):
            rows.append([[(30, rec["case_number"], "l"), (98, str(i), "l"), (122, rec["reported_at"], "l"),
                          (200, dt(rec["od"], rec["ohm"]), "l"), (278, off, "l"), (370, rec["location"], "l"),
                          (490, rec["disposition"], "l")]])
            lines += 1
    cols = [(30, "Case No.", "l"), (98, "Seq", "l"), (122, "Reported", "l"), (200, "Occurred", "l"),
            (278, "Offense", "l"), (370, "Location", "l"), (490, "Disposition", "l")]
    table(path, letter, "KEDRON HOLLOW POLICE DEPARTMENT - OFFENSE LISTING", f"Period: {label}   Sorted by case number, offense sequence",
          cols, rows, [f"Incidents: {len(recs)}   Offense lines: {lines}"])


def prep_a(r, recs):
    for rec in recs:
        rec["reported_at"] = dt(rec["d"], rec["hm"])
        k = r.choice((1, 1, 1, 1, 2, 2, 3))
        rec["offenses"] = [rec["type"]] + r.sample([t for t in TYPES if t != rec["type"]], k - 1)
        rec["type"] = rec["offenses"]


# B: Occurred first, Reported second, number in the middle
def prep_b(r, recs):
    for rec in recs:
        rec["reported_at"] = dt(rec["d"], rec["hm"])
        rec["occurred_at"] = dt(rec["od"], rec["ohm"])
        if rec["disposition"] == "ARREST":
            num = f"BK-{r.randint(100000, 999999)}"
            rec["disposition"] = f"ARREST {num}"
            rec["related"].append(("booking_number", num))


def draw_b(path, recs, label, r):
    cols = [(30, "Occurred", "l"), (110, "Reported", "l"), (190, "Report No.", "l"), (252, "Offense", "l"),
            (345, "Location", "l"), (465, "Disposition", "l")]
    rows = [[[(30, x["occurred_at"], "l"), (110, x["reported_at"], "l"), (190, x["case_number"], "l"),
              (252, x["type"], "l"), (345, x["location"], "l"), (465, x["disposition"], "l")]] for x in recs]
    table(path, letter, "VALE OF ORMSBY POLICE - CRIME LOG", f"{label}   (Occurred = earliest time of offense)",
          cols, rows, [f"Total reports: {len(recs)}"])


# C: dispatch log, line number then id LAST
def prep_c(r, recs):
    for rec in recs:
        rec["reported_at"] = dt(rec["d"], rec["hm"])
        rec["occurred_at"] = dt(rec["od"], rec["ohm"])
        if rec["disposition"] == "REFERRED":
            num = f"SO{r.randint(10000, 99999)}"
            rec["disposition"] = f"REFERRED {num}"
            rec["related"].append(("other_agency_case", num))


def draw_c(path, recs, label, r):
    w = landscape(letter)[0]
    cols = [(30, "Received", "l"), (110, "Nature", "l"), (210, "Location", "l"), (335, "Disposition", "l"),
            (440, "Occurred", "l"), (548, "Line", "r"), (w - 30, "Case No.", "r")]
    rows = [[[(30, x["reported_at"], "l"), (110, x["type"], "l"), (210, x["location"], "l"),
              (335, x["disposition"], "l"), (440, x["occurred_at"], "l"), (548, str(i), "r"),
              (w - 30, x["case_number"], "r")]] for i, x in enumerate(recs, 1)]
    table(path, landscape(letter), "GRISWOLD BEND COMMUNICATIONS - CALLS WITH CASE NUMBERS", f"{label}",
          cols, rows, [f"Lines printed: {len(recs)}"])


# D: half-letter page, two lines per record
def prep_d(r, recs):
    for rec in recs:
        rec["reported_at"] = dt(rec["d"], rec["hm"])
        rec["occurred_at"] = dt(rec["od"], rec["ohm"])


def draw_d(path, recs, label, r):
    size = (396, 612)
    cols = [(24, "Case #", "l"), (92, "Reported", "l"), (172, "Type", "l")]
    rows = [[[(24, x["case_number"], "l"), (92, x["reported_at"], "l"), (172, x["type"], "l")],
             [(44, x["occurred_at"], "l"), (122, x["location"], "l"), (250, x["disposition"], "l")], []]
            for x in recs]
    w, h = size
    c = new_canvas(path, size)
    page = 0
    y = 0
    for i, row in enumerate(rows):
        if i == 0 or y < 60:
            if i:
                c.setFont("Helvetica", 6.5)
                c.drawString(24, 24, f"Page {page}")
                c.showPage()
            page += 1
            c.setFont("Helvetica-Bold", 9)
            c.drawString(24, h - 30, "TULLAMORE CROSSING PD - DAILY LOG")
            c.setFont("Helvetica", 6.5)
            c.drawString(24, h - 41, label)
            c.setFont("Helvetica-Bold", 6.5)
            for x, t, _ in cols:
                c.drawString(x, h - 56, t)
            for x, t in ((44, "Occurred"), (122, "Location"), (250, "Disposition")):
                c.drawString(x, h - 64, t)
            c.line(22, h - 67, w - 22, h - 67)
            y = h - 78
        c.setFont("Helvetica", 6.5)
        for line in row:
            for x, t, _ in line:
                c.drawString(x, y, t)
            y -= 8.5
    c.setFont("Helvetica-Bold", 7)
    c.drawString(24, y - 6, f"Records listed: {len(recs)}")
    c.setFont("Helvetica", 6.5)
    c.drawString(24, 24, f"Page {page}")
    c.showPage()
    c.save()


# E: id at both ends of the row
def prep_e(r, recs):
    for rec in recs:
        rec["reported_at"] = dt(rec["d"], rec["hm"])
        rec["occurred_at"] = dt(rec["od"], rec["ohm"])
        if rec["disposition"] == "CITED":
            num = f"CT{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"CITED {num}"
            rec["related"].append(("citation", num))


def draw_e(path, recs, label, r):
    w = landscape(letter)[0]
    cols = [(30, "Incident", "l"), (95, "Occurred", "l"), (172, "Reported", "l"), (250, "Offense", "l"),
            (345, "Location", "l"), (470, "Disposition", "l"), (w - 30, "Incident", "r")]
    rows = [[[(30, x["case_number"], "l"), (95, x["occurred_at"], "l"), (172, x["reported_at"], "l"),
              (250, x["type"], "l"), (345, x["location"], "l"), (470, x["disposition"], "l"),
              (w - 30, x["case_number"], "r")]] for x in recs]
    table(path, landscape(letter), "MERRIVALE TOWNSHIP POLICE - INCIDENT LEDGER", f"{label}   (incident number repeated at right edge for reading across)",
          cols, rows, [f"Incidents this ledger: {len(recs)}"])


NOTES = {
    "a": "Portrait RMS offense listing. Columns Case No. (KH25-NNNNN, the id), Seq (offense sequence 1,2,3 within the case), Reported, Occurred, Offense, Location, Disposition. TRAP: an incident with several offenses prints one row per offense, the case number REPEATED on each with Seq 2, 3: one record with a list of offenses (type is the list). Seq numbers are not ids. Ends 'Incidents: N   Offense lines: M' (N = record_count).",
    "b": "Portrait crime log with Occurred FIRST and Reported SECOND, Report No. (VO-25-NNNN, the id) in the MIDDLE (third column), then Offense, Location, Disposition ('ARREST BK-NNNNNN' related). TRAP: the first date on each row is the occurrence, not the report time. Ends 'Total reports: N'.",
    "c": "Landscape dispatch listing: Received, Nature, Location, Disposition ('REFERRED SONNNNN' related), Occurred, Line (running 1..N across pages), Case No. (GB-2025-NNNNN, the id) LAST, right-aligned. TRAP: the running Line number is printed just before the id; it is not a record number. Ends 'Lines printed: N'.",
    "d": "Half-letter (5.5x8.5 in) daily log: each record's columns wrapped onto two lines: line 1 Case # (TC25-NNNN, the id), Reported, Type; line 2 indented: Occurred, Location, Disposition; a blank line between records. Header titles likewise on two lines. TRAP: the second line begins with a date-time like a record start but belongs to the record above. Ends 'Records listed: N'.",
    "e": "Landscape ledger: Incident (MT-25-NNNNN, the id) at the LEFT, Occurred, Reported, Offense, Location, Disposition ('CITED CTNNNNNNN' related), and the Incident number REPEATED at the right edge of every row. TRAP: each id is printed twice per row (one record, not two). Ends 'Incidents this ledger: N'.",
}

AGENCIES = [
    ("kedron-hollow-vt-pd", 1, "Kedron Hollow Police Department, VT [invented]", "offense listing (Seq beside case number)",
     "table with header", prep_a, draw_a, "KH25-{:05d}", "a",
     ["case_number", "reported_at", "type", "location", "disposition"],
     [("khpd-offense-listing-2025-10-01-10.pdf", 10, 1, 10, 62, 4100), ("khpd-offense-listing-2025-10-11-20.pdf", 10, 11, 20, 55, 4210)]),
    ("vale-of-ormsby-pa-pd", 2, "Vale of Ormsby Police, PA [invented]", "crime log (occurred before reported, number in the middle)",
     "table with header", prep_b, draw_b, "VO-25-{:04d}", "b",
     ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"],
     [("vopd-crime-log-2025-10.pdf", 10, 1, 31, 118, 1300)]),
    ("griswold-bend-in-communications", 3, "Griswold Bend Communications Center, IN [invented]", "dispatch listing (line number, id last)",
     "table with header", prep_c, draw_c, "GB-2025-{:05d}", "c",
     ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"],
     [("gbcc-calls-2025-10-01-15.pdf", 10, 1, 15, 88, 21400), ("gbcc-calls-2025-10-16-31.pdf", 10, 16, 31, 94, 21600)]),
    ("tullamore-crossing-ne-pd", 4, "Tullamore Crossing PD, NE [invented]", "half-letter daily log (two lines per record)",
     "table with header", prep_d, draw_d, "TC25-{:04d}", "d",
     ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"],
     [("tcpd-daily-log-2025-10-06-12.pdf", 10, 6, 12, 47, 700), ("tcpd-daily-log-2025-10-13-19.pdf", 10, 13, 19, 52, 760)]),
    ("merrivale-township-mi-pd", 5, "Merrivale Township Police, MI [invented]", "incident ledger (id at both ends of the row)",
     "table with header", prep_e, draw_e, "MT-25-{:05d}", "e",
     ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"],
     [("mtpd-ledger-2025-10.pdf", 10, 1, 31, 126, 8800)]),
]


def main():
    for slug, seed, agency, doc_type, layout, prep, draw, fmt, key, fields, runs in AGENCIES:
        r = random.Random(SEED + seed)
        d = OUT / slug
        d.mkdir(parents=True, exist_ok=True)
        gt = []
        for fname, month, first, last, n, start in runs:
            recs = make_records(r, month, first, last, n, fmt, start)
            prep(r, recs)
            path = d / fname
            draw(path, recs, f"October {first} - {last}, 2025", r)
            samples = []
            for i in (0, n // 2, n - 1):
                s = {k: recs[i][k] for k in fields if k in recs[i]}
                if recs[i]["related"]:
                    s["related_numbers"] = [num for _, num in recs[i]["related"]]
                samples.append(s)
            data = path.read_bytes()
            gt.append({
                "file": fname, "source_repo": "generated", "commit": "generated", "path": "generated",
                "git_blob": "generated", "generator": f"make_blind_logs85.py (seed {SEED} + {seed})",
                "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "pages": pdf_pages(path),
                "agency": agency, "document_type": doc_type, "layout": layout, "scanned": False,
                "encrypted": False, "text_layer": "good", "record_count": n,
                "case_numbers": [x["case_number"] for x in recs],
                "related_numbers": [{"record": x["case_number"], "kind": k, "number": num}
                                    for x in recs for k, num in x["related"]],
                "fields_present": fields, "sample_records": samples,
                "case_numbers_source": "written by make_blind_logs85.py from the records it drew; checked by "
                                       "check_blind_logs85.py against `pdftotext -layout` text",
                "record_count_check": "the document's own closing count equals record_count",
                "notes": NOTES[key]})
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
