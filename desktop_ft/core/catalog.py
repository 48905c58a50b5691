"""Known model architectures as numbers, so estimates and recommendations work offline.

The estimator needs only shapes (layers, widths, heads, vocabulary), never weights, so a catalog
of shapes lets a user plan a 70B run on a laptop with no network. `--model` everywhere accepts a
catalog name, the hub id of a catalogued model (no network needed), a local folder holding
`config.json` (its numbers are read), or another hub id (its `config.json` is fetched when
online). The numbers below are copied from each model's published `config.json`; the parameter
counts they imply are checked against the published counts in tests/core/test_catalog.py.
"""

from __future__ import annotations

import difflib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop_ft.core.errors import UserError

# Architectures whose attention and MLP projections are fused into one matrix each. Fusion
# matters to the estimate: a LoRA on a fused `qkv_proj` has other shapes than LoRAs on q, k, v.
_FUSED_QKV = {"phi3", "phi3small"}
_FUSED_GATE_UP = {"phi3", "phi3small"}
_NOT_GATED = {"phi", "gpt2", "gpt_neox", "opt", "bloom", "falcon"}


@dataclass(frozen=True)
class ModelSpec:
    """The shape of a decoder-only transformer, which is all the estimator needs.

    `head_dim` is 0 when it is hidden / heads (Gemma 2 is the exception that sets it).
    `fused_qkv` / `fused_gate_up` say whether the projections are one matrix (Phi-3), because
    LoRA adapters and their saved activations follow the real modules.
    """

    name: str
    family: str
    model_type: str
    layers: int
    hidden: int
    intermediate: int
    heads: int
    kv_heads: int
    vocab: int
    tied_embeddings: bool
    max_context: int
    license: str = ""
    hub_id: str = ""
    head_dim: int = 0
    gated_mlp: bool = True
    fused_qkv: bool = False
    fused_gate_up: bool = False
    qkv_bias: bool = False
    published_params: float = 0.0  # as announced (e.g. 3.82e9), for the catalog test
    notes: str = ""
    source: str = "catalog"  # catalog | folder | hub

    @property
    def dim_head(self) -> int:
        return self.head_dim or self.hidden // self.heads

    @property
    def q_dim(self) -> int:
        return self.heads * self.dim_head

    @property
    def kv_dim(self) -> int:
        return self.kv_heads * self.dim_head

    def linear_modules(self) -> list[tuple[str, int, int]]:
        """(name, in_features, out_features) of one decoder layer's linear modules, as in HF."""
        h, q, kv, inter = self.hidden, self.q_dim, self.kv_dim, self.intermediate
        mods: list[tuple[str, int, int]] = []
        if self.fused_qkv:
            mods.append(("qkv_proj", h, q + 2 * kv))
        else:
            mods += [("q_proj", h, q), ("k_proj", h, kv), ("v_proj", h, kv)]
        mods.append(("o_proj", q, h))
        if not self.gated_mlp:
            mods += [("up_proj", h, inter), ("down_proj", inter, h)]
        elif self.fused_gate_up:
            mods += [("gate_up_proj", h, 2 * inter), ("down_proj", inter, h)]
        else:
            mods += [("gate_proj", h, inter), ("up_proj", h, inter), ("down_proj", inter, h)]
        return mods

    @property
    def layer_linear_params(self) -> int:
        return sum(i * o for _, i, o in self.linear_modules())

    @property
    def embedding_params(self) -> int:
        return self.vocab * self.hidden

    @property
    def lm_head_params(self) -> int:
        return 0 if self.tied_embeddings else self.vocab * self.hidden

    @property
    def other_params(self) -> int:
        """Norm weights and biases: small, but counted so totals match published figures."""
        per_layer = 2 * self.hidden + ((self.q_dim + 2 * self.kv_dim) if self.qkv_bias else 0)
        return self.layers * per_layer + self.hidden

    @property
    def params(self) -> int:
        """Total parameters (tied embeddings counted once)."""
        return (self.layers * self.layer_linear_params + self.embedding_params
                + self.lm_head_params + self.other_params)

    @property
    def matmul_params(self) -> int:
        """Parameters that take part in a matmul per token (not the embedding lookup)."""
        return self.layers * self.layer_linear_params + self.vocab * self.hidden

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["params"] = self.params
        return data


def _spec(name: str, family: str, model_type: str, layers: int, hidden: int, intermediate: int,
          heads: int, kv_heads: int, vocab: int, tied: bool, context: int, license: str,
          hub_id: str, published: float, **extra: Any) -> ModelSpec:
    fused = model_type in _FUSED_QKV
    return ModelSpec(name=name, family=family, model_type=model_type, layers=layers,
                     hidden=hidden, intermediate=intermediate, heads=heads, kv_heads=kv_heads,
                     vocab=vocab, tied_embeddings=tied, max_context=context, license=license,
                     hub_id=hub_id, fused_qkv=fused, fused_gate_up=model_type in _FUSED_GATE_UP,
                     published_params=published, **extra)


# name, family, model_type, layers, hidden, intermediate, heads, kv_heads, vocab, tied, context,
# licence, hub id, published parameter count.
CATALOG: dict[str, ModelSpec] = {s.name: s for s in [
    _spec("demo", "demo", "phi3", 4, 256, 688, 4, 4, 2048, False, 512, "MIT",
          "", 0.0, notes="the bundled demo model (random weights, Phi-3 architecture)"),
    # Phi-3 / 3.5 / 4: the cookbook's own models first.
    _spec("phi-3-mini-4k", "phi-3", "phi3", 32, 3072, 8192, 32, 32, 32064, False, 4096, "MIT",
          "microsoft/Phi-3-mini-4k-instruct", 3.82e9),
    _spec("phi-3-mini-128k", "phi-3", "phi3", 32, 3072, 8192, 32, 32, 32064, False, 131072,
          "MIT", "microsoft/Phi-3-mini-128k-instruct", 3.82e9),
    _spec("phi-3-small-8k", "phi-3", "phi3small", 32, 4096, 14336, 32, 8, 100352, True, 8192,
          "MIT", "microsoft/Phi-3-small-8k-instruct", 7.39e9, qkv_bias=True,
          notes="block-sparse attention; needs trust_remote_code"),
    _spec("phi-3-small-128k", "phi-3", "phi3small", 32, 4096, 14336, 32, 8, 100352, True,
          131072, "MIT", "microsoft/Phi-3-small-128k-instruct", 7.39e9, qkv_bias=True,
          notes="block-sparse attention; needs trust_remote_code"),
    _spec("phi-3-medium-4k", "phi-3", "phi3", 40, 5120, 17920, 40, 10, 32064, False, 4096,
          "MIT", "microsoft/Phi-3-medium-4k-instruct", 13.96e9),
    _spec("phi-3-medium-128k", "phi-3", "phi3", 40, 5120, 17920, 40, 10, 32064, False, 131072,
          "MIT", "microsoft/Phi-3-medium-128k-instruct", 13.96e9),
    _spec("phi-3.5-mini", "phi-3.5", "phi3", 32, 3072, 8192, 32, 32, 32064, False, 131072,
          "MIT", "microsoft/Phi-3.5-mini-instruct", 3.82e9),
    _spec("phi-4-mini", "phi-4", "phi3", 32, 3072, 8192, 24, 8, 200064, True, 131072, "MIT",
          "microsoft/Phi-4-mini-instruct", 3.84e9),
    _spec("phi-4", "phi-4", "phi3", 40, 5120, 17920, 40, 10, 100352, False, 16384, "MIT",
          "microsoft/phi-4", 14.66e9),
    # Llama 3.x
    _spec("llama-3.2-1b", "llama-3", "llama", 16, 2048, 8192, 32, 8, 128256, True, 131072,
          "llama3.2", "meta-llama/Llama-3.2-1B-Instruct", 1.24e9),
    _spec("llama-3.2-3b", "llama-3", "llama", 28, 3072, 8192, 24, 8, 128256, True, 131072,
          "llama3.2", "meta-llama/Llama-3.2-3B-Instruct", 3.21e9),
    _spec("llama-3.1-8b", "llama-3", "llama", 32, 4096, 14336, 32, 8, 128256, False, 131072,
          "llama3.1", "meta-llama/Llama-3.1-8B-Instruct", 8.03e9),
    _spec("llama-3-8b", "llama-3", "llama", 32, 4096, 14336, 32, 8, 128256, False, 8192,
          "llama3", "meta-llama/Meta-Llama-3-8B-Instruct", 8.03e9),
    _spec("llama-3.1-70b", "llama-3", "llama", 80, 8192, 28672, 64, 8, 128256, False, 131072,
          "llama3.1", "meta-llama/Llama-3.1-70B-Instruct", 70.6e9),
    _spec("llama-3.3-70b", "llama-3", "llama", 80, 8192, 28672, 64, 8, 128256, False, 131072,
          "llama3.3", "meta-llama/Llama-3.3-70B-Instruct", 70.6e9),
    # Qwen2.5
    _spec("qwen2.5-0.5b", "qwen2.5", "qwen2", 24, 896, 4864, 14, 2, 151936, True, 32768,
          "apache-2.0", "Qwen/Qwen2.5-0.5B-Instruct", 0.49e9, qkv_bias=True),
    _spec("qwen2.5-1.5b", "qwen2.5", "qwen2", 28, 1536, 8960, 12, 2, 151936, True, 32768,
          "apache-2.0", "Qwen/Qwen2.5-1.5B-Instruct", 1.54e9, qkv_bias=True),
    _spec("qwen2.5-3b", "qwen2.5", "qwen2", 36, 2048, 11008, 16, 2, 151936, True, 32768,
          "qwen-research", "Qwen/Qwen2.5-3B-Instruct", 3.09e9, qkv_bias=True),
    _spec("qwen2.5-7b", "qwen2.5", "qwen2", 28, 3584, 18944, 28, 4, 152064, False, 32768,
          "apache-2.0", "Qwen/Qwen2.5-7B-Instruct", 7.61e9, qkv_bias=True),
    _spec("qwen2.5-14b", "qwen2.5", "qwen2", 48, 5120, 13824, 40, 8, 152064, False, 32768,
          "apache-2.0", "Qwen/Qwen2.5-14B-Instruct", 14.7e9, qkv_bias=True),
    _spec("qwen2.5-32b", "qwen2.5", "qwen2", 64, 5120, 27648, 40, 8, 152064, False, 32768,
          "apache-2.0", "Qwen/Qwen2.5-32B-Instruct", 32.5e9, qkv_bias=True),
    _spec("qwen2.5-72b", "qwen2.5", "qwen2", 80, 8192, 29568, 64, 8, 152064, False, 32768,
          "qwen", "Qwen/Qwen2.5-72B-Instruct", 72.7e9, qkv_bias=True),
    # Mistral
    _spec("mistral-7b", "mistral", "mistral", 32, 4096, 14336, 32, 8, 32768, False, 32768,
          "apache-2.0", "mistralai/Mistral-7B-Instruct-v0.3", 7.25e9),
    # Gemma 2 (head_dim is not hidden / heads)
    _spec("gemma-2-2b", "gemma-2", "gemma2", 26, 2304, 9216, 8, 4, 256000, True, 8192, "gemma",
          "google/gemma-2-2b-it", 2.61e9, head_dim=256),
    _spec("gemma-2-9b", "gemma-2", "gemma2", 42, 3584, 14336, 16, 8, 256000, True, 8192,
          "gemma", "google/gemma-2-9b-it", 9.24e9, head_dim=256),
    _spec("gemma-2-27b", "gemma-2", "gemma2", 46, 4608, 36864, 32, 16, 256000, True, 8192,
          "gemma", "google/gemma-2-27b-it", 27.2e9, head_dim=128),
]}


def names() -> list[str]:
    """Catalog names, in catalog order (the order --help and the GUI show)."""
    return list(CATALOG)


def _by_hub_id(text: str) -> ModelSpec | None:
    low = text.lower()
    for spec in CATALOG.values():
        if spec.hub_id and spec.hub_id.lower() == low:
            return spec
    return None


def _first(config: dict[str, Any], *keys: str, default: Any = None) -> Any:
    for key in keys:
        if config.get(key) is not None:
            return config[key]
    return default


def from_config(config: dict[str, Any], name: str, source: str = "folder") -> ModelSpec:
    """Read a Hugging Face `config.json` (as a dict) into a ModelSpec.

    Multimodal configs keep the language model under `text_config`; that is the part trained.
    Raises UserError when the numbers the estimator needs are missing, naming the key.
    """
    if isinstance(config.get("text_config"), dict):
        merged = dict(config["text_config"])
        merged.setdefault("model_type", config.get("model_type", ""))
        config = merged
    model_type = str(config.get("model_type", "")).lower()
    where = f"{name}: config.json"
    try:
        layers = int(_first(config, "num_hidden_layers", "n_layer", "num_layers"))
        hidden = int(_first(config, "hidden_size", "n_embd", "d_model"))
        heads = int(_first(config, "num_attention_heads", "n_head"))
        vocab = int(config["vocab_size"])
    except (KeyError, TypeError, ValueError) as exc:
        raise UserError("config.json lacks the numbers an estimate needs (layers, hidden size, "
                        "heads, vocabulary)", where=where, hint=f"missing or bad: {exc}",
                        key="catalog.bad_config") from exc
    intermediate = int(_first(config, "intermediate_size", "ff_intermediate_size", "n_inner",
                              default=4 * hidden) or 4 * hidden)
    kv_heads = int(_first(config, "num_key_value_heads", default=heads) or heads)
    head_dim = int(config.get("head_dim") or 0)
    if head_dim == hidden // heads:
        head_dim = 0
    context = int(_first(config, "max_position_embeddings", "n_positions", "seq_length",
                         default=2048))
    tied = bool(config.get("tie_word_embeddings", model_type in {"gemma2", "gemma", "gemma3"}))
    arch = (config.get("architectures") or [""])[0]
    return ModelSpec(
        name=name, family=model_type or "custom", model_type=model_type, layers=layers,
        hidden=hidden, intermediate=intermediate, heads=heads, kv_heads=kv_heads, vocab=vocab,
        tied_embeddings=tied, max_context=context, head_dim=head_dim,
        gated_mlp=model_type not in _NOT_GATED, fused_qkv=model_type in _FUSED_QKV,
        fused_gate_up=model_type in _FUSED_GATE_UP,
        qkv_bias=bool(config.get("attention_bias", model_type == "qwen2")),
        notes=f"architecture {arch}" if arch else "", source=source)


def _looks_like_hub_id(text: str) -> bool:
    parts = text.split("/")
    return (len(parts) == 2 and all(parts) and not text.startswith((".", "~", "/"))
            and " " not in text)


def _fetch_hub_config(repo_id: str) -> dict[str, Any]:
    """Download config.json only (a few kB); offline or unknown -> UserError naming the cause."""
    hint = ("use a catalog name (see 'desktop-ft estimate --help'), a local model folder, or "
            "connect to the internet")
    if os.environ.get("HF_HUB_OFFLINE") == "1":
        raise UserError(f"cannot fetch the config of '{repo_id}': HF_HUB_OFFLINE=1 is set",
                        where="--model", hint=hint, key="catalog.offline",
                        params={"model": repo_id})
    try:
        from huggingface_hub import hf_hub_download
    except ImportError as exc:  # pragma: no cover - huggingface_hub comes with transformers
        raise UserError(f"cannot fetch the config of '{repo_id}': huggingface_hub is not "
                        "installed", where="--model", hint=hint, key="catalog.offline") from exc
    try:
        path = hf_hub_download(repo_id, "config.json", etag_timeout=5)
    except Exception as exc:
        kind = type(exc).__name__
        reason = ("not found on the hub (or gated: log in with 'hf auth login')"
                  if "NotFound" in kind or "Gated" in kind or "401" in str(exc)
                  else f"could not reach the hub, offline? ({kind})")
        raise UserError(f"cannot fetch the config of '{repo_id}': {reason}", where="--model",
                        hint=hint, key="catalog.offline", params={"model": repo_id}) from exc
    return json.loads(Path(path).read_text(encoding="utf-8"))


def resolve(text: str) -> ModelSpec:
    """Turn what the user typed after --model into a ModelSpec (see the module docstring)."""
    text = (text or "").strip()
    if not text:
        raise UserError("no model given", where="--model",
                        hint="choose one of: " + ", ".join(names()), key="catalog.no_model")
    low = text.lower()
    if low in CATALOG:
        return CATALOG[low]
    path = Path(text).expanduser()
    if path.is_dir():
        config_path = path / "config.json"
        if not config_path.is_file():
            raise UserError("the folder holds no config.json", where=str(path),
                            hint="point --model at a Hugging Face model folder",
                            key="catalog.no_config")
        try:
            config = json.loads(config_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UserError(f"config.json cannot be read: {exc}", where=str(config_path),
                            key="catalog.bad_config") from exc
        return from_config(config, path.name, source="folder")
    if path.is_file() and path.name == "config.json":
        return resolve(str(path.parent))
    known = _by_hub_id(text)
    if known is not None:
        return known
    if _looks_like_hub_id(text):
        return from_config(_fetch_hub_config(text), text, source="hub")
    # A name the user cut short ("phi-3-mini") most likely means the entry it begins.
    close = [n for n in names() if n.startswith(low)] or \
        difflib.get_close_matches(low, names(), n=1, cutoff=0.5)
    hint = f"did you mean '{close[0]}'?" if close else "choose one of: " + ", ".join(names())
    raise UserError(f"unknown model '{text}': not in the catalog, not a folder, not a hub id",
                    where="--model", hint=hint, key="catalog.unknown",
                    params={"model": text})


def smaller_relatives(spec: ModelSpec) -> list[ModelSpec]:
    """Catalogued models smaller than `spec`, same family first: what to try when nothing fits."""
    smaller = [s for s in CATALOG.values() if s.params < spec.params and s.name != "demo"]
    smaller.sort(key=lambda s: (s.family != spec.family, -s.params))
    return smaller

