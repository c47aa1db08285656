"""Small, reproducible timings run from the command line."""
