"""Generate a held-out set of incident-log PDFs spanning the turn of a year (December into January).

Five layouts: a town incident log whose id keeps its serial but changes its year part on January 1,
dates printed without a year; a sheriff's log sorted by date entered, numbering restarting on
January 1 while late December reports keyed in January still take the old year's series; a
university safety log of labelled blocks with a year-end summary page printed between December and
January; a town shift narrative whose log numbers restart at midnight, with routine lines and
"Further to" notes between; a Courier calls-for-service listing grouped by ISO week, whose id year
follows the week-year (December 29-31 already carry the new year). Every agency, place and record is
invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs101/make_blind_logs101.py [OUT_DIR]
"""

import datetime
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
SEED = 20261201
STREETS = ["Ashcombe", "Brindle", "Copperfield", "Dunlin", "Elmsworth", "Farrow", "Gannet", "Holloway",
           "Ivybridge", "Juniper", "Kittering", "Lanyard", "Moorcroft", "Netherby", "Ospry", "Pennock",
           "Quillet", "Rushmere", "Saltash", "Tamerton", "Underhill", "Varley", "Wrenfield"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]
TYPES = ["Theft", "Burglary - Residence", "Fireworks Complaint", "Noise Complaint", "Welfare Check",
         "Vehicle Crash - Property", "Domestic Disturbance", "Suspicious Person", "Criminal Mischief",
         "Alarm - Commercial", "DUI Arrest", "Trespass", "Fraud", "Disorderly Conduct", "Lost Property",
         "Motorist Assist", "Shots Fired - Unfounded", "Animal Complaint"]
DISPS = ["Report Taken", "Advised", "Unfounded", "Gone on Arrival", "Arrest", "Referred", "Cleared"]


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


def addr(r, upper=False):
    a = f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def span(first, last):
    d, out = datetime.date(*first), []
    while d <= datetime.date(*last):
        out.append(d)
        d += datetime.timedelta(days=1)
    return out


def stamps(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [datetime.datetime.combine(days[m // 1440], datetime.time((m % 1440) // 60, m % 60)) for m in mins]


def fv(font, style):
    """Bold ("B") or italic ("I") face of a standard font."""
    base = "Times" if font.startswith("Times") else font
    if style == "B":
        return base + "-Bold"
    return base + ("-Italic" if base == "Times" else "-Oblique")


def draw_table(path, size, font, fsize, title, cols, items, closing, total, lead=None):
    """One-line rows under column titles repeated per page. items: ("row", cells) / ("band", text) /
    ("sub", text). Returns the page count."""
    c = new_canvas(path, size)
    w, h = size
    lead = lead or fsize + 2.4
    page = [0]

    def head():
        page[0] += 1
        y = h - 40
        for i, t in enumerate(title):
            c.setFont(fv(font, "B") if i == 0 else font, fsize + (3 if i == 0 else 1))
            c.drawString(36, y, t)
            y -= fsize + 6
        y -= 4
        c.setFont(fv(font, "B"), fsize)
        for t, x in cols:
            c.drawString(x, y, t)
        c.line(36, y - 3, w - 36, y - 3)
        c.setFont(font, fsize)
        c.drawString(w - 110, 24, f"Page {page[0]} of {total or '?'}")
        return y - lead - 2

    y = head()
    for kind, val in items:
        if y < 44:
            c.showPage()
            y = head()
        if kind == "row":
            c.setFont(font, fsize)
            for (_, x), cell in zip(cols, val):
                c.drawString(x, y, cell)
        elif kind == "band":
            c.setFont(fv(font, "B"), fsize)
            c.drawString(36, y - 2, val)
            y -= 3
        else:
            c.setFont(fv(font, "I"), fsize)
            c.drawString(cols[1][1], y, val)
        y -= lead
    c.setFont(font, fsize)
    for line in closing:
        if y < 44:
            c.showPage()
            y = head()
        c.drawString(36, y - 4, line)
        y -= lead
    c.showPage()
    c.save()
    return page[0]


def rec(num, when, typ, loc, disp, related=(), **extra):
    d = {"case_number": num, "when": when, "type": typ, "location": loc, "disposition": disp,
         "related": list(related)}
    d.update(extra)
    return d


# ---------------------------------------------------------------- A: Harwick Bay (year part changes)

def hb_make(r, days, n, serial):
    out = []
    for t in stamps(r, days, n):
        serial += r.choice((1, 1, 1, 2))
        num = f"HB-{t.year % 100:02d}-{serial:05d}"
        disp, rel = r.choice(DISPS), []
        if r.random() < 0.12:
            cit = f"HBC-{r.randint(10000, 99999)}"
            disp, rel = f"Cited {cit}", [("citation", cit)]
        out.append(rec(num, t, r.choice(TYPES), addr(r), disp, rel, reported_at=t.strftime("%m/%d %H:%M")))
    return out


def hb_draw(path, recs, label, total):
    cols = [("Incident No.", 36), ("Rptd", 112), ("Nature", 176), ("Location", 316), ("Disposition", 440)]
    items = [("row", [x["case_number"], x["reported_at"], x["type"], x["location"], x["disposition"]])
             for x in recs]
    return draw_table(path, letter, "Helvetica", 7.5, ["Harwick Bay Police Department [invented]",
                      f"Incident Log - {label}", "Records Division, 555-0147"], cols, items,
                      [f"Incidents listed: {len(recs)}"], total)


# ---------------------------------------------------------------- B: Quillon County (late old-year entries)

def qc_make(r, days, n, serial):
    out, new = [], 0
    for t in stamps(r, days, n):
        late = t.year == days[-1].year and t.day > 1 and r.random() < 0.11
        if late:
            occ = datetime.datetime.combine(datetime.date(t.year - 1, 12, r.randint(20, 31)),
                                            datetime.time(r.randint(0, 23), r.randint(0, 59)))
        else:
            occ = t - datetime.timedelta(minutes=r.randint(5, 2000))
            if t.year != days[0].year and occ.year != t.year:
                occ = datetime.datetime(t.year, 1, 1, 0, r.randint(0, 30))
                occ = min(occ, t)
        if t.year == days[0].year or late:
            serial += 1
            num = f"QC{(occ.year % 100):02d}-{serial:05d}"
        else:
            new += 1
            num = f"QC{(t.year % 100):02d}-{new:05d}"
        disp, rel = r.choice(["Open", "Closed", "Arrest", "Inactive", "Referred DA"]), []
        if r.random() < 0.1:
            o = f"WVSP {r.randint(10, 99)}-{r.randint(1000, 9999)}"
            disp, rel = f"Assist {o}", [("other_agency_case", o)]
        out.append(rec(num, t, r.choice(TYPES).upper(), addr(r, True), disp, rel, late=late,
                       reported_at=t.strftime("%m-%d %H%M"), occurred_at=occ.strftime("%m-%d %H%M"),
                       deputy=f"D-{r.randint(101, 260)}"))
    return out


def qc_draw(path, recs, label, total):
    cols = [("Case #", 36), ("Entered", 100), ("Occurred", 160), ("Offense", 222), ("Location", 372),
            ("Deputy", 500), ("Status", 550)]
    items = [("row", [x["case_number"], x["reported_at"], x["occurred_at"], x["type"], x["location"],
                      x["deputy"], x["disposition"]]) for x in recs]
    old = sum(1 for x in recs if x["case_number"][2:4] == recs[0]["case_number"][2:4])
    return draw_table(path, landscape(letter), "Times-Roman", 8,
                      ["Quillon County Sheriff's Office [invented]", f"Case Entry Log - {label}",
                       "Sorted by date entered. Case numbers are issued per year of occurrence."], cols, items,
                      [f"Total entries: {len(recs)} (old-year series: {old}, new-year series: {len(recs) - old})"],
                      total)


# ---------------------------------------------------------------- C: Marrowgate University (summary page mid-log)

MU_TYPES = ["Theft of bicycle", "Theft from building", "Alcohol violation", "Fire alarm - cooking",
            "Vandalism", "Suspicious person", "Medical assist", "Burglary - residence hall", "Trespass warning",
            "Harassment", "Lost property", "Drug law violation"]
MU_PLACES = ["Aldous Hall", "Brenner Library", "Corwick Commons", "Dalby Science Center", "East Parking Deck",
             "Fennimore Hall", "Gatehouse Lot", "Hollins Field House", "Isley Dining Hall", "Jarrow Apartments"]
MU_STATUS = ["Closed", "Open - under investigation", "Closed - no suspect", "Referred to Student Conduct",
             "Closed - arrest"]


def mu_make(r, days, n, serial):
    out, new = [], 0
    for t in stamps(r, days, n):
        if t.month == 12:
            serial += r.choice((1, 1, 2))
            num = f"MU-{t.year}-{serial:04d}"
        else:
            new += 1
            num = f"MU-{t.year}-{new:04d}"
        st, rel = r.choice(MU_STATUS), []
        if r.random() < 0.12:
            o = f"MCPD {t.year % 100}-{r.randint(10000, 99999)}"
            st, rel = f"Referred to Marrowgate City PD {o}", [("other_agency_case", o)]
        out.append(rec(num, t, r.choice(MU_TYPES), f"{r.choice(MU_PLACES)}, {r.choice(['north', 'south', 'east', 'west'])} side",
                       st, rel, reported_at=t.strftime("%a %-d %b %H:%M")))
    return out


def mu_draw(path, recs, label, total, r=None):
    c = new_canvas(path, letter)
    w, h = letter
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 42, "Marrowgate University Department of Public Safety [invented]")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, h - 56, f"Daily Crime and Fire Log - {label} (winter break)")
        c.drawString(w - 110, 24, f"Page {page[0]} of {total or '?'}")
        return h - 80

    y = head()
    dec = [x for x in recs if x["when"].month == 12]
    for i, x in enumerate(recs):
        if i and x["when"].month == 1 and recs[i - 1]["when"].month == 12:
            c.showPage()
            mu_summary(c, dec, head)
            c.showPage()
            y = head()
        if y < 80:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "Report No.:")
        c.drawString(300, y, "Reported:")
        c.drawString(40, y - 11, "Incident:")
        c.drawString(300, y - 11, "Location:")
        c.drawString(40, y - 22, "Status:")
        c.setFont("Helvetica", 8)
        c.drawString(92, y, x["case_number"])
        c.drawString(348, y, x["reported_at"])
        c.drawString(92, y - 11, x["type"])
        c.drawString(348, y - 11, x["location"])
        c.drawString(92, y - 22, x["disposition"])
        c.setDash(1, 2)
        c.line(40, y - 29, w - 40, y - 29)
        c.setDash()
        y -= 42
    c.setFont("Helvetica", 8)
    c.drawString(40, y - 6, f"Reports in this log: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


def mu_summary(c, dec, head):
    head()
    h = letter[1]
    y = h - 84
    last = dec[-1]["case_number"]
    yr = dec[0]["when"].year
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, y, f"{yr} YEAR-END SUMMARY")
    y -= 18
    c.setFont("Helvetica", 8.5)
    c.drawString(40, y, f"Reports filed in {yr}: {int(last[-4:])} (MU-{yr}-0001 through {last})")
    y -= 16
    c.setFont("Helvetica-Bold", 8.5)
    for t, x in (("Category", 40), (str(yr - 1), 260), (str(yr), 320), ("Change", 380)):
        c.drawString(x, y, t)
    c.setFont("Helvetica", 8.5)
    rr = random.Random(SEED + 99)
    for t in MU_TYPES:
        y -= 12
        a, b = rr.randint(8, 90), sum(1 for x in dec if x["type"] == t) + rr.randint(10, 80)
        for v, x in ((t, 40), (str(a), 260), (str(b), 320), (f"{(b - a) * 100 // a:+d}%", 380)):
            c.drawString(x, y, v)
    y -= 22
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, y, "Reports still open at year end:")
    c.setFont("Helvetica", 8.5)
    opened = [x["case_number"] for x in dec if x["disposition"].startswith("Open")][-4:]
    for num in [f"MU-{yr}-0{rr.randint(100, 399)}", f"MU-{yr}-0{rr.randint(400, 499)}"] + opened:
        y -= 12
        c.drawString(60, y, num)
    y -= 20
    c.drawString(40, y, f"Log entries dated December in this log: {len(dec)}")


# ---------------------------------------------------------------- D: Ostrander Falls (narrative, numbers restart)

OF_DETAIL = ["Caller said it had been going on since before the holiday.",
             "Neighbors called twice within ten minutes.", "Second call from the same address this week.",
             "Reporting party asked that an officer drive by later in the shift.",
             "Area checked on foot and by car.", "Unit from the late car took the call.",
             "Reporting party will call back with more information.", ""]


def of_make(r, days, n, serial):
    out, new = [], 0
    for t in stamps(r, days, n):
        if t.month == 12:
            serial += 1
            num = f"{t.year % 100:02d}-{serial:04d}"
        else:
            new += 1
            num = f"{t.year % 100:02d}-{new:04d}"
        typ = r.choice(TYPES)
        out.append(rec(num, t, typ, f"{r.randint(1, 40) * 100} block of {r.choice(STREETS)} {r.choice(SUFFIX)}",
                       r.choice([f"Officer 3{r.randint(1, 40):02d} advised the parties.", "Report taken.",
                                 "Unable to locate.", "One arrested and released on summons.",
                                 "Referred to the county attorney."]), [],
                       detail=r.choice(OF_DETAIL)))
    return out


def of_items(r, recs):
    """Entries in print order: ("rec", record) / ("routine", when, text) / ("further", when, text, id)."""
    items, seen = [], set()
    decs = [x for x in recs if x["when"].month == 12]
    for x in recs:
        d = x["when"].date()
        if d not in seen:
            seen.add(d)
            items.append(("head", d))
            if d.month == 1 and d.day == 1:
                items.append(("routine", "0000", f"Midnight. Happy New Year. Log numbering restarts at "
                              f"{d.year % 100:02d}-0001 for {d.year}."))
            rest = [y for y in recs if y["when"].date() == d]
            chk = next((i for i, y in enumerate(rest) if y["when"].hour >= 2), None)
        if chk is not None and x is rest[chk]:
            items.append(("routine", "0200", "Downtown building checks, all doors secure."))
        if x["when"].month == 1 and x["when"].day >= 2 and r.random() < 0.13 and decs:
            old = decs.pop(r.randrange(len(decs)))
            items.append(("further", x["when"].strftime("%H%M"), f"Further to {old['case_number']}: "
                          "caller phoned back with a serial number for the report; added to the file.",
                          old["case_number"]))
        items.append(("rec", x))
    return items


def of_draw(path, items, label, total):
    c = new_canvas(path, letter)
    w, h = letter
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(50, h - 44, "Ostrander Falls Police Department [invented]")
        c.setFont("Times-Roman", 9.5)
        c.drawString(50, h - 58, f"Shift Narrative Log, {label}")
        c.drawString(w - 120, 26, f"Page {page[0]} of {total or '?'}")
        return h - 82

    y = head()
    n = 0
    for it in items:
        if it[0] == "head":
            if y < 110:
                c.showPage()
                y = head()
            c.setFont("Times-Bold", 10)
            c.drawString(50, y - 4, it[1].strftime("%A, %B %-d").upper())
            y -= 18
            continue
        if it[0] == "rec":
            x, n = it[1], n + 1
            text = (f"{x['type']}, {x['location']}. {x['detail']} {x['disposition']} "
                    f"Log No. {x['case_number']}.").replace("  ", " ")
            tm = x["when"].strftime("%H%M")
        else:
            tm, text = it[1], it[2]
        lines = simpleSplit(text, "Times-Roman", 9.5, w - 140)
        for i, line in enumerate(lines):
            if y < 50:
                c.showPage()
                y = head()
            c.setFont("Times-Roman", 9.5)
            if i == 0:
                c.drawString(50, y, tm)
            c.drawString(84, y, line)
            y -= 12
        y -= 3
    c.drawString(50, y - 6, f"Log numbers issued this period: {n}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Kestle Valley (ISO week-year ids)

def kv_make(r, days, n, serial):
    out, new = [], 0
    for t in stamps(r, days, n):
        wy, wk, _ = t.isocalendar()
        if wy == days[0].isocalendar()[0]:
            serial += 1
            num = f"KV{wy % 100:02d}-{serial:05d}"
        else:
            new += 1
            num = f"KV{wy % 100:02d}-{new:05d}"
        disp, rel = r.choice(["GOA", "ADV", "UTL", "CLR", "RPT", "ARR"]), []
        if disp in ("RPT", "ARR"):
            rpt = f"KVR{wy % 100:02d}-{r.randint(1000, 9999)}"
            disp, rel = f"{disp} {rpt}", [("case_report", rpt)]
        out.append(rec(num, t, r.choice(TYPES).upper()[:22], addr(r, True), disp, rel, week=wk,
                       reported_at=t.strftime("%d-%b %H%M").upper(), day=t.strftime("%a").upper()))
    return out


def kv_draw(path, recs, label, total):
    cols = [("CFS NO", 36), ("DAY", 102), ("DATE", 128), ("TIME", 172), ("CALL TYPE", 204), ("ADDRESS", 330),
            ("DISPO", 460)]
    items, wk = [], None
    for i, x in enumerate(recs):
        if x["week"] != wk:
            wk = x["week"]
            ws = [y for y in recs if y["week"] == wk]
            mon = x["when"].date() - datetime.timedelta(days=x["when"].weekday())
            sun = mon + datetime.timedelta(days=6)
            items.append(("band", f"WEEK {wk:02d}   MON {mon.strftime('%d-%b').upper()} THRU SUN "
                                  f"{sun.strftime('%d-%b').upper()}"))
        d, tm = x["reported_at"].split()
        items.append(("row", [x["case_number"], x["day"], d, tm, x["type"], x["location"], x["disposition"]]))
        if i == len(recs) - 1 or recs[i + 1]["week"] != wk:
            items.append(("sub", f"WEEK {wk:02d} TOTAL: {len(ws)} CALLS"))
    return draw_table(path, letter, "Courier", 7.2, ["KESTLE VALLEY POLICE DEPARTMENT [INVENTED]",
                      f"CALLS FOR SERVICE BY WEEK  {label}", "CFS NUMBERS ARE ISSUED BY WEEK-YEAR"], cols, items,
                      [f"TOTAL CALLS: {len(recs)}"], total)


# ---------------------------------------------------------------- ground truth

SAMPLE_KEYS = ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, of=False):
    related = [{"record": x["case_number"], "kind": k, "number": num} for x in recs for k, num in x["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        x = recs[i]
        s = {k: x[k] for k in SAMPLE_KEYS if k in fields and k in x}
        if of:
            s["reported_at"] = x["when"].strftime("%A, %B %-d %H%M")
        if x["related"]:
            s["related_numbers"] = [num for _, num in x["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs101.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [x["case_number"] for x in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs101.py) from the records it drew; "
                               "checked by check_blind_logs101.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        drawn = of_items(r, recs) if make is of_make else recs
        pages = draw(d / fname, drawn, label, None)
        draw(d / fname, drawn, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check, make is of_make))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "hb": ("Portrait Helvetica table 'Incident Log - 12/29 - 01/04', column titles repeated per page: Incident "
           "No. (HB-YY-NNNNN, the id), Rptd ('MM/DD HH:MM' WITHOUT a year), Nature, Location, Disposition "
           "('Cited HBC-NNNNN': the citation is related, not an id). TWIST: the serial runs on across the year "
           "end but the id's YEAR PART changes on January 1 (HB-25-01931 then HB-26-01932): no restart, no "
           "separator row; the year of each date has to come from the id or the period. Footer 'Page n of N'; "
           "ends 'Incidents listed: N'.",
           "rows counted from the generator; 'Incidents listed' equals record_count"),
    "qc": ("Landscape Times table 'Case Entry Log', 'Sorted by date entered. Case numbers are issued per year of "
           "occurrence.' Columns Case # (QCYY-NNNNN), Entered ('MM-DD HHMM', no year; reported_at), Occurred "
           "(same form; occurred_at), Offense, Location, Deputy (badge 'D-NNN', not an id), Status ('Assist "
           "WVSP NN-NNNN' is another agency's case, related). TWIST: the new-year series restarts at 00001 on "
           "January 1, but December incidents reported late and entered in January take the OLD year's series "
           "(serials continuing above the last December entry) and are printed among the new-year rows by "
           "entry date, unflagged; their Occurred date is in December. Ends 'Total entries: N (old-year "
           "series: a, new-year series: b)'.",
           "rows counted from the generator; the closing total and its two parts agree with case_numbers"),
    "mu": ("University 'Daily Crime and Fire Log' (winter break) in three-line labelled blocks parted by dotted "
           "rules: 'Report No.:' (MU-YYYY-NNNN, the id) beside 'Reported:' ('Wed 31 Dec 23:10', weekday, day "
           "and month, NO year); 'Incident:' beside 'Location:'; 'Status:' ('Referred to Marrowgate City PD "
           "MCPD YY-NNNNN' is related). Numbering restarts at MU-YYYY-0001 in January. TRAP: between the last "
           "December block and the first January block a whole 'YEAR-END SUMMARY' page: 'Reports filed in "
           "YYYY: N (MU-YYYY-0001 through <last id>)', a category table with two years' counts and a change "
           "percentage, 'Reports still open at year end:' listing six report numbers (two from earlier in the "
           "year, NOT in this log and not records here; four repeating ids of December blocks above), and a "
           "December entry count. None of it is a record. Ends 'Reports in this log: N'.",
           "blocks counted from the generator; 'Reports in this log' equals record_count"),
    "of": ("Town 'Shift Narrative Log' in Times: day headings 'WEDNESDAY, DECEMBER 31' (no year), then one "
           "paragraph per entry with the time (HHMM) in a left gutter: '<type>, <NN00 block of street>. "
           "<outcome> Log No. YY-NNNN.' (the id last; wrapped lines indented). The log numbers RESTART at "
           "midnight on January 1 (YY-0001 of the new year). TRAPS: routine entries without a log number "
           "('0200 Downtown building checks...', '0000 Midnight. Happy New Year. Log numbering restarts at "
           "26-0001 for 2026.' which prints the first new id before its record and a year); 'Further to "
           "YY-NNNN:' entries in January that add to December records printed earlier (old-year ids repeated, "
           "not records). reported_at in sample_records joins the heading (day name, month, day) and the "
           "gutter time. Ends 'Log numbers issued this period: N'.",
           "entries counted from the generator; the closing count equals record_count"),
    "kv": ("Courier 'CALLS FOR SERVICE BY WEEK', rows grouped under bands 'WEEK 52   MON 22-DEC THRU SUN 28-DEC', "
           "each week closed by 'WEEK nn TOTAL: N CALLS' (not records). Columns CFS NO (KVYY-NNNNN, the id), "
           "DAY, DATE ('29-DEC', no year), TIME (HHMM) (reported_at joins DATE and TIME), CALL TYPE, ADDRESS, "
           "DISPO ('RPT KVRYY-NNNN' / 'ARR KVRYY-NNNN': a case report number, related). TWIST: CFS numbers "
           "follow the ISO WEEK-YEAR: week 01 starts Monday 29-DEC, so calls of December 29-31 already carry "
           "the new year's KV26- numbers, restarting at 00001, while week 52 carries KV25- numbers. Ends "
           "'TOTAL CALLS: N'.",
           "rows counted from the generator; the week totals add up to 'TOTAL CALLS'"),
}

F5 = ["case_number", "reported_at", "type", "location", "disposition"]


def main():
    one_agency("harwick-bay-me-pd", 1,
               [("hbpd-incident-log-2025-12-29-2026-01-04.pdf", span((2025, 12, 29), (2026, 1, 4)),
                 "12/29 - 01/04", 84, 1862),
                ("hbpd-incident-log-2024-12-28-2025-01-03.pdf", span((2024, 12, 28), (2025, 1, 3)),
                 "12/28 - 01/03", 66, 1791)],
               hb_make, hb_draw, "Harwick Bay Police Department, ME [invented]",
               "weekly incident log across a year end (id year part changes)", "table with header", F5, *NOTES["hb"])
    one_agency("quillon-county-wv-so", 2,
               [("qcso-case-entry-log-2025-12-26-2026-01-08.pdf", span((2025, 12, 26), (2026, 1, 8)),
                 "12-26 through 01-08", 108, 11412)],
               qc_make, qc_draw, "Quillon County Sheriff's Office, WV [invented]",
               "case entry log sorted by date entered (late old-year cases among new)", "table with header",
               ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"], *NOTES["qc"])
    one_agency("marrowgate-university-dps", 3,
               [("mudps-crime-fire-log-2025-12-15-2026-01-16.pdf", span((2025, 12, 15), (2026, 1, 16)),
                 "December 15 to January 16", 64, 583)],
               mu_make, mu_draw, "Marrowgate University Department of Public Safety [invented]",
               "daily crime and fire log with a year-end summary page", "labelled blocks", F5, *NOTES["mu"])
    one_agency("ostrander-falls-vt-pd", 4,
               [("ofpd-shift-log-2025-12-29-2026-01-04.pdf", span((2025, 12, 29), (2026, 1, 4)),
                 "December 29 to January 4", 58, 3301),
                ("ofpd-shift-log-2024-12-30-2025-01-05.pdf", span((2024, 12, 30), (2025, 1, 5)),
                 "December 30 to January 5", 47, 3177)],
               of_make, of_draw, "Ostrander Falls Police Department, VT [invented]",
               "shift narrative log across New Year (log numbers restart)", "free text",
               F5, *NOTES["of"])
    one_agency("kestle-valley-co-pd", 5,
               [("kvpd-cfs-by-week-2025-w52-2026-w02.pdf", span((2025, 12, 22), (2026, 1, 11)),
                 "WEEKS 52-02", 124, 14208)],
               kv_make, kv_draw, "Kestle Valley Police Department, CO [invented]",
               "calls for service grouped by ISO week (id year = week-year)", "table with header", F5, *NOTES["kv"])


if __name__ == "__main__":
    main()
