"""The scenario metrics, as plain functions of predictions and references.

Scales follow each metric's custom: accuracy, F1, exact match and distinct-n are fractions in
[0, 1]; BLEU and chrF are sacrebleu's 0-100 scores; eval loss is the mean cross-entropy per
trained token (nats) and perplexity its exponential.
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Sequence

from desktop_ft.data.bio import spans


def accuracy(predictions: Sequence[str], references: Sequence[str]) -> float:
    if not references:
        return 0.0
    return sum(p == r for p, r in zip(predictions, references, strict=True)) / len(references)


def macro_f1(predictions: Sequence[str], references: Sequence[str],
             labels: Sequence[str] | None = None) -> float:
    """Mean F1 over the classes (the dataset's labels; a prediction outside them is simply
    wrong), so a rare class counts as much as a common one."""
    classes = list(labels) if labels else sorted(set(references))
    if not classes:
        return 0.0
    scores = []
    for label in classes:
        tp = sum(p == label and r == label for p, r in zip(predictions, references, strict=True))
        fp = sum(p == label and r != label for p, r in zip(predictions, references, strict=True))
        fn = sum(p != label and r == label for p, r in zip(predictions, references, strict=True))
        scores.append(_f1(tp, fp, fn))
    return sum(scores) / len(scores)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def entity_scores(predicted: Sequence[Sequence[str]],
                  gold: Sequence[Sequence[str]]) -> dict[str, float]:
    """Entity-level micro precision, recall and F1 over BIO tag sequences, as seqeval computes
    them by default: an entity counts only if its type and both boundaries match."""
    tp = fp = fn = 0
    for pred_tags, gold_tags in zip(predicted, gold, strict=True):
        pred_set = Counter(spans(pred_tags))
        gold_set = Counter(spans(gold_tags))
        hits = sum((pred_set & gold_set).values())
        tp += hits
        fp += sum(pred_set.values()) - hits
        fn += sum(gold_set.values()) - hits
    return set_scores(tp, fp, fn)


def set_scores(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"entity_f1": _f1(tp, fp, fn), "entity_precision": precision,
            "entity_recall": recall}


def entity_set_scores(predicted: Sequence[Sequence[tuple[str, str]]],
                      gold: Sequence[Sequence[tuple[str, str]]]) -> dict[str, float]:
    """The same scores for generated entity lists: (text, type) pairs, matched exactly."""
    tp = fp = fn = 0
    for pred, ref in zip(predicted, gold, strict=True):
        pred_set, gold_set = Counter(pred), Counter(ref)
        hits = sum((pred_set & gold_set).values())
        tp += hits
        fp += sum(pred_set.values()) - hits
        fn += sum(gold_set.values()) - hits
    return set_scores(tp, fp, fn)


def bleu(hypotheses: Sequence[str], references: Sequence[str]) -> float:
    import sacrebleu

    return float(sacrebleu.corpus_bleu(list(hypotheses), [list(references)]).score)


def chrf(hypotheses: Sequence[str], references: Sequence[str]) -> float:
    import sacrebleu

    return float(sacrebleu.corpus_chrf(list(hypotheses), [list(references)]).score)


_ARTICLES = re.compile(r"\b(a|an|the)\b")


def normalize_answer(text: str) -> str:
    """SQuAD's normalisation: lower case, no punctuation, no articles, single spaces."""
    text = "".join(ch for ch in text.lower() if ch not in string.punctuation)
    return " ".join(_ARTICLES.sub(" ", text).split())


def exact_match(prediction: str, answers: Sequence[str]) -> float:
    return float(any(normalize_answer(prediction) == normalize_answer(a) for a in answers))


def token_f1(prediction: str, answers: Sequence[str]) -> float:
    """Best word-overlap F1 of the prediction against any of the accepted answers."""
    best = 0.0
    predicted = normalize_answer(prediction).split()
    for answer in answers:
        gold = normalize_answer(answer).split()
        if not predicted or not gold:
            best = max(best, float(predicted == gold))
            continue
        common = sum((Counter(predicted) & Counter(gold)).values())
        if common:
            precision, recall = common / len(predicted), common / len(gold)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


def distinct_n(texts: Sequence[str], n: int) -> float:
    """Unique word n-grams over all n-grams of the generated texts: 1.0 never repeats."""
    grams: list[tuple[str, ...]] = []
    for text in texts:
        words = text.split()
        grams.extend(tuple(words[i: i + n]) for i in range(len(words) - n + 1))
    return len(set(grams)) / len(grams) if grams else 0.0


def perplexity(loss: float) -> float:
    return math.exp(min(loss, 50.0))
