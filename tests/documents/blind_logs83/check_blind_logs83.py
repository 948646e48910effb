"""Stand-alone check of the held-out set blind_logs83 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; ids are unique; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds what only looks like a record start: Wyvern Lake's
continuation screens, Kilbride's entries repeated by the scroll overlap) gives exactly the listed
ids in order; the document's own count equals record_count; every sample value is printed inside
its own record's stretch of text, its words in order (Ketterly Flats' and Kilbride's dates come from
the screen header or day separator above the row); size < 200 KB; plus one check of each layout's
trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere
(mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record-start patterns read off the text (not used by prr)
START = {
    "ketterly-flats-ne-pd": re.compile(r"^ *_ +(?P<id>KF25-\d{6}) +(?P<time>\d{4}) ", re.M),
    "ossaway-county-mo-so": re.compile(r"^ *(?P<id>OB25-\d{6}) +2025-\d\d-\d\d-\d\d\.\d\d\.\d\d ", re.M),
    "wyvern-lake-state-university-mn-dps": re.compile(
        r"^ *CLG300 .*Record +(?P<rec>\d+) of +\d+\n *DETAIL +Screen (?P<scr>\d) of (?P<of>\d)\n\n"
        r" *Case number[ .]*: +(?P<id>WL-25-\d{5})", re.M),
    "kilbride-wv-pd": re.compile(r"^ *(?P<time>\d{4}) RPT (?P<id>25-\d{4}) ", re.M),
    "millrace-township-in-pd": re.compile(r"^ *CFS# (?P<id>\d{10}) +\d\d/\d\d \d\d:\d\d ", re.M),
}
TOTAL = {  # the document's own count of records
    "ossaway-county-mo-so": re.compile(r"ROWS \d{4} TO \d{4} OF (\d{4})"),
    "wyvern-lake-state-university-mn-dps": re.compile(r"Record +\d+ of +(\d+)"),
    "kilbride-wv-pd": re.compile(r"\*\*\* END OF LOG [\d/-]+: (\d+) REPORTS"),
    "millrace-township-in-pd": re.compile(r"TOTAL CALLS: (\d+)"),
}
KF_HEAD = re.compile(r"Date[ .]*: (\d\d/\d\d/\d\d) +[A-Z]+ +Incidents this date: +(\d+)")
KB_DAY = re.compile(r"---- [A-Z]+DAY (\d\d/\d\d/\d\d) ----")
KB_SCREEN = re.compile(r"^ *BROWSE +\S+ +Line (\d{8}) Col 001 080\n *Command ===> +Scroll ===> 18\n"
                       r"((?:.*\n){20}) *F1=Help", re.M)


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
    """(id or None, text stretch, start offset, match) per start, in print order; None = not a record."""
    starts = list(START[folder].finditer(t))
    out, prev = [], None
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 2500)
        num = m.group("id")
        if folder == "wyvern-lake-state-university-mn-dps" and m.group("scr") != "1":
            num = None  # continuation screen of the same record
        if folder == "kilbride-wv-pd" and m.group("id") == prev:
            num = None  # the same entry again at the top of the next screen (scroll overlap)
        prev = m.group("id")
        out.append((num, t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    """Records with their whole stretch (a continuation screen or repeated entry joins its record)."""
    recs = []
    for num, text, pos, m in blocks(folder, t):
        if num:
            recs.append([num, text, pos, m])
        elif recs:
            recs[-1][1] += text
    return recs


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def last_before(rx, t, pos):
    found = [m.group(1) for m in rx.finditer(t, 0, pos)]
    return found[-1] if found else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos, m) for num, text, pos, m in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos, m = by_id[s["case_number"]]
        for key, val in s.items():
            if key == "reported_at" and folder in ("ketterly-flats-ne-pd", "kilbride-wv-pd"):
                date, _, time = val.partition(" ")
                ok = m.group("time") == time and last_before(
                    KF_HEAD if folder == "ketterly-flats-ne-pd" else KB_DAY, t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def own_count(folder, t):
    if folder == "ketterly-flats-ne-pd":
        per_day = {}
        for d, n in KF_HEAD.findall(t):
            per_day.setdefault(d, set()).add(int(n))
        if any(len(v) != 1 for v in per_day.values()):
            return None
        return sum(v.pop() for v in per_day.values())
    got = {int(x) for x in TOTAL[folder].findall(t)}
    return got.pop() if len(got) == 1 else None


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "ketterly-flats-ne-pd":
        # the date is only in the screen header; every header's count matches its day's rows; a day runs
        # over more than one screen
        screens = re.split(r"(?=^ *KFR420 )", t, flags=re.M)[1:]
        rows_by_day, screens_by_day = {}, {}
        for sc in screens:
            h = KF_HEAD.search(sc)
            if not h:
                return [f"{name}: screen without a date header"]
            rows = START[folder].findall(sc)
            rows_by_day[h.group(1)] = rows_by_day.get(h.group(1), 0) + len(rows)
            screens_by_day[h.group(1)] = screens_by_day.get(h.group(1), 0) + 1
            if any(re.search(r"\d\d/\d\d/\d\d", line) for line in sc.splitlines() if START[folder].match(line)):
                bad = True
        heads = KF_HEAD.findall(t)
        bad = (bad or {d for d, _ in heads} != set(rows_by_day) or any(int(n) != rows_by_day[d] for d, n in heads)
               or max(screens_by_day.values()) < 2)
    if folder == "ossaway-county-mo-so":
        msgs = re.findall(r"^ *MSG \d\d/\d\d \d\d:\d\d FROM DSP\d: .*?(OB25-\d{6})", t, re.M)
        rows = START[folder].findall(t)
        flat = re.sub(r"\s+", " ", t)
        bad = (len(msgs) < 3 or any(x not in ids for x in msgs) or len(rows) != len(ids)
               or any(len(re.findall(re.escape(x) + r"(?!\d)", flat)) != 1 + msgs.count(x) for x in set(msgs)))
        tos = re.findall(r"ROWS (\d{4}) TO (\d{4}) OF", t)
        bad = bad or int(tos[-1][1]) != len(ids) or any(int(a) != int(b) + 1 for (a, _), (_, b) in zip(tos[1:], tos))
    if folder == "wyvern-lake-state-university-mn-dps":
        bl = blocks(folder, t)
        cont = [(m.group("id"), m.group("rec")) for num, _, _, m in bl if not num]
        firsts = {m.group("id"): (m.group("rec"), m.group("of")) for num, _, _, m in bl if num}
        want = sum(int(of) - 1 for _, of in firsts.values())
        bad = (len(cont) < 3 or len(cont) != want
               or any(cid not in firsts or firsts[cid][0] != rec for cid, rec in cont)
               or [m.group("rec") for num, _, _, m in bl if num] != [str(i + 1) for i in range(len(ids))])
    if folder == "kilbride-wv-pd":
        # every screen after the first begins with the previous screen's last two lines; the repeated entry
        # starts sit exactly there
        scr = KB_SCREEN.findall(t)
        bodies = [[x.strip() for x in body.splitlines()] for _, body in scr]
        lines = [int(n) for n, _ in scr]
        dups = [m for num, _, _, m in blocks(folder, t) if not num]
        bad = (len(scr) < 3 or any(b[:2] != a[-2:] for a, b in zip(bodies, bodies[1:]))
               or any(y - x != 18 for x, y in zip(lines, lines[1:])) or len(dups) < 2
               or any(not re.search(r"BROWSE .*\n.*Scroll ===> 18\n(?:.*\n)?\Z", t[:m.start()]) for m in dups))
    if folder == "millrace-township-in-pd":
        cases = [(num, c) for num, text, _, _ in recs for c in re.findall(r"CASE: (25-\d{5})", text)]
        rel = {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == "case_report"}
        oia = re.findall(r"^ *MA +a +TCP00044 +SESS-A +\d\d/\d{3}$", t, re.M)
        bad = (set(cases) != rel or len(cases) != len(rel) or len(cases) < 5
               or len(oia) != len(re.findall(r"CFSLOG ", t)))
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
        found = [r[0] for r in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = own_count(folder.name, t)
        if got != len(ids):
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs83.py"), tmp], check=True)
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
