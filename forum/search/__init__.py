"""Search: a full-text index of posts, one interface with a backend per database."""
