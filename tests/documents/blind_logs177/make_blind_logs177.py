"""Generate a held-out set of incident logs full of numbers beside the record number (blind_logs177).

Five agencies, five layouts, one trap each, all of them about telling the record id from other numbers
of the same width and shape: a calls-for-service table whose `Code` column, right before the id column,
prints dashed code sections (`20-002`, `10-851`) shaped like the year-serial ids (`26-412`); labelled
event blocks with RMS case numbers of the id's shape on some blocks and blocks broken over pages whose
continuation line prints the id without its year prefix; a prose log whose four-digit `Log` number sits
among four-digit times and house numbers that fall inside the id range; a resident deputy's numbered
activity items whose odometer reading, a rising series of the same width, is printed before the id; a
fixed-width dispatch printout with time, reporting district and call number, three four-digit columns
side by side. Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs177/make_blind_logs177.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026177
D = "\u2014"
# (dashed code as the Calderwick CAD prints it, code section, radio signal, description)
CALLS = [
    ("10-851", "10851 VC", "10-851", "Stolen vehicle"),
    ("20-002", "20002 VC", "10-50", "Hit and run - property damage"),
    ("23-152", "23152(a) VC", "10-55", "DUI driver"),
    ("11-350", "11350 HS", "11-54", "Possession of controlled substance"),
    ("11-377", "11377(a) HS", "11-54", "Possession of methamphetamine"),
    ("12-500", "12500(a) VC", "10-57", "Unlicensed driver"),
    ("14-601", "14601.1 VC", "10-57", "Driving on suspended license"),
    ("22-107", "22107 VC", "10-50", "Traffic collision - property damage"),
    ("459", "459 PC", "459", "Burglary - residential"),
    ("459C", "459 PC", "459", "Burglary - commercial"),
    ("415", "415 PC", "415", "Disturbance - loud party"),
    ("415F", "415 PC", "415", "Disturbance - fight"),
    ("594", "594(b)(2) PC", "594", "Vandalism"),
    ("488", "488 PC", "488", "Petty theft"),
    ("487", "487(a) PC", "487", "Grand theft"),
    ("242", "242 PC", "242", "Battery"),
    ("273.5", "273.5 PC", "10-16", "Domestic violence"),
    ("602", "602 PC", "602", "Trespass"),
    ("647F", "647(f) PC", "647", "Drunk in public"),
    ("5150", "5150 WI", "5150", "Mental health evaluation"),
    ("1033", "", "1033", "Alarm - commercial"),
    ("1033R", "", "1033", "Alarm - residential"),
    ("11-44", "", "11-44", "Deceased person"),
    ("925", "", "925", "Suspicious person"),
    ("10-31", "", "10-31", "Crime in progress - prowler"),
]
DISPS = [("Report taken", "RPT"), ("Arrest made", "ARR"), ("Citation issued", "CIT"), ("Unable to locate", "UTL"),
         ("Gone on arrival", "GOA"), ("Warning given", "WRN"), ("Unfounded", "UNF"), ("Referred", "REF"),
         ("Cleared - no action", "CLR")]
STREETS = [("Alder Street", "Alder St"), ("Harlan Road", "Harlan Rd"), ("Quarry Road", "Quarry Rd"),
           ("Cedar Flat Road", "Cedar Flat Rd"), ("Mission Avenue", "Mission Ave"), ("Tolliver Lane", "Tolliver Ln"),
           ("Birchmont Drive", "Birchmont Dr"), ("Saltgrass Way", "Saltgrass Way"), ("Juniper Court", "Juniper Ct"),
           ("Oriole Street", "Oriole St"), ("Kettle Creek Road", "Kettle Creek Rd"), ("Vista Grande Boulevard",
                                                                                    "Vista Grande Blvd")]
PORTRAIT = letter
LAND = landscape(letter)


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


def make_recs(r, first_day, days, per_day, calls=CALLS):
    """Records as plain dicts: reported `dt`, occurred `occ` (None, ("at", t) or ("range", a, b)), call, disp."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        for m in sorted(r.sample(range(10, 1440 - 10), r.randint(*per_day))):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.35:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 600)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.7:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            disp = r.choice(DISPS)
            recs.append({"dt": t, "occ": occ, "call": r.choice(calls), "disp": disp,
                         "dur": r.randint(8, 150), "rel": []})
    return recs


def draw(path, size, pages):
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


def pieces(line, x0, size):
    """A fixed-width line as the report writer places it: each run of words at its own column."""
    return [(x0 + m.start() * size * 0.6, m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def fixed(line, x0, font, size, lead):
    ps = pieces(line, x0, size) or [(x0, "")]
    return [(x, t, font, size, 0) for x, t in ps[:-1]] + [(ps[-1][0], ps[-1][1], font, size, lead)]


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


def paginate(header, footer, top, bottom, cont=None):
    """add(lines) puts (x, text, font, size, lead) lines on the current page, breaking to a new page when
    they do not fit (whole when keep=True); cont(tag) gives the lines printed at the top of a page when a
    block broken by the page end goes on. add() returns the 0-based pages the lines went on."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0, tag=None):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        used = []
        for x, text, font, fs, lead in lines:
            if state["y"] < bottom:
                if text is None:  # a rule at the page end is not carried over
                    continue
                new_page()
                if cont and tag and used:
                    for cx, ct, cf, cs, cl in cont(tag):
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


def hm(t):
    return f"{t:%H%M}"


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, notes, count_check, extra_fields=()):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    fields = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
              "disposition", *extra_fields]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs177.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs177.py) from the records it drew, in "
                               "reading order; checked by check_blind_logs177.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Calderwick, CA: table, code column
def calderwick(d, r):
    agency = "Calderwick Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 14, (5, 9))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 300 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        assert seq < 1000
        rec["case_number"] = f"26-{seq:03d}"
        code, _, _, desc = rec["call"]
        rec["code"] = code
        rec["type"] = desc
        rec["disposition"] = rec["disp"][1]
        rec["reported_at"] = f"{rec['dt']:%m/%d/%y} {hm(rec['dt'])}"
        occ = rec["occ"]
        rec["occ_txt"] = ""
        if occ and occ[0] == "at":
            rec["occurred_at"] = rec["occ_txt"] = hm(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = hm(occ[1]), hm(occ[2])
            rec["occ_txt"] = f"{hm(occ[1])}-{hm(occ[2])}"
        k = r.random()
        a, b = r.sample(STREETS, 2)
        if k < 0.6:
            rec["location"] = f"{r.randint(1, 99) * 100 + r.choice([0, 0, r.randint(1, 99)])} {a[1]}"
        else:
            rec["location"] = f"{a[1]} / {b[1]}"
        rec["beat"] = str(r.randint(1, 12))
        rec["unit"] = f"{r.randint(1, 3)}A{r.randint(10, 39)}"
        rec["loss"] = f"{r.randint(2, 480) * 25:,}" if "theft" in desc.lower() or "Burglary" in desc or \
            desc == "Stolen vehicle" or desc == "Vandalism" else ""
        if re.fullmatch(r"\d\d-\d{3}", code):
            rec["rel"] = [("call_code", code)]
    F, S, L = "Helvetica", 8, 13
    cols = [("Date", 30), ("Rcvd", 72), ("Occurred", 102), ("Code", 152), ("Incident No.", 186), ("Description", 240),
            ("Location", 392), ("Beat", 550), ("Unit", 580), ("Disp", 614), ("Loss $", 648)]

    def vals(rec):
        return [rec["dt"].strftime("%m/%d/%y"), hm(rec["dt"]), rec["occ_txt"], rec["code"], rec["case_number"],
                rec["type"], rec["location"], rec["beat"], rec["unit"], rec["disposition"], rec["loss"]]

    for rec in recs:
        for k, v in enumerate(vals(rec)):
            right = cols[k + 1][1] if k + 1 < len(cols) else 760
            assert cols[k][1] + stringWidth(v, F, S) < right - 5, v

    def header(k):
        return [(612 - 40, 30, "CALDERWICK POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                (612 - 55, 30, "Calls for Service Log  03/02/2026 - 03/15/2026  |  Records Unit 555-0137  |  "
                 "Rcvd and Occurred are 24-hour times", "Helvetica", 9),
                (612 - 64, 30, None, F, S)] + [(612 - 76, x, t, "Helvetica-Bold", 8) for t, x in cols] + [
                (612 - 81, 30, None, F, S)]

    def footer(k, m):
        return [(30, 30, "CFS-LOG v4.2  printed 03/16/26 0615  |  Code = CAD call code", "Helvetica", 7.5),
                (30, 660, f"Page {k} of {m}", "Helvetica", 8.5)]

    add, finish = paginate(header, footer, 612 - 95, 56)
    for rec in recs:
        v = vals(rec)
        add([(x, t, F, S, 0) for t, (_, x) in zip(v, cols)][:-1] + [(cols[-1][1], v[-1], F, S, L)])
    add([(30, None, F, S, 12), (30, f"Total calls listed: {n}", "Helvetica-Bold", 9, 14)])
    legend = [f"{c} {desc.lower()} ({sec})" for c, sec, _, desc in CALLS if re.fullmatch(r"\d\d-\d{3}", c)]
    add([(30, "Code legend (dashed codes are code sections): " + "; ".join(legend[:4]) + ";", "Helvetica", 7.5, 10),
         (30, "; ".join(legend[4:]) + ".", "Helvetica", 7.5, 10)])
    pages = finish()
    path = d / "calderwick-calls-for-service-2026-03-02-15.pdf"
    draw(path, LAND, pages)
    nd = sum(bool(rec["rel"]) for rec in recs)
    ex = next(rec for rec in recs if rec["rel"])
    return [entry(path, agency, "two-week calls-for-service log", "table with header", recs,
                  "A landscape calls-for-service table (`Date  Rcvd  Occurred  Code  Incident No.  Description  "
                  "Location  Beat  Unit  Disp  Loss $`): times without colons (`0148`, occurred `0120` or "
                  "`2215-0130`), beat and unit numbers, a property-loss value on thefts, burglaries and "
                  "vandalism. Trap: the `Code` column right before the id column prints the CAD call code, and "
                  f"the code sections are printed with a dash (`{ex['code']}` for {ex['type'].lower()}), so on "
                  f"{nd} of {n} rows a number shaped exactly like the year-serial id (`{ex['case_number']}`) stands "
                  "beside it on the same line: `" + " ".join(x for x in vals(ex) if x) + "`. Only the column title "
                  "`Incident No.`, the rising `26-` series and the code legend at the end tell which is the id. The "
                  "dashed codes are listed in `related_numbers` (kind `call_code`). Ends `Total calls listed: N` and a "
                  "code legend that prints the dashed codes again.",
                  "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Tessaly County, NV: event blocks
def tessaly(d, r):
    agency = "Tessaly County Sheriff's Office, NV [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 10, (4, 8))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 4100 + r.randint(0, 200)
    case = 1150 + r.randint(0, 100)
    for rec in recs:
        seq += r.choice([1, 1, 2, 3, 4])
        rec["case_number"] = f"26-{seq:05d}"
        _, sec, sig, desc = rec["call"]
        rec["type"] = desc
        rec["signal"], rec["section"] = sig, sec
        rec["disposition"] = rec["disp"][0]
        rec["reported_at"] = f"{rec['dt']:%m/%d/%y} {hm(rec['dt'])}"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = f"{occ[1]:%m/%d/%y} {hm(occ[1])}"
        elif occ:
            rec["occurred_from"] = f"{occ[1]:%m/%d/%y} {hm(occ[1])}"
            rec["occurred_to"] = f"{occ[2]:%m/%d/%y} {hm(occ[2])}"
        st = r.choice(STREETS)
        rec["location"] = f"{r.randint(100, 9999)} {st[1]}" if r.random() < 0.7 else \
            f"{st[1]} at mile marker {r.randint(3, 48)}.{r.randint(0, 9)}"
        rec["beat"] = str(r.randint(11, 19))
        rec["rd"] = f"{r.choice([4, 5, 6, 7])}{r.randint(10, 49):02d}"
        rec["rd"] = f"0{rec['rd']}"
        rec["grid"] = f"{r.randint(20, 34)}-{r.randint(10, 29)}"
        arr = rec["dt"] + datetime.timedelta(minutes=r.randint(4, 25))
        rec["times"] = f"Arrived {hm(arr)}     Cleared {hm(arr + datetime.timedelta(minutes=rec['dur']))}     " \
                       f"On call {rec['dur']} min"
        rec["units"] = ", ".join(f"{r.choice('23')}S{r.randint(10, 39)}" for _ in range(r.choice([1, 1, 2, 3])))
        rec["persons"] = r.randint(0, 4)
        rec["case"] = None
        if rec["disp"][1] in ("RPT", "ARR", "CIT") and r.random() < 0.85:
            case += r.randint(1, 6)
            rec["case"] = f"26-{case:05d}"
            rec["rel"] = [("report", rec["case"])]
        rec["rel"] = [("grid", rec["grid"])] + rec["rel"]
    F, FB, S, L = "Helvetica", "Helvetica-Bold", 9.5, 13

    def header(k):
        return [(792 - 44, 54, "TESSALY COUNTY SHERIFF'S OFFICE [invented]", FB, 12.5),
                (792 - 58, 54, "Patrol Division  \u00b7  Event Summary  \u00b7  March 9 - 18, 2026  \u00b7  "
                 "Dispatch 555-0159", F, 9),
                (792 - 66, 54, None, F, S)]

    def footer(k, m):
        return [(40, 54, "EVT-SUM  run 03/19/26 0500  \u00b7  Case No. is the RMS report number, when a report "
                 "was written", "Helvetica-Oblique", 7.5),
                (40, 500, f"Page {k} of {m}", F, 9)]

    def cont(tag):
        return [(54, f"EVENT {tag} (continued)", "Helvetica-BoldOblique", S, L)]

    add, finish = paginate(header, footer, 792 - 90, 64, cont=cont)
    for rec in recs:
        if "occurred_at" in rec:
            occ = f"Occurred  {rec['occurred_at']}"
        elif "occurred_from" in rec:
            occ = f"Occurred  {rec['occurred_from']} to {rec['occurred_to']}"
        else:
            occ = None
        sec = f"     Section {rec['section']}" if rec["section"] else ""
        lines = [[(54, "EVENT", FB), (104, rec["case_number"], FB), (300, f"Beat {rec['beat']}", F),
                  (370, f"RD {rec['rd']}", F), (450, f"Grid {rec['grid']}", F)],
                 [(54, "Signal", FB), (104, f"{rec['signal']}   {rec['type']}{sec}", F)],
                 [(54, "Received", FB), (104, f"{rec['reported_at']}     {rec['times']}", F)]]
        if occ:
            lines.append([(54, "Occurred", FB), (104, occ.split("  ", 1)[1], F)])
        loss = f"     Loss ${r.randint(2, 300) * 50:,}" if "theft" in rec["type"].lower() or "Stolen" in rec[
            "type"] else ""
        lines += [[(54, "Location", FB), (104, rec["location"], F)],
                  [(54, "Units", FB), (104, f"{rec['units']}     Persons {rec['persons']}{loss}", F)],
                  [(54, "Disp.", FB), (104, rec["disposition"] + (f"     Case No. {rec['case']}" if rec["case"] else ""),
                                       F)]]
        items = []
        for ln in lines:
            items += [(x, t, f, S, 0) for x, t, f in ln[:-1]] + [(ln[-1][0], ln[-1][1], ln[-1][2], S, L)]
        items.append((54, None, F, S, 10))
        rec["pages"] = add(items, keep=False, gap=2, tag=rec["case_number"][3:])
    add([(54, f"Events this report: {n}", FB, 10, 14)])
    pages = finish()
    broken = [rec["case_number"] for rec in recs if len(rec["pages"]) > 1]
    assert len(broken) >= 3, broken
    path = d / "tessaly-county-event-summary-2026-03-09-18.pdf"
    draw(path, PORTRAIT, pages)
    nr = sum(bool(rec["case"]) for rec in recs)
    ex = next(rec for rec in recs if rec["case"])
    return [entry(path, agency, "patrol event summary, ten days", "labelled blocks", recs,
                  "Labelled event blocks: `EVENT 26-0NNNN  Beat 14  RD 0412  Grid 27-14` / `Signal` (a radio "
                  "signal such as `10-50`, `415`, `11-44`, the description and a code section such as `22107 VC`) / "
                  "`Received` (date, time without colon, arrived and cleared times, minutes on call) / `Occurred` "
                  "(a time, a `from to to` range, or no line) / `Location` (house numbers, mile markers) / `Units` "
                  "(unit numbers, persons count, a loss value) / `Disp.`; a rule between blocks. Trap: "
                  f"{nr} of {n} blocks print the RMS report number after the disposition (`Case No. {ex['case']}` "
                  f"in event `{ex['case_number']}`), a number of exactly the id's shape from another series, and "
                  "blocks are not kept whole: a block cut by the page end goes on at the top of the next page "
                  "under `EVENT 0NNNN (continued)`, the id printed without its `26-` year prefix "
                  f"({', '.join(f'`{x}`' for x in broken)}); the continuation is not a new record. The `Grid` "
                  "numbers (`27-14`) are of a year-serial shape too. Case numbers (kind `report`) and grid "
                  "numbers (kind `grid`) are in `related_numbers`. Ends `Events this report: N`.",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Wrenford, CA: prose, Log number last
def wrenford(d, r):
    agency = "Wrenford Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 16), 7, (8, 13))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 1200 + r.randint(0, 80)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"{seq:04d}"
    lo, hi = int(recs[0]["case_number"]), int(recs[-1]["case_number"])
    inside = set(r.sample(range(n), 9))
    extra = ["Two vehicles involved; damage estimated at ${}.", "{} subjects contacted.", "Loss estimated at ${}.",
             "{} juveniles released to parents.", "", "", ""]
    for i, rec in enumerate(recs):
        _, sec, sig, desc = rec["call"]
        rec["type"] = desc
        rec["disposition"] = rec["disp"][0]
        rec["reported_at"] = f"{hm(rec['dt'])} hrs"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = hm(occ[1])
            occ_txt = f"Occurred at about {hm(occ[1])}. "
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = hm(occ[1]), hm(occ[2])
            occ_txt = f"Occurred between {hm(occ[1])} and {hm(occ[2])}. "
        else:
            occ_txt = ""
        st = r.choice(STREETS)
        if i in inside:  # a house number inside the range of log numbers, once another entry's own number
            house = int(recs[(i + 7) % n]["case_number"]) if i == min(inside) else r.randint(lo, hi)
            rec["location"] = f"{house} {st[0]}"
        elif r.random() < 0.55:
            rec["location"] = f"{r.randint(1000, 9899)} {st[0]}"
        else:
            rec["location"] = f"{st[0]} and {r.choice([s for s in STREETS if s != st])[0]}"
        m = re.match(r"(\d{4}) ", rec["location"])
        if m:
            rec["rel"] = [("house_number", m.group(1))]
        units = [str(r.randint(601, 648)) for _ in range(r.choice([1, 1, 2]))]
        low = desc.lower()
        if "collision" in low or "hit and run" in low:
            x = extra[0]
        elif any(w in low for w in ("theft", "burglary", "stolen", "vandalism")):
            x = extra[2]
        elif any(w in low for w in ("disturbance", "trespass")):
            x = r.choice(extra[1:2] + extra[3:4])
        else:
            x = r.choice(extra[1:2] + extra[4:])
        x = x.format(r.choice([2, 3, 4]) if "{} " in x[:3] else f"{r.randint(4, 90) * 50:,}") if x else ""
        code = sec or f"signal {sig}"
        clr = rec["dt"] + datetime.timedelta(minutes=rec["dur"])
        rec["txt"] = (f"{rec['reported_at']} {D} {desc}, {code}, {rec['location']}. {occ_txt}"
                      f"{x + ' ' if x else ''}Unit{'s' if len(units) > 1 else ''} {' and '.join(units)}; "
                      f"cleared {hm(clr)} ({rec['dur']} min). {rec['disposition']}. Log {rec['case_number']}.")
    F, S, L, W = "Times-Roman", 11, 14, 612 - 2 * 66

    def header(k):
        if k == 1:
            return [(792 - 52, 66, "WRENFORD POLICE DEPARTMENT [invented]", "Times-Bold", 15),
                    (792 - 70, 66, "Police Log  \u00b7  Week of March 16, 2026", "Times-Italic", 12),
                    (792 - 86, 66, "Times are 24-hour. Each entry ends with its log number. Questions: Records, "
                     "555-0171.", "Times-Roman", 9.5),
                    (792 - 94, 66, None, F, S)]
        return [(792 - 52, 66, "Wrenford PD [invented]  \u00b7  Police Log, week of March 16, 2026", "Times-Italic",
                 10), (792 - 58, 66, None, F, S)]

    def footer(k, m):
        t = f"Page {k} of {m}"
        return [(44, (612 - stringWidth(t, "Times-Roman", 10)) / 2, t, "Times-Roman", 10)]

    add, finish = paginate(header, footer, 792 - 112, 70)
    add([])
    for i, rec in enumerate(recs):
        day = []
        if i == 0 or rec["dt"].date() != recs[i - 1]["dt"].date():
            day = [(66, f"{rec['dt']:%A, %B} {rec['dt'].day}", "Times-Bold", 12, 19)]
        add(day + [(66, ln, F, S, L) for ln in wrap(rec["txt"], F, S, W)], keep=True, gap=5)
    add([(66, f"Entries this week: {n}.", "Times-Bold", 11.5, 15)])
    pages = finish()
    path = d / "wrenford-police-log-2026-03-16-22.pdf"
    draw(path, PORTRAIT, pages)
    ins = [rec for rec in recs if rec["rel"] and lo <= int(rec["rel"][0][1]) <= hi]
    ids = {rec["case_number"] for rec in recs}
    same = [rec for rec in recs if rec["rel"] and rec["rel"][0][1] in ids]
    assert len(ins) >= 5 and same
    return [entry(path, agency, "weekly police log", "free text", recs,
                  f"A prose police log in Times under day headings, one paragraph per entry: `{recs[2]['txt']}` "
                  "Every entry starts with its time (`0148 hrs`), gives a code section or radio signal, "
                  "four-digit house numbers, unit numbers (`614`), counts, dollar values, a clearing time and "
                  "minutes on call, and ends with its four-digit `Log` number, the record id. Trap: the log "
                  "number has the width of the times and the house numbers printed before it, and house numbers "
                  f"fall inside the range of log numbers ({lo}-{hi}) in {len(ins)} entries; in `Log "
                  f"{same[0]['case_number']}` the house number `{same[0]['rel'][0][1]}` is another entry's log "
                  "number. Only the `Log` label and the rising series tell. Four-digit house numbers are listed "
                  "in `related_numbers` (kind `house_number`). The date is only in the day headings; "
                  "`reported_at` is the time as the entry prints it. Ends `Entries this week: N.`",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Ostrander County, OR: numbered items, odometer
def ostrander(d, r):
    agency = "Ostrander County Sheriff's Office, OR [invented]"
    calls = [c for c in CALLS if c[0] not in ("5150",)]
    recs = make_recs(r, datetime.datetime(2026, 2, 16), 14, (2, 6), calls=calls)
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 31200 + r.randint(0, 100)
    odo = seq - r.randint(200, 300)
    for rec in recs:
        seq += r.randint(6, 48)
        odo += r.randint(4, 46)
        rec["case_number"] = f"{seq}"
        rec["odo"] = f"{odo}"
        rec["rel"] = [("odometer", rec["odo"])]
        _, sec, sig, desc = rec["call"]
        rec["sig"] = sig
        rec["type"] = desc
        rec["disposition"] = rec["disp"][0]
        rec["reported_at"] = f"{rec['dt']:%m/%d/%y} {hm(rec['dt'])}"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = hm(occ[1])
        elif occ:
            rec["occurred_from"] = f"{occ[1]:%m/%d/%y} {hm(occ[1])}"
            rec["occurred_to"] = f"{occ[2]:%m/%d/%y} {hm(occ[2])}"
        st = r.choice(STREETS)
        rec["location"] = f"{r.randint(1, 89) * 100} blk {st[1]}" if r.random() < 0.65 else \
            f"{st[1]} MP {r.randint(2, 38)}"
    lo_ok = int(recs[0]["odo"]) < int(recs[-1]["case_number"]) and int(recs[0]["case_number"]) < int(recs[-1]["odo"])
    assert lo_ok
    F, FB, S, L, W = "Helvetica", "Helvetica-Bold", 9.5, 12.5, 612 - 88 - 54

    def header(k):
        return [(792 - 44, 54, "OSTRANDER COUNTY SHERIFF'S OFFICE [invented]", FB, 12),
                (792 - 58, 54, "Resident Deputy Activity Log  \u00b7  Unit 614, Sumner Flat substation  \u00b7  "
                 "02/16/2026 - 03/01/2026", F, 9),
                (792 - 70, 54, "Odo = vehicle odometer at dispatch; Inc = county incident number; Sig = radio "
                 "signal.  Dispatch 555-0148", "Helvetica-Oblique", 8),
                (792 - 76, 54, None, F, S)]

    def footer(k, m):
        return [(40, 54, "Unit 614 log  \u00b7  submitted weekly to Patrol Lt.", "Helvetica-Oblique", 8),
                (40, 490, f"Page {k} of {m}", F, 9)]

    add, finish = paginate(header, footer, 792 - 96, 62)
    for k, rec in enumerate(recs, 1):
        if "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        elif "occurred_from" in rec:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        else:
            occ = ""
        if rec["disposition"] == "Citation issued":
            cnt = f" Contacted {r.randint(2, 5)}, cited 1."
        else:
            cnt = r.choice(["", f" Contacted {r.randint(1, 5)}.", f" {r.randint(1, 3)} vehicle(s) checked."])
        dur = f"{rec['dur'] // 60}:{rec['dur'] % 60:02d}"
        head = f"{rec['reported_at']} hrs    Odo {rec['odo']}    Inc {rec['case_number']}    Sig {rec['sig']}"
        body = (f"{rec['type']}, {rec['location']}.{occ}{cnt} Time on call {dur}, {r.randint(2, 41)} mi. "
                f"Disposition: {rec['disposition']}.")
        rec["txt"] = f"{k}.  {head}  /  {body}"
        add([(54, f"{k}.", FB, S, 0), (88, head, FB, S, L)] + [(88, ln, F, S, L) for ln in wrap(body, F, S, W)],
            gap=5)
    first, last = int(recs[0]["odo"]), int(recs[-1]["odo"])
    add([(54, None, F, S, 12),
         (54, f"Items this period: {n}.   Odometer first dispatch {first}, last dispatch {last}.", FB, 9.5, 14)])
    pages = finish()
    path = d / "ostrander-county-unit-614-activity-2026-02-16-03-01.pdf"
    draw(path, PORTRAIT, pages)
    return [entry(path, agency, "resident deputy's two-week activity log (one patrol unit)", "numbered items",
                  recs,
                  f"Numbered items of one patrol unit: `{recs[3]['txt']}` (the item's first line in bold, the "
                  "narrative under it). Trap: every item prints the vehicle's odometer reading at dispatch "
                  "(`Odo`) before the county incident number (`Inc`, the record id); both are five-digit "
                  "numbers without a prefix and both rise from item to item (one car, one county series), and "
                  f"their ranges overlap (odometer {recs[0]['odo']}-{recs[-1]['odo']}, incidents "
                  f"{recs[0]['case_number']}-{recs[-1]['case_number']}), so the first five-digit number on each "
                  "item line is not the id. Item numbers 1..N, times without colons, radio signals, counts, "
                  "miles and durations are printed as well. Odometer readings are in `related_numbers` (kind "
                  "`odometer`). Ends `Items this period: N.` and the first and last odometer readings.",
                  "items counted by the generator; item numbers run 1 to N and the closing line gives the total")]


# 5 ------------------------------------------------------------------ Brannock Bay, CA: fixed-width, RD before id
def brannock(d, r):
    agency = "Brannock Bay Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 23), 7, (13, 18))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 850 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 1, 1, 2])
        rec["case_number"] = f"{seq:04d}"
    lo, hi = int(recs[0]["case_number"]), int(recs[-1]["case_number"])
    rds = sorted({f"{b:02d}{s:02d}" for b in (1, 2, 3, 4, 6, 8, 9) for s in (r.randint(1, 15), r.randint(16, 45))})
    rds += [f"{x:04d}" for x in r.sample(range(lo, hi), 3)]  # district numbers inside the call-number range
    rpt = 300 + r.randint(0, 40)
    for rec in recs:
        _, sec, sig, desc = rec["call"]
        rec["type"] = desc.upper()[:31].rstrip()  # the NATURE column holds 31 characters
        rec["sig"] = sig
        rec["rd"] = r.choice([x for x in rds if x != rec["case_number"]])
        rec["disposition"] = rec["disp"][1]
        rec["reported_at"] = f"{rec['dt']:%m/%d/%y} {hm(rec['dt'])}"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = hm(occ[1])
            rec["occ_txt"] = f"OCC {hm(occ[1])}"
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = hm(occ[1]), hm(occ[2])
            rec["occ_txt"] = f"OCC {hm(occ[1])}-{hm(occ[2])}"
        else:
            rec["occ_txt"] = "OCC UNK"
        st = r.choice(STREETS)
        rec["location"] = f"{r.randint(10, 9999)} {st[1].upper()}" if r.random() < 0.7 else \
            f"{st[1].upper()} / {r.choice(STREETS)[1].upper()}"
        rec["rel"] = [("reporting_district", rec["rd"])]
        rec["rpt"] = None
        if rec["disposition"] in ("RPT", "ARR") or (rec["disposition"] == "CIT" and r.random() < 0.5):
            rpt += r.randint(1, 4)
            rec["rpt"] = f"26-{rpt:05d}"
            rec["rel"].append(("report", rec["rpt"]))
    same = [rec for rec in recs if rec["rd"] != rec["case_number"] and rec["rd"] in {x["case_number"] for x in recs}]
    assert same
    F, S, L = "Courier", 8.6, 11
    head = ["BRANNOCK BAY POLICE DEPARTMENT [invented]         DISPATCH CALL PRINT  DCP-2",
            "PERIOD 03/23/26-03/29/26   PRINTED 03/30/26 0402   COMMUNICATIONS 555-0184"]
    cols = "DATE     TIME  RD    CALL  SIG     NATURE                          LOCATION"
    cols2 = "                      OCCURRED            UNIT  DISP  CLEARED  MIN  REPORT NO"

    def header(k):
        lines = [(792 - 40, head[0], "Courier-Bold"), (792 - 40 - L, head[1], F),
                 (792 - 40 - 2.5 * L, cols, "Courier-Bold"), (792 - 40 - 3.5 * L, cols2, "Courier-Bold"),
                 (792 - 40 - 4.5 * L, "=" * 96, F)]
        return [(y, x, t, font, S) for y, line, font in lines for x, t in pieces(line, 36, S)]

    def footer(k, m):
        return [(40, x, t, F, S) for x, t in pieces(f"DCP-2   PAGE {k:2d} OF {m:2d}", 36, S)]

    add, finish = paginate(header, footer, 792 - 40 - 6 * L, 64)
    for i, rec in enumerate(recs):
        clr = rec["dt"] + datetime.timedelta(minutes=rec["dur"])
        unit = f"{r.randint(1, 4)}B{r.randint(10, 29)}"
        l1 = f"{rec['reported_at']:<14}{rec['rd']:<6}{rec['case_number']:<6}{rec['sig']:<8}{rec['type']:<32}" \
             f"{rec['location']}"
        l2 = f"{'':22}{rec['occ_txt']:<20}{unit:<6}{rec['disposition']:<6}{hm(clr):<9}{rec['dur']:<5}{rec['rpt'] or ''}"
        rec["lines"] = [re.sub(r" {2,}", "  ", ln.strip()) for ln in (l1, l2)]
        add(fixed(l1, 36, F, S, L) + fixed(l2, 36, F, S, L + 3))
        if i == n - 1 or rec["dt"].date() != recs[i + 1]["dt"].date():
            cnt = sum(x["dt"].date() == rec["dt"].date() for x in recs)
            add(fixed(f"----- {rec['dt']:%m/%d/%y} CALLS {cnt:3d} -----", 36, F, S, L * 1.6))
    add(fixed("=" * 96, 36, F, S, L) + fixed(f"CALLS PRINTED {n:4d}", 36, "Courier-Bold", S, L))
    pages = finish()
    path = d / "brannock-bay-dispatch-call-print-2026-03-23-29.pdf"
    draw(path, PORTRAIT, pages)
    nr = sum(bool(rec["rpt"]) for rec in recs)
    ex = same[0]
    return [entry(path, agency, "weekly dispatch call print", "other: fixed-width two-line call print", recs,
                  f"A fixed-width dispatch print in Courier capitals, two lines per call: `{recs[1]['lines'][0]}` "
                  f"and under it `{recs[1]['lines'][1]}` (occurred time or range, unit, disposition code, cleared "
                  "time, minutes, and the report number on the calls that got a report); column titles "
                  "`DATE TIME RD CALL SIG NATURE LOCATION` on every page, a "
                  f"`----- 03/23/26 CALLS  {sum(x['dt'].day == 23 for x in recs)} -----` line "
                  "after each day. Trap: the call number, the record id, is a four-digit number without a year "
                  "prefix, printed right after the four-digit time and the four-digit reporting district "
                  "(`RD`), so every record line starts with three four-digit numbers; times rise within a day "
                  "and start again the next day while the call numbers keep rising, and three districts fall "
                  f"inside the range of call numbers ({lo}-{hi}): call `{ex['case_number']}` is in RD "
                  f"`{ex['rd']}`, which is another call's number. Only the column titles and the rising series "
                  f"tell. Reporting districts (kind `reporting_district`) and the {nr} report numbers (kind "
                  "`report`) are in `related_numbers`. Ends `CALLS PRINTED  N`.",
                  "calls counted by the generator; the day lines add up to the closing total")]


AGENCIES = [("calderwick-ca-pd", 1, calderwick), ("tessaly-county-nv-so", 2, tessaly),
            ("wrenford-ca-pd", 3, wrenford), ("ostrander-county-or-so", 4, ostrander),
            ("brannock-bay-ca-pd", 5, brannock)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
