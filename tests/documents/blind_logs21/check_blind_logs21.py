"""Stand-alone check of the twenty-first held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed records in order (the id is read inside each
record's stretch, since two layouts print it last); the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must
give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (record-start pattern, id pattern inside the record's stretch), read off the text (not used by prr)
START = {
    "rio-seco-county-tx-so": (re.compile(r"^RSC-25-\d{6} +\d\d-[a-z]{3}-2025 \d\d:\d\d ", re.M),
                              re.compile(r"RSC-25-\d{6}")),
    "paso-piedras-bridge-tx-police": (re.compile(r"^ *\d\d/\d\d/2025 \d\d:\d\d +\S", re.M),
                                      re.compile(r"No\. (PPB-2510-\d{4})")),
    "valle-verde-community-college-az-pd": (re.compile(r"^ *Número de caso / Case number: +VVCC", re.M),
                                            re.compile(r"VVCC-25-\d{4}")),
    "santa-ines-nm-pd": (re.compile(r"^ *SI25-\d{5} \u00b7 [A-Z][a-z]{2} \d", re.M), re.compile(r"SI25-\d{5}")),
    "lomas-del-sol-ca-pd": (re.compile(r"^ *\d\d/\d\d/2025 \d\d:\d\d +\S", re.M), re.compile(r"25-LS-\d{5}")),
}
TOTAL = {  # the document's own count of records
    "rio-seco-county-tx-so": re.compile(r"Total de casos: (\d+)"),
    "paso-piedras-bridge-tx-police": re.compile(r"Entries in this log: (\d+)"),
    "valle-verde-community-college-az-pd": re.compile(r"Total incidents: (\d+)"),
    "santa-ines-nm-pd": re.compile(r"Entries / Entradas: (\d+)"),
    "lomas-del-sol-ca-pd": re.compile(r"Period total: (\d+)"),
}
ENDS = re.compile(r"^ *(Subtotal turno|Total |Registros en|Resumen del mes|Entries / Entradas)", re.M)


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
    """(id, text stretch, start offset) per record, in print order; the stretch ends at the next
    record or at a subtotal/total line."""
    start, idp = START[folder]
    starts = list(start.finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        stop = ENDS.search(t, m.start(), end)
        text = t[m.start():stop.start() if stop else end]
        found = idp.search(text)
        out.append((found.group(found.lastindex or 0) if found else None, text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#\u00b7')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, _ = by_id[s["case_number"]]
        for key, val in s.items():
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    if folder == "rio-seco-county-tx-so":
        dates = re.findall(r"^RSC-25-\d{6} +(\d\d)-([a-z]{3})-2025", t, re.M)
        if t.count("Núm. de caso") != pages or "Case" in t or {m for _, m in dates} != {"oct"}:
            problems.append(f"{name}: column titles not Spanish-only on every page or months not Spanish")
    if folder == "paso-piedras-bridge-tx-police":
        last = [re.sub(r"\s+\d+/\d+\s*$", "", text.split("\f")[0].rstrip()).splitlines()[-1]
                for _, text, _ in recs]  # before the page footer 'n/N' and the next page
        if any(not re.search(r"No\. PPB-2510-\d{4}$", line) for line in last) or "Placas" not in t:
            problems.append(f"{name}: id not on the last line of every record")
    if folder == "valle-verde-community-college-az-pd":
        rep = re.findall(r"Date reported: +(\d\d)/(\d\d)/2025", t)
        month = int(re.search(r"-(\d\d)\.pdf$", name).group(1))
        if len(rep) != len(ids) or any(int(mm) != month for _, mm in rep) \
                or max(int(dd) for dd, _ in rep) <= 12:
            problems.append(f"{name}: dates not day-first in the file's month")
    if folder == "santa-ines-nm-pd":
        twins = re.findall(r"^ *(SI25-\d{5}) \u00b7 \d{1,2} [a-z]{3} 2025", t, re.M)
        if twins != ids:
            problems.append(f"{name}: Spanish translations do not repeat each id once, in order")
    if folder == "lomas-del-sol-ca-pd":
        subs = [int(x) for x in re.findall(r"Subtotal turno / shift: (\d+)", t)]
        last = [re.search(r"(25-LS-\d{5})$", text.splitlines()[0]) for _, text, _ in recs]
        if sum(subs) != len(ids) or len(subs) < 5 or not all(last) or "Case" in t:
            problems.append(f"{name}: subtotals {sum(subs)} or ids not last on the row")
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
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} records, listed {len(ids)}"
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs21.py"), tmp], check=True)
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
    if len(folders) != len(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
