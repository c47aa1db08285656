"""The confidentiality guard: finds text that could identify a person before it is saved."""
