"""Training engine: load a model, attach the PEFT method, train with checkpoints and resume."""
