"""RunConfig: everything that defines a run, as dataclasses, read from and written to YAML.

Validation happens here, once, so the CLI, the GUI and a YAML file written by hand all get the
same messages: unknown keys with a "did you mean", wrong types and out-of-range values, each
naming the file and the field. Relative paths in a YAML file are relative to that file.
"""

from __future__ import annotations

import difflib
import os
import types
import typing
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from desktop_ft.core.errors import UserError

METHODS = ("lora", "dora", "qlora", "lora-8bit", "full", "ia3", "loha", "lokr", "adalora",
           "prompt-tuning", "prefix-tuning")
OPTIMIZERS = ("adamw", "adamw-8bit", "paged-adamw-8bit", "sgd")
DATA_FORMATS = ("auto", "chat", "sharegpt", "instruction", "prompt_response", "text")
PRECISIONS = ("auto", "fp32", "bf16", "fp16")
SCHEDULERS = ("cosine", "linear", "constant")
LOSS_ON = ("answer", "all")
EXPORT_PRECISIONS = ("fp32", "fp16", "int8", "int4")
EXPORT_TARGETS = ("cpu", "cuda", "dml")


@dataclass
class DataConfig:
    """Where the examples come from and how they become tokens."""

    path: str = ""
    format: str = "auto"
    columns: dict[str, str] = field(default_factory=dict)
    validation_split: float = 0.1
    max_length: int = 256
    loss_on: str = "answer"
    packing: bool = True


@dataclass
class LoraConfig:
    """Adapter settings: rank/alpha/dropout for the LoRA family (and LoHa, LoKr, AdaLoRA),
    `virtual_tokens` for prompt and prefix tuning. `all-linear`: every Linear but the head."""

    rank: int = 8
    alpha: int = 16
    dropout: float = 0.05
    target_modules: str | list[str] = "all-linear"
    virtual_tokens: int = 16


@dataclass
class TrainConfig:
    max_steps: int = 0
    epochs: float = 1.0
    batch_size: int = 8
    grad_accum: int = 1
    learning_rate: float = 2e-4
    optimizer: str = "adamw"
    scheduler: str = "cosine"
    warmup_ratio: float = 0.05
    weight_decay: float = 0.0
    seed: int = 42
    precision: str = "auto"
    gradient_checkpointing: bool = False
    save_every: int = 50
    eval_every: int = 0
    threads: int = 0


@dataclass
class ExportConfig:
    precision: str = "int4"
    target: str = "cpu"
    block_size: int = 32
    accuracy_level: int = 4


@dataclass
class RunConfig:
    """A whole run. `model` is a catalog name, a hub id, a local folder, or `demo`."""

    model: str = "demo"
    method: str = "lora"
    name: str = ""
    data: DataConfig = field(default_factory=DataConfig)
    lora: LoraConfig = field(default_factory=LoraConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    export: ExportConfig = field(default_factory=ExportConfig)
    merge: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def run_name(self) -> str:
        if self.name:
            return self.name
        base = Path(self.model).name if os.sep in self.model or "/" in self.model else self.model
        return f"{base}-{self.method}"


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp).replace("typing.", ""))


def _coerce(value: Any, tp: Any, where: str) -> Any:
    """Check one YAML value against a field's type; ints are accepted where floats are expected."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(tp):
            try:
                return _coerce(value, option, where)
            except UserError:
                continue
        expected = " or ".join(_type_name(t) for t in typing.get_args(tp))
        raise UserError(f"expected {expected}, got {value!r}", where=where,
                        key="config.type", params={"expected": expected})
    if origin is list:
        if not isinstance(value, list):
            raise UserError(f"expected a list, got {value!r}", where=where, key="config.type")
        (item_tp,) = typing.get_args(tp)
        return [_coerce(v, item_tp, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise UserError(f"expected a mapping, got {value!r}", where=where, key="config.type")
        return {str(k): str(v) for k, v in value.items()}
    if tp is bool:
        if isinstance(value, bool):
            return value
    elif tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)  # YAML reads "2e-4" as a string
            except ValueError:
                pass
    elif tp is str and isinstance(value, str):
        return value
    raise UserError(f"expected {_type_name(tp)}, got {value!r}", where=where, key="config.type",
                    params={"expected": _type_name(tp)})


def _build(cls: type, data: Any, prefix: str, source: str) -> Any:
    where_section = f"{source}: field '{prefix.rstrip('.')}'" if prefix else source
    if not isinstance(data, dict):
        raise UserError("expected a mapping of settings", where=where_section,
                        hint="see resources/examples/demo-lora.yaml for the layout",
                        key="config.not_mapping")
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        where = f"{source}: field '{name}'"
        if key not in known:
            close = difflib.get_close_matches(str(key), list(known), n=1)
            hint = f"did you mean '{prefix}{close[0]}'?" if close else (
                "known keys: " + ", ".join(f"{prefix}{k}" for k in known))
            raise UserError(f"unknown setting '{name}'", where=where, hint=hint,
                            key="config.unknown_key", params={"name": name})
        tp = hints[key]
        if is_dataclass(tp):
            kwargs[key] = _build(tp, value if value is not None else {}, f"{name}.", source)
        else:
            kwargs[key] = _coerce(value, tp, where)
    missing = [f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING
               and f.name not in kwargs]
    if missing:
        raise UserError(f"missing setting '{prefix}{missing[0]}'", where=source,
                        key="config.missing")
    return cls(**kwargs)


def _check_choice(value: str, choices: tuple[str, ...], name: str, source: str) -> None:
    if value not in choices:
        close = difflib.get_close_matches(value, choices, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "choose one of: " + ", ".join(choices)
        raise UserError(f"'{value}' is not a valid {name}", where=f"{source}: field '{name}'",
                        hint=hint, key="config.choice", params={"name": name, "value": value})


def _check_range(ok: bool, name: str, value: Any, rule: str, source: str) -> None:
    if not ok:
        raise UserError(f"{name} = {value} is out of range: it must be {rule}",
                        where=f"{source}: field '{name}'", hint=f"set {name} to a value {rule}",
                        key="config.range", params={"name": name, "rule": rule})


def validate(config: RunConfig, source: str = "config") -> RunConfig:
    """Reject values that would fail later, deep inside a library, with a worse message."""
    _check_choice(config.method, METHODS, "method", source)
    _check_choice(config.data.format, DATA_FORMATS, "data.format", source)
    _check_choice(config.data.loss_on, LOSS_ON, "data.loss_on", source)
    _check_choice(config.train.precision, PRECISIONS, "train.precision", source)
    _check_choice(config.train.scheduler, SCHEDULERS, "train.scheduler", source)
    _check_choice(config.train.optimizer, OPTIMIZERS, "train.optimizer", source)
    _check_choice(config.export.precision, EXPORT_PRECISIONS, "export.precision", source)
    _check_choice(config.export.target, EXPORT_TARGETS, "export.target", source)
    if not config.model.strip():
        raise UserError("no model given", where=f"{source}: field 'model'",
                        hint="use 'demo', a catalog name, a hub id or a model folder",
                        key="config.no_model")
    if not config.data.path.strip():
        raise UserError("no dataset given", where=f"{source}: field 'data.path'",
                        hint="set data.path to a JSONL, JSON or CSV file", key="config.no_data")
    t, d, lo = config.train, config.data, config.lora
    _check_range(lo.rank >= 1, "lora.rank", lo.rank, ">= 1", source)
    _check_range(lo.alpha >= 1, "lora.alpha", lo.alpha, ">= 1", source)
    _check_range(1 <= lo.virtual_tokens <= 512, "lora.virtual_tokens", lo.virtual_tokens,
                 "between 1 and 512", source)
    _check_range(0 <= lo.dropout < 1, "lora.dropout", lo.dropout, "in [0, 1)", source)
    _check_range(t.max_steps >= 0, "train.max_steps", t.max_steps, ">= 0 (0: use epochs)", source)
    _check_range(t.epochs > 0, "train.epochs", t.epochs, "> 0", source)
    _check_range(t.batch_size >= 1, "train.batch_size", t.batch_size, ">= 1", source)
    _check_range(t.grad_accum >= 1, "train.grad_accum", t.grad_accum, ">= 1", source)
    _check_range(0 < t.learning_rate < 1, "train.learning_rate", t.learning_rate, "in (0, 1)",
                 source)
    _check_range(0 <= t.warmup_ratio < 1, "train.warmup_ratio", t.warmup_ratio, "in [0, 1)",
                 source)
    _check_range(t.weight_decay >= 0, "train.weight_decay", t.weight_decay, ">= 0", source)
    _check_range(t.save_every >= 0, "train.save_every", t.save_every, ">= 0", source)
    _check_range(t.eval_every >= 0, "train.eval_every", t.eval_every, ">= 0", source)
    _check_range(t.threads >= 0, "train.threads", t.threads, ">= 0 (0: automatic)", source)
    _check_range(0 <= d.validation_split < 1, "data.validation_split", d.validation_split,
                 "in [0, 1)", source)
    _check_range(16 <= d.max_length <= 1_048_576, "data.max_length", d.max_length,
                 "between 16 and 1048576", source)
    _check_range(config.export.block_size in (16, 32, 64, 128, 256), "export.block_size",
                 config.export.block_size, "one of 16, 32, 64, 128, 256", source)
    return config


def from_dict(data: dict[str, Any], source: str = "config",
              base_dir: Path | None = None) -> RunConfig:
    """Build and validate a RunConfig; relative paths are resolved against `base_dir`."""
    config = _build(RunConfig, data, "", source)
    if base_dir is not None:
        config.data.path = _resolve(config.data.path, base_dir)
        if _looks_like_path(config.model):
            config.model = _resolve(config.model, base_dir)
    return validate(config, source)


def _looks_like_path(text: str) -> bool:
    return text.startswith((".", "/", "~")) or (os.sep in text and Path(text).exists())


def _resolve(text: str, base_dir: Path) -> str:
    if not text:
        return text
    path = Path(text).expanduser()
    return str(path if path.is_absolute() else (base_dir / path).resolve())


def load(path: str | os.PathLike[str]) -> RunConfig:
    """Read a YAML run configuration, with errors that name the file and the field."""
    import yaml

    file = Path(path)
    if not file.is_file():
        raise UserError("configuration file not found", where=str(file),
                        hint="check the path, e.g. resources/examples/demo-lora.yaml",
                        key="config.not_found")
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UserError("the configuration file is not UTF-8 text", where=str(file),
                        hint="save it as UTF-8", key="config.encoding") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise UserError(f"invalid YAML: {problem}", where=f"{file}{line}",
                        hint="fix the indentation or quoting on that line",
                        key="config.yaml") from exc
    if data is None:
        raise UserError("the configuration file is empty", where=str(file),
                        hint="see resources/examples/demo-lora.yaml", key="config.empty")
    return from_dict(data, source=str(file), base_dir=file.parent.resolve())


def dump(config: RunConfig) -> str:
    import yaml

    return yaml.safe_dump(config.to_dict(), sort_keys=False, allow_unicode=True)
