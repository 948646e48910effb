"""Mutation runs for check_blind_logs104.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, a related number listed as an id, a wrong
reported date, a repeat of an id added as a record, a missing agency folder) run the real check on
a copy in a temporary folder; trap mutations (an overprint line dropped, an overflow line moved
away from its record, a partial block given another id, a shift count changed, the hash total
changed) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs104/mutate_check_blind_logs104.py
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
import check_blind_logs104 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "NOWHERE HALL"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    """A related number listed as an id as well."""
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30/25 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "ARSON"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    """An id listed twice, as a repeat (overprint, reprint, duplicate key) would suggest."""
    g[0]["case_numbers"].insert(2, g[0]["case_numbers"][1])
    g[0]["record_count"] += 1


def m_disp(g):
    g[0]["sample_records"][2]["disposition"] = "EXCEPTIONALLY CLEARED BY MAGISTRATE"


def m_relrec(g):
    g[0]["related_numbers"][0]["record"] = "XX-0000"


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_disp, m_relrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs104.py"), "--dir", str(dst)],
                          capture_output=True).returncode


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
for f in folders:  # an agency folder removed
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.rmtree(dst / f)
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc
        if not rc:
            print("MISSED folder removed", f)


def move_overflow(t):
    """The first overflow line moved one line down (no longer under its record)."""
    lines = t.split("\n")
    i = next(k for k, x in enumerate(lines) if re.fullmatch(r"(?:OHP 25-\d{6}|W25-\d{4}|CR24-\d{6})", x))
    lines[i], lines[i + 1] = lines[i + 1], lines[i]
    return "\n".join(lines)


def partial_id(t):
    """The block cut at a page foot given another id than the block reprinted after it."""
    cut = t.index("** BLOCK CONTINUED")
    k = t.rindex(" CASE NO: DU-25-", 0, cut) + len(" CASE NO: DU-25-")
    return t[:k] + "9999" + t[k + 4:]


TRAP = {  # text mutations that break each layout's trap
    "asherton-pa-pd": [
        lambda t: re.sub(r"^\+ +25-\d{6} [^\n]*\n", "", t, count=1, flags=re.M),  # an overprint line lost
        lambda t: re.sub(r"^(\+ +25-\d{6} \d\d/\d\d/25 )\d{4}", r"\g<1>0000", t, count=1, flags=re.M),
        lambda t: re.sub(r"TOTAL FOR (\S+) +(\d+)", lambda m: f"TOTAL FOR {m.group(1)} {int(m.group(2)) + 1}", t,
                         count=1)],
    "crowmarsh-county-oh-so": [
        move_overflow,
        lambda t: re.sub(r"OVERFLOW LINES (\d+)", lambda m: f"OVERFLOW LINES {int(m.group(1)) - 1:06d}", t),
        lambda t: re.sub(r"^(CR24-\d{6})$", r" \1", t, count=1, flags=re.M)],
    "dunsford-university-dps": [
        partial_id,
        lambda t: t.replace("** BLOCK CONTINUED - REPRINTED IN FULL ON NEXT PAGE **", "", 1),
        lambda t: re.sub(r"CLASS TOTAL (.+?) +(\d+)$", lambda m: f"CLASS TOTAL {m.group(1)} {int(m.group(2)) + 1}",
                         t, count=1, flags=re.M)],
    "vellacott-county-mt-so": [
        lambda t: re.sub(r"ENTRIES THIS SHIFT: (\d+)", lambda m: f"ENTRIES THIS SHIFT: {int(m.group(1)) + 1}", t,
                         count=1),
        lambda t: t.replace("END OF OUTPUT", "END", 1),
        lambda t: t.replace("\f", "0001 HRS DEPUTY 2C11 DISPATCHED TO TEST. INCIDENT V25-99999. NONE.\n\f", 1)],
    "quenmore-nj-pd": [
        lambda t: re.sub(r"HASH TOTAL CASE NO +(\d+)", lambda m: f"HASH TOTAL CASE NO {int(m.group(1)) + 9}", t),
        lambda t: re.sub(r"DUP KEY (25\d{7})", "DUP KEY 259999999", t, count=1),
        lambda t: re.sub(r"\*\*\* BEAT (\d\d) TOTAL +(\d+)", lambda m: f"*** BEAT {m.group(1)} TOTAL {int(m.group(2)) + 1}",
                         t, count=1)],
}
for f, muts in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.text_of(f, SRC / f / e["file"])
    C.run_raw_cache.clear()
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    for k, mut in enumerate(muts):
        t2 = mut(t)
        assert t2 != t, (f, k)
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, k)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
