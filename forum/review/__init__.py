"""Holding content for review: the confidentiality guard's findings and the held items."""
