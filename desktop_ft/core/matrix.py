"""The Phi-3 Cookbook's "Fine Tuning Scenarios" matrix, as data.

Source: microsoft/Phi-3CookBook, md/03.FineTuning/FineTuning_Scenarios.md (copies in five
languages in the project's shared seeds). Its rows are scenarios and goals, its columns techniques
(LoRA, QLoRA, PEFT, DeepSpeed, ZeRO, DoRA). Every scenario row says "yes" to every technique; the
goal rows are where techniques differ, so those are what the recommender reads. The cells are
copied as published, including the ones our own estimate disputes (the matrix says LoRA does not
reduce memory; against full fine-tuning it does): the recommender quotes the matrix and the
estimate side by side rather than silently "fixing" the cookbook.

Row labels are kept in English and in the five languages the cookbook's translations provide
(cs, el, sr, sv, tl), which are also the app's UI languages, so the GUI can show the matrix as the
cookbook's translators wrote it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from desktop_ft.core.errors import UserError

TECHNIQUES = ("lora", "qlora", "peft", "deepspeed", "zero", "dora")
TECHNIQUE_LABELS = {"lora": "LoRA", "qlora": "QLoRA", "peft": "PEFT", "deepspeed": "DeepSpeed",
                    "zero": "ZeRO", "dora": "DORA"}
LANGUAGES = ("en", "cs", "el", "sr", "sv", "tl")


@dataclass(frozen=True)
class Row:
    """One row of the matrix: a scenario or a goal, its cells, and its translated labels."""

    key: str
    kind: str  # scenario | goal
    cells: tuple[bool, ...]  # in TECHNIQUES order
    labels: dict[str, str]

    def supports(self, technique: str) -> bool:
        return self.cells[TECHNIQUES.index(technique)]

    @property
    def label(self) -> str:
        return self.labels["en"]


_Y, _N = True, False

ROWS: tuple[Row, ...] = (
    Row("adapt", "scenario", (_Y, _Y, _Y, _Y, _Y, _Y), {
        "en": "Adapting pre-trained LLMs to specific tasks or domains",
        "cs": "Přizpůsobení předtrénovaných LLM na specifické úkoly nebo domény",
        "el": "Προσαρμογή προεκπαιδευμένων LLMs σε συγκεκριμένα καθήκοντα ή τομείς",
        "sr": "Prilagođavanje prethodno obučenih LLM modela specifičnim zadacima ili domenima",
        "sv": "Anpassa förtränade LLMs till specifika uppgifter eller domäner",
        "tl": "Pag-aangkop ng mga pre-trained LLMs sa mga partikular na gawain o domain"}),
    Row("nlp", "scenario", (_Y, _Y, _Y, _Y, _Y, _Y), {
        "en": "Fine-tuning for NLP tasks such as text classification, named entity recognition, "
              "and machine translation",
        "cs": "Jemné doladění pro NLP úkoly, jako je klasifikace textu, rozpoznávání "
              "pojmenovaných entit a strojový překlad",
        "el": "Προσαρμογή για εργασίες NLP όπως ταξινόμηση κειμένου, αναγνώριση ονομάτων "
              "οντοτήτων και μηχανική μετάφραση",
        "sr": "Fino podešavanje za NLP zadatke kao što su klasifikacija teksta, prepoznavanje "
              "imenovanih entiteta i mašinski prevod",
        "sv": "Finjustering för NLP-uppgifter som textklassificering, namngiven "
              "entity-igenkänning och maskinöversättning",
        "tl": "Fine-tuning para sa mga NLP na gawain tulad ng text classification, named entity "
              "recognition, at machine translation"}),
    Row("qa", "scenario", (_Y, _Y, _Y, _Y, _Y, _Y), {
        "en": "Fine-tuning for QA tasks",
        "cs": "Jemné doladění pro úkoly otázek a odpovědí",
        "el": "Προσαρμογή για εργασίες ερωταπαντήσεων",
        "sr": "Fino podešavanje za QA zadatke",
        "sv": "Finjustering för QA-uppgifter",
        "tl": "Fine-tuning para sa QA tasks"}),
    Row("chat", "scenario", (_Y, _Y, _Y, _Y, _Y, _Y), {
        "en": "Fine-tuning for generating human-like responses in chatbots",
        "cs": "Jemné doladění pro generování odpovědí podobných lidským v chatbotech",
        "el": "Προσαρμογή για δημιουργία ανθρώπινων απαντήσεων σε chatbots",
        "sr": "Fino podešavanje za generisanje odgovora sličnih ljudskim u chatbotovima",
        "sv": "Finjustering för att generera mänskliga svar i chattbottar",
        "tl": "Fine-tuning para sa pagbuo ng human-like na tugon sa chatbots"}),
    Row("creative", "scenario", (_Y, _Y, _Y, _Y, _Y, _Y), {
        "en": "Fine-tuning for generating music, art, or other forms of creativity",
        "cs": "Jemné doladění pro generování hudby, umění nebo jiných forem kreativity",
        "el": "Προσαρμογή για δημιουργία μουσικής, τέχνης ή άλλων μορφών δημιουργικότητας",
        "sr": "Fino podešavanje za generisanje muzike, umetnosti ili drugih oblika "
              "kreativnosti",
        "sv": "Finjustering för att generera musik, konst eller andra kreativa former",
        "tl": "Fine-tuning para sa paglikha ng musika, sining, o iba pang anyo ng "
              "pagkamalikhain"}),
    Row("lower-cost", "goal", (_Y, _Y, _N, _Y, _Y, _N), {
        "en": "Reducing computational and financial costs",
        "cs": "Snižování výpočetních a finančních nákladů",
        "el": "Μείωση υπολογιστικού και οικονομικού κόστους",
        "sr": "Smanjenje računarskih i finansijskih troškova",
        "sv": "Minska beräknings- och ekonomiska kostnader",
        "tl": "Pagbabawas ng computational at financial na gastos"}),
    Row("lower-memory", "goal", (_N, _Y, _N, _Y, _Y, _Y), {
        "en": "Reducing memory usage",
        "cs": "Snižování paměťových nároků",
        "el": "Μείωση χρήσης μνήμης",
        "sr": "Smanjenje potrošnje memorije",
        "sv": "Minska minnesanvändning",
        "tl": "Pagbabawas ng paggamit ng memorya"}),
    Row("fewer-parameters", "goal", (_N, _Y, _Y, _N, _N, _Y), {
        "en": "Using fewer parameters for efficient finetuning",
        "cs": "Použití menšího počtu parametrů pro efektivní jemné doladění",
        "el": "Χρήση λιγότερων παραμέτρων για αποδοτική προσαρμογή",
        "sr": "Korišćenje manjeg broja parametara za efikasno fino podešavanje",
        "sv": "Använda färre parametrar för effektiv finjustering",
        "tl": "Paggamit ng mas kaunting parameter para sa mas epektibong fine-tuning"}),
    Row("data-parallel", "goal", (_N, _N, _N, _Y, _Y, _Y), {
        "en": "Memory-efficient form of data parallelism that gives access to the aggregate GPU "
              "memory of all the GPU devices available",
        "cs": "Paměťově efektivní forma paralelismu dat, která umožňuje přístup k agregované "
              "paměti GPU všech dostupných GPU zařízení",
        "el": "Αποδοτική χρήση μνήμης με μορφή παράλληλης επεξεργασίας δεδομένων που αξιοποιεί "
              "τη συνολική μνήμη GPU όλων των διαθέσιμων συσκευών GPU",
        "sr": "Memorijski efikasna forma paralelizma podataka koja omogućava pristup zbirnoj GPU "
              "memoriji svih dostupnih GPU uređaja",
        "sv": "Minneseffektiv form av dataparallellism som ger tillgång till den sammanlagda "
              "GPU-minneskapaciteten för alla tillgängliga GPU-enheter",
        "tl": "Memory-efficient na anyo ng data parallelism na nagbibigay ng access sa kabuuang "
              "GPU memory ng lahat ng magagamit na GPU devices"}),
)

_BY_KEY = {row.key: row for row in ROWS}
SCENARIOS = tuple(r.key for r in ROWS if r.kind == "scenario")
GOALS = tuple(r.key for r in ROWS if r.kind == "goal")
# Short aliases users type (and the GUI's shorter labels).
_ALIASES = {"domain": "adapt", "adaptation": "adapt", "classification": "nlp", "ner": "nlp",
            "translation": "nlp", "chatbot": "chat", "music": "creative", "art": "creative",
            "cost": "lower-cost", "memory": "lower-memory", "parameters": "fewer-parameters",
            "params": "fewer-parameters", "multi-gpu": "data-parallel", "zero": "data-parallel"}

# Which matrix columns a training method (and a distribution strategy) stands for. Full
# fine-tuning is not a column of the matrix; IA3, AdaLoRA, LoHa, LoKr and prompt/prefix tuning
# are the "PEFT" column (LoRA, QLoRA and DoRA have their own).
METHOD_COLUMNS = {"lora": ("lora",), "qlora": ("qlora",), "dora": ("dora",),
                  "lora-8bit": ("lora",), "ia3": ("peft",), "prompt-tuning": ("peft",),
                  "prefix-tuning": ("peft",), "adalora": ("peft",), "loha": ("peft",),
                  "lokr": ("peft",), "full": ()}
DISTRIBUTED_COLUMNS = ("deepspeed", "zero")


def row(key: str) -> Row:
    return _BY_KEY[key]


def _resolve(text: str, choices: tuple[str, ...], what: str, flag: str) -> str:
    low = text.strip().lower().replace("_", "-").replace(" ", "-")
    low = _ALIASES.get(low, low)
    if low in choices:
        return low
    close = difflib.get_close_matches(low, choices, n=1, cutoff=0.5)
    hint = f"did you mean '{close[0]}'?" if close else "choose one of: " + ", ".join(choices)
    raise UserError(f"unknown {what} '{text}'", where=flag, hint=hint,
                    key=f"matrix.unknown_{what}", params={what: text})


def resolve_scenario(text: str) -> str:
    return _resolve(text, SCENARIOS, "scenario", "--scenario")


def resolve_goal(text: str) -> str:
    return _resolve(text, GOALS, "goal", "--goal")


def columns_for(method: str, distributed: str | None) -> tuple[str, ...]:
    cols = METHOD_COLUMNS.get(method, ())
    if distributed in ("zero1", "zero2", "zero3", "fsdp"):
        cols = cols + DISTRIBUTED_COLUMNS
    return cols


def goal_supported(goal: str, method: str, distributed: str | None) -> bool:
    """Does the matrix mark any of the plan's techniques 'yes' for this goal?"""
    r = _BY_KEY[goal]
    return any(r.supports(c) for c in columns_for(method, distributed))


def table(language: str = "en") -> dict[str, object]:
    """The matrix for a face to draw: header, then rows of (key, kind, label, cells)."""
    lang = language if language in LANGUAGES else "en"
    return {"techniques": [TECHNIQUE_LABELS[t] for t in TECHNIQUES],
            "rows": [{"key": r.key, "kind": r.kind, "label": r.labels.get(lang, r.label),
                      "cells": list(r.cells)} for r in ROWS]}
