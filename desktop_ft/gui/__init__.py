"""The desktop face: PySide6 windows over the same jobs the CLI runs.

Nothing here imports torch, transformers, peft, onnx or the engines at module level (an
import-linter contract checks it): the window must show in under two seconds, and heavy work runs
through desktop_ft.jobs on a JobRunner thread, whose job functions import the engines lazily.
"""
