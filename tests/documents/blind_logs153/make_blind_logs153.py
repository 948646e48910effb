"""Generate a held-out set of incident logs from records productions with repeated, re-sent or
out-of-order pages (blind_logs153).

Five agencies, five layouts, one trap each: a landscape calls-for-service table whose production was
scanned and reassembled, so one log page is printed twice in a row and another is printed again at
the end, each copy with its own Bates number; a sheriff's log in labelled blocks followed by a
corrected page re-sent after the original, which prints the same incidents again with corrected
dispositions; a media log in prose whose pages are out of sequence, with `(continued from page N)`
and `(continued on page N)` markers and paragraphs broken over pages; a watch commander's log of
numbered entries with slip sheets (`THIS PAGE INTENTIONALLY LEFT BLANK`, `DOCUMENT WITHHELD`) and a
gap in the entry numbers where a page was withheld; a dispatch printout received by fax whose first
transmission broke off partway through a sheet and was re-sent from that sheet. Every record is one
incident, counted once. Everything is invented. Output is deterministic: fixed seed, reportlab
invariant mode.
Run:
    python tests/documents/blind_logs153/make_blind_logs153.py [OUT_DIR]
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
SEED = 20260153
TYPES = ["Theft from vehicle", "Burglary - residential", "Burglary - commercial", "Disturbance", "Welfare check",
         "Suspicious person", "Vandalism", "Trespass", "Alarm - commercial", "Noise complaint", "Found property",
         "Assault - simple", "Shoplifting", "Fraud report", "Hit and run", "Domestic disturbance",
         "Traffic hazard", "Animal complaint", "Missing juvenile - located", "Stolen vehicle"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Gone on arrival", "Unfounded", "Advised",
         "Referred to detectives", "Closed", "Vehicle towed", "Property booked"]
STREETS = ["Ashlar Street", "Corbel Road", "Dunmore Avenue", "Eyrie Lane", "Flintlock Way", "Gorse Street",
           "Halyard Drive", "Ingleby Court", "Juniper Row", "Kittredge Avenue", "Lamplighter Road",
           "Mossbank Street", "Nettle Lane", "Osprey Way"]
PLACES = ["Civic Center plaza", "Northgate shopping center", "Transit center bay 4", "Library south entrance",
          "Riverside park boat ramp", "Fairgrounds east lot", "Middle school ball field"]
FILLER = ["The caller was contacted by phone.", "No injuries were reported.", "The area was checked.",
          "A neighbor provided a description.", "The reporting party declined further action.",
          "Photographs were taken at the scene.", "The business manager was advised.",
          "Nothing further was located.", "The owner was notified.", "A witness statement was taken."]


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


def location(r, numbered=False):
    k = r.random()
    if k < 0.5:
        if numbered:
            return f"{r.randint(1, 48) * 100 + r.randint(1, 99)} {r.choice(STREETS)}"
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a} and {b}"
    return r.choice(PLACES)


FITS = {  # incident types a related number of each kind goes with (an outside case goes with any)
    "citation": {"Shoplifting", "Traffic hazard", "Hit and run", "Trespass", "Noise complaint", "Disturbance",
                 "Animal complaint", "Vandalism"},
    "property": {"Found property", "Theft from vehicle", "Burglary - residential", "Burglary - commercial",
                 "Stolen vehicle", "Fraud report"},
    "impound": {"Stolen vehicle", "Hit and run", "Traffic hazard"},
    "arrest": {"Assault - simple", "Domestic disturbance", "Burglary - residential", "Burglary - commercial",
               "Shoplifting", "Trespass", "Fraud report", "Vandalism"},
}
FITS["tow"] = FITS["impound"]


def kind_for(r, typ, kinds, p):
    """The kind of related number an incident of this type prints, drawn with probability p (else None)."""
    fit = [k for k in kinds if k not in FITS or typ in FITS[k]]
    return r.choice(fit) if fit and r.random() < p else None


def pick_disp(r, rels):
    kinds = {k for k, _ in rels}
    if "arrest" in kinds:
        return "Arrest made"
    if "citation" in kinds:
        return "Citation issued"
    if "impound" in kinds or "tow" in kinds:
        return "Vehicle towed"
    if "property" in kinds:
        return "Property booked"
    return r.choice(["Report taken", "Gone on arrival", "Unfounded", "Advised", "Referred to detectives",
                     "Closed"])


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


def right(text, font, size, edge):
    return edge - stringWidth(text, font, size)


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


class Pager:
    """A tiny page builder for the body of a log: add(lines) puts (x, text, font, size, lead) lines on
    the current page, breaking to a new page when they do not fit (the whole group when keep=True);
    tag names the record the lines belong to, so that the pages each record sits on are known."""

    def __init__(self, top, bottom, top_first=None):
        self.top, self.bottom, self.top_first = top, bottom, top_first or top
        self.pages, self.tags, self.y = [], [], 0

    def new_page(self):
        self.pages.append([])
        self.tags.append([])
        self.y = self.top_first if len(self.pages) == 1 else self.top

    def add(self, lines, keep=True, gap=0, tag=None):
        need = sum(x[4] for x in lines)
        if not self.pages or (keep and self.y - need < self.bottom):
            self.new_page()
        for x, text, font, fs, lead in lines:
            if self.y < self.bottom:
                self.new_page()
            self.pages[-1].append((self.y, x, text, font, fs))
            if tag is not None and tag not in self.tags[-1]:
                self.tags[-1].append(tag)
            self.y -= lead
        self.y -= gap


def entry(path, agency, doc_type, layout, recs, notes, count_check, fields=None):
    fields = fields or ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs153.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs153.py) from the records it drew; "
                               "checked by check_blind_logs153.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Alderwick, OR: table, pages scanned twice
def alderwick(d, r):
    agency = "Alderwick Police Department, OR [invented]"
    n = 130
    recs, num, cit, imp, prop = [], 3300, 881200, 300, 430
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 15):
        num += r.randint(1, 7)
        rels, typ = [], r.choice(TYPES)
        k = kind_for(r, typ, ["citation", "impound", "property"], 0.55)
        if k == "citation":
            cit += r.randint(1, 40)
            rels.append(("citation", f"CIT-0{cit}"))
        elif k == "impound":
            imp += r.randint(1, 6)
            rels.append(("impound", f"IMP 25-0{imp}"))
        elif k == "property":
            prop += r.randint(1, 9)
            rels.append(("property", f"PR-25-0{prop}"))
        rec = {"case_number": f"2025-00{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": typ,
               "location": location(r, numbered=True), "rel": rels, "beat": f"B{r.randint(1, 6)}",
               "badge": str(r.randint(2101, 2799))}
        rec["disposition"] = pick_disp(r, rels)
        recs.append(rec)
    size = landscape(letter)
    F, S = "Helvetica", 8.5
    cols = [36, 100, 186, 212, 246, 392, 548, 664]
    head = ["Incident No.", "Reported", "Beat", "Badge", "Call Type", "Location", "Disposition", "Related No."]
    pg = Pager(612 - 100, 50)
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec["beat"], rec["badge"], rec["type"], rec["location"],
                rec["disposition"], " ".join(x for _, x in rec["rel"])]
        pg.add([(c, v, F, S, 0) for c, v in zip(cols, vals) if v] + [(0, "", F, S, 12)], tag=rec["case_number"])
    pg.add([(36, f"Total incidents: {n}", "Helvetica-Bold", 9, 12)], gap=0)
    m = len(pg.pages)
    assert m >= 4, m

    def log_page(k):
        items = [(612 - 40, 36, "ALDERWICK POLICE DEPARTMENT [invented] - CALLS FOR SERVICE LOG", "Helvetica-Bold", 12),
                 (612 - 55, 36, "Reported 10/01/2025 through 10/15/2025. Printed 11/04/2025 08:12. Records unit "
                                "555-0114.", F, 8.5)]
        items += [(612 - 80, x, h, "Helvetica-Bold", 8.5) for x, h in zip(cols, head)]
        items.append((612 - 85, 36, None, F, 9))
        items += [it for it in pg.pages[k - 1] if it[2] != ""]
        items.append((30, 36, f"Log page {k} of {m}", F, 8))
        return items

    # the production was scanned and reassembled: page 2 went through the feeder twice, and page 3 was
    # scanned again and put at the end; the Bates stamp was added afterwards, so every copy has its own
    order = [1, 2, 2] + list(range(3, m + 1)) + [3]
    pages = []
    for j, k in enumerate(order, 1):
        stamp = f"AWPD PRR {j:06d}"
        pages.append(log_page(k) + [(612 - 24, right("Records request R25-0412", F, 8, 756), "Records request "
                                     "R25-0412", F, 8), (30, right(stamp, "Helvetica-Bold", 9, 756), stamp,
                                                         "Helvetica-Bold", 9)])
    path = d / "alderwick-calls-for-service-2025-10-01-15.pdf"
    draw(path, size, pages)
    for rec in recs:
        rec.pop("beat")
        rec.pop("badge")
    order_txt = ", ".join(str(k) for k in order)
    return agency, [entry(path, agency, "calls-for-service log produced for a records request (scanned and "
                          "reassembled)", "table with header", recs,
                          "Landscape table (`Incident No.`, `Reported`, `Beat`, `Badge`, `Call Type`, `Location`, "
                          "`Disposition`, `Related No.`), one row per incident `2025-00NNNN`; related numbers are "
                          "citations `CIT-0NNNNNN`, impounds `IMP 25-0NNN` and property receipts `PR-25-0NNN`. The "
                          "log's own footer reads `Log page k of m`; a Bates stamp `AWPD PRR 00000N` was added to "
                          f"every production page. Trap: the production was scanned and reassembled, log pages "
                          f"print in the order {order_txt}: log page 2 is printed twice in a row and log page 3 "
                          "again at the end, each copy identical to the first but for its own Bates number; their "
                          "rows are counted once, where the log page first prints. Ends `Total incidents: N`.",
                          "rows with an incident number counted by the generator once per log page; the closing "
                          "line gives the total")]


# 2 ------------------------------------------------------------------ Bramblecote County, MT: blocks, corrected page
def bramblecote(d, r):
    agency = "Bramblecote County Sheriff's Office, MT [invented]"
    n = 52
    recs, num, cit, tag = [], 1400, 4400, 300
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 11)
        rels, typ = [], r.choice(TYPES)
        k = kind_for(r, typ, ["citation", "property"], 0.5)
        if k == "citation":
            cit += r.randint(1, 30)
            rels.append(("citation", f"BCC-00{cit}"))
        elif k == "property":
            tag += r.randint(1, 8)
            rels.append(("property", f"PT-25-0{tag}"))
        rec = {"case_number": f"BC25-0{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": typ,
               "location": location(r, numbered=True), "rel": rels, "badge": str(r.randint(201, 264))}
        rec["disposition"] = pick_disp(r, rels)
        rec["printed"] = rec["disposition"]
        recs.append(rec)
    F, S, L = "Helvetica", 9.5, 12

    def build():
        pg = Pager(792 - 96, 52)
        for rec in recs:
            lines = [(40, None, F, S, 13), (40, f"Incident No.: {rec['case_number']}", "Helvetica-Bold", 10, L + 1),
                     (40, f"Reported: {rec['reported_at']}", F, S, 0), (250, f"Deputy: Badge {rec['badge']}", F, S, L),
                     (40, f"Nature: {rec['type']}", F, S, L), (40, f"Location: {rec['location']}", F, S, L)]
            for kd, x in rec["rel"]:
                lines.append((40, f"Reference: {'Citation' if kd == 'citation' else 'Property tag'} {x}", F, S, L))
            lines.append((40, f"Disposition: {rec['printed']}", F, S, L))
            pg.add(lines, gap=6, tag=rec["case_number"])
        pg.add([(40, f"End of log \u2014 {n} incidents.", "Helvetica-Bold", 10, 14)])
        return pg

    pg = build()
    m = len(pg.pages)
    index = {rec["case_number"]: i for i, rec in enumerate(recs)}
    keep_out = {0, n // 2, n - 1}
    k = next(j for j in range(2, m) if not {index[c] for c in pg.tags[j - 1]} & keep_out
             and len(pg.tags[j - 1]) >= 4)
    on_page = [recs[index[c]] for c in pg.tags[k - 1]]
    changed = r.sample(on_page, 2)
    for rec in changed:  # the original page printed an earlier disposition; the corrected page the final one
        rec["printed"] = "Pending supervisor review"
    original = build()
    assert original.tags == pg.tags

    def page(items, j, corrected=False):
        out = [(792 - 44, 40, "BRAMBLECOTE COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 13),
               (792 - 60, 40, "Incident log, October 2025. Produced 11/05/2025 for records request 2025-118. "
                              "Records 555-0126.", F, 9)]
        if corrected:
            out.append((792 - 78, 40, f"CORRECTED PAGE \u2014 re-sent 11/12/2025 \u2014 replaces page {j} of {m} "
                                      "produced 11/05/2025 (dispositions corrected)", "Helvetica-Bold", 9.5))
        out += [(y + 4, x, t, f, s) if t is None else (y, x, t, f, s) for y, x, t, f, s in items]
        out.append((30, 40, f"Page {j} of {m}" + (" (corrected)" if corrected else ""), F, 8))
        return out

    pages = [page(items, j) for j, items in enumerate(original.pages, 1)] + [page(pg.pages[k - 1], k, True)]
    path = d / "bramblecote-incident-log-2025-10.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("badge")
        rec.pop("printed")
    return agency, [entry(path, agency, "monthly incident log produced for a records request, with a corrected "
                          "page re-sent", "labelled blocks", recs,
                          "One block per incident: bold `Incident No.: BC25-0NNNN`, then `Reported:` with `Deputy: "
                          "Badge 2NN`, `Nature:`, `Location:`, sometimes `Reference: Citation BCC-00NNNN` or "
                          "`Reference: Property tag PT-25-0NNN`, and `Disposition:`. Trap: after the last page "
                          f"(`Page {m} of {m}`) a corrected page re-sent a week later (`CORRECTED PAGE \u2014 ... "
                          f"replaces page {k} of {m}`, footer `Page {k} of {m} (corrected)`) prints every block of "
                          f"page {k} again, identical but for two dispositions that the original printed as "
                          "`Pending supervisor review`; those incidents are counted once, at their place on page "
                          f"{k}, and their disposition is the corrected one. Ends `End of log \u2014 N incidents.` "
                          "on the last original page.",
                          "blocks counted by the generator, the corrected page's blocks not again; the closing line "
                          "gives the total")]


# 3 ------------------------------------------------------------------ Quillan Springs, AZ: prose, pages out of order
def quillan(d, r):
    agency = "Quillan Springs Police Department, AZ [invented]"
    n = 104
    recs, num, cit, so = [], 10300, 771100, 8800
    for t in stamps(r, datetime.datetime(2025, 10, 20), n, 7):
        num += r.randint(1, 6)
        rels, typ = [], r.choice(TYPES)
        k = kind_for(r, typ, ["citation", "outside_case"], 0.35)
        if k == "citation":
            cit += r.randint(1, 25)
            rels.append(("citation", f"Q-{cit}"))
        elif k == "outside_case":
            so += r.randint(1, 40)
            rels.append(("outside_case", f"S25-0{so}"))
        rec = {"case_number": f"QS-25-{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": typ,
               "location": location(r), "rel": rels, "t": t, "badge": r.randint(1101, 1160),
               "filler": r.sample(FILLER, r.choice([1, 2, 2, 3]))}
        rec["disposition"] = pick_disp(r, rels)
        recs.append(rec)
    F, S, L, W = "Times-Roman", 10.5, 13.5, 480
    days = {}
    for rec in recs:
        days.setdefault(rec["t"].date(), []).append(rec)

    def build(bottom):
        pg = Pager(792 - 96, bottom)
        for day, v in days.items():
            pg.add([(40, f"{day.strftime('%A, %B')} {day.day}, {day.year}", "Times-Bold", 12, 17)], gap=2)
            for rec in v:
                txt = (f"{rec['case_number']} \u2014 Reported {rec['reported_at']}. {rec['type']} at "
                       f"{rec['location']}. Officer Badge {rec['badge']} responded. " + " ".join(rec["filler"]))
                for kd, x in rec["rel"]:
                    txt += f" Citation {x} issued." if kd == "citation" else f" Sheriff's case {x} is linked."
                txt += f" Disposition: {rec['disposition']}."
                pg.add([(40 if j == 0 else 52, ln, F, S, L) for j, ln in enumerate(wrap(txt, F, S, W))],
                       keep=False, gap=4, tag=rec["case_number"])
        pg.add([(40, f"End of media log \u2014 {n} incidents.", "Times-Bold", 11, 14)])
        # pages whose first line is the rest of a paragraph begun on the page before
        mid = [x for x in range(2, len(pg.pages) + 1)
               if not pg.pages[x - 1][0][2].startswith("QS-") and "day, " not in pg.pages[x - 1][0][2]]
        return pg, mid

    # the lowest bottom margin from 56 pt up that breaks paragraphs at the tops of the reordered pages
    pg, mid = next(x for x in (build(b) for b in range(56, 90)) if {3, 4} <= set(x[1]) and len(x[1]) >= 3)
    m = len(pg.pages)
    assert m >= 6, m

    def page(k):
        out = [(792 - 44, 40, "QUILLAN SPRINGS POLICE DEPARTMENT [invented]", "Times-Bold", 14),
               (792 - 60, 40, "Media log, October 20-26, 2025: incidents released by the public information "
                              "office. PIO line 555-0157.", "Times-Italic", 10)]
        if k > 1:
            out.append((792 - 80, 40, f"(continued from page {k - 1})", "Times-Italic", 9.5))
        out += pg.pages[k - 1]
        if k < m:
            txt = f"(continued on page {k + 1})"
            out.append((44, right(txt, "Times-Italic", 9.5, 572), txt, "Times-Italic", 9.5))
        out.append((28, 40, f"Quillan Springs PD media log \u2014 Page {k} of {m}", F, 9))
        return out

    # the production was reassembled out of sequence: pages 2 and 3 swapped, and the last two
    order = [1, 3, 2] + list(range(4, m - 1)) + [m, m - 1]
    pages = [page(k) for k in order]
    path = d / "quillan-springs-media-log-2025-10-20-26.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for key in ("t", "badge", "filler"):
            rec.pop(key)
    order_txt = ", ".join(str(k) for k in order)
    return agency, [entry(path, agency, "weekly media log produced for a records request, pages out of sequence",
                          "free text", recs,
                          "Prose paragraphs under day headings, `QS-25-NNNNN \u2014 Reported MM/DD/YYYY HH:MM. <type> "
                          "at <place>. Officer Badge 11NN responded. ... Disposition: ....`; citations `Q-77NNNN` "
                          "and linked sheriff's cases `S25-0NNNN` are related numbers. Trap: the pages print in the "
                          f"order {order_txt} (footer `Page k of {m}`); every page but the first opens with "
                          "`(continued from page N)` and every page but the last ends with `(continued on page N)`, "
                          "naming the page before and after in the log's own order, and paragraphs run over page "
                          "ends, so the top of a page can be the rest of a paragraph printed on a page that comes "
                          "later in the file. case_numbers are in the log's own page order (pages 1..N), each "
                          "paragraph counted once with its continuation. Ends `End of media log \u2014 N incidents.`",
                          "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Marrowfield, CA: numbered, slip sheets
def marrowfield(d, r):
    agency = "Marrowfield Police Department, CA [invented]"
    n_all = 104
    recs, num, cit, arr = [], 7700, 40100, 200
    for t in stamps(r, datetime.datetime(2025, 10, 1), n_all, 31):
        num += r.randint(1, 9)
        rels, typ = [], r.choice(TYPES)
        k = kind_for(r, typ, ["arrest", "citation"], 0.5)
        if k == "arrest":
            arr += r.randint(1, 5)
            rels.append(("arrest", f"25-A-0{arr}"))
        elif k == "citation":
            cit += r.randint(1, 30)
            rels.append(("citation", f"MF-{cit}"))
        rec = {"case_number": f"25M-0{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": typ,
               "location": location(r), "rel": rels, "t": t, "badge": r.randint(4401, 4480)}
        rec["disposition"] = pick_disp(r, rels)
        recs.append(rec)
    F, S, L, W = "Helvetica", 9.5, 12.5, 390
    top_first = 792 - 150
    pg = Pager(792 - 80, 56, top_first)
    parts = {}
    for i, rec in enumerate(recs, 1):
        rec["item"] = i
        parts.setdefault(1 if rec["t"].day <= 15 else 2, []).append(rec)
    part_start = {}
    for p, v in parts.items():
        if p == 2:
            pg.new_page()
        part_start[p] = len(pg.pages) + (0 if p == 2 else 1)
        pg.add([(40, f"Part {p}: October {'1-15' if p == 1 else '16-31'}, 2025", "Helvetica-Bold", 11, 18)])
        for rec in v:
            txt = (f"Incident {rec['case_number']}, reported {rec['reported_at']}. {rec['type']} at "
                   f"{rec['location']}. Officer Badge {rec['badge']}.")
            for kd, x in rec["rel"]:
                txt += f" Arrest {x} booked." if kd == "arrest" else f" Citation {x} issued."
            txt += f" Disposition: {rec['disposition']}."
            lines = wrap(txt, F, S, W)
            pg.add([(40, f"{rec['item']}.", F, S, 0)] + [(70, ln, F, S, L) for ln in lines], gap=5,
                   tag=rec["item"])
    m = len(pg.pages)
    # one page of part 2 is withheld: not its first or last, not the last page of the log
    w = part_start[2] + 1
    assert w < m, (w, m)
    gone = pg.tags[w - 1]
    produced = [rec for rec in recs if rec["item"] not in gone]
    np_ = len(produced)
    assert 40 <= np_ <= 150 and len(gone) >= 6
    intro = wrap(f"Produced under the California Public Records Act, request PRA-25-0188. Entries produced: {np_} "
                 f"of {n_all}. One page of the log was withheld; a slip sheet marks its place. Pages are "
                 "numbered as in the log.", F, 9.5, 520)

    def log_page(k):
        out = [(792 - 44, 40, "MARROWFIELD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
               (792 - 60, 40, "Watch commander's log, October 2025. Watch office 555-0171.", F, 9.5)]
        if k == 1:
            out += [(792 - 84 - 12 * j, 40, ln, "Helvetica-Oblique", 9.5) for j, ln in enumerate(intro)]
        out += pg.pages[k - 1]
        out.append((30, 40, f"Watch commander's log, October 2025 \u2014 log page {k} of {m}", F, 8))
        return out

    def slip(lines):
        return [(500 - 22 * j, 306 - stringWidth(t, f, s) / 2, t, f, s) for j, (t, f, s) in enumerate(lines)]

    blank = slip([("THIS PAGE INTENTIONALLY LEFT BLANK", "Helvetica-Bold", 14)])
    lo, hi = min(gone), max(gone)
    withheld = slip([("DOCUMENT WITHHELD", "Helvetica-Bold", 16),
                     (f"Log page {w} of {m} (entries {lo}-{hi}, {hi - lo + 1} entries) withheld in full.", F, 11),
                     ("Gov. Code section 7923.600: records of investigations.", F, 11)])
    seq = []
    for k in range(1, m + 1):
        if k == part_start[2]:
            seq.append(blank)  # part 1 ended; part 2 starts on a right-hand page
        seq.append(withheld if k == w else log_page(k))
    pages = []
    for j, items in enumerate(seq, 1):
        stamp = f"MARROWFIELD PD {j:06d}"
        pages.append(items + [(30, right(stamp, "Helvetica-Bold", 9, 572), stamp, "Helvetica-Bold", 9)])
    path = d / "marrowfield-watch-commander-log-2025-10.pdf"
    draw(path, letter, pages)
    for rec in produced:
        for key in ("t", "badge", "item"):
            rec.pop(key)
    return agency, [entry(path, agency, "monthly watch commander's log produced under the Public Records Act, "
                          "with slip sheets", "numbered paragraphs", produced,
                          "Numbered entries `N. Incident 25M-0NNNN, reported MM/DD/YYYY HH:MM. <type> at <place>. "
                          "Officer Badge 44NN. ... Disposition: ....`, in two parts (`Part 1: October 1-15, 2025`, "
                          "`Part 2: ...`); arrests `25-A-0NNN` and citations `MF-4NNNN` are related numbers; a Bates "
                          "stamp `MARROWFIELD PD 00000N` on every page. Trap: slip sheets take the place of pages: "
                          "`THIS PAGE INTENTIONALLY LEFT BLANK` between the parts, and `DOCUMENT WITHHELD` with `Log "
                          f"page {w} of {m} (entries {lo}-{hi}, {hi - lo + 1} entries) withheld in full.` where a "
                          f"page was withheld, so the entry numbers run 1..{n_all} with {lo}-{hi} missing: "
                          f"{np_} records, not {n_all}. The first page says `Entries produced: {np_} of {n_all}`.",
                          "entries counted by the generator; the first page gives the number produced")]


# 5 ------------------------------------------------------------------ Hesketh Township, PA: fax, sheets re-sent
def hesketh(d, r):
    agency = "Hesketh Township Police Department, PA [invented]"
    n = 118
    recs, num, cit, tow = [], 3100, 91200, 2200
    for t in stamps(r, datetime.datetime(2025, 10, 27), n, 5):
        num += r.randint(1, 5)
        rels, typ = [], r.choice(TYPES)
        k = kind_for(r, typ, ["citation", "tow"], 0.5)
        if k == "citation":
            cit += r.randint(1, 30)
            rels.append(("citation", f"K00{cit}"))
        elif k == "tow":
            tow += r.randint(1, 9)
            rels.append(("tow", f"T-{tow}"))
        typ = typ.upper()
        rec = {"case_number": f"HT25-0{num}", "reported_at": t.strftime("%m/%d %H%M"), "type": typ,
               "location": location(r, numbered=True).upper(), "rel": rels, "t": t,
               "unit": f"{r.choice([2, 3, 4])}B{r.randint(10, 19)}", "badge": r.randint(1150, 1199)}
        rec["disposition"] = pick_disp(r, rels).upper()
        recs.append(rec)
    F, S, L = "Courier", 8.5, 11
    pg = Pager(792 - 84, 50)
    shifts = {}
    for rec in recs:
        h = rec["t"].hour
        key = (rec["t"].date(), "DAYS 0700-1500" if 7 <= h < 15 else "EVES 1500-2300" if h >= 15 else "NIGHTS "
               "2300-0700")
        shifts.setdefault(key, []).append(rec)
    for (day, sh), v in shifts.items():
        pg.add([(40, f"--- {day.strftime('%a').upper()} {day.strftime('%m/%d/%Y')}  {sh} ---", "Courier-Bold", S,
                 L + 3)], gap=0)
        for rec in v:
            rel = "  ".join(("CIT# " if kd == "citation" else "TOW# ") + x for kd, x in rec["rel"])
            l1 = f"{rec['reported_at']}  {rec['case_number']}  {rec['type']:<27}  UNIT {rec['unit']}  BADGE {rec['badge']}"
            l2 = f"{'':12}{rec['location']:<36}{rec['disposition']:<16}  {rel}".rstrip()
            pg.add([(40, l1, F, S, L), (40, l2, F, S, L)], gap=3, tag=rec["case_number"])
    pg.add([(40, f"*** END OF REPORT - {n} CALLS ***", "Courier-Bold", S, L)], gap=0)
    m = len(pg.pages)
    assert m >= 5, m

    def sheet(k, cut=None):
        out = [(792 - 40, 40, "HESKETH TOWNSHIP POLICE DEPARTMENT [invented]", "Courier-Bold", 10),
               (792 - 54, 40, "CAD DAILY ACTIVITY  10/27/2025 - 10/31/2025", "Courier", 9),
               (792 - 54, 460, f"SHEET {k} OF {m}", "Courier", 9),
               (792 - 60, 40, None, F, S)]
        return out + [it for it in pg.pages[k - 1] if cut is None or it[0] > cut]

    def fax(stamp, j, tot):
        txt = f"{stamp}  FROM HESKETH TWP PD 555-0193  TO 555-0120        P.{j:02d}/{tot:02d}"
        return [(792 - 16, 36, txt, "Courier", 7.5)]

    def cover(lines):
        return [(792 - 120 - 18 * j, 72, t, "Courier-Bold" if j == 0 else "Courier", 14 if j == 0 else 10)
                for j, t in enumerate(lines)]

    s = m - 2  # the first transmission broke off during sheet s
    body = pg.pages[s - 1]
    firsts = [i for i, it in enumerate(body) if it[2] and it[2][:5].replace("/", "").isdigit()]
    cut_at = firsts[len(firsts) * 2 // 5]
    cut = body[cut_at][0] - 1  # the entry's first line arrived, its second line did not
    t1 = [cover(["FAX TRANSMITTAL", "HESKETH TOWNSHIP POLICE DEPARTMENT [invented] - RECORDS",
                 "TO:   Right-to-Know requester      FAX: 555-0120", "FROM: Open records officer       FAX: 555-0193",
                 f"DATE: 10/31/2025                  PAGES: {m + 1} (INCLUDING COVER)",
                 "RE:   RTK-2025-061  CAD daily activity 10/27/2025 - 10/31/2025"])]
    t1 += [sheet(k) for k in range(1, s)] + [sheet(s, cut)]
    t2 = [cover(["FAX TRANSMITTAL - RESEND", "HESKETH TOWNSHIP POLICE DEPARTMENT [invented] - RECORDS",
                 "TO:   Right-to-Know requester      FAX: 555-0120", "FROM: Open records officer       FAX: 555-0193",
                 f"DATE: 10/31/2025                  PAGES: {m - s + 2} (INCLUDING COVER)",
                 f"RESEND - SHEETS {s}-{m} OF {m}. PREVIOUS TRANSMISSION",
                 f"INTERRUPTED DURING SHEET {s}."])]
    t2 += [sheet(k) for k in range(s, m + 1)]
    pages = [fax("OCT 31 2025 16:02", j, m + 1) + p for j, p in enumerate(t1, 1)]
    pages += [fax("OCT 31 2025 16:47", j, len(t2)) + p for j, p in enumerate(t2, 1)]
    path = d / "hesketh-township-cad-activity-2025-10-27-31.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for key in ("t", "unit", "badge"):
            rec.pop(key)
    return agency, [entry(path, agency, "CAD daily activity printout received by fax for a Right-to-Know request",
                          "other: two-line fixed-width entries under shift headings, received as two fax "
                          "transmissions", recs,
                          "Courier printout, no column header: `--- MON 10/27/2025  DAYS 0700-1500 ---` shift "
                          "headings, then two lines per call: `MM/DD HHMM  HT25-0NNNN  <TYPE>  UNIT 3B14  BADGE "
                          "11NN`, and an indented line with location, disposition and `CIT# K00NNNNN` or `TOW# "
                          "T-2NNN`. Each sheet is headed `SHEET k OF N`; each fax page carries a fax header with "
                          "`P.jj/tt`. Trap: the first transmission (cover saying "
                          f"`PAGES: {m + 1}`) broke off during sheet {s}: that sheet prints only its upper part, the "
                          "last call cut after its first line; a second transmission (`RESEND - SHEETS "
                          f"{s}-{m} OF {m}`) sends sheet {s} in full and the rest. The calls on the broken sheet print "
                          "twice and are counted once; fax cover pages hold no calls. Ends `*** END OF REPORT - N "
                          "CALLS ***`.",
                          "calls counted by the generator once per sheet; the closing line gives the total")]


AGENCIES = [("alderwick-or-pd", 1, alderwick), ("bramblecote-county-mt-so", 2, bramblecote),
            ("quillan-springs-az-pd", 3, quillan), ("marrowfield-ca-pd", 4, marrowfield),
            ("hesketh-township-pa-pd", 5, hesketh)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
