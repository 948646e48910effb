"""Stand-alone check of the fortieth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Mesilla Verde and Rio Blanco dates come from the day or shift heading above the
record); size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must
give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import datetime
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "bahia-serena-pr-municipal-police": re.compile(r"^(?P<id>BSQ-2025-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "san-lazaro-del-rio-tx-pd": re.compile(r"^(?P<id>SLR25-\d{5}) +\d\d-\d\d-2025 \d\d:\d\d ", re.M),
    "mesilla-verde-county-nm-so": re.compile(r"^\d\d:\d\d horas\. ", re.M),
    "villa-paloma-az-pd": re.compile(r"^Case No\.: +(?P<id>VP-25-\d{5}) +Núm\. de caso: +(?P=id)$", re.M),
    "rio-blanco-county-tx-so": re.compile(r"^\d\d:\d\d +(?P<id>RB25-\d{5}) ", re.M),
}
MV_ID = re.compile(r"\(Caso\s+núm\.\s+(MV25-\d{4})\)")
TOTAL = {  # the document's own count of records
    "bahia-serena-pr-municipal-police": re.compile(r"Total complaints: (\d+)"),
    "san-lazaro-del-rio-tx-pd": re.compile(r"^ +TOTAL +(\d+)$", re.M),
    "mesilla-verde-county-nm-so": re.compile(r"Total de incidentes publicados: (\d+)"),
    "villa-paloma-az-pd": re.compile(r"Incidents this period: (\d+)"),
    "rio-blanco-county-tx-so": re.compile(r"TOTAL CALLS: (\d+)"),
}
MV_HEAD = re.compile(r"^[A-ZÁÉÍÓÚa-záéíóú]+, (\d{1,2}) de ([a-z]+) de (2025)$", re.M)
RB_HEAD = re.compile(r"^TURNO ([ABC]) / [ABC] SHIFT -- \S+ (\d\d)/(\d\d)/(2025) -- \S+ (\d\d)/(\d\d)/2025$", re.M)


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
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start() : end]
        if folder == "mesilla-verde-county-nm-so":
            ids = MV_ID.findall(text)
            out.append((ids[0] if len(ids) == 1 else f"?{len(ids)}", text, m.start()))
        else:
            out.append((m.group("id"), text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(folder, t, pos, time):
    """The record's calendar date as its sample prints it, from the last heading before pos."""
    if folder == "mesilla-verde-county-nm-so":
        heads = list(MV_HEAD.finditer(t, 0, pos))
        return f"{heads[-1].group(1)} de {heads[-1].group(2)} de {heads[-1].group(3)}" if heads else None
    heads = list(RB_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    h = heads[-1]
    d = datetime.date(int(h.group(4)), int(h.group(3)), int(h.group(2)))
    if h.group(1) == "C" and time < "06:00":  # shift C runs past midnight under the day it started
        d += datetime.timedelta(days=1)
    return d.strftime("%d/%m/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if key == "reported_at" and folder in ("mesilla-verde-county-nm-so", "rio-blanco-county-tx-so"):
                date, _, time = val.rpartition(" ")
                ok = text.split()[0] == time and heading_date(folder, t, pos, time) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "bahia-serena-pr-municipal-police":
        # cells printed twice: each related number is on the Spanish line and the English line
        for r in e["related_numbers"]:
            if t.count(r["number"]) != 2:
                problems.append(f"{name}: {r['number']} not printed on both language lines")
        if not all(re.search(r"^ {20,}\S", text, re.M) for _, text, _ in recs):
            problems.append(f"{name}: a record has no English second line")
    if folder == "san-lazaro-del-rio-tx-pd":
        summary = t[t.find("SUMMARY BY TYPE / RESUMEN POR TIPO") :]
        counts = [int(x) for x in re.findall(r"^ +[A-Z][^\d\n]+ / [^\d\n]+ +(\d+)$", summary, re.M)]
        if sum(counts) != len(ids) or len(counts) < 5:
            problems.append(f"{name}: summary-by-type counts add up to {sum(counts)}")
    if folder == "mesilla-verde-county-nm-so":
        heads = MV_HEAD.findall(t)
        if len(heads) != len(set(heads)) or len(heads) < 5 or any(m not in MESES for _, m, _ in heads):
            problems.append(f"{name}: day headings {len(heads)} repeated or not in Spanish")
    if folder == "villa-paloma-az-pd":
        for num in ids:
            if len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", t)) != 2:
                problems.append(f"{name}: {num} not printed in both halves")
    if folder == "rio-blanco-county-tx-so":
        rows = [
            len(START[folder].findall(t[h.end() : nxt]))
            for h, nxt in zip(RB_HEAD.finditer(t), [m.start() for m in RB_HEAD.finditer(t)][1:] + [len(t)])
        ]
        summary = [int(x) for x in re.findall(r"^ +\d\d/\d\d/2025 TURNO [ABC] +(\d+)$", t, re.M)]
        if rows != summary or sum(summary) != len(ids):
            problems.append(f"{name}: shift summary {summary} differs from rows per shift {rows}")
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
        if "[invented]" not in e["agency"] or len(e["sample_records"]) != 3:
            problems.append(f"{pdf.name}: agency not marked invented or not three samples")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: record pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs40.py"), tmp], check=True)
        made = {q.relative_to(tmp) for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated file set differs")
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
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
