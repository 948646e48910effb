"""Generate the twenty-seventh held-out set of incident-log PDFs and their ground truth.

Police news as printed for readers, set in text columns that are read column by column (down the
first column, then the next), never across the page: a two-column newsletter blotter that ends with
a 'By the numbers' box of counts; a three-column small-type blotter whose entries may break from
one column into the next; a two-column press bulletin with a headline per incident and the id at
the END of the paragraph; a 'Police Beat' page of labelled blocks around grey photo boxes whose
captions carry file-photo numbers; a three-column run-in notebook under day headings with the id
in parentheses at the end. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs27/make_blind_logs27.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20252727
W, H = letter
MARGIN, GAP, TOP, BOTTOM = 36, 18, 96, 50  # TOP: body starts this far below the page top
STREETS = ["Alder", "Brackett", "Culver", "Dunmore", "Eastlake", "Fennimore", "Galloway", "Hartwell",
           "Inglenook", "Jessup", "Kestrel", "Linwood", "Marlowe", "Nettleton", "Orchard", "Pinecrest",
           "Quimby", "Rushford", "Sorrel", "Thistle", "Upland", "Verbena", "Wexford"]
SUFFIX = ["Street", "Avenue", "Road", "Drive", "Lane", "Way", "Court"]
TYPES = ["Theft", "Vandalism", "Burglary", "Suspicious person", "Suspicious vehicle", "Disturbance",
         "Welfare check", "Shoplifting", "Fraud", "Trespassing", "Noise complaint", "Hit-and-run crash",
         "Found property", "Assault", "Drunk driving", "Harassment", "Stolen bicycle", "Animal complaint"]
DISP = ["Report taken.", "No report.", "Unfounded.", "Advised.", "Gone on arrival.", "Referred.",
        "ARREST", "CITE", "OTHER"]
NARR = ["A caller said someone had been seen trying door handles.",
        "The owner found the damage in the morning.",
        "Officers spoke with both parties and checked the area.",
        "A neighbor reported loud voices from the building.",
        "Nothing was found missing after a search.",
        "The complainant said the item had been left unattended for a few minutes.",
        "A passer-by flagged down an officer.",
        "The driver left before officers arrived.",
        "Staff asked that the person be told not to return.",
        "The property was logged for safekeeping."]


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
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


def block_of(r):
    return f"{r.randint(1, 49) * 100} block of {street(r)}"


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def ampm(h, m):
    return f"{(h % 12) or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def base_records(r, days, n, start, fmt_id, related):
    """Common draw: id, time, type, place, outcome; related(r, rec, kind) gives a (kind, number)."""
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        disp = r.choice(DISP)
        rec = {"case_number": fmt_id(k), "_d": d, "_h": h, "_m": m, "type": r.choice(TYPES),
               "location": block_of(r), "summary": r.choice(NARR), "related": []}
        if disp in ("ARREST", "CITE", "OTHER"):
            kind, num, text = related(r, disp)
            rec["related"].append((kind, num))
            disp = text
        rec["disposition"] = disp
        recs.append(rec)
    return recs


# ---------------------------------------------------------------- column flow

class Flow:
    """Lays lines down column 1, then column 2, ... then the next page (read column by column)."""

    def __init__(self, c, ncols, header, obstacles=None):
        self.c, self.n, self.header, self.obstacles = c, ncols, header, obstacles or (lambda c, p, col: 0)
        self.colw = (W - 2 * MARGIN - GAP * (ncols - 1)) / ncols
        self.page = 0
        self.new_page()

    def x(self):
        return MARGIN + self.col * (self.colw + GAP)

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.header(self.c, self.page)
        self.col = 0
        self.y = H - TOP - self.obstacles(self.c, self.page, 0)

    def next_col(self):
        if self.col + 1 < self.n:
            self.col += 1
            self.y = H - TOP - self.obstacles(self.c, self.page, self.col)
        else:
            self.new_page()

    def put(self, lines, keep=True, space=6):
        """lines: (font, size, text, indent); keep=True keeps the block in one column."""
        need = sum(s + 2 for _, s, _, _ in lines)
        if keep and self.y - need < BOTTOM:
            self.next_col()
        for font, size, text, ind in lines:
            if self.y - (size + 2) < BOTTOM:
                self.next_col()
            self.y -= size + 2
            self.c.setFont(font, size)
            self.c.drawString(self.x() + ind, self.y, text)
        self.y -= space

    def wrap(self, font, size, text, ind=0, first=None):
        out = simpleSplit(text, font, size, self.colw - ind)
        return [(first or font, size, t, ind) if i == 0 else (font, size, t, ind) for i, t in enumerate(out)]


def masthead(title, sub, phone, font="Times-Bold"):
    def head(c, page):
        c.setFont(font, 20)
        c.drawCentredString(W / 2, H - 48, title)
        c.setLineWidth(1.2)
        c.line(MARGIN, H - 56, W - MARGIN, H - 56)
        c.setFont("Helvetica", 7.5)
        c.drawString(MARGIN, H - 67, sub)
        c.drawRightString(W - MARGIN, H - 67, f"Page {page}  |  {phone}")
        c.setLineWidth(0.4)
        c.line(MARGIN, H - 72, W - MARGIN, H - 72)
        c.setFont("Helvetica-Oblique", 6.5)
        c.drawCentredString(W / 2, 28, "Entries are allegations, not findings of guilt. Printed for residents.")
    return head


def column_rules(c, n):
    colw = (W - 2 * MARGIN - GAP * (n - 1)) / n
    c.setLineWidth(0.3)
    for i in range(1, n):
        x = MARGIN + i * (colw + GAP) - GAP / 2
        c.line(x, BOTTOM, x, H - TOP + 8)


# ---------------------------------------------------------------- A: Crestline newsletter blotter

def cr_related(r, disp):
    if disp == "ARREST":
        n = f"CB-{r.randint(10000, 99999)}"
        return "booking_number", n, f"Arrest; booked, no. {n}."
    if disp == "CITE":
        n = f"T{r.randint(100000, 999999)}"
        return "citation", n, f"Citation {n} issued."
    n = f"SO-25-{r.randint(1000, 9999)}"
    return "other_agency_case", n, f"Turned over to the county sheriff (SO case {n})."


def cr_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"25-{k:05d}", cr_related)
    for rec in recs:
        d = rec["_d"]
        rec["reported_at"] = f"{d[1]:02d}/{d[2]:02d}/{d[0]} {rec['_h']:02d}:{rec['_m']:02d}"
        rec["type"] = rec["type"].upper()
    return recs


def draw_cr(path, recs, label):
    c = new_canvas(path)
    head = masthead("THE CRESTLINE CIVIC NEWSLETTER", f"Police blotter  -  {label}",
                    "Records desk 541-555-0137")
    f = Flow(c, 2, lambda c_, p: (head(c_, p), column_rules(c_, 2)))
    for rec in recs:
        lines = [("Helvetica-Bold", 8.5, f"{rec['case_number']}  |  {rec['reported_at']}", 0)]
        lines += f.wrap("Helvetica-Bold", 8, rec["type"])
        lines += f.wrap("Helvetica", 8, rec["location"])
        lines += f.wrap("Helvetica-Oblique", 8, rec["disposition"])
        f.put(lines)
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    box = [("Helvetica-Bold", 9, "BY THE NUMBERS", 0)]
    box += [("Helvetica", 8, f"{t.title()}  {k}", 6) for t, k in sorted(counts.items())]
    box += [("Helvetica-Bold", 8.5, f"Calls logged this edition: {len(recs)}", 0)]
    f.put(box)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- B: Oriel Springs three-column small type

def os_related(r, disp):
    if disp == "ARREST":
        n = f"OSJ{r.randint(100000, 999999)}"
        return "booking_number", n, f"one taken into custody, jail no. {n}"
    if disp == "CITE":
        n = f"OS{r.randint(1000000, 9999999)}"
        return "citation", n, f"cited and released, cite {n}"
    n = f"HP{r.randint(100000, 999999)}"
    return "other_agency_case", n, f"handed to State Patrol, their report {n}"


def os_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"OS{k:06d}", os_related)
    for rec in recs:
        d = rec["_d"]
        rec["reported_at"] = f"{d[1]}/{d[2]} {rec['_h']:02d}{rec['_m']:02d}"
        rec["disposition"] = rec["disposition"][0].lower() + rec["disposition"][1:].rstrip(".")
        rec["location"] = rec["location"].replace(" block of ", " blk ")
    return recs


def draw_os(path, recs, label):
    c = new_canvas(path)
    head = masthead("Oriel Springs Ledger  -  Police Log", f"{label}  (times are 24-hour; all dates 2025)",
                    "Police non-emergency 208-555-0164", font="Times-BoldItalic")
    f = Flow(c, 3, lambda c_, p: (head(c_, p), column_rules(c_, 3)))
    for rec in recs:
        text = (f"{rec['case_number']} {rec['reported_at']} {rec['type']}, {rec['location']}. "
                f"{rec['summary']} Outcome: {rec['disposition']}.")
        f.put(f.wrap("Times-Roman", 7.5, text, first="Times-Roman"), keep=False, space=4)
    f.put([("Times-Bold", 7.5, f"{len(recs)} entries in this log.", 0)])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- C: Marrow Point press bulletin

def mp_related(r, disp):
    if disp == "ARREST":
        n = f"MPB-25-{r.randint(1000, 9999)}"
        return "booking_number", n, f"One adult was booked at the county jail under booking {n}."
    if disp == "CITE":
        n = f"MPC{r.randint(100000, 999999)}"
        return "citation", n, f"A citation, number {n}, was issued at the scene."
    n = f"Fire incident 25-F-{r.randint(1000, 9999)}"
    return "other_agency_case", n.split()[-1], f"The fire district took over the scene ({n})."


def mp_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"MP25-{k:04d}", mp_related)
    for rec in recs:
        d = rec["_d"]
        mon = datetime.date(*d).strftime("%B")
        rec["reported_at"] = f"{mon} {d[2]}, {d[0]}, at {ampm(rec['_h'], rec['_m'])}"
        rec["type"] = rec["type"].lower()
        rec["headline"] = f"{rec['type'].upper()} REPORTED ON {rec['location'].split(' of ')[-1].upper()}"
        rec["disposition"] = {"Report taken.": "A report was taken.", "No report.": "No report was made.",
                              "Unfounded.": "The call was unfounded.", "Advised.": "The people involved were advised.",
                              "Gone on arrival.": "The people involved were gone when officers arrived.",
                              "Referred.": "The matter was referred to the city prosecutor."}.get(
            rec["disposition"], rec["disposition"])
    return recs


def draw_mp(path, recs, label):
    c = new_canvas(path)
    head = masthead("MARROW POINT POLICE  -  PRESS BULLETIN", f"For release: {label}",
                    "Public information 360-555-0119", font="Helvetica-Bold")
    f = Flow(c, 2, lambda c_, p: (head(c_, p), column_rules(c_, 2)))
    for rec in recs:
        lines = f.wrap("Helvetica-Bold", 9.5, rec["headline"])
        body = (f"Officers were called on {rec['reported_at']} to the {rec['location']} for a "
                f"{rec['type']} call. {rec['summary']} {rec['disposition']} "
                f"Case reference {rec['case_number']}.")
        lines += f.wrap("Times-Roman", 9, body)
        f.put(lines, space=10)
    f.put([("Helvetica-Bold", 8.5, f"This bulletin lists {len(recs)} incidents.", 0)])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- D: Quillan Ferry police beat page

def qf_related(r, disp):
    if disp == "ARREST":
        n = f"QB{r.randint(10000, 99999)}"
        return "booking_number", n, f"Arrested, booking {n}"
    if disp == "CITE":
        n = f"QFC-{r.randint(100000, 999999)}"
        return "citation", n, f"Cited, {n}"
    n = f"DA25-{r.randint(1000, 9999)}"
    return "other_agency_case", n, f"Sent to District Attorney, file {n}"


def qf_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"QF-2025-{k:04d}", qf_related)
    for rec in recs:
        d = rec["_d"]
        rec["reported_at"] = f"{datetime.date(*d).strftime('%a. %b. %-d, %Y')}, {ampm(rec['_h'], rec['_m'])}"
        rec["disposition"] = rec["disposition"].rstrip(".")
    return recs


def qf_photos(c, page, col):
    """A grey 'photo' box at the top of one column per page, with a caption that has a number."""
    if col != (page % 2):
        return 0
    colw = (W - 2 * MARGIN - GAP) / 2
    x = MARGIN + col * (colw + GAP)
    c.setFillGray(0.78)
    c.rect(x, H - TOP - 120, colw, 112, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(x, H - TOP - 130, f"File photo No. 2025-{300 + page * 7:04d}: patrol unit at the east")
    c.drawString(x, H - TOP - 139, "precinct. Photo not of any incident listed here.")
    return 150


def draw_qf(path, recs, label):
    c = new_canvas(path)
    head = masthead("POLICE BEAT", f"Quillan Ferry Weekly  -  {label}", "Police tips line 802-555-0181")
    f = Flow(c, 2, lambda c_, p: (head(c_, p), column_rules(c_, 2)), obstacles=qf_photos)
    for rec in recs:
        lines = [("Helvetica-Bold", 8.5, f"Case No.: {rec['case_number']}", 0)]
        for lab, key in (("Reported", "reported_at"), ("Offense", "type"), ("Location", "location"),
                         ("Outcome", "disposition")):
            lines += f.wrap("Helvetica", 8, f"{lab}: {rec[key]}", ind=0)
        f.put(lines, space=9)
    f.put([("Helvetica-Bold", 8.5, f"Cases on this week's beat: {len(recs)}", 0)])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- E: Tolland Reach run-in notebook

def tr_related(r, disp):
    if disp == "ARREST":
        n = f"B-{r.randint(100000, 999999)}"
        return "booking_number", n, f"A man was arrested and booked ({n} on the jail roster)."
    if disp == "CITE":
        n = f"TR-CIT-{r.randint(10000, 99999)}"
        return "citation", n, f"Ticket {n} was written."
    n = f"PPD 25-{r.randint(100000, 999999)}"
    return "other_agency_case", n, f"Passed to Port police, {n}."


def tr_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"TR25{k:05d}", tr_related)
    for rec in recs:
        d = rec["_d"]
        rec["reported_at"] = ampm(rec["_h"], rec["_m"])
        rec["date"] = datetime.date(*d).strftime("%A, %b. %-d, %Y")
        rec["type"] = rec["type"].upper()
    return recs


def draw_tr(path, recs, label):
    c = new_canvas(path)
    head = masthead("Tolland Reach Reporter", f"From the police notebook  -  {label}",
                    "Newsroom 907-555-0102")
    f = Flow(c, 3, lambda c_, p: (head(c_, p), column_rules(c_, 3)))
    day = None
    for rec in recs:
        if rec["date"] != day:
            day = rec["date"]
            f.put([("Helvetica-Bold", 8.5, day, 0)], space=3)
        text = (f"{rec['reported_at']} - {rec['type']}, {rec['location']}. {rec['summary']} "
                f"{rec['disposition']} ({rec['case_number']})")
        f.put(f.wrap("Times-Roman", 8, text, ind=0), space=5)
    f.put([("Times-Italic", 8, f"Items this week: {len(recs)}. Call counts by beat are online.", 0)])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs27.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs27.py) from the records it drew; "
                               "checked by check_blind_logs27.py against the text of each column "
                               "(`pdftotext -layout` cropped to the column), column by column",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        draw(d / fname, recs, label)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


F5 = ["case_number", "reported_at", "type", "location", "disposition"]
NOTES = {
    "crestline-or-pd": (
        "City newsletter blotter in TWO columns read column by column (down the left, then the right), a "
        "masthead and a rule between the columns on every page. Each entry is a stack: a bold first line "
        "'25-NNNNN  |  MM/DD/YYYY HH:MM' (id, reported_at as printed), the type in upper case, the location "
        "('1200 block of Alder Street'), the outcome in italics (disposition; 'Arrest; booked, no. "
        "CB-NNNNN.' a booking, 'Citation TNNNNNN issued.' a citation, 'Turned over to the county sheriff "
        "(SO case SO-25-NNNN).' another agency's case: related, not ids). After the last entry a 'BY THE "
        "NUMBERS' box lists each type with its count (rows that are NOT records) and 'Calls logged this "
        "edition: N'.",
        "entries counted from the generator; 'Calls logged this edition' equals record_count"),
    "oriel-springs-id-pd": (
        "Newspaper police log in THREE narrow columns of small Times type, read column by column. Each "
        "entry is one run-on paragraph with no indent and no blank line of its own: 'OSNNNNNN M/D HHMM "
        "Type, 1200 blk Alder Street. Narrative. Outcome: text.' (id; reported_at as printed, without a "
        "year: the masthead says all dates are 2025; type; location; summary; disposition in lower case; "
        "'jail no. OSJNNNNNN' a booking, 'cite OSNNNNNNN' a citation whose letters start like the ids but "
        "has seven digits, 'their report HPNNNNNN' State Patrol's case: related, not ids). Entries are NOT "
        "kept together: one may break at the foot of a column and go on at the top of the next column or "
        "page. Ends 'N entries in this log.'",
        "entries counted from the generator; the closing count equals record_count"),
    "marrow-point-wa-pd": (
        "Press bulletin in TWO columns read column by column: per incident a bold upper-case HEADLINE "
        "('THEFT REPORTED ON ALDER STREET', may wrap) and a Times paragraph 'Officers were called on "
        "October 14, 2025, at 2:14 p.m. to the 1200 block of Alder Street for a theft call. Narrative. "
        "Outcome sentence. Case reference MP25-NNNN.' The id is the LAST thing in the paragraph. "
        "reported_at is printed 'October 14, 2025, at 2:14 p.m.'; disposition is the outcome sentence "
        "('booked ... under booking MPB-25-NNNN', 'A citation, number MPCNNNNNN', '(Fire incident "
        "25-F-NNNN)': related, not ids). Ends 'This bulletin lists N incidents.'",
        "incidents counted from the generator; the closing count equals record_count"),
    "quillan-ferry-vt-pd": (
        "Weekly 'POLICE BEAT' page in TWO columns read column by column, with a grey photo box at the top "
        "of one column on every page (left on even pages, right on odd) and an italic caption under it "
        "'File photo No. 2025-NNNN: ...' (page furniture, not a record). Labelled blocks: 'Case No.: "
        "QF-2025-NNNN', 'Reported: Tue. Oct. 14, 2025, 2:14 p.m.', 'Offense:', 'Location:', 'Outcome:' "
        "(disposition; 'Arrested, booking QBNNNNN', 'Cited, QFC-NNNNNN', 'Sent to District Attorney, file "
        "DA25-NNNN': related, not ids). Blocks never split. Ends \"Cases on this week's beat: N\".",
        "blocks counted from the generator; the closing count equals record_count"),
    "tolland-reach-ak-pd": (
        "Newspaper 'police notebook' in THREE columns read column by column. Day headings in bold "
        "('Sunday, Oct. 19, 2025', the date field) then run-in paragraphs 'H:MM a.m. - TYPE, 1200 block "
        "of Alder Street. Narrative. Outcome sentence. (TR25NNNNN)': the time (reported_at, no date on "
        "the entry: the date is the heading above it, which may sit in an earlier column), the type in "
        "upper case, location, summary, disposition, and the id LAST in parentheses. Related numbers in "
        "the outcome ('booked (B-NNNNNN on the jail roster)', 'Ticket TR-CIT-NNNNN', 'Port police, PPD "
        "25-NNNNNN'). Ends 'Items this week: N. Call counts by beat are online.'",
        "items counted from the generator; the closing count equals record_count"),
}


def main():
    one_agency("crestline-or-pd", 1,
               [("crestline-blotter-2025-10-06-12.pdf", days(10, 6, 12), "October 6-12, 2025", 74, 11840),
                ("crestline-blotter-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 88, 11990)],
               cr_records, draw_cr, "Crestline Police Department, OR [invented]",
               "newsletter police blotter (two columns, 'By the numbers' box)", "free text",
               F5, *NOTES["crestline-or-pd"])
    one_agency("oriel-springs-id-pd", 2,
               [("oriel-springs-police-log-2025-10-20-26.pdf", days(10, 20, 26), "Week of Oct. 20-26, 2025",
                 131, 402100)],
               os_records, draw_os, "Oriel Springs Police Department, ID [invented]",
               "newspaper police log (three columns, small type, entries break across columns)", "free text",
               F5 + ["summary"], *NOTES["oriel-springs-id-pd"])
    one_agency("marrow-point-wa-pd", 3,
               [("marrow-point-press-bulletin-2025-10-14-16.pdf", days(10, 14, 16), "October 14-16, 2025",
                 46, 610),
                ("marrow-point-press-bulletin-2025-10-17-20.pdf", days(10, 17, 20), "October 17-20, 2025",
                 58, 680)],
               mp_records, draw_mp, "Marrow Point Police Department, WA [invented]",
               "press bulletin (headline per incident, two columns)", "free text",
               F5 + ["summary"], *NOTES["marrow-point-wa-pd"])
    one_agency("quillan-ferry-vt-pd", 4,
               [("quillan-ferry-police-beat-2025-10-12-18.pdf", days(10, 12, 18), "Oct. 12-18, 2025", 52, 730),
                ("quillan-ferry-police-beat-2025-10-19-25.pdf", days(10, 19, 25), "Oct. 19-25, 2025", 61, 790)],
               qf_records, draw_qf, "Quillan Ferry Police Department, VT [invented]",
               "police beat page (labelled blocks around grey photo boxes, two columns)", "labelled blocks",
               F5, *NOTES["quillan-ferry-vt-pd"])
    one_agency("tolland-reach-ak-pd", 5,
               [("tolland-reach-police-notebook-2025-10-19-25.pdf", days(10, 19, 25), "Oct. 19-25, 2025",
                 97, 30410)],
               tr_records, draw_tr, "Tolland Reach Police Department, AK [invented]",
               "police notebook (run-in entries under day headings, three columns, id last)", "free text",
               F5 + ["date", "summary"], *NOTES["tolland-reach-ak-pd"])


if __name__ == "__main__":
    main()
