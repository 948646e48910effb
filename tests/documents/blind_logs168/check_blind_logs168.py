"""Stand-alone check of the held-out set blind_logs168 (does not import prr).

Every PDF is an incident log released under California Public Records Act redactions. For every PDF:
sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers) and is 40-150 with
no duplicate id; the black redaction boxes are read with pdfplumber (filled black rectangles) together
with the characters under them: black characters inside a box are hidden text (left in the text layer by a
bad redaction), white characters on a box are its printed label (an exemption code). The "reader's
text" is the `pdftotext -layout` text where no text is hidden, and pdfplumber's layout text without the
hidden characters where some is. On the reader's text: every id and related number is printed at least
as often as listed, and no number is both; page furniture is dropped and a layout-specific stretch-start
pattern (which also finds the non-record stretches: day counts, withheld-in-full bars without a number,
closing lines, the redaction log) gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch, its words in order, and is
no exemption code; the fields a sample lists as `withheld` are exactly the fields shown boxed in that
record, with their codes; size < 200 KB; plus one check of each layout's trap. With --regen,
regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
D = "\u2014"
CODE = r"(?:GC 79\d\d\.\d{3}|PC 841\.5|PC 293|WIC 827)"
CODE_RE = re.compile(rf"^{CODE}$")
BAD = "santa-orella-ca-pd"  # the agency whose boxes were drawn over text left in the text layer

FURN = {
    "santa-orella-ca-pd": re.compile(
        r"^ *(?:SANTA ORELLA +POLICE DEPARTMENT \[invented\] *$|Daily Incident Log +01/05/2026|REDACTED COPY +- "
        r"|Case No\. +Reported|RMS DAILY LOG +run|Page \d+ of \d+ *$)"),
    "quintero-county-ca-so": re.compile(
        r"^ *(?:QUINTERO COUNTY SHERIFF'S OFFICE \[invented\] +- +PRESS LOG|February 2 - 22, 2026 +\| +REDACTED"
        r"|Page \d+ of \d+ *$)"),
    "bellasol-ca-pd": re.compile(
        r"^ *(?:BELLASOL POLICE DEPARTMENT \[invented\] *$|Media Log +\u00b7 +March 2 - 8|PUBLIC COPY +- +REDACTED"
        r"|Page \d+ of \d+ *$)"),
    "mesa-linda-ca-pd": re.compile(
        r"^ *(?:MESA LINDA POLICE DEPARTMENT \[invented\] *$|Numbered Incident List +\u00b7|REDACTED +- +CPRA "
        r"|Items are numbered in order of report)"),
    "port-almira-ca-harbor-pd": re.compile(
        r"^ *(?:PORT OF ALMIRA HARBOR POLICE \[invented\] +CALL LIST|RUN 04/16/26 04:10 |CALL NO +RECEIVED +NATURE"
        r"|-{40,} *$|PAGE +\d+ OF +\d+ *$)"),
}
START = {
    "santa-orella-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>S26-\d{5}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d)|Total incidents listed:"
        r"|Redactions applied by)", re.M),
    "quintero-county-ca-so": re.compile(
        r"^ *(?:(?P<rec>INCIDENT NO: +(?P<id>QSO-26-\d{5}) +REPORTED: +(?P<date>\d\d/\d\d/\d{4}) )"
        r"|END OF RELEASE)", re.M),
    "bellasol-ca-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<date>\d\d/\d\d/2026), \d{{4}} hrs {D} )|(?P<whole>ENTRY WITHHELD IN FULL +- +"
        rf"(?P<code>{CODE}))|Entries released:)", re.M),
    "mesa-linda-ca-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>26-\d{{4}}(?:\d\d)?) +(?P<part>\(WIC 827\) +)?{D} Reported "
        r"(?P<date>\d\d/\d\d/\d{4}) )|Items listed:)", re.M),
    "port-almira-ca-harbor-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<id>HP26-\d{{5}}) +(?:(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d|(?P<whole>\*\*\* +ENTRY "
        rf"WITHHELD IN FULL - (?P<code>{CODE}))))|(?P<day>CALLS (?P<dd>\d\d/\d\d/\d\d): +(?P<dn>\d+))"
        r"|CALLS LISTED:|(?P<log>REDACTION LOG +- ))", re.M),
}
ID_IN = {"bellasol-ca-pd": re.compile(r"\bReport\s+(B26-\d{4});")}
TOTAL = {
    "santa-orella-ca-pd": re.compile(r"Total incidents listed: (\d+)"),
    "quintero-county-ca-so": re.compile(r"END OF RELEASE +- +INCIDENT BLOCKS: (\d+)"),
    "bellasol-ca-pd": re.compile(r"Entries released: (\d+)\."),
    "mesa-linda-ca-pd": re.compile(r"Items listed: (\d+) "),
    "port-almira-ca-harbor-pd": re.compile(r"CALLS LISTED: (\d+) "),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def is_black(color):
    return color is not None and all(v == 0 for v in (color if isinstance(color, (list, tuple)) else [color]))


def is_white(color):
    return color is not None and all(v == 1 for v in (color if isinstance(color, (list, tuple)) else [color]))


def read_pdf(pdf):
    """Per page: boxes, hidden words (black text under a box), label words (white text on a box), the text
    without hidden characters (pdfplumber layout text; None on a page where nothing is hidden). With the
    environment variable BLIND168_CACHE set (the mutation runs), results are kept in that folder by sha256."""
    cache = os.environ.get("BLIND168_CACHE")
    if cache:
        key = Path(cache) / (hashlib.sha256(Path(pdf).read_bytes()).hexdigest() + ".json")
        if key.exists():
            return json.loads(key.read_text())
    out = _read_pdf(pdf)
    if cache:
        key.write_text(json.dumps(out))
    return out


def _read_pdf(pdf):
    out = []
    with pdfplumber.open(pdf) as doc:
        for pg in doc.pages:
            boxes = [r for r in pg.rects if r.get("fill") and is_black(r.get("non_stroking_color"))]

            def inside(o, boxes=boxes):
                cx, cy = (o["x0"] + o["x1"]) / 2, (o["top"] + o["bottom"]) / 2
                return any(b["x0"] <= cx <= b["x1"] and b["top"] <= cy <= b["bottom"] for b in boxes)

            hid_chars = [ch for ch in pg.chars if inside(ch) and not is_white(ch.get("non_stroking_color"))]
            lab_chars = [ch for ch in pg.chars if inside(ch) and is_white(ch.get("non_stroking_color"))]
            hid, lab, vis = [], [], None
            if hid_chars:
                ids_ = {id(ch) for ch in hid_chars}
                hid = pg.filter(lambda o, ids_=ids_: o.get("object_type") != "char" or id(o) in ids_).extract_words()
                vis = pg.filter(lambda o, ids_=ids_: o.get("object_type") != "char" or id(o) not in ids_
                                ).extract_text(layout=True)
            if lab_chars:
                ids_l = {id(ch) for ch in lab_chars}
                lab = pg.filter(lambda o, ids_l=ids_l: o.get("object_type") != "char" or id(o) in ids_l).extract_words()
            covered = sum(any(b["x0"] <= (w["x0"] + w["x1"]) / 2 <= b["x1"] and b["top"] <= (w["top"] + w["bottom"])
                              / 2 <= b["bottom"] for w in hid) for b in boxes)
            out.append({"boxes": [(round(b["x0"], 1), round(b["top"], 1), round(b["x1"], 1)) for b in boxes],
                        "covered": covered, "hidden": [w["text"] for w in hid], "labels": [w["text"] for w in lab],
                        "visible": vis})
    return out


def reader_text(folder, raw, info):
    """What a reader sees: pdftotext where nothing is hidden; else the text without the hidden characters."""
    if any(p["hidden"] for p in info):
        pages = raw.split("\f")
        return "\f".join(p["visible"] if p["visible"] is not None else pages[i] for i, p in enumerate(info)) + "\f"
    return raw


def strip_furniture(folder, t):
    return "\n".join(ln for ln in t.replace("\f", "\n").splitlines() if not FURN[folder].match(ln)) + "\n"


def blocks(folder, t):
    """(id or None, stretch text, match) per stretch, in order, on text without furniture."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = t[m.start():end]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, m))
    return out


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids:
            problems.append(f"{name}: {r['number']} is both an id and a related number")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def tokens(s):
    return [x for x in re.split(r"[\s/|]+", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def withheld_in(folder, text):
    """The fields a record's stretch shows boxed, with their codes (what a reader sees)."""
    flat = re.sub(r"\s+", " ", text)
    out = {}
    if folder == "santa-orella-ca-pd":  # the Exempt. column says PC 841.5 when the location is boxed
        if re.search(r"\bPC 841\.5\b", flat):
            out["location"] = "PC 841.5"
    if folder == "quintero-county-ca-so":
        for label, key in (("NATURE", "type"), ("LOCATION", "location"), ("DISPOSITION", "disposition")):
            m = re.search(rf"(?m)^ *{label}: +({CODE})(?: {{3,}}DEPUTY:.*)? *$", text)
            if m:
                out[key] = m.group(1)
    if folder == "bellasol-ca-pd":
        m = re.match(rf"\d\d/\d\d/2026, \d{{4}} hrs {D} .+? at ({CODE}) ?\.", flat)
        if m:
            out["location"] = m.group(1)
    if folder == "mesa-linda-ca-pd":
        m = re.search(rf"\blocation ({CODE}) ?\.", flat)
        if m:
            out["location"] = m.group(1)
    if folder == "port-almira-ca-harbor-pd":
        m = re.search(rf"ENTRY WITHHELD IN FULL - ({CODE})", flat)
        if m:
            out["all"] = m.group(1)
        line = text.splitlines()[0]
        m = re.match(r" *HP26-\d{5} +\d\d/\d\d/\d\d \d\d:\d\d +(PC 293 )?.*?((?:PC 841\.5|GC 7923\.615) )?"
                     r" *[A-Z]{3} +H\d\d *$", line)
        if m and m.group(1):
            out["type"] = "PC 293"
        if m and m.group(2):
            out["location"] = m.group(2).strip()
    return out


def check_samples(folder, name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if key == "withheld":
                continue
            if CODE_RE.match(val) or re.search(rf"\b{CODE}\b", val):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} is an exemption code")
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
        shown = withheld_in(folder, text)
        if s.get("withheld", {}) != shown:
            problems.append(f"{name}: sample {s['case_number']} withheld {s.get('withheld')} but the record shows "
                            f"{shown}")
        if set(s.get("withheld", {})) & set(s):
            problems.append(f"{name}: sample {s['case_number']} gives a value for a withheld field")
    return problems


def check_layout(folder, name, e, raw, info):
    """One check of the trap each layout is about (on the pdftotext text and the box data of the pages)."""
    ids = e["case_numbers"]
    t = reader_text(folder, raw, info)
    body = strip_furniture(folder, t)
    bl = blocks(folder, body)
    recs = [(num, text) for num, text, _ in bl if num]
    bad = [num for num, _ in recs] != ids
    hidden = [w for p in info for w in p["hidden"]]
    labels = " ".join(w for p in info for w in p["labels"])
    nboxes = sum(len(p["boxes"]) for p in info)
    if folder == "santa-orella-ca-pd":
        # a bad redaction: every box has text under it, the text layer still carries it, no labels on boxes
        bad |= nboxes < 30 or sum(p["covered"] for p in info) != nboxes or labels.strip() != ""
        hid_nums = [w for w in hidden if re.fullmatch(r"S26-\d{5}", w)]
        bad |= hid_nums != e.get("hidden_numbers") or len(hid_nums) < 3
        bad |= any(x in ids or x in t for x in hid_nums) or any(x not in raw for x in hid_nums)
        bad |= len(hidden) < 100 or not all(w in raw for w in hidden[:50])
        locs = sum(1 for p in info for b in p["boxes"] if 310 < b[0] < 330)
        bad |= locs != sum("location" in withheld_in(folder, text) for _, text in recs) or locs < 10
        bad |= re.findall(r"(?m)^ *(S26-\d{5}) +\d\d/", raw) != re.findall(r"(?m)^ *(S26-\d{5}) +\d\d/", t)
    else:
        # text truly removed: nothing under the boxes but their white labels
        bad |= bool(hidden) or nboxes < 10
    if folder == "quintero-county-ca-so":
        cover = raw.split("\f")[0]
        bad |= "INCIDENT NO:" in cover or "EXEMPTION LEGEND" not in cover
        bad |= re.findall(r"Incident blocks released: (\d+)", cover) != [str(len(ids))]
        legend = set(re.findall(rf"(?m)^ *({CODE}) {{3,}}\S", cover))
        used = re.findall(rf"(?m)^ *(?:NATURE|LOCATION|DISPOSITION): +({CODE})(?: {{3,}}DEPUTY:.*)? *$", body)
        kinds = [withheld_in(folder, text) for _, text in recs]
        bad |= sum("location" in k for k in kinds) < 10 or sum("type" in k for k in kinds) < 3
        bad |= sum("disposition" in k for k in kinds) < 3 or len(used) != sum(len(k) for k in kinds)
        bad |= not set(used) <= legend or len(legend) != 6 or any(c not in labels for c in used)
        bad |= len(re.findall(rf"(?m)^ *SYNOPSIS: +REDACTED - {CODE} *$", body)) < 5
    if folder == "bellasol-ca-pd":
        whole = [(text, m.group("code")) for num, text, m in bl if m.group("whole")]
        w = e.get("withheld_in_full", {})
        bad |= len(whole) < 3 or [c for _, c in whole] != w.get("codes") or w.get("counted_as_records") is not False
        bad |= any(re.search(r"B26-\d{4}|\d\d/\d\d/2026", text) for text, _ in whole)
        bad |= re.findall(r"Entries withheld in full: (\d+)\.", t) != [str(len(whole))]
        inline = sum(len(re.findall(rf"\b{CODE}\b", text)) for _, text in recs)
        bad |= inline < 15 or sum("location" in withheld_in(folder, text) for _, text in recs) < 5
        bad |= labels.count("WITHHELD") != len(whole)
    if folder == "mesa-linda-ca-pd":
        paras = [int(m.group("n")) for num, _, m in bl if num]
        bad |= paras != list(range(1, len(ids) + 1))
        part = [(k, num) for k, (num, text, m) in enumerate(x for x in bl if x[0]) if m.group("part")]
        listed = [(p["record_index"], p["case_number"]) for p in e.get("partly_redacted_ids", [])]
        bad |= part != listed or len(part) < 4 or len({n for _, n in part}) != len(part)
        bad |= any(not re.fullmatch(r"26-\d{4}", n) for _, n in part)
        bad |= sum(bool(re.fullmatch(r"26-\d{4}", n)) for n in ids) != len(part)
        bad |= re.findall(r"Items listed: \d+ \((\d+) with the case number redacted in part", t) != [str(len(part))]
        bad |= any("location" not in withheld_in(folder, text) for num, text in recs if (num and len(num) == 7))
    if folder == "port-almira-ca-harbor-pd":
        whole = [num for num, text, m in bl if num and m.group("whole")]
        w = e.get("withheld_in_full", {})
        bad |= whole != w.get("case_numbers") or len(whole) < 3 or w.get("counted_as_records") is not True
        bad |= re.findall(r"WITHHELD IN FULL \(NUMBER SHOWN\): (\d+)", t) != [str(len(whole))]
        logs = [text for num, text, m in bl if m.group("log")]
        rows = re.findall(rf"(?m)^ *(HP26-\d{{5}}) +(ENTIRE ENTRY|NATURE|LOCATION) +({CODE}) *$", logs[0] if logs
                          else "")
        listed = [(x["case_number"], x["field"], x["basis"]) for x in e.get("redaction_log", [])]
        bad |= len(logs) != 1 or rows != listed or not rows
        bad |= any(num not in ids for num, _, _ in rows)
        bad |= not any(sum(r[0] == x[0] for r in rows) > 1 for x in rows)
        shown = [(num, {"type": "NATURE", "location": "LOCATION", "all": "ENTIRE ENTRY"}[k], c)
                 for num, text in recs for k, c in sorted(withheld_in(folder, text).items(),
                                                          key=lambda kv: ["all", "type", "location"].index(kv[0]))]
        bad |= shown != rows
        # day counts: the record stretches between two day lines
        seen, cnt = 0, []
        for num, _text, m in bl:
            if num:
                seen += 1
            if m.group("day"):
                cnt.append((int(m.group("dn")), seen))
                seen = 0
        bad |= any(a != b for a, b in cnt) or sum(a for a, _ in cnt) != len(ids)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        raw = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = raw.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 20:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        info = read_pdf(pdf)
        t = reader_text(folder.name, raw, info)
        if (folder.name == BAD) != any(p["hidden"] for p in info):
            problems.append(f"{pdf.name}: text under the boxes {'missing' if folder.name == BAD else 'present'}")
        problems += check_numbers(pdf.name, t, e)
        bl = blocks(folder.name, strip_furniture(folder.name, t))
        recs = [(num, text, m) for num, text, m in bl if num]
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, raw, info)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{sum(len(p['boxes']) for p in info)} boxes ({sum(p['covered'] for p in info)} with text under them), "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs168.py"), tmp], check=True)
        made = {q for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if len(made) != len(before):
            problems.append(f"regenerated {len(made)} files, the set has {len(before)}")
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if [f.name for f in folders] != sorted(START):
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
