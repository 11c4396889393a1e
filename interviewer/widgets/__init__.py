"""Reusable widgets, each with its own .tcss."""
