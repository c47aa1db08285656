"""Moderation tools: the approval queue and the audit trail behind every decision."""
