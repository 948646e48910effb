"""Generate a held-out set of short logs from small towns and campuses (blind_logs147).

Five agencies, one layout each, several weekly PDFs per agency of one to three pages, typed by hand in
word processors, with formatting that drifts partway through a log (a font, a date or time format,
field labels or separators change): a town table whose first column is a call number shaped like the
case number, beside a calls-for-service tally that is not the record count; a college's labelled
blocks with one block pasted twice; a town newsletter's prose items whose log number comes last and
which cite earlier log numbers, with a tally of activity that is not incidents; a village's hand-numbered
items whose numbering repeats or skips a number; a community college's memo of one-line entries whose
hand-broken continuation lines start with room and house numbers. Two of the weeks have no incidents.
Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs147/make_blind_logs147.py [OUT_DIR]
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
SEED = 20261147
TYPES = ["Theft", "Vandalism", "Welfare check", "Noise complaint", "Suspicious person", "Suspicious vehicle",
         "Minor collision", "Lost property", "Found property", "Trespass", "Harassment", "Bicycle theft",
         "Animal complaint", "Alarm - burglar", "Disturbance", "Fraud - phone scam", "Medical assist",
         "Open door"]
DISPS = ["Report taken", "Advised", "Unfounded", "Gone on arrival", "Referred to detective", "Arrest",
         "Citation issued", "Closed", "Owner notified", "Returned to owner"]
STREETS = ["Farrow Lane", "Kettle Road", "Birchwood Avenue", "Quarry Hill Road", "Mossgate Street",
           "Tinker Lane", "Old Dam Road", "Larch Street", "Wicklow Drive", "Sumac Court", "Hatchery Road"]
TOWN_PLACES = ["Town Hall lot", "Lower Common", "Transfer station", "Elementary school lot", "Post office",
               "Riverside ball field", "Village Green", "Fire station lot"]
HALLS = ["Sequoia Hall", "Juniper Hall", "Alder Hall", "Hemlock Hall", "Birch Commons", "Cascade Hall"]
CAMPUS_PLACES = ["Library, second floor", "Student Union", "Lot C", "Lot F", "Athletic Center", "Dining hall",
                 "Science building", "Bookstore", "Quad"]
NOTES = ["Caller was advised.", "Nothing further found.", "A neighbor called it in.", "Extra patrols requested.",
         "Owner was contacted.", "Area checked.", "Parties separated.", "Caller declined a report."]


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
    while d == "Arrest" and typ in ("Welfare check", "Lost property", "Found property", "Medical assist",
                                    "Open door", "Animal complaint"):
        d = r.choice(DISPS)
    return d


def stamps(r, first, n, ndays=7):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def town_loc(r):
    k = r.random()
    if k < 0.5:
        return f"{r.randint(2, 380)} {r.choice(STREETS)}"
    if k < 0.75:
        a, b = r.sample(STREETS, 2)
        return f"{a} at {b}"
    return r.choice(TOWN_PLACES)


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


def ampm(t, dots=False):
    h = t.hour % 12 or 12
    if dots:
        return f"{h}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


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
    fields = ["type", "reported_at", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in sorted({0, n // 2, n - 1})] if n else []
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs147.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": (["case_number"] + fields) if n else [], "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs147.py) from the records it drew; "
                               "checked by check_blind_logs147.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, lead) lines on the current page, breaking to a new page when
    they do not fit (keep=True) or line by line (keep=False)."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
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

    return add, finish


def week_label(first):
    last = first + datetime.timedelta(days=6)
    return f"{first.strftime('%B')} {first.day} - {last.strftime('%B')} {last.day}, {last.year}"


def fname_date(first):
    return first.strftime("%Y-%m-%d")


def drift_at(r, n):
    return r.randint(max(1, n // 3), max(1, 2 * n // 3)) if n else 0


# 1 ------------------------------------------------------------------ Birchfield, NH: call no. beside case no.
def birchfield(d, r):
    agency = "Birchfield Police Department, NH [invented]"
    gt = []
    case, call = 371, 14020
    size = landscape(letter)
    cols = [36, 100, 152, 222, 272, 390, 530, 570]
    head = ["Call No.", "Case No.", "Date", "Time", "Type", "Location", "Badge", "Disposition"]
    for first, n in [(datetime.date(2025, 10, 6), 14), (datetime.date(2025, 10, 13), 38),
                     (datetime.date(2025, 10, 20), 9), (datetime.date(2025, 10, 27), 27)]:
        recs = []
        cut = drift_at(r, n)
        for i, t in enumerate(stamps(r, datetime.datetime.combine(first, datetime.time()), n)):
            case += r.randint(1, 3)
            call += r.randint(6, 40)
            if i < cut:
                date, tm = t.strftime("%m/%d/%Y"), t.strftime("%H:%M")
            else:
                date, tm = f"{t.strftime('%b')} {t.day}, {t.year}", ampm(t)
            rec = {"case_number": f"25-{case:04d}", "reported_at": f"{date} {tm}", "date": date, "time": tm,
                   "type": r.choice(TYPES), "location": town_loc(r), "call": f"25-{call}",
                   "badge": str(r.randint(11, 39)), "drift": i >= cut}
            rec["disposition"] = disp(r, rec["type"])
            rec["rel"] = [("call_number", rec["call"])]
            recs.append(rec)
        calls = n + r.randint(90, 190)
        label = week_label(first)

        def header(k, label=label):
            items = [(612 - 40, 36, "BIRCHFIELD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                     (612 - 55, 36, f"Weekly Police Log - {label}      (603) 555-0131", "Helvetica", 10)]
            items += [(612 - 78, x, h, "Helvetica-Bold", 9) for x, h in zip(cols, head)]
            items.append((612 - 83, 36, None, "Helvetica", 9))
            return items

        add, finish = paginate(header, lambda k, m: [(28, 36, f"Page {k} of {m}", "Helvetica", 8)], 612 - 97, 60)
        for rec in recs:
            F, S = ("Times-Roman", 9.5) if rec["drift"] else ("Helvetica", 9)
            typ = wrap(rec["type"], F, S, 110)
            loc = wrap(rec["location"], F, S, 128)
            dis = wrap(rec["disposition"], F, S, 140)
            lines = []
            for j in range(max(len(typ), len(loc), len(dis))):
                vals = [rec["call"], rec["case_number"], rec["date"], rec["time"], typ[j] if j < len(typ) else "",
                        loc[j] if j < len(loc) else "", rec["badge"], dis[j] if j < len(dis) else ""]
                if j:
                    vals[0] = vals[1] = vals[2] = vals[3] = vals[6] = ""
                lines += [(x, v, F, S, 0) for x, v in zip(cols, vals) if v]
                lines.append((0, "", F, S, 12))
            add(lines, gap=3)
        add([(36, "", "Helvetica", 9, 8),
             (36, f"Calls for service this week: {calls}", "Helvetica-Bold", 9.5, 13),
             (36, f"Reports (case numbers) listed above: {n}", "Helvetica-Bold", 9.5, 13)])
        pages = finish()
        pages = [[it for it in p if it[2] != ""] for p in pages]
        path = d / f"birchfield-weekly-log-{fname_date(first)}.pdf"
        draw(path, size, pages)
        for rec in recs:
            for k in ("date", "time", "call", "badge", "drift"):
                rec.pop(k)
        gt.append(entry(path, agency, "weekly police log", "table with header", recs,
                        "Landscape word-processor table typed by hand, cells wrapping. Trap: the FIRST column is the "
                        "dispatch call number `25-14127` (five digits), shaped like the id; the record id is the "
                        "SECOND column, the case number `25-0387` (four digits). The closing lines give `Calls for "
                        "service this week: M` (all calls, far more than the rows, not the record count) and "
                        "`Reports (case numbers) listed above: N` (the record count). Drift: partway down the "
                        "table the font changes and dates switch from `10/06/2025` to `Oct 8, 2025` and times "
                        "from `14:22` to `2:22 PM`; reported_at is the Date and Time cells joined with a space.",
                        "rows counted by the generator; the second closing line gives the total"))
    return agency, gt


# 2 ------------------------------------------------------------------ Cedar Hollow College, OH: a block pasted twice
def cedarhollow(d, r):
    agency = "Cedar Hollow College Campus Safety, OH [invented]"
    gt = []
    num = 402
    for first, n in [(datetime.date(2025, 10, 6), 11), (datetime.date(2025, 10, 13), 16),
                     (datetime.date(2025, 10, 20), 7), (datetime.date(2025, 11, 24), 0),
                     (datetime.date(2025, 12, 1), 13)]:
        recs = []
        cut = drift_at(r, n)
        for i, t in enumerate(stamps(r, datetime.datetime.combine(first, datetime.time()), n)):
            num += r.randint(1, 2)
            new = i >= cut
            rep = (f"{t.strftime('%a %b')} {t.day} @ {t.strftime('%H%M')}" if new
                   else f"{t.strftime('%m/%d/%Y')} {ampm(t)}")
            loc = (f"{r.choice(HALLS)}, room {r.randint(1, 3)}{r.randint(1, 40):02d}" if r.random() < 0.5
                   else r.choice(CAMPUS_PLACES))
            rec = {"case_number": f"CH-25-{num:04d}", "reported_at": rep, "type": r.choice(TYPES), "location": loc,
                   "rel": [], "new": new, "officer": f"CSO {r.randint(2, 19)}"}
            rec["disposition"] = disp(r, rec["type"])
            recs.append(rec)
        label = week_label(first)

        def header(k, label=label):
            return [(792 - 48, 54, "Cedar Hollow College [invented] - Campus Safety", "Times-Bold", 14),
                    (792 - 64, 54, f"Weekly Incident Log, {label}", "Times-Italic", 11),
                    (792 - 78, 54, "Campus Safety office (740) 555-0148, open 24 hours", "Times-Roman", 9)]

        add, finish = paginate(header, lambda k, m: [(34, 54, f"Page {k} of {m}", "Times-Roman", 8)], 792 - 104, 56)
        path = d / f"cedarhollow-weekly-log-{fname_date(first)}.pdf"
        if not n:
            add([(54, "No incidents were reported to Campus Safety this week (Thanksgiving recess; residence "
                      "halls closed).", "Times-Roman", 11, 16),
                 (54, "Entries this week: 0", "Times-Bold", 11, 16)])
            draw(path, letter, finish())
            gt.append(entry(path, agency, "weekly campus incident log (empty week)", "labelled blocks", [],
                            "An empty week: one page saying no incidents were reported (Thanksgiving recess) and "
                            "`Entries this week: 0`. No records; the date range and the phone number are not ids.",
                            "no records on the page; the document says 0"))
            continue
        dup = r.randint(1, n - 2)
        order = list(range(n))
        later = min(n, dup + r.randint(1, 3))
        order.insert(later, dup)  # the same block pasted again a little further down
        for i in order:
            rec = recs[i]
            if rec["new"]:
                F, B, S = "Helvetica", "Helvetica-Bold", 9.5
                lab = ["Report No. ", "Date/Time: ", "Nature: ", "Where: ", "Officer: ", "Status: "]
            else:
                F, B, S = "Times-Roman", "Times-Bold", 11
                lab = ["Report #: ", "Reported: ", "Incident: ", "Location: ", "Officer: ", "Disposition: "]
            vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["officer"],
                    rec["disposition"]]
            lines = [(54, lab[0] + vals[0], B, S + 0.5, S + 4)]
            lines += [(54, la + v, F, S, S + 3.5) for la, v in zip(lab[1:], vals[1:])]
            add(lines, gap=10 if rec["new"] else 14)
        add([(54, f"Entries this week: {n}", "Times-Bold", 11, 16)])
        draw(path, letter, finish())
        for rec in recs:
            rec.pop("new")
            rec.pop("officer")
        gt.append(entry(path, agency, "weekly campus incident log", "labelled blocks", recs,
                        f"One labelled block per incident, typed by hand. Trap: the block of {recs[dup]['case_number']}"
                        " was pasted twice (the second copy, identical, stands a few blocks further down); it is one "
                        "incident and is listed once, at its first position. Closing line `Entries this week: N` "
                        "counts it once. Drift: partway down, the font changes and the labels change from `Report #:`"
                        " / `Reported:` / `Incident:` / `Location:` / `Disposition:` to `Report No.` / `Date/Time:`"
                        " / `Nature:` / `Where:` / `Status:`, and dates from `10/07/2025 2:22 PM` to "
                        "`Tue Oct 7 @ 1422`. Room numbers and CSO numbers are not ids.",
                        "blocks counted by the generator; the closing line gives the total"))
    return agency, gt


# 3 ------------------------------------------------------------------ Greywater, VT: id last, earlier logs cited
def greywater(d, r):
    agency = "Town of Greywater Police, VT [invented]"
    gt = []
    num = 288
    earlier = []
    for first, n in [(datetime.date(2025, 10, 6), 12), (datetime.date(2025, 10, 13), 26),
                     (datetime.date(2025, 10, 20), 8), (datetime.date(2025, 10, 27), 34)]:
        recs = []
        cut = drift_at(r, n)
        for i, t in enumerate(stamps(r, datetime.datetime.combine(first, datetime.time()), n)):
            num += r.randint(1, 3)
            new = i >= cut
            rep = (f"{t.month}/{t.day} at {t.strftime('%H%M')} hrs" if new
                   else f"{t.strftime('%b')}. {t.day}, {ampm(t, dots=True)}")
            rec = {"case_number": f"25-{num:04d}", "reported_at": rep, "type": r.choice(TYPES),
                   "location": town_loc(r), "rel": [], "new": new, "badge": r.randint(3, 19),
                   "note": r.choice(NOTES)}
            rec["disposition"] = disp(r, rec["type"])
            if earlier and r.random() < 0.2:
                rec["rel"].append(("follow_up_to", r.choice(earlier[-25:])))
            recs.append(rec)
        earlier += [rec["case_number"] for rec in recs]
        label = week_label(first)

        def header(k, label=label):
            if k > 1:
                return [(792 - 44, 60, "Greywater Police Log (continued)", "Times-Italic", 10)]
            return [(792 - 52, 60, "TOWN OF GREYWATER [invented] - POLICE LOG", "Times-Bold", 15),
                    (792 - 70, 60, f"For the week of {label}. As printed in the Town Crier.", "Times-Italic", 11),
                    (792 - 84, 60, "Non-emergency line (802) 555-0152", "Times-Roman", 9.5)]

        add, finish = paginate(header, lambda k, m: [(34, 60, f"{k}", "Times-Roman", 9)], 792 - 110, 60)
        for rec in recs:
            F, S, L = ("Helvetica", 9.5, 12.5) if rec["new"] else ("Times-Roman", 11, 14)
            txt = f"{rec['reported_at']} \u2014 {rec['type']}, {rec['location']}. {rec['note']}"
            for _, x in rec["rel"]:
                txt += f" Follow-up to Log {x}."
            txt += f" Badge {rec['badge']} responded. {rec['disposition']}. (Log {rec['case_number']})"
            lines = [(60 if j == 0 else 72, ln, F, S, L) for j, ln in enumerate(wrap(txt, F, S, 470))]
            add(lines, keep=False, gap=6)
        tally = (f"Also logged this week: {r.randint(20, 60)} building checks, {r.randint(5, 25)} traffic stops "
                 f"(warnings), {r.randint(1, 6)} alarms and {r.randint(2, 12)} vehicle lockouts.")
        add([(60, ln, "Times-Italic", 10.5, 14) for ln in wrap(tally, "Times-Italic", 10.5, 480)], gap=4)
        pages = finish()
        path = d / f"greywater-police-log-{fname_date(first)}.pdf"
        draw(path, letter, pages)
        for rec in recs:
            for k in ("new", "badge", "note"):
                rec.pop(k)
        gt.append(entry(path, agency, "weekly police log for the town newsletter", "free text", recs,
                        "Prose items, one paragraph per incident, no column header and no record count. Trap: the "
                        "log number is the LAST thing in the paragraph, `(Log 25-0311)`, after the house number, "
                        "the badge and the time; some items cite `Follow-up to Log 25-0298`, an earlier week's "
                        "item of the same shape (not a record); the closing italic line tallies building checks, "
                        "traffic stops, alarms and lockouts, which are not incidents of the log. Drift: partway "
                        "down the font changes and times switch from `Oct. 6, 9:14 a.m.` to `10/8 at 1422 hrs`. "
                        "Paragraphs run across page ends.",
                        "paragraphs counted by the generator; each ends with its log number"))
    return agency, gt


# 4 ------------------------------------------------------------------ Pinecrest, WI: hand numbering repeats or skips
def pinecrest(d, r):
    agency = "Village of Pinecrest Police Department, WI [invented]"
    gt = []
    num = 1180
    errs = iter(["repeat", "skip", "repeat", "skip"])
    for first, n in [(datetime.date(2025, 10, 6), 9), (datetime.date(2025, 10, 13), 22),
                     (datetime.date(2025, 10, 20), 0), (datetime.date(2025, 10, 27), 11),
                     (datetime.date(2025, 11, 3), 30)]:
        recs = []
        cut = drift_at(r, n)
        for i, t in enumerate(stamps(r, datetime.datetime.combine(first, datetime.time()), n)):
            num += r.randint(1, 4)
            new = i >= cut
            rep = (t.strftime("%m-%d-%y ") + ampm(t).lower().replace(" ", "") if new
                   else f"{t.strftime('%a %m/%d')}, {t.strftime('%H:%M')}")
            rec = {"case_number": f"25-0{num}", "reported_at": rep, "type": r.choice(TYPES),
                   "location": town_loc(r), "rel": [], "new": new, "badge": r.randint(2, 9)}
            rec["disposition"] = disp(r, rec["type"])
            recs.append(rec)
        label = week_label(first)

        def header(k, label=label, n=n):
            items = [(792 - 50, 54, "Village of Pinecrest Police Department [invented]", "Helvetica-Bold", 13),
                     (792 - 66, 54, f"Weekly Activity - {label}", "Helvetica", 10.5)]
            if k == 1:
                items.append((792 - 84, 54, f"Incidents this week: {n}      Questions: (920) 555-0163",
                              "Helvetica", 10))
            return items

        add, finish = paginate(header, lambda k, m: [(34, 54, f"Pinecrest PD - p. {k}", "Helvetica", 8)],
                               792 - 110, 58)
        path = d / f"pinecrest-weekly-activity-{fname_date(first)}.pdf"
        if not n:
            add([(54, "No incidents to report for this week.", "Helvetica", 10.5, 16)])
            draw(path, letter, finish())
            gt.append(entry(path, agency, "weekly activity list (empty week)", "numbered paragraphs", [],
                            "An empty week: `Incidents this week: 0` and `No incidents to report for this week.` "
                            "No records.", "no records on the page; the document says 0"))
            continue
        err = next(errs)
        at = r.randint(3, n - 2)
        k = 0
        for i, rec in enumerate(recs):
            k += 1
            if i == at:
                k += -1 if err == "repeat" else 1
            rec["item"] = k
            if rec["new"]:
                F, S, sep = "Courier", 9, " / "
            else:
                F, S, sep = "Helvetica", 9.5, " \u2014 "
            txt = sep.join([rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                            f"Badge {rec['badge']}", rec["disposition"]]) + "."
            lines = [(80, ln, F, S, S + 3.5) for ln in wrap(txt, F, S, 450)]
            add([(54, f"{k}.", F, S, 0)] + lines, gap=6)
        pages = finish()
        draw(path, letter, pages)
        items = [rec["item"] for rec in recs]
        for rec in recs:
            for kk in ("new", "badge", "item"):
                rec.pop(kk)
        what = (f"the item number {items[at]} is typed twice" if err == "repeat"
                else f"the item number {items[at] - 1} is skipped")
        gt.append(entry(path, agency, "weekly activity list", "numbered paragraphs", recs,
                        f"Hand-numbered items `N. 25-01187 \u2014 <date, time> \u2014 <type> \u2014 <location> \u2014 "
                        f"Badge N \u2014 <disposition>.` Trap: the numbering was typed by hand and {what}, so the "
                        f"last item number is {items[-1]}, not the record count ({n}); the top line `Incidents this "
                        f"week: {n}` is right. Drift: partway down the font changes to a typewriter face, the "
                        "separator changes from an em dash to ` / ` and dates from `Tue 10/07, 14:22` to "
                        "`10-07-25 2:22pm`.",
                        "items counted by the generator; the opening line gives the total"))
    return agency, gt


# 5 ------------------------------------------------------------------ Larkspur CC, OR: continuation lines
def larkspur(d, r):
    agency = "Larkspur Community College Public Safety, OR [invented]"
    gt = []
    num = 96
    for first, n in [(datetime.date(2025, 10, 6), 10), (datetime.date(2025, 10, 13), 14),
                     (datetime.date(2025, 10, 20), 26), (datetime.date(2025, 10, 27), 8)]:
        recs = []
        cut = drift_at(r, n)
        for i, t in enumerate(stamps(r, datetime.datetime.combine(first, datetime.time()), n)):
            num += r.randint(1, 3)
            new = i >= cut
            rep = (f"{t.strftime('%b')} {t.day} {ampm(t).lower()}" if new else t.strftime("%m/%d %H%M"))
            k = r.random()
            loc = (f"{r.randint(100, 340)} {r.choice(HALLS)}" if k < 0.55 else
                   f"{r.randint(10, 90) * 10} {r.choice(STREETS)}" if k < 0.7 else r.choice(CAMPUS_PLACES))
            rec = {"case_number": f"LCC-25-{num:03d}", "reported_at": rep, "type": r.choice(TYPES), "location": loc,
                   "rel": [], "new": new, "badge": f"{r.randint(200, 260)}", "note": r.choice(NOTES)}
            rec["disposition"] = disp(r, rec["type"])
            recs.append(rec)
        date = first + datetime.timedelta(days=7)

        def header(k, first=first, date=date):
            if k > 1:
                return [(792 - 46, 54, "Weekly incident memo (cont'd)", "Times-Italic", 10)]
            return [(792 - 52, 54, "LARKSPUR COMMUNITY COLLEGE [invented] - PUBLIC SAFETY", "Times-Bold", 13),
                    (792 - 76, 54, "TO:      Dean of Students", "Times-Roman", 11),
                    (792 - 90, 54, "FROM:  Public Safety Office, (541) 555-0177", "Times-Roman", 11),
                    (792 - 104, 54, f"DATE:   {date.strftime('%B')} {date.day}, {date.year}", "Times-Roman", 11),
                    (792 - 118, 54, f"RE:       Incidents for the week of {week_label(first)}", "Times-Roman", 11),
                    (792 - 126, 54, None, "Times-Roman", 11)]

        add, finish = paginate(header, lambda k, m: [(34, 300, f"{k}", "Times-Roman", 9)], 792 - 150, 60)
        for rec in recs:
            F, S = ("Helvetica", 9.5) if rec["new"] else ("Times-Roman", 11)
            L = S + 3.5
            head = f"{rec['case_number']}   {rec['reported_at']}   {rec['type']} \u2014"
            rest = (f"{rec['location']}. {rec['note']} Badge {rec['badge']}. Disposition: {rec['disposition']}.")
            if rec["location"][0].isdigit():
                lines = [head] + wrap(rest, F, S, 480)  # the typist pressed Enter before the location
            else:
                lines = wrap(head + " " + rest, F, S, 480)
            add([(54, ln, F, S, L) for ln in lines], keep=False, gap=5)
        add([(54, "", "Times-Roman", 11, 6), (54, f"Total entries: {n}", "Times-Bold", 11, 14)])
        pages = finish()
        pages = [[it for it in p if it[2] != ""] for p in pages]
        path = d / f"larkspur-incident-memo-{fname_date(first)}.pdf"
        draw(path, letter, pages)
        for rec in recs:
            for k in ("new", "badge", "note"):
                rec.pop(k)
        gt.append(entry(path, agency, "weekly incident memo to the dean of students", "other: memo with one-line "
                        "entries and flush-left continuation lines, no column header", recs,
                        "A memo (TO/FROM/DATE/RE) followed by entries `LCC-25-118   10/07 1430   <type> \u2014 "
                        "<location>. <note> Badge 2NN. Disposition: <...>.`, no column header. Trap: continuation "
                        "lines are typed flush left like new entries, and where the location is an address the "
                        "typist pressed Enter before it, so many continuation lines START with a number (a room "
                        "number `118 Juniper Hall`, three digits like the id's own, or a house number); they are "
                        "not records. Entries run across page ends. Drift: partway down the font changes and "
                        "dates from `10/07 1430` to `Oct 9 2:30 pm`. Ends `Total entries: N`.",
                        "entries counted by the generator; the closing line gives the total"))
    return agency, gt


AGENCIES = [("birchfield-nh-pd", 1, birchfield), ("cedar-hollow-college-oh-cs", 2, cedarhollow),
            ("greywater-vt-pd", 3, greywater), ("pinecrest-wi-pd", 4, pinecrest),
            ("larkspur-cc-or-ps", 5, larkspur)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
