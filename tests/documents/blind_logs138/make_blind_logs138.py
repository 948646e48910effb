"""Generate a held-out set of incident logs that print a value once and imply it below (blind_logs138).

Five layouts: a city daily activity log whose date is printed on a day's first row only and whose
location and officer columns use ditto marks (") that carry across page breaks; a county CAD
incident log with one row per responding unit, the incident number, time, nature and address on
the first row only; a town log grouped under a date heading and a beat heading printed once, with
'same' in the officer column; a clerk's typed labelled-block log using 'same' and 'do.' for date,
officer and location, with "Case No.: same (cont'd)" supplement blocks continuing the incident
above; a landscape offence listing with one row per offence, continuation rows dittoed -"- in every
column but the offence. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs138/make_blind_logs138.py [OUT_DIR]
"""

import datetime
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
SEED = 20261138
TYPES = ["Theft from vehicle", "Suspicious person", "Noise complaint", "Burglary - residential", "Vandalism",
         "Welfare check", "Disturbance", "Shoplifting", "Traffic hazard", "Found property", "Trespass",
         "Harassment", "Animal complaint", "Domestic disturbance", "Fraud - check", "Alarm - commercial",
         "Motor vehicle crash - no injury", "Littering", "Lost property", "Juvenile complaint"]
DISPS = ["Report taken", "Unfounded", "Advised", "Gone on arrival", "Referred", "Cleared", "Warning issued",
         "Assisted", "Civil matter"]
STREETS = ["Elm St", "Quarry Rd", "Birch Ave", "Mill St", "Harbor Way", "Cedar Ln", "Station Sq", "Fenwick Ave",
           "Ridge Rd", "Orchard St", "Lantern Ct", "Depot St", "Wicker Pl", "Sable Dr"]


DQ1, DQ2, DD = ' "', '  "', '-"-'


def addr(r):
    return f"{r.randint(1, 29) * 100 + r.choice([0, 10, 15, 40])} {r.choice(STREETS)}"

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


def stamps(r, first, n, ndays):
    """n increasing datetimes over ndays starting at date first."""
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def cell(r):
    u = r.choice("ABCDEF")
    return f"{u}{r.randint(1, 2)}-{r.randint(101, 124)}{r.choice('AB')}"


def draw_pages(path, size, pages, header, footer_left, font="Courier", fsize=8.0, lh=10.5):
    """pages: list of list of lines; a line is a str (drawn at x=36) or a list of (x, str)."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = h - 40
        for x, text, f, s in header:
            c.setFont(f, s)
            c.drawString(x, y, text)
            y -= s + 4
        y -= 4
        c.setFont(font, fsize)
        for line in lines:
            for x, text in ([(36, line)] if isinstance(line, str) else line):
                c.drawString(x, y, text)
            y -= lh
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 26, footer_left)
        c.drawRightString(w - 36, 26, f"Page {i} of {n}")
        c.showPage()
    c.save()


def paginate(groups, per_page, head_lines=()):
    """groups: list of line lists kept together; head_lines repeat at the top of every page."""
    pages, cur = [], list(head_lines)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head_lines):
            pages.append(cur)
            cur = list(head_lines)
        cur += g
    pages.append(cur)
    return pages


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        samples.append({k: recs[i][k] for k in ["case_number"] + fields if k in recs[i] and k != "case_number"}
                       | {"case_number": recs[i]["case_number"]})
    samples = [{"case_number": s["case_number"], **{k: v for k, v in s.items() if k != "case_number"}}
               for s in samples]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs138.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs138.py) from the records it drew; "
                               "checked by check_blind_logs106.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec["rel"]]


# 1 ------------------------------------------------------------------ Brackton, OH: date once, ditto marks
def brackton(d, r):
    agency = "Brackton Police Department, OH [invented]"
    gt = []
    no, cit = 18300, 400
    for fname, month, n in [("brackton-daily-activity-log-2025-10.pdf", 10, 88),
                            ("brackton-daily-activity-log-2025-11.pdf", 11, 97)]:
        recs, rows = [], []
        last_date = last_loc = last_ofc = None
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            no += r.randint(1, 3)
            loc = last_loc if last_loc and r.random() < 0.3 else addr(r)
            ofc = last_ofc if last_ofc and r.random() < 0.45 else str(r.randint(201, 248))
            disp = r.choice(DISPS)
            rec = {"case_number": f"25-{no}", "reported_at": t.strftime("%m/%d/%y %H%M"), "type": r.choice(TYPES),
                   "location": loc, "disposition": disp, "rel": []}
            if r.random() < 0.15:
                cit += r.randint(1, 9)
                rec["disposition"] = f"Cited C25-{cit:04d}"
                rec["rel"].append(("citation_number", f"C25-{cit:04d}"))
            date = t.strftime("%m/%d/%y")
            rows.append(f"{date if date != last_date else '':<10}{t.strftime('%H%M'):<6}{rec['case_number']:<10}"
                        f"{rec['type']:<32}{loc if loc != last_loc else DQ2:<22}{ofc if ofc != last_ofc else DQ1:<5}"
                        f"{rec['disposition']}")
            last_date, last_loc, last_ofc = date, loc, ofc
            recs.append(rec)
        rows += ["", f"Incidents this period: {n}"]
        head = [f"{'Date':<10}{'Time':<6}{'Case No.':<10}{'Incident':<32}{'Location':<22}{'Ofc':<5}Disposition",
                "-" * 100]
        pages = paginate([[x] for x in rows], 54, head)
        header = [(36, "BRACKTON POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
                  (36, f"Daily Activity Log - {datetime.date(2025, month, 1).strftime('%B %Y')} - Records 555-0142",
                   "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "\" = same as above", fsize=7.6, lh=10.5)
        gt.append(entry(path, agency, "daily activity log (month)", "table with header", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Courier table, header repeated per page. The Date cell (`MM/DD/YY`) is printed only on the "
                        "first row of each day and left blank below it; the Location and Ofc (badge) columns print "
                        "a ditto mark `\"` when the value repeats the row above, and the ditto marks and blank "
                        "dates carry on across page breaks (a page can open with a blank date and `\"`). "
                        "reported_at and location in the ground truth are the implied values (date of the last "
                        "printed date above, location of the last printed location above). Citation numbers "
                        "`C25-NNNN` in the disposition are related. Ends `Incidents this period: N`.",
                        "rows counted by the generator", related_of(recs)))
    return agency, gt


# 2 ------------------------------------------------------------------ Lorimer County, KS: unit rows
def lorimer(d, r):
    agency = "Lorimer County Sheriff's Office, KS [invented]"
    units = ["L12", "L14", "L17", "L21", "L23", "L30", "K9-2", "EMS4", "FD7", "L08"]
    recs, rows, seq, rpt, nunit = [], [], {}, 870, 0
    for t in stamps(r, datetime.datetime(2025, 11, 1), 74, 21):
        key = t.strftime("%y%m%d")
        seq[key] = seq.get(key, 0) + r.randint(1, 4)
        rec = {"case_number": f"{key}-{seq[key]:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": f"{addr(r)}, {r.choice(['Lorimer', 'Tabor', 'Ness Ford', 'rural'])}",
               "disposition": r.choice(DISPS), "rel": []}
        rp = ""
        if r.random() < 0.35:
            rpt += r.randint(1, 3)
            rp = f"SO25-{rpt:04d}"
            rec["rel"].append(("report_number", rp))
        k = r.choice([1, 1, 2, 2, 3, 4])
        us = r.sample(units, k)
        tm = t
        for i, u in enumerate(us):
            e = tm + datetime.timedelta(minutes=r.randint(1, 6))
            a = e + datetime.timedelta(minutes=r.randint(3, 19))
            c = a + datetime.timedelta(minutes=r.randint(5, 70))
            times = f"{u:<7}{e:%H:%M}  {a:%H:%M}  {c:%H:%M}"
            if i == 0:
                rows.append([f"{rec['case_number']:<13}{rec['reported_at']:<18}{rec['type'][:30]:<31}"
                             f"{rec['location']:<30}{times}   {rec['disposition']:<16}{rp}"])
            else:
                rows.append([f"{'':<13}{'':<18}{'':<31}{'':<30}{times}"])
            nunit += 1
        rec["type"] = rec["type"][:30]
        recs.append(rec)
    rows.append([""])
    rows.append([f"Incidents: {len(recs)}    Unit responses: {nunit}"])
    head = [f"{'Incident':<13}{'Received':<18}{'Nature':<31}{'Address':<30}{'Unit':<7}{'Enrt':<7}{'Arrv':<7}"
            f"{'Clr':<8}{'Disposition':<16}Report No.", "=" * 150]
    pages = paginate(rows, 44, head)
    header = [(36, "LORIMER COUNTY SHERIFF'S OFFICE [invented] - CAD INCIDENT LOG WITH UNIT TIMES", "Helvetica-Bold", 10),
              (36, "11/01/2025 00:00 - 11/21/2025 23:59   Dispatch 555-0177", "Helvetica", 8.5)]
    path = d / "lorimer-cad-incident-log-2025-11-01-21.pdf"
    draw_pages(path, landscape(letter), pages, header, "CAD RPT-UNITLOG", fsize=6.6, lh=9.2)
    gt = [entry(path, agency, "CAD incident log with unit times", "table with header", recs,
                ["reported_at", "type", "location", "disposition"],
                "Landscape table, header repeated per page, one row per responding unit. The incident number "
                "(`YYMMDD-NNNN`), received date/time, nature, address, disposition and report number are printed on "
                "the incident's first row only; the rows below it with blank cells and only a unit and its "
                "en-route / arrive / clear times belong to the same incident (2-4 unit rows for about half the "
                "incidents, sometimes across a page break). Report numbers `SO25-NNNN` are related. Ends "
                "`Incidents: N    Unit responses: U`.", "incident-number rows counted by the generator",
                related_of(recs))]
    return agency, gt


# 3 ------------------------------------------------------------------ Harwell, ME: date and beat headings
def harwell(d, r):
    agency = "Harwell Police Department, ME [invented]"
    beats = {"1": "DOWNTOWN", "2": "NORTH SHORE", "3": "MILLYARD", "4": "ROUTE 9 CORRIDOR"}
    no, arr = 4500, 1100
    recs, groups, total = [], [], 0
    days = [datetime.date(2025, 11, 3) + datetime.timedelta(days=i) for i in range(12)]
    for day in days:
        dg = [f"DATE: {day:%m/%d/%Y} ({day:%A})"]
        nday = 0
        for b, bn in beats.items():
            k = r.choice([0, 1, 2, 2, 3, 4])
            dg.append(f"   BEAT {b} - {bn}")
            if not k:
                dg.append("        (nothing logged this beat)")
                continue
            mins = sorted(r.sample(range(1440), k))
            last = None
            for m in mins:
                no += 1
                ofc = last if last and r.random() < 0.5 else f"Ptl. {r.randint(11, 39)}"
                rec = {"case_number": f"HW-25-{no:04d}",
                       "reported_at": f"{day:%m/%d/%Y} {m // 60:02d}{m % 60:02d}", "beat": b,
                       "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS), "rel": []}
                if r.random() < 0.1:
                    arr += r.randint(1, 4)
                    rec["disposition"] = f"Arrest HA25-{arr:04d}"
                    rec["rel"].append(("arrest_number", f"HA25-{arr:04d}"))
                dg.append(f"      {m // 60:02d}{m % 60:02d}  {rec['case_number']:<12}{rec['type']:<32}"
                          f"{rec['location']:<22}{'same' if ofc == last else ofc:<10}{rec['disposition']}")
                last = ofc
                recs.append(rec)
                nday += 1
            dg.append(f"        Beat {b} subtotal: {k}")
        dg.append(f"   Day total: {nday}")
        dg.append("")
        total += nday
        groups.append(dg)
    groups.append([f"PERIOD TOTAL: {total} incidents"])
    pages = paginate([[x] for g in groups for x in g], 60)
    header = [(36, "HARWELL POLICE DEPARTMENT [invented] - DAILY LOG BY BEAT", "Helvetica-Bold", 11),
              (36, "Nov. 3 - Nov. 14, 2025    Front desk 555-0163", "Helvetica", 9),
              (36, "Time  Log No.     Call                            Location              Officer   Action",
               "Courier-Bold", 7.8)]
    path = d / "harwell-daily-log-by-beat-2025-11-03-14.pdf"
    draw_pages(path, letter, pages, header, "Officer 'same' = officer on the line above", fsize=7.8, lh=10)
    gt = [entry(path, agency, "daily log grouped by date and beat", "table with header", recs,
                ["reported_at", "beat", "type", "location", "disposition"],
                "Grouped rows: `DATE: MM/DD/YYYY (Weekday)` printed once per day, `BEAT n - NAME` printed once per "
                "beat under it, then the rows (time, log number `HW-25-NNNN`, call, location, officer, action) "
                "without date or beat; the officer column says `same` for the officer of the row above. Beats "
                "with nothing logged print `(nothing logged this beat)`; `Beat n subtotal: k` and `Day total: k` "
                "lines follow. A day's group can run across a page break with no heading repeated. "
                "reported_at = the heading date + the row time; beat = the heading's beat number. Arrest "
                "numbers `HA25-NNNN` are related. Ends `PERIOD TOTAL: N incidents`.",
                "rows counted by the generator", related_of(recs))]
    return agency, gt


# 4 ------------------------------------------------------------------ Quarry Falls, ID: 'same' and 'do.'
def quarry(d, r):
    agency = "Quarry Falls Police Department, ID [invented]"
    gt = []
    no = 300
    for fname, month, n in [("quarry-falls-case-log-2025-10.pdf", 10, 46), ("quarry-falls-case-log-2025-11.pdf", 11, 52)]:
        recs, groups, nsup = [], [], 0
        last = {"date": None, "ofc": None, "loc": None}
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            no += r.randint(1, 2)
            date = t.strftime("%m/%d/%Y")
            loc = last["loc"] if last["loc"] and r.random() < 0.3 else addr(r)
            ofc = last["ofc"] if last["ofc"] and r.random() < 0.45 else f"Ofc. #{r.randint(20, 44)}"
            rec = {"case_number": f"QF25-{no:04d}", "reported_at": f"{date} {t:%H%M}", "type": r.choice(TYPES),
                   "location": loc, "disposition": r.choice(DISPS), "rel": []}
            g = [[(36, f"Case No.: {rec['case_number']}"), (250, f"Date: {'same' if date == last['date'] else date}"),
                  (420, f"Time: {t:%H%M}")],
                 [(36, f"Officer: {'same' if ofc == last['ofc'] else ofc}"),
                  (250, f"Location: {'do.' if loc == last['loc'] else loc}")],
                 [(36, f"Nature: {rec['type']}")], [(36, f"Action: {rec['disposition']}")], [(36, "-" * 90)]]
            last.update(date=date, ofc=ofc, loc=loc)
            if r.random() < 0.2:
                nsup += 1
                s = t + datetime.timedelta(minutes=r.randint(20, 300))
                sd = s.strftime("%m/%d/%Y")
                note = r.choice(["Owner located, property returned", "Second officer canvassed area",
                                 "Victim called back with serial numbers", "Video obtained from business",
                                 f"See prior case QF24-{r.randint(1000, 1999)}"])
                if note.startswith("See prior"):
                    rec["rel"].append(("prior_case", note.split()[-1]))
                g += [[(36, "Case No.: same (cont'd)"), (250, f"Date: {'same' if sd == date else sd}"),
                       (420, f"Time: {s:%H%M}")],
                      [(36, "Officer: same"), (250, "Location: do.")],
                      [(36, f"Supplement: {note}")], [(36, "-" * 90)]]
                last["date"] = sd
            groups.append(g)
            recs.append(rec)
        groups.append([[(36, f"Entries: {n + nsup} ({n} cases, {nsup} supplements)")]])
        pages = paginate(groups, 58)
        header = [(36, "QUARRY FALLS POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
                  (36, f"Case Log - {datetime.date(2025, month, 1):%B %Y} - typed from the desk book - 555-0119",
                   "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "same / do. = as in the entry above", font="Courier", fsize=8.2, lh=10.6)
        gt.append(entry(path, agency, "typed case log (month)", "labelled blocks", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Labelled blocks separated by a dashed rule (`Case No.:`, `Date:`, `Time:`, `Officer:`, "
                        "`Location:`, `Nature:`, `Action:`). `Date: same`, `Officer: same` and `Location: do.` mean "
                        "the value of the entry above (including an entry on the previous page); the ground truth "
                        "gives the implied values. A block `Case No.: same (cont'd)` with a `Supplement:` line is "
                        "a follow-up entry of the case above, not a new record; prior case numbers `QF24-NNNN` cited "
                        "in supplements are related. Ends `Entries: E (N cases, S supplements)`.",
                        "case blocks counted by the generator", related_of(recs)))
    return agency, gt


# 5 ------------------------------------------------------------------ Ostrander, WV: one row per offence
def ostrander(d, r):
    agency = "Ostrander Police Department, WV [invented]"
    offs = ["DUI 1st offense", "Driving suspended", "Open container", "Possession marijuana < 15 g",
            "Obstructing officer", "Battery", "Destruction of property", "Petit larceny", "Trespass",
            "Disorderly conduct", "Public intoxication", "No proof of insurance", "Fleeing on foot",
            "Possession of paraphernalia", "Brandishing", "Domestic battery"]
    recs, rows, no, an, nl = [], [], 780, 200, 0
    for t in stamps(r, datetime.datetime(2025, 11, 1), 63, 30):
        no += r.randint(1, 3)
        k = r.choice([1, 1, 2, 2, 3, 4])
        ol = r.sample(offs, k)
        loc = f"{r.randint(1, 40) * 100} {r.choice(['Rt 9', 'Pike St', 'Kanaway Blvd', 'Third Ave', 'Coal Hollow Rd'])}"
        status = r.choice(["Closed - arrest", "Open", "Closed - cleared", "Closed - cited", "Inactive"])
        rec = {"case_number": f"25-{no:06d}", "reported_at": t.strftime("%m/%d/%y %H%M"),
               "type": ol if k > 1 else ol[0], "location": loc, "disposition": status, "rel": []}
        arrest = ""
        if status == "Closed - arrest":
            an += r.randint(1, 3)
            arrest = f"A-25-{an:04d}"
            rec["rel"].append(("arrest_number", arrest))
        for i, o in enumerate(ol):
            a = arrest if (i == 0 or r.random() < 0.6) else ""
            if i == 0:
                rows.append([f"{rec['case_number']:<12}{t:%m/%d/%y}  {t:%H%M}  {loc:<22}{o:<30}{a:<12}{status}"])
            else:
                rows.append([f"{' ' + DD:<12}{' ' + DD:<10}{DD:<6}{'   ' + DD:<22}{o:<30}{a:<12} {DD}"])
            nl += 1
        recs.append(rec)
    rows += [[""], [f"Reports: {len(recs)}    Offense lines: {nl}"]]
    head = [f"{'Report No.':<12}{'Date':<10}{'Time':<6}{'Location':<22}{'Offense':<30}{'Arrest No.':<12}Status",
            "-" * 110]
    pages = paginate(rows, 40, head)
    header = [(36, "OSTRANDER POLICE DEPARTMENT [invented] - OFFENSE LISTING", "Helvetica-Bold", 11),
              (36, "Reports taken 11/01/2025 - 11/30/2025, one line per offense   Records 555-0108", "Helvetica", 9)]
    path = d / "ostrander-offense-listing-2025-11.pdf"
    draw_pages(path, landscape(letter), pages, header, "-\"- = same as line above", fsize=8, lh=10.6)
    gt = [entry(path, agency, "offense listing, one line per offense", "table with header", recs,
                ["reported_at", "type", "location", "disposition"],
                "Landscape table, header repeated per page, one line per offense. A report with several offenses "
                "prints its report number, date, time, location and status on the first line; the following "
                "lines carry `-\"-` (ditto) in those columns and only a new offense (and sometimes the arrest "
                "number again), also at the top of a page below the previous page's report. One record per report number; `type` is the list of its offenses. Arrest numbers "
                "`A-25-NNNN` are related. Ends `Reports: N    Offense lines: L`.",
                "report-number lines counted by the generator", related_of(recs))]
    return agency, gt


AGENCIES = [("brackton-oh-pd", 1, brackton), ("lorimer-county-ks-so", 2, lorimer), ("harwell-me-pd", 3, harwell),
            ("quarry-falls-id-pd", 4, quarry), ("ostrander-wv-pd", 5, ostrander)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        for e in gt:
            for s in e["sample_records"]:
                s.pop("rel", None)
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
