"""Thread summaries ("what was asked, what was agreed") and helpful replies."""
