"""Generate a held-out set of jail and detention-centre incident logs (blind_logs106).

Five layouts: a landscape detention incident log whose disciplinary-report number (same shape as
the incident number) sits in the column right after it; a regional jail's use-of-force report log
in labelled blocks, where one incident with several reporting officers has one block per report;
a housing-control officer's post log (free text) where only entries opening with an IR number are
incidents, with routine count, rounds and grievance entries and later follow-ups citing an IR;
an inmate incident history sorted by booking number, where an incident with two inmates is printed
under each inmate's booking; a jail incident summary in labelled blocks whose first label is a
grievance or DR reference number shaped like the incident number. Every agency, place and record is
invented; no person is named (inmates only by booking number, officers only by badge number).
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs106/make_blind_logs106.py [OUT_DIR]
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
SEED = 20261206
TYPES = ["Inmate fight", "Assault on staff", "Contraband - tobacco", "Refusal to lock down",
         "Medical emergency", "Self-harm attempt", "Property damage - sprinkler head", "Threats to staff",
         "Flooding cell", "Contraband - altered razor", "Unauthorized area", "Suicide watch placement",
         "Disruptive behavior", "Homemade alcohol found", "Refusal of orders", "Inmate on inmate assault"]
DISPS = ["DR written - hearing set", "Referred to Classification", "Referred to Sheriff's investigator",
         "Closed - no further action", "Moved to administrative segregation", "Medical referral",
         "Criminal charge referred to District Attorney", "Counseled and released to unit"]
FORCE = ["Escort hold", "OC spray (one burst)", "Hands-on takedown", "Restraint chair", "Wrist lock",
         "Leg restraints applied", "Soft empty-hand control"]


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
    """n increasing datetimes over ndays starting at date first."""
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def cell(r):
    u = r.choice("ABCDEF")
    return f"{u}{r.randint(1, 2)}-{r.randint(101, 124)}{r.choice('AB')}"


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


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        samples.append({k: recs[i][k] for k in ["case_number"] + fields if k in recs[i] and k != "case_number"}
                       | {"case_number": recs[i]["case_number"]})
    samples = [{"case_number": s["case_number"], **{k: v for k, v in s.items() if k != "case_number"}}
               for s in samples]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs106.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs106.py) from the records it drew; "
                               "checked by check_blind_logs106.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec["rel"]]


# 1 ------------------------------------------------------------------ Tamsin County, NV: DR column
def tamsin(d, r):
    agency = "Tamsin County Sheriff's Office Detention Center, NV [invented]"
    gt = []
    inc_no, dr_no = 4410, 4388
    for fname, first, n, label in [("tamsin-detention-incident-log-2025-11-01-15.pdf", 1, 56, "11/01/2025 - 11/15/2025"),
                                   ("tamsin-detention-incident-log-2025-11-16-30.pdf", 16, 61, "11/16/2025 - 11/30/2025")]:
        recs = []
        for t in stamps(r, datetime.datetime(2025, 11, first), n, 15):
            inc_no += r.randint(1, 3)
            dr = ""
            if r.random() < 0.45:
                dr_no += r.randint(1, 2)
                dr = f"D25-{dr_no:05d}"
            rec = {"case_number": f"J25-{inc_no:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "location": cell(r), "booking": f"2025-{r.randint(10000, 19999):06d}",
                   "type": r.choice(TYPES), "disposition": "DR written - hearing set" if dr else r.choice(DISPS[1:]),
                   "dr": dr}
            rec["rel"] = [("booking_number", rec["booking"])] + ([("disciplinary_report", dr)] if dr else [])
            recs.append(rec)
        head = [f"{'Inc No.':<10}{'DR No.':<10}{'Date':<11}{'Time':<6}{'Unit/Cell':<10}{'Booking No.':<13}"
                f"{'Incident Type':<36}Disposition",
                "-" * 128]
        groups = [[f"{x['case_number']:<10}{x['dr']:<10}{x['reported_at']:<17}{x['location']:<10}"
                   f"{x['booking']:<13}{x['type']:<36}{x['disposition']}"] for x in recs]
        ndr = sum(1 for x in recs if x["dr"])
        groups.append(["", f"Incidents listed: {n}    Disciplinary reports written: {ndr}    "
                           f"Average daily population: {r.randint(380, 460)}"])
        pages = paginate(groups, 40, head)
        header = [(36, "TAMSIN COUNTY SHERIFF'S OFFICE - DETENTION CENTER [invented]", "Helvetica-Bold", 11),
                  (36, f"Jail Incident Log   Period: {label}   Printed by Records, 555-0147", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "DC-INC-LOG v3  Inmates identified by booking number only")
        gt.append(entry(path, agency, "detention centre incident log (half month)", "table with header", recs,
                        ["reported_at", "location", "type", "disposition"],
                        "Landscape ruled-by-dashes table, header repeated per page. The second column `DR No.` "
                        "holds disciplinary-report numbers `D25-NNNNN` with exactly the shape of the incident "
                        "number `J25-NNNNN` in the first column, blank on rows without a DR; booking numbers "
                        "`2025-NNNNNN` and cell codes like `C2-114B` are not records. Ends with `Incidents listed: N` "
                        "and `Disciplinary reports written: M`.",
                        "every row counted by the generator; first page counted on the page", related_of(recs)))
    return agency, gt


# 2 ------------------------------------------------------------------ Corvel Regional Jail, VA: UOF blocks
def corvel(d, r):
    agency = "Corvel Regional Jail Authority, VA [invented]"
    recs, blocks = [], []
    inc, uof = 812, 128
    for t in stamps(r, datetime.datetime(2025, 10, 1), 46, 61):
        inc += r.randint(1, 6)
        k = r.choice([1, 1, 1, 2, 2, 3])
        rec = {"case_number": f"CRJ-25-{inc:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "location": f"Pod {r.choice('ABCDE')} / Cell {cell(r)}", "type": r.choice(TYPES),
               "disposition": r.choice(["Within policy - closed", "Referred to Internal Affairs",
                                        "Within policy - training note", "Pending video review"]),
               "booking": f"25-{r.randint(1000, 9999):06d}", "rel": []}
        rec["rel"].append(("booking_number", rec["booking"]))
        for j in range(1, k + 1):
            uof += 1
            num = f"UOF-25-{uof:04d}"
            rec["rel"].append(("use_of_force_report", num))
            blocks.append([
                [(36, f"USE OF FORCE REPORT   {num}"), (470, f"Report {j} of {k}")],
                [(36, f"Incident No.: {rec['case_number']}"), (300, f"Date/Time: {rec['reported_at']}")],
                [(36, f"Incident Type: {rec['type']}")],
                [(36, f"Location: {rec['location']}"), (300, f"Shift/Post: {r.choice('ABCD')} Shift / Post {r.randint(1, 14)}")],
                [(36, f"Inmate Booking No.: {rec['booking']}"), (300, f"Force Used: {r.choice(FORCE)}")],
                [(36, f"Reporting Officer: Badge {r.randint(1000, 2999)}"), (300, f"Supervisor: Sgt. Badge {r.randint(3000, 3999)}")],
                [(36, f"Review: {rec['disposition']}")],
                ""])
        recs.append(rec)
    blocks.append([f"Use-of-force reports in this log: {len(blocks)}    Incidents: {len(recs)}"])
    pages = paginate(blocks, 58)
    header = [(36, "CORVEL REGIONAL JAIL AUTHORITY [invented]", "Helvetica-Bold", 11),
              (36, "Use of Force Report Log - 10/01/2025 through 11/30/2025 - Professional Standards 555-0163",
               "Helvetica", 9)]
    path = d / "corvel-use-of-force-log-2025-10-11.pdf"
    draw_pages(path, letter, pages, header, "UOF log - booking numbers only; officers by badge",
               font="Helvetica", fsize=8.5, lh=11)
    gt = [entry(path, agency, "use-of-force report log (two months)", "labelled blocks", recs,
                ["reported_at", "type", "location", "disposition"],
                "One labelled block per use-of-force REPORT, headed `USE OF FORCE REPORT UOF-25-NNNN` and "
                "`Report j of k`. When several officers report on one incident, the incident's k blocks follow "
                "each other and repeat the same `Incident No.: CRJ-25-NNNNN`, date, type, location and review: one "
                "record per incident, not per block. UOF numbers and booking numbers `25-NNNNNN` are related. "
                "Ends with `Use-of-force reports in this log: B    Incidents: N`.",
                "blocks and distinct incident numbers counted by the generator", related_of(recs))]
    return agency, gt


# 3 ------------------------------------------------------------------ Hollis County, MT: post log
def hollis(d, r):
    agency = "Hollis County Detention Facility, MT [invented]"
    gt = []
    ir, dr, grv = 1180, 660, 230
    for fname, days, cap in [("hollis-post-3-log-2025-11-01-14.pdf", range(1, 15), 66),
                             ("hollis-post-3-log-2025-11-15-28.pdf", range(15, 29), 58)]:
        recs, lines = [], []
        opened = []
        for day in days:
            date = datetime.date(2025, 11, day)
            for shift, start in (("A Shift 0600-1800", 6), ("B Shift 1800-0600", 18)):
                lines.append([(36, f"{date.strftime('%A, %B %d, %Y')} - {shift} - Post 3 Housing Control "
                                   f"(Units C-D) - Officer Badge {r.randint(2000, 2999)}")])
                mins = sorted(r.sample(range(5, 700), r.randint(6, 9)))
                for m in mins:
                    hhmm = f"{(start + m // 60) % 24:02d}{m % 60:02d}"
                    roll = r.random()
                    if roll < 0.42 and len(recs) < cap:
                        ir += r.randint(1, 3)
                        rec = {"case_number": f"25-{ir:04d}", "reported_at": f"{date.strftime('%m/%d/%Y')} {hhmm}",
                               "type": r.choice(TYPES), "location": f"{r.choice('CD')}{r.randint(1, 2)}-{r.randint(101, 124)}",
                               "booking": f"25-{r.randint(1000, 9999):06d}", "rel": []}
                        rec["rel"].append(("booking_number", rec["booking"]))
                        text = (f"IR {rec['case_number']}: {rec['type']} in {rec['location']}. Inmate "
                                f"{rec['booking']} involved; Sgt. Badge {r.randint(3000, 3999)} notified.")
                        if r.random() < 0.4:
                            dr += 1
                            rec["rel"].append(("disciplinary_report", f"25-{dr:04d}"))
                            text += f" DR 25-{dr:04d} written."
                        recs.append(rec)
                        opened.append(rec)
                    elif roll < 0.55 and opened:
                        old = r.choice(opened[-6:])
                        text = f"Follow-up on IR {old['case_number']}: inmate returned to unit, no further issue."
                    elif roll < 0.62:
                        grv += 1
                        text = f"Grievance G25-{grv:04d} received from Unit {r.choice('CD')} kiosk, forwarded to Lt."
                    elif roll < 0.8:
                        text = f"Count {r.randint(180, 240)} cleared."
                    else:
                        text = f"Rounds Unit {r.choice('CD')} tiers 1-2, all secure."
                    chunks, cur = [], ""
                    for wd in text.split():
                        if len(cur) + len(wd) + 1 > 92:
                            chunks.append(cur)
                            cur = wd
                        else:
                            cur = (cur + " " + wd).strip()
                    chunks.append(cur)
                    lines.append([(36, hhmm), (72, chunks[0])])
                    lines += [[(72, c)] for c in chunks[1:]]
            if len(recs) >= cap:
                break
        lines.append([(36, f"Incident reports generated this period: {len(recs)}")])
        pages = paginate([[x] for x in lines], 60)
        header = [(36, "HOLLIS COUNTY DETENTION FACILITY [invented] - POST LOG", "Helvetica-Bold", 11),
                  (36, "Post 3 Housing Control - shift entries as typed - Jail Records 555-0118", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "Post log export - inmates by booking number",
                   font="Helvetica", fsize=8.5, lh=11)
        gt.append(entry(path, agency, "housing-control post log (shift narrative)", "free text", recs,
                    ["reported_at", "type", "location"],
                    "Shift headings (`Saturday, November 08, 2025 - A Shift 0600-1800 - Post 3 ...`) then entries, "
                    "a four-digit time then text, wrapped under the text. Only entries whose text opens with "
                    "`IR 25-NNNN:` are incidents; counts (`Count 214 cleared.`), rounds, grievance entries "
                    "(`Grievance G25-NNNN received`) are not, and `Follow-up on IR 25-NNNN:` entries repeat an "
                    "earlier incident's number without being a new record. reported_at = date of the shift heading "
                    "+ entry time (B shift entries after midnight keep the heading's date). DR numbers and "
                    "bookings are related. Ends `Incident reports generated this period: N`.",
                    "IR entries counted by the generator", related_of(recs)))
    return agency, gt


# 4 ------------------------------------------------------------------ Pellham County, OR: by booking
def pellham(d, r):
    agency = "Pellham County Jail, OR [invented]"
    recs, lines_by = [], {}
    bookings = sorted({f"25-{r.randint(3000, 3999):06d}" for _ in range(60)})
    inc, dr = 400, 510
    for t in stamps(r, datetime.datetime(2025, 11, 1), 52, 30):
        inc += r.randint(1, 4)
        who = r.sample(bookings, r.choice([1, 1, 1, 2, 2]))
        rec = {"case_number": f"PJ25-{inc:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": f"{r.choice(['Dayroom', 'Cell', 'Yard', 'Intake', 'Kitchen'])} "
                                                    f"{r.choice('ABCD')}{r.randint(1, 3)}", "rel": [], "who": who}
        roles = ["Aggressor", "Victim"] if len(who) == 2 else ["Involved"]
        for b, role in zip(who, roles):
            disp = r.choice(DISPS[1:])
            if r.random() < 0.4:
                dr += 1
                disp = f"DR 25-{dr:04d} - 10 days LOP"
                rec["rel"].append(("disciplinary_report", f"25-{dr:04d}"))
            lines_by.setdefault(b, []).append((rec, role, disp))
        recs.append(rec)
    groups, order, nlines = [], [], 0
    for b in sorted(lines_by):
        g = [f"BOOKING {b}   Housing {cell(r)}   Classification: {r.choice(['Minimum', 'Medium', 'Maximum'])}"]
        for rec, role, disp in sorted(lines_by[b], key=lambda x: x[0]["reported_at"]):
            g.append(f"   {rec['case_number']:<11}{rec['reported_at']:<18}{rec['location']:<12}{rec['type']:<36}"
                     f"{role:<11}{disp}")
            nlines += 1
            if rec not in order:
                order.append(rec)
                rec["disposition"] = disp
        groups.append(g + [""])
    groups.append([f"Bookings listed: {len(lines_by)}   Incident lines: {nlines}   Distinct incidents: {len(recs)}"])
    head = [f"   {'Inc. No.':<11}{'Date/Time':<18}{'Location':<12}{'Incident Type':<36}{'Role':<11}Disposition",
            "   " + "=" * 120]
    pages = paginate(groups, 50, head)
    header = [(36, "PELLHAM COUNTY JAIL [invented] - INMATE INCIDENT HISTORY", "Helvetica-Bold", 11),
              (36, "Incidents 11/01/2025 - 11/30/2025, sorted by booking number - Jail Records 555-0129",
               "Helvetica", 9)]
    path = d / "pellham-inmate-incident-history-2025-11.pdf"
    draw_pages(path, landscape(letter), pages, header, "JMS report INC-HIST-07", fsize=7.5, lh=9.5)
    gt = [entry(path, agency, "inmate incident history sorted by booking number", "table with header", order,
                ["reported_at", "location", "type", "disposition"],
                "Landscape table with a repeated header, sectioned by `BOOKING 25-NNNNNN` lines (booking, "
                "housing cell code, classification); each section lists that inmate's incidents. An incident "
                "with two inmates is printed twice, once under each booking (roles Aggressor / Victim), with the "
                "same number, date, location and type: one record. case_numbers follow first appearance in print "
                "order, not time order. DR numbers (`DR 25-NNNN` in the disposition) are related; the booking "
                "numbers head the sections, outside the rows, and are not listed. "
                "Ends `Bookings listed: B   Incident lines: L   Distinct incidents: N`; the disposition in "
                "sample_records is the one on the incident's first printed line.",
                "distinct incident numbers counted by the generator", related_of(order))]
    return agency, gt


# 5 ------------------------------------------------------------------ Merrin County, GA: Ref-first blocks
def merrin(d, r):
    agency = "Merrin County Sheriff's Office Jail Division, GA [invented]"
    gt = []
    inc, grv, drn = 900, 310, 140
    for fname, month, n in [("merrin-jail-incident-summaries-2025-10.pdf", 10, 44),
                            ("merrin-jail-incident-summaries-2025-11.pdf", 11, 50)]:
        recs, groups = [], []
        ng = nd = 0
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            inc += r.randint(1, 5)
            roll = r.random()
            if roll < 0.4:
                grv += r.randint(1, 2)
                ref, ng = f"GRV-25-{grv:04d}", ng + 1
            elif roll < 0.75:
                drn += 1
                ref, nd = f"DR-25-{drn:04d}", nd + 1
            else:
                ref = "none"
            occ = t - datetime.timedelta(minutes=r.randint(10, 600))
            rec = {"case_number": f"MJ-25-{inc:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
                   "occurred": occ.strftime("%m/%d/%Y %H%M"), "location": f"{r.randint(1, 4)}-{r.choice(['East', 'West'])}",
                   "type": r.choice(TYPES), "disposition": r.choice(DISPS),
                   "booking": f"25-{r.randint(10000, 19999):06d}", "rel": []}
            if ref != "none":
                rec["rel"].append(("grievance_number" if ref.startswith("GRV") else "disciplinary_report", ref))
            rec["rel"].append(("booking_number", rec["booking"]))
            cellc = f"{rec['location'][0]}{rec['location'][2]}-{r.randint(201, 236)}"
            groups.append([
                [(36, f"Ref. No.: {ref}"), (300, f"Incident No.: {rec['case_number']}")],
                [(36, f"Reported: {rec['reported_at']}"), (300, f"Occurred: {rec['occurred']}")],
                [(36, f"Unit/Cell: {rec['location']} / {cellc}"), (300, f"Booking No.: {rec['booking']}")],
                [(36, f"Category: {rec['type']}")],
                [(36, f"Shift/Post: {r.choice(['Day', 'Evening', 'Night'])} / Post {cellc[:2]}")],
                [(36, f"Disposition: {rec['disposition']}")],
                [(36, "_" * 96)]])
            recs.append(rec)
        groups.append(["", f"Summaries: {n} (grievance-linked {ng}, DR-linked {nd})"])
        pages = paginate(groups, 56)
        header = [(36, "MERRIN COUNTY SHERIFF'S OFFICE - JAIL DIVISION [invented]", "Helvetica-Bold", 11),
                  (36, f"Jail Incident Summaries - {datetime.date(2025, month, 1).strftime('%B %Y')} - "
                       "Records 555-0184", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, letter, pages, header, "JD-SUM  booking numbers only", font="Helvetica", fsize=8.5, lh=11)
        gt.append(entry(path, agency, "jail incident summaries (month)", "labelled blocks", recs,
                        ["reported_at", "location", "type", "disposition"],
                        "Labelled blocks separated by a rule; the block's FIRST label is `Ref. No.:` holding a "
                        "grievance number `GRV-25-NNNN` or a disciplinary report `DR-25-NNNN` (or `none`), shaped "
                        "like the incident number `MJ-25-NNNN` printed to its right on the same line. Two dates "
                        "(Reported / Occurred, `MM/DD/YYYY HHMM`), unit and cell code, booking number, post. Ends "
                        "`Summaries: N (grievance-linked G, DR-linked D)`.",
                        "blocks counted by the generator", related_of(recs)))
    return agency, gt


AGENCIES = [("tamsin-county-nv-so", 1, tamsin), ("corvel-regional-jail-va", 2, corvel),
            ("hollis-county-mt-so", 3, hollis), ("pellham-county-or-so", 4, pellham),
            ("merrin-county-ga-so", 5, merrin)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        for e in gt:
            for s in e["sample_records"]:
                s.pop("rel", None)
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
