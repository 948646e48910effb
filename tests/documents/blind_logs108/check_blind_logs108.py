"""Stand-alone check of the held-out set blind_logs108 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the stretches that are not records: voided numbers,
notices and updates, category headings) gives exactly the listed ids in order (Campo Lindo's
status lines and Mesa de Oro's repeated rows collapse to their first appearance); the document's
own count equals record_count; every sample value is printed inside its own record's stretch of
text, its words in order (Nogal and Campo Lindo dates come from the day heading above); size
< 200 KB; plus one check of each layout's trap. With --regen, regenerating must give identical
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
# stretch that is not a record
START = {
    "puerta-del-sol-ca-pd": re.compile(r"^(?P<id>PS25-\d{5}) +\d\d/\d\d/2025 +\d\d:\d\d ", re.M),
    "villa-arboleda-ca-pd": re.compile(
        r"^Número de caso: (?:VA25-\d{5} +NÚMERO ANULADO|(?P<id>VA25-\d{5}) +Folio de despacho: \d{10}$)", re.M),
    "nogal-county-ca-so": re.compile(
        r"^(?P<par>\d+)\. (?:(?P<time>\d\d:\d\d) (?:h|hrs) - (?:Caso|Case) (?P<id>NC25-\d{6})\.)?", re.M),
    "campo-lindo-ca-pd": re.compile(
        r"^(?P<time>\d\d:\d\d) +(?P<id>25-\d{6}) +(?:(?P<unit>\d[AB]\d\d) +)?"
        r"(?P<st>RECIBIDA|ASIGNADA|EN ESCENA|CERRADA)\b(?P<rest>.*)$", re.M),
    "mesa-de-oro-ca-pd": re.compile(
        r"^(?:(?P<head>[A-ZÁÉÍÓÚÑ ]+) / [A-Z ]+ - (?P<n>\d+) renglones / rows$|"
        r"(?P<id>MO-\d{6}) +(?:lun|mar|mié|jue|vie|sáb|dom)\. +\d\d/\d\d/2025 +\d\d:\d\d )", re.M),
}
REPEATS = {"campo-lindo-ca-pd", "mesa-de-oro-ca-pd"}  # one record printed in several stretches
TOTAL = {  # the document's own count of records
    "puerta-del-sol-ca-pd": re.compile(r"Total de casos / Total cases: (\d+)"),
    "villa-arboleda-ca-pd": re.compile(r"Casos registrados: (\d+)"),
    "nogal-county-ca-so": re.compile(r"Incidents with case numbers: (\d+)"),
    "campo-lindo-ca-pd": re.compile(r"Incidentes: (\d+) "),
    "mesa-de-oro-ca-pd": re.compile(r"Distinct cases: (\d+) "),
}
NOGAL_DAY = re.compile(r"^([A-ZÁÉÍÓÚ][a-záéíóú]+ \d{1,2} de [a-z]+ de 2025) / [A-Z][a-z]+day, ", re.M)
CAMPO_DAY = re.compile(r"^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo) (\d\d/\d\d/2025)$", re.M)


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


def stretches(folder, t):
    """(id or None, text stretch, start offset, match) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    """(id, text, offset) per record in order of first appearance; Campo Lindo's text is all its lines."""
    recs, seen = [], {}
    for num, text, pos, m in stretches(folder, t):
        if not num:
            continue
        if folder == "campo-lindo-ca-pd":
            text = m.group(0)
        if num in seen and folder in REPEATS:
            if folder == "campo-lindo-ca-pd":
                i = seen[num]
                recs[i] = (num, recs[i][1] + "\n" + text, recs[i][2])
            continue
        seen[num] = len(recs)
        recs.append((num, text, pos))
    return recs


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_before(rx, t, pos):
    heads = list(rx.finditer(t, 0, pos))
    return heads[-1].group(1) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "nogal-county-ca-so" and key == "reported_at":
                date, time = val.rsplit(" ", 1)
                ok = text.split()[1] == time and heading_before(NOGAL_DAY, t, pos) == date
            elif folder == "campo-lindo-ca-pd" and key == "reported_at":
                date, time = val.split(" ")
                first = text.splitlines()[0]
                ok = first.split()[0] == time and "RECIBIDA" in first and heading_before(CAMPO_DAY, t, pos) == date
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
    if folder == "puerta-del-sol-ca-pd":
        # day-first dates: every row's month is November, days within the file's half month, some > 12
        dates = [(int(a), int(b)) for a, b in re.findall(r"^PS25-\d{5} +(\d\d)/(\d\d)/2025 ", t, re.M)]
        half = range(1, 16) if "del 1 al 15 de noviembre" in t else range(16, 31)
        bad = (len(dates) != len(ids) or any(mo != 11 or dd not in half for dd, mo in dates)
               or not any(dd > 12 for dd, _ in dates) or "día/mes/año" not in t)
        # a row running over a page break: after a page's column titles, the first line is a continuation
        conts = re.findall(r"^Case No\. +Date \(d/m/y\).*\n_{20,}\n( +\S.*)$", t, re.M)
        bad |= not conts
    if folder == "villa-arboleda-ca-pd":
        void = re.findall(r"^Número de caso: (VA25-\d{5}) +NÚMERO ANULADO$", t, re.M)
        m = re.search(r"Números anulados: (\d+)", t)
        cited = set(re.findall(r"(?:Relacionado\s+con\s+el\s+caso|See\s+also\s+case)\s+(VA25-\d{5})\.", t))
        rel_nums = {r["number"] for r in e["related_numbers"]}
        bad = (not m or int(m.group(1)) != len(void) or void != e.get("voided_numbers") or len(void) < 2
               or any(v in ids or v in rel_nums for v in void)
               or len(cited) < 3 or cited != {n for _, n in rel(e, "related_case")} or cited & set(ids))
    if folder == "nogal-county-ca-so":
        st = stretches(folder, t)
        pars = [int(m.group("par")) for _, _, _, m in st]
        par_of = {m.group("id"): int(m.group("par")) for _, _, _, m in st if m.group("id")}
        ups = [(int(mm.group(1)), mm.group(2), int(mm.group(3))) for mm in re.finditer(
            r"^(\d+)\. ACTUALIZACIÓN / UPDATE - caso (NC25-\d{6}) \(párrafo (\d+)\):", t, re.M)]
        notes = re.findall(r"^\d+\. AVISO", t, re.M)
        m = re.search(r"Paragraphs: (\d+)", t)
        bad = (pars != list(range(1, len(pars) + 1)) or not m or int(m.group(1)) != len(pars)
               or len(pars) != e.get("paragraphs") or len(ups) != e.get("update_paragraphs") or len(ups) < 2
               or len(notes) != e.get("notice_paragraphs") or len(notes) < 2
               or len(pars) != len(ids) + len(ups) + len(notes)
               or any(c not in par_of or par_of[c] != q or q >= p for p, c, q in ups))
    if folder == "campo-lindo-ca-pd":
        lines = [(m.group("id"), m.group("st")) for m in START[folder].finditer(t)]
        m = re.search(r"Líneas de estado: (\d+)", t)
        by = {}
        for i, (num, st) in enumerate(lines):
            by.setdefault(num, []).append((i, st))
        inter = sum(1 for num, v in by.items() if any(lines[j][0] != num for j in range(v[0][0], v[-1][0])))
        bad = (not m or int(m.group(1)) != len(lines) or len(lines) != e.get("status_lines")
               or any(v[0][1] != "RECIBIDA" or v[-1][1] != "CERRADA"
                      or [s for _, s in v].count("RECIBIDA") != 1 or [s for _, s in v].count("CERRADA") != 1
                      or len(v) < 4 for v in by.values())
               or inter < 10 or set(by) != set(ids))
    if folder == "mesa-de-oro-ca-pd":
        st = stretches(folder, t)
        rows, sec, counts = [], None, {}
        for num, text, _, mm in st:
            if mm.group("head"):
                sec = mm.group("head")
                counts[sec] = [int(mm.group("n")), 0]
                continue
            counts[sec][1] += 1
            note = re.search(r"también en / also in: ([A-ZÁÉÍÓÚÑ ]+?)\s*$", text.split("\n", 1)[1] if "\n" in text
                             else "", re.M)
            row = re.sub(r"\s+", " ", mm.group(0))
            rows.append((num, sec, note.group(1) if note else None, row.split(" ", 1)[1]))
        m = re.search(r"Renglones / Rows: (\d+)", t)
        by = {}
        for num, s, note, when in rows:
            by.setdefault(num, []).append((s, note, when))
        rep = [v for v in by.values() if len(v) > 1]
        bad = (not m or int(m.group(1)) != len(rows) or len(rows) != e.get("rows")
               or any(a != b for a, b in counts.values()) or len(rep) < 5
               or any(len(v) != 2 or v[0][1] != v[1][0] or v[1][1] != v[0][0] or v[0][2] != v[1][2] for v in rep)
               or any(len(v) == 1 and v[0][1] for v in by.values()))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs108.py"), tmp], check=True)
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
