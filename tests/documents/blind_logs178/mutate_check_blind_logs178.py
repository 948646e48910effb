"""Mutation runs for check_blind_logs178.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids as a reading fooled by the layout's trap would list them: every id-shaped
number on the pages, contents lines, continuation lines, first issues of revised days and report numbers
included, or for Fenwold only the days whose shift prints the id first; a dropped, swapped, duplicated or
repeated id, a wrong sample location, type or date, sha256, page count or record count, an unprinted related
number, an id listed as related, a related number or a page ordinal listed as a record, a day's count in
daily_reports changed, for Harlowby a sample given its first-issue value instead of the revised one, a missing
agency folder) run the real check on a copy in a temporary folder; trap mutations (two per layout, applied to
the `pdftotext -layout` text of the pages and fed to the layout check: Brindlecombe's contents line with a
wrong first number, a wrong contents page; Caddowmere's continuation line naming another case, page numbers
running on into the next day's report; Fenwold's B-shift log given the A-shift column header, a contents line
naming the wrong shift; Harlowby's REVISED mark removed, a revised log printed with the first issue's entries;
Kestrelford's footer carrying another report's number, an index line with a report number of another day).
Run: python tests/documents/blind_logs178/mutate_check_blind_logs178.py
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs178 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_daily(g):
    x = next(x for x in g[0]["daily_reports"] if x.get("incidents", x.get("entries")))
    key = "incidents" if "incidents" in x else "entries"
    x[key] += 1


WRONG = {}  # folder -> the ids a reading fooled by the trap would list


def m_wrong(g, folder):
    g[0]["case_numbers"] = WRONG[folder]
    g[0]["record_count"] = len(WRONG[folder])


def m_first_issue(g, folder):
    """Harlowby: the middle sample given the value its first issue printed, not the revised value."""
    e = g[0]
    s = e["sample_records"][1]
    reps = C.daily_reports(folder, PAGES[folder])
    orig = next(t for i, r in enumerate(reps) for num, t, _, _ in r["recs"]
                if num == s["case_number"] and i + 1 < len(reps) and reps[i + 1]["rev"])
    flat = " ".join(orig.split())
    if not C.in_order(C.tokens(s["disposition"]), C.tokens(flat)):
        s["disposition"] = re.search(r"Disposition: (.*?)\.", flat).group(1)
    else:
        s["location"] = re.search(r" at (.*?)\.", flat).group(1)


MUTS = [m_wrong, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat, m_daily]
EXTRA = {"harlowby-nc-pd": [m_first_issue]}
PAGES = {}


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs178.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    full = C.run(["pdftotext", "-layout", str(SRC / folder / e["file"]), "-"])
    return e, full.split("\f")[:-1]


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, pages = texts(f)
    PAGES[f] = pages
    if f == "fenwold-wi-pd":  # only the days whose shift prints the incident number in the first column
        reps = C.daily_reports(f, pages)
        WRONG[f] = [num for r in reps if re.search(r"Printed by A shift", pages[r["page"] - 1])
                    for num, *_ in r["recs"]]
    else:  # every id-shaped number on the pages
        WRONG[f] = C.IDS[f].findall("\n".join(pages))
    assert WRONG[f] != e["case_numbers"], f

caught = missed = 0
for f in folders:
    for m in MUTS + EXTRA.get(f, []):
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m in (m_wrong, m_first_issue) else m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def t_brind_first(pages):
    m = next(m for m in C.TOC["brindlecombe-vt-pd"].finditer(pages[0]) if m.group("first") != m.group("last"))
    pages[0] = pages[0][:m.start("first")] + m.group("last") + pages[0][m.end("first"):]
    return pages


def t_brind_page(pages):
    m = list(C.TOC["brindlecombe-vt-pd"].finditer(pages[0]))[4]
    pages[0] = pages[0][:m.start("page")] + str(int(m.group("page")) + 1) + pages[0][m.end("page"):]
    return pages


def t_cadd_cont(pages):
    p = next(i for i, t in enumerate(pages) if "(CONTINUED FROM PAGE" in t)
    m = re.search(r"CASE NO: +(CC26-\d{5}) +\(CONTINUED", pages[p])
    other = re.search(r"CASE NO: +(CC26-\d{5}) +RECEIVED", pages[p]).group(1)
    pages[p] = pages[p][:m.start(1)] + other + pages[p][m.end(1):]
    return pages


def t_cadd_restart(pages):
    """The page after a two-page report numbered on from it instead of restarting."""
    p = next(i for i, t in enumerate(pages) if re.search(r"PAGE +2 OF +2", t))
    pages[p + 1] = re.sub(r"PAGE +1 OF +(\d+)", lambda m: f"PAGE  3 OF  {int(m.group(1)) + 2}", pages[p + 1])
    return pages


def t_fen_head(pages):
    p = next(i for i, t in enumerate(pages) if "Printed by B shift" in t)
    pages[p] = re.sub(r"Rec'd +Call Type +Location +Incident # +Disp\.",
                      "Incident No.  Received  Call Type  Location  Disposition", pages[p])
    return pages


def t_fen_toc(pages):
    pages[0] = pages[0].replace("printed by B shift", "printed by A shift", 1)
    return pages


def t_harl_unrevised(pages):
    p = next(i for i, t in enumerate(pages) if f"{C.D} REVISED\n" in t and "Public Information" in t)
    pages[p] = pages[p].replace(f" {C.D} REVISED\n", "\n", 1)
    return pages


def t_harl_same(pages):
    """A revised log printed with the first issue's entries under its REVISED title and note."""
    p = next(i for i, t in enumerate(pages) if f"{C.D} REVISED\n" in t and "Public Information" in t)
    start = re.compile(r"(?m)^ *26-\d{5} +\d\d/\d\d/\d\d \d\d:\d\d ")
    head = pages[p][:start.search(pages[p]).start()]
    pages[p] = head + pages[p - 1][start.search(pages[p - 1]).start():]
    return pages


def t_kes_footer(pages):
    p = next(i for i, t in enumerate(pages) if "Daily Report 2026-0305" in t)
    pages[p] = re.sub(r"Daily Report 2026-0305( +Page)", r"Daily Report 2026-0306\1", pages[p])
    return pages


def t_kes_index(pages):
    pages[0] = re.sub(r"(?m)^( *)2026-0304( +03/04/2026)", r"\g<1>2026-0403\2", pages[0])
    return pages


TRAP = {
    "brindlecombe-vt-pd": [t_brind_first, t_brind_page],
    "caddowmere-county-mn-so": [t_cadd_cont, t_cadd_restart],
    "fenwold-wi-pd": [t_fen_head, t_fen_toc],
    "harlowby-nc-pd": [t_harl_unrevised, t_harl_same],
    "kestrelford-me-pd": [t_kes_footer, t_kes_index],
}
for f, muts in TRAP.items():
    e, pages = texts(f)
    assert not C.check_layout(f, e["file"], e, pages), f
    for mut in muts:
        p2 = mut(list(pages))
        assert p2 != pages, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, p2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
