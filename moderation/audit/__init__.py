"""The audit log page: read, filter and export every moderator action; nothing edits it."""
