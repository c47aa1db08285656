"""The admin's settings page: the new-member period and its posting limits, audited.

The settings themselves (typed, with defaults) live in forum/settings/services.py.
"""
