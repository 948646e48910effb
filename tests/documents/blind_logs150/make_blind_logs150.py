"""Generate a held-out set of fixed-width all-capitals text reports from older records systems (blind_logs150).

Five agencies, five layouts, all printed in a fixed-width font in capitals with a report header on
every page: a 132-column register whose rows cut at a page end are carried over under a `*CONT*` row
that prints the id again; labelled blocks with a run control number of the id's own shape in every page
header and daily and running totals; a narrative whose supplements repeat the id of a report already in
the log; numbered items in which voided duplicate entries print an id again; a control-break listing by
beat with zero-padded subtotals and `(CONTINUED)` section headings. Everything is invented. Output is
deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs150/make_blind_logs150.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261150
TYPES = ["THEFT FROM VEHICLE", "BURGLARY - RESIDENCE", "VANDALISM", "WELFARE CHECK", "DISTURBANCE - NOISE",
         "SUSPICIOUS PERSON", "TRAFFIC ACCIDENT - PROP DAMAGE", "SHOPLIFTING", "FRAUD - TELEPHONE SCAM",
         "TRESPASS", "FOUND PROPERTY", "ASSAULT - SIMPLE", "HARASSMENT", "STOLEN BICYCLE", "ANIMAL COMPLAINT",
         "DRIVING UNDER INFLUENCE", "MISSING PERSON - LOCATED", "BURGLARY - BUSINESS"]
DISPS = ["REPORT TAKEN", "CLOSED - NO FURTHER ACTION", "ARREST", "REFERRED TO INVESTIGATIONS", "UNFOUNDED",
         "CITATION ISSUED", "GONE ON ARRIVAL", "REFERRED TO OTHER AGENCY"]
STREETS = ["QUARRYMAN ST", "LOWBRIDGE RD", "TANSY AVE", "OLD FERRY LN", "KESTREL CT", "MILLRACE RD",
           "PARGETER ST", "WINNOW DR", "HOLLISTON WAY", "BRAMBLECOTE AVE", "SALTKETTLE RD", "ORRIN PL"]
PLACES = ["MUNICIPAL LOT 3", "RIVERBEND PARK EAST SHELTER", "TRANSIT DEPOT GATE B", "COUNTY GARAGE YARD",
          "FARMERS MARKET PAVILION", "NORTHGATE PLAZA"]
NOARREST = ("WELFARE CHECK", "FOUND PROPERTY", "MISSING PERSON - LOCATED", "ANIMAL COMPLAINT",
            "TRAFFIC ACCIDENT - PROP DAMAGE", "SUSPICIOUS PERSON")


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def disp(r, typ):
    d = r.choice(DISPS)
    while d == "ARREST" and typ in NOARREST:
        d = r.choice(DISPS)
    return d


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def location(r):
    k = r.random()
    if k < 0.55:
        return f"{r.randint(1, 48) * 100} BLK {r.choice(STREETS)}"
    if k < 0.8:
        a, b = r.sample(STREETS, 2)
        return f"{a} / {b}"
    return r.choice(PLACES)


def draw(path, size, pages, fs, lead, top=40, left=30):
    """pages: list of lists of text lines, drawn in Courier, one line per row."""
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for lines in pages:
        c.setFont("Courier", fs)
        y = size[1] - top
        for ln in lines:
            if ln:
                c.drawString(left, y, ln)
            y -= lead
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check, rel_kinds=()):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs150.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec.get("rel", [])],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs150.py) from the records it drew; "
                               "checked by check_blind_logs150.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def cut(text, w):
    return textwrap.wrap(text, w) or [""]


# 1 ------------------------------------------------------------------ Alder Falls: 132-column register, *CONT* rows
def alder(d, r):
    agency = "Alder Falls Police Department, NH [invented]"
    n = 64
    recs, num = [], 4410
    for t in stamps(r, datetime.datetime(2025, 11, 1), n, 14):
        num += r.randint(1, 5)
        typ = r.choice(TYPES)
        rec = {"case_number": f"25-00{num}", "date": t.strftime("%m/%d/%y"), "time": t.strftime("%H%M"),
               "type": typ, "location": location(r), "badge": f"{r.randint(100, 399)}"}
        rec["disposition"] = disp(r, typ)
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        recs.append(rec)
    W = (11, 9, 5, 6, 18, 22, 16)

    def rows(rec):
        cols = [cut(rec["type"], W[4]), cut(rec["location"], W[5]), cut(rec["disposition"], W[6])]
        k = max(len(c) for c in cols)
        out = []
        for j in range(k):
            vals = [rec["case_number"], rec["date"], rec["time"], rec["badge"]] if j == 0 else ["", "", "", ""]
            vals += [c[j] if j < len(c) else "" for c in cols]
            out.append("  ".join(v.ljust(w) for v, w in zip(vals, W)).rstrip())
        return out

    head = "  ".join(h.ljust(w) for h, w in zip(["INCIDENT NO", "DATE", "TIME", "BADGE", "INCIDENT TYPE",
                                                 "LOCATION", "DISPOSITION"], W)).rstrip()
    def paged(per):
        pages, cur, conts = [], [], 0
        for rec in recs:
            for j, ln in enumerate(rows(rec)):
                if len(cur) >= per:
                    pages.append(cur)
                    cur = []
                    if j:
                        conts += 1
                        ln = (f"{rec['case_number'].ljust(W[0])}  {'*CONT*'.ljust(W[1] + W[2] + W[3] + 4)}"
                              + ln[sum(W[:4]) + 8:])
                cur.append(ln)
        return pages, cur, conts

    per = next(p for p in range(32, 20, -1) if paged(p)[2] >= 3)
    pages, cur, _ = paged(per)
    cur += ["", f"*** END OF REGISTER   INCIDENTS LISTED: {n:04d} ***"]
    pages.append(cur)
    m = len(pages)
    out = []
    for k, body in enumerate(pages, 1):
        out.append(["ALDER FALLS POLICE DEPT [INVENTED]   INCIDENT REGISTER 11/01/25 - 11/14/25".ljust(78)
                    + f"PGM IR220   PAGE {k:03d} OF {m:03d}",
                    "RECORDS UNIT 555-0131   ALL TIMES 24 HR".ljust(78) + ("CONTINUED" if k > 1 else ""),
                    "", head, "-" * len(head)] + body)
    path = d / "alder-falls-incident-register-2025-11-01-14.pdf"
    draw(path, letter, out, 7.6, 10.2, top=44, left=34)
    for rec in recs:
        for k in ("date", "time", "badge"):
            rec.pop(k)
    return agency, [entry(path, agency, "two-week incident register (fixed-width report)", "table with header", recs,
                          "Fixed-width capitals, Courier, a report header and column header on every page "
                          "(`PAGE 00N OF 00M`, `CONTINUED` from page 2). Type, location and disposition wrap "
                          "inside their columns over two or three lines. Trap: a row cut at a page end is carried "
                          "over: the next page starts with `25-00NNNN *CONT*` and the rest of the wrapped cells, so "
                          "that incident's id is printed twice but it is one record (values are the two parts "
                          "joined). Ends `*** END OF REGISTER   INCIDENTS LISTED: 00NN ***`.",
                          "rows counted by the generator; *CONT* rows are not records; the closing line "
                          "gives the total")]


# 2 ------------------------------------------------------------------ Birchmont County: blocks, control no in header
def birchmont(d, r):
    agency = "Birchmont County Sheriff's Office, WY [invented]"
    n = 57
    recs, num = [], 41870
    for t in stamps(r, datetime.datetime(2025, 11, 3), n, 7):
        num += r.randint(2, 19)
        typ = r.choice(TYPES)
        rec = {"case_number": f"2025-00{num}", "reported_at": t.strftime("%m/%d/%y %H%M"), "type": typ,
               "location": location(r) if r.random() < 0.75 else f"HWY {r.choice([16, 59, 450])} MM {r.randint(3, 140)}",
               "day": t.date(), "deputy": f"#0{r.randint(100, 999)}", "unit": f"{r.randint(1, 4)}S{r.randint(10, 29)}"}
        rec["disposition"] = disp(r, typ)
        recs.append(rec)
    control = f"2025-00{r.randint(80000, 89999)}"
    per = 52
    pages, cur, run = [], [], 0

    def add(lines):
        nonlocal cur
        if len(cur) + len(lines) > per:
            pages.append(cur)
            cur = []
        cur += lines

    days = {}
    for rec in recs:
        days.setdefault(rec["day"], []).append(rec)
    for day, v in days.items():
        for rec in v:
            add([f"INCIDENT NO.. {rec['case_number']}      RECEIVED.. {rec['reported_at']}",
                 f"NATURE....... {rec['type']}", f"LOCATION..... {rec['location']}",
                 f"DEPUTY....... {rec['deputy']}   UNIT {rec['unit']}", f"DISPOSITION.. {rec['disposition']}", ""])
        run += len(v)
        add([f"*** DAILY TOTAL {day.strftime('%m/%d/%y')} ....... {len(v):03d}      RUN TOTAL ....... {run:04d} ***",
             "=" * 72, ""])
    add([f"*** END OF REPORT   TOTAL INCIDENTS {n:04d} ***"])
    pages.append(cur)
    m = len(pages)  # noqa: F841
    out = []
    for k, body in enumerate(pages, 1):
        out.append(["BIRCHMONT COUNTY SHERIFF'S OFFICE [INVENTED]".ljust(56) + f"RPT SO-IR04  PG {k:04d}",
                    "INCIDENT REGISTER 11/03/25 THRU 11/09/25".ljust(56) + f"CONTROL NO {control}",
                    "DISPATCH 555-0148" + ("   (CONTINUED)" if k > 1 else ""), "=" * 72, ""] + body)
    path = d / "birchmont-incident-register-2025-11-03-09.pdf"
    draw(path, letter, out, 8.6, 11.2, top=40, left=40)
    for rec in recs:
        for k in ("day", "deputy", "unit"):
            rec.pop(k)
    return agency, [entry(path, agency, "weekly incident register (fixed-width report)", "labelled blocks", recs,
                          "Fixed-width capitals, one block per incident with dotted labels (`INCIDENT NO.. "
                          "2025-00NNNNN`, `RECEIVED..`, `NATURE.......`, `LOCATION.....`, `DEPUTY.......`, "
                          "`DISPOSITION..`). Trap: every page header prints `CONTROL NO 2025-00NNNNN`, a run control "
                          "number of exactly the id's shape (not a record, the same on every page); each day ends "
                          "with `*** DAILY TOTAL MM/DD/YY ....... 00N      RUN TOTAL ....... 00NN ***` (counts, not "
                          "ids); deputies are `#0NNN`. Ends `*** END OF REPORT   TOTAL INCIDENTS 00NN ***`.",
                          "blocks counted by the generator; daily and running totals agree with them")], control


# 3 ------------------------------------------------------------------ Cobble Hill: narrative with supplements
def cobble(d, r):
    agency = "Cobble Hill Police Department, VT [invented]"
    n = 60
    recs, num = [], 380
    for t in stamps(r, datetime.datetime(2025, 11, 10), n, 7):
        num += r.randint(1, 4)
        typ = r.choice(TYPES)
        rec = {"case_number": f"25C00{num}", "reported_at": f"{t.strftime('%H%M')} HRS ON {t.strftime('%m/%d/%y')}",
               "type": typ, "location": location(r), "t": t, "ofc": r.randint(201, 298)}
        rec["disposition"] = disp(r, typ)
        recs.append(rec)
    # supplements: a later paragraph adding to a report already in this log
    sup_of = sorted(r.sample(range(n - 8), 7))
    paras = []
    for i, rec in enumerate(recs):
        paras.append((rec["t"], "R", rec))
        if i in sup_of:
            paras.append((rec["t"] + datetime.timedelta(minutes=r.randint(200, 2000)), "S", rec))
    paras.sort(key=lambda p: (p[0], p[1]))
    W = 72
    paras_lines = []
    for t, kind, rec in paras:
        if kind == "R":
            txt = (f"AT {rec['reported_at']} OFCR #{rec['ofc']} TOOK RPT {rec['case_number']} - {rec['type']} AT "
                   f"{rec['location']}. DISPO: {rec['disposition']}.")
        else:
            txt = (f"SUPPLEMENT {t.strftime('%H%M')} HRS {t.strftime('%m/%d/%y')} TO RPT {rec['case_number']}: "
                   f"OFCR #{r.randint(201, 298)} ADDED FOLLOW-UP INFORMATION. NO CHANGE TO DISPO.")
        paras_lines.append([ln if j == 0 else "   " + ln for j, ln in enumerate(cut(txt, W))] + [""])

    def paged(per):
        pages, cur, conts = [], [], 0
        for lines in paras_lines:
            for j, ln in enumerate(lines):
                if len(cur) >= per:
                    split = 0 < j < len(lines) - 1
                    if split:
                        cur.append("      -- CONTINUED ON NEXT PAGE --")
                        conts += 1
                    pages.append(cur)
                    cur = ["      -- CONTINUED FROM PREVIOUS PAGE --"] if split else []
                cur.append(ln)
        return pages, cur, conts

    per = next(p for p in range(54, 40, -1) if paged(p)[2] >= 2)
    pages, cur, _ = paged(per)
    nsup = len(sup_of)
    cur += [f"END OF NARRATIVE - {n:03d} REPORTS, {nsup:03d} SUPPLEMENTS"]
    pages.append(cur)
    m = len(pages)  # noqa: F841
    out = []
    for k, body in enumerate(pages, 1):
        out.append([f"COBBLE HILL POLICE DEPT [INVENTED]  DAILY ACTIVITY NARRATIVE   PAGE {k:02d}",
                    "PERIOD 11/10/25 - 11/16/25   RECORDS 555-0162" + ("   CONT'D" if k > 1 else ""), ""] + body)
    path = d / "cobble-hill-activity-narrative-2025-11-10-16.pdf"
    draw(path, letter, out, 9, 12, top=40, left=40)
    for rec in recs:
        rec.pop("t")
        rec.pop("ofc")
    return agency, [entry(path, agency, "weekly activity narrative (fixed-width report)", "free text", recs,
                          "Fixed-width capitals, one paragraph per report: `AT HHMM HRS ON MM/DD/YY OFCR #NNN TOOK RPT "
                          "25C00NNN - <TYPE> AT <LOCATION>. DISPO: <DISPOSITION>.` Paragraphs cut at a page end carry "
                          "`-- CONTINUED ON NEXT PAGE --` / `-- CONTINUED FROM PREVIOUS PAGE --` inside them. Trap: 7 "
                          "`SUPPLEMENT ... TO RPT 25C00NNN:` paragraphs later in the log repeat the id of a report "
                          "already listed: the same incident printed twice, not a new record (so they are not in "
                          "related_numbers either). Ends `END OF NARRATIVE - 0NN REPORTS, 00N SUPPLEMENTS`.",
                          "report paragraphs counted by the generator; supplements are not records")]


# 4 ------------------------------------------------------------------ Dunwick: numbered items with voided duplicates
def dunwick(d, r):
    agency = "Dunwick Police Department, PA [invented]"
    n = 62
    recs, num = [], 10400
    for t in stamps(r, datetime.datetime(2025, 11, 1), n, 30):
        num += r.randint(1, 9)
        typ = r.choice(TYPES)
        rec = {"case_number": f"25-{num}", "reported_at": t.strftime("%m/%d/%y %H%M"), "type": typ,
               "location": location(r), "badge": r.randint(2100, 2399)}
        rec["disposition"] = disp(r, typ)
        recs.append(rec)
    voids = sorted(r.sample(range(3, n), 4))
    items = []
    for i, rec in enumerate(recs):
        items.append(("R", rec))
        if i in voids:
            items.append(("V", rec))
    per, W = 54, 64
    pages, cur, itemno = [], [], {}
    for k, (kind, rec) in enumerate(items, 1):
        if kind == "R":
            itemno[rec["case_number"]] = k
            txt = (f"{rec['reported_at']} {rec['type']} AT {rec['location']}. BADGE {rec['badge']}. "
                   f"DISPO: {rec['disposition']}.")
        else:
            txt = f"VOID - DUPLICATE ENTRY OF ITEM {itemno[rec['case_number']]:03d}. DISREGARD."
        body = cut(txt, W)
        lines = [f"ITEM {k:03d}  INC {rec['case_number']}  " + body[0]] + ["                      " + b for b in body[1:]] + [""]
        if len(cur) + len(lines) > per:
            pages.append(cur)
            cur = []
        cur += lines
    cur += [f"TOTAL ITEMS {len(items):03d}   VOIDED {len(voids):03d}   INCIDENTS {n:03d}"]
    pages.append(cur)
    m = len(pages)
    out = []
    for k, body in enumerate(pages, 1):
        out.append([f"DUNWICK POLICE DEPARTMENT [INVENTED]                 PAGE {k} OF {m}",
                    "MONTHLY INCIDENT LISTING - NOVEMBER 2025         PRESS DESK 555-0175",
                    "ITEMS CONTINUED FROM PAGE %d" % (k - 1) if k > 1 else "", ""] + body)  # noqa: UP031
    path = d / "dunwick-incident-listing-2025-11.pdf"
    draw(path, letter, out, 8.8, 11.4, top=40, left=40)
    for rec in recs:
        rec.pop("badge")
    return agency, [entry(path, agency, "monthly incident listing (fixed-width report)", "numbered paragraphs", recs,
                          "Fixed-width capitals, numbered items `ITEM 017  INC 25-10417  MM/DD/YY HHMM <TYPE> AT "
                          "<LOCATION>. BADGE NNNN. DISPO: ...`, wrapped under a hanging indent. Trap: 4 items are "
                          "`VOID - DUPLICATE ENTRY OF ITEM 0NN. DISREGARD.` and print again the INC number of the "
                          "earlier item they duplicate: not records, so item numbers run past the record count. Ends "
                          "`TOTAL ITEMS 0NN   VOIDED 004   INCIDENTS 0NN`.",
                          "items counted by the generator; voided items are not records")]


# 5 ------------------------------------------------------------------ Eastmarch County: control-break listing by beat
def eastmarch(d, r):
    agency = "Eastmarch County Police, MD [invented]"
    n = 70
    recs, num = [], 251300
    for t in stamps(r, datetime.datetime(2025, 11, 17), n, 7):
        num += r.randint(1, 6)
        typ = r.choice(TYPES)
        rec = {"case_number": f"{num}", "reported_at": t.strftime("%m/%d/%y %H%M"), "type": typ,
               "location": location(r), "beat": r.randint(1, 6), "car": f"{r.randint(11, 69)}"}
        rec["disposition"] = disp(r, typ)
        recs.append(rec)
    ordered = sorted(recs, key=lambda x: x["beat"])
    W = (7, 14, 4, 31, 28)
    per = 50
    pages, cur, run = [], [], 0

    def add(ln, beat=None):
        nonlocal cur
        if len(cur) >= per:
            pages.append(cur)
            cur = []
            if beat is not None:
                cur.append(f"BEAT {beat:02d} (CONTINUED)")
        cur.append(ln)

    for b in sorted({x["beat"] for x in recs}):
        v = [x for x in ordered if x["beat"] == b]
        add(f"BEAT {b:02d}")
        for rec in v:
            vals = [rec["case_number"], rec["reported_at"], rec["car"], rec["type"], rec["location"]]
            add(" ".join(x.ljust(w) for x, w in zip(vals, W)) + " " + rec["disposition"], b)
        run += len(v)
        add(f"        BEAT {b:02d} SUBTOTAL ....... {len(v):06d}     RUN TOTAL ....... {run:06d}", b)
        add("")
    add(f"        FINAL RUN TOTAL ....... {n:06d}")
    pages.append(cur)
    m = len(pages)  # noqa: F841
    out = []
    for k, body in enumerate(pages, 1):
        out.append(["EASTMARCH COUNTY POLICE [INVENTED]  CFS/INCIDENT LISTING BY BEAT  11/17/25-11/23/25".ljust(100)
                    + f"PAGE {k:04d}",
                    "JOB ECP0412  RECORDS 555-0193",
                    "                                              ", ""] + body)
    path = d / "eastmarch-listing-by-beat-2025-11-17-23.pdf"
    draw(path, landscape(letter), out, 7.6, 10.2, top=36, left=30)
    for rec in ordered:
        for k in ("beat", "car"):
            rec.pop(k)
    return agency, [entry(path, agency, "weekly listing by beat (fixed-width control-break report)",
                          "other: control-break listing by beat, no column header", ordered,
                          "Fixed-width capitals, landscape, no column header: one line per incident (six-digit "
                          "number, MM/DD/YY HHMM, car number, type, location, disposition) under `BEAT 0N` headings, "
                          "sorted by beat then time, so the ids do not run in order. A beat cut at a page end "
                          "restarts under `BEAT 0N (CONTINUED)` (not a new section). Trap: each beat closes with "
                          "`BEAT 0N SUBTOTAL ....... 0000NN     RUN TOTAL ....... 0000NN`, zero-padded six-digit counts "
                          "of the id's own width (not records). Ends `FINAL RUN TOTAL ....... 0000NN`.",
                          "lines counted by the generator; subtotals and run totals agree with them")]


AGENCIES = [("alder-falls-nh-pd", 1, alder), ("birchmont-county-wy-so", 2, birchmont),
            ("cobble-hill-vt-pd", 3, cobble), ("dunwick-pa-pd", 4, dunwick), ("eastmarch-county-md-pd", 5, eastmarch)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        res = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(res[1], indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
