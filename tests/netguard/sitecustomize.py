"""Loaded by every Python process the tests start (via PYTHONPATH): forbid network sockets.

peerdesk must never open a network connection; any attempt in a child process raises here.
"""

from tests_netguard_impl import install  # noqa: F401  (installs on import)
