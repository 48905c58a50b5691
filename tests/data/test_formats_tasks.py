"""The task formats (classification, NER, translation, QA) and Hugging Face dataset folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_ft.core.errors import UserError
from desktop_ft.data.formats import class_labels, detect_format, entities, to_examples
from desktop_ft.data.readers import dataset_sha256, read_records

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("sample", "fmt"), [
    ("plant-questions-intent.jsonl", "classification"), ("plant-shop-ner.jsonl", "ner"),
    ("plants-en-cs.jsonl", "translation"), ("plant-care-qa.jsonl", "qa"),
    ("herb-garden-corpus.jsonl", "text"), ("folk-tunes-abc.jsonl", "chat"),
])
def test_every_sample_is_detected_and_converts(sample: str, fmt: str) -> None:
    path = SAMPLES / sample
    records = read_records(path)
    assert detect_format(records, path) == fmt
    found, examples = to_examples(records, path)
    assert found == fmt and len(examples) == len(records) >= 60
    if fmt in ("classification", "ner", "translation", "qa"):
        assert all(e.task and e.messages and e.messages[-1]["role"] == "assistant"
                   for e in examples)


def test_classification_renders_the_label_set_and_keeps_the_label(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"text": "water it daily", "label": "water"},
                                              {"text": "bugs on it", "label": 3}])
    fmt, examples = to_examples(read_records(path), path)
    assert fmt == "classification"
    assert class_labels(examples) == ["3", "water"]
    assert examples[0].task == {"text": "water it daily", "label": "water"}
    assert examples[0].messages[0]["content"].startswith("Classify the text as one of: 3, water")
    assert examples[1].messages[1]["content"] == "3"


def test_ner_answer_lists_entities_and_bad_tags_name_the_line(tmp_path: Path) -> None:
    row = {"tokens": ["Anna", "bought", "a", "peace", "lily"],
           "tags": ["B-PER", "O", "O", "B-PLANT", "I-PLANT"]}
    path = write_jsonl(tmp_path / "n.jsonl", [row])
    fmt, examples = to_examples(read_records(path), path)
    assert fmt == "ner"
    assert examples[0].messages[1]["content"] == "Anna (PER); peace lily (PLANT)"
    assert entities(row["tokens"], row["tags"]) == [("Anna", "PER"), ("peace lily", "PLANT")]
    assert class_labels(examples)[0] == "O"

    short = write_jsonl(tmp_path / "short.jsonl", [row, {**row, "tags": ["O"]}])
    with pytest.raises(UserError) as info:
        to_examples(read_records(short), short)
    assert info.value.key == "data.tag_count" and ":2" in info.value.where
    bad = write_jsonl(tmp_path / "bad.jsonl", [{**row, "tags": ["PER", "O", "O", "O", "O"]}])
    with pytest.raises(UserError) as info:
        to_examples(read_records(bad), bad)
    assert info.value.key == "data.bad_tag" and "tags[0]" in info.value.where


def test_translation_from_columns_or_a_language_dict(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "t.jsonl", [{"translation": {"en": "The fern grows.",
                                                               "cs": "Kapradina roste."}}])
    fmt, examples = to_examples(read_records(path), path)
    assert fmt == "translation"
    assert examples[0].task["source_lang"] == "en"
    assert examples[0].messages[0]["content"] == "Translate from en to cs:\nThe fern grows."
    assert examples[0].messages[1]["content"] == "Kapradina roste."
    mapped = write_jsonl(tmp_path / "m.jsonl", [{"english": "Hi.", "czech": "Ahoj."}])
    fmt, examples = to_examples(read_records(mapped), mapped, "translation",
                                {"source": "english", "target": "czech"})
    assert examples[0].messages[0]["content"] == "Translate:\nHi."


def test_qa_accepts_squad_answers_and_reports_missing_fields(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "q.jsonl", [{
        "context": "Water the fern often.", "question": "How often?",
        "answers": {"text": ["often", "very often"], "answer_start": [15, 10]}}])
    fmt, examples = to_examples(read_records(path), path)
    assert fmt == "qa" and examples[0].task["answers"] == ["often", "very often"]
    assert "Context: Water the fern often." in examples[0].messages[0]["content"]
    missing = write_jsonl(tmp_path / "x.jsonl", [{"context": "c", "questoin": "q", "answer": "a"}])
    with pytest.raises(UserError) as info:
        to_examples(read_records(missing), missing, "qa")
    assert info.value.key == "data.missing_field" and "questoin" in info.value.hint


def test_a_saved_hugging_face_dataset_reads_with_label_names(tmp_path: Path) -> None:
    from datasets import ClassLabel, Dataset, DatasetDict, Features, List, Value

    features = Features({"tokens": List(Value("string")),
                         "ner_tags": List(ClassLabel(names=["O", "B-PER", "I-PER"]))})
    train = Dataset.from_dict({"tokens": [["Anna", "Novak", "waters"], ["It", "grows"]],
                               "ner_tags": [[1, 2, 0], [0, 0]]}, features=features)
    folder = tmp_path / "ner-dataset"
    DatasetDict({"train": train, "validation": train.select([1])}).save_to_disk(str(folder))
    records = read_records(folder)
    assert [r.line for r in records] == [1, 2]
    assert records[0].data["ner_tags"] == ["B-PER", "I-PER", "O"]
    fmt, examples = to_examples(records, folder)
    assert fmt == "ner" and examples[0].messages[1]["content"] == "Anna Novak (PER)"
    first = dataset_sha256(folder)
    assert len(first) == 64 and dataset_sha256(folder) == first

    labelled = Dataset.from_dict({"text": ["wet", "dry"], "label": [1, 0]}, features=Features(
        {"text": Value("string"), "label": ClassLabel(names=["dry", "wet"])}))
    single = tmp_path / "single"
    labelled.save_to_disk(str(single))
    assert [r.data["label"] for r in read_records(single)] == ["wet", "dry"]
    with pytest.raises(UserError) as info:
        read_records(tmp_path)  # a plain folder is not a dataset
    assert info.value.key == "data.folder"
