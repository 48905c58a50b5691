"""Read a dataset file into records (dicts), remembering where each came from.

Line numbers are 1-based lines of the file for JSONL, 1-based rows (after the header) for CSV
and Parquet, 1-based array items for JSON and 1-based rows of a Hugging Face dataset folder
(`save_to_disk`), so messages can point the user at the spot.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_ft.core.errors import UserError, location
from desktop_ft.core.runs import sha256_file

SUFFIXES = (".jsonl", ".json", ".csv", ".parquet")


@dataclass
class Record:
    line: int
    data: dict[str, Any]


def _text(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):  # a BOM is harmless: accept it
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Windows' "Unicode": a UTF-16 BOM
        raise UserError("the file is UTF-16 text (it starts with a UTF-16 byte order mark), "
                        "not UTF-8", where=location(path, 1),
                        hint="save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)",
                        key="data.encoding_utf16")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UserError("the file is not UTF-8 text", where=location(path, line),
                        hint="save the file as UTF-8 (most editors offer it under 'Save as')",
                        key="data.encoding") from exc
    if not text.strip():
        raise UserError("the dataset is empty", where=str(path),
                        hint="add at least a few examples, one per line", key="data.empty")
    return text


def _read_jsonl(path: Path, text: str) -> list[Record]:
    records = []
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            hint = "each line must be one JSON object"
            if number == 1 and line.lstrip().startswith("["):
                hint = "this looks like a JSON array: save it with the .json extension"
            raise UserError(f"invalid JSON ({exc.msg})", where=location(path, number),
                            hint=hint, key="data.invalid_json") from exc
        if not isinstance(value, dict):
            hint = "each line must be an object such as {\"messages\": [...]}"
            if isinstance(value, list) and number == 1:
                hint = "this looks like a JSON array: save it with the .json extension"
            raise UserError(f"expected a JSON object, found {type(value).__name__}",
                            where=location(path, number), hint=hint,
                            key="data.not_object")
        records.append(Record(number, value))
    return records


def _read_json(path: Path, text: str) -> list[Record]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = "fix the JSON syntax"
        if exc.msg.startswith("Extra data"):
            hint = "this looks like JSON Lines (one object per line): save it as .jsonl"
        raise UserError(f"invalid JSON ({exc.msg})", where=location(path, exc.lineno),
                        hint=hint, key="data.invalid_json") from exc
    if isinstance(value, dict):
        lists = [v for v in value.values() if isinstance(v, list)]
        if len(lists) == 1:
            value = lists[0]  # {"data": [...]} and the like
    if not isinstance(value, list):
        raise UserError("expected a JSON array of examples", where=str(path),
                        hint="wrap the examples in [ ... ] or use JSON Lines", key="data.not_list")
    records = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise UserError(f"expected an object, found {type(item).__name__}",
                            where=f"{path}: item {number}", key="data.not_object")
        records.append(Record(number, item))
    return records


def _read_csv(path: Path, text: str) -> list[Record]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except csv.Error as exc:
        raise UserError(f"invalid CSV ({exc})", where=location(path, 1), key="data.csv") from exc
    header = [h.strip() for h in header]
    records = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise UserError(f"row has {len(row)} columns, the header has {len(header)}",
                                where=location(path, line),
                                hint="quote cells that contain commas or line breaks",
                                key="data.csv_ragged")
            records.append(Record(line, dict(zip(header, row, strict=True))))
    except csv.Error as exc:
        raise UserError(f"invalid CSV ({exc})", where=location(path, reader.line_num),
                        key="data.csv") from exc
    return records


def _read_parquet(path: Path) -> list[Record]:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow comes with datasets
        raise UserError("reading Parquet needs pyarrow", where=str(path),
                        hint="pip install pyarrow", key="data.parquet_missing") from exc
    try:
        table = pq.read_table(path)
    except Exception as exc:
        raise UserError(f"cannot read the Parquet file ({exc})", where=str(path),
                        key="data.parquet") from exc
    return [Record(i, row) for i, row in enumerate(table.to_pylist(), start=1)]


HF_MARKERS = ("dataset_dict.json", "state.json")


def is_hf_dataset_folder(path: Path) -> bool:
    """A folder written by `Dataset.save_to_disk` or `DatasetDict.save_to_disk`."""
    return any((path / marker).is_file() for marker in HF_MARKERS)


def _class_names(feature: Any) -> Any:
    """The ClassLabel of a column (or of a list column's items), if it has one."""
    from datasets import ClassLabel

    if isinstance(feature, ClassLabel):
        return feature
    inner = getattr(feature, "feature", None)
    return inner if isinstance(inner, ClassLabel) else None


def _read_hf_folder(path: Path, split: str = "train") -> list[Record]:
    """Rows of a saved Hugging Face dataset (the `train` split of a DatasetDict, else its first),
    with ClassLabel ids turned into their names, so labels and NER tags read as text."""
    try:
        from datasets import DatasetDict, load_from_disk
    except ImportError as exc:  # pragma: no cover - datasets is a dependency
        raise UserError("reading a Hugging Face dataset folder needs 'datasets'",
                        where=str(path), hint="pip install datasets",
                        key="data.datasets_missing") from exc
    try:
        dataset = load_from_disk(str(path))
    except Exception as exc:
        raise UserError(f"cannot read the dataset folder ({exc})".split("\n")[0],
                        where=str(path), hint="save it with datasets' save_to_disk",
                        key="data.hf_folder") from exc
    if isinstance(dataset, DatasetDict):
        if not dataset:
            raise UserError("the dataset folder has no splits", where=str(path),
                            key="data.empty")
        dataset = dataset[split] if split in dataset else dataset[next(iter(dataset))]
    named = {name: labels for name, feature in dataset.features.items()
             if (labels := _class_names(feature)) is not None}
    records = []
    for number, row in enumerate(dataset.to_list(), start=1):
        for name, labels in named.items():
            value = row.get(name)
            if isinstance(value, list):
                row[name] = [labels.int2str(v) if isinstance(v, int) and v >= 0 else v
                             for v in value]
            elif isinstance(value, int) and value >= 0:
                row[name] = labels.int2str(value)
        records.append(Record(number, row))
    return records


def dataset_sha256(path: Path) -> str:
    """The file's sha256; for a dataset folder, the sha256 of its files' names and hashes."""
    if not path.is_dir():
        return sha256_file(path)
    import hashlib

    digest = hashlib.sha256()
    for child in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(f"{child.relative_to(path).as_posix()}\0{sha256_file(child)}\n".encode())
    return digest.hexdigest()


def read_records(path: str | Path) -> list[Record]:
    """Read every record of a dataset file; the file is opened read-only and never changed."""
    path = Path(path)
    if not path.exists():
        raise UserError("dataset file not found", where=str(path),
                        hint="check data.path (relative paths are relative to the config file)",
                        key="data.not_found")
    if path.is_dir():
        if is_hf_dataset_folder(path):
            records = _read_hf_folder(path)
            if not records:
                raise UserError("the dataset has no examples", where=str(path),
                                hint="add at least a few examples", key="data.empty")
            return records
        raise UserError("expected a file, found a folder", where=str(path),
                        hint=f"point data.path at a {', '.join(SUFFIXES)} file or a folder "
                        "written by datasets' save_to_disk", key="data.folder")
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        records = _read_parquet(path)
    elif suffix in (".jsonl", ".json", ".csv"):
        text = _text(path)
        reader = {".jsonl": _read_jsonl, ".json": _read_json, ".csv": _read_csv}[suffix]
        records = reader(path, text)
    else:
        raise UserError(f"unsupported file type '{suffix or '(none)'}'", where=str(path),
                        hint=f"use one of {', '.join(SUFFIXES)}", key="data.suffix")
    if not records:
        raise UserError("the dataset has no examples", where=str(path),
                        hint="add at least a few examples", key="data.empty")
    return records
