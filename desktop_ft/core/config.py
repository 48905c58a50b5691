"""RunConfig: everything that defines a run, as dataclasses, read from and written to YAML.

Validation happens here, once, so the CLI, the GUI and a YAML file written by hand all get the
same messages: unknown keys with a "did you mean", wrong types and out-of-range values, each
naming the file and the field. Relative paths in a YAML file are relative to that file.
"""

from __future__ import annotations

import contextlib
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
DATA_FORMATS = ("auto", "chat", "sharegpt", "instruction", "prompt_response", "text",
                "classification", "ner", "translation", "qa")
# What a run is for (core/presets.py): decides the evaluation metric. "auto": from the data format.
SCENARIOS = ("auto", "domain", "classification", "ner", "translation", "qa", "chat", "creative")
# lm: generate text (every format); sequence / token: a classic classification head + adapter.
HEADS = ("lm", "sequence", "token")
PRECISIONS = ("auto", "fp32", "bf16", "fp16")
SCHEDULERS = ("cosine", "linear", "constant")
LOSS_ON = ("answer", "all")
EXPORT_PRECISIONS = ("fp32", "fp16", "int8", "int4")
EXPORT_TARGETS = ("cpu", "cuda", "dml")
EXPORT_ENGINES = ("auto", "builder", "torch")
HOSTED_PROVIDERS = ("azure", "openai")
HOSTED_AUTH = ("key", "entra")
# Multi-process training (training/launch.py): DeepSpeed ZeRO stages or FSDP, under torchrun.
DISTRIBUTED_STRATEGIES = ("none", "zero1", "zero2", "zero3", "fsdp")


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
    save_every_minutes: float = 0.0  # also checkpoint when this long passed since the last one
    eval_every: int = 0
    threads: int = 0


@dataclass
class ExportConfig:
    precision: str = "int4"
    target: str = "cpu"
    block_size: int = 32
    accuracy_level: int = 4
    engine: str = "auto"


@dataclass
class HostedConfig:
    """Fine-tuning at a hosted service (Azure AI Foundry / Azure OpenAI, or OpenAI) instead of
    this machine. 0 or "" means "the service decides" (epochs, batch, learning rate) or "the one
    saved with `desktop-ft hosted login`" (endpoint). Keys never live here: they are in the OS
    keyring."""

    provider: str = "azure"
    endpoint: str = ""
    api_version: str = "2025-04-01-preview"
    auth: str = "key"
    model: str = ""
    epochs: int = 0
    batch_size: int = 0
    learning_rate_multiplier: float = 0.0
    suffix: str = ""
    max_tokens_per_example: int = 0
    poll_seconds: float = 15.0


@dataclass
class DistributedConfig:
    """Training on several processes (GPUs, or CPU processes) and machines. `train.batch_size`
    stays per process: the global batch is batch_size x grad_accum x nproc_per_node x nnodes.
    One machine: leave nnodes at 1 and master_port at 0 (a free port is picked). Several: every
    machine runs the same command with its own node_rank, and master_addr:master_port is node 0.
    """

    strategy: str = "none"
    nproc_per_node: int = 2
    nnodes: int = 1
    node_rank: int = 0
    master_addr: str = "127.0.0.1"
    master_port: int = 0
    offload_optimizer: bool = False
    offload_params: bool = False


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
    hosted: HostedConfig = field(default_factory=HostedConfig)
    scenario: str = "auto"
    head: str = "lm"
    # Per-model trust, off by default: run Python code shipped with the model (only for a model
    # whose authors you trust), and load pickle-based .bin weights (a pickle can run code).
    trust_remote_code: bool = False
    allow_pickle_weights: bool = False
    distributed: DistributedConfig = field(default_factory=DistributedConfig)

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


# How to write a value of each type in YAML, for "what to do" hints.
_WRITE: dict[Any, str] = {int: "a whole number such as 8", float: "a number such as 0.0002",
                          bool: "true or false", str: "text", list: "a list such as [a, b]",
                          dict: "indented key: value lines"}


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
        ways = " or ".join(_WRITE.get(t, _type_name(t)) for t in typing.get_args(tp))
        raise UserError(f"expected {expected}, got {value!r}", where=where, hint=f"write {ways}",
                        key="config.type", params={"expected": expected})
    if origin is list:
        if not isinstance(value, list):
            raise UserError(f"expected a list, got {value!r}", where=where,
                            hint=f"write {_WRITE[list]}", key="config.type")
        (item_tp,) = typing.get_args(tp)
        return [_coerce(v, item_tp, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise UserError(f"expected a mapping, got {value!r}", where=where,
                            hint=f"write {_WRITE[dict]}", key="config.type")
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
    raise UserError(f"expected {_type_name(tp)}, got {value!r}", where=where,
                    hint=f"write {_WRITE.get(tp, _type_name(tp))}", key="config.type",
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
    _check_choice(config.scenario, SCENARIOS, "scenario", source)
    _check_choice(config.head, HEADS, "head", source)
    if config.head != "lm" and config.method not in ("lora", "dora", "full"):
        raise UserError(f"a {config.head} classification head trains with lora, dora or full, "
                        f"not {config.method}", where=f"{source}: field 'method'",
                        hint="set method: lora (or head: lm to generate the labels as text)",
                        key="config.head_method", params={"method": config.method})
    _check_choice(config.data.loss_on, LOSS_ON, "data.loss_on", source)
    _check_choice(config.train.precision, PRECISIONS, "train.precision", source)
    _check_choice(config.train.scheduler, SCHEDULERS, "train.scheduler", source)
    _check_choice(config.train.optimizer, OPTIMIZERS, "train.optimizer", source)
    _check_choice(config.export.precision, EXPORT_PRECISIONS, "export.precision", source)
    _check_choice(config.export.target, EXPORT_TARGETS, "export.target", source)
    _check_choice(config.export.engine, EXPORT_ENGINES, "export.engine", source)
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
    _check_range(t.save_every_minutes >= 0, "train.save_every_minutes", t.save_every_minutes,
                 ">= 0 (0: by steps only)", source)
    _check_range(t.eval_every >= 0, "train.eval_every", t.eval_every, ">= 0", source)
    _check_range(t.threads >= 0, "train.threads", t.threads, ">= 0 (0: automatic)", source)
    _check_range(0 <= d.validation_split < 1, "data.validation_split", d.validation_split,
                 "in [0, 1)", source)
    _check_range(16 <= d.max_length <= 1_048_576, "data.max_length", d.max_length,
                 "between 16 and 1048576", source)
    _check_range(config.export.block_size in (16, 32, 64, 128, 256), "export.block_size",
                 config.export.block_size, "one of 16, 32, 64, 128, 256", source)
    h = config.hosted
    _check_choice(h.provider, HOSTED_PROVIDERS, "hosted.provider", source)
    _check_choice(h.auth, HOSTED_AUTH, "hosted.auth", source)
    _check_range(h.epochs >= 0, "hosted.epochs", h.epochs, ">= 0 (0: the service decides)",
                 source)
    _check_range(h.batch_size >= 0, "hosted.batch_size", h.batch_size,
                 ">= 0 (0: the service decides)", source)
    _check_range(h.learning_rate_multiplier >= 0, "hosted.learning_rate_multiplier",
                 h.learning_rate_multiplier, ">= 0 (0: the service decides)", source)
    _check_range(len(h.suffix) <= 64, "hosted.suffix", h.suffix, "at most 64 characters", source)
    _check_range(h.max_tokens_per_example >= 0, "hosted.max_tokens_per_example",
                 h.max_tokens_per_example, ">= 0 (0: the model's known limit)", source)
    _check_range(h.poll_seconds > 0, "hosted.poll_seconds", h.poll_seconds, "> 0", source)
    _validate_distributed(config, source)
    return config


def _validate_distributed(config: RunConfig, source: str) -> None:
    """Combinations DeepSpeed or FSDP would reject minutes later, after loading the model."""
    dist = config.distributed
    _check_choice(dist.strategy, DISTRIBUTED_STRATEGIES, "distributed.strategy", source)
    if dist.strategy == "none":
        return
    _check_range(1 <= dist.nproc_per_node <= 64, "distributed.nproc_per_node",
                 dist.nproc_per_node, "between 1 and 64", source)
    _check_range(1 <= dist.nnodes <= 1024, "distributed.nnodes", dist.nnodes,
                 "between 1 and 1024", source)
    _check_range(0 <= dist.node_rank < dist.nnodes, "distributed.node_rank", dist.node_rank,
                 f"between 0 and nnodes - 1 ({dist.nnodes - 1})", source)
    _check_range(0 <= dist.master_port <= 65535, "distributed.master_port", dist.master_port,
                 "between 0 and 65535 (0: a free port, one machine only)", source)

    def refuse(field_name: str, message: str, hint: str) -> None:
        raise UserError(message, where=f"{source}: field '{field_name}'", hint=hint,
                        key="config.distributed", params={"strategy": dist.strategy})

    if dist.nnodes > 1 and (dist.master_port == 0 or dist.master_addr.strip() in (
            "", "127.0.0.1", "localhost")):
        refuse("distributed.master_addr", "several machines need the address and port of "
               "machine 0", "set master_addr to node 0's host name and master_port, e.g. 29500")
    stage3 = dist.strategy == "zero3"
    if dist.offload_params and dist.strategy not in ("zero3", "fsdp"):
        refuse("distributed.offload_params", f"{dist.strategy} keeps whole parameters on every "
               "device: only zero3 and fsdp can offload them", "use strategy: zero3, or set "
               "offload_params: false")
    if dist.offload_optimizer and dist.strategy == "fsdp":
        refuse("distributed.offload_optimizer", "FSDP offloads the optimizer together with the "
               "parameters", "set offload_params: true instead (or use a zero strategy)")
    if config.method in ("qlora", "lora-8bit") and (stage3 or dist.strategy == "fsdp"):
        refuse("method", f"{config.method} keeps quantized weights that {dist.strategy} cannot "
               "shard", "use method: lora with zero3, or zero2 with qlora")
    if config.train.optimizer in ("adamw-8bit", "paged-adamw-8bit") and dist.strategy != "fsdp":
        refuse("train.optimizer", f"DeepSpeed {dist.strategy} partitions the optimizer itself "
               "and does not take bitsandbytes' 8-bit optimizers", "use optimizer: adamw")
    if config.head != "lm":
        refuse("head", "classification heads train on one process only",
               "set distributed.strategy: none")


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
    try:
        return from_dict(data, source=str(file), base_dir=file.parent.resolve())
    except UserError as exc:
        exc.where = _with_line(exc.where, str(file), text)
        raise


def _key_lines(text: str) -> dict[str, int]:
    """'section.key' -> 1-based line of that key in the YAML text (mappings only)."""
    import yaml

    lines: dict[str, int] = {}

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = f"{prefix}{key.value}"
                lines[name] = key.start_mark.line + 1
                walk(value, f"{name}.")

    with contextlib.suppress(yaml.YAMLError):
        walk(yaml.compose(text), "")
    return lines


def _with_line(where: str, source: str, text: str) -> str:
    """`file: field 'a.b'` -> `file:7: field 'a.b'`, so the user is taken to the line."""
    prefix = f"{source}: field '"
    if not where.startswith(prefix):
        return where
    name = where[len(prefix):].split("'", 1)[0].split("[", 1)[0]
    line = _key_lines(text).get(name)
    return f"{source}:{line}: field '{where[len(prefix):]}" if line else where


def dump(config: RunConfig) -> str:
    import yaml

    return yaml.safe_dump(config.to_dict(), sort_keys=False, allow_unicode=True)
