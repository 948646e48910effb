"""Generate a held-out set of incident logs from English-speaking police outside the United States
(blind_logs132).

Five layouts: a Canadian daily occurrence report (table, day-first dates) whose rows may carry an
indented `Linked occ.` line with an earlier occurrence number of the very same shape; a UK CAD
incident log in labelled blocks, CAD references made of a daily serial and the date (serials restart
every day, so the same serial belongs to several incidents), blocks broken across pages and crime
reference numbers beside them; an Irish port police station occurrence book (free text, `21.40`
times) where only entries opening with `Incident KPP-25-NNNN` are records and corrections repeat an
earlier number; an Australian event log (table) where jobs cancelled before an event was created are
printed as rows with `-- nil --` in the event column; a New Zealand weekly community report in
numbered paragraphs (event numbers inside the text, file numbers beside them, paragraph numbers not
ids) closed by a list of updates on earlier events. Every agency, place, number and record is
invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs132/make_blind_logs132.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261232


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


def draw_pages(path, size, pages, header, footer_left, font="Courier", fsize=8.0, lh=10.5, page_fmt="Page {i} of {n}"):
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
        c.drawRightString(w - 36, 26, page_fmt.format(i=i, n=n))
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
        s = {"case_number": recs[i]["case_number"]}
        s.update({k: recs[i][k] for k in fields if k in recs[i]})
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs132.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs132.py) from the records it drew; "
                               "checked by check_blind_logs132.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec["rel"]]


# 1 ------------------------------------------------------------------ Kestrel Bay, ON: occurrence report
KB_TYPES = ["Theft Under $5000 - Shoplifting", "Mischief - Property Damage", "Break and Enter - Residence",
            "Assault - Level 1", "Impaired Operation - Alcohol", "Missing Person - Located",
            "Domestic Disturbance", "Suspicious Person", "Fraud - Online Purchase", "Trespass to Property Act",
            "Liquor Licence and Control Act", "Theft of Motor Vehicle", "Harassing Communications",
            "Mental Health Act Apprehension", "Found Property", "Noise Complaint", "Bylaw - Parking Complaint"]
KB_STREETS = ["Lakeshore Rd W", "Brant Cres", "Queensway Ave", "Tamarack Dr", "Harbourview Blvd", "Loon Lake Rd",
              "Cedar Ridge Crt", "King St N", "Portage Ave E", "Birchmount Pl", "Huronia Pkwy"]
KB_NONCRIME = {"Missing Person - Located", "Found Property", "Noise Complaint", "Bylaw - Parking Complaint",
               "Suspicious Person", "Mental Health Act Apprehension", "Domestic Disturbance"}
KB_NONCRIME_CLEAR = ["Concluded - no offence", "Referred to Bylaw Services", "Unfounded", "Concluded - report taken"]
KB_CLEAR = ["Cleared by charge", "Cleared otherwise", "Unfounded", "Not cleared - inactive", "Open - assigned",
            "Cleared by charge", "Cleared otherwise"]


def kestrel(d, r):
    agency = "Kestrel Bay Police Service, Ontario, Canada [invented]"
    gt = []
    occ = 41210
    for fname, first, ndays, n in [("kestrel-bay-daily-occurrences-2025-11-01-07.pdf", 1, 7, 72),
                                   ("kestrel-bay-daily-occurrences-2025-11-08-14.pdf", 8, 7, 81)]:
        recs, groups = [], []
        nlinked = 0
        for t in stamps(r, datetime.datetime(2025, 11, first), n, ndays):
            occ += r.randint(1, 9)
            rec = {"case_number": f"KB25-{occ:07d}", "reported_at": t.strftime("%d/%m/%Y %H:%M"),
                   "type": r.choice(KB_TYPES), "location": f"{r.randint(10, 2400)} {r.choice(KB_STREETS)}",
                   "zone": f"Z{r.randint(1, 6)}", "rel": []}
            rec["disposition"] = r.choice(KB_NONCRIME_CLEAR if rec["type"] in KB_NONCRIME else KB_CLEAR)
            g = [f"{rec['case_number']:<15}{rec['reported_at']:<18}{rec['type']:<34}{rec['location']:<26}"
                 f"{rec['zone']:<6}{rec['disposition']}"]
            if r.random() < 0.18:
                old = f"KB25-{r.randint(30000, 40999):07d}"
                why = r.choice(["(original report)", "(same complainant)", "(prior occurrence, same address)",
                                "(recovered property)"])
                g.append(f"{'':<15}Linked occ. {old}  {why}")
                rec["rel"].append(("linked_occurrence", old))
                nlinked += 1
            if r.random() < 0.12:
                g.append(f"{'':<15}Provincial Offence Notice {r.randint(10000000, 99999999)}  "
                         f"Victim Services referral {r.choice(['accepted', 'declined'])}")
            recs.append(rec)
            groups.append(g)
        cfs = n + r.randint(90, 160)
        groups.append(["", f"Total occurrences: {n}     Linked to earlier occurrences: {nlinked}     "
                           f"Calls for service received: {cfs}"])
        head = [f"{'Occurrence #':<15}{'Reported':<18}{'Occurrence Type':<34}{'Location':<26}{'Zone':<6}Clearance",
                "-" * 124]
        pages = paginate(groups, 44, head)
        label = f"{first:02d}/11/2025 to {first + ndays - 1:02d}/11/2025"
        header = [(36, "KESTREL BAY POLICE SERVICE [invented] - Records Management", "Helvetica-Bold", 11),
                  (36, f"Daily Occurrence Report   Period: {label}   (dates DD/MM/YYYY)   Records Unit 555-0142",
                   "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(A4), pages, header,
                   "RMS-OCC-DLY  Released under the Municipal Freedom of Information Act; personal information removed",
                   fsize=7.6, lh=10)
        for rec in recs:
            for obs in [x for x in rec["rel"] if x[0] == "linked_occurrence"]:
                assert obs[1] not in {x["case_number"] for x in recs}
        gt.append(entry(path, agency, "daily occurrence report (one week)", "table with header", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Landscape table, header repeated on every page, dates DD/MM/YYYY (days 01-12 read either "
                        "way; the page header says DD/MM). Under some rows an indented second line `Linked occ. "
                        "KB25-NNNNNNN (original report)` cites an earlier occurrence number with exactly the shape of "
                        "the row's own number (related, not a record); other indented lines give a Provincial "
                        "Offence Notice number and a Victim Services referral. Ends `Total occurrences: N     Linked "
                        "to earlier occurrences: L     Calls for service received: C` (calls are not records).",
                        "every row counted by the generator; first page counted on the page", related_of(recs)))
    return agency, gt


# 2 ------------------------------------------------------------------ Wendmoor Constabulary, UK: CAD blocks
WM_CODES = ["ASB - Nuisance", "ASB - Personal", "Burglary - Residential", "Concern for Safety", "Road Related Offence",
            "Suspicious Circumstances", "Violence Against the Person", "Theft from Motor Vehicle",
            "Domestic Incident", "Criminal Damage", "Shoplifting", "Missing Person", "Licensing - Premises",
            "Public Order", "Highway Disruption", "Abandoned Call"]
WM_STREETS = ["Tanner's Row", "Wellgate", "Holloway Lane", "St Ebba's Walk", "Fenwick Terrace", "Mill Race Close",
              "Coldharbour Road", "The Shambles", "Priory Mead", "Carr Lane"]
WM_TOWNS = ["Eastholm", "Wendmoor Town Centre", "Lower Brayford", "Ashby Carr"]
WM_RESULTS = ["Words of advice given", "Crime recorded", "No crime - recorded as incident", "Suspect arrested",
              "Referred to partner agency", "Resolved by phone (THRIVE)", "No trace on attendance"]


def wendmoor(d, r):
    agency = "Wendmoor Constabulary, England [invented]"
    recs, lines = [], []
    crn = 118600
    prev_serials = []
    for day in (13, 14):
        if day == 13:
            serials = sorted(r.sample(range(3, 420), 37))
        else:  # serials restart each day: some of yesterday's serials come round again
            again = r.sample(prev_serials, 6)
            serials = sorted(again + r.sample([x for x in range(3, 420) if x not in again], 33))
        prev_serials = serials
        times = sorted(r.sample(range(5, 1439), len(serials)))
        for s, m in zip(serials, times):
            date = datetime.date(2025, 11, day)
            opening = r.choice(WM_CODES)
            closing = opening if r.random() < 0.6 else r.choice(WM_CODES)
            res = r.choice(WM_RESULTS)
            rec = {"case_number": f"{s:04d}-{date.strftime('%d%m%y')}",
                   "reported_at": f"{date.strftime('%d/%m/%Y')} {m // 60:02d}:{m % 60:02d}",
                   "type": closing, "location": f"{r.randint(1, 140)} {r.choice(WM_STREETS)}, {r.choice(WM_TOWNS)}",
                   "rel": []}
            if res in ("Crime recorded", "Suspect arrested"):
                crn += r.randint(3, 40)
                ref = f"45/{crn}/25"
                res = f"{res} - CRN {ref}"
                rec["rel"].append(("crime_reference", ref))
            rec["disposition"] = res
            block = [[(36, f"INCIDENT {rec['case_number']}"), (200, f"Opened: {rec['reported_at']}"),
                      (360, f"Grade: {r.choice(['G1 Emergency', 'G2 Priority', 'G3 Scheduled', 'G4 Resolution'])}")],
                     [(36, f"Opening code: {opening}"), (300, f"Closing code: {closing}")],
                     [(36, f"Location: {rec['location']}"), (360, f"Beat: EH{r.randint(1, 6)}")]]
            if recs and r.random() < 0.15:
                prev = recs[-1] if recs[-1]["case_number"].endswith(date.strftime('%d%m%y')) else None
                if prev:
                    block.append([(36, f"Linked to: CAD {prev['case_number']} (same caller)")])
            block += [[(36, f"Attended: {r.choice(['PC', 'PCSO', 'PS'])} {r.randint(1000, 9999)}"
                            f"{', PC ' + str(r.randint(1000, 9999)) if r.random() < 0.5 else ''}")],
                      [(36, f"Result: {res}")],
                      [(36, "- " * 45)]]
            recs.append(rec)
            lines.append(block)
    # paginate line by line so that blocks break across pages; a broken block is resumed under
    # "INCIDENT <ref> (continued)" on the next page
    per_page, pages, cur, _cur_ref = 54, [], [], None
    for rec, block in zip(recs, lines):
        for j, ln in enumerate(block):
            if len(cur) >= per_page:
                if j == len(block) - 1:  # only the closing rule is left: drop it at the page foot
                    continue
                pages.append(cur)
                cur = []
                if j > 0:
                    cur.append([(36, f"INCIDENT {rec['case_number']} (continued)")])
            cur.append(ln)
    ncrn = sum(len(x["rel"]) for x in recs if any(k == "crime_reference" for k, _ in x["rel"]))
    cur += ["", [(36, f"Incidents in this extract: {len(recs)}    Crime reference numbers issued: {ncrn}")]]
    pages.append(cur)
    # linked CAD refs are related numbers too (they are other incidents' refs, so not listed as such:
    # they are ids of this document); only crime references are kept in related_numbers
    header = [(36, "WENDMOOR CONSTABULARY [invented] - CAD INCIDENT LOG EXTRACT", "Helvetica-Bold", 11),
              (36, "Eastholm Neighbourhood Policing Area  13/11/2025 00:00 - 14/11/2025 23:59  "
                   "Force Disclosure Unit 555-0171", "Helvetica", 9),
              (36, "CAD references: daily serial - date (DDMMYY); serials restart at 0001 each day",
               "Helvetica-Oblique", 8)]
    path = d / "wendmoor-cad-incident-log-eastholm-2025-11-13-14.pdf"
    draw_pages(path, A4, pages, header, "OFFICIAL - extract prepared for disclosure; callers not named",
               font="Helvetica", fsize=8.5, lh=11)
    gt = [entry(path, agency, "CAD incident log extract (two days, one neighbourhood area)", "labelled blocks", recs,
                ["reported_at", "type", "location", "disposition"],
                "Labelled blocks separated by a dashed rule, each opened by `INCIDENT SSSS-DDMMYY` (daily serial "
                "and date): serials restart every day, so the same serial (e.g. 0101) can be printed on both days "
                "for two different incidents; the id is the whole reference. Blocks break across pages, the rest "
                "printed under `INCIDENT SSSS-DDMMYY (continued)`: one record. Two codes per incident: type = the "
                "`Closing code:` (the final classification), the `Opening code:` is how the call was first logged. "
                "Crime reference numbers `45/NNNNNN/25` in `Result:` are related; `Linked to: CAD SSSS-DDMMYY` lines "
                "cite another incident of the same extract (its own record, so not a related number); officers "
                "are collar numbers. Ends `Incidents in this extract: N    Crime reference numbers issued: C`.",
                "blocks counted by the generator; page 1 counted on the page", related_of(recs))]
    return agency, gt


# 3 ------------------------------------------------------------------ Kilcarra Port Police, IE: occurrence book
KP_TYPES = ["Theft from vehicle", "Criminal damage", "Public order", "Intoxicated person", "Trespass on quay",
            "Suspicious package", "Lost child located", "Road traffic collision (minor)", "Assault (minor)",
            "Person in water - rescued", "Unauthorised fishing", "Found property", "Alarm activation",
            "Fuel spill reported", "Drunk in charge of a vehicle"]
KP_PLACES = ["Quay 3", "Berth 7", "Long-stay car park B", "Ferry terminal arrivals hall", "Harbour Road gate",
             "Fish market yard", "Marina pontoon C", "Container yard north", "Pilot station slipway", "Quay 1 gangway"]
KP_NONCRIME = {"Suspicious package", "Lost child located", "Person in water - rescued", "Found property",
               "Alarm activation", "Fuel spill reported"}
KP_OUT_NONCRIME = ["Advice given", "Referred to Harbour Master", "Handed to Port Operations", "Matter resolved at scene",
                   "No further action"]
KP_OUT = ["Crime recorded", "Advice given", "Referred to Harbour Master", "Person arrested and conveyed to "
          "Kilcarra station", "No further action", "Handed to Port Operations", "Matter resolved at scene"]


def kilcarra(d, r):
    agency = "Kilcarra Port Police, Ireland [invented]"
    recs, lines, opened = [], [], []
    inc, cr = 406, 71
    for day in range(3, 17):
        date = datetime.date(2025, 11, day)
        lines.append([(36, f"{date.strftime('%A')} {day}{'th' if day not in (3, 21) else 'rd'} November 2025"
                           f"  --  Station Occurrence Book, Port Police Office")])
        mins = sorted(r.sample(range(0, 1440), r.randint(8, 11)))
        for m in mins:
            hm = f"{m // 60:02d}.{m % 60:02d}"
            roll = r.random()
            if roll < 0.45 and len(recs) < 74:
                inc += r.randint(1, 3)
                rec = {"case_number": f"KPP-25-{inc:04d}", "reported_at": f"{date.strftime('%d/%m/%Y')} {hm}",
                       "type": r.choice(KP_TYPES), "location": r.choice(KP_PLACES), "rel": []}
                out = r.choice(KP_OUT if rec["type"] not in KP_NONCRIME else KP_OUT_NONCRIME)
                if out == "Crime recorded":
                    cr += 1
                    out = f"Crime recorded, ref. CR/25/{cr:04d}"
                    rec["rel"].append(("crime_reference", f"CR/25/{cr:04d}"))
                rec["disposition"] = out
                text = (f"Incident {rec['case_number']} - {rec['type']} - {rec['location']}. "
                        f"{r.choice(['Reported by security', 'Reported by member of public', 'Observed on patrol', 'Reported by ferry crew', 'CCTV operator reported'])}; "
                        f"Unit {r.choice(['P1', 'P2', 'P3'])} attended. Outcome: {out}.")
                recs.append(rec)
                opened.append(rec)
            elif roll < 0.55 and opened:
                old = r.choice(opened[-5:])
                text = (f"Correction to {old['case_number']}: attending unit should read "
                        f"{r.choice(['P1', 'P2', 'P3'])}; entry amended by Sgt on duty.")
            elif roll < 0.72:
                text = (f"Vessel MV {r.choice(['Saoirse Bay', 'Carrig Star', 'Aran Trader', 'Corran Light'])} "
                        f"berthed {r.choice(['Quay 2', 'Quay 3', 'Berth 5'])}, IMO {r.randint(9100000, 9899999)}; "
                        f"gangway check completed, nil to report.")
            elif roll < 0.87:
                text = f"Patrol {r.choice(['P1', 'P2', 'P3'])} commenced, mobile patrol of quays and car parks."
            else:
                text = "Keys of Harbour Road gate handed to night security, radio check OK."
            chunks = wrap(text, 94)
            lines.append([(44, hm), (84, chunks[0])])
            lines += [[(84, c)] for c in chunks[1:]]
    lines.append([(36, f"Incidents recorded in this book for the period: {len(recs)}")])
    pages = paginate([[x] for x in lines], 60)
    header = [(36, "KILCARRA PORT POLICE [invented] - STATION OCCURRENCE BOOK (typed copy)", "Helvetica-Bold", 11),
              (36, "3 November 2025 to 16 November 2025 - times 24-hour clock - Port Police Office 555-0126",
               "Helvetica", 9)]
    path = d / "kilcarra-port-police-occurrence-book-2025-11-03-16.pdf"
    draw_pages(path, A4, pages, header, "Typed from the station book for release; members of the public not named",
               font="Helvetica", fsize=8.5, lh=11)
    gt = [entry(path, agency, "station occurrence book (two weeks, typed copy)", "free text", recs,
                ["reported_at", "type", "location", "disposition"],
                "Day headings (`Monday 10th November 2025 -- Station Occurrence Book ...`) then entries: a 24-hour "
                "time written `21.40`, then text wrapped under the text. Only entries opening `Incident KPP-25-NNNN "
                "- type - place.` are incidents; patrol, keys, vessel berthing entries (with 7-digit IMO numbers) "
                "are not, and `Correction to KPP-25-NNNN:` entries repeat an earlier incident's number without "
                "being a record. reported_at = heading date as DD/MM/YYYY + entry time (the date is printed as "
                "words in the heading). Crime references `CR/25/NNNN` are related. Ends `Incidents recorded in this "
                "book for the period: N`.",
                "incident entries counted by the generator", related_of(recs))]
    return agency, gt


# 4 ------------------------------------------------------------------ Yarrabend, AU: event log with nil rows
YB_TYPES = ["Domestic - family incident", "Break & enter - dwelling", "Stealing from motor vehicle", "Hoon driving",
            "RBT - PCA detection", "Move-on direction", "Welfare check", "Intoxicated person", "Noise - party",
            "Malicious damage", "Stealing - retail", "Traffic crash - no injury", "Trespass - licensed premises",
            "Suspicious vehicle", "Assault - common"]
YB_SUBURBS = ["Wattle Flat", "Currawong Heights", "Yarrabend CBD", "Gidgee Creek", "Bellbird Park",
              "Mallee Downs", "Tallowood"]
YB_STREETS = ["Banksia St", "Drover Rd", "Paddock Ln", "Kookaburra Cct", "Station St", "Ironbark Pde", "Murray Cres"]
YB_RES = ["No offence detected", "Charged - court attendance notice", "Arrested - bail refused",
          "Referred to CIU", "Nil further", "Report taken - enquiries continuing"]
YB_RES_BY = {"Domestic - family incident": ["Intervention order applied for", "Family violence report - L17",
                                            "Arrested - bail refused", "No offence detected"],
             "RBT - PCA detection": ["Infringement notice issued", "Charged - court attendance notice"],
             "Welfare check": ["Nil further", "Person located - safe", "Referred to mental health triage"],
             "Move-on direction": ["Moved on - complied", "Arrested - failed to comply"],
             "Hoon driving": ["Vehicle impounded - 30 days", "Infringement notice issued", "Unable to locate - nil"],
             "Noise - party": ["Moved on - complied", "Nil further", "Infringement notice issued"],
             "Suspicious vehicle": ["Nil further", "No offence detected", "Vehicle checked - not stolen"]}
YB_NIL = ["Cancelled by caller", "Cancelled en route - dup job", "No police attendance req'd", "Unable to locate - nil"]


def yarrabend(d, r):
    agency = "Yarrabend Police District, Australia [invented]"
    gt = []
    ev, job = 61822410, 312
    for fname, first, n in [("yarrabend-event-log-2025-11-03-09.pdf", 3, 64),
                            ("yarrabend-event-log-2025-11-10-16.pdf", 10, 58)]:
        recs, rows = [], []
        nnil = 0
        for t in stamps(r, datetime.datetime(2025, 11, first), n + 9, 7):
            job += r.randint(2, 9)
            job_no = f"J{t.strftime('%y%m%d')}-{job % 10000:04d}"
            loc = f"{r.choice(YB_STREETS)}, {r.choice(YB_SUBURBS)}"
            if nnil < 9 and (r.random() < 0.12 or len(rows) - nnil >= n):
                nnil += 1
                rows.append(f"{'-- nil --':<12}{job_no:<14}{t.strftime('%d/%m/%Y'):<11}{t.strftime('%H%M'):<6}"
                            f"{loc:<34}{r.choice(YB_TYPES):<31}{r.choice(YB_NIL)}")
                continue
            ev += r.randint(3, 400)
            rec = {"case_number": f"E{ev}", "reported_at": f"{t.strftime('%d/%m/%Y')} {t.strftime('%H%M')}",
                   "location": loc, "type": r.choice(YB_TYPES),
                   "rel": [("job_number", job_no)]}
            rec["disposition"] = r.choice(YB_RES_BY.get(rec["type"], YB_RES))
            rows.append(f"{rec['case_number']:<12}{job_no:<14}{rec['reported_at'][:10]:<11}{rec['reported_at'][11:]:<6}"
                        f"{rec['location']:<34}{rec['type']:<31}{rec['disposition']}")
            recs.append(rec)
        assert len(recs) == n and nnil == 9, (len(recs), nnil)
        groups = [[x] for x in rows]
        groups.append(["", f"Events recorded: {n}    Jobs without event: {nnil}    Jobs total: {n + nnil}"])
        head = [f"{'Event No.':<12}{'Job No.':<14}{'Date':<11}{'Time':<6}{'Location / Suburb':<34}"
                f"{'Event type':<31}Result", "=" * 128]
        pages = paginate(groups, 42, head)
        last = first + 6
        header = [(36, "YARRABEND POLICE DISTRICT [invented] - EVENT LOG", "Helvetica-Bold", 11),
                  (36, f"Week {first:02d}/11/2025 - {last:02d}/11/2025   Sorted by job time   "
                       f"District Intelligence Unit 555-0158", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(A4), pages, header, "EVLOG-WK  Event and job numbers only; no names released",
                   fsize=7.5, lh=10)
        gt.append(entry(path, agency, "weekly event log (events and CAD jobs)", "table with header", recs,
                        ["reported_at", "location", "type", "disposition"],
                        "Landscape table sorted by job time, header repeated per page, dates DD/MM/YYYY and 24-hour "
                        "`HHMM` times in separate columns (reported_at = the two joined). Every row has a CAD job "
                        "number `JYYMMDD-NNNN` (related); rows whose event column reads `-- nil --` are jobs "
                        "cancelled or closed before an event was created (`Cancelled by caller`, `No police "
                        "attendance req'd`...): not events, not records. Ends `Events recorded: N    Jobs without "
                        "event: M    Jobs total: T`.",
                        "event rows counted by the generator; nil rows counted apart", related_of(recs)))
    return agency, gt


# 5 ------------------------------------------------------------------ Waikeri, NZ: numbered paragraphs
WK_TYPES = ["Burglary", "Unlawful taking of a motor vehicle", "Wilful damage", "Family harm incident",
            "Disorder", "Shoplifting", "Excess breath alcohol", "Dangerous driving", "Theft ex car",
            "Sudden death (non-suspicious)", "Assault", "Trespass", "Fraud (online)", "Fleeing driver"]
WK_TOWNS = ["Te Korua", "Paerangi North", "Waikeri Central", "Otanewai", "Kahuriri Beach"]
WK_STREETS = ["Rimu Street", "Totara Road", "Kowhai Place", "Marine Parade", "Harakeke Drive", "Station Road",
              "Matai Crescent", "Beach Road"]
WK_BODY = ["Police attended and spoke with those involved.",
           "Officers were in the area within minutes but the people involved had left.",
           "Enquiries are continuing and CCTV from nearby businesses is being reviewed.",
           "A witness provided a description and the area was searched.",
           "Police ask anyone who saw anything to call 555-0193 quoting the event number."]
WK_SPECIFIC = {"Burglary": "A side window had been forced and electronics taken.",
               "Unlawful taking of a motor vehicle": "The vehicle was later located abandoned and returned to the owner.",
               "Family harm incident": "The matter has been referred to the Family Harm team for follow-up.",
               "Excess breath alcohol": "The driver returned a positive breath test and was forbidden to drive.",
               "Sudden death (non-suspicious)": "The matter has been referred to the Coroner.",
               "Fleeing driver": "The pursuit was abandoned for safety reasons; enquiries continue."}


def waikeri(d, r):
    agency = "Waikeri Area Police, New Zealand [invented]"
    recs, lines = [], []
    ev = 61330000
    n = 58
    para = 0
    per_town = [12, 11, 12, 12, 11]
    times = stamps(r, datetime.datetime(2025, 11, 10), n, 7)
    r.shuffle(times)
    it = iter(times)
    for town, k in zip(WK_TOWNS, per_town):
        lines.append([(36, town.upper())])
        for t in sorted(next(it) for _ in range(k)):
            para += 1
            ev += r.randint(100, 9000)
            rec = {"case_number": f"P0{ev}", "reported_at": f"{t.strftime('%a %d %b')}, {t.strftime('%H%M')}hrs",
                   "type": r.choice(WK_TYPES), "location": f"{r.choice(WK_STREETS)}, {town}", "rel": []}
            body = " ".join(([WK_SPECIFIC[rec["type"]]] if rec["type"] in WK_SPECIFIC else [])
                            + r.sample(WK_BODY, r.randint(1, 2)))
            text = f"{rec['reported_at']} - {rec['type']}, {rec['location']}. {body} Event {rec['case_number']}."
            if r.random() < 0.35:
                fn = f"{t.strftime('%y%m%d')}/{r.randint(1000, 9999)}"
                text += f" File {fn}."
                rec["rel"].append(("file_number", fn))
            chunks = wrap(text, 100)
            lines.append([(36, f"{para}."), (58, chunks[0])])
            lines += [[(58, c)] for c in chunks[1:]]
            recs.append(rec)
        lines.append("")
    lines.append([(36, "UPDATES ON EARLIER EVENTS (reported in previous weekly summaries)")])
    for _ in range(5):
        old = f"P0{r.randint(60100000, 61299999)}"
        lines.append([(44, f"- Event {old}: {r.choice(['a 19-year-old has been charged', 'property recovered', 'enquiries continue', 'file closed, no further action'])}.")])
    lines.append("")
    lines.append([(36, f"Events summarised this week: {n}")])
    pages = paginate([[x] for x in lines], 62)
    header = [(36, "WAIKERI AREA POLICE [invented] - WEEKLY COMMUNITY SUMMARY", "Helvetica-Bold", 11),
              (36, "Monday 10 November to Sunday 16 November 2025 - Area Prevention Manager 555-0119",
               "Helvetica", 9)]
    path = d / "waikeri-weekly-community-summary-2025-11-10-16.pdf"
    draw_pages(path, A4, pages, header, "For community newsletters - no names released", font="Helvetica",
               fsize=8.5, lh=11)
    gt = [entry(path, agency, "weekly community summary (numbered paragraphs by town)", "numbered paragraphs", recs,
                ["reported_at", "type", "location"],
                "Town sections (`TE KORUA`...) of numbered paragraphs `1.` to `N.`, numbered through the whole "
                "document (paragraph numbers are not ids). Each paragraph opens with the day and time as `Wed 12 "
                "Nov, 2145hrs` (no year; the year is in the page header), then `- type, street, town.` and a "
                "narrative; the event number `Event P0NNNNNNNN.` is at the END of the paragraph, sometimes followed "
                "by a file number `File YYMMDD/NNNN.` (related). Paragraphs wrap and can cross a page break. The "
                "closing `UPDATES ON EARLIER EVENTS` list cites event numbers from earlier weeks: not records. Ends "
                "`Events summarised this week: N`. No disposition field.",
                "paragraphs counted by the generator", related_of(recs))]
    return agency, gt


AGENCIES = [("kestrel-bay-on-ps", 1, kestrel), ("wendmoor-constabulary-uk", 2, wendmoor),
            ("kilcarra-port-police-ie", 3, kilcarra), ("yarrabend-district-au", 4, yarrabend),
            ("waikeri-area-police-nz", 5, waikeri)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
