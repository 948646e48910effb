"""Generate a held-out set of incident logs from reporting engines that place text unusually (blind_logs133).

Five layouts: a calls-for-service table whose engine draws every word as its own string, with a
letter-spaced title, the page footer drawn before the body and a report-number column beside the
incident number; a sheriff's case blotter in labelled blocks drawn glyph by glyph with overprinted
(fake-bold) labels, whose `Associated:` label cites earlier cases of the same shape; a township shift
summary in justified paragraphs (every word placed separately) with overprinted leads, shift-change
notes that look like entries and narratives citing other incidents; a two-column weekly blotter whose
right column is drawn before the left one; a media-release log in numbered paragraphs drawn bottom
to top, with overprinted ids, correction items and items running over page breaks. Every agency,
place and record is invented; no person is named. Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs133/make_blind_logs133.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261333
TYPES = ["Theft from vehicle", "Suspicious person", "Burglary - residence", "Disturbance - verbal",
         "Welfare check", "Vandalism", "Traffic crash - property damage", "Fraud - phone scam",
         "Trespass", "Noise complaint", "Found property", "Shoplifting", "Animal complaint",
         "Assault - simple", "Missing juvenile - located", "Alarm - commercial", "Harassment",
         "Stolen bicycle", "Domestic disturbance", "Parking complaint"]
DISPS = ["Report taken", "Advised", "Unfounded", "Gone on arrival", "Arrest made", "Citation issued",
         "Referred to detectives", "Assisted", "Warning issued", "Closed"]
STREETS = ["Larkspur Ave", "Fenwick St", "Old Mill Rd", "Tarrow Ln", "Quillen Blvd", "Harlan St",
           "Basswood Ct", "Ridgeline Dr", "Copperfield Way", "Saxon Ave", "Mercer Pike", "Orchard Row",
           "Dunholm St", "Pryor Rd", "Westgate Plz", "Kestrel Loop"]


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
    return f"{r.randint(1, 49) * 100 + r.choice([0, 10, 20, 50])} {r.choice(STREETS)}"


# ---------------------------------------------------------------------- drawing primitives
def draw_words(c, x, y, text, font, size):
    """Each word drawn as its own string at its natural position."""
    sp = stringWidth(" ", font, size)
    c.setFont(font, size)
    for w in text.split(" "):
        if w:
            c.drawString(x, y, w)
        x += stringWidth(w, font, size) + sp


def draw_glyphs(c, x, y, text, font, size):
    """Each glyph drawn as its own string."""
    c.setFont(font, size)
    for ch in text:
        if ch != " ":
            c.drawString(x, y, ch)
        x += stringWidth(ch, font, size)
    return x


def draw_bold(c, x, y, text, font, size, glyphs=False):
    """Fake bold: the same text drawn twice, the second time 0.35 pt to the right."""
    for dx in (0, 0.35):
        if glyphs:
            draw_glyphs(c, x + dx, y, text, font, size)
        else:
            c.setFont(font, size)
            c.drawString(x + dx, y, text)
    return x + stringWidth(text, font, size)


def spaced(c, x, y, text, font, size, cs):
    """Letter-spaced heading (character spacing set in a saved graphics state)."""
    c.saveState()
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(cs)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def wrap(text, font, size, width):
    lines, cur = [], []
    for w in text.split():
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    return lines


def draw_justified(c, x, y, words, font, size, width, last):
    c.setFont(font, size)
    tot = sum(stringWidth(w, font, size) for w in words)
    gap = stringWidth(" ", font, size) if last or len(words) < 2 else (width - tot) / (len(words) - 1)
    for w in words:
        c.drawString(x, y, w)
        x += stringWidth(w, font, size) + gap


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related, k):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {"case_number": recs[i]["case_number"]}
        s.update({f: recs[i][f] for f in fields if f in recs[i]})
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs133.py (seed {SEED} + agency number {k})",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs133.py) from the records it drew; "
                               "checked by check_blind_logs133.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": rec["case_number"], "kind": kd, "number": num} for rec in recs for kd, num in rec["rel"]]


# 1 ------------------------------------------------------------ Brackwell, OH: word-by-word table
def brackwell(d, r, k):
    agency = "Brackwell Police Department, OH [invented]"
    gt = []
    inc, rpt = 4408, 1217
    cols = [(30, "Incident No."), (100, "Reported"), (172, "Nature of Call"), (320, "Address"),
            (445, "Unit"), (485, "Disposition"), (590, "Report No."), (655, "Beat")]
    for fname, first, n, label in [("brackwell-calls-for-service-2025-11-02-08.pdf", 2, 63, "11/02/2025 - 11/08/2025"),
                                   ("brackwell-calls-for-service-2025-11-09-15.pdf", 9, 71, "11/09/2025 - 11/15/2025")]:
        recs = []
        for t in stamps(r, datetime.datetime(2025, 11, first), n, 7):
            inc += r.randint(1, 4)
            disp = r.choice(DISPS)
            rep = ""
            if disp in ("Report taken", "Arrest made", "Referred to detectives") or r.random() < 0.15:
                rpt += r.randint(1, 2)
                rep = f"25-{rpt:05d}"
            rec = {"case_number": f"2025-{inc:06d}", "reported_at": t.strftime("%m/%d/%y %H:%M"),
                   "type": r.choice(TYPES), "location": addr(r), "unit": f"{r.choice('ABC')}{r.randint(11, 38)}",
                   "disposition": disp, "report": rep, "beat": f"B{r.randint(1, 6)}"}
            rec["rel"] = [("case_report", rep)] if rep else []
            recs.append(rec)
        per = 30
        pages = [recs[i:i + per] for i in range(0, n, per)]
        path = d / fname
        w, h = landscape(letter)
        c = new_canvas(path, (w, h))
        for p, rows in enumerate(pages, 1):
            # the engine writes the footer first, then the title, then the body
            c.setFont("Helvetica", 7)
            draw_words(c, 30, 24, f"CFS-WK report run 11/{first + 7:02d}/2025 06:00   Calls this page: {len(rows)}   "
                                  "Dispatch 555-0139", "Helvetica", 7)
            draw_words(c, w - 90, 24, f"Page {p} of {len(pages)}", "Helvetica", 7)
            spaced(c, 30, h - 40, "BRACKWELL POLICE DEPARTMENT", "Helvetica-Bold", 12, 3.2)
            spaced(c, 30, h - 58, "CALLS FOR SERVICE - WEEKLY", "Helvetica-Bold", 9, 2.4)
            draw_words(c, 30, h - 72, f"Period {label}   (invented agency)", "Helvetica", 8)
            y = h - 96
            for x, title in cols:
                draw_words(c, x, y, title, "Helvetica-Bold", 7.5)
            c.line(30, y - 3, w - 30, y - 3)
            y -= 15
            for rec in rows:
                vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["unit"],
                        rec["disposition"], rec["report"], rec["beat"]]
                for (x, _), v in zip(cols, vals):
                    draw_words(c, x, y, v, "Helvetica", 7.5)
                y -= 13.5
            if p == len(pages):
                y -= 8
                nrep = sum(1 for x in recs if x["report"])
                draw_words(c, 30, y, f"Total calls: {n}   Case reports written: {nrep}", "Helvetica-Bold", 8)
            c.showPage()
        c.save()
        gt.append(entry(path, agency, "weekly calls-for-service log", "table with header", recs,
                        ["reported_at", "type", "location", "unit", "disposition", "beat"],
                        "Landscape table; the report engine draws every word as a separate string, and on each "
                        "page draws the footer (`Calls this page: N`, page x of y) before the title and rows. The "
                        "title is letter-spaced (`B R A C K W E L L ...` in the text). The column `Report No.` "
                        "holds case-report numbers `25-NNNNN` (blank when no report), printed on the same row as "
                        "the incident number `2025-NNNNNN`; they are related numbers, not records. Ends with "
                        "`Total calls: N   Case reports written: M`.",
                        "every row counted by the generator; the footer's per-page counts add up to the total",
                        related_of(recs), k))
    return agency, gt


# 2 ------------------------------------------------------------ Coldridge County, WY: glyph blocks
def coldridge(d, r, k):
    agency = "Coldridge County Sheriff's Office, WY [invented]"
    recs, lines = [], []
    num = 2210
    for t in stamps(r, datetime.datetime(2025, 10, 1), 74, 31):
        num += r.randint(1, 5)
        rec = {"case_number": f"25C-{num:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": f"{addr(r)}, {r.choice(['Tell Creek', 'Ambry', 'Sollis Flat', 'Rook Springs'])}",
               "unit": f"Deputy unit {r.randint(2, 9)}S{r.randint(10, 29)}", "disposition": r.choice(DISPS), "rel": []}
        block = [("CASE #:", rec["case_number"], "Received:", rec["reported_at"]),
                 ("Nature:", rec["type"], None, None),
                 ("Location:", rec["location"], None, None),
                 ("Assigned:", rec["unit"], "Zone:", f"{r.choice(['North', 'South', 'Canyon'])} {r.randint(1, 4)}")]
        if r.random() < 0.22:
            old = f"25C-{r.randint(1100, 2199):05d}"
            rec["rel"].append(("associated_case", old))
            block.append(("Associated:", old, None, None))
        if r.random() < 0.18:
            cit = f"WY{r.randint(100000, 999999)}"
            rec["rel"].append(("citation_number", cit))
            block.append(("Citation:", cit, None, None))
        block.append(("Disposition:", rec["disposition"], None, None))
        lines += block + [None]
        recs.append(rec)
    lines.append(("Blocks printed:", str(len(recs)), None, None))
    per = 50
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    path = d / "coldridge-case-blotter-2025-10.pdf"
    w, h = letter
    c = new_canvas(path, letter)
    for p, pl in enumerate(pages, 1):
        draw_glyphs(c, 40, h - 42, "COLDRIDGE COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 11)
        draw_glyphs(c, 40, h - 56, "Case Blotter - October 2025 - Records Section 555-0172", "Helvetica", 8.5)
        y = h - 80
        for ln in pl:
            if ln is not None:
                lab, val, lab2, val2 = ln
                draw_bold(c, 40, y, lab, "Helvetica-Bold", 8.5, glyphs=True)
                draw_glyphs(c, 110, y, val, "Helvetica", 8.5)
                if lab2:
                    draw_bold(c, 300, y, lab2, "Helvetica-Bold", 8.5, glyphs=True)
                    draw_glyphs(c, 350, y, val2, "Helvetica", 8.5)
            else:
                c.setDash(1, 2)
                c.line(40, y + 4, w - 40, y + 4)
                c.setDash()
            y -= 12.5
        draw_glyphs(c, 40, 30, f"Page {p} of {len(pages)}", "Helvetica", 7)
        draw_glyphs(c, w - 190, 30, "RMS BLOTTER PRINT v2.1", "Helvetica", 7)
        c.showPage()
    c.save()
    gt = [entry(path, agency, "monthly sheriff's case blotter", "labelled blocks", recs,
                ["reported_at", "type", "location", "unit", "disposition"],
                "Labelled blocks separated by a dotted rule; every glyph is drawn as a separate string and the "
                "labels are fake bold (each label glyph drawn twice, 0.35 pt apart). A block opens with "
                "`CASE #: 25C-NNNNN   Received: MM/DD/YYYY HH:MM`. Some blocks carry `Associated: 25C-NNNNN`, "
                "an earlier case (from before this month) with exactly the shape of the case number, and "
                "`Citation: WYNNNNNN`: both related, not records. Blocks are cut by page breaks where they fall "
                "(the rest of the block continues at the top of the next page, no repeated heading). Ends "
                "`Blocks printed: N`.",
                "blocks counted by the generator", related_of(recs), k)]
    return agency, gt


# 3 ------------------------------------------------------------ Verlaine Township, PA: justified
def verlaine(d, r, k):
    agency = "Verlaine Township Police Department, PA [invented]"
    recs, paras = [], []
    num = 8800
    prior = []
    font, size, width = "Times-Roman", 9.5, 520
    for day in range(3, 10):
        date = datetime.date(2025, 11, day)
        paras.append(("day", date.strftime("%A, %B %d, %Y").upper()))
        times = sorted(r.sample(range(0, 1440), 9))
        for m in times:
            hhmm = f"{m // 60:02d}{m % 60:02d}"
            roll = r.random()
            if roll < 0.16:
                paras.append(("note", f"{hhmm} hrs", f"Shift change. {r.choice(['A', 'B', 'C'])} platoon on duty with "
                              f"{r.randint(3, 6)} cars; Sgt. car {r.randint(40, 49)} supervising. Roads "
                              f"{r.choice(['clear', 'wet', 'slick on the ridge'])}."))
                continue
            num += r.randint(1, 4)
            typ = r.choice(TYPES)
            rec = {"case_number": f"25-{num:05d}", "reported_at": f"{date.strftime('%m/%d/%Y')} {hhmm}",
                   "type": typ.upper(), "location": addr(r), "disposition": r.choice(DISPS), "rel": []}
            body = (f"Officers were dispatched to {rec['location']} for {'an' if typ[0] in 'AEIOU' else 'a'} {typ.lower()} call. "
                    f"{r.choice(['The caller met the officer on scene and gave a statement.', 'Area was checked on foot and by car.', 'A neighbor provided a description of the vehicle involved.', 'The complainant was advised of options and given the case number.'])} ")
            if r.random() < 0.2:
                old = f"25-{r.randint(8100, 8790):05d}"
                rec["rel"].append(("cited_incident", old))
                body += f"This matter appears related to incident {old} from last month and was forwarded to that officer. "
            if r.random() < 0.12:
                cit = f"P{r.randint(1000000, 9999999)}"
                rec["rel"].append(("citation_number", cit))
                body += f"Non-traffic citation {cit} issued at the scene. "
            body += f"Disposition: {rec['disposition']}."
            paras.append(("rec", rec, f"{rec['case_number']} {hhmm} hrs {rec['type']}:", body))
            recs.append(rec)
            prior.append(rec)
    # layout into lines: each item is (kind, payload)
    items = []
    for p in paras:
        if p[0] == "day":
            items.append([("day", p[1])])
            continue
        lead = p[2] if p[0] == "rec" else p[1]
        lead_w = stringWidth(lead + " ", "Times-Bold", size)
        first_words = wrap(p[-1], font, size, width - lead_w)[0]
        rest = " ".join(p[-1].split()[len(first_words):])
        grp = [("lead", lead, first_words, not rest)]
        if rest:
            wl = wrap(rest, font, size, width)
            grp += [("just", ws, i == len(wl) - 1) for i, ws in enumerate(wl)]
        items.append(grp + [("gap",)])
    items.append([("total", f"Incidents summarized: {len(recs)}")])
    pages, cur = [], []
    for g in items:
        if len(cur) + len(g) > 56 and cur:
            pages.append(cur)
            cur = []
        cur += g
    pages.append(cur)
    path = d / "verlaine-shift-summary-2025-11-03-09.pdf"
    w, h = letter
    c = new_canvas(path, letter)
    for pno, pl in enumerate(pages, 1):
        spaced(c, 46, h - 44, "VERLAINE TOWNSHIP POLICE", "Times-Bold", 13, 4)
        spaced(c, 46, h - 60, "WEEKLY SHIFT SUMMARY  NOV 3 - NOV 9, 2025", "Times-Roman", 8.5, 1.6)
        y = h - 84
        for ln in pl:
            if ln[0] == "day":
                spaced(c, 46, y, ln[1], "Times-Bold", 9.5, 1.2)
            elif ln[0] == "lead":
                x = draw_bold(c, 46, y, ln[1], "Times-Bold", size) + stringWidth(" ", "Times-Bold", size)
                draw_justified(c, x, y, ln[2], font, size, 46 + width - x, ln[3])
            elif ln[0] == "just":
                draw_justified(c, 46, y, ln[1], font, size, width, ln[2])
            elif ln[0] == "total":
                draw_bold(c, 46, y, ln[1], "Times-Bold", size)
            y -= 11.5
        c.setFont("Times-Italic", 7.5)
        c.drawCentredString(w / 2, 30, f"- {pno} -   Verlaine Twp. PD, 555-0115   (invented agency)")
        c.showPage()
    c.save()
    gt = [entry(path, agency, "weekly shift summary (narrative paragraphs)", "free text", recs,
                ["reported_at", "type", "location", "disposition"],
                "Justified paragraphs: each word is drawn separately at a computed position, so the space "
                "between words varies line by line. Day headings are letter-spaced capitals. Each incident "
                "paragraph opens with an overprinted bold lead `25-NNNNN HHMM hrs TYPE:`; reported_at = date of "
                "the day heading + the lead's time. Paragraphs led by `HHMM hrs Shift change.` are not "
                "incidents. Some narratives cite an earlier incident (`related to incident 25-NNNNN from last "
                "month`) with the same shape as the record number, and some a non-traffic citation "
                "`PNNNNNNN`: related. Ends `Incidents summarized: N`.",
                "incident paragraphs counted by the generator", related_of(recs), k)]
    return agency, gt


# 4 ------------------------------------------------------------ Peddicord, KS: two columns
def peddicord(d, r, k):
    agency = "Peddicord Police Department, KS [invented]"
    recs, entries = [], []
    num = 3290
    for t in stamps(r, datetime.datetime(2025, 11, 10), 92, 7):
        num += r.randint(1, 3)
        rec = {"case_number": f"P25-{num:04d}", "reported_at": t.strftime("%a %m/%d %H:%M"),
               "type": r.choice(TYPES), "location": f"{r.randint(1, 30) * 100} block {r.choice(STREETS)}",
               "disposition": r.choice(DISPS), "rel": []}
        txt = f"{rec['type']}, {rec['location']}. {rec['disposition']}."
        if r.random() < 0.15:
            cad = f"CAD {r.randint(25000000, 25999999)}"
            rec["rel"].append(("cad_number", cad.split()[1]))
            txt += f" Caller ref. {cad}."
        lines = [f"Case {rec['case_number']}   {rec['reported_at']}"] + \
                [" ".join(ws) for ws in wrap(txt, "Helvetica", 8, 250)]
        entries.append((rec, lines + [""]))
        recs.append(rec)
    per_col = 62
    cols, cur = [], []
    for _rec, ls in entries:
        if len(cur) + len(ls) > per_col:
            cols.append(cur)
            cur = []
        cur += ls
    cur += ["", f"Entries this week: {len(recs)}"]
    cols.append(cur)
    pages = [cols[i:i + 2] for i in range(0, len(cols), 2)]
    path = d / "peddicord-weekly-blotter-2025-11-10-16.pdf"
    w, h = letter
    c = new_canvas(path, letter)
    for pno, pc in enumerate(pages, 1):
        # footer first, then the right column, then the left column, then the masthead
        c.setFont("Helvetica", 7)
        c.drawString(40, 28, f"Peddicord PD Community Blotter - Public Information Office 555-0186 - page {pno}")
        for ci in sorted(range(len(pc)), reverse=True):
            x = 40 + ci * 282
            y = h - 96
            for ln in pc[ci]:
                if ln.startswith("Case "):
                    draw_bold(c, x, y, ln, "Helvetica-Bold", 8)
                elif ln.startswith("Entries this week"):
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(x, y, ln)
                elif ln:
                    c.setFont("Helvetica", 8)
                    c.drawString(x, y, ln)
                y -= 10
        spaced(c, 40, h - 50, "THE PEDDICORD BLOTTER", "Helvetica-Bold", 16, 5)
        c.setFont("Helvetica", 8.5)
        c.drawString(40, h - 66, "Police calls, November 10-16, 2025 (invented agency). Names are not published.")
        c.line(40, h - 74, w - 40, h - 74)
        c.line(w / 2 + 3, h - 84, w / 2 + 3, 44)
        c.showPage()
    c.save()
    gt = [entry(path, agency, "weekly community blotter (two columns)", "labelled blocks", recs,
                ["reported_at", "type", "location", "disposition"],
                "Two columns per page; the page is drawn footer first, then the right column, then the left "
                "column, then the masthead, so the content stream is out of reading order. In `pdftotext "
                "-layout` the two columns share text lines: each line carries a left-column entry line and a "
                "right-column entry line. Reading order (and case_numbers order) is left column top to bottom, "
                "then right column. Entries open with fake-bold `Case P25-NNNN   Day MM/DD HH:MM`, followed by "
                "`Type, location. Disposition.`; some add `Caller ref. CAD NNNNNNNN` (related). Ends "
                "`Entries this week: N` at the foot of the last column.",
                "entries counted by the generator", related_of(recs), k)]
    return agency, gt


# 5 ------------------------------------------------------------ Halvering County, MN: numbered items
def halvering(d, r, k):
    agency = "Halvering County Sheriff's Office, MN [invented]"
    gt = []
    icr = 110420
    for fname, first, n, label in [("halvering-media-release-log-2025-11-a.pdf", 1, 47, "November 1-15, 2025"),
                                   ("halvering-media-release-log-2025-11-b.pdf", 16, 52, "November 16-30, 2025")]:
        recs, items = [], []
        ncorr = 0
        for t in stamps(r, datetime.datetime(2025, 11, first), n, 15):
            if r.random() < 0.07 or (ncorr < 2 and len(items) in (11, 30)):
                ncorr += 1
                old = f"ICR 2025-{r.randint(109000, 110400)}"
                items.append(("corr", None, f"CORRECTION to release of {(t - datetime.timedelta(days=r.randint(3, 9))).strftime('%m/%d')}: "
                              f"{old} - the location should read {addr(r)}, {r.choice(['Vesper', 'Lindqvist', 'Haldane Twp'])}; "
                              f"the rest of that release stands.", old.split()[1]))
            icr += r.randint(2, 9)
            rec = {"case_number": f"2025-{icr}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
                   "type": r.choice(TYPES), "location": f"{addr(r)}, {r.choice(['Vesper', 'Lindqvist', 'Haldane Twp', 'Orrin Lake'])}",
                   "disposition": r.choice(DISPS), "rel": []}
            body = (f"{rec['type']} at {rec['location']}, reported {rec['reported_at']}. "
                    f"{r.choice(['Deputies responded and spoke with the reporting party.', 'A deputy took information by phone.', 'Two squads responded; the area was searched.', 'The reporting party declined further contact.'])} "
                    f"Status: {rec['disposition']}.")
            if r.random() < 0.3:
                body += " " + r.choice(["Anyone with information may call 555-0191.",
                                        "The investigation continues.",
                                        "Deputies remind residents to lock vehicles parked outdoors overnight.",
                                        "Mutual aid was provided by a neighbouring agency; no further details are releasable."])
            items.append(("rec", rec, body))
            recs.append(rec)
        lines = []
        for i, it in enumerate(items, 1):
            if it[0] == "rec":
                lead = f"{i}.  ICR {it[1]['case_number']}"
                ws = wrap(it[2], "Helvetica", 8.5, 430)
                lines.append(("lead", lead, " ".join(ws[0])))
                lines += [("cont", " ".join(x)) for x in ws[1:]]
            else:
                ws = wrap(it[2], "Helvetica-Oblique", 8.5, 430)
                lines.append(("clead", f"{i}.", " ".join(ws[0])))
                lines += [("ccont", " ".join(x)) for x in ws[1:]]
            lines.append(("gap",))
        lines.append(("total", f"Items released: {len(items)} (incidents {len(recs)}, corrections {ncorr})"))
        per = 47
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
        # item range per page (by leads) for the footer
        path = d / fname
        w, h = letter
        c = new_canvas(path, letter)
        for pno, pl in enumerate(pages, 1):
            nums = [int(ln[1].split(".")[0]) for ln in pl if ln[0] in ("lead", "clead")]
            lo, hi = (min(nums), max(nums)) if nums else (0, 0)
            c.setFont("Helvetica", 7)
            c.drawString(40, 28, f"Items {lo}-{hi} of {len(items)}   Halvering County Sheriff - Public Information 555-0191")
            c.drawRightString(w - 40, 28, f"{pno}/{len(pages)}")
            # body drawn bottom line first
            ys = [h - 88 - i * 13 for i in range(len(pl))]
            for ln, y in reversed(list(zip(pl, ys))):
                if ln[0] == "lead":
                    draw_bold(c, 40, y, ln[1], "Helvetica-Bold", 8.5)
                    c.setFont("Helvetica", 8.5)
                    c.drawString(140, y, ln[2])
                elif ln[0] == "clead":
                    c.setFont("Helvetica-Bold", 8.5)
                    c.drawString(40, y, ln[1])
                    c.setFont("Helvetica-Oblique", 8.5)
                    c.drawString(140, y, ln[2])
                elif ln[0] == "cont":
                    c.setFont("Helvetica", 8.5)
                    c.drawString(140, y, ln[1])
                elif ln[0] == "ccont":
                    c.setFont("Helvetica-Oblique", 8.5)
                    c.drawString(140, y, ln[1])
                elif ln[0] == "total":
                    draw_bold(c, 40, y, ln[1], "Helvetica-Bold", 8.5)
            spaced(c, 40, h - 46, "HALVERING COUNTY SHERIFF'S OFFICE", "Helvetica-Bold", 12, 2.6)
            spaced(c, 40, h - 62, f"MEDIA RELEASE LOG  {label.upper()}", "Helvetica", 8.5, 2)
            c.showPage()
        c.save()
        gt.append(entry(path, agency, "media release log (half month)", "numbered paragraphs", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Numbered paragraphs `N.  ICR 2025-NNNNNN` (item number, then the fake-bold ICR number), "
                        "text in a hanging indent; the body of each page is drawn from the bottom line up, after "
                        "the footer (`Items a-b of M`) and before the letter-spaced masthead. The item numbers are "
                        "not record numbers. Some items are corrections (`N.  CORRECTION to release of MM/DD: "
                        "ICR 2025-NNNNNN - the location should read ...`) naming an earlier release's ICR "
                        "number: not records, and that number is no id of this file. Paragraphs are cut by "
                        "page breaks where they fall. reported_at is the `reported MM/DD/YYYY HHMM` in the text. "
                        "Ends `Items released: M (incidents N, corrections C)`.",
                        "incident items counted by the generator", related_of(recs), k))
        gt[-1]["notes"] += (" Correction items in this file cite: "
                            + ", ".join(f"ICR {it[3]}" for it in items if it[0] == "corr")
                            + " (numbers of earlier releases, not records of this file; they are kept out of "
                            "related_numbers because they sit in no record).")
    return agency, gt


AGENCIES = [("brackwell-oh-pd", 1, brackwell), ("coldridge-county-wy-so", 2, coldridge),
            ("verlaine-township-pa-pd", 3, verlaine), ("peddicord-ks-pd", 4, peddicord),
            ("halvering-county-mn-so", 5, halvering)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k), k)
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
