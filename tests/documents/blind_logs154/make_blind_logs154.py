"""Generate a held-out set of incident logs dated in Julian and day-of-year formats (blind_logs154).

Five agencies, five layouts, one trap each: a dispatch table whose first column is a CAD event number
of exactly the incident number's shape (YYDDD-NNNN), late calls numbered on the next Julian day; a
sheriff's log in labelled blocks with Julian date-change banners that print the next day's first
serial; a watch commander's log in prose whose incident entries share their DDD/HHMM stamps with
shift, out-of-service and returned-report entries, unit numbers shaped like times; numbered
paragraphs whose numbering restarts under each Julian-day heading while the serials skip withheld
numbers; a slash-delimited message log whose correction messages repeat an incident number. Everything
is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs154/make_blind_logs154.py [OUT_DIR]
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
SEED = 20260154
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card",
         "Found property", "Noise complaint", "Missing person - located", "Harassment"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to detectives", "Unfounded",
         "Cleared - no further action", "Warning given", "Gone on arrival"]
STREETS = ["Oxbow Road", "Quarry Lane", "Sorrel Court", "Millrace Drive", "Tamarack Street", "Larch Avenue",
           "Cobble Way", "Heron Street", "Pinnacle Road", "Fallow Lane", "Cinder Avenue", "Wren Court"]
PLACES = ["Riverside Mall east lot", "Transit center bay 4", "Municipal pool", "High school bus loop",
          "Library parking garage"]


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


def jday(t):
    return t.timetuple().tm_yday


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def day_stamps(r, day, k):
    mins = sorted(r.sample(range(15, 1440 - 15), k))
    return [day + datetime.timedelta(minutes=m) for m in mins]


def location(r, upper=False):
    k = r.random()
    if k < 0.5:
        s = f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    elif k < 0.85:
        a, b = r.sample(STREETS, 2)
        s = f"{a} and {b}"
    else:
        s = r.choice(PLACES)
    if upper:
        s = (s.upper().replace(" BLOCK OF ", " BLK ").replace(" AND ", " AT ").replace(" ROAD", " RD")
             .replace(" STREET", " ST").replace(" AVENUE", " AVE").replace(" LANE", " LN").replace(" DRIVE", " DR")
             .replace(" COURT", " CT"))
    return s


def hhmm(t):
    return t.strftime("%H%M")


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


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs154.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs154.py) from the records it drew; "
                               "checked by check_blind_logs154.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def paginate(header, footer, top, bottom):
    """A tiny page builder: add(lines) puts (x, text, font, size, lead) lines on the current page,
    breaking to a new page when they do not fit (whole when keep=True)."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        for x, text, font, fs, lead in lines:
            if state["y"] - lead < bottom - lead:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


# 1 ------------------------------------------------------------------ Varrow Creek, MT: table, CAD column first
def varrow(d, r):
    agency = "Varrow Creek Police Department, MT [invented]"
    n = 96
    first = datetime.datetime(2025, 10, 13)
    ts = stamps(r, first, n - 4, 7)
    for k in sorted(r.sample(range(7), 4)):
        ts.append(first + datetime.timedelta(days=k, hours=23, minutes=r.randint(31, 58)))
    ts.sort()
    recs, serial, cad = [], {}, {}
    for t in ts:
        jd = jday(t)
        inc_day = jd + 1 if (t.hour, t.minute) >= (23, 30) else jd
        serial[inc_day] = serial.get(inc_day, 0) + 1
        cad[jd] = cad.get(jd, 1000 + r.randint(0, 40)) + r.randint(1, 9)
        rec = {"case_number": f"25{inc_day:03d}-{serial[inc_day]:04d}", "reported_at": f"25{jd:03d} {hhmm(t)}",
               "type": r.choice(TYPES), "location": location(r), "disposition": r.choice(DISPS),
               "rel": [("cad_event", f"25{jd:03d}-{cad[jd]:04d}")], "unit": str(r.choice(range(2311, 2327))),
               "cross": inc_day != jd}
        recs.append(rec)
    assert sum(x["cross"] for x in recs) >= 4
    size = landscape(letter)
    F, S = "Helvetica", 8.5
    cols = [36, 96, 148, 182, 244, 278, 422, 598]
    head = ["CAD Event", "Rcvd Date", "Time", "Incident No.", "Unit", "Nature", "Location", "Disposition"]

    def header(k):
        items = [(612 - 40, 36, "VARROW CREEK POLICE DEPARTMENT [invented] - DISPATCH INCIDENT LOG, JULIAN 25286 "
                                "THROUGH 25292", "Helvetica-Bold", 12),
                 (612 - 55, 36, "October 13-19, 2025. Dates are Julian (YYDDD), times 24-hour. A report taken at "
                                "2330 or later is numbered on the next Julian day. Records unit 555-0114.", F, 8.5)]
        items += [(612 - 78, x, h, "Helvetica-Bold", 9) for x, h in zip(cols, head)]
        items.append((612 - 83, 36, None, F, 9))
        return items

    add, finish = paginate(header, lambda k, m: [(28, 36, f"VCPD dispatch log - page {k} of {m}", F, 8)],
                           612 - 98, 50)
    for rec in recs:
        date, time = rec["reported_at"].split()
        vals = [rec["rel"][0][1], date, time, rec["case_number"], rec["unit"], rec["type"], rec["location"],
                rec["disposition"]]
        add([(c, v, F, S, 0) for c, v in zip(cols, vals)] + [(0, "", F, S, 12)])
    ncross = sum(x["cross"] for x in recs)
    add([(36, None, F, S, 14), (36, f"Total incidents: {n}    Numbered on the next Julian day: {ncross}",
                                "Helvetica-Bold", 9, 12)])
    pages = [[(y + 9, x, t, f, s) if t is None and y < 500 else (y, x, t, f, s) for y, x, t, f, s in p if t != ""]
             for p in finish()]
    path = d / "varrow-creek-dispatch-log-25286-25292.pdf"
    draw(path, size, pages)
    for rec in recs:
        rec.pop("unit")
        rec.pop("cross")
    return [entry(path, agency, "weekly dispatch incident log", "table with header", recs,
                  "Landscape table (`CAD Event`, `Rcvd Date`, `Time`, `Incident No.`, `Unit`, `Nature`, `Location`, "
                  "`Disposition`), one row per incident. Dates are Julian `25286`, times four digits without a "
                  "colon. Trap: the first column is the CAD event number `25286-1044`, exactly the shape of the "
                  "incident number `25286-0012` in the fourth column; the incident number is the record id. A report "
                  "taken at 2330 or later carries the next Julian day in its incident number while its CAD number "
                  "and received date keep the day of the call, so the day does not tell the two apart; four-digit "
                  "unit numbers (`2314`) sit beside four-digit times. Incident serials restart at 0001 each Julian "
                  "day. Ends `Total incidents: N    Numbered on the next Julian day: K` (N counts records).",
                  "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Ostrander County, WY: blocks, date-change banners
def ostrander(d, r):
    agency = "Ostrander County Sheriff's Office, WY [invented]"
    days = [datetime.datetime(2025, 10, 13) + datetime.timedelta(days=k) for k in range(14)]
    recs, cad = [], 2000
    for day in days:
        jd = jday(day)
        for s, t in enumerate(day_stamps(r, day, r.randint(3, 5)), 1):
            cad += r.randint(2, 30)
            loc = (f"Highway {r.choice([59, 387, 450])} at mile {r.randint(2, 140)}" if r.random() < 0.45
                   else location(r))
            units = sorted(r.sample(range(11, 39), r.choice([1, 1, 2])))
            recs.append({"case_number": f"2025-{jd:03d}-{s:03d}", "reported_at": f"2025-{jd:03d} {hhmm(t)} hrs",
                         "type": r.choice(TYPES[:14] + ["Livestock at large", "Motorist assist"]),
                         "location": loc, "disposition": r.choice(DISPS), "jd": jd,
                         "rel": [("cad", f"{jd:03d}-{cad:04d}")], "units": ", ".join(f"S{u}" for u in units)})
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L = "Helvetica", 9.5, 11.5

    def header(k):
        return [(792 - 44, 40, "OSTRANDER COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 13),
                (792 - 60, 40, "Daily incident log, Julian 2025-286 through 2025-299 (October 13-26, 2025). "
                               "Dispatch 555-0127.", F, 9)]

    add, finish = paginate(header, lambda k, m: [(30, 40, f"OCSO incident log    page {k} of {m}", F, 8)],
                           792 - 88, 50)
    for k, rec in enumerate(recs):
        if k and rec["jd"] != recs[k - 1]["jd"]:
            prev = recs[k - 1]["jd"]
            add([(40, f"*** JULIAN DATE CHANGE 2025-{prev:03d} TO 2025-{rec['jd']:03d} AT 0000 HRS - SERIAL "
                      f"RESET, NEXT SERIAL {rec['case_number']} ***", "Courier-Bold", 8.5, 16)], gap=4)
        lab = [[("Received:", rec["reported_at"]), ("CAD No.:", rec["rel"][0][1])],
               [("Nature:", rec["type"]), ("Units:", rec["units"])], [("Location:", rec["location"])],
               [("Disposition:", rec["disposition"])]]
        lines = [(40, rec["case_number"], "Helvetica-Bold", 10.5, 13)]
        for row in lab:
            for j, (a, b) in enumerate(row):
                lines += [(52 + 260 * j, a, F, S, 0), (118 + 260 * j, b, F, S, 0)]
            lines.append((0, "", F, S, L))
        add(lines, gap=7)
    add([(40, f"End of log: {n} incidents, Julian 2025-286 through 2025-299.", "Helvetica-Bold", 10, 14)])
    pages = [[it for it in p if it[2] != ""] for p in finish()]
    path = d / "ostrander-county-incident-log-2025-286-299.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("jd")
        rec.pop("units")
    return [entry(path, agency, "two-week sheriff's daily incident log", "labelled blocks", recs,
                  "One block per incident, headed in bold by the incident number `2025-286-001` (Julian year-day "
                  "and a serial that restarts at 001 each day), then `Received: 2025-286 0915 hrs`, `CAD No.: "
                  "286-2044` on one line, `Nature:` and `Units:` on the next, then `Location:` and `Disposition:`. Trap: between days the system prints "
                  "a banner `*** JULIAN DATE CHANGE 2025-286 TO 2025-287 AT 0000 HRS - SERIAL RESET, NEXT SERIAL "
                  "2025-287-001 ***`, which prints the next block's incident number a second time but is no "
                  "incident. Ends `End of log: N incidents, ...`.",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Quillfield, NH: watch log in prose
def quillfield(d, r):
    agency = "Quillfield Police Department, NH [invented]"
    days = [datetime.datetime(2025, 10, 20) + datetime.timedelta(days=k) for k in range(7)]
    counts = [8, 9, 7, 9, 8, 8, 8]
    r.shuffle(counts)
    recs, entries, cad = [], [], 1100
    for day, k in zip(days, counts):
        jd = jday(day)
        ser = 0
        today = []
        for t in day_stamps(r, day, k):
            ser += r.choice([1, 1, 1, 2])
            unit = r.randint(2301, 2328)
            rec = {"case_number": f"25-{jd:03d}-{ser:03d}", "reported_at": f"{jd:03d}/{hhmm(t)}",
                   "type": r.choice(TYPES), "location": location(r), "disposition": r.choice(DISPS), "rel": []}
            disp_t = t + datetime.timedelta(minutes=r.randint(1, 6))
            scene = disp_t + datetime.timedelta(minutes=r.randint(3, 16))
            clear = scene + datetime.timedelta(minutes=r.randint(15, 95))
            if r.random() < 0.8:
                cad += r.randint(3, 20)
                rec["rel"].append(("cad", f"25-{jd:03d}-{cad:04d}"))
                how = f"Unit {unit} dispatched {hhmm(disp_t)} (CAD {rec['rel'][0][1]}), on scene {hhmm(scene)}"
            else:
                how = f"Unit {unit} self-initiated {hhmm(t)}"
            rec["text"] = (f"Incident {rec['case_number']}, {rec['type']} at {rec['location']}. {how}, clear "
                           f"{hhmm(clear)}. Disposition: {rec['disposition']}.")
            rec["t"] = t
            recs.append(rec)
            today.append(rec)
            entries.append((t, rec["reported_at"], rec["text"], True))
        on = sorted(r.sample(range(2301, 2329), 4))
        entries.append((day + datetime.timedelta(hours=6), f"{jd:03d}/0600",
                        f"Day watch on duty: units {on[0]}, {on[1]}, {on[2]} and {on[3]}; sergeant badge "
                        f"{r.randint(40, 49)} in charge.", False))
        on = sorted(r.sample(range(2301, 2329), 4))
        entries.append((day + datetime.timedelta(hours=18), f"{jd:03d}/1800",
                        f"Night watch on duty: units {on[0]}, {on[1]}, {on[2]} and {on[3]}; "
                        f"{r.randint(1, 4)} reports pending approval.", False))
        for _ in range(r.randint(1, 2)):
            t = day + datetime.timedelta(minutes=r.randint(400, 1380))
            back = t + datetime.timedelta(minutes=r.randint(20, 55))
            entries.append((t, f"{jd:03d}/{hhmm(t)}", f"Unit {r.randint(2301, 2328)} out of service {hhmm(t)} to "
                            f"{hhmm(back)}, {r.choice(['fuel and car wash', 'radio repair', 'court', 'meal'])}.",
                            False))
        t = day + datetime.timedelta(minutes=r.randint(1200, 1420))
        done = [x for x in today if x["t"] < t]
        if done:
            x = r.choice(done)
            entries.append((t, f"{jd:03d}/{hhmm(t)}", f"Report for incident {x['case_number']} returned to Unit "
                            f"{r.randint(2301, 2328)} for corrections.", False))
    entries.sort(key=lambda e: e[0])
    n = len(recs)
    F, S, L, W = "Times-Roman", 10.5, 13, 440

    def header(k):
        return [(792 - 46, 40, "Quillfield Police Department [invented]", "Times-Bold", 14),
                (792 - 62, 40, "Watch commander's log, Julian days 293-299 (October 20-26, 2025). Stamps are "
                               "day/time (DDD/HHMM). Front desk 555-0139.", "Times-Italic", 10)]

    add, finish = paginate(header, lambda k, m: [(32, 40, f"- {k} -", F, 9)], 792 - 92, 52)
    cur = None
    for t, stamp, text, _ in entries:
        if t.date() != cur:
            cur = t.date()
            add([(40, f"Day {jday(t):03d} \u2014 {t.strftime('%A, %B')} {t.day}, {t.year}", "Times-Bold", 12, 17)],
                gap=2)
        lines = wrap(text, F, S, W)
        add([(40, stamp, "Times-Bold", S, 0)] + [(100, ln, F, S, L) for ln in lines], keep=False, gap=4)
    add([(40, f"Watch log closed 299/2359. Incidents logged this week: {n}.", "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "quillfield-watch-log-293-299.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("text", "t"):
            rec.pop(k)
    return [entry(path, agency, "weekly watch commander's log", "free text", recs,
                  "Prose entries under day headings (`Day 293 \u2014 Monday, October 20, 2025`), each opened by a "
                  "day/time stamp `293/2347`; an incident entry reads `Incident 25-293-012, <type> at <place>. Unit "
                  "2314 dispatched 2349 (CAD 25-293-1193), on scene 2353, clear 0041. Disposition: ...`. Trap: most "
                  "stamped entries are no incidents (watch on duty with its units, a unit out of service from one "
                  "time to another, `Report for incident 25-293-009 returned to Unit 2317 for corrections.` which "
                  "prints an earlier incident's number again); four-digit unit numbers 2301-2328 look like the "
                  "colon-less times beside them, and CAD numbers share the id's year-day prefix. Ends `Watch log "
                  "closed 299/2359. Incidents logged this week: N.`",
                  "incident entries counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Hallam Springs, NM: numbered per Julian day
def hallam(d, r):
    agency = "Hallam Springs Police Department, NM [invented]"
    days = [datetime.datetime(2025, 10, 1) + datetime.timedelta(days=k) for k in range(15)]
    recs = []
    for day in days:
        jd = jday(day)
        ser = 0
        for t in day_stamps(r, day, r.randint(3, 6)):
            ser += r.choice([1, 1, 1, 2, 3])
            rels = []
            if r.random() < 0.18:
                ej = r.randint(244, 273)
                rels.append(("earlier_incident", f"J{ej:03d}-{r.randint(1, 18):03d}"))
            recs.append({"case_number": f"J{jd:03d}-{ser:03d}", "reported_at": f"{jd:03d}/25 {hhmm(t)} hrs",
                         "type": r.choice(TYPES), "location": location(r), "disposition": r.choice(DISPS),
                         "rel": rels, "jd": jd, "car": r.randint(201, 299), "day": day})
    n = len(recs)
    assert 40 <= n <= 150 and len({x["rel"][0][1] for x in recs if x["rel"]}) == sum(bool(x["rel"]) for x in recs)
    F, S, L, W = "Times-Roman", 10.5, 13, 480

    def header(k):
        return [(792 - 46, 40, "HALLAM SPRINGS POLICE DEPARTMENT [invented]", "Times-Bold", 14),
                (792 - 62, 40, "Incident summary by Julian day, 274/25 through 288/25 (October 1-15, 2025). Serial "
                               "numbers not listed are withheld. Records 555-0152.", "Times-Italic", 10)]

    add, finish = paginate(header, lambda k, m: [(32, 40, f"HSPD incident summary, page {k} of {m}", F, 9)],
                           792 - 92, 52)
    for day in days:
        mine = [x for x in recs if x["day"] == day]
        add([(40, f"JULIAN DAY {jday(day):03d} \u2014 {day.strftime('%A, %B').upper()} {day.day}, {day.year} "
                  f"\u2014 {len(mine)} incidents", "Times-Bold", 11.5, 18)], gap=2)
        for i, rec in enumerate(mine, 1):
            txt = (f"{rec['case_number']} \u2014 Received {rec['reported_at']}. {rec['type']} at {rec['location']}. "
                   f"Car {rec['car']} responded.")
            if rec["rel"]:
                txt += f" Related to {rec['rel'][0][1]}."
            txt += f" Disposition: {rec['disposition']}."
            add([(40, f"{i}.", F, S, 0)] + [(62, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=4)
    add([(40, f"Total incidents listed: {n}", "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "hallam-springs-incident-summary-274-288.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("jd", "car", "day"):
            rec.pop(k)
    return [entry(path, agency, "incident summary by Julian day, first half of October", "numbered paragraphs", recs,
                  "Numbered paragraphs under day headings `JULIAN DAY 274 \u2014 WEDNESDAY, OCTOBER 1, 2025 \u2014 K "
                  "incidents`, each `3. J274-005 \u2014 Received 274/25 0915 hrs. <type> at <place>. Car 2NN "
                  "responded. Disposition: ...`. Trap: the item numbers restart at 1 under every Julian-day heading, "
                  "so the last item number is not the count, and the three-digit serials skip withheld numbers, so "
                  "neither item numbers nor serials count the records; three-digit car numbers look like Julian days, "
                  "and some paragraphs cite an earlier incident `Related to J261-014.` (September, not in this "
                  "summary). Ends `Total incidents listed: N`.",
                  "paragraphs counted by the generator; the day headings and the closing line give the counts")]


# 5 ------------------------------------------------------------------ Dunmarrow Harbor, ME: message log
def dunmarrow(d, r):
    agency = "Dunmarrow Harbor Police Department, ME [invented]"
    n = 71
    types = ["BURGLARY RES", "BURGLARY COMM", "THEFT FROM VEH", "THEFT FROM BOAT", "VANDALISM", "DISTURBANCE",
             "SUSP PERSON", "SUSP VESSEL", "WELFARE CHECK", "ALARM COMM", "TRESPASS", "ASSAULT", "BOAT ADRIFT",
             "FOUND PROPERTY", "NOISE COMPLAINT", "DOMESTIC"]
    disps = ["RPT TAKEN", "ARREST", "UNFOUNDED", "GOA", "REFERRED CID", "CLEARED", "WARNING", "CITATION"]
    msgs, serial, cad = [], {}, {}
    for t in stamps(r, datetime.datetime(2025, 10, 6), n, 7):
        jd = jday(t)
        serial[jd] = serial.get(jd, 0) + r.choice([1, 1, 2])
        cad[jd] = cad.get(jd, 1000 + r.randint(0, 60)) + r.randint(1, 12)
        loc = location(r, upper=True) if r.random() < 0.7 else f"PIER {r.randint(1, 6)} {r.choice(['FUEL DOCK', 'FLOAT', 'GANGWAY', 'HARBORMASTER SHED'])}"
        msgs.append({"case_number": f"5{jd:03d}-{serial[jd]:04d}", "reported_at": f"5{jd:03d} {hhmm(t)}",
                     "type": r.choice(types), "location": loc, "disposition": r.choice(disps),
                     "rel": [("cad", f"5{jd:03d}-{cad[jd]:04d}")], "unit": r.randint(2311, 2349), "t": t})
    recs = list(msgs)
    corr = []
    for rec in r.sample([x for x in recs if x["t"] < datetime.datetime(2025, 10, 12, 21)], 9):
        t = rec["t"] + datetime.timedelta(minutes=r.randint(8, 160))
        new = r.choice([u for u in range(2311, 2350) if u != rec["unit"]])
        corr.append({"t": t, "of": rec, "unit": new})
    stream = sorted([(x["t"], 0, x) for x in recs] + [(x["t"], 1, x) for x in corr], key=lambda e: (e[0], e[1]))
    msgno = r.randint(400, 480)
    lines_out = []
    for t, kind, x in stream:
        x["msg"] = msgno
        stamp = f"MSG {msgno:04d}  5{jday(t):03d} {hhmm(t)}  "
        if kind == 0:
            body = (f"INC/{x['case_number']}/CAD/{x['rel'][0][1]}/UNIT/{x['unit']}/NAT/{x['type']}/LOC/"
                    f"{x['location']}/DISP/{x['disposition']}/")
        else:
            o = x["of"]
            body = f"CORR MSG {o['msg']:04d} INC/{o['case_number']}/UNIT/{x['unit']}/WAS/{o['unit']}/"
            o["unit"] = x["unit"]
        lines_out.append(stamp + body)
        msgno += 1
    size = letter
    F, S, L = "Courier", 8.5, 10.5

    def split(text, width=84, indent=" " * 22):
        segs = [s + "/" for s in text.split("/")[:-1]]
        out, cur = [], ""
        for s in segs:
            if cur and len(cur) + len(s) > width:
                out.append(cur)
                cur = indent + s
            else:
                cur += s
        out.append(cur)
        return out

    def header(k):
        return [(792 - 40, 36, "DUNMARROW HARBOR PD [invented] -- INCIDENT MESSAGE LOG -- JULIAN 5279 THRU 5285",
                 "Courier-Bold", 10),
                (792 - 53, 36, "FORMAT: MSG NO, JULIAN DATE (YDDD), TIME, FIELDS SEPARATED BY /. DESK 555-0163",
                 F, 8.5),
                (792 - 58, 36, None, F, 8)]

    add, finish = paginate(header, lambda k, m: [(28, 36, f"PAGE {k:03d} OF {m:03d}", F, 8)], 792 - 76, 46)
    for ln in lines_out:
        add([(36, x, F, S, L) for x in split(ln)], gap=3)
    add([(36, f"END OF LOG. {len(lines_out)} MESSAGES: {n} INCIDENTS, {len(corr)} CORRECTIONS.", "Courier-Bold",
          8.5, 12)])
    pages = finish()
    path = d / "dunmarrow-harbor-message-log-5279-5285.pdf"
    draw(path, size, pages)
    for rec in recs:
        for k in ("unit", "t", "msg"):
            rec.pop(k)
    return [entry(path, agency, "weekly incident message log", "other: slash-delimited message log", recs,
                  "Fixed-width message log, one message per incident: `MSG 0427  5281 0155  INC/5281-0007/CAD/"
                  "5281-1044/UNIT/2314/NAT/BURGLARY RES/LOC/1400 BLK OXBOW RD/DISP/RPT TAKEN/`, wrapped at field "
                  "boundaries. Julian dates are one-digit year and day (`5281`), times four digits. Trap: correction "
                  "messages `MSG 0431  5281 0218  CORR MSG 0427 INC/5281-0007/UNIT/2316/WAS/2314/` carry their own "
                  "message number and print the incident number again, but are no new incident; message numbers "
                  "count incidents and corrections together; CAD numbers have the incident number's shape. Ends "
                  "`END OF LOG. M MESSAGES: N INCIDENTS, K CORRECTIONS.` (N counts records).",
                  "incident messages counted by the generator; the closing line gives the totals")]


AGENCIES = [("varrow-creek-mt-pd", 1, varrow), ("ostrander-county-wy-so", 2, ostrander),
            ("quillfield-nh-pd", 3, quillfield), ("hallam-springs-nm-pd", 4, hallam),
            ("dunmarrow-harbor-me-pd", 5, dunmarrow)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
