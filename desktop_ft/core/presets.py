"""One preset per scenario of the matrix: the starting point a user picks instead of a blank form.

A preset names the data format (and the sample set that shows it), the head (generate text, or a
classic classification head), the loss masking and maximum length, the method defaults, and the
metric the run is judged by. `config_for()` turns it into a RunConfig; the recommender may then
adapt method, rank and batch to the machine. resources/examples/<scenario>.yaml are written from
these presets by tools/make_scenario_data.py, so the two cannot drift apart.

Learning rates here are for models of a billion parameters and more. The bundled demo model is
tiny and trains for a few dozen steps, so `config_for(model="demo")` multiplies them by
DEMO_LR_SCALE and uses `demo_steps` instead of epochs.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError

DEMO_LR_SCALE = 10.0


@dataclass(frozen=True)
class Preset:
    scenario: str
    label: str
    matrix_row: str  # the row of core.matrix this scenario belongs to
    data_format: str
    sample: str  # file in resources/samples
    metrics: tuple[str, ...]  # what evaluation reports, the primary one first
    higher_is_better: bool  # for the primary metric
    head: str = "lm"
    loss_on: str = "answer"
    max_length: int = 256
    method: str = "lora"
    rank: int = 16
    alpha: int = 32
    learning_rate: float = 2e-4
    epochs: float = 2.0
    batch_size: int = 8
    validation_split: float = 0.1
    max_new_tokens: int = 48  # generated per validation row when the metric needs text
    demo_steps: int = 60
    columns: dict[str, str] = field(default_factory=dict)
    notes: str = ""

    @property
    def primary(self) -> str:
        return self.metrics[0]


PRESETS: dict[str, Preset] = {p.scenario: p for p in (
    Preset("domain", "Domain adaptation (continued pre-training on raw text)", "adapt", "text",
           "herb-garden-corpus.jsonl", ("perplexity", "eval_loss"), False, loss_on="all",
           max_length=128, epochs=2.0, max_new_tokens=32, demo_steps=60,
           notes="raw text in a 'text' column, cut into max_length blocks; loss on every token"),
    Preset("classification", "Text classification", "nlp", "classification",
           "plant-questions-intent.jsonl", ("accuracy", "macro_f1", "eval_loss"), True,
           head="sequence", max_length=96, rank=8, alpha=16, learning_rate=3e-4, epochs=3.0,
           demo_steps=60,
           notes="'text' + 'label'; a sequence-classification head on the last token, trained "
           "with the adapter (head: lm generates the label as text instead)"),
    Preset("ner", "Named-entity recognition", "nlp", "ner", "plant-shop-ner.jsonl",
           ("entity_f1", "entity_precision", "entity_recall"), True, head="token",
           max_length=96, rank=8, alpha=16, learning_rate=3e-4, epochs=3.0, demo_steps=80,
           notes="'tokens' + BIO 'tags'; a token-classification head labels each word's first "
           "token"),
    Preset("translation", "Machine translation (English to Czech)", "nlp", "translation",
           "plants-en-cs.jsonl", ("chrf", "bleu", "eval_loss", "perplexity"), True,
           max_length=96, rank=32, alpha=64, learning_rate=4e-4, epochs=3.0, demo_steps=200,
           notes="'source' + 'target' (+ 'source_lang', 'target_lang'), or Hugging Face's "
           "{'translation': {'en': .., 'cs': ..}}; prompt: 'Translate from A to B:'"),
    Preset("qa", "Question answering with a context", "qa", "qa", "plant-care-qa.jsonl",
           ("token_f1", "exact_match", "eval_loss", "perplexity"), True, max_length=192,
           max_new_tokens=32, demo_steps=80,
           notes="'context' + 'question' + 'answer' (SQuAD 'answers' too); loss on the answer"),
    Preset("chat", "Chatbot answers", "chat", "chat", "houseplants-chat.jsonl",
           ("perplexity", "eval_loss"), False, max_length=128, validation_split=0.05,
           demo_steps=80,
           notes="chat 'messages', ShareGPT, Alpaca or prompt/response; rendered with the "
           "model's chat template, loss on the assistant turns"),
    Preset("creative", "Creative text (folk tunes in ABC notation)", "creative", "chat",
           "folk-tunes-abc.jsonl", ("perplexity", "eval_loss", "distinct_1", "distinct_2"),
           False, max_length=192, rank=16, alpha=32, epochs=3.0, max_new_tokens=120,
           demo_steps=80,
           notes="prompt/answer conversations; samples are generated and scored for variety "
           "(distinct-n)"),
)}

SCENARIOS = tuple(PRESETS)
# When a run says scenario: auto, its data format decides.
_BY_FORMAT = {"text": "domain", "classification": "classification", "ner": "ner",
              "translation": "translation", "qa": "qa"}


def get(scenario: str) -> Preset:
    if scenario in PRESETS:
        return PRESETS[scenario]
    close = difflib.get_close_matches(scenario, SCENARIOS, n=1)
    raise UserError(f"unknown scenario '{scenario}'", where="scenario",
                    hint=f"did you mean '{close[0]}'?" if close else
                    "choose one of: " + ", ".join(SCENARIOS), key="preset.unknown",
                    params={"scenario": scenario})


def scenario_for(config_scenario: str, data_format: str | None) -> str:
    """The scenario a run is judged as: its own setting, else the one its data format implies."""
    if config_scenario and config_scenario != "auto":
        return config_scenario
    return _BY_FORMAT.get(data_format or "", "chat")


def config_for(scenario: str, model: str = "demo", data_path: str | None = None,
               name: str | None = None) -> cfg.RunConfig:
    """A RunConfig from the preset: the sample data unless `data_path` is given."""
    from desktop_ft.core.resources import sample_path

    preset = get(scenario)
    demo = model == "demo"
    config = cfg.RunConfig(model=model, method=preset.method, scenario=preset.scenario,
                           head=preset.head, name=name or f"{preset.scenario}-{preset.method}",
                           merge=preset.head == "lm")
    config.data = cfg.DataConfig(path=data_path or str(sample_path(preset.sample)),
                                 format=preset.data_format, columns=dict(preset.columns),
                                 validation_split=preset.validation_split,
                                 max_length=preset.max_length, loss_on=preset.loss_on)
    config.lora = cfg.LoraConfig(rank=preset.rank, alpha=preset.alpha,
                                 dropout=0.0 if demo else 0.05)
    config.train = cfg.TrainConfig(
        epochs=preset.epochs, max_steps=preset.demo_steps if demo else 0,
        batch_size=preset.batch_size,
        learning_rate=round(preset.learning_rate * (DEMO_LR_SCALE if demo else 1.0), 8),
        warmup_ratio=0.05, save_every=0 if demo else 200, eval_every=0)
    return cfg.validate(config, source=f"preset '{scenario}'")
