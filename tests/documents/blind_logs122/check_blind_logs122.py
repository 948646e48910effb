"""Stand-alone check of the held-out set blind_logs122 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the stretches that are not records: Wendle Falls'
supplemental reports, Cinderford's void face sheets) gives exactly the listed ids in order; the
document's own count equals record_count; every sample value is printed inside its own record's
stretch of text (from its start to the next stretch), its words in order; size < 200 KB; plus one
check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
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
# stretch that is not a record
START = {
    "brackwater-county-wa-so": re.compile(r"^MAJOR INCIDENT REPORT +Report No\. (?P<id>25-\d{6})$", re.M),
    "tollerton-il-pd": re.compile(r"^(?P<id>TPD25-\d{5}) +\d\d/\d\d/\d\d \d{4} +\d\d/\d\d/\d\d \d{4} ", re.M),
    "wendle-falls-nh-pd": re.compile(
        r"^(?:OFFENSE REPORT (?P<id>25-\d+-OF)$|SUPPLEMENT \d TO OFFENSE REPORT 25-\d+-OF$|SUPPLEMENTAL REPORTS)", re.M),
    "oxley-county-ky-so": re.compile(r"^(?P<item>\d+)\. +[A-Z][A-Z0-9 ,/-]+ - Sheriff's case (?P<id>OCSO-2025-\d{4})$",
                                     re.M),
    "cinderford-tx-pd": re.compile(
        r"^REPORT NUMBER +(?:DATE/TIME REPORTED.*\n(?P<id>2025-\d{6}) |DATE ISSUED.*\n2025-\d{6} )", re.M),
}
TOTAL = {  # the document's own count of records
    "brackwater-county-wa-so": re.compile(r"Reports in this packet: (\d+)"),
    "tollerton-il-pd": re.compile(r"Incident reports: (\d+)\."),
    "wendle-falls-nh-pd": re.compile(r"Offense reports in this period: (\d+);"),
    "oxley-county-ky-so": re.compile(r"Items: (\d+)\."),
    "cinderford-tx-pd": re.compile(r"Incident reports: (\d+) "),
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
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        out.append((m.groupdict().get("id"), t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    return [b[:3] for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
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
            if not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "brackwater-county-wa-so":
        cont = 0
        cads = set()
        for num, text, _ in recs:
            for c in re.findall(r"^Report No\. (25-\d{6}) \(continued\) - report page \d of \d$", text, re.M):
                cont += 1
                bad |= c != num
            for line in re.findall(r"^CAD Event\(s\): (.+)$", text, re.M):
                cads |= {(num, c) for c in re.findall(r"25-\d{6}", line)}
        bad |= cont < 10 or cads != rel(e, "cad_event") or any(c in ids for _, c in cads)
    if folder == "tollerton-il-pd":
        rows = 0
        for num, text, _ in recs:
            items = re.findall(r"^(\d{4})-\d\d +\d\d/\d\d/\d\d +\d{4} +(?:Stolen|Evidence|Recovered|Damaged|Found) ",
                               text, re.M)
            m = re.search(r"^Property items: (\d+)$", text, re.M)
            rows += len(items)
            bad |= not m or int(m.group(1)) != len(items) or any(i != num[-4:] for i in items)
        bad |= rows < len(ids) * 2
    if folder == "wendle-falls-nh-pd":
        order = {num: pos for num, _, pos in recs}
        sups = [(m.group(1), m.start()) for m in
                re.finditer(r"^SUPPLEMENT \d TO OFFENSE REPORT (25-\d+-OF)$", t, re.M)]
        m = re.search(r"supplemental reports: (\d+)\.", t)
        bad = (len(sups) < 5 or not m or int(m.group(1)) != len(sups)
               or any(s not in order or order[s] > p for s, p in sups)
               or any(n in ids for _, n in rel(e, "prior_case")))
    if folder == "oxley-county-ky-so":
        items = [int(b[3].group("item")) for b in blocks(folder, t)]
        bad = items != list(range(1, len(ids) + 1))
        for b in blocks(folder, t):
            i, text = b[3].group("item"), b[1]
            subs = re.findall(r"^ *(\d+)\.(\d) +[A-Z]", text, re.M)
            conts = re.findall(r"^(\d+)\. \(continued\) - (OCSO-2025-\d{4})$", text, re.M)
            bad |= len(subs) < 6 or any(s != i for s, _ in subs) or any(c != (i, b[0]) for c in conts)
    if folder == "cinderford-tx-pd":
        voids = re.findall(r"^(2025-\d{6}) +\d\d/\d\d/2025 +VOID$", t, re.M)
        m = re.search(r"Voided report numbers: (\d+) ", t)
        conts = 0
        for num, text, _ in recs:
            for c in re.findall(r"^(2025-\d{6}) +Sheet \d of \d$", text, re.M):
                conts += 1
                bad |= c != num
        rel_nums = {r["number"] for r in e["related_numbers"]}
        bad |= (len(voids) < 3 or not m or int(m.group(1)) != len(voids) or conts < 10
                or any(v in ids or v in rel_nums for v in voids))
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
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs122.py"), tmp], check=True)
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
