"""Classification heads on the real (tiny) Phi-3: word alignment, trainable parts, save/load."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError
from desktop_ft.data.encode import IGNORE
from desktop_ft.data.formats import Example
from desktop_ft.training import heads

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir: Path):
    from desktop_ft.training.models import load_tokenizer

    return load_tokenizer(str(tiny_model_dir))


def head_config(head: str, method: str = "lora") -> cfg.RunConfig:
    config = cfg.RunConfig(model="demo", method=method, head=head)
    config.data.path = "x.jsonl"
    config.lora = cfg.LoraConfig(rank=4, alpha=8, dropout=0.0)
    return cfg.validate(config)


def test_each_word_labels_its_first_token(tokenizer) -> None:
    words = ["Anna", "repotted", "the", "fiddle", "leaf", "fig", "in", "Thessaloniki", "."]
    tags = ["B-PER", "O", "O", "B-PLANT", "I-PLANT", "I-PLANT", "O", "B-LOC", "O"]
    labels = ["O", "B-LOC", "B-PER", "B-PLANT", "I-PLANT"]
    example = Example(1, task={"tokens": words, "tags": tags})
    encoded, truncated = heads.encode_tokens(tokenizer, example,
                                             {t: i for i, t in enumerate(labels)}, 64)
    assert not truncated
    positions = [i for i, label in enumerate(encoded.labels) if label != IGNORE]
    assert len(positions) == len(words)
    assert len(encoded.input_ids) > len(words)  # some words take several tokens
    for word, tag, position in zip(words, tags, positions, strict=True):
        assert word.startswith(tokenizer.decode([encoded.input_ids[position]]).strip())
        assert labels[encoded.labels[position]] == tag
    cut, truncated = heads.encode_tokens(tokenizer, example,
                                         {t: i for i, t in enumerate(labels)}, 3)
    assert truncated and len(cut.input_ids) == 3


@pytest.mark.parametrize("head", ["sequence", "token"])
def test_only_adapter_and_head_train_and_they_save_and_reload(head: str, tiny_model_dir: Path,
                                                              tokenizer, tmp_path: Path) -> None:
    labels = ["O", "B-PER", "I-PER"] if head == "token" else ["pests", "water"]
    torch.manual_seed(0)
    model = heads.load_head_model(tiny_model_dir, head, labels, tokenizer.pad_token_id)
    model = heads.apply_head_method(model, head_config(head))
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable and all("lora_" in n or ".score." in n for n in trainable)
    assert any(".score." in n for n in trainable)
    rows = [{"input_ids": [5, 6, 7, 8], "labels": [1] if head == "sequence" else [0, 1, 2, 0]},
            {"input_ids": [9, 10], "labels": [0] if head == "sequence" else [IGNORE, 1]}]
    collator = heads.HeadCollator(tokenizer.pad_token_id, head)
    batch = collator(rows)
    assert collator.real_tokens == 6
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    out = model(**batch)
    out.loss.backward()
    optimizer.step()
    expected = (2, len(labels)) if head == "sequence" else (2, 4, len(labels))
    assert tuple(out.logits.shape) == expected
    model.eval()
    with torch.no_grad():
        before = model(**batch).logits
    model.save_pretrained(tmp_path / "adapter")
    from peft import PeftModel

    fresh = heads.load_head_model(tiny_model_dir, head, labels, tokenizer.pad_token_id)
    again = PeftModel.from_pretrained(fresh, str(tmp_path / "adapter")).eval()
    with torch.no_grad():
        assert torch.allclose(again(**batch).logits, before, atol=1e-5)


def test_heads_refuse_the_wrong_data_or_method() -> None:
    with pytest.raises(UserError) as info:
        heads.check_format("sequence", "ner", "data.jsonl")
    assert info.value.key == "data.head_format"
    with pytest.raises(UserError) as info:
        head_config("token", method="qlora")
    assert info.value.key == "config.head_method"
