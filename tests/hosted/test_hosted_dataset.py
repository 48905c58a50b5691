"""Conversion to the service's chat JSONL and its documented rules, on real small files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hosted_helpers import REPO, SAMPLE

from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError
from desktop_ft.hosted import dataset


def _config(path: Path, **hosted: object) -> cfg.RunConfig:
    return cfg.from_dict({"model": "gpt-4o-mini-2024-07-18", "data": {"path": str(path),
                          "validation_split": 0.0}, "hosted": hosted})


def _jsonl(folder: Path, rows: list[dict], name: str = "data.jsonl") -> Path:
    path = folder / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _chat(question: str, answer: str) -> dict:
    return {"messages": [{"role": "user", "content": question},
                         {"role": "assistant", "content": answer}]}


def test_sample_chat_converts_and_is_costed(tmp_path: Path) -> None:
    config = _config(SAMPLE)
    config.data.validation_split = 0.1
    prepared = dataset.prepare(config)
    assert prepared.ok and prepared.problems == []
    total = len(SAMPLE.read_text(encoding="utf-8").splitlines())
    assert len(prepared.train) + len(prepared.validation) == total
    assert len(prepared.validation) == int(total * 0.1)
    assert all(set(r) == {"messages"} for r in prepared.train)
    first = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])["messages"]
    assert any(r["messages"] == [{"role": m["role"], "content": m["content"]} for m in first]
               for r in prepared.train + prepared.validation)
    # tokens: ~4 bytes per token plus the chat framing; billed = per-epoch tokens x epochs
    assert prepared.epochs == 3 and prepared.epochs_auto  # ~260 examples: three passes
    assert prepared.billed_tokens == sum(prepared.train_tokens) * 3
    tokens = dataset.estimate_tokens([{"role": "user", "content": "a" * 40}])
    assert tokens == 10 + 3 + 3
    assert prepared.summary()["token_limit"] == 65_536


def test_other_formats_become_conversations(tmp_path: Path) -> None:
    rows = [{"instruction": f"Name plant {i}", "input": "", "output": f"Plant {i}"}
            for i in range(12)]
    prepared = dataset.prepare(_config(_jsonl(tmp_path, rows)))
    assert prepared.format == "instruction" and prepared.ok
    assert prepared.train[0]["messages"] == [{"role": "user", "content": "Name plant 0"},
                                             {"role": "assistant", "content": "Plant 0"}]
    qa = dataset.prepare(_config(REPO / "resources" / "samples" / "plant-care-qa.jsonl"))
    assert qa.format == "qa" and qa.ok
    assert qa.train[0]["messages"][-1]["role"] == "assistant"


def test_every_broken_example_is_listed_with_its_line(tmp_path: Path) -> None:
    rows = [_chat(f"q{i}", f"a{i}") for i in range(12)]
    rows[2] = {"messages": [{"role": "robot", "content": "hi"},
                            {"role": "assistant", "content": "x"}]}
    rows[5] = {"messages": [{"role": "user", "content": "  "},
                            {"role": "assistant", "content": "x"}]}
    rows[9] = {"messages": [{"role": "user", "content": "only a question"}]}
    path = _jsonl(tmp_path, rows)
    before = path.read_bytes()
    prepared = dataset.prepare(_config(path))
    assert not prepared.ok
    errors = [p for p in prepared.problems if p.severity == "error"]
    assert [p.where.split(":")[1] for p in errors[:3]] == ["3", "6", "10"]
    assert "robot" in errors[0].message
    assert path.read_bytes() == before


def test_fewer_than_ten_examples_is_an_error_and_validation_needs_room(tmp_path: Path) -> None:
    prepared = dataset.prepare(_config(_jsonl(tmp_path, [_chat("q", "a")] * 9)))
    assert not prepared.ok
    assert any("at least 10" in p.message for p in prepared.problems)
    config = _config(_jsonl(tmp_path, [_chat(f"q{i}", "a") for i in range(11)]))
    config.data.validation_split = 0.2  # would leave 9 for training: keep all for training
    prepared = dataset.prepare(config)
    assert prepared.ok and len(prepared.train) == 11 and prepared.validation == []
    assert any(p.severity == "warning" and "validation" in p.message for p in prepared.problems)


def test_long_examples_and_trailing_user_turns_are_warnings(tmp_path: Path) -> None:
    rows = [_chat(f"q{i}", "a") for i in range(11)]
    rows[0] = _chat("word " * 400, "a")
    rows[1]["messages"] += [{"role": "user", "content": "and then?"}]
    prepared = dataset.prepare(_config(_jsonl(tmp_path, rows), max_tokens_per_example=100))
    assert prepared.ok
    warnings = {p.where.rsplit(":", 1)[1]: p.message for p in prepared.problems}
    assert "cut off" in warnings["1"] and "not learned" in warnings["2"]
    assert prepared.billed_tokens < sum(prepared.train_tokens) * prepared.epochs  # truncated


def test_raw_text_and_local_models_cannot_go_to_the_service(tmp_path: Path) -> None:
    text = _jsonl(tmp_path, [{"text": f"Ferns like shade {i}."} for i in range(12)])
    prepared = dataset.prepare(_config(text))
    assert not prepared.ok and "raw text" in prepared.problems[0].message
    config = _config(text)
    config.model = "demo"
    with pytest.raises(UserError) as caught:
        dataset.prepare(config)
    assert caught.value.key == "hosted.no_model"


def test_auto_epochs_follow_the_documented_rule() -> None:
    assert dataset.auto_epochs(10) == 10
    assert dataset.auto_epochs(50) == 3
    assert dataset.auto_epochs(20_000) == 1
    assert dataset.token_limit("Phi-3-mini-4k-instruct") == (4_096, True)
    assert dataset.token_limit("some-new-model") == (dataset.DEFAULT_LIMIT, False)
