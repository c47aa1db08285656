"""A member's moderation record: warnings, suspensions, bans, notes and roles."""
