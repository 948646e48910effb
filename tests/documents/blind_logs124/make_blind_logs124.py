"""Generate a held-out set of help-desk and ticketing-system exports of incident and complaint records
(blind_logs124).

Five layouts: a police citizen-request queue export (table) whose merged duplicate tickets are printed
as indented sub-lines shaped like rows; a marshal's office ticket-detail export (labelled blocks) with
status-history lines, SLA due times and internal notes quoting older tickets, blocks running over page
ends; a city clerk's complaint conversation export (free text) whose replies quote other tickets'
header lines behind "> "; a harbour town's weekly service-desk digest (numbered paragraphs) with
unnumbered "closed as duplicate" lines for tickets that are not incidents of their own; a sheriff's
civil desk SLA report (table, two lines per ticket) grouped by queue with subtotals and SLA timers
shaped like clock times. Everything is invented; phone numbers are 555-01xx.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs124/make_blind_logs124.py [OUT_DIR]
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
SEED = 20261224
TYPES = ["Noise complaint", "Abandoned vehicle", "Loose dog", "Illegal dumping", "Suspicious person",
         "Parking in fire lane", "Graffiti", "Streetlight out", "Vandalism to park bench", "Barking dog",
         "Trespass on city lot", "Fireworks", "Speeding vehicles", "Shopping carts left", "Open burning",
         "Damaged stop sign", "Sidewalk obstruction", "Juveniles loitering", "Stolen bicycle", "Harassing calls"]
STREETS = ["Pecan Row", "Birchway Ct", "Wharf St", "Mill Pond Rd", "Larkin Ave", "Old Quarry Ln", "Fenwick St",
           "Harlow Dr", "Cedar Bend", "Tolliver Way", "Juniper Pl", "Ostrand Blvd", "Canal St", "Sawyer Ave"]
DISPS = ["Resolved - officer advised", "Resolved - referred to Public Works", "Closed - unable to locate",
         "Resolved - citation issued", "Closed - no violation found", "Resolved - owner contacted",
         "Closed - referred to Animal Control", "Resolved - report taken"]


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


def disp(r, typ):
    """A resolution that fits the complaint type."""
    if typ in ("Loose dog", "Barking dog"):
        return r.choice(["Closed - referred to Animal Control", "Resolved - owner contacted",
                         "Closed - unable to locate"])
    return r.choice([x for x in DISPS if "Animal" not in x])


def loc(r):
    return f"{r.randint(1, 48) * 100 + r.choice([0, 10, 22, 45, 61])} {r.choice(STREETS)}"


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
            c.drawString(36, y, line)
            y -= lh
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 26, footer_left)
        c.drawRightString(w - 36, 26, f"Page {i} of {n}")
        c.showPage()
    c.save()


def paginate(groups, per_page, head_lines=(), keep=True):
    pages, cur = [], list(head_lines)
    for g in groups:
        if keep:
            if len(cur) + len(g) > per_page and len(cur) > len(head_lines):
                pages.append(cur)
                cur = list(head_lines)
            cur += g
        else:
            for line in g:
                if len(cur) >= per_page:
                    pages.append(cur)
                    cur = list(head_lines)
                cur.append(line)
    pages.append(cur)
    return pages


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields if k in recs[i]}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs124.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs124.py) from the records it drew; "
                               "checked by check_blind_logs124.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ----------------------------------------------------- Brindle Cove, OR: queue table, merged sub-lines
def brindle(d, r):
    n = 72
    ts = stamps(r, datetime.datetime(2026, 3, 1), n, 14)
    ids = sorted(r.sample(range(30410, 30700), n))
    used = set(ids)
    recs, groups = [], []
    merged_total = 0
    for i in range(n):
        t = ts[i]
        rec = {"case_number": f"BCPD-{ids[i]}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": loc(r), "disposition": r.choice(["Resolved", "Closed",
                                                                                   "Resolved", "Pending", "Open"]),
               "rel": []}
        sla = f"{r.randint(0, 3)}h {r.randint(0, 59):02d}m " + r.choice(["met", "met", "met", "BREACH"])
        g = [f"{rec['case_number']}  {rec['reported_at']}  {rec['type']:<26}{rec['location']:<22}"
             f"{rec['disposition']:<10}{sla}"]
        if i % 6 == 3:
            for _ in range(r.choice([1, 1, 2])):
                m = next(x for x in range(ids[i] + 1, ids[i] + 99) if x not in used)
                used.add(m)
                mt = t + datetime.timedelta(minutes=r.randint(3, 90))
                g.append(f"    + merged BCPD-{m}  {mt.strftime('%m/%d/%Y %H:%M')}  duplicate report "
                         f"({r.choice(['web form', 'phone', 'email', 'walk-in'])})")
                rec["rel"].append(("merged_ticket", f"BCPD-{m}"))
                merged_total += 1
        recs.append(rec)
        groups.append(g)
    head = ["Ticket      Opened            Category                  Location              Status    SLA (1st resp.)",
            "-" * 108]
    pages = paginate(groups, 44, head)
    pages[-1] += ["", f"Tickets listed: {n}    Merged duplicates: {merged_total}    "
                  "Export: HelpDesk Lite 4.2  queue CITIZEN-REQ"]
    path = d / "brindle-cove-citizen-request-queue-2026-03-01-14.pdf"
    draw_pages(path, landscape(letter), pages,
               [(36, "Brindle Cove Police Department - Citizen Request Queue", "Helvetica-Bold", 11),
                (36, "Tickets opened 03/01/2026 - 03/14/2026  |  non-emergency line 503-555-0142", "Helvetica", 8)],
               "HelpDesk Lite export - Brindle Cove PD [invented]", fsize=7.8)
    notes = ("Queue export, one row per ticket. Duplicate tickets merged into a row are printed as indented "
             "'+ merged BCPD-nnnnn date time' sub-lines under it, shaped like rows; they are not records of "
             "their own and are listed in related_numbers (merged_ticket). 'Status' is the disposition.")
    return [entry(path, "Brindle Cove Police Department, OR [invented]", "citizen request ticket queue export",
                  "table with header", recs, ["reported_at", "type", "location", "disposition"], notes,
                  "rows counted on page 1 against the document's 'Tickets listed' total")]


# 2 ------------------------------------------- Tallow Creek, TX: ticket detail blocks, history, notes
def tallow(d, r):
    n = 46
    ts = stamps(r, datetime.datetime(2026, 2, 16), n, 14)
    start = 2611
    recs, groups = [], []
    for i in range(n):
        t = ts[i]
        num = f"TCM-{start + i * 2 + r.randint(0, 1)}"
        rec = {"case_number": num, "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(TYPES),
               "location": loc(r), "rel": []}
        rec["disposition"] = disp(r, rec["type"])
        g = [f"Ticket: {num}    Priority: P{r.randint(2, 4)}    Channel: {r.choice(['Phone', 'Portal', 'Email', 'Counter'])}",
             f"Subject: {rec['type']}", f"Opened: {rec['reported_at']}", f"Location: {rec['location']}",
             "Status history:"]
        h = t
        for st in ["New", f"Open - assigned Deputy Marshal {r.randint(11, 19)}", "Pending - awaiting caller",
                   "Resolved"][: r.choice([2, 3, 4])]:
            g.append(f"  {h.strftime('%m/%d/%Y %H:%M')}  {st}")
            h += datetime.timedelta(minutes=r.randint(9, 300))
        due = t + datetime.timedelta(hours=2)
        g.append(f"SLA: response due {due.strftime('%m/%d/%Y %H:%M')} - {r.choice(['met', 'met', 'missed'])}")
        if i % 4 == 1:
            q = f"TCM-{r.randint(2300, 2590)}"
            g.append(f"Internal note: caller also reported this under {q} (closed); see that ticket.")
            rec["rel"].append(("quoted_ticket", q))
        g.append(f"Resolution: {rec['disposition']}")
        g.append("")
        recs.append(rec)
        groups.append(g)
    pages = paginate(groups, 62, (), keep=False)
    pages[-1] += [f"Tickets exported: {n}"]
    path = d / "tallow-creek-marshal-ticket-detail-2026-02-16-03-01.pdf"
    draw_pages(path, letter, pages,
               [(36, "Tallow Creek Marshal's Office - Ticket Detail Export", "Helvetica-Bold", 11),
                (36, "Service desk: DeskTrack Cloud   Period 02/16/2026 - 03/01/2026   Office 830-555-0117",
                 "Helvetica", 8)],
               "DeskTrack Cloud - Tallow Creek Marshal's Office [invented]")
    notes = ("One labelled block per ticket; blocks run over page ends. Each block has status-history lines "
             "with date and time (the first one repeats the Opened time) and an SLA due date-time; none of them "
             "starts a record. Internal notes quote older tickets (TCM-23xx to 25xx, from before the period) "
             "that are not records here; they are in related_numbers (quoted_ticket). 'Resolution' is the "
             "disposition.")
    return [entry(path, "Tallow Creek Marshal's Office, TX [invented]", "help-desk ticket detail export",
                  "labelled blocks", recs, ["reported_at", "type", "location", "disposition"], notes,
                  "blocks counted by 'Ticket:' label on pages 1-2, total from 'Tickets exported'")]


# 3 ----------------------------------------------- Wrenfield, MI: conversation export, quoted headers
def wrenfield(d, r):
    n = 58
    ts = stamps(r, datetime.datetime(2026, 2, 1), n, 28)
    ids = sorted(r.sample(range(51700, 52400), n))
    old = sorted(r.sample(range(50900, 51690), 30))
    recs, groups = [], []
    qi = 0
    for i in range(n):
        t = ts[i]
        rec = {"case_number": f"#{ids[i]}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(TYPES),
               "location": loc(r), "rel": []}
        rec["disposition"] = disp(r, rec["type"])
        g = [f"{rec['case_number']}  {rec['type']}  [{r.choice(['Closed', 'Solved'])}]",
             f"Opened {t.strftime('%a')} {rec['reported_at']} by resident via "
             f"{r.choice(['portal', 'phone', 'email'])}; location {rec['location']}."]
        rt = t + datetime.timedelta(hours=r.randint(1, 20))
        g.append(f"  Reply (Clerk's Office, {rt.strftime('%m/%d/%Y %H:%M')}): Forwarded to "
                 f"{r.choice(['PD non-emergency', 'Code Enforcement', 'Public Works'])}.")
        if i % 3 == 2 and qi < len(old):
            q = old[qi]
            qi += 1
            qt = t - datetime.timedelta(days=r.randint(5, 40))
            g += [f"  Internal note ({rt.strftime('%m/%d/%Y %H:%M')}): same address as an earlier ticket:",
                  f"  > #{q}  {r.choice(TYPES)}  [Closed]",
                  f"  > Opened {qt.strftime('%a')} {qt.strftime('%m/%d/%Y %H:%M')} by resident via phone."]
            rec["rel"].append(("quoted_ticket", f"#{q}"))
        g += [f"Resolution: {rec['disposition']}", ""]
        recs.append(rec)
        groups.append(g)
    pages = paginate(groups, 60, ())
    pages[-1] += [f"Conversations in export: {n}"]
    path = d / "wrenfield-clerk-complaint-conversations-2026-02.pdf"
    draw_pages(path, letter, pages,
               [(36, "City of Wrenfield - Clerk's Office Complaint Desk", "Helvetica-Bold", 11),
                (36, "Conversation export, February 2026 (TalkDesk Mini)   Clerk 269-555-0163", "Helvetica", 8)],
               "TalkDesk Mini conversation export - City of Wrenfield [invented]", fsize=7.8)
    notes = ("Free-text conversation export: each ticket opens with '#nnnnn  subject  [status]' then an "
             "'Opened ...' line, replies and notes. Some internal notes quote an earlier ticket's header and "
             "'Opened' line behind '> ' (tickets from before the period); those are not records, and the "
             "quoted numbers are in related_numbers (quoted_ticket). Record id printed with its '#'.")
    return [entry(path, "City of Wrenfield Clerk's Office, MI [invented]", "complaint desk conversation export",
                  "free text", recs, ["reported_at", "type", "location", "disposition"], notes,
                  "ticket headers counted on page 1, total from 'Conversations in export'")]


# 4 ----------------------------------------- Pell Harbor, ME: numbered digest, duplicate-closure lines
def pell(d, r):
    n = 84
    ts = stamps(r, datetime.datetime(2026, 3, 2), n, 7)
    ids = sorted(r.sample(range(4100, 4400), n))
    used = set(ids)
    recs, groups = [], []
    pending = []
    di = 0
    for i in range(n):
        t = ts[i]
        rec = {"case_number": str(ids[i]), "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(TYPES),
               "location": loc(r), "disposition": r.choice(["Resolved", "Resolved", "Closed", "Open"]), "rel": []}
        g = [f"{i + 1}. Ticket {rec['case_number']} - {rec['type']}, {rec['location']}. Opened {rec['reported_at']}.",
             f"    Status: {rec['disposition']}. SLA {r.choice(['24h', '48h', '72h'])}: "
             f"{r.choice(['met', 'met', 'breached'])}."]
        groups.append(g)
        if i % 7 == 2:
            dn = next(x for x in range(ids[i] + 2, ids[i] + 99) if x not in used)
            used.add(dn)
            pending.append((i + r.randint(1, 3), dn, rec))
            rec["rel"].append(("duplicate_ticket", str(dn)))
            di += 1
        for p in [p for p in pending if p[0] == i]:
            groups.append([f"    Ticket {p[1]} - closed as duplicate of {p[2]['case_number']}; not counted."])
            pending.remove(p)
        recs.append(rec)
    for p in pending:
        groups.append([f"    Ticket {p[1]} - closed as duplicate of {p[2]['case_number']}; not counted."])
    pages = paginate(groups, 50, ())
    pages[-1] += ["", f"Tickets in this digest: {n} (duplicates closed: {di})"]
    path = d / "pell-harbor-service-desk-digest-2026-03-02-08.pdf"
    draw_pages(path, letter, pages,
               [(36, "Town of Pell Harbor - Public Safety & Town Office Service Desk", "Helvetica-Bold", 11),
                (36, "Weekly digest 03/02/2026 - 03/08/2026, prepared by the Town Clerk (207-555-0129)",
                 "Helvetica", 8)],
               "Pell Harbor service desk weekly digest [invented]", font="Helvetica", fsize=8.0)
    notes = ("Numbered paragraphs, one per ticket: the paragraph number (1..N) and the 4-digit ticket number "
             "are both printed. Unnumbered indented lines 'Ticket nnnn - closed as duplicate of mmmm' are "
             "duplicate tickets, not incidents; their numbers are related_numbers (duplicate_ticket) of the "
             "original ticket, printed a few paragraphs after it. Status is the disposition.")
    return [entry(path, "Town of Pell Harbor, ME [invented]", "weekly service-desk digest",
                  "numbered paragraphs", recs, ["reported_at", "type", "location", "disposition"], notes,
                  "paragraphs counted on page 1, last paragraph number equals the digest total")]


# 5 ------------------------------------ Osgood Valley, KS: SLA report by queue, two lines per ticket
def osgood(d, r):
    queues = [("ANIMAL", 24), ("CIVIL PROCESS", 22), ("NOISE/NUISANCE", 28), ("PARKING", 20), ("RECORDS REQ", 18)]
    qtypes = {"ANIMAL": ["Loose dog", "Barking dog", "Livestock on road", "Animal bite report", "Dead animal"],
              "CIVIL PROCESS": ["Service attempt inquiry", "Writ of possession", "Protective order query",
                                "Civil standby request"],
              "NOISE/NUISANCE": ["Noise complaint", "Fireworks", "Open burning", "Juveniles loitering",
                                 "Illegal dumping"],
              "PARKING": ["Abandoned vehicle", "Parking in fire lane", "Blocked driveway", "Inoperable vehicle"],
              "RECORDS REQ": ["Report copy request", "Accident report request", "Clearance letter request"]}
    n = sum(q[1] for q in queues)
    ts = stamps(r, datetime.datetime(2026, 3, 9), n, 14)
    r.shuffle(ts)
    nums = sorted(r.sample(range(260310, 261999), n))
    r.shuffle(nums)
    recs, groups, order = [], [], 0
    for q, k in queues:
        rows = sorted(zip(ts[order:order + k], nums[order:order + k]))
        order += k
        qrecs, breached = [], 0
        for t, num in rows:
            rec = {"case_number": f"OV{num}", "reported_at": t.strftime("%m/%d/%y %H:%M"), "type": r.choice(qtypes[q]),
                   "location": loc(r), "disposition": r.choice(["RESOLVED", "CLOSED", "PENDING", "RESOLVED"]),
                   "rel": []}
            rem = r.randint(-300, 900)
            if rem < 0:
                breached += 1
            remt = f"{'-' if rem < 0 else ' '}{abs(rem) // 60:02d}:{abs(rem) % 60:02d}"
            el = f"{r.randint(0, 60):02d}:{r.randint(0, 59):02d}"
            ut = t + datetime.timedelta(minutes=r.randint(20, 3000))
            line1 = (f"{rec['case_number']}  {rec['reported_at']}  {rec['type']:<25}{rec['location']:<20}"
                     f"{rec['disposition']:<9}{el:>6}  {remt}")
            line2 = (f"          hist: NEW {t.strftime('%m/%d %H:%M')} > ASG "
                     f"{(t + datetime.timedelta(minutes=r.randint(2, 19))).strftime('%m/%d %H:%M')} > "
                     f"{rec['disposition'][:3]} {ut.strftime('%m/%d %H:%M')}   agent {r.choice(['D14', 'D22', 'C03', 'C07'])}")
            qrecs.append([line1, line2])
            recs.append(rec)
        groups.append([f"QUEUE: {q}"])
        groups += qrecs
        groups.append([f"  Queue subtotal {q}: {k} tickets, {breached} past SLA", ""])
    head = ["TICKET    OPENED          CATEGORY                 LOCATION            STATUS   ELAPSED  SLA LEFT",
            "-" * 100]
    pages = paginate(groups, 56, head, keep=False)
    pages[-1] += [f"REPORT TOTAL: {n} tickets"]
    path = d / "osgood-valley-civil-desk-sla-report-2026-03-09-22.pdf"
    draw_pages(path, letter, pages,
               [(36, "Osgood Valley County Sheriff - Civil & Non-Emergency Desk", "Helvetica-Bold", 11),
                (36, "SLA status report, tickets opened 03/09/2026 - 03/22/2026 (ServiceTrak)  785-555-0188",
                 "Helvetica", 8)],
               "ServiceTrak SLA report - Osgood Valley County SO [invented]", fsize=7.2, lh=9.6)
    notes = ("Table grouped by queue, two lines per ticket: the row and a 'hist:' status-history line with "
             "short dates and times; rows and their hist lines may be split by a page end. ELAPSED (hh:mm) "
             "and SLA LEFT (hh:mm, negative when past due) are timers shaped like clock times, not times of "
             "day. Queue subtotal lines and the report total are not records. Dates are printed with 2-digit "
             "years. Status is the disposition.")
    return [entry(path, "Osgood Valley County Sheriff's Office, KS [invented]", "ticketing-system SLA status report",
                  "table with header", recs, ["reported_at", "type", "location", "disposition"], notes,
                  "rows counted for the ANIMAL queue against its subtotal; subtotals sum to the report total")]


AGENCIES = [("brindle-cove-or-pd", 1, brindle), ("tallow-creek-tx-marshal", 2, tallow),
            ("wrenfield-mi-city-clerk", 3, wrenfield), ("pell-harbor-me-town", 4, pell),
            ("osgood-valley-ks-so", 5, osgood)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
