"""Generate a held-out set of incident logs with narrow columns whose cells wrap over several lines and
rows that run over a page break (blind_logs149).

Five agencies, five layouts: a portrait table whose id column is so narrow that the id itself wraps
(`25-` over `004417`); a table whose rows cut by a page break are resumed under the repeated header
with the id printed again and `(cont.)`; labelled blocks with a narrow label column whose blocks run
over pages, each page footer counting the entries on it (split blocks counted on both pages); two-tier
rows in narrow columns under day headings with a day count, rows cut between their tiers; a narrow
prose column whose paragraphs break across pages and cite earlier incidents in the id's shape.
Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs149/make_blind_logs149.py [OUT_DIR]
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
SEED = 20261149
TYPES = ["Theft from vehicle", "Burglary - residence", "Criminal mischief", "Welfare check", "Noise complaint",
         "Suspicious vehicle", "Traffic collision - property damage", "Retail theft", "Fraud - gift card scam",
         "Criminal trespass", "Found property", "Simple assault", "Harassment by phone", "Stolen bicycle",
         "Loose livestock", "Driving under the influence", "Missing juvenile - returned", "Burglary - storage unit"]
DISPS = ["Report taken", "Closed - no further action", "Arrest made", "Referred to investigations",
         "Unfounded", "Citation issued", "Gone on arrival", "Referred to county attorney"]
STREETS = ["Lanternwick Road", "Quillfeather Street", "Oxbow Bend Avenue", "Thistledown Lane", "Copperbeech Drive",
           "Wrenfield Court", "Saltmarsh Street", "Harrowgate Boulevard", "Bittersweet Way", "Kestrel Ridge Road",
           "Millrace Avenue", "Foxglove Place"]
PLACES = ["Quarrystone Municipal Pool parking lot", "Old Tannery Park east pavilion", "Riverside Transit Shelter 4",
          "Hollis Ridge Trailhead kiosk", "County fairgrounds livestock barn", "Northgate Shopping Center loading dock"]
NOARREST = ("Welfare check", "Found property", "Missing juvenile - returned", "Loose livestock",
            "Traffic collision - property damage", "Suspicious vehicle")


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


def disp(r, typ):
    d = r.choice(DISPS)
    while d == "Arrest made" and typ in NOARREST:
        d = r.choice(DISPS)
    return d


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def location(r):
    k = r.random()
    if k < 0.5:
        return f"{r.randint(1, 48) * 100 + r.randint(1, 99)} {r.choice(STREETS)}"
    if k < 0.8:
        a, b = r.sample(STREETS, 2)
        return f"{a} at {b}"
    return r.choice(PLACES)


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs149.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs149.py) from the records it drew; "
                               "checked by check_blind_logs149.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


class Doc:
    """Page builder. row(lines) puts physical lines (each a list of (x, text, font, size)) on the page;
    a row is started on a new page only if its first `keep` lines do not fit, otherwise it runs over
    the page break. cont(rec) gives extra lines printed at the top of the page a row continues on."""

    def __init__(self, header, footer, top, bottom, lead):
        self.header, self.footer, self.top, self.bottom, self.lead = header, footer, top, bottom, lead
        self.pages, self.y, self.starts, self.splits = [], 0, [], []

    def new_page(self):
        self.pages.append(list(self.header(len(self.pages) + 1)))
        self.starts.append(0)
        self.splits.append(0)
        self.y = self.top

    def row(self, lines, keep=2, gap=0, cont=None, lead=None, record=True):
        lead = lead or self.lead
        if not self.pages or self.y - (keep - 1) * lead < self.bottom:
            self.new_page()
        if record:
            self.starts[-1] += 1
        split = False
        for line in lines:
            if self.y < self.bottom:
                self.new_page()
                split = True
                self.splits[-1] += 1
                for extra in (cont or []):
                    self.put(extra, lead)
            self.put(line, lead)
        self.y -= gap
        return split

    def put(self, line, lead):
        for x, text, font, fs in line:
            self.pages[-1].append((self.y, x, text, font, fs))
        self.y -= lead

    def finish(self):
        for k, it in enumerate(self.pages, 1):
            it.extend(self.footer(k, len(self.pages), self.starts[k - 1], self.splits[k - 1]))
        return self.pages


def cells(cols, values, F, S):
    """cols: (x, width); values: strings; returns physical lines with each cell wrapped in its width."""
    wrapped = [wrap(v, F, S, w) if v else [] for (x, w), v in zip(cols, values)]
    n = max(len(w) for w in wrapped)
    return [[(x, w[j], F, S) for (x, _), w in zip(cols, wrapped) if j < len(w)] for j in range(n)]


# 1 ------------------------------------------------------------------ Quarrystone, NH: the id wraps in its column
def quarrystone(d, r):
    agency = "Quarrystone Police Department, NH [invented]"
    n, num = 96, 4390
    recs = []
    for t in stamps(r, datetime.datetime(2025, 11, 1), n, 30):
        num += r.randint(1, 5)
        rec = {"case_number": f"25-00{num}", "reported_at": t.strftime("%m/%d/%y %H:%M"), "type": r.choice(TYPES),
               "location": location(r), "rel": [], "t": t, "badge": str(r.randint(300, 389))}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
    F, S = "Helvetica", 8.5
    cols = [(40, 34), (88, 44), (146, 48), (210, 62), (290, 30), (334, 48)]
    head = [["Case", "Date /", "Offense", "Location", "Off.", "Status"], ["No.", "Time", "", "", "Badge", ""]]

    def header(k):
        items = [(792 - 44, 40, "QUARRYSTONE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                 (792 - 58, 40, "Incident log, November 1-30, 2025. Records unit 555-0131.", F, 8.5)]
        for j, h in enumerate(head):
            items += [(792 - 78 - 10 * j, x, v, "Helvetica-Bold", 8) for (x, _), v in zip(cols, h) if v]
        items.append((792 - 93, 40, None, F, 8))
        return items

    doc = Doc(header, lambda k, m, s, sp: [(30, 40, f"Page {k} of {m}", F, 8)], 792 - 106, 50, 10.5)
    splits = 0
    for rec in recs:
        t = rec.pop("t")
        lines = cells(cols[2:], [rec["type"], rec["location"], "", rec["disposition"]], F, S)
        while len(lines) < 2:
            lines.append([])
        lines[0] = [(40, "25-", F, S), (88, t.strftime("%m/%d/%y"), F, S), (290, rec.pop("badge"), F, S)] + lines[0]
        lines[1] = [(40, rec["case_number"][3:], F, S), (88, t.strftime("%H:%M"), F, S)] + lines[1]
        splits += doc.row(lines, keep=2, gap=4)
    doc.row([[(40, f"{n} incidents listed.", "Helvetica-Bold", 9)]], keep=1, record=False)
    pages = doc.finish()
    assert splits >= 2, splits
    path = d / "quarrystone-incident-log-2025-11.pdf"
    draw(path, letter, pages)
    return agency, [entry(path, agency, "monthly incident log", "table with header", recs,
                          "Portrait table with six narrow columns (Case No., Date / Time, Offense, Location, "
                          "Off. Badge, Status); every cell wraps. Trap: the Case No. column is so narrow that the "
                          "id itself wraps: `25-` on the row's first line and `004417` under it, so the id as "
                          "printed is `25-004417` and neither half alone is a record; the date and time wrap the "
                          "same way. Rows run over page breaks with no marker: the lines at the top of a page "
                          "under the repeated header finish the last row of the page before. Three-digit badges "
                          "and house numbers stand in the rows. Ends `N incidents listed.`",
                          "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Bellwether County, ID: continued rows repeat the id
def bellwether(d, r):
    agency = "Bellwether County Sheriff's Office, ID [invented]"
    n, num = 46, 1180
    recs = []
    for t in stamps(r, datetime.datetime(2025, 11, 3), n, 14):
        num += r.randint(1, 7)
        rec = {"case_number": f"BC25-{num:05d}", "reported_at": t.strftime("%m/%d/%Y %H%M"), "type": r.choice(TYPES),
               "location": location(r) if r.random() < 0.7 else
               f"State Highway {r.choice([21, 55, 75, 95])} near milepost {r.randint(3, 140)}", "rel": [],
               "unit": f"{r.choice('ABC')}{r.randint(1, 9)}"}
        rec["disposition"] = disp(r, rec["type"])
        rec["summary"] = r.choice([
            "Caller reported the matter by phone; deputy contacted the caller at the scene and documented it.",
            "Deputy checked the area and spoke with neighbours; nothing further was found at that time.",
            "Reporting party requested a report for insurance purposes; photographs were taken.",
            "Dispatch received two calls about the same matter; one deputy responded and cleared.",
            "Deputy located the involved party and provided information on available resources."])
        recs.append(rec)
    F, S = "Helvetica", 8
    cols = [(36, 56), (100, 52), (160, 70), (240, 92), (340, 30), (378, 118), (504, 72)]
    head = ["Case", "Received", "Nature", "Location", "Unit", "Summary", "Outcome"]

    def header(k):
        items = [(792 - 42, 36, "BELLWETHER COUNTY SHERIFF'S OFFICE [invented] - CALLS WITH REPORTS",
                  "Helvetica-Bold", 11),
                 (792 - 56, 36, "November 3-16, 2025. Rows cut by a page end continue on the next page. "
                                "Dispatch 555-0148.", F, 8)]
        items += [(792 - 74, x, v, "Helvetica-Bold", 8) for (x, _), v in zip(cols, head)]
        items.append((792 - 79, 36, None, F, 8))
        return items

    doc = Doc(header, lambda k, m, s, sp: [(28, 36, f"Bellwether County SO - page {k} of {m}", F, 7.5)],
              792 - 92, 48, 9.8)
    splits = 0
    for rec in recs:
        lines = cells(cols, [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["unit"],
                             rec["summary"], rec["disposition"]], F, S)
        cont = [[(36, f"{rec['case_number']} (cont.)", "Helvetica-Oblique", 8)]]
        splits += doc.row(lines, keep=1, gap=5, cont=cont)
    doc.row([[(36, f"Total calls with reports: {n}", "Helvetica-Bold", 9)]], keep=1, record=False)
    pages = doc.finish()
    assert splits >= 2, splits
    path = d / "bellwether-calls-with-reports-2025-11-03-16.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("unit")
        rec.pop("summary")
    return agency, [entry(path, agency, "two-week log of calls with reports", "table with header", recs,
                          "Portrait table with seven narrow columns whose cells wrap over three to eight lines "
                          "(the Summary column is the longest). Trap: a row cut by a page end is resumed on the "
                          "next page under the repeated header with its id printed again, `BC25-01234 (cont.)`, "
                          "followed by the rest of its lines: the same record printed twice, counted once. Unit "
                          "codes and highway mileposts are not ids. Ends `Total calls with reports: N`.",
                          "rows counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Marrowfield, WI: per-page counts count split blocks twice
def marrowfield(d, r):
    agency = "Marrowfield Police Department, WI [invented]"
    n, num = 40, 2210
    recs = []
    for t in stamps(r, datetime.datetime(2025, 11, 10), n, 7):
        num += r.randint(1, 6)
        rec = {"case_number": f"MF2025-{num:05d}", "reported_at": t.strftime("%b %d, %Y %I:%M %p"),
               "type": r.choice(TYPES), "location": location(r), "rel": [], "badge": f"{r.randint(40, 99)}"}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
    F, S, L = "Times-Roman", 10, 12.5
    LX, VX, VW = 60, 132, 170

    def header(k):
        return [(792 - 46, 60, "Marrowfield Police Department [invented]", "Times-Bold", 13),
                (792 - 61, 60, "Weekly incident register, week of November 10, 2025", "Times-Italic", 10),
                (792 - 68, 60, None, F, 8)]

    def footer(k, m, starts, splits):
        return [(40, 60, f"Entries on this page: {starts + splits}", "Times-Italic", 9),
                (40, 400, f"Page {k} of {m}", F, 9)]

    doc = Doc(header, footer, 792 - 88, 58, L)
    splits = 0
    for rec in recs:
        lines = []
        for lab, val in [("Incident #", rec["case_number"]), ("Reported", rec["reported_at"]),
                         ("Offense", rec["type"]), ("Location", rec["location"]),
                         ("Officer", f"Badge {rec['badge']}"), ("Disposition", rec["disposition"])]:
            for j, v in enumerate(wrap(val, F, S, VW)):
                lines.append(([(LX, lab + ":", "Times-Bold", S)] if j == 0 else []) + [(VX, v, F, S)])
        splits += doc.row(lines, keep=2, gap=10)
    doc.row([[(60, f"Total entries this week: {n}", "Times-Bold", 10.5)]], keep=1, record=False)
    pages = doc.finish()
    assert splits >= 2, splits
    path = d / "marrowfield-incident-register-2025-11-10-16.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("badge")
    return agency, [entry(path, agency, "weekly incident register", "labelled blocks", recs,
                          "One block per incident: a narrow label column (`Incident #:`, `Reported:`, `Offense:`, "
                          "`Location:`, `Officer:`, `Disposition:`) and a narrow value column in which long values "
                          "wrap over two or three lines. Blocks run over page breaks with no marker. Trap: each "
                          "page footer says `Entries on this page: N`, counting a block split by the page end on "
                          "both pages, so the page counts add up to more than the records; the real total is the "
                          "closing `Total entries this week: N`. Badge numbers are two digits.",
                          "blocks counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Tillbrook, KS: two-tier rows under day headings
def tillbrook(d, r):
    agency = "Tillbrook Police Department, KS [invented]"
    n, num = 60, 3300
    recs = []
    for t in stamps(r, datetime.datetime(2025, 11, 17), n, 7):
        num += r.randint(1, 4)
        rec = {"case_number": f"T-{num}-25", "reported_at": t.strftime("%H:%M"), "t": t, "type": r.choice(TYPES),
               "location": location(r), "rel": [], "beat": f"Beat {r.randint(1, 6)}"}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
    F, S = "Courier", 8
    top = [(40, 60), (110, 40), (160, 110), (280, 50)]
    bottom = [(110, 160), (280, 120)]

    def header(k):
        return [(792 - 42, 40, "TILLBROOK POLICE DEPARTMENT [invented]", "Courier-Bold", 11),
                (792 - 55, 40, "DAILY CALL LOG  NOV 17-23, 2025  PHONE 555-0162", F, 8),
                (792 - 70, 40, "CASE NO.", "Courier-Bold", 8), (792 - 70, 110, "TIME", "Courier-Bold", 8),
                (792 - 70, 160, "NATURE OF CALL", "Courier-Bold", 8), (792 - 70, 280, "BEAT", "Courier-Bold", 8),
                (792 - 80, 110, "LOCATION", "Courier-Bold", 8), (792 - 80, 280, "DISPOSITION", "Courier-Bold", 8),
                (792 - 85, 40, None, F, 8)]

    doc = Doc(header, lambda k, m, s, sp: [(30, 40, f"PAGE {k} OF {m}", F, 8)], 792 - 98, 50, 9.5)
    days = {}
    for rec in recs:
        days.setdefault(rec.pop("t").date(), []).append(rec)
    splits = 0
    for day, v in days.items():
        doc.row([[(40, f"{day.strftime('%A %B').upper()} {day.day} - {len(v)} CALLS", "Courier-Bold", 8.5)]],
                keep=3, gap=3, record=False)
        for rec in v:
            a = cells(top, [rec["case_number"], rec["reported_at"], rec["type"], rec.pop("beat")], F, S)
            b = cells(bottom, [rec["location"], rec["disposition"]], F, S)
            splits += doc.row(a + b, keep=1, gap=4)
    doc.row([[(40, f"END OF LOG - {n} CALLS", "Courier-Bold", 8.5)]], keep=1, record=False)
    pages = doc.finish()
    assert splits >= 2, splits
    path = d / "tillbrook-daily-call-log-2025-11-17-23.pdf"
    draw(path, letter, pages)
    return agency, [entry(path, agency, "weekly daily call log", "other: two-tier rows under day headings", recs,
                          "Monospaced log in narrow columns, each call printed as two tiers: top tier case no., "
                          "time, nature of call, beat; bottom tier location and disposition, each cell wrapping "
                          "over one to three lines. Calls are grouped under day headings `MONDAY NOVEMBER 17 - N "
                          "CALLS` (a count line, not a record) and only the time is printed per call "
                          "(reported_at is the time; the day is the heading's). The id `T-3312-25` puts the year "
                          "last. Trap: rows run over page breaks between or inside their tiers, so the bottom tier "
                          "of a call can open a page under the repeated two-tier header. Ends `END OF LOG - N "
                          "CALLS`.",
                          "calls counted by the generator; day headings and the closing line give the counts")]


# 5 ------------------------------------------------------------------ Oxenhope, PA: narrow prose column
def oxenhope(d, r):
    agency = "Oxenhope Police Department, PA [invented]"
    n, num = 70, 7720
    recs = []
    for t in stamps(r, datetime.datetime(2025, 11, 1), n, 30):
        num += r.randint(1, 12)
        rec = {"case_number": f"OX-25-{num}", "reported_at": f"{t.strftime('%B')} {t.day} at {t.strftime('%H%M')} hours",
               "type": r.choice(TYPES), "location": location(r), "rel": [], "t": t}
        rec["disposition"] = disp(r, rec["type"])
        if r.random() < 0.2:
            rec["rel"].append(("earlier_incident", f"OX-25-{num - r.randint(40, 400)}"))
        recs.append(rec)
    F, S, L, W = "Times-Roman", 10, 12.4, 230

    def header(k):
        return [(792 - 46, 72, "OXENHOPE POLICE DEPARTMENT [invented]", "Times-Bold", 12),
                (792 - 60, 72, "Police blotter for the borough newsletter, November 2025", "Times-Italic", 9.5)]

    doc = Doc(header, lambda k, m, s, sp: [(36, 72, f"Oxenhope PD blotter - {k}", "Times-Italic", 8.5)],
              792 - 84, 56, L)
    doc.row([[(72, f"This month the department logged {n} incidents.", "Times-Italic", S)]], keep=1, gap=6,
            record=False)
    splits = 0
    for rec in recs:
        rec.pop("t")
        txt = (f"{rec['case_number']}: {rec['type']}, {rec['location']}, reported {rec['reported_at']}.")
        for _, x in rec["rel"]:
            txt += f" Follow-up to {x}."
        txt += f" {rec['disposition']}."
        lines = [[(72, ln, "Times-Bold" if j == 0 else F, S)] for j, ln in enumerate(wrap(txt, F, S, W))]
        splits += doc.row(lines, keep=1, gap=5)
    pages = doc.finish()
    assert splits >= 2, splits
    path = d / "oxenhope-blotter-2025-11.pdf"
    draw(path, letter, pages)
    return agency, [entry(path, agency, "monthly newsletter police blotter", "free text", recs,
                          "One paragraph per incident in a single narrow column (about a third of the page width), "
                          "each wrapping over three to six lines, `OX-25-7731: <type>, <location>, reported "
                          "November 4 at 2140 hours. <disposition>.`; paragraphs break across pages with no "
                          "marker. Trap: some paragraphs end `Follow-up to OX-25-7512.`, an earlier incident in the "
                          "id's own shape (not a record); when the line wraps, such a number can open a line. "
                          "Opens `This month the department logged N incidents.`",
                          "paragraphs counted by the generator; the opening line gives the total")]


AGENCIES = [("quarrystone-nh-pd", 1, quarrystone), ("bellwether-county-id-so", 2, bellwether),
            ("marrowfield-wi-pd", 3, marrowfield), ("tillbrook-ks-pd", 4, tillbrook), ("oxenhope-pa-pd", 5, oxenhope)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
