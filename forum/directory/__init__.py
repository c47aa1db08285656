"""The member directory ("Members"): finding the members one may find, by name, place or work."""
