"""Stand-alone check of the held-out set blind_logs161 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every id is in the `pdftotext -layout` text at least as often as
listed; a layout-specific stretch-start pattern (which also marks the non-record stretches: run
stamps, page headers and footers, cover and end-page lines, group headers and totals, 'continued'
markers, blank-page notices) gives exactly the listed ids in order (a paragraph picked up under
`ID (continued)` after a page break is joined to its record; a record under a control-break group
header carries the header's call type); the document's own counts equal record_count; every sample
value is printed inside its own record's stretch, its words in order; size < 200 KB; plus one check of
each layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BRACK, QUILL, SALT, ORIEL, TILL = ("brackenridge-falls-or-pd", "quillon-county-mt-so", "saltmarsh-harbor-sc-pd",
                                   "oriel-bend-wi-pd", "tillery-creek-nc-pd")
LABELS2 = ["Case No", "Reported", "Occurred", "Type", "Beat", "Unit", "Location", "Disposition", "Badge"]
DOW = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id"; the other alternatives start stretches that are no records (the
# furniture alternatives come first where a furniture line has a record's shape)
START = {
    BRACK: re.compile(
        r"^\f? *(?:(?P<run>\d\d/\d\d/\d{4} +\d\d:\d\d +26-\d{6} +INCLOG-R4 )"
        r"|(?P<rec>(?P<date>\d\d/\d\d/\d{4}) +(?P<time>\d\d:\d\d) +(?P<id>26-\d{6}) )"
        r"|Reported Date: \w{3} (?P<grp>\d\d/\d\d/\d{4})(?P<gcont> \(continued\))?|Total for (?P<tot>\d\d/\d\d/\d{4})"
        r": (?P<k>\d+) incidents|BRACKENRIDGE FALLS|Date +Time +Case No|Records unit|RUN PARAMETERS"
        r"|\*\*\* END OF REPORT)", re.M),
    QUILL: re.compile(
        r"^\f? *(?:(?P<crit>Case No: +QC26-\d{5} thru )|(?P<rec>Case No: +(?P<id>QC26-\d{5}) )"
        r"|=== REPORTED (?P<grp>\d\d/\d\d/\d{4}) \(\w+\)(?P<gcont> \(continued\))? ===|Incidents reported "
        r"(?P<tot>\d\d/\d\d/\d{4}): (?P<k>\d+)|QUILLON COUNTY|Report QCSO|Dispatch and records|RUN PARAMETERS|Sort: "
        r"|END OF REPORT|Records printed)", re.M),
    SALT: re.compile(
        r"^\f? *(?:(?P<cont>(?P<of>SH26-\d{4}) \(continued\))"
        r"|(?P<rec>(?P<id>SH26-\d{4}) \u2014 (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )"
        r"|(?P<day>(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY, )|(?P<more>\(continued on next page\))"
        r"|Saltmarsh Harbor|NARR-DAILY|(?P<blank>This page intentionally left blank\.)|END OF REPORT|Records printed"
        r"|Incident Narrative Log)", re.M),
    ORIEL: re.compile(
        r"^\f? *(?:(?P<n>\d+)\. +(?:(?P<rec>(?P<id>OB-2026-\d{4}) \u2014 )|(?P<other>\S))"
        rf"|(?P<grp>{DOW}, \w+ \d+, 2026)(?P<gcont> \(continued\))? *$|Entries for (?P<tot>{DOW}, \w+ \d+, 2026): "
        r"(?P<k>\d+)|ORIEL BEND|Numbered incident list|Records 555|RUN PARAMETERS|END OF REPORT)", re.M),
    TILL: re.compile(
        r"^\f? *(?:(?P<rec>(?P<id>26\d{6}) +\d\d/\d\d/\d{4} \d\d:\d\d )"
        r"|CALL TYPE: (?P<grp>.+?)(?P<gcont> \(continued\))? *$"
        r"|Group total (?P<tot>.+?): (?P<k>\d+) *$|(?P<grand>Grand total: )|TILLERY CREEK|Incidents by Call Type"
        r"|Incident +Reported|Records 555|REPORT PARAMETERS|\*\*\* END OF REPORT)", re.M),
}
TOTAL = {  # the document's own counts of records: each pattern must be printed once, with record_count
    BRACK: [r"Records selected \.+ (\d+)", r"Records printed \.+ (\d+)"],
    QUILL: [r"Records selected: (\d+)", r"Records printed: (\d+)"],
    SALT: [r"Records selected: (\d+)\.", r"Records printed: (\d+)\."],
    ORIEL: [r"Records printed: (\d+)\."],
    TILL: [r"Records selected \.+ (\d+)", r"Records printed \.+ (\d+)", r"Grand total: (\d+) incidents"],
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


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
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(id or None, text stretch, start offset, match) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("rec") and m.group("id"), t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset). Saltmarsh: a `ID (continued)` stretch is joined to its
    record (and, pointing at another record, becomes a record of its own, which fails the id list);
    Tillery: a record's stretch starts with its group header's call type."""
    out, group = [], ""
    for num, text, start, m in blocks(folder, t):
        if folder == TILL and m.group("grp"):
            group = m.group("grp")
        if folder == SALT and m.group("cont"):
            if out and out[-1][0] == m.group("of"):
                out[-1] = (out[-1][0], out[-1][1] + text, out[-1][2])
            else:
                out.append((f"?cont {m.group('of')}", text, start))
        elif num:
            out.append((num, (f"CALL TYPE: {group} | " if folder == TILL else "") + text, start))
    return out


def tokens(s):
    return [x for x in re.split(r"[\s/|]+", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def groups_ok(bl, key):
    """Group headers, continued headers and group totals agree: every record sits under an open group
    whose key it matches (key(num, m) -> group key of the record, or None), a continued header repeats
    the open group right after a page break, each total names the open group and counts its records.
    Returns (ok, number of groups, number of continued headers, the group of each record)."""
    ok, cur, k, groups, conts, seen, of = True, None, 0, 0, 0, set(), {}
    last = 0  # where the last group header or record starts
    for num, _, start, m in bl:
        if m.group("grp"):
            g = m.group("grp")
            if m.group("gcont"):
                conts += 1
                ok &= g == cur and "\f" in m.string[last:start]
            else:
                ok &= cur is None and g not in seen
                cur, k = g, 0
                groups += 1
                seen.add(g)
        elif m.group("tot"):
            ok &= m.group("tot") == cur and int(m.group("k")) == k
            cur = None
        elif num:
            ok &= cur is not None and key(num, m) in (cur, None)
            of[num] = cur
            k += 1
        if num or m.group("grp"):
            last = start
    return ok and cur is None, groups, conts, of


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, n = e["case_numbers"], len(e["case_numbers"])
    bad = [num for num, _, _ in recs] != ids
    bl = blocks(folder, t)
    pages = t.count("\f")
    if folder == BRACK:
        # every page opens with a run stamp of a record row's shape: run date, run time, a job number
        # of the case number's shape; one job, no id; a date-time-number reading finds one row per page more
        stamps = re.findall(r"(?m)^\f? *(\d\d/\d\d/\d{4}) +(\d\d:\d\d) +(26-\d{6}) +INCLOG-R4 v[\d.]+ +Page (\d+) of "
                            r"(\d+) *$", t)
        naive = re.findall(r"(?m)^\f? *\d\d/\d\d/\d{4} +\d\d:\d\d +26-\d{6}\b", t)
        jobs = {s[2] for s in stamps}
        bad |= ([int(s[3]) for s in stamps] != list(range(1, pages + 1)) or len(jobs) != 1 or bool(jobs & set(ids))
                or len(naive) != n + pages or any(s[4] != str(pages) for s in stamps))
        ok, groups, conts, _ = groups_ok(bl, lambda num, m: m.group("date"))
        bad |= not ok or groups != 7 or conts < 1
    if folder == QUILL:
        # the cover prints the criteria as a block with the records' labels and an id-shaped range
        crit = [(text, start) for _, text, start, m in bl if m.group("crit")]
        labels = re.compile(r"(Case No|Reported|Occurred|Type|Beat|Unit|Location|Disposition|Badge):")
        bad |= len(crit) != 1 or len(re.findall(r"(?m)^\f? *Case No:", t)) != n + 1
        if len(crit) == 1:
            text, start = crit[0]
            rng = re.match(r" *Case No: +(QC26-\d{5}) thru (QC26-\d{5})", text)
            bad |= (labels.findall(text) != LABELS2 or "\f" in t[:start] or not rng
                    or not rng.group(1) < min(ids) <= max(ids) < rng.group(2)
                    or bool({rng.group(1), rng.group(2)} & set(ids))
                    or [rng.group(1), rng.group(2)] != e.get("criteria_case_range"))
        bad |= any(labels.findall(text) != LABELS2 for _, text, _ in recs)
        ok, groups, conts, _ = groups_ok(bl, lambda num, m: re.search(r"Reported: (\S+)", m.string[m.start():])[1])
        bad |= not ok or groups != 7 or conts < 1
    if folder == SALT:
        # paragraphs cut by page breaks go on under `ID (continued)`, right after a `(continued on next
        # page)`, a page break and the page header; each record has one disposition; blank pages hold no id
        conts, last, more = 0, None, False
        for num, _, _, m in bl:
            if m.group("cont"):
                conts += 1
                bad |= m.group("of") != last or not more
                more = False
            elif m.group("more"):
                more = last is not None
            elif num:
                last = num
                bad |= more
        naive = re.findall(r"(?m)^\f? *SH26-\d{4}\b", t)
        blanks = [p for p in t.split("\f") if "This page intentionally left blank." in p]
        bad |= (conts < 2 or len(naive) != n + conts or not blanks
                or any(re.search(r"SH26-\d{4}", p) or not re.search(r"Page \d+ of \d+", p) for p in blanks)
                or any(len(re.findall(r"Disposition:\s", text)) != 1 for _, text, _ in recs))
    if folder == ORIEL:
        # numbered furniture: the cover's parameters and the end page's summary are numbered like entries;
        # entries restart at 1 each day; the cover's count is not the number printed
        pg = [t[:m.start()].count("\f") for _, _, _, m in bl]
        other = [(pg[i], int(m.group("n"))) for i, (_, _, _, m) in enumerate(bl) if m.group("other")]
        cover = [k for p, k in other if p == 0]
        end = [k for p, k in other if p == pages - 1]
        bad |= cover != list(range(1, len(cover) + 1)) or end != list(range(1, len(end) + 1)) or len(cover) < 3
        bad |= len(end) < 3 or len(other) != len(cover) + len(end)
        seq, nums = [], []
        for num, _, _, m in bl:
            if m.group("grp") and not m.group("gcont"):
                seq.append(nums)
                nums = []
            if num:
                nums.append(int(m.group("n")))
        seq.append(nums)
        bad |= seq[0] != [] or any(s != list(range(1, len(s) + 1)) or not s for s in seq[1:]) or len(seq) != 8
        ok, groups, _, _ = groups_ok(bl, lambda num, m: None)
        sel = re.findall(r"Records selected: (\d+)\.", t)
        sup = re.findall(r"Records suppressed \(sealed or juvenile, not printed\): (\d+)\.", t)
        bad |= not ok or len(sel) != 2 or len(set(sel)) != 1 or len(sup) != 1
        if not bad:
            pc = e.get("printed_counts", {})
            bad |= (int(sel[0]) - int(sup[0]) != n or int(sel[0]) == n
                    or pc != {"records_selected": int(sel[0]), "records_suppressed": int(sup[0]), "records_printed": n})
    if folder == TILL:
        # the call type is only in the group header; a continued header is the same group
        ok, groups, conts, of = groups_ok(bl, lambda num, m: None)
        heads = [m.group("grp") for _, _, _, m in bl if m.group("grp") and not m.group("gcont")]
        grand = re.findall(r"Grand total: (\d+) incidents in (\d+) call types", t)
        bad |= (not ok or conts < 1 or heads != sorted(heads) or grand != [(str(n), str(groups))]
                or any(of.get(num, "?") in text.split("|", 1)[1] for num, text, _ in recs))
        bad |= any(of.get(s["case_number"]) != s.get("type") for s in e["sample_records"])
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 16:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        for pat in TOTAL[folder.name]:
            got = [int(x) for x in re.findall(pat, t)]
            if got != [len(ids)]:
                problems.append(f"{pdf.name}: document's own count {pat!r} {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs161.py"), tmp], check=True)
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
