"""Generate the forty-ninth held-out set of incident-log PDFs and their ground truth.

Traffic and patrol-heavy logs, five layouts: a turnpike incident register whose collision rows
carry indented vehicle sub-rows with tow tickets; a county traffic unit log whose citation
sub-rows are printed in the id column; a highway patrol troop's collision abstracts in blocks
of bracketed one-letter labels, two pairs a line; a bridge-and-tunnel operations log in
paragraphs grouped by milepost segment (not time order), id last after "Event"; a parkway
log printed as two side-by-side tables, northbound left and southbound right.
Every agency, place and record is invented; no person is named. Output is deterministic:
fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs49/make_blind_logs49.py [OUT_DIR]
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20254949
W, H = letter
VEH = ["2017 sedan", "2020 pickup", "2015 minivan", "2019 tractor-trailer", "2022 SUV", "2012 box truck",
       "2018 motorcycle", "2021 hatchback", "2014 cargo van", "2016 coupe"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


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


def stamps(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def day_ids(stamp_list, fmt):
    """Ids built from the date and a per-day sequence, in time order."""
    seq, out = {}, []
    for d, _, _ in stamp_list:
        seq[d] = seq.get(d, 0) + 1
        out.append(fmt(d, seq[d]))
    return out


def plate(r):
    return f"{r.choice('BCDFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(1000, 9999)}"


def veh_lines(r, k):
    return [f"{r.choice(VEH)}, tag {plate(r)}" for _ in range(k)]


# ---------------------------------------------------------------- A: turnpike incident register
GT_TYPES = ["DISABLED VEHICLE", "DEBRIS IN ROADWAY", "SPEED ENFORCEMENT", "TOLL EVASION", "DUI ARREST",
            "ANIMAL STRIKE", "WRONG-WAY DRIVER", "MOTORIST ASSIST", "ABANDONED VEHICLE", "FUEL SPILL"]


def gt_records(r, days, n):
    st = stamps(r, days, n)
    ids = day_ids(st, lambda d, k: f"{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}-{k:04d}")
    recs = []
    for (d, hh, mm), num in zip(st, ids):
        crash = r.random() < 0.4
        typ = r.choice(["COLLISION - PROPERTY DAMAGE", "COLLISION - INJURY"]) if crash else r.choice(GT_TYPES)
        mp = f"MP {r.randint(2, 238)}.{r.randint(0, 9)} {r.choice(['EB', 'WB'])}"
        disp = r.choice(["Cleared", "Report taken", "Towed", "Assisted, cleared", "Referred to OSP"])
        related, vehicles = [], []
        if crash:
            for v in veh_lines(r, r.choice([2, 2, 3, 4])):
                tow = ""
                if r.random() < 0.5:
                    tow = f"GTA-TW-{r.randint(10000, 99999)}"
                    related.append(("tow_ticket", tow))
                vehicles.append(v + (f", towed ({tow})" if tow else ", driven away"))
        elif typ in ("SPEED ENFORCEMENT", "TOLL EVASION") and r.random() < 0.7:
            cit = f"OH{r.randint(1000000, 9999999)}"
            related.append(("citation", cit))
            disp = f"Citation {cit}"
        elif typ == "DUI ARREST":
            bk = f"BK25-{r.randint(1000, 9999)}"
            related.append(("booking", bk))
            disp = f"Arrest, booked {bk}"
        recs.append({"case_number": num, "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0]} {hh:02d}:{mm:02d}",
                     "location": mp, "type": typ, "disposition": disp, "vehicles": vehicles,
                     "related": related})
    return recs


def draw_gt(path, recs, label):
    c = new_canvas(path)
    x = [36, 120, 218, 300, 440]
    y, page = 0, 0

    def head():
        nonlocal y, page
        page += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, H - 40, "GREYFIELD TURNPIKE AUTHORITY POLICE - TURNPIKE INCIDENT REGISTER")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 54, f"Period: {label}    Communications desk 555-0148    sheet {page}")
        c.setFont("Helvetica-Bold", 8)
        for xx, t in zip(x, ["Incident No.", "Reported", "Milepost / Dir.", "Incident", "Disposition"]):
            c.drawString(xx, H - 74, t)
        c.line(36, H - 78, W - 36, H - 78)
        y = H - 92

    head()
    for rec in recs:
        need = 12 + 10 * len(rec["vehicles"])
        if y - need < 60:
            c.showPage()
            head()
        c.setFont("Helvetica", 8)
        for xx, t in zip(x, [rec["case_number"], rec["reported_at"], rec["location"], rec["type"],
                              rec["disposition"]]):
            c.drawString(xx, y, t)
        y -= 11
        c.setFont("Helvetica-Oblique", 7.5)
        for i, v in enumerate(rec["vehicles"], 1):
            c.drawString(140, y, f"Vehicle {i}: {v}")
            y -= 10
        y -= 2
    nveh = sum(len(rec["vehicles"]) for rec in recs)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, max(y - 10, 40), f"Incidents logged: {len(recs)}    Vehicles involved in collisions: {nveh}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- B: county traffic unit log
WY_TYPES = ["Traffic stop", "Crash, property damage", "Crash, injury", "Speed detail", "Disabled vehicle",
            "School zone patrol", "Reckless driving complaint", "Commercial vehicle check", "Hit and run"]
CIT_TEXT = ["Speed 71/55", "No seat belt", "Expired registration", "Following too closely", "Improper lane change",
            "Fail to yield", "No proof of insurance", "Overweight vehicle", "Speed 52/35 school zone"]


def wy_records(r, days, n):
    st = stamps(r, days, n)
    ids = day_ids(st, lambda d, k: f"{d[0]}-{d[1]:02d}{d[2]:02d}-{k:03d}")
    recs = []
    roads = ["US 19 at Bragg Hollow Rd", "WV 7 near Coalton Fork", "Ridgeview Rd", "CR 12/4 Sandlick",
             "US 19 MP 31", "Tanner Run Rd", "WV 7 at Pike St", "Mill Creek Bridge"]
    for (d, hh, mm), num in zip(st, ids):
        typ = r.choice(WY_TYPES)
        cits, related = [], []
        if typ in ("Traffic stop", "Speed detail", "Commercial vehicle check", "Crash, injury") and r.random() < 0.8:
            for _ in range(r.choice([1, 1, 2, 3])):
                cn = f"WC{r.randint(400000, 499999)}"
                cits.append((cn, r.choice(CIT_TEXT)))
                related.append(("citation", cn))
        disp = r.choice(["Warning issued", "Report filed", "Cleared", "Unfounded", "Assisted"]) if not cits \
            else f"{len(cits)} citation(s)"
        recs.append({"case_number": num, "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0]} {hh:02d}{mm:02d}",
                     "type": typ, "location": r.choice(roads), "disposition": disp,
                     "unit": f"T-{r.randint(11, 19)}", "cits": cits, "related": related})
    return recs


def draw_wy(path, recs, label):
    c = new_canvas(path)
    x = [40, 128, 196, 236, 360, 480]
    y, page = 0, 0

    def head():
        nonlocal y, page
        page += 1
        c.setFont("Times-Bold", 12)
        c.drawString(40, H - 40, "Wyeth County Sheriff's Office - Traffic Unit Daily Log")
        c.setFont("Times-Roman", 8.5)
        c.drawString(40, H - 53, f"{label}    Page {page}")
        c.setFont("Times-Bold", 8.5)
        for xx, t in zip(x, ["Log No.", "Date/Time", "Unit", "Activity", "Location", "Result"]):
            c.drawString(xx, H - 72, t)
        c.line(40, H - 76, W - 40, H - 76)
        y = H - 90

    head()
    day = None
    counts = {}
    for rec in recs:
        counts.setdefault(rec["reported_at"][:10], [0, 0])
        counts[rec["reported_at"][:10]][0] += 1
        counts[rec["reported_at"][:10]][1] += len(rec["cits"])
    for rec in recs:
        d = rec["reported_at"][:10]
        if day and d != day:
            y = day_total(c, y, day, counts[day])
        day = d
        if y - 11 - 10 * len(rec["cits"]) < 60:
            c.showPage()
            head()
        c.setFont("Times-Roman", 8.5)
        for xx, t in zip(x, [rec["case_number"], rec["reported_at"], rec["unit"], rec["type"], rec["location"],
                              rec["disposition"]]):
            c.drawString(xx, y, t)
        y -= 11
        for cn, what in rec["cits"]:
            c.setFont("Courier", 7.5)
            c.drawString(48, y, f"cit {cn}")
            c.drawString(236, y, what)
            y -= 10
        y -= 1
    if y < 90:
        c.showPage()
        head()
    y = day_total(c, y, day, counts[day])
    c.setFont("Times-Bold", 8.5)
    c.drawString(40, y - 8, f"Period total: {len(recs)} log entries, {sum(v[1] for v in counts.values())} citations")
    c.showPage()
    c.save()


def day_total(c, y, day, cnt):
    c.setFont("Times-Italic", 8.5)
    c.drawString(128, y, f"{day} total  {cnt[0]} entries  {cnt[1]} citations")
    c.line(40, y - 3, W - 40, y - 3)
    return y - 16


# ---------------------------------------------------------------- C: highway patrol troop abstracts
CK_EVENTS = ["Collision, property damage", "Collision, injury", "Collision, fatal", "Commercial vehicle crash",
             "Rollover", "Rear-end collision", "Single-vehicle run-off-road"]
CK_ROUTES = ["I-88", "US 41", "SR 9", "I-88 Spur", "SR 212"]


def ck_records(r, days, n):
    st = stamps(r, days, n)
    ids = day_ids(st, lambda d, k: f"K{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}-{k:02d}")
    recs = []
    for (d, hh, mm), num in zip(st, ids):
        related = []
        vehicles = veh_lines(r, r.choice([1, 2, 2, 3]))
        cit = ""
        if r.random() < 0.5:
            cit = f"UTT {r.randint(10, 99)}-{r.randint(100000, 999999)}"
            related.append(("citation", cit))
        disp = r.choice(["Report taken", "Report taken, lanes reopened", "Exchange of information",
                         "Investigation continuing"])
        if r.random() < 0.25:
            oc = f"Corwin Co. SO 25-{r.randint(1000, 9999):06d}"
            related.append(("other_agency_case", oc.split()[-1]))
            disp += f"; assisted {oc}"
        recs.append({"case_number": num, "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0]} {hh:02d}{mm:02d}",
                     "location": f"{r.choice(CK_ROUTES)} MP {r.randint(1, 140)} {r.choice(['NB', 'SB', 'EB', 'WB'])}",
                     "type": r.choice(CK_EVENTS), "disposition": disp, "vehicles": vehicles, "citation": cit,
                     "post": f"Post {r.randint(1, 5)}", "related": related})
    return recs


def draw_ck(path, recs, label):
    c = new_canvas(path)
    y, page = 0, 0

    def head():
        nonlocal y, page
        page += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, H - 40, "CALLOWAY STATE HIGHWAY PATROL  -  TROOP K  -  COLLISION ABSTRACTS")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 52, f"{label}   Troop K headquarters 555-0171   {page}")
        if page == 1:
            c.drawString(40, H - 66, "Key: [T] time reported  [L] location  [E] event  [V1]..[Vn] vehicles  "
                                     "[C] citation  [D] disposition")
            y = H - 86
        else:
            y = H - 70

    head()
    for rec in recs:
        lines = 3 + (len(rec["vehicles"]) + 1) // 2 + 1
        if y - 11 * lines < 50:
            c.showPage()
            head()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"ABSTRACT {rec['case_number']}")
        c.setFont("Helvetica", 8)
        c.drawString(300, y, rec["post"])
        y -= 11
        pairs = [("[T]", rec["reported_at"]), ("[L]", rec["location"]), ("[E]", rec["type"])]
        pairs += [(f"[V{i}]", v) for i, v in enumerate(rec["vehicles"], 1)]
        if rec["citation"]:
            pairs.append(("[C]", rec["citation"]))
        for i in range(0, len(pairs), 2):
            for j, (lab, val) in enumerate(pairs[i:i + 2]):
                c.setFont("Courier-Bold", 8)
                c.drawString(52 + 260 * j, y, lab)
                c.setFont("Helvetica", 8)
                c.drawString(80 + 260 * j, y, val)
            y -= 10
        c.setFont("Courier-Bold", 8)
        c.drawString(52, y, "[D]")
        c.setFont("Helvetica", 8)
        c.drawString(80, y, rec["disposition"])
        y -= 16
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, max(y, 40), f"Abstracts in this report: {len(recs)}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- D: bridge-and-tunnel operations log
KB_SEGMENTS = [(0.0, 6.5, "Kessick Tunnel approach"), (6.5, 14.0, "Harrow Narrows Bridge"),
               (14.0, 23.5, "Bayshore Connector"), (23.5, 31.0, "Fellsmoor Toll Plaza and ramps")]
KB_EVENTS = ["Disabled vehicle in the right lane", "Debris on the roadway", "Two-vehicle collision",
             "Three-vehicle collision", "Over-height truck stopped at the portal", "Pedestrian on the bridge",
             "Toll violator fled the plaza", "Vehicle fire on the shoulder", "Lane closure overran its permit"]
KB_OUTCOME = ["Cleared by the courtesy patrol", "Lanes reopened", "Towed by the authority's wrecker",
              "Turned over to state police", "Driver warned", "Maintenance crew removed it"]


def kb_records(r, days, n):
    st = stamps(r, days, n)
    ids = day_ids(st, lambda d, k: f"{d[0]}{d[1]:02d}{d[2]:02d}.{k:03d}")
    recs = []
    for (d, hh, mm), num in zip(st, ids):
        seg = r.randrange(len(KB_SEGMENTS))
        lo, hi, _ = KB_SEGMENTS[seg]
        mp = round(r.uniform(lo, hi - 0.1), 1)
        ev = r.choice(KB_EVENTS)
        related = []
        extra = ""
        if "collision" in ev and r.random() < 0.6:
            extra = f" State police case MSP-25-{r.randint(100000, 999999)} taken."
            related.append(("other_agency_case", extra.split()[2]))
        if "Toll" in ev:
            vn = f"VN-{r.randint(3000000, 3999999)}"
            extra = f" Violation notice {vn} mailed to the registered owner."
            related.append(("violation_notice", vn))
        outcome = r.choice(KB_OUTCOME)
        recs.append({"case_number": num, "seg": seg, "mp": mp,
                     "location": f"MP {mp:.1f} {r.choice(['NB', 'SB'])}",
                     "reported_at": f"{MONTHS[d[1] - 1]} {d[2]}, {hh:02d}:{mm:02d}", "type": ev,
                     "summary": f"{ev}.{extra}", "disposition": outcome, "related": related})
    recs.sort(key=lambda x: (x["seg"], x["mp"], x["case_number"]))
    return recs


def draw_kb(path, recs, label):
    c = new_canvas(path)
    y, page = 0, 0
    width = W - 110

    def head():
        nonlocal y, page
        page += 1
        c.setFont("Times-Bold", 12)
        c.drawString(54, H - 42, "Kessick Bridge and Tunnel Authority - Traffic Operations Center")
        c.setFont("Times-Italic", 9)
        c.drawString(54, H - 55, f"Roadway event log by segment, {label}. Milepost order, not time order.")
        c.setFont("Times-Roman", 8)
        c.drawRightString(W - 54, 30, f"TOC duty desk 555-0163 -- page {page}")
        y = H - 78

    head()
    seg = None
    for rec in recs:
        text = (f"{rec['location']}, {rec['reported_at']} \u2014 {rec['summary']} {rec['disposition']}. "
                f"Event {rec['case_number']}.")
        lines = simpleSplit(text, "Times-Roman", 9.5, width)
        if y - 12 * len(lines) - (30 if rec["seg"] != seg else 0) < 50:
            c.showPage()
            head()
        if rec["seg"] != seg:
            seg = rec["seg"]
            lo, hi, name = KB_SEGMENTS[seg]
            nseg = sum(1 for x in recs if x["seg"] == seg)
            c.setFont("Times-Bold", 10)
            c.drawString(54, y - 4, f"SEGMENT MP {lo:.1f} - {hi:.1f}: {name} ({nseg} events)")
            y -= 22
        c.setFont("Times-Roman", 9.5)
        for i, ln in enumerate(lines):
            c.drawString(54 if i == 0 else 66, y, ln)
            y -= 12
        y -= 4
    c.setFont("Times-Bold", 9.5)
    c.drawString(54, max(y - 6, 40), f"Events logged, all segments: {len(recs)}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- E: parkway log, NB | SB tables
MV_EVENTS = ["Crash PDO", "Crash inj", "Disabled veh", "Debris", "Speed enf", "Deer strike", "Erratic drvr",
             "Lane closure", "Ped on pkwy", "Abandoned veh"]


def mv_records(r, days, n):
    st = stamps(r, days, n)
    ids = day_ids(st, lambda d, k: f"MVP{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}-{k:02d}")
    recs = []
    for (d, hh, mm), num in zip(st, ids):
        dirn = r.choice(["NB", "SB"])
        related = []
        disp = r.choice(["Clrd", "Rpt", "Tow", "GOA", "Asst"])
        if r.random() < 0.15:
            cit = f"T{r.randint(1000000, 9999999)}"
            related.append(("citation", cit))
            disp = f"Cit {cit}"
        recs.append({"case_number": num, "dir": dirn, "reported_at": f"{d[1]:02d}/{d[2]:02d} {hh:02d}:{mm:02d}",
                     "location": f"MP {r.randint(0, 44)}.{r.randint(0, 9)}", "type": r.choice(MV_EVENTS),
                     "disposition": disp, "related": related})
    return recs


def mv_layout(recs, rows):
    """Pages of (NB slice, SB slice); document order = each page's NB column, then its SB column."""
    nb = [x for x in recs if x["dir"] == "NB"]
    sb = [x for x in recs if x["dir"] == "SB"]
    pages = []
    while nb or sb:
        pages.append((nb[:rows], sb[:rows]))
        nb, sb = nb[rows:], sb[rows:]
    return pages


def draw_mv(path, recs, label):
    c = new_canvas(path)
    pages = mv_layout(recs, 40)
    half = W / 2
    for p, cols in enumerate(pages, 1):
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(half, H - 38, "Marren Valley Parkway Police - Parkway Event Log")
        c.setFont("Helvetica", 8)
        c.drawCentredString(half, H - 50, f"{label}   (dates month/day, 2025)   p. {p}/{len(pages)}")
        c.line(half, H - 60, half, 50)
        for k, (rows, title) in enumerate(zip(cols, ["NORTHBOUND", "SOUTHBOUND"])):
            x0 = 24 + k * half
            xs = [x0, x0 + 76, x0 + 134, x0 + 170, x0 + 226]
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x0, H - 72, title)
            c.setFont("Helvetica-Bold", 7)
            for xx, t in zip(xs, ["Event", "Rcvd", "MP", "Type", "Disp"]):
                c.drawString(xx, H - 84, t)
            y = H - 96
            c.setFont("Helvetica", 7)
            for rec in rows:
                for xx, t in zip(xs, [rec["case_number"], rec["reported_at"], rec["location"], rec["type"],
                                      rec["disposition"]]):
                    c.drawString(xx, y, t)
                y -= 14
            c.setFont("Helvetica-Oblique", 7)
            if rows:
                c.drawString(x0, y - 4, f"{title.title()} this page: {len(rows)}")
        if p == len(pages):
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(half, 36, f"Events both directions: {len(recs)}")
        c.showPage()
    c.save()


def mv_order(recs):
    return [x for nb, sb in mv_layout(recs, 40) for x in nb + sb]


# ---------------------------------------------------------------- ground truth
SAMPLE_KEYS = ("case_number", "reported_at", "type", "location", "summary", "disposition", "unit", "vehicles")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_KEYS if k in recs[i] and recs[i][k] not in ("", [])}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs49.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs49.py) from the records it drew; "
                               "checked by check_blind_logs49.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check, order=None):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n in runs:
        recs = make(r, days, n)
        draw(d / fname, recs, label)
        recs = order(recs) if order else recs
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "gt": ("Portrait turnpike 'Incident Register', column titles repeated per page under a rule. Columns: "
           "Incident No. (YYMMDD-NNNN, built from the date and a per-day sequence: the id), Reported "
           "(MM/DD/YYYY HH:MM), Milepost / Dir. ('MP 114.3 EB', the location), Incident (type), Disposition "
           "('Citation OHNNNNNNN' and 'Arrest, booked BK25-NNNN' are related numbers). TWIST: collision rows "
           "are followed by indented italic 'Vehicle n:' sub-rows (vehicle, tag, 'towed (GTA-TW-NNNNN)' tow "
           "tickets, related) that belong to the row above and are not records. Ends 'Incidents logged: N    "
           "Vehicles involved in collisions: M' (only N counts records).",
           "rows counted from the generator; 'Incidents logged' equals record_count"),
    "wy": ("County traffic unit daily log in Times, column titles per page. Columns: Log No. (YYYY-MMDD-NNN, "
           "the id), Date/Time (MM/DD/YYYY HHMM), Unit (T-nn), Activity (type), Location (road names), Result "
           "(disposition). TWIST: each citation is a Courier sub-row printed in the id column, 'cit WCNNNNNN', "
           "with the charge under Activity: the citation numbers are related, not ids. After each day an "
           "italic line 'MM/DD/YYYY total  N entries  M citations' under a rule, and at the end 'Period total: "
           "N log entries, M citations': totals, not records.",
           "rows counted from the generator; 'Period total' equals record_count"),
    "ck": ("Highway patrol troop 'Collision Abstracts' in labelled blocks. Each block opens with a bold "
           "'ABSTRACT K YYMMDD-NN' title (id 'KYYMMDD-NN', troop letter and date parts) and a post number "
           "to the right, then BRACKETED ONE-LETTER LABELS two pairs a line: [T] time reported (MM/DD/YYYY "
           "HHMM), [L] location (route, milepost, direction), [E] event (type), [V1]..[Vn] one per vehicle, "
           "[C] citation ('UTT nn-nnnnnn', related) and on its own line [D] disposition (may cite 'Corwin Co. "
           "SO 25-NNNNNN', another agency's case, related). The label key is printed once on page 1 only. "
           "Ends 'Abstracts in this report: N'.",
           "blocks counted from the generator; the closing count equals record_count"),
    "kb": ("Bridge-and-tunnel authority operations log as prose paragraphs grouped under 'SEGMENT MP a - b: "
           "name (N events)' headings, in MILEPOST order inside each segment, so NOT in time order. Each "
           "paragraph: 'MP 4.2 SB, Oct 14, 07:12 \u2014 ' (location, reported_at as printed, no year: the "
           "title gives the period), the event sentence (type and summary), sometimes 'State police case "
           "MSP-25-NNNNNN taken.' or 'Violation notice VN-NNNNNNN mailed...' (related), the outcome "
           "(disposition) and last 'Event YYYYMMDD.NNN.' (the id). Paragraphs wrap with a hanging indent. "
           "Segment counts are not records; ends 'Events logged, all segments: N'.",
           "paragraphs counted from the generator; the closing count equals record_count"),
    "mv": ("Parkway event log printed as TWO SIDE-BY-SIDE TABLES per page, NORTHBOUND on the left half and "
           "SOUTHBOUND on the right half, a vertical rule between; `pdftotext -layout` puts a northbound and "
           "a southbound row on the same line. Document order (case_numbers) is each page's northbound "
           "column, then its southbound column. Columns per side: Event (MVPYYMMDD-NN, the id, sequence per "
           "day across both directions), Rcvd (MM/DD HH:MM, no year; the title says 2025), MP (location), "
           "Type (abbreviated), Disp ('Cit TNNNNNNN' cites a citation, related). Under each column "
           "'Northbound this page: N' / 'Southbound this page: N' (not records); ends 'Events both "
           "directions: N'.",
           "rows counted from the generator; 'Events both directions' equals record_count"),
}


def main():
    one_agency(
        "greyfield-turnpike-authority-oh-police", 1,
        [("gtap-incident-register-2025-10-13-15.pdf", days(10, 13, 15), "10/13/2025 - 10/15/2025", 74),
         ("gtap-incident-register-2025-10-16-18.pdf", days(10, 16, 18), "10/16/2025 - 10/18/2025", 61)],
        gt_records, draw_gt, "Greyfield Turnpike Authority Police, OH [invented]",
        "turnpike incident register (vehicle sub-rows)", "table with header",
        ["case_number", "reported_at", "location", "type", "disposition"], *NOTES["gt"])
    one_agency(
        "wyeth-county-wv-so-traffic-unit", 2,
        [("wcso-traffic-log-2025-10-13-17.pdf", days(10, 13, 17), "October 13 - 17, 2025", 112)],
        wy_records, draw_wy, "Wyeth County Sheriff's Office, Traffic Unit, WV [invented]",
        "traffic unit daily log (citation sub-rows in the id column)", "table with header",
        ["case_number", "reported_at", "unit", "type", "location", "disposition"], *NOTES["wy"])
    one_agency(
        "calloway-state-highway-patrol-troop-k", 3,
        [("cshp-troop-k-abstracts-2025-10-13-19.pdf", days(10, 13, 19), "Week of October 13-19, 2025", 48),
         ("cshp-troop-k-abstracts-2025-10-20-26.pdf", days(10, 20, 26), "Week of October 20-26, 2025", 57)],
        ck_records, draw_ck, "Calloway State Highway Patrol, Troop K [invented]",
        "collision abstracts (bracketed one-letter labels)", "labelled blocks",
        ["case_number", "reported_at", "location", "type", "disposition"], *NOTES["ck"])
    one_agency(
        "kessick-bridge-tunnel-authority-md", 4,
        [("kbta-toc-event-log-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 66)],
        kb_records, draw_kb, "Kessick Bridge and Tunnel Authority, Traffic Operations Center, MD [invented]",
        "roadway event log by milepost segment", "free text",
        ["case_number", "reported_at", "location", "type", "summary", "disposition"], *NOTES["kb"])
    one_agency(
        "marren-valley-parkway-police", 5,
        [("mvpp-event-log-2025-10-20-21.pdf", days(10, 20, 21), "October 20-21, 2025", 96),
         ("mvpp-event-log-2025-10-22.pdf", days(10, 22, 22), "October 22, 2025", 58)],
        mv_records, draw_mv, "Marren Valley Parkway Police [invented]",
        "parkway event log (northbound and southbound side by side)", "table with header",
        ["case_number", "reported_at", "location", "type", "disposition"], *NOTES["mv"], order=mv_order)


if __name__ == "__main__":
    main()
