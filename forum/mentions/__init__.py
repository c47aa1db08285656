"""Mentions (@display name) and quotes: telling the member someone wrote to or about."""
