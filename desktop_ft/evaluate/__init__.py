"""Evaluation: each scenario's metric on a run's held-out rows, base and fine-tuned side by side.

Written atomically to RUN/eval.json (EVAL_FILE) by `desktop-ft eval RUN` and at the end of a
cheap training run. The GUI's Evaluate page reads that file as plain JSON (it imports nothing
from here). Schema (one object):

    scenario          "domain" | "classification" | "ner" | "translation" | "qa" | "chat" |
                      "creative"
    split             "validation" | "train"
    rows              held-out rows scored (loss, head predictions)
    generated_rows    rows answered by generation (0 for a classification head)
    primary           the metric the scenario is judged by, e.g. "accuracy"
    higher_is_better  for the primary metric (false for perplexity and loss)
    metrics           metric names, primary first, e.g. ["accuracy", "macro_f1", "eval_loss"]
    base, tuned       {metric name: number or null}, for the base and the fine-tuned model
    samples           [{prompt, reference, base, tuned}]: a few rows side by side
    base_model, head, steps, seconds, created (epoch seconds)

Scales: accuracy, F1, exact match, distinct-n in [0, 1]; BLEU and chrF 0-100 (sacrebleu);
eval_loss in nats per trained token, perplexity = exp(eval_loss).
"""

EVAL_FILE = "eval.json"
