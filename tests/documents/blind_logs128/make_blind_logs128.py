"""Generate a held-out set of sheriff's contract-policing logs (blind_logs128).

Each PDF covers several contract cities and unincorporated areas of one county sheriff: a section
per city, one county case-number series running across all sections (so numbers jump inside a
section and restart lower in the next one), city subtotals and a grand total, and a cross-reference
index by city or beat at the end that prints every case number a second time.

Five layouts: a landscape table whose first column is a CAD event number; labelled blocks that run
over page breaks, with a page-number index; a free-text weekly summary to the city councils with
non-incident paragraphs and earlier cases cited; numbered paragraphs restarting per section, where
a boundary call is cross-listed under a second section as a numbered item that is not a record; a
line-printer report with two-line records whose reporting-district index repeats each record's
first line. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs128/make_blind_logs128.py [OUT_DIR]
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
SEED = 20261228
TYPES = ["Burglary - residential", "Theft from vehicle", "Domestic disturbance", "Suspicious person",
         "Vandalism", "Welfare check", "Traffic collision - injury", "Traffic collision - non-injury",
         "Trespass", "Stolen vehicle", "Noise complaint", "Assault - simple", "Fraud - identity theft",
         "Shoplifting", "Found property", "Civil standby", "DUI arrest", "Animal complaint",
         "Burglary - commercial", "Harassment"]
DISPS = ["Report taken", "Arrest - booked", "Cited and released", "Unfounded", "Referred to detectives",
         "Gone on arrival", "Advised", "Handled by deputy", "Referred to city code enforcement"]
STREETS = ["Alder St", "Canyon View Dr", "Fenn Rd", "Orchard Ln", "Main St", "Railroad Ave", "2nd Ave",
           "Juniper Ct", "Mill Creek Rd", "Ridge Loop", "Cottonwood Dr", "Depot St", "Bluff Rd", "Pine Ave",
           "Hwy 40", "Sage Hen Way", "Meadow Ln", "Ash St", "Quarry Rd", "Lakeview Blvd"]


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
    pages, cur = [], list(head_lines)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head_lines):
            pages.append(cur)
            cur = list(head_lines)
        cur += g
    pages.append(cur)
    return pages


def wrap(text, width):
    chunks, cur = [], ""
    for wd in text.split():
        if cur and len(cur) + len(wd) + 1 > width:
            chunks.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd).strip()
    chunks.append(cur)
    return chunks


def make_records(r, first, n, ndays, sections, num0, fmt, tfmt, weights=None):
    """n records over ndays, each given a section; one county series numbered in time order (with
    gaps for numbers drawn by other county units). Returns records grouped in section order."""
    recs, num = [], num0
    for t in stamps(r, first, n, ndays):
        num += r.randint(1, 7)
        sec = r.choices(sections, weights=weights)[0] if weights else r.choice(sections)
        recs.append({"case_number": fmt(num), "num": num, "reported_at": t.strftime(tfmt), "t": t,
                     "section": sec["name"], "beat": r.choice(sec["beats"]),
                     "type": r.choice(TYPES), "disposition": r.choice(DISPS),
                     "location": f"{r.randint(1, 48) * 100} blk {r.choice(STREETS)}", "rel": []})
        if recs[-1]["type"] == "DUI arrest":  # a DUI arrest is booked whatever the draw
            recs[-1]["disposition"] = "Arrest - booked"
    return [x for s in sections for x in recs if x["section"] == s["name"]], num


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, sample_fix=None):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {"case_number": recs[i]["case_number"]}
        s.update({k: recs[i][k] for k in fields if k in recs[i]})
        if sample_fix:
            s = sample_fix(s)
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs128.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": num} for x in recs for k, num in x["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs128.py) from the records it drew; "
                               "checked by check_blind_logs128.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Orlan County, WA: CAD column first
def orlan(d, r):
    agency = "Orlan County Sheriff's Office, WA [invented]"
    secs = [{"name": "CITY OF BRASWELL", "beats": ["B21", "B22"], "contract": "OC-2019-04, 3.0 FTE"},
            {"name": "CITY OF TULLEY FLATS", "beats": ["T31"], "contract": "OC-2021-11, 1.5 FTE"},
            {"name": "TOWN OF OSKEN", "beats": ["K41"], "contract": "OC-2017-02, 1.0 FTE"},
            {"name": "UNINCORPORATED - NORTH PRECINCT", "beats": ["N11", "N12", "N13"], "contract": "county patrol"}]
    recs, _ = make_records(r, datetime.datetime(2025, 11, 1), 112, 30, secs, 14180,
                           lambda k: f"25-{k:06d}", "%m/%d/%Y %H:%M", [3, 2, 1, 4])
    for x in recs:
        x["cad"] = f"E{x['t'].strftime('%y%m%d')}-{r.randint(1, 9):01d}{r.randint(0, 999):03d}"
        x["rel"].append(("cad_event", x["cad"]))
    head = [f"{'CAD Event':<14}{'Case No.':<12}{'Reported':<18}{'Beat':<6}{'Call Type':<31}{'Location':<26}Disposition",
            "-" * 134]
    groups = []
    for s in secs:
        rows = [x for x in recs if x["section"] == s["name"]]
        groups.append(["", f"CONTRACT AREA: {s['name']}   ({s['contract']})"])
        for x in rows:
            groups.append([f"{x['cad']:<14}{x['case_number']:<12}{x['reported_at']:<18}{x['beat']:<6}"
                           f"{x['type']:<31}{x['location']:<26}{x['disposition']}"])
        groups.append([f"{'':<26}Subtotal {s['name']}: {len(rows)} cases"])
    groups.append(["", f"GRAND TOTAL ALL CONTRACT AREAS: {len(recs)} cases"])
    idx = [["", "CROSS-REFERENCE INDEX BY BEAT"]]
    for s in secs:
        for b in s["beats"]:
            nums = [x["case_number"] for x in recs if x["beat"] == b]
            g = [f"Beat {b} ({s['name']}) - {len(nums)} cases:"]
            for i in range(0, len(nums), 9):
                g.append("      " + "  ".join(nums[i:i + 9]))
            idx.append(g)
    pages = paginate(groups, 42, head) + paginate(idx, 42)
    header = [(36, "ORLAN COUNTY SHERIFF'S OFFICE [invented] - CONTRACT SERVICES DIVISION", "Helvetica-Bold", 11),
              (36, "Monthly Contract Policing Case Log  11/01/2025 - 11/30/2025   Records Unit 555-0132",
               "Helvetica", 9)]
    path = d / "orlan-contract-case-log-2025-11.pdf"
    draw_pages(path, landscape(letter), pages, header, "CSD-MCL-2  one county case series for all contract areas",
               fsize=7.2, lh=10)
    return agency, [entry(path, agency, "monthly contract-policing case log (four areas)", "table with header", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Landscape table, header repeated per page, one section per contract area "
                          "(`CONTRACT AREA: CITY OF BRASWELL (OC-2019-04, 3.0 FTE)`) ending with `Subtotal <area>: N "
                          "cases`; one county case series `25-NNNNNN` across all sections, so the numbers restart lower "
                          "at each new section. The FIRST column is the CAD event number `EYYMMDD-NNNN` (related, not "
                          "the record id); the case number is the second column. `GRAND TOTAL ALL CONTRACT AREAS: N "
                          "cases`, then a `CROSS-REFERENCE INDEX BY BEAT` on its own page(s) that prints every case "
                          "number again, nine to a line under `Beat B21 (CITY OF BRASWELL) - N cases:`; those lines are "
                          "not records.",
                          "rows counted by the generator; subtotals and grand total printed from the same count")]


# 2 ------------------------------------------------------------------ Kessle County, OR: blocks over pages
def kessle(d, r):
    agency = "Kessle County Sheriff's Office, OR [invented]"
    secs = [{"name": "CITY OF DUNMORE", "beats": ["D1", "D2"], "code": "DUN"},
            {"name": "CITY OF HARLAN SPRINGS", "beats": ["H1"], "code": "HSP"},
            {"name": "UNINCORPORATED - RIVER DISTRICT", "beats": ["R1", "R2"], "code": None}]
    gt, num = [], 4380
    for fname, month, n in [("kessle-contract-incidents-2025-10.pdf", 10, 48),
                            ("kessle-contract-incidents-2025-11.pdf", 11, 57)]:
        first_num = num
        recs, num = make_records(r, datetime.datetime(2025, month, 1), n, 30, secs, num,
                                 lambda k: f"KC25-{k:05d}", "%m/%d/%Y %H:%M")
        lines, start_line = [], {}
        for s in secs:
            rows = [x for x in recs if x["section"] == s["name"]]
            lines += ["", f"=== {s['name']} ===", ""]
            for x in rows:
                start_line[x["case_number"]] = len(lines)
                extra = []
                if r.random() < 0.25:
                    p = f"KC25-{r.randint(first_num - 900, first_num - 1):05d}"
                    x["rel"].append(("prior_case", p))
                    extra.append(f"Prior case: {p}")
                if s["code"] and r.random() < 0.3:
                    c = f"{s['code']}-25-{r.randint(100, 999):04d}"
                    x["rel"].append(("city_reference", c))
                    extra.append(f"City ref.: {c}")
                lines += [[(36, f"Case Number: {x['case_number']}"), (300, f"Reported: {x['reported_at']}")],
                          [(36, f"Incident: {x['type']}")],
                          [(36, f"Location: {x['location']}"), (300, f"Zone: {x['beat']}")],
                          [(36, f"Deputy: #{r.randint(101, 499)}"), (300, "   ".join(extra))],
                          [(36, f"Disposition: {x['disposition']}")], ""]
            lines.append([(36, f"{s['name']} - incidents this section: {len(rows)}")])
        lines += ["", [(36, f"ALL CONTRACT AREAS - incidents this report: {len(recs)}")]]
        per = 54
        body = [lines[i:i + per] for i in range(0, len(lines), per)]
        idx = ["INDEX BY CITY (case number - page)"]
        for s in secs:
            idx += ["", s["name"]]
            for x in recs:
                if x["section"] == s["name"]:
                    idx.append([(60, x["case_number"]), (160, f"page {start_line[x['case_number']] // per + 1}")])
        pages = body + [idx[i:i + per] for i in range(0, len(idx), per)]
        header = [(36, "KESSLE COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 11),
                  (36, f"Contract Cities Incident Report - {datetime.date(2025, month, 1).strftime('%B %Y')} - "
                       "Records 555-0171", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "Kessle County SO - contract law enforcement services",
                   font="Helvetica", fsize=8.5, lh=11)
        gt.append(entry(path, agency, "monthly contract-cities incident report", "labelled blocks", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Labelled blocks (`Case Number:` / `Reported:`, `Incident:`, `Location:` / `Zone:`, `Deputy:`, "
                        "`Disposition:`) under `=== CITY OF DUNMORE ===` section headings; the page is cut every 54 "
                        "lines whatever the content, so blocks run over page breaks (the page footer and next page "
                        "header fall inside the block). Case numbers `KC25-NNNNN` are one county series across "
                        "sections. Some blocks carry `Prior case: KC25-NNNNN` (an earlier case, not in this report) "
                        "and `City ref.: DUN-25-NNNN` (city code enforcement number): related. Each section ends "
                        "`<area> - incidents this section: N`, then `ALL CONTRACT AREAS - incidents this report: N`, "
                        "then `INDEX BY CITY (case number - page)` listing every case number again with the page "
                        "its block starts on; index lines are not records.",
                        "blocks counted by the generator; the index page numbers computed from the same pagination"))
    return agency, gt


# 3 ------------------------------------------------------------------ Varro County, CA: council summary
SENT = ["Deputies spoke with the reporting party and checked the area.",
        "The reporting party was provided a case card.",
        "A neighbor's doorbell camera footage was requested.",
        "No suspect information was available at the time.",
        "The involved parties were separated and interviewed.",
        "City public works was notified of the damage."]
DSENT = {"Report taken": "A report was taken.", "Arrest - booked": "One adult was arrested and booked.",
         "Cited and released": "One adult was cited and released.", "Unfounded": "The call was unfounded.",
         "Referred to detectives": "The case was referred to detectives.",
         "Gone on arrival": "The subject was gone on arrival.", "Advised": "The parties were advised.",
         "Handled by deputy": "The matter was handled by the deputy.",
         "Referred to city code enforcement": "The matter was referred to city code enforcement."}


def varro(d, r):
    agency = "Varro County Sheriff's Department, CA [invented]"
    secs = [{"name": "Contract City of Lindqvist", "short": "Lindqvist", "beats": ["3", "4"]},
            {"name": "Contract City of Perro Mesa", "short": "Perro Mesa", "beats": ["7"]},
            {"name": "Unincorporated Varro Valley", "short": "Varro Valley", "beats": ["9", "10", "11"]}]
    recs, _ = make_records(r, datetime.datetime(2025, 11, 3), 74, 14, secs, 11200,
                           lambda k: f"S25-{k:05d}", "%m/%d/%Y %H%M")
    lines = []
    for s in secs:
        rows = [x for x in recs if x["section"] == s["name"]]
        lines += ["", [(36, s["name"].upper())], ""]
        for i, x in enumerate(rows):
            date, hm = x["reported_at"].split()
            x["disposition"] = DSENT[x["disposition"]]
            x["type"] = x["type"].lower()
            text = (f"On {date} at {hm} (case {x['case_number']}), deputies responded to the {x['location']} "
                    f"(Beat {x['beat']}) regarding {x['type']}. {r.choice(SENT)}")
            if r.random() < 0.2:
                p = f"S25-{r.randint(10300, 11150):05d}"
                x["rel"].append(("earlier_case", p))
                text += f" The incident appears related to case {p} from last month."
            text += f" {x['disposition']}"
            lines += [[(36, c)] for c in wrap(text, 105)] + [""]
            if i == len(rows) // 2:
                note = (f"Patrol notes: deputies assigned to {s['short']} completed {r.randint(20, 60)} business "
                        f"checks, {r.randint(2, 9)} school walk-throughs and {r.randint(5, 30)} traffic stops "
                        f"during the period; {r.randint(100, 300)} calls for service were dispatched in the area.")
                lines += [[(36, c)] for c in wrap(note, 105)] + [""]
        lines.append([(36, f"{s['short']} incidents summarized: {len(rows)}")])
    lines += ["", [(36, f"Incidents summarized, all contract areas: {len(recs)}")], "",
              [(36, "CROSS-REFERENCE BY BEAT")]]
    for s in secs:
        for b in s["beats"]:
            nums = [x["case_number"] for x in recs if x["beat"] == b]
            lines += [[(36, c)] for c in wrap(f"Beat {b} ({s['short']}): " + ", ".join(nums), 105)]
    pages = [lines[i:i + 58] for i in range(0, len(lines), 58)]
    header = [(36, "VARRO COUNTY SHERIFF'S DEPARTMENT [invented] - CONTRACT LAW ENFORCEMENT", "Helvetica-Bold", 11),
              (36, "Biweekly Incident Summary for City Councils, 11/03/2025 - 11/16/2025 - Public Information 555-0109",
               "Helvetica", 9)]
    path = d / "varro-council-incident-summary-2025-11-03-16.pdf"
    draw_pages(path, letter, pages, header, "Prepared for the Lindqvist and Perro Mesa city councils",
               font="Helvetica", fsize=8.5, lh=11)
    return agency, [entry(path, agency, "biweekly incident summary to contract city councils", "free text", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Prose paragraphs under upper-case area headings; each incident paragraph opens `On "
                          "MM/DD/YYYY at HHMM (case S25-NNNNN), deputies responded to the <location> (Beat N) "
                          "regarding <type>.` and ends with a disposition sentence. reported_at is printed as "
                          "`MM/DD/YYYY HHMM` split by the word `at`. One `Patrol notes:` paragraph per area is not an "
                          "incident (business checks, traffic stops, calls for service counts). Some paragraphs cite "
                          "`case S25-NNNNN from last month` (related, not in this summary). Each area ends "
                          "`<area> incidents summarized: N`, then `Incidents summarized, all contract areas: N` and a "
                          "`CROSS-REFERENCE BY BEAT` repeating every case number.",
                          "incident paragraphs counted by the generator",
                          sample_fix=lambda s: s)]


# 4 ------------------------------------------------------------------ Tamber County, ID: numbered items
def tamber(d, r):
    agency = "Tamber County Sheriff's Office, ID [invented]"
    secs = [{"name": "CITY OF HADLEY", "roman": "I", "beats": ["H1", "H2"]},
            {"name": "CITY OF MARSH CREEK", "roman": "II", "beats": ["M1"]},
            {"name": "CITY OF ELBOW", "roman": "III", "beats": ["E1"]},
            {"name": "UNINCORPORATED TAMBER COUNTY", "roman": "IV", "beats": ["U1", "U2"]}]
    recs, _ = make_records(r, datetime.datetime(2025, 11, 1), 66, 30, secs, 4400,
                           lambda k: f"25-{k:05d}", "%m/%d/%Y %H:%M", [3, 2, 2, 3])
    # boundary calls: cross-listed as an extra numbered item in a neighbouring section
    cross = {}
    for x in r.sample(recs, 6):
        other = r.choice([s for s in secs if s["name"] != x["section"]])
        cross.setdefault(other["name"], []).append(x)
    items_of, item = {}, {}
    for s in secs:
        items = [(x["t"], "rec", x) for x in recs if x["section"] == s["name"]]
        items += [(x["t"], "cross", x) for x in cross.get(s["name"], [])]
        items.sort(key=lambda z: z[0])
        items_of[s["name"]] = items
        for k, (_, kind, x) in enumerate(items, 1):
            if kind == "rec":
                item[x["case_number"]] = (s, k)
    lines = []
    for s in secs:
        rows = [x for x in recs if x["section"] == s["name"]]
        lines += ["", [(36, f"{s['roman']}. {s['name']}")], ""]
        for k, (_, kind, x) in enumerate(items_of[s["name"]], 1):
            if kind == "rec":
                text = (f"Case {x['case_number']} - {x['reported_at']} - {x['type']} - {x['location']} "
                        f"(beat {x['beat']}). Deputy #{r.randint(10, 60)} responded.")
                if x["disposition"] == "Arrest - booked":
                    b = f"TCJ-{r.randint(25000, 25999)}"
                    x["rel"].append(("jail_booking", b))
                    text += f" Booking no. {b}."
                text += f" Disposition: {x['disposition']}."
            else:
                os_, oi = item[x["case_number"]]
                text = (f"Case {x['case_number']} - see {os_['roman']}. {os_['name'].title().replace(' Of ', ' of ')}, item {oi} "
                        f"(boundary call, counted there).")
            ch = wrap(text, 96)
            lines.append([(36, f"{k}."), (56, ch[0])])
            lines += [[(56, c)] for c in ch[1:]]
        nc = len(cross.get(s["name"], []))
        lines.append([(36, f"Section {s['roman']} total: {len(rows)} incidents"
                           + (f" ({nc} cross-listed boundary call{'s' if nc > 1 else ''} not counted)" if nc else ""))])
    lines += ["", [(36, f"TOTAL INCIDENTS, ALL SECTIONS: {len(recs)}")], "", [(36, "INDEX BY BEAT")]]
    for s in secs:
        for b in s["beats"]:
            ent = [f"{x['case_number']} ({s['roman']}-{item[x['case_number']][1]})" for x in recs if x["beat"] == b]
            lines += [[(36, c)] for c in wrap(f"Beat {b}: " + "; ".join(ent), 100)]
    pages = [lines[i:i + 58] for i in range(0, len(lines), 58)]
    header = [(36, "TAMBER COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 11),
              (36, "Contract Law Enforcement Report - November 2025 - Administrative Sergeant 555-0155",
               "Helvetica", 9)]
    path = d / "tamber-contract-le-report-2025-11.pdf"
    draw_pages(path, letter, pages, header, "Report to the cities of Hadley, Marsh Creek and Elbow",
               font="Helvetica", fsize=8.5, lh=11)
    return agency, [entry(path, agency, "monthly contract law enforcement report (numbered items)",
                          "numbered paragraphs", recs, ["reported_at", "type", "location", "disposition"],
                          "Sections `I. CITY OF HADLEY` ... `IV. UNINCORPORATED TAMBER COUNTY`; items numbered 1, 2, 3 "
                          "restarting in each section, each `Case 25-NNNNN - MM/DD/YYYY HH:MM - <type> - <location> "
                          "(beat X). ... Disposition: <disp>.`, wrapped under the text. Six boundary calls are also "
                          "printed as a numbered item in a second section, `Case 25-NNNNN - see I. City Of Hadley, "
                          "item 7 (boundary call, counted there).`: a repeated number, not a record. `Section II "
                          "total: N incidents (K cross-listed boundary calls not counted)`, `TOTAL INCIDENTS, ALL "
                          "SECTIONS: N`, then `INDEX BY BEAT` with every case number again and its section-item. "
                          "Jail booking numbers `TCJ-NNNNN` are related.",
                          "items counted by the generator, cross-listings excluded")]


# 5 ------------------------------------------------------------------ Brannock County, NV: line printer
def brannock(d, r):
    agency = "Brannock County Sheriff's Office, NV [invented]"
    secs = [{"name": "CITY OF SALT WELLS", "area": "07", "pd": "SWPD", "beats": ["RD0711", "RD0712"]},
            {"name": "CITY OF CARRICK", "area": "09", "pd": "CRPD", "beats": ["RD0921"]},
            {"name": "UNINC - EAST VALLEY", "area": "12", "beats": ["RD1231", "RD1232", "RD1233"]},
            {"name": "UNINC - PIUTE SPRINGS", "area": "14", "beats": ["RD1441"]}]
    gt, num = [], 4310
    for fname, first, n, label in [("brannock-contract-area-report-2025-11a.pdf", 1, 61, "11/01/25 THRU 11/15/25"),
                                   ("brannock-contract-area-report-2025-11b.pdf", 16, 88, "11/16/25 THRU 11/30/25")]:
        recs, num = make_records(r, datetime.datetime(2025, 11, first), n, 15, secs, num,
                                 lambda k: f"B25-{k:06d}", "%m/%d/%y %H%M", [2, 1, 3, 1])
        for x in recs:
            x["type"] = x["type"].upper()
            x["location"] = x["location"].upper()
            x["disposition"] = x["disposition"].upper()
            x["ucr"] = f"{r.randint(100, 999)}"
        groups = []
        for s in secs:
            rows = [x for x in recs if x["section"] == s["name"]]
            groups.append(["", f"CONTRACT AREA {s['area']}  {s['name']}"])
            for x in rows:
                l2 = f"{'':<12}LOC: {x['location']:<36}DISP: {x['disposition']}"
                if s.get("pd") and r.random() < 0.25:
                    o = f"{s['pd']}-25-{r.randint(1000, 9999)}"
                    x["rel"].append(("city_pd_number", o))
                    l2 += f"  ORIG {o}"
                groups.append([f"{x['case_number']:<12}{x['reported_at']:<15}{x['beat']:<8}UCR {x['ucr']:<6}{x['type']}",
                               l2])
            groups.append([f"{'':<30}** AREA {s['area']} TOTAL{'':<10}{len(rows):04d}"])
        groups.append(["", f"{'':<30}*** GRAND TOTAL ALL AREAS{'':<6}{len(recs):04d}"])
        idx = [["", "INDEX BY REPORTING DISTRICT"]]
        for s in secs:
            for b in s["beats"]:
                rows = [x for x in recs if x["beat"] == b]
                idx.append(["", f"{b}  AREA {s['area']}  {len(rows):04d} CASES"])
                idx += [[f"{x['case_number']:<12}{x['reported_at']:<15}{x['type'][:28]:<30}AREA {s['area']}"]
                        for x in rows]
        head = [f"{'CASE NO':<12}{'RPTD':<15}{'RD':<8}{'UCR':<10}NATURE",
                f"{'':<12}LOCATION{'':<33}DISPOSITION", "=" * 110]
        pages = paginate(groups, 60, head) + paginate(idx, 60)
        header = [(36, f"BRANNOCK CO SHERIFF [invented]   RPT SO-CA-330   CONTRACT AREA ACTIVITY   {label}",
                   "Courier-Bold", 9),
                  (36, "RUN 12/01/25 0412   RECORDS 555-0190", "Courier", 8)]
        path = d / fname
        draw_pages(path, letter, pages, header, "SO-CA-330", fsize=7.0, lh=9.6)
        gt.append(entry(path, agency, "contract area activity report (line printer, half month)",
                        "table with header", recs, ["reported_at", "type", "location", "disposition"],
                        "All-caps fixed-width report, two lines per record: `B25-NNNNNN MM/DD/YY HHMM RDnnnn UCR nnn "
                        "<NATURE>` then an indented `LOC: ... DISP: ...` line (sometimes `ORIG SWPD-25-NNNN`, a city "
                        "police number: related). `CONTRACT AREA 07 CITY OF SALT WELLS` sections with `** AREA 07 "
                        "TOTAL 0019`, `*** GRAND TOTAL ALL AREAS 0061`. Then `INDEX BY REPORTING DISTRICT`: under "
                        "each `RD0711 AREA 07 0008 CASES` heading one line per case that starts exactly like a record's "
                        "first line (case number, date, time, nature, area) - every case printed twice, once as a "
                        "record and once in the index. The UCR code and RD are not ids.",
                        "records counted by the generator; area totals and grand total from the same count"))
    return agency, gt


AGENCIES = [("orlan-county-wa-so", 1, orlan), ("kessle-county-or-so", 2, kessle),
            ("varro-county-ca-sd", 3, varro), ("tamber-county-id-so", 4, tamber),
            ("brannock-county-nv-so", 5, brannock)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
