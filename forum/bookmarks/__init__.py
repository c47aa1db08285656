"""Bookmarks: posts a member keeps to come back to."""
