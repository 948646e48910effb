"""Stand-alone check of the held-out set blind_logs148 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: watch headings, code-section
headings, the corrections section, closing lines) gives exactly the listed ids in order; the
document's own count equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order; size < 200 KB; accented letters extract; plus one check of each
layout's trap. With --regen, regenerating must give identical files.
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
CODES = r"(?:PC|VC|HS|WI)"
SEC_NF = rf"\d+(?:\.\d+)?(?:\([a-z0-9]+\))* {CODES}"  # number first: 459 PC, 14601.1(a) VC

# stretch-start patterns read off the text (not used by prr); a match without an id starts a stretch
# that is not a record
START = {
    "vistamar-ca-pd": re.compile(r"^ *(?:(?P<id>26-\d{5}) +\d\d/\d\d/26 \d{4} |Total incidents: )", re.M),
    "san-teodoro-ca-pd": re.compile(
        r"^ *(?:Número de caso / Case No\.: (?P<id>ST26-\d{6}) *$|Total de llamadas / Total calls)", re.M),
    "puerto-delgado-ca-pd": re.compile(
        r"^ *(?:(?P<rec>\d{4}) hrs \u2014 |(?P<head>[A-Z][a-z]+day, [A-Z][a-z]+ \d+, 2026 \u2014 [A-Za-z]+ Watch)"
        r"|End of log)", re.M),
    "alamar-ca-pd": re.compile(
        r"^ *(?:(?P<n>\d+)\. +Caso / Case (?P<id>2026-\d{5}) |Correcciones / Corrections *$"
        r"|Corrección al punto (?P<cn>\d+) )", re.M),
    "bahia-seca-ca-pd": re.compile(
        rf"^ *(?:(?P<id>BS-26-\d{{5}}) +\d\d/\d\d/26 \d\d:\d\d |(?P<head>{CODES} \S+ \u2014 .*\((?P<cnt>\d+)\)) *$"
        r"|Entries listed: )", re.M),
}
TOTAL = {  # the document's own count of records
    "vistamar-ca-pd": re.compile(r"Total incidents: (\d+) \("),
    "san-teodoro-ca-pd": re.compile(r"Total de llamadas / Total calls: (\d+)"),
    "puerto-delgado-ca-pd": re.compile(r"End of log \u2014 5 days, \d+ watches, (\d+) reports\."),
    "alamar-ca-pd": re.compile(r"Este boletín incluye (\d+) incidentes\. / This bulletin lists \1 incidents\."),
    "bahia-seca-ca-pd": re.compile(r"Distinct incidents: (\d+)\."),
}
ACCENTS = {  # words with accents each PDF prints, which must come out of pdftotext as they were drawn
    "vistamar-ca-pd": ["VÍA ALONDRA"],
    "san-teodoro-ca-pd": ["Número de caso", "Ubicación", "Resolución", "continúa", "día/mes/año"],
    "puerto-delgado-ca-pd": ["Bitácora", "víctima"],
    "alamar-ca-pd": ["POLICÍA", "Boletín", "Corrección", "Agresión física"],
    "bahia-seca-ca-pd": ["BAHÍA", "sección del código", "Parque Los Álamos"],
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
    """(id or None, text stretch, start offset, match) per stretch, in print order. In the watch
    commander's log the id is the `DR` number at the end of a paragraph, so it is read from the stretch."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        num = m.groupdict().get("id")
        if m.groupdict().get("rec"):
            dr = re.findall(r"(?<![\w-])DR\s+(26-\d{5})\.", text)
            num = dr[0] if len(dr) == 1 else "?"
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """(id, stretch, start) per record. In the code-section listing the stretch is prefixed with its
    section heading, and an incident printed under two headings is one record whose stretches join."""
    if folder != "bahia-seca-ca-pd":
        return [b[:3] for b in blocks(folder, t) if b[0]]
    out, head = {}, ""
    for num, text, start, m in blocks(folder, t):
        if m.group("head"):
            head = m.group("head")
        elif num:
            if num in out:
                out[num] = (num, out[num][1] + "\n" + head + "\n" + text, out[num][2])
            else:
                out[num] = (num, head + "\n" + text, start)
    return list(out.values())


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
            for v in val if isinstance(val, list) else [val]:
                if not in_order(v.split(), text.split()):
                    problems.append(f"{name}: sample {s['case_number']} {key}: {v!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    bad |= [num for num, _, _ in recs] != ids
    samples = {s["case_number"]: s for s in e["sample_records"]}
    if folder == "vistamar-ca-pd":
        rows = re.findall(r"^ *(26-\d{5}) +\d\d/\d\d/26 \d{4} +(\S+ \S+) {2,}", t, re.M)
        conts = re.findall(rf"^ {{20,}}(\S+ {CODES}) {{2,}}\S", t, re.M)
        total = re.findall(r"Total incidents: \d+ \((\d+) charges listed\)", t)
        bad |= (any(not re.fullmatch(SEC_NF, s) for _, s in rows) or any(not re.fullmatch(SEC_NF, s) for s in conts)
                or [x for x, _ in rows] != ids or total != [str(len(rows) + len(conts))] or len(conts) < 5
                or any(s.split()[0] in ids for _, s in rows))
        for num, text, _ in recs:  # a record's further charges are its continuation rows
            if num in samples:
                want = samples[num]["type"]
                bad |= len(re.findall(rf"(?:^| ){SEC_NF}(?= )", text, re.M)) != (
                    len(want) if isinstance(want, list) else 1)
    if folder == "san-teodoro-ca-pd":
        conts = list(re.finditer(r"Case No\.: (ST26-\d{6}) \(continuación / continued\)", t))
        for c in conts:
            own = [(num, text, start) for num, text, start in recs if start <= c.start() < start + len(text)]
            if len(own) != 1 or own[0][0] != c.group(1):
                bad = True
                continue
            before = t[own[0][2]:c.start()]
            bad |= "continúa en la página siguiente / continued on next page" not in before or "\f" not in before
        for num, text, _ in recs:  # noqa: B007
            bad |= text.count("Fecha y hora / Date and time: ") != 1 or text.count("Resolución / Disposition: ") != 1
        bad |= len(conts) < 2 or len(re.findall(r"Case No\.: ST26-", t)) != len(ids) + len(conts)
    if folder == "puerto-delgado-ca-pd":
        watches, cur, books = [], None, set()
        for num, text, _, m in blocks(folder, t):
            if m.group("head"):
                s = re.search(r"Calls for service: (\d+)\. Reports taken: (\d+)\. Arrests: (\d+)\.", text)
                cur = [int(s.group(1)), int(s.group(2)), int(s.group(3)), 0, 0] if s else [0, -1, -1, 0, 0]
                watches.append(cur)
                continue
            if not m.group("rec"):
                continue
            cur[3] += 1
            flat = re.sub(r"\s+", " ", text)
            b = re.findall(r"Booking No\. (\d{7})\. DR ", flat)
            cur[4] += len(b)
            books |= {(num, x) for x in b}
            bad |= not re.search(rf"Disposition: [^.]+\.(?: Booking No\. \d{{7}}\.)? DR {num}\.", flat)
            bad |= bool(b) != ("Disposition: Arrest." in flat)
        bad |= (len(watches) != 15 or any(w[1] != w[3] or w[2] != w[4] or w[0] <= w[1] for w in watches)
                or books != rel(e, "booking") or len(books) < 3 or any(x in ids for _, x in books))
    if folder == "alamar-ca-pd":
        bl = blocks(folder, t)
        nums = [int(m.group("n")) for num, _, _, m in bl if num]
        corr = [(int(m.group("cn")), text) for _, text, _, m in bl if m.group("cn")]
        for i, text in corr:
            flat = re.sub(r"\s+", " ", text)
            c = re.findall(r"Caso / Case (2026-\d{5}) ", flat)
            bad |= (not 1 <= i <= len(ids) or c != [ids[i - 1]] or "(corregido / corrected)" not in flat
                    or ids[i - 1] in samples)
        bad |= (nums != list(range(1, len(ids) + 1)) or len(corr) < 2
                or len(re.findall(r"Caso / Case 2026-", t)) != len(ids) + len(corr))
    if folder == "bahia-seca-ca-pd":
        heads, entries, cur, listed = [], [], None, None
        for num, text, _, m in blocks(folder, t):
            if m.group("head"):
                cur = [m.group("head"), int(m.group("cnt")), 0]
                heads.append(cur)
            elif num:
                cur[2] += 1
                entries.append((cur[0], num))
            else:
                listed = re.findall(r"Entries listed: (\d+)\. Distinct", text)
        first = list(dict.fromkeys(num for _, num in entries))
        twice = [num for num in first if sum(x == num for _, x in entries) == 2]
        bad |= (any(h[1] != h[2] for h in heads) or listed != [str(len(entries))] or first != ids
                or len(set(entries)) != len(entries) or len(twice) < 5 or len(entries) != len(ids) + len(twice)
                or any(sum(x == num for _, x in entries) > 2 for num in first))
        for num, s in samples.items():
            bad |= isinstance(s["type"], list) != (num in twice)
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
        if pages != e["pages"] or not 2 <= pages <= 10:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        for w in ACCENTS[folder.name]:
            if w not in t:
                problems.append(f"{pdf.name}: {w!r} does not extract")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs148.py"), tmp], check=True)
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
    total = 0
    for folder in folders:
        problems += check(folder)
        total += sum(e["record_count"] for e in json.loads((folder / "groundtruth.json").read_text()))
    if not 200 <= total <= 450:
        problems.append(f"{total} records in all, expected 200-450")
    print(f"{total} records in all")
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
