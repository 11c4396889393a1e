"""Grading: sentence embeddings, reference points, flags. Never imports textual.

Submodules are imported where used, so that importing one (say ``result``) does not pull in
NumPy and the embedder at app start-up.
"""
