"""Generate a held-out set of incident logs with supplements, follow-ups, amended and voided entries
(blind_logs146).

Five agencies, five layouts. A record is an incident; supplements, follow-ups, amendments and voids
are printed as entries of their own but are not new records:
a landscape entry table where supplement rows repeat the incident number (and, in the second half of
the month, supplement incidents listed in the first PDF); labelled blocks of a records export where
amended blocks reprint the whole report under a new entry number; a daily narrative with follow-up
paragraphs and voided case numbers; numbered press-log items with indented supplemental reports and a
corrections section about earlier editions; a fixed-width desk journal with NEW, SUP, AMD and VOID
lines where a duplicate NEW entry is later voided. Everything is invented. Output is deterministic:
fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs146/make_blind_logs146.py [OUT_DIR]
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
SEED = 20261146
TYPES = ["Theft from vehicle", "Burglary - residence", "Vandalism", "Welfare check", "Disturbance - noise",
         "Suspicious person", "Traffic collision - property damage", "Shoplifting", "Fraud - phone scam",
         "Trespass", "Found property", "Assault - simple", "Harassment", "Stolen bicycle", "Animal complaint",
         "Driving under the influence", "Missing person - located", "Burglary - business", "Identity theft"]
DISPS = ["Report taken", "Closed - no further action", "Arrest made", "Referred to detectives",
         "Unfounded", "Citation issued", "Gone on arrival", "Referred to another agency"]
STREETS = ["Quillan Street", "Bramblewood Road", "Ostrander Avenue", "Felspar Lane", "Hobnail Court", "Tindall Road",
           "Larchmere Drive", "Wicklow Way", "Saddler Street", "Cobham Avenue", "Ferrule Place", "Kettering Road"]
PLACES = ["Harlow Creek Community Center", "Quarry Pond boat launch", "Marlowe Depot parking lot",
          "Northgate Plaza", "Sedgefield Elementary School", "Penwick Municipal Pool"]
NOARREST = ("Welfare check", "Found property", "Missing person - located", "Animal complaint",
            "Traffic collision - property damage", "Suspicious person")
SUPP_TEXT = ["follow-up interview with victim", "stolen property list added", "video evidence logged",
             "witness statement added", "lab results received", "property returned to owner",
             "restitution estimate added", "photographs attached"]


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


def disp(r, typ, other=None):
    d = r.choice(DISPS)
    while d == "Arrest made" and typ in NOARREST or d == other:
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


def entry(path, agency, doc_type, layout, recs, notes, count_check, nonrec=()):
    """recs: dicts with case_number, reported_at, type, location, disposition, rel; a record flagged
    `amended` (values changed by a later entry) is never a sample."""
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    plain = [i for i, rec in enumerate(recs) if not rec.get("amended")]
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (plain[0], plain[len(plain) // 2], plain[-1])]
    out = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs146.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "non_record_numbers": [{"kind": k, "number": num} for k, num in nonrec],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs146.py) from the records it drew; "
                               "checked by check_blind_logs146.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }
    return out


def paginate(header, footer, size, top, bottom):
    """A tiny page builder: add(lines) puts (x, text, font, size, lead) lines on the current page,
    breaking to a new page when they do not fit and keep=True."""
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


# 1 ------------------------------------------------------------------ Harlow Creek, WI: entry table with supplement rows
def harlow(d, r):
    agency = "Harlow Creek Police Department, WI [invented]"
    n = 108
    incs, num = [], 4100
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 3)
        rec = {"case_number": f"25-00{num}", "t": t, "entered": t + datetime.timedelta(minutes=r.randint(3, 40)),
               "reported_at": t.strftime("%m/%d/%y %H:%M"), "type": r.choice(TYPES),
               "location": location(r, numbered=True), "rel": [], "badge": str(r.randint(1100, 1499))}
        rec["disposition"] = disp(r, rec["type"])
        incs.append(rec)
    rows = [("ORIG", rec["entered"], rec) for rec in incs]
    for rec in incs:
        if r.random() < 0.2:
            k = 1
            e = rec["entered"]
            while True:
                e = e + datetime.timedelta(hours=r.randint(20, 120), minutes=r.randint(0, 59))
                if e >= datetime.datetime(2025, 11, 1):
                    break
                rows.append((f"SUPP {k}", e, {**rec, "supp": r.choice(SUPP_TEXT), "badge": str(r.randint(1100, 1499))}))
                k += 1
                if r.random() < 0.7:
                    break
    for k in range(3):  # supplements to incidents of September (before the first PDF)
        e = datetime.datetime(2025, 10, 1 + 2 * k, r.randint(8, 17), r.randint(0, 59))
        sept = datetime.datetime(2025, 9, 20 + 3 * k, r.randint(0, 23), r.randint(0, 59))
        rows.append(("SUPP 1", e, {"case_number": f"25-00{3990 + 31 * k + r.randint(0, 20)}", "t": sept,
                                   "reported_at": sept.strftime("%m/%d/%y %H:%M"), "type": "", "location": "",
                                   "supp": r.choice(SUPP_TEXT), "badge": str(r.randint(1100, 1499))}))
    rows.sort(key=lambda x: x[1])
    gt = []
    F, S = "Helvetica", 8.5
    size = landscape(letter)
    cols = [36, 98, 134, 190, 258, 430, 600, 640]
    head = ["Incident No.", "Entry", "Entered", "Reported", "Incident type / entry", "Location", "Badge",
            "Disposition"]
    for fname, lo, hi, label in [("harlow-creek-entry-log-2025-10-01-15.pdf", 1, 16, "October 1-15, 2025"),
                                 ("harlow-creek-entry-log-2025-10-16-31.pdf", 16, 32, "October 16-31, 2025")]:
        mine = [x for x in rows if lo <= x[1].day < hi]
        recs = [rec for kind, _, rec in mine if kind == "ORIG"]
        ids = {rec["case_number"] for rec in recs}
        nonrec = []
        for kind, _, rec in mine:
            if kind != "ORIG" and rec["case_number"] not in ids and ("supplement_to_earlier_incident",
                                                                      rec["case_number"]) not in nonrec:
                nonrec.append(("supplement_to_earlier_incident", rec["case_number"]))
        nsup = len(mine) - len(recs)
        assert len(nonrec) >= 2 and nsup >= 8, (len(nonrec), nsup)

        def header(k, label=label):
            items = [(612 - 40, 36, "HARLOW CREEK POLICE DEPARTMENT [invented] - INCIDENT ENTRY LOG", "Helvetica-Bold",
                      13),
                     (612 - 56, 36, f"Entries made {label}, in order of entry. A supplement (SUPP) is entered under the "
                                    f"number of the incident it adds to. Records unit 555-0131.", F, 8.5)]
            items += [(612 - 80, x, h, "Helvetica-Bold", 8.5) for x, h in zip(cols, head)]
            items.append((612 - 85, 36, None, F, 9))
            return items

        add, finish, _ = paginate(header, lambda k, m: [(28, 36, f"Page {k} of {m}", F, 8)], size, 612 - 100, 50)
        for kind, e, rec in mine:
            if kind == "ORIG":
                typ, loc, dis = rec["type"], rec["location"], rec["disposition"]
            else:
                typ, loc, dis = f"Supplement: {rec['supp']}", "", "Supplement filed"
            typ = wrap(typ, F, S, 165)
            loc = wrap(loc, F, S, 160) if loc else []
            dis = wrap(dis, F, S, 120)
            lines = []
            for j in range(max(len(typ), len(loc), len(dis))):
                vals = [rec["case_number"], kind, e.strftime("%m/%d %H:%M"), rec["reported_at"],
                        typ[j] if j < len(typ) else "", loc[j] if j < len(loc) else "", rec["badge"],
                        dis[j] if j < len(dis) else ""]
                if j:
                    vals[0] = vals[1] = vals[2] = vals[3] = vals[6] = ""
                lines += [(x, v, F, S, 0) for x, v in zip(cols, vals) if v]
                lines.append((0, "", F, S, 11))
            add([ln for ln in lines if ln[1] or ln[4]], gap=3)
        add([(36, f"Entries listed: {len(mine)} - incidents: {len(recs)}, supplemental entries: {nsup}.",
              "Helvetica-Bold", 9, 12)])
        pages = finish()
        pages = [[it for it in p if it[2] != ""] for p in pages]
        path = d / fname
        draw(path, size, pages)
        out = [{k: rec[k] for k in ("case_number", "reported_at", "type", "location", "disposition", "rel")}
               for rec in recs]
        gt.append(entry(path, agency, "half-month incident entry log", "table with header", out,
                        "Landscape table in order of entry (`Incident No.`, `Entry`, `Entered`, `Reported`, type, "
                        "location, badge, disposition). A record is an ORIG row. Trap: supplemental entries (`SUPP 1`, "
                        "`SUPP 2`) are rows of their own that repeat the incident number, days after the incident and "
                        "often on a later page; they are not new records. Some SUPP rows add to incidents that are not "
                        "in this PDF at all (September incidents, or, in the second half of the month, incidents "
                        "listed in the first PDF): their numbers are in `non_record_numbers`, not records. ORIG rows "
                        "entered after midnight for a late report of the previous day belong to the PDF of the entry "
                        "date. Ends `Entries listed: N - incidents: M, supplemental entries: K.` (M is the record "
                        "count, N is not).",
                        "ORIG rows counted by the generator; the closing line gives incidents and entries", nonrec))
    return agency, gt


# 2 ------------------------------------------------------------------ Kestrel County, ID: export blocks with amendments
def kestrel(d, r):
    agency = "Kestrel County Sheriff's Office, ID [invented]"
    n = 44
    recs, num = [], 1380
    for t in stamps(r, datetime.datetime(2025, 10, 6), n, 14):
        num += r.randint(1, 5)
        rec = {"case_number": f"KC-25-0{num}", "t": t, "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": location(r, numbered=True) if r.random() < 0.75 else
               f"State Route {r.choice([21, 33, 75])} milepost {r.randint(2, 90)}", "rel": [],
               "unit": f"{r.randint(1, 4)}K{r.randint(10, 29)}", "badge": f"0{r.randint(300, 899)}"}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
    end = datetime.datetime(2025, 10, 20)
    blocks = [(rec["t"] + datetime.timedelta(minutes=r.randint(10, 90)), "ORIGINAL", rec, None) for rec in recs]
    cand = [i for i in range(1, n - 1) if i != n // 2 and recs[i]["t"] < end - datetime.timedelta(days=2)]
    for i in sorted(r.sample(cand, 8)):
        rec = recs[i]
        old = {k: rec[k] for k in ("type", "disposition")}
        when = rec["t"] + datetime.timedelta(hours=r.randint(6, 40))
        if r.random() < 0.35:
            rec["type"] = r.choice([x for x in TYPES if x != rec["type"]])
            why = "offense reclassified after review"
        else:
            why = "disposition updated after follow-up"  # noqa: F841 (the reason, kept for reading)
        rec["disposition"] = disp(r, rec["type"], other=old["disposition"])
        rec["amended"] = True
        rec["old"] = old
        blocks.append((when, "AMENDED", rec, old))
    blocks.sort(key=lambda x: x[0])
    entry_no = 30410
    for b in blocks:
        entry_no += r.randint(1, 9)
        b[2].setdefault("entries", []).append(entry_no)
    F, S, L = "Helvetica", 9, 11.5

    def header(k):
        return [(792 - 44, 40, "KESTREL COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 13),
                (792 - 60, 40, "Records export: report entries made October 6-19, 2025, in entry order. Amended "
                               "reports are exported again in full. Records 555-0148.", F, 8.5)]

    add, finish, _ = paginate(header, lambda k, m: [(30, 40, f"Export page {k} of {m}", F, 8)], letter, 792 - 86, 48)
    seen = {}
    for when, status, rec, old in blocks:
        k = seen.get(rec["case_number"], 0)
        seen[rec["case_number"]] = k + 1
        eno = rec["entries"][k]
        typ, dis = (rec["old"]["type"], rec["old"]["disposition"]) if rec.get("amended") and status == "ORIGINAL" \
            else (rec["type"], rec["disposition"])
        st = "ORIGINAL" if status == "ORIGINAL" else "AMENDED (amendment 1)"
        lines = [(40, None, F, S, 12), (40, f"Entry No. {eno}", "Helvetica-Bold", 9.5, 0),
                 (300, f"Status: {st}", "Helvetica-Bold", 9.5, L + 1),
                 (40, f"Report No.: {rec['case_number']}", F, S, L)]
        if status == "AMENDED":
            lines.append((40, f"Amends: Entry No. {rec['entries'][0]} (original of {rec['t'].strftime('%m/%d/%Y')})",
                          F, S, L))
        lines += [(40, f"Reported: {rec['reported_at']}", F, S, L), (40, f"Offense: {typ}", F, S, L),
                  (40, f"Location: {rec['location']}", F, S, L),
                  (40, f"Deputy: Badge {rec['badge']}   Unit: {rec['unit']}", F, S, L),
                  (40, f"Disposition: {dis}", F, S, L)]
        if status == "AMENDED":
            lines.append((40, f"Amendment reason: {'offense reclassified after review' if typ != old['type'] else 'disposition updated after follow-up'}; entered {when.strftime('%m/%d/%Y %H:%M')}", F, S, L))
        add(lines, gap=4)
    add([(40, f"{len(blocks)} entries exported: {n} original reports, {len(blocks) - n} amendments.",
          "Helvetica-Bold", 10, 14)])
    pages = finish()
    pages = [[(y + 4, x, t, f, s) if t is None else (y, x, t, f, s) for y, x, t, f, s in p] for p in pages]
    path = d / "kestrel-records-export-2025-10-06-19.pdf"
    draw(path, letter, pages)
    out = []
    for rec in [b[2] for b in blocks if b[1] == "ORIGINAL"]:  # document (entry) order
        rel = [("entry_number", str(x)) for x in rec["entries"]]
        out.append({"case_number": rec["case_number"], "reported_at": rec["reported_at"], "type": rec["type"],
                    "location": rec["location"], "disposition": rec["disposition"], "rel": rel,
                    "amended": rec.get("amended", False)})
    gt = [entry(path, agency, "two-week records export of report entries", "labelled blocks", out,
                "One block per entry under a rule, in entry order: `Entry No. 3NNNN  Status: ORIGINAL|AMENDED`, "
                "`Report No.: KC-25-0NNNN` (the record id), Reported, Offense, Location, Deputy badge and unit, "
                "Disposition. A record is a report (its ORIGINAL block). Trap: 8 reports are exported again in full "
                "as `AMENDED (amendment 1)` blocks later in the export (`Amends: Entry No. ...`), with the same "
                "report number and a changed offense or disposition; they are not new records, and the amended "
                "values supersede the original block's (those reports are never samples). The five-digit entry "
                "number heads every block and is not the id (listed as related `entry_number`). Ends `N entries "
                "exported: M original reports, K amendments.` (M is the record count).",
                "ORIGINAL blocks counted by the generator; the closing line gives reports and entries")]
    return agency, gt


# 3 ------------------------------------------------------------------ Marlowe, NH: narrative with follow-ups and voids
def marlowe(d, r):
    agency = "Marlowe Police Department, NH [invented]"
    n = 62
    recs, num = [], 3280
    paras = []
    nonrec = []
    stamps_ = stamps(r, datetime.datetime(2025, 10, 13), n, 7)
    void_at = set(r.sample(range(3, n - 3), 3)) - {n // 2}
    for i, t in enumerate(stamps_):
        num += 1
        rec = {"case_number": f"25-{num}", "t": t, "reported_at": f"Oct {t.day} at {t.strftime('%H:%M')}",
               "type": r.choice(TYPES), "location": location(r), "rel": [],
               "badges": sorted(r.sample(range(301, 398), r.randint(1, 2)))}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
        paras.append((t, "rec", rec))
        if i in void_at:
            num += 1
            vt = t + datetime.timedelta(minutes=r.randint(2, 30))
            paras.append((vt, "void", (f"25-{num}", rec["case_number"])))
            nonrec.append(("voided_number", f"25-{num}"))
    fol = []
    for i in sorted(r.sample(range(0, n - 12), 6)):
        ft = recs[i]["t"] + datetime.timedelta(hours=r.randint(26, 70))
        if ft < datetime.datetime(2025, 10, 20):
            fol.append((ft, recs[i]["case_number"]))
    for k in range(3):
        ft = datetime.datetime(2025, 10, 13 + 2 * k, r.randint(8, 18), r.randint(0, 59))
        old = f"25-{3180 + 27 * k + r.randint(0, 20)}"
        fol.append((ft, old))
        nonrec.append(("follow_up_to_earlier_case", old))
    for ft, cn in fol:
        paras.append((ft, "fol", (cn, r.randint(301, 397), r.choice(SUPP_TEXT))))
    paras.sort(key=lambda x: x[0])
    F, S, L, W = "Times-Roman", 10.5, 13.5, 530

    def header(k):
        return [(792 - 46, 40, "Marlowe Police Department [invented]", "Times-Bold", 14),
                (792 - 62, 40, "Daily log, week of October 13, 2025. Follow-up entries and voided numbers are "
                               "logged on the day they were made. Front desk 555-0162.", "Times-Italic", 10)]

    add, finish, _ = paginate(header, lambda k, m: [(32, 40, f"- {k} -", F, 9)], letter, 792 - 92, 52)
    day = None
    nfol = nvoid = 0
    for t, kind, x in paras:
        if t.date() != day:
            day = t.date()
            add([(40, f"{day.strftime('%A, %B')} {day.day}, {day.year}", "Times-Bold", 12, 17)], gap=2)
        if kind == "rec":
            who = " and ".join(f"Badge {b}" for b in x["badges"])
            txt = (f"Case {x['case_number']}. Reported {x['reported_at']}: {x['type']} at {x['location']}. "
                   f"{who} responded. Disposition: {x['disposition']}.")
        elif kind == "void":
            nvoid += 1
            txt = (f"Case number {x[0]} voided at {t.strftime('%H:%M')}: issued in error as a duplicate of Case "
                   f"{x[1]}. No incident under this number.")
        else:
            nfol += 1
            txt = (f"Follow-up to Case {x[0]}, {t.strftime('%H:%M')}: Badge {x[1]} - {x[2]}. No new case opened.")
        lines = [(40 if j == 0 else 52, ln, F, S, L) for j, ln in enumerate(wrap(txt, F, S, W))]
        add(lines, keep=False, gap=4)
    add([(40, f"End of log \u2014 {n} cases; {nfol} follow-up entries; {nvoid} case numbers voided.", "Times-Bold",
          11, 14)])
    pages = finish()
    path = d / "marlowe-daily-log-2025-10-13-19.pdf"
    draw(path, letter, pages)
    out = [{k: rec[k] for k in ("case_number", "reported_at", "type", "location", "disposition", "rel")}
           for rec in recs]
    gt = [entry(path, agency, "weekly daily log in prose", "free text", out,
                "Prose paragraphs under day headings; a record is a paragraph `Case 25-NNNN. Reported Oct D at HH:MM: "
                "<type> at <place>. Badge NNN responded. Disposition: ...`. Traps: `Follow-up to Case 25-NNNN, HH:MM: "
                "...` paragraphs repeat the number of an earlier case of this week (the same id again, not a new "
                "record) or of a case before this week (in `non_record_numbers`); `Case number 25-NNNN voided ...: "
                "issued in error as a duplicate of Case 25-MMMM` paragraphs print a number that was never an "
                "incident (in `non_record_numbers`) and repeat the id of the case it duplicated. Paragraphs break "
                "across pages. Ends `End of log \u2014 N cases; K follow-up entries; V case numbers voided.`",
                "case paragraphs counted by the generator; the closing line gives the total", nonrec)]
    return agency, gt


# 4 ------------------------------------------------------------------ Nettleford, KS: numbered items, supplements, corrections
def nettleford(d, r):
    agency = "Nettleford Police Department, KS [invented]"
    n = 70
    recs, num = [], 10380
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 8)
        rec = {"case_number": f"25-{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "t": t,
               "type": r.choice(TYPES), "location": location(r, numbered=True), "rel": [], "sup": [],
               "badge": r.randint(2200, 2399)}
        rec["disposition"] = disp(r, rec["type"])
        if r.random() < 0.2:
            for k in range(1, 2 + (r.random() < 0.3)):
                ft = t + datetime.timedelta(days=r.randint(1, 6) * k)
                rec["sup"].append((f"{rec['case_number']}-S{k}", ft, r.choice(SUPP_TEXT)))
                rec["rel"].append(("supplemental_report", f"{rec['case_number']}-S{k}"))
        recs.append(rec)
    corr = []
    for k in range(4):
        old = f"25-{10040 + 70 * k + r.randint(0, 60)}"
        corr.append((old, r.randint(2, 40), ["September 2025", "August 2025"][k % 2],
                     r.choice(["the location should read", "the disposition should read", "the offense should read"])))
    F, S, L, W = "Helvetica", 9.5, 12.5, 480

    def header(k):
        return [(792 - 46, 40, "NETTLEFORD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                (792 - 62, 40, "Monthly press log, October 2025. Public information line 555-0177.", F, 10)]

    add, finish, _ = paginate(header, lambda k, m: [(30, 40, f"Nettleford PD press log - page {k} of {m}", F, 8)],
                              letter, 792 - 92, 50)
    add([(40, f"This log lists {n} incidents (items 1-{n}). Supplemental reports are printed under their incident "
              f"and are not counted.", F, 9.5, 20)])
    for i, rec in enumerate(recs, 1):
        txt = (f"Incident #{rec['case_number']} \u2014 {rec['type']}. Reported {rec['reported_at']} at "
               f"{rec['location']}. Badge {rec['badge']}. Disposition: {rec['disposition']}.")
        out = [(40, f"{i}.", F, S, 0)] + [(64, ln, F, S, L) for ln in wrap(txt, F, S, W)]
        for k, (sn, ft, what) in enumerate(rec["sup"], 1):
            st = f"Supplemental report #{sn}, filed {ft.strftime('%m/%d/%Y')}: {what}."
            out += [(64, f"{i}.{k}", F, S, 0)] + [(96, ln, "Helvetica-Oblique", 9, 12)
                                                   for ln in wrap(st, "Helvetica-Oblique", 9, W - 32)]
        add(out, gap=4)
    add([(40, "Corrections to earlier editions", "Helvetica-Bold", 10.5, 16)], gap=2)
    for old, item, month, what in corr:
        txt = (f"Correction: Incident #{old} (item {item} of the {month} log) \u2014 {what} as now printed in the "
               f"records system; this is not a new incident.")
        add([(40, ln, F, S, L) for ln in wrap(txt, F, S, W + 24)], gap=4)
    pages = finish()
    path = d / "nettleford-press-log-2025-10.pdf"
    draw(path, letter, pages)
    out = [{k: rec[k] for k in ("case_number", "reported_at", "type", "location", "disposition", "rel")}
           for rec in recs]
    gt = [entry(path, agency, "monthly press log", "numbered paragraphs", out,
                "Numbered items `N. Incident #25-NNNNN \u2014 <type>. Reported MM/DD/YYYY HH:MM at <address>. Badge "
                "NNNN. Disposition: ...`, items 1..N. Traps: indented sub-items `N.1`, `N.2` are supplemental reports "
                "`#25-NNNNN-S1` whose number starts with the incident's id (related `supplemental_report`, not "
                "records); a closing section `Corrections to earlier editions` prints `Correction: Incident "
                "#25-NNNNN (item K of the September 2025 log)` for incidents of earlier months (in "
                "`non_record_numbers`, not records). Opens `This log lists N incidents`.",
                "items counted by the generator; the opening line gives the total",
                [("correction_to_earlier_edition", c[0]) for c in corr])]
    return agency, gt


# 5 ------------------------------------------------------------------ Penwick, NY: fixed-width desk journal
def penwick(d, r):
    agency = "Penwick Police Department, NY [invented]"
    n = 90
    recs, num, lines = [], 410, []
    stamps_ = stamps(r, datetime.datetime(2025, 10, 20), n, 7)
    dups = set(r.sample([i for i in range(2, n - 3) if i != n // 2], 4))
    nonrec = []
    for i, t in enumerate(stamps_):
        num += 1
        rec = {"case_number": f"P25-00{num}", "t": t, "reported_at": t.strftime("%m/%d/%y %H:%M"),
               "type": r.choice(TYPES).upper(), "location": location(r).upper().replace(" BLOCK OF ", " BLK "),
               "rel": [], "badge": f"B#{r.randint(2400, 2599)}"}
        rec["disposition"] = disp(r, rec["type"].capitalize()).upper()
        recs.append(rec)
        lines.append((t, "NEW", rec, None))
        if i in dups:  # a second desk officer enters the same call; the number is voided later
            num += 1
            dt = t + datetime.timedelta(minutes=r.randint(1, 4))
            dup = {**rec, "case_number": f"P25-00{num}", "badge": f"B#{r.randint(2400, 2599)}"}
            lines.append((dt, "NEW", dup, None))
            lines.append((dt + datetime.timedelta(minutes=r.randint(30, 300)), "VOID", dup, rec["case_number"]))
            nonrec.append(("voided_duplicate_entry", dup["case_number"]))
    end = datetime.datetime(2025, 10, 27)
    for i, rec in enumerate(recs):
        if i in (0, n // 2, n - 1) or i in dups:
            continue
        x = r.random()
        if x < 0.18:
            st = rec["t"] + datetime.timedelta(hours=r.randint(3, 60))
            if st < end:
                lines.append((st, "SUP", rec, r.choice(SUPP_TEXT).upper()))
        elif x < 0.28:
            st = rec["t"] + datetime.timedelta(hours=r.randint(2, 48))
            if st < end:
                old = rec["orig_disp"] = rec["disposition"]
                rec["disposition"] = disp(r, rec["type"].capitalize(), other=old.capitalize()).upper()
                rec["amended"] = True
                lines.append((st, "AMD", rec, old))
    lines.sort(key=lambda x: (x[0], x[1] == "VOID"))
    F, S, L = "Courier", 7.4, 9.6
    size = landscape(letter)

    def header(k):
        return [(612 - 38, 36, f"PENWICK POLICE DEPARTMENT [invented]   DESK JOURNAL   10/20/25 - 10/26/25   "
                               f"PAGE {k:03d}", "Courier-Bold", 9),
                (612 - 50, 36, "CODES: NEW = NEW INCIDENT  SUP = SUPPLEMENT  AMD = AMENDMENT  VOID = NUMBER VOIDED   "
                               "DESK 555-0193", F, S)]

    add, finish, _ = paginate(header, lambda k, m: [(26, 36, f"PWK-DJ  {k:03d}/{m:03d}", F, S)], size, 612 - 72, 40)
    day = None
    counts = {"NEW": 0, "SUP": 0, "AMD": 0, "VOID": 0}
    for seq, (t, code, rec, extra) in enumerate(lines, 1):
        if t.date() != day:
            day = t.date()
            add([(36, f"---- {day.strftime('%A').upper()} {day.strftime('%m/%d/%y')} " + "-" * 60, F, S, L)])
        counts[code] += 1
        pre = f"{seq:04d} {t.strftime('%m/%d/%y %H:%M')} {code:<4} {rec['case_number']} "
        if code == "NEW":
            assert len(rec["type"]) < 37 and len(rec["location"]) < 41
            body = f"{rec['type']:<39}{rec['location']:<43}{rec['badge']:<8}{rec.get('orig_disp', rec['disposition'])}"
        elif code == "SUP":
            body = f"SUPPLEMENT: {extra}"
        elif code == "AMD":
            body = f"DISPO AMENDED: {extra} -> {rec['disposition']}"
        else:
            body = f"NUMBER VOIDED - DUPLICATE ENTRY OF {extra}"
        add([(36, pre + body, F, S, L)])
    add([(36, "", F, S, L), (36, f"END OF JOURNAL. LINES {len(lines)}: NEW {counts['NEW']}, SUP {counts['SUP']}, "
                                 f"AMD {counts['AMD']}, VOID {counts['VOID']}. INCIDENTS (NEW LESS VOIDED): {n}",
                             "Courier-Bold", S, L)])
    pages = finish()
    pages = [[it for it in p if it[2] != ""] for p in pages]
    path = d / "penwick-desk-journal-2025-10-20-26.pdf"
    draw(path, size, pages)
    out = [{k: rec[k] for k in ("case_number", "reported_at", "type", "location", "disposition", "rel", "amended")
            if k in rec} for rec in recs]
    gt = [entry(path, agency, "weekly desk journal", "other: fixed-width journal lines with entry codes, no column header",
                out,
                "Fixed-width upper-case journal, one line per entry, in time order under day separator lines, no "
                "column header: sequence, date, time, code, number, then fields. Codes NEW, SUP, AMD, VOID; a record "
                "is a NEW line that is not voided. Traps: SUP and AMD lines repeat an incident's number (not new "
                "records; AMD changes the disposition, so amended incidents are never samples); 4 calls were entered "
                "twice by the desk and the second number was voided later (`VOID P25-00NNN NUMBER VOIDED - DUPLICATE "
                "ENTRY OF P25-00MMM`): the voided NEW line is not a record (its number is in `non_record_numbers`); "
                "the four-digit sequence number starts every line. Ends `END OF JOURNAL. LINES N: NEW a, SUP b, AMD "
                "c, VOID d. INCIDENTS (NEW LESS VOIDED): M`.",
                "NEW lines less voided ones counted by the generator; the closing line gives the total", nonrec)]
    return agency, gt


AGENCIES = [("harlow-creek-wi-pd", 1, harlow), ("kestrel-county-id-so", 2, kestrel), ("marlowe-nh-pd", 3, marlowe),
            ("nettleford-ks-pd", 4, nettleford), ("penwick-ny-pd", 5, penwick)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
