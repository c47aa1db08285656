"""People's names, the hardest identifier: word lists plus the context around a word."""
