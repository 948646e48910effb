"""Generate a held-out set of school-district police and school resource officer logs (blind_logs162).

Five agencies, five layouts, one trap each, all of them about school policing: a district police daily
crime log whose Occurred column prints a bell-schedule period (`P3`, `Lunch`, `After school`) instead of a
time on a third of the rows, the schedule given only in a legend at the foot of each page; SRO incident
blocks where juvenile records collapse to two lines with every detail withheld; an SRO daily narrative
where the district case number, of exactly the police case number's shape, is often written first; a
monthly report to the school board in numbered paragraphs whose numbering starts again at 1 in the
off-campus section, where each paragraph opens with the lead agency's case number; a discipline referral
register with one row per student referral, the police case repeated on the rows of every student in one
incident and absent on administrative referrals. Everything is invented. Output is deterministic: fixed
seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs162/make_blind_logs162.py [OUT_DIR]
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
SEED = 2026162
TYPES = ["Fight - mutual combat", "Assault - simple", "Theft - student property", "Theft - school property",
         "Vandalism - graffiti", "Vandalism - vehicle", "Vape / tobacco possession", "Marijuana possession",
         "Trespass on school grounds", "Weapon on campus - knife", "Threat - verbal", "Threat - social media",
         "Harassment / bullying", "Suspicious person near campus", "Traffic - drop-off zone",
         "Welfare check - student", "Runaway juvenile - located", "Alarm - after hours", "Disturbance - parent",
         "Found property", "Medical assist", "False fire alarm pull", "Burglary - portable classroom"]
DISPS = ["Report taken", "Referred to administration", "Cited - juvenile", "Arrest - juvenile", "Arrest - adult",
         "Released to parent", "Unfounded", "Cleared - no action", "Referred to probation", "Diversion referral",
         "Warning given"]
PLACES = ["Gym locker room", "Cafeteria", "Main office", "Student parking lot", "Bus loop", "Library",
          "Football field", "Restroom - 200 hall", "Portable 7", "Room 214", "Hallway C", "Front entrance",
          "Courtyard", "Band room", "Staff parking lot"]
STREETS = ["Orchard Street", "Alder Street", "Kettle Avenue", "Fenner Road", "Sumac Lane", "Brindle Way",
           "Copperleaf Drive", "Hatchet Road", "Wicker Court", "Plover Avenue"]
# (label as printed in tables, as written in prose, start, end)
BELL = [("Before school", "before school", "07:10", "07:45"), ("P1", "1st period", "07:50", "08:42"),
        ("P2", "2nd period", "08:47", "09:39"), ("P3", "3rd period", "09:44", "10:36"),
        ("Advisory", "advisory", "10:41", "11:06"), ("P4", "4th period", "11:11", "12:03"),
        ("Lunch", "lunch", "12:03", "12:38"), ("P5", "5th period", "12:43", "13:35"),
        ("P6", "6th period", "13:40", "14:32"), ("P7", "7th period", "14:37", "15:29"),
        ("After school", "after school", "15:29", "17:00")]
BELL_CODE = {"Before school": "BS", "Advisory": "ADV", "Lunch": "L", "After school": "AS"}


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


def school_days(first, last, skip=()):
    d, out = first, []
    while d <= last:
        if d.weekday() < 5 and d.strftime("%m/%d") not in skip:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def at(day, hhmm, plus=0):
    h, m = map(int, hhmm.split(":"))
    return day + datetime.timedelta(minutes=h * 60 + m + plus)


def school_time(r, day):
    """(bell index, moment) of an incident on a school day."""
    b = r.choices(range(len(BELL)), weights=[6, 8, 8, 8, 4, 8, 10, 8, 8, 8, 9])[0]
    a, z = at(day, BELL[b][2]), at(day, BELL[b][3])
    return b, a + datetime.timedelta(minutes=r.randint(0, int((z - a).total_seconds() // 60) - 1))


def off_location(r, long=True):
    s = r.choice(STREETS)
    if r.random() < 0.7:
        return f"{r.randint(2, 39) * 100} block of {s}" if long else f"{r.randint(2, 39) * 100} blk {s}"
    t = r.choice([x for x in STREETS if x != s])
    return f"{s} and {t}" if long else f"{s} / {t}"


def lower1(s):
    return s[0].lower() + s[1:]


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y, "" is a spacer."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text == "":  # a spacer
                continue
            if text is None:
                c.setLineWidth(0.4)
                c.line(x, y, size[0] - x, y)
                continue
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


def paginate(header, footer, top, bottom):
    """add(lines) puts lines (x, text, font, size, lead) on the current page, breaking to a new page when
    they do not fit; a line with lead 0 shares the baseline of the next line. A list of lines is kept whole."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or state["y"] - need < bottom:
            new_page()
        for x, text, font, fs, lead in lines:
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def cells(cols, vals, font, size, x0):
    """Table cells at fixed column positions: [(x, text)]; every value must fit its column."""
    out, x = [], x0
    for (_, w), v in zip(cols, vals):
        assert stringWidth(v, font, size) <= w - 8, (v, w)
        if v:
            out.append((x, v))
        x += w
    return out


def entry(path, agency, doc_type, layout, recs, keys, fields, notes, count_check, **extra):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in keys if k in recs[i]}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs162.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec.get("rel", [])],
        "fields_present": fields, "sample_records": samples, **extra,
        "case_numbers_source": "written by the generator (make_blind_logs162.py) from the records it drew; "
                               "checked by check_blind_logs162.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Larkmoor USD PD, OR: daily crime log table
CAMP1 = [("112", "LHS", "Larkmoor High"), ("114", "NHS", "North Larkmoor High"), ("205", "GMS", "Grange Middle"),
         ("207", "TMS", "Tillett Middle"), ("310", "AES", "Aspen Elementary"), ("314", "QES", "Quillan Elementary"),
         ("318", "RES", "Rookwood Elementary"), ("402", "LAC", "Larkmoor Alternative Center")]


def larkmoor(d, r):
    agency = "Larkmoor Unified School District Police Department, OR [invented]"
    days = school_days(datetime.datetime(2025, 10, 1), datetime.datetime(2025, 10, 31), skip=("10/10", "10/24"))
    recs = []
    for day in days:
        for _ in range(r.randint(3, 5)):
            code, abbr, _ = r.choice(CAMP1)
            on = r.random() < 0.82
            b, t = school_time(r, day)
            if not on:
                t = at(day, "15:30", r.randint(0, 330))
            period = on and r.random() < 0.38
            rep = t + datetime.timedelta(minutes=r.randint(4, 55))
            recs.append({"t": rep, "reported_at": rep.strftime("%m/%d/%Y %H:%M"),
                         "occurred_at": f"{t:%m/%d/%Y} {BELL[b][0] if period else t.strftime('%H:%M')}",
                         "period": BELL[b][0] if period else None, "campus": f"{code} {abbr}",
                         "type": r.choice(TYPES),
                         "location": r.choice(PLACES) if on else "Off campus: " + off_location(r, long=False),
                         "disposition": r.choice(DISPS)})
    recs.sort(key=lambda x: x["t"])
    serial = 860 + r.randint(0, 30)
    for rec in recs:
        serial += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"LU25-{serial:05d}"
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L = "Helvetica", 7, 10.2
    size = landscape(letter)
    cols = [("Case No", 58), ("Reported", 72), ("Occurred", 104), ("Campus", 48), ("Offense", 118),
            ("Location", 156), ("Disposition", 110)]
    legend1 = "Bell schedule (secondary campuses): " + "  ".join(f"{b[0]} {b[2]}-{b[3]}" for b in BELL[:6])
    legend2 = "  ".join(f"{b[0]} {b[2]}-{b[3]}" for b in BELL[6:]) + ".  Elementary campuses follow the same " \
        "period names. Where Occurred shows a period, the time was not recorded."
    camps = "Campus codes: " + "  ".join(f"{c} {a} {nm}" for c, a, nm in CAMP1)

    def header(k):
        items = [(612 - 34, 36, "LARKMOOR UNIFIED SCHOOL DISTRICT POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
                 (612 - 47, 36, "Daily Crime Log - October 2025 (school year 2025-26).  Records 555-0162.  "
                  "Printed 11/03/2025 07:15.", F, 8)]
        items += [(612 - 66, x, t, "Helvetica-Bold", S) for x, t in cells(cols, [c for c, _ in cols], F, S, 36)]
        items.append((612 - 70, 36, None, F, S))
        return items

    def footer(k, m):
        return [(60, 36, None, F, S), (50, 36, legend1, F, 6.5), (41, 36, legend2, F, 6.5), (32, 36, camps, F, 6.5),
                (20, 36, f"Page {k} of {m}", F, 7.5)]

    add, finish = paginate(header, footer, 612 - 80, 66)
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec["occurred_at"], rec["campus"], rec["type"],
                rec["location"], rec["disposition"]]
        cl = cells(cols, vals, F, S, 36)
        add([(x, t, F, S, 0) for x, t in cl[:-1]] + [(cl[-1][0], cl[-1][1], F, S, L)])
    add([(36, f"Total incidents this log: {n}", "Helvetica-Bold", 8.5, 12)])
    pages = finish()
    path = d / "larkmoor-usd-daily-crime-log-2025-10.pdf"
    draw(path, size, pages)
    k = sum(1 for rec in recs if rec["period"])
    return [entry(path, agency, "monthly daily crime log of a school-district police department",
                  "table with header", recs, ["reported_at", "occurred_at", "type", "location", "disposition"],
                  ["case_number", "reported_at", "occurred_at", "location", "type", "disposition", "off_campus"],
                  "A landscape table with a header row on every page: `Case No  Reported  Occurred  Campus  Offense  "
                  "Location  Disposition`; Campus is a three-digit campus code and an abbreviation (`112 LHS`), "
                  "off-campus rows say so in Location (`Off campus: 1400 blk Orchard Street`). The record id is the "
                  f"Case No (`LU25-00871`). Trap: on {k} rows the Occurred cell gives a bell-schedule period instead of "
                  "a time (`10/06/2025 P3`, `10/14/2025 Lunch`, `10/20/2025 After school`); the times of the periods "
                  "are printed only in the bell-schedule legend at the foot of each page (`P3 09:44-10:36`), which "
                  "itself is full of times, with a campus-code key below it. A row reading that wants a time in the "
                  "Occurred column drops those rows, and one that takes every line with times picks up the legend. "
                  "Values as printed: occurred_at is the date and the period where a period is printed. Ends "
                  "`Total incidents this log: N`.",
                  "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Cobb Hollow County Schools PD, GA: blocks
CAMP2 = [("0318", "Cobb Hollow High"), ("0322", "Laurel Mill Middle"), ("0325", "Sedgefield Middle"),
         ("0331", "Pine Shoals Elementary"), ("0334", "Whitcomb Elementary"), ("0340", "Cobb Hollow Academy")]
JUV = "JUVENILE - DETAILS WITHHELD (confidential juvenile record, O.C.G.A. 15-11-700)"


def cobb(d, r):
    agency = "Cobb Hollow County Schools Police Department, GA [invented]"
    days = school_days(datetime.datetime(2026, 1, 12), datetime.datetime(2026, 1, 23), skip=("01/19",))
    recs, serial, dist, refs = [], 400 + r.randint(0, 20), 860 + r.randint(0, 30), {}
    for day in days:
        items = []
        for _ in range(r.randint(5, 7)):
            code, name = r.choice(CAMP2)
            b, t = school_time(r, day)
            on = r.random() < 0.85
            items.append((t, b, code, name, on))
        items.sort()
        for t, b, code, name, on in items:
            serial += r.choice([1, 1, 2])
            juv = r.random() < 0.2
            rec = {"case_number": f"26-{serial:06d}", "day": day, "school": f"{code} {name}",
                   "date": t.strftime("%m/%d/%Y"), "juvenile": juv}
            if juv:
                rec["reported_at"] = rec["date"]
            else:
                rel = []
                if r.random() < 0.7:
                    dist += r.randint(1, 4)
                    rel.append(("district_case", f"DC26-{dist:04d}"))
                if on and r.random() < 0.5:
                    refs[code] = refs.get(code, r.randint(20, 60)) + r.randint(1, 3)
                    rel.append(("referral", f"R{code}-{refs[code]:03d}"))
                rec.update({"reported_at": f"{rec['date']} {t:%H:%M}", "period": BELL[b][1],
                            "type": r.choice(TYPES), "location": r.choice(PLACES) if on else off_location(r),
                            "setting": "On campus" if on else "Off campus", "disposition": r.choice(DISPS),
                            "badge": str(r.randint(601, 648)), "rel": rel})
            recs.append(rec)
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L = "Helvetica", 8, 10.4
    size = letter
    first_day = 81

    def header(k):
        return [(792 - 36, 40, "COBB HOLLOW COUNTY SCHOOLS POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
                (792 - 49, 40, "School Resource Officer Incident Summary - 01/12/2026 to 01/23/2026 (spring "
                 "semester, school days 81-89).  Records 555-0171.", F, 7.8)]

    def footer(k, m):
        return [(30, 40, "Juvenile records are summarised without details under state law; district case and "
                 "referral numbers are the school's, not police numbers.", F, 6.8),
                (20, 40, f"Page {k} of {m}", F, 7.5)]

    add, finish = paginate(header, footer, 792 - 72, 44)
    cur = None
    for rec in recs:
        head = []
        if rec["day"] != cur:
            head = [(40, "", F, S, 8)] * (cur is not None)
            cur = rec["day"]
            head += [(40, f"{cur:%A %m/%d/%Y} - school day {first_day + days.index(cur)}", "Helvetica-Bold", 8.6, 8)]
        if rec["juvenile"]:
            lines = [(40, f"Police Case: {rec['case_number']}", F, S, 0), (200, JUV, F, S, L),
                     (40, f"School: {rec['school']}", F, S, 0), (262, f"Date: {rec['date']}", F, S, L)]
        else:
            rel = dict(rec["rel"])
            lines = [(40, f"Police Case: {rec['case_number']}", F, S, 0),
                     (200, f"District Case: {rel.get('district_case', 'none')}", F, S, 0),
                     (380, f"Referral: {rel.get('referral', 'none')}", F, S, L),
                     (40, f"School: {rec['school']}", F, S, 0), (262, f"Date: {rec['date']}", F, S, 0),
                     (352, f"Time: {rec['reported_at'][-5:]}", F, S, 0), (420, f"Period: {rec['period']}", F, S, L),
                     (40, f"Type: {rec['type']}", F, S, 0), (262, f"Location: {rec['location']}", F, S, L),
                     (40, f"Disposition: {rec['disposition']}", F, S, 0),
                     (262, f"Setting: {rec['setting']}", F, S, 0), (420, f"SRO: badge {rec['badge']}", F, S, L)]
        assert stringWidth(lines[-1][1], F, S) < 170
        add(head + [(40, None, F, S, 10)] + lines, gap=3)
    add([(40, None, F, S, 12), (40, f"Incidents in this summary: {n}", "Helvetica-Bold", 9, 12)], gap=0)
    pages = finish()
    path = d / "cobb-hollow-sro-incident-summary-2026-01-12-23.pdf"
    draw(path, size, pages)
    juv = [rec["case_number"] for rec in recs if rec["juvenile"]]
    return [entry(path, agency, "two-week school resource officer incident summary", "labelled blocks", recs,
                  ["reported_at", "type", "location", "disposition"],
                  ["case_number", "reported_at", "type", "location", "disposition", "off_campus"],
                  "One labelled block per incident between rules, portrait, grouped under school-day headings "
                  "(`Monday 01/12/2026 - school day 81`): `Police Case:  District Case:  Referral:` / `School:  Date:  "
                  "Time:  Period:` / `Type:  Location:` / `Disposition:  Setting:  SRO:`. School is a four-digit school "
                  "code and name (`0318 Cobb Hollow High`); District Case (`DC26-0877`) and Referral (`R0318-042`, built "
                  "on the school code) are the school's numbers and are in `related_numbers`. The record id is the "
                  f"Police Case (`26-000412`). Trap: the {len(juv)} juvenile records (listed in `juvenile_withheld`) "
                  "are collapsed to two lines, `Police Case: 26-000415   JUVENILE - DETAILS WITHHELD (confidential "
                  "juvenile record, O.C.G.A. 15-11-700)` / `School: ...   Date: ...`, with no time, type, location, "
                  "disposition or school numbers; they are still incidents, so a reading that keys blocks on "
                  "`Type:` or `Disposition:` or wants the four-line shape loses them or glues them to a neighbour. Their "
                  "sample values are only the id and the date. Ends `Incidents in this summary: N`.",
                  "blocks counted by the generator; the closing line gives the total", juvenile_withheld=juv)]


# 3 ------------------------------------------------------------------ Brightwater SD Police, WA: narrative
CAMP3 = [("12", "Brightwater High School"), ("14", "Eastlake High School"), ("27", "Fernhill Middle School"),
         ("29", "Osprey Middle School"), ("41", "Cedar Flats Elementary"), ("44", "Marrow Creek Elementary")]


def brightwater(d, r):
    agency = "Brightwater School District Police, WA [invented]"
    days = school_days(datetime.datetime(2025, 11, 3), datetime.datetime(2025, 11, 14), skip=("11/11",))
    recs, serial, dist, ref = [], 4400 + r.randint(0, 30), 11300 + r.randint(0, 40), 1850 + r.randint(0, 40)
    for day in days:
        items = []
        for _ in range(r.randint(5, 8)):
            b, t = school_time(r, day)
            items.append((t, b, r.choice(CAMP3), r.random() < 0.85))
        items.sort()
        for t, b, (code, name), on in items:
            serial += r.choice([1, 1, 1, 2, 3])
            period = on and r.random() < 0.5
            rel = []
            if r.random() < 0.75:
                dist += r.randint(1, 5)
                rel.append(("district_case", f"25-{dist:05d}"))
            if on and r.random() < 0.45:
                ref += r.randint(1, 6)
                rel.append(("referral", f"R-{ref}"))
            when = BELL[b][1] if period else t.strftime("%H:%M")
            recs.append({"case_number": f"25-{serial:05d}", "day": day, "code": code, "name": name, "on": on,
                         "occurred_at": f"{t:%m/%d/%Y} {when}", "when": when, "dow": t.strftime("%a"),
                         "type": r.choice(TYPES).lower(),
                         "location": lower1(r.choice(PLACES)) if on else off_location(r),
                         "disposition": r.choice(DISPS).lower(), "badge": str(r.randint(410, 436)), "rel": rel})
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L, W = "Helvetica", 9, 11.6, 504
    size = letter
    first_day = 46

    def header(k):
        return [(792 - 38, 54, "Brightwater School District Police [invented]", "Helvetica-Bold", 11.5),
                (792 - 52, 54, "School Resource Officer daily narrative, November 3-14, 2025.  Dispatch 555-0184.",
                 "Helvetica-Oblique", 8.2)]

    def footer(k, m):
        return [(30, 54, "Police case numbers are assigned by district police; district case and referral numbers "
                 "by the schools.", F, 6.8), (20, 54, f"Narrative - page {k} of {m}", F, 7.5)]

    add, finish = paginate(header, footer, 792 - 76, 46)
    cur, first_dist = None, 0
    for rec in recs:
        if rec["day"] != cur:
            cur = rec["day"]
            add([(54, f"{cur:%A, %B} {cur.day}, 2025 \u2014 school day {first_day + days.index(cur)}",
                  "Helvetica-Bold", 9.4, 15)], gap=2)
        rel = dict(rec["rel"])
        where = rec["location"] if rec["on"] else f"off campus, {rec['location']}"
        head = f"{rec['dow']} {rec['occurred_at'][:10]}, {rec['when']}. "
        tail = f" Disposition: {rec['disposition']}."
        refs = f" Referral {rel['referral']} was written." if "referral" in rel else ""
        if "district_case" in rel and r.random() < 0.5:
            first_dist += 1
            body = (f"District case {rel['district_case']} was opened by {rec['name']} (campus {rec['code']}) after a "
                    f"report of {rec['type']} ({where}), and the SRO (badge {rec['badge']}) took police case "
                    f"{rec['case_number']}.")
        else:
            at_place = (f"at {rec['name']} (campus {rec['code']}), {where}" if rec["on"] else
                        f"{where}, near {rec['name']} (campus {rec['code']})")
            dc = f" The school opened district case {rel['district_case']}." if "district_case" in rel else ""
            rec["type"] = rec["type"][0].upper() + rec["type"][1:]  # as printed, at the start of a sentence
            body = (f"{rec['type']} reported {at_place}; the SRO (badge "
                    f"{rec['badge']}) took police case {rec['case_number']}.{dc}")
        add([(54, ln, F, S, L) for ln in wrap(head + body + refs + tail, F, S, W)], gap=4)
    add([(54, f"Incidents in this narrative: {n}", "Helvetica-Bold", 9.4, 12)])
    pages = finish()
    path = d / "brightwater-sro-daily-narrative-2025-11-03-14.pdf"
    draw(path, size, pages)
    return [entry(path, agency, "school resource officer daily narrative, two weeks", "free text", recs,
                  ["occurred_at", "type", "location", "disposition"],
                  ["case_number", "occurred_at", "type", "location", "disposition", "off_campus"],
                  "Prose paragraphs under school-day headings (`Monday, November 3, 2025 \u2014 school day 46`), each "
                  "beginning with the weekday, date and a time or a bell period (`Mon 11/03/2025, 5th period.`), "
                  "type, location and disposition in lower case inside the sentences (the type capitalised where it "
                  "opens one), campus numbers in "
                  "parentheses (`Fernhill Middle School (campus 27)`). The record id is the police case number "
                  "(`police case 25-04417`). Trap: most paragraphs also carry the school's district case number, "
                  "which has exactly the police case number's shape (`25-11342`), and in "
                  f"{first_dist} paragraphs it is written first (`District case 25-11342 was opened by Fernhill Middle "
                  "School (campus 27) after a report of theft - student property (gym locker room), and the SRO (badge "
                  "412) took police case 25-04417.`), so the first number of the paragraph is not the id "
"there; referral numbers (`R-1876`) come after. District case and referral numbers are in "
                  "`related_numbers`. Values as printed: occurred_at is the date and the time or the period as "
                  "written (`11/03/2025 5th period`). Ends `Incidents in this narrative: N`.",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Dunmore Valley USD, CO: board report
CAMP4 = [("041", "Dunmore Valley High School"), ("045", "Dunmore Valley Middle School"),
         ("048", "Ridgeback Middle School"), ("052", "Spruce Hollow Elementary"), ("056", "Kestrel Elementary")]
LEAD = [("Tri-County Sheriff's Office", lambda r: f"TC26-{r.randint(4000, 4999):06d}"),
        ("Dunmore Police Department", lambda r: f"DPD-26-{r.randint(1100, 1999):05d}"),
        ("Colorado State Patrol", lambda r: f"CSP26-{r.randint(200, 899):04d}")]


def dunmore(d, r):
    agency = "Dunmore Valley Unified School District, CO [invented]"
    days = school_days(datetime.datetime(2026, 2, 2), datetime.datetime(2026, 2, 27), skip=("02/16", "02/13"))
    items = []
    for day in days:
        for _ in range(r.choice([2, 2, 3, 3, 4])):
            b, t = school_time(r, day)
            on = r.random() < 0.75
            if not on:
                t = at(day, "15:20", r.randint(0, 360))
            items.append((t, b, on))
    items.sort()
    serial = 170 + r.randint(0, 20)
    sec = {True: [], False: []}
    for t, b, on in items:
        serial += r.choice([1, 1, 2])
        code, name = r.choice(CAMP4)
        period = on and r.random() < 0.3
        when = BELL[b][1] if period else t.strftime("%H:%M")
        rec = {"case_number": f"DV26-{serial:04d}", "dow": t.strftime("%a"), "date": t.strftime("%m/%d/%Y"),
               "when": when, "occurred_at": f"{t:%m/%d/%Y} {when}", "code": code, "name": name,
               "type": r.choice(TYPES), "location": lower1(r.choice(PLACES)) if on else off_location(r),
               "disposition": r.choice(DISPS), "rel": []}
        if not on:
            lead, fmt = r.choice(LEAD)
            rec["lead"] = lead
            rec["rel"] = [("lead_agency_case", fmt(r))]
            rec["disposition"] = r.choice(["Referred to lead agency", "Report taken by lead agency",
                                           "Released to parent", "Arrest - juvenile", "Cleared - no action"])
        sec[on].append(rec)
    a, b_ = sec[True], sec[False]
    recs = a + b_
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L, W = "Times-Roman", 10, 12.6, 470
    size = letter

    def header(k):
        if k == 1:
            return [(792 - 50, 72, "DUNMORE VALLEY UNIFIED SCHOOL DISTRICT [invented]", "Times-Bold", 12.5),
                    (792 - 66, 72, "School Resource Officer Program - Report to the Board of Education", "Times-Bold",
                     11),
                    (792 - 80, 72, "Incidents for February 2026 (school year 2025-26, weeks 21-24).  Prepared by the "
                     "SRO supervisor, badge 2207.  Office 555-0195.", "Times-Italic", 9.5)]
        return [(792 - 40, 72, "SRO Program report to the Board - February 2026 (continued)", "Times-Italic", 9)]

    def footer(k, m):
        return [(30, 72, f"Board packet item 7.3 - page {k} of {m}", "Times-Roman", 8.5)]

    add, finish = paginate(header, footer, 792 - 104, 54)
    add([(72, ln, F, S, L) for ln in wrap(
        "This report lists every incident handled by the district's school resource officers during February "
        "2026. Part A covers incidents on district property; Part B covers incidents off campus involving district "
        "students, where another agency led and an SRO assisted. Paragraphs are numbered within each part. Student "
        "details are withheld.", F, S, W)], gap=10)

    def para(k, rec):
        if "lead" in rec:
            txt = (f"{rec['lead']} case {rec['rel'][0][1]} (lead agency). {rec['dow']} {rec['date']}, {rec['when']} "
                   f"\u2014 off campus, {rec['location']}, near {rec['name']} ({rec['code']}). {rec['type']}. SRO "
                   f"assist, SRO case {rec['case_number']}. Disposition: {rec['disposition']}.")
        else:
            txt = (f"{rec['dow']} {rec['date']}, {rec['when']} \u2014 {rec['name']} ({rec['code']}), "
                   f"{rec['location']}. {rec['type']}. SRO case {rec['case_number']}. Disposition: "
                   f"{rec['disposition']}.")
        lines = wrap(txt, F, S, W - 22)
        add([(72, f"{k}.", F, S, 0)] + [(94, ln, F, S, L) for ln in lines], gap=5)

    add([(72, "A.  INCIDENTS ON DISTRICT PROPERTY", "Times-Bold", 10.5, 16)])
    for k, rec in enumerate(a, 1):
        para(k, rec)
    add([(72, f"Part A total: {len(a)} incidents.", "Times-Bold", 10, 20)])
    add([(72, "B.  OFF-CAMPUS INCIDENTS INVOLVING DISTRICT STUDENTS (SRO ASSISTED)", "Times-Bold", 10.5, 16)])
    for k, rec in enumerate(b_, 1):
        para(k, rec)
    add([(72, f"Part B total: {len(b_)} incidents.", "Times-Bold", 10, 16),
         (72, f"Total incidents reported for February 2026: {n}.", "Times-Bold", 10, 14)])
    pages = finish()
    path = d / "dunmore-valley-sro-board-report-2026-02.pdf"
    draw(path, size, pages)
    return [entry(path, agency, "monthly school resource officer report to the board of education",
                  "numbered paragraphs", recs, ["occurred_at", "type", "location", "disposition"],
                  ["case_number", "occurred_at", "type", "location", "disposition", "off_campus"],
                  "A board-packet report in Times, portrait, a preamble, then numbered paragraphs in two parts: `A.  "
                  "INCIDENTS ON DISTRICT PROPERTY` (`7. Wed 02/04/2026, 11:20 \u2014 Dunmore Valley High School (041), "
                  "bus loop. Vandalism - vehicle. SRO case DV26-0188. Disposition: Report taken.`) and `B.  OFF-CAMPUS "
                  "INCIDENTS INVOLVING DISTRICT STUDENTS (SRO ASSISTED)`, each part with its own total line. The record "
                  "id is the SRO case (`DV26-0188`), one series across both parts, so the ids of part B fall between "
                  f"those of part A. Trap: the paragraph numbers start again at 1 in part B ({len(a)} + {len(b_)} "
                  "paragraphs, numbers 1 to "
                  f"{len(a)} then 1 to {len(b_)}), so the paragraph numbers repeat and the largest is not the count; and "
                  "every part-B paragraph opens with the lead agency's case number (`Tri-County Sheriff's Office case "
                  "TC26-004410 (lead agency).`, `Dunmore Police Department case DPD-26-01432`), before the date and the "
                  "SRO case. Lead-agency numbers are in `related_numbers`. Values as printed: occurred_at is the date "
                  "and the time or bell period (`02/05/2026 3rd period`). Ends `Total incidents reported for February "
                  "2026: N.`",
                  "paragraphs counted by the generator; both part totals and the closing total are printed",
                  part_counts={"A": len(a), "B": len(b_)})]


# 5 ------------------------------------------------------------------ Ashcombe Public Schools, MN: referral register
CAMP5 = [("061", "AHS", 9, 12), ("063", "WHS", 9, 12), ("071", "AMS", 6, 8), ("074", "BMS", 6, 8),
         ("082", "HES", 3, 5), ("085", "LES", 3, 5)]
BEHAV = ["B-03 Skipping class", "B-05 Tardy (chronic)", "B-07 Defiance", "B-09 Disruption", "B-11 Dress code",
         "B-14 Phone misuse", "B-16 Profanity"]
POLICE_BEHAV = {"Fight - mutual combat": "B-21 Fighting", "Assault - simple": "B-22 Assault",
                "Theft - student property": "B-31 Theft", "Theft - school property": "B-31 Theft",
                "Vandalism - graffiti": "B-33 Vandalism", "Vape / tobacco possession": "B-41 Tobacco/vape",
                "Marijuana possession": "B-42 Drugs", "Weapon on campus - knife": "B-51 Weapon",
                "Threat - verbal": "B-24 Threat", "Threat - social media": "B-24 Threat",
                "Harassment / bullying": "B-25 Bullying", "False fire alarm pull": "B-35 False alarm"}
ACTIONS = ["Suspension 1 day", "Suspension 3 days", "Suspension 5 days", "Parent conference", "Detention",
           "Loss of privileges", "Restorative circle", "ISS 2 days", "Expulsion review"]
PDISP = ["Report taken", "Cited - juvenile", "Arrest - juvenile", "Released to parent", "Diversion referral",
         "Warning given", "Referred to probation"]


def ashcombe(d, r):
    agency = "Ashcombe Public Schools, School Resource Officer Unit, MN [invented]"
    days = school_days(datetime.datetime(2025, 11, 3), datetime.datetime(2025, 12, 19),
                       skip=("11/11", "11/26", "11/27", "11/28"))
    rows = []
    for day in days:
        for _ in range(r.choice([2, 2, 3, 3, 4])):
            b, t = school_time(r, day)
            code, abbr, g0, g1 = r.choice(CAMP5)
            per = BELL_CODE.get(BELL[b][0], BELL[b][0])
            if r.random() < 0.62:
                typ = r.choice(sorted(POLICE_BEHAV))
                k = r.choices([1, 2, 3, 4], weights=[50, 28, 14, 8])[0]
                inc = {"t": t, "date": t.strftime("%m/%d/%Y"), "per": per, "school": f"{code} {abbr}",
                       "type": typ, "location": r.choice(PLACES), "disposition": r.choice(PDISP), "rows": []}
                for _ in range(k):
                    rows.append((t, inc, str(r.randint(g0, g1)), POLICE_BEHAV[typ], r.choice(ACTIONS)))
            else:
                rows.append((t, None, str(r.randint(g0, g1)), r.choice(BEHAV),
                             r.choice(["Detention", "Parent contact", "Warning", "Lunch detention", "ISS 1 day"]),
                             t.strftime("%m/%d/%Y"), per, f"{code} {abbr}", r.choice(PLACES)))
    rows.sort(key=lambda x: x[0])
    ref, serial, recs = 2200 + r.randint(0, 40), 4400 + r.randint(0, 60), []
    table = []
    for row in rows:
        ref += 1
        num = f"RF25-{ref:05d}"
        inc = row[1]
        if inc is None:
            _, _, gr, beh, act, date, per, school, loc = row
            table.append([num, date, per, school, gr, "withheld", beh, "\u2014", "", loc, "", act])
            continue
        if not inc["rows"]:
            serial += r.choice([1, 2, 3])
            inc["case_number"] = f"25-{serial:06d}"
            inc["occurred_at"] = f"{inc['date']} {inc['per']}"
            inc["rel"] = []
            recs.append(inc)
        inc["rows"].append(num)
        inc["rel"].append(("referral", num))
        _, _, gr, beh, act = row
        table.append([num, inc["date"], inc["per"], inc["school"], gr, "withheld", beh, inc["case_number"],
                      inc["type"], inc["location"], inc["disposition"], act])
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L = "Helvetica", 6.8, 9.4
    size = landscape(letter)
    cols = [("Referral #", 48), ("Date", 46), ("Per", 22), ("School", 38), ("Gr", 16), ("Student", 36),
            ("Behavior", 84), ("Police Case", 48), ("Police Incident Type", 108), ("Location", 80),
            ("Police Disposition", 86), ("School Action", 66)]
    assert sum(w for _, w in cols) <= 792 - 60
    with_case = sum(1 for row in table if row[7] != "\u2014")

    def header(k):
        items = [(612 - 32, 30, "ASHCOMBE PUBLIC SCHOOLS [invented] - STUDENT DISCIPLINE REFERRAL REGISTER WITH POLICE "
                  "CASE CROSS-REFERENCE", "Helvetica-Bold", 9.5),
                 (612 - 44, 30, "Quarter 2, 11/03/2025 - 12/19/2025.  School Resource Officer Unit 555-0148.  One row "
                  "per student referral; student identity withheld (FERPA).", F, 7.5)]
        items += [(612 - 60, x, t, "Helvetica-Bold", S) for x, t in cells(cols, [c for c, _ in cols], F, S, 30)]
        items.append((612 - 64, 30, None, F, S))
        return items

    def footer(k, m):
        return [(40, 30, None, F, S),
                (31, 30, "Per: P1-P7 class periods, BS before school, ADV advisory, L lunch, AS after school.  Police "
                 "Case \u2014 = handled by the school only, no police involvement.  Behavior codes per district policy "
                 "5144.", F, 6.5), (20, 30, f"Register page {k} of {m}", F, 7.2)]

    add, finish = paginate(header, footer, 612 - 74, 48)
    for vals in table:
        cl = cells(cols, vals, F, S, 30)
        add([(x, t, F, S, 0) for x, t in cl[:-1]] + [(cl[-1][0], cl[-1][1], F, S, L)])
    add([(30, None, F, S, 10), (30, f"Referrals listed: {len(table)}   With a police case: {with_case}   Police "
                                    f"incidents: {n}", "Helvetica-Bold", 8, 12)])
    pages = finish()
    path = d / "ashcombe-referral-register-2025-q2.pdf"
    draw(path, size, pages)
    multi = sum(1 for rec in recs if len(rec["rows"]) > 1)
    return [entry(path, agency, "quarterly discipline referral register with police case cross-reference",
                  "other: referral register, one row per student referral", recs,
                  ["occurred_at", "type", "location", "disposition"],
                  ["case_number", "occurred_at", "type", "location", "disposition"],
                  "A landscape register of student discipline referrals in referral-number order: `Referral #  Date  "
                  "Per  School  Gr  Student  Behavior  Police Case  Police Incident Type  Location  Police Disposition  "
                  "School Action`; the Student cell is always `withheld`, Per is a bell-period code explained in the "
                  "page footer (`P4`, `L`, `AS`). A record is a police incident; its id is the Police Case "
                  f"(`25-004412`). Trap: the rows are referrals, not incidents: {len(table)} rows for {n} incidents. "
                  f"{multi} incidents involved several students and print the same police case on two to four "
                  f"consecutive rows (one per student, each with its own referral number and school action), and "
                  f"{len(table) - with_case} administrative referrals carry `\u2014` in Police Case and are not "
                  "incidents at all. The referral numbers of each incident's rows are in `related_numbers`. Values as "
                  "printed: occurred_at is the date and the period code. Ends `Referrals listed: R   With a police "
                  "case: C   Police incidents: N`.",
                  "incidents counted by the generator; the closing line gives rows, rows with a police case and "
                  "incidents", register_rows=len(table))]


AGENCIES = [("larkmoor-usd-or-pd", 1, larkmoor), ("cobb-hollow-county-schools-ga-pd", 2, cobb),
            ("brightwater-sd-wa-police", 3, brightwater), ("dunmore-valley-usd-co", 4, dunmore),
            ("ashcombe-public-schools-mn", 5, ashcombe)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
