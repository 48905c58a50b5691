"""Issue 9's corpus of bad input, each case through the real `desktop-ft train` on the tiny real
model: exit code 2, one line, no traceback, naming the file, the line or row, the field, and
saying what to do."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from robust_helpers import GOOD, assert_user_error, base_config, jsonl_bytes
from robust_helpers import write_config as write_yaml


def chat(user: object = "Hi", assistant: object = "Hello") -> dict:
    return {"messages": [{"role": "user", "content": user},
                         {"role": "assistant", "content": assistant}]}


def parquet_bytes(tmp: Path, columns: dict[str, list]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp / "table.parquet.tmp"
    pq.write_table(pa.table(columns), path)
    return path.read_bytes()


TEN_MB = 10 * 1024 * 1024

# id: (file name, content (bytes, or a function of a scratch folder), config sections,
#      fragments the message must contain: file:line, field, what to do)
DATASETS: dict[str, tuple[str, bytes | Callable[[Path], bytes], dict, tuple[str, ...]]] = {
    "empty file": ("d.jsonl", b"", {}, ("d.jsonl", "empty", "add at least")),
    "only whitespace": ("d.jsonl", b"  \n\t\n   \n", {}, ("d.jsonl", "empty")),
    "invalid JSON at line 3": ("d.jsonl", jsonl_bytes(GOOD, GOOD) + b'{"messages": [\n', {},
                               ("d.jsonl:3", "invalid JSON", "one JSON object")),
    "JSON array in a .jsonl": ("d.jsonl", json.dumps([GOOD, GOOD]).encode(), {},
                               ("d.jsonl:1", ".json extension")),
    "JSON Lines in a .json": ("d.json", jsonl_bytes(GOOD, GOOD), {},
                              ("d.json:2", "JSON Lines", ".jsonl")),
    "mixed formats (missing field)": (
        "d.jsonl", jsonl_bytes(GOOD, {"instruction": "Water?", "output": "Weekly."}), {},
        ("d.jsonl:2", "field 'messages'", "missing field", "data.columns")),
    "misspelled field": ("d.jsonl", jsonl_bytes({"mesages": GOOD["messages"]}) * 3, {},
                         ("d.jsonl:1", "did you mean 'messages'")),
    "number where text is expected": ("d.jsonl", jsonl_bytes(GOOD, chat(assistant=42)), {},
                                      ("d.jsonl:2", "field 'messages[1].content'",
                                       "found int", "quotes")),
    "roles in the wrong order": (
        "d.jsonl", jsonl_bytes(GOOD, {"messages": [GOOD["messages"][1], GOOD["messages"][0]]}),
        {}, ("d.jsonl:2", "field 'messages[0].role'", "start with a user turn")),
    "two user turns in a row": (
        "d.jsonl", jsonl_bytes(GOOD, {"messages": [GOOD["messages"][0], *GOOD["messages"]]}),
        {}, ("d.jsonl:2", "field 'messages[1].role'", "must alternate")),
    "empty assistant turn": ("d.jsonl", jsonl_bytes(GOOD, GOOD, chat(assistant="  ")), {},
                             ("d.jsonl:3", "field 'messages[1].content'", "empty",
                              "fill it in")),
    "unknown role": ("d.jsonl", jsonl_bytes({"messages": [{"role": "human", "content": "a"}]}),
                     {}, ("d.jsonl:1", "field 'messages[0].role'", "use one of")),
    "non-UTF-8 bytes": ("d.jsonl", jsonl_bytes(GOOD, GOOD) + b'{"text": "caf\xe9"}\n', {},
                        ("d.jsonl:3", "not UTF-8", "save the file as UTF-8")),
    "UTF-16 with a BOM": ("d.jsonl", b"\xff\xfe" + jsonl_bytes(GOOD).decode().encode("utf-16-le"),
                          {}, ("d.jsonl:1", "UTF-16", "UTF-8")),
    "a 10 MB single line": ("d.jsonl", b'{"messages": [{"role": "user", "content": "'
                            + b"a" * TEN_MB, {}, ("d.jsonl:1", "invalid JSON")),
    "CSV with ragged rows": ("d.csv", b"prompt,response\nHi,Hello\nOne,two,three\n", {},
                             ("d.csv:3", "3 columns", "quote cells")),
    "Parquet with another schema": (
        "d.parquet", lambda tmp: parquet_bytes(tmp, {"id": [1, 2], "score": [0.5, 0.7]}), {},
        ("d.parquet:1", "cannot tell the dataset format", "'id'", "data.columns")),
    "Parquet with messages as text": (
        "d.parquet", lambda tmp: parquet_bytes(tmp, {"messages": ["hi", "there"]}), {},
        ("d.parquet:1", "field 'messages'", "list of messages")),
    "fewer rows than one batch": ("d.jsonl", jsonl_bytes(GOOD, GOOD),
                                  {"train": {"batch_size": 4}},
                                  ("d.jsonl", "fewer than one batch", "train.batch_size")),
    "a label set with one class": ("d.csv", b"text,label\nGreat soil,good\nNice pot,good\n"
                                   b"Fine,good\n", {"data": {"format": "classification"}},
                                   ("d.csv:2", "field 'label'", "two classes",
                                    "other classes")),
    "unsupported file type": ("d.txt", b"hello\n", {}, ("d.txt", "unsupported file type",
                                                        ".jsonl")),
}


@pytest.mark.parametrize("case", list(DATASETS), ids=list(DATASETS))
def test_bad_dataset(case: str, cli, tiny_model_dir: Path, tmp_path: Path) -> None:
    name, content, sections, fragments = DATASETS[case]
    data = tmp_path / name
    data.write_bytes(content(tmp_path) if callable(content) else content)
    before = data.read_bytes()
    config = write_yaml(tmp_path / "run.yaml", base_config(tiny_model_dir, data, **sections))
    result = cli("train", config)
    assert_user_error(result, *fragments)
    assert len(result.err) < 1000  # the message never echoes a 10 MB line back
    assert data.read_bytes() == before  # the user's file is read-only to us


# configs -------------------------------------------------------------------------------------

def _mismatched_tokenizer(model: Path, folder: Path) -> Path:
    """The model with a tokenizer that has 500 more tokens than it has embeddings."""
    from transformers import AutoTokenizer

    copy = folder / "mismatched"
    shutil.copytree(model, copy)
    tokenizer = AutoTokenizer.from_pretrained(model)
    tokenizer.add_tokens([f"<extra_{i}>" for i in range(500)])
    tokenizer.save_pretrained(copy)
    return copy


def _no_config_json(model: Path, folder: Path) -> Path:
    copy = folder / "weights-only"
    shutil.copytree(model, copy)
    (copy / "config.json").unlink()
    return copy


CONFIGS: dict[str, tuple[dict, tuple[str, ...]]] = {
    "unknown key": ({"train": {"lerning_rate": 1e-3}},
                    ("run.yaml:", "field 'train.lerning_rate'",
                     "did you mean 'train.learning_rate'")),
    "unknown top-level key": ({"metod": "lora"}, ("run.yaml:", "field 'metod'",
                                                  "did you mean 'method'")),
    "rank 0": ({"lora": {"rank": 0}}, ("run.yaml:", "field 'lora.rank'", "set lora.rank")),
    "learning rate < 0": ({"train": {"learning_rate": -0.001}},
                          ("run.yaml:", "field 'train.learning_rate'", "set train.learning_rate")),
    "negative steps": ({"train": {"max_steps": -5}},
                       ("run.yaml:", "field 'train.max_steps'", "set train.max_steps")),
    "a word where a number is expected": ({"train": {"batch_size": "eight"}},
                                          ("run.yaml:", "field 'train.batch_size'",
                                           "expected int")),
    "misspelled method": ({"method": "qlora4"}, ("run.yaml:", "field 'method'", "did you mean")),
}


@pytest.mark.parametrize("case", list(CONFIGS), ids=list(CONFIGS))
def test_bad_config(case: str, cli, tiny_model_dir: Path, chat_dataset: Path,
                    tmp_path: Path) -> None:
    sections, fragments = CONFIGS[case]
    config = write_yaml(tmp_path / "run.yaml",
                        base_config(tiny_model_dir, chat_dataset, **sections))
    result = cli("train", config)
    assert_user_error(result, *fragments)
    if "run.yaml:" in fragments:  # the line of the offending key, so an editor can jump there
        where = result.err.split("run.yaml:", 1)[1]
        assert where.split(":", 1)[0].isdigit(), result.err


@pytest.mark.parametrize("make, fragments", [
    (_no_config_json, ("weights-only", "field 'model'", "no config.json", "save_pretrained")),
    (_mismatched_tokenizer, ("mismatched", "field 'model'", "different models",
                             "tokenizer files saved with this model")),
], ids=["model folder without config.json", "tokenizer that does not match the model"])
def test_bad_model_folder(make, fragments, cli, tiny_model_dir: Path, chat_dataset: Path,
                          tmp_path: Path) -> None:
    model = make(tiny_model_dir, tmp_path)
    config = write_yaml(tmp_path / "run.yaml", base_config(model, chat_dataset))
    assert_user_error(cli("train", config), *fragments)


def test_yaml_syntax_and_missing_files(cli, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("model: demo\ndata:\n  path: [unclosed\n", encoding="utf-8")
    assert_user_error(cli("train", broken), "broken.yaml:", "invalid YAML", "indentation")
    assert_user_error(cli("train", tmp_path / "nowhere.yaml"), "nowhere.yaml", "not found")
    config = write_yaml(tmp_path / "run.yaml", base_config(Path("demo"), tmp_path / "gone.jsonl"))
    assert_user_error(cli("train", config), "gone.jsonl", "not found", "data.path")


@pytest.fixture(scope="module")
def other_model_dir(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Same tokenizer and architecture as the tiny model, half its width: another model."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    config = AutoConfig.from_pretrained(tiny_model_dir)
    config.hidden_size, config.intermediate_size = 128, 344
    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("other") / "narrow"
    AutoModelForCausalLM.from_config(config).save_pretrained(folder)
    AutoTokenizer.from_pretrained(tiny_model_dir).save_pretrained(folder)
    return folder


def test_resume_with_a_checkpoint_from_another_model(cli, tiny_model_dir: Path,
                                                     other_model_dir: Path, chat_dataset: Path,
                                                     tmp_path: Path, home: Path) -> None:
    config = write_yaml(tmp_path / "run.yaml", base_config(tiny_model_dir, chat_dataset))
    first = cli("train", config, "--json")
    assert first.code == 0, first.err
    run = Path(json.loads(first.out)["run_dir"])
    # The run's config now names another model (edited, or the checkpoint was copied over).
    run_config = run / "config.yaml"
    run_config.write_text(run_config.read_text().replace(str(tiny_model_dir),
                                                         str(other_model_dir)))
    result = cli("train", "--resume", run)
    assert_user_error(result, "config.yaml", "field 'model'", "different model", "step-2",
                      "resume with the model this run started with")
    assert (run / "checkpoints" / "step-2" / "COMPLETE").is_file()  # nothing was lost
