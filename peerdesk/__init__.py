"""peerdesk: offline-first records for peer-mentoring programs in prisons, jails and reentry."""

__version__ = "0.1.0"
