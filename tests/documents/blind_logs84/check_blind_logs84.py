"""Stand-alone check of the held-out set blind_logs84 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; ids are unique; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order (Peñas Blancas's date comes from the day heading above the entry); size < 200 KB; plus one
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

# block-start patterns read off the text (not used by prr); a match whose group "id" is None
# starts a stretch that is not a record
START = {
    "villa-coralina-pr-pm": re.compile(r"^(?P<id>VC-\d{5}-25) +\d\d/\d\d/2025 +\d{1,2}:\d\d [ap]\. m\. ", re.M),
    "marbo-cove-gu-precinct": re.compile(r"^25-\d{6} +(?:(?P<id>MC25-\d{4})|NO REPORT) +\d\d/\d\d/25 ", re.M),
    "frederiksvale-vi-pd": re.compile(r"^(?:[A-Z][A-Z ]+ - On |UPDATE - )", re.M),
    "san-aurelio-pr-pm": re.compile(r"^QUERELLA NÚM\. .*\n(?P<id>SA-2025-\d{4}) ", re.M),
    "penas-blancas-pr-pm": re.compile(r"^\d{4} hrs\. (?:Querella (?P<id>\d{4}-25):|Novedad:)", re.M),
}
VI_CASE = re.compile(r"\(Case\s+#((?:SC|STT)25-\d{4})\)\s*$")
TOTAL = {
    "villa-coralina-pr-pm": re.compile(r"Total de querellas registradas: (\d+)"),
    "marbo-cove-gu-precinct": re.compile(r"Reports written: (\d+)"),
    "frederiksvale-vi-pd": re.compile(r"Incidents reported in this bulletin: (\d+)"),
    "san-aurelio-pr-pm": re.compile(r"Querellas en este informe: (\d+)"),
    "penas-blancas-pr-pm": re.compile(r"Resumen: (\d+) querellas"),
}
HEADER = re.compile(r"^(?:FREDERIKSVALE POLICE|Daily Crime Bulletin|POLICÍA MUNICIPAL DE PEÑAS|Cuartel General|"
                    r"ST\. CROIX DISTRICT|ST\. THOMAS-ST\. JOHN DISTRICT|Incidents reported in|Anyone with).*$", re.M)
DAY_HEAD = re.compile(r"^[A-ZÁÉÍÓÚ][a-záéíóú]+, \d{1,2} de [a-z]+ de 2025$", re.M)


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
    """(id or None, text stretch, start offset) per block, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder == "frederiksvale-vi-pd":
            body = re.sub(r"\s+", " ", HEADER.sub("", text.split("\f")[0] + "\n" + "\n".join(
                text.split("\f")[1:]))).strip()
            c = VI_CASE.search(body)
            num = c.group(1) if c and not text.startswith("UPDATE") else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    return heads[-1].group(0) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "penas-blancas-pr-pm" and key == "reported_at":
                head = heading_date(t, pos)
                ok = head is not None and val == f"{head} {' '.join(text.split()[:2])}"
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs, allb):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "villa-coralina-pr-pm":
        # day-first dates: some day > 12, every DD/MM has month == the register's month; 12-hour Spanish times
        rows = re.findall(r"^VC-\d{5}-25 +(\d\d)/(\d\d)/2025 +(\d{1,2}):\d\d ([ap])\. m\. ", t, re.M)
        months = {mo for _, mo, _, _ in rows}
        ppr = re.findall(r"\(PPR (2025-3-\d{3}-\d{4})\)", t)
        bad = (len(rows) != len(ids) or len(months) != 1 or not any(int(d) > 12 for d, _, _, _ in rows)
               or any(int(h) > 12 for _, _, h, _ in rows) or {a for *_, a in rows} != {"a", "p"}
               or sorted(ppr) != sorted(n for _, n in rel(e, "ppr_querella")) or not ppr)
    if folder == "marbo-cove-gu-precinct":
        nor = sum(1 for b in allb if not b[0])
        m = re.search(r"Calls for service: (\d+) +Reports written: (\d+) +Calls without report: (\d+)", t)
        cads = [re.match(r"25-\d{6}", x).group(0) for num, x, _ in allb if num]
        bad = (nor < 5 or not m or int(m.group(1)) != len(allb) or int(m.group(3)) != nor
               or set(zip(ids, cads)) != rel(e, "cad_number"))
    if folder == "frederiksvale-vi-pd":
        ups = [b for b in allb if b[1].startswith("UPDATE")]
        upnums = re.findall(r"UPDATE - .*?\(Case #((?:SC|STT)25-\d{4})\)", re.sub(r"\s+", " ", t))
        series = {num[:2] for num in ids}
        k = re.search(r"\((\d+) updates on earlier cases, not counted\)", t)
        bad = (not k or int(k.group(1)) != len(ups) or len(ups) < 2 or len(upnums) != len(ups) or any(u in ids for u in upnums)
               or series != {"SC", "ST"} or not rel(e, "prior_case")
               or any(re.search(r"\(Case #(?:SC|STT)24-", re.sub(r"\s+", " ", x).split(num)[0]) is None
                      for num, x, _ in recs if any(r[0] == num for r in rel(e, "prior_case"))))
    if folder == "san-aurelio-pr-pm":
        roads = re.findall(r"Carr\. PR-(\d+)(?: int\.)? km (\d+\.\d)", t)
        multi = [s for s in e["sample_records"] if isinstance(s["type"], list)]
        semis = sum(1 for _, x, _ in recs if ";" in x.split("\n")[3])
        bad = len(roads) < 5 or semis < 3 or any(";".join(s["type"]) in ids for s in multi) or \
            any(x.split("\n")[2].split()[:1] != ["DELITO(S)"] for _, x, _ in recs)
    if folder == "penas-blancas-pr-pm":
        nov = [b for b in allb if not b[0]]
        m = re.search(r"Resumen: \d+ querellas y (\d+) novedades anotadas\.", t)
        seq = [int(n[:4]) for n in ids]
        bad = (len(nov) < 5 or not m or int(m.group(1)) != len(nov) or seq != list(range(seq[0], seq[0] + len(seq)))
               or any("placa" not in x or "tablilla" not in x for _, x, _ in recs)
               or {n for _, n in rel(e, "ppr_querella")} - set(re.findall(r"querella (2025-3-\d{3}-\d{4})", t)))
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
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        problems += check_numbers(pdf.name, t, e)
        allb = blocks(folder.name, t)
        recs = [b for b in allb if b[0]]
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs, allb)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs84.py"), tmp], check=True)
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
