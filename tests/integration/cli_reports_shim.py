"""Run ``peerdesk`` with the report commands registered, whether or not cli.py wires them yet.

``python -m tests.integration.cli_reports_shim ARGS`` behaves exactly like ``python -m peerdesk
ARGS``. Until ``peerdesk/cli.py`` calls ``cli_reports.register`` itself, this adds the
``report`` and ``export`` commands to its parser; once it does, this changes nothing.
"""

from __future__ import annotations

import argparse

from peerdesk import cli, cli_reports

_original = cli.build_parser


def _build_parser() -> argparse.ArgumentParser:
    parser = _original()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "report" not in sub.choices:
        login = argparse.ArgumentParser(add_help=False)
        login.add_argument("--user", help="who is acting (default: PEERDESK_USER)")
        cli_reports.register(sub, login)
    return parser


cli.build_parser = _build_parser

if __name__ == "__main__":
    raise SystemExit(cli.main())
