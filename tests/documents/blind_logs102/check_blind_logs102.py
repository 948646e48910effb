"""Stand-alone check of the held-out set blind_logs102 (does not import prr).

For every PDF: sha256, bytes (< 200 KB) and pages match groundtruth.json; "[invented]" in the
agency; record_count equals len(case_numbers), is 40-150, no id listed twice; every case number,
related number and number listed as not a record is in the `pdftotext -layout` text at least as
often as listed; no number is both an id and a related number or a non-record; a layout-specific
record-start pattern gives exactly the listed ids in order; the document's own counts equal
record_count; every sample value is printed inside its own record's stretch of text, its words in
order; plus one check of each layout's trap. With --regen, regenerating must give identical files.
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
FOLDERS = ["brannock-hills-ky-pd", "calder-mills-oh-pd", "dorsey-flats-county-ne-so", "merrow-bend-wa-pd",
           "quenby-state-university-dps"]

# record-start patterns read off the text (not used by prr)
START = {
    "calder-mills-oh-pd": re.compile(r"^(?P<id>CM-25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "dorsey-flats-county-ne-so": re.compile(r"^(?P<id>DF25-\d{6}) +\d\d/\d\d/25 +\d{4} ", re.M),
    "quenby-state-university-dps": re.compile(r"^ *Case Number: +(?P<id>QSU-2025-\d{4}) +Reported:", re.M),
    "brannock-hills-ky-pd": re.compile(r"^ *\d{1,2} +A\. +Entry (?P<id>BH25-\d{4})\.", re.M),
    "merrow-bend-wa-pd": re.compile(r"^\((?P<item>[a-z]{1,2})\) +(?P<id>MB25-\d{5}) +\d\d/\d\d/2025 \d{4} ",
                                    re.M),
}
TOTAL = {  # the document's own counts of records (every one must equal record_count)
    "calder-mills-oh-pd": [r"Incidents listed: (\d+)"],
    "dorsey-flats-county-ne-so": [r"Calls this log: (\d+)"],
    "quenby-state-university-dps": [r"Incident summaries produced: (\d+)", r"Documents produced: (\d+)"],
    "brannock-hills-ky-pd": [r"Entries read into the record: (\d+)"],
    "merrow-bend-wa-pd": [r"ANSWER: (\d+)\.", r"identifies the following (\d+) incidents"],
}
END = {  # where the last record's stretch ends
    "calder-mills-oh-pd": "Incidents listed:", "dorsey-flats-county-ne-so": "Calls this log:",
    "quenby-state-university-dps": "Incident summaries produced:",
    "brannock-hills-ky-pd": "That's the last entry", "merrow-bend-wa-pd": "INTERROGATORY NO. 7",
}
DF_AGAIN = "RE-PRODUCED - DE-DESIGNATED - supersedes DFSO "


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_text(path):
    return run(["pdftotext", "-layout", str(path), "-"])


def count(num, flat):
    return len(re.findall(rf"(?<![\w-]){re.escape(num)}(?!\w)", flat))


def log_text(folder, t):
    """The text the record-start pattern runs over: pages that hold no record of their own removed."""
    pages = t.split("\f")
    if folder == "dorsey-flats-county-ne-so":
        pages = [p for p in pages if DF_AGAIN not in p]
    return "\f".join(pages)


def records(folder, t):
    """[(id, stretch)] in print order."""
    lt = log_text(folder, t)
    ms = list(START[folder].finditer(lt))
    out = []
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else lt.find(END[folder], m.start())
        if end < 0:
            end = len(lt)
        out.append((m.group("id"), lt[m.start():end]))
    return out


def words(s):
    return re.findall(r"[a-z0-9]+", s.lower())


def in_order(value, stretch):
    want = words(str(value))
    have = words(stretch)
    j = 0
    for wd in have:
        if j < len(want) and wd == want[j]:
            j += 1
    return j == len(want)


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    nonrec = [x["number"] for x in e.get("numbers_not_records", [])]
    for num in set(ids + related + nonrec):
        want = ids.count(num) + related.count(num) + nonrec.count(num)
        have = count(num, flat)
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in (set(related) | set(nonrec)) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number or non-record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def check_trap(folder, name, t, e, recs):
    p = []
    pages = t.split("\f")
    ids = e["case_numbers"]
    n = e["record_count"]
    if folder == "calder-mills-oh-pd":
        priv = pages[0]
        red = re.findall(r"Narrative of incident (CM-25-\d{5})", priv)
        wh = re.findall(r"Report (CM-25-\d{5}), withheld in full", priv)
        if red != e["privilege_log_records"] or not red:
            p.append(f"{name}: privilege-log narratives differ from privilege_log_records")
        if wh != [x["number"] for x in e["numbers_not_records"]] or not wh:
            p.append(f"{name}: privilege-log withheld reports differ from numbers_not_records")
        flat = re.sub(r"\s+", " ", t)
        for num in wh:
            if num in ids or count(num, flat) != 1:
                p.append(f"{name}: withheld report {num} is an id or printed more than once")
        m = re.search(r"Entries on this privilege log: (\d+)\.", priv)
        if not m or int(m.group(1)) != len(red) + len(wh):
            p.append(f"{name}: privilege log count wrong")
        stretch = dict(recs)
        for num in red:
            if "Narrative redacted - see privilege log" not in stretch.get(num, ""):
                p.append(f"{name}: {num} on the privilege log is not marked redacted in the log")
        redacted = [i for i, s in recs if "Narrative redacted" in s]
        if redacted != red:
            p.append(f"{name}: redacted rows differ from the privilege log")
        bates = {}
        for line in priv.splitlines():
            m = re.match(r"^ *(\d+) +CMPD-LIT-(\d{6}) ", line)
            if m:
                bates[int(m.group(1))] = m.group(2)
        slips = [pg for pg in pages if "SLIP SHEET" in pg]
        if len(slips) != len(wh):
            p.append(f"{name}: {len(slips)} slip sheets for {len(wh)} reports withheld in full")
        for pg in slips:
            m = re.search(r"Privilege Log, entry (\d+)\.", pg)
            b = re.search(r"CMPD-LIT-(\d{6})", pg)
            if not m or not b or bates.get(int(m.group(1))) != b.group(1) or START[folder].search(pg):
                p.append(f"{name}: slip sheet Bates or entry does not match the privilege log, or holds a row")
        for k, b in bates.items():
            line = next(x for x in priv.splitlines() if re.match(rf"^ *{k} +CMPD", x))
            num = re.search(r"CM-25-\d{5}", line).group(0)
            if num in red:
                pg = next((x for x in pages if f"CMPD-LIT-{b}" in x and x is not priv), "")
                if not re.search(rf"^{num} ", pg, re.M):
                    p.append(f"{name}: privilege entry {k} Bates page does not hold {num}")
        bs = [int(x) for x in re.findall(r"CMPD-LIT-(\d{6})\s*$", t, re.M)]
        if bs != list(range(bs[0], bs[0] + len(pages) - 1)) if bs else True:
            p.append(f"{name}: Bates numbers do not run on page by page")
    elif folder == "dorsey-flats-county-ne-so":
        again = [pg for pg in pages if DF_AGAIN in pg]
        if len(again) != 1:
            return [f"{name}: expected one re-produced page, found {len(again)}"]
        pg = again[0]
        sup = re.search(re.escape(DF_AGAIN) + r"(\d{6})", pg).group(1)
        orig = [x for x in pages if re.search(rf"CI 25-1187 +DFSO {sup}\s*$", x, re.M) and DF_AGAIN not in x]
        a_ids = START[folder].findall(pg)
        o_ids = START[folder].findall(orig[0]) if len(orig) == 1 else []
        if not a_ids or a_ids != o_ids or a_ids != e["reproduced_page_ids"]:
            p.append(f"{name}: re-produced page rows differ from the page it supersedes")
        if "NOT CONFIDENTIAL" not in pg or "ATTORNEYS' EYES ONLY" in pg:
            p.append(f"{name}: re-produced page legend not changed")
        flat = re.sub(r"\s+", " ", t)
        for num in a_ids:
            if count(num, flat) != 2:
                p.append(f"{name}: {num} on the re-produced page not printed exactly twice")
        for m in re.finditer(r"Bates DFSO (\d{6}) through DFSO (\d{6})", t):
            lo, hi = int(m.group(1)), int(m.group(2))
            got = [int(x) for x in re.findall(r"CI 25-1187 +DFSO (\d{6})\s*$", t, re.M)]
            if lo not in got or hi not in got:
                p.append(f"{name}: volume range {lo}-{hi} names pages not produced")
        legends = sum("CONFIDENTIAL - ATTORNEYS' EYES ONLY" in x for x in pages)
        if legends != sum(bool(START[folder].search(x)) for x in pages) - 1:
            p.append(f"{name}: designation legend not on every log page")
    elif folder == "quenby-state-university-dps":
        idx = [x for x in pages if "Bates Begin" in x]
        rows = [re.match(r"^ *(\d+) +QSU-DPS (\d{6}) +QSU-DPS (\d{6}) +(\d\d/\d\d/2025) +Incident summary - (.*)$", ln)
                for x in idx for ln in x.splitlines()]
        rows = [r for r in rows if r]
        if [int(r.group(1)) for r in rows] != list(range(1, n + 1)):
            p.append(f"{name}: production index rows do not run 1..N")
        for r, (num, s) in zip(rows, recs):
            if "Reported:" not in s or r.group(4) not in s or r.group(5).strip() not in s:
                p.append(f"{name}: index row {r.group(1)} does not match record {num}")
                break
            pg = next((x for x in pages if re.search(rf"QSU-DPS {r.group(2)}\s*$", x, re.M)), "")
            if num not in pg:
                p.append(f"{name}: index row {r.group(1)} Bates page does not hold {num}")
                break
        for x in idx:
            if re.search(r"QSU-2025-\d{4}", x):
                p.append(f"{name}: an id on the production index")
        first = next((x for x in pages if START[folder].search(x)), "")
        if "PLAINTIFF'S EXHIBIT" not in first or "CSR No." not in first:
            p.append(f"{name}: no exhibit sticker on the first summary page")
    elif folder == "brannock-hills-ky-pd":
        where = {}
        for pg in pages:
            m = re.search(r"Page (\d+)", pg)
            if not m or "INDEX" in pg:
                continue
            nums = []
            for ln in pg.splitlines():
                lm = re.match(r"^ *(\d{1,2})(?: {2,}(.*))?$", ln)
                if lm:
                    nums.append(int(lm.group(1)))
                    e_m = re.match(r"A\. +Entry (BH25-\d{4})\.", lm.group(2) or "")
                    if e_m:
                        where[e_m.group(1)] = (int(m.group(1)), int(lm.group(1)))
            if nums != list(range(1, 26)):
                p.append(f"{name}: page {m.group(1)} does not number lines 1-25")
        ix = next((x for x in pages if "INDEX" in x), "")
        cites = {a: (int(b), int(c)) for a, b, c in re.findall(r"(BH25-\d{4}) \[1\] (\d+):(\d+)", ix)}
        if sorted(cites) != sorted(ids) or any(cites[k] != where.get(k) for k in cites):
            p.append(f"{name}: word index cites differ from the entries' page:line")
    elif folder == "merrow-bend-wa-pd":
        letters = "abcdefghijklmnopqrstuvwxyz"
        want = [letters[k] if k < 26 else letters[k // 26 - 1] + letters[k % 26] for k in range(n)]
        got = [m.group("item") for m in START[folder].finditer(t)]
        if got != want:
            p.append(f"{name}: items do not run (a)..(z), (aa)...")
        rng = re.findall(r"MBPD-(\d{6})-(\d\d)\s*$", t, re.M)
        prev = None
        for b, end in rng:
            b = int(b)
            if prev is not None and b != prev + 1:
                p.append(f"{name}: Bates ranges do not join up at MBPD-{b:06d}")
                break
            hi = b - b % 100 + int(end)
            prev = hi if hi >= b else hi + 100
        if len(rng) != n:
            p.append(f"{name}: {len(rng)} Bates ranges for {n} records")
        ver = pages[-2] if not pages[-1].strip() else pages[-1]
        if "VERIFICATION" not in ver or START[folder].search(ver):
            p.append(f"{name}: the verification page is missing or holds rows")
    return p


def check_text(folder, name, t, e):
    problems = check_numbers(name, t, e)
    recs = records(folder, t)
    if [i for i, _ in recs] != e["case_numbers"]:
        problems.append(f"{name}: record-start pattern finds {len(recs)} ids, not the listed ones in order")
    for pat in TOTAL[folder]:
        got = [int(x) for x in re.findall(pat, t)]
        if got != [e["record_count"]]:
            problems.append(f"{name}: printed count {pat!r} gives {got}, record_count {e['record_count']}")
    stretch = dict(recs)
    for s in e["sample_records"]:
        st = stretch.get(s["case_number"])
        if st is None:
            problems.append(f"{name}: sample {s['case_number']} not found")
            continue
        for k, v in s.items():
            vals = v if isinstance(v, list) else [v]
            for val in vals:
                if not in_order(val, st):
                    problems.append(f"{name}: sample {s['case_number']} {k}={val!r} not in its record's text")
    problems += check_trap(folder, name, t, e, recs)
    return problems


def check_dir(base):
    problems = []
    for folder in FOLDERS:
        gp = base / folder / "groundtruth.json"
        if not gp.exists():
            problems.append(f"{folder}: groundtruth.json missing")
            continue
        for e in json.loads(gp.read_text()):
            name = f"{folder}/{e['file']}"
            path = base / folder / e["file"]
            if not path.exists():
                problems.append(f"{name}: missing")
                continue
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
                problems.append(f"{name}: sha256 or bytes differ")
            if len(data) >= 200_000:
                problems.append(f"{name}: {len(data)} bytes, not under 200 KB")
            info = run(["pdfinfo", str(path)])
            pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
            if pages != e["pages"]:
                problems.append(f"{name}: {pages} pages, listed {e['pages']}")
            if "[invented]" not in e["agency"]:
                problems.append(f"{name}: agency not marked [invented]")
            n = e["record_count"]
            if n != len(e["case_numbers"]) or not 40 <= n <= 150:
                problems.append(f"{name}: record_count {n} vs {len(e['case_numbers'])} ids (40-150)")
            t = pdf_text(path)
            if t.count("\f") < pages:
                problems.append(f"{name}: text has fewer pages than the PDF")
            problems += check_text(folder, name, t, e)
    return problems


def main():
    args = sys.argv[1:]
    base = Path(args[args.index("--dir") + 1]) if "--dir" in args else HERE
    problems = check_dir(base)
    if "--regen" in args:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "make_blind_logs102.py"), tmp], check=True)
            for folder in FOLDERS:
                for f in sorted((HERE / folder).iterdir()):
                    g = Path(tmp) / folder / f.name
                    if not g.exists() or g.read_bytes() != f.read_bytes():
                        problems.append(f"regen: {folder}/{f.name} differs")
    for x in problems:
        print("FAIL", x)
    n_files = sum(len(json.loads((base / f / "groundtruth.json").read_text()))
                  for f in FOLDERS if (base / f / "groundtruth.json").exists())
    print(f"{n_files} PDFs checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
