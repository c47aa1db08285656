"""Demo data for trying the forum locally."""
