"""Stand-alone check of the held-out set blind_logs114 (does not import prr).

The `pdftotext -layout` text is first read as a careful reader reads it (`careful()`): zero-width
characters dropped, soft hyphens read as hyphens, no-break and thin spaces as spaces, hyphen/dash/
minus variants as '-', full-width forms as ASCII, ligatures as their letters, superscript footnote
markers as a space (a marker, not a digit). On that text, for every PDF: sha256, bytes and pages
match groundtruth.json; record_count equals len(case_numbers) and is 40-150 with no duplicate id;
every case number and related number is printed at least as often as listed, and no number is
both; a layout-specific record-start pattern (which also starts the non-record stretches: VOID
rows, routine and follow-up entries, footnote areas) gives exactly the listed ids in order; the
document's own count equals record_count; every sample value is printed inside its own record's
stretch, its words in order; size < 200 KB; plus one check of each layout's trap, which also
requires the Unicode oddity to be present in the raw text. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUPS = "\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u2070"
LIGS = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def careful(t):
    t = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", t)
    t = re.sub("[\u00a0\u2007\u2009\u202f]", " ", t)
    t = re.sub("[\u00ad\u2010-\u2015\u2212\ufe63]", "-", t)
    t = re.sub("[\uff01-\uff5e]", lambda m: chr(ord(m.group()) - 0xFEE0), t)
    t = re.sub("[\ufb00-\ufb04]", lambda m: LIGS[m.group()], t)
    return re.sub(f"[{SUPS}]", " ", t)


START = {
    "quarrel-bay-ca-pd": re.compile(
        r"^(?:(?P<id>QB25-\d{6}) +25-\d{6} +\d\d/\d\d/2025 \d\d:\d\d |QB25-\d{6} +VOID )", re.M),
    "lowther-county-ks-so": re.compile(r"^Case No\.: (?P<id>LC-25-\d{4}) +Reported: ", re.M),
    "ashgrove-vt-pd": re.compile(r"^\d\d/\d\d/2025 \d{4} hrs - (?:(?P<id>AG25-\d{4}) - )?", re.M),
    "morrow-falls-id-pd": re.compile(r"^(?:\d+\. +Report (?P<id>25-\d{5}) ?,|_{30}$)", re.M),
    "hadley-township-mi-pd": re.compile(r"^(?P<id>HT-25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
}
TOTAL = {
    "quarrel-bay-ca-pd": re.compile(r"Incidents: (\d+) "),
    "lowther-county-ks-so": re.compile(r"Calls with case numbers this month: (\d+) "),
    "ashgrove-vt-pd": re.compile(r"Case numbers issued [\d/-]+: (\d+)\."),
    "morrow-falls-id-pd": re.compile(r"Reports in this digest: (\d+) \("),
    "hadley-township-mi-pd": re.compile(r"Records printed: (\d+) "),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, n, e):
    problems = []
    flat = re.sub(r"\s+", " ", n)
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


def blocks(folder, n):
    """(id or None, text stretch, start offset) per stretch of the careful text, in print order."""
    starts = list(START[folder].finditer(n))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(n), m.start() + 1500)
        out.append((m.group("id"), n[m.start():end], m.start()))
    return out


def records(folder, n):
    return [b for b in blocks(folder, n) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not in_order(careful(val).split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def owner(recs, pos):
    """id of the last record stretch starting before offset pos."""
    return max(((p, num) for num, _, p in recs if p < pos), default=(None, None))[1]


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about (t is the raw pdftotext text)."""
    n = careful(t)
    ids, bad = e["case_numbers"], False
    if folder == "quarrel-bay-ca-pd":
        full = re.findall(r"^QB[\uff10-\uff19]{2}-[\uff10-\uff19]{6} ", t, re.M)
        ascii_ = re.findall(r"^QB25-\d{6} +25-", t, re.M)
        voids = re.findall(r"^(QB25-\d{6}) +VOID ", n, re.M)
        cads = set(re.findall(r"^(QB25-\d{6}) +(25-\d{6}) +\d\d/", n, re.M))
        m = re.search(r"Voided numbers: (\d+) ", n)
        rel_nums = {r["number"] for r in e["related_numbers"]}
        bad = (len(full) < 10 or len(ascii_) < 10 or len(full) + len(ascii_) != len(ids) or not voids
               or not m or int(m.group(1)) != len(voids) or any(v in ids or v in rel_nums for v in voids)
               or cads != rel(e, "cad_event") or not re.search("[\ufb00-\ufb04]", t))
    if folder == "lowther-county-ks-so":
        zw = re.findall(r"^Case No\.: LC\u200b-25\u200b-\d{4} +Reported:", t, re.M)
        plain = re.findall(r"LC-25-\d{4}", t)
        cont = [(m.group(1), m.start()) for m in re.finditer(r"^Case No\.: (LC-25-\d{4}) \(continued\)$", n, re.M)]
        khp = {(owner(recs, m.start()), m.group(1))
               for m in re.finditer(r"Highway Patrol, their case (KHP-25-\d{6})", n)}
        bad = (len(zw) != len(ids) or plain or not cont or any(owner(recs, p) != c for c, p in cont)
               or khp != rel(e, "other_agency_case") or "\u00ad\n" not in t)
    if folder == "ashgrove-vt-pd":
        minus = re.findall(r"AG25\u2212\d{4}", t)
        hy = re.findall(r"AG2[45]-\d{4}", t)
        allb = blocks(folder, n)
        routine = [b for b in allb if not b[0] and "Follow-up on" not in b[1][:40]]
        fol = [(m.group(1), m.start()) for m in re.finditer(r"^\d\d/\d\d/2025 \d{4} hrs - Follow-up on (AG25-\d{4}):", n, re.M)]
        first = {num: p for num, _, p in reversed(recs)}
        earlier = {(owner(recs, m.start()), m.group(1)) for m in re.finditer(r"Related to (AG24-\d{4}) ", n)}
        bad = (len(minus) < len(ids) or hy or len(routine) < 10 or len(fol) < 3
               or any(c not in first or first[c] > p for c, p in fol) or earlier != rel(e, "earlier_case"))
    if folder == "morrow-falls-id-pd":
        sups = SUPS[:9]
        marked, noted = [], []
        for page in t.split("\f"):
            body = re.findall(rf"Report (25-\d{{5}})([{sups}]),", page)
            foot = re.findall(rf"^([{sups}]) (?:Evidence logged on property receipt (PR-25-\d{{4}})|"
                              rf"Same address as report (24-\d{{5}}))", page, re.M)
            bad |= [s for _, s in body] != list(sups[:len(body)]) or [f[0] for f in foot] != [s for _, s in body]
            marked += [num for num, _ in body]
            noted += [f[1] or f[2] for f in foot]
        paras = [int(x) for x in re.findall(r"^(\d+)\. +Report ", n, re.M)]
        bad |= (len(marked) < 5 or set(zip(marked, noted)) != rel(e, "property_receipt") | rel(e, "earlier_case")
                or paras != list(range(1, len(ids) + 1)))
    if folder == "hadley-township-mi-pd":
        dashes = {m.group(1) for m in re.finditer(r"^HT(\S)25\1\d{5} ", t, re.M)}
        rows = [re.findall(r"HT-25-\d{5}", m.group()) for m in
                re.finditer(r"^HT-25-\d{5} +\d\d/\d\d/2025 \d\d:\d\d .*$", n, re.M)]
        prior = {(x[0], x[1]) for x in rows if len(x) == 2}
        bad = any(len(x) > 2 for x in rows)
        notes = re.findall(r"^ {20,}Note: ", n, re.M)
        m = re.search(r"Rows with a note line: (\d+)", n)
        bad |= (len(dashes) < 5 or prior != rel(e, "prior_incident") or not m or int(m.group(1)) != len(notes)
               or len(notes) < 5)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        n = careful(t)
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
        problems += check_numbers(pdf.name, n, e)
        recs = records(folder.name, n)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(n)]
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs114.py"), tmp], check=True)
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
