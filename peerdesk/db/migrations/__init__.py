"""Alembic migrations shipped inside the package (``script_location = peerdesk.db:migrations``).

``HEAD`` names the newest revision so that an up-to-date database is recognised at open with
one plain SQL query, without importing Alembic (about 0.6 s). A test keeps it equal to
Alembic's own head.
"""

HEAD = "0012"
