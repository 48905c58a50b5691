<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>ChatPanel</name>
    <message>
        <source>The answer appears here as it is written.</source>
        <translation>Svaret visas här medan det skrivs.</translation>
    </message>
    <message>
        <source>About this answer</source>
        <translation>Om det här svaret</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Vad du kan göra: {0}</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Läser in modellen…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppad.</translation>
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
        <translation>stannade vid sluttoken</translation>
    </message>
    <message>
        <source>hit the token limit</source>
        <translation>nådde tokengränsen</translation>
    </message>
    <message>
        <source>{0} · {1} tokens · {2} tokens/s · {3}</source>
        <translation>{0} · {1} token · {2} token/s · {3}</translation>
    </message>
    <message>
        <source>No answer: {0}</source>
        <translation>Inget svar: {0}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Command line:</source>
        <translation>Kommandorad:</translation>
    </message>
    <message>
        <source>Equivalent command line</source>
        <translation>Motsvarande kommando</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Kopiera kommandot</translation>
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
        <translation>Exemplen som modellen lär sig av. Vart och ett visas så som modellen kommer att se det, återgivet med dess chattmall; den markerade delen är det den lär sig svara. Problem anger raden och fältet som ska rättas.</translation>
    </message>
    <message>
        <source>Dataset file:</source>
        <translation>Datamängdsfil:</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Datamängdsfil</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open a dataset file</source>
        <translation>Öppna en datamängdsfil</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Kontrollera igen</translation>
    </message>
    <message>
        <source>Check the dataset again</source>
        <translation>Kontrollera datamängden igen</translation>
    </message>
    <message>
        <source>Dataset format</source>
        <translation>Datamängdsformat</translation>
    </message>
    <message>
        <source>How the rows are read. Automatic looks at the fields of the first row.</source>
        <translation>Hur raderna läses. Automatiskt tittar på fälten i den första raden.</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Identifierat format</translation>
    </message>
    <message>
        <source>Maximum length in tokens</source>
        <translation>Maxlängd i token</translation>
    </message>
    <message>
        <source>Longer examples are cut to this many tokens.</source>
        <translation>Längre exempel kortas till så här många token.</translation>
    </message>
    <message>
        <source>the answers only</source>
        <translation>bara svaren</translation>
    </message>
    <message>
        <source>every token</source>
        <translation>varje token</translation>
    </message>
    <message>
        <source>Tokens the model learns from</source>
        <translation>Token som modellen lär sig av</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Identifierat:</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Maxlängd:</translation>
    </message>
    <message>
        <source>Learn from:</source>
        <translation>Lär av:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Which column of your file holds each field the format needs.</source>
        <translation>Vilken kolumn i din fil som innehåller varje fält som formatet behöver.</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Kontrollstatus</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Vad modellen ser</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolumner:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Rendered with the chat template</source>
        <translation>Återgivet med chattmallen</translation>
    </message>
    <message>
        <source>Examples as the model sees them</source>
        <translation>Exempel så som modellen ser dem</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Valt exempel</translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>Välj ett exempel för att se det i sin helhet.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;highlighted&amp;nbsp;&lt;/span&gt;: the tokens the model learns to write.</source>
        <translation>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;markerat&amp;nbsp;&lt;/span&gt;: de token som modellen lär sig skriva.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Lästa rader:</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Rader med problem:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Dubbletter:</translation>
    </message>
    <message>
        <source>Examples trained:</source>
        <translation>Tränade exempel:</translation>
    </message>
    <message>
        <source>Skipped (no answer left):</source>
        <translation>Hoppades över (inget svar kvar):</translation>
    </message>
    <message>
        <source>Cut at the maximum length:</source>
        <translation>Avkortade vid maxlängden:</translation>
    </message>
    <message>
        <source>Tokens per example:</source>
        <translation>Token per exempel:</translation>
    </message>
    <message>
        <source>Trained tokens:</source>
        <translation>Tränade token:</translation>
    </message>
    <message>
        <source>Token lengths</source>
        <translation>Tokenlängder</translation>
    </message>
    <message>
        <source>tokens per example</source>
        <translation>token per exempel</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>exempel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems in the dataset</source>
        <translation>Problem i datamängden</translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation>Valt problem</translation>
    </message>
    <message>
        <source>Click a problem to see the row and what to do.</source>
        <translation>Klicka på ett problem för att se raden och vad du kan göra.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatiskt</translation>
    </message>
    <message>
        <source>chat (messages)</source>
        <translation>chatt (meddelanden)</translation>
    </message>
    <message>
        <source>ShareGPT (conversations)</source>
        <translation>ShareGPT (konversationer)</translation>
    </message>
    <message>
        <source>instruction (Alpaca)</source>
        <translation>instruktion (Alpaca)</translation>
    </message>
    <message>
        <source>prompt and response</source>
        <translation>prompt och svar</translation>
    </message>
    <message>
        <source>raw text</source>
        <translation>råtext</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>klassificering</translation>
    </message>
    <message>
        <source>named entities</source>
        <translation>namngivna entiteter</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>översättning</translation>
    </message>
    <message>
        <source>questions and answers</source>
        <translation>frågor och svar</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Kontrollerar {0}…</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <translation>Öppna en datamängd</translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.json *.csv *.parquet);;All files (*)</source>
        <translation>Datamängder (*.jsonl *.json *.csv *.parquet);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>Kontrollen misslyckades: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>The file cannot be read. See Problems.</source>
        <translation>Filen kan inte läsas. Se Problem.</translation>
    </message>
    <message>
        <source>The format is unknown. Choose it above, then map the columns.</source>
        <translation>Formatet är okänt. Välj det ovan och mappa sedan kolumnerna.</translation>
    </message>
    <message numerus="yes">
        <source>Rows with problems: %n. Training stops at the first one, so fix them first (see Problems).</source>
        <translation>
            <numerusform>Rader med problem: %n. Träningen stannar vid det första, så rätta dem först (se Problem).</numerusform>
            <numerusform>Rader med problem: %n. Träningen stannar vid det första, så rätta dem först (se Problem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows read: %n. No problems found.</source>
        <translation>
            <numerusform>Lästa rader: %n. Inga problem hittades.</numerusform>
            <numerusform>Lästa rader: %n. Inga problem hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token statistics: {0}</source>
        <translation>Ingen tokenstatistik: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problem (%n)</numerusform>
            <numerusform>Problem (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column for {0}</source>
        <translation>Kolumn för {0}</translation>
    </message>
    <message>
        <source>The column of your file that holds {0}</source>
        <translation>Kolumnen i din fil som innehåller {0}</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(saknas)</translation>
    </message>
    <message>
        <source>(none needed)</source>
        <translation>(behövs inte)</translation>
    </message>
    <message>
        <source>{0} (longer than {1} tokens)</source>
        <translation>{0} (längre än {1} token)</translation>
    </message>
    <message>
        <source>min {0}, median {1}, 95% {2}, max {3}</source>
        <translation>min {0}, median {1}, 95 % {2}, max {3}</translation>
    </message>
    <message>
        <source>max length</source>
        <translation>maxlängd</translation>
    </message>
    <message>
        <source>Longer than the maximum length: it will be cut.</source>
        <translation>Längre än maxlängden: det kortas.</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Vad du kan göra: {0}</translation>
    </message>
    <message>
        <source>The row as read:</source>
        <translation>Raden som den lästes:</translation>
    </message>
</context>
<context>
    <name>DistributedPanel</name>
    <message>
        <source>Several processes (GPUs or machines)</source>
        <translation>Flera processer (GPU:er eller datorer)</translation>
    </message>
    <message>
        <source>One process</source>
        <translation>En process</translation>
    </message>
    <message>
        <source>ZeRO-1: split optimizer</source>
        <translation>ZeRO-1: dela upp optimeraren</translation>
    </message>
    <message>
        <source>ZeRO-2: split optimizer and gradients</source>
        <translation>ZeRO-2: dela upp optimerare och gradienter</translation>
    </message>
    <message>
        <source>ZeRO-3: split everything</source>
        <translation>ZeRO-3: dela upp allt</translation>
    </message>
    <message>
        <source>FSDP: split everything (GPUs)</source>
        <translation>FSDP: dela upp allt (GPU:er)</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategi:</translation>
    </message>
    <message>
        <source>Processes per machine:</source>
        <translation>Processer per dator:</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>Datorer:</translation>
    </message>
    <message>
        <source>Optimizer in CPU memory</source>
        <translation>Optimerare i CPU-minnet</translation>
    </message>
    <message>
        <source>Parameters in CPU memory</source>
        <translation>Parametrar i CPU-minnet</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>Visa kommando</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the command and the configuration</source>
        <translation>Kopiera kommandot och konfigurationen</translation>
    </message>
    <message>
        <source>Estimated peak memory per device: {0} ({1})</source>
        <translation>Uppskattat toppminne per enhet: {0} ({1})</translation>
    </message>
    <message>
        <source># on every machine, RUN_DIR being the run folder (without a GPU, first: export DS_ACCELERATOR=cpu):</source>
        <translation># på varje dator, där RUN_DIR är körningens mapp (utan GPU först: export DS_ACCELERATOR=cpu):</translation>
    </message>
    <message>
        <source># RUN_DIR/deepspeed.json:</source>
        <translation># RUN_DIR/deepspeed.json:</translation>
    </message>
    <message>
        <source># FSDP settings (Trainer):</source>
        <translation># FSDP-inställningar (Trainer):</translation>
    </message>
    <message>
        <source># global batch: {0}; the whole run to take elsewhere: desktop-ft train CONFIG.yaml --emit-launch DIR</source>
        <translation># global batch: {0}; hela körningen att ta med någon annanstans: desktop-ft train CONFIG.yaml --emit-launch DIR</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Evaluate &amp; chat</source>
        <translation>Utvärdera och chatta</translation>
    </message>
    <message>
        <source>Ask the model before and after fine-tuning the same question, and see the run&apos;s scores. The answers are written as they are generated.</source>
        <translation>Ställ samma fråga till modellen före och efter finjusteringen och se körningens resultat. Svaren skrivs ut medan de genereras.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Körning:</translation>
    </message>
    <message>
        <source>Run to evaluate</source>
        <translation>Körning att utvärdera</translation>
    </message>
    <message>
        <source>Prompt for both models</source>
        <translation>Prompt för båda modellerna</translation>
    </message>
    <message>
        <source>Type a question for both models…</source>
        <translation>Skriv en fråga till båda modellerna…</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Most tokens per answer</source>
        <translation>Högst antal token per svar</translation>
    </message>
    <message>
        <source>The most tokens each answer may have.</source>
        <translation>Högsta antal token som varje svar får ha.</translation>
    </message>
    <message>
        <source>&amp;Ask both</source>
        <translation>&amp;Fråga båda</translation>
    </message>
    <message>
        <source>Ask both models</source>
        <translation>Fråga båda modellerna</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Stop both answers</source>
        <translation>Stoppa båda svaren</translation>
    </message>
    <message>
        <source>Before: the base model</source>
        <translation>Före: basmodellen</translation>
    </message>
    <message>
        <source>After: your fine-tuned model</source>
        <translation>Efter: din finjusterade modell</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Score the run</source>
        <translation>&amp;Betygsätt körningen</translation>
    </message>
    <message>
        <source>Score the run, base against fine-tuned</source>
        <translation>Betygsätt körningen: bas mot finjusterad</translation>
    </message>
    <message>
        <source>Measure the scenario&apos;s metric on the held-out rows for both models (writes eval.json).</source>
        <translation>Mät scenariots mått på de undanhållna raderna för båda modellerna (skriver eval.json).</translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation>Förlopp för betygsättning</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Fine-tuned</source>
        <translation>Finjusterad</translation>
    </message>
    <message>
        <source>Scores of the run</source>
        <translation>Körningens resultat</translation>
    </message>
    <message>
        <source>No trained run yet. Train one on the Train page.</source>
        <translation>Ingen tränad körning än. Träna en på sidan Träna.</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>Under träningen</translation>
    </message>
    <message>
        <source>Last eval loss (step {0})</source>
        <translation>Senaste valideringsförlust (steg {0})</translation>
    </message>
    <message>
        <source>Best eval loss (step {0})</source>
        <translation>Bästa valideringsförlust (steg {0})</translation>
    </message>
    <message>
        <source>Perplexity at the last eval</source>
        <translation>Perplexitet vid senaste utvärderingen</translation>
    </message>
    <message>
        <source>Scored on {0} held-out rows ({1}).</source>
        <translation>Betygsatt på {0} undanhållna rader ({1}).</translation>
    </message>
    <message>
        <source>Not scored yet: Score the run measures its scenario&apos;s metric for both models.</source>
        <translation>Inte betygsatt än: Betygsätt körningen mäter scenariots mått för båda modellerna.</translation>
    </message>
    <message>
        <source>Scenario: {0}</source>
        <translation>Scenario: {0}</translation>
    </message>
    <message>
        <source>The metric this scenario is judged by.</source>
        <translation>Måttet som scenariot bedöms efter.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Expected: {0}</source>
        <translation>Förväntat: {0}</translation>
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
        <translation>Exportera en tränad körning till ONNX för CPU:er, GPU:er och edge-enheter. Varje export kontrolleras mot den tränade modellen, och du kan prata med den innan du levererar den.</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Exportinställningar</translation>
    </message>
    <message>
        <source>Run to export</source>
        <translation>Körning att exportera</translation>
    </message>
    <message>
        <source>Runs that finished training.</source>
        <translation>Körningar som har tränat klart.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>fp32 (exact, largest)</source>
        <translation>fp32 (exakt, störst)</translation>
    </message>
    <message>
        <source>fp16 (half size, for GPUs)</source>
        <translation>fp16 (halva storleken, för GPU:er)</translation>
    </message>
    <message>
        <source>int8 (quarter size)</source>
        <translation>int8 (en fjärdedel av storleken)</translation>
    </message>
    <message>
        <source>int4 (smallest, fastest on CPU)</source>
        <translation>int4 (minst, snabbast på CPU)</translation>
    </message>
    <message>
        <source>Target device</source>
        <translation>Målenhet</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA-GPU (CUDA)</translation>
    </message>
    <message>
        <source>Windows GPU (DirectML)</source>
        <translation>Windows-GPU (DirectML)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Blockstorlek</translation>
    </message>
    <message>
        <source>Weights quantized together. Smaller blocks are more accurate and a little larger.</source>
        <translation>Vikter som kvantiseras tillsammans. Mindre block är noggrannare och lite större.</translation>
    </message>
    <message>
        <source>Accuracy level</source>
        <translation>Noggrannhetsnivå</translation>
    </message>
    <message>
        <source>Compute type of quantized matrix products. 4 (int8) is the fastest on CPUs.</source>
        <translation>Beräkningstyp för kvantiserade matrisprodukter. 4 (int8) är snabbast på CPU:er.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Körning:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precision:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Block size:</source>
        <translation>Blockstorlek:</translation>
    </message>
    <message>
        <source>Accuracy level:</source>
        <translation>Noggrannhetsnivå:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Exportera körningen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Stoppa exporten</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportförlopp</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Exports of this run:</source>
        <translation>Exporter av den här körningen:</translation>
    </message>
    <message>
        <source>Exports of this run</source>
        <translation>Exporter av den här körningen</translation>
    </message>
    <message>
        <source>Prompt for the exported model</source>
        <translation>Prompt för den exporterade modellen</translation>
    </message>
    <message>
        <source>Ask the exported model something…</source>
        <translation>Fråga den exporterade modellen något…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <source>Ask the exported model</source>
        <translation>Fråga den exporterade modellen</translation>
    </message>
    <message>
        <source>The exported model answers</source>
        <translation>Den exporterade modellen svarar</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Paritetsrapport</translation>
    </message>
    <message>
        <source>Try the export</source>
        <translation>Prova exporten</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startar…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>Stoppar; inget kommer att skrivas…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Stoppad. Inget skrevs.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exporterad till {0}</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>Exporterar {0}…</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>Exporten misslyckades: {0}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>Hårdvara</translation>
    </message>
    <message>
        <source>The processor, memory and accelerators found on this machine. The recommendations and memory estimates of the next steps are made for them.</source>
        <translation>Processorn, minnet och acceleratorerna som hittades på den här datorn. Rekommendationerna och minnesuppskattningarna i nästa steg görs för dem.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Detected hardware</source>
        <translation>Upptäckt hårdvara</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Identifiera igen</translation>
    </message>
    <message>
        <source>Detect the hardware again</source>
        <translation>Identifiera hårdvaran igen</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Identifierar…</translation>
    </message>
    <message>
        <source>Hardware detection failed: {0}</source>
        <translation>Hårdvaruidentifieringen misslyckades: {0}</translation>
    </message>
    <message>
        <source>Detection stopped.</source>
        <translation>Identifieringen stoppades.</translation>
    </message>
    <message>
        <source>Hardware detection unavailable in this build.</source>
        <translation>Hårdvaruidentifiering finns inte i den här versionen.</translation>
    </message>
    <message>
        <source>An NVIDIA GPU is present, but the installed PyTorch ({0}) is a CPU build: training runs on the CPU.</source>
        <translation>Det finns en NVIDIA-GPU, men installerade PyTorch ({0}) är en CPU-version: träningen körs på CPU:n.</translation>
    </message>
    <message>
        <source>The NVIDIA driver ({0}) is too old for the installed PyTorch ({1}): training runs on the CPU.</source>
        <translation>NVIDIA-drivrutinen ({0}) är för gammal för installerade PyTorch ({1}): träningen körs på CPU:n.</translation>
    </message>
    <message>
        <source>PyTorch is not installed or does not load, so training cannot start.</source>
        <translation>PyTorch är inte installerat eller går inte att läsa in, så träningen kan inte starta.</translation>
    </message>
    <message>
        <source>This is the CPU build of Desktop FT. To train on the GPU, install its GPU build, or install Desktop FT with pip (see the README).</source>
        <translation>Det här är CPU-versionen av Desktop FT. Installera GPU-versionen för att träna på GPU:n, eller installera Desktop FT med pip (se README).</translation>
    </message>
    <message>
        <source>Install the matching PyTorch build, then restart Desktop FT:</source>
        <translation>Installera motsvarande PyTorch-version och starta sedan om Desktop FT:</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver to version {0} or newer.</source>
        <translation>Uppdatera NVIDIA-drivrutinen till version {0} eller senare.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n GPU(s) that PyTorch cannot use yet: {0}.</source>
        <translation>
            <numerusform>Hittade %n GPU som PyTorch inte kan använda än: {0}.</numerusform>
            <numerusform>Hittade %n GPU:er som PyTorch inte kan använda än: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training can use %n GPU(s): {0}.</source>
        <translation>
            <numerusform>Träningen kan använda %n GPU: {0}.</numerusform>
            <numerusform>Träningen kan använda %n GPU:er: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GPU found: training runs on the CPU (fine for the demo and small models).</source>
        <translation>Ingen GPU hittades: träningen körs på CPU:n (räcker för demon och små modeller).</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kärnor</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Trådar</translation>
    </message>
    <message>
        <source>Instruction sets</source>
        <translation>Instruktionsuppsättningar</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Minne</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU:er</translation>
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
        <translation>Beräkningsförmåga (compute capability)</translation>
    </message>
    <message>
        <source>ONNX Runtime providers</source>
        <translation>ONNX Runtime-leverantörer</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Acceleratorer</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
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
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>Measured speed</source>
        <translation>Uppmätt hastighet</translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation>Tillgängligt minne</translation>
    </message>
    <message>
        <source>Memory free</source>
        <translation>Ledigt minne</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Ledigt diskutrymme</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Mapp för körningar</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Sammankoppling</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Drivrutin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>Inte identifierat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>{0} GFLOP/s (fp32 matmul)</source>
        <translation>{0} GFLOP/s (fp32-matrismultiplikation)</translation>
    </message>
    <message>
        <source>not measured (press Detect again)</source>
        <translation>inte uppmätt (tryck på Identifiera igen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No lengths to show yet.</source>
        <translation>Inga längder att visa än.</translation>
    </message>
</context>
<context>
    <name>HostedDialog</name>
    <message>
        <source>Fine-tune at a hosted service</source>
        <translation>Finjustera hos en molntjänst</translation>
    </message>
    <message>
        <source>Your dataset is converted to the service&apos;s chat format and checked against its rules. Nothing is uploaded until you confirm; the service bills the training tokens.</source>
        <translation>Din datamängd konverteras till tjänstens chattformat och kontrolleras mot dess regler. Inget laddas upp förrän du bekräftar; tjänsten debiterar träningstoken.</translation>
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
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Slutpunkt</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>Base model at the service</source>
        <translation>Basmodell hos tjänsten</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Slutpunkt:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;nyckel:</translation>
    </message>
    <message>
        <source>Base &amp;model:</source>
        <translation>Bas&amp;modell:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontrollera &amp;igen</translation>
    </message>
    <message>
        <source>Converted data and cost estimate</source>
        <translation>Konverterade data och kostnadsuppskattning</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Problem som hittades i data</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>&amp;Confirm and upload</source>
        <translation>&amp;Bekräfta och ladda upp</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Converting and checking the dataset…</source>
        <translation>Konverterar och kontrollerar datamängden…</translation>
    </message>
    <message>
        <source>The dataset cannot be prepared: {0}</source>
        <translation>Datamängden kan inte förberedas: {0}</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>sparad i systemets nyckelring</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>klistra in nyckeln</translation>
    </message>
    <message>
        <source>Dataset: {0} ({1})</source>
        <translation>Datamängd: {0} ({1})</translation>
    </message>
    <message>
        <source>Converted: {0} training and {1} validation examples, chat JSONL</source>
        <translation>Konverterat: {0} tränings- och {1} valideringsexempel, chatt-JSONL</translation>
    </message>
    <message>
        <source>Tokens per epoch: about {0} (largest example {1}; the service trains on up to {2} per example)</source>
        <translation>Token per epok: cirka {0} (största exemplet {1}; tjänsten tränar på högst {2} per exempel)</translation>
    </message>
    <message>
        <source>Billed training tokens: about {0} ({1} epochs)</source>
        <translation>Debiterade träningstoken: cirka {0} ({1} epoker)</translation>
    </message>
    <message>
        <source>The estimate counts about 4 bytes of text per token; the service reports the exact count when the job ends.</source>
        <translation>Uppskattningen räknar med cirka 4 byte text per token; tjänsten rapporterar det exakta antalet när jobbet är klart.</translation>
    </message>
    <message>
        <source>Base model: {0}</source>
        <translation>Basmodell: {0}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… och {0} till</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Inga problem hittades.</translation>
    </message>
    <message>
        <source>The dataset has not been checked yet.</source>
        <translation>Datamängden har inte kontrollerats än.</translation>
    </message>
    <message>
        <source>Fix the errors listed first.</source>
        <translation>Rätta de listade felen först.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s endpoint (https://…).</source>
        <translation>Ange tjänstens slutpunkt (https://…).</translation>
    </message>
    <message>
        <source>Enter the API key; it is kept in the system keyring.</source>
        <translation>Ange API-nyckeln; den sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Will upload {0} examples ({1}) to {2} at {3} and start a fine-tuning job of {4} there.</source>
        <translation>Laddar upp {0} exempel ({1}) till {2} på {3} och startar ett finjusteringsjobb för {4} där.</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <source>Preparing plots…</source>
        <translation>Förbereder diagram…</translation>
    </message>
    <message>
        <source>step</source>
        <translation>steg</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktuellt steg</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>&amp;Öppna konfiguration…</translation>
    </message>
    <message>
        <source>Use the bundled &amp;demo</source>
        <translation>Använd den medföljande &amp;demon</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Ljust tema</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Mörkt tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Desktop FT</source>
        <translation>&amp;Om Desktop FT</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>About Desktop FT</source>
        <translation>Om Desktop FT</translation>
    </message>
    <message>
        <source>Desktop FT {0}
Point-and-click fine-tuning of language models on your own machine, with ONNX export for the edge.</source>
        <translation>Desktop FT {0}
Finjustering av språkmodeller med några klick på din egen dator, med ONNX-export för edge-enheter.</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Öppna en körningskonfiguration</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Körningskonfiguration (*.yaml *.yml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Desktop FT — training</source>
        <translation>Desktop FT — träning</translation>
    </message>
    <message>
        <source>Desktop FT</source>
        <translation>Desktop FT</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Träningen pågår</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit?

It stops after the current step and keeps its last checkpoint; Resume continues it later.</source>
        <translation>En träningskörning pågår. Stoppa den och avsluta?

Den stannar efter det aktuella steget och behåller sin senaste kontrollpunkt; Återuppta fortsätter den senare.</translation>
    </message>
    <message>
        <source>Still stopping the run after its current step…</source>
        <translation>Körningen stoppas fortfarande efter det aktuella steget…</translation>
    </message>
    <message>
        <source>Stopping the run after its current step…</source>
        <translation>Stoppar körningen efter det aktuella steget…</translation>
    </message>
</context>
<context>
    <name>MemoryBars</name>
    <message>
        <source>device memory</source>
        <translation>enhetens minne</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>Minnesuppskattning</translation>
    </message>
    <message>
        <source>Total: {0} of {1} ({2})</source>
        <translation>Totalt: {0} av {1} ({2})</translation>
    </message>
    <message>
        <source>Select a plan to see its memory.</source>
        <translation>Välj en plan för att se dess minne.</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0} av {1} ({2})</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model to fine-tune: one from the catalog (Phi-3 family first), a model folder on this computer, or a download from the Hugging Face Hub.</source>
        <translation>Modellen att finjustera: en från katalogen (Phi-3-familjen först), en modellmapp på den här datorn eller en nedladdning från Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Model of this run:</source>
        <translation>Modell för den här körningen:</translation>
    </message>
    <message>
        <source>Model of this run</source>
        <translation>Modell för den här körningen</translation>
    </message>
    <message>
        <source>Allow this model to run its own code (trust_remote_code)</source>
        <translation>Tillåt den här modellen att köra egen kod (trust_remote_code)</translation>
    </message>
    <message>
        <source>Allow this model to run its own code</source>
        <translation>Tillåt den här modellen att köra egen kod</translation>
    </message>
    <message>
        <source>Some models ship Python code that runs on your computer, with your rights, when they load. Allow it only if you trust the model&apos;s authors. It applies to this model only.</source>
        <translation>Vissa modeller innehåller Python-kod som körs på din dator, med dina rättigheter, när de läses in. Tillåt det bara om du litar på modellens upphovsmän. Det gäller bara den här modellen.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Kontext (token)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Nedladdning</translation>
    </message>
    <message>
        <source>Hub id</source>
        <translation>Hubb-id</translation>
    </message>
    <message>
        <source>Size of the weights in bf16, as published.</source>
        <translation>Viktstorlek i bf16, som publicerad.</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Modellkatalog</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Använd den här modellen</translation>
    </message>
    <message>
        <source>Use the selected catalog model</source>
        <translation>Använd den valda katalogmodellen</translation>
    </message>
    <message>
        <source>Sizes and licences are known offline. A catalog model is downloaded when training starts, or below.</source>
        <translation>Storlekar och licenser är kända offline. En katalogmodell laddas ned när träningen startar, eller nedan.</translation>
    </message>
    <message>
        <source>Model folder on this computer</source>
        <translation>Modellmapp på den här datorn</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellmapp</translation>
    </message>
    <message>
        <source>A folder with config.json, weights and tokenizer</source>
        <translation>En mapp med config.json, vikter och tokeniserare</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Välj en modellmapp</translation>
    </message>
    <message>
        <source>Download from the Hugging Face Hub</source>
        <translation>Ladda ned från Hugging Face Hub</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Ladda ned</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>Ladda ned modellen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Stop the download</source>
        <translation>Stoppa nedladdningen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Nedladdningsförlopp</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Nedladdningsstatus</translation>
    </message>
    <message>
        <source>{0} parameters, {1} tokens of context</source>
        <translation>{0} parametrar, {1} token kontext</translation>
    </message>
    <message>
        <source>Type a hub id, such as microsoft/Phi-3-mini-4k-instruct.</source>
        <translation>Skriv ett hubb-id, till exempel microsoft/Phi-3-mini-4k-instruct.</translation>
    </message>
    <message>
        <source>Connecting to the Hub for {0}…</source>
        <translation>Ansluter till Hub för {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Laddar ned {0}…</translation>
    </message>
    <message>
        <source>Downloaded to {0}. It is now the model of this run.</source>
        <translation>Nedladdad till {0}. Den är nu modellen för den här körningen.</translation>
    </message>
    <message>
        <source>Download stopped. Files already fetched stay in the cache.</source>
        <translation>Nedladdningen stoppades. Filer som redan hämtats finns kvar i cachen.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Vad du kan göra: {0}</translation>
    </message>
    <message>
        <source>demo (bundled Phi-3 architecture demo model)</source>
        <translation>demo (medföljande demomodell med Phi-3-arkitektur)</translation>
    </message>
</context>
<context>
    <name>ParityView</name>
    <message>
        <source>Parity verdict</source>
        <translation>Paritetsbedömning</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
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
        <translation>Tröskel</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Paritetsrapport</translation>
    </message>
    <message>
        <source>match: answers like the trained model</source>
        <translation>överensstämmer: svarar som den tränade modellen</translation>
    </message>
    <message>
        <source>pass: within the limits for this precision</source>
        <translation>godkänd: inom gränserna för den här precisionen</translation>
    </message>
    <message>
        <source>fail: does not answer like the trained model</source>
        <translation>underkänd: svarar inte som den tränade modellen</translation>
    </message>
    <message>
        <source>not run: this target cannot run here</source>
        <translation>inte körd: det här målet kan inte köras här</translation>
    </message>
    <message>
        <source>No export selected.</source>
        <translation>Ingen export vald.</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>Bedömning: {0}</translation>
    </message>
    <message>
        <source>Largest logit difference</source>
        <translation>Största logitskillnad</translation>
    </message>
    <message>
        <source>Relative logit difference</source>
        <translation>Relativ logitskillnad</translation>
    </message>
    <message>
        <source>Same next token (top-1)</source>
        <translation>Samma nästa token (top-1)</translation>
    </message>
    <message>
        <source>Same next token where PyTorch is sure</source>
        <translation>Samma nästa token där PyTorch är säker</translation>
    </message>
    <message>
        <source>Mean KL divergence</source>
        <translation>Genomsnittlig KL-divergens</translation>
    </message>
    <message>
        <source>Same greedy answer</source>
        <translation>Samma giriga svar</translation>
    </message>
    <message>
        <source>Greedy tokens in agreement</source>
        <translation>Överensstämmande token vid girig avkodning</translation>
    </message>
    <message>
        <source>Stops where PyTorch stops</source>
        <translation>Stannar där PyTorch stannar</translation>
    </message>
    <message>
        <source>End tokens</source>
        <translation>Sluttoken</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chattmall</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexitet</translation>
    </message>
    <message>
        <source>Perplexity ratio (ONNX / PyTorch)</source>
        <translation>Perplexitetskvot (ONNX / PyTorch)</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Storlek på disk</translation>
    </message>
    <message>
        <source>Load time (s)</source>
        <translation>Inläsningstid (s)</translation>
    </message>
    <message>
        <source>First token (s)</source>
        <translation>Första token (s)</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Token per sekund</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ranked fine-tuning plans for this machine, with their memory estimates. Choose one and apply it: the Train page runs exactly these settings.</source>
        <translation>Rangordnade finjusteringsplaner för den här datorn, med minnesuppskattningar. Välj en och tillämpa den: sidan Träna kör exakt de inställningarna.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Sekvenslängd</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation>Se&amp;kvens:</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Rekommendera</translation>
    </message>
    <message>
        <source>Recommend plans</source>
        <translation>Rekommendera planer</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Go to &amp;Hardware</source>
        <translation>Gå till &amp;Hårdvara</translation>
    </message>
    <message>
        <source>Go to the Hardware page</source>
        <translation>Gå till sidan Hårdvara</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Fördelning</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Toppminne</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Ranked plans</source>
        <translation>Rangordnade planer</translation>
    </message>
    <message>
        <source>Why this plan</source>
        <translation>Varför den här planen</translation>
    </message>
    <message>
        <source>&amp;Apply to training settings</source>
        <translation>&amp;Tillämpa på träningsinställningarna</translation>
    </message>
    <message>
        <source>Apply the selected plan to the training settings</source>
        <translation>Tillämpa den valda planen på träningsinställningarna</translation>
    </message>
    <message>
        <source>Run hos&amp;ted…</source>
        <translation>Kör i m&amp;olnet…</translation>
    </message>
    <message>
        <source>Fine-tune at a hosted service (Azure AI Foundry or OpenAI) instead of this machine: the data, the cost and the destination are shown first</source>
        <translation>Finjustera hos en molntjänst (Azure AI Foundry eller OpenAI) i stället för på den här datorn: data, kostnad och mål visas först</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Cookbook matrix</source>
        <translation>Cookbook-matrisen</translation>
    </message>
    <message>
        <source>Several processes</source>
        <translation>Flera processer</translation>
    </message>
    <message>
        <source>Lower cost</source>
        <translation>Lägre kostnad</translation>
    </message>
    <message>
        <source>Less memory</source>
        <translation>Mindre minne</translation>
    </message>
    <message>
        <source>Fewer parameters</source>
        <translation>Färre parametrar</translation>
    </message>
    <message>
        <source>Multi-GPU</source>
        <translation>Flera GPU:er</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>ryms</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knappt</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>ryms inte</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>vikter</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adapter</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradienter</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimerare</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>aktiveringar</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logits</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>overhead</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scenario or goal</source>
        <translation>Scenario eller mål</translation>
    </message>
    <message>
        <source>Fine-tuning scenarios and techniques</source>
        <translation>Scenarier och tekniker för finjustering</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Training settings now: {0}</source>
        <translation>Träningsinställningar nu: {0}</translation>
    </message>
    <message>
        <source>, rank {0}</source>
        <translation>, rang {0}</translation>
    </message>
    <message>
        <source>, batch {0} × {1}, {2} tokens, checkpointing {3}</source>
        <translation>, batch {0} × {1}, {2} token, checkpointing {3}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>Detect hardware first: plans are made for the machine the Hardware page found.</source>
        <translation>Identifiera hårdvaran först: planerna görs för datorn som sidan Hårdvara hittade.</translation>
    </message>
    <message>
        <source>For {0} ({1}).</source>
        <translation>För {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} on {1} GPUs</source>
        <translation>{0} på {1} GPU:er</translation>
    </message>
    <message>
        <source> + CPU offload</source>
        <translation> + avlastning till CPU</translation>
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
        <translation>Välj en plan först.</translation>
    </message>
    <message>
        <source>usable on the device</source>
        <translation>användbart på enheten</translation>
    </message>
    <message>
        <source>usable memory</source>
        <translation>användbart minne</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Vad du kan ändra:</translation>
    </message>
    <message>
        <source>Set the technique, rank, batch, length and checkpointing of the Train page to this plan&apos;s.</source>
        <translation>Ställer in teknik, rang, batch, längd och checkpointing på sidan Träna enligt den här planen.</translation>
    </message>
    <message>
        <source>{0} cannot be trained by this app.</source>
        <translation>{0} kan inte tränas i den här appen.</translation>
    </message>
    <message>
        <source>This plan spreads training over {0} GPUs ({1}); choose a ZeRO stage or FSDP on the Several processes tab.</source>
        <translation>Den här planen fördelar träningen över {0} GPU:er ({1}); välj ett ZeRO-steg eller FSDP på fliken Flera processer.</translation>
    </message>
    <message>
        <source>This plan needs a device this machine does not have.</source>
        <translation>Den här planen behöver en enhet som den här datorn saknar.</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
</context>
<context>
    <name>RunCurves</name>
    <message>
        <source>Select one run to see its loss, or several to compare them.</source>
        <translation>Välj en körning för att se dess förlust, eller flera för att jämföra dem.</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Runs</source>
        <extracomment>the window tells which run is training now: that one is never deleted</extracomment>
        <translation>Körningar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Körning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>Senaste förlust</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Öppna &amp;mapp</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Refresh the list of runs</source>
        <translation>Uppdatera listan över körningar</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s folder</source>
        <translation>Öppna den valda körningens mapp</translation>
    </message>
    <message>
        <source>Resume the selected run</source>
        <translation>Återuppta den valda körningen</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>Ta bort de valda körningarna</translation>
    </message>
    <message>
        <source>Runs folder:</source>
        <translation>Mapp för körningar:</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Mapp för körningar</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Förlust</translation>
    </message>
    <message>
        <source>train</source>
        <translation>träning</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>validering</translation>
    </message>
    <message>
        <source>Run in use</source>
        <translation>Körningen används</translation>
    </message>
    <message>
        <source>{0} is training now. Stop it first.</source>
        <translation>{0} tränar just nu. Stoppa den först.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Ta bort körningar</translation>
    </message>
    <message numerus="yes">
        <source>Runs to delete: %n. Everything in their folders goes with them: checkpoints, adapter, merged model and exports. This cannot be undone. Delete?</source>
        <translation>
            <numerusform>Körningar att ta bort: %n. Allt i deras mappar försvinner: kontrollpunkter, adapter, sammanslagen modell och exporter. Det går inte att ångra. Ta bort?</numerusform>
            <numerusform>Körningar att ta bort: %n. Allt i deras mappar försvinner: kontrollpunkter, adapter, sammanslagen modell och exporter. Det går inte att ångra. Ta bort?</numerusform>
        </translation>
    </message>
    <message>
        <source>step</source>
        <translation>steg</translation>
    </message>
    <message>
        <source>Every run keeps its configuration, events and checkpoints in its own folder. Select a run to plot its loss, or several to compare them. A stopped run can be resumed.</source>
        <translation>Varje körning sparar sin konfiguration, sina händelser och kontrollpunkter i en egen mapp. Välj en körning för att rita dess förlust, eller flera för att jämföra dem. En stoppad körning kan återupptas.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Loss</source>
        <translation>Förlust</translation>
    </message>
    <message>
        <source>train</source>
        <translation>träning</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>validering</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Inlärningstakt</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Token per sekund</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Gradientnorm</translation>
    </message>
    <message>
        <source>grad norm</source>
        <translation>gradientnorm</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Minne (GiB)</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>topp</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Träna</translation>
    </message>
    <message>
        <source>Fine-tune with the settings of the previous steps and watch it learn. Stop keeps the last checkpoint; Resume continues the last run from it.</source>
        <translation>Finjustera med inställningarna från föregående steg och se modellen lära sig. Stoppa behåller den senaste kontrollpunkten; Återuppta fortsätter den senaste körningen därifrån.</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Run configuration file</source>
        <translation>Fil med körningskonfiguration</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Öppna en körningskonfiguration</translation>
    </message>
    <message>
        <source>Open a run configuration (YAML)</source>
        <translation>Öppna en körningskonfiguration (YAML)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Starta träningen</translation>
    </message>
    <message>
        <source>Start a new run with this configuration</source>
        <translation>Starta en ny körning med den här konfigurationen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Stoppa träningen</translation>
    </message>
    <message>
        <source>Stop after the current step, keeping a checkpoint</source>
        <translation>Stoppa efter det aktuella steget och behåll en kontrollpunkt</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <source>Resume the last run</source>
        <translation>Återuppta den senaste körningen</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Träningsförlopp</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Träningsstatus</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Träningslogg</translation>
    </message>
    <message>
        <source>The run&apos;s log appears here.</source>
        <translation>Körningens logg visas här.</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startar…</translation>
    </message>
    <message>
        <source>Continue {0} from its last checkpoint</source>
        <translation>Fortsätt {0} från dess senaste kontrollpunkt</translation>
    </message>
    <message>
        <source>No stopped run with a checkpoint to continue</source>
        <translation>Ingen stoppad körning med en kontrollpunkt att fortsätta</translation>
    </message>
    <message>
        <source>The configuration could not be loaded: {0}</source>
        <translation>Konfigurationen kunde inte läsas in: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln steg</numerusform>
            <numerusform>%Ln steg</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} epoker</translation>
    </message>
    <message>
        <source>the bundled demo model</source>
        <translation>den medföljande demomodellen</translation>
    </message>
    <message>
        <source>Ready: {0} on {1}, {2}.</source>
        <translation>Klart: {0} på {1}, {2}.</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Körningskonfiguration (*.yaml *.yml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>no run configuration is loaded</source>
        <translation>ingen körningskonfiguration är inläst</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stoppar efter det aktuella steget…</translation>
    </message>
    <message>
        <source>Starting: loading the model and the data…</source>
        <translation>Startar: läser in modellen och data…</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln line(s) not shown here (all are in the run&apos;s log.txt)</source>
        <translation>
            <numerusform>… %Ln rad visas inte här (alla finns i körningens log.txt)</numerusform>
            <numerusform>… %Ln rader visas inte här (alla finns i körningens log.txt)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}step {1} of {2} · ETA {3}</source>
        <translation>{0}steg {1} av {2} · klart om {3}</translation>
    </message>
    <message>
        <source>Training… loss {0}</source>
        <translation>Tränar… förlust {0}</translation>
    </message>
    <message>
        <source>Stopped at step {0}. Resume continues from the last checkpoint.</source>
        <translation>Stoppad vid steg {0}. Återuppta fortsätter från den senaste kontrollpunkten.</translation>
    </message>
    <message>
        <source>Finished: {0} steps, loss {1} → {2}. Run folder: {3}</source>
        <translation>Klart: {0} steg, förlust {1} → {2}. Körningens mapp: {3}</translation>
    </message>
    <message>
        <source>The run failed: {0}</source>
        <translation>Körningen misslyckades: {0}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cannot continue</source>
        <translation>Kan inte fortsätta</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>Var: {0}</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Vad du kan göra: {0}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside Desktop FT. This is a bug, not something you did.</source>
        <translation>Förlåt, något gick fel inuti Desktop FT. Det är ett programfel, inte något du gjorde.</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Internt fel</translation>
    </message>
    <message>
        <source>(the terminal)</source>
        <translation>(terminalen)</translation>
    </message>
    <message>
        <source>The details were saved to:
{0}
Please include that file when you report it. The app keeps running.</source>
        <translation>Detaljerna sparades i:
{0}
Bifoga filen när du rapporterar felet. Appen fortsätter att köra.</translation>
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
        <translation>fullständig finjustering</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>unknown setting &apos;{name}&apos;</source>
        <extracomment>UserError key -&gt; English template; {names} are the error&apos;s params.</extracomment>
        <translation>okänd inställning &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {name}</source>
        <translation>&apos;{value}&apos; är inte ett giltigt värde för {name}</translation>
    </message>
    <message>
        <source>missing field &apos;{field}&apos;</source>
        <translation>fältet &apos;{field}&apos; saknas</translation>
    </message>
    <message>
        <source>unknown scenario &apos;{scenario}&apos;</source>
        <translation>okänt scenario &apos;{scenario}&apos;</translation>
    </message>
    <message>
        <source>unknown goal &apos;{goal}&apos;</source>
        <translation>okänt mål &apos;{goal}&apos;</translation>
    </message>
    <message>
        <source>the ONNX builder does not support the {architecture} architecture</source>
        <translation>ONNX-byggaren stöder inte arkitekturen {architecture}</translation>
    </message>
    <message>
        <source>configuration file not found</source>
        <extracomment>Messages and hints without parameters, translated by their English text.</extracomment>
        <translation>konfigurationsfilen hittades inte</translation>
    </message>
    <message>
        <source>the configuration file is not UTF-8 text</source>
        <translation>konfigurationsfilen är inte UTF-8-text</translation>
    </message>
    <message>
        <source>the configuration file is empty</source>
        <translation>konfigurationsfilen är tom</translation>
    </message>
    <message>
        <source>expected a mapping of settings</source>
        <translation>förväntade en mappning av inställningar</translation>
    </message>
    <message>
        <source>no model given</source>
        <translation>ingen modell angiven</translation>
    </message>
    <message>
        <source>no dataset given</source>
        <translation>ingen datamängd angiven</translation>
    </message>
    <message>
        <source>check the path, e.g. resources/examples/demo-lora.yaml</source>
        <translation>kontrollera sökvägen, t.ex. resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>save it as UTF-8</source>
        <translation>spara den som UTF-8</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml</source>
        <translation>se resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml for the layout</source>
        <translation>se resources/examples/demo-lora.yaml för upplägget</translation>
    </message>
    <message>
        <source>fix the indentation or quoting on that line</source>
        <translation>rätta indraget eller citattecknen på den raden</translation>
    </message>
    <message>
        <source>use &apos;demo&apos;, a catalog name, a hub id or a model folder</source>
        <translation>använd &apos;demo&apos;, ett katalognamn, ett hubb-id eller en modellmapp</translation>
    </message>
    <message>
        <source>set data.path to a JSONL, JSON or CSV file</source>
        <translation>sätt data.path till en JSONL-, JSON- eller CSV-fil</translation>
    </message>
    <message>
        <source>dataset file not found</source>
        <translation>datamängdsfilen hittades inte</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>filen är inte UTF-8-text</translation>
    </message>
    <message>
        <source>the dataset is empty</source>
        <translation>datamängden är tom</translation>
    </message>
    <message>
        <source>the dataset has no examples</source>
        <translation>datamängden har inga exempel</translation>
    </message>
    <message>
        <source>expected a file, found a folder</source>
        <translation>förväntade en fil, hittade en mapp</translation>
    </message>
    <message>
        <source>expected a JSON array of examples</source>
        <translation>förväntade en JSON-array med exempel</translation>
    </message>
    <message>
        <source>no usable training examples</source>
        <translation>inga användbara träningsexempel</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>texten är tom</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>etiketten är tom</translation>
    </message>
    <message>
        <source>the sentence has no tokens</source>
        <translation>meningen har inga token</translation>
    </message>
    <message>
        <source>the question has no answer</source>
        <translation>frågan har inget svar</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>förväntade en lista med strängar</translation>
    </message>
    <message>
        <source>expected an object with &apos;role&apos; and &apos;content&apos;</source>
        <translation>förväntade ett objekt med &apos;role&apos; och &apos;content&apos;</translation>
    </message>
    <message>
        <source>the conversation has no user or assistant turn</source>
        <translation>konversationen har ingen replik från användare eller assistent</translation>
    </message>
    <message>
        <source>a system message may only come first</source>
        <translation>ett systemmeddelande får bara komma först</translation>
    </message>
    <message>
        <source>the conversation must start with a user turn</source>
        <translation>konversationen måste börja med en replik från användaren</translation>
    </message>
    <message>
        <source>the conversation has no assistant answer to learn from</source>
        <translation>konversationen har inget assistentsvar att lära sig av</translation>
    </message>
    <message>
        <source>nothing to train: no configuration given</source>
        <translation>inget att träna: ingen konfiguration angiven</translation>
    </message>
    <message>
        <source>the run has no complete checkpoint to resume from</source>
        <translation>körningen har ingen fullständig kontrollpunkt att återuppta från</translation>
    </message>
    <message>
        <source>there is nothing left to lower in this run&apos;s settings</source>
        <translation>det finns inget kvar att sänka i den här körningens inställningar</translation>
    </message>
    <message>
        <source>no such model on the Hugging Face Hub</source>
        <translation>ingen sådan modell på Hugging Face Hub</translation>
    </message>
    <message>
        <source>this model is gated: its licence must be accepted first</source>
        <translation>modellen är låst: dess licens måste godkännas först</translation>
    </message>
    <message>
        <source>cannot reach the Hugging Face Hub (offline)</source>
        <translation>kan inte nå Hugging Face Hub (offline)</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>prompten är tom</translation>
    </message>
    <message>
        <source>type a question</source>
        <translation>skriv en fråga</translation>
    </message>
    <message>
        <source>shorten the prompt</source>
        <translation>korta ned prompten</translation>
    </message>
    <message>
        <source>no adapter to export</source>
        <translation>ingen adapter att exportera</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>mappen hittades inte</translation>
    </message>
    <message>
        <source>model folder not found</source>
        <translation>modellmappen hittades inte</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>inte en mapp</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>filen saknas</translation>
    </message>
    <message>
        <source>this is a LoRA adapter, not a full model</source>
        <translation>det här är en LoRA-adapter, inte en hel modell</translation>
    </message>
    <message>
        <source>not a PEFT adapter folder (no adapter_config.json)</source>
        <translation>inte en PEFT-adaptermapp (ingen adapter_config.json)</translation>
    </message>
    <message>
        <source>the run&apos;s base model folder is not on this machine</source>
        <translation>körningens basmodellmapp finns inte på den här datorn</translation>
    </message>
    <message>
        <source>not a model folder: config.json is missing</source>
        <translation>inte en modellmapp: config.json saknas</translation>
    </message>
    <message>
        <source>no model weights (*.safetensors or pytorch_model.bin)</source>
        <translation>inga modellvikter (*.safetensors eller pytorch_model.bin)</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json or tokenizer.model)</source>
        <translation>ingen tokeniserare (tokenizer.json eller tokenizer.model)</translation>
    </message>
    <message>
        <source>the output path is a file</source>
        <translation>utdatasökvägen är en fil</translation>
    </message>
    <message>
        <source>this folder is already an ONNX export</source>
        <translation>den här mappen är redan en ONNX-export</translation>
    </message>
    <message>
        <source>the ONNX builder does not support this model</source>
        <translation>ONNX-byggaren stöder inte den här modellen</translation>
    </message>
    <message>
        <source>onnxruntime-genai (with its model builder) is not installed</source>
        <translation>onnxruntime-genai (med sin modellbyggare) är inte installerat</translation>
    </message>
    <message>
        <source>the output folder exists and is not an export of ours; not replacing it</source>
        <translation>utdatamappen finns och är inte en export från oss; den ersätts inte</translation>
    </message>
    <message>
        <source>gradient checkpointing and batch 1 were already tried for every technique</source>
        <translation>gradient checkpointing och batch 1 har redan provats för varje teknik</translation>
    </message>
    <message>
        <source>hosted fine-tuning: the cookbook&apos;s model-as-a-service (serverless fine-tuning in Azure AI Foundry) trains Phi models without your own GPU</source>
        <translation>finjustering som tjänst: kokbokens modell som tjänst (serverlös finjustering i Azure AI Foundry) tränar Phi-modeller utan egen GPU</translation>
    </message>
    <message>
        <source>hosted fine-tuning on a cloud GPU (e.g. Azure Machine Learning) runs the same plan on a bigger device</source>
        <translation>finjustering på en moln-GPU (t.ex. Azure Machine Learning) kör samma plan på en större enhet</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (measured matmul speed)</source>
        <translation>ingen GPU: alla planer körs på CPU:n; tiderna som visas är uppskattningar för den här processorn (uppmätt matrismultiplikationshastighet)</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (assumed speed)</source>
        <translation>ingen GPU: alla planer körs på CPU:n; tiderna som visas är uppskattningar för den här processorn (antagen hastighet)</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>ryms</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knappt</translation>
    </message>
    <message>
        <source>does-not-fit</source>
        <translation>ryms inte</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>vikter</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adapter</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradienter</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimerare</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>aktiveringar</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logits</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>overhead</translation>
    </message>
    <message>
        <source>this CPU</source>
        <translation>den här processorn</translation>
    </message>
    <message>
        <source>measured CPU matmul speed</source>
        <translation>uppmätt matrismultiplikationshastighet på CPU</translation>
    </message>
    <message>
        <source>assumed CPU speed (the profile has no measurement)</source>
        <translation>antagen CPU-hastighet (profilen saknar mätning)</translation>
    </message>
    <message>
        <source>catalogued GPU throughput</source>
        <translation>GPU-genomströmning från katalogen</translation>
    </message>
    <message>
        <source>assumed GPU throughput</source>
        <translation>antagen GPU-genomströmning</translation>
    </message>
    <message>
        <source>calibrated on this device</source>
        <translation>kalibrerad på den här enheten</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>fullständig finjustering</translation>
    </message>
    <message>
        <source>QLoRA 4-bit</source>
        <translation>QLoRA 4-bitars</translation>
    </message>
    <message>
        <source>LoRA on 8-bit weights</source>
        <translation>LoRA på 8-bitarsvikter</translation>
    </message>
    <message>
        <source>prompt tuning</source>
        <translation>promptjustering</translation>
    </message>
    <message>
        <source>prefix tuning</source>
        <translation>prefixjustering</translation>
    </message>
    <message>
        <source>put the text in quotes</source>
        <translation>sätt texten inom citattecken</translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation>varje rad måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>fix the JSON syntax</source>
        <translation>rätta JSON-syntaxen</translation>
    </message>
    <message>
        <source>this looks like JSON Lines (one object per line): save it as .jsonl</source>
        <translation>det här ser ut som JSON Lines (ett objekt per rad): spara den som .jsonl</translation>
    </message>
    <message>
        <source>this looks like a JSON array: save it with the .json extension</source>
        <translation>det här ser ut som en JSON-array: spara den med filändelsen .json</translation>
    </message>
    <message>
        <source>wrap the examples in [ ... ] or use JSON Lines</source>
        <translation>omslut exemplen med [ ... ] eller använd JSON Lines</translation>
    </message>
    <message>
        <source>add a message with role &apos;assistant&apos;</source>
        <translation>lägg till ett meddelande med rollen &apos;assistant&apos;</translation>
    </message>
    <message>
        <source>add a user question and the assistant&apos;s answer</source>
        <translation>lägg till en fråga från användaren och assistentens svar</translation>
    </message>
    <message>
        <source>add at least a few examples</source>
        <translation>lägg till åtminstone några exempel</translation>
    </message>
    <message>
        <source>add at least a few examples, one per line</source>
        <translation>lägg till åtminstone några exempel, ett per rad</translation>
    </message>
    <message>
        <source>add examples or lower train.batch_size</source>
        <translation>lägg till exempel eller sänk train.batch_size</translation>
    </message>
    <message>
        <source>check data.max_length and the dataset&apos;s answers</source>
        <translation>kontrollera data.max_length och datamängdens svar</translation>
    </message>
    <message>
        <source>check data.path (relative paths are relative to the config file)</source>
        <translation>kontrollera data.path (relativa sökvägar utgår från konfigurationsfilen)</translation>
    </message>
    <message>
        <source>fill it in or remove the example</source>
        <translation>fyll i det eller ta bort exemplet</translation>
    </message>
    <message>
        <source>give at least one answer</source>
        <translation>ange minst ett svar</translation>
    </message>
    <message>
        <source>give every example a label</source>
        <translation>ge varje exempel en etikett</translation>
    </message>
    <message>
        <source>move it to the start, or make it a user turn</source>
        <translation>flytta det till början, eller gör det till en replik från användaren</translation>
    </message>
    <message>
        <source>put the user&apos;s question before the assistant&apos;s answer</source>
        <translation>sätt användarens fråga före assistentens svar</translation>
    </message>
    <message>
        <source>remove the example or fill in its words</source>
        <translation>ta bort exemplet eller fyll i dess ord</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)</source>
        <translation>spara filen som UTF-8 (i Anteckningar: Spara som, Kodning: UTF-8)</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (most editors offer it under &apos;Save as&apos;)</source>
        <translation>spara filen som UTF-8 (de flesta redigerare erbjuder det under &apos;Spara som&apos;)</translation>
    </message>
    <message>
        <source>user and assistant turns must alternate</source>
        <translation>repliker från användare och assistent måste växla</translation>
    </message>
    <message>
        <source>use &apos;human&apos; and &apos;gpt&apos; (or &apos;system&apos;)</source>
        <translation>använd &apos;human&apos; och &apos;gpt&apos; (eller &apos;system&apos;)</translation>
    </message>
    <message>
        <source>give exactly one tag per token</source>
        <translation>ange exakt en tagg per token</translation>
    </message>
    <message>
        <source>quote cells that contain commas or line breaks</source>
        <translation>citera celler som innehåller kommatecken eller radbrytningar</translation>
    </message>
    <message>
        <source>use O, B-TYPE (first word of an entity) or I-TYPE (the words after it)</source>
        <translation>använd O, B-TYP (första ordet i en entitet) eller I-TYP (orden efter det)</translation>
    </message>
    <message>
        <source>write the class name, e.g. &quot;positive&quot;</source>
        <translation>skriv klassens namn, t.ex. &quot;positive&quot;</translation>
    </message>
    <message>
        <source>each line must be an object such as {&quot;messages&quot;: [...]}</source>
        <translation>varje rad måste vara ett objekt, till exempel {&quot;messages&quot;: [...]}</translation>
    </message>
    <message>
        <source>16-bit training on a CPU without bf16 instructions is very slow; use fp32</source>
        <translation>16-bitarsträning på en CPU utan bf16-instruktioner är mycket långsam; använd fp32</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; this machine&apos;s RAM has {capacity} usable ({verdict})</source>
        <extracomment>Sentences core builds with values in them, matched by their English shape ({name}: a value).</extracomment>
        <translation>{method} i {dtype} behöver {peak}; den här datorns RAM har {capacity} användbart ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>{method} i {dtype} behöver {peak}; GPU:n har {capacity} användbart ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>{method} i {dtype} med {distributed} behöver {peak}; GPU:n har {capacity} användbart ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>{method} i {dtype} behöver {peak} per GPU; varje GPU har {capacity} användbart ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>{method} i {dtype} med {distributed} behöver {peak} per GPU; varje GPU har {capacity} användbart ({verdict})</translation>
    </message>
    <message>
        <source>trains {trainable} of {total} parameters ({share})</source>
        <translation>tränar {trainable} av {total} parametrar ({share})</translation>
    </message>
    <message>
        <source>largest memory term: {term} ({size})</source>
        <translation>största minnesposten: {term} ({size})</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} - &apos;{row}&apos;: yes</source>
        <translation>kokbokens matris: {techniques} – &apos;{row}&apos;: ja</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;</source>
        <translation>kokbokens matris: {techniques} är inte markerad för &apos;{row}&apos;</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;; by this estimate it needs {peak} against {full} for full fine-tuning</source>
        <translation>kokbokens matris: {techniques} är inte markerad för &apos;{row}&apos;; enligt den här uppskattningen behöver den {peak} mot {full} för fullständig finjustering</translation>
    </message>
    <message>
        <source>time: about {duration} per epoch of {examples} examples x {seq} tokens on {where} ({rate}, {source})</source>
        <translation>tid: cirka {duration} per epok med {examples} exempel × {seq} token på {where} ({rate}, {source})</translation>
    </message>
    <message>
        <source>shorter sequences: at {seq} tokens, {method} fits ({peak})</source>
        <translation>kortare sekvenser: vid {seq} token ryms {method} ({peak})</translation>
    </message>
    <message>
        <source>a smaller model: {model} ({size}) fits with {method} ({peak})</source>
        <translation>en mindre modell: {model} ({size}) ryms med {method} ({peak})</translation>
    </message>
    <message>
        <source>more GPUs: with {gpus} GPUs like this one, LoRA with ZeRO-3 sharding fits ({peak} per GPU)</source>
        <translation>fler GPU:er: med {gpus} GPU:er som den här ryms LoRA med ZeRO-3-uppdelning ({peak} per GPU)</translation>
    </message>
    <message>
        <source>goal &apos;data-parallel&apos; needs two or more GPUs; this machine has {gpus}</source>
        <translation>målet &apos;data-parallel&apos; kräver två eller fler GPU:er; den här datorn har {gpus}</translation>
    </message>
    <message>
        <source>{summary}; {method} needs {peak}</source>
        <translation>{summary}; {method} behöver {peak}</translation>
    </message>
    <message>
        <source>{distributed} with one GPU shards nothing</source>
        <translation>{distributed} med en GPU delar inte upp något</translation>
    </message>
    <message>
        <source>the plan uses {gpus} GPUs; the profile has {found}</source>
        <translation>planen använder {gpus} GPU:er; profilen har {found}</translation>
    </message>
    <message>
        <source>{method} needs bitsandbytes on a CUDA, ROCm or XPU GPU; it is not available on this device</source>
        <translation>{method} kräver bitsandbytes på en CUDA-, ROCm- eller XPU-GPU; det finns inte på den här enheten</translation>
    </message>
    <message>
        <source>offload needs {size} of CPU memory; the machine has {memory}</source>
        <translation>avlastningen behöver {size} CPU-minne; datorn har {memory}</translation>
    </message>
    <message>
        <source>sequence length {seq} is beyond the model&apos;s context ({context})</source>
        <translation>sekvenslängden {seq} är längre än modellens kontext ({context})</translation>
    </message>
    <message>
        <source>{epochs} epochs take about {duration}</source>
        <translation>{epochs} epoker tar cirka {duration}</translation>
    </message>
    <message>
        <source>{place}: field &apos;{field}&apos;</source>
        <translation>{place}: fält &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>missing setting &apos;{name}&apos;</source>
        <translation>inställningen &apos;{name}&apos; saknas</translation>
    </message>
    <message>
        <source>expected {expected}, got {value}</source>
        <translation>förväntade {expected}, fick {value}</translation>
    </message>
    <message>
        <source>{name} = {value} is out of range: it must be {rule}</source>
        <translation>{name} = {value} är utanför intervallet: det måste vara {rule}</translation>
    </message>
    <message>
        <source>set {name} to a value {rule}</source>
        <translation>sätt {name} till ett värde {rule}</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;?</source>
        <translation>menade du &apos;{name}&apos;?</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;? map it with data.columns</source>
        <translation>menade du &apos;{name}&apos;? mappa den med data.columns</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>välj ett av: {choices}</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>använd en av: {choices}</translation>
    </message>
    <message>
        <source>write {example}</source>
        <translation>skriv {example}</translation>
    </message>
    <message>
        <source>the same example as line {line}</source>
        <translation>samma exempel som rad {line}</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>ogiltig YAML: {problem}</translation>
    </message>
    <message>
        <source>invalid JSON ({problem})</source>
        <translation>ogiltig JSON ({problem})</translation>
    </message>
    <message>
        <source>invalid CSV ({problem})</source>
        <translation>ogiltig CSV ({problem})</translation>
    </message>
    <message>
        <source>expected a JSON object, found {found}</source>
        <translation>förväntade ett JSON-objekt, hittade {found}</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>förväntade ett objekt, hittade {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>förväntade text, hittade {found}</translation>
    </message>
    <message>
        <source>expected a list of messages, found {found}</source>
        <translation>förväntade en lista med meddelanden, hittade {found}</translation>
    </message>
    <message>
        <source>row has {cells} columns, the header has {header}</source>
        <translation>raden har {cells} kolumner, rubriken har {header}</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos;</source>
        <translation>filtypen &apos;{suffix}&apos; stöds inte</translation>
    </message>
    <message>
        <source>use one of {suffixes}</source>
        <translation>använd en av {suffixes}</translation>
    </message>
    <message>
        <source>cannot tell the dataset format from the fields {fields}</source>
        <translation>kan inte avgöra datamängdens format utifrån fälten {fields}</translation>
    </message>
    <message>
        <source>two &apos;{role}&apos; turns in a row</source>
        <translation>två repliker från &apos;{role}&apos; i rad</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>okänd roll {role}</translation>
    </message>
    <message>
        <source>unknown speaker {speaker}</source>
        <translation>okänd talare {speaker}</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; is not a BIO tag</source>
        <translation>&apos;{tag}&apos; är ingen BIO-tagg</translation>
    </message>
    <message>
        <source>{tokens} tokens but {tags} tags</source>
        <translation>{tokens} token men {tags} taggar</translation>
    </message>
    <message>
        <source>expected two languages, found {languages}</source>
        <translation>förväntade två språk, hittade {languages}</translation>
    </message>
    <message>
        <source>expected a label (text or a whole number), found {value}</source>
        <translation>förväntade en etikett (text eller ett heltal), hittade {value}</translation>
    </message>
    <message>
        <source>unknown model &apos;{name}&apos;</source>
        <translation>okänd modell &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the run has no trained adapter yet (status: {status})</source>
        <translation>körningen har ingen tränad adapter än (status: {status})</translation>
    </message>
    <message>
        <source>the prompt is {tokens} tokens; the model takes {context}</source>
        <translation>prompten är {tokens} token; modellen tar {context}</translation>
    </message>
    <message>
        <source>unknown precision &apos;{precision}&apos;</source>
        <translation>okänd precision &apos;{precision}&apos;</translation>
    </message>
    <message>
        <source>unknown target &apos;{target}&apos;</source>
        <translation>okänt mål &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>{precision} is not supported for the {target} target</source>
        <translation>{precision} stöds inte för målet {target}</translation>
    </message>
    <message>
        <source>settings: {list}</source>
        <translation>inställningar: {list}</translation>
    </message>
    <message>
        <source>batch {batch}</source>
        <translation>batch {batch}</translation>
    </message>
    <message>
        <source>batch {batch} x {steps} accumulation</source>
        <translation>batch {batch} × {steps} ackumulering</translation>
    </message>
    <message>
        <source>sequence {seq}</source>
        <translation>sekvens {seq}</translation>
    </message>
    <message>
        <source>rank {rank}</source>
        <translation>rang {rank}</translation>
    </message>
    <message>
        <source>gradient checkpointing {state}</source>
        <translation>gradient checkpointing {state}</translation>
    </message>
    <message>
        <source>{distributed} on {gpus} GPUs</source>
        <translation>{distributed} på {gpus} GPU:er</translation>
    </message>
    <message>
        <source>{distributed} on {gpus} GPUs with CPU offload</source>
        <translation>{distributed} på {gpus} GPU:er med avlastning till CPU</translation>
    </message>
</context>
</TS>
