"""The metric functions against values worked out by hand (seqeval and SQuAD conventions)."""

from __future__ import annotations

import math

import pytest

from desktop_ft.data.bio import spans
from desktop_ft.evaluate import metrics


def test_bio_spans_follow_seqeval_chunking() -> None:
    assert spans(["B-PER", "I-PER", "O", "B-LOC"]) == [("PER", 0, 2), ("LOC", 3, 4)]
    assert spans(["I-PER", "I-PER"]) == [("PER", 0, 2)]  # an I- without B- starts an entity
    assert spans(["B-PER", "I-LOC"]) == [("PER", 0, 1), ("LOC", 1, 2)]  # a type change splits
    assert spans(["B-PER", "B-PER"]) == [("PER", 0, 1), ("PER", 1, 2)]
    assert spans(["O", "O"]) == []


def test_entity_scores_need_type_and_both_boundaries() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    predicted = [["B-PER", "O", "O", "B-LOC"]]  # PER cut short: wrong; LOC right
    scores = metrics.entity_scores(predicted, gold)
    assert scores == {"entity_f1": 0.5, "entity_precision": 0.5, "entity_recall": 0.5}
    assert metrics.entity_scores(gold, gold)["entity_f1"] == 1.0
    assert metrics.entity_scores([["O"] * 4], gold)["entity_f1"] == 0.0


def test_entity_set_scores_count_repeated_entities() -> None:
    gold = [[("Anna", "PER"), ("Brno", "LOC")], [("fern", "PLANT")]]
    predicted = [[("Anna", "PER"), ("Anna", "PER")], [("fern", "PLANT")]]
    scores = metrics.entity_set_scores(predicted, gold)
    assert scores["entity_precision"] == pytest.approx(2 / 3)
    assert scores["entity_recall"] == pytest.approx(2 / 3)


def test_accuracy_and_macro_f1() -> None:
    gold = ["a", "a", "a", "b"]
    predicted = ["a", "a", "b", "b"]
    assert metrics.accuracy(predicted, gold) == 0.75
    # a: tp 2, fp 0, fn 1 -> 0.8;  b: tp 1, fp 1, fn 0 -> 2/3
    assert metrics.macro_f1(predicted, gold) == pytest.approx((0.8 + 2 / 3) / 2)
    # a label the model never gets right still counts, as one class of three
    assert metrics.macro_f1(predicted, gold, ["a", "b", "c"]) == pytest.approx(
        (0.8 + 2 / 3) / 3)
    assert metrics.macro_f1(["x"] * 4, gold) == 0.0


def test_qa_exact_match_and_token_f1() -> None:
    assert metrics.exact_match("The Cat.", ["cat"]) == 1.0
    assert metrics.exact_match("a dog", ["cat", "dog"]) == 1.0
    assert metrics.exact_match("dogs", ["dog"]) == 0.0
    # 3 common words; precision 3/3, recall 3/5
    assert metrics.token_f1("bright indirect light",
                            ["medium to bright indirect light"]) == pytest.approx(0.75)
    assert metrics.token_f1("nothing alike", ["bright light"]) == 0.0
    assert metrics.token_f1("x", ["bright light", "x"]) == 1.0


def test_bleu_and_chrf_reward_closer_translations() -> None:
    refs = ["Kaktus potřebuje málo vody.", "Fialka kvete na jaře."]
    assert metrics.bleu(refs, refs) == pytest.approx(100.0)
    assert metrics.chrf(refs, refs) == pytest.approx(100.0)
    close = ["Kaktus potřebuje hodně vody.", "Fialka kvete v létě."]
    far = ["Ahoj.", "Nic."]
    assert metrics.bleu(far, refs) < metrics.bleu(close, refs) < 100.0
    assert metrics.chrf(far, refs) < metrics.chrf(close, refs) < 100.0


def test_distinct_n_and_perplexity() -> None:
    assert metrics.distinct_n(["a b a b"], 1) == 0.5
    assert metrics.distinct_n(["a b a b"], 2) == pytest.approx(2 / 3)
    assert metrics.distinct_n(["a b", "c d"], 2) == 1.0
    assert metrics.distinct_n([""], 1) == 0.0
    assert metrics.perplexity(math.log(7.0)) == pytest.approx(7.0)
