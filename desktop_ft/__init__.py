"""Desktop FT: point-and-click fine-tuning of language models on your own workstation."""

__version__ = "0.1.0"
