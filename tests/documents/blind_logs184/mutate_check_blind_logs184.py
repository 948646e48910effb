"""Mutation runs for check_blind_logs184.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped, duplicated or repeated id, a wrong sample location, type or
date, sha256, page count or record count, an unprinted related number, an id listed as related, a related
number or a page ordinal listed as a record, and one per layout: Bolsa Mesa's sample date read from the
Vietnamese day-first line, Monterey Vale's related case listed in place of its record's id, Laurel Mesa's
sample Korean date taken from the paragraph after the id, Serrano Bay's first two days listed in the wrong
order, Verdugo Crest's ids listed once per column; a missing agency folder) run the real check on a copy in
a temporary folder; trap mutations (two per layout, applied to the texts and fed to the layout check:
Bolsa Mesa's Vietnamese dates printed month first, a page's English header line gone; Monterey Vale's
related-case line dropped, a full-width date printed in ASCII; Laurel Mesa's Korean paragraphs printed after
the English ones, a Korean time with the wrong half of the day; Serrano Bay's items numbered straight
through, a day heading's count changed; Verdugo Crest's Armenian column without ids, its side-by-side lines
broken apart).
Run: python tests/documents/blind_logs184/mutate_check_blind_logs184.py
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
import check_blind_logs184 as C  # noqa: E402


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


def m_trap(g, folder):
    e = g[0]
    if folder == "bolsa-mesa-ca-pd":  # the date read from the Vietnamese line, month first
        s = e["sample_records"][1]
        mm, dd, rest = s["reported_at"].split("/", 2)
        s["reported_at"] = f"{dd}/{mm}/{rest}"
    if folder == "monterey-vale-ca-pd":  # a related case listed as the record
        r = e["related_numbers"][0]
        e["case_numbers"][e["case_numbers"].index(r["record"])] = r["number"]
    if folder == "laurel-mesa-ca-pd":  # the Korean paragraph after the id given to the record
        e["sample_records"][0]["reported_at_local"] = GT_NEXT_KO[folder]
    if folder == "serrano-bay-ca-pd":  # the first two days in the wrong order
        c = e["case_numbers"]
        day1, day2 = len(FIRST_DAY[folder]), len(FIRST_DAY[folder]) + len(SECOND_DAY[folder])
        e["case_numbers"] = c[day1:day2] + c[:day1] + c[day2:]
    if folder == "verdugo-crest-ca-pd":  # one record per column
        e["case_numbers"] = [x for x in e["case_numbers"] for _ in (0, 1)]
        e["record_count"] = len(e["case_numbers"])


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat,
        m_trap]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs184.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def load(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    pdf = SRC / folder / e["file"]
    tx = C.texts(folder, pdf, e["pages"])
    tx["pdf"] = str(pdf)
    return e, tx


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
GT_NEXT_KO, FIRST_DAY, SECOND_DAY = {}, {}, {}
e, tx = load("laurel-mesa-ca-pd")
GT_NEXT_KO["laurel-mesa-ca-pd"] = re.findall(r"\d{4}년 \d{1,2}월 \d{1,2}일 오[전후] \d{1,2}시 \d{1,2}분",
                                             "\n".join(tx["pages"]))[1]
e, tx = load("serrano-bay-ca-pd")
days = re.split(r"(?m)^ *(?:Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado|Linggo), Marso", "\n".join(tx["pages"]))
FIRST_DAY["serrano-bay-ca-pd"] = set(re.findall(r"SB26-\d{4}", days[1]))
SECOND_DAY["serrano-bay-ca-pd"] = set(re.findall(r"SB26-\d{4}", days[2]))

caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_trap else m(g)
            gp.write_text(json.dumps(g, ensure_ascii=False))
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


def t_bolsa_monthfirst(tx):
    tx["pages"] = [re.sub(r"ngày (\d\d)/(\d\d)/", r"ngày \2/\1/", p) for p in tx["pages"]]


def t_bolsa_header(tx):
    tx["pages"][1] = re.sub(r"(?m)^ *Case No\. +Reported +Incident Type.*\n", "", tx["pages"][1])


def t_monterey_rel(tx):
    tx["pages"] = [re.sub(r"(?m)^.*（Related case）：MV26-\d{5}.*\n", "", p, count=1) for p in tx["pages"]]


def t_monterey_date(tx):
    tx["pages"][0] = re.sub(r"（Reported）：([０-９]+)年", lambda m: "（Reported）：" + "".join(
        chr(ord(ch) - 0xFEE0) for ch in m.group(1)) + "年", tx["pages"][0], count=1)


def t_laurel_after(tx):
    """Each record's Korean paragraph printed after its English one."""
    out = []
    for p in tx["pages"]:
        parts = re.split(r"(?m)^(?=\d{4}년 )", p)
        moved = [parts[0]]
        for part in parts[1:]:
            m = re.search(r"(?m)^\d{1,2}/\d{1,2}/2026 \d\d:\d\d ", part)
            moved.append(part[m.start():] + "\n" + part[:m.start()] if m else part)
        out.append("".join(moved))
    tx["pages"] = out


def t_laurel_half(tx):
    tx["pages"][0] = re.sub(r"오(전|후) ", lambda m: "오" + ("후" if m.group(1) == "전" else "전") + " ",
                            tx["pages"][0], count=1)


def t_serrano_straight(tx):
    k = iter(range(1, 1000))
    tx["pages"] = ["".join(re.sub(r"(?m)^( *)\d+\.( +Kaso Blg\.)", lambda m: f"{m.group(1)}{next(k)}.{m.group(2)}",
                                  p)) for p in tx["pages"]]


def t_serrano_count(tx):
    tx["pages"][0] = re.sub(r"\((\d+) insidente", lambda m: f"({int(m.group(1)) + 1} insidente", tx["pages"][0],
                            count=1)


def t_verdugo_noids(tx):
    tx["right"] = [re.sub(r"(?m)^ *VC26-\d{5}\n", "", p) for p in tx["right"]]


def t_verdugo_apart(tx):
    tx["full"] = re.sub(r"(?m)^(.*VC26-\d{5}.*?) {3,}(VC26-\d{5}.*)$", r"\1\n\2", tx["full"])


TRAP = {
    "bolsa-mesa-ca-pd": [t_bolsa_monthfirst, t_bolsa_header],
    "monterey-vale-ca-pd": [t_monterey_rel, t_monterey_date],
    "laurel-mesa-ca-pd": [t_laurel_after, t_laurel_half],
    "serrano-bay-ca-pd": [t_serrano_straight, t_serrano_count],
    "verdugo-crest-ca-pd": [t_verdugo_noids, t_verdugo_apart],
}
for f, muts in TRAP.items():
    e, tx = load(f)
    assert not C.check_layout(f, e["file"], e, tx), f
    for mut in muts:
        t2 = {k: (list(v) if isinstance(v, list) else v) for k, v in tx.items()}
        mut(t2)
        assert t2 != tx, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, t2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
