"""Stand-alone check of the held-out set blind_logs109 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: follow-up visit blocks, routine
ranger notes, shift-change rows) gives exactly the listed ids in order; the document's own count
equals record_count; every sample value is printed inside its own record's stretch of text, its
words in order (the Orlend ranger report's date comes from the day heading above the paragraph);
size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give identical
files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record (Orlend's id is read from the paragraph's closing report number)
START = {
    "varrow-oh-code-enforcement": re.compile(r"^(?P<id>CE25-\d{5}) +CP25-\d{5} +\d\d/\d\d/2025 ", re.M),
    "halvern-wa-animal-services": re.compile(
        r"^(?:ACTIVITY (?P<id>A25-\d{6}) +Priority|FOLLOW-UP VISIT to A25-\d{6} +Visit \d)", re.M),
    "orlend-co-park-rangers": re.compile(r"^ *(?P<k>\d{1,2})\. (?P<hhmm>\d{4}) hrs - ", re.M),
    "calder-bay-ca-harbor-patrol": re.compile(r"^\d\d/\d\d/2025 \d{4} +(?:(?P<id>HP-25-\d{4})|-{10}) ", re.M),
    "penwick-mn-it-security": re.compile(r"^Security Incident: (?P<id>SIR-2025-\d{4}) +Severity", re.M),
}
TOTAL = {  # the document's own count of records
    "varrow-oh-code-enforcement": re.compile(r"Cases opened this month: (\d+) "),
    "halvern-wa-animal-services": re.compile(r"Activities received: (\d+) "),
    "orlend-co-park-rangers": re.compile(r"Ranger reports written this period: (\d+)"),
    "calder-bay-ca-harbor-patrol": re.compile(r"Log entries this month: (\d+) "),
    "penwick-mn-it-security": re.compile(r"Security incidents in this export: (\d+)"),
}
DAY_HEAD = re.compile(r"^[A-Z]+DAY (\d\d/\d\d/2025)$", re.M)
RR = re.compile(r"Ranger Report No\. (RR25-\d{4})\.")
FURNITURE = re.compile(r"^\f?(?:Ranger daily notes compiled by .*|CITY OF ORLEND .*|Ranger Activity Report, .*|\s*)$\n?",
                       re.M)  # Orlend page footer, page header and blank lines
END_OF_DAY = re.compile(r"^(?:[A-Z]+DAY \d\d/\d\d/2025|Ranger reports written)", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
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
        text = t[m.start():end]
        if folder == "orlend-co-park-rangers":
            cut = END_OF_DAY.search(text)  # a day's last paragraph ends at the next day heading
            text = text[:cut.start()] if cut else text
            c = RR.search(text)
            num = c.group(1) if c else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    return [b[:3] for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    return heads[-1].group(1) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "orlend-co-park-rangers" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[1] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "varrow-oh-code-enforcement":
        # visit sub-rows are attributed to the case row above them; totals match; none is a record
        rows = [(mm.group(1), mm.start()) for mm in re.finditer(r"^(CE25-\d{5}) +CP25-", t, re.M)]
        subs = [(mm.group(1), mm.group(2), mm.start()) for mm in re.finditer(
            r"^ +\d\d/\d\d/2025 +(INS25-\d{5}) +(Initial inspection|Re-inspection|Follow-up visit|Final inspection) ",
            t, re.M)]
        owner = {(max((r for r in rows if r[1] < p), key=lambda r: r[1], default=(None,))[0], num)
                 for num, _, p in subs}
        m = re.search(r"Inspections recorded: (\d+) +Complaints received: (\d+)", t)
        cps = re.findall(r"(?<![\w-])(CP25-\d{5})(?![\w-])", t)
        bad = (not m or int(m.group(1)) != len(subs) or int(m.group(2)) != len(cps)
               or sum(1 for _, k, _ in subs if k != "Initial inspection") < 10
               or owner != rel(e, "inspection_number") or any(n in ids for n in cps))
    if folder == "halvern-wa-animal-services":
        acts = {mm.group(1): mm.start() for mm in re.finditer(r"^ACTIVITY (A25-\d{6}) ", t, re.M)}
        fus = [(mm.group(1), mm.start()) for mm in re.finditer(r"^FOLLOW-UP VISIT to (A25-\d{6}) +Visit \d", t, re.M)]
        m = re.search(r"Follow-up visits: (\d+) ", t)
        later_page = sum(1 for a, p in fus if a in acts and "\f" in t[acts[a]:p])
        cits = set()
        for b in blocks(folder, t):
            if not b[0]:
                a = re.match(r"FOLLOW-UP VISIT to (A25-\d{6})", b[1]).group(1)
                cits |= {(a, c) for c in re.findall(r"citation (C25-\d{4}) issued", b[1])}
        bad = (not m or int(m.group(1)) != len(fus) or len(fus) < 5 or later_page < 3
               or any(a not in acts or acts[a] > p for a, p in fus) or cits != rel(e, "citation_number"))
    if folder == "orlend-co-park-rangers":
        bl = blocks(folder, t)
        heads = [mm.start() for mm in DAY_HEAD.finditer(t)]
        by_day = {}
        for _num, _text, p, mm in bl:
            h = max((x for x in heads if x < p), default=-1)
            by_day.setdefault(h, []).append(int(mm.group("k")))
        closing = all(FURNITURE.sub("", text).rstrip().endswith(f"Ranger Report No. {num}.")
                      for num, text, _, _ in bl if num)
        spans = sum(1 for num, text, _, _ in bl if num and "\f" in text.rstrip())
        bad = (any(v != list(range(1, len(v) + 1)) for v in by_day.values()) or not closing or spans < 1
               or sum(1 for b in bl if not b[0]) < 15 or any(s in ids for s in re.findall(r"SE25-\d{4}", t)))
    if folder == "calder-bay-ca-harbor-patrol":
        bl = blocks(folder, t)
        m = re.search(r"Shift changes: (\d+)", t)
        shifts = [b for b in bl if not b[0]]
        ta = {(num, x) for num, text, _, _ in bl if num for x in re.findall(r"TA-25-\d{4}", text)}
        narr = [num for num, text, _, _ in bl if num and not re.search(r"\n +Boat \d on scene", text)]
        spans = sum(1 for num, text, _, _ in bl if num and "\f" in text.split("Boat", 1)[0])
        bad = (not m or int(m.group(1)) != len(shifts) or any("Shift change:" not in b[1] for b in shifts)
               or ta != rel(e, "tow_assist_record") or narr or spans < 1 or len(shifts) < 5)
    if folder == "penwick-mn-it-security":
        bl = blocks(folder, t)
        parents = re.findall(r"^Parent security incident: (SIR-2025-\d{4}) ", t, re.M)
        tickets, wos = set(), set()
        for num, text, _, _ in bl:
            for line in re.findall(r"^Linked service-desk incidents: (.+)$", text, re.M):
                tickets |= {(num, x) for x in re.findall(r"INC\d{7}", line)}
            wos |= {(num, x) for x in re.findall(r"^Work order: (WO-25-\d{4}) ", text, re.M)}
        bad = (len(parents) != len(ids) - 1 or set(parents) != {ids[0]} or tickets != rel(e, "service_desk_ticket")
               or wos != rel(e, "work_order") or "Parent security incident" in bl[0][1])
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
        if pages != e["pages"] or pages < 2:
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
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs109.py"), tmp], check=True)
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
