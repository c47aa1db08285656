"""Keeping the site running: a calm page while the database is away, and backups."""
