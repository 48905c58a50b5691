"""Peak memory per device and time for a fine-tuning plan, before anything is loaded.

Why not the textbook formula (weights + grads + Adam + per-layer activations + logits)? Measured
here it was within 3% for full fine-tuning but missed LoRA by ~30%, LoRA with checkpointing by
~66% and DoRA by ~2x, because it counts the activations a *trainable* layer saves, while a frozen
layer with an adapter saves other things:

* PEFT runs each adapter in fp32 (`autocast_adapter_dtype`), casting its input to fp32, and
  LoRA dropout keeps a dropped copy of the input *and* its dropout mask/noise per adapted module
  (on CPU the noise is a full fp32 tensor; on GPU a 1-byte mask). A frozen base layer saves
  nothing, but the adapter beside it saves 2 copies of its input.
* DoRA additionally saves the base output and the LoRA output of every adapted module (for the
  magnitude's gradient) and materialises W + BA per module while it runs.
* RMSNorm upcasts to fp32 and keeps that copy for backward, whatever the model's dtype.
* Cross-entropy upcasts the logits to fp32; log-softmax keeps its output, and the start of
  backward holds the loss gradient and the log-softmax gradient at once: about
  (dtype + 12) bytes x vocabulary per token, which dominates small models and long sequences.
* With gradient checkpointing the peak is not "layers x hidden": backward recomputes one layer,
  whose saved tensors (and the logits block) are alive at the same time.
* On CPUs, and for full fine-tuning and QLoRA, Desktop FT keeps fp32 weights and computes under
  16-bit autocast (on GPUs a frozen base is loaded in 16 bits instead): every matmul casts
  its weight to 16 bits and keeps that copy for backward, so a frozen base costs 4 + 2 bytes per
  parameter at the start of backward, not 2. LoHa and LoKr likewise keep a full-size delta
  weight per adapted module. torch's foreach AdamW (the trainer's "adamw_torch" on GPUs) makes
  one parameter-sized temporary during the step.
* A process has a baseline: ~0.4 GB of CPU memory for Python, torch, transformers and peft,
  plus the heap glibc keeps after backward frees activations; a CUDA context and allocator
  slack on GPUs.

So each term below is modelled from what autograd actually keeps (the saved tensors of each op,
checked with saved-tensor hooks on Phi-3 and Llama layers), the peak is taken at the moment it
happens (start of backward, or the optimizer step), and `benchmarks/bench_estimate.py` compares the
result with measured peaks. Terms are reported separately so a user sees what to change.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop_ft.core.catalog import ModelSpec
from desktop_ft.core.errors import UserError
from desktop_ft.core.hardware import GpuInfo, HardwareProfile

GIB = 2 ** 30
# The trainer's methods (core.config.METHODS), in the order the help lists them.
METHODS = ("full", "lora", "dora", "qlora", "lora-8bit", "adalora", "loha", "lokr", "ia3",
           "prompt-tuning", "prefix-tuning")
ADAPTER_METHODS = ("lora", "dora", "qlora", "lora-8bit", "adalora")  # low-rank A/B adapters
LYCORIS_METHODS = ("loha", "lokr")  # build the full-size delta weight on every forward
METHOD_LABELS = {
    "full": "full fine-tuning", "lora": "LoRA", "dora": "DoRA", "qlora": "QLoRA 4-bit",
    "lora-8bit": "LoRA on 8-bit weights", "adalora": "AdaLoRA", "loha": "LoHa", "lokr": "LoKr",
    "ia3": "IA3", "prompt-tuning": "prompt tuning", "prefix-tuning": "prefix tuning",
}
ADALORA_EXTRA_RANK = 4  # the trainer starts AdaLoRA at rank + 4 and prunes down to rank
OPTIMIZERS = ("adamw", "adamw-8bit", "paged-adamw-8bit", "sgd")
DTYPES = ("auto", "fp32", "bf16", "fp16")
TARGETS = ("all-linear", "attention", "mlp", "qv")
DISTRIBUTED = ("ddp", "zero1", "zero2", "zero3", "fsdp")
DEVICES = ("auto", "cpu", "gpu")
VERDICTS = ("fits", "tight", "does-not-fit")
TERMS = ("weights", "adapter", "gradients", "optimizer", "activations", "logits", "overhead")

# Verdict thresholds, as fractions of the device's capacity: below FITS there is room for a
# desktop, other apps and estimate error (the benchmark's error is within 15%); up to TIGHT it
# may run, with nothing else open.
FITS, TIGHT = 0.85, 1.0
# The OS, a desktop and the app itself: the share of RAM a CPU-only run cannot count on.
CPU_RESERVED_FRACTION = 0.10
# Process baseline on CPU (Python + torch + transformers + peft): measured here as 0.36-0.42 GB
# of RSS besides the weights once the model is built (benchmarks/bench_estimate.py prints it).
CPU_BASELINE_BYTES = int(0.42e9)
# glibc keeps freed heap memory: tensors under its 32 MB mmap threshold come from the heap, which
# fragments as backward frees activations and allocates gradients. Measured here: peak RSS was
# 10-40% above the live tensors of the training step (with MALLOC_MMAP_THRESHOLD_ fixed, which
# returns every freed tensor to the OS, the excess disappeared). Modelled as a share of what the
# step allocates.
CPU_HEAP_RETENTION = 0.2
# CUDA context + cuBLAS workspace (~0.3-0.6 GB depending on the driver and lazy loading) and the
# caching allocator's fragmentation: assumed, not measured here (no GPU on this machine).
GPU_CONTEXT_BYTES = int(0.6 * GIB)
GPU_ALLOCATOR_SLACK = 0.08
# Fraction of peak dense throughput a Hugging Face training step reaches (model FLOPs
# utilisation). GPU: typical published MFU for HF+PEFT training is 0.3-0.5; assumed 0.35.
# CPU: the achieved training FLOP rate over the measured 1024x1024 matmul rate; measured here on
# the benchmark's runs (see benchmarks/bench_estimate.py), and replaced by --calibrate.
GPU_MFU = 0.35
CPU_EFFICIENCY = 0.4  # measured here: 0.2-0.5, median 0.4, on two shared cores
# bf16 autocast on a CPU without bf16 instructions (AVX2 only): measured here ~25x slower than
# fp32, which is why the trainer's 'auto' stays in fp32 there.
CPU_SLOW_BF16 = 0.04
# Approximate dense 16-bit tensor TFLOPS (fp32 accumulate) from vendor datasheets, by name
# fragment, most specific first. Used only for the time estimate, which is rough (+-50%).
GPU_TFLOPS: tuple[tuple[str, float], ...] = (
    ("GB200", 2250.0), ("B200", 2250.0), ("H200", 989.0), ("GH200", 989.0),
    ("H100 PCIe", 756.0), ("H100", 989.0), ("H800", 989.0), ("A100", 312.0), ("A800", 312.0),
    ("L40S", 362.0), ("L40", 181.0), ("L4", 121.0), ("A40", 150.0), ("A10G", 70.0),
    ("A10", 125.0), ("RTX 6000 Ada", 364.0), ("RTX A6000", 155.0), ("A6000", 155.0),
    ("4090", 165.0), ("4080", 97.0), ("4070", 58.0), ("4060", 30.0), ("3090", 71.0),
    ("3080", 60.0), ("3070", 40.0), ("3060", 25.0), ("T4", 65.0), ("V100", 125.0),
    ("MI300X", 1307.0), ("MI250", 362.0), ("MI210", 181.0),
    ("M1 Ultra", 21.0), ("M2 Ultra", 27.0), ("M1 Max", 10.4), ("M2 Max", 13.6),
    ("M3 Max", 16.0), ("M4 Max", 17.0), ("M1 Pro", 5.2), ("M2 Pro", 6.8), ("M3 Pro", 7.4),
    ("M4 Pro", 9.0), ("M1", 2.6), ("M2", 3.6), ("M3", 4.1), ("M4", 4.3),
)
DEFAULT_GPU_TFLOPS = 50.0


@dataclass
class Plan:
    """One way to train: technique, settings and device layout (what the user can change)."""

    method: str = "lora"
    rank: int = 16
    targets: str = "all-linear"
    lora_dropout: float = 0.05
    dtype: str = "auto"
    batch: int = 1
    seq: int = 1024
    grad_accum: int = 1
    grad_checkpointing: bool = False
    optimizer: str = "adamw"
    gpus: int = 1
    distributed: str | None = None  # None (one device) | ddp | zero1 | zero2 | zero3 | fsdp
    offload: bool = False
    num_virtual_tokens: int = 16  # the trainer's default (lora.virtual_tokens)
    device: str = "auto"  # auto | cpu | gpu
    # None: as Desktop FT trains (fp32 weights, 16-bit autocast when dtype is 16-bit); False:
    # weights loaded in the compute dtype (common in PEFT scripts and published figures).
    autocast: bool | None = None
    # QLoRA / 8-bit: peft's prepare_model_for_kbit_training (the usual recipe, and TRL's)
    # upcasts the parts that stay unquantised (embeddings, norms, head) to fp32.
    kbit_upcast: bool = True
    # Whether the loop holds outputs.logits through backward (a hand-written loop does; the
    # transformers Trainer, which Desktop FT uses, returns only the loss).
    keep_logits: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Estimate:
    """Per-device peak memory and its terms, the verdict, and a time estimate."""

    peak_bytes: int
    terms: dict[str, int]
    verdict: str
    capacity_bytes: int
    device: dict[str, Any]
    plan: dict[str, Any]
    model: dict[str, Any]
    peak_moment: str
    host_bytes: int = 0
    trainable_params: int = 0
    total_params: int = 0
    checkpoint_bytes: int = 0
    flops_per_token: float = 0.0
    tokens_per_s: float | None = None
    seconds_per_step: float | None = None
    seconds_per_epoch: float | None = None
    examples: int | None = None
    epochs: float = 1.0
    throughput_source: str = ""
    calibrated: bool = False
    details: dict[str, int] = field(default_factory=dict)  # sub-terms, for the curious
    notes: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)

    @property
    def fraction(self) -> float:
        return self.peak_bytes / self.capacity_bytes if self.capacity_bytes else math.inf

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["fraction_of_capacity"] = round(self.fraction, 4) if self.capacity_bytes else None
        return data


# validation --------------------------------------------------------------------------------

def check_choice(value: str, choices: tuple[str, ...], what: str, flag: str) -> str:
    """Unknown names -> UserError with a 'did you mean' (what the CLI and GUI both show)."""
    low = str(value).strip().lower()
    if low in choices:
        return low
    close = difflib.get_close_matches(low, choices, n=1, cutoff=0.5)
    hint = f"did you mean '{close[0]}'?" if close else "choose one of: " + ", ".join(choices)
    raise UserError(f"unknown {what} '{value}'", where=flag, hint=hint, key="estimate.choice",
                    params={"what": what, "value": str(value)})


def validate(plan: Plan) -> Plan:
    plan.method = check_choice(plan.method, METHODS, "method", "--method")
    plan.optimizer = check_choice(plan.optimizer, OPTIMIZERS, "optimizer", "--optimizer")
    plan.dtype = check_choice(plan.dtype, DTYPES, "dtype", "--dtype")
    plan.targets = check_choice(plan.targets, TARGETS, "target modules", "--targets")
    plan.device = check_choice(plan.device, DEVICES, "device", "--device")
    if plan.distributed is not None:
        plan.distributed = check_choice(plan.distributed, DISTRIBUTED, "distribution",
                                        "--zero-stage")
    for name, value, low in (("--rank", plan.rank, 1), ("--batch", plan.batch, 1),
                             ("--seq", plan.seq, 1), ("--grad-accum", plan.grad_accum, 1),
                             ("--gpus", plan.gpus, 0)):
        if int(value) < low:
            raise UserError(f"{name} must be >= {low}, got {value}", where=name,
                            key="estimate.range")
    if not 0 <= plan.lora_dropout < 1:
        raise UserError("LoRA dropout must be in [0, 1)", where="--lora-dropout",
                        key="estimate.range")
    if plan.offload and plan.distributed not in ("zero2", "zero3", "fsdp"):
        raise UserError("--offload needs ZeRO stage 2 or 3 (or FSDP)", where="--offload",
                        hint="add --zero-stage 3", key="estimate.offload")
    return plan


# devices -----------------------------------------------------------------------------------

def _device(profile: HardwareProfile, plan: Plan) -> tuple[str, GpuInfo | None, int]:
    """(backend, gpu, capacity bytes per device) for the plan on this profile."""
    if plan.device == "cpu" or (plan.device == "auto" and not profile.gpus) or plan.gpus == 0:
        if plan.device == "gpu" and not profile.gpus:
            raise UserError("--device gpu, but the hardware profile has no GPU", where="--device",
                            hint="pass --hardware FILE.json of a machine with a GPU",
                            key="estimate.no_gpu")
        capacity = int(profile.memory_bytes * (1 - CPU_RESERVED_FRACTION))
        return "cpu", None, capacity
    if not profile.gpus:
        raise UserError("the hardware profile has no GPU", where="--device",
                        key="estimate.no_gpu")
    gpu = min(profile.gpus, key=lambda g: g.memory_bytes)  # the smallest one bounds the run
    return gpu.backend, gpu, int(gpu.memory_bytes)


def gpu_tflops(name: str) -> tuple[float, bool]:
    """(dense 16-bit TFLOPS, known?) for a GPU name."""
    low = name.lower()
    for fragment, tflops in GPU_TFLOPS:
        if fragment.lower() in low:
            return tflops, True
    return DEFAULT_GPU_TFLOPS, False


# parameter counts --------------------------------------------------------------------------

def _targeted(spec: ModelSpec, targets: str) -> list[tuple[str, int, int]]:
    mods = spec.linear_modules()
    attention = {"q_proj", "k_proj", "v_proj", "qkv_proj", "o_proj"}
    if targets == "attention":
        return [m for m in mods if m[0] in attention]
    if targets == "mlp":
        return [m for m in mods if m[0] not in attention]
    if targets == "qv":  # fused qkv has no separate q and v: the whole qkv_proj is adapted
        return [m for m in mods if m[0] in ("q_proj", "v_proj", "qkv_proj")]
    return mods


def _ia3_modules(spec: ModelSpec, targets: str = "all-linear") -> list[tuple[str, int, int, str]]:
    """IA3 as the trainer sets it up: a scale on the output of every targeted module, except
    the feed-forward output projection (down_proj), whose input is scaled instead."""
    return [(name, i, o, "in" if name == "down_proj" else "out")
            for name, i, o in _targeted(spec, targets)]


def _factor(d: int) -> tuple[int, int]:
    """d = m * n with m <= n closest to the square root (peft LoKr's factorization)."""
    m = max(k for k in range(1, math.isqrt(d) + 1) if d % k == 0)
    return m, d // m


def _lokr_params(i: int, o: int, rank: int) -> int:
    (out_m, out_n), (in_m, in_n) = _factor(o), _factor(i)
    w2 = out_n * in_n if rank >= max(out_n, in_n) / 2 else rank * (out_n + in_n)
    return out_m * in_m + w2


def trainable_params(spec: ModelSpec, plan: Plan) -> int:
    if plan.method == "full":
        return spec.params
    if plan.method in ADAPTER_METHODS:
        mods = _targeted(spec, plan.targets)
        rank = plan.rank + (ADALORA_EXTRA_RANK if plan.method == "adalora" else 0)
        per_layer = sum(rank * (i + o) for _, i, o in mods)
        if plan.method == "dora":
            per_layer += sum(o for _, _, o in mods)  # the magnitude vector
        if plan.method == "adalora":
            per_layer += rank * len(mods)  # the singular values
        return spec.layers * per_layer
    if plan.method == "loha":  # two Hadamard-multiplied low-rank pairs
        return spec.layers * sum(2 * plan.rank * (i + o) for _, i, o in _targeted(spec,
                                                                                   plan.targets))
    if plan.method == "lokr":
        return spec.layers * sum(_lokr_params(i, o, plan.rank)
                                 for _, i, o in _targeted(spec, plan.targets))
    if plan.method == "ia3":
        return spec.layers * sum(o if where == "out" else i
                                 for _, i, o, where in _ia3_modules(spec, plan.targets))
    if plan.method == "prompt-tuning":
        return plan.num_virtual_tokens * spec.hidden
    # prefix tuning: a key and a value prefix per layer (no reparameterisation MLP)
    return plan.num_virtual_tokens * spec.layers * 2 * spec.kv_dim


# memory ------------------------------------------------------------------------------------

_BYTES = {"fp32": 4, "bf16": 2, "fp16": 2}
# bitsandbytes NF4 with double quantisation: 4 bits + 8-bit absmax per 64 + fp32 per 256 blocks.
NF4_BYTES_PER_PARAM = 0.5 + 1 / 64 + 4 / (64 * 256)
INT8_BYTES_PER_PARAM = 1.0 + 4 / 4096  # int8 weights + one fp32 scale per row (approx.)
_ATTN_IN = ("q_proj", "k_proj", "v_proj", "qkv_proj")
_MLP_IN = ("gate_proj", "up_proj", "gate_up_proj")


@dataclass(frozen=True)
class Precision:
    """Number formats of a plan: compute (activations), weights, and whether autocast runs."""

    name: str  # the compute dtype: fp32 | bf16 | fp16
    e: int  # bytes per activation element
    ew: int  # bytes per stored (non-quantised) weight
    autocast: bool


def _input_group(name: str) -> str:
    return "attn_in" if name in _ATTN_IN else ("mlp_in" if name in _MLP_IN else name)


def _weights_bytes(spec: ModelSpec, plan: Plan, ew: int) -> int:
    linear = spec.layers * spec.layer_linear_params
    rest = spec.params - linear
    rest_bytes = 4 if plan.kbit_upcast else ew
    if plan.method == "qlora":
        return int(linear * NF4_BYTES_PER_PARAM + rest * rest_bytes)
    if plan.method == "lora-8bit":
        return int(linear * INT8_BYTES_PER_PARAM + rest * rest_bytes)
    return spec.params * ew


def _layer_saved_bytes(spec: ModelSpec, plan: Plan, prec: Precision, on_gpu: bool) -> float:
    """Bytes one decoder layer keeps for backward, per token (see the module docstring).

    Worked out op by op from what autograd saves (an op saves an input only when the *other*
    input needs a gradient), and checked with saved-tensor hooks on Phi-3 and Llama layers in
    fp32, bf16 and bf16 autocast.
    """
    h, nq, nkv, inter = spec.hidden, spec.q_dim, spec.kv_dim, spec.intermediate
    e = prec.e
    full = plan.method == "full"
    # Two RMSNorms keep their input upcast to fp32; a trainable norm weight also keeps the
    # normalised value (fp32 under autocast or in fp32, else the model's dtype).
    total = 2 * 4 * h + (2 * (4 if prec.autocast else e) * h if full else 0)
    # Attention: SDPA keeps q, k, v and its output; padded batches repeat grouped k/v heads.
    kv_saved = 2 * nq if spec.kv_heads != spec.heads else 2 * nkv
    total += e * (2 * nq + kv_saved)
    # MLP: gated -> gate and up outputs and the activation output; plain -> the up output.
    total += e * (3 * inter if spec.gated_mlp else inter)
    groups = {_input_group(name): i for name, i, _ in spec.linear_modules()}
    saved_groups: set[str] = set()
    if full:  # a trainable weight needs its input (autocast keeps the 16-bit copy)
        total += e * sum(groups.values())
        saved_groups = set(groups)
    if plan.method in ADAPTER_METHODS:
        # PEFT adapters are fp32; the input is cast to fp32, or to the autocast dtype.
        e_lora = e if prec.autocast else 4
        rank = plan.rank + (ADALORA_EXTRA_RANK if plan.method == "adalora" else 0)
        for name, i, o in _targeted(spec, plan.targets):
            if plan.lora_dropout > 0:
                # dropout mask (GPU: 1 byte) or fp32 noise (CPU), and the dropped copy
                total += (1 if on_gpu else 4) * i + e_lora * i
            elif e_lora == e and not prec.autocast:  # shares the tensor its neighbours read
                if _input_group(name) not in saved_groups:
                    total += e * i
                    saved_groups.add(_input_group(name))
            else:  # each adapter casts its input and keeps the copy
                total += e_lora * i
            total += e_lora * rank
            if plan.method == "dora":  # base output and LoRA output, for the magnitude
                total += 2 * e_lora * o
    if plan.method in LYCORIS_METHODS:  # the delta matmul keeps its (fp32 or cast) input
        e_delta = e if prec.autocast else 4
        total += sum(e_delta * i for _, i, _ in _targeted(spec, plan.targets))
    if plan.method == "ia3":
        for _, i, o, where in _ia3_modules(spec, plan.targets):
            total += e * (o if where == "out" else i)
    return float(total)


def _model_tokens(plan: Plan) -> int:
    extra = plan.num_virtual_tokens if plan.method == "prompt-tuning" else 0
    return plan.batch * (plan.seq + extra)


def _shards(plan: Plan) -> int:
    return max(1, plan.gpus) if plan.distributed in ("zero1", "zero2", "zero3", "fsdp") else 1


@dataclass
class _Static:
    weights: float
    adapter: float
    grads: float
    optimizer: float
    opt_scratch: float
    host: float


def _static_terms(spec: ModelSpec, plan: Plan, prec: Precision, on_gpu: bool) -> _Static:
    """Weights, adapter, gradients and optimizer state per device (and what offload moves)."""
    n_total = spec.params
    n_train = trainable_params(spec, plan)
    full = plan.method == "full"
    shards = _shards(plan)
    dist = plan.distributed
    host = 0.0
    if full and dist in ("zero1", "zero2", "zero3", "fsdp"):
        # Mixed precision as DeepSpeed/FSDP do it: 16-bit weights and gradients, an fp32 master
        # copy and Adam moments in the optimizer (12 bytes/param), partitioned by the stage.
        ew = 2 if prec.e == 2 else 4
        weights, grads = float(n_total * ew), float(n_total * ew)
        per_param = {"adamw": 12, "adamw-8bit": 6, "paged-adamw-8bit": 6, "sgd": 4}[
            plan.optimizer]
        optimizer = n_total * per_param / shards
        if dist != "zero1":
            grads /= shards
        gathered = 2 * spec.layer_linear_params * ew  # the layers being used, unsharded
        if dist in ("zero3", "fsdp"):
            weights = weights / shards + gathered
        if plan.offload:
            host = float(n_total * per_param + n_total * 4)  # optimizer + fp32 grads on CPU
            optimizer = 0
            if dist in ("zero3", "fsdp"):
                host += n_total * ew
                weights = gathered
        return _Static(weights, 0.0, grads, optimizer, 0.0, host)
    weights = float(_weights_bytes(spec, plan, prec.ew))
    if full:
        adapter, grads, state = 0.0, float(n_total * prec.ew), prec.ew  # moments in param dtype
    else:
        adapter, grads, state = float(n_train * 4), float(n_train * 4), 4  # fp32 adapters
    optimizer = n_train * {"adamw": 2 * state, "adamw-8bit": 2, "paged-adamw-8bit": 2,
                           "sgd": 0}[plan.optimizer]
    if dist in ("zero3", "fsdp"):  # the frozen base is sharded too
        gathered = 2 * spec.layer_linear_params * prec.ew
        if plan.offload:
            host += weights
            weights = gathered
        else:
            weights = weights / shards + gathered
    if dist in ("zero1", "zero2", "zero3", "fsdp"):
        optimizer /= shards
        if dist != "zero1":
            grads /= shards
    if dist == "ddp" and full:
        grads *= 2  # DDP's gradient buckets are a second copy of the gradients
    # The trainer asks for "adamw_torch": torch's AdamW, whose foreach implementation (the
    # default on GPUs) makes one parameter-sized temporary list during the step.
    scratch = n_train * state / shards if on_gpu and plan.optimizer == "adamw" else 0.0
    return _Static(weights, adapter, grads, optimizer, scratch, host)


def _dynamic_terms(spec: ModelSpec, plan: Plan, prec: Precision,
                   on_gpu: bool) -> dict[str, float]:
    """What a training step allocates on top of the static terms, at the start of backward."""
    e = prec.e
    tokens = _model_tokens(plan)
    layer = _layer_saved_bytes(spec, plan, prec, on_gpu)
    final = 4 * spec.hidden + (((4 if prec.autocast else e) + e) * spec.hidden
                               if plan.method == "full" else 0)
    if plan.grad_checkpointing:  # one hidden state per layer + one layer recomputed
        saved = tokens * (spec.layers * e * spec.hidden + layer + final)
    else:
        saved = tokens * (spec.layers * layer + final)
    biggest = max(o for _, _, o in spec.linear_modules())
    transient = tokens * e * (2 * biggest + 2 * spec.hidden)  # gradients in flight
    # Logits (if held), the fp32 log-softmax output, the loss gradient, the log-softmax gradient.
    logits = tokens * spec.vocab * ((e if plan.keep_logits else 0) + 12)
    extra: dict[str, float] = {"saved_activations": saved, "backward_transient": transient}
    quantised = plan.method in ("qlora", "lora-8bit")
    if prec.autocast and (not quantised or plan.kbit_upcast):
        # Autocast casts each fp32 weight to 16 bits per matmul and the matmul keeps the copy for
        # backward: every layer's (or, with checkpointing, one layer's) and the head's. Quantised
        # layers dequantise on their own and keep nothing.
        layers = 0 if quantised else (1 if plan.grad_checkpointing else spec.layers)
        extra["autocast_weight_copies"] = e * (layers * spec.layer_linear_params
                                               + spec.vocab * spec.hidden)
    if plan.method in LYCORIS_METHODS:
        # LoHa/LoKr build each adapted module's full delta weight (fp32, or its autocast copy)
        # and the matmul keeps it for backward: like a second copy of the adapted weights.
        layers = 1 if plan.grad_checkpointing else spec.layers
        extra["delta_weights"] = (e if prec.autocast else 4) * layers * sum(
            i * o for _, i, o in _targeted(spec, plan.targets))
    if plan.method == "dora":  # W + BA materialised in fp32 for the module being run
        extra["dora_weight_norm"] = 3 * 4 * max(i * o for _, i, o in _targeted(spec,
                                                                                plan.targets))
    if plan.method in ("qlora", "lora-8bit"):  # the dequantised weight of the running matmul
        extra["dequantised_weight"] = e * max(i * o for _, i, o in spec.linear_modules())
    extra["logits"] = logits
    return extra


def _precision(plan: Plan, backend: str, gpu: GpuInfo | None, profile: HardwareProfile
               ) -> Precision:
    """Compute dtype as Desktop FT's trainer picks it ('auto'), and how weights are stored."""
    name = plan.dtype
    if name == "auto":
        if backend == "cpu":
            fast = {"avx512_bf16", "amx_bf16"} & set(profile.cpu.flags)
            name = "bf16" if fast else "fp32"
        elif backend in ("cuda", "rocm", "xpu"):
            name = "bf16" if (gpu is None or gpu.bf16) else "fp16"
        else:
            name = "fp32"  # MPS: the trainer computes in fp32 there
    if plan.method in ("qlora", "lora-8bit") and name == "fp32":
        name = "bf16" if (gpu is None or gpu.bf16) else "fp16"
    e = _BYTES[name]
    quantised = plan.method in ("qlora", "lora-8bit")
    # The Trainer autocasts whenever it computes in 16 bits (bf16=True / fp16=True). DeepSpeed
    # and FSDP instead run the model itself in 16 bits (their fp32 copy lives in the optimizer).
    sharded = plan.distributed in ("zero1", "zero2", "zero3", "fsdp")
    # On a GPU the trainer loads a frozen base (adapter methods) in the 16-bit compute dtype
    # itself: no fp32 master weights and no autocast copies of them.
    frozen_16bit_base = backend in ("cuda", "rocm", "xpu") and plan.method not in (
        "full", "qlora", "lora-8bit")
    default_autocast = not sharded and not frozen_16bit_base
    autocast = (plan.autocast if plan.autocast is not None else default_autocast) and e == 2
    return Precision(name=name, e=e, ew=4 if autocast and not quantised else e,
                     autocast=autocast)


def estimate(spec: ModelSpec, plan: Plan, profile: HardwareProfile, examples: int | None = None,
             epochs: float = 1.0, calibration: dict[str, Any] | None = None) -> Estimate:
    """Estimate peak memory per device and time for `plan` on `profile`.

    `examples` (with `epochs`) turns the per-step time into a per-epoch time. `calibration` is a
    stored correction from `desktop-ft estimate --calibrate` for this device (or None).
    """
    plan = validate(plan)
    backend, gpu, capacity = _device(profile, plan)
    on_gpu = backend != "cpu"
    notes: list[str] = []
    assumptions: list[str] = []
    if not on_gpu:
        plan.gpus, plan.distributed, plan.offload = 0, None, False
    elif plan.gpus > 1 and plan.distributed is None:
        plan.distributed = "ddp"
    elif plan.gpus <= 1 and plan.distributed is not None:
        notes.append(f"{plan.distributed} with one GPU shards nothing")
    if on_gpu and plan.gpus > len(profile.gpus):
        notes.append(f"the plan uses {plan.gpus} GPUs; the profile has {len(profile.gpus)}")
    if plan.method in ("qlora", "lora-8bit") and backend not in ("cuda", "rocm", "xpu"):
        notes.append(f"{METHOD_LABELS[plan.method]} needs bitsandbytes on a CUDA, ROCm or XPU "
                     "GPU; it is not available on this device")
    prec = _precision(plan, backend, gpu, profile)
    st = _static_terms(spec, plan, prec, on_gpu)
    dyn = _dynamic_terms(spec, plan, prec, on_gpu)
    copies = dyn.get("autocast_weight_copies", 0.0)
    acts = sum(v for k, v in dyn.items() if k not in ("logits", "autocast_weight_copies"))
    logits = dyn["logits"]

    # The peak: start of backward (optimizer state exists from step 2 on) or the optimizer step.
    grads_in_backward = st.grads if plan.grad_accum > 1 else 0.0  # accumulated grads stay
    at_backward = st.weights + copies + st.adapter + st.optimizer + grads_in_backward + acts \
        + logits
    at_step = st.weights + st.adapter + st.optimizer + st.grads + st.opt_scratch
    if at_backward >= at_step:
        moment = "start of backward"
        terms = {"weights": st.weights + copies, "adapter": st.adapter,
                 "gradients": grads_in_backward, "optimizer": st.optimizer,
                 "activations": acts, "logits": logits}
    else:
        moment = "optimizer step"
        terms = {"weights": st.weights, "adapter": st.adapter, "gradients": st.grads,
                 "optimizer": st.optimizer + st.opt_scratch, "activations": 0.0, "logits": 0.0}
    step_allocated = max(at_backward, at_step) - st.weights - st.adapter - st.optimizer
    if on_gpu:
        overhead = GPU_CONTEXT_BYTES + GPU_ALLOCATOR_SLACK * (sum(terms.values()))
        assumptions.append("GPU overhead (CUDA context ~0.6 GiB + 8% allocator slack) is "
                           "assumed, not measured on this machine")
    else:
        overhead = CPU_BASELINE_BYTES + CPU_HEAP_RETENTION * step_allocated
    calibrated = False
    if calibration:
        scale = float(calibration.get("memory_scale") or 1.0)
        if 0.5 <= scale <= 2.0:
            terms["activations"] *= scale
            terms["logits"] *= scale
        if calibration.get("overhead_bytes") is not None:
            # The fitted scale already carries the heap retention on CPU (see calibrate()).
            overhead = float(calibration["overhead_bytes"]) + (
                GPU_ALLOCATOR_SLACK * sum(terms.values()) if on_gpu else 0.0)
        calibrated = True
    terms["overhead"] = overhead
    terms_int = {k: round(terms[k]) for k in TERMS}
    peak = sum(terms_int.values())
    details = {k: round(v) for k, v in dyn.items()}
    details.update({"optimizer_step_scratch": round(st.opt_scratch),
                    "baseline" if not on_gpu else "cuda_context":
                    CPU_BASELINE_BYTES if not on_gpu else GPU_CONTEXT_BYTES})

    # verdict -----------------------------------------------------------------------------
    fraction = peak / capacity if capacity else math.inf
    verdict = "fits" if fraction <= FITS else ("tight" if fraction <= TIGHT else "does-not-fit")
    if st.host and st.host > profile.memory_bytes * (1 - CPU_RESERVED_FRACTION):
        verdict = "does-not-fit"
        notes.append(f"offload needs {human_bytes(st.host)} of CPU memory; the machine has "
                     f"{human_bytes(profile.memory_bytes)}")
    if plan.seq > spec.max_context:
        notes.append(f"sequence length {plan.seq} is beyond the model's context "
                     f"({spec.max_context})")
    if copies:
        assumptions.append(f"weights stay fp32 under {prec.name} autocast (as Desktop FT "
                           f"trains); autocast keeps {human_bytes(copies)} of 16-bit weight "
                           "copies for backward")
    if plan.method in ("qlora", "lora-8bit"):
        rest = spec.params - spec.layers * spec.layer_linear_params
        assumptions.append(
            "embeddings, norms and the head upcast to fp32 by prepare_model_for_kbit_training "
            f"({human_bytes(rest * 4)})" if plan.kbit_upcast else
            f"embeddings, norms and the head kept in {prec.name} ({human_bytes(rest * 2)})")
    if plan.method == "full" and not plan.distributed and not prec.autocast and prec.e == 2:
        assumptions.append(f"weights, gradients and Adam moments all in {prec.name} (no fp32 "
                           "master copy)")

    # time --------------------------------------------------------------------------------
    flops_tok = flops_per_token(spec, plan)
    rate, source = _throughput(plan, prec, backend, gpu, profile, notes, assumptions)
    if calibration and calibration.get("throughput_scale"):
        rate *= float(calibration["throughput_scale"])
        source = "calibrated on this device"
    tokens_per_s = rate / flops_tok if flops_tok else None
    step_tokens = plan.batch * plan.seq * plan.grad_accum
    seconds_per_step = step_tokens / tokens_per_s if tokens_per_s else None
    seconds_per_epoch = None
    if examples and seconds_per_step:
        per_step = plan.batch * plan.grad_accum * (max(1, plan.gpus) if on_gpu else 1)
        seconds_per_epoch = math.ceil(examples / per_step) * seconds_per_step
    n_train = trainable_params(spec, plan)
    state_bytes = {"adamw": 8, "adamw-8bit": 2, "paged-adamw-8bit": 2, "sgd": 0}[plan.optimizer]
    checkpoint = int(n_train * (prec.ew if plan.method == "full" else 4) * (1 + state_bytes / 4))
    device = {"backend": backend, "name": gpu.name if gpu else profile.cpu.name,
              "count": max(1, plan.gpus) if on_gpu else 1, "dtype": prec.name,
              "autocast": prec.autocast,
              "memory_bytes": int(gpu.memory_bytes) if gpu else int(profile.memory_bytes)}
    est = Estimate(
        peak_bytes=peak, terms=terms_int, verdict=verdict, capacity_bytes=capacity,
        device=device, plan=plan.to_dict(),
        model={"name": spec.name, "params": spec.params, "source": spec.source},
        peak_moment=moment, host_bytes=int(st.host), trainable_params=int(n_train),
        total_params=int(spec.params), checkpoint_bytes=checkpoint, flops_per_token=flops_tok,
        tokens_per_s=round(tokens_per_s, 3) if tokens_per_s else None,
        seconds_per_step=round(seconds_per_step, 4) if seconds_per_step else None,
        seconds_per_epoch=round(seconds_per_epoch, 1) if seconds_per_epoch else None,
        examples=examples, epochs=epochs, throughput_source=source, calibrated=calibrated,
        details=details, notes=notes, assumptions=assumptions)
    if seconds_per_epoch and epochs != 1:
        est.notes.append(f"{epochs:g} epochs take about "
                         f"{human_seconds(seconds_per_epoch * epochs)}")
    return est


def _throughput(plan: Plan, prec: Precision, backend: str, gpu: GpuInfo | None,
                profile: HardwareProfile, notes: list[str], assumptions: list[str]
                ) -> tuple[float, str]:
    """Achievable training FLOP/s on the plan's devices, and where the number comes from."""
    if backend != "cpu":
        tflops, known = gpu_tflops(gpu.name if gpu else "")
        if prec.name == "fp32":
            tflops /= 2  # TF32 tensor cores run at about half the 16-bit rate
        rate = tflops * 1e12 * GPU_MFU
        source = "catalogued GPU throughput" if known else "assumed GPU throughput"
        if not known:
            assumptions.append(f"unknown GPU '{gpu.name if gpu else ''}': assumed "
                               f"{DEFAULT_GPU_TFLOPS:.0f} TFLOPS")
        if plan.method == "qlora":
            rate *= 0.7  # dequantising 4-bit weights on every matmul (assumed)
        elif plan.method == "lora-8bit":
            rate *= 0.5  # LLM.int8 matmuls with outlier decomposition are slow (assumed)
        n_dev = max(1, plan.gpus)
        if n_dev > 1:
            link = gpu.interconnect if gpu else None
            rate *= n_dev * (0.9 if link == "nvlink" else 0.8)
            if plan.distributed in ("zero3", "fsdp"):
                rate *= 0.85
        if plan.offload:
            rate *= 0.6
        assumptions.append(f"time from {tflops:.0f} TFLOPS x {GPU_MFU:.0%} utilisation "
                           "(+-50%)")
        return rate, source
    gflops = profile.cpu.matmul_gflops
    if gflops > 0:
        source = "measured CPU matmul speed"
    else:
        per_core = 60.0 if "avx512f" in profile.cpu.flags else (
            30.0 if "avx2" in profile.cpu.flags else 12.0)
        gflops = per_core * max(1, profile.cpu.cores or 1)
        source = "assumed CPU speed (the profile has no measurement)"
        assumptions.append(f"CPU speed assumed {gflops:.0f} GFLOP/s from cores and flags")
    rate = gflops * 1e9 * CPU_EFFICIENCY
    if prec.e == 2 and not {"amx_bf16", "avx512_bf16"} & set(profile.cpu.flags):
        rate *= CPU_SLOW_BF16
        notes.append("16-bit training on a CPU without bf16 instructions is very slow; "
                     "use fp32")
    return rate, source


def flops_per_token(spec: ModelSpec, plan: Plan) -> float:
    """Training FLOPs per token of the batch.

    Forward is 2 FLOPs per matmul parameter plus attention (2 x seq x q-width per layer for a
    causal mask). Backward is twice forward when weights are trained (gradients for inputs and
    weights: 6N in all) but only once when the base is frozen (input gradients only: ~4N),
    plus the adapters' own small 6 x (adapter params). Checkpointing adds one forward; DoRA with
    dropout recomputes the base projection (one more forward and its input gradient).
    """
    attention = 2 * plan.seq * spec.q_dim * spec.layers
    forward = 2 * spec.matmul_params + attention
    if plan.method == "full":
        total = 3 * forward
    else:
        total = 2 * forward + 6 * trainable_params(spec, plan)
        if plan.method in LYCORIS_METHODS:  # a full-size delta matmul, trained: 6 per weight
            total += 6 * spec.layers * sum(i * o for _, i, o in _targeted(spec, plan.targets))
        if plan.method == "dora" and plan.lora_dropout > 0:
            total += 2 * 2 * spec.layers * sum(i * o for _, i, o in _targeted(spec, plan.targets))
    if plan.grad_checkpointing:
        total += forward
    if plan.method == "prompt-tuning":
        total *= (plan.seq + plan.num_virtual_tokens) / plan.seq
    return float(total)


def human_params(n: float) -> str:
    return f"{n / 1e9:.2f}B" if n >= 1e9 else f"{n / 1e6:.1f}M"


def human_bytes(n: float) -> str:
    return f"{n / GIB:.1f} GiB" if n >= 0.1 * GIB else f"{n / 2 ** 20:.0f} MiB"


def human_seconds(s: float) -> str:
    if s < 120:
        return f"{s:.0f} s"
    if s < 7200:
        return f"{s / 60:.0f} min"
    if s < 172800:
        return f"{s / 3600:.1f} h"
    return f"{s / 86400:.1f} days"


def summary(est: Estimate) -> str:
    """One line a user can read: 'LoRA in bf16 needs 9.1 GiB; the GPU has 8.0 GiB usable'."""
    method = METHOD_LABELS.get(est.plan["method"], est.plan["method"])
    count = est.device["count"]
    if est.device["backend"] == "cpu":
        where = "this machine's RAM has"
    else:
        where = "each GPU has" if count > 1 else "the GPU has"
    dist = f" with {est.plan['distributed']}" if est.plan.get("distributed") else ""
    per = " per GPU" if count > 1 else ""
    return (f"{method} in {est.device['dtype']}{dist} needs {human_bytes(est.peak_bytes)}{per}; "
            f"{where} {human_bytes(est.capacity_bytes)} usable ({est.verdict})")
