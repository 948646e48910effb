"""Make the held-out set blind_logs80: incident logs sorted and grouped by something other than time.

Five invented agencies: a weekly report by beat (beats split by page breaks, `(continued)` headings,
rows cut in two), a CAD address-history report sorted by street (call numbers beside report
numbers), a CompStat district packet (statistics tables before each district's listing), a press
log arranged by offense (multi-offense reports cross-listed as `See ...` stubs), and a month of
labelled blocks filed by street (numbered streets after the alphabet, a location-withheld group).

Records are made as plain dicts first (fixed seeds 20261180 + agency number), then drawn with the
reportlab canvas in invariant mode, then groundtruth.json is written from the same dicts.
Running it again gives byte-identical files.
Run: .venv/bin/python tests/documents/blind_logs80/make_blind_logs80.py [OUT_DIR]
"""

import datetime as dt
import hashlib
import json
import random
import re
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

SEED = 20261180
HERE = Path(__file__).resolve().parent
GEN = "make_blind_logs80.py (seed 20261180 + agency number)"

STREETS = [
    "Alder Ct", "Aspen Dr", "Birch St", "Bramble Ln", "Cedar Ave", "Chestnut St", "Dogwood Rd", "Elm St",
    "Fairview Ave", "Foundry Rd", "Garnet St", "Hawthorn Ln", "Hillcrest Dr", "Juniper Way", "Kettle Rd",
    "Larch Ave", "Linden St", "Maple Ave", "Mill Race Rd", "Oak St", "Orchard Ln", "Pine St", "Quarry Rd",
    "Ridge Rd", "Sumac Ct", "Tamarack Dr", "Union St", "Valley View Rd", "Walnut St", "Willow Ln",
]
NUMBERED = ["1st Ave", "2nd Ave", "3rd St", "4th Ave", "5th St", "9th St", "12th Ave"]


def wrap(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines or [""]


def new_canvas(path, size, title):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor("[invented]")
    c.setCreator("blind_logs80 generator")
    return c


def times(rng, start, days, n):
    out = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randrange(days), minutes=rng.randrange(24 * 60))
        out.append(d)
    return sorted(out)


def entry(folder_file, agency, doctype, layout, recs, samples_fn, fields, notes, src, count_check, related):
    return {
        "file": folder_file,
        "source_repo": "generated", "commit": "generated", "path": "generated", "git_blob": "generated",
        "generator": GEN,
        "sha256": None, "bytes": None, "pages": None,
        "agency": agency, "document_type": doctype, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [r["id"] for r in recs],
        "related_numbers": related,
        "fields_present": fields,
        "sample_records": [samples_fn(recs[i]) for i in (0, len(recs) // 2, len(recs) - 1)],
        "case_numbers_source": src,
        "record_count_check": count_check,
        "notes": notes,
    }


def rel_list(recs):
    return [{"record": r["id"], "kind": k, "number": n} for r in recs for k, n in r.get("related", [])]


# ---------------------------------------------------------------- 1. Marchbank PD, OH (by beat)
BEATS = [("11", "DOWNTOWN"), ("12", "NORTH END"), ("14", "RIVERSIDE"), ("15", "MILL DISTRICT"),
         ("21", "EAST HILL"), ("23", "AIRPORT ROAD")]
MB_TYPES = ["Theft", "Theft from vehicle", "Criminal damage", "Domestic dispute", "Suspicious person",
            "Burglary - residential", "Assault", "Trespass", "Disorderly conduct", "Noise complaint",
            "Welfare check", "Traffic crash - property damage", "Fraud / identity theft", "Warrant service",
            "Found property", "OVI"]
MB_DISP = ["Report taken", "Closed - no report", "Advised", "Unfounded", "Referred to detective bureau",
           "Gone on arrival", "Citation issued", "Arrest - booked", "Cleared - exceptional"]
MB_PLACES = ["Marchbank Middle School, 400 Wren St", "Riverside Plaza parking deck, level 2",
             "Mill Race Apartments, building C", "Marchbank Public Library, 18 Court St",
             "East Hill Park pavilion", "Airport Road Travel Center"]


def make_marchbank(rng, start, days, n, first_id):
    stamps = times(rng, start, days, n)
    recs = []
    for i, ts in enumerate(stamps):
        typ = rng.choice(MB_TYPES)
        beat = rng.choice(BEATS)
        if rng.random() < 0.2:
            loc = rng.choice(MB_PLACES)
        else:
            loc = f"{rng.randrange(1, 40) * 100} block {rng.choice(STREETS)}"
        disp = rng.choice(MB_DISP)
        related = []
        if disp == "Arrest - booked" or typ in ("OVI", "Warrant service"):
            bk = f"BK25-{rng.randrange(1000, 9999)}"
            disp = f"Arrest - booked, Marchbank County Jail {bk}"
            related.append(("booking_number", bk))
        elif disp == "Citation issued":
            ct = f"OH{rng.randrange(1000000, 9999999)}"
            disp = f"Citation issued {ct}"
            related.append(("citation", ct))
        recs.append({"id": f"MB25-{first_id + i:05d}", "ts": ts, "reported": ts.strftime("%m/%d/%Y %H:%M"),
                     "type": typ, "location": loc, "disposition": disp, "beat": beat, "related": related})
    order = {b: k for k, b in enumerate(BEATS)}
    recs.sort(key=lambda r: (order[r["beat"]], r["ts"]))
    return recs


def draw_marchbank(path, recs, period, bottom):
    W, H = letter
    c = new_canvas(path, letter, f"Marchbank PD weekly incident report by beat {period}")
    cols = [(36, "Case No.", 62), (100, "Reported", 64), (168, "Incident Type", 110), (282, "Location", 140),
            (428, "Disposition", 148)]
    fs, lead = 7.5, 9.5
    st = {"page": 0, "y": 0, "splits": 0}

    def page_top(cont_beat=None):
        if st["page"]:
            c.showPage()
        st["page"] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 40, "MARCHBANK POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, H - 53, f"Weekly Incident Report by Beat   {period}")
        c.drawRightString(W - 36, H - 53, f"Page {st['page']}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t, _ in cols:
            c.drawString(x, H - 72, t)
        c.setLineWidth(0.6)
        c.line(36, H - 75, W - 36, H - 75)
        st["y"] = H - 88
        if cont_beat:
            beat_head(cont_beat, True)

    def beat_head(b, cont=False):
        y = st["y"]
        c.setFillGray(0.85)
        c.rect(36, y - 3, W - 72, 11, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, f"BEAT {b[0]} - {b[1]}" + (" (continued)" if cont else ""))
        st["y"] -= 14

    cur = {"beat": None}
    page_top()
    total = 0
    i = 0
    while i < len(recs):
        b = recs[i]["beat"]
        group = [r for r in recs if r["beat"] == b]
        if st["y"] < bottom + 30:
            page_top()
        beat_head(b)
        cur["beat"] = b
        for r in group:
            cells = [wrap(v, "Helvetica", fs, w) for (x, _, w), v in
                     zip(cols, [r["id"], r["reported"], r["type"], r["location"], r["disposition"]])]
            nl = max(len(x) for x in cells)
            c.setFont("Helvetica", fs)
            for k in range(nl):
                if st["y"] < bottom:
                    page_top(b)
                    c.setFont("Helvetica", fs)
                    st["splits"] += k > 0
                for (x, _, _w), cl in zip(cols, cells):
                    if k < len(cl):
                        c.drawString(x, st["y"], cl[k])
                st["y"] -= lead
            c.setLineWidth(0.2)
            c.line(36, st["y"] + lead - 3, W - 36, st["y"] + lead - 3)
        if st["y"] < bottom:
            page_top(b)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawRightString(W - 36, st["y"], f"Beat {b[0]} subtotal: {len(group)} incidents")
        st["y"] -= 16
        total += len(group)
        i += len(group)
    if st["y"] < bottom:
        page_top()
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(36, st["y"] - 4, f"Total incidents, all beats: {total}")
    c.setFont("Helvetica", 7)
    c.drawString(36, st["y"] - 16, "Incidents are listed by the beat of occurrence, then by time reported. "
                 "Questions: Records Unit, 555-0142.")
    c.showPage()
    c.save()
    return st["splits"]


# ---------------------------------------------------------------- 2. Tallisker PD, KY (address history)
TK_TYPES = ["ALARM - BURGLAR", "NOISE COMPLAINT", "DOMESTIC DISTURBANCE", "SUSPICIOUS VEHICLE", "THEFT",
            "WELFARE CHECK", "PARKING COMPLAINT", "ANIMAL COMPLAINT", "FIGHT", "TRESPASS", "CRIMINAL MISCHIEF",
            "911 HANG-UP", "REPOSSESSION", "CIVIL MATTER", "SHOPLIFTING", "OVERDOSE"]
TK_DISP = ["REPORT", "NO REPORT", "ADVISED", "GOA", "UNFOUNDED", "CITATION", "ARREST", "REFERRED", "CANCELLED"]


def make_tallisker(rng, n_addr):
    streets = rng.sample(STREETS, 19)
    addrs = set()
    while len(addrs) < n_addr:
        addrs.add((rng.choice(streets), rng.randrange(1, 60) * 10 + rng.choice([0, 2, 4, 5, 7, 1])))
    addrs = sorted(addrs, key=lambda a: (a[0].upper(), a[1]))
    groups = []
    for s, num in addrs:
        k = rng.choice([1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 6])
        groups.append((f"{num} {s.upper()}", k))
    n = sum(k for _, k in groups)
    stamps = times(rng, dt.datetime(2025, 10, 1), 31, n)
    idx = list(range(n))
    rng.shuffle(idx)
    recs, p = [], 0
    for addr, k in groups:
        mine = sorted(idx[p:p + k])
        p += k
        for j in mine:
            ts = stamps[j]
            disp = rng.choice(TK_DISP)
            related = []
            rpt = ""
            if disp in ("REPORT", "ARREST", "CITATION") or rng.random() < 0.1:
                rpt = f"R25-{1000 + j * 3 + rng.randrange(3):04d}"
                related.append(("report_number", rpt))
            recs.append({"id": f"25-{104000 + j * 7 + rng.randrange(7)}", "ts": ts,
                         "reported": ts.strftime("%m/%d/%y %H:%M"), "type": rng.choice(TK_TYPES),
                         "location": addr, "disposition": disp, "report": rpt, "related": related})
    return recs


def draw_tallisker(path, recs):
    W, H = letter
    c = new_canvas(path, letter, "Tallisker PD calls for service by address, October 2025")
    st = {"page": 0, "y": 0}
    cols = [(72, "Call No."), (140, "Received"), (214, "Call Type"), (350, "Disposition"), (440, "Report No.")]

    def page_top():
        if st["page"]:
            c.showPage()
        st["page"] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(36, H - 40, "TALLISKER POLICE DEPARTMENT - CAD")
        c.setFont("Courier", 8)
        c.drawString(36, H - 52, "CALLS FOR SERVICE - ADDRESS HISTORY REPORT")
        c.drawString(36, H - 62, "Date range: 10/01/25 00:00 - 10/31/25 23:59   Sort: Street name, house number")
        c.drawRightString(W - 36, H - 52, f"Page {st['page']}")
        c.drawRightString(W - 36, H - 62, "Run 11/03/25 07:12")
        c.setFont("Courier-Bold", 8)
        for x, t in cols:
            c.drawString(x, H - 80, t)
        c.line(36, H - 83, W - 36, H - 83)
        st["y"] = H - 98

    page_top()
    groups = []
    for r in recs:
        if groups and groups[-1][0] == r["location"]:
            groups[-1][1].append(r)
        else:
            groups.append((r["location"], [r]))
    for addr, rs in groups:
        if st["y"] - 11 * (len(rs) + 1) < 50:
            page_top()
        c.setFont("Courier-Bold", 8.5)
        c.drawString(36, st["y"], f"ADDRESS: {addr}")
        c.drawRightString(W - 36, st["y"], f"Calls: {len(rs)}")
        st["y"] -= 11
        c.setFont("Courier", 8)
        for r in rs:
            for (x, _), v in zip(cols, [r["id"], r["reported"], r["type"], r["disposition"], r["report"]]):
                c.drawString(x, st["y"], v)
            st["y"] -= 10
        st["y"] -= 5
    if st["y"] < 70:
        page_top()
    c.line(36, st["y"] + 4, W - 36, st["y"] + 4)
    c.setFont("Courier-Bold", 8.5)
    c.drawString(36, st["y"] - 8, f"Total calls: {len(recs)} at {len(groups)} addresses")
    c.setFont("Courier", 7.5)
    c.drawString(36, st["y"] - 20, "GOA = gone on arrival. Report No. is printed only where an incident report was written.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. Vellamy PD, CT (CompStat districts)
VP_DISTRICTS = [("1", "CENTRAL"), ("2", "HARBOR"), ("3", "EASTSIDE"), ("4", "WESTFIELD")]
VP_CATS = [("Robbery", ["Robbery - street", "Robbery - commercial"]),
           ("Agg. Assault", ["Aggravated assault - weapon", "Aggravated assault - injury"]),
           ("Burglary", ["Burglary - residence", "Burglary - business", "Burglary - garage/shed"]),
           ("Larceny", ["Larceny from motor vehicle", "Shoplifting", "Larceny - other", "Theft of bicycle"]),
           ("MV Theft", ["Motor vehicle theft", "Attempted MV theft"]),
           ("Arson", ["Arson - structure", "Arson - vehicle"])]
VP_STATUS = ["Open", "Open", "Open - investigation", "Suspended", "Cleared by arrest", "Cleared - exceptional"]


def make_vellamy(rng, start, n, first_id):
    stamps = times(rng, start, 7, n)
    weights = [1, 2, 4, 8, 2, 1]
    recs = []
    for i, ts in enumerate(stamps):
        cat = rng.choices(range(len(VP_CATS)), weights)[0]
        st = rng.choice(VP_STATUS)
        related = []
        if st == "Cleared by arrest":
            a = f"A25-{rng.randrange(1000, 9999)}"
            st = f"Cleared by arrest {a}"
            related.append(("arrest_number", a))
        recs.append({"id": f"VP25-{first_id + i:05d}", "ts": ts, "reported": ts.strftime("%m/%d/%Y %H%M"),
                     "cat": cat, "category": VP_CATS[cat][0], "type": rng.choice(VP_CATS[cat][1]),
                     "district": rng.choice(VP_DISTRICTS),
                     "location": f"{rng.randrange(1, 30) * 100} blk {rng.choice(STREETS)}",
                     "disposition": st, "related": related})
    dorder = {d: k for k, d in enumerate(VP_DISTRICTS)}
    recs.sort(key=lambda r: (dorder[r["district"]], r["cat"], r["ts"]))
    # statistics per district and category
    stats = {}
    for d in VP_DISTRICTS:
        for k in range(len(VP_CATS)):
            wk = sum(1 for r in recs if r["district"] == d and r["cat"] == k)
            lw = max(0, wk + rng.randrange(-2, 3))
            d28 = wk + lw + rng.randrange(0, 6)
            y25 = d28 * 9 + rng.randrange(0, 20)
            y24 = max(1, y25 + rng.randrange(-25, 25))
            stats[(d, k)] = (wk, lw, d28, y25, y24)
    return recs, stats


def draw_vellamy(path, recs, stats, week):
    W, H = landscape(letter)
    c = new_canvas(path, (W, H), f"Vellamy PD CompStat weekly district report {week}")
    st = {"page": 0, "y": 0}
    heads = ["Category", "This Wk", "Last Wk", "28-Day", "YTD 2025", "YTD 2024", "% Chg"]
    hx = [60, 200, 250, 300, 350, 410, 470]

    def page_top(sub):
        if st["page"]:
            c.showPage()
        st["page"] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 40, "VELLAMY POLICE DEPARTMENT - CompStat")
        c.setFont("Helvetica", 9)
        c.drawString(40, H - 54, f"Weekly District Report, {week}")
        c.drawRightString(W - 40, H - 54, f"Page {st['page']}")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(40, H - 76, sub)
        st["y"] = H - 96

    def stat_table(rows):
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(hx, heads):
            (c.drawString if x == 60 else c.drawRightString)(x if x == 60 else x + 30, st["y"], t)
        c.line(56, st["y"] - 3, 510, st["y"] - 3)
        st["y"] -= 12
        c.setFont("Helvetica", 8)
        tot = [0, 0, 0, 0, 0]
        for name, vals in rows:
            for k in range(5):
                tot[k] += vals[k]
            pc = f"{round(100 * (vals[3] - vals[4]) / vals[4]):+d}%"
            c.drawString(60, st["y"], name)
            for x, v in zip(hx[1:], list(vals) + [pc]):
                c.drawRightString(x + 30, st["y"], str(v))
            st["y"] -= 10
        c.setFont("Helvetica-Bold", 8)
        c.drawString(60, st["y"], "Total Part I")
        pc = f"{round(100 * (tot[3] - tot[4]) / tot[4]):+d}%"
        for x, v in zip(hx[1:], tot + [pc]):
            c.drawRightString(x + 30, st["y"], str(v))
        c.line(56, st["y"] + 8, 510, st["y"] + 8)
        st["y"] -= 22

    cols = [(40, "Report No.", 70), (112, "Reported", 72), (186, "Category", 70), (258, "Offense", 130),
            (392, "Block", 130), (526, "Status", 200)]
    for d in VP_DISTRICTS:
        rs = [r for r in recs if r["district"] == d]
        page_top(f"DISTRICT {d[0]} - {d[1]}")
        stat_table([(VP_CATS[k][0], stats[(d, k)]) for k in range(len(VP_CATS))])
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, st["y"], f"Part I incidents reported this week, District {d[0]} ({len(rs)})")
        st["y"] -= 14

        def col_titles():
            c.setFont("Helvetica-Bold", 8)
            for x, t, _ in cols:
                c.drawString(x, st["y"], t)
            c.line(40, st["y"] - 3, W - 40, st["y"] - 3)
            st["y"] -= 13

        col_titles()
        c.setFont("Helvetica", 8)
        for r in rs:
            if st["y"] < 50:
                page_top(f"DISTRICT {d[0]} - {d[1]} (continued)")
                col_titles()
                c.setFont("Helvetica", 8)
            for (x, _, _), v in zip(cols, [r["id"], r["reported"], r["category"], r["type"], r["location"],
                                           r["disposition"]]):
                c.drawString(x, st["y"], v)
            st["y"] -= 10.5
    page_top("CITYWIDE")
    rows = []
    for k in range(len(VP_CATS)):
        vals = [sum(stats[(d, k)][j] for d in VP_DISTRICTS) for j in range(5)]
        rows.append((VP_CATS[k][0], tuple(vals)))
    stat_table(rows)
    c.setFont("Helvetica", 8)
    c.drawString(40, st["y"], f"Part I incidents reported citywide this week: {len(recs)}. "
                 "Year-to-date figures are preliminary and change as reports are reclassified.")
    c.drawString(40, st["y"] - 12, "Crime Analysis Unit, 555-0178.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. Durnhollow PD, ME (by offense)
DH_OFF = {
    "ASSAULT": ["A man said he was punched outside a bar; he declined medical care.",
                "Two brothers fought over a borrowed truck; one was summonsed."],
    "BURGLARY": ["A shed was entered overnight and power tools were taken.",
                 "A camp was entered through a rear window; the owner is listing what is missing."],
    "CRIMINAL MISCHIEF": ["Tires on a parked car were slashed.", "Graffiti was sprayed on a storefront."],
    "DISORDERLY CONDUCT": ["A group was shouting in the street after midnight; they dispersed.",
                           "A customer refused to leave a store and yelled at staff."],
    "HARASSMENT": ["A woman reported repeated unwanted calls from a former tenant.",
                   "A resident reported threatening notes left on her door."],
    "OPERATING UNDER THE INFLUENCE": ["A driver was stopped for weaving and arrested after field tests.",
                                      "A car went off the road; the driver was charged."],
    "SUSPICIOUS ACTIVITY": ["A caller saw someone trying car door handles.", "A man was seen looking into windows."],
    "THEFT": ["A bicycle was taken from a porch.", "A wallet was taken from an unlocked car.",
              "Packages were taken from a doorstep."],
    "TRESPASS": ["A man was found sleeping in a closed business and was warned.",
                 "Teenagers were told to leave a closed construction site."],
}
DH_PAIRS = [("BURGLARY", "THEFT"), ("BURGLARY", "CRIMINAL MISCHIEF"), ("ASSAULT", "DISORDERLY CONDUCT"),
            ("OPERATING UNDER THE INFLUENCE", "CRIMINAL MISCHIEF"), ("TRESPASS", "THEFT"),
            ("HARASSMENT", "CRIMINAL MISCHIEF")]
DH_STREETS = ["Larch Avenue", "Main Street", "Harbor Road", "Pleasant Street", "Chapel Street", "Mill Lane",
              "Bayview Terrace", "Union Street", "School Street", "Cross Road"]


def titled(off):
    return " ".join(w if w in ("of", "the", "under") else w.capitalize() for w in off.lower().split())


def ampm(ts):
    h = ts.hour % 12 or 12
    return f"{h}:{ts.minute:02d} {'a.m.' if ts.hour < 12 else 'p.m.'}"


def make_durnhollow(rng, n):
    stamps = times(rng, dt.datetime(2025, 10, 13), 14, n)
    names = sorted(DH_OFF)
    recs = []
    for i, ts in enumerate(stamps):
        if rng.random() < 0.14:
            offs = list(rng.choice(DH_PAIRS))
        else:
            offs = [rng.choice(names)]
        loc = f"{rng.randrange(1, 20) * 100} block of {rng.choice(DH_STREETS)}"
        day = ts.strftime("%a").replace("Tue", "Tues").replace("Thu", "Thurs")
        rec = {"id": f"DH25-{1180 + i * 2 + rng.randrange(2):04d}", "ts": ts,
               "reported": f"{day}., Oct. {ts.day}, {ampm(ts)}", "offenses": offs, "location": loc,
               "text": rng.choice(DH_OFF[offs[0]]), "related": []}
        if offs[0] in ("ASSAULT", "OPERATING UNDER THE INFLUENCE") and rng.random() < 0.6:
            s = f"S25-{rng.randrange(100, 999)}"
            rec["text"] += f" Summons {s}."
            rec["related"].append(("summons_number", s))
        recs.append(rec)
    # document order: by primary offense heading, then time
    recs.sort(key=lambda r: (r["offenses"][0], r["ts"]))
    return recs


def draw_durnhollow(path, recs):
    W, H = letter
    c = new_canvas(path, letter, "Durnhollow Police Log, Oct. 13-26, 2025, arranged by offense")
    st = {"page": 0, "y": 0}
    L, R = 72, W - 72
    fs, lead = 10, 12.5

    def page_top():
        if st["page"]:
            c.showPage()
        st["page"] += 1
        c.setFont("Times-Italic", 8.5)
        c.drawString(L, H - 40, "Durnhollow Police Department - weekly police log for the press")
        c.drawRightString(R, H - 40, f"page {st['page']}")
        st["y"] = H - 62

    def para(text, font, size=fs, indent=0):
        lines = wrap(text, font, size, R - L - indent)
        for k, ln in enumerate(lines):
            if st["y"] < 60:
                page_top()
            c.setFont(font, size)
            c.drawString(L + (indent if k else 0), st["y"], ln)
            st["y"] -= lead

    page_top()
    c.setFont("Times-Bold", 14)
    c.drawCentredString(W / 2, st["y"], "DURNHOLLOW POLICE LOG")
    st["y"] -= 16
    c.setFont("Times-Roman", 10)
    c.drawCentredString(W / 2, st["y"], "Oct. 13 - Oct. 26, 2025, arranged by offense")
    st["y"] -= 14
    para("Reports are listed under each offense, oldest first. A report involving more than one offense is "
         "written out under its most serious offense and noted under the others. Names are withheld. "
         "Questions to the Lieutenant, 555-0163.", "Times-Italic", 9)
    st["y"] -= 6
    n_off = 0
    for off in sorted(DH_OFF):
        full = [r for r in recs if r["offenses"][0] == off]
        stubs = [r for r in recs if off in r["offenses"][1:]]
        items = sorted([(r["ts"], 0, r) for r in full] + [(r["ts"], 1, r) for r in stubs], key=lambda t: t[:2])
        if not items:
            continue
        n_off += len(items)
        if st["y"] < 100:
            page_top()
        st["y"] -= 4
        c.setFont("Times-Bold", 11)
        c.drawString(L, st["y"], f"{off} ({len(items)})")
        st["y"] -= lead + 2
        for _, stub, r in items:
            if stub:
                para(f"See {titled(r['offenses'][0])}: Report {r['id']}, {r['reported'].split(', ', 1)[1].rsplit(', ', 1)[0]}, "
                     f"{r['location']}.", "Times-Italic", fs, 14)
            else:
                extra = ""
                if len(r["offenses"]) > 1:
                    extra = " Also listed under " + ", ".join(titled(o) for o in r["offenses"][1:]) + "."
                para(f"{r['reported']} - {r['location']}. {r['text']}{extra} Report {r['id']}.",
                     "Times-Roman", fs, 14)
            st["y"] -= 3
    st["y"] -= 8
    if st["y"] < 70:
        page_top()
    c.setFont("Times-Bold", 10)
    c.drawString(L, st["y"], f"This log lists {n_off} offenses in {len(recs)} reports.")
    c.showPage()
    c.save()
    return n_off


# ---------------------------------------------------------------- 5. Ostwick PD, WY (blocks by street)
OW_NATURE = ["Suspicious vehicle", "Animal at large", "Theft", "Vandalism", "Welfare check", "Civil standby",
             "Noise complaint", "Motor vehicle crash", "Trespass", "Harassment", "Found property",
             "Parking violation", "Domestic disturbance", "Juvenile problem", "Fraud"]
OW_RESULT = ["Report taken", "Advised", "Unable to locate", "Owner contacted", "Referred to county attorney",
             "Warning given", "Citation issued", "Arrest", "Assisted"]


def make_ostwick(rng, n, n_withheld, first_id):
    letters = rng.sample(STREETS, 16)
    nums = rng.sample(NUMBERED, 4)
    stamps = times(rng, dt.datetime(2025, 10, 1), 31, n)
    ids = [f"OW25-{first_id + i:04d}" for i in range(n)]
    recs = []
    wh = set(rng.sample(range(n), n_withheld))
    for i, ts in enumerate(stamps):
        res = rng.choice(OW_RESULT)
        related = []
        if i in wh:
            street, addr = None, "Withheld (juvenile)" if rng.random() < 0.6 else "Withheld (domestic violence)"
            nat = rng.choice(["Juvenile problem", "Domestic disturbance", "Harassment"])
        else:
            street = rng.choice(letters + nums) if rng.random() < 0.85 else rng.choice(nums)
            if rng.random() < 0.15:
                other = rng.choice(nums if street in letters else letters)
                a, b = sorted([street, other], key=ow_key)
                street, addr = a, f"{a} & {b}"
            else:
                addr = f"{rng.randrange(1, 30) * 100 + rng.randrange(1, 99)} {street}"
            nat = rng.choice(OW_NATURE)
        if res == "Citation issued":
            cn = f"WY{rng.randrange(100000, 999999)}"
            res = f"Citation issued, no. {cn}"
            related.append(("citation", cn))
        recs.append({"id": ids[i], "ts": ts, "reported": ts.strftime("%m/%d/%Y %H%M"), "type": nat,
                     "location": addr, "street": street, "disposition": res, "related": related})
    recs.sort(key=lambda r: (ow_key(r["street"]) if r["street"] else (9, 0, ""), r["ts"]))
    return recs


def ow_key(s):
    if s[0].isdigit():
        return (1, int("".join(ch for ch in s if ch.isdigit())), s)
    return (0, 0, s.upper())


def draw_ostwick(path, recs):
    W, H = letter
    c = new_canvas(path, letter, "Town of Ostwick PD incident activity by street, October 2025")
    st = {"page": 0, "y": 0}

    def page_top():
        if st["page"]:
            c.showPage()
        st["page"] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(54, H - 42, "TOWN OF OSTWICK POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawString(54, H - 54, "Incident Activity by Street - October 2025")
        c.drawRightString(W - 54, H - 54, f"Page {st['page']}")
        c.line(54, H - 59, W - 54, H - 59)
        st["y"] = H - 78

    page_top()
    groups = []
    for r in recs:
        key = r["street"] or "LOCATION WITHHELD"
        if groups and groups[-1][0] == key:
            groups[-1][1].append(r)
        else:
            groups.append((key, [r]))
    numbered_started = False
    for key, rs in groups:
        if key != "LOCATION WITHHELD" and key[0].isdigit() and not numbered_started:
            numbered_started = True
            if st["y"] < 150:
                page_top()
            c.setFont("Helvetica-BoldOblique", 9)
            c.drawCentredString(W / 2, st["y"], "- NUMBERED STREETS -")
            st["y"] -= 16
        if st["y"] < 140:
            page_top()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(54, st["y"], key.upper())
        c.setLineWidth(0.8)
        c.line(54, st["y"] - 3, 260, st["y"] - 3)
        st["y"] -= 15
        for r in rs:
            if st["y"] < 100:
                page_top()
                c.setFont("Helvetica-Bold", 10)
                c.drawString(54, st["y"], key.upper() + " (cont.)")
                st["y"] -= 15
            for lab, val in [("No.", r["id"]), ("Rptd", r["reported"]), ("Nature", r["type"]),
                             ("Addr", r["location"]), ("Result", r["disposition"])]:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(72, st["y"], lab)
                c.setFont("Helvetica", 8.5)
                c.drawString(120, st["y"], val)
                st["y"] -= 10
            st["y"] -= 6
        c.setFont("Helvetica-Oblique", 8)
        label = "Location withheld" if key == "LOCATION WITHHELD" else key
        c.drawRightString(W - 54, st["y"] + 4, f"{label}: {len(rs)}")
        st["y"] -= 12
    n_wh = sum(1 for r in recs if not r["street"])
    streets = len([g for g in groups if g[0] != "LOCATION WITHHELD"])
    if st["y"] < 80:
        page_top()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, st["y"] - 6, f"Incidents listed: {len(recs)} (streets: {streets}; location withheld: {n_wh})")
    c.setFont("Helvetica", 7.5)
    c.drawString(54, st["y"] - 18, "Intersections are filed under the first street named. Dispatch, 555-0121.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- assembly
def finish(out, folder, entries):
    d = out / folder
    for e in entries:
        p = d / e["file"]
        b = p.read_bytes()
        e["sha256"] = hashlib.sha256(b).hexdigest()
        e["bytes"] = len(b)
        e["pages"] = len(re.findall(rb"/Type /Page(?![s\w])", b))
    (d / "groundtruth.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")


def main(out):
    out = Path(out)
    # 1 Marchbank
    rng = random.Random(SEED + 1)
    f = "marchbank-oh-pd"
    (out / f).mkdir(parents=True, exist_ok=True)
    ents = []
    for fname, start, period, n, first, bottom in [
        ("mbpd-weekly-by-beat-2025-10-13-19.pdf", dt.datetime(2025, 10, 13), "Oct 13 - Oct 19, 2025", 68, 4112, 48),
        ("mbpd-weekly-by-beat-2025-10-20-26.pdf", dt.datetime(2025, 10, 20), "Oct 20 - Oct 26, 2025", 61, 4180, 56),
    ]:
        recs = make_marchbank(rng, start, 7, n, first)
        while not draw_marchbank(out / f / fname, recs, period, bottom):  # a row must be cut by a page break
            bottom += 1
        ents.append(entry(
            fname, "Marchbank Police Department, OH [invented]", "weekly incident report grouped by beat",
            "table with header", recs,
            lambda r: {"case_number": r["id"], "reported_at": r["reported"], "type": r["type"],
                       "location": r["location"], "disposition": r["disposition"], "beat": r["beat"][0]},
            ["case_number", "reported_at", "type", "location", "disposition", "beat"],
            "Portrait table, columns Case No. (MB25-NNNNN), Reported (MM/DD/YYYY HH:MM), Incident Type, Location, "
            "Disposition; column titles repeated on every page. Rows are grouped under grey `BEAT nn - NAME` bars "
            "(beats in number order, time order inside a beat), so ids are not in order down the page. Each beat "
            "ends with an italic `Beat nn subtotal: N incidents` line; the log ends `Total incidents, all beats: N`. "
            "Traps: a beat cut by a page break is headed again `BEAT nn - NAME (continued)` (not a new group), and "
            "rows are cut line by line at page breaks, so the wrapped rest of a row (location, disposition) can sit "
            "at the top of the next page under the repeated column titles and the continued beat bar, with no id "
            "on its lines; booking numbers BK25-NNNN and citations OHNNNNNNN in dispositions are not records.",
            "Generated: ids in document order (beat, then time reported); checked with a row-start regex over "
            "pdftotext -layout text.",
            "Equals the printed `Total incidents, all beats` and the sum of the beat subtotals.",
            rel_list(recs)))
    finish(out, f, ents)

    # 2 Tallisker
    rng = random.Random(SEED + 2)
    f = "tallisker-ky-pd"
    (out / f).mkdir(parents=True, exist_ok=True)
    recs = make_tallisker(rng, 52)
    fname = "tkpd-address-history-2025-10.pdf"
    draw_tallisker(out / f / fname, recs)
    finish(out, f, [entry(
        fname, "Tallisker Police Department, KY [invented]", "CAD calls-for-service address history report",
        "table with header", recs,
        lambda r: {"case_number": r["id"], "reported_at": r["reported"], "type": r["type"],
                   "location": r["location"], "disposition": r["disposition"]},
        ["case_number", "type", "reported_at", "location", "disposition"],
        "Courier CAD report sorted by street name, then house number (so calls are far out of time order). Each "
        "address is a group heading `ADDRESS: 114 ALDER CT` with `Calls: N` at the right; the rows under it have "
        "no location column: Call No. (25-NNNNNN), Received (MM/DD/YY HH:MM), Call Type, Disposition, Report No. "
        "The record is the call: its id is the call number, which every row has. Trap: a second number series, "
        "the incident report number R25-NNNN, is printed in the last column of only some rows (kind "
        "`report_number`): it is not the record id and not a separate record. Ends `Total calls: N at M "
        "addresses`. The location of a record is its address heading.",
        "Generated: call numbers in document order; checked with a row-start regex over pdftotext -layout text.",
        "Equals the printed `Total calls` and the sum of the `Calls: N` group counts.",
        rel_list(recs))])

    # 3 Vellamy
    rng = random.Random(SEED + 3)
    f = "vellamy-ct-pd"
    (out / f).mkdir(parents=True, exist_ok=True)
    ents = []
    for fname, start, week, n, first in [
        ("vpd-compstat-week42-2025.pdf", dt.datetime(2025, 10, 13), "Week 42: Oct 13 - Oct 19, 2025", 57, 14402),
        ("vpd-compstat-week43-2025.pdf", dt.datetime(2025, 10, 20), "Week 43: Oct 20 - Oct 26, 2025", 49, 14471),
    ]:
        recs, stats = make_vellamy(rng, start, n, first)
        draw_vellamy(out / f / fname, recs, stats, week)
        ents.append(entry(
            fname, "Vellamy Police Department, CT [invented]", "CompStat weekly district report",
            "table with header", recs,
            lambda r: {"case_number": r["id"], "reported_at": r["reported"], "type": r["type"],
                       "location": r["location"], "disposition": r["disposition"], "district": r["district"][0]},
            ["case_number", "reported_at", "type", "location", "disposition", "district"],
            "Landscape CompStat packet, one section per district (`DISTRICT n - NAME`, each starting a page). "
            "Each section opens with a statistics table (Category, This Wk, Last Wk, 28-Day, YTD 2025, YTD 2024, "
            "% Chg, and a `Total Part I` row) and then `Part I incidents reported this week, District n (N)` with "
            "the listing: Report No. (VP25-NNNNN), Reported (MM/DD/YYYY HHMM), Category, Offense, Block, Status; "
            "rows sorted by category, then time. A district that runs over a page is headed `(continued)`. The "
            "last page is a CITYWIDE statistics table with no rows. Traps: the statistics tables are full of "
            "numbers that are not records (the This Wk column counts the listed rows); arrest numbers A25-NNNN in "
            "Status are not records.",
            "Generated: ids in document order (district, category, time); checked with a row-start regex over "
            "pdftotext -layout text.",
            "Equals `Part I incidents reported citywide this week: N`, the sum of the district listing counts and "
            "of the This Wk totals.",
            rel_list(recs)))
    finish(out, f, ents)

    # 4 Durnhollow
    rng = random.Random(SEED + 4)
    f = "durnhollow-me-pd"
    (out / f).mkdir(parents=True, exist_ok=True)
    recs = make_durnhollow(rng, 66)
    fname = "dhpd-police-log-by-offense-2025-10-13-26.pdf"
    n_off = draw_durnhollow(out / f / fname, recs)
    e = entry(
        fname, "Durnhollow Police Department, ME [invented]", "weekly police log for the press, arranged by offense",
        "free text", recs,
        lambda r: {"case_number": r["id"], "reported_at": r["reported"],
                   "type": r["offenses"] if len(r["offenses"]) > 1 else r["offenses"][0], "location": r["location"]},
        ["case_number", "type", "reported_at", "location", "summary"],
        "Press log in Times, arranged by offense: headings in capitals with a count, `BURGLARY (6)`, in "
        "alphabetical order; under each, one paragraph per report, oldest first: `Tues., Oct. 14, 9:12 a.m. - 200 "
        "block of Larch Avenue. <sentence> Report DH25-NNNN.` (id last; no year printed). The type of a record is "
        f"its heading. Trap: a report with two offenses is written out under the first and noted under the other "
        "as an italic stub `See Burglary: Report DH25-NNNN, Oct. 14, 200 block of Larch Avenue.` which repeats the "
        "id, a date and the place but is not a second record; the heading counts include the stubs. Summons "
        f"numbers S25-NNN inside entries are not records. Ends `This log lists {n_off} offenses in N reports.` "
        "(only the reports count records). A multi-offense record's type is the list of its headings.",
        "Generated: ids of the written-out entries in document order; checked with an entry-start regex over "
        "pdftotext -layout text that also finds the `See` stubs and drops them.",
        "Equals the `N reports` of the closing line; the heading counts add up to the offenses figure.",
        rel_list(recs))
    e["offense_count_printed"] = n_off
    finish(out, f, [e])

    # 5 Ostwick
    rng = random.Random(SEED + 5)
    f = "ostwick-wy-pd"
    (out / f).mkdir(parents=True, exist_ok=True)
    recs = make_ostwick(rng, 63, 4, 1021)
    fname = "owpd-activity-by-street-2025-10.pdf"
    draw_ostwick(out / f / fname, recs)
    finish(out, f, [entry(
        fname, "Town of Ostwick Police Department, WY [invented]", "monthly incident activity by street",
        "labelled blocks", recs,
        lambda r: {"case_number": r["id"], "reported_at": r["reported"], "type": r["type"],
                   "location": r["location"], "disposition": r["disposition"]},
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Blocks of five labelled lines (`No.` OW25-NNNN, `Rptd` MM/DD/YYYY HHMM, `Nature`, `Addr`, `Result`) "
        "filed under street headings in capitals, streets in alphabetical order, time order inside a street; "
        "each street ends with an italic right-aligned count `Birch St: 3`. Traps: numbered streets come after Z "
        "under `- NUMBERED STREETS -`, sorted by number; intersections `Birch St & 4th Ave` are filed once, under "
        "the first street; a street cut by a page break is headed again `... (cont.)`; a last group `LOCATION "
        "WITHHELD` holds blocks whose Addr is `Withheld (...)`; ids run in time order across the month, so they "
        "jump about down the page. Citation numbers WYNNNNNN in Result are not records. Ends `Incidents listed: "
        "N (streets: S; location withheld: W)`.",
        "Generated: ids in document order; checked with a `No.` label regex over pdftotext -layout text.",
        "Equals `Incidents listed: N` and the sum of the street counts.",
        rel_list(recs))])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
