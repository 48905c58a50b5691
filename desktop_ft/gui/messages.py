"""Messages made outside Qt (core, data, the jobs), shown in the user's language.

core/ and the engines import no Qt and say what went wrong in English; a UserError also carries
`key` and `params`. The GUI translates such a message here, without core knowing about it:

1. a key with a template below: the template, translated, filled with the params; used only when
   the English template filled with the same params reproduces the English message exactly, so
   a message changed in core can never be shown with a stale translation;
2. otherwise the English text itself, looked up in the "messages" context: the fixed messages
   and hints below (and any other translated text);
3. otherwise a sentence core builds with values in it (recommendation reasons, advice, notes,
   dataset and configuration errors, their `where` and hints) that matches one of the
   PATTERNS: the translated pattern with the same values, themselves translated where they are
   words (a verdict, a memory term, a row of the cookbook matrix) and numbers written the
   locale's way;
4. otherwise the English text, unchanged (a message nobody translated yet stays readable).

Entries are marked with QT_TRANSLATE_NOOP so `make i18n` puts them in the .ts files.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop_ft.core import matrix
from desktop_ft.core.errors import UserError
from desktop_ft.gui import i18n

CONTEXT = "messages"

#: UserError key -> English template; {names} are the error's params.
TEMPLATES: dict[str, str] = {
    "config.unknown_key": QT_TRANSLATE_NOOP("messages", "unknown setting '{name}'"),
    "config.choice": QT_TRANSLATE_NOOP("messages", "'{value}' is not a valid {name}"),
    "data.missing_field": QT_TRANSLATE_NOOP("messages", "missing field '{field}'"),
    "matrix.unknown_scenario": QT_TRANSLATE_NOOP("messages", "unknown scenario '{scenario}'"),
    "matrix.unknown_goal": QT_TRANSLATE_NOOP("messages", "unknown goal '{goal}'"),
    "export.unsupported_architecture": QT_TRANSLATE_NOOP(
        "messages", "the ONNX builder does not support the {architecture} architecture"),
}

#: Messages and hints without parameters, translated by their English text.
FIXED: tuple[str, ...] = (
    # the run configuration
    QT_TRANSLATE_NOOP("messages", "configuration file not found"),
    QT_TRANSLATE_NOOP("messages", "the configuration file is not UTF-8 text"),
    QT_TRANSLATE_NOOP("messages", "the configuration file is empty"),
    QT_TRANSLATE_NOOP("messages", "expected a mapping of settings"),
    QT_TRANSLATE_NOOP("messages", "no model given"),
    QT_TRANSLATE_NOOP("messages", "no dataset given"),
    QT_TRANSLATE_NOOP("messages", "check the path, e.g. resources/examples/demo-lora.yaml"),
    QT_TRANSLATE_NOOP("messages", "save it as UTF-8"),
    QT_TRANSLATE_NOOP("messages", "see resources/examples/demo-lora.yaml"),
    QT_TRANSLATE_NOOP("messages", "see resources/examples/demo-lora.yaml for the layout"),
    QT_TRANSLATE_NOOP("messages", "fix the indentation or quoting on that line"),
    QT_TRANSLATE_NOOP("messages", "use 'demo', a catalog name, a hub id or a model folder"),
    QT_TRANSLATE_NOOP("messages", "set data.path to a JSONL, JSON or CSV file"),
    # the dataset
    QT_TRANSLATE_NOOP("messages", "dataset file not found"),
    QT_TRANSLATE_NOOP("messages", "the file is not UTF-8 text"),
    QT_TRANSLATE_NOOP("messages", "the dataset is empty"),
    QT_TRANSLATE_NOOP("messages", "the dataset has no examples"),
    QT_TRANSLATE_NOOP("messages", "expected a file, found a folder"),
    QT_TRANSLATE_NOOP("messages", "expected a JSON array of examples"),
    QT_TRANSLATE_NOOP("messages", "no usable training examples"),
    QT_TRANSLATE_NOOP("messages", "the text is empty"),
    QT_TRANSLATE_NOOP("messages", "the label is empty"),
    QT_TRANSLATE_NOOP("messages", "the sentence has no tokens"),
    QT_TRANSLATE_NOOP("messages", "the question has no answer"),
    QT_TRANSLATE_NOOP("messages", "expected a list of strings"),
    QT_TRANSLATE_NOOP("messages", "expected an object with 'role' and 'content'"),
    QT_TRANSLATE_NOOP("messages", "the conversation has no user or assistant turn"),
    QT_TRANSLATE_NOOP("messages", "a system message may only come first"),
    QT_TRANSLATE_NOOP("messages", "the conversation must start with a user turn"),
    QT_TRANSLATE_NOOP("messages", "the conversation has no assistant answer to learn from"),
    # training and models
    QT_TRANSLATE_NOOP("messages", "nothing to train: no configuration given"),
    QT_TRANSLATE_NOOP("messages", "the run has no complete checkpoint to resume from"),
    QT_TRANSLATE_NOOP("messages", "there is nothing left to lower in this run's settings"),
    QT_TRANSLATE_NOOP("messages", "no such model on the Hugging Face Hub"),
    QT_TRANSLATE_NOOP("messages", "this model is gated: its licence must be accepted first"),
    QT_TRANSLATE_NOOP("messages", "cannot reach the Hugging Face Hub (offline)"),
    # export, chat and evaluation
    QT_TRANSLATE_NOOP("messages", "the prompt is empty"),
    QT_TRANSLATE_NOOP("messages", "type a question"),
    QT_TRANSLATE_NOOP("messages", "shorten the prompt"),
    QT_TRANSLATE_NOOP("messages", "no adapter to export"),
    QT_TRANSLATE_NOOP("messages", "folder not found"),
    QT_TRANSLATE_NOOP("messages", "model folder not found"),
    QT_TRANSLATE_NOOP("messages", "not a folder"),
    QT_TRANSLATE_NOOP("messages", "file missing"),
    QT_TRANSLATE_NOOP("messages", "this is a LoRA adapter, not a full model"),
    QT_TRANSLATE_NOOP("messages", "not a PEFT adapter folder (no adapter_config.json)"),
    QT_TRANSLATE_NOOP("messages", "the run's base model folder is not on this machine"),
    QT_TRANSLATE_NOOP("messages", "not a model folder: config.json is missing"),
    QT_TRANSLATE_NOOP("messages", "no model weights (*.safetensors or pytorch_model.bin)"),
    QT_TRANSLATE_NOOP("messages", "no tokenizer (tokenizer.json or tokenizer.model)"),
    QT_TRANSLATE_NOOP("messages", "the output path is a file"),
    QT_TRANSLATE_NOOP("messages", "this folder is already an ONNX export"),
    QT_TRANSLATE_NOOP("messages", "the ONNX builder does not support this model"),
    QT_TRANSLATE_NOOP("messages", "onnxruntime-genai (with its model builder) is not installed"),
    QT_TRANSLATE_NOOP("messages", "the output folder exists and is not an export of ours; not "
                      "replacing it"),
    # recommendations (core/recommend.py, core/estimate.py)
    QT_TRANSLATE_NOOP("messages", "gradient checkpointing and batch 1 were already tried for "
                      "every technique"),
    QT_TRANSLATE_NOOP("messages", "hosted fine-tuning: the cookbook's model-as-a-service "
                      "(serverless fine-tuning in Azure AI Foundry) trains Phi models without "
                      "your own GPU"),
    QT_TRANSLATE_NOOP("messages", "hosted fine-tuning on a cloud GPU (e.g. Azure Machine "
                      "Learning) runs the same plan on a bigger device"),
    QT_TRANSLATE_NOOP("messages", "no GPU: every plan runs on the CPU; the times shown are "
                      "estimates for this CPU (measured matmul speed)"),
    QT_TRANSLATE_NOOP("messages", "no GPU: every plan runs on the CPU; the times shown are "
                      "estimates for this CPU (assumed speed)"),
    # words that appear as values inside the patterns below
    QT_TRANSLATE_NOOP("messages", "fits"),
    QT_TRANSLATE_NOOP("messages", "tight"),
    QT_TRANSLATE_NOOP("messages", "does-not-fit"),
    QT_TRANSLATE_NOOP("messages", "weights"),
    QT_TRANSLATE_NOOP("messages", "adapter"),
    QT_TRANSLATE_NOOP("messages", "gradients"),
    QT_TRANSLATE_NOOP("messages", "optimizer"),
    QT_TRANSLATE_NOOP("messages", "activations"),
    QT_TRANSLATE_NOOP("messages", "logits"),
    QT_TRANSLATE_NOOP("messages", "overhead"),
    QT_TRANSLATE_NOOP("messages", "this CPU"),
    QT_TRANSLATE_NOOP("messages", "measured CPU matmul speed"),
    QT_TRANSLATE_NOOP("messages", "assumed CPU speed (the profile has no measurement)"),
    QT_TRANSLATE_NOOP("messages", "catalogued GPU throughput"),
    QT_TRANSLATE_NOOP("messages", "assumed GPU throughput"),
    QT_TRANSLATE_NOOP("messages", "calibrated on this device"),
    QT_TRANSLATE_NOOP("messages", "full fine-tuning"),
    QT_TRANSLATE_NOOP("messages", "QLoRA 4-bit"),
    QT_TRANSLATE_NOOP("messages", "LoRA on 8-bit weights"),
    QT_TRANSLATE_NOOP("messages", "prompt tuning"),
    QT_TRANSLATE_NOOP("messages", "prefix tuning"),
    QT_TRANSLATE_NOOP("messages", "put the text in quotes"),
    QT_TRANSLATE_NOOP("messages", "each line must be one JSON object"),
    QT_TRANSLATE_NOOP("messages", "fix the JSON syntax"),
    QT_TRANSLATE_NOOP("messages", "this looks like JSON Lines (one object per line): save it as "
                      ".jsonl"),
    QT_TRANSLATE_NOOP("messages", "this looks like a JSON array: save it with the .json "
                      "extension"),
    QT_TRANSLATE_NOOP("messages", "wrap the examples in [ ... ] or use JSON Lines"),
    QT_TRANSLATE_NOOP("messages", "add a message with role 'assistant'"),
    QT_TRANSLATE_NOOP("messages", "add a user question and the assistant's answer"),
    QT_TRANSLATE_NOOP("messages", "add at least a few examples"),
    QT_TRANSLATE_NOOP("messages", "add at least a few examples, one per line"),
    QT_TRANSLATE_NOOP("messages", "add examples or lower train.batch_size"),
    QT_TRANSLATE_NOOP("messages", "check data.max_length and the dataset's answers"),
    QT_TRANSLATE_NOOP("messages", "check data.path (relative paths are relative to the config "
                      "file)"),
    QT_TRANSLATE_NOOP("messages", "fill it in or remove the example"),
    QT_TRANSLATE_NOOP("messages", "give at least one answer"),
    QT_TRANSLATE_NOOP("messages", "give every example a label"),
    QT_TRANSLATE_NOOP("messages", "move it to the start, or make it a user turn"),
    QT_TRANSLATE_NOOP("messages", "put the user's question before the assistant's answer"),
    QT_TRANSLATE_NOOP("messages", "remove the example or fill in its words"),
    QT_TRANSLATE_NOOP("messages", "save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)"),
    QT_TRANSLATE_NOOP("messages", "save the file as UTF-8 (most editors offer it under 'Save "
                      "as')"),
    QT_TRANSLATE_NOOP("messages", "user and assistant turns must alternate"),
    QT_TRANSLATE_NOOP("messages", "use 'human' and 'gpt' (or 'system')"),
    QT_TRANSLATE_NOOP("messages", "give exactly one tag per token"),
    QT_TRANSLATE_NOOP("messages", "quote cells that contain commas or line breaks"),
    QT_TRANSLATE_NOOP("messages", "use O, B-TYPE (first word of an entity) or I-TYPE (the words "
                      "after it)"),
    QT_TRANSLATE_NOOP("messages", "write the class name, e.g. \"positive\""),
    QT_TRANSLATE_NOOP("messages", "each line must be an object such as {\"messages\": [...]}"),
    QT_TRANSLATE_NOOP("messages", "16-bit training on a CPU without bf16 instructions is very "
                      "slow; use fp32"),
    QT_TRANSLATE_NOOP("messages", "on"),
    QT_TRANSLATE_NOOP("messages", "off"),
)

#: Sentences core builds with values in them, matched by their English shape ({name}: a value).
PATTERNS: tuple[str, ...] = (
    # estimate.summary: the first reason of every plan
    QT_TRANSLATE_NOOP("messages", "{method} in {dtype} needs {peak}; this machine's RAM has "
                      "{capacity} usable ({verdict})"),
    QT_TRANSLATE_NOOP("messages", "{method} in {dtype} needs {peak}; the GPU has {capacity} "
                      "usable ({verdict})"),
    QT_TRANSLATE_NOOP("messages", "{method} in {dtype} with {distributed} needs {peak}; the GPU "
                      "has {capacity} usable ({verdict})"),
    QT_TRANSLATE_NOOP("messages", "{method} in {dtype} needs {peak} per GPU; each GPU has "
                      "{capacity} usable ({verdict})"),
    QT_TRANSLATE_NOOP("messages", "{method} in {dtype} with {distributed} needs {peak} per GPU; "
                      "each GPU has {capacity} usable ({verdict})"),
    # recommend: reasons, advice and notes
    QT_TRANSLATE_NOOP("messages", "trains {trainable} of {total} parameters ({share})"),
    QT_TRANSLATE_NOOP("messages", "largest memory term: {term} ({size})"),
    QT_TRANSLATE_NOOP("messages", "cookbook matrix: {techniques} - '{row}': yes"),
    QT_TRANSLATE_NOOP("messages", "cookbook matrix: {techniques} is not marked for '{row}'"),
    QT_TRANSLATE_NOOP("messages", "cookbook matrix: {techniques} is not marked for '{row}'; by "
                      "this estimate it needs {peak} against {full} for full fine-tuning"),
    QT_TRANSLATE_NOOP("messages", "time: about {duration} per epoch of {examples} examples x "
                      "{seq} tokens on {where} ({rate}, {source})"),
    QT_TRANSLATE_NOOP("messages", "shorter sequences: at {seq} tokens, {method} fits ({peak})"),
    QT_TRANSLATE_NOOP("messages", "a smaller model: {model} ({size}) fits with {method} "
                      "({peak})"),
    QT_TRANSLATE_NOOP("messages", "more GPUs: with {gpus} GPUs like this one, LoRA with ZeRO-3 "
                      "sharding fits ({peak} per GPU)"),
    QT_TRANSLATE_NOOP("messages", "goal 'data-parallel' needs two or more GPUs; this machine "
                      "has {gpus}"),
    # the estimate of LoRA, when it does not fit, then what the chosen technique needs
    QT_TRANSLATE_NOOP("messages", "{summary}; {method} needs {peak}"),
    # estimate notes
    QT_TRANSLATE_NOOP("messages", "{distributed} with one GPU shards nothing"),
    QT_TRANSLATE_NOOP("messages", "the plan uses {gpus} GPUs; the profile has {found}"),
    QT_TRANSLATE_NOOP("messages", "{method} needs bitsandbytes on a CUDA, ROCm or XPU GPU; it is "
                      "not available on this device"),
    QT_TRANSLATE_NOOP("messages", "offload needs {size} of CPU memory; the machine has {memory}"),
    QT_TRANSLATE_NOOP("messages", "sequence length {seq} is beyond the model's context "
                      "({context})"),
    QT_TRANSLATE_NOOP("messages", "{epochs} epochs take about {duration}"),
    # errors from reading a configuration or a dataset, and their hints
    QT_TRANSLATE_NOOP("messages", "{place}: field '{field}'"),
    QT_TRANSLATE_NOOP("messages", "missing setting '{name}'"),
    QT_TRANSLATE_NOOP("messages", "expected {expected}, got {value}"),
    QT_TRANSLATE_NOOP("messages", "{name} = {value} is out of range: it must be {rule}"),
    QT_TRANSLATE_NOOP("messages", "set {name} to a value {rule}"),
    QT_TRANSLATE_NOOP("messages", "did you mean '{name}'?"),
    QT_TRANSLATE_NOOP("messages", "did you mean '{name}'? map it with data.columns"),
    QT_TRANSLATE_NOOP("messages", "choose one of: {choices}"),
    QT_TRANSLATE_NOOP("messages", "use one of: {choices}"),
    QT_TRANSLATE_NOOP("messages", "write {example}"),
    QT_TRANSLATE_NOOP("messages", "the same example as line {line}"),
    QT_TRANSLATE_NOOP("messages", "invalid YAML: {problem}"),
    QT_TRANSLATE_NOOP("messages", "invalid JSON ({problem})"),
    QT_TRANSLATE_NOOP("messages", "invalid CSV ({problem})"),
    QT_TRANSLATE_NOOP("messages", "expected a JSON object, found {found}"),
    QT_TRANSLATE_NOOP("messages", "expected an object, found {found}"),
    QT_TRANSLATE_NOOP("messages", "expected text, found {found}"),
    QT_TRANSLATE_NOOP("messages", "expected a list of messages, found {found}"),
    QT_TRANSLATE_NOOP("messages", "row has {cells} columns, the header has {header}"),
    QT_TRANSLATE_NOOP("messages", "unsupported file type '{suffix}'"),
    QT_TRANSLATE_NOOP("messages", "use one of {suffixes}"),
    QT_TRANSLATE_NOOP("messages", "cannot tell the dataset format from the fields {fields}"),
    QT_TRANSLATE_NOOP("messages", "two '{role}' turns in a row"),
    QT_TRANSLATE_NOOP("messages", "unknown role {role}"),
    QT_TRANSLATE_NOOP("messages", "unknown speaker {speaker}"),
    QT_TRANSLATE_NOOP("messages", "'{tag}' is not a BIO tag"),
    QT_TRANSLATE_NOOP("messages", "{tokens} tokens but {tags} tags"),
    QT_TRANSLATE_NOOP("messages", "expected two languages, found {languages}"),
    QT_TRANSLATE_NOOP("messages", "expected a label (text or a whole number), found {value}"),
    QT_TRANSLATE_NOOP("messages", "unknown model '{name}'"),
    QT_TRANSLATE_NOOP("messages", "the run has no trained adapter yet (status: {status})"),
    QT_TRANSLATE_NOOP("messages", "the prompt is {tokens} tokens; the model takes {context}"),
    QT_TRANSLATE_NOOP("messages", "unknown precision '{precision}'"),
    QT_TRANSLATE_NOOP("messages", "unknown target '{target}'"),
    QT_TRANSLATE_NOOP("messages", "{precision} is not supported for the {target} target"),
    # a plan's settings: a list whose items are translated one by one
    QT_TRANSLATE_NOOP("messages", "settings: {list}"),
    QT_TRANSLATE_NOOP("messages", "batch {batch} x {steps} accumulation"),  # before "batch {batch}"
    QT_TRANSLATE_NOOP("messages", "batch {batch}"),
    QT_TRANSLATE_NOOP("messages", "sequence {seq}"),
    QT_TRANSLATE_NOOP("messages", "rank {rank}"),
    QT_TRANSLATE_NOOP("messages", "gradient checkpointing {state}"),
    QT_TRANSLATE_NOOP("messages", "{distributed} on {gpus} GPUs"),
    QT_TRANSLATE_NOOP("messages", "{distributed} on {gpus} GPUs with CPU offload"),
)
GREEDY = {"summary", "list"}  # groups that take the longest match (a sentence, a list)


def translate(text: str, key: str = "", params: Mapping[str, object] | None = None,
              depth: int = 0) -> str:
    """`text` (English, made outside Qt) in the current language; see the module docstring."""
    if not text:
        return text
    template = TEMPLATES.get(key)
    if template is not None and params:
        try:
            if template.format(**params) == text:
                return QCoreApplication.translate(CONTEXT, template).format(**params)
        except (KeyError, IndexError, ValueError):
            pass  # params that do not fill this template: the text route below
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text or i18n.current_language() == i18n.SOURCE_LANGUAGE:
        return translated  # in English: core's text exactly as it is
    for pattern, regex in _compiled_patterns() if depth < 2 else ():
        match = regex.fullmatch(text)
        if match:
            target = QCoreApplication.translate(CONTEXT, pattern)
            values = {name: ", ".join(_value(item, depth) for item in value.split(", "))
                      if name == "list" else _value(value, depth)
                      for name, value in match.groupdict().items()}
            return target.format(**values)
    return text


# A number as core writes it (English separators), with an optional unit: "1,000", "0.5 GiB".
_NUMBER = re.compile(r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?(?P<unit>%|[KMB]| \S+)?")


def _value(text: str, depth: int) -> str:
    """A value inside a pattern: a matrix row in the cookbook translators' words, a number in
    the locale's separators, a known word or sentence translated, anything else (a name) as it
    is."""
    for row in matrix.ROWS:
        if text == row.label:
            return row.labels.get(i18n.current_language(), row.label)
    number = _NUMBER.fullmatch(text)
    if number:
        whole = int(number["int"].replace(",", ""))
        frac = number["frac"]
        shown = (QLocale().toString(float(f"{whole}.{frac}"), "f", len(frac)) if frac
                 else QLocale().toString(whole))
        return shown + (number["unit"] or "")
    return translate(text, depth=depth + 1)


@cache
def _compiled_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each pattern as a regex: literal text, and a group per {name} (lazy unless GREEDY)."""
    compiled = []
    for pattern in PATTERNS:
        parts = re.split(r"\{(\w+)\}", pattern)
        regex = "".join(re.escape(part) if i % 2 == 0
                        else f"(?P<{part}>.+)" if part in GREEDY else f"(?P<{part}>.+?)"
                        for i, part in enumerate(parts))
        compiled.append((pattern, re.compile(regex, re.DOTALL)))
    return tuple(compiled)


def user_error_text(error: UserError) -> str:
    """One line for a status label: 'where: message (hint)', translated as far as known."""
    text = translate(error.message, error.key, error.params)
    if error.where:
        text = f"{translate(error.where)}: {text}"
    if error.hint:
        text += f" ({translate(error.hint)})"
    return text
