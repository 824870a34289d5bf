"""``peerdesk sync ...``: write a bundle for a trusted site, import one, see where things stand.

Wired into ``peerdesk.cli.build_parser`` with ``register(sub, login)``. Nothing heavy is
imported until a command runs, so ``peerdesk --help`` stays fast. Errors (a refused bundle, a
full drive, an untrusted site) reach ``cli.main`` as ``PeerdeskError``: one line, exit 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peerdesk.services.auth import SignedIn
    from peerdesk.services.sync_service import SyncService


def _run(args: argparse.Namespace, fn: Callable[[SyncService, SignedIn], int]) -> int:
    from peerdesk.cli import _sign_in
    from peerdesk.services.sync_service import SyncService

    signed = _sign_in(args)
    try:
        return fn(SyncService(signed.store), signed)
    finally:
        signed.store.close()


def _counts(counts: dict[str, int]) -> str:
    from peerdesk.cli_sync_words import count_word

    return ", ".join(f"{count_word(k)} {v}" for k, v in sorted(counts.items())) or "nothing new"


def cmd_export(args: argparse.Namespace) -> int:
    from peerdesk.sync.media import SAFE_TO_REMOVE

    def run(svc: SyncService, signed: SignedIn) -> int:
        out = svc.export_bundle(signed.actor, args.to, Path(args.out))
        print(out.path)
        print(f"bundle {out.sequence} for site {args.to}: {_counts(out.counts)}")
        print(SAFE_TO_REMOVE)
        return 0

    return _run(args, run)


def cmd_import(args: argparse.Namespace) -> int:
    from peerdesk.cli_sync_words import count_word, why_words

    def run(svc: SyncService, signed: SignedIn) -> int:
        got = svc.import_bundle(signed.actor, Path(args.file))
        if got.already_imported:
            print(f"bundle {got.sequence} from site {got.sender_site_id}: already imported.")
            return 0
        print(f"bundle {got.sequence} from site {got.sender_site_id} imported.")
        for table, n in sorted(got.received.items()):
            print(f"{count_word(table)}: {n}")
        print(f"new {got.inserted}, updated {got.updated}, conflicts to review {got.conflicts}")
        if got.settled:
            print(f"conflicts settled at the other site, closed here: {got.settled}")
        for d in got.duplicates:
            why = why_words(d.reason)
            print(f"possible duplicate: participant {d.imported_id} may be {d.local_id} ({why})")
        if got.duplicates:
            print("Review them in the Sync screen (Possible duplicates): merge or keep both.")
        print(
            "To acknowledge it, write a bundle back: "
            f"peerdesk sync export --to {got.sender_site_id} --out DIR"
        )
        return 0

    return _run(args, run)


def cmd_status(args: argparse.Namespace) -> int:
    def run(svc: SyncService, signed: SignedIn) -> int:
        status = svc.status(signed.actor)
        if not status.peers:
            print("no trusted sites yet.")
        print("site\tkind\tsite id\tlast sent\tlast received\tacknowledged\tpending\tconflicts")
        for p in status.peers:
            print(
                f"{p.site_name}\t{p.site_kind}\t{p.site_id}\t{p.last_sent_sequence}\t"
                f"{p.last_received_sequence}\t{p.acked_change_seq}\t{p.pending_changes}\t"
                f"{p.open_conflicts}"
            )
        print(f"conflicts waiting: {status.open_conflicts}")
        return 0

    return _run(args, run)


def cmd_conflicts(args: argparse.Namespace) -> int:
    from peerdesk.cli_sync_words import subject, value_words

    def run(svc: SyncService, signed: SignedIn) -> int:
        for c in svc.list_conflicts(signed.actor):
            print(
                f"{c.id}\t{subject(c.table_name, c.field)}\t{c.record_id}\t"
                f"kept {value_words(c.kept_value)}\tother {value_words(c.other_value)}\t"
                f"from site {c.other_site_id}"
            )
        return 0

    return _run(args, run)


def cmd_resolve(args: argparse.Namespace) -> int:
    def run(svc: SyncService, signed: SignedIn) -> int:
        done = svc.resolve_conflict(signed.actor, args.conflict_id, args.keep)
        said = "the value in the record stays" if done == "kept" else "the other value is set"
        print(f"conflict {args.conflict_id} resolved: {said}.")
        return 0

    return _run(args, run)


def register(sub: Any, login: argparse.ArgumentParser) -> None:
    """Add ``sync export|import|status|conflicts|resolve`` to the ``peerdesk`` subcommands."""
    sync = sub.add_parser("sync", help="signed, encrypted bundles to and from trusted sites")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    p = actions.add_parser(
        "export",
        parents=[login],
        help="write the next bundle for a trusted site",
        description="Writes everything the site has not acknowledged yet, for the participants "
        "whose consent names it, into a new file in the folder (prints its path).",
    )
    p.add_argument("--to", required=True, metavar="SITE_ID", help="the trusted site's id")
    p.add_argument("--out", required=True, metavar="DIR", help="folder or drive to write to")
    p.set_defaults(func=cmd_export)

    p = actions.add_parser("import", parents=[login], help="check and apply a bundle")
    p.add_argument("file", help="the bundle file (peerdesk-....zip)")
    p.set_defaults(func=cmd_import)

    p = actions.add_parser("status", parents=[login], help="where the exchange with each site is")
    p.set_defaults(func=cmd_status)

    p = actions.add_parser("conflicts", parents=[login], help="list conflicts waiting")
    p.set_defaults(func=cmd_conflicts)

    p = actions.add_parser("resolve", parents=[login], help="settle one conflict")
    p.add_argument("conflict_id")
    p.add_argument("--keep", required=True, choices=["ours", "theirs"])
    p.set_defaults(func=cmd_resolve)
