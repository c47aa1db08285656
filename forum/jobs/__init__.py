"""Scheduled work: one `flask jobs run` (cron, every minute) runs whatever is due."""
