"""Outgoing mail: a database outbox delivered after the commit, by SMTP or to files."""
