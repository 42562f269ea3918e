"""`make bench`: how long a build takes and how much memory it needs, against a floor.

usage: python -m benchmarks.bench CORPUS [--scales 1,4,16] [--work DIR] [--repeat N]

For each scale N it makes a synthetic corpus of N copies of CORPUS (each TEI copy gets its own
volume ID, each text copy its own content, so no copy is a duplicate), then measures, each
phase in a fresh process so that peak memory is its own:

  floor    parse every file with lxml and take its text (the least any build must do)
  extract  read and extract every document, in one process (no Prefect, no cache), with what
           the dependency parse read (sentences, characters, tokens) and what it cost
  build    a full build: `python -m pipelines build` into an empty output folder
  rerun    the same build again: nothing changed, so it publishes nothing
  prefect  Prefect's fixed start-up: a flow with no work (reported apart from the targets)

and prints documents, characters, wall seconds, characters per second and peak RSS, the
build/floor ratio, and how time and memory grow from the first scale to the last.  Prefect's
start-up varies by about a second from run to run here, so ``--repeat N`` runs every phase N
times and reports the median (and the range of the build's work).
Benchmarks are not tests: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ("import resource, json, sys; u = resource.getrusage(resource.RUSAGE_SELF); "
          "c = resource.getrusage(resource.RUSAGE_CHILDREN); "
          "print('@@' + json.dumps({'rss_mb': max(u.ru_maxrss, c.ru_maxrss) / 1024}))")

FLOOR = """
import sys
from pathlib import Path
from lxml import etree
chars = docs = 0
for path in sorted(Path(sys.argv[1]).rglob('*')):
    if not path.is_file():
        continue
    if path.suffix == '.xml':
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        divs = root.iterfind('.//{*}div[@type="document"]')
        for div in divs:
            docs += 1
            chars += len(' '.join(''.join(div.itertext()).split()))
    else:
        docs += 1
        chars += len(path.read_text(encoding='utf-8', errors='replace'))
print('@@' + __import__('json').dumps({'docs': docs, 'chars': chars}))
"""

EXTRACT = """
import sys
from pathlib import Path
from pipelines.readers import discover, drop_duplicates, read_documents
from pipelines.extract import extract_document
corpus = Path(sys.argv[1])
paths, _ = discover(corpus)
docs, _ = read_documents(paths, corpus)
docs, _ = drop_duplicates(docs)
for doc in docs:
    extract_document(doc)
from pipelines.extract.parse import parse_stats
print('@@' + __import__('json').dumps({'docs': len(docs), 'chars': sum(len(d.text) for d in docs),
                                       'parse': parse_stats()}))
"""

PREFECT = """
from prefect import flow, task
@task
def nothing():
    return 0
@flow
def empty():
    return nothing()
empty()
"""

NOISE = 0.5  # seconds: how much Prefect's start-up varies between runs here

QUIET = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
         "PREFECT_LOGGING_LEVEL": "WARNING",
         "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120"}


def run(code: str, *args: str, env_home: Path) -> dict:
    """Run ``code`` in a fresh Python; return its @@-line JSON plus wall time and peak RSS."""
    import os

    env = {**os.environ, **QUIET, "PREFECT_HOME": str(env_home)}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code + "\n" + REPORT, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"benchmark phase failed:\n{proc.stderr[-3000:]}")
    out: dict = {"wall": wall}
    for line in proc.stdout.splitlines():
        if line.startswith("@@"):
            out |= json.loads(line[2:])
    return out


def spread(values: list[float]) -> str:
    return f" (runs: {min(values):.1f}-{max(values):.1f} s)" if len(values) > 1 else ""


def build_code() -> str:
    return ("import sys\nfrom pipelines.__main__ import main\n"
            "code = main(['build', '--corpus', sys.argv[1], '--output', sys.argv[2]])\n"
            "assert code == 0, code\n")


def synthetic(corpus: Path, scale: int, into: Path) -> Path:
    """``scale`` copies of the corpus; copy k > 0 gets new TEI volume IDs and new text."""
    target = into / f"x{scale}"
    if target.exists():
        return target
    target.mkdir(parents=True)
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and not p.is_symlink())
    for k in range(scale):
        for path in files:
            rel = path.relative_to(corpus)
            out = target / f"copy{k:02d}" / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            if k == 0:
                shutil.copyfile(path, out)
            elif path.suffix == ".xml":
                data = path.read_text(encoding="utf-8")
                data = re.sub(r'(<idno type="frus">)([^<]+)', rf"\g<1>\g<2>c{k}", data, count=1)
                out.write_text(data, encoding="utf-8")
            else:
                out.write_text(path.read_text(encoding="utf-8") + f"\n\nCopy {k}.\n",
                               encoding="utf-8")
    return target


def median_of(runs: list[dict]) -> dict:
    """The run of median wall time, with every run's wall time and the highest peak memory."""
    middle = sorted(runs, key=lambda r: r["wall"])[len(runs) // 2]
    return middle | {"walls": [r["wall"] for r in runs],
                     "rss_mb": max(r["rss_mb"] for r in runs)}


def measure(corpus: Path, work: Path, repeat: int) -> dict[str, dict]:
    """Each phase ``repeat`` times (a build into an empty folder, then its rerun): medians."""
    home = work / "prefect-home"
    out = work / f"out-{corpus.name}"
    runs: dict[str, list[dict]] = {name: [] for name in ("floor", "extract", "build", "rerun")}
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        runs["floor"].append(run(FLOOR, str(corpus), env_home=home))
        runs["extract"].append(run(EXTRACT, str(corpus), env_home=home))
        runs["build"].append(run(build_code(), str(corpus), str(out), env_home=home))
        runs["rerun"].append(run(build_code(), str(corpus), str(out), env_home=home))
    phases = {name: median_of(r) for name, r in runs.items()}
    for name in ("build", "rerun"):
        phases[name] |= {k: phases["extract"][k] for k in ("docs", "chars")}
    return phases


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--scales", default="1,4,16")
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=1,
                    help="run every phase this many times and report the median")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-"))
    # imports from bytecode, as on any machine that has run the code once (where
    # PYTHONDONTWRITEBYTECODE is set, every import would compile the sources again)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "pipelines", "schemas"], cwd=ROOT,
                   capture_output=True, check=False)
    (work / "prefect-home").mkdir(parents=True, exist_ok=True)
    scales = [int(s) for s in args.scales.split(",")]
    run(PREFECT, env_home=work / "prefect-home")  # the first start migrates its database
    prefect = median_of([run(PREFECT, env_home=work / "prefect-home")
                         for _ in range(args.repeat)])
    print(f"Prefect fixed start-up (a flow with one empty task, warm): {prefect['wall']:.1f} s"
          f"{spread(prefect['walls'])}, peak {prefect['rss_mb']:.0f} MB")
    if args.repeat > 1:
        print(f"every phase ran {args.repeat} times: the median is shown")
    print(f"{'scale':>5} {'phase':8} {'docs':>6} {'chars':>11} {'wall s':>7} {'work s':>7}  "
          f"{'chars/s':>10} {'peak MB':>8}")
    results = {}
    for scale in scales:
        corpus = synthetic(args.corpus, scale, work)
        results[scale] = measure(corpus, work, args.repeat)
        for name, r in results[scale].items():
            # the build's own work: its wall time less Prefect's fixed start-up
            beyond = name in ("build", "rerun")
            own = r["wall"] - prefect["wall"] if beyond else r["wall"]
            rate = f"{r['chars'] / own:>10,.0f}" if own > 0 else f"{'-':>10}"
            mark = "*" if beyond and own < NOISE else " "
            print(f"{scale:>5} {name:8} {r['docs']:>6} {r['chars']:>11,} {r['wall']:>7.1f} "
                  f"{max(own, 0):>7.1f}{mark} {rate} {r['rss_mb']:>8.0f}")
        p, e = results[scale]["extract"].get("parse"), results[scale]["extract"]
        if p:  # the dependency parse: how much of the text it read, and its share of extraction
            print(f"{scale:>5} parsed: {p['sentences']:,} sentences, {p['chars']:,} chars "
                  f"({p['chars'] / max(e['chars'], 1):.1%} of the text), {p['tokens']:,} tokens "
                  f"in {p['seconds']:.1f} s ({p['seconds'] / max(e['wall'], 1e-9):.0%} of extract)")
        b, f = results[scale]["build"], results[scale]["floor"]
        works = [w - prefect["wall"] for w in b["walls"]]
        print(f"{scale:>5} build/floor: {(b['wall'] - prefect['wall']) / f['wall']:.1f}x "
              f"(work beyond Prefect's start-up over the lxml floor){spread(works)}")
    print(f"* less than {NOISE} s beyond Prefect's start-up: within its noise (it varies by "
          "about that much from run to run)")
    if len(scales) > 1:
        lo, hi = results[scales[0]]["build"], results[scales[-1]]["build"]
        grow = (hi["wall"] - prefect["wall"]) / max(lo["wall"] - prefect["wall"], 1e-9)
        print(f"growth {scales[0]}x -> {scales[-1]}x: build work {grow:.1f}x, "
              f"peak memory {hi['rss_mb'] / lo['rss_mb']:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
