#!/usr/bin/env python3
"""How fast is `handbook export` against MkDocs on the same Markdown, cold and after editing one section?

    python bench/export_speed.py [--sections 300] [--languages bg,ru,en] [--runs 3]

Builds the benchmark handbook with ../shared/bench/make_corpus.py (which also writes an mkdocs.yml over the same
files), then times, as whole commands (median of --runs; cold exports and MkDocs builds take turns):
- the cold export: an empty cache and no earlier output;
- a re-export after one section was edited (cache and earlier output in place);
- `mkdocs build` of the same Markdown.
Targets (issue 3): cold at least 3x faster than MkDocs; the one-edit re-export at most 1/10 of the cold export.
Needs MkDocs: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS_SCRIPT = REPO.parent / "shared" / "bench" / "make_corpus.py"


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stdout}\n{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sections", type=int, default=300)
    parser.add_argument("--languages", default="bg,ru,en")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus-script", type=Path, default=DEFAULT_CORPUS_SCRIPT)
    parser.add_argument("--work", type=Path, help="a folder to keep the corpus and outputs in (default: temporary)")
    args = parser.parse_args()

    handbook_cmd = shutil.which("handbook", path=str(Path(sys.executable).parent)) or "handbook"
    mkdocs_cmd = shutil.which("mkdocs", path=str(Path(sys.executable).parent))
    if mkdocs_cmd is None:
        sys.exit("MkDocs is not installed in this environment: pip install -e '.[bench]'")
    if not args.corpus_script.is_file():
        sys.exit(f"no corpus script at {args.corpus_script}: pass --corpus-script")

    work = args.work or Path(tempfile.mkdtemp(prefix="handbook-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    subprocess.run(
        [
            sys.executable,
            str(args.corpus_script),
            str(corpus),
            "--sections",
            str(args.sections),
            "--languages",
            args.languages,
        ],
        check=True,
        capture_output=True,
    )
    handbook = corpus / "handbook"
    pages = len(list(handbook.glob("*/*.md")))
    out = work / "site"
    env = dict(os.environ)

    # Cold exports and MkDocs builds take turns, so that the machine's drift (it is shared) touches both alike.
    mkdocs_yml = corpus / "mkdocs" / "mkdocs.yml"
    cold: list[float] = []
    mkdocs: list[float] = []
    for run in range(args.runs):
        data = work / f"data-cold-{run}"
        shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        env["HANDBOOK_STUDIO_DATA_DIR"] = str(data)
        cold.append(timed([handbook_cmd, "export", str(handbook), "-o", str(out), "--quiet"], env))
        target = work / f"mkdocs-site-{run}"
        shutil.rmtree(target, ignore_errors=True)
        mkdocs.append(timed([mkdocs_cmd, "build", "-q", "-f", str(mkdocs_yml), "-d", str(target)], env))

    section = sorted((handbook / args.languages.split(",")[0]).glob("*.md"))[len(cold) + 7]
    edits: list[float] = []
    for run in range(args.runs):
        with section.open("a", encoding="utf-8") as handle:
            handle.write(f"\nEdited for the benchmark, run {run}.\n")
        edits.append(timed([handbook_cmd, "export", str(handbook), "-o", str(out), "--quiet"], env))

    cold_s, edit_s, mkdocs_s = (statistics.median(x) for x in (cold, edits, mkdocs))
    sizes = {p.stem: p.stat().st_size for p in sorted((out / "search").glob("*.js"))}
    print(f"Benchmark: {args.sections} sections x {args.languages} ({pages} Markdown files), median of {args.runs}")
    print()
    print("| what | median s | runs (s) |")
    print("|---|---:|---|")
    print(f"| handbook export, cold (empty cache) | {cold_s:.2f} | {', '.join(f'{t:.2f}' for t in cold)} |")
    print(f"| handbook export after editing one section | {edit_s:.2f} | {', '.join(f'{t:.2f}' for t in edits)} |")
    print(f"| mkdocs build | {mkdocs_s:.2f} | {', '.join(f'{t:.2f}' for t in mkdocs)} |")
    print()
    # The speed-up of each pair of neighbouring runs, then their median: steadier than a ratio of medians.
    speedup = statistics.median(m / c for m, c in zip(mkdocs, cold, strict=True))
    ratio = edit_s / cold_s
    print(
        f"cold export vs MkDocs (median of paired runs): {speedup:.2f}x faster (target >= 3x): "
        f"{'met' if speedup >= 3 else 'NOT met'}"
    )
    print(f"one-edit re-export / cold: {ratio:.3f} (target <= 0.100): {'met' if ratio <= 0.1 else 'NOT met'}")
    print("search index per language: " + ", ".join(f"{lang} {size / 1024:.0f} KB" for lang, size in sizes.items()))
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
