"""Generate a held-out set of college and university Clery Act daily crime and fire logs (blind_logs136).

Five layouts, each PDF a crime log followed by a separate fire log: a landscape university table
whose 'UPDATED' rows reprint an earlier report number with a new disposition and whose fire table
prints the fire number beside the report number; a community college's labelled blocks where an
updated entry is a full reprinted block; a college security office's daily free-text bulletin with
'Update:' paragraphs citing earlier cases; a university DPS log in numbered paragraphs whose
paragraph numbers and update paragraphs are not incidents; an institute table with date reported
before the report number, two-line rows that may break across pages and a fire number before the
report number. Days with no incidents are printed in every layout. Everything is invented.
Output is deterministic: fixed seed, reportlab invariant mode. Run:
    python tests/documents/blind_logs136/make_blind_logs136.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261336
CRIMES = ["Theft - from building", "Burglary", "Liquor law violation - referral", "Drug law violation - arrest",
          "Vandalism", "Simple assault", "Aggravated assault", "Motor vehicle theft", "Stalking",
          "Dating violence", "Fondling", "Theft - bicycle", "Trespass warning", "Harassment",
          "Drug law violation - referral", "Robbery", "Weapons law violation - referral", "Theft - from vehicle"]
FIRES = ["Trash can fire", "Cooking fire - stovetop", "Candle fire", "Dryer lint fire", "Vehicle fire",
         "Outdoor mulch fire", "Electrical fire - power strip", "Smoking materials fire"]
DISPS = ["Open - under investigation", "Closed - no suspects", "Cleared by arrest", "Referred to Student Conduct",
         "Exceptionally cleared", "Unfounded", "Inactive - pending leads", "Referred to county prosecutor"]
FDISPS = ["Extinguished by staff", "Extinguished by fire department", "Burned out", "Extinguished by sprinkler"]
GEO = [("On Campus", "ONC"), ("On Campus - Residential", "RES"), ("Non-Campus Building", "NCB"),
       ("Public Property", "PUB")]
PLACES = ["Marsh Hall", "Ashby Library", "Corliss Student Union", "Pennell Science Center", "Lot 7",
          "Halverd Hall", "Brisco Athletic Center", "Quill Residence Hall", "Tarrow Dining Commons",
          "Delmont Apartments", "Fenner Arts Building", "Oakes Hall", "Parking Deck B", "Weyland Commons"]


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


def paginate(groups, per_page, split=False):
    """groups of lines kept together (split=True lets a group break across pages)."""
    pages, cur = [], []
    for g in groups:
        if split:
            for line in g:
                if len(cur) >= per_page:
                    pages.append(cur)
                    cur = []
                cur.append(line)
            continue
        if len(cur) + len(g) > per_page and cur:
            pages.append(cur)
            cur = []
        cur += g
    pages.append(cur)
    return pages


def fmt(t):
    return t.strftime("%m/%d/%Y %H:%M")


def make_records(r, month, ncrime, nfire, idf, fidf, first_id, first_fire):
    """Crime and fire records over one month; returns (crimes, fires, empty_days, updates)."""
    days = list(range(1, 32 if month in (10, 12) else 31))
    empty = sorted(r.sample(days[1:-1], 4))
    live = [d for d in days if d not in empty]

    def stamps(n):
        out = []
        for _ in range(n):
            d = r.choice(live)
            out.append(datetime.datetime(2025, month, d, r.randint(0, 23), r.choice(range(0, 60, 5))))
        return sorted(out)

    def one(t, kind, num):
        start = t - datetime.timedelta(minutes=r.randint(20, 60 * 40))
        end = min(t, start + datetime.timedelta(minutes=r.randint(0, 600)))
        geo = r.choice(GEO)
        place = r.choice(PLACES)
        loc = f"{place} {r.choice(['Rm', 'Floor', 'Lobby', 'Stair'])} {r.randint(1, 4)}{r.randint(0, 2)}{r.randint(1, 9)}" \
            if r.random() < 0.6 else place
        return {"case_number": num, "t": t, "reported_at": fmt(t), "occurred_from": fmt(start),
                "occurred_to": fmt(end), "type": r.choice(CRIMES if kind == "crime" else FIRES),
                "location": loc, "geo": geo, "loc_code": f"{geo[1]}-{r.randint(1, 40):02d}",
                "disposition": r.choice(DISPS if kind == "crime" else FDISPS), "kind": kind, "rel": []}

    # report numbers are drawn in the order reported, crimes and fires from the same series
    ev = sorted([(t, "crime") for t in stamps(ncrime)] + [(t, "fire") for t in stamps(nfire)])
    crimes, fires, n, f = [], [], first_id, first_fire
    for t, kind in ev:
        n += r.randint(1, 4)
        rec = one(t, kind, idf(n))
        if kind == "fire":
            f += 1
            rec["fire_number"] = fidf(f)
            rec["rel"] = [("fire_number", fidf(f))]
            fires.append(rec)
        else:
            crimes.append(rec)
    # updates: disposition changed later, never on a sample record (first, middle, last)
    all_recs = crimes + fires
    nn = len(all_recs)
    cand = [i for i in range(1, len(crimes) - 1) if i not in (nn // 2,) and crimes[i]["t"].day < 24]
    updates = []
    for i in sorted(r.sample(cand, 5)):
        rec = crimes[i]
        when = rec["t"] + datetime.timedelta(days=r.randint(2, 6), hours=r.randint(1, 8))
        new = r.choice([d for d in DISPS if d != rec["disposition"]])
        updates.append({"rec": rec, "t": when, "date": when.strftime("%m/%d/%Y"), "disposition": new})
    updates.sort(key=lambda u: u["t"])
    return crimes, fires, empty, updates


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {"case_number": recs[i]["case_number"]}
        for k in fields:
            if k in recs[i]:
                s[k] = recs[i][k]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs136.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": v} for rec in recs for k, v in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs136.py) from the records it drew; "
                               "checked by check_blind_logs136.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def timeline(crimes, empty, updates, month):
    """Day-ordered events: ('rec', rec) / ('empty', date) / ('upd', update)."""
    ev = [(rec["t"], 1, "rec", rec) for rec in crimes]
    ev += [(datetime.datetime(2025, month, d), 0, "empty", datetime.date(2025, month, d)) for d in empty]
    ev += [(u["t"], 2, "upd", u) for u in updates]
    return [(k, x) for _, _, k, x in sorted(ev, key=lambda e: (e[0], e[1]))]


# 1 ---------------------------------------------- Harlow State University: landscape table, UPDATED rows
def harlow(d, r):
    agency = "Harlow State University Police Department [invented]"
    crimes, fires, empty, updates = make_records(r, 10, 58, 9, lambda n: f"HS25-{n:04d}",
                                                 lambda f: f"F-25-{f:03d}", 3120, 40)
    for rec in fires:
        del rec["occurred_to"]
    cols = [36, 96, 170, 244, 318, 458, 612, 648]
    head = [[(x, s) for x, s in zip(cols, ["Report #", "Reported", "Occurred From", "Occurred To", "Nature",
                                              "General Location", "Geo", "Disposition"])], [(36, "-" * 170)]]
    lines = [[(36, "DAILY CRIME LOG  (Clery Act, 34 CFR 668.46(f))")]] + head
    for k, x in timeline(crimes, empty, updates, 10):
        if k == "empty":
            lines.append([(36, x.strftime("%m/%d/%Y")), (170, "No crimes reported this date")])
        elif k == "rec":
            lines.append([(c, s) for c, s in zip(cols, [x["case_number"], x["reported_at"], x["occurred_from"],
                                                        x["occurred_to"], x["type"], x["location"], x["geo"][1],
                                                        x["disposition"]])])
        else:
            rec = x["rec"]
            lines.append([(36, rec["case_number"]), (96, f"UPDATED {x['date']}"), (180, "see entry of"),
                          (244, rec["reported_at"][:10]), (318, rec["type"]), (458, rec["location"]),
                          (612, rec["geo"][1]), (648, x["disposition"])])
    lines += [[(36, "")], [(36, "DAILY FIRE LOG  (Higher Education Opportunity Act, 34 CFR 668.49(d))")]]
    fcols = [36, 96, 150, 224, 298, 438, 612, 648]
    lines.append([(x, s) for x, s in zip(fcols, ["Report #", "Fire #", "Reported", "Fire Occurred", "Nature / Cause",
                                                  "Location", "Geo", "Disposition"])])
    lines.append([(36, "-" * 170)])
    for x in fires:
        lines.append([(c, s) for c, s in zip(fcols, [x["case_number"], x["fire_number"], x["reported_at"],
                                                     x["occurred_from"], x["type"], x["location"], x["geo"][1],
                                                     x["disposition"]])])
    recs = crimes + fires
    lines += [[(36, "")], [(36, f"Crime log entries: {len(crimes)}   Fire log entries: {len(fires)}   "
                                f"Disposition updates: {len(updates)}   Total incidents: {len(recs)}")],
              [(36, "Geo: ONC On Campus, RES On Campus - Residential, NCB Non-Campus Building, PUB Public Property")]]
    pages = paginate([[ln] for ln in lines], 40)
    header = [(36, "HARLOW STATE UNIVERSITY POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
              (36, "Daily Crime and Fire Log - October 2025 - Records Unit 555-0142", "Helvetica", 8.5)]
    path = d / "harlow-state-crime-fire-log-2025-10.pdf"
    draw_pages(path, landscape(letter), pages, header, "HSUPD CLERY LOG v3  open for public inspection",
               fsize=7.0, lh=11)
    return agency, [entry(path, agency, "daily crime and fire log (month)", "table with header", recs,
                          ["reported_at", "occurred_from", "occurred_to", "type", "location", "disposition"],
                          "Landscape table: crime log, then a separate fire log table. Date reported beside an "
                          "occurred from/to range. Rows `HSnn-NNNN  UPDATED MM/DD/YYYY  (see entry of ...)` "
                          "reprint an earlier report number with a new disposition: not new incidents, the "
                          "record is the original row. Days with no incidents print a line `No crimes reported "
                          "this date`. Fire rows print the fire number `F-25-NNN` right after the report number "
                          "(related, kind fire_number). Ends with the log's own totals.",
                          "rows counted by the generator; the printed total equals the record count")]


# 2 ---------------------------------------------- Kestrel Valley CC: labelled blocks, reprinted update blocks
def kestrel(d, r):
    agency = "Kestrel Valley Community College Campus Safety [invented]"
    crimes, fires, empty, updates = make_records(r, 11, 52, 8, lambda n: f"2025-{n:06d}",
                                                 lambda f: f"KVF-{f:02d}", 1530, 11)
    groups = [["CRIME LOG"]]

    def block(x, disp, upd=None, fire=False):
        g = []
        if fire:
            g.append([(36, f"Fire No.: {x['fire_number']}"), (200, f"Report No.: {x['case_number']}")])
        else:
            g.append([(36, f"Report No.: {x['case_number']}" + (f"  (UPDATED {upd})" if upd else ""))])
        g += [[(36, f"Date/Time Reported: {x['reported_at']}")],
              [(36, f"Occurred: {x['occurred_from']} to {x['occurred_to']}")],
              [(36, f"{'Fire' if fire else 'Incident'}: {x['type']}")],
              [(36, f"Location: {x['location']} ({x['loc_code']})"), (330, f"Clery Geography: {x['geo'][0]}")],
              [(36, f"Disposition: {disp}")], [(36, "-" * 110)]]
        return g

    for k, x in timeline(crimes, empty, updates, 11):
        if k == "empty":
            groups.append([f"{x.strftime('%m/%d/%Y')} - No incidents reported", "-" * 110])
        elif k == "rec":
            groups.append(block(x, x["disposition"]))
        else:
            groups.append(block(x["rec"], x["disposition"], upd=x["date"]))
    groups.append(["", "FIRE LOG (fires in on-campus student housing and other college buildings)", "-" * 110])
    for x in fires:
        groups.append(block(x, x["disposition"], fire=True))
    recs = crimes + fires
    groups.append(["", f"Entries in this log: {len(recs)} incidents ({len(crimes)} crime, {len(fires)} fire), "
                       f"{len(updates)} updated entries"])
    pages = paginate(groups, 58)
    header = [(36, "KESTREL VALLEY COMMUNITY COLLEGE - CAMPUS SAFETY [invented]", "Helvetica-Bold", 11),
              (36, "Daily Crime & Fire Log, November 2025 - questions 555-0167", "Helvetica", 8.5)]
    path = d / "kvcc-daily-crime-fire-log-2025-11.pdf"
    draw_pages(path, letter, pages, header, "Campus Safety - Clery compliance", font="Helvetica", fsize=8.0, lh=10.5)
    return agency, [entry(path, agency, "daily crime and fire log (month)", "labelled blocks", recs,
                          ["reported_at", "occurred_from", "occurred_to", "type", "location", "disposition"],
                          "Labelled blocks separated by dashed rules. A block whose first line is `Report No.: "
                          "2025-NNNNNN  (UPDATED MM/DD/YYYY)` is a full reprint of an earlier entry with a new "
                          "disposition, printed at the date of the change: the same incident, not a new one. "
                          "Locations carry a building code in parentheses (`RES-12`); Clery geography spelt out. "
                          "Fire blocks open with `Fire No.: KVF-NN` before the report number (related, kind "
                          "fire_number). Days with no incidents get a one-line entry. Ends with own totals.",
                          "blocks counted by the generator; the printed total equals the record count")]


# 3 ---------------------------------------------- Brantmoor College: free-text daily bulletin
def brantmoor(d, r):
    agency = "Brantmoor College Office of Public Safety [invented]"
    crimes, fires, empty, updates = make_records(r, 10, 46, 7, lambda n: f"25-{n:04d}",
                                                 lambda f: f"BF-{f:02d}", 1010, 3)
    geo_words = {"ONC": "on campus", "RES": "on campus, residential", "NCB": "non-campus building",
                 "PUB": "public property"}
    for rec in fires:
        del rec["occurred_to"]
    out = []
    events = timeline(crimes, empty, updates, 10)
    fire_by_day = {}
    for x in fires:
        fire_by_day.setdefault(x["t"].day, []).append(x)

    def para(text):
        w = textwrap.wrap(text, 100)
        return [[(36, w[0])]] + [[(54, s)] for s in w[1:]]

    def day_head(day):
        out.append([(36, "")])
        out.append([(36, datetime.date(2025, 10, day).strftime("%A, %B %-d, %Y").upper())])

    days = sorted({x["t"].day for x in crimes} | set(empty) | {u["t"].day for u in updates}
                  | set(fire_by_day))
    by_day = {}
    for k, x in events:
        day = x.day if k == "empty" else (x["t"].day)
        by_day.setdefault(day, []).append((k, x))
    for day in days:
        day_head(day)
        for k, x in by_day.get(day, []):
            if k == "empty":
                out.append([(36, "No Clery-reportable crimes were reported today.")])
            elif k == "rec":
                out += para(f"Case {x['case_number']} - {x['type']}. Reported {x['reported_at'][:10]} at "
                            f"{x['reported_at'][11:]}; occurred between {x['occurred_from']} and {x['occurred_to']} "
                            f"at {x['location']} ({geo_words[x['geo'][1]]}). Status: {x['disposition']}.")
            else:
                out += para(f"Update: the status of case {x['rec']['case_number']} ({x['rec']['type'].lower()}, "
                            f"reported {x['rec']['reported_at'][:10]}) changed to {x['disposition']} on {x['date']}.")
    recs = crimes + fires
    out += [[(36, "")], [(36, "FIRE LOG")], [(36, "Fires are listed by case number; the fire log number follows "
                                                  "in parentheses.")]]
    for x in fires:
        out += para(f"Case {x['case_number']} (fire log no. {x['fire_number']}) - {x['type']}. Reported "
                    f"{x['reported_at'][:10]} at {x['reported_at'][11:]}; fire occurred {x['occurred_from']} at "
                    f"{x['location']} ({geo_words[x['geo'][1]]}). {x['disposition']}.")
    out += [[(36, "")], [(36, f"This bulletin lists {len(recs)} incidents ({len(crimes)} crimes and {len(fires)} "
                              f"fires) and {len(updates)} status updates.")]]
    pages = paginate([[ln] for ln in out], 60)
    header = [(36, "BRANTMOOR COLLEGE - OFFICE OF PUBLIC SAFETY [invented]", "Times-Bold", 11),
              (36, "Daily Crime and Fire Log bulletin, October 2025 - dispatch 555-0133", "Times-Roman", 9)]
    path = d / "brantmoor-crime-fire-bulletin-2025-10.pdf"
    draw_pages(path, letter, pages, header, "Published under the Clery Act; entries may be updated",
               font="Times-Roman", fsize=9, lh=10.5)
    return agency, [entry(path, agency, "daily crime and fire log bulletin (month)", "free text", recs,
                          ["reported_at", "occurred_from", "occurred_to", "type", "location", "disposition"],
                          "Free text under upper-case day headings. Each incident is a paragraph opening "
                          "`Case 25-NNNN - <type>.` and wrapping over indented lines. Paragraphs opening "
                          "`Update:` cite an earlier case whose status changed: not incidents. Days with no "
                          "crimes print `No Clery-reportable crimes were reported today.` The fire log follows, "
                          "each fire `Case 25-NNNN (fire log no. BF-NN)`; the BF number is related (kind "
                          "fire_number). Ends with the bulletin's own count.",
                          "paragraphs counted by the generator; the printed count equals the record count")]


# 4 ---------------------------------------------- Osric University DPS: numbered paragraphs
def osric(d, r):
    agency = "Osric University Department of Public Safety [invented]"
    crimes, fires, empty, updates = make_records(r, 12, 63, 10, lambda n: f"25-0{n:04d}",
                                                 lambda f: f"{f:04d}", 4410, 18)
    for rec in crimes + fires:
        rec["type"] = rec["type"].upper()
    for rec in fires:
        del rec["occurred_to"]
    k_no = 0
    groups = [[[(36, "PART I - CRIME LOG")]]]
    for k, x in timeline(crimes, empty, updates, 12):
        if k == "empty":
            groups.append([[(54, f"({x.strftime('%m/%d/%Y')}: no incidents reported)")]])
            continue
        k_no += 1
        if k == "rec":
            groups.append([[(36, f"{k_no:>3}."), (60, x["case_number"]), (130, x["type"])],
                           [(60, f"Reported {x['reported_at']}   Occurred {x['occurred_from']} - {x['occurred_to']}")],
                           [(60, f"{x['location']}  [{x['loc_code']}]   Disposition: {x['disposition']}")]])
        else:
            groups.append([[(36, f"{k_no:>3}."), (60, f"UPDATE to {x['rec']['case_number']}: disposition changed "
                                                      f"to {x['disposition']} on {x['date']}")]])
    groups.append([[(36, "")], [(36, "PART II - FIRE LOG")]])
    for x in fires:
        k_no += 1
        groups.append([[(36, f"{k_no:>3}."), (60, x["case_number"]), (130, f"Fire No. {x['fire_number']}"),
                        (220, x["type"])],
                       [(60, f"Reported {x['reported_at']}   Fire occurred {x['occurred_from']}")],
                       [(60, f"{x['location']}  [{x['loc_code']}]   Disposition: {x['disposition']}")]])
    recs = crimes + fires
    groups.append([[(36, "")], [(36, f"Numbered entries: {k_no} (incidents {len(recs)}, updates {len(updates)})")],
                   [(36, "Location codes: ONC on campus, RES residential facility, NCB non-campus, PUB public property")]])
    pages = paginate(groups, 60)
    header = [(36, "OSRIC UNIVERSITY - DEPARTMENT OF PUBLIC SAFETY [invented]", "Helvetica-Bold", 11),
              (36, "Crime and Fire Log, December 2025 (Clery Act)  tel. 555-0158", "Helvetica", 8.5)]
    path = d / "osric-dps-crime-fire-log-2025-12.pdf"
    draw_pages(path, letter, pages, header, "OU-DPS Records", font="Helvetica", fsize=8.0, lh=10.5)
    return agency, [entry(path, agency, "crime and fire log (month)", "numbered paragraphs", recs,
                          ["reported_at", "occurred_from", "occurred_to", "type", "location", "disposition"],
                          "Numbered paragraphs `NN.  25-0NNNN  TYPE`, the report number after the paragraph "
                          "number. Some numbered paragraphs are `UPDATE to 25-0NNNN: disposition changed ...` "
                          "citing an earlier incident: numbered but not incidents. Days with no incidents print "
                          "an unnumbered `(MM/DD/YYYY: no incidents reported)`. Part II, the fire log, continues "
                          "the numbering; a four-digit `Fire No.` follows the report number (related, kind "
                          "fire_number). Ends `Numbered entries: N (incidents I, updates U)`.",
                          "paragraphs counted by the generator; the printed incident count equals the record count")]


# 5 ---------------------------------------------- Tallis Institute: two-line rows split across pages
def tallis(d, r):
    agency = "Tallis Institute of Technology Police [invented]"
    crimes, fires, empty, updates = make_records(r, 11, 70, 12, lambda n: f"T25-{n:05d}",
                                                 lambda f: f"25-F{f:03d}", 870, 30)
    for rec in fires:
        del rec["occurred_to"]
    upd = {u["rec"]["case_number"]: u for u in updates}
    cols = [36, 110, 168, 250, 386, 504, 544]
    lines = [[(36, "CRIME LOG")],
             [(x, s) for x, s in zip(cols, ["Date Reported", "Report #", "Occurred", "Classification",
                                             "Location", "Geo", "Disposition"])], [(36, "-" * 160)]]
    ev = [(x["t"], 1, "rec", x) for x in crimes] + [
        (datetime.datetime(2025, 11, dd), 0, "empty", dd) for dd in empty]
    groups = [lines]
    for _, _, k, x in sorted(ev, key=lambda e: (e[0], e[1])):
        if k == "empty":
            groups.append([[(36, f"11/{x:02d}/2025"), (168, "-- no incidents reported --")]])
            continue
        disp = x["disposition"]
        u = upd.get(x["case_number"])
        loc = textwrap.wrap(x["location"], 24)
        g = [[(36, x["reported_at"]), (110, x["case_number"]), (168, x["occurred_from"]), (250, x["type"]),
              (386, loc[0]), (504, x["geo"][1]), (544, disp)],
             [(168, "to " + x["occurred_to"])] + ([(386, loc[1])] if len(loc) > 1 else [])
             + ([(544, f"Updated {u['date']}: {u['disposition']}")] if u else [])]
        groups.append(g)
    fcols = [36, 110, 168, 250, 372, 530, 570]
    groups.append([[(36, "")], [(36, "FIRE LOG")],
                   [(x, s) for x, s in zip(fcols, ["Date Reported", "Fire #", "Report #", "Fire Occurred",
                                                    "Cause", "Geo", "Location"])], [(36, "-" * 160)]])
    for x in fires:
        loc = textwrap.wrap(x["location"], 24)
        groups.append([[(36, x["reported_at"]), (110, x["fire_number"]), (168, x["case_number"]),
                        (250, x["occurred_from"]), (372, x["type"]), (530, x["geo"][1]), (570, loc[0])],
                       [(570, loc[1])] if len(loc) > 1 else [(36, "")],
                       [(372, "Disposition: " + x["disposition"])]])
    recs = crimes + fires
    groups.append([[(36, "")], [(36, f"Total incidents: {len(recs)}   (crime log {len(crimes)}, fire log {len(fires)})")]])
    # split=True: a two-line row may break across pages
    pages = paginate(groups, 41, split=True)
    header = [(36, "TALLIS INSTITUTE OF TECHNOLOGY POLICE [invented]", "Courier-Bold", 10),
              (36, "CLERY DAILY CRIME AND FIRE LOG  11/01/2025 - 11/30/2025  555-0119", "Courier", 8)]
    path = d / "tallis-clery-log-2025-11.pdf"
    draw_pages(path, landscape(letter), pages, header, "TIT-PD  Geo: ONC/RES/NCB/PUB", font="Courier", fsize=6.6, lh=10.5)
    return agency, [entry(path, agency, "daily crime and fire log (month)", "table with header", recs,
                          ["reported_at", "occurred_from", "occurred_to", "type", "location", "disposition"],
                          "Table whose first column is the date reported, the report number `T25-NNNNN` second; "
                          "each row takes two lines (occurred `to` time, location overflow, an `Updated MM/DD/YYYY: "
                          "<disposition>` note under the original disposition), and a row may break across a page. "
                          "Days with no incidents print `-- no incidents reported --`. In the fire log the fire "
                          "number `25-FNNN` comes BEFORE the report number (related, kind fire_number) and the "
                          "disposition is on the row's third line. Ends with the log's own total.",
                          "rows counted by the generator; the printed total equals the record count")]


AGENCIES = [("harlow-state-university-pd", 1, harlow), ("kestrel-valley-cc-campus-safety", 2, kestrel),
            ("brantmoor-college-public-safety", 3, brantmoor), ("osric-university-dps", 4, osric),
            ("tallis-institute-police", 5, tallis)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
