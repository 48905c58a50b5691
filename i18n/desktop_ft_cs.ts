<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>ChatPanel</name>
    <message>
        <source>The answer appears here as it is written.</source>
        <translation>Odpověď se zde zobrazuje průběžně, jak vzniká.</translation>
    </message>
    <message>
        <source>About this answer</source>
        <translation>O této odpovědi</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Co dělat: {0}</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Načítám model…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Píšu…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zastaveno.</translation>
    </message>
    <message>
        <source>ONNX Runtime</source>
        <translation>ONNX Runtime</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>stopped at the end token</source>
        <translation>zastaveno na koncovém tokenu</translation>
    </message>
    <message>
        <source>hit the token limit</source>
        <translation>dosažen limit tokenů</translation>
    </message>
    <message>
        <source>{0} · {1} tokens · {2} tokens/s · {3}</source>
        <translation>{0} · {1} tokenů · {2} tokenů/s · {3}</translation>
    </message>
    <message>
        <source>No answer: {0}</source>
        <translation>Žádná odpověď: {0}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Command line:</source>
        <translation>Příkazový řádek:</translation>
    </message>
    <message>
        <source>Equivalent command line</source>
        <translation>Odpovídající příkaz</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Zkopírovat příkaz</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The examples the model learns from. Each one is shown as the model will see it, rendered with its chat template; the highlighted part is what it learns to answer. Problems name the line and field to fix.</source>
        <translation>Příklady, ze kterých se model učí. Každý je zobrazen tak, jak ho model uvidí, vykreslený jeho šablonou chatu; zvýrazněná část je to, co se učí odpovídat. Problémy uvádějí řádek a pole, které je třeba opravit.</translation>
    </message>
    <message>
        <source>Dataset file:</source>
        <translation>Soubor datové sady:</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Soubor datové sady</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otevřít…</translation>
    </message>
    <message>
        <source>Open a dataset file</source>
        <translation>Otevřít soubor datové sady</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Zkontrolovat znovu</translation>
    </message>
    <message>
        <source>Check the dataset again</source>
        <translation>Znovu zkontrolovat datovou sadu</translation>
    </message>
    <message>
        <source>Dataset format</source>
        <translation>Formát datové sady</translation>
    </message>
    <message>
        <source>How the rows are read. Automatic looks at the fields of the first row.</source>
        <translation>Jak se čtou řádky. Automaticky se řídí poli prvního řádku.</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Zjištěný formát</translation>
    </message>
    <message>
        <source>Maximum length in tokens</source>
        <translation>Maximální délka v tokenech</translation>
    </message>
    <message>
        <source>Longer examples are cut to this many tokens.</source>
        <translation>Delší příklady se oříznou na tento počet tokenů.</translation>
    </message>
    <message>
        <source>the answers only</source>
        <translation>pouze odpovědi</translation>
    </message>
    <message>
        <source>every token</source>
        <translation>každý token</translation>
    </message>
    <message>
        <source>Tokens the model learns from</source>
        <translation>Tokeny, ze kterých se model učí</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Zjištěno:</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Maximální délka:</translation>
    </message>
    <message>
        <source>Learn from:</source>
        <translation>Učit se z:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Which column of your file holds each field the format needs.</source>
        <translation>Který sloupec vašeho souboru obsahuje každé pole, které formát potřebuje.</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Stav kontroly</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Co vidí model</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémy</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Sloupce:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeny</translation>
    </message>
    <message>
        <source>Rendered with the chat template</source>
        <translation>Vykresleno šablonou chatu</translation>
    </message>
    <message>
        <source>Examples as the model sees them</source>
        <translation>Příklady tak, jak je vidí model</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Vybraný příklad</translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>Vyberte příklad a uvidíte ho celý.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;highlighted&amp;nbsp;&lt;/span&gt;: the tokens the model learns to write.</source>
        <translation>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;zvýrazněné&amp;nbsp;&lt;/span&gt;: tokeny, které se model učí psát.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Přečtené řádky:</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Řádky s problémy:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicity:</translation>
    </message>
    <message>
        <source>Examples trained:</source>
        <translation>Trénované příklady:</translation>
    </message>
    <message>
        <source>Skipped (no answer left):</source>
        <translation>Přeskočeno (nezbyla odpověď):</translation>
    </message>
    <message>
        <source>Cut at the maximum length:</source>
        <translation>Oříznuto na maximální délku:</translation>
    </message>
    <message>
        <source>Tokens per example:</source>
        <translation>Tokenů na příklad:</translation>
    </message>
    <message>
        <source>Trained tokens:</source>
        <translation>Trénované tokeny:</translation>
    </message>
    <message>
        <source>Token lengths</source>
        <translation>Délky v tokenech</translation>
    </message>
    <message>
        <source>tokens per example</source>
        <translation>tokenů na příklad</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>příklady</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Problems in the dataset</source>
        <translation>Problémy v datové sadě</translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation>Vybraný problém</translation>
    </message>
    <message>
        <source>Click a problem to see the row and what to do.</source>
        <translation>Klikněte na problém a uvidíte řádek a co dělat.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaticky</translation>
    </message>
    <message>
        <source>chat (messages)</source>
        <translation>chat (zprávy)</translation>
    </message>
    <message>
        <source>ShareGPT (conversations)</source>
        <translation>ShareGPT (konverzace)</translation>
    </message>
    <message>
        <source>instruction (Alpaca)</source>
        <translation>instrukce (Alpaca)</translation>
    </message>
    <message>
        <source>prompt and response</source>
        <translation>prompt a odpověď</translation>
    </message>
    <message>
        <source>raw text</source>
        <translation>prostý text</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>klasifikace</translation>
    </message>
    <message>
        <source>named entities</source>
        <translation>pojmenované entity</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>překlad</translation>
    </message>
    <message>
        <source>questions and answers</source>
        <translation>otázky a odpovědi</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Kontroluji {0}…</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <translation>Otevřít datovou sadu</translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.json *.csv *.parquet);;All files (*)</source>
        <translation>Datové sady (*.jsonl *.json *.csv *.parquet);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>Kontrola selhala: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>The file cannot be read. See Problems.</source>
        <translation>Soubor nelze přečíst. Viz Problémy.</translation>
    </message>
    <message>
        <source>The format is unknown. Choose it above, then map the columns.</source>
        <translation>Formát je neznámý. Zvolte ho výše a potom přiřaďte sloupce.</translation>
    </message>
    <message numerus="yes">
        <source>Rows with problems: %n. Training stops at the first one, so fix them first (see Problems).</source>
        <translation>
            <numerusform>Řádků s problémy: %n. Trénování se zastaví na prvním z nich, proto je nejprve opravte (viz Problémy).</numerusform>
            <numerusform>Řádků s problémy: %n. Trénování se zastaví na prvním z nich, proto je nejprve opravte (viz Problémy).</numerusform>
            <numerusform>Řádků s problémy: %n. Trénování se zastaví na prvním z nich, proto je nejprve opravte (viz Problémy).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows read: %n. No problems found.</source>
        <translation>
            <numerusform>Přečteno řádků: %n. Nebyly nalezeny žádné problémy.</numerusform>
            <numerusform>Přečteno řádků: %n. Nebyly nalezeny žádné problémy.</numerusform>
            <numerusform>Přečteno řádků: %n. Nebyly nalezeny žádné problémy.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token statistics: {0}</source>
        <translation>Žádné statistiky tokenů: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problémy (%n)</numerusform>
            <numerusform>Problémy (%n)</numerusform>
            <numerusform>Problémy (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column for {0}</source>
        <translation>Sloupec pro {0}</translation>
    </message>
    <message>
        <source>The column of your file that holds {0}</source>
        <translation>Sloupec vašeho souboru, který obsahuje {0}</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(chybí)</translation>
    </message>
    <message>
        <source>(none needed)</source>
        <translation>(není potřeba)</translation>
    </message>
    <message>
        <source>{0} (longer than {1} tokens)</source>
        <translation>{0} (delší než {1} tokenů)</translation>
    </message>
    <message>
        <source>min {0}, median {1}, 95% {2}, max {3}</source>
        <translation>min. {0}, medián {1}, 95 % {2}, max. {3}</translation>
    </message>
    <message>
        <source>max length</source>
        <translation>max. délka</translation>
    </message>
    <message>
        <source>Longer than the maximum length: it will be cut.</source>
        <translation>Delší než maximální délka: bude oříznut.</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicita</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Co dělat: {0}</translation>
    </message>
    <message>
        <source>The row as read:</source>
        <translation>Řádek, jak byl přečten:</translation>
    </message>
</context>
<context>
    <name>DistributedPanel</name>
    <message>
        <source>Several processes (GPUs or machines)</source>
        <translation>Více procesů (GPU nebo počítače)</translation>
    </message>
    <message>
        <source>One process</source>
        <translation>Jeden proces</translation>
    </message>
    <message>
        <source>ZeRO-1: split optimizer</source>
        <translation>ZeRO-1: rozdělit optimalizátor</translation>
    </message>
    <message>
        <source>ZeRO-2: split optimizer and gradients</source>
        <translation>ZeRO-2: rozdělit optimalizátor a gradienty</translation>
    </message>
    <message>
        <source>ZeRO-3: split everything</source>
        <translation>ZeRO-3: rozdělit vše</translation>
    </message>
    <message>
        <source>FSDP: split everything (GPUs)</source>
        <translation>FSDP: rozdělit vše (GPU)</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategie:</translation>
    </message>
    <message>
        <source>Processes per machine:</source>
        <translation>Procesů na počítač:</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>Počítače:</translation>
    </message>
    <message>
        <source>Optimizer in CPU memory</source>
        <translation>Optimalizátor v paměti CPU</translation>
    </message>
    <message>
        <source>Parameters in CPU memory</source>
        <translation>Parametry v paměti CPU</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>Zobrazit příkaz</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy the command and the configuration</source>
        <translation>Zkopírovat příkaz a konfiguraci</translation>
    </message>
    <message>
        <source>Estimated peak memory per device: {0} ({1})</source>
        <translation>Odhadovaná špičková paměť na zařízení: {0} ({1})</translation>
    </message>
    <message>
        <source># on every machine, RUN_DIR being the run folder (without a GPU, first: export DS_ACCELERATOR=cpu):</source>
        <translation># na každém počítači, kde RUN_DIR je složka běhu (bez GPU nejprve: export DS_ACCELERATOR=cpu):</translation>
    </message>
    <message>
        <source># RUN_DIR/deepspeed.json:</source>
        <translation># RUN_DIR/deepspeed.json:</translation>
    </message>
    <message>
        <source># FSDP settings (Trainer):</source>
        <translation># nastavení FSDP (Trainer):</translation>
    </message>
    <message>
        <source># global batch: {0}; the whole run to take elsewhere: desktop-ft train CONFIG.yaml --emit-launch DIR</source>
        <translation># globální dávka: {0}; celý běh k přenesení jinam: desktop-ft train CONFIG.yaml --emit-launch DIR</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Evaluate &amp; chat</source>
        <translation>Vyhodnocení a chat</translation>
    </message>
    <message>
        <source>Ask the model before and after fine-tuning the same question, and see the run&apos;s scores. The answers are written as they are generated.</source>
        <translation>Položte modelu před jemným doladěním a po něm stejnou otázku a prohlédněte si skóre běhu. Odpovědi se vypisují průběžně, jak vznikají.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Běh:</translation>
    </message>
    <message>
        <source>Run to evaluate</source>
        <translation>Běh k vyhodnocení</translation>
    </message>
    <message>
        <source>Prompt for both models</source>
        <translation>Prompt pro oba modely</translation>
    </message>
    <message>
        <source>Type a question for both models…</source>
        <translation>Napište otázku pro oba modely…</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokeny:</translation>
    </message>
    <message>
        <source>Most tokens per answer</source>
        <translation>Nejvýše tokenů na odpověď</translation>
    </message>
    <message>
        <source>The most tokens each answer may have.</source>
        <translation>Nejvyšší počet tokenů, který může mít každá odpověď.</translation>
    </message>
    <message>
        <source>&amp;Ask both</source>
        <translation>&amp;Zeptat se obou</translation>
    </message>
    <message>
        <source>Ask both models</source>
        <translation>Zeptat se obou modelů</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Zas&amp;tavit</translation>
    </message>
    <message>
        <source>Stop both answers</source>
        <translation>Zastavit obě odpovědi</translation>
    </message>
    <message>
        <source>Before: the base model</source>
        <translation>Před: základní model</translation>
    </message>
    <message>
        <source>After: your fine-tuned model</source>
        <translation>Po: váš doladěný model</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>&amp;Score the run</source>
        <translation>&amp;Ohodnotit běh</translation>
    </message>
    <message>
        <source>Score the run, base against fine-tuned</source>
        <translation>Ohodnotit běh: základní proti doladěnému</translation>
    </message>
    <message>
        <source>Measure the scenario&apos;s metric on the held-out rows for both models (writes eval.json).</source>
        <translation>Změřit metriku scénáře na odložených řádcích pro oba modely (zapíše eval.json).</translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation>Průběh hodnocení</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Měřítko</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Základní</translation>
    </message>
    <message>
        <source>Fine-tuned</source>
        <translation>Doladěný</translation>
    </message>
    <message>
        <source>Scores of the run</source>
        <translation>Skóre běhu</translation>
    </message>
    <message>
        <source>No trained run yet. Train one on the Train page.</source>
        <translation>Zatím žádný natrénovaný běh. Natrénujte ho na stránce Trénování.</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>Během trénování</translation>
    </message>
    <message>
        <source>Last eval loss (step {0})</source>
        <translation>Poslední validační ztráta (krok {0})</translation>
    </message>
    <message>
        <source>Best eval loss (step {0})</source>
        <translation>Nejlepší validační ztráta (krok {0})</translation>
    </message>
    <message>
        <source>Perplexity at the last eval</source>
        <translation>Perplexita při posledním vyhodnocení</translation>
    </message>
    <message>
        <source>Scored on {0} held-out rows ({1}).</source>
        <translation>Ohodnoceno na {0} odložených řádcích ({1}).</translation>
    </message>
    <message>
        <source>Not scored yet: Score the run measures its scenario&apos;s metric for both models.</source>
        <translation>Zatím neohodnoceno: Ohodnotit běh změří metriku jeho scénáře pro oba modely.</translation>
    </message>
    <message>
        <source>Scenario: {0}</source>
        <translation>Scénář: {0}</translation>
    </message>
    <message>
        <source>The metric this scenario is judged by.</source>
        <translation>Metrika, podle které se tento scénář posuzuje.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Ukázky</translation>
    </message>
    <message>
        <source>Expected: {0}</source>
        <translation>Očekáváno: {0}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export a trained run to ONNX for CPUs, GPUs and edge devices. Every export is checked against the trained model, and you can talk to it before you ship it.</source>
        <translation>Exportujte natrénovaný běh do ONNX pro CPU, GPU a edge zařízení. Každý export se porovná s natrénovaným modelem a než ho nasadíte, můžete si s ním popovídat.</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Nastavení exportu</translation>
    </message>
    <message>
        <source>Run to export</source>
        <translation>Běh k exportu</translation>
    </message>
    <message>
        <source>Runs that finished training.</source>
        <translation>Běhy, které dokončily trénování.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Přesnost</translation>
    </message>
    <message>
        <source>fp32 (exact, largest)</source>
        <translation>fp32 (přesné, největší)</translation>
    </message>
    <message>
        <source>fp16 (half size, for GPUs)</source>
        <translation>fp16 (poloviční velikost, pro GPU)</translation>
    </message>
    <message>
        <source>int8 (quarter size)</source>
        <translation>int8 (čtvrtinová velikost)</translation>
    </message>
    <message>
        <source>int4 (smallest, fastest on CPU)</source>
        <translation>int4 (nejmenší, nejrychlejší na CPU)</translation>
    </message>
    <message>
        <source>Target device</source>
        <translation>Cílové zařízení</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <source>Windows GPU (DirectML)</source>
        <translation>GPU ve Windows (DirectML)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Velikost bloku</translation>
    </message>
    <message>
        <source>Weights quantized together. Smaller blocks are more accurate and a little larger.</source>
        <translation>Váhy kvantizované společně. Menší bloky jsou přesnější a o něco větší.</translation>
    </message>
    <message>
        <source>Accuracy level</source>
        <translation>Úroveň přesnosti</translation>
    </message>
    <message>
        <source>Compute type of quantized matrix products. 4 (int8) is the fastest on CPUs.</source>
        <translation>Výpočetní typ kvantizovaných maticových součinů. 4 (int8) je na CPU nejrychlejší.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Běh:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Přesnost:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cíl:</translation>
    </message>
    <message>
        <source>Block size:</source>
        <translation>Velikost bloku:</translation>
    </message>
    <message>
        <source>Accuracy level:</source>
        <translation>Úroveň přesnosti:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportovat</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Exportovat běh</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Zas&amp;tavit</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Zastavit export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Průběh exportu</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Stav exportu</translation>
    </message>
    <message>
        <source>Exports of this run:</source>
        <translation>Exporty tohoto běhu:</translation>
    </message>
    <message>
        <source>Exports of this run</source>
        <translation>Exporty tohoto běhu</translation>
    </message>
    <message>
        <source>Prompt for the exported model</source>
        <translation>Prompt pro exportovaný model</translation>
    </message>
    <message>
        <source>Ask the exported model something…</source>
        <translation>Zeptejte se na něco exportovaného modelu…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Zeptat se</translation>
    </message>
    <message>
        <source>Ask the exported model</source>
        <translation>Zeptat se exportovaného modelu</translation>
    </message>
    <message>
        <source>The exported model answers</source>
        <translation>Exportovaný model odpovídá</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Zpráva o shodě</translation>
    </message>
    <message>
        <source>Try the export</source>
        <translation>Vyzkoušet export</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>spouštím…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>Zastavuji; nic nebude zapsáno…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Zastaveno. Nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exportováno do {0}</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>Exportuji {0}…</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>Export selhal: {0}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>The processor, memory and accelerators found on this machine. The recommendations and memory estimates of the next steps are made for them.</source>
        <translation>Procesor, paměť a akcelerátory nalezené v tomto počítači. Doporučení a odhady paměti v dalších krocích se počítají právě pro ně.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Detected hardware</source>
        <translation>Zjištěný hardware</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Zjistit znovu</translation>
    </message>
    <message>
        <source>Detect the hardware again</source>
        <translation>Znovu zjistit hardware</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Zjišťuji…</translation>
    </message>
    <message>
        <source>Hardware detection failed: {0}</source>
        <translation>Zjištění hardwaru selhalo: {0}</translation>
    </message>
    <message>
        <source>Detection stopped.</source>
        <translation>Zjišťování bylo zastaveno.</translation>
    </message>
    <message>
        <source>Hardware detection unavailable in this build.</source>
        <translation>Zjišťování hardwaru není v tomto sestavení k dispozici.</translation>
    </message>
    <message>
        <source>An NVIDIA GPU is present, but the installed PyTorch ({0}) is a CPU build: training runs on the CPU.</source>
        <translation>Je přítomna GPU NVIDIA, ale nainstalovaný PyTorch ({0}) je sestavení pro CPU: trénování poběží na CPU.</translation>
    </message>
    <message>
        <source>The NVIDIA driver ({0}) is too old for the installed PyTorch ({1}): training runs on the CPU.</source>
        <translation>Ovladač NVIDIA ({0}) je pro nainstalovaný PyTorch ({1}) příliš starý: trénování poběží na CPU.</translation>
    </message>
    <message>
        <source>PyTorch is not installed or does not load, so training cannot start.</source>
        <translation>PyTorch není nainstalován nebo se nenačte, takže trénování nelze spustit.</translation>
    </message>
    <message>
        <source>This is the CPU build of Desktop FT. To train on the GPU, install its GPU build, or install Desktop FT with pip (see the README).</source>
        <translation>Toto je sestavení Desktop FT pro CPU. Chcete-li trénovat na GPU, nainstalujte sestavení pro GPU nebo nainstalujte Desktop FT pomocí pip (viz README).</translation>
    </message>
    <message>
        <source>Install the matching PyTorch build, then restart Desktop FT:</source>
        <translation>Nainstalujte odpovídající sestavení PyTorch a poté Desktop FT restartujte:</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver to version {0} or newer.</source>
        <translation>Aktualizujte ovladač NVIDIA na verzi {0} nebo novější.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n GPU(s) that PyTorch cannot use yet: {0}.</source>
        <translation>
            <numerusform>Nalezena %n GPU, kterou PyTorch zatím nemůže použít: {0}.</numerusform>
            <numerusform>Nalezeny %n GPU, které PyTorch zatím nemůže použít: {0}.</numerusform>
            <numerusform>Nalezeno %n GPU, které PyTorch zatím nemůže použít: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training can use %n GPU(s): {0}.</source>
        <translation>
            <numerusform>Trénování může využít %n GPU: {0}.</numerusform>
            <numerusform>Trénování může využít %n GPU: {0}.</numerusform>
            <numerusform>Trénování může využít %n GPU: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GPU found: training runs on the CPU (fine for the demo and small models).</source>
        <translation>Nebyla nalezena žádná GPU: trénování poběží na CPU (pro demo a malé modely to stačí).</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Jádra</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Vlákna</translation>
    </message>
    <message>
        <source>Instruction sets</source>
        <translation>Instrukční sady</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Paměť</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation>Výpočetní schopnost (compute capability)</translation>
    </message>
    <message>
        <source>ONNX Runtime providers</source>
        <translation>Poskytovatelé ONNX Runtime</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Akcelerátory</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operační systém</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektura</translation>
    </message>
    <message>
        <source>Measured speed</source>
        <translation>Naměřená rychlost</translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation>Dostupná paměť</translation>
    </message>
    <message>
        <source>Memory free</source>
        <translation>Volná paměť</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Volné místo na disku</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Složka běhů</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Propojení</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Ovladač</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>Nezjištěno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>{0} GFLOP/s (fp32 matmul)</source>
        <translation>{0} GFLOP/s (násobení matic fp32)</translation>
    </message>
    <message>
        <source>not measured (press Detect again)</source>
        <translation>neměřeno (stiskněte Zjistit znovu)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No lengths to show yet.</source>
        <translation>Zatím nejsou k dispozici žádné délky.</translation>
    </message>
</context>
<context>
    <name>HostedDialog</name>
    <message>
        <source>Fine-tune at a hosted service</source>
        <translation>Jemné doladění v hostované službě</translation>
    </message>
    <message>
        <source>Your dataset is converted to the service&apos;s chat format and checked against its rules. Nothing is uploaded until you confirm; the service bills the training tokens.</source>
        <translation>Vaše datová sada se převede do formátu chatu dané služby a zkontroluje se podle jejích pravidel. Nic se nenahraje, dokud to nepotvrdíte; služba účtuje trénovací tokeny.</translation>
    </message>
    <message>
        <source>Azure AI Foundry / Azure OpenAI</source>
        <translation>Azure AI Foundry / Azure OpenAI</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Koncový bod</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klíč API</translation>
    </message>
    <message>
        <source>Base model at the service</source>
        <translation>Základní model ve službě</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Služba:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Koncový bod:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Klíč API:</translation>
    </message>
    <message>
        <source>Base &amp;model:</source>
        <translation>Základní &amp;model:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Zkontrolovat &amp;znovu</translation>
    </message>
    <message>
        <source>Converted data and cost estimate</source>
        <translation>Převedená data a odhad ceny</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Problémy nalezené v datech</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <source>&amp;Confirm and upload</source>
        <translation>&amp;Potvrdit a nahrát</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problémy:</translation>
    </message>
    <message>
        <source>Converting and checking the dataset…</source>
        <translation>Převádím a kontroluji datovou sadu…</translation>
    </message>
    <message>
        <source>The dataset cannot be prepared: {0}</source>
        <translation>Datovou sadu nelze připravit: {0}</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>uloženo v systémové klíčence</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>vložte klíč</translation>
    </message>
    <message>
        <source>Dataset: {0} ({1})</source>
        <translation>Datová sada: {0} ({1})</translation>
    </message>
    <message>
        <source>Converted: {0} training and {1} validation examples, chat JSONL</source>
        <translation>Převedeno: {0} trénovacích a {1} validačních příkladů, chat JSONL</translation>
    </message>
    <message>
        <source>Tokens per epoch: about {0} (largest example {1}; the service trains on up to {2} per example)</source>
        <translation>Tokenů na epochu: asi {0} (největší příklad {1}; služba trénuje nejvýše {2} na příklad)</translation>
    </message>
    <message>
        <source>Billed training tokens: about {0} ({1} epochs)</source>
        <translation>Účtované trénovací tokeny: asi {0} ({1} epoch)</translation>
    </message>
    <message>
        <source>The estimate counts about 4 bytes of text per token; the service reports the exact count when the job ends.</source>
        <translation>Odhad počítá asi 4 bajty textu na token; přesný počet služba oznámí po skončení úlohy.</translation>
    </message>
    <message>
        <source>Base model: {0}</source>
        <translation>Základní model: {0}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>chyba</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varování</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… a {0} dalších</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nebyly nalezeny žádné problémy.</translation>
    </message>
    <message>
        <source>The dataset has not been checked yet.</source>
        <translation>Datová sada zatím nebyla zkontrolována.</translation>
    </message>
    <message>
        <source>Fix the errors listed first.</source>
        <translation>Nejprve opravte uvedené chyby.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s endpoint (https://…).</source>
        <translation>Zadejte koncový bod služby (https://…).</translation>
    </message>
    <message>
        <source>Enter the API key; it is kept in the system keyring.</source>
        <translation>Zadejte klíč API; uloží se do systémové klíčenky.</translation>
    </message>
    <message>
        <source>Will upload {0} examples ({1}) to {2} at {3} and start a fine-tuning job of {4} there.</source>
        <translation>Nahraje {0} příkladů ({1}) do {2} na {3} a spustí tam úlohu jemného doladění modelu {4}.</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <source>Preparing plots…</source>
        <translation>Připravuji grafy…</translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>Kroky</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktuální krok</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>&amp;Otevřít konfiguraci…</translation>
    </message>
    <message>
        <source>Use the bundled &amp;demo</source>
        <translation>Použít přiložené &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Přejít</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Světlý motiv</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Tmavý motiv</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;About Desktop FT</source>
        <translation>&amp;O aplikaci Desktop FT</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>About Desktop FT</source>
        <translation>O aplikaci Desktop FT</translation>
    </message>
    <message>
        <source>Desktop FT {0}
Point-and-click fine-tuning of language models on your own machine, with ONNX export for the edge.</source>
        <translation>Desktop FT {0}
Jemné doladění jazykových modelů pomocí myši na vlastním počítači, s exportem do ONNX pro edge zařízení.</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Otevřít konfiguraci běhu</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Konfigurace běhu (*.yaml *.yml);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Desktop FT — training</source>
        <translation>Desktop FT — trénování</translation>
    </message>
    <message>
        <source>Desktop FT</source>
        <translation>Desktop FT</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Trénování probíhá</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit?

It stops after the current step and keeps its last checkpoint; Resume continues it later.</source>
        <translation>Probíhá trénovací běh. Zastavit jej a ukončit aplikaci?

Zastaví se po aktuálním kroku a ponechá si poslední kontrolní bod; tlačítko Pokračovat v něm později pokračuje.</translation>
    </message>
    <message>
        <source>Still stopping the run after its current step…</source>
        <translation>Běh se stále zastavuje po aktuálním kroku…</translation>
    </message>
    <message>
        <source>Stopping the run after its current step…</source>
        <translation>Zastavuji běh po aktuálním kroku…</translation>
    </message>
</context>
<context>
    <name>MemoryBars</name>
    <message>
        <source>device memory</source>
        <translation>paměť zařízení</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>Odhad paměti</translation>
    </message>
    <message>
        <source>Total: {0} of {1} ({2})</source>
        <translation>Celkem: {0} z {1} ({2})</translation>
    </message>
    <message>
        <source>Select a plan to see its memory.</source>
        <translation>Vyberte plán a uvidíte jeho paměť.</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0} z {1} ({2})</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>The model to fine-tune: one from the catalog (Phi-3 family first), a model folder on this computer, or a download from the Hugging Face Hub.</source>
        <translation>Model k jemnému doladění: jeden z katalogu (nejprve rodina Phi-3), složka modelu v tomto počítači nebo stažení z Hugging Face Hubu.</translation>
    </message>
    <message>
        <source>Model of this run:</source>
        <translation>Model tohoto běhu:</translation>
    </message>
    <message>
        <source>Model of this run</source>
        <translation>Model tohoto běhu</translation>
    </message>
    <message>
        <source>Allow this model to run its own code (trust_remote_code)</source>
        <translation>Povolit tomuto modelu spouštět vlastní kód (trust_remote_code)</translation>
    </message>
    <message>
        <source>Allow this model to run its own code</source>
        <translation>Povolit tomuto modelu spouštět vlastní kód</translation>
    </message>
    <message>
        <source>Some models ship Python code that runs on your computer, with your rights, when they load. Allow it only if you trust the model&apos;s authors. It applies to this model only.</source>
        <translation>Některé modely obsahují kód v Pythonu, který se při načtení spustí ve vašem počítači s vašimi oprávněními. Povolte to jen tehdy, pokud důvěřujete autorům modelu. Platí to jen pro tento model.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodina</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Kontext (tokeny)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Stažení</translation>
    </message>
    <message>
        <source>Hub id</source>
        <translation>Id v Hubu</translation>
    </message>
    <message>
        <source>Size of the weights in bf16, as published.</source>
        <translation>Velikost vah v bf16, jak byly zveřejněny.</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Katalog modelů</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Použít tento model</translation>
    </message>
    <message>
        <source>Use the selected catalog model</source>
        <translation>Použít vybraný model z katalogu</translation>
    </message>
    <message>
        <source>Sizes and licences are known offline. A catalog model is downloaded when training starts, or below.</source>
        <translation>Velikosti a licence jsou známy i offline. Model z katalogu se stáhne při spuštění trénování, nebo níže.</translation>
    </message>
    <message>
        <source>Model folder on this computer</source>
        <translation>Složka modelu v tomto počítači</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Složka modelu</translation>
    </message>
    <message>
        <source>A folder with config.json, weights and tokenizer</source>
        <translation>Složka s config.json, vahami a tokenizérem</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Vybrat slož&amp;ku…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Vyberte složku modelu</translation>
    </message>
    <message>
        <source>Download from the Hugging Face Hub</source>
        <translation>Stáhnout z Hugging Face Hubu</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Stáhnout</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>Stáhnout model</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Zas&amp;tavit</translation>
    </message>
    <message>
        <source>Stop the download</source>
        <translation>Zastavit stahování</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Průběh stahování</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Stav stahování</translation>
    </message>
    <message>
        <source>{0} parameters, {1} tokens of context</source>
        <translation>{0} parametrů, {1} tokenů kontextu</translation>
    </message>
    <message>
        <source>Type a hub id, such as microsoft/Phi-3-mini-4k-instruct.</source>
        <translation>Zadejte id z hubu, například microsoft/Phi-3-mini-4k-instruct.</translation>
    </message>
    <message>
        <source>Connecting to the Hub for {0}…</source>
        <translation>Připojuji se k Hubu kvůli {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Stahuji {0}…</translation>
    </message>
    <message>
        <source>Downloaded to {0}. It is now the model of this run.</source>
        <translation>Staženo do {0}. Nyní je to model tohoto běhu.</translation>
    </message>
    <message>
        <source>Download stopped. Files already fetched stay in the cache.</source>
        <translation>Stahování zastaveno. Již stažené soubory zůstávají v mezipaměti.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Co dělat: {0}</translation>
    </message>
    <message>
        <source>demo (bundled Phi-3 architecture demo model)</source>
        <translation>demo (přiložený demo model s architekturou Phi-3)</translation>
    </message>
</context>
<context>
    <name>ParityView</name>
    <message>
        <source>Parity verdict</source>
        <translation>Verdikt shody</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Měřítko</translation>
    </message>
    <message>
        <source>ONNX Runtime</source>
        <translation>ONNX Runtime</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Práh</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Zpráva o shodě</translation>
    </message>
    <message>
        <source>match: answers like the trained model</source>
        <translation>shoda: odpovídá jako natrénovaný model</translation>
    </message>
    <message>
        <source>pass: within the limits for this precision</source>
        <translation>prošlo: v mezích pro tuto přesnost</translation>
    </message>
    <message>
        <source>fail: does not answer like the trained model</source>
        <translation>neprošlo: neodpovídá jako natrénovaný model</translation>
    </message>
    <message>
        <source>not run: this target cannot run here</source>
        <translation>nespuštěno: tento cíl zde nelze spustit</translation>
    </message>
    <message>
        <source>No export selected.</source>
        <translation>Není vybrán žádný export.</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>Verdikt: {0}</translation>
    </message>
    <message>
        <source>Largest logit difference</source>
        <translation>Největší rozdíl logitů</translation>
    </message>
    <message>
        <source>Relative logit difference</source>
        <translation>Relativní rozdíl logitů</translation>
    </message>
    <message>
        <source>Same next token (top-1)</source>
        <translation>Stejný další token (top-1)</translation>
    </message>
    <message>
        <source>Same next token where PyTorch is sure</source>
        <translation>Stejný další token tam, kde si je PyTorch jistý</translation>
    </message>
    <message>
        <source>Mean KL divergence</source>
        <translation>Průměrná KL divergence</translation>
    </message>
    <message>
        <source>Same greedy answer</source>
        <translation>Stejná greedy odpověď</translation>
    </message>
    <message>
        <source>Greedy tokens in agreement</source>
        <translation>Shodné tokeny při greedy dekódování</translation>
    </message>
    <message>
        <source>Stops where PyTorch stops</source>
        <translation>Zastaví se tam, kde PyTorch</translation>
    </message>
    <message>
        <source>End tokens</source>
        <translation>Koncové tokeny</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Šablona chatu</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexita</translation>
    </message>
    <message>
        <source>Perplexity ratio (ONNX / PyTorch)</source>
        <translation>Poměr perplexit (ONNX / PyTorch)</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Velikost na disku</translation>
    </message>
    <message>
        <source>Load time (s)</source>
        <translation>Doba načtení (s)</translation>
    </message>
    <message>
        <source>First token (s)</source>
        <translation>První token (s)</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokeny za sekundu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plán</translation>
    </message>
    <message>
        <source>Ranked fine-tuning plans for this machine, with their memory estimates. Choose one and apply it: the Train page runs exactly these settings.</source>
        <translation>Seřazené plány jemného doladění pro tento počítač s odhady paměti. Vyberte jeden a použijte ho: stránka Trénování spustí přesně tato nastavení.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénář</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokenů</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Délka sekvence</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénář:</translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation>Se&amp;kvence:</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Doporučit</translation>
    </message>
    <message>
        <source>Recommend plans</source>
        <translation>Doporučit plány</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Cíle:</translation>
    </message>
    <message>
        <source>Go to &amp;Hardware</source>
        <translation>Přejít na &amp;Hardware</translation>
    </message>
    <message>
        <source>Go to the Hardware page</source>
        <translation>Přejít na stránku Hardware</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technika</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Rozložení</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdikt</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Špičková paměť</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <source>Ranked plans</source>
        <translation>Seřazené plány</translation>
    </message>
    <message>
        <source>Why this plan</source>
        <translation>Proč tento plán</translation>
    </message>
    <message>
        <source>&amp;Apply to training settings</source>
        <translation>&amp;Použít v nastavení trénování</translation>
    </message>
    <message>
        <source>Apply the selected plan to the training settings</source>
        <translation>Použít vybraný plán v nastavení trénování</translation>
    </message>
    <message>
        <source>Run hos&amp;ted…</source>
        <translation>Spustit hos&amp;tovaně…</translation>
    </message>
    <message>
        <source>Fine-tune at a hosted service (Azure AI Foundry or OpenAI) instead of this machine: the data, the cost and the destination are shown first</source>
        <translation>Jemně doladit v hostované službě (Azure AI Foundry nebo OpenAI) místo na tomto počítači: nejprve se zobrazí data, cena a cíl</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plány</translation>
    </message>
    <message>
        <source>Cookbook matrix</source>
        <translation>Matice z Cookbooku</translation>
    </message>
    <message>
        <source>Several processes</source>
        <translation>Více procesů</translation>
    </message>
    <message>
        <source>Lower cost</source>
        <translation>Nižší náklady</translation>
    </message>
    <message>
        <source>Less memory</source>
        <translation>Méně paměti</translation>
    </message>
    <message>
        <source>Fewer parameters</source>
        <translation>Méně parametrů</translation>
    </message>
    <message>
        <source>Multi-GPU</source>
        <translation>Více GPU</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>vejde se</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>těsně</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>nevejde se</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>váhy</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptér</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradienty</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimalizátor</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>aktivace</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logity</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>režie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Scenario or goal</source>
        <translation>Scénář nebo cíl</translation>
    </message>
    <message>
        <source>Fine-tuning scenarios and techniques</source>
        <translation>Scénáře a techniky jemného doladění</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Training settings now: {0}</source>
        <translation>Aktuální nastavení trénování: {0}</translation>
    </message>
    <message>
        <source>, rank {0}</source>
        <translation>, rank {0}</translation>
    </message>
    <message>
        <source>, batch {0} × {1}, {2} tokens, checkpointing {3}</source>
        <translation>, dávka {0} × {1}, {2} tokenů, checkpointing {3}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>zapnuto</translation>
    </message>
    <message>
        <source>off</source>
        <translation>vypnuto</translation>
    </message>
    <message>
        <source>Detect hardware first: plans are made for the machine the Hardware page found.</source>
        <translation>Nejprve zjistěte hardware: plány se vytvářejí pro počítač, který našla stránka Hardware.</translation>
    </message>
    <message>
        <source>For {0} ({1}).</source>
        <translation>Pro {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} on {1} GPUs</source>
        <translation>{0} na {1} GPU</translation>
    </message>
    <message>
        <source> + CPU offload</source>
        <translation> + odlehčení na CPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>1 GPU</source>
        <translation>1 GPU</translation>
    </message>
    <message>
        <source>Select a plan first.</source>
        <translation>Nejprve vyberte plán.</translation>
    </message>
    <message>
        <source>usable on the device</source>
        <translation>použitelné na zařízení</translation>
    </message>
    <message>
        <source>usable memory</source>
        <translation>použitelná paměť</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Co změnit:</translation>
    </message>
    <message>
        <source>Set the technique, rank, batch, length and checkpointing of the Train page to this plan&apos;s.</source>
        <translation>Nastaví techniku, rank, dávku, délku a checkpointing stránky Trénování podle tohoto plánu.</translation>
    </message>
    <message>
        <source>{0} cannot be trained by this app.</source>
        <translation>{0} nelze v této aplikaci trénovat.</translation>
    </message>
    <message>
        <source>This plan spreads training over {0} GPUs ({1}); choose a ZeRO stage or FSDP on the Several processes tab.</source>
        <translation>Tento plán rozkládá trénování na {0} GPU ({1}); zvolte fázi ZeRO nebo FSDP na kartě Více procesů.</translation>
    </message>
    <message>
        <source>This plan needs a device this machine does not have.</source>
        <translation>Tento plán potřebuje zařízení, které tento počítač nemá.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>code -&gt; the language&apos;s name in itself, as the Language menu shows it (never translated: a user lost in a language they cannot read still finds their own). Qt&apos;s standard button texts (message boxes, dialogs). Qt translates them only where it ships a qtbase_&lt;code&gt;.qm; ours cover Greek, Serbian and Tagalog too (for Czech and Swedish Qt&apos;s own, installed after ours, is asked first).</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
</context>
<context>
    <name>RunCurves</name>
    <message>
        <source>Select one run to see its loss, or several to compare them.</source>
        <translation>Vyberte jeden běh a uvidíte jeho ztrátu, nebo více běhů a porovnejte je.</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Runs</source>
        <extracomment>the window tells which run is training now: that one is never deleted</extracomment>
        <translation>Běhy</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Běh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroky</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>Poslední ztráta</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Otevřít slož&amp;ku</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Pokračovat</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Smazat…</translation>
    </message>
    <message>
        <source>Refresh the list of runs</source>
        <translation>Obnovit seznam běhů</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s folder</source>
        <translation>Otevřít složku vybraného běhu</translation>
    </message>
    <message>
        <source>Resume the selected run</source>
        <translation>Pokračovat ve vybraném běhu</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>Smazat vybrané běhy</translation>
    </message>
    <message>
        <source>Runs folder:</source>
        <translation>Složka běhů:</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Složka běhů</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Ztráta</translation>
    </message>
    <message>
        <source>train</source>
        <translation>trénink</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>validace</translation>
    </message>
    <message>
        <source>Run in use</source>
        <translation>Běh se používá</translation>
    </message>
    <message>
        <source>{0} is training now. Stop it first.</source>
        <translation>{0} právě trénuje. Nejprve ho zastavte.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Smazat běhy</translation>
    </message>
    <message numerus="yes">
        <source>Runs to delete: %n. Everything in their folders goes with them: checkpoints, adapter, merged model and exports. This cannot be undone. Delete?</source>
        <translation>
            <numerusform>Běhy ke smazání: %n. Smaže se vše v jejich složkách: kontrolní body, adaptér, sloučený model i exporty. Tuto akci nelze vrátit zpět. Smazat?</numerusform>
            <numerusform>Běhy ke smazání: %n. Smaže se vše v jejich složkách: kontrolní body, adaptér, sloučený model i exporty. Tuto akci nelze vrátit zpět. Smazat?</numerusform>
            <numerusform>Běhy ke smazání: %n. Smaže se vše v jejich složkách: kontrolní body, adaptér, sloučený model i exporty. Tuto akci nelze vrátit zpět. Smazat?</numerusform>
        </translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <source>Every run keeps its configuration, events and checkpoints in its own folder. Select a run to plot its loss, or several to compare them. A stopped run can be resumed.</source>
        <translation>Každý běh si uchovává svou konfiguraci, události a kontrolní body ve vlastní složce. Vyberte běh a zobrazí se graf jeho ztráty, nebo vyberte více běhů a porovnejte je. V zastaveném běhu lze pokračovat.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Loss</source>
        <translation>Ztráta</translation>
    </message>
    <message>
        <source>train</source>
        <translation>trénink</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>validace</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Rychlost učení</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokeny za sekundu</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokenů/s</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Norma gradientu</translation>
    </message>
    <message>
        <source>grad norm</source>
        <translation>norma grad.</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Paměť (GiB)</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>špička</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trénování</translation>
    </message>
    <message>
        <source>Fine-tune with the settings of the previous steps and watch it learn. Stop keeps the last checkpoint; Resume continues the last run from it.</source>
        <translation>Dolaďte model s nastavením z předchozích kroků a sledujte, jak se učí. Zastavit ponechá poslední kontrolní bod; Pokračovat z něj naváže na poslední běh.</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfigurace:</translation>
    </message>
    <message>
        <source>Run configuration file</source>
        <translation>Soubor konfigurace běhu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otevřít…</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Otevřít konfiguraci běhu</translation>
    </message>
    <message>
        <source>Open a run configuration (YAML)</source>
        <translation>Otevřít konfiguraci běhu (YAML)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Spustit trénování</translation>
    </message>
    <message>
        <source>Start a new run with this configuration</source>
        <translation>Spustit nový běh s touto konfigurací</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Zas&amp;tavit</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Zastavit trénování</translation>
    </message>
    <message>
        <source>Stop after the current step, keeping a checkpoint</source>
        <translation>Zastavit po aktuálním kroku a ponechat kontrolní bod</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Pokračovat</translation>
    </message>
    <message>
        <source>Resume the last run</source>
        <translation>Pokračovat v posledním běhu</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Průběh trénování</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Stav trénování</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Protokol trénování</translation>
    </message>
    <message>
        <source>The run&apos;s log appears here.</source>
        <translation>Zde se zobrazí protokol běhu.</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>spouštím…</translation>
    </message>
    <message>
        <source>Continue {0} from its last checkpoint</source>
        <translation>Pokračovat v {0} od posledního kontrolního bodu</translation>
    </message>
    <message>
        <source>No stopped run with a checkpoint to continue</source>
        <translation>Žádný zastavený běh s kontrolním bodem, ve kterém by šlo pokračovat</translation>
    </message>
    <message>
        <source>The configuration could not be loaded: {0}</source>
        <translation>Konfiguraci se nepodařilo načíst: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln krok</numerusform>
            <numerusform>%Ln kroky</numerusform>
            <numerusform>%Ln kroků</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} epoch</translation>
    </message>
    <message>
        <source>the bundled demo model</source>
        <translation>přiloženém demo modelu</translation>
    </message>
    <message>
        <source>Ready: {0} on {1}, {2}.</source>
        <translation>Připraveno: {0} na {1}, {2}.</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Konfigurace běhu (*.yaml *.yml);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>no run configuration is loaded</source>
        <translation>není načtena žádná konfigurace běhu</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Zastavuji po aktuálním kroku…</translation>
    </message>
    <message>
        <source>Starting: loading the model and the data…</source>
        <translation>Spouštím: načítám model a data…</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln line(s) not shown here (all are in the run&apos;s log.txt)</source>
        <translation>
            <numerusform>… %Ln řádek zde není zobrazen (všechny jsou v souboru log.txt běhu)</numerusform>
            <numerusform>… %Ln řádky zde nejsou zobrazeny (všechny jsou v souboru log.txt běhu)</numerusform>
            <numerusform>… %Ln řádků zde není zobrazeno (všechny jsou v souboru log.txt běhu)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}step {1} of {2} · ETA {3}</source>
        <translation>{0}krok {1} z {2} · zbývá {3}</translation>
    </message>
    <message>
        <source>Training… loss {0}</source>
        <translation>Trénuji… ztráta {0}</translation>
    </message>
    <message>
        <source>Stopped at step {0}. Resume continues from the last checkpoint.</source>
        <translation>Zastaveno v kroku {0}. Pokračovat naváže od posledního kontrolního bodu.</translation>
    </message>
    <message>
        <source>Finished: {0} steps, loss {1} → {2}. Run folder: {3}</source>
        <translation>Hotovo: {0} kroků, ztráta {1} → {2}. Složka běhu: {3}</translation>
    </message>
    <message>
        <source>The run failed: {0}</source>
        <translation>Běh selhal: {0}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cannot continue</source>
        <translation>Nelze pokračovat</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>Kde: {0}</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Co dělat: {0}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside Desktop FT. This is a bug, not something you did.</source>
        <translation>Omlouváme se, uvnitř Desktop FT se něco pokazilo. Je to chyba programu, ne vaše.</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Vnitřní chyba</translation>
    </message>
    <message>
        <source>(the terminal)</source>
        <translation>(terminál)</translation>
    </message>
    <message>
        <source>The details were saved to:
{0}
Please include that file when you report it. The app keeps running.</source>
        <translation>Podrobnosti byly uloženy do:
{0}
Přiložte prosím tento soubor, až chybu nahlásíte. Aplikace běží dál.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>plné jemné doladění</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>unknown setting &apos;{name}&apos;</source>
        <extracomment>UserError key -&gt; English template; {names} are the error&apos;s params.</extracomment>
        <translation>neznámé nastavení &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {name}</source>
        <translation>&apos;{value}&apos; není platná hodnota pro {name}</translation>
    </message>
    <message>
        <source>missing field &apos;{field}&apos;</source>
        <translation>chybí pole &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>unknown scenario &apos;{scenario}&apos;</source>
        <translation>neznámý scénář &apos;{scenario}&apos;</translation>
    </message>
    <message>
        <source>unknown goal &apos;{goal}&apos;</source>
        <translation>neznámý cíl &apos;{goal}&apos;</translation>
    </message>
    <message>
        <source>the ONNX builder does not support the {architecture} architecture</source>
        <translation>nástroj pro sestavení ONNX nepodporuje architekturu {architecture}</translation>
    </message>
    <message>
        <source>configuration file not found</source>
        <extracomment>Messages and hints without parameters, translated by their English text.</extracomment>
        <translation>soubor konfigurace nebyl nalezen</translation>
    </message>
    <message>
        <source>the configuration file is not UTF-8 text</source>
        <translation>soubor konfigurace není text v UTF-8</translation>
    </message>
    <message>
        <source>the configuration file is empty</source>
        <translation>soubor konfigurace je prázdný</translation>
    </message>
    <message>
        <source>expected a mapping of settings</source>
        <translation>očekáváno mapování nastavení</translation>
    </message>
    <message>
        <source>no model given</source>
        <translation>není zadán žádný model</translation>
    </message>
    <message>
        <source>no dataset given</source>
        <translation>není zadána žádná datová sada</translation>
    </message>
    <message>
        <source>check the path, e.g. resources/examples/demo-lora.yaml</source>
        <translation>zkontrolujte cestu, např. resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>save it as UTF-8</source>
        <translation>uložte jej v kódování UTF-8</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml</source>
        <translation>viz resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml for the layout</source>
        <translation>rozložení viz resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>fix the indentation or quoting on that line</source>
        <translation>opravte odsazení nebo uvozovky na tomto řádku</translation>
    </message>
    <message>
        <source>use &apos;demo&apos;, a catalog name, a hub id or a model folder</source>
        <translation>použijte &apos;demo&apos;, název z katalogu, id z hubu nebo složku modelu</translation>
    </message>
    <message>
        <source>set data.path to a JSONL, JSON or CSV file</source>
        <translation>nastavte data.path na soubor JSONL, JSON nebo CSV</translation>
    </message>
    <message>
        <source>dataset file not found</source>
        <translation>soubor datové sady nebyl nalezen</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>soubor není text v UTF-8</translation>
    </message>
    <message>
        <source>the dataset is empty</source>
        <translation>datová sada je prázdná</translation>
    </message>
    <message>
        <source>the dataset has no examples</source>
        <translation>datová sada neobsahuje žádné příklady</translation>
    </message>
    <message>
        <source>expected a file, found a folder</source>
        <translation>očekáván soubor, nalezena složka</translation>
    </message>
    <message>
        <source>expected a JSON array of examples</source>
        <translation>očekáváno pole příkladů v JSON</translation>
    </message>
    <message>
        <source>no usable training examples</source>
        <translation>žádné použitelné trénovací příklady</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>text je prázdný</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>štítek je prázdný</translation>
    </message>
    <message>
        <source>the sentence has no tokens</source>
        <translation>věta neobsahuje žádné tokeny</translation>
    </message>
    <message>
        <source>the question has no answer</source>
        <translation>otázka nemá odpověď</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>očekáván seznam řetězců</translation>
    </message>
    <message>
        <source>expected an object with &apos;role&apos; and &apos;content&apos;</source>
        <translation>očekáván objekt s &apos;role&apos; a &apos;content&apos;</translation>
    </message>
    <message>
        <source>the conversation has no user or assistant turn</source>
        <translation>konverzace nemá žádný tah uživatele ani asistenta</translation>
    </message>
    <message>
        <source>a system message may only come first</source>
        <translation>systémová zpráva může být jen na začátku</translation>
    </message>
    <message>
        <source>the conversation must start with a user turn</source>
        <translation>konverzace musí začínat tahem uživatele</translation>
    </message>
    <message>
        <source>the conversation has no assistant answer to learn from</source>
        <translation>konverzace nemá žádnou odpověď asistenta, ze které by se model učil</translation>
    </message>
    <message>
        <source>nothing to train: no configuration given</source>
        <translation>není co trénovat: nebyla zadána konfigurace</translation>
    </message>
    <message>
        <source>the run has no complete checkpoint to resume from</source>
        <translation>běh nemá žádný úplný kontrolní bod, ze kterého by šlo pokračovat</translation>
    </message>
    <message>
        <source>there is nothing left to lower in this run&apos;s settings</source>
        <translation>v nastavení tohoto běhu už není co snížit</translation>
    </message>
    <message>
        <source>no such model on the Hugging Face Hub</source>
        <translation>takový model na Hugging Face Hubu neexistuje</translation>
    </message>
    <message>
        <source>this model is gated: its licence must be accepted first</source>
        <translation>tento model je chráněný: nejprve je nutné přijmout jeho licenci</translation>
    </message>
    <message>
        <source>cannot reach the Hugging Face Hub (offline)</source>
        <translation>Hugging Face Hub není dostupný (offline)</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>prompt je prázdný</translation>
    </message>
    <message>
        <source>type a question</source>
        <translation>napište otázku</translation>
    </message>
    <message>
        <source>shorten the prompt</source>
        <translation>zkraťte prompt</translation>
    </message>
    <message>
        <source>no adapter to export</source>
        <translation>žádný adaptér k exportu</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>složka nebyla nalezena</translation>
    </message>
    <message>
        <source>model folder not found</source>
        <translation>složka modelu nebyla nalezena</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>není to složka</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>soubor chybí</translation>
    </message>
    <message>
        <source>this is a LoRA adapter, not a full model</source>
        <translation>toto je adaptér LoRA, ne celý model</translation>
    </message>
    <message>
        <source>not a PEFT adapter folder (no adapter_config.json)</source>
        <translation>není to složka adaptéru PEFT (chybí adapter_config.json)</translation>
    </message>
    <message>
        <source>the run&apos;s base model folder is not on this machine</source>
        <translation>složka základního modelu běhu není na tomto počítači</translation>
    </message>
    <message>
        <source>not a model folder: config.json is missing</source>
        <translation>není to složka modelu: chybí config.json</translation>
    </message>
    <message>
        <source>no model weights (*.safetensors or pytorch_model.bin)</source>
        <translation>žádné váhy modelu (*.safetensors nebo pytorch_model.bin)</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json or tokenizer.model)</source>
        <translation>žádný tokenizér (tokenizer.json nebo tokenizer.model)</translation>
    </message>
    <message>
        <source>the output path is a file</source>
        <translation>výstupní cesta je soubor</translation>
    </message>
    <message>
        <source>this folder is already an ONNX export</source>
        <translation>tato složka už je export ONNX</translation>
    </message>
    <message>
        <source>the ONNX builder does not support this model</source>
        <translation>nástroj pro sestavení ONNX tento model nepodporuje</translation>
    </message>
    <message>
        <source>onnxruntime-genai (with its model builder) is not installed</source>
        <translation>onnxruntime-genai (s nástrojem pro sestavení modelu) není nainstalován</translation>
    </message>
    <message>
        <source>the output folder exists and is not an export of ours; not replacing it</source>
        <translation>výstupní složka existuje a není to náš export; nebude nahrazena</translation>
    </message>
    <message>
        <source>gradient checkpointing and batch 1 were already tried for every technique</source>
        <translation>gradient checkpointing a dávka 1 už byly vyzkoušeny u všech technik</translation>
    </message>
    <message>
        <source>hosted fine-tuning: the cookbook&apos;s model-as-a-service (serverless fine-tuning in Azure AI Foundry) trains Phi models without your own GPU</source>
        <translation>jemné doladění ve službě: model jako služba z cookbooku (serverless jemné doladění v Azure AI Foundry) trénuje modely Phi bez vlastní GPU</translation>
    </message>
    <message>
        <source>hosted fine-tuning on a cloud GPU (e.g. Azure Machine Learning) runs the same plan on a bigger device</source>
        <translation>jemné doladění na cloudové GPU (např. Azure Machine Learning) spustí stejný plán na větším zařízení</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (measured matmul speed)</source>
        <translation>žádná GPU: všechny plány běží na CPU; uvedené časy jsou odhady pro tento procesor (naměřená rychlost násobení matic)</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (assumed speed)</source>
        <translation>žádná GPU: všechny plány běží na CPU; uvedené časy jsou odhady pro tento procesor (předpokládaná rychlost)</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>vejde se</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>těsně</translation>
    </message>
    <message>
        <source>does-not-fit</source>
        <translation>nevejde se</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>váhy</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptér</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradienty</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimalizátor</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>aktivace</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logity</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>režie</translation>
    </message>
    <message>
        <source>this CPU</source>
        <translation>tomto procesoru</translation>
    </message>
    <message>
        <source>measured CPU matmul speed</source>
        <translation>naměřená rychlost násobení matic na CPU</translation>
    </message>
    <message>
        <source>assumed CPU speed (the profile has no measurement)</source>
        <translation>předpokládaná rychlost CPU (profil neobsahuje měření)</translation>
    </message>
    <message>
        <source>catalogued GPU throughput</source>
        <translation>propustnost GPU z katalogu</translation>
    </message>
    <message>
        <source>assumed GPU throughput</source>
        <translation>předpokládaná propustnost GPU</translation>
    </message>
    <message>
        <source>calibrated on this device</source>
        <translation>kalibrováno na tomto zařízení</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>plné jemné doladění</translation>
    </message>
    <message>
        <source>QLoRA 4-bit</source>
        <translation>QLoRA 4bitová</translation>
    </message>
    <message>
        <source>LoRA on 8-bit weights</source>
        <translation>LoRA na 8bitových vahách</translation>
    </message>
    <message>
        <source>prompt tuning</source>
        <translation>ladění promptu</translation>
    </message>
    <message>
        <source>prefix tuning</source>
        <translation>ladění prefixu</translation>
    </message>
    <message>
        <source>put the text in quotes</source>
        <translation>dejte text do uvozovek</translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation>každý řádek musí být jeden objekt JSON</translation>
    </message>
    <message>
        <source>fix the JSON syntax</source>
        <translation>opravte syntaxi JSON</translation>
    </message>
    <message>
        <source>this looks like JSON Lines (one object per line): save it as .jsonl</source>
        <translation>vypadá to jako JSON Lines (jeden objekt na řádek): uložte soubor jako .jsonl</translation>
    </message>
    <message>
        <source>this looks like a JSON array: save it with the .json extension</source>
        <translation>vypadá to jako pole JSON: uložte soubor s příponou .json</translation>
    </message>
    <message>
        <source>wrap the examples in [ ... ] or use JSON Lines</source>
        <translation>uzavřete příklady do [ ... ] nebo použijte JSON Lines</translation>
    </message>
    <message>
        <source>add a message with role &apos;assistant&apos;</source>
        <translation>přidejte zprávu s rolí &apos;assistant&apos;</translation>
    </message>
    <message>
        <source>add a user question and the assistant&apos;s answer</source>
        <translation>přidejte otázku uživatele a odpověď asistenta</translation>
    </message>
    <message>
        <source>add at least a few examples</source>
        <translation>přidejte alespoň několik příkladů</translation>
    </message>
    <message>
        <source>add at least a few examples, one per line</source>
        <translation>přidejte alespoň několik příkladů, jeden na řádek</translation>
    </message>
    <message>
        <source>add examples or lower train.batch_size</source>
        <translation>přidejte příklady nebo snižte train.batch_size</translation>
    </message>
    <message>
        <source>check data.max_length and the dataset&apos;s answers</source>
        <translation>zkontrolujte data.max_length a odpovědi v datové sadě</translation>
    </message>
    <message>
        <source>check data.path (relative paths are relative to the config file)</source>
        <translation>zkontrolujte data.path (relativní cesty vycházejí ze složky konfiguračního souboru)</translation>
    </message>
    <message>
        <source>fill it in or remove the example</source>
        <translation>vyplňte ho nebo příklad odstraňte</translation>
    </message>
    <message>
        <source>give at least one answer</source>
        <translation>uveďte alespoň jednu odpověď</translation>
    </message>
    <message>
        <source>give every example a label</source>
        <translation>dejte každému příkladu štítek</translation>
    </message>
    <message>
        <source>move it to the start, or make it a user turn</source>
        <translation>přesuňte ji na začátek, nebo z ní udělejte tah uživatele</translation>
    </message>
    <message>
        <source>put the user&apos;s question before the assistant&apos;s answer</source>
        <translation>dejte otázku uživatele před odpověď asistenta</translation>
    </message>
    <message>
        <source>remove the example or fill in its words</source>
        <translation>odstraňte příklad nebo doplňte jeho slova</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)</source>
        <translation>uložte soubor v kódování UTF-8 (v Poznámkovém bloku: Uložit jako, Kódování: UTF-8)</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (most editors offer it under &apos;Save as&apos;)</source>
        <translation>uložte soubor v kódování UTF-8 (většina editorů to nabízí v &apos;Uložit jako&apos;)</translation>
    </message>
    <message>
        <source>user and assistant turns must alternate</source>
        <translation>tahy uživatele a asistenta se musí střídat</translation>
    </message>
    <message>
        <source>use &apos;human&apos; and &apos;gpt&apos; (or &apos;system&apos;)</source>
        <translation>použijte &apos;human&apos; a &apos;gpt&apos; (nebo &apos;system&apos;)</translation>
    </message>
    <message>
        <source>give exactly one tag per token</source>
        <translation>uveďte přesně jednu značku pro každý token</translation>
    </message>
    <message>
        <source>quote cells that contain commas or line breaks</source>
        <translation>buňky s čárkami nebo zalomením řádku dejte do uvozovek</translation>
    </message>
    <message>
        <source>use O, B-TYPE (first word of an entity) or I-TYPE (the words after it)</source>
        <translation>použijte O, B-TYP (první slovo entity) nebo I-TYP (slova za ním)</translation>
    </message>
    <message>
        <source>write the class name, e.g. &quot;positive&quot;</source>
        <translation>napište název třídy, např. &quot;positive&quot;</translation>
    </message>
    <message>
        <source>each line must be an object such as {&quot;messages&quot;: [...]}</source>
        <translation>každý řádek musí být objekt, například {&quot;messages&quot;: [...]}</translation>
    </message>
    <message>
        <source>16-bit training on a CPU without bf16 instructions is very slow; use fp32</source>
        <translation>16bitové trénování na CPU bez instrukcí bf16 je velmi pomalé; použijte fp32</translation>
    </message>
    <message>
        <source>on</source>
        <translation>zapnuto</translation>
    </message>
    <message>
        <source>off</source>
        <translation>vypnuto</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; this machine&apos;s RAM has {capacity} usable ({verdict})</source>
        <extracomment>Sentences core builds with values in them, matched by their English shape ({name}: a value).</extracomment>
        <translation>{method} v {dtype} potřebuje {peak}; RAM tohoto počítače má použitelných {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>{method} v {dtype} potřebuje {peak}; GPU má použitelných {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>{method} v {dtype} s {distributed} potřebuje {peak}; GPU má použitelných {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>{method} v {dtype} potřebuje {peak} na GPU; každá GPU má použitelných {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>{method} v {dtype} s {distributed} potřebuje {peak} na GPU; každá GPU má použitelných {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>trains {trainable} of {total} parameters ({share})</source>
        <translation>trénuje {trainable} z {total} parametrů ({share})</translation>
    </message>
    <message>
        <source>largest memory term: {term} ({size})</source>
        <translation>největší položka paměti: {term} ({size})</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} - &apos;{row}&apos;: yes</source>
        <translation>matice z cookbooku: {techniques} – &apos;{row}&apos;: ano</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;</source>
        <translation>matice z cookbooku: {techniques} není označena pro &apos;{row}&apos;</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;; by this estimate it needs {peak} against {full} for full fine-tuning</source>
        <translation>matice z cookbooku: {techniques} není označena pro &apos;{row}&apos;; podle tohoto odhadu potřebuje {peak} oproti {full} při plném jemném doladění</translation>
    </message>
    <message>
        <source>time: about {duration} per epoch of {examples} examples x {seq} tokens on {where} ({rate}, {source})</source>
        <translation>čas: asi {duration} na epochu s {examples} příklady × {seq} tokenů na {where} ({rate}, {source})</translation>
    </message>
    <message>
        <source>shorter sequences: at {seq} tokens, {method} fits ({peak})</source>
        <translation>kratší sekvence: při {seq} tokenech se {method} vejde ({peak})</translation>
    </message>
    <message>
        <source>a smaller model: {model} ({size}) fits with {method} ({peak})</source>
        <translation>menší model: {model} ({size}) se vejde s {method} ({peak})</translation>
    </message>
    <message>
        <source>more GPUs: with {gpus} GPUs like this one, LoRA with ZeRO-3 sharding fits ({peak} per GPU)</source>
        <translation>více GPU: s {gpus} GPU, jako je tato, se LoRA s rozdělením ZeRO-3 vejde ({peak} na GPU)</translation>
    </message>
    <message>
        <source>goal &apos;data-parallel&apos; needs two or more GPUs; this machine has {gpus}</source>
        <translation>cíl &apos;data-parallel&apos; vyžaduje dvě nebo více GPU; tento počítač jich má {gpus}</translation>
    </message>
    <message>
        <source>{summary}; {method} needs {peak}</source>
        <translation>{summary}; {method} potřebuje {peak}</translation>
    </message>
    <message>
        <source>{distributed} with one GPU shards nothing</source>
        <translation>{distributed} s jednou GPU nic nerozděluje</translation>
    </message>
    <message>
        <source>the plan uses {gpus} GPUs; the profile has {found}</source>
        <translation>plán používá {gpus} GPU; profil jich má {found}</translation>
    </message>
    <message>
        <source>{method} needs bitsandbytes on a CUDA, ROCm or XPU GPU; it is not available on this device</source>
        <translation>{method} vyžaduje bitsandbytes na GPU s CUDA, ROCm nebo XPU; na tomto zařízení není k dispozici</translation>
    </message>
    <message>
        <source>offload needs {size} of CPU memory; the machine has {memory}</source>
        <translation>odlehčení potřebuje {size} paměti CPU; počítač má {memory}</translation>
    </message>
    <message>
        <source>sequence length {seq} is beyond the model&apos;s context ({context})</source>
        <translation>délka sekvence {seq} přesahuje kontext modelu ({context})</translation>
    </message>
    <message>
        <source>{epochs} epochs take about {duration}</source>
        <translation>{epochs} epoch trvá asi {duration}</translation>
    </message>
    <message>
        <source>{place}: field &apos;{field}&apos;</source>
        <translation>{place}: pole &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>missing setting &apos;{name}&apos;</source>
        <translation>chybí nastavení &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>expected {expected}, got {value}</source>
        <translation>očekáváno {expected}, zadáno {value}</translation>
    </message>
    <message>
        <source>{name} = {value} is out of range: it must be {rule}</source>
        <translation>{name} = {value} je mimo rozsah: musí být {rule}</translation>
    </message>
    <message>
        <source>set {name} to a value {rule}</source>
        <translation>nastavte {name} na hodnotu {rule}</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;?</source>
        <translation>měli jste na mysli &apos;{name}&apos;?</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;? map it with data.columns</source>
        <translation>měli jste na mysli &apos;{name}&apos;? přiřaďte ho pomocí data.columns</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>zvolte jednu z možností: {choices}</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>použijte jednu z možností: {choices}</translation>
    </message>
    <message>
        <source>write {example}</source>
        <translation>napište {example}</translation>
    </message>
    <message>
        <source>the same example as line {line}</source>
        <translation>stejný příklad jako na řádku {line}</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>neplatný YAML: {problem}</translation>
    </message>
    <message>
        <source>invalid JSON ({problem})</source>
        <translation>neplatný JSON ({problem})</translation>
    </message>
    <message>
        <source>invalid CSV ({problem})</source>
        <translation>neplatné CSV ({problem})</translation>
    </message>
    <message>
        <source>expected a JSON object, found {found}</source>
        <translation>očekáván objekt JSON, nalezeno {found}</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>očekáván objekt, nalezeno {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>očekáván text, nalezeno {found}</translation>
    </message>
    <message>
        <source>expected a list of messages, found {found}</source>
        <translation>očekáván seznam zpráv, nalezeno {found}</translation>
    </message>
    <message>
        <source>row has {cells} columns, the header has {header}</source>
        <translation>řádek má {cells} sloupců, záhlaví má {header}</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos;</source>
        <translation>nepodporovaný typ souboru &apos;{suffix}&apos;</translation>
    </message>
    <message>
        <source>use one of {suffixes}</source>
        <translation>použijte jeden z typů {suffixes}</translation>
    </message>
    <message>
        <source>cannot tell the dataset format from the fields {fields}</source>
        <translation>z polí {fields} nelze určit formát datové sady</translation>
    </message>
    <message>
        <source>two &apos;{role}&apos; turns in a row</source>
        <translation>dva tahy &apos;{role}&apos; za sebou</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>neznámá role {role}</translation>
    </message>
    <message>
        <source>unknown speaker {speaker}</source>
        <translation>neznámý mluvčí {speaker}</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; is not a BIO tag</source>
        <translation>&apos;{tag}&apos; není značka BIO</translation>
    </message>
    <message>
        <source>{tokens} tokens but {tags} tags</source>
        <translation>{tokens} tokenů, ale {tags} značek</translation>
    </message>
    <message>
        <source>expected two languages, found {languages}</source>
        <translation>očekávány dva jazyky, nalezeno {languages}</translation>
    </message>
    <message>
        <source>expected a label (text or a whole number), found {value}</source>
        <translation>očekáván štítek (text nebo celé číslo), nalezeno {value}</translation>
    </message>
    <message>
        <source>unknown model &apos;{name}&apos;</source>
        <translation>neznámý model &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the run has no trained adapter yet (status: {status})</source>
        <translation>běh zatím nemá natrénovaný adaptér (stav: {status})</translation>
    </message>
    <message>
        <source>the prompt is {tokens} tokens; the model takes {context}</source>
        <translation>prompt má {tokens} tokenů; model přijme {context}</translation>
    </message>
    <message>
        <source>unknown precision &apos;{precision}&apos;</source>
        <translation>neznámá přesnost &apos;{precision}&apos;</translation>
    </message>
    <message>
        <source>unknown target &apos;{target}&apos;</source>
        <translation>neznámý cíl &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>{precision} is not supported for the {target} target</source>
        <translation>{precision} není pro cíl {target} podporováno</translation>
    </message>
    <message>
        <source>settings: {list}</source>
        <translation>nastavení: {list}</translation>
    </message>
    <message>
        <source>batch {batch}</source>
        <translation>dávka {batch}</translation>
    </message>
    <message>
        <source>batch {batch} x {steps} accumulation</source>
        <translation>dávka {batch} × {steps} akumulace</translation>
    </message>
    <message>
        <source>sequence {seq}</source>
        <translation>sekvence {seq}</translation>
    </message>
    <message>
        <source>rank {rank}</source>
        <translation>rank {rank}</translation>
    </message>
    <message>
        <source>gradient checkpointing {state}</source>
        <translation>gradient checkpointing {state}</translation>
    </message>
    <message>
        <source>{distributed} on {gpus} GPUs</source>
        <translation>{distributed} na {gpus} GPU</translation>
    </message>
    <message>
        <source>{distributed} on {gpus} GPUs with CPU offload</source>
        <translation>{distributed} na {gpus} GPU s odlehčením na CPU</translation>
    </message>
</context>
</TS>
