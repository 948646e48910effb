"""Generate a held-out set of incident logs aligned other than flush left (blind_logs155).

Five agencies, five layouts, one trap each: a table whose numbers are right-aligned, a mostly empty
right-aligned prior-case column standing just left of the case number, and case serials that grow
from three to four digits; labelled blocks whose labels are right-aligned on a colon gutter, so
`Related Incident:` ends in the very `Incident:` that opens each block; a weekly log set in centred
paragraphs whose wrapped lines sometimes begin with a time; numbered paragraphs whose numbers are
decimal-aligned, with supplements numbered 12.1, 12.2 on the same point repeating the incident
number; a zebra-striped two-tier listing without rules or column header lines whose second tier
prints a CAD event number of the incident number's shape right under it. Everything is invented.
Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs155/make_blind_logs155.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20260155
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card",
         "Found property", "Noise complaint", "Missing person - located", "Harassment"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to detectives", "Unfounded",
         "Cleared - no further action", "Warning given", "Gone on arrival"]
STREETS = ["Alder Bend Road", "Kestrel Lane", "Gristmill Court", "Ponder Street", "Sawtooth Avenue",
           "Brindle Way", "Foxglove Drive", "Lantern Street", "Cutbank Road", "Mossy Lane", "Tinker Avenue",
           "Juniper Court"]
PLACES = ["Valley Plaza north lot", "Park-and-ride lot B", "Community center gym", "Middle school bus loop",
          "City hall garage"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


def stamps(r, first, n, ndays, lo=10, hi=1430):
    """n distinct minute stamps over ndays days, each between lo and hi minutes after midnight."""
    pool = [d * 1440 + m for d in range(ndays) for m in range(lo, hi)]
    return [first + datetime.timedelta(minutes=m) for m in sorted(r.sample(pool, n))]


def location(r):
    k = r.random()
    if k < 0.5:
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a} and {b}"
    return r.choice(PLACES)


def hm(t, pad=True):
    """24-hour time with a colon; pad=False prints the hour without a leading zero (9:05)."""
    return t.strftime("%H:%M") if pad else f"{t.hour}:{t.minute:02d}"


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


class Pages:
    """A tiny page builder. Items: ("t", y, x, text, font, size, align) with align l, r or c (x is the
    left edge, the right edge or the centre); ("rule", y, x0, x1); ("band", y, h, x0, x1, gray)."""

    def __init__(self, header, top, bottom):
        self.pages, self.header, self.top, self.bottom, self.y = [], header, top, bottom, 0

    def new(self):
        self.pages.append(list(self.header(len(self.pages) + 1)))
        self.y = self.top

    def need(self, h):
        if not self.pages or self.y - h < self.bottom:
            self.new()

    def text(self, x, s, font, size, align="l"):
        self.pages[-1].append(("t", self.y, x, s, font, size, align))

    def band(self, h, x0, x1, gray, below=3):
        self.pages[-1].append(("band", self.y - h + below, h, x0, x1, gray))

    def down(self, d):
        self.y -= d

    def finish(self, footer):
        for k, p in enumerate(self.pages, 1):
            p.extend(footer(k, len(self.pages)))
        return self.pages


def draw(path, size, pages):
    c = new_canvas(path, size)
    for items in pages:
        for it in items:
            if it[0] == "band":
                _, y, h, x0, x1, gray = it
                c.setFillGray(gray)
                c.rect(x0, y, x1 - x0, h, stroke=0, fill=1)
                c.setFillGray(0)
            elif it[0] == "rule":
                _, y, x0, x1 = it
                c.setLineWidth(0.5)
                c.line(x0, y, x1, y)
            else:
                _, y, x, text, font, fs, align = it
                c.setFont(font, fs)
                {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs155.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs155.py) from the records it drew; "
                               "checked by check_blind_logs155.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def strip(recs, *keys):
    for rec in recs:
        for k in keys:
            rec.pop(k, None)


# 1 ------------------------------------------------------------------ Brackenridge Falls, OR: right-aligned table
def brackenridge(d, r):
    agency = "Brackenridge Falls Police Department, OR [invented]"
    n = r.randint(104, 118)
    first = datetime.datetime(2025, 11, 3)
    serial = r.randint(941, 958)
    recs, used = [], set()
    for t in stamps(r, first, n, 14):
        rels = []
        if r.random() < 0.16:
            while True:
                prior = (f"24-{r.randint(2900, 3460)}" if r.random() < 0.4 else f"25-{r.randint(120, 930)}")
                if prior not in used:
                    break
            used.add(prior)
            rels.append(("prior_case", prior))
        recs.append({"case_number": f"25-{serial}", "reported_at": f"{t:%m/%d/%y} {hm(t, pad=False)}",
                     "type": r.choice(TYPES), "location": location(r), "disposition": r.choice(DISPS),
                     "rel": rels, "beat": str(r.randint(1, 14)), "badge": str(r.randint(104, 388))})
        serial += r.choice([1, 1, 1, 1, 2])
    assert any(len(x["case_number"]) == 6 for x in recs) and any(len(x["case_number"]) == 7 for x in recs)
    size = landscape(letter)
    F, S = "Helvetica", 8.5
    # (header, x, align): x is the left edge, the right edge or the centre
    cols = [("Date", 36, "l"), ("Time", 118, "r"), ("Prior Case", 190, "r"), ("Case No.", 252, "r"),
            ("Beat", 286, "r"), ("Nature", 372, "c"), ("Location", 462, "l"), ("Disposition", 672, "c"),
            ("Badge", 756, "r")]

    def header(k):
        items = [("t", 612 - 40, 36, "BRACKENRIDGE FALLS POLICE DEPARTMENT [invented] - INCIDENT LOG, NOVEMBER 3-16, "
                  "2025", "Helvetica-Bold", 12, "l"),
                 ("t", 612 - 55, 36, "Numbers are right-aligned, times 24-hour. Prior Case: an earlier case this "
                  "incident follows up. Records unit 555-0118.", F, 8.5, "l")]
        items += [("t", 612 - 78, x, h, "Helvetica-Bold", 9, a) for h, x, a in cols]
        items.append(("rule", 612 - 83, 36, 756))
        return items

    pg = Pages(header, 612 - 98, 50)
    for rec in recs:
        pg.need(12)
        date, time = rec["reported_at"].split()
        vals = [date, time, rec["rel"][0][1] if rec["rel"] else "", rec["case_number"], rec["beat"], rec["type"],
                rec["location"], rec["disposition"], rec["badge"]]
        for (_, x, a), v in zip(cols, vals):
            if v:
                pg.text(x, v, F, S, a)
        pg.down(12)
    pg.need(30)
    pg.pages[-1].append(("rule", pg.y + 6, 36, 756))
    pg.down(10)
    pg.text(36, f"Incidents listed: {n}", "Helvetica-Bold", 9)
    pages = pg.finish(lambda k, m: [("t", 28, 756, f"BFPD incident log - page {k} of {m}", F, 8, "r")])
    path = d / "brackenridge-falls-incident-log-2025-11-03-16.pdf"
    draw(path, size, pages)
    strip(recs, "beat", "badge")
    return [entry(path, agency, "two-week incident log", "table with header", recs,
                  "Landscape table (`Date`, `Time`, `Prior Case`, `Case No.`, `Beat`, `Nature`, `Location`, "
                  "`Disposition`, `Badge`) in which every number is right-aligned, times are right-aligned on the "
                  "colon with the hour unpadded (`7:05`, `14:32`), `Nature` and `Disposition` are centred and only "
                  "`Date` and `Location` are flush left. Trap: the case number is right-aligned and unpadded "
                  "(`25-987`, then `25-1003`), so its left edge moves when the serial reaches four digits, and the "
                  "mostly empty `Prior Case` column, right-aligned just left of it, puts an earlier case number "
                  "(`24-3008`, `25-813`) before the case number on some rows: on those rows the first number "
                  "after the time is not the record's id. Ends `Incidents listed: N`.",
                  "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Tolliver County, KS: colon-aligned labels
def tolliver(d, r):
    agency = "Tolliver County Sheriff's Office, KS [invented]"
    first = datetime.datetime(2025, 11, 1)
    n = r.randint(48, 56)
    serial = r.randint(1380, 1420)
    lo, hi = serial - 640, serial - 30  # related incidents are earlier than this report
    recs, used = [], set()
    for t in stamps(r, first, n, 14):
        rels = []
        if r.random() < 0.27:
            while True:
                num = f"S25-{r.randint(lo, hi):05d}"
                if num not in used:
                    break
            used.add(num)
            rels.append(("related_incident", num))
        loc = (f"County Road {r.randint(2, 38)} at mile {r.randint(1, 24)}" if r.random() < 0.4 else location(r))
        badges = sorted(r.sample(range(101, 168), r.choice([1, 1, 2])))
        recs.append({"case_number": f"S25-{serial:05d}", "reported_at": f"{t:%m/%d/%Y} {hm(t)}",
                     "type": r.choice(TYPES[:14] + ["Livestock at large", "Motorist assist", "Civil standby"]),
                     "location": loc, "disposition": r.choice(DISPS), "rel": rels,
                     "deputy": ("Badge " if len(badges) == 1 else "Badges ") + ", ".join(map(str, badges)),
                     "rlabel": r.choice(["Related Incident:", "Prior Incident:"])})
        serial += r.choice([1, 1, 2, 3])
    F, S, L = "Helvetica", 9.5, 12
    gutter = 236  # every label ends here, on its colon; every value starts at gutter + 8

    def header(k):
        return [("t", 792 - 44, 306, "TOLLIVER COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 13, "c"),
                ("t", 792 - 60, 306, "Daily incident report, November 1-14, 2025. Dispatch 555-0127.", F, 9, "c")]

    pg = Pages(header, 792 - 92, 56)
    for rec in recs:
        rows = [("Incident:", rec["case_number"], "Helvetica-Bold"), ("Date received:", rec["reported_at"], F),
                ("Nature of call:", rec["type"], F), ("Location:", rec["location"], F),
                ("Deputy:", rec["deputy"], F)]
        if rec["rel"]:
            rows.append((rec["rlabel"], rec["rel"][0][1], F))
        rows.append(("Disposition:", rec["disposition"], F))
        pg.need(len(rows) * L + 2)
        for lab, val, font in rows:
            pg.text(gutter, lab, font, S, "r")
            pg.text(gutter + 8, val, font, S, "l")
            pg.down(L)
        pg.down(11)
    pg.need(20)
    pg.text(306, f"End of report: {n} incidents, November 1-14, 2025.", "Helvetica-Bold", 10, "c")
    pages = pg.finish(lambda k, m: [("t", 30, 306, f"TCSO daily incident report - page {k} of {m}", F, 8, "c")])
    path = d / "tolliver-county-incident-report-2025-11-01-14.pdf"
    draw(path, letter, pages)
    strip(recs, "deputy", "rlabel")
    return [entry(path, agency, "two-week sheriff's daily incident report", "labelled blocks", recs,
                  "One block per incident, labels right-aligned on a colon gutter and values flush left after it: "
                  "`Incident: S25-01427` (bold), `Date received: 11/02/2025 03:58`, `Nature of call:`, "
                  "`Location:`, `Deputy: Badges 142, 148`, then `Disposition:`. Trap: because the labels are "
                  "right-aligned, the labels' left edges do not line up and the optional `Related Incident:` or "
                  "`Prior Incident:` line ends in the very `Incident:` that opens each block, in the same column, "
                  "followed by an earlier incident number of the id's shape (`S25-01382`, not in this report); "
                  "only a line that is `Incident:` alone opens a record. Ends `End of report: N incidents, ...`.",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Wexcombe, VT: centred paragraphs
def wexcombe(d, r):
    agency = "Wexcombe Police Department, VT [invented]"
    first = datetime.datetime(2025, 11, 10)
    counts = [r.randint(7, 11) for _ in range(7)]
    serial = r.randint(3080, 3120)
    hi = serial - 20  # earlier cases cited are older than this week's
    recs = []
    for k, cnt in enumerate(counts):
        day = first + datetime.timedelta(days=k)
        for t in stamps(r, day, cnt, 1, lo=15, hi=21 * 60):
            rels = []
            if r.random() < 0.13:
                rels.append(("earlier_case", f"25-{r.randint(2500, hi)}"))
            recs.append({"case_number": f"25-{serial}", "reported_at": hm(t), "type": r.choice(TYPES),
                         "location": location(r), "disposition": r.choice(DISPS), "rel": rels, "t": t,
                         "badge": r.randint(201, 248), "day": k})
            serial += r.choice([1, 1, 2])
    assert len({x["rel"][0][1] for x in recs if x["rel"]}) == sum(bool(x["rel"]) for x in recs)
    n = len(recs)
    F, S, L, W, CX = "Times-Roman", 10.5, 13, 400, 306

    def header(k):
        return [("t", 792 - 46, CX, "Wexcombe Police Department [invented]", "Times-Bold", 15, "c"),
                ("t", 792 - 62, CX, "Weekly police log, November 10-16, 2025. Front desk 555-0146.", "Times-Italic",
                 10, "c")]

    pg = Pages(header, 792 - 96, 56)
    for k in range(7):
        day = first + datetime.timedelta(days=k)
        mine = [x for x in recs if x["day"] == k]
        pg.need(17 + 3 * L)
        pg.down(4)
        pg.text(CX, f"{WEEKDAYS[k]}, November {day.day}, 2025 \u2014 {len(mine)} entries", "Times-Bold", 12, "c")
        pg.down(19)
        for rec in mine:
            t1 = rec["t"] + datetime.timedelta(minutes=r.randint(2, 11))
            t2 = t1 + datetime.timedelta(minutes=r.randint(9, 70))
            head = f"{rec['reported_at']} \u2014 No. {rec['case_number']}. {rec['type']} at {rec['location']}."
            if rec["rel"]:
                head += f" Follow-up to case {rec['rel'][0][1]}."
            text = head + f" Badge {rec['badge']} on scene {hm(t1)}; cleared at {hm(t2)}. Disposition: " \
                          f"{rec['disposition']}."
            lines = wrap(text, F, S, W)
            if r.random() < 0.3:  # a measure at which a wrapped line begins with a time, as entries do
                for w in range(W - 4, 300, -4):
                    alt = wrap(text, F, S, w)
                    if any(re.match(r"\d\d:\d\d", ln) for ln in alt[1:]):
                        lines = alt
                        break
            pg.need(len(lines) * L)
            for ln in lines:
                pg.text(CX, ln, F, S, "c")
                pg.down(L)
            pg.down(6)
    pg.need(24)
    pg.down(6)
    pg.text(CX, f"Entries this week: {n}.", "Times-Bold", 11, "c")
    pages = pg.finish(lambda k, m: [("t", 32, CX, f"Page {k} of {m}", F, 9, "c")])
    path = d / "wexcombe-weekly-police-log-2025-11-10-16.pdf"
    draw(path, letter, pages)
    strip(recs, "t", "badge", "day")
    return [entry(path, agency, "weekly police log", "free text", recs,
                  "A weekly log set in centred type: day headings `Monday, November 10, 2025 \u2014 K entries`, then "
                  "one centred paragraph per incident, `03:43 \u2014 No. 25-3121. <type> at <place>. Badge 241 on "
                  "scene 03:46; cleared at 04:05. Disposition: ...`. Trap: every line is centred, so neither an "
                  "entry's first line nor its wrapped lines start at a fixed left edge, and entries are told apart "
                  "only by the space between them; where a paragraph wraps just before its clearing time the "
                  "wrapped line begins with a time (`03:46; cleared at 04:05. Disposition: ...`) exactly as an entry "
                  "does. "
                  "Some entries cite an earlier case (`Follow-up to case 25-2988.`). Ends `Entries this week: N.`",
                  "entries counted by the generator; the day headings and the closing line give the counts")]


# 4 ------------------------------------------------------------------ Harrowgate Township, PA: decimal-aligned numbers
def harrowgate(d, r):
    agency = "Harrowgate Township Police Department, PA [invented]"
    n = r.randint(104, 116)
    serial = r.randint(1590, 1640)
    recs = []
    for t in stamps(r, datetime.datetime(2025, 11, 1), n, 30):
        subs = []
        if r.random() < 0.14:
            when = t
            for _ in range(r.choice([1, 1, 2])):
                when = when + datetime.timedelta(hours=r.randint(5, 90))
                subs.append(f"{when:%m/%d} {hm(when)}: " + r.choice([
                    "property recovered and returned to owner", "case referred to the district attorney",
                    "suspect vehicle located and towed", "victim statement taken", "lab results received",
                    "restitution agreed", "video from the business reviewed"]))
        recs.append({"case_number": f"HT25-{serial}", "reported_at": f"{t:%m/%d/%Y} {hm(t)}",
                     "type": r.choice(TYPES), "location": location(r), "disposition": r.choice(DISPS), "rel": [],
                     "badge": r.randint(31, 79), "subs": subs})
        serial += r.choice([1, 1, 2, 3])
    F, S, L, W = "Times-Roman", 10, 12.5, 452
    point = 76  # every item's and supplement's decimal point sits here

    def header(k):
        return [("t", 792 - 46, 48, "HARROWGATE TOWNSHIP POLICE DEPARTMENT [invented]", "Times-Bold", 14, "l"),
                ("t", 792 - 62, 48, "Incident summary, November 1-30, 2025. Supplements are numbered under their "
                 "incident (12.1, 12.2). Records 555-0171.", "Times-Italic", 10, "l")]

    pg = Pages(header, 792 - 94, 54)
    dot = stringWidth(".", F, S)
    for i, rec in enumerate(recs, 1):
        txt = (f"{rec['case_number']} \u2014 {rec['reported_at']}. {rec['type']}, {rec['location']}. Badge "
               f"{rec['badge']} responded. Disposition: {rec['disposition']}.")
        lines = wrap(txt, F, S, W)
        pg.need(len(lines) * L)
        pg.text(point - stringWidth(str(i), F, S), f"{i}.", F, S)
        for ln in lines:
            pg.text(point + 14, ln, F, S)
            pg.down(L)
        for j, sub in enumerate(rec["subs"], 1):
            slines = wrap(f"Supplement to {rec['case_number']}, {sub}.", F, S, W - 16)
            pg.need(len(slines) * L)
            pg.text(point - stringWidth(str(i), F, S), f"{i}.{j}", F, S)
            for ln in slines:
                pg.text(point + dot + 30, ln, F, S)
                pg.down(L)
        pg.down(4)
    pg.need(24)
    pg.down(6)
    pg.text(48, f"Incidents summarised: {n}", "Times-Bold", 11)
    pages = pg.finish(lambda k, m: [("t", 32, 564, f"HTPD incident summary, page {k} of {m}", F, 9, "r")])
    path = d / "harrowgate-township-incident-summary-2025-11.pdf"
    draw(path, letter, pages)
    strip(recs, "badge", "subs")
    return [entry(path, agency, "monthly incident summary", "numbered paragraphs", recs,
                  "Numbered paragraphs, one per incident, `15. HT25-1643 \u2014 11/04/2025 13:58. <type>, <place>. "
                  "Badge 78 responded. Disposition: ...`, the item numbers decimal-aligned on their point, so "
                  "`9.`, `15.` and `104.` start at three different left edges. Trap: supplements are numbered "
                  "under their incident on the same point (`15.1`, `15.2`) and repeat its number (`Supplement to "
                  "HT25-1643, 11/07 02:58: victim statement taken.`), so counting numbered lines "
                  "or printed ids overcounts; the item numbers 1..N count the records. Ends `Incidents "
                  "summarised: N`.",
                  "paragraphs counted by the generator; the last item number and the closing line give the count")]


# 5 ------------------------------------------------------------------ Corvallen Heights, ID: zebra two-tier listing
def corvallen(d, r):
    agency = "Corvallen Heights Police Department, ID [invented]"
    n = r.randint(84, 96)
    serial = r.randint(4100, 4180)
    cad = r.randint(18200, 18300)
    recs = []
    for t in stamps(r, datetime.datetime(2025, 11, 17), n, 7):
        cad += r.randint(2, 14)
        recs.append({"case_number": f"2025-{serial:05d}", "reported_at": f"{t:%a %m/%d} {hm(t, pad=False)}",
                     "type": r.choice(TYPES), "location": location(r), "disposition": r.choice(DISPS),
                     "rel": [("cad_event", f"2025-{cad:05d}")], "prio": str(r.choice([1, 2, 2, 3, 3])),
                     "badge": str(r.randint(510, 587)), "beat": f"{r.choice('NSEW')}{r.randint(1, 4)}"})
        serial += r.choice([1, 1, 1, 2])
    size = landscape(letter)
    F, S = "Helvetica", 8.5
    tier1 = [("Date", 40, "l"), ("Time", 128, "r"), ("Incident No.", 300, "r"), ("Call Type", 452, "c"),
             ("Priority", 602, "c"), ("Badge", 750, "r")]
    tier2 = [("CAD Event", 300, "r"), ("Location", 366, "l"), ("Disposition", 602, "c"), ("Beat", 750, "r")]

    def header(k):
        items = [("t", 612 - 40, 40, "CORVALLEN HEIGHTS POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12, "l"),
                 ("t", 612 - 55, 40, "Activity listing, November 17-23, 2025. Two lines per incident. "
                  "Communications 555-0185.", F, 8.5, "l"),
                 ("band", 612 - 98, 30, 34, 758, 0.78)]
        items += [("t", 612 - 78, x, h, "Helvetica-Bold", 9, a) for h, x, a in tier1]
        items += [("t", 612 - 90, x, h, "Helvetica-Oblique", 8.5, a) for h, x, a in tier2]
        return items

    pg = Pages(header, 612 - 114, 52)
    for k, rec in enumerate(recs):
        pg.need(26)
        if k % 2 == 0:
            pg.band(24, 34, 758, 0.88, below=9)
        date_, day_, time = rec["reported_at"].split()
        for (_, x, a), v in zip(tier1, [f"{date_} {day_}", time, rec["case_number"], rec["type"], rec["prio"],
                                        rec["badge"]]):
            pg.text(x, v, F, S, a)
        pg.down(11)
        for (_, x, a), v in zip(tier2, [rec["rel"][0][1], rec["location"], rec["disposition"], rec["beat"]]):
            pg.text(x, v, F, S, a)
        pg.down(13)
    pg.need(24)
    pg.down(8)
    pg.text(40, f"Total incidents: {n}", "Helvetica-Bold", 9)
    pages = pg.finish(lambda k, m: [("t", 30, 750, f"Page {k} of {m}", F, 8, "r")])
    path = d / "corvallen-heights-activity-listing-2025-11-17-23.pdf"
    draw(path, size, pages)
    strip(recs, "prio", "badge", "beat")
    return [entry(path, agency, "weekly activity listing", "other: zebra-striped two-tier listing", recs,
                  "A report-writer listing with no rules at all: a shaded header band and alternate incidents on "
                  "a light grey band, wide gaps between the columns, two lines per incident. First tier: `Date`, "
                  "`Time` (right-aligned on the colon, hour unpadded: `9:05`, `14:32`), `Incident No.` "
                  "(right-aligned), `Call Type` and `Priority` (centred), `Badge`; second tier: `CAD Event`, "
                  "`Location`, `Disposition` (centred), `Beat`. Trap: the second tier prints the CAD event number "
                  "(`2025-18337`), of exactly the incident number's shape (`2025-04127`), right-aligned under the "
                  "incident number in the same column, and only the shading (not in the text) shows which two "
                  "lines belong together; the listing has twice as many lines as incidents. Ends `Total "
                  "incidents: N`.",
                  "incidents counted by the generator; the closing line gives the total")]


AGENCIES = [("brackenridge-falls-or-pd", 1, brackenridge), ("tolliver-county-ks-so", 2, tolliver),
            ("wexcombe-vt-pd", 3, wexcombe), ("harrowgate-township-pa-pd", 4, harrowgate),
            ("corvallen-heights-id-pd", 5, corvallen)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
