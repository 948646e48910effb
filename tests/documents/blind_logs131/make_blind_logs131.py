"""Generate a held-out set of incident logs kept by non-police security departments (blind_logs131).

Five layouts: a hospital security daily log (landscape table) with the police case number in a
column beside the security report number and per-day subtotal lines; a residence-life incident
report log in labelled blocks that run across page breaks, with student-conduct case numbers shaped
like the report number; an HOA private patrol company's evening patrol report to the board in
numbered paragraphs (numbering restarts each evening; routine checks and re-checks of earlier
reports are numbered paragraphs too, without a report number of their own); a shopping-mall
security incident register where each incident takes two lines, followed by a trespass-notice
appendix that repeats incident numbers; a stadium event-security summary sectioned by event, rows
timed only (date in the event heading), with event subtotals and a season-to-date figure.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs131/make_blind_logs131.py [OUT_DIR]
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
SEED = 20261131


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


def stamps(r, first, n, ndays, lo=0, hi=1440):
    """n increasing datetimes over ndays starting at date first, minutes of day in [lo, hi)."""
    pool = [d * 1440 + m for d in range(ndays) for m in range(lo, hi)]
    return [first + datetime.timedelta(minutes=m) for m in sorted(r.sample(pool, n))]


def wrap(text, width):
    chunks, cur = [], ""
    for wd in text.split():
        if cur and len(cur) + len(wd) + 1 > width:
            chunks.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd).strip()
    return chunks + [cur]


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


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields if k in recs[i]}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs131.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs131.py) from the records it drew; "
                               "checked by check_blind_logs131.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ hospital security daily log
H_LOC = ["Main ED - Triage", "Main ED - Bay 12", "Tower B 4th Fl nurses stn", "Tower A Lobby",
         "Parking Garage P2 Level 3", "Behavioral Health Unit", "Cafeteria", "Ambulance Bay",
         "Surface Lot C", "Maternity 2nd Fl", "Pharmacy outpatient window", "Loading Dock"]
H_TYPE = ["Disruptive visitor", "Code Gray - combative patient", "Theft - staff locker", "Vehicle break-in",
          "Trespass - escorted off campus", "Patient elopement", "Lost property turned in",
          "Assault on staff", "Suspicious person", "Weapon screening - knife held", "Vandalism - vending",
          "Verbal threat to staff"]
H_DISP = ["Resolved on scene", "Report to Nursing Supv", "Visitor escorted out", "Patient returned to unit",
          "Property logged", "Unfounded", "Trespass warning given"]
H_POL = ["Theft - staff locker", "Vehicle break-in", "Assault on staff", "Weapon screening - knife held",
         "Trespass - escorted off campus", "Verbal threat to staff", "Disruptive visitor"]


def hospital(d, r):
    agency = "Harwick Memorial Hospital, Department of Security, OH [invented]"
    gt, no, pd = [], 3120, 18800
    for fname, first, ndays, n in [("harwick-security-daily-log-2025-10-06-12.pdf", 6, 7, 71),
                                   ("harwick-security-daily-log-2025-10-13-19.pdf", 13, 7, 64)]:
        recs = []
        for t in stamps(r, datetime.datetime(2025, 10, first), n, ndays):
            no += r.randint(1, 2)
            rec = {"case_number": f"HS-25-{no:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "location": r.choice(H_LOC), "type": r.choice(H_TYPE), "rel": []}
            police = ""
            if r.random() < 0.35:
                pd += r.randint(3, 40)
                police = f"Ashby PD 25-0{pd}"
                rec["rel"].append(("police_case", f"25-0{pd}"))
                rec["type"] = r.choice(H_POL)
                rec["disposition"] = r.choice(["Referred to police", "Police took report", "Arrest by Ashby PD"])
            else:
                rec["disposition"] = r.choice(H_DISP)
            rec["police"] = police
            recs.append(rec)
        head = [f"{'Report No.':<12}{'Date':<11}{'Time':<7}{'Police Case No.':<20}{'Location':<28}"
                f"{'Incident Type':<32}Disposition", "-" * 140]
        groups, _day = [], None
        for i, x in enumerate(recs):
            groups.append([f"{x['case_number']:<12}{x['reported_at']:<18}{x['police']:<20}{x['location']:<28}"
                           f"{x['type']:<32}{x['disposition']}"])
            nxt = recs[i + 1]["reported_at"][:10] if i + 1 < len(recs) else None
            if nxt != x["reported_at"][:10]:
                k = sum(1 for y in recs if y["reported_at"][:10] == x["reported_at"][:10])
                groups.append([f"{'':<12}{x['reported_at'][:10]} subtotal: {k} reports", ""])
        npol = sum(1 for x in recs if x["police"])
        groups.append(["", f"Reports listed: {n}    Police notified: {npol}    "
                           f"Door alarms acknowledged (not listed): {r.randint(140, 260)}"])
        pages = paginate(groups, 42, head)
        label = f"10/{first:02d}/2025 - 10/{first + ndays - 1:02d}/2025"
        header = [(36, "HARWICK MEMORIAL HOSPITAL - DEPARTMENT OF SECURITY [invented]", "Helvetica-Bold", 11),
                  (36, f"Security Daily Activity Log   {label}   Security Operations Center 555-0132",
                   "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "SEC-DAL rpt 12  Patients and visitors not named",
                   fsize=7.5, lh=10)
        gt.append(entry(path, agency, "hospital security daily activity log (week)", "table with header", recs,
                        ["reported_at", "location", "type", "disposition"],
                        "Landscape table, header repeated per page. The record id is the security report number "
                        "`HS-25-NNNN` in the first column; when police were called the fourth column holds the "
                        "city police case `Ashby PD 25-0NNNNN` (blank otherwise), a related number. After each day "
                        "a line `MM/DD/YYYY subtotal: K reports` (not a record). Ends `Reports listed: N    Police "
                        "notified: M    Door alarms acknowledged (not listed): A`; the alarm figure is not a count "
                        "of records.", "every row counted by the generator; first page counted on the page"))
    return gt


# 2 ------------------------------------------------------------------ residence life blocks
HALLS = ["Birchfield Hall", "Okonkwo Hall", "Tamarind Commons", "Westvale Apartments", "Lindqvist Hall"]
R_TYPE = ["Alcohol - underage, in room", "Noise complaint - quiet hours", "Roommate conflict",
          "Fire alarm - burnt food", "Marijuana odor", "Tampering with fire equipment", "Guest policy violation",
          "Damage to hall property", "Wellness check requested", "Theft from room", "Lockout after hours",
          "Harassment reported by resident"]
R_SUM = ["RA on rounds heard loud music and knocked; residents complied after two requests.",
         "Residents stated a guest brought items in; items were disposed of in the presence of staff.",
         "Area coordinator on call was contacted and came to the floor; residents separated for the night.",
         "Smoke detector activated; hall evacuated for 14 minutes and re-entered after all clear.",
         "Staff documented the condition of the room and photographed the damage for facilities.",
         "Resident reported the matter at the front desk and was given the on-call counselor number 555-0171.",
         "No one answered at the door; staff waited and documented the odor in the hallway near the room.",
         "Student was escorted by staff to the service desk to verify identity before the room was opened."]


def reslife(d, r):
    agency = "Corrigan College, Office of Residence Life and Housing, VT [invented]"
    recs, lines = [], []
    no, sc, upd = 410, 290, 6600
    for t in stamps(r, datetime.datetime(2025, 10, 1), 58, 31, lo=17 * 60, hi=24 * 60):
        no += r.randint(1, 3)
        hall = r.choice(HALLS)
        rec = {"case_number": f"RL-2526-{no:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "location": f"{hall}, Room {r.randint(1, 4)}-{r.randint(101, 140)}", "type": r.choice(R_TYPE),
               "rel": []}
        blk = [f"Incident Report #: {rec['case_number']}",
               [(36, f"Date/Time Reported: {rec['reported_at']}"), (300, f"Reported by: {r.choice(['Resident Assistant', 'Hall Director', 'Desk attendant', 'Resident'])} (staff/ID {r.randint(2000, 4999)})")],
               f"Hall/Location: {rec['location']}", f"Nature of Incident: {rec['type']}"]
        summ = wrap("Summary: " + " ".join(r.sample(R_SUM, r.choice([1, 2]))), 110)
        blk += summ
        if r.random() < 0.3:
            upd += r.randint(2, 30)
            blk.append(f"Campus Police Case: CCPD 25-{upd:05d} (officer responded)")
            rec["rel"].append(("police_case", f"25-{upd:05d}"))
        if r.random() < 0.55:
            sc += r.randint(1, 2)
            blk.append(f"Referred to: Office of Student Conduct - conduct case SC-2526-{sc:04d}")
            rec["rel"].append(("conduct_case", f"SC-2526-{sc:04d}"))
            rec["disposition"] = "Referred - Student Conduct"
        else:
            blk.append(f"Referred to: {r.choice(['Area Coordinator', 'Facilities work order', 'Counseling Center', 'none'])}")
            rec["disposition"] = r.choice(["Closed - documented", "Closed - educational conversation", "Open - follow-up by Hall Director"])
        blk += [f"Status: {rec['disposition']}", "_" * 100, ""]
        lines += blk
        recs.append(rec)
    nref = sum(1 for x in recs if any(k == "conduct_case" for k, _ in x["rel"]))
    lines += [f"Incident reports in this log: {len(recs)}    Referred to Student Conduct: {nref}"]
    pages = [lines[i:i + 57] for i in range(0, len(lines), 57)]
    header = [(36, "CORRIGAN COLLEGE - OFFICE OF RESIDENCE LIFE AND HOUSING [invented]", "Helvetica-Bold", 11),
              (36, "Incident Report Log - October 2025 - evening and overnight duty - RL Office 555-0125",
               "Helvetica", 9)]
    path = d / "corrigan-reslife-incident-log-2025-10.pdf"
    draw_pages(path, letter, pages, header, "Residence Life - students not named in this log",
               font="Helvetica", fsize=8.5, lh=11)
    return [entry(path, agency, "residence-life incident report log (month)", "labelled blocks", recs,
                  ["reported_at", "location", "type", "disposition"],
                  "Labelled blocks separated by a rule: `Incident Report #: RL-2526-NNNN`, `Date/Time Reported:` "
                  "beside `Reported by: ... (staff/ID NNNN)`, `Hall/Location:`, `Nature of Incident:`, a wrapped "
                  "`Summary:`, sometimes `Campus Police Case: CCPD 25-NNNNN`, `Referred to:` (often a student "
                  "conduct case `SC-2526-NNNN`, same shape as the report number), `Status:`. Pages are cut every "
                  "57 lines regardless of blocks, so several blocks run across a page break with the page "
                  "footer and header in the middle (one record). Police and conduct case numbers are related. "
                  "Ends `Incident reports in this log: N    Referred to Student Conduct: M`.",
                  "blocks counted by the generator")]


# 3 ------------------------------------------------------------------ HOA patrol numbered paragraphs
STREETS = ["Larkspur Ct", "Fennel Way", "Quarry Ridge Dr", "Heron Pond Ln", "Saddlebrook Cir", "Tilden Ave"]
P_TYPE = ["Suspicious vehicle", "Open garage door", "Noise complaint", "Solicitor without permit",
          "Pool area after hours", "Vehicle break-in", "Package theft reported", "Loose dog", "Mailbox damage",
          "Trespass at clubhouse", "Fireworks complaint", "Gate arm struck by vehicle"]
P_TEXT = ["Officer made contact and the party left the community.", "Homeowner was notified by phone.",
          "Area checked on foot, nothing further found.", "Photos taken and sent to the management company.",
          "Resident stated nothing was missing.", "Gate camera footage requested from the HOA office."]
ROUTINE = ["Gate check, Main Gate and Gate 2 arms working, no issues.",
           "Clubhouse and pool house checked, locked and secure.",
           "Vacation watch checks completed ({k} homes on list), all secure.",
           "Common area lights checked along {s}, two out, noted for maintenance.",
           "Patrolled all streets, no activity noted."]


def hoa(d, r):
    agency = "Sentinel Ridge Patrol Services for Willowmere Estates HOA, NC [invented]"
    gt, no, so = [], 1180, 4400
    allrecs = []
    for fname, first, ndays, cap in [("willowmere-hoa-patrol-report-2025-10-01-15.pdf", 1, 15, 62),
                                     ("willowmere-hoa-patrol-report-2025-10-16-31.pdf", 16, 16, 57)]:
        recs, groups, nroutine = [], [], 0
        for day in range(first, first + ndays):
            date = datetime.date(2025, 10, day)
            g = [[(36, f"EVENING PATROL - {date.strftime('%A')} {date.strftime('%m/%d/%Y')} - 1800-2400 - "
                       f"Patrol Unit {r.randint(2, 6)} (Officer #{r.randint(101, 149)})")]]
            mins = sorted(r.sample(range(5, 355), r.randint(5, 8)))
            for p, m in enumerate(mins, 1):
                hhmm = f"{18 + m // 60:02d}{m % 60:02d}"
                roll = r.random()
                idtxt = ""
                if roll < 0.5 and len(recs) < cap:
                    no += r.randint(1, 2)
                    rec = {"case_number": f"SRP-25-{no:04d}", "reported_at": f"{date.strftime('%m/%d/%Y')} {hhmm}",
                           "type": r.choice(P_TYPE), "location": f"{r.randint(2, 98)} {r.choice(STREETS)}", "rel": []}
                    text = f"{rec['type']} - {rec['location']}. {r.choice(P_TEXT)}"
                    if r.random() < 0.3:
                        so += r.randint(5, 60)
                        text += f" Hallam County Sheriff's Office notified, case 25-S-{so:05d}."
                        rec["rel"].append(("police_case", f"25-S-{so:05d}"))
                    idtxt = rec["case_number"]
                    recs.append(rec)
                    allrecs.append(rec)
                elif roll < 0.62 and allrecs:
                    old = r.choice(allrecs[-5:])
                    text = f"Re-check for {old['case_number']} at {old['location']}: no further activity."
                    nroutine += 1
                else:
                    text = r.choice(ROUTINE).format(k=r.randint(3, 11), s=r.choice(STREETS))
                    nroutine += 1
                lead = f"{p}.  " + (f"{idtxt}  " if idtxt else "") + f"{hhmm} hrs  "
                body = wrap(text, 95 - len(lead))
                g.append([(36, lead + body[0])])
                g += [[(36 + 5.0 * len(lead) * 0 + 60, c)] for c in body[1:]]
            g.append([(36, "")])
            groups.append(g)
        groups.append([[(36, f"Reports written this period: {len(recs)}    Routine checks and re-checks: {nroutine}")],
                       [(36, "Open reports carried forward from September: 3 (see prior report)")]])
        pages = paginate(groups, 58)
        header = [(36, "SENTINEL RIDGE PATROL SERVICES [invented]", "Helvetica-Bold", 11),
                  (36, f"Patrol Report to the Board, Willowmere Estates HOA - October {first}-{first + ndays - 1}, 2025 - "
                       "Dispatch 555-0156", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "Contract patrol - not a law enforcement agency",
                   font="Helvetica", fsize=8.5, lh=11)
        gt.append(entry(path, agency, "HOA private patrol report to the board (half month)", "numbered paragraphs",
                        recs, ["reported_at", "type", "location"],
                        "One heading per evening (`EVENING PATROL - Friday 10/03/2025 - 1800-2400 - Patrol Unit 4 "
                        "(Officer #117)`), then numbered paragraphs `N.  [SRP-25-NNNN]  HHMM hrs  text`, numbering "
                        "restarting at 1 each evening. Only paragraphs carrying a report number `SRP-25-NNNN` are "
                        "incidents; routine checks and `Re-check for SRP-25-NNNN at ...` paragraphs are numbered "
                        "too but are not records (a re-check repeats an earlier report's number; early in the second half of the month it may cite a report from the first half's PDF, not listed here). Type is the phrase "
                        "before ` - `, location the address after it; reported_at = heading date + time (patrol ends "
                        "at 2400). Sheriff's case numbers `25-S-NNNNN` are related. Ends `Reports written this "
                        "period: N    Routine checks and re-checks: M` and a carried-forward line (not a count).",
                        "report paragraphs counted by the generator"))
    return gt


# 4 ------------------------------------------------------------------ mall two-line register
STORES = ["Unit 118 (footwear)", "Unit 204 (electronics)", "Food Court seating", "Unit 132 (department store)",
          "North Entrance", "Parking Deck Level 2", "Unit 310 (cosmetics)", "Restroom corridor B",
          "Unit 221 (jewelry kiosk)", "Cinema lobby", "Unit 145 (sporting goods)", "East lot row K"]
M_TYPE = ["Shoplifting - detained", "Shoplifting - fled", "Disorderly juveniles", "Lost child reunited",
          "Slip and fall", "Vehicle break-in", "Panhandling", "Fight in progress", "Found property",
          "Trespass - prior notice", "Skateboarding", "Suspicious package"]
M_DISP = ["Released to parent", "Trespass notice issued", "Handed to police", "Report only",
          "First aid given", "Subject left property", "Property to lost and found"]


def mall(d, r):
    agency = "Brannock Crossing Mall, Security Department, WI [invented]"
    recs, groups, tn = [], [], []
    no, pd, tno = 20410, 33100, 80
    for t in stamps(r, datetime.datetime(2025, 10, 1), 88, 31, lo=9 * 60, hi=21 * 60 + 30):
        no += r.randint(1, 3)
        rec = {"case_number": f"MS25-{no:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "location": r.choice(STORES), "type": r.choice(M_TYPE), "rel": []}
        rec["disposition"] = r.choice(M_DISP)
        amt = f"Value ${r.randint(12, 480)}.{r.choice(['00', '49', '99'])}. " if "Shoplifting" in rec["type"] else ""
        pol = ""
        if rec["disposition"] == "Handed to police" or r.random() < 0.15:
            pd += r.randint(4, 70)
            pol = f"Police: Carrow PD case 25-{pd}"
            rec["rel"].append(("police_case", f"25-{pd}"))
        if rec["disposition"] == "Trespass notice issued":
            tno += 1
            tn.append((f"TN-25-{tno:04d}", rec))
            rec["rel"].append(("trespass_notice", f"TN-25-{tno:04d}"))
        narr = amt + r.choice(["Officer responded with store manager.", "Reported via mall radio.",
                               "Caller at guest services.", "Seen on camera 14 by SOC operator."])
        groups.append([f"{rec['case_number']:<13}{rec['reported_at']:<18}{rec['location']:<30}{rec['type']:<28}"
                       f"{rec['disposition']}",
                       f"{'':<13}{narr:<76}{pol}"])
        recs.append(rec)
    groups.append(["", f"Incidents this period: {len(recs)}"])
    groups.append(["", "TRESPASS NOTICES ISSUED", f"{'Notice No.':<12}{'Incident No.':<14}{'Date':<12}Term"])
    for num, rec in tn:
        groups.append([f"{num:<12}{rec['case_number']:<14}{rec['reported_at'][:10]:<12}"
                       f"{r.choice(['6 months', '1 year', '2 years'])}, all mall property"])
    groups.append(["", f"Notices issued: {len(tn)}"])
    head = [f"{'Incident No.':<13}{'Date':<11}{'Time':<7}{'Location':<30}{'Type':<28}Disposition",
            f"{'':<13}Narrative / police", "=" * 132]
    pages = paginate(groups, 46, head)
    header = [(36, "BRANNOCK CROSSING MALL - SECURITY DEPARTMENT [invented]", "Helvetica-Bold", 11),
              (36, "Incident Register - October 2025 - Security Office 555-0149", "Helvetica", 9)]
    path = d / "brannock-crossing-incident-register-2025-10.pdf"
    draw_pages(path, landscape(letter), pages, header, "Mall security register - subjects not named",
               fsize=7.5, lh=10)
    return [entry(path, agency, "shopping-mall security incident register (month)", "table with header", recs,
                  ["reported_at", "location", "type", "disposition"],
                  "Landscape table, header of two lines repeated per page. Each incident takes two printed lines: "
                  "`MS25-NNNNN  date  time  location  type  disposition`, then an indented narrative line with, "
                  "when police were called, `Police: Carrow PD case 25-NNNNN` (related). Store units "
                  "(`Unit 204`) and dollar values are not numbers of records. After `Incidents this period: N` "
                  "comes an appendix `TRESPASS NOTICES ISSUED` listing `TN-25-NNNN` notices with the incident "
                  "number again: these lines are not records (the notice numbers are related). Ends "
                  "`Notices issued: K`.", "two-line entries counted by the generator")]


# 5 ------------------------------------------------------------------ stadium event sections
OPP = ["Ostrow Pilots", "Dunmore Forge", "Kessel Bay Mariners", "Vantry Hawks", "Pell City Miners"]
S_TYPE = ["Ejection - intoxicated", "Ejection - fighting", "Medical assist", "Prohibited item at gate",
          "Lost child", "Counterfeit ticket", "Unruly fan - warned", "Theft of property", "Field trespass",
          "Ticket scalping", "Smoking in seating bowl", "Assault - fan on fan"]
S_DISP = ["Ejected Gate C", "Ejected Gate A", "Warned", "To first aid", "Reunited", "Item confiscated",
          "Turned over to police", "Arrest by police", "Resolved"]


def stadium(d, r):
    agency = "Harlan Municipal Stadium, Event Security Office, NE [invented]"
    gt, no, pd, season = [], 2140, 77300, 418
    for fname, events, label in [
            ("harlan-stadium-event-security-2025-09.pdf",
             [(9, 6), (9, 13), (9, 20), (9, 27)], "September 2025"),
            ("harlan-stadium-event-security-2025-10.pdf",
             [(10, 4), (10, 11), (10, 18)], "October 2025")]:
        recs, groups = [], []
        for month, day in events:
            date = datetime.date(2025, month, day)
            ev = f"25-E-{r.randint(100, 199)}"
            k = r.randint(12, 19)
            groups.append([f"EVENT {ev}   {date.strftime('%a')} {date.strftime('%m/%d/%Y')}   Harlan Tigers vs. "
                           f"{r.choice(OPP)}   Gates 17:00   Attendance {r.randint(31, 44)},{r.randint(100, 999)}",
                           f"  {'Time':<6}{'Report No.':<12}{'Location':<22}{'Type':<26}{'Action':<24}Police Case",
                           "  " + "-" * 108])
            mins = sorted(r.sample(range(17 * 60, 23 * 60 + 30), k))
            ej = ar = 0
            for m in mins:
                no += r.randint(1, 2)
                rec = {"case_number": f"SC-25-{no:04d}", "reported_at": f"{date.strftime('%m/%d/%Y')} {m // 60:02d}{m % 60:02d}",
                       "location": r.choice([f"Sec {r.randint(101, 148)} Row {r.randint(1, 38)}",
                                             f"Gate {r.choice('ABCDE')}", f"Concourse {r.randint(1, 3)}",
                                             f"Lot {r.choice('NSEW')}{r.randint(1, 9)}"]),
                       "type": r.choice(S_TYPE), "rel": []}
                disp = r.choice(S_DISP)
                if rec["type"].startswith("Ejection"):
                    disp = r.choice(["Ejected Gate C", "Ejected Gate A"])
                pol = ""
                if disp in ("Turned over to police", "Arrest by police") or r.random() < 0.1:
                    pd += r.randint(3, 90)
                    pol = f"HPD 25-{pd}"
                    rec["rel"].append(("police_case", f"25-{pd}"))
                rec["disposition"] = disp
                ej += disp.startswith("Ejected")
                ar += disp == "Arrest by police"
                groups.append([f"  {rec['reported_at'][11:]:<6}{rec['case_number']:<12}{rec['location']:<22}"
                               f"{rec['type']:<26}{disp:<24}{pol}"])
                recs.append(rec)
            groups.append([f"  Event subtotal: {k} incidents (ejections {ej}, arrests {ar})", ""])
        season += len(recs)
        groups.append(["", f"Incidents this report: {len(recs)}    Season to date: {season} incidents"])
        pages = paginate(groups, 44)
        header = [(36, "HARLAN MUNICIPAL STADIUM - EVENT SECURITY OFFICE [invented]", "Helvetica-Bold", 11),
                  (36, f"Event Incident Summary - {label} - Event Security 555-0190", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "Stadium event security - patrons not named",
                   fsize=7.5, lh=10)
        gt.append(entry(path, agency, "stadium event security incident summary (month of events)",
                        "table with header", recs, ["reported_at", "location", "type", "disposition"],
                        "Sectioned by event: `EVENT 25-E-NNN   Sat 09/06/2025   Harlan Tigers vs. ...   Gates 17:00   "
                        "Attendance NN,NNN`, then a column header and rows `HHMM  SC-25-NNNN  location  type  action  "
                        "police case`. Rows print the time only; reported_at = event heading date + time (events end "
                        "before midnight). Event numbers, seat sections (`Sec 114 Row 22`) and police case numbers "
                        "`HPD 25-NNNNN` (related) are not record ids. Each event ends `Event subtotal: K incidents "
                        "(ejections E, arrests A)`; the document ends `Incidents this report: N    Season to date: S "
                        "incidents`, where S is not this document's count.",
                        "rows counted by the generator"))
    return gt


AGENCIES = [("harwick-memorial-hospital-oh-security", 1, hospital),
            ("corrigan-college-vt-residence-life", 2, reslife),
            ("willowmere-estates-nc-hoa-patrol", 3, hoa),
            ("brannock-crossing-mall-wi-security", 4, mall),
            ("harlan-municipal-stadium-ne-event-security", 5, stadium)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
