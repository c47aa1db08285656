"""Faults the forum must survive: crashes, outages, many writers, and backups that restore."""
