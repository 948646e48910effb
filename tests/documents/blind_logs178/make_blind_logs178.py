"""Generate a held-out set of daily incident logs bound into one monthly packet (blind_logs178).

Five agencies, five layouts, one trap each, all of them about daily logs bound together: every day's log
is a short report of its own, with its own title block, header and page numbering restarting at `Page 1`,
days with no reportable incidents, and a contents page at the front of most packets. The traps: a
contents page listing each day's first and last incident number beside its date, count and page; labelled
blocks broken over a day's pages with the case number printed again on the continuation page; daily logs
printed by three shifts in three layouts (the id column moving); days reissued as `REVISED` logs printed
right after the first issue; daily report numbers shaped like incident numbers. Everything is invented.
Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs178/make_blind_logs178.py [OUT_DIR]
"""

import copy
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
SEED = 2026178
D = "\u2014"
PW, PH = letter  # 612 x 792
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to CID", "Unfounded", "Cleared",
         "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Quarrystone Road", "Quarrystone Rd"), ("Tamsin Avenue", "Tamsin Ave"), ("Larkmoor Drive", "Larkmoor Dr"),
           ("Fennick Street", "Fennick St"), ("Old Weir Road", "Old Weir Rd"), ("Cobbler Lane", "Cobbler Ln"),
           ("Hollins Court", "Hollins Ct"), ("Brackwater Way", "Brackwater Way"), ("Mill Pond Road", "Mill Pond Rd"),
           ("Sorrel Street", "Sorrel St"), ("Ironbridge Avenue", "Ironbridge Ave"), ("Pinchot Road", "Pinchot Rd")]
PLACES = ["Transit center", "Library annex", "Rodeo grounds", "High school lot", "Boat launch", "Grange hall"]


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


def make_days(r, first, ndays, per_day, empty, short=False, upper=False, ranges=True):
    """[(date, [record dicts])] per day; a record has reported `dt`, occurred `occ` (None, a time or a range)."""
    days = []
    for d in range(ndays):
        day = first + datetime.timedelta(days=d)
        k = 0 if d in empty else r.randint(*per_day)
        recs = []
        for m in sorted(r.sample(range(10, 1440 - 10), k)):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.35 and ranges:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.7:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "rel": []})
        days.append((day, recs))
    return days


def number(days, r, fmt, start, steps=(1, 1, 2)):
    seq = start
    for _, recs in days:
        for rec in recs:
            seq += r.choice(steps)
            rec["case_number"] = fmt.format(seq)
    return seq


def set_times(rec, fmt):
    """The printed reported / occurred values, in the document's own date format."""
    rec["reported_at"] = rec["dt"].strftime(fmt)
    occ = rec["occ"]
    for k in ("occurred_at", "occurred_from", "occurred_to"):
        rec.pop(k, None)
    if occ and occ[0] == "at":
        rec["occurred_at"] = occ[1].strftime(fmt)
    elif occ:
        rec["occurred_from"], rec["occurred_to"] = occ[1].strftime(fmt), occ[2].strftime(fmt)


def draw(path, pages):
    """Items: (y, x, text, font, size); text None is a rule from x to the page width - x at y; text `\\0H` the
    same rule at y + size + 1 (over a grid row); text `\\0V` a vertical line at x from y + size + 1 down by
    `font` points (the height of a grid row)."""
    c = new_canvas(path)
    for items in pages:
        for y, x, text, font, fs in items:
            c.setLineWidth(0.5)
            if text is None:
                c.line(x, y, PW - x, y)
            elif text == "\0V":
                c.line(x, y + fs + 1, x, y + fs + 1 - font)
            elif text == "\0H":
                c.line(x, y + fs + 1, PW - x, y + fs + 1)
            else:
                c.setFont(font, fs)
                c.drawString(x, y, text)
        c.showPage()
    c.save()


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


def centre(text, font, size):
    return (PW - stringWidth(text, font, size)) / 2


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, lead) lines on the current page of one day's report, breaking to
    a new page when they do not fit (whole when keep=True; when a block breaks, `cont` lines open the new
    page); finish() adds the footers (page k of m of the day) and returns the pages."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0, cont=None):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        used = []
        for x, text, font, fs, lead in lines:
            if state["y"] < bottom:
                new_page()
                for cx, ct, cf, cs, cl in (cont or []) if used else []:
                    pages[-1].append((state["y"], cx, ct, cf, cs))
                    state["y"] -= cl
            pages[-1].append((state["y"], x, text, font, fs))
            if text is not None and (not used or used[-1] != len(pages) - 1):
                used.append(len(pages) - 1)
            state["y"] -= lead
        state["y"] -= gap
        return used

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def row(cols, vals, font, size, lead, right=PW - 30):
    """One table row on one baseline; asserts every value fits its column."""
    out = []
    for k, ((_, x), v) in enumerate(zip(cols, vals)):
        nxt = cols[k + 1][1] if k + 1 < len(cols) else right
        assert x + stringWidth(v, font, size) < nxt - 3, (v, x, nxt)
        out.append((x, v, font, size, 0))
    out[-1] = out[-1][:4] + (lead,)
    return out


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, days_info, notes, count_check, fields):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs178.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "daily_reports": days_info,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs178.py) from the records it drew, in "
                               "reading order, each incident once (a day reissued as REVISED counts once, with "
                               "the revised values); checked by check_blind_logs178.py against `pdftotext -layout` "
                               "text of the pages",
        "record_count_check": count_check, "notes": notes,
    }


def long_date(day):
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def assemble(front, reports):
    """Packet pages: front pages, then each day's pages; returns pages and each report's first page (1-based)."""
    pages, first = list(front), []
    for rp in reports:
        first.append(len(pages) + 1)
        pages += rp
    return pages, first


# 1 ------------------------------------------------------------------ Brindlecombe, VT: contents with first/last no.
def brindlecombe(d, r):
    agency = "Brindlecombe Police Department, VT [invented]"
    days = make_days(r, datetime.datetime(2026, 3, 1), 31, (1, 5), {6, 14, 22, 27}, short=True, ranges=False)
    number(days, r, "26-{:05d}", 400 + r.randint(0, 30))
    F, S, L = "Helvetica", 8.5, 14
    cols = [("Case No.", 40), ("Reported", 100), ("Occurred", 172), ("Incident Type", 244), ("Location", 350),
            ("Disposition", 488)]
    reports = []
    for day, recs in days:
        for rec in recs:
            set_times(rec, "%m/%d/%y %H:%M")

        def header(k, day=day):
            return [(PH - 46, 40, "BRINDLECOMBE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                    (PH - 64, 40, f"Daily Incident Log {D} {long_date(day)}", "Helvetica", 11),
                    (PH - 78, 40, f"Records Section 555-0131  \u00b7  Prepared {day + datetime.timedelta(days=1):%m/%d/%Y}"
                     " 06:00 by the midnight shift", "Helvetica", 8.5),
                    (PH - 86, 40, None, F, S)] + [(PH - 100, x, t, "Helvetica-Bold", 8.5) for t, x in cols] + [
                    (PH - 105, 40, None, F, S)]

        def footer(k, m, day=day):
            return [(40, 40, f"Brindlecombe PD [invented]  \u00b7  Daily Incident Log {day:%m/%d/%Y}", "Helvetica", 8),
                    (40, 510, f"Page {k} of {m}", "Helvetica", 8.5)]

        add, finish = paginate(header, footer, PH - 120, 60)
        for rec in recs:
            add(row(cols, [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"],
                           rec["location"], rec["disposition"]], F, S, L))
        if not recs:
            add([(100, "No reportable incidents.", "Helvetica-Oblique", 9.5, L)])
        add([(40, None, F, S, 12), (40, f"Incidents this day: {len(recs)}", "Helvetica-Bold", 9, L)])
        reports.append(finish())
    pages, first = assemble([[]], reports)
    toc = [(PH - 46, 40, "BRINDLECOMBE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
           (PH - 64, 40, "Daily Incident Logs, March 2026  \u00b7  Contents", "Helvetica", 11),
           (PH - 78, 40, "One daily log per calendar day, bound in date order. Records Section 555-0131.",
            "Helvetica", 8.5),
           (PH - 86, 40, None, F, S)]
    tcols = [("Date", 40), ("Day", 110), ("Incidents", 190), ("First No.", 260), ("Last No.", 340), ("Page", 420)]
    toc += [(PH - 100, x, t, "Helvetica-Bold", 9) for t, x in tcols] + [(PH - 105, 40, None, F, S)]
    y = PH - 120
    info = []
    for (day, recs), pg in zip(days, first):
        fa = recs[0]["case_number"] if recs else D
        la = recs[-1]["case_number"] if recs else D
        for (_, x), v in zip(tcols, [f"{day:%m/%d/%Y}", f"{day:%A}", str(len(recs)), fa, la, str(pg)]):
            toc.append((y, x + (30 if v.isdigit() and x in (190, 420) else 0), v, "Helvetica", 9))
        info.append({"date": f"{day:%m/%d/%Y}", "incidents": len(recs), "first_page": pg, "pages": len(
            reports[len(info)])})
        y -= 17
    n = sum(len(recs) for _, recs in days)
    toc += [(y - 4, 40, None, F, S), (y - 20, 40, f"Total incidents, March 2026: {n}", "Helvetica-Bold", 10)]
    assert y - 20 > 40
    pages[0] = toc
    assert 40 <= n <= 150
    recs = [rec for _, rs in days for rec in rs]
    path = d / "brindlecombe-daily-incident-logs-2026-03.pdf"
    draw(path, pages)
    one = [rs[0]["case_number"] for _, rs in days if len(rs) == 1]
    ex = next((day, rs) for day, rs in days if len(rs) > 2)
    return [entry(path, agency, "monthly packet of daily incident logs with a contents page", "table with header",
                  recs, info,
                  "Thirty-one daily incident logs (one per day of March 2026) bound into one PDF behind a contents "
                  "page. Each daily log has its own title block (`Daily Incident Log " + D + " Sunday, March 1, "
                  "2026`), its own table (`Case No.  Reported  Occurred  Incident Type  Location  Disposition`; "
                  "occurred is a single time or blank), closes with `Incidents this day: N` and prints its own "
                  "`Page 1 of 1`; four days print `No reportable incidents.` and `Incidents this day: 0`. Trap: "
                  "the contents page lists every daily log on a line that looks like a record: the date, the "
                  "weekday, the number of incidents, the first and the last incident number of the day and the "
                  f"page (`{ex[0]:%m/%d/%Y}  {ex[0]:%A}  {len(ex[1])}  {ex[1][0]['case_number']}  "
                  f"{ex[1][-1]['case_number']}  {first[days.index(ex)]}`), so {2 * (len(days) - 4)} incident "
                  "numbers are printed a second time on the contents page, two on one line, beside a date; "
                  f"on days with one incident the first and last numbers are the same ({', '.join(one[:3])}). "
                  "The contents lines are no records; each incident is the table row in its daily log. The "
                  "contents page ends `Total incidents, March 2026: N`.",
                  "rows counted by the generator; the contents counts and the daily totals add up to the total",
                  ["case_number", "type", "reported_at", "occurred_at", "location", "disposition"])]


# 2 ------------------------------------------------------------------ Caddowmere County, MN: blocks continued
def caddowmere(d, r):
    agency = "Caddowmere County Sheriff's Office, MN [invented]"
    days = make_days(r, datetime.datetime(2026, 3, 9), 14, (3, 11), {4, 10}, upper=True)
    number(days, r, "CC26-{:05d}", 1150 + r.randint(0, 30), steps=(1, 1, 1, 2, 3))
    F, S, L = "Courier", 9.5, 13
    title = "CADDOWMERE COUNTY SHERIFF'S OFFICE [invented]"
    reports, conts, info = [], [], []
    for day, recs in days:
        for rec in recs:
            set_times(rec, "%m/%d/%Y %H:%M")

        def header(k, day=day):
            return [(PH - 44, 40, title, "Courier-Bold", 10), (PH - 44, 400, "DAILY ACTIVITY REPORT", "Courier-Bold", 10),
                    (PH - 58, 40, f"REPORT DATE: {day:%m/%d/%Y} ({day:%A})".upper(), F, S),
                    (PH - 66, 40, None, F, S)]

        def footer(k, m, day=day):
            return [(40, 40, f"CCSO [invented] DAR {day:%m/%d/%Y}", F, 8.5), (40, 440, f"PAGE {k:2d} OF {m:2d}", F, S)]

        add, finish = paginate(header, footer, PH - 84, 74)
        add([(40, f"REPORT {day:%m/%d/%Y} - PREPARED BY NIGHT SHIFT SUPERVISOR #{r.randint(401, 439)}", F, S, L),
             (40, "SHIFTS COVERED: 0000-2400   RECORDS 555-0147", F, S, L)]
            + [(40, t, F, S, L) for t in r.sample(["WEATHER: CLEAR, ROADS DRY", "MUTUAL AID: NONE REQUESTED",
                                                    "JAIL TRANSPORTS: 2", "CIVIL PAPERS SERVED: 4"], r.randint(0, 3))]
            + [(40, "", F, S, L * 0.6)])
        for rec in recs:
            if rec["occ"] is None:
                occ = "UNKNOWN"
            else:
                occ = rec.get("occurred_at") or f"{rec['occurred_from']} TO {rec['occurred_to']}"
            rec["disposition"] = rec["disposition"].upper()
            lines = [f"CASE NO:     {rec['case_number']:<15}RECEIVED: {rec['reported_at']}",
                     f"NATURE:      {rec['type']}", f"LOCATION:    {rec['location']}", f"OCCURRED:    {occ}",
                     f"DISPOSITION: {rec['disposition']:<27}DEPUTY: #{rec['badge']}"]
            used = add([(40, ln, F, S, L) for ln in lines], keep=False,
                       cont=[(40, f"CASE NO:     {rec['case_number']}  (CONTINUED FROM PAGE {0})", F, S, L)])
            add([(40, "- " * 38, F, S, L)])
            if len(used) > 1:
                conts.append((rec["case_number"], day))
        if not recs:
            add([(40, "*** NO REPORTABLE INCIDENTS THIS DATE ***", F, S, L)])
        add([(40, f"END OF REPORT {day:%m/%d/%Y}  -  INCIDENTS: {len(recs)}", "Courier-Bold", S, L)])
        rp = finish()
        for p, items in enumerate(rp):  # the continuation line names the page the block started on
            rp[p] = [(y, x, t.replace("PAGE 0)", f"PAGE {p})") if t else t, f, s) for y, x, t, f, s in items]
        reports.append(rp)
    n = sum(len(recs) for _, recs in days)
    cover = [(PH - 200, centre(title, "Courier-Bold", 14), title, "Courier-Bold", 14),
             (PH - 230, centre("DAILY ACTIVITY REPORTS", "Courier-Bold", 13), "DAILY ACTIVITY REPORTS", "Courier-Bold", 13),
             (PH - 252, centre("MARCH 9 - 22, 2026", "Courier", 12), "MARCH 9 - 22, 2026", "Courier", 12),
             (PH - 300, 90, f"BOUND FOR THE MONTHLY RECORDS FILE - {len(days)} REPORTS - {n} INCIDENTS", F, 10),
             (PH - 316, 90, "EACH DAILY REPORT IS PAGED ON ITS OWN.", F, 10),
             (PH - 332, 90, "RECORDS UNIT 555-0147", F, 10)]
    pages, first = assemble([cover], reports)
    for (day, recs), pg, rp in zip(days, first, reports):
        info.append({"date": f"{day:%m/%d/%Y}", "incidents": len(recs), "first_page": pg, "pages": len(rp)})
    assert 40 <= n <= 150 and len(conts) >= 3, (n, len(conts))
    recs = [rec for _, rs in days for rec in rs]
    path = d / "caddowmere-county-daily-activity-reports-2026-03-09-22.pdf"
    draw(path, pages)
    multi = sum(len(rp) > 1 for rp in reports)
    most = max(len(rp) for rp in reports)
    c0 = next(rec for rec in recs if rec["case_number"] == conts[0][0])
    return [entry(path, agency, "two weeks of daily activity reports bound into one PDF", "labelled blocks",
                  recs, info,
                  f"Fourteen daily activity reports (03/09-03/22/2026) behind a cover sheet (`{len(days)} REPORTS - "
                  "N INCIDENTS`). Each report opens `REPORT 03/09/2026 - PREPARED BY NIGHT SHIFT SUPERVISOR "
                  "#NNN`, lists labelled blocks in Courier capitals (`CASE NO:     "
                  f"{recs[0]['case_number']}      RECEIVED: {recs[0]['reported_at']}` / `NATURE:` / `LOCATION:` / `OCCURRED:` a time, a `from TO to` range or "
                  "`UNKNOWN` / `DISPOSITION:  DEPUTY: #NNN`, a dashed line between blocks) and ends `END OF REPORT "
                  "03/09/2026  -  INCIDENTS: N`; two days print `*** NO REPORTABLE INCIDENTS THIS DATE ***`. The "
                  f"running head gives the report date, the footer `PAGE  k OF  m` counts the pages of that day "
                  f"only, restarting at 1 for every report ({multi} reports run to {most} pages). Trap: "
                  f"blocks are not kept whole; {len(conts)} blocks break over a page of their day "
                  f"({', '.join(c for c, _ in conts)}), and the continuation page opens with the case "
                  f"number printed again, `CASE NO:     {c0['case_number']}  (CONTINUED FROM PAGE 1)`, above the rest of "
                  "the block (its disposition and deputy, sometimes its location and occurred time): a second "
                  "`CASE NO:` line for the same incident, without a `RECEIVED:` time. It is the same record, not "
                  "a new one; the id is printed twice, the record counted once.",
                  "blocks counted by the generator; the END OF REPORT counts add up to the cover's total",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                   "disposition"])]


# 3 ------------------------------------------------------------------ Fenwold, WI: three shifts, three layouts
SHIFTS = {"A": "A shift (0600-1400)", "B": "B shift (1400-2200)", "C": "C shift (2200-0600)"}


def fenwold(d, r):
    agency = "Fenwold Police Department, WI [invented]"
    days = make_days(r, datetime.datetime(2026, 3, 2), 16, (2, 9), {5, 12}, short=True, ranges=False)
    number(days, r, "F26-{:05d}", 4100 + r.randint(0, 30))
    printers = ["A", "B", "C", "C", "A", "B", "B", "C", "A", "C", "B", "A", "C", "A", "B", "C"]
    reports, info = [], []
    for (day, recs), sh in zip(days, printers):
        who = f"#{r.randint(510, 549)}"
        if sh == "A":
            F, S, L = "Helvetica", 8.5, 14
            cols = [("Incident No.", 40), ("Received", 112), ("Call Type", 196), ("Location", 310),
                    ("Disposition", 460)]
            head = [(PH - 46, 40, "FENWOLD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                    (PH - 63, 40, f"Daily Call Log {D} {long_date(day)}", "Helvetica", 11),
                    (PH - 77, 40, f"Printed by {SHIFTS[sh]}  \u00b7  Sgt {who}  \u00b7  Records 555-0162",
                     "Helvetica", 8.5), (PH - 85, 40, None, F, S)]
            fmt, closing = "%m/%d/%Y %H:%M", f"Calls this day: {len(recs)}"
            none = "No reportable incidents."
        elif sh == "B":
            F, S, L = "Times-Roman", 9.5, 14
            cols = [("Rec'd", 40), ("Call Type", 112), ("Location", 226), ("Incident #", 380), ("Disp.", 452)]
            head = [(PH - 46, 40, f"Fenwold Police Department [invented] {D} Daily Log for {day.month}/{day.day}/26",
                     "Times-Bold", 13),
                    (PH - 63, 40, f"Printed by {SHIFTS[sh]}, Cpl {who}. Questions: Records 555-0162.", "Times-Italic",
                     10), (PH - 85, 40, None, F, S)]
            fmt = "%-m/%-d/%y %H%M"
            closing = f"Total calls {day.month}/{day.day}/26: {len(recs)}"
            none = "No reportable incidents this date."
        else:
            F, S, L = "Courier", 8.5, 12
            cols = [("TIME", 40), ("INCIDENT", 140), ("CALL TYPE / LOCATION", 222), ("DISP", 430)]
            head = [(PH - 46, 40, f"FENWOLD PD [invented]  DAILY LOG {day:%m-%d-%Y}", "Courier-Bold", 12),
                    (PH - 62, 40, f"PRINTED BY {SHIFTS[sh].upper()}  OFC {who}  RECORDS 555-0162", F, S),
                    (PH - 85, 40, None, F, S)]
            fmt, closing = "%m-%d-%y %H:%M", f"*** {len(recs)} CALLS ***"
            none = "*** NO REPORTABLE INCIDENTS ***"
        for rec in recs:
            rec["occ"] = None  # the call logs print no occurred time
            set_times(rec, fmt)
            if sh == "C":
                rec["type"], rec["location"], rec["disposition"] = (rec["type"].upper(), rec["location"].upper(),
                                                                   rec["disposition"].upper())
        bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[F]

        def header(k, head=head, cols=cols, bold=bold, F=F, S=S):
            return head + [(PH - 99, x, t, bold, S) for t, x in cols] + [(PH - 104, 40, None, F, S)]

        def footer(k, m, day=day, sh=sh, F=F):
            return [(40, 40, f"Fenwold PD [invented] daily log {day:%m/%d/%Y}, {sh} shift print", F, 8),
                    (40, 500, f"Page {k} of {m}", F, 8.5)]

        add, finish = paginate(header, footer, PH - 120, 60)
        for rec in recs:
            if sh == "A":
                add(row(cols, [rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                               rec["disposition"]], F, S, L))
            elif sh == "B":
                add(row(cols, [rec["reported_at"], rec["type"], rec["location"], rec["case_number"],
                               rec["disposition"]], F, S, L))
            else:
                add(row(cols, [rec["reported_at"], rec["case_number"], rec["type"], rec["disposition"]], F, S, L)
                    + [(222, rec["location"], F, S, L + 2)])
        if not recs:
            add([(60, none, "Courier" if sh == "C" else F, S + 0.5, L)])
        add([(40, closing, bold, S, L)])
        reports.append(finish())
    pages, first = assemble([[]], reports)
    n = sum(len(recs) for _, recs in days)
    toc = [(PH - 46, 40, "FENWOLD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
           (PH - 63, 40, "Daily Call Logs, March 2 - 17, 2026  \u00b7  Contents", "Helvetica", 11),
           (PH - 77, 40, "Each day's log is printed by the shift on duty at the end of the day.", "Helvetica", 8.5),
           (PH - 85, 40, None, "Helvetica", 8.5)]
    y = PH - 104
    for (day, recs), pg, sh, rp in zip(days, first, printers, reports):
        for x, v in [(40, f"{day:%a} {day:%m/%d/%Y}"), (160, f"printed by {sh} shift"), (320, str(len(recs))),
                     (380, str(pg))]:
            toc.append((y, x, v, "Helvetica", 9.5))
        info.append({"date": f"{day:%m/%d/%Y}", "incidents": len(recs), "first_page": pg, "pages": len(rp),
                     "printed_by": SHIFTS[sh]})
        y -= 18
    toc += [(y - 4, 40, None, "Helvetica", 8), (y - 20, 40, f"Calls logged in this packet: {n}", "Helvetica-Bold", 10)]
    pages[0] = toc
    assert 40 <= n <= 150
    recs = [rec for _, rs in days for rec in rs]
    path = d / "fenwold-daily-call-logs-2026-03-02-17.pdf"
    draw(path, pages)

    def ex(s):
        return next(rs[0] for (_, rs), p in zip(days, printers) if p == s and rs)

    a, b, c = ex("A"), ex("B"), ex("C")
    return [entry(path, agency, "daily call logs of sixteen days, each printed by a different shift, bound with a "
                                "contents page", "table with header", recs, info,
                  "Sixteen daily call logs (03/02-03/17/2026) bound behind a contents page that lists each day "
                  "with the shift that printed it, its number of calls and its page (`Mon 03/02/2026  printed by "
                  f"A shift  {len(days[0][1])}  2`). Each log has its own title block, header, `Page 1 of 1` and closing count; "
                  "two days print no calls. Trap: each day's log was printed by whichever shift was on duty, and "
                  "the three shifts' report settings differ: the A shift prints Helvetica `Incident No.  Received  "
                  f"Call Type  Location  Disposition` (`{a['case_number']}  {a['reported_at']}  {a['type']}`), "
                  "the B shift prints Times with the columns in another order, the incident number fourth "
                  f"(`Rec'd  Call Type  Location  Incident #  Disp.`: `{b['reported_at']}  {b['type']}  "
                  f"{b['location']}  {b['case_number']}`), dates as m/d/yy and times without a colon, and the C shift "
                  "prints Courier capitals, time first and the incident number second, the location on a line "
                  f"of its own under the call type (`{c['reported_at']}  {c['case_number']}  {c['type']}  "
                  f"{c['disposition']}` / `{c['location']}`). The closing lines and the empty-day lines differ "
                  "too (`Calls this day: N`, `Total calls 3/3/26: N`, `*** N CALLS ***`). Values are as printed, "
                  "so sample dates and casing follow the shift that printed the record.",
                  "rows counted by the generator; the contents counts and the daily counts add up to the total",
                  ["case_number", "type", "reported_at", "location", "disposition"])]


# 4 ------------------------------------------------------------------ Harlowby, NC: REVISED logs reissued
def harlowby(d, r):
    agency = "Harlowby Police Department, NC [invented]"
    days = make_days(r, datetime.datetime(2026, 3, 6), 12, (3, 9), {3, 9})
    last = number(days, r, "26-{:05d}", 3300 + r.randint(0, 30))
    for _, recs in days:
        for rec in recs:
            set_times(rec, "%m/%d/%y %H:%M")
            if rec["disposition"] == "Citation issued":
                rec["rel"] = [("citation", f"H{r.randint(4400000, 4599999)}")]
    base = [(day, recs) for day, recs in days]
    # two days reissued as REVISED logs: two values corrected, one late entry added; the middle record of the
    # packet is one of the corrected ones
    plan = None
    for cand in range(len(days)):
        if cand in (1, 3, 9) or len(days[cand][1]) < 3:
            continue
        revs = {1: None, cand: None}
        order = []
        for i, (_, recs) in enumerate(base):
            order += [(i, k) for k in range(len(recs) + (1 if i in revs else 0))]
        mid = order[len(order) // 2]
        if mid[0] == cand and mid[1] < len(base[cand][1]):
            plan = (cand, mid[1])
            break
    assert plan
    cand, mk = plan
    revised = {}
    for i in sorted({1, cand}):
        day, recs = days[i]
        new = copy.deepcopy(recs)
        ci = mk if i == cand else 0
        cj = (ci + 1) % len(new)
        old_d, old_l = new[ci]["disposition"], new[cj]["location"]
        new[ci]["disposition"] = r.choice([x for x in DISPS if x not in (old_d, "Citation issued")])
        if old_d == "Citation issued":
            new[ci]["rel"] = []
        new[cj]["location"] = location(r)
        assert new[cj]["location"] != old_l
        t = day + datetime.timedelta(minutes=r.randint(30, 1400))
        last += r.randint(20, 40)
        late = {"dt": t, "occ": ("at", t - datetime.timedelta(minutes=20)), "type": r.choice(TYPES),
                "location": location(r), "disposition": "Report taken", "badge": str(r.randint(301, 389)), "rel": [],
                "case_number": f"26-{last:05d}", "late": True}
        set_times(late, "%m/%d/%y %H:%M")
        new.append(late)
        new.sort(key=lambda x: x["dt"])
        revised[i] = (new, [(new[new.index(next(x for x in new if x["case_number"] == recs[ci]["case_number"]))],
                             "disposition", old_d), (next(x for x in new if x["case_number"] == recs[cj]["case_number"]),
                                                     "location", old_l)], late)
    F, S, L, W = "Times-Roman", 10, 13, PW - 54 - 72
    title = "HARLOWBY POLICE DEPARTMENT [invented]"
    reports, meta = [], []

    def build(day, recs, rev=None):
        tline = f"Daily Press Log {D} {long_date(day)}" + (f" {D} REVISED" if rev else "")

        def header(k):
            if k == 1:
                return [(PH - 50, centre(title, "Times-Bold", 14), title, "Times-Bold", 14),
                        (PH - 68, centre(tline, "Times-Italic", 12), tline, "Times-Italic", 12),
                        (PH - 82, centre("Public Information Office 555-0119", "Times-Roman", 9),
                         "Public Information Office 555-0119", "Times-Roman", 9), (PH - 90, 54, None, F, S)]
            return [(PH - 50, 54, f"Harlowby PD [invented]  \u00b7  Daily Press Log  \u00b7  {day:%B} {day.day}, "
                     f"{day.year}{' (revised)' if rev else ''}, continued", "Times-Italic", 9),
                    (PH - 58, 54, None, F, S)]

        def footer(k, m):
            return [(40, centre(f"Page {k} of {m}", F, 9), f"Page {k} of {m}", F, 9)]

        add, finish = paginate(header, footer, PH - 108, 60)
        if rev:
            _, changes, late = rev
            note = (f"This revised log replaces the log for {day:%B} {day.day} issued "
                    f"{day + datetime.timedelta(days=1):%m/%d/%Y}. Corrected: {changes[0][1]} of "
                    f"{changes[0][0]['case_number']}; {changes[1][1]} of {changes[1][0]['case_number']}. Added: "
                    f"{late['case_number']} (late entry).")
            add([(54, ln, "Times-Italic", 9.5, 12) for ln in wrap(note, "Times-Italic", 9.5, W + 20)], gap=8)
        for rec in recs:
            if rec["occ"] is None:
                occ = ""
            elif "occurred_at" in rec:
                occ = f" Occurred {rec['occurred_at']}."
            else:
                occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
            cit = f" Citation {rec['rel'][0][1]} issued." if rec["rel"] else ""
            txt = (f"{rec['reported_at']} {D} {rec['type']} at {rec['location']}.{occ} Officer #{rec['badge']}.{cit} "
                   f"Disposition: {rec['disposition']}.")
            lines = wrap(txt, F, S, W)
            add([(54, rec["case_number"], "Times-Bold", S, 0), (108, lines[0], F, S, L)]
                + [(108, ln, F, S, L) for ln in lines[1:]], gap=6)
        if not recs:
            add([(108, "No reportable incidents for this date.", "Times-Italic", S, L)], gap=6)
        add([(54, None, F, S, 12), (54, f"Entries in this log: {len(recs)}.", "Times-Bold", S, L)])
        return finish()

    final = []
    for i, (day, recs) in enumerate(days):
        reports.append(build(day, recs))
        meta.append((day, "Daily Press Log", len(recs)))
        if i in revised:
            reports.append(build(day, revised[i][0], revised[i]))
            meta.append((day, f"Daily Press Log {D} REVISED", len(revised[i][0])))
            final += revised[i][0]
        else:
            final += recs
    pages, first = assemble([[]], reports)
    n = len(final)
    toc = [(PH - 50, centre(title, "Times-Bold", 14), title, "Times-Bold", 14),
           (PH - 68, centre("Daily Press Logs, March 6 - 17, 2026", "Times-Italic", 12),
            "Daily Press Logs, March 6 - 17, 2026", "Times-Italic", 12),
           (PH - 90, 54, None, F, S)]
    tcols = [("Date", 54), ("Log", 130), ("Entries", 360), ("Page", 430)]
    toc += [(PH - 106, x, t, "Times-Bold", 10) for t, x in tcols] + [(PH - 111, 54, None, F, S)]
    y = PH - 126
    info = []
    for (day, name, k), pg, rp in zip(meta, first, reports):
        for x, v in [(54, f"{day:%m/%d/%Y}"), (130, name), (370, str(k)), (436, str(pg))]:
            toc.append((y, x, v, F, 10))
        info.append({"date": f"{day:%m/%d/%Y}", "log": name, "entries": k, "first_page": pg, "pages": len(rp)})
        y -= 16
    toc += [(y - 4, 54, None, F, S)]
    toc += [(y - 20 - 12 * j, 54, ln, "Times-Bold", 10) for j, ln in enumerate(wrap(
        f"Incidents in this packet, each counted once (a revised log replaces the log it corrects): {n}",
        "Times-Bold", 10, W))]
    pages[0] = toc
    assert 40 <= n <= 150
    path = d / "harlowby-daily-press-logs-2026-03-06-17.pdf"
    draw(path, pages)
    rd = sorted(revised)
    desc = []
    for i in rd:
        new, changes, late = revised[i]
        desc.append(f"{days[i][0]:%m/%d/%Y} (first issue {len(days[i][1])} entries, revised {len(new)}: "
                    f"{changes[0][1]} of {changes[0][0]['case_number']} `{changes[0][2]}` -> "
                    f"`{changes[0][0][changes[0][1]]}`, {changes[1][1]} of {changes[1][0]['case_number']} "
                    f"`{changes[1][2]}` -> `{changes[1][0][changes[1][1]]}`, late entry {late['case_number']} added)")
    nc = sum(bool(rec["rel"]) for rec in final)
    ex = next(rec for rec in final if "occurred_from" in rec)
    ex_txt = (f"{ex['reported_at']} {D} {ex['type']} at {ex['location']}. Occurred {ex['occurred_from']} to "
              f"{ex['occurred_to']}. Officer #{ex['badge']}. Disposition: {ex['disposition']}.")
    ex_cit = next(rec["rel"][0][1] for rec in final if rec["rel"])
    dropped = [(x["case_number"], x["rel"][0][1]) for i in rd for x in days[i][1]
               if x["rel"] and x["case_number"] not in {y["case_number"] for y in final if y["rel"]}]
    return [entry(path, agency, "daily press logs of twelve days bound into one PDF, two days reissued as REVISED",
                  "numbered entries (case number in a hanging column, prose beside it)", final, info,
                  "Daily press logs of 03/06-03/17/2026 bound behind a contents page (`Date  Log  Entries  Page`). "
                  "Each log has its own centred title block (`Daily Press Log " + D + " Friday, March 6, 2026`), "
                  "its own `Page 1 of 1` centred at the foot, and closes `Entries in this log: N.`; two days print "
                  "`No reportable incidents for this date.` Entries: the case number in bold in a hanging column, "
                  f"beside it `{ex_txt}` (`{ex['case_number']}`); {nc} entries print a citation number "
                  f"(`Citation {ex_cit} issued.`, in `related_numbers`, kind `citation`)"
                  + (f"; the first issue of a revised day also printed citation {dropped[0][1]} in "
                     f"{dropped[0][0]}, whose revised disposition drops it, so it is not listed" if dropped else "")
                  + ". Trap: two days were reissued and the corrected log is "
                  "bound right after the first issue, titled `Daily Press Log " + D + " <date> " + D + " REVISED` "
                  "with a note (`This revised log replaces the log for ... Corrected: disposition of ...; location "
                  "of .... Added: ... (late entry).`), and listed twice in the contents: "
                  + "; ".join(desc) + ". Every incident of a reissued day is printed twice; it is one record, "
                  "with the revised values, listed once in the order of the revised log at that day's place; the "
                  "late entry (numbered later than the month's other incidents) appears only in the revised log. "
                  "The contents total counts each incident once.",
                  "entries counted by the generator; the revised logs' counts replace the first issues' counts in "
                  "the packet total",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                   "disposition"])]


# 5 ------------------------------------------------------------------ Kestrelford, ME: report numbers like ids
def kestrelford(d, r):
    agency = "Kestrelford Police Department, ME [invented]"
    days = make_days(r, datetime.datetime(2026, 3, 1), 20, (1, 6), {2, 9, 16}, short=True)
    number(days, r, "2026-{:04d}", 1100 + r.randint(0, 40))
    F, S, L = "Helvetica", 8, 11
    cols = [("Incident", 36), ("Reported", 90), ("Occurred", 158), ("Offense", 270), ("Location", 380),
            ("Status", 506)]
    right = PW - 36
    reports, info = [], []
    for day, recs in days:
        rn = f"2026-{day:%m%d}"
        for rec in recs:
            set_times(rec, "%m/%d/%y %H:%M")

        def header(k, day=day, rn=rn):
            return [(PH - 46, 36, "KESTRELFORD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                    (PH - 64, 36, f"DAILY REPORT {rn}  \u00b7  {long_date(day)}", "Helvetica-Bold", 10.5),
                    (PH - 78, 36, f"Watch commander badge #{400 + day.day}  \u00b7  Records 555-0156", "Helvetica", 8.5)]

        def footer(k, m, rn=rn):
            return [(40, 36, f"Daily Report {rn}", "Helvetica", 8), (40, 510, f"Page {k} of {m}", "Helvetica", 8.5)]

        def grid(cells, bold=False):
            """A ruled table row: cells of one or more lines, a rule over it, vertical rules at the column edges."""
            h = max(len(v) for v in cells)
            items = [(cols[0][1], "\0H", F, S, 0)] + [(x, "\0V", h * L, S, 0) for x in [c[1] for c in cols] + [right]]
            for j in range(h):
                line = [(x + 3, v[j], "Helvetica-Bold" if bold else F, S, 0) for (_, x), v in zip(cols, cells)
                        if j < len(v) and v[j]]
                for (_, x), v in zip(cols, cells):
                    if j < len(v) and v[j]:
                        nxt = next((c[1] for c in cols if c[1] > x), right)
                        assert x + 3 + stringWidth(v[j], F, S) < nxt - 2, v[j]
                items += line[:-1] + [line[-1][:4] + (L,)] if line else [(cols[0][1], "", F, S, L)]
            return items

        add, finish = paginate(header, footer, PH - 104, 70)
        add(grid([[t] for t, _ in cols], bold=True))
        for rec in recs:
            if rec["occ"] is None:
                occ = [""]
            elif "occurred_at" in rec:
                occ = [rec["occurred_at"]]
            else:
                occ = [rec["occurred_from"] + " -", rec["occurred_to"]]
            cells = [[rec["case_number"]], [rec["reported_at"]], occ, wrap(rec["type"], F, S, 104),
                     wrap(rec["location"], F, S, 118), wrap(rec["disposition"], F, S, 66)]
            add(grid(cells))
        add([(cols[0][1], "\0H", F, S, 10)])
        if not recs:
            add([(60, "No reportable incidents.", "Helvetica-Oblique", 9, L + 4)])
        add([(36, f"Incidents reported: {len(recs)}", "Helvetica-Bold", 9, L)])
        reports.append(finish())
    pages, first = assemble([[]], reports)
    n = sum(len(recs) for _, recs in days)
    toc = [(PH - 46, 36, "KESTRELFORD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
           (PH - 64, 36, "Daily Reports, March 1 - 20, 2026  \u00b7  Index", "Helvetica-Bold", 10.5),
           (PH - 78, 36, "Every daily report carries its own report number (year and month-day).", "Helvetica", 8.5),
           (PH - 86, 36, None, F, S)]
    tcols = [("Report No.", 36), ("Date", 120), ("Incidents", 210), ("Page", 290)]
    toc += [(PH - 100, x, t, "Helvetica-Bold", 9) for t, x in tcols] + [(PH - 105, 36, None, F, S)]
    y = PH - 120
    for (day, recs), pg, rp in zip(days, first, reports):
        for x, v in [(36, f"2026-{day:%m%d}"), (120, f"{day:%m/%d/%Y}"), (230, str(len(recs))), (300, str(pg))]:
            toc.append((y, x, v, "Helvetica", 9))
        info.append({"date": f"{day:%m/%d/%Y}", "report_number": f"2026-{day:%m%d}", "incidents": len(recs),
                     "first_page": pg, "pages": len(rp)})
        y -= 16
    toc += [(y - 4, 36, None, F, S), (y - 20, 36, f"Incidents in this volume: {n}", "Helvetica-Bold", 10)]
    pages[0] = toc
    assert 40 <= n <= 150
    recs = [rec for _, rs in days for rec in rs]
    ids = {rec["case_number"] for rec in recs}
    assert not ids & {i["report_number"] for i in info}
    path = d / "kestrelford-daily-reports-2026-03-01-20.pdf"
    draw(path, pages)
    ex = next(rs[0] for _, rs in days if rs)
    lo, hi = min(ids), max(ids)
    return [entry(path, agency, "twenty daily reports bound into one volume with an index", "table with header",
                  recs, info,
                  "Twenty daily reports (03/01-03/20/2026) bound behind an index page. Each report has its own "
                  "head (`DAILY REPORT 2026-0301  \u00b7  Sunday, March 1, 2026`), a ruled grid (`Incident  "
                  "Reported  Occurred  Offense  Location  Status`; occurred a time, a `from -` / `to` range over "
                  "two lines of the cell, or blank; long offences and locations wrap inside their cell), "
                  "`Incidents reported: N` and its own `Page 1 of 1` beside `Daily Report 2026-0301` in the "
                  "footer; three days print `No reportable incidents.` Trap: the agency numbers its daily reports "
                  "`2026-MMDD` and its incidents `2026-NNNN`, the same shape: every report number is printed three "
                  "times (index, head, footer), and the index lines read like record rows, a number of the "
                  f"incident shape, a date, a count and a page (`2026-0301  03/01/2026  {len(days[0][1])}  2`), "
                  f"while the incident rows start the same way (`{ex['case_number']}  {ex['reported_at']}`). The "
                  "report numbers are no incidents and appear nowhere in the ground truth; the incident numbers "
                  f"({lo} to {hi}) and report numbers (2026-0301 to 2026-0320) never coincide.",
                  "rows counted by the generator; the index counts and the daily counts add up to the total",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                   "disposition"])]


AGENCIES = [("brindlecombe-vt-pd", 1, brindlecombe), ("caddowmere-county-mn-so", 2, caddowmere),
            ("fenwold-wi-pd", 3, fenwold), ("harlowby-nc-pd", 4, harlowby), ("kestrelford-me-pd", 5, kestrelford)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
