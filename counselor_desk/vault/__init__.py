"""The encrypted store: key slots, SQLCipher connections, migrations, repositories,
search, backups and the audit log."""
