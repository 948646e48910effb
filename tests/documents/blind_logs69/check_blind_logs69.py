"""Stand-alone check of the held-out set blind_logs69 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is printed in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own closing count
equals record_count; every sample value is printed inside its own record's stretch of text, its
words in order (Isla Pardo's date comes from the situation report's operational-period line);
size < 200 KB; plus one check of each layout's trap. With --regen, regenerating in a temporary
folder must give identical bytes. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record-start patterns read off the text (not used by prr); group "id" is the id when the record
# starts with it, otherwise ID_IN finds the id inside the record's stretch
START = {
    "marsh-haven-la-pd": re.compile(r"^(?P<id>MH25-\d{6}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "cape-sorrel-nc-pd": re.compile(
        r"^(?:\d\d/\d\d/2025 +\d{4} +(?P<id>CS25-\d{5}) |(?P<id2>2025-CS-\d{5}) ; \d\d[A-Z]{3}\d\d \d{4} ;)", re.M),
    "gulfmoor-county-ms-eoc-so": re.compile(r"^ +Logged: +\d\d/\d\d/2025 \d{4} +Entry \d+\n(?:(?! +Logged:).*\n)"
                                            r"*? +Sheriff case: +(?P<id>GCSO-25-\d{5})$", re.M),
    "isla-pardo-fl-pd": re.compile(r"^\f? +[a-z]\d*\. \d{4} hrs, ", re.M),
    "brinewater-key-fl-pd": re.compile(r"^(?:OC|HC|TB)-\d{4} +(?P<id>BK-25-\d{5}) +\d\d/\d\d/2025 ", re.M),
}
ID_IN = {"isla-pardo-fl-pd": re.compile(r"Case (IP25-\d{4}),")}
TOTAL = {
    "marsh-haven-la-pd": re.compile(r"Incidents: (\d+) "),
    "cape-sorrel-nc-pd": re.compile(r"(?:Calls listed: (\d+)|END OF LIST +(\d+) CALLS)"),
    "gulfmoor-county-ms-eoc-so": re.compile(r"Sheriff cases opened: (\d+)"),
    "isla-pardo-fl-pd": re.compile(r"Cases opened, all reports: (\d+)"),
    "brinewater-key-fl-pd": re.compile(r"Host cases opened for strike teams: (\d+)"),
}
PERIOD = re.compile(r"Operational period (\d\d/\d\d/2025) ")


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
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.end() + 600)
        text = t[m.start():end]
        if folder in ID_IN:
            found = ID_IN[folder].search(re.sub(r"\s+", " ", text))
            num = found.group(1) if found else None
        else:
            num = m.group("id") or m.groupdict().get("id2")
        out.append((num, text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "isla-pardo-fl-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                heads = PERIOD.findall(t, 0, pos)
                ok = bool(heads) and heads[-1] == date and text.split()[1] == time
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "marsh-haven-la-pd":
        eoc = re.findall(r"^ *EOC \d\d:00 +(.*)$", t, re.M)
        m = re.search(r"EOC status entries: (\d+)", t)
        if not m or len(eoc) != int(m.group(1)) or len(eoc) < 5 or any(re.search(r"MH25-", x) for x in eoc):
            problems.append(f"{name}: EOC status rows {len(eoc)} do not match their printed count")
    if folder == "cape-sorrel-nc-pd":
        backup = "BACKUP CAD" in t
        fmt = r"2025-CS-\d{5}" if backup else r"CS25-\d{5}"
        if not all(re.fullmatch(fmt, x) for x in ids) or (backup and "Case #" in t) \
                or (backup and not re.search(r"^ +MA>> \S+ 25-\d{4} UNIT ON SCENE$", t, re.M)):
            problems.append(f"{name}: the {'backup' if backup else 'daily'} format is not the one printed")
    if folder == "gulfmoor-county-ms-eoc-so":
        entries = len(re.findall(r"^ +Logged: ", t, re.M))
        m = re.search(r"Log entries: (\d+) ", t)
        if not m or entries != int(m.group(1)) or entries - len(ids) < 10:
            problems.append(f"{name}: {entries} entries vs printed count, too few EOC-only entries")
    if folder == "isla-pardo-fl-pd":
        per = [int(x) for x in re.findall(r"Law enforcement incidents this report: (\d+)", t)]
        if sum(per) != len(ids) or len(per) != len(PERIOD.findall(t)) or len(per) < 3:
            problems.append(f"{name}: per-report counts {per} do not add up")
    if folder == "brinewater-key-fl-pd":
        heads = [int(x) for x in re.findall(r"^STRIKE TEAM \d - .* - (\d+) assignments$", t, re.M)]
        subs = [int(x) for x in re.findall(r"Team subtotal: (\d+)", t)]
        stamps = [re.search(r"(\d\d/\d\d/2025 \d\d:\d\d)", text).group(1) for _, text, _ in recs]
        key = [(s[6:10], s[:5], s[11:]) for s in stamps]
        if heads != subs or sum(heads) != len(ids) or len(heads) != 3 or key == sorted(key):
            problems.append(f"{name}: team counts {heads}/{subs} or the order is by time")
    return problems


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
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150 or len(set(ids)) != len(ids):
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for g in TOTAL[folder.name].findall(t) for x in (g if isinstance(g, tuple) else [g]) if x]
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs69.py"), tmp], check=True)
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
    if sorted(f.name for f in folders) != sorted(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
