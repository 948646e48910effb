"""Make blind_logs88: incident logs printed by desktop database report writers
(Access, Crystal Reports, FileMaker). Byte-identical on re-run (invariant canvas, fixed seeds).
Usage: python make_blind_logs88.py [OUT_DIR]"""

import hashlib
import io
import json
import os
import random
import sys

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261188
STREETS = [
    "Alder St",
    "Birch Ln",
    "Cedar Ave",
    "Dover Rd",
    "Elm Ct",
    "Fulton St",
    "Granite Way",
    "Harbor Dr",
    "Iris Pl",
    "Juniper Rd",
    "Kestrel Ave",
    "Linden St",
    "Mill Rd",
    "North Ave",
]
TYPES = [
    "Theft",
    "Burglary",
    "Vandalism",
    "Simple assault",
    "Disorderly conduct",
    "Trespass",
    "Suspicious activity",
    "Welfare check",
    "Traffic accident",
    "Noise complaint",
    "Fraud",
    "Domestic disturbance",
    "Found property",
    "Animal complaint",
]
DISPS = ["Report taken", "Closed", "Arrest", "Unfounded", "Referred", "Citation issued", "Open"]
OFFENCES = [
    ("13B", "Simple Assault"),
    ("23H", "All Other Larceny"),
    ("290", "Destruction of Property"),
    ("90C", "Disorderly Conduct"),
    ("90J", "Trespass of Real Property"),
    ("35A", "Drug/Narcotic Violations"),
    ("520", "Weapon Law Violations"),
    ("90D", "Driving Under the Influence"),
    ("26A", "False Pretenses"),
]


def mkrecords(rng, n, month_days, start_id):
    recs, cid = [], start_id
    for i in range(n):
        cid += rng.randint(1, 3)
        d = month_days[0] + (i * (month_days[1] - month_days[0] + 1)) // n
        recs.append(
            {
                "seq": cid,
                "day": d,
                "hh": rng.randint(0, 23),
                "mm": rng.randint(0, 59),
                "type": rng.choice(TYPES),
                "loc": "%d %s" % (rng.randint(100, 9899), rng.choice(STREETS)),
                "disp": rng.choice(DISPS),
                "badge": rng.randint(101, 499),
                "zone": rng.randint(1, 4),
                "narr_lines": rng.randint(1, 4),
            }
        )
    recs.sort(key=lambda r: (r["day"], r["hh"], r["mm"]))
    return recs


def ampm(h, m):
    return "%d:%02d:00 %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM")


class Doc:
    def __init__(self, size, header, footer):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.W, self.H = size
        self.header, self.footer = header, footer
        self.page = 0
        self.group = None
        self.newpage(first=True)

    def newpage(self, first=False):
        if not first:
            self.footer(self)
            self.c.showPage()
        self.page += 1
        self.y = self.H - 40
        self.header(self)

    def need(self, h):
        if self.y - h < 50:
            self.newpage()
            return True
        return False

    def text(self, x, s, font="Helvetica", size=8.5):
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, s)

    def finish(self):
        self.footer(self)
        self.c.save()
        return self.buf.getvalue()


def two_pass(draw):
    total = draw(None)[1]
    data, pages = draw(total)
    assert pages == total
    return data, pages


def wrap(s, n):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + [cur]


# ---------------- A: Access report grouped by date, "Summary for" lines ----------------


def draw_access(recs, title, agency, month, total):
    def hdr(d):
        d.text(40, agency, "Helvetica-Bold", 13)
        d.y -= 16
        d.text(40, title, "Helvetica", 10)
        d.y -= 18
        for x, t in [
            (40, "Case No"),
            (120, "Date/Time Reported"),
            (245, "Incident Type"),
            (370, "Location"),
            (480, "Disposition"),
            (555, "Ofc"),
        ]:
            d.text(x, t, "Helvetica-Bold", 8)
        d.c.line(40, d.y - 3, 575, d.y - 3)
        d.y -= 16
        if d.group:  # Access group header with Repeat Section = Yes: printed again, word for word
            d.text(40, d.group, "Helvetica-Bold", 9)
            d.y -= 14

    def ftr(d):
        d.c.setFont("Helvetica", 7.5)
        d.c.drawString(40, 30, "Monday, November 3, 2025")
        d.c.drawRightString(575, 30, "Page %d of %s" % (d.page, total or "?"))

    d = Doc(letter, hdr, ftr)
    days = []
    for r in recs:
        if not days or days[-1][0] != r["day"]:
            days.append((r["day"], []))
        days[-1][1].append(r)
    for day, rs in days:
        d.need(40)
        d.text(40, "Date Reported:  %d/%d/2025" % (month, day), "Helvetica-Bold", 9)
        d.y -= 14
        d.group = "Date Reported:  %d/%d/2025" % (month, day)
        for r in rs:
            tl = wrap(r["type"], 24)
            d.need(12 * len(tl) + 4)
            d.text(40, r["id"])
            d.text(120, r["rep"])
            d.text(370, r["loc"])
            d.text(480, r["disp"])
            d.text(555, str(r["badge"]))
            for k, t in enumerate(tl):
                d.text(245, t)
                d.y -= 11 if k < len(tl) - 1 else 0
            d.y -= 12
        d.need(30)
        d.group = None
        d.text(
            40,
            "Summary for 'Date Reported' = %d/%d/2025 (%d detail record%s)"
            % (month, day, len(rs), "" if len(rs) == 1 else "s"),
            "Helvetica-Oblique",
            8,
        )
        d.y -= 11
        d.text(40, "Count", "Helvetica-Bold", 8)
        d.text(120, str(len(rs)), "Helvetica-Bold", 8)
        d.y -= 18
    d.need(20)
    d.c.line(40, d.y + 8, 575, d.y + 8)
    d.text(40, "Grand Total", "Helvetica-Bold", 9)
    d.text(120, str(len(recs)), "Helvetica-Bold", 9)
    return d.finish(), d.page


# ---------------- B: Crystal grouped by zone, running total column, summary band ----------------


def draw_crystal_zone(recs, agency, title, total):
    def hdr(d):
        d.text(40, agency.upper(), "Times-Bold", 12)
        d.y -= 14
        d.text(40, title, "Times-Roman", 10)
        d.y -= 16
        for x, t in [
            (40, "RT"),
            (70, "Incident #"),
            (150, "Reported"),
            (250, "Nature"),
            (380, "Address"),
            (520, "Unit"),
            (560, "Cleared As"),
        ]:
            d.text(x, t, "Times-Bold", 8.5)
        d.y -= 14

    def ftr(d):
        d.c.setFont("Times-Roman", 7.5)
        d.c.drawString(40, 28, "rptIncByZone.rpt")
        d.c.drawRightString(d.W - 40, 28, "Page %d of %s" % (d.page, total or "?"))

    d = Doc(landscape(letter), hdr, ftr)
    zones = {1: "1 - CENTRAL", 2: "2 - NORTH", 3: "3 - RIVER", 4: "4 - SOUTH"}
    rt = 0
    for z in sorted(zones):
        rs = [r for r in recs if r["zone"] == z]
        d.need(30)
        d.c.setFillGray(0.85)
        d.c.rect(38, d.y - 3, d.W - 76, 12, fill=1, stroke=0)
        d.c.setFillGray(0)
        d.text(40, "Zone: " + zones[z], "Times-Bold", 9)
        d.y -= 15
        for r in rs:
            rt += 1
            d.need(12)
            d.text(40, str(rt))
            d.text(70, r["id"])
            d.text(150, r["rep"])
            d.text(250, r["type"])
            d.text(380, r["loc"])
            d.text(520, "U%d" % r["badge"])
            d.text(560, r["disp"])
            d.y -= 12
        d.need(20)
        d.text(250, "Total Zone %s:  %d" % (zones[z], len(rs)), "Times-Bold", 8.5)
        d.y -= 20
    # report footer summary band
    d.need(30 + 12 * len(TYPES))
    d.text(40, "REPORT SUMMARY", "Times-Bold", 10)
    d.y -= 14
    d.text(40, "Nature", "Times-Bold", 8.5)
    d.text(220, "Count", "Times-Bold", 8.5)
    d.text(280, "% of Total", "Times-Bold", 8.5)
    d.y -= 12
    for t in sorted(TYPES):
        n = sum(1 for r in recs if r["type"] == t)
        if n:
            d.need(12)
            d.text(40, t)
            d.text(220, str(n))
            d.text(280, "%.1f%%" % (100.0 * n / len(recs)))
            d.y -= 12
    d.y -= 4
    d.text(40, "Total Incidents:", "Times-Bold", 9)
    d.text(220, str(len(recs)), "Times-Bold", 9)
    return d.finish(), d.page


# ---------------- C: FileMaker list view, sub-summary by category, variable body ----------------


def draw_filemaker(recs, agency, total):
    def hdr(d):
        d.c.setFillGray(0.2)
        d.c.rect(0, d.H - 55, d.W, 55, fill=1, stroke=0)
        d.c.setFillGray(1)
        d.text(36, agency + " - Campus Incident Log", "Helvetica-Bold", 12)
        d.c.setFillGray(0)
        d.y -= 36

    def ftr(d):
        d.c.setFont("Helvetica", 7)
        d.c.drawString(36, 26, "Records: %d / 1,284   Sorted by Category" % len(recs))
        d.c.drawRightString(d.W - 36, 26, "%d" % d.page)

    d = Doc(letter, hdr, ftr)
    cats = sorted(set(r["type"] for r in recs))
    for cat in cats:
        rs = [r for r in recs if r["type"] == cat]
        d.need(24)
        d.text(36, cat.upper(), "Helvetica-Bold", 10)
        d.c.line(36, d.y - 3, d.W - 36, d.y - 3)
        d.y -= 16
        for r in rs:
            nl = r["narr"]
            h = 14 + 11 * 2 + 11 * len(nl) + 8
            d.need(h)
            d.text(36, "Incident #", "Helvetica", 7)
            d.text(80, r["id"], "Helvetica-Bold", 9)
            d.text(300, "Reported", "Helvetica", 7)
            d.text(340, r["rep"], "Helvetica", 9)
            d.y -= 13
            d.text(52, "Location", "Helvetica", 7)
            d.text(100, r["loc"])
            d.text(300, "Status", "Helvetica", 7)
            d.text(340, r["disp"])
            d.y -= 11
            for k, t in enumerate(nl):
                if k == 0:
                    d.text(52, "Narrative", "Helvetica", 7)
                d.text(100, t)
                d.y -= 11
            d.c.setStrokeGray(0.7)
            d.c.line(52, d.y + 4, d.W - 36, d.y + 4)
            d.c.setStrokeGray(0)
            d.y -= 6
        d.need(16)
        d.text(300, "%s: %d found" % (cat, len(rs)), "Helvetica-Oblique", 8)
        d.y -= 18
    return d.finish(), d.page


# ---------------- D: Access two-column card report ("across, then down") ----------------


def draw_cards(recs, agency, total):
    def hdr(d):
        d.text(36, agency + "   Incident Cards", "Helvetica-Bold", 12)
        d.y -= 22

    def ftr(d):
        d.c.setFont("Helvetica", 7.5)
        d.c.drawCentredString(d.W / 2, 26, "Page %d of %s" % (d.page, total or "?"))

    d = Doc(letter, hdr, ftr)
    colx = [36, 312]
    for i in range(0, len(recs), 2):
        pair = recs[i : i + 2]
        lines = [
            [
                "Report No: " + r["id"],
                "Reported: " + r["rep"],
                "Type: " + r["type"],
                "Location: " + r["loc"],
                "Disposition: " + r["disp"],
                "Officer: #%d" % r["badge"],
            ]
            + (["Cit. No: " + r["cit"]] if r.get("cit") else [])
            for r in pair
        ]
        n = max(len(l) for l in lines)
        h = 11 * n + 12
        d.need(h)
        top = d.y
        for col, l in enumerate(lines):
            d.c.rect(colx[col] - 4, top - h + 10, 268, h - 2)
            for k, t in enumerate(l):
                d.y = top - 11 * k
                d.text(colx[col], t, "Helvetica-Bold" if k == 0 else "Helvetica", 8.5)
        d.y = top - h - 4
    return d.finish(), d.page


# ---------------- E: Crystal main report with offences / arrests subreports ----------------


def draw_subreports(recs, agency, total):
    def hdr(d):
        d.text(40, agency, "Times-Bold", 12)
        d.y -= 14
        d.text(40, "Case Activity Report with Offenses  (Subreports: Offenses, Arrests)", "Times-Italic", 9)
        d.y -= 18

    def ftr(d):
        d.c.setFont("Times-Roman", 7.5)
        d.c.drawString(40, 28, "Printed 11/03/2025 07:41")
        d.c.drawRightString(d.W - 40, 28, "%d of %s" % (d.page, total or "?"))

    d = Doc(letter, hdr, ftr)
    for r in recs:
        h = 14 + 11 * (1 + len(r["offs"])) + (22 if r.get("arr") else 0) + 8
        d.need(h)
        d.c.setFillGray(0.9)
        d.c.rect(38, d.y - 3, d.W - 76, 12, fill=1, stroke=0)
        d.c.setFillGray(0)
        d.text(40, "Case " + r["id"], "Times-Bold", 9)
        d.text(170, r["rep"], "Times-Roman", 9)
        d.text(290, r["loc"], "Times-Roman", 9)
        d.text(450, r["disp"], "Times-Roman", 9)
        d.y -= 13
        d.text(70, "Offenses", "Times-BoldItalic", 8)
        d.text(200, "NIBRS", "Times-BoldItalic", 8)
        d.y -= 11
        for code, name in r["offs"]:
            d.text(70, name, "Times-Roman", 8.5)
            d.text(200, code, "Times-Roman", 8.5)
            d.y -= 11
        if r.get("arr"):
            d.text(70, "Arrests", "Times-BoldItalic", 8)
            d.y -= 11
            d.text(70, "Arrest No. " + r["arr"] + "    Charge count 1", "Times-Roman", 8.5)
            d.y -= 11
        d.y -= 6
    d.need(20)
    d.text(
        40,
        "Cases printed: %d      Offenses printed: %d" % (len(recs), sum(len(r["offs"]) for r in recs)),
        "Times-Bold",
        9,
    )
    return d.finish(), d.page


def sha(b):
    return hashlib.sha256(b).hexdigest()


def main(out):
    docs = []  # (slug, file, agency, doctype, layout, recs, pdfbytes, pages, related, samples, notes, count_note)
    # A
    for k, (fname, mo, start) in enumerate(
        [("hcpd-incidents-by-date-2025-10.pdf", 10, 2510400), ("hcpd-incidents-by-date-2025-11.pdf", 11, 2511380)]
    ):
        rng = random.Random(SEED + 1 + 10 * k)
        recs = mkrecords(rng, rng.randint(95, 120), (1, 30 if mo == 11 else 31), start)
        for r in recs:
            r["id"] = "%d" % r["seq"]
            r["rep"] = "%d/%d/2025 %s" % (mo, r["day"], ampm(r["hh"], r["mm"]))
        docs.append(
            dict(
                slug="harlow-creek-ks-pd",
                file=fname,
                agency="Harlow Creek Police Department, KS [invented]",
                doctype="Access report: incidents grouped by date reported",
                layout="table with header",
                recs=recs,
                draw=lambda t, recs=recs, mo=mo: draw_access(
                    recs,
                    "Incidents by Date Reported - %s 2025" % ("October" if mo == 10 else "November"),
                    "Harlow Creek Police Department",
                    mo,
                    t,
                ),
                fields=["case_number", "reported_at", "type", "location", "disposition"],
                notes="Microsoft Access report, portrait. Group header per day 'Date Reported:  M/D/2025'; detail rows Case No (7-digit number YYMNNNN, the id), "
                "Date/Time Reported in Access general date format 'M/D/2025 h:mm:ss AM', Incident Type (wraps), Location, Disposition, Ofc (badge, not an id). "
                "TWIST: each group ends with Access's automatic summary line \"Summary for 'Date Reported' = M/D/2025 (n detail records)\" and a 'Count n' line; "
                "the report ends 'Grand Total N' (equals record_count). TRAP: the group header has Access's 'Repeat Section' on, so a day cut by a page break prints 'Date Reported:  M/D/2025' again at the top of the next page, word for word and without '(continued)': not a new day and not a record. Column header repeated per page, 'Page N of M' and the print date in the page footer.",
            )
        )
    # B
    for k, (fname, start) in enumerate([("pcso-by-zone-2025-10-a.pdf", 7100), ("pcso-by-zone-2025-10-b.pdf", 7300)]):
        rng = random.Random(SEED + 2 + 10 * k)
        recs = mkrecords(rng, rng.randint(50, 65), (1 + 16 * k, 15 + 16 * k), start)
        for r in recs:
            r["id"] = "PC25-%05d" % r["seq"]
            r["rep"] = "10/%02d/25 %02d:%02d" % (r["day"], r["hh"], r["mm"])
        order = []
        for z in range(1, 5):
            order += [r for r in recs if r["zone"] == z]
        docs.append(
            dict(
                slug="pellham-county-ar-so",
                file=fname,
                agency="Pellham County Sheriff's Office, AR [invented]",
                doctype="Crystal Reports incident listing grouped by patrol zone",
                layout="table with header",
                recs=order,
                draw=lambda t, order=order, k=k: draw_crystal_zone(
                    order,
                    "Pellham County Sheriff's Office",
                    "Incidents by Patrol Zone  10/%02d/2025 - 10/%02d/2025" % (1 + 16 * k, 15 + 16 * k),
                    t,
                ),
                fields=["case_number", "reported_at", "type", "location", "disposition"],
                notes="Crystal Reports, landscape, grouped by patrol zone (grey group header 'Zone: 2 - NORTH'), sorted by time within the zone, so the ids are not in order "
                "across the document. Columns RT, Incident # (PC25-NNNNN, the id), Reported (MM/DD/YY HH:MM), Nature, Address, Unit (U+badge), Cleared As. "
                "TWIST: RT is a Crystal running-total field (1..N over the whole report), not an id; each zone ends 'Total Zone ...: n'; the report footer "
                "is a summary band 'REPORT SUMMARY' with a count and percentage per Nature (type names with numbers that are not records) and "
                "'Total Incidents: N' (equals record_count).",
            )
        )
    # C
    rng = random.Random(SEED + 3)
    recs = mkrecords(rng, 58, (1, 31), 410)
    words = (
        "reporting party states caller advised officer responded area checked subject located no further "
        "action property returned to owner facilities notified camera footage reviewed student"
    ).split()
    for r in recs:
        r["id"] = "OBC25-%04d" % r["seq"]
        r["rep"] = "10/%02d/2025 %s" % (r["day"], ampm(r["hh"], r["mm"])[:-6] + ampm(r["hh"], r["mm"])[-3:])
        r["narr"] = wrap(" ".join(rng.choice(words) for _ in range(9 * r["narr_lines"])).capitalize() + ".", 80)
    order = []
    for cat in sorted(set(r["type"] for r in recs)):
        order += [r for r in recs if r["type"] == cat]
    docs.append(
        dict(
            slug="oriel-bay-college-me-dps",
            file="obc-dps-incident-log-oct-2025.pdf",
            agency="Oriel Bay College Department of Public Safety, ME [invented]",
            doctype="FileMaker Pro list-view print, sorted by category",
            layout="labelled blocks",
            recs=order,
            draw=lambda t, order=order: draw_filemaker(order, "Oriel Bay College DPS", t),
            fields=["case_number", "reported_at", "type", "location", "disposition", "summary"],
            notes="FileMaker Pro list layout printed from a found set sorted by Category. Dark header part with the title; a sub-summary part (leading) prints "
            "the CATEGORY IN CAPITALS over a rule; body parts of varying height: 'Incident #' OBC25-NNNN (the id) and 'Reported' MM/DD/YYYY h:mm AM on "
            "line 1, 'Location' and 'Status' on line 2, 'Narrative' sliding to 1-4 lines. The category (type) is printed only in the sub-summary header, "
            "so each record's type is that header's text (type sample values are as in the trailing sub-summary, 'Theft: 6 found'). TRAP: the page footer "
            "'Records: 58 / 1,284' gives the found count then the table's total records (1,284 is not this log's count); sub-summary trailers 'Cat: n found'. "
            "Ids are not in order across the document (sorted by category).",
        )
    )
    # D
    rng = random.Random(SEED + 4)
    recs = mkrecords(rng, 64, (1, 31), 1180)
    for r in recs:
        r["id"] = "TPD2025-%05d" % r["seq"]
        r["rep"] = "10/%02d/2025 %02d%02d" % (r["day"], r["hh"], r["mm"])
        if r["disp"] == "Citation issued":
            r["cit"] = "MI%07d" % rng.randint(1000000, 9999999)
    docs.append(
        dict(
            slug="tessaly-mi-pd",
            file="tpd-incident-cards-2025-10.pdf",
            agency="Tessaly Police Department, MI [invented]",
            doctype="Access multi-column card report (across, then down)",
            layout="labelled blocks",
            recs=recs,
            draw=lambda t, recs=recs: draw_cards(recs, "Tessaly Police Department", t),
            fields=["case_number", "reported_at", "type", "location", "disposition"],
            notes="Access report with two columns of boxed cards, column layout 'Across, then Down': cards go left, right, then the next row, so document "
            "order is left card then right card on each row. Card labels 'Report No:' (TPD2025-NNNNN, the id), 'Reported:' MM/DD/YYYY HHMM, 'Type:', "
            "'Location:', 'Disposition:', 'Officer: #badge' (not an id), and for citations 'Cit. No: MINNNNNNN' (related, citation). TRAP: two records share "
            "every text line; a reader that takes a line as a record, or reads the left column down first, merges or reorders them. Cards in a row have "
            "different heights when one has a citation line.",
        )
    )
    # E
    rng = random.Random(SEED + 5)
    recs = mkrecords(rng, 52, (1, 31), 4400)
    for r in recs:
        r["id"] = "25-%06d" % (r["seq"] + 3000)
        r["rep"] = "10/%02d/2025 %02d:%02d" % (r["day"], r["hh"], r["mm"])
        r["offs"] = rng.sample(OFFENCES, rng.choice([1, 1, 1, 2, 2, 3]))
        if r["disp"] == "Arrest":
            r["arr"] = "A25-%04d" % rng.randint(100, 999)
    docs.append(
        dict(
            slug="brask-valley-nd-pd",
            file="bvpd-case-activity-2025-10.pdf",
            agency="Brask Valley Police Department, ND [invented]",
            doctype="Crystal Reports main report with offense and arrest subreports",
            layout="labelled blocks",
            recs=recs,
            draw=lambda t, recs=recs: draw_subreports(recs, "Brask Valley Police Department", t),
            fields=["case_number", "reported_at", "offenses", "location", "disposition"],
            notes="Crystal Reports main report, one grey band per case: 'Case 25-NNNNNN' (the id), reported MM/DD/YYYY HH:MM, location, disposition. Under it an "
            "'Offenses' subreport with 1-3 lines (offense name and NIBRS code, e.g. 'Simple Assault  13B'): several offences of ONE case, which stay one record "
            "(sample 'type' joins them with '; '). An 'Arrests' subreport for arrests: 'Arrest No. A25-NNNN    Charge count 1' (related, booking_number; "
            "'Charge count 1' is not a record). Ends 'Cases printed: N      Offenses printed: M' (N equals record_count, M does not).",
        )
    )

    out_by_slug = {}
    for doc in docs:
        data, pages = two_pass(doc["draw"])
        os.makedirs(os.path.join(out, doc["slug"]), exist_ok=True)
        with open(os.path.join(out, doc["slug"], doc["file"]), "wb") as f:
            f.write(data)
        recs = doc["recs"]
        rel = []
        for r in recs:
            if r.get("cit"):
                rel.append({"record": r["id"], "kind": "citation", "number": r["cit"]})
            if r.get("arr"):
                rel.append({"record": r["id"], "kind": "booking_number", "number": r["arr"]})
        samples = []
        for r in (recs[0], recs[len(recs) // 2], recs[-1]):
            s = {"case_number": r["id"], "reported_at": r["rep"]}
            if doc["slug"] == "brask-valley-nd-pd":
                s["type"] = "; ".join(n for _, n in r["offs"])
            else:
                s["type"] = r["type"]
            s["location"] = r["loc"]
            s["disposition"] = r["disp"]
            rn = [x for x in (r.get("cit"), r.get("arr")) if x]
            if rn:
                s["related_numbers"] = rn
            samples.append(s)
        entry = {
            "file": doc["file"],
            "source_repo": "generated",
            "commit": "generated",
            "path": "generated",
            "git_blob": "generated",
            "generator": "make_blind_logs88.py (seed %d + agency number)" % SEED,
            "sha256": sha(data),
            "bytes": len(data),
            "pages": pages,
            "agency": doc["agency"],
            "document_type": doc["doctype"],
            "layout": doc["layout"],
            "scanned": False,
            "encrypted": False,
            "text_layer": "good",
            "record_count": len(recs),
            "case_numbers": [r["id"] for r in recs],
            "related_numbers": rel,
            "fields_present": doc["fields"],
            "sample_records": samples,
            "case_numbers_source": "written by the generator (make_blind_logs88.py) from the records it drew; checked by check_blind_logs88.py against `pdftotext -layout` text",
            "record_count_check": "rows counted from the generator; the document's own total (where printed) equals record_count",
            "notes": doc["notes"],
        }
        out_by_slug.setdefault(doc["slug"], []).append(entry)
    for slug, entries in out_by_slug.items():
        with open(os.path.join(out, slug, "groundtruth.json"), "w") as f:
            json.dump(entries, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
