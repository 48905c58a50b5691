"""The user's dataset as the hosted service wants it: chat JSONL, checked and costed up front.

Conversion goes through our own data layer (readers + formats), so every format the local path
reads (chat, ShareGPT, instructions, prompt/response, classification, NER, translation, QA)
becomes `{"messages": [{"role", "content"}, ...]}` lines. The checks are the rules the
OpenAI-compatible fine-tuning services document for chat data: roles system/user/assistant,
text content, at least one assistant message per example (the service learns from those), at
least 10 training examples, at most 512 MB per file; examples longer than the model's training
context are truncated by the service, which we flag as a warning. Problems are collected, not
raised one at a time, so the user sees the whole list before anything is uploaded.

Tokens are estimated without the service's tokenizer (tiktoken fetches its vocabulary from the
internet on first use, which a desktop app cannot count on): about 4 UTF-8 bytes per token for
the text plus the documented chat framing of 3 tokens per message and 3 per conversation. For
English prose this lands within about 25 % of the real count; the service's own figure is
`trained_tokens` on the finished job, which the run folder keeps.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError

MIN_TRAIN_EXAMPLES = 10
MAX_FILE_BYTES = 512 * 1024 * 1024
ROLES = ("system", "user", "assistant")
MAX_PROBLEMS = 50  # listed one by one; beyond this, counted
BYTES_PER_TOKEN = 4
TOKENS_PER_MESSAGE = 3
TOKENS_PER_CONVERSATION = 3

# Training context per example, as the services document it (prefix of the base model's name,
# lower case). Unknown models get DEFAULT_LIMIT and a note; hosted.max_tokens_per_example wins.
EXAMPLE_TOKEN_LIMITS: tuple[tuple[str, int], ...] = (
    ("gpt-4.1", 65_536), ("gpt-4o-mini", 65_536), ("gpt-4o", 65_536),
    ("gpt-35-turbo", 16_385), ("gpt-3.5-turbo", 16_385),
    ("phi-3-mini-4k", 4_096), ("phi-3-medium-4k", 4_096),
    ("phi-3-mini-128k", 131_072), ("phi-3-medium-128k", 131_072),
    ("phi-3.5", 131_072), ("phi-4-mini", 131_072), ("phi-4", 16_384),
)
DEFAULT_LIMIT = 16_385

# How the services pick the number of epochs when it is left to them ("auto"): about three
# passes, raised for small sets to reach ~100 example-passes, lowered for huge ones.
AUTO_TARGET_EPOCHS, AUTO_MIN_PASSES, AUTO_MAX_PASSES, AUTO_MAX_EPOCHS = 3, 100, 25_000, 25


@dataclass
class Problem:
    severity: str  # "error" blocks the upload, "warning" does not
    message: str
    where: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass
class Prepared:
    """What would be uploaded, what is wrong with it, and what it would cost in tokens."""

    source: str
    format: str
    base_model: str
    train: list[dict[str, Any]] = field(default_factory=list)
    validation: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0
    train_tokens: list[int] = field(default_factory=list)
    token_limit: int = DEFAULT_LIMIT
    token_limit_known: bool = True
    epochs: int = 1
    epochs_auto: bool = True

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    @property
    def billed_tokens(self) -> int:
        """Training tokens x epochs, each example counted up to the truncation limit."""
        return sum(min(t, self.token_limit) for t in self.train_tokens) * self.epochs

    def summary(self) -> dict[str, Any]:
        """A plain dict for the CLI (--json), the GUI dialog and the run's manifest."""
        tokens = self.train_tokens
        return {
            "source": self.source, "format": self.format, "base_model": self.base_model,
            "train_examples": len(self.train), "validation_examples": len(self.validation),
            "train_bytes": len(jsonl_bytes(self.train)),
            "validation_bytes": len(jsonl_bytes(self.validation)),
            "tokens_total": sum(tokens), "tokens_max": max(tokens, default=0),
            "tokens_mean": round(sum(tokens) / len(tokens), 1) if tokens else 0,
            "token_limit": self.token_limit, "token_limit_known": self.token_limit_known,
            "epochs": self.epochs, "epochs_auto": self.epochs_auto,
            "billed_tokens_estimate": self.billed_tokens,
            "token_estimate": f"about {BYTES_PER_TOKEN} UTF-8 bytes per token + "
                              f"{TOKENS_PER_MESSAGE} per message (approximation)",
            "ok": self.ok,
            "problems": [asdict(p) for p in self.problems],
            "more_problems": self.more_problems,
        }


def jsonl_bytes(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def estimate_tokens(messages: list[dict[str, str]]) -> int:
    """Tokens of one conversation, approximately (see the module docstring)."""
    text = sum(math.ceil(len(m["content"].encode("utf-8")) / BYTES_PER_TOKEN) for m in messages)
    return text + TOKENS_PER_MESSAGE * len(messages) + TOKENS_PER_CONVERSATION


def token_limit(base_model: str, override: int = 0) -> tuple[int, bool]:
    """(training context per example, whether it is known for this model)."""
    if override:
        return override, True
    name = base_model.lower()
    for prefix, limit in EXAMPLE_TOKEN_LIMITS:
        if name.startswith(prefix):
            return limit, True
    return DEFAULT_LIMIT, False


def auto_epochs(n_train: int) -> int:
    if n_train <= 0:
        return AUTO_TARGET_EPOCHS
    if n_train * AUTO_TARGET_EPOCHS < AUTO_MIN_PASSES:
        return min(AUTO_MAX_EPOCHS, max(1, AUTO_MIN_PASSES // n_train))
    if n_train * AUTO_TARGET_EPOCHS > AUTO_MAX_PASSES:
        return max(1, AUTO_MAX_PASSES // n_train)
    return AUTO_TARGET_EPOCHS


def base_model(config: cfg.RunConfig) -> str:
    """The service's name of the model to fine-tune: hosted.model, else `model` when it is not
    a local thing (the bundled demo or a folder cannot be fine-tuned at a service)."""
    name = config.hosted.model.strip() or config.model.strip()
    if not name or name == "demo" or Path(name).expanduser().exists():
        raise UserError("no base model for the hosted service", where="config: field "
                        "'hosted.model'", hint="set hosted.model to the service's model name, "
                        "e.g. gpt-4.1-mini-2025-04-14 or Phi-4-mini-instruct",
                        key="hosted.no_model")
    return name


def _read(config: cfg.RunConfig, problems: list[Problem]) -> tuple[str, list[Any]]:
    """Every convertible example, and a Problem for each record that is not."""
    from desktop_ft.data.formats import detect_format, to_examples
    from desktop_ft.data.readers import read_records

    path = Path(config.data.path)
    records = read_records(path)  # a file that cannot be read at all is one UserError
    fmt = config.data.format
    if fmt == "auto":
        fmt = detect_format(records, path, config.data.columns)
    try:
        return to_examples(records, path, fmt, config.data.columns)
    except UserError:
        pass  # find every bad record, not only the first
    good = []
    for record in records:
        try:
            good.extend(to_examples([record], path, fmt, config.data.columns)[1])
        except UserError as exc:
            problems.append(Problem("error", exc.message + (f" ({exc.hint})" if exc.hint else ""),
                                    exc.where))
    return fmt, good


def _check_messages(messages: list[dict[str, str]], where: str, problems: list[Problem]) -> None:
    for index, message in enumerate(messages):
        if message.get("role") not in ROLES:
            problems.append(Problem("error", f"role {message.get('role')!r} is not one of "
                                    f"{', '.join(ROLES)}", f"{where}: messages[{index}]"))
        if not isinstance(message.get("content"), str) or not message["content"].strip():
            problems.append(Problem("error", "empty content", f"{where}: messages[{index}]"))
    if not any(m.get("role") == "assistant" for m in messages):
        problems.append(Problem("error", "no assistant message: the service learns from the "
                                "assistant's answers", where))
    elif messages and messages[-1].get("role") != "assistant":
        problems.append(Problem("warning", "the conversation ends with a user turn, which is not "
                                "learned from", where))


def prepare(config: cfg.RunConfig) -> Prepared:
    """Convert, check and cost `config`'s dataset for `config.hosted`; uploads nothing.

    A dataset file that cannot be read at all raises UserError; everything else is a Problem."""
    model = base_model(config)
    problems: list[Problem] = []
    fmt, examples = _read(config, problems)
    path = Path(config.data.path)
    rows: list[tuple[dict[str, Any], int, str]] = []
    for example in examples:
        where = f"{path}:{example.line}"
        if example.messages is None:
            problems.append(Problem("error", "raw text cannot be fine-tuned at a chat service; "
                                    "it needs conversations (user question, assistant answer)",
                                    where))
            continue
        messages = [{"role": m["role"], "content": m["content"]} for m in example.messages]
        _check_messages(messages, where, problems)
        rows.append(({"messages": messages}, estimate_tokens(messages), where))
    limit, known = token_limit(model, config.hosted.max_tokens_per_example)
    for _, tokens, where in rows:
        if tokens > limit:
            problems.append(Problem("warning", f"about {tokens:,} tokens, over the {limit:,} the "
                                    f"service trains on per example: the end is cut off", where))
    train, validation = _split(rows, config, problems)
    if len(train) < MIN_TRAIN_EXAMPLES:
        problems.append(Problem("error", f"{len(train)} training examples; the service needs at "
                                f"least {MIN_TRAIN_EXAMPLES}", str(path)))
    for name, part in (("training", train), ("validation", validation)):
        size = len(jsonl_bytes([row for row, _, _ in part]))
        if size > MAX_FILE_BYTES:
            problems.append(Problem("error", f"the {name} file would be {size / 2**20:,.0f} MB; "
                                    "the service accepts at most 512 MB", str(path)))
    epochs = config.hosted.epochs or auto_epochs(len(train))
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    listed = (errors + warnings)[:MAX_PROBLEMS]
    return Prepared(source=str(path), format=fmt, base_model=model,
                    train=[row for row, _, _ in train],
                    validation=[row for row, _, _ in validation], problems=listed,
                    more_problems=len(problems) - len(listed),
                    train_tokens=[tokens for _, tokens, _ in train], token_limit=limit,
                    token_limit_known=known, epochs=epochs,
                    epochs_auto=not config.hosted.epochs)


def _split(rows: list[Any], config: cfg.RunConfig,
           problems: list[Problem]) -> tuple[list[Any], list[Any]]:
    """A seeded validation split, only when the training part keeps the service's minimum."""
    share = config.data.validation_split
    n_validation = int(len(rows) * share)
    if share <= 0 or n_validation < 1:
        return rows, []
    if len(rows) - n_validation < MIN_TRAIN_EXAMPLES:
        problems.append(Problem("warning", f"too few examples to hold {n_validation} out for "
                                "validation: all are used for training, no validation loss",
                                config.data.path))
        return rows, []
    order = list(range(len(rows)))
    random.Random(config.train.seed).shuffle(order)
    held = set(order[:n_validation])
    return ([r for i, r in enumerate(rows) if i not in held],
            [r for i, r in enumerate(rows) if i in held])
