"""Storage: the SQLCipher engine, key slots, models, migrations and the unit of work.

Importing this package is cheap: SQLAlchemy's ORM and Alembic load only when first used.
"""
