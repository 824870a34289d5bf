"""Use cases: one function or small class per thing a user does.

Each checks permissions, validates, writes the audit trail and commits one unit of work. Used by
the UI, the CLI and sync. Nothing here imports Qt.
"""
