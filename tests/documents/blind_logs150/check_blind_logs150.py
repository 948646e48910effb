"""Stand-alone check of the held-out set blind_logs150 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id (and related number, where any) is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: continuation rows, supplements,
voided items, beat headings, subtotals, daily totals, closing lines) gives exactly the listed ids in
order; the document's own count equals record_count; every sample value is printed inside its own
record's stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
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
# stretch that is not a record; a match with group "cont" carries on the record before it
START = {
    "alder-falls-nh-pd": re.compile(
        r"^ *(?:(?P<id>25-00\d{4}) +\d\d/\d\d/25 +\d{4} |(?P<cont>25-00\d{4}) +\*CONT\*|\*\*\* END OF REGISTER)", re.M),
    "birchmont-county-wy-so": re.compile(
        r"^ *(?:INCIDENT NO\.\. (?P<id>2025-00\d{5}) +RECEIVED\.\. |\*\*\* DAILY TOTAL|\*\*\* END OF REPORT)", re.M),
    "cobble-hill-vt-pd": re.compile(
        r"^ *(?:AT \d{4} HRS ON \d\d/\d\d/25 OFCR #\d{3} TOOK RPT (?P<id>25C\d{5}) - |SUPPLEMENT \d{4} HRS "
        r"\d\d/\d\d/25 TO RPT (?P<sup>25C\d{5}):|END OF NARRATIVE)", re.M),
    "dunwick-pa-pd": re.compile(
        r"^ *(?:ITEM (?P<n>\d{3}) +INC (?:(?P<vid>25-\d{5}) +VOID - DUPLICATE ENTRY OF ITEM (?P<of>\d{3})\."
        r"|(?P<id>25-\d{5}) +\d\d/\d\d/25 \d{4} )|TOTAL ITEMS)", re.M),
    "eastmarch-county-md-pd": re.compile(
        r"^ *(?:(?P<id>\d{6}) +(?P<at>\d\d/\d\d/25 \d{4}) |BEAT (?P<beat>\d\d)(?P<bc> \(CONTINUED\))?$|BEAT (?P<sb>\d\d) "
        r"SUBTOTAL \.+ (?P<sub>\d{6}) +RUN TOTAL \.+ (?P<run>\d{6})$|FINAL RUN TOTAL)", re.M),
}
TOTAL = {  # the document's own count of records
    "alder-falls-nh-pd": re.compile(r"INCIDENTS LISTED: (\d+) \*\*\*"),
    "birchmont-county-wy-so": re.compile(r"END OF REPORT +TOTAL INCIDENTS (\d+) \*\*\*"),
    "cobble-hill-vt-pd": re.compile(r"END OF NARRATIVE - (\d+) REPORTS"),
    "dunwick-pa-pd": re.compile(r"VOIDED \d+ +INCIDENTS (\d+)"),
    "eastmarch-county-md-pd": re.compile(r"FINAL RUN TOTAL \.+ (\d+)"),
}
HEADER = {  # the report header printed at the top of every page
    "alder-falls-nh-pd": re.compile(r"^\f?ALDER FALLS POLICE DEPT \[INVENTED\] .*PAGE (\d{3}) OF (\d{3})$", re.M),
    "birchmont-county-wy-so": re.compile(r"^\f?BIRCHMONT COUNTY SHERIFF'S OFFICE \[INVENTED\] .*PG (\d{4})$", re.M),
    "cobble-hill-vt-pd": re.compile(r"^\f?COBBLE HILL POLICE DEPT \[INVENTED\] .*PAGE (\d\d)$", re.M),
    "dunwick-pa-pd": re.compile(r"^\f?DUNWICK POLICE DEPARTMENT \[INVENTED\] .*PAGE (\d+) OF (\d+)$", re.M),
    "eastmarch-county-md-pd": re.compile(r"^\f?EASTMARCH COUNTY POLICE \[INVENTED\] .*PAGE (\d{4})$", re.M),
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
    """(id or None, text stretch, start offset, match) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.groupdict().get("id"), t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    out = []
    for num, text, start, m in blocks(folder, t):
        if m.groupdict().get("cont") and out:  # a continuation row carries on the record before it
            out[-1] = (out[-1][0], out[-1][1] + text, out[-1][2])
        elif num:
            out.append((num, text, start))
    return out


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


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    bl = blocks(folder, t)
    starts = [b[0] for b in bl if b[0]]
    bad |= len(set(starts)) != len(starts) or starts != ids
    if folder == "alder-falls-nh-pd":
        # a *CONT* row opens a page body (right under the column rule) and repeats the id of the row cut
        # at the end of the page before
        last, conts = None, 0
        for num, text, _, m in bl:  # noqa: B007
            if m.group("cont"):
                conts += 1
                before = t[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
                bad |= m.group("cont") != last or not re.fullmatch(r"-{40,}", before.strip())
            elif num:
                last = num
        bad |= conts < 3 or any(re.search(r"\*CONT\*", x) for _, x, _ in [(0, b[1].split("\n")[0], 0) for b in bl
                                                                         if b[0]])
    if folder == "birchmont-county-wy-so":
        # the run control number in every page header has the id's shape, is one number, not a record
        ctl = re.findall(r"CONTROL NO (\S+)$", t, re.M)
        bad |= (len(ctl) != t.count("\f") or len(set(ctl)) != 1 or not re.fullmatch(r"2025-00\d{5}", ctl[0])
                or ctl[0] in ids)
        run, seen, day = 0, 0, None
        for num, text, _, m in bl:  # noqa: B007
            if num:
                seen += 1
                d = re.search(r"RECEIVED\.\. (\d\d/\d\d/25)", text).group(1)
                bad |= day is not None and d != day
                day = d
            elif text.startswith("*** DAILY") or text.lstrip().startswith("*** DAILY"):
                g = re.match(r" *\*\*\* DAILY TOTAL (\d\d/\d\d/25) \.+ (\d{3}) +RUN TOTAL \.+ (\d{4}) \*\*\*", text)
                run += seen
                bad |= not g or g.group(1) != day or int(g.group(2)) != seen or int(g.group(3)) != run
                seen, day = 0, None
        bad |= seen != 0 or run != len(ids)
    if folder == "cobble-hill-vt-pd":
        # supplements repeat the id of a report printed earlier in this log; paragraphs cut at a page end
        # are marked on both sides
        sups, seen = [], set()
        for num, text, _, m in bl:  # noqa: B007
            if num:
                seen.add(num)
            elif m.group("sup"):
                sups.append(m.group("sup"))
                bad |= m.group("sup") not in seen
        tot = re.search(r"(\d+) SUPPLEMENTS$", t, re.M)
        bad |= len(sups) < 3 or not tot or int(tot.group(1)) != len(sups)
        for x in set(ids):
            bad |= len(re.findall(rf"\b{x}\b", t)) != 1 + sups.count(x)
        on = [m.end() for m in re.finditer(r"-- CONTINUED ON NEXT PAGE --\n", t)]
        bad |= len(on) < 2 or any(not re.match(r"\f?COBBLE HILL[^\n]*\n[^\n]*CONT'D\n\n *-- CONTINUED FROM PREVIOUS "
                                                 r"PAGE --\n", t[p:]) for p in on)
        bad |= t.count("CONTINUED FROM PREVIOUS PAGE") != len(on)
    if folder == "dunwick-pa-pd":
        # items run 1..N over voided ones too; a voided item repeats the id of the item it duplicates
        nums, item_of, voids = [], {}, 0
        for num, text, _, m in bl:  # noqa: B007
            if m.group("n"):
                nums.append(int(m.group("n")))
            if num:
                item_of[num] = int(m.group("n"))
            elif m.group("vid"):
                voids += 1
                bad |= item_of.get(m.group("vid")) != int(m.group("of"))
        tot = re.search(r"TOTAL ITEMS (\d+) +VOIDED (\d+) +INCIDENTS (\d+)", t)
        bad |= (nums != list(range(1, len(nums) + 1)) or voids < 3 or not tot
                or [int(x) for x in tot.groups()] != [len(nums), voids, len(ids)])
    if folder == "eastmarch-county-md-pd":
        # beats in order, subtotals equal the lines under each beat (over (CONTINUED) headings), run totals add up
        cur, seen, run, heads = None, 0, 0, []
        for num, text, _, m in bl:  # noqa: B007
            if num:
                seen += 1
                bad |= cur is None
            elif m.group("beat"):
                if m.group("bc"):
                    bad |= m.group("beat") != cur
                else:
                    bad |= cur is not None
                    cur = m.group("beat")
                    heads.append(int(cur))
            elif m.group("sb"):
                run += seen
                bad |= m.group("sb") != cur or int(m.group("sub")) != seen or int(m.group("run")) != run
                cur, seen = None, 0
        bad |= heads != sorted(heads) or len(heads) < 3 or run != len(ids) or "(CONTINUED)" not in t
        bad |= ids == sorted(ids)
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
        heads = HEADER[folder.name].findall(t)
        if len(heads) != pages or [int(h[0] if isinstance(h, tuple) else h) for h in heads] != list(range(1, pages + 1)):
            problems.append(f"{pdf.name}: report header not on every page in order")
        if re.search(r"[a-z]", re.sub(r"\[INVENTED\]", "", t)):
            problems.append(f"{pdf.name}: lower-case text printed")
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
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs150.py"), tmp], check=True)
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
