"""Mutation runs for check_blind_logs117.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped, duplicated or repeated id, a wrong sample location, type or
date, sha256, page count or record count, an unprinted related number, an id listed as related, a
non-record number (CAD call, linked earlier incident, deputy code, daily-summary figure, pinned
notice) listed as a record, a missing agency folder) run the real check on a copy in a temporary
folder; trap mutations (two per layout: a CAD number equal to the id or a missing CAD label, a
continued card under another id or on the same page, a linked number inside the month or equal to an
id, a daily-summary count changed or a day separator lost, a pinned notice changed or missing) are
applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs117/mutate_check_blind_logs117.py
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
import check_blind_logs117 as C  # noqa: E402


def m_drop(g, t):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g, t):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g, t):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g, t):
    g[0]["sha256"] = "0" * 64


def m_rel(g, t):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g, t):
    g[0]["record_count"] += 1


def m_both(g, t):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g, t):
    s = g[-1]["sample_records"]
    s[2]["reported_at"] = s[0]["reported_at"]


def m_repeat(g, t):
    """List a record a second time (as if a continued card or a repeated line were a new record)."""
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g, t):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g, t):
    g[0]["pages"] += 1


def m_dup(g, t):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g, t):
    """List a printed non-record number as a record: a related number, else a pinned notice, a deputy code
    or a daily-summary figure."""
    e = g[0]
    if e["related_numbers"]:
        num = e["related_numbers"][0]["number"]
    else:
        m = (re.search(r"Notice No\.\n *(\S+)", t) or re.search(r"^ *Deputies\n *(K\d+)", t, re.M)
             or re.search(r"^ *INCIDENTS\n *(\d+)", t, re.M))
        num = m.group(1)
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs117.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    e0 = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t0 = C.run(["pdftotext", "-layout", str(SRC / f / e0["file"]), "-"])
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, t0)
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


def cad_equals_id(t):
    return re.sub(r"(CALL NO\. \(CAD\)\n *)25-\d{5}(\n *INCIDENT NO\.\n *)(25-\d{5})", r"\g<1>\3\g<2>\3", t, count=1)


def cont_other_id(t):
    return re.sub(r"#25K-(\d{4}) \(continued\)", lambda m: f"#25K-{int(m.group(1)) + 1:04d} (continued)", t, count=1)


def cont_same_page(t):
    p = re.search(r"#25K-\d{4} \(continued\)", t).start()
    q = t.rfind("\f", 0, p)
    return t[:q] + "\n" + t[q + 1:]


def link_in_month(t):
    return re.sub(r"(\[link\] Linked incidents\n *)VT-25-\d{5}", r"\g<1>VT-25-09999", t, count=1)


def link_is_id(t):
    first = re.search(r"\[doc\] (VT-25-\d{5})", t).group(1)
    return re.sub(r"(\[link\] Linked incidents\n *)VT-25-\d{5}", rf"\g<1>{first}", t, count=1)


def summary_count(t):
    return re.sub(r"(DAILY SUMMARY\n *INCIDENTS\n *)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1)


def drop_day(t):
    ms = list(C.DAY.finditer(t))
    m = ms[len(ms) // 2]
    return t[:m.start()] + t[m.end():]


def pin_changed(t):
    return re.sub(r"(Notice No\.\n *)QC25-\d{4}", r"\g<1>QC25-0001", t, count=1)


def pin_missing(t):
    i = [m.start() for m in re.finditer(r"\[pin\] PINNED", t)][3]
    return t[:i] + "[pin]" + t[i + len("[pin] PINNED"):]


TRAPS = {
    "ostrander-wy-pd": [cad_equals_id, lambda t: t.replace("CALL NO. (CAD)", "CALL", 1)],
    "kettleby-county-ne-so": [cont_other_id, cont_same_page],
    "vessey-township-mi-pd": [link_in_month, link_is_id],
    "harlow-springs-id-pd": [summary_count, drop_day],
    "quenby-county-sd-so": [pin_changed, pin_missing],
}
for f, muts in TRAPS.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    for mut in muts:
        t2 = mut(t)
        assert t2 != t, (f, mut)
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, getattr(mut, "__name__", "lambda"))

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
