"""Stand-alone check of the held-out set blind_logs128 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern, applied to the text before the cross-reference index (it also finds the
non-record stretches: Varro's patrol-notes paragraphs, Tamber's cross-listed boundary items), gives
exactly the listed ids in order; the document's own grand total equals record_count; the index at
the end prints every id exactly once; every sample value is printed inside its own record's stretch
of text, its words in order; size < 200 KB; plus one check of each layout's trap (CAD column and
subtotals; page-spanning blocks and index page numbers; patrol notes and earlier cases; boundary
cross-listings; index lines shaped like records). With --regen, regenerating must give identical
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
    "orlan-county-wa-so": re.compile(r"^E\d{6}-\d{4} +(?P<id>25-\d{6}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "kessle-county-or-so": re.compile(r"^Case Number: (?P<id>KC25-\d{5}) +Reported: ", re.M),
    "varro-county-ca-sd": re.compile(r"^(?:On \d\d/\d\d/2025 at \d{4} \(case (?P<id>S25-\d{5})\),|Patrol notes:)", re.M),
    "tamber-county-id-so": re.compile(r"^(?P<item>\d+)\. +Case (?:(?P<id>25-\d{5}) - \d\d/\d\d/2025 |25-\d{5} - see )", re.M),
    "brannock-county-nv-so": re.compile(r"^(?P<id>B25-\d{6}) +\d\d/\d\d/\d\d \d{4} +RD\d{4} +UCR ", re.M),
}
INDEX = {  # heading of the cross-reference index at the end
    "orlan-county-wa-so": "CROSS-REFERENCE INDEX BY BEAT",
    "kessle-county-or-so": "INDEX BY CITY (case number - page)",
    "varro-county-ca-sd": "CROSS-REFERENCE BY BEAT",
    "tamber-county-id-so": "INDEX BY BEAT",
    "brannock-county-nv-so": "INDEX BY REPORTING DISTRICT",
}
ID_RE = {
    "orlan-county-wa-so": r"25-\d{6}", "kessle-county-or-so": r"KC25-\d{5}", "varro-county-ca-sd": r"S25-\d{5}",
    "tamber-county-id-so": r"25-\d{5}", "brannock-county-nv-so": r"B25-\d{6}",
}
TOTAL = {  # the document's own grand total
    "orlan-county-wa-so": re.compile(r"GRAND TOTAL ALL CONTRACT AREAS: (\d+) cases"),
    "kessle-county-or-so": re.compile(r"ALL CONTRACT AREAS - incidents this report: (\d+)"),
    "varro-county-ca-sd": re.compile(r"Incidents summarized, all contract areas: (\d+)"),
    "tamber-county-id-so": re.compile(r"TOTAL INCIDENTS, ALL SECTIONS: (\d+)"),
    "brannock-county-nv-so": re.compile(r"\*\*\* GRAND TOTAL ALL AREAS +(\d+)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def split(folder, t):
    """(body, index) at the index heading."""
    i = t.find(INDEX[folder])
    return (t, "") if i < 0 else (t[:i], t[i:])


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
    """(id or None, text stretch, start offset, match) per stretch of the body, in print order."""
    body, _ = split(folder, t)
    starts = list(START[folder].finditer(body))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(body), m.start() + 1500)
        out.append((m.group("id"), body[m.start():end], m.start(), m))
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
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def sections(body, head_re, total_re):
    """[(name, printed subtotal, stretch)] per section: from its heading to its subtotal line."""
    out = []
    for m in re.finditer(head_re, body, re.M):
        tm = re.compile(total_re(m)).search(body, m.end())
        out.append((m.group(1), int(tm.group(1)) if tm else -1, body[m.end():tm.start()] if tm else ""))
    return out


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    body, index = split(folder, t)
    grand = TOTAL[folder].search(t)
    grand = int(grand.group(1)) if grand else -1
    if folder == "orlan-county-wa-so":
        rows = re.findall(r"^E(\d\d)(\d\d)(\d\d)-\d{4} +(25-\d{6}) +(\d\d)/(\d\d)/20(\d\d) ", body, re.M)
        cads = set(re.findall(r"^(E\d{6}-\d{4}) +(25-\d{6}) ", body, re.M))
        secs = sections(body, r"^CONTRACT AREA: (.+?) +\(",
                        lambda m: rf"Subtotal {re.escape(m.group(1))}: (\d+) cases")
        bad = ({(i, c) for c, i in cads} != rel(e, "cad_event") or any(c in ids for c, _ in cads)
               or any((y, mo, da) != (y2, mo2, d2) for y, mo, da, _, mo2, d2, y2 in rows)
               or len(secs) != 4 or sum(n for _, n, _ in secs) != grand
               or any(n != len(START[folder].findall(s)) for _, n, s in secs))
        for m in re.finditer(r"^Beat (\w+) \((.+?)\) - (\d+) cases:\n((?: {6}.*\n)+)", index, re.M):
            nums = re.findall(ID_RE[folder], m.group(4))
            beat_of = dict(re.findall(r"^E\d{6}-\d{4} +(25-\d{6}) +\S+ \S+ +(\w+) ", body, re.M))
            bad |= len(nums) != int(m.group(3)) or any(beat_of.get(x) != m.group(1) for x in nums)
    if folder == "kessle-county-or-so":
        page_of = {num: t.count("\f", 0, pos) + 1 for num, _, pos in recs}
        idx = re.findall(r"^ *(KC25-\d{5}) +page (\d+)$", index, re.M)
        spanning = sum(1 for _, text, _ in recs if "\f" in text.strip())
        secs = sections(body, r"^=== (.+) ===$", lambda m: rf"{re.escape(m.group(1))} - incidents this section: (\d+)")
        bad = (len(idx) != len(ids) or any(page_of.get(x) != int(p) for x, p in idx) or spanning < 3
               or len(secs) != 3 or sum(n for _, n, _ in secs) != grand
               or any(n != len(START[folder].findall(s)) for _, n, s in secs))
    if folder == "varro-county-ca-sd":
        notes = [b for b in blocks(folder, t) if not b[0]]
        flat = re.sub(r"\s+", " ", body)
        earlier = {(m.group(1), m.group(2)) for m in re.finditer(
            r"\(case (S25-\d{5})\)(?:(?!\(case ).)*? related to case (S25-\d{5}) from last month", flat)}
        secs = re.findall(r"^(\w[\w ]*?) incidents summarized: (\d+)$", body, re.M)
        bad = (len(notes) != 3 or any(re.search(ID_RE[folder], b[1]) for b in notes)
               or earlier != rel(e, "earlier_case") or len(earlier) < 3 or any(p in ids for _, p in earlier)
               or sum(int(n) for _, n in secs) != grand or len(secs) != 3)
    if folder == "tamber-county-id-so":
        heads = [(m.group(1), m.start()) for m in re.finditer(r"^(I|II|III|IV)\. [A-Z ]+$", body, re.M)]
        where = {}
        for k, (roman, pos) in enumerate(heads):
            end = heads[k + 1][1] if k + 1 < len(heads) else len(body)
            part = body[pos:end]
            items = [(int(m.group("item")), m.group("id")) for m in START[folder].finditer(part)]
            bad |= [i for i, _ in items] != list(range(1, len(items) + 1))
            for i, num in items:
                if num:
                    where[num] = (roman, i)
            tm = re.search(rf"^Section {roman} total: (\d+) incidents", part, re.M)
            bad |= not tm or int(tm.group(1)) != sum(1 for _, n in items if n)
        cross = re.findall(r"^\d+\. +Case (25-\d{5}) - see (I|II|III|IV)\. .+?, item (\d+) \(boundary", body, re.M)
        bad |= (len(cross) < 5 or len(where) != len(ids)
                or any(where.get(x) != (roman, int(i)) for x, roman, i in cross))
        for x, roman, i in re.findall(r"(25-\d{5}) \((I|II|III|IV)-(\d+)\)", index):
            bad |= where.get(x) != (roman, int(i))
    if folder == "brannock-county-nv-so":
        rec_date = dict(re.findall(r"^(B25-\d{6}) +(\d\d/\d\d/\d\d \d{4}) +RD", body, re.M))
        idx = re.findall(r"^(B25-\d{6}) +(\d\d/\d\d/\d\d \d{4}) +.+? +AREA (\d\d)$", index, re.M)
        totals = [int(x) for x in re.findall(r"\*\* AREA \d\d TOTAL +(\d+)", body)]
        bad = (len(idx) != len(ids) or any(rec_date.get(x) != dt for x, dt, _ in idx)
               or len(totals) != 4 or sum(totals) != grand)
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
        _, index = split(folder.name, t)
        in_index = re.findall(rf"(?<![\w-]){ID_RE[folder.name]}(?![\w-])", index)
        if sorted(in_index) != sorted(ids):
            problems.append(f"{pdf.name}: the index prints {len(in_index)} ids, not each listed id once")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs128.py"), tmp], check=True)
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
