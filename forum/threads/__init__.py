"""Topics and replies: writing, editing, reading, unread tracking."""
