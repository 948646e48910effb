"""Generate a held-out set of accessible and large-print incident logs (blind_logs139).

Five layouts: a tagged, linearised export with one field per line and a screen-reader prefix
`Record N of M` on every record (records cut by a page break resume under `Record N of M, continued`);
a large-print edition with three incidents per page under white-on-black heading bars and a page
header `Records A to B`; a weekly summary in paragraphs whose alt-text paragraphs describe a bar chart
and a map and cite case numbers; a log whose tables are re-flowed as numbered `label: value` lists,
where the arrest table and the totals table are re-flowed the same way after the incidents; a
high-contrast table whose first cell stacks the case number over a CAD number. Everything is
invented. Output is deterministic: fixed seed, reportlab invariant mode. Run:
    python tests/documents/blind_logs139/make_blind_logs139.py [OUT_DIR]
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
SEED = 20261139
TYPES = ["Theft from vehicle", "Burglary - residence", "Vandalism", "Welfare check", "Disturbance - noise",
         "Suspicious person", "Traffic collision - property damage", "Shoplifting", "Fraud - phone scam",
         "Trespass", "Found property", "Assault - simple", "Harassment", "Stolen bicycle", "Animal complaint",
         "Driving under the influence", "Missing person - located", "Burglary - business"]
DISPS = ["Report taken", "Closed - no further action", "Arrest made", "Referred to detectives",
         "Unfounded", "Citation issued", "Gone on arrival", "Referred to another agency"]
STREETS = ["Larch Street", "Quarry Road", "Millrace Avenue", "Fenwick Lane", "Old Orchard Road", "Tansy Court",
           "Harrow Street", "Beacon Hill Drive", "Sorrel Way", "Dunmore Avenue", "Kestrel Road", "Linden Place"]
PLACES = ["Wrenfield Public Library", "Riverside Park south lot", "Halcott Transit Center",
          "Bramble Creek Trailhead", "Fairgrounds east gate", "North Ridge Shopping Plaza"]


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


NOARREST = ("Welfare check", "Found property", "Missing person - located", "Animal complaint",
            "Traffic collision - property damage", "Suspicious person")


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
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    if k < 0.8:
        a, b = r.sample(STREETS, 2)
        return f"{a} and {b}"
    return r.choice(PLACES)


def ampm(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def longdate(t):
    return f"{t.strftime('%A, %B')} {t.day}, {t.year}"


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


def draw(path, size, pages, margin=40):
    """pages: list of list of items (y, x, text, font, size, bar); bar True draws a black bar and white
    text, "w" white text only (over a bar drawn by an earlier item)."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs, bar in items:
            if bar is True:
                c.setFillGray(0)
                c.rect(margin - 4, y - fs * 0.35, size[0] - 2 * margin + 8, fs * 1.35, stroke=0, fill=1)
                c.setFillGray(1)
            else:
                c.setFillGray(1 if bar == "w" else 0)
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs139.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs139.py) from the records it drew; "
                               "checked by check_blind_logs139.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Wrenfield, OR: linearised export
def wrenfield(d, r):
    agency = "Wrenfield Police Department, OR [invented]"
    gt = []
    num = 4180
    for fname, first, n, label in [("wrenfield-log-accessible-2025-10-01-15.pdf", 1, 52, "October 1-15, 2025"),
                                   ("wrenfield-log-accessible-2025-10-16-31.pdf", 16, 61, "October 16-31, 2025")]:
        recs = []
        for t in stamps(r, datetime.datetime(2025, 10, first), n, 15):
            num += r.randint(1, 4)
            rec = {"case_number": f"WPD25-00{num}", "reported_at": f"{longdate(t)}, {ampm(t)}",
                   "type": r.choice(TYPES), "location": location(r), "rel": []}
            rec["disposition"] = disp(r, rec["type"])
            if r.random() < 0.2:
                rec["rel"].append(("linked_case", f"WPD25-00{r.randint(3100, 3999)}"))
            recs.append(rec)
        F, S, L = "Helvetica", 11, 15
        pages, items, y = [], [], None
        top, bottom = 792 - 110, 60

        def new_page():
            nonlocal items, y
            items = []
            pages.append(items)  # noqa: B023 (called inside this loop only)
            items.append((792 - 50, 40, "WRENFIELD POLICE DEPARTMENT [invented] - INCIDENT LOG", "Helvetica-Bold", 14, True))
            items.append((792 - 74, 40, f"Accessible text version. Period: {label}. Tagged PDF, one field per line.",  # noqa: B023
                          F, 10, False))  # noqa: B023
            y = top  # noqa: B023

        new_page()
        items.append((y, 40, "How to read this document: each record starts with its position in the log, "
                             "then one field per line.", F, 10, False))
        y -= 2 * L
        for i, rec in enumerate(recs, 1):
            lines = [f"Record {i} of {n}", f"Case number: {rec['case_number']}",
                     f"Reported: {rec['reported_at']}", f"Incident type: {rec['type']}",
                     f"Location: {rec['location']}", f"Officer: Badge {r.randint(1100, 1999)}",
                     f"Disposition: {rec['disposition']}"]
            lines += [f"Linked case: {x}" for _, x in rec["rel"]]
            for j, line in enumerate(lines):
                if y < bottom:
                    new_page()
                    if j:
                        items.append((y, 40, f"Record {i} of {n}, continued", "Helvetica-Oblique", S, False))
                        y -= L
                items.append((y, 40, line, "Helvetica-Bold" if j == 0 else F, S, False))
                y -= L
            y -= L
        if y < bottom + L:
            new_page()
        items.append((y, 40, f"End of log. {n} records.", "Helvetica-Bold", S, False))
        for k, it in enumerate(pages, 1):
            it.append((36, 40, f"Page {k} of {len(pages)}. Records line 555-0141.", F, 9, False))
        path = d / fname
        draw(path, letter, pages)
        gt.append(entry(path, agency, "incident log, accessible linearised export (half month)", "labelled blocks",
                        recs, ["reported_at", "type", "location", "disposition"],
                        "Tagged linearised export: one field per line, every record opens with the screen-reader "
                        "prefix `Record N of M` (N = position, M = total, so small numbers stand beside every case "
                        "number). A record cut by a page break resumes under `Record N of M, continued` on the next "
                        "page (one record, not two). Some records carry `Linked case: WPD25-00NNNN`, an earlier case "
                        "shaped like the record's own number. Ends `End of log. N records.`",
                        "every record counted by the generator; `Record N of M` prefixes give the count",))
    return agency, gt


# 2 ------------------------------------------------------------------ Tolliver County, KS: large print
def tolliver(d, r):
    agency = "Tolliver County Sheriff's Office, KS [invented]"
    n, per = 44, 3
    recs, num = [], 612
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 5)
        loc = location(r) if r.random() < 0.6 else \
            f"County Road {r.randint(2, 40)} at milepost {r.randint(1, 30)}, {r.choice(['north', 'south', 'east', 'west'])} shoulder near the {r.choice(['grain elevator', 'cattle guard', 'river bridge', 'township hall'])}"
        rec = {"case_number": f"T25-0{num}", "reported_at": f"{t.strftime('%B')} {t.day}, {t.year} at {ampm(t)}",
               "type": r.choice(TYPES), "location": loc, "rel": []}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
    F, S, L = "Helvetica", 18, 24
    chunks = [recs[i:i + per] for i in range(0, n, per)]
    npages = len(chunks) + 1
    pages = []
    cover = [(792 - 70, 40, "TOLLIVER COUNTY SHERIFF", "Helvetica-Bold", 24, True),
             (792 - 104, 40, "Incident Log, October 2025", "Helvetica-Bold", 20, False),
             (792 - 134, 40, "Large-print edition", F, S, False)]
    y = 792 - 190
    for line in wrap(f"This large-print edition has {n} incidents on {npages} pages, three incidents to a page. "
                     f"For Braille or audio, call Records at 555-0136.", F, S, 532):
        cover.append((y, 40, line, F, S, False))
        y -= L
    pages.append(cover)
    first = 1
    for k, chunk in enumerate(chunks, 2):
        last = first + len(chunk) - 1
        items = [(792 - 44, 40, f"Tolliver County Sheriff - Page {k} of {npages}", "Helvetica-Bold", 14, False),
                 (792 - 64, 40, f"Records {first} to {last}", F, 14, False)]
        y = 792 - 110
        for rec in chunk:
            items.append((y, 40, f"INCIDENT {rec['case_number']}", "Helvetica-Bold", 20, True))
            y -= L + 8
            for lab, key in [("Reported", "reported_at"), ("Type", "type"), ("Where", "location"),
                             ("Result", "disposition")]:
                for j, line in enumerate(wrap(f"{lab}: {rec[key]}", F, S, 532)):
                    items.append((y, 40 if j == 0 else 64, line, F, S, False))
                    y -= L
            items.append((y, 40, f"Deputy: Badge {r.randint(200, 499)}", F, S, False))
            y -= L + 14
        pages.append(items)
        first = last + 1
    path = d / "tolliver-incident-log-large-print-2025-10.pdf"
    draw(path, letter, pages)
    gt = [entry(path, agency, "monthly incident log, large-print edition", "labelled blocks", recs,
                ["reported_at", "type", "location", "disposition"],
                "Large print (18 pt values, 20 pt heading bars), three incidents to a page after a cover page. Each "
                "incident opens with a white-on-black bar `INCIDENT T25-0NNN` (high-contrast heading; the text is "
                "white). Every page header carries `Page K of P` and `Records A to B`, ordinal numbers that are not "
                "ids. Long values wrap onto an indented second line. The cover gives the total (`has N incidents`).",
                "counted by the generator: 3 per page, page headers `Records A to B` agree")]
    return agency, gt


VEH = ("Theft from vehicle", "Traffic collision - property damage", "Driving under the influence")


# 3 ------------------------------------------------------------------ Halcott, NY: alt text paragraphs
def halcott(d, r):
    agency = "Halcott Police Department, NY [invented]"
    n = 66
    recs, num, arr = [], 3090, 488
    for t in stamps(r, datetime.datetime(2025, 10, 6), n, 7):
        num += r.randint(1, 2)
        rec = {"case_number": f"25-{num}", "reported_at": f"{longdate(t)}, {ampm(t)}", "type": r.choice(TYPES),
               "location": location(r), "rel": [], "t": t}
        rec["disposition"] = disp(r, rec["type"])
        if rec["disposition"] == "Arrest made":
            arr += r.randint(1, 4)
            rec["rel"].append(("arrest_number", f"A25-{arr:04d}"))
        recs.append(rec)
    F, S, L, W = "Helvetica", 10.5, 14, 532
    days = {}
    for rec in recs:
        days.setdefault(rec["t"].date(), []).append(rec)
    big = max(days, key=lambda k: len(days[k]))
    cite1 = [x["case_number"] for x in days[big] if x["type"].startswith("Burglary") or x["type"] == "Vandalism"][:4]
    if len(cite1) < 2:
        cite1 = [x["case_number"] for x in days[big][:3]]
    collisions = [x["case_number"] for x in recs if x["type"] in VEH][:6]
    paras = []  # (kind, text)
    paras.append(("fig", "Figure 1. Incidents by day of the week (bar chart)."))
    counts = ", ".join(f"{k.strftime('%A')} {len(v)}" for k, v in days.items())
    paras.append(("p", f"Alt text: A vertical bar chart of the {n} incidents reported this week, one bar per day. "
                       f"From left to right: {counts}. The tallest bar is {big.strftime('%A')}; it includes "
                       f"cases {', '.join(cite1[:-1])} and {cite1[-1]}, described below."))
    mid = list(days)[3]
    for k, v in days.items():
        paras.append(("bar", longdate(datetime.datetime.combine(k, datetime.time())).upper()))
        for rec in v:
            txt = (f"{rec['case_number']} \u2014 {rec['type']}. Reported {rec['reported_at']}, at {rec['location']}. "
                   f"Disposition: {rec['disposition']}.")
            if rec["rel"]:
                txt += f" Arrest number {rec['rel'][0][1]}."
            paras.append(("p", txt))
        if k == mid:
            paras.append(("fig", "Figure 2. Map of vehicle-related incidents this week (image)."))
            paras.append(("p", f"Alt text: A street map of Halcott with {len(collisions)} red pins. The pins mark "
                               f"the vehicle thefts, collisions and impaired-driving stops in cases {', '.join(collisions[:-1])} and {collisions[-1]}. Most "
                               f"pins are along Millrace Avenue."))
    paras.append(("p", f"This summary lists {n} incidents. Questions: Public Information Office, 555-0172."))
    pages, items, y = [], None, 0

    def new_page():
        nonlocal items, y
        items = [(792 - 50, 40, "Halcott Police Department [invented] - Weekly Incident Summary", "Helvetica-Bold", 13, False),
                 (792 - 68, 40, "October 6-12, 2025. Accessible version with image descriptions.", F, 10, False)]
        pages.append(items)
        y = 792 - 100

    new_page()
    for kind, txt in paras:
        font = "Helvetica-Bold" if kind in ("bar", "fig") else F
        lines = wrap(txt, font, S, W)
        if y - L * len(lines) < 50 and kind != "p" or y - L * min(2, len(lines)) < 50:
            new_page()
        for line in lines:
            if y < 50:
                new_page()
            items.append((y, 40, line, font, S, kind == "bar"))
            y -= L
        y -= 6 if kind != "bar" else 2
    for k, it in enumerate(pages, 1):
        it.append((36, 40, f"Page {k} of {len(pages)}", F, 9, False))
    path = d / "halcott-weekly-summary-accessible-2025-10-06-12.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("t")
    gt = [entry(path, agency, "weekly incident summary, accessible version with image descriptions", "free text",
                recs, ["reported_at", "type", "location", "disposition"],
                "One paragraph per incident opening with the case number and an em dash (`25-NNNN \u2014 Type.`), "
                "grouped under white-on-black day headings. Two alt-text paragraphs (`Alt text: ...`) stand in for "
                "a bar chart (incidents per day, with counts) and a map; both cite case numbers of incidents "
                "described elsewhere in the document, which are not extra records. Arrest numbers `A25-NNNN` "
                "follow some paragraphs. Ends `This summary lists N incidents.`",
                "paragraphs counted by the generator; the chart's day counts add up to the total")]
    return agency, gt


# 4 ------------------------------------------------------------------ Bramblewood, MN: reflowed tables
def bramblewood(d, r):
    agency = "Bramblewood Police Department, MN [invented]"
    n = 78
    recs, num = [], 1400
    for t in stamps(r, datetime.datetime(2025, 10, 13), n, 14):
        num += r.randint(1, 3)
        rec = {"case_number": f"BW25-{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(TYPES),
               "location": location(r), "rel": []}
        rec["disposition"] = disp(r, rec["type"])
        if r.random() < 0.12:
            rec["rel"].append(("related_case", f"BW24-{r.randint(5000, 9999)}"))
        recs.append(rec)
    arrests, an = [], 310
    for rec in recs:
        if rec["disposition"] == "Arrest made":
            an += r.randint(1, 3)
            a = f"BA25-0{an}"
            rec["rel"].append(("arrest_number", a))
            arrests.append((a, rec, r.randint(20, 240)))
    F, S, L, W = "Helvetica", 10, 13, 500
    paras = [("h", f"Table 1. Incidents ({n} rows), reflowed.")]
    for i, rec in enumerate(recs, 1):
        txt = (f"Case Number: {rec['case_number']}; Date/Time Reported: {rec['reported_at']}; "
               f"Offense: {rec['type']}; Address: {rec['location']}; Disposition: {rec['disposition']}")
        for k, x in rec["rel"]:
            if k == "related_case":
                txt += f"; Related Case: {x}"
        paras.append(("n", f"{i}.", txt + "."))
    paras.append(("h", f"Table 2. Arrests ({len(arrests)} rows), reflowed."))
    for i, (a, rec, mins) in enumerate(arrests, 1):
        t = datetime.datetime.strptime(rec["reported_at"], "%m/%d/%Y %H:%M") + datetime.timedelta(minutes=mins)
        paras.append(("n", f"{i}.", f"Arrest Number: {a}; Case Number: {rec['case_number']}; "
                                    f"Date/Time Booked: {t.strftime('%m/%d/%Y %H:%M')}; Charge: {rec['type']}."))
    tot = {}
    for rec in recs:
        tot[rec["type"]] = tot.get(rec["type"], 0) + 1
    paras.append(("h", f"Table 3. Offense totals ({len(tot)} rows), reflowed."))
    for i, (k, v) in enumerate(sorted(tot.items()), 1):
        paras.append(("n", f"{i}.", f"Offense: {k}; Count: {v}."))
    pages, items, y = [], None, 0

    def new_page():
        nonlocal items, y
        items = [(792 - 50, 40, "BRAMBLEWOOD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 14, True),
                 (792 - 72, 40, "Incident Log, October 13-26, 2025 - accessible version (tables reflowed as "
                                "label: value lists)", F, 10, False)]
        pages.append(items)
        y = 792 - 100

    new_page()
    items.append((y, 40, "In this version each table row is one numbered item; each cell is written as "
                         "Column: value, cells separated by semicolons.", F, S, False))
    y -= 2 * L
    for p in paras:
        if p[0] == "h":
            if y < 90:
                new_page()
            y -= 4
            items.append((y, 40, p[1], "Helvetica-Bold", 12, False))
            y -= L + 4
            continue
        for j, line in enumerate(wrap(p[2], F, S, W)):
            if y < 50:
                new_page()
            if j == 0:
                items.append((y, 40, p[1], F, S, False))
            items.append((y, 66, line, F, S, False))
            y -= L
        y -= 3
    for k, it in enumerate(pages, 1):
        it.append((36, 40, f"Page {k} of {len(pages)} - Records Unit 555-0158", F, 9, False))
    path = d / "bramblewood-incident-log-reflowed-2025-10-13-26.pdf"
    draw(path, letter, pages)
    gt = [entry(path, agency, "two-week incident log, accessible version with tables reflowed", "numbered paragraphs",
                recs, ["reported_at", "type", "location", "disposition"],
                "Every table row is re-flowed into one numbered item of `Column: value` cells separated by "
                "semicolons, wrapped over 2-3 lines and sometimes over a page break. Only Table 1 (`Incidents (N "
                "rows)`) holds records. Table 2 (arrests) is re-flowed the same way, numbered from 1 again, and each "
                "item repeats a Table 1 case number beside an arrest number `BA25-0NNN`; Table 3 (offense totals) "
                "is numbered items too. Some incidents cite `Related Case: BW24-NNNN` from last year.",
                "Table 1 items counted by the generator; the table caption gives the row count")]
    return agency, gt


# 5 ------------------------------------------------------------------ Quillan, WA: high-contrast table
def quillan(d, r):
    agency = "Quillan Police Department, WA [invented]"
    n = 92
    recs, num, cadn = [], 20410, {}
    for t in stamps(r, datetime.datetime(2025, 10, 20), n, 7):
        num += r.randint(1, 3)
        cadn[t.date()] = cadn.get(t.date(), r.randint(3, 9) * 10) + r.randint(2, 9)
        cad = f"{t.strftime('%y%m%d')}-{cadn[t.date()]:04d}"
        rec = {"case_number": f"Q25-{num}", "reported_at": f"{t.strftime('%m/%d/%Y')} {t.strftime('%H:%M')}",
               "type": r.choice(TYPES), "location": location(r),
               "rel": [("cad_number", cad)], "cad": cad}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
    size = landscape(letter)
    F, S = "Helvetica", 11
    cols = [40, 150, 250, 430, 620]
    head = ["Case no. / CAD", "Reported", "Incident type", "Location", "Disposition"]
    pages, items, y = [], None, 0

    def new_page():
        nonlocal items, y
        items = [(612 - 44, 40, "Quillan Police Department [invented] - Incident Log, October 20-26, 2025 "
                                "(high-contrast print)", "Helvetica-Bold", 14, False),
                 (612 - 62, 40, "Two lines per row: case number over the dispatch (CAD) number; date over time.",
                  F, 10, False)]
        y = 612 - 92
        for x, h in zip(cols, head):
            items.append((y, x, h, "Helvetica-Bold", 12, True if x == cols[0] else "w"))
        y -= 24
        pages.append(items)

    new_page()
    for rec in recs:
        loc = wrap(rec["location"], F, S, 180)
        typ = wrap(rec["type"], F, S, 170)
        dis = wrap(rec["disposition"], F, S, 130)
        c1 = [[rec["case_number"], rec["reported_at"][:10], typ[0], loc[0], dis[0]],
              [f"CAD {rec['cad']}", rec["reported_at"][11:], typ[1] if len(typ) > 1 else "",
               loc[1] if len(loc) > 1 else "", dis[1] if len(dis) > 1 else ""]]
        if y < 60:
            new_page()
        for row in c1:
            for x, v in zip(cols, row):
                if v:
                    items.append((y, x, v, "Helvetica-Bold" if x == cols[0] and row is c1[0] else F, S, False))
            y -= 14
        y -= 8
    if y < 70:
        new_page()
    items.append((y - 6, 40, f"Rows in this table: {n}. Alternate formats: 555-0193.", "Helvetica-Bold", S, False))
    for k, it in enumerate(pages, 1):
        it.append((30, 40, f"Page {k} of {len(pages)}", F, 9, False))
    path = d / "quillan-incident-log-high-contrast-2025-10-20-26.pdf"
    draw(path, size, pages)
    for rec in recs:
        rec.pop("cad")
    gt = [entry(path, agency, "weekly incident log, high-contrast print", "table with header", recs,
                ["reported_at", "type", "location", "disposition"],
                "Landscape table, white-on-black header row repeated on every page. "
                "Each row is two printed lines: the first cell stacks the case number `Q25-NNNNN` over the dispatch "
                "number `CAD YYMMDD-NNNN` (a second number at the left margin under every id), and the Reported "
                "cell stacks the date over the time (reported_at is `MM/DD/YYYY HH:MM`, the two lines joined). "
                "Ends `Rows in this table: N.`",
                "rows counted by the generator")]
    return agency, gt


AGENCIES = [("wrenfield-or-pd", 1, wrenfield), ("tolliver-county-ks-so", 2, tolliver),
            ("halcott-ny-pd", 3, halcott), ("bramblewood-mn-pd", 4, bramblewood), ("quillan-wa-pd", 5, quillan)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
