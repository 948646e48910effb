"""Generate the held-out set blind_logs92: incident logs sectioned by status.

Five invented agencies, eight PDFs. Each log lists its incidents in status sections (open,
closed, updated or reclassified); some incidents appear in two sections, once as the record and
once as an update line or stub that is no new record. Records are made as plain dicts first,
then drawn, then groundtruth.json is written from the same dicts.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    .venv/bin/python tests/documents/blind_logs92/make_blind_logs92.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import sys
from pathlib import Path

import pypdfium2
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

SEED = 20261192
HERE = Path(__file__).resolve().parent

TYPES = ["Theft from vehicle", "Burglary - residential", "Vandalism", "Assault - simple",
         "Fraud - identity", "Trespass", "Theft - shoplifting", "Disturbance",
         "Harassment", "Found property", "Suspicious person", "Hit and run - property",
         "Narcotics possession", "Welfare check", "Stolen vehicle", "Criminal mischief"]
STREETS = ["Alder St", "Quarry Rd", "Linden Ave", "Mill Pond Ln", "Harbor View Dr", "Spruce Ct",
           "Beacon St", "Old County Rd", "Tanner Way", "Orchard Ave", "Ferris St", "Granite Pl"]
OPEN_DISP = ["Open - investigation", "Open - pending lab", "Open - suspect sought",
             "Open - awaiting statement"]
CLOSED_DISP = ["Closed - report only", "Closed - unfounded", "Closed - exceptionally cleared",
               "Closed - arrest", "Closed - referred to DA"]

AGENCIES = [
    # slug, agency, document type, layout, prefix maker, pdf specs (label, file, start date, days, n, first no.)
    ("fenwick-hollow-ia-pd", "Fenwick Hollow Police Department, IA [invented]",
     "weekly case status log", "table with header", "fh",
     [("Oct 13-19 2025", "fenwick-hollow-case-status-2025-10-13-to-19.pdf", datetime.date(2025, 10, 13), 7, 52, 1402),
      ("Oct 20-26 2025", "fenwick-hollow-case-status-2025-10-20-to-26.pdf", datetime.date(2025, 10, 20), 7, 47, 1461)]),
    ("ardwell-springs-co-pd", "Ardwell Springs Police Department, CO [invented]",
     "daily activity log by status", "table with header", "as",
     [("Oct 14-15 2025", "ardwell-springs-activity-2025-10-14-15.pdf", datetime.date(2025, 10, 14), 2, 61, 8810),
      ("Oct 16-17 2025", "ardwell-springs-activity-2025-10-16-17.pdf", datetime.date(2025, 10, 16), 2, 56, 8877)]),
    ("bellmoor-university-pa-dps", "Bellmoor University Department of Public Safety, PA [invented]",
     "monthly campus incident report by status", "labelled blocks", "bu",
     [("October 2025", "bellmoor-dps-incident-report-2025-10.pdf", datetime.date(2025, 10, 1), 31, 44, 311),
      ("November 2025", "bellmoor-dps-incident-report-2025-11.pdf", datetime.date(2025, 11, 1), 30, 41, 359)]),
    ("thornbury-county-ky-so", "Thornbury County Sheriff's Office, KY [invented]",
     "weekly case status report to the fiscal court", "free text", "tc",
     [("Oct 13-19 2025", "thornbury-county-status-report-2025-10-13-to-19.pdf", datetime.date(2025, 10, 13), 7, 48, 412)]),
    ("greywater-harbor-me-pd", "Greywater Harbor Police Department, ME [invented]",
     "call and report log with status changes first", "table with header", "gh",
     [("Oct 20-23 2025", "greywater-harbor-log-2025-10-20-to-23.pdf", datetime.date(2025, 10, 20), 4, 64, 2230)]),
]


def fmt_id(pre, n):
    return {"fh": f"FH25-{n:05d}", "as": f"AS-25-{n:05d}", "bu": f"BU-2025-{n:04d}",
            "tc": f"25-S-{n:04d}", "gh": f"GH25{n:06d}"}[pre]


def make_records(r, pre, start, days, n, first):
    recs = []
    num = first
    for i in range(n):
        num += r.choice([1, 1, 1, 2])
        d = start + datetime.timedelta(days=min(days - 1, i * days // n))
        hh, mm = r.randrange(24), r.randrange(60)
        typ = r.choice(TYPES)
        loc = f"{r.randrange(1, 49) * 100 + r.randrange(0, 99)} {r.choice(STREETS)}"
        if pre in ("tc",):
            loc = f"{r.randrange(1, 40) * 100} blk {r.choice(STREETS)}"
        closed = r.random() < 0.45
        disp = r.choice(CLOSED_DISP) if closed else r.choice(OPEN_DISP)
        rel = []
        if disp == "Closed - arrest":
            b = f"B25-{r.randrange(10000, 99999)}"
            disp = f"Closed - arrest, booking {b}"
            rel.append({"kind": "booking_number", "number": b})
        rec = {"case_number": fmt_id(pre, num), "date": d, "time": f"{hh:02d}{mm:02d}",
               "type": typ, "location": loc, "disposition": disp,
               "section": "closed" if closed else "open", "related": rel}
        recs.append(rec)
    # updates: reclassification or status change lines for some records of this log
    ups = []
    picks = r.sample(range(n), max(6, n // 7))
    for k in sorted(picks):
        rec = recs[k]
        ud = min(rec["date"] + datetime.timedelta(days=r.randrange(0, 2)), start + datetime.timedelta(days=days - 1))
        if r.random() < 0.5:
            new = r.choice([t for t in TYPES if t != rec["type"]])
            ups.append({"number": rec["case_number"], "refers_to_record": True, "date": ud,
                        "kind": "reclassified", "was": rec["type"], "now": new})
        else:
            ups.append({"number": rec["case_number"], "refers_to_record": True, "date": ud,
                        "kind": "supplement", "was": "", "now": "Supplement added"})
    # updates to cases of earlier logs (not records here)
    for j in range(3):
        old = fmt_id(pre, first - 40 + j * 11)
        ups.append({"number": old, "refers_to_record": False, "date": start + datetime.timedelta(days=j % days),
                    "kind": "reclassified", "was": r.choice(TYPES), "now": r.choice(TYPES)})
    ups.sort(key=lambda u: (u["date"], u["number"]))
    return recs, ups


def mdy(d):
    return d.strftime("%m/%d/%Y")


TOTAL_PAGES = [None]  # page total of the PDF being drawn (known on the second pass)


class Doc:
    def __init__(self, path, size, header, font="Helvetica", fs=8, lead=11):
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
        self.w, self.h = size
        self.header, self.font, self.fs, self.lead = header, font, fs, lead
        self.page = 0
        self.total = TOTAL_PAGES[0]
        self.repeat = None
        self.start_page()

    def start_page(self):
        self.page += 1
        c = self.c
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, self.h - 40, self.header[0])
        c.setFont("Helvetica", 8)
        c.drawString(40, self.h - 52, self.header[1])
        tot = f" of {self.total}" if self.total else ""
        c.drawRightString(self.w - 40, self.h - 40, f"Page {self.page}{tot}")
        self.y = self.h - 75
        if self.repeat:
            self.repeat()

    def need(self, lines):
        if self.y - lines * self.lead < 45:
            self.c.showPage()
            self.start_page()

    def line(self, text, x=40, font=None, fs=None):
        self.need(1)
        self.c.setFont(font or self.font, fs or self.fs)
        self.c.drawString(x, self.y, text)
        self.y -= self.lead

    def cols(self, xs, vals, font=None):
        self.need(1)
        self.c.setFont(font or self.font, self.fs)
        for x, v in zip(xs, vals):
            self.c.drawString(x, self.y, v)
        self.y -= self.lead

    def gap(self, k=0.6):
        self.y -= self.lead * k

    def rule(self):
        self.c.setLineWidth(0.5)
        self.c.line(40, self.y + self.lead - 3, self.w - 40, self.y + self.lead - 3)


def rep(rec):
    return f"{mdy(rec['date'])} {rec['time']}"


# ---- layout A: Fenwick Hollow: one table per status section, an update table after them
def draw_fh(path, label, recs, ups, total):
    d = Doc(path, letter, ("Fenwick Hollow Police Department - Case Status Log",
                           f"Period: {label}   Records Division   Tel. 555-0142"))
    d.total = total
    xs = [40, 112, 185, 330, 460]
    opn = [x for x in recs if x["section"] == "open"]
    cls = [x for x in recs if x["section"] == "closed"]
    for title, rows in ((f"OPEN CASES ({len(opn)})", opn), (f"CLOSED CASES ({len(cls)})", cls)):
        def th(title=title):
            d.cols(xs, ["Case No.", "Reported", "Offense", "Location", "Status"], font="Helvetica-Bold")
        d.need(4)
        d.gap()
        d.line(title, font="Helvetica-Bold", fs=10)
        th()
        d.rule()
        d.repeat = th
        for x in rows:
            d.cols(xs, [x["case_number"], rep(x), x["type"], x["location"], x["disposition"]])
        d.repeat = None
    d.need(4)
    d.gap()
    d.line(f"UPDATED / RECLASSIFIED CASES ({len(ups)})", font="Helvetica-Bold", fs=10)
    ux = [40, 112, 185, 330, 460]

    def uh():
        d.cols(ux, ["Case No.", "Updated", "Action", "Previously", "Now"], font="Helvetica-Bold")
    uh()
    d.rule()
    d.repeat = uh
    for u in ups:
        d.cols(ux, [u["number"], mdy(u["date"]), u["kind"].capitalize(), u["was"], u["now"]])
    d.repeat = None
    d.gap()
    d.line(f"New cases in this log: {len(recs)}  (open {len(opn)}, closed {len(cls)}); update lines are not new cases.",
           font="Helvetica-Oblique")
    d.c.save()
    return d.page


# ---- layout B: Ardwell Springs: ACTIVE then CLOSED bands, a stub in ACTIVE for cases closed since
def draw_as(path, label, recs, ups, total):
    d = Doc(path, landscape(letter), ("ARDWELL SPRINGS POLICE DEPARTMENT   DAILY ACTIVITY BY STATUS",
                                      f"Activity date(s): {label}   printed by RMS user 0417"), fs=7.5, lead=10)
    d.total = total
    xs = [40, 120, 200, 340, 500]
    moved = {u["number"] for u in ups if u["refers_to_record"] and u["kind"] == "supplement"}
    closed_moved = [x for x in recs if x["section"] == "closed" and x["case_number"] in moved]
    active = [x for x in recs if x["section"] == "open"]
    lines = [("rec", x) for x in active] + [("stub", x) for x in closed_moved]
    lines.sort(key=lambda t: t[1]["case_number"])
    cls = [x for x in recs if x["section"] == "closed"]

    def th():
        d.cols(xs, ["CASE NUMBER", "RPT DATE/TIME", "NATURE", "ADDRESS", "STATUS"], font="Courier-Bold")
    d.repeat = th
    th()
    for band, rows in (("ACTIVE", lines), ("CLOSED", [("rec", x) for x in cls])):
        d.need(2)
        d.gap(0.3)
        d.line(f"*** STATUS: {band} ***", font="Courier-Bold", fs=8)
        for kind, x in rows:
            if kind == "rec":
                d.cols(xs, [x["case_number"], rep(x), x["type"].upper(), x["location"].upper(),
                            x["disposition"].upper()], font="Courier")
            else:
                u = next(u for u in ups if u["number"] == x["case_number"])
                d.cols(xs[:2], [x["case_number"], f"-- MOVED TO CLOSED {mdy(u['date'])} - SEE CLOSED --"],
                       font="Courier-Oblique")
    d.repeat = None
    d.gap()
    d.line(f"ACTIVE: {len(active)}   CLOSED: {len(cls)}   TOTAL CASES: {len(recs)}", font="Courier-Bold")
    d.c.save()
    return d.page, [x["case_number"] for x in closed_moved]


# ---- layout C: Bellmoor: labelled blocks in three sections, update blocks use the same Case # label
def draw_bu(path, label, recs, ups, total):
    d = Doc(path, letter, ("Bellmoor University Department of Public Safety",
                           f"Incident Report by Status - {label}   Clery Compliance Office 555-0188"),
            font="Times-Roman", fs=9, lead=11.5)
    d.total = total
    for title, rows in (("Open Investigations", [x for x in recs if x["section"] == "open"]),
                        ("Closed Incidents", [x for x in recs if x["section"] == "closed"])):
        d.need(3)
        d.gap()
        d.line(title, font="Times-Bold", fs=12)
        for x in rows:
            d.need(6)
            for lab, val in (("Case #:", x["case_number"]), ("Reported:", f"{mdy(x['date'])} {x['time'][:2]}:{x['time'][2:]}"),
                             ("Incident:", x["type"]), ("Location:", x["location"]), ("Status:", x["disposition"])):
                d.cols([50, 120], [lab, val], font="Times-Roman")
            d.gap(0.5)
    d.need(3)
    d.gap()
    d.line("Updates to Previously Reported Incidents", font="Times-Bold", fs=12)
    for u in ups:
        d.need(4)
        chg = (f"Reclassified from {u['was']} to {u['now']}" if u["kind"] == "reclassified"
               else "Supplemental report filed; status unchanged")
        for lab, val in (("Case #:", u["number"]), ("Updated:", mdy(u["date"])), ("Change:", chg)):
            d.cols([50, 120], [lab, val], font="Times-Italic")
        d.gap(0.5)
    d.gap()
    d.line(f"Incidents reported this period: {len(recs)}. Updates listed: {len(ups)}.", font="Times-Bold")
    d.c.save()
    return d.page


def wrap(text, n):
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


# ---- layout D: Thornbury: prose report with three status headings
def para_rec(x):
    return (f"Case {x['case_number']} - reported {mdy(x['date'])} at {x['time']} - {x['type']} at "
            f"{x['location']}. Deputy #{int(x['case_number'][-3:]) % 90 + 200}. Disposition: {x['disposition']}.")


def para_up(u):
    if u["kind"] == "reclassified":
        tail = f"was reclassified from {u['was']} to {u['now']} on {mdy(u['date'])}."
    else:
        tail = f"had a supplemental report filed on {mdy(u['date'])}; no change in status."
    return f"Update to Case {u['number']}: {tail}"


def draw_tc(path, label, recs, ups, total):
    d = Doc(path, letter, ("THORNBURY COUNTY SHERIFF'S OFFICE",
                           f"Weekly Case Status Report to the Fiscal Court - {label}"),
            font="Times-Roman", fs=10, lead=12.5)
    d.total = total
    d.line("The following cases were opened during the week. Cases are listed under their status as of", font="Times-Italic")
    d.line("the close of business Sunday. Questions: Records Clerk, 555-0163.", font="Times-Italic")
    for title, rows in (("I. NEW CASES - OPEN", [x for x in recs if x["section"] == "open"]),
                        ("II. NEW CASES - CLOSED", [x for x in recs if x["section"] == "closed"])):
        d.need(3)
        d.gap()
        d.line(title, font="Times-Bold", fs=11)
        for x in rows:
            for ln in wrap(para_rec(x), 95):
                d.line(ln)
            d.gap(0.3)
    d.need(3)
    d.gap()
    d.line("III. RECLASSIFIED OR UPDATED CASES", font="Times-Bold", fs=11)
    for u in ups:
        for ln in wrap(para_up(u), 95):
            d.line(ln)
        d.gap(0.3)
    d.gap()
    d.line(f"Total new cases this week: {len(recs)}.", font="Times-Bold")
    d.c.save()
    return d.page


# ---- layout E: Greywater Harbor: status-change table first, then open and closed tables
def draw_gh(path, label, recs, ups, total):
    d = Doc(path, letter, ("Greywater Harbor Police Department", f"Call and Report Log - {label}"), fs=7.5, lead=10)
    d.total = total
    ux = [40, 110, 175, 280, 385, 500]
    d.line("STATUS CHANGES SINCE LAST LOG (includes reports listed below)", font="Helvetica-Bold", fs=9)
    d.cols(ux, ["Report #", "Changed", "Change", "From", "To", "By"], font="Helvetica-Bold")
    d.rule()
    for u in ups:
        d.cols(ux, [u["number"], mdy(u["date"]), u["kind"], u["was"][:20] or "-", u["now"][:22],
                    f"#{300 + int(u['number'][-2:])}"])
    xs = [40, 110, 190, 330, 450]
    for title, sec in (("OPEN REPORTS", "open"), ("CLOSED REPORTS", "closed")):
        def th():
            d.cols(xs, ["Report #", "Date/Time", "Call Type", "Address", "Status"], font="Helvetica-Bold")
        d.need(4)
        d.gap()
        d.line(title, font="Helvetica-Bold", fs=9)
        th()
        d.rule()
        d.repeat = th
        for x in recs:
            if x["section"] == sec:
                d.cols(xs, [x["case_number"], rep(x), x["type"], x["location"], x["disposition"]])
        d.repeat = None
    d.c.save()
    return d.page


DRAW = {"fh": draw_fh, "as": draw_as, "bu": draw_bu, "tc": draw_tc, "gh": draw_gh}


def order(pre, recs, ups):
    """document order of the records"""
    opn = [x for x in recs if x["section"] == "open"]
    cls = [x for x in recs if x["section"] == "closed"]
    return opn + cls


def sample(pre, x):
    s = {"case_number": x["case_number"], "type": x["type"], "location": x["location"],
         "disposition": x["disposition"]}
    if pre == "as":
        s.update(type=x["type"].upper(), location=x["location"].upper(), disposition=x["disposition"].upper())
    if pre == "bu":
        s["reported_at"] = f"{mdy(x['date'])} {x['time'][:2]}:{x['time'][2:]}"
    elif pre == "tc":
        s["reported_at"] = f"{mdy(x['date'])} at {x['time']}"
    else:
        s["reported_at"] = rep(x)
    if x["related"]:
        s["related_numbers"] = [q["number"] for q in x["related"]]
    return s


NOTES = {
    "fh": "Portrait table. Sections OPEN CASES (n) and CLOSED CASES (n), each its own table with column titles "
          "Case No., Reported, Offense, Location, Status (titles repeated on a new page). Then UPDATED / "
          "RECLASSIFIED CASES (n): a table whose first column is also Case No. and whose lines repeat numbers "
          "of records above (reclassified or supplement added) or of cases from earlier logs. Update lines are "
          "not records. Closing line gives new cases (open + closed).",
    "as": "Landscape Courier table in upper case, column titles on every page. Bands *** STATUS: ACTIVE *** and "
          "*** STATUS: CLOSED ***, rows in case-number order within a band. A case closed since it was opened "
          "keeps a one-line italic stub in ACTIVE at its number's place ('-- MOVED TO CLOSED date - SEE CLOSED --'), "
          "its full row being in CLOSED: the stub is not a record, the case is counted once. Closing line "
          "ACTIVE/CLOSED/TOTAL counts.",
    "bu": "Labelled blocks (Case #:, Reported:, Incident:, Location:, Status:) under headings Open Investigations and "
          "Closed Incidents; then Updates to Previously Reported Incidents, italic blocks with the same Case #: "
          "label (Case #:, Updated:, Change:) naming records of this report or of earlier months. Update blocks "
          "are not records. Closing line counts incidents and updates.",
    "tc": "Free text: one paragraph per case under headings I. NEW CASES - OPEN and II. NEW CASES - CLOSED, "
          "'Case 25-S-NNNN - reported MM/DD/YYYY at HHMM - type at place. Deputy #NNN. Disposition: ...', wrapped. "
          "III. RECLASSIFIED OR UPDATED CASES holds paragraphs 'Update to Case 25-S-NNNN: ...' about cases above or "
          "of earlier weeks: not records. Deputy badge numbers are not ids.",
    "gh": "Portrait table. The STATUS CHANGES SINCE LAST LOG table comes FIRST (Report #, Changed, Change, From, To, "
          "By): its report numbers are those of records printed further down or of earlier logs, so the first id "
          "on page 1 is not a record. Then OPEN REPORTS and CLOSED REPORTS tables (Report #, Date/Time, Call Type, "
          "Address, Status). No printed total. Badge numbers (#NNN) are not ids.",
}


def build(out):
    out = Path(out)
    for ai, (slug, agency, dtype, layout, pre, pdfs) in enumerate(AGENCIES):
        r = random.Random(SEED + ai + 1)
        folder = out / slug
        folder.mkdir(parents=True, exist_ok=True)
        gts = []
        for label, fname, start, days, n, first in pdfs:
            recs, ups = make_records(r, pre, start, days, n, first)
            path = folder / fname
            TOTAL_PAGES[0] = None
            res = DRAW[pre](path, label, recs, ups, None)
            pages = res[0] if isinstance(res, tuple) else res
            TOTAL_PAGES[0] = pages
            res = DRAW[pre](path, label, recs, ups, pages)
            stubs = res[1] if isinstance(res, tuple) else []
            doc = order(pre, recs, ups)
            ids = [x["case_number"] for x in doc]
            rel = [{"record": x["case_number"], **q} for x in doc for q in x["related"]]
            data = path.read_bytes()
            mid = len(doc) // 2
            gts.append({
                "file": fname, "source_repo": "generated", "commit": "generated",
                "path": f"tests/documents/blind_logs92/{slug}/{fname}", "git_blob": "generated",
                "generator": f"make_blind_logs92.py seed {SEED + ai + 1}",
                "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                "pages": len(pypdfium2.PdfDocument(str(path))), "agency": agency, "document_type": dtype,
                "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
                "record_count": len(ids), "case_numbers": ids, "related_numbers": rel,
                "update_lines": ([{"number": s_, "refers_to_record": True} for s_ in stubs] if pre == "as" else
                                 [{"number": u["number"], "refers_to_record": u["refers_to_record"]} for u in ups]),
                "stub_lines": stubs,
                "case_numbers_source": "generator dicts; checked by check_blind_logs92.py against pdftotext -layout",
                "record_count_check": "record-start pattern over record sections equals the list; printed total where printed",
                "fields_present": ["case_number", "type", "reported_at", "location", "disposition"],
                "sample_records": [sample(pre, doc[0]), sample(pre, doc[mid]), sample(pre, doc[-1])],
                "notes": NOTES[pre] + " Booking numbers B25-NNNNN in closed-by-arrest dispositions are related numbers, "
                         "not ids. update_lines lists every update line (number, whether it names a record of this "
                         "document); stub_lines lists ids that also have a moved-to stub.",
            })
        (folder / "groundtruth.json").write_text(json.dumps(gts, indent=2) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else HERE)
