"""Generate the held-out set blind_logs39: incident logs as five invented records-management and
CAD products print their stock reports, with ground truth.

Layouts: a daily activity summary (banded table, per-page subtotal lines), a case listing by
officer (badge-number groups with footers, id second), an incident summary of labelled blocks
with a narrative excerpt, a calls-for-service report with indented unit-time lines, and a media
bulletin of free-text paragraphs with the id last. Every agency, place and number is invented; no
person is named. Deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs39/make_blind_logs39.py [OUT_DIR]
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
SEED = 20253939
STREETS = [
    "Ambrose",
    "Belvale",
    "Corrigan",
    "Dunmore",
    "Easton",
    "Fallowfield",
    "Greystone",
    "Harwell",
    "Inglewood",
    "Jessamine",
    "Kestrel",
    "Larkspur",
    "Millbrook",
    "Norcross",
    "Orchard",
    "Pendle",
    "Quillan",
    "Rosedale",
    "Sorrel",
    "Thornbury",
    "Upland",
    "Verity",
    "Wexcombe",
]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Way", "Ct"]
TYPES = [
    "Burglary Residential",
    "Theft From Vehicle",
    "Vandalism",
    "Disturbance",
    "Welfare Check",
    "Suspicious Person",
    "Shoplifting",
    "Traffic Collision",
    "Domestic Dispute",
    "Found Property",
    "Fraud",
    "Trespass",
    "Noise Complaint",
    "Stolen Vehicle",
    "Assault Simple",
    "Alarm Commercial",
]
DISPOS = ["Report Taken", "Closed", "Unfounded", "Referred", "Gone On Arrival", "Advised", "Pending"]
OTHER = ["CHP", "SO", "PARKS"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def make_records(r, n, day0, days, idfmt, start):
    recs, k = [], start
    mins = sorted(r.sample(range(0, 1440 * days), n))
    for m in mins:
        k += r.choice((1, 1, 2, 3))
        d, hh, mm = day0 + m // 1440, (m % 1440) // 60, m % 60
        rec = {
            "id": idfmt.format(k),
            "day": d,
            "time": f"{hh:02d}:{mm:02d}",
            "type": r.choice(TYPES),
            "loc": f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}",
            "dispo": r.choice(DISPOS),
            "rel": [],
            "badge": r.choice((4102, 4117, 4131, 4156, 4170)),
        }
        x = r.random()
        if x < 0.12:
            rec["dispo"] = "Arrest"
            rec["rel"].append(("booking_number", f"BK{d % 100:02d}{r.randint(1000, 9999)}"))
        elif x < 0.22:
            rec["dispo"] = "Cited"
            rec["rel"].append(("citation", f"TC{r.randint(100000, 999999)}"))
        elif x < 0.30:
            rec["rel"].append(("other_agency_case", f"{r.choice(OTHER)} 25-{r.randint(10000, 99999)}"))
        recs.append(rec)
    return recs


def date(rec):
    return f"10/{rec['day']:02d}/2025"


def rel_text(rec):
    out = []
    for kind, num in rec["rel"]:
        out.append(
            {"booking_number": f"Bkg {num}", "citation": f"Cit {num}", "other_agency_case": f"Assist {num}"}[kind]
        )
    return "; ".join(out)


class Pager:
    """Puts lines on pages; header(c, page) and footer(c, page, lines_on_page) draw the furniture."""

    def __init__(self, path, size, header, footer, top, bottom):
        self.c = new_canvas(path, size)
        self.size, self.header, self.footer, self.top, self.bottom = size, header, footer, top, bottom
        self.page, self.y, self.count = 1, top, 0
        header(self.c, 1)

    def need(self, h):
        if self.y - h < self.bottom:
            self.footer(self.c, self.page, self.count)
            self.c.showPage()
            self.page += 1
            self.count = 0
            self.header(self.c, self.page)
            self.y = self.top

    def text(self, x, s, font="Helvetica", size=8, dy=11):
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy

    def finish(self):
        self.footer(self.c, self.page, self.count)
        self.c.showPage()
        self.c.save()


# ---- layout 1: daily activity summary (banded table, page subtotals) ----
def draw_activity(path, recs, agency, title):
    w, h = letter

    def head(c, p):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, h - 40, agency)
        c.setFont("Helvetica", 8)
        c.drawString(40, h - 52, f"{title}   Records Desk 555-0142   CivicLedger RMS v7.2 report DAS-01")
        c.setFont("Helvetica-Bold", 8)
        for x, t in (
            (40, "Seq"),
            (70, "Incident No"),
            (140, "Reported"),
            (215, "Nature"),
            (330, "Address"),
            (450, "Outcome"),
        ):
            c.drawString(x, h - 72, t)
        c.line(40, h - 76, w - 40, h - 76)

    def foot(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, f"Page subtotal: {n} incidents")
        c.drawRightString(w - 40, 40, f"CivicLedger RMS  pg {p}")

    pg = Pager(path, letter, head, foot, h - 90, 70)
    for i, rec in enumerate(recs, 1):
        out = rec["dispo"] + (" - " + rel_text(rec) if rec["rel"] else "")
        lines = simpleSplit(out, "Helvetica", 8, 120)
        pg.need(11 * len(lines) + 2)
        if i % 2 == 0:
            pg.c.setFillGray(0.9)
            pg.c.rect(38, pg.y - 11 * len(lines) + 8, w - 76, 11 * len(lines), stroke=0, fill=1)
            pg.c.setFillGray(0)
        y0 = pg.y
        pg.c.setFont("Helvetica", 8)
        pg.c.drawString(40, y0, str(i))
        pg.c.drawString(70, y0, rec["id"])
        pg.c.drawString(140, y0, f"{date(rec)} {rec['time']}")
        pg.c.drawString(215, y0, rec["type"])
        pg.c.drawString(330, y0, rec["loc"])
        for ln in lines:
            pg.text(450, ln)
        pg.count += 1
    pg.need(30)
    pg.text(40, f"Daily activity total: {len(recs)} incidents", "Helvetica-Bold", 9)
    pg.finish()
    return {
        "case_number": "id",
        "reported_at": lambda r: f"{date(r)} {r['time']}",
        "type": "type",
        "location": "loc",
        "disposition": lambda r: r["dispo"] + (" - " + rel_text(r) if r["rel"] else ""),
    }


# ---- layout 2: case listing by officer (groups with footers, id second) ----
def draw_by_officer(path, recs, agency, title):
    w, h = landscape(letter)

    def head(c, p):
        c.setFont("Times-Bold", 13)
        c.drawCentredString(w / 2, h - 36, "CASE LISTING BY OFFICER")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 48, f"{agency} - {title}")
        c.drawString(40, h - 36, "Keystone Public Safety Suite")

    def foot(c, p, n):
        c.setFont("Times-Italic", 8)
        c.drawString(40, 30, "KPSS-CL3  confidential until released  555-0168")
        c.drawRightString(w - 40, 30, f"Sheet {p}")

    pg = Pager(path, landscape(letter), head, foot, h - 70, 55)
    order = sorted(recs, key=lambda r: (r["badge"], r["id"]))
    for badge in sorted({r["badge"] for r in recs}):
        grp = [r for r in order if r["badge"] == badge]
        pg.need(40)
        pg.text(40, f"Officer badge #{badge}", "Times-Bold", 10, 13)
        pg.c.setFont("Times-Bold", 8)
        for x, t in (
            (50, "Date"),
            (110, "Case Number"),
            (190, "Time"),
            (230, "Offense"),
            (370, "Location"),
            (520, "Clearance"),
            (620, "Other Ref"),
        ):
            pg.c.drawString(x, pg.y, t)
        pg.y -= 11
        for rec in grp:
            pg.need(11)
            pg.c.setFont("Times-Roman", 8)
            y = pg.y
            pg.c.drawString(50, y, date(rec)[:5])
            pg.c.drawString(110, y, rec["id"])
            pg.c.drawString(190, y, rec["time"])
            pg.c.drawString(230, y, rec["type"].upper())
            pg.c.drawString(370, y, rec["loc"].upper())
            pg.c.drawString(520, y, rec["dispo"].upper())
            pg.c.drawString(620, y, " ".join(n for _, n in rec["rel"]))
            pg.y -= 11
            pg.count += 1
        pg.text(50, f"Cases for badge #{badge}: {len(grp)}", "Times-Italic", 8, 16)
    pg.need(20)
    pg.text(40, f"Report total: {len(recs)} cases", "Times-Bold", 9)
    pg.finish()
    recs[:] = order
    return {
        "case_number": "id",
        "reported_at": lambda r: f"{date(r)[:5]} {r['time']}",
        "type": lambda r: r["type"].upper(),
        "location": lambda r: r["loc"].upper(),
        "disposition": lambda r: r["dispo"].upper(),
    }


# ---- layout 3: incident summary, labelled blocks with a narrative excerpt ----
NARR = [
    "Reporting party stated the matter began earlier in the day and asked for extra patrol.",
    "Area was checked; no further activity was seen and the caller was given the case number.",
    "Officer photographed the scene and collected one item for safekeeping.",
    "Parties were separated and each gave a statement; information only at this time.",
]


def narrative(r, rec):
    s = r.choice(NARR)
    for kind, num in rec["rel"]:
        s += {
            "booking_number": f" Subject was booked under booking no. {num}.",
            "citation": f" Citation {num} was issued at the scene.",
            "other_agency_case": f" Assisting agency case {num} was referenced.",
        }[kind]
    return s


def draw_summary(path, recs, agency, title, r):
    w, h = letter

    def head(c, p):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, h - 40, f"{agency} | Incident Summary Report")
        c.setFont("Helvetica", 8)
        c.drawString(50, h - 52, f"{title}   produced by Meridian CAD/RMS   Public Information Office 555-0177")
        c.line(50, h - 58, w - 50, h - 58)

    def foot(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawCentredString(w / 2, 30, f"- {p} -   Meridian IS-200   Summaries shown: {n}")

    pg = Pager(path, letter, head, foot, h - 78, 50)
    for rec in recs:
        rec["narr"] = narrative(r, rec)
        nl = simpleSplit(rec["narr"], "Helvetica", 8, w - 190)
        pg.need(14 + 11 * 4 + 11 * len(nl) + 8)
        pg.text(50, f"Summary for {rec['id']}", "Helvetica-Bold", 9, 13)
        for lab, val in (
            ("Offense", rec["type"]),
            ("Occurred", f"{date(rec)} at {rec['time']}"),
            ("Location", rec["loc"]),
            ("Status", rec["dispo"]),
        ):
            pg.c.setFont("Helvetica-Bold", 8)
            pg.c.drawString(60, pg.y, lab + ":")
            pg.text(130, val)
        pg.c.setFont("Helvetica-Bold", 8)
        pg.c.drawString(60, pg.y, "Narrative excerpt:")
        pg.y -= 11
        for ln in nl:
            pg.text(70, ln, "Helvetica-Oblique", 8)
        pg.y -= 6
        pg.count += 1
    pg.need(20)
    pg.text(50, f"End of report. {len(recs)} incident summaries.", "Helvetica-Bold", 9)
    pg.finish()
    return {
        "case_number": "id",
        "occurred_at": lambda r: f"{date(r)} at {r['time']}",
        "type": "type",
        "location": "loc",
        "disposition": "dispo",
        "summary": "narr",
    }


# ---- layout 4: calls for service, call line then unit-time lines ----
def draw_cfs(path, recs, agency, title, r):
    w, h = letter

    def head(c, p):
        c.setFont("Courier-Bold", 10)
        c.drawString(36, h - 36, f"{agency.upper()}")
        c.setFont("Courier", 8)
        c.drawString(36, h - 47, f"CALLS FOR SERVICE WITH UNIT TIMES  {title}  DISPATCHPRO 9  RPT CFS-U")
        c.drawString(36, h - 60, "CALL#        RECEIVED          NATURE                   LOCATION")
        c.drawString(36, h - 69, "   UNIT    DISP   ENRT   ONSC   CLR")
        c.line(36, h - 73, w - 36, h - 73)

    def foot(c, p, n):
        c.setFont("Courier", 7)
        c.drawString(36, 30, f"DISPATCHPRO 9 -- PAGE {p:03d} -- CALLS THIS PAGE {n}")

    pg = Pager(path, letter, head, foot, h - 86, 50)
    for rec in recs:
        units = r.randint(1, 3)
        pg.need(10 * (units + 2) + 4)
        pg.text(
            36,
            f"{rec['id']:<12} {date(rec)} {rec['time']}  {rec['type'].upper()[:24]:<24} {rec['loc'].upper()}",
            "Courier",
            8,
            10,
        )
        hh, mm = map(int, rec["time"].split(":"))
        t0 = hh * 60 + mm
        for u in range(units):
            ts = [t0 + 1 + u, t0 + 2 + u, t0 + 8 + u, t0 + 30 + u * 5]
            pg.text(
                36,
                f"   {r.choice(['1A', '2B', '3C', '4D', '5E'])}{r.randint(10, 49):<5} "
                + "  ".join(f"{(t // 60) % 24:02d}:{t % 60:02d}" for t in ts),
                "Courier",
                8,
                10,
            )
        pg.text(
            36,
            f"   DISPO: {rec['dispo'].upper()}" + (f"  REF {' '.join(n for _, n in rec['rel'])}" if rec["rel"] else ""),
            "Courier",
            8,
            12,
        )
        pg.count += 1
    pg.need(24)
    pg.text(36, f"TOTAL CALLS LISTED: {len(recs)}", "Courier-Bold", 8)
    pg.finish()
    return {
        "case_number": "id",
        "reported_at": lambda r: f"{date(r)} {r['time']}",
        "type": lambda r: r["type"].upper()[:24].strip(),
        "location": lambda r: r["loc"].upper(),
        "disposition": lambda r: r["dispo"].upper(),
    }


# ---- layout 5: media bulletin, free-text paragraphs, id last ----
def draw_bulletin(path, recs, agency, title):
    w, h = letter

    def head(c, p):
        c.setFont("Times-Bold", 16)
        c.drawString(60, h - 50, "MEDIA BULLETIN")
        c.setFont("Times-Roman", 9)
        c.drawString(60, h - 63, f"{agency}  |  {title}  |  Press line 555-0191")
        c.drawRightString(w - 60, h - 50, "Bulletin Builder by Civitas")

    def foot(c, p, n):
        c.setFont("Times-Italic", 7)
        c.drawString(60, 30, "Arrestees are presumed innocent. Information is preliminary.")
        c.drawRightString(w - 60, 30, f"Bulletin page {p}")

    pg = Pager(path, letter, head, foot, h - 90, 50)
    for rec in recs:
        body = (
            f"{rec['type']} at {rec['loc']}. Reported {date(rec)} at {rec['time']}. "
            f"Outcome: {rec['dispo']}." + (f" {rel_text(rec)}." if rec["rel"] else "") + f" Ref. {rec['id']}"
        )
        rec["body"] = body
        lines = simpleSplit(body, "Times-Roman", 9, 290)
        pg.need(11 * len(lines) + 6)
        for ln in lines:
            pg.text(60, ln, "Times-Roman", 9, 11)
        pg.y -= 5
        pg.count += 1
    pg.need(20)
    pg.text(60, f"Items in this bulletin: {len(recs)}", "Times-Bold", 9)
    pg.finish()
    return {
        "case_number": "id",
        "reported_at": lambda r: f"{date(r)} at {r['time']}",
        "type": "type",
        "location": "loc",
        "disposition": "dispo",
    }


AGENCIES = [  # folder, agency, layout, id format, [(file, first day, days, n, start)]
    (
        "harrow-springs-nv-pd",
        "Harrow Springs Police Department, NV",
        "activity",
        "HS25-{:05d}",
        [
            ("hspd-daily-activity-2025-10-06.pdf", 6, 1, 58, 11200),
            ("hspd-daily-activity-2025-10-07.pdf", 7, 1, 64, 11330),
        ],
    ),
    (
        "corley-county-wy-so",
        "Corley County Sheriff's Office, WY",
        "officer",
        "C25.{:05d}",
        [("ccso-case-listing-oct-2025-wk2.pdf", 6, 7, 88, 3400)],
    ),
    (
        "bellmont-heights-or-pd",
        "Bellmont Heights Police Department, OR",
        "summary",
        "IS-25-{:04d}",
        [
            ("bhpd-incident-summary-2025-10-08.pdf", 8, 2, 46, 710),
            ("bhpd-incident-summary-2025-10-10.pdf", 10, 2, 52, 800),
        ],
    ),
    (
        "quarry-gap-mt-pd",
        "Quarry Gap Police Department, MT",
        "cfs",
        "Q{:07d}",
        [("qgpd-cfs-units-2025-10-12.pdf", 12, 2, 72, 2510400)],
    ),
    (
        "lindqvist-bay-me-pd",
        "Lindqvist Bay Police Department, ME",
        "bulletin",
        "LB-{:05d}-25",
        [("lbpd-media-bulletin-2025-10-14.pdf", 14, 3, 96, 4400)],
    ),
]
NOTES = {
    "activity": (
        "daily activity summary (banded rows, page subtotals)",
        "table with header (banded daily activity summary, running Seq first, 'Page subtotal' footer lines that are not records)",
        "Portrait CivicLedger RMS daily activity summary: Seq (running 1..N, NOT the id), Incident No (the id, HS25-NNNNN), Reported 'MM/DD/YYYY HH:MM', Nature, Address, Outcome (wraps; 'Bkg BKNNNNNN', 'Cit TCNNNNNN' and 'Assist CHP|SO|PARKS 25-NNNNN' are related numbers). Alternate rows shaded grey. Every page foot prints 'Page subtotal: N incidents'; the end prints 'Daily activity total: N incidents'.",
    ),
    "officer": (
        "case listing by officer (badge groups, group footers)",
        "table with header (landscape case listing grouped by officer badge number, group footers, date without year)",
        "Landscape Keystone Public Safety Suite listing. Groups headed 'Officer badge #NNNN' (a badge, not an id) with their own column titles, rows sorted by id inside a group, so the document is not in time order; each group ends 'Cases for badge #NNNN: n' and the report 'Report total: N cases'. Date 'MM/DD' without year, time in its own column (reported_at as printed 'MM/DD HH:MM'). 'Other Ref' column holds related numbers (booking BK..., citation TC..., other agency 'CHP 25-NNNNN').",
    ),
    "summary": (
        "incident summary with narrative excerpt (labelled blocks)",
        "labelled blocks (Meridian incident summaries: 'Summary for ID' line, four labels, italic narrative excerpt holding other numbers)",
        "Each record opens 'Summary for IS-25-NNNN' then labels Offense, Occurred ('MM/DD/YYYY at HH:MM', occurred_at as printed), Location, Status, and an italic 'Narrative excerpt:' that wraps and may cite a booking no., a citation or an assisting agency case (related numbers). Page foot 'Summaries shown: n'; end line 'End of report. N incident summaries.'",
    ),
    "cfs": (
        "calls for service with unit times (Courier)",
        "table with header (Courier CFS report: call line, indented unit lines with four times each, DISPO line)",
        "Courier DispatchPro report. Call line: id Q25NNNNN (digits only after Q), 'MM/DD/YYYY HH:MM', nature (upper case, cut to 24 chars), location. Then 1-3 unit lines ('   2B31   HH:MM HH:MM HH:MM HH:MM': unit id and dispatch/enroute/on-scene/clear times, NOT records and NOT the reported time) and '   DISPO: ...' with optional 'REF' related numbers. Page foot 'CALLS THIS PAGE n'; end 'TOTAL CALLS LISTED: N'.",
    ),
    "bulletin": (
        "media bulletin (free-text paragraphs, id last)",
        "free text (media bulletin paragraphs, type first, 'Ref. LB-NNNNN-25' last, related numbers inside sentences)",
        "Each item is one wrapped paragraph: '<Type> at <address>. Reported MM/DD/YYYY at HH:MM. Outcome: <dispo>.' optionally 'Bkg ...'/'Cit ...'/'Assist ...' sentences (related numbers) and finally 'Ref. LB-NNNNN-25', the id, which can wrap onto the paragraph's last line. End 'Items in this bulletin: N'. Header cites the product and a press line.",
    ),
}


def sample(rec, spec):
    out = {k: (rec[v] if isinstance(v, str) else v(rec)) for k, v in spec.items()}
    if rec["rel"]:
        out["related_numbers"] = [n for _, n in rec["rel"]]
    return out


def main():
    for ai, (folder, agency, layout, idfmt, files) in enumerate(AGENCIES, 1):
        r = random.Random(SEED + ai)
        (OUT / folder).mkdir(parents=True, exist_ok=True)
        entries = []
        for fname, day0, days, n, start in files:
            recs = make_records(r, n, day0, days, idfmt, start)
            path = OUT / folder / fname
            title = f"October {day0}" + (f"-{day0 + days - 1}" if days > 1 else "") + ", 2025"
            if layout == "activity":
                spec = draw_activity(path, recs, agency, title)
            elif layout == "officer":
                spec = draw_by_officer(path, recs, agency, title)
            elif layout == "summary":
                spec = draw_summary(path, recs, agency, title, r)
            elif layout == "cfs":
                spec = draw_cfs(path, recs, agency, title, r)
            else:
                spec = draw_bulletin(path, recs, agency, title)
            doc, lay, notes = NOTES[layout]
            data = path.read_bytes()
            entries.append(
                {
                    "file": fname,
                    "source_repo": "generated",
                    "commit": "generated",
                    "path": "generated",
                    "git_blob": "generated",
                    "generator": f"make_blind_logs39.py (seed {SEED} + {ai})",
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "bytes": len(data),
                    "pages": pdf_pages(path),
                    "agency": agency + " [invented]",
                    "document_type": doc,
                    "layout": lay,
                    "scanned": False,
                    "encrypted": False,
                    "text_layer": "good",
                    "record_count": len(recs),
                    "case_numbers": [x["id"] for x in recs],
                    "related_numbers": [
                        {"record": x["id"], "kind": k, "number": num} for x in recs for k, num in x["rel"]
                    ],
                    "fields_present": list(spec),
                    "sample_records": [sample(recs[i], spec) for i in (0, len(recs) // 2, len(recs) - 1)],
                    "case_numbers_source": "written by the generator (make_blind_logs39.py) from the records it drew; "
                    "checked by check_blind_logs39.py against `pdftotext -layout` text",
                    "record_count_check": "rows counted from the generator; the document's printed total equals record_count",
                    "notes": notes,
                }
            )
        (OUT / folder / "groundtruth.json").write_text(json.dumps(entries, indent=1) + "\n")


if __name__ == "__main__":
    main()
