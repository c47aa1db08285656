"""Watching and muting topics and spaces: who hears about new posts."""
