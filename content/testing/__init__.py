"""Helpers that the tests of every app share (never imported by the site itself):
`pages` lists and parses the public pages, `server` runs the real site under
gunicorn, `images` makes test images, `tools` skips or fails when a tool is missing."""
