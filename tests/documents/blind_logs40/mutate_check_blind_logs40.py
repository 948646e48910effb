"""Mutation runs for check_blind_logs40.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
sample date, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (a related number on one language line only, a summary count, a
repeated day heading, an id in one half only, a shift summary count) are applied to the
`pdftotext -layout` text.
Run: python tests/documents/blind_logs40/mutate_check_blind_logs40.py
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
import check_blind_logs40 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Calle Inexistente 999"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    s = g[-1]["sample_records"][2]
    date, _, time = s["reported_at"].rpartition(" ")
    s["reported_at"] = date.replace("2025", "2024") + " " + time


def m_time(g):
    s = g[0]["sample_records"][1]
    s["reported_at"] = s["reported_at"][:-2] + ("59" if not s["reported_at"].endswith("59") else "58")


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Incendio"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_sample_id(g):
    g[0]["sample_records"][0]["case_number"] = g[0]["case_numbers"][0][:-1] + "9"


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_time, m_type, m_pages, m_dup, m_sample_id]


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs40.py"), "--dir", str(dst)], capture_output=True
    ).returncode


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
            gp.write_text(json.dumps(g, ensure_ascii=False))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # a missing agency folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED missing folder")


def one_line_only(t, e):
    num = e["related_numbers"][0]["number"]
    i = t.rfind(num)
    return t[:i] + "X" * len(num) + t[i + len(num) :]


MUT = {
    "bahia-serena-pr-municipal-police": one_line_only,
    "san-lazaro-del-rio-tx-pd": lambda t, e: re.sub(
        r"^( +FIGHT / RIÑA +)(\d+)$", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, flags=re.M
    ),
    "mesilla-verde-county-nm-so": lambda t, e: t.replace(
        "\fOficina del Sheriff", "\f\n" + C.MV_HEAD.search(t).group(0) + "\nOficina del Sheriff", 1
    ),
    "villa-paloma-az-pd": lambda t, e: re.sub(r"(Núm\. de caso: +)VP-25-\d{5}", r"\1VP-25-XXXXX", t, count=1),
    "rio-blanco-county-tx-so": lambda t, e: re.sub(
        r"^( +\d\d/\d\d/2025 TURNO A +)(\d+)$", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1, flags=re.M
    ),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t, e)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED layout trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
