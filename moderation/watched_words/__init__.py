"""Watched words: admins keep a list of words or patterns that hold, or block, a post.

Matching lives in forum/review/watched.py (forum code may not import this
package); here is the admin's side: the list, adding and deleting, audited.
"""
