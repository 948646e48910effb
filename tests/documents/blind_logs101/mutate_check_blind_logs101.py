"""Mutation runs for check_blind_logs101.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, the new-year ids moved before the
old-year ones, a wrong sample location, type or date, a sample id given the other year's prefix, sha256, page
count or record count, an unprinted related number, an id listed as related, a number that is not a record
listed as one) run the real check on a copy in a temporary folder, and so does a missing agency folder;
year-turn trap mutations (two per layout) are applied to the `pdftotext -layout` text and fed to the
layout check.
Run: python tests/documents/blind_logs101/mutate_check_blind_logs101.py
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
import check_blind_logs101 as C  # noqa: E402


def m_drop(g, t):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g, t):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_yearorder(g, t):
    c = g[0]["case_numbers"]
    first, _, _ = C.year_split(c)
    g[0]["case_numbers"] = c[first:] + c[:first]


def m_loc(g, t):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_type(g, t):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_date(g, t):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = re.sub(r"\d", "7", s["reported_at"], count=2)


def m_prefix(g, t):
    s = g[0]["sample_records"][2]
    s["case_number"] = re.sub(r"(\d\d)(?=-\d+$)", lambda m: f"{int(m.group(1)) - 1:02d}", s["case_number"])


def m_sha(g, t):
    g[0]["sha256"] = "0" * 64


def m_pages(g, t):
    g[0]["pages"] += 1


def m_count(g, t):
    g[0]["record_count"] += 1


def m_rel(g, t):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_both(g, t):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_dup(g, t):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g, t):
    """List a number that is not a record as one: a related number, a year-end summary number that is not in
    the log, or an old-year id repeated by a 'Further to' entry."""
    e = g[0]
    if e["related_numbers"]:
        num = e["related_numbers"][0]["number"]
    else:
        nums = re.findall(r"^ +(MU-\d{4}-\d{4})$", t, re.M) + re.findall(r"Further to (\d\d-\d{4}):", t)
        num = next(x for x in nums if x not in e["case_numbers"][-3:])
    e["case_numbers"].insert(len(e["case_numbers"]) - 2, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_yearorder, m_loc, m_type, m_date, m_prefix, m_sha, m_pages, m_count, m_rel, m_both,
        m_dup, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs101.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def text_of(f):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    return e, C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])


def first_new(t, f):
    ids = [n for n, _, _ in C.records(f, t)]
    return ids[C.year_split(ids)[0]]


def late_row(t):
    ids = [n for n, _, _ in C.records("quillon-county-wv-so", t)]
    first, old, _ = C.year_split(ids)
    return next(x for x in ids[first:] if C.yy(x) == old)


TRAP = {  # text mutations that break each layout's year-turn trap
    "harwick-bay-me-pd": [
        lambda t: t.replace(first_new(t, "harwick-bay-me-pd"), first_new(t, "harwick-bay-me-pd")[:6] + "00001"),
        lambda t: re.sub(r"^(HB-\d\d-\d{5} +)01/", r"\g<1>12/", t, count=1, flags=re.M)],
    "quillon-county-wv-so": [
        lambda t: re.sub(rf"^({late_row(t)} +\d\d-\d\d \d{{4}} +)12-", r"\g<1>01-", t, flags=re.M),
        lambda t: re.sub(r"old-year series: (\d+)", lambda m: f"old-year series: {int(m.group(1)) - 1}", t)],
    "marrowgate-university-dps": [
        lambda t: re.sub(r"through (MU-\d{4}-)(\d{4})", lambda m: f"through {m.group(1)}{int(m.group(2)) - 1:04d}",
                         t),
        lambda t: re.sub(r"dated December in this log: (\d+)", lambda m: f"dated December in this log: "
                         f"{int(m.group(1)) + 2}", t)],
    "ostrander-falls-vt-pd": [
        lambda t: re.sub(r"^0000 +Midnight\..*\n", "", t, flags=re.M),
        lambda t: re.sub(r"Further to \d\d-\d{4}:", "Further to " + first_new(t, "ostrander-falls-vt-pd") + ":", t,
                         count=1)],
    "kestle-valley-co-pd": [
        lambda t: re.sub(r"WEEK (\d\d) TOTAL: (\d+)", lambda m: f"WEEK {m.group(1)} TOTAL: {int(m.group(2)) + 1}",
                         t, count=1),
        lambda t: re.sub(r"^KV(\d\d)-00001 ", lambda m: f"KV{int(m.group(1)) - 1}-00001 ", t, flags=re.M)],
}


def main():
    folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    caught = missed = 0
    for f in folders:
        _, t = text_of(f)
        for m in MUTS:
            with tempfile.TemporaryDirectory() as tmp:
                dst = Path(tmp) / "s"
                shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
                gp = dst / f / "groundtruth.json"
                g = json.loads(gp.read_text())
                before = json.dumps(g)
                m(g, t)
                assert json.dumps(g) != before, (f, m.__name__)
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
    for f, muts in TRAP.items():
        e, t = text_of(f)
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        for i, mut in enumerate(muts):
            t2 = mut(t)
            assert t2 != t, (f, i)
            out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
            caught += bool(out)
            missed += not out
            if not out:
                print("MISSED trap", f, i)
    print(f"caught {caught} of {caught + missed}, missed {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
