"""Generate a held-out set of incident logs whose record ids are not classic case numbers (blind_logs142).

Five agencies, five id schemes and five layouts: a landscape table keyed by date-and-sequence event
numbers `YYYYMMDD-NNNN` beside a ten-digit CAD number; labelled blocks keyed by GUID event ids with a
parent-event GUID on follow-ups; a daily narrative whose report numbers carry a shift letter and a
check digit (`P25A00412-6`) and cite supplements in the same shape; numbered paragraphs whose incident
numbers are printed with a space (`25 004417`) beside citation numbers printed the same way; one-line
entries in district sections keyed by district-prefixed ids (`NE-25-0417`) beside unit, beat and
prior-year ids. Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs142/make_blind_logs142.py [OUT_DIR]
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
SEED = 20261142
TYPES = ["Theft from vehicle", "Burglary - residence", "Vandalism", "Welfare check", "Disturbance - noise",
         "Suspicious person", "Traffic collision - property damage", "Shoplifting", "Fraud - phone scam",
         "Trespass", "Found property", "Assault - simple", "Harassment", "Stolen bicycle", "Animal complaint",
         "Driving under the influence", "Missing person - located", "Burglary - business"]
DISPS = ["Report taken", "Closed - no further action", "Arrest made", "Referred to detectives",
         "Unfounded", "Citation issued", "Gone on arrival", "Referred to another agency"]
STREETS = ["Alder Street", "Gristmill Road", "Pennock Avenue", "Hawley Lane", "Cider Press Road", "Teasel Court",
           "Marsh Street", "Signal Hill Drive", "Yarrow Way", "Castine Avenue", "Osprey Road", "Juniper Place"]
PLACES = ["Ashgrove Public Library", "Mill Pond Park north lot", "Coldwater Transit Center",
          "Tamarack Creek Trailhead", "County fairgrounds west gate", "Ridgeline Shopping Plaza"]
NOARREST = ("Welfare check", "Found property", "Missing person - located", "Animal complaint",
            "Traffic collision - property damage", "Suspicious person")


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


def disp(r, typ):
    d = r.choice(DISPS)
    while d == "Arrest made" and typ in NOARREST:
        d = r.choice(DISPS)
    return d


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def location(r, numbered=False):
    k = r.random()
    if k < 0.5:
        if numbered:
            return f"{r.randint(1, 48) * 100 + r.randint(1, 99)} {r.choice(STREETS)}"
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    if k < 0.8:
        a, b = r.sample(STREETS, 2)
        return f"{a} and {b}"
    return r.choice(PLACES)


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs142.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs142.py) from the records it drew; "
                               "checked by check_blind_logs142.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def paginate(header, footer, size, top, bottom):
    """A tiny page builder: returns (pages, add) where add(lines) puts (x, text, font, size, lead) lines
    on the current page, breaking to a new page when they do not fit and keep=True."""
    pages = []
    state = {"y": 0}

    def new_page():
        items = list(header(len(pages) + 1))
        pages.append(items)
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        for x, text, font, fs, lead in lines:
            if state["y"] - lead < bottom - lead:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish, size


# 1 ------------------------------------------------------------------ Ashgrove, VT: date-and-sequence event numbers
def ashgrove(d, r):
    agency = "Ashgrove Police Department, VT [invented]"
    gt = []
    seq, cadseq = {}, {}
    F, S = "Helvetica", 9
    for fname, first, ndays, n, label in [("ashgrove-event-log-2025-10-01-15.pdf", 1, 15, 58, "October 1-15, 2025"),
                                          ("ashgrove-event-log-2025-10-16-31.pdf", 16, 16, 64, "October 16-31, 2025")]:
        recs = []
        late = 0
        for t in stamps(r, datetime.datetime(2025, 10, first), n, ndays):
            day = t.date()
            # reports taken in the last hour of a day are often numbered on the next day's series
            if t.hour == 23 and r.random() < 0.7 or t.hour == 22 and t.minute > 40 and r.random() < 0.5:
                day = day + datetime.timedelta(days=1)
                late += 1
            seq[day] = seq.get(day, r.randint(0, 3)) + r.randint(1, 6)
            cadseq[t.date()] = cadseq.get(t.date(), r.randint(40, 90)) + r.randint(3, 19)
            cad = f"{t.strftime('%y%m%d')}{cadseq[t.date()]:04d}"
            rec = {"case_number": f"{day.strftime('%Y%m%d')}-{seq[day]:04d}",
                   "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(TYPES),
                   "location": location(r, numbered=True), "rel": [("cad_number", cad)], "cad": cad,
                   "badge": str(r.randint(1000, 2999))}
            rec["disposition"] = disp(r, rec["type"])
            recs.append(rec)
        assert late >= 2, late
        size = landscape(letter)
        cols = [36, 118, 200, 250, 420, 600, 660]
        head = ["Event No.", "Reported", "Badge", "Incident type", "Location", "CAD no.", "Disposition"]

        def header(k, cols=cols, head=head, label=label):
            items = [(612 - 40, 36, "ASHGROVE POLICE DEPARTMENT [invented] - EVENT LOG", "Helvetica-Bold", 13),
                     (612 - 56, 36, f"{label}. Event numbers are date-and-sequence (YYYYMMDD-NNNN). "
                                    f"Records 555-0114.", F, 9)]
            items += [(612 - 80, x, h, "Helvetica-Bold", 9) for x, h in zip(cols, head)]
            items.append((612 - 85, 36, None, F, 9))
            return items

        add, finish, _ = paginate(header, lambda k, m: [(28, 36, f"Page {k} of {m}", F, 8)], size, 612 - 100, 50)
        for rec in recs:
            typ = wrap(rec["type"], F, S, 165)
            loc = wrap(rec["location"], F, S, 170)
            dis = wrap(rec["disposition"], F, S, 100)
            rows = max(len(typ), len(loc), len(dis))
            lines = []
            for j in range(rows):
                vals = [rec["case_number"], rec["reported_at"], rec["badge"], typ[j] if j < len(typ) else "",
                        loc[j] if j < len(loc) else "", rec["cad"], dis[j] if j < len(dis) else ""]
                if j:
                    vals[0] = vals[1] = vals[2] = vals[5] = ""
                for x, v in zip(cols, vals):
                    if v:
                        lines.append((x, v, F, S, 0))
                lines.append((0, "", F, S, 11))
            add([ln for ln in lines if ln[1] or ln[4]], gap=3)
        add([(36, f"Total events listed: {n}. Events without a report (calls cleared at the scene) are not "
                  f"numbered in this log.", "Helvetica-Bold", 9, 12)])
        pages = finish()
        path = d / fname
        draw(path, size, pages)
        for rec in recs:
            rec.pop("cad")
            rec.pop("badge")
        gt.append(entry(path, agency, "half-month event log", "table with header", recs,
                        "Landscape table. The record id is a date-and-sequence event number `YYYYMMDD-NNNN` (gaps in "
                        "the sequence: unreported calls are not listed). Same row: a four-digit badge number and a "
                        "ten-digit CAD number `YYMMDDNNNN` (date-shaped digits, not the id); street addresses carry "
                        "house numbers. Trap: reports taken in the last hour of a day are numbered on the NEXT day's "
                        "series, so the date inside the id is not always the reported date (reported_at is the "
                        "Reported column). Type, location and disposition wrap inside their cells. Ends "
                        "`Total events listed: N.`",
                        "rows counted by the generator; the closing line gives the total"))
    return agency, gt


# 2 ------------------------------------------------------------------ Brackenridge County, MT: GUID event ids
def guid(r):
    h = f"{r.getrandbits(128):032x}"
    h = h[:12] + "4" + h[13:16] + "89ab"[r.randint(0, 3)] + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def brackenridge(d, r):
    agency = "Brackenridge County Sheriff's Office, MT [invented]"
    n = 47
    recs, cad = [], 41870
    for t in stamps(r, datetime.datetime(2025, 10, 6), n, 14):
        cad += r.randint(2, 30)
        rec = {"case_number": guid(r), "reported_at": t.strftime("%Y-%m-%d %H:%M"), "type": r.choice(TYPES),
               "location": location(r, numbered=True) if r.random() < 0.7 else
               f"Highway {r.choice([12, 89, 200, 287])} mile marker {r.randint(3, 140)}",
               "rel": [("cad_number", f"2025-00{cad}")], "unit": f"{r.randint(1, 4)}B{r.randint(10, 29)}",
               "badge": f"0{r.randint(100, 999)}"}
        rec["disposition"] = disp(r, rec["type"])
        if r.random() < 0.22:
            rec["rel"].append(("parent_event", guid(r)))
        recs.append(rec)
    F, S, L = "Helvetica", 9.5, 12.5

    def header(k):
        return [(792 - 44, 40, "BRACKENRIDGE COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 13),
                (792 - 60, 40, "Event export, October 6-19, 2025. Generated by the records system; one block per "
                               "event. Dispatch 555-0127.", F, 9)]

    add, finish, _ = paginate(header, lambda k, m: [(30, 40, f"Page {k} of {m}", F, 8)], letter, 792 - 90, 50)
    for rec in recs:
        lines = [(40, None, F, S, 4), (40, f"Event ID: {rec['case_number']}", "Helvetica-Bold", 10, L + 1),
                 (40, f"Received: {rec['reported_at']}", F, S, L),
                 (40, f"Nature: {rec['type']}", F, S, L), (40, f"Address: {rec['location']}", F, S, L),
                 (40, f"Deputy: Badge {rec['badge']}   Unit: {rec['unit']}", F, S, L)]
        for k, x in rec["rel"]:
            lab = "CAD incident" if k == "cad_number" else "Parent event"
            lines.append((40, f"{lab}: {x}", F, S, L))
        lines.append((40, f"Outcome: {rec['disposition']}", F, S, L))
        lines[0] = (40, None, F, S, 12)
        add(lines, gap=6)
    add([(40, f"{n} events in this export.", "Helvetica-Bold", 10, 14)])
    pages = finish()
    # rules: a None text draws a line; shift it up a little above the block
    pages = [[(y + 4, x, t, f, s) if t is None else (y, x, t, f, s) for y, x, t, f, s in p] for p in pages]
    path = d / "brackenridge-event-export-2025-10-06-19.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("unit")
        rec.pop("badge")
    gt = [entry(path, agency, "two-week event export from a records system", "labelled blocks", recs,
                "One block per event under a rule. The record id is a 36-character GUID `Event ID: xxxxxxxx-xxxx-"
                "4xxx-xxxx-xxxxxxxxxxxx` (hex, lower case; some groups are all digits). Each block also prints a "
                "CAD incident number `2025-00NNNNN`, a badge `0NNN`, a unit `NBNN`, and follow-ups carry `Parent "
                "event:` with another GUID of exactly the same shape, of an event before this export (not a "
                "record). Ends `N events in this export.`",
                "blocks counted by the generator; the closing line gives the total")]
    return agency, gt


# 3 ------------------------------------------------------------------ Coldwater, ME: ids with a check digit
def check_digit(body):
    """Weighted mod-10 check digit over the digits of the id body (weights 7, 3, 1 repeating)."""
    digits = [int(c) for c in body if c.isdigit()]
    return sum(dg * (7, 3, 1)[i % 3] for i, dg in enumerate(digits)) % 10


def cw_id(shift, num):
    body = f"P25{shift}{num:05d}"
    return f"{body}-{check_digit(body)}"


def coldwater(d, r):
    agency = "Coldwater Police Department, ME [invented]"
    n = 71
    recs, num = [], 380
    for t in stamps(r, datetime.datetime(2025, 10, 13), n, 7):
        num += r.randint(1, 4)
        shift = "A" if 7 <= t.hour < 15 else "B" if 15 <= t.hour < 23 else "C"
        rec = {"case_number": cw_id(shift, num), "reported_at": f"{t.strftime('%b')} {t.day}, {t.strftime('%H:%M')}",
               "type": r.choice(TYPES), "location": location(r), "rel": [], "t": t,
               "badges": sorted(r.sample(range(201, 298), r.randint(1, 2)))}
        rec["disposition"] = disp(r, rec["type"])
        if r.random() < 0.15:
            rec["rel"].append(("supplement_to", cw_id(r.choice("ABC"), r.randint(120, 370))))
        if rec["disposition"] == "Citation issued":
            rec["rel"].append(("citation", f"CT-00{r.randint(48000, 49999)}"))
        recs.append(rec)
    F, S, L, W = "Times-Roman", 10.5, 13.5, 530

    def header(k):
        return [(792 - 46, 40, "Coldwater Police Department [invented]", "Times-Bold", 14),
                (792 - 62, 40, "Daily Activity Summary, week of October 13, 2025. Report numbers end in a check "
                               "digit after the hyphen.", "Times-Italic", 10)]

    add, finish, _ = paginate(header, lambda k, m: [(32, 40, f"- {k} -", F, 9)], letter, 792 - 92, 52)
    days = {}
    for rec in recs:
        days.setdefault(rec["t"].date(), []).append(rec)
    for day, v in days.items():
        add([(40, f"{day.strftime('%A, %B')} {day.day}, {day.year}", "Times-Bold", 12, 17)], gap=2)
        for rec in v:
            who = " and ".join(f"Badge {b}" for b in rec["badges"])
            txt = (f"{rec['case_number']} \u2014 Reported {rec['reported_at']}. {rec['type']} at {rec['location']}; "
                   f"{who} responded.")
            for k, x in rec["rel"]:
                txt += f" Supplement to {x}." if k == "supplement_to" else f" Citation {x}."
            txt += f" Disposition: {rec['disposition']}."
            lines = [(40 if j == 0 else 52, ln, F, S, L) for j, ln in enumerate(wrap(txt, F, S, W))]
            add(lines, keep=False, gap=4)
    add([(40, f"End of summary \u2014 {n} reports.", "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "coldwater-daily-activity-2025-10-13-19.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("t")
        rec.pop("badges")
    gt = [entry(path, agency, "weekly daily-activity summary", "free text", recs,
                "Prose paragraphs under day headings. The record id `P25<shift letter><5 digits>-<check digit>` "
                "carries the shift letter (A/B/C) inside it and a weighted mod-10 check digit after the hyphen; the "
                "whole string is the id (cutting at the hyphen drops the check digit). Some paragraphs cite "
                "`Supplement to P25A00NNN-N`, an earlier report with exactly the same shape (not a record), and "
                "citation numbers `CT-00NNNNN`; badges are three-digit numbers. Paragraphs break across pages. "
                "Ends `End of summary \u2014 N reports.`",
                "paragraphs counted by the generator; every id's check digit verifies")]
    return agency, gt


# 4 ------------------------------------------------------------------ Dunmere, OR: ids printed with a space
def dunmere(d, r):
    agency = "Dunmere Police Department, OR [invented]"
    n = 83
    recs, num, cit = [], 4410, 704100
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 9)
        rec = {"case_number": f"25 00{num}", "reported_at": f"{t.strftime('%a %m/%d/%Y')} at {t.strftime('%H%M')} hrs",
               "type": r.choice(TYPES), "location": location(r, numbered=True), "rel": [],
               "badge": r.randint(2100, 2399)}
        rec["disposition"] = disp(r, rec["type"])
        if rec["disposition"] == "Citation issued" or rec["type"] == "Driving under the influence" and r.random() < .5:
            cit += r.randint(1, 40)
            rec["rel"].append(("citation", f"25 {cit}"))
        recs.append(rec)
    F, S, L, W = "Helvetica", 9.5, 12.5, 500

    def header(k):
        return [(792 - 46, 40, "DUNMERE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                (792 - 62, 40, "Press log of reported incidents, October 2025", F, 10)]

    add, finish, _ = paginate(header, lambda k, m: [(30, 40, f"Dunmere PD press log - page {k} of {m}", F, 8)],
                              letter, 792 - 92, 50)
    add([(40, f"This log lists {n} incidents. Incident numbers are printed as year, space, six digits.", F, 9.5, 20)])
    for i, rec in enumerate(recs, 1):
        txt = (f"Incident No. {rec['case_number']}: {rec['type']}, reported {rec['reported_at']}, "
               f"{rec['location']}. Badge {rec['badge']}.")
        for _, x in rec["rel"]:
            txt += f" Citation No. {x}."
        txt += f" Disposition: {rec['disposition']}."
        lines = wrap(txt, F, S, W)
        out = [(40, f"{i}.", F, S, 0)] + [(68, ln, F, S, L) for ln in lines]
        add(out, gap=4)
    pages = finish()
    path = d / "dunmere-press-log-2025-10.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("badge")
    gt = [entry(path, agency, "monthly press log", "numbered paragraphs", recs,
                "Numbered items `N. Incident No. 25 00NNNN: ...`. The id is printed with a space between the year "
                "and the six-digit number (`25 004417`, the whole string is the id). Items are numbered 1..N beside "
                "it; house numbers, four-digit badges and `HHMM hrs` times stand in the same paragraph; citations "
                "are printed the same way (`Citation No. 25 7NNNNN`, not records). The opening line gives the "
                "total (`This log lists N incidents`).",
                "items counted by the generator; the opening line gives the total")]
    return agency, gt


# 5 ------------------------------------------------------------------ Fernhollow, CO: district-prefixed ids
DISTRICTS = [("NE", "Northeast"), ("NW", "Northwest"), ("CT", "Central"), ("SE", "Southeast"), ("SW", "Southwest")]


def fernhollow(d, r):
    agency = "Fernhollow Police Department, CO [invented]"
    n = 96
    stamps_ = stamps(r, datetime.datetime(2025, 10, 20), n, 7)
    dist = [r.choice(DISTRICTS)[0] for _ in stamps_]
    nums = {code: r.randint(300, 450) for code, _ in DISTRICTS}
    recs = []
    for t, code in zip(stamps_, dist):
        nums[code] += r.randint(1, 4)
        rec = {"case_number": f"{code}-25-{nums[code]:04d}", "reported_at": t.strftime("%m/%d/%y %H:%M"),
               "type": r.choice(TYPES), "location": location(r), "rel": [], "code": code,
               "unit": f"{code}{r.randint(10, 19)}", "beat": f"{code}-{r.randint(1, 6)}"}
        rec["disposition"] = disp(r, rec["type"])
        if r.random() < 0.1:
            rec["rel"].append(("prior_case", f"{code}-24-{r.randint(1000, 1999):04d}"))
        recs.append(rec)
    ordered = [rec for code, _ in DISTRICTS for rec in recs if rec["code"] == code]
    size = landscape(letter)
    F, S = "Helvetica", 8.5
    cols = [36, 100, 170, 205, 245, 400, 575, 690]

    def header(k):
        return [(612 - 40, 36, "FERNHOLLOW POLICE DEPARTMENT [invented] - WEEKLY DISTRICT REPORT, OCT 20-26, 2025",
                 "Helvetica-Bold", 12),
                (612 - 55, 36, "Entries by district: id, reported, unit, beat, offense, location, disposition, prior.",
                 F, 8.5)]

    add, finish, _ = paginate(header, lambda k, m: [(26, 36, f"Page {k} of {m} - Records 555-0186", F, 8)],
                              size, 612 - 80, 45)
    for code, name in DISTRICTS:
        v = [rec for rec in ordered if rec["code"] == code]
        add([(36, f"{code} \u2014 {name} District ({len(v)} entries)", "Helvetica-Bold", 10, 15),
             (36, None, F, S, 11)], gap=0)
        for rec in v:
            prior = f"prior {rec['rel'][0][1]}" if rec["rel"] else ""
            vals = [rec["case_number"], rec["reported_at"], rec["unit"], rec["beat"], rec["type"], rec["location"],
                    rec["disposition"], prior]
            add([(x, val, F, S, 0) for x, val in zip(cols, vals) if val] + [(0, "", F, S, 11)])
        add([(36, "", F, S, 8)])
    add([(36, f"Total, all districts: {n}", "Helvetica-Bold", 10, 14)])
    pages = finish()
    pages = [[(y + 8, x, t, f, s) if t is None else (y, x, t, f, s) for y, x, t, f, s in p if t != ""]
             for p in pages]
    path = d / "fernhollow-district-report-2025-10-20-26.pdf"
    draw(path, size, pages)
    for rec in ordered:
        for k in ("code", "unit", "beat"):
            rec.pop(k)
    gt = [entry(path, agency, "weekly district report", "other: one-line entries in district sections, no column header",
                ordered,
                "Entries grouped under district headings (`NE \u2014 Northeast District (N entries)`), one line each, "
                "no column header. The id is district-prefixed `NE-25-0417`; each district keeps its own series, so "
                "the numbers interleave and repeat across districts (NE-25-0412 and SW-25-0412 may both exist) and "
                "the order is by district, then time. On the same line: a unit `NE14` and a beat `NE-3` shaped like "
                "the id's prefix, and some entries end `prior NE-24-1187`, a last-year case (not a record). Ends "
                "`Total, all districts: N`.",
                "lines counted by the generator; section headings give per-district counts")]
    return agency, gt


AGENCIES = [("ashgrove-vt-pd", 1, ashgrove), ("brackenridge-county-mt-so", 2, brackenridge),
            ("coldwater-me-pd", 3, coldwater), ("dunmere-or-pd", 4, dunmere), ("fernhollow-co-pd", 5, fernhollow)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
