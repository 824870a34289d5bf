"""Plain-Python rules of peerdesk: roles and permissions, passphrase policy, audit chain.

Nothing here imports Qt, SQLAlchemy or any other layer of the project.
"""
