"""Mutation runs for check_blind_logs125.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (arrest, cited case, report, prior incident, agency case) listed as a record, a record listed
twice, a missing agency folder) run the real check on a copy in a temporary folder; trap mutations
are applied to the `pdftotext -layout` text and fed to the layout check: two adjacent overflow rows
swapped (one of them carrying a related number), one overflow row dropped, and per layout a line
number changed (Ardwell), the overflow pages moved before the left pages (Denholt, Quenby), a daily
count changed (Marrowby), a wrapped location's second line printed as a row of its own (Pellworth).
Run: python tests/documents/blind_logs125/mutate_check_blind_logs125.py
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
import check_blind_logs125 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "12/31/19 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_disp(g):
    s = g[0]["sample_records"][1]
    s["disposition"] = "Unfounded" if s["disposition"] != "Unfounded" else "Report taken"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_relrec(g):
    """Give a related number to the record printed before its own (the order-matching trap)."""
    e = g[0]
    r = e["related_numbers"][0]
    i = e["case_numbers"].index(r["record"])
    r["record"] = e["case_numbers"][i - 1 if i else i + 1]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_disp, m_pages, m_dup,
        m_repeat, m_nonrec, m_relrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs125.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def overflow_lines(folder, t):
    """Line indexes of the data rows of overflow (non-left) panel pages."""
    lines = t.split("\n")
    out, key, after_rule = [], None, False
    for i, x in enumerate(lines):
        m = C.MARKER[folder].match(x.strip())
        if m:
            key, after_rule = m.group(1), False
            continue
        if key is None:
            continue
        if re.match(r"^-{20,}$", x.strip()):
            after_rule = True
            continue
        if (after_rule and key not in ("A", "1") and x.strip() and not C.FOOT.search(x)
                and not x.startswith("      ")):
            out.append(i)
    return lines, out


def swap_rows(folder, e):
    nums = {r["number"] for r in e["related_numbers"]}

    def f(t):
        lines, idx = overflow_lines(folder, t)
        for a, b in zip(idx, idx[1:]):
            if b == a + 1 and (set(lines[a].split()) & nums) != (set(lines[b].split()) & nums):
                lines[a], lines[b] = lines[b], lines[a]
                return "\n".join(lines)
        return t
    return f


def drop_row(folder, e):
    def f(t):
        lines, idx = overflow_lines(folder, t)
        del lines[idx[0]]
        return "\n".join(lines)
    return f


def pages_first(t):
    """Move the overflow pages (the second half) before the left pages."""
    pages = t.split("\f")
    tail = pages[-1]
    body = pages[:-1]
    h = len(body) // 2
    return "\f".join(body[h:] + body[:h] + [tail])


TRAP3 = {
    "ardwell-ks-pd": lambda t: re.sub(r"^Ln +Location.*\n-+\n1 ", lambda m: m.group(0)[:-2] + "0 ", t, count=1,
                                      flags=re.M),
    "denholt-county-wy-so": pages_first,
    "pellworth-me-pd": lambda t: re.sub(r"^ {6,}(\S)", r"\1", t, count=1, flags=re.M),
    "marrowby-township-pa-pd": lambda t: re.sub(r"Daily count (\d\d/\d\d/2025): (\d+)",
                                                lambda m: f"Daily count {m.group(1)}: {int(m.group(2)) + 1}", t, count=1),
    "quenby-county-or-ecc": pages_first,
}

folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
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

for f in folders:
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e), f
    for name, mut in [("swap", swap_rows(f, e)), ("drop", drop_row(f, e)), ("own", TRAP3[f])]:
        t2 = mut(t)
        assert t2 != t, (f, name)
        out = C.check_layout(f, e["file"], t2, e)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, name)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
