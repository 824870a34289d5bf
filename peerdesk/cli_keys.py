"""``peerdesk keys ...``: this site's key card and the sites it trusts.

Wired into ``peerdesk.cli.build_parser`` with ``register(sub, login)``. Nothing heavy is
imported until a command runs, so ``peerdesk --help`` stays fast.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peerdesk.services.auth import SignedIn
    from peerdesk.services.trust import TrustService


def _run(args: argparse.Namespace, fn: Callable[[TrustService, SignedIn], int]) -> int:
    from peerdesk.cli import _sign_in
    from peerdesk.services.trust import TrustService

    signed = _sign_in(args)
    try:
        return fn(TrustService(signed.store), signed)
    finally:
        signed.store.close()


def cmd_card(args: argparse.Namespace) -> int:
    def run(svc: TrustService, signed: SignedIn) -> int:
        card = svc.export_card(signed.actor, Path(args.out))
        print(f"key card written to {args.out}")
        print(f"key id: {card.key_id}")
        print(f"fingerprint: {card.fingerprint}")
        return 0

    return _run(args, run)


def cmd_trust(args: argparse.Namespace) -> int:
    from peerdesk.cli import UserError

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {args.file}: {exc.strerror or 'error'}.") from None

    def run(svc: TrustService, signed: SignedIn) -> int:
        result = svc.trust_card(signed.actor, data, args.fingerprint)
        key = result.key
        said = {
            "trusted": "trusted",
            "rotated": "trusted as the new key (signed by the key trusted before)",
            "already_trusted": "already trusted; nothing changed",
        }[result.outcome]
        print(f"{key.site_name} ({key.site_kind}, site id {key.site_id}): {said}.")
        print(f"key id: {key.key_id}")
        print(f"fingerprint: {key.fingerprint}")
        for old in result.replaced_key_ids:
            print(f"replaced key: {old}")
        return 0

    return _run(args, run)


def cmd_list(args: argparse.Namespace) -> int:
    def run(svc: TrustService, signed: SignedIn) -> int:
        keys = svc.list_trusted(signed.actor)
        if not keys:
            print("no trusted sites yet.")
        for k in keys:
            print(
                f"{k.site_name}\t{k.site_kind}\t{k.site_id}\t{k.key_id}\t{k.fingerprint}\t"
                f"{k.status}"
            )
        return 0

    return _run(args, run)


def cmd_revoke(args: argparse.Namespace) -> int:
    def run(svc: TrustService, signed: SignedIn) -> int:
        for key_id in svc.revoke(signed.actor, args.site_id, args.key):
            print(f"revoked key {key_id}; bundles signed with it are refused from now on.")
        return 0

    return _run(args, run)


def cmd_rotate(args: argparse.Namespace) -> int:
    def run(svc: TrustService, signed: SignedIn) -> int:
        card = svc.rotate_own_key(signed.actor)
        if args.out:
            card = svc.export_card(signed.actor, Path(args.out))
            print(f"new key card written to {args.out}")
        print(f"new key id: {card.key_id}")
        print(f"fingerprint: {card.fingerprint}")
        print("Give the new card to every site you exchange bundles with.")
        return 0

    return _run(args, run)


def register(sub: Any, login: argparse.ArgumentParser) -> None:
    """Add ``keys card|trust|list|revoke|rotate`` to the ``peerdesk`` subcommands."""
    keys = sub.add_parser("keys", help="this site's key card and the sites it trusts")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)

    p = actions.add_parser("card", parents=[login], help="write this site's key card")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the card")
    p.set_defaults(func=cmd_card)

    p = actions.add_parser(
        "trust",
        parents=[login],
        help="trust another site's key card",
        description="Trust a card only after the other site read its fingerprint to you (on "
        "paper or by phone). A new card signed by a key already trusted for that site (a key "
        "rotation) is accepted without --fingerprint.",
    )
    p.add_argument("file", help="the card file")
    p.add_argument("--fingerprint", metavar="FP", help="the fingerprint the site read to you")
    p.set_defaults(func=cmd_trust)

    p = actions.add_parser("list", parents=[login], help="list trusted sites and their keys")
    p.set_defaults(func=cmd_list)

    p = actions.add_parser("revoke", parents=[login], help="stop trusting a site's keys")
    p.add_argument("site_id")
    p.add_argument("--key", metavar="KEY_ID", help="revoke only this key")
    p.set_defaults(func=cmd_revoke)

    p = actions.add_parser(
        "rotate",
        parents=[login],
        help="make new keys for this site; the new card is signed by the old key",
    )
    p.add_argument("--out", metavar="FILE", help="also write the new card here")
    p.set_defaults(func=cmd_rotate)
