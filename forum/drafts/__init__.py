"""Drafts: what a member was writing, kept server-side so a reload loses nothing."""
