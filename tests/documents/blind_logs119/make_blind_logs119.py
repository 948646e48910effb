"""Generate a held-out set of incident logs circulated for review with tracked changes (blind_logs119).

Five layouts, all printed "with markup shown": struck-through deleted text, underlined inserted
text, comment balloons in the right margin with reviewer initials and dates, change bars in the
left margin. A table whose corrected case numbers print the struck old number before the inserted
new one, and whose deleted rows stay on the page struck through; labelled blocks whose reported
time and disposition were edited and whose balloons cite other cases and CAD numbers; a free-text
press log with deleted (not releasable) paragraphs and inserted late entries; numbered paragraphs
renumbered by the word processor after a deletion (old item number struck, new one inserted); a
PDF-editor review of a table with a comments summary page whose lines open with case numbers.
Every agency, place and record is invented; no person is named. Deterministic: fixed seeds,
reportlab invariant mode. Run:
    python tests/documents/blind_logs119/make_blind_logs119.py [OUT_DIR]
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
SEED = 20261119
TYPES = ["Theft from vehicle", "Burglary - residential", "Vandalism", "Disturbance - noise", "Trespass",
         "Welfare check", "Shoplifting", "Assault - simple", "Suspicious person", "Found property",
         "Hit and run - property damage", "Fraud - check", "Harassment", "Domestic disturbance",
         "Stolen bicycle", "Criminal mischief", "Lost property", "Animal complaint"]
DISPS = ["Report taken", "Closed - no further action", "Arrest made", "Referred to Investigations",
         "Unfounded", "Citation issued", "Gone on arrival", "Open - pending follow-up"]
STREETS = ["Larkmoor Ave", "Quenby St", "Tollard Rd", "Fennick Ln", "Oxhey Ct", "Harrowgate Blvd",
           "Pellow Way", "Sandry Pl", "Marchbank Dr", "Wyecliff St", "Ormsby Rd", "Kestle Ave"]
INK = (0.75, 0.05, 0.05)       # deletions
INS = (0.05, 0.2, 0.7)         # insertions
BAL = (0.35, 0.35, 0.35)       # balloons


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
    return f"{r.randint(1, 39) * 100 + r.randint(0, 99)} {r.choice(STREETS)}"


def draw_pages(path, size, pages, header, footer_left, font="Helvetica", fsize=8.0, lh=11.0):
    """pages: list of list of lines; a line is a list of (x, text, style) with style '' (plain),
    'del' (struck through, red), 'ins' (underlined, blue), 'bal' (margin balloon, boxed grey),
    'bar' (change bar in the left margin, no text)."""
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
        for line in lines:
            for x, text, style in line:
                if style == "bar":
                    c.setLineWidth(1.2)
                    c.line(24, y - 2, 24, y + fsize)
                    continue
                fs = fsize - 1 if style == "bal" else fsize
                c.setFont(font, fs)
                c.setFillColorRGB(*{"del": INK, "ins": INS, "bal": BAL}.get(style, (0, 0, 0)))
                c.setStrokeColorRGB(*{"del": INK, "ins": INS, "bal": BAL}.get(style, (0, 0, 0)))
                c.drawString(x, y, text)
                tw = c.stringWidth(text, font, fs)
                c.setLineWidth(0.6)
                if style == "del":
                    c.line(x, y + fs * 0.3, x + tw, y + fs * 0.3)
                elif style == "ins":
                    c.line(x, y - 1.5, x + tw, y - 1.5)
                elif style == "bal":
                    c.setDash(1, 2)
                    c.rect(x - 3, y - 3, tw + 6, fs + 4)
                    c.setDash()
                c.setFillColorRGB(0, 0, 0)
                c.setStrokeColorRGB(0, 0, 0)
            y -= lh
        c.setFont("Helvetica", 7)
        c.drawString(36, 24, footer_left)
        c.drawRightString(w - 36, 24, f"Page {i} of {n}")
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


def P(x, text, style=""):
    return (x, text, style)


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields if k in recs[i]}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs119.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs119.py) from the records it drew; "
                               "checked by check_blind_logs119.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec["rel"]]


def transpose(num, used):
    """A typo of num (two adjacent digits swapped, a smaller number) not in used."""
    head, digits = num[:-4], num[-4:]
    for i in (2, 1, 0):
        d = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
        if d < digits and head + d not in used:  # smaller: never a later record's number
            return head + d
    return head + str((int(digits) - 500) % 10000).zfill(4)


# 1 ------------------------------------------------------------------ Ashgrove PD: table, corrected ids
def ashgrove(d, r):
    agency = "Ashgrove Police Department, WI [invented]"
    gt = []
    seq = 4100
    for fname, first, n, label in [("ashgrove-weekly-log-2025-11-03-REVIEW.pdf", 3, 71, "11/03/2025 - 11/09/2025"),
                                   ("ashgrove-weekly-log-2025-11-10-REVIEW.pdf", 10, 64, "11/10/2025 - 11/16/2025")]:
        recs, rows = [], []
        times = stamps(r, datetime.datetime(2025, 11, first), n, 7)
        for t in times:
            seq += r.randint(1, 3)
            rec = {"case_number": f"25-0{seq}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS), "rel": []}
            recs.append(rec)
        used = {x["case_number"] for x in recs}
        nb = 0
        for _i, rec in enumerate(recs):
            roll = r.random()
            cells = [P(150, rec["reported_at"]), P(235, rec["type"]), P(385, rec["location"]),
                     P(500, rec["disposition"])]
            if roll < 0.16:
                old = transpose(rec["case_number"], used)
                used.add(old)
                rec["rel"].append(("superseded_number", old))
                nb += 1
                rows.append([[P(0, "", "bar"), P(36, old, "del"), P(86, rec["case_number"], "ins")] + cells
                             + [P(640, f"[RT{nb}] No. corrected per RMS - RT 11/{first + 7:02d}", "bal")]])
            else:
                rows.append([[P(86, rec["case_number"])] + cells])
            if r.random() < 0.06:  # a deleted row: entered in error, left struck through
                seq += 1
                dead = f"25-0{seq}"
                used.add(dead)
                tt = datetime.datetime.strptime(rec["reported_at"], "%m/%d/%Y %H:%M") + datetime.timedelta(minutes=r.randint(3, 40))
                nb += 1
                why = r.choice(["Fire Dept call, not APD", "entered in wrong week", "test entry"])
                rows.append([[P(0, "", "bar"), P(86, dead, "del"), P(150, tt.strftime("%m/%d/%Y %H:%M"), "del"),
                              P(235, r.choice(TYPES), "del"), P(385, addr(r), "del"), P(500, r.choice(DISPS), "del"),
                              P(640, f"[RT{nb}] Deleted: {why}", "bal")]])
        rows.append([[]])
        rows.append([[P(86, f"Entries in log: {n}")], ])
        rows.append([[P(86, "Markup shown: struck = deleted, underlined = inserted. Reviewer RT (Records). "
                           "Do not release until changes accepted.")]])
        head = [[P(86, "Case No."), P(150, "Reported"), P(235, "Incident Type"), P(385, "Location"),
                 P(500, "Disposition"), P(640, "Comments")],
                [P(86, "-" * 150)]]
        pages = paginate([[x for x in g] for g in rows], 40, head)
        header = [(36, "ASHGROVE POLICE DEPARTMENT [invented] - WEEKLY INCIDENT LOG", "Helvetica-Bold", 11),
                  (36, f"Period {label}   DRAFT FOR REVIEW - Track Changes: Final Showing Markup   "
                       "Records Unit 555-0131", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "ApdWeeklyLog_DRAFT.docx - printed with markup",
                   fsize=7.5, lh=10.5)
        gt.append(entry(path, agency, "weekly incident log, review draft with tracked changes", "table with header",
                        recs, ["reported_at", "type", "location", "disposition"],
                        "Landscape table printed from a word processor with markup shown. Where a case number was "
                        "corrected, the struck-through old number (a digit transposition, `25-0NNNN`) stands before "
                        "the underlined new number on the same row, with a change bar and a balloon "
                        "`[RTk] No. corrected per RMS`: the record's id is the new (inserted) number, the old one is "
                        "a related `superseded_number`. Some rows are deleted whole (struck through, balloon "
                        "`[RTk] Deleted: ...`): not records, their numbers are listed nowhere. Ends "
                        "`Entries in log: N`.",
                        "rows counted by the generator; deleted rows excluded", related_of(recs)))
    return gt


# 2 ------------------------------------------------------------------ Brenlow County SO: labelled blocks
def brenlow(d, r):
    agency = "Brenlow County Sheriff's Office, ID [invented]"
    recs, groups = [], []
    seq, cad = 380, 870
    ncom = nchg = 0
    for t in stamps(r, datetime.datetime(2025, 10, 1), 58, 31):
        seq += r.randint(1, 4)
        rec = {"case_number": f"BC25-{seq:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": addr(r) + ", " + r.choice(["Tolland", "Breck", "Ovid Flats"]),
               "disposition": r.choice(DISPS), "rel": []}
        lines = []
        bal = None
        edit_time = r.random() < 0.22
        edit_disp = r.random() < 0.3
        if edit_time:
            wrong = (t - datetime.timedelta(minutes=r.randint(5, 50))).strftime("%H:%M")
            l1 = [P(0, "", "bar"), P(36, f"Case No.: {rec['case_number']}"), P(200, f"Reported: {t:%m/%d/%Y}"),
                  P(292, wrong, "del"), P(318, t.strftime("%H:%M"), "ins")]
            nchg += 1
        else:
            l1 = [P(36, f"Case No.: {rec['case_number']}"), P(200, f"Reported: {rec['reported_at']}")]
        roll = r.random()
        if roll < 0.25 and recs:
            other = r.choice(recs[-8:])["case_number"]
            ncom += 1
            bal = f"Comment [JW{ncom}]: same caller as {other} - JW {t + datetime.timedelta(days=2):%m/%d}"
        elif roll < 0.5:
            cad += r.randint(1, 40)
            num = f"CAD {t:%y%m%d}-{cad % 1000:04d}"
            rec["rel"].append(("cad_number", num.split()[1]))
            ncom += 1
            bal = f"Comment [DK{ncom}]: time per {num} - DK {t + datetime.timedelta(days=3):%m/%d}"
        elif edit_time:
            ncom += 1
            bal = f"Comment [JW{ncom}]: was {l1[3][1]}, see radio log - JW {t + datetime.timedelta(days=2):%m/%d}"
        if bal:
            l1.append(P(400, bal, "bal"))
        lines.append(l1)
        lines.append([P(36, f"Type: {rec['type']}")])
        lines.append([P(36, f"Location: {rec['location']}")])
        if edit_disp:
            old = r.choice([x for x in DISPS if x != rec["disposition"]])
            nchg += 1
            lines.append([P(0, "", "bar"), P(36, "Disposition:"), P(90, old, "del"),
                          P(95 + len(old) * 4.2, rec["disposition"], "ins")])
        else:
            lines.append([P(36, f"Disposition: {rec['disposition']}")])
        lines.append([P(36, f"Deputy: #{r.randint(200, 480)}    Zone {r.randint(1, 9)}")])
        lines.append([P(36, "_" * 78)])
        groups.append(lines)
        recs.append(rec)
    groups.append([[], [P(36, f"Blocks: {len(recs)}    Review: {ncom} comments, {nchg} changes not yet accepted")]])
    pages = paginate(groups, 58)
    header = [(36, "BRENLOW COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 11),
              (36, "Case Activity Summary - October 2025 - circulated for review - Records 555-0152",
               "Helvetica", 9)]
    path = d / "brenlow-case-activity-2025-10-markup.pdf"
    draw_pages(path, letter, pages, header, "CaseActivity_Oct25_v2 (JW, DK comments)", fsize=8.5, lh=11)
    return [entry(path, agency, "monthly case activity summary, review copy with comments", "labelled blocks",
                  recs, ["reported_at", "type", "location", "disposition"],
                  "Labelled blocks (`Case No.:`, `Reported:`, `Type:`, `Location:`, `Disposition:`, deputy) with "
                  "tracked changes: an edited reported time prints the struck old time then the inserted new one "
                  "(`Reported: 10/04/2025 13:12 13:40`; the record's time is the second), an edited disposition "
                  "prints struck old text then new text. Comment balloons in the right margin, on the Case No. "
                  "line: some cite another record's case number (`same caller as BC25-NNNN`, not a new record), "
                  "some a CAD number `YYMMDD-NNNN` (related), some quote the deleted time. Ends "
                  "`Blocks: N    Review: C comments, K changes not yet accepted`.",
                  "blocks counted by the generator", related_of(recs))]


# 3 ------------------------------------------------------------------ Corrin PD: press log free text
def corrin(d, r):
    agency = "Corrin City Police Department, OR [invented]"
    recs, groups = [], []
    seq = 3300
    used = set()
    ndel = nins = 0
    day = None
    for t in stamps(r, datetime.datetime(2025, 11, 1), 66, 14):
        if t.date() != day:
            day = t.date()
            groups.append([[], [P(36, day.strftime("%A, %B %d, %Y").upper())]])
        seq += r.randint(1, 3)
        rec = {"case_number": f"25-{seq:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
               "type": r.choice(TYPES).lower(), "location": f"the {r.randint(1, 39)}00 block of {r.choice(STREETS)}",
               "disposition": r.choice(DISPS), "rel": []}
        used.add(rec["case_number"])
        if r.random() < 0.07:  # a paragraph deleted before release
            seq += 1
            dead = f"25-{seq:04d}"
            used.add(dead)
            dt = t - datetime.timedelta(minutes=r.randint(2, 30))
            ndel += 1
            txt = (f"{dt:%m/%d/%Y %H%M} hrs - Case {dead} - Officers responded to {r.choice(['a residence', 'a school', 'a group home'])} "
                   f"on {r.choice(STREETS)} regarding a juvenile matter. Report taken.")
            lines = wrap(txt, 100)
            g = [[P(0, "", "bar"), P(36, lines[0], "del"), P(450, f"Deleted: juvenile - not releasable (MO {day:%m/%d})", "bal")]]
            g += [[P(0, "", "bar"), P(48, x, "del")] for x in lines[1:]]
            groups.append(g)
        late = r.random() < 0.08
        fix = (not late) and r.random() < 0.15
        head = f"{rec['reported_at']} hrs - Case "
        body = (f" - Officers responded to {rec['location']} for a report of {rec['type']}. "
                f"{rec['disposition']}.")
        if r.random() < 0.15:
            body += f" Related to Case {recs[-1]['case_number']}." if recs else ""
        if fix:
            old = transpose(rec["case_number"], used)
            used.add(old)
            rec["rel"].append(("superseded_number", old))
            lines = wrap(head + "XXXXXXX XXXXXXX" + body, 100)
            first = lines[0]
            a = first.index("XXXXXXX")
            pre, post = first[:a], first[a + 16:]
            x0 = 36 + len(pre) * 4.1
            g = [[P(0, "", "bar"), P(36, pre), P(x0, old, "del"), P(x0 + 34, rec["case_number"], "ins"),
                  P(x0 + 68, post.lstrip()), P(450, f"Case no. fixed per RMS (MO {day:%m/%d})", "bal")]]
        else:
            lines = wrap(head + rec["case_number"] + body, 100)
            style = "ins" if late else ""
            g = [([P(0, "", "bar")] if late else []) + [P(36, lines[0], style)]
                 + ([P(450, f"Inserted: late entry (MO {day:%m/%d})", "bal")] if late else [])]
            nins += late
        g += [([P(0, "", "bar")] if late else []) + [P(48, x, "ins" if late else "")] for x in lines[1:]]
        groups.append(g)
        recs.append(rec)
    groups.append([[], [P(36, f"Releasable entries: {len(recs)}   (deleted in review: {ndel}; late entries inserted: {nins})")]])
    pages = paginate(groups, 60)
    header = [(36, "CORRIN CITY POLICE DEPARTMENT [invented] - MEDIA LOG", "Helvetica-Bold", 11),
              (36, "November 1-14, 2025 - review copy, tracked changes shown - PIO desk 555-0176",
               "Helvetica", 9)]
    path = d / "corrin-media-log-2025-11-01-14-tracked.pdf"
    draw_pages(path, letter, pages, header, "MediaLog_Nov1-14.docx - Final Showing Markup", fsize=8, lh=10.5)
    return [entry(path, agency, "media (press) log, review copy with tracked changes", "free text",
                  recs, ["reported_at", "type", "location", "disposition"],
                  "Day headings, then one prose paragraph per entry: `MM/DD/YYYY HHMM hrs - Case 25-NNNN - Officers "
                  "responded to <location> for a report of <type>. <disposition>.` (type printed in lower case), "
                  "wrapped. Paragraphs deleted in review (juvenile matters) stay on the page struck through with a "
                  "balloon `Deleted: juvenile - not releasable`: not records, numbers not listed. Late entries are "
                  "inserted (underlined, balloon `Inserted: late entry`): records. A corrected case number prints the "
                  "struck old number before the new one (old = related `superseded_number`). `Related to Case "
                  "25-NNNN` cites the previous record's number. Ends `Releasable entries: N (deleted in review: D; "
                  "late entries inserted: L)`.",
                  "paragraphs counted by the generator; deleted paragraphs excluded", related_of(recs))]


def wrap(text, width):
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + len(w) + 1 > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    out.append(cur)
    return out


# 4 ------------------------------------------------------------------ Dunmere University DPS: numbered items
def dunmere(d, r):
    agency = "Dunmere University Department of Public Safety, NH [invented]"
    recs, groups = [], []
    seq = 610
    used = set()
    times = stamps(r, datetime.datetime(2025, 9, 1), 52, 30)
    del_at, ins_at = 9, 33
    old_no = new_no = 0
    for i, t in enumerate(times):
        seq += r.randint(1, 5)
        rec = {"case_number": f"2025-{seq:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": r.choice(["Halverson Hall", "Lot C", "Quarry Commons",
                                                              "Ebbert Library", "Pike Field House", "Lot F",
                                                              "Tamsey Hall", "Student Union"]),
               "disposition": r.choice(DISPS), "rel": []}
        used.add(rec["case_number"])
        if i == del_at:  # item deleted: stays struck, later items renumbered
            old_no += 1
            seq += 1
            dead = f"2025-{seq:05d}"
            used.add(dead)
            groups.append([[P(0, "", "bar"), P(36, f"{old_no}.", "del"),
                            P(62, f"Report {dead}, {t - datetime.timedelta(hours=3):%m/%d/%Y %H:%M}, Lot C: Medical assist.", "del"),
                            P(420, f"Deleted: EMS only, no report - PA {t:%m/%d}", "bal")],
                           [P(0, "", "bar"), P(62, "Disposition: Referred to EMS.", "del")]])
        new_no += 1
        inserted = i == ins_at
        if not inserted:
            old_no += 1
        lab = []
        if inserted:
            lab = [P(0, "", "bar"), P(48, f"{new_no}.", "ins")]
        elif old_no != new_no:
            lab = [P(0, "", "bar"), P(30, f"{old_no}.", "del"), P(48, f"{new_no}.", "ins")]
        else:
            lab = [P(48, f"{new_no}.")]
        fix = r.random() < 0.12 and not inserted
        st = "ins" if inserted else ""
        if fix:
            old = transpose(rec["case_number"], used)
            used.add(old)
            rec["rel"].append(("superseded_number", old))
            line = lab + [P(0, "", "bar"), P(66, "Report"), P(92, old, "del"), P(136, rec["case_number"] + ",", "ins"),
                          P(182, f"{rec['reported_at']}, {rec['location']}: {rec['type']}.")]
            line.append(P(420, f"[PA] RMS has {rec['case_number']} - PA {t + datetime.timedelta(days=2):%m/%d}", "bal"))
        else:
            line = lab + [P(66, f"Report {rec['case_number']}, {rec['reported_at']}, {rec['location']}: {rec['type']}.", st)]
            if inserted:
                line.append(P(420, f"Inserted: omitted from first draft - PA {t:%m/%d}", "bal"))
        g = [line, ([P(0, "", "bar")] if inserted else []) + [P(66, f"Disposition: {rec['disposition']}.", st)]]
        if r.random() < 0.2 and recs:
            g.append([P(66, f"See also Report {recs[-1]['case_number']}.", st)])
        groups.append(g + [[]])
        recs.append(rec)
    groups.append([[P(48, f"Items in this summary: {len(recs)}")]])
    pages = paginate(groups, 60)
    header = [(36, "DUNMERE UNIVERSITY DEPARTMENT OF PUBLIC SAFETY [invented]", "Helvetica-Bold", 11),
              (36, "Monthly Incident Summary - September 2025 - DRAFT 2 with tracked changes - Clery desk 555-0190",
               "Helvetica", 9)]
    path = d / "dunmere-dps-monthly-summary-2025-09-draft2.pdf"
    draw_pages(path, letter, pages, header, "DPS_Monthly_Sep2025_draft2.docx (markup: PA)", fsize=8, lh=10.5)
    return [entry(path, agency, "monthly incident summary, draft with tracked changes", "numbered paragraphs",
                  recs, ["reported_at", "type", "location", "disposition"],
                  "Numbered paragraphs `N. Report 2025-NNNNN, MM/DD/YYYY HH:MM, <location>: <type>.` then "
                  "`Disposition: ...`. Item 10 of the first draft is deleted (struck through, balloon `Deleted: EMS "
                  "only, no report`): not a record. Word renumbered the following items, so they print the struck old "
                  "item number before the inserted new one (`12. 11.`) until an inserted item (underlined, balloon "
                  "`Inserted: omitted from first draft`, a record) brings the numbering back. Item numbers are not "
                  "ids. Some report numbers corrected (struck old number, related `superseded_number`); `See also "
                  "Report ...` cites the previous item. Ends `Items in this summary: N`.",
                  "items counted by the generator", related_of(recs))]


# 5 ------------------------------------------------------------------ Elstow County SO: PDF-editor review
def elstow(d, r):
    agency = "Elstow County Sheriff's Office, KS [invented]"
    recs, rows, comments = [], [], []
    seq = 11200
    times = stamps(r, datetime.datetime(2025, 11, 1), 88, 15)
    who = ["KP", "LV", "KP", "SB"]
    for t in times:
        seq += r.randint(1, 3)
        rec = {"case_number": f"E25-{seq:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS), "rel": []}
        line = [P(36, rec["case_number"]), P(100, rec["reported_at"]), P(170, rec["type"])]
        roll = r.random()
        if roll < 0.12:  # strikeout + replacement on the location
            bad = addr(r)
            line += [P(300, bad, "del"), P(300, "", "")]
            rows_loc = [P(300, rec["location"], "ins")]
            comments.append((rec, "Replace Text", r.choice(who), f"\"{bad}\" -> \"{rec['location']}\""))
            mark = len(comments)
            line.append(P(430, rec["disposition"]))
            line.append(P(540, f"({mark})", "bal"))
            rows.append([line, [P(0, "", "bar")] + rows_loc])
            recs.append(rec)
            continue
        line += [P(300, rec["location"]), P(430, rec["disposition"])]
        if roll < 0.3:
            kind, text = r.choice([
                ("Sticky Note", f"time should read {(t + datetime.timedelta(minutes=r.randint(2, 20))):%H:%M} per CAD?"),
                ("Sticky Note", "confirm disposition with Sgt."),
                ("Highlight", "release address?"),
                ("Sticky Note", f"duplicate of {recs[-1]['case_number'] if recs else rec['case_number']}? checked - no")])
            comments.append((rec, kind, r.choice(who), text))
            line.append(P(540, f"({len(comments)})", "bal"))
        rows.append([line])
        recs.append(rec)
    rows.append([[], [P(36, f"Total incidents: {len(recs)}")]])
    head = [[P(36, "Case"), P(100, "Reported"), P(170, "Nature"), P(300, "Location"), P(430, "Disposition")],
            [P(36, "=" * 120)]]
    pages = paginate(rows, 54, head)
    # comments summary pages, as the PDF editor prints them after the document
    summ = [[P(36, "Summary of Comments on elstow-daily-bulletin-2025-11-01-15.pdf")], []]
    for k, (rec, kind, ini, text) in enumerate(comments, 1):
        summ.append([P(36, rec["case_number"]), P(100, f"({k}) {kind}"), P(170, f"{ini}  11/{r.randint(16, 18)}/2025"),
                     P(250, text)])
    summ += [[], [P(36, f"Comments: {len(comments)}")]]
    pages += paginate([[x] for x in summ], 54)
    header = [(36, "ELSTOW COUNTY SHERIFF'S OFFICE [invented] - DAILY BULLETIN 11/01/2025 - 11/15/2025",
               "Helvetica-Bold", 11),
              (36, "Annotated review copy (PDF editor: comments and markups printed) - Records 555-0114",
               "Helvetica", 9)]
    path = d / "elstow-daily-bulletin-2025-11-01-15-annotated.pdf"
    draw_pages(path, letter, pages, header, "Printed with Document and Markups + Comments summary", fsize=7.5, lh=10)
    return [entry(path, agency, "daily bulletin, annotated review copy with comments summary", "table with header",
                  recs, ["reported_at", "type", "location", "disposition"],
                  "Table (`Case`, `Reported`, `Nature`, `Location`, `Disposition`) with numbered comment markers "
                  "`(k)` in the right margin. Where a location was replaced, the struck-out location stays on the "
                  "row and the replacement prints on the line below (underlined, change bar): the record's location "
                  "is the replacement. After `Total incidents: N` the PDF editor's `Summary of Comments` pages list "
                  "each comment on a line that OPENS with the commented row's case number, then `(k) Sticky Note`/"
                  "`Replace Text`/`Highlight`, reviewer initials and a date: not records, the numbers repeat ids. "
                  "Ends `Comments: C`.",
                  "rows counted by the generator; summary lines excluded", related_of(recs))]


AGENCIES = [("ashgrove-wi-pd", 1, ashgrove), ("brenlow-county-id-so", 2, brenlow),
            ("corrin-city-or-pd", 3, corrin), ("dunmere-university-nh-dps", 4, dunmere),
            ("elstow-county-ks-so", 5, elstow)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
