"""Generate a held-out set of regional task-force and mutual-aid incident logs (blind_logs121).

Five layouts: a narcotics task force case log (landscape table) whose lead agency can change, the
change printed as an unnumbered line under the row; mutual-aid request blocks whose assisting lines
carry other regions' MA numbers shaped like the request id; an auto-theft task force duty journal
(free text) where only `Case ... opened` entries are records, beside deconfliction checks and
updates citing earlier cases; a mutual-aid compact's numbered paragraphs with administrative
paragraphs in the same numbering and paragraphs running over page ends; a multi-agency matrix with
one row per agency, the incident number on the first row only and repeated `(cont.)` over a page end.
All agencies, places and numbers are invented; no person is named. Deterministic: fixed seed,
reportlab invariant mode. Run:
    python tests/documents/blind_logs121/make_blind_logs121.py [OUT_DIR]
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
SEED = 20261211
STREETS = ["Tamber Rd", "Olcott Ave", "Quill St", "Brannock Way", "Hesper Ln", "Vantry Blvd", "Corrin Dr",
           "Mossgate Rd", "Ellery St", "Pruitt Ave", "Sallow Ct", "Denholm Pkwy", "Fenwick Rd"]
TOWNS = ["Dorrit", "Kessel", "Orvale", "Linden Flats", "Harrow Bend", "Estova", "Marlo", "Tisbury"]


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


def addr(r):
    return f"{r.randint(1, 48) * 100} blk {r.choice(STREETS)}, {r.choice(TOWNS)}"


def draw_pages(path, size, pages, header, footer, font="Courier", fsize=8.0, lh=10.5):
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = h - 40
        for text, f, s in header:
            c.setFont(f, s)
            c.drawString(36, y, text)
            y -= s + 4
        y -= 6
        c.setFont(font, fsize)
        for line in lines:
            for x, text in ([(36, line)] if isinstance(line, str) else line):
                c.drawString(x, y, text)
            y -= lh
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 26, footer)
        c.drawRightString(w - 36, 26, f"Page {i} of {n}")
        c.showPage()
    c.save()


def paginate(groups, per_page, head=(), split=False, cont=None):
    """groups kept together unless split; cont(group) gives a line to print atop a continued group."""
    pages, cur = [], list(head)
    for g in groups:
        if not split:
            if len(cur) + len(g) > per_page and len(cur) > len(head):
                pages.append(cur)
                cur = list(head)
            cur += g
            continue
        for k, line in enumerate(g):
            if len(cur) >= per_page:
                pages.append(cur)
                cur = list(head)
                if cont and k:
                    cur.append(cont(g))
            cur.append(line)
    pages.append(cur)
    return pages


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}} for i in (0, n // 2, n - 1)]
    related = [{"record": x["case_number"], "kind": k, "number": num} for x in recs for k, num in x["rel"]]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs121.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [x["case_number"] for x in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs121.py) from the records it drew; "
                               "checked by check_blind_logs121.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 -------------------------------------------------- Tri-River narcotics task force: lead changes
LEADS1 = [("TRPD", lambda r: f"25-{r.randint(1000, 9999):06d}"), ("MCSO", lambda r: f"S25-{r.randint(10000, 39999)}"),
          ("ELPD", lambda r: f"2025-{r.randint(100, 999):05d}"), ("SSP", lambda r: f"T25-{r.randint(1000, 9999)}"),
          ("HVPD", lambda r: f"HV25-{r.randint(100, 999):04d}")]
TYPES1 = ["Controlled buy - fentanyl", "Search warrant service", "Parcel interdiction", "Trafficking investigation",
          "Knock and talk", "Overdose death follow-up", "Vehicle stop - meth", "Marijuana grow eradication",
          "Buy-bust operation", "Pill press seizure", "Surveillance - stash house"]
DISP1 = ["Arrest - booked", "Referred to US Attorney", "Active", "Closed - unfounded", "Warrant issued",
         "Seizure only - no arrest", "Referred to DA"]


def trirriver(d, r):
    agency = "Tri-River Regional Narcotics Task Force [invented]"
    recs, groups = [], []
    no, dx = 318, 40211
    for t in stamps(r, datetime.datetime(2025, 3, 1), 84, 31):
        no += r.randint(1, 2)
        dx += r.randint(3, 40)
        ag, fmt = r.choice(LEADS1)
        rec = {"case_number": f"TRN-25-{no:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES1), "location": addr(r), "disposition": r.choice(DISP1)}
        lc, dxn = fmt(r), f"DX-25-{dx:05d}"
        rec["rel"] = [("lead_agency_case", lc), ("deconfliction", dxn)]
        g = [f"{rec['case_number']:<13}{rec['reported_at']:<18}{ag:<6}{lc:<12}{dxn:<14}{rec['type']:<29}"
             f"{rec['location']:<37}{rec['disposition']}"]
        if r.random() < 0.14:
            ag2, fmt2 = r.choice([x for x in LEADS1 if x[0] != ag])
            lc2 = fmt2(r)
            when = (t + datetime.timedelta(days=r.randint(1, 6))).strftime("%m/%d %H:%M")
            g.append(f"{'':13}LEAD CHANGE {when}: lead now {ag2} {lc2} (was {ag} {lc})")
            rec["rel"].append(("lead_agency_case", lc2))
        recs.append(rec)
        groups.append(g)
    nch = sum(len(g) - 1 for g in groups)
    groups.append(["", f"Task force cases listed: {len(recs)}    Lead changes: {nch}"])
    head = [f"{'TF Case':<13}{'Opened':<18}{'Lead':<6}{'Lead Case':<12}{'Deconfl. No':<14}{'Activity':<29}"
            f"{'Location':<37}Status", "-" * 150]
    path = d / "trn-task-force-case-log-2025-03.pdf"
    draw_pages(path, landscape(letter), paginate(groups, 40, head),
               [("TRI-RIVER REGIONAL NARCOTICS TASK FORCE [invented]", "Helvetica-Bold", 11),
                ("Task Force Case Log - March 2025 - member agencies TRPD, MCSO, ELPD, SSP, HVPD - 555-0163",
                 "Helvetica", 8.5)], "TRN-LOG  law enforcement sensitive - released copy", fsize=7.0, lh=10.5)
    e = entry(path, agency, "task force case log (month)", "table with header", recs,
              ["reported_at", "type", "location", "disposition"],
              "Landscape table; the record id is the task-force case number `TRN-25-NNNN`. Each row also carries "
              "the lead agency's own case number (five member agencies, five number shapes) and a deconfliction "
              "number `DX-25-NNNNN`. Where the lead agency changed, an unnumbered line `LEAD CHANGE MM/DD HH:MM: "
              "lead now AGENCY NUMBER (was AGENCY NUMBER)` stands under the row: part of the same record, not a "
              "new one. Ends `Task force cases listed: N    Lead changes: M`.", "rows counted by the generator")
    return [e]


# 2 -------------------------------------------------- Cascade mutual aid requests: labelled blocks
REQ2 = [("Orvale Police Department", "Case", lambda r: f"OPD-25-{r.randint(1000, 9999):05d}"),
        ("Kessel County Sheriff", "Case", lambda r: f"KC25-{r.randint(10000, 59999)}"),
        ("Linden Flats Fire District", "Incident", lambda r: f"25-LF-{r.randint(100, 999)}"),
        ("Harrow Bend Police", "Report", lambda r: f"HB{r.randint(250000, 259999)}"),
        ("Tisbury Public Safety", "CAD", lambda r: f"T-2025-{r.randint(1000, 9999)}")]
TYPES2 = ["Wildland fire - evacuation", "Barricaded subject", "Civil unrest - crowd control", "Search for missing hiker",
          "Multi-vehicle crash - I-81", "Flooding - road closures", "Hazmat spill - rail yard", "Stadium event staffing",
          "Pursuit - stolen vehicle", "Structure fire - traffic control", "Power outage - signal control"]
DISP2 = ["Released - mission complete", "Cancelled en route", "Released - relieved by state", "Completed",
         "Demobilized next day", "Stood down before arrival"]


def cascade(d, r):
    agency = "Cascade Foothills Mutual Aid Region [invented]"
    gt = []
    no, other = 410, 1180
    for _k, (fname, month, n) in enumerate([("cfmar-mutual-aid-requests-2025-04.pdf", 4, 47),
                                          ("cfmar-mutual-aid-requests-2025-05.pdf", 5, 58)]):
        recs, groups, nassist, nref = [], [], 0, 0
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            no += r.randint(1, 3)
            req = r.choice(REQ2)
            rec = {"case_number": f"MA-25-{no:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "type": r.choice(TYPES2), "location": addr(r), "disposition": r.choice(DISP2)}
            rc = req[2](r)
            rec["rel"] = [("requesting_agency_case", rc)]
            g = [[(36, f"Mutual Aid Request: {rec['case_number']}"), (330, f"Received: {rec['reported_at']}")],
                 [(36, f"Incident type: {rec['type']}")],
                 [(36, f"Location: {rec['location']}")],
                 [(36, f"Requesting agency: {req[0]}"), (330, f"{req[1]}: {rc}")]]
            for a in r.sample([x for x in REQ2 if x is not req], r.randint(1, 3)):
                an = a[2](r)
                g.append([(48, f"Assisting: {a[0]}"), (330, f"{a[1]}: {an}")])
                rec["rel"].append(("assisting_agency_case", an))
                nassist += 1
            if r.random() < 0.22:
                other += r.randint(1, 9)
                g.append([(48, "Assisting: Kessel Valley Mutual Aid Region"), (330, f"Ref. MA-25-{other:04d}")])
                rec["rel"].append(("other_region_request", f"MA-25-{other:04d}"))
                nassist += 1
                nref += 1
            g += [[(36, f"Disposition: {rec['disposition']}")], [(36, "_" * 100)]]
            recs.append(rec)
            groups.append(g)
        groups.append(["", f"Requests: {n}    Assisting entries: {nassist}    Other-region references: {nref}"])
        path = d / fname
        draw_pages(path, letter, paginate(groups, 58),
                   [("CASCADE FOOTHILLS MUTUAL AID REGION [invented]", "Helvetica-Bold", 11),
                    (f"Mutual Aid Request Register - {datetime.date(2025, month, 1).strftime('%B %Y')} - "
                     "Coordinator 555-0172", "Helvetica", 9)], "CFMAR register  public copy",
                   font="Helvetica", fsize=8.5, lh=11)
        gt.append(entry(path, agency, "mutual aid request register (month)", "labelled blocks", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Labelled blocks separated by a rule; the id is `Mutual Aid Request: MA-25-NNNN`. The "
                        "requesting agency's number and each assisting agency's number sit right of their lines in "
                        "five shapes. Some blocks list a neighbouring region as assisting with its own request number "
                        "`Ref. MA-25-1NNN`, the same shape as this register's ids: a related number, not a record. "
                        "Ends `Requests: N    Assisting entries: A    Other-region references: R`.",
                        "blocks counted by the generator"))
    return gt


# 3 -------------------------------------------------- North Sound auto theft task force: journal
TYPES3 = ["Stolen vehicle recovered", "Chop shop search", "Catalytic converter thefts", "Carjacking",
          "VIN tampering", "Bait car activation", "Stolen trailer", "Key-fob relay thefts", "Tow yard audit"]
DISP3 = ["Arrest made.", "Vehicle returned to owner.", "Case open, lead agency to follow up.",
         "Referred to prosecutor.", "No suspect, case suspended.", "Warrant requested."]
AG3 = [("Marlo PD", "M25-"), ("Estova County SO", "EC25-"), ("Dorrit PD", "DPD25-"), ("State Patrol Dist. 4", "SP4-25-")]


def northsound(d, r):
    agency = "North Sound Regional Auto Theft Task Force [invented]"
    recs, groups, opened = [], [], []
    no, dx = 142, 77100
    day0 = datetime.date(2025, 6, 2)
    nupd = ndx = 0
    for dd in range(24):
        day = day0 + datetime.timedelta(days=dd)
        if day.weekday() >= 5:
            continue
        groups.append(["", f"=== {day.strftime('%m/%d/%Y')} ({day.strftime('%A')}) - duty journal ==="])
        mins = sorted(r.sample(range(7 * 60, 19 * 60), r.randint(4, 7)))
        for m in mins:
            hhmm = f"{m // 60:02d}{m % 60:02d}"
            kind = r.random()
            if kind < 0.55 or not opened:
                no += r.randint(1, 2)
                dx += r.randint(2, 30)
                lead, assist = r.sample(AG3, 2)
                ln, an = f"{lead[1]}{r.randint(1000, 9999)}", f"{assist[1]}{r.randint(1000, 9999)}"
                rec = {"case_number": f"NSATT-25-{no:04d}", "reported_at": f"{day.strftime('%m/%d/%Y')} {hhmm}",
                       "type": r.choice(TYPES3), "location": addr(r), "disposition": r.choice(DISP3)}
                rec["rel"] = [("lead_agency_case", ln), ("assisting_agency_case", an), ("deconfliction", f"DX{dx}")]
                text = (f"{hhmm} Case {rec['case_number']} opened. {rec['type']} at {rec['location']}. Lead: "
                        f"{lead[0]} ({ln}); assisting {assist[0]} ({an}). Deconfliction DX{dx} clear. "
                        f"{rec['disposition']}")
                recs.append(rec)
                opened.append(rec)
            elif kind < 0.78:
                dx += r.randint(2, 30)
                ndx += 1
                text = (f"{hhmm} Deconfliction check DX{dx} for {r.choice(AG3)[0]}: no overlap with open "
                        "task force cases, no case opened.")
            else:
                ref = r.choice(opened[-8:])
                nupd += 1
                text = (f"{hhmm} Update {ref['case_number']}: {r.choice(['lead passed to', 'assist added from'])} "
                        f"{r.choice(AG3)[0]}; see their report. Task force number unchanged.")
            lines = textwrap.wrap(text, 100, subsequent_indent="     ")
            groups.append(lines)
    groups.append(["", f"Cases opened this period: {len(recs)}. Deconfliction checks without a case: {ndx}. "
                       f"Updates: {nupd}."])
    path = d / "nsatt-duty-journal-2025-06.pdf"
    draw_pages(path, letter, paginate(groups, 60),
               [("NORTH SOUND REGIONAL AUTO THEFT TASK FORCE [invented]", "Helvetica-Bold", 11),
                ("Duty Journal, June 2025 - Supervisor's desk 555-0139", "Helvetica", 9)],
               "NSATT journal  released under records request", fsize=7.8, lh=10.5)
    e = entry(path, agency, "task force duty journal (month)", "free text", recs,
              ["reported_at", "type", "location", "disposition"],
              "Free-text journal under day headings `=== MM/DD/YYYY (Weekday) - duty journal ===`; each entry opens "
              "with a 24-hour time. Only entries `HHMM Case NSATT-25-NNNN opened.` are records (reported_at is the "
              "heading date + entry time). Entries `Deconfliction check DXnnnnn ... no case opened` and `Update "
              "NSATT-25-NNNN: ...` (citing an earlier case) are not records. Entries wrap over lines. Ends with "
              "`Cases opened this period: N.`", "entries counted by the generator")
    return [e]


# 4 -------------------------------------------------- Estova Basin compact: numbered paragraphs
TYPES4 = ["Structure fire with evacuation", "Flash flood rescue", "Missing child search", "Active threat response",
          "Tanker rollover", "Grass fire near homes", "Mass-casualty bus crash", "Escaped inmate search"]
ADMIN4 = ["Radio plan: the regional talk group EB-TAC2 replaced EB-TAC4 for all compact responses.",
          "Reimbursement forms for prior responses are due to the compact office within 30 days.",
          "No requests were received during the overnight period of the preceding weekend.",
          "Staging at the Marlo fairgrounds is no longer available; use the Estova transit yard.",
          "Member roster updated: Tisbury Public Safety rejoined the compact."]


def estova(d, r):
    agency = "Estova Basin Public Safety Mutual Aid Compact [invented]"
    recs, groups = [], []
    no = 2210
    para = 0
    nadmin = 0
    for t in stamps(r, datetime.datetime(2025, 7, 1), 66, 31):
        if r.random() < 0.09:
            para += 1
            nadmin += 1
            groups.append(textwrap.wrap(f"{para}. Administrative. {r.choice(ADMIN4)}", 96, subsequent_indent="    ")
                          + [""])
        para += 1
        no += r.randint(1, 4)
        rec = {"case_number": f"EB25-{no:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
               "type": r.choice(TYPES4), "location": addr(r),
               "disposition": r.choice(["all units released", "lead agency retained scene", "demobilized",
                                        "handed to state OES", "cancelled before arrival"])}
        l1, l2 = r.sample(AG3 + [("Linden Flats FD", "LFFD-25-"), ("Estova Fire", "EF25-")], 2)
        n1, n2 = f"{l1[1]}{r.randint(100, 9999)}", f"{l2[1]}{r.randint(100, 9999)}"
        rec["rel"] = [("lead_agency_case", n1)]
        txt = (f"{para}. Incident {rec['case_number']}, {rec['reported_at']}. {rec['type']} at {rec['location']}. "
               f"Lead agency {l1[0]} ({n1})")
        if r.random() < 0.4:
            txt += f", lead transferred to {l2[0]} ({n2}) after the first operational period"
            rec["rel"].append(("lead_agency_case", n2))
        txt += ". Assisting: "
        asg = []
        for a in r.sample(REQ2, r.randint(1, 3)):
            an = a[2](r)
            asg.append(f"{a[0]} {an}")
            rec["rel"].append(("assisting_agency_case", an))
        txt += "; ".join(asg) + f". Outcome: {rec['disposition']}."
        groups.append(textwrap.wrap(txt, 96, subsequent_indent="    ") + [""])
        recs.append(rec)
    groups.append([f"Paragraphs: {para} ({len(recs)} incidents, {nadmin} administrative)."])
    path = d / "estova-compact-activity-summary-2025-07.pdf"
    draw_pages(path, letter, paginate(groups, 56, split=True),
               [("ESTOVA BASIN PUBLIC SAFETY MUTUAL AID COMPACT [invented]", "Helvetica-Bold", 11),
                ("Activity Summary to the Compact Board - July 2025 - office 555-0118", "Helvetica", 9)],
               "Compact office  board packet item 4", font="Times-Roman", fsize=9.5, lh=12)
    e = entry(path, agency, "mutual aid compact activity summary (month)", "numbered paragraphs", recs,
              ["reported_at", "type", "location", "disposition"],
              "Numbered paragraphs `N. Incident EB25-NNNN, MM/DD/YYYY HHMM. ...`; the paragraph number is not the "
              "id. Some paragraphs in the same numbering are `N. Administrative. ...` with no incident (not records). "
              "Paragraphs wrap and some run over a page end. Lead and assisting agencies' numbers inside the "
              "paragraph are related numbers; `Outcome:` is the disposition. Ends `Paragraphs: P (N incidents, A "
              "administrative).`", "paragraphs counted by the generator")
    return [e]


# 5 -------------------------------------------------- Ridgeback county multi-agency matrix
AG5 = [("RCSO", lambda r: f"R25-{r.randint(10000, 49999)}"), ("BPD", lambda r: f"25B{r.randint(1000, 9999)}"),
       ("WFD", lambda r: f"W-{r.randint(100, 999)}-25"), ("CHP-7", lambda r: f"7-25-{r.randint(1000, 9999)}"),
       ("GVPD", lambda r: f"GV{r.randint(250000, 259999)}"), ("PARK", lambda r: f"PK-25-{r.randint(10, 999):03d}")]
TYPES5 = ["Armed robbery pursuit", "Brush fire", "Bank alarm - multiple", "Shots fired", "Swift water rescue",
          "Fugitive apprehension", "Warrant sweep", "Protest - road blocked", "Aircraft down"]


def ridgeback(d, r):
    agency = "Ridgeback County Operational Area, Multi-Agency Incident Matrix [invented]"
    recs, groups = [], []
    no, nrows = 9040, 0
    for t in stamps(r, datetime.datetime(2025, 8, 1), 72, 31):
        no += r.randint(1, 3)
        rec = {"case_number": f"ORC-25-{no:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES5), "location": addr(r),
               "disposition": r.choice(["Closed", "Arrest", "Report only", "Cancelled", "Referred", "Open"])}
        ags = r.sample(AG5, r.randint(2, 5))
        change = r.random() < 0.3 and len(ags) > 2
        rec["rel"] = []
        rows = []
        for i, (a, fmt) in enumerate(ags):
            num = fmt(r)
            rec["rel"].append(("agency_case", num))
            if i == 0:
                role = f"LEAD to {(t + datetime.timedelta(minutes=90)).strftime('%H:%M')}" if change else "LEAD"
            elif i == 1 and change:
                role = f"LEAD from {(t + datetime.timedelta(minutes=90)).strftime('%H:%M')}"
            else:
                role = "ASSIST"
            c0 = rec["case_number"] if i == 0 else ""
            c1 = rec["reported_at"] if i == 0 else ""
            c2 = rec["type"] if i == 0 else (rec["location"] if i == 1 else "")
            c6 = rec["disposition"] if i == 0 else ""
            rows.append(f"{c0:<14}{c1:<18}{c2:<37}{a:<7}{role:<16}{num:<14}{c6}")
        nrows += len(rows)
        recs.append(rec)
        groups.append(rows)
    head = [f"{'Incident':<14}{'Date/Time':<18}{'Type / Location':<37}{'Agency':<7}{'Role':<16}{'Agency Case':<14}"
            "Result", "=" * 112]
    pages = paginate(groups, 54, head, split=True, cont=lambda g: f"{g[0][:13]} (cont.)")
    pages[-1] += ["", f"Incidents: {len(recs)}    Agency rows: {nrows}"]
    path = d / "ridgeback-oa-incident-matrix-2025-08.pdf"
    draw_pages(path, letter, pages,
               [("RIDGEBACK COUNTY OPERATIONAL AREA [invented]", "Helvetica-Bold", 11),
                ("Multi-Agency Incident Matrix - August 2025 - OA desk 555-0191", "Helvetica", 9)],
               "OA matrix  one row per responding agency", fsize=7.4, lh=10.5)
    e = entry(path, agency, "multi-agency incident matrix (month)", "table with header", recs,
              ["reported_at", "type", "location", "disposition"],
              "One row per responding agency; the incident number `ORC-25-NNNN`, date, type and result are on the "
              "first row only, the location on the second row, the other rows carry only agency, role and the "
              "agency's own case number. The lead can change (`LEAD to HH:MM` / `LEAD from HH:MM`). When an "
              "incident's rows run over a page end the next page repeats `ORC-25-NNNN (cont.)` above the rest: the "
              "same record. Ends `Incidents: N    Agency rows: R`.", "rows counted by the generator")
    return [e]


AGENCIES = [("tri-river-narcotics-tf", 1, trirriver), ("cascade-foothills-mutual-aid", 2, cascade),
            ("north-sound-auto-theft-tf", 3, northsound), ("estova-basin-compact", 4, estova),
            ("ridgeback-county-oa", 5, ridgeback)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
