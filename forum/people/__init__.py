"""People: profiles, privacy settings, the member directory, reconnecting and blocking."""
