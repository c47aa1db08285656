"""In-app notifications: what happened that a member should know about."""
