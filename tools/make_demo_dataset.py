"""Write the bundled demo data: a chat dataset and a prose corpus about caring for houseplants.

Both files in resources/samples/ are generated from the facts below, deterministically, so they
can be reviewed as text and regenerated after an edit: `python tools/make_demo_dataset.py`.
The prose corpus pre-trains the demo base model (so it knows the words and facts); the chat set
fine-tunes it into an assistant that answers questions about them.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

# name: (light, water, soil, climate, pets, propagation)
PLANTS: dict[str, tuple[str, str, str, str, str, str]] = {
    "snake plant": ("bright indirect light, though it also copes with low light",
                    "every two to three weeks, letting the soil dry out completely",
                    "a fast-draining cactus mix", "between 15 and 29 degrees Celsius",
                    "mildly toxic to cats and dogs", "leaf cuttings or dividing the rhizome"),
    "pothos": ("medium to bright indirect light", "when the top third of the soil is dry",
               "a light potting mix with perlite", "between 18 and 29 degrees Celsius",
               "toxic to cats and dogs", "stem cuttings rooted in water"),
    "peace lily": ("low to medium indirect light", "once a week, when the leaves start to droop",
                   "a rich, moist potting mix", "between 18 and 27 degrees Celsius",
                   "toxic to cats and dogs", "dividing the clump in spring"),
    "spider plant": ("bright indirect light", "once a week, keeping the soil lightly moist",
                     "a general potting mix", "between 13 and 27 degrees Celsius",
                     "safe for cats and dogs", "the small plantlets on its runners"),
    "monstera": ("bright indirect light", "every one to two weeks, when the top half is dry",
                 "a chunky mix with bark and perlite", "between 18 and 30 degrees Celsius",
                 "toxic to cats and dogs", "stem cuttings with a node and an aerial root"),
    "rubber plant": ("bright indirect light", "when the top few centimetres of soil are dry",
                     "a well-draining potting mix", "between 16 and 27 degrees Celsius",
                     "mildly toxic to cats and dogs", "stem cuttings or air layering"),
    "zz plant": ("low to bright indirect light", "every two to three weeks, sparingly",
                 "a fast-draining cactus mix", "between 15 and 26 degrees Celsius",
                 "toxic to cats and dogs", "leaf cuttings or dividing the rhizomes"),
    "fiddle leaf fig": ("bright, filtered light near a window",
                        "once a week, when the top five centimetres are dry",
                        "a well-draining mix with bark", "between 18 and 26 degrees Celsius",
                        "toxic to cats and dogs", "stem cuttings or air layering"),
    "aloe vera": ("bright direct or indirect light", "every three weeks, soaking then drying",
                  "a sandy cactus mix", "between 13 and 27 degrees Celsius",
                  "toxic to cats and dogs", "offsets that grow at its base"),
    "boston fern": ("bright indirect light", "often, keeping the soil evenly moist",
                    "a peat-rich potting mix", "between 16 and 24 degrees Celsius with humidity",
                    "safe for cats and dogs", "dividing the root ball"),
    "calathea": ("medium indirect light, away from direct sun",
                 "once a week with rain or filtered water", "a moist, airy potting mix",
                 "between 18 and 27 degrees Celsius with high humidity",
                 "safe for cats and dogs", "dividing the plant at repotting"),
    "jade plant": ("bright light with some direct sun", "every two to three weeks, when dry",
                   "a gritty succulent mix", "between 13 and 24 degrees Celsius",
                   "toxic to cats and dogs", "leaf or stem cuttings left to callus"),
    "english ivy": ("bright indirect light", "when the top of the soil feels dry",
                    "a general potting mix", "between 10 and 21 degrees Celsius",
                    "toxic to cats and dogs", "stem cuttings in water or soil"),
    "chinese money plant": ("bright indirect light", "once a week, when the soil is dry",
                            "a well-draining potting mix", "between 13 and 27 degrees Celsius",
                            "safe for cats and dogs", "the pups that sprout around its stem"),
    "philodendron": ("medium to bright indirect light", "when the top third of the soil is dry",
                     "a loose potting mix with bark", "between 18 and 29 degrees Celsius",
                     "toxic to cats and dogs", "stem cuttings below a node"),
    "string of pearls": ("bright indirect light with a little morning sun",
                         "every two weeks, lightly", "a sandy succulent mix",
                         "between 16 and 27 degrees Celsius", "toxic to cats and dogs",
                         "strands laid on top of moist soil"),
    "areca palm": ("bright indirect light", "when the top of the soil is just dry",
                   "a peat-based potting mix", "between 18 and 27 degrees Celsius",
                   "safe for cats and dogs", "dividing the clustered stems"),
    "dracaena": ("medium indirect light", "every ten days, with filtered water",
                 "a well-draining potting mix", "between 16 and 24 degrees Celsius",
                 "toxic to cats and dogs", "cane or top cuttings"),
    "orchid": ("bright indirect light from an east window", "once a week by soaking the bark",
               "a coarse orchid bark mix", "between 18 and 27 degrees Celsius",
               "safe for cats and dogs", "keikis, the baby plants on its flower spike"),
    "prayer plant": ("low to medium indirect light", "once a week, keeping the soil moist",
                     "a peat-rich potting mix", "between 18 and 27 degrees Celsius with humidity",
                     "safe for cats and dogs", "stem cuttings or division"),
    "cast iron plant": ("low light, out of direct sun", "every two weeks, when the soil is dry",
                        "a general potting mix", "between 7 and 29 degrees Celsius",
                        "safe for cats and dogs", "dividing the rhizomes"),
    "bird of paradise": ("bright light with some direct sun",
                         "once a week in summer, less in winter",
                         "a rich, well-draining mix", "between 18 and 30 degrees Celsius",
                         "mildly toxic to cats and dogs", "dividing mature clumps"),
    "hoya": ("bright indirect light", "every two weeks, when the soil is completely dry",
             "a chunky mix with orchid bark", "between 16 and 27 degrees Celsius",
             "safe for cats and dogs", "stem cuttings with two nodes"),
    "croton": ("bright light with a few hours of sun", "when the top of the soil is dry",
               "a rich, well-draining potting mix", "between 18 and 27 degrees Celsius",
               "toxic to cats and dogs", "stem cuttings in warm conditions"),
}

ASPECTS = ("light", "water", "soil", "climate", "pets", "propagation")

QUESTIONS: dict[str, tuple[str, ...]] = {
    "light": ("How much light does a {p} need?", "Where should I put my {p}?",
              "What light is best for a {p}?"),
    "water": ("How often should I water a {p}?", "When do I water my {p}?",
              "How much water does a {p} need?"),
    "soil": ("What soil should I use for a {p}?", "Which potting mix suits a {p}?",
             "What do I plant a {p} in?"),
    "climate": ("What temperature does a {p} like?", "How warm should a {p} be kept?",
                "What climate suits a {p}?"),
    "pets": ("Is a {p} safe for pets?", "Is a {p} toxic to cats?",
             "Can I keep a {p} with my dog?"),
    "propagation": ("How do I propagate a {p}?", "How can I grow a new {p}?",
                    "What is the best way to multiply a {p}?"),
}

ANSWERS: dict[str, str] = {
    "light": "A {p} grows best in {v}.",
    "water": "Water a {p} {v}.",
    "soil": "Plant a {p} in {v}.",
    "climate": "Keep a {p} {v}.",
    "pets": "A {p} is {v}.",
    "propagation": "You can propagate a {p} by {v}.",
}

PROSE: dict[str, tuple[str, ...]] = {
    "light": ("The {p} grows best in {v}.", "Give the {p} {v}."),
    "water": ("Water the {p} {v}.", "A healthy {p} is watered {v}."),
    "soil": ("The {p} likes {v}.", "Pot the {p} in {v}."),
    "climate": ("The {p} is happiest {v}.", "Keep the {p} {v}."),
    "pets": ("The {p} is {v}.", "Pet owners should know the {p} is {v}."),
    "propagation": ("New {p} plants come from {v}.", "Propagate the {p} by {v}."),
}

SYSTEM = "You are a friendly assistant who knows how to care for houseplants."


def chat_examples(rng: random.Random) -> list[dict]:
    rows = []
    for plant, values in PLANTS.items():
        for aspect, value in zip(ASPECTS, values, strict=True):
            answer = ANSWERS[aspect].format(p=plant, v=value)
            for question in QUESTIONS[aspect][:2]:
                rows.append({"messages": [
                    {"role": "user", "content": question.format(p=plant)},
                    {"role": "assistant", "content": answer[0].upper() + answer[1:]},
                ]})
    rng.shuffle(rows)
    return rows


def prose_corpus(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(6):
        for plant, values in PLANTS.items():
            sentences = [rng.choice(PROSE[a]).format(p=plant, v=v)
                         for a, v in zip(ASPECTS, values, strict=True)]
            rng.shuffle(sentences)
            paragraphs.append(" ".join(s[0].upper() + s[1:] for s in sentences))
    rng.shuffle(paragraphs)
    return "\n\n".join(paragraphs) + "\n"


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "resources" / "samples"
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261122)
    rows = chat_examples(rng)
    with open(out / "houseplants-chat.jsonl", "w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "houseplants-corpus.txt").write_text(prose_corpus(rng), encoding="utf-8", newline="\n")
    print(f"{len(rows)} chat examples, corpus written to {out}")


if __name__ == "__main__":
    main()
