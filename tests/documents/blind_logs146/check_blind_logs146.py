"""Stand-alone check of the held-out set blind_logs146 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id, related number and non-record
number is in the `pdftotext -layout` text at least as often as listed, and no number is both an id
and another kind; a layout-specific entry-start pattern (which also finds the entries that are not
records: supplements, follow-ups, amendments, voids, corrections, day headings, closing lines) gives
exactly the listed ids in order; the document's own count equals record_count; every sample value is
printed inside its own record's stretch of text, its words in order; size < 200 KB; plus one check of
each layout's trap. With --regen, regenerating must give identical files.
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

# entry-start patterns read off the text (not used by prr)
START = {
    "harlow-creek-wi-pd": re.compile(
        r"^ *(?:(?P<num>25-\d{6}) +(?P<kind>ORIG|SUPP \d) +\d\d/\d\d \d\d:\d\d +\d\d/\d\d/25 \d\d:\d\d|Entries listed:)",
        re.M),
    "kestrel-county-id-so": re.compile(
        r"^ *(?:Entry No\. (?P<entry>\d{5}) +Status: (?P<kind>ORIGINAL|AMENDED)|\d+ entries exported:)", re.M),
    "marlowe-nh-pd": re.compile(
        r"^ *(?:Case (?P<num>25-\d{4})\. Reported |(?P<kind>Follow-up to Case|Case number) (?P<other>25-\d{4})[ ,]"
        r"|[A-Z][a-z]+day, [A-Z][a-z]+ \d+, 2025$|End of log)", re.M),
    "nettleford-ks-pd": re.compile(
        r"^ *(?:(?P<n>\d+)\. +Incident #(?P<num>25-\d{5}) \u2014|Corrections to earlier editions$|Correction: Incident)",
        re.M),
    "penwick-ny-pd": re.compile(
        r"^ *(?:(?P<seq>\d{4}) (?P<dt>\d\d/\d\d/25 \d\d:\d\d) (?P<kind>NEW|SUP|AMD|VOID) +(?P<num>P25-\d{5}) "
        r"|---- [A-Z]+DAY |END OF JOURNAL)", re.M),
}
TOTAL = {  # the document's own count of records
    "harlow-creek-wi-pd": re.compile(r"incidents: (\d+), supplemental entries"),
    "kestrel-county-id-so": re.compile(r"(\d+) original reports"),
    "marlowe-nh-pd": re.compile(r"End of log \u2014 (\d+) cases;"),
    "nettleford-ks-pd": re.compile(r"This log lists (\d+) incidents"),
    "penwick-ny-pd": re.compile(r"INCIDENTS \(NEW LESS VOIDED\): (\d+)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def others(e):
    return [r["number"] for r in e["related_numbers"]] + [r["number"] for r in e.get("non_record_numbers", [])]


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    other = others(e)
    for num in set(ids + other):
        want = ids.count(num) + other.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(other) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related or non-record number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def voided(t):
    return set(re.findall(r"^ *\d{4} \S+ \S+ VOID +(P25-\d{5}) ", t, re.M))


def blocks(folder, t):
    """(id or None, text stretch, start offset, match) per entry, in print order; id is None for
    entries that are not records."""
    starts = list(START[folder].finditer(t))
    void = voided(t) if folder == "penwick-ny-pd" else set()
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        g = m.groupdict()
        num = None
        if folder == "harlow-creek-wi-pd":
            num = g["num"] if g["kind"] == "ORIG" else None
        elif folder == "kestrel-county-id-so":
            if g["kind"] == "ORIGINAL":
                rn = re.search(r"^ *Report No\.: (KC-25-\d{5})$", text, re.M)
                num = rn.group(1) if rn else None
        elif folder == "penwick-ny-pd":
            num = g["num"] if g["kind"] == "NEW" and g["num"] not in void else None
        else:
            num = g.get("num")
        out.append((num, text, m.start(), m))
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


def nonrec(e, kind):
    return {r["number"] for r in e.get("non_record_numbers", []) if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    bl = blocks(folder, t)
    if folder == "harlow-creek-wi-pd":
        seen, rows, repeats, outside = set(), 0, 0, set()
        for num, text, _, m in bl:  # noqa: B007
            if not m.group("kind"):
                continue
            rows += 1
            if m.group("kind") == "ORIG":
                bad |= m.group("num") in seen
                seen.add(m.group("num"))
            elif m.group("num") in seen:
                repeats += 1
            else:
                outside.add(m.group("num"))
        total = re.search(r"Entries listed: (\d+) - incidents: (\d+), supplemental entries: (\d+)\.", t)
        bad |= (sorted(seen) != sorted(ids) or outside != nonrec(e, "supplement_to_earlier_incident")
                or repeats < 3 or len(outside) < 2 or outside & set(ids) or not total
                or int(total.group(1)) != rows or int(total.group(3)) != rows - len(ids))
    if folder == "kestrel-county-id-so":
        orig, entries, last, amended = {}, set(), 0, 0
        for num, text, _, m in bl:  # noqa: B007
            if not m.group("kind"):
                continue
            eno = int(m.group("entry"))
            bad |= eno <= last
            last = eno
            rn = re.findall(r"^ *Report No\.: (KC-25-\d{5})$", text, re.M)
            if len(rn) != 1:
                bad = True
                continue
            entries.add((rn[0], str(eno)))
            if m.group("kind") == "ORIGINAL":
                bad |= rn[0] in orig or "Amends:" in text
                orig[rn[0]] = eno
            else:
                amended += 1
                am = re.search(r"^ *Amends: Entry No\. (\d{5}) ", text, re.M)
                bad |= rn[0] not in orig or not am or int(am.group(1)) != orig.get(rn[0])
        total = re.search(r"(\d+) entries exported: (\d+) original reports, (\d+) amendments\.", t)
        bad |= (list(orig) != ids or entries != rel(e, "entry_number") or amended < 3 or not total
                or int(total.group(1)) != len(entries) or int(total.group(3)) != amended)
    if folder == "marlowe-nh-pd":
        seen, fol, void, earlier, vn = [], 0, set(), set(), 0
        for num, text, _, m in bl:
            if num:
                seen.append(num)
            elif m.group("kind") == "Follow-up to Case":
                fol += 1
                x = m.group("other")
                if x not in seen:
                    earlier.add(x)
                    bad |= x in ids
            elif m.group("kind") == "Case number":
                vn += 1
                x = m.group("other")
                dup = re.search(r"duplicate\s+of\s+Case\s+(25-\d{4})\.", text)
                void.add(x)
                bad |= (not dup or not seen or dup.group(1) != seen[-1] or x in ids
                        or not int(seen[0][3:]) < int(x[3:]) < int(ids[-1][3:]))
        total = re.search(r"(\d+) follow-up entries; (\d+) case numbers voided\.", t)
        bad |= (seen != ids or void != nonrec(e, "voided_number") or earlier != nonrec(e, "follow_up_to_earlier_case")
                or fol - len(earlier) < 3 or len(void) < 2 or not total or int(total.group(1)) != fol
                or int(total.group(2)) != vn)
    if folder == "nettleford-ks-pd":
        nums, sups, corr = [], set(), set()
        for num, text, _, m in bl:
            if num:
                nums.append(int(m.group("n")))
                for j, (i, k, sn) in enumerate(re.findall(
                        r"^ *(\d+)\.(\d+) +Supplemental report #(25-\d{5}-S\d+),", text, re.M), 1):
                    bad |= int(i) != nums[-1] or int(k) != j or sn != f"{num}-S{k}"
                    sups.add((num, sn))
            elif "Correction: Incident" in text:
                c = re.match(r" *Correction: Incident #(25-\d{5}) \(item \d+ of the [A-Z][a-z]+ 2025 log\)", text)
                bad |= not c or c.group(1) in ids or int(c.group(1)[3:]) >= int(ids[0][3:])
                if c:
                    corr.add(c.group(1))
        bad |= (nums != list(range(1, len(ids) + 1)) or sups != rel(e, "supplemental_report") or len(sups) < 3
                or corr != nonrec(e, "correction_to_earlier_edition") or len(corr) < 2)
    if folder == "penwick-ny-pd":
        lines = [m for _, _, _, m in bl if m.group("kind")]
        void = voided(t)
        new = {}
        for m in lines:
            text = t[m.start():t.index("\n", m.start())]
            if m.group("kind") == "NEW":
                f = re.split(r"\s{2,}", text[m.end() - m.start():].strip())
                bad |= m.group("num") in new or len(f) != 4
                new[m.group("num")] = f
        sup = amd = 0
        for m in lines:
            text = t[m.start():t.index("\n", m.start())]
            x = m.group("num")
            kind = m.group("kind")
            if kind in ("SUP", "AMD"):
                bad |= x not in new or x in void
                sup += kind == "SUP"
                if kind == "AMD":
                    amd += 1
                    a = re.search(r"DISPO AMENDED: (.+) -> ", text)
                    bad |= not a or x not in new or len(new[x]) != 4 or new[x][3] != a.group(1)
            if kind == "VOID":
                of = re.search(r"DUPLICATE ENTRY OF (P25-\d{5})$", text)
                bad |= (not of or x not in new or of.group(1) not in new or of.group(1) in void
                        or new[x][:2] != new[of.group(1)][:2])
        seqs = [int(m.group("seq")) for m in lines]
        total = re.search(r"LINES (\d+): NEW (\d+), SUP (\d+), AMD (\d+), VOID (\d+)\.", t)
        bad |= (seqs != list(range(1, len(seqs) + 1)) or [x for x in new if x not in void] != ids
                or void != nonrec(e, "voided_duplicate_entry") or len(void) < 2 or sup < 3 or amd < 3 or not total
                or [int(x) for x in total.groups()] != [len(lines), len(new), sup, amd, len(void)])
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
        if pages != e["pages"] or not 1 <= pages <= 10:
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
              f"{len(e['related_numbers'])} related and {len(e.get('non_record_numbers', []))} non-record numbers, "
              f"{len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs146.py"), tmp], check=True)
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
