"""Pages that explain the forum, readable before anyone signs in: "How we keep this space safe"."""
