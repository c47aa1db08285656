"""The moderator dashboard and the header's "Moderation" entry: what is waiting, oldest first."""
