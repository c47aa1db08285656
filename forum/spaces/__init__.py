"""Spaces: the forum's rooms, each with an audience and settings."""
