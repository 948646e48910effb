"""Generate a held-out set of CAD event chronologies (blind_logs116).

Five layouts of computer-aided-dispatch call histories, each call followed by its time-stamped
remarks, unit times and status codes: a city PD's event chronology whose remarks say which duplicate
events were merged into the call (numbers of the same series); a sheriff's call table with unit
sub-rows where a reopened call is printed a second time further down; a small town's numbered
paragraphs that cite earlier calls by number; a regional dispatch centre's table whose calls run over
page breaks with a `(cont'd)` line; a sheriff's labelled incident blocks carrying a prior incident
number of the same shape. Every agency, place, number and record is invented; no person is named.
Phone numbers are 555-01xx. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs116/make_blind_logs116.py [OUT_DIR]
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
SEED = 20261216
TYPES = ["DISTURBANCE", "SUSPICIOUS VEHICLE", "WELFARE CHECK", "ALARM - COMMERCIAL", "THEFT REPORT",
         "TRAFFIC HAZARD", "NOISE COMPLAINT", "HIT AND RUN", "TRESPASS", "DOMESTIC DISPUTE", "FOUND PROPERTY",
         "SUSPICIOUS PERSON", "ANIMAL COMPLAINT", "PARKING COMPLAINT", "MOTORIST ASSIST", "VANDALISM"]
DISPS = ["REPORT TAKEN", "ADVISED", "GONE ON ARRIVAL", "UNFOUNDED", "CITATION ISSUED", "ASSISTED",
         "REFERRED", "ARREST"]
STREETS = ["MARLOW AVE", "QUINTARD ST", "ESSLER RD", "BRANTWOOD DR", "OLCOTT WAY", "PERRIN LN", "HAZEL CT",
           "TIVERLY BLVD", "NORCROSS ST", "FALLOW RD", "CANTERLY AVE", "MILLRACE DR"]


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
    secs = sorted(r.sample(range(ndays * 86400), n))
    return [first + datetime.timedelta(seconds=s) for s in secs]


def draw_pages(path, size, pages, header, footer_left, font="Courier", fsize=8.0, lh=10.5):
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
    pages, cur = [], list(head_lines)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head_lines):
            pages.append(cur)
            cur = list(head_lines)
        cur += g
    pages.append(cur)
    return pages


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs116.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": v} for x in recs for k, v in x["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs116.py) from the records it drew; "
                               "checked by check_blind_logs116.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def phone(r):
    return f"555-01{r.randint(0, 99):02d}"


def calls(r, n, first, ndays, idfmt, start, casefmt, citefmt, merged=0.0, cancel=0.12, case0=None):
    """n calls of one series; skipped numbers of the series become merged duplicate events."""
    out, num = [], start
    case_no = r.randint(300, 900) if case0 is None else case0
    for t in stamps(r, first, n, ndays):
        num += 1
        rec = {"num": num, "case_number": idfmt.format(num), "t": t, "type": r.choice(TYPES),
               "location": f"{r.randint(1, 48) * 100 + r.choice([0, 10, 25, 40])} {r.choice(STREETS)}",
               "rel": [], "remarks": [], "units": [], "cancelled": r.random() < cancel, "merged": [],
               "cites": []}
        rec["phone"] = phone(r)
        if r.random() < merged:
            num += 1
            rec["merged"].append(idfmt.format(num))
            rec["rel"].append(("merged_event", idfmt.format(num)))
        tt = t + datetime.timedelta(seconds=r.randint(40, 300))
        if rec["cancelled"]:
            rec["disposition"] = "CANCELLED"
            rec["remarks"].append((tt, r.choice(["RP CALLED BACK, NO LONGER NEEDED", "CANCELLED PER RP",
                                                  "DISREGARD PER RP ON CALLBACK"])))
        else:
            rec["disposition"] = r.choice(DISPS)
            for _ in range(r.choice([1, 1, 2])):
                d = tt + datetime.timedelta(seconds=r.randint(20, 200))
                e = d + datetime.timedelta(seconds=r.randint(30, 180))
                a = e + datetime.timedelta(seconds=r.randint(120, 900))
                c = a + datetime.timedelta(seconds=r.randint(300, 3000))
                rec["units"].append((f"{r.choice(['1', '2', '3'])}{r.choice('ABCKL')}{r.randint(10, 39)}", d, e, a, c))
            rec["remarks"].append((tt, r.choice(["RP ADV SUBJ LEFT ON FOOT NB", "RP REQ CONTACT",
                                                  "2ND CALLER SAME", "NO WEAPONS SEEN", "RP WILL MEET AT FRONT"])))
            if rec["disposition"] in ("REPORT TAKEN", "ARREST"):
                case_no += r.randint(1, 4)
                rec["case"] = casefmt.format(case_no)
                rec["rel"].append(("case_number", rec["case"]))
            if rec["disposition"] == "CITATION ISSUED":
                rec["cite"] = citefmt.format(r.randint(100000, 999999))
                rec["rel"].append(("citation_number", rec["cite"]))
        if out and r.random() < 0.15:
            rec["cites"].append(r.choice(out[-8:])["case_number"])
        out.append(rec)
    return out


def hms(t):
    return t.strftime("%H:%M:%S")


# 1 --------------------------------------------------------- Harlow Bay, CA: event chronology with merges
def harlow(d, r):
    agency = "Harlow Bay Police Department, CA [invented]"
    recs = calls(r, 88, datetime.datetime(2025, 3, 3), 7, "HB25-{:06d}", 14210, "25-{:05d}", "HB{:06d}",
                 merged=0.18)
    groups = []
    for x in recs:
        x["reported_at"] = x["t"].strftime("%m/%d/%Y %H:%M:%S")
        g = [f"EVENT {x['case_number']}   RCVD {x['reported_at']}   TYPE {x['type']:<20}  PRI {r.randint(1, 4)}",
             f"    LOC: {x['location']}, HARLOW BAY        RP CB: {x['phone']}"]
        ev = [(x["t"], "ENTRY", "CALL RECEIVED VIA " + r.choice(["911", "10-DIGIT", "TEXT-TO-911"]))]
        ev += [(t, "REMARK", s) for t, s in x["remarks"]]
        for u, dd, e, a, c in x["units"]:
            ev += [(dd, "DISP", u), (e, "ENRT", u), (a, "ONSC", u), (c, "CLR", u)]
        for m in x["merged"]:
            ev.append((x["t"] + datetime.timedelta(seconds=r.randint(60, 400)), "MERGE",
                       f"EVENT {m} MERGED INTO THIS EVENT (DUP CALL)"))
        for cc in x["cites"]:
            ev.append((x["t"] + datetime.timedelta(seconds=r.randint(60, 500)), "REMARK", f"POSS RELATED TO {cc}"))
        ev.sort(key=lambda z: z[0])
        g += [f"    {hms(t)}  {code:<7}{s}" for t, code, s in ev]
        tail = f"    DISPO: {x['disposition']}"
        if x.get("case"):
            tail += f"   CASE NO. {x['case']}"
        if x.get("cite"):
            tail += f"   CIT NO. {x['cite']}"
        g += [tail, ""]
        groups.append(g)
    nm = sum(len(x["merged"]) for x in recs)
    groups.append([f"EVENTS PRINTED: {len(recs)}    DUPLICATE EVENTS MERGED: {nm}    SELECTION: ALL AGENCY HBPD"])
    pages = paginate(groups, 62)
    header = [(36, "HARLOW BAY POLICE DEPARTMENT [invented] - CAD EVENT CHRONOLOGY", "Helvetica-Bold", 11),
              (36, "Events received 03/03/2025 00:00 - 03/09/2025 23:59   Communications Unit 555-0119",
               "Helvetica", 9)]
    path = d / "harlow-bay-cad-event-chronology-2025-03-03-09.pdf"
    draw_pages(path, letter, pages, header, "CAD RPT EVCHRON-02  times are 24-hour")
    return agency, [entry(path, agency, "CAD event chronology (one week)", "labelled blocks", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Each event opens with `EVENT HB25-NNNNNN   RCVD MM/DD/YYYY HH:MM:SS   TYPE ...` and is "
                          "followed by indented time-stamped lines (ENTRY, REMARK, DISP, ENRT, ONSC, CLR, MERGE) and a "
                          "`DISPO:` line that may carry a case number `25-NNNNN` and a citation `HBNNNNNN`. Trap: "
                          "duplicate calls were merged: a `MERGE` line says `EVENT HB25-NNNNNN MERGED INTO THIS EVENT`, a "
                          "number of the same series and shape that is not a record of its own (related, kind "
                          "merged_event); some REMARK lines cite another event of the log (`POSS RELATED TO HB25-...`). "
                          "Cancelled calls are records (DISPO: CANCELLED). Ends `EVENTS PRINTED: N    DUPLICATE EVENTS "
                          "MERGED: M`.",
                          "blocks counted by the generator; page 1 counted on the page")]


# 2 --------------------------------------------------------- Tollman County, OR: table, reopened calls repeated
def tollman(d, r):
    agency = "Tollman County Sheriff's Office, OR [invented]"
    gt = []
    start, case0 = 3300, 641
    for fname, day0, n, label in [("tollman-county-calls-for-service-2025-05-01-10.pdf", 1, 74, "05/01/25 - 05/10/25"),
                                  ("tollman-county-calls-for-service-2025-05-11-20.pdf", 11, 69, "05/11/25 - 05/20/25")]:
        recs = calls(r, n, datetime.datetime(2025, 5, day0), 10, "TC25-{:05d}", start, "SO25-{:04d}", "OR{:06d}",
                     case0=case0)
        start = recs[-1]["num"] + 3
        case0 = max([int(x["case"][5:]) for x in recs if x.get("case")] + [case0]) + 2
        rows = []  # (time, lines)
        for x in recs:
            x["reported_at"] = x["t"].strftime("%m/%d/%y %H:%M")
            x["type"] = x["type"].title()
            x["location"] = x["location"].title()
            x["disposition"] = x["disposition"].title()
            ref = x.get("case") or x.get("cite") or ""
            lines = [f"{x['case_number']:<12}{x['reported_at']:<16}{x['type']:<21}{x['location']:<23}"
                     f"{x['disposition']:<16}{ref}"]
            for u, dd, e, a, c in x["units"]:
                lines.append(f"{'':<12}  Unit {u:<6} Disp {dd:%H:%M}  Enrt {e:%H:%M}  OnSc {a:%H:%M}  Clr {c:%H:%M}")
            for t, s in x["remarks"]:
                lines.append(f"{'':<12}  {t:%H:%M} {s}")
            for cc in x["cites"]:
                lines.append(f"{'':<12}  see also {cc}")
            rows.append((x["t"], lines))
            if not x["cancelled"] and r.random() < 0.16:
                t2 = x["units"][0][4] + datetime.timedelta(minutes=r.randint(40, 900))
                x["reopened"] = t2
                rows.append((t2, [f"{x['case_number']:<12}{t2:%m/%d/%y %H:%M}  REOPENED - see original entry above",
                                  f"{'':<12}  {t2:%H:%M} {r.choice(['RP CALLED BACK, SUBJ RETURNED', 'ADDL INFO FROM RP', 'FOLLOW-UP REQ BY DEPUTY'])}"
                                  f" CB {phone(r)}",
                                  f"{'':<12}  {t2 + datetime.timedelta(minutes=r.randint(5, 50)):%H:%M} RECLOSED"]))
        rows.sort(key=lambda z: z[0])
        nre = sum(1 for x in recs if x.get("reopened"))
        groups = [z[1] for z in rows]
        groups.append(["", f"Calls for service listed: {n}    Reopened during period: {nre}"])
        head = [f"{'Call No.':<12}{'Received':<16}{'Nature':<21}{'Location':<23}{'Disposition':<16}Case/Cit No.",
                "=" * 108]
        pages = paginate(groups, 60, head)
        header = [(36, "TOLLMAN COUNTY SHERIFF'S OFFICE [invented] - DISPATCH", "Helvetica-Bold", 11),
                  (36, f"Calls for Service with Unit Times and Remarks   {label}   Records 555-0163", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "TCSO CFS-RPT 4.1  sorted by time of entry", fsize=7.6)
        gt.append(entry(path, agency, "calls for service with unit times (ten days)", "table with header", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Table `Call No. | Received | Nature | Location | Disposition | Case/Cit No.`, each call row "
                        "followed by unnumbered sub-rows: `Unit 2K14 Disp HH:MM Enrt .. OnSc .. Clr ..`, remarks "
                        "`HH:MM text`, `see also TC25-NNNNN` (another call of the log). Case numbers `SO25-NNNN` and "
                        "citations `ORNNNNNN` sit in the last column. Trap: a reopened call is printed a SECOND time "
                        "at the time it was reopened, `TC25-NNNNN  MM/DD/YY HH:MM  REOPENED - see original entry "
                        "above`, with its own remark rows; it is the same record, counted once. Ends `Calls for "
                        "service listed: N    Reopened during period: R`.",
                        "call rows counted by the generator; page 1 counted on the page"))
    return agency, gt


# 3 --------------------------------------------------------- Ashby Falls, NH: numbered paragraphs
def wrap(text, width):
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return out + [cur]


def ashby(d, r):
    agency = "Ashby Falls Police Department, NH [invented]"
    recs = calls(r, 63, datetime.datetime(2025, 8, 1), 14, "25-{:04d}", 2210, "25-AF-{:03d}", "NH{:06d}",
                 cancel=0.15)
    groups = []
    for i, x in enumerate(recs, 1):
        x["reported_at"] = x["t"].strftime("%m/%d/%Y %H%M")
        x["type"] = x["type"].capitalize()
        x["location"] = x["location"].title()
        x["disposition"] = x["disposition"].capitalize()
        s = (f"{i}. Call #{x['case_number']}, received {x['t']:%m/%d/%Y} {x['t']:%H%M} hrs: {x['type']} at "
             f"{x['location']}. ")
        for u, dd, _e, a, c in x["units"]:
            s += f"Car {u} dispatched {dd:%H%M}, on scene {a:%H%M}, clear {c:%H%M}. "
        for t, rm in x["remarks"]:
            s += f"At {t:%H%M} {rm.lower()}. "
        for cc in x["cites"]:
            s += f"Same party as Call #{cc}. "
        s += f"Caller callback {x['phone']}. Disposition: {x['disposition']}."
        if x.get("case"):
            s += f" Report #{x['case']}."
        if x.get("cite"):
            s += f" Summons {x['cite']}."
        lines = wrap(s, 96)
        groups.append([lines[0]] + ["    " + ln for ln in lines[1:]] + [""])
    groups.append([f"Total calls logged: {len(recs)}.  Cancelled before arrival: "
                   f"{sum(1 for x in recs if x['cancelled'])}.  Prepared by the dispatch supervisor."])
    pages = paginate(groups, 58)
    header = [(36, "TOWN OF ASHBY FALLS POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
              (36, "Dispatch Log - Calls for Service, August 1-14, 2025 (public copy)   603-555-0171", "Helvetica", 9)]
    path = d / "ashby-falls-dispatch-log-2025-08-01-14.pdf"
    draw_pages(path, letter, pages, header, "AFPD dispatch log", font="Times-Roman", fsize=9, lh=11)
    return agency, [entry(path, agency, "dispatch log in numbered paragraphs (two weeks)", "numbered paragraphs", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Numbered paragraphs `N. Call #25-NNNN, received MM/DD/YYYY HHMM hrs: Type at Location.` then "
                          "car dispatch/on-scene/clear times, remarks, `Caller callback 555-01xx`, `Disposition: ...`, "
                          "sometimes `Report #25-AF-NNN` (case) or `Summons NHNNNNNN` (citation). Paragraphs wrap over "
                          "several lines. Trap: the paragraph number N is not the call number, and `Same party as Call "
                          "#25-NNNN` inside a paragraph cites an earlier call of the log (not a new record). Cancelled "
                          "calls are records. Ends `Total calls logged: N.  Cancelled before arrival: C.`",
                          "paragraphs counted by the generator")]


# 4 --------------------------------------------------------- Corliss Valley, UT: table running over pages
def corliss(d, r):
    agency = "Corliss Valley Regional Dispatch Center, UT [invented]"
    recs = calls(r, 96, datetime.datetime(2025, 9, 8), 5, "CV25-{:06d}", 81500, "CVPD25-{:05d}", "UT{:07d}",
                 cancel=0.14)
    body = []  # (call id, line)
    for x in recs:
        x["reported_at"] = x["t"].strftime("%Y-%m-%d %H:%M:%S")
        x["location"] = x["location"] + ", " + r.choice(["CORLISS", "VALE CITY", "NORTH FORK"])
        st = "CAN" if x["cancelled"] else "CLS"
        body.append((x["case_number"], [(36, x["case_number"]), (112, x["reported_at"]), (212, x["type"]),
                                        (330, x["location"]), (490, st), (520, x["disposition"])]))
        for u, dd, e, a, c in x["units"]:
            body.append((x["case_number"], [(112, f"{u}"), (160, f"DSP {hms(dd)}  ENR {hms(e)}  ARV {hms(a)}  "
                                                                 f"AVL {hms(c)}  STAT 10-8")]))
        for t, s in x["remarks"]:
            body.append((x["case_number"], [(112, hms(t)), (160, f"NARR: {s}")]))
        for cc in x["cites"]:
            body.append((x["case_number"], [(112, ""), (160, f"NARR: PRIOR CALL SAME ADDR {cc}")]))
        if x.get("case"):
            body.append((x["case_number"], [(112, ""), (160, f"CASE # {x['case']} ASSIGNED")]))
        if x.get("cite"):
            body.append((x["case_number"], [(112, ""), (160, f"CITATION # {x['cite']}")]))
    head = [[(36, "CALL #"), (112, "RECEIVED / UNIT"), (212, "CALL TYPE"), (330, "ADDRESS"), (490, "ST"),
             (520, "DISPOSITION")], "-" * 118]
    pages, cur, per = [], list(head), 52
    for cid, ln in body:
        if len(cur) >= per:
            pages.append(cur)
            cur = list(head)
            if ln[0][1] != cid:
                cur.append([(36, f"{cid} (cont'd)")])
        cur.append(ln)
    ncan = sum(1 for x in recs if x["cancelled"])
    cur += ["", f"TOTAL CALLS: {len(recs)}   CANCELLED (ST=CAN): {ncan}   STATUS CODES: CLS CLOSED, CAN CANCELLED, "
                "10-8 AVAILABLE"]
    pages.append(cur)
    header = [(36, "CORLISS VALLEY REGIONAL DISPATCH CENTER [invented]", "Helvetica-Bold", 11),
              (36, "Call History with Unit Status and Narrative - 09/08/2025 through 09/12/2025 - 555-0150",
               "Helvetica", 9)]
    path = d / "corliss-valley-call-history-2025-09-08-12.pdf"
    draw_pages(path, landscape(letter), pages, header, "CVRDC call history, all agencies", fsize=7.5, lh=9.6)
    return agency, [entry(path, agency, "CAD call history (five days)", "table with header", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Landscape table `CALL # | RECEIVED / UNIT | CALL TYPE | ADDRESS | ST | DISPOSITION`; each "
                          "call row is followed by unit rows (`DSP .. ENR .. ARV .. AVL .. STAT 10-8`) and `NARR:` "
                          "rows; case numbers `CVPD25-NNNNN` and citations `UTNNNNNNN` in narrative rows, `PRIOR CALL "
                          "SAME ADDR CV25-NNNNNN` cites another call of the log. Trap: rows are not kept together, so "
                          "a call runs over a page break and the next page opens with `CV25-NNNNNN (cont'd)` under the "
                          "header: that is the previous call continued, not a new one. ST=CAN calls are records. "
                          "Ends `TOTAL CALLS: N   CANCELLED (ST=CAN): C`.",
                          "call rows counted by the generator")]


# 5 --------------------------------------------------------- Marrow County, IA: labelled blocks, prior incident
def marrow(d, r):
    agency = "Marrow County Sheriff's Office, IA [invented]"
    recs = calls(r, 52, datetime.datetime(2025, 10, 1), 31, "MC25-{:05d}", 4400, "25-{:04d}", "IA{:06d}",
                 cancel=0.1)
    groups = []
    for x in recs:
        x["reported_at"] = x["t"].strftime("%m/%d/%Y %H:%M")
        x["type"] = x["type"].title()
        x["location"] = x["location"].title() + ", Rural " + r.choice(["Ostend", "Pell Twp", "Harwick"])
        x["disposition"] = x["disposition"].title()
        g = [[(36, f"Incident #: {x['case_number']}"), (300, f"Call Received: {x['reported_at']}")],
             [(36, f"Call Type: {x['type']}"), (300, f"Status: {'CANCELLED' if x['cancelled'] else 'CLOSED'}")],
             [(36, f"Address: {x['location']}")]]
        if r.random() < 0.3:
            prior = f"MC24-{r.randint(10000, 19999):05d}"
            x["rel"].append(("prior_incident", prior))
            g.append([(36, f"Prior Incident #: {prior}"), (300, "(reopened from prior year)")])
        g.append([(36, f"Case #: {x.get('case', '')}"), (300, f"Citation #: {x.get('cite', '')}")])
        g.append([(48, "Unit"), (100, "Dispatched"), (170, "Enroute"), (240, "Arrived"), (310, "Cleared")])
        for u, dd, e, a, c in x["units"]:
            g.append([(48, u), (100, hms(dd)), (170, hms(e)), (240, hms(a)), (310, hms(c))])
        if not x["units"]:
            g.append([(48, "-- no unit assigned --")])
        g.append([(36, "Remarks:")])
        for t, s in x["remarks"]:
            g.append([(48, f"{t:%m/%d %H:%M}  {s}")])
        for cc in x["cites"]:
            g.append([(48, f"ref {cc} same caller, CB {x['phone']}")])
        g.append([(36, f"Disposition: {x['disposition']}")])
        g.append([(36, "_" * 92)])
        groups.append(g)
    groups.append(["", f"Incidents printed: {len(recs)}"])
    pages = paginate(groups, 58)
    header = [(36, "MARROW COUNTY SHERIFF'S OFFICE [invented] - COMMUNICATIONS", "Helvetica-Bold", 11),
              (36, "Incident Detail Report - October 2025 - printed for records request - 555-0188", "Helvetica", 9)]
    path = d / "marrow-county-incident-detail-2025-10.pdf"
    draw_pages(path, letter, pages, header, "MCSO CAD IDR", font="Helvetica", fsize=8.5, lh=11)
    return agency, [entry(path, agency, "CAD incident detail report (month)", "labelled blocks", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Labelled blocks separated by a rule: `Incident #: MC25-NNNNN  Call Received: MM/DD/YYYY "
                          "HH:MM`, Call Type, Status (CLOSED/CANCELLED), Address, `Case #: 25-NNNN`, `Citation #: "
                          "IANNNNNN`, a unit-times grid and remarks. Trap: some blocks carry `Prior Incident #: "
                          "MC24-NNNNN (reopened from prior year)`, a number of the same shape as the record id (related, "
                          "kind prior_incident); `ref MC25-NNNNN` remarks cite another block. Ends `Incidents printed: N`.",
                          "blocks counted by the generator")]


AGENCIES = [("harlow-bay-ca-pd", 1, harlow), ("tollman-county-or-so", 2, tollman),
            ("ashby-falls-nh-pd", 3, ashby), ("corliss-valley-ut-dispatch", 4, corliss),
            ("marrow-county-ia-so", 5, marrow)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
