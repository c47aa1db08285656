"""Check-ins: a private place where a care leaver and their worker drop in and share a to-do list."""
