"""Stand-alone check of the held-out set blind_logs147 (does not import prr).

For every PDF: sha256, bytes and pages (1-3) match groundtruth.json; record_count equals
len(case_numbers), 0-60 per PDF, 150-400 in all, no duplicate id; every id and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: closing lines, tallies, the second
copy of a pasted block) gives exactly the listed ids in order; the document's own count, where it
prints one, equals record_count; an empty week says so and has no record; every sample value is
printed inside its own record's stretch of text, its words in order; size < 200 KB; plus one check of
each layout's trap and of its formatting drift. With --regen, regenerating must give identical files.
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

# stretch-start patterns read off the text (not used by prr); a match without group "id" or "rec"
# starts a stretch that is not a record
START = {
    "birchfield-nh-pd": re.compile(r"^ *(?:25-\d{5} +(?P<id>25-\d{4}) +|Calls for service this week)", re.M),
    "cedar-hollow-college-oh-cs": re.compile(
        r"^ *(?:Report (?:#:|No\.) (?P<id>CH-25-\d{4})$|Entries this week: \d+|No incidents were reported)", re.M),
    "greywater-vt-pd": re.compile(
        r"^ *(?:(?P<rec>[A-Z][a-z]{2}\. \d{1,2}, \d{1,2}:\d\d [ap]\.m\.|\d{1,2}/\d{1,2} at \d{4} hrs) \u2014 "
        r"|Also logged this week)", re.M),
    "pinecrest-wi-pd": re.compile(r"^ *(?:(?P<n>\d+)\. +(?P<id>25-\d{5}) (?:\u2014|/) |No incidents to report)",
                                  re.M),
    "larkspur-cc-or-ps": re.compile(
        r"^ *(?:(?P<id>LCC-25-\d{3}) +(?:\d\d/\d\d \d{4}|[A-Z][a-z]{2} \d{1,2} \d{1,2}:\d\d [ap]m) "
        r"|Total entries: \d+)", re.M),
}
ID_IN = {"greywater-vt-pd": re.compile(r"\(Log (25-\d{4})\)")}  # id found inside the stretch, not at its start
TOTAL = {  # the document's own count of records, where it prints one
    "birchfield-nh-pd": re.compile(r"Reports \(case numbers\) listed above: (\d+)"),
    "cedar-hollow-college-oh-cs": re.compile(r"Entries this week: (\d+)"),
    "pinecrest-wi-pd": re.compile(r"Incidents this week: (\d+)"),
    "larkspur-cc-or-ps": re.compile(r"Total entries: (\d+)"),
}
EMPTY = re.compile(r"No incidents (?:were reported|to report)")
# the formatting before and after the drift: (old, new) patterns over a record's stretch
DRIFT = {
    "birchfield-nh-pd": (r"\d\d/\d\d/2025 +\d\d:\d\d", r"[A-Z][a-z]{2} \d{1,2}, 2025 +\d{1,2}:\d\d [AP]M"),
    "cedar-hollow-college-oh-cs": (r"Report #: .*\nReported: \d\d/\d\d/2025 \d{1,2}:\d\d [AP]M\nIncident: ",
                                   r"Report No\. .*\nDate/Time: [A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} @ \d{4}\nNature: "),
    "greywater-vt-pd": (r"^[A-Z][a-z]{2}\. \d{1,2}, \d{1,2}:\d\d [ap]\.m\. \u2014", r"^\d{1,2}/\d{1,2} at \d{4} hrs \u2014"),
    "pinecrest-wi-pd": (r"\d+\. +25-\d{5} \u2014 [A-Z][a-z]{2} \d\d/\d\d, \d\d:\d\d \u2014 ",
                        r"\d+\. +25-\d{5} / \d\d-\d\d-25 \d{1,2}:\d\d[ap]m / "),
    "larkspur-cc-or-ps": (r"LCC-25-\d{3} +\d\d/\d\d \d{4} ", r"LCC-25-\d{3} +[A-Z][a-z]{2} \d{1,2} \d{1,2}:\d\d [ap]m "),
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
    """(id or None, text stretch, start offset, match) per stretch, in print order. A block whose id was
    already seen (a pasted second copy) is not a record: its id is given as None."""
    starts = list(START[folder].finditer(t))
    out, seen = [], set()
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        num = m.groupdict().get("id")
        if m.groupdict().get("rec"):
            found = ID_IN[folder].findall(re.sub(r"\s+", " ", text))
            num = found[-1] if found else "?"
        if num in seen and folder == "cedar-hollow-college-oh-cs":
            num = None
        seen.add(num)
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
    want = sorted({0, len(recs) // 2, len(recs) - 1}) if recs else []
    if [s["case_number"] for s in e["sample_records"]] != [e["case_numbers"][i] for i in want if i < len(e["case_numbers"])]:
        problems.append(f"{name}: samples are not the first, middle and last record")
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


def check_drift(folder, recs):
    """Both formats occur, every record in one of them, the old ones all before the new ones."""
    old, new = (re.compile(p, re.M) for p in DRIFT[folder])
    kinds = []
    for _, text, _ in recs:
        text = "\n".join(ln.strip() for ln in text.splitlines())
        kinds.append("o" if old.search(text) else "n" if new.search(text) else "?")
    s = "".join(kinds)
    return bool(re.fullmatch(r"o+n+", s))


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about, and of its formatting drift."""
    ids = e["case_numbers"]
    bad = not check_drift(folder, recs)
    if folder == "birchfield-nh-pd":
        rows = re.findall(r"^ *(25-\d{5}) +(25-\d{4}) ", t, re.M)
        calls = int(re.search(r"Calls for service this week: (\d+)", t).group(1))
        bad |= ([r[1] for r in rows] != ids or {(r[1], r[0]) for r in rows} != rel(e, "call_number")
                or any(r[0] in ids for r in rows) or calls <= 2 * len(ids))
    if folder == "cedar-hollow-college-oh-cs":
        starts = blocks(folder, t)
        all_ids = [m.group("id") for _, _, _, m in starts if m.group("id")]
        twice = [x for x in set(all_ids) if all_ids.count(x) > 1]
        bad |= len(twice) != 1 or len(all_ids) != len(ids) + 1
        if twice:
            copies = []
            for _, text, _, m in starts:
                if m.group("id") == twice[0]:
                    copies.append([ln.strip() for ln in text.splitlines()[:7] if ln.strip()][:6])
            bad |= len(copies) != 2 or copies[0] != copies[1] or len(copies[0]) != 6
    if folder == "greywater-vt-pd":
        fol = set()
        for num, text, _ in recs:
            flat = re.sub(r"\s+", " ", text)
            bad |= len(re.findall(r"\(Log 25-\d{4}\)", flat)) != 1 or not re.search(r"Badge \d+ responded\.", flat)
            for x in re.findall(r"Follow-up to Log (25-\d{4})\.", flat):
                fol.add((num, x))
                bad |= not x < num
        bad |= (fol != rel(e, "follow_up_to") or any(x in ids for _, x in fol)
                or not re.search(r"Also logged this week: \d+ building checks", t))
    if folder == "pinecrest-wi-pd":
        nums = [int(m.group("n")) for _, _, _, m in blocks(folder, t) if m.group("n")]
        steps = [b - a for a, b in zip(nums, nums[1:])]
        bad |= (nums[:1] != [1] or sorted(steps) not in ([0] + [1] * (len(steps) - 1), [1] * (len(steps) - 1) + [2])
                or nums[-1] == len(ids) or len(nums) != len(ids))
    if folder == "larkspur-cc-or-ps":
        cont = re.findall(r"^ *\d{2,4} [A-Z][a-z]+ (?:Hall|Commons|Street|Road|Avenue|Lane|Drive|Court)\.", t, re.M)
        bad |= len(cont) < 3 or len(re.findall(r"^ *LCC-25-", t, re.M)) != len(ids)
        for _, text, _ in recs:
            bad |= len(re.findall(r"Disposition:", text)) != 1
    return [f"{name}: {folder} layout trap or drift does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 3:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 0 <= len(ids) <= 60:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        if folder.name in TOTAL:
            got = [int(x) for x in TOTAL[folder.name].findall(t)]
            if got != [len(ids)]:
                problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        if bool(EMPTY.search(t)) != (len(ids) == 0):
            problems.append(f"{pdf.name}: an empty week must say so, and only an empty week")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs147.py"), tmp], check=True)
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
    total = pdfs = 0
    for folder in folders:
        problems += check(folder)
        g = json.loads((folder / "groundtruth.json").read_text())
        total += sum(e["record_count"] for e in g)
        pdfs += len(g)
    if not 150 <= total <= 400 or pdfs < 5:
        problems.append(f"{total} records in {pdfs} PDFs: outside 150-400 records or fewer than 5 PDFs")
    print(f"{total} records in {pdfs} PDFs")
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
