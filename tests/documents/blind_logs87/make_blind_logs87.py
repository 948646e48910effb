"""Generate a held-out set of incident-log PDFs: watermarked and stamped copies.

Five layouts, each page carrying what a released copy carries: diagonal watermarks drawn as text
(COPY, CONFIDENTIAL, PUBLIC RECORD, DUPLICATE), RECEIVED date stamps, page stamps and reviewer
initials. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs87/make_blind_logs87.py [OUT_DIR]
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
SEED = 20261187
STREETS = ["Ambrose", "Birchwood", "Caldwell", "Delancey", "Elmhurst", "Farrow", "Glenhaven", "Hollis",
           "Ivers", "Juniper", "Kingsley", "Lockhart", "Merriam", "Norcross", "Oakfield", "Prescott",
           "Redfern", "Stanwick", "Tillman", "Underhill", "Varick", "Whitcomb"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Blvd"]
TYPES = ["Theft", "Burglary - Residential", "Vandalism", "Welfare Check", "Traffic Collision", "Disturbance",
         "Suspicious Person", "Found Property", "Assault - Simple", "Trespass", "Noise Complaint",
         "Fraud", "Vehicle Theft", "Alarm - Commercial", "Animal Complaint", "Harassment"]
DISPS = ["Report Taken", "Closed", "Unfounded", "Referred", "Gone on Arrival", "Advised", "Cleared"]


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
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def make_records(r, month, days, n, fmt, start, rel):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    recs, k = [], start
    for m in mins:
        d, hh, mm = days[m // 1440], (m % 1440) // 60, m % 60
        k += r.randint(1, 3)
        rec = {"case_number": fmt.format(k), "date": f"{month:02d}/{d:02d}/2025", "time": f"{hh:02d}:{mm:02d}",
               "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS), "related": []}
        if r.random() < 0.12:
            num = rel.format(r.randint(1000, 9999))
            rec["disposition"] = f"Arrest, booking {num}"
            rec["related"].append(("booking_number", num))
        recs.append(rec)
    return recs


def watermark(c, text, size, x, y, angle=45, grey=0.85):
    c.saveState()
    c.setFillGray(grey)
    c.setFont("Helvetica-Bold", size)
    c.translate(x, y)
    c.rotate(angle)
    c.drawCentredString(0, 0, text)
    c.restoreState()


def received(c, x, y, lines):
    c.saveState()
    c.setStrokeGray(0.3)
    c.setFillGray(0.3)
    c.rect(x, y - 12 * len(lines) + 4, 130, 12 * len(lines) + 6)
    c.setFont("Courier-Bold", 9)
    for i, s in enumerate(lines):
        c.drawString(x + 6, y - 12 * i, s)
    c.restoreState()


# ---------------------------------------------------------------- layouts
# each draw function returns the number of pages; stamp/extra text is in the PDF but not in records

def draw_table(path, recs, spec, pages):
    """Generic header table; spec controls title, columns, stamps."""
    size = spec.get("size", letter)
    W, H = size
    c = new_canvas(path, size)
    page = 0
    y = 0

    def head():
        nonlocal page, y
        page += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 40, spec["title"])
        c.setFont("Helvetica", 9)
        c.drawString(40, H - 54, spec["sub"])
        spec["stamp"](c, W, H, page, pages)
        y = H - 100
        c.setFont("Helvetica-Bold", 8)
        for (name, x, _w) in spec["cols"]:
            c.drawString(x, y, name)
        c.line(40, y - 3, W - 40, y - 3)
        y -= 14

    def foot():
        spec["foot"](c, W, H, page, pages)
        c.showPage()

    head()
    for rec in recs:
        if y < 70:
            foot()
            head()
        c.setFont("Helvetica", 8)
        for (_name, x, key) in spec["cols"]:
            c.drawString(x, y, key(rec))
        y -= 13
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y - 8, spec["total"].format(n=len(recs)))
    foot()
    c.save()
    return page


def draw_blocks(path, recs, spec, pages):
    W, H = letter
    c = new_canvas(path, letter)
    page = 0
    y = 0

    def head():
        nonlocal page, y
        page += 1
        c.setFont("Times-Bold", 13)
        c.drawString(50, H - 45, spec["title"])
        c.setFont("Times-Roman", 9)
        c.drawString(50, H - 58, spec["sub"])
        spec["stamp"](c, W, H, page, pages)
        y = H - 90

    head()
    for _i, rec in enumerate(recs):
        if y < 140:
            spec["foot"](c, W, H, page, pages)
            c.showPage()
            head()
        c.setFont("Times-Bold", 9)
        c.drawString(50, y, f"Incident No.: {rec['case_number']}")
        c.setFont("Times-Roman", 9)
        c.drawString(260, y, f"Received: {rec['date']} {rec['time']}")
        c.drawString(50, y - 12, f"Call Type: {rec['type']}")
        c.drawString(50, y - 24, f"Address: {rec['location']}")
        c.drawString(50, y - 36, f"Finding: {rec['disposition']}")
        if rec.get("initials"):
            c.setFont("Courier-Oblique", 8)
            c.drawString(440, y - 12, rec["initials"])
        c.line(50, y - 44, W - 50, y - 44)
        y -= 58
    c.setFont("Times-Bold", 9)
    c.drawString(50, y, spec["total"].format(n=len(recs)))
    spec["foot"](c, W, H, page, pages)
    c.showPage()
    c.save()
    return page


def draw_narr(path, recs, spec, pages):
    W, H = letter
    c = new_canvas(path, letter)
    page = 0
    y = 0

    def head():
        nonlocal page, y
        page += 1
        c.setFont("Times-Bold", 12)
        c.drawString(60, H - 45, spec["title"])
        spec["stamp"](c, W, H, page, pages)
        y = H - 80

    head()
    last_date = None
    for rec in recs:
        if y < 100:
            spec["foot"](c, W, H, page, pages)
            c.showPage()
            head()
            last_date = None
        if rec["date"] != last_date:
            c.setFont("Times-Bold", 10)
            c.drawString(60, y, f"Date: {rec['date']}")
            y -= 15
            last_date = rec["date"]
        c.setFont("Times-Roman", 9)
        c.drawString(60, y, f"{rec['time'].replace(':', '')} - {rec['case_number']} - {rec['type']} at "
                            f"{rec['location']}.")
        c.drawString(75, y - 11, f"Officer #{rec['badge']} responded. {rec['disposition']}.")
        y -= 27
    c.setFont("Times-Bold", 9)
    c.drawString(60, y, spec["total"].format(n=len(recs)))
    spec["foot"](c, W, H, page, pages)
    c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- agencies

def col(k):
    return lambda rec: rec[k]


def stamp_kp(c, W, H, page, pages):
    watermark(c, "COPY", 90, W / 2, H / 2)
    received(c, W - 190, H - 30, ["RECEIVED", "NOV 04 2025", "CITY CLERK  REQ 25-0412"])


def foot_kp(c, W, H, page, pages):
    c.setFont("Helvetica", 7)
    c.drawString(40, 30, f"Page {page} of {pages or 0}")


def stamp_dr(c, W, H, page, pages):
    watermark(c, "PUBLIC RECORD", 90, W / 2, H / 2, angle=30)


def foot_dr(c, W, H, page, pages):
    c.setFont("Helvetica", 7)
    c.drawString(40, 30, "Records Division - released copy")
    c.setFont("Courier-Bold", 9)
    c.drawString(W - 150, 30, f"DRPD-REL-{page + 2200:06d}")


def stamp_sh(c, W, H, page, pages):
    watermark(c, "CONFIDENTIAL", 80, W / 2, H / 2)
    c.saveState()
    c.setFont("Courier-Bold", 11)
    c.setFillGray(0.25)
    c.drawString(W - 200, H - 40, "RELEASED - REDACTED")
    c.restoreState()


def foot_sh(c, W, H, page, pages):
    c.setFont("Times-Roman", 8)
    c.drawString(50, 30, f"Reviewed by counsel, page {page}")


def stamp_tc(c, W, H, page, pages):
    watermark(c, "COPY", 120, W / 2, H / 2 + 120)
    watermark(c, "COPY", 120, W / 2, H / 2 - 200)
    received(c, 380, H - 55, ["RECEIVED", "OCT 31 2025", "14:20  CLERK OFFICE"])


def foot_tc(c, W, H, page, pages):
    c.setFont("Times-Roman", 8)
    c.drawString(60, 30, f"-- {page} --")


def stamp_wb(c, W, H, page, pages):
    watermark(c, "DUPLICATE", 110, W / 2, H / 2, angle=20)
    received(c, W - 200, H - 30, ["RECEIVED", "DEC 01 2025", "PAGE STAMP " + f"{page:03d}"])


def foot_wb(c, W, H, page, pages):
    c.setFont("Helvetica", 7)
    c.drawString(40, 30, f"Printed 11/30/2025 08:15   Sheet {page}")


def days(a, b):
    return list(range(a, b + 1))


AGENCIES = [
    dict(slug="kestrel-point-me-pd", agency="Kestrel Point Police Department, ME [invented]", seed=1,
         doc_type="daily incident log, clerk's received copy", layout="table with header", draw=draw_table,
         fmt="KP25-{:05d}", rel="KPB-{}",
         runs=[("kppd-incident-log-2025-10-01-15.pdf", 10, days(1, 15), 78, 4100, "October 1 - 15, 2025"),
               ("kppd-incident-log-2025-10-16-31.pdf", 10, days(16, 31), 84, 4300, "October 16 - 31, 2025")],
         spec=lambda sub: dict(title="KESTREL POINT POLICE DEPARTMENT - INCIDENT LOG", sub=sub,
                               cols=[("Case #", 40, col("case_number")), ("Date", 110, col("date")),
                                     ("Time", 165, col("time")), ("Incident Type", 200, col("type")),
                                     ("Location", 340, col("location")), ("Disposition", 450, col("disposition"))],
                               stamp=stamp_kp, foot=foot_kp, total="Total incidents: {n}"),
         notes="Portrait table, header row repeated per page: Case # (KP25-NNNNN, the id), Date, Time (reported_at "
               "joins them), Incident Type, Location, Disposition ('Arrest, booking KPB-NNNN' is related). TWIST: "
               "every page carries a huge grey diagonal 'COPY' watermark drawn as text, so its letters enter the "
               "text layer among the rows, and a boxed RECEIVED stamp at the top right ('RECEIVED / NOV 04 2025 / "
               "CITY CLERK REQ 25-0412'): the request number 25-0412 and stamp date are not records. "
               "'Page N of M' footer. Ends 'Total incidents: N'."),
    dict(slug="dunmore-ridge-co-pd", agency="Dunmore Ridge Police Department, CO [invented]", seed=2,
         doc_type="released incident log with Bates numbers", layout="table with header", draw=draw_table,
         fmt="25-{:06d}", rel="DRJ{}",
         runs=[("drpd-released-log-2025-09.pdf", 9, days(1, 30), 118, 18000, "September 2025")],
         spec=lambda sub: dict(title="Dunmore Ridge Police Department", sub=sub, size=landscape(letter),
                               cols=[("Reported", 40, lambda r: f"{r['date']} {r['time']}"),
                                     ("Report No.", 130, col("case_number")), ("Offense", 220, col("type")),
                                     ("Address", 380, col("location")), ("Result", 520, col("disposition"))],
                               stamp=stamp_dr, foot=foot_dr, total="{n} reports released"),
         notes="Landscape table: Reported (MM/DD/YYYY HH:MM, reported_at), Report No. (25-NNNNNN, the id, second "
               "column, no letters), Offense, Address, Result ('Arrest, booking DRJNNNN' related). TWIST: a "
               "diagonal 'PUBLIC RECORD' watermark (30 degrees) drawn as text on every page, and a Bates number "
               "DRPD-REL-NNNNNN bottom right of each page (a release page number, not a record; its digits look "
               "like a report number). Ends 'N reports released'."),
    dict(slug="stillwater-hollow-ky-so", agency="Stillwater Hollow County Sheriff's Office, KY [invented]", seed=3,
         doc_type="dispatch call log in labelled blocks, redacted release", layout="labelled blocks",
         draw=draw_blocks, fmt="SH-25-{:04d}", rel="SHJ-{}",
         runs=[("shso-call-blocks-2025-10-01-10.pdf", 10, days(1, 10), 62, 3300, "October 1 - 10, 2025"),
               ("shso-call-blocks-2025-10-11-20.pdf", 10, days(11, 20), 57, 3480, "October 11 - 20, 2025")],
         spec=lambda sub: dict(title="STILLWATER HOLLOW COUNTY SHERIFF - CALLS FOR SERVICE", sub=sub,
                               stamp=stamp_sh, foot=foot_sh, total="Blocks on this release: {n}"),
         notes="Labelled blocks parted by rules: 'Incident No.: SH-25-NNNN' (the id) with 'Received: MM/DD/YYYY "
               "HH:MM' on the same line (reported_at), 'Call Type:', 'Address:', 'Finding:' (disposition; "
               "'Arrest, booking SHJ-NNNN' related). TWIST: diagonal 'CONFIDENTIAL' watermark drawn as text and a "
               "'RELEASED - REDACTED' stamp on each page; some blocks carry a reviewer's initials and date in "
               "italic Courier at the right of the Call Type line ('rev. KB 11/03' - letters only, no person "
               "named): not a field, not a record. Footer 'Reviewed by counsel, page N'. Ends 'Blocks on this "
               "release: N'."),
    dict(slug="tamsin-cove-ri-pd", agency="Tamsin Cove Police Department, RI [invented]", seed=4,
         doc_type="shift narrative log, stamped copy", layout="free text", draw=draw_narr,
         fmt="TC{:06d}", rel="TCA-{}",
         runs=[("tcpd-shift-narrative-2025-10.pdf", 10, days(1, 24), 96, 251000, "October 2025")],
         spec=lambda sub: dict(title="Tamsin Cove Police - Shift Narrative Log, " + sub, stamp=stamp_tc,
                               foot=foot_tc, total="Entries: {n}"),
         notes="Free-text shift narrative: 'Date: MM/DD/YYYY' headings (repeated at the top of each page), then "
               "per entry 'HHMM - TCNNNNNN - Type at Location.' and an indented line 'Officer #NNN responded. "
               "Disposition.' (badge numbers are not ids; 'Arrest, booking TCA-NNNN' related). reported_at as "
               "printed joins heading date and the entry's HHMM ('10/03/2025 0412'). TWIST: two 'COPY' "
               "watermarks per page drawn as text, and a RECEIVED stamp whose second line is a date and whose "
               "third line starts with a clock time ('14:20 CLERK OFFICE') - a time that is no entry. Page "
               "numbers '-- N --'. Ends 'Entries: N'."),
    dict(slug="wrenfield-bay-or-pd", agency="Wrenfield Bay Police Department, OR [invented]", seed=5,
         doc_type="duplicate of a daily media log, page-stamped", layout="table with header", draw=draw_table,
         fmt="WB-2025-{:05d}", rel="WBJ{}",
         runs=[("wbpd-media-log-2025-11-01-12.pdf", 11, days(1, 12), 66, 7700, "November 1 - 12, 2025"),
               ("wbpd-media-log-2025-11-13-24.pdf", 11, days(13, 24), 71, 7880, "November 13 - 24, 2025")],
         spec=lambda sub: dict(title="WRENFIELD BAY PD  MEDIA LOG  (DUPLICATE)", sub=sub,
                               cols=[("Time", 40, col("time")), ("Date", 75, col("date")),
                                     ("Nature", 130, col("type")), ("Where", 270, col("location")),
                                     ("Outcome", 380, col("disposition")),
                                     ("Incident", 480, col("case_number"))],
                               stamp=stamp_wb, foot=foot_wb, total="Media log lines: {n}"),
         notes="Portrait media log: Time, Date (reported_at printed as 'HH:MM MM/DD/YYYY', time first), Nature, "
               "Where, Outcome ('Arrest, booking WBJNNNN' related), and the id LAST (WB-2025-NNNNN). TWIST: a "
               "'DUPLICATE' watermark (20 degrees) drawn as text on every page, a boxed stamp 'RECEIVED / DEC 01 "
               "2025 / PAGE STAMP NNN' at top right, and a footer 'Printed 11/30/2025 08:15 Sheet N' whose date "
               "and time look like a row's. Ends 'Media log lines: N'."),
]


def entry(path, a, recs):
    samples = []
    for i in (0, len(recs) // 2, len(recs) - 1):
        x = recs[i]
        ra = f"{x['time']} {x['date']}" if a["slug"].startswith("wrenfield") else (
            f"{x['date']} {x['time'].replace(':', '')}" if a["slug"].startswith("tamsin") else f"{x['date']} {x['time']}")
        s = {"case_number": x["case_number"], "reported_at": ra, "type": x["type"], "location": x["location"],
             "disposition": x["disposition"]}
        if x["related"]:
            s["related_numbers"] = [n for _k, n in x["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs87.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": a["agency"],
        "document_type": a["doc_type"], "layout": a["layout"], "scanned": False, "encrypted": False,
        "text_layer": "good", "record_count": len(recs), "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": n} for x in recs for k, n in x["related"]],
        "fields_present": ["case_number", "reported_at", "type", "location", "disposition"],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs87.py) from the records it drew; "
                               "checked by check_blind_logs87.py against `pdftotext -layout` text",
        "record_count_check": "rows counted from the generator; the printed total equals record_count",
        "notes": a["notes"],
    }


def main():
    for a in AGENCIES:
        r = random.Random(SEED + a["seed"])
        d = OUT / a["slug"]
        d.mkdir(parents=True, exist_ok=True)
        gt = []
        for fname, month, ds, n, start, sub in a["runs"]:
            recs = make_records(r, month, ds, n, a["fmt"], start, a["rel"])
            for x in recs:
                x["badge"] = r.randint(101, 389)
                if a["slug"].startswith("stillwater") and r.random() < 0.2:
                    x["initials"] = f"rev. {r.choice('BDKMT')}{r.choice('BDKMT')} 11/0{r.randint(3, 7)}"
            spec = a["spec"](sub)
            pages = a["draw"](d / fname, recs, spec, None)
            a["draw"](d / fname, recs, spec, pages)
            gt.append(entry(d / fname, a, recs))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
