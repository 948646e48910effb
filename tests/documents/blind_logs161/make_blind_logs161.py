"""Generate a held-out set of incident logs printed by report writers, furniture and all (blind_logs161).

Five agencies, five layouts, one trap each, all of them about the furniture a records system's report
writer prints around the records: a cover or run-parameters page (selection criteria, date range, sort
order, agency and user, counts), a report id and version stamp in every page header, run date/time and
page x of y, group headers and group totals, 'continued' markers, an end-of-report page and pages
'intentionally left blank'. The traps: a table whose page-header run stamp (run date, run time, job
number of the case number's shape) reads exactly like a record row; labelled blocks whose cover page
prints the selection criteria as a block with the records' own labels; free text whose paragraphs run
over page breaks and are picked up again under a line that starts with the id and '(continued)', with
blank pages between; numbered paragraphs whose cover and end pages are numbered paragraphs too, whose
numbering restarts every day and whose cover count is not the number of records printed; a
control-break report grouped by call type, the type printed only in the group header, which is repeated
as '(continued)' at the top of a page. Everything is invented. Output is deterministic: fixed seed,
reportlab invariant mode.
Run:
    python tests/documents/blind_logs161/make_blind_logs161.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026161
TYPES = ["Theft from vehicle", "Burglary - residential", "Burglary - commercial", "Shoplifting", "Vandalism",
         "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle", "Welfare check",
         "Alarm - commercial", "Trespass", "Assault - simple", "Fraud - identity", "Found property",
         "Noise complaint", "Harassment", "Hit and run", "Stolen vehicle", "Littering - dumping"]
DISPS = ["Report taken", "Arrest", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no further action", "Warning issued", "Gone on arrival", "Assisted - other agency"]
STREETS = ["Birchwood Avenue", "Kiln Road", "Sawyer Street", "Lantern Lane", "Hollis Court", "Tidewater Drive",
           "Gristmill Road", "Rookery Way", "Perch Street", "Linden Terrace", "Canal Street", "Foundry Avenue",
           "Marten Lane", "Copper Hill Road"]
PLACES = ["City Hall annex", "Riverfront park", "Bus depot", "Middle school", "Public library", "Ice rink lot"]
FILLER = ["The complainant was given the incident number.", "Area checked with negative results.",
          "Photographs were taken and entered.", "The reporting party asked for extra patrol.",
          "No injuries were reported.", "The owner was contacted and responded.",
          "A supplemental report will follow.", "Nothing further was found at the scene.",
          "The vehicle was checked and left secure.", "Both parties were separated and spoken to."]


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


def location(r):
    k = r.random()
    if k < 0.55:
        return f"{r.randint(1, 39) * 100} block of {r.choice(STREETS)}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a} and {b}"
    return r.choice(PLACES)


def make_recs(r, first_day, days, per_day, serial):
    """Records as plain dicts; `serial` is the running number the case number is made from."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        mins = sorted(r.sample(range(20, 1440 - 5), r.randint(*per_day)))
        for m in mins:
            serial += r.choice([1, 1, 1, 2])
            t = day + datetime.timedelta(minutes=m)
            a = t - datetime.timedelta(minutes=r.randint(5, 240))
            b = min(t, a + datetime.timedelta(minutes=r.randint(5, 90)))
            recs.append({"serial": serial, "at": t, "from": a, "to": b, "type": r.choice(TYPES),
                         "location": location(r), "disposition": r.choice(DISPS),
                         "unit": f"{r.randint(1, 4)}{r.choice('ABCK')}{r.randint(10, 29)}",
                         "badge": str(r.randint(301, 369)), "beat": str(r.randint(1, 6))})
    return recs


def dt(t):
    return t.strftime("%m/%d/%Y %H:%M")


class Doc:
    """Pages of body items (y, x, text, font, size); text None draws a rule; x < 0 aligns right.
    Page furniture (header, footer) is added at render time, when the page total is known."""

    def __init__(self, size, top, bottom):
        self.size, self.top, self.bottom = size, top, bottom
        self.pages, self.y = [], top

    def new_page(self, kind="body"):
        self.pages.append({"items": [], "kind": kind})
        self.y = self.top

    def room(self, h):
        return bool(self.pages) and self.y - h >= self.bottom

    def put(self, x, text, font, fs, lead):
        self.pages[-1]["items"].append((self.y, x, text, font, fs))
        self.y -= lead

    def render(self, path, furniture):
        c = new_canvas(path, self.size)
        m = len(self.pages)
        for k, page in enumerate(self.pages, 1):
            for y, x, text, font, fs in furniture(k, m, page["kind"]) + page["items"]:
                if text is None:
                    c.setLineWidth(0.5)
                    c.line(x, y, self.size[0] - x, y)
                    continue
                c.setFont(font, fs)
                if x < 0:
                    c.drawRightString(self.size[0] + x, y, text)
                else:
                    c.drawString(x, y, text)
            c.showPage()
        c.save()


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, extra=None):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}} for i in (0, n // 2, n - 1)]
    out = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs161.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": [],
        "fields_present": ["case_number"] + fields + ["unit"], "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs161.py) from the records it drew; "
                               "checked by check_blind_logs161.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }
    out.update(extra or {})
    return out


# 1 ------------------------------------------------------------------ Brackenridge Falls, OR: table
def brackenridge(d, r):
    agency = "Brackenridge Falls Police Department, OR [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 2), 7, (9, 14), 4480 + r.randint(0, 60))
    n = len(recs)
    assert 40 <= n <= 150
    for rec in recs:
        rec["case_number"] = f"26-{rec['serial']:06d}"
        rec["reported_at"] = dt(rec["at"])
        rec["occurred_at"] = dt(rec["from"])
    job = f"26-{r.randint(300, 900):06d}"
    run = "02/09/2026 05:31"
    rid = "INCLOG-R4 v4.1.3"
    F, S, L = "Courier", 7.4, 9.6
    cols = [("Date", 11), ("Time", 7), ("Case No", 11), ("Occurred", 18), ("Call Type", 28), ("Location", 37),
            ("Unit", 6), ("Disposition", 28)]

    def row(vals):
        return "".join(f"{v:<{w}}" for v, (_, w) in zip(vals, cols)).rstrip()

    size = landscape(letter)

    def furniture(k, m, kind):
        items = [(612 - 30, 30, row(run.split() + [job, rid]), F, S), (612 - 30, -30, f"Page {k} of {m}", F, 8),
                 (612 - 42, 30, "BRACKENRIDGE FALLS POLICE DEPARTMENT [invented] - INCIDENT LOG BY REPORTED DATE",
                  "Helvetica-Bold", 9.5)]
        if kind == "body":
            items += [(612 - 58, 30, row([c for c, _ in cols]), "Courier-Bold", S), (612 - 62, 30, None, F, S)]
        items.append((20, 30, "Records unit 555-0161. Printed by the records system; values as entered.",
                      "Helvetica", 6.5))
        return items

    doc = Doc(size, 612 - 74, 40)
    doc.new_page("cover")
    doc.y = 612 - 80
    cover = ["RUN PARAMETERS", "", f"Report ID ......... {rid.split()[0]}", f"Version ........... {rid.split()[1][1:]}",
             f"Job number ........ {job}", f"Run date/time ..... {run}:07",
             "Requested by ...... user BFRMS04 (badge 4417)",
             "Agency ............ Brackenridge Falls Police Department [invented], ORI OR0261100",
             "Selection ......... Reported date/time 02/02/2026 00:00 through 02/08/2026 23:59",
             "Call types ........ ALL", "Dispositions ...... ALL",
             "Sort order ........ Reported date/time ascending; group by reported date",
             f"Records selected .. {n}", "",
             "Each page header gives run date, run time, job number, report id and version, and page x of y."]
    for ln in cover:
        doc.put(60, ln, "Courier-Bold" if ln == "RUN PARAMETERS" else F, 9, 13)
    doc.new_page()
    groups = []
    for rec in recs:
        day = rec["at"].strftime("%a %m/%d/%Y")
        if not groups or groups[-1][0] != day:
            groups.append((day, []))
        groups[-1][1].append(rec)
    for day, rows in groups:
        if not doc.room(3 * L):
            doc.new_page()
        doc.put(30, f"Reported Date: {day}", "Courier-Bold", S, L)
        for rec in rows:
            if not doc.room(L):
                doc.new_page()
                doc.put(30, f"Reported Date: {day} (continued)", "Courier-Bold", S, L)
            doc.put(30, row([rec["at"].strftime("%m/%d/%Y"), rec["at"].strftime("%H:%M"), rec["case_number"],
                             rec["occurred_at"], rec["type"], rec["location"], rec["unit"], rec["disposition"]]),
                    F, S, L)
        if not doc.room(L):
            doc.new_page()
        doc.put(30, f"Total for {day[4:]}: {len(rows)} incidents", "Courier-Bold", S, L + 5)
    doc.new_page("end")
    doc.y = 612 - 90
    for ln in ["*** END OF REPORT ***", "", f"Records printed ... {n}", f"Groups ............ {len(groups)}",
               f"Report {rid}, job {job}, run {run}:07, completed 05:31:52"]:
        doc.put(60, ln, "Courier-Bold", 9, 13)
    path = d / "brackenridge-falls-incident-log-2026-02-02-08.pdf"
    doc.render(path, furniture)
    pages = len(doc.pages)
    return [entry(path, agency, "weekly incident log by reported date, records-system report writer",
                  "table with header", recs, ["reported_at", "occurred_at", "type", "location", "disposition"],
                  "Landscape Courier table with a header (`Date  Time  Case No  Occurred  Call Type  Location  Unit  "
                  "Disposition`), rows grouped under `Reported Date: Mon 02/02/2026` headers with `Total for "
                  "02/02/2026: N incidents` lines, a group cut by a page break repeated at the top of the next page "
                  "as `Reported Date: ... (continued)`. Page 1 is a run-parameters page and the last page an "
                  "end-of-report page (no records on either). The record id is `Case No`. Trap: every page, cover "
                  f"and end page included, opens with the run stamp `{run}  {job}  {rid}`: run date, run time and "
                  "a job number of exactly the case number's shape, at the left margin, which is the shape of a "
                  f"record row (`{recs[0]['reported_at']}  {recs[0]['case_number']}  ...`); a date-time-number "
                  f"row reading finds {pages} "
                  "records too many, one per page, all with the same job number. Counts: `Records selected` on "
                  "the cover, `Records printed` on the end page.",
                  "rows counted by the generator; the cover and end page give the total, the day totals add up to it")]


# 2 ------------------------------------------------------------------ Quillon County, MT: labelled blocks
def quillon(d, r):
    agency = "Quillon County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 9), 7, (8, 12), 800 + r.randint(0, 60))
    n = len(recs)
    assert 40 <= n <= 150
    for rec in recs:
        rec["case_number"] = f"QC26-{rec['serial']:05d}"
        rec["reported_at"] = dt(rec["at"])
        rec["occurred_at"] = dt(rec["from"])
    lo = recs[0]["serial"] // 100 * 100
    hi = lo + 399
    assert lo < recs[0]["serial"] and recs[-1]["serial"] < hi
    run, rid = "02/16/2026 06:02", "QCSO-INC-DET v2.7"
    F, S, L = "Courier", 8, 10
    size = letter

    def furniture(k, m, kind):
        return [(792 - 32, 40, "QUILLON COUNTY SHERIFF'S OFFICE [invented] - INCIDENT DETAIL REPORT", "Helvetica-Bold",
                 10),
                (792 - 44, 40, f"Report {rid}   Run {run}   Job 88213   User RMSBATCH", F, 7.5),
                (792 - 44, -40, f"Page {k} of {m}", F, 7.5), (792 - 49, 40, None, F, 7),
                (24, 40, "Dispatch and records 555-0172. Sealed and juvenile records are not printed.", "Helvetica",
                 6.5)]

    def block(vals):
        case, rep, occ, typ, beat, unit, loc, disp, badge = vals
        return [f"Case No:     {case:<28}Reported: {rep:<40}Occurred: {occ}".rstrip(),
                f"Type:        {typ:<44}Beat: {beat:<6}Unit: {unit}".rstrip(),
                f"Location:    {loc}".rstrip(),
                f"Disposition: {disp:<44}Badge: {badge}".rstrip()]

    doc = Doc(size, 792 - 66, 40)
    doc.new_page("cover")
    doc.put(40, "RUN PARAMETERS - SELECTION CRITERIA AS ENTERED", "Courier-Bold", 9, 16)
    crit = block([f"QC26-{lo:05d} thru QC26-{hi:05d}", "02/09/2026 00:00 thru 02/15/2026 23:59", "ANY", "ALL", "ALL",
                  "ALL", "ALL BEATS (1-6)", "ALL", "ALL"])
    for ln in crit:
        doc.put(40, ln, F, S, L)
    doc.y -= 10
    for ln in ["Sort:        Reported date/time ascending, break on reported date",
               f"Report:      {rid} (incident detail, one block per incident)",
               f"Run:         {run}:44 by RMSBATCH, job 88213", f"Records selected: {n}"]:
        doc.put(40, ln, F, S, L)
    doc.new_page()
    groups = []
    for rec in recs:
        day = rec["at"].strftime("%m/%d/%Y (%A)").upper()
        if not groups or groups[-1][0] != day:
            groups.append((day, []))
        groups[-1][1].append(rec)
    bh = 4 * L + 8
    for day, rows in groups:
        if not doc.room(bh + 2 * L):
            doc.new_page()
        doc.put(40, f"=== REPORTED {day} ===", "Courier-Bold", S, L + 4)
        for rec in rows:
            if not doc.room(bh):
                doc.new_page()
                doc.put(40, f"=== REPORTED {day} (continued) ===", "Courier-Bold", S, L + 4)
            doc.put(40, None, F, S, 10)
            for ln in block([rec["case_number"], rec["reported_at"], rec["occurred_at"], rec["type"], rec["beat"],
                             rec["unit"], rec["location"], rec["disposition"], rec["badge"]]):
                doc.put(40, ln, F, S, L)
            doc.y -= 2
        if not doc.room(L):
            doc.new_page()
        doc.put(40, f"Incidents reported {day[:10]}: {len(rows)}", "Courier-Bold", S, L + 10)
    doc.new_page("end")
    for ln in ["END OF REPORT", f"Records printed: {n}", f"Report {rid}   Run {run}   Job 88213"]:
        doc.put(40, ln, "Courier-Bold", 9, 14)
    path = d / "quillon-county-incident-detail-2026-02-09-15.pdf"
    doc.render(path, furniture)
    return [entry(path, agency, "weekly incident detail report, one block per incident", "labelled blocks", recs,
                  ["reported_at", "occurred_at", "type", "location", "disposition"],
                  "Portrait Courier, one four-line labelled block per incident between rules: `Case No:  Reported:  "
                  "Occurred:` / `Type:  Beat:  Unit:` / `Location:` / `Disposition:  Badge:`, under `=== REPORTED "
                  "02/09/2026 (MONDAY) ===` day headers with `Incidents reported 02/09/2026: N` totals; a day cut by "
                  "a page break is headed again `... (continued) ===`. The record id is the value after `Case No:`. "
                  "Trap: page 1 is the run-parameters page, and it prints the selection criteria as a block with the "
                  "records' own labels and layout: `Case No:     "
                  f"QC26-{lo:05d} thru QC26-{hi:05d}   Reported: 02/09/2026 00:00 thru 02/15/2026 23:59   Occurred: "
                  "ANY` / `Type: ALL  Beat: ALL  Unit: ALL` / `Location: ALL BEATS (1-6)` / `Disposition: ALL  Badge: "
                  "ALL`, so the first `Case No:` of the document is a range of "
                  "two id-shaped numbers that are no records, and a label reader finds one block too many. The "
                  "end page gives `Records printed: N`, the cover `Records selected: N`.",
                  "blocks counted by the generator; the cover and end page give the total, the day totals add up "
                  "to it", {"criteria_case_range": [f"QC26-{lo:05d}", f"QC26-{hi:05d}"],
                            "fields_present": ["case_number", "reported_at", "occurred_at", "type", "location",
                                               "disposition", "beat", "unit"]})]


# 3 ------------------------------------------------------------------ Saltmarsh Harbor, SC: free text
def saltmarsh(d, r):
    agency = "Saltmarsh Harbor Police Department, SC [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 16), 7, (8, 11), 400 + r.randint(0, 60))
    n = len(recs)
    assert 40 <= n <= 150
    for rec in recs:
        rec["case_number"] = f"SH26-{rec['serial']:04d}"
        rec["reported_at"] = dt(rec["at"])
        rec["disposition"] = rec["disposition"]
    run, rid = "02/23/2026 04:10", "NARR-DAILY rev 3.3"
    F, S, L, W = "Helvetica", 9.2, 11.6, 612 - 2 * 54 - 12
    size = letter

    def furniture(k, m, kind):
        items = [(792 - 34, 54, "Saltmarsh Harbor Police Department [invented] \u2014 Incident Narrative Log",
                  "Helvetica-Bold", 11),
                 (792 - 47, 54, f"{rid} \u00b7 run {run} \u00b7 selection: reported 02/16/2026 - 02/22/2026",
                  "Helvetica", 7.5),
                 (30, 54, "Saltmarsh Harbor PD records 555-0183", "Helvetica", 7), (30, -54, f"Page {k} of {m}",
                                                                                   "Helvetica", 7)]
        if kind == "blank":
            items.append((420, 200, "This page intentionally left blank.", "Helvetica-Oblique", 10))
        return items

    doc = Doc(size, 792 - 72, 52)
    doc.new_page("cover")
    doc.y = 792 - 120
    for ln in ["Incident Narrative Log \u2014 run parameters", "",
               "Reported between 02/16/2026 00:00 and 02/22/2026 23:59, all call types, all dispositions.",
               "Sorted by reported date and time; one paragraph per incident, grouped by day.",
               "Printed duplex: the first narrative page and the end-of-report page start on a right-hand page.",
               f"Requested by records clerk 0192 at {run}; report {rid}.", f"Records selected: {n}."]:
        doc.put(80, ln, "Helvetica-Bold" if "parameters" in ln else F, 10, 15)
    doc.new_page("blank")
    doc.new_page()
    day = None
    splits, cut, first = 0, [], None
    for rec in recs:
        dname = rec["at"].strftime("%A, %B %d, %Y").upper()
        if dname != day:
            day = dname
            if not doc.room(3 * L + 10):
                doc.new_page()
            doc.y -= 4
            doc.put(54, dname, "Helvetica-Bold", 9.5, L + 3)
        txt = (f"{rec['case_number']} \u2014 {rec['at'].strftime('%a')} {rec['reported_at']}. {rec['type']} at "
               f"{rec['location']}. Unit {rec['unit']} (badge {rec['badge']}) responded. "
               + " ".join(r.sample(FILLER, r.randint(1, 3))) + f" Disposition: {rec['disposition']}.")
        first = first or txt
        lines = wrap(txt, F, S, W)
        for i, ln in enumerate(lines):
            if not doc.room(L):
                if i == 0:
                    doc.new_page()
                else:
                    doc.put(-54, "(continued on next page)", "Helvetica-Oblique", 7.5, L)
                    doc.new_page()
                    doc.put(54, f"{rec['case_number']} (continued)", "Helvetica-Oblique", S, L)
                    splits += 1
                    cut.append(rec["case_number"])
            doc.put(54 if i == 0 else 66, ln, F, S, L)
        doc.y -= 5
    assert splits >= 2
    if len(doc.pages) % 2 == 1:
        doc.new_page("blank")
    doc.new_page("end")
    doc.y = 792 - 120
    for ln in ["END OF REPORT", "", f"Records printed: {n}.", f"Report {rid}, run {run}."]:
        doc.put(80, ln, "Helvetica-Bold", 10, 15)
    path = d / "saltmarsh-harbor-narrative-log-2026-02-16-22.pdf"
    doc.render(path, furniture)
    blanks = sum(p["kind"] == "blank" for p in doc.pages)
    return [entry(path, agency, "weekly incident narrative log, one paragraph per incident", "free text", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "Portrait, one prose paragraph per incident under day headings (`MONDAY, FEBRUARY 16, 2026`): "
                  f"`{first}` The record id opens the paragraph. Cover page of run parameters, end-of-report "
                  "page, and the duplex print "
                  f"inserts {blanks} page{'s' if blanks > 1 else ''} reading `This page intentionally left blank.` "
                  "(with the full page "
                  "header and page x of y). Trap: paragraphs run over page breaks: the page ends `(continued on next "
                  f"page)` and the next page picks the paragraph up under a line `{cut[0]} (continued)`, which opens "
                  f"with the id at the left margin just as a new paragraph does; {splits} paragraphs are cut so "
                  f"({', '.join(cut)}), and "
                  "their tails (often the disposition) belong to the record before. A paragraph-per-id reading finds "
                  f"{n + splits} paragraphs for {n} incidents.",
                  "paragraphs counted by the generator; the cover and end page give the total")]


# 4 ------------------------------------------------------------------ Oriel Bend, WI: numbered paragraphs
def oriel(d, r):
    agency = "Oriel Bend Police Department, WI [invented]"
    allrecs = make_recs(r, datetime.datetime(2026, 2, 23), 7, (8, 12), 300 + r.randint(0, 60))
    for rec in allrecs:
        rec["case_number"] = f"OB-2026-{rec['serial']:04d}"
        rec["reported_at"] = dt(rec["at"])
    sealed = set(r.sample(range(5, len(allrecs) - 5), 3))
    recs = [rec for i, rec in enumerate(allrecs) if i not in sealed]
    n = len(recs)
    assert 40 <= n <= 150
    run, rid = "03/02/2026 07:45", "NARR-LIST 5.0.2"
    F, S, L, W = "Helvetica", 9, 11.4, 612 - 2 * 56 - 22
    size = letter

    def furniture(k, m, kind):
        return [(792 - 34, 56, "ORIEL BEND POLICE DEPARTMENT [invented]", "Helvetica-Bold", 10.5),
                (792 - 34, -56, f"rpt {rid}", "Helvetica", 7.5),
                (792 - 46, 56, "Numbered incident list, reported 02/23/2026 - 03/01/2026", "Helvetica", 8),
                (792 - 46, -56, f"run {run}  user OBREC2", "Helvetica", 7.5), (792 - 51, 56, None, F, 7),
                (30, 56, "Records 555-0194", "Helvetica", 7), (30, -56, f"Page {k} of {m}", "Helvetica", 7)]

    def para(num, text, font=F):
        lines = wrap(text, font, S, W)
        return [(56, f"{num}.", font, S, 0)] + [(78, ln, font, S, L) for ln in lines]

    def put_all(items):
        for x, text, font, fs, lead in items:
            doc.put(x, text, font, fs, lead)

    doc = Doc(size, 792 - 74, 46)
    doc.new_page("cover")
    doc.put(56, "RUN PARAMETERS", "Helvetica-Bold", 10, 18)
    lo = allrecs[0]["serial"] // 100 * 100
    assert lo < allrecs[0]["serial"] and allrecs[-1]["serial"] < lo + 499
    crit = ["Reported between 02/23/2026 00:00 and 03/01/2026 23:59.",
            f"Incident numbers OB-2026-{lo:04d} through OB-2026-{lo + 499:04d}; all call types; all dispositions.",
            "Sealed and juvenile records are counted but not printed.",
            "Sorted by reported date and time; entries numbered from 1 within each day.",
            f"Records selected: {len(allrecs)}."]
    for i, c in enumerate(crit, 1):
        put_all(para(i, c))
        doc.y -= 4
    doc.new_page()
    groups = []
    for rec in recs:
        day = rec["at"].strftime("%A, %B %d, %Y").replace(" 0", " ")
        if not groups or groups[-1][0] != day:
            groups.append((day, []))
        groups[-1][1].append(rec)
    for day, rows in groups:
        if not doc.room(4 * L):
            doc.new_page()
        doc.put(56, day, "Helvetica-Bold", 9.5, L + 4)
        for i, rec in enumerate(rows, 1):
            items = para(i, f"{rec['case_number']} \u2014 {rec['reported_at']} \u2014 {rec['type']} \u2014 "
                            f"{rec['location']} \u2014 Unit {rec['unit']} \u2014 Disposition: {rec['disposition']}.")
            if not doc.room(sum(x[4] for x in items)):
                doc.new_page()
                doc.put(56, f"{day} (continued)", "Helvetica-Bold", 9.5, L + 4)
            put_all(items)
            doc.y -= 3
        doc.put(56, f"Entries for {day}: {len(rows)}", "Helvetica-Oblique", 8.5, L + 8)
    doc.new_page("end")
    doc.put(56, "END OF REPORT", "Helvetica-Bold", 10, 18)
    endp = [f"Records selected: {len(allrecs)}.",
            f"Records suppressed (sealed or juvenile, not printed): {len(sealed)}.",
            f"Records printed: {n}.", f"Printed {run}:12 by user OBREC2, report {rid}, {len(doc.pages)} pages."]
    for i, c in enumerate(endp, 1):
        put_all(para(i, c))
        doc.y -= 4
    r0 = recs[0]
    example = (f"{r0['case_number']} \u2014 {r0['reported_at']} \u2014 {r0['type']} \u2014 {r0['location']} \u2014 "
               f"Unit {r0['unit']} \u2014 Disposition: {r0['disposition']}.")
    path = d / "oriel-bend-numbered-incidents-2026-02-23-03-01.pdf"
    doc.render(path, furniture)
    return [entry(path, agency, "weekly numbered incident list", "numbered paragraphs", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "Portrait, one numbered paragraph per incident under day headings (`Monday, February 23, 2026`, "
                  "repeated with `(continued)` after a page break) closed by `Entries for Monday, February 23, 2026: "
                  f"N`: `1. {example}` The record id follows the entry number. "
                  "Trap: the numbering restarts at 1 every day, so entry numbers are not record numbers; the cover "
                  "page prints its run parameters and the end page its run summary as numbered paragraphs of the "
                  "same form (`1. Reported between 02/23/2026 00:00 and 03/01/2026 23:59.`, `2. Incident numbers "
                  f"OB-2026-{lo:04d} through OB-2026-{lo + 499:04d}; ...`), 9 of them, none a record; and the "
                  "cover's `Records "
                  f"selected: {len(allrecs)}.` is not the number of records: {len(sealed)} sealed records are counted "
                  f"but not printed (the end page: `Records suppressed ...: {len(sealed)}.`, `Records printed: {n}.`).",
                  "entries counted by the generator; the end page's `Records printed` gives the total, the day "
                  "totals add up to it; the cover's `Records selected` is 3 higher",
                  {"printed_counts": {"records_selected": len(allrecs), "records_suppressed": len(sealed),
                                      "records_printed": n}})]


# 5 ------------------------------------------------------------------ Tillery Creek, NC: control-break report
def tillery(d, r):
    agency = "Tillery Creek Police Department, NC [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 7, (10, 15), 1200 + r.randint(0, 60))
    n = len(recs)
    assert 40 <= n <= 150
    for rec in recs:
        rec["case_number"] = f"26{rec['serial']:06d}"
        rec["type"] = rec["type"].upper()
        rec["reported_at"] = dt(rec["at"])
        rec["occurred_from"] = dt(rec["from"])
        rec["occurred_to"] = dt(rec["to"])
    recs.sort(key=lambda x: (x["type"], x["at"]))
    run, rid = "03/09/2026 06:58", "CFS-BYTYPE v1.12"
    F, S, L = "Courier", 7.4, 9.4
    cols = [("Incident", 10), ("Reported", 18), ("Occurred from", 18), ("Occurred to", 18), ("Location", 38),
            ("Disposition", 29), ("Unit", 6)]

    def row(vals):
        return "".join(f"{v:<{w}}" for v, (_, w) in zip(vals, cols)).rstrip()

    size = landscape(letter)

    def furniture(k, m, kind):
        items = [(612 - 30, 36, "TILLERY CREEK POLICE DEPARTMENT [invented]", "Helvetica-Bold", 10),
                 (612 - 30, -36, f"{rid}", F, 7.5),
                 (612 - 42, 36, "Incidents by Call Type, reported 03/02/2026 - 03/08/2026", "Helvetica", 8.5),
                 (612 - 42, -36, f"Run {run}", F, 7.5), (22, 36, "Records 555-0105", "Helvetica", 6.5),
                 (22, -36, f"Page {k} of {m}", F, 7.5)]
        if kind == "body":
            items += [(612 - 58, 36, row([c for c, _ in cols]), "Courier-Bold", S), (612 - 62, 36, None, F, S)]
        return items

    doc = Doc(size, 612 - 76, 40)
    doc.new_page("cover")
    doc.y = 612 - 90
    for ln in ["REPORT PARAMETERS", "", f"Report ............ {rid}", f"Run ............... {run}:31",
               "Operator .......... TCPD-RMS-07", "Date range ........ 03/02/2026 00:00 to 03/08/2026 23:59",
               "Group by .......... Call type (A-Z)", "Sort within group .. Reported date/time",
               "Page break ........ none; groups continue across pages", f"Records selected .. {n}"]:
        doc.put(70, ln, "Courier-Bold" if ln.isupper() else F, 9, 13)
    doc.new_page()
    groups = []
    for rec in recs:
        if not groups or groups[-1][0] != rec["type"]:
            groups.append((rec["type"], []))
        groups[-1][1].append(rec)
    for typ, rows in groups:
        if not doc.room(2 * L + 4):
            doc.new_page()
        doc.y -= 3
        doc.put(36, f"CALL TYPE: {typ}", "Courier-Bold", S + 0.4, L + 1)
        for rec in rows:
            if not doc.room(L):
                doc.new_page()
                doc.put(36, f"CALL TYPE: {typ} (continued)", "Courier-Bold", S + 0.4, L + 1)
            doc.put(36, row([rec["case_number"], rec["reported_at"], rec["occurred_from"], rec["occurred_to"],
                             rec["location"], rec["disposition"], rec["unit"]]), F, S, L)
        if not doc.room(L):
            doc.new_page()
        doc.put(36, f"  Group total {typ}: {len(rows)}", "Courier-Oblique", S, L + 4)
    if not doc.room(2 * L):
        doc.new_page()
    doc.put(36, f"Grand total: {n} incidents in {len(groups)} call types", "Courier-Bold", S + 0.4, L)
    doc.new_page("end")
    doc.y = 612 - 100
    for ln in ["*** END OF REPORT ***", f"Records printed .. {n}", f"{rid}   Run {run}"]:
        doc.put(70, ln, "Courier-Bold", 9, 14)
    path = d / "tillery-creek-incidents-by-type-2026-03-02-08.pdf"
    doc.render(path, furniture)
    conts = sum(1 for p in doc.pages for it in p["items"] if it[2] and it[2].endswith("(continued)"))
    assert conts >= 1
    return [entry(path, agency, "weekly incidents by call type, control-break report",
                  "other: control-break report grouped by call type", recs,
                  ["type", "reported_at", "occurred_from", "occurred_to", "location", "disposition"],
                  "Landscape Courier control-break report: column header `Incident  Reported  Occurred from  "
                  "Occurred to  Location  Disposition  Unit` on every page, the records grouped by call type A-Z "
                  "under `CALL TYPE: THEFT FROM VEHICLE` lines and closed by `Group total THEFT FROM VEHICLE: N`, "
                  "then `Grand total: N incidents in M call types`; a cover page of report parameters and an "
                  "end-of-report page. The record id is the 8-digit `Incident` number; the records are in call-type "
                  "order, not in time or id order. Trap: the call type is printed only in the group header, never "
                  "on the record's line, and a group cut by a page break is headed again `CALL TYPE: ... "
                  f"(continued)` at the top of the next page ({'once' if conts == 1 else f'{conts} times'}), "
                  "which is the same group and not a "
                  "new one; the records' `type` is the group header's value, as printed (upper case).",
                  "rows counted by the generator; the group totals add up to the grand total, which the cover and "
                  "end page repeat")]


AGENCIES = [("brackenridge-falls-or-pd", 1, brackenridge), ("quillon-county-mt-so", 2, quillon),
            ("saltmarsh-harbor-sc-pd", 3, saltmarsh), ("oriel-bend-wi-pd", 4, oriel),
            ("tillery-creek-nc-pd", 5, tillery)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
