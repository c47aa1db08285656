"""Membership: applying, verifying email, signing in, the status page."""
