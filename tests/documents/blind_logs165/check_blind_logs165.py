"""Stand-alone check of the held-out set blind_logs165 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both (unless a linked case
cites an earlier record of the same log); a layout-specific stretch-start pattern (which also finds
the non-record stretches: page titles and footers, release and bulletin headers, media-contact and
activity lines, column titles, UPDATE items, closing and boilerplate lines) gives exactly the listed
ids in order; the document's own count equals record_count; every sample value is printed inside its
own record's stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap.
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
D = "\u2014"

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id" (or, where ID_IN has a pattern, the one match of it inside the
# stretch); the other alternatives start stretches that are no records
START = {
    "harrowgate-county-or-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>HC26-\d{5}) +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d )"
        r"|(?P<bul>FOR IMMEDIATE RELEASE +MEDIA BULLETIN No\. (?P<bn>2026-\d{3}))"
        r"|(?P<cont>MEDIA BULLETIN No\. (?P<cn>2026-\d{3}) \(continued\))"
        r"|Harrowgate County Sheriff's Office \[invented\] - Daily Media Bulletin for|Media contact:"
        r"|(?P<stats>24-hour activity, (?P<sd>\d\d/\d\d/\d{4}): Calls for service (?P<calls>\d+) \| Case reports "
        r"(?P<reps>\d+) \| Arrests (?P<arr>\d+) \| Citations \d+)|Case No +Reported"
        r"|(?P<inc>Incidents released in this bulletin: (?P<incn>\d+))|Released by the Public Information Unit"
        r"|###|(?P<more>-MORE-)|Bulletins list selected|HARROWGATE COUNTY SHERIFF|Bulletins in this compilation)",
        re.M),
    "wexcombe-nh-pd": re.compile(
        r"^ *(?:(?P<rec>Case Number: +(?P<id>26-\d{5}))"
        r"|(?P<rel>FOR IMMEDIATE RELEASE +Release No\. (?P<rn>26-\d{3}))|Released: \d"
        r"|WEXCOMBE POLICE DEPARTMENT|Office of the Chief|###|Anyone with information|Compilation of press)", re.M),
    "ravensholt-in-pd": re.compile(
        r"^ *(?:(?P<rec>FOR IMMEDIATE RELEASE) *$|###|RAVENSHOLT POLICE DEPARTMENT|Page \d+ of \d+ "
        r"|News releases compiled|About the Ravensholt)", re.M),
    "marlow-heath-ks-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<n>\d+)\. +Case (?P<id>26-\d{{5}}) {D} )"
        rf"|(?P<upd>(?P<un>\d+)\. +UPDATE {D} Case (?P<uid>26-\d{{5}}) \(Summary No\. (?P<us>26-\d{{3}}), item "
        r"(?P<ui>\d+)\))|(?P<sum>DAILY PRESS SUMMARY No\. (?P<sn>26-\d{3}))|Incidents reported |Media contact:"
        r"|(?P<items>Items in this summary: (?P<in>\d+) \((?P<inew>\d+) new incidents?, (?P<iup>\d+) updates?\)\.)"
        rf"|{D} End of summary {D}|MARLOW HEATH POLICE|Page \d+ of \d+\. Summaries"
        r"|New incidents released in this period)", re.M),
    "port-alder-me-pd": re.compile(
        r"^ *(?:(?P<rec>CASE (?P<id>26-\d{5}) -- )"
        r"|(?P<rel>PORT ALDER POLICE DEPT \[INVENTED\] -- MEDIA RELEASE (?P<rn>26-R-\d{3}))"
        r"|FOR IMMEDIATE RELEASE -- |ATTN: |SLUG: |(?P<items>ITEMS THIS RELEASE: (?P<in>\d+))|-30-"
        r"|END OF TRANSMISSION)", re.M),
}
ID_IN = {"ravensholt-in-pd": re.compile(r"\brefer\s+to\s+case\s+(26-\d{4})\.")}
TOTAL = {  # the document's own count of records
    "harrowgate-county-or-so": re.compile(r"Incidents released: (\d+)\."),
    "wexcombe-nh-pd": re.compile(r"Incidents reported in releases: (\d+)\."),
    "ravensholt-in-pd": re.compile(r"News releases compiled: (\d+) "),
    "marlow-heath-ks-pd": re.compile(r"New incidents released in this period: (\d+);"),
    "port-alder-me-pd": re.compile(r"-- (\d+) ITEMS"),
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
    for r in e["related_numbers"]:  # a linked case may cite an earlier record of the same log, nothing else
        if r["number"] in ids and (r["kind"] != "linked_case" or r["record"] not in ids
                                   or ids.index(r["number"]) >= ids.index(r["record"])):
            problems.append(f"{name}: {r['number']} is both an id and a related number")
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
        text = t[m.start():end]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, t) if num]


def tokens(s):
    return [x for x in re.split(r"[\s/|]+|(?<=\d)-(?=\d\d/)", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
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
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if not kinds or r["kind"] in kinds}


def g(m, key):
    return m.groupdict().get(key) if m else None


def flat(s):
    return re.sub(r"\s+", " ", s)


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids = e["case_numbers"]
    bad = [num for num, _, _ in recs] != ids
    bl = blocks(folder, t)
    if folder == "harrowgate-county-or-so":
        # the activity line's counts are not the listed rows; only each bulletin's closing line counts them
        buls, cur, conts = [], None, []
        for num, _, _, m in bl:
            if g(m, "bul"):
                cur = {"bn": g(m, "bn"), "rows": [], "stats": None, "inc": None}
                buls.append(cur)
            elif cur is None:
                continue
            if g(m, "cont"):
                conts.append(g(m, "cn") == cur["bn"] and cur["inc"] is None)
            if g(m, "stats"):
                cur["stats"] = (g(m, "sd"), int(g(m, "calls")), int(g(m, "reps")), int(g(m, "arr")))
            if g(m, "inc"):
                cur["inc"] = int(g(m, "incn"))
            if num:
                bad |= cur["inc"] is not None or cur["stats"] is None
                cur["rows"].append((num, m.group("date")))
        for k, b in enumerate(buls):
            rows, st = b["rows"], b["stats"]
            bad |= (not st or not rows or b["inc"] != len(rows) or b["bn"] != f"2026-{k + 5:03d}"
                    or any(date != st[0] for _, date in rows) or st[2] <= len(rows) or st[1] <= st[2])
        pages = t.split("\f")
        more = [i for i, p in enumerate(pages) if re.search(r"(?m)^ *-MORE- *$", p)]
        cont = [i for i, p in enumerate(pages) if "(continued)" in p]
        bad |= (len(buls) != 14 or sum(len(b["rows"]) for b in buls) != len(ids) or not conts or not all(conts)
                or [i + 1 for i in more] != cont
                or re.findall(r"Bulletins in this compilation: (\d+)\.", t) != [str(len(buls))])
    if folder == "wexcombe-nh-pd":
        # releases are not records: several incidents in one release, none in others
        rels, cur, links = [], None, set()
        for num, text, _, m in bl:
            if g(m, "rel"):
                cur = [g(m, "rn"), []]
                rels.append(cur)
            if not num:
                continue
            bad |= cur is None
            if cur is not None:
                cur[1].append((num, re.search(r"Incident: +(.+)", text).group(1).strip()))
            for ref in re.findall(r"Linked case: +(26-\d{5})", text):
                links.add((num, ref))
                bad |= ref not in ids or ids.index(ref) >= ids.index(num)
        printed = re.findall(r"Releases: (\d+)\. Incidents reported in releases: (\d+)\.", t)
        sizes = [len(x[1]) for x in rels]
        bad |= ([x[0] for x in rels] != [f"26-{k:03d}" for k in range(1, len(rels) + 1)]
                or printed != [(str(len(rels)), str(len(ids)))] or len(rels) == len(ids)
                or sum(s == 0 for s in sizes) < 3 or sum(s >= 2 for s in sizes) < 3
                or any(len({typ for _, typ in x[1]}) != 1 for x in rels if len(x[1]) > 1)
                or any(x[0] in ids for x in rels) or links != rel(e, "linked_case"))
    if folder == "ravensholt-in-pd":
        # the dateline is the release date; the id only in the closing line, after any prior case
        later, priors = 0, set()
        for num, text, _, _ in bl:
            if not num:
                continue
            f = flat(text)
            dl = re.findall(rf"RAVENSHOLT, Ind\. \(Jan\. (\d+), 2026\) {D} Officers were called at \d+:\d\d [ap]\.m\. "
                            r"\w+day, Jan\. (\d+), ", f)
            close = re.search(r"Anyone with information is asked to call .*? refer to case (26-\d{4})\.$", f.strip())
            if len(dl) != 1 or not close or close.group(1) != num:
                bad = True
                continue
            rel_day, rep_day = int(dl[0][0]), int(dl[0][1])
            bad |= rep_day > rel_day
            later += rep_day < rel_day
            body = f[:close.start()]
            bad |= num in body or bool(re.search(r"\b26-\d{4}\b", body)) or f.count("2026") != 1
            for p in re.findall(r"\(case (25-\d{4})\)", body):
                priors.add((num, p))
        bad |= later < len(ids) // 3 or priors != rel(e, "prior_case") or len(priors) < 3
    if folder == "marlow-heath-ks-pd":
        # UPDATE items re-print an incident released in an earlier summary; they are not records
        sums, cur, where, status, n_upd = [], None, {}, {}, 0
        for num, text, _, m in bl:
            if g(m, "sum"):
                cur = {"sn": g(m, "sn"), "nums": [], "new": 0, "upd": 0, "items": None}
                sums.append(cur)
            if cur is None:
                continue
            if num:
                cur["nums"].append(int(m.group("n")))
                cur["new"] += 1
                where[num] = (cur["sn"], int(m.group("n")))
                st = re.search(r"Status: (.+?)\.$", flat(text).strip())
                status[num] = st.group(1) if st else None
            if g(m, "upd"):
                cur["nums"].append(int(g(m, "un")))
                cur["upd"] += 1
                n_upd += 1
                uid = g(m, "uid")
                old = re.search(r"Status changed from (.+) to (?:Arrest made|Cleared - |Closed - )", flat(text))
                bad |= (uid not in where or where[uid] != (g(m, "us"), int(g(m, "ui"))) or g(m, "us") == cur["sn"]
                        or not old or old.group(1) != status.get(uid))
            if g(m, "items"):
                cur["items"] = (int(g(m, "in")), int(g(m, "inew")), int(g(m, "iup")))
        for s in sums:
            k = len(s["nums"])
            bad |= s["nums"] != list(range(1, k + 1)) or s["items"] != (k, s["new"], s["upd"])
        last = re.findall(r"updates to earlier incidents: (\d+)\.", t)
        bad |= n_upd < 5 or last != [str(n_upd)] or sum(s["new"] for s in sums) != len(ids)
    if folder == "port-alder-me-pd":
        # -MORE- / ADD slugs: an item cut by a page end, its case number repeated in the ADD slug
        release, splits, cuts = None, [], []
        items = {}
        for num, text, _, m in bl:
            if g(m, "rel"):
                release = g(m, "rn")
                items[release] = [0, None]
            if g(m, "items") and release:
                items[release][1] = int(g(m, "in"))
            if not num:
                continue
            items[release][0] += 1
            for cited in re.findall(r"ADD \d+ -- MEDIA RELEASE \S+ -- CASE (\S+) CONTINUED", text):
                bad |= cited != num
            if "\f" in text:
                after = text.split("\f", 1)[1]
                add = re.search(r"(?m)^ *ADD (\d+) -- MEDIA RELEASE (26-R-\d{3})(?: -- CASE (26-\d{5}) CONTINUED)?$",
                                after)
                rest = after[add.end():].strip() if add else ""
                bad |= not add or add.group(2) != release or (add.group(3) is not None) != bool(rest)
                if rest:
                    splits.append(num)
                    cuts.append(bool(re.search(r"(?m)^ *-MORE- *$", text.split("\f", 1)[0])))
        pages = t.split("\f")
        more = [i for i, p in enumerate(pages) if re.search(r"(?m)^ *-MORE- *$", p)]
        adds = [i - 1 for i, p in enumerate(pages) if re.search(r"(?m)^ *ADD \d+ -- MEDIA RELEASE", p)]
        bad |= (len(splits) < 2 or not all(cuts) or more != adds
                or any(a != b for a, b in items.values()) or sum(a for a, _ in items.values()) != len(ids)
                or list(items) != [f"26-R-{k:03d}" for k in range(5, 5 + len(items))])
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
        if pages != e["pages"] or not 1 <= pages <= 16:
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
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs165.py"), tmp], check=True)
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
