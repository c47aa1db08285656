"""Site settings an admin changes on a page (the environment holds the rest)."""
