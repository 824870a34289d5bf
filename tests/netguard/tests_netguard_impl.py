"""The guard itself, shared by the test session and child processes."""

from __future__ import annotations

import socket

_ALLOWED = {getattr(socket, "AF_UNIX", None)}


class NetworkUsed(RuntimeError):
    """peerdesk (or a test) tried to use the network."""


def _guard(name: str):  # type: ignore[no-untyped-def]
    original = getattr(socket.socket, name)

    def guarded(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.family not in _ALLOWED:
            raise NetworkUsed(f"network access attempted: socket.{name} on family {self.family}")
        return original(self, *args, **kwargs)

    return guarded


def _no_lookup(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise NetworkUsed("network access attempted: name lookup")


def install() -> None:
    for name in ("connect", "connect_ex", "bind", "sendto"):
        setattr(socket.socket, name, _guard(name))
    socket.getaddrinfo = _no_lookup
    socket.gethostbyname = _no_lookup
    socket.create_connection = lambda *a, **k: _no_lookup()


install()
