"""Generate a held-out set of snaked incident listings (blind_logs126).

Every layout prints its listing in side-by-side column groups to save paper: the groups are read
down the left group, then the next one to the right, then the next page; the column titles are
repeated over each group, and the last page's groups are of unequal length. Five layouts: a
two-group daily log with a CAD event number beside each case number; a three-group landscape
call listing with voided numbers printed among the calls; a two-group listing with two lines per
record, where a record may begin at the foot of one group and end, marked `(cont.)`, at the head of
the next; a two-group landscape campus crime log whose dispositions cite earlier report numbers of
the same shape; a three-group narrow call list with day headings and day counts inside the groups.
Every agency, place and record is invented. Output is deterministic: fixed seed, reportlab
invariant mode. Run:
    python tests/documents/blind_logs126/make_blind_logs126.py [OUT_DIR]
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
SEED = 20261226
FS = 6.5          # font size of the listing
CW = FS * 0.6     # Courier character width
LH = 8.4          # line height
TOP = 62          # distance from the top of the page to the group titles
TYPES = ["Alarm - burglary", "Theft", "Suspicious person", "Traffic crash", "Noise complaint", "Welfare check",
         "Domestic disturbance", "Vandalism", "Animal complaint", "Parking violation", "Trespass",
         "Assist other agency", "Found property", "Fraud", "Disorderly conduct", "Lockout - vehicle"]
DISPS = ["Report taken", "Unfounded", "Advised", "Arrest", "Gone on arrival", "Referred", "Cleared"]
STREETS = ["Birchwood Ave", "Quarry Rd", "Linden St", "Harrow Ln", "Mill Pond Rd", "Ostler Way", "Canal St",
           "Pennock Dr", "Ridge View Ct", "Tanner St", "Wexley Blvd", "Orchard Row"]


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
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def geometry(size, ngroups, margin=24, gutter=14):
    w, _ = size
    gw = (w - 2 * margin - (ngroups - 1) * gutter) / ngroups
    return [margin + i * (gw + gutter) for i in range(ngroups)], gw


def pick(items, ngroups, hi=45):
    """Lines per group: at least two pages, and a last page whose groups are of unequal length."""
    total = sum(len(x) for x in items)
    for pg in range(hi, 12, -1):
        rem = total % (ngroups * pg)
        if total > ngroups * pg and rem > pg + 2 and rem % pg > 2:
            return pg
    raise ValueError(total)


def snake(items, ngroups, per_group=None, split_ok=False, cont="(cont.) "):
    """items: list of lists of lines; fill group after group (snaked); returns pages of groups."""
    per_group = per_group or pick(items, ngroups)
    groups, cur = [], []
    for lines in items:
        lines = list(lines)
        if len(cur) + len(lines) > per_group and not split_ok:
            groups.append(cur)
            cur = []
        if len(cur) == per_group:
            groups.append(cur)
            cur = []
        while len(cur) + len(lines) > per_group:
            room = per_group - len(cur)
            cur += lines[:room]
            lines = lines[room:]
            lines[0] = cont + lines[0].lstrip()
            groups.append(cur)
            cur = []
        cur += lines
    groups.append(cur)
    return [groups[i:i + ngroups] for i in range(0, len(groups), ngroups)]


def draw(path, size, ngroups, pages, title_lines, col_title, footer):
    c = new_canvas(path, size)
    w, h = size
    xs, gw = geometry(size, ngroups)
    n = len(pages)
    for p, groups in enumerate(pages, 1):
        y = h - 28
        for text, font, s in title_lines:
            c.setFont(font, s)
            c.drawString(24, y, text)
            y -= s + 3
        for g, x in enumerate(xs):
            c.setFont("Courier-Bold", FS)
            c.drawString(x, h - TOP, col_title)
            c.setLineWidth(0.4)
            c.line(x, h - TOP - 2.5, x + gw, h - TOP - 2.5)
            if g:
                c.line(x - 7, h - TOP + 8, x - 7, 40)
            c.setFont("Courier", FS)
            for i, line in enumerate(groups[g] if g < len(groups) else []):
                c.drawString(x, h - TOP - LH * (i + 1) - 1, line)
        c.setFont("Helvetica", 6.5)
        c.drawString(24, 24, footer)
        c.drawRightString(w - 24, 24, f"Page {p} of {n}")
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related=True):
    samples = []
    for r in (recs[0], recs[len(recs) // 2], recs[-1]):
        samples.append({k: r["sample"][k] for k in ["case_number", "reported_at", "type", "location", "disposition"]
                        if k in r["sample"]})
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs126.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path),
        "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": len(recs), "case_numbers": [r["id"] for r in recs],
        "related_numbers": [{"record": r["id"], "kind": k, "number": num} for r in recs for k, num in r["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "generated with the PDF from the same record dicts; checked by "
                               "check_blind_logs126.py against pdftotext text read group by group",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------------------------------------
def wrenfield(d, r):
    out = []
    specs = [("wrenfield-daily-log-2025-10-14.pdf", datetime.datetime(2025, 10, 14), 88, 2504811),
             ("wrenfield-daily-log-2025-10-15.pdf", datetime.datetime(2025, 10, 15), 61, 2504899 + 3)]
    last = 0
    for fname, day, n, first in specs:
        recs, num = [], max(first, last + 2)
        cad = r.randint(20, 40)
        for dt in stamps(r, day, n, 1):
            num += r.choice([1, 1, 1, 2])
            cad += r.choice([1, 2, 3])
            rid, cid = f"25-{num % 100000:05d}", f"E{dt:%y%m%d}-{cad:04d}"
            typ, disp = r.choice(TYPES), r.choice(DISPS)
            line = f"{rid:<9}{dt:%m/%d %H:%M} {cid:<13}{typ:<21}{disp}"
            last = num
            recs.append({"id": rid, "rel": [("cad_event", cid)], "line": [line],
                         "sample": {"case_number": rid, "reported_at": f"{dt:%m/%d %H:%M}", "type": typ,
                                    "disposition": disp}})
        items = [x["line"] for x in recs]
        items[-1] = items[-1] + ["", f"Records listed: {n}"]
        pages = snake(items, 2)
        path = d / fname
        draw(path, letter, 2, pages, [("WRENFIELD POLICE DEPARTMENT - DAILY CASE LOG", "Helvetica-Bold", 10),
                                      (f"Log date {day:%m/%d/%Y}   Read each column down, then the next column",
                                       "Helvetica", 7)],
             f"{'CASE NO.':<9}{'DATE  TIME':<12}{'CAD EVENT':<13}{'NATURE':<21}DISPOSITION",
             "Wrenfield PD Records Unit, 410 Canal St, Wrenfield IA - 555-0143")
        out.append(entry(path, "Wrenfield Police Department, IA [invented]", "daily case log (snaked, two groups)",
                         "table with header", recs, ["case_number", "reported_at", "type", "disposition"],
                         "Portrait page with two side-by-side column groups, read down the left group then the "
                         "right; column titles repeated over each group; the last page's right group is short or "
                         "empty. A CAD event number (E + yymmdd-nnnn) stands beside every case number; it is not "
                         "the record id (related_numbers, kind cad_event). The total `Records listed: N` follows "
                         "the last record. Dates are MM/DD without a year.",
                         "every record generated and counted from the same list; page 1 left group counted in "
                         "pdftotext output of that group"))
    return out


# 2 ------------------------------------------------------------------------------------------------
def ossory(d, r):
    day = datetime.datetime(2025, 10, 20)
    n = 142
    recs, voids, items, num = [], [], [], 1180
    natures = ["ALARM", "THEFT", "SUSP VEH", "CRASH PD", "CRASH PI", "WELFARE", "DOMESTIC", "CATTLE OUT",
               "TRESPASS", "CIVIL", "ASSIST", "NOISE", "PROWLER", "FIRE ASSIST"]
    dcodes = ["RPT", "ADV", "UTL", "ARR", "GOA", "REF", "CIT"]
    for dt in stamps(r, day, n, 3):
        num += 1
        if r.random() < 0.06:
            vid = f"OC25-{num:05d}"
            voids.append(vid)
            items.append([f"{vid:<12}*** VOID - NUMBER NOT ISSUED ***"])
            num += 1
        rid = f"OC25-{num:05d}"
        nat, dc, beat = r.choice(natures), r.choice(dcodes), f"B{r.randint(1, 6)}"
        line = f"{rid:<12}{dt:%m/%d %H%M}  {beat:<4}{nat:<13}{dc}"
        items.append([line])
        recs.append({"id": rid, "rel": [], "sample": {"case_number": rid, "reported_at": f"{dt:%m/%d %H%M}",
                                                      "type": nat, "disposition": dc}})
    items[-1] = items[-1] + ["", f"Numbers issued: {n + len(voids)}", f"Voided: {len(voids)}",
                             f"Calls listed: {n}"]
    pages = snake(items, 3)
    path = d / "ossory-calls-for-service-2025-10-20-22.pdf"
    draw(path, landscape(letter), 3, pages,
         [("OSSORY COUNTY SHERIFF'S OFFICE    CALLS FOR SERVICE 10/20/2025 - 10/22/2025", "Courier-Bold", 9),
          ("Three columns per page: read down column 1, then 2, then 3.   Disp: RPT report  ADV advised  "
           "UTL unable to locate  ARR arrest  GOA gone on arrival  REF referred  CIT citation", "Courier", 6)],
         f"{'CALL NO.':<12}{'DATE HHMM':<12}{'BT':<4}{'NATURE':<13}DSP",
         "Ossory County Sheriff's Office, Dispatch, 22 Courthouse Sq., Ravel SD - 555-0121")
    return [entry(path, "Ossory County Sheriff's Office, SD [invented]", "calls for service (snaked, three groups)",
                  "table with header", recs, ["case_number", "reported_at", "beat", "type", "disposition"],
                  "Landscape page with three column groups read down then across; titles repeated over each "
                  f"group; the last page's groups are of unequal length. {len(voids)} numbers are printed as "
                  "`*** VOID - NUMBER NOT ISSUED ***`: they are not incidents and are not in case_numbers. The "
                  "trailer prints numbers issued, voided, and calls listed (= record_count). Dates MM/DD "
                  "without a year, time HHMM.",
                  f"every record generated; voided lines: {', '.join(voids)}")], voids


# 3 ------------------------------------------------------------------------------------------------
def maddox(d, r):
    out = []
    specs = [("maddox-creek-incident-listing-2025-10-01-15.pdf", datetime.datetime(2025, 10, 1), 54, 3312),
             ("maddox-creek-incident-listing-2025-10-16-31.pdf", datetime.datetime(2025, 10, 16), 67, 3371)]
    last = 0
    for fname, first_day, n, num in specs:
        recs, num = [], max(num, last + 3)
        for dt in stamps(r, first_day, n, 15):
            num += r.choice([1, 1, 2])
            rid, last = f"MC2025-{num:05d}", num
            typ, disp = r.choice(TYPES), r.choice(DISPS)
            loc = f"{r.randint(100, 2999)} {r.choice(STREETS)}"
            l1 = f"{rid:<15}{dt:%m/%d/%Y %H:%M}   {typ}"
            l2 = f"{'':<15}{loc:<28}{disp}"
            recs.append({"id": rid, "rel": [], "line": [l1, l2],
                         "sample": {"case_number": rid, "reported_at": f"{dt:%m/%d/%Y %H:%M}", "type": typ,
                                    "location": loc, "disposition": disp}})
        items = [x["line"] for x in recs]
        items[-1] = items[-1] + ["", f"Total incidents: {n}"]
        pages = snake(items, 2, split_ok=True)
        path = d / fname
        draw(path, letter, 2, pages, [("Town of Maddox Creek Police Department", "Helvetica-Bold", 10),
                                      (f"Incident Listing {first_day:%B %d} - {first_day.day + (14 if first_day.day == 1 else 15)}, 2025",
                                       "Helvetica", 8)],
             f"{'INCIDENT #':<15}{'REPORTED':<19}NATURE / LOCATION, DISPOSITION",
             "Maddox Creek PD, 18 Tanner St, Maddox Creek NC 27000 - 555-0187 - two columns per page")
        out.append(entry(path, "Town of Maddox Creek Police Department, NC [invented]",
                         "incident listing (snaked, two groups, two lines per record)", "table with header", recs,
                         ["case_number", "reported_at", "type", "location", "disposition"],
                         "Portrait page with two column groups, each record on two lines (id, date, nature; then "
                         "location and disposition). Groups are filled line by line, so a record may start on the "
                         "last line of a group and end on the first line of the next group (or the next page), "
                         "that line beginning `(cont.)`. Column titles repeated over each group; the last page's "
                         "groups are unequal. Total printed after the last record.",
                         "every record generated; page 1 counted group by group"))
    return out


# 4 ------------------------------------------------------------------------------------------------
def halvard(d, r):
    n = 96
    first = datetime.datetime(2025, 10, 1)
    recs, num = [], 811
    classes = ["Larceny - bicycle", "Larceny - laptop", "Liquor law viol.", "Drug law violation",
               "Burglary-res. hall", "Vandalism", "Harassment", "Fondling", "Motor vehicle theft",
               "Simple assault", "Trespass", "Stalking", "Aggravated assault", "Fire - trash can"]
    places = ["Corliss Hall", "Abernathy Library", "Lot 7", "Vance Student Ctr", "Hewitt Hall",
              "Fieldhouse", "Pruitt Apts", "Science Quad", "Orr Dining Hall", "Lot 12", "Tennant Hall"]
    for dt in stamps(r, first, n, 31):
        num += r.choice([1, 1, 2])
        rid = f"25-{num:04d}"
        occ = dt - datetime.timedelta(minutes=r.choice([0, 15, 40, 120, 600, 1500]))
        cls, plc = r.choice(classes), r.choice(places)
        rel = []
        if r.random() < 0.18:
            cited = f"25-{r.randint(120, 790):04d}"
            disp = f"Closed, see {cited}"
            rel.append(("earlier_report", cited))
        else:
            disp = r.choice(["Open", "Closed", "Referred - Conduct", "Arrest", "Unfounded", "Inactive"])
        line = f"{rid:<8}{dt:%m/%d/%y %H%M} {occ:%m/%d/%y %H%M} {cls:<20}{plc:<18}{disp}"
        recs.append({"id": rid, "rel": rel, "sample": {"case_number": rid, "reported_at": f"{dt:%m/%d/%y %H%M}",
                                                     "type": cls, "location": plc, "disposition": disp}, "line": [line]})
    items = [x["line"] for x in recs]
    items[-1] = items[-1] + ["", f"Entries: {n}"]
    pages = snake(items, 2)
    path = d / "halvard-daily-crime-log-2025-10.pdf"
    draw(path, landscape(letter), 2, pages,
         [("HALVARD UNIVERSITY DEPARTMENT OF PUBLIC SAFETY - DAILY CRIME LOG, OCTOBER 2025", "Helvetica-Bold", 9),
          ("Printed two entries to a line: read the left half down, then the right half.", "Helvetica", 7)],
         f"{'REPORT':<8}{'REPORTED':<14}{'OCCURRED':<14}{'CLASSIFICATION':<20}{'LOCATION':<18}DISPOSITION",
         "Halvard University DPS, 1 Commons Walk, Halvard - 555-0166")
    return [entry(path, "Halvard University Department of Public Safety [invented]",
                  "monthly daily crime log (snaked, two groups)", "table with header", recs,
                  ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"],
                  "Landscape page with two column groups, two entries to a printed line; titles repeated over "
                  "each group; the last page's right group is short. Some dispositions read `Closed, see "
                  "25-NNNN`, citing an earlier report number of the same shape that is not a record of this "
                  "log (related_numbers, kind earlier_report). Reported and occurred are MM/DD/YY HHMM.",
                  "every record generated; page 1 counted")]


# 5 ------------------------------------------------------------------------------------------------
def tillery(d, r):
    out = []
    specs = [("tillery-ferry-call-sheet-2025-10-20-22.pdf", datetime.datetime(2025, 10, 20), 118, 6120),
             ("tillery-ferry-call-sheet-2025-10-23-26.pdf", datetime.datetime(2025, 10, 23), 131, 6250)]
    kinds = ["ALARM", "MV STOP", "THEFT", "SUSP", "WELFARE", "PARKING", "ANIMAL", "911 HANGUP", "DISTURB",
             "ASSIST FD", "LOCKOUT", "NOISE", "FOUND PROP"]
    last = 0
    for (fname, first, n, num), ndays in zip(specs, [3, 4]):
        recs, items, num = [], [], max(num, last + 1)
        stamps_ = stamps(r, first, n, ndays)
        by_day = {}
        for dt in stamps_:
            by_day.setdefault(dt.date(), []).append(dt)
        for day, dts in by_day.items():
            items.append([f"-- {day:%a}".upper() + f" {day:%m/%d/%Y} --"])
            for dt in dts:
                num += r.choice([1, 1, 1, 2])
                rid, last = f"25-{num:05d}", num
                k, disp = r.choice(kinds), r.choice(["CLR", "RPT", "ADV", "ARR", "GOA"])
                line = f"{rid:<10}{dt:%H:%M} {k:<12}{disp}"
                items.append([line])
                recs.append({"id": rid, "rel": [], "sample": {"case_number": rid,
                                                             "reported_at": f"{dt:%m/%d/%Y %H:%M}",
                                                             "type": k, "disposition": disp}})
            items.append([f"   calls this day: {len(dts)}"])
        items[-1] = items[-1] + ["", f"TOTAL CALLS: {n}"]
        pages = snake(items, 3)
        path = d / fname
        draw(path, letter, 3, pages, [("TILLERY FERRY POLICE DEPT.  DISPATCH CALL SHEET", "Courier-Bold", 9),
                                      (f"{first:%m/%d/%Y} to {stamps_[-1]:%m/%d/%Y}   (3 columns - read down)",
                                       "Courier", 7)],
             f"{'CALL #':<10}{'TIME':<6}{'TYPE':<12}DSP",
             "Tillery Ferry PD, 5 Ferry Landing, Tillery Ferry ME - 555-0132")
        out.append(entry(path, "Tillery Ferry Police Department, ME [invented]",
                         "dispatch call sheet (snaked, three groups)", "table with header", recs,
                         ["case_number", "reported_at", "type", "disposition"],
                         "Portrait page with three narrow column groups read down then across; titles repeated "
                         "over each group; the last page's groups are unequal. Rows print only the time: the "
                         "date comes from the `-- DAY MM/DD/YYYY --` heading above them, which may stand in an "
                         "earlier group or page. After each day a `calls this day: N` line (not a record). "
                         "sample reported_at joins the heading date and the row time.",
                         "every record generated; per-day counts printed and checked"))
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for i, (folder, fn) in enumerate([("wrenfield-ia-pd", wrenfield), ("ossory-county-sd-so", ossory),
                                      ("maddox-creek-nc-pd", maddox), ("halvard-university-dps", halvard),
                                      ("tillery-ferry-me-pd", tillery)]):
        r = random.Random(SEED + i)
        d = OUT / folder
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, r)
        if isinstance(gt, tuple):
            gt = gt[0]
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
