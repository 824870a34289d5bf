"""``peerdesk backup --out DIR`` and ``peerdesk restore FILE [--replace]``.

Wired into ``peerdesk.cli.build_parser`` with ``register(sub, login)``. Secrets come from a
prompt or, for scripts, ``PEERDESK_PASSPHRASE`` / ``PEERDESK_RECOVERY_CODE`` (never from
arguments).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peerdesk.services.restore import RestoreSecret


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    from peerdesk.cli import UserError, _sign_in
    from peerdesk.services.backup import create_backup

    out = Path(args.out)
    if not out.is_dir():
        raise UserError(f"The folder {out} does not exist; nothing was written.")
    signed = _sign_in(args)
    shown = -1

    def progress(done: int, total: int) -> None:
        nonlocal shown
        percent = done * 100 // max(1, total)
        if percent // 10 != shown // 10:
            shown = percent
            print(f"backup: {percent}%", file=sys.stderr, flush=True)

    try:
        result = create_backup(
            signed.store, signed.actor, out, progress if sys.stderr.isatty() else None
        )
    finally:
        signed.store.close()
    print(f"backup written and verified: {result.path} ({_megabytes(result.size)})")
    print("It is encrypted: a coordinator's passphrase or the recovery code restores it.")
    return 0


def _ask_secret(args: argparse.Namespace) -> RestoreSecret:
    from peerdesk.cli import UserError, _secret
    from peerdesk.services.restore import PassphraseSecret, RecoveryCodeSecret

    if args.user:
        return PassphraseSecret(args.user, _secret("PEERDESK_PASSPHRASE", "Passphrase"))
    code = os.environ.get("PEERDESK_RECOVERY_CODE")
    if code is not None:
        return RecoveryCodeSecret(code)
    user = os.environ.get("PEERDESK_USER")
    passphrase = os.environ.get("PEERDESK_PASSPHRASE")
    if user and passphrase is not None:
        return PassphraseSecret(user, passphrase)
    if not sys.stdin.isatty():
        raise UserError(
            "No terminal to ask for the recovery code: set PEERDESK_RECOVERY_CODE (or "
            "PEERDESK_USER and PEERDESK_PASSPHRASE)."
        )
    code = getpass.getpass(
        "Recovery code (or press Enter to use a coordinator's name and passphrase): "
    )
    if code.strip():
        return RecoveryCodeSecret(code)
    user = user or input("User name: ").strip()
    return PassphraseSecret(user, getpass.getpass("Passphrase: "))


def cmd_restore(args: argparse.Namespace) -> int:
    from peerdesk.cli import UserError, _paths
    from peerdesk.db.store import DataPaths
    from peerdesk.services.restore import restore_backup

    backup = Path(args.file)
    if not backup.is_file():
        raise UserError(f"There is no file {backup}; nothing was changed.")
    paths = DataPaths(_paths(args))
    replace = bool(args.replace)
    if paths.is_initialized() and not replace:
        if not sys.stdin.isatty():
            raise UserError(
                f"{paths.root} already holds a peerdesk site; nothing was changed. Add "
                "--replace to replace it (its files are kept in a 'replaced-...' folder)."
            )
        answer = input(
            f"{paths.root} already holds a peerdesk site. Replace it with the backup? Its "
            "files are kept in a 'replaced-...' folder there. Type yes to go on: "
        )
        if answer.strip().lower() not in {"yes", "y"}:
            raise UserError("Not replaced; nothing was changed.")
        replace = True
    secret = _ask_secret(args)
    result = restore_backup(backup, paths.root, secret, replace=replace)
    when = result.backed_up_at.strftime("%Y-%m-%d %H:%M UTC")
    print(f"restored site {result.site_id} from the backup of {when} into {paths.root}")
    if result.replaced_dir is not None:
        print(f"the files it replaced are kept in {result.replaced_dir}")
    print(
        "Use this copy instead of the original, not beside it: both would exchange bundles "
        "as the same site."
    )
    return 0


def register(sub: Any, login: argparse.ArgumentParser) -> None:
    """Add ``backup`` and ``restore`` to the ``peerdesk`` subcommands."""
    p = sub.add_parser(
        "backup",
        parents=[login],
        help="write a verified, encrypted backup of the site into a folder",
        description="Writes peerdesk-backup-<site>-<date-time>.pdbackup into DIR: the "
        "encrypted database and the key slots, checked after writing. A coordinator's "
        "passphrase or the recovery code printed at setup restores it, on any computer.",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write it in")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        parents=[login],
        help="restore a backup into the data folder",
        description="Checks the backup, unlocks it with the recovery code (or a coordinator's "
        "--user and passphrase, from a prompt or PEERDESK_PASSPHRASE) "
        "and installs it. A site already in the data folder is replaced only after you "
        "confirm (or with --replace); its files are kept in a 'replaced-...' folder.",
    )
    p.add_argument("file", help="the .pdbackup file")
    p.add_argument(
        "--replace", action="store_true", help="replace the site already in the data folder"
    )
    p.set_defaults(func=cmd_restore)
