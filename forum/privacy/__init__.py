"""Data rights: a member's copy of their data, erasing an account, and retention periods."""
