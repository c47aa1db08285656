"""Developer tools: run from the repository root, never imported by the application."""
