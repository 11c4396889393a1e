"""Coding questions: run the candidate's function against the question's tests in a sandbox.

Headless: nothing here imports Textual. ``runner`` runs code (``run_question``, ``run_tests``);
``commands`` holds the ``run-code`` CLI command. Nothing is imported here, so that the CLI, which
imports ``commands`` at start-up, stays fast.
"""
