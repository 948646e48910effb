"""Generate a held-out set of incident listings inside statistical and monthly reports (blind_logs172).

Five agencies, five layouts, one trap each. Every PDF is a department's monthly or quarterly report to
its council or board: a narrative, many tables of numbers (UCR Part I/II counts, calls by beat, response
times, year-over-year changes, arrests by age), bar charts drawn with their labels as text, and one
incident listing that alone holds the records: a table followed by an appendix listing of the previous
month (not counted); labelled blocks split around a chart that floats into the middle of a block; prose
paragraphs after a 'top 10 calls' table that repeats incident numbers; numbered items after count tables
that print numbers of the ids' own shape; a register grouped by offence whose group headings repeat the
row labels of the count tables. Everything is invented. Output is deterministic: fixed seed, reportlab
invariant mode.
Run:
    python tests/documents/blind_logs172/make_blind_logs172.py [OUT_DIR]
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
SEED = 2026172
D = "\u2014"
PW, PH = letter
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Assault - simple", "Assault - aggravated", "Robbery", "Stolen vehicle", "Fraud",
         "Trespass", "Disorderly conduct", "Drug violation", "DUI", "Hit and run", "Arson"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Closed - no leads", "Open - pending", "Cleared by exception"]
STREETS = [("Quarrystone Road", "Quarrystone Rd"), ("Tamsin Avenue", "Tamsin Ave"), ("Larkmoor Drive", "Larkmoor Dr"),
           ("Fennick Street", "Fennick St"), ("Old Weir Road", "Old Weir Rd"), ("Cobbler Lane", "Cobbler Ln"),
           ("Hollins Court", "Hollins Ct"), ("Brackwater Way", "Brackwater Way"), ("Mill Pond Road", "Mill Pond Rd"),
           ("Sorrel Street", "Sorrel St"), ("Ironbridge Avenue", "Ironbridge Ave"), ("Pinchot Road", "Pinchot Rd")]
PLACES = ["Transit center", "Library annex", "Fairgrounds", "High school lot", "Boat launch", "Grange hall"]
PART2 = ["Simple assault", "Fraud / forgery", "Vandalism", "Weapons violations", "Drug violations", "DUI",
         "Liquor laws", "Disorderly conduct", "Trespass", "All other offenses"]
RARE = {"Homicide", "Rape", "Arson", "Robbery", "Weapons violations", "Liquor laws"}
PART1 = ["Homicide", "Rape", "Robbery", "Aggravated assault", "Burglary", "Larceny-theft", "Motor vehicle theft",
         "Arson"]


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


def location(r, short=False, upper=False):
    k = r.random()
    i = 1 if short else 0
    if k < 0.5:
        out = f"{r.randint(1, 48) * 100} {'blk' if short else 'block of'} {r.choice(STREETS)[i]}"
    elif k < 0.85:
        a, b = r.sample(STREETS, 2)
        out = f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    else:
        out = r.choice(PLACES)
    return out.upper() if upper else out


def make_recs(r, first_day, days, per_day, short=False, upper=False, types=TYPES):
    """Records as plain dicts with datetimes: reported `dt`, occurred `occ` (None, a time or a range)."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        k = r.randint(*per_day)
        for m in sorted(r.sample(range(10, 1440 - 10), k)):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.4:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.8:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(types)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "rel": []})
    return recs


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])


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


def pct(a, b):
    if b == 0:
        return "n/a"
    return f"{(a - b) / b * 100:+.1f}%"


class Doc:
    """Pages as lists of items (y, x, text, font, size, align); text ("rect", w, h) draws a bar, None a rule.
    add(lines) places lines of items (x, text, font, size[, align[, dy]]) and a lead, breaking pages."""

    def __init__(self, header, footer, top=PH - 84, bottom=70):
        self.pages, self.header, self.footer, self.top, self.bottom = [], header, footer, top, bottom
        self.y = 0

    def new_page(self):
        self.pages.append(list(self.header(len(self.pages) + 1)))
        self.y = self.top

    def room(self):
        return self.y - self.bottom if self.pages else -1

    def add(self, lines, keep=True, gap=0, repeat=None):
        """lines: list of (items, lead); returns the 0-based pages the lines went on."""
        need = sum(lead for _, lead in lines)
        if not self.pages or (keep and self.room() < need):
            self.new_page()
            if repeat:
                self.add(repeat)
        used = []
        for items, lead in lines:
            if self.y - lead < self.bottom - 2:
                self.new_page()
                if repeat:
                    self.add(repeat)
            for it in items:
                x, text, font, fs = it[:4]
                align = it[4] if len(it) > 4 else "l"
                dy = it[5] if len(it) > 5 else 0
                self.pages[-1].append((self.y - dy, x, text, font, fs, align))
            if not used or used[-1] != len(self.pages) - 1:
                used.append(len(self.pages) - 1)
            self.y -= lead
        self.y -= gap
        return used

    def text(self, x, s, font="Helvetica", size=9.5, lead=13, width=PW - 2 * 54, gap=4):
        return self.add([([(x, ln, font, size)], lead) for ln in wrap(s, font, size, width)], keep=False, gap=gap)

    def heading(self, s, font="Helvetica-Bold", size=11.5, x=54):
        self.add([([(x, s, font, size)], 18)], gap=2)

    def finish(self):
        for k, it in enumerate(self.pages, 1):
            it.extend(self.footer(k, len(self.pages)))
        return self.pages

    def save(self, path):
        c = new_canvas(path)
        for items in self.pages:
            for y, x, text, font, fs, align in items:
                if text is None:
                    c.setLineWidth(0.5)
                    c.line(x, y, PW - x, y)
                elif isinstance(text, tuple):
                    c.setFillGray(0.55)
                    c.rect(x, y, text[1], text[2], stroke=0, fill=1)
                    c.setFillGray(0)
                else:
                    c.setFont(font, fs)
                    if align == "r":
                        c.drawRightString(x, y, text)
                    else:
                        c.drawString(x, y, text)
            c.showPage()
        c.save()


def table(doc, title, cols, rows, font="Helvetica", size=8.5, lead=12, note=None, x0=54):
    """A count table: cols [(title, x, align)], rows of strings; kept whole on one page."""
    head = [([(x, t, font + "-Bold" if font != "Times-Roman" else "Times-Bold", size, a) for t, x, a in cols],
             lead)]
    body = [([(x, v, font, size, a) for v, (_, x, a) in zip(row, cols)], lead) for row in rows]
    lines = ([([(x0, title, "Helvetica-Bold" if font != "Times-Roman" else "Times-Bold", 10)], 16)] + head
             + [([(x0, None, font, size)], 6)] + body)
    if note:
        lines += [([(x0, note, font + ("-Oblique" if font != "Times-Roman" else ""), 7.5)], 12)]
    doc.add(lines, gap=12)
    for row in rows:
        for k, (v, (_, x, a)) in enumerate(zip(row, cols)):
            if a == "l" and k + 1 < len(cols):
                nx, na = cols[k + 1][1], cols[k + 1][2]
                right = nx - (stringWidth(row[k + 1], font, size) if na == "r" else 0)
                assert x + stringWidth(v, font, size) < right - 4, (v, row)


def chart(doc, title, labels, values, font="Helvetica", x0=90, height=120, step=None, caption=None):
    """A bar chart drawn as bars with its tick, value and category labels as text; kept whole."""
    top = max(values)
    tick = 5 if top <= 30 else 10 if top <= 80 else 50 if top <= 400 else 100
    ymax = (top // tick + 1) * tick
    step = step or min(36, (PW - 2 * x0) / len(labels))
    items = []
    base = height + 26  # dy of the axis below the title line
    for v in range(0, ymax + 1, tick):
        items.append((x0 - 6, str(v), font, 7, "r", base - v / ymax * height - 2))
    for k, (lab, v) in enumerate(zip(labels, values)):
        x = x0 + 6 + k * step
        h = v / ymax * height
        items.append((x, ("rect", step * 0.6, max(h, 0.5)), font, 7, "l", base))
        items.append((x, str(v), font, 7, "l", base - h - 9))
        items.append((x, lab, font, 7, "l", base + 10))
    lines = [([(54, title, font + "-Bold" if font != "Times-Roman" else "Times-Bold", 10)] + items, base + 24)]
    if caption:
        lines.append(([(54, caption, font + ("-Oblique" if font != "Times-Roman" else ""), 7.5)], 14))
    return lines


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, notes, count_check, sections, extra_fields=()):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    fields = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
              "disposition", *extra_fields]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs172.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "report_sections": sections,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs172.py) from the records it drew, in "
                               "reading order; checked by check_blind_logs172.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def furniture(title, sub, phone, font="Helvetica"):
    bold = "Times-Bold" if font == "Times-Roman" else font + "-Bold"

    def header(k):
        return [(PH - 40, 54, title, bold, 10.5, "l"), (PH - 53, 54, sub, font, 8.5, "l"),
                (PH - 60, 54, None, font, 8, "l")]

    def footer(k, m):
        return [(40, 54, f"Prepared by the Records Unit, {phone}", font, 7.5, "l"),
                (40, PW - 54, f"Page {k} of {m}", font, 8.5, "r")]
    return header, footer


def beat_rows(r, beats, total):
    w = [r.randint(5, 12) for _ in beats]
    calls = [total * x // sum(w) for x in w]
    calls[0] += total - sum(calls)
    rows = []
    for b, c in zip(beats, calls):
        p1 = r.randint(c // 20, c // 8)
        rows.append([b, f"{c:,}", str(p1), f"{r.randint(38, 95) / 10:.1f}", f"{c / total * 100:.1f}%"])
    rows.append(["Total", f"{total:,}", str(sum(int(x[2]) for x in rows)), "", "100.0%"])
    return rows


BEAT_COLS = [("Beat", 54, "l"), ("Calls", 190, "r"), ("Priority 1", 260, "r"), ("Avg response (min)", 370, "r"),
             ("Share", 440, "r")]


def response_rows(r):
    rows = []
    for p in ("Priority 1", "Priority 2", "Priority 3", "Priority 4"):
        base = {"Priority 1": 40, "Priority 2": 75, "Priority 3": 120, "Priority 4": 190}[p]
        now, last = base + r.randint(-10, 12), base + r.randint(-10, 12)
        rows.append([p, f"{r.randint(40, 900)}", f"{now / 10:.1f}", f"{last / 10:.1f}", pct(now, last),
                     f"{(now * 2 + r.randint(5, 30)) / 10:.1f}"])
    return rows


RESP_COLS = [("Priority", 54, "l"), ("Calls", 170, "r"), ("Median (min)", 250, "r"), ("Last year", 320, "r"),
             ("Change", 390, "r"), ("90th pct", 460, "r")]


def age_rows(r):
    rows = []
    for g in ("Under 18", "18-24", "25-34", "35-44", "45-54", "55 and over"):
        m, f = r.randint(2, 30), r.randint(0, 14)
        rows.append([g, str(m), str(f), str(m + f)])
    rows.append(["Total", *(str(sum(int(x[k]) for x in rows)) for k in (1, 2, 3))])
    return rows


AGE_COLS = [("Age group", 54, "l"), ("Male", 200, "r"), ("Female", 270, "r"), ("Total", 340, "r")]


def count_rows(r, labels, now=None):
    """Offence count rows: label, this period, same period last year, change, YTD, YTD last year, change."""
    rows = []
    for k, lab in enumerate(labels):
        rare = lab in RARE
        a = now[k] if now else r.randint(0, 3) if rare else r.randint(0, 40)
        b = max(0, a + (r.randint(-2, 2) if rare else r.randint(-8, 8)))
        ya, yb = a + r.randint(0, 8 if rare else 160), b + r.randint(0, 8 if rare else 160)
        rows.append([lab, str(a), str(b), pct(a, b), str(ya), str(yb), pct(ya, yb)])
    tot = [sum(int(x[k]) for x in rows) for k in (1, 2, 4, 5)]
    rows.append(["Total", str(tot[0]), str(tot[1]), pct(tot[0], tot[1]), str(tot[2]), str(tot[3]), pct(tot[2], tot[3])])
    return rows


def count_cols(now, last, x1=250):
    return [("Offense", 54, "l"), (now, x1, "r"), (last, x1 + 62, "r"), ("Change", x1 + 112, "r"),
            ("YTD 2026", x1 + 168, "r"), ("YTD 2025", x1 + 222, "r"), ("Change", x1 + 274, "r")]


# 1 ------------------------------------------------------------------ Ashcombe, VT: table + appendix month
def ashcombe(d, r):
    agency = "Ashcombe Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 5, 1), 31, (1, 4), short=True)
    prev = make_recs(r, datetime.datetime(2026, 4, 1), 30, (0, 2), short=True)
    n = len(recs)
    assert 40 <= n <= 150 and len(prev) >= 20, (n, len(prev))
    seq = 3900 + r.randint(0, 40)
    for rec in prev + recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"A26-{seq:05d}"
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
    set_times(prev + recs, lambda t: t.strftime("%m/%d/%y %H:%M"))
    F, S = "Helvetica", 8
    header, footer = furniture("ASHCOMBE POLICE DEPARTMENT [invented]",
                               "Monthly Report to the Select Board  |  May 2026", "555-0131")
    doc = Doc(header, footer)
    doc.add([([(54, "Monthly Report to the Select Board", "Helvetica-Bold", 16)], 24),
             ([(54, "May 2026  |  submitted by the Chief of Police (badge #301)", F, 10)], 20)], gap=8)
    doc.heading("1. Summary")
    doc.text(54, "Calls for service rose slightly over April, while Part I offenses were down against May 2025. "
                 "The tables below follow the UCR summary categories; counts are of offenses, not incidents, "
                 "so one incident may add to more than one row. Section 7 lists every incident report taken in "
                 "May. Appendix B repeats the April listing so that the Board can compare the two months.")
    calls = r.randint(1450, 1800)
    doc.heading("2. Part I offenses (UCR summary)")
    table(doc, "Table 1. Part I offenses, May 2026 and May 2025", count_cols("May 2026", "May 2025"),
          count_rows(r, PART1), note="Hierarchy rule applied; attempts counted with completed offenses.")
    doc.heading("3. Part II offenses")
    table(doc, "Table 2. Part II offenses, May 2026 and May 2025", count_cols("May 2026", "May 2025"),
          count_rows(r, PART2))
    doc.heading("4. Calls for service by beat")
    table(doc, "Table 3. Calls for service by beat, May 2026", BEAT_COLS,
          beat_rows(r, ["Beat 1 - Village", "Beat 2 - North", "Beat 3 - Lakeside", "Beat 4 - Route 9"], calls))
    days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    vals = [r.randint(170, 290) for _ in days]
    doc.add(chart(doc, "Figure 1. Calls for service by day of week, May 2026", days, vals, step=50,
                  caption="Source: CAD export; self-initiated activity included."), gap=10)
    doc.heading("5. Response times")
    table(doc, "Table 4. Response times by priority, May 2026", RESP_COLS, response_rows(r))
    doc.heading("6. Arrests by age group")
    table(doc, "Table 5. Adult and juvenile arrests, May 2026", AGE_COLS, age_rows(r))
    cols = [("Case No.", 54), ("Reported", 106), ("Occurred", 166), ("Offense", 226), ("Location", 324),
            ("Disposition", 466)]
    colhead = [([(x, t, "Helvetica-Bold", S) for t, x in cols], 11), ([(54, None, F, S)], 5)]

    def listing(title, intro, rs, closing):
        doc.new_page()
        doc.heading(title)
        doc.text(54, intro, size=8.5, lead=11)
        doc.add(colhead)
        for rec in rs:
            vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"],
                    rec["location"], rec["disposition"]]
            for k, v in enumerate(vals):
                right = cols[k + 1][1] if k + 1 < len(cols) else PW - 40
                assert cols[k][1] + stringWidth(v, F, S) < right - 4, v
            doc.add([([(x, v, F, S) for v, (_, x) in zip(vals, cols)], 12)], repeat=colhead)
        doc.add([([(54, None, F, S)], 10), ([(54, closing, "Helvetica-Bold", 9)], 14)])

    listing("7. Incident listing, May 2026", "Every incident report taken from May 1 to May 31, 2026, in order of "
            "report. Occurred is the earliest known time.", recs, f"Incidents listed for May 2026: {n}")
    listing("Appendix B. April 2026 incident listing (for comparison)",
            "Reprinted from the April 2026 report for comparison only; these incidents were counted in April and "
            "are not part of the May figures.", prev, f"Incidents listed for April 2026: {len(prev)}")
    doc.finish()
    path = d / "ashcombe-monthly-report-2026-05.pdf"
    doc.save(path)
    sections = ["summary", "Table 1 Part I offenses", "Table 2 Part II offenses", "Table 3 calls by beat",
                "Figure 1 calls by day of week (bar chart, labels as text)", "Table 4 response times",
                "Table 5 arrests by age", "7. incident listing, May 2026 (the records)",
                "Appendix B: April 2026 incident listing (not counted)"]
    return [entry(path, agency, "monthly police report to the select board with an incident listing",
                  "table with header", recs,
                  "A monthly report to the Select Board: a summary, five count tables (Part I and Part II offenses "
                  "with May 2025 and YTD columns and percent changes, calls by beat, response times, arrests by age) "
                  "and a bar chart whose tick, value and day labels are text, then `7. Incident listing, May 2026`, "
                  "a table (`Case No.  Reported  Occurred  Offense  Location  Disposition`, the column header "
                  f"repeated on each page), ending `Incidents listed for May 2026: {n}`. Trap: after it comes "
                  "`Appendix B. April 2026 incident listing (for comparison)`, the April listing reprinted in the "
                  f"very same table layout with ids of the same series ({len(prev)} rows, `{prev[0]['case_number']}` "
                  f"to `{prev[-1]['case_number']}`, all reported in April, ending `Incidents listed for April 2026: "
                  f"{len(prev)}`). Those rows are NOT records of this document: they belong to the April report and "
                  "the appendix says they are not part of the May figures; only the May listing is counted. The "
                  "offense rows of Tables 1 and 2 are counts, not records. Occurred is a single time or blank.",
                  "rows counted by the generator; the listing's closing line gives the total",
                  sections)]


# 2 ------------------------------------------------------------------ Brindlemoor County, MT: blocks split by a chart
def brindlemoor(d, r):
    agency = "Brindlemoor County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 1), 90, (0, 1))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 20 + r.randint(0, 10)
    cad = 0
    for rec in recs:
        seq += r.choice([3, 5, 7, 9, 11])
        rec["case_number"] = f"BCSO-26-{seq:05d}"
        cad += r.randint(20, 90)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}{cad % 10000:04d}")]
    set_times(recs, lambda t: t.strftime("%m/%d/%Y %H:%M"))
    F = "Helvetica"
    header, footer = furniture("BRINDLEMOOR COUNTY SHERIFF'S OFFICE [invented]",
                               "Quarterly Report to the Board of County Commissioners  |  First Quarter 2026",
                               "555-0157")
    doc = Doc(header, footer)
    doc.add([([(54, "Quarterly Report to the Board of County Commissioners", "Helvetica-Bold", 15)], 22),
             ([(54, "First Quarter 2026 (January 1 - March 31)", F, 10)], 20)], gap=8)
    doc.heading("Section 1. Sheriff's message")
    doc.text(54, "The first quarter was quieter than the same quarter of 2025 in the unincorporated county, with "
                 "fewer burglaries and thefts from vehicles. Winter weather kept traffic collisions high. Section 5 "
                 "lists each reportable incident of the quarter; Figure 2 shows them by week.")
    doc.heading("Section 2. Calls for service")
    months = ["January", "February", "March"]
    rows, tot = [], [0, 0, 0, 0]
    for m in months:
        v = [r.randint(600, 900), r.randint(40, 90), r.randint(150, 260), r.randint(520, 880)]
        tot = [a + b for a, b in zip(tot, v)]
        rows.append([m, *(f"{x:,}" for x in v), pct(v[0], v[3])])
    rows.append(["Quarter", *(f"{x:,}" for x in tot), pct(tot[0], tot[3])])
    table(doc, "Table 1. Calls for service by month", [("Month", 54, "l"), ("Calls", 190, "r"),
                                                       ("Priority 1", 260, "r"), ("Self-initiated", 340, "r"),
                                                       ("Q1 2025", 410, "r"), ("Change", 480, "r")], rows)
    table(doc, "Table 2. UCR Part I offenses, first quarter", count_cols("Q1 2026", "Q1 2025"), count_rows(r, PART1))
    table(doc, "Table 3. UCR Part II offenses, first quarter", count_cols("Q1 2026", "Q1 2025"), count_rows(r, PART2))
    doc.heading("Section 3. Patrol districts")
    table(doc, "Table 4. Calls by patrol district, first quarter", BEAT_COLS,
          beat_rows(r, ["District 1 - Valley", "District 2 - Bench", "District 3 - Forks", "District 4 - Pass",
                        "District 5 - Reservoir"], tot[0]))
    doc.heading("Section 4. Response times")
    table(doc, "Table 5. Response times by priority, first quarter", RESP_COLS, response_rows(r))
    doc.add(chart(doc, "Figure 1. Calls for service by month, 2025 and 2026",
                  ["J 25", "F 25", "M 25", "A 25", "M 25", "J 25", "J 25", "A 25", "S 25", "O 25", "N 25", "D 25",
                   "J 26", "F 26", "M 26"], [r.randint(560, 900) for _ in range(15)], step=30), gap=10)
    doc.new_page()
    doc.heading("Section 5. Incident listing: reportable incidents, first quarter 2026")
    doc.text(54, "One block per incident in order of report. Occurred gives the known time or the window in which "
                 "the incident happened.", size=8.5, lead=11)
    S, L = 9, 12.5
    weeks = [0] * 13
    for rec in recs:
        weeks[min(12, (rec["dt"] - datetime.datetime(2026, 1, 1)).days // 7)] += 1
    fig = chart(doc, "Figure 2. Reportable incidents by week, first quarter 2026", [f"Wk {k}" for k in range(1, 14)],
                weeks, step=34, caption="Weeks start on Thursday, January 1; week 13 has eleven days.")
    cont = [([(54, "Section 5. Incident listing (continued)", "Helvetica-Bold", 10)], 16)]
    split = None

    def ln(*pairs):
        items = []
        for x, lab, val in pairs:
            items += [(x, lab, "Helvetica-Bold", S), (x + 62, val, F, S)]
        return (items, L)
    for i, rec in enumerate(recs):
        if rec["occ"] is None:
            occ = "unknown"
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']} to {rec['occurred_to']}"
        lines = [ln((54, "Incident No.", rec["case_number"]), (330, "Reported", rec["reported_at"])),
                 ln((54, "Nature", rec["type"]), (330, "CAD No.", rec["rel"][0][1])),
                 ln((54, "Location", rec["location"])),
                 ln((54, "Occurred", occ)),
                 ln((54, "Status", rec["disposition"]), (330, "Deputy", f"#{rec['badge']}"))]
        need = sum(x[1] for x in fig) + 16 + 5 * L + 30
        if split is None and i >= n // 2 and PH - 84 - doc.y > 250 and doc.room() > need:
            split = i
            doc.add(lines[:2], keep=False)
            doc.add(fig, gap=8)
            doc.add(cont)
            doc.add(lines[2:], keep=False)
        else:
            doc.add(lines)
        doc.add([([(54, None, F, S)], 10)], keep=False)
    assert split is not None
    doc.add([([(54, f"Reportable incidents listed: {n}", "Helvetica-Bold", 9.5)], 16)])
    doc.heading("Section 6. Civil process and jail")
    table(doc, "Table 6. Civil process served and jail bookings, first quarter",
          [("Month", 54, "l"), ("Papers served", 200, "r"), ("Bookings", 280, "r"), ("Avg daily pop.", 380, "r")],
          [[m, str(r.randint(60, 140)), str(r.randint(40, 90)), str(r.randint(28, 46))] for m in months])
    doc.finish()
    path = d / "brindlemoor-county-quarterly-report-2026-q1.pdf"
    doc.save(path)
    sc = recs[split]["case_number"]
    sections = ["Section 1 sheriff's message", "Table 1 calls by month", "Tables 2-3 UCR Part I and II",
                "Table 4 calls by patrol district", "Table 5 response times", "Figure 1 calls by month (bar chart)",
                "Section 5 incident listing (the records), split by Figure 2 (bar chart) after two lines of "
                f"{sc}", "Table 6 civil process and jail"]
    return [entry(path, agency, "quarterly sheriff's report to the county commissioners with an incident listing",
                  "labelled blocks", recs,
                  "A quarterly report to the county commissioners: the sheriff's message, calls by month, UCR Part I "
                  "and II count tables with Q1 2025 and YTD columns, calls by patrol district, response times and a "
                  "bar chart, then `Section 5. Incident listing`: labelled blocks of five lines (`Incident No.` with "
                  "`Reported`, `Nature` with `CAD No.`, `Location`, `Occurred` a time, a `from to to` window or "
                  "`unknown`, `Status` with `Deputy`), a rule between blocks, ending `Reportable incidents listed: "
                  f"{n}`; a Table 6 of civil process and jail figures follows. Every block prints a ten-digit CAD "
                  "number (`related_numbers`, kind `cad`). Trap: the listing is split around `Figure 2. Reportable "
                  "incidents by week`, a bar chart placed in the middle of a page whose week labels, tick labels "
                  "and bar values are text, followed by `Section 5. Incident listing (continued)`; the figure "
                  f"floats into the middle of block `{sc}`: its `Incident No.`/`Reported` and `Nature`/`CAD No.` "
                  "lines are printed above the chart, its `Location`, `Occurred` and `Status` lines below the "
                  "continued heading. The block is one record; the chart's numbers are no records.",
                  "blocks counted by the generator; the closing line gives the total", sections)]


# 3 ------------------------------------------------------------------ Corvell, NC: prose after a top-10 table
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "A description was broadcast to units.",
        "", ""]


def corvell(d, r):
    agency = "Corvell Police Department, NC [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 1), 30, (1, 4))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 1100 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 2, 2, 3, 4])
        rec["case_number"] = f"2026-{seq:05d}"
        if rec["disposition"] == "Citation issued":
            rec["rel"] = [("citation", f"C{r.randint(440000, 459999)}")]

    def fmt(t):
        return f"{t:%B} {t.day}, {t:%H:%M}"
    set_times(recs, fmt)
    F = "Times-Roman"
    header, footer = furniture("CORVELL POLICE DEPARTMENT [invented]",
                               "Monthly Police Report to City Council  |  April 2026", "555-0176", font=F)
    doc = Doc(header, footer)
    doc.add([([(54, "Monthly Police Report to City Council", "Times-Bold", 17)], 24),
             ([(54, "April 2026", F, 11)], 20)], gap=8)
    top = sorted(r.sample(range(n), 10), key=lambda i: -r.random())
    doc.heading("Highlights", font="Times-Bold")
    cited = sorted(r.sample(range(n), 3))
    doc.text(54, f"Calls for service were steady in April. Two incidents drew most of the patrol time: incident "
                 f"{recs[top[0]]['case_number']} and incident {recs[top[1]]['case_number']} (see the top ten "
                 f"calls below). The {recs[cited[0]]['type'].lower()} reported as {recs[cited[0]]['case_number']} "
                 f"and the {recs[cited[1]]['type'].lower()} reported as {recs[cited[1]]['case_number']} remain "
                 "under investigation. The incident summaries at the end of this report describe every incident "
                 "for which a report was written.", font=F, size=10.5, lead=14)
    table(doc, "Table 1. Part I crimes, April 2026 and April 2025", count_cols("Apr 2026", "Apr 2025"),
          count_rows(r, PART1), font=F, size=9)
    table(doc, "Table 2. Part II crimes, April 2026 and April 2025", count_cols("Apr 2026", "Apr 2025"),
          count_rows(r, PART2), font=F, size=9)
    calls = r.randint(2100, 2600)
    table(doc, "Table 3. Calls for service by beat", BEAT_COLS,
          beat_rows(r, ["Beat 11 - Downtown", "Beat 12 - Mill Hill", "Beat 21 - Eastgate", "Beat 22 - Airport",
                        "Beat 31 - Riverside"], calls), font=F, size=9)
    rows = []
    mins = sorted((r.randint(95, 420) for _ in top), reverse=True)
    for k, (i, m) in enumerate(zip(top, mins), 1):
        rec = recs[i]
        rows.append([str(k), rec["case_number"], f"{rec['dt']:%m/%d}", rec["type"], str(r.randint(2, 7)), str(m)])
    table(doc, "Table 4. Top 10 calls by time on scene, April 2026",
          [("Rank", 54, "l"), ("Incident", 90, "l"), ("Date", 160, "l"), ("Call type", 200, "l"),
           ("Units", 360, "r"), ("Minutes on scene", 450, "r")], rows, font=F, size=9,
          note="Time on scene is the sum over all units assigned.")
    table(doc, "Table 5. Response times by priority, April 2026", RESP_COLS, response_rows(r), font=F, size=9)
    hours = [f"{h:02d}" for h in range(0, 24, 2)]
    doc.add(chart(doc, "Figure 1. Calls for service by hour of day (two-hour bins)", hours,
                  [r.randint(90, 320) for _ in hours], font=F, step=36), gap=10)
    table(doc, "Table 6. Arrests by age group, April 2026", AGE_COLS, age_rows(r), font=F, size=9)
    doc.new_page()
    doc.heading("Incident summaries, April 2026", font="Times-Bold")
    doc.text(54, "One paragraph per incident report, in order of report; times are 24-hour.", font="Times-Italic",
             size=9.5, lead=12)
    S, L, W = 10.5, 13.5, PW - 2 * 54
    for rec in recs:
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f"Occurred {rec['occurred_at'].replace(', ', ' at ')}. "
        else:
            occ = (f"Occurred between {rec['occurred_from'].replace(', ', ' at ')} and "
                   f"{rec['occurred_to'].replace(', ', ' at ')}. ")
        narr = r.choice(NARR)
        cit = f" Citation {rec['rel'][0][1]} was issued." if rec["rel"] else ""
        txt = (f"{rec['reported_at']}. {rec['type']} reported at {rec['location']}. {occ}{narr + ' ' if narr else ''}"
               f"Disposition: {rec['disposition'].lower()}.{cit} Incident {rec['case_number']}, Officer "
               f"#{rec['badge']}.")
        rec["txt"] = txt
        if "occurred_at" in rec:
            rec["occurred_at"] = rec["occurred_at"].replace(", ", " at ")
        for k in ("occurred_from", "occurred_to"):
            if k in rec:
                rec[k] = rec[k].replace(", ", " at ")
        rec["disposition"] = rec["disposition"].lower()
        doc.add([([(54, ln, F, S)], L) for ln in wrap(txt, F, S, W)], keep=False, gap=5)
    doc.add([([(54, f"Incident summaries in this report: {n}.", "Times-Bold", 10.5)], 16)])
    doc.finish()
    path = d / "corvell-monthly-police-report-2026-04.pdf"
    doc.save(path)
    ids = [recs[i]["case_number"] for i in top]
    sections = ["highlights (prose citing four incident numbers)", "Tables 1-2 Part I and II crimes",
                "Table 3 calls by beat", "Table 4 top 10 calls by time on scene (ten incident numbers)",
                "Table 5 response times", "Figure 1 calls by hour (bar chart)", "Table 6 arrests by age",
                "incident summaries (the records)"]
    nc = sum(bool(rec["rel"]) for rec in recs)
    return [entry(path, agency, "monthly police report to city council with incident summaries", "free text", recs,
                  "A monthly report to City Council in Times: highlights, count tables (Part I and II with April "
                  "2025 and YTD columns, calls by beat, response times, arrests by age), a bar chart by hour, then "
                  f"`Incident summaries, April 2026`, one prose paragraph per incident: `{recs[2]['txt']}`, ending "
                  f"`Incident summaries in this report: {n}.` The id is the `Incident` number near the end of the "
                  "paragraph; the paragraph starts with the reported date and time. "
                  f"{nc} paragraphs print a citation number (`related_numbers`, kind `citation`). Trap: before the "
                  "listing, `Table 4. Top 10 calls by time on scene` prints ten incident numbers "
                  f"({', '.join(f'`{x}`' for x in ids)}) with a date, a call type and unit counts, and the "
                  "highlights paragraph cites four incident numbers in prose; all of them are incidents of the "
                  "listing, printed again there. Each incident is one record, counted once, at its paragraph in the "
                  "summaries; the table rows and the highlights are no records.",
                  "paragraphs counted by the generator; the closing line gives the total", sections)]


# 4 ------------------------------------------------------------------ Dunmere Township, MI: numbered items
def dunmere(d, r):
    agency = "Dunmere Township Police Department, MI [invented]"
    part1 = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
             "Robbery", "Assault - aggravated", "Stolen vehicle", "Arson"]
    recs = make_recs(r, datetime.datetime(2026, 4, 1), 91, (0, 2), types=part1)
    recs = [rec for k, rec in enumerate(recs) if k % 2 == 0 or r.random() < 0.3]
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 840 + r.randint(0, 9)
    issued = {}
    month_first = {}
    for rec in recs:
        mo = rec["dt"].month
        if mo not in month_first:
            seq += r.randint(3, 6)
            month_first[mo] = seq - 1
        seq += r.randint(2, 9)
        rec["case_number"] = f"26-{seq:04d}"
        issued[mo] = seq + 1
        if rec["disposition"] == "Arrest made":
            rec["rel"] = [("arrest", f"AR26-{r.randint(100, 399):04d}")]
    bounds = {}
    mos = sorted(month_first)
    for k, mo in enumerate(mos):
        last = month_first[mos[k + 1]] - 1 if k + 1 < len(mos) else issued[mo] + r.randint(1, 6)
        bounds[mo] = (month_first[mo], last)
    set_times(recs, lambda t: t.strftime("%m/%d/%Y at %H:%M"))
    F = "Helvetica"
    header, footer = furniture("DUNMERE TOWNSHIP POLICE DEPARTMENT [invented]",
                               "Quarterly Statistical Report to the Township Board  |  Second Quarter 2026",
                               "555-0119")
    doc = Doc(header, footer)
    doc.add([([(54, "Quarterly Statistical Report", "Helvetica-Bold", 16)], 24),
             ([(54, "Second Quarter 2026: April 1 - June 30", F, 10)], 20)], gap=8)
    doc.heading("Recommendations to the Board")
    for k, s in enumerate(["Fund a second traffic unit for the Route 12 corridor.",
                           "Renew the records management system maintenance agreement.",
                           "Add lighting at the boat launch and the township hall lot.",
                           "Adopt the revised false-alarm ordinance."], 1):
        doc.add([([(54, f"{k}.", F, 9.5), (72, s, F, 9.5)], 13)], gap=2)
    doc.add([], gap=8)
    doc.heading("Case numbers issued")
    rows = [[datetime.date(2026, mo, 1).strftime("%B"), f"26-{a:04d}", f"26-{b:04d}", str(b - a + 1)]
            for mo, (a, b) in sorted(bounds.items())]
    a0, b0 = bounds[mos[0]][0], bounds[mos[-1]][1]
    rows.append(["Quarter", f"26-{a0:04d}", f"26-{b0:04d}", str(b0 - a0 + 1)])
    table(doc, "Table 1. Report numbers issued by month (all report types)",
          [("Month", 54, "l"), ("First number", 160, "l"), ("Last number", 260, "l"), ("Reports", 380, "r")], rows,
          note="Numbers are issued for every report written, including Part II, traffic and service reports.")
    prev = [("Q1 2026", 26), ("Q2 2025", 25)]
    cmp_rows = []
    for p, y in prev:
        lo, hi = r.randint(1, 9), a0 - 1 if y == 26 else r.randint(700, 880)
        cmp_rows.append([p, f"{y}-{lo:04d}", f"{y}-{hi:04d}", str(hi - lo + 1)])
    table(doc, "Table 2. Comparison periods",
          [("Period", 54, "l"), ("First number", 160, "l"), ("Last number", 260, "l"), ("Reports", 380, "r")],
          cmp_rows)
    now = [sum(rec["type"] == t for rec in recs) for t in part1]
    table(doc, "Table 3. Part I offenses, second quarter", count_cols("Q2 2026", "Q2 2025"), count_rows(r, part1, now))
    table(doc, "Table 4. Part II offenses, second quarter", count_cols("Q2 2026", "Q2 2025"), count_rows(r, PART2))
    table(doc, "Table 5. Response times by priority, second quarter", RESP_COLS, response_rows(r))
    mon = ["Apr", "May", "Jun"]
    doc.add(chart(doc, "Figure 1. Part I incidents by month", mon,
                  [sum(rec["dt"].month == k for rec in recs) for k in (4, 5, 6)], step=60), gap=10)
    table(doc, "Table 6. Arrests by age group, second quarter", AGE_COLS, age_rows(r))
    doc.new_page()
    doc.heading("Part I incidents, April - June 2026")
    doc.text(54, "Numbered in order of report. Part II, traffic and service reports are counted in the tables "
                 "above and not listed.", size=8.5, lead=11)
    S, L, W = 9.5, 12.5, PW - 76 - 54
    for k, rec in enumerate(recs, 1):
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        else:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        arr = f" Arrest no. {rec['rel'][0][1]}." if rec["rel"] else ""
        txt = (f"{rec['case_number']} {D} {rec['type']}. Reported {rec['reported_at']}.{occ} {rec['location']}. "
               f"Officer #{rec['badge']}.{arr} Disposition: {rec['disposition']}.")
        rec["txt"] = f"{k}. {txt}"
        doc.add([([(54, f"{k}.", F, S)], 0)] + [([(76, ln, F, S)], L) for ln in wrap(txt, F, S, W)], gap=4)
    doc.add([([(54, f"Part I incidents listed: {n}.", "Helvetica-Bold", 10)], 16)])
    doc.finish()
    path = d / "dunmere-township-quarterly-statistical-report-2026-q2.pdf"
    doc.save(path)
    nr = sum(bool(rec["rel"]) for rec in recs)
    sections = ["recommendations (numbered 1-4, no records)", "Table 1 report numbers issued by month (id-shaped)",
                "Table 2 comparison periods (id-shaped)", "Tables 3-4 Part I and II offenses",
                "Table 5 response times", "Figure 1 Part I incidents by month (bar chart)", "Table 6 arrests by age",
                "Part I incidents (the records, numbered items)"]
    return [entry(path, agency, "quarterly statistical report to the township board with a listing of Part I "
                  "incidents", "numbered items", recs,
                  "A quarterly statistical report: four numbered recommendations (`1.` to `4.`, no records), "
                  "count tables, a bar chart, then `Part I incidents, April - June 2026`, numbered items with a "
                  f"hanging number: `{recs[3]['txt']}`, ending `Part I incidents listed: {n}.` {nr} items print an "
                  "arrest number (`related_numbers`, kind `arrest`). Trap: the count tables print numbers of the "
                  "ids' own shape that are no records: `Table 1. Report numbers issued by month` gives the first "
                  "and last report number of each month and of the quarter (`"
                  + "`, `".join(f"26-{x:04d}" for x in (bounds[mos[0]][0], bounds[mos[0]][1])) +
                  "`, ...; numbers are issued for every report, so they bracket the listed ids but are not in the "
                  "listing) and `Table 2. Comparison periods` gives ranges of other years and quarters "
                  f"(`{cmp_rows[0][1]}` to `{cmp_rows[0][2]}`, `{cmp_rows[1][1]}` to `{cmp_rows[1][2]}`); the recommendations are numbered items too. The Part I offense rows of Table 3 "
                  "carry the quarter's counts by offence type (they add up to the listing) and are not records.",
                  "items counted by the generator; item numbers run 1 to N and the closing line gives the total",
                  sections)]


# 5 ------------------------------------------------------------------ Elsford, KS: register grouped by offence
def elsford(d, r):
    agency = "Elsford Police Department, KS [invented]"
    recs = make_recs(r, datetime.datetime(2026, 6, 1), 30, (2, 4), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150, n
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Closed - no leads": "CNL", "Open - pending": "OPN", "Cleared by exception": "CBE"}
    seq = 3300 + r.randint(0, 20)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"E26-{seq:04d}"
        rec["disposition"] = codes[rec["disposition"]]
    set_times(recs, lambda t: t.strftime("%m/%d %H:%M"))
    order = [t.upper() for t in TYPES]
    groups = [(t, [rec for rec in recs if rec["type"] == t]) for t in order]
    groups = [(t, g) for t, g in groups if g]
    recs = [rec for _, g in groups for rec in g]
    F = "Helvetica"
    header, footer = furniture("ELSFORD POLICE DEPARTMENT [invented]",
                               "Monthly Crime Statistics Report  |  June 2026", "555-0182")
    doc = Doc(header, footer)
    doc.add([([(54, "Monthly Crime Statistics Report", "Helvetica-Bold", 16)], 24),
             ([(54, "June 2026  |  for the City Commission", F, 10)], 20)], gap=8)
    doc.text(54, "Table 1 counts the incidents of June by offense as classified at the time of report; the "
                 "incident register at the end of this report lists the same incidents grouped the same way. "
                 "Tables 2 to 4 and Figure 1 summarise calls for service, response times and arrests.")
    typ_title = [t for t in TYPES]
    now = [sum(rec["type"] == t.upper() for rec in recs) for t in typ_title]
    t1 = count_rows(r, typ_title, now)
    table(doc, "Table 1. Offenses reported by type, June 2026 and June 2025", count_cols("Jun 2026", "Jun 2025"),
          t1, note="Each incident is counted once, under its most serious offense.")
    calls = r.randint(1900, 2400)
    table(doc, "Table 2. Calls for service by beat, June 2026", BEAT_COLS,
          beat_rows(r, ["Beat A - Old Town", "Beat B - College", "Beat C - Stockyards", "Beat D - Westridge"],
                    calls))
    table(doc, "Table 3. Response times by priority, June 2026", RESP_COLS, response_rows(r))
    wk = ["Jun 1-7", "Jun 8-14", "Jun 15-21", "Jun 22-30"]
    doc.add(chart(doc, "Figure 1. Incidents reported by week", wk,
                  [sum(min(3, (rec["dt"].day - 1) // 7) == k for rec in recs) for k in range(4)], step=70), gap=10)
    table(doc, "Table 4. Arrests by age group, June 2026", AGE_COLS, age_rows(r))
    doc.new_page()
    doc.heading("Incident register, June 2026, by offense")
    doc.text(54, "Grouped by offense as in Table 1; within a group, in order of report. REPORTED and OCCURRED are "
                 "month/day and 24-hour time. DISP codes are explained at the end of the register.", size=8.5,
             lead=11)
    S, L = 8, 11
    cw = S * 0.6
    head = f"{'REPORTED':<13}{'LOCATION':<29}{'OCCURRED':<25}{'DISP':<6}INCIDENT"
    colhead = [([(54, head, "Courier-Bold", S)], L), ([(54, None, F, S)], 5)]
    doc.add(colhead)
    for t, g in groups:
        for j, rec in enumerate(g):
            if rec["occ"] is None:
                occ = ""
            else:
                occ = rec.get("occurred_at") or f"{rec['occurred_from']}-{rec['occurred_to']}"
            line = f"{rec['reported_at']:<13}{rec['location'][:27]:<29}{occ:<25}{rec['disposition']:<6}{rec['case_number']}"
            rec["location"] = rec["location"][:27].strip()
            rec["line"] = line
            assert 54 + len(line) * cw < PW - 40
            head1 = [([(54, f"{t} ({len(g)})", "Helvetica-Bold", 9)], 14)] if j == 0 else []
            doc.add(head1 + [([(54, line, "Courier", S)], L)], repeat=colhead)
        doc.add([], gap=4)
    doc.add([([(54, None, F, S)], 10), ([(54, f"Incidents in register: {n}", "Helvetica-Bold", 9.5)], 14),
             ([(54, "DISP: " + "  ".join(f"{v} {k.lower()}" for k, v in codes.items()), F, 7.5)], 12)])
    doc.finish()
    path = d / "elsford-monthly-crime-statistics-2026-06.pdf"
    doc.save(path)
    sections = ["introduction", "Table 1 offenses by type (same labels as the register's groups)",
                "Table 2 calls by beat", "Table 3 response times", "Figure 1 incidents by week (bar chart)",
                "Table 4 arrests by age", "incident register grouped by offense (the records)"]
    return [entry(path, agency, "monthly crime statistics report with an incident register grouped by offense",
                  "other: register grouped by offense, one fixed-width line per incident, id at the end of the line",
                  recs,
                  "A monthly crime statistics report: `Table 1. Offenses reported by type` (one row per offense type "
                  "with June 2026, June 2025, change and YTD columns), calls by beat, response times, a bar chart "
                  "and arrests by age, then `Incident register, June 2026, by offense`: a Courier register with a "
                  "column header (`REPORTED  LOCATION  OCCURRED  DISP  INCIDENT`), grouped under bold headings "
                  f"such as `{groups[0][0]} ({len(groups[0][1])})`, one line per incident with the id at the END of the line: "
                  f"`{recs[0]['line']}`. The type of a record is printed only in its group heading (sample `type` "
                  "is that heading's text); reported and occurred are month/day and time with no year; records "
                  "are in order of report within a group, not overall; the location is cut at 27 characters, as "
                  f"printed (`{recs[0]['location']}`). Ends `Incidents in register: {n}` and a DISP legend. "
                  "Trap: Table 1's row labels are the same offense types as the group headings "
                  f"(`{'  '.join(t1[0][:4])}  ...`), and its June 2026 column equals the group sizes: "
                  "rows with an offense type and numbers that are counts, not incidents; the records are only the "
                  "register lines, read by their trailing id.",
                  "lines counted by the generator; the group counts add up to the closing total, which equals "
                  "Table 1's June 2026 total", sections)]


AGENCIES = [("ashcombe-vt-pd", 1, ashcombe), ("brindlemoor-county-mt-so", 2, brindlemoor),
            ("corvell-nc-pd", 3, corvell), ("dunmere-township-mi-pd", 4, dunmere), ("elsford-ks-pd", 5, elsford)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
