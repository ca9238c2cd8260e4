"""``scaler push DIR --repo-id ORG/NAME``: upload a dataset folder written by ``scaler build`` to the Hub."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("push", help="upload a dataset folder (from `scaler build`) to the Hugging Face Hub")
    p.add_argument("folder", help="the dataset folder")
    p.add_argument("--repo-id", required=True, metavar="ORG/NAME", help="the Hub dataset to create or update")
    p.add_argument("--private", action="store_true", help="create the dataset private")
    p.add_argument("--dry-run", action="store_true", help="list the files that would be uploaded, with sizes; no network")
    p.set_defaults(func=cmd_push)


def cmd_push(args: argparse.Namespace) -> int:
    from scaler.envs.io import push_folder

    files = push_folder(args.folder, args.repo_id, private=args.private, dry_run=args.dry_run)
    width = max(len(path) for path, _ in files)
    for path, size in files:
        print(f"{path:<{width}}  {size:>12,d} bytes")
    total = sum(size for _, size in files)
    verb = "would upload" if args.dry_run else "uploaded"
    print(f"{verb} {len(files)} files ({total:,d} bytes) to the Hub dataset {args.repo_id}")
    return 0
