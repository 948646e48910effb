"""Generate a held-out set of incident-log PDFs whose records run across page breaks.

Five layouts: a ruled landscape table whose rows may break across pages (cells split, the rest
of every cell under the repeated header on the next page, id not repeated) with per-page entry
counts that count a split row on both pages; a sheriff's labelled-block summary with a
dictionary-style page header naming the first and last incident on the page, blocks split
anywhere; a fixed-width RMS print whose spooler banner and column line cut into records every
56 lines; a harbor report grouped by day whose narrative bands run on under a repeated
'(continued)' day heading; a table whose long narratives stop after three lines and are
continued on numbered continuation sheets at the back. Every agency, place and record is
invented; no person is named (officers appear as badge numbers). Output is deterministic:
fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs79/make_blind_logs79.py [OUT_DIR]
"""

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
SEED = 20261179
STREETS = ["Ashby", "Birchwood", "Calder", "Dunleigh", "Elmore", "Foxglove", "Granby", "Hazelton", "Ivel",
           "Juniper", "Kingsley", "Linwood", "Millbrook", "Northgate", "Oakhurst", "Penrose", "Quarry",
           "Redfern", "Salter", "Tamarack", "Underhill", "Verity", "Whitcombe"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
TYPES = ["Theft", "Burglary - residential", "Burglary - vehicle", "Vandalism", "Assault", "Disorderly conduct",
         "Suspicious person", "Trespass", "Fraud", "Domestic disturbance", "Harassment", "Welfare check",
         "Found property", "Hit and run", "Noise complaint", "Shoplifting", "Criminal mischief",
         "Stolen vehicle", "Missing person", "Alarm - commercial", "Animal complaint", "Drug violation"]
DISPS = ["Report taken", "Closed", "Unfounded", "Referred", "Gone on arrival", "Advised", "Pending",
         "Cleared by arrest", "Warning issued"]
SENT = [
    "Caller reported {a} near the {p}.",
    "Officer {b} responded and spoke with the reporting party.",
    "The reporting party stated the {o} had been missing since the previous evening.",
    "Area was checked with negative results.",
    "A {o} valued at approximately ${v} was reported taken.",
    "Officer {b} located a witness who described a subject leaving on foot toward the {p}.",
    "No suspect information was available at the time of the report.",
    "The subject was advised of the trespass warning and left without incident.",
    "Photographs were taken and the scene was released to the owner.",
    "Video from a nearby business was requested for review.",
    "Both parties were separated and interviewed; no injuries were reported.",
    "The reporting party declined to pursue charges at this time.",
    "Officer {b} checked the {p} and found the rear door secure.",
    "Responding officers found {a} and cleared the scene after a short check.",
    "The property was logged and placed in temporary storage.",
    "A neighbor reported hearing loud voices shortly after midnight.",
    "The vehicle was entered into the state system as stolen.",
    "Follow-up was assigned to the detective unit for further investigation.",
]
ACTS = ["a person going through parked cars", "a loud argument", "a broken window", "an open garage door",
        "two juveniles on the roof", "a vehicle parked across the driveway", "a person sleeping in a doorway"]
PLACES = ["library", "north parking lot", "bus shelter", "community center", "marina office", "school yard",
          "hardware store", "trailhead", "laundromat", "church hall"]
OBJS = ["bicycle", "laptop computer", "wallet", "catalytic converter", "set of tools", "phone", "purse"]


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


def wrap(text, font, size, width):
    """Lines of text; '~' is a space that never breaks (kept inside a number like 'USCG 25-40654')."""
    return [ln.replace("~", " ") for ln in simpleSplit(text, font, size, width)] or [""]


def narrative(r, lo, hi):
    n = r.randint(lo, hi)
    out = []
    for s in r.sample(SENT, n):
        out.append(s.format(a=r.choice(ACTS), p=r.choice(PLACES), o=r.choice(OBJS),
                            v=r.randint(2, 90) * 25, b=r.randint(1101, 1189)))
    return " ".join(out)


def make_records(r, days, n, first, idfmt, lo=1, hi=4):
    """Plain dicts: id, date (m, d), time, type, location, disposition, narrative, related."""
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    recs, k = [], first
    for m in mins:
        k += r.choice([1, 1, 1, 2, 3])
        d = days[m // 1440]
        recs.append({"id": idfmt.format(k), "m": d[0], "d": d[1], "hh": (m % 1440) // 60, "mi": m % 60,
                     "type": r.choice(TYPES), "loc": addr(r), "disp": r.choice(DISPS),
                     "narr": narrative(r, lo, hi), "related": []})
    return recs


def entry(name, pdf, agency, doctype, layout, recs, fields, samples, count_check, notes):
    return {"file": name, "source_repo": "generated", "commit": "generated", "path": "generated",
            "git_blob": "generated", "generator": "make_blind_logs79.py (seed 20261179 + agency number)",
            "sha256": sha(pdf), "bytes": pdf.stat().st_size, "pages": pdf_pages(pdf), "agency": agency,
            "document_type": doctype, "layout": layout, "scanned": False, "encrypted": False,
            "text_layer": "good", "record_count": len(recs), "case_numbers": [x["id"] for x in recs],
            "related_numbers": [{"record": x["id"], "kind": k, "number": v} for x in recs for k, v in x["related"]],
            "fields_present": fields, "sample_records": json.loads(json.dumps(samples).replace("~", " ")),
            "case_numbers_source": "written by the generator (make_blind_logs79.py) from the records it drew; "
                                   "checked by check_blind_logs79.py against `pdftotext -layout` text",
            "record_count_check": count_check, "notes": notes}


def pick3(recs):
    return [recs[0], recs[len(recs) // 2], recs[-1]]


def write_gt(folder, entries):
    (folder / "groundtruth.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- 1. Brantley Cove PD, ME
BC_COLS = [("Case No.", 62), ("Reported", 72), ("Offense", 104), ("Location", 96), ("Disposition", 92),
           ("Narrative", 294)]


def bc_cells(x):
    return [[x["id"]], [f"{x['m']:02d}/{x['d']:02d}/2025", f"{x['hh']:02d}:{x['mi']:02d}"],
            wrap(x["type"], "Helvetica", 8, 98), wrap(x["loc"], "Helvetica", 8, 90),
            wrap(x["disp"], "Helvetica", 8, 86), wrap(x["narr"], "Helvetica", 8, 288)]


def brantley(folder, n_agency):
    agency = "Brantley Cove Police Department, ME [invented]"
    entries = []
    for j, (name, title, days, n, first) in enumerate([
            ("bcpd-daily-log-2025-10-13-to-19.pdf", "October 13 - 19, 2025", [(10, d) for d in range(13, 20)], 58, 2210),
            ("bcpd-daily-log-2025-10-20-to-26.pdf", "October 20 - 26, 2025", [(10, d) for d in range(20, 27)], 64, 2390)]):
        r = random.Random(SEED + n_agency * 10 + j)
        recs = make_records(r, days, n, first, "BC25-{:04d}", 2, 6)
        for x in recs:
            if x["disp"] == "Cleared by arrest":
                num = f"BK25-{r.randint(300, 999)}"
                x["disp"] = f"Cleared by arrest ({num})"
                x["related"].append(("booking_number", num))
        # paginate: list of pages, each a list of (record index, first line, last line)
        W, H = landscape(letter)
        top, bottom, lh = H - 112, 58, 9.6
        pages, cur, y = [], [], top
        for i, x in enumerate(recs):
            cells = bc_cells(x)
            rows = max(len(c) for c in cells)
            done = 0
            while done < rows:
                room = int((y - bottom) // lh)
                if room <= 0:
                    pages.append(cur)
                    cur, y = [], top
                    continue
                take = min(room, rows - done)
                cur.append((i, done, done + take))
                y -= take * lh + 4
                done += take
                if done < rows:
                    pages.append(cur)
                    cur, y = [], top
        pages.append(cur)
        pdf = folder / name
        c = new_canvas(pdf, (W, H))
        for p, parts in enumerate(pages):
            c.setFont("Helvetica-Bold", 12)
            c.drawString(36, H - 40, "BRANTLEY COVE POLICE DEPARTMENT")
            c.setFont("Helvetica", 9)
            c.drawString(36, H - 54, f"Daily Incident Log    {title}")
            c.drawRightString(W - 36, H - 40, "Records Unit  207-555-0142")
            c.drawRightString(W - 36, H - 54, "Public copy - names withheld")
            yh = H - 86
            c.setLineWidth(0.6)
            c.line(36, yh + 14, W - 36, yh + 14)
            c.setFont("Helvetica-Bold", 8)
            x0 = 36
            for col, w in BC_COLS:
                c.drawString(x0 + 3, yh + 3, col)
                x0 += w
            c.line(36, yh - 2, W - 36, yh - 2)
            y = top
            c.setFont("Helvetica", 8)
            for i, a, b in parts:
                cells = bc_cells(recs[i])
                yt = y + lh - 1
                x0 = 36
                for cell, (_, w) in zip(cells, BC_COLS):
                    for k, line in enumerate(cell[a:b]):
                        c.drawString(x0 + 3, y - k * lh, line)
                    x0 += w
                y -= (b - a) * lh + 4
                c.line(36, y + lh - 1, W - 36, y + lh - 1)
                x0 = 36
                for _, w in BC_COLS:
                    c.line(x0, yt, x0, y + lh - 1)
                    x0 += w
                c.line(W - 36, yt, W - 36, y + lh - 1)
            c.setFont("Helvetica", 8)
            c.drawString(36, 36, f"Entries on this page: {len(parts)}")
            c.drawCentredString(W / 2, 36, f"Page {p + 1} of {len(pages)}")
            c.drawRightString(W - 36, 36, "BCPD form RU-14 (rev. 3/2019)")
            if p == len(pages) - 1:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(36, 48, f"Total entries: {len(recs)}")
            c.showPage()
        c.save()
        split = sum(1 for p in pages[1:] if p and p[0][1] > 0)
        samples = [{"case_number": x["id"], "reported_at": f"{x['m']:02d}/{x['d']:02d}/2025 {x['hh']:02d}:{x['mi']:02d}",
                    "type": x["type"], "location": x["loc"], "disposition": x["disp"]} for x in pick3(recs)]
        entries.append(entry(
            name, pdf, agency, "weekly daily-incident log (ruled table, rows break across pages)",
            "table with header", recs,
            ["case_number", "reported_at", "type", "location", "disposition", "summary"], samples,
            f"rows counted from the generator; the last page prints 'Total entries: {len(recs)}'; the per-page "
            f"'Entries on this page' figures add up to {len(recs) + split} because {split} rows break across a page "
            "and are counted on both pages",
            "Landscape ruled table (Case No., Reported, Offense, Location, Disposition, Narrative), column titles "
            "and letterhead repeated on every page. Reported is printed on two lines in its cell (date over time; "
            "reported_at joins them). Rows are allowed to break across pages: when a row does not fit, every cell "
            "is cut at the same line and the rest of the narrative (and sometimes the second line of the offense, "
            "location or disposition, or the time under the date) is printed at the top of the next page under the "
            "repeated column titles, with the Case No. cell EMPTY; the page footer ('Entries on this page: N', "
            "'Page k of M', form number RU-14) sits in the middle of that record. The per-page entry counts count "
            "a broken row on both pages, so they add up to more than 'Total entries: N' on the last page. "
            "'Cleared by arrest (BK25-NNN)' carries a booking number (related, not an id)."))
    write_gt(folder, entries)


# ---------------------------------------------------------------- 2. Fennick Gap County SO, SC
def fennick(folder, n_agency):
    agency = "Fennick Gap County Sheriff's Office, SC [invented]"
    entries = []
    for j, (name, title, days, n, first) in enumerate([
            ("fgcso-incident-summary-2025-10-06-to-12.pdf", "10/06/2025 - 10/12/2025",
             [(10, d) for d in range(6, 13)], 47, 11402),
            ("fgcso-incident-summary-2025-10-13-to-19.pdf", "10/13/2025 - 10/19/2025",
             [(10, d) for d in range(13, 20)], 53, 11618)]):
        r = random.Random(SEED + n_agency * 10 + j)
        recs = make_records(r, days, n, first, "FG-25-{:05d}", 2, 6)
        for x in recs:
            if r.random() < 0.12:
                num = f"W25-{r.randint(1000, 4999)}"
                x["narr"] += f" Outstanding warrant {num} was confirmed through dispatch and served."
                x["related"].append(("warrant_number", num))
        lines = []  # (record index, label, value)
        for i, x in enumerate(recs):
            lines.append((i, "Incident #:", f"{x['id']}", f"Reported: {x['m']:02d}/{x['d']:02d}/2025 "
                                                         f"{x['hh']:02d}:{x['mi']:02d}"))
            lines.append((i, "Nature:", x["type"], None))
            lines.append((i, "Location:", x["loc"], None))
            lines.append((i, "Disposition:", x["disp"], None))
            for k, ln in enumerate(wrap(x["narr"], "Helvetica", 9, 430)):
                lines.append((i, "Narrative:" if k == 0 else "", ln, None))
            lines.append((i, None, "", None))
        per = 58
        pages = [lines[k:k + per] for k in range(0, len(lines), per)]
        if all(ln[1] is None for ln in pages[-1]):
            pages.pop()
        W, H = letter
        pdf = folder / name
        c = new_canvas(pdf, (W, H))
        for p, body in enumerate(pages):
            ids = [recs[ln[0]]["id"] for ln in body if ln[1] is not None]
            c.setFont("Helvetica-Bold", 11)
            c.drawString(54, H - 42, "FENNICK GAP COUNTY SHERIFF'S OFFICE")
            c.setFont("Helvetica", 9)
            c.drawString(54, H - 55, f"Incident Summary Report    {title}")
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(W - 54, H - 42, f"{ids[0]} through {ids[-1]}")
            c.setLineWidth(0.8)
            c.line(54, H - 62, W - 54, H - 62)
            y = H - 80
            for _i, label, val, right in body:
                if label:
                    c.setFont("Helvetica-Bold", 9)
                    c.drawString(54, y, label)
                c.setFont("Helvetica", 9)
                c.drawString(126, y, val)
                if right:
                    c.drawString(330, y, right)
                y -= 11.4
            c.line(54, 48, W - 54, 48)
            c.setFont("Helvetica", 8)
            c.drawString(54, 38, "Printed 10/20/2025 07:45 by ID 4471   Sheriff's Office Records 803-555-0117")
            c.drawRightString(W - 54, 38, f"Page {p + 1} of {len(pages)}")
            if p == len(pages) - 1:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(54, y - 6, f"Incidents listed: {len(recs)}")
            c.showPage()
        c.save()
        samples = [{"case_number": x["id"], "reported_at": f"{x['m']:02d}/{x['d']:02d}/2025 {x['hh']:02d}:{x['mi']:02d}",
                    "type": x["type"], "location": x["loc"], "disposition": x["disp"]} for x in pick3(recs)]
        entries.append(entry(
            name, pdf, agency, "weekly incident summary report (labelled blocks)", "labelled blocks", recs,
            ["case_number", "reported_at", "type", "location", "disposition", "summary"], samples,
            f"blocks counted from the generator; the report ends 'Incidents listed: {len(recs)}'",
            "Portrait labelled blocks, one per incident: 'Incident #: FG-25-NNNNN' with 'Reported: MM/DD/YYYY HH:MM' "
            "on the same line, then Nature:, Location:, Disposition:, Narrative: (narrative wraps on unlabelled "
            "lines). The page is filled line by line (58 lines), so a block breaks across pages anywhere: the next "
            "page may begin with unlabelled narrative lines, or with 'Disposition:' and no incident number. The "
            "page header names a RANGE of incidents like a dictionary ('FG-25-NNNNN through FG-25-NNNNN'): the "
            "first is the incident whose block is CONTINUED at the top of the page (its number is printed again "
            "there although the block starts on the page before) and the last may be a block that continues onto "
            "the next page. Every header id is therefore printed twice and is not a new record. Footer 'Printed "
            "10/20/2025 07:45 by ID 4471' is a print stamp, not an incident. Outstanding warrants 'W25-NNNN' "
            "named in narratives are related numbers."))
    write_gt(folder, entries)


# ---------------------------------------------------------------- 3. Wickersham Falls PD, NY
def wickersham(folder, n_agency):
    agency = "Wickersham Falls Police Department, NY [invented]"
    entries = []
    for j, (name, run, days, n, first) in enumerate([
            ("wfpd-rms-log-print-2025-10-13-to-17.pdf", "10/20/25 06:15", [(10, d) for d in range(13, 18)], 88, 4411),
            ("wfpd-rms-log-print-2025-10-18-to-22.pdf", "10/23/25 06:10", [(10, d) for d in range(18, 23)], 72, 4617)]):
        r = random.Random(SEED + n_agency * 10 + j)
        recs = make_records(r, days, n, first, "25W{:05d}", 1, 5)
        for x in recs:
            x["type"] = x["type"].upper().replace(" - ", " ")
            x["loc"] = x["loc"].upper()
            x["disp"] = x["disp"].upper()
            if x["disp"] == "CLEARED BY ARREST":
                num = f"A25-{r.randint(100, 899):04d}"
                x["narr"] += f" ARR#~{num}."
                x["related"].append(("arrest_number", num))
        stream = []
        for x in recs:
            stream.append(f"{x['id']}  {x['m']:02d}/{x['d']:02d}/25 {x['hh']:02d}{x['mi']:02d}  "
                          f"{x['type']:<30.30} {x['disp']}")
            stream.append(f"{'':11}LOC: {x['loc']}")
            for k, ln in enumerate(wrap(x["narr"].upper(), "Courier", 8, 300)):
                stream.append(f"{'':11}{'NARR: ' if k == 0 else '      '}{ln}")
            stream.append("")
        stream.append(f"*** END OF REPORT ***   {len(recs)} INCIDENTS PRINTED")
        per = 56
        pages = [stream[k:k + per] for k in range(0, len(stream), per)]
        W, H = letter
        pdf = folder / name
        c = new_canvas(pdf, (W, H))
        for p, body in enumerate(pages):
            c.setFont("Courier", 8)
            y = H - 40
            for ln in [f"WICKERSHAM FALLS POLICE DEPT     RMS LOG PRINT  LGP0410     RUN {run}     PAGE {p + 1:04d}",
                       "CASE NO   DATE     TIME  NATURE                         DISPOSITION",
                       "-" * 92] + body:
                c.drawString(36, y, ln)
                y -= 10.6
            c.showPage()
        c.save()
        samples = [{"case_number": x["id"], "reported_at": f"{x['m']:02d}/{x['d']:02d}/25 {x['hh']:02d}{x['mi']:02d}",
                    "type": x["type"][:30].rstrip(), "location": x["loc"], "disposition": x["disp"]}
                   for x in pick3(recs)]
        entries.append(entry(
            name, pdf, agency, "RMS incident log print (fixed-width listing)", "table with header", recs,
            ["case_number", "reported_at", "type", "location", "disposition", "summary"], samples,
            f"records counted from the generator; the listing ends '*** END OF REPORT ***   {len(recs)} "
            "INCIDENTS PRINTED'",
            "Courier upper-case listing printed as a continuous stream: the spooler starts a new page every 56 "
            "lines regardless of records, so its banner ('WICKERSHAM FALLS POLICE DEPT  RMS LOG PRINT  LGP0410  RUN "
            "MM/DD/YY HH:MM  PAGE 000N'), the column line (CASE NO, DATE, TIME, NATURE, DISPOSITION) and a dash rule "
            "are printed in the middle of records, between the first line and LOC:, or between NARR lines. Record: "
            "first line id (25WNNNNN), date MM/DD/YY, time HHMM (reported_at as printed), nature (cut at 30 "
            "characters) and disposition; then 'LOC:' and 'NARR:' lines indented. The banner's RUN date/time and "
            "PAGE number are not records. Arrest numbers 'ARR# A25-NNNN' at the end of a narrative are related "
            "numbers."))
    write_gt(folder, entries)


# ---------------------------------------------------------------- 4. Marisco Bay Harbor PD, CA
DAYNAMES = ["Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday"]  # Oct 1 2025 = Wed


def day_name(d):
    return f"{DAYNAMES[(d - 1) % 7]}, October {d}, 2025"


MB_COLS = [("Case Number", 70), ("Reported", 84), ("Type", 110), ("Location", 150), ("Disposition", 126)]


def marisco(folder, n_agency):
    agency = "Marisco Bay Harbor Police Department, CA [invented]"
    r = random.Random(SEED + n_agency * 10)
    days = [(10, d) for d in range(1, 32)]
    htypes = ["Boat theft", "Theft from vessel", "Vandalism", "Trespass on dock", "Fuel spill", "Disturbance",
              "Vessel adrift", "Fishing violation", "Suspicious person", "Found property", "Assault",
              "Illegal mooring", "Auto burglary", "Drunk in public"]
    recs = make_records(r, days, 61, 880, "MBH-25-{:04d}", 2, 6)
    for x in recs:
        x["type"] = r.choice(htypes)
        x["loc"] = r.choice([f"Slip {r.choice('ABCDEFG')}-{r.randint(1, 48)}, {r.choice(['West', 'East', 'Inner'])} Basin",
                             addr(r), f"Launch ramp {r.randint(1, 4)}", "Harbor Master office", "Fuel dock"])
        if r.random() < 0.15:
            num = f"USCG 25-{r.randint(10000, 99999)}"
            x["narr"] += f" Referred to the Coast Guard, {num.replace(' ', '~')}."
            x["related"].append(("other_agency_case", num))
    # the report as a stream of bands: ("day", d) / ("row", i) / ("narr", i, text) / ("dayfoot", d, n) / ("total",)
    bands, last = [], None
    for i, x in enumerate(recs):
        if x["d"] != last:
            if last is not None:
                bands.append(("dayfoot", last, sum(1 for y in recs if y["d"] == last)))
            bands.append(("day", x["d"]))
            last = x["d"]
        bands.append(("row", i))
        for k, ln in enumerate(wrap(x["narr"], "Helvetica-Oblique", 8, 430)):
            bands.append(("narr", i, ln, k == 0))
    bands.append(("dayfoot", last, sum(1 for y in recs if y["d"] == last)))
    bands.append(("total",))
    per = 56
    pages = [bands[k:k + per] for k in range(0, len(bands), per)]
    W, H = letter
    pdf = folder / "mbhpd-harbor-activity-report-2025-10.pdf"
    c = new_canvas(pdf, (W, H))
    cur_day = None
    for p, body in enumerate(pages):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 40, "MARISCO BAY HARBOR POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, H - 53, "Harbor Activity Report    October 1 - 31, 2025")
        c.drawRightString(W - 36, H - 40, "Run 11/03/2025 08:02")
        c.drawRightString(W - 36, H - 53, "Report HPR-220")
        c.setFont("Helvetica-Bold", 8)
        x0 = 36
        for col, w in MB_COLS:
            c.drawString(x0, H - 74, col)
            x0 += w
        c.setLineWidth(0.6)
        c.line(36, H - 78, W - 36, H - 78)
        y = H - 94
        if body[0][0] not in ("day", "total") and cur_day is not None:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(36, y, f"{day_name(cur_day)} (continued)")
            y -= 11
        for b in body:
            if b[0] == "day":
                cur_day = b[1]
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(36, y, day_name(b[1]))
            elif b[0] == "row":
                x = recs[b[1]]
                c.setFont("Helvetica", 8)
                vals = [x["id"], f"{x['m']:02d}/{x['d']:02d}/2025 {x['hh']:02d}:{x['mi']:02d}", x["type"], x["loc"],
                        x["disp"]]
                x0 = 36
                for v, (_, w) in zip(vals, MB_COLS):
                    c.drawString(x0, y, v)
                    x0 += w
            elif b[0] == "narr":
                if b[3]:
                    c.setFont("Helvetica-Bold", 7.5)
                    c.drawString(70, y, "Narrative:")
                c.setFont("Helvetica-Oblique", 8)
                c.drawString(116, y, b[2])
            elif b[0] == "dayfoot":
                c.setFont("Helvetica", 8)
                c.drawString(70, y, f"Incidents for {day_name(b[1])}: {b[2]}")
                c.setStrokeGray(0.6)
                c.line(36, y - 3, W - 36, y - 3)
                c.setStrokeGray(0)
            else:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(36, y - 4, f"Report total: {len(recs)} incidents")
            y -= 11
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 30, "Harbor Police Records 415-555-0188")
        c.drawRightString(W - 36, 30, f"Page {p + 1} of {len(pages)}")
        c.showPage()
    c.save()
    samples = [{"case_number": x["id"], "reported_at": f"{x['m']:02d}/{x['d']:02d}/2025 {x['hh']:02d}:{x['mi']:02d}",
                "type": x["type"], "location": x["loc"], "disposition": x["disp"]} for x in pick3(recs)]
    write_gt(folder, [entry(
        "mbhpd-harbor-activity-report-2025-10.pdf", pdf, agency,
        "monthly harbor activity report grouped by day (detail row and narrative band)", "table with header", recs,
        ["case_number", "reported_at", "type", "location", "disposition", "summary"], samples,
        f"rows counted from the generator; the day footers add up to the closing 'Report total: {len(recs)} "
        "incidents'",
        "Portrait report-writer output grouped by day: a bold day heading ('Wednesday, October 1, 2025'), then per "
        "incident a detail row (Case Number MBH-25-NNNN, Reported MM/DD/YYYY HH:MM, Type, Location, Disposition) "
        "and under it an indented italic narrative band ('Narrative:' then wrapped lines), and a day footer "
        "'Incidents for <day>: N'. Bands are laid down 56 lines a page with nothing kept together, so a page can "
        "end after an incident's detail row or inside its narrative; the next page then repeats the letterhead "
        "(with 'Run 11/03/2025 08:02', a print time, not a record), the column titles and the day heading with "
        "'(continued)', and the narrative goes on under them with no case number. The day heading repeated with "
        "'(continued)' is not a new day, and the narrative lines after it belong to the incident on the page "
        "before. Locations include slip numbers ('Slip C-14, West Basin'). Coast Guard case numbers "
        "'USCG 25-NNNNN' in narratives are related numbers.")])


# ---------------------------------------------------------------- 5. Kellam Mill PD, WI
KM_COLS = [("Case No.", 56), ("Reported", 58), ("Incident", 84), ("Address", 92), ("Disposition", 72),
           ("Narrative (first 3 lines)", 178)]


def kellam(folder, n_agency):
    agency = "Kellam Mill Police Department, WI [invented]"
    entries = []
    for j, (name, title, days, n, first) in enumerate([
            ("kmpd-activity-log-2025-10-01-to-15.pdf", "October 1 - 15, 2025", [(10, d) for d in range(1, 16)], 66, 3302),
            ("kmpd-activity-log-2025-10-16-to-31.pdf", "October 16 - 31, 2025", [(10, d) for d in range(16, 32)], 59, 3561)]):
        r = random.Random(SEED + n_agency * 10 + j)
        recs = make_records(r, days, n, first, "KM25-{:04d}", 1, 6)
        for x in recs:
            if x["disp"] == "Referred":
                num = f"DA {r.randint(2025100, 2025999)}"
                x["disp"] = f"Referred {num.replace(' ', '~')}"
                x["related"].append(("prosecutor_referral", num))
        fs, lh = 7, 8.4
        W, H = letter
        top, bottom = H - 104, 60
        rows, conts = [], []
        for x in recs:
            nl = wrap(x["narr"], "Helvetica", fs, 172)
            if len(nl) > 3:
                k = len(conts) + 1
                # the first three lines as printed, then the jump note
                words = x["narr"].split()
                shown = []
                for w in words:
                    trial = " ".join(shown + [w])
                    if len(wrap(trial + f" (cont. C-{k})", "Helvetica", fs, 172)) > 3:
                        break
                    shown.append(w)
                rest = " ".join(words[len(shown):])
                nl = wrap(" ".join(shown) + f" (cont. C-{k})", "Helvetica", fs, 172)
                conts.append((k, x, rest))
            cells = [[x["id"]], [f"{x['m']:02d}/{x['d']:02d}/2025", f"{x['hh']:02d}:{x['mi']:02d}"],
                     wrap(x["type"], "Helvetica", fs, 80), wrap(x["loc"], "Helvetica", fs, 88),
                     wrap(x["disp"], "Helvetica", fs, 68), nl]
            rows.append(cells)
        pdf = folder / name
        c = new_canvas(pdf, (W, H))
        page = [0]

        def head(sub):
            page[0] += 1
            c.setFont("Helvetica-Bold", 11)
            c.drawString(36, H - 40, "KELLAM MILL POLICE DEPARTMENT")
            c.setFont("Helvetica", 8.5)
            c.drawString(36, H - 53, f"Police Activity Log    {title}")
            c.drawRightString(W - 36, H - 40, "Open Records 262-555-0163")
            c.drawRightString(W - 36, H - 53, sub)

        def foot():
            c.setFont("Helvetica", 7.5)
            c.drawString(36, 34, "Narratives longer than three lines continue on the Continuation Sheets after the log.")
            c.drawRightString(W - 36, 34, f"Page {page[0]}")
            c.showPage()

        def colheads():
            c.setFont("Helvetica-Bold", fs)
            x0 = 36
            for col, w in KM_COLS:
                c.drawString(x0 + 2, H - 80, col)
                x0 += w
            c.setLineWidth(0.5)
            c.line(36, H - 84, W - 36, H - 84)

        head("Log")
        colheads()
        y = top
        for cells in rows:
            h = max(len(cl) for cl in cells)
            if y - h * lh < bottom:
                foot()
                head("Log (continued)")
                colheads()
                y = top
            x0 = 36
            c.setFont("Helvetica", fs)
            for cl, (_, w) in zip(cells, KM_COLS):
                for k, ln in enumerate(cl):
                    c.drawString(x0 + 2, y - k * lh, ln)
                x0 += w
            y -= h * lh + 3
            c.setStrokeGray(0.7)
            c.line(36, y + lh - 1, W - 36, y + lh - 1)
            c.setStrokeGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y - 8, f"Incidents: {len(recs)}    Continuation sheets: {len(conts)}")
        foot()
        head("Continuation Sheets")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, H - 82, "NARRATIVE CONTINUATION SHEETS")
        y = H - 104
        for k, x, rest in conts:
            tl = wrap(rest, "Helvetica", 8, 420)
            if y - (len(tl) + 1) * 10 < bottom:
                foot()
                head("Continuation Sheets (continued)")
                y = H - 82
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y, f"C-{k}")
            c.drawString(70, y, f"{x['id']}   {x['m']:02d}/{x['d']:02d}/2025   continued from the log")
            c.setFont("Helvetica", 8)
            for i, ln in enumerate(tl):
                c.drawString(70, y - (i + 1) * 10, ln)
            y -= (len(tl) + 1) * 10 + 6
        foot()
        c.save()
        samples = [{"case_number": x["id"], "reported_at": f"{x['m']:02d}/{x['d']:02d}/2025 {x['hh']:02d}:{x['mi']:02d}",
                    "type": x["type"], "location": x["loc"], "disposition": x["disp"]} for x in pick3(recs)]
        entries.append(entry(
            name, pdf, agency, "half-month police activity log with narrative continuation sheets",
            "table with header", recs,
            ["case_number", "reported_at", "type", "location", "disposition", "summary"], samples,
            f"rows counted from the generator; the log ends 'Incidents: {len(recs)}    Continuation sheets: "
            f"{len(conts)}'",
            "Portrait table (Case No., Reported = date over time in one cell, Incident, Address, Disposition, "
            "'Narrative (first 3 lines)'), column titles repeated on each log page. A narrative longer than three "
            "lines is cut and ends '(cont. C-n)'; its remainder is printed AFTER the log under 'NARRATIVE "
            "CONTINUATION SHEETS' as 'C-n  KM25-NNNN  MM/DD/YYYY  continued from the log' and the rest of the text. "
            "The continuation sheets repeat the id and the date of the record: they are NOT records (a reader that "
            "counts id lines counts those records twice), and their text belongs to the summary of the record they "
            "name. 'C-n' numbers are not records. 'Referred DA NNNNNNN' in Disposition is a district attorney "
            "referral number (related)."))
    write_gt(folder, entries)


def main():
    for k, (slug, fn) in enumerate([("brantley-cove-me-pd", brantley), ("fennick-gap-county-sc-so", fennick),
                                     ("wickersham-falls-ny-pd", wickersham), ("marisco-bay-ca-harbor-pd", marisco),
                                     ("kellam-mill-wi-pd", kellam)], start=1):
        d = OUT / slug
        d.mkdir(parents=True, exist_ok=True)
        fn(d, k)


if __name__ == "__main__":
    main()
