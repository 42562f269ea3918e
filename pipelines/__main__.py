"""Command line: ``python -m pipelines build --corpus DIR --output DIR``.

``sync --frus-repo URL_OR_PATH --into DIR`` lays the FRUS repository's volumes into a corpus
folder (``pipelines.sync``); ``explore`` and ``schedule`` browse and rerun; ``audit people
OUTPUT`` lists what to check in a published people table (``pipelines.audit``).

Sets quiet, offline Prefect defaults (no telemetry, warnings only) unless the caller set them,
runs the ``build_dataset`` flow and prints a summary.  Defaults come from
``pipelines.settings``.  Prefect reads its settings when it is imported, so the flow and the
schedule are imported only after the defaults are set.  Exit codes: 0 published or up to date,
2 validation failed (nothing published), 1 any other error (a failed sync included).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from pipelines import settings
from pipelines.disclosures import RegistryError
from pipelines.settings import QUIET_PREFECT, RUNNERS
from pipelines.sync import SyncError, sync


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m pipelines", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build and publish the dataset from a corpus folder")
    build.add_argument("--corpus", type=Path, default=settings.CORPUS)
    build.add_argument("--output", type=Path, default=settings.OUTPUT)
    build.add_argument("--batch-size", type=int, default=settings.BATCH_SIZE,
                       help="documents per extraction task (default %(default)s)")
    build.add_argument("--workers", type=int, default=None,
                       help="extraction tasks running at once (default: the machine's cores)")
    build.add_argument("--registry", type=Path, default=None,
                       help="disclosures registry (default: disclosures/registry.toml)")
    build.add_argument("--cache", type=Path, default=None,
                       help=f"per-document cache folder (default: OUTPUT/{settings.CACHE_DIR})")
    build.add_argument("--no-cache", action="store_true", help="extract every document again")
    build.add_argument("--force", action="store_true",
                       help="assemble and compare the tables even if the inputs are unchanged")
    build.add_argument("--runner", choices=RUNNERS, default="threads",
                       help="Prefect task runner: threads (default) or a local Dask cluster")
    build.add_argument("--dask-address", default=None,
                       help="HOST:PORT of an existing Dask scheduler (implies --runner dask)")
    build.add_argument("--max-file-mb", type=float, default=settings.MAX_FILE_BYTES / 2**20,
                       help="larger files are rejected (default %(default)g)")
    build.add_argument("--time-budget", type=float, default=settings.TIME_BUDGET_SECONDS,
                       help="seconds of extraction per document before it is rejected "
                            "(default %(default)g; 0: no budget, in-process)")
    build.add_argument("--max-rejected-share", type=float,
                       default=settings.MAX_REJECTED_SHARE,
                       help="documents that fail validation are left out (rejects); more than "
                            "this share of them fails the build (default %(default)g)")
    explore = sub.add_parser("explore", help="browse and search the latest version in Datasette")
    explore.add_argument("--output", type=Path, default=None,
                         help="build output folder (default: the last one built here, else "
                              f"{settings.OUTPUT})")
    explore.add_argument("--host", default=settings.EXPLORE_HOST)
    explore.add_argument("--port", type=int, default=settings.EXPLORE_PORT)
    serve = sub.add_parser("schedule", help="serve the annual rerun as a Prefect deployment "
                           "(needs PREFECT_API_URL of a running 'prefect server start')")
    serve.add_argument("--corpus", type=Path, default=settings.CORPUS)
    serve.add_argument("--output", type=Path, default=settings.OUTPUT)
    serve.add_argument("--frus-repo", default=None, metavar="URL_OR_PATH",
                       help="sync this FRUS repository into CORPUS before each build "
                            "(default: no sync)")
    sync = sub.add_parser("sync", help="clone or pull the FRUS repository and lay its volumes "
                          "into a corpus folder")
    sync.add_argument("--frus-repo", default=settings.FRUS_REPO, metavar="URL_OR_PATH",
                      help="git URL or local path of the repository (default %(default)s)")
    sync.add_argument("--into", type=Path, default=settings.FRUS_CORPUS, metavar="DIR",
                      help="corpus folder, one file per volume (default %(default)s)")
    sync.add_argument("--checkout", type=Path, default=None, metavar="DIR",
                      help=f"where the clone is kept (default: DIR{settings.CHECKOUT_SUFFIX} "
                           "beside the corpus folder)")
    audit = sub.add_parser("audit", help="list what to check in a published version's people")
    audit.add_argument("what", choices=["people"])
    audit.add_argument("output", type=Path, help="build output folder, or one version folder")
    audit.add_argument("--limit", type=int, default=30,
                       help="entries shown per section (default %(default)s; 0: all)")
    audit.add_argument("--format", choices=["text", "csv"], default="text",
                       help="csv: every finding as a CSV row on stdout")
    audit.add_argument("--csv", type=Path, default=None, metavar="FILE",
                       help="also write every finding to FILE as CSV")
    return ap


def print_summary(summary, seconds: float) -> None:
    r = summary.result
    print(f"read {summary.files} files of the corpus folder {summary.corpus}/ "
          f"({summary.documents} documents, {len(summary.rejects)} rejected)")
    print(f"extracted {summary.extracted} documents, {summary.cached} from the cache")
    for reject in summary.rejects:
        print(f"  rejected {reject.source_path} [{reject.stage}]: {reject.reason}")
    for table, rows in summary.rows.items():
        print(f"  {table:22} {rows:7d} rows")
    if r.status == "up-to-date":
        print(f"up to date: {r.version} ({r.path})")
    else:
        print(f"published {r.version} ({r.bump}) to {r.path}")
    stages = ", ".join(f"{stage} {t:.1f} s" for stage, t in summary.seconds.items())
    work = sum(summary.seconds.values())
    print(f"built in {seconds:.1f} s: {stages}; the other {max(seconds - work, 0):.1f} s are "
          "Prefect's start-up and imports")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for key, value in QUIET_PREFECT.items():
        os.environ.setdefault(key, value)
    if args.command == "schedule":
        return _schedule(args)
    if args.command == "explore":
        return _explore(args)
    if args.command == "sync":
        return _sync(args)
    if args.command == "audit":
        return _audit(args)
    from pipelines.flows import run_build  # imports Prefect: after the defaults are set

    if not args.corpus.is_dir():
        print(f"error: corpus folder not found: {args.corpus}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    try:
        summary = run_build(args.corpus, args.output, args.batch_size, args.registry,
                            args.cache, not args.no_cache, int(args.max_file_mb * 2**20),
                            args.time_budget or None, args.force, args.workers,
                            args.max_rejected_share,
                            runner=args.runner, address=args.dask_address)
    except RegistryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        # imported here: a rerun that finds nothing new never loads pandas or pandera
        from pipelines.assemble.validate import ValidationFailed

        if isinstance(exc, ValidationFailed):
            return 2
        raise
    print_summary(summary, time.perf_counter() - started)
    LAST_OUTPUT.write_text(f"{args.output.resolve()}\n", encoding="utf-8")
    return 0


# the output folder of the last build run from this directory: what `explore` opens by default
LAST_OUTPUT = Path(".last-output")


def _explore_folder(given: Path | None) -> Path:
    if given is not None:
        return given
    if LAST_OUTPUT.is_file():
        return Path(LAST_OUTPUT.read_text(encoding="utf-8").strip())
    return settings.OUTPUT


def _explore(args) -> int:
    from pipelines.publish.database import DATABASE_FILE, METADATA_FILE

    version = _explore_folder(args.output) / "latest"
    db = version / DATABASE_FILE
    if not db.is_file():
        print(f"error: no database in {version}: run `make dataset` first", file=sys.stderr)
        return 1
    command = [sys.executable, "-m", "datasette", "serve", "--immutable", str(db),
               "--metadata", str(version / METADATA_FILE), "--host", args.host,
               "--port", str(args.port), "--setting", "default_page_size", "50"]
    print(f"browse {version.resolve()} at http://{args.host}:{args.port}/ (another build: "
          "--output FOLDER, or make explore OUTPUT=FOLDER)", flush=True)
    os.execv(sys.executable, command)  # Datasette takes over this process


def _audit(args) -> int:
    from pipelines import audit  # pandas and spaCy's tables: only for this command

    folder = audit.version_folder(args.output)
    if folder is None:
        print(f"error: no published version in {args.output}", file=sys.stderr)
        return 1
    result = audit.audit_people(*audit.read_tables(folder))
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as fh:
            audit.write_csv(result, fh)
    if args.format == "csv":
        audit.write_csv(result, sys.stdout)
    else:
        print(f"people audit of {folder}\n")
        print(audit.render_text(result, args.limit), end="")
    return 0


def _sync(args, shown: int = 20) -> int:
    # git is quiet until it is done: say what is happening (a first clone takes minutes)
    print(f"syncing {args.frus_repo} into {args.into} ...", flush=True)
    try:
        summary = sync(args.frus_repo, args.into, args.checkout)
    except (SyncError, OSError) as exc:
        print(f"error: sync failed: {exc}", file=sys.stderr)
        return 1
    print(summary.line())
    for label, names in (("added", summary.added), ("changed", summary.changed),
                         ("removed", summary.removed)):
        for name in names[:shown]:
            print(f"  {label:8} {name}")
        if len(names) > shown:
            print(f"  ... and {len(names) - shown} more {label}")
    return 0


def _schedule(args) -> int:
    if not os.environ.get("PREFECT_API_URL"):
        print("error: set PREFECT_API_URL to a running Prefect server, e.g.\n"
              "  prefect server start   (in another terminal)\n"
              "  PREFECT_API_URL=http://127.0.0.1:4200/api make schedule", file=sys.stderr)
        return 1
    from pipelines.schedule import ANNUAL_CRON, DEPLOYMENT, TIMEZONE, annual_rerun, serve

    synced = f"; syncs {args.frus_repo} first" if args.frus_repo else ""
    print(f"serving {DEPLOYMENT}: cron '{ANNUAL_CRON}' ({TIMEZONE}){synced}; run it now with\n"
          f"  prefect deployment run '{annual_rerun.name}/{DEPLOYMENT}'")
    serve(args.corpus, args.output, args.frus_repo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
