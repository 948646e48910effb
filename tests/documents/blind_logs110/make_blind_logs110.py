"""Generate a held-out set of traffic collision, DUI checkpoint and traffic enforcement logs (blind_logs110).

Five layouts: a monthly collision log with one row per vehicle (report number on the first row only,
citation and tow numbers per vehicle); a sheriff's impaired-driving enforcement narrative where only
ARREST entries are incidents among stops, counts and totals; a hit-and-run unit's activity log in
labelled blocks where supplements repeat a case printed earlier; a Right-to-Know response listing
crash reports as numbered paragraphs with tow-log numbers shaped like report numbers; a traffic
activity report with two-line collision events and an appendix of citation-only stops from the same
event-number series. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs110/make_blind_logs110.py [OUT_DIR]
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
SEED = 20261210
STREETS = ["Harlan Ave", "N Quarry Rd", "Wexford Blvd", "Mill Creek Pkwy", "E 14th St", "Sorrel Ln",
           "Tannery Rd", "Old County Hwy 9", "Beacham St", "Linden Ave", "Route 31", "Pryor Dr",
           "Calvert Way", "S Fennel St", "Ridgeback Rd", "Dorsey Ave"]
COLL = ["Injury", "Non-injury (PDO)", "Injury - major", "Fatal", "PDO - private property"]
TOWS = ["Keller Towing", "Northside Wrecker", "A-1 Recovery", "Brisco Tow & Storage"]
VIOL = ["Unsafe speed", "Failure to yield", "Following too closely", "Red light violation",
        "Improper lane change", "No insurance", "Suspended license", "Stop sign violation", "Distracted driving"]
VEH = ["2014 sedan", "2019 pickup", "2011 SUV", "2022 sedan", "2008 minivan", "2017 box truck",
       "2020 motorcycle", "2016 hatchback", "2013 pickup", "2021 SUV"]



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
        "git_blob": "generated", "generator": f"make_blind_logs110.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs110.py) from the records it drew; "
                               "checked by check_blind_logs106.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec["rel"]]


def wrap(text, width):
    chunks, cur = [], ""
    for wd in text.split():
        if len(cur) + len(wd) + 1 > width:
            chunks.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd).strip()
    return chunks + [cur]


def place(r):
    a, b = r.sample(STREETS, 2)
    return f"{a} at {b}" if r.random() < 0.6 else f"{r.randint(1, 48) * 100 + r.randint(0, 99)} {a}"


# 1 ------------------------------------------------------------------ Arlow, KS: vehicle rows
def arlow(d, r):
    agency = "Arlow Police Department Traffic Unit, KS [invented]"
    gt = []
    tc, cit, tow = 1200, 4471200, 300
    for fname, month, n in [("arlow-collision-log-2025-09.pdf", 9, 58), ("arlow-collision-log-2025-10.pdf", 10, 64)]:
        recs, groups, nveh = [], [], 0
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            tc += r.randint(1, 4)
            rec = {"case_number": f"TC25-{tc:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "location": place(r), "type": r.choice(COLL), "rel": []}
            k = r.choice([1, 2, 2, 2, 3, 3, 4])
            rows = []
            for v in range(1, k + 1):
                c = tw = ""
                if r.random() < 0.45:
                    cit += r.randint(1, 9)
                    c = f"{cit}"
                    rec["rel"].append(("citation_number", c))
                if r.random() < 0.35:
                    tow += r.randint(1, 3)
                    tw = f"TW25-{tow:05d}"
                    rec["rel"].append(("tow_number", tw))
                inj = r.choice(["None", "None", "Possible", "Minor", "Transported"]) if "Injury" in rec["type"] or rec["type"] == "Fatal" else "None"
                rows.append((f"V{v}", r.choice(VEH), inj, c, tw))
            nveh += k
            first = (f"{rec['case_number']:<12}{rec['reported_at']:<18}{rec['location']:<38}{rec['type']:<24}")
            lines = []
            for i, (v, veh, inj, c, tw) in enumerate(rows):
                lead = first if i == 0 else " " * 92
                lines.append(f"{lead}{v:<4}{veh:<17}{inj:<13}{c:<10}{tw}")
            groups.append(lines)
            recs.append(rec)
        groups.append(["", f"Collisions reported: {n}    Vehicles: {nveh}    Citations issued at scene: "
                           f"{sum(1 for x in recs for k, _ in x['rel'] if k == 'citation_number')}"])
        head = [f"{'Report No.':<12}{'Date/Time':<18}{'Location':<38}{'Collision Type':<24}{'Veh':<4}"
                f"{'Vehicle':<17}{'Injury':<13}{'Citation':<10}Tow No.", "-" * 142]
        pages = paginate(groups, 42, head)
        header = [(36, "ARLOW POLICE DEPARTMENT - TRAFFIC UNIT [invented]", "Helvetica-Bold", 11),
                  (36, f"Monthly Collision Log - {datetime.date(2025, month, 1).strftime('%B %Y')} - "
                       "Traffic Records 555-0142", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "TRF-COLL-M  one row per vehicle", fsize=7.5, lh=9.5)
        gt.append(entry(path, agency, "monthly traffic collision log", "table with header", recs,
                        ["reported_at", "location", "type"],
                        "Landscape table, one ROW PER VEHICLE: the collision's report number `TC25-NNNNN`, date, "
                        "location and type are printed on the V1 row only; the V2, V3, V4 rows below it are blank in "
                        "those columns and belong to the same collision (one record per collision, not per row). "
                        "Citation numbers (7 digits) and tow numbers `TW25-NNNNN` (same width as the report number) "
                        "are per vehicle and related. Ends `Collisions reported: N    Vehicles: V    Citations ...`.",
                        "collisions counted by the generator; vehicle rows checked against the printed total",
                        related_of(recs)))
    return agency, gt


# 2 ------------------------------------------------------------------ Brennock County, MO: checkpoint narrative
def brennock(d, r):
    agency = "Brennock County Sheriff's Office Traffic Safety Unit, MO [invented]"
    gt = []
    case, op = 3100, 40
    for fname, days, cap in [("brennock-dui-enforcement-report-2025-q3.pdf", [(7, d_) for d_ in (4, 5, 11, 12, 18, 19, 25, 26)] + [(8, d_) for d_ in (1, 2, 8, 9, 15, 16)], 48),
                             ("brennock-dui-enforcement-report-2025-q4.pdf", [(10, d_) for d_ in (3, 4, 10, 11, 17, 18, 24, 25, 31)] + [(11, d_) for d_ in (1, 7, 8, 14, 15)], 55)]:
        recs, lines, stops_total = [], [], 0
        for mo, day in days:
            if len(recs) >= cap:
                break
            op += 1
            date = datetime.date(2025, mo, day)
            kind = r.choice(["DUI CHECKPOINT", "SATURATION PATROL"])
            site = place(r)
            lines.append([(36, f"OPERATION 25-OP-{op:03d}  {kind}  {date.strftime('%A, %B %d, %Y')}  2100-0300  "
                               f"Site: {site}")])
            screened = r.randint(180, 640)
            stop_no = 0
            mins = sorted(r.sample(range(5, 360), r.randint(8, 12)))
            lines.append([(36, "2100"), (72, f"Briefing, {r.randint(6, 14)} deputies, 2 evidentiary breath units on site.")])
            for m in mins:
                hhmm = f"{(21 + m // 60) % 24:02d}{m % 60:02d}"
                roll = r.random()
                if roll < 0.4 and len(recs) < cap:
                    case += r.randint(1, 3)
                    stop_no += 1
                    rec = {"case_number": f"25-{case:05d}", "reported_at": f"{date.strftime('%m/%d/%Y')} {hhmm}",
                           "type": r.choice(["DWI - alcohol", "DWI - drugs", "DWI - alcohol, refusal",
                                             "DWI - alcohol, child passenger", "DWI - alcohol, open container"]),
                           "rel": []}
                    text = (f"ARREST - Case {rec['case_number']}: {rec['type']}, stop {stop_no}, "
                            f"{r.choice(VEH)}; BAC {r.choice(['.0', '.1', '.1', '.2'])}{r.randint(10, 99)}.")
                    if r.random() < 0.6:
                        tw = f"T-{r.randint(10000, 99999)}"
                        rec["rel"].append(("tow_number", tw))
                        text += f" Vehicle towed, tow ticket {tw}."
                    if r.random() < 0.5:
                        c = f"BC{r.randint(100000, 999999)}"
                        rec["rel"].append(("citation_number", c))
                        text += f" Also cited {r.choice(VIOL).lower()}, {c}."
                    recs.append(rec)
                elif roll < 0.72:
                    stop_no += 1
                    text = (f"Stop {stop_no}: {r.choice(VEH)}, {r.choice(['SFST passed, released', 'warning issued', 'driver referred to secondary, released', 'sober driver swap, released'])}.")
                elif roll < 0.85:
                    text = f"Count at {hhmm}: {r.randint(20, 140)} vehicles through, {r.randint(0, 9)} to secondary."
                else:
                    text = "Lane closure adjusted; message board reset by County Roads (555-0171)."
                for i, ch in enumerate(wrap(text, 96)):
                    lines.append([(36, hhmm), (72, ch)] if i == 0 else [(72, ch)])
            stops_total += stop_no
            lines.append([(72, f"Totals 25-OP-{op:03d}: vehicles screened {screened}, stops {stop_no}, "
                                f"DWI arrests {sum(1 for x in recs if x['reported_at'].startswith(date.strftime('%m/%d/%Y')))}.")])
            lines.append("")
        lines.append([(36, f"DWI arrests this report: {len(recs)}    Stops: {stops_total}")])
        pages = paginate([[x] for x in lines], 60)
        header = [(36, "BRENNOCK COUNTY SHERIFF'S OFFICE - TRAFFIC SAFETY UNIT [invented]", "Helvetica-Bold", 11),
                  (36, "Impaired Driving Enforcement Report - checkpoints and saturation patrols - 555-0156",
                   "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "Grant-funded enforcement narrative - no names",
                   font="Helvetica", fsize=8.5, lh=11)
        gt.append(entry(path, agency, "DUI checkpoint and saturation-patrol report (quarter)", "free text", recs,
                        ["reported_at", "type"],
                        "Operation headings (`OPERATION 25-OP-NNN  DUI CHECKPOINT  Friday, July 04, 2025 ...`) then "
                        "timed entries (four-digit time, text wrapped beneath). Only `ARREST - Case 25-NNNNN:` entries "
                        "are incidents; `Stop n:` entries, counts (`Count at 2215: 84 vehicles through`), briefings and "
                        "the per-operation `Totals` lines are not. Stops are numbered per operation and an arrest is "
                        "also a stop. reported_at = heading date + entry time (entries after midnight keep the "
                        "heading's date). Tow tickets `T-NNNNN` and citations `BCNNNNNN` are related; operation "
                        "numbers are not records. Ends `DWI arrests this report: N    Stops: S`.",
                        "ARREST entries counted by the generator", related_of(recs)))
    return agency, gt


# 3 ------------------------------------------------------------------ Calloway, TN: hit-and-run blocks
def calloway(d, r):
    agency = "Calloway Police Department Hit-and-Run Unit, TN [invented]"
    recs, events = [], []
    hr, tow = 640, 8800
    for t in stamps(r, datetime.datetime(2025, 9, 1), 52, 61):
        hr += r.randint(1, 5)
        rec = {"case_number": f"HR-25-{hr:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "location": place(r), "type": r.choice(["Hit and run - property damage", "Hit and run - injury",
                                                        "Hit and run - parked vehicle", "Hit and run - pedestrian struck"]),
               "disposition": r.choice(["Open - suspect vehicle sought", "Open - canvass pending",
                                        "Inactive - no leads", "Cleared by arrest", "Cleared - citation issued"]),
               "rel": []}
        recs.append(rec)
        events.append((t, 0, rec))
        when = t
        for s in range(1, r.choice([1, 1, 2, 2, 3])):
            when += datetime.timedelta(hours=r.randint(20, 300))
            if when < datetime.datetime(2025, 11, 1):
                events.append((when, s, rec))
    events.sort(key=lambda x: x[0])
    groups = []
    for when, s, rec in events:
        if s == 0:
            tw = ""
            if r.random() < 0.5:
                tow += r.randint(1, 7)
                tw = f"CT-{tow:05d}"
                rec["rel"].append(("tow_number", tw))
            groups.append([
                [(36, f"CASE {rec['case_number']}"), (250, "ENTRY: ORIGINAL REPORT"), (440, f"Reported {rec['reported_at']}")],
                [(36, f"Location: {rec['location']}")],
                [(36, f"Offense: {rec['type']}"), (330, f"Victim vehicle: {r.choice(VEH)}")],
                [(36, f"Suspect vehicle: {r.choice(VEH)}, {r.choice(['dark', 'white', 'silver', 'red'])}, "
                      f"{r.choice(['partial plate', 'no plate seen', 'front damage', 'mirror left at scene'])}"),
                 (330, f"Tow: {tw or 'none'}")],
                [(36, f"Status: {rec['disposition']}")],
                [(36, "- " * 50)]])
        else:
            sup = f"{rec['case_number']}-S{s}"
            extra = r.choice(["Video canvass of businesses completed", "Body shop check negative",
                              "Owner of suspect vehicle located and interviewed", "Paint transfer sample submitted",
                              "Victim provided repair estimate"])
            line = [(36, f"Follow-up: {extra}.")]
            if r.random() < 0.4:
                c = f"CC{r.randint(1000000, 9999999)}"
                rec["rel"].append(("citation_number", c))
                line = [(36, f"Follow-up: driver cited, leaving the scene, citation {c}.")]
            groups.append([
                [(36, f"CASE {rec['case_number']}"), (250, f"ENTRY: SUPPLEMENT {s}"), (440, f"Updated {when.strftime('%m/%d/%Y %H:%M')}")],
                [(36, f"Supplement No.: {sup}")],
                line,
                [(36, "- " * 50)]])
    groups.append(["", f"Cases opened in period: {len(recs)}    Log entries (originals and supplements): {len(events)}"])
    pages = paginate(groups, 60)
    header = [(36, "CALLOWAY POLICE DEPARTMENT - HIT-AND-RUN UNIT [invented]", "Helvetica-Bold", 11),
              (36, "Case Activity Log - 09/01/2025 through 10/31/2025 - Investigations 555-0139", "Helvetica", 9)]
    path = d / "calloway-hit-and-run-activity-2025-09-10.pdf"
    draw_pages(path, letter, pages, header, "HR unit activity, in order of entry", font="Helvetica", fsize=8.5, lh=11)
    gt = [entry(path, agency, "hit-and-run case activity log (two months)", "labelled blocks", recs,
                ["reported_at", "location", "type", "disposition"],
                "Labelled blocks in order of entry. A case's first block is `CASE HR-25-NNNN  ENTRY: ORIGINAL "
                "REPORT  Reported ...` with location, offense, vehicles, tow, status; later blocks `CASE HR-25-NNNN  "
                "ENTRY: SUPPLEMENT n  Updated ...` (supplement number `HR-25-NNNN-Sn`) are follow-ups on the SAME "
                "case, printed days or weeks later between other cases: one record per case. Tow numbers "
                "`CT-NNNNN` and leaving-the-scene citations `CCNNNNNNN` are related. Ends `Cases opened in period: "
                "N    Log entries (originals and supplements): E`.",
                "original-report blocks counted by the generator", related_of(recs))]
    return agency, gt


# 4 ------------------------------------------------------------------ Dunmore, PA: numbered paragraphs
def dunmore(d, r):
    agency = "Dunmore Borough Police Department, PA [invented]"
    recs, paras = [], []
    rep, tlog = 2310, 2290
    for i, t in enumerate(stamps(r, datetime.datetime(2025, 10, 1), 67, 31), 1):
        rep += r.randint(1, 4)
        k = r.choice([2, 2, 2, 3, 1])
        rec = {"case_number": f"25-{rep:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"), "location": place(r),
               "type": r.choice(["Reportable crash", "Non-reportable crash", "Injury crash", "Crash - DUI involved"]),
               "rel": []}
        parts = [f"{i}. Crash Report {rec['case_number']}, {rec['reported_at']}, {rec['location']}. "
                 f"{rec['type']}, {k} unit{'s' if k > 1 else ''}."]
        for u in range(1, k + 1):
            s = f"Unit {u} {r.choice(VEH)}"
            if r.random() < 0.4:
                c = f"P{r.randint(1000000, 9999999)}"
                rec["rel"].append(("citation_number", c))
                s += f", driver cited {r.choice(VIOL).lower()} (citation {c})"
            if r.random() < 0.35:
                tlog += r.randint(1, 3)
                tn = f"25-T{tlog:04d}"
                rec["rel"].append(("tow_number", tn))
                s += f", towed (tow log {tn})"
            parts.append(s + ".")
        if r.random() < 0.3:
            parts.append(f"Passenger transported to Dunmore General by EMS (run {r.randint(100, 999)}).")
        parts.append(f"Officer badge {r.randint(200, 299)}.")
        paras.append(wrap(" ".join(parts), 104))
        recs.append(rec)
    lines = []
    for p in paras:
        lines += [[(54, p[0])]] + [[(66, x)] for x in p[1:]] + [""]
    lines += [[(54, f"Total crash reports listed: {len(recs)}")]]
    pages = paginate([[x] for x in lines], 58)
    header = [(36, "DUNMORE BOROUGH POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
              (36, "Right-to-Know response RTK-2025-118: crash reports, October 2025 - Open Records Officer 555-0127",
               "Helvetica", 9)]
    path = d / "dunmore-rtk-crash-list-2025-10.pdf"
    draw_pages(path, letter, pages, header, "RTK-2025-118 attachment A", font="Times-Roman", fsize=9, lh=11)
    gt = [entry(path, agency, "Right-to-Know response listing crash reports (month)", "numbered paragraphs", recs,
                ["reported_at", "location", "type"],
                "Numbered paragraphs `n. Crash Report 25-NNNN, MM/DD/YYYY HHMM, location.` wrapped over several "
                "lines, several splitting across a page break. Each paragraph names its units (vehicles) with "
                "citations `PNNNNNNN` and tow-log numbers `25-TNNNN` (shaped like the report number) - related. "
                "EMS run numbers and badge numbers are not ids. Ends `Total crash reports listed: N`.",
                "paragraphs counted by the generator", related_of(recs))]
    return agency, gt


# 5 ------------------------------------------------------------------ Ellery, OR: two-line rows + citation appendix
def ellery(d, r):
    agency = "Ellery Police Department, OR [invented]"
    gt = []
    ev = 14000
    for fname, first, n in [("ellery-traffic-activity-2025-11-01-15.pdf", 1, 47), ("ellery-traffic-activity-2025-11-16-30.pdf", 16, 52)]:
        recs, groups, stops = [], [], []
        stamps_all = stamps(r, datetime.datetime(2025, 11, first), n + 30, 15)
        kinds = [1] * n + [0] * 30
        r.shuffle(kinds)
        for t, kd in zip(stamps_all, kinds):
            ev += r.randint(1, 6)
            num = f"25-{ev:05d}"
            if kd:
                rec = {"case_number": num, "reported_at": t.strftime("%m/%d/%Y %H:%M"), "location": place(r),
                       "type": r.choice(["Collision - injury", "Collision - non-injury", "Hit and run - follow up",
                                         "Collision - hit and run", "Collision - pedestrian"]),
                       "disposition": r.choice(["Report taken", "Exchange of info only", "Cited", "Referred to Traffic Unit"]),
                       "rel": []}
                parties = []
                for p in range(1, r.choice([2, 2, 3, 4]) + 1):
                    role = r.choice(["D", "D", "P", "W"]) if p > 2 else "D"
                    s = f"{role}{p}"
                    if role == "D" and r.random() < 0.4:
                        c = f"E{r.randint(100000, 999999)}"
                        rec["rel"].append(("citation_number", c))
                        s += f" cited {c}"
                    elif role == "P" and r.random() < 0.5:
                        s += " transported"
                    parties.append(s)
                groups.append([f"{num:<10}{rec['reported_at']:<18}{rec['location']:<38}{rec['type']:<26}{rec['disposition']}",
                               f"{'':<10}Parties: {'; '.join(parties)}"])
                recs.append(rec)
            else:
                stops.append((num, t, r.choice(VIOL), f"E{r.randint(100000, 999999)}", place(r)))
        head = [f"{'Event':<10}{'Date/Time':<18}{'Location':<38}{'Type':<26}Disposition", "=" * 110]
        pages = paginate(groups, 52, head)
        app = [f"CITATIONS WITHOUT A COLLISION REPORT (traffic stops) - {len(stops)} stops, not incidents",
               f"{'Event':<10}{'Date/Time':<18}{'Citation':<10}{'Violation':<26}Location", "=" * 110]
        app += [f"{s[0]:<10}{s[1].strftime('%m/%d/%Y %H:%M'):<18}{s[3]:<10}{s[2]:<26}{s[4]}" for s in stops]
        pages[-1] += ["", f"Collision and hit-and-run events: {n}"]
        pages += paginate([[x] for x in app[3:]], 52, app[:3])
        header = [(36, "ELLERY POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
                  (36, f"Traffic Activity - 11/{first:02d}/2025 through 11/{first + 14:02d}/2025 - Records 555-0190",
                   "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "CAD event numbers; parties by role only", fsize=8, lh=10)
        gt.append(entry(path, agency, "traffic activity report (half month)", "table with header", recs,
                        ["reported_at", "location", "type", "disposition"],
                        "Each collision event is two lines: the event row (`25-NNNNN`, date/time, location, type, "
                        "disposition) and an indented `Parties: D1 cited E123456; D2; P3 transported` line. After the "
                        "`Collision and hit-and-run events: N` total, an appendix `CITATIONS WITHOUT A COLLISION REPORT "
                        "(traffic stops)` lists stop events with the SAME event-number series and date/time columns, "
                        "interleaved in number with the collisions: those rows are traffic stops, not records, and "
                        "their numbers are not listed. Citation numbers `ENNNNNN` in the Parties lines are related.",
                        "collision events counted by the generator", related_of(recs)))
    return agency, gt


AGENCIES = [("arlow-ks-pd", 1, arlow), ("brennock-county-mo-so", 2, brennock), ("calloway-tn-pd", 3, calloway),
            ("dunmore-pa-pd", 4, dunmore), ("ellery-or-pd", 5, ellery)]


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
