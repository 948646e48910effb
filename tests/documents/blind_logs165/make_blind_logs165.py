"""Generate a held-out set of police press releases and daily media bulletins (blind_logs165).

Five agencies, five layouts, one trap each, all of them about press releases and media bulletins
compiled into one PDF: a sheriff's daily media bulletins, each a table of released incidents under an
activity box whose counts (calls for service, case reports, arrests) are not the listed records;
labelled-block press releases where one release carries several incidents and others carry none
(event notices, a parking ban), so releases are not records; prose news releases whose dateline gives
the release date, not the incident date, and whose case number is printed only in the closing
boilerplate line, after an earlier case cited in the body; numbered daily press summaries whose
UPDATE items re-print an incident released days before with its new status; and an all-capitals
wire-copy roundup whose releases run over page ends with `-MORE-` and `ADD 1` slug lines that repeat
the case number of an item split by the page break. Everything is invented. Output is deterministic:
fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs165/make_blind_logs165.py [OUT_DIR]
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
SEED = 2026165
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Vehicle theft", "Robbery",
         "Assault", "Vandalism", "Fraud - phone scam", "Catalytic converter theft", "Shoplifting",
         "Hit and run", "Injury collision", "Package theft", "Disturbance", "Trespass", "Shots fired",
         "DUI arrest", "Missing person - located"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Under investigation",
         "Cleared - no action", "Warning given", "Gone on arrival"]
STREETS = [("Tamarack Street", "Tamarack St"), ("Quarry Road", "Quarry Rd"), ("Harbor Road", "Harbor Rd"),
           ("Fenwick Avenue", "Fenwick Ave"), ("Lantern Hill Drive", "Lantern Hill Dr"),
           ("Osprey Lane", "Osprey Ln"), ("Millrace Street", "Millrace St"), ("Cobbler Court", "Cobbler Ct"),
           ("Wainwright Avenue", "Wainwright Ave"), ("Sorrel Way", "Sorrel Way"), ("Depot Road", "Depot Rd"),
           ("Brackenridge Street", "Brackenridge St")]
PLACES = ["Riverside Park", "the public library lot", "the transit center", "the high school stadium",
          "the county fairgrounds", "the boat launch"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


def location(r, short=False, upper=False, places=True):
    k = r.random()
    i = 1 if short else 0
    if k < 0.55 or not places:
        out = f"{r.randint(1, 48) * 100} {'BLK' if upper else 'block of'} {r.choice(STREETS)[i]}"
    elif k < 0.85:
        a, b = r.sample(STREETS, 2)
        out = f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    else:
        out = r.choice(PLACES)
        out = out[4:].capitalize() if out.startswith("the ") and upper else out
    return out.upper() if upper else out


def make_recs(r, first_day, days, per_day, types=TYPES):
    """Records as plain dicts with datetimes: reported `dt`, occurred `occ` (None, a time or a range)."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        k = r.randint(*per_day)
        for m in sorted(r.sample(range(30, 1440 - 30), k)):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.4:
                a = t - datetime.timedelta(minutes=r.randint(60, 900))
                b = t - datetime.timedelta(minutes=r.randint(5, 50))
                occ = ("range", a, b)
            elif x < 0.8:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            recs.append({"dt": t, "occ": occ, "type": r.choice(types), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(201, 289)), "rel": []})
    return recs


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.4)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


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


def wrap_chars(text, width, indent):
    out, cur = [], ""
    for w in text.split():
        lim = width if not out else width - len(indent)
        if cur and len(cur) + 1 + len(w) > lim:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    out.append(cur)
    return [out[0]] + [indent + x for x in out[1:]]


def paginate(header, footer, bottom, state):
    """add(lines) puts (x, text, font, size, lead) lines on the current page, breaking to a new page
    when they do not fit (whole when keep=True). header(k) returns (items, first y); the footer of a
    page is told what `state["open"]` held when the page was left (a release still running)."""
    pages, breaks = [], {}
    pos = {"y": 0}

    def new_page():
        if pages:
            breaks[len(pages)] = state.get("open")
        items, top = header(len(pages) + 1)
        pages.append(list(items))
        pos["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and pos["y"] - need < bottom):
            new_page()
        for x, text, font, fs, lead in lines:
            if pos["y"] < bottom:
                new_page()
            pages[-1].append((pos["y"], x, text, font, fs))
            pos["y"] -= lead
        pos["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages), breaks.get(k)))
        return pages

    return add, finish


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = rec["dt"].strftime(fmt)
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = occ[1].strftime(fmt)
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = occ[1].strftime(fmt), occ[2].strftime(fmt)


def occ_text(rec, sep):
    if rec["occ"] is None:
        return ""
    return rec.get("occurred_at") or f"{rec['occurred_from']}{sep}{rec['occurred_to']}"


def entry(path, agency, doc_type, layout, recs, notes, count_check, extra_fields=()):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    fields = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
              "disposition", *extra_fields]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs165.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs165.py) from the records it drew; "
                               "checked by check_blind_logs165.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def number(recs, r, fmt, start, steps):
    seq = start
    for rec in sorted(recs, key=lambda x: x["dt"]):
        seq += r.choice(steps)
        rec["case_number"] = fmt.format(seq)


# 1 ------------------------------------------------------------------ Harrowgate County, OR: daily media bulletins
def harrowgate(d, r):
    agency = "Harrowgate County Sheriff's Office, OR [invented]"
    first = datetime.datetime(2026, 1, 5)
    recs = make_recs(r, first, 14, (3, 9))
    n = len(recs)
    assert 40 <= n <= 150
    number(recs, r, "HC26-{:05d}", 80 + r.randint(0, 30), [2, 3, 4, 5, 6, 7, 9])
    for rec in recs:
        rec["location"] = location(r)
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Helvetica", 7.6, 10.6
    cols = [("Case No", 36), ("Reported", 98), ("Occurred", 172), ("Incident", 326), ("Location", 446),
            ("Status", 616)]
    size = landscape(letter)
    state = {"open": None}

    def header(k):
        items = [(612 - 30, 36, "HARROWGATE COUNTY SHERIFF'S OFFICE [invented]  -  Daily Media Bulletins, "
                  "January 5-18, 2026  -  compiled for the media", "Helvetica-Bold", 9),
                 (612 - 36, 36, None, F, S)]
        if state["open"]:
            items += [(612 - 50, 36, f"MEDIA BULLETIN No. {state['open']} (continued)", "Helvetica-Bold", 8.6)]
            items += [(612 - 64, x, t, "Helvetica-Bold", 7.8) for t, x in cols] + [(612 - 68, 36, None, F, S)]
            return items, 612 - 80
        return items, 612 - 52

    def footer(k, m, open_):
        out = [(22, 36, "Bulletins list selected incidents only. The activity counts include calls and reports that "
                "are not released.", "Helvetica-Oblique", 6.8), (22, 700, f"Page {k} of {m}", "Helvetica", 7.5)]
        if open_:
            out.append((36, 380, "-MORE-", "Helvetica-Bold", 8))
        return out

    add, finish = paginate(header, footer, 48, state)
    days = {}
    for rec in recs:
        days.setdefault(rec["dt"].date(), []).append(rec)
    stats = []
    for i, (day, rows) in enumerate(days.items()):
        bno = f"2026-{i + 5:03d}"
        issued = datetime.datetime.combine(day, datetime.time(7, 0)) + datetime.timedelta(days=1)
        reps = len(rows) + r.randint(9, 30)
        calls = reps * r.randint(4, 7) + r.randint(0, 30)
        arrests, cites = r.randint(2, 11), r.randint(4, 25)
        stats.append((bno, calls, reps, len(rows)))
        add([(36, "FOR IMMEDIATE RELEASE", "Helvetica-Bold", 10, 0),
             (560, f"MEDIA BULLETIN No. {bno}", "Helvetica-Bold", 10, 13),
             (36, f"Harrowgate County Sheriff's Office [invented] - Daily Media Bulletin for {WEEKDAY[day.weekday()]}, "
              f"{day:%B} {day.day}, 2026 (issued {issued:%m/%d/%Y %H:%M})", F, 8.4, 11),
             (36, "Media contact: Public Information Unit, PIO desk 555-0157 (0700-1700); after hours, Watch "
              "Commander 555-0158", F, 8.4, 11),
             (36, f"24-hour activity, {day:%m/%d/%Y}: Calls for service {calls} | Case reports {reps} | Arrests "
              f"{arrests} | Citations {cites}", "Helvetica-Bold", 8.4, 12),
             (36, None, F, S, 10)] + [(x, t, "Helvetica-Bold", 7.8, 0) for t, x in cols[:-1]]
            + [(cols[-1][1], cols[-1][0], "Helvetica-Bold", 7.8, 4), (36, None, F, S, 10)])
        state["open"] = bno
        for rec in rows:
            vals = [rec["case_number"], rec["reported_at"], occ_text(rec, " - "), rec["type"], rec["location"],
                    rec["disposition"]]
            add([(x, v, F, S, 0) for v, (_, x) in zip(vals, cols)][:-1] + [(cols[-1][1], vals[-1], F, S, L)])
        add([(36, f"Incidents released in this bulletin: {len(rows)} (selected incidents; not every report is "
              "released)", "Helvetica-Bold", 8, 11),
             (36, "Released by the Public Information Unit. Case numbers may be cited in records requests.", F,
              8, 11),
             (380, "###", "Helvetica-Bold", 9, 12)], gap=14)
        state["open"] = None
    add([(36, f"Bulletins in this compilation: {len(days)}. Incidents released: {n}.", "Helvetica-Bold", 9, 12)])
    pages = finish()
    path = d / "harrowgate-daily-media-bulletins-2026-01-05-01-18.pdf"
    draw(path, size, pages)
    ex = stats[2]
    return [entry(path, agency, "daily media bulletins compiled into one PDF", "table with header", recs,
                  "Fourteen daily media bulletins printed one after another on landscape pages, each opening with "
                  "`FOR IMMEDIATE RELEASE` and `MEDIA BULLETIN No. 2026-0NN`, a dateline line naming the day and "
                  "the issue time, a media-contact line (555-0157 / 555-0158) and a bold activity line, then a "
                  "ruled table `Case No  Reported  Occurred  Incident  Location  Status` and the closing lines "
                  "`Incidents released in this bulletin: N (selected incidents; not every report is released)`, a "
                  "boilerplate sentence and `###`. A bulletin running over a page end prints `-MORE-` at the foot "
                  "and `MEDIA BULLETIN No. ... (continued)` with the column titles on the next page. Occurred is a "
                  "time or a `from - to` range, or blank. Trap: every bulletin's activity line gives counts that "
                  f"are not the listed rows (`24-hour activity, ...: Calls for service {ex[1]} | Case reports "
                  f"{ex[2]} | Arrests ...` above a table of {ex[3]} rows in bulletin {ex[0]}); the case numbers "
                  "skip because only selected reports are released. Only the closing line of each bulletin and "
                  "the last line `Bulletins in this compilation: 14. Incidents released: N.` count the records.",
                  "rows counted by the generator; each bulletin's closing line and the compilation's last line "
                  "give the counts")]


# 2 ------------------------------------------------------------------ Wexcombe, NH: press releases, labelled blocks
NOTICES = [
    ("Wexcombe Police to host Coffee with a Cop on January {d}",
     "Residents are invited to meet officers at the public library community room from 9 to 11 a.m. No "
     "registration is needed."),
    ("Winter parking ban in effect through Sunday",
     "Overnight parking on city streets is prohibited from 1 a.m. to 6 a.m. while crews clear snow. Vehicles left "
     "on the street may be towed."),
    ("Road closure: Depot Road between Osprey Lane and Sorrel Way",
     "Depot Road will be closed to through traffic for water main repair from 7 a.m. to 5 p.m. Detours are posted."),
    ("Police remind residents to lock vehicles and remove valuables",
     "Most thefts from vehicles this winter involved unlocked cars. Residents are asked to report suspicious "
     "activity to the non-emergency line."),
    ("Department accepting applications for the spring Citizens Police Academy",
     "The eight-week academy meets Tuesday evenings beginning in March. Applications are available at the front "
     "desk."),
    ("Three recruits begin field training",
     "Three officers who graduated from the state academy last month, badges 241, 242 and 243, begin field "
     "training this week."),
    ("Scam alert: callers claiming to be from the utility company",
     "Residents have reported calls demanding immediate payment by gift card. The utility does not take payment "
     "this way."),
]


def wexcombe(d, r):
    agency = "Wexcombe Police Department, NH [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 2), 23, (1, 3))
    number(recs, r, "26-{:05d}", 4 + r.randint(0, 10), [1, 2, 3, 5, 8, 11])
    for rec in recs:
        rec["location"] = location(r, places=False)
    # group consecutive incidents into releases: mostly one incident, some series of two or three
    releases, i = [], 0
    while i < len(recs):
        k = r.choice([1, 1, 1, 1, 2, 2, 3])
        grp = recs[i:i + k]
        if len(grp) > 1:  # a series: one type, one street
            street = r.choice(STREETS)[0]
            typ = r.choice(["Theft from vehicle", "Package theft", "Burglary - residential", "Vandalism",
                            "Catalytic converter theft"])
            for rec in grp:
                rec["type"] = typ
                rec["location"] = f"{r.randint(1, 48) * 100} block of {street}"
        releases.append(grp)
        i += k
    recs = [rec for grp in releases for rec in grp]
    n = len(recs)
    assert 40 <= n <= 150
    for rec in recs[3:]:
        if len(rec["rel"]) == 0 and r.random() < 0.08:
            earlier = [x for x in recs[:recs.index(rec)] if x["type"] == rec["type"]]
            if earlier:
                rec["rel"] = [("linked_case", r.choice(earlier)["case_number"])]
    set_times(recs, "%m/%d/%Y %H:%M")
    # notices (no incident) inserted among the releases
    spots = sorted(r.sample(range(2, len(releases) - 1), len(NOTICES)))
    items = []
    for j, grp in enumerate(releases):
        if j in spots:
            items.append(("notice", NOTICES[spots.index(j)], grp[0]["dt"]))
        items.append(("incident", grp, grp[-1]["dt"]))
    F, S, L, W = "Helvetica", 9, 11.8, 524
    size = letter
    state = {"open": None}
    n_rel = len(items)

    def header(k):
        return [(792 - 32, 44, "WEXCOMBE POLICE DEPARTMENT [invented]  -  Press releases, January 2026 (compiled)",
                 "Helvetica-Bold", 8.5), (792 - 38, 44, None, F, S)], 792 - 56

    def footer(k, m, open_):
        return [(24, 44, "Office of the Chief, 90 Depot Road, Wexcombe. Media line 555-0124.", "Helvetica", 7),
                (24, 500, f"Page {k} of {m}", "Helvetica", 7.5)]

    add, finish = paginate(header, footer, 44, state)
    add([(44, f"Compilation of press releases issued January 2-25, 2026. Releases: {n_rel}. Incidents reported in "
          f"releases: {n}.", "Helvetica-Oblique", 8.5, 18)])
    multi = []
    last = datetime.datetime(2026, 1, 2)
    for j, (kind, what, dt) in enumerate(items, 1):
        rno = f"26-{j:03d}"
        issued = max(dt + datetime.timedelta(minutes=r.randint(300, 1500)), last + datetime.timedelta(minutes=r.randint(20, 90)))
        last = issued
        if kind == "notice":
            head, lead = what
            head = head.format(d=dt.day + 6)
        else:
            grp = what
            if len(grp) == 1:
                rec = grp[0]
                head = f"{rec['type'].split(' - ')[0]} reported on {rec['location'].split(' of ')[-1]}"
                lead = (f"Officers responded to the incident below on {WEEKDAY[rec['dt'].weekday()]}, "
                        f"{rec['dt']:%B} {rec['dt'].day}.")
            else:
                multi.append((rno, [x["case_number"] for x in grp]))
                street = grp[0]["location"].split(" of ")[-1]
                word = ["", "", "Two", "Three"][len(grp)]
                head = f"{word} reports of {grp[0]['type'].lower()} on {street}"
                lead = (f"Police are investigating {word.lower()} incidents of {grp[0]['type'].lower()} on {street} "
                        "reported over several days. Each incident is listed below.")
        add([(44, "FOR IMMEDIATE RELEASE", "Helvetica-Bold", 9.5, 0), (470, f"Release No. {rno}", "Helvetica-Bold",
                                                                       9.5, 12),
             (44, f"Released: {issued:%m/%d/%Y %H:%M}", F, 8.5, 0),
             (220, "Media contact: Public Information Officer (badge 212), 555-0124", F, 8.5, 15),
             (44, head, "Helvetica-Bold", 11.5, 15)]
            + [(44, ln, F, S, L) for ln in wrap(lead, F, S, W)], gap=4)
        if kind == "incident":
            for rec in what:
                occ = occ_text(rec, " to ") or "unknown"
                lines = [("Case Number:", rec["case_number"]), ("Incident:", rec["type"]),
                         ("Reported:", rec["reported_at"]), ("Occurred:", occ), ("Location:", rec["location"]),
                         ("Status:", rec["disposition"])]
                if rec["rel"]:
                    lines.append(("Linked case:", rec["rel"][0][1]))
                add([(x, t, font, S, lead) for lab, val in lines
                     for x, t, font, lead in ((62, lab, "Helvetica-Bold", 0), (150, val, F, L))], gap=5)
            add([(44, ln, F, S, L) for ln in wrap("Anyone with information is asked to call the Wexcombe Police "
                                                 "Department at 555-0124. Tips may be left anonymously at 555-0125.",
                                                 F, S, W)])
        add([(300, "###", "Helvetica-Bold", 9, 12), (44, None, F, S, 14)])
    pages = finish()
    path = d / "wexcombe-press-releases-2026-01.pdf"
    draw(path, size, pages)
    ex = multi[0]
    return [entry(path, agency, "press releases compiled into one PDF", "labelled blocks", recs,
                  "Press releases printed several to a page, each opening `FOR IMMEDIATE RELEASE ... Release No. "
                  "26-0NN`, `Released: mm/dd/yyyy hh:mm` beside a media-contact line, a bold headline and a lead "
                  "sentence; then one labelled block per incident (`Case Number:` / `Incident:` / `Reported:` / "
                  "`Occurred:` (a time, a `from to to` range or `unknown`) / `Location:` / `Status:`, sometimes "
                  "`Linked case:`), the closing line `Anyone with information is asked to call ... 555-0124` and "
                  f"`###`. Trap: releases are not records. {len(multi)} releases carry two or three incidents of "
                  f"one series (release {ex[0]}: {', '.join(ex[1])}), and {len(NOTICES)} releases carry none "
                  "(Coffee with a Cop, a parking ban, a road closure, a scam alert, recruits with badge numbers) but "
                  f"have a release number and headline like the rest; release numbers (`{ex[0]}`) share the year "
                  f"prefix of case numbers (`{ex[1][0]}`). The first line counts both: `Releases: R. Incidents "
                  "reported in releases: N.` `Linked case:` lines cite an earlier incident of the same log (in "
                  "`related_numbers`, kind `linked_case`).",
                  "blocks counted by the generator; the compilation line gives the releases and the incidents")]


# 3 ------------------------------------------------------------------ Ravensholt, IN: prose news releases
PROSE_TYPES = ["residential burglary", "commercial burglary", "theft from a vehicle", "stolen vehicle", "robbery",
               "assault", "vandalism", "phone scam", "catalytic converter theft", "shoplifting",
               "hit-and-run crash", "injury crash", "package theft", "disturbance", "trespass"]
PROSE_DISPS = ["The case remains under investigation", "One person was arrested", "A citation was issued",
               "Officers took a report", "The case was referred to detectives", "No one was found",
               "The owner was notified and a report was taken"]
FILLER = ["No injuries were reported.", "Officers checked the area.", "A neighbor called it in.",
          "Surveillance video is being reviewed.", "The caller was not hurt.", ""]


def ap_time(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"


def ap_day(t):
    return f"{WEEKDAY[t.weekday()]}, {t:%b}. {t.day}"


def ravensholt(d, r):
    agency = "Ravensholt Police Department, IN [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 2), 20, (1, 4), types=PROSE_TYPES)
    number(recs, r, "26-{:04d}", 2 + r.randint(0, 20), [3, 5, 8, 11, 14, 20])
    for rec in recs:
        rec["location"] = location(r)
        rec["disposition"] = r.choice(PROSE_DISPS)
        rec["released"] = rec["dt"].date() + datetime.timedelta(days=r.choice([0, 1, 1, 1, 2, 2, 3]))
        if r.random() < 0.18:
            rec["rel"] = [("prior_case", f"25-{r.randint(3600, 3990)}")]
    recs.sort(key=lambda x: (x["released"], x["dt"]))
    n = len(recs)
    assert 40 <= n <= 150
    for rec in recs:
        rec["reported_at"] = f"{ap_time(rec['dt'])} {ap_day(rec['dt'])}"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = f"{ap_time(occ[1])} {ap_day(occ[1])}"
        elif occ:
            rec["occurred_from"] = f"{ap_time(occ[1])} {ap_day(occ[1])}"
            rec["occurred_to"] = f"{ap_time(occ[2])} {ap_day(occ[2])}"
    F, S, L, W = "Times-Roman", 10, 12.4, 500
    size = letter
    state = {"open": None}

    def header(k):
        return [(792 - 34, 56, "RAVENSHOLT POLICE DEPARTMENT [invented]", "Times-Bold", 10),
                (792 - 34, 380, "News releases, January 2026", "Times-Italic", 9.5),
                (792 - 40, 56, None, F, S)], 792 - 60

    def footer(k, m, open_):
        return [(26, 56, f"Page {k} of {m}", "Times-Italic", 8),
                (26, 300, "Ravensholt Police Department [invented], 200 Court Street", "Times-Italic", 8)]

    add, finish = paginate(header, footer, 46, state)
    add([(56, f"News releases compiled: {n} (January 2-24, 2026), in order of release.", "Times-Italic", 9.5, 18)])
    for rec in recs:
        rel = rec["released"]
        loc = rec["location"]
        to_loc = f"the {loc}" if "block of" in loc else loc
        typ = rec["type"]
        art = "an" if typ[0] in "aeiou" else "a"
        if "occurred_at" in rec:
            occ = f"It happened at about {rec['occurred_at']}. "
        elif "occurred_from" in rec:
            occ = f"It happened between {rec['occurred_from']}, and {rec['occurred_to']}. "
        else:
            occ = ""
        fill = r.choice(FILLER)
        prior = (f"Detectives are comparing it with a similar report from December (case {rec['rel'][0][1]}). "
                 if rec["rel"] else "")
        body = (f"RAVENSHOLT, Ind. ({rel:%b}. {rel.day}, 2026) \u2014 Officers were called at {rec['reported_at']}, "
                f"to {to_loc} for a report of {art} {typ}. {occ}{fill + ' ' if fill else ''}{prior}"
                f"{rec['disposition']}.")
        head = f"{typ[0].upper() + typ[1:]} reported {'in' if 'block of' in loc else 'at'} {to_loc}"
        close = ("Anyone with information is asked to call the Ravensholt Police Department at 555-0138 and refer to "
                 f"case {rec['case_number']}.")
        rec["text"] = (body, close)
        add([(56, "FOR IMMEDIATE RELEASE", "Times-Bold", 8.5, 13), (56, head, "Times-Bold", 12, 15)]
            + [(56, ln, F, S, L) for ln in wrap(body, F, S, W)] + [(56, ln, F, S, L) for ln in wrap(close, F, S, W)]
            + [(290, "###", "Times-Bold", 10, 18)])
    add([(56, ln, "Times-Italic", 9, 11.4) for ln in wrap(
        "About the Ravensholt Police Department [invented]: the department serves about 48,000 residents with 61 "
        "sworn officers and 23 civilian staff from one station at 200 Court Street. Non-emergency line 555-0138; "
        "media inquiries 555-0139.", "Times-Italic", 9, W)])
    pages = finish()
    path = d / "ravensholt-news-releases-2026-01-02-01-24.pdf"
    draw(path, size, pages)
    later = sum(rec["released"] > rec["dt"].date() for rec in recs)
    ex = next(rec for rec in recs if rec["released"] > rec["dt"].date() + datetime.timedelta(days=1))
    pr = next(rec for rec in recs if rec["rel"])
    return [entry(path, agency, "news releases compiled into one PDF", "free text", recs,
                  "Prose news releases, several to a page, one incident each: `FOR IMMEDIATE RELEASE`, a bold "
                  f"headline, then a dateline paragraph `{ex['text'][0]}`, the closing line `{ex['text'][1]}` and "
                  "`###`. Times are AP style (`9:52 p.m.`), dates are "
                  "weekday, month and day without a year (values as printed). Trap: the dateline date is the "
                  f"release date, not when the incident was reported ({later} of {n} releases are dated one to "
                  f"three days later: case {ex['case_number']} was reported {ex['reported_at']} and released "
                  f"{ex['released']:%b}. {ex['released'].day}); the only year printed in a release is the "
                  "dateline's. The case number is printed only in the closing boilerplate line, after the body, "
                  "and some bodies cite an earlier December case first (`a similar report from December (case "
                  f"{pr['rel'][0][1]})` in case {pr['case_number']}; in `related_numbers`, kind `prior_case`). A "
                  "one-paragraph `About the Ravensholt "
                  "Police Department` boilerplate with other numbers closes the compilation.",
                  "releases counted by the generator; the compilation line at the top gives the count")]


# 4 ------------------------------------------------------------------ Marlow Heath, KS: numbered daily summaries
def marlow(d, r):
    agency = "Marlow Heath Police Department, KS [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 5), 12, (3, 7))
    n = len(recs)
    assert 40 <= n <= 150
    number(recs, r, "26-{:05d}", 20 + r.randint(0, 20), [1, 2, 3, 4, 6])
    for rec in recs:
        rec["location"] = location(r)
    set_times(recs, "%m/%d/%Y %H:%M")
    days = {}
    for rec in recs:
        days.setdefault(rec["dt"].date(), []).append(rec)
    daylist = list(days)
    # updates: incidents released earlier, reported again days later with a new status
    cand = [i for i, rec in enumerate(recs) if i not in (0, n // 2, n - 1) and rec["dt"].date() <= daylist[-3]]
    upd = {}
    for i in sorted(r.sample(cand, 8)):
        rec = recs[i]
        rec["disposition"] = r.choice(["Under investigation", "Referred to investigations"])
        di = daylist.index(rec["dt"].date())
        when = daylist[r.randint(di + 1, min(di + 4, len(daylist) - 1))]
        new = r.choice(["Arrest made", "Cleared - suspect identified", "Cleared - property recovered",
                        "Closed - unfounded"])
        upd.setdefault(when, []).append((rec, new))
    F, S, L, W = "Times-Roman", 10, 12.6, 480
    size = letter
    state = {"open": None}

    def header(k):
        return [(792 - 36, 54, "MARLOW HEATH POLICE DEPARTMENT [invented]", "Times-Bold", 11),
                (792 - 36, 330, "Daily press summaries, January 5-16, 2026", "Times-Italic", 9.5),
                (792 - 42, 54, None, F, S)], 792 - 62

    def footer(k, m, open_):
        return [(28, 54, f"Page {k} of {m}. Summaries list incidents released to the media and are not a complete "
                 "record of police activity.", "Times-Italic", 8)]

    add, finish = paginate(header, footer, 48, state)
    where = {}
    n_upd = 0
    example = ""
    for i, day in enumerate(daylist):
        sno = f"26-{i + 5:03d}"
        issued = datetime.datetime.combine(day, datetime.time(8, 0)) + datetime.timedelta(days=1)
        ups = upd.get(day, [])
        add([(54, f"DAILY PRESS SUMMARY No. {sno}", "Times-Bold", 11, 14),
             (54, f"Incidents reported {WEEKDAY[day.weekday()]}, {day:%B} {day.day}, 2026. Issued "
              f"{issued:%m/%d/%Y %H:%M}. FOR IMMEDIATE RELEASE.", "Times-Italic", 9.5, 12),
             (54, "Media contact: Records and Media Unit, 555-0177 (weekdays 0800-1600).", "Times-Italic", 9.5, 16)])
        k = 0
        for rec in days[day]:
            k += 1
            where[rec["case_number"]] = (sno, k)
            if "occurred_at" in rec:
                occ = f" Occurred {rec['occurred_at']}."
            elif "occurred_from" in rec:
                occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
            else:
                occ = ""
            txt = (f"Case {rec['case_number']} \u2014 {rec['type']}, {rec['location']}. Reported "
                   f"{rec['reported_at']}.{occ} Officer badge {rec['badge']}. Status: {rec['disposition']}.")
            example = example or f"{k}. {txt}"
            add([(54, f"{k}.", F, S, 0)] + [(76, ln, F, S, L) for ln in wrap(txt, F, S, W)], gap=4)
        for rec, new in ups:
            k += 1
            n_upd += 1
            s0, k0 = where[rec["case_number"]]
            txt = (f"UPDATE \u2014 Case {rec['case_number']} (Summary No. {s0}, item {k0}). Status changed from "
                   f"{rec['disposition']} to {new} on {day:%m/%d/%Y}. No further details are released at this time.")
            add([(54, f"{k}.", F, S, 0)] + [(76, ln, F, S, L) for ln in wrap(txt, F, S, W)], gap=4)
        nn, nu = len(days[day]), len(ups)
        add([(54, f"Items in this summary: {k} ({nn} new incident{'s' if nn != 1 else ''}, {nu} "
              f"update{'s' if nu != 1 else ''}).", "Times-Bold", 9.5, 12),
             (250, "\u2014 End of summary \u2014", "Times-Italic", 9.5, 22)])
    add([(54, f"New incidents released in this period: {n}; updates to earlier incidents: {n_upd}.", "Times-Bold",
          10, 14)])
    pages = finish()
    path = d / "marlow-heath-daily-press-summaries-2026-01-05-01-16.pdf"
    draw(path, size, pages)
    when, (urec, unew) = next((w, u[0]) for w, u in upd.items())
    s0, k0 = where[urec["case_number"]]
    return [entry(path, agency, "daily press summaries compiled into one PDF", "numbered paragraphs", recs,
                  "Twelve daily press summaries, each headed `DAILY PRESS SUMMARY No. 26-0NN`, a line `Incidents "
                  "reported Monday, January 5, 2026. Issued ... FOR IMMEDIATE RELEASE.` and a media-contact line, "
                  f"then numbered paragraphs in Times: `{example}` "
                  "Numbering restarts at 1 in every summary, which closes `Items in this summary: k (a new "
                  "incidents, b updates).` and `\u2014 End of summary \u2014`. Trap: an incident is updated in a "
                  f"later summary: {n_upd} numbered items read `UPDATE \u2014 Case {urec['case_number']} (Summary "
                  f"No. {s0}, item {k0}). Status changed from {urec['disposition']} to {unew} on "
                  f"{when:%m/%d/%Y}.`, numbered among the new incidents and printing an id already released; they "
                  "are not records (the ground truth keeps the values of the incident's own paragraph, status as "
                  "first printed), and the summary numbers they cite share the `26-` prefix. Ends `New incidents "
                  "released in this period: N; updates to earlier incidents: u.`",
                  "paragraphs counted by the generator; each summary's item line and the last line give the counts")]


# 5 ------------------------------------------------------------------ Port Alder, ME: wire copy, MORE / ADD
def port_alder(d, r):
    agency = "Port Alder Police Department, ME [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 5), 12, (4, 8))
    n = len(recs)
    assert 40 <= n <= 150
    number(recs, r, "26-{:05d}", 150 + r.randint(0, 40), [2, 3, 4, 5, 7])
    for rec in recs:
        rec["type"] = rec["type"].upper()
        rec["disposition"] = rec["disposition"].upper()
        rec["location"] = location(r, short=True, upper=True)
    set_times(recs, "%m/%d/%y %H%M")
    F, S, L = "Courier", 8.6, 11.6
    size = letter
    state = {"open": None, "split": None, "adds": {}}

    def header(k):
        items = [(792 - 34, 50, f"PAPD [INVENTED] MEDIA WIRE -- JAN 05-16 2026 -- PAGE {k}", "Courier-Bold", 8.6)]
        top = 792 - 58
        if state["open"]:
            state["adds"][state["open"]] = state["adds"].get(state["open"], 0) + 1
            add_line = f"ADD {state['adds'][state['open']]} -- MEDIA RELEASE {state['open']}"
            if state["split"]:
                add_line += f" -- CASE {state['split']} CONTINUED"
            items.append((top, 50, add_line, "Courier-Bold", S))
            top -= 2 * L
        return items, top

    def footer(k, m, open_):
        return [(34, 280, "-MORE-", "Courier-Bold", 9)] if open_ else []

    add, finish = paginate(header, footer, 54, state)
    days = {}
    for rec in recs:
        days.setdefault(rec["dt"].date(), []).append(rec)
    splits, example = [], []
    for i, (day, rows) in enumerate(days.items()):
        rno = f"26-R-{i + 5:03d}"
        issued = datetime.datetime.combine(day, datetime.time(7, 0)) + datetime.timedelta(days=1)
        add([(50, f"PORT ALDER POLICE DEPT [INVENTED] -- MEDIA RELEASE {rno}", "Courier-Bold", S, L),
             (50, f"FOR IMMEDIATE RELEASE -- ISSUED {issued:%m/%d/%y %H%M}", F, S, L),
             (50, "ATTN: ASSIGNMENT DESKS -- MEDIA LINE 555-0193 -- PIO UNIT 4", F, S, L),
             (50, f"SLUG: PAPD ACTIVITY ROUNDUP FOR {day:%m/%d/%y}", F, S, L), (50, "", F, S, L)])
        state["open"] = rno
        for rec in rows:
            occ = occ_text(rec, "-")
            txt = (f"CASE {rec['case_number']} -- {rec['type']} -- {rec['location']} -- REPORTED "
                   f"{rec['reported_at']}{' -- OCCURRED ' + occ if occ else ''} -- BADGE {rec['badge']} -- "
                   f"STATUS: {rec['disposition']}")
            example = example or [txt]
            for j, ln in enumerate(wrap_chars(txt, 70, "   ")):
                state["split"] = rec["case_number"] if j else None
                before = state["adds"].get(rno, 0)
                add([(50, ln, F, S, L)], keep=False)
                if j and state["adds"].get(rno, 0) != before:
                    splits.append(rec["case_number"])
            state["split"] = None
            add([(50, "", F, S, L)], keep=False)
        add([(50, f"ITEMS THIS RELEASE: {len(rows)}", F, S, L), (50, "-30-", "Courier-Bold", S, L)], keep=False)
        state["open"] = None
        add([(50, "", F, S, 2 * L)], keep=False)
    add([(50, f"END OF TRANSMISSION -- {len(days)} RELEASES -- {n} ITEMS", "Courier-Bold", S, L)])
    pages = finish()
    assert len(splits) >= 2, splits
    path = d / "port-alder-media-wire-2026-01-05-01-16.pdf"
    draw(path, size, pages)
    return [entry(path, agency, "wire-copy media releases (daily activity roundups) compiled into one PDF",
                  "other: wire copy (all-capitals Courier roundups with -MORE- and ADD continuation slugs)", recs,
                  "Wire copy in all-capitals Courier: one roundup release per day, `PORT ALDER POLICE DEPT [INVENTED] "
                  "-- MEDIA RELEASE 26-R-0NN`, `FOR IMMEDIATE RELEASE -- ISSUED 01/06/26 0700`, `ATTN: ASSIGNMENT "
                  "DESKS -- MEDIA LINE 555-0193`, `SLUG: PAPD ACTIVITY ROUNDUP FOR 01/05/26`, then one wrapped item "
                  f"per incident `{example[0]}`, "
                  "`ITEMS THIS RELEASE: k` and `-30-`. Times are four digits without a colon, years two digits "
                  "(values as printed). Trap: the copy runs on over page ends like wire copy: a page that ends "
                  "inside a release prints `-MORE-` at its foot and the next page starts with a slug `ADD 1 -- "
                  "MEDIA RELEASE 26-R-0NN`; where the page end cuts an item, the slug adds `-- CASE 26-0NNNN "
                  f"CONTINUED` and the item's remaining lines follow ({len(splits)} items: "
                  f"{', '.join(splits)}), so that case number is printed twice and its values lie on two pages "
                  "with the running header, `-MORE-` and the slug between them. Ends `END OF TRANSMISSION -- 12 "
                  "RELEASES -- N ITEMS`.",
                  "items counted by the generator; each release's item line and the last line give the counts")]


AGENCIES = [("harrowgate-county-or-so", 1, harrowgate), ("wexcombe-nh-pd", 2, wexcombe),
            ("ravensholt-in-pd", 3, ravensholt), ("marlow-heath-ks-pd", 4, marlow),
            ("port-alder-me-pd", 5, port_alder)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
