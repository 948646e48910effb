"""Generate a held-out set of officers' daily activity reports and patrol log sheets (blind_logs123).

Each PDF compiles one sheet per officer per shift; a sheet lists what that officer did: the
incidents worked (the same incident on the sheet of every officer who worked it, primary or
backup) and activity that is not an incident (meal and coffee breaks, business checks, directed
patrol, self-initiated traffic stops without an incident number, report writing). Five layouts:
a daily activity report table with an activity-code column; deputy daily logs in labelled blocks
with mileage and citation numbers; officers' typed narrative reports (free text); a numbered-line
patrol log form whose long entries continue on the next numbered line; a sheet of time and activity
counts followed by numbered "incidents worked" and "other activity" lists. Every agency, place,
number and record is invented; officers appear by badge number only. Deterministic: fixed seeds,
reportlab invariant mode. Run:
    python tests/documents/blind_logs123/make_blind_logs123.py [OUT_DIR]
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
SEED = 20261223
NATURES = ["Burglary - residence", "Theft from vehicle", "Domestic disturbance", "Suspicious person",
           "Traffic collision - property damage", "Shoplifting", "Alarm - commercial", "Welfare check",
           "Noise complaint", "Vandalism", "Trespass", "Disorderly subject", "Missing juvenile",
           "Found property", "Fraud - check", "Assault - simple", "Hit and run - no injury",
           "Civil standby", "Animal complaint", "Motor vehicle theft", "Intoxicated subject",
           "Harassment - phone", "Juvenile problem", "Reckless driver"]
DISPS = ["Report taken", "Advised", "Arrest made", "Unfounded", "Gone on arrival", "Referred to detectives",
         "Citation issued", "Settled", "Assisted", "Cleared - no report"]
STREETS = ["Birch Ln", "Quarry Rd", "Main St", "Depot St", "Larkin Ave", "Harrow Way", "Fenwick Dr",
           "Millpond Rd", "Orchard St", "Cedar Ct", "Tanner Ave", "Juniper Rd", "Rook Hill Rd",
           "Wexley Blvd", "Station Sq", "Pell Ave", "Kestrel Pkwy", "Arbor St"]
BUSINESSES = ["Grange Hall", "Feed & Seed", "Depot Plaza", "Lakeside Marina", "Elm St bank",
              "Harrow Way strip mall", "Tanner Ave school", "Rook Hill church", "Main St pharmacy"]


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


def draw_pages(path, size, pages, header, footer_left, font="Courier", fsize=8.0, lh=10.5):
    """pages: list of list of lines; a line is a str (drawn at x=36) or a list of (x, str[, font])."""
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
        for line in lines:
            for item in ([(36, line)] if isinstance(line, str) else line):
                c.setFont(item[2] if len(item) > 2 else font, fsize)
                c.drawString(item[0], y, item[1])
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


def addr(r):
    return f"{r.randint(1, 48) * 10 + r.choice([0, 2, 4, 6, 8])} {r.choice(STREETS)}"


def shifts_of(r, dates, shifts, per_shift, n_off, new_id, cap):
    """Build incidents and officer sheets.

    shifts: [(name, start_hour, hours)]. Returns (sheets, incidents) where a sheet is a dict
    (date, shift, badge, unit, entries) and an entry is ("inc", rec, role) or ("other", kind, minute).
    Incidents worked by several officers of the shift are on each of their sheets.
    """
    sheets, incs = [], []
    badges = sorted(r.sample(range(1100, 1399), 14))
    for date in dates:
        for name, start, hours in shifts:
            offs = sorted(r.sample(badges, n_off))
            sh = [{"date": date, "shift": (name, start, hours), "badge": b, "unit": f"{r.randint(2, 4)}A{r.randint(10, 39)}",
                   "entries": []} for b in offs]
            k = r.randint(*per_shift)
            mins = sorted(r.sample(range(10, hours * 60 - 40), k))
            free_at = [0] * n_off
            for m in mins:
                if len(incs) >= cap:
                    break
                t = datetime.datetime.combine(date, datetime.time(start)) + datetime.timedelta(minutes=m)
                rec = {"case_number": new_id(), "t": t, "type": r.choice(NATURES), "location": addr(r),
                       "disposition": r.choice(DISPS), "rel": []}
                if rec["disposition"] == "Arrest made":
                    num = f"AR-25-{r.randint(1000, 1999)}"
                    rec["disposition"] += f" ({num})"
                    rec["rel"].append(("arrest_number", num))
                elif rec["disposition"] == "Citation issued":
                    num = f"CT {r.randint(300000, 399999)}"
                    rec["disposition"] += f" ({num})"
                    rec["rel"].append(("citation_number", num))
                free = sorted(range(n_off), key=lambda w: (free_at[w] > m, r.random()))
                who = free[:r.choice([1, 1, 1, 2, 2, 3])]
                for w in who:
                    free_at[w] = m + r.randint(20, 45)
                for j, w in enumerate(who):
                    sh[w]["entries"].append(("inc", rec, "Primary" if j == 0 else "Backup", m))
                incs.append(rec)
            for s in sh:
                busy = {e[3] for e in s["entries"]}
                kinds = ["MEAL", "BREAK", "BCHK", "PATROL", "TSTOP", "REPORT", "BREAK", "BCHK"]
                for kind in r.sample(kinds, r.randint(3, 6)):
                    m = r.randrange(5, hours * 60 - 20)
                    if all(abs(m - b) > 12 for b in busy):
                        busy.add(m)
                        s["entries"].append(("other", kind, None, m))
                s["entries"].sort(key=lambda e: e[3])
            sheets += sh
    return sheets, incs


def hhmm(date, start, m, colon=False):
    t = datetime.datetime.combine(date, datetime.time(start)) + datetime.timedelta(minutes=m)
    return t.strftime("%H:%M" if colon else "%H%M")


def order_of(sheets):
    """Incidents in order of first appearance in print."""
    seen, out = set(), []
    for s in sheets:
        for e in s["entries"]:
            if e[0] == "inc" and e[1]["case_number"] not in seen:
                seen.add(e[1]["case_number"])
                out.append(e[1])
    return out


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        samples.append({"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}})
    related = [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec["rel"]]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs123.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs123.py) from the records it drew; "
                               "checked by check_blind_logs123.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def counter(start, fmt, r, step=(1, 3)):
    box = [start]

    def nxt():
        box[0] += r.randint(*step)
        return fmt.format(box[0])
    return nxt


# 1 ------------------------------------------------------------------ Ashgrove, KS: DAR table
def ashgrove(d, r):
    agency = "Ashgrove Police Department, KS [invented]"
    gt = []
    new_id = counter(4480, "AG25-{:06d}", r)
    dar = [7710]
    other_txt = {"MEAL": ("MEAL", "Meal break (10-7)", "Station"), "BREAK": ("BRK", "Coffee break", "Station"),
                 "BCHK": ("BCHK", "Business check", None), "PATROL": ("DP", "Directed patrol", None),
                 "TSTOP": ("TS", "Traffic stop - warning", None), "REPORT": ("RPT", "Report writing", "Station")}
    for fname, day in [("ashgrove-daily-activity-reports-2025-11-03.pdf", 3),
                       ("ashgrove-daily-activity-reports-2025-11-04.pdf", 4)]:
        date = datetime.date(2025, 11, day)
        sheets, _ = shifts_of(r, [date], [("Days 0600-1600", 6, 10), ("Evenings 1400-2400", 14, 10)],
                              (26, 34), 5, new_id, 150)
        recs = order_of(sheets)
        for rec in recs:
            rec["reported_at"] = f"{date.strftime('%m/%d/%Y')} {rec['t'].strftime('%H%M')}"
        head = [f"{'Time':<6}{'Code':<6}{'Incident No.':<14}{'Role':<9}{'Nature / Activity':<38}{'Location':<24}Disposition",
                "-" * 124]
        groups, nlines = [], 0
        for s in sheets:
            dar[0] += 1
            name, start, hours = s["shift"]
            g = [[(36, f"DAILY ACTIVITY REPORT  DAR-{dar[0]}   Officer Badge {s['badge']}   Unit {s['unit']}   "
                       f"{date.strftime('%m/%d/%Y')}   Shift: {name}", "Courier-Bold")], head[0], head[1]]
            ninc = 0
            for e in s["entries"]:
                t = hhmm(date, start, e[3])
                if e[0] == "inc":
                    rec = e[1]
                    ninc += 1
                    g.append(f"{t:<6}{'CFS':<6}{rec['case_number']:<14}{e[2]:<9}{rec['type']:<38}{rec['location']:<24}"
                             f"{rec['disposition']}")
                else:
                    code, txt, loc = other_txt[e[1]]
                    loc = loc or (r.choice(BUSINESSES) if e[1] == "BCHK" else addr(r))
                    g.append(f"{t:<6}{code:<6}{'--':<14}{'Self':<9}{txt:<38}{loc:<24}"
                             f"{'Secure' if code == 'BCHK' else 'Complete'}")
                nlines += 1
            g.append(f"      Calls for service: {ninc}   Other activity: {len(s['entries']) - ninc}   "
                     f"Officer signature: ________   Supervisor: Sgt. Badge {r.randint(1400, 1499)}")
            groups.append(g + [""])
        groups.append([f"Reports compiled: {len(sheets)}   Activity lines: {nlines}   Distinct incidents: {len(recs)}"])
        pages = paginate(groups, 44)
        header = [(36, "ASHGROVE POLICE DEPARTMENT [invented] - PATROL DIVISION", "Helvetica-Bold", 11),
                  (36, f"Officers' Daily Activity Reports compiled for {date.strftime('%A, %B %d, %Y')} - "
                       "Records Unit 555-0131", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "Compiled DAR packet - codes: CFS call for service, "
                   "MEAL, BRK break, BCHK business check, DP directed patrol, TS traffic stop, RPT report writing",
                   fsize=7.5, lh=9.6)
        gt.append(entry(path, agency, "officers' daily activity reports compiled for one day", "table with header",
                        recs, ["reported_at", "type", "location", "disposition"],
                        "One report per officer per shift, each headed `DAILY ACTIVITY REPORT DAR-NNNN Officer Badge "
                        "NNNN Unit 3A17 MM/DD/YYYY Shift: ...` with its own column header (Time, Code, Incident No., "
                        "Role, Nature / Activity, Location, Disposition). Only `CFS` lines carry an incident number "
                        "`AG25-NNNNNN`; MEAL, BRK, BCHK, DP, TS and RPT lines (`--` for the number) are not incidents. "
                        "An incident worked by several officers is printed on each officer's report (Primary / Backup) "
                        "with the same number, time, nature, location and disposition: one record; case_numbers follow "
                        "first appearance in print. DAR numbers and badges are not ids. reported_at = report date + "
                        "time. Ends `Reports compiled: S   Activity lines: L   Distinct incidents: N`.",
                        "distinct incident numbers counted by the generator"))
    return agency, gt


# 2 ------------------------------------------------------------------ Tolliver County, WY: deputy log blocks
def tolliver(d, r):
    agency = "Tolliver County Sheriff's Office, WY [invented]"
    new_id = counter(1160, "TC-25-{:05d}", r)
    cit = [3310]
    dates = [datetime.date(2025, 11, x) for x in (10, 11, 12)]
    sheets, _ = shifts_of(r, dates, [("Day Shift 0700-1700", 7, 10), ("Night Shift 1700-0300", 17, 10)],
                          (7, 11), 4, new_id, 150)
    recs = order_of(sheets)
    for rec in recs:
        rec["reported_at"] = rec["t"].strftime("%m/%d/%Y %H:%M")
    groups = []
    other = {"MEAL": "Meal Break", "BREAK": "Break", "BCHK": "Self-Initiated - Business Check",
             "PATROL": "Self-Initiated - Area Patrol", "TSTOP": "Self-Initiated - Traffic Stop",
             "REPORT": "Administrative - Report Writing"}
    for s in sheets:
        name, start, hours = s["shift"]
        miles = r.randint(40000, 89000)
        g = [[(36, f"DEPUTY DAILY LOG   Deputy #{s['badge']}   Car {r.randint(11, 38)}   "
                   f"{s['date'].strftime('%m/%d/%Y')}   {name}", "Helvetica-Bold")],
             [(36, f"Start mileage: {miles}   End mileage: {miles + r.randint(60, 240)}   "
                   f"Radio call sign: {s['unit']}")], ""]
        for k, e in enumerate(s["entries"], 1):
            t0 = hhmm(s["date"], start, e[3], True)
            t1 = hhmm(s["date"], start, e[3] + r.randint(12, 70), True)
            if e[0] == "inc":
                rec = e[1]
                role = "Primary" if e[2] == "Primary" else "Backup"
                g += [[(36, f"Entry {k}"), (90, f"Time: {t0} - {t1}"), (300, f"Case No.: {rec['case_number']}")],
                      [(90, "Activity: Call for Service"), (300, f"Role: {role}")],
                      [(90, f"Received: {rec['reported_at']}   Nature: {rec['type']}")],
                      [(90, f"Location: {rec['location']}")],
                      [(90, f"Result: {rec['disposition']}")], ""]
            else:
                act = other[e[1]]
                extra = ""
                if e[1] == "TSTOP":
                    cit[0] += r.randint(1, 4)
                    extra = f"   Citation/Warning No.: W-25-{cit[0]:05d}"
                loc = "Sheriff's Office" if e[1] in ("MEAL", "BREAK", "REPORT") else addr(r)
                g += [[(36, f"Entry {k}"), (90, f"Time: {t0} - {t1}"), (300, "Case No.: N/A")],
                      [(90, f"Activity: {act}{extra}")],
                      [(90, f"Location: {loc}")], ""]
        g.append([(36, f"Entries: {len(s['entries'])}   Deputy signature ______   Reviewed: Sgt. #{r.randint(1500, 1599)}")])
        g.append([(36, "_" * 100)])
        groups.append(g)
    groups.append(["", f"Deputy daily logs in this packet: {len(sheets)}   Calls for service (distinct case numbers): {len(recs)}"])
    pages = paginate([[x] for g in groups for x in g], 60)
    header = [(36, "TOLLIVER COUNTY SHERIFF'S OFFICE [invented] - PATROL", "Helvetica-Bold", 11),
              (36, "Deputy Daily Logs 11/10/2025 - 11/12/2025 - released by Records, 555-0152", "Helvetica", 9)]
    path = d / "tolliver-deputy-daily-logs-2025-11-10-12.pdf"
    draw_pages(path, letter, pages, header, "Deputy daily log packet - deputies by badge number only",
               font="Helvetica", fsize=8.5, lh=10.6)
    gt = [entry(path, agency, "deputy daily logs compiled for three days", "labelled blocks", recs,
                ["reported_at", "type", "location", "disposition"],
                "One log per deputy per shift (`DEPUTY DAILY LOG Deputy #NNNN Car NN date shift`, then start and end "
                "mileage, five-digit numbers). Each entry is a labelled block `Entry k  Time: HH:MM - HH:MM  Case No.: "
                "...`; only blocks with a case number `TC-25-NNNNN` are incidents, the others say `Case No.: N/A` "
                "(meal, break, business check, area patrol, report writing, self-initiated traffic stops with a "
                "`Citation/Warning No.: W-25-NNNNN` that belongs to no incident). An incident worked by two or three "
                "deputies has a block on each deputy's log (Role Primary / Backup, own entry number and end time) with the "
                "same case number, received time, nature, location and result: one record, in order of first "
                "appearance. Blocks run over page breaks. Ends `Deputy daily logs in this packet: S   Calls for "
                "service (distinct case numbers): N`.",
                "distinct case numbers counted by the generator")]
    return agency, gt


# 3 ------------------------------------------------------------------ Quarry Hill, VT: narrative reports
def wrap(text, width):
    chunks, cur = [], ""
    for wd in text.split():
        if len(cur) + len(wd) + 1 > width:
            chunks.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd).strip()
    return chunks + [cur]


def quarry(d, r):
    agency = "Quarry Hill Police Department, VT [invented]"
    new_id = counter(412, "QH2511-{:04d}", r)
    dates = [datetime.date(2025, 11, x) for x in (14, 15, 16)]
    sheets, _ = shifts_of(r, dates, [("Day 0700-1500", 7, 8), ("Evening 1500-2300", 15, 8)],
                          (6, 10), 3, new_id, 150)
    recs = order_of(sheets)
    lines, _seen = [], set()
    for rec in recs:
        rec["reported_at"] = rec["t"].strftime("%m/%d/%Y %H%M")
    for s in sheets:
        name, start, hours = s["shift"]
        lines.append([(36, f"Officer's Daily Report - {s['date'].strftime('%A, %B %d, %Y')} - {name} - "
                           f"Ofc. #{s['badge']}, car {s['unit']}", "Helvetica-Bold")])
        for e in s["entries"]:
            t = hhmm(s["date"], start, e[3])
            if e[0] == "inc":
                rec = e[1]
                if e[2] == "Primary":
                    text = (f"Dispatched: {rec['type']} at {rec['location']}, Incident #{rec['case_number']}. "
                            f"Disposition: {rec['disposition']}.")
                else:
                    text = (f"Backed up Ofc. #{next(x['badge'] for x in sheets if x is not s and x['date'] == s['date'] and x['shift'] == s['shift'] and any(y[0] == 'inc' and y[1] is rec and y[2] == 'Primary' for y in x['entries']))} "
                            f"on Incident #{rec['case_number']}, {rec['type']} at {rec['location']}. "
                            f"Disposition: {rec['disposition']}.")
                    text = text.replace("  ", " ")
            else:
                text = {"MEAL": "10-7 meal break, Depot St diner.",
                        "BREAK": "Coffee break at the station.",
                        "BCHK": f"Self-initiated business checks, {r.choice(BUSINESSES)} and {r.choice(BUSINESSES)}, all secure.",
                        "PATROL": f"Directed patrol, school zone on {r.choice(STREETS)}, {r.randint(2, 9)} vehicles monitored.",
                        "TSTOP": f"Traffic stop, {r.choice(STREETS)} at {r.choice(STREETS)}, {r.randint(40, 58)} in a 35, "
                                 f"verbal warning; no incident number drawn.",
                        "REPORT": f"Report writing at the station, {r.randint(2, 4)} reports."}[e[1]]
            ch = wrap(text, 96)
            lines.append([(36, t), (72, ch[0])])
            lines += [[(72, c)] for c in ch[1:]]
        lines.append([(72, f"End of shift. Mileage {r.randint(40, 130)}.")])
        lines.append("")
    lines.append([(36, f"Incident numbers drawn on the reports above: {len(recs)}")])
    pages = paginate([[x] for x in lines], 62)
    header = [(36, "QUARRY HILL POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
              (36, "Officers' Daily Reports, November 14-16, 2025, as typed - Records 555-0176", "Helvetica", 9)]
    path = d / "quarry-hill-officers-daily-reports-2025-11-14-16.pdf"
    draw_pages(path, letter, pages, header, "Daily reports - officers by badge number", font="Helvetica",
               fsize=8.5, lh=10.8)
    gt = [entry(path, agency, "officers' typed daily reports compiled for three days", "free text", recs,
                ["reported_at", "type", "location", "disposition"],
                "A bold heading per officer per shift (`Officer's Daily Report - Friday, November 14, 2025 - Day "
                "0700-1500 - Ofc. #NNNN, car 3A12`), then entries: four-digit time, prose wrapped under the text. An "
                "entry is an incident when its prose names `Incident #QH2511-NNNN`: `Dispatched: <nature> at "
                "<address>, Incident #... Disposition: ...` on the primary officer's report, `Backed up Ofc. #NNNN on "
                "Incident #..., <nature> at <address>. Disposition: ...` on each backup's report (same number, time, "
                "nature, address): one record, in order of first appearance. Meal, coffee break, business checks, "
                "directed patrol, report writing and self-initiated traffic stops (`no incident number drawn`) are "
                "not incidents; speeds, house numbers, badge numbers and `End of shift. Mileage NN.` are not ids. "
                "reported_at = date of the heading + entry time. Ends `Incident numbers drawn on the reports above: N`.",
                "incident entries counted by the generator")]
    return agency, gt


# 4 ------------------------------------------------------------------ Brindle Falls, NC: numbered-line form
def brindle(d, r):
    agency = "Brindle Falls Police Department, NC [invented]"
    gt = []
    new_id = counter(31440, "25-{:05d}", r)
    for fname, days in [("brindle-falls-patrol-log-sheets-2025-11-20-21.pdf", (20, 21)),
                        ("brindle-falls-patrol-log-sheets-2025-11-22-23.pdf", (22, 23))]:
        dates = [datetime.date(2025, 11, x) for x in days]
        sheets, _ = shifts_of(r, dates, [("A Watch 0600-1800", 6, 12)], (21, 25), 6, new_id, 150)
        recs = order_of(sheets)
        for rec in recs:
            rec["reported_at"] = rec["t"].strftime("%m/%d/%Y %H%M")
        groups = []
        head = f"{'Ln':>3}  {'Time':<6}{'Event No.':<11}{'Activity':<28}{'Location':<26}{'Disp':<30}Odometer"
        for s in sheets:
            name, start, hours = s["shift"]
            odo = r.randint(50000, 79999)
            g = [[(36, f"PATROL LOG SHEET   Officer #{s['badge']}   Beat {r.randint(1, 6)}   Vehicle {r.randint(301, 348)}   "
                       f"Date {s['date'].strftime('%m/%d/%Y')}   {name}", "Courier-Bold")], head, "  " + "=" * 128]
            ln = 0
            for e in s["entries"]:
                t = hhmm(s["date"], start, e[3])
                odo += r.randint(2, 14)
                ln += 1
                if e[0] == "inc":
                    rec = e[1]
                    act = rec["type"] + (" (backup)" if e[2] == "Backup" else "")
                    loc = rec["location"]
                    disp = rec["disposition"]
                    parts = wrap(act, 26)
                    g.append(f"{ln:>3}  {t:<6}{rec['case_number']:<11}{parts[0]:<28}{loc:<26}{disp:<30}{odo}")
                    for extra in parts[1:]:
                        ln += 1
                        g.append(f"{ln:>3}  {'':<6}{'':<11}{extra:<28}{'(cont.)':<26}")
                else:
                    txt = {"MEAL": "Meal", "BREAK": "Break", "BCHK": "Business checks", "PATROL": "Area patrol",
                           "TSTOP": "Traffic stop - warning", "REPORT": "Reports at HQ"}[e[1]]
                    loc = "HQ" if e[1] in ("MEAL", "BREAK", "REPORT") else addr(r)
                    g.append(f"{ln:>3}  {t:<6}{'- none -':<11}{txt:<28}{loc:<26}{'':<30}{odo}")
            while ln < 24:
                ln += 1
                g.append(f"{ln:>3}")
            g.append(f"     Odometer start/end: {odo - r.randint(80, 160)} / {odo}     Events with numbers: "
                     f"{sum(1 for e in s['entries'] if e[0] == 'inc')}")
            groups.append(g + [""])
        groups.append([f"Sheets: {len(sheets)}   Distinct event numbers: {len(recs)}"])
        pages = paginate([[x] for g in groups for x in g], 50)
        header = [(36, "BRINDLE FALLS POLICE DEPARTMENT [invented] - PATROL LOG SHEETS", "Helvetica-Bold", 11),
                  (36, f"Form PD-14 (rev. 2019) - {dates[0].strftime('%m/%d/%Y')} - {dates[-1].strftime('%m/%d/%Y')}"
                       " - copies from Records, 555-0108", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "PD-14 patrol log - one sheet per officer per watch",
                   fsize=7.5, lh=9.4)
        gt.append(entry(path, agency, "patrol log sheets (form PD-14) compiled for two days", "table with header",
                        recs, ["reported_at", "type", "location", "disposition"],
                        "One form per officer per watch: `PATROL LOG SHEET Officer #NNNN Beat N Vehicle NNN Date ... "
                        "A Watch 0600-1800`, column titles, then numbered lines 1-24 (`Ln`), unused lines printed "
                        "with their number only. Only lines with an event number `25-NNNNN` are incidents; `- none -` "
                        "lines (meal, break, business checks, area patrol, traffic stop, reports) are not. A long "
                        "activity wraps onto the NEXT numbered line (no time, no number, location `(cont.)`), which is "
                        "the same record. The last column is a five-digit odometer reading, and each form ends with "
                        "`Odometer start/end`; neither is an id. The same event is on the form of every officer who "
                        "worked it (`(backup)` after the activity): one record, in order of first appearance; its type "
                        "is the activity without `(backup)`. Forms run over page breaks without a repeated column "
                        "header. reported_at = form date + time. Ends `Sheets: S   Distinct event numbers: N`.",
                        "distinct event numbers counted by the generator"))
    return agency, gt


# 5 ------------------------------------------------------------------ Marlow Junction, ID: counts then lists
def marlow(d, r):
    agency = "Marlow Junction County Sheriff's Office, ID [invented]"
    new_id = counter(20400, "MJ25-{:05d}", r, (1, 6))
    dates = [datetime.date(2025, 11, x) for x in (24, 25)]
    sheets, _ = shifts_of(r, dates, [("Day 0600-1600", 6, 10), ("Swing 1400-2400", 14, 10)],
                          (9, 14), 4, new_id, 150)
    recs = order_of(sheets)
    for rec in recs:
        rec["reported_at"] = rec["t"].strftime("%m/%d/%Y %H:%M")
    lines = []
    words = {"MEAL": "Meal break (30 min), Junction Cafe", "BREAK": "Break, substation",
             "BCHK": "Business check", "PATROL": "Area patrol, rural district", "TSTOP": "Traffic stop, warning issued",
             "REPORT": "Report writing, substation"}
    for s in sheets:
        name, start, hours = s["shift"]
        incs = [e for e in s["entries"] if e[0] == "inc"]
        oth = [e for e in s["entries"] if e[0] != "inc"]
        cnt = {k: sum(1 for e in oth if e[1] == k) for k in words}
        lines += [[(36, f"DEPUTY ACTIVITY SHEET - Deputy #{s['badge']} - {s['date'].strftime('%m/%d/%Y')} - {name}",
                    "Helvetica-Bold")],
                  [(36, f"TIME SUMMARY:  Patrol {r.randint(8, 14) / 2:.1f} h   Calls {len(incs) * 0.5:.1f} h   "
                        f"Meal {cnt['MEAL'] * 0.5:.1f} h   Breaks {cnt['BREAK'] * 0.25:.2f} h")],
                  [(36, f"ACTIVITY COUNTS:  Calls {len(incs)}   Self-initiated {cnt['BCHK'] + cnt['PATROL'] + cnt['TSTOP']}   "
                        f"Traffic stops {cnt['TSTOP']}   Bus. checks {cnt['BCHK']}   Meals {cnt['MEAL']}   "
                        f"Breaks {cnt['BREAK']}   Miles {r.randint(40, 190)}")],
                  [(36, "INCIDENTS WORKED", "Helvetica-Bold")]]
        if not incs:
            lines.append([(54, "(none)")])
        for k, e in enumerate(incs, 1):
            rec = e[1]
            lines.append([(54, f"{k}. {rec['case_number']}   {rec['reported_at']}   {rec['type']}   ({e[2]})")])
            lines.append([(68, f"{rec['location']} - Disposition: {rec['disposition']}")])
        lines.append([(36, "OTHER ACTIVITY (NO INCIDENT NUMBER)", "Helvetica-Bold")])
        for k, e in enumerate(oth, 1):
            extra = f" - {r.choice(BUSINESSES)}" if e[1] == "BCHK" else ""
            lines.append([(54, f"{k}. {hhmm(s['date'], start, e[3], True)}   {words[e[1]]}{extra}")])
        lines.append("")
    lines.append([(36, f"Activity sheets: {len(sheets)}    Incidents (each counted once): {len(recs)}")])
    pages = paginate([[x] for x in lines], 60)
    header = [(36, "MARLOW JUNCTION COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 11),
              (36, "Deputy Activity Sheets, 11/24/2025 - 11/25/2025 - Patrol Division, 555-0190", "Helvetica", 9)]
    path = d / "marlow-junction-deputy-activity-sheets-2025-11-24-25.pdf"
    draw_pages(path, letter, pages, header, "Activity sheets as submitted", font="Helvetica", fsize=8.5, lh=10.6)
    gt = [entry(path, agency, "deputy activity sheets compiled for two days", "numbered paragraphs", recs,
                ["reported_at", "type", "location", "disposition"],
                "One sheet per deputy per shift: a heading, a `TIME SUMMARY` line (hours) and an `ACTIVITY COUNTS` line "
                "(counts that are not records), then two numbered lists whose numbering restarts at 1 on every sheet "
                "and in every list: `INCIDENTS WORKED` (`k. MJ25-NNNNN   MM/DD/YYYY HH:MM   <type>   (Primary)` and an "
                "indented second line `<location> - Disposition: ...`) and `OTHER ACTIVITY (NO INCIDENT NUMBER)` "
                "(`k. HH:MM <meal, break, business check, patrol, traffic stop>`), which are not incidents. An incident "
                "worked by several deputies is listed on each sheet (Primary / Backup): one record, in order of first "
                "appearance. Ends `Activity sheets: S    Incidents (each counted once): N`.",
                "distinct incident numbers counted by the generator")]
    return agency, gt


AGENCIES = [("ashgrove-ks-pd", 1, ashgrove), ("tolliver-county-wy-so", 2, tolliver),
            ("quarry-hill-vt-pd", 3, quarry), ("brindle-falls-nc-pd", 4, brindle),
            ("marlow-junction-id-so", 5, marlow)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
