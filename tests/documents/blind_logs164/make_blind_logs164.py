"""Generate a held-out set of consolidated 911 / regional dispatch call logs (blind_logs164).

Five regional dispatch centres, each serving the police, fire and EMS agencies of several towns from one
CAD number series; each PDF was released by ONE police department, whose calls are the records, while
the calls of the other agencies and disciplines printed beside them are not. The record id is the CAD
call number (the one number every call carries); the police case number that only some calls get is
listed in `related_numbers` (kind `police_case`). Five layouts, one trap each: a table whose agency
codes look alike (HFPD, HFFD, HVPD) and whose grand total counts every agency's calls; labelled blocks
with other agencies' linked calls nested inside the department's blocks; a prose summary in which the
city police and the township police of the same name are told apart only by the word "Township"; numbered
paragraphs in which the town printed first is the jurisdiction, not the agency (mutual aid both ways),
numbered over every call; a running sheet whose discipline is given only by the column a call sits in.
Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs164/make_blind_logs164.py [OUT_DIR]
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
SEED = 2026164
LAW_TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
             "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
             "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
             "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Parking complaint",
             "Animal complaint", "Juvenile problem", "Traffic hazard"]
FIRE_TYPES = ["Structure fire", "Fire alarm - commercial", "Vehicle fire", "Brush fire", "Gas odor",
              "Smoke investigation", "Wires down", "CO alarm", "Dumpster fire", "Fuel spill"]
EMS_TYPES = ["Chest pain", "Fall", "Breathing problem", "Sick person", "Unconscious person", "Overdose",
             "Diabetic problem", "Seizure", "Injury - traffic collision", "Lift assist", "Allergic reaction"]
LAW_DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
             "Cleared - no action", "Warning given", "Gone on arrival", "Assist rendered"]
FIRE_DISPS = ["Extinguished", "No fire found", "Cancelled en route", "False alarm", "Hazard mitigated",
              "Returned to service"]
EMS_DISPS = ["Transported", "Refused transport", "Treated and released", "Cancelled en route",
             "Care transferred"]
TYPES = {"LAW": LAW_TYPES, "FIRE": FIRE_TYPES, "EMS": EMS_TYPES}
DISPS = {"LAW": LAW_DISPS, "FIRE": FIRE_DISPS, "EMS": EMS_DISPS}
STREETS = [("Tamarack Street", "Tamarack St"), ("Millrace Road", "Millrace Rd"), ("Osgood Avenue", "Osgood Ave"),
           ("Quarry Hill Road", "Quarry Hill Rd"), ("Bellweather Lane", "Bellweather Ln"),
           ("Cinder Street", "Cinder St"), ("Hawthorn Drive", "Hawthorn Dr"), ("Pellham Court", "Pellham Ct"),
           ("Larkspur Way", "Larkspur Way"), ("Kiln Road", "Kiln Rd"), ("Ferry Street", "Ferry St"),
           ("Summerlea Avenue", "Summerlea Ave"), ("Gannet Road", "Gannet Rd"), ("Dovetail Lane", "Dovetail Ln")]
PLACES = ["Transit center", "Public library", "High school lot", "Riverside park", "Grocery outlet plaza",
          "Town hall", "Fairground gate 2"]


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


def make_calls(r, first_day, days, per_day, agencies, short=False, upper=False):
    """Every call of the centre as a plain dict: `dt`, `agency`, `disc`, `type`, `location`, `disposition`,
    occurred `occ` (law calls only: None, a time or a range). agencies: [(code, discipline, weight)]."""
    codes = [a for a, _, _ in agencies]
    disc = {a: d for a, d, _ in agencies}
    weights = [w for _, _, w in agencies]
    calls = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        k = r.randint(*per_day)
        for m in sorted(r.sample(range(5, 1440 - 5), k)):
            t = day + datetime.timedelta(minutes=m)
            a = r.choices(codes, weights)[0]
            ds = disc[a]
            occ = None
            if ds == "LAW":
                x = r.random()
                if x < 0.35:
                    occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                           t - datetime.timedelta(minutes=r.randint(5, 50)))
                elif x < 0.7:
                    occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            typ = r.choice(TYPES[ds])
            dis = r.choice(DISPS[ds])
            calls.append({"dt": t, "agency": a, "disc": ds, "occ": occ, "type": typ.upper() if upper else typ,
                          "location": location(r, short, upper), "disposition": dis.upper() if upper else dis,
                          "rel": []})
    return calls


def number(calls, r, fmt, start, skip=(1, 1, 1, 1, 2)):
    """One CAD series for every agency: fmt(call, seq) gives the printed number."""
    seq = start
    for c in calls:
        seq += r.choice(skip)
        c["cad"] = fmt(c, seq)


def case_numbers(calls, r, agency_fmt):
    """Only some law calls get a case number; agency_fmt: {agency: (probability, fmt, start)}."""
    seq = {a: s for a, (_, _, s) in agency_fmt.items()}
    for c in calls:
        if c["agency"] in agency_fmt:
            p, fmt, _ = agency_fmt[c["agency"]]
            if r.random() < p:
                seq[c["agency"]] += r.choice([1, 1, 2])
                c["case"] = fmt.format(seq[c["agency"]])


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
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
    """add(lines) puts (x, text, font, size, lead) lines on the current page, breaking to a new page
    when they do not fit (whole when keep=True)."""
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


def set_times(recs, fmt):
    """The printed reported / occurred values, in the document's own date format."""
    for rec in recs:
        rec["reported_at"] = rec["dt"].strftime(fmt)
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = occ[1].strftime(fmt)
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = occ[1].strftime(fmt), occ[2].strftime(fmt)


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, notes, count_check, fields):
    """recs: the releasing department's calls only (the records), in print order."""
    n = len(recs)
    for rec in recs:
        rec["case_number"] = rec["cad"]
        if rec.get("case"):
            rec["rel"].insert(0, ("police_case", rec["case"]))
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs164.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs164.py) from the records it drew: the CAD "
                               "call number of each call of the releasing department, the one number every such "
                               "call carries (the police case number, printed on some calls only, is in "
                               "`related_numbers`, kind `police_case`); checked by check_blind_logs164.py against "
                               "`pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Holloway Falls, NY: table, look-alike codes
HF_AGENCIES = [("HFPD", "LAW", 44), ("HVPD", "LAW", 16), ("LCSO", "LAW", 7), ("HFFD", "FIRE", 10),
               ("HVFD", "FIRE", 5), ("TCA", "EMS", 18)]
HF_NAMES = {"HFPD": "Holloway Falls Police Department", "HVPD": "Holloway Village Police Department",
            "LCSO": "Linden County Sheriff's Office", "HFFD": "Holloway Falls Fire Department",
            "HVFD": "Holloway Village Fire Department", "TCA": "Tri-County Ambulance"}


def holloway(d, r):
    agency = "Holloway Falls Police Department, NY [invented]"
    calls = make_calls(r, datetime.datetime(2025, 6, 2), 7, (24, 30), HF_AGENCIES)
    number(calls, r, lambda c, s: f"25-{s:06d}", 48100 + r.randint(0, 90))
    case_numbers(calls, r, {"HFPD": (0.45, "HF25-{:05d}", 1310 + r.randint(0, 40)),
                            "HVPD": (0.55, "HV25-{:05d}", 402 + r.randint(0, 30)),
                            "LCSO": (0.5, "LC25-{:05d}", 2870 + r.randint(0, 60))})
    for c in calls:
        c["occ"] = None  # the log prints no occurred time
    set_times(calls, "%m/%d/%Y %H:%M")
    recs = [c for c in calls if c["agency"] == "HFPD"]
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L = "Helvetica", 7.2, 9.9
    cols = [("CAD No", 36), ("Received", 90), ("Agency", 160), ("Disc", 196), ("Nature", 228), ("Location", 350),
            ("Case No", 500), ("Disposition", 564), ("Unit", 680)]
    size = landscape(letter)

    def header(k):
        return [(612 - 32, 36, "TRI-COUNTY EMERGENCY COMMUNICATIONS CENTER [invented]", "Helvetica-Bold", 11),
                (612 - 45, 36, "CAD Call Log  |  Holloway Falls response area  |  06/02/2025 00:00 - 06/08/2025 "
                 "23:59  |  Released by Holloway Falls Police Department [invented], Records 555-0142",
                 "Helvetica", 8),
                (612 - 62, 36, None, F, S)] + [(612 - 72, x, t, "Helvetica-Bold", 7.6) for t, x in cols] + [
                (612 - 76, 36, None, F, S)]

    def footer(k, m):
        return [(30, 36, "Agency codes: HFPD Holloway Falls PD  |  HVPD Holloway Village PD  |  LCSO Linden County "
                 "Sheriff  |  HFFD Holloway Falls FD  |  HVFD Holloway Village FD  |  TCA Tri-County Ambulance",
                 "Helvetica-Oblique", 6.6),
                (21, 36, "One CAD number series for all agencies. Case No is assigned by the handling law agency "
                 "when a report is taken.", "Helvetica-Oblique", 6.6),
                (21, 690, f"Page {k} of {m}", "Helvetica", 7.5)]

    add, finish = paginate(header, footer, 612 - 88, 44)
    for c in calls:
        c["unit"] = {"LAW": f"{c['agency'][:2]}{r.randint(11, 39)}", "FIRE": f"E{r.randint(1, 4)}",
                     "EMS": f"M{r.randint(21, 28)}"}[c["disc"]]
        vals = [c["cad"], c["reported_at"], c["agency"], c["disc"], c["type"], c["location"], c.get("case", ""),
                c["disposition"], c["unit"]]
        add([(x, v, F, S, 0) for v, (_, x) in zip(vals, cols)][:-1] + [(cols[-1][1], vals[-1], F, S, L)])
    counts = {a: sum(c["agency"] == a for c in calls) for a, _, _ in HF_AGENCIES}
    summ = [(36, None, F, S, 12), (36, "CALLS BY AGENCY", "Helvetica-Bold", 8.4, 12)]
    for a, ds, _ in HF_AGENCIES:
        summ.append((40, f"{a:<6}", F, 7.8, 0))
        summ.append((90, HF_NAMES[a], F, 7.8, 0))
        summ.append((300, ds, F, 7.8, 0))
        summ.append((360, str(counts[a]), F, 7.8, 10.5))
    summ.append((36, f"Total calls listed: {len(calls)}", "Helvetica-Bold", 8.4, 12))
    add(summ)
    pages = finish()
    path = d / "holloway-falls-cad-call-log-2025-06-02-06-08.pdf"
    draw(path, size, pages)
    nocase = sum(not c.get("case") for c in recs)
    hv = sum(c["agency"] == "HVPD" for c in calls)
    return [entry(path, agency, "regional dispatch centre's CAD call log for the town's response area, all agencies",
                  "table with header", recs,
                  "A landscape CAD call log of the Tri-County Emergency Communications Center, one row per call of "
                  "every agency it dispatched in the Holloway Falls response area, ruled header on every page: `CAD "
                  "No  Received  Agency  Disc  Nature  Location  Case No  Disposition  Unit`. The records are the "
                  f"HFPD rows only ({n} of {len(calls)}). Trap: the agency codes look alike (HFPD Holloway Falls "
                  "PD, HFFD Holloway Falls Fire, HVPD Holloway Village PD, HVFD) and every row carries a number of "
                  f"the same shape from one CAD series, so the {len(calls) - n} rows of other agencies and "
                  f"disciplines sit between the records; the {hv} HVPD rows are law calls with case numbers of their "
                  f"own (`HV25-`), while {nocase} HFPD rows have a blank Case No and are records all the same. The "
                  "id is the CAD No; an HFPD case number (`HF25-`) is in `related_numbers` (kind `police_case`). "
                  "The report ends with a `CALLS BY AGENCY` summary (the HFPD line gives the record count) and "
                  f"`Total calls listed: {len(calls)}`, which counts every agency's calls and is not the record "
                  "count.",
                  "rows counted by the generator; the HFPD line of the closing `CALLS BY AGENCY` summary gives the "
                  "record count; the agency lines add up to `Total calls listed`",
                  ["case_number", "type", "reported_at", "location", "disposition", "agency_ori", "unit"])]


# 2 ------------------------------------------------------------------ Marrowgate, WI: labelled blocks, linked calls
MG_AGENCIES = [("MPD", "LAW", 50), ("OTHER", "LAW", 50)]
MG_LINKED = [("MFD", "FIRE"), ("LRAS", "EMS"), ("LRAS", "EMS"), ("WCSO", "LAW"), ("MFD", "FIRE")]
_HURT = {"FIRE": ["LIFT ASSIST", "FUEL SPILL"], "EMS": ["INJURY - TRAFFIC COLLISION", "FALL", "SICK PERSON"],
         "LAW": ["ASSIST OTHER AGENCY"]}
MG_LINK_TYPES = {  # police call types that bring fire, EMS or sheriff calls with them, and what those are
    "TRAFFIC COLLISION": {"FIRE": ["FUEL SPILL", "VEHICLE FIRE"], "EMS": ["INJURY - TRAFFIC COLLISION"],
                          "LAW": ["TRAFFIC CONTROL"]},
    "DUI": {"FIRE": ["FUEL SPILL"], "EMS": ["INJURY - TRAFFIC COLLISION"], "LAW": ["ASSIST OTHER AGENCY"]},
    "ASSAULT": _HURT, "DOMESTIC DISPUTE": _HURT, "WELFARE CHECK": _HURT, "DISTURBANCE": _HURT,
    "SUSPICIOUS PERSON": _HURT,
    "ALARM - COMMERCIAL": {"FIRE": ["FIRE ALARM - COMMERCIAL", "SMOKE INVESTIGATION"], "EMS": ["SICK PERSON"],
                           "LAW": ["ASSIST OTHER AGENCY"]},
}


def marrowgate(d, r):
    agency = "Marrowgate Police Department, WI [invented]"
    calls = make_calls(r, datetime.datetime(2025, 3, 10), 14, (8, 14), MG_AGENCIES, short=True, upper=True)
    seq = 18600 + r.randint(0, 99)
    recs = []
    for c in calls:
        seq += r.choice([1, 2, 2, 3, 4, 5])  # the other agencies' calls take numbers between the MPD calls
        if c["agency"] != "MPD":
            continue
        c["cad"] = f"CFS2025-{seq:06d}"
        recs.append(c)
        if c["type"] in MG_LINK_TYPES and r.random() < 0.8:
            k = 1 if r.random() < 0.75 else 2
            for code, ds in r.sample(MG_LINKED, k):
                seq += 1
                t = c["dt"] + datetime.timedelta(minutes=r.randint(0, 3))
                c.setdefault("linked", []).append({
                    "cad": f"CFS2025-{seq:06d}", "agency": code, "disc": ds,
                    "received": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(MG_LINK_TYPES[c["type"]][ds]),
                    "disposition": r.choice(DISPS[ds]).upper()})
    case_numbers(recs, r, {"MPD": (0.42, "M25-{:05d}", 388 + r.randint(0, 40))})
    n = len(recs)
    assert 40 <= n <= 150
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Courier", 7.8, 10
    size = letter

    def header(k):
        return [(792 - 34, 40, "LAKES REGION EMERGENCY COMMUNICATIONS [invented]", "Helvetica-Bold", 11),
                (792 - 46, 40, "CAD Call Detail Report  |  Agency filter: MPD  |  03/10/2025 - 03/23/2025  |  "
                 "Marrowgate Police Department [invented], Records 555-0167", "Helvetica", 8),
                (792 - 53, 40, None, F, S)]

    def footer(k, m):
        return [(28, 40, "Calls created from the same 911 call for other agencies are printed under the "
                 "originating call as linked calls. One CAD series for all agencies.", "Helvetica-Oblique", 6.8),
                (18, 40, f"Report CDR-114  |  Page {k} of {m}", "Helvetica", 7.2)]

    add, finish = paginate(header, footer, 792 - 70, 42)
    nlinked = 0
    for c in recs:
        c["unit"] = f"{r.choice('ABC')}{r.randint(11, 29)}"
        lines = [f"Call No:     {c['cad']:<20}Agency: MPD    Discipline: LAW   Unit: {c['unit']}",
                 f"Received:    {c['reported_at']:<20}Call Type: {c['type']}",
                 f"Location:    {c['location']}"]
        if c["occ"] is not None:
            occ = c.get("occurred_at") or f"{c['occurred_from']} - {c['occurred_to']}"
            lines.append(f"Occurred:    {occ}")
        lines.append(f"Disposition: {c['disposition']:<27} Report No: {c.get('case', '')}".rstrip())
        for lk in c.get("linked", []):
            nlinked += 1
            c["rel"].append(("linked_call", lk["cad"]))
            lines += [f"  >> Linked Call No: {lk['cad']:<18}Agency: {lk['agency']:<6}Discipline: {lk['disc']}",
                      f"     Received: {lk['received']:<18}Call Type: {lk['type']}",
                      f"     Disposition: {lk['disposition']}"]
        add([(40, ln, F, S, L) for ln in lines] + [(40, None, F, S, 5)], gap=6)
    add([(40, f"MPD calls listed: {n}    Linked calls of other agencies shown: {nlinked}", "Helvetica-Bold", 9,
          12)])
    pages = finish()
    path = d / "marrowgate-cad-call-detail-2025-03-10-03-23.pdf"
    draw(path, size, pages)
    ex = next(c for c in recs if c.get("linked"))
    lk = ex["linked"][0]
    return [entry(path, agency, "regional dispatch centre's CAD call detail report filtered to one police "
                  "department", "labelled blocks", recs,
                  "One labelled block per MPD call in Courier, separated by rules: `Call No:  CFS2025-NNNNNN  Agency: "
                  "MPD  Discipline: LAW  Unit:` / `Received:  Call Type:` / `Location:` / `Occurred:` (a time or a "
                  "`from - to` range; the line is left out when not known) / `Disposition:  Report No:` (the police "
                  "case number `M25-`, on some calls only: `related_numbers` kind `police_case`). The MPD numbers "
                  "skip because the centre's one CAD series also numbers the other agencies' calls. Trap: calls "
                  "created for other agencies from the same 911 call are printed inside the MPD block as linked "
                  f"calls with labels of their own, e.g. under `{ex['cad']}`: `>> Linked Call No: {lk['cad']}  "
                  f"Agency: {lk['agency']}  Discipline: {lk['disc']}` / `Received:  Call Type:` / `Disposition:`, "
                  "with a number of the same series, often the next one: fire (MFD), EMS (LRAS) and sheriff (WCSO) "
                  "calls, not records; they are listed in `related_numbers` (kind `linked_call`). A pattern on "
                  f"`Call No:` finds {nlinked} calls too many. Ends `MPD calls listed: N    Linked calls of other "
                  "agencies shown: M`.",
                  "blocks counted by the generator; the closing line gives the MPD count and the linked-call count",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                   "location", "disposition", "agency_ori", "unit"])]


# 3 ------------------------------------------------------------------ Fenwick, PA: prose, City vs Township police
FW_AGENCIES = [("Fenwick Police", "LAW", 40), ("Fenwick Township Police", "LAW", 27),
               ("Fenwick Fire Company", "FIRE", 11), ("Fenwick Township Fire", "FIRE", 6),
               ("Sawmill Valley EMS", "EMS", 16)]
NARR = ["The caller stayed on the line.", "Officers checked the area.", "A neighbor called it in.",
        "The caller declined to give a statement.", "No injuries were reported.", "The owner was notified.", "",
        ""]


def fenwick(d, r):
    agency = "Fenwick Police Department, PA [invented]"
    calls = make_calls(r, datetime.datetime(2025, 3, 3), 7, (17, 23), FW_AGENCIES)
    seq = {}
    for c in calls:
        day = c["dt"].strftime("%y%m%d")
        seq[day] = seq.get(day, 0) + r.choice([1, 1, 1, 2, 3])
        c["cad"] = f"{day}-{seq[day]:04d}"
        if not c["type"][:2].isupper():
            c["type"] = c["type"][0].lower() + c["type"][1:]
        c["disposition"] = c["disposition"].lower()
    case_numbers(calls, r, {"Fenwick Police": (0.45, "F25-{:05d}", 610 + r.randint(0, 40)),
                            "Fenwick Township Police": (0.5, "FT25-{:04d}", 140 + r.randint(0, 40))})
    set_times(calls, "%m/%d/%Y %H:%M")
    recs = [c for c in calls if c["agency"] == "Fenwick Police"]
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L, W = "Times-Roman", 10, 12.4, 504
    size = letter

    def header(k):
        if k == 1:
            return [(792 - 42, 54, "UPPER SAWMILL VALLEY REGIONAL COMMUNICATIONS [invented]", "Times-Bold", 12.5),
                    (792 - 56, 54, "Daily Dispatch Summary, March 3 - 9, 2025, all agencies served. Released by the "
                     "Fenwick Police Department [invented].", "Times-Italic", 9.5),
                    (792 - 68, 54, "Public information line 555-0153. Call numbers are the centre's: date and a "
                     "daily sequence shared by every agency.", "Times-Italic", 9.5)]
        return [(792 - 42, 54, "Upper Sawmill Valley Regional Communications [invented]  -  Daily Dispatch Summary",
                 "Times-Italic", 9)]

    def footer(k, m):
        return [(30, 54, f"Summary page {k} of {m}", "Times-Roman", 8.5)]

    add, finish = paginate(header, footer, 792 - 90, 48)
    assists = 0
    for i, c in enumerate(calls):
        if i == 0 or c["dt"].date() != calls[i - 1]["dt"].date():
            add([(54, c["dt"].strftime("%A, %B %-d, %Y"), "Times-Bold", 10.5, 16)], gap=2)
        if c["disc"] == "LAW":
            if c["occ"] is None:
                occ = ""
            elif "occurred_at" in c:
                occ = f"It happened at about {c['occurred_at']}. "
            else:
                occ = f"It happened between {c['occurred_from']} and {c['occurred_to']}. "
            narr = r.choice(NARR)
            rep = f" Report {c['case']} was taken." if c.get("case") else ""
            other = "Fenwick Township Police" if c["agency"] == "Fenwick Police" else "Fenwick Police"
            ast = ""
            if r.random() < 0.14:
                ast = f" {other} assisted."
                assists += 1
            txt = (f"{c['reported_at']} \u2014 {c['agency']} were sent to {c['location']} for {c['type']}. {occ}"
                   f"{narr + ' ' if narr else ''}Call {c['cad']}.{rep}{ast} Disposition: {c['disposition']}.")
        else:
            ast = ""
            if r.random() < 0.2:
                ast = " Fenwick Police assisted with traffic."
                assists += 1
            txt = (f"{c['reported_at']} \u2014 {c['agency']} responded to {c['location']} for {c['type']}. Call "
                   f"{c['cad']}.{ast} Disposition: {c['disposition']}.")
        c["txt"] = txt
        add([(54, ln, F, S, L) for ln in wrap(txt, F, S, W)], gap=4)
    counts = {a: sum(c["agency"] == a for c in calls) for a, _, _ in FW_AGENCIES}
    close = (f"Calls summarised: {len(calls)} \u2014 " + "; ".join(f"{a} {counts[a]}" for a, _, _ in FW_AGENCIES)
             + ".")
    add([(54, ln, "Times-Bold", 10, 13) for ln in wrap(close, "Times-Bold", 10, W)])
    pages = finish()
    path = d / "fenwick-daily-dispatch-summary-2025-03-03-03-09.pdf"
    draw(path, size, pages)
    tw = counts["Fenwick Township Police"]
    ex = next(c for c in recs if c.get("case") and "occurred_from" in c)["txt"]
    return [entry(path, agency, "regional dispatch centre's daily dispatch summary of every agency it serves",
                  "free text", recs,
                  "A dispatch summary in prose, under day headings (`Monday, March 3, 2025`), one paragraph per call "
                  f"of every agency the centre serves: `{ex}` Fire and EMS paragraphs say `responded to`. The "
                  "call number is the centre's (YYMMDD-daily sequence shared by all agencies) and is the id; the "
                  "police report number is printed on some calls only (`related_numbers`, kind `police_case`). "
                  "Trap: the records are the Fenwick Police (city) calls; the Fenwick Township Police, a separate "
                  f"department dispatched by the same centre, has {tw} paragraphs that differ only by the word "
                  "`Township` (with report numbers `FT25-` of their own), and Fenwick Fire Company, Fenwick Township "
                  "Fire and Sawmill Valley EMS calls sit between them; "
                  f"{assists} paragraphs carry an `assisted` sentence naming a police department that was not the "
                  "one sent (`Fenwick Police assisted with traffic.` in fire and EMS paragraphs), so a search for "
                  "`Fenwick Police` anywhere in a paragraph picks up other agencies' calls. The agency that was "
                  "sent, named right after the time, is the call's agency. Ends `Calls summarised: N \u2014 Fenwick "
                  "Police a; Fenwick Township Police b; ...`; only the `Fenwick Police` figure is the record count.",
                  "paragraphs counted by the generator; the `Fenwick Police` figure of the closing line gives the "
                  "record count",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                   "location", "disposition", "agency_ori"])]


# 4 ------------------------------------------------------------------ Cordell Junction, KS: numbered, jurisdiction
CJ_AGENCIES = [("CJPD", "LAW", 44), ("HPD", "LAW", 17), ("RCSO", "LAW", 11), ("CJFD", "FIRE", 12),
               ("PHEMS", "EMS", 16)]
CJ_HOME = {"CJPD": "CORDELL JUNCTION", "HPD": "HALVARD", "RCSO": "RANGER COUNTY", "CJFD": "CORDELL JUNCTION",
           "PHEMS": "CORDELL JUNCTION"}
CJ_DISC = {"LAW": "law", "FIRE": "fire", "EMS": "EMS"}


def cordell(d, r):
    agency = "Cordell Junction Police Department, KS [invented]"
    calls = make_calls(r, datetime.datetime(2025, 5, 12), 7, (15, 20), CJ_AGENCIES)
    number(calls, r, lambda c, s: f"E25-{s:06d}", 104100 + r.randint(0, 200), skip=(1, 1, 2, 3))
    case_numbers(calls, r, {"CJPD": (0.4, "2025-{:06d}", 850 + r.randint(0, 60)),
                            "HPD": (0.5, "H25-{:04d}", 31 + r.randint(0, 30))})
    set_times(calls, "%m/%d/%Y %H:%M")
    for c in calls:
        c["juris"] = CJ_HOME[c["agency"]]
    law = [c for c in calls if c["disc"] == "LAW"]
    # mutual aid both ways: CJPD calls elsewhere, other law agencies' calls inside Cordell Junction
    cj = [c for c in law if c["agency"] == "CJPD"]
    for c in r.sample(cj, 7):
        c["juris"] = r.choice(["HALVARD", "HALVARD", "RANGER COUNTY"])
    for c in r.sample([c for c in law if c["agency"] != "CJPD"], 7):
        c["juris"] = "CORDELL JUNCTION"
    for c in calls:
        if c["disc"] == "EMS" and r.random() < 0.3:
            c["juris"] = "HALVARD"
    recs = [c for c in calls if c["agency"] == "CJPD"]
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L, W = "Times-Roman", 10, 12.4, 480
    size = letter

    def header(k):
        return [(792 - 40, 54, "PRAIRIE HOLLOW CONSOLIDATED DISPATCH [invented]", "Times-Bold", 12),
                (792 - 53, 54, "Calls for Service, 05/12/2025 - 05/18/2025, every agency dispatched. Released by "
                 "Cordell Junction Police Department [invented], records 555-0128.", "Times-Italic", 9.2)]

    def footer(k, m):
        return [(34, 54, "The town after the time is the jurisdiction where the call was located; Agency is the "
                 "agency that handled it. Event numbers are shared by all agencies.", "Times-Italic", 8),
                (22, 54, f"Page {k} of {m}", "Times-Roman", 8)]

    add, finish = paginate(header, footer, 792 - 78, 50)
    for i, c in enumerate(calls, 1):
        occ = ""
        if "occurred_at" in c:
            occ = f" Occurred {c['occurred_at']}."
        elif "occurred_from" in c:
            occ = f" Occurred {c['occurred_from']} to {c['occurred_to']}."
        case = f" Case {c['case']}." if c.get("case") else ""
        txt = (f"Event {c['cad']} \u2014 {c['reported_at']} \u2014 {c['juris']} \u2014 Agency {c['agency']} "
               f"({CJ_DISC[c['disc']]}). {c['type']}, {c['location']}.{occ} Disposition: {c['disposition']}.{case}")
        c["txt"] = f"{i}. {txt}"
        add([(54, f"{i}.", F, S, 0)] + [(80, ln, F, S, L) for ln in wrap(txt, F, S, W)], gap=3)
    counts = {a: sum(c["agency"] == a for c in calls) for a, _, _ in CJ_AGENCIES}
    add([(54, f"Events listed: {len(calls)}. By agency: " + ", ".join(f"{a} {counts[a]}" for a, _, _ in CJ_AGENCIES)
          + ".", "Times-Bold", 10, 14)])
    pages = finish()
    path = d / "cordell-junction-calls-for-service-2025-05-12-05-18.pdf"
    draw(path, size, pages)
    away = [c for c in recs if c["juris"] != "CORDELL JUNCTION"]
    inside = [c for c in calls if c["disc"] == "LAW" and c["agency"] != "CJPD" and c["juris"] == "CORDELL JUNCTION"]
    return [entry(path, agency, "consolidated dispatch centre's calls for service of every agency, numbered",
                  "numbered paragraphs", recs,
                  f"Numbered paragraphs in Times, one per call of every agency the centre dispatched: `{away[0]['txt']}`"
                  f" and `{inside[0]['txt']}` The event number (one series for all agencies) is the id; the CJPD "
                  "case number "
                  "(`2025-NNNNNN`, some calls only) is in `related_numbers` (kind `police_case`). Trap: the town in "
                  "capitals after the time is the jurisdiction where the call was, not the agency: "
                  f"{len(away)} CJPD calls are mutual aid in HALVARD or RANGER COUNTY and are records, while "
                  f"{len(inside)} HPD and RCSO law calls located in CORDELL JUNCTION are not; fire (CJFD) and EMS "
                  "(PHEMS) calls in CORDELL JUNCTION are not either. Only `Agency CJPD` decides. The paragraphs are "
                  f"numbered 1 to {len(calls)} over every agency's calls, so the last paragraph number is not the "
                  "record count. Ends `Events listed: N. By agency: CJPD a, HPD b, RCSO c, CJFD d, PHEMS e.`; the "
                  "CJPD figure is the record count.",
                  "paragraphs counted by the generator; the CJPD figure of the closing line gives the record count",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                   "location", "disposition", "agency_ori"])]


# 5 ------------------------------------------------------------------ Ostrander, ME: running sheet, discipline columns
OS_AGENCIES = [("OPD", "LAW", 47), ("OFD", "FIRE", 19), ("KCA", "EMS", 34)]
OS_COLS = {"LAW": 112, "FIRE": 336, "EMS": 560}


def ostrander(d, r):
    agency = "Ostrander Police Department, ME [invented]"
    calls = make_calls(r, datetime.datetime(2025, 6, 9), 7, (17, 23), OS_AGENCIES, short=True, upper=True)
    number(calls, r, lambda c, s: f"KC25-{s:05d}", 7700 + r.randint(0, 80), skip=(1, 2, 3, 4, 6))
    case_numbers(calls, r, {"OPD": (0.4, "OPD-25-{:04d}", 290 + r.randint(0, 30))})
    for c in calls:
        c["occ"] = None  # the running sheet prints no occurred time
    set_times(calls, "%m/%d/%y %H:%M")
    recs = [c for c in calls if c["agency"] == "OPD"]
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L = "Courier", 7, 8.6
    size = landscape(letter)
    heads = [(36, "TIME"), (112, "LAW  (OSTRANDER PD)"), (336, "FIRE  (OSTRANDER FD)"),
             (560, "EMS  (KENNEBROOK AMBULANCE)")]

    def header(k):
        return [(612 - 30, 36, "KENNEBROOK COUNTY REGIONAL COMMUNICATIONS CENTER [invented]", "Courier-Bold", 10),
                (612 - 42, 36, "OSTRANDER CONSOLE - RUNNING SHEET 06/09/25 - 06/15/25 - RELEASED BY OSTRANDER "
                 "POLICE DEPARTMENT [invented] - RECORDS 555-0174", F, 7.5),
                (612 - 52, 36, None, F, S)] + [(612 - 61, x, t, "Courier-Bold", 7.5) for x, t in heads] + [
                (612 - 65, 36, None, F, S)]

    def footer(k, m):
        return [(26, 36, "EACH CALL IS WRITTEN IN THE COLUMN OF THE DISCIPLINE DISPATCHED. CALL NUMBERS ARE THE "
                 "CENTER'S (ONE SERIES, ALL TOWNS AND DISCIPLINES).", F, 6.5),
                (16, 36, f"SHEET {k} OF {m}", F, 7)]

    add, finish = paginate(header, footer, 612 - 78, 40)
    days = sorted({c["dt"].date() for c in calls})
    for day in days:
        dc = [c for c in calls if c["dt"].date() == day]
        add([(36, day.strftime("%A %m/%d/%y").upper(), "Courier-Bold", 7.5, 11)], gap=1)
        for c in dc:
            x = OS_COLS[c["disc"]]
            l3 = f"DISP: {c['disposition']}" + (f"  CASE {c['case']}" if c.get("case") else "")
            add([(36, c["reported_at"], F, S, 0), (x, f"{c['cad']}  {c['type']}", F, S, L),
                 (x, c["location"], F, S, L), (x, l3, F, S, L)], gap=3)
        k = {ds: sum(c["disc"] == ds for c in dc) for ds in ("LAW", "FIRE", "EMS")}
        add([(36, f"DAY TOTALS {day:%m/%d/%y}:  LAW {k['LAW']}   FIRE {k['FIRE']}   EMS {k['EMS']}", "Courier-Bold",
              7, 10), (36, None, F, S, 8)])
    k = {ds: sum(c["disc"] == ds for c in calls) for ds in ("LAW", "FIRE", "EMS")}
    add([(36, f"PERIOD TOTALS:  LAW {k['LAW']}   FIRE {k['FIRE']}   EMS {k['EMS']}   ALL CALLS {len(calls)}",
          "Courier-Bold", 8, 12)])
    pages = finish()
    path = d / "ostrander-console-running-sheet-2025-06-09-06-15.pdf"
    draw(path, size, pages)
    ex = next(c for c in recs if c.get("case"))
    return [entry(path, agency, "regional communications centre's console running sheet for one town, police, fire "
                  "and EMS in columns", "other: running sheet with one column per discipline", recs,
                  "A landscape running sheet in Courier of the centre's Ostrander console, under day headings "
                  f"(`{ex['dt'].strftime('%A %m/%d/%y').upper()}`): the time at the left (`{ex['reported_at']}`), and each call written "
                  f"as a three-line cell (`{ex['cad']}  {ex['type']}` / `{ex['location']}` / `DISP: "
                  f"{ex['disposition']}  CASE {ex['case']}`) in one of three columns headed `LAW (OSTRANDER PD)`, "
                  "`FIRE (OSTRANDER FD)`, `EMS "
                  "(KENNEBROOK AMBULANCE)`. The call number (one series for all towns and disciplines, so the "
                  "numbers skip) is the id; the case number, on some police calls only, is in `related_numbers` "
                  "(kind `police_case`). Trap: no row carries an agency or discipline code: the discipline is "
                  "given only by the column the call is written in, so in extracted text a police call, a fire "
                  "call and an EMS call look alike except for their indent; only the LAW column holds records. Each "
                  "day ends `DAY TOTALS 06/10/25:  LAW a   FIRE b   EMS c`; the report ends `PERIOD TOTALS:  LAW "
                  "N   FIRE b   EMS c   ALL CALLS M`, and only the LAW figure is the record count.",
                  "cells counted by the generator; the LAW figures of the day totals add up to the period LAW "
                  "total, which is the record count",
                  ["case_number", "type", "reported_at", "location", "disposition"])]


AGENCIES = [("holloway-falls-ny-pd", 1, holloway), ("marrowgate-wi-pd", 2, marrowgate),
            ("fenwick-pa-pd", 3, fenwick), ("cordell-junction-ks-pd", 4, cordell),
            ("ostrander-me-pd", 5, ostrander)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
