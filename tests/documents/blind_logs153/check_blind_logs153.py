"""Stand-alone check of the held-out set blind_logs153 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; the text is read once
per layout in the log's own page order (a log page printed twice is read once, a corrected page
takes the place of the page it replaces, pages out of sequence are put back in order, slip sheets
and fax cover pages are left out, a sheet sent twice is read from its complete copy), and a
layout-specific stretch-start pattern on that reading (which also finds the non-record stretches:
day, part and shift headings, page footers, closing lines) gives exactly the listed ids in order;
the document's own count equals record_count; every sample value is printed inside its own
record's stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id"
START = {
    "alderwick-or-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>2025-00\d{4}) +\d\d/\d\d/2025 \d\d:\d\d )|Total incidents:|Log page \d+ of)", re.M),
    "bramblecote-county-mt-so": re.compile(
        r"^ *(?:(?P<rec>Incident No\.: (?P<id>BC25-0\d{4}))$|End of log|Page \d+ of \d+)", re.M),
    "quillan-springs-az-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>QS-25-\d{5}) \u2014 Reported \d\d/\d\d/2025 \d\d:\d\d\.)"
        r"|[A-Z][a-z]+day, October \d+, 2025$|End of media log)", re.M),
    "marrowfield-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\. +Incident (?P<id>25M-0\d{4}), reported)|Part \d: "
        r"|Watch commander's log, October 2025 \u2014 log page)", re.M),
    "hesketh-township-pa-pd": re.compile(
        r"^ *(?:(?P<rec>\d\d/\d\d \d{4} +(?P<id>HT25-0\d{4}) )|--- [A-Z]{3} \d\d/\d\d/2025 |\*\*\* END OF REPORT)",
        re.M),
}
TOTAL = {  # the document's own count of records, read on the de-duplicated text
    "alderwick-or-pd": re.compile(r"Total incidents: (\d+)"),
    "bramblecote-county-mt-so": re.compile(r"End of log \u2014 (\d+) incidents\."),
    "quillan-springs-az-pd": re.compile(r"End of media log \u2014 (\d+) incidents\."),
    "marrowfield-ca-pd": re.compile(r"Entries produced: (\d+) of \d+\."),
    "hesketh-township-pa-pd": re.compile(r"\*\*\* END OF REPORT - (\d+) CALLS \*\*\*"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pages_of(t):
    return t.split("\f")[:-1] if t.endswith("\f") else t.split("\f")


def num_in(pattern, text, group=1, default=-1):
    m = re.search(pattern, text, re.M)
    return int(m.group(group)) if m else default


def squeeze(text):
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def reading(folder, t):
    """The text once, in the log's own page order (see the module docstring)."""
    ps = pages_of(t)
    if folder == "alderwick-or-pd":  # a log page printed again is read where it first prints
        seen, out = set(), []
        for p in ps:
            k = num_in(r"Log page (\d+) of \d+", p)
            if k not in seen:
                seen.add(k)
                out.append(p)
        ps = out
    if folder == "bramblecote-county-mt-so":  # the corrected page takes the place of the page it replaces
        corr = [p for p in ps if "CORRECTED PAGE" in p]
        ps = [p for p in ps if "CORRECTED PAGE" not in p]
        for c in corr:
            k = num_in(r"replaces page (\d+) of", c)
            ps = [c if num_in(r"^ *Page (\d+) of \d+ *$", p) == k else p for p in ps]
    if folder == "quillan-springs-az-pd":  # pages put back in their own order, the markers left out
        ps = sorted(ps, key=lambda p: num_in(r"Page (\d+) of \d+", p))
        ps = [re.sub(r"(?m)^ *\(continued (?:from|on) page \d+\) *\n?", "", p) for p in ps]
    if folder == "marrowfield-ca-pd":  # slip sheets left out
        ps = [p for p in ps if "INTENTIONALLY LEFT BLANK" not in p and "DOCUMENT WITHHELD" not in p]
    if folder == "hesketh-township-pa-pd":  # each sheet from its last (complete) copy; fax covers left out
        sheets = {}
        for p in ps:
            k = num_in(r"SHEET (\d+) OF \d+ *$", p)
            if k > 0:
                sheets[k] = p
        ps = [sheets[k] for k in sorted(sheets)]
    return "\f".join(ps) + "\f"


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


def blocks(folder, text):
    """(id or None, text stretch, start offset, match) per stretch of the reading, in order."""
    starts = list(START[folder].finditer(text))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(text), m.start() + 1500)
        out.append((m.group("id") if m.group("rec") else None, text[m.start():end], m.start(), m))
    return out


def records(folder, t):
    """Record stretches of the reading: (id, text, offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, reading(folder, t)) if num]


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


def trap_alderwick(t):
    """A log page printed again is the same page: same text but for its own Bates number."""
    bad, seen, dups, order, bates = False, {}, 0, [], []
    ps = pages_of(t)
    m = num_in(r"Log page \d+ of (\d+)", t)
    for p in ps:
        bates.append(num_in(r"AWPD PRR (\d{6})", p))
        k = num_in(r"Log page (\d+) of \d+", p)
        body = re.sub(r"AWPD PRR \d{6}", "AWPD PRR", p)
        bad |= k < 1
        if k in seen:
            dups += 1
            bad |= body != seen[k]
        else:
            seen[k] = body
            order.append(k)
    return bad or bates != list(range(1, len(ps) + 1)) or dups < 2 or order != list(range(1, m + 1))


def block_lines(p):
    lines = squeeze(p)
    first = next((i for i, x in enumerate(lines) if x.startswith("Incident No.:")), len(lines))
    return [x for x in lines[first:] if not re.fullmatch(r"Page \d+ of \d+( \(corrected\))?", x)]


def trap_bramblecote(t, ids):
    """One corrected page, re-sent after the last page, prints every block of the page it replaces
    again, the same but for one or more dispositions."""
    ps = pages_of(t)
    corr = [p for p in ps if "CORRECTED PAGE" in p]
    orig = {num_in(r"^ *Page (\d+) of \d+ *$", p): p for p in ps if "CORRECTED PAGE" not in p}
    if len(corr) != 1 or ps[-1] is not corr[0] or sorted(orig) != list(range(1, len(orig) + 1)):
        return True
    c = corr[0]
    k, m = num_in(r"replaces page (\d+) of \d+ produced", c), num_in(r"replaces page \d+ of (\d+) produced", c)
    bad = (m != len(orig) or num_in(r"^ *Page (\d+) of \d+ \(corrected\) *$", c) != k
           or num_in(r"^ *Page \d+ of (\d+) \(corrected\) *$", c) != m or k not in orig)
    a, b = block_lines(orig.get(k, "")), block_lines(c)
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    bad |= (len(a) != len(b) or not diff or not a
            or any(not (x.startswith("Disposition: ") and y.startswith("Disposition: ")) for x, y in diff))
    on_page = re.findall(r"Incident No\.: (BC25-0\d{4})", c)
    return bad or len(on_page) < 4 or not set(on_page) <= set(ids)


def trap_quillan(t, recs):
    """Pages out of sequence: the page numbers are 1..m once each but not in print order; every
    `(continued from/on page N)` marker names the page before/after in the log's own order; at least
    three pages open with the rest of a paragraph, two of them printed after a page that is not the
    one the paragraph began on; every record, joined over pages, has one disposition."""
    ps = pages_of(t)
    nums = [num_in(r"Page (\d+) of \d+", p) for p in ps]
    m = num_in(r"Page \d+ of (\d+)", t)
    bad = nums == sorted(nums) or sorted(nums) != list(range(1, m + 1))
    mids = misplaced = 0
    for i, (p, k) in enumerate(zip(ps, nums)):
        top = re.findall(r"(?m)^ *\(continued from page (\d+)\) *$", p)
        bot = re.findall(r"(?m)^ *\(continued on page (\d+)\) *$", p)
        bad |= top != ([str(k - 1)] if k > 1 else []) or bot != ([str(k + 1)] if k < m else [])
        if top:
            after = p.split(f"(continued from page {top[0]})", 1)[1]
            first = next((x for x in after.splitlines() if x.strip()), "")
            if not START["quillan-springs-az-pd"].match(first):
                mids += 1
                misplaced += i == 0 or nums[i - 1] != k - 1
    return bad or mids < 3 or misplaced < 2 or any(len(re.findall(r"Disposition:", x)) != 1 for _, x, _ in recs)


def trap_marrowfield(t):
    """Slip sheets: entry numbers rise with a gap exactly where the withheld slip sheet says, the first
    page's `Entries produced: P of A` agrees, blank slip sheets carry no entry, the log's page numbers
    miss only the withheld page, Bates numbers run on over the slip sheets."""
    ps = pages_of(t)
    bl = blocks("marrowfield-ca-pd", reading("marrowfield-ca-pd", t))
    ns = [int(m.group("n")) for num, _, _, m in bl if num]
    if not ns:
        return True
    gaps = set(range(1, max(ns) + 1)) - set(ns)
    stated, bad = set(), False
    for a, b, c in re.findall(r"entries (\d+)-(\d+), (\d+) entries\) withheld", t):
        stated |= set(range(int(a), int(b) + 1))
        bad |= int(c) != int(b) - int(a) + 1
    prod = re.search(r"Entries produced: (\d+) of (\d+)\.", t)
    bad |= (ns != sorted(set(ns)) or not stated or gaps != stated or prod is None
            or int(prod.group(2)) != max(ns) or int(prod.group(1)) + len(stated) != int(prod.group(2)))
    blanks = [p for p in ps if "INTENTIONALLY LEFT BLANK" in p]
    held = [p for p in ps if "DOCUMENT WITHHELD" in p]
    bad |= not blanks or not held or any(re.search(r"25M-|\d+\. ", re.sub(r"MARROWFIELD PD \d{6}", "", p))
                                         for p in blanks)
    logp = [int(x) for x in re.findall(r"log page (\d+) of \d+", t)]
    w = [int(x) for x in re.findall(r"Log page (\d+) of \d+ \(entries", t)]
    m = num_in(r"log page \d+ of (\d+)", t)
    bad |= logp != sorted(logp) or sorted(logp + w) != list(range(1, m + 1))
    bates = [num_in(r"MARROWFIELD PD (\d{6})", p) for p in ps]
    return bad or bates != list(range(1, len(ps) + 1))


def trap_hesketh(t):
    """Two fax transmissions: the first, cut short, ends in a partial copy of a sheet whose lines are a
    strict beginning of the complete copy in the resend; the resend cover names the sheets it carries;
    fax page counters run 1..n in each transmission, the first stopping short of its stated total."""
    ps = pages_of(t)
    trans = []
    for p in ps:
        j, tot = num_in(r"P\.(\d\d)/\d\d", p), num_in(r"P\.\d\d/(\d\d)", p)
        sheet = num_in(r"SHEET (\d+) OF \d+ *$", p)
        if j == 1 or not trans:
            trans.append([])
        trans[-1].append((j, tot, sheet, p))
    if len(trans) != 2:
        return True
    bad = False
    for tr in trans:
        bad |= ([x[0] for x in tr] != list(range(1, len(tr) + 1)) or any(x[1] != tr[0][1] for x in tr)
                or tr[0][2] != -1 or any(x[2] < 1 for x in tr[1:]))
    bad |= len(trans[0]) >= trans[0][0][1] or len(trans[1]) != trans[1][0][1]
    copies = {}
    for _, _, sheet, p in trans[0][1:] + trans[1][1:]:
        copies.setdefault(sheet, []).append(p)
    dup = [k for k, v in copies.items() if len(v) > 1]
    n = num_in(r"SHEET \d+ OF (\d+) *$", t)
    if len(dup) != 1 or sorted(copies) != list(range(1, n + 1)):
        return True
    k = dup[0]

    def body(p):
        lines = squeeze(p)
        at = next((i for i, x in enumerate(lines) if re.search(r"SHEET \d+ OF \d+$", x)), len(lines))
        return lines[at + 1:]

    a, b = body(copies[k][0]), body(copies[k][1])
    bad |= not a or len(a) >= len(b) or b[:len(a)] != a or trans[0][-1][3] is not copies[k][0]
    rs = re.search(r"RESEND - SHEETS (\d+)-(\d+) OF (\d+)\.", t)
    return (bad or rs is None or int(rs.group(1)) != k or int(rs.group(3)) != n
            or [x[2] for x in trans[1][1:]] != list(range(int(rs.group(1)), int(rs.group(2)) + 1)))


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    bad = [num for num, _, _ in recs] != e["case_numbers"]
    if folder == "alderwick-or-pd":
        bad |= trap_alderwick(t)
    if folder == "bramblecote-county-mt-so":
        bad |= trap_bramblecote(t, e["case_numbers"])
    if folder == "quillan-springs-az-pd":
        bad |= trap_quillan(t, recs)
    if folder == "marrowfield-ca-pd":
        bad |= trap_marrowfield(t)
    if folder == "hesketh-township-pa-pd":
        bad |= trap_hesketh(t)
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
        if pages != e["pages"] or not 1 <= pages <= 12:
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
        got = [int(x) for x in TOTAL[folder.name].findall(reading(folder.name, t))]
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs153.py"), tmp], check=True)
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
