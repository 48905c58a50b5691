"""Write the sample data of every scenario and the example configs that train on them.

Each set in resources/samples/ is generated here from facts and word lists written for this
project, deterministically (fixed seeds), so it can be reviewed as text and regenerated after an
edit: `python tools/make_scenario_data.py`. The chat set (houseplants-chat.jsonl) comes from
tools/make_demo_dataset.py. resources/examples/<scenario>.yaml are written from the presets in
desktop_ft/core/presets.py and train the bundled demo model.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from make_demo_dataset import ASPECTS, PLANTS  # noqa: E402

from desktop_ft.core import presets  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
EXAMPLES = ROOT / "resources" / "examples"

# --- domain: a kitchen-herb corpus -----------------------------------------------------------

# herb: (sun, water, soil, harvest, kitchen, winter)
HERBS: dict[str, tuple[str, ...]] = {
    "basil": ("full sun and a warm sheltered spot", "often, at the base, never on the leaves",
              "rich, moist compost", "by pinching off the top pair of leaves",
              "tomato sauces, pesto and salads", "must come indoors before the first frost"),
    "mint": ("sun or partial shade", "generously, so the soil never dries out",
             "any damp garden soil", "by cutting whole stems before it flowers",
             "tea, lamb dishes and summer drinks", "dies back and returns every spring"),
    "rosemary": ("full sun all day", "sparingly, only when the soil is dry",
                 "poor, sandy, well-drained soil", "by snipping the soft green tips",
                 "roast potatoes, bread and lamb", "survives light frost in a sheltered bed"),
    "thyme": ("full sun on a dry slope", "rarely, once the soil has dried out",
              "gritty soil with good drainage", "by trimming the stems after flowering",
              "stews, soups and roast vegetables", "stays green through a mild winter"),
    "parsley": ("sun or light shade", "regularly, keeping the soil moist",
                "deep, fertile soil", "by cutting the outer stalks first",
                "sauces, salads and fish", "lives for two years and then sets seed"),
    "sage": ("full sun", "lightly, letting the soil dry between waterings",
             "light, well-drained soil", "by picking single leaves as needed",
             "stuffing, butter sauces and beans", "is hardy and keeps its grey leaves"),
    "oregano": ("full sun", "only in long dry spells", "lean, well-drained soil",
                "by cutting the stems just as the flowers open", "pizza, tomato dishes and grills",
                "dies back to a low clump in winter"),
    "chives": ("sun or partial shade", "often in dry weather", "moist, fertile soil",
               "by cutting the leaves close to the ground", "eggs, potatoes and soft cheese",
               "disappears in winter and sprouts again in spring"),
    "dill": ("full sun out of strong wind", "regularly while the seedlings are young",
             "light, well-drained soil", "by cutting the feathery leaves before it flowers",
             "pickles, fish and potato salad", "is an annual sown again each spring"),
    "coriander": ("light shade in the heat of summer", "steadily, so it does not bolt",
                  "moist, fertile soil", "by cutting young leaves every week",
                  "curries, salsas and noodle soups", "is sown again every few weeks"),
    "lavender": ("full sun and heat", "hardly at all once it is established",
                 "poor, chalky, well-drained soil", "by cutting the flower spikes as they open",
                 "biscuits, syrups and honey", "is hardy if the soil stays dry"),
    "lemon balm": ("sun or partial shade", "regularly in summer", "almost any moist soil",
                   "by cutting the stems back hard in midsummer", "tea, fruit salads and cordials",
                   "dies back and returns every spring"),
}
HERB_ASPECTS = ("sun", "water", "soil", "harvest", "kitchen", "winter")
HERB_PROSE: dict[str, tuple[str, ...]] = {
    "sun": ("Grow {h} in {v}.", "The {h} thrives in {v}."),
    "water": ("Water {h} {v}.", "A pot of {h} is watered {v}."),
    "soil": ("The {h} prefers {v}.", "Plant the {h} in {v}."),
    "harvest": ("Harvest {h} {v}.", "Cooks gather {h} {v}."),
    "kitchen": ("In the kitchen, {h} flavours {v}.", "Fresh {h} is used in {v}."),
    "winter": ("In winter the {h} {v}.", "Over the cold months, the {h} {v}."),
}


def herb_corpus(rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for _ in range(5):
        for herb, values in HERBS.items():
            sentences = [rng.choice(HERB_PROSE[a]).format(h=herb, v=v)
                         for a, v in zip(HERB_ASPECTS, values, strict=True)]
            rng.shuffle(sentences)
            rows.append({"text": " ".join(s[0].upper() + s[1:] for s in sentences)})
    rng.shuffle(rows)
    return rows


# --- classification: what a plant-shop customer asks about -------------------------------------

INTENTS: dict[str, tuple[str, ...]] = {
    "water": ("How often should I water my {p}?", "My {p} has soggy soil, did I overwater it?",
              "Should the {p} dry out between drinks?", "Is tap water fine for a {p}?",
              "The leaves of my {p} droop, does it need water?",
              "Can I water a {p} from the bottom?", "How much water does a {p} want in winter?",
              "Do I mist my {p} or water the soil?"),
    "light": ("Where should my {p} stand, by the window or in the corner?",
              "Can a {p} live in a dark hallway?", "Is direct sun too strong for a {p}?",
              "My {p} leans towards the window, why?", "Does a {p} need a grow lamp in winter?",
              "The {p} has pale leaves, is it too dark?", "Will a north window suit a {p}?",
              "Can my {p} sit in full afternoon sun?"),
    "pests": ("There are tiny flies around my {p}, what are they?",
              "I found white fluff on the {p}, is it mealybug?",
              "Spider mites are webbing my {p}, help!", "Sticky drops under my {p}, aphids?",
              "How do I get rid of scale insects on a {p}?",
              "Brown bumps on the stems of my {p}, are those bugs?",
              "Should I spray neem oil on my {p}?", "Thrips keep coming back to my {p}."),
    "repotting": ("When should I move my {p} to a bigger pot?",
                  "Roots are growing out of the bottom of my {p}, repot?",
                  "What size of pot is next for a {p}?", "Can I repot a {p} in winter?",
                  "Should I loosen the root ball when repotting a {p}?",
                  "My {p} is top heavy, does it need a wider pot?",
                  "How often does a {p} need a new pot?",
                  "Do I water a {p} right after repotting?"),
    "pets": ("My cat chewed the {p}, is that dangerous?", "Is a {p} safe around dogs?",
             "Can I keep a {p} in a home with a puppy?", "Is the sap of a {p} toxic to cats?",
             "My rabbit nibbled the {p}, should I worry?",
             "Which is safer for a kitten, a {p} or a fern?",
             "Will a {p} hurt my parrot?", "Is the {p} poisonous for children and pets?"),
}


def intent_rows(rng: random.Random) -> list[dict[str, str]]:
    plants = list(PLANTS)
    rows = []
    for label, templates in INTENTS.items():
        pairs = [(t, p) for t in templates for p in plants]
        rng.shuffle(pairs)
        rows.extend({"text": t.format(p=p), "label": label} for t, p in pairs[:40])
    rng.shuffle(rows)
    return rows


# --- NER: orders at a plant shop ----------------------------------------------------------------

PEOPLE = ("Anna", "Tomas", "Eleni", "Jakub", "Maria", "Petr", "Sofia", "Nikos", "Lucie",
          "Jan Novak", "Dimitra Kostas", "Eva Horakova", "Oskar", "Ingrid", "Maya Santos")
PLACES = ("Brno", "Prague", "Athens", "Ostrava", "Thessaloniki", "Plzen", "Patras", "Olomouc",
          "Uppsala", "Manila", "Novi Sad", "Heraklion", "Cebu City")
SHOPS = ("Green Corner", "Fern and Moss", "Leaf Lab", "Urban Jungle", "The Potting Shed")
NER_TEMPLATES = (
    "{per} bought a {plant} in {loc} .",
    "{per} ordered two {plant} plants from {org} .",
    "The {plant} from {org} arrived in {loc} on Monday .",
    "{per} gave {per2} a {plant} for her birthday .",
    "{org} in {loc} sells the {plant} at a good price .",
    "Yesterday {per} repotted the {plant} she found in {loc} .",
    "A customer in {loc} asked {org} about the {plant} .",
    "{per} and {per2} visited {org} to look at a {plant} .",
    "Is the {plant} that {per} keeps in {loc} still alive ?",
    "{org} shipped a {plant} to {per} in {loc} .",
)


def _tagged(text: str, kind: str) -> list[tuple[str, str]]:
    words = text.split()
    return [(w, ("B-" if i == 0 else "I-") + kind) for i, w in enumerate(words)]


def ner_rows(rng: random.Random, count: int = 220) -> list[dict[str, list[str]]]:
    rows = []
    seen = set()
    while len(rows) < count:
        template = rng.choice(NER_TEMPLATES)
        per, per2 = rng.sample(PEOPLE, 2)
        values = {"per": _tagged(per, "PER"), "per2": _tagged(per2, "PER"),
                  "plant": _tagged(rng.choice(list(PLANTS)), "PLANT"),
                  "loc": _tagged(rng.choice(PLACES), "LOC"),
                  "org": _tagged(rng.choice(SHOPS), "ORG")}
        pairs: list[tuple[str, str]] = []
        for piece in template.split():
            if piece.startswith("{") and piece.endswith("}"):
                pairs.extend(values[piece[1:-1]])
            else:
                pairs.append((piece, "O"))
        key = " ".join(w for w, _ in pairs)
        if key in seen:
            continue
        seen.add(key)
        rows.append({"tokens": [w for w, _ in pairs], "tags": [t for _, t in pairs]})
    return rows


# --- translation: English to Czech ----------------------------------------------------------------

SUBJECTS = (("The fern", "Kapradina"), ("The cactus", "Kaktus"), ("The orchid", "Orchidej"),
            ("The palm", "Palma"), ("The ivy", "Břečťan"), ("The aloe", "Aloe"),
            ("The basil", "Bazalka"), ("The rose", "Růže"), ("The tomato plant", "Rajče"),
            ("The lemon tree", "Citroník"), ("The violet", "Fialka"),
            ("The geranium", "Muškát"))
# Present-tense predicates: in Czech these do not change with the subject's gender.
PREDICATES = (("needs a lot of light", "potřebuje hodně světla"),
              ("needs little water", "potřebuje málo vody"),
              ("needs water every week", "potřebuje vodu každý týden"),
              ("needs a bigger pot", "potřebuje větší květináč"),
              ("needs fresh soil in spring", "potřebuje na jaře čerstvou půdu"),
              ("grows quickly", "roste rychle"), ("grows slowly", "roste pomalu"),
              ("grows well by the window", "roste dobře u okna"),
              ("blooms in spring", "kvete na jaře"), ("blooms in summer", "kvete v létě"),
              ("stands in the kitchen", "stojí v kuchyni"),
              ("stands on the balcony", "stojí na balkóně"),
              ("does not tolerate frost", "nesnáší mráz"),
              ("does not tolerate cold drafts", "nesnáší studený průvan"),
              ("loves the sun", "miluje slunce"),
              ("loves high humidity", "miluje vysokou vlhkost"))


def translation_rows(rng: random.Random) -> list[dict[str, str]]:
    rows = [{"source": f"{en} {pen}.", "target": f"{cs} {pcs}.", "source_lang": "English",
             "target_lang": "Czech"} for en, cs in SUBJECTS for pen, pcs in PREDICATES]
    rng.shuffle(rows)
    return rows


# --- QA: answer from a short care note ---------------------------------------------------------

QA_CONTEXT = {
    "light": "The {p} grows best in {v}.", "water": "Water the {p} {v}.",
    "soil": "Pot the {p} in {v}.", "climate": "Keep the {p} {v}.",
    "pets": "The {p} is {v}.", "propagation": "New {p} plants come from {v}.",
}
QA_QUESTIONS = {
    "light": "What light does the {p} need?", "water": "When should the {p} be watered?",
    "soil": "What should the {p} be potted in?", "climate": "At what temperature should the "
    "{p} be kept?", "pets": "Is the {p} safe for pets?",
    "propagation": "Where do new {p} plants come from?",
}


def qa_rows(rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for plant, values in PLANTS.items():
        facts = dict(zip(ASPECTS, values, strict=True))
        for aspect in ASPECTS:
            others = rng.sample([a for a in ASPECTS if a != aspect], 2)
            chosen = [aspect, *others]
            rng.shuffle(chosen)
            context = " ".join(QA_CONTEXT[a].format(p=plant, v=facts[a]) for a in chosen)
            rows.append({"context": context, "question": QA_QUESTIONS[aspect].format(p=plant),
                         "answer": facts[aspect]})
    rng.shuffle(rows)
    return rows


# --- creative: folk tunes in ABC notation -----------------------------------------------------

TUNE_KINDS = {  # kind: (meter, notes per group, groups per bar, ABC length of a note)
    "jig": ("6/8", 3, 2, ""), "reel": ("4/4", 4, 2, ""), "waltz": ("3/4", 1, 3, "2"),
}
KEYS = {"G": "GABcdefg", "D": "DEFGABcd", "A": "ABcdefga", "C": "CDEFGABc", "F": "FGABcdef"}
ADJECTIVES = ("Green", "Quiet", "Dancing", "Sleepy", "Windy", "Morning", "Crooked", "Silver",
              "Rainy", "Humble")
NOUNS = ("Fern", "Orchid", "Window", "Greenhouse", "Cactus", "Watering Can", "Ivy", "Seedling",
         "Trellis", "Compost Heap")


def tune(rng: random.Random, kind: str, key: str, title: str) -> str:
    """Eight bars in two repeated phrases: a random walk on the key's scale, each phrase
    ending on the tonic."""
    meter, group, groups, length = TUNE_KINDS[kind]
    scale = KEYS[key]
    degree = 0
    bars = []
    for index in range(8):
        notes = []
        for _ in range(group * groups):
            notes.append(scale[degree])
            degree = min(len(scale) - 1, max(0, degree + rng.choice((-2, -1, -1, 1, 1, 2))))
        if index in (3, 7):
            notes[-1], degree = scale[0], 0
        cells = [n + length for n in notes]
        bars.append(" ".join("".join(cells[i: i + group]) for i in range(0, len(cells), group)))
    body = f"|: {' | '.join(bars[:4])} :|\n|: {' | '.join(bars[4:])} :|"
    return f"X:1\nT:{title}\nM:{meter}\nL:1/8\nK:{key}\n{body}"


def tune_rows(rng: random.Random, count: int = 120) -> list[dict]:
    rows, titles = [], set()
    moods = {"jig": "lively", "reel": "fast", "waltz": "gentle"}
    while len(rows) < count:
        title = f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
        kind, key = rng.choice(list(TUNE_KINDS)), rng.choice(list(KEYS))
        if (title, kind) in titles:
            continue
        titles.add((title, kind))
        prompt = f"Write a {moods[kind]} {kind} in {key} major called \"{title}\"."
        rows.append({"messages": [{"role": "user", "content": prompt},
                                  {"role": "assistant", "content": tune(rng, kind, key, title)}]})
    return rows


# --- writing ------------------------------------------------------------------------------------

def write_jsonl(name: str, rows: list[dict]) -> None:
    with open(SAMPLES / name, "w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)} rows")


def example_yaml(scenario: str) -> str:
    """The settings a user would edit, in the layout of demo-lora.yaml; the rest are defaults."""
    import yaml

    preset = presets.PRESETS[scenario]
    config = presets.config_for(scenario, model="demo", data_path=f"../samples/{preset.sample}")
    d, lo, t = config.data, config.lora, config.train
    layout = {
        "model": config.model, "method": config.method, "name": config.name,
        "scenario": config.scenario, "head": config.head, "merge": config.merge,
        "data": {"path": d.path, "format": d.format, "validation_split": d.validation_split,
                 "max_length": d.max_length, "loss_on": d.loss_on},
        "lora": {"rank": lo.rank, "alpha": lo.alpha, "dropout": lo.dropout},
        "train": {"max_steps": t.max_steps, "batch_size": t.batch_size,
                  "learning_rate": t.learning_rate, "warmup_ratio": t.warmup_ratio,
                  "seed": t.seed, "save_every": t.save_every},
    }
    header = (f"# {preset.label}, on the bundled demo model ({preset.sample}).\n"
              f"# Data: {preset.notes}.\n"
              f"# Metric: {', '.join(preset.metrics)}.\n"
              "# Written by tools/make_scenario_data.py from desktop_ft/core/presets.py.\n"
              f"# Run: desktop-ft train resources/examples/{scenario}.yaml, then "
              "desktop-ft eval RUN\n")
    return header + yaml.safe_dump(layout, sort_keys=False, allow_unicode=True)


def write_examples() -> None:
    for scenario in presets.PRESETS:
        (EXAMPLES / f"{scenario}.yaml").write_text(example_yaml(scenario), encoding="utf-8",
                                                   newline="\n")
    print(f"{len(presets.PRESETS)} example configs written to {EXAMPLES}")


def main() -> None:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    write_jsonl("herb-garden-corpus.jsonl", herb_corpus(random.Random(11)))
    write_jsonl("plant-questions-intent.jsonl", intent_rows(random.Random(12)))
    write_jsonl("plant-shop-ner.jsonl", ner_rows(random.Random(13)))
    write_jsonl("plants-en-cs.jsonl", translation_rows(random.Random(14)))
    write_jsonl("plant-care-qa.jsonl", qa_rows(random.Random(15)))
    write_jsonl("folk-tunes-abc.jsonl", tune_rows(random.Random(16)))
    write_examples()


if __name__ == "__main__":
    main()
