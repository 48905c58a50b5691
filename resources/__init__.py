"""Data shipped with the app: sample datasets and example run configurations."""
